/*
 * spans.c - each attribution's source, cue and content set right, once the
 * rules' and the tagger's are merged (quoth_attribution_infer_sources()).
 *
 * The tagger learned PolNeAR's spans, and the rules find what it misses,
 * but neither sees the whole sentence the way its annotators did: a source
 * cut at a relative clause, a date read as a source, a cue that took the
 * preposition of its content, a content that runs into the writer's aside.
 * Each step below mends one such reading of one attribution, in the order
 * quoth_attribution_infer_sources() runs them; the last steps give a
 * source to the attributions that still lack one.
 */
#include "attrib/attribution.h"

#include <stdlib.h>
#include <string.h>

#include "attrib/name_words.h"
#include "attrib/phrase.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

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

static int is_be(const quoth_phrases *p, size_t i) {
    static const char *const BE[] = {"is", "was", "be", "been", "are", "were", "being"};
    return quoth_word_in(p, i, BE, sizeof BE / sizeof *BE);
}

static int is_passive(const quoth_phrases *p, size_t cue) { return cue > 0 && is_be(p, cue - 1); }

/* The first of the cue modifiers ("has", "also", "did not") right before
 * token i, at most three of them and not before `limit`: where a cue
 * that ends at i starts. */
static size_t modifiers_before(const quoth_phrases *p, size_t i, size_t limit) {
    size_t lead = i;
    while (lead > limit && i - lead < 4 && quoth_is_cue_modifier(p, lead - 1)) lead--;
    return lead;
}

/* A cue that holds a passive ("is expected", "was labeled"): a form of be
 * followed by a past participle. */
static int cue_is_passive(const quoth_phrases *p, quoth_tspan cue) {
    for (size_t i = cue.first; i + 1 < cue.end; i++)
        if (is_be(p, i) && ((p->t[i + 1].lex & LEX_FORM_PAST) || quoth_ends_with(p, i + 1, "ed"))) return 1;
    return 0;
}

/* "Citing an unfounded theory, Trump said ...", "..., Dean wrote,
 * tweeting ...": a cue in -ing that opens its sentence or follows a comma
 * is a participle whose speaker is the source of an attribution next to
 * it in the same sentence (the nearest, looking a few either way). */
static quoth_tspan participle_source(const quoth_phrases *p, const quoth_attribution_list *list, size_t k) {
    quoth_tspan none = {0, 0};
    size_t cue = list->a[k].cue.first;
    if (!quoth_ends_with(p, cue, "ing") || (cue != quoth_sentence_first(p, cue) && !quoth_punct_is(p, cue - 1, ",")))
        return none;
    uint32_t sentence = p->t[cue].sentence;
    for (size_t d = 1; d < 4; d++) {
        const quoth_attribution *after = k + d < list->n ? &list->a[k + d] : NULL;
        const quoth_attribution *before = k >= d ? &list->a[k - d] : NULL;
        if (after && !quoth_tspan_empty(after->source) && p->t[after->source.first].sentence == sentence)
            return after->source;
        if (before && !quoth_tspan_empty(before->source) && p->t[before->source.first].sentence == sentence)
            return before->source;
    }
    return none;
}

/* "Clinton, like Obama, has encouraged ... but has said she will ...": a
 * verb cue whose subject could not be read shares the source of the
 * attribution before it in its sentence (on PolNeAR dev +0.004
 * who-said-what F1, +0.005 for direct quotes; train +0.007). */
static quoth_tspan previous_source(const quoth_phrases *p, const quoth_attribution_list *list, size_t k) {
    quoth_tspan none = {0, 0};
    const quoth_attribution *a = &list->a[k];
    if (k == 0) return none;
    const quoth_attribution *o = &list->a[k - 1];
    if (quoth_tspan_empty(o->source) || o->cue.end > a->cue.first ||
        p->t[o->source.first].sentence != p->t[a->cue.first].sentence)
        return none;
    return o->source;
}

/* Whether token i is a party and state label, "R-Maine", "D-Calif.". */
static int party_label(const quoth_phrases *p, size_t i) {
    const char *w = quoth_token_norm(p->tl, i);
    return p->t[i].norm_len >= 4 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' &&
           w[2] <= 'Z';
}

/* "Former Sen. Philippa Rourke, R-Maine, who ..., said": a party and state
 * label set off after a name is no source of its own; the name is (the
 * statement had had "R-Maine" for its source, and no one). */
static void source_past_party_label(const quoth_phrases *p, quoth_attribution *a) {
    size_t label = a->source.first;
    if (a->source.end != label + 1 || label < 2 || !party_label(p, label) || !quoth_punct_is(p, label - 1, ",")) return;
    size_t first = quoth_sentence_first(p, label), left = quoth_np_left(p, label - 1, first);
    if (left < label - 1) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)label - 1};
}

/* How many tokens a participle aside between a subject and its verb may
 * hold (", asked about the memo,"). */
#define PARTICIPLE_ASIDE_MAX 12

/* "Delahaye, asked about the memo, said": the subject that opens the
 * sentence before a participle clause set off by commas right before the
 * cue (the tagger had given the subject to "asked about", and the
 * statement, left with none, was lost). Empty when there is none. */
static quoth_tspan subject_before_participle_aside(const quoth_phrases *p, size_t cue) {
    quoth_tspan none = {0, 0};
    size_t first = quoth_sentence_first(p, cue);
    if (cue < first + 4 || !quoth_punct_is(p, cue - 1, ",")) return none;
    size_t comma = cue - 2;
    while (comma > first && cue - comma <= PARTICIPLE_ASIDE_MAX && !quoth_punct_char(p, comma, ',') &&
           !p->t[comma].quote_depth)
        comma--;
    if (comma <= first || !quoth_punct_is(p, comma, ",") || quoth_coarse(p, comma + 1) != CT_VERB ||
        !quoth_ends_with(p, comma + 1, "ed"))
        return none;
    size_t left = quoth_np_left(p, comma, first);
    return left == quoth_after_dateline(p, first) && left < comma ? (quoth_tspan){(uint32_t)left, (uint32_t)comma}
                                                                   : none;
}

/* How many asides' scans of the statements a document pays for, in
 * statements. */
#define QUESTION_ASIDE_SCANS 16

/* "Prewitt, asked about the remark, said ...": a question put to the
 * subject, set off by commas right before another statement's cue, is no
 * statement of the subject's (it had been one, "asked about" its cue). */
static int question_put_in_aside(const quoth_phrases *p, const quoth_attribution_list *list, size_t k,
                                 size_t *budget) {
    static const char *const ASKED[] = {"asked", "pressed", "questioned", "quizzed"};
    const quoth_attribution *a = &list->a[k];
    size_t cue = a->cue.first;
    if (quoth_tspan_empty(a->cue) || cue == 0 || !quoth_punct_is(p, cue - 1, ",") ||
        !quoth_word_in(p, cue, ASKED, sizeof ASKED / sizeof *ASKED))
        return 0;
    /* the tagger may have joined a source of the sentence before */
    if (!quoth_tspan_empty(a->source) && p->t[a->source.first].sentence == p->t[cue].sentence) return 0;
    size_t close = cue + 1;
    while (close < p->n && close - cue <= PARTICIPLE_ASIDE_MAX && !quoth_punct_char(p, close, ',') &&
           p->t[close].sentence == p->t[cue].sentence)
        close++;
    /* each scan of the others is paid from a budget linear in their
     * number, so that a text of nothing but such asides stays linear */
    if (close + 1 >= p->n || !quoth_punct_is(p, close, ",") || *budget < list->n) return 0;
    *budget -= list->n;
    for (size_t j = 0; j < list->n; j++)
        if (j != k && list->a[j].cue.first == close + 1) return 1;
    return 0;
}

/* "Yusuf, 16, said": a capitalized name and an age set off after it,
 * right before the cue, that the tagger read as common words (the
 * statement had had no source, and was dropped). Empty when there is
 * none. */
static quoth_tspan aged_name_before_cue(const quoth_phrases *p, size_t cue) {
    quoth_tspan none = {0, 0};
    if (cue < 4 || !quoth_punct_is(p, cue - 1, ",") || !quoth_punct_is(p, cue - 3, ",") ||
        quoth_coarse(p, cue - 2) != CT_NUM || p->t[cue - 2].norm_len > 2)
        return none;
    size_t first = cue - 4, sentence = quoth_sentence_first(p, cue);
    if (first < sentence || (p->t[first].flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        (p->t[first].lex & (LEX_FUNCTION | LEX_DETERMINER | LEX_PRONOUN)))
        return none;
    while (first > sentence && cue - first < 7 && (p->t[first - 1].flags & (TOK_CAPITALIZED | TOK_ALPHA)) ==
                                                      (TOK_CAPITALIZED | TOK_ALPHA) &&
           !(p->t[first - 1].lex & (LEX_FUNCTION | LEX_DETERMINER | LEX_PRONOUN)))
        first--;
    if (first != sentence && !quoth_punct_is(p, first - 1, ",")) return none;
    return (quoth_tspan){(uint32_t)first, (uint32_t)cue};
}

/* The noun phrase right before the cue ("The city of Phoenix is
 * demanding", "Flight attendants' union endorses"), when the sentence's
 * subject could not be read; not a phrase that is part of the content. */
static quoth_tspan np_before_cue(const quoth_phrases *p, const quoth_attribution *a) {
    quoth_tspan none = {0, 0};
    size_t cue = a->cue.first, first = quoth_sentence_first(p, cue);
    size_t left = quoth_np_left(p, cue, first), end = cue;
    size_t past = quoth_subject_end(p, cue, first);
    if (past < cue && left >= past) { /* nothing, or only the day, before the cue */
        end = past;
        left = quoth_np_left(p, past, first);
        if (!quoth_may_be_subject(p, left, quoth_after_dateline(p, first))) return none;
    }
    quoth_tspan s = {(uint32_t)left, (uint32_t)end};
    if (left >= end) return none;
    for (int c = 0; c < a->n_content; c++)
        if (quoth_tspan_overlaps(s, a->content[c])) return none;
    return s;
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
 * that closes their apposition (920 of 1,026 in train), and a source
 * without an apposition leaves the comma after it out (798 of 803), so
 * ours do the same. */
static void close_apposition(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (s.end - s.first < 2) return;
    int inner = 0;
    for (uint32_t i = s.first + 1; i + 1 < s.end; i++) inner |= quoth_punct_is(p, i, ",");
    if (!inner && quoth_punct_is(p, s.end - 1, ",")) a->source.end--;
    else if (inner && !quoth_punct_is(p, s.end - 1, ",") && s.end < p->n && quoth_punct_is(p, s.end, ",") &&
             p->t[s.end].sentence == p->t[s.first].sentence && quoth_tspan_empty(a->cue) == 0 &&
             !(a->cue.first <= s.end && s.end < a->cue.end))
        a->source.end++;
}

/* "The expert Olena Marchuk in a commentary to Ukrinform expressed the
 * opinion": a medium and to whom, inside a source before its cue, as
 * translated news writes them without commas (the source had been
 * Ukrinform). Where the medium's "in" starts, or s.end. */
static size_t medium_within(const quoth_phrases *p, quoth_tspan s) {
    static const char *const MEDIA[] = {"interview", "commentary", "comment", "comments", "statement",
                                        "conversation", "letter", "message", "speech", "broadcast", "post"};
    static const char *const TO[] = {"to", "with", "for", "on"};
    for (size_t i = s.first + 1; i + 3 < s.end; i++) {
        if (!quoth_word_is(p, i, "in")) continue;
        size_t m = i + 1 + (quoth_coarse(p, i + 1) == CT_DET || quoth_coarse(p, i + 1) == CT_POSS);
        if (m + 1 < s.end && quoth_word_in(p, m, MEDIA, sizeof MEDIA / sizeof *MEDIA) &&
            quoth_word_in(p, m + 1, TO, sizeof TO / sizeof *TO))
            return i;
    }
    return s.end;
}

/* "said House Speaker Paul Ryan in a statement", "said James Lewis, an
 * expert at CSIS, via email": how a source spoke is no part of it
 * (PolNeAR train: 3 of 3 such sources end before it). */
/* "The Minister of Agriculture, Hélène Vasseur, for her part estimated":
 * "her part" is no source (translated news sets the phrase off with no
 * commas, and the tagger took it for the subject), the noun phrase before
 * it is. */
static void source_before_for_part(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (s.end != s.first + 2 || s.first < 2 || !quoth_word_is(p, s.first + 1, "part") ||
        quoth_coarse(p, s.first) != CT_POSS || !quoth_word_is(p, s.first - 1, "for"))
        return;
    size_t end = s.first - 1, first = quoth_sentence_first(p, end);
    if (end > first && quoth_punct_is(p, end - 1, ",")) end--;
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX || p->t[i].quote_depth) return;
    if (end > first) a->source = (quoth_tspan){(uint32_t)first, (uint32_t)end};
}

/* "Koval, in a statement issued late Tuesday, said": the aside that says
 * how the subject spoke is no source, the subject is (the tagger had taken
 * "a statement issued late Tuesday"; the eighteenth audit's). */
static void subject_before_medium_aside(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const MEDIA[] = {"statement", "email", "e-mail", "interview", "letter", "post",
                                        "filing", "speech", "message", "release"};
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || quoth_tspan_empty(a->cue) || a->cue.first < s.end) return;
    /* the tagger's source is the aside, or the subject and the aside */
    size_t comma = s.first;
    if (s.first >= 3 && quoth_punct_is(p, s.first - 2, ",") && quoth_word_is(p, s.first - 1, "in")) comma = s.first - 2;
    for (size_t i = s.first + 1; comma == s.first && i + 2 < s.end; i++)
        if (quoth_punct_is(p, i, ",") && quoth_word_is(p, i + 1, "in")) comma = i;
    if (!quoth_punct_is(p, comma, ",") || !quoth_word_is(p, comma + 1, "in")) return;
    size_t noun = comma + 2 + (quoth_coarse(p, comma + 2) == CT_DET);
    if (noun >= p->n || !quoth_word_in(p, noun, MEDIA, sizeof MEDIA / sizeof *MEDIA)) return;
    size_t end = comma, first = quoth_sentence_first(p, end);
    if (comma > s.first) first = s.first;
    if (end == first) return;
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX || p->t[i].quote_depth ||
            quoth_punct_is(p, i, ","))
            return;
    a->source = (quoth_tspan){(uint32_t)first, (uint32_t)end};
}

