/*
 * reader.c - quoth_reader: documents out of text files, JSON Lines, HTML
 * pages and WARC archives, each maybe gzipped. This file opens inputs,
 * decides their format and frames the whole-file and line formats (WARC
 * framing is in reader_warc.c); decoding is dispatched from here to
 * reader_json.c and reader_html.c (the article of a page: html_text.c).
 */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "io/charset.h"
#include "io/reader.h"
#include "text/utf8.h"

/* Room for a WARC record's headers and its HTTP headers beyond the
 * document itself, so that a document of exactly the limit still fits. */
#define FRAMING_SLACK ((size_t)1 << 16)
#define SNIFF_BYTES 4096

static int ends_with(const char *s, size_t n, const char *suffix) {
    size_t m = strlen(suffix);
    return n >= m && strncasecmp(s + n - m, suffix, m) == 0;
}

quoth_input_format quoth_input_format_of_name(const char *path) {
    size_t n = strlen(path);
    if (ends_with(path, n, ".gz")) n -= 3;
    else if (ends_with(path, n, ".zst")) n -= 4;
    static const struct {
        const char *ext;
        quoth_input_format format;
    } EXT[] = {{".txt", QUOTH_INPUT_TEXT},   {".text", QUOTH_INPUT_TEXT},  {".jsonl", QUOTH_INPUT_JSONL},
               {".ndjson", QUOTH_INPUT_JSONL}, {".html", QUOTH_INPUT_HTML}, {".htm", QUOTH_INPUT_HTML},
               {".xhtml", QUOTH_INPUT_HTML}, {".warc", QUOTH_INPUT_WARC}, {".wet", QUOTH_INPUT_WARC}};
    for (size_t i = 0; i < sizeof EXT / sizeof *EXT; i++)
        if (ends_with(path, n, EXT[i].ext)) return EXT[i].format;
    return QUOTH_INPUT_AUTO;
}

static int starts_with_ci(const char *p, size_t n, const char *prefix) {
    size_t m = strlen(prefix);
    return n >= m && strncasecmp(p, prefix, m) == 0;
}

/* Whether the first non-blank line (at p) opens a JSON object: "{" and
 * then, on the same line, a key's quote or the "}" of an empty object.
 * Not a "{" alone: a text may open with "{Editor's note: ...}", and each
 * of its lines read as JSON had been an error record, the article never
 * read. The key's quote is enough, the line's end need not be seen: a
 * first line longer than the window, or broken in a feed whose other
 * lines are fine, is still JSON Lines. */
static int opens_json_object(const char *p, size_t n) {
    if (!n || *p != '{') return 0;
    size_t i = 1;
    while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
    if (i < n && p[i] == '"') return 1;
    if (i >= n || p[i] != '}') return 0;
    for (i++; i < n && p[i] != '\n'; i++)
        if (!isspace((unsigned char)p[i])) return 0;
    return 1;
}

/* The format of bytes that no extension named: WARC by its version line,
 * JSON Lines by a first line that opens an object, HTML by its first tag. */
static quoth_input_format sniff(const char *p, size_t n) {
    if (starts_with_ci(p, n, "WARC/")) return QUOTH_INPUT_WARC;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3, n -= 3;
    while (n && isspace((unsigned char)*p)) p++, n--;
    if (opens_json_object(p, n)) return QUOTH_INPUT_JSONL;
    static const char *const TAGS[] = {"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<?xml"};
    for (size_t i = 0; i < sizeof TAGS / sizeof *TAGS; i++)
        if (starts_with_ci(p, n, TAGS[i])) return QUOTH_INPUT_HTML;
    return QUOTH_INPUT_TEXT;
}

/* sniff() for a stream that may start with a UTF-16 byte order mark: its
 * first bytes converted (a UTF-16 page or feed is told by what it says). */
static quoth_input_format sniff_any(const char *p, size_t n) {
    size_t bom;
    quoth_charset cs = quoth_charset_of_bom(p, n, &bom);
    if (cs != QUOTH_CHARSET_UTF16LE && cs != QUOTH_CHARSET_UTF16BE) return sniff(p, n);
    char *utf8;
    size_t len;
    if (quoth_charset_to_utf8(cs, NULL, p + bom, n - bom, &utf8, &len)) return QUOTH_INPUT_TEXT;
    quoth_input_format f = sniff(utf8, len < SNIFF_BYTES ? len : SNIFF_BYTES);
    free(utf8);
    return f;
}

