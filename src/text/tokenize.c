/*
 * tokenize.c - from UTF-8 text to tokens in Penn Treebank style.
 *
 * One pass over the text, no backtracking beyond a word: the cost is linear
 * in the input whatever it holds. The conventions follow the Penn Treebank
 * (and so CoreNLP, whose output the taggers learned from): clitics split off
 * ("Kirby" "'s", "do" "n't"), hyphenated words kept whole, abbreviations
 * keep their period ("Mr.", "U.S."), quotation marks become `` and ''.
 */
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/tokens.h"
#include "text/utf8.h"
#include "text/wrap.h"
#include "util/array.h"

/* Words longer than this are cut into pieces: no real word is, and it keeps
 * per-token buffers fixed in size whatever the input. */
#define MAX_WORD_BYTES 512

typedef struct scanner {
    const unsigned char *s;
    size_t len;
    quoth_token_list *list;
    quoth_word_count_fn word_count;
    const void *word_count_ctx;
    unsigned pending;       /* TOK_*_BEFORE flags for the next token */
    int straight_open;      /* a straight " is open in this paragraph */
    size_t wrap_width;      /* the column the text's lines were cut at; 0 when not hard-wrapped */
} scanner;

static uint32_t cp_at(const scanner *sc, size_t i, size_t *n) {
    if (i >= sc->len) {
        *n = 0;
        return 0;
    }
    if (sc->s[i] < 0x80) {
        *n = 1;
        return sc->s[i];
    }
    return quoth_utf8_decode(sc->s + i, sc->len - i, n);
}

/* quoth_char_classify() without a call for ASCII. */
static quoth_char_info classify(uint32_t cp) {
    return cp < 0x80 ? quoth_ascii_class[cp] : quoth_char_classify(cp);
}

static quoth_char_class class_at(const scanner *sc, size_t i) {
    size_t n;
    if (i >= sc->len) return CC_SPACE;
    if (sc->s[i] < 0x80) return (quoth_char_class)quoth_ascii_class[sc->s[i]].cls;
    return (quoth_char_class)quoth_char_classify(cp_at(sc, i, &n)).cls;
}

/* The class of the code point that ends just before byte i. */
static quoth_char_class class_before(const scanner *sc, size_t i) {
    if (i == 0) return CC_SPACE;
    /* an ASCII byte is never part of a longer sequence: no need to look back */
    if (sc->s[i - 1] < 0x80) return (quoth_char_class)quoth_ascii_class[sc->s[i - 1]].cls;
    size_t j = i - 1;
    while (j > 0 && (sc->s[j] & 0xC0) == 0x80 && i - j < 4) j--;
    return class_at(sc, j);
}

static int is_letter_class(quoth_char_class c) {
    return c == CC_LOWER || c == CC_UPPER || c == CC_MARK;
}

static int is_alnum_class(quoth_char_class c) {
    return is_letter_class(c) || c == CC_DIGIT;
}

/* Appends a token whose normalized form, norm_len bytes, is already in the
 * arena at arena_len, and whose lower_hash is `hash`. Inline: it runs once
 * per token, and the call showed. */
static inline int push_token_hashed(scanner *sc, size_t start, size_t end, size_t norm_len, unsigned flags,
                                    uint64_t hash) {
    quoth_token_list *l = sc->list;
    if (QUOTH_RESERVE(l->tok, l->cap, l->n + 1, 1024)) return QUOTH_ERR_NOMEM;
    char *norm = l->arena + l->arena_len;
    quoth_token *t = &l->tok[l->n++];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->norm = (uint32_t)l->arena_len;
    t->norm_len = (uint16_t)norm_len;
    norm[norm_len] = '\0';
    l->arena_len += norm_len + 1;
    t->flags = (uint16_t)(flags | sc->pending);
    t->inner_capital = (flags & TOK_INNER_CAPITAL) != 0;
    t->accented = (flags & TOK_ACCENTED) != 0;
    t->lower_hash = hash;
    sc->pending = 0;
    return 0;
}

static inline int push_token(scanner *sc, size_t start, size_t end, size_t norm_len, unsigned flags) {
    const char *norm = sc->list->arena + sc->list->arena_len;
    return push_token_hashed(sc, start, end, norm_len, flags, quoth_hash_lower(norm, norm_len));
}

/* Appends a token whose normalized form is norm[0..norm_len). */
static int emit(scanner *sc, size_t start, size_t end, const char *norm, size_t norm_len,
                unsigned flags) {
    quoth_token_list *l = sc->list;
    if (QUOTH_RESERVE(l->arena, l->arena_cap, l->arena_len + norm_len + 1, 1024)) return QUOTH_ERR_NOMEM;
    memcpy(l->arena + l->arena_len, norm, norm_len);
    return push_token(sc, start, end, norm_len, flags);
}

/* ------------------------------------------------------------ words */

/* A word of up to six bytes packed as quoth_hash_pack() packs it, its
 * length in the top byte. */
#define BYTE_AT(c, k) ((uint64_t)(c) << (8 * (k)))
#define W1(a) (BYTE_AT(a, 0) | 1ull << 56)
#define W2(a, b) (BYTE_AT(a, 0) | BYTE_AT(b, 1) | 2ull << 56)
#define W3(a, b, c) (BYTE_AT(a, 0) | BYTE_AT(b, 1) | BYTE_AT(c, 2) | 3ull << 56)
#define W4(a, b, c, d) (BYTE_AT(a, 0) | BYTE_AT(b, 1) | BYTE_AT(c, 2) | BYTE_AT(d, 3) | 4ull << 56)
#define W5(a, b, c, d, e) (BYTE_AT(a, 0) | BYTE_AT(b, 1) | BYTE_AT(c, 2) | BYTE_AT(d, 3) | BYTE_AT(e, 4) | 5ull << 56)
#define W6(a, b, c, d, e, f) \
    (BYTE_AT(a, 0) | BYTE_AT(b, 1) | BYTE_AT(c, 2) | BYTE_AT(d, 3) | BYTE_AT(e, 4) | BYTE_AT(f, 5) | 6ull << 56)

/* What a word is before a period: an abbreviation that keeps it, a title
 * (which the sentence splitter never ends a sentence after), or a number's
 * sign ("No. 2", is_number_sign()). */
enum { PERIOD_ABBREV = 1, PERIOD_TITLE = 2, PERIOD_NUMBER_SIGN = 4 };

/* The words that keep their period or may, packed (W1() to W6()), their
 * kind in byte 6, each in its slot among 512: the multiplier was searched
 * (scripts/find-multiplier.c --length 9) so that no two share one, which a
 * duplicate initializer would show (-Woverride-init, in -Wextra; clang's
 * -Winitializer-overrides). 256 slots had no such multiplier left once
 * the 104th word came; the multiplier was searched again for the 122nd. */
