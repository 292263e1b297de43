/*
 * word_rows.c - the blocks of a word's window rows (see word_rows.h).
 */
#include "attrib/word_rows.h"

#include <stdlib.h>
#include <string.h>

#include "attrib/learned_features.h"
#include "quoth.h"

_Static_assert(WT_COUNT == 5, "quoth_attrib_word_keys() makes five keys");

/* word's five rows; whether it has any. A row's score alone is its
 * weights, each an int16 of the model. */
static int word_block(const quoth_linear *weights, uint64_t word, quoth_word_block *block) {
    uint64_t keys[WT_COUNT];
    quoth_attrib_word_keys(word, keys);
    quoth_linear_prefetch(weights, keys, WT_COUNT);
    int any = 0;
    for (unsigned s = 0; s < WT_COUNT; s++) {
        int32_t row[QUOTH_WORD_LANES] = {0};
        uint32_t ref;
        /* one probe: the row is found, then added alone */
        if (quoth_linear_resolve(weights, &keys[s], 1, &ref)) {
            quoth_linear_add(weights, &ref, 1, row);
            any = 1;
        }
        for (unsigned c = 0; c < QUOTH_WORD_LANES; c++) block->row[s][c] = (int16_t)row[c];
    }
    return any;
}


int quoth_word_rows_build(const quoth_linear *weights, const uint64_t *words, size_t n, const quoth_lexicon *rates,
                          quoth_word_rows *out) {
    memset(out, 0, sizeof *out);
    if (weights->stride != QUOTH_WORD_LANES || n > UINT32_MAX / 4) return QUOTH_ERR_MODEL;
    /* at most half full, so that the probe of a word not in the table
     * soon meets an empty slot */
    size_t size = 16;
    while (size < 2 * n) size *= 2;
    quoth_word_slot *slots = calloc(size, sizeof *slots);
    quoth_word_block *blocks = malloc((WB_FIRST_WORD + n) * sizeof *blocks);
    out->slots = out->made_slots = slots;
    out->blocks = out->made_blocks = blocks;
    if (!slots || !blocks) {
        quoth_word_rows_free(out);
        return QUOTH_ERR_NOMEM;
    }
    out->mask = (uint32_t)(size - 1);
    memset(&blocks[WB_NONE], 0, sizeof blocks[WB_NONE]);
    word_block(weights, QUOTH_ATTRIB_WORD_START, &blocks[WB_START]);
    word_block(weights, QUOTH_ATTRIB_WORD_END, &blocks[WB_END]);
    uint32_t next = WB_FIRST_WORD;
    for (size_t k = 0; k < n; k++) {
        uint32_t i = quoth_word_rows_first_slot(out, words[k]);
        while (slots[i].block && slots[i].word != words[k]) i = (i + 1) & out->mask;
        if (slots[i].block || !word_block(weights, words[k], &blocks[next])) continue;
        slots[i] = (quoth_word_slot){words[k], next++, quoth_lexicon_get(rates, words[k])};
    }
    out->n_blocks = next;
    return 0;
}

void quoth_word_rows_free(quoth_word_rows *t) {
    free(t->made_slots);
    free(t->made_blocks);
    memset(t, 0, sizeof *t);
}

#define STORED_MAGIC 0x53525751u /* "QWRS" read little-endian */
#define STORED_HEADER_WORDS 16u

_Static_assert(sizeof(quoth_word_slot) == 16 && sizeof(quoth_word_block) == 80,
               "the stored table is these structs as they are");

int quoth_word_rows_serialize(const quoth_word_rows *t, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], void **blob,
                              size_t *size) {
    size_t n_slots = (size_t)t->mask + 1, slot_bytes = n_slots * sizeof *t->slots;
    size_t bytes = STORED_HEADER_WORDS * sizeof(uint32_t) + slot_bytes + t->n_blocks * sizeof *t->blocks;
    uint32_t *header = calloc(1, bytes);
    if (!header) return QUOTH_ERR_NOMEM;
    header[0] = STORED_MAGIC;
    header[1] = QUOTH_WORD_ROWS_VERSION;
    while (((size_t)1 << header[2]) < n_slots) header[2]++;
    header[3] = t->n_blocks;
    memcpy(&header[4], stamp, QUOTH_WORD_ROWS_STAMP * sizeof *stamp);
    unsigned char *at = (unsigned char *)(header + STORED_HEADER_WORDS);
    memcpy(at, t->slots, slot_bytes);
    memcpy(at + slot_bytes, t->blocks, t->n_blocks * sizeof *t->blocks);
    *blob = header;
    *size = bytes;
    return 0;
}

