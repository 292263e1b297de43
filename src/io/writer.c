/*
 * writer.c - quoth_writer: the output formats behind one interface.
 */
#include "io/writer.h"

#include <stdlib.h>

quoth_writer *quoth_writer_new(FILE *out, quoth_format format, unsigned flags, int width) {
    if (!out || format > QUOTH_FORMAT_CSV) return NULL;
    quoth_writer *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->out = out;
    w->format = format;
    w->flags = flags;
    w->width = width > 0 ? width : 100;
    return w;
}

int quoth_writer_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    if (!w || !meta || !meta->id || !doc) return QUOTH_ERR_INVALID;
    int rc = 0;
    switch (w->format) {
    case QUOTH_FORMAT_JSONL: rc = quoth_write_json_document(w, meta, doc); break;
    case QUOTH_FORMAT_TABLE: quoth_write_table_document(w, meta, doc); break;
    case QUOTH_FORMAT_CSV: quoth_write_csv_document(w, meta, doc); break;
    }
    w->documents++;
    return rc ? rc : ferror(w->out) ? QUOTH_ERR_IO : 0;
}

int quoth_writer_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    if (!w || !meta || !message) return QUOTH_ERR_INVALID;
    int rc = 0;
    switch (w->format) {
    case QUOTH_FORMAT_JSONL: rc = quoth_write_json_error(w, meta, message); break;
    case QUOTH_FORMAT_TABLE: quoth_write_table_error(w, meta, message); break;
    case QUOTH_FORMAT_CSV: quoth_write_csv_error(w, meta, message); break;
    }
    w->documents++;
    return rc ? rc : ferror(w->out) ? QUOTH_ERR_IO : 0;
}

int quoth_writer_finish(quoth_writer *w) {
    if (!w) return QUOTH_ERR_INVALID;
    if (fflush(w->out) != 0 || ferror(w->out)) return QUOTH_ERR_IO;
    return 0;
}

void quoth_writer_free(quoth_writer *w) {
    if (!w) return;
    quoth_json_buf_free(&w->json);
    quoth_json_buf_free(&w->words);
    free(w);
}

const char *quoth_quote_type_name(quoth_quote_type type) {
    switch (type) {
    case QUOTH_DIRECT: return "direct";
    case QUOTH_INDIRECT: return "indirect";
    case QUOTH_MIXED: return "mixed";
    }
    return "unknown"; /* a value no quote has: said, not passed off as one */
}

const char *quoth_resolution_name(quoth_resolution how) {
    switch (how) {
    case QUOTH_RESOLVED_NONE: return "none";
    case QUOTH_RESOLVED_NAME: return "name";
    case QUOTH_RESOLVED_SURNAME: return "surname";
    case QUOTH_RESOLVED_PRONOUN: return "pronoun";
    case QUOTH_RESOLVED_SPELLING: return "spelling";
    case QUOTH_RESOLVED_TITLE: return "title";
    case QUOTH_RESOLVED_ORGANIZATION: return "organization";
    case QUOTH_RESOLVED_CONTEXT: return "context";
    }
    return "unknown";
}

const char *quoth_speaker_kind_name(quoth_speaker_kind kind) {
    switch (kind) {
    case QUOTH_KIND_PERSON: return "person";
    case QUOTH_KIND_ORGANIZATION: return "organization";
    case QUOTH_KIND_UNKNOWN: return "unknown";
    }
    return "unknown";
}

const char *quoth_gender_name(quoth_gender gender) {
    switch (gender) {
    case QUOTH_GENDER_MALE: return "male";
    case QUOTH_GENDER_FEMALE: return "female";
    case QUOTH_GENDER_UNKNOWN: return NULL;
    }
    return NULL;
}

const char *quoth_quote_speaker_label(const quoth_quote *q) {
    if (q->speaker_name) return q->speaker_name;
    if (q->speaker_mention) return q->speaker_mention;
    return "-";
}

const char *quoth_statement_words(quoth_writer *w, const char *text, const quoth_quote *q, size_t *len) {
    const quoth_span *c = q->contents;
    w->words.len = 0;
    w->words.failed = 0;
    for (size_t i = 0; i < q->n_contents; i++) {
        if (i) quoth_json_puts(&w->words, " \xE2\x80\xA6 ");
        quoth_json_put(&w->words, text + c[i].byte_start, c[i].byte_end - c[i].byte_start);
    }
    if (w->words.failed) {
        *len = c[0].byte_end - c[0].byte_start;
        return text + c[0].byte_start;
    }
    *len = w->words.len;
    return w->words.data;
}