#define PERIOD_SLOT(key) ((size_t)(((uint64_t)(key) * 0x37E987B6E59D49E1ull) >> 55))
#define PERIOD_KIND_SHIFT 48
#define ABBR(key, kind) [PERIOD_SLOT(key)] = (key) | (uint64_t)(kind) << PERIOD_KIND_SHIFT
#define PERIOD PERIOD_ABBREV
#define TITLE (PERIOD_ABBREV | PERIOD_TITLE)
#define NUMBER_SIGN PERIOD_NUMBER_SIGN
static const uint64_t PERIOD_WORDS[512] = {
    ABBR(W3('A', 'd', 'm'), TITLE), ABBR(W3('A', 'l', 'a'), PERIOD), ABBR(W3('A', 'p', 'r'), PERIOD),
    ABBR(W4('A', 'r', 'i', 'z'), PERIOD), ABBR(W3('A', 'r', 'k'), PERIOD), ABBR(W4('A', 's', 's', 'n'), PERIOD),
    ABBR(W4('A', 't', 't', 'y'), TITLE), ABBR(W3('A', 'u', 'g'), PERIOD), ABBR(W4('B', 'r', 'o', 's'), PERIOD),
    ABBR(W5('C', 'a', 'l', 'i', 'f'), PERIOD), ABBR(W4('C', 'a', 'p', 't'), TITLE),
    ABBR(W4('C', 'm', 'd', 'r'), TITLE), ABBR(W2('C', 'o'), PERIOD), ABBR(W3('C', 'o', 'l'), TITLE),
    ABBR(W4('C', 'o', 'l', 'o'), PERIOD), ABBR(W4('C', 'o', 'n', 'n'), PERIOD), ABBR(W4('C', 'o', 'r', 'p'), PERIOD),
    ABBR(W3('C', 'p', 'l'), TITLE), ABBR(W3('D', 'e', 'c'), PERIOD), ABBR(W3('D', 'e', 'l'), PERIOD),
    ABBR(W4('D', 'e', 'p', 't'), PERIOD), ABBR(W3('D', 'e', 't'), TITLE), ABBR(W2('D', 'r'), TITLE),
    /* engineers' and councillors' titles of African, Arab and British news
     * ("The deputy governor, Eng. Bassam Hilal," had been cut at "Eng.") */
    ABBR(W3('E', 'n', 'g'), TITLE), ABBR(W4('E', 'n', 'g', 'r'), TITLE), ABBR(W4('C', 'l', 'l', 'r'), TITLE),
    ABBR(W4('I', 'n', 's', 'p'), TITLE),
    /* and ranks of Sudanese, Indian and naval news ("Cdr. Jaafar Kuku
     * Angelo" had been cut at "Cdr.", a name of its own) */
    ABBR(W3('C', 'd', 'r'), TITLE), ABBR(W4('C', 'd', 'r', 'e'), TITLE), ABBR(W4('B', 'r', 'i', 'g'), TITLE),
    ABBR(W5('C', 'o', 'n', 's', 't'), TITLE),
    /* and Spanish titles ("Dra. Yaritza Beltrán Oquendo", "Lcda. Mariela
     * Soto" had been cut at the title, a name of its own), and the
     * Filipino names' "Ma." (María) and "Sta." (Santa) that a name goes on
     * after; not yet a priest's "Fr.", which PolNeAR's train text holds
     * once and so waits for the next retraining (models/README.md) */
    ABBR(W3('D', 'r', 'a'), TITLE), ABBR(W4('L', 'c', 'd', 'o'), TITLE), ABBR(W4('L', 'c', 'd', 'a'), TITLE),
    ABBR(W3('S', 'r', 'a'), TITLE), ABBR(W2('M', 'a'), TITLE),
    ABBR(W3('S', 't', 'a'), TITLE),
    /* and Slovak and Czech degrees before a name ("Ing. Jarmila Ďurišová",
     * "JUDr. Peter Holub" had been cut at the degree, a sentence's end),
     * and Latin America's "Lic.", "Abog." and "Ec." (a graduate, a lawyer,
     * an economist); none is in PolNeAR's text */
    ABBR(W3('I', 'n', 'g'), TITLE), ABBR(W3('M', 'g', 'r'), TITLE), ABBR(W4('J', 'U', 'D', 'r'), TITLE),
    ABBR(W4('M', 'U', 'D', 'r'), TITLE), ABBR(W4('R', 'N', 'D', 'r'), TITLE), ABBR(W4('P', 'h', 'D', 'r'), TITLE),
    ABBR(W2('B', 'c'), TITLE), ABBR(W3('L', 'i', 'c'), TITLE), ABBR(W4('A', 'b', 'o', 'g'), TITLE),
    ABBR(W2('E', 'c'), TITLE),
    /* and India's "Smt." (Shrimati), Austria's "Mag." (Magister), Mexico's
     * "Profr.", "Profra.", "Mtro." and "Mtra." (a teacher, a master), and
     * the Batak "br." (boru, a clan's daughter) inside a woman's name
     * ("Smt. Rekha Debbarma" and "Rosmawati br. Sitorus" had been cut at
     * the title, the first a sentence of its own) */
    ABBR(W3('S', 'm', 't'), TITLE), ABBR(W3('M', 'a', 'g'), TITLE), ABBR(W5('P', 'r', 'o', 'f', 'r'), TITLE),
    ABBR(W6('P', 'r', 'o', 'f', 'r', 'a'), TITLE), ABBR(W4('M', 't', 'r', 'o'), TITLE),
    ABBR(W4('M', 't', 'r', 'a'), TITLE), ABBR(W2('b', 'r'), TITLE),
    ABBR(W3('F', 'e', 'b'), PERIOD), ABBR(W3('F', 'l', 'a'), PERIOD), ABBR(W2('F', 't'), PERIOD),
    ABBR(W2('G', 'a'), PERIOD), ABBR(W3('G', 'e', 'n'), TITLE), ABBR(W3('G', 'o', 'v'), TITLE),
    ABBR(W3('H', 'o', 'n'), TITLE), ABBR(W3('I', 'l', 'l'), PERIOD), ABBR(W3('I', 'n', 'c'), PERIOD),
    ABBR(W3('I', 'n', 'd'), PERIOD), ABBR(W3('J', 'a', 'n'), PERIOD), ABBR(W2('J', 'r'), PERIOD),
    ABBR(W3('J', 'u', 'l'), PERIOD), ABBR(W3('J', 'u', 'n'), PERIOD), ABBR(W3('K', 'a', 'n'), PERIOD),
    ABBR(W2('K', 'y'), PERIOD), ABBR(W2('L', 't'), TITLE), ABBR(W3('L', 't', 'd'), PERIOD),
    ABBR(W3('M', 'a', 'j'), TITLE), ABBR(W3('M', 'a', 'r'), PERIOD), ABBR(W4('M', 'a', 's', 's'), PERIOD),
    ABBR(W2('M', 'd'), PERIOD), ABBR(W4('M', 'i', 'c', 'h'), PERIOD), ABBR(W4('M', 'i', 'n', 'n'), PERIOD),
    ABBR(W4('M', 'i', 's', 's'), PERIOD), ABBR(W2('M', 'o'), PERIOD), ABBR(W4('M', 'o', 'n', 't'), PERIOD),
    ABBR(W2('M', 'r'), TITLE), ABBR(W3('M', 'r', 's'), TITLE), ABBR(W2('M', 's'), TITLE),
    ABBR(W4('M', 's', 'g', 'r'), TITLE), ABBR(W2('M', 't'), PERIOD), ABBR(W3('N', 'e', 'b'), PERIOD),
    ABBR(W3('N', 'e', 'v'), PERIOD), ABBR(W3('N', 'o', 'v'), PERIOD), ABBR(W3('O', 'c', 't'), PERIOD),
    ABBR(W4('O', 'k', 'l', 'a'), PERIOD), ABBR(W3('O', 'r', 'e'), PERIOD), ABBR(W2('P', 'a'), PERIOD),
    ABBR(W3('P', 'f', 'c'), TITLE), ABBR(W2('P', 'h'), PERIOD), ABBR(W4('P', 'r', 'e', 's'), TITLE),
    ABBR(W4('P', 'r', 'o', 'f'), TITLE), ABBR(W3('P', 'v', 't'), TITLE), ABBR(W3('R', 'e', 'p'), TITLE),
    ABBR(W4('R', 'e', 'p', 's'), TITLE), ABBR(W3('R', 'e', 'v'), TITLE), ABBR(W3('S', 'e', 'n'), TITLE),
    ABBR(W4('S', 'e', 'n', 's'), TITLE), ABBR(W3('S', 'e', 'p'), PERIOD), ABBR(W4('S', 'e', 'p', 't'), PERIOD),
    ABBR(W3('S', 'g', 't'), TITLE), ABBR(W2('S', 'r'), PERIOD), ABBR(W2('S', 't'), PERIOD),
    ABBR(W4('S', 'u', 'p', 't'), TITLE), ABBR(W4('T', 'e', 'n', 'n'), PERIOD), ABBR(W3('T', 'e', 'x'), PERIOD),
    ABBR(W2('V', 'a'), PERIOD), ABBR(W2('V', 't'), PERIOD), ABBR(W4('W', 'a', 's', 'h'), PERIOD),
    ABBR(W3('W', 'i', 's'), PERIOD), ABBR(W3('W', 'y', 'o'), PERIOD), ABBR(W6('a', 'p', 'p', 'r', 'o', 'x'), PERIOD),
    ABBR(W3('e', 't', 'c'), PERIOD), ABBR(W1('v'), PERIOD), ABBR(W2('v', 's'), PERIOD),
    ABBR(W2('N', 'o'), NUMBER_SIGN), ABBR(W3('N', 'o', 's'), NUMBER_SIGN),
};
#undef PERIOD
#undef TITLE
#undef NUMBER_SIGN

