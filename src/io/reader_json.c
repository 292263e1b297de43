/*
 * reader_json.c - one JSON line into a document: the text field, the id
 * field and the metadata fields url, title, date and outlet (or source),
 * parsed with jansson. The parsed object is kept until the next line so
 * that the document's strings point into it without a copy.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "io/reader.h"

static int decode_error(quoth_decoder *d, quoth_input_doc *doc) {
    doc->error = d->message;
    doc->text = NULL;
    doc->len = 0;
    return 0;
}

static const char *string_field(const json_t *obj, const char *key) {
    const json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* "source" is a string in some dumps and {"name": ...} in others. */
static const char *outlet_of(const json_t *obj) {
    const char *s = string_field(obj, "outlet");
    if (s) return s;
    const json_t *src = json_object_get(obj, "source");
    if (json_is_string(src)) return json_string_value(src);
    if (json_is_object(src)) return string_field(src, "name");
    return NULL;
}

/* The id field as a string: strings as they are, integers printed. */
static const char *id_of(quoth_decoder *d, const json_t *obj, const char *key) {
    const json_t *v = json_object_get(obj, key);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(d->id, sizeof d->id, "%" PRId64, (int64_t)json_integer_value(v));
        return d->id;
    }
    return NULL;
}

int quoth_decode_json(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc) {
    json_decref((json_t *)d->json);
    json_error_t err;
    /* JSON_ALLOW_NUL: a \u0000 inside a text is data, not an error */
    json_t *obj = json_loadb(raw->data, raw->len, JSON_ALLOW_NUL, &err);
    d->json = obj;
    if (!obj) {
        snprintf(d->message, sizeof d->message, "malformed JSON: %s (column %d)", err.text, err.column);
        return decode_error(d, doc);
    }
    if (!json_is_object(obj)) {
        snprintf(d->message, sizeof d->message, "not a JSON object");
        return decode_error(d, doc);
    }
    const char *id = id_of(d, obj, o->id_field);
    if (id && *id) doc->meta.id = id;
    doc->meta.url = string_field(obj, "url");
    doc->meta.title = string_field(obj, "title");
    doc->meta.date = string_field(obj, "date");
    doc->meta.outlet = outlet_of(obj);
    const json_t *text = json_object_get(obj, o->text_field);
    if (!json_is_string(text)) {
        snprintf(d->message, sizeof d->message, "no \"%s\" field with a string", o->text_field);
        return decode_error(d, doc);
    }
    doc->text = json_string_value(text);
    doc->len = json_string_length(text);
    return 0;
}
