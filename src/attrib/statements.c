/*
 * statements.c - statements found, split or dropped over the merged list of
 * attributions, after the tagger.
 *
 * Each step reads a construction that the tagger, trained on PolNeAR,
 * reads as one statement where there are two ("said ... and warned that",
 * "while other voters said"), misses ("Said the mayor, Alan Crewe: “…”",
 * "In his opinion,", the verbs of translated news) or reads where there is
 * none (an adverbial for a content). They run after the merge, so that
 * what the tagger reads, and so the model, stays as `make model` built it.
 */
#include "attrib/attribution.h"

#include <stdlib.h>
#include <string.h>

#include "attrib/name_words.h"
#include "attrib/phrase.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

static quoth_tspan tspan(size_t first, size_t end) { return (quoth_tspan){(uint32_t)first, (uint32_t)end}; }

/* Whether token i is a participle that names where a report comes from:
 * "citing", "quoting". */
static int citing_word(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "citing") || quoth_word_is(p, i, "quoting");
}

/* The first token of ", that" within [first, end): where the reported
 * clause starts after what was cited, or end. */
static size_t that_after_comma(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first + 1; i + 1 < end; i++)
        if (quoth_punct_is(p, i, ",") && quoth_word_is(p, i + 1, "that")) return i + 1;
    return end;
}

/* The reporting verb before ", citing" at `comma`, past a time phrase
 * ("reported on Tuesday, citing"), or SIZE_MAX. */
static size_t verb_before_citing(const quoth_phrases *p, size_t comma, size_t first) {
    size_t v = comma;
    while (v > first && comma - v < 4 && quoth_coarse(p, v - 1) != CT_VERB) v--;
    if (v == first || quoth_coarse(p, v - 1) != CT_VERB || !(p->t[v - 1].lex & (LEX_CUE | LEX_CUE_NOUN)))
        return SIZE_MAX;
    for (size_t i = v; i < comma; i++) /* only the time between */
        if (quoth_time_phrase_end(p, i, comma) == i && quoth_coarse(p, i) != CT_ADP) return SIZE_MAX;
    return v - 1;
}

/* "But the Gazette reported, citing officials, that ...": a citing cue
 * that the tagger gave no source, its reporting verb's having taken it
 * without a content (the two had been dropped, one without a content and
 * one without a source), takes the subject of that verb. */
static void source_of_citing(const quoth_phrases *p, quoth_attribution *a) {
    if (!quoth_tspan_empty(a->source) || a->cue.end != a->cue.first + 1 || !citing_word(p, a->cue.first) ||
        a->cue.first < 3 || !quoth_punct_is(p, a->cue.first - 1, ",") || !a->n_content)
        return;
    size_t first = quoth_sentence_first(p, a->cue.first);
    size_t verb = verb_before_citing(p, a->cue.first - 1, first);
    if (verb == SIZE_MAX) return;
    size_t np = quoth_np_left(p, verb, first);
    if (np < verb && np == quoth_past_connective(p, first, verb)) a->source = tspan(np, verb);
}