static void source_without_medium(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const MEDIA[] = {"statement", "email", "e-mail", "interview", "letter", "tweet"};
    quoth_tspan s = a->source;
    size_t inner = medium_within(p, s);
    if (inner < s.end) {
        a->source.end = (uint32_t)inner;
        return;
    }
    if (s.end - s.first < 3 || quoth_tspan_empty(a->cue) || (a->cue.first != s.end && a->cue.end != s.first)) return;
    size_t last = s.end - 1, prep = last - 1;
    if (!quoth_word_in(p, last, MEDIA, sizeof MEDIA / sizeof *MEDIA)) return;
    if (quoth_word_is(p, prep, "a") || quoth_word_is(p, prep, "an")) prep--;
    if (prep > s.first && (quoth_word_is(p, prep, "in") || quoth_word_is(p, prep, "via") || quoth_word_is(p, prep, "by")))
        a->source.end = (uint32_t)prep;
}

/* Token i belongs to an attribution of `list` near the k-th (the list is
 * in text order; a few either way are enough, and keep this linear). */
static int taken_near(const quoth_attribution_list *list, size_t k, size_t i) {
    enum { LOOK = 8 };
    quoth_tspan t = {(uint32_t)i, (uint32_t)i + 1};
    size_t lo = k > LOOK ? k - LOOK : 0, hi = k + LOOK < list->n ? k + LOOK : list->n - 1;
    for (size_t j = lo; j <= hi; j++) {
        const quoth_attribution *o = &list->a[j];
        if (j == k) continue;
        if (quoth_tspan_overlaps(o->cue, t) || quoth_tspan_overlaps(o->source, t) ||
            quoth_tspan_overlaps(o->content[0], t) || (o->n_content > 1 && quoth_tspan_overlaps(o->content[1], t)))
            return 1;
    }
    return 0;
}

/* Whether the words [first, end) before a source can be the head of its
 * noun phrase: no punctuation, quotation, subordinating word or finite verb
 * (but the verb of a relative clause: "Surety companies that had insured
 * ...", "A 2014 study that appeared in ..."), and nothing another
 * attribution holds. */
static int subject_head(const quoth_phrases *p, const uint8_t *pos_flags, const quoth_attribution_list *list, size_t k,
                        size_t first, size_t end) {
    static const char *const SUBORDINATE[] = {"because", "if", "when", "as", "after", "before", "while",
                                              "since", "although", "though", "that"};
    static const char *const TIME[] = {"last", "this", "next", "earlier", "later", "yesterday", "today",
                                       "tonight", "then", "now"};
    int relative = 0;
    /* an opening time adverbial ("Last week Zelensky said") is no subject,
     * and a determiner right after a noun starts a new phrase ("Last week
     * | the minister said") */
    if (quoth_word_in(p, first, TIME, sizeof TIME / sizeof *TIME)) return 0;
    for (size_t i = first + 1; i <= end; i++)
        if (quoth_coarse(p, i) == CT_DET && quoth_is_noun(p, i - 1)) return 0;
    for (size_t i = first; i < end; i++) {
        if ((p->t[i].flags & TOK_PUNCT) || p->t[i].quote_depth || taken_near(list, k, i)) return 0;
        if (quoth_coarse(p, i) == CT_WH || (quoth_word_is(p, i, "that") && i > first && quoth_is_noun(p, i - 1)))
            relative = 1;
        if (relative) continue;
        if (pos_flags[p->t[i].pos] & QUOTH_POS_FINITE) return 0;
        if (quoth_word_in(p, i, SUBORDINATE, sizeof SUBORDINATE / sizeof *SUBORDINATE)) return 0;
    }
    return 1;
}

/* "The wife of a man fatally shot by police recorded ...", "Research
 * conducted by the Center for Media and Public Affairs found ...": a
 * source read as the last noun phrase before its cue verb is the tail of
 * a subject that starts the sentence; PolNeAR's source is all of it. Only
 * with a tagger, which tells finite verbs from participles. */
static void subject_from_start(const quoth_phrases *p, const uint8_t *pos_flags, quoth_attribution_list *list,
                               size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan s = a->source;
    if (!pos_flags || quoth_tspan_empty(s) || quoth_tspan_empty(a->cue) || s.end > a->cue.first) return;
    for (uint32_t i = s.end; i < a->cue.first; i++)
        if (quoth_coarse(p, i) != CT_ADV) return;
    size_t first = quoth_sentence_first(p, s.first);
    int head = quoth_coarse(p, first), own = quoth_coarse(p, s.first);
    /* no subject runs longer; bounds the scan */
    if (first >= s.first || s.first - first > 2 * QUOTH_MAX_PHRASE || own == CT_PRON || own == CT_POSS) return;
    if (head != CT_DET && head != CT_NOUN && head != CT_PROPN && head != CT_ADJ && head != CT_NUM && head != CT_POSS)
        return;
    for (int c = 0; c < a->n_content; c++)
        if (a->content[c].first < s.first && a->content[c].end > first) return;
    if (subject_head(p, pos_flags, list, k, first, s.first)) a->source.first = (uint32_t)first;
}

/* Words that stand with a date in a time adverbial: "on Tuesday", "early
 * Friday", "last Monday", "in 2013". */
static int time_word(const quoth_phrases *p, size_t i) {
    static const char *const WORDS[] = {"on", "in", "early", "late", "last", "this", "next"};
    return quoth_word_in(p, i, WORDS, sizeof WORDS / sizeof *WORDS);
}

/* "Tuesday night", "Monday morning": the part of a day named before it
 * (a candidate "on Tuesday night promised" had been a source "Tuesday
 * night"). */
static int part_of_day(const quoth_phrases *p, size_t i) {
    static const char *const WORDS[] = {"morning", "afternoon", "evening", "night"};
    return quoth_word_in(p, i, WORDS, sizeof WORDS / sizeof *WORDS);
}

/* A year of the last two centuries, "2013": a date, though no name word. */
static int is_year(const quoth_phrases *p, size_t i) {
    const quoth_token *t = &p->t[i];
    const char *w = quoth_token_norm(p->tl, i);
    if (t->norm_len != 4 || !((w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0'))) return 0;
    return w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9';
}

/* "Hillary Clinton on Tuesday said", "Acme, a robot maker, today
 * announced": a source
 * that is only a date is the tagger's slip (no gold source of PolNeAR
 * train is one), and who spoke is the noun phrase before the time
 * adverbial. When there is none, the attribution has no source rather
 * than a day of the week for one. */
static void source_not_a_date(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (!in->name_words || quoth_tspan_empty(s)) return;
    /* "Acme Robotics today | announced": the day after a name is the verb's */
    if (s.end - s.first >= 2 && s.end == a->cue.first && quoth_is_day_word(p, s.end - 1) &&
        (quoth_is_noun(p, s.end - 2) || quoth_punct_is(p, s.end - 2, ","))) {
        a->source.end -= quoth_punct_is(p, s.end - 2, ",") ? 2 : 1;
        return;
    }
    int dates = 0;
    for (size_t i = s.first; i < s.end; i++) {
        if (quoth_is_date_word(in, p, i) || is_year(p, i))
            dates++;
        else if (!time_word(p, i) && !quoth_punct_is(p, i, ",") && !(dates && part_of_day(p, i))) return;
    }
    if (!dates) return;
    size_t end = s.first, first = quoth_sentence_first(p, s.first);
    while (end > first && (time_word(p, end - 1) || quoth_coarse(p, end - 1) == CT_ADV)) end--; /* "later" */
    size_t start = quoth_np_left(p, end, first);
    /* "in the wake of the party's defeat in 2012 urged": a preposition's
     * object is no subject */
    int object = start > first && quoth_coarse(p, start - 1) == CT_ADP;
    a->source = start < end && !object ? (quoth_tspan){(uint32_t)start, (uint32_t)end} : (quoth_tspan){0, 0};
}

/* "MINNEAPOLIS, June 4 — Brightwell Logistics, Inc., a regional provider
 * of freight services, today announced": the subject set off with its
 * apposition before the cue (and a day), from the sentence's start past a
 * place line, when no clause comes before (the statement had been left
 * without a source). Empty when the sentence reads otherwise. */
static quoth_tspan subject_with_apposition(const quoth_attrib_input *in, const quoth_phrases *p, size_t cue) {
    quoth_tspan none = {0, 0};
    size_t end = cue, first = quoth_sentence_first(p, cue);
    while (end > first && (quoth_is_day_word(p, end - 1) || quoth_coarse(p, end - 1) == CT_ADV)) end--;
    if (end > first + 2 && quoth_word_is(p, end - 2, "on") && quoth_is_date_word(in, p, end - 1)) end -= 2;
    if (end < first + 4 || !quoth_punct_is(p, end - 1, ",")) return none;
    size_t from = quoth_after_dateline(p, first);
    if (quoth_word_is(p, from, "as") && from + 1 < end) from++; /* "As Steven Rosenthal, a tax lawyer, put it" */
    int opens = quoth_coarse(p, from);
    /* "One memo, dated March 2021, states" */
    if (quoth_word_is(p, from, "one") && from + 1 < end && quoth_coarse(p, from + 1) == CT_NOUN) opens = CT_DET;
    if (from + 3 > end || (opens != CT_PROPN && opens != CT_DET && opens != CT_NOUN && opens != CT_ADJ) ||
        quoth_holds_finite_verb(p, in->pos_flags, from, end) || p->t[from].quote_depth)
        return none;
    for (size_t i = from + 1; i + 1 < end; i++)
        if (quoth_punct_is(p, i, ",")) return (quoth_tspan){(uint32_t)from, (uint32_t)end};
    return none;
}

/* The participle of a passive in or right before a cue ("was asked",
 * "is widely expected"), or `end` when there is none. */
static size_t passive_participle(const quoth_phrases *p, quoth_tspan cue) {
    size_t start = cue.first;
    while (start > 0 && cue.first - start < 3 && quoth_coarse(p, start - 1) == CT_ADV) start--;
    for (size_t i = start > 0 ? start - 1 : 0; i + 1 < cue.end; i++) {
        if (!is_be(p, i)) continue;
        size_t v = i + 1;
        while (v + 1 < cue.end && quoth_coarse(p, v) == CT_ADV) v++;
        if (v >= cue.first) return v;
    }
    return cue.end;
}

/* "Trump was asked about ...", "The Fed is expected to ...", "she is seen
 * as ...": the subject of these passives is the one asked or judged, not
 * who speaks; PolNeAR gives them no source (train, where the tagger gave
 * the subject as the source: 62 have none in the gold, 7 that subject, 14
 * someone else). Passives of a state ("are worried", "is convinced")
 * keep theirs. */
static int judging_passive(const quoth_phrases *p, quoth_tspan cue) {
    static const char *const JUDGED[] = {"asked",    "seen",   "expected", "said",   "criticized",
                                         "considered", "declared", "told",  "known",  "pressed",
                                         "announced", "listed", "deemed",   "shown",
                                         /* the tenth audit's "The Government was accused of 'abandoning
                                          * the coast'": the accused is no speaker */
                                         "accused", "criticised", "blamed", "condemned", "urged", "warned"};
    size_t v = passive_participle(p, cue);
    return v < cue.end && quoth_word_in(p, v, JUDGED, sizeof JUDGED / sizeof *JUDGED);
}

/* "The bill appears to have stalled", "Clinton seemed unsure", "he seemed
 * to hesitate": what these verbs say of their subject is the writer's
 * impression, and PolNeAR gives them no source (train, where the tagger
 * gave the subject as the source: "appear" 39 none, 9 that subject, 5
 * someone else; "seem" but "seem to" 25, 3 and 1; "seem to" 19 and 19 with
 * the tagger in sample, 27 and 10 out of it, scripts/crossval.sh). But
 * "appeared to suggest": a verb of saying after it is the subject's act
 * (dev who-said-what 0.7100 -> 0.7112). */
static int raising_verb(const quoth_phrases *p, quoth_tspan cue) {
    size_t v = cue.first;
    while (v + 1 < cue.end && (quoth_coarse(p, v) == CT_ADV || quoth_coarse(p, v) == CT_AUX)) v++;
    if (!quoth_starts_with(p, v, "appear") && !quoth_starts_with(p, v, "seem")) return 0;
    return !(v + 2 < p->n && quoth_word_is(p, v + 1, "to") && (p->t[v + 2].lex & LEX_CUE));
}

/* "The court heard that ...", "the inquest heard": a body that hears
 * evidence is told what the statement says, by someone the sentence does
 * not name (the fifth audit's court had been the speaker). */
static int hearing_heard(const quoth_phrases *p, const quoth_attribution *a) {
    static const char *const HEARERS[] = {"court", "jury", "inquest", "tribunal", "hearing", "trial", "inquiry"};
    if (a->cue.end != a->cue.first + 1 || !quoth_word_is(p, a->cue.first, "heard") || quoth_tspan_empty(a->source))
        return 0;
    return quoth_word_in(p, a->source.end - 1, HEARERS, sizeof HEARERS / sizeof *HEARERS);
}

/* A cue that judges its subject has no source. Where the tagger gave none
 * either, none is looked for, and these attributions are kept without one
 * (engine.c, drop_unsourced): dev who-said-what 0.7068 -> 0.7075 and cue
 * exact 0.6869 -> 0.6877. */
static void judged_subject_no_source(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || (!quoth_tspan_empty(a->source) && a->source.end > a->cue.first)) return;
    if (!judging_passive(p, a->cue) && !raising_verb(p, a->cue) && !hearing_heard(p, a)) return;
    a->source = (quoth_tspan){0, 0};
    a->subject_judged = 1;
}

/* Token i is part of a's content. */
static int in_content(const quoth_attribution *a, size_t i) {
    for (int c = 0; c < a->n_content; c++)
        if (a->content[c].first <= i && i < a->content[c].end) return 1;
    return 0;
}

/* "Bernie Sanders, who cites ...", "the Post, which reported ...": a cue
 * in a relative clause has the relative pronoun for its source in
 * PolNeAR (train: "who" right before a cue, its auxiliaries and adverbs
 * passed, is the source of 369 of 413 gold attributions; "which" of 66 of
 * 97; "that" of fewer than half, and is left alone). The speakers resolve
 * it to the name before it (speakers.c, resolve_relative). Not a question's
 * "who", which opens its sentence. */
static void relative_pronoun_source(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->subject_judged) return;
    size_t first = quoth_sentence_first(p, a->cue.first), rel = modifiers_before(p, a->cue.first, first);
    if (rel <= first + 1) return;
    rel--;
    if (!quoth_word_is(p, rel, "who") && !quoth_word_is(p, rel, "which")) return;
    if (!quoth_tspan_empty(a->source) && a->source.end > rel + 1) return; /* a source after the cue */
    if (in_content(a, rel)) return;
    a->source = (quoth_tspan){(uint32_t)rel, (uint32_t)rel + 1};
}

/* "Franken, asked about the bill, ... he said": a personal pronoun right
 * before the cue (its auxiliaries and adverbs passed) is its subject, and
 * PolNeAR's source (train gold: 2,983 of 3,066), where the tagger had
 * taken a name further back for it. */
static void pronoun_subject_source(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const SUBJECTS[] = {"he", "she", "they", "we", "i"};
    if (quoth_tspan_empty(a->cue) || a->subject_judged) return;
    size_t first = quoth_sentence_first(p, a->cue.first), lead = modifiers_before(p, a->cue.first, first);
    if (lead == first) return;
    size_t pron = lead - 1;
    if (!quoth_word_in(p, pron, SUBJECTS, sizeof SUBJECTS / sizeof *SUBJECTS) || quoth_tspan_empty(a->source) ||
        a->source.end > pron)
        return;
    if (in_content(a, pron)) return;
    a->source = (quoth_tspan){(uint32_t)pron, (uint32_t)pron + 1};
}

/* "A police spokesman, who spoke on condition of anonymity because he
 * was not authorised to talk to the media, said ...": a pronoun inside a
 * relative clause that closes with a comma before the cue is no source of
 * it; the noun phrase the clause hangs on is (the tagger had given "he"). */
static void pronoun_inside_relative_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first), lead = modifiers_before(p, a->cue.first, s.end);
    if (lead == 0 || !quoth_punct_is(p, lead - 1, ",")) return;
    for (size_t k = s.first; k-- > first + 1;) {
        if (quoth_punct_is(p, k, ",") || p->t[k].quote_depth) return;
        if (!quoth_word_is(p, k, "who") && !quoth_word_is(p, k, "which")) continue;
        if (!quoth_punct_is(p, k - 1, ",")) return;
        size_t left = quoth_np_left(p, k - 1, first);
        if (left < k - 1) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)k - 1};
        return;
    }
}

