/*
 * source_pronouns.c - sources that are pronouns ("he", "they", "it", "we",
 * "I", "who", "which") and the person each stands for, by the sentences
 * and the statements before it; the labels of interviews and the writers
 * of essays; and, once a document's sources are resolved, the genders its
 * pronouns tell. Called once per source or per document by speakers.c
 * (source_resolve.h); source_titles.c asks it whom the text is about for
 * a description.
 */
#include "attrib/source_resolve.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/speaker_names.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

/* How a pronoun's candidate is met, for fits_pronoun(): named anywhere,
 * or as an earlier statement's speaker, before a pronoun inside its
 * sentence or opening one. */
enum { MET_NAMED = 0, MET_SPOKE = 1, MET_SPOKE_BEFORE_OPENING = 2 };

static int fits_pronoun(const quoth_speaker *s, uint32_t lex, int spoke) {
    /* both bits: a person of either gender (a description, "the candidate").
     * A speaker of unknown kind that spoke is one when a given name or a
     * second word says so ("Melanie"): one word alone is more often a
     * thing's or a group's ("The Great Debate Debate shows", "Saudis",
     * "WikiLeaks"; on PolNeAR train 6 "he" and "she" had gone to such,
     * 1 of them rightly) */
    uint32_t gender = lex & (LEX_MALE | LEX_FEMALE);
    if (gender)
        return (s->kind == QUOTH_KIND_PERSON || (spoke && s->kind == QUOTH_KIND_UNKNOWN && !s->nobody &&
                                                 (s->gender || s->name_words >= 2))) &&
               !(gender == LEX_MALE && s->gender == 2) && !(gender == LEX_FEMALE && s->gender == 1);
    /* A place is singular: "They" after "in Iowa" is not Iowa (on PolNeAR
     * train, 109 sources changed: 10 fewer against CoreNLP's coreference
     * and none more; 50 now have no speaker rather than a wrong one).
     * "It" keeps places, for the countries that act ("Israel ... It
     * said"): without them, 8 fewer agreed. */
    if (lex & LEX_PLURAL) return s->kind == QUOTH_KIND_ORGANIZATION && !s->place;
    /* "Gatwick says most gates are open. It expects ...": a one-word name
     * that spoke, with no gender, role or given name to make it a person,
     * is as likely a company the tagger did not know (the eighth audit's
     * "It" had been no one's); only an "It" that opens its sentence, as
     * one inside it is as often the subject of nothing ("when it became
     * clear that") */
    if (lex & LEX_NEUTER)
        return s->kind == QUOTH_KIND_ORGANIZATION ||
               (spoke == MET_SPOKE_BEFORE_OPENING && s->kind == QUOTH_KIND_PERSON && s->name_words == 1 &&
                !s->gender && s->role == UINT32_MAX);
    return 0;
}

/* A run after a conjunction the tagger reads as a preposition, and before
 * a verb, is the subject of a clause: "If Clinton could not continue her
 * candidacy, she would ...", "When Ryan spoke, he ...". */
static int opens_clause(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const SUBORDINATORS[] = {"if",     "when",   "while", "because", "although", "though", "after",
                                                "before", "since",  "unless", "until",  "once",     "as"};
    int verb = quoth_coarse(&r->p, run->end) == CT_VERB || quoth_coarse(&r->p, run->end) == CT_AUX;
    return verb && quoth_word_in(&r->p, run->first - 1, SUBORDINATORS, sizeof SUBORDINATORS / sizeof *SUBORDINATORS);
}

/* A run that is no preposition's object: "Suu Kyi's fate", "but Obama",
 * not "Asked about Anna Berg". (Objects of verbs, and runs after a title
 * that follows a preposition, were measured both ways on PolNeAR train:
 * no difference worth a rule.) */
static int named_as_subject(const quoth_resolver *r, const quoth_name_run *run) {
    /* "to" is tagged apart from the prepositions, and before a name is one
     * ("Speaking to Radio Nahr afterwards, he added"; the forty-eighth
     * audit's "he" had been the radio) */
    return run->first == 0 ||
           (quoth_coarse(&r->p, run->first - 1) != CT_ADP && !quoth_word_is(&r->p, run->first - 1, "to")) ||
           opens_clause(r, run);
}

/* How many sentences of a quotation are passed over to the one before. */
#define QUOTED_SENTENCES_MAX 4

/* Whether the tokens [first, end) all lie in a quotation. */
static int all_quoted(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (!r->p.t[i].quote_depth && !(r->p.t[i].flags & TOK_QUOTE)) return 0;
    return 1;
}

/* The first token of the sentence before the one at `own` (own > 0),
 * past the sentences of a quotation that opens before the pronoun's
 * own ("Gingrich was less serious ... | “Why would I want to say ‘no’
 * to the circus? | I like circuses,” he told the newspaper."): what the
 * quotation says names no one the pronoun can stand for. */
static size_t narrated_sentence_before(const quoth_resolver *r, size_t own) {
    size_t first = quoth_sentence_first(&r->p, own - 1);
    for (int k = 0; k < QUOTED_SENTENCES_MAX && first > 0 && all_quoted(r, first, own); k++) {
        own = first;
        first = quoth_sentence_first(&r->p, first - 1);
    }
    return first;
}

/* A photographer's name in a photo's credit ("Neilson Barnard via Getty
 * Images."), whom no pronoun or description after it stands for: the
 * caption interrupts the text about someone else. */
static int photo_credit(const quoth_resolver *r, const quoth_name_run *run) {
    return quoth_word_is(&r->p, run->end, "via");
}

/* Whether speaker s is named as the first words of a sentence before
 * token tok, within the runs a pronoun looks back over. */
static int opened_a_sentence(const quoth_resolver *r, int32_t s, size_t tok) {
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->speaker == s && run->lead == quoth_after_dateline(&r->p, quoth_sentence_first(&r->p, run->lead)))
            return 1;
    }
    return 0;
}

/* The one person that a pronoun's own sentence names before it as a
 * subject (SCOPE_OWN_SENTENCE), or that it and the sentence before name,
 * outside quotations, and that fits it: "Just look at House Speaker Paul
 * D. Ryan. He's said ..." is Ryan, whoever spoke last. -1 when they name
 * none that fits, or two. */
