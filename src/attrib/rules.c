/*
 * rules.c - attributions found by rule.
 *
 * Direct quotes are the rules' strength: a quotation next to a speech verb
 * with a noun phrase on its other side is an attribution with little doubt.
 * The indirect patterns are the frequent, unambiguous ones:
 *     SOURCE CUE [that] CONTENT          Kirby stressed that ...
 *     CONTENT, SOURCE CUE.               ..., the official said.
 *     CONTENT, CUE SOURCE.               ..., said the official.
 *     According to SOURCE, CONTENT       (and CONTENT, according to SOURCE.)
 *     ..., CUE-ing that CONTENT          ..., noting that ... (no source)
 * Spans follow the PolNeAR conventions: the content starts right after the
 * cue (a "that" is part of it) and leaves out the sentence's final period;
 * adverbs and auxiliaries between source and verb belong to the cue.
 */
#include <string.h>

#include "attrib/attribution.h"
#include "attrib/wordclass.h"
#include "attrib/phrase.h"
#include "quoth.h"

typedef struct rules {
    quoth_phrases p;
    const quoth_quotation_list *quotations;
    uint8_t *used;
    quoth_attribution_list *out;
    const uint8_t *pos_flags; /* per part-of-speech id, QUOTH_POS_*; NULL without a tagger */
} rules;

static quoth_tspan span(size_t first, size_t end) {
    quoth_tspan s = {(uint32_t)first, (uint32_t)end};
    return s;
}

static const quoth_tspan NO_SPAN = {0, 0};

/* A content runs to dozens of tokens: its flags are asked eight at a
 * time, the last eight (overlapping ones asked already) without a loop. */
static int span_free(const rules *r, quoth_tspan s) {
    if (s.end >= s.first + 8) {
        uint64_t eight;
        for (uint32_t i = s.first; i + 8 < s.end; i += 8) {
            memcpy(&eight, r->used + i, 8);
            if (eight) return 0;
        }
        memcpy(&eight, r->used + s.end - 8, 8);
        return eight == 0;
    }
    for (uint32_t i = s.first; i < s.end; i++)
        if (r->used[i]) return 0;
    return 1;
}

static void mark(rules *r, quoth_tspan s) {
    if (s.end > s.first) memset(r->used + s.first, 1, s.end - s.first);
}

static int emit(rules *r, quoth_tspan cue, quoth_tspan source, quoth_tspan c1, quoth_tspan c2,
                int origin) {
    quoth_attribution a;
    memset(&a, 0, sizeof a);
    a.cue = cue;
    a.source = source;
    a.content[0] = c1;
    a.content[1] = c2;
    a.n_content = quoth_tspan_empty(c2) ? 1 : 2;
    a.origin = (uint8_t)origin;
    a.speaker = -1;
    a.context_of = -1;
    a.confidence = origin == ORIGIN_RULE_DIRECT ? 0.9f : 0.7f;
    mark(r, cue);
    mark(r, source);
    mark(r, c1);
    mark(r, c2);
    return quoth_attribution_push(r->out, &a);
}

static int lemma_is(const rules *r, size_t i, const char *lemma) {
    const char *l = quoth_cue_lemma(LEX_LEMMA(r->p.t[i].lex));
    return l && strcmp(l, lemma) == 0;
}

/* ------------------------------------------------------ direct quotes */

/* A quotation that states something, not a scare-quoted word or two. */
static int is_statement(const rules *r, const quoth_quotation *q) {
    const quoth_phrases *p = &r->p;
    size_t words = 0; /* counted up to eight: no test below asks more */
    for (uint32_t i = q->open + 1; i < q->close && words < 8; i++) words += (r->p.t[i].flags & TOK_ALPHA) != 0;
    /* after "on", "the", "CBS's" a short quotation is a title: "Face the Nation" */
    if (q->open > quoth_sentence_first(p, q->open)) {
        int before = quoth_coarse(p, q->open - 1);
        if ((before == CT_ADP || before == CT_DET || before == CT_PART || before == CT_POSS) && words < 8)
            return 0;
    }
    return words >= 4 || (words >= 1 && (quoth_is_final_punct(&r->p, q->close - 1) ||
                                         quoth_punct_is(&r->p, q->close - 1, ",")));
}

/* Words a source phrase may hold besides its noun phrase: "a spokesman
 * for the campaign", "an official at the embassy", "Jason Chaffetz
 * (R-Utah)", "Elaine Kamarck, a veteran of ...". */
static int source_word(const rules *r, size_t i) {
    const quoth_phrases *p = &r->p;
    int c = quoth_coarse(p, i);
    /* "Ms Walcott said": an honorific without its full stop, which the
     * tagger may read as a verb ("Ms" as VBZ) */
    if ((p->t[i].lex & LEX_HONORIFIC) && (p->t[i].flags & TOK_CAPITALIZED)) return !p->t[i].quote_depth;
    if (c == CT_NOUN || c == CT_PROPN || c == CT_DET || c == CT_POSS || c == CT_ADJ ||
        c == CT_NUM || c == CT_ADP || c == CT_PART)
        return !r->p.t[i].quote_depth;
    return quoth_punct_is(p, i, ",") || quoth_punct_is(p, i, "-LRB-") ||
           quoth_punct_is(p, i, "-RRB-") || quoth_punct_is(p, i, "-");
}

/* The source after a cue: a noun phrase, and its apposition when the
 * sentence ends with it ("said Elaine Kamarck, a veteran of the DNC."). */
static size_t source_after_cue(const rules *r, size_t start, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t e = quoth_np_right(p, start, limit);
    if (e == start || !quoth_punct_is(p, e, ",") || e + 1 >= limit) return e;
    size_t k = e + 1;
    while (k < limit && k - e < QUOTH_MAX_PHRASE && source_word(r, k) && !quoth_punct_is(p, k, ","))
        k++;
    int ends = k >= limit || quoth_is_final_punct(p, k);
    return ends && k > e + 2 && quoth_coarse(p, e + 1) == CT_DET ? k : e;
}

