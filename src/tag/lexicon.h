/*
 * lexicon.h - frozen tables from 64-bit word hashes to counts.
 *
 * The word lexicon maps lowercased words to how often they were seen, so the
 * tokenizer can ask "is this a known word" (to split glued words such as
 * "saidthat") and the taggers can tell rare words from common ones. Only the
 * 64-bit hash of a word is stored, not its spelling: with tens of thousands
 * of words a false hit has a probability of about 2^-40, and the table stays
 * small.
 *
 * The same table, keyed by the exact (case-sensitive) hash of a word and
 * holding a small id + 1, serves the tagger's tag dictionary; hence the raw
 * quoth_lexicon_get() next to the word functions.
 *
 * Serialized layout (little-endian, 8-byte aligned): a 16-byte header
 * {"QLEX", version, log2 slots, entries}, keys u64[slots], values u32[slots];
 * a value of 0 marks an empty slot.
 */
#ifndef QUOTH_TAG_LEXICON_H
#define QUOTH_TAG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* --------------------------------------------------------------- builder */

typedef struct quoth_lexicon_builder quoth_lexicon_builder;

quoth_lexicon_builder *quoth_lexicon_builder_new(void);
void quoth_lexicon_builder_free(quoth_lexicon_builder *b);

/* Adds count to the word's (ASCII-lowercased) entry. */
int quoth_lexicon_builder_add_word(quoth_lexicon_builder *b, const char *word, size_t len,
                                   uint32_t count);

/* Adds value to the entry of a raw key (saturating at UINT32_MAX). */
int quoth_lexicon_builder_add(quoth_lexicon_builder *b, uint64_t key, uint32_t value);

/* The number of distinct keys added so far. */
size_t quoth_lexicon_builder_size(const quoth_lexicon_builder *b);

/* Serializes the entries whose value is >= min_value (at least 1) into a
 * new buffer to free(). Deterministic for the same sequence of adds. */
int quoth_lexicon_builder_serialize(const quoth_lexicon_builder *b, uint32_t min_value,
                                    void **blob, size_t *size);

/* -------------------------------------------------------------- reading */

/* A view of a serialized table; the bytes must outlive it. */
typedef struct quoth_lexicon {
    const uint64_t *keys;
    const uint32_t *values;
    uint32_t mask;
    uint32_t n_entries;
} quoth_lexicon;

/* Validates a serialized table (8-byte aligned) and points *out into it. */
int quoth_lexicon_load(const void *blob, size_t size, quoth_lexicon *out);

/* quoth_lexicon_load() for a table of the model built into the program
 * (quoth_mf.trusted): the header and the size are checked, not that the
 * count of entries is that of the occupied slots, which read every value
 * (the cue rates' half megabyte, first touched at start). The tests check
 * the built-in model's tables in full. */
int quoth_lexicon_load_trusted(const void *blob, size_t size, quoth_lexicon *out);

/* quoth_lexicon_load() or, when `trusted`, quoth_lexicon_load_trusted(). */
static inline int quoth_lexicon_load_as(int trusted, const void *blob, size_t size, quoth_lexicon *out) {
    return trusted ? quoth_lexicon_load_trusted(blob, size, out) : quoth_lexicon_load(blob, size, out);
}

/* The value stored for a raw key, 0 when absent. Inline: the taggers and
 * the attribution features ask it for every token, and the call had cost
 * a third of the probe. */
static inline uint32_t quoth_lexicon_get(const quoth_lexicon *lex, uint64_t key) {
    if (!lex || !lex->values) return 0;
    size_t i = (uint32_t)key & lex->mask; /* a size_t: no widening of the index at each read */
    uint32_t v;
    while ((v = lex->values[i]) != 0) {
        if (lex->keys[i] == key) return v;
        i = (i + 1) & lex->mask;
    }
    return 0;
}

/* Asks for the cache lines that quoth_lexicon_get(lex, key) will read
 * first: the tables are megabytes, so a caller that knows its keys a few
 * lookups ahead can overlap their cache misses with other work. Always
 * inlined: GCC 12 left it out of line in engine.c, found it "pure" (a
 * prefetch is no effect it sees) and deleted its calls; so are the other
 * functions made of prefetches alone (linear.h, word_rows.h, wordclass.h). */
static inline __attribute__((always_inline)) void quoth_lexicon_prefetch(const quoth_lexicon *lex, uint64_t key) {
    if (!lex || !lex->values) return;
    size_t i = (uint32_t)key & lex->mask;
    __builtin_prefetch(lex->values + i);
    __builtin_prefetch(lex->keys + i);
}

/* How often the word was seen, ignoring ASCII case; 0 when unknown. */
uint32_t quoth_lexicon_count(const quoth_lexicon *lex, const char *word, size_t len);

#endif /* QUOTH_TAG_LEXICON_H */