/* Whether every slot names a block of the table, and one at least is
 * empty (a lookup of an absent word stops there). */
static int stored_slots_are_sound(const quoth_word_rows *t) {
    size_t empty = 0;
    for (size_t i = 0; i <= t->mask; i++) {
        if (t->slots[i].block >= t->n_blocks) return 0;
        empty += t->slots[i].block == WB_NONE;
    }
    return empty > 0;
}

int quoth_word_rows_view(const void *blob, size_t size, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], int trusted,
                         quoth_word_rows *out) {
    memset(out, 0, sizeof *out);
    const size_t head = STORED_HEADER_WORDS * sizeof(uint32_t);
    if (!blob || (uintptr_t)blob % 8 != 0 || size < head) return QUOTH_ERR_MODEL;
    const uint32_t *header = blob;
    if (header[0] != STORED_MAGIC || header[1] != QUOTH_WORD_ROWS_VERSION || header[2] > 30 ||
        header[3] < WB_FIRST_WORD || memcmp(&header[4], stamp, QUOTH_WORD_ROWS_STAMP * sizeof *stamp) != 0)
        return QUOTH_ERR_MODEL;
    size_t n_slots = (size_t)1 << header[2];
    size_t slot_bytes = n_slots * sizeof(quoth_word_slot);
    if (size != head + slot_bytes + (size_t)header[3] * sizeof(quoth_word_block)) return QUOTH_ERR_MODEL;
    const unsigned char *at = (const unsigned char *)blob + head;
    quoth_word_rows t = {(const quoth_word_slot *)(const void *)at,
                         (const quoth_word_block *)(const void *)(at + slot_bytes), (uint32_t)(n_slots - 1),
                         header[3], NULL, NULL};
    if (!trusted && !stored_slots_are_sound(&t)) return QUOTH_ERR_MODEL;
    *out = t;
    return 0;
}

static const quoth_word_block *find_block(const quoth_word_rows *t, uint64_t word) {
    return &t->blocks[quoth_word_rows_slot(t, word)->block];
}

/* Tokens ahead whose slots are prefetched while a token's is probed. */
#define PREFETCH_AHEAD 8

/* The window words' blocks of the tokens [lo, hi). */
static void find_blocks(const quoth_word_rows *t, const quoth_token_list *tl, size_t lo, size_t hi,
                        const quoth_word_block **blocks) {
    for (size_t j = lo; j < hi; j++) {
        if (j + PREFETCH_AHEAD < hi)
            quoth_word_rows_prefetch(t, tl->tok[j + PREFETCH_AHEAD].lower_hash);
        const quoth_word_block *b = find_block(t, tl->tok[j].lower_hash);
        /* summed after the whole piece is found: by then in cache */
        __builtin_prefetch(b);
        __builtin_prefetch((const char *)b + sizeof *b - 1);
        blocks[j - lo] = b;
    }
}

/* The blocks of tokens [lo, hi) by their indices, prefetched. */
static void blocks_of(const quoth_word_rows *t, const uint32_t *block_of, size_t lo, size_t hi,
                      const quoth_word_block **blocks) {
    for (size_t j = lo; j < hi; j++) {
        const quoth_word_block *b = &t->blocks[block_of[j]];
        __builtin_prefetch(b);
        __builtin_prefetch((const char *)b + sizeof *b - 1);
        blocks[j - lo] = b;
    }
}

/* Each token's five rows summed: made twice, for the CPU's baseline and
 * for AVX2, where a row is one widening load and an add. */
