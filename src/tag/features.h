/*
 * features.h - word-level features shared by the taggers, and the sliding
 * window that feeds them.
 *
 * A tagger looks at words i-2..i+2 around the word it tags. Computing a
 * word's hashes (spelling, lowercase form, suffixes, shape) once and keeping
 * them in a ring of eight makes that cost once per word, and lets a sentence
 * of any length be tagged with a fixed amount of stack memory.
 *
 * The values here are model-format: a trained model is only valid with the
 * exact same definitions (see QUOTH_WORDFEAT_VERSION).
 */
#ifndef QUOTH_TAG_FEATURES_H
#define QUOTH_TAG_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "tag/hash.h"
#include "tag/lexicon.h"

/* Bumped whenever a definition below, or the key function of the taggers
 * that use them (quoth_hash_key() since version 2), changes a feature. */
#define QUOTH_WORDFEAT_VERSION 2u

/* One token's normalized form (PTB conventions: -LRB-, ``, '', 's ...);
 * not NUL-terminated. */
typedef struct quoth_word {
    const char *s;
    uint32_t len;
} quoth_word;

/* Hashes of one word, each a value for quoth_hash_key(). */
typedef struct quoth_word_info {
    uint64_t word;   /* the exact spelling */
    uint64_t lower;  /* ASCII-lowercased spelling */
    uint64_t norm;   /* lowercased, with numbers folded into classes */
    uint64_t suf1, suf2, suf3, suf4; /* lowercased last bytes */
    uint64_t pre1, pre3;             /* first byte as is, first 3 lowercased */
    uint64_t shape;  /* Xxxx, dd.dd, x-x ... */
} quoth_word_info;

void quoth_word_info_compute(const char *s, size_t len, quoth_word_info *out);

/* A direct-mapped cache of word infos by exact spelling, for a caller that
 * makes the infos of many words, document after document (an engine): news
 * repeats its words, and a hit costs a look at the slot and a copy instead
 * of the hashes, affixes and shape. A slot is known by the word's length and
 * its first and last eight bytes (the whole spelling up to 16 bytes), and
 * beyond that by its 64-bit hash, the identity the lexicons rely on too.
 * Zeroed memory is an empty cache. 4,096 slots (448 KB) keep most of the
 * words of the last articles: a miss costs the infos and three lexicon
 * probes, and 2,048 had missed a quarter more often (37 thousand words
 * against 29 on 200 articles). */
#define QUOTH_WORD_CACHE_SLOTS 4096u

typedef struct quoth_word_cache_slot {
    uint32_t len_plus_1; /* 0: empty */
    /* A value of the word's that the cache's owner keeps with it (the
     * engine: its word classes), QUOTH_WORD_CACHE_NO_EXTRA when the slot
     * was filled since; it sits in room the alignment left. */
    uint32_t extra;
    uint64_t first, last; /* the spelling's first and last min(len, 8) bytes, packed */
    quoth_word_info info;
    /* The word's entries in the taggers' dictionaries (quoth_pos_dict_entry(),
     * quoth_entity_dict_entry()), which an owner with those models keeps
     * with its extra: set when extra is, and only then valid. */
    uint8_t pos_dict, entity_dict;
    /* What the attribution tagger finds of the word (its cue rate and its
     * block of window rows: quoth_attrib_find_word()), kept likewise, in
     * room the alignment left: the slot is 112 bytes with them or without. */
    uint8_t cue_rate;
    uint32_t word_block;
} quoth_word_cache_slot;

_Static_assert(sizeof(quoth_word_cache_slot) == 112, "a slot grown is a bigger cache to fault in");

#define QUOTH_WORD_CACHE_NO_EXTRA UINT32_MAX

typedef struct quoth_word_cache {
    quoth_word_cache_slot slot[QUOTH_WORD_CACHE_SLOTS];
} quoth_word_cache;

/* What quoth_word_info_compute() gives, through the cache, for a caller
 * without the word's lower_hash (quoth_word_info_cached_lower() below). */
void quoth_word_info_cached(quoth_word_cache *cache, const char *s, size_t len, quoth_word_info *out);

/* The first and last min(len, 8) bytes of a word, as they are: with its
 * length, the whole spelling of a word of up to 16 bytes. */
static inline void quoth_word_ends(const char *s, size_t len, uint64_t *first, uint64_t *last) {
    const unsigned char *p = (const unsigned char *)s;
    *first = len >= 8 ? quoth_hash_load64(p) : quoth_hash_pack(p, len);
    *last = len > 8 ? quoth_hash_load64(p + len - 8) : *first;
}