int32_t quoth_sole_recent_person(const quoth_resolver *r, size_t tok, uint32_t lex, int scope) {
    size_t from = quoth_sentence_first(&r->p, tok), before = from;
    int own_sentence = scope == SCOPE_OWN_SENTENCE;
    if (!own_sentence && from > 0) {
        before = from = quoth_sentence_first(&r->p, from - 1);
        if (scope == SCOPE_NARRATED) from = narrated_sentence_before(r, quoth_sentence_first(&r->p, tok));
    }
    enum { OTHERS_MAX = 8 };
    int32_t found = -1, gendered = -1, other[OTHERS_MAX];
    int several = 0, several_gendered = 0;
    size_t others = 0; /* the names of no gender beside the gendered one */
    /* "she" of a woman the text gave that gender, over a name of no gender
     * beside her ("Commissioner Rosalind Guerra, whose precinct includes
     * Cedar Bend, voted no. She said": a subdivision the entity tagger had
     * read as a person; the thirty-seventh audit's) */
    uint32_t gender = lex & (LEX_MALE | LEX_FEMALE);
    int wanted = gender == LEX_MALE ? 1 : gender == LEX_FEMALE ? 2 : 0;
    /* six sentences are at most 2,400 tokens (sentences.c cuts longer ones) */
    for (size_t j = first_run_from(r, tok); j-- > 0 && r->t->runs[j].first >= from;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (r->p.t[run->first].quote_depth || !fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED) ||
            photo_credit(r, run))
            continue;
        if (own_sentence && !named_as_subject(r, run)) continue;
        /* past a quotation, a name that only modifies a noun ("the
         * Clinton campaign") is no one the text has gone on about */
        if (run->first < before && quoth_coarse(&r->p, run->end) == CT_NOUN &&
            !(r->p.t[run->end].flags & TOK_CAPITALIZED))
            continue;
        if (found >= 0 && found != run->speaker) several = 1;
        found = run->speaker;
        if (wanted && r->t->s[run->speaker].gender == wanted) {
            if (gendered >= 0 && gendered != run->speaker) several_gendered = 1;
            gendered = run->speaker;
        } else if (wanted) {
            if (others == OTHERS_MAX) several_gendered = 1;
            else other[others++] = run->speaker;
        }
    }
    if (!several) return found;
    if (gendered < 0 || several_gendered) return -1;
    /* but not over a person of a given name of either gender, or whose
     * given name no list holds but who opened a sentence as its subject
     * ("Naureen Jahangir, a Sanders supporter, ... she doesn't think
     * Clinton can", PolNeAR's); asked only here, of the few named */
    for (size_t o = 0; o < others; o++)
        if (given_name(r, r->t->s[other[o]].first_token) || opened_a_sentence(r, other[o], tok)) return -1;
    return gendered;
}

/* The words of an opening phrase of time or manner before its comma
 * ("Later on Sunday, Carson shared ..."). */
#define OPENING_PHRASE_MAX 5

/* The first token after a short opening phrase of the sentence at
 * `first` that names no one but a day or a month and holds no verb
 * ("Later on Sunday,", "In his statement Saturday,"), or `first`. A place
 * ("In Iowa,") is a name, and ends the search. */
static size_t past_opening_phrase(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end && i - first <= OPENING_PHRASE_MAX; i++) {
        if (quoth_punct_is(&r->p, i, ",")) return i > first && i + 1 < end ? i + 1 : first;
        int c = quoth_coarse(&r->p, i);
        int date = c == CT_PROPN && (quoth_name_classes_at(r, i) & (NAME_DATE | NAME_MONTH));
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || (c == CT_PROPN && !date) || c == CT_PUNCT ||
            r->p.t[i].quote_depth)
            return first;
    }
    return first;
}

/* Whether a run is a possessive ("Garland's nomination"), not a subject
 * whose verb is contracted ("Christie's been making the case"). */
static int owned_by(const quoth_resolver *r, const quoth_name_run *run) {
    if (!quoth_possessive(&r->p, run->end) || run->end + 1 >= r->p.n) return 0;
    int c = quoth_coarse(&r->p, run->end + 1);
    return c != CT_VERB && c != CT_AUX;
}

/* "Qadimar's Prime Minister, Dr. Yousef al-Shami, was more cautious",
 * "Chidi's uncle, Emeka Okonjo, 74, still bakes": after the possessor run
 * j, the person whom its title or relation names, set off by commas or
 * not (past an age or an apposition after the name), when a verb follows
 * them; NULL when the possessor owns something else ("Garland's
 * nomination has become"). It opens the sentence as its subject (the
 * fourteenth and fifteenth audits' "he" and "she" after it had been the
 * last speaker before). */
static const quoth_name_run *titled_by_possessor(const quoth_resolver *r, size_t j, size_t end) {
    const quoth_phrases *p = &r->p;
    if (j + 1 >= r->t->n_runs) return NULL;
    const quoth_name_run *owner = &r->t->runs[j], *named = &r->t->runs[j + 1];
    size_t i = owner->end + 1; /* past the possessive mark */
    if (named->lead < i + 1 || named->lead > i + 4 || named->end >= end) return NULL;
    int title = 0;
    for (; i < named->lead; i++) {
        title |= (p->t[i].lex & LEX_TITLE) != 0;
        int c = quoth_coarse(p, i);
        if (!(p->t[i].flags & TOK_CAPITALIZED) && !quoth_punct_is(p, i, ",") && c != CT_NOUN && c != CT_ADJ)
            return NULL;
    }
    /* a title before the name, or inside its lead ("Prime Minister Ali") */
    for (i = named->lead; i < named->first; i++) title |= (p->t[i].lex & LEX_TITLE) != 0;
    int set_off = quoth_punct_is(p, named->lead - 1, ",");
    size_t after = named->end;
    if (after < end && quoth_punct_is(p, after, ",")) {
        after++;
        /* ", 74," or ", an engineer,": the age or the apposition set off */
        size_t close = after;
        while (close < end && close < after + 8 && !quoth_punct_is(p, close, ",")) close++;
        if (close < end && quoth_punct_is(p, close, ",") &&
            (quoth_coarse(p, after) == CT_NUM || quoth_coarse(p, after) == CT_DET))
            after = close + 1;
    }
    int c = after < end ? quoth_coarse(p, after) : CT_PUNCT;
    return (title || set_off) && (c == CT_VERB || c == CT_AUX || (after < end && quoth_coarse(p, after) == CT_ADV)) &&
                   r->t->s[named->speaker].kind == QUOTH_KIND_PERSON
               ? named
               : NULL;
}

/* The person who opens the sentence of tokens [first, end) as its
 * subject, when they fit `lex`; -1 when it opens otherwise. */
static int32_t opening_subject(const quoth_resolver *r, size_t first, size_t end, uint32_t lex) {
    /* past a place line ("ROME - Bernie Sanders met ...") and an opening
     * phrase ("In his statement Saturday, Sanders ...") */
    size_t from = past_opening_phrase(r, quoth_after_dateline(&r->p, first), end);
    size_t j = first_run_from(r, from);
    if (j >= r->t->n_runs) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    const quoth_name_run *titled = run->lead == from && owned_by(r, run) ? titled_by_possessor(r, j, end) : NULL;
    if (titled) {
        from = titled->lead;
        run = titled;
    }
    if (run->lead != from || run->first >= end || r->p.t[run->first].quote_depth ||
        owned_by(r, run) /* "Garland's nomination has become" */ ||
        quoth_all_capitals(&r->p, run->first, 3) /* a place line: "MEXICO CITY —" */ ||
        photo_credit(r, run) ||
        !fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED))
        return -1;
    return run->speaker;
}

