/*
 * brat.c - reading a PolNeAR-style brat corpus the way eval/score.py does.
 */
#include "io/brat.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
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

int quoth_eval_read_stream(FILE *f, char **data, size_t *len) {
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
    if (rc) {
        free(buf);
        return rc;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}

int quoth_eval_read_file(const char *path, char **data, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return QUOTH_ERR_IO;
    int rc = quoth_eval_read_stream(f, data, len);
    fclose(f);
    return rc;
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
        doc->repairs = ct.repairs;
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

/* ------------------------------------------------------------------ notes */

int quoth_brat_note(quoth_brat_notes *notes, quoth_brat_note_kind kind, const char *fmt, ...) {
    size_t k = notes->count[kind]++;
    if (k >= QUOTH_BRAT_KEPT_NOTES) return 0;
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return (notes->kept[kind][k] = strdup(buf)) ? 0 : QUOTH_ERR_NOMEM;
}

void quoth_brat_notes_free(quoth_brat_notes *notes) {
    for (int kind = 0; kind < QUOTH_BRAT_NOTE_KINDS; kind++)
        for (int i = 0; i < QUOTH_BRAT_KEPT_NOTES; i++) free(notes->kept[kind][i]);
    memset(notes, 0, sizeof *notes);
}

void quoth_brat_notes_print(FILE *out, const char *prefix, const char *dir, const quoth_brat_notes *notes) {
    static const char *const MORE[QUOTH_BRAT_NOTE_KINDS] = {
        "texts without an .ann file", "texts whose .ann lacks the annotator suffix", ".ann files without a text",
        "annotation lines skipped", ".ann files of no brat line", "files with invalid UTF-8",
        "span texts unlike the text at their offsets", "T lines of labels quoth does not read",
        "T ids given twice"};
    for (int kind = 0; kind < QUOTH_BRAT_NOTE_KINDS; kind++) {
        for (int i = 0; i < QUOTH_BRAT_KEPT_NOTES && notes->kept[kind][i]; i++)
            fprintf(out, "%s%s/%s\n", prefix, dir, notes->kept[kind][i]);
        if (notes->count[kind] > QUOTH_BRAT_KEPT_NOTES)
            fprintf(out, "%sand %zu more %s\n", prefix, notes->count[kind] - QUOTH_BRAT_KEPT_NOTES, MORE[kind]);
    }
}

/* A T line: its id and its pieces. */
typedef struct tspan {
    strv id, label;
    size_t line;
    quoth_eval_span *pieces;
    size_t n;
    int used; /* named by an attribution event */
} tspan;

/* An E line: its id, what follows the tab, its line. */
typedef struct eline {
    strv id, args;
    size_t line;
} eline;

/* Why parse_offsets() refused a T line's offsets. */
enum { OFFSETS_OK, OFFSETS_MALFORMED, OFFSETS_OUTSIDE };

/* Parses "a b;c d" into spans within 0..n_cp. */
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
            return OFFSETS_MALFORMED;
        if (parse_int(a, &sp.start) || parse_int(b, &sp.end)) return OFFSETS_MALFORMED;
        if (sp.start < 0 || sp.end < 0 || (uint64_t)sp.start > n_cp || (uint64_t)sp.end > n_cp)
            return OFFSETS_OUTSIDE;
        if (quoth_eval_spans_append(&t->pieces, &t->n, &sp, 1)) return QUOTH_ERR_NOMEM;
    }
    return OFFSETS_OK;
}

typedef struct ann_state {
    tspan *t;
    size_t n_t, cap_t;
    eline *events;
    size_t n_e, cap_e;
    size_t skipped; /* lines skipped, as quoth_brat_parse_ann() counts them */
    size_t n_cp;
    size_t brat_lines; /* lines of an id, a tab and more: T, E, R, A, N, M, # */
    /* for notes, when they are wanted (quoth_brat_parse_doc_ann) */
    quoth_brat_notes *notes;
    const char *file;
    const quoth_brat_doc *doc;
} ann_state;