/* "Rowe, who made his | 200th appearance ...": a source before its cue
 * that the tagger ends inside a relative clause, before the clause
 * closes, is the name the clause hangs on ("who made his" is no part of
 * who speaks). A clause taken whole stays: PolNeAR's sources hold it
 * ("Don Fowler, who helmed the DNC from 1995 to 1997"). */
static void source_cut_at_relative(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (s.end - s.first < 4 || quoth_tspan_empty(a->cue) || s.end > a->cue.first || quoth_punct_is(p, s.end - 1, ",") ||
        quoth_punct_is(p, s.end, ","))
        return;
    for (size_t k = s.first + 1; k + 1 < s.end; k++) {
        if (!quoth_punct_is(p, k, ",")) continue;
        if (quoth_word_is(p, k + 1, "who") || quoth_word_is(p, k + 1, "which"))
            a->source = (quoth_tspan){s.first, (uint32_t)k};
        return;
    }
}

/* "Podesta, who said the project was vetted, said ...", "The
 * 41-year-old, whose novel Glass Harbour won the prize, said": a source
 * that begins a relative clause after a comma, the clause closing with a
 * comma before the cue, is the noun phrase the clause hangs on (train,
 * out of sample: 20 of 27 such "who" were not the gold's; the eighth
 * audit's novel had spoken). */
static void source_before_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first), lead = modifiers_before(p, a->cue.first, s.end);
    if (lead == 0 || !quoth_punct_is(p, lead - 1, ",") || s.first <= first + 1) return;
    if (!quoth_punct_is(p, s.first - 1, ",")) {
        /* "Tom Varga, 34, a teacher who said ..., said": the apposition
         * the clause hangs on, set off after a comma */
        size_t noun = quoth_np_left(p, s.first, first);
        if (noun <= first || noun >= s.first || !quoth_punct_is(p, noun - 1, ",")) return;
        size_t comma = noun - 1; /* the name before the apposition, its age passed */
        if (comma >= first + 3 && quoth_punct_is(p, comma - 2, ",") && quoth_coarse(p, comma - 1) == CT_NUM &&
            p->t[comma - 1].norm_len <= 2)
            comma -= 2;
        size_t name = quoth_np_left(p, comma, first);
        a->source = (quoth_tspan){(uint32_t)(name < comma ? name : noun), s.first};
        return;
    }
    size_t left = quoth_np_left(p, s.first - 1, first);
    /* "The 41-year-old", which the tagger reads as an adjective alone */
    if (left == s.first - 1 && quoth_ends_with(p, s.first - 2, "-year-old"))
        left = s.first - 2 > first && quoth_coarse(p, s.first - 3) == CT_DET ? s.first - 3 : s.first - 2;
    if (left < s.first - 1) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)s.first - 1};
}

/* Whether the "who" or "which" at i opens a second relative clause: "...,
 * and who asked that her name not be used". */
static int relative_after_and(const quoth_phrases *p, size_t i) {
    return i >= 2 && (quoth_word_is(p, i, "who") || quoth_word_is(p, i, "which")) && quoth_word_is(p, i - 1, "and");
}

/* "A cook who has worked at the school for 19 years, and who asked that
 * her name not be used, said ...": the second "who" of a noun's two
 * relative clauses is no source either (it had been the statement's); the
 * noun before the first is, when the second closes with a comma before the
 * cue and nothing but the first clause lies between them. */
static void source_past_second_relative(const quoth_phrases *p, quoth_attribution *a) {
    size_t rel = a->source.first, first = quoth_sentence_first(p, rel);
    size_t lead = modifiers_before(p, a->cue.first, a->source.end);
    if (lead == 0 || !quoth_punct_is(p, lead - 1, ",")) return;
    for (size_t k = rel - 1; k-- > first + 1;) {
        if (p->t[k].quote_depth || (quoth_punct_is(p, k, ",") && k + 2 != rel)) return;
        if (!quoth_word_is(p, k, "who") && !quoth_word_is(p, k, "which")) continue;
        size_t noun = quoth_punct_is(p, k - 1, ",") ? k - 1 : k;
        size_t left = quoth_np_left(p, noun, first);
        if (left < noun) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)noun};
        return;
    }
}

/* A relative pronoun for a source is the subject of another verb than
 * the cue's, whose source is what the clause hangs on: after a comma
 * (source_before_clause()), after "and" (source_past_second_relative()),
 * or a pronoun inside the clause (pronoun_inside_relative_clause()). */
/* "The Oba of Benin, whose ancestor's palace was looted by British
 * troops, has said": a source inside a relative clause set off by commas
 * right before the cue is a noun of that clause; the noun phrase before
 * the clause speaks (it had been "British troops"). */
static void source_out_of_relative_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first);
    /* the clause's closing comma: the source's last token (the tagger's
     * "British troops,"), or right before the cue and its modifiers */
    if (s.end - s.first >= 2 && quoth_punct_is(p, s.end - 1, ",")) {
        if (modifiers_before(p, a->cue.first, s.end) != s.end) return;
    } else {
        size_t lead = modifiers_before(p, a->cue.first, s.end);
        if (lead == 0 || lead - 1 < s.end || !quoth_punct_is(p, lead - 1, ",")) return;
    }
    for (size_t k = s.first; k-- > first + 1;) {
        if (!quoth_punct_is(p, k, ",")) continue;
        if (!quoth_word_is(p, k + 1, "whose") && !quoth_word_is(p, k + 1, "who") && !quoth_word_is(p, k + 1, "which"))
            return;
        /* the clause has a verb of its own before the source; else the
         * source is its subject and the cue its verb ("which Mr. Trump, and
         * others, have likened to") */
        int verb = 0;
        for (size_t v = k + 2; v < s.first && !verb; v++)
            verb = quoth_coarse(p, v) == CT_VERB || quoth_coarse(p, v) == CT_AUX;
        size_t left = quoth_np_left(p, k, first);
        if (verb && left < k) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)k};
        return;
    }
}

/* "In Barbados, the Opposition Leader, Winston Alleyne, said": a source
 * that opens with the name of an opening phrase of place and its comma
 * starts after the comma (it had been Barbados); not "As Andrew J.
 * Tabler, an expert on Syria, noted". */
static void source_past_opening_place(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const WHERE[] = {"in", "at", "across", "outside", "inside"};
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first == 0 || !quoth_word_in(p, s.first - 1, WHERE, sizeof WHERE / sizeof *WHERE) ||
        quoth_after_dateline(p, quoth_sentence_first(p, s.first)) != s.first - 1)
        return;
    size_t k = s.first;
    while (k < s.end && (p->t[k].flags & TOK_CAPITALIZED) && k - s.first < 4) k++;
    if (k == s.first || k + 2 >= s.end || !quoth_punct_is(p, k, ",") || quoth_coarse(p, k + 1) != CT_DET) return;
    a->source.first = (uint32_t)k + 1;
}

/* How many words a title and its body's possessor may have before a
 * source the tagger began at the body's name. */
#define POSSESSOR_TITLE_MAX 7

/* "..., the head of the country's Crisis Management Organization, Mehdi
 * Valizadeh Farahani, said": the tagger began the source at the body's
 * name and gave the title before it to the content; the title and its "of
 * the country's" open the source (the speaker had been the body; the
 * eighteenth audit's). */
static void source_with_title_of_possessor(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || a->n_content != 1 || s.first < 5 || a->content[0].end != s.first ||
        a->cue.first < s.end || !quoth_possessive(p, s.first - 1))
        return;
    size_t comma = s.first - 2;
    int title = 0;
    while (comma > a->content[0].first && s.first - comma <= POSSESSOR_TITLE_MAX && !quoth_punct_is(p, comma, ",")) {
        title |= (p->t[comma].lex & LEX_TITLE) != 0;
        if (quoth_coarse(p, comma) == CT_VERB || p->t[comma].quote_depth) return;
        comma--;
    }
    if (!title || !quoth_punct_is(p, comma, ",") || comma <= a->content[0].first + 2 ||
        quoth_coarse(p, comma + 1) != CT_DET)
        return;
    a->source.first = (uint32_t)comma + 1;
    a->content[0].end = (uint32_t)comma;
}

/* How many words an opening phrase before its comma may have. */
#define OPENING_PHRASE_MAX 12

/* "In a filing with the Securities and Exchange Commission, the Ohio-based
 * company said": a source that the tagger began inside a phrase that opens
 * the sentence with a preposition starts after the phrase's comma (it had
 * been the commission and the company; the eighteenth audit's). */
static void source_past_opening_phrase(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const OPENERS[] = {"in", "at", "on", "during", "through", "after", "before", "with"};
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first == 0) return;
    size_t opening = quoth_sentence_first(p, s.first);
    if (opening >= s.first || s.first - opening > OPENING_PHRASE_MAX ||
        !quoth_word_in(p, opening, OPENERS, sizeof OPENERS / sizeof *OPENERS))
        return;
    for (size_t i = opening; i < s.first; i++)
        if (quoth_punct_is(p, i, ",") || quoth_coarse(p, i) == CT_VERB) return;
    size_t k = s.first + 1;
    while (k + 2 < s.end && !quoth_punct_is(p, k, ",") && quoth_coarse(p, k) != CT_VERB) k++;
    if (k + 2 >= s.end || !quoth_punct_is(p, k, ",") || quoth_coarse(p, k + 1) != CT_DET) return;
    a->source.first = (uint32_t)k + 1;
}

static void source_past_relative_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(a->cue) || s.end > a->cue.first || quoth_tspan_empty(s)) return;
    if (s.first > 0 && !quoth_word_is(p, s.first, "whose") && !quoth_word_is(p, s.first, "who") &&
        !quoth_word_is(p, s.first, "which")) {
        source_out_of_relative_clause(p, a);
        if (a->source.first != s.first) return;
    }
    if (s.end >= a->cue.first) return;
    if (quoth_word_is(p, s.first, "whose")) {
        source_before_clause(p, a);
        return;
    }
    if (s.end != s.first + 1) return;
    if (relative_after_and(p, s.first)) {
        source_past_second_relative(p, a);
        return;
    }
    if (quoth_coarse(p, s.first) == CT_PRON && !quoth_word_is(p, s.first, "who") &&
        !quoth_word_is(p, s.first, "which")) {
        pronoun_inside_relative_clause(p, a);
        return;
    }
    if (quoth_word_is(p, s.first, "who") || quoth_word_is(p, s.first, "which")) source_before_clause(p, a);
}

/* Whether token t is a given name of either list. */
static int given_name_word(const quoth_attrib_input *in, const quoth_token *t) {
    return (t->lex & LEX_FIRST_NAME) || (quoth_name_word_classes(in->name_words, t->lower_hash) & (NAME_MAN | NAME_WOMAN));
}

/* A word that may go on with a name: a proper noun, a given name, or a
 * surname in -ing that the tagger read as a verb; not "Just", "Was",
 * "Expressed" of a headline. */
static int name_word(const quoth_attrib_input *in, const quoth_phrases *p, size_t i) {
    const quoth_token *t = &p->t[i];
    size_t n = t->norm_len;
    const char *w = quoth_token_norm(p->tl, i);
    return quoth_coarse(p, i) == CT_PROPN || given_name_word(in, t) || (n > 4 && strcmp(w + n - 3, "ing") == 0);
}

/* "Kate Fielding warned", "Health Secretary Wes Streeting urged", a
 * headline's "Walter Brink Accused Of": the capitalized words that open a
 * cue right after a source that ends with a given name, a title or an
 * honorific, before any word of saying, are the rest of the source's name,
 * which the tagger read as a verb ("Fielding", VBG) or gave the cue (the
 * name had been "Kate", the cue "Fielding warned"). After any other word
 * they are a headline's words: "Donald Trump | Sounds Weirdly ...". */
static void name_out_of_cue(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || a->source.end != a->cue.first) return;
    const quoth_token *last = &p->t[a->source.end - 1];
    if (!(last->lex & (LEX_TITLE | LEX_HONORIFIC)) && !given_name_word(in, last)) return;
    /* after an honorific any capitalized word is a name, whatever its tag
     * ("Mrs Whitcombe replied", "Whitcombe" a verb) */
    int honorific = (last->lex & LEX_HONORIFIC) != 0;
    size_t k = a->cue.first;
    while (k + 1 < a->cue.end && (p->t[k].flags & (TOK_CAPITALIZED | TOK_SENT_START | TOK_PUNCT)) == TOK_CAPITALIZED &&
           !(p->t[k].lex & (LEX_CUE | LEX_CUE_NOUN)) && !p->t[k].quote_depth &&
           (name_word(in, p, k) || (honorific && k == a->cue.first)))
        k++;
    if (k == a->cue.first) return;
    a->source.end = (uint32_t)k;
    a->cue.first = (uint32_t)k;
}

