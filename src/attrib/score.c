/*
 * score.c - score.py's figures, computed the same way.
 */
#include "attrib/score.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text/utf8.h"
#include "util/array.h"

/* ------------------------------------------------------------ predictions */

int quoth_preds_init(quoth_preds *p, const quoth_brat_corpus *gold) {
    memset(p, 0, sizeof *p);
    p->n_docs = gold ? gold->n : 0;
    p->docs = calloc(p->n_docs + 1, sizeof *p->docs);
    p->present = calloc(p->n_docs + 1, 1);
    if (p->docs && p->present) return 0;
    quoth_preds_free(p);
    return QUOTH_ERR_NOMEM;
}

void quoth_preds_free(quoth_preds *p) {
    if (!p) return;
    for (size_t i = 0; p->docs && i < p->n_docs; i++) quoth_eval_attrs_free(&p->docs[i]);
    free(p->docs);
    free(p->present);
    for (size_t i = 0; i < QUOTH_PREDS_KEPT_PROBLEMS; i++) free(p->problems[i]);
    memset(p, 0, sizeof *p);
}

void quoth_preds_mark(quoth_preds *p, size_t doc) {
    if (doc < p->n_docs) p->present[doc] = 1;
}

int quoth_preds_add(quoth_preds *p, size_t doc, quoth_eval_attr *a) {
    if (doc >= p->n_docs) {
        quoth_eval_attr_free(a);
        return QUOTH_ERR_INVALID;
    }
    p->present[doc] = 1;
    return quoth_eval_attrs_push(&p->docs[doc], a);
}

int quoth_preds_problem(quoth_preds *p, const char *fmt, ...) {
    size_t k = p->n_problems++;
    if (k >= QUOTH_PREDS_KEPT_PROBLEMS) return 0;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !(p->problems[k] = malloc((size_t)n + 1))) return QUOTH_ERR_NOMEM;
    va_start(ap, fmt);
    vsnprintf(p->problems[k], (size_t)n + 1, fmt, ap);
    va_end(ap);
    return 0;
}

