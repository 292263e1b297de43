/*
 * report.c - table cells, CSV fields and JSON members for the store's
 * commands (see report.h).
 */
#include <inttypes.h>
#include <string.h>

#include "io/csv.h"
#include "io/json.h"
#include "store/report.h"

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Writes at most `limit` code points of s with white space runs made one
 * space and trimmed; returns how many it would take in all. */
static int squeezed(FILE *out, const char *s, int limit) {
    int count = 0, space = 0;
    for (size_t i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_space((char)c)) {
            space = count > 0;
            continue;
        }
        if ((c & 0xC0) != 0x80) {
            count += space + 1;
            if (out && space && count - 1 <= limit) putc(' ', out);
            space = 0;
        }
        if (out && count <= limit) putc(c, out);
    }
    return count;
}

void quoth_report_cell(FILE *out, const char *s, int cols, int last) {
    if (!s || !*s) s = "-";
    int used;
    if (squeezed(NULL, s, 0) <= cols) {
        used = squeezed(out, s, cols);
    } else {
        squeezed(out, s, cols - 1);
        fputs("\xE2\x80\xA6", out);
        used = cols;
    }
    if (last) {
        putc('\n', out);
        return;
    }
    for (; used < cols + 2; used++) putc(' ', out);
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
