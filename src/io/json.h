/*
 * json.h - writing JSON strings and spans.
 */
#ifndef QUOTH_IO_JSON_H
#define QUOTH_IO_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "quoth.h"

/* A record made in memory and handed to stdio in one piece: a record is
 * hundreds of small pieces (keys, numbers, spans, escaped strings), and
 * each stdio call costs tens of instructions even on an unlocked stream
 * (2% of a run). Reused from record to record; `failed` once memory ran
 * out, and then the record is not written (the writer reports it). */
typedef struct quoth_json_buf {
    char *data;
    size_t len, cap;
    int failed;
} quoth_json_buf;

void quoth_json_buf_free(quoth_json_buf *b);

/* Room for `more` bytes after len; 0, or -1 (and b->failed) without memory. */
int quoth_json_buf_reserve(quoth_json_buf *b, size_t more);

static inline void quoth_json_put(quoth_json_buf *b, const char *s, size_t n) {
    if (b->cap - b->len < n && quoth_json_buf_reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
}

static inline void quoth_json_puts(quoth_json_buf *b, const char *s) { quoth_json_put(b, s, strlen(s)); }

/* Appends s[0..n) as a JSON string with its quotes. Control characters and
 * the line breaks beyond ASCII (U+0085, U+2028, U+2029) are escaped, so that
 * a record is one line to any reader; other valid UTF-8 is written as is,
 * and each invalid sequence becomes U+FFFD (one per maximal subpart), so
 * that the output is always UTF-8. */
void quoth_json_put_string(quoth_json_buf *b, const char *s, size_t n);

/* Appends {"start": .., "end": .., "text": ".."} for a span of `text`. */
void quoth_json_put_span(quoth_json_buf *b, const char *text, const quoth_span *span);

/* Appends value as printf's "%.2f" writes it (a confidence), byte for
 * byte, without its format parsing and float printing: 1,500 instructions a
 * call, once per statement. */
void quoth_json_put_hundredths(quoth_json_buf *b, float value);

/* quoth_json_put_string() straight to a stream, for writers of a few
 * strings (the store's reports). */
void quoth_json_string(FILE *out, const char *s, size_t n);

/* The "\\uXXXX" escape at p (p[0] is the backslash; n bytes from p): its
 * length, 12 for a surrogate pair and 6 otherwise, with its code point in
 * *cp; 0 when four hex digits do not follow. A lone surrogate comes back as
 * itself (0xD800 to 0xDFFF, length 6): Python's json takes it, jansson does
 * not, and each reader decides what it becomes. */
size_t quoth_json_unicode_escape(const unsigned char *p, size_t n, unsigned *cp);

/* The end of the plain run of a JSON string's bytes at p: the first quote,
 * backslash, control byte or byte from 0x80 (whose UTF-8 both the reader
 * and the writer check), or end. News text is long plain runs, so they are
 * tested sixteen bytes at a time where SSE2 is there (every x86-64): the
 * byte loops were 1.5% (reading) and 1% (writing) of a run. */
static inline const unsigned char *quoth_json_plain_end(const unsigned char *p, const unsigned char *end) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
        /* signed, v < 0x20 holds for the bytes from 0x80 too */
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                       _mm_cmplt_epi8(v, space));
        unsigned mask = (unsigned)_mm_movemask_epi8(special);
        if (mask) return p + __builtin_ctz(mask);
        p += 16;
    }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* the rest of a run (most strings written are short: a cue, a name)
     * eight bytes at a time: a lane's borrow only reaches lanes above it,
     * so the lowest flagged lane is exact */
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    while (end - p >= 8) {
        uint64_t v;
        memcpy(&v, p, 8);
        /* zero in the lanes of a quote, of a backslash */
        uint64_t quote_diff = v ^ ones * '"', backslash_diff = v ^ ones * '\\';
        uint64_t special = (v | ((v - ones * 0x20) & ~v) | ((quote_diff - ones) & ~quote_diff) |
                            ((backslash_diff - ones) & ~backslash_diff)) & high;
        if (special) return p + __builtin_ctzll(special) / 8;
        p += 8;
    }
#endif
    while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') p++;
    return p;
}

#endif
