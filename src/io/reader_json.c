/*
 * reader_json.c - one JSON line into a document: the text field, the id
 * field and the metadata fields url, title, date and outlet (or source),
 * each named by a path of keys into nested objects ("article.body"),
 * parsed with jansson. The parsed object is kept until the next line so
 * that the document's strings point into it without a copy.
 *
 * jansson builds the whole object (a hash table, a copy of every string)
 * and costs about a tenth of an extraction; so a line is first read by a
 * one-pass parser below that checks the whole JSON grammar but decodes
 * only the fields quoth reads. It takes what Python's json module takes,
 * where jansson is stricter: a lone surrogate escape (Python writes them)
 * and numbers of any size. Invalid UTF-8 in a string is kept as it is, as
 * a text file's would be: the engine repairs a text (one U+FFFD for each
 * maximal invalid sequence, counted in the record's "repaired") and the
 * JSON writer the metadata, so a feed with a stray Latin-1 byte still
 * gives its documents. A line it cannot read (broken JSON, nesting deeper
 * than FAST_MAX_DEPTH) goes to jansson, which reads the deep ones and
 * words the error message for the broken ones.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "io/json.h"
#include "io/reader.h"
#include "text/utf8.h"

static int decode_error(quoth_decoder *d, quoth_input_doc *doc) {
    doc->error = d->message;
    doc->text = NULL;
    doc->len = 0;
    return 0;
}

/* The value at `path`, keys joined by dots, in nested objects; NULL when
 * a key is missing or a value on the way is no object. Where the nested
 * objects do not hold it, a key that holds the dots itself does
 * ("article.body": pandas' json_normalize and flattened exports write
 * them). */
static const json_t *path_get(const json_t *obj, const char *path) {
    if (!json_is_object(obj)) return NULL;
    size_t n = strcspn(path, ".");
    if (!path[n]) return json_object_get(obj, path);
    const json_t *nested = path_get(json_object_getn(obj, path, n), path + n + 1);
    return nested ? nested : json_object_get(obj, path);
}

static const char *string_field(const json_t *obj, const char *path) {
    const json_t *v = path_get(obj, path);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* By default "outlet", else "source": a string in some dumps and
 * {"name": ...} in others. */
static const char *outlet_of(const json_t *obj, const quoth_reader_options *o) {
    if (o->outlet_field) return string_field(obj, o->outlet_field);
    const char *s = string_field(obj, "outlet");
    if (s) return s;
    const json_t *outlet = json_object_get(obj, "outlet");
    if (json_is_object(outlet)) return string_field(outlet, "name");
    const json_t *src = json_object_get(obj, "source");
    if (json_is_string(src)) return json_string_value(src);
    if (json_is_object(src)) return string_field(src, "name");
    return NULL;
}

/* A date given as a number: seconds since 1970, or milliseconds as
 * JavaScript writes them, as ISO 8601 in UTC ("2024-06-10T06:13:20Z"), the
 * form a page's date has; NULL for a number that is no such time (it had
 * been dropped without a word). */
static const char *epoch_date(quoth_decoder *d, long long t) {
    if (t > 100000000000LL) t /= 1000;
    if (t < 0 || t > 253402300799LL) return NULL; /* up to 9999-12-31 */
    time_t seconds = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&seconds, &tm) || !strftime(d->date, sizeof d->date, "%Y-%m-%dT%H:%M:%SZ", &tm)) return NULL;
    return d->date;
}

/* Does digits[0..n) read as a time of day or date in range (ranges of
 * two-digit fields: month 1-12, day 1-31, hour 0-23, ...)? */
static int two_digits_in(const char *digits, int lo, int hi) {
    int v = (digits[0] - '0') * 10 + (digits[1] - '0');
    return v >= lo && v <= hi;
}

/* An integer date in one of the compact forms that exports write:
 * YYYYMMDDhhmmss (GDELT's DATEADDED) or YYYYMMDD (its SQLDATE), as ISO
 * 8601; NULL when it is neither. Read as seconds since 1970 they would be
 * dates centuries away (2611) or in 1970, which no news feed holds. */
