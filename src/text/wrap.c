/*
 * wrap.c - telling hard-wrapped text from text with a paragraph per line.
 *
 * News text comes either with a paragraph per line (scraped pages, JSON
 * feeds: lines of hundreds of characters) or cut near a fixed column (wire
 * copy, e-mail: every line of a paragraph but its last within a few
 * characters of 70 or so). The signs of the second: nearly every line
 * within the width, several lines close to it, and lines that run on into
 * the next with a sentence still open. A list of short sentences, one per
 * line, ends its lines closed; a page of paragraphs has long lines. Both
 * stay as they were, so that only documents that are clearly wrapped read
 * any differently (no document of PolNeAR is).
 */
#include <string.h>

#include "text/wrap.h"

/* A wrapped document has at least this many lines, and this many of them
 * run on into the next one or end near the width. */
#define WRAP_MIN_LINES 4
#define WRAP_MIN_JOINED 3
#define WRAP_MIN_FULL 3
/* Narrower "widths" are short lines, not wrapping. */
#define WRAP_MIN_WIDTH 40
/* A line this close to the width is full. */
#define WRAP_FULL_SLACK 10
/* At most one line in this many may be longer than the maximum width (a
 * URL, a table row) and the text still count as wrapped. */
#define WRAP_LONG_SHARE 20

size_t quoth_wrap_code_points(const char *s, size_t n) {
    size_t cps = 0;
    for (size_t k = 0; k < n; k++) cps += ((unsigned char)s[k] & 0xC0) != 0x80;
    return cps;
}

/* A line whose last character leaves its sentence open: a letter, a digit,
 * a comma or a hyphen, where a full stop, a colon or a closing quotation
 * mark would end it. Non-ASCII letters count as open; ” and ’ as closed. */
static int ends_open(const unsigned char *line, size_t n) {
    unsigned char c = line[n - 1];
    if (c >= 0x80) return !(n >= 3 && line[n - 3] == 0xE2 && line[n - 2] == 0x80 && (c == 0x9D || c == 0x99));
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ',' || c == '-';
}

static int is_blank_byte(unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

/* Whether text holds at least WRAP_MIN_JOINED line breaks followed by a
 * line that is not blank: most documents of a paragraph per line have
 * none, and memchr() tells it for a fraction of a pass over the bytes. */
static int has_joined_lines(const unsigned char *s, size_t len) {
    size_t joined = 0;
    for (const unsigned char *nl = memchr(s, '\n', len); nl && joined < WRAP_MIN_JOINED;
         nl = memchr(nl + 1, '\n', len - (size_t)(nl + 1 - s))) {
        const unsigned char *next = nl + 1, *before = nl;
        while (next < s + len && is_blank_byte(*next)) next++;
        while (before > s && is_blank_byte(before[-1])) before--;
        joined += before > s && before[-1] != '\n' && next < s + len && *next != '\n';
    }
    return joined >= WRAP_MIN_JOINED;
}

size_t quoth_wrap_width(const char *text, size_t len) {
    const unsigned char *s = (const unsigned char *)text;
    if (!len || !has_joined_lines(s, len)) return 0;
    unsigned lines_of_width[QUOTH_WRAP_MAX_WIDTH + 1] = {0};
    size_t nonblank = 0, too_long = 0, joined = 0, joined_open = 0, width = 0;
    int previous_open = -1; /* the line before: -1 blank, else whether it ends open */
    for (size_t at = 0; at < len;) {
        const unsigned char *nl = memchr(s + at, '\n', len - at);
        size_t end = nl ? (size_t)(nl - s) : len, visible = end;
        while (visible > at && is_blank_byte(s[visible - 1])) visible--;
        size_t first = at;
        while (first < visible && is_blank_byte(s[first])) first++;
        if (first == visible) {
            previous_open = -1;
        } else {
            nonblank++;
            if (previous_open >= 0) {
                joined++;
                joined_open += (size_t)previous_open;
            }
            size_t bytes = visible - at;
            /* a code point takes at most 4 bytes: longer lines need no count */
            size_t cps = bytes > 4 * QUOTH_WRAP_MAX_WIDTH ? bytes : quoth_wrap_code_points(text + at, bytes);
            if (cps > QUOTH_WRAP_MAX_WIDTH) {
                too_long++;
            } else {
                lines_of_width[cps]++;
                if (cps > width) width = cps;
            }
            previous_open = ends_open(s + at, bytes);
        }
        at = end + 1;
    }
    if (nonblank < WRAP_MIN_LINES || too_long * WRAP_LONG_SHARE > nonblank || width < WRAP_MIN_WIDTH ||
        joined < WRAP_MIN_JOINED || joined_open * 2 < joined)
        return 0;
    size_t full = 0;
    for (size_t w = width - WRAP_FULL_SLACK; w <= width; w++) full += lines_of_width[w];
    return full >= WRAP_MIN_FULL ? width : 0;
}