static int add_quote_spans(quoth_eval_span **v, size_t *n, const quoth_span *s, size_t k) {
    for (size_t i = 0; i < k; i++) {
        quoth_eval_span sp = {(int64_t)s[i].start, (int64_t)s[i].end};
        if (quoth_eval_spans_append(v, n, &sp, 1)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* A confidence as a record carries it: printed with two decimals by the
 * JSON writer ("%.2f") and read back, so that `quoth eval --confidence`
 * reports the same of quoth's own extraction as of its output. */
static double printed_confidence(float value) {
    char text[32];
    snprintf(text, sizeof text, "%.2f", (double)value);
    return strtod(text, NULL);
}

static int quote_to_attr(const quoth_quote *q, quoth_eval_attr *a) {
    if (add_quote_spans(&a->contents, &a->n_contents, q->contents, q->n_contents) ||
        add_quote_spans(&a->sources, &a->n_sources, q->sources, q->n_sources) ||
        (q->has_cue && add_quote_spans(&a->cue, &a->n_cue, &q->cue, 1)))
        return QUOTH_ERR_NOMEM;
    if (q->speaker_name && !(a->speaker = strdup(q->speaker_name))) return QUOTH_ERR_NOMEM;
    a->has_confidence = 1;
    a->confidence = printed_confidence(q->confidence);
    return 0;
}

int quoth_preds_add_doc(quoth_preds *p, size_t doc, const quoth_doc *qdoc) {
    if (doc >= p->n_docs) return QUOTH_ERR_INVALID;
    p->present[doc] = 1;
    for (size_t i = 0; i < quoth_doc_quote_count(qdoc); i++) {
        const quoth_quote *q = quoth_doc_quote(qdoc, i);
        if (!q->n_contents) continue;
        quoth_eval_attr a = {0};
        int rc = quote_to_attr(q, &a);
        if (rc) {
            quoth_eval_attr_free(&a);
            return rc;
        }
        if ((rc = quoth_preds_add(p, doc, &a)) != 0) return rc;
    }
    return 0;
}

/* ------------------------------------------------ Python's str semantics */

/* text[i]: negative i counts from the end; -1 where Python raises
 * IndexError (we then treat the character as neither space nor quote). */
static int64_t py_at(const quoth_brat_doc *d, int64_t i) {
    int64_t n = (int64_t)d->n_cp;
    if (i < 0) i += n;
    return i >= 0 && i < n ? (int64_t)d->cps[i] : -1;
}

static int py_space_at(const quoth_brat_doc *d, int64_t i) {
    int64_t c = py_at(d, i);
    return c >= 0 && quoth_eval_is_space((uint32_t)c);
}

/* The bounds of text[a:b] after Python's slice normalization. */
static void py_slice(const quoth_brat_doc *d, int64_t *a, int64_t *b) {
    int64_t n = (int64_t)d->n_cp;
    int64_t *v[2] = {a, b};
    for (int k = 0; k < 2; k++) {
        if (*v[k] < 0) *v[k] += n;
        if (*v[k] < 0) *v[k] = 0;
        if (*v[k] > n) *v[k] = n;
    }
    if (*b < *a) *b = *a;
}

/* not text[a:b].strip() */
static int only_space(const quoth_brat_doc *d, int64_t a, int64_t b) {
    py_slice(d, &a, &b);
    for (int64_t i = a; i < b; i++)
        if (!quoth_eval_is_space(d->cps[i])) return 0;
    return 1;
}

static const uint32_t QUOTE_MARKS[] = {'"',    0x201C, 0x201D, 0x201E, 0x201F, 0x00AB,
                                       0x00BB, 0x2039, 0x203A, 0x300C, 0x300D};

static int has_quote(const quoth_brat_doc *d, const quoth_eval_span *s, size_t n) {
    for (size_t k = 0; k < n; k++) {
        int64_t a = s[k].start, b = s[k].end;
        py_slice(d, &a, &b);
        for (int64_t i = a; i < b; i++)
            for (size_t m = 0; m < sizeof QUOTE_MARKS / sizeof *QUOTE_MARKS; m++)
                if (d->cps[i] == QUOTE_MARKS[m]) return 1;
    }
    return 0;
}

/* ------------------------------------------------------------ span sets */

typedef struct spanvec {
    quoth_eval_span *v;
    size_t n;
} spanvec;

static quoth_eval_span trim(const quoth_brat_doc *d, quoth_eval_span sp) {
    while (sp.start < sp.end && py_space_at(d, sp.start)) sp.start++;
    while (sp.end > sp.start && py_space_at(d, sp.end - 1)) sp.end--;
    return sp;
}

static int by_span(const void *a, const void *b) {
    const quoth_eval_span *x = a, *y = b;
    if (x->start != y->start) return x->start < y->start ? -1 : 1;
    return (x->end > y->end) - (x->end < y->end);
}

/* norm_spans(): trimmed, sorted, merged where they touch or one white-space
 * character apart, empty ones dropped. */
static int norm_spans(const quoth_brat_doc *d, const quoth_eval_span *s, size_t n, spanvec *out) {
    out->n = 0;
    out->v = malloc((n + 1) * sizeof *out->v);
    if (!out->v) return QUOTH_ERR_NOMEM;
    quoth_eval_span *t = out->v;
    for (size_t i = 0; i < n; i++) t[i] = trim(d, s[i]);
    if (n) qsort(t, n, sizeof *t, by_span);
    for (size_t i = 0; i < n; i++) {
        quoth_eval_span sp = t[i];
        if (sp.start >= sp.end) continue;
        quoth_eval_span *last = out->n ? &t[out->n - 1] : NULL;
        if (last && sp.start <= last->end + 1 && only_space(d, last->end, sp.start)) {
            if (sp.end > last->end) last->end = sp.end;
        } else
            t[out->n++] = sp;
    }
    return 0;
}

static int spans_equal(const spanvec *a, const spanvec *b) {
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].start != b->v[i].start || a->v[i].end != b->v[i].end) return 0;
    return 1;
}

/* ------------------------------------------------------------ word tokens */

typedef struct doc_tokens {
    int64_t *start, *end;
    size_t n;
} doc_tokens;

/* The matches of \w+ in the text. */
static int find_tokens(const quoth_brat_doc *d, doc_tokens *t) {
    size_t n = 0;
    for (size_t i = 0; i < d->n_cp; i++)
        if (quoth_eval_is_word(d->cps[i]) && (i == 0 || !quoth_eval_is_word(d->cps[i - 1]))) n++;
    t->n = 0;
    t->start = malloc((n + 1) * sizeof *t->start);
    t->end = malloc((n + 1) * sizeof *t->end);
    if (!t->start || !t->end) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < d->n_cp;) {
        if (!quoth_eval_is_word(d->cps[i])) {
            i++;
            continue;
        }
        t->start[t->n] = (int64_t)i;
        while (i < d->n_cp && quoth_eval_is_word(d->cps[i])) i++;
        t->end[t->n++] = (int64_t)i;
    }
    return 0;
}

typedef struct idset {
    size_t *v;
    size_t n;
} idset;

