#include "tag/lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/hash.h"
#include "util/array.h"

#define LEXICON_MAGIC 0x58454C51u /* "QLEX" read little-endian */
#define LEXICON_VERSION 1u
#define LEXICON_HEADER_BYTES 16u

/* --------------------------------------------------------------- builder */

/* Open addressing over keys, with an insertion-ordered list of the entries
 * so that serialization does not depend on the table's growth history. */
struct quoth_lexicon_builder {
    uint32_t *slot;        /* entry index + 1, 0 when empty */
    size_t mask;
    uint64_t *keys;
    uint32_t *values;
    size_t n, cap;
};

quoth_lexicon_builder *quoth_lexicon_builder_new(void) {
    quoth_lexicon_builder *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->mask = 255;
    b->slot = calloc(b->mask + 1, sizeof *b->slot);
    if (!b->slot) {
        free(b);
        return NULL;
    }
    return b;
}

void quoth_lexicon_builder_free(quoth_lexicon_builder *b) {
    if (!b) return;
    free(b->slot);
    free(b->keys);
    free(b->values);
    free(b);
}

static size_t builder_find(const quoth_lexicon_builder *b, uint64_t key) {
    size_t i = (size_t)key & b->mask;
    while (b->slot[i] && b->keys[b->slot[i] - 1] != key) i = (i + 1) & b->mask;
    return i;
}

static int builder_rehash(quoth_lexicon_builder *b) {
    size_t cap = 2 * (b->mask + 1);
    uint32_t *slot = calloc(cap, sizeof *slot);
    if (!slot) return QUOTH_ERR_NOMEM;
    free(b->slot);
    b->slot = slot;
    b->mask = cap - 1;
    for (size_t e = 0; e < b->n; e++) b->slot[builder_find(b, b->keys[e])] = (uint32_t)(e + 1);
    return QUOTH_OK;
}

static int builder_reserve(quoth_lexicon_builder *b) {
    if (b->n < b->cap) return QUOTH_OK;
    size_t cap = b->cap ? 2 * b->cap : 256;
    if (cap > UINT32_MAX / 4) return QUOTH_ERR_NOMEM;
    if (QUOTH_RESIZE(b->keys, cap) || QUOTH_RESIZE(b->values, cap)) return QUOTH_ERR_NOMEM;
    b->cap = cap;
    return QUOTH_OK;
}

int quoth_lexicon_builder_add(quoth_lexicon_builder *b, uint64_t key, uint32_t value) {
    if (!b) return QUOTH_ERR_INVALID;
    size_t i = builder_find(b, key);
    if (b->slot[i]) {
        uint32_t *v = &b->values[b->slot[i] - 1];
        *v = *v > UINT32_MAX - value ? UINT32_MAX : *v + value;
        return QUOTH_OK;
    }
    if (builder_reserve(b) != QUOTH_OK) return QUOTH_ERR_NOMEM;
    b->keys[b->n] = key;
    b->values[b->n] = value;
    b->slot[i] = (uint32_t)(++b->n);
    if (2 * b->n > b->mask + 1) return builder_rehash(b);
    return QUOTH_OK;
}

int quoth_lexicon_builder_add_word(quoth_lexicon_builder *b, const char *word, size_t len,
                                   uint32_t count) {
    if (!word && len) return QUOTH_ERR_INVALID;
    return quoth_lexicon_builder_add(b, quoth_hash_lower(word, len), count);
}

size_t quoth_lexicon_builder_size(const quoth_lexicon_builder *b) {
    return b ? b->n : 0;
}

int quoth_lexicon_builder_serialize(const quoth_lexicon_builder *b, uint32_t min_value,
                                    void **blob, size_t *size) {
    if (!b || !blob || !size) return QUOTH_ERR_INVALID;
    if (min_value == 0) min_value = 1;
    size_t kept = 0;
    for (size_t e = 0; e < b->n; e++) kept += b->values[e] >= min_value;
    uint32_t log2_slots = 4;
    while (((size_t)1 << log2_slots) < 2 * kept) log2_slots++;
    if (log2_slots > 30) return QUOTH_ERR_INVALID;
    size_t n_slots = (size_t)1 << log2_slots;
    size_t bytes = LEXICON_HEADER_BYTES + n_slots * (sizeof(uint64_t) + sizeof(uint32_t));
    unsigned char *buf = calloc(1, bytes);
    if (!buf) return QUOTH_ERR_NOMEM;
    uint32_t header[4] = {LEXICON_MAGIC, LEXICON_VERSION, log2_slots, (uint32_t)kept};
    memcpy(buf, header, sizeof header);
    uint64_t *keys = (uint64_t *)(void *)(buf + LEXICON_HEADER_BYTES);
    uint32_t *values = (uint32_t *)(void *)(keys + n_slots);
    for (size_t e = 0; e < b->n; e++) {
        if (b->values[e] < min_value) continue;
        size_t i = (size_t)b->keys[e] & (n_slots - 1);
        while (values[i]) i = (i + 1) & (n_slots - 1);
        keys[i] = b->keys[e];
        values[i] = b->values[e];
    }
    *blob = buf;
    *size = bytes;
    return QUOTH_OK;
}

/* -------------------------------------------------------------- reading */

static int load_table(const void *blob, size_t size, int count_entries, quoth_lexicon *out) {
    if (!out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    if (!blob || (uintptr_t)blob % 8 != 0) return QUOTH_ERR_INVALID;
    if (size < LEXICON_HEADER_BYTES) return QUOTH_ERR_MODEL;
    uint32_t header[4];
    memcpy(header, blob, sizeof header);
    if (header[0] != LEXICON_MAGIC || header[1] != LEXICON_VERSION || header[2] > 30)
        return QUOTH_ERR_MODEL;
    size_t n_slots = (size_t)1 << header[2];
    if (size != LEXICON_HEADER_BYTES + n_slots * (sizeof(uint64_t) + sizeof(uint32_t)))
        return QUOTH_ERR_MODEL;
    const uint64_t *keys = (const uint64_t *)(const void *)((const unsigned char *)blob + LEXICON_HEADER_BYTES);
    const uint32_t *values = (const uint32_t *)(const void *)(keys + n_slots);
    size_t occupied = header[3];
    if (count_entries) {
        occupied = 0;
        for (size_t i = 0; i < n_slots; i++) occupied += values[i] != 0;
    }
    /* At least one empty slot, or a miss would probe forever (trusted,
     * the header's count is taken for it). */
    if (occupied != header[3] || occupied >= n_slots) return QUOTH_ERR_MODEL;
    out->keys = keys;
    out->values = values;
    out->mask = (uint32_t)(n_slots - 1);
    out->n_entries = header[3];
    return QUOTH_OK;
}

int quoth_lexicon_load(const void *blob, size_t size, quoth_lexicon *out) { return load_table(blob, size, 1, out); }

int quoth_lexicon_load_trusted(const void *blob, size_t size, quoth_lexicon *out) {
    return load_table(blob, size, 0, out);
}

uint32_t quoth_lexicon_count(const quoth_lexicon *lex, const char *word, size_t len) {
    if (!word && len) return 0;
    return quoth_lexicon_get(lex, quoth_hash_lower(word, len));
}
