/*
 * spans.c - each attribution's source, cue and content set right, once the
 * rules' and the tagger's are merged (quoth_attribution_infer_sources()).
 *
 * The tagger learned PolNeAR's spans, and the rules find what it misses,
 * but neither sees the whole sentence the way its annotators did: a source
 * cut at a relative clause, a date read as a source, a cue that took the
 * preposition of its content, a content that runs into the writer's aside.
 * Each rule mends one such reading of one attribution, in passes over the
 * list in text order (quoth_attribution_infer_sources(), at the end): this
 * file's first readings of each statement (read the other way round, its
 * reporting clause at the end of the sentence, a source that names no
 * one); the sources, then the cues and contents (spans_sources.c,
 * spans_content.c); a source for the cues that still lack one (here); the
 * contents cut in two (spans_content.c); and the attributions that stay
 * (here). spans.h holds what the three files share.
 */
#include "attrib/spans.h"

#include <stdlib.h>

#include "attrib/phrase.h"

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

/* ------------------------------------------------------ first readings */

/* How many words an outlet named after its verb may have ("reports the
 * agency", "writes the newspaper Kommersant"). */
#define INVERTED_SOURCE_MAX 6

/* Whether a verb opens or ends a clause in [first, end): what a sentence
 * says before an inverted cue's comma is a clause ("Prices will fall,"),
 * not an adverbial ("On Monday,"). */
static int holds_verb(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX) return 1;
    return 0;
}

/* "The Minister revealed that a plant is planned, reports the agency.":
 * a report's verb after a comma with its subject after it, as translated
 * wire copy writes it, that the tagger read as the verb's content ("the
 * agency"); the outlet is the source, and what the sentence says before
 * the comma its content (the statement inside stays one of its own). So
 * for a verb of saying: "Prices will fall, said Smith at a briefing." had
 * been Prices' statement that "Smith at a briefing", and "We will return
 * on Monday, promised Weber." We's. */
static void inverted_report(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const VERBS[] = {"reports",  "reported", "writes",    "wrote",     "informs",  "notes",
                                        "said",     "says",     "added",     "adds",      "promised", "warned",
                                        "insisted", "stressed", "explained", "declared",  "announced", "noted",
                                        "claimed",  "argued",   "stated",    "confirmed", "replied",  "answered"};
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
    /* "Trump, who ..., said Friday that Curiel ...": a time after the verb
     * and the content after "that" are no subject */
    if (quoth_time_phrase_end(p, a->content[0].first, end) > a->content[0].first ||
        (end < a->content[0].end && quoth_word_is(p, end, "that")))
        return;
    for (size_t i = a->content[0].first; i < end; i++) {
        c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || p->t[i].quote_depth) return;
    }
    size_t first = quoth_after_dateline(p, quoth_sentence_first(p, a->cue.first));
    if (quoth_punct_is(p, first, "--")) first++; /* a dialogue's dash: "— We will return on Monday," */
    if (first + 2 >= a->cue.first || !holds_verb(p, first, a->cue.first - 1)) return;
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

/* "Human rights advocate Maria Lopez said the law was unjust.": after a
 * plural noun the tagger reads a role noun that is also a verb as the
 * verb ("rights advocate", as "rights activists advocate"), takes it for
 * the cue, and the name with its own verb of saying for the content. The
 * name's verb is the cue; the role and the name before it, the source. */