/* The person who opens the sentence before the pronoun's, as its subject
 * ("Obama has deported more people than President George W. Bush. He
 * ..."), when they fit it; -1 when that sentence opens otherwise. */
int32_t quoth_previous_subject(const quoth_resolver *r, size_t tok, uint32_t lex) {
    size_t own = quoth_sentence_first(&r->p, tok);
    return own == 0 ? -1 : opening_subject(r, quoth_sentence_first(&r->p, own - 1), own, lex);
}

/* Whether a person who fits `lex` is named between tokens `from` and
 * `to` as the subject of a verb ("he made the suggestion that Trump
 * should receive ..., which he is entitled to"). */
static int subject_between(const quoth_resolver *r, size_t from, size_t to, uint32_t lex) {
    for (size_t j = first_run_from(r, from); j < r->t->n_runs && r->t->runs[j].end <= to; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        int c = quoth_coarse(&r->p, run->end);
        if ((c == CT_VERB || c == CT_AUX) && fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED)) return 1;
    }
    return 0;
}

/* How many sentences back a chain of "he ... He ..." is followed. */
#define PRONOUN_CHAIN_MAX 4

/* The "he" or "she" that opens the sentence of tokens [first, end), after
 * a conjunction or an adverb ("But he ...", "Later, she ..."), outside
 * quotations; end when it opens otherwise. */
static size_t opening_he_or_she(const quoth_resolver *r, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    size_t i = first;
    while (i + 1 < end && (quoth_coarse(p, i) == CT_CONJ || quoth_coarse(p, i) == CT_ADV || quoth_punct_is(p, i, ",")))
        i++;
    if (i >= end || p->t[i].quote_depth || !(quoth_word_is(p, i, "he") || quoth_word_is(p, i, "she"))) return end;
    return i;
}

/* "He hasn't held any big rallies of late. He even revealed ...": the
 * "he" or "she" that opens the sentence before the pronoun at tok, the
 * same word as it; tok when there is none. */
static size_t same_pronoun_before(const quoth_resolver *r, size_t tok) {
    size_t own = quoth_sentence_first(&r->p, tok);
    if (own == 0) return tok;
    size_t i = opening_he_or_she(r, quoth_sentence_first(&r->p, own - 1), own);
    return i < own && quoth_word_is(&r->p, i, quoth_token_norm(r->p.tl, tok)) ? i : tok;
}

/* The speaker of the latest attribution before attribution k that fits
 * `lex` (a pronoun's classes), within a few paragraphs; *at is where its
 * source starts, and *reach (when not NULL) its last token, where its
 * statement ends after its source ("It was bad," she said. "I was
 * angry."). */
int32_t quoth_last_fitting_speaker(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok,
                                   uint32_t lex, size_t *at, size_t *reach) {
    uint32_t para = paragraph_of(r, tok);
    for (size_t j = k, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_attribution *a = &list->a[j];
        if (quoth_tspan_empty(a->source) || a->source.first >= tok) continue;
        if (para - paragraph_of(r, a->source.first) > PRONOUN_PARAGRAPHS) break;
        /* a "he" is never the writer or the person interviewed who said "I" */
        if (a->source.end == a->source.first + 1 && quoth_word_is(&r->p, a->source.first, "i")) continue;
        int met = (r->p.t[tok].flags & TOK_SENT_START) ? MET_SPOKE_BEFORE_OPENING : MET_SPOKE;
        if (a->speaker >= 0 && fits_pronoun(&r->t->s[a->speaker], lex, met)) {
            *at = a->source.first;
            if (reach) {
                *reach = a->source.first;
                for (int c = 0; c < a->n_content; c++)
                    if (a->content[c].end > *reach + 1) *reach = a->content[c].end - 1;
            }
            return a->speaker;
        }
    }
    return -1;
}

/* A pronoun source at token tok: the person of the same "he" or "she"
 * that opens its own sentence, unless a man or woman named between is the
 * subject of a verb ("He avoided criticism of front-runner Trump until
 * recent days, when he expressed concern" is not Trump; on PolNeAR train
 * 4 speakers changed, each right); else the one person that fits it named
 * before it in its own sentence, as a subject ("Suu Kyi's fate is still
 * unclear, but she said ...", whoever spoke in the sentence before: where
 * this rule changed a speaker of PolNeAR train, CoreNLP's coreference
 * sided with it about three times as often as with the one it overruled);
 * else, of the several it names, the person who opens it as its subject
 * ("Cruz also earned the backing of ... Reid Ribble and Glenn Grothman, as
 * he sought"; on train 11 changed, 9 right, 1 nearer, 1 neither); else a
 * speaker who spoke in this sentence or the one before goes on speaking
 * ("..., she said. “...,” she added"); else, when the sentence
 * before opens with the same "he" or "she", that pronoun's person (on
 * PolNeAR train, 19 speakers changed, 14 more agreeing with CoreNLP's
 * coreference); else the one person named in this sentence or the one
 * before; else the subject that opens the sentence before (27 changed, 15
 * more agreeing); else the latest speaker that fits, within a few
 * paragraphs; else the nearest earlier name that fits, outside quotations. */

static int32_t resolve_pronoun_at(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                  size_t tok, int depth) {
    return quoth_resolve_pronoun_as(r, list, k, tok, r->p.t[tok].lex, depth);
}

/* resolve_pronoun_at() for a pronoun of classes `lex` read as if it stood
 * at token tok (set_off_pronoun_at()). */
