/*
 * attribution.c - the list of attributions and what is derived from it.
 */
#include "attrib/attribution.h"

#include <stdlib.h>
#include <string.h>

#include "attrib/phrase.h"
#include "quoth.h"

int quoth_attribution_push(quoth_attribution_list *list, const quoth_attribution *a) {
    if (list->n == list->cap) {
        size_t cap = list->cap ? list->cap * 2 : 32;
        quoth_attribution *p = realloc(list->a, cap * sizeof *p);
        if (!p) return QUOTH_ERR_NOMEM;
        list->a = p;
        list->cap = cap;
    }
    list->a[list->n++] = *a;
    return 0;
}

void quoth_attribution_list_free(quoth_attribution_list *list) {
    free(list->a);
    memset(list, 0, sizeof *list);
}

/* Direct: the content is one quotation, marks at both ends (a comma or
 * period may follow the closing mark inside the span). Mixed: it holds a
 * quotation mark somewhere. Indirect: none. */
static quoth_quote_type type_of(const quoth_token_list *tl, const quoth_attribution *a) {
    int marks = 0, whole = 1;
    for (int c = 0; c < a->n_content; c++) {
        quoth_tspan s = a->content[c];
        if (quoth_tspan_empty(s)) continue;
        uint32_t last = s.end - 1;
        while (last > s.first && (tl->tok[last].flags & TOK_PUNCT) && !(tl->tok[last].flags & TOK_QUOTE))
            last--;
        int opens = (tl->tok[s.first].flags & TOK_QUOTE_OPEN) != 0;
        int closes = (tl->tok[last].flags & TOK_QUOTE_CLOSE) != 0;
        if (!opens || !closes) whole = 0;
        for (uint32_t i = s.first; i < s.end; i++) marks += (tl->tok[i].flags & TOK_QUOTE) != 0;
        /* a mark inside that closes before the end: “A” and “B” are two quotes */
        for (uint32_t i = s.first + 1; i < last && whole; i++)
            if (tl->tok[i].quote_depth < tl->tok[s.first].quote_depth) whole = 0;
    }
    if (!marks) return QUOTH_INDIRECT;
    return whole ? QUOTH_DIRECT : QUOTH_MIXED;
}

void quoth_attribution_set_types(const quoth_attrib_input *in, quoth_attribution_list *list) {
    for (size_t k = 0; k < list->n; k++) list->a[k].type = (uint8_t)type_of(in->tokens, &list->a[k]);
}

static uint32_t first_content(const quoth_attribution *a) {
    uint32_t f = a->content[0].first;
    if (a->n_content > 1 && a->content[1].first < f) f = a->content[1].first;
    return f;
}

static int by_content(const void *x, const void *y) {
    uint32_t a = first_content(x), b = first_content(y);
    return a < b ? -1 : a > b;
}

void quoth_attribution_sort(quoth_attribution_list *list) {
    qsort(list->a, list->n, sizeof *list->a, by_content);
}

static int content_free(const quoth_attribution *a, const uint8_t *used) {
    for (int c = 0; c < a->n_content; c++)
        for (uint32_t i = a->content[c].first; i < a->content[c].end; i++)
            if (used[i]) return 0;
    return 1;
}

static void take_content(const quoth_attribution *a, uint8_t *used) {
    for (int c = 0; c < a->n_content; c++)
        for (uint32_t i = a->content[c].first; i < a->content[c].end; i++) used[i] = 1;
}

static int add_if_free(const quoth_attribution *a, uint8_t *used, quoth_attribution_list *out) {
    if (!content_free(a, used)) return 0;
    take_content(a, used);
    return quoth_attribution_push(out, a);
}

int quoth_attribution_merge(const quoth_attribution_list *rules, const quoth_attribution_list *model,
                            uint8_t *used, size_t n_tokens, quoth_attribution_list *out) {
    memset(used, 0, n_tokens);
    out->n = 0;
    int rc = 0;
    for (size_t k = 0; !rc && k < rules->n; k++) rc = add_if_free(&rules->a[k], used, out);
    for (size_t k = 0; !rc && k < model->n; k++) rc = add_if_free(&model->a[k], used, out);
    return rc;
}

static uint32_t start_of(const quoth_attribution *a) {
    uint32_t f = a->content[0].first;
    if (!quoth_tspan_empty(a->source) && a->source.first < f) f = a->source.first;
    if (!quoth_tspan_empty(a->cue) && a->cue.first < f) f = a->cue.first;
    return f;
}

static int by_start(const void *x, const void *y) {
    uint32_t a = start_of(x), b = start_of(y);
    return a < b ? -1 : a > b;
}