static void role_noun_read_as_cue(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const ROLES[] = {"advocate", "advocates", "chair", "head", "counsel", "judge", "monitor"};
    if (a->n_content != 1 || a->cue.end != a->cue.first + 1 || a->content[0].first != a->cue.end ||
        quoth_tspan_empty(a->source) || a->source.end != a->cue.first ||
        !quoth_word_in(p, a->cue.first, ROLES, sizeof ROLES / sizeof *ROLES))
        return;
    size_t name = a->content[0].first, verb = name;
    while (verb < a->content[0].end && verb - name < 4 && quoth_coarse(p, verb) == CT_PROPN) verb++;
    if (verb == name || verb + 1 >= a->content[0].end || !reporting_verb(p, verb)) return;
    a->source.end = (uint32_t)verb;
    a->cue = (quoth_tspan){(uint32_t)verb, (uint32_t)verb + 1};
    a->content[0].first = (uint32_t)verb + 1;
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
    size_t cue = quoth_modifiers_before(p, verb, a->content[0].first), comma = cue;
    while (comma > a->content[0].first && cue - comma <= TRAILING_SUBJECT_MAX && !quoth_punct_is(p, comma - 1, ","))
        comma--;
    if (comma <= a->content[0].first + 1 || !quoth_punct_is(p, comma - 1, ",") || !reporting_subject(p, comma, cue))
        return;
    for (size_t i = cue; i <= verb; i++) /* a cue already read there (the list is in order of start) */
        if (quoth_taken_near(list, k, i)) return;
    a->cue = (quoth_tspan){(uint32_t)cue, (uint32_t)verb + 1};
    a->source = (quoth_tspan){(uint32_t)comma, (uint32_t)cue};
    a->content[0] = (quoth_tspan){(uint32_t)first, (uint32_t)comma - 1};
}

/* How many words past a source the comma that closes its clause may be. */
#define CLAUSE_REST_MAX 12

/* Whether a comma right before the cue closes the clause that the source
 * [first, end) breaks off inside, within CLAUSE_REST_MAX words and with
 * no quotation or other comma between. */
static int closed_before_cue(const quoth_phrases *p, quoth_tspan s, quoth_tspan cue) {
    if (cue.first < s.end + 2 || cue.first - s.end > CLAUSE_REST_MAX || !quoth_punct_is(p, cue.first - 1, ","))
        return 0;
    for (size_t i = s.end; i + 1 < cue.first; i++)
        if ((p->t[i].flags & TOK_QUOTE) || quoth_punct_is(p, i, ",")) return 0;
    return 1;
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
        /* "Kerry Blythe, whose twin sons | are in Year 3, said": a clause
         * of "whose" is taken whole when its comma closes it right before
         * the cue, as PolNeAR's sources hold it ("Mr. Cruz, whose narrow
         * third-place finish ..., said"; the twenty-fourth audit's had
         * ended at "sons") */
        else if (quoth_word_is(p, k + 1, "whose") && closed_before_cue(p, s, a->cue))
            a->source.end = a->cue.first;
        return;
    }
}

/* "Harmon, a Republican who claimed the governor's office in 2022 by
 * fewer than 9,000 votes, denied ...": a source that is the apposition
 * alone, set off after the name that opens the sentence, is the name with
 * its apposition, to the comma that closes it before the cue (the tagger
 * had left the name out, and the speaker had been no one). */
static void source_from_apposition(const quoth_phrases *p, const quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first < 2 || s.end > a->cue.first || !quoth_punct_is(p, s.first - 1, ",") ||
        quoth_coarse(p, s.first) != CT_DET || quoth_coarse(p, s.first - 2) != CT_PROPN)
        return;
    size_t comma = s.first - 1, limit = quoth_sentence_first(p, comma);
    size_t name = quoth_np_left(p, comma, limit);
    if (name >= comma || name != limit) return; /* the name opens the sentence: not "said of Clinton, a top aide" */
    for (size_t i = name; i < comma; i++)
        if (quoth_coarse(p, i) != CT_PROPN || quoth_taken_near(list, k, i) || p->t[i].quote_depth) return;
    /* the apposition's rest, up to the comma that closes it before the
     * cue: without one, the name is no subject ("Clinton, a top aide
     * said, ...", "Tuesday, the senator opened") */
    size_t end = s.end;
    if (!quoth_punct_is(p, a->cue.first - 1, ",")) return;
    if (end < a->cue.first) {
        for (size_t i = end; i < a->cue.first; i++)
            if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX || p->t[i].quote_depth ||
                quoth_taken_near(list, k, i))
                return;
        end = a->cue.first;
    }
    a->source = (quoth_tspan){(uint32_t)name, (uint32_t)end};
}

/* "Earlier Ruban stated that ...", "In January the Brennhavn Musicians'
 * Guild said": a time word or phrase that opens the sentence before a
 * capitalized name or a determiner is no part of the source (the tagger
 * had taken it, and the name had been "Earlier Ruban"; a blind audit's). */