/* “…,” said X / “…,” X said / “…,” he added / “…” ― X. The cue must be in
 * the sentence the quotation closes. */
static int cue_after(const rules *r, size_t j, size_t limit, quoth_tspan *cue, quoth_tspan *src) {
    const quoth_phrases *p = &r->p;
    if (quoth_punct_is(p, j, ",")) j++;
    if (j >= limit) return 0;
    if (quoth_is_cue_verb(p, j)) {
        *cue = quoth_cue_around(p, j, j);
        *src = span(cue->end, source_after_cue(r, cue->end, limit));
        return 1;
    }
    if (quoth_punct_is(p, j, "--") && quoth_np_right(p, j + 1, limit) > j + 1) {
        /* a byline dash: “…” ― Carla Sanchez */
        *cue = span(j, j + 1);
        *src = span(j + 1, quoth_np_right(p, j + 1, limit));
        return src->end >= limit || quoth_is_final_punct(p, src->end) ||
               (p->t[src->end].flags & (TOK_QUOTE_OPEN | TOK_PARA_START));
    }
    size_t k = quoth_np_right(p, j, limit);
    if (k > j && quoth_coarse(p, j) == CT_PRON) {
        while (k < limit && k - j < 4 && !quoth_is_cue_verb(p, k) && quoth_coarse(p, k) == CT_ADV) k++;
        if (!quoth_is_cue_verb(p, k)) return 0;
        *cue = quoth_cue_around(p, k, j + 1);
        *src = span(j, j + 1);
        return 1;
    }
    k = j;
    while (k < limit && k - j < QUOTH_MAX_PHRASE && !quoth_is_cue_verb(p, k) && source_word(r, k)) k++;
    while (k < limit && k - j < QUOTH_MAX_PHRASE + 3 && !quoth_is_cue_verb(p, k) &&
           quoth_coarse(p, k) == CT_ADV)
        k++;
    if (k >= limit || !quoth_is_cue_verb(p, k) || k == j) return 0;
    *cue = quoth_cue_around(p, k, j + 1);
    size_t e = cue->first;
    while (e > j && quoth_punct_is(p, e - 1, ",")) e--;
    if (e == j || quoth_np_right(p, j, e) == j) return 0;
    *src = span(j, e);
    return 1;
}

/* X said: “…” / He added, “…” */
static int cue_before(const rules *r, size_t open, size_t limit, quoth_tspan *cue, quoth_tspan *src) {
    const quoth_phrases *p = &r->p;
    if (open <= limit) return 0;
    size_t k = open - 1;
    int marked = (quoth_punct_is(p, k, ":") || quoth_punct_is(p, k, ",")) && k > limit;
    if (marked) k--;
    /* "says of Clinton, “…”", "told reporters on Monday: “…”"; without the
     * colon or comma the quotation is the verb's object ("what she calls
     * a “war of words”"), an evaluation inside another statement */
    size_t stop = k > limit + 6 ? k - 6 : limit;
    /* "Said Ellis: “…”": a tagger reads the capitalized verb that opens
     * the sentence as a name */
    int opening = marked && (p->t[limit].lex & LEX_CUE) && (p->t[limit].lex & (LEX_FORM_PAST | LEX_FORM_3SG));
    while (marked && k > stop && !quoth_is_cue_verb(p, k) && !(opening && k == limit) && source_word(r, k) &&
           !quoth_punct_is(p, k, ","))
        k--;
    if (k < limit || !(quoth_is_cue_verb(p, k) || (opening && k == limit))) return 0;
    *cue = quoth_cue_around(p, k, limit);
    size_t s = quoth_np_left(p, cue->first, limit);
    *src = span(s, cue->first);
    if (cue->first == limit) /* "Said Ellis: “…”" */
        *src = span(cue->end, quoth_np_right(p, cue->end, open));
    return !quoth_tspan_empty(*src);
}

/* The top-level quotation opening at token k, as a span, or NO_SPAN. */
static quoth_tspan quotation_at(const rules *r, size_t k) {
    const quoth_quotation *q = quoth_quotation_opening_at(r->quotations, k);
    if (!q) return NO_SPAN;
    quoth_tspan s = span(k, q->close + 1);
    return span_free(r, s) ? s : NO_SPAN;
}

/* Whether a cue of its own follows the quotation s within a few tokens
 * of its sentence ("“It is a disgrace,” said florist Joan Taylor"):
 * then it is another speaker's quote, not the second half of the one
 * before (the two had been one statement, Joan Taylor's lost). */
static int own_cue_after(const rules *r, quoth_tspan s) {
    const quoth_phrases *p = &r->p;
    for (size_t k = s.end; k < p->n && k < s.end + 4 && p->t[k].sentence == p->t[s.end - 1].sentence; k++) {
        if (p->t[k].quote_depth) return 0;
        if (quoth_is_cue_verb(p, k)) return 1;
    }
    return 0;
}

/* The quotation opening at k when it is a second half: none with a cue
 * of its own after it. */
static quoth_tspan second_half_at(const rules *r, size_t k) {
    quoth_tspan s = quotation_at(r, k);
    return !quoth_tspan_empty(s) && own_cue_after(r, s) ? NO_SPAN : s;
}

/* The second half of a quote split by its cue, in the same paragraph:
 * “A,” he said, “B.” / “A,” he said during a rally in Ohio, “B.” /
 * “A,” he said. “B.” */