/* A note about line `no` (0-based) of the file, when notes are wanted. */
#define LINE_NOTE(st, kind, no, fmt, ...)                                                               \
    ((st)->notes ? quoth_brat_note((st)->notes, (kind), "%s:%zu: " fmt, (st)->file, (size_t)(no) + 1, \
                                   __VA_ARGS__)                                                        \
                 : 0)

/* Whether a T line's text is the text at its pieces, joined by a space as
 * brat writes it. brat writes a span that holds a line break as it is,
 * breaking the .ann line: then the line's text is the span's up to it. */
static int span_text_matches(const quoth_brat_doc *d, const tspan *t, strv given) {
    size_t at = 0;
    for (size_t i = 0; i < t->n; i++) {
        if (i > 0) {
            if (at == given.n) return 0;
            if (given.s[at++] != ' ') return 0;
        }
        size_t a = d->cp_byte[t->pieces[i].start], b = d->cp_byte[t->pieces[i].end];
        if (b < a) return 0;
        const char *nl = memchr(d->text + a, '\n', b - a);
        size_t k = nl ? (size_t)(nl - (d->text + a)) : b - a;
        if (given.n - at < k || memcmp(given.s + at, d->text + a, k) != 0) return 0;
        at += k;
        if (nl) return at == given.n;
    }
    return at == given.n;
}

/* How many bytes of v to quote in a message: at most `max`, whole
 * characters. */
static size_t shortened(strv v, size_t max) {
    size_t k = v.n < max ? v.n : max;
    while (k < v.n && k > 0 && ((unsigned char)v.s[k] & 0xC0) == 0x80) k--;
    return k;
}

static int note_t_line(ann_state *st, const tspan *t, strv rest, int why) {
    if (why == OFFSETS_MALFORMED)
        return LINE_NOTE(st, QUOTH_BRAT_LINE_SKIPPED, t->line, "%.*s skipped: its offsets '%.*s' are not pairs of numbers",
                         (int)t->id.n, t->id.s, (int)rest.n, rest.s);
    if (why == OFFSETS_OUTSIDE)
        return LINE_NOTE(st, QUOTH_BRAT_LINE_SKIPPED, t->line, "%.*s skipped: offsets '%.*s' outside the text (%zu characters)",
                         (int)t->id.n, t->id.s, (int)rest.n, rest.s, st->n_cp);
    return 0;
}

static int add_t_line(ann_state *st, strv id, strv rest, strv span_text, int has_text, size_t line) {
    strv label, offs;
    strv_partition(rest, ' ', &label, &offs);
    tspan t = {id, label, line, NULL, 0, 0};
    int rc = parse_offsets(offs, st->n_cp, &t);
    /* a text read with U+FFFD is noted once: its spans would all differ */
    if (rc == OFFSETS_OK && has_text && st->notes && st->doc && !st->doc->repairs &&
        !span_text_matches(st->doc, &t, span_text))
        rc = LINE_NOTE(st, QUOTH_BRAT_SPAN_TEXT, line,
                       "%.*s: its text \"%.*s\" is not the text at %.*s (was the text edited after annotation?)",
                       (int)id.n, id.s, (int)shortened(span_text, 60), span_text.s, (int)offs.n, offs.s);
    if (rc == OFFSETS_OK && (rc = QUOTH_RESERVE(st->t, st->cap_t, st->n_t + 1, 32)) == 0) {
        st->t[st->n_t++] = t;
        return 0;
    }
    free(t.pieces);
    if (rc == QUOTH_ERR_NOMEM) return rc;
    st->skipped++; /* a malformed line is skipped */
    return note_t_line(st, &t, offs, rc);
}
/* Whether a line is one of brat's: an id of a known kind, a tab. */
static int is_brat_line(strv line) {
    const char *tab = line.n ? memchr(line.s, '\t', line.n) : NULL;
    return tab && tab > line.s && line.s[0] && strchr("TERANM#", line.s[0]) != NULL;
}

