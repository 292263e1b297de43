/*
 * cell.h - one cell of a table for people, as the extraction's table and
 * the store's reports write it.
 */
#ifndef QUOTH_IO_CELL_H
#define QUOTH_IO_CELL_H

#include <stddef.h>
#include <stdio.h>

/* Writes s[0..n) in `cols` columns: white space runs made one space and
 * trimmed, cut with "…" when it does not fit, padded with spaces to `cols`
 * when `pad`. Counts code points, which is the width of the Latin, Cyrillic
 * and Greek text news is mostly written in. Returns the columns written. */
int quoth_table_cell(FILE *out, const char *s, size_t n, int cols, int pad);

#endif
