/*
 * spans_sources.c - each attribution's source set right, in the second of
 * the passes that spans.c runs (quoth_spans_mend_source()): a source cut
 * at a relative clause or run on into one, a date or an opening phrase
 * read as the source, the rest of a name that the cue took, a medium or a
 * channel taken for who speaks, a judged subject that speaks for no one.
 * The same rules mend the subject that spans.c finds for a cue without a
 * source (quoth_spans_mend_found_source()). spans_content.c then sets
 * the cue and the content right.
 */
#include "attrib/spans.h"

#include <ctype.h>
#include <string.h>

#include "attrib/name_words.h"
#include "attrib/phrase.h"

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

/* "said House Speaker Paul Ryan in a statement", "said James Lewis, an
 * expert at CSIS, via email": how a source spoke is no part of it
 * (PolNeAR train: 3 of 3 such sources end before it). */
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
        if ((p->t[i].flags & TOK_PUNCT) || p->t[i].quote_depth || quoth_taken_near(list, k, i)) return 0;
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

/* "last week", "this month": a period after a word of time, a date too
 * ("A report ... published last week found" had been the week's). */
static int period_after_time_word(const quoth_phrases *p, size_t i) {
    static const char *const PERIODS[] = {"week", "month", "year", "weekend", "quarter"};
    return i > 0 && time_word(p, i - 1) && quoth_word_in(p, i, PERIODS, sizeof PERIODS / sizeof *PERIODS);
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
    /* "Acme Robotics today | announced", "The agency last week | said":
     * the day after a name is the verb's */
    size_t day = s.end >= 2 && period_after_time_word(p, s.end - 1) ? 2 : quoth_is_day_word(p, s.end - 1) ? 1 : 0;
    if (day && s.end - s.first >= day + 1 && s.end == a->cue.first &&
        (quoth_is_noun(p, s.end - day - 1) || quoth_punct_is(p, s.end - day - 1, ","))) {
        a->source.end -= (uint32_t)(quoth_punct_is(p, s.end - day - 1, ",") ? day + 1 : day);
        return;
    }
    int dates = 0;
    for (size_t i = s.first; i < s.end; i++) {
        if (quoth_is_date_word(in, p, i) || is_year(p, i) || period_after_time_word(p, i))
            dates++;
        else if (!time_word(p, i) && !quoth_punct_is(p, i, ",") && !(dates && part_of_day(p, i))) return;
    }
    if (!dates) return;
    size_t end = s.first, first = quoth_sentence_first(p, s.first);
    while (end > first && (time_word(p, end - 1) || quoth_coarse(p, end - 1) == CT_ADV)) end--; /* "later" */
    /* "A report by the Council published | last week": the participle
     * ends the noun phrase that speaks */
    int published = end > first + 1 && quoth_sends_document(p, end - 1) && quoth_ends_with(p, end - 1, "ed") &&
                    quoth_np_left(p, end - 1, first) < end - 1; /* not "was filed in 2012" */
    size_t start = quoth_np_left(p, published ? end - 1 : end, first);
    /* and the noun phrase of the report holds its author, "A report | by
     * the Council", and speaks with its participle and date */
    if (published && start > first + 1 && quoth_word_is(p, start - 1, "by")) {
        size_t report = quoth_np_left(p, start - 1, first);
        if (report < start - 1) start = report;
    }
    if (published && start < end - 1) end = s.end;
    /* "in the wake of the party's defeat in 2012 urged": a preposition's
     * object is no subject */
    int object = start > first && quoth_coarse(p, start - 1) == CT_ADP;
    a->source = start < end && !object ? (quoth_tspan){(uint32_t)start, (uint32_t)end} : (quoth_tspan){0, 0};
}

/* "Q&A: New police chief on ...", "Analysis: ...", "Watch: ...": a
 * headline's label of what kind of piece it is, before the colon that
 * the tagger reads as a cue (as it should in "Poll: ..." and "Sanders:
 * ..."), names no one, and what follows is the headline, no statement:
 * the attribution goes (keep_statements() keeps none without a content).
 * Matched on the source's words run together, lower case ("q&a" is three
 * tokens). */
