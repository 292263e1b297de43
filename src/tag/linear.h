/*
 * linear.h - multiclass linear models over hashed features.
 *
 * A feature is a 64-bit hash (see hash.h); a model gives each feature a row
 * of per-class weights, and the score of a class is the sum of its weights
 * over the features that fire. Two halves:
 *
 *  - quoth_linear_trainer: an averaged perceptron with sparse, growable
 *    storage. update() adds a delta to one class for a set of features and
 *    tick() ends a training example, so the same trainer serves a greedy
 *    tagger (+1 gold, -1 guess per token) and a structured perceptron (+1 on
 *    the gold path, -1 on the Viterbi path, one tick per sentence). Averaging
 *    uses Daume's trick (w_avg = w - u/c, with u the time-weighted sum of
 *    updates), which equals lazy timestamped averaging without timestamps.
 *    Everything is in insertion order, so training is deterministic.
 *
 *  - quoth_linear: the frozen inference table made by finalize(). Weights are
 *    pruned (zero rows and rarely updated features dropped) and quantized to
 *    int16 with one scale per model. An open-addressing table of 8-byte
 *    slots {high 32 bits of the key, row reference}, indexed by the low bits
 *    of the key, points into one int16 array of rows. A row is dense (one
 *    weight per class, padded to a multiple of 8 so that adding it is a few
 *    vector instructions) when many of its classes are nonzero, and sparse
 *    (class, weight pairs) otherwise: frequent features such as the bias or
 *    the previous tag touch every class, rare ones a few. A lookup touches one
 *    slot cache line and the row's. The serialized form is used in place
 *    from a model-file section; scoring allocates nothing.
 *
 * Serialized layout (little-endian, 8-byte aligned): a 32-byte header
 * {"QLIN", version, classes, log2 slots, int16 count, features, scale, 0},
 * then slots (u32 check, u32 ref) and the int16 rows. A ref is the row's
 * offset (low 24 bits) | its pair count << 24, with count 255 for a dense
 * row; 0 marks an empty slot. finalize() writes the dense rows first, so
 * that each lies at a multiple of the stride (see fill_table()); loading
 * does not depend on it.
 */
#ifndef QUOTH_TAG_LINEAR_H
#define QUOTH_TAG_LINEAR_H

#include <stddef.h>
#include <stdint.h>

#define QUOTH_LINEAR_MAX_CLASSES 254u

/* Score arrays hold the classes rounded up to a multiple of this. */
#define QUOTH_LINEAR_STRIDE(n_classes) (((n_classes) + 7u) & ~7u)

/* --------------------------------------------------------------- trainer */

typedef struct quoth_linear_trainer quoth_linear_trainer;

/* A trainer for n_classes (1..254) classes. NULL when out of memory or
 * n_classes is out of range. */
quoth_linear_trainer *quoth_linear_trainer_new(uint32_t n_classes);

void quoth_linear_trainer_free(quoth_linear_trainer *t);

/* scores[c] = sum of the current (not averaged) weights of class c over the
 * features; features never updated count 0. Overwrites all n_classes scores. */
void quoth_linear_trainer_score(const quoth_linear_trainer *t, const uint64_t *feats, size_t n,
                                float *scores);

/* Adds delta to the weight of class cls for each feature. */
int quoth_linear_trainer_update(quoth_linear_trainer *t, const uint64_t *feats, size_t n,
                                uint32_t cls, float delta);

/* Ends one training example: the averaging clock. */
void quoth_linear_trainer_tick(quoth_linear_trainer *t);

/* The number of distinct features that have been updated. */
size_t quoth_linear_trainer_feature_count(const quoth_linear_trainer *t);

typedef struct quoth_linear_prune {
    float min_weight;      /* drop averaged weights with |w| below this */
    uint32_t min_updates;  /* drop features updated fewer times than this */
} quoth_linear_prune;

/* Averages, prunes and quantizes the weights into a serialized inference
 * table (a new buffer to free()). The trainer can go on training after. */
int quoth_linear_trainer_finalize(const quoth_linear_trainer *t, const quoth_linear_prune *prune,
                                  void **blob, size_t *size);

/* ------------------------------------------------------------- inference */

/* A view of a serialized table; the bytes must outlive it. */
typedef struct quoth_linear {
    const uint32_t *slots;   /* 2 per slot: check, ref */
    const int16_t *rows;
    uint32_t mask;           /* slot count - 1 */
    uint32_t n_classes;
    uint32_t stride;         /* QUOTH_LINEAR_STRIDE(n_classes) */
    uint32_t n_row_values;   /* int16 values in rows */
    uint32_t n_features;
    float scale;             /* float weight = int weight * scale */
} quoth_linear;

