/*
 * reader_warc.c - framing of WARC files (ISO 28500, versions 1.0 and 1.1),
 * plain or .warc.gz: every `response` record whose HTTP payload is an HTML
 * page with a 2xx status becomes a document (its `continuation` records
 * joined to it when it was written in segments), its url the record's
 * WARC-Target-URI and its date the WARC-Date; so does every `conversion`
 * record of plain text (Common Crawl's WET files: each page's text,
 * already extracted) and every `resource` record of HTML or plain text at
 * a web address (a page archived without its HTTP exchange). Other records (requests,
 * metadata, redirects, images) are skipped, streamed past without being
 * held in memory. The HTTP body is only located here; de-chunking,
 * inflating and the HTML extraction happen when the document is decoded.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "io/reader.h"

#define HEADER_MAX ((size_t)1 << 16)

/* The end of a header block (after its blank line) in p[0..n), or 0. */
static size_t header_end(const char *p, size_t n) {
    for (size_t i = 0; i + 1 < n; i++) {
        if (p[i] != '\n') continue;
        if (p[i + 1] == '\n') return i + 2;
        if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n') return i + 3;
    }
    return 0;
}

/* The value of header `name` in a block of "Name: value" lines, trimmed,
 * or NULL; *len its length. */
static const char *header_value(const char *p, size_t n, const char *name, size_t *len) {
    size_t m = strlen(name);
    const char *end = p + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        if ((size_t)(eol - p) > m && p[m] == ':' && strncasecmp(p, name, m) == 0) {
            const char *v = p + m + 1;
            while (v < eol && (*v == ' ' || *v == '\t')) v++;
            const char *e = eol;
            while (e > v && isspace((unsigned char)e[-1])) e--;
            *len = (size_t)(e - v);
            return v;
        }
        p = eol + 1;
    }
    return NULL;
}

static int header_is(const char *p, size_t n, const char *name, const char *prefix) {
    size_t len;
    const char *v = header_value(p, n, name, &len);
    size_t m = strlen(prefix);
    return v && len >= m && strncasecmp(v, prefix, m) == 0;
}

/* Does the header's value contain `word` (case-insensitively)? */
static int header_has(const char *p, size_t n, const char *name, const char *word) {
    size_t len, m = strlen(word);
    const char *v = header_value(p, n, name, &len);
    for (size_t i = 0; v && i + m <= len; i++)
        if (strncasecmp(v + i, word, m) == 0) return 1;
    return 0;
}

static char *header_dup(const char *p, size_t n, const char *name) {
    size_t len;
    const char *v = header_value(p, n, name, &len);
    return v ? strndup(v, len) : NULL;
}

/* The charset parameter of a Content-Type value, copied into out. */
static void charset_of(const char *p, size_t n, char *out, size_t cap) {
    out[0] = 0;
    size_t len;
    const char *v = header_value(p, n, "Content-Type", &len);
    for (size_t i = 0; v && i + 8 <= len; i++) {
        if (strncasecmp(v + i, "charset=", 8) != 0) continue;
        const char *c = v + i + 8;
        size_t k = 0;
        if (c < v + len && (*c == '"' || *c == '\'')) c++;
        while (c + k < v + len && k + 1 < cap && (isalnum((unsigned char)c[k]) || strchr("-_.:", c[k])))
            k++;
        memcpy(out, c, k);
        out[k] = 0;
        return;
    }
}

/* The Content-Encoding header's value, lower case, copied into out ("" for
 * none; a value too long to be a list of codings is cut, and read as an
 * unknown one). */
static void content_encoding_of(const char *p, size_t n, char *out, size_t cap) {
    size_t len, k = 0;
    const char *v = header_value(p, n, "Content-Encoding", &len);
    for (; v && k < len && k + 1 < cap; k++) out[k] = (char)tolower((unsigned char)v[k]);
    out[k] = 0;
}

/* Keeps the record's fields (the document's url, date and id point at
 * them until the next record). Returns -1 when out of memory. */