static int add_line(ann_state *st, strv line, size_t no) {
    st->brat_lines += is_brat_line(line);
    if (line.n == 0 || (line.s[0] != 'T' && line.s[0] != 'E')) return 0;
    strv id, rest, second, third;
    if (!strv_partition(line, '\t', &id, &rest)) {
        st->skipped++; /* a T or E line without its tab */
        return LINE_NOTE(st, QUOTH_BRAT_LINE_SKIPPED, no, "skipped: no tab after its id '%.*s'",
                         (int)shortened(line, 20), line.s);
    }
    int has_text = strv_partition(rest, '\t', &second, &third);
    if (line.s[0] == 'T') return add_t_line(st, id, second, third, has_text, no);
    if (QUOTH_RESERVE(st->events, st->cap_e, st->n_e + 1, 32)) return QUOTH_ERR_NOMEM;
    st->events[st->n_e++] = (eline){id, second, no};
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
static tspan *find_t(const ann_state *st, strv id) {
    size_t lo = 0, hi = st->n_t;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        tspan key = {id, {NULL, 0}, SIZE_MAX, NULL, 0, 0};
        if (by_id_then_line(&st->t[mid], &key) < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && strv_eq(st->t[lo - 1].id, id) ? &st->t[lo - 1] : NULL;
}

/* Adds the pieces of one "Role:Tn" argument to the attribution. */
static int add_argument(const ann_state *st, strv arg, quoth_eval_attr *a) {
    strv role, tid;
    strv_partition(arg, ':', &role, &tid);
    tspan *t = find_t(st, tid);
    if (!t) return 0;
    t->used = 1;
    if (strv_starts(role, "Content"))
        return quoth_eval_spans_append(&a->contents, &a->n_contents, t->pieces, t->n);
    if (strv_starts(role, "Source"))
        return quoth_eval_spans_append(&a->sources, &a->n_sources, t->pieces, t->n);
    if (strv_starts(role, "Cue")) return quoth_eval_spans_append(&a->cue, &a->n_cue, t->pieces, t->n);
    return 0;
}

static int add_event(ann_state *st, const eline *e, quoth_eval_attrs *out) {
    size_t pos = 0;
    strv kind_arg, kind, rest, arg;
    if (!next_field(e->args, &pos, &kind_arg)) {
        st->skipped++; /* an event of nothing */
        return LINE_NOTE(st, QUOTH_BRAT_LINE_SKIPPED, e->line, "%.*s skipped: an event of nothing", (int)e->id.n,
                         e->id.s);
    }
    strv_partition(kind_arg, ':', &kind, &rest);
    if (!strv_starts(kind, "Attribution")) return 0;
    quoth_eval_attr a = {0};
    int rc = 0;
    while (!rc && next_field(e->args, &pos, &arg)) rc = add_argument(st, arg, &a);
    if (!rc && a.n_contents) {
        a.event = strndup(e->id.s, e->id.n);
        rc = a.event ? quoth_eval_attrs_push(out, &a) : QUOTH_ERR_NOMEM;
    } else if (!rc) {
        st->skipped++; /* score.py drops an attribution without a content too */
        rc = LINE_NOTE(st, QUOTH_BRAT_LINE_SKIPPED, e->line,
                       "%.*s skipped: an attribution without a content (no Content argument that names a T line of the file)",
                       (int)e->id.n, e->id.s);
    }
    quoth_eval_attr_free(&a);
    return rc;
}

static int parse_lines(ann_state *st, const char *text, size_t len) {
    size_t i = 0, no = 0;
    int rc = 0;
    while (!rc && i < len) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - text) : len;
        rc = add_line(st, (strv){text + i, end - i}, no++);
        i = end + 1;
    }
    return rc;
}

/* The labels of PolNeAR's T lines. Discard and Discuss mark text that the
 * annotators judged not to be attributions: known, and rightly unused. */