static int piece_label(const quoth_phrases *p, quoth_tspan s) {
    static const char *const LABELS[] = {"q&a",     "analysis", "opinion",  "explainer", "watch",    "live",
                                         "video",   "photos",   "inpictures", "exclusive", "breaking", "update",
                                         "editorial", "interview", "podcast", "factbox",   "factcheck", "timeline",
                                         "listen"};
    char run[16];
    size_t n = 0;
    for (size_t i = s.first; i < s.end; i++) {
        const char *w = quoth_token_norm(p->tl, i);
        size_t len = p->t[i].norm_len;
        if (n + len >= sizeof run) return 0;
        for (size_t k = 0; k < len; k++) run[n++] = (char)tolower((unsigned char)w[k]);
    }
    run[n] = 0;
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (strcmp(run, LABELS[i]) == 0) return 1;
    return 0;
}

static void source_not_a_piece_label(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || a->cue.end != a->cue.first + 1 || !quoth_punct_is(p, a->cue.first, ":")) return;
    if (piece_label(p, s)) a->n_content = 0;
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
    size_t v = quoth_passive_participle(p, cue);
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

/* "Bernie Sanders, who cites ...", "the Post, which reported ...": a cue
 * in a relative clause has the relative pronoun for its source in
 * PolNeAR (train: "who" right before a cue, its auxiliaries and adverbs
 * passed, is the source of 369 of 413 gold attributions; "which" of 66 of
 * 97; "that" of fewer than half, and is left alone). The speakers resolve
 * it to the name before it (speakers.c, resolve_relative). Not a question's
 * "who", which opens its sentence. */
static void relative_pronoun_source(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || a->subject_judged) return;
    size_t first = quoth_sentence_first(p, a->cue.first), rel = quoth_modifiers_before(p, a->cue.first, first);
    if (rel <= first + 1) return;
    rel--;
    if (!quoth_word_is(p, rel, "who") && !quoth_word_is(p, rel, "which")) return;
    if (!quoth_tspan_empty(a->source) && a->source.end > rel + 1) return; /* a source after the cue */
    if (quoth_in_content(a, rel)) return;
    a->source = (quoth_tspan){(uint32_t)rel, (uint32_t)rel + 1};
}

/* "Franken, asked about the bill, ... he said": a personal pronoun right
 * before the cue (its auxiliaries and adverbs passed) is its subject, and
 * PolNeAR's source (train gold: 2,983 of 3,066), where the tagger had
 * taken a name further back for it. */
static void pronoun_subject_source(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const SUBJECTS[] = {"he", "she", "they", "we", "i"};
    if (quoth_tspan_empty(a->cue) || a->subject_judged) return;
    size_t first = quoth_sentence_first(p, a->cue.first), lead = quoth_modifiers_before(p, a->cue.first, first);
    if (lead == first) return;
    size_t pron = lead - 1;
    if (!quoth_word_in(p, pron, SUBJECTS, sizeof SUBJECTS / sizeof *SUBJECTS) || quoth_tspan_empty(a->source) ||
        a->source.end > pron)
        return;
    if (quoth_in_content(a, pron)) return;
    a->source = (quoth_tspan){(uint32_t)pron, (uint32_t)pron + 1};
}

/* "A police spokesman, who spoke on condition of anonymity because he
 * was not authorised to talk to the media, said ...": a pronoun inside a
 * relative clause that closes with a comma before the cue is no source of
 * it; the noun phrase the clause hangs on is (the tagger had given "he"). */
static void pronoun_inside_relative_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first), lead = quoth_modifiers_before(p, a->cue.first, s.end);
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

/* Where the noun phrase that ends before the comma at `comma` starts, or
 * `comma` when none does: "The 41-year-old", which the tagger reads as an
 * adjective alone, is one too. */
