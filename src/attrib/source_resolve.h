/*
 * source_resolve.h - what the files that resolve a source to its speaker
 * share: speakers.c (the entry point, the flow of a document and of each
 * source), source_names.c, source_pronouns.c, source_titles.c and
 * source_bodies.c (the rules). The small helpers that rules ask of many
 * tokens are static inline here, so that each file inlines them as it did
 * when all were one file; the rules each file offers the others are
 * called once per source or per document. Internal to src/attrib.
 */
#ifndef QUOTH_ATTRIB_SOURCE_RESOLVE_H
#define QUOTH_ATTRIB_SOURCE_RESOLVE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "attrib/attribution.h"
#include "attrib/speaker_names.h"

/* How far back a pronoun looks for the speaker it stands for. */
#define PRONOUN_PARAGRAPHS 3

/* Which sentences quoth_sole_recent_person() reads. */
enum {
    SCOPE_TWO_SENTENCES, /* the pronoun's and the one before */
    SCOPE_OWN_SENTENCE,  /* the pronoun's, the person its subject */
    SCOPE_NARRATED       /* the pronoun's and the one before past a quotation's */
};

/* ------------------------------------------------------ helpers of every file */

/* The last word of a source, past the punctuation that closes it ("the
 * police,"): the word that says what the source is. */
static inline uint32_t source_last_word(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = src.end - 1;
    while (last > src.first && (r->p.t[last].flags & TOK_PUNCT)) last--;
    return last;
}

/* Whether token i is "a", "an", "one" or "another", the words that bring
 * in someone the text does not name ("a diplomat", "one resident"). */
static inline int indefinite_word(const quoth_resolver *r, size_t i) {
    static const char *const INDEFINITE[] = {"a", "an", "one", "another"};
    return quoth_word_in(&r->p, i, INDEFINITE, sizeof INDEFINITE / sizeof *INDEFINITE);
}

static inline uint32_t paragraph_of(const quoth_resolver *r, size_t i) {
    return r->p.tl->sent[r->p.t[i].sentence].paragraph;
}

/* The index of the first run that starts at or after token `tok`. The
 * runs' first tokens increase (quoth_find_name_runs() stores them in the
 * order of the text), so it is found by halving; the half kept is chosen
 * by a conditional move, not a branch, which a search guesses wrong half
 * the time (the rules ask it for most sources, 45 thousand mispredicts on
 * 200 articles), as quoth_first_run_ending_after() does. */
static inline size_t first_run_from(const quoth_resolver *r, size_t tok) {
    size_t n = r->t->n_runs;
    if (n == 0) return 0;
    const quoth_name_run *base = r->t->runs;
    /* the answer is in [base, base + n] */
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].first < tok ? base + half : base;
        n -= half;
    }
    return (size_t)(base - r->t->runs) + (base->first < tok);
}

/* The index of the run that ends at token `end`, or -1. */
static inline int32_t run_ending_at(const quoth_resolver *r, size_t end) {
    size_t lo = 0, hi = r->t->n_runs; /* the last run that ends by `end` */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->t->runs[mid].end <= end) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && r->t->runs[lo - 1].end == end ? (int32_t)(lo - 1) : -1;
}

/* Whether `text` holds `word`, in any case. */
static inline int holds_word(const char *text, const char *word) {
    size_t n = strlen(word);
    for (; *text; text++)
        if ((*text | 0x20) == (*word | 0x20) && strncasecmp(text, word, n) == 0) return 1;
    return 0;
}

static inline int is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Whether `text` holds `word` as a whole word, in any case: "president"
 * is not in "presidential", nor "vice" in "Secret Service". */
static inline int holds_whole_word(const char *text, const char *word) {
    size_t n = strlen(word);
    for (const char *at = text; *at; at++)
        if ((*at | 0x20) == (*word | 0x20) && strncasecmp(at, word, n) == 0 && (at == text || !is_ascii_letter(at[-1])) &&
            !is_ascii_letter(at[n]))
            return 1;
    return 0;
}

/* Whether the token at i is the noun of a body that acts for a person. */
static inline int body_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const BODIES[] = {"campaign", "administration", "team", "camp", "government", "office"};
    return quoth_word_in(&r->p, i, BODIES, sizeof BODIES / sizeof *BODIES);
}

static inline int holds_hash(const quoth_phrases *p, size_t first, size_t end, uint64_t hash) {
    for (size_t i = first; i < end; i++)
        if (p->t[i].lower_hash == hash) return 1;
    return 0;
}

/* Whether token i is a word of a place's name the gazetteer knows
 * ("Montana", "New" of "New Mexico"). */
static inline int state_word(const quoth_resolver *r, uint32_t i) {
    return (quoth_name_classes_at(r, i) & NAME_PLACE) != 0;
}

