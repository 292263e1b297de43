/*
 * speaker_names.h - the names a document holds, shared by the two halves
 * of speaker resolution: name_runs.c finds the runs of name words (with
 * name_tokens.c and name_starts.c), name_roles.c reads what each names (a
 * person, an organization; its role and gender) and speaker_names.c
 * groups them into speakers; speakers.c ties each attribution's source to
 * one of them. What those name files share among themselves only is in
 * name_runs.h. Internal to src/attrib.
 */
#ifndef QUOTH_ATTRIB_SPEAKER_NAMES_H
#define QUOTH_ATTRIB_SPEAKER_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/name_words.h"
#include "attrib/phrase.h"
#include "attrib/speakers.h"

/* At most this many attributions, name runs or speakers are looked back at
 * for one pronoun or title (far more than a few paragraphs of news hold), so
 * that a paragraph of thousands of "he said" stays linear. */
#define LOOKBACK_MAX 256

/* The end of a chain of the speaker index. */
#define NO_SPEAKER UINT32_MAX

/* A document naming more speakers of one surname than this looks no
 * further among them for a longer name that a run of words ends
 * (ends_name()), for the bearer of a surname alone ("Mr. Smith" after as
 * many women named Smith), or for the speaker of a word that a source
 * names outside a name run: no news article comes near, and a list of
 * thousands would otherwise compare each with all before it. */
#define QUOTH_SURNAME_WALK_MAX 64

/* One document being resolved. */
typedef struct quoth_resolver {
    quoth_phrases p;
    const char *text;
    quoth_speaker_table *t;
    const quoth_name_words *names;
    const uint8_t *pos_flags; /* quoth_attrib_input.pos_flags; NULL without a tagger */
    int32_t interviewee;      /* the person a text of questions and answers is with, or -1 */
    int32_t writer;           /* the person an essay's last line says wrote it, or -1 */
    const quoth_attribution_list *list; /* the document's attributions, for their sources */
    /* whether the document has given a person another name ("X, known as
     * Y,") or a nickname in quotation marks: the searches for their later
     * mentions run only then */
    uint8_t aliases, nicknames;
    /* the first run that gave another name: a repeated alias's search
     * (alias_repeated()) looks no further back */
    uint32_t first_alias_run;
} quoth_resolver;

/* Makes the table's memo of what is known of each of a document's
 * n_tokens tokens empty. 0 or QUOTH_ERR_NOMEM. */
int quoth_token_memo_reset(quoth_speaker_table *t, size_t n_tokens);

/* Finds the document's runs of name words, in text order. Returns 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_find_name_runs(quoth_resolver *r);

/* Empties the speaker index for a document of n_runs name runs. */
int quoth_speaker_index_reset(quoth_speaker_table *t, size_t n_runs);

/* Makes the speakers of the runs of two words or more, then of one word
 * (a surname of one of them, a near miss of one, or a speaker of its own).
 * Each returns 0 or QUOTH_ERR_NOMEM. */
int quoth_group_full_names(quoth_resolver *r);
int quoth_group_single_names(quoth_resolver *r);

/* Gives a person without a role the one a sentence says they are ("Ravi
 * Menon is the company's chief executive."; "She is the prosecution's
 * witness." after a sentence she opens). 0 or QUOTH_ERR_NOMEM. */
int quoth_roles_from_copulas(quoth_resolver *r);

/* A new speaker for `run`, of `kind`, named by its words (an organization
 * quoth knows by its usual name); *id is its index. 0 or QUOTH_ERR_NOMEM. */
int quoth_new_speaker(quoth_resolver *r, const quoth_name_run *run, int kind, int32_t *id);

/* Copies the NUL-terminated s into the table's arena at *off. */
int quoth_speaker_add_literal(quoth_resolver *r, const char *s, uint32_t *off);

/* Names organization `id`, just made of one word, `name` (a copy: a
 * person's body, "Clinton campaign") and indexes it by that name for
 * quoth_organization_named(). 0 or QUOTH_ERR_NOMEM. */
int quoth_body_rename(quoth_resolver *r, int32_t id, const char *name);

/* The first organization of the index's full names (two words or more, or
 * renamed by quoth_body_rename()) named exactly `name`, or -1. */
int32_t quoth_organization_named(const quoth_resolver *r, const char *name);

/* The party a text or role names: 1 Democratic, 2 Republican, 0 none or
 * both ("Democrats", "the GOP nominee"). */
int quoth_party_of(const char *text);

/* The latest person whose name opens with the word at token `tok`, written
 * alone, when it is a family name that comes first ("Xi said" after "Xi
 * Jinping", "Ban recalled" after "Ban Ki-moon"), of a gender that fits
 * (0: any); -1 when none. */
int32_t quoth_family_name_first_person(const quoth_resolver *r, size_t tok, int gender);

