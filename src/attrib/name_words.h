/*
 * name_words.h - what quoth knows of the words of names, for speakers
 * only: the gender a given name usually goes with ("Glenn" a man's,
 * "Dolores" a woman's), the places that news writes as if they were
 * people ("New Hampshire voted", "Israel said"), the dates that are
 * capitalized like names ("Tuesday", "June 23"), and the last words of
 * names of things ("Affordable Care Act").
 *
 * One open-addressing table (the word classes' shape) answers all three
 * with one probe: a word is found by its quoth_hash_lower(), a name of
 * several words by quoth_name_key() over theirs. The lists themselves are
 * data, written from general knowledge, in given_names.c and places.c;
 * they are kept apart from the word classes, which the attribution tagger
 * sees as features, so that a longer list never changes what the shipped
 * model reads.
 */
#ifndef QUOTH_ATTRIB_NAME_WORDS_H
#define QUOTH_ATTRIB_NAME_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/wordclass.h"

/* The table, and a filter before it: a bit pair for each key, in one of
 * NAME_FILTER_WORDS words. Three words in four asked are in no list, and
 * the filter (8 KB, which stays in a near cache) answers those without a
 * probe of the 256 KB table, whose slot the taggers' traffic between two
 * documents has most often evicted: that miss had been most of the time
 * of date_word() and given_name_classes(). A key the filter passes is
 * looked up as before, so that the answer is the table's. */
#define NAME_FILTER_WORDS 1024
typedef struct quoth_name_words {
    quoth_word_classes table;
    uint64_t filter[NAME_FILTER_WORDS];
} quoth_name_words;

/* Classes of a name word, or-ed together. */
enum {
    NAME_MAN = 1u << 0,    /* a man's given name */
    NAME_WOMAN = 1u << 1,  /* a woman's given name (both bits: either, so neither) */
    NAME_DATE = 1u << 2,   /* a day of the week, or a month that is nobody's name */
    NAME_MONTH = 1u << 3,  /* April, May, June, August: a date next to a number */
    NAME_PLACE = 1u << 4,  /* a state, country, region or city of the news */
    NAME_THING = 1u << 5,  /* ends the names of things: "Act", "Summit", "Hook" */
    NAME_ORG_HEAD = 1u << 6, /* ends the names of newspapers and firms: "Sentinel", "Motors" */
    NAME_PEOPLE = 1u << 7,   /* people or a body around a person: "supporters", "campaign" */
    NAME_ROLE = 1u << 8,     /* what a person is, besides titles: "neurosurgeon", "front-runner" */
    NAME_BODY = 1u << 9,     /* heads a body's name, besides the tagger's words of bodies: "Movement", "Front" */
    NAME_PERSON_NOUN = 1u << 10, /* describes the one person a text is about: "the candidate", "the singer" */
    NAME_PORTFOLIO = 1u << 11,   /* a field of a minister's portfolio: "Planning", "Home Affairs" */
    NAME_COURTESY = 1u << 12,    /* a form of courtesy or descent before a name: "Mawlawi", "Encik" */
    NAME_ROMANCE_HEAD = 1u << 13, /* opens a body's name in a Romance language: "Banco", "Unión" */
    NAME_VIET_FAMILY = 1u << 14   /* a Vietnamese family name, which opens the name: "Nguyen", "Trần" */
};

/* A known organization's written name ("washington post") holds its index
 * in quoth_known_organization_name() plus one in these bits. */
#define NAME_KNOWN_ORG_SHIFT 16
#define NAME_KNOWN_ORG_MAX 255
#define NAME_KNOWN_ORG(classes) (((classes) >> NAME_KNOWN_ORG_SHIFT) & NAME_KNOWN_ORG_MAX)

/* Builds the table. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_name_words_init(quoth_name_words *w);
void quoth_name_words_free(quoth_name_words *w);

/* The filter's word and two bits for a key (the table's own adjusted
 * key, 0 read as 1), from the hash's high bits, which the table's slot
 * (its low bits) leaves independent. */
static inline size_t quoth_name_filter_word(uint64_t key) { return (size_t)(key >> 54) & (NAME_FILTER_WORDS - 1); }
static inline uint64_t quoth_name_filter_bits(uint64_t key) {
    return (1ull << ((key >> 48) & 63)) | (1ull << ((key >> 42) & 63));
}

/* The classes of a word or name by its key (w may be NULL: 0). Inline:
 * the speakers' name finder asks it of most capitalized words. */
static inline uint32_t quoth_name_word_classes(const quoth_name_words *w, uint64_t key) {
    if (!w || !w->table.slots) return 0;
    key += !key;
    uint64_t bits = quoth_name_filter_bits(key);
    if ((w->filter[quoth_name_filter_word(key)] & bits) != bits) return 0;
    return quoth_word_classes_get(&w->table, key);
}

/* 1 for a man's given name, 2 for a woman's, 0 for neither or unknown;
 * `hash` is the quoth_hash_lower() of the word. */
int quoth_given_name_gender(const quoth_name_words *w, uint64_t hash);

/* The key of a name of several words: start with the first word's
 * quoth_hash_lower() and add each next word's. One word's key is its
 * hash. */
static inline uint64_t quoth_name_key(uint64_t key, uint64_t next_word_hash) {
    return (key ^ (next_word_hash + 0x9E3779B97F4A7C15ull + (key << 6) + (key >> 2))) * 0xBF58476D1CE4E5B9ull;
}

/* The lists (lower case): given names of one gender (1 men, 2 women) or
 * of either (3), places (words separated by one space, sorted), dates
 * with their class, heads of things and of organizations, nouns of people
 * and of what a person is, nouns that head bodies' names, nouns that
 * describe one person, fields of portfolios, forms of courtesy and the
 * nouns that open Romance bodies' names. Each sets *list and returns its
 * length. */
size_t quoth_given_names_list(int gender, const char *const **list);
size_t quoth_place_names(const char *const **list);
size_t quoth_date_words(const char *const **list, const uint32_t **classes);
size_t quoth_thing_heads(const char *const **list);
size_t quoth_organization_heads(const char *const **list);
size_t quoth_people_nouns(const char *const **list);
size_t quoth_role_nouns(const char *const **list);
size_t quoth_body_nouns(const char *const **list);
size_t quoth_person_nouns(const char *const **list);
size_t quoth_portfolio_fields(const char *const **list);
size_t quoth_courtesy_words(const char *const **list);
size_t quoth_romance_heads(const char *const **list);
size_t quoth_vietnamese_family_names(const char *const **list);

#endif