static int by_size(const void *a, const void *b) {
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Doc.token_ids(): indices of the tokens overlapping any span, as a sorted
 * set. The binary search is score.py's, so odd spans (end before start)
 * select the same tokens. */
static int token_ids(const doc_tokens *t, const quoth_eval_span *s, size_t n, idset *out) {
    size_t cap = 16;
    out->n = 0;
    if (!(out->v = malloc(cap * sizeof *out->v))) return QUOTH_ERR_NOMEM;
    for (size_t k = 0; k < n; k++) {
        size_t lo = 0, hi = t->n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (t->end[mid] <= s[k].start) lo = mid + 1;
            else hi = mid;
        }
        for (size_t i = lo; i < t->n && t->start[i] < s[k].end; i++) {
            if (QUOTH_RESERVE(out->v, cap, out->n + 1, 16)) return QUOTH_ERR_NOMEM;
            out->v[out->n++] = i;
        }
    }
    if (n > 1 && out->n) {
        qsort(out->v, out->n, sizeof *out->v, by_size);
        size_t m = 1;
        for (size_t i = 1; i < out->n; i++)
            if (out->v[i] != out->v[m - 1]) out->v[m++] = out->v[i];
        out->n = m;
    }
    return 0;
}

static size_t common(const idset *a, const idset *b) {
    size_t i = 0, j = 0, k = 0;
    while (i < a->n && j < b->n) {
        if (a->v[i] < b->v[j]) i++;
        else if (a->v[i] > b->v[j]) j++;
        else k++, i++, j++;
    }
    return k;
}

/* ------------------------------------------------------- per document */

/* What the scorer needs of one attribution, computed once. */
typedef struct prepared {
    const quoth_eval_attr *a;
    idset tok;                    /* tokens of the contents */
    spanvec contents, sources, cue; /* normalized */
} prepared;

static void prepared_free(prepared *p, size_t n) {
    for (size_t i = 0; p && i < n; i++) {
        free(p[i].tok.v);
        free(p[i].contents.v);
        free(p[i].sources.v);
        free(p[i].cue.v);
    }
    free(p);
}

/* The attributions of a list that take part (all, or the direct ones). */
static int prepare(const quoth_brat_doc *d, const doc_tokens *t, const quoth_eval_attrs *list,
                   int direct_only, prepared **out, size_t *n_out) {
    size_t n = list ? list->n : 0, k = 0;
    prepared *p = calloc(n + 1, sizeof *p);
    int rc = p ? 0 : QUOTH_ERR_NOMEM;
    for (size_t i = 0; !rc && i < n; i++) {
        const quoth_eval_attr *a = &list->items[i];
        if (direct_only && !has_quote(d, a->contents, a->n_contents)) continue;
        prepared *e = &p[k++];
        e->a = a;
        rc = token_ids(t, a->contents, a->n_contents, &e->tok);
        if (!rc) rc = norm_spans(d, a->contents, a->n_contents, &e->contents);
        if (!rc) rc = norm_spans(d, a->sources, a->n_sources, &e->sources);
        if (!rc) rc = norm_spans(d, a->cue, a->n_cue, &e->cue);
    }
    *out = p;
    *n_out = k;
    return rc;
}

typedef struct counts {
    size_t n_pred, n_gold, cont_exact, src_pred, src_gold, src_tp, cue_pred, cue_gold, cue_tp,
        wsw_tp, tok_pred, tok_gold, tok_both;
} counts;

/* content_overlap: the union of all predicted and all gold content tokens. */
static int count_overlap(const doc_tokens *t, const prepared *ps, size_t np, const prepared *gs,
                         size_t ng, counts *c) {
    unsigned char *mark = calloc(t->n + 1, 1);
    if (!mark) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < np; i++)
        for (size_t k = 0; k < ps[i].tok.n; k++) mark[ps[i].tok.v[k]] |= 1;
    for (size_t j = 0; j < ng; j++)
        for (size_t k = 0; k < gs[j].tok.n; k++) mark[gs[j].tok.v[k]] |= 2;
    for (size_t i = 0; i < t->n; i++) {
        c->tok_pred += (mark[i] & 1) != 0;
        c->tok_gold += (mark[i] & 2) != 0;
        c->tok_both += mark[i] == 3;
    }
    free(mark);
    return 0;
}

typedef struct cand {
    size_t ov, i, j;
} cand;

static int by_cand(const void *a, const void *b) {
    const cand *x = a, *y = b;
    if (x->ov != y->ov) return x->ov > y->ov ? -1 : 1;
    if (x->i != y->i) return x->i < y->i ? -1 : 1;
    return (x->j > y->j) - (x->j < y->j);
}

/* The greedy pairing: *pairs gets (i, j) in the order they were taken. */
static int pair_up(const prepared *ps, size_t np, const prepared *gs, size_t ng, cand **pairs,
                   size_t *n_pairs) {
    size_t n = 0;
    cand *c = malloc((np * ng + 1) * sizeof *c);
    unsigned char *used = calloc(np + ng + 1, 1);
    if (!c || !used) {
        free(c);
        free(used);
        return QUOTH_ERR_NOMEM;
    }
    for (size_t i = 0; i < np; i++)
        for (size_t j = 0; j < ng; j++) {
            size_t ov = common(&ps[i].tok, &gs[j].tok);
            if (ov) c[n++] = (cand){ov, i, j};
        }
    if (n) qsort(c, n, sizeof *c, by_cand);
    size_t k = 0;
    for (size_t m = 0; m < n; m++) {
        if (used[c[m].i] || used[np + c[m].j]) continue;
        used[c[m].i] = used[np + c[m].j] = 1;
        c[k++] = c[m];
    }
    free(used);
    *pairs = c;
    *n_pairs = k;
    return 0;
}