/* PERIOD_* bits of the word w[0..n) before a period, 0 for most: one slot
 * asked, without a branch (w has eight bytes to read). */
static inline unsigned period_word_kind(const char *w, size_t n) {
    size_t len = n < 7 ? n : 7; /* any longer word is none, as a length of 7 is */
    uint64_t key = (quoth_hash_load64((const unsigned char *)w) & ~(~0ull << (8 * len))) | (uint64_t)len << 56;
    uint64_t slot = PERIOD_WORDS[PERIOD_SLOT(key)];
    return (slot & ~(0xFFull << PERIOD_KIND_SHIFT)) == key ? (unsigned)(slot >> PERIOD_KIND_SHIFT & 0xFF) : 0;
}

/* Whether w[0..n) is an abbreviation that keeps its period (a title or
 * not). */
static int is_abbreviation(const char *w, size_t n) {
    return (period_word_kind(w, n) & PERIOD_ABBREV) != 0;
}

/* "No. 2", "Nos. 3 and 4": a number's sign, which keeps its period only
 * before a digit, so that a "No." ending a sentence still ends it. */
static int is_number_sign(const scanner *sc, const char *w, size_t n, size_t period) {
    if (!((n == 2 && w[0] == 'N' && w[1] == 'o') || (n == 3 && w[0] == 'N' && w[1] == 'o' && w[2] == 's')))
        return 0;
    return period + 2 < sc->len && sc->s[period + 1] == ' ' && sc->s[period + 2] >= '0' &&
           sc->s[period + 2] <= '9';
}

/* "U.S", "a.m", "D.C": single letters joined by periods. */
static int is_initialism(const char *w, size_t n) {
    if (n < 3) return 0;
    for (size_t i = 0; i < n; i++) {
        int letter = (w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z');
        if (i % 2 == 0 ? !letter : w[i] != '.') return 0;
    }
    return 1;
}

/* A word of 3 to 5 letters packed as quoth_hash_pack() packs it. */
#define PACK3(a, b, c) ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16)
#define PACK4(a, b, c, d) (PACK3(a, b, c) | (uint64_t)(d) << 24)
#define PACK5(a, b, c, d, e) (PACK4(a, b, c, d) | (uint64_t)(e) << 32)

/* The slot of a packed glue word (below) among 32: the multiplier was
 * searched (scripts/find-multiplier.c) so that the twenty words fall in
 * twenty slots. */
#define GLUE_SLOT(packed) ((size_t)(((uint64_t)(packed) * 0xE9333FB81230D4DDull) >> 59))
#define GLUE(packed) [GLUE_SLOT(packed)] = (packed)

/* Words that links glue to their neighbours in scraped text, lower-cased
 * and packed, each in its slot. Two words in one slot would initialize it
 * twice, which -Woverride-init (-Wextra) and clang reject; empty slots
 * hold 0, which no word packs to. */
static const uint64_t GLUE_WORDS[32] = {
    GLUE(PACK3('t', 'h', 'e')), GLUE(PACK3('a', 'n', 'd')), GLUE(PACK3('w', 'h', 'o')), GLUE(PACK3('w', 'a', 's')),
    GLUE(PACK3('h', 'a', 's')), GLUE(PACK3('f', 'o', 'r')), GLUE(PACK3('b', 'u', 't')), GLUE(PACK3('n', 'o', 't')),
    GLUE(PACK3('h', 'i', 's')), GLUE(PACK3('h', 'e', 'r')),
    GLUE(PACK4('t', 'h', 'a', 't')), GLUE(PACK4('s', 'a', 'i', 'd')), GLUE(PACK4('s', 'a', 'y', 's')),
    GLUE(PACK4('w', 'i', 't', 'h')), GLUE(PACK4('f', 'r', 'o', 'm')), GLUE(PACK4('w', 'e', 'r', 'e')),
    GLUE(PACK4('h', 'a', 'v', 'e')), GLUE(PACK4('t', 'o', 'l', 'd')),
    GLUE(PACK5('w', 'h', 'i', 'c', 'h')), GLUE(PACK5('t', 'h', 'e', 'i', 'r')),
};

/* Whether a packed word of letters is a glue word: one load and one
 * comparison, no branch (it comes for six split points of every word of
 * six letters or more, and a switch's tests were mispredicted). */
static inline int is_glue_word(uint64_t packed) {
    return GLUE_WORDS[GLUE_SLOT(packed)] == packed;
}

/* The split points of a word of n (6 to 40) ASCII letters with a glue word
 * on one side, as bits (bit k: the split before letter k), found without
 * a branch: most words have none. A glue word (3 to 5 letters) begins the
 * first five letters or ends the last five, lower-cased (letters only: bit
 * 5 lowers them) and packed.
 * But "for" and "with" also begin words ("forgot", "forsake", "withstood",
 * which the counts may not hold: PolNeAR's text had six such words split),
 * and a name may end in "and" after a known word ("Marchand", "Armand"): a
 * capitalized word splits before a glue word only after six letters or
 * more ("Ukraineand"), and after one only before four letters or more
 * ("Thecompany"): names such as "Hashim" and "Hisham" are a glue word and
 * a short one ("Has" "him"), and the forty-eighth audit's had been split. */
static inline uint64_t glue_splits(const char *w, size_t n) {
    const uint64_t to_lower = 0x2020202020ull;
    uint64_t head = quoth_hash_pack((const unsigned char *)w, 5) | to_lower;
    uint64_t tail = quoth_hash_pack((const unsigned char *)w + n - 5, 5) | to_lower;
    int capitalized = w[0] >= 'A' && w[0] <= 'Z';
    uint64_t splits = 0;
    for (size_t len = 3; len <= 5; len++) {
        uint64_t left = head & (~0ull >> (64 - 8 * len)), right = tail >> (8 * (5 - len));
        int left_glue = is_glue_word(left) & (left != PACK3('f', 'o', 'r')) & (left != PACK4('w', 'i', 't', 'h')) &
                        (len + 2 <= n) & !(capitalized & (n - len < 4));
        int right_glue = is_glue_word(right) & (n - len >= 2) & !(capitalized & (n - len < 6));
        splits |= (uint64_t)left_glue << len | (uint64_t)right_glue << (n - len);
    }
    return splits;
}

/* Where to split a word of ASCII letters glued to a neighbour at one of
 * `splits` (glue_splits()), or 0. The whole must be unknown, both halves
 * known; of several splits the one whose rarer half is most frequent wins. */
static size_t find_glue_split(const scanner *sc, const char *w, size_t n, uint64_t splits) {
    enum { MIN_COUNT = 5 };
    size_t cand[6], n_cand = 0;
    for (; splits; splits &= splits - 1) {
        size_t k = (size_t)__builtin_ctzll(splits);
        /* The right half of a glued pair is lower case: "Ukraineand", not "UkraineAnd". */
        if (w[k] >= 'a') cand[n_cand++] = k;
    }
    if (n_cand == 0) return 0;
    if (sc->word_count(sc->word_count_ctx, w, n) > 0) return 0;
    size_t best = 0;
    uint32_t best_score = 0;
    for (size_t c = 0; c < n_cand; c++) {
        size_t k = cand[c];
        uint32_t a = sc->word_count(sc->word_count_ctx, w, k);
        uint32_t b = sc->word_count(sc->word_count_ctx, w + k, n - k);
        uint32_t score = a < b ? a : b;
        if (score >= MIN_COUNT && score > best_score) {
            best = k;
            best_score = score;
        }
    }
    return best;
}

/* The three letters that begin a glue word of the left side of a split
 * (not "for" or "with", see glue_splits()) or end one of the right side,
 * packed and marked with the sides, each in its slot among 32 (the
 * multiplier was searched, as for GLUE_WORDS). */
#define GLUE_END_SLOT(packed) ((size_t)(((uint64_t)(packed) * 0xCD83687B6F25B32Dull) >> 59))
#define BEGINS_GLUE (1ull << 32)
#define ENDS_GLUE (1ull << 33)
#define GLUE_END(packed, sides) [GLUE_END_SLOT(packed)] = (packed) | (sides)
static const uint64_t GLUE_ENDS[32] = {
    GLUE_END(PACK3('t', 'h', 'e'), BEGINS_GLUE | ENDS_GLUE), GLUE_END(PACK3('a', 'n', 'd'), BEGINS_GLUE | ENDS_GLUE),
    GLUE_END(PACK3('w', 'h', 'o'), BEGINS_GLUE | ENDS_GLUE), GLUE_END(PACK3('w', 'a', 's'), BEGINS_GLUE | ENDS_GLUE),
    GLUE_END(PACK3('h', 'a', 's'), BEGINS_GLUE | ENDS_GLUE), GLUE_END(PACK3('f', 'o', 'r'), ENDS_GLUE),
    GLUE_END(PACK3('b', 'u', 't'), BEGINS_GLUE | ENDS_GLUE), GLUE_END(PACK3('n', 'o', 't'), BEGINS_GLUE | ENDS_GLUE),
    GLUE_END(PACK3('h', 'i', 's'), BEGINS_GLUE | ENDS_GLUE), GLUE_END(PACK3('h', 'e', 'r'), BEGINS_GLUE | ENDS_GLUE),
    /* that, said, says, with, from, were, have, told, which ("their" begins as "the") */
    GLUE_END(PACK3('t', 'h', 'a'), BEGINS_GLUE), GLUE_END(PACK3('h', 'a', 't'), ENDS_GLUE),
    GLUE_END(PACK3('s', 'a', 'i'), BEGINS_GLUE), GLUE_END(PACK3('a', 'i', 'd'), ENDS_GLUE),
    GLUE_END(PACK3('s', 'a', 'y'), BEGINS_GLUE), GLUE_END(PACK3('a', 'y', 's'), ENDS_GLUE),
    GLUE_END(PACK3('i', 't', 'h'), ENDS_GLUE),
    GLUE_END(PACK3('f', 'r', 'o'), BEGINS_GLUE), GLUE_END(PACK3('r', 'o', 'm'), ENDS_GLUE),
    GLUE_END(PACK3('w', 'e', 'r'), BEGINS_GLUE), GLUE_END(PACK3('e', 'r', 'e'), ENDS_GLUE),
    GLUE_END(PACK3('h', 'a', 'v'), BEGINS_GLUE), GLUE_END(PACK3('a', 'v', 'e'), ENDS_GLUE),
    GLUE_END(PACK3('t', 'o', 'l'), BEGINS_GLUE), GLUE_END(PACK3('o', 'l', 'd'), ENDS_GLUE),
    GLUE_END(PACK3('w', 'h', 'i'), BEGINS_GLUE), GLUE_END(PACK3('i', 'c', 'h'), ENDS_GLUE),
    GLUE_END(PACK3('e', 'i', 'r'), ENDS_GLUE),
};

/* Whether a word of n ASCII letters may be split as glued: of 6 to 40
 * letters, its first three begin a glue word of the left side or its last
 * three end one of the right side, which glue_splits() needs. Three
 * percent of the words of six letters or more pass. One branch: a length
 * out of range sets a bit of the keys that no slot has (its own test was
 * mispredicted, and so was a test of the keys first: "the", "and" and "was"
 * are words). A word under six letters is read as none, from zeros: its
 * own bytes end before the four that the loads read, and the room after
 * them in the arena is not written (valgrind). */
static inline int may_be_glued(const char *w, size_t n) {
    static const unsigned char NO_LETTERS[4] = {0};
    const unsigned char *u = n >= 6 ? (const unsigned char *)w : NO_LETTERS;
    uint64_t out_of_range = (uint64_t)(n - 6 > 40 - 6) << 40, lower3 = 0x202020 | out_of_range;
    size_t last_at = (n - 3) & (0 - (size_t)(n >= 6)); /* 0 for a shorter word, which fails anyway */
    uint64_t first = (quoth_hash_load32(u) & 0xFFFFFF) | lower3, last = (quoth_hash_load32(u + last_at) & 0xFFFFFF) | lower3;
    uint64_t first_slot = GLUE_ENDS[GLUE_END_SLOT(first)], last_slot = GLUE_ENDS[GLUE_END_SLOT(last)];
    uint64_t first_diff = (first_slot & (0xFFFFFF | BEGINS_GLUE)) ^ (first | BEGINS_GLUE);
    uint64_t last_diff = (last_slot & (0xFFFFFF | ENDS_GLUE)) ^ (last | ENDS_GLUE);
    /* a difference of 0 is a match, whose top bit is set once one is taken
     * away (differences are below 2^41): one value to test, which the
     * compiler does not split into a branch per comparison */
    return (int)(((first_diff - 1) | (last_diff - 1)) >> 63);
}

/* Where to split a word of n ASCII letters that may be glued, or 0: nearly
 * all are too short or have no glue word at an end. */
static inline size_t glue_split_point(const scanner *sc, const char *w, size_t n) {
    if (!sc->word_count || !may_be_glued(w, n)) return 0;
    uint64_t splits = glue_splits(w, n);
    return splits ? find_glue_split(sc, w, n, splits) : 0;
}

/* Word flags from the normalized form (which has the same letters and
 * digits as the text it came from). */
static unsigned word_flags(const char *norm, size_t n) {
    unsigned flags = 0;
    int letters = 0, uppers = 0;
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)norm + i;
        quoth_char_class c;
        size_t len = 1;
        if (*u < 0x80) c = (quoth_char_class)quoth_ascii_class[*u].cls;
        else c = (quoth_char_class)quoth_char_classify(quoth_utf8_decode(u, n - i, &len)).cls;
        if (c == CC_UPPER) {
            uppers++;
            letters++;
            if (i == 0) flags |= TOK_CAPITALIZED;
        } else if (c == CC_LOWER)
            letters++;
        else if (c == CC_DIGIT)
            flags |= TOK_DIGIT;
        if (*u >= 0x80 && (c == CC_UPPER || c == CC_LOWER)) flags |= TOK_ACCENTED;
        i += len;
    }
    if (letters) flags |= TOK_ALPHA;
    if (letters >= 2 && uppers == letters) flags |= TOK_ALL_CAPS;
    if (uppers && !(flags & TOK_CAPITALIZED) && letters > uppers) flags |= TOK_INNER_CAPITAL;
    return flags;
}