static size_t np_before_comma(const quoth_phrases *p, size_t comma, size_t first) {
    size_t left = quoth_np_left(p, comma, first);
    if (left == comma && comma >= first + 1 && quoth_ends_with(p, comma - 1, "-year-old"))
        left = comma - 1 > first && quoth_coarse(p, comma - 2) == CT_DET ? comma - 2 : comma - 1;
    return left;
}

/* "Podesta, who said the project was vetted, said ...", "The
 * 41-year-old, whose novel Glass Harbour won the prize, said": a source
 * that begins a relative clause after a comma, the clause closing with a
 * comma before the cue, is the noun phrase the clause hangs on (train,
 * out of sample: 20 of 27 such "who" were not the gold's; the eighth
 * audit's novel had spoken). */
static void source_before_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first), lead = quoth_modifiers_before(p, a->cue.first, s.end);
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
    size_t left = np_before_comma(p, s.first - 1, first);
    if (left < s.first - 1) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)s.first - 1};
}

/* "Fire company president Walt Sobieski, who testified at the hearing,
 * said": a source that is a whole relative clause, closed by the comma
 * before the cue, is no one; the noun phrase it hangs on is, with the
 * clause, as PolNeAR writes such a source more often than not (train
 * gold: 176 against 103). The tagger had given the clause alone. */
static void source_over_its_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    size_t first = quoth_sentence_first(p, s.first), lead = quoth_modifiers_before(p, a->cue.first, s.end);
    /* the clause may close after the tagger's source ("who has worked at
     * the plant | since she was nineteen,"; the forty-eighth audit's) */
    if (!(quoth_word_is(p, s.first, "who") || quoth_word_is(p, s.first, "which")) || s.first < first + 2 ||
        !quoth_punct_is(p, s.first - 1, ",") || lead == 0 || !quoth_punct_is(p, lead - 1, ",") || s.end > lead)
        return;
    for (size_t i = s.first; i + 1 < lead; i++)
        if (quoth_punct_is(p, i, ",") || p->t[i].quote_depth) return;
    size_t left = np_before_comma(p, s.first - 1, first);
    /* and the noun that the phrase's prepositions hang on: "An official
     * familiar with the case, who spoke ...", "One of them, who ..." (a
     * name after the preposition may be the clause's own: "chatter about
     * Perez, who is ...") */
    for (int hops = 0; hops < 3 && left > first + 1 && left < s.first - 1 && quoth_coarse(p, left - 1) == CT_ADP &&
                       (quoth_coarse(p, left) == CT_DET || quoth_coarse(p, left) == CT_PRON);
         hops++) {
        size_t head = quoth_np_left(p, left - 1, first);
        if (head >= left - 1) break;
        left = head;
    }
    if (left < s.first - 1) a->source = (quoth_tspan){(uint32_t)left, (uint32_t)lead};
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
    size_t lead = quoth_modifiers_before(p, a->cue.first, a->source.end);
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
        if (quoth_modifiers_before(p, a->cue.first, s.end) != s.end) return;
    } else {
        size_t lead = quoth_modifiers_before(p, a->cue.first, s.end);
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

/* Whether token i may open the subject after an opening phrase's comma:
 * a determiner ("the Opposition Leader") or a capitalized word, a title or
 * a possessor ("Rep. Cheon Dae-sik", "Arvenia's trade representative"). */
static int opens_subject(const quoth_phrases *p, size_t i) {
    return quoth_coarse(p, i) == CT_DET || (p->t[i].flags & TOK_CAPITALIZED);
}

/* "In Barbados, the Opposition Leader, Winston Alleyne, said", "At the
 * National Assembly, Rep. Cheon Dae-sik said": a source that opens with
 * the name of an opening phrase of place and its comma starts after the
 * comma (it had been Barbados, and the assembly; the forty-sixth audit's);
 * not "As Andrew J. Tabler, an expert on Syria, noted". */
static void source_past_opening_place(const quoth_phrases *p, quoth_attribution *a) {
    static const char *const WHERE[] = {"in", "at", "across", "outside", "inside"};
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first == 0 || !quoth_word_in(p, s.first - 1, WHERE, sizeof WHERE / sizeof *WHERE) ||
        quoth_after_dateline(p, quoth_sentence_first(p, s.first)) != s.first - 1)
        return;
    size_t name = s.first + (quoth_word_is(p, s.first, "the") ? 1 : 0), k = name;
    while (k < s.end && (p->t[k].flags & TOK_CAPITALIZED) && k - name < 4) k++;
    if (k == name || k + 2 >= s.end || !quoth_punct_is(p, k, ",") || !opens_subject(p, k + 1)) return;
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
    if (k + 2 >= s.end || !quoth_punct_is(p, k, ",")) return;
    /* After "On Tuesday a spokesperson for the platform, Chirp," the source
     * began after the phrase, and the name after its comma is apposed. */
    if (quoth_coarse(p, k + 1) != CT_DET && !(quoth_coarse(p, s.first - 1) == CT_ADP && opens_subject(p, k + 1)))
        return;
    a->source.first = (uint32_t)k + 1;
}