static void source_past_time_word(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const TIMES[] = {"earlier", "later", "meanwhile", "yesterday", "today", "now", "then"};
    size_t s = a->source.first;
    if (a->source.end < s + 2) return;
    if ((p->t[s].flags & TOK_SENT_START) && quoth_word_in(p, s, TIMES, sizeof TIMES / sizeof *TIMES) &&
        (p->t[s + 1].flags & TOK_CAPITALIZED)) {
        a->source.first = (uint32_t)s + 1;
        return;
    }
    /* the phrase may open before the source: "In | January the ..." */
    size_t first = quoth_sentence_first(p, s);
    size_t after = s <= first + 1 ? quoth_time_phrase_end(p, first, a->source.end) : first;
    if (after <= s && s <= first + 1) after = quoth_time_phrase_end(p, s, a->source.end);
    if (after > s && after + 1 < a->source.end && quoth_coarse(p, after) == CT_DET) a->source.first = (uint32_t)after;
}

/* "TOKYO, Nov 8 (Reuters) - The carmaker will invest ..., its chief
 * executive said": a source that lies inside the place line names no one
 * (it had been "TOKYO"), and the cue's subject is looked for instead. */
static void source_not_a_dateline(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->source)) return;
    if (quoth_after_dateline(p, a->source.first) >= a->source.end) {
        a->source = (quoth_tspan){0, 0};
        return;
    }
    /* "GUADALAJARA, Jalisco — Jalisco Governor Jorge Arriola Pelayo said":
     * one that begins inside it and goes on past it starts after it (it
     * had been "Jalisco — Jalisco Governor ...") */
    size_t after = quoth_after_dateline(p, quoth_sentence_first(p, a->source.first));
    if (after > a->source.first && after < a->source.end) a->source.first = (uint32_t)after;
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

/* "\"They are happy,\" Corinne Maddox, who represents Vance, told
 * reporters": after a quotation and a subject set off by its relative
 * clause, the tagger may take the hearer of "told" for the source and run
 * the content on to the cue. The hearer is never who speaks (no source
 * of PolNeAR train follows "told"); the words between the closing mark
 * and the cue are the source, and the content ends at the mark (it had
 * been "reporters", the fifty-fifth audit's "Stargaze Weekly"). */
static void hearer_read_as_source(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source, c = a->cue;
    if (quoth_tspan_empty(s) || a->n_content == 0 || c.end != c.first + 1 || s.first != c.end || c.first < 2 ||
        !quoth_word_is(p, c.first, "told") || !quoth_punct_is(p, c.first - 1, ","))
        return;
    quoth_tspan *k = &a->content[0]; /* the piece before the cue, when a quotation goes on after it */
    if (k->end != c.first && k->end + 1 != c.first) return;
    if (k->end < k->first + 4) return;
    for (size_t q = k->end - 3; q > k->first; q--) {
        if (!(p->t[q].flags & TOK_QUOTE_CLOSE)) continue;
        /* not a nickname's marks inside the name: "Nathaniel “Nate” Briggs" */
        if (q >= 3 && (p->t[q - 2].flags & TOK_QUOTE_OPEN) && (p->t[q - 3].flags & TOK_CAPITALIZED)) continue;
        /* a name right after the mark */
        if (!(p->t[q + 1].flags & TOK_CAPITALIZED)) return;
        a->source = (quoth_tspan){(uint32_t)(q + 1), c.first};
        k->end = (uint32_t)(q + 1);
        return;
    }
}

/* "Prime Minister Olinto Pires dos Ramos, speaking at ...": a name's
 * particle in small letters between two capitalized words, which the
 * tagger read as a verb ("dos" as "does"), is no cue: the statement
 * goes (it had been one of "Ramos"). */