/* "Bluewing said in a statement that ...": a capitalized word ending in
 * "-ing" that opens the sentence and a cue with no source, right before
 * a verb of saying, is the name of the source, which the tagger read as
 * a participle and gave the cue (the fifteenth audit's statement had
 * been dropped for want of a source). Not "Speaking" or "Citing", which
 * the words of saying hold. */
static void name_opening_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || !quoth_tspan_empty(a->source) || a->cue.first + 2 > a->cue.end) return;
    size_t k = a->cue.first;
    const quoth_token *t = &p->t[k];
    static const char *const OPENERS[] = {"having", "being", "getting", "going", "following", "responding",
                                          "asking", "answering", "writing", "talking", "testifying"};
    if ((t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALL_CAPS)) != (TOK_SENT_START | TOK_CAPITALIZED) ||
        t->quote_depth || (t->lex & (LEX_CUE | LEX_CUE_NOUN | LEX_FUNCTION)) || t->norm_len < 5 ||
        !quoth_ends_with(p, k, "ing") || quoth_word_in(p, k, OPENERS, sizeof OPENERS / sizeof *OPENERS) ||
        quoth_coarse(p, k + 1) != CT_VERB || !(p->t[k + 1].lex & LEX_CUE))
        return;
    a->source = (quoth_tspan){(uint32_t)k, (uint32_t)k + 1};
    a->cue.first = (uint32_t)k + 1;
}

/* "Speaking with our correspondent, the Zonal Coordinator of the Federal
 * Road Safety Corps, Dr Musa Bello Kanu, warned that ...": the name set
 * off between a source and its cue is the source's, with the comma that
 * closes it (close_apposition()). The tagger had left it out after an
 * opening phrase, and the speaker was the corps. */
static void name_apposed_before_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || a->source.end + 3 > a->cue.first ||
        !quoth_punct_is(p, a->source.end, ",") || !quoth_punct_is(p, a->cue.first - 1, ",") ||
        a->cue.first - a->source.end > 8)
        return;
    int proper = 0;
    for (size_t i = a->source.end + 1; i + 1 < a->cue.first; i++) {
        if ((p->t[i].flags & (TOK_CAPITALIZED | TOK_PUNCT | TOK_QUOTE)) != TOK_CAPITALIZED || p->t[i].quote_depth)
            return;
        proper += quoth_coarse(p, i) == CT_PROPN;
    }
    if (proper >= 2) a->source.end = a->cue.first;
}

/* "According to figures published by the Office for Rail Statistics,
 * delays rose": the participle after the noun that "according to" opens
 * belongs to the source, and "according to" is the cue (the tagger had
 * read "published" as the cue and "figures" as the source). */
static void according_to_participle(const quoth_phrases *p, quoth_attribution *a) {
    size_t s = a->source.first, c = a->cue.first;
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || s < 2 || a->source.end != c ||
        !a->n_content || !quoth_word_is(p, s - 2, "according") || !quoth_word_is(p, s - 1, "to") ||
        quoth_coarse(p, c) != CT_VERB || p->t[c].norm_len < 4 ||
        strcmp(quoth_token_norm(p->tl, c) + p->t[c].norm_len - 2, "ed") != 0)
        return;
    size_t comma = a->content[0].first;
    while (comma > a->cue.end && !quoth_punct_is(p, comma - 1, ",")) comma--;
    if (comma <= a->cue.end || a->content[0].first != comma) return;
    a->source.end = (uint32_t)comma - 1;
    a->cue = (quoth_tspan){(uint32_t)s - 2, (uint32_t)s};
}

/* "The Orland Health Agency, which tracks admissions, reports a fall of 8
 * percent": a content before its cue that is only a noun phrase and its
 * relative clause is the subject, and so the source; the words after the
 * cue that the tagger took for the source are what it reports. */
static void subject_with_relative_before_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->n_content != 1 || quoth_tspan_empty(a->source) ||
        a->source.first < a->cue.end || a->content[0].end + 1 != a->cue.first)
        return;
    quoth_tspan c = a->content[0];
    size_t np = quoth_np_right(p, c.first, c.end);
    if (np <= c.first || np + 3 >= c.end || !quoth_punct_is(p, np, ",") || !quoth_punct_is(p, c.end, ",") ||
        !(quoth_word_is(p, np + 1, "which") || quoth_word_is(p, np + 1, "who")) ||
        c.first != quoth_sentence_first(p, c.first))
        return;
    for (size_t i = np + 2; i < c.end; i++)
        if (quoth_punct_is(p, i, ",") || p->t[i].quote_depth) return;
    a->content[0] = a->source;
    a->source = (quoth_tspan){c.first, c.end + 1};
}

/* "Ivo Brask, a spokesman for Dry Valley Now, which supported the dam,
 * said ...": a "which" or "who" whose clause a comma closes before the cue
 * is no source of it; the noun phrase that opens the sentence before the
 * pronoun's comma is (the fifteenth audit's source had been "which", and
 * no one the speaker). */
static void source_before_closed_relative(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->source.end != a->source.first + 1 || a->source.end >= a->cue.first) return;
    size_t rel = a->source.first, first = quoth_sentence_first(p, rel);
    if (!(quoth_word_is(p, rel, "which") || quoth_word_is(p, rel, "who")) || rel < first + 3 ||
        !quoth_punct_is(p, rel - 1, ",") || !quoth_punct_is(p, a->cue.first - 1, ","))
        return;
    int verb = 0;
    for (size_t i = rel + 1; i + 1 < a->cue.first; i++) {
        if (quoth_punct_is(p, i, ",") || p->t[i].quote_depth) return;
        verb |= quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX;
    }
    for (size_t i = first; i + 1 < rel; i++) {
        int c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX || p->t[i].quote_depth) return;
    }
    if (!verb) return;
    a->source = (quoth_tspan){(uint32_t)first, (uint32_t)rel - 1};
}

/* "A spokesperson for the Department for Environment, Food and Rural
 * Affairs said", "The Rail, Tram and Bus Union's state secretary, Dermot
 * Keogh, warned": the tagger, which reads a comma as the end of a
 * phrase, began the source after the first field of a body's name that
 * lists its fields (it had been "Food and Rural Affairs", "Tram and Bus
 * Union's ..."). The source takes the whole name, its "the", and the
 * noun of one who speaks for it when they open the subject ("A
 * spokesperson for"). */
static void source_over_field_list(const quoth_phrases *p, quoth_attribution *a) {
    size_t s = a->source.first;
    if (quoth_tspan_empty(a->source)) return;
    size_t start = quoth_field_list_around(p, s);
    if (start == s) return;
    if (start > 0 && quoth_word_is(p, start - 1, "the")) start--;
    if (start >= 2 && (quoth_word_is(p, start - 1, "for") || quoth_word_is(p, start - 1, "of") ||
                       quoth_word_is(p, start - 1, "at")) && quoth_coarse(p, start - 2) == CT_NOUN) {
        size_t np = start - 2;
        while (np > 0 && start - np < 5 && (quoth_coarse(p, np - 1) == CT_ADJ || quoth_coarse(p, np - 1) == CT_NOUN))
            np--;
        if (np > 0 && quoth_coarse(p, np - 1) == CT_DET) np--;
        if (np == quoth_sentence_first(p, np) || quoth_punct_is(p, np - 1, ",")) start = np;
    }
    /* a content before the source goes with the words it takes
     * (content_out_of_source(), when another is left), but not one that
     * runs on into the source */
    for (size_t c = 0; c < a->n_content; c++)
        if (a->content[c].first < s && a->content[c].end > start && (a->content[c].end > s || a->n_content < 2))
            return;
    a->source.first = (uint32_t)start;
}

/* "the forward said": an article alone is no source, and the word after
 * it that opens the cue before its verb is the source's noun, which the
 * tagger read as another kind of word ("forward" an adverb; the source had
 * been "the", the cue "forward said"). */
static void noun_out_of_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->source.end != a->cue.first || a->source.end != a->source.first + 1 ||
        a->cue.end < a->cue.first + 2)
        return;
    size_t article = a->source.first, noun = a->cue.first;
    int verb = quoth_coarse(p, noun + 1);
    if (!(quoth_word_is(p, article, "the") || quoth_word_is(p, article, "a") || quoth_word_is(p, article, "an")) ||
        quoth_coarse(p, noun) == CT_VERB || quoth_coarse(p, noun) == CT_AUX || (p->t[noun].flags & TOK_PUNCT) ||
        (verb != CT_VERB && verb != CT_AUX))
        return;
    a->source.end++;
    a->cue.first++;
}

/* "Organisers from the Morar e Ficar collective said": a common noun in
 * small letters that opens the cue right after a source ending with a
 * name, a verb after it, is the head that the name modifies (the cue had
 * been "collective said"). */
static void head_noun_out_of_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || a->source.end != a->cue.first ||
        a->cue.end < a->cue.first + 2)
        return;
    static const char *const TIMES[] = {"earlier", "later", "first", "last", "next", "former", "latter", "only"};
    size_t noun = a->cue.first, name = a->source.end - 1;
    int verb = quoth_coarse(p, noun + 1);
    /* the tagger reads such a noun as an adjective too ("collective", JJ),
     * but not the time an adverb gives ("Lewandowski earlier quashed") */
    if ((quoth_coarse(p, noun) != CT_NOUN && quoth_coarse(p, noun) != CT_ADJ) || (p->t[noun].flags & TOK_CAPITALIZED) ||
        p->t[noun].quote_depth || quoth_word_in(p, noun, TIMES, sizeof TIMES / sizeof *TIMES) ||
        !(p->t[name].flags & TOK_CAPITALIZED) || quoth_coarse(p, name) != CT_PROPN || (verb != CT_VERB && verb != CT_AUX))
        return;
    a->source.end++;
    a->cue.first++;
}

/* "He said: ...": PolNeAR's cues take the colon that follows them (222 of
 * 240 in train) and leave a comma out (1,001 of 1,013). */
static void cue_punctuation(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan c = a->cue;
    if (quoth_tspan_empty(c)) return;
    if (c.end - c.first > 1 && quoth_punct_is(p, c.end - 1, ",")) {
        a->cue.end--;
        return;
    }
    if (c.end >= p->n || !quoth_punct_is(p, c.end, ":") || p->t[c.end].sentence != p->t[c.first].sentence) return;
    for (int k = 0; k < a->n_content; k++)
        if (a->content[k].first <= c.end && c.end < a->content[k].end) return;
    if (a->source.first <= c.end && c.end < a->source.end) return;
    a->cue.end++;
}

/* Whether token j is a verb inside a noun phrase: "the tallying centre",
 * "a polling station", a participle between a determiner or an adjective
 * and a noun. */
static int verb_in_noun_phrase(const quoth_phrases *p, size_t j) {
    if (j == 0 || j + 1 >= p->n) return 0;
    int before = quoth_coarse(p, j - 1);
    return (before == CT_DET || before == CT_ADJ) && quoth_coarse(p, j + 1) == CT_NOUN;
}

/* "pointed out at | a regular press conference that coordination is
 * ...", "responded on | social media that ...": after a verb of saying, a
 * content that opens with the preposition's object and a "that" clause
 * after it, within a few words and no verb, is the clause; the object,
 * where it was said, goes with neither. Not a relative "that" ("at a rally
 * that drew ..."), which a verb follows, nor the object of a verb of
 * another kind ("bristled at | the suggestion that ..."). */
static int saying_verb(const quoth_phrases *p, size_t i) {
    static const char *const SAYING[] = {"said", "say", "told", "tell", "wrote", "writ", "add", "respond",
                                         "repl", "point", "stat", "announc", "argu", "insist", "explain",
                                         "testif", "tweet",
                                         /* and translated news's: "stressed at the scene that" */
                                         "stress", "underlin", "emphasi", "reiterat", "affirm", "declar",
                                         "note", "warn", "assur", "confirm"};
    return quoth_starts_with_any(p, i, SAYING, sizeof SAYING / sizeof *SAYING);
}

/* The first "that" of [first, limit) that opens a clause after a noun
 * phrase and its prepositions (no verb but one inside a noun phrase, no
 * comma, no quotation; a verb right after it makes it a relative "that"),
 * or `limit` when there is none. */
static size_t clause_that_within(const quoth_phrases *p, size_t first, size_t limit) {
    for (size_t j = first; j + 1 < limit; j++) {
        int kind = quoth_coarse(p, j);
        if ((kind == CT_VERB && !verb_in_noun_phrase(p, j)) || kind == CT_AUX || quoth_punct_is(p, j, ",") ||
            p->t[j].quote_depth)
            return limit;
        if (!quoth_word_is(p, j, "that")) continue;
        int next = quoth_coarse(p, j + 1);
        /* "the fact that", "the news that": the clause is the noun's */
        static const char *const HELD[] = {"fact", "news", "idea", "notion", "view", "revelation", "suggestion"};
        int held = j > first && ((p->t[j - 1].lex & LEX_CUE_NOUN) ||
                                 quoth_word_in(p, j - 1, HELD, sizeof HELD / sizeof *HELD));
        return next == CT_VERB || next == CT_AUX || held ? limit : j;
    }
    return limit;
}

static void complement_past_circumstance(const quoth_phrases *p, quoth_attribution *a, int k) {
    static const char *const PLACES[] = {"on", "at", "in", "during", "via", "after", "before"};
    quoth_tspan *c = &a->content[k];
    /* the preposition ends the cue, or stands alone between cue and content
     * ("said | after | the game that ...") */
    size_t prep = c->first == a->cue.end + 1 ? a->cue.end : a->cue.end - 1;
    /* "bristled at | the suggestion that", "critique of | a system that" */
    if (!quoth_word_in(p, prep, PLACES, sizeof PLACES / sizeof *PLACES) || !saying_verb(p, a->cue.first)) return;
    size_t limit = c->end < c->first + 8 ? c->end : c->first + 8;
    size_t that = clause_that_within(p, c->first + 1, limit);
    if (that == limit) return;
    c->first = (uint32_t)that;
    if (prep + 1 == a->cue.end) a->cue.end--;
}

/* "told reporters after the meeting | of the Monetary Policy Committee
 * that all 11 members ...", "said in an email | to all students that
 * ...", "said in a written statement to | the inquiry that ...": the
 * tagger's content that opens with the rest of the circumstance, or right
 * after a cue that ends with its preposition, starts at the clause's
 * "that" (the cue then loses the preposition). */