static int known_label(strv label) {
    static const char *const EXACT[] = {"Discard", "Discuss"};
    if (strv_starts(label, "Source") || strv_starts(label, "Cue") || strv_starts(label, "Content") ||
        strv_starts(label, "Attribution"))
        return 1;
    for (size_t i = 0; i < sizeof EXACT / sizeof *EXACT; i++)
        if (strv_eq(label, (strv){EXACT[i], strlen(EXACT[i])})) return 1;
    return 0;
}

/* After the events: ids given twice (sorted together, by line), and T
 * lines of a label quoth does not know that no attribution uses. */
static int note_t_lines(ann_state *st) {
    int rc = 0;
    for (size_t i = 0; !rc && i < st->n_t; i++) {
        const tspan *t = &st->t[i];
        if (i > 0 && strv_eq(st->t[i - 1].id, t->id))
            rc = LINE_NOTE(st, QUOTH_BRAT_DUPLICATE_ID, t->line,
                           "duplicate id %.*s (given before on line %zu): this line replaces it, as in score.py",
                           (int)t->id.n, t->id.s, st->t[i - 1].line + 1);
        if (!rc && !t->used && !known_label(t->label))
            rc = LINE_NOTE(st, QUOTH_BRAT_UNKNOWN_LABEL, t->line,
                           "%.*s ignored: label '%.*s' is not one quoth reads (Source, Cue, Content, Attribution; "
                           "see docs/brat.md)",
                           (int)t->id.n, t->id.s, (int)shortened(t->label, 40), t->label.s);
    }
    return rc;
}

static int only_space(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') return 0;
    return 1;
}

static int parse_ann(ann_state *st, const char *bytes, size_t len, quoth_eval_attrs *out) {
    quoth_clean_text ct = {0};
    int rc = quoth_clean_text_set(&ct, bytes, len, 1);
    if (!rc && ct.repairs && st->notes)
        rc = quoth_brat_note(st->notes, QUOTH_BRAT_NOT_UTF8, "%s: not UTF-8 (%zu invalid sequence%s read as U+FFFD)",
                             st->file, ct.repairs, ct.repairs == 1 ? "" : "s");
    if (!rc) rc = parse_lines(st, ct.text, ct.len);
    if (!rc && st->n_t) qsort(st->t, st->n_t, sizeof *st->t, by_id_then_line);
    for (size_t i = 0; !rc && i < st->n_e; i++) rc = add_event(st, &st->events[i], out);
    if (!rc) rc = note_t_lines(st);
    if (!rc && st->notes && !st->brat_lines && ct.len && !only_space(ct.text, ct.len))
        rc = quoth_brat_note(st->notes, QUOTH_BRAT_NOT_BRAT, "%s: holds no brat annotation line (ID<tab>...): is it an .ann file?",
                             st->file);
    for (size_t i = 0; i < st->n_t; i++) free(st->t[i].pieces);
    free(st->t);
    free(st->events);
    quoth_clean_text_free(&ct);
    return rc;
}

int quoth_brat_parse_ann(const char *bytes, size_t len, size_t n_cp, quoth_eval_attrs *out, size_t *skipped) {
    ann_state st = {0};
    st.n_cp = n_cp;
    int rc = parse_ann(&st, bytes, len, out);
    if (skipped) *skipped += st.skipped;
    return rc;
}