/* A word as scan_word() reads it. The ASCII letters and digits it copies
 * in bulk are counted on the way, so that the word is not read again for its
 * flags, clitics or glue. */
typedef struct word_scan {
    size_t n;              /* bytes of norm */
    size_t mapped;         /* map[k] is written for k < mapped ... */
    size_t delta;          /* ... and is k + delta above (ASCII copied byte for byte) */
    size_t last_apo;       /* index of the last apostrophe in norm, 0 when none */
    size_t after_hyphen;   /* index after the last hyphen in norm, 0 when none */
    unsigned letters, uppers; /* ASCII letters in norm, and upper-case ones */
    uint64_t digits;       /* not 0 when norm has ASCII digits */
    int high;              /* norm has bytes >= 0x80, which the fields above do not describe */
    char *norm;            /* in the arena, where the token will have it */
    uint32_t map[MAX_WORD_BYTES + 8]; /* norm byte -> offset from the word's start */
} word_scan;

static size_t map_at(const word_scan *w, size_t k) {
    return k < w->mapped ? w->map[k] : k + w->delta;
}

/* word_flags() of the whole word, from the counts when they describe it. */
static unsigned whole_word_flags(const word_scan *w) {
    if (w->high) return word_flags(w->norm, w->n);
    unsigned flags = 0;
    if (w->norm[0] >= 'A' && w->norm[0] <= 'Z') flags |= TOK_CAPITALIZED;
    if (w->digits) flags |= TOK_DIGIT;
    if (w->letters) flags |= TOK_ALPHA;
    if (w->letters >= 2 && w->uppers == w->letters) flags |= TOK_ALL_CAPS;
    if (w->uppers && !(flags & TOK_CAPITALIZED) && w->letters > w->uppers) flags |= TOK_INNER_CAPITAL;
    return flags;
}

/* Where the last apostrophe of norm after its first byte is, or 0. An
 * index, not a pointer: a pointer tested for NULL after `norm +` made clang's
 * analyzer take norm itself for NULL. */