static void content_past_fragment(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const CIRCUMSTANCE[] = {"to",    "of",     "at",  "in",     "on",
                                               "after", "before", "during", "via", "through"};
    if (quoth_tspan_empty(a->cue) || !a->n_content || !saying_verb(p, a->cue.first)) return;
    quoth_tspan *c = &a->content[0];
    /* "said in a written statement to": the cue's own object between; a
     * phrasal "pointing to" or "responding to" takes what follows */
    int after_preposition = c->first == a->cue.end && a->cue.end - a->cue.first >= 2 &&
                            quoth_word_in(p, a->cue.end - 1, CIRCUMSTANCE, sizeof CIRCUMSTANCE / sizeof *CIRCUMSTANCE) &&
                            /* the verb and its preposition alone: not a phrasal "pointed to" */
                            (a->cue.end - a->cue.first >= 3 || !quoth_word_is(p, a->cue.end - 1, "to"));
    int opens_preposition = c->first >= a->cue.end &&
                            quoth_word_in(p, c->first, CIRCUMSTANCE, sizeof CIRCUMSTANCE / sizeof *CIRCUMSTANCE);
    if (!after_preposition && !opens_preposition) return;
    size_t limit = c->end < c->first + 10 ? c->end : c->first + 10;
    size_t that = clause_that_within(p, c->first + 1, limit);
    if (that == limit) return;
    c->first = (uint32_t)that;
    if (after_preposition) a->cue.end--;
}

/* "he said of the election", "Pence said on CNN's ...": a preposition
 * that ends a cue but whose object is not the content tells where or of
 * what something was said, which PolNeAR's cues leave out ("said on" 0
 * times in 50 on train, "said of" 14 in 50); a preposition whose object is
 * the content stays ("pointed to | Cruz's record", "called for | ..."). On
 * PolNeAR dev +0.004 cue-exact, train +0.001. */
static void cue_trailing_preposition(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const CIRCUMSTANCE[] = {"on", "at", "of", "in", "during", "after", "before", "via"};
    quoth_tspan c = a->cue;
    if (c.end - c.first < 2 || quoth_tspan_empty(c)) return;
    int prep = quoth_word_in(p, c.end - 1, CIRCUMSTANCE, sizeof CIRCUMSTANCE / sizeof *CIRCUMSTANCE);
    for (int k = 0; prep && k < a->n_content; k++)
        if (a->content[k].first == c.end) {
            complement_past_circumstance(p, a, k);
            return;
        }
    if (prep) a->cue.end--;
}

/* Whether token i is a verb of giving details, in any form: "provide",
 * "elaborating", "specify", "disclosed", "offered", "explain", "say". */
static int details_verb(const quoth_phrases *p, size_t i) {
    static const char *const STEMS[] = {"elaborat", "provid", "giv", "gave", "offer", "specif", "disclos",
                                        "explain", "detail", "discuss", "say", "said", "comment"};
    return quoth_starts_with_any(p, i, STEMS, sizeof STEMS / sizeof *STEMS);
}

/* Whether "declined to discuss", "refused to comment", "did not
 * elaborate" starts at j: the source's refusal, which the writer tells
 * after "and" ("said the drug has the potential ... and declined to
 * discuss pricing"). */
static int declined_details(const quoth_phrases *p, size_t j, size_t end) {
    if (!(quoth_word_is(p, j, "declined") || quoth_word_is(p, j, "refused") || quoth_word_is(p, j, "did")))
        return 0;
    size_t k = j + 1;
    while (k < end && k < j + 4 && ((p->t[k].lex & LEX_NEGATION) || quoth_word_is(p, k, "to"))) k++;
    return k > j + 1 && k < end && details_verb(p, k);
}

/* Where a writer's aside on what the source left out opens in [first,
 * end): ", though it did not provide figures", ", but declined to
 * elaborate", ", without giving details". Returns its comma, or end. */
static size_t writer_aside(const quoth_phrases *p, size_t first, size_t end) {
    /* an aside opens at "and" or a comma: the others are passed by their
     * hashes (quoth_next_of_hashes()) */
    const uint64_t and_hash = quoth_short_word_hash("and", 3), comma_hash = quoth_short_word_hash(",", 1);
    size_t stop = end > 3 ? end - 3 : 0; /* i + 3 < end */
    for (size_t i = first + 1; (i = quoth_next_of_hashes(p->t, i, stop, and_hash, comma_hash, comma_hash)) < stop;
         i++) {
        if (quoth_word_is(p, i, "and") && !p->t[i].quote_depth && declined_details(p, i + 1, end))
            return quoth_punct_is(p, i - 1, ",") ? i - 1 : i;
        if (!quoth_punct_is(p, i, ",") || p->t[i].quote_depth) continue;
        size_t j = i + 1;
        if (!(quoth_word_is(p, j, "but") || quoth_word_is(p, j, "though") || quoth_word_is(p, j, "although") ||
              quoth_word_is(p, j, "without")))
            continue;
        int without = quoth_word_is(p, j, "without");
        j++;
        if (!without && quoth_coarse(p, j) == CT_PRON) j++;
        if (!without) {
            /* "did not", "didn't", "declined to", "would not" */
            if (!(quoth_word_is(p, j, "did") || quoth_word_is(p, j, "declined") || quoth_word_is(p, j, "would") ||
                  quoth_word_is(p, j, "refused")))
                continue;
            j++;
            while (j < end && j < i + 7 && ((p->t[j].lex & LEX_NEGATION) || quoth_word_is(p, j, "to"))) j++;
        }
        if (j < end && details_verb(p, j)) return i;
    }
    return end;
}

/* A content ends before the writer's aside after it ("the change was
 * shortening waits | , though it did not provide figures"): on PolNeAR
 * train, 5 of 8 such asides are outside the gold content, 1 inside. */
static void content_before_aside(const quoth_phrases *p, quoth_attribution *a) {
    for (int k = 0; k < a->n_content; k++) {
        quoth_tspan *c = &a->content[k];
        size_t aside = writer_aside(p, c->first, c->end);
        if (aside < c->end && aside > c->first + 2) c->end = (uint32_t)aside;
    }
}

/* "48 percent said no and the rest were unsure": an answer of one word
 * is the whole content; what follows "and" or "but" is another clause,
 * unless it is one more thing said ("and that ..."). */
static void content_of_one_answer(const quoth_phrases *p, quoth_attribution *a) {
    if (a->n_content != 1 || a->content[0].first != a->cue.end) return;
    quoth_tspan *c = &a->content[0];
    size_t i = c->first;
    if (c->end < i + 3 || p->t[i].quote_depth || (p->t[i].flags & TOK_CAPITALIZED) ||
        !(quoth_word_is(p, i, "yes") || quoth_word_is(p, i, "no")))
        return;
    /* not "said no and that he had done nothing wrong", whose "that" goes on */
    if ((quoth_word_is(p, i + 1, "and") || quoth_word_is(p, i + 1, "but")) && !quoth_word_is(p, i + 2, "that") &&
        !(p->t[i + 2].lex & LEX_COMPLEMENTIZER))
        c->end = (uint32_t)i + 1;
}

/* "said after the game that ...": a preposition between cue and content
 * that belongs to neither; the content starts at "that" when a short
 * noun phrase comes first (complement_past_circumstance()). */
static void content_past_circumstance(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || !a->n_content || a->content[0].first != a->cue.end + 1 ||
        quoth_coarse(p, a->cue.end) != CT_ADP)
        return;
    complement_past_circumstance(p, a, 0);
}

/* "said on Friday", "said during a rally", "told at a news conference",
 * "wrote to supporters": a verb of saying takes no circumstance into its
 * cue (PolNeAR train, cross-validated, where the tagger's cue ran on: the
 * gold's stops at the verb 27 times and runs on 6). "In" is a coin toss
 * ("said in a statement": 52 and 58) and stays. */
static void cue_without_circumstance(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const SAY[] = {"said", "says", "say", "told", "wrote", "writes", "added", "tweeted"};
    static const char *const CIRCUMSTANCE[] = {"on", "during", "at", "to", "from", "via"};
    for (size_t v = a->cue.first; v + 2 < a->cue.end; v++) {
        if (quoth_word_in(p, v, SAY, sizeof SAY / sizeof *SAY) &&
            quoth_word_in(p, v + 1, CIRCUMSTANCE, sizeof CIRCUMSTANCE / sizeof *CIRCUMSTANCE)) {
            a->cue.end = (uint32_t)v + 1;
            return;
        }
    }
}

/* "pointed | to Cruz's record", "called | for a recount": the particle of
 * a phrasal verb whose object is the content belongs to the cue
 * (PolNeAR train: "pointed to" 16 of 16, "called for" 46 of 46,
 * "referring to" 39 of 42, "talking about" 31 of 31); the tagger now and
 * then leaves it to the content. On PolNeAR dev +0.001 cue-exact, train
 * +0.002 cue-exact and content-exact. */
static void phrasal_particle(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const PHRASAL[][2] = {{"point", "to"}, {"refer", "to"},   {"respond", "to"}, {"call", "for"},
                                             {"call", "on"},  {"talk", "about"}, {"focus", "on"}};
    if (quoth_tspan_empty(a->cue)) return;
    size_t verb = a->cue.end - 1;
    for (int c = 0; c < a->n_content; c++) {
        quoth_tspan *t = &a->content[c];
        if (t->first != a->cue.end || t->end < t->first + 2) continue;
        /* the particle first, one word of four: most contents open with
         * none, and the verb's stems go unasked */
        if (!quoth_word_is(p, t->first, "to") && !quoth_word_is(p, t->first, "for") &&
            !quoth_word_is(p, t->first, "on") && !quoth_word_is(p, t->first, "about"))
            continue;
        for (size_t k = 0; k < sizeof PHRASAL / sizeof *PHRASAL; k++)
            if (quoth_starts_with(p, verb, PHRASAL[k][0]) && quoth_word_is(p, t->first, PHRASAL[k][1])) {
                a->cue.end++;
                t->first++;
                return;
            }
    }
}

/* The end of the noun phrase at i, before `end`: a pronoun, or words of
 * noun phrases up to a determiner or pronoun after a noun, which opens
 * the next ("the BBC | the budget"). i when none starts there. */
static size_t phrase_end(const quoth_phrases *p, size_t i, size_t end) {
    if (i >= end) return i;
    if (quoth_coarse(p, i) == CT_PRON) return i + 1;
    size_t k = i;
    int noun = 0;
    while (k < end && k - i < QUOTH_MAX_PHRASE && !p->t[k].quote_depth) {
        int c = quoth_coarse(p, k);
        if (c != CT_NOUN && c != CT_PROPN && c != CT_DET && c != CT_POSS && c != CT_ADJ && c != CT_NUM) break;
        /* a determiner or a possessive pronoun after a noun opens another
         * phrase: "told reporters | his client was ..." */
        if (k > i && (c == CT_DET || (c == CT_POSS && (p->t[k].lex & LEX_PRONOUN))) && quoth_is_noun(p, k - 1)) break;
        noun |= c == CT_NOUN || c == CT_PROPN;
        k++;
    }
    return noun ? k : i;
}

/* "told the BBC the budget had been underspent": without "that", where
 * the clause told opens after the one told (a noun phrase, and a time or
 * place after it): a noun phrase whose verb follows within a phrase's
 * length. c.first when the content holds no such clause there. */
static size_t clause_after_recipient(const quoth_phrases *p, quoth_tspan c) {
    size_t end = c.end < c.first + 2 * QUOTH_MAX_PHRASE ? c.end : c.first + 2 * QUOTH_MAX_PHRASE;
    size_t k = phrase_end(p, c.first, end);
    if (k == c.first) return c.first;
    int place = quoth_coarse(p, k) == CT_ADP && phrase_end(p, k + 1, end) > k + 1;
    if (place) k = phrase_end(p, k + 1, end);
    size_t subject_end = phrase_end(p, k, end);
    int opens = quoth_coarse(p, k);
    /* a possessive opens the clause after the one told ("told the AP his
     * firm worked ..."), not after a phrase of place or time, where it
     * opens a relative clause ("of the six years his family had lived") */
    if (subject_end == k ||
        !(opens == CT_DET || (opens == CT_POSS && !place) || opens == CT_PRON || opens == CT_PROPN || opens == CT_NUM) ||
        subject_end >= end)
        return c.first;
    int verb = quoth_coarse(p, subject_end);
    return (verb == CT_AUX || verb == CT_VERB) && !p->t[k].quote_depth ? k : c.first;
}

/* "told reporters on Monday that the port would reopen": the one told is
 * no part of what was said; the content starts at "that" (PolNeAR train:
 * 7 contents become right, 1 wrong; "convince" keeps the one convinced, 2
 * of 2, and is not in the list). Only a noun phrase and its time or place
 * may come between (no verb, no quotation, no comma), and "that" must
 * open a clause ("the frustration that saw ..." is a relative one). */
static void recipient_out_of_content(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const TELL[] = {"tell", "told", "remind", "assur", "inform", "notif", "warn"};
    if (quoth_tspan_empty(a->cue) || !a->n_content) return;
    quoth_tspan *c = &a->content[0];
    size_t verb = a->cue.end - 1;
    if (!quoth_starts_with_any(p, verb, TELL, sizeof TELL / sizeof *TELL) || c->first != a->cue.end ||
        quoth_coarse(p, verb) != CT_VERB)
        return;
    for (size_t i = c->first; i < c->end && i < c->first + QUOTH_MAX_PHRASE; i++) {
        int kind = quoth_coarse(p, i);
        if (quoth_word_is(p, i, "that") && i > c->first) {
            int next = quoth_coarse(p, i + 1);
            if (i + 1 < c->end && next != CT_VERB && next != CT_AUX) c->first = (uint32_t)i;
            return;
        }
        if ((kind == CT_VERB && !verb_in_noun_phrase(p, i)) || kind == CT_AUX || kind == CT_PUNCT || kind == CT_WH ||
            p->t[i].quote_depth)
            break;
    }
    size_t clause = clause_after_recipient(p, *c);
    if (clause > c->first) c->first = (uint32_t)clause;
}

/* Whether token i is a time of day as a live blog stamps its entries:
 * "23:40", "10.42pm", "9:05am". */
static int clock_time(const quoth_phrases *p, size_t i) {
    const char *w = quoth_token_norm(p->tl, i);
    size_t n = p->t[i].norm_len, k = 0;
    while (k < n && k < 2 && w[k] >= '0' && w[k] <= '9') k++;
    if (k == 0 || k >= n || (w[k] != ':' && w[k] != '.') || n < k + 3) return 0;
    if (!(w[k + 1] >= '0' && w[k + 1] <= '9' && w[k + 2] >= '0' && w[k + 2] <= '9')) return 0;
    k += 3;
    return k == n || (n == k + 2 && ((w[k] | 0x20) == 'a' || (w[k] | 0x20) == 'p') && (w[k + 1] | 0x20) == 'm');
}

