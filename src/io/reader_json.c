/*
 * reader_json.c - one JSON line into a document: the text field, the id
 * field and the metadata fields url, title, date and outlet (or source),
 * parsed with jansson. The parsed object is kept until the next line so
 * that the document's strings point into it without a copy.
 *
 * jansson builds the whole object (a hash table, a copy of every string)
 * and costs about a tenth of an extraction; so a line is first read by a
 * one-pass parser below that checks the whole JSON grammar and UTF-8 but
 * decodes only the fields quoth reads. Anything it is unsure of (invalid
 * or unusual input: bad UTF-8, lone surrogates, huge numbers, deep
 * nesting, escaped keys) sends the line to jansson, which then gives the
 * answer and the error message, so the two paths never disagree.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io/json.h"
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


/* ------------------------------------------------------------ fast path */

#define FAST_MAX_DEPTH 512

/* One wanted value: where its decoded string is in d->fast (offset, length)
 * or what else it was. */
typedef enum { V_NONE = 0, V_STRING, V_INTEGER, V_OBJECT, V_OTHER } value_kind;

typedef struct fast_value {
    value_kind kind;
    size_t off, len;
    int64_t integer;
} fast_value;

enum { F_TEXT, F_ID, F_URL, F_TITLE, F_DATE, F_OUTLET, F_SOURCE, F_SOURCE_NAME, F_COUNT };

typedef struct fast_parser {
    const unsigned char *p, *end;
    char *out;     /* decoded strings, each NUL-terminated */
    size_t used;
    fast_value v[F_COUNT];
} fast_parser;

static void skip_ws(fast_parser *fp) {
    while (fp->p < fp->end && (*fp->p == ' ' || *fp->p == '\t' || *fp->p == '\n' || *fp->p == '\r')) fp->p++;
}

static int hex4(const unsigned char *p, unsigned *out) {
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i], h;
        if (c >= '0' && c <= '9') h = c - '0';
        else if (c >= 'a' && c <= 'f') h = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') h = c - 'A' + 10;
        else return -1;
        v = v << 4 | h;
    }
    *out = v;
    return 0;
}

/* The length of the valid UTF-8 sequence at p (a lead byte >= 0x80), or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end) {
    unsigned c = p[0];
    size_t n;
    unsigned cp;
    if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
    else return 0;
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        cp = cp << 6 | (p[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    return n;
}

static size_t put_utf8(char *o, unsigned cp) {
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A string at fp->p (its opening quote). With `keep`, decoded into fp->out
 * (*off, *len); else only checked. 0, or -1 to leave the line to jansson. */
static int fast_string(fast_parser *fp, int keep, size_t *off, size_t *len) {
    const unsigned char *p = fp->p + 1, *end = fp->end;
    char *o = keep ? fp->out + fp->used : NULL;
    size_t n = 0;
    for (;;) {
        /* the plain run: no quote, backslash, control or non-ASCII byte */
        const unsigned char *run = p;
        p = quoth_json_plain_end(p, end, 1);
        if (keep && p > run) {
            memcpy(o + n, run, (size_t)(p - run));
            n += (size_t)(p - run);
        }
        if (p >= end) return -1;
        unsigned c = *p;
        if (c == '"') break;
        if (c < 0x20) return -1;
        if (c >= 0x80) {
            size_t k = utf8_seq(p, end);
            if (!k) return -1;
            if (keep) memcpy(o + n, p, k);
            n += k;
            p += k;
            continue;
        }
        /* a backslash */
        if (end - p < 2) return -1;
        unsigned e = p[1], cp;
        p += 2;
        switch (e) {
        case '"': cp = '"'; break;
        case '\\': cp = '\\'; break;
        case '/': cp = '/'; break;
        case 'b': cp = '\b'; break;
        case 'f': cp = '\f'; break;
        case 'n': cp = '\n'; break;
        case 'r': cp = '\r'; break;
        case 't': cp = '\t'; break;
        case 'u':
            if (end - p < 4 || hex4(p, &cp)) return -1;
            p += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF) return -1;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned lo;
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                    return -1;
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            break;
        default: return -1;
        }
        if (keep) n += put_utf8(o + n, cp);
        else n++;
    }
    fp->p = p + 1;
    if (keep) {
        o[n] = 0;
        *off = fp->used;
        *len = n;
        fp->used += n + 1;
    }
    return 0;
}

/* A number: its grammar checked; an integer's value in *integer (is_int
 * 1). Reals that overflow and integers of many digits go to jansson. */