static size_t last_apostrophe(const word_scan *w) {
    if (!w->high) return w->last_apo;
    for (size_t i = w->n; i-- > 1;)
        if (w->norm[i] == '\'') return i;
    return 0;
}

/* Emits text[start..end), the word w, splitting off a clitic ("'s", "n't")
 * or a glued word first. norm maps byte for byte onto the text except where
 * normalization shortened a character, so split points are found in norm
 * and carried to the text through the map. */
static int emit_word(scanner *sc, size_t start, size_t end, const word_scan *w, unsigned extra) {
    const char *norm = w->norm;
    size_t n = w->n, cut = 0;
    /* Clitics: the last apostrophe, followed by s, re, ve, ll, d or m; or n't. */
    size_t a = last_apostrophe(w);
    if (a) {
        size_t rest = n - a - 1;
        char c1 = rest > 0 ? (char)(norm[a + 1] | 0x20) : 0, c2 = rest > 1 ? (char)(norm[a + 2] | 0x20) : 0;
        if ((rest == 1 && (c1 == 's' || c1 == 'd' || c1 == 'm')) ||
            (rest == 2 && ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') ||
                           (c1 == 'l' && c2 == 'l'))))
            cut = a;
        else if (rest == 1 && c1 == 't' && a >= 2 && (norm[a - 1] | 0x20) == 'n')
            cut = a - 1;
    }
    /* only ASCII letters are counted: all of norm is letters when they add up */
    if (!cut && w->letters == n) cut = glue_split_point(sc, norm, n);
    if (cut) {
        unsigned glued = norm[cut] == '\'' || (norm[cut] == 'n' && norm[cut + 1] == '\'') ? 0 : TOK_GLUED;
        unsigned first = word_flags(norm, cut) | extra | glued, second = word_flags(norm + cut, n - cut) | glued;
        size_t mid = start + map_at(w, cut);
        memmove(w->norm + cut + 1, norm + cut, n - cut); /* room for the first half's NUL */
        int rc = push_token(sc, start, mid, cut, first);
        if (rc) return rc;
        return push_token(sc, mid, end, n - cut, second);
    }
    return push_token(sc, start, end, n, whole_word_flags(w) | extra);
}

/* Scans a URL, e-mail address or handle: everything up to white space, less
 * trailing punctuation. Returns the end. */
static size_t scan_url(const scanner *sc, size_t i) {
    size_t j = i;
    while (j < sc->len && j - i < MAX_WORD_BYTES) {
        quoth_char_class c = class_at(sc, j);
        if (c == CC_SPACE || c == CC_NEWLINE || c == CC_QUOTE) break;
        size_t n;
        cp_at(sc, j, &n);
        j += n;
    }
    while (j > i + 1 && strchr(".,;:!?)]'", sc->s[j - 1])) j--;
    return j;
}

/* Whether text[i..) begins with prefix p of n bytes and goes on after it. */
static int has_prefix(const scanner *sc, size_t i, const char *p, size_t n) {
    return sc->len - i > n && memcmp(sc->s + i, p, n) == 0;
}

static int starts_url(const scanner *sc, size_t i) {
    /* called for every token: the first byte rules out nearly all of them */
    static const unsigned char MAY_START[256] = {['h'] = 1, ['w'] = 1, ['@'] = 1, ['#'] = 1};
    if (!MAY_START[sc->s[i]]) return 0;
    if (has_prefix(sc, i, "http://", 7) || has_prefix(sc, i, "https://", 8) || has_prefix(sc, i, "www.", 4))
        return 1;
    if ((sc->s[i] == '@' || sc->s[i] == '#') && i + 1 < sc->len &&
        is_alnum_class(class_at(sc, i + 1)) && (i == 0 || !is_alnum_class(class_before(sc, i))))
        return 1;
    return 0;
}

/* "D-N.M", "R-S.C": a party and a state of two initials, whose periods
 * join the word as those of "U.S" do. */
static int state_after_party(const char *norm, size_t n) {
    if (n < 3 || norm[1] != '-' || norm[0] < 'A' || norm[0] > 'Z') return 0;
    return n == 3 ? norm[2] >= 'A' && norm[2] <= 'Z' : is_initialism(norm + 2, n - 2);
}

/* Whether the character at j may continue the word that norm[0..n) begins,
 * for the joiners: apostrophe, hyphen, period, comma, colon, ampersand.
 * The neighbours' classes are looked up only for these. */
static int joins_word(const scanner *sc, size_t j, quoth_char_class c, uint32_t cp, size_t cpn,
                      const char *norm, size_t n) {
    if (c == CC_APOSTROPHE)
        return is_letter_class(class_before(sc, j)) && is_letter_class(class_at(sc, j + cpn));
    if (c == CC_HYPHEN)
        return is_alnum_class(class_before(sc, j)) && is_alnum_class(class_at(sc, j + cpn));
    if (cp == '.') {
        quoth_char_class next = class_at(sc, j + cpn);
        if (next == CC_DIGIT && class_before(sc, j) == CC_DIGIT) return 1;
        /* U.S, a.m: single letters joined by periods */
        return is_letter_class(next) && class_at(sc, j + 2) != CC_LOWER &&
               class_at(sc, j + 2) != CC_UPPER && (n == 1 || is_initialism(norm, n) || state_after_party(norm, n));
    }
    if (cp == ',' || cp == ':') return class_before(sc, j) == CC_DIGIT && class_at(sc, j + cpn) == CC_DIGIT;
    if (cp == '&') return class_before(sc, j) == CC_UPPER && class_at(sc, j + cpn) == CC_UPPER;
    return 0;
}

/* Lanes (bytes) of v in lo..hi, as their high bits; v has no high bits. */
static uint64_t lanes_in(uint64_t v, unsigned lo, unsigned hi) {
    const uint64_t ones = 0x0101010101010101ull;
    uint64_t from_lo = v + ones * (0x80 - lo), above_hi = v + ones * (0x7F - hi);
    return from_lo & ~above_hi & ones * 0x80;
}

/* Number of lanes set in a mask of high bits. */
static unsigned lanes_count(uint64_t m) {
    return (unsigned)(((m >> 7) * 0x0101010101010101ull) >> 56);
}

/* The ASCII letters and digits that begin eight bytes: k of them, and
 * their lanes (as high bits) by kind. */
typedef struct alnum8 {
    size_t k;
    uint64_t letter, upper, digit;
    uint64_t lowered; /* the k bytes lower-cased and packed (quoth_hash_pack()) */
} alnum8;

static inline alnum8 ascii_alnum8(const unsigned char *p) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t v = quoth_hash_load64(p), low7 = v & ~high;
    uint64_t letter = lanes_in(low7 | ones * 0x20, 'a', 'z') & ~v;
    uint64_t digit = lanes_in(low7, '0', '9') & ~v;
    uint64_t stop = ~(letter | digit) & high;
    uint64_t keep = stop ^ (stop - 1); /* up to the first stop, which holds neither */
    alnum8 a;
    /* 8 when no lane stops (the top lane's bit stands in, and the test adds
     * one), without a branch: how long a word is comes in no order */
    a.k = (size_t)__builtin_ctzll(stop | 1ull << 63) / 8 + (stop == 0);
    a.letter = letter & keep;
    a.upper = a.letter & ~(v << 2); /* bit 5 clear: A-Z */
    a.digit = digit & keep;
    /* keep >> 8: the lanes before the stop; all eight when none stops */
    a.lowered = (v | a.upper >> 2) & (keep >> 8 | (0 - (uint64_t)(stop == 0)));
    return a;
}

/* Copies the ASCII letters and digits that begin p[0..8) to the word,
 * counting them, and returns their number. Eight bytes at a time since
 * most words are shorter than that: one step for the word and its end. */
static size_t copy_ascii_alnum8(const unsigned char *p, word_scan *w) {
    alnum8 a = ascii_alnum8(p);
    w->letters += lanes_count(a.letter);
    w->uppers += lanes_count(a.upper);
    w->digits |= a.digit;
    memcpy(w->norm + w->n, p, 8);
    w->n += a.k;
    return a.k;
}

/* Fills map[] up to the end of norm before a character that does not copy
 * byte for byte. */
