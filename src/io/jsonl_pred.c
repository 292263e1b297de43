/*
 * jsonl_pred.c - prediction files, read as score.py's load_pred_jsonl().
 */
#include "io/jsonl_pred.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/json.h"
#include "quoth.h"
#include "text/utf8.h"

/* int(v) of a JSON value as Python computes it; -1 where Python raises. */
static int py_int(const json_t *v, int64_t *out) {
    if (json_is_integer(v)) {
        *out = (int64_t)json_integer_value(v);
        return 0;
    }
    if (json_is_boolean(v)) {
        *out = json_is_true(v);
        return 0;
    }
    if (json_is_real(v)) {
        double x = trunc(json_real_value(v));
        if (!(x > -9.2e18 && x < 9.2e18)) return -1;
        *out = (int64_t)x;
        return 0;
    }
    if (json_is_string(v)) return quoth_eval_parse_int(json_string_value(v), json_string_length(v), out);
    return -1;
}

/* One span of span_list(): {"start", "end"} or [start, end]. */
static int span_of(const json_t *sp, quoth_eval_span *out) {
    const json_t *a = NULL, *b = NULL;
    if (json_is_object(sp)) {
        a = json_object_get(sp, "start");
        b = json_object_get(sp, "end");
    } else if (json_is_array(sp) && json_array_size(sp) == 2) {
        a = json_array_get(sp, 0);
        b = json_array_get(sp, 1);
    }
    if (!a || !b) return -1;
    return py_int(a, &out->start) || py_int(b, &out->end) ? -1 : 0;
}

/* span_list(v): a span object, a list of spans, or nothing. */
static int span_list(const json_t *v, quoth_eval_span **out, size_t *n) {
    quoth_eval_span sp;
    if (json_is_object(v)) return span_of(v, &sp) ? 0 : quoth_eval_spans_append(out, n, &sp, 1);
    if (!json_is_array(v)) return 0;
    for (size_t i = 0; i < json_array_size(v); i++)
        if (!span_of(json_array_get(v, i), &sp) && quoth_eval_spans_append(out, n, &sp, 1))
            return QUOTH_ERR_NOMEM;
    return 0;
}

/* q.get(key, q.get(other)): the first key wins when present, even as null. */
static const json_t *get_either(const json_t *q, const char *key, const char *other) {
    const json_t *v = json_object_get(q, key);
    return v ? v : json_object_get(q, other);
}

static int check_outside(quoth_preds *p, const quoth_brat_doc *d, const char *label,
                         const quoth_eval_span *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i].start >= 0 && s[i].start <= s[i].end && (uint64_t)s[i].end <= d->n_cp) continue;
        if (quoth_preds_problem(p, "%s: %s span %lld..%lld outside the text", d->name, label,
                                (long long)s[i].start, (long long)s[i].end))
            return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* A slice bound: int, bool or null (the default) as Python's slicing takes
 * them; -1 for anything else, where Python raises. */
static int slice_bound(const json_t *v, int64_t dflt, int64_t *out) {
    if (json_is_null(v)) {
        *out = dflt;
        return 0;
    }
    return json_is_integer(v) || json_is_boolean(v) ? py_int(v, out) : -1;
}

/* text[start:end] != sp["text"]; -1 when score.py would not get that far. */
static int text_differs(const quoth_brat_doc *d, const json_t *sp) {
    const json_t *t = json_object_get(sp, "text"), *s = json_object_get(sp, "start");
    const json_t *e = json_object_get(sp, "end");
    int64_t n = (int64_t)d->n_cp, a, b;
    if (!t || !s || !e || slice_bound(s, 0, &a) || slice_bound(e, n, &b)) return -1;
    if (a < 0) a = a + n < 0 ? 0 : a + n;
    if (b < 0) b = b + n < 0 ? 0 : b + n;
    a = a > n ? n : a;
    b = b > n ? n : b < a ? a : b;
    if (!json_is_string(t)) return 1;
    size_t from = d->cp_byte[a], len = d->cp_byte[b] - from;
    return json_string_length(t) != len || memcmp(json_string_value(t), d->text + from, len) != 0;
}

static int check_texts(quoth_preds *p, const quoth_brat_doc *d, const json_t *q, const char *key) {
    const json_t *v = json_object_get(q, key);
    if (!json_is_array(v)) return 0;
    for (size_t i = 0; i < json_array_size(v); i++) {
        const json_t *sp = json_array_get(v, i);
        if (!json_is_object(sp) || text_differs(d, sp) != 1) continue;
        if (quoth_preds_problem(p, "%s: %s text differs from the offsets (code points expected)", d->name, key))
            return QUOTH_ERR_NOMEM;
    }
    return 0;
}

static int read_attr(const json_t *q, quoth_eval_attr *a) {
    const json_t *speaker = json_object_get(q, "speaker");
    const json_t *name = json_is_object(speaker) ? json_object_get(speaker, "name") : NULL;
    if (span_list(get_either(q, "contents", "content"), &a->contents, &a->n_contents) ||
        span_list(get_either(q, "sources", "source"), &a->sources, &a->n_sources) ||
        span_list(json_object_get(q, "cue"), &a->cue, &a->n_cue))
        return QUOTH_ERR_NOMEM;
    if (json_is_string(name) && !(a->speaker = strdup(json_string_value(name)))) return QUOTH_ERR_NOMEM;
    const json_t *confidence = json_object_get(q, "confidence");
    if (json_is_number(confidence)) {
        a->has_confidence = 1;
        a->confidence = json_number_value(confidence);
    }
    return 0;
}