int32_t quoth_resolve_pronoun_as(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                 size_t tok, uint32_t lex, int depth) {
    uint32_t para = paragraph_of(r, tok);
    size_t at = 0, own_first = quoth_sentence_first(&r->p, tok);
    size_t opener = opening_he_or_she(r, own_first, tok);
    if (opener < tok && depth < PRONOUN_CHAIN_MAX && quoth_word_is(&r->p, opener, quoth_token_norm(r->p.tl, tok)) &&
        !subject_between(r, opener, tok, lex)) {
        int32_t same = resolve_pronoun_at(r, list, k, opener, depth + 1);
        if (same >= 0) return same;
    }
    int32_t own = quoth_sole_recent_person(r, tok, lex, SCOPE_OWN_SENTENCE);
    if (own >= 0) return own;
    if ((own = opening_subject(r, own_first, tok, lex)) >= 0) return own;
    int32_t spoke = quoth_last_fitting_speaker(r, list, k, tok, lex, &at, NULL);
    if (spoke >= 0 && (own_first == 0 || at >= narrated_sentence_before(r, own_first))) return spoke;
    size_t same = same_pronoun_before(r, tok);
    int32_t recent = same < tok && depth < PRONOUN_CHAIN_MAX ? resolve_pronoun_at(r, list, k, same, depth + 1) : -1;
    if (recent >= 0) return recent;
    recent = quoth_sole_recent_person(r, tok, lex, SCOPE_NARRATED);
    if (recent >= 0) return recent;
    if ((recent = quoth_previous_subject(r, tok, lex)) >= 0) return recent;
    /* a narrative's "they" beyond those is most often a group it never
     * named ("Progressives ... they argue"): on PolNeAR train, of the 129
     * sources the two rules below gave a body, a sample of 15 read had
     * one right, and none of the 16 that CoreNLP's coreference names
     * agreed with it */
    if ((lex & LEX_PLURAL) && !r->p.t[tok].quote_depth) return -1;
    if (spoke >= 0) return spoke;
    /* nor is a narrative's "it" a body merely named further back ("It's
     * unclear", "It also changed" of a department after an interest
     * group): on train, of 59 sources changed, a sample of 20 read had one
     * right, and 3 of the 14 in a chain CoreNLP names agreed */
    if ((lex & LEX_NEUTER) && !r->p.t[tok].quote_depth) return -1;
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->first >= tok || r->p.t[run->first].quote_depth) continue;
        if (para - paragraph_of(r, run->first) > PRONOUN_PARAGRAPHS) break;
        if (fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED)) return run->speaker;
    }
    return -1;
}

int32_t quoth_resolve_pronoun(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                              size_t tok) {
    return resolve_pronoun_at(r, list, k, tok, 0);
}

/* The index of the name run that ends at `end` or, when a party and state
 * in brackets follow the name ("Rep. Joe Lynn (D-Mo.)"), just before them;
 * else -1. */
int32_t quoth_run_ending_before_brackets(const quoth_resolver *r, size_t end, size_t *name_end) {
    *name_end = end;
    int32_t k = run_ending_at(r, end);
    if (k >= 0 || end < 3 || !quoth_punct_is(&r->p, end - 1, "-RRB-")) return k;
    size_t open = end - 2;
    while (open > 0 && end - open < 6 && !quoth_punct_is(&r->p, open, "-LRB-")) open--;
    if (!quoth_punct_is(&r->p, open, "-LRB-") || (k = run_ending_at(r, open)) < 0) return -1;
    *name_end = open;
    return k;
}

/* The run before "of" when run k is an organization or a place after it
 * ("Rep. Ann Kirkpatrick of Arizona"), else k (and -1 for -1). */
static int32_t past_place_of(const quoth_resolver *r, int32_t k) {
    if (k < 0) return k;
    size_t first = r->t->runs[k].first;
    /* "Karen Whitlow, 67, from Brindley, who said": the person a place
     * after "from" (and an age before it) tells of, a name with no given
     * name (the thirty-fifth audit's had been the town, which her "she"
     * had made a woman) */
    if (first >= 2 && quoth_word_is(&r->p, first - 1, "from") && !given_name(r, first)) {
        size_t end = first - 1;
        if (end >= 3 && quoth_punct_is(&r->p, end - 1, ",") && quoth_coarse(&r->p, end - 2) == CT_NUM &&
            quoth_punct_is(&r->p, end - 3, ","))
            end -= 3;
        int32_t person = run_ending_at(r, end);
        if (person >= 0 && r->t->s[r->t->runs[person].speaker].kind == QUOTH_KIND_PERSON) return person;
    }
    int32_t before = first >= 2 && quoth_word_is(&r->p, first - 1, "of") ? run_ending_at(r, first - 1) : -1;
    if (before < 0) return k;
    if (r->t->s[r->t->runs[k].speaker].kind == QUOTH_KIND_ORGANIZATION) return before;
    /* "Sen. Lucia Fontaine of North Ardell, who": a titled person's "of"
     * names where they come from, a place quoth may not know (the
     * speaker had been "North Ardell"; a blind audit's) */
    const quoth_name_run *person = &r->t->runs[before];
    int titled = person->lead < person->first ||
                 (person->first > 0 && (r->p.t[person->first - 1].lex & (LEX_TITLE | LEX_HONORIFIC)));
    return titled && r->t->s[person->speaker].kind == QUOTH_KIND_PERSON && !given_name(r, first) ? before : k;
}

/* Whether the apposition [first, end) may describe one person: it names no
 * other person whom the pronoun could mean ("Sanders, runner-up to Hillary
 * Clinton for the nomination, who ..."; a name that only modifies a noun,
 * "a Clinton campaign staffer", "an adviser to Ted Cruz's campaign", is
 * no such person), counts no people ("Kathleen Willey, two of the women
 * who ...") and its head noun, before any preposition, is not plural ("Ken
 * Griffin, hedge fund managers who ..."). */
static int describes_one_person(const quoth_resolver *r, size_t first, size_t end) {
    if (quoth_coarse(&r->p, first) == CT_NUM) return 0;
    int in_head = 1;
    size_t head = end;
    for (size_t k = first; k < end; k++) {
        int32_t run = run_ending_at(r, k + 1);
        if (run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON &&
            (k + 1 == end || !(quoth_possessive(&r->p, k + 1) || quoth_is_noun(&r->p, k + 1))))
            return 0;
        int c = quoth_coarse(&r->p, k);
        in_head &= c != CT_ADP;
        if (in_head && c == CT_NOUN) head = k;
    }
    if (head == end) return 1;
    const char *w = quoth_token_norm(r->p.tl, head);
    size_t n = strlen(w);
    return !(n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'');
}

/* Whether token i is a number of one or two digits, as an age is. */
static int two_digit_number(const quoth_resolver *r, size_t i) {
    const char *w = quoth_token_norm(r->p.tl, i);
    size_t n = r->p.t[i].norm_len;
    return (n == 1 || n == 2) && w[0] >= '0' && w[0] <= '9' && w[n - 1] >= '0' && w[n - 1] <= '9';
}

/* The person whose apposition ends at `end`, the relative pronoun after
 * it: "Dan Ruhl, a senior analyst at Jefferies, who ...", "Jeff Flake,
 * Republican of Arizona, who ...". Without this the name that ends the
 * role (Jefferies, Arizona) was taken for the antecedent and, being no
 * person, gave none. The apposition is a short phrase without a verb,
 * a quotation or a comma of its own, after a person's name and a comma. */
