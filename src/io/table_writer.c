/*
 * table_writer.c - a table for people reading a terminal: one row per
 * statement with its speaker, cue, type and the statement, shortened to
 * fit the width.
 */
#include <string.h>

#include "io/cell.h"
#include "io/writer.h"

enum { SPEAKER_COLS = 24, CUE_COLS = 16, TYPE_COLS = 9, MIN_STATEMENT_COLS = 20 };

static int is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/* Writes at most `limit` code points of s[0..n) with white space runs made
 * one space and trimmed at both ends; returns how many it would take in all. */
static int squeezed(FILE *out, const char *s, size_t n, int limit) {
    int count = 0, space = 0;
    for (size_t i = 0; i < n; i++) {
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

int quoth_table_cell(FILE *out, const char *s, size_t n, int cols, int pad) {
    int need = squeezed(NULL, s, n, 0), used;
    if (need <= cols) used = squeezed(out, s, n, cols);
    else {
        squeezed(out, s, n, cols - 1);
        fputs("\xE2\x80\xA6", out);
        used = cols;
    }
    if (pad)
        for (; used < cols; used++) putc(' ', out);
    return used;
}

static void cell_str(FILE *out, const char *s, int cols) { quoth_table_cell(out, s, strlen(s), cols, 1); }

static void header(quoth_writer *w, const quoth_doc_meta *meta, size_t n) {
    if (w->documents) putc('\n', w->out);
    fprintf(w->out, "%s: %zu statement%s\n", meta->id, n, n == 1 ? "" : "s");
    if (!n) return;
    cell_str(w->out, "SPEAKER", SPEAKER_COLS);
    putc(' ', w->out);
    cell_str(w->out, "CUE", CUE_COLS);
    putc(' ', w->out);
    cell_str(w->out, "TYPE", TYPE_COLS);
    fputs(" STATEMENT\n", w->out);
}

void quoth_write_table_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    FILE *out = w->out;
    const char *text = quoth_doc_text(doc, NULL);
    size_t n = quoth_doc_quote_count(doc);
    /* A table narrower than its fixed columns need would leave the
     * statement, what the table is for, no room at all: it runs past. */
    int statement_cols = w->width - SPEAKER_COLS - CUE_COLS - TYPE_COLS - 3;
    if (statement_cols < MIN_STATEMENT_COLS) statement_cols = MIN_STATEMENT_COLS;
    header(w, meta, n);
    for (size_t i = 0; i < n; i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        cell_str(out, quoth_quote_speaker_label(q), SPEAKER_COLS);
        putc(' ', out);
        if (q->has_cue)
            quoth_table_cell(out, text + q->cue.byte_start, q->cue.byte_end - q->cue.byte_start, CUE_COLS, 1);
        else cell_str(out, "-", CUE_COLS);
        putc(' ', out);
        cell_str(out, quoth_quote_type_name(q->type), TYPE_COLS);
        putc(' ', out);
        size_t len;
        const char *words = quoth_statement_words(w, text, q, &len);
        quoth_table_cell(out, words, len, statement_cols, 0);
        putc('\n', out);
    }
}

void quoth_write_table_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    if (w->documents) putc('\n', w->out);
    fprintf(w->out, "%s: error: %s\n", meta->id, message);
}