static void map_fill(word_scan *w) {
    for (size_t k = w->mapped; k < w->n; k++) w->map[k] = (uint32_t)(k + w->delta);
    w->mapped = w->n;
}

/* Takes the character at *j, which is not an ASCII letter or digit, into
 * the word that began at i, if it belongs there. Returns 0 at the word's end. */
static int scan_other(const scanner *sc, size_t i, size_t *j, word_scan *w) {
    size_t cpn;
    uint32_t cp = cp_at(sc, *j, &cpn);
    quoth_char_class c = (quoth_char_class)classify(cp).cls;
    if (c != CC_IGNORE && !is_alnum_class(c) && !joins_word(sc, *j, c, cp, cpn, w->norm, w->n)) return 0;
    map_fill(w);
    if (c == CC_IGNORE) {
        /* invisible: skipped, and the map moves past it */
    } else if (!is_alnum_class(c)) {
        /* apostrophes and hyphens of every kind become ASCII */
        char b = c == CC_APOSTROPHE ? '\'' : c == CC_HYPHEN ? '-' : (char)cp;
        if (b == '\'') w->last_apo = w->n;
        if (b == '-') w->after_hyphen = w->n + 1;
        w->map[w->n] = (uint32_t)(*j - i);
        w->norm[w->n++] = b;
    } else {
        w->high = 1; /* ASCII letters and digits never come here */
        for (size_t k = 0; k < cpn; k++) {
            w->map[w->n] = (uint32_t)(*j - i);
            w->norm[w->n++] = (char)sc->s[*j + k];
        }
    }
    *j += cpn;
    w->mapped = w->n;
    w->delta = *j - i - w->n;
    return 1;
}

/* Whether an ASCII byte that is no letter or digit may go on a word:
 * only these are joiners (joins_word()); no ASCII byte is CC_IGNORE. */
static int ascii_may_join(unsigned char b) {
    static const unsigned char JOINER[128] = {['\''] = 1, ['-'] = 1, ['.'] = 1, [','] = 1, [':'] = 1, ['&'] = 1};
    return JOINER[b];
}

/* Whether a word of ASCII letters and digits ends at byte b, which is
 * none of them, as it is: b joins no word and appends nothing (a brand's
 * "+", see scan_word()). */
static int ends_plain_word(unsigned char b, int after_digit) {
    /* a comma or a colon joins digits only ("1,000", "10:30"); joins_word() */
    if (b == ',' || b == ':') return !after_digit;
    return b < 0x80 && !ascii_may_join(b) && b != '+';
}

/* Whether the period after the word of n ASCII letters and digits at i
 * stays out of it, as scan_any_word() leaves it (a word before a period
 * is one in twenty): no abbreviation or number sign ("Mr.", "No. 2"), no
 * period between digits ("3.30"). A word of one letter may be an initial
 * ("J.", "U.S.") and goes the general way. */
/* "Ch. Tumurbaatar", "Ts. Battsetseg": the initial of a Mongolian
 * patronymic written with two letters (Ch, Kh, Sh, Zh, Ts) keeps its
 * period before a capital, as a one-letter initial does; the sentence had
 * ended there, and the name lost its initial. */
static int digraph_initial(const scanner *sc, size_t i, size_t n) {
    if (n != 2 || i + 4 >= sc->len || sc->s[i + 2] != '.' || sc->s[i + 3] != ' ' || sc->s[i + 4] < 'A' ||
        sc->s[i + 4] > 'Z')
        return 0;
    char first = (char)sc->s[i], second = (char)sc->s[i + 1];
    return (second == 'h' && (first == 'C' || first == 'K' || first == 'S' || first == 'Z')) ||
           (first == 'T' && second == 's');
}

static inline int leaves_period(const scanner *sc, size_t i, size_t n, int after_digit) {
    if (n < 2 || period_word_kind((const char *)sc->s + i, n) || digraph_initial(sc, i, n)) return 0;
    return !after_digit || class_at(sc, i + n + 1) != CC_DIGIT;
}

/* What quoth_hash_lower() gives a word of n ASCII letters and digits, from
 * its lower-cased lanes: the first eight packed in `first`, and for a word
 * read in two steps (8 to 15 bytes) the rest in `second`. A word of eight
 * has one round, a longer one two: the second is taken or not without a
 * branch. */
static inline uint64_t alnum_word_hash(uint64_t first, uint64_t second, size_t n, int two_steps) {
    uint64_t h = quoth_hash_round(QUOTH_HASH_K3 ^ ((uint64_t)n * QUOTH_HASH_K2), first);
    if (two_steps) {
        uint64_t longer = 0 - (uint64_t)(n > 8);
        h = (quoth_hash_round(h, second) & longer) | (h & ~longer);
    }
    return quoth_hash_fmix(h);
}

/* Emits the word of n ASCII letters and digits at i, read in one or two
 * eight-byte steps (a, and b for a word of two; already in norm), when it
 * ends as it is (ends_plain_word()) and splits nowhere: its flags,
 * lower-cased form and hash from the steps' lanes, so that none of
 * scan_word()'s cases are asked. Returns the byte after it, or i for any
 * other word. Inline in two places: `two_steps` is a constant in each. */
static inline __attribute__((always_inline)) size_t emit_alnum_word(scanner *sc, size_t i, const char *norm, alnum8 a,
                                                                    alnum8 b, size_t n, int two_steps, int *rc) {
    int after_digit = sc->s[i + n - 1] <= '9'; /* a letter or a digit */
    unsigned char end = sc->s[i + n];
    if (!ends_plain_word(end, after_digit) && !(end == '.' && leaves_period(sc, i, n, after_digit))) return i;
    uint64_t letter = a.letter | b.letter, digit = a.digit | b.digit;
    if (!digit && glue_split_point(sc, norm, n)) return i;
    unsigned flags = (a.upper & 0x80 ? TOK_CAPITALIZED : 0) | (digit ? TOK_DIGIT : 0) | (letter ? TOK_ALPHA : 0);
    /* two letters or more, all upper case (most words fail the first test) */
    if (a.upper == a.letter && b.upper == b.letter &&
        ((a.letter & (a.letter - 1)) || (b.letter & (b.letter - 1)) || (a.letter && b.letter)))
        flags |= TOK_ALL_CAPS;
    /* a capital after a small first letter ("kestrelPay"): rare, asked last */
    if (!(flags & TOK_CAPITALIZED) && (a.upper | b.upper) && ((a.letter & ~a.upper) | (b.letter & ~b.upper)))
        flags |= TOK_INNER_CAPITAL;
    *rc = push_token_hashed(sc, i, i + n, n, flags, alnum_word_hash(a.lowered, b.lowered, n, two_steps));
    return i + n;
}

/* Emits the word at i when it is up to fifteen ASCII letters and digits
 * that emit_alnum_word() takes: most words, most of them in one step.
 * Returns the byte after it, or i for any other word. */
static size_t scan_short_word(scanner *sc, size_t i, char *norm, int *rc) {
    static const alnum8 NO_STEP = {0};
    if (sc->len - i < 9) return i; /* the eight bytes and the one after them */
    alnum8 a = ascii_alnum8(sc->s + i);
    if (a.k == 0) return i;
    if (a.k < 8) {
        memcpy(norm, sc->s + i, 8);
        return emit_alnum_word(sc, i, norm, a, NO_STEP, a.k, 0, rc);
    }
    /* a longer word: a second step where the text has room for it */
    if (sc->len - i < 17) return i;
    alnum8 b = ascii_alnum8(sc->s + i + 8);
    if (b.k == 8) return i;
    memcpy(norm, sc->s + i, 16);
    return emit_alnum_word(sc, i, norm, a, b, 8 + b.k, 1, rc);
}

