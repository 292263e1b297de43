/*
 * learned.c - running the attribution tagger and reading its labels.
 */
#include "attrib/learned.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/learned_features.h"
#include "attrib/phrase.h"
#include "attrib/wordclass.h"
#include "quoth.h"

/* Paragraphs are labelled in pieces of at most this many tokens, which
 * bounds the buffers whatever the input; no real paragraph is longer. */
#define MAX_CHUNK 2048

#define NEG_INF (INT32_MIN / 4)

static const char *const LABEL_NAMES[AL_COUNT] = {NULL,    "B-SOURCE",  "I-SOURCE", "B-CUE",
                                                  "I-CUE", "B-CONTENT", "I-CONTENT"};

const char *quoth_attrib_label_name(unsigned label) {
    return label < AL_COUNT ? LABEL_NAMES[label] : NULL;
}

/* I-X only after B-X or I-X. */
static int allowed(unsigned prev, unsigned cur) {
    if (cur == AL_I_SOURCE || cur == AL_I_CUE || cur == AL_I_CONTENT)
        return prev == cur || prev == cur - 1;
    return 1;
}

int quoth_attrib_model_load(const quoth_mf *mf, quoth_attrib_model **out) {
    *out = NULL;
    const void *blob, *meta;
    size_t size, meta_size;
    if (quoth_mf_section(mf, "attrib.weights", &blob, &size) != 0) return 0;
    if (quoth_mf_section(mf, "attrib.meta", &meta, &meta_size) != 0 || meta_size < 8)
        return QUOTH_ERR_MODEL;
    uint32_t version, labels;
    memcpy(&version, meta, 4);
    memcpy(&labels, (const char *)meta + 4, 4);
    if (version != QUOTH_ATTRIB_FEATURES_VERSION || labels != AL_COUNT) return QUOTH_ERR_MODEL;
    quoth_attrib_model *m = calloc(1, sizeof *m);
    if (!m) return QUOTH_ERR_NOMEM;
    const void *rates;
    size_t rates_size;
    int rc = quoth_linear_load(blob, size, &m->weights);
    if (!rc) rc = quoth_mf_section(mf, "attrib.cuerate", &rates, &rates_size);
    if (!rc) rc = quoth_lexicon_load(rates, rates_size, &m->cue_rates);
    if (rc || m->weights.n_classes != AL_COUNT) {
        free(m);
        return rc ? rc : QUOTH_ERR_MODEL;
    }
    for (unsigned prev = 0; prev <= AL_COUNT; prev++) {
        int32_t row[QUOTH_LINEAR_STRIDE(AL_COUNT)] = {0};
        uint64_t f = quoth_attrib_transition_feature(prev);
        quoth_linear_score(&m->weights, &f, 1, row);
        for (unsigned cur = 0; cur < AL_COUNT; cur++)
            m->trans[prev][cur] = allowed(prev, cur) && !(prev == AL_COUNT && !allowed(AL_O, cur))
                                      ? row[cur] : NEG_INF;
    }
    *out = m;
    return 0;
}

void quoth_attrib_model_free(quoth_attrib_model *m) { free(m); }

void quoth_viterbi(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                   int32_t *best, uint8_t *back, uint8_t *labels) {
    if (n == 0) return;
    for (unsigned c = 0; c < AL_COUNT; c++) best[c] = trans[AL_COUNT][c] + emit[c];
    for (size_t i = 1; i < n; i++) {
        const int32_t *prev = best + 8 * (i - 1);
        for (unsigned c = 0; c < AL_COUNT; c++) {
            int32_t top = NEG_INF;
            uint8_t arg = 0;
            for (unsigned p = 0; p < AL_COUNT; p++) {
                int32_t v = prev[p] + trans[p][c];
                if (v > top) {
                    top = v;
                    arg = (uint8_t)p;
                }
            }
            best[8 * i + c] = top + emit[8 * i + c];
            back[8 * i + c] = arg;
        }
    }
    unsigned last = 0;
    for (unsigned c = 1; c < AL_COUNT; c++)
        if (best[8 * (n - 1) + c] > best[8 * (n - 1) + last]) last = c;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (uint8_t)last;
        last = back[8 * i + last];
    }
}

