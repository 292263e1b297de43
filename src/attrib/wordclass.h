/*
 * wordclass.h - the word classes attribution rests on.
 *
 * Speech, reporting and belief verbs in all their inflections, pronouns,
 * titles and roles, words that make a name an organization, news outlets.
 * These are hand-written (they are the knowledge the rules and the learned
 * tagger's features start from) and compiled into one hash table when a
 * model is loaded; a token's classes are looked up once, by the hash of its
 * lower-cased form, and kept in quoth_token.lex.
 */
#ifndef QUOTH_ATTRIB_WORDCLASS_H
#define QUOTH_ATTRIB_WORDCLASS_H

#include <stddef.h>
#include <stdint.h>

/* Classes, or-ed together in quoth_token.lex (low 24 bits). */
enum {
    LEX_CUE = 1u << 0,          /* a speech, reporting or belief verb */
    LEX_CUE_SPEECH = 1u << 1,   /* say, tell, add, stress: speech proper */
    LEX_CUE_BELIEF = 1u << 2,   /* think, believe, expect: attitudes */
    LEX_FORM_BASE = 1u << 3,    /* say */
    LEX_FORM_3SG = 1u << 4,     /* says */
    LEX_FORM_PAST = 1u << 5,    /* said: past tense or participle */
    LEX_FORM_ING = 1u << 6,     /* saying */
    LEX_PRONOUN = 1u << 7,      /* he she they it we I you */
    LEX_MALE = 1u << 8,         /* he him his; male first names */
    LEX_FEMALE = 1u << 9,       /* she her hers; female first names */
    LEX_PLURAL = 1u << 10,      /* they we */
    LEX_NEUTER = 1u << 11,      /* it */
    LEX_TITLE = 1u << 12,       /* president, spokesman, senator: a role before or after a name */
    LEX_HONORIFIC = 1u << 13,   /* Mr. Mrs. Dr. Gen.: part of a name, not a role */
    LEX_ORG_WORD = 1u << 14,    /* House, Journal, Ministry: makes a name an organization */
    LEX_DETERMINER = 1u << 15,  /* the a an this that */
    LEX_COMPLEMENTIZER = 1u << 16, /* that whether if */
    LEX_FIRST_NAME = 1u << 17,  /* a common given name */
    LEX_GROUP_NOUN = 1u << 18,  /* officials, sources, analysts: sources that are not names */
    LEX_FUNCTION = 1u << 19,    /* prepositions, conjunctions, auxiliaries */
    LEX_CUE_NOUN = 1u << 20,    /* statement, announcement, claim: nominal cues */
    LEX_NEGATION = 1u << 21,    /* not, never, n't */
    /* Classes the attribution tagger never learned with: words of PolNeAR's
     * text given a class after the model was trained ("secretary-general").
     * tag_tokens() gives such a word this bit alone, which no feature
     * reads, and the engine gives it its classes once the tagger has
     * labelled, for the rules and speakers after it (engine.c). */
    LEX_LATE = 1u << 22
};

/* The lemma id of a cue verb, in the high 8 bits of quoth_token.lex. */
#define LEX_LEMMA(lex) ((lex) >> 24)

typedef struct quoth_lexicon_entry {
    uint64_t hash;   /* quoth_hash_lower() of the word; 0 marks an empty slot */
    uint32_t lex;
} quoth_lexicon_entry;

typedef struct quoth_word_classes {
    quoth_lexicon_entry *slots;
    size_t mask;
    size_t mapped; /* bytes of slots when mapped by quoth_word_classes_alloc(), 0 when from malloc */
} quoth_word_classes;

/* Builds the table. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_word_classes_init(quoth_word_classes *wc);

/* An empty table of `slots` slots (a power of two, comfortably more than
 * the words it will hold), for other word lists of the same shape.
 * Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_word_classes_alloc(quoth_word_classes *wc, size_t slots);

/* Or-s `lex` into the classes of `word` (any case). A word keeps the
 * first cue lemma it is given. */
void quoth_word_classes_add(quoth_word_classes *wc, const char *word, uint32_t lex);
/* The same by key: a word's quoth_hash_lower(), or a key made of several. */
void quoth_word_classes_add_key(quoth_word_classes *wc, uint64_t key, uint32_t lex);
void quoth_word_classes_free(quoth_word_classes *wc);

/* Where the probe for the word of quoth_hash_lower() `hash` starts. */
static inline size_t quoth_word_classes_first_slot(const quoth_word_classes *wc, uint64_t hash) {
    hash += !hash; /* 0 marks an empty slot: the word of hash 0 is kept as 1 */
    return (size_t)hash & wc->mask;
}

/* The classes of the word whose quoth_hash_lower() is `hash`, 0 when none.
 * An empty slot's classes are 0, so the probe ends alike at the word and
 * at an empty slot, and returns that slot's. Inline: the speakers ask it
 * of most capitalized words, and the call had cost as much as the probe. */
static inline uint32_t quoth_word_classes_get(const quoth_word_classes *wc, uint64_t hash) {
    size_t i = quoth_word_classes_first_slot(wc, hash);
    hash += !hash; /* as the slots keep it */
    while ((wc->slots[i].hash != hash) & (wc->slots[i].hash != 0)) i = (i + 1) & wc->mask;
    return wc->slots[i].lex;
}

/* Asks for the line of the slot where quoth_word_classes_get() of the
 * word starts, for a caller that will ask it a little later. */
static inline __attribute__((always_inline)) void quoth_word_classes_prefetch(const quoth_word_classes *wc, uint64_t hash) {
    __builtin_prefetch(&wc->slots[quoth_word_classes_first_slot(wc, hash)]);
}

/* The lemma of cue lemma id `id` ("say"), or NULL. */
const char *quoth_cue_lemma(unsigned id);

/* The news outlets and organizations quoth knows by name: how many, and
 * the i-th one's written form ("Washington Post", without a leading "the",
 * words separated by one space) and canonical name ("The Washington
 * Post"); NULL past the last. The speakers find them by the table of
 * name_words.h. */
size_t quoth_known_organization_count(void);
const char *quoth_known_organization_written(size_t i);
const char *quoth_known_organization_name(size_t i);

#endif