/* Whether token i names one who speaks for a body: "spokesman",
 * "spokeswoman", "spokesperson", "official". */
static inline int spokes_noun(const quoth_resolver *r, uint32_t i) {
    return quoth_word_is(&r->p, i, "spokesman") || quoth_word_is(&r->p, i, "spokeswoman") ||
           quoth_word_is(&r->p, i, "spokesperson") || quoth_word_is(&r->p, i, "official");
}

/* ------------------------------------------------------ source_names.c */

/* The names a source holds. */

/* Whether token i is a common noun of people: "woman", "source", "voters",
 * "official". */
int quoth_people_noun(const quoth_resolver *r, uint32_t i);

/* Whether a source is people in the plural whom only capitalized words or
 * a number before them modify ("Trade officials"): no one the text names. */
int quoth_unnamed_group(const quoth_resolver *r, quoth_tspan src);

/* The noun of people that heads a source when the person or place of `run`
 * only modifies it ("the Clinton campaign", "Clinton's allies"), else 0. */
uint32_t quoth_modified_head(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run);

/* The index of the name run a source names, or -1 when it holds none. */
int32_t quoth_run_in_source(const quoth_resolver *r, quoth_tspan src);

/* Sets attribution k's speaker by the names its source holds (a state, a
 * person, a title, any name); 1 when that answered, even with no one, else 0. */
int quoth_resolve_by_name(const quoth_resolver *r, quoth_attribution_list *list, size_t k);

/* ------------------------------------------------------ source_pronouns.c */

/* Pronouns, interviews, genders. */

/* The one person that fits `lex` named before token tok within `scope`
 * (SCOPE_*), or -1 when none or two are. */
int32_t quoth_sole_recent_person(const quoth_resolver *r, size_t tok, uint32_t lex, int scope);

/* The person who opens the sentence before tok's as its subject and fits
 * `lex`, or -1. */
int32_t quoth_previous_subject(const quoth_resolver *r, size_t tok, uint32_t lex);

/* The speaker of the latest attribution before k that fits `lex`, within a
 * few paragraphs of tok, or -1; *at is where its source starts, *reach (when
 * not NULL) its statement's last token. */
int32_t quoth_last_fitting_speaker(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok,
                                   uint32_t lex, size_t *at, size_t *reach);

/* The speaker that a pronoun of classes `lex`, read at token tok (attribution
 * k's source or in it), stands for, or -1; depth is 0. */
int32_t quoth_resolve_pronoun_as(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok,
                                 uint32_t lex, int depth);

/* quoth_resolve_pronoun_as() of the pronoun at tok, by its own classes. */
int32_t quoth_resolve_pronoun(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok);

/* The index of the run that ends at `end`, or before a party and state in
 * brackets there, with *name_end where it ends; else -1. */
int32_t quoth_run_ending_before_brackets(const quoth_resolver *r, size_t end, size_t *name_end);

/* The speaker a relative pronoun source ("who", "which") stands for, or -1. */
int32_t quoth_resolve_relative(const quoth_resolver *r, quoth_tspan src);

/* The person of a "he" or "she" that leads attribution k's longer source
 * ("She and her husband", "his speech"), or -1. */
int32_t quoth_resolve_pronoun_lead(const quoth_resolver *r, const quoth_attribution_list *list, size_t k);

/* The person a text of questions and answers is with, or -1. */
int32_t quoth_interviewee_of(const quoth_resolver *r);

/* The person an essay's last line says wrote it, or -1. */
int32_t quoth_writer_of(const quoth_resolver *r);

/* Sets a's speaker when its source is an interview's label ("Q:"); 1 then. */
int quoth_resolve_interview_label(const quoth_resolver *r, quoth_attribution *a);

/* Sets the speaker of attribution k, whose source is one personal pronoun,
 * and the speaker's gender when the pronoun tells it. */
void quoth_resolve_personal_pronoun(quoth_resolver *r, quoth_attribution_list *list, size_t k);

/* The gender the words of a source give (1 male, 2 female), or 0. */
int quoth_source_gender(const quoth_resolver *r, quoth_tspan src);

/* Once a document's sources are resolved: the genders that a sentence's
 * opening "he" or "she", reported speech's pronouns and the pronouns after a
 * sentence's subject tell of the persons the text gave none. */
void quoth_genders_from_pronouns(quoth_resolver *r);
void quoth_genders_from_reported_pronouns(quoth_resolver *r, const quoth_attribution_list *list);
void quoth_genders_from_subjects_pronouns(quoth_resolver *r);

/* ------------------------------------------------------ source_titles.c */

/* Titles, offices, descriptions. */

/* Whether a role names a title ("Sen." for "senator"), a vice's only with
 * `vice`; with `by_kind`, a title of the kind a general noun names too. */
