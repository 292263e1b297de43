/*
 * attribution.h - attributions over tokens, as the stages build them.
 *
 * Rules and the learned tagger both produce quoth_attribution records over
 * token spans; speaker resolution fills in who; the engine turns them into
 * the public quoth_quote with character offsets at the very end.
 */
#ifndef QUOTH_ATTRIB_ATTRIBUTION_H
#define QUOTH_ATTRIB_ATTRIBUTION_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/name_words.h"
#include "attrib/quotes.h"
#include "text/tokens.h"

/* Tokens [first, end); empty when first == end. */
typedef struct quoth_tspan {
    uint32_t first, end;
} quoth_tspan;

static inline int quoth_tspan_empty(quoth_tspan s) { return s.first >= s.end; }

/* Whether two spans share a token (an empty span shares none). */
static inline int quoth_tspan_overlaps(quoth_tspan a, quoth_tspan b) {
    return !quoth_tspan_empty(a) && !quoth_tspan_empty(b) && a.first < b.end && b.first < a.end;
}

/* Whether `outer` holds all of `inner`, a nonempty span, and more. */
static inline int quoth_tspan_contains(quoth_tspan outer, quoth_tspan inner) {
    return !quoth_tspan_empty(inner) && outer.first <= inner.first && inner.end <= outer.end &&
           outer.end - outer.first > inner.end - inner.first;
}

enum { ORIGIN_RULE_DIRECT = 1, ORIGIN_RULE_INDIRECT = 2, ORIGIN_MODEL = 3 };

typedef struct quoth_attribution {
    quoth_tspan cue, source;
    quoth_tspan content[2];
    uint8_t n_content;
    uint8_t type;        /* quoth_quote_type */
    uint8_t origin;      /* ORIGIN_* */
    uint8_t resolved_by; /* quoth_resolution */
    int32_t speaker;     /* index into the document's speaker table, or -1 */
    int32_t joint;       /* the joint speaker it was made by, its index + 1, 0 when none
                            (source_joint.c): output in place of `speaker`, which the
                            rules go on reading, so that a "he" after "Trump and Clinton
                            said" is still Trump */
    uint8_t source_gender; /* without a speaker: the gender the source's words give ("a mother of
                              three", an unresolved "she"): 1 male, 2 female, 0 none */
    int32_t context_of;  /* for a source-less attribution: the one whose speaker it borrows, or -1 */
    float confidence;
    int32_t margin;      /* the tagger's: the least margin of its cue's tokens
                            (quoth_viterbi_margins); 0 for the rules' */
    uint8_t subject_judged; /* its source was the subject of a verb that judges it ("Trump was
                               asked", "appears to"): kept without a source, and no speaker is
                               borrowed for it */
} quoth_attribution;

/* Whether token `tok` lies in one of a's contents. */
static inline int quoth_in_content(const quoth_attribution *a, size_t tok) {
    for (int c = 0; c < a->n_content; c++)
        if (tok >= a->content[c].first && tok < a->content[c].end) return 1;
    return 0;
}

typedef struct quoth_attribution_list {
    quoth_attribution *a;
    size_t n, cap;
} quoth_attribution_list;

/* Appends a copy of *a. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_push(quoth_attribution_list *list, const quoth_attribution *a);

void quoth_attribution_list_free(quoth_attribution_list *list);

/* The dependency labels attribution looks at, as the parser numbers them
 * (QUOTH_NO_REL when the parser has no such label). */
typedef struct quoth_dep_rels {
    uint8_t nsubj, nsubjpass, ccomp, xcomp, parataxis, advcl, conj, dobj, mark, root;
} quoth_dep_rels;

/* What a part-of-speech tag tells the rules and speakers (pos_flags). */
enum {
    QUOTH_POS_FINITE = 1,        /* VBD, VBZ, VBP, MD: a finite verb, which ends a subject */
    QUOTH_POS_PLURAL_PROPER = 2, /* NNPS: "New Yorkers", "the Graysons" are no one person */
    QUOTH_POS_PLURAL = 4         /* NNS and NNPS: "the attendees" are no one person either */
};

/* Everything the attribution stages read about one document. */
typedef struct quoth_attrib_input {
    const char *text;
    quoth_token_list *tokens;
    const quoth_quotation_list *quotations;
    const quoth_dep_rels *rels; /* NULL without a parser */
    const uint8_t *pos_flags;   /* per part-of-speech id, QUOTH_POS_* bits; NULL without a tagger */
    const quoth_name_words *name_words; /* what names' words are (name_words.h): for speakers; may be NULL */
    /* Each token's block among the attribution tagger's window words and
     * its cue rate (quoth_attrib_find_word()), when the caller found them
     * already: the engine keeps them in its word cache, so that a word is
     * looked up once, not once per token. NULL: the tagger looks them up. */
    const uint32_t *word_blocks;
    const uint8_t *cue_rates;
} quoth_attrib_input;