/* How many words the agent of an opening participle may have. */
#define OPENING_AGENT_MAX 5

/* "In the four-page letter, obtained by the Gazette, Immigration Minister
 * Isabelle Marcotte-Fréchette writes": a source that the tagger began at
 * the agent of a participle in an opening phrase, before any finite verb,
 * starts after the agent's comma (the speaker had been the Gazette; the
 * forty-sixth audit's). */
static void source_past_opening_agent(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first < 3 || !in->pos_flags || !quoth_word_is(p, s.first - 1, "by") ||
        quoth_coarse(p, s.first - 2) != CT_VERB)
        return;
    size_t opening = quoth_sentence_first(p, s.first), comma = opening;
    while (comma < s.first - 2 && !quoth_punct_is(p, comma, ",")) comma++;
    if (comma == s.first - 2 || quoth_holds_finite_verb(p, in->pos_flags, opening, s.first)) return;
    size_t k = s.first;
    while (k < s.end && k - s.first < OPENING_AGENT_MAX && !quoth_punct_is(p, k, ",") && quoth_coarse(p, k) != CT_VERB)
        k++;
    if (k + 2 >= s.end || !quoth_punct_is(p, k, ",") || !opens_subject(p, k + 1)) return;
    a->source.first = (uint32_t)k + 1;
}

/* "Furlong, 52, who trains horses near Kilcarra, said": a source that
 * opens at an age set off by commas is the name before it too (the
 * forty-eighth audit's had been "52, who trains ...", and its speaker a
 * place of the clause). Only a capitalized name that opens the sentence or
 * follows a comma or a quotation: "the company said 52, ..." is no age. */
static void source_from_its_age(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first + 1 >= p->n || quoth_coarse(p, s.first) != CT_NUM ||
        p->t[s.first].norm_len > 2 || !quoth_punct_is(p, s.first + 1, ","))
        return;
    size_t first = quoth_sentence_first(p, s.first);
    if (s.first < first + 2 || !quoth_punct_is(p, s.first - 1, ",")) return;
    size_t name = s.first - 1;
    /* any capitalized word but a function word: the tagger reads a
     * sentence's first name as it will ("Furlong", RB) */
    /* and a particle between its words: "Gomes da Cruz, 54, who presides
     * ..." (the hundred-and-fourth audit's had been "54") */
    static const char *const PARTICLES[] = {"da", "das", "de", "do", "dos", "del", "di", "van", "von", "der"};
    while (name > first && name + 4 > s.first - 1 &&
           (((p->t[name - 1].flags & TOK_CAPITALIZED) && !(p->t[name - 1].lex & LEX_FUNCTION) &&
             quoth_coarse(p, name - 1) != CT_PUNCT) ||
            (name - 1 > first && name < s.first - 1 && (p->t[name - 2].flags & TOK_CAPITALIZED) &&
             quoth_word_in(p, name - 1, PARTICLES, sizeof PARTICLES / sizeof *PARTICLES))))
        name--;
    if (name == s.first - 1 ||
        (name > first && !quoth_punct_is(p, name - 1, ",") && !(p->t[name - 1].flags & TOK_QUOTE_CLOSE) &&
         quoth_coarse(p, name - 1) != CT_PUNCT))
        return;
    a->source.first = (uint32_t)name;
    /* the age alone: "Youa Yang, 54, who believes her younger brother is
     * among the group, said" (the ninety-first audit's had been "54"),
     * the source runs on over its relative clause to the cue */
    if (s.end == s.first + 1 && !quoth_tspan_empty(a->cue) && a->cue.first > s.end + 1 &&
        quoth_punct_is(p, a->cue.first - 1, ",") && quoth_sentence_first(p, a->cue.first) == first)
        a->source.end = a->cue.first;
}