/* JSON Lines start after UTF-8's byte order mark, which RFC 8259 lets a
 * parser ignore and Windows tools write; UTF-16 ones are not read (JSON
 * travels in UTF-8), and next_line() says so once. */
static void json_lines_start(quoth_reader *r) {
    size_t n = quoth_instream_peek(&r->s, 3);
    const char *p = (const char *)r->s.buf + r->s.start;
    size_t bom;
    quoth_charset cs = quoth_charset_of_bom(p, n, &bom);
    if (cs == QUOTH_CHARSET_UTF8) quoth_instream_consume(&r->s, bom);
    r->utf16_lines = cs == QUOTH_CHARSET_UTF16LE || cs == QUOTH_CHARSET_UTF16BE;
}

/* The last component of a path, trailing slashes left out ("news/" is
 * "news", which had given the id ""): its start, its length in *len. */
static const char *last_component(const char *path, size_t *len) {
    size_t end = strlen(path);
    while (end > 1 && path[end - 1] == '/') end--;
    size_t start = end;
    while (start > 0 && path[start - 1] != '/') start--;
    if (start == end && end) start--; /* "/" itself */
    *len = end - start;
    return path + start;
}

/* The length of a file name (n bytes at base) without its extensions:
 * ".gz" or ".zst", then one more (a leading dot is the name's own). */
static size_t stem_len(const char *base, size_t n) {
    if (ends_with(base, n, ".gz") && n > 3) n -= 3;
    else if (ends_with(base, n, ".zst") && n > 4) n -= 4;
    for (size_t k = n; k > 1; k--)
        if (base[k - 1] == '.') return k - 1;
    return n;
}

void quoth_reader_file_id(const char *path, char *out, size_t cap) {
    if (strcmp(path, "-") == 0) {
        snprintf(out, cap, "stdin");
        return;
    }
    size_t n;
    const char *base = last_component(path, &n);
    snprintf(out, cap, "%.*s", (int)stem_len(base, n), base);
}

void quoth_reader_path_id(const char *path, char *out, size_t cap) {
    if (strcmp(path, "-") == 0) {
        snprintf(out, cap, "stdin");
        return;
    }
    size_t n;
    const char *base = last_component(path, &n);
    size_t end = (size_t)(base - path) + stem_len(base, n), k = 0;
    const char *p = path;
    while (p[0] == '.' && p[1] == '/' && (size_t)(p + 2 - path) < end) /* "./a/story.txt" is "a/story" */
        for (p += 2; *p == '/';) p++;
    for (; p < path + end && k + 1 < cap; p++)
        if (*p != '/' || k == 0 || out[k - 1] != '/') out[k++] = *p; /* "monday//story.txt": one slash */
    if (cap) out[k] = 0;
}

static char *file_id_of(const char *path) {
    char id[4096];
    quoth_reader_file_id(path, id, sizeof id);
    return strdup(id);
}

void quoth_reader_options_resolve(quoth_reader_options *o) {
    if (!o->text_field) o->text_field = "text";
    if (!o->id_field) o->id_field = "id";
    if (!o->url_field) o->url_field = "url";
    if (!o->title_field) o->title_field = "title";
    if (!o->date_field) o->date_field = "date";
    if (!o->max_doc_bytes) o->max_doc_bytes = QUOTH_DEFAULT_MAX_DOC_BYTES;
}

static void resolve_options(quoth_reader_options *o, const quoth_reader_options *given) {
    if (given) *o = *given;
    else memset(o, 0, sizeof *o);
    quoth_reader_options_resolve(o);
}

int quoth_reader_open(const char *path, const quoth_reader_options *options, quoth_reader **out) {
    return quoth_reader_open_as(path, NULL, options, out);
}