static int fast_number(fast_parser *fp, int *is_int, int64_t *integer) {
    const unsigned char *p = fp->p, *end = fp->end, *start = p;
    int neg = 0, real = 0;
    if (p < end && *p == '-') neg = 1, p++;
    if (p >= end || *p < '0' || *p > '9') return -1;
    if (*p == '0') p++;
    else
        while (p < end && *p >= '0' && *p <= '9') p++;
    if (p < end && *p == '.') {
        real = 1;
        p++;
        if (p >= end || *p < '0' || *p > '9') return -1;
        while (p < end && *p >= '0' && *p <= '9') p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        real = 1;
        p++;
        if (p < end && (*p == '+' || *p == '-')) p++;
        if (p >= end || *p < '0' || *p > '9') return -1;
        while (p < end && *p >= '0' && *p <= '9') p++;
    }
    size_t n = (size_t)(p - start);
    if (real) {
        char tmp[64];
        if (n >= sizeof tmp) return -1;
        memcpy(tmp, start, n);
        tmp[n] = 0;
        if (!isfinite(strtod(tmp, NULL))) return -1;
        *is_int = 0;
    } else {
        size_t digits = n - (size_t)neg;
        if (digits > 18) return -1; /* near the int64 limits: jansson decides */
        int64_t v = 0;
        for (const unsigned char *q = start + neg; q < p; q++) v = v * 10 + (*q - '0');
        *integer = neg ? -v : v;
        *is_int = 1;
    }
    fp->p = p;
    return 0;
}

static int fast_literal(fast_parser *fp, const char *word, size_t n) {
    if ((size_t)(fp->end - fp->p) < n || memcmp(fp->p, word, n) != 0) return -1;
    fp->p += n;
    return 0;
}

static int fast_value_at(fast_parser *fp, int depth, int slot, int object_slot);

/* An object's members; at the top (slot < 0) and in "source" (slot ==
 * F_SOURCE) the wanted keys are recorded. */
static int fast_object(fast_parser *fp, int depth, const quoth_reader_options *o, int top, int in_source) {
    fp->p++; /* { */
    skip_ws(fp);
    if (fp->p < fp->end && *fp->p == '}') {
        fp->p++;
        return 0;
    }
    for (;;) {
        skip_ws(fp);
        if (fp->p >= fp->end || *fp->p != '"') return -1;
        /* keys are compared raw: one with an escape goes to jansson */
        const unsigned char *k = fp->p + 1, *q = k;
        while (q < fp->end && *q != '"' && *q != '\\' && *q >= 0x20 && *q < 0x80) q++;
        if (q >= fp->end || *q != '"') {
            if (q < fp->end && *q >= 0x80) {
                /* a non-ASCII key: checked, never wanted */
                size_t off, len;
                if (fast_string(fp, 0, &off, &len)) return -1;
                q = NULL;
            } else
                return -1;
        } else
            fp->p = q + 1;
        size_t klen = q ? (size_t)(q - k) : 0;
        skip_ws(fp);
        if (fp->p >= fp->end || *fp->p != ':') return -1;
        fp->p++;
        skip_ws(fp);
#define KEY_IS(s) (q && klen == strlen(s) && memcmp(k, s, klen) == 0)
        int slots[F_COUNT], n_slots = 0;
        if (top) {
            if (KEY_IS(o->text_field)) slots[n_slots++] = F_TEXT;
            if (KEY_IS(o->id_field)) slots[n_slots++] = F_ID;
            if (KEY_IS("url")) slots[n_slots++] = F_URL;
            if (KEY_IS("title")) slots[n_slots++] = F_TITLE;
            if (KEY_IS("date")) slots[n_slots++] = F_DATE;
            if (KEY_IS("outlet")) slots[n_slots++] = F_OUTLET;
            if (KEY_IS("source")) slots[n_slots++] = F_SOURCE;
        } else if (in_source && KEY_IS("name"))
            slots[n_slots++] = F_SOURCE_NAME;
#undef KEY_IS
        if (n_slots == 0) {
            if (fast_value_at(fp, depth + 1, -1, 0)) return -1;
        } else {
            /* decode once, record it for every slot that wants it */
            int is_source = 0;
            for (int i = 0; i < n_slots; i++) is_source |= slots[i] == F_SOURCE;
            if (is_source) fp->v[F_SOURCE_NAME].kind = V_NONE; /* a later "source" replaces the earlier */
            if (fast_value_at(fp, depth + 1, slots[0], is_source)) return -1;
            for (int i = 1; i < n_slots; i++) fp->v[slots[i]] = fp->v[slots[0]];
        }
        skip_ws(fp);
        if (fp->p >= fp->end) return -1;
        if (*fp->p == ',') {
            fp->p++;
            continue;
        }
        if (*fp->p == '}') {
            fp->p++;
            return 0;
        }
        return -1;
    }
}

/* A value; with slot >= 0 its kind (and string or integer) is recorded in
 * fp->v[slot]. object_slot: the value is "source", whose "name" is wanted. */