/* Whether a pair counts for who-said-what: contents of token F1 >= 0.5 and
 * sources that overlap (or both absent). */
static int who_said_what(const doc_tokens *t, const prepared *p, const prepared *g, size_t ov, int *ok) {
    *ok = 0;
    /* 2*ov/(a+b) >= 0.5, in integers: the same verdict without rounding. */
    if (4 * ov < p->tok.n + g->tok.n) return 0;
    if (!g->sources.n) {
        *ok = p->sources.n == 0;
        return 0;
    }
    if (!p->sources.n) return 0;
    idset a = {0}, b = {0};
    int rc = token_ids(t, p->sources.v, p->sources.n, &a);
    if (!rc) rc = token_ids(t, g->sources.v, g->sources.n, &b);
    if (!rc) *ok = common(&a, &b) > 0;
    free(a.v);
    free(b.v);
    return rc;
}

static int score_pairs(const doc_tokens *t, const prepared *ps, const prepared *gs, const cand *pairs,
                       size_t n, counts *c) {
    for (size_t k = 0; k < n; k++) {
        const prepared *p = &ps[pairs[k].i], *g = &gs[pairs[k].j];
        c->cont_exact += spans_equal(&p->contents, &g->contents);
        c->src_tp += g->sources.n && spans_equal(&g->sources, &p->sources);
        c->cue_tp += g->cue.n && spans_equal(&g->cue, &p->cue);
        int ok, rc = who_said_what(t, p, g, pairs[k].ov, &ok);
        if (rc) return rc;
        c->wsw_tp += ok;
    }
    return 0;
}

static void count_present(const prepared *ps, size_t np, const prepared *gs, size_t ng, counts *c) {
    c->n_pred += np;
    c->n_gold += ng;
    for (size_t i = 0; i < np; i++) {
        c->src_pred += ps[i].sources.n > 0;
        c->cue_pred += ps[i].cue.n > 0;
    }
    for (size_t j = 0; j < ng; j++) {
        c->src_gold += gs[j].sources.n > 0;
        c->cue_gold += gs[j].cue.n > 0;
    }
}

/* One document's gold and predictions, prepared and paired as score.py
 * pairs them. */
typedef struct paired_doc {
    doc_tokens t;
    prepared *gs, *ps;
    size_t ng, np, n_pairs;
    cand *pairs;
} paired_doc;

static void paired_doc_free(paired_doc *p) {
    free(p->pairs);
    prepared_free(p->gs, p->ng);
    prepared_free(p->ps, p->np);
    free(p->t.start);
    free(p->t.end);
}

/* The caller frees *p, whatever this returns. */
static int pair_doc(const quoth_brat_doc *d, const quoth_eval_attrs *pred, int direct_only, paired_doc *p) {
    memset(p, 0, sizeof *p);
    int rc = find_tokens(d, &p->t);
    if (!rc) rc = prepare(d, &p->t, &d->gold, direct_only, &p->gs, &p->ng);
    if (!rc) rc = prepare(d, &p->t, pred, direct_only, &p->ps, &p->np);
    if (!rc) rc = pair_up(p->ps, p->np, p->gs, p->ng, &p->pairs, &p->n_pairs);
    return rc;
}

static int score_doc(const quoth_brat_doc *d, const quoth_eval_attrs *pred, int direct_only, counts *c) {
    paired_doc p;
    int rc = pair_doc(d, pred, direct_only, &p);
    if (!rc) rc = count_overlap(&p.t, p.ps, p.np, p.gs, p.ng, c);
    if (!rc) {
        count_present(p.ps, p.np, p.gs, p.ng, c);
        rc = score_pairs(&p.t, p.ps, p.gs, p.pairs, p.n_pairs, c);
    }
    paired_doc_free(&p);
    return rc;
}

/* hit[i] as in quoth_score_hits(), for pred->items[i]. */
static int hits_of(const quoth_brat_doc *d, const quoth_eval_attrs *pred, unsigned char *hit) {
    paired_doc p;
    int rc = pair_doc(d, pred, 0, &p);
    for (size_t k = 0; !rc && k < p.n_pairs; k++) {
        int ok;
        rc = who_said_what(&p.t, &p.ps[p.pairs[k].i], &p.gs[p.pairs[k].j], p.pairs[k].ov, &ok);
        hit[p.pairs[k].i] = (unsigned char)ok; /* every prediction takes part: i indexes the list */
    }
    paired_doc_free(&p);
    return rc;
}