int quoth_reader_open_as(const char *path, const char *id_base, const quoth_reader_options *options,
                         quoth_reader **out) {
    *out = NULL;
    if (!path) return QUOTH_ERR_INVALID;
    if (options && options->encoding && quoth_charset_of_label(options->encoding) == QUOTH_CHARSET_UNKNOWN)
        return QUOTH_ERR_INVALID;
    quoth_reader *r = calloc(1, sizeof *r);
    if (!r) return QUOTH_ERR_NOMEM;
    resolve_options(&r->o, options);
    r->name = strdup(strcmp(path, "-") == 0 ? "stdin" : path);
    r->file_id = id_base ? strdup(id_base) : file_id_of(path);
    if (!r->name || !r->file_id) {
        quoth_reader_close(r);
        return QUOTH_ERR_NOMEM;
    }
    size_t limit = r->o.max_doc_bytes + FRAMING_SLACK + 1;
    int rc = quoth_instream_open(&r->s, path, limit);
    if (rc) {
        int e = errno;
        r->s.fd = -1;
        quoth_reader_close(r);
        errno = e;
        return rc;
    }
    r->format = r->o.format;
    if (r->format == QUOTH_INPUT_AUTO) r->format = quoth_input_format_of_name(path);
    if (r->format == QUOTH_INPUT_AUTO) {
        size_t n = quoth_instream_peek(&r->s, SNIFF_BYTES);
        r->format = sniff_any((const char *)r->s.buf + r->s.start, n);
        r->sniffed = 1;
    }
    if (r->format == QUOTH_INPUT_JSONL) json_lines_start(r);
    *out = r;
    return 0;
}

int quoth_reader_error_doc(quoth_reader *r, quoth_raw_doc *raw, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->message, sizeof r->message, fmt, ap);
    va_end(ap);
    memset(raw, 0, sizeof *raw);
    raw->id = r->id;
    raw->origin = r->origin;
    raw->error = r->message;
    return 0;
}

int quoth_reader_stream_tail(quoth_reader *r, quoth_raw_doc *raw) {
    const quoth_instream *s = &r->s;
    if (r->tail_reported || !(s->truncated || s->failed || s->junk)) return 0;
    r->tail_reported = 1;
    if (!r->id[0]) snprintf(r->id, sizeof r->id, "%s", r->file_id);
    if (!r->origin[0]) snprintf(r->origin, sizeof r->origin, "%s", r->name);
    unsigned long long at = (unsigned long long)quoth_instream_position(s);
    const char *kind = s->zstd ? "zstd" : "gzip";
    if (s->truncated) quoth_reader_error_doc(r, raw, "truncated %s stream (ends at byte %llu)", kind, at);
    else if (s->err == EILSEQ) quoth_reader_error_doc(r, raw, "corrupt %s data near byte %llu", kind, at);
    else if (s->failed) quoth_reader_error_doc(r, raw, "read error: %s", strerror(s->err));
    else
        quoth_reader_error_doc(r, raw,
                               "%llu bytes between gzip members began no member and were skipped (a damaged member?)",
                               (unsigned long long)s->junk);
    return 1;
}

#define NOT_READ "quoth reads text, HTML, JSON Lines and WARC"

/* A file of a kind that quoth does not read, by its magic bytes: a PDF,
 * an image, an Office document, a database. Read as text, such a file
 * had given "0 statements" and exit status 0 (a fact-checker who passed
 * a PDF was told it quoted no one) and a hint at --encoding that cannot
 * help. The magic is checked only where the format was not named (-i
 * text still reads the bytes as text), and only at the start of a file,
 * once. */
