#include "tag/features.h"

#include <assert.h>

#include "tag/hash.h"

#define SHAPE_MAX 24
#define SHAPE_REPEAT 3

static int is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}

/* The last k bytes of a word from its packed (lowercased) last m =
 * min(len, 8) bytes, tagged with their count so that "a" and "aa" differ. */
static uint64_t suffix(uint64_t last, size_t m, size_t k) {
    if (k >= m) return last | ((uint64_t)m << 56);
    return (last >> (8 * (m - k))) | ((uint64_t)k << 56);
}

static uint64_t prefix(uint64_t first, size_t len, size_t k) {
    if (k > len) k = len;
    uint64_t mask = k >= 8 ? ~0ull : (1ull << (8 * k)) - 1;
    return (first & mask) | ((uint64_t)k << 56);
}

static char shape_class(unsigned char c) {
    if ((unsigned)(c - 'a') < 26u) return 'x';
    if ((unsigned)(c - 'A') < 26u) return 'X';
    if (is_digit(c)) return 'd';
    if (c >= 0x80) return 'u';
    return (char)c;
}

/* "Washington" -> "Xxxx", "1,200" -> "d,ddd", "U.S." -> "X.X.": runs of a
 * class are cut at three so that length matters only for short words. */
static uint64_t word_shape(const unsigned char *p, size_t len) {
    char shape[SHAPE_MAX];
    size_t n = 0, run = 0;
    char last = 0;
    for (size_t i = 0; i < len && n < SHAPE_MAX; i++) {
        char c = shape_class(p[i]);
        run = c == last ? run + 1 : 1;
        last = c;
        if (run <= SHAPE_REPEAT) shape[n++] = c;
    }
    return quoth_hash_bytes(shape, n);
}

/* Whether the n <= 8 bytes packed in w (zero above) are all ASCII
 * lowercase letters: each lane at least 'a' and at most 'z', eight at once. */
static int all_lower_ascii(uint64_t w, size_t n) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t lanes = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
    uint64_t from_a = (w & ~high) + ones * (0x80 - 'a'); /* high bit: at least 'a' */
    uint64_t above_z = (w & ~high) + ones * (0x7F - 'z'); /* high bit: above 'z' */
    return n > 0 && ((~w & from_a & ~above_z) & high & lanes) == (high & lanes);
}

/* The shape of a word of lowercase letters after an optional capital:
 * "x", "xx", "xxx" or "X", "Xx", "Xxx", "Xxxx" (runs cut at three), the
 * common cases made without word_shape()'s loop. The strings are
 * constants, so each case folds into a constant hash. */
static uint64_t letter_shape(int capital, size_t lowers) {
    if (lowers > SHAPE_REPEAT) lowers = SHAPE_REPEAT;
    if (!capital) return lowers == 1 ? quoth_hash_bytes("x", 1) : lowers == 2 ? quoth_hash_bytes("xx", 2)
                                                                                : quoth_hash_bytes("xxx", 3);
    switch (lowers) {
    case 0: return quoth_hash_bytes("X", 1);
    case 1: return quoth_hash_bytes("Xx", 2);
    case 2: return quoth_hash_bytes("Xxx", 3);
    default: return quoth_hash_bytes("Xxxx", 4);
    }
}

/* Numbers are many and each rare: fold them into a few classes, as
 * Honnibal's tagger does. */
static uint64_t word_norm(const unsigned char *p, size_t len, uint64_t lower) {
    if (len == 0 || !is_digit(p[0])) return lower;
    size_t digits = 0;
    while (digits < len && is_digit(p[digits])) digits++;
    if (digits == 4 && len == 4) return quoth_hash_bytes("!YEAR", 5);
    return quoth_hash_bytes("!DIGITS", 7);
}