int quoth_attribution_split_citing(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    size_t n = list->n;
    for (size_t k = 0; k < n; k++) {
        quoth_attribution *a = &list->a[k];
        source_of_citing(&p, a);
        if (quoth_tspan_empty(a->source) || a->cue.end != a->cue.first + 1 || !citing_word(&p, a->cue.first) ||
            a->cue.first == 0 || !quoth_punct_is(&p, a->cue.first - 1, ",") || a->source.end > a->cue.first ||
            !a->n_content || a->content[0].first != a->cue.end)
            continue;
        quoth_tspan whole = {a->content[0].first, a->content[a->n_content - 1].end};
        size_t that = that_after_comma(&p, whole.first, whole.end);
        size_t verb = verb_before_citing(&p, a->cue.first - 1, a->source.end);
        if (that >= whole.end || verb == SIZE_MAX) continue;
        quoth_attribution report = *a;
        report.cue = tspan(verb, verb + 1);
        report.content[0] = tspan(that, whole.end);
        report.n_content = 1;
        a->content[0] = tspan(whole.first, that - 1);
        a->n_content = 1;
        if (quoth_attribution_push(list, &report)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* How many tokens the subject of a "while" clause may have. */
#define WHILE_SUBJECT_MAX 8

/* The reporting verb of a clause opened by ", while" at `comma` ("...,
 * while other voters said ..."), with its subject in *subject; SIZE_MAX
 * when the clause has no such verb right after a noun phrase. */
static size_t while_clause_verb(const quoth_attrib_input *in, const quoth_phrases *p, size_t comma, size_t end,
                                quoth_tspan *subject) {
    size_t first = comma + 2, v = first;
    while (v < end && v - first <= WHILE_SUBJECT_MAX && quoth_coarse(p, v) != CT_VERB && quoth_coarse(p, v) != CT_AUX &&
           !(p->t[v].flags & TOK_PUNCT))
        v++;
    if (v == first || v >= end || v - first > WHILE_SUBJECT_MAX || quoth_coarse(p, v) != CT_VERB ||
        !((p->t[v].lex & LEX_CUE) || quoth_puts_a_figure(p, v, end)) ||
        (in->pos_flags && !(in->pos_flags[p->t[v].pos] & QUOTH_POS_FINITE)))
        return SIZE_MAX;
    if (quoth_np_left(p, v, first) != first) return SIZE_MAX; /* the words before the verb are its subject */
    *subject = tspan(first, v);
    return v;
}

/* What a clause finder of split_contents() says of token i of content c:
 * the clause it opens there (its verb and subject, the end of what the
 * verb reports), none, or that the content holds none further on. */
typedef struct {
    size_t verb, end;
    quoth_tspan subject;
} clause_split;

enum { NO_CLAUSE = 0, CLAUSE = 1, NO_MORE_CLAUSES = 2 };

typedef int (*clause_finder)(const quoth_attrib_input *in, const quoth_phrases *p, quoth_tspan c, size_t i,
                             clause_split *out);

static quoth_attribution rule_statement(int origin, quoth_tspan cue, quoth_tspan source, quoth_tspan content);

/* Each content that runs on (after its cue) into a clause of reporting
 * that `find` sees stops where that clause begins; the clause is a
 * statement of its own subject, appended: of the same origin as the
 * first with `same_origin` (as the tagger's reading), else of the rules'.
 * Returns 0 or QUOTH_ERR_NOMEM. */
static int split_contents(const quoth_attrib_input *in, quoth_attribution_list *list, clause_finder find,
                          int same_origin) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    size_t n = list->n;
    for (size_t k = 0; k < n; k++) {
        quoth_attribution *a = &list->a[k];
        if (a->n_content != 1 || quoth_tspan_empty(a->cue) || a->cue.first > a->content[0].first) continue;
        quoth_tspan c = a->content[0];
        for (size_t i = c.first + 1; i + 3 < c.end; i++) {
            clause_split cl;
            int found = find(in, &p, c, i, &cl);
            if (found == NO_MORE_CLAUSES) break;
            if (found == NO_CLAUSE) continue;
            quoth_attribution other =
                same_origin ? *a : rule_statement(ORIGIN_RULE_INDIRECT, tspan(0, 0), tspan(0, 0), tspan(0, 0));
            other.cue = tspan(cl.verb, cl.verb + 1);
            other.source = cl.subject;
            other.content[0] = tspan(cl.verb + 1, cl.end);
            other.n_content = 1;
            a->content[0].end = (uint32_t)i;
            if (quoth_attribution_push(list, &other)) return QUOTH_ERR_NOMEM;
            break;
        }
    }
    return 0;
}

/* ", while other voters said ...": the clause_finder of "while". */
static int while_clause(const quoth_attrib_input *in, const quoth_phrases *p, quoth_tspan c, size_t i,
                        clause_split *out) {
    if (!quoth_punct_is(p, i, ",") || p->t[i].quote_depth || !quoth_word_is(p, i + 1, "while")) return NO_CLAUSE;
    /* the part before is a clause of its own, not "that, while ..." */
    if (!quoth_holds_finite_verb(p, in->pos_flags, c.first, i)) return NO_MORE_CLAUSES;
    out->verb = while_clause_verb(in, p, i, c.end, &out->subject);
    out->end = c.end;
    return out->verb == SIZE_MAX || out->verb + 1 >= c.end ? NO_CLAUSE : CLAUSE;
}

int quoth_attribution_split_while(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return split_contents(in, list, while_clause, 1);
}

/* What a step that looks at every attribution for each sentence (or
 * statement) it takes up may spend, in attributions looked at: linear in
 * the document's size, so that a text of thousands of statements stays
 * linear, as in quoth_attribution_merge(); past it the step leaves the
 * rest as it is. */
static uint64_t scan_budget(const quoth_attrib_input *in) { return 16 * (uint64_t)in->tokens->n + (1u << 20); }

/* The first token from i before n that has one of the classes `lex`, or
 * whose hash is h; n when none: the same, for words the word classes
 * mark ("that" a complementizer, "it" a neuter pronoun). */
static size_t next_of_classes(const quoth_token *t, size_t i, size_t n, uint32_t lex, uint64_t h) {
    for (; i < n; i++)
        if ((t[i].lex & lex) || t[i].lower_hash == h) break;
    return i;
}

/* A statement of one content that a step of this file found; its speaker
 * is the resolver's to find. */
static quoth_attribution rule_statement(int origin, quoth_tspan cue, quoth_tspan source, quoth_tspan content) {
    return (quoth_attribution){.cue = cue, .source = source, .content = {content}, .n_content = 1,
                               .origin = (uint8_t)origin, .speaker = -1, .context_of = -1};
}

/* A step over one sentence [first, end) of the document: 1 when it took
 * the sentence up (and so looked at every attribution), 0 when the
 * sentence is not of its kind, or QUOTH_ERR_NOMEM. */
typedef int (*sentence_step)(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list);

/* Runs `step` over each sentence while the budget lasts. */
static int each_sentence(const quoth_attrib_input *in, quoth_attribution_list *list, sentence_step step) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_token_list *tl = in->tokens;
    uint64_t budget = scan_budget(in);
    for (size_t s = 0; s < tl->n_sent && budget >= list->n; s++) {
        size_t looked_at = list->n;
        int rc = step(&p, tl->sent[s].first, tl->sent[s].first + tl->sent[s].count, list);
        if (rc < 0) return rc;
        if (rc) budget -= looked_at;
    }
    return 0;
}

/* How many adverbs may come between "and" and a second cue verb ("and
 * also warned", "and reportedly argued"). */
#define COORDINATED_ADVERBS_MAX 2

/* How many words a reported clause's subject may have. */
#define CLAUSE_SUBJECT_MAX 8

/* Whether a clause with a subject opens at c: a pronoun or a noun phrase,
 * then a finite verb before any punctuation or relative pronoun ("hinted
 * she might be pregnant"). */
static int clause_opens_at(const quoth_attrib_input *in, const quoth_phrases *p, size_t c, size_t end) {
    int k = quoth_coarse(p, c);
    if (!in->pos_flags || (k != CT_PRON && k != CT_DET && k != CT_PROPN && k != CT_NOUN)) return 0;
    for (size_t i = c + 1; i < end && i <= c + CLAUSE_SUBJECT_MAX; i++) {
        if (in->pos_flags[p->t[i].pos] & QUOTH_POS_FINITE) return 1;
        /* "wanted a candidate who had not ...": a noun's relative clause */
        if ((p->t[i].flags & TOK_PUNCT) || quoth_word_is(p, i, "who") || quoth_word_is(p, i, "which") ||
            quoth_word_is(p, i, "that"))
            return 0;
    }
    return 0;
}

/* "called on residents to join", "called for a ceasefire": a call, whose
 * cue takes its particle (PolNeAR's "called on"); 1 when the verb at v
 * opens one. */
static int calls_on(const quoth_phrases *p, size_t v) {
    return v + 2 < p->n && (quoth_word_is(p, v, "called") || quoth_word_is(p, v, "calls")) &&
           (quoth_word_is(p, v + 1, "on") || quoth_word_is(p, v + 1, "for")) && !p->t[v + 1].quote_depth;
}

/* Whether the verb at v asks someone to act: "advised", "asked". */
static int appeal_verb(const quoth_phrases *p, size_t v) {
    static const char *const APPEALS[] = {"urged",    "urges",    "asked",     "asks",     "advised",
                                          "advises",  "encouraged", "encourages", "invited", "invites",
                                          "ordered",  "orders",   "instructed", "implored"};
    return quoth_word_in(p, v, APPEALS, sizeof APPEALS / sizeof *APPEALS);
}

/* "... and advised residents not to enter ...", "... and asked the
 * government for a transfer": an appeal's object opens at c, a noun
 * phrase, then "to", "not to" or "for" before `end`. */
static int appeal_opens_at(const quoth_phrases *p, size_t c, size_t end) {
    size_t i = c;
    while (i < end && i - c < CLAUSE_SUBJECT_MAX && !p->t[i].quote_depth) {
        int k = quoth_coarse(p, i);
        if (k != CT_NOUN && k != CT_PROPN && k != CT_DET && k != CT_ADJ && k != CT_PRON && k != CT_NUM && k != CT_POSS)
            break;
        i++;
    }
    if (i == c) return 0;
    if (i < end && quoth_word_is(p, i, "not")) i++;
    return i + 1 < end && (quoth_word_is(p, i, "to") || quoth_word_is(p, i, "for"));
}

/* "expressed the hope that", "voiced concern that": a feeling expressed
 * is a cue of two or three words; the end of that cue when the verb at v
 * opens one before a "that", 0 when it does not. */
static size_t expressed_feeling_end(const quoth_phrases *p, size_t v, size_t end) {
    static const char *const FEELINGS[] = {"hope", "confidence", "concern", "doubt", "fear", "regret"};
    if (!quoth_word_is(p, v, "expressed") && !quoth_word_is(p, v, "voiced")) return 0;
    size_t noun = v + 1;
    if (noun < end && (quoth_word_is(p, noun, "the") || (p->t[noun].lex & LEX_PRONOUN))) noun++;
    return noun + 2 < end && quoth_word_in(p, noun, FEELINGS, sizeof FEELINGS / sizeof *FEELINGS) &&
                   quoth_word_is(p, noun + 1, "that")
               ? noun + 1
               : 0;
}

/* The second reporting verb of a clause that opens with the "and" at
 * `and` and shares the subject of the clause before ("... and warned
 * that ..."), when what it reports opens with "that", a quotation, a
 * clause with a subject or an appeal's object before `end`; SIZE_MAX when
 * there is none. */
static size_t coordinated_cue(const quoth_attrib_input *in, const quoth_phrases *p, size_t and, size_t end) {
    if (and >= end || !quoth_word_is(p, and, "and") || p->t[and].quote_depth) return SIZE_MAX;
    size_t v = and + 1;
    while (v < end && v - and <= COORDINATED_ADVERBS_MAX && quoth_coarse(p, v) == CT_ADV) v++;
    /* "called" after "and" is often tagged a participle; a call is no
     * passive's */
    if (v + 3 >= end || !quoth_is_cue_verb(p, v) || !(p->t[v].lex & (LEX_FORM_PAST | LEX_FORM_3SG)) ||
        (in->pos_flags && !(in->pos_flags[p->t[v].pos] & QUOTH_POS_FINITE) && !calls_on(p, v)))
        return SIZE_MAX;
    size_t c = v + 1;
    if (((p->t[c].lex & LEX_COMPLEMENTIZER) && quoth_word_is(p, c, "that")) || (p->t[c].flags & TOK_QUOTE_OPEN) ||
        calls_on(p, v))
        return v;
    if (appeal_verb(p, v) && appeal_opens_at(p, c, end)) return v;
    return clause_opens_at(in, p, c, end) ? v : SIZE_MAX;
}

/* Whether any span of the attributions of `list` overlaps `span`. */
static int any_attribution_overlaps(const quoth_attribution_list *list, quoth_tspan span) {
    for (size_t k = 0; k < list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (quoth_tspan_overlaps(a->cue, span) || quoth_tspan_overlaps(a->source, span)) return 1;
        for (size_t c = 0; c < a->n_content; c++)
            if (quoth_tspan_overlaps(a->content[c], span)) return 1;
    }
    return 0;
}

/* The end of what a second cue at `verb` reports when its clause was
 * left out of every statement: the sentence's end, before its final
 * punctuation, or verb itself when a token on the way is taken. */
static size_t untaken_rest_end(const quoth_phrases *p, const quoth_attribution_list *list, size_t verb) {
    size_t end = quoth_sentence_end(p, verb);
    while (end > verb + 1 && quoth_is_final_punct(p, end - 1) && !(p->t[end - 1].flags & TOK_QUOTE)) end--;
    return any_attribution_overlaps(list, tspan(verb, end)) ? verb : end;
}

/* "Osmani noted that trade had grown by 40 percent and expressed the hope
 * that it would reach ...", "... and warned that ...": an indirect
 * content that runs on over a second reporting verb of its subject, which
 * a "that" follows, is two statements, cut before the "and" (the
 * twenty-first audit's translated copy; the tagger had made one content
 * of both). The "and" stands outside any quotation, and the part before
 * holds a verb of its own. Not when the reported clause's subject is a
 * pronoun, who may be the one the second verb goes on with ("said she did
 * not condone violence and hoped that ...", PolNeAR train's one content).
 * The "and" found, *cue set to the second cue; SIZE_MAX when there is
 * none. */
static size_t inner_cue(const quoth_attrib_input *in, const quoth_phrases *p, quoth_tspan c, quoth_tspan *cue) {
    size_t subject = quoth_word_is(p, c.first, "that") ? c.first + 1 : c.first;
    if (subject < c.end && quoth_coarse(p, subject) == CT_PRON) return SIZE_MAX;
    for (size_t and = c.first + 3; and + 3 < c.end; and++) {
        if (!quoth_word_is(p, and, "and") || p->t[and].quote_depth) continue;
        size_t v = and + 1;
        while (v < c.end && v - and <= COORDINATED_ADVERBS_MAX && quoth_coarse(p, v) == CT_ADV) v++;
        size_t end = expressed_feeling_end(p, v, c.end);
        if (!end && v + 1 < c.end && quoth_word_is(p, v + 1, "that") && coordinated_cue(in, p, and, c.end) == v)
            end = v + 1;
        if (!end) continue;
        if (!quoth_holds_finite_verb(p, in->pos_flags, c.first, and)) return SIZE_MAX;
        *cue = tspan(v, end);
        return and;
    }
    return SIZE_MAX;
}

/* Whether a may share its subject with a second cue after its content:
 * one content after its cue, and a source. */
static int content_after_cue_and_source(const quoth_attribution *a) {
    return a->n_content == 1 && !quoth_tspan_empty(a->cue) && !quoth_tspan_empty(a->source) &&
           !quoth_tspan_empty(a->content[0]) && a->cue.first <= a->content[0].first;
}

/* Splits the run-on contents of inner_cue(), pushing the second
 * statements. */
static int split_run_on_contents(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    size_t n = list->n;
    for (size_t k = 0; k < n && budget >= list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (!content_after_cue_and_source(a) || (p.t[a->content[0].first].flags & TOK_QUOTE_OPEN)) continue;
        quoth_tspan c = a->content[0], cue;
        size_t and = inner_cue(in, &p, c, &cue);
        if (and == SIZE_MAX) continue;
        budget -= list->n;
        quoth_attribution other = *a;
        other.cue = cue;
        other.content[0] = tspan(cue.end, c.end);
        list->a[k].content[0].end = (uint32_t)(quoth_punct_is(&p, and - 1, ",") ? and - 1 : and);
        if (quoth_attribution_push(list, &other)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

int quoth_attribution_split_and(const quoth_attrib_input *in, quoth_attribution_list *list) {
    int rc = split_run_on_contents(in, list);
    if (rc) return rc;
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    size_t n = list->n;
    for (size_t k = 0; k < n && budget >= list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (!content_after_cue_and_source(a)) continue;
        quoth_tspan c = a->content[0];
        size_t and = c.end < p.n && quoth_punct_is(&p, c.end, ",") ? c.end + 1 : c.end;
        if (and >= p.n || p.t[and].sentence != p.t[c.end - 1].sentence) continue;
        size_t verb = coordinated_cue(in, &p, and, quoth_sentence_end(&p, and));
        /* the part before is a clause of its own, not "that X and Y" */
        if (verb == SIZE_MAX || !quoth_holds_finite_verb(&p, in->pos_flags, c.first, and)) continue;
        budget -= list->n;
        size_t rest_end = untaken_rest_end(&p, list, verb);
        if (rest_end < verb + 3) continue;
        size_t cue_end = verb + 1 + calls_on(&p, verb);
        quoth_attribution other = *a;
        other.cue = tspan(verb, cue_end);
        other.content[0] = tspan(cue_end, rest_end);
        if (quoth_attribution_push(list, &other)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* "Rescuers using excavators and bare hands were digging through mud ...,
 * said Adi Wibisono": a content that opens its sentence before an
 * inverted cue and its source runs on to the comma before the cue, when
 * nothing between is another statement's or quoted (the tagger had
 * stopped it at "hands", and the statement kept its subject alone). */
void quoth_attribution_content_to_inverted_cue(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in); /* each extension asks every other statement */
    for (size_t k = 0; k < list->n && budget >= list->n; k++) {
        quoth_attribution *a = &list->a[k];
        if (a->n_content != 1 || quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) ||
            a->source.first < a->cue.end || a->cue.first < 2)
            continue;
        quoth_tspan *c = &a->content[0];
        size_t comma = a->cue.first - 1;
        if (c->end >= comma || !quoth_punct_char(&p, comma, ',') || p.t[c->first].sentence != p.t[comma].sentence ||
            c->first != quoth_after_dateline(&p, quoth_sentence_first(&p, c->first)))
            continue;
        budget -= list->n;
        size_t i = c->end;
        while (i < comma && !p.t[i].quote_depth && !(p.t[i].flags & TOK_QUOTE)) i++;
        if (i < comma) continue;
        if (!any_attribution_overlaps(list, tspan(c->end, comma))) c->end = (uint32_t)comma;
    }
}

/* "The launch of the Artemisia-2 lunar cargo lander was called off on
 * Saturday, officials said": a content before its source and cue that
 * the tagger began inside the noun phrase that opens its sentence begins
 * with the sentence, past a conjunction, when nothing but the phrase's
 * words come before it (no verb, comma, quotation or other statement;
 * it had begun at "cargo lander"). */
void quoth_attribution_content_from_sentence_start(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in); /* each extension asks every other statement */
    for (size_t k = 0; k < list->n && budget >= list->n; k++) {
        quoth_attribution *a = &list->a[k];
        if (a->origin != ORIGIN_MODEL || a->n_content != 1 || quoth_tspan_empty(a->source) ||
            quoth_tspan_empty(a->cue) || a->content[0].end > a->source.first || a->content[0].end > a->cue.first)
            continue;
        quoth_tspan *c = &a->content[0];
        size_t first = quoth_sentence_first(&p, c->first);
        while (first < c->first && quoth_coarse(&p, first) == CT_CONJ) first++; /* "But", which PolNeAR leaves out */
        /* "Staffing on the wards was within national guidelines throughout
         * the period, he insisted": before a comma and a cue set off after
         * it, the whole clause is what is said, verbs and all, and a
         * gerund may open it (the eighteenth audit's had kept "throughout
         * the period") */
        int set_off = c->end + 1 == a->source.first && quoth_punct_char(&p, c->end, ',') &&
                      a->source.end == a->cue.first && a->source.end - a->source.first == 1 &&
                      (p.t[a->source.first].lex & LEX_PRONOUN);
        int opens = first < c->first ? quoth_coarse(&p, first) : CT_PUNCT; /* a noun phrase, not "When", "Despite" */
        int gerund = set_off && opens == CT_VERB && quoth_ends_with(&p, first, "ing");
        if (first >= c->first || c->first - first > QUOTH_MAX_PHRASE || quoth_coarse(&p, c->first) == CT_WH ||
            quoth_word_is(&p, c->first, "that") ||
            !(opens == CT_DET || opens == CT_NOUN || opens == CT_PROPN || opens == CT_ADJ || opens == CT_POSS || gerund))
            continue;
        budget -= list->n;
        int words_only = 1;
        for (size_t i = first; i < c->first && words_only; i++) {
            int kind = quoth_coarse(&p, i);
            words_only = !(p.t[i].flags & (TOK_PUNCT | TOK_QUOTE)) && !p.t[i].quote_depth &&
                         (set_off || (kind != CT_VERB && kind != CT_AUX));
        }
        for (size_t j = 0; j < list->n && words_only; j++)
            for (int m = 0; m < list->a[j].n_content; m++)
                if (j != k && quoth_tspan_overlaps(list->a[j].content[m], tspan(first, c->first)))
                    words_only = 0;
        if (words_only) c->first = (uint32_t)first;
    }
}

/* A paragraph that is a quotation signed after a dash: "\"We have waited
 * four years.\" -- Lars Eriksen, chief executive of Nordvind UK". The
 * closing mark of the quotation, or SIZE_MAX when the paragraph is not
 * one; *source is who signs it, up to a comma. */
static size_t signed_quotation(const quoth_phrases *p, size_t first, size_t end, quoth_tspan *source) {
    if (!(p->t[first].flags & TOK_QUOTE_OPEN)) return SIZE_MAX;
    size_t close = SIZE_MAX;
    for (size_t i = first + 1; i < end; i++)
        if (p->t[i].flags & TOK_QUOTE) close = i;
    if (close == SIZE_MAX || !(p->t[close].flags & TOK_QUOTE_CLOSE) || close + 2 >= end ||
        !quoth_punct_is(p, close + 1, "--"))
        return SIZE_MAX;
    size_t s = close + 2, e = s;
    while (e < end && e - s < QUOTH_MAX_PHRASE && !(p->t[e].flags & TOK_PUNCT)) e++;
    if (!(p->t[s].flags & TOK_CAPITALIZED) && !(p->t[s].lex & LEX_DETERMINER)) return SIZE_MAX;
    if (e < end && !quoth_punct_is(p, e, ",")) return SIZE_MAX;
    *source = tspan(s, e);
    return close;
}

int quoth_attribution_signed_quotations(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_token_list *tl = in->tokens;
    uint64_t budget = scan_budget(in);
    for (size_t k = 0; k < tl->n_para && budget >= list->n; k++) {
        size_t first = tl->para[k].first_token, end = first + tl->para[k].n_tokens, close;
        quoth_tspan source;
        if (end <= first || (close = signed_quotation(&p, first, end, &source)) == SIZE_MAX) continue;
        budget -= list->n;
        quoth_tspan quote = {(uint32_t)first, (uint32_t)close + 1}, paragraph = {(uint32_t)first, (uint32_t)end};
        int found = 0;
        for (size_t j = 0; j < list->n && !found; j++) found = quoth_tspan_overlaps(list->a[j].cue, paragraph);
        /* a content of the paragraph before that ran on into the quotation
         * stops where the paragraph does */
        for (size_t j = 0; j < list->n && !found; j++)
            for (int c = 0; c < list->a[j].n_content; c++)
                if (list->a[j].content[c].first < first && list->a[j].content[c].end > first)
                    list->a[j].content[c].end = (uint32_t)first;
        quoth_attribution signed_quote = rule_statement(ORIGIN_RULE_DIRECT, tspan(close + 1, close + 2), source, quote);
        if (!found && quoth_attribution_push(list, &signed_quote)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* How many words a name that reports a quotation may have ("Jean-Baptiste
 * Morvan", "Sandrine Pelletier"). */
#define REPORTING_NAME_MAX 3

/* Whether token i is a finite verb, as the tagger tags it (not "will"). */
static int finite_verb_at(const quoth_attrib_input *in, const quoth_phrases *p, size_t i) {
    return quoth_coarse(p, i) == CT_VERB && quoth_holds_finite_verb(p, in->pos_flags, i, i + 1);
}

/* Whether the sentence ends at token i: its last token, or its full stop
 * or other closing mark of punctuation. */
static int sentence_ends_at(const quoth_phrases *p, size_t i, size_t end) {
    return i == end || (i + 1 == end && quoth_is_final_punct(p, i));
}

/* A pronoun, or a name of up to REPORTING_NAME_MAX words, from i: its
 * end, or i. */
static size_t reporting_subject_end(const quoth_phrases *p, size_t i, size_t end) {
    if (i < end && quoth_coarse(p, i) == CT_PRON) return i + 1;
    size_t e = i;
    while (e < end && e - i < REPORTING_NAME_MAX && quoth_coarse(p, e) == CT_PROPN) e++;
    return e;
}

/* The verb that ends the sentence after a quotation's closing mark at
 * `close`, with its subject before or after it, past a comma: "“…”, she
 * confided.", "« … », protested Morvan." Any finite verb: in that slot
 * one reports the quotation, whatever the lexicon knows of it. SIZE_MAX
 * when the sentence goes otherwise; *source is the subject. */
static size_t verb_closing_quotation(const quoth_attrib_input *in, const quoth_phrases *p, size_t close, size_t end,
                                     quoth_tspan *source) {
    size_t i = close + 1;
    if (i < end && quoth_punct_is(p, i, ",")) i++;
    size_t e = reporting_subject_end(p, i, end);
    if (e > i && e < end && finite_verb_at(in, p, e) && sentence_ends_at(p, e + 1, end)) {
        *source = tspan(i, e);
        return e;
    }
    if (i < end && finite_verb_at(in, p, i) && (e = reporting_subject_end(p, i + 1, end)) > i + 1 &&
        sentence_ends_at(p, e, end)) {
        *source = tspan(i + 1, e);
        return i;
    }
    return SIZE_MAX;
}

/* "« My grandfather did this in 1992. I hope my children will not have
 * to », she confided.": a quotation that no statement holds, reported by
 * the verb that ends its sentence after it. The tagger knows such verbs
 * after a comma inside the closing mark, as American copy writes it, and
 * missed them after a comma outside it, as French, German and translated
 * copy write it (a blind audit's; each had been no statement). */
int quoth_attribution_quotations_closed_by_verb(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_quotation_list *quotations = in->quotations;
    uint64_t budget = scan_budget(in);
    for (size_t k = 0; quotations && k < quotations->n && budget >= list->n; k++) {
        const quoth_quotation *q = &quotations->q[k];
        /* the quotation opens its sentence: one inside a clause is that
         * clause's ("He bought “the best car”, she laughed.") */
        if (q->depth || q->unclosed || q->close + 2 >= in->tokens->n ||
            in->tokens->sent[in->tokens->tok[q->open].sentence].first != q->open)
            continue;
        size_t sentence = in->tokens->tok[q->close].sentence;
        size_t end = in->tokens->sent[sentence].first + in->tokens->sent[sentence].count, verb;
        quoth_tspan source;
        if ((verb = verb_closing_quotation(in, &p, q->close, end, &source)) == SIZE_MAX) continue;
        budget -= list->n;
        quoth_tspan quote = tspan(q->open, q->close + 1);
        if (any_attribution_overlaps(list, tspan(q->open, end))) continue;
        quoth_attribution statement = rule_statement(ORIGIN_RULE_DIRECT, tspan(verb, verb + 1), source, quote);
        if (quoth_attribution_push(list, &statement)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* ------------------------------------------------- a report closing a report */

/* How many words may follow a closing verb of saying: "told reporters on
 * Monday". */
#define CLOSING_OBJECT_MAX 4

/* "Gov. Lydia Harmon believes the state needs ..., her spokesman, Devin
 * Ortiz, said.": a statement whose content runs on over a role and a name
 * set off by commas, up to a verb of saying that closes the sentence, is
 * reported in turn by them: the outer statement takes the sentence, as
 * PolNeAR gives each token to the outer one (the spokesman's statement
 * had been lost, and he had been part of the governor's belief; a blind
 * audit's). */
static int report_of_a_report(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t last = end - 1, cue;
    if (last > first && quoth_is_final_punct(p, last)) last--;
    /* the verb, and whom it was said to: "said.", "told analysts." */
    for (cue = last; cue > first && last - cue < CLOSING_OBJECT_MAX && !quoth_is_cue_verb(p, cue); cue--)
        if (p->t[cue].flags & TOK_PUNCT) return 0;
    if (cue <= first || !quoth_is_cue_verb(p, cue) || p->t[cue].quote_depth) return 0;
    size_t role = quoth_apposed_role_before(p, cue - 1, first);
    if (!role) return 0;
    size_t inner = SIZE_MAX;
    for (size_t j = 0; j < list->n; j++) {
        const quoth_attribution *a = &list->a[j];
        if (quoth_tspan_overlaps(a->cue, tspan(cue, cue + 1))) return 1; /* read already */
        if (a->n_content && a->cue.first >= first && a->cue.first < role &&
            a->content[a->n_content - 1].end >= role && a->content[a->n_content - 1].end <= last + 1)
            inner = j;
    }
    if (inner == SIZE_MAX) return 1;
    quoth_attribution report = rule_statement(ORIGIN_RULE_INDIRECT, tspan(cue, cue + 1), tspan(role, cue),
                                              tspan(first, role - 1));
    list->a[inner] = report;
    return 1;
}

int quoth_attribution_reports_of_reports(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, report_of_a_report);
}

/* ------------------------------------------------- dialogue set off by dashes */

/* How many words the source of a dash dialogue's reporting clause may
 * have: "the head of the rescue service, Colonel Vadim Sorokin,". */
#define DASH_SOURCE_MAX 16

static int is_dash(const quoth_phrases *p, size_t i) { return quoth_punct_is(p, i, "--"); }

/* Whether [first, end) may be the subject of a reporting clause: words of
 * a noun phrase and the commas of an apposition, no verb, no quotation. */
static int dash_source_words(const quoth_phrases *p, size_t first, size_t end) {
    if (end <= first || end - first > DASH_SOURCE_MAX || quoth_punct_is(p, first, ",")) return 0;
    for (size_t i = first; i < end; i++) {
        int c = quoth_coarse(p, i);
        if (p->t[i].flags & TOK_QUOTE) return 0;
        if (!(c == CT_NOUN || c == CT_PROPN || c == CT_DET || c == CT_POSS || c == CT_ADJ || c == CT_NUM ||
              c == CT_ADP || c == CT_PRON || quoth_punct_is(p, i, ",")))
            return 0;
    }
    return 1;
}

/* The reporting clause that follows the dash at `dash` in [dash, end): "—
 * the colonel admitted", "— said the commander". Sets the cue and the
 * source and returns the index after the clause, or SIZE_MAX. */
static size_t dash_reporting_clause(const quoth_attrib_input *in, const quoth_phrases *p, size_t dash, size_t end,
                                    quoth_attribution *a) {
    size_t first = dash + 1;
    if (first < end && finite_verb_at(in, p, first)) { /* "— said the commander." */
        size_t e = first + 1;
        while (e < end && !(p->t[e].flags & TOK_PUNCT) && e - first <= DASH_SOURCE_MAX) e++;
        if (e == first + 1 || !dash_source_words(p, first + 1, e)) return SIZE_MAX;
        /* and its apposition to the end: "— said Colonel Ivan Petrenko, the head of the service." */
        size_t apposition = e;
        while (apposition < end && !quoth_is_final_punct(p, apposition)) apposition++;
        if (apposition < end && quoth_punct_is(p, e, ",") && dash_source_words(p, first + 1, apposition)) e = apposition;
        a->cue = tspan(first, first + 1);
        a->source = tspan(first + 1, e);
        return e;
    }
    size_t verb = first;
    while (verb < end && verb - first <= DASH_SOURCE_MAX && !finite_verb_at(in, p, verb)) verb++;
    if (verb >= end || !dash_source_words(p, first, verb)) return SIZE_MAX;
    a->source = tspan(first, verb);
    a->cue = quoth_cue_around(p, verb, first);
    if (a->cue.first < verb) a->source.end = a->cue.first; /* "— the colonel has admitted" */
    size_t e = a->cue.end;
    while (e < end && !(p->t[e].flags & TOK_PUNCT)) e++; /* "told the correspondent of Nordpress" */
    return quoth_tspan_empty(a->source) ? SIZE_MAX : e;
}

/* "— We drilled day and night. At times it seemed we would not make it, —
 * the colonel admitted. — But the guys below did not panic.": a paragraph
 * that opens with a dash is a speaker's words, as Russian, Ukrainian or
 * Polish copy and their translations write dialogue; a dash after their
 * punctuation sets off the reporting clause, and a dash after that
 * clause goes on with the words. Finds the statement of such a paragraph
 * in [first, end), or returns 0. */
static int dash_dialogue(const quoth_attrib_input *in, const quoth_phrases *p, size_t first, size_t end,
                         quoth_attribution *a) {
    if (!is_dash(p, first) || end < first + 5) return 0;
    size_t dash = first + 2;
    while (dash < end && !(is_dash(p, dash) && (p->t[dash - 1].flags & TOK_PUNCT) && !is_dash(p, dash - 1))) dash++;
    if (dash + 2 >= end) return 0;
    size_t after = dash_reporting_clause(in, p, dash, end, a);
    if (after == SIZE_MAX) return 0;
    a->content[0] = tspan(first + 1, dash);
    a->n_content = 1;
    if (after < end && quoth_punct_is(p, after, ",")) after++;
    else if (after < end && quoth_punct_is(p, after, ".")) after++;
    if (after + 1 < end && is_dash(p, after)) a->content[a->n_content++] = tspan(after + 1, end);
    else if (after < end) return 0; /* the clause goes on: "— Yes, — she said and left the room." */
    a->origin = ORIGIN_RULE_DIRECT;
    a->speaker = -1;
    a->context_of = -1;
    return 1;
}

/* The statements of dash dialogue (dash_dialogue()), in place of what the
 * tagger, which never saw such copy, read in its paragraphs: the words as
 * content, the source after the verb ("— ..., — Colonel Sorokin told the
 * correspondent of Nordpress" had made the correspondent the speaker of
 * the last sentence only; a blind audit's). */
int quoth_attribution_dash_dialogue(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_token_list *tl = in->tokens;
    uint64_t budget = scan_budget(in);
    for (size_t k = 0; k < tl->n_para && budget >= list->n; k++) {
        size_t first = tl->para[k].first_token, end = first + tl->para[k].n_tokens;
        quoth_attribution statement = {0};
        if (end <= first || !dash_dialogue(in, &p, first, end, &statement)) continue;
        budget -= list->n;
        quoth_tspan paragraph = tspan(first, end);
        size_t kept = 0;
        for (size_t j = 0; j < list->n; j++)
            if (!quoth_tspan_overlaps(list->a[j].cue, paragraph)) list->a[kept++] = list->a[j];
        list->n = kept;
        if (any_attribution_overlaps(list, paragraph)) continue; /* "He told journalists:" before it */
        if (quoth_attribution_push(list, &statement)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* The mark (a comma or a colon) before the quotation that an inverted
 * opening at `first` introduces ("Said the mayor, Alan Crewe: “…”"), or
 * SIZE_MAX: its words up to the mark hold no quotation and no verb of
 * saying of their own. */
static size_t inverted_opening_mark(const quoth_phrases *p, size_t first, size_t end) {
    const quoth_token *t = p->t;
    if ((t[first].flags & (TOK_SENT_START | TOK_CAPITALIZED)) != (TOK_SENT_START | TOK_CAPITALIZED) ||
        !(t[first].lex & LEX_CUE) || !(t[first].lex & (LEX_FORM_PAST | LEX_FORM_3SG)) || t[first].quote_depth)
        return SIZE_MAX;
    for (size_t m = first + 2; m + 1 < end && m <= first + 3 * QUOTH_MAX_PHRASE; m++) {
        if (t[m].quote_depth || (t[m].flags & TOK_QUOTE) || quoth_is_cue_verb(p, m)) return SIZE_MAX;
        if ((quoth_punct_is(p, m, ",") || quoth_punct_is(p, m, ":")) && (t[m + 1].flags & TOK_QUOTE_OPEN)) {
            /* the verb's subject right after it, up to the mark or to a
             * comma before it ("Asked whether ..., Mr. Smith shot back:"
             * opens with a clause) */
            size_t e = quoth_np_right(p, first + 1, m);
            return e > first + 1 && (e == m || quoth_punct_is(p, e, ",")) ? m : SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

/* The statement of an inverted opening's quotation: the opening verb its
 * cue, the words up to the mark its source (the name, and the apposition
 * or relative clause after a comma), the quotation its content. */
static void set_inverted_statement(const quoth_phrases *p, size_t first, size_t mark, const quoth_quotation *q,
                                   quoth_attribution *a) {
    a->cue = quoth_cue_around(p, first, first);
    size_t e = quoth_np_right(p, a->cue.end, mark);
    if (e < mark && quoth_punct_is(p, e, ",")) e = mark;
    a->source = tspan(a->cue.end, e);
    int kept = 0;
    for (int c = 0; c < a->n_content; c++) {
        quoth_tspan content = a->content[c];
        if (content.end <= q->open) continue; /* words of the source */
        if (content.first < q->open) content.first = q->open;
        a->content[kept++] = content;
    }
    a->n_content = kept;
    if (!kept) a->content[a->n_content++] = tspan(q->open, q->close + 1);
}

/* Whether a's cue lies in `cues` and a content of it overlaps `quote`:
 * another reading of an inverted opening's sentence (the rules' colon, the
 * tagger's verb). */
static int other_reading(const quoth_attribution *a, quoth_tspan cues, quoth_tspan quote) {
    if (!quoth_tspan_overlaps(a->cue, cues)) return 0;
    for (int c = 0; c < a->n_content; c++)
        if (quoth_tspan_overlaps(a->content[c], quote)) return 1;
    return 0;
}

static void drop_other_readings(quoth_attribution_list *list, size_t kept, quoth_tspan cues, quoth_tspan quote) {
    size_t n = 0;
    for (size_t j = 0; j < list->n; j++)
        if (j == kept || !other_reading(&list->a[j], cues, quote)) list->a[n++] = list->a[j];
    list->n = n;
}

int quoth_attribution_inverted_openings(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_token_list *tl = in->tokens;
    uint64_t budget = scan_budget(in);
    for (size_t s = 0; s < tl->n_sent && budget >= 3 * (uint64_t)list->n; s++) {
        size_t first = tl->sent[s].first, end = first + tl->sent[s].count, mark;
        const quoth_quotation *q;
        if (end <= first + 3 || (mark = inverted_opening_mark(&p, first, end)) == SIZE_MAX ||
            !(q = quoth_quotation_opening_at(in->quotations, mark + 1)))
            continue;
        budget -= 3 * (uint64_t)list->n; /* the walks over the statements below */
        quoth_tspan opening = {(uint32_t)first, q->close + 1};
        size_t found = SIZE_MAX;
        for (size_t j = 0; j < list->n && found == SIZE_MAX; j++)
            if (quoth_tspan_overlaps(list->a[j].cue, opening) && list->a[j].n_content &&
                quoth_tspan_overlaps(list->a[j].content[list->a[j].n_content - 1], opening))
                found = j;
        if (found != SIZE_MAX) {
            set_inverted_statement(&p, first, mark, q, &list->a[found]);
            drop_other_readings(list, found, tspan(first, mark + 1),
                                tspan(q->open, q->close + 1));
            continue;
        }
        quoth_attribution statement = {.origin = ORIGIN_RULE_DIRECT, .speaker = -1, .context_of = -1};
        set_inverted_statement(&p, first, mark, q, &statement);
        if (!any_attribution_overlaps(list, opening) && quoth_attribution_push(list, &statement)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* Where a sentence's content ends before `end`: before the punctuation
 * that closes it, but not before a quotation's closing mark, and never
 * before `first`. */
static size_t end_before_punctuation(const quoth_phrases *p, size_t first, size_t end) {
    while (end > first && (p->t[end - 1].flags & TOK_PUNCT) && !(p->t[end - 1].flags & TOK_QUOTE)) end--;
    return end;
}

/* Verbs that translated news uses for saying, which the tagger learned
 * no cue of from PolNeAR ("evaluated that", "introduced that",
 * "ponderated that"), before a clause. */
static int translated_saying_verb(const quoth_phrases *p, size_t i) {
    static const char *const VERBS[] = {"evaluated", "evaluates", "introduced", "ponderated", "ponderates",
                                        "communicated", "alerted", "alerts", "sustained", "sustains",
                                        "assessed", "assesses", "reinforced", "guaranteed", "guarantees",
                                        "informed", "reiterated", "stressed", "underscored"};
    return quoth_word_in(p, i, VERBS, sizeof VERBS / sizeof *VERBS);
}

/* Whether the subject [first, end) can speak: it holds a name, a title or
 * a personal pronoun ("the Sanders online money machine guarantees that"
 * does not report). */
static int speaking_subject(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_PROPN || (p->t[i].lex & LEX_TITLE) || quoth_word_is(p, i, "he") ||
            quoth_word_is(p, i, "she") || quoth_word_is(p, i, "they"))
            return 1;
    return 0;
}

/* "The minister Mariana Lacerda evaluated that the result is fruit of the
 * inspection": a sentence no statement holds, whose subject reports a
 * clause with one of translated_saying_verb()'s verbs, is that subject's
 * statement. */
static int translated_cue(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t verb = SIZE_MAX;
    /* the verb i before a "that" at j = i + 1, i + 2 < stop (the loop's
     * two bounds as one); the "that" found by its class first, as most
     * sentences hold none */
    size_t stop = end < first + 3 * QUOTH_MAX_PHRASE + 2 ? end : first + 3 * QUOTH_MAX_PHRASE + 2;
    for (size_t j = first + 2; j + 1 < stop; j++) {
        if ((j = next_of_classes(p->t, j, stop - 1, LEX_COMPLEMENTIZER, 0)) + 1 >= stop) break;
        size_t i = j - 1;
        if ((p->t[i + 1].lex & LEX_COMPLEMENTIZER) && !p->t[i].quote_depth && quoth_word_is(p, i + 1, "that") &&
            translated_saying_verb(p, i) && quoth_coarse(p, i + 2) != CT_VERB && quoth_coarse(p, i + 2) != CT_AUX) {
            verb = i;
            break;
        }
    }
    if (verb == SIZE_MAX) return 0;
    size_t subject = quoth_np_left(p, verb, first), last = end_before_punctuation(p, verb + 2, end);
    if (subject >= verb || last <= verb + 2 || !speaking_subject(p, subject, verb) ||
        any_attribution_overlaps(list, tspan(first, end)))
        return 1;
    quoth_attribution statement =
        rule_statement(ORIGIN_RULE_INDIRECT, tspan(verb, verb + 1), tspan(subject, verb), tspan(verb + 1, last));
    return quoth_attribution_push(list, &statement) ? QUOTH_ERR_NOMEM : 1;
}

int quoth_attribution_translated_cues(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, translated_cue);
}

/* "A former manager threatened to burn the depot, a jury at Ashbury Crown
 * Court heard on Tuesday.": the court's "heard" after what it was told,
 * as UK court reports close a sentence. The cue's token, or SIZE_MAX; the
 * comma before the court's words in *comma. */
static size_t court_heard_at_end(const quoth_phrases *p, size_t first, size_t end, size_t *comma) {
    static const char *const COURTS[] = {"jury", "court", "tribunal", "inquest", "hearing", "magistrates", "jurors"};
    size_t last = end_before_punctuation(p, first, end), heard = SIZE_MAX;
    for (size_t i = last; i-- > first + 3 && last - i <= 6;)
        if (quoth_word_is(p, i, "heard")) {
            heard = i;
            break;
        }
    if (heard == SIZE_MAX || quoth_time_phrase_end(p, heard + 1, last) != last) return SIZE_MAX;
    int court = 0;
    for (size_t c = heard; c-- > first + 2 && heard - c <= 8;) {
        court |= quoth_word_in(p, c, COURTS, sizeof COURTS / sizeof *COURTS);
        if (p->t[c].quote_depth) return SIZE_MAX;
        if (quoth_punct_is(p, c, ",")) {
            *comma = c;
            return court && c + 1 < heard ? heard : SIZE_MAX;
        }
    }
    return SIZE_MAX;
}

/* What a court heard, told after it (court_heard_at_end()): a statement
 * without a source, as "The court heard that ..." is; the tagger's
 * readings of the sentence give way ("after he was dismissed, a jury
 * heard" had been a statement of "he" with the cue "was dismissed"). */
static int court_heard_statement(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t comma, heard = court_heard_at_end(p, first, end, &comma);
    if (heard == SIZE_MAX || comma < first + 3) return 0;
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++)
        if (!quoth_tspan_overlaps(list->a[k].cue, tspan(first, end))) list->a[kept++] = list->a[k];
    list->n = kept;
    quoth_attribution statement = rule_statement(ORIGIN_RULE_INDIRECT, tspan(heard, heard + 1), tspan(0, 0),
                                                 tspan(first, comma));
    return quoth_attribution_push(list, &statement) ? QUOTH_ERR_NOMEM : 1;
}

int quoth_attribution_court_heard(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, court_heard_statement);
}

/* The noun of "In his opinion," or "In her words," at `first`, the
 * sentence's first token, or SIZE_MAX. */
static size_t opinion_opening(const quoth_phrases *p, size_t first, size_t end) {
    static const char *const NOUNS[] = {"opinion", "words", "view", "estimation", "judgment", "judgement"};
    if (end < first + 6 || !quoth_word_is(p, first, "in") || quoth_coarse(p, first + 1) != CT_POSS ||
        !quoth_word_in(p, first + 2, NOUNS, sizeof NOUNS / sizeof *NOUNS) || !quoth_punct_is(p, first + 3, ",") ||
        p->t[first].quote_depth)
        return SIZE_MAX;
    return first + 2;
}

static int opinion_statement(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t noun = opinion_opening(p, first, end);
    if (noun == SIZE_MAX) return 0;
    size_t last = end_before_punctuation(p, noun + 2, end);
    quoth_attribution opinion =
        rule_statement(ORIGIN_RULE_INDIRECT, tspan(noun, noun + 1), tspan(noun - 1, noun), tspan(noun + 2, last));
    if (last > noun + 2 && !any_attribution_overlaps(list, tspan(first, end)) && quoth_attribution_push(list, &opinion))
        return QUOTH_ERR_NOMEM;
    return 1;
}

int quoth_attribution_opinion_openings(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, opinion_statement);
}

/* How many words the source of an opening "In the view of X," may have. */
#define OPENING_SOURCE_MAX 12

/* The words that open a sentence with its source, up to "of" or "by" at
 * *source: "In the opinion of", "In the view of", "In the words of", "As
 * reported by", "As stated by", "By words of" (a literal translation of
 * "according to"). The cue's span, or an empty one. */
static quoth_tspan source_opening_cue(const quoth_phrases *p, size_t first, size_t end, size_t *source) {
    static const char *const NOUNS[] = {"opinion", "view", "words", "estimation", "assessment"};
    static const char *const PARTICIPLES[] = {"reported", "stated", "noted", "quoted", "announced"};
    quoth_tspan none = {0, 0};
    if (end < first + 8 || p->t[first].quote_depth) return none;
    if (quoth_word_is(p, first, "in") && quoth_word_is(p, first + 1, "the") &&
        quoth_word_in(p, first + 2, NOUNS, sizeof NOUNS / sizeof *NOUNS) && quoth_word_is(p, first + 3, "of")) {
        *source = first + 4;
        return tspan(first, first + 4);
    }
    if (quoth_word_is(p, first, "as") && quoth_word_in(p, first + 1, PARTICIPLES, sizeof PARTICIPLES / sizeof *PARTICIPLES) &&
        quoth_word_is(p, first + 2, "by")) {
        *source = first + 3;
        return tspan(first + 1, first + 2);
    }
    if (quoth_word_is(p, first, "by") && quoth_word_is(p, first + 1, "words") && quoth_word_is(p, first + 2, "of")) {
        *source = first + 3;
        return tspan(first, first + 3);
    }
    return none;
}

/* "In the opinion of the analyst Kirill Maslov, the sale would ...", "As
 * reported by Reuters, the talks ...": a sentence opened by its source, up
 * to a comma, reports the clause after it (each had been no statement; a
 * blind audit's translated wire copy). */
static int source_opening_statement(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t source = 0;
    quoth_tspan cue = source_opening_cue(p, first, end, &source);
    if (quoth_tspan_empty(cue)) return 0;
    size_t comma = source;
    while (comma < end && comma - source <= OPENING_SOURCE_MAX && !quoth_punct_is(p, comma, ",")) {
        int c = quoth_coarse(p, comma);
        if (c == CT_VERB || c == CT_AUX || (p->t[comma].flags & TOK_QUOTE)) return 0;
        comma++;
    }
    if (comma == source || comma >= end || !quoth_punct_is(p, comma, ",")) return 0;
    size_t last = end_before_punctuation(p, comma + 1, end);
    if (last < comma + 3) return 1;
    /* the tagger's reading of the cue and the clause, with no source */
    for (size_t j = 0; j < list->n; j++)
        if (quoth_tspan_overlaps(list->a[j].cue, cue) && quoth_tspan_empty(list->a[j].source)) {
            list->a[j].source = tspan(source, comma);
            return 1;
        }
    if (any_attribution_overlaps(list, tspan(first, end))) return 1;
    quoth_attribution report = rule_statement(ORIGIN_RULE_INDIRECT, cue, tspan(source, comma), tspan(comma + 1, last));
    return quoth_attribution_push(list, &report) ? QUOTH_ERR_NOMEM : 1;
}

int quoth_attribution_source_openings(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, source_opening_statement);
}

/* The verb of "As writes the „Frankfurter Morgenblatt“," or "As noted the
 * minister Ivan Petrov,": a sentence opened by "As" and a verb of
 * reporting before its subject, as translated news writes "As X writes,"
 * (German "Wie die Zeitung schreibt", Russian "Как сообщает"). SIZE_MAX
 * when the sentence at `first` opens otherwise. */
static size_t inverted_as_verb(const quoth_phrases *p, size_t first, size_t end) {
    static const char *const VERBS[] = {"writes", "wrote",  "reports", "reported", "notes",  "noted",
                                        "says",   "said",   "states",  "stated",   "stresses", "stressed",
                                        "explains", "explained"};
    if (end < first + 6 || !quoth_word_is(p, first, "as") || p->t[first].quote_depth ||
        !quoth_word_in(p, first + 1, VERBS, sizeof VERBS / sizeof *VERBS))
        return SIZE_MAX;
    return first + 1;
}

/* The end of the source after an inverted verb at `verb`: its noun phrase,
 * and a name set off after it ("the minister, Ivan Petrov"), up to the
 * comma that ends it; SIZE_MAX when no comma ends it within a phrase. */
static size_t inverted_as_source_end(const quoth_phrases *p, size_t verb, size_t end) {
    size_t s = quoth_np_right(p, verb + 1, end);
    if (s == verb + 1) return SIZE_MAX;
    while (s < end && s - verb <= QUOTH_MAX_PHRASE && !quoth_punct_is(p, s, ",") && !p->t[s].quote_depth &&
           (quoth_is_name_word(p, s) || quoth_coarse(p, s) == CT_PROPN))
        s++; /* "the minister Ivan Petrov" */
    if (s >= end || !quoth_punct_is(p, s, ",")) return SIZE_MAX;
    /* an apposition that names it: "As reported the spokesman of the
     * police, inspector Marek Lisiak, the march ..." */
    size_t name = s + 1;
    while (name < end && name - s <= 6 && !(p->t[name].flags & TOK_PUNCT) && quoth_coarse(p, name) != CT_VERB &&
           quoth_coarse(p, name) != CT_AUX && quoth_coarse(p, name) != CT_DET)
        name++;
    int named = name > s + 1 && (quoth_is_name_word(p, name - 1) || quoth_coarse(p, name - 1) == CT_PROPN);
    return named && name < end && quoth_punct_is(p, name, ",") ? name : s;
}

static int inverted_as_report(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    size_t verb, comma;
    if ((verb = inverted_as_verb(p, first, end)) == SIZE_MAX ||
        (comma = inverted_as_source_end(p, verb, end)) == SIZE_MAX)
        return 0;
    size_t last = end_before_punctuation(p, comma + 1, end);
    quoth_attribution report =
        rule_statement(ORIGIN_RULE_INDIRECT, tspan(verb, verb + 1), tspan(verb + 1, comma), tspan(comma + 1, last));
    if (last <= comma + 2) return 1;
    /* the tagger's reading of the verb as a cue without a source, whose
     * content took the subject, gives way ("As noted the minister
     * Ivan Petrov, the harvest was good" had been dropped for it) */
    size_t sourceless = list->n;
    for (size_t k = 0; k < list->n && sourceless == list->n; k++)
        if (list->a[k].cue.first == verb && quoth_tspan_empty(list->a[k].source)) sourceless = k;
    if (sourceless < list->n) list->a[sourceless] = report;
    else if (!any_attribution_overlaps(list, tspan(first, comma + 1)) && quoth_attribution_push(list, &report))
        return QUOTH_ERR_NOMEM;
    return 1;
}

int quoth_attribution_inverted_as(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, inverted_as_report);
}

/* Whether [first, end) is only a time after a cue: "earlier", "before",
 * "previously", "last week", "on Monday". */
static int only_time(const quoth_attrib_input *in, const quoth_phrases *p, size_t first, size_t end) {
    static const char *const WORDS[] = {"earlier", "before", "previously", "last", "week", "month", "year",
                                        "on",      "this",   "yesterday",  "today", "recently"};
    if (first >= end) return 0;
    for (size_t i = first; i < end; i++)
        if (!quoth_word_in(p, i, WORDS, sizeof WORDS / sizeof *WORDS) && !quoth_is_date_word(in, p, i)) return 0;
    return 1;
}

/* A reading by the tagger of the main clause (comma, end) as its
 * subject's own statement goes, unless its verb is one of saying: the
 * clause is what an opening "As" clause reports. Marks it by emptying its
 * contents; statement k is the report's. */
static void drop_readings_of_clause(const quoth_phrases *p, quoth_attribution_list *list, size_t k, size_t comma,
                                    size_t end) {
    for (size_t j = 0; j < list->n; j++) {
        quoth_attribution *b = &list->a[j];
        if (j != k && b->origin == ORIGIN_MODEL && b->cue.first > comma && b->cue.first < end &&
            !(p->t[b->cue.first].lex & LEX_CUE_SPEECH))
            b->n_content = 0;
    }
}

/* How many words may come between "As" and its verb ("As my colleague
 * Marguerite Delacroix wrote"). */
#define AS_SOURCE_MAX 6

/* "As my colleague Marguerite Delacroix wrote last week, X": an opening
 * "As", its source and a verb of saying in the past, a time, a comma and
 * the main clause, which no reading took as this: appends the statement
 * of X. 1 when the sentence opens so, else 0; QUOTH_ERR_NOMEM. */
static int as_opening_report(const quoth_attrib_input *in, const quoth_phrases *p, size_t first, size_t end,
                             quoth_attribution_list *list) {
    first = quoth_after_dateline(p, first);
    if (first + 4 >= end || !quoth_word_is(p, first, "as") || p->t[first].quote_depth) return 0;
    /* verbs that frame a report, not the time of one ("As Blumenthal
     * spoke, the NRA was ...") */
    static const char *const REPORTED[] = {"wrote", "reported", "noted", "said", "argued", "observed",
                                           "explained", "warned", "predicted", "remarked", "stated", "recalled"};
    size_t verb = first + 1;
    while (verb < end && verb - first <= AS_SOURCE_MAX && !(p->t[verb].flags & TOK_PUNCT) &&
           !quoth_word_in(p, verb, REPORTED, sizeof REPORTED / sizeof *REPORTED))
        verb++;
    if (verb == first + 1 || verb >= end || !quoth_word_in(p, verb, REPORTED, sizeof REPORTED / sizeof *REPORTED))
        return 0;
    size_t comma = verb + 1;
    while (comma < end && comma - verb <= 3 && !quoth_punct_char(p, comma, ',')) comma++;
    if (comma >= end || !quoth_punct_char(p, comma, ',') || (comma > verb + 1 && !only_time(in, p, verb + 1, comma)))
        return 0;
    size_t last = end_before_punctuation(p, comma + 1, end);
    if (last < comma + 3) return 0;
    for (size_t k = 0; k < list->n; k++) /* a reading of the opening already: quoth_attribution_as_reported() */
        if (list->a[k].cue.first >= first && list->a[k].cue.first <= comma) return 1;
    quoth_attribution report =
        rule_statement(ORIGIN_RULE_INDIRECT, tspan(verb, verb + 1), tspan(first + 1, verb), tspan(comma + 1, last));
    if (quoth_attribution_push(list, &report)) return QUOTH_ERR_NOMEM;
    drop_readings_of_clause(p, list, list->n - 1, comma, last);
    return 1;
}

/* "As Reuters reported earlier, the ministry has shown no interest": the
 * statement of an opening "As" clause is the main clause after its comma
 * (the tagger had given it the time, "earlier", and read the main clause
 * as a statement of its own subject's); and "As my colleague Marguerite
 * Delacroix wrote last week, X", which the tagger had not read at all.
 * Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_as_reported(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    size_t n = list->n;
    for (size_t k = 0; k < n && budget >= list->n; k++) {
        quoth_attribution *a = &list->a[k];
        if (a->n_content != 1 || quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue)) continue;
        size_t first = quoth_sentence_first(&p, a->cue.first), comma = a->content[0].end;
        if (!quoth_word_is(&p, first, "as") || a->source.first != first + 1 || a->content[0].first < a->cue.end ||
            comma >= p.n || !quoth_punct_is(&p, comma, ",") || !only_time(in, &p, a->content[0].first, comma))
            continue;
        size_t end = end_before_punctuation(&p, comma + 1, quoth_sentence_end(&p, comma));
        if (end < comma + 3) continue;
        a->content[0] = tspan(comma + 1, end);
        budget -= list->n;
        drop_readings_of_clause(&p, list, k, comma, end);
    }
    int rc = 0;
    for (size_t s = 0; s < in->tokens->n_sent && budget >= list->n && rc >= 0; s++) {
        size_t first = in->tokens->sent[s].first;
        rc = as_opening_report(in, &p, first, first + in->tokens->sent[s].count, list);
        if (rc > 0) budget -= list->n;
    }
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++)
        if (list->a[k].n_content) list->a[kept++] = list->a[k];
    list->n = kept;
    return rc < 0 ? rc : 0;
}

/* Whether content c reads as the subject of a clause whose verb comes
 * after it: no finite verb, and a participle set off by a comma inside it
 * ("the original draft, circulated last week,"); not an object before a
 * second predicate ("the man a job as Secretary of Defense, | then
 * says"). */
static int subject_with_participle_aside(const quoth_attrib_input *in, const quoth_phrases *p, quoth_tspan c) {
    if (quoth_holds_finite_verb(p, in->pos_flags, c.first, c.end)) return 0;
    for (size_t i = c.first + 1; i + 2 < c.end; i++)
        if (quoth_punct_char(p, i, ',') && quoth_coarse(p, i + 1) == CT_VERB && quoth_ends_with(p, i + 1, "ed"))
            return 1;
    return 0;
}

/* "Diplomats said the original draft, circulated last week, had demanded
 * an immediate ceasefire": a verb the tagger took for a second cue right
 * where the first statement's content stops, sharing its source, is the
 * verb of that content's clause; the content runs on over its own (it
 * had kept the subject alone, "the original draft, circulated last
 * week,"). */
void quoth_attribution_join_cue_inside_content(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    for (size_t k = 0; k + 1 < list->n && budget >= list->n; k++) {
        quoth_attribution *a = &list->a[k];
        /* the rare content first, so that the scan of the others stays rare */
        if (a->n_content != 1 || quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) ||
            a->cue.end > a->content[0].first || !quoth_punct_char(&p, a->content[0].end - 1, ',') ||
            !subject_with_participle_aside(in, &p, a->content[0]))
            continue;
        budget -= list->n;
        for (size_t j = 0; j < list->n; j++) {
            quoth_attribution *b = &list->a[j];
            if (j == k || b->n_content != 1 || b->cue.first != a->content[0].end || b->content[0].first != b->cue.end ||
                b->source.first != a->source.first || b->source.end != a->source.end ||
                p.t[b->cue.first].sentence != p.t[a->content[0].first].sentence)
                continue;
            a->content[0].end = b->content[0].end;
            b->n_content = 0;
            break;
        }
    }
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++)
        if (list->a[k].n_content) list->a[kept++] = list->a[k];
    list->n = kept;
}

/* How many words the subject of a clause after a semicolon may have
 * ("fire officials", "the county's sheriff"). */
#define SEMICOLON_SUBJECT_MAX 4

/* The cue verb of a clause of reporting that opens right after the
 * semicolon at `semi` ("; fire officials estimated ..."), its subject in
 * *subject; SIZE_MAX when the clause opens otherwise. */
static size_t reporting_clause_after(const quoth_attrib_input *in, const quoth_phrases *p, size_t semi, size_t end,
                                     quoth_tspan *subject) {
    size_t first = semi + 1, v = first;
    while (v < end && v - first < SEMICOLON_SUBJECT_MAX && !(p->t[v].flags & TOK_PUNCT) &&
           quoth_coarse(p, v) != CT_VERB && quoth_coarse(p, v) != CT_AUX)
        v++;
    if (v == first || v + 2 >= end || !quoth_is_cue_verb(p, v) || !(p->t[v].lex & (LEX_FORM_PAST | LEX_FORM_3SG)) ||
        (in->pos_flags && !(in->pos_flags[p->t[v].pos] & QUOTH_POS_FINITE)))
        return SIZE_MAX;
    int c = quoth_coarse(p, first);
    if (c != CT_DET && c != CT_NOUN && c != CT_PROPN && c != CT_ADJ && c != CT_POSS && c != CT_NUM) return SIZE_MAX;
    *subject = tspan(first, v);
    return v;
}

/* "; fire officials estimated ...": the clause_finder of semicolons. */
static int semicolon_clause(const quoth_attrib_input *in, const quoth_phrases *p, quoth_tspan c, size_t i,
                            clause_split *out) {
    if (i < c.first + 2 || !quoth_punct_char(p, i, ';') || p->t[i].quote_depth ||
        (out->verb = reporting_clause_after(in, p, i, c.end, &out->subject)) == SIZE_MAX)
        return NO_CLAUSE;
    out->end = end_before_punctuation(p, out->verb + 1, c.end);
    return out->end < out->verb + 2 ? NO_MORE_CLAUSES : CLAUSE;
}

/* "The campaign said it expected more than 12,000 people; fire officials
 * estimated the crowd at about 6,500": a content that runs on past a
 * semicolon into a clause of reporting with a subject of its own holds
 * two statements (PolNeAR keeps them apart: in train, 4 sources open
 * right after such a semicolon, and 2 contents, a headline and a
 * quotation, run on over one). The content stops before the semicolon;
 * appends the second statement. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_split_semicolons(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return split_contents(in, list, semicolon_clause, 0);
}

/* "A federal judge on Friday struck down": the noun phrase that opens the
 * sentence, a day after it ("on Friday", "today") and then a verb; empty
 * when the sentence opens otherwise. */
static quoth_tspan subject_before_day(const quoth_phrases *p, size_t first, size_t end) {
    size_t start = quoth_after_dateline(p, first), np_end = quoth_np_right(p, start, end), k = np_end;
    if (np_end == start || np_end >= end) return tspan(0, 0);
    if (quoth_word_is(p, k, "on") && k + 1 < end && (p->t[k + 1].flags & TOK_CAPITALIZED)) k += 2;
    else if (quoth_is_day_word(p, k)) k++;
    return k > np_end && k < end && quoth_coarse(p, k) == CT_VERB ? tspan(start, np_end) : tspan(0, 0);
}

/* "A federal judge on Friday struck down the law, ruling that it placed
 * an unconstitutional burden on voters": a participle of saying and
 * "that" after a main clause's comma is the statement of the sentence's
 * subject, whether the tagger read it without a source or not at all (it
 * had been lost). */
static int participle_that_report(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    const uint64_t ruling = quoth_short_word_hash("ruling", 6);
    size_t stop = end > 3 ? end - 3 : 0; /* verb + 3 < end */
    for (size_t comma = first + 3; comma + 4 < end; comma++) {
        /* the participle first, by its classes or its hash: few tokens
         * are one */
        comma = next_of_classes(p->t, comma + 1, stop, LEX_FORM_ING, ruling) - 1;
        if (comma + 4 >= end) break;
        size_t verb = comma + 1;
        /* a court's "ruling", which the word classes hold no verb of */
        int participle = ((p->t[verb].lex & LEX_FORM_ING) && (p->t[verb].lex & LEX_CUE)) || quoth_word_is(p, verb, "ruling");
        if (!quoth_punct_char(p, comma, ',') || p->t[comma].quote_depth || !participle ||
            !quoth_word_is(p, verb + 1, "that"))
            continue;
        quoth_tspan subject = quoth_sentence_subject(p, comma);
        if (quoth_tspan_empty(subject)) subject = subject_before_day(p, first, comma);
        size_t last = end_before_punctuation(p, verb + 1, end);
        if (quoth_tspan_empty(subject) || last < verb + 4) return 1;
        /* the tagger's reading of the participle without a source, which
         * would be dropped, takes the subject */
        for (size_t k = 0; k < list->n; k++)
            if (list->a[k].cue.first == verb && quoth_tspan_empty(list->a[k].source)) {
                list->a[k].source = subject;
                return 1;
            }
        if (any_attribution_overlaps(list, tspan(subject.first, end))) return 1;
        quoth_attribution report =
            rule_statement(ORIGIN_RULE_INDIRECT, tspan(verb, verb + 1), subject, tspan(verb + 1, last));
        return quoth_attribution_push(list, &report) ? QUOTH_ERR_NOMEM : 1;
    }
    return 0;
}

int quoth_attribution_participle_reports(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, participle_that_report);
}

/* "Petrak warned that the party could not take the valley for granted,
 * saying turnout had been "a wake-up call."": a participle of saying
 * right after a statement's content, whose clause no reading took, is
 * the same source's statement of the rest of the sentence (PolNeAR makes
 * ", saying" a cue of its own 118 times in train; the clause had been
 * cut from the first content and lost). */
int quoth_attribution_trailing_participles(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    size_t n = list->n;
    for (size_t k = 0; k < n && budget >= list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (!a->n_content || quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue)) continue;
        size_t comma = a->content[a->n_content - 1].end, verb = comma + 1;
        if (verb + 3 >= p.n || !quoth_punct_is(&p, comma, ",") || p.t[comma].quote_depth ||
            p.t[verb].sentence != p.t[comma].sentence || !quoth_ends_with(&p, verb, "ing") ||
            !(p.t[verb].lex & LEX_CUE_SPEECH) || quoth_word_is(&p, verb, "according") || a->cue.first > comma)
            continue;
        budget -= list->n;
        size_t end = end_before_punctuation(&p, verb + 1, quoth_sentence_end(&p, verb));
        if (end < verb + 3 || any_attribution_overlaps(list, tspan(verb, end))) continue;
        quoth_attribution other = *a;
        other.cue = tspan(verb, verb + 1);
        other.content[0] = tspan(verb + 1, end);
        other.n_content = 1;
        if (quoth_attribution_push(list, &other)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

/* "The Crimson Banner said in a statement posted on Telegram that ...":
 * the tagger's reading with "a statement" for the source and "posted" for
 * the cue is the subject's statement, its cue the verb before "in" (the
 * twenty-fourth audit's militants had been no one's, and their "The
 * statement called" after it too). Whether a was read so, and set right. */
static int said_in_document(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const MADE_PUBLIC[] = {"posted", "released", "issued", "sent", "published"},
                             *const SAYS[] = {"said", "says", "wrote", "writes", "announced", "added"};
    quoth_tspan src = a->source, cue = a->cue;
    if (cue.end != cue.first + 1 || src.end != cue.first || src.end != src.first + 2 || src.first < 3 ||
        !quoth_word_in(p, cue.first, MADE_PUBLIC, sizeof MADE_PUBLIC / sizeof *MADE_PUBLIC) ||
        !(quoth_word_is(p, src.first, "a") || quoth_word_is(p, src.first, "an")) ||
        !quoth_document_noun(p, src.first + 1) || !quoth_word_is(p, src.first - 1, "in"))
        return 0;
    size_t verb = src.first - 2, subject = quoth_np_left(p, verb, quoth_sentence_first(p, verb));
    if (subject >= verb || !quoth_word_in(p, verb, SAYS, sizeof SAYS / sizeof *SAYS)) return 0;
    a->cue = tspan(verb, verb + 1);
    a->source = tspan(subject, verb);
    return 1;
}

void quoth_attribution_said_in_documents(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    for (size_t k = 0; k < list->n; k++) said_in_document(&p, &list->a[k]);
}

/* How many words the source of a parenthetical cue may have ("the
 * councillor", "Mr. Ruiz"). */
#define PARENTHETICAL_SOURCE_MAX 3

/* The verb of ", she continued," at `comma`: a personal pronoun, a name
 * or "the" and a noun, then a verb of saying in the past (with the "on"
 * of "went on"), and a comma; SIZE_MAX when the tokens read otherwise. */
static size_t parenthetical_verb(const quoth_phrases *p, size_t comma, size_t end, quoth_tspan *source) {
    size_t first = comma + 1, v = first;
    if (quoth_word_is(p, v, "he") || quoth_word_is(p, v, "she") || quoth_word_is(p, v, "they")) {
        v++;
    } else if (quoth_word_is(p, v, "the") && v + 1 < end && quoth_coarse(p, v + 1) == CT_NOUN) {
        v += 2;
    } else {
        while (v < end && v - first < PARENTHETICAL_SOURCE_MAX && quoth_coarse(p, v) == CT_PROPN) v++;
    }
    if (v == first || v + 2 >= end || p->t[v].quote_depth) return SIZE_MAX;
    size_t close = v + 1;
    if (quoth_word_is(p, v, "went") && quoth_word_is(p, close, "on")) close++;
    else if (!quoth_is_cue_verb(p, v) || !(p->t[v].lex & LEX_FORM_PAST)) return SIZE_MAX;
    if (close >= end || !quoth_punct_is(p, close, ",")) return SIZE_MAX;
    *source = tspan(first, v);
    return v;
}

/* "Hospitals, she continued, were "running out of beds."": a cue set off
 * by commas inside a sentence that no reading took, a clause on either
 * side, is its source's statement of both parts (the tagger, which had
 * learned no "continued", had left it out). */
static int parenthetical_report(const quoth_phrases *p, size_t first, size_t end, quoth_attribution_list *list) {
    const uint64_t h = quoth_short_word_hash(",", 1);
    size_t stop = end > 4 ? end - 4 : 0; /* comma + 4 < end */
    /* the commas by their hash first (quoth_next_of_hashes()) */
    for (size_t comma = first + 1; (comma = quoth_next_of_hashes(p->t, comma, stop, h, h, h)) < stop; comma++) {
        quoth_tspan source;
        size_t verb;
        if (!quoth_punct_char(p, comma, ',') || p->t[comma].quote_depth ||
            (verb = parenthetical_verb(p, comma, end, &source)) == SIZE_MAX)
            continue;
        size_t close = quoth_word_is(p, verb, "went") ? verb + 2 : verb + 1, last = end_before_punctuation(p, close + 1, end);
        if (last < close + 3 || any_attribution_overlaps(list, tspan(first, end))) return 1;
        quoth_attribution report = rule_statement(ORIGIN_RULE_INDIRECT, tspan(verb, close), source, tspan(first, comma));
        report.content[1] = tspan(close + 1, last);
        report.n_content = 2;
        return quoth_attribution_push(list, &report) ? QUOTH_ERR_NOMEM : 1;
    }
    return 0;
}

int quoth_attribution_parenthetical_cues(const quoth_attrib_input *in, quoth_attribution_list *list) {
    return each_sentence(in, list, parenthetical_report);
}

/* The participle of "it was stated that", "it has been noted that", "It
 * was learned from the department that" at token i ("it"), or SIZE_MAX:
 * the passive report of translated news (Turkish "belirtildi", Russian
 * "было отмечено"), where "it" names no one. */
static size_t passive_report_after(const quoth_phrases *p, size_t i, size_t end) {
    static const char *const REPORTED[] = {"stated",     "noted",     "reported", "announced",  "said",
                                           "emphasized", "emphasised", "stressed", "underlined", "learned",
                                           "expressed",  "indicated", "explained", "mentioned", "highlighted"};
    if (i + 4 >= end || !quoth_word_is(p, i, "it") || p->t[i].quote_depth) return SIZE_MAX;
    size_t v = i + 1;
    if (quoth_word_is(p, v, "has") || quoth_word_is(p, v, "had")) {
        if (!quoth_word_is(p, v + 1, "been")) return SIZE_MAX;
        v += 2;
    } else if (quoth_word_is(p, v, "was") || quoth_word_is(p, v, "is")) {
        v++;
    } else {
        return SIZE_MAX;
    }
    return v < end && quoth_word_in(p, v, REPORTED, sizeof REPORTED / sizeof *REPORTED) ? v : SIZE_MAX;
}

/* passive_report_after() behind the pronoun's flag and length, inline:
 * this is asked of most tokens, and the call had cost more than the test */
static inline size_t passive_report_at(const quoth_phrases *p, size_t i, size_t end) {
    return (p->t[i].lex & LEX_NEUTER) && p->t[i].norm_len == 2 ? passive_report_after(p, i, end) : SIZE_MAX;
}

/* The document that opens a sentence as "In the summary of the
 * decision," or "In the text,", whose passive reports it makes: the noun
 * phrase before the first comma, holding a document's noun and no
 * finite verb. Empty when the sentence at `first` opens otherwise. */
static quoth_tspan opening_document(const quoth_attrib_input *in, const quoth_phrases *p, size_t first,
                                    size_t limit) {
    static const char *const DOCUMENTS[] = {"summary", "report", "announcement", "declaration", "text",
                                            "document", "communique", "communiqué", "decision"};
    quoth_tspan none = {0, 0};
    if (!quoth_word_is(p, first, "in")) return none;
    size_t comma = first + 1;
    while (comma < limit && comma - first <= QUOTH_MAX_PHRASE && !quoth_punct_is(p, comma, ",")) comma++;
    if (comma >= limit || comma < first + 3 || !quoth_punct_is(p, comma, ",") ||
        quoth_holds_finite_verb(p, in->pos_flags, first + 1, comma))
        return none;
    for (size_t k = first + 1; k < comma; k++)
        if (quoth_document_noun(p, k) || quoth_word_in(p, k, DOCUMENTS, sizeof DOCUMENTS / sizeof *DOCUMENTS))
            return tspan(first + 1, comma);
    return none;
}

/* The agent after a passive report's participle ("from the Emergency
 * Management Department", "by the ministry"), empty when none; *that is
 * set to where the reported clause begins, or SIZE_MAX when no "that"
 * follows. */
static quoth_tspan passive_report_agent(const quoth_phrases *p, size_t participle, size_t end, size_t *that) {
    quoth_tspan agent = {0, 0};
    size_t c = participle + 1;
    if (c < end && (quoth_word_is(p, c, "from") || quoth_word_is(p, c, "by"))) {
        size_t np_end = quoth_np_right(p, c + 1, end);
        if (np_end > c + 1) agent = tspan(c + 1, np_end);
        c = np_end;
    }
    *that = c < end && quoth_word_is(p, c, "that") ? c : SIZE_MAX;
    return agent;
}

/* Where the content of a passive report that starts at `that` ends: the
 * sentence's end, or before ", and it was underlined that" when another
 * report follows. Sets *next to that report's "it", or to `end`. */
static size_t passive_report_end(const quoth_phrases *p, size_t that, size_t end, size_t *next) {
    *next = end;
    for (size_t k = that + 1; k < end; k++) {
        if (passive_report_at(p, k, end) == SIZE_MAX) continue;
        *next = k;
        size_t last = k;
        if (last > that + 1 && quoth_word_is(p, last - 1, "and")) last--;
        return end_before_punctuation(p, that + 1, last);
    }
    return end_before_punctuation(p, that + 1, end);
}

/* Makes the passive report whose "it" is at `it` the statement of
 * `source` (which may be empty): the reading that took "it" for its
 * source, or none, gives it up; else a statement is appended when someone
 * is named. Returns 0 or QUOTH_ERR_NOMEM. */
static int passive_report(quoth_attribution_list *list, size_t it, size_t participle, quoth_tspan source,
                          quoth_tspan content) {
    quoth_tspan cue = {(uint32_t)it + 1, (uint32_t)participle + 1};
    size_t k = 0;
    while (k < list->n && !quoth_tspan_overlaps(list->a[k].cue, cue)) k++;
    if (k < list->n) {
        quoth_attribution *a = &list->a[k];
        if (quoth_tspan_empty(a->source) || (a->source.first == it && a->source.end == it + 1)) {
            a->source = source;
            a->cue = cue;
            a->content[0] = content;
            a->n_content = 1;
            if (a->origin == ORIGIN_MODEL) a->origin = ORIGIN_RULE_INDIRECT; /* kept without one */
        }
        return 0;
    }
    quoth_attribution report = rule_statement(ORIGIN_RULE_INDIRECT, cue, source, content);
    if (quoth_tspan_empty(source) || content.end <= content.first + 2 || any_attribution_overlaps(list, content))
        return 0;
    return quoth_attribution_push(list, &report);
}

int quoth_attribution_passive_reports(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    const quoth_token_list *tl = in->tokens;
    uint64_t budget = scan_budget(in);
    for (size_t s = 0; s < tl->n_sent && budget >= list->n; s++) {
        size_t first = tl->sent[s].first, end = first + tl->sent[s].count, it = first, participle = SIZE_MAX;
        size_t stop = end < first + 3 * QUOTH_MAX_PHRASE ? end : first + 3 * QUOTH_MAX_PHRASE;
        /* "it" by its class first: most sentences hold none */
        for (; (it = next_of_classes(p.t, it, stop, LEX_NEUTER, 0)) < stop; it++)
            if ((participle = passive_report_at(&p, it, end)) != SIZE_MAX) break;
        if (participle == SIZE_MAX) continue;
        quoth_tspan document = opening_document(in, &p, first, it);
        while (it < end && budget >= list->n) { /* each report of the sentence */
            budget -= list->n;
            size_t that, next;
            quoth_tspan source = passive_report_agent(&p, participle, end, &that);
            if (that == SIZE_MAX) break;
            if (quoth_tspan_empty(source)) source = document;
            size_t last = passive_report_end(&p, that, end, &next);
            int rc = passive_report(list, it, participle, source, tspan(that, last));
            if (rc) return rc;
            if ((it = next) < end) participle = passive_report_at(&p, it, end);
        }
    }
    return 0;
}

/* Whether token i says that a source is not named: "anonymity",
 * "named", "identified", "anonymously", "authorized". */
static int anonymity_word(const quoth_phrases *p, size_t i) {
    static const char *const WORDS[] = {"anonymity", "named", "identified", "anonymously", "authorized", "authorised"};
    return quoth_word_in(p, i, WORDS, sizeof WORDS / sizeof *WORDS);
}

/* anonymity_word(), or "name" after a possessive ("declined to give her
 * name", "asked me not to use his name"), or a first name or a nickname
 * after one ("gave only her first name", "identified by his nickname"). */
static int anonymity_at(const quoth_phrases *p, size_t i) {
    if (anonymity_word(p, i)) return 1;
    if (i == 0 || !(quoth_word_is(p, i, "name") || quoth_word_is(p, i, "nickname"))) return 0;
    size_t owner = i - 1;
    if (quoth_word_is(p, owner, "first") && owner > 0) owner--;
    return quoth_coarse(p, owner) == CT_POSS;
}

/* The reporting verb that ends the clause of anonymity opened by "who" at
 * i ("who asked not to be named said", "who requested anonymity to
 * discuss the talks, said"), or 0 when there is none. */
static size_t verb_after_anonymity(const quoth_phrases *p, size_t i, size_t end) {
    static const char *const ASKS[] = {"asked", "requested", "spoke", "declined", "was", "were",
                                       "did" /* "who did not want to be named" */,
                                       "gave" /* "who gave only her first name, Jelena," */,
                                       "speaking", "talking" /* after a comma: ", speaking on condition" */};
    if (i + 1 >= end || !quoth_word_in(p, i + 1, ASKS, sizeof ASKS / sizeof *ASKS)) return 0;
    size_t j = i + 2;
    while (j < end && j < i + 12 && !anonymity_at(p, j)) j++;
    if (j >= end || j >= i + 12) return 0;
    for (size_t r = j + 1; r < end && r < j + 16; r++) {
        if (p->t[r].quote_depth) return 0;
        if (quoth_word_is(p, r, "said") || quoth_word_is(p, r, "says") || quoth_word_is(p, r, "told")) return r;
    }
    return 0;
}

/* The attribution among the first n whose content holds token i, or n. */
static size_t content_holding(const quoth_attribution_list *list, size_t n, size_t i) {
    quoth_tspan t = {(uint32_t)i, (uint32_t)i + 1};
    for (size_t k = 0; k < n; k++)
        if (quoth_tspan_overlaps(list->a[k].content[0], t) || (list->a[k].n_content > 1 && quoth_tspan_overlaps(list->a[k].content[1], t)))
            return k;
    return n;
}

/* Whether an attribution is a request not to be named: a cue "asked",
 * "requested", "declined" or "refused" whose content is "not to be
 * identified", "anonymity", "to give her name", "not to use his name". */
static int anonymity_request(const quoth_phrases *p, const quoth_attribution *a) {
    static const char *const ASKS[] = {"asked", "requested", "declined", "refused", "asking", "requesting",
                                       "want", "wanted", "wish", "wished", "gave", "giving"};
    if (quoth_tspan_empty(a->cue) || a->n_content != 1) return 0;
    /* "was not authorised to discuss ...", "is not authorized to speak",
     * the cue the tagger read being all of it or its last words ("to
     * discuss") */
    int negated = 0, authorised = 0;
    size_t from = a->cue.first >= 3 ? a->cue.first - 3 : 0;
    for (size_t i = from; i < a->cue.end; i++) {
        negated |= (p->t[i].lex & LEX_NEGATION) != 0;
        authorised |= quoth_word_is(p, i, "authorised") || quoth_word_is(p, i, "authorized");
    }
    if (negated && authorised) return 1;
    /* "gave only | her first name": the cue's first word asks too */
    int asks = quoth_word_in(p, a->cue.end - 1, ASKS, sizeof ASKS / sizeof *ASKS) ||
               quoth_word_in(p, a->cue.first, ASKS, sizeof ASKS / sizeof *ASKS);
    quoth_tspan c = a->content[0];
    if (!asks) return 0;
    /* at its start: "not to be named because the talks were private" */
    for (size_t i = c.first; i < c.end && i < c.first + 5; i++)
        if (anonymity_at(p, i)) return 1;
    return 0;
}

/* How many words a request for comment may have ("repeated requests for
 * comment on Friday"). */
#define COMMENT_REQUEST_MAX 8

/* Whether an attribution tells of a request for comment left unanswered:
 * "A spokeswoman for Tesla did not respond to a request for comment", "did
 * not return calls seeking comment", "has not replied to emails": the
 * writer's note that there is no statement, which the tagger read as one
 * (the request its content). */
static int request_left_unanswered(const quoth_phrases *p, const quoth_attribution *a) {
    static const char *const ANSWERS[] = {"respond", "return", "repl", "answer", "acknowledg"};
    if (quoth_tspan_empty(a->cue) || a->n_content != 1) return 0;
    quoth_tspan c = a->content[0];
    if (c.end - c.first > COMMENT_REQUEST_MAX || c.first < a->cue.first) return 0;
    int answers = 0;
    for (size_t i = a->cue.first; i < a->cue.end; i++)
        answers |= quoth_starts_with_any(p, i, ANSWERS, sizeof ANSWERS / sizeof *ANSWERS);
    if (!answers) return 0;
    for (size_t i = c.first; i < c.end; i++)
        if (quoth_word_is(p, i, "comment") || quoth_word_is(p, i, "comments")) return 1;
    return 0;
}

/* A request not to be named whose content runs on into the statement
 * ("... and who didn't want | to be named said he heard ..."): the
 * statement is what follows the reporting verb, and its source the noun
 * phrase before the first "who". 1 when `a` was made that statement. */
static int statement_after_request(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan c = a->content[0];
    size_t r = c.first;
    while (r < c.end && r < c.first + 8 && !anonymity_at(p, r)) r++;
    size_t verb = r + 1;
    while (verb < c.end && verb < r + 4 &&
           !(quoth_word_is(p, verb, "said") || quoth_word_is(p, verb, "says") || quoth_word_is(p, verb, "told")))
        verb++;
    if (r >= c.end || verb + 1 >= c.end || verb >= r + 4 || quoth_tspan_empty(a->source)) return 0;
    size_t who = a->source.first + 1;
    while (who < a->source.end && !quoth_word_is(p, who, "who")) who++;
    a->source.end = (uint32_t)who;
    a->cue = tspan(verb, verb + 1);
    a->content[0].first = (uint32_t)verb + 1;
    return 1;
}

/* How many words the name after a naming participle may have. */
#define GIVEN_NAME_WORDS_MAX 5

/* Whether token i names what a thing is called, set off by commas:
 * "called", "named" or "dubbed", then a name in capitals (after "the")
 * and a comma (", called the Fold Tab,"); not a verb of speech ("...,
 * called Obama a “petulant child”", "..., called her"). */
static int naming_participle(const quoth_phrases *p, size_t i) {
    if (!quoth_word_is(p, i, "called") && !quoth_word_is(p, i, "named") && !quoth_word_is(p, i, "dubbed")) return 0;
    size_t k = i + 1 + quoth_word_is(p, i + 1, "the"), name = k;
    while (k < p->n && k - name < GIVEN_NAME_WORDS_MAX && (p->t[k].flags & TOK_CAPITALIZED)) k++;
    return k > name && quoth_punct_is(p, k, ",");
}

int quoth_attribution_join_naming_participles(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++) {
        const quoth_attribution *b = &list->a[k];
        int joined = 0;
        int candidate = b->cue.end == b->cue.first + 1 && b->cue.first > 0 && b->n_content == 1 &&
                        quoth_punct_is(&p, b->cue.first - 1, ",") && naming_participle(&p, b->cue.first) &&
                        budget >= list->n;
        if (candidate) budget -= list->n;
        if (candidate)
            for (size_t j = 0; j < list->n && !joined; j++) {
                quoth_attribution *a = &list->a[j];
                if (j == k || a->n_content != 1 || a->content[0].end != b->cue.first - 1 ||
                    a->content[0].first >= a->content[0].end || a->cue.first > a->content[0].first)
                    continue;
                a->content[0].end = b->content[0].end;
                joined = 1;
            }
        if (!joined) list->a[kept++] = list->a[k];
    }
    list->n = kept;
    return 0;
}

void quoth_attribution_drop_reversed(const quoth_attrib_input *in, quoth_attribution_list *list) {
    uint64_t budget = scan_budget(in);
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++) {
        const quoth_attribution *b = &list->a[k];
        int reversed = 0;
        /* b reads CONTENT, CUE SOURCE where another reads SOURCE CUE CONTENT */
        int candidate = !quoth_tspan_empty(b->source) && b->n_content == 1 && b->source.first > b->cue.first &&
                        b->content[0].end <= b->cue.first && budget >= list->n;
        if (candidate) budget -= list->n;
        if (candidate)
            for (size_t j = 0; j < list->n && !reversed; j++) {
                const quoth_attribution *a = &list->a[j];
                reversed = j != k && a->cue.first == b->cue.first && a->cue.end == b->cue.end && a->n_content == 1 &&
                           quoth_tspan_overlaps(a->source, b->content[0]) && quoth_tspan_overlaps(a->content[0], b->source);
            }
        if (!reversed) list->a[kept++] = list->a[k];
    }
    list->n = kept;
}

/* Whether the tagger's one content is an adverbial, not what was said:
 * the phrase that opens its sentence ("On Thursday, the court failed to
 * reach a decision", "In fact, ...", "During his attack") or a date
 * after the cue ("issued a statement on Monday after the spill"), with
 * no finite verb and no quotation mark. Of the 24 it drops on PolNeAR
 * train, one overlaps a gold content by more than half ("By voting to
 * delay the tax, Democrats knocked"); of the 2 of dev, none. */
static int adverbial_content(const quoth_attrib_input *in, const quoth_phrases *p, const quoth_attribution *a) {
    if (a->origin != ORIGIN_MODEL || a->n_content != 1 || a->content[0].first >= a->content[0].end) return 0;
    quoth_tspan c = a->content[0];
    int preposition = quoth_coarse(p, c.first) == CT_ADP;
    int opens_sentence = (p->t[c.first].flags & TOK_SENT_START) && (preposition || quoth_is_date_word(in, p, c.first));
    int possessive = c.first + 1 < c.end && quoth_word_is(p, c.first + 1, "'s"); /* "Thursday's meeting" */
    int dated = (quoth_is_date_word(in, p, c.first) && !possessive) ||
                (preposition && c.first + 1 < c.end && quoth_is_date_word(in, p, c.first + 1));
    if (!opens_sentence && !dated) return 0;
    for (size_t i = c.first; i < c.end; i++)
        if ((p->t[i].flags & TOK_QUOTE) || (in->pos_flags && (in->pos_flags[p->t[i].pos] & QUOTH_POS_FINITE)))
            return 0;
    return 1;
}

/* How many words of a result's noun phrase come before its noun ("a 12
 * percent drop"). */
#define RESULT_WORDS_MAX 5

/* "Nordgas Holding posted a 12 percent drop in quarterly revenue", "posted
 * a net profit of 38 million": a company's results, which a cue "posted"
 * announces as a social network's post is (the twenty-first audit's
 * business copy; none on PolNeAR, whose "posted" are all messages). */
static int posted_results(const quoth_phrases *p, const quoth_attribution *a) {
    static const char *const RESULTS[] = {"profit", "profits",  "loss",     "losses",  "drop",    "decline",
                                          "fall",   "rise",     "gain",     "gains",   "increase", "revenue",
                                          "revenues", "sales",  "deficit",  "surplus", "growth",  "earnings",
                                          "income", "results",  "turnover", "margin",
                                          /* the twenty-fourth audit's "posted a $50,000 bond", "posted a
                                           * shortfall of about 7,000 sailors", "a 30 percent jump" */
                                          "bond",   "bail",     "shortfall", "jump"};
    if (quoth_tspan_empty(a->cue) || a->n_content != 1 || !quoth_starts_with(p, a->cue.end - 1, "post")) return 0;
    quoth_tspan c = a->content[0];
    for (size_t i = c.first; i < c.end && i < c.first + RESULT_WORDS_MAX; i++) {
        /* past a currency's sign: "a $50,000 bond" */
        int currency = quoth_word_is(p, i, "$") || quoth_word_is(p, i, "\u00a3") || quoth_word_is(p, i, "\u20ac");
        if ((p->t[i].flags & (TOK_QUOTE | TOK_PUNCT)) && !currency) return 0;
        if (quoth_word_in(p, i, RESULTS, sizeof RESULTS / sizeof *RESULTS)) return 1;
    }
    return 0;
}

void quoth_attribution_drop_adverbial(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++)
        if (!adverbial_content(in, &p, &list->a[k]) && !posted_results(&p, &list->a[k])) list->a[kept++] = list->a[k];
    list->n = kept;
}

/* How many prepositional phrases a source of a clause of anonymity may
 * hold after its head. */
#define SOURCE_PREPOSITIONS_MAX 2

/* The first token of the noun phrase that the prepositional phrases
 * opening at np follow: "One senior engineer | at a large AI lab, who
 * asked not to be named," is the engineer's (it had been the lab's); and
 * past a relative clause of where one lives or works that ends with the
 * phrase, "A woman | who lives on Alder Street, who asked not to be
 * identified," (it had been the street's; the twenty-first audit's). */
static size_t past_prepositional_phrases(const quoth_phrases *p, size_t np, size_t first) {
    static const char *const PREPOSITIONS[] = {"at", "for", "with", "from", "in", "of", "on", "near"};
    for (int hops = 0; hops < SOURCE_PREPOSITIONS_MAX && np > first + 1; hops++) {
        if (!quoth_word_in(p, np - 1, PREPOSITIONS, sizeof PREPOSITIONS / sizeof *PREPOSITIONS)) break;
        size_t head = quoth_np_left(p, np - 1, first);
        if (head >= np - 1 && np >= first + 4 && quoth_coarse(p, np - 2) == CT_VERB && quoth_word_is(p, np - 3, "who")) {
            head = quoth_np_left(p, np - 3, first);
            if (head >= np - 3) break;
        } else if (head >= np - 1)
            break;
        np = head;
    }
    return np;
}

/* A clause of anonymity ("who asked not to be named", ", speaking on
 * condition of anonymity because he ...,"): the verb of saying after it,
 * the noun phrase [np, before) it follows, who speaks, and the end of its
 * sentence. */
typedef struct anonymity_clause {
    size_t verb, np, before, end;
} anonymity_clause;

/* Whether token i opens a clause of anonymity with a verb of saying after
 * it and a noun phrase before it, in *c. */
static int anonymity_clause_at(const quoth_phrases *p, size_t i, anonymity_clause *c) {
    /* "who asked not to be named", or a participle set off by its
     * comma: ", speaking on condition of anonymity because he ...," */
    int participle = p->t[i].norm_len >= 7 && quoth_punct_is(p, i - 1, ",") &&
                     (quoth_word_is(p, i, "speaking") || quoth_word_is(p, i, "talking"));
    if ((!participle && (p->t[i].norm_len != 3 || !quoth_word_is(p, i, "who"))) || p->t[i].quote_depth) return 0;
    size_t first = quoth_sentence_first(p, i), end = quoth_sentence_end(p, i);
    size_t r = verb_after_anonymity(p, participle ? i - 1 : i, end);
    size_t before = i > first && quoth_punct_is(p, i - 1, ",") ? i - 1 : i;
    size_t np = quoth_np_left(p, before, first);
    if (r && np >= before && i > first && quoth_word_is(p, i - 1, "and")) {
        /* "A worshipper who prayed here and who didn't want to be
         * named said": the noun phrase before the first "who" */
        for (size_t w = i - 1; w > first; w--)
            if (quoth_word_is(p, w, "who") && p->t[w].norm_len == 3) {
                before = w;
                np = quoth_np_left(p, before, first);
                break;
            }
    }
    if (!r || np >= before) return 0;
    np = past_prepositional_phrases(p, np, first);
    *c = (anonymity_clause){r, np, before, end};
    return 1;
}

/* The statement already read with the clause's verb for its cue, if
 * there is one (the clause opening at token i), set right: who speaks is
 * the noun phrase, and the clauses before the verb are no content.
 * Whether there was one. */
static int anonymous_statement_read(quoth_attribution_list *list, size_t i, const anonymity_clause *c) {
    size_t r = c->verb, np = c->np, before = c->before;
    int read = 0; /* a cue already there */
    quoth_tspan cue = {(uint32_t)r, (uint32_t)r + 1};
    for (size_t k = 0; k < list->n && !read; k++) {
        quoth_attribution *a = &list->a[k];
        if (!(read = quoth_tspan_overlaps(a->cue, cue))) continue;
        /* its source the clause's own "he" ("because he was not
         * authorised"): the noun phrase before the clause speaks */
        /* or none ("A 29-year-old man, who spoke on condition of
         * anonymity, said": the statement had been dropped) */
        if (quoth_tspan_empty(a->source) || (a->source.first > i && a->source.end <= r))
            a->source = tspan(np, before);
        /* and what the clauses between the noun phrase and the verb
         * say of it is no content ("who has waited 26 months for | a
         * decision |, and who spoke on condition of anonymity") */
        if (a->n_content == 2 && a->content[0].first >= np && a->content[0].end <= r) {
            a->content[0] = a->content[1];
            a->n_content = 1;
        }
        /* or only the last of its phrases ("a large AI lab" of "One
         * senior engineer at a large AI lab, who ...") */
        else if (a->source.end == before && a->source.first > np) a->source.first = (uint32_t)np;
        /* or the clause's "who" too ("A younger worker who | gave only
         * her first name, Shay, | said") */
        else if (a->source.end == i + 1 && a->source.first >= np && a->source.first < before)
            a->source.end = (uint32_t)before;
    }
    return read;
}

/* The clause's statement, its content the words after the verb up to
 * content_end: in the place of the statement of the first n whose content
 * holds the verb, or added. Returns 0 or QUOTH_ERR_NOMEM. */
static int add_anonymous_statement(const quoth_phrases *p, quoth_attribution_list *list, size_t n,
                                   const anonymity_clause *c, size_t content_end) {
    size_t r = c->verb, np = c->np, before = c->before;
    quoth_tspan cue = {(uint32_t)r, (uint32_t)r + 1};
    quoth_attribution statement =
        rule_statement(ORIGIN_RULE_INDIRECT, cue, tspan(np, before), tspan(r + 1, content_end));
    statement.confidence = 0.7f; /* the rules' before calibration (rules.c) */
    size_t k = content_holding(list, n, r);
    if (k < n && list->a[k].content[0].first < np) {
        /* a content run on over it: it ends before this sentence */
        list->a[k].content[0].end = (uint32_t)quoth_sentence_first(p, np);
        while (list->a[k].content[0].end > list->a[k].content[0].first + 1 &&
               (p->t[list->a[k].content[0].end - 1].flags & TOK_PUNCT))
            list->a[k].content[0].end--;
        k = n;
    }
    if (k < n) list->a[k] = statement;
    else if (quoth_attribution_push(list, &statement)) return QUOTH_ERR_NOMEM;
    return 0;
}

int quoth_attribution_anonymous_sources(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    size_t n = list->n;
    /* each clause looks at every attribution: a budget linear in the
     * document's size keeps a text of thousands of them linear, as in
     * quoth_attribution_merge() */
    uint64_t budget = 16 * (uint64_t)p.n + (1u << 20);
    /* every token is asked: by its hash first (quoth_next_of_hashes()) */
    const uint64_t who = quoth_short_word_hash("who", 3), speaking = quoth_short_word_hash("speaking", 8),
                   talking = quoth_short_word_hash("talking", 7);
    for (size_t i = 1; (i = quoth_next_of_hashes(p.t, i, p.n, who, speaking, talking)) < p.n; i++) {
        anonymity_clause c;
        if (!anonymity_clause_at(&p, i, &c)) continue;
        if (budget < 2 * (uint64_t)list->n) break;
        budget -= 2 * (uint64_t)list->n;
        if (anonymous_statement_read(list, i, &c)) continue;
        size_t content_end = end_before_punctuation(&p, c.verb + 1, c.end);
        if (content_end <= c.verb + 2) continue;
        if (add_anonymous_statement(&p, list, n, &c, content_end)) return QUOTH_ERR_NOMEM;
        i = c.verb;
    }
    size_t kept = 0;
    for (size_t k = 0; k < list->n; k++)
        if ((!anonymity_request(&p, &list->a[k]) || statement_after_request(&p, &list->a[k])) &&
            !request_left_unanswered(&p, &list->a[k]))
            list->a[kept++] = list->a[k];
    list->n = kept;
    return 0;
}

/* "Hospital managers put the figure closer to 6,500": an estimate put by
 * the subject is its statement (quoth_puts_a_figure()), when no other
 * statement holds its words. A step after the tagger's, not one of the
 * rules': the rules' statements are features the tagger was trained with,
 * and the shipped model stays what `make model` builds (the eighteenth
 * audit's had been no statement). */
int quoth_attribution_figure_estimates(const quoth_attrib_input *in, quoth_attribution_list *list) {
    const quoth_phrases p = quoth_phrases_of(in->tokens);
    uint64_t budget = scan_budget(in);
    /* "put", "puts" by their hashes: most tokens are no such word */
    const uint64_t put = quoth_short_word_hash("put", 3), puts = quoth_short_word_hash("puts", 4);
    for (size_t i = 1; (i = quoth_next_of_hashes(p.t, i, p.n, put, puts, puts)) < p.n; i++) {
        /* the budget and the list change only below, so asked here it
         * stops the scan where asking it of every token had */
        if (budget < list->n) break;
        if (p.t[i].quote_depth) continue;
        size_t first = quoth_sentence_first(&p, i), end = quoth_sentence_end(&p, i);
        if (!quoth_puts_a_figure(&p, i, end)) continue;
        size_t s = quoth_np_left(&p, i, first);
        /* the subject opens the sentence, or a clause of ", while" */
        int after_while = s > first + 1 && quoth_word_is(&p, s - 1, "while") && quoth_punct_char(&p, s - 2, ',');
        if (s == i || !(after_while || quoth_may_be_subject(&p, s, quoth_after_dateline(&p, first)))) continue;
        while (end > i + 1 && quoth_is_final_punct(&p, end - 1)) end--;
        budget -= list->n;
        if (end < i + 4 || any_attribution_overlaps(list, tspan(s, end))) continue;
        quoth_attribution a = rule_statement(ORIGIN_RULE_INDIRECT, tspan(i, i + 1), tspan(s, i), tspan(i + 1, end));
        if (quoth_attribution_push(list, &a)) return QUOTH_ERR_NOMEM;
    }
    return 0;
}

