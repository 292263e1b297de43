/*
 * json.c - JSON output primitives.
 */
#include "io/json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/utf8.h"

void quoth_json_buf_free(quoth_json_buf *b) {
    free(b->data);
    memset(b, 0, sizeof *b);
}

int quoth_json_buf_reserve(quoth_json_buf *b, size_t more) {
    if (b->failed) return -1;
    if (b->cap - b->len >= more) return 0;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap - b->len < more) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = 1;
            return -1;
        }
        cap *= 2;
    }
    char *data = realloc(b->data, cap);
    if (!data) {
        b->failed = 1;
        return -1;
    }
    b->data = data;
    b->cap = cap;
    return 0;
}

static int hex4(const unsigned char *p, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i], h;
        if (c >= '0' && c <= '9') h = c - '0';
        else if (c >= 'a' && c <= 'f') h = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') h = c - 'A' + 10;
        else return -1;
        v = v << 4 | h;
    }
    *out = v;
    return 0;
}

size_t quoth_json_unicode_escape(const unsigned char *p, size_t n, unsigned *cp) {
    unsigned hi, lo;
    if (n < 6 || p[1] != 'u' || hex4(p + 2, &hi)) return 0;
    *cp = hi;
    if (hi < 0xD800 || hi > 0xDBFF || n < 12 || p[6] != '\\' || p[7] != 'u' || hex4(p + 8, &lo) || lo < 0xDC00 ||
        lo > 0xDFFF)
        return 6;
    *cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    return 12;
}

/* U+0085, U+2028 or U+2029: the line breaks of Unicode beyond ASCII. */
static int line_break_beyond_ascii(const unsigned char *u, size_t k) {
    return (k == 2 && u[0] == 0xC2 && u[1] == 0x85) ||
           (k == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 || u[2] == 0xA9));
}

/* Escapes as much of u[0..n) as fits in dst[0..room) (an escape takes up
 * to six bytes); returns the bytes written, *used the input consumed.
 * Texts come repaired from the engine, but file names, a feed's metadata
 * and the messages that quote them are bytes from outside, and JSON must
 * be UTF-8: an invalid sequence becomes U+FFFD, as the engine repairs. */