static int is_passive(const quoth_phrases *p, size_t cue) {
    static const char *const BE[] = {"is", "was", "be", "been", "are", "were", "being"};
    for (size_t k = 0; k < sizeof BE / sizeof *BE; k++)
        if (cue > 0 && quoth_word_is(p, cue - 1, BE[k])) return 1;
    return 0;
}

/* The contiguous span of the subtree under `root` (trees are projective)
 * within its sentence. */
static quoth_tspan subtree(const quoth_phrases *p, size_t root) {
    size_t first = quoth_sentence_first(p, root), end = quoth_sentence_end(p, root);
    size_t lo = root, hi = root;
    for (size_t i = first; i < end; i++) {
        size_t node = i;
        for (int depth = 0; depth < 24 && node != root && p->t[node].head >= 0; depth++)
            node = (size_t)p->t[node].head;
        if (node != root) continue;
        if (i < lo) lo = i;
        if (i > hi) hi = i;
    }
    /* a subject ends before a comma that closes an apposition it opened */
    while (hi > lo && (quoth_punct_is(p, hi, ",") || quoth_punct_is(p, hi, "--"))) hi--;
    quoth_tspan s = {(uint32_t)lo, (uint32_t)hi + 1};
    return s;
}

/* The subject of `verb` in the dependency tree, or of the verb it hangs
 * from when it is a participle, an infinitive or a second verb. */
static quoth_tspan tree_subject(const quoth_phrases *p, const quoth_dep_rels *r, size_t verb) {
    quoth_tspan none = {0, 0};
    for (int hop = 0; hop < 3; hop++) {
        size_t first = quoth_sentence_first(p, verb), end = quoth_sentence_end(p, verb);
        for (size_t i = first; i < end; i++)
            if (p->t[i].head == (int32_t)verb && (p->t[i].rel == r->nsubj || p->t[i].rel == r->nsubjpass))
                return p->t[i].rel == r->nsubj ? subtree(p, i) : none;
        uint8_t rel = p->t[verb].rel;
        if (p->t[verb].head < 0 || (rel != r->xcomp && rel != r->conj && rel != r->advcl)) break;
        verb = (size_t)p->t[verb].head;
    }
    return none;
}

/* The verb of a cue span: its last verb ("has said", "said in a statement"). */
static size_t cue_verb(const quoth_phrases *p, quoth_tspan cue) {
    size_t v = cue.first;
    for (size_t i = cue.first; i < cue.end; i++)
        if (quoth_coarse(p, i) == CT_VERB) v = i;
    return v;
}

/* "Kerr Putney, the police chief, said": PolNeAR's sources keep the comma
 * that closes their apposition (927 of 1,028 in train), so ours do too. */
static void close_apposition(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.end >= p->n || !quoth_punct_is(p, s.end, ",")) return;
    if (quoth_tspan_empty(a->cue) || a->cue.first != s.end + 1) return;
    for (uint32_t i = s.first + 1; i < s.end; i++)
        if (quoth_punct_is(p, i, ",")) {
            a->source.end++;
            return;
        }
}

void quoth_attribution_infer_sources(const quoth_attrib_input *in, quoth_attribution_list *list) {
    quoth_phrases p = quoth_phrases_of(in->tokens);
    qsort(list->a, list->n, sizeof *list->a, by_start);
    for (size_t k = 0; k < list->n; k++) close_apposition(&p, &list->a[k]);
    for (size_t k = 0; k < list->n; k++) {
        quoth_attribution *a = &list->a[k];
        if (!quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue)) continue;
        size_t cue = a->cue.first;
        if (quoth_coarse(&p, cue) != CT_VERB || is_passive(&p, cue)) continue;
        size_t verb = cue_verb(&p, a->cue);
        if (in->rels && p.t[verb].rel != QUOTH_NO_REL) {
            a->source = tree_subject(&p, in->rels, verb);
            continue;
        }
        int participle = cue > 0 && quoth_punct_is(&p, cue - 1, ",") &&
                         (p.t[cue].flags & TOK_ALPHA) && p.t[cue].norm_len > 3 &&
                         strcmp(quoth_token_norm(p.tl, cue) + p.t[cue].norm_len - 3, "ing") == 0;
        if (participle && k > 0 && !quoth_tspan_empty(list->a[k - 1].source) &&
            p.t[list->a[k - 1].source.first].sentence == p.t[cue].sentence) {
            a->source = list->a[k - 1].source;
            continue;
        }
        a->source = quoth_sentence_subject(&p, cue);
    }
}