static int read_quote(quoth_preds *p, size_t doc_index, const quoth_brat_doc *d, const json_t *q) {
    quoth_eval_attr a = {0};
    int rc = read_attr(q, &a);
    if (!rc) rc = check_outside(p, d, "content", a.contents, a.n_contents);
    if (!rc) rc = check_outside(p, d, "source", a.sources, a.n_sources);
    if (!rc) rc = check_outside(p, d, "cue", a.cue, a.n_cue);
    if (!rc) rc = check_texts(p, d, q, "contents");
    if (!rc) rc = check_texts(p, d, q, "sources");
    if (!rc && a.n_contents) return quoth_preds_add(p, doc_index, &a);
    quoth_eval_attr_free(&a);
    return rc;
}

/* Python's truth of a JSON value: null, false, 0, "", [] and {} are false. */
static int truthy(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_NULL:
    case JSON_FALSE: return 0;
    case JSON_INTEGER: return json_integer_value(v) != 0;
    case JSON_REAL: return json_real_value(v) != 0.0;
    case JSON_STRING: return json_string_length(v) != 0;
    case JSON_ARRAY: return json_array_size(v) != 0;
    case JSON_OBJECT: return json_object_size(v) != 0;
    default: return 1;
    }
}

/* str(obj.get("id", "")) for the values an id can sensibly be. */
static int id_string(const json_t *obj, char *buf, size_t cap) {
    const json_t *id = json_object_get(obj, "id");
    if (!id) snprintf(buf, cap, "%s", "");
    else if (json_is_string(id)) {
        if (strlen(json_string_value(id)) != json_string_length(id)) return -1;
        if ((size_t)snprintf(buf, cap, "%s", json_string_value(id)) >= cap) return -1;
    } else if (json_is_integer(id)) snprintf(buf, cap, "%lld", (long long)json_integer_value(id));
    else if (json_is_boolean(id)) snprintf(buf, cap, "%s", json_is_true(id) ? "True" : "False");
    else if (json_is_null(id)) snprintf(buf, cap, "None");
    else return -1;
    return 0;
}

static int read_object(quoth_preds *p, const quoth_brat_corpus *gold, const json_t *obj) {
    char name[4096];
    if (id_string(obj, name, sizeof name)) return 0;
    long k = quoth_brat_corpus_find(gold, name);
    if (k < 0) return 0;
    const json_t *items = get_either(obj, "quotes", "attributions");
    quoth_preds_mark(p, (size_t)k);
    if (!items || !truthy(items) || !json_is_array(items)) return 0;
    for (size_t i = 0; i < json_array_size(items); i++) {
        const json_t *q = json_array_get(items, i);
        int rc = json_is_object(q) ? read_quote(p, (size_t)k, &gold->docs[k], q) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* The line without Python white space at either end. */
static void strip(const char **s, size_t *n) {
    size_t a = 0, b = *n, len;
    const unsigned char *u = (const unsigned char *)*s;
    while (a < b && quoth_eval_is_space(quoth_utf8_decode(u + a, b - a, &len))) a += len;
    while (b > a) {
        size_t c = b - 1;
        while (c > a && (u[c] & 0xC0) == 0x80) c--;
        if (!quoth_eval_is_space(quoth_utf8_decode(u + c, b - c, &len))) break;
        b = c;
    }
    *s += a;
    *n = b - a;
}

static int read_line(quoth_preds *p, const quoth_brat_corpus *gold, const char *s, size_t n, size_t no) {
    strip(&s, &n);
    if (!n) return 0;
    json_error_t err;
    json_t *obj = json_loadb(s, n, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!obj) return quoth_preds_problem(p, "line %zu: not JSON (%s)", no, err.text);
    int rc = json_is_object(obj) ? read_object(p, gold, obj)
                                 : quoth_preds_problem(p, "line %zu: not a JSON object", no);
    json_decref(obj);
    return rc;
}

/* Python's json reads a lone surrogate escape ("\\ud800", which its dumps()
 * writes for a string holding one), jansson refuses the whole line. Each
 * becomes "\\ufffd", as long: a span text holding one still differs from
 * the article's (a problem, as in score.py), and the line is scored. A
 * backslash is only ever an escape's first byte, so escapes are found
 * without parsing. */
static void lone_surrogates_replaced(char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') continue;
        unsigned cp;
        size_t k = quoth_json_unicode_escape((const unsigned char *)s + i, n - i, &cp);
        if (k == 6 && cp >= 0xD800 && cp <= 0xDFFF) memcpy(s + i + 2, "fffd", 4);
        i += k ? k - 1 : 1;
    }
}

int quoth_jsonl_pred_parse(const char *data, size_t len, const quoth_brat_corpus *gold, quoth_preds *out) {
    /* Universal newlines and repaired UTF-8, as for the texts. */
    quoth_clean_text clean = {0};
    int rc = quoth_clean_text_set(&clean, data, len, 1);
    if (!rc) lone_surrogates_replaced(clean.owned, clean.len);
    const char *s = clean.text;
    for (size_t i = 0, no = 1; !rc && i < clean.len; no++) {
        const char *nl = memchr(s + i, '\n', clean.len - i);
        size_t end = nl ? (size_t)(nl - s) : clean.len;
        rc = read_line(out, gold, s + i, end - i, no);
        i = end + 1;
    }
    quoth_clean_text_free(&clean);
    return rc;
}

int quoth_jsonl_pred_load(const char *path, const quoth_brat_corpus *gold, quoth_preds *out) {
    char *data = NULL;
    size_t len = 0;
    int rc = quoth_eval_read_file(path, &data, &len);
    if (!rc) rc = quoth_jsonl_pred_parse(data, len, gold, out);
    free(data);
    return rc;
}
