/*
 * csv.h - one CSV field, as the extraction's CSV records and the store's
 * reports write it.
 */
#ifndef QUOTH_IO_CSV_H
#define QUOTH_IO_CSV_H

#include <stddef.h>
#include <stdio.h>

/* Writes s[0..n) as one field (RFC 4180): quoted, its quotes doubled, when
 * it holds a comma, a quote or a line break; each invalid UTF-8 sequence
 * as U+FFFD, so that the file is UTF-8 whatever the bytes (file names, a
 * feed's metadata). NULL writes nothing: an empty field. */
void quoth_csv_field(FILE *out, const char *s, size_t n);

#endif
