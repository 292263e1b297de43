/*
 * attribution.c - the list of attributions: growing it, sorting it, each
 * one's type, and the merge of the rules' list with the tagger's. What
 * follows the merge is in spans.c (each attribution's spans set right) and
 * statements.c (statements found, split or dropped over the list).
 */
#include "attrib/attribution.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/name_words.h"
#include "attrib/phrase.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "util/array.h"

int quoth_attribution_push(quoth_attribution_list *list, const quoth_attribution *a) {
    if (QUOTH_RESERVE(list->a, list->cap, list->n + 1, 32)) return QUOTH_ERR_NOMEM;
    list->a[list->n++] = *a;
    return 0;
}

void quoth_attribution_list_free(quoth_attribution_list *list) {
    free(list->a);
    memset(list, 0, sizeof *list);
}

/* A single closing mark glued to the end of a word that closes no
 * quotation (the text after it is no shallower) is the apostrophe of a
 * plural possessive ("the nurses' union", "workers’ rights"): the
 * tokenizer, which cannot tell them apart at the mark, keeps both as
 * quotation marks, and only the pairing shows which it was. */
static int possessive_apostrophe(const quoth_token_list *tl, uint32_t i) {
    const quoth_token *t = &tl->tok[i];
    if (!(t->flags & TOK_QUOTE_SINGLE) || !(t->flags & TOK_QUOTE_CLOSE) || (t->flags & TOK_SPACE_BEFORE) || i == 0)
        return 0;
    return i + 1 < tl->n ? tl->tok[i + 1].quote_depth >= t->quote_depth : t->quote_depth == 0;
}

/* Direct: the content is one quotation, marks at both ends (a comma or
 * period may follow the closing mark inside the span). Mixed: it holds a
 * quotation mark somewhere. Indirect: none. */
/* Whether the content at `first` follows a dash, as the words of dialogue
 * set off by dashes do ("— We held, — the colonel said."): the dash is
 * their quotation mark. */
static int after_dialogue_dash(const quoth_token_list *tl, uint32_t first) {
    if (first == 0) return 0;
    const quoth_token *t = &tl->tok[first - 1];
    return (t->flags & TOK_PUNCT) && t->norm_len == 2 && memcmp(tl->arena + t->norm, "--", 2) == 0;
}

