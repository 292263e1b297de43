/*
 * brat.c - reading a PolNeAR-style brat corpus the way eval/score.py does.
 */
#include "io/brat.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <utf8proc.h>

#include "quoth.h"
#include "text/utf8.h"
#include "util/array.h"

/* ------------------------------------------------------------ characters */

int quoth_eval_is_space(uint32_t cp) {
    /* The code points for which Python's str.isspace() is true (checked
     * against CPython over the whole code space). */
    if (cp <= 0x20) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
    if (cp < 0x85) return 0;
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int quoth_eval_is_word(uint32_t cp) {
    /* Python's \w on str is isalnum() or "_": letters (L*) and numbers (N*),
     * but not combining marks. */
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
               cp == '_';
    if (cp > 0x10FFFF) return 0;
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)cp);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO) ||
           (k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO);
}

/* ----------------------------------------------------------- attributions */

int quoth_eval_spans_append(quoth_eval_span **v, size_t *n, const quoth_eval_span *add, size_t k) {
    if (k == 0) return 0;
    if (*n > SIZE_MAX / sizeof **v - k) return QUOTH_ERR_NOMEM;
    quoth_eval_span *p = realloc(*v, (*n + k) * sizeof **v);
    if (!p) return QUOTH_ERR_NOMEM;
    memcpy(p + *n, add, k * sizeof *add);
    *v = p;
    *n += k;
    return 0;
}

void quoth_eval_attr_free(quoth_eval_attr *a) {
    if (!a) return;
    free(a->contents);
    free(a->sources);
    free(a->cue);
    free(a->event);
    free(a->speaker);
    memset(a, 0, sizeof *a);
}

int quoth_eval_attrs_push(quoth_eval_attrs *list, quoth_eval_attr *a) {
    if (QUOTH_RESERVE(list->items, list->cap, list->n + 1, 16)) {
        quoth_eval_attr_free(a);
        return QUOTH_ERR_NOMEM;
    }
    list->items[list->n++] = *a;
    memset(a, 0, sizeof *a);
    return 0;
}

