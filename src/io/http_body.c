/*
 * http_body.c - an archived HTTP response's body as the page's bytes: its
 * chunked framing and its content codings (gzip, deflate, br, zstd) undone,
 * last applied first, as a browser undoes them.
 *
 * Archives do not all keep a body as it was sent. wget, Heritrix, warcio
 * and warcprox (which records what a browser fetched, so br and zstd) keep
 * the bytes of the wire; other tools store the body decoded and keep the
 * headers that described the wire. So a coding whose bytes are not what it
 * names, on a body that is plain text, means the archiver already undid
 * it: the body is read as it is, where a strict reading would lose the
 * page (an error record) or read its chunk sizes as text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <brotli/decode.h>
#include <zlib.h>
#include <zstd.h>

#include "io/reader.h"

/* What each decoding step gives: the length, or one of these. */
enum { STEP_NOMEM = -1, STEP_TOO_LARGE = -2, STEP_CORRUPT = -3 };

typedef enum { CODING_IDENTITY, CODING_GZIP, CODING_DEFLATE, CODING_BR, CODING_ZSTD, CODING_OTHER } coding;

/* A growing output buffer that never holds more than max + 1 bytes: one
 * byte past the limit is how a step learns that the body is too large. */
typedef struct out_buf {
    char *p;
    size_t len, cap, max;
    int cut_short; /* the coded bytes ended before their stream did */
} out_buf;

/* Room for more output: 0, STEP_NOMEM, or STEP_TOO_LARGE when full. */
static int out_grow(out_buf *o) {
    if (o->cap > o->max) return STEP_TOO_LARGE;
    size_t bigger = o->cap ? o->cap * 2 : 4096;
    if (bigger > o->max + 1) bigger = o->max + 1;
    char *p = realloc(o->p, bigger);
    if (!p) return STEP_NOMEM;
    o->p = p;
    o->cap = bigger;
    return 0;
}

static void out_init(out_buf *o, size_t n, size_t max) {
    memset(o, 0, sizeof *o);
    o->max = max;
    /* compressed pages grow about four times; start there */
    size_t first = n * 4 + 4096;
    o->p = malloc(first < max + 1 ? first : max + 1);
    if (o->p) o->cap = first < max + 1 ? first : max + 1;
}

/* ------------------------------------------------------------ plain text */

/* Is this a body that no coding produced: text with no control bytes in
 * its first kilobyte? Compressed bytes hold a control byte in every few
 * dozen. */
static int plain_text(const char *s, size_t n) {
    if (n == 0) return 0;
    if (n > 1024) n = 1024;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return 0;
        if (c == 0x7f) return 0;
    }
    return 1;
}

/* --------------------------------------------------------------- chunked */

/* Does the body open with a chunk's size line ("1a2f", maybe ";ext", then
 * a line end)? A body stored de-chunked opens with the page instead. */