static quoth_quote_type type_of(const quoth_token_list *tl, const quoth_attribution *a) {
    int marks = 0, whole = 1;
    for (int c = 0; c < a->n_content; c++) {
        quoth_tspan s = a->content[c];
        if (quoth_tspan_empty(s)) continue;
        if (a->origin == ORIGIN_RULE_DIRECT && after_dialogue_dash(tl, s.first)) {
            marks++;
            continue;
        }
        uint32_t last = s.end - 1;
        while (last > s.first && (tl->tok[last].flags & TOK_PUNCT) && !(tl->tok[last].flags & TOK_QUOTE))
            last--;
        int opens = (tl->tok[s.first].flags & TOK_QUOTE_OPEN) != 0;
        int closes = (tl->tok[last].flags & TOK_QUOTE_CLOSE) != 0;
        if (!opens || !closes) whole = 0;
        for (uint32_t i = s.first; i < s.end; i++)
            marks += (tl->tok[i].flags & TOK_QUOTE) && !possessive_apostrophe(tl, i);
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
    if (list->n) qsort(list->a, list->n, sizeof *list->a, by_content);
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

/* How many words between a cue and the source after it take_gap() marks. */
#define CUE_SOURCE_GAP_MAX 6

/* "According to what was reported by the channel Al-Mashriq TV, ...": the
 * words between the rules' cue and the source after it, once the tagger's
 * shorter cue has won the vote, are nobody's content (the tagger had made
 * "what" a second statement of the channel's; the eighteenth audit's). */
static void take_gap(const quoth_attribution *a, uint8_t *used) {
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || a->source.first <= a->cue.end ||
        a->source.first - a->cue.end > CUE_SOURCE_GAP_MAX)
        return;
    for (uint32_t i = a->cue.end; i < a->source.first; i++) used[i] = 1;
}

/* The first of the tagger's attributions whose cue ends after token
 * `tok`: they come in the order of their cues, which do not overlap
 * (quoth_learned_decode), so those whose cue overlaps a span start there
 * and run while their cue starts before its end. */
static size_t first_cue_after(const quoth_attribution_list *model, uint32_t tok) {
    size_t lo = 0, hi = model->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (model->a[mid].cue.end <= tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Whether a content of r holds the cue and source of a tagger's
 * attribution other than m, and m's content stays clear of r's source and
 * cue (so that m's reading can replace r's). */
static int holds_other_attribution(const quoth_attribution *r, const quoth_attribution *m,
                                   const quoth_attribution_list *model) {
    if (!m->n_content) return 0;
    for (int c = 0; c < m->n_content; c++)
        if (quoth_tspan_overlaps(m->content[c], r->source) || quoth_tspan_overlaps(m->content[c], r->cue)) return 0;
    for (int c = 0; c < r->n_content; c++) {
        quoth_tspan piece = r->content[c];
        for (size_t j = first_cue_after(model, piece.first); j < model->n && model->a[j].cue.first < piece.end; j++) {
            const quoth_attribution *o = &model->a[j];
            if (o != m && quoth_tspan_overlaps(o->cue, piece) && quoth_tspan_overlaps(o->source, piece)) return 1;
        }
    }
    return 0;
}

static void content_of(quoth_attribution *r, const quoth_attribution *m) {
    r->content[0] = m->content[0];
    r->content[1] = m->content[1];
    r->n_content = m->n_content;
}

/* The rules find direct quotes well, but name their speakers as a name
 * alone; PolNeAR's sources take the title before and the apposition after
 * ("Kenneth Baer, a former Obama administration official,"), and its cues
 * the words that go with the verb ("said in a statement"), as the tagger
 * learned to. Where the tagger read the same cue, its source wins when it
 * overlaps the rules', and its cue when it takes in none of the rules'
 * source and content. The content stays the rules' (taking the tagger's
 * for reported speech measured no better on PolNeAR dev), but where the
 * rules' reported speech holds a whole other attribution of the tagger
 * (its cue and source: "Putney said that the video did not show a gun, but
 * he said that ...", "X said Y was confident, Z told reporters"): then the
 * tagger read where the first statement ends, and its content wins (on
 * PolNeAR dev +0.006 content-exact, +0.003 who-said-what F1). */
static void vote_source(const quoth_phrases *p, quoth_attribution *r, const quoth_attribution_list *model) {
    for (size_t k = first_cue_after(model, r->cue.first); k < model->n && model->a[k].cue.first < r->cue.end; k++) {
        const quoth_attribution *m = &model->a[k];
        if (!quoth_tspan_overlaps(m->cue, r->cue)) continue;
        /* the rules read no noun phrase after "said" in “…,” said Devine
         * (a tagger's adjective) or "said the 46-year-old": the tagger's
         * source fills in, when clear of the content */
        int fills = r->origin == ORIGIN_RULE_DIRECT && quoth_tspan_empty(r->source) && !quoth_tspan_empty(m->source);
        for (int c = 0; fills && c < r->n_content; c++) fills = !quoth_tspan_overlaps(m->source, r->content[c]);
        /* but not one that the rules' source holds, then goes on with an
         * apposition ("according to the council's engineer, Tomas Reyes,":
         * the tagger had stopped at "engineer", and no one was named) */
        int apposed = r->source.first == m->source.first && m->source.end < r->source.end &&
                      (quoth_punct_is(p, m->source.end, ",") || quoth_punct_is(p, m->source.end - 1, ","));
        if ((quoth_tspan_overlaps(m->source, r->source) && !apposed) || fills) r->source = m->source;
        int cue_ok = !quoth_tspan_overlaps(m->cue, r->source);
        for (int c = 0; c < r->n_content; c++) cue_ok &= !quoth_tspan_overlaps(m->cue, r->content[c]);
        if (cue_ok) r->cue = m->cue;
        if (r->origin == ORIGIN_RULE_INDIRECT && holds_other_attribution(r, m, model)) content_of(r, m);
        return;
    }
}

/* Whether token i opens a quotation with a single mark (‘ or ', which
 * the tokenizer writes ` and '). */
static int single_mark(const quoth_token_list *tl, uint32_t i) {
    const char *w = quoth_token_norm(tl, i);
    return (tl->tok[i].flags & TOK_QUOTE_OPEN) && tl->tok[i].norm_len == 1 && (w[0] == '`' || w[0] == '\'');
}

/* Whether content rc of the rules' direct quote r opens a sentence after
 * `cue_sentence`: "... lamented that his containers were trapped. ‘I pay
 * demurrage every day,’ he asked." is a quotation of its own, with its
 * own cue, that a tagger's content running on past its sentence holds by
 * mistake (single marks, rare in PolNeAR, teach the tagger little). */
static int own_sentence_quote(const quoth_token_list *tl, const quoth_attribution *r, int rc, uint32_t cue_sentence) {
    uint32_t first = r->content[rc].first;
    return r->origin == ORIGIN_RULE_DIRECT && first > 0 && tl->tok[first].sentence != cue_sentence &&
           tl->tok[first].sentence != tl->tok[first - 1].sentence && single_mark(tl, first);
}

/* A tagger's content that runs on into a sentence that the rules' quote
 * took ends before it, with the sentence before ("lamented that his
 * containers were trapped. ‘I pay demurrage ...’ he asked": the whole
 * attribution had been lost with its overlap). */
static void content_before_taken_sentence(const quoth_token_list *tl, quoth_attribution *m, const uint8_t *used) {
    quoth_tspan *c = &m->content[m->n_content - 1];
    uint32_t i = c->first + 1;
    while (i < c->end && !used[i]) i++;
    if (i >= c->end || tl->tok[i].sentence == tl->tok[i - 1].sentence || !single_mark(tl, i) ||
        quoth_tspan_empty(m->cue) || m->cue.end > c->first || tl->tok[m->cue.first].sentence == tl->tok[i].sentence)
        return;
    uint32_t end = i;
    while (end > c->first && (tl->tok[end - 1].flags & TOK_PUNCT) && !(tl->tok[end - 1].flags & TOK_QUOTE)) end--;
    if (end >= c->first + 2) c->end = end;
}

/* "DuVernay said she felt the amendment was worth examining because “most
 * people don't know about that loophole,” she said": the rules give the
 * quotation to the nearest cue, the tagger read it as part of what the
 * first cue reports (a mixed quote). Where a content of the tagger holds a
 * quotation of the rules' whole, and more, under another cue of its
 * sentence, the rules' attribution lets that piece go. So does an
 * attribution of the rules nested in what the tagger read as the content
 * of an outer one ("A campaign operative decided to ..., a source said"):
 * PolNeAR gives each token to one attribution, the outer. */
static void give_up_mixed(const quoth_token_list *tl, quoth_attribution *r, const quoth_attribution_list *model) {
    if (!r->n_content) return;
    /* a piece that holds a content starts by the last start of r's
     * contents and ends after the first end: one test for most pieces,
     * which lie elsewhere in the document (still true as contents go) */
    uint32_t last_first = r->content[0].first, first_end = r->content[0].end;
    for (int rc = 1; rc < r->n_content; rc++) {
        if (r->content[rc].first > last_first) last_first = r->content[rc].first;
        if (r->content[rc].end < first_end) first_end = r->content[rc].end;
    }
    for (size_t k = 0; k < model->n; k++) {
        const quoth_attribution *m = &model->a[k];
        /* that test of the first piece, and of a second where there is
         * one, before the loop over them, whose end had been mispredicted */
        int near = (m->content[0].first <= last_first) & (m->content[0].end >= first_end);
        if (m->n_content > 1) near |= (m->content[1].first <= last_first) & (m->content[1].end >= first_end);
        if (!near || !m->n_content) continue;
        for (int mc = 0; mc < m->n_content; mc++) {
            quoth_tspan piece = m->content[mc];
            if (piece.first > last_first || piece.end < first_end) continue;
            /* the containment first: it rules out nearly every pair, and
             * the cues and sentences are further loads. A piece of another
             * sentence than the tagger's cue holds no mixed quote of that
             * cue: "..., noting that X. About it informs Voice of America." */
            for (int rc = 0; rc < r->n_content; rc++) {
                if (!quoth_tspan_contains(piece, r->content[rc]) || quoth_tspan_overlaps(m->cue, r->cue) ||
                    quoth_tspan_empty(m->cue))
                    continue;
                uint32_t cs = tl->tok[m->cue.first].sentence;
                if ((tl->tok[piece.first].sentence == cs || tl->tok[piece.end - 1].sentence == cs) &&
                    !own_sentence_quote(tl, r, rc, cs)) {
                    if (rc == 0) r->content[0] = r->content[1];
                    r->n_content--;
                    rc--;
                }
            }
        }
    }
}

/* "Tate, who has worked at the clinic since 2009, denies negligence": the
 * rules read the words before the cue as what is said and the word after
 * as who says it, as of "'...,' said Tate"; the tagger, under the same
 * cue, read them the other way round. Its reading wins: both had been kept
 * (their contents do not overlap), and a later step turned the rules' the
 * right way round, into a second record of the same statement (the
 * eighteenth audit's). */
static int reversed_by_model(const quoth_attribution *r, const quoth_attribution_list *model) {
    if (r->n_content != 1 || quoth_tspan_empty(r->source) || quoth_tspan_empty(r->cue)) return 0;
    for (size_t k = first_cue_after(model, r->cue.first); k < model->n && model->a[k].cue.first < r->cue.end; k++) {
        const quoth_attribution *m = &model->a[k];
        if (m->n_content == 1 && quoth_tspan_overlaps(m->cue, r->cue) && quoth_tspan_overlaps(m->source, r->content[0]) &&
            quoth_tspan_overlaps(m->content[0], r->source))
            return 1;
    }
    return 0;
}

int quoth_attribution_merge(const quoth_token_list *tl, const quoth_attribution_list *rules,
                            const quoth_attribution_list *model, uint8_t *used,
                            quoth_attribution_list *out) {
    memset(used, 0, tl->n);
    out->n = 0;
    /* first_cue_after()'s binary search needs the tagger's cues in order and
     * apart, as quoth_learned_decode() makes them */
    for (size_t k = 1; k < model->n; k++) assert(model->a[k - 1].cue.end <= model->a[k].cue.first);
    int rc = 0;
    /* vote_source() and give_up_mixed() look at every model attribution for
     * each of the rules': quadratic in a document of thousands of them. A
     * budget linear in the document's size, far above what an article needs
     * (200 attributions each side cost 120,000), keeps adversarial text
     * linear; past it the rules' attributions are kept as they are. */
    uint64_t budget = 16 * (uint64_t)tl->n + (1u << 20);
    quoth_phrases p = quoth_phrases_of(tl);
    for (size_t k = 0; !rc && k < rules->n; k++) {
        quoth_attribution a = rules->a[k];
        if (budget >= 4 * (uint64_t)model->n) {
            budget -= 4 * (uint64_t)model->n;
            if (a.origin != ORIGIN_RULE_DIRECT && reversed_by_model(&a, model)) continue;
            vote_source(&p, &a, model);
            give_up_mixed(tl, &a, model);
        }
        if (a.n_content) rc = add_if_free(&a, used, out);
        if (!rc && a.n_content) take_gap(&a, used);
    }
    for (size_t k = 0; !rc && k < model->n; k++) {
        quoth_attribution m = model->a[k];
        if (m.n_content) content_before_taken_sentence(tl, &m, used);
        rc = add_if_free(&m, used, out);
    }
    return rc;
}