static quoth_tspan second_half(const rules *r, size_t after) {
    const quoth_phrases *p = &r->p;
    if (after >= p->n) return NO_SPAN;
    size_t end = quoth_sentence_end(p, after - 1);
    for (size_t k = after; k < end && k < after + 12; k++) {
        /* "he said on “Meet the Press.” “B.”": a title is no second half */
        const quoth_quotation *title =
            (p->t[k].flags & TOK_QUOTE_OPEN) ? quoth_quotation_opening_at(r->quotations, k) : NULL;
        if (title && !is_statement(r, title)) {
            k = title->close;
            continue;
        }
        if (p->t[k].flags & TOK_QUOTE_OPEN) return second_half_at(r, k);
        if (p->t[k].quote_depth || quoth_is_cue_verb(p, k)) break;
    }
    size_t k = end;
    if (k >= p->n || !(p->t[k].flags & TOK_QUOTE_OPEN) || !quoth_same_paragraph(p, after - 1, k))
        return NO_SPAN;
    return second_half_at(r, k);
}

/* “A,” he said.¶ “B.”: a paragraph that is one quotation and nothing else
 * goes on with the speaker whose quote and cue closed the paragraph
 * before (PolNeAR gives it to the same attribution). `after` is the token
 * after that cue and source. */
static quoth_tspan next_paragraph_quote(const rules *r, size_t after) {
    const quoth_phrases *p = &r->p;
    size_t k = after;
    while (k < p->n && quoth_is_final_punct(p, k) && quoth_same_paragraph(p, after - 1, k)) k++;
    if (k >= p->n || quoth_same_paragraph(p, after - 1, k) || !(p->t[k].flags & TOK_QUOTE_OPEN)) return NO_SPAN;
    quoth_tspan q = quotation_at(r, k);
    if (quoth_tspan_empty(q)) return NO_SPAN;
    size_t end = q.end;
    while (end < p->n && quoth_same_paragraph(p, q.end - 1, end) && quoth_is_final_punct(p, end)) end++;
    int whole = end >= p->n || !quoth_same_paragraph(p, q.end - 1, end);
    return whole ? q : NO_SPAN;
}

/* A sentence just before a quotation that itself opens with a quotation and
 * has no cue of its own belongs to the same speaker: “A” ... . “B,” X said. */
static quoth_tspan first_half(const rules *r, size_t open) {
    const quoth_phrases *p = &r->p;
    size_t first = quoth_sentence_first(p, open);
    if (first != open || open == 0 || !quoth_same_paragraph(p, open - 1, open)) return NO_SPAN;
    size_t prev = quoth_sentence_first(p, open - 1);
    if (!(p->t[prev].flags & TOK_QUOTE_OPEN)) return NO_SPAN;
    for (size_t k = prev; k < open; k++)
        if (r->used[k] || quoth_is_cue_verb(p, k)) return NO_SPAN;
    return span(prev, open);
}

static size_t content_end(const rules *r, size_t start, size_t end);

/* "said via email that, “Of course ...” against what ...": a quotation
 * after "that," is part of a reported clause, which is the content from
 * "that" (PolNeAR's start) to where the clause ends. */
static quoth_tspan that_clause(const rules *r, quoth_tspan content, quoth_tspan cue) {
    const quoth_phrases *p = &r->p;
    size_t open = content.first;
    if (open < cue.end + 2 || !quoth_punct_is(p, open - 1, ",") || !quoth_word_is(p, open - 2, "that"))
        return content;
    size_t limit = quoth_sentence_end(p, open);
    if (limit > content.end + 3 * QUOTH_MAX_PHRASE) return content; /* keeps hostile sentences linear */
    size_t end = content_end(r, open - 2, limit);
    return span(open - 2, end > content.end ? end : content.end);
}

/* 'The bill's failure was “heartbreaking,” she said.': a quotation that
 * its sentence's own words lead into is a mixed quote, and the content is
 * the sentence up to the cue. The words must hold a verb (they are a
 * clause, not stray tokens), and no cue or word of another attribution. */
static quoth_tspan lead_in(const rules *r, quoth_tspan content) {
    const quoth_phrases *p = &r->p;
    size_t first = quoth_sentence_first(p, content.first), verbs = 0;
    if (first == content.first || content.first - first > 3 * QUOTH_MAX_PHRASE) return content;
    for (size_t k = first; k < content.first; k++) {
        if (r->used[k] || p->t[k].quote_depth || quoth_is_cue_verb(p, k)) return content;
        verbs += quoth_coarse(p, k) == CT_VERB || quoth_coarse(p, k) == CT_AUX;
    }
    return verbs ? span(first, content.end) : content;
}

static int direct_quotes(rules *r) {
    const quoth_phrases *p = &r->p;
    const quoth_quotation_list *qs = r->quotations;
    for (size_t qi = 0; qi < qs->n; qi++) {
        const quoth_quotation *q = &qs->q[qi];
        quoth_tspan content = span(q->open, q->close + 1);
        if (q->depth || quoth_in_navigation(p, q->open) || !is_statement(r, q) ||
            !span_free(r, content))
            continue;
        quoth_tspan cue, src;
        size_t limit = quoth_sentence_end(p, q->close);
        if (limit == q->close + 1 && limit < p->n && quoth_same_paragraph(p, q->close, limit) &&
            quoth_sentence_end(p, limit) - limit <= 10)
            limit = quoth_sentence_end(p, limit); /* “… ?” Vitter demanded. */
        /* "McCaskill scolded him: “…,” she said.": the cue that announces
         * the quotation with a colon is PolNeAR's (dev +0.0005 cue-exact,
         * train +0.0002 direct) */
        size_t first = quoth_sentence_first(p, q->open);
        int announced = q->open > first && quoth_punct_is(p, q->open - 1, ":") &&
                        cue_before(r, q->open, first, &cue, &src) && span_free(r, cue) && span_free(r, src);
        if (!announced && q->close + 1 < limit && cue_after(r, q->close + 1, limit, &cue, &src) &&
            span_free(r, cue) && span_free(r, src)) {
            size_t after = cue.end > src.end ? cue.end : src.end;
            quoth_tspan rest = second_half(r, after), before = NO_SPAN;
            if (quoth_tspan_empty(rest)) before = first_half(r, q->open);
            if (quoth_tspan_empty(rest) && quoth_tspan_empty(before)) rest = next_paragraph_quote(r, after);
            if (quoth_tspan_empty(before)) content = lead_in(r, content);
            int rc = quoth_tspan_empty(before) ? emit(r, cue, src, content, rest, ORIGIN_RULE_DIRECT)
                                               : emit(r, cue, src, before, content, ORIGIN_RULE_DIRECT);
            if (rc) return rc;
            continue;
        }
        if (announced || (cue_before(r, q->open, first, &cue, &src) && span_free(r, cue) && span_free(r, src))) {
            quoth_tspan clause = that_clause(r, content, cue);
            if (!span_free(r, clause)) clause = content;
            int rc = emit(r, cue, src, clause, next_paragraph_quote(r, q->close + 1), ORIGIN_RULE_DIRECT);
            if (rc) return rc;
        }
    }
    return 0;
}

