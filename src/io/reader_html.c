/*
 * reader_html.c - what comes before a web page's parse: the HTTP body
 * decoded (http_body.c), and the page's encoding found (charset.c
 * converts it to UTF-8, which is what gumbo reads). The article is then
 * read from the parsed page by html_text.c (quoth_html_extract()) and the
 * files html.h names; this file knows bytes and encodings, those know
 * elements.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "io/charset.h"
#include "io/html.h"
#include "io/reader.h"

/* ----------------------------------------------------------------- charset */

int quoth_html_sniff_charset(const char *html, size_t len, char *out, size_t cap) {
    out[0] = 0;
    if (len > 2048) len = 2048;
    for (size_t i = 0; i + 8 <= len; i++) {
        if (strncasecmp(html + i, "charset=", 8) != 0) continue;
        const char *c = html + i + 8;
        const char *end = html + len;
        if (c < end && (*c == '"' || *c == '\'')) c++;
        size_t k = 0;
        while (c + k < end && k + 1 < cap && (isalnum((unsigned char)c[k]) || strchr("-_.:", c[k]))) k++;
        memcpy(out, c, k);
        out[k] = 0;
        return k > 0;
    }
    return 0;
}

/* ------------------------------------------------------- nesting's cost */

/* gumbo scans its stack of open elements for each start tag of most kinds
 * (is a <p> in scope, to be closed?), so a page of elements nested n deep
 * costs it n * n / 2 steps: 80,000 unclosed <div>s took 11 s, and 16 MB of
 * them would take hours. Pages nest a few dozen deep; the parse is refused
 * when the sum of the depths at which elements open passes this bound (a
 * second or so of gumbo's time; 10,000 <div>s nested make 5 * 10^7). */
#define NESTING_COST_MAX 200000000ull

/* Elements that close themselves or are closed by their next sibling
 * (the parser pops them): they add no depth. */
static int opens_no_depth(const char *name, size_t n) {
    static const char *const NAMES[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                                        "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
                                        "html", "head", "body", "rb", "rt", "rp", "colgroup", "caption"};
    for (size_t i = 0; i < sizeof NAMES / sizeof *NAMES; i++)
        if (strlen(NAMES[i]) == n && strncasecmp(name, NAMES[i], n) == 0) return 1;
    return 0;
}

/* Where needle first occurs in s[at..len), in any case, or len. */
static size_t find_from(const char *s, size_t len, size_t at, const char *needle) {
    size_t m = strlen(needle);
    for (const char *c = at < len ? memchr(s + at, needle[0], len - at) : NULL; c;
         c = memchr(c + 1, needle[0], len - (size_t)(c + 1 - s))) {
        if ((size_t)(c - s) + m > len) break;
        if (strncasecmp(c, needle, m) == 0) return (size_t)(c - s);
        if ((size_t)(c + 1 - s) >= len) break;
    }
    return len;
}

int quoth_html_too_deep(const char *s, size_t len) {
    unsigned long long depth = 0, cost = 0;
    for (size_t at = find_from(s, len, 0, "<"); at < len; at = find_from(s, len, at, "<")) {
        size_t i = at + 1;
        if (i + 3 <= len && memcmp(s + i, "!--", 3) == 0) { /* a comment */
            size_t end = find_from(s, len, i + 3, "-->");
            at = end < len ? end + 3 : len;
            continue;
        }
        int closing = i < len && s[i] == '/';
        size_t name = i + (size_t)closing, end = name;
        while (end < len && isalnum((unsigned char)s[end])) end++;
        at = end == name ? i : find_from(s, len, end, ">");
        if (end == name) continue; /* a "<" in the text */
        if (closing) {
            depth -= depth > 0;
            continue;
        }
        size_t n = end - name;
        if ((n == 6 && strncasecmp(s + name, "script", 6) == 0) || (n == 5 && strncasecmp(s + name, "style", 5) == 0)) {
            /* their text holds no elements; their end tag goes with them */
            at = find_from(s, len, at, n == 6 ? "</script" : "</style");
            at += at < len;
            continue;
        }
        if (opens_no_depth(s + name, n)) continue;
        cost += ++depth;
        if (cost > NESTING_COST_MAX) return 1;
    }
    return 0;
}

/* The document as an error record; why may already be d->message. */
static int html_error(quoth_decoder *d, quoth_input_doc *doc, const char *why) {
    if (why != d->message) snprintf(d->message, sizeof d->message, "%s", why);
    doc->error = d->message;
    doc->text = NULL;
    return 0;
}

/* How a page is encoded, and the label that named it. */
typedef struct page_encoding {
    quoth_charset charset;
    char label[64];
    size_t bom; /* bytes of a byte order mark to skip */
} page_encoding;