void quoth_labeller_free(quoth_labeller *lb) {
    free(lb->emit);
    free(lb->best);
    free(lb->back);
    if (lb->ctx) quoth_attrib_context_free(lb->ctx);
    free(lb->ctx);
    memset(lb, 0, sizeof *lb);
}

static int labeller_reserve(quoth_labeller *lb) {
    if (lb->cap) return 0;
    lb->emit = malloc(8 * MAX_CHUNK * sizeof *lb->emit);
    lb->best = malloc(8 * MAX_CHUNK * sizeof *lb->best);
    lb->back = malloc(8 * MAX_CHUNK);
    lb->ctx = calloc(1, sizeof *lb->ctx);
    if (!lb->emit || !lb->best || !lb->back || !lb->ctx) return QUOTH_ERR_NOMEM;
    lb->cap = MAX_CHUNK;
    return 0;
}

static void label_chunk(const quoth_attrib_model *m, quoth_labeller *lb, size_t first, size_t n,
                        uint8_t *labels) {
    uint64_t feats[QUOTH_ATTRIB_MAX_FEATS];
    for (size_t k = 0; k < n; k++) {
        int32_t *row = lb->emit + 8 * k;
        memset(row, 0, 8 * sizeof *row);
        size_t nf = quoth_attrib_features(lb->ctx, first + k, feats);
        quoth_linear_score(&m->weights, feats, nf, row);
    }
    quoth_viterbi(lb->emit, m->trans, n, lb->best, lb->back, labels + first);
}

/* A paragraph without a quotation mark and without a word that is or was
 * ever seen as a cue holds no attribution worth the tagger's time: it is
 * labelled O outright. */
static int worth_labelling(const quoth_attrib_context *ctx, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        const quoth_token *t = &ctx->tl->tok[i];
        if ((t->flags & TOK_QUOTE) || (t->lex & (LEX_CUE | LEX_CUE_NOUN))) return 1;
        if (ctx->cue_rate[i] != QUOTH_CUE_RATE_UNKNOWN && ctx->cue_rate[i] >= 1) return 1;
    }
    return 0;
}

int quoth_learned_label(const quoth_attrib_model *m, const quoth_attrib_input *in,
                        const uint8_t *roles, quoth_labeller *lb, uint8_t *labels) {
    const quoth_token_list *tl = in->tokens;
    int rc = labeller_reserve(lb);
    if (!rc) rc = quoth_attrib_context_build(lb->ctx, tl, roles, &m->cue_rates);
    if (rc) return rc;
    for (size_t p = 0; p < tl->n_para; p++) {
        const quoth_paragraph *para = &tl->para[p];
        size_t first = para->first_token, end = first + para->n_tokens;
        if (para->navigation || !worth_labelling(lb->ctx, first, end)) {
            memset(labels + first, AL_O, end - first);
            continue;
        }
        for (size_t at = first; at < end; at += MAX_CHUNK)
            label_chunk(m, lb, at, end - at < MAX_CHUNK ? end - at : MAX_CHUNK, labels);
    }
    return 0;
}

/* ------------------------------------------------------------ decoding */

typedef struct labelled_span {
    uint32_t first, end;
    uint8_t role;     /* AL_B_SOURCE, AL_B_CUE or AL_B_CONTENT */
    int32_t owner;    /* the cue span it joins */
} labelled_span;

/* Cost of joining span a to cue c: tokens between them, more across a
 * sentence boundary. */
static long join_cost(const quoth_phrases *p, const labelled_span *a, const labelled_span *c) {
    long gap = a->end <= c->first ? (long)c->first - (long)a->end : (long)a->first - (long)c->end;
    if (gap < 0) gap = 0;
    uint32_t sa = p->t[a->role == AL_B_CONTENT && a->end <= c->first ? a->end - 1 : a->first].sentence;
    uint32_t sc = p->t[c->first].sentence;
    if (sa != sc) gap += 25L * (long)(sa > sc ? sa - sc : sc - sa);
    if (a->role == AL_B_SOURCE && a->first > c->first) gap += 2; /* sources mostly come first */
    return gap;
}

