/*
 * json.c - JSON output primitives.
 */
#include "io/json.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static int needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

/* The index of the first byte of s[i..n) that needs an escape, or n.
 * Sixteen bytes at a time where SSE2 is there (every x86-64): quoted text
 * is most of the output, and a byte loop was 1% of a run. */
static size_t plain_run_end(const unsigned char *s, size_t i, size_t n) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), below_space = _mm_set1_epi8(0x1F);
    for (; n - i >= 16; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        /* unsigned v < 0x20: min(v, 0x1F) == v */
        __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                       _mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v));
        unsigned mask = (unsigned)_mm_movemask_epi8(special);
        if (mask) return i + (size_t)__builtin_ctz(mask);
    }
#endif
    while (i < n && !needs_escape(s[i])) i++;
    return i;
}

void quoth_json_string(FILE *out, const char *s, size_t n) {
    static const char HEX[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    putc('"', out);
    for (size_t i = 0;; i++) {
        size_t end = plain_run_end(u, i, n); /* bytes that need no escape, written in one go */
        fwrite(s + i, 1, end - i, out);
        if (end == n) break;
        i = end;
        unsigned char c = u[i];
        putc('\\', out);
        switch (c) {
        case '"': putc('"', out); break;
        case '\\': putc('\\', out); break;
        case '\n': putc('n', out); break;
        case '\r': putc('r', out); break;
        case '\t': putc('t', out); break;
        default:
            fputs("u00", out);
            putc(HEX[c >> 4], out);
            putc(HEX[c & 15], out);
        }
    }
    putc('"', out);
}

/* Appends the decimal digits of v at p; returns the new end. */
static char *put_size(char *p, size_t v) {
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) *p++ = digits[--n];
    return p;
}

static char *put_lit(char *p, const char *s) {
    size_t n = strlen(s);
    memcpy(p, s, n);
    return p + n;
}

/* Spans are most of the output: formatted by hand and written in one call,
 * not through fprintf's format parsing (what it prints is the same). */
void quoth_json_span(FILE *out, const char *text, const quoth_span *span) {
    char buf[96], *p = buf;
    p = put_lit(p, "{\"start\": ");
    p = put_size(p, span->start);
    p = put_lit(p, ", \"end\": ");
    p = put_size(p, span->end);
    p = put_lit(p, ", \"text\": ");
    fwrite(buf, 1, (size_t)(p - buf), out);
    quoth_json_string(out, text + span->byte_start, span->byte_end - span->byte_start);
    putc('}', out);
}