/* Reads the word at i into w; returns the byte after it. */
static size_t read_word(const scanner *sc, size_t i, word_scan *w) {
    size_t j = i;
    while (j < sc->len && w->n < MAX_WORD_BYTES) {
        if (j + 8 <= sc->len && w->n + 8 <= MAX_WORD_BYTES) {
            size_t k = copy_ascii_alnum8(sc->s + j, w);
            j += k;
            if (k == 8) continue;
            /* most words end at a space or a punctuation mark that is no
             * joiner: settled without decoding or classifying it */
            if (sc->s[j] < 0x80 && !ascii_may_join(sc->s[j])) break; /* j < len: k < 8 */
        } else {
            unsigned char b = sc->s[j];
            quoth_char_class c = b < 0x80 ? (quoth_char_class)quoth_ascii_class[b].cls : CC_SPACE;
            if (c == CC_LOWER || c == CC_UPPER || c == CC_DIGIT) {
                w->norm[w->n++] = (char)b;
                w->letters += c != CC_DIGIT;
                w->uppers += c == CC_UPPER;
                w->digits |= c == CC_DIGIT;
                j++;
                continue;
            }
        }
        if (!scan_other(sc, i, &j, w)) break;
    }
    return j;
}

/* Whether the byte after a word's "+" goes on a word: a letter, a digit or
 * another "+" ("C++"). */
static int word_byte_after_plus(char c) {
    unsigned char u = (unsigned char)c;
    return (u >= '0' && u <= '9') || ((u | 32) >= 'a' && (u | 32) <= 'z') || u == '+' || u >= 0x80;
}

/* scan_word() for any word, into `room`, the arena's room it reserved.
 * Out of line: its frame (the word's map) would cost every short word too. */
static __attribute__((noinline)) size_t scan_any_word(scanner *sc, size_t i, char *room, int *rc) {
    word_scan w;
    w.norm = room;
    w.n = w.mapped = w.delta = w.last_apo = w.after_hyphen = 0;
    w.letters = w.uppers = 0;
    w.digits = 0;
    w.high = 0;
    size_t j = read_word(sc, i, &w);
    unsigned extra = 0;
    if (j < sc->len && sc->s[j] == '.' && w.n) {
        /* "R-Wis.", "D-Md.": an abbreviation after a hyphen */
        size_t last_part = w.after_hyphen;
        if (w.high) {
            last_part = w.n;
            while (last_part > 0 && w.norm[last_part - 1] != '-') last_part--;
        }
        int kind = is_abbreviation(w.norm + last_part, w.n - last_part);
        int initial = (w.n == 1 && w.norm[0] >= 'A' && w.norm[0] <= 'Z') || digraph_initial(sc, i, w.n);
        if (kind || initial || is_initialism(w.norm, w.n) || is_initialism(w.norm + last_part, w.n - last_part) ||
            is_number_sign(sc, w.norm, w.n, j)) {
            /* byte for byte, like the ASCII before it: delta still holds */
            w.norm[w.n++] = '.';
            j++;
            extra = TOK_ABBREV;
        }
    }
    /* "Disney+", "Orbit+", "Canal+": a brand's plus sign, glued to a word in
     * capitals and small letters and followed by no letter or digit, is
     * the name's (alone, it was read as a conjunction and the name lost
     * its statement). Not "LGBT+", "A+" or "C++", which stay as they were
     * (PolNeAR's text has "LGBT+" only). */
    if (j < sc->len && sc->s[j] == '+' && w.n >= 2 && w.n < MAX_WORD_BYTES && !w.high && w.uppers >= 1 &&
        w.letters > w.uppers && (j + 1 == sc->len || !word_byte_after_plus(sc->s[j + 1]))) {
        w.norm[w.n++] = '+';
        j++;
    }
    *rc = w.n ? emit_word(sc, i, j, &w, extra) : 0;
    return j;
}

/* Scans a word starting at i and emits it (and its period, for an
 * abbreviation). Returns the byte after it. */
static size_t scan_word(scanner *sc, size_t i, int *rc) {
    quoth_token_list *l = sc->list;
    /* The word is read straight into the arena: room for its longest form,
     * the bulk copy's overshoot and a split's second NUL. */
    if (QUOTH_RESERVE(l->arena, l->arena_cap, l->arena_len + MAX_WORD_BYTES + 16, 1024)) {
        *rc = QUOTH_ERR_NOMEM;
        return sc->len;
    }
    char *room = l->arena + l->arena_len;
    size_t short_end = scan_short_word(sc, i, room, rc);
    return short_end > i ? short_end : scan_any_word(sc, i, room, rc);
}

/* ------------------------------------------------------- punctuation */

static int opens_by_context(quoth_char_class before, quoth_char_class after) {
    int left_free = before == CC_SPACE || before == CC_NEWLINE || before == CC_OPEN ||
                    before == CC_DASH || before == CC_QUOTE;
    int right_free = after == CC_SPACE || after == CC_NEWLINE || after == CC_PUNCT ||
                     after == CC_CLOSE || after == CC_DASH || after == CC_ELLIPSIS;
    if (left_free && !right_free) return 1;
    if (!left_free && right_free) return 0;
    return -1;
}

/* Emits a quotation mark of `len` bytes at i. Whether it opens or closes is
 * read from its neighbours first (a mark after a space opens, one before a
 * space closes), which handles „German“ and »Danish« marks alike; the
 * character's usual role breaks ties, and straight quotes alternate. */
static int emit_quote(scanner *sc, size_t i, size_t len, unsigned qm) {
    int opens = opens_by_context(class_before(sc, i), class_at(sc, i + len));
    int dbl = (qm & QM_DOUBLE) != 0;
    if (opens < 0) {
        if (qm & QM_OPENS) opens = 1;
        else if (qm & QM_CLOSES) opens = 0;
        else opens = dbl ? !sc->straight_open : 0;
    }
    if (dbl && !(qm & (QM_OPENS | QM_CLOSES))) sc->straight_open = opens;
    unsigned flags = TOK_PUNCT | TOK_QUOTE | (opens ? TOK_QUOTE_OPEN : TOK_QUOTE_CLOSE) |
                     (dbl ? 0 : TOK_QUOTE_SINGLE);
    const char *norm = dbl ? (opens ? "``" : "''") : (opens ? "`" : "'");
    return emit(sc, i, i + len, norm, strlen(norm), flags);
}

static const char *bracket_norm(uint32_t cp, int open) {
    switch (cp) {
    case '(': return "-LRB-";
    case ')': return "-RRB-";
    case '[': return "-LSB-";
    case ']': return "-RSB-";
    case '{': return "-LCB-";
    case '}': return "-RCB-";
    default: return open ? "-LRB-" : "-RRB-";
    }
}

/* The longest character reference read: "&#x201C;", "&hellip;". */
#define ENTITY_MAX 10

/* The code point of the character reference of HTML at i ("&quot;",
 * "&#8220;", "&#x2019;", "&rsquo;"), its bytes in *len; 0 when none is
 * there. Scraped text keeps them where a page's HTML was read as text,
 * and "&quot;We will appeal,&quot;" is a quotation (the twenty-first
 * audit's scraped copy had been read as words "quot"). The text's
 * offsets stay those of the reference as written. */
static uint32_t entity_at(const scanner *sc, size_t i, size_t *len) {
    static const struct {
        const char *name;
        uint32_t cp;
    } NAMED[] = {{"quot", '"'},     {"amp", '&'},       {"apos", '\''},    {"lsquo", 0x2018}, {"rsquo", 0x2019},
                 {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"laquo", 0x00AB}, {"raquo", 0x00BB}, {"ndash", 0x2013},
                 {"mdash", 0x2014}, {"hellip", 0x2026}, {"bdquo", 0x201E}, {"sbquo", 0x201A}};
    size_t end = i + 1;
    while (end < sc->len && end - i < ENTITY_MAX && sc->s[end] != ';' && sc->s[end] > ' ') end++;
    if (end >= sc->len || sc->s[end] != ';' || end == i + 1) return 0;
    const char *ref = (const char *)sc->s + i + 1;
    size_t n = end - i - 1;
    *len = end + 1 - i;
    if (ref[0] == '#') {
        int hex = n > 1 && (ref[1] == 'x' || ref[1] == 'X');
        uint32_t cp = 0;
        size_t k = hex ? 2 : 1;
        if (k == n) return 0;
        for (; k < n; k++) {
            char c = ref[k];
            int digit = c >= '0' && c <= '9'                   ? c - '0'
                        : hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10
                                                                 : -1;
            if (digit < 0 || cp > 0x10FFFF) return 0;
            cp = cp * (hex ? 16u : 10u) + (uint32_t)digit;
        }
        return cp > 0 && cp <= 0x10FFFF ? cp : 0;
    }
    for (size_t k = 0; k < sizeof NAMED / sizeof *NAMED; k++)
        if (strlen(NAMED[k].name) == n && memcmp(NAMED[k].name, ref, n) == 0) return NAMED[k].cp;
    return 0;
}