static void particle_read_as_cue(const quoth_phrases *p, quoth_attribution *a) {
    size_t c = a->cue.first;
    if (a->cue.end != c + 1 || c == 0 || c + 1 >= p->n || (p->t[c].flags & TOK_CAPITALIZED) ||
        !(p->t[c - 1].flags & TOK_CAPITALIZED) || !(p->t[c + 1].flags & TOK_CAPITALIZED) || !quoth_particle_word(p, c))
        return;
    a->n_content = 0; /* the caller drops it */
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

/* '"We are ready for dialogue," - said the minister Anna Kovalenko.': a
 * quotation and its reporting clause set off by a dash, as translations
 * from languages that write dialogue so put it. The tagger read the
 * speaker after the verb as a second content, with no source (it had
 * been no statement); the speaker is the source. A step after the tagger,
 * not one of the rules': the rules' statements are features the tagger
 * was trained with. */
static void quotation_dash_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (a->n_content != 2 || !quoth_tspan_empty(a->source) || a->cue.end != a->cue.first + 1 || a->cue.first < 2)
        return;
    quoth_tspan quote = a->content[0], after = a->content[1];
    size_t dash = a->cue.first - 1, close = dash - 1;
    if (!(quoth_punct_is(p, dash, "-") || quoth_punct_is(p, dash, "--")) || after.first != a->cue.end) return;
    if (close > 0 && quoth_punct_is(p, close, ",")) close--;
    if (!(p->t[close].flags & TOK_QUOTE_CLOSE) || quote.end != close + 1 || !(p->t[quote.first].flags & TOK_QUOTE_OPEN))
        return;
    size_t np_end = quoth_np_right(p, after.first, after.end);
    if (np_end != after.end || after.end - after.first > INVERTED_SOURCE_MAX + 4) return;
    a->source = after;
    a->n_content = 1;
}

/* "Profits will double next year, its chief financial officer, Laura
 * Chen, told analysts.": a role and a name set off by commas between the
 * clause and its cue are the source; the tagger had read them as the
 * content's end, and "analysts" as the source. The clause before them
 * holds a verb. */
static void apposed_source_in_content(const quoth_phrases *p, quoth_attribution *a) {
    if (a->n_content != 1 || quoth_tspan_empty(a->cue) || a->cue.first < 6 ||
        (!quoth_tspan_empty(a->source) && a->source.first < a->cue.first))
        return;
    quoth_tspan c = a->content[0];
    if (c.end != a->cue.first - 1) return;
    size_t role = quoth_apposed_role_before(p, c.end, c.first);
    if (role < c.first + 3 || !holds_verb(p, c.first, role - 1)) return;
    a->source = (quoth_tspan){(uint32_t)role, a->cue.first};
    a->content[0].end = (uint32_t)role - 1;
}

/* "In a statement to Stargaze Weekly, a spokesman for Tessaract
 * Television, ... said": a source that the tagger opens with the
 * document or the interview it was said in starts after its comma (the
 * twenty-sixth audit's had been the paper's, a man named Weekly). */
static void source_past_document_opening(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->source)) return;
    /* the noun, the source's first word or the one after its determiner */
    size_t s = a->source.first, noun = (p->t[s].lex & LEX_DETERMINER) ? s + 1 : s;
    /* to whom it was said, not by whom it was signed ("in a statement
     * signed by its spokesperson, Mr. Wilson Eberechi," is the body's) */
    if (noun < 2 || noun + 3 >= a->source.end || !(p->t[noun - 1].lex & LEX_DETERMINER) ||
        !quoth_word_is(p, noun - 2, "in") || !(quoth_document_noun(p, noun) || quoth_word_is(p, noun, "interview")) ||
        !(quoth_word_is(p, noun + 1, "to") || quoth_word_is(p, noun + 1, "with")))
        return;
    for (size_t i = noun + 2; i + 2 < a->source.end; i++)
        if (quoth_punct_is(p, i, ",")) {
            a->source.first = (uint32_t)i + 1;
            return;
        }
}

/* The first readings, before any attribution's spans are looked at by
 * another's rules: the statements read the other way round, and the
 * sources that name no one. */