/* "Q: Critics say ...", "23:40 Prime Minister Henrik Dahl said": the
 * token after an interview's label ("Q:" or "A:") or a live blog's time
 * (and the colon or dash after it) that opens token i's paragraph, or i
 * when there is none. The tagger had taken "Q: Critics" for the source,
 * and "Q" for its speaker; "23:40" had stayed in the source. */
static size_t after_paragraph_label(const quoth_phrases *p, size_t i) {
    if (!(p->t[i].flags & TOK_PARA_START)) return i;
    if (clock_time(p, i)) {
        size_t k = i + 1;
        if (quoth_punct_is(p, k, ":") || quoth_punct_is(p, k, "-") || quoth_punct_is(p, k, "--")) k++;
        return k;
    }
    if (!(quoth_word_is(p, i, "q") || quoth_word_is(p, i, "a")) || !(p->t[i].flags & TOK_CAPITALIZED) ||
        !quoth_punct_is(p, i + 1, ":"))
        return i;
    return i + 2;
}

/* Sources and contents begin after a place line or a paragraph's label.
 * A first piece of content that is nothing but one goes ("CASPER, Wyo. - |
 * Sen. Ted Cruz | continued | his romp"); 0 when that was the only
 * content, and the attribution with it. */
static int skip_datelines(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan *spans[2] = {&a->source, a->n_content ? &a->content[0] : NULL};
    for (int k = 0; k < 2; k++) {
        if (!spans[k] || quoth_tspan_empty(*spans[k])) continue;
        size_t start = after_paragraph_label(p, quoth_after_dateline(p, spans[k]->first));
        if (start < spans[k]->end) spans[k]->first = (uint32_t)start;
        else if (start > spans[k]->first && k == 1) { /* the first content */
            if (a->n_content == 1) return 0;
            a->content[0] = a->content[--a->n_content];
        }
    }
    return 1;
}

/* "... a forum sponsored by NBC News and | said she has ...": a source
 * that ends with a conjunction is the tail of the clause before, not who
 * speaks (no gold source of PolNeAR train ends with one, 0 of 18,360);
 * the subject the cue shares is looked for instead. */
static void source_not_a_clause_tail(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->source)) return;
    size_t last = a->source.end - 1;
    if (quoth_word_is(p, last, "and") || quoth_word_is(p, last, "but") || quoth_word_is(p, last, "or"))
        a->source = (quoth_tspan){0, 0};
}

/* "The Trump campaign issued a statement saying ...": the tagger takes
 * the statement for the source of "saying"; PolNeAR's source is who
 * issued it, and the cue all of "issued a statement saying" (train: 14
 * of the 19 such sources become right). The one who sends is a relative
 * "who" before the verb (its auxiliaries and adverbs passed), the
 * sentence's subject when it stands there, or the noun phrase that
 * does. */
static void sender_of_document(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source, c = a->cue;
    if (quoth_tspan_empty(s) || quoth_tspan_empty(c) || c.first != s.end || !quoth_ends_with(p, c.first, "ing") ||
        !quoth_document_noun(p, s.end - 1))
        return;
    size_t first = quoth_sentence_first(p, s.first), verb = s.first;
    if (verb > first && (quoth_word_is(p, verb - 1, "out") || quoth_word_is(p, verb - 1, "up"))) verb--;
    if (verb == first || !quoth_sends_document(p, verb - 1)) return;
    verb--;
    size_t lead = modifiers_before(p, verb, first);
    quoth_tspan sender = quoth_sentence_subject(p, verb);
    if (lead > first && quoth_coarse(p, lead - 1) == CT_WH) {
        sender = (quoth_tspan){(uint32_t)lead - 1, (uint32_t)lead};
    } else if (sender.end != lead) { /* the subject of another verb */
        /* past an aside: "Alan Witt, for his part, issued a statement" */
        size_t end = quoth_subject_end(p, lead, first);
        size_t left = quoth_np_left(p, end, first);
        for (size_t i = left; i < end; i++) /* a list's comma: "After the attacks, Trump" */
            if (quoth_punct_is(p, i, ",")) left = i + 1;
        if (left == end) return;
        sender = (quoth_tspan){(uint32_t)left, (uint32_t)end};
    }
    a->source = sender;
    a->cue.first = (uint32_t)lead;
}

/* "Kelsey Atkinson was identified as the protester", "They appear to be
 * unanimous in ...": what a judging passive or a raising verb reports is
 * its subject with the rest, and PolNeAR gives the subject to the content
 * as its first part (train: of the gold attributions without a source
 * whose content is cut in two by such a cue, quoth had given 128 the
 * second part only). The noun phrase before the cue (past its "was",
 * "has been", adverbs) becomes that part, when the content comes after
 * the cue and no other attribution near holds the phrase. */
static void judged_subject_in_content(const quoth_phrases *p, const quoth_attribution_list *list, size_t k) {
    static const char *const RECIPIENTS[] = {"asked", "told", "pressed"}; /* the subject is who hears */
    quoth_attribution *a = &list->a[k];
    if (a->n_content != 1 || a->content[0].first < a->cue.end || a->cue.first == 0) return;
    /* a clause or a question after the cue is the whole content ("It is
     * expected that ...", "he was asked what ...") */
    size_t c = a->content[0].first;
    if ((p->t[c].lex & LEX_COMPLEMENTIZER) || quoth_coarse(p, c) == CT_WH) return;
    size_t v = passive_participle(p, a->cue);
    if (v < a->cue.end && quoth_word_in(p, v, RECIPIENTS, sizeof RECIPIENTS / sizeof *RECIPIENTS)) return;
    size_t first = quoth_sentence_first(p, a->cue.first), left = a->cue.first;
    while (left > first && a->cue.first - left < 3 &&
           (is_be(p, left - 1) || quoth_coarse(p, left - 1) == CT_ADV || quoth_coarse(p, left - 1) == CT_AUX))
        left--;
    size_t np = quoth_np_left(p, left, first);
    static const char *const NO_SUBJECT[] = {"it", "there", "him", "them", "me", "us", "you"};
    if (np >= left) return;
    if (quoth_word_in(p, np, NO_SUBJECT, sizeof NO_SUBJECT / sizeof *NO_SUBJECT)) return;
    /* the whole phrase, not the end of one that a preposition, a
     * conjunction or a number opens ("At least eight", "Crows and ravens") */
    if (np > first && (quoth_coarse(p, np - 1) == CT_ADP || quoth_coarse(p, np - 1) == CT_CONJ ||
                       quoth_coarse(p, np - 1) == CT_NUM || quoth_coarse(p, np - 1) == CT_ADV))
        return;
    for (size_t i = np; i < left; i++)
        if (p->t[i].quote_depth || quoth_punct_is(p, i, ",") || taken_near(list, k, i)) return;
    a->content[1] = a->content[0];
    a->content[0] = (quoth_tspan){(uint32_t)np, (uint32_t)left};
    a->n_content = 2;
}

/* How many words the subject and the rest of a reporting clause that ends
 * a sentence may hold (trailing_report()). */
#define TRAILING_SUBJECT_MAX 12
#define TRAILING_REST_MAX 8

static int reporting_verb(const quoth_phrases *p, size_t i) {
    static const char *const VERBS[] = {"said", "says", "told", "reported", "added", "stated", "confirmed", "wrote"};
    /* asked of most tokens near a content's end: a verb's tag first */
    if (quoth_coarse(p, i) != CT_VERB) return 0;
    return quoth_word_in(p, i, VERBS, sizeof VERBS / sizeof *VERBS);
}

/* Whether [first, end) may be the subject of a reporting clause: a noun
 * phrase with no verb, comma or quotation, opened by no conjunction,
 * relative word or preposition ("which he said", "as police have said"
 * report nothing of their own). */
static int reporting_subject(const quoth_phrases *p, size_t first, size_t end) {
    if (end <= first || end - first > TRAILING_SUBJECT_MAX) return 0;
    int c = quoth_coarse(p, first);
    if (c == CT_CONJ || c == CT_WH || c == CT_ADP || c == CT_ADV || c == CT_VERB || c == CT_AUX ||
        (p->t[first].lex & LEX_COMPLEMENTIZER))
        return 0;
    for (size_t i = first; i < end; i++) {
        c = quoth_coarse(p, i);
        if (c == CT_AUX || c == CT_WH ||
            (c == CT_VERB && !quoth_ends_with(p, i, "ed") && !quoth_ends_with(p, i, "ing")) ||
            (p->t[i].flags & TOK_PUNCT) || p->t[i].quote_depth)
            return 0;
    }
    return 1;
}

/* "China plans to cut its imports ..., two sources told Reuters.", "The
 * company expects profits to fall, people familiar with the matter said
 * on Tuesday.": the tagger takes the first verb that reports a thought
 * for the cue, and its content runs on over the reporting clause that
 * ends the sentence. That clause is who speaks: PolNeAR gives it the cue
 * and the source, and the content from the sentence's start to its
 * comma ("..., the campaign told USA TODAY", "..., current and former
 * officials said" on train). The rest after the verb is a short phrase
 * with no verb, clause or comma ("on Tuesday", "at a briefing"). */
static void trailing_report(const quoth_phrases *p, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    if (a->n_content != 1 || quoth_tspan_empty(a->cue) || a->content[0].first < a->cue.end) return;
    size_t end = a->content[0].end, sentence_end = quoth_sentence_end(p, a->cue.first);
    for (size_t i = end; i < sentence_end; i++) /* the content ends its sentence */
        if (!(p->t[i].flags & TOK_PUNCT) || quoth_punct_is(p, i, ",")) return;
    size_t first = quoth_after_dateline(p, quoth_sentence_first(p, a->cue.first));
    size_t lead = quoth_tspan_empty(a->source) || a->source.first > a->cue.first ? a->cue.first : a->source.first;
    if (lead < first || lead - first > 3) return; /* the statement opens the sentence */
    size_t verb = end;
    while (verb > a->content[0].first && end - verb <= TRAILING_REST_MAX && !reporting_verb(p, verb - 1)) {
        int c = quoth_coarse(p, verb - 1);
        if (c == CT_VERB || c == CT_AUX || (p->t[verb - 1].lex & LEX_COMPLEMENTIZER) ||
            quoth_punct_is(p, verb - 1, ",") || p->t[verb - 1].quote_depth)
            return;
        verb--;
    }
    if (verb <= a->content[0].first || !reporting_verb(p, --verb)) return;
    /* what follows the verb is whom it was told or when and where, not
     * what was written ("..., actress America Ferrera wrote a viral blog") */
    int after = quoth_coarse(p, verb + 1);
    if (verb + 1 < end && after != CT_ADP && after != CT_PROPN && after != CT_PRON && after != CT_ADV &&
        !quoth_word_is(p, verb + 1, "reporters"))
        return;
    size_t cue = modifiers_before(p, verb, a->content[0].first), comma = cue;
    while (comma > a->content[0].first && cue - comma <= TRAILING_SUBJECT_MAX && !quoth_punct_is(p, comma - 1, ","))
        comma--;
    if (comma <= a->content[0].first + 1 || !quoth_punct_is(p, comma - 1, ",") || !reporting_subject(p, comma, cue))
        return;
    for (size_t i = cue; i <= verb; i++) /* a cue already read there (the list is in order of start) */
        if (taken_near(list, k, i)) return;
    a->cue = (quoth_tspan){(uint32_t)cue, (uint32_t)verb + 1};
    a->source = (quoth_tspan){(uint32_t)comma, (uint32_t)cue};
    a->content[0] = (quoth_tspan){(uint32_t)first, (uint32_t)comma - 1};
}

/* "Residents told to stay indoors as smoke spreads": a headline's
 * passive, its auxiliary left out, in which the subject is who was told;
 * active "told" takes its hearer before "to" ("told them to"). No one
 * who spoke is named: the statement goes. */
static void source_told_in_headline(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source, c = a->cue;
    if (quoth_tspan_empty(s) || c.end != c.first + 1 || s.end != c.first || !quoth_word_is(p, c.first, "told") ||
        c.end + 1 >= p->n || !quoth_word_is(p, c.end, "to") || !in->pos_flags)
        return;
    int infinitive = quoth_coarse(p, c.end + 1) == CT_VERB && !(in->pos_flags[p->t[c.end + 1].pos] & QUOTH_POS_FINITE);
    if (infinitive) a->n_content = 0; /* the caller drops it */
}

/* "Update: Health Secretary Omar Haddad says ...", "Verdict: Peter Kane,
 * 44, has been found guilty": a live blog's label and its colon open no
 * source. A source that is the label alone names no one (a statement of
 * "Verdict" had been kept); one that goes on past it starts after it. */
static void source_past_label(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    /* the colon first: the labels are asked of few sources */
    int alone = s.end == s.first + 1 && a->cue.first == s.end && quoth_punct_is(p, s.end, ":");
    if (quoth_tspan_empty(s) || !(alone || (s.end > s.first + 2 && quoth_punct_is(p, s.first + 1, ":"))) ||
        !(p->t[s.first].flags & TOK_CAPITALIZED) || !quoth_furniture_label(p, s.first))
        return;
    if (alone)
        a->source = (quoth_tspan){0, 0};
    else
        a->source.first = s.first + 2;
}

/* "TOKYO, Nov 8 (Reuters) - The carmaker will invest ..., its chief
 * executive said": a source that lies inside the place line names no one
 * (it had been "TOKYO"), and the cue's subject is looked for instead. */
static void source_not_a_dateline(const quoth_phrases *p, quoth_attribution *a) {
    if (!quoth_tspan_empty(a->source) && quoth_after_dateline(p, a->source.first) >= a->source.end)
        a->source = (quoth_tspan){0, 0};
}

/* How many tokens the first part of a content cut by a parenthetical
 * source and cue may hold. */
#define PARENTHETICAL_LEAD_MAX 24

/* Whether tokens [first, end) are free for a's content: no other
 * attribution near holds one, and none is quoted. */
static int free_for(const quoth_phrases *p, const quoth_attribution_list *list, size_t k, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (p->t[i].quote_depth || taken_near(list, k, i)) return 0;
    return 1;
}

/* Whether the part after a parenthetical source and cue needs the part
 * before: it opens with a finite verb, past adverbs ("... , Mr. Bush
 * said, celebrated", "..., normally does not get"), whose subject that
 * part is; or the part before ends with an auxiliary whose complement
 * it is ("It was, the president said, ''a stone ...''"). */