static const char *compact_date(quoth_decoder *d, const char *digits, size_t n) {
    if (n != 8 && n != 14) return NULL;
    for (size_t i = 0; i < n; i++)
        if (digits[i] < '0' || digits[i] > '9') return NULL;
    int year = atoi((char[5]){digits[0], digits[1], digits[2], digits[3], 0});
    if (year < 1900 || year > 2100 || !two_digits_in(digits + 4, 1, 12) || !two_digits_in(digits + 6, 1, 31))
        return NULL;
    if (n == 8) {
        snprintf(d->date, sizeof d->date, "%.4s-%.2s-%.2s", digits, digits + 4, digits + 6);
        return d->date;
    }
    if (!two_digits_in(digits + 8, 0, 23) || !two_digits_in(digits + 10, 0, 59) || !two_digits_in(digits + 12, 0, 60))
        return NULL;
    snprintf(d->date, sizeof d->date, "%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", digits, digits + 4, digits + 6, digits + 8,
             digits + 10, digits + 12);
    return d->date;
}

/* A number that is a date: the compact forms, else a time since 1970
 * (a fraction of a second, as Python's time.time() writes, dropped). */
static const char *number_date(quoth_decoder *d, const char *digits, int integer) {
    const char *compact = integer ? compact_date(d, digits, strlen(digits)) : NULL;
    if (compact) return compact;
    double t = strtod(digits, NULL);
    if (!(t >= -1e15 && t <= 1e15)) return NULL; /* and NaN */
    return epoch_date(d, (long long)t);
}

/* The date field: a string as it is, a number as a time (number_date()). */
static const char *date_of(quoth_decoder *d, const json_t *obj, const char *path) {
    const json_t *v = path_get(obj, path);
    if (json_is_string(v)) return json_string_value(v);
    char digits[64];
    if (json_is_integer(v)) snprintf(digits, sizeof digits, "%" PRId64, (int64_t)json_integer_value(v));
    else if (json_is_real(v)) snprintf(digits, sizeof digits, "%.17g", json_real_value(v));
    else return NULL;
    return number_date(d, digits, json_is_integer(v));
}

/* The id field as a string: strings as they are, integers printed. */
static const char *id_of(quoth_decoder *d, const json_t *obj, const char *path) {
    const json_t *v = path_get(obj, path);
    if (json_is_string(v)) return json_string_value(v);
    if (json_is_integer(v)) {
        snprintf(d->id, sizeof d->id, "%" PRId64, (int64_t)json_integer_value(v));
        return d->id;
    }
    return NULL;
}


/* ------------------------------------------------------------ fast path */

#define FAST_MAX_DEPTH 512

/* One wanted value: where its decoded string (or an integer's digits) is in
 * d->fast (offset, length), or what else it was. */
typedef enum { V_NONE = 0, V_STRING, V_INTEGER, V_REAL, V_OBJECT, V_OTHER } value_kind;

typedef struct fast_value {
    value_kind kind;
    size_t off, len;
} fast_value;

enum { F_TEXT, F_ID, F_URL, F_TITLE, F_DATE, F_OUTLET, F_OUTLET_NAME, F_SOURCE, F_SOURCE_NAME, F_COUNT };

/* An object's wanted fields: for each, how far into its path this
 * object is (the offset of the key it must hold), or NOT_HERE. */
#define NOT_HERE ((size_t)-1)

typedef struct fast_parser {
    const unsigned char *p, *end;
    char *out;     /* decoded strings, each NUL-terminated */
    size_t used;
    const char *path[F_COUNT]; /* where each field is: keys joined by dots; NULL: not wanted */
    fast_value v[F_COUNT];
    unsigned char by_dotted_key[F_COUNT]; /* v was found under a key holding the dots */
} fast_parser;

static void skip_ws(fast_parser *fp) {
    while (fp->p < fp->end && (*fp->p == ' ' || *fp->p == '\t' || *fp->p == '\n' || *fp->p == '\r')) fp->p++;
}

