/*
 * report.h - the pieces `quoth search`, `speakers` and `speaker` print
 * their rows with: table cells that fit a width, CSV fields, JSON members.
 */
#ifndef QUOTH_STORE_REPORT_H
#define QUOTH_STORE_REPORT_H

#include <stdint.h>
#include <stdio.h>

/* A table cell: white space squeezed to single spaces, cut with "…" to
 * `cols` code points, padded to them and followed by two spaces unless it
 * is the last of its row. NULL prints as "-". */
void quoth_report_cell(FILE *out, const char *s, int cols, int last);

/* A CSV field (RFC 4180: quoted when it holds a comma, quote or line
 * break), then a comma, or a newline when it is the last of its row. */
void quoth_report_csv(FILE *out, const char *s, int last);

/* A JSON object member: `, "key": "value"` (no comma before the first;
 * null for NULL). *first tracks the object's first member. */
void quoth_report_json_str(FILE *out, int *first, const char *key, const char *value);
void quoth_report_json_int(FILE *out, int *first, const char *key, int64_t value);
void quoth_report_json_num(FILE *out, int *first, const char *key, double value);

#endif
