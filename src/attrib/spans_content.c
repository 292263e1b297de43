/*
 * spans_content.c - each attribution's cue and content set right, once its
 * source is (spans_sources.c): the cue's punctuation, the prepositions
 * and particles it takes or leaves, a content that opens with where it
 * was said or with the one told, or runs into the writer's aside
 * (quoth_spans_mend_cue_and_content()); then, once every source is found,
 * the contents that a source set off inside the sentence or a judged
 * subject cut in two (quoth_spans_contents_in_parts()). spans.c runs
 * both in its passes.
 */
#include "attrib/spans.h"

#include "attrib/phrase.h"

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

/* How many words a circumstance after a cue may have ("outside
 * parliament", "at the gates of the plant"). */
#define CIRCUMSTANCE_MAX 6

/* '"We are not going anywhere," the protesters chanted outside
 * parliament.': after a quotation and its source and cue, a few words to
 * the sentence's end that hold no verb and no quotation tell where or
 * when it was said, not a second part of what was (the tagger had read
 * "outside", which it tags an adjective there, as a content's start). */
static void circumstance_after_quotation(const quoth_phrases *p, quoth_attribution *a) {
    /* where and when; not "of", "about" or "to", whose object is what the
     * words are about, a part of the content in PolNeAR ('"...," Mr.
     * Guerrero said of Mr. Trump') */
    static const char *const OPENS[] = {"outside", "inside", "at", "in", "on", "during", "after", "before", "near",
                                        "from", "amid", "outdoors", "afterwards", "later"};
    if (a->n_content != 2 || quoth_tspan_empty(a->cue)) return;
    quoth_tspan first = a->content[0], second = a->content[1];
    if (!(p->t[first.first].flags & TOK_QUOTE_OPEN) || first.end > a->cue.first || second.first != a->cue.end ||
        second.end - second.first > CIRCUMSTANCE_MAX || !quoth_word_in(p, second.first, OPENS, sizeof OPENS / sizeof *OPENS))
        return;
    for (size_t i = second.first; i < second.end; i++) {
        int c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX || (p->t[i].flags & TOK_QUOTE) || p->t[i].quote_depth) return;
    }
    size_t end = second.end; /* the words run to the sentence's end */
    while (end < p->n && (p->t[end].flags & TOK_PUNCT) && !(p->t[end].flags & TOK_QUOTE) &&
           p->t[end].sentence == p->t[second.first].sentence)
        end++;
    if (end < p->n && p->t[end].sentence == p->t[second.first].sentence) return;
    a->n_content = 1;
}

/* "As the general stressed , the troops will remain": a comma that
 * translated copy sets off with spaces opens no content (the tagger had
 * begun the content with it). */
static void content_past_leading_comma(const quoth_phrases *p, quoth_attribution *a) {
    for (int k = 0; k < a->n_content; k++) {
        quoth_tspan *c = &a->content[k];
        if (c->end > c->first + 2 && quoth_punct_is(p, c->first, ",") && !p->t[c->first].quote_depth) c->first++;
    }
}

/* "a police official said on condition of anonymity because he was not
 * authorized to speak": why the source is not named is no part of what
 * it said (the tagger had made it a second content, and "said on
 * condition of" the cue). */