/* quoth_word_ends() for a word that at least 8 bytes from its start may
 * be read (a word with other words after it in an arena): the bytes past
 * its end are masked off, where quoth_hash_pack() asks the length class
 * (1-3, 4-7, 8 and more), branches the predictor misses (news words are
 * of every length). A mask of both its ends, without a branch at all,
 * cost 16 instructions a word more, for few mispredicts less. */
static inline void quoth_word_ends_readable8(const char *s, size_t len, uint64_t *first, uint64_t *last) {
    const unsigned char *p = (const unsigned char *)s;
    uint64_t head = quoth_hash_load64(p);
    /* len & 7 keeps the shift defined; the mask is taken only for len < 8 */
    uint64_t below = (1ull << (8 * (len & 7))) - 1;
    *first = len >= 8 ? head : head & below;
    uint64_t tail = quoth_hash_load64(p + (len > 8 ? len - 8 : 0));
    *last = len > 8 ? tail : *first;
}

/* Whether a slot holds the word whose ends are these: its three fields
 * compared together rather than one after the other, so that a miss is
 * not missed by the predictor at whichever field differs first. */
static inline int quoth_word_cache_holds(const quoth_word_cache_slot *slot, const char *s, size_t len, uint64_t first,
                                         uint64_t last) {
    /* the ends are the whole spelling up to 16 bytes; a longer word is hashed */
    int same = (slot->len_plus_1 == len + 1) & (slot->first == first) & (slot->last == last);
    return same && (len <= 16 || slot->info.word == quoth_hash_bytes(s, len));
}

/* Makes a slot the word's (its info computed, its extra NO_EXTRA). */
void quoth_word_cache_fill(quoth_word_cache_slot *slot, const char *s, size_t len, uint64_t first, uint64_t last);

/* The slot a word goes in, by its quoth_hash_lower() and its first bytes. */
static inline quoth_word_cache_slot *quoth_word_cache_slot_at(quoth_word_cache *cache, uint64_t lower, uint64_t first) {
    /* the first bytes in the index keep "The" and "the" both */
    return &cache->slot[(lower ^ first) & (QUOTH_WORD_CACHE_SLOTS - 1)];
}

/* The word's slot, made the word's when it held another word (the slot
 * quoth_word_info_cached_lower() below reads): for an owner that keeps
 * its own value of the word in the slot's extra. */
static inline quoth_word_cache_slot *quoth_word_cache_slot_of(quoth_word_cache *cache, const char *s, size_t len,
                                                               uint64_t lower) {
    uint64_t first, last;
    quoth_word_ends(s, len, &first, &last);
    quoth_word_cache_slot *slot = quoth_word_cache_slot_at(cache, lower, first);
    if (!quoth_word_cache_holds(slot, s, len, first, last)) quoth_word_cache_fill(slot, s, len, first, last);
    return slot;
}

/* What quoth_word_info_cached() gives, for a caller that has the word's
 * quoth_hash_lower() already (a token's lower_hash): the slot is found from
 * it, without hashing the word again. Inline: an engine asks it for every
 * token, and most are hits. */
static inline void quoth_word_info_cached_lower(quoth_word_cache *cache, const char *s, size_t len, uint64_t lower,
                                                quoth_word_info *out) {
    *out = quoth_word_cache_slot_of(cache, s, len, lower)->info;
}

/* Sentence padding: positions -2, -1 (start) and n, n+1 (end). */
enum { QUOTH_PAD_START2, QUOTH_PAD_START1, QUOTH_PAD_END1, QUOTH_PAD_END2 };
void quoth_word_info_pad(int which, quoth_word_info *out);

#define QUOTH_WINDOW_RING 8u

/* The infos of words i-2..i+2 of a sentence while tagging word i. The
 * ring points at them rather than holding them: given infos are read where
 * they are, so that an advance stores a pointer instead of copying 80 bytes;
 * only padding and the infos made from `words` live in the window. */
typedef struct quoth_window {
    const quoth_word_info *ring[QUOTH_WINDOW_RING];
    quoth_word_info made[QUOTH_WINDOW_RING]; /* when made from words: word j's at made[j % RING] */
    quoth_word_info pad[4];                  /* by QUOTH_PAD_* */
    const quoth_word *words;
    size_t n;
    const quoth_word_info *infos; /* when set, the words' infos, read from here */
    size_t next;                  /* for quoth_window_seek(): the first word not in the ring yet */
} quoth_window;

/* Starts a sentence: computes words 0 and 1 (and the padding before them). */
void quoth_window_start(quoth_window *win, const quoth_word *words, size_t n);