static int needs_part_before(const quoth_phrases *p, const uint8_t *pos_flags, size_t lead, size_t lead_end,
                             size_t after, size_t end) {
    /* a verb of full meaning ends a clause of its own ("Eyebrows raised,
     * ... said"), and "There was" opens none that was said */
    if ((quoth_coarse(p, lead_end - 1) == CT_AUX || is_be(p, lead_end - 1)) && !quoth_word_is(p, lead, "there")) return 1;
    /* a clause joined by "and" or "but" goes on from the one before it:
     * "Doctors are busy, she said, and few see rare cases" */
    if (after + 2 < end && (quoth_word_is(p, after, "and") || quoth_word_is(p, after, "but")) &&
        quoth_coarse(p, after + 1) != CT_VERB && quoth_coarse(p, after + 1) != CT_AUX &&
        quoth_holds_finite_verb(p, pos_flags, lead, lead_end))
        return 1;
    size_t v = after;
    while (v < end && v < after + 3 && quoth_coarse(p, v) == CT_ADV) v++;
    return v < end && !p->t[v].quote_depth && pos_flags && (pos_flags[p->t[v].pos] & QUOTH_POS_FINITE);
}

/* "The museum, Mr. Bush said, celebrated several of his heroes", "Hawaii,
 * as one of his advisers pointed out, normally does not get ...": a
 * source and cue set off by commas inside the sentence cut its content in
 * two, and PolNeAR gives the attribution both parts. The tagger, which
 * reads the words before the source without knowing a cue follows, had
 * given it the part after only (train: 178 such gold attributions). The
 * part before runs from the sentence's start, past a connective ("But"),
 * to the comma before the source; the part after starts at the comma
 * after the cue (a time or place may come between: "he told me on
 * Friday,"). Only when the part after needs it: an opening phrase of time
 * or place ("In a statement Thursday, Trump said, ...") is no part of
 * what was said, and neither is anything before a quotation. */
static void parenthetical_content(const quoth_phrases *p, const uint8_t *pos_flags,
                                  const quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    if (a->n_content != 1 || quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue) ||
        a->source.end > a->cue.first || a->source.first < 2)
        return;
    size_t open = a->source.first - 1; /* the comma before the source */
    if (quoth_word_is(p, open, "as")) open--;
    if (!quoth_punct_is(p, open, ",")) return;
    size_t close = a->cue.end; /* the comma after the cue */
    while (close < p->n && close < a->cue.end + QUOTH_MAX_PHRASE / 2 && !quoth_punct_is(p, close, ",")) {
        int c = quoth_coarse(p, close);
        if (c == CT_VERB || c == CT_AUX || c == CT_PUNCT || p->t[close].quote_depth) return;
        close++;
    }
    if (close >= p->n || !quoth_punct_is(p, close, ",") || p->t[close].sentence != p->t[open].sentence) return;
    size_t first = quoth_past_connective(p, quoth_sentence_first(p, open), open), end = quoth_sentence_end(p, open);
    quoth_tspan *c = &a->content[0];
    if (first >= open || open - first > PARENTHETICAL_LEAD_MAX || c->first != close + 1 || c->end > end ||
        !needs_part_before(p, pos_flags, first, open, close + 1, end) || !free_for(p, list, k, first, open))
        return;
    a->content[1] = *c;
    *c = (quoth_tspan){(uint32_t)first, (uint32_t)open};
    a->n_content = 2;
}

/* How many attributions after one are asked whether their parenthetical
 * cue stops its content: the list is in order, so those that start
 * within a content come right after it. */
#define PARENTHETICAL_LOOKAHEAD 16

/* Whether attribution b's source and cue stand set off inside sentence
 * `sentence`, after a comma: "Doctors are busy, she said, and ...". */
static int set_off_in(const quoth_phrases *p, const quoth_attribution *b, uint32_t sentence) {
    return !quoth_tspan_empty(b->source) && !quoth_tspan_empty(b->cue) && b->source.end <= b->cue.first &&
           p->t[b->cue.first].sentence == sentence && b->source.first > quoth_sentence_first(p, b->cue.first) &&
           quoth_punct_is(p, b->source.first - 1, ",");
}

/* A content that runs on into a later sentence ends before one whose own
 * source and cue stand set off inside it: "the case was "a failure."
 * | Doctors are busy, she said, and few see rare cases." The tagger had
 * run the first content on, and the second sentence's lead was lost. */
static void content_stops_before_parenthetical(const quoth_phrases *p, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    if (!a->n_content) return;
    quoth_tspan *c = &a->content[a->n_content - 1];
    /* to the sentence the content stops in, maybe before the set-off source */
    uint32_t from = p->t[c->first].sentence, to = p->t[c->end < p->n ? c->end : c->end - 1].sentence;
    for (size_t j = k + 1; from < to && j < list->n && j <= k + PARENTHETICAL_LOOKAHEAD; j++) {
        const quoth_attribution *b = &list->a[j];
        if (quoth_tspan_empty(b->cue)) continue;
        uint32_t s = p->t[b->cue.first].sentence;
        if (s > from && s <= to && set_off_in(p, b, s)) {
            c->end = (uint32_t)quoth_sentence_first(p, b->cue.first);
            return;
        }
    }
}

/* "The traders' association, through its lawyer Mr Peter Otieno, had
 * argued ...", "The governor, Daniel Dakwak, in a statement by his
 * spokesman, Emmanuel Gyang, described ...": the lawyer or the spokesman
 * is the channel; the one who argues is the noun phrase that opens the
 * sentence, up to its comma (the sixth audit's; each had been the
 * channel's). */
static void source_not_a_channel(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const CHANNELS[] = {"lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman",
                                           "spokesperson", "publicist", "representative", "agent", "counsel"};
    size_t s = a->source.first;
    if (quoth_tspan_empty(a->source) || s < 3 || a->source.end > a->cue.first || quoth_coarse(p, s) != CT_POSS ||
        !(quoth_word_is(p, s - 1, "through") || quoth_word_is(p, s - 1, "by") || quoth_word_is(p, s - 1, "via")))
        return;
    int channel = quoth_word_in(p, s + 1, CHANNELS, sizeof CHANNELS / sizeof *CHANNELS);
    size_t opening = quoth_sentence_first(p, s), comma = opening;
    while (comma < s && !quoth_punct_is(p, comma, ",")) comma++;
    if (!channel || comma == opening || comma >= s) return;
    /* the name set off after its noun is part of it: "The state governor, Daniel Dakwak," */
    size_t end = comma;
    if (comma + 2 < s && (p->t[comma + 1].flags & TOK_CAPITALIZED)) {
        size_t next = comma + 1;
        while (next < s && !quoth_punct_is(p, next, ",")) next++;
        if (next < s && next > comma + 1) end = next + 1;
    }
    a->source = (quoth_tspan){(uint32_t)opening, (uint32_t)end};
}

/* "Mayor Ines Valadares of Monchique accused ...": a source that the
 * tagger began after the "of" of a name's place is that name's, with the
 * place (it had been "Monchique", the town). */
static void source_before_of(const quoth_phrases *p, quoth_attribution *a) {
    size_t s = a->source.first;
    if (quoth_tspan_empty(a->source) || s < 2 || !quoth_word_is(p, s - 1, "of")) return;
    /* the name and its title open the sentence, in capitals (the tagger
     * reads names it does not know as anything: "Ines/VBZ Valadares/NNS") */
    size_t opening = quoth_sentence_first(p, s);
    for (size_t i = opening; i + 1 < s; i++)
        if (!(p->t[i].flags & TOK_CAPITALIZED) || quoth_coarse(p, i) == CT_DET) return;
    if (opening + 1 < s) a->source.first = (uint32_t)opening;
}

/* How many words "was quoted by ... as saying" may put between "by" and
 * "as". */
#define QUOTED_BY_MAX 8

/* "Mohammed Ag Ilyas was quoted by the newspaper Al-Sahra as saying that
 * ...": the subject said it, and the medium that quotes him is no source
 * (the tagger had taken "the newspaper Al-Sahra" for the source and its
 * name and "as saying" for the cue; the eighteenth audit's). The cue runs
 * from "was" to "saying", as with "was quoted as saying". */
static void quoted_by_as_saying(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->cue.end < 2 || !quoth_word_is(p, a->cue.end - 1, "saying") ||
        !quoth_word_is(p, a->cue.end - 2, "as"))
        return;
    size_t as = a->cue.end - 2, by = as;
    while (by > 0 && as - by <= QUOTED_BY_MAX && !quoth_word_is(p, by, "by") && !(p->t[by].flags & TOK_PUNCT)) by--;
    if (by < 3 || !quoth_word_is(p, by, "by") || !quoth_word_is(p, by - 1, "quoted") || by + 1 == as) return;
    size_t aux = by - 2;
    if (!quoth_word_is(p, aux, "was") && !quoth_word_is(p, aux, "is") && !quoth_word_is(p, aux, "were") &&
        !quoth_word_is(p, aux, "been"))
        return;
    if (quoth_word_is(p, aux, "been") && aux > 0 && (quoth_word_is(p, aux - 1, "has") || quoth_word_is(p, aux - 1, "have")))
        aux--;
    size_t first = quoth_sentence_first(p, aux), end = aux, commas = 0;
    if (end == first) return;
    for (size_t i = first; i < end; i++) {
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX || p->t[i].quote_depth) return;
        commas += quoth_punct_is(p, i, ",");
    }
    /* an apposition's closing comma is the source's, as the tagger's are */
    if (commas == 1 && quoth_punct_is(p, end - 1, ",")) end--;
    a->source = (quoth_tspan){(uint32_t)first, (uint32_t)end};
    a->cue.first = (uint32_t)aux;
}

/* How many words "figures from ..." takes after its noun at most. */
#define DATA_ORIGIN_MAX 10

/* "according to figures from the Ministry of Finance", "according to data
 * compiled by Lumen Analytics": numbers are their maker's, and PolNeAR's
 * sources hold the maker ("recent data from comScore"). A source that the
 * tagger ended on the noun of the numbers goes on over "from" or "by" to
 * the end of the phrase (it had been "figures", no one's). */
static void source_with_data_origin(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const DATA[] = {"figures", "data", "statistics", "numbers", "estimates", "records",
                                       "tally", "count", "results", "projections", "calculations", "report",
                                       "study", "survey", "analysis", "review", "assessment", "audit"};
    static const char *const MADE[] = {"compiled", "released", "published", "collected", "gathered", "provided",
                                       "issued", "conducted", "commissioned", "prepared"};
    size_t end = a->source.end;
    if (quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue) || a->source.first != a->cue.end || end >= p->n ||
        !quoth_word_is(p, a->cue.first, "according"))
        return;
    /* the tagger may have ended the source on the verb: "a report
     * published | on Monday by the Fairhaven Institute" (the nineteenth
     * audit's) */
    if (end > a->source.first + 1 && quoth_word_in(p, end - 1, MADE, sizeof MADE / sizeof *MADE)) end--;
    if (!quoth_word_in(p, end - 1, DATA, sizeof DATA / sizeof *DATA)) return;
    size_t j = end;
    if (quoth_word_in(p, j, MADE, sizeof MADE / sizeof *MADE)) j++;
    j = quoth_time_phrase_end(p, j, quoth_sentence_end(p, j));
    if (!quoth_word_is(p, j, "from") && !quoth_word_is(p, j, "by")) return;
    size_t stop = j + 1;
    while (stop < p->n && stop - end <= DATA_ORIGIN_MAX && p->t[stop].sentence == p->t[end].sentence &&
           !(p->t[stop].flags & TOK_PUNCT) && !in_content(a, stop))
        stop++;
    /* the maker must be named, and the phrase end where the clause does */
    if (stop == j + 1 || stop - end > DATA_ORIGIN_MAX || !(p->t[stop - 1].flags & TOK_CAPITALIZED) ||
        (stop < p->n && !(p->t[stop].flags & TOK_PUNCT) && !in_content(a, stop)))
        return;
    a->source.end = (uint32_t)stop;
}

/* A content that the source's own words hold is no content: a rule that
 * takes the source on past an apposition ("Acme Robotics, a maker of
 * robots, today announced ...", where the tagger had read "today" as the
 * source) takes with it the words the tagger had read as a first content.
 * One token is never both what a statement says and who says it. */
static void content_out_of_source(quoth_attribution *a) {
    if (a->n_content != 2 || quoth_tspan_empty(a->source)) return;
    if (quoth_tspan_contains(a->source, a->content[0])) a->content[0] = a->content[1];
    else if (!quoth_tspan_contains(a->source, a->content[1])) return;
    a->n_content = 1;
}

/* Whether the words before token v are an apposition's noun phrase with
 * its article, after a comma that follows a name ("Mark Dunn, a
 * Republican"): no subject, so a verb at v is a participle, whatever tag
 * it was given. */
static int opens_apposition(const quoth_phrases *p, size_t v) {
    size_t i = v;
    while (i > 0 && v - i < 5 && (quoth_coarse(p, i - 1) == CT_NOUN || quoth_coarse(p, i - 1) == CT_PROPN ||
                                  quoth_coarse(p, i - 1) == CT_ADJ))
        i--;
    return i >= 3 && i < v && quoth_coarse(p, i - 1) == CT_DET && quoth_punct_is(p, i - 2, ",") &&
           quoth_coarse(p, i - 3) == CT_PROPN;
}

/* Whether the cue is a participle of judging right after an apposition's
 * noun ("Stephen Breyer, a Clinton appointee considered a liberal,",
 * "Maria Costa, a banker regarded as cautious,"): a reduced relative
 * clause, in which someone unnamed judges the person named. PolNeAR
 * annotates no statement there (train's one such apposition); the tagger
 * had given it the noun, so the person judged judged himself. Outside an
 * apposition the same words are often a finite verb ("Clinton considered
 * drug companies her enemies", "what many people believed to be"), which
 * the tagger's tags do not tell apart. */
static int reduced_judgement(const quoth_phrases *p, quoth_tspan cue) {
    static const char *const JUDGED[] = {"considered", "seen", "regarded", "viewed", "deemed", "thought", "believed"};
    size_t v = cue.first;
    if (quoth_tspan_empty(cue) || v == 0 || !opens_apposition(p, v) ||
        cue.end > v + 1 + (size_t)quoth_word_is(p, v + 1, "as"))
        return 0;
    return quoth_word_in(p, v, JUDGED, sizeof JUDGED / sizeof *JUDGED);
}