/* A relative pronoun for a source is the subject of another verb than
 * the cue's, whose source is what the clause hangs on: after a comma
 * (source_before_clause()), after "and" (source_past_second_relative()),
 * or a pronoun inside the clause (pronoun_inside_relative_clause()). */
static void source_past_relative_clause(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(a->cue) || s.end > a->cue.first || quoth_tspan_empty(s)) return;
    if (s.first > 0 && !quoth_word_is(p, s.first, "whose") && !quoth_word_is(p, s.first, "who") &&
        !quoth_word_is(p, s.first, "which")) {
        source_out_of_relative_clause(p, a);
        if (a->source.first != s.first) return;
    }
    /* a clause whose closing comma the tagger gave the source too: "The
     * 58-year-old, | who spent 15 years in the industry, | insisted" (the
     * ninety-first audit's check of the older ones had been no one) */
    if (s.end == a->cue.first && s.end > s.first + 2 && quoth_punct_is(p, s.end - 1, ",") &&
        quoth_word_is(p, s.first, "who")) {
        source_over_its_clause(p, a);
        return;
    }
    if (s.end >= a->cue.first) return;
    if (quoth_word_is(p, s.first, "whose")) {
        source_before_clause(p, a);
        return;
    }
    if (s.end != s.first + 1) {
        source_over_its_clause(p, a);
        return;
    }
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

/* "Councilman Dale Whitcomb would have us believe that ...": the
 * columnist's irony reports what the subject claims, and "us" are the
 * readers, no source (the tagger takes "us" for it and "believe" for the
 * cue; the twenty-second audit's opinion pages). The cue runs from the
 * modal or "have" to "believe". */
static void would_have_us_believe(const quoth_phrases *p, quoth_attribution *a) {
    size_t us = a->source.first;
    if (quoth_tspan_empty(a->cue) || a->source.end != us + 1 || a->cue.first != a->source.end || us < 2 ||
        !quoth_word_is(p, us, "us") || !quoth_word_is(p, us - 1, "have") || !quoth_word_is(p, a->cue.first, "believe"))
        return;
    size_t lead = us - 1;
    if (quoth_coarse(p, lead - 1) == CT_AUX) lead--;
    size_t first = quoth_sentence_first(p, us), subject = quoth_np_left(p, lead, first);
    /* "State Senator Paul Redding, who has championed the bypass from the
     * start, would have us believe": the name before its relative clause */
    for (size_t c = lead - 1; subject >= lead && quoth_punct_is(p, lead - 1, ",") && c-- > first + 1;)
        if (quoth_punct_is(p, c, ",")) {
            if (quoth_coarse(p, c + 1) == CT_WH) subject = quoth_np_left(p, c, first);
            break;
        }
    if (subject >= lead) return;
    a->source = (quoth_tspan){(uint32_t)subject, (uint32_t)lead};
    a->cue.first = (uint32_t)lead;
}

