/*
 * json.c - JSON output primitives.
 */
#include "io/json.h"

#include <string.h>

void quoth_json_string(FILE *out, const char *s, size_t n) {
    static const char HEX[] = "0123456789abcdef";
    const unsigned char *u = (const unsigned char *)s;
    putc('"', out);
    for (size_t i = 0;; i++) {
        /* the bytes that need no escape, written in one go */
        size_t end = (size_t)(quoth_json_plain_end(u + i, u + n, 0) - u);
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