int quoth_brat_parse_doc_ann(const char *bytes, size_t len, const char *ann_name, quoth_brat_doc *doc,
                             quoth_brat_notes *notes) {
    ann_state st = {0};
    st.n_cp = doc->n_cp;
    st.notes = notes;
    st.file = ann_name;
    st.doc = doc;
    int rc = parse_ann(&st, bytes, len, &doc->gold);
    doc->skipped_lines += st.skipped;
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

static int load_doc(const char *dir, const char *txt, const char *ann, quoth_brat_doc *d, quoth_brat_notes *notes) {
    char *data = NULL, ann_name[4096];
    size_t len = 0;
    d->name = strndup(txt, strlen(txt) - 4);
    d->ann = strdup(ann);
    if (!d->name || !d->ann) return QUOTH_ERR_NOMEM;
    int rc = read_into(dir, "/text/", txt, &data, &len);
    if (!rc) rc = quoth_brat_doc_set_text(d, data, len);
    if (!rc && d->repairs)
        rc = quoth_brat_note(notes, QUOTH_BRAT_NOT_UTF8, "text/%s: not UTF-8 (%zu invalid sequence%s read as U+FFFD)",
                             txt, d->repairs, d->repairs == 1 ? "" : "s");
    free(data);
    data = NULL;
    snprintf(ann_name, sizeof ann_name, "attributions/%s", ann);
    if (!rc) rc = read_into(dir, "/attributions/", ann, &data, &len);
    if (!rc) rc = quoth_brat_parse_doc_ann(data, len, ann_name, d, notes);
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

static int has_name(const name_list *l, const char *name) {
    return l->n && bsearch(&name, l->v, l->n, sizeof *l->v, by_string) != NULL;
}

/* A text without any NAME_*.ann: said with the likely cause when brat's
 * own NAME.ann is there. */
static int note_text_without_ann(const name_list *anns, const char *txt, quoth_brat_notes *notes) {
    char ann[4096];
    snprintf(ann, sizeof ann, "%.*s.ann", (int)(strlen(txt) - 4), txt);
    if (has_name(anns, ann))
        return quoth_brat_note(notes, QUOTH_BRAT_ANN_WITHOUT_SUFFIX,
                               "attributions/%s: the .ann file needs an annotator suffix: %.*s_ANNOTATOR.ann "
                               "(text/%s not used)", ann, (int)(strlen(txt) - 4), txt, txt);
    return quoth_brat_note(notes, QUOTH_BRAT_TEXT_WITHOUT_ANN, "text/%s: no attributions/%.*s_*.ann (not used)", txt,
                           (int)(strlen(txt) - 4), txt);
}

/* An .ann is some text's when the text's name and "_" start it, or when it
 * is brat's NAME.ann (noted with its text). The name may hold "_" itself
 * (PolNeAR's do), so each "_" is tried. */
static int ann_has_text(const name_list *txts, const char *ann) {
    char txt[4096];
    size_t n = strlen(ann) - 4;
    snprintf(txt, sizeof txt, "%.*s.txt", (int)n, ann);
    if (has_name(txts, txt)) return 1;
    for (const char *u = strchr(ann, '_'); u; u = strchr(u + 1, '_')) {
        snprintf(txt, sizeof txt, "%.*s.txt", (int)(u - ann), ann);
        if (has_name(txts, txt)) return 1;
    }
    return 0;
}

static int note_anns_without_text(const name_list *txts, const name_list *anns, quoth_brat_notes *notes) {
    int rc = 0;
    for (size_t i = 0; !rc && i < anns->n; i++) {
        if (ann_has_text(txts, anns->v[i])) continue;
        const char *u = strrchr(anns->v[i], '_');
        int n = (int)(u ? (size_t)(u - anns->v[i]) : strlen(anns->v[i]) - 4);
        rc = quoth_brat_note(notes, QUOTH_BRAT_ANN_WITHOUT_TEXT, "attributions/%s: no text/%.*s.txt for it (not used)",
                             anns->v[i], n, anns->v[i]);
    }
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
        else if (!ann || !is_file(path)) {
            c->skipped++;
            if (!ann) rc = note_text_without_ann(anns, txts->v[i], &c->notes);
        } else if ((rc = load_doc(dir, txts->v[i], ann, &c->docs[c->n], &c->notes)) == 0) {
            c->skipped_lines += c->docs[c->n].skipped_lines;
            c->attributions += c->docs[c->n].gold.n;
            c->n++;
        } else {
            doc_free(&c->docs[c->n]);
        }
        free(path);
    }
    if (!rc) rc = note_anns_without_text(txts, anns, &c->notes);
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
    quoth_brat_notes_free(&c->notes);
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