static const char *document_kind(const char *s, size_t n) {
    static const struct {
        const char *magic; /* '?': any byte */
        size_t len;
        const char *why;
    } KINDS[] = {
        {"%PDF-", 5, "a PDF document: " NOT_READ "; extract its text first, e.g. pdftotext FILE"},
        {"\xff\xd8\xff", 3, "a JPEG image: " NOT_READ},
        {"\x89PNG\r\n\x1a\n", 8, "a PNG image: " NOT_READ},
        {"GIF87a", 6, "a GIF image: " NOT_READ},
        {"GIF89a", 6, "a GIF image: " NOT_READ},
        {"RIFF????WEBP", 12, "a WebP image: " NOT_READ},
        {"II*\0", 4, "a TIFF image: " NOT_READ},
        {"MM\0*", 4, "a TIFF image: " NOT_READ},
        {"\0???ftyp", 8, "a video or audio file (MP4, QuickTime): " NOT_READ},
        {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8,
         "an Office document (.doc, .xls, .ppt): " NOT_READ
         "; extract its text first, e.g. libreoffice --headless --convert-to txt FILE"},
        {"{\\rtf", 5, "an RTF document: " NOT_READ "; extract its text first, e.g. pandoc -t plain FILE"},
        {"SQLite format 3\0", 16, "an SQLite database (a quoth store? quoth search --db FILE reads it): " NOT_READ},
    };
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++) {
        size_t k = 0, len = KINDS[i].len;
        while (k < len && k < n && (KINDS[i].magic[k] == '?' || KINDS[i].magic[k] == s[k])) k++;
        if (k == len) return KINDS[i].why;
    }
    return NULL;
}

/* Text and HTML: the whole input is one document. */
static int next_whole(quoth_reader *r, quoth_raw_doc *raw, quoth_raw_kind kind) {
    if (r->done) return QUOTH_ERR_EOF;
    r->done = 1;
    snprintf(r->id, sizeof r->id, "%s", r->file_id);
    snprintf(r->origin, sizeof r->origin, "%s", r->name);
    size_t max = r->o.max_doc_bytes;
    size_t have = quoth_instream_peek(&r->s, max + 1);
    const char *unread = r->o.format == QUOTH_INPUT_AUTO ? document_kind((const char *)r->s.buf + r->s.start, have)
                                                          : NULL;
    if (unread) return quoth_reader_error_doc(r, raw, "%s", unread);
    if (have > max)
        return quoth_reader_error_doc(r, raw, "larger than --max-doc-size (%zu bytes)", max);
    if (quoth_reader_stream_tail(r, raw)) return 0;
    memset(raw, 0, sizeof *raw);
    raw->kind = kind;
    raw->data = (const char *)r->s.buf + r->s.start;
    raw->len = have;
    raw->id = r->id;
    raw->origin = r->origin;
    quoth_instream_consume(&r->s, have);
    return 0;
}

static int blank(const char *p, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)p[i])) return 0;
    return 1;
}

/* Drops the rest of a line longer than the limit, up to its newline. */
static void skip_line(quoth_instream *s) {
    for (;;) {
        size_t have = quoth_instream_peek(s, (size_t)1 << 16);
        if (!have) return;
        const char *p = (const char *)s->buf + s->start;
        const char *nl = memchr(p, '\n', have);
        if (nl) {
            quoth_instream_consume(s, (size_t)(nl - p) + 1);
            return;
        }
        quoth_instream_consume(s, have);
    }
}

/* Finds the next line: its length (without the newline) in *len, and
 * whether a newline ends it. Returns 0, or 1 when the line is longer than
 * the limit, or -1 at the end of input. */
static int find_line(quoth_instream *s, size_t max, size_t *len) {
    size_t scanned = 0;
    for (;;) {
        size_t have = s->end - s->start;
        const char *p = (const char *)s->buf + s->start;
        const char *nl = memchr(p + scanned, '\n', have - scanned);
        if (nl) {
            *len = (size_t)(nl - p);
            return *len > max ? 1 : 0;
        }
        if (have > max) return 1;
        scanned = have;
        if (quoth_instream_peek(s, have + 1) == have) {
            *len = have;
            return have ? 0 : -1;
        }
    }
}

/* The end of the JSON string that opens at p[0] (its quote), or n. */
static size_t string_end(const char *p, size_t n) {
    for (size_t i = 1; i < n; i++) {
        if (p[i] == '\\') i++;
        else if (p[i] == '"') return i + 1;
    }
    return n;
}

/* The top-level field `key` (no path: a plain key) of a JSON line of
 * which only the start is at hand (a line too long to be read), when it
 * lies there and is a string without escapes or an integer: copied into
 * out, which is left alone otherwise. Strings and nesting are skipped
 * over, so a key of the same name inside a nested object or a text is
 * not taken for it. */