static int keep_record_fields(quoth_reader *r, const char *h, size_t n) {
    free(r->warc_url);
    free(r->warc_date);
    free(r->warc_id);
    r->warc_url = header_dup(h, n, "WARC-Target-URI");
    r->warc_date = header_dup(h, n, "WARC-Date");
    r->warc_id = header_dup(h, n, "WARC-Record-ID");
    /* WARC 1.0 wrote the URI in angle brackets */
    if (r->warc_url && r->warc_url[0] == '<') {
        size_t k = strlen(r->warc_url);
        memmove(r->warc_url, r->warc_url + 1, k);
        if (k >= 2 && r->warc_url[k - 2] == '>') r->warc_url[k - 2] = 0;
    }
    if (r->warc_id && r->warc_id[0] == '<') {
        size_t k = strlen(r->warc_id);
        if (k >= 2 && r->warc_id[k - 1] == '>') {
            memmove(r->warc_id, r->warc_id + 1, k - 2);
            r->warc_id[k - 2] = 0;
        }
    }
    if (r->warc_id && r->warc_id[0]) snprintf(r->id, sizeof r->id, "%s", r->warc_id);
    return 0;
}

/* Does an HTTP body look like HTML (when no Content-Type says)? */
static int looks_like_html(const char *p, size_t n) {
    if (n > 1024) n = 1024;
    while (n && isspace((unsigned char)*p)) p++, n--;
    static const char *const TAGS[] = {"<!doctype html", "<html", "<head", "<!--"};
    for (size_t i = 0; i < sizeof TAGS / sizeof *TAGS; i++)
        if (n >= strlen(TAGS[i]) && strncasecmp(p, TAGS[i], strlen(TAGS[i])) == 0) return 1;
    return 0;
}

/* The HTTP status of a response's first line ("HTTP/1.1 200 OK"), or 0. */
static int http_status(const char *p, size_t n) {
    if (n < 12 || strncmp(p, "HTTP/", 5) != 0) return 0;
    const char *sp = memchr(p, ' ', n);
    if (!sp || (size_t)(sp - p) + 4 > n) return 0;
    int status = 0; /* three digits, read within the n bytes (not atoi) */
    for (int k = 1; k <= 3; k++) {
        if (!isdigit((unsigned char)sp[k])) return 0;
        status = status * 10 + (sp[k] - '0');
    }
    return status;
}

typedef enum { SKIPPED, FOUND, BROKEN } record_verdict;

static record_verdict broken(quoth_reader *r, quoth_raw_doc *raw, const char *why) {
    r->done = 1;
    quoth_reader_error_doc(r, raw, "%s", why);
    return BROKEN;
}

static record_verdict truncated(quoth_reader *r, quoth_raw_doc *raw, uint64_t got, uint64_t want) {
    r->done = 1;
    if (quoth_reader_stream_tail(r, raw)) return BROKEN;
    quoth_reader_error_doc(r, raw, "truncated WARC record (%llu of %llu bytes)", (unsigned long long)got,
                           (unsigned long long)want);
    return BROKEN;
}

static record_verdict skip_record(quoth_reader *r, quoth_raw_doc *raw, uint64_t length) {
    uint64_t got = quoth_instream_skip(&r->s, length);
    return got < length ? truncated(r, raw, got, length) : SKIPPED;
}

/* Drops the blank lines that end the previous record. */
static void skip_blank(quoth_instream *s) {
    for (;;) {
        size_t have = quoth_instream_peek(s, 64);
        const char *p = (const char *)s->buf + s->start;
        size_t k = 0;
        while (k < have && (p[k] == '\r' || p[k] == '\n')) k++;
        quoth_instream_consume(s, k);
        if (k < have || !have) return;
    }
}

/* The length of the HTTP headers of an exchange p[0..have) that is an HTML
 * page with a 2xx status, or 0 when it is no such page. */
static size_t http_page_headers(const char *p, size_t have) {
    size_t hl = header_end(p, have < HEADER_MAX ? have : HEADER_MAX);
    int status = hl ? http_status(p, hl) : 0;
    if (status < 200 || status > 299) return 0;
    int html = header_is(p, hl, "Content-Type", "text/html") ||
               header_is(p, hl, "Content-Type", "application/xhtml") ||
               (!header_value(p, hl, "Content-Type", &(size_t){0}) && looks_like_html(p + hl, have - hl));
    return html ? hl : 0;
}

/* The page's body, after its hl bytes of HTTP headers at p, as the raw
 * document (the bytes stay where they are until the next record). */
static void http_page(quoth_reader *r, quoth_raw_doc *raw, const char *p, size_t hl, size_t body) {
    charset_of(p, hl, r->charset, sizeof r->charset);
    memset(raw, 0, sizeof *raw);
    raw->kind = QUOTH_RAW_HTTP;
    raw->data = p + hl;
    raw->len = body;
    raw->charset = r->charset[0] ? r->charset : NULL;
    raw->http_chunked = header_has(p, hl, "Transfer-Encoding", "chunked");
    content_encoding_of(p, hl, raw->http_content_encoding, sizeof raw->http_content_encoding);
}