static int collect_spans(const quoth_attrib_input *in, const uint8_t *labels, labelled_span **out,
                         size_t *n_out) {
    const quoth_token_list *tl = in->tokens;
    size_t n = 0, cap = 64;
    labelled_span *s = malloc(cap * sizeof *s);
    if (!s) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < tl->n;) {
        unsigned l = labels[i];
        if (l == AL_O) {
            i++;
            continue;
        }
        unsigned b = (l - 1) / 2 * 2 + 1; /* the B- label of l's role */
        size_t j = i + 1;
        while (j < tl->n && labels[j] == b + 1 && tl->tok[j].sentence == tl->tok[i].sentence) j++;
        /* contents may run over sentences of one paragraph */
        while (b == AL_B_CONTENT && j < tl->n && labels[j] == AL_I_CONTENT) j++;
        if (n == cap) {
            labelled_span *q = realloc(s, (cap *= 2) * sizeof *s);
            if (!q) {
                free(s);
                return QUOTH_ERR_NOMEM;
            }
            s = q;
        }
        s[n++] = (labelled_span){(uint32_t)i, (uint32_t)j, (uint8_t)b, -1};
        i = j;
    }
    *out = s;
    *n_out = n;
    return 0;
}

/* Each source and content joins the cheapest cue of its paragraph; the
 * search looks at most a few spans each way, so it stays linear. */
static void join_to_cues(const quoth_phrases *p, labelled_span *s, size_t n) {
    enum { LOOK = 12, MAX_COST = 60 };
    for (size_t k = 0; k < n; k++) {
        if (s[k].role == AL_B_CUE) continue;
        long best = MAX_COST + 1;
        size_t lo = k > LOOK ? k - LOOK : 0, hi = k + LOOK < n ? k + LOOK : n - 1;
        for (size_t c = lo; c <= hi; c++) {
            if (s[c].role != AL_B_CUE || !quoth_same_paragraph(p, s[c].first, s[k].first)) continue;
            long cost = join_cost(p, &s[k], &s[c]);
            if (cost < best) {
                best = cost;
                s[k].owner = (int32_t)c;
            }
        }
    }
}

static int emit_attribution(const labelled_span *s, size_t n, size_t cue,
                            quoth_attribution_list *out) {
    quoth_attribution a;
    memset(&a, 0, sizeof a);
    a.cue.first = s[cue].first;
    a.cue.end = s[cue].end;
    a.origin = ORIGIN_MODEL;
    a.speaker = -1;
    a.context_of = -1;
    a.confidence = 0.8f;
    enum { LOOK = 12 };
    size_t lo = cue > LOOK ? cue - LOOK : 0, hi = cue + LOOK < n ? cue + LOOK : n - 1;
    for (size_t k = lo; k <= hi; k++) {
        if (s[k].owner != (int32_t)cue) continue;
        quoth_tspan t = {s[k].first, s[k].end};
        if (s[k].role == AL_B_SOURCE && quoth_tspan_empty(a.source)) a.source = t;
        else if (s[k].role == AL_B_CONTENT && a.n_content < 2) a.content[a.n_content++] = t;
    }
    if (!a.n_content) return 0;
    return quoth_attribution_push(out, &a);
}

int quoth_learned_decode(const quoth_attrib_input *in, const uint8_t *labels, quoth_attribution_list *out) {
    labelled_span *s;
    size_t n;
    int rc = collect_spans(in, labels, &s, &n);
    if (rc) return rc;
    quoth_phrases p = quoth_phrases_of(in->tokens);
    join_to_cues(&p, s, n);
    for (size_t k = 0; k < n && !rc; k++)
        if (s[k].role == AL_B_CUE) rc = emit_attribution(s, n, k, out);
    free(s);
    return rc;
}