/* The code point of the escape "\e" of one character e, in *cp; -1 when
 * JSON has no such escape. */
static int simple_escape(unsigned e, unsigned *cp) {
    switch (e) {
    case '"': *cp = '"'; break;
    case '\\': *cp = '\\'; break;
    case '/': *cp = '/'; break;
    case 'b': *cp = '\b'; break;
    case 'f': *cp = '\f'; break;
    case 'n': *cp = '\n'; break;
    case 'r': *cp = '\r'; break;
    case 't': *cp = '\t'; break;
    default: return -1;
    }
    return 0;
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
        p = quoth_json_plain_end(p, end);
        if (keep && p > run) {
            memcpy(o + n, run, (size_t)(p - run));
            n += (size_t)(p - run);
        }
        if (p >= end) return -1;
        unsigned c = *p;
        if (c == '"') break;
        if (c < 0x20) return -1;
        if (c >= 0x80) {
            /* invalid UTF-8 is kept, for the engine and the writer to repair */
            size_t k = quoth_utf8_valid_sequence(p, (size_t)(end - p));
            if (!k) k = quoth_utf8_maximal_subpart(p, (size_t)(end - p));
            if (keep) memcpy(o + n, p, k);
            n += k;
            p += k;
            continue;
        }
        /* a backslash */
        if (end - p < 2) return -1;
        unsigned e = p[1], cp;
        if (e == 'u') {
            size_t k = quoth_json_unicode_escape(p, (size_t)(end - p), &cp);
            if (!k) return -1;
            p += k;
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                /* A lone surrogate has no UTF-8. It becomes one byte that
                 * is never UTF-8, which the engine repairs (and counts) as
                 * one U+FFFD: one code point, as in Python's string. */
                if (keep) o[n] = (char)0xFF;
                n++;
                continue;
            }
        } else {
            p += 2;
            if (simple_escape(e, &cp)) return -1;
        }
        if (keep) n += quoth_utf8_encode(cp, o + n);
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

/* A number, its grammar checked; *is_int when it has no fraction or
 * exponent. Its value is never needed but as an id, whose digits are taken
 * as they are: so no number is too large, as none is for Python. */
static int fast_number(fast_parser *fp, int *is_int) {
    const unsigned char *p = fp->p, *end = fp->end;
    int real = 0;
    if (p < end && *p == '-') p++;
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
    *is_int = !real;
    fp->p = p;
    return 0;
}

static int fast_literal(fast_parser *fp, const char *word, size_t n) {
    if ((size_t)(fp->end - fp->p) < n || memcmp(fp->p, word, n) != 0) return -1;
    fp->p += n;
    return 0;
}

static int fast_value_at(fast_parser *fp, int depth, int slot, const size_t *inside);

/* Which wanted fields the key k[0..klen) of an object at `at` leads to:
 * `ending` those whose path ends with it, `inside` (NOT_HERE elsewhere)
 * those that go on into its value. Each is forgotten first: of a key given
 * twice, the later value is the one (as Python's json reads it). Returns
 * how many go on. */
static int match_key(fast_parser *fp, const size_t *at, const char *k, size_t klen, int *ending, int *n_ending,
                     size_t *inside) {
    int n_inside = 0;
    *n_ending = 0;
    for (int f = 0; f < F_COUNT; f++) {
        inside[f] = NOT_HERE;
        if (at[f] == NOT_HERE) continue;
        const char *key = fp->path[f] + at[f];
        size_t n = strcspn(key, ".");
        if (key[n] && strlen(key) == klen && memcmp(key, k, klen) == 0) {
            /* the rest of the path as one key ("article.body"): taken where
             * the nested objects give nothing (path_get) */
            if (fp->v[f].kind != V_NONE && !fp->by_dotted_key[f]) continue;
            fp->v[f].kind = V_NONE;
            fp->by_dotted_key[f] = 1;
            ending[(*n_ending)++] = f;
            continue;
        }
        if (n != klen || memcmp(key, k, klen) != 0) continue;
        fp->v[f].kind = V_NONE;
        fp->by_dotted_key[f] = 0;
        if (key[n]) inside[f] = at[f] + n + 1, n_inside++;
        else ending[(*n_ending)++] = f;
    }
    return n_inside;
}