int quoth_score_hits(const quoth_brat_doc *d, const quoth_doc *qdoc, unsigned char *hit) {
    size_t n = quoth_doc_quote_count(qdoc);
    quoth_eval_attrs pred = {0};
    size_t *quote_of = malloc((n + 1) * sizeof *quote_of);
    unsigned char *pred_hit = calloc(n + 1, 1);
    int rc = quote_of && pred_hit ? 0 : QUOTH_ERR_NOMEM;
    size_t scored = 0; /* pred.n, counted here: quote_of[k] is set for k < scored */
    memset(hit, 0, n);
    for (size_t i = 0; !rc && i < n; i++) {
        const quoth_quote *q = quoth_doc_quote(qdoc, i);
        if (!q->n_contents) continue; /* score.py drops them, as quoth_preds_add_doc() does */
        quoth_eval_attr a = {0};
        rc = quote_to_attr(q, &a);
        if (rc) quoth_eval_attr_free(&a);
        else if (!(rc = quoth_eval_attrs_push(&pred, &a))) quote_of[scored++] = i;
    }
    assert(rc || scored == pred.n);
    if (!rc) rc = hits_of(d, &pred, pred_hit);
    for (size_t k = 0; !rc && k < scored; k++) hit[quote_of[k]] = pred_hit[k];
    quoth_eval_attrs_free(&pred);
    free(quote_of);
    free(pred_hit);
    return rc;
}

int quoth_confidence_report_make(const quoth_brat_corpus *gold, const quoth_preds *preds,
                                 quoth_confidence_report *out) {
    memset(out, 0, sizeof *out);
    double brier = 0, sum = 0;
    int rc = 0;
    for (size_t i = 0; !rc && preds && i < gold->n && i < preds->n_docs; i++) {
        const quoth_eval_attrs *list = &preds->docs[i];
        unsigned char *hit = calloc(list->n + 1, 1);
        rc = hit ? hits_of(&gold->docs[i], list, hit) : QUOTH_ERR_NOMEM;
        for (size_t k = 0; !rc && k < list->n; k++) {
            const quoth_eval_attr *a = &list->items[k];
            if (!a->has_confidence || !(a->confidence >= 0 && a->confidence <= 1)) {
                out->without++;
                continue;
            }
            size_t at = (size_t)(a->confidence * 100 + 0.5);
            out->seen[at]++;
            out->right[at] += hit[k];
            out->n++;
            out->n_right += hit[k];
            brier += (a->confidence - hit[k]) * (a->confidence - hit[k]);
            sum += a->confidence;
        }
        free(hit);
    }
    if (out->n) {
        double base = (double)out->n_right / (double)out->n;
        out->brier = brier / (double)out->n;
        out->brier_base = base * (1 - base); /* the base rate for all: its mean squared error */
        out->mean = sum / (double)out->n;
    }
    return rc;
}

void quoth_confidence_report_print(FILE *out, const quoth_confidence_report *r) {
    if (!r->n) {
        fprintf(out, "confidence: none of the %zu predictions has one\n", r->without);
        return;
    }
    fprintf(out, "confidence   predictions   right\n");
    for (size_t at = 0; at <= 100; at++)
        if (r->seen[at])
            fprintf(out, "%10.2f %13zu %7.3f\n", (double)at / 100, r->seen[at],
                    (double)r->right[at] / (double)r->seen[at]);
    fprintf(out, "confidence: %zu predictions, mean %.3f, %.3f right; Brier score %.4f (%.4f for the share "
                 "right given to all)", r->n, r->mean, (double)r->n_right / (double)r->n, r->brier, r->brier_base);
    if (r->without) fprintf(out, "; %zu without a confidence", r->without);
    fputc('\n', out);
}

/* ----------------------------------------------------------------- figures */

/* Python's round(x, 4): glibc's printf rounds the exact binary value
 * half-to-even, as CPython's dtoa does, and strtod reads it back. */
static double round4(double x) {
    char buf[64];
    snprintf(buf, sizeof buf, "%.4f", x);
    return strtod(buf, NULL);
}

static quoth_prf prf(size_t tp_p, size_t n_p, size_t tp_r, size_t n_r) {
    double p = n_p ? (double)tp_p / (double)n_p : 0.0;
    double r = n_r ? (double)tp_r / (double)n_r : 0.0;
    double f = p + r != 0.0 ? 2 * p * r / (p + r) : 0.0;
    return (quoth_prf){round4(p), round4(r), round4(f), n_p, n_r};
}