/* ---------------------------------------------------- indirect speech */

/* "..., but he said that ...", "...,” and the mayor added that ...": a
 * clause joined by "but" or "and" after a comma or a closing quotation
 * mark, whose subject has a cue verb of its own, is another attribution.
 * Returns where the content before it ends (before the comma), or 0. */
static size_t other_speaker_clause(const rules *r, size_t k, size_t end) {
    const quoth_phrases *p = &r->p;
    if (p->t[k].quote_depth || !(quoth_word_is(p, k, "but") || quoth_word_is(p, k, "and"))) return 0;
    /* "... promised to keep on and said she would ...": a second cue verb
     * in the past or present tense is a statement of its own, PolNeAR's
     * next attribution (dev +0.004 cue-exact, train +0.005) */
    if (quoth_is_cue_verb(p, k + 1) && (p->t[k + 1].lex & (LEX_FORM_PAST | LEX_FORM_3SG)))
        return quoth_punct_is(p, k - 1, ",") ? k - 1 : k;
    int after_comma = quoth_punct_is(p, k - 1, ",") && !p->t[k - 1].quote_depth;
    if (!after_comma && !(p->t[k - 1].flags & TOK_QUOTE_CLOSE)) return 0;
    size_t e = quoth_np_right(p, k + 1, end);
    if (e == k + 1 && quoth_coarse(p, k + 1) == CT_PRON) e = k + 2;
    while (e < end && e > k + 1 && quoth_coarse(p, e) == CT_ADV) e++;
    if (e == k + 1 || e >= end || !quoth_is_cue_verb(p, e)) return 0;
    return after_comma ? k - 1 : k;
}

/* Whether token k ends its sentence (`end`): it is past it, or the final
 * punctuation. */
static int ends_sentence(const rules *r, size_t k, size_t end) {
    return k >= end || quoth_is_final_punct(&r->p, k);
}

/* Where a content that runs to the end of its sentence stops: before the
 * final period (a period inside a closing quotation stays), and before a
 * clause that attributes something else: ", noting ...", ", according to",
 * ", the official said." */
static size_t content_end(const rules *r, size_t start, size_t end) {
    const quoth_phrases *p = &r->p;
    /* only "but" or "and" (other_speaker_clause()) and commas can end the
     * content early: the words between are skipped by their hash */
    const uint64_t but_hash = quoth_short_word_hash("but", 3), and_hash = quoth_short_word_hash("and", 3),
                   comma_hash = quoth_short_word_hash(",", 1);
    size_t stop = end > 0 ? end - 1 : 0;
    for (size_t k = start + 1; (k = quoth_next_of_hashes(p->t, k, stop, but_hash, and_hash, comma_hash)) < stop; k++) {
        size_t then = other_speaker_clause(r, k, end);
        if (then) return then;
        if (!quoth_punct_is(p, k, ",") || p->t[k].quote_depth) continue;
        if ((p->t[k + 1].lex & LEX_FORM_ING) && quoth_is_cue_verb(p, k + 1)) return k;
        if (quoth_word_is(p, k + 1, "according") && quoth_word_is(p, k + 2, "to")) return k;
        size_t e = quoth_np_right(p, k + 1, end);
        if (e > k + 1 && quoth_is_cue_verb(p, e) && ends_sentence(r, quoth_time_phrase_end(p, e + 1, end), end))
            return k;
        if (quoth_is_cue_verb(p, k + 1) && quoth_np_right(p, k + 2, end) > k + 2) {
            size_t s = quoth_np_right(p, k + 2, end);
            if (ends_sentence(r, quoth_time_phrase_end(p, s, end), end)) return k;
        }
    }
    while (end > start && (quoth_is_final_punct(p, end - 1) || quoth_punct_is(p, end - 1, ",")))
        end--;
    return end;
}

/* Whether a reported clause starts at c: "that ...", "to ...", or a
 * subject followed by a verb within a few words. */
static int clause_starts(const rules *r, size_t c, size_t end) {
    const quoth_phrases *p = &r->p;
    if (c >= end || p->t[c].quote_depth > 1) return 0;
    if (p->t[c].lex & LEX_COMPLEMENTIZER) return 1;
    if (quoth_word_is(p, c, "to")) return 1;
    int k = quoth_coarse(p, c);
    if (k != CT_PRON && k != CT_DET && k != CT_PROPN && k != CT_NOUN && k != CT_NUM &&
        !quoth_word_is(p, c, "there") && !(p->t[c].flags & TOK_QUOTE_OPEN))
        return 0;
    for (size_t i = c + 1; i < end && i < c + 12; i++) {
        int ki = quoth_coarse(p, i);
        if (ki == CT_VERB || ki == CT_AUX) return 1;
        if (quoth_punct_is(p, i, ",") || quoth_punct_is(p, i, ".")) return 0;
    }
    return 0;
}