int quoth_role_holds_title(const char *role, const char *title, int vice, int by_kind);

/* The holder of the office a source abbreviates ("the PM"), or -1; *found
 * is set when the source is such an abbreviation. */
int32_t quoth_resolve_office_abbreviation(const quoth_resolver *r, quoth_tspan src, int *found);

/* ------------------------------------------------------ source_joint.c */

/* Names joined by "and" that open a source ("Her parents, Sophie and
 * Daniel Harland,"): their joint speaker in *speaker, made when none is,
 * else -1. 0 or QUOTH_ERR_NOMEM. */
int quoth_resolve_joint_names(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* A plural source that stands for a joint speaker ("They", "the couple",
 * "the two companies"): that speaker in *speaker, else -1. 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_resolve_joint_plural(quoth_resolver *r, const quoth_attribution_list *list, size_t k, int32_t *speaker);

/* A headline's title with no article ("..., sheriff says"): the first
 * person the article names with it; -1 otherwise. */
int32_t quoth_resolve_headline_title(const quoth_resolver *r, quoth_tspan src);

/* The person named latest before a definite source whose role holds the
 * title that ends it ("the spokesman"), or -1. */
int32_t quoth_resolve_title(const quoth_resolver *r, quoth_tspan src);

/* "the Emir" after "the Emir, Alhaji Ibrahim Ado Dan Kurmi,", "the
 * Sardauna" after "Alhaji Bello Sani Yaro, the Sardaunan Kuraye,": the
 * person an apposition gave the capitalized word of "the X" as a title
 * (a traditional office quoth has no title word for, which had been a
 * body or a person named "Emir"); -1 when the source is no such word or
 * no one was named so. */
int32_t quoth_resolve_title_by_apposition(const quoth_resolver *r, quoth_tspan src);

/* The holder of a place's public office ("the mayor of Penwithick"), or
 * -1; *found is set when the source reads so. */
int32_t quoth_holder_of_office_of(const quoth_resolver *r, quoth_tspan src, int *found);

/* The words that describe a person's run, [*first, *head] with the head
 * noun last; 0 when there are none. */
int quoth_run_description(const quoth_resolver *r, const quoth_name_run *run, size_t *first, size_t *head);

/* Whether tokens [from, to) mention the noun at `noun` after "a", "an",
 * "one" or "another": someone else of its kind came between. */
int quoth_indefinite_between(const quoth_resolver *r, size_t from, size_t to, size_t noun);

/* The person described latest by the words of a definite description
 * ("the retired neurosurgeon"), or -1. */
int32_t quoth_resolve_description(const quoth_resolver *r, quoth_tspan src);

/* Whether token i is a noun of a person that is no title ("candidate",
 * "the dad-of-two"). */
int quoth_person_noun(const quoth_resolver *r, uint32_t i);

/* Whether token i gives an age: "46-year-old". */
int quoth_age_word(const quoth_resolver *r, size_t i);

/* "the elder Sakamoto", "the younger Habimana": of the people named
 * before with that surname, the one the text tells older or younger (by
 * an age set off after the name, or a word of family beside it), or -1. */
int32_t quoth_resolve_elder_younger(const quoth_resolver *r, quoth_tspan src);

/* A description without the age set off after it ("The star, 34,"). */
quoth_tspan quoth_without_age_apposition(const quoth_resolver *r, quoth_tspan src);

/* The person the text is about at attribution k whom a description of one
 * person names ("the billionaire businessman"; with `title`, a public
 * office), or -1. */
int32_t quoth_resolve_salient_description(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                          quoth_tspan src, int title);

/* ------------------------------------------------------ source_bodies.c */

/* Bodies named by a noun or an untagged word, documents' makers; those that
 * take int32_t *speaker return 0 or QUOTH_ERR_NOMEM (a body made), with
 * *speaker -1 when the source reads otherwise. */

/* The person named in full whose surname is a source's one capitalized
 * word that the tagger took for no name, or -1. */
int32_t quoth_resolve_untagged_surname(const quoth_resolver *r, quoth_tspan src);

/* A party's members heading a group by where they are ("Republicans in
 * Tennessee"): their body. */
int quoth_resolve_untagged_group_head(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "The Post" tagged a common noun: the newspaper named in full before, or -1. */
int32_t quoth_resolve_untagged_newspaper(const quoth_resolver *r, quoth_tspan src);

/* An organization the source names that the tagger took for no name
 * ("Police said", "the AP"): one speaker however often it speaks. */
int quoth_resolve_untagged_organization(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "police", "prosecutors": the force or the office the article named, else
 * one speaker "police". */
int quoth_resolve_police(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "The Kalyanpur city police": one body of that whole name. */
int quoth_resolve_place_police(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "Brazil's Foreign Ministry": one body of that whole name, which the
 * run of its name then stands for. */
int quoth_resolve_possessed_body(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "The unification ministry", "Seoul's presidential office", "the
 * planning department": the body named in the text that holds those
 * words in small letters (*named_before set), else one body of them. 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_resolve_lowercase_body(quoth_resolver *r, quoth_tspan src, int32_t *speaker, int *named_before);

/* "the Dutch government", "the German finance ministry": one body of
 * that whole name. */
int quoth_resolve_national_body(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* A transcript's label ("WALLACE:") that the tagger took for a common
 * noun: the speaker it names. */
int quoth_resolve_transcript_label(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* The body of a person named "SURNAME NOUN" (the `len` bytes of `surname`
 * and the noun at `noun`: "Clinton campaign"), made when new. */
int quoth_body_speaker(quoth_resolver *r, const char *surname, size_t len, uint32_t noun, int32_t *speaker);

/* "the Clinton campaign": the body of the person whose name modifies the
 * noun. */
int quoth_resolve_affiliation(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "the Castine campaign", of a one-word name that is no person: the campaign. */
int quoth_resolve_campaign_of_word(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "the campaign": the body of the person the text last named with that
 * noun, within a few paragraphs. */
int quoth_resolve_body_named_before(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* "his campaign": the body of the person whom the pronoun of attribution
 * k's source stands for. */
int quoth_resolve_pronoun_affiliation(quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                      int32_t *speaker);

/* "the governor's office": the body of the title's holder. */
int quoth_resolve_title_affiliation(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* Whether token i is a noun of an institution or a company. */
int quoth_institution_word(const quoth_resolver *r, uint32_t i);

/* Whether token i is a noun of a business ("company", "carmaker"). */
int quoth_commercial_noun(const quoth_resolver *r, uint32_t i);

/* Whether token i is a noun of an institution that "the NOUN" finds by the
 * end of a name ("museum", "airport"). */
int quoth_named_institution_noun(const quoth_resolver *r, uint32_t i);

/* "the company", "the paper", "the band" (the noun at `last`): the one body
 * of that kind named in its paragraph or the one before, none whose name
 * ends with another of the n `nouns`; -1 when none or two are. */
int32_t quoth_resolve_kind_noun(const quoth_resolver *r, quoth_tspan src, uint32_t last, const char *const *nouns,
                                size_t n);

/* "his agency", "her label", "their club": the body of that kind named
 * before (as "the agency"), else first after it in its paragraph or the
 * next. -1 when the source is no such noun, or none is named. */
int32_t quoth_resolve_owned_body(const quoth_resolver *r, quoth_tspan src);

/* "Maulana Fazal Rabbani ... the Maulana said": a form of courtesy alone
 * after "the" (quoth_courtesy_word()) is the person named latest with it,
 * within the few runs before. -1 when the source is no such words, or
 * none is. */
int32_t quoth_resolve_courtesy_alone(const quoth_resolver *r, quoth_tspan src);

/* "A bench of Justices X and Y", "A division bench of Justices ...": the
 * court named latest before (or first after); a headline's "SC" or "HC",
 * the Supreme Court or the High Court the article names. -1 when the
 * source is none of these, or names no court. */
int32_t quoth_resolve_bench(const quoth_resolver *r, quoth_tspan src);

/* "the union", "the committee", "the campaign": the organization named
 * before that the noun stands for, or -1. */
int32_t quoth_resolve_organization_noun(const quoth_resolver *r, quoth_tspan src);

/* "Surveys by the foundation": the body that the "by" names. */
int quoth_resolve_maker_after_by(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* Whether the words [first, last) say only where a body is based
 * ("Ohio-based"). */
int quoth_based_in_place(const quoth_resolver *r, uint32_t first, uint32_t last);

/* Whether token i is a work with a maker of its own ("report", "lawsuit"). */
int quoth_authored_work(const quoth_resolver *r, uint32_t i);

/* "The lawsuit, filed ... by the Tenants' Association,": the agent after
 * "by", *body set when it is a person's body; -1 when the source reads
 * otherwise. */
int32_t quoth_agent_of_participle_clause(const quoth_resolver *r, quoth_tspan src, uint32_t *body);

/* "the statement": the maker of the latest earlier mention of the same noun
 * that names one. */
int quoth_resolve_document(quoth_resolver *r, const quoth_attribution_list *list, size_t k, quoth_tspan src,
                           int32_t *speaker);

/* ------------------------------------------------------ speakers.c */

/* The rules on a source as a whole. */

/* Whether a person is named right after a comma inside the source. */
int quoth_names_apposed_person(const quoth_resolver *r, quoth_tspan src);

#endif
