/* Growable arrays: the one way quoth's stages make room for more items.
 *
 * Every stage keeps its items in plain arrays (tokens, sentences, spans,
 * names, rows) that it reuses from document to document, so the arrays grow
 * rarely and never shrink. They all grow the same way: to a power-of-two
 * multiple of a first capacity, doubling, so that n pushes cost O(n) copies.
 * The byte count is checked for overflow here, once, rather than trusted at
 * each call site: a capacity that would not fit in size_t is an allocation
 * failure (QUOTH_ERR_NOMEM), never a wrapped, too-small buffer.
 *
 * On failure nothing changes: *items and *cap are as they were, so the
 * caller still owns and frees the old array. */
#ifndef QUOTH_UTIL_ARRAY_H
#define QUOTH_UTIL_ARRAY_H

#include <stddef.h>

/* The slow path of quoth_array_reserve(): reallocates. */
int quoth_array_grow(void **items, size_t *cap, size_t want, size_t elem, size_t first);

/* Makes room for at least `want` items of `elem` bytes in *items, whose
 * capacity (in items) is *cap. A new capacity is `first` (0 means 16) or
 * twice the old one, doubled again until it holds `want`. 0, or
 * QUOTH_ERR_NOMEM. Inline because the test that there is room already is
 * made once per token in the tokenizer. */
static inline int quoth_array_reserve(void **items, size_t *cap, size_t want, size_t elem, size_t first) {
    if (want <= *cap) return 0;
    return quoth_array_grow(items, cap, want, elem, first);
}

/* quoth_array_reserve() for an array named by its pointer and capacity
 * lvalues, its item size taken from the pointer's type:
 * QUOTH_RESERVE(list->tok, list->cap, list->n + 1, 1024). */
#define QUOTH_RESERVE(items, cap, want, first) \
    quoth_array_reserve((void **)&(items), &(cap), (want), sizeof *(items), (first))

/* Reallocates *items to exactly `count` items of `elem` bytes (arrays that
 * grow together and share one capacity). 0, or QUOTH_ERR_NOMEM, *items
 * unchanged, when the allocation fails or count * elem overflows. */
int quoth_array_resize(void **items, size_t count, size_t elem);

/* quoth_array_resize() for an array named by its pointer lvalue. */
#define QUOTH_RESIZE(items, count) quoth_array_resize((void **)&(items), (count), sizeof *(items))

#endif