void quoth_word_info_compute(const char *s, size_t len, quoth_word_info *out) {
    const unsigned char *p = (const unsigned char *)s;
    uint64_t first, last; /* the first and last min(len, 8) bytes, lowercased */
    if (len <= 8) {
        /* Most words: one packed word gives both hashes and all affixes. */
        uint64_t packed = quoth_hash_pack(p, len);
        first = last = quoth_hash_ascii_lower(packed);
        out->word = quoth_hash_short(packed, len);
        out->lower = quoth_hash_short(first, len);
    } else {
        first = quoth_hash_ascii_lower(quoth_hash_load64(p));
        last = quoth_hash_ascii_lower(quoth_hash_load64(p + len - 8));
        out->word = quoth_hash_bytes(p, len);
        out->lower = quoth_hash_lower(p, len);
    }
    size_t m = len < 8 ? len : 8;
    out->norm = word_norm(p, len, out->lower);
    out->suf1 = suffix(last, m, 1);
    out->suf2 = suffix(last, m, 2);
    out->suf3 = suffix(last, m, 3);
    out->suf4 = suffix(last, m, 4);
    out->pre1 = len ? p[0] : 0;
    out->pre3 = prefix(first, len, 3);
    out->shape = 0;
    if (len <= 8 && all_lower_ascii(first, len)) {
        /* Letters only, as most words: all lowercase, or a capital and
         * lowercase ones, have a shape known without word_shape()'s loop. */
        uint64_t spelled = quoth_hash_pack(p, len);
        if (all_lower_ascii(spelled, len)) out->shape = letter_shape(0, len);
        else if (len == 1 || all_lower_ascii(spelled >> 8, len - 1)) out->shape = letter_shape(1, len - 1);
    }
    if (!out->shape) out->shape = word_shape(p, len);
}

void quoth_word_cache_fill(quoth_word_cache_slot *slot, const char *s, size_t len, uint64_t first, uint64_t last) {
    quoth_word_info_compute(s, len, &slot->info);
    slot->len_plus_1 = (uint32_t)len + 1;
    slot->extra = QUOTH_WORD_CACHE_NO_EXTRA;
    slot->first = first;
    slot->last = last;
}

void quoth_word_info_cached(quoth_word_cache *cache, const char *s, size_t len, quoth_word_info *out) {
    quoth_word_info_cached_lower(cache, s, len, quoth_hash_lower(s, len), out);
}

/* Padding words get arbitrary fixed values in every field: they only have
 * to differ from real words and from each other, and being constants they
 * cost nothing per sentence. */
void quoth_word_info_pad(int which, quoth_word_info *out) {
    uint64_t base = quoth_hash_fmix(0x5041440000000000ull + (uint64_t)(which & 3) * 16);
    out->word = base + 1;
    out->lower = base + 2;
    out->norm = base + 3;
    out->suf1 = base + 4;
    out->suf2 = base + 5;
    out->suf3 = base + 6;
    out->suf4 = base + 7;
    out->pre1 = base + 8;
    out->pre3 = base + 9;
    out->shape = base + 10;
}

void quoth_window_make(quoth_window *win, size_t pos) {
    assert(win->words); /* a window reads words or infos, never neither */
    quoth_word_info *made = &win->made[pos & (QUOTH_WINDOW_RING - 1)];
    quoth_word_info_compute(win->words[pos].s, win->words[pos].len, made);
    win->ring[(pos + 2) & (QUOTH_WINDOW_RING - 1)] = made;
}

static void window_open(quoth_window *win, const quoth_word *words, const quoth_word_info *infos, size_t n) {
    win->words = words;
    win->infos = infos;
    win->n = n;
    for (int which = 0; which < 4; which++) quoth_word_info_pad(which, &win->pad[which]);
    win->ring[0] = &win->pad[QUOTH_PAD_START2];
    win->ring[1] = &win->pad[QUOTH_PAD_START1];
    quoth_window_fill(win, 0);
    quoth_window_fill(win, 1);
    win->next = 2;
}

void quoth_window_start(quoth_window *win, const quoth_word *words, size_t n) {
    window_open(win, words, NULL, n);
}

void quoth_window_start_infos(quoth_window *win, const quoth_word_info *infos, size_t n) {
    window_open(win, NULL, infos, n);
}

uint64_t quoth_dict_scan_block(const quoth_dict_scan *scan, size_t base) {
    const quoth_window *win = scan->win;
    size_t end = scan->n - base > 64 ? base + 64 : scan->n;
    uint64_t bits = 0;
    for (size_t i = base; i < end; i++) {
        uint32_t entry;
        if (scan->entries) entry = scan->entries[i];
        else if (win->infos) entry = quoth_lexicon_get(scan->dict, win->infos[i].word);
        else entry = quoth_lexicon_get(scan->dict, quoth_hash_bytes(win->words[i].s, win->words[i].len));
        scan->labels[i] = (uint8_t)(entry - 1);
        bits |= (uint64_t)(entry == 0) << (i - base);
    }
    return bits;
}
