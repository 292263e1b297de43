/*
 * train_util.h - pieces shared by the taggers' trainers: a seeded shuffle,
 * a clock, and the word -> label dictionary of frequent unambiguous words.
 *
 * Training only: nothing here is used to tag.
 */
#ifndef QUOTH_TAG_TRAIN_UTIL_H
#define QUOTH_TAG_TRAIN_UTIL_H

#include <stddef.h>
#include <stdint.h>

#include "tag/features.h"

/* splitmix64: the next pseudo-random number of a seeded sequence. */
uint64_t quoth_train_rand(uint64_t *state);

/* Fisher-Yates with quoth_train_rand: the same seed, the same order. */
void quoth_train_shuffle(size_t *items, size_t n, uint64_t *state);

/* A monotonic clock in seconds, for progress reports. */
double quoth_train_seconds(void);

/* The index of the highest of n scores; the lowest index wins ties. */
uint32_t quoth_train_argmax(const float *scores, uint32_t n);

/* A word that a dictionary gives one label whatever the corpus says. */
typedef struct quoth_dict_word {
    const char *spelling;
    uint8_t label;
} quoth_dict_word;

/* A serialized quoth_lexicon from the exact spelling of words to label + 1,
 * for words seen at least min_count times whose most frequent label has at
 * least min_share of them, and for the n_fixed words of `fixed` (may be
 * NULL), with their own labels. labels[i] is word i's label (255: none). */
int quoth_train_dict(const quoth_word *words, const uint8_t *labels, size_t n, uint32_t min_count,
                     double min_share, const quoth_dict_word *fixed, size_t n_fixed, void **blob, size_t *size);

#endif /* QUOTH_TAG_TRAIN_UTIL_H */