static void id_in_line_start(const char *p, size_t n, const char *key, char *out, size_t cap) {
    size_t klen = strlen(key), depth = 0;
    if (strchr(key, '.')) return;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '{' || c == '[') depth++;
        else if (c == '}' || c == ']') depth -= depth > 0;
        if (c != '"') continue;
        size_t end = i + string_end(p + i, n - i);
        size_t j = end;
        while (j < n && (p[j] == ' ' || p[j] == '\t')) j++;
        int is_key = depth == 1 && j < n && p[j] == ':';
        if (!is_key || end - i != klen + 2 || memcmp(p + i + 1, key, klen) != 0) {
            i = end - 1;
            continue;
        }
        for (j++; j < n && (p[j] == ' ' || p[j] == '\t');) j++;
        size_t v = j, k = 0;
        if (v < n && p[v] == '"') {
            for (v++; v < n && p[v] != '"' && p[v] != '\\' && k + 1 < cap; v++) k++;
            if (v < n && p[v] == '"' && k) snprintf(out, cap, "%.*s", (int)k, p + j + 1);
        } else {
            while (v < n && ((p[v] >= '0' && p[v] <= '9') || (v == j && p[v] == '-')) && k + 1 < cap) v++, k++;
            if (k && v < n && (p[v] == ',' || p[v] == '}' || p[v] == ' ')) snprintf(out, cap, "%.*s", (int)k, p + j);
        }
        return;
    }
}

/* JSON Lines: one document per line that is not blank. */
static int next_line(quoth_reader *r, quoth_raw_doc *raw) {
    quoth_instream *s = &r->s;
    if (r->utf16_lines && !r->done) {
        r->done = 1;
        r->line = 1;
        snprintf(r->origin, sizeof r->origin, "%s:1", r->name);
        snprintf(r->id, sizeof r->id, "%s:1", r->file_id);
        return quoth_reader_error_doc(r, raw, "JSON Lines in UTF-16 (by its byte order mark): quoth reads them in "
                                              "UTF-8; convert the file first (iconv -f UTF-16 -t UTF-8)");
    }
    for (;;) {
        if (r->done) return QUOTH_ERR_EOF;
        size_t len = 0;
        int found = find_line(s, r->o.max_doc_bytes, &len);
        r->line++;
        snprintf(r->origin, sizeof r->origin, "%s:%llu", r->name, (unsigned long long)r->line);
        snprintf(r->id, sizeof r->id, "%s:%llu", r->file_id, (unsigned long long)r->line);
        if (found < 0) {
            r->done = 1;
            return quoth_reader_stream_tail(r, raw) ? 0 : QUOTH_ERR_EOF;
        }
        if (found > 0) {
            /* the id, when the line's start gives it: the error record can
             * then be joined back to the user's own data */
            const char *p = (const char *)s->buf + s->start;
            id_in_line_start(p, s->end - s->start, r->o.id_field, r->id, sizeof r->id);
            skip_line(s);
            return quoth_reader_error_doc(r, raw, "line longer than --max-doc-size (%zu bytes)",
                                          r->o.max_doc_bytes);
        }
        const char *p = (const char *)s->buf + s->start;
        int last = len == s->end - s->start; /* no newline after it */
        if (last && (s->truncated || s->failed)) {
            /* a line cut by the end of a damaged stream: say so, not "malformed" */
            quoth_instream_consume(s, len);
            r->done = 1;
            return quoth_reader_stream_tail(r, raw) ? 0 : QUOTH_ERR_EOF;
        }
        quoth_instream_consume(s, last ? len : len + 1);
        if (blank(p, len)) continue;
        memset(raw, 0, sizeof *raw);
        raw->kind = QUOTH_RAW_JSON;
        raw->sniffed = r->sniffed;
        raw->data = p;
        raw->len = len;
        raw->id = r->id;
        raw->origin = r->origin;
        return 0;
    }
}