int quoth_score(const quoth_brat_corpus *gold, const quoth_preds *preds, int direct_only,
                quoth_scores *out) {
    counts c = {0};
    for (size_t i = 0; i < gold->n; i++) {
        const quoth_eval_attrs *p = preds && i < preds->n_docs ? &preds->docs[i] : NULL;
        int rc = score_doc(&gold->docs[i], p, direct_only, &c);
        if (rc) return rc;
    }
    out->who_said_what = prf(c.wsw_tp, c.n_pred, c.wsw_tp, c.n_gold);
    out->content_overlap = prf(c.tok_both, c.tok_pred, c.tok_both, c.tok_gold);
    out->content_exact = prf(c.cont_exact, c.n_pred, c.cont_exact, c.n_gold);
    out->source_exact = prf(c.src_tp, c.src_pred, c.src_tp, c.src_gold);
    out->cue_exact = prf(c.cue_tp, c.cue_pred, c.cue_tp, c.cue_gold);
    return 0;
}

const quoth_prf *quoth_scores_figure(const quoth_scores *s, size_t i, const char **name) {
    static const char *const NAMES[QUOTH_SCORE_FIGURES] = {
        "who_said_what", "content_overlap", "content_exact", "source_exact", "cue_exact"};
    const quoth_prf *v[QUOTH_SCORE_FIGURES] = {&s->who_said_what, &s->content_overlap,
                                               &s->content_exact, &s->source_exact, &s->cue_exact};
    if (i >= QUOTH_SCORE_FIGURES) return NULL;
    if (name) *name = NAMES[i];
    return v[i];
}

int quoth_eval_report_make(const quoth_brat_corpus *gold, const quoth_preds *preds,
                           quoth_eval_report *out) {
    memset(out, 0, sizeof *out);
    out->docs = gold->n;
    for (size_t i = 0; preds && i < preds->n_docs && i < gold->n; i++)
        out->docs_predicted += preds->present[i] != 0;
    out->problems = preds ? preds->n_problems : 0;
    int rc = quoth_score(gold, preds, 0, &out->all);
    return rc ? rc : quoth_score(gold, preds, 1, &out->direct);
}

int quoth_preds_extract(quoth_preds *p, const quoth_brat_corpus *gold, quoth_engine *engine,
                        size_t *failed) {
    int rc = 0;
    if (failed) *failed = 0;
    for (size_t i = 0; !rc && i < gold->n && i < p->n_docs; i++) {
        const quoth_doc *doc;
        const quoth_brat_doc *d = &gold->docs[i];
        /* A failed document is an error record in `quoth extract`'s output,
         * which score.py counts as a document with no predictions. */
        quoth_preds_mark(p, i);
        if (quoth_extract(engine, d->text, d->len, &doc) != 0) {
            if (failed) (*failed)++;
            continue;
        }
        rc = quoth_preds_add_doc(p, i, doc);
    }
    return rc;
}

int quoth_score_engine(const quoth_brat_corpus *gold, quoth_engine *engine, quoth_eval_report *out,
                       size_t *failed) {
    quoth_preds p;
    int rc = quoth_preds_init(&p, gold);
    if (!rc) rc = quoth_preds_extract(&p, gold, engine, failed);
    if (!rc) rc = quoth_eval_report_make(gold, &p, out);
    quoth_preds_free(&p);
    return rc;
}

/* ---------------------------------------------------------------- output */

void quoth_eval_report_print(FILE *out, const quoth_eval_report *r) {
    fprintf(out, "%zu gold documents, %zu with predictions\n", r->docs, r->docs_predicted);
    fprintf(out, "%-22s %-8s %7s %7s %7s %7s %7s\n", "figure", "subset", "P", "R", "F1", "pred", "gold");
    const quoth_scores *sets[2] = {&r->all, &r->direct};
    const char *subset[2] = {"all", "direct"};
    for (int s = 0; s < 2; s++)
        for (size_t i = 0; i < QUOTH_SCORE_FIGURES; i++) {
            const char *name;
            const quoth_prf *v = quoth_scores_figure(sets[s], i, &name);
            fprintf(out, "%-22s %-8s %7.3f %7.3f %7.3f %7zu %7zu\n", name, subset[s], v->p, v->r, v->f1,
                    v->pred, v->gold);
        }
    fprintf(out,
            "summary: who-said-what F1=%.3f content-overlap F1=%.3f content-exact F1=%.3f "
            "source-exact F1=%.3f cue-exact F1=%.3f direct-who-said-what F1=%.3f problems=%zu\n",
            r->all.who_said_what.f1, r->all.content_overlap.f1, r->all.content_exact.f1,
            r->all.source_exact.f1, r->all.cue_exact.f1, r->direct.who_said_what.f1, r->problems);
    if (r->has_speakers)
        fprintf(out, "speakers: %zu of %zu named as in speakers.tsv\n", r->speakers_right, r->speakers_total);
}

/* repr() of a value already rounded to 4 decimals: the shortest form,
 * which keeps one digit after the point ("0.0", "0.25"). */
static void float_repr(double x, char *buf, size_t cap) {
    snprintf(buf, cap, "%.4f", x);
    size_t n = strlen(buf);
    while (n > 2 && buf[n - 1] == '0' && buf[n - 2] != '.') buf[--n] = '\0';
}