/* Finds attributions by rule: direct quotes with their cue and source,
 * "X said (that) ...", "..., X said.", "according to X, ...". `used` has
 * one byte per token and marks tokens already taken by an attribution. */
int quoth_rules_attribute(const quoth_attrib_input *in, uint8_t *used, quoth_attribution_list *out);

/* Sets each attribution's type from the quotation marks its content holds. */
void quoth_attribution_set_types(const quoth_attrib_input *in, quoth_attribution_list *list);

/* Merges the rules' and the tagger's attributions into `out`: the rules'
 * first (on PolNeAR dev they are right 82% of the time, the tagger 61%),
 * then the tagger's where their content is still free. Where both read one
 * cue, or the tagger's content holds the rules', they vote (see
 * attribution.c). `used` (one byte per token of `tl`) is scratch. */
int quoth_attribution_merge(const quoth_token_list *tl, const quoth_attribution_list *rules,
                            const quoth_attribution_list *model, uint8_t *used,
                            quoth_attribution_list *out);

/* Gives attributions without a source the one their clause implies: the
 * subject of the cue verb in the dependency tree, or of the verb it hangs
 * from ("He claimed ... and said ...", "X said, arguing that ..."); without
 * a tree, a participle that opens its sentence or follows a comma borrows
 * the source of the nearest attribution of its sentence (PolNeAR annotates
 * 96% of such participles with one), and other verb cues take the
 * sentence's first noun phrase, or else the source of the attribution
 * before them in the sentence, or else the noun phrase just before the
 * cue. A passive cue ("is expected") gets none. Sorts `list` by position. */
