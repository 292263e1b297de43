/*
 * csv_writer.c - one row per statement (RFC 4180): for spreadsheets and
 * the counting that projects like 50:50 do.
 */
#include <string.h>

#include "io/csv.h"
#include "io/writer.h"
#include "text/utf8.h"

/* Whether s[0..n) is valid UTF-8 and needs no quotes: the common case,
 * written in one piece. */
static int plain_field(const unsigned char *s, size_t n, int *quote) {
    int valid = 1;
    *quote = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = s[i];
        *quote |= c == ',' || c == '"' || c == '\n' || c == '\r';
        size_t k = c < 0x80 ? 1 : quoth_utf8_valid_sequence(s + i, n - i);
        valid &= k != 0;
        i += k ? k : 1;
    }
    return valid && !*quote;
}

void quoth_csv_field(FILE *out, const char *s, size_t n) {
    if (!s) return;
    const unsigned char *u = (const unsigned char *)s;
    int quote;
    if (plain_field(u, n, &quote)) {
        fwrite(s, 1, n, out);
        return;
    }
    if (quote) putc('"', out);
    for (size_t i = 0; i < n;) {
        size_t k = u[i] < 0x80 ? 1 : quoth_utf8_valid_sequence(u + i, n - i);
        if (!k) {
            fputs("\xEF\xBF\xBD", out);
            i += quoth_utf8_maximal_subpart(u + i, n - i);
            continue;
        }
        if (u[i] == '"') putc('"', out);
        fwrite(u + i, 1, k, out);
        i += k;
    }
    if (quote) putc('"', out);
}

static void field_str(FILE *out, const char *s) { quoth_csv_field(out, s, s ? strlen(s) : 0); }

static void header(quoth_writer *w) {
    if (w->header_done) return;
    fputs("id,type,speaker,mention,resolved_by,role,gender,cue,content,content_start,content_end,confidence,error\n",
          w->out);
    w->header_done = 1;
}

void quoth_write_csv_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    FILE *out = w->out;
    const char *text = quoth_doc_text(doc, NULL);
    header(w);
    /* a document without statements leaves its id alone, so that one read
     * and found empty is told from one never read (the rows of a run then
     * name every document, as its JSON records do) */
    if (quoth_doc_quote_count(doc) == 0) {
        field_str(out, meta->id);
        fputs(",,,,,,,,,,,,\n", out);
    }
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
        field_str(out, quoth_gender_name(q->speaker_gender));
        putc(',', out);
        if (q->has_cue) quoth_csv_field(out, text + q->cue.byte_start, q->cue.byte_end - q->cue.byte_start);
        putc(',', out);
        size_t len;
        const char *words = quoth_statement_words(w, text, q, &len);
        quoth_csv_field(out, words, len);
        const quoth_span *c = q->contents;
        fprintf(out, ",%zu,%zu,%.2f,\n", c[0].start, c[q->n_contents - 1].end, (double)q->confidence);
    }
}

void quoth_write_csv_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    header(w);
    field_str(w->out, meta->id);
    fputs(",,,,,,,,,,,,", w->out);
    field_str(w->out, message);
    putc('\n', w->out);
}
