/*
 * charset.h - bytes in another encoding made UTF-8, before a reader's text
 * or page goes on: web pages in the encoding they declare, text files in
 * the one the user names (--encoding), UTF-16 wherever its byte order mark
 * says so.
 */
#ifndef QUOTH_IO_CHARSET_H
#define QUOTH_IO_CHARSET_H

#include <stddef.h>

typedef enum quoth_charset {
    QUOTH_CHARSET_UTF8 = 0,  /* no conversion: the engine repairs what is invalid */
    QUOTH_CHARSET_CP1252,    /* windows-1252, and the labels browsers read as it (latin-1, ASCII) */
    QUOTH_CHARSET_UTF16LE,
    QUOTH_CHARSET_UTF16BE,
    QUOTH_CHARSET_ICONV,     /* any other encoding that glibc's iconv knows */
    QUOTH_CHARSET_UNKNOWN    /* a label nobody knows */
} quoth_charset;

/* The encoding of a label ("Windows-1252", "latin1", "utf-16le",
 * "shift_jis"; case and surrounding spaces ignored). */
quoth_charset quoth_charset_of_label(const char *label);

/* The encoding a byte order mark at the start of s announces, and the
 * mark's length through *bom_len (0 and QUOTH_CHARSET_UNKNOWN: none). */
quoth_charset quoth_charset_of_bom(const char *s, size_t n, size_t *bom_len);

/* No invalid UTF-8 in s (ASCII is valid). */
int quoth_valid_utf8(const char *s, size_t n);

/* Valid UTF-8 with at least one character beyond ASCII: what a page that
 * declares another encoding but is UTF-8 looks like (common enough that
 * browsers check, and so does quoth). */
int quoth_plainly_utf8(const char *s, size_t n);

/* At least as many characters beyond ASCII in valid UTF-8 as invalid
 * sequences: a UTF-8 text with a few broken bytes, rather than one in a
 * single-byte encoding (whose every accented letter or curly quote is an
 * invalid sequence, and which makes valid ones only by rare accident). */
int quoth_mostly_utf8(const char *s, size_t n);

/* Converts s[0..n) from `cs` (`label` names it for QUOTH_CHARSET_ICONV)
 * to UTF-8 in a malloc'd, NUL-terminated *out. A byte sequence that is
 * invalid in its encoding becomes the byte 0xFF, itself invalid UTF-8, so
 * that the engine makes it one U+FFFD and counts it among the document's
 * repairs as it does for a UTF-8 file. Returns 0, QUOTH_ERR_NOMEM, or
 * QUOTH_ERR_INVALID when the encoding cannot be converted from (UTF-8,
 * unknown). */
int quoth_charset_to_utf8(quoth_charset cs, const char *label, const char *s, size_t n, char **out,
                          size_t *out_len);

#endif
