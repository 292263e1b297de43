/*
 * utf8.h - decoding that survives any bytes, and code-point offsets.
 *
 * quoth reports offsets in Unicode code points of the text "as read": a
 * string as given (a JSON field, an extracted page, the library's caller's
 * text) with each maximal invalid UTF-8 subsequence as U+FFFD (the Unicode
 * "maximal subpart" practice, which Python follows); and a file as Python's
 * open(path, encoding="utf-8", errors="replace") returns it, whose
 * universal newlines also turn "\r\n" and a lone "\r" into "\n". The
 * referee and most users read files that way and slice the strings they
 * hold, so agreeing with both is what makes our offsets portable.
 */
#ifndef QUOTH_TEXT_UTF8_H
#define QUOTH_TEXT_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* The text that offsets refer to, and an index from bytes to code points. */
typedef struct quoth_clean_text {
    const char *text;      /* the repaired copy, NUL-terminated (== owned) */
    size_t len;            /* bytes */
    size_t n_codepoints;
    size_t repairs;        /* invalid sequences replaced by U+FFFD */
    char *owned;           /* a repaired copy when the input needed changes */
    size_t owned_cap;
    uint32_t *cp_before;   /* code points before each 64-byte block */
    size_t cp_cap;
} quoth_clean_text;

/* Copies `len` bytes into `ct` (reusing its buffers), repairing them, and
 * with `universal_newlines` (the bytes of a file) turning "\r\n" and "\r"
 * into "\n". Returns 0 or QUOTH_ERR_NOMEM / QUOTH_ERR_TOO_LARGE. */
int quoth_clean_text_set(quoth_clean_text *ct, const char *input, size_t len, int universal_newlines);

/* Turns "\r\n" and a lone "\r" into "\n" in place, as Python's universal
 * newlines read a file; returns the new length. */
size_t quoth_universal_newlines(char *s, size_t len);

/* The code-point offset of byte offset `byte` (which must be on a code-point
 * boundary, 0..len). O(64) at most. */
size_t quoth_clean_text_cp(const quoth_clean_text *ct, size_t byte);

void quoth_clean_text_free(quoth_clean_text *ct);

/* The length of the valid UTF-8 sequence at s[0..n) (n >= 1), or 0 when
 * the bytes there are not one: the well-formed table of Unicode 3.9 (D92),
 * so no overlongs, no surrogates, nothing above U+10FFFF. */
size_t quoth_utf8_valid_sequence(const unsigned char *s, size_t n);

/* For an ill-formed sequence at s[0..n) (n >= 1): how many bytes one
 * U+FFFD replaces (the maximal subpart, at least 1), as Python and the
 * WHATWG decoder count them. */
size_t quoth_utf8_maximal_subpart(const unsigned char *s, size_t n);

/* Decodes one code point at s[0..n) of valid UTF-8; stores its byte length. */
uint32_t quoth_utf8_decode(const unsigned char *s, size_t n, size_t *len);

/* Encodes cp into out (at least 4 bytes); returns the byte count. */
size_t quoth_utf8_encode(uint32_t cp, char *out);

#endif
