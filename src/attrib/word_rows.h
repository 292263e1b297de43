/*
 * word_rows.h - the weights of a word's five window features, found with
 * one probe and added as one block.
 *
 * The attribution tagger sees each word five times: as the token itself
 * and as the word one and two tokens before and after each of its
 * neighbours (F_WORD, F_WORD_M1, F_WORD_P1, F_WORD_M2, F_WORD_P2). Found
 * by key, that is five probes of the weight table per token and five rows
 * to add, most of them cache misses in a 10 MB model. The model instead
 * lists the words of its training data that have any of those rows
 * ("attrib.words"), and this table, made at load, keeps the five rows of
 * each listed word side by side: one probe per token finds a block that
 * serves the token and its four neighbours. A word the list does not hold
 * has none of the rows (they were learned from the same words), so the
 * scores are those the five keys give. (Save one case: the weight table
 * checks 32 bits of a key, and an unknown word's key that matched another
 * feature's check would have taken that feature's row. The block of an
 * unknown word is empty, as it should be.)
 */
#ifndef QUOTH_ATTRIB_WORD_ROWS_H
#define QUOTH_ATTRIB_WORD_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "tag/lexicon.h"
#include "tag/linear.h"
#include "text/tokens.h"

/* The templates in the order of a block's rows (quoth_attrib_word_keys()). */
enum quoth_word_template { WT_WORD, WT_M1, WT_P1, WT_M2, WT_P2, WT_COUNT };

/* The tagger's labels: a row holds one weight per label. */
#define QUOTH_WORD_LANES 8

/* A word's five rows, dense. */
typedef struct quoth_word_block {
    int16_t row[WT_COUNT][QUOTH_WORD_LANES];
} quoth_word_block;

/* The blocks that are not a listed word's. */
enum { WB_NONE, WB_START, WB_END, WB_FIRST_WORD };

typedef struct quoth_word_slot {
    uint64_t word;  /* quoth_hash_lower */
    uint32_t block; /* 0: an empty slot */
    uint32_t rate;  /* the word's value among the cue rates (rate + 1, 0
                       none; quoth_word_rows_build()), so that a listed
                       word's one probe finds both */
} quoth_word_slot;

typedef struct quoth_word_rows {
    const quoth_word_slot *slots;   /* open addressing by the word's bits */
    const quoth_word_block *blocks; /* WB_NONE (all 0), the padding words before
                                       and after a sentence, then the listed words */
    uint32_t mask;
    uint32_t n_blocks;
    /* the same when made at load, for quoth_word_rows_free(); NULL when
     * slots and blocks point into the model file (quoth_word_rows_view()) */
    quoth_word_slot *made_slots;
    quoth_word_block *made_blocks;
} quoth_word_rows;

/* Makes the table of `words` (any order, repeats allowed) from the rows
 * weights has for them; words with none are left out. Each listed word's
 * slot keeps its value among `rates` (the model's cue rates,
 * quoth_lexicon_get(); may be NULL: 0 for all). QUOTH_ERR_MODEL when
 * weights does not score QUOTH_WORD_LANES labels. */
int quoth_word_rows_build(const quoth_linear *weights, const uint64_t *words, size_t n, const quoth_lexicon *rates,
                          quoth_word_rows *out);

void quoth_word_rows_free(quoth_word_rows *t);

/* The table as it is stored in a model file (the section "attrib.wordrows",
 * written by `quoth train`), so that loading points into the file instead
 * of making it (a third of the cost of starting quoth): a 64-byte header
 * {"QWRS", QUOTH_WORD_ROWS_VERSION, log2 slots, blocks, stamp[6], 0, 0},
 * the slots, the blocks. `stamp` says what the table was made from (the
 * caller's business: learned.c); a section whose stamp or version is not
 * the expected one is not used. Returns a new buffer to free(). */
#define QUOTH_WORD_ROWS_VERSION 1u
#define QUOTH_WORD_ROWS_STAMP 6u
int quoth_word_rows_serialize(const quoth_word_rows *t, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], void **blob,
                              size_t *size);

/* Points *out into a stored table (8-byte aligned) made from `stamp`.
 * Unless `trusted` (the built-in model), every slot is checked to name a
 * block of the table and one at least to be empty, so that no lookup
 * reads out of bounds or loops. QUOTH_ERR_MODEL when the section does not
 * fit: the caller then builds the table. */
int quoth_word_rows_view(const void *blob, size_t size, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], int trusted,
                         quoth_word_rows *out);

/* Where a word's probe starts. */
static inline uint32_t quoth_word_rows_first_slot(const quoth_word_rows *t, uint64_t word) {
    return (uint32_t)(word ^ word >> 32) & t->mask;
}

/* The slot of a word (t->slots not NULL): its own, or an empty one
 * (block WB_NONE, rate 0) when the word is not listed. */
static inline const quoth_word_slot *quoth_word_rows_slot(const quoth_word_rows *t, uint64_t word) {
    for (uint32_t i = quoth_word_rows_first_slot(t, word);; i = (i + 1) & t->mask) {
        const quoth_word_slot *e = &t->slots[i];
        if (!e->block || e->word == word) return e;
    }
}

/* Asks for the cache line of a word's first slot. */
static inline __attribute__((always_inline)) void quoth_word_rows_prefetch(const quoth_word_rows *t, uint64_t word) {
    __builtin_prefetch(&t->slots[quoth_word_rows_first_slot(t, word)]);
}

/* Writes, for each token of [first, first + n) (within its sentence, as
 * the features see it), the sum of its window words' rows to
 * scores[QUOTH_WORD_LANES * k ...]: the scores the five word features give.
 * `blocks` is scratch for n + 4 pointers. */
void quoth_word_rows_scores(const quoth_word_rows *t, const quoth_token_list *tl, size_t first, size_t n,
                            const quoth_word_block **blocks, int32_t *scores);

/* quoth_word_rows_scores() for tokens whose blocks were found already:
 * block_of[j] is token j's block (its slot's, for every token of the
 * document: quoth_attrib_context_build_with_words()). */
void quoth_word_rows_scores_of(const quoth_word_rows *t, const quoth_token_list *tl, const uint32_t *block_of,
                               size_t first, size_t n, const quoth_word_block **blocks, int32_t *scores);

/* Keeps, in order, the words of words[0..n) that weights has any of the
 * five rows for (the model's "attrib.words" section is the training words,
 * sorted, each once, kept so); returns how many, now at its start. */
size_t quoth_word_rows_select(const quoth_linear *weights, uint64_t *words, size_t n);

#endif /* QUOTH_ATTRIB_WORD_ROWS_H */