/* Starts a sentence of n words whose infos are made already: infos[0..n-1]
 * (made once for both taggers of an engine, through a quoth_word_cache). */
void quoth_window_start_infos(quoth_window *win, const quoth_word_info *infos, size_t n);

/* Makes word pos's info from `words` in the window (the trainers' way) and points the ring at it. */
void quoth_window_make(quoth_window *win, size_t pos);

/* Points the ring at word pos's info. */
static inline void quoth_window_fill(quoth_window *win, size_t pos) {
    const quoth_word_info **slot = &win->ring[(pos + 2) & (QUOTH_WINDOW_RING - 1)];
    if (pos >= win->n) *slot = &win->pad[pos == win->n ? QUOTH_PAD_END1 : QUOTH_PAD_END2];
    else if (win->infos) *slot = &win->infos[pos];
    else quoth_window_make(win, pos);
}

/* Moves to word i: computes word i+2. Call for i = 0, 1, 2, ... in order.
 * Inline: the taggers call it for every word, and it is mostly a store. */
static inline void quoth_window_advance(quoth_window *win, size_t i) {
    quoth_window_fill(win, i + 2);
}

/* Moves to word i, for a caller that visits some words only: the ring
 * then holds words i-2..i+2. After start, i grows from call to call, and
 * advance() is not used with it. Given infos, the words are pointed at in
 * five stores, without a loop whose length (how many words were skipped)
 * the predictor would miss; made from words, the words skipped are not
 * made. */
static inline void quoth_window_seek(quoth_window *win, size_t i) {
    if (win->infos && i >= 2 && i + 2 < win->n) {
        for (size_t k = 0; k < 5; k++) win->ring[(i + k) & (QUOTH_WINDOW_RING - 1)] = &win->infos[i - 2 + k];
    } else {
        size_t from = i >= 2 ? i - 2 : 0;
        for (size_t pos = from > win->next ? from : win->next; pos <= i + 2; pos++) quoth_window_fill(win, pos);
    }
    win->next = i + 3;
}

/* The info of word i+offset, -2 <= offset <= 2, after advance(i); also
 * offset 3 once advance(i + 1) has run (the ring has room for it). */
static inline const quoth_word_info *quoth_window_at(const quoth_window *win, size_t i, int offset) {
    return win->ring[(i + 2 + (size_t)(ptrdiff_t)offset) & (QUOTH_WINDOW_RING - 1)];
}

/* The words of a sentence that a tagger's dictionary (exact word hash ->
 * label + 1) does not settle, found 64 at a time: a bit per word, so that
 * the tagger goes from one word to score to the next without asking of
 * each word whether the dictionary settles it, a branch the predictor
 * misses for a third of news words. The dictionary's words get their
 * labels as their block is scanned. */
typedef struct quoth_dict_scan {
    const quoth_lexicon *dict;
    const uint8_t *entries;  /* the words' entries in dict when the caller has them, else NULL */
    const quoth_window *win; /* the words (their hashes when there are no entries) */
    uint8_t *labels;         /* the dictionary's labels go here; 255 for a word to score, until it is */
    size_t n;                /* words 0..n-1 (n >= 1) are scanned */
    size_t base;             /* the block's first word */
    uint64_t bits;           /* the block's words still to score, by their offset from base */
} quoth_dict_scan;

/* Labels the dictionary's words of the block of 64 at base; returns the
 * bits of the others. */
uint64_t quoth_dict_scan_block(const quoth_dict_scan *scan, size_t base);

static inline void quoth_dict_scan_start(quoth_dict_scan *scan, const quoth_lexicon *dict, const uint8_t *entries,
                                         const quoth_window *win, size_t n, uint8_t *labels) {
    scan->dict = dict;
    scan->entries = entries;
    scan->win = win;
    scan->labels = labels;
    scan->n = n;
    scan->base = 0;
    scan->bits = quoth_dict_scan_block(scan, 0);
}

/* The next word to score, n when none is left (every word then has its
 * label or was returned). Every word before the one returned has its
 * label, or was returned before. */
static inline size_t quoth_dict_scan_next(quoth_dict_scan *scan) {
    while (!scan->bits) {
        if (scan->n - scan->base <= 64) return scan->n;
        scan->base += 64;
        scan->bits = quoth_dict_scan_block(scan, scan->base);
    }
    size_t j = scan->base + (size_t)__builtin_ctzll(scan->bits);
    scan->bits &= scan->bits - 1;
    return j;
}

#endif /* QUOTH_TAG_FEATURES_H */