static void anonymity_is_no_content(const quoth_phrases *p, quoth_attribution *a) {
    for (int k = a->n_content; k-- > 0;) {
        size_t first = a->content[k].first;
        if (a->n_content < 2 || first < 2 || !quoth_word_is(p, first, "anonymity") ||
            !quoth_word_is(p, first - 1, "of") || !quoth_word_is(p, first - 2, "condition"))
            continue;
        if (k == 0) a->content[0] = a->content[1];
        a->n_content--;
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

/* Whether the word at k of a cue that opens at `first` asks someone to
 * act: an appeal's verb, or the "on" of "called on". */
static int appeal_word(const quoth_phrases *p, size_t k, size_t first) {
    static const char *const APPEAL[] = {"urge",  "urged",  "urges",  "urging",  "ask",     "asked",
                                         "asks",  "asking", "order",  "ordered", "orders",  "ordering",
                                         "implore", "implored", "imploring", "encourage", "encouraged",
                                         "encourages", "encouraging", "beg", "begged", "begging",
                                         "instructed", "exhorted", "pressed", "pressing", "on"};
    if (!quoth_word_in(p, k, APPEAL, sizeof APPEAL / sizeof *APPEAL)) return 0;
    /* "called on": the particle is the cue's last word, its verb "call" */
    return !quoth_word_is(p, k, "on") || (k > first && quoth_starts_with(p, k - 1, "call"));
}

/* Whether content c opens with "to" and a verb. */
static int to_infinitive(const quoth_phrases *p, quoth_tspan c) {
    return c.end >= c.first + 2 && quoth_word_is(p, c.first, "to") &&
           (quoth_coarse(p, c.first + 1) == CT_VERB || quoth_coarse(p, c.first + 1) == CT_AUX);
}

/* "urged the regional water authority | to lift its cap": what an appeal
 * asks is the one asked with the rest, and PolNeAR gives the one asked to
 * the content (train gold, a noun phrase then "to": "urged" 23 times
 * against 6, "asked" 32 against 6, "encouraged" 6 against 1, "ordered" 5
 * against 0), where the tagger now and then starts the content at "to".
 * Only a noun phrase may stand between cue and content. */
static void appeal_takes_the_one_asked(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || !a->n_content) return;
    quoth_tspan *c = &a->content[0];
    if (!to_infinitive(p, *c)) return;
    /* "has called on police | to release the videos": the cue took the one
     * asked (dev's gold: "has called on"); it goes to the content */
    for (size_t k = a->cue.first; c->first == a->cue.end && k + 1 < a->cue.end; k++)
        if (appeal_word(p, k, a->cue.first) && phrase_end(p, k + 1, a->cue.end) == a->cue.end) {
            c->first = (uint32_t)k + 1;
            a->cue.end = (uint32_t)k + 1;
            return;
        }
    if (c->first > a->cue.end && appeal_word(p, a->cue.end - 1, a->cue.first) &&
        phrase_end(p, a->cue.end, c->first) == c->first)
        c->first = (uint32_t)a->cue.end;
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
    size_t v = quoth_passive_participle(p, a->cue);
    if (v < a->cue.end && quoth_word_in(p, v, RECIPIENTS, sizeof RECIPIENTS / sizeof *RECIPIENTS)) return;
    size_t first = quoth_sentence_first(p, a->cue.first), left = a->cue.first;
    while (left > first && a->cue.first - left < 3 &&
           (quoth_is_be(p, left - 1) || quoth_coarse(p, left - 1) == CT_ADV || quoth_coarse(p, left - 1) == CT_AUX))
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
        if (p->t[i].quote_depth || quoth_punct_is(p, i, ",") || quoth_taken_near(list, k, i)) return;
    a->content[1] = a->content[0];
    a->content[0] = (quoth_tspan){(uint32_t)np, (uint32_t)left};
    a->n_content = 2;
}

/* How many tokens the first part of a content cut by a parenthetical
 * source and cue may hold. */
#define PARENTHETICAL_LEAD_MAX 24

/* Whether tokens [first, end) are free for a's content: no other
 * attribution near holds one, and none is quoted. */
static int free_for(const quoth_phrases *p, const quoth_attribution_list *list, size_t k, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (p->t[i].quote_depth || quoth_taken_near(list, k, i)) return 0;
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
    if ((quoth_coarse(p, lead_end - 1) == CT_AUX || quoth_is_be(p, lead_end - 1)) && !quoth_word_is(p, lead, "there")) return 1;
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

/* "said only that ...": the "only" limits the saying, and PolNeAR's
 * content starts at "that" (train's gold, 4 of 4), with the "only" in the
 * cue when it follows it (3 of 4: "said only", "saying only"). */
static void only_out_of_content(const quoth_phrases *p, quoth_attribution *a) {
    if (!a->n_content) return;
    quoth_tspan *c = &a->content[0];
    if (c->end < c->first + 3 || !quoth_word_is(p, c->first, "only") || !quoth_word_is(p, c->first + 1, "that")) return;
    if (!quoth_tspan_empty(a->cue) && a->cue.end == c->first) a->cue.end++;
    c->first++;
}

void quoth_spans_mend_cue_and_content(const quoth_phrases *p, quoth_attribution *a) {
    cue_punctuation(p, a);
    cue_trailing_preposition(p, a);
    content_past_circumstance(p, a);
    content_before_aside(p, a);
    content_of_one_answer(p, a);
    cue_without_circumstance(p, a);
    phrasal_particle(p, a);
    recipient_out_of_content(p, a);
    appeal_takes_the_one_asked(p, a);
    content_past_fragment(p, a);
    circumstance_after_quotation(p, a);
    anonymity_is_no_content(p, a);
    content_past_leading_comma(p, a);
    only_out_of_content(p, a);
}

void quoth_spans_contents_in_parts(const quoth_phrases *p, const uint8_t *pos_flags, quoth_attribution_list *list) {
    for (size_t k = 0; k < list->n; k++) content_stops_before_parenthetical(p, list, k);
    for (size_t k = 0; k < list->n; k++)
        if (list->a[k].subject_judged) judged_subject_in_content(p, list, k);
        else parenthetical_content(p, pos_flags, list, k);
}