/* A character reference at i read as the punctuation it stands for: a
 * quotation mark, an apostrophe, a dash, an ellipsis or "&"; 0 when it is
 * none of these (the "&" is then punctuation of its own). */
static size_t scan_entity(scanner *sc, size_t i, int *rc) {
    size_t len = 0;
    uint32_t cp = entity_at(sc, i, &len);
    quoth_char_info ci = classify(cp);
    switch (cp ? (quoth_char_class)ci.cls : CC_IGNORE) {
    case CC_QUOTE:
    case CC_APOSTROPHE:
        *rc = emit_quote(sc, i, len, ci.quote | (cp == '"' ? QM_DOUBLE : 0));
        return i + len;
    case CC_DASH:
        *rc = emit(sc, i, i + len, "--", 2, TOK_PUNCT);
        return i + len;
    case CC_ELLIPSIS:
        *rc = emit(sc, i, i + len, "...", 3, TOK_PUNCT);
        return i + len;
    default:
        if (cp != '&') return 0;
        *rc = emit(sc, i, i + len, "&", 1, TOK_PUNCT);
        return i + len;
    }
}

/* Length of a run of the byte b starting at i. */
static size_t run_length(const scanner *sc, size_t i, unsigned char b) {
    size_t j = i;
    while (j < sc->len && sc->s[j] == b) j++;
    return j - i;
}

/* Scans punctuation at i; returns the byte after it. */
static size_t scan_punct(scanner *sc, size_t i, uint32_t cp, size_t cpn, quoth_char_info ci,
                         int *rc) {
    char buf[8];
    switch ((quoth_char_class)ci.cls) {
    case CC_QUOTE:
        if ((cp == '`' && run_length(sc, i, '`') >= 2)) {
            *rc = emit_quote(sc, i, 2, QM_DOUBLE | QM_OPENS);
            return i + 2;
        }
        *rc = emit_quote(sc, i, cpn, ci.quote);
        return i + cpn;
    case CC_APOSTROPHE:
        if (cp == '\'' && run_length(sc, i, '\'') >= 2) {
            *rc = emit_quote(sc, i, 2, QM_DOUBLE);
            return i + 2;
        }
        *rc = emit_quote(sc, i, cpn, ci.quote);
        return i + cpn;
    case CC_DASH:
        *rc = emit(sc, i, i + cpn, "--", 2, TOK_PUNCT);
        return i + cpn;
    case CC_HYPHEN: {
        size_t k = cp == '-' ? run_length(sc, i, '-') : 1;
        if (k >= 2) {
            *rc = emit(sc, i, i + k, "--", 2, TOK_PUNCT);
            return i + k;
        }
        *rc = emit(sc, i, i + cpn, "-", 1, TOK_PUNCT);
        return i + cpn;
    }
    case CC_ELLIPSIS:
        *rc = emit(sc, i, i + cpn, "...", 3, TOK_PUNCT);
        return i + cpn;
    case CC_OPEN:
    case CC_CLOSE: {
        const char *b = bracket_norm(cp, ci.cls == CC_OPEN);
        *rc = emit(sc, i, i + cpn, b, strlen(b), TOK_PUNCT);
        return i + cpn;
    }
    default:
        if (cp == '&') {
            size_t end = scan_entity(sc, i, rc);
            if (end) return end;
        }
        if (cp == '.') {
            size_t k = run_length(sc, i, '.');
            if (k >= 2) {
                *rc = emit(sc, i, i + k, k >= 3 ? "..." : "..", k >= 3 ? 3 : 2, TOK_PUNCT);
                return i + k;
            }
        }
        memcpy(buf, sc->s + i, cpn);
        *rc = emit(sc, i, i + cpn, buf, cpn, TOK_PUNCT);
        return i + cpn;
    }
}

/* ---------------------------------------------------------- driver */

/* In hard-wrapped text, the line that ends at byte `end` ran on into the one
 * that starts at `next`: the next line's first word would not have fitted
 * after it within the width. A line that ended early ended its paragraph. */
static int runs_on_to(const scanner *sc, size_t end, size_t next) {
    if (!sc->wrap_width) return 0;
    size_t line = end;
    while (line > 0 && sc->s[line - 1] != '\n') line--;
    size_t word_end = next;
    while (word_end < sc->len && sc->s[word_end] > ' ') word_end++;
    const char *text = (const char *)sc->s;
    return quoth_wrap_code_points(text + line, end - line) + 1 + quoth_wrap_code_points(text + next, word_end - next) >
           sc->wrap_width;
}

/* Consumes white space at i < len, setting the flags of the next token: a
 * line break, and a paragraph start after a blank line, or after a line break
 * unless the next line continues in lower case or runs on from a full line
 * of hard-wrapped text. */
static size_t skip_space(scanner *sc, size_t i) {
    /* Most calls find no space (punctuation after a word) or one ASCII
     * space before a word: two bytes tell. */
    unsigned char b = sc->s[i];
    if (b > ' ' && b < 0x7F) return i;
    if (b == ' ' && i + 1 < sc->len && sc->s[i + 1] > ' ' && sc->s[i + 1] < 0x7F) {
        sc->pending |= TOK_SPACE_BEFORE;
        return i + 1;
    }
    int newlines = 0;
    size_t start = i;
    while (i < sc->len) {
        size_t n;
        uint32_t cp = cp_at(sc, i, &n);
        quoth_char_class c = (quoth_char_class)classify(cp).cls;
        /* "\r" is a space, so that "\r\n" is one line break, but a lone
         * "\r" (a string taken as given, not a file) ends a line too */
        if (c == CC_NEWLINE || (cp == '\r' && (i + 1 >= sc->len || sc->s[i + 1] != '\n'))) newlines++;
        else if (c != CC_SPACE) break;
        i += n;
    }
    if (i > start) sc->pending |= TOK_SPACE_BEFORE;
    if (newlines) {
        sc->pending |= TOK_NEWLINE_BEFORE;
        if (newlines >= 2 || (class_at(sc, i) != CC_LOWER && !runs_on_to(sc, start, i))) sc->pending |= TOK_PARA_START;
    }
    return i;
}

int quoth_tokenize(quoth_token_list *list, const char *text, size_t len,
                   quoth_word_count_fn word_count, const void *word_count_ctx) {
    scanner sc = {(const unsigned char *)text, len, list, word_count, word_count_ctx,
                  TOK_PARA_START, 0, quoth_wrap_width(text, len)};
    list->n = 0;
    list->arena_len = 0;
    list->n_sent = 0;
    list->n_para = 0;
    size_t i = 0;
    int rc = 0;
    int fresh = 0; /* the last round emitted a token */
    while (i < len && rc == 0) {
        size_t before = list->n, space = i;
        i = skip_space(&sc, i);
        /* white space right after a token is what skip_space() just crossed */
        if (fresh && i > space) list->tok[list->n - 1].flags |= TOK_SPACE_AFTER;
        if (i >= len) break;
        if (sc.pending & TOK_PARA_START) sc.straight_open = 0;
        size_t cpn;
        uint32_t cp = cp_at(&sc, i, &cpn);
        quoth_char_info ci = classify(cp);
        if (starts_url(&sc, i)) {
            size_t end = scan_url(&sc, i);
            rc = emit(&sc, i, end, text + i, end - i, TOK_ALPHA);
            i = end;
        } else if (is_alnum_class((quoth_char_class)ci.cls) || ci.cls == CC_IGNORE) {
            i = scan_word(&sc, i, &rc);
        } else {
            i = scan_punct(&sc, i, cp, cpn, ci, &rc);
        }
        fresh = list->n > before;
    }
    if (rc == 0 && list->n) list->tok[list->n - 1].flags |= TOK_SPACE_AFTER;
    return rc;
}

void quoth_token_list_free(quoth_token_list *list) {
    free(list->tok);
    free(list->arena);
    free(list->sent);
    free(list->para);
    memset(list, 0, sizeof *list);
}