void quoth_eval_attrs_free(quoth_eval_attrs *list) {
    if (!list) return;
    for (size_t i = 0; i < list->n; i++) quoth_eval_attr_free(&list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}

/* ------------------------------------------------------------------ files */

int quoth_eval_read_file(const char *path, char **data, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return QUOTH_ERR_IO;
    size_t cap = 1 << 14, n = 0;
    char *buf = malloc(cap);
    int rc = buf ? 0 : QUOTH_ERR_NOMEM;
    while (!rc) {
        if (n + 1 >= cap) {
            char *p = cap < SIZE_MAX / 2 ? realloc(buf, cap * 2) : NULL;
            if (!p) {
                rc = QUOTH_ERR_NOMEM;
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) rc = QUOTH_ERR_IO;
            break;
        }
    }
    fclose(f);
    if (rc) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

/* --------------------------------------------------------------- the text */

static int decode_text(quoth_brat_doc *doc) {
    size_t n = 0;
    const unsigned char *s = (const unsigned char *)doc->text;
    for (size_t i = 0; i < doc->len; i++) n += (s[i] & 0xC0) != 0x80;
    doc->cps = malloc((n + 1) * sizeof *doc->cps);
    doc->cp_byte = malloc((n + 1) * sizeof *doc->cp_byte);
    if (!doc->cps || !doc->cp_byte) return QUOTH_ERR_NOMEM;
    size_t k = 0, i = 0;
    while (i < doc->len && k < n) {
        size_t step;
        doc->cp_byte[k] = (uint32_t)i;
        doc->cps[k++] = quoth_utf8_decode(s + i, doc->len - i, &step);
        i += step;
    }
    doc->n_cp = k;
    doc->cp_byte[k] = (uint32_t)doc->len;
    return 0;
}

int quoth_brat_doc_set_text(quoth_brat_doc *doc, const char *bytes, size_t len) {
    quoth_clean_text ct = {0};
    int rc = quoth_clean_text_set(&ct, bytes, len, 1);
    if (rc == 0) {
        free(doc->text);
        free(doc->cps);
        free(doc->cp_byte);
        doc->cps = NULL;
        doc->cp_byte = NULL;
        /* The clean text's buffer is ours to keep: no second copy. */
        doc->text = ct.owned;
        doc->len = ct.len;
        ct.owned = NULL;
        rc = decode_text(doc);
    }
    quoth_clean_text_free(&ct);
    return rc;
}

size_t quoth_brat_doc_byte(const quoth_brat_doc *doc, int64_t cp) {
    if (cp <= 0) return 0;
    if ((uint64_t)cp >= doc->n_cp) return doc->len;
    return doc->cp_byte[cp];
}

/* ------------------------------------------------------------ .ann lines */

/* A piece of the cleaned .ann buffer. */
typedef struct strv {
    const char *s;
    size_t n;
} strv;

static int strv_eq(strv a, strv b) {
    return a.n == b.n && memcmp(a.s, b.s, a.n) == 0;
}

static int strv_starts(strv a, const char *prefix) {
    size_t k = strlen(prefix);
    return a.n >= k && memcmp(a.s, prefix, k) == 0;
}

/* Splits `v` at the first byte `c`: *head before it, *tail after it; returns
 * 0 when there is no such byte (then head is all of v), as str.partition. */
static int strv_partition(strv v, char c, strv *head, strv *tail) {
    const char *p = v.n ? memchr(v.s, c, v.n) : NULL;
    *head = (strv){v.s, p ? (size_t)(p - v.s) : v.n};
    *tail = p ? (strv){p + 1, v.n - (size_t)(p - v.s) - 1} : (strv){v.s + v.n, 0};
    return p != NULL;
}

/* The next field of str.split() (white space as Python sees it) at *pos;
 * 0 when none is left. */
static int next_field(strv v, size_t *pos, strv *field) {
    const unsigned char *s = (const unsigned char *)v.s;
    size_t i = *pos, start = 0, len;
    int in = 0;
    while (i < v.n) {
        uint32_t cp = quoth_utf8_decode(s + i, v.n - i, &len);
        if (quoth_eval_is_space(cp)) {
            if (in) break;
        } else if (!in) {
            in = 1;
            start = i;
        }
        i += len;
    }
    *pos = i;
    if (in) *field = (strv){v.s + start, i - start};
    return in;
}

static int parse_int(strv v, int64_t *out) {
    size_t i = 0;
    int neg = 0;
    if (i < v.n && (v.s[i] == '+' || v.s[i] == '-')) neg = v.s[i++] == '-';
    if (i >= v.n) return -1;
    uint64_t x = 0;
    int prev_digit = 0;
    for (; i < v.n; i++) {
        char c = v.s[i];
        if (c == '_' && prev_digit && i + 1 < v.n) {
            prev_digit = 0;
            continue;
        }
        if (c < '0' || c > '9') return -1;
        if (x > ((uint64_t)INT64_MAX - (uint64_t)(c - '0')) / 10) return -1;
        x = x * 10 + (uint64_t)(c - '0');
        prev_digit = 1;
    }
    if (!prev_digit) return -1;
    *out = neg ? -(int64_t)x : (int64_t)x;
    return 0;
}

int quoth_eval_parse_int(const char *s, size_t n, int64_t *out) {
    size_t pos = 0;
    strv v = {s, n}, field, extra;
    if (!next_field(v, &pos, &field) || next_field(v, &pos, &extra)) return -1;
    return parse_int(field, out);
}

/* A T line: its id and its pieces. */
typedef struct tspan {
    strv id;
    size_t line;
    quoth_eval_span *pieces;
    size_t n;
} tspan;

/* Parses "a b;c d" into spans within 0..n_cp; 1 when malformed. */
static int parse_offsets(strv offs, size_t n_cp, tspan *t) {
    strv piece, rest = offs;
    int more = 1;
    while (more) {
        more = strv_partition(rest, ';', &piece, &rest);
        size_t pos = 0;
        strv a, b, extra;
        quoth_eval_span sp;
        if (!next_field(piece, &pos, &a) || !next_field(piece, &pos, &b) ||
            next_field(piece, &pos, &extra))
            return 1;
        if (parse_int(a, &sp.start) || parse_int(b, &sp.end)) return 1;
        if (sp.start < 0 || sp.end < 0 || (uint64_t)sp.start > n_cp || (uint64_t)sp.end > n_cp)
            return 1;
        if (quoth_eval_spans_append(&t->pieces, &t->n, &sp, 1)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

typedef struct ann_state {
    tspan *t;
    size_t n_t, cap_t;
    strv *events;  /* E lines: id, then the event text, in pairs */
    size_t n_e, cap_e;
    size_t skipped; /* lines skipped, as quoth_brat_parse_ann() counts them */
} ann_state;

static int add_t_line(ann_state *st, strv id, strv rest, size_t line, size_t n_cp) {
    strv label, offs;
    strv_partition(rest, ' ', &label, &offs);
    tspan t = {id, line, NULL, 0};
    int rc = parse_offsets(offs, n_cp, &t);
    if (rc == 0 && (rc = QUOTH_RESERVE(st->t, st->cap_t, st->n_t + 1, 32)) == 0) {
        st->t[st->n_t++] = t;
        return 0;
    }
    free(t.pieces);
    if (rc == QUOTH_ERR_NOMEM) return rc;
    st->skipped++; /* a malformed line is skipped */
    return 0;
}

static int add_line(ann_state *st, strv line, size_t no, size_t n_cp) {
    if (line.n == 0 || (line.s[0] != 'T' && line.s[0] != 'E')) return 0;
    strv id, rest, second, third;
    if (!strv_partition(line, '\t', &id, &rest)) {
        st->skipped++; /* a T or E line without its tab */
        return 0;
    }
    strv_partition(rest, '\t', &second, &third);
    if (line.s[0] == 'T') return add_t_line(st, id, second, no, n_cp);
    if (QUOTH_RESERVE(st->events, st->cap_e, st->n_e + 2, 32))
        return QUOTH_ERR_NOMEM;
    st->events[st->n_e++] = id;
    st->events[st->n_e++] = second;
    return 0;
}

static int by_id_then_line(const void *a, const void *b) {
    const tspan *x = a, *y = b;
    size_t n = x->id.n < y->id.n ? x->id.n : y->id.n;
    int c = memcmp(x->id.s, y->id.s, n);
    if (c) return c;
    if (x->id.n != y->id.n) return x->id.n < y->id.n ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* The pieces of T line `id`: the last line of that id wins, as in a dict. */
static const tspan *find_t(const ann_state *st, strv id) {
    size_t lo = 0, hi = st->n_t;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        tspan key = {id, SIZE_MAX, NULL, 0};
        if (by_id_then_line(&st->t[mid], &key) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && strv_eq(st->t[lo - 1].id, id) ? &st->t[lo - 1] : NULL;
}

/* Adds the pieces of one "Role:Tn" argument to the attribution. */
static int add_argument(const ann_state *st, strv arg, quoth_eval_attr *a) {
    strv role, tid;
    strv_partition(arg, ':', &role, &tid);
    const tspan *t = find_t(st, tid);
    if (!t) return 0;
    if (strv_starts(role, "Content"))
        return quoth_eval_spans_append(&a->contents, &a->n_contents, t->pieces, t->n);
    if (strv_starts(role, "Source"))
        return quoth_eval_spans_append(&a->sources, &a->n_sources, t->pieces, t->n);
    if (strv_starts(role, "Cue")) return quoth_eval_spans_append(&a->cue, &a->n_cue, t->pieces, t->n);
    return 0;
}

static int add_event(ann_state *st, strv id, strv args, quoth_eval_attrs *out) {
    size_t pos = 0;
    strv kind_arg, kind, rest, arg;
    if (!next_field(args, &pos, &kind_arg)) {
        st->skipped++; /* an event of nothing */
        return 0;
    }
    strv_partition(kind_arg, ':', &kind, &rest);
    if (!strv_starts(kind, "Attribution")) return 0;
    quoth_eval_attr a = {0};
    int rc = 0;
    while (!rc && next_field(args, &pos, &arg)) rc = add_argument(st, arg, &a);
    if (!rc && a.n_contents) {
        a.event = strndup(id.s, id.n);
        rc = a.event ? quoth_eval_attrs_push(out, &a) : QUOTH_ERR_NOMEM;
    } else if (!rc) {
        st->skipped++; /* score.py drops an attribution without a content too */
    }
    quoth_eval_attr_free(&a);
    return rc;
}

static int parse_lines(ann_state *st, const char *text, size_t len, size_t n_cp) {
    size_t i = 0, no = 0;
    int rc = 0;
    while (!rc && i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        rc = add_line(st, (strv){text + i, end - i}, no++, n_cp);
        i = end + 1;
    }
    return rc;
}

int quoth_brat_parse_ann(const char *bytes, size_t len, size_t n_cp, quoth_eval_attrs *out, size_t *skipped) {
    quoth_clean_text ct = {0};
    ann_state st = {0};
    int rc = quoth_clean_text_set(&ct, bytes, len, 1);
    if (!rc) rc = parse_lines(&st, ct.text, ct.len, n_cp);
    if (!rc && st.n_t) qsort(st.t, st.n_t, sizeof *st.t, by_id_then_line);
    for (size_t i = 0; !rc && i < st.n_e; i += 2)
        rc = add_event(&st, st.events[i], st.events[i + 1], out);
    if (skipped) *skipped += st.skipped;
    for (size_t i = 0; i < st.n_t; i++) free(st.t[i].pieces);
    free(st.t);
    free(st.events);
    quoth_clean_text_free(&ct);
    return rc;
}

/* ---------------------------------------------------------------- folders */

typedef struct name_list {
    char **v;
    size_t n, cap;
} name_list;

static void names_free(name_list *l) {
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    memset(l, 0, sizeof *l);
}

static int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int ends_with(const char *s, const char *suffix) {
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The names in `dir` ending in `suffix`, sorted, without hidden ones (which
 * glob's "*" does not match). A missing folder gives an empty list when
 * `missing_ok`, else QUOTH_ERR_IO. */
static int list_names(const char *dir, const char *suffix, int missing_ok, name_list *out) {
    DIR *d = opendir(dir);
    if (!d) return missing_ok && errno == ENOENT ? 0 : QUOTH_ERR_IO;
    struct dirent *e;
    int rc = 0;
    while (!rc && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || !ends_with(e->d_name, suffix)) continue;
        rc = QUOTH_RESERVE(out->v, out->cap, out->n + 1, 32);
        if (!rc && !(out->v[out->n] = strdup(e->d_name))) rc = QUOTH_ERR_NOMEM;
        if (!rc) out->n++;
    }
    closedir(d);
    if (out->n) qsort(out->v, out->n, sizeof *out->v, by_string);
    return rc;
}

static char *join(const char *a, const char *b, const char *c) {
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(n);
    if (s) snprintf(s, n, "%s%s%s", a, b, c);
    return s;
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The first of the sorted .ann names that glob "NAME_*.ann" matches, for
 * the text file NAME.txt. */
static const char *pick_ann(const name_list *anns, const char *adir, const char *txt) {
    size_t k = strlen(txt) - 4, lo = 0, hi = anns->n;
    const char *name = txt;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strncmp(anns->v[mid], name, k) < 0) lo = mid + 1;
        else hi = mid;
    }
    for (size_t i = lo; i < anns->n && strncmp(anns->v[i], name, k) == 0; i++) {
        if (anns->v[i][k] != '_' || strlen(anns->v[i]) < k + 5) continue;
        char *path = join(adir, "/", anns->v[i]);
        int ok = path && is_file(path);
        free(path);
        if (ok) return anns->v[i];
    }
    return NULL;
}

static void doc_free(quoth_brat_doc *d) {
    free(d->name);
    free(d->ann);
    free(d->text);
    free(d->cps);
    free(d->cp_byte);
    quoth_eval_attrs_free(&d->gold);
    memset(d, 0, sizeof *d);
}

static int read_into(const char *dir, const char *sub, const char *file, char **data, size_t *len) {
    char *path = join(dir, sub, file);
    if (!path) return QUOTH_ERR_NOMEM;
    int rc = quoth_eval_read_file(path, data, len);
    free(path);
    return rc;
}

static int load_doc(const char *dir, const char *txt, const char *ann, quoth_brat_doc *d) {
    char *data = NULL;
    size_t len = 0;
    d->name = strndup(txt, strlen(txt) - 4);
    d->ann = strdup(ann);
    if (!d->name || !d->ann) return QUOTH_ERR_NOMEM;
    int rc = read_into(dir, "/text/", txt, &data, &len);
    if (!rc) rc = quoth_brat_doc_set_text(d, data, len);
    free(data);
    data = NULL;
    if (!rc) rc = read_into(dir, "/attributions/", ann, &data, &len);
    if (!rc) rc = quoth_brat_parse_ann(data, len, d->n_cp, &d->gold, &d->skipped_lines);
    free(data);
    return rc;
}

static int by_name_ptr(const void *a, const void *b) {
    const quoth_brat_doc *x = *(const quoth_brat_doc *const *)a, *y = *(const quoth_brat_doc *const *)b;
    return strcmp(x->name, y->name);
}

/* Names sort differently from file names ("a-b.txt" < "a.txt" but "a" <
 * "a-b"), so lookups get their own order. */
static int index_names(quoth_brat_corpus *c) {
    const quoth_brat_doc **p = malloc((c->n + 1) * sizeof *p);
    c->by_name = malloc((c->n + 1) * sizeof *c->by_name);
    int rc = p && c->by_name ? 0 : QUOTH_ERR_NOMEM;
    if (!rc) {
        for (size_t i = 0; i < c->n; i++) p[i] = &c->docs[i];
        if (c->n) qsort(p, c->n, sizeof *p, by_name_ptr);
        for (size_t i = 0; i < c->n; i++) c->by_name[i] = (size_t)(p[i] - c->docs);
    }
    free(p);
    return rc;
}

static int load_all(const char *dir, const name_list *txts, const name_list *anns, quoth_brat_corpus *c) {
    char *adir = join(dir, "/attributions", "");
    if (!adir) return QUOTH_ERR_NOMEM;
    c->docs = calloc(txts->n + 1, sizeof *c->docs);
    int rc = c->docs ? 0 : QUOTH_ERR_NOMEM;
    for (size_t i = 0; !rc && i < txts->n; i++) {
        const char *ann = pick_ann(anns, adir, txts->v[i]);
        char *path = join(dir, "/text/", txts->v[i]);
        if (!path) rc = QUOTH_ERR_NOMEM;
        else if (!ann || !is_file(path)) c->skipped++;
        else if ((rc = load_doc(dir, txts->v[i], ann, &c->docs[c->n])) == 0) {
            c->skipped_lines += c->docs[c->n].skipped_lines;
            c->attributions += c->docs[c->n].gold.n;
            c->n++;
        } else {
            doc_free(&c->docs[c->n]);
        }
        free(path);
    }
    free(adir);
    return rc ? rc : index_names(c);
}

int quoth_brat_corpus_load(const char *dir, quoth_brat_corpus **out) {
    *out = NULL;
    quoth_brat_corpus *c = calloc(1, sizeof *c);
    name_list txts = {0}, anns = {0};
    char *tdir = join(dir, "/text", ""), *adir = join(dir, "/attributions", "");
    int rc = c && tdir && adir ? 0 : QUOTH_ERR_NOMEM;
    if (!rc) rc = list_names(tdir, ".txt", 0, &txts);
    if (!rc) rc = list_names(adir, ".ann", 1, &anns);
    if (!rc) rc = load_all(dir, &txts, &anns, c);
    int saved = errno;
    names_free(&txts);
    names_free(&anns);
    free(tdir);
    free(adir);
    if (rc) quoth_brat_corpus_free(c);
    else *out = c;
    errno = saved;
    return rc;
}

void quoth_brat_corpus_free(quoth_brat_corpus *c) {
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) doc_free(&c->docs[i]);
    free(c->docs);
    free(c->by_name);
    free(c);
}

long quoth_brat_corpus_find(const quoth_brat_corpus *c, const char *name) {
    size_t lo = 0, hi = c->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int k = strcmp(c->docs[c->by_name[mid]].name, name);
        if (k == 0) return (long)c->by_name[mid];
        if (k < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}