static int opens_with_chunk(const char *s, size_t n) {
    size_t i = 0;
    while (i < n && i < 16 && ((s[i] >= '0' && s[i] <= '9') || ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'f'))) i++;
    if (i == 0 || i == 16) return 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    if (i < n && s[i] == ';') {
        while (i < n && s[i] != '\n' && i < 1024) i++;
        return i < n && s[i] == '\n';
    }
    return i < n && (s[i] == '\n' || (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n'));
}

/* Transfer-Encoding: chunked -> the bytes. Malformed chunking keeps what
 * was read until then, as browsers do. */
static long dechunk(const char *s, size_t n, out_buf *o) {
    if (o->cap < n + 1) return STEP_NOMEM; /* out_init gave 4n: never */
    size_t i = 0;
    while (i < n) {
        /* the chunk size, read within the n bytes (strtoul would read on
         * past them, and take a sign or leading space) */
        size_t j = i;
        unsigned long size = 0;
        while (j < n && j - i < 15 && ((s[j] >= '0' && s[j] <= '9') || ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'f'))) {
            int c = (unsigned char)s[j++];
            size = size * 16 + (unsigned long)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        if (j == i) break;
        const char *nl = memchr(s + j, '\n', n - j);
        if (!nl) break;
        i = (size_t)(nl - s) + 1;
        if (size == 0) break; /* the last chunk; trailers follow */
        if (size > n - i) size = n - i;
        memcpy(o->p + o->len, s + i, size);
        o->len += size;
        i += size;
        while (i < n && (s[i] == '\r' || s[i] == '\n')) i++;
    }
    return (long)o->len;
}

/* ---------------------------------------------------------------- codings */

/* gzip (one or more members), zlib, or with raw_deflate headerless deflate. */
static long inflate_into(const char *s, size_t n, int raw_deflate, out_buf *o) {
    z_stream z;
    memset(&z, 0, sizeof z);
    /* 15 + 32: gzip or zlib by their headers; -15: headerless deflate */
    if (inflateInit2(&z, raw_deflate ? -15 : 15 + 32) != Z_OK) return STEP_NOMEM;
    z.next_in = (unsigned char *)(uintptr_t)s;
    z.avail_in = (uInt)n;
    long result = 0;
    for (;;) {
        if (o->len == o->cap && (result = out_grow(o)) != 0) break;
        z.next_out = (unsigned char *)o->p + o->len;
        z.avail_out = (uInt)(o->cap - o->len);
        size_t before = z.avail_out;
        int rc = inflate(&z, Z_NO_FLUSH);
        o->len += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            /* a second gzip member is the page's continuation */
            if (raw_deflate || z.avail_in < 2 || z.next_in[0] != 0x1f || z.next_in[1] != 0x8b) break;
            if (inflateReset(&z) != Z_OK) result = STEP_CORRUPT;
        } else if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            o->cut_short = 1; /* what came through is the page, as a browser shows it */
            break;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            result = STEP_CORRUPT;
        }
        if (result) break;
    }
    inflateEnd(&z);
    if (!result && o->len > o->max) result = STEP_TOO_LARGE;
    return result ? result : (long)o->len;
}

static long brotli_into(const char *s, size_t n, out_buf *o) {
    BrotliDecoderState *st = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!st) return STEP_NOMEM;
    const uint8_t *in = (const uint8_t *)s;
    size_t avail_in = n;
    long result = 0;
    for (;;) {
        if (o->len == o->cap && (result = out_grow(o)) != 0) break;
        uint8_t *next_out = (uint8_t *)o->p + o->len;
        size_t avail_out = o->cap - o->len;
        BrotliDecoderResult rc = BrotliDecoderDecompressStream(st, &avail_in, &in, &avail_out, &next_out, NULL);
        o->len = (size_t)((char *)next_out - o->p);
        if (rc == BROTLI_DECODER_RESULT_SUCCESS) break;
        if (rc == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
            o->cut_short = 1;
            break;
        }
        if (rc == BROTLI_DECODER_RESULT_ERROR) result = STEP_CORRUPT;
        if (result) break;
    }
    BrotliDecoderDestroyInstance(st);
    if (!result && o->len > o->max) result = STEP_TOO_LARGE;
    return result ? result : (long)o->len;
}

static long zstd_into(const char *s, size_t n, out_buf *o) {
    static const unsigned char MAGIC[4] = {0x28, 0xb5, 0x2f, 0xfd};
    if (n < 4 || memcmp(s, MAGIC, 4) != 0) return STEP_CORRUPT;
    ZSTD_DStream *z = ZSTD_createDStream();
    if (!z) return STEP_NOMEM;
    ZSTD_inBuffer in = {s, n, 0};
    long result = 0;
    for (;;) {
        if (o->len == o->cap && (result = out_grow(o)) != 0) break;
        ZSTD_outBuffer out = {o->p, o->cap, o->len};
        size_t rc = ZSTD_decompressStream(z, &out, &in);
        o->len = out.pos;
        if (ZSTD_isError(rc)) {
            result = STEP_CORRUPT;
            break;
        }
        /* a full buffer may hold back more output; else all is out */
        if (in.pos == in.size && out.pos < out.size) {
            o->cut_short = rc != 0; /* 0: the last frame ended */
            break;
        }
    }
    ZSTD_freeDStream(z);
    if (!result && o->len > o->max) result = STEP_TOO_LARGE;
    return result ? result : (long)o->len;
}