static void from_label(page_encoding *e, const char *label) {
    snprintf(e->label, sizeof e->label, "%s", label);
    e->charset = quoth_charset_of_label(e->label);
}

/* As a browser decides (WHATWG's encoding sniffing, simplified): the byte
 * order mark; else the HTTP header's charset; else the page's own <meta>,
 * which cannot mean UTF-16 (it was just read as ASCII); else --encoding;
 * else UTF-8, or windows-1252 (an English-language browser's fallback)
 * for a page whose invalid UTF-8 outweighs its valid. A page that
 * declares another encoding but is plainly UTF-8 is read as UTF-8:
 * mislabelled pages are common. */
static void page_encoding_of(const quoth_raw_doc *raw, const quoth_reader_options *o, const char *s, size_t n,
                             page_encoding *e) {
    e->label[0] = 0;
    e->charset = quoth_charset_of_bom(s, n, &e->bom);
    if (e->charset != QUOTH_CHARSET_UNKNOWN) return;
    if (raw->charset) from_label(e, raw->charset);
    if (e->charset == QUOTH_CHARSET_UNKNOWN && quoth_html_sniff_charset(s, n, e->label, sizeof e->label)) {
        e->charset = quoth_charset_of_label(e->label);
        if (e->charset == QUOTH_CHARSET_UTF16LE || e->charset == QUOTH_CHARSET_UTF16BE)
            e->charset = QUOTH_CHARSET_UTF8;
    }
    if (e->charset == QUOTH_CHARSET_UNKNOWN && o->encoding) from_label(e, o->encoding);
    if (e->charset == QUOTH_CHARSET_UNKNOWN)
        e->charset = quoth_mostly_utf8(s, n) ? QUOTH_CHARSET_UTF8 : QUOTH_CHARSET_CP1252;
    else if (e->charset != QUOTH_CHARSET_UTF16LE && e->charset != QUOTH_CHARSET_UTF16BE && quoth_plainly_utf8(s, n))
        e->charset = QUOTH_CHARSET_UTF8;
}

/* The page in UTF-8, which is what gumbo reads: *s, *n point at the
 * converted bytes (owned by d) when it was in another encoding. */
static int page_as_utf8(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o, const char **s,
                        size_t *n) {
    page_encoding e;
    page_encoding_of(raw, o, *s, *n, &e);
    if (e.charset == QUOTH_CHARSET_UTF8) {
        *s += e.bom; /* gumbo would keep UTF-8's mark as text; a browser drops it */
        *n -= e.bom;
        return 0;
    }
    free(d->converted);
    d->converted = NULL;
    size_t len;
    int rc = quoth_charset_to_utf8(e.charset, e.label, *s + e.bom, *n - e.bom, &d->converted, &len);
    if (rc == QUOTH_ERR_INVALID) return 0; /* iconv no longer knows it: the bytes as they are */
    if (rc) return rc;
    *s = d->converted;
    *n = len;
    return 0;
}

int quoth_decode_html(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc) {
    const char *s = raw->data;
    size_t n = raw->len;
    if (raw->kind == QUOTH_RAW_HTTP) {
        const char *why = NULL;
        int rc = quoth_http_body(d, raw, o->max_doc_bytes, &s, &n, &why);
        if (rc > 0) return html_error(d, doc, why);
        if (rc) return rc;
    }
    int rc = page_as_utf8(d, raw, o, &s, &n);
    if (rc) return rc;
    quoth_html_article_free(&d->article);
    rc = quoth_html_extract(s, n, &d->article);
    if (rc == QUOTH_ERR_NOMEM) return rc;
    if (rc == QUOTH_ERR_TOO_LARGE) return html_error(d, doc, "HTML nested too deep to parse in bounded time");
    if (rc) return html_error(d, doc, "malformed HTML");
    if (!d->article.outlet && doc->meta.url) { /* a WARC record's URL, where the page names none */
        int nomem = 0;
        d->article.outlet = quoth_html_outlet_in_title(d->article.title, doc->meta.url, &nomem);
        if (nomem) return QUOTH_ERR_NOMEM;
        quoth_html_cut_outlet_name(d->article.title, d->article.outlet);
    }
    doc->text = d->article.text;
    doc->len = d->article.len;
    doc->meta.title = d->article.title;
    if (!doc->meta.url) doc->meta.url = d->article.url;
    /* a page's own date is when it was published; a WARC record's, when it
     * was fetched, which for an archive's crawl may be years later: the
     * record's only where the page gives none */
    if (d->article.date) doc->meta.date = d->article.date;
    doc->meta.outlet = d->article.outlet;
    return 0;
}