/* Validates a serialized table (8-byte aligned) and points *out into it.
 * QUOTH_ERR_MODEL when it is inconsistent, so that scoring needs no checks. */
int quoth_linear_load(const void *blob, size_t size, quoth_linear *out);

/* quoth_linear_load() for a table of the model built into the program
 * (quoth_mf.trusted): the header and the size are checked, not each of the
 * million slots, which was a third of the cost of starting quoth. The
 * tests check the built-in model's tables in full. */
int quoth_linear_load_trusted(const void *blob, size_t size, quoth_linear *out);

/* quoth_linear_load() or, when `trusted`, quoth_linear_load_trusted(). */
static inline int quoth_linear_load_as(int trusted, const void *blob, size_t size, quoth_linear *out) {
    return trusted ? quoth_linear_load_trusted(blob, size, out) : quoth_linear_load(blob, size, out);
}

/* scores[c] += the quantized weight of class c, for every feature found.
 * scores has room for m->stride values (the ones past n_classes stay as
 * they are); the caller zeroes it (or seeds it with other integer scores). */
void quoth_linear_score(const quoth_linear *m, const uint64_t *feats, size_t n, int32_t *scores);

/* Asks for the cache lines that scoring these features will read first
 * (their slots), so that a caller can overlap those misses with other work,
 * e.g. the previous token's scoring. Inline: each caller asks for its own
 * count of features (often a constant), and the one loop shared by all of
 * them had its end mispredicted as the callers took turns. */
static inline __attribute__((always_inline)) void quoth_linear_prefetch(const quoth_linear *m, const uint64_t *feats, size_t n) {
    const uint32_t *slots = m->slots, mask = m->mask;
    /* the index widened before it is doubled: the address is then one
     * scaled index of the masked key (doubled in 32 bits, it had been an
     * add and a zero extension more a key) */
    for (size_t f = 0; f < n; f++) __builtin_prefetch(slots + 2 * (size_t)((uint32_t)feats[f] & mask));
}

/* quoth_linear_prefetch() of one feature, for a caller that prefetches
 * each key as it makes it. */
static inline __attribute__((always_inline)) void quoth_linear_prefetch_key(const quoth_linear *m, uint64_t key) {
    __builtin_prefetch(m->slots + 2 * (size_t)((uint32_t)key & m->mask));
}

/* Where a tagger's feature keys go: stored in order, and when `table` is
 * set (a tagger, not a trainer), each key's slot prefetched as the key is
 * made, while it is in a register: a loop over the stored keys afterwards
 * had cost a load, a mask and a loop test a key, and a mispredicted end a
 * word. The POS and entity taggers fill one with always-inline feature
 * functions, so that the test of `table` folds away in each caller. */
typedef struct quoth_key_sink {
    uint64_t *keys;
    size_t n;
    const quoth_linear *table;
} quoth_key_sink;

static inline __attribute__((always_inline)) void quoth_key_sink_put(quoth_key_sink *s, uint64_t key) {
    s->keys[s->n++] = key;
    if (s->table) quoth_linear_prefetch_key(s->table, key);
}

/* The two halves of quoth_linear_score(), for callers that pipeline
 * tokens: resolve() finds the rows of the features (their slots should
 * have been prefetched a while ago), writes their refs to `refs` (room for
 * n) and prefetches the rows; returns how many were found. add() then
 * does what quoth_linear_score() does with those rows. */
size_t quoth_linear_resolve(const quoth_linear *m, const uint64_t *feats, size_t n, uint32_t *refs);
void quoth_linear_add(const quoth_linear *m, const uint32_t *refs, size_t n, int32_t *scores);

/* quoth_linear_add() without vector code of its own: what runs on CPUs
 * without AVX2; the tests compare the two on every machine. */
void quoth_linear_add_portable(const quoth_linear *m, const uint32_t *refs, size_t n, int32_t *scores);

/* quoth_linear_score() without its first step, the prefetch of the slots:
 * for a caller that prefetched them a while ago (quoth_linear_prefetch()). */
void quoth_linear_score_prefetched(const quoth_linear *m, const uint64_t *feats, size_t n, int32_t *scores);

/* The index of the highest of n scores; the lowest index wins ties. */
uint32_t quoth_linear_argmax(const int32_t *scores, uint32_t n);

#endif /* QUOTH_TAG_LINEAR_H */
