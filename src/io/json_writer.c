/*
 * json_writer.c - JSON Lines records in the shape of Citron's annotation
 * format: {"id", "quotes": [{"type", "cue", "sources", "contents",
 * "speaker"}]}, offsets in code points. The fields: README.md, "The fields".
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "io/json.h"
#include "io/writer.h"

static void meta_fields(quoth_json_buf *b, const quoth_doc_meta *meta) {
    quoth_json_puts(b, "{\"id\": ");
    quoth_json_put_string(b, meta->id, strlen(meta->id));
    const char *names[] = {"url", "title", "date", "outlet"};
    const char *values[] = {meta->url, meta->title, meta->date, meta->outlet};
    for (int k = 0; k < 4; k++) {
        if (!values[k]) continue;
        quoth_json_puts(b, ", \"");
        quoth_json_puts(b, names[k]);
        quoth_json_puts(b, "\": ");
        quoth_json_put_string(b, values[k], strlen(values[k]));
    }
}

static void string_or_null(quoth_json_buf *b, const char *value) {
    if (value) quoth_json_put_string(b, value, strlen(value));
    else quoth_json_puts(b, "null");
}

static void speaker(quoth_json_buf *b, const quoth_quote *q) {
    quoth_json_puts(b, ", \"speaker\": {\"name\": ");
    string_or_null(b, q->speaker_name);
    quoth_json_puts(b, ", \"mention\": ");
    string_or_null(b, q->speaker_mention);
    quoth_json_puts(b, ", \"resolved_by\": \"");
    quoth_json_puts(b, quoth_resolution_name(q->resolved_by));
    quoth_json_puts(b, "\", \"role\": ");
    string_or_null(b, q->speaker_role);
    quoth_json_puts(b, ", \"kind\": \"");
    quoth_json_puts(b, quoth_speaker_kind_name(q->speaker_kind));
    quoth_json_puts(b, "\", \"gender\": ");
    string_or_null(b, quoth_gender_name(q->speaker_gender));
    quoth_json_puts(b, "}");
}

/* The spans of a list, after its opening (key and bracket) is written. */
static void span_list(quoth_json_buf *b, const char *text, const quoth_span *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (i) quoth_json_puts(b, ", ");
        quoth_json_put_span(b, text, &s[i]);
    }
    quoth_json_puts(b, "]");
}

static void quote(quoth_json_buf *b, const char *text, const quoth_quote *q) {
    quoth_json_puts(b, "{\"type\": \"");
    quoth_json_puts(b, quoth_quote_type_name(q->type));
    quoth_json_puts(b, "\", \"cue\": ");
    if (q->has_cue) quoth_json_put_span(b, text, &q->cue);
    else quoth_json_puts(b, "null");
    quoth_json_puts(b, ", \"sources\": [");
    span_list(b, text, q->sources, q->n_sources);
    quoth_json_puts(b, ", \"contents\": [");
    span_list(b, text, q->contents, q->n_contents);
    if (q->n_sources || q->speaker_name) speaker(b, q);
    quoth_json_puts(b, ", \"confidence\": ");
    quoth_json_put_hundredths(b, q->confidence);
    quoth_json_puts(b, "}");
}

/* A buffer grown past this by a huge record is let go after it, so that a
 * worker does not hold a document's worth of memory for the rest of the
 * run. */
#define KEEP_RECORD_BYTES (1u << 20)

/* The record made in w->json is written in one piece; QUOTH_ERR_NOMEM
 * when it could not be made (nothing is written then). */
static int flush_record(quoth_writer *w) {
    quoth_json_buf *b = &w->json;
    int rc = b->failed ? QUOTH_ERR_NOMEM : 0;
    if (!rc) fwrite(b->data, 1, b->len, w->out);
    if (b->cap > KEEP_RECORD_BYTES) quoth_json_buf_free(b);
    b->len = 0;
    b->failed = 0;
    return rc;
}

int quoth_write_json_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    quoth_json_buf *b = &w->json;
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    meta_fields(b, meta);
    if (w->flags & QUOTH_WRITE_TEXT) {
        quoth_json_puts(b, ", \"text\": ");
        quoth_json_put_string(b, text, len);
    }
    /* invalid UTF-8 sequences replaced by U+FFFD, when there were any */
    if (quoth_doc_repairs(doc)) {
        char repaired[48];
        snprintf(repaired, sizeof repaired, ", \"repaired\": %zu", quoth_doc_repairs(doc));
        quoth_json_puts(b, repaired);
    }
    quoth_json_puts(b, ", \"quotes\": [");
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        if (i) quoth_json_puts(b, ", ");
        quote(b, text, quoth_doc_quote(doc, i));
    }
    quoth_json_puts(b, "]}\n");
    return flush_record(w);
}

int quoth_write_json_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    quoth_json_buf *b = &w->json;
    meta_fields(b, meta);
    quoth_json_puts(b, ", \"error\": ");
    quoth_json_put_string(b, message, strlen(message));
    if (meta->origin) {
        quoth_json_puts(b, ", \"origin\": ");
        quoth_json_put_string(b, meta->origin, strlen(meta->origin));
    }
    quoth_json_puts(b, "}\n");
    return flush_record(w);
}