int quoth_reader_next_raw(quoth_reader *r, quoth_raw_doc *raw) {
    if (!r || !raw) return QUOTH_ERR_INVALID;
    switch (r->format) {
    case QUOTH_INPUT_JSONL: return next_line(r, raw);
    case QUOTH_INPUT_HTML: return next_whole(r, raw, QUOTH_RAW_HTML);
    case QUOTH_INPUT_WARC: return quoth_warc_next(r, raw);
    case QUOTH_INPUT_TEXT:
    case QUOTH_INPUT_AUTO: break;
    }
    return next_whole(r, raw, QUOTH_RAW_TEXT);
}

int quoth_reader_next(quoth_reader *r, quoth_input_doc *doc) {
    if (!r || !doc) return QUOTH_ERR_INVALID;
    if (!r->decoder && !(r->decoder = quoth_decoder_new())) return QUOTH_ERR_NOMEM;
    quoth_raw_doc raw;
    int rc = quoth_reader_next_raw(r, &raw);
    if (rc) return rc;
    return quoth_decode(r->decoder, &raw, &r->o, doc);
}

uint64_t quoth_reader_position(const quoth_reader *r) { return r ? quoth_instream_position(&r->s) : 0; }

const quoth_reader_options *quoth_reader_resolved_options(const quoth_reader *r) { return &r->o; }

quoth_input_format quoth_reader_format(const quoth_reader *r) { return r->format; }

void quoth_reader_close(quoth_reader *r) {
    if (!r) return;
    if (r->s.buf || r->s.in || r->s.own_fd) quoth_instream_close(&r->s);
    quoth_decoder_free(r->decoder);
    free(r->name);
    free(r->file_id);
    free(r->warc_url);
    free(r->warc_date);
    free(r->warc_id);
    free(r->segments);
    free(r);
}

/* ---------------------------------------------------------------- decoding */

quoth_decoder *quoth_decoder_new(void) { return calloc(1, sizeof(quoth_decoder)); }

void quoth_decoder_free(quoth_decoder *d) {
    if (!d) return;
    json_decref((json_t *)d->json);
    free(d->body);
    free(d->converted);
    free(d->newlines);
    free(d->fast);
    quoth_html_article_free(&d->article);
    free(d);
}

/* The encoding of a text file: its byte order mark's; else, for a file
 * that is not valid UTF-8, the one the user named (UTF-16 always: its text
 * in ASCII letters is valid UTF-8, NULs between them); else UTF-8, which
 * the engine repairs. UTF-8's own mark stays, as Python reads it. */
static quoth_charset text_charset(const char *s, size_t n, const char *encoding, size_t *bom) {
    quoth_charset cs = quoth_charset_of_bom(s, n, bom);
    if (cs == QUOTH_CHARSET_UTF16LE || cs == QUOTH_CHARSET_UTF16BE) return cs;
    *bom = 0;
    if (cs == QUOTH_CHARSET_UTF8 || !encoding) return QUOTH_CHARSET_UTF8;
    cs = quoth_charset_of_label(encoding);
    if (cs == QUOTH_CHARSET_UTF16LE || cs == QUOTH_CHARSET_UTF16BE) return cs;
    return cs == QUOTH_CHARSET_UNKNOWN || quoth_valid_utf8(s, n) ? QUOTH_CHARSET_UTF8 : cs;
}

/* A zip archive that is a document (.docx, .odt, .epub: zip files of
 * XML), by the name of its first member (and an OpenDocument's or EPUB's
 * "mimetype" member, which comes first and uncompressed), or NULL: "unzip
 * it first" would hand quoth XML, where a converter gives the text. */