static int32_t apposed_person(const quoth_resolver *r, size_t end) {
    enum { APPOSITION_MAX = 12 };
    size_t first = quoth_sentence_first(&r->p, end);
    for (size_t k = end; k-- > first && end - k <= APPOSITION_MAX;) {
        if (quoth_punct_is(&r->p, k, ",")) {
            size_t name_end, name_at = k;
            /* "Tom Varga, 34, a teacher who": the age set off between */
            if (name_at >= first + 3 && quoth_punct_is(&r->p, name_at - 2, ",") && two_digit_number(r, name_at - 1))
                name_at -= 2;
            int32_t run = k > first && k + 1 < end && describes_one_person(r, k + 1, end)
                              ? past_place_of(r, quoth_run_ending_before_brackets(r, name_at, &name_end))
                              : -1;
            return run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON
                       ? r->t->runs[run].speaker
                       : -1;
        }
        int c = quoth_coarse(&r->p, k);
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || c == CT_WH || c == CT_CONJ ||
            (c == CT_PUNCT && !quoth_possessive(&r->p, k)) || r->p.t[k].quote_depth)
            return -1;
    }
    return -1;
}

/* Whether the dash before a relative pronoun at `dash` opens an insertion
 * ("Kagan -- who was ... -- said"), not closes one: in "one man -- an
 * unidentified Iranian-German -- who ..." the pronoun is the man's. */
static int dash_opens(const quoth_resolver *r, size_t dash) {
    for (size_t k = quoth_sentence_first(&r->p, dash); k < dash; k++)
        if (quoth_punct_is(&r->p, k, "--") || quoth_punct_is(&r->p, k, "-")) return 0;
    return 1;
}

/* "a study by the Coastal Research Institute, released in May, which
 * found": where the noun phrase ends that a relative pronoun after a
 * participle's aside, ending at `end` (its comma), hangs on; `end` when
 * no such aside ends there. */
static size_t before_participle_aside(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end < 4 || !quoth_punct_is(p, end, ",")) return end;
    for (size_t c = end - 1; c > 0 && end - c <= 6; c--) {
        if (!quoth_punct_is(p, c, ",")) continue;
        size_t n = p->t[c + 1].norm_len;
        const char *w = quoth_token_norm(p->tl, c + 1);
        int participle = quoth_coarse(p, c + 1) == CT_VERB && n > 3 && strcmp(w + n - 2, "ed") == 0;
        return participle ? c : end;
    }
    return end;
}

/* A relative pronoun source ("Kirby, who said ..."; "the Post, which
 * reported ..."): the speaker of the name right before it, a comma or a
 * dash between or not ("Kagan -- who ...", for a person only: a "which"
 * after a dash is a clause's); "who" for a person, "which" for an
 * organization. A person's place does not come between ("Rep. Ann
 * Kirkpatrick of Arizona, who ..."), nor their party in brackets, nor
 * their role (apposed_person), nor a place between them ("Sen. Dianne
 * Feinstein of California, the ranking Democrat ..., who"); a title
 * stands for its holder ("the president, who ..."). */
int32_t quoth_resolve_relative(const quoth_resolver *r, quoth_tspan src) {
    if (src.end != src.first + 1 || src.first == 0) return -1;
    const char *w = quoth_token_norm(r->p.tl, src.first);
    int who = strcasecmp(w, "who") == 0;
    if (!who && strcasecmp(w, "which") != 0) return -1;
    size_t end = src.first;
    if (quoth_punct_is(&r->p, end - 1, ",") ||
        (who && (quoth_punct_is(&r->p, end - 1, "--") || quoth_punct_is(&r->p, end - 1, "-")) &&
         dash_opens(r, end - 1)))
        end--;
    /* past an age set off by commas ("Alizadeh-Fard, 47, who coached ...") */
    if (end >= 3 && quoth_punct_is(&r->p, end, ",") && quoth_coarse(&r->p, end - 1) == CT_NUM &&
        quoth_punct_is(&r->p, end - 2, ","))
        end -= 2;
    end = before_participle_aside(r, end);
    int32_t k = quoth_run_ending_before_brackets(r, end, &end);
    if (who && (k < 0 || r->t->s[r->t->runs[k].speaker].kind != QUOTH_KIND_PERSON)) {
        int32_t person = apposed_person(r, end);
        if (person >= 0) return person;
    }
    if (k < 0) {
        size_t first = who ? quoth_np_left(&r->p, end, quoth_sentence_first(&r->p, end)) : end;
        return first < end ? quoth_resolve_title(r, (quoth_tspan){.first = (uint32_t)first, .end = (uint32_t)end}) : -1;
    }
    if (who) k = past_place_of(r, k);
    /* "a registered Republican who spoke ...": a member, not the party */
    if (who && r->t->runs[k].end == r->t->runs[k].first + 1 && quoth_party_of(quoth_token_norm(r->p.tl, r->t->runs[k].first)))
        return -1;
    int32_t s = r->t->runs[k].speaker;
    /* a police force is "who" as its officers are: "according to
     * Eastshire Police, who said there had been no arrests" (it had been
     * no one; the twenty-first audit's) */
    const quoth_name_run *run = &r->t->runs[k];
    int force = who && (quoth_word_is(&r->p, run->end - 1, "police") || quoth_word_is(&r->p, run->first, "police"));
    return (r->t->s[s].kind == QUOTH_KIND_ORGANIZATION) != who || force ? s : -1;
}

/* A source led by "he" or "she" that is more than the pronoun: "She and
 * her husband" (the first named speaks, as of two names), "he himself";
 * "His speech", "her comments on the issue" (what a person says through
 * stays theirs; not "his aides"). The pronoun's person, or -1. */
int32_t quoth_resolve_pronoun_lead(const quoth_resolver *r, const quoth_attribution_list *list, size_t k) {
    quoth_tspan src = list->a[k].source;
    const quoth_phrases *p = &r->p;
    if (src.end - src.first < 2 || !(p->t[src.first].lex & (LEX_MALE | LEX_FEMALE))) return -1;
    if (quoth_word_is(p, src.first, "he") || quoth_word_is(p, src.first, "she"))
        return quoth_resolve_pronoun(r, list, k, src.first);
    if (quoth_coarse(p, src.first) != CT_POSS) return -1;
    uint32_t i = src.first + 1;
    while (i + 1 < src.end && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN)) i++;
    /* "her statement", "her statements" (the seventh audit's "According
     * to her statements" had been no one's) */
    return (p->t[i].lex & LEX_CUE_NOUN) || quoth_document_noun(p, i) ? quoth_resolve_pronoun(r, list, k, src.first) : -1;
}

/* "we" outside quotation marks is the writers ("Yes, we know that ...",
 * "We asked our followers") or an interview's answer, not the body named
 * latest: on PolNeAR train, each of the 41 such sources that had been an
 * organization (the FBI, Congress, "America") was wrong on reading. */