/* "told reporters that": the content starts after the one told. */
static size_t skip_recipient(const rules *r, size_t verb, size_t c, size_t end) {
    static const char *const TAKES_OBJECT[] = {"tell", "inform", "assure", "warn", "advise",
                                               "remind", "notify", "urge", "ask", "promise",
                                               "convince", "persuade", "reassure"};
    /* the verb's lemma looked up once, and its first letter asked before strcmp() */
    const char *lemma = quoth_cue_lemma(LEX_LEMMA(r->p.t[verb].lex));
    int takes = 0;
    for (size_t k = 0; lemma && !takes && k < sizeof TAKES_OBJECT / sizeof *TAKES_OBJECT; k++)
        takes = lemma[0] == TAKES_OBJECT[k][0] && strcmp(lemma, TAKES_OBJECT[k]) == 0;
    if (takes) {
        size_t e = quoth_np_right(&r->p, c, end);
        if (e > c && e < end && ((r->p.t[e].lex & LEX_COMPLEMENTIZER) || quoth_word_is(&r->p, e, "to")))
            return e;
    }
    /* "said in the letter that", "said via email that" */
    for (size_t k = c; k < end && k < c + 9 && source_word(r, k) && !quoth_punct_is(&r->p, k, ","); k++)
        if (k > c && (r->p.t[k].lex & LEX_COMPLEMENTIZER) && quoth_word_is(&r->p, k, "that")) return k;
    return c;
}

/* Whether token i is a finite verb (VBD, VBZ, VBP, MD): the verb of a
 * clause, which a subject before it needs. */
static int finite_verb(const rules *r, size_t i) {
    return r->pos_flags && i < r->p.n && (r->pos_flags[r->p.t[i].pos] & QUOTH_POS_FINITE);
}

/* Whether [first, end) holds a finite verb. */
static int holds_finite_verb(const rules *r, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (finite_verb(r, k)) return 1;
    return 0;
}

/* Whether a clause opens at b: a finite verb within a phrase's length,
 * before any comma ("state security forces have killed"). */
static int clause_at(const rules *r, size_t b, size_t end) {
    for (size_t k = b; k < end && k < b + QUOTH_MAX_PHRASE; k++) {
        if (finite_verb(r, k)) return 1;
        if (quoth_punct_is(&r->p, k, ",")) return 0;
    }
    return 0;
}

/* "Other cleavages, according to the poll, include ideology", "Since
 * November, according to the group, forces have killed 400": what follows
 * a source set off by commas inside its sentence is the content's second
 * part, when the part before is the clause's subject (a finite verb comes
 * next) or an opening phrase without a verb before a clause (PolNeAR
 * gives both parts to the attribution; quoth had given the first only).
 * `before` is the first part, `s` the token after the source. */
static quoth_tspan according_to_rest(const rules *r, quoth_tspan before, size_t s, size_t end) {
    const quoth_phrases *p = &r->p;
    size_t b = s + 1;
    if (!quoth_punct_is(p, s, ",") || b + 1 >= end || p->t[b].quote_depth) return NO_SPAN;
    int subject = finite_verb(r, b); /* "One of the decisions they made, ..., is to" */
    int opening = before.end - before.first <= QUOTH_MAX_PHRASE / 2 && clause_at(r, b, end) &&
                  !holds_finite_verb(r, before.first, before.end); /* not a clause of its own */
    if (!subject && !opening) return NO_SPAN;
    quoth_tspan rest = span(b, content_end(r, b, end));
    return rest.end > rest.first + 1 && span_free(r, rest) ? rest : NO_SPAN;
}

/* Past "what was reported by" (or "stated", "said", "published") after
 * "According to" at k: where the reporter's name starts, or k. */
static size_t reported_by_end(const rules *r, size_t k, size_t end) {
    static const char *const MADE[] = {"reported", "stated", "said", "published", "announced", "quoted", "written"};
    const quoth_phrases *p = &r->p;
    if (k + 4 >= end || !quoth_word_is(p, k, "what") ||
        !(quoth_word_is(p, k + 1, "was") || quoth_word_is(p, k + 1, "has") || quoth_word_is(p, k + 1, "is")))
        return k;
    size_t verb = k + 2 + quoth_word_is(p, k + 2, "been");
    return verb + 2 < end && quoth_word_in(p, verb, MADE, sizeof MADE / sizeof *MADE) && quoth_word_is(p, verb + 1, "by")
               ? verb + 2
               : k;
}

static int according_to(rules *r) {
    const quoth_phrases *p = &r->p;
    if (p->n < 3) return 0;
    /* to the tokens "to" by their hash first (quoth_next_of_hashes()):
     * nearly all fail, where the length of "according" (nine bytes, its
     * text compared) had often been a mispredicted match */
    const uint64_t to_hash = quoth_short_word_hash("to", 2);
    for (size_t to = 1; (to = quoth_next_of_hashes(p->t, to, p->n - 1, to_hash, to_hash, to_hash)) < p->n - 1; to++) {
        size_t i = to - 1;
        if (!quoth_word_is(p, i + 1, "to") || !quoth_word_is(p, i, "according") || r->used[i] ||
            p->t[i].quote_depth || quoth_in_navigation(p, i))
            continue;
        size_t first = quoth_sentence_first(p, i), end = quoth_sentence_end(p, i);
        /* "According to what was reported by the channel Al-Mashriq TV,":
         * translated news; the cue runs to "by" (the eighteenth audit's had
         * been no one's) */
        size_t cue_end = reported_by_end(r, i + 2, end);
        size_t s = quoth_np_right(p, cue_end, end);
        if (s == cue_end) continue;
        /* "according to the council's engineer, Tomas Reyes, ..." */
        size_t name = s + 1, name_end = name;
        while (name_end < end && name_end - name < 5 && quoth_is_name_word(p, name_end)) name_end++;
        if (quoth_punct_is(p, s, ",") && name_end > name && quoth_punct_is(p, name_end, ",")) s = name_end;
        quoth_tspan cue = span(i, cue_end), src = span(cue_end, s), content = NO_SPAN, rest = NO_SPAN;
        int lead = i == first || (i == first + 1 && quoth_coarse(p, first) != CT_NOUN &&
                                  quoth_coarse(p, first) != CT_PROPN);
        if (lead && quoth_punct_is(p, s, ",")) content = span(s + 1, content_end(r, s + 1, end));
        else if (!lead && i > first && quoth_punct_is(p, i - 1, ",")) {
            size_t from = quoth_past_connective(p, first, i - 1);
            content = span(from, from < i - 1 ? content_end(r, from, i - 1) : from);
            if (content.end == i - 1 || from >= i - 1) rest = according_to_rest(r, content, s, end);
            if (from >= i - 1 && rest.end) /* nothing but a connective before: "In addition," */
                content = rest, rest = NO_SPAN;
            else if (!rest.end) /* as before the rest was looked for */
                content = span(first, content_end(r, first, i - 1));
        }
        /* a short subject is enough with the rest of its clause ("The
         * implication, according to ..., is that") */
        size_t length = content.end - content.first + rest.end - rest.first;
        if (content.end <= content.first || length < 3 || !span_free(r, content) || !span_free(r, src)) continue;
        int rc = emit(r, cue, src, content, rest, ORIGIN_RULE_INDIRECT);
        if (rc) return rc;
    }
    return 0;
}