static record_verdict too_large(quoth_reader *r, quoth_raw_doc *raw) {
    quoth_reader_error_doc(r, raw, "larger than --max-doc-size (%zu bytes)", r->o.max_doc_bytes);
    return FOUND;
}

/* A response record of `length` bytes at the front of the window: an HTML
 * document, or skipped. */
static record_verdict http_record(quoth_reader *r, quoth_raw_doc *raw, uint64_t length) {
    quoth_instream *s = &r->s;
    size_t want = length < s->limit ? (size_t)length : s->limit;
    size_t have = quoth_instream_peek(s, want);
    if (have < want) {
        quoth_instream_consume(s, have);
        return truncated(r, raw, have, length);
    }
    const char *p = (const char *)s->buf + s->start;
    size_t hl = http_page_headers(p, have);
    if (!hl) return skip_record(r, raw, length);
    uint64_t body = length - hl;
    if (body > r->o.max_doc_bytes || length > have) {
        record_verdict v = skip_record(r, raw, length);
        return v == BROKEN ? v : too_large(r, raw);
    }
    http_page(r, raw, p, hl, (size_t)body);
    quoth_instream_consume(s, (size_t)length);
    return FOUND;
}

/* Appends a block of `length` bytes at the front of the window to the
 * segments joined so far; a block past the size limit is skipped, and
 * *over set. */
static record_verdict join_segment(quoth_reader *r, quoth_raw_doc *raw, uint64_t length, int *over) {
    size_t limit = r->o.max_doc_bytes + HEADER_MAX; /* a page's body, and its HTTP headers */
    if (*over || length > limit - r->segments_len) {
        *over = 1;
        return skip_record(r, raw, length);
    }
    size_t have = quoth_instream_peek(&r->s, (size_t)length);
    if (have < length) {
        quoth_instream_consume(&r->s, have);
        return truncated(r, raw, have, length);
    }
    size_t need = r->segments_len + (size_t)length;
    if (need > r->segments_cap) {
        size_t cap = r->segments_cap ? r->segments_cap : 1 << 16;
        while (cap < need) cap *= 2;
        char *grown = realloc(r->segments, cap);
        if (!grown) return broken(r, raw, "out of memory");
        r->segments = grown, r->segments_cap = cap;
    }
    memcpy(r->segments + r->segments_len, r->s.buf + r->s.start, (size_t)length);
    r->segments_len = need;
    quoth_instream_consume(&r->s, (size_t)length);
    return SKIPPED;
}

/* The header block of the continuation record of the segmented record
 * r->warc_id, when one is next in the stream: its length, else 0. */
static size_t next_continuation(quoth_reader *r) {
    skip_blank(&r->s);
    size_t have = quoth_instream_peek(&r->s, HEADER_MAX);
    const char *p = (const char *)r->s.buf + r->s.start;
    if (have < 5 || memcmp(p, "WARC/", 5) != 0) return 0;
    size_t hl = header_end(p, have), len;
    if (!hl || !header_is(p, hl, "WARC-Type", "continuation")) return 0;
    const char *origin = header_value(p, hl, "WARC-Segment-Origin-ID", &len);
    if (origin && len >= 2 && *origin == '<' && origin[len - 1] == '>') origin++, len -= 2;
    /* a first segment without a record id has no continuation to find */
    if (!origin || !r->warc_id || len != strlen(r->warc_id)) return 0;
    return memcmp(origin, r->warc_id, len) == 0 ? hl : 0;
}

/* A response split into segments (WARC-Segment-Number: 1 on the first, the
 * others in `continuation` records): the blocks joined, as the standard
 * says to read them. Continuations are looked for right after the first
 * segment, where writers put them within a file; one written elsewhere
 * (the next file of a crawl) is not found, and the page is read as far as
 * its segments here go, as a WARC-Truncated page is. */