/* Whether token i is a word that ends newspapers' names: "Post",
 * "Times", "Journal", "Tribune" ... */
int quoth_newspaper_word(const quoth_phrases *p, size_t i);

/* Whether token i is a social network's handle: "@" and 2 to 30 letters,
 * digits or underscores ("@rivercat", "@Save_Fenwick_Pool"). */
int quoth_handle_at(const quoth_phrases *p, size_t i);

/* Whether name run `run` follows a newspaper's noun in small letters
 * ("the daily Narodna Pravda", "the newspaper Zorvanski Vestnik"). */
int quoth_introduced_as_newspaper(const quoth_resolver *r, const quoth_name_run *run);

/* Whether source `src` is headed by a poll or survey ("A CNN/ORC poll of
 * South Carolina", "The poll"): then 1, and *speaker its pollster (polls.c),
 * or -1 when it names none that may be ("New Hampshire polls"); else 0. */
int quoth_poll_speaker(const quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* Whether token i is "poll" or "polls" (any case), and whether it is
 * "survey" or "surveys": the words polls.c reads a poll by, and that end
 * or continue a name (name_runs.c). */
int quoth_poll_only_word(const quoth_phrases *p, size_t i);
int quoth_survey_word(const quoth_phrases *p, size_t i);

/* The index of the first name run that ends after token `tok` (runs are in
 * text order and do not overlap), by binary search; n_runs when none. */
size_t quoth_first_run_ending_after(const quoth_speaker_table *t, size_t tok);

/* The bucket of the speaker index that holds the surname hash `surname`. */
size_t quoth_surname_bucket(const quoth_speaker_table *t, uint64_t surname);

/* The last word of a speaker's name. */
const char *quoth_speaker_last_word(const quoth_speaker_table *t, const quoth_speaker *sp);

/* The classes (name_words.h) of the word at token i. */
static inline uint32_t quoth_name_classes_at(const quoth_resolver *r, size_t i) {
    return quoth_name_word_classes(r->names, r->p.t[i].lower_hash);
}

/* The kind of speaker a run names (quoth_speaker_kind), as the grouping of
 * names decides it. */
int quoth_run_kind(const quoth_resolver *r, const quoth_name_run *run);

/* Whether token i is a noun of nationality that sports and foreign news
 * call a person by ("the Italian", "the Swede"; 1 a man's, 2 a woman's,
 * 3 either), else 0. */
int quoth_nationality_noun(const quoth_phrases *p, size_t i);

/* quoth_nationality_noun() of a word as written ("Pole", "Dutchwoman"). */
int quoth_nationality_of(const char *w);

/* Whether token i is a capitalized word of nationality: one of
 * quoth_nationality_noun()'s, or one that ends as they do ("Finnish",
 * "Japanese", "Brazilian", "Iraqi"), not a party's ("Republican"). */
int quoth_nationality_word(const quoth_phrases *p, size_t i);

/* Whether a run names a place of the list ("New Hampshire", "Fla."). */
int quoth_run_is_place(const quoth_resolver *r, const quoth_name_run *run);

/* Whether the words [first, end) are set off by commas beside a noun
 * phrase headed by a body's noun ("Eurogrocers, the industry's lobby
 * group,"): they name that body. */
int quoth_apposed_to_body(const quoth_resolver *r, size_t first, size_t end);

/* "Arcturus Therapeutics of Cambridge": whether the "of" at `of` ends a
 * company's name of two words or more from `first`, whose last is a
 * company's word in the plural ("Therapeutics", "Holdings"), before where
 * the company is (a capitalized word that heads no body). Not "Reserve
 * Bank of India", whose "of" is its name's. The run had held both, and
 * "Arcturus" after it was a person. */
int quoth_company_of_place(const quoth_resolver *r, size_t first, size_t of);

/* 1 for a role or noun that marks a man ("husband"), 2 a woman
 * ("spokeswoman", "wife"), 0 neither. */
int quoth_gender_of_role(const char *role);

/* Once the document's speakers are resolved, drops the nickname in
 * quotation marks from each person's name: Desmond "Dessie" Garland is
 * Desmond Garland. The readers of the twentieth and twenty-first audits
 * named them so, and so the name meets the one other articles give. The
 * nickname served while resolving ("Dessie said" is Garland's); the
 * mention keeps it. A body's name keeps its quoted words. */
void quoth_names_without_nicknames(quoth_speaker_table *t);

/* "NADIA PELLINGTON:" of a transcript's label, named "Nadia Pellington"
 * in its text too: a person first named in capitals takes the name as
 * the text writes it in small letters (the twenty-ninth audit's
 * transcripts had been in capitals). 0 or QUOTH_ERR_NOMEM. */
int quoth_names_in_small_letters(quoth_resolver *r);


#endif