static void json_scores(FILE *out, const char *key, const quoth_scores *s) {
    fprintf(out, " \"%s\": {\n", key);
    for (size_t i = 0; i < QUOTH_SCORE_FIGURES; i++) {
        const char *name;
        const quoth_prf *v = quoth_scores_figure(s, i, &name);
        char p[32], r[32], f[32];
        float_repr(v->p, p, sizeof p);
        float_repr(v->r, r, sizeof r);
        float_repr(v->f1, f, sizeof f);
        fprintf(out,
                "  \"%s\": {\n   \"p\": %s,\n   \"r\": %s,\n   \"f1\": %s,\n"
                "   \"pred\": %zu,\n   \"gold\": %zu\n  }%s\n",
                name, p, r, f, v->pred, v->gold, i + 1 < QUOTH_SCORE_FIGURES ? "," : "");
    }
    fputs(" },\n", out);
}

void quoth_eval_report_print_json(FILE *out, const quoth_eval_report *r) {
    fprintf(out, "{\n \"docs\": %zu,\n \"docs_predicted\": %zu,\n", r->docs, r->docs_predicted);
    json_scores(out, "all", &r->all);
    json_scores(out, "direct", &r->direct);
    fprintf(out, " \"problems\": %zu", r->problems);
    if (r->has_speakers)
        fprintf(out, ",\n \"speakers\": {\n  \"right\": %zu,\n  \"total\": %zu\n }", r->speakers_right,
                r->speakers_total);
    fputs("\n}\n", out);
}

void quoth_preds_print_problems(FILE *out, const quoth_preds *p) {
    for (size_t i = 0; i < p->n_problems && i < QUOTH_PREDS_KEPT_PROBLEMS; i++)
        fprintf(out, "problem: %s\n", p->problems[i] ? p->problems[i] : "(out of memory)");
    if (p->n_problems > QUOTH_PREDS_KEPT_PROBLEMS)
        fprintf(out, "problem: ... %zu more\n", p->n_problems - QUOTH_PREDS_KEPT_PROBLEMS);
}

/* ---------------------------------------------------------------- speakers */

typedef struct speaker_row {
    char *event, *name;
} speaker_row;

typedef struct speaker_table {
    speaker_row *rows;
    size_t n;
    char *buf; /* the cleaned file; rows point into it */
} speaker_table;

/* Splits one speakers.tsv line into its first two fields (in place). */
static int tsv_row(char *line, speaker_row *row) {
    char *tab = strchr(line, '\t');
    if (!tab) return 0;
    *tab = '\0';
    char *name = tab + 1, *end = strchr(name, '\t');
    if (end) *end = '\0';
    *row = (speaker_row){line, name};
    return 1;
}

static int blank(const char *s) {
    size_t n = strlen(s), len;
    for (size_t i = 0; i < n; i += len)
        if (!quoth_eval_is_space(quoth_utf8_decode((const unsigned char *)s + i, n - i, &len))) return 0;
    return 1;
}

static int read_speakers(const char *path, speaker_table *t) {
    char *raw = NULL;
    size_t len = 0, cap = 0;
    quoth_clean_text ct = {0}; /* universal newlines, as Python reads it */
    int rc = quoth_eval_read_file(path, &raw, &len);
    if (!rc) rc = quoth_clean_text_set(&ct, raw, len, 1);
    free(raw);
    t->buf = rc ? NULL : ct.owned;
    if (!rc) ct.owned = NULL;
    quoth_clean_text_free(&ct);
    for (char *line = t->buf; !rc && line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        speaker_row row;
        if (line[0] != '#' && !blank(line) && tsv_row(line, &row)) {
            rc = QUOTH_RESERVE(t->rows, cap, t->n + 1, 32);
            if (!rc) t->rows[t->n++] = row;
        }
        line = nl ? nl + 1 : NULL;
    }
    return rc;
}

/* The name listed for an event, the last row winning as in a dict. */
static const char *listed(const speaker_table *t, const char *event) {
    for (size_t i = t->n; i-- > 0;)
        if (strcmp(t->rows[i].event, event) == 0) return t->rows[i].name;
    return NULL;
}

/* (name or "").strip().lower() without a leading "the ". */
static char *norm_name(const char *s) {
    size_t n = s ? strlen(s) : 0, len, a = 0, b = 0, o = 0;
    uint32_t *cp = malloc((n + 1) * sizeof *cp);
    char *out = malloc(n * 4 + 8);
    if (!cp || !out) {
        free(cp);
        free(out);
        return NULL;
    }
    for (size_t i = 0; i < n; i += len) cp[b++] = quoth_utf8_decode((const unsigned char *)s + i, n - i, &len);
    while (a < b && quoth_eval_is_space(cp[a])) a++;
    while (b > a && quoth_eval_is_space(cp[b - 1])) b--;
    for (size_t i = a; i < b; i++)
        o += quoth_utf8_encode((uint32_t)utf8proc_tolower((utf8proc_int32_t)cp[i]), out + o);
    out[o] = '\0';
    free(cp);
    if (strncmp(out, "the ", 4) == 0) memmove(out, out + 4, o - 3);
    return out;
}