static const char *zipped_document(const char *s, size_t n) {
    if (n < 30) return NULL;
    size_t name_len = (unsigned char)s[26] | (size_t)(unsigned char)s[27] << 8;
    size_t extra_len = (unsigned char)s[28] | (size_t)(unsigned char)s[29] << 8;
    if (name_len > n - 30) return NULL;
    const char *name = s + 30;
    static const char *const OOXML[] = {"[Content_Types].xml", "_rels/", "docProps/", "word/", "xl/", "ppt/"};
    for (size_t i = 0; i < sizeof OOXML / sizeof *OOXML; i++)
        if (starts_with_ci(name, name_len, OOXML[i]))
            return "an Office document (.docx, .xlsx, .pptx): " NOT_READ
                   "; extract its text first, e.g. pandoc -t plain FILE";
    if (name_len != 8 || memcmp(name, "mimetype", 8) != 0 || n < 38 || extra_len > n - 38) return NULL;
    const char *data = name + 8 + extra_len;
    size_t left = n - 38 - extra_len;
    if (starts_with_ci(data, left, "application/vnd.oasis.opendocument"))
        return "an OpenDocument file (.odt, .ods, .odp): " NOT_READ "; extract its text first, e.g. pandoc -t plain FILE";
    if (starts_with_ci(data, left, "application/epub+zip"))
        return "an EPUB book: " NOT_READ "; extract its text first, e.g. pandoc -t plain FILE";
    return NULL;
}

/* A file compressed in a format that quoth does not decompress (gzip
 * and zstd it does, by their magic bytes), by its own magic bytes: the
 * error says so and how to read it, where "a binary file?" left the user
 * to guess. */
static const char *compressed_kind(const char *s, size_t n) {
    static const struct {
        const char *magic;
        size_t len;
        const char *why;
    } KINDS[] = {
        {"BZh", 3, "a bzip2 file: quoth reads gzip and zstd; decompress it first (bzcat FILE | quoth extract -)"},
        {"\xfd" "7zXZ\0", 6, "an xz file: quoth reads gzip and zstd; decompress it first (xzcat FILE | quoth extract -)"},
        {"\x04\x22\x4d\x18", 4, "an lz4 file: quoth reads gzip and zstd; decompress it first (lz4cat FILE | quoth extract -)"},
        {"PK\x03\x04", 4, "a zip archive: quoth reads gzip and zstd; unzip it first (unzip -p FILE | quoth extract -)"},
    };
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
        if (n >= KINDS[i].len && memcmp(s, KINDS[i].magic, KINDS[i].len) == 0 &&
            (i != 0 || (n > 3 && s[3] >= '1' && s[3] <= '9'))) {
            const char *document = i == 3 ? zipped_document(s, n) : NULL;
            return document ? document : KINDS[i].why;
        }
    return NULL;
}

/* Why a text about to be read as UTF-8 is no text, or NULL: NUL bytes,
 * which no article holds, and which read as UTF-8 give a text of nothing
 * (zero statements, and no word why). UTF-16 without a byte order mark
 * has one beside each ASCII letter, after it in little-endian and before
 * it in big-endian, and --encoding reads it right; anything else with as
 * many is some binary file. A stray NUL or two (a broken export) leaves a
 * text a text. The start of the file tells, as it does for git and grep. */
static const char *not_text(const char *s, size_t n) {
    const char *packed = compressed_kind(s, n);
    if (packed) return packed;
    size_t sample = n < 8192 ? n : 8192, pairs = sample / 2;
    if (!memchr(s, 0, sample)) return NULL;
    size_t at_even = 0, at_odd = 0;
    for (size_t i = 0; i < sample; i++)
        if (!s[i]) *(i & 1 ? &at_odd : &at_even) += 1;
    if (at_odd >= 2 && at_odd * 10 >= pairs * 4 && at_even * 20 < pairs)
        return "UTF-16LE without a byte order mark, it seems (a NUL byte after each ASCII letter): "
               "read it with --encoding utf-16le";
    if (at_even >= 2 && at_even * 10 >= pairs * 4 && at_odd * 20 < pairs)
        return "UTF-16BE without a byte order mark, it seems (a NUL byte before each ASCII letter): "
               "read it with --encoding utf-16be";
    if (at_even + at_odd >= 8 && (at_even + at_odd) * 100 >= sample)
        return "not text: it holds NUL bytes (a binary file?)";
    return NULL;
}

/* A text file is read as Python's open() reads it, in its encoding and
 * with universal newlines, so that offsets agree with what other tools
 * see; the engine takes every other text (a JSON string, a page's
 * article) as given. */