static record_verdict segmented_record(quoth_reader *r, quoth_raw_doc *raw, uint64_t length) {
    int over = 0, last = 0;
    r->segments_len = 0;
    record_verdict v = join_segment(r, raw, length, &over);
    for (size_t hl; v == SKIPPED && !last && (hl = next_continuation(r)) != 0;) {
        const char *p = (const char *)r->s.buf + r->s.start;
        size_t len;
        const char *cl = header_value(p, hl, "Content-Length", &len);
        if (!cl || !isdigit((unsigned char)*cl)) return broken(r, raw, "WARC record without Content-Length");
        uint64_t more = strtoull(cl, NULL, 10);
        last = header_value(p, hl, "WARC-Segment-Total-Length", &len) != NULL;
        quoth_instream_consume(&r->s, hl);
        v = join_segment(r, raw, more, &over);
    }
    if (v != SKIPPED) return v;
    size_t hl = http_page_headers(r->segments, r->segments_len);
    if (!hl) return SKIPPED;
    if (over || r->segments_len - hl > r->o.max_doc_bytes) return too_large(r, raw);
    http_page(r, raw, r->segments, hl, r->segments_len - hl);
    return FOUND;
}

/* What a record's block holds that quoth reads, by its WARC-Type and
 * Content-Type. */
typedef enum { BLOCK_NONE, BLOCK_HTTP, BLOCK_TEXT, BLOCK_HTML } block_kind;

/* Is the record's WARC-Target-URI a page's address (http, https, file)? */
static int web_address(const char *p, size_t hl) {
    size_t len;
    const char *v = header_value(p, hl, "WARC-Target-URI", &len);
    if (v && len && *v == '<') v++, len--; /* WARC 1.0's angle brackets */
    static const char *const SCHEMES[] = {"http://", "https://", "file:"};
    for (size_t i = 0; v && i < sizeof SCHEMES / sizeof *SCHEMES; i++)
        if (len >= strlen(SCHEMES[i]) && strncasecmp(v, SCHEMES[i], strlen(SCHEMES[i])) == 0) return 1;
    return 0;
}

static block_kind block_of(const char *p, size_t hl) {
    if (header_is(p, hl, "WARC-Type", "response"))
        return header_is(p, hl, "Content-Type", "application/http") ? BLOCK_HTTP : BLOCK_NONE;
    int conversion = header_is(p, hl, "WARC-Type", "conversion");
    if (!conversion && !header_is(p, hl, "WARC-Type", "resource")) return BLOCK_NONE;
    /* a resource is a page only at a page's address: wget keeps its log as
     * metadata://.../wget.log, Browsertrix each page's text again as
     * urn:text:https://... (its quotes would be counted twice) */
    if (!conversion && !web_address(p, hl)) return BLOCK_NONE;
    if (header_is(p, hl, "Content-Type", "text/plain")) return BLOCK_TEXT;
    if (!conversion && (header_is(p, hl, "Content-Type", "text/html") ||
                        header_is(p, hl, "Content-Type", "application/xhtml")))
        return BLOCK_HTML;
    return BLOCK_NONE;
}

/* A block of `length` bytes at the front of the window that is the
 * document itself (plain text or a page), as a file's would be. */
static record_verdict plain_record(quoth_reader *r, quoth_raw_doc *raw, uint64_t length, quoth_raw_kind kind) {
    quoth_instream *s = &r->s;
    if (length > r->o.max_doc_bytes) {
        record_verdict v = skip_record(r, raw, length);
        if (v == BROKEN) return v;
        quoth_reader_error_doc(r, raw, "larger than --max-doc-size (%zu bytes)", r->o.max_doc_bytes);
        return FOUND;
    }
    size_t have = quoth_instream_peek(s, (size_t)length);
    if (have < length) {
        quoth_instream_consume(s, have);
        return truncated(r, raw, have, length);
    }
    memset(raw, 0, sizeof *raw);
    raw->kind = kind;
    raw->data = (const char *)s->buf + s->start;
    raw->len = (size_t)length;
    raw->charset = r->charset[0] ? r->charset : NULL;
    quoth_instream_consume(s, (size_t)length);
    return FOUND;
}

/* Names the record starting here: the origin is the offset of its gzip
 * member in a .warc.gz (what CDX indexes give), else its byte offset. */
static void name_record(quoth_reader *r) {
    uint64_t at = r->s.offset;
    if (r->s.gz) {
        uint64_t member = quoth_instream_member_at(&r->s, at);
        if (member != UINT64_MAX) at = member;
    }
    snprintf(r->origin, sizeof r->origin, "%s:%llu", r->name, (unsigned long long)at);
    snprintf(r->id, sizeof r->id, "%s:%llu", r->file_id, (unsigned long long)at);
}