static void reread_statement(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                             size_t k) {
    inverted_report(p, &list->a[k]);
    inverted_anaphoric_report(p, &list->a[k]);
    apposed_source_in_content(p, &list->a[k]);
    quotation_dash_cue(p, &list->a[k]);
    role_noun_read_as_cue(p, &list->a[k]);
    trailing_report(p, list, k);
    source_cut_at_relative(p, &list->a[k]);
    source_from_apposition(p, list, k);
    source_not_a_dateline(p, &list->a[k]);
    source_past_time_word(p, &list->a[k]);
    source_past_label(p, &list->a[k]);
    source_told_in_headline(in, p, &list->a[k]);
    hearer_read_as_source(p, &list->a[k]);
    particle_read_as_cue(p, &list->a[k]);
    source_not_a_clause_tail(p, &list->a[k]);
    source_before_of(p, &list->a[k]);
    source_not_a_channel(p, &list->a[k]);
    source_past_document_opening(p, &list->a[k]);
}

/* ------------------------------------------------------ a source for a cue without one */

static int is_passive(const quoth_phrases *p, size_t cue) { return cue > 0 && quoth_is_be(p, cue - 1); }

/* A cue that holds a passive ("is expected", "was labeled"): a form of be
 * followed by a past participle. */
static int cue_is_passive(const quoth_phrases *p, quoth_tspan cue) {
    for (size_t i = cue.first; i + 1 < cue.end; i++)
        if (quoth_is_be(p, i) && ((p->t[i + 1].lex & LEX_FORM_PAST) || quoth_ends_with(p, i + 1, "ed"))) return 1;
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

/* "One memo, dated March 2021, states that ...": a cue verb in -s that
 * the tagger read as a plural noun, after a comma and before "that",
 * is the verb of the sentence (its statement had been dropped without a
 * source). */
static int verb_read_as_plural(const quoth_phrases *p, size_t i) {
    return i > 0 && quoth_coarse(p, i) == CT_NOUN && (p->t[i].lex & (LEX_CUE | LEX_FORM_3SG)) == (LEX_CUE | LEX_FORM_3SG) &&
           quoth_punct_is(p, i - 1, ",") && quoth_word_is(p, i + 1, "that");
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
    quoth_spans_mend_found_source(in, p, a);
    if (quoth_tspan_empty(a->source)) {
        quoth_tspan subject = subject_with_apposition(in, p, a->cue.first);
        /* not a content's own words ("The ad, titled “Unifier?”, concludes") */
        if (a->n_content && a->content[a->n_content - 1].end > subject.end) a->source = subject;
    }
    if (quoth_tspan_empty(a->source)) a->source = subject_before_participle_aside(p, cue);
}

/* ------------------------------------------------------ the attributions that stay */

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
 * (its "a.m." and the colon or dash after it) that opens token i's
 * paragraph, or i when there is none. The tagger had taken "Q: Critics"
 * for the source, and "Q" for its speaker; "23:40" had stayed in the
 * source. */
static size_t after_paragraph_label(const quoth_phrases *p, size_t i) {
    if (!(p->t[i].flags & TOK_PARA_START)) return i;
    if (clock_time(p, i)) {
        size_t k = i + 1;
        /* "3:15 p.m. —" (the twenty-fifth audit's live blogs had kept "p.m. —") */
        if (quoth_word_is(p, k, "a.m.") || quoth_word_is(p, k, "p.m.") || quoth_word_is(p, k, "am") ||
            quoth_word_is(p, k, "pm"))
            k++;
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

/* ------------------------------------------------------ the passes */

/* Each pass runs over all the attributions, in text order, before the
 * next: a rule may look at the attributions around (quoth_taken_near()). */
void quoth_attribution_infer_sources(const quoth_attrib_input *in, quoth_attribution_list *list) {
    quoth_phrases p = quoth_phrases_of(in->tokens);
    if (list->n) qsort(list->a, list->n, sizeof *list->a, by_start);
    for (size_t k = 0; k < list->n; k++) reread_statement(in, &p, list, k);
    for (size_t k = 0; k < list->n; k++) {
        quoth_spans_mend_source(in, &p, list, k);
        quoth_spans_mend_cue_and_content(&p, &list->a[k]);
        quoth_spans_sender_of_document(&p, &list->a[k]);
    }
    for (size_t k = 0; k < list->n; k++) source_of_cue_verb(in, &p, list, k);
    quoth_spans_contents_in_parts(&p, in->pos_flags, list);
    keep_statements(&p, list);
}