static int writers_we(const quoth_resolver *r, size_t tok) {
    return !r->p.t[tok].quote_depth && quoth_word_is(&r->p, tok, "we");
}

/* Whether paragraph `para` opens with an interview's label: 'A' for an
 * answer ("A: ..."), 'Q' for a question ("Q: ...", or "QWhy ..." as
 * scraped pages glue it to its first word), 0 for neither. */
static int interview_label(const quoth_resolver *r, uint32_t para) {
    const quoth_paragraph *pg = &r->p.tl->para[para];
    if (!pg->n_tokens) return 0;
    size_t i = pg->first_token;
    const char *w = quoth_token_norm(r->p.tl, i);
    if ((w[0] == 'A' || w[0] == 'Q') && !w[1]) return pg->n_tokens > 1 && quoth_punct_is(&r->p, i + 1, ":") ? w[0] : 0;
    return w[0] == 'Q' && w[1] >= 'A' && w[1] <= 'Z' && w[2] >= 'a' && w[2] <= 'z' ? 'Q' : 0;
}

/* The person a text of questions and answers is with: the first person it
 * names before its first answer labelled "A:" ("Q&A with Vice President
 * Joe Biden", "Former first lady Laura Bush wrote ..."); -1 when it has
 * no such answer. */
int32_t quoth_interviewee_of(const quoth_resolver *r) {
    size_t n_paras = r->p.tl->n_para;
    uint32_t para = 0;
    while (para < n_paras && interview_label(r, para) != 'A') para++;
    if (para == n_paras) return -1;
    uint32_t answer = r->p.tl->para[para].first_token;
    for (size_t j = 0; j < r->t->n_runs && r->t->runs[j].first < answer; j++)
        if (r->t->s[r->t->runs[j].speaker].kind == QUOTH_KIND_PERSON) return r->t->runs[j].speaker;
    return -1;
}

/* How many paragraphs an answer may run on after its label. */
#define ANSWER_PARAGRAPHS_MAX 12

/* Whether token tok is in an interview's answer: its paragraph, or the
 * nearest before it that opens with a label, opens with "A:". */
static int in_answer(const quoth_resolver *r, size_t tok) {
    uint32_t para = paragraph_of(r, tok);
    for (uint32_t k = 0; k <= ANSWER_PARAGRAPHS_MAX && k <= para; k++) {
        int label = interview_label(r, para - k);
        if (label) return label == 'A';
    }
    return 0;
}

/* How long the one sentence of an essay's line about its writer may be. */
#define WRITER_LINE_MAX 40

/* The person an essay's last paragraph says wrote it: "Rick Scott is the
 * Republican governor of Florida.", "Gaudiano is a Washington-based
 * reporter for the USA TODAY NETWORK." (a name that opens it, then "is a",
 * "is an" or "is the", in a first sentence of at most WRITER_LINE_MAX
 * tokens); -1 when the text ends otherwise, as news does. */
int32_t quoth_writer_of(const quoth_resolver *r) {
    size_t n_paras = r->p.tl->n_para;
    while (n_paras > 0 && !r->p.tl->para[n_paras - 1].n_tokens) n_paras--;
    if (!n_paras) return -1;
    const quoth_paragraph *last = &r->p.tl->para[n_paras - 1];
    const quoth_sentence *first = &r->p.tl->sent[last->first_sentence];
    size_t j = first_run_from(r, last->first_token);
    if (j >= r->t->n_runs || first->count > WRITER_LINE_MAX) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    if (run->lead != last->first_token || r->t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION ||
        !quoth_word_is(&r->p, run->end, "is") ||
        !(quoth_word_is(&r->p, run->end + 1, "a") || quoth_word_is(&r->p, run->end + 1, "an") ||
          quoth_word_is(&r->p, run->end + 1, "the")))
        return -1;
    return run->speaker;
}

/* "A: ... I said that taxes would stay flat": an "I" outside quotation
 * marks in an interview's answer is the person interviewed, whom the
 * answers never name; elsewhere, in an essay whose last line names its
 * writer, the writer; else -1. */
static int32_t first_person_i(const quoth_resolver *r, size_t tok) {
    if (r->p.t[tok].quote_depth || !quoth_word_is(&r->p, tok, "i")) return -1;
    if (r->interviewee >= 0 && in_answer(r, tok)) return r->interviewee;
    return r->interviewee < 0 ? r->writer : -1;
}

/* An interview's label read as a source ("Q: You've been talking about
 * ..."): the interviewer, whom it does not name, or the person
 * interviewed; "Q" had been a speaker of that name. 1 when the source is
 * such a label. */
int quoth_resolve_interview_label(const quoth_resolver *r, quoth_attribution *a) {
    quoth_tspan src = a->source;
    if (src.end != src.first + 1 || !(r->p.t[src.first].flags & TOK_PARA_START)) return 0;
    int label = interview_label(r, paragraph_of(r, src.first));
    if (!label) return 0;
    a->speaker = label == 'A' ? r->interviewee : -1;
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_NONE;
    return 1;
}

/* The head noun of b's source, which opens with "a" or the like: past
 * its adjectives, a possessor and a compound's nouns, or the noun of its
 * apposition. */
static size_t unnamed_source_head(const quoth_resolver *r, const quoth_attribution *b) {
    size_t head = b->source.first + 1;
    /* past adjectives and an age: "A 29-year-old man" */
    while (head + 1 < b->source.end && quoth_coarse(&r->p, head) == CT_ADJ) head++;
    /* past a possessor: "A patient's son" */
    while (head + 2 < b->source.end && quoth_possessive(&r->p, head + 1) && quoth_coarse(&r->p, head + 2) == CT_NOUN)
        head += 2;
    /* to the compound's last noun: "A university spokesman" */
    while (head + 1 < b->source.end && !quoth_people_noun(r, (uint32_t)head) && quoth_coarse(&r->p, head) == CT_NOUN &&
           quoth_coarse(&r->p, head + 1) == CT_NOUN && !(r->p.t[head + 1].flags & TOK_CAPITALIZED))
        head++;
    /* or the noun of its apposition: "Another tenant, a woman who lives next door," */
    if (!quoth_people_noun(r, head) && head + 3 < b->source.end && quoth_punct_is(&r->p, head + 1, ",") &&
        (quoth_word_is(&r->p, head + 2, "a") || quoth_word_is(&r->p, head + 2, "an")))
        head += 3;
    return head;
}

