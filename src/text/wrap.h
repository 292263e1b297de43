/*
 * wrap.h - hard-wrapped text: lines cut at a fixed width, paragraphs apart.
 *
 * Wire copy, e-mail and plain-text archives break every line near a fixed
 * column, so a line break inside a paragraph is no paragraph start even
 * when the next line opens with a capital ("Harbourton Shippers'\nCouncil").
 * The tokenizer asks once per document whether its lines look cut this
 * way, and if so at what width, and then joins a line to the one before
 * unless that one ended early.
 */
#ifndef QUOTH_TEXT_WRAP_H
#define QUOTH_TEXT_WRAP_H

#include <stddef.h>

/* Lines longer than this, in code points, are no wrapped lines. */
#define QUOTH_WRAP_MAX_WIDTH 100

/* The width in code points at which the lines of text[0..len) were cut,
 * the longest line's, when they look hard-wrapped; 0 when they do not
 * (lines of whole paragraphs, short lines that end sentences, too few
 * lines to tell). One pass over the bytes, no allocation. */
size_t quoth_wrap_width(const char *text, size_t len);

/* Code points in s[0..n), a valid or repaired UTF-8 string. */
size_t quoth_wrap_code_points(const char *s, size_t n);

#endif