void quoth_attribution_infer_sources(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "X reported, citing Y, that Z": the tagger reads one attribution of
 * "citing" with both "Y" and "that Z" for its content; PolNeAR gives the
 * clause to the verb before (X reported that Z) and only what is cited to
 * "citing". Appends the first; returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_split_citing(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "... said the former president had made a good case, while other
 * voters said they had not heard anything": a content that runs on over
 * a clause of ", while", whose subject and reporting verb make a statement
 * of their own, ends before it, and that clause's statement is appended
 * (PolNeAR annotates the two apart). Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_split_while(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Hospital managers put the figure closer to 6,500": an estimate that no
 * statement holds is its subject's statement, appended. Returns 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_attribution_figure_estimates(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Ms Harlow said the plant would close and warned that 300 jobs could
 * go": a second reporting verb after "and" that shares the subject of a
 * statement's clause, and reports a clause of "that", a quotation or a
 * clause with a subject, which no statement took (the rules cut the first
 * content before it, as PolNeAR mostly annotates two statements), makes a
 * statement of its own with the first's source, to the sentence's end.
 * Appends it; returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_split_and(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "said the device, called the Fold Tab, would go on sale": a statement
 * whose cue is "called", "named" or "dubbed" after a comma that ends
 * another's content is a phrase of that content, which goes on over it
 * (it had been cut at the comma, and "called" a statement of its own).
 * Removes it; returns 0. */
int quoth_attribution_join_naming_participles(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Its head of operations, Fiona Drummond, says the arrangement suits
 * everyone": of two statements of one cue, each the other's source and
 * content, the one that reads CONTENT, CUE SOURCE with its source after
 * the cue is dropped. */
void quoth_attribution_drop_reversed(const quoth_attrib_input *in, quoth_attribution_list *list);

/* Drops the tagger's attributions whose one content is an adverbial
 * ("On Thursday,", "In fact,", "on Monday after the spill"): a phrase
 * that opens its sentence with a preposition or a date, or a date after
 * the cue, holding no finite verb and no quotation; and those whose cue
 * posts a company's results ("posted a net profit of ..."). */
void quoth_attribution_drop_adverbial(const quoth_attrib_input *in, quoth_attribution_list *list);

/* The tagger's content before its source and cue that begins inside its
 * sentence's first words begins with the sentence ("The launch of the
 * lander was called off, officials said" had begun at "lander"). */
void quoth_attribution_content_from_sentence_start(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "The minister evaluated that the result is fruit of the inspection":
 * a sentence no statement holds, whose subject reports a clause with a
 * verb of translated news that the tagger learned no cue of ("evaluated",
 * "introduced", "ponderated", "assessed"), is the subject's statement.
 * Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_translated_cues(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "In his opinion, the region needs a special law.", "In her words, ...":
 * a sentence opened so is the statement of the possessive's person, the
 * noun its cue, the rest of the sentence its content (as "In his view,"
 * is, which the tagger finds and these it did not), when no statement
 * holds any of its words. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_opinion_openings(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "As writes the „Frankfurter Morgenblatt“, the coalition wants ...",
 * "As noted the minister Ivan Petrov, ...": a sentence opened by "As" and
 * a verb of reporting before its subject, then a comma, is that
 * subject's statement of the rest, when nothing took its opening.
 * Appends it; returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_inverted_as(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "As Reuters reported earlier, X": the statement of an opening "As"
 * clause whose content the tagger ended at a time is X, or is made when
 * the tagger read none ("As my colleague M. D. wrote last week, X"); a
 * reading of X as its subject's own statement (a verb not of saying)
 * goes. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_as_reported(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Rescuers using excavators ... were digging ..., said Adi Wibisono": a
 * content that opens its sentence before an inverted cue and its source
 * runs on to the comma before the cue, when nothing between is another
 * statement's or quoted. */
void quoth_attribution_content_to_inverted_cue(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Diplomats said the original draft, circulated last week, had demanded
 * a ceasefire": a second cue that starts where the first statement's
 * content stops at a comma, sharing its source, is the verb of that
 * content's clause, which runs on over it. */
void quoth_attribution_join_cue_inside_content(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "X said A; fire officials estimated B": a content that runs on past a
 * semicolon into a clause of reporting with its own subject stops before
 * the semicolon, and the clause is a statement of its own, appended.
 * Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_split_semicolons(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "A judge struck down the law, ruling that it ...": a participle of
 * saying and "that" after a main clause's comma, which no reading took,
 * is the sentence's subject's statement. Appends it; returns 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_attribution_participle_reports(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "X warned that A, saying B": a participle of saying right after a
 * statement's content, whose clause no reading took, is the same
 * source's statement of B. Appends it; returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_trailing_participles(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "X said in a statement posted on Telegram that ...": a reading of "a
 * statement" as the source of "posted" is X's statement, "said" its cue. */
void quoth_attribution_said_in_documents(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Hospitals, she continued, were running out of beds": a cue set off by
 * commas inside a sentence that no reading took is its source's
 * statement of the two parts around it. Appends it; returns 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_attribution_parenthetical_cues(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "It was learned from the Emergency Management Department that ...",
 * "In the summary of the decision, it was stated that ...": the passive
 * report of translated news is the statement of the agent after its verb
 * or of the document that opens its sentence; "it" is never its source
 * (a reading that took it gives it up, and keeps none when no one is
 * named). Appends what no reading took; returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_passive_reports(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "Said the mayor, Alan Crewe: “…”", "Said Dorothy Poynter, who grew up
 * with him, “…”": a sentence opened by a verb of saying, then its speaker
 * and a comma or colon before a quotation, is the speaker's direct quote
 * with the verb as cue; the apposition or relative clause after the name
 * is the source's (the cue had been the colon, or the clause part of the
 * content). Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_inverted_openings(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "\"We have waited four years.\" -- Lars Eriksen, chief executive": a
 * paragraph that is a quotation signed after a dash is the signer's
 * statement, the dash its cue (as PolNeAR annotates them); a content of
 * the paragraph before that ran on into it stops at the paragraph's
 * start. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_signed_quotations(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "« … », she confided.": a quotation no statement holds, reported by the
 * verb that ends its sentence after it, with a pronoun or a name for its
 * subject. 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_quotations_closed_by_verb(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "— We will not retreat, — the commander said.": a paragraph that opens
 * with a dash, and its reporting clause set off by another, is a
 * statement in place of the tagger's readings of it. 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_attribution_dash_dialogue(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "X believes ..., her spokesman, Y, said.": the statement whose content
 * ran on over the role and the name set off before a closing verb of
 * saying gives way to theirs, which reports the sentence. 0. */
int quoth_attribution_reports_of_reports(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "In the opinion of X, ...", "As reported by X, ...", "By words of X,
 * ...": a sentence opened by its source, up to a comma, that no statement
 * holds reports the clause after it. 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_source_openings(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "A nurse stole drugs from the ward, a jury at Kenmore Crown Court heard
 * on Monday.": what a court heard, told before "heard", is a statement
 * without a source, as "The court heard that ..." is; the tagger's
 * readings of the sentence give way. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_court_heard(const quoth_attrib_input *in, quoth_attribution_list *list);

/* "A nurse who asked not to be named said staff had been told ...": the
 * tagger reads "asked" as the cue and runs the content on over "said", or
 * takes the sentence for the content of the one before. The reporting
 * verb that ends a clause of anonymity ("who asked not to be named",
 * "who requested anonymity to ...", "who spoke on condition of
 * anonymity") is the statement's cue, the noun phrase before "who" its
 * source and the rest of the sentence its content; a content of another
 * attribution run on over the sentence ends before it. The request for
 * anonymity itself ("asked not to be identified", "declined to give her
 * name") is no statement and goes. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_attribution_anonymous_sources(const quoth_attrib_input *in, quoth_attribution_list *list);

/* Sorts attributions by their first content token. */
void quoth_attribution_sort(quoth_attribution_list *list);

#endif
