/*
 * report.c - table cells, CSV fields and JSON members for the store's
 * commands (see report.h).
 */
#include <inttypes.h>
#include <string.h>

#include "io/cell.h"
#include "io/csv.h"
#include "io/json.h"
#include "store/report.h"

void quoth_report_cell(FILE *out, const char *s, int cols, int last) {
    if (!s || !*s) s = "-";
    quoth_table_cell(out, s, strlen(s), cols, !last);
    fputs(last ? "\n" : "  ", out);
}

void quoth_report_csv(FILE *out, const char *s, int last) {
    if (s) quoth_csv_field(out, s, strlen(s));
    putc(last ? '\n' : ',', out);
}

static void key(FILE *out, int *first, const char *k) {
    fputs(*first ? "" : ", ", out);
    *first = 0;
    quoth_json_string(out, k, strlen(k));
    fputs(": ", out);
}

void quoth_report_json_str(FILE *out, int *first, const char *k, const char *value) {
    key(out, first, k);
    if (value) quoth_json_string(out, value, strlen(value));
    else fputs("null", out);
}

void quoth_report_json_int(FILE *out, int *first, const char *k, int64_t value) {
    key(out, first, k);
    fprintf(out, "%" PRId64, value);
}

void quoth_report_json_num(FILE *out, int *first, const char *k, double value) {
    key(out, first, k);
    fprintf(out, "%.4f", value);
}