static long decode_step(coding c, const char *s, size_t n, out_buf *o) {
    switch (c) {
    case CODING_GZIP: return inflate_into(s, n, 0, o);
    case CODING_DEFLATE: {
        /* "deflate" is zlib by the standard, headerless by some servers */
        long k = inflate_into(s, n, 0, o);
        if (k != STEP_CORRUPT) return k;
        o->len = 0;
        o->cut_short = 0;
        return inflate_into(s, n, 1, o);
    }
    case CODING_BR: return brotli_into(s, n, o);
    case CODING_ZSTD: return zstd_into(s, n, o);
    default: return STEP_CORRUPT;
    }
}

/* The coding a Content-Encoding token names ("x-gzip" is gzip). */
static coding coding_named(const char *name, size_t n) {
    static const struct {
        const char *name;
        coding c;
    } NAMES[] = {{"identity", CODING_IDENTITY}, {"gzip", CODING_GZIP}, {"x-gzip", CODING_GZIP},
                 {"deflate", CODING_DEFLATE},   {"br", CODING_BR},     {"zstd", CODING_ZSTD}};
    for (size_t i = 0; i < sizeof NAMES / sizeof *NAMES; i++)
        if (strlen(NAMES[i].name) == n && memcmp(NAMES[i].name, name, n) == 0) return NAMES[i].c;
    return CODING_OTHER;
}

/* ------------------------------------------------------------------ body */

/* Replaces the decoder's body by o's bytes and points the page at them. */
static void take_output(quoth_decoder *d, out_buf *o, const char **s, size_t *n) {
    free(d->body); /* *s may be the body of the step before: done with it */
    d->body = o->p;
    d->body_cap = o->cap;
    *s = d->body;
    *n = o->len;
}

/* Undoes one coding named by encoding[0..len) (lower case). */
static int undo_coding(quoth_decoder *d, const char *name, size_t len, size_t max, const char **s, size_t *n,
                       const char **why) {
    coding c = coding_named(name, len);
    if (c == CODING_IDENTITY) return 0;
    out_buf o;
    out_init(&o, *n, max);
    if (!o.p) return QUOTH_ERR_NOMEM;
    long k = decode_step(c, *s, *n, &o);
    /* plain text that decodes to a fragment was never coded (brotli has no
     * magic number, and text can read as the start of a stream) */
    if (k >= 0 && o.cut_short && plain_text(*s, *n)) k = STEP_CORRUPT;
    if (k >= 0) {
        take_output(d, &o, s, n);
        return 0;
    }
    free(o.p);
    if (k == STEP_NOMEM) return QUOTH_ERR_NOMEM;
    if (k == STEP_TOO_LARGE) {
        *why = "larger than --max-doc-size once decompressed";
        return 1;
    }
    if (plain_text(*s, *n)) return 0; /* stored decoded under the wire's header */
    snprintf(d->message, sizeof d->message,
             c == CODING_OTHER ? "HTTP body in an unsupported Content-Encoding (%.*s)"
                               : "corrupt compressed HTTP body (Content-Encoding %.*s)",
             (int)(len > 32 ? 32 : len), name);
    *why = d->message;
    return 1;
}

int quoth_http_body(quoth_decoder *d, const quoth_raw_doc *raw, size_t max, const char **s, size_t *n,
                    const char **why) {
    if (raw->http_chunked && opens_with_chunk(*s, *n)) {
        out_buf o;
        out_init(&o, *n, max < *n ? *n : max);
        if (!o.p) return QUOTH_ERR_NOMEM;
        if (dechunk(*s, *n, &o) < 0) {
            free(o.p);
            return QUOTH_ERR_NOMEM;
        }
        take_output(d, &o, s, n);
    }
    /* codings are listed in the order applied: undo the last first */
    const char *list = raw->http_content_encoding;
    size_t end = strlen(list);
    while (end > 0) {
        size_t start = end;
        while (start > 0 && list[start - 1] != ',') start--;
        size_t a = start, b = end;
        while (a < b && (list[a] == ' ' || list[a] == '\t')) a++;
        while (b > a && (list[b - 1] == ' ' || list[b - 1] == '\t')) b--;
        if (b > a) {
            int rc = undo_coding(d, list + a, b - a, max, s, n, why);
            if (rc) return rc;
        }
        end = start > 0 ? start - 1 : 0;
    }
    return 0;
}