/* An object's members; `at` (NULL: nothing wanted in it) says which
 * fields are looked for here, and how far along their paths. */
static int fast_object(fast_parser *fp, int depth, const size_t *at) {
    fp->p++; /* { */
    skip_ws(fp);
    if (fp->p < fp->end && *fp->p == '}') {
        fp->p++;
        return 0;
    }
    for (;;) {
        skip_ws(fp);
        if (fp->p >= fp->end || *fp->p != '"') return -1;
        /* A key that may be wanted is decoded (escapes and all) and
         * compared; the bytes it took are given back at once. */
        size_t key_off = 0, klen = 0, mark = fp->used;
        if (fast_string(fp, at != NULL, &key_off, &klen)) return -1;
        const char *k = fp->out + key_off;
        fp->used = mark;
        skip_ws(fp);
        if (fp->p >= fp->end || *fp->p != ':') return -1;
        fp->p++;
        skip_ws(fp);
        int ending[F_COUNT], n_ending = 0;
        size_t inside[F_COUNT];
        int n_inside = at ? match_key(fp, at, k, klen, ending, &n_ending, inside) : 0;
        /* decoded once, recorded for every field whose path ends here */
        if (fast_value_at(fp, depth + 1, n_ending ? ending[0] : -1, n_inside ? inside : NULL)) return -1;
        for (int i = 1; i < n_ending; i++) fp->v[ending[i]] = fp->v[ending[0]];
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

/* An array's values (none is wanted). */
static int fast_array(fast_parser *fp, int depth) {
    fp->p++; /* [ */
    skip_ws(fp);
    if (fp->p < fp->end && *fp->p == ']') {
        fp->p++;
        return 0;
    }
    for (;;) {
        skip_ws(fp);
        if (fast_value_at(fp, depth + 1, -1, NULL)) return -1;
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
}

/* A number; with v, its kind recorded and its characters copied into
 * fp->out (an id's digits, a date's). */
static int fast_number_value(fast_parser *fp, fast_value *v) {
    const unsigned char *start = fp->p;
    int is_int = 0;
    if (fast_number(fp, &is_int)) return -1;
    if (v) {
        /* "-0" is the integer 0, as Python prints it */
        size_t n = (size_t)(fp->p - start);
        if (is_int && n == 2 && start[1] == '0') start++, n--;
        v->kind = is_int ? V_INTEGER : V_REAL;
        v->off = fp->used;
        v->len = n;
        memcpy(fp->out + fp->used, start, n);
        fp->out[fp->used + n] = 0;
        fp->used += n + 1;
    }
    return 0;
}

/* The text given as a list of paragraphs ("body": ["...", "..."], as CMS
 * and API exports write it): its strings joined by blank lines, decoded
 * into fp->out; an empty string, and what is no string (an image's
 * object), left out. A list of items none of which is a string is no text
 * (V_OTHER); an empty list is an empty text. */
static int fast_text_array(fast_parser *fp, int depth, fast_value *v) {
    size_t start = fp->used, len = 0;
    int items = 0, strings = 0;
    fp->p++; /* [ */
    skip_ws(fp);
    if (fp->p < fp->end && *fp->p == ']') fp->p++;
    else
        for (;;) {
            skip_ws(fp);
            if (fp->p >= fp->end) return -1;
            items++;
            if (*fp->p == '"') {
                strings++;
                /* decoded after room for the separator, which goes in only
                 * when the paragraph is not empty */
                size_t sep = len ? 2 : 0, off, n;
                fp->used = start + len + sep;
                if (fast_string(fp, 1, &off, &n)) return -1;
                if (n) {
                    if (sep) memcpy(fp->out + start + len, "\n\n", 2);
                    len += sep + n;
                }
            } else if (fast_value_at(fp, depth + 1, -1, NULL))
                return -1;
            skip_ws(fp);
            if (fp->p >= fp->end) return -1;
            if (*fp->p == ',') {
                fp->p++;
                continue;
            }
            if (*fp->p != ']') return -1;
            fp->p++;
            break;
        }
    fp->out[start + len] = 0;
    fp->used = start + len + 1;
    v->kind = strings || !items ? V_STRING : V_OTHER;
    v->off = start;
    v->len = len;
    return 0;
}

/* A value; with slot >= 0 its kind (and string or integer) is recorded in
 * fp->v[slot]; `inside`: the fields looked for in it, when it is an object. */
static int fast_value_at(fast_parser *fp, int depth, int slot, const size_t *inside) {
    if (depth > FAST_MAX_DEPTH || fp->p >= fp->end) return -1;
    fast_value *v = slot >= 0 ? &fp->v[slot] : NULL;
    if (v) memset(v, 0, sizeof *v);
    switch (*fp->p) {
    case '"':
        if (v) v->kind = V_STRING;
        return fast_string(fp, v != NULL, v ? &v->off : NULL, v ? &v->len : NULL);
    case '{':
        if (v) v->kind = V_OBJECT;
        return fast_object(fp, depth, inside);
    case '[':
        if (slot == F_TEXT) return fast_text_array(fp, depth, v);
        if (v) v->kind = V_OTHER;
        return fast_array(fp, depth);
    case 't':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "true", 4);
    case 'f':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "false", 5);
    case 'n':
        if (v) v->kind = V_OTHER;
        return fast_literal(fp, "null", 4);
    default: return fast_number_value(fp, v);
    }
}

static const char *fast_str(const fast_parser *fp, int slot) {
    return fp->v[slot].kind == V_STRING ? fp->out + fp->v[slot].off : NULL;
}

/* 1: the line was read (doc filled, maybe with an error), 0: leave it to
 * jansson, negative: out of memory. */
static int fast_decode(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                       quoth_input_doc *doc) {
    /* a value decoded, with its NUL, never takes more bytes than it and its
     * key took in the line (a key is given back once compared) */
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
    const char *const paths[F_COUNT] = {[F_TEXT] = o->text_field, [F_ID] = o->id_field, [F_URL] = o->url_field,
                                        [F_TITLE] = o->title_field, [F_DATE] = o->date_field,
                                        [F_OUTLET] = o->outlet_field ? o->outlet_field : "outlet",
                                        [F_OUTLET_NAME] = o->outlet_field ? NULL : "outlet.name",
                                        [F_SOURCE] = o->outlet_field ? NULL : "source",
                                        [F_SOURCE_NAME] = o->outlet_field ? NULL : "source.name"};
    size_t at_top[F_COUNT];
    for (int f = 0; f < F_COUNT; f++) {
        fp.path[f] = paths[f];
        at_top[f] = paths[f] ? 0 : NOT_HERE;
    }
    skip_ws(&fp);
    if (fp.p >= fp.end || *fp.p != '{') return 0;
    if (fast_object(&fp, 1, at_top)) return 0;
    skip_ws(&fp);
    if (fp.p != fp.end) return 0;
    const fast_value *id = &fp.v[F_ID];
    if ((id->kind == V_STRING || id->kind == V_INTEGER) && id->len && fp.out[id->off]) doc->meta.id = fp.out + id->off;
    doc->meta.url = fast_str(&fp, F_URL);
    doc->meta.title = fast_str(&fp, F_TITLE);
    doc->meta.date = fast_str(&fp, F_DATE);
    if (fp.v[F_DATE].kind == V_INTEGER || fp.v[F_DATE].kind == V_REAL)
        doc->meta.date = number_date(d, fp.out + fp.v[F_DATE].off, fp.v[F_DATE].kind == V_INTEGER);
    doc->meta.outlet = fast_str(&fp, F_OUTLET);
    if (!doc->meta.outlet && fp.v[F_OUTLET].kind == V_OBJECT) doc->meta.outlet = fast_str(&fp, F_OUTLET_NAME);
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

/* jansson's message for a line it cannot read, in a line's words (its
 * "end of file" is the line's end), with a hint when the line opens an
 * object or array that it never closes: the file is most likely JSON
 * printed over many lines, not JSON Lines. */
static void malformed_message(quoth_decoder *d, const quoth_raw_doc *raw, const json_error_t *err) {
    char text[sizeof err->text + 8];
    snprintf(text, sizeof text, "%s", err->text);
    char *eof = strstr(text, "end of file");
    if (eof) memcpy(eof, "end of line", 11);
    size_t i = 0, n = raw->len;
    while (i < n && (raw->data[i] == ' ' || raw->data[i] == '\t')) i++;
    int opens = i < n && (raw->data[i] == '{' || raw->data[i] == '[');
    snprintf(d->message, sizeof d->message, "malformed JSON: %s (column %d)%s", text, err->column,
             opens && eof ? "; JSON printed over several lines? quoth reads one object per line "
                            "(jq -c . FILE writes them so)"
                          : "");
}

/* A line that is no JSON object, in an input that only its content made
 * JSON Lines (no -i, no .jsonl): it may be a text that opens like one,
 * and the message says how to read it as such. */
static int not_json_error(quoth_decoder *d, const quoth_raw_doc *raw, quoth_input_doc *doc) {
    size_t used = strlen(d->message);
    if (raw->sniffed)
        snprintf(d->message + used, sizeof d->message - used, "%s",
                 " (read as JSON Lines from its content; -i text reads it as text)");
    return decode_error(d, doc);
}

/* A text given as a list of paragraphs, joined by blank lines into
 * d->fast (free once the fast parser gave the line up), as
 * fast_text_array() joins them. 0 with doc->text set, 1 when the list
 * holds items but no string, or QUOTH_ERR_NOMEM. */
static int joined_paragraphs(quoth_decoder *d, const json_t *list, quoth_input_doc *doc) {
    size_t need = 1, i, strings = 0;
    const json_t *item;
    json_array_foreach(list, i, item) {
        if (!json_is_string(item)) continue;
        strings++;
        need += json_string_length(item) + 2;
    }
    if (!strings && json_array_size(list)) return 1;
    if (d->fast_cap < need) {
        char *b = realloc(d->fast, need);
        if (!b) return QUOTH_ERR_NOMEM;
        d->fast = b;
        d->fast_cap = need;
    }
    size_t len = 0;
    json_array_foreach(list, i, item) {
        size_t n = json_is_string(item) ? json_string_length(item) : 0;
        if (!n) continue;
        if (len) memcpy(d->fast + len, "\n\n", 2), len += 2;
        memcpy(d->fast + len, json_string_value(item), n);
        len += n;
    }
    d->fast[len] = 0;
    doc->text = d->fast;
    doc->len = len;
    return 0;
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
        malformed_message(d, raw, &err);
        return not_json_error(d, raw, doc);
    }
    if (!json_is_object(obj)) {
        snprintf(d->message, sizeof d->message, "%s",
                 json_is_array(obj) ? "not a JSON object but an array (quoth reads one object per line: "
                                      "jq -c '.[]' FILE makes JSON Lines of an array)"
                                    : "not a JSON object");
        return not_json_error(d, raw, doc);
    }
    const char *id = id_of(d, obj, o->id_field);
    if (id && *id) doc->meta.id = id;
    doc->meta.url = string_field(obj, o->url_field);
    doc->meta.title = string_field(obj, o->title_field);
    doc->meta.date = date_of(d, obj, o->date_field);
    doc->meta.outlet = outlet_of(obj, o);
    const json_t *text = path_get(obj, o->text_field);
    if (json_is_array(text)) {
        int rc = joined_paragraphs(d, text, doc);
        if (rc <= 0) return rc;
    }
    if (!json_is_string(text)) {
        snprintf(d->message, sizeof d->message, "no \"%s\" field with a string", o->text_field);
        return decode_error(d, doc);
    }
    doc->text = json_string_value(text);
    doc->len = json_string_length(text);
    return 0;
}