static size_t escape_some(char *dst, size_t room, const unsigned char *u, size_t n, size_t *used) {
    static const char HEX[] = "0123456789abcdef";
    size_t in = 0, out = 0;
    while (in < n) {
        /* the bytes that need no escape, copied in one go */
        size_t plain = (size_t)(quoth_json_plain_end(u + in, u + n) - (u + in));
        if (plain > room - out) plain = room - out;
        memcpy(dst + out, u + in, plain);
        in += plain;
        out += plain;
        if (in == n || room - out < 6) break;
        if (u[in] >= 0x80) {
            size_t k = quoth_utf8_valid_sequence(u + in, n - in);
            if (k && line_break_beyond_ascii(u + in, k)) {
                /* JSON allows them raw, but a record must stay one line
                 * for every reader of JSON Lines (Python's splitlines()
                 * breaks at each) */
                memcpy(dst + out, k == 2 ? "\\u0085" : u[in + 2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
                out += 6;
                in += k;
            } else if (k) {
                memcpy(dst + out, u + in, k);
                out += k;
                in += k;
            } else {
                memcpy(dst + out, "\xEF\xBF\xBD", 3);
                out += 3;
                in += quoth_utf8_maximal_subpart(u + in, n - in);
            }
            continue;
        }
        unsigned char c = u[in++];
        dst[out++] = '\\';
        switch (c) {
        case '"': dst[out++] = '"'; break;
        case '\\': dst[out++] = '\\'; break;
        case '\n': dst[out++] = 'n'; break;
        case '\r': dst[out++] = 'r'; break;
        case '\t': dst[out++] = 't'; break;
        default:
            memcpy(dst + out, "u00", 3);
            dst[out + 3] = HEX[c >> 4];
            dst[out + 4] = HEX[c & 15];
            out += 5;
        }
    }
    *used = in;
    return out;
}

void quoth_json_put_string(quoth_json_buf *b, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    /* Most strings are plain throughout: the quote and the plain run in one
     * reservation and one copy, then escapes (if any) as they come. */
    size_t plain = (size_t)(quoth_json_plain_end(u, u + n) - u);
    if (b->cap - b->len < plain + 2 && quoth_json_buf_reserve(b, plain + 2)) return;
    b->data[b->len] = '"';
    memcpy(b->data + b->len + 1, s, plain);
    b->len += plain + 1;
    for (size_t done = plain; done < n && !b->failed;) {
        if (quoth_json_buf_reserve(b, n - done < 64 ? 64 : n - done)) return;
        size_t used;
        b->len += escape_some(b->data + b->len, b->cap - b->len, u + done, n - done, &used);
        done += used;
    }
    quoth_json_put(b, "\"", 1);
}

void quoth_json_string(FILE *out, const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    char piece[1024];
    putc('"', out);
    for (size_t done = 0, used; done < n; done += used)
        fwrite(piece, 1, escape_some(piece, sizeof piece, u + done, n - done, &used), out);
    putc('"', out);
}

/* The number of decimal digits of v, without a loop: its bits tell the
 * digits within one (1233 / 4096 is just above log10(2)), a power of ten
 * settles which. */
static size_t decimal_digits(uint64_t v) {
    static const uint64_t POWERS_OF_TEN[20] = {1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull,
                                               10000000ull, 100000000ull, 1000000000ull, 10000000000ull,
                                               100000000000ull, 1000000000000ull, 10000000000000ull,
                                               100000000000000ull, 1000000000000000ull, 10000000000000000ull,
                                               100000000000000000ull, 1000000000000000000ull,
                                               10000000000000000000ull};
    v |= 1; /* 0 has a digit; no other count changes (10^t - 1 is odd) */
    unsigned bits = 64u - (unsigned)__builtin_clzll(v);
    unsigned t = (bits * 1233u) >> 12;
    return t + 1 - (v < POWERS_OF_TEN[t]);
}

/* Appends the decimal digits of v at p; returns the new end. Written from
 * the last digit back, two at a time, once their number is known (spans'
 * offsets are four or five digits). */
static char *put_size(char *p, size_t v) {
    static const char PAIRS[] = /* "00" to "99" */
        "0001020304050607080910111213141516171819"
        "2021222324252627282930313233343536373839"
        "4041424344454647484950515253545556575859"
        "6061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    uint64_t x = v;
    char *end = p + decimal_digits(x);
    p = end;
    for (; x >= 100; x /= 100) {
        p -= 2;
        memcpy(p, PAIRS + 2 * (x % 100), 2);
    }
    if (x >= 10) memcpy(p - 2, PAIRS + 2 * x, 2);
    else p[-1] = (char)('0' + x);
    return end;
}

/* Spans are most of the output: formatted by hand, not through printf's
 * format parsing (what it prints is the same), straight into the buffer. */
void quoth_json_put_span(quoth_json_buf *b, const char *text, const quoth_span *span) {
    /* the opening: three keys and two numbers of 20 digits at most */
    enum { OPENING_MAX = 10 + 9 + 10 + 2 * 20 };
    if (b->cap - b->len < OPENING_MAX && quoth_json_buf_reserve(b, OPENING_MAX)) return;
    char *p = b->data + b->len;
    memcpy(p, "{\"start\": ", 10);
    p = put_size(p + 10, span->start);
    memcpy(p, ", \"end\": ", 9);
    p = put_size(p + 9, span->end);
    memcpy(p, ", \"text\": ", 10);
    b->len = (size_t)(p + 10 - b->data);
    quoth_json_put_string(b, text + span->byte_start, span->byte_end - span->byte_start);
    quoth_json_put(b, "}", 1);
}

/* A float times 100 is exact in a double (24 + 5 significant bits), so
 * rounding that to a whole number, ties to even as printf rounds exact
 * values, rounds the value itself. A value not finite or too large goes
 * to snprintf(). */
void quoth_json_put_hundredths(quoth_json_buf *b, float value) {
    double scaled = fabs((double)value) * 100.0;
    if (!(scaled < 1e15)) {
        char printed[48];
        snprintf(printed, sizeof printed, "%.2f", (double)value);
        quoth_json_puts(b, printed);
        return;
    }
    uint64_t hundredths = (uint64_t)scaled;
    double fraction = scaled - (double)hundredths;
    if (fraction > 0.5 || (fraction == 0.5 && (hundredths & 1))) hundredths++;
    char digits[24], *p = digits + sizeof digits;
    for (int k = 0; k < 2; k++, hundredths /= 10) *--p = (char)('0' + hundredths % 10);
    *--p = '.';
    do {
        *--p = (char)('0' + hundredths % 10);
        hundredths /= 10;
    } while (hundredths);
    if (signbit(value)) *--p = '-';
    quoth_json_put(b, p, (size_t)(digits + sizeof digits - p));
}