/* ", noting that ...": a participle that continues its sentence's attribution. */
static int participle(rules *r, size_t i, size_t end) {
    const quoth_phrases *p = &r->p;
    if (!(p->t[i].lex & LEX_FORM_ING) || i == 0 || !quoth_punct_is(p, i - 1, ",")) return 0;
    size_t c = i + 1;
    if (!(c < end && (p->t[c].lex & LEX_COMPLEMENTIZER))) return 0;
    quoth_tspan content = span(c, content_end(r, c, end));
    if (content.end < c + 3 || !span_free(r, content)) return 0;
    return emit(r, span(i, i + 1), NO_SPAN, content, NO_SPAN, ORIGIN_RULE_INDIRECT) ? -1 : 1;
}

/* "A woman who lives nearby said": a subject with a short relative clause
 * of its own, from its noun phrase to the cue at `cue`; `cue` when there
 * is none. The clause holds a verb before the cue, and no comma or
 * quotation mark. */
static size_t relative_subject(const quoth_phrases *p, size_t cue, size_t first) {
    enum { CLAUSE_WORDS = 6 };
    for (size_t k = cue; k-- > first + 1 && cue - k <= CLAUSE_WORDS;) {
        if ((p->t[k].flags & TOK_PUNCT) || p->t[k].quote_depth) return cue;
        if (!quoth_word_is(p, k, "who")) continue;
        /* the clause has a verb of its own: in "Voters who say", the cue is its verb */
        size_t v = k + 1;
        while (v < cue && quoth_coarse(p, v) != CT_VERB) v++;
        if (v == cue) return cue;
        size_t s = quoth_np_left(p, k, first);
        return s < k && quoth_may_be_subject(p, s, quoth_after_dateline(p, first)) ? s : cue;
    }
    return cue;
}

/* SOURCE CUE [recipient] CONTENT, or CONTENT, SOURCE CUE. */
static int source_then_cue(rules *r, size_t i, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    quoth_tspan cue = quoth_cue_around(p, i, first);
    size_t s = quoth_np_left(p, cue.first, first), src_end = cue.first;
    size_t past = quoth_subject_end(p, cue.first, first);
    if (past < cue.first && s >= past) { /* nothing, or only the day, before the cue */
        src_end = past;
        s = quoth_np_left(p, past, first);
        if (!quoth_may_be_subject(p, s, quoth_after_dateline(p, first))) return 0;
    }
    if (s == src_end) s = relative_subject(p, cue.first, first);
    if (s == src_end) return 0;
    quoth_tspan src = span(s, src_end), content = NO_SPAN;
    size_t c = skip_recipient(r, i, cue.end, end);
    if (clause_starts(r, c, end)) content = span(c, content_end(r, c, end));
    else if (ends_sentence(r, quoth_time_phrase_end(p, cue.end, end), end) && s > first &&
             quoth_punct_is(p, s - 1, ","))
        content = span(first, content_end(r, first, s - 1));
    if (content.end < content.first + 3 || !span_free(r, content) || !span_free(r, src) ||
        !span_free(r, cue))
        return 0;
    quoth_tspan rest = content.end < cue.first ? second_half(r, cue.end) : NO_SPAN;
    return emit(r, cue, src, content, rest, ORIGIN_RULE_INDIRECT) ? -1 : 1;
}

/* CONTENT, CUE SOURCE. */
static int cue_then_source(rules *r, size_t i, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    if (i <= first + 3 || !quoth_punct_is(p, i - 1, ",")) return 0;
    /* ", blaming higher prices.": a participle's subject is the clause's,
     * and what follows it is its object */
    if (p->t[i].lex & LEX_FORM_ING) return 0;
    size_t s = quoth_np_right(p, i + 1, end);
    if (s == i + 1 || !ends_sentence(r, quoth_time_phrase_end(p, s, end), end)) return 0;
    quoth_tspan content = span(first, content_end(r, first, i - 1));
    quoth_tspan cue = span(i, i + 1), src = span(i + 1, s);
    if (content.end < content.first + 3 || !span_free(r, content) || !span_free(r, src)) return 0;
    quoth_tspan rest = second_half(r, s);
    return emit(r, cue, src, content, rest, ORIGIN_RULE_INDIRECT) ? -1 : 1;
}

/* "About it informs “Voice of America”.", "This was reported by TASS.":
 * the word order of news machine-translated from Russian or Ukrainian,
 * where a short pronoun phrase stands for the paragraph before. */
static int translated_report(rules *r, size_t i, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    if (i < first + 1 || i > first + 3 || !(quoth_word_is(p, first, "about") || quoth_word_is(p, first, "this") ||
                                            quoth_word_is(p, first, "on")))
        return 0;
    for (size_t k = first; k < i; k++)
        if (quoth_coarse(p, k) != CT_PRON && quoth_coarse(p, k) != CT_DET && quoth_coarse(p, k) != CT_ADP) return 0;
    size_t s = quoth_np_right(p, i + 1, end);
    if (s == i + 1 || (s < end && !quoth_is_final_punct(p, s))) return 0;
    quoth_tspan content = span(first, i), cue = span(i, i + 1), src = span(i + 1, s);
    if (!span_free(r, content) || !span_free(r, src)) return 0;
    return emit(r, cue, src, content, NO_SPAN, ORIGIN_RULE_INDIRECT) ? -1 : 1;
}