/* "Donald Trump’s claim that ...": the possessive ends the source, and
 * the noun alone is the cue, as in 154 of train's gold attributions
 * against 37 that begin the cue at the "’s" (the tagger had begun 2 of
 * dev's cues there, and 16 of train's). Only the possessive's tag: "He’s
 * predicting" keeps its "’s", a verb. */
static void possessive_out_of_cue(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source) || a->source.end != a->cue.first ||
        a->cue.end < a->cue.first + 2 || !quoth_possessive(p, a->cue.first) || quoth_coarse(p, a->cue.first) != CT_PART ||
        quoth_coarse(p, a->cue.first + 1) != CT_NOUN)
        return;
    a->source.end++;
    a->cue.first++;
}

/* "The Trump campaign issued a statement saying ...": the tagger takes
 * the statement for the source of "saying"; PolNeAR's source is who
 * issued it, and the cue all of "issued a statement saying" (train: 14
 * of the 19 such sources become right). The one who sends is a relative
 * "who" before the verb (its auxiliaries and adverbs passed), the
 * sentence's subject when it stands there, or the noun phrase that
 * does. */
void quoth_spans_sender_of_document(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source, c = a->cue;
    if (quoth_tspan_empty(s) || quoth_tspan_empty(c) || c.first != s.end || !quoth_ends_with(p, c.first, "ing") ||
        !quoth_document_noun(p, s.end - 1))
        return;
    size_t first = quoth_sentence_first(p, s.first), verb = s.first;
    if (verb > first && (quoth_word_is(p, verb - 1, "out") || quoth_word_is(p, verb - 1, "up"))) verb--;
    if (verb == first || !quoth_sends_document(p, verb - 1)) return;
    verb--;
    size_t lead = quoth_modifiers_before(p, verb, first);
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
           !(p->t[stop].flags & TOK_PUNCT) && !quoth_in_content(a, stop))
        stop++;
    /* the maker must be named, and the phrase end where the clause does */
    if (stop == j + 1 || stop - end > DATA_ORIGIN_MAX || !(p->t[stop - 1].flags & TOK_CAPITALIZED) ||
        (stop < p->n && !(p->t[stop].flags & TOK_PUNCT) && !quoth_in_content(a, stop)))
        return;
    a->source.end = (uint32_t)stop;
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

/* "Hollis “Big Easy” Vance announced ...": a content piece that is a
 * given name and the nickname after it, right before the source's
 * surname, is the source's first words, no quotation (the tagger had
 * quoted the nickname, and the source was "Vance"; the twenty-first
 * audit's sport copy). */
static void nickname_out_of_content(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->source) || a->n_content < 2) return;
    for (int c = 0; c < a->n_content; c++) {
        quoth_tspan piece = a->content[c];
        size_t close = piece.end - 1;
        if (piece.end != a->source.first || piece.end - piece.first < 4 || !(p->t[close].flags & TOK_QUOTE_CLOSE) ||
            !(p->t[a->source.first].flags & TOK_CAPITALIZED))
            continue;
        size_t open = close;
        while (open > piece.first + 1 && close - open <= QUOTH_NICKNAME_WORDS_MAX &&
               (p->t[open - 1].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA))
            open--;
        /* the mark itself, and one given name before it that opens the piece */
        if (open != piece.first + 2 || open == close || !(p->t[open - 1].flags & TOK_QUOTE_OPEN) ||
            (p->t[piece.first].flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA))
            continue;
        a->source.first = piece.first;
        for (int d = c; d + 1 < a->n_content; d++) a->content[d] = a->content[d + 1];
        a->n_content--;
        return;
    }
}

/* "Dave “Digger” Hollins, who runs the inn, said": a source that opens at
 * a nickname's quotation mark, after a capitalized word that opens the
 * sentence or follows a comma, begins at that word, the given name (the
 * tagger had left it out; the forty-ninth audit's speaker had been
 * "Hollins"). */