static int same_speaker(const char *got, const char *want, int *same) {
    char *x = norm_name(got), *y = norm_name(want);
    if (x && y) *same = strcmp(x, y) == 0;
    free(x);
    free(y);
    return x && y ? 0 : QUOTH_ERR_NOMEM;
}

typedef struct ev_cand {
    size_t ov;
    const char *event;
    size_t j, i; /* gold event, prediction */
} ev_cand;

static int by_ev_cand(const void *a, const void *b) {
    const ev_cand *x = a, *y = b;
    if (x->ov != y->ov) return x->ov > y->ov ? -1 : 1;
    int c = strcmp(x->event, y->event);
    if (c) return c;
    return (x->i > y->i) - (x->i < y->i);
}

/* match[j]: the prediction paired with gold event j, or SIZE_MAX. */
static int match_events(const prepared *gs, size_t ng, const prepared *ps, size_t np, size_t *match) {
    size_t n = 0;
    ev_cand *c = malloc((ng * np + 1) * sizeof *c);
    unsigned char *used = calloc(np + 1, 1);
    int rc = c && used ? 0 : QUOTH_ERR_NOMEM;
    for (size_t j = 0; !rc && j < ng; j++)
        for (size_t i = 0; i < np; i++) {
            size_t ov = common(&gs[j].tok, &ps[i].tok);
            if (ov) c[n++] = (ev_cand){ov, gs[j].a->event ? gs[j].a->event : "", j, i};
        }
    if (!rc && n) qsort(c, n, sizeof *c, by_ev_cand);
    for (size_t j = 0; j < ng; j++) match[j] = SIZE_MAX;
    for (size_t m = 0; !rc && m < n; m++) {
        if (match[c[m].j] != SIZE_MAX || used[c[m].i]) continue;
        match[c[m].j] = c[m].i;
        used[c[m].i] = 1;
    }
    free(c);
    free(used);
    return rc;
}

typedef struct speaker_tally {
    size_t right, total;
    FILE *misses;
} speaker_tally;

static int judge_events(const quoth_brat_doc *d, const prepared *gs, size_t ng, const prepared *ps,
                        const size_t *match, const speaker_table *t, speaker_tally *tally) {
    for (size_t j = 0; j < ng; j++) {
        const char *event = gs[j].a->event ? gs[j].a->event : "";
        const char *want = listed(t, event);
        if (!want) continue;
        const char *got = match[j] != SIZE_MAX ? ps[match[j]].a->speaker : NULL;
        int same = 0;
        if (same_speaker(got, want, &same)) return QUOTH_ERR_NOMEM;
        tally->total++;
        tally->right += same;
        if (!same && tally->misses)
            fprintf(tally->misses, "%s %s: want '%s', got %s%s%s\n", d->name, event, want, got ? "'" : "",
                    got ? got : "None", got ? "'" : "");
    }
    return 0;
}

static int speakers_doc(const quoth_brat_doc *d, const quoth_eval_attrs *pred, const speaker_table *t,
                        speaker_tally *tally) {
    doc_tokens tok = {0};
    prepared *gs = NULL, *ps = NULL;
    size_t ng = 0, np = 0, *match = NULL;
    int rc = find_tokens(d, &tok);
    if (!rc) rc = prepare(d, &tok, &d->gold, 0, &gs, &ng);
    if (!rc) rc = prepare(d, &tok, pred, 0, &ps, &np);
    if (!rc && !(match = malloc((ng + 1) * sizeof *match))) rc = QUOTH_ERR_NOMEM;
    if (!rc) rc = match_events(gs, ng, ps, np, match);
    if (!rc) rc = judge_events(d, gs, ng, ps, match, t, tally);
    free(match);
    prepared_free(gs, ng);
    prepared_free(ps, np);
    free(tok.start);
    free(tok.end);
    return rc;
}

int quoth_speakers_check(const quoth_brat_corpus *gold, const quoth_preds *preds, const char *tsv_path,
                         FILE *misses, size_t *right, size_t *total) {
    speaker_table t = {0};
    speaker_tally tally = {0, 0, misses};
    int rc = read_speakers(tsv_path, &t);
    for (size_t i = 0; !rc && i < gold->n; i++) {
        const quoth_eval_attrs *p = preds && i < preds->n_docs ? &preds->docs[i] : NULL;
        rc = speakers_doc(&gold->docs[i], p, &t, &tally);
    }
    free(t.rows);
    free(t.buf);
    *right = tally.right;
    *total = tally.total;
    return rc;
}