/* Where a line that opens a record ("WARC/1.0") begins in p[0..n), or n. */
static size_t record_line(const char *p, size_t n) {
    for (const char *nl = memchr(p, '\n', n); nl; nl = memchr(nl + 1, '\n', n - (size_t)(nl + 1 - p))) {
        size_t at = (size_t)(nl + 1 - p);
        if (at + 6 > n) break;
        if (memcmp(p + at, "WARC/", 5) == 0 && isdigit((unsigned char)p[at + 5])) return at;
    }
    return n;
}

/* Bytes that open no record where one should begin: a record before them
 * declared the wrong Content-Length, or garbage was written between two.
 * They are skipped up to the next line that opens a record, and reported
 * as one error record; the records after them are read as ever (one bad
 * length would otherwise cost the rest of the file). */
static record_verdict resync(quoth_reader *r, quoth_raw_doc *raw) {
    quoth_instream *s = &r->s;
    uint64_t skipped = 0, from = s->offset;
    for (;;) {
        /* fewer than asked only at the end of input */
        size_t have = quoth_instream_peek(s, HEADER_MAX);
        if (have <= 6) {
            quoth_instream_consume(s, have);
            skipped += have;
            r->done = 1;
            break;
        }
        const char *p = (const char *)s->buf + s->start;
        size_t at = record_line(p, have);
        if (at < have) {
            quoth_instream_consume(s, at);
            skipped += at;
            break;
        }
        /* keep the last bytes: a record's line may straddle the window */
        quoth_instream_consume(s, have - 6);
        skipped += have - 6;
    }
    if (r->done && quoth_reader_stream_tail(r, raw)) return BROKEN;
    unsigned long long n = (unsigned long long)skipped;
    if (!r->done)
        quoth_reader_error_doc(r, raw, "not a WARC record: %llu bytes skipped up to the next record (a wrong "
                                       "Content-Length before them?)", n);
    else if (from == 0)
        quoth_reader_error_doc(r, raw, "not a WARC record: no record in its %llu bytes (not a WARC file?)", n);
    else
        quoth_reader_error_doc(r, raw, "not a WARC record: the last %llu bytes", n);
    return BROKEN;
}

/* One record: its headers, then its block. */
static record_verdict next_record(quoth_reader *r, quoth_raw_doc *raw) {
    quoth_instream *s = &r->s;
    skip_blank(s);
    name_record(r);
    size_t have = quoth_instream_peek(s, HEADER_MAX);
    if (!have) {
        r->done = 1;
        return quoth_reader_stream_tail(r, raw) ? BROKEN : SKIPPED;
    }
    const char *p = (const char *)s->buf + s->start;
    if (have < 5 || memcmp(p, "WARC/", 5) != 0) return resync(r, raw);
    size_t hl = header_end(p, have);
    if (!hl) {
        if (have == HEADER_MAX) return broken(r, raw, "WARC header longer than 64 KB");
        return broken(r, raw, "truncated WARC record header");
    }
    size_t len;
    const char *cl = header_value(p, hl, "Content-Length", &len);
    if (!cl || !isdigit((unsigned char)*cl)) return broken(r, raw, "WARC record without Content-Length");
    uint64_t length = strtoull(cl, NULL, 10);
    block_kind block = block_of(p, hl);
    const char *segment = header_value(p, hl, "WARC-Segment-Number", &len);
    int segmented = block == BLOCK_HTTP && segment && len == 1 && *segment == '1';
    if (block != BLOCK_NONE && keep_record_fields(r, p, hl)) return broken(r, raw, "out of memory");
    /* a plain block's charset is the record's; an HTTP body's, its own header's */
    if (block == BLOCK_TEXT || block == BLOCK_HTML) charset_of(p, hl, r->charset, sizeof r->charset);
    quoth_instream_consume(s, hl);
    record_verdict v;
    switch (block) {
    case BLOCK_HTTP:
        v = segmented ? segmented_record(r, raw, length) : http_record(r, raw, length);
        break;
    case BLOCK_TEXT: v = plain_record(r, raw, length, QUOTH_RAW_TEXT); break;
    case BLOCK_HTML: v = plain_record(r, raw, length, QUOTH_RAW_HTML); break;
    default: return skip_record(r, raw, length);
    }
    if (v == FOUND) {
        raw->id = r->id;
        raw->origin = r->origin;
        raw->url = r->warc_url;
        raw->date = r->warc_date;
    }
    return v;
}

int quoth_warc_next(quoth_reader *r, quoth_raw_doc *raw) {
    while (!r->done) {
        record_verdict v = next_record(r, raw);
        if (v != SKIPPED) return 0;
    }
    return QUOTH_ERR_EOF;
}