/* Whether a person who may be whom the pronoun at tok means is named
 * between b's source and it: of its gender or of none ("she found Marc
 * Tremblay lying in the road. She said" is not Tremblay), and not in what
 * the unnamed person of b said when the pronoun's sentence comes right
 * after ("A mother of three said Makepeace had walked her son home. “I
 * never forgot that,” she said."), nor in what a's statement says ("“It
 * looked like Mars,” he said" had been Walt, named before the boy). */
static int person_named_since(const quoth_resolver *r, const quoth_attribution *a, const quoth_attribution *b,
                              size_t tok, int gender) {
    int next_sentence = r->p.t[tok].sentence == r->p.t[b->source.first].sentence + 1;
    for (size_t j = first_run_from(r, b->source.end); j < r->t->n_runs && r->t->runs[j].first < tok; j++) {
        const quoth_speaker *s = &r->t->s[r->t->runs[j].speaker];
        if (next_sentence && quoth_in_content(b, r->t->runs[j].first)) continue;
        if (quoth_in_content(a, r->t->runs[j].first)) continue;
        if (s->kind == QUOTH_KIND_PERSON && (!s->gender || s->gender == gender)) return 1;
    }
    return 0;
}

/* Whether the "he" or "she" at tok, the source of attribution k, is the
 * unnamed person whose statement comes right before it ("A nurse who
 * lives next door said she had been evicted. “We have nowhere to go,”
 * she said.": she had been the woman named before the nurse). Only when
 * that source opens with "a", "an", "one" or "another", its gender fits,
 * it is in the pronoun's sentence or the one before, and no person is
 * named between them: "A reporter asked Sanders how he was feeling. He
 * replied" is Sanders (a first version without that last test changed 32
 * train statements, most of them wrongly). */
static int unnamed_antecedent(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok) {
    if (k == 0 || !(quoth_word_is(&r->p, tok, "he") || quoth_word_is(&r->p, tok, "she"))) return 0;
    const quoth_attribution *b = &list->a[k - 1];
    if (b->speaker >= 0 || quoth_tspan_empty(b->source) || b->source.end > tok || b->source.end - b->source.first < 2)
        return 0;
    int one = indefinite_word(r, b->source.first);
    /* a noun of people that is no title ("A president who ..." is the
     * president the text is about) and no document ("a statement
     * saying"), who does not ask the next speaker ("a reporter asked") */
    size_t head = unnamed_source_head(r, b);
    /* a spokesman is a title that names no one the text is about, and
     * so is a title after a noun that says of what ("a shop owner", "a
     * bus driver") */
    int compound = head > b->source.first + 1 && quoth_coarse(&r->p, head - 1) == CT_NOUN;
    int title = (r->p.t[head].lex & LEX_TITLE) && !spokes_noun(r, (uint32_t)head) && !compound;
    if (!one || !quoth_people_noun(r, head) || title || quoth_document_noun(&r->p, head) ||
        quoth_word_is(&r->p, b->cue.first, "asked") || quoth_word_is(&r->p, b->cue.first, "questioned"))
        return 0;
    /* the pronoun's statement starts in the sentence after (its quotation
     * may hold several: "“Nobody tells you anything. You just sit in the
     * dark,” he said" had been the man named before the shop owner) */
    const quoth_attribution *a = &list->a[k];
    size_t starts = a->n_content && a->content[0].first < tok ? a->content[0].first : tok;
    if (r->p.t[starts].sentence > r->p.t[b->source.first].sentence + 1) return 0;
    int gender = quoth_word_is(&r->p, tok, "he") ? 1 : 2;
    if (b->source_gender && b->source_gender != gender) return 0;
    return !person_named_since(r, a, b, tok, gender);
}

/* "Danny Fairclough, he added, had been outstanding": a pronoun set off
 * inside what it says, which opens the sentence with words of no
 * quotation, stands for no one those words name; it is read as if it
 * stood before them (he had been Fairclough; the eighteenth audit's).
 * Where it is read so, else the pronoun's own token. */
static size_t set_off_pronoun_at(const quoth_resolver *r, const quoth_attribution *a) {
    const quoth_phrases *p = &r->p;
    size_t tok = a->source.first, opening = a->content[0].first;
    if (a->n_content != 2 || a->content[0].end > tok || a->source.end > a->content[1].first || tok < 2 ||
        !quoth_punct_is(p, tok - 1, ",") || opening != quoth_sentence_first(p, tok) || p->t[opening].quote_depth ||
        (p->t[opening].flags & TOK_QUOTE))
        return tok;
    return opening;
}

/* A personal pronoun source; the pronoun tells its speaker's gender when
 * nothing else did. */
void quoth_resolve_personal_pronoun(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    uint32_t lex = r->p.t[a->source.first].lex;
    int32_t first_person = first_person_i(r, a->source.first);
    size_t read_at = set_off_pronoun_at(r, a);
    a->speaker = writers_we(r, a->source.first)                   ? -1
                 : first_person >= 0                               ? first_person
                 : unnamed_antecedent(r, list, k, a->source.first) ? -1
                 : read_at != a->source.first                      ? quoth_resolve_pronoun_as(r, list, k, read_at, lex, 0)
                                                                   : quoth_resolve_pronoun(r, list, k, a->source.first);
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_NONE;
    quoth_speaker *sp = a->speaker >= 0 ? &r->t->s[a->speaker] : NULL;
    if (sp && !sp->gender && (lex & LEX_MALE)) sp->gender = 1;
    if (sp && !sp->gender && (lex & LEX_FEMALE)) sp->gender = 2;
}

/* The gender that the words of a source no speaker was found for give: a
 * "he" or "she", else its head noun's ("a mother of three", "his wife",
 * "the woman who ..."), not a possessor's ("the man's lawyer"). */
int quoth_source_gender(const quoth_resolver *r, quoth_tspan src) {
    uint32_t lex = r->p.t[src.first].lex;
    if (src.end == src.first + 1 && (lex & LEX_PRONOUN))
        return (lex & LEX_FEMALE) && !(lex & LEX_MALE) ? 2 : (lex & LEX_MALE) && !(lex & LEX_FEMALE) ? 1 : 0;
    int64_t head = -1;
    uint32_t i = src.first;
    for (; i < src.end; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c == CT_ADP || c == CT_WH || c == CT_PUNCT || c == CT_VERB || c == CT_AUX) break;
        if (c == CT_NOUN) head = i; /* the last: "the man's lawyer" is the lawyer */
    }
    int gender = head < 0 ? 0 : quoth_gender_of_role(quoth_token_norm(r->p.tl, (size_t)head));
    /* "One of them, a mother of three,": the head of an apposition */
    for (; !gender && i + 2 < src.end; i++)
        if (quoth_punct_is(&r->p, i, ",") && (r->p.t[i + 1].lex & LEX_DETERMINER) &&
            quoth_coarse(&r->p, i + 2) == CT_NOUN)
            gender = quoth_gender_of_role(quoth_token_norm(r->p.tl, i + 2));
    return gender;
}

