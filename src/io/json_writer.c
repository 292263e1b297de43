/*
 * json_writer.c - JSON Lines records in the shape of Citron's annotation
 * format: {"id", "quotes": [{"type", "cue", "sources", "contents",
 * "speaker"}]}, offsets in code points. See docs/output.md.
 */
#include <string.h>

#include "io/json.h"
#include "io/writer.h"

/* Three strings in a row: what fprintf("a%sc") printed, without parsing a
 * format for every field of every quote. */
static void put3(FILE *out, const char *a, const char *b, const char *c) {
    fputs(a, out);
    fputs(b, out);
    fputs(c, out);
}

static void meta_fields(FILE *out, const quoth_doc_meta *meta) {
    fputs("{\"id\": ", out);
    quoth_json_string(out, meta->id, strlen(meta->id));
    const char *names[] = {"url", "title", "date", "outlet"};
    const char *values[] = {meta->url, meta->title, meta->date, meta->outlet};
    for (int k = 0; k < 4; k++) {
        if (!values[k]) continue;
        put3(out, ", \"", names[k], "\": ");
        quoth_json_string(out, values[k], strlen(values[k]));
    }
}

static void optional_string(FILE *out, const char *key, const char *value) {
    put3(out, ", \"", key, "\": ");
    if (value) quoth_json_string(out, value, strlen(value));
    else fputs("null", out);
}

static void speaker(FILE *out, const quoth_quote *q) {
    fputs(", \"speaker\": {\"name\": ", out);
    if (q->speaker_name) quoth_json_string(out, q->speaker_name, strlen(q->speaker_name));
    else fputs("null", out);
    optional_string(out, "mention", q->speaker_mention);
    put3(out, ", \"resolved_by\": \"", quoth_resolution_name(q->resolved_by), "\"");
    optional_string(out, "role", q->speaker_role);
    put3(out, ", \"kind\": \"", quoth_speaker_kind_name(q->speaker_kind), "\"}");
}

static void span_list(FILE *out, const char *key, const char *text, const quoth_span *s, size_t n) {
    put3(out, ", \"", key, "\": [");
    for (size_t i = 0; i < n; i++) {
        if (i) fputs(", ", out);
        quoth_json_span(out, text, &s[i]);
    }
    putc(']', out);
}

static void quote(FILE *out, const char *text, const quoth_quote *q) {
    put3(out, "{\"type\": \"", quoth_quote_type_name(q->type), "\", \"cue\": ");
    if (q->has_cue) quoth_json_span(out, text, &q->cue);
    else fputs("null", out);
    span_list(out, "sources", text, q->sources, q->n_sources);
    span_list(out, "contents", text, q->contents, q->n_contents);
    if (q->n_sources || q->speaker_name) speaker(out, q);
    fprintf(out, ", \"confidence\": %.2f}", (double)q->confidence);
}

void quoth_write_json_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc) {
    FILE *out = w->out;
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    meta_fields(out, meta);
    if (w->flags & QUOTH_WRITE_TEXT) {
        fputs(", \"text\": ", out);
        quoth_json_string(out, text, len);
    }
    /* invalid UTF-8 sequences replaced by U+FFFD, when there were any */
    if (quoth_doc_repairs(doc)) fprintf(out, ", \"repaired\": %zu", quoth_doc_repairs(doc));
    fputs(", \"quotes\": [", out);
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        if (i) fputs(", ", out);
        quote(out, text, quoth_doc_quote(doc, i));
    }
    fputs("]}\n", out);
}

void quoth_write_json_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message) {
    meta_fields(w->out, meta);
    fputs(", \"error\": ", w->out);
    quoth_json_string(w->out, message, strlen(message));
    if (meta->origin) {
        fputs(", \"origin\": ", w->out);
        quoth_json_string(w->out, meta->origin, strlen(meta->origin));
    }
    fputs("}\n", w->out);
}