static int cue_verbs(rules *r) {
    const quoth_phrases *p = &r->p;
    for (size_t i = 0; i < p->n; i++) {
        if (r->used[i] || !quoth_is_cue_verb(p, i) || quoth_in_navigation(p, i)) continue;
        /* "Sanders continues to trail Clinton": an aspect verb reports
         * nothing by itself (on PolNeAR train 56 such attributions of the
         * rules, one in six right; dropping them: dev +0.003 cue-exact,
         * train +0.002) */
        if (lemma_is(r, i, "continue")) continue;
        size_t first = quoth_sentence_first(p, i), end = quoth_sentence_end(p, i);
        int rc = participle(r, i, end);
        if (rc == 0) rc = source_then_cue(r, i, first, end);
        if (rc == 0) rc = cue_then_source(r, i, first, end);
        if (rc == 0) rc = translated_report(r, i, first, end);
        if (rc < 0) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* ------------------------------------------------------ transcripts */

/* The label that opens a line of a transcript, and the speaker it names. */
typedef struct turn_label {
    size_t name, name_end; /* the speaker's name ("DANA PRICE" of "DANA PRICE, HOST:") */
    size_t colon;          /* 0: no label */
    int asker;             /* "Q:": a reporter's question, whose asker is not named */
} turn_label;

/* Past a time stamp that opens a line of a podcast's or a broadcast's
 * transcript: "[00:00:01] Dana Price: ...", "(12:03) ...". */
static size_t past_time_stamp(const quoth_phrases *p, size_t k, size_t end) {
    if (k + 2 < end && (quoth_punct_is(p, k, "-LSB-") || quoth_punct_is(p, k, "-LRB-")) &&
        (p->t[k + 1].flags & TOK_DIGIT) && strchr(quoth_token_norm(p->tl, k + 1), ':') &&
        (quoth_punct_is(p, k + 2, "-RSB-") || quoth_punct_is(p, k + 2, "-RRB-")))
        return k + 3;
    return k;
}

/* How transcript labels may be written: in capitals ("JOEL BENENSON:"),
 * as two or three capitalized words ("Dana Price:"), or, in an interview
 * whose questions are labelled "Q:", as one ("Havik:"). */
enum { LABEL_CAPITALS, LABEL_TITLE_CASE, LABEL_ONE_WORD };

/* Up to three name words from k in capitals ("JOEL BENENSON"), or, by
 * `title_case`, capitalized ones. The end. */
static size_t label_name_end(const quoth_phrases *p, size_t k, size_t end, int title_case) {
    size_t j = k;
    while (j < end && j - k < 3 && (p->t[j].flags & TOK_ALL_CAPS) && !(p->t[j].flags & TOK_PUNCT)) j++;
    if (j > k || title_case == LABEL_CAPITALS) return j;
    while (j < end && j - k < 3 && quoth_is_name_word(p, j) && (p->t[j].flags & TOK_ALPHA)) j++;
    return j - k >= (title_case == LABEL_ONE_WORD ? 1u : 2u) ? j : k;
}

/* The speaker's label that opens a line of an interview transcript:
 * "WALLACE: ...", "JOEL BENENSON: ...", "DANA PRICE, HOST: ...", after an
 * opening quotation mark when the transcript is quoted, or after a time
 * stamp; with `title_case`, also "Dana Price: ..." (a line of prose opens
 * so as often, and only a transcript's many such lines tell). "Q:" is a
 * question's label, "A (Sloane):" an answer's with its speaker. */
static turn_label speaker_label(const rules *r, size_t first, size_t end, int title_case) {
    const quoth_phrases *p = &r->p;
    turn_label l = {0, 0, 0, 0};
    size_t k = past_time_stamp(p, first, end);
    if (k < end && (p->t[k].flags & TOK_QUOTE_OPEN)) k++;
    if (k + 2 < end && quoth_word_is(p, k, "q") && (p->t[k].flags & TOK_CAPITALIZED) && quoth_punct_is(p, k + 1, ":")) {
        l.name = l.name_end = k, l.colon = k + 1, l.asker = 1;
        return l;
    }

    /* "A (Sloane): ...": an answer's label with its speaker in brackets */
    if (k + 4 < end && quoth_word_is(p, k, "a") && (p->t[k].flags & TOK_CAPITALIZED) &&
        quoth_punct_is(p, k + 1, "-LRB-")) {
        size_t name = k + 2, close = name;
        while (close < end && close - name < 4 && quoth_is_name_word(p, close)) close++;
        if (close > name && close + 2 < end && quoth_punct_is(p, close, "-RRB-") && quoth_punct_is(p, close + 1, ":"))
            l.name = name, l.name_end = close, l.colon = close + 1;
        return l;
    }
    size_t name_end = label_name_end(p, k, end, title_case), j = name_end;
    /* a part of the page, not a speaker: "THE VERDICT:", "Update:" */
    if (j == k || quoth_furniture_label(p, name_end - 1)) return l;
    if (quoth_punct_is(p, j, ",")) { /* the speaker's role: "HOST", "CORRESPONDENT" */
        size_t role = j + 1;
        j = label_name_end(p, role, end, 0);
        if (j == role) return l;
    }
    if (j + 1 >= end || !quoth_punct_is(p, j, ":")) return l;
    l.name = k, l.name_end = name_end, l.colon = j;
    return l;
}

/* Whether the paragraphs hold an interview transcript with labels of the
 * kind `title_case` asks for: three labelled lines at least, and two
 * speakers ("WALLACE: ... PENCE: ...", or one speaker and the questions
 * put to them). One capitalized label alone is a heading ("CORRECTION:",
 * "UPDATE:"). */
static int is_transcript(const rules *r, int title_case) {
    const quoth_token_list *tl = r->p.tl;
    size_t lines = 0, questions = 0;
    uint64_t first_speaker = 0;
    int two_speakers = 0;
    for (size_t k = 0; k < tl->n_para; k++) {
        size_t first = tl->para[k].first_token;
        turn_label l = speaker_label(r, first, first + tl->para[k].n_tokens, title_case);
        if (!l.colon) continue;
        uint64_t who = l.asker ? 1 : r->p.t[l.name_end - 1].lower_hash;
        questions += l.asker;
        if (lines++ == 0) first_speaker = who;
        else two_speakers |= who != first_speaker;
    }
    /* one word before a colon opens prose too ("Update: ...", "Note: ..."):
     * only an interview's questions tell that it names a speaker */
    return lines >= 3 && two_speakers && (title_case != LABEL_ONE_WORD || questions >= 2);
}

/* Whether three paragraphs have a colon among their first words, as a
 * transcript's labelled lines do: most documents have none, and are then
 * spared is_transcript()'s three readings of every paragraph. */
static int colon_led_paragraphs(const rules *r) {
    const quoth_token_list *tl = r->p.tl;
    size_t found = 0;
    for (size_t k = 0; k < tl->n_para && found < 3; k++) {
        size_t first = tl->para[k].first_token, end = first + tl->para[k].n_tokens;
        for (size_t i = first; i < end && i < first + 8; i++)
            if (quoth_punct_char(&r->p, i, ':')) {
                found++;
                break;
            }
    }
    return found >= 3;
}

/* "PENCE: Well, look, ...": in a transcript each labelled line is what its
 * speaker said, with the colon for a cue, up to the paragraph's end. A
 * question's line is no one's statement. */
static int transcript_lines(rules *r) {
    const quoth_token_list *tl = r->p.tl;
    if (!colon_led_paragraphs(r)) return 0;
    int title_case = LABEL_CAPITALS;
    while (!is_transcript(r, title_case))
        if (++title_case > LABEL_ONE_WORD) return 0;
    for (size_t k = 0; k < tl->n_para; k++) {
        const quoth_paragraph *para = &tl->para[k];
        size_t first = para->first_token, end = first + para->n_tokens;
        turn_label l = speaker_label(r, first, end, title_case);
        if (!l.colon || l.asker || para->navigation) continue;
        int rc = emit(r, span(l.colon, l.colon + 1), span(l.name, l.name_end), span(l.colon + 1, end), NO_SPAN,
                      ORIGIN_RULE_DIRECT);
        if (rc) return rc;
    }
    return 0;
}

/* "Interview: The engineer who ...", "Analysis: ...": a word that says
 * what kind of piece a headline opens, not who speaks in it (it had been
 * a speaker, "Interview"); or its topic, as African and Asian papers open
 * headlines ("Flood: Ososa govt relocates 3,000 residents", "Drought:
 * ..."; the flood had been a speaker). None opens a headline of PolNeAR. */
static int headline_kicker(const quoth_phrases *p, size_t i) {
    static const char *const KICKERS[] = {
        "interview", "analysis", "explainer", "factbox", "editorial", "comment", "review", "profile", "obituary",
        "podcast", "timeline", "letters", "quiz", "factcheck",
        /* topics */
        "drought", "flood", "floods", "flooding", "storm", "fire", "wildfire", "earthquake", "budget", "election",
        "elections", "housing", "health", "education", "transport", "weather", "crime", "traffic", "energy",
        "climate", "economy", "covid", "coronavirus", "brexit", "tax", "jobs", "sport", "sports", "football",
        "cricket", "markets", "business", "technology", "science", "culture", "travel", "politics", "security",
        "insecurity", "kidnapping", "strike", "agriculture", "banditry", "terrorism"};
    if (quoth_furniture_label(p, i)) return 1;
    return quoth_word_in(p, i, KICKERS, sizeof KICKERS / sizeof *KICKERS);
}

/* "Pence: Flowers Won't Be at Debate.": a headline that opens with a name
 * and a colon gives the words after it to that name (a heading in
 * capitals, "BREAKING:", a phrase, "The Latest:", or a kind of piece,
 * "Interview:", is no speaker). */
static int headline_speaker(rules *r) {
    const quoth_phrases *p = &r->p;
    const quoth_token_list *tl = p->tl;
    if (!tl->n_para || tl->para[0].navigation) return 0;
    size_t first = tl->para[0].first_token, end = first + tl->para[0].n_tokens, k = first;
    while (k < end && k - first < 3 && quoth_coarse(p, k) == CT_PROPN && (p->t[k].flags & TOK_CAPITALIZED) &&
           !((p->t[k].flags & TOK_ALL_CAPS) && p->t[k].norm_len > 3))
        k++;
    if (k == first || k + 3 >= end || !quoth_punct_is(p, k, ":") || (k == first + 1 && headline_kicker(p, first)) ||
        quoth_furniture_label(p, k - 1)) /* "Fact Check:" */
        return 0;
    size_t stop = end;
    while (stop > k + 1 && quoth_is_final_punct(p, stop - 1)) stop--;
    quoth_tspan content = span(k + 1, stop);
    if (!span_free(r, content)) return 0;
    return emit(r, span(k, k + 1), span(first, k), content, NO_SPAN, ORIGIN_RULE_INDIRECT);
}

int quoth_rules_attribute(const quoth_attrib_input *in, uint8_t *used, quoth_attribution_list *out) {
    rules r = {quoth_phrases_of(in->tokens), in->quotations, used, out, in->pos_flags};
    int rc = transcript_lines(&r);
    if (!rc) rc = headline_speaker(&r);
    if (!rc) rc = direct_quotes(&r);
    if (!rc) rc = according_to(&r);
    if (!rc) rc = cue_verbs(&r);
    return rc;
}
