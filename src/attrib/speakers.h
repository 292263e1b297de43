/*
 * speakers.h - who a source is: resolution within one document.
 *
 * Names are found as runs of name words; the runs that name one person
 * (full name, surname, a near-miss spelling of the surname) are grouped
 * under the longest form seen; organizations get their usual name. Each
 * attribution's source is then tied to a speaker: by the name it holds, by
 * a pronoun to the nearest fitting person, by a title to the person who
 * holds it, or, with no source at all, to the speaker of the clause it
 * continues ("..., noting that ...").
 */
#ifndef QUOTH_ATTRIB_SPEAKERS_H
#define QUOTH_ATTRIB_SPEAKERS_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"

typedef struct quoth_speaker {
    uint32_t name;      /* offset of the canonical name in the string arena */
    uint32_t role;      /* offset of the role, or UINT32_MAX */
    uint8_t kind;       /* quoth_speaker_kind */
    uint8_t gender;     /* 0 unknown, 1 male, 2 female */
    uint8_t place;      /* an organization named by a place ("Florida said"): never "they" */
    uint8_t nobody;     /* a name of unknown kind that is no one's ("GOP", "Saudis", "June") */
    uint8_t role_noun;  /* the role is what they are ("neurosurgeon"), not a title: a later title replaces it */
    uint8_t paper;      /* named once after a newspaper's noun ("the daily X"): "the newspaper" may be it */
    uint8_t joint;      /* several who spoke together ("Sophie and Daniel Harland"): source_joint.c */
    uint32_t first_token;
    uint64_t surname;   /* hash of the lower-cased last word of the name */
    uint32_t name_words;
    uint64_t name_hash; /* an organization's name in small letters, spaces left out, hashed (fold_hash) */
} quoth_speaker;

/* A run of name words in the text and the speaker it names. */
typedef struct quoth_name_run {
    uint32_t first, end; /* tokens */
    uint32_t lead;       /* where the capitalized words began: titles before the name ("Secretary of State") */
    int32_t speaker;
    uint8_t how;         /* quoth_resolution by which the run was tied to its speaker */
    uint8_t state;       /* the US state its mention names (states.h), QUOTH_STATE_UNREAD until read */
} quoth_name_run;

/* quoth_name_run.state before the mention is read. */
#define QUOTH_STATE_UNREAD 255

typedef struct quoth_speaker_table {
    quoth_speaker *s;
    size_t n, cap;
    quoth_name_run *runs;
    size_t n_runs, cap_runs;
    char *arena;
    size_t arena_len, arena_cap;
    /* speakers chained in table order by surname hash; those of two words
     * or more, and persons' bodies ("Clinton campaign"), by their full name
     * too (an organization's name hash, a person's surname and first
     * word); persons of two words or more by
     * the first two letters of their surname (for near_miss): so that
     * grouping a name does not scan every speaker */
    uint32_t *head, *tail, *next;   /* by surname: n_buckets heads, cap next */
    uint32_t *head3, *tail3, *next3; /* by full name: n_buckets heads */
    uint32_t *head2, *tail2, *next2; /* by surname's first letters */
    size_t n_buckets, cap_buckets, cap_next;
    /* the set of the hashes of the words a document writes in small
     * letters and of those it writes as names inside a sentence, made for
     * its first headline or sentence that needs it (name_runs.c): kept
     * between documents, as the rest, so that no document allocates it
     * anew */
    uint64_t *word_set;
    size_t word_set_cap;
    /* the tokens that end a source, one bit each, made for a headline */
    uint64_t *source_ends;
    size_t source_ends_cap;
    /* what name_tokens.c has learned of each token of the document, that
     * no run or speaker found changes (whether it is a given name, a name
     * word: quoth_token_memo_reset()), cleared for each document */
    uint8_t *token_memo;
    size_t token_memo_cap;
} quoth_speaker_table;

/* Fills `table` from the document and sets speaker and resolved_by of
 * every attribution. */
int quoth_resolve_speakers(quoth_speaker_table *table, const quoth_attrib_input *in,
                           quoth_attribution_list *list);

/* Whether a token is a name word. A name run holds only name words and
 * joiners ("of", "&") just before one, and the entity labels are read only
 * in runs: the engine tags no further into a sentence than that. */
int quoth_speaker_name_token(const quoth_token *t);

/* A string of the table's arena. */
static inline const char *quoth_speaker_string(const quoth_speaker_table *t, uint32_t off) {
    return off == UINT32_MAX ? NULL : t->arena + off;
}

void quoth_speaker_table_free(quoth_speaker_table *table);

#endif