static int fast_value_at(fast_parser *fp, int depth, int slot, int object_slot) {
    if (depth > FAST_MAX_DEPTH || fp->p >= fp->end) return -1;
    fast_value *v = slot >= 0 ? &fp->v[slot] : NULL;
    if (v) memset(v, 0, sizeof *v);
    switch (*fp->p) {
    case '"':
        if (v) v->kind = V_STRING;
        return fast_string(fp, v != NULL, v ? &v->off : NULL, v ? &v->len : NULL);
    case '{':
        if (v) v->kind = V_OBJECT;
        return fast_object(fp, depth, NULL, 0, object_slot);
    case '[':
        if (v) v->kind = V_OTHER;
        fp->p++;
        skip_ws(fp);
        if (fp->p < fp->end && *fp->p == ']') {
            fp->p++;
            return 0;
        }
        for (;;) {
            skip_ws(fp);
            if (fast_value_at(fp, depth + 1, -1, 0)) return -1;
            skip_ws(fp);
            if (fp->p >= fp->end) return -1;
            if (*fp->p == ',') {
                fp->p++;
                continue;
            }
            if (*fp->p == ']') {
                fp->p++;
                return 0;
            }
            return -1;
        }
    case 't':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "true", 4);
    case 'f':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "false", 5);
    case 'n':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "null", 4);
    default: {
        int is_int = 0;
        int64_t integer = 0;
        if (fast_number(fp, &is_int, &integer)) return -1;
        if (v) {
            v->kind = is_int ? V_INTEGER : V_OTHER;
            v->integer = integer;
        }
        return 0;
    }
    }
}

static const char *fast_str(const fast_parser *fp, int slot) {
    return fp->v[slot].kind == V_STRING ? fp->out + fp->v[slot].off : NULL;
}

/* 1: the line was read (doc filled, maybe with an error), 0: leave it to
 * jansson, negative: out of memory. */
static int fast_decode(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                       quoth_input_doc *doc) {
    /* keys are compared as raw ASCII bytes */
    for (const char *k = o->text_field; *k; k++)
        if ((unsigned char)*k >= 0x80 || *k == '"' || *k == '\\') return 0;
    for (const char *k = o->id_field; *k; k++)
        if ((unsigned char)*k >= 0x80 || *k == '"' || *k == '\\') return 0;
    /* decoded strings are never longer than their JSON form */
    size_t need = raw->len + 16;
    if (d->fast_cap < need) {
        size_t cap = need < 4096 ? 4096 : need + need / 4;
        char *b = realloc(d->fast, cap);
        if (!b) return QUOTH_ERR_NOMEM;
        d->fast = b;
        d->fast_cap = cap;
    }
    fast_parser fp;
    memset(&fp, 0, sizeof fp);
    fp.p = (const unsigned char *)raw->data;
    fp.end = fp.p + raw->len;
    fp.out = d->fast;
    skip_ws(&fp);
    if (fp.p >= fp.end || *fp.p != '{') return 0;
    if (fast_object(&fp, 1, o, 1, 0)) return 0;
    skip_ws(&fp);
    if (fp.p != fp.end) return 0;
    const fast_value *id = &fp.v[F_ID];
    if (id->kind == V_STRING && id->len && fp.out[id->off]) doc->meta.id = fp.out + id->off;
    else if (id->kind == V_INTEGER) {
        snprintf(d->id, sizeof d->id, "%" PRId64, id->integer);
        doc->meta.id = d->id;
    }
    doc->meta.url = fast_str(&fp, F_URL);
    doc->meta.title = fast_str(&fp, F_TITLE);
    doc->meta.date = fast_str(&fp, F_DATE);
    doc->meta.outlet = fast_str(&fp, F_OUTLET);
    if (!doc->meta.outlet) {
        if (fp.v[F_SOURCE].kind == V_STRING) doc->meta.outlet = fast_str(&fp, F_SOURCE);
        else if (fp.v[F_SOURCE].kind == V_OBJECT) doc->meta.outlet = fast_str(&fp, F_SOURCE_NAME);
    }
    if (fp.v[F_TEXT].kind != V_STRING) {
        snprintf(d->message, sizeof d->message, "no \"%s\" field with a string", o->text_field);
        return decode_error(d, doc) == 0 ? 1 : -1;
    }
    doc->text = fp.out + fp.v[F_TEXT].off;
    doc->len = fp.v[F_TEXT].len;
    return 1;
}

int quoth_decode_json(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc) {
    json_decref((json_t *)d->json);
    d->json = NULL;
    int fast = fast_decode(d, raw, o, doc);
    if (fast) return fast < 0 ? fast : 0;
    doc->meta.id = raw->id;
    doc->meta.url = doc->meta.title = doc->meta.date = doc->meta.outlet = NULL;
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
