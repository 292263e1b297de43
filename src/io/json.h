/*
 * json.h - writing JSON strings and spans.
 */
#ifndef QUOTH_IO_JSON_H
#define QUOTH_IO_JSON_H

#include <stddef.h>
#include <stdio.h>

#include "quoth.h"

/* Writes s[0..n) as a JSON string with its quotes. Control characters are
 * escaped; other UTF-8 is written as is. */
void quoth_json_string(FILE *out, const char *s, size_t n);

/* Writes {"start": .., "end": .., "text": ".."} for a span of `text`. */
void quoth_json_span(FILE *out, const char *text, const quoth_span *span);

#endif