static void given_name_before_nickname(const quoth_phrases *p, quoth_attribution *a) {
    quoth_tspan s = a->source;
    if (quoth_tspan_empty(s) || s.first == 0 || !(p->t[s.first].flags & TOK_QUOTE_OPEN)) return;
    size_t close = s.first + 1;
    while (close < s.end && close - s.first <= QUOTH_NICKNAME_WORDS_MAX &&
           (p->t[close].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA))
        close++;
    size_t given = s.first - 1, first = quoth_sentence_first(p, s.first);
    if (close == s.first + 1 || close + 1 >= s.end || !(p->t[close].flags & TOK_QUOTE_CLOSE) ||
        !(p->t[close + 1].flags & TOK_CAPITALIZED) ||
        (p->t[given].flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        (p->t[given].lex & LEX_FUNCTION) || (given > first && !quoth_punct_is(p, given - 1, ",")))
        return;
    a->source.first = (uint32_t)given;
}

/* "Greyling & Stowe said": a firm's name that an ampersand joins is
 * the source whole; the tagger had begun it after "&" (source "Stowe",
 * whom no one of that name could be; the thirty-seventh audit's). Up to
 * three capitalized words before the "&". */
static void source_over_ampersand(const quoth_phrases *p, quoth_attribution *a) {
    if (quoth_tspan_empty(a->source) || a->source.first < 2 || !quoth_punct_is(p, a->source.first - 1, "&") ||
        !(p->t[a->source.first].flags & TOK_CAPITALIZED))
        return;
    size_t first = a->source.first - 1;
    /* any capitalized word but a function word or a word of saying: the
     * tagger reads a sentence's first name as it will ("Greyling", VBG) */
    while (first > 0 && first + 4 > a->source.first &&
           (p->t[first - 1].flags & (TOK_CAPITALIZED | TOK_PUNCT)) == TOK_CAPITALIZED &&
           !(p->t[first - 1].lex & (LEX_FUNCTION | LEX_CUE | LEX_CUE_NOUN)))
        first--;
    if (first + 1 < a->source.first) a->source.first = (uint32_t)first;
}

void quoth_spans_mend_source(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution_list *list,
                             size_t k) {
    nickname_out_of_content(p, &list->a[k]);
    given_name_before_nickname(p, &list->a[k]);
    statement_past_reduced_judgement(in, p, &list->a[k]);
    source_not_a_date(in, p, &list->a[k]);
    source_not_a_piece_label(p, &list->a[k]);
    judged_subject_no_source(p, &list->a[k]);
    relative_pronoun_source(p, &list->a[k]);
    pronoun_subject_source(p, &list->a[k]);
    source_past_relative_clause(p, &list->a[k]);
    source_from_its_age(p, &list->a[k]); /* after it: "who" may have been the age's clause's */
    source_past_opening_place(p, &list->a[k]);
    source_past_opening_phrase(p, &list->a[k]);
    source_past_opening_agent(in, p, &list->a[k]);
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
    possessive_out_of_cue(p, &list->a[k]);
    would_have_us_believe(p, &list->a[k]);
    according_to_participle(p, &list->a[k]);
    source_with_data_origin(p, &list->a[k]);
    quoted_by_as_saying(p, &list->a[k]);
    subject_with_relative_before_cue(p, &list->a[k]);
    source_before_closed_relative(p, &list->a[k]);
    source_over_field_list(p, &list->a[k]);
    name_apposed_before_cue(p, &list->a[k]);
    source_over_ampersand(p, &list->a[k]);
}

void quoth_spans_mend_found_source(const quoth_attrib_input *in, const quoth_phrases *p, quoth_attribution *a) {
    source_not_a_date(in, p, a); /* the subject found may be one too */
    source_past_party_label(p, a);
    source_past_relative_clause(p, a); /* or the relative clause's "who" */
    source_before_closed_relative(p, a);
    /* or an age the clause hung on: "Bach-Rompca, 52, who won the mayoral
     * race ..., accused" (the hundred-and-third audit's had been "52") */
    source_from_its_age(p, a);
}