static inline __attribute__((always_inline)) void sum_blocks(const quoth_word_rows *t, const quoth_token_list *tl,
                                                              size_t first, size_t n, size_t lo,
                                                              const quoth_word_block **blocks, int32_t *scores) {
    const quoth_word_block *start = &t->blocks[WB_START], *end = &t->blocks[WB_END];
    for (size_t k = 0; k < n; k++) {
        size_t i = first + k;
        const quoth_sentence *s = &tl->sent[tl->tok[i].sentence];
        size_t sf = s->first, se = s->first + s->count;
        const quoth_word_block *w = blocks[i - lo];
        const quoth_word_block *m1 = i >= sf + 1 ? blocks[i - 1 - lo] : start;
        const quoth_word_block *m2 = i >= sf + 2 ? blocks[i - 2 - lo] : start;
        const quoth_word_block *p1 = i + 1 < se ? blocks[i + 1 - lo] : end;
        const quoth_word_block *p2 = i + 2 < se ? blocks[i + 2 - lo] : end;
        int32_t *row = scores + QUOTH_WORD_LANES * k;
        for (unsigned c = 0; c < QUOTH_WORD_LANES; c++)
            row[c] = (int32_t)w->row[WT_WORD][c] + m1->row[WT_M1][c] + p1->row[WT_P1][c] + m2->row[WT_M2][c] +
                     p2->row[WT_P2][c];
    }
}

static void sum_blocks_baseline(const quoth_word_rows *t, const quoth_token_list *tl, size_t first, size_t n,
                                size_t lo, const quoth_word_block **blocks, int32_t *scores) {
    sum_blocks(t, tl, first, n, lo, blocks, scores);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
__attribute__((target("avx2"))) static void sum_blocks_avx2(const quoth_word_rows *t, const quoth_token_list *tl,
                                                            size_t first, size_t n, size_t lo,
                                                            const quoth_word_block **blocks, int32_t *scores) {
    sum_blocks(t, tl, first, n, lo, blocks, scores);
}
#define HAVE_AVX2_CLONE 1
#else
#define HAVE_AVX2_CLONE 0
#endif

/* The sums of the piece's blocks, blocks[0] being token lo's. */
static void sum_found_blocks(const quoth_word_rows *t, const quoth_token_list *tl, size_t first, size_t n, size_t lo,
                             const quoth_word_block **blocks, int32_t *scores) {
#if HAVE_AVX2_CLONE
    if (__builtin_cpu_supports("avx2")) {
        sum_blocks_avx2(t, tl, first, n, lo, blocks, scores);
        return;
    }
#endif
    sum_blocks_baseline(t, tl, first, n, lo, blocks, scores);
}

/* The blocks of the piece and of the two tokens on either side that its
 * first and last tokens see: tokens [*lo, return value). */
static size_t piece_bounds(const quoth_token_list *tl, size_t first, size_t n, size_t *lo) {
    *lo = first >= 2 ? first - 2 : 0;
    return first + n + 2 < tl->n ? first + n + 2 : tl->n;
}

void quoth_word_rows_scores(const quoth_word_rows *t, const quoth_token_list *tl, size_t first, size_t n,
                            const quoth_word_block **blocks, int32_t *scores) {
    size_t lo, hi = piece_bounds(tl, first, n, &lo);
    find_blocks(t, tl, lo, hi, blocks);
    sum_found_blocks(t, tl, first, n, lo, blocks, scores);
}

void quoth_word_rows_scores_of(const quoth_word_rows *t, const quoth_token_list *tl, const uint32_t *block_of,
                               size_t first, size_t n, const quoth_word_block **blocks, int32_t *scores) {
    size_t lo, hi = piece_bounds(tl, first, n, &lo);
    blocks_of(t, block_of, lo, hi, blocks);
    sum_found_blocks(t, tl, first, n, lo, blocks, scores);
}

size_t quoth_word_rows_select(const quoth_linear *weights, uint64_t *words, size_t n) {
    size_t kept = 0;
    quoth_word_block block;
    for (size_t k = 0; k < n; k++)
        if (word_block(weights, words[k], &block)) words[kept++] = words[k];
    return kept;
}
