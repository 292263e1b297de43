/*
 * csv_writer.c - one row per statement (RFC 4180): for spreadsheets and
 * the counting that projects like 50:50 do.
 */
#include <string.h>

#include "io/writer.h"

/* A field, quoted when it holds a comma, quote or line break. */
static void field(FILE *out, const char *s, size_t n) {
    if (!s) return;
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++) quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        fwrite(s, 1, n, out);
        return;
    }
    putc('"', out);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"') putc('"', out);
        putc(s[i], out);
    }
    putc('"', out);
}

static void field_str(FILE *out, const char *s) { field(out, s, s ? strlen(s) : 0); }

static void header(quoth_writer *w) {
    if (w->header_done) return;
    fputs("id,type,speaker,mention,resolved_by,role,cue,content,content_start,content_end,confidence,error\n", w->out);
    w->header_done = 1;
}

void quoth_write_csv_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    FILE *out = w->out;
    const char *text = quoth_doc_text(doc, NULL);
    header(w);
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        field_str(out, meta->id);
        fprintf(out, ",%s,", quoth_quote_type_name(q->type));
        field_str(out, q->speaker_name);
        putc(',', out);
        field_str(out, q->speaker_mention);
        fprintf(out, ",%s,", quoth_resolution_name(q->resolved_by));
        field_str(out, q->speaker_role);
        putc(',', out);
        if (q->has_cue) field(out, text + q->cue.byte_start, q->cue.byte_end - q->cue.byte_start);
        putc(',', out);
        const quoth_span *c = q->contents;
        field(out, text + c[0].byte_start, c[q->n_contents - 1].byte_end - c[0].byte_start);
        fprintf(out, ",%zu,%zu,%.2f,\n", c[0].start, c[q->n_contents - 1].end, (double)q->confidence);
    }
}

void quoth_write_csv_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    header(w);
    field_str(w->out, meta->id);
    fputs(",,,,,,,,,,,", w->out);
    field_str(w->out, message);
    putc('\n', w->out);
}