/* An attribution whose cue is a reduced judgement (above) is no
 * statement; but where its content runs on past the comma that closes the
 * apposition into the sentence's own verb of saying ("Justice Brink, a
 * Hale appointee considered a liberal, nonetheless wrote that the law was
 * void"), that verb is the cue of what follows it, and the apposition its
 * source. The content is emptied when nothing is left (the caller drops
 * it). */
static void statement_past_reduced_judgement(const quoth_attrib_input *in, const quoth_phrases *p,
                                             quoth_attribution *a) {
    if (a->n_content != 1 || !reduced_judgement(p, a->cue)) return;
    quoth_tspan c = a->content[0];
    size_t comma = c.first;
    while (comma < c.end && !(quoth_punct_is(p, comma, ",") && !p->t[comma].quote_depth)) comma++;
    size_t verb = comma + 1;
    while (verb < c.end && quoth_coarse(p, verb) == CT_ADV) verb++;
    int finite = !in->pos_flags || (in->pos_flags[p->t[verb].pos] & QUOTH_POS_FINITE);
    if (verb + 1 >= c.end || !(p->t[verb].lex & LEX_CUE) || !finite) {
        a->n_content = 0;
        return;
    }
    a->cue = (quoth_tspan){(uint32_t)verb, (uint32_t)verb + 1};
    a->content[0].first = (uint32_t)verb + 1;
}

/* How many words an outlet named after its verb may have ("reports the
 * agency", "writes the newspaper Kommersant"). */
#define INVERTED_SOURCE_MAX 6

/* "The Minister revealed that a plant is planned, reports the agency.":
 * a report's verb after a comma with its subject after it, as translated
 * wire copy writes it, that the tagger read as the verb's content ("the
 * agency"); the outlet is the source, and what the sentence says before
 * the comma its content (the statement inside stays one of its own). */
static void inverted_report(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const VERBS[] = {"reports", "reported", "writes", "wrote", "informs", "notes"};
    if (a->n_content != 1 || a->cue.end != a->cue.first + 1 || a->content[0].first != a->cue.end ||
        a->cue.first < 2 || !quoth_punct_is(p, a->cue.first - 1, ",") ||
        !quoth_word_in(p, a->cue.first, VERBS, sizeof VERBS / sizeof *VERBS))
        return;
    size_t end = a->content[0].end, sentence_end = quoth_sentence_end(p, a->cue.first);
    /* "reports the newspaper with reference to association circles": the
     * outlet, and how it knows, to the sentence's end */
    size_t outlet_end = quoth_np_right(p, a->content[0].first, end);
    if (outlet_end > a->content[0].first && outlet_end < end && quoth_coarse(p, outlet_end) == CT_ADP) end = outlet_end;
    if (end - a->content[0].first > INVERTED_SOURCE_MAX) return;
    for (size_t i = a->content[0].end; i < sentence_end; i++) /* the outlet ends its sentence */
        if (!(p->t[i].flags & TOK_PUNCT) || quoth_punct_is(p, i, ",")) return;
    int c = quoth_coarse(p, a->content[0].first);
    if (c != CT_DET && c != CT_PROPN) return;
    for (size_t i = a->content[0].first; i < end; i++) {
        c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || p->t[i].quote_depth) return;
    }
    size_t first = quoth_after_dateline(p, quoth_sentence_first(p, a->cue.first));
    if (first + 2 >= a->cue.first) return;
    a->source = (quoth_tspan){a->content[0].first, (uint32_t)end};
    a->content[0] = (quoth_tspan){(uint32_t)first, a->cue.first - 1};
}

/* "This informed the union on Tuesday evening.", "It announced the mayor
 * Filippo Brugnaro during a press conference.": translated news puts the
 * subject after the verb and an anaphoric "this" or "it" before it,
 * which the tagger read as source and content the other way round; the
 * noun phrase after the verb is the source, the pronoun what it said. */
static void inverted_anaphoric_report(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const VERBS[] = {"informed", "announced", "reported", "stated", "confirmed", "said",
                                        "wrote", "noted", "told", "declared"};
    quoth_tspan s = a->source;
    if (a->n_content != 1 || s.end != s.first + 1 || a->cue.end != a->cue.first + 1 || s.end != a->cue.first ||
        a->content[0].first != a->cue.end || !(p->t[s.first].flags & TOK_SENT_START) ||
        !(quoth_word_is(p, s.first, "this") || quoth_word_is(p, s.first, "it")) ||
        !quoth_word_in(p, a->cue.first, VERBS, sizeof VERBS / sizeof *VERBS))
        return;
    size_t first = a->content[0].first, end = a->content[0].end;
    int c = quoth_coarse(p, first);
    if (c != CT_DET && c != CT_PROPN) return;
    for (size_t i = first; i < end; i++) {
        c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || p->t[i].quote_depth || quoth_word_is(p, i, "that")) return;
    }
    size_t np_end = quoth_np_right(p, first, end);
    if (np_end <= first || (np_end < end && quoth_coarse(p, np_end) != CT_ADP)) return;
    a->content[0] = s;
    a->source = (quoth_tspan){(uint32_t)first, (uint32_t)np_end};
}

/* How many words an apposition after "According to NAME," may have. */
#define APPOSITION_MAX 12

/* "According to Sarah Malik, director of the Lakeside Institute, the plan
 * will fail": the words between the name's comma and the next one are who
 * she is, not what she said. PolNeAR's sources take such an apposition
 * whole, with its closing comma ("according to Andy Smith, director of
 * the University of New Hampshire Survey Center, ..."); the tagger, which
 * met few of them after an opening "According to", began the content at
 * the title. Only a noun phrase that holds a title moves ("last year" or
 * a clause after the comma stays content). */
static void apposition_out_of_content(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source, c = a->content[0];
    if (a->n_content != 1 || quoth_tspan_empty(s) || a->cue.end != s.first || a->cue.end != a->cue.first + 2 ||
        !quoth_word_is(p, a->cue.first, "according") || c.first != s.end + 1 || !quoth_punct_is(p, s.end, ",") ||
        quoth_coarse(p, s.end - 1) != CT_PROPN)
        return;
    for (size_t i = s.first; i < s.end; i++) /* a source with an apposition already has its own */
        if (quoth_punct_is(p, i, ",")) return;
    size_t comma = c.first;
    int titled = 0;
    for (; comma < c.end && comma < c.first + APPOSITION_MAX && !quoth_punct_is(p, comma, ","); comma++) {
        int k = quoth_coarse(p, comma);
        if (p->t[comma].quote_depth || (p->t[comma].flags & TOK_PUNCT) || k == CT_VERB || k == CT_AUX ||
            k == CT_PRON || (in->pos_flags && (in->pos_flags[p->t[comma].pos] & QUOTH_POS_FINITE)))
            return;
        titled |= (p->t[comma].lex & LEX_TITLE) != 0;
    }
    if (!titled || comma + 2 >= c.end || !quoth_punct_is(p, comma, ",")) return;
    a->source.end = (uint32_t)comma + 1;
    a->content[0].first = (uint32_t)comma + 1;
}

/* "One memo, dated March 2021, states that ...": a cue verb in -s that
 * the tagger read as a plural noun, after a comma and before "that",
 * is the verb of the sentence (its statement had been dropped without a
 * source). */
static int verb_read_as_plural(const quoth_phrases *p, size_t i) {
    return i > 0 && quoth_coarse(p, i) == CT_NOUN && (p->t[i].lex & (LEX_CUE | LEX_FORM_3SG)) == (LEX_CUE | LEX_FORM_3SG) &&
           quoth_punct_is(p, i - 1, ",") && quoth_word_is(p, i + 1, "that");
}

/* The first readings, before any attribution's spans are looked at by
 * another's rules: the statements read the other way round, and the
 * sources that name no one. */
static void reread_statement(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                             size_t k) {
    inverted_report(p, &list->a[k]);
    inverted_anaphoric_report(p, &list->a[k]);
    trailing_report(p, list, k);
    source_cut_at_relative(p, &list->a[k]);
    source_not_a_dateline(p, &list->a[k]);
    source_past_label(p, &list->a[k]);
    source_told_in_headline(in, p, &list->a[k]);
    source_not_a_clause_tail(p, &list->a[k]);
    source_before_of(p, &list->a[k]);
    source_not_a_channel(p, &list->a[k]);
}

/* The source as the tagger read it, set right: its extent, and the words
 * it shares with the cue and the content. */
static void mend_source(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                        size_t k) {
    statement_past_reduced_judgement(in, p, &list->a[k]);
    source_not_a_date(in, p, &list->a[k]);
    judged_subject_no_source(p, &list->a[k]);
    relative_pronoun_source(p, &list->a[k]);
    pronoun_subject_source(p, &list->a[k]);
    source_past_relative_clause(p, &list->a[k]);
    source_past_opening_place(p, &list->a[k]);
    source_past_opening_phrase(p, &list->a[k]);
    source_with_title_of_possessor(p, &list->a[k]);
    subject_from_start(p, in->pos_flags, list, k);
    source_before_for_part(p, &list->a[k]);
    subject_before_medium_aside(p, &list->a[k]);
    source_without_medium(p, &list->a[k]);
    apposition_out_of_content(in, p, &list->a[k]);
    close_apposition(p, &list->a[k]);
    name_out_of_cue(in, p, &list->a[k]);
    name_opening_cue(p, &list->a[k]);
    noun_out_of_cue(p, &list->a[k]);
    head_noun_out_of_cue(p, &list->a[k]);
    according_to_participle(p, &list->a[k]);
    source_with_data_origin(p, &list->a[k]);
    quoted_by_as_saying(p, &list->a[k]);
    subject_with_relative_before_cue(p, &list->a[k]);
    source_before_closed_relative(p, &list->a[k]);
    source_over_field_list(p, &list->a[k]);
    name_apposed_before_cue(p, &list->a[k]);
}

/* The cue's extent (its punctuation, prepositions and particles) and
 * where the content starts and ends. */
static void mend_cue_and_content(const quoth_phrases *p, quoth_attribution *a) {
    cue_punctuation(p, a);
    cue_trailing_preposition(p, a);
    content_past_circumstance(p, a);
    content_before_aside(p, a);
    content_of_one_answer(p, a);
    cue_without_circumstance(p, a);
    phrasal_particle(p, a);
    recipient_out_of_content(p, a);
    content_past_fragment(p, a);
}

/* Whether a's cue is a verb whose subject is its source, and a has none:
 * not a judged subject (judged_subject_no_source()). */
static int wants_subject(const quoth_phrases *p, const quoth_attribution *a) {
    if (!quoth_tspan_empty(a->source) || quoth_tspan_empty(a->cue) || a->subject_judged) return 0;
    size_t cue = a->cue.first;
    size_t lead = cue; /* the verb after adverbs: "promptly voted against" */
    while (lead + 1 < a->cue.end && quoth_coarse(p, lead) == CT_ADV) lead++;
    /* the subject of a passive is what is reported, not who reports
     * it ("Obama's veto is expected to come ...") */
    if ((quoth_coarse(p, lead) != CT_VERB && !verb_read_as_plural(p, lead)) || is_passive(p, cue) ||
        cue_is_passive(p, a->cue))
        return 0;
    return 1;
}

/* The source of a cue that still has none: the subject of its verb, in
 * the dependency tree when there is one, else the first of the readings
 * of the words around that finds one. */
static void source_of_cue_verb(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                               size_t k) {
    quoth_attribution *a = &list->a[k];
    if (!wants_subject(p, a)) return;
    size_t cue = a->cue.first;
    size_t verb = cue_verb(p, a->cue);
    if (in->rels && p->t[verb].rel != QUOTH_NO_REL) {
        a->source = tree_subject(p, in->rels, verb);
        return;
    }
    a->source = participle_source(p, list, k);
    if (quoth_tspan_empty(a->source)) a->source = quoth_sentence_subject(p, cue);
    if (quoth_tspan_empty(a->source)) a->source = previous_source(p, list, k);
    if (quoth_tspan_empty(a->source)) a->source = aged_name_before_cue(p, a->cue.first);
    if (quoth_tspan_empty(a->source)) a->source = np_before_cue(p, a);
    source_not_a_date(in, p, a); /* the subject found may be one too */
    source_past_party_label(p, a);
    source_past_relative_clause(p, a); /* or the relative clause's "who" */
    source_before_closed_relative(p, a);
    if (quoth_tspan_empty(a->source)) {
        quoth_tspan subject = subject_with_apposition(in, p, a->cue.first);
        /* not a content's own words ("The ad, titled “Unifier?”, concludes") */
        if (a->n_content && a->content[a->n_content - 1].end > subject.end) a->source = subject;
    }
    if (quoth_tspan_empty(a->source)) a->source = subject_before_participle_aside(p, cue);
}

/* The contents that a parenthetical source and cue, or a judged subject,
 * cut in two, and those that run on into a later sentence's. */
static void contents_in_parts(const quoth_phrases *p, const uint8_t *pos_flags, quoth_attribution_list *list) {
    for (size_t k = 0; k < list->n; k++) content_stops_before_parenthetical(p, list, k);
    for (size_t k = 0; k < list->n; k++)
        if (list->a[k].subject_judged) judged_subject_in_content(p, list, k);
        else parenthetical_content(p, pos_flags, list, k);
}

/* The attributions that stay: not a question put in an aside, and with a
 * content left past the place lines. */
static void keep_statements(const quoth_phrases *p, quoth_attribution_list *list) {
    size_t kept = 0, aside_budget = QUESTION_ASIDE_SCANS * (list->n + 1);
    for (size_t k = 0; k < list->n; k++) {
        content_out_of_source(&list->a[k]);
        if (list->a[k].n_content && !question_put_in_aside(p, list, k, &aside_budget) &&
            skip_datelines(p, &list->a[k]))
            list->a[kept++] = list->a[k];
    }
    list->n = kept;
}

/* Each pass runs over all the attributions, in text order, before the
 * next: a rule may look at the attributions around (taken_near()). */
void quoth_attribution_infer_sources(const quoth_attrib_input *in, quoth_attribution_list *list) {
    quoth_phrases p = quoth_phrases_of(in->tokens);
    if (list->n) qsort(list->a, list->n, sizeof *list->a, by_start);
    for (size_t k = 0; k < list->n; k++) reread_statement(in, &p, list, k);
    for (size_t k = 0; k < list->n; k++) {
        mend_source(in, &p, list, k);
        mend_cue_and_content(&p, &list->a[k]);
        sender_of_document(&p, &list->a[k]);
    }
    for (size_t k = 0; k < list->n; k++) source_of_cue_verb(in, &p, list, k);
    contents_in_parts(&p, in->pos_flags, list);
    keep_statements(&p, list);
}