static int decode_text(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                       quoth_input_doc *doc) {
    doc->text = raw->data;
    doc->len = raw->len;
    size_t bom;
    /* a WARC record's block of text may name its charset; a file never does */
    const char *encoding = raw->charset ? raw->charset : o->encoding;
    quoth_charset cs = text_charset(raw->data, raw->len, encoding, &bom);
    if (cs == QUOTH_CHARSET_UTF8 && (doc->error = not_text(raw->data, raw->len)) != NULL) return 0;
    if (cs != QUOTH_CHARSET_UTF8) {
        free(d->converted);
        d->converted = NULL;
        size_t len;
        int rc = quoth_charset_to_utf8(cs, encoding, raw->data + bom, raw->len - bom, &d->converted, &len);
        if (rc == QUOTH_ERR_NOMEM) return rc;
        if (!rc) {
            doc->text = d->converted;
            doc->len = len;
        }
    }
    if (!doc->len || !memchr(doc->text, '\r', doc->len)) return 0;
    if (doc->text == d->converted) {
        doc->len = quoth_universal_newlines(d->converted, doc->len);
        return 0;
    }
    if (d->newlines_cap < doc->len + 1) {
        char *p = realloc(d->newlines, doc->len + 1);
        if (!p) return QUOTH_ERR_NOMEM;
        d->newlines = p;
        d->newlines_cap = doc->len + 1;
    }
    memcpy(d->newlines, doc->text, doc->len);
    doc->text = d->newlines;
    doc->len = quoth_universal_newlines(d->newlines, doc->len);
    return 0;
}

/* Whether a feed's text is HTML markup rather than text: a tag of the
 * kinds that carry an article's paragraphs ("<p>", "</p>", "<br>",
 * "<div ...>"), as NewsAPI-style "content" fields and CMS exports hold.
 * Stricter than the test of a JSON-LD articleBody (html_text.c), which
 * is known to hold an article: a news text may name a tag ("the <title>
 * tag") or compare ("< 40%"). */
static int looks_like_markup(const char *s, size_t n) {
    static const char *const TAGS[] = {"p>", "p ", "/p>", "br>", "br/>", "br />", "div>", "div ", "/div>"};
    for (const char *lt = memchr(s, '<', n); lt; lt = memchr(lt + 1, '<', n - (size_t)(lt + 1 - s))) {
        size_t left = n - (size_t)(lt + 1 - s);
        for (size_t k = 0; k < sizeof TAGS / sizeof *TAGS; k++) {
            size_t m = strlen(TAGS[k]);
            if (left >= m && strncasecmp(lt + 1, TAGS[k], m) == 0) return 1;
        }
        if (lt + 1 >= s + n) break;
    }
    return 0;
}

/* A feed's text that is HTML is read as a page's article is, so that
 * neither its tags nor its entities reach the engine (a source had been
 * "Mayor Ann Holt.</p><p>Chief Bo Reyes"); offsets then refer to the
 * text extracted, as for a page. The line's own fields stay. */
static int markup_to_text(quoth_decoder *d, quoth_input_doc *doc) {
    if (doc->error || !doc->text || !looks_like_markup(doc->text, doc->len)) return 0;
    quoth_html_article_free(&d->article);
    int rc = quoth_html_extract(doc->text, doc->len, &d->article);
    if (rc == QUOTH_ERR_NOMEM) return rc;
    if (rc) return 0; /* not HTML after all: the text as it is */
    doc->text = d->article.text;
    doc->len = d->article.len;
    return 0;
}

int quoth_decode(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                 quoth_input_doc *doc) {
    memset(doc, 0, sizeof *doc);
    doc->meta.id = raw->id;
    doc->meta.url = raw->url;
    doc->meta.date = raw->date;
    doc->meta.origin = raw->origin;
    if (raw->error) {
        doc->error = raw->error;
        return 0;
    }
    switch (raw->kind) {
    case QUOTH_RAW_JSON: {
        int rc = quoth_decode_json(d, raw, o, doc);
        return rc ? rc : markup_to_text(d, doc);
    }
    case QUOTH_RAW_HTML:
    case QUOTH_RAW_HTTP: return quoth_decode_html(d, raw, o, doc);
    case QUOTH_RAW_TEXT: break;
    }
    return decode_text(d, raw, o, doc);
}