/* "White House press secretary Dana Whitfield said ... She did not take
 * questions.": a "he" or "she" that opens a sentence, speaking or not,
 * tells the gender of the one person the sentence before names that fits
 * it (a person known to be a man fits no "she", so a known gender stays). */
void quoth_genders_from_pronouns(quoth_resolver *r) {
    const quoth_token_list *tl = r->p.tl;
    for (size_t s = 1; s < tl->n_sent; s++) {
        size_t end = tl->sent[s].first + tl->sent[s].count, i = opening_he_or_she(r, tl->sent[s].first, end);
        if (i == end) continue;
        int32_t person = quoth_sole_recent_person(r, i, r->p.t[i].lex, SCOPE_TWO_SENTENCES);
        if (person >= 0) r->t->s[person].gender = quoth_word_is(&r->p, i, "he") ? 1 : 2;
    }
}

/* "Mayor Tanaka said her administration would ...", "Okonjo said that
 * she had ...": a "he" or "she", "his" or "her" that opens the content
 * of a person's indirect statement (past "that") is the speaker's own in
 * reported speech, and tells the speaker's gender when nothing else did.
 * Not when a name stands between the source and the pronoun ("Smith told
 * Jones she ..."), nor inside a quotation. */
void quoth_genders_from_reported_pronouns(quoth_resolver *r, const quoth_attribution_list *list) {
    for (size_t k = 0; k < list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (a->speaker < 0 || !a->n_content || quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source)) continue;
        quoth_speaker *sp = &r->t->s[a->speaker];
        if (sp->gender || sp->kind != QUOTH_KIND_PERSON) continue;
        size_t i = a->content[0].first;
        if (i < r->p.n && (r->p.t[i].lex & LEX_COMPLEMENTIZER) && quoth_word_is(&r->p, i, "that")) i++;
        if (i >= r->p.n || r->p.t[i].quote_depth || i > a->content[0].end) continue;
        int male = quoth_word_is(&r->p, i, "he") || quoth_word_is(&r->p, i, "his");
        int female = quoth_word_is(&r->p, i, "she") || quoth_word_is(&r->p, i, "her");
        if (!male && !female) continue;
        /* a pronoun of the other gender later in the content may be the
         * speaker's own: "Ellery said she was the best player he had
         * coached" */
        int other = 0;
        for (size_t j = i + 1; j < a->content[0].end && !other; j++)
            other = male ? quoth_word_is(&r->p, j, "she") || quoth_word_is(&r->p, j, "her")
                         : quoth_word_is(&r->p, j, "he") || quoth_word_is(&r->p, j, "his") ||
                               quoth_word_is(&r->p, j, "him");
        if (other) continue;
        /* the content right after the cue, the source before it */
        if (a->source.end > a->cue.first || a->content[0].first > a->cue.end + 1) continue;
        /* not when the source's words say otherwise ("Okoro, a father of
         * two, said she"). Another person named before whom the pronoun
         * may mean ("Maria Lopez was fired ... Okoro said she had been
         * sacked") is not looked for: skipping when one is named in the
         * sentence or the one before cost train 6 and 19 statements that
         * agree with CoreNLP's coreference, for the few it would save. */
        int gender = male ? 1 : 2, said = quoth_source_gender(r, a->source);
        if (said && said != gender) continue;
        sp->gender = (uint8_t)gender;
    }
}

/* How far into its sentence a subject's own pronoun is looked for. */
#define OWN_PRONOUN_REACH 24

/* Whether a run that is no one known to be a person follows a preposition
 * of place ("flew home from Riga", "in Kisumu"): a place no list holds. */
static int place_after_preposition(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const AT[] = {"in", "from", "at", "near", "across", "outside", "inside"};
    if (r->t->s[run->speaker].kind == QUOTH_KIND_PERSON || run->first == 0) return 0;
    return quoth_word_in(&r->p, run->first - 1, AT, sizeof AT / sizeof *AT);
}

/* 1 when token i is "he", "his" or "him", 2 when "she" or "her", else 0. */
static int pronoun_gender(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].norm_len > 3) return 0; /* the pronouns are short */
    if (quoth_word_is(&r->p, i, "he") || quoth_word_is(&r->p, i, "his") || quoth_word_is(&r->p, i, "him")) return 1;
    return quoth_word_is(&r->p, i, "she") || quoth_word_is(&r->p, i, "her") ? 2 : 0;
}

/* Whether token i may describe a person other than the subject: a title,
 * a noun of a person ("the coach", "his wife"). */
static int other_person_at(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].lex & LEX_TITLE) return 1;
    if (quoth_coarse(&r->p, i) != CT_NOUN) return 0;
    return quoth_person_noun(r, (uint32_t)i) || quoth_gender_of_role(quoth_token_norm(r->p.tl, i)) != 0;
}

/* "Rin Takahashi reached the final when her opponent retired", "Ieva
 * Berzina flew home for her sister's wedding": the first "he", "his",
 * "him", "she" or "her" of a sentence that opens with a person's name is
 * that person's when no other person is named or described before it (a
 * body or a place may be),
 * and tells the person's gender when nothing else did (the audits' names
 * that no list holds, whose only "she" is not a speaker's). */
void quoth_genders_from_subjects_pronouns(quoth_resolver *r) {
    for (size_t j = 0; j < r->t->n_runs; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        quoth_speaker *sp = &r->t->s[run->speaker];
        size_t opening = quoth_sentence_first(&r->p, run->first);
        if (sp->gender || sp->kind != QUOTH_KIND_PERSON || r->p.t[run->first].quote_depth ||
            (run->lead != opening && run->first != opening))
            continue;
        size_t end = quoth_sentence_end(&r->p, run->first), next = end;
        for (size_t k = j + 1; k < r->t->n_runs && r->t->runs[k].first < end; k++) {
            const quoth_name_run *other = &r->t->runs[k]; /* a body or a place is no one the pronoun means */
            if (r->t->s[other->speaker].kind == QUOTH_KIND_ORGANIZATION || quoth_run_is_place(r, other) ||
                place_after_preposition(r, other))
                continue;
            next = other->first;
            break;
        }
        for (size_t i = run->end; i < next && i < run->end + OWN_PRONOUN_REACH; i++) {
            if (r->p.t[i].quote_depth || other_person_at(r, i)) break;
            int gender = pronoun_gender(r, i);
            if (!gender) continue;
            /* "... when he met her": either may be the subject's */
            for (size_t k = i + 1; k < end && gender; k++)
                if (pronoun_gender(r, k) == 3 - gender) gender = 0;
            sp->gender = (uint8_t)gender;
            break;
        }
    }
}
