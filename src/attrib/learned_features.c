/*
 * learned_features.c - features of the attribution tagger.
 *
 * Template numbers are model format: change one, bump
 * QUOTH_ATTRIB_FEATURES_VERSION.
 */
#include "attrib/learned_features.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "attrib/learned.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"
#include "util/array.h"

enum template_id {
    F_BIAS = 1000, F_WORD, F_WORD_M1, F_WORD_P1, F_WORD_M2, F_WORD_P2, F_BIGRAM_M1, F_BIGRAM_P1,
    F_POS, F_POS_M1, F_POS_P1, F_POS_M1_0, F_POS_0_P1, F_WORD_POS, F_SUFFIX, F_SHAPE, F_CAPS_POS,
    F_CLASSES, F_LEMMA, F_CUE_LEFT, F_CUE_RIGHT, F_CUE_BOTH, F_CUE_LEFT_LEMMA, F_CUE_RIGHT_LEMMA,
    F_CUES_IN_SENTENCE, F_QUOTE, F_QUOTE_CUE, F_SENT_POSITION, F_PARA_POSITION, F_CUE_RATE, F_SENT_END,
    F_DEP_REL, F_DEP_REL_HEAD_POS, F_DEP_REL_HEAD_WORD, F_DEP_CUE_PATH, F_DEP_CUE_PATH_WORD,
    F_DEP_CUE_PATH_POS, F_ROLE, F_ROLE_M1, F_ROLE_P1, F_TRANSITION,
    F_RATE_WINDOW, F_RATE_POS, F_POS_CUE_LEFT, F_POS_CUE_RIGHT, F_AFTER_LEFT_CUE, F_BEFORE_RIGHT_CUE,
    F_BETWEEN_RIGHT, F_BETWEEN_LEFT, F_SHAPE_WINDOW, F_LEMMA_M1, F_LEMMA_P1, F_WORD_CUE_RIGHT, F_WORD_CUE_LEFT,
    F_AFTER_RIGHT_CUE, F_BEFORE_LEFT_CUE, F_VERB_LEFT, F_VERB_LEFT_RATE, F_COMMAS, F_PAIR_KEY, F_PAIR_RATE
};

/* How far up the tree the nearest cue is looked for. */
#define MAX_CUE_DEPTH 8

#define NONE_VALUE 0x5A5A5A5Au

/* The word classes the tagger sees: all but the lemma byte and the genders. */
#define CLASS_FEATURE_BITS (0x00FFFFFFu & ~(uint32_t)(LEX_MALE | LEX_FEMALE | LEX_LATE))

static int reserve(quoth_attrib_context *ctx, size_t n) {
    if (n <= ctx->cap) return 0;
    size_t cap = n + n / 2 + 64;
    if (QUOTH_RESIZE(ctx->cue_left, cap) ||
        QUOTH_RESIZE(ctx->cue_right, cap) ||
        QUOTH_RESIZE(ctx->comma_left, cap) || QUOTH_RESIZE(ctx->comma_right, cap) ||
        QUOTH_RESIZE(ctx->cues_in_sentence, cap) || QUOTH_RESIZE(ctx->pair_rate, cap) ||
        QUOTH_RESIZE(ctx->verb_left, cap) || QUOTH_RESIZE(ctx->cue_rate, cap) ||
        QUOTH_RESIZE(ctx->cue_rel, cap) || QUOTH_RESIZE(ctx->cue_depth, cap) ||
        QUOTH_RESIZE(ctx->cue_above, cap) || QUOTH_RESIZE(ctx->token_bits, cap) ||
        QUOTH_RESIZE(ctx->word_block, cap) || QUOTH_RESIZE(ctx->unlisted, cap))
        return QUOTH_ERR_NOMEM;
    ctx->cap = cap;
    return 0;
}

/* A cue candidate for the distance features: a cue verb of the word lists
 * used as a verb, or a word that training found to be part of a cue at
 * least 60% of the time (40% made the distances noisier: -0.006 F1 on dev). */
static int is_cue_candidate(const quoth_attrib_context *ctx, size_t i) {
    const quoth_token *t = &ctx->tl->tok[i];
    if (t->quote_depth) return 0;
    if (ctx->cue_rate[i] >= 6 && ctx->cue_rate[i] != QUOTH_CUE_RATE_UNKNOWN) return 1;
    return (t->lex & LEX_CUE) && (t->coarse == CT_VERB || t->coarse == CT_OTHER);
}

/* A token's bits below are made without a branch, for every token: each
 * of the tests is as likely as not from one token to the next, and as
 * branches they were mispredicted. What its coarse class gives: bit 1 a
 * verb, bit 2 a noun or pronoun (as between_bits() has them), bit 7 a
 * class that a listed cue word may have to be a candidate (a verb, or no
 * class); a table of every byte value, so that any value is exact. */
#define CLASS_CUE_VERB 0x80u
static const uint8_t CLASS_BITS[256] = {
    [CT_OTHER] = CLASS_CUE_VERB, [CT_VERB] = 2 | CLASS_CUE_VERB, [CT_AUX] = 2,
    [CT_NOUN] = 4, [CT_PROPN] = 4, [CT_PRON] = 4,
};

/* is_cue_candidate() as 0 or 1. */
static unsigned cue_candidate_bit(const quoth_attrib_context *ctx, size_t i) {
    const quoth_token *t = &ctx->tl->tok[i];
    unsigned rate = ctx->cue_rate[i]; /* 6 to 10: a learned cue (QUOTH_CUE_RATE_UNKNOWN is 11) */
    unsigned learned = rate - 6u <= 10u - 6u;
    unsigned listed = ((t->lex & LEX_CUE) != 0) & (CLASS_BITS[t->coarse] >> 7);
    return (t->quote_depth == 0) & (learned | listed);
}

/* What a token adds to the "between" mask of the tokens beyond it: a
 * comma, a verb, a noun, a complementizer, a quotation mark. (A norm is
 * NUL-terminated, so that its first byte can be read whatever it is.) */
static unsigned between_bits(const quoth_token_list *tl, size_t i) {
    const quoth_token *t = &tl->tok[i];
    unsigned comma = ((t->flags & TOK_PUNCT) != 0) & (tl->arena[t->norm] == ',') & (t->norm_len == 1);
    return comma | (CLASS_BITS[t->coarse] & 6u) | (unsigned)((t->lex & LEX_COMPLEMENTIZER) != 0) << 3 |
           (unsigned)((t->flags & TOK_QUOTE) != 0) << 4;
}

/* A token's between bits (bits 0-4, bit 0 a comma) with this bit when it
 * is a cue candidate: made once per token, read by both passes of
 * sentence_context(). */
#define BITS_CUE 0x80u /* 1 << 7 */

static unsigned token_bits(const quoth_attrib_context *ctx, size_t i) {
    return between_bits(ctx->tl, i) | cue_candidate_bit(ctx, i) << 7;
}

/* The between mask after a token with these bits: its bits, and in bits
 * 5-6 the number of commas (0 to 3), which tells an apposition ("X, the Y
 * of Z, said") from a content before its source ("..., X said"). */
static unsigned add_between(unsigned between, unsigned bits) {
    unsigned commas = between >> 5;
    commas += (bits & 1u) & (commas < 3); /* a comma counts up to 3: no branch, as above */
    return ((between | bits) & 31u) | commas << 5;
}

static void cue_path(quoth_attrib_context *ctx, size_t i);

/* One sentence's context: two passes, left to right and back. */
static void sentence_context(quoth_attrib_context *ctx, const quoth_sentence *s) {
    const quoth_token_list *tl = ctx->tl;
    size_t first = s->first, end = s->first + s->count;
    int last = -1, cues = 0, verb = -1;
    unsigned between = 0;
    for (size_t i = first; i < end; i++) {
        unsigned bits = token_bits(ctx, i);
        ctx->token_bits[i] = (uint8_t)bits;
        /* only a token with a relation has its features of the tree (none
         * without a parser): the others' are never read */
        if (tl->tok[i].rel != QUOTH_NO_REL) cue_path(ctx, i);
        ctx->verb_left[i] = verb < 0 ? -1 : (int16_t)((i - (size_t)verb) > 30000 ? 30000 : i - (size_t)verb);
        if (tl->tok[i].coarse == CT_VERB) verb = (int)i;
        if (bits & BITS_CUE) {
            last = (int)i;
            between = 0;
            cues++;
        }
        ctx->cue_left[i] = last < 0 ? -1 : (int16_t)((i - (size_t)last) > 30000 ? 30000 : i - (size_t)last);
        ctx->comma_left[i] = (uint8_t)between;
        between = add_between(between, bits);
    }
    last = -1;
    between = 0;
    uint8_t cue_count = (uint8_t)(cues > 2 ? 2 : cues);
    for (size_t i = end; i-- > first;) {
        unsigned bits = ctx->token_bits[i];
        if (bits & BITS_CUE) {
            last = (int)i;
            between = 0;
        }
        ctx->cue_right[i] = last < 0 ? -1 : (int16_t)(((size_t)last - i) > 30000 ? 30000 : (size_t)last - i);
        ctx->comma_right[i] = (uint8_t)between;
        between = add_between(between, bits);
        ctx->cues_in_sentence[i] = cue_count;
    }
}

/* The nearest cue above token i in its dependency tree, and the relation
 * of the branch that leads there: "he" hangs from "said" by nsubj, every
 * word of the reported clause by ccomp. */
static void cue_path(quoth_attrib_context *ctx, size_t i) {
    const quoth_token *t = ctx->tl->tok;
    ctx->cue_rel[i] = QUOTH_NO_REL;
    ctx->cue_depth[i] = 0;
    ctx->cue_above[i] = -1;
    size_t node = i;
    for (unsigned depth = 1; depth <= MAX_CUE_DEPTH && t[node].head >= 0; depth++) {
        size_t up = (size_t)t[node].head;
        if (is_cue_candidate(ctx, up)) {
            ctx->cue_rel[i] = t[node].rel;
            ctx->cue_depth[i] = (uint8_t)depth;
            ctx->cue_above[i] = (int32_t)up;
            return;
        }
        node = up;
    }
}

uint64_t quoth_attrib_pair_key(uint64_t first, uint64_t second) {
    return quoth_hash_feat2(F_PAIR_KEY, first, second);
}

/* How many tokens ahead the cue-rate lookups are prefetched: a lookup
 * misses the cache twice (value, then key) and the loops do little else,
 * so the prefetch must run far ahead (perf: 8 tokens left most of the
 * stalls, 32 removed a third of the look-up time, 64 no more); a ring of
 * that many keys avoids hashing twice. */
#define RATE_AHEAD 32

static uint8_t rate_value(uint32_t v) { return (uint8_t)(v ? v - 1 : QUOTH_CUE_RATE_UNKNOWN); }

/* Each token's learned cue rate. */
static void word_rates(quoth_attrib_context *ctx, const quoth_token_list *tl, const quoth_lexicon *rates) {
    for (size_t i = 0; i < tl->n; i++) {
        if (i + RATE_AHEAD < tl->n) quoth_lexicon_prefetch(rates, tl->tok[i + RATE_AHEAD].lower_hash);
        ctx->cue_rate[i] = rate_value(quoth_lexicon_get(rates, tl->tok[i].lower_hash));
    }
}

/* Tokens ahead whose word slots are prefetched (the table of window words
 * is a quarter of a megabyte, mostly in the L2 cache). */
#define WORD_AHEAD 8

/* word_rates() by the window words' table: each token's block and, for a
 * listed word, its rate from the same slot; the tokens of unlisted words
 * (a slot that is empty, rate 0) are kept, without a branch, to be looked
 * up among the rates in a second pass, their own prefetches ahead. */
static void word_rates_by_rows(quoth_attrib_context *ctx, const quoth_token_list *tl, const quoth_lexicon *rates,
                               const quoth_word_rows *words) {
    const quoth_token *tok = tl->tok;
    size_t n = tl->n, n_unlisted = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + WORD_AHEAD < n) quoth_word_rows_prefetch(words, tok[i + WORD_AHEAD].lower_hash);
        const quoth_word_slot *e = quoth_word_rows_slot(words, tok[i].lower_hash);
        ctx->word_block[i] = e->block;
        ctx->cue_rate[i] = rate_value(e->rate);
        ctx->unlisted[n_unlisted] = (uint32_t)i;
        n_unlisted += e->block == WB_NONE;
    }
    const uint32_t *unlisted = ctx->unlisted;
    for (size_t k = 0; k < n_unlisted; k++) {
        if (k + RATE_AHEAD < n_unlisted) quoth_lexicon_prefetch(rates, tok[unlisted[k + RATE_AHEAD]].lower_hash);
        ctx->cue_rate[unlisted[k]] = rate_value(quoth_lexicon_get(rates, tok[unlisted[k]].lower_hash));
    }
}

void quoth_attrib_find_word(const quoth_word_rows *words, const quoth_lexicon *cue_rates, uint64_t lower,
                            uint32_t *block, uint8_t *rate) {
    const quoth_word_slot *e = quoth_word_rows_slot(words, lower);
    *block = e->block;
    /* a listed word's slot keeps the rate the rates give it */
    *rate = rate_value(e->block != WB_NONE ? e->rate : quoth_lexicon_get(cue_rates, lower));
}

void quoth_attrib_prefetch_word(const quoth_word_rows *words, const quoth_lexicon *cue_rates, uint64_t lower) {
    quoth_word_rows_prefetch(words, lower);
    quoth_lexicon_prefetch(cue_rates, lower);
}

/* Whether the pair of tokens i, i+1 can be among the rates: the rates
 * keep every word and pair seen three times in training, and a pair is
 * seen no more often than its words, so a pair with an unknown word is
 * unknown too, without a lookup (most misses, whose probes are the
 * slowest). */
static unsigned pair_may_be_known(const quoth_attrib_context *ctx, size_t i) {
    return (ctx->cue_rate[i] != QUOTH_CUE_RATE_UNKNOWN) & (ctx->cue_rate[i + 1] != QUOTH_CUE_RATE_UNKNOWN);
}

/* Each token's rate as the first word of a pair with the next one. The
 * pairs that may be known are listed first, without a branch, and the
 * others' rates set on the way: the ring of lookups then goes over them
 * alone, where it had asked of every token, twice, whether its pair may
 * be known. */
static void pair_rates(quoth_attrib_context *ctx, const quoth_token_list *tl, const quoth_lexicon *rates) {
    uint32_t *known = ctx->unlisted; /* scratch, as word_rates_by_rows() left it */
    size_t n_known = 0;
    memset(ctx->pair_rate, QUOTH_CUE_RATE_UNKNOWN, tl->n);
    for (size_t i = 0; i + 1 < tl->n; i++) {
        known[n_known] = (uint32_t)i;
        n_known += pair_may_be_known(ctx, i);
    }
    uint64_t keys[RATE_AHEAD];
    /* Pair k = j - RATE_AHEAD is looked up before pair j's key takes its
     * place in the ring. */
    for (size_t j = 0; j < n_known + RATE_AHEAD; j++) {
        if (j >= RATE_AHEAD) {
            size_t k = j - RATE_AHEAD;
            ctx->pair_rate[known[k]] = rate_value(quoth_lexicon_get(rates, keys[k % RATE_AHEAD]));
        }
        if (j < n_known) {
            const quoth_token *t = &tl->tok[known[j]];
            keys[j % RATE_AHEAD] = quoth_attrib_pair_key(t[0].lower_hash, t[1].lower_hash);
            quoth_lexicon_prefetch(rates, keys[j % RATE_AHEAD]);
        }
    }
}

/* Each token's learned cue rate, and its pair's with the next token; each
 * token's block of window words too when `words` has slots. */
static void cue_rates_of(quoth_attrib_context *ctx, const quoth_token_list *tl, const quoth_lexicon *rates,
                         const quoth_word_rows *words) {
    if (!rates) {
        memset(ctx->cue_rate, QUOTH_CUE_RATE_UNKNOWN, tl->n);
        memset(ctx->pair_rate, QUOTH_CUE_RATE_UNKNOWN, tl->n);
        return;
    }
    if (words && words->slots && ctx->found_block) {
        memcpy(ctx->word_block, ctx->found_block, tl->n * sizeof *ctx->word_block);
        memcpy(ctx->cue_rate, ctx->found_rate, tl->n);
    } else if (words && words->slots) {
        word_rates_by_rows(ctx, tl, rates, words);
    } else {
        word_rates(ctx, tl, rates);
    }
    pair_rates(ctx, tl, rates);
}

int quoth_attrib_context_build_with_words(quoth_attrib_context *ctx, const quoth_token_list *tl,
                                          const uint8_t *roles, const quoth_lexicon *cue_rates,
                                          const quoth_word_rows *words) {
    if (reserve(ctx, tl->n + 1)) return QUOTH_ERR_NOMEM;
    ctx->tl = tl;
    ctx->roles = roles;
    cue_rates_of(ctx, tl, cue_rates, words);
    for (size_t k = 0; k < tl->n_sent; k++) sentence_context(ctx, &tl->sent[k]);
    return 0;
}

int quoth_attrib_context_build(quoth_attrib_context *ctx, const quoth_token_list *tl,
                               const uint8_t *roles, const quoth_lexicon *cue_rates) {
    return quoth_attrib_context_build_with_words(ctx, tl, roles, cue_rates, NULL);
}

void quoth_attrib_context_free(quoth_attrib_context *ctx) {
    free(ctx->cue_left);
    free(ctx->cue_right);
    free(ctx->comma_left);
    free(ctx->comma_right);
    free(ctx->cues_in_sentence);
    free(ctx->pair_rate);
    free(ctx->verb_left);
    free(ctx->cue_rate);
    free(ctx->cue_rel);
    free(ctx->cue_depth);
    free(ctx->cue_above);
    free(ctx->token_bits);
    free(ctx->word_block);
    free(ctx->unlisted);
    memset(ctx, 0, sizeof *ctx);
}

/* 0-3 as they are, then 4-5, 6-8, 9-15, 16-30, beyond; 15 for none (-1,
 * the only negative distance of the context). A table rather than a chain
 * of branches: the distances of neighbouring tokens differ, and the
 * branches were mispredicted; its index d + 1 is held to 32 by a select,
 * where a test of d < 0 had been a branch again. */
static unsigned distance_bucket(int d) {
    static const uint8_t BUCKET[33] = {15, 0, 1, 2, 3, 4, 4, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6,
                                       7,  7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8};
    unsigned at = (unsigned)(d + 1);
    at = at < 32u ? at : 32u;
    return BUCKET[at] & 15u; /* & 15: the compiler then knows the range */
}

static unsigned shape_of(const quoth_token *t) {
    return (t->flags & (TOK_CAPITALIZED | TOK_ALL_CAPS | TOK_DIGIT | TOK_ALPHA | TOK_PUNCT | TOK_QUOTE |
                        TOK_ABBREV)) >> 4;
}

/* The word of token j within the sentence [first, end), or a padding
 * value. */
static uint64_t word_in(const quoth_token_list *tl, ptrdiff_t j, ptrdiff_t first, ptrdiff_t end) {
    if (j < first) return QUOTH_ATTRIB_WORD_START;
    if (j >= end) return QUOTH_ATTRIB_WORD_END;
    return tl->tok[j].lower_hash;
}

static uint64_t pos_in(const quoth_token_list *tl, ptrdiff_t j, ptrdiff_t first, ptrdiff_t end) {
    if (j < first) return 254;
    if (j >= end) return 253;
    return tl->tok[j].pos;
}

static unsigned role_at(const quoth_attrib_context *ctx, size_t i, int off) {
    ptrdiff_t j = (ptrdiff_t)i + off;
    if (j < 0 || j >= (ptrdiff_t)ctx->tl->n) return 7;
    return ctx->roles[j];
}

/* Where the token stands: first, second, last or inside its sentence;
 * first sentence of its paragraph or not. */
static unsigned position_of(const quoth_attrib_context *ctx, size_t i) {
    const quoth_token_list *tl = ctx->tl;
    const quoth_sentence *s = &tl->sent[tl->tok[i].sentence];
    /* first, second (from the start), last, second to last (from the
     * end), inside: 0, 1, 2, 3, 4, the start's first; in selects, where a
     * chain of tests was mispredicted at every sentence's edges */
    size_t from_start = i - s->first, to_end = s->first + s->count - 1 - i;
    size_t near_end = to_end < 2 ? 2 + to_end : 4, at_start = -(size_t)(from_start < 2);
    unsigned in_sentence = (unsigned)((from_start & at_start) | (near_end & ~at_start));
    unsigned first_sentence = tl->para[s->paragraph].first_sentence == tl->tok[i].sentence;
    return in_sentence * 2 + first_sentence;
}

/* A cue's identity: its lemma when the word lists know it (said, says,
 * saying share what they teach), else the word itself (learned cues such
 * as "according" or "endorsed" have no lemma). */
static uint64_t cue_identity(const quoth_token *t) {
    return LEX_LEMMA(t->lex) ? LEX_LEMMA(t->lex) : t->lower_hash;
}

/* quoth_hash_lower() of the word's last three bytes (all of a shorter
 * word's), with the one to three bytes packed as quoth_hash_pack() packs
 * them but without a branch on the length: half the tokens have three
 * bytes or fewer ("the", "a", ","), and the compiler's two paths for
 * "longer than three" or not were mispredicted at one token in two. */
static inline uint64_t suffix_hash(const char *norm, size_t len) {
    size_t n = len < 3 ? len : 3;
    if (n == 0) return quoth_hash_lower(norm, 0); /* no token is empty */
    const unsigned char *p = (const unsigned char *)norm + len - n;
    uint64_t packed = (uint64_t)p[0] | (uint64_t)p[n >> 1] << (8 * (n >> 1)) | (uint64_t)p[n - 1] << (8 * (n - 1));
    return quoth_hash_short(quoth_hash_ascii_lower(packed), n);
}

static unsigned quote_state(const quoth_token *t) {
    unsigned q = t->quote_depth > 2 ? 2 : t->quote_depth;
    if (t->flags & TOK_QUOTE_OPEN) q |= 4;
    if (t->flags & TOK_QUOTE_CLOSE) q |= 8;
    return q;
}

/* ------------------------------------------------ small-valued features
 *
 * Twenty-four templates take their values from small ranges: tags,
 * distance buckets, rates, roles, positions, lemma ids. Their weight rows
 * are found at run time by index, in a table of refs made when the model
 * is loaded (quoth_attrib_dense_keys gives each index its key), instead of
 * by a hash and a probe: about two thirds of a token's features for a
 * tenth of the work. A value out of its range (a tag set of more than 64
 * tags, a cue without a lemma, whose identity is its word) falls back to
 * the hashed key, which is the same key, so that nothing depends on the
 * ranges but speed; the lookup by index is the table's own answer for
 * that key, read once at load. */

/* Tags 0..63, the padding values of pos_in() as 64 and 65, any other
 * value as 66: every code is in range, so the compiler drops the test. */
#define TAG_CODES 67u
/* Lemma ids (LEX_LEMMA: the top byte of a word's classes). */
#define LEMMA_CODES 256u
/* A distance bucket of a cue that exists (0..8) above five bits (a
 * "between" mask), or above eight bits (a tag). */
#define BUCKET_MASKS (9u << 5)
#define BUCKET_TAGS (9u << 8)
/* Cue rates 0..10 and QUOTH_CUE_RATE_UNKNOWN. */
#define RATE_CODES (QUOTH_CUE_RATE_UNKNOWN + 1u)

typedef struct dense_template {
    uint32_t tpl, a_size, b_size, offset;
} dense_template;

enum dense_slot {
    D_BIAS, D_POS_M1_0, D_POS_0_P1, D_CUE_BOTH, D_CUES_IN_SENTENCE, D_QUOTE_CUE, D_PARA_POSITION, D_SENT_END,
    D_ROLE_M1, D_ROLE_P1, D_RATE_WINDOW, D_RATE_POS, D_PAIR_RATE, D_POS_CUE_LEFT, D_POS_CUE_RIGHT,
    D_BETWEEN_LEFT, D_BETWEEN_RIGHT, D_LEMMA, D_LEMMA_M1, D_LEMMA_P1, D_CUE_LEFT_LEMMA, D_CUE_RIGHT_LEMMA,
    D_BEFORE_RIGHT_CUE, D_VERB_LEFT_RATE, D_SLOTS
};

/* Offsets as a chain of constants, so that they cannot disagree with the
 * sizes. */
enum {
    O_BIAS = 0,
    O_POS_M1_0 = O_BIAS + 1,
    O_POS_0_P1 = O_POS_M1_0 + TAG_CODES * TAG_CODES,
    O_CUE_BOTH = O_POS_0_P1 + TAG_CODES * TAG_CODES,
    O_CUES_IN_SENTENCE = O_CUE_BOTH + 32 * 32,
    O_QUOTE_CUE = O_CUES_IN_SENTENCE + 4,
    O_PARA_POSITION = O_QUOTE_CUE + 16 * 4,
    O_SENT_END = O_PARA_POSITION + 16 * 16,
    O_ROLE_M1 = O_SENT_END + 16,
    O_ROLE_P1 = O_ROLE_M1 + 8 * 8,
    O_RATE_WINDOW = O_ROLE_P1 + 8 * 8,
    O_RATE_POS = O_RATE_WINDOW + 4096,
    O_PAIR_RATE = O_RATE_POS + 16 * TAG_CODES,
    O_POS_CUE_LEFT = O_PAIR_RATE + 256,
    O_POS_CUE_RIGHT = O_POS_CUE_LEFT + TAG_CODES * 32,
    O_BETWEEN_LEFT = O_POS_CUE_RIGHT + TAG_CODES * 32,
    O_BETWEEN_RIGHT = O_BETWEEN_LEFT + 16 * 32,
    O_LEMMA = O_BETWEEN_RIGHT + 16 * 32,
    O_LEMMA_M1 = O_LEMMA + LEMMA_CODES,
    O_LEMMA_P1 = O_LEMMA_M1 + LEMMA_CODES,
    O_CUE_LEFT_LEMMA = O_LEMMA_P1 + LEMMA_CODES,
    O_CUE_RIGHT_LEMMA = O_CUE_LEFT_LEMMA + LEMMA_CODES * 32,
    O_BEFORE_RIGHT_CUE = O_CUE_RIGHT_LEMMA + LEMMA_CODES * 32,
    O_VERB_LEFT_RATE = O_BEFORE_RIGHT_CUE + 16 * BUCKET_MASKS,
    O_END = O_VERB_LEFT_RATE + RATE_CODES * BUCKET_TAGS
};

_Static_assert(D_SLOTS == QUOTH_ATTRIB_MAX_SMALL, "a token has one small-valued feature of each template at most");

static const dense_template DENSE[D_SLOTS] = {
    {F_BIAS, 1, 1, O_BIAS},
    {F_POS_M1_0, TAG_CODES, TAG_CODES, O_POS_M1_0},
    {F_POS_0_P1, TAG_CODES, TAG_CODES, O_POS_0_P1},
    {F_CUE_BOTH, 32, 32, O_CUE_BOTH},
    {F_CUES_IN_SENTENCE, 4, 1, O_CUES_IN_SENTENCE},
    {F_QUOTE_CUE, 16, 4, O_QUOTE_CUE},
    {F_PARA_POSITION, 16, 16, O_PARA_POSITION},
    {F_SENT_END, 16, 1, O_SENT_END},
    {F_ROLE_M1, 8, 8, O_ROLE_M1},
    {F_ROLE_P1, 8, 8, O_ROLE_P1},
    {F_RATE_WINDOW, 4096, 1, O_RATE_WINDOW},
    {F_RATE_POS, 16, TAG_CODES, O_RATE_POS},
    {F_PAIR_RATE, 256, 1, O_PAIR_RATE},
    {F_POS_CUE_LEFT, TAG_CODES, 32, O_POS_CUE_LEFT},
    {F_POS_CUE_RIGHT, TAG_CODES, 32, O_POS_CUE_RIGHT},
    {F_BETWEEN_LEFT, 16, 32, O_BETWEEN_LEFT},
    {F_BETWEEN_RIGHT, 16, 32, O_BETWEEN_RIGHT},
    {F_LEMMA, 1, LEMMA_CODES, O_LEMMA},
    {F_LEMMA_M1, 1, LEMMA_CODES, O_LEMMA_M1},
    {F_LEMMA_P1, 1, LEMMA_CODES, O_LEMMA_P1},
    {F_CUE_LEFT_LEMMA, LEMMA_CODES, 32, O_CUE_LEFT_LEMMA},
    {F_CUE_RIGHT_LEMMA, LEMMA_CODES, 32, O_CUE_RIGHT_LEMMA},
    {F_BEFORE_RIGHT_CUE, 16, BUCKET_MASKS, O_BEFORE_RIGHT_CUE},
    {F_VERB_LEFT_RATE, RATE_CODES, BUCKET_TAGS, O_VERB_LEFT_RATE},
};

static unsigned tag_code(uint64_t tag) {
    return tag < 64 ? (unsigned)tag : tag == 254 ? 64u : tag == 253 ? 65u : 66u;
}

uint32_t quoth_attrib_dense_count(void) { return O_END; }

void quoth_attrib_dense_keys(uint32_t first, uint32_t count, uint64_t *keys) {
    /* the template of `first` is found once, and the values (a, b) are
     * counted on from there: a model load asks for all 84,000 keys, and a
     * search and a division for each was a sixth of starting quoth */
    unsigned slot = 0;
    while (slot + 1 < D_SLOTS && DENSE[slot + 1].offset <= first) slot++;
    uint32_t r = first - DENSE[slot].offset, a = r / DENSE[slot].b_size, b = r % DENSE[slot].b_size;
    for (uint32_t k = 0; k < count; k++) {
        keys[k] = quoth_hash_key2(DENSE[slot].tpl, a, b);
        if (++b < DENSE[slot].b_size) continue;
        b = 0;
        if (++a < DENSE[slot].a_size) continue;
        a = 0;
        slot++;
    }
}

/* Where a token's features go: hashed keys; and, when tagging with a
 * model (dense_refs not NULL), the weight rows of the small-valued ones,
 * found by index. */
typedef struct feature_sink {
    uint64_t *keys;
    const uint16_t *dense_refs;
    int without_words; /* only when by_index: the window words' rows come as blocks */
    uint32_t *refs;    /* by template (enum dense_slot), 0 for none */
    size_t n_keys;
    int by_index; /* dense_refs is not NULL: a constant where the sink is made */
} feature_sink;

/* The count of keys is the caller's local, not a field of *out: a key is
 * a uint64_t, the type of size_t here, so through a pointer every key
 * stored could change the count, and the compiler read and wrote it in
 * memory for each feature. A row goes to its template's place, which
 * needs no count (nor a branch for a feature without a row: its row 0
 * adds nothing). */
static inline __attribute__((always_inline)) void add_small(const feature_sink *out, size_t *n_keys, unsigned slot,
                                                             unsigned a, unsigned b) {
    const dense_template *d = &DENSE[slot];
    if (out->by_index && a < d->a_size && b < d->b_size) {
        out->refs[slot] = out->dense_refs[d->offset + a * d->b_size + b];
    } else {
        out->keys[(*n_keys)++] = quoth_hash_key2(d->tpl, a, b);
    }
}

/* add_small() for a value that may be a word hash as well as a small id:
 * a cue's identity is its lemma id when it has one, else its word. */
static inline __attribute__((always_inline)) void add_small_or_hashed(const feature_sink *out, size_t *n_keys,
                                                                      unsigned slot, uint64_t a, unsigned b) {
    if (a < DENSE[slot].a_size) add_small(out, n_keys, slot, (unsigned)a, b);
    else out->keys[(*n_keys)++] = quoth_hash_key2(DENSE[slot].tpl, a, b);
}

static inline __attribute__((always_inline)) void token_features(const quoth_attrib_context *ctx, size_t i,
                                                                  feature_sink *out) {
    size_t nk = 0;
    const quoth_token_list *tl = ctx->tl;
    const quoth_token *t = &tl->tok[i];
    const quoth_sentence *s = &tl->sent[t->sentence];
    ptrdiff_t at = (ptrdiff_t)i, first = (ptrdiff_t)s->first, end = (ptrdiff_t)(s->first + s->count);
    uint64_t w = t->lower_hash, wm1 = word_in(tl, at - 1, first, end), wp1 = word_in(tl, at + 1, first, end);
    uint64_t p = t->pos, pm1 = pos_in(tl, at - 1, first, end), pp1 = pos_in(tl, at + 1, first, end);
    /* Eleven templates of version 11 are gone (F_POS, F_POS_M1, F_POS_P1,
     * F_SHAPE, F_CAPS_POS, F_CUE_LEFT, F_CUE_RIGHT, F_QUOTE, F_SENT_POSITION,
     * F_CUE_RATE, F_ROLE): each is a back-off of a conjunction kept below
     * (F_POS_M1_0, F_SHAPE_WINDOW, F_CUE_BOTH, F_QUOTE_CUE, F_PARA_POSITION,
     * F_RATE_WINDOW, F_ROLE_M1...), so the averaged perceptron learns the
     * same from the conjunctions alone. Dropping them together left every
     * PolNeAR dev figure within +-0.003 (noise) and saves 11 of ~47 hashes
     * and lookups per token: -8% CPU time of `quoth extract -j1`. Their
     * enum values stay, unused, so that no other template's hash moves. */
    add_small(out, &nk, D_BIAS, 0, 0);
    if (!(out->by_index && out->without_words)) {
        out->keys[nk++] = quoth_hash_key(F_WORD, w);
        out->keys[nk++] = quoth_hash_key(F_WORD_M1, wm1);
        out->keys[nk++] = quoth_hash_key(F_WORD_P1, wp1);
        out->keys[nk++] = quoth_hash_key(F_WORD_M2, word_in(tl, at - 2, first, end));
        out->keys[nk++] = quoth_hash_key(F_WORD_P2, word_in(tl, at + 2, first, end));
    }
    out->keys[nk++] = quoth_hash_key2(F_BIGRAM_M1, wm1, w);
    out->keys[nk++] = quoth_hash_key2(F_BIGRAM_P1, w, wp1);
    add_small(out, &nk, D_POS_M1_0, tag_code(pm1), tag_code(p));
    add_small(out, &nk, D_POS_0_P1, tag_code(p), tag_code(pp1));
    out->keys[nk++] = quoth_hash_key2(F_WORD_POS, w, p);
    out->keys[nk++] = quoth_hash_key(F_SUFFIX, suffix_hash(quoth_token_norm(tl, i), t->norm_len));
    /* without the gender bits: which given names are whose is the speakers'
     * business, and a name moved between the lists must not change what
     * the tagger was trained on */
    out->keys[nk++] = quoth_hash_key(F_CLASSES, t->lex & CLASS_FEATURE_BITS);
    if (LEX_LEMMA(t->lex)) add_small(out, &nk, D_LEMMA, 0, LEX_LEMMA(t->lex));

    /* the nearest cue verbs: how far, which, across a comma or not */
    int dl = ctx->cue_left[i], dr = ctx->cue_right[i];
    unsigned bucket_l = distance_bucket(dl), bucket_r = distance_bucket(dr);
    unsigned bl = bucket_l | (unsigned)(ctx->comma_left[i] & 1) << 4;
    unsigned br = bucket_r | (unsigned)(ctx->comma_right[i] & 1) << 4;
    unsigned ml = ctx->comma_left[i] & 31u, mr = ctx->comma_right[i] & 31u;
    add_small(out, &nk, D_CUE_BOTH, bl, br);
    if (dl >= 0) add_small_or_hashed(out, &nk, D_CUE_LEFT_LEMMA, cue_identity(&tl->tok[i - (size_t)dl]), bl);
    if (dr >= 0) add_small_or_hashed(out, &nk, D_CUE_RIGHT_LEMMA, cue_identity(&tl->tok[i + (size_t)dr]), br);
    add_small(out, &nk, D_CUES_IN_SENTENCE, ctx->cues_in_sentence[i], 0);

    unsigned q = quote_state(t);
    add_small(out, &nk, D_QUOTE_CUE, q, (unsigned)(dl >= 0) | (unsigned)(dr >= 0) << 1);
    add_small(out, &nk, D_PARA_POSITION, position_of(ctx, i), q);

    /* learned cue rates, the distance to the sentence's end */
    unsigned rate = ctx->cue_rate[i];
    add_small(out, &nk, D_SENT_END, distance_bucket((int)(s->first + s->count - i - 1)), 0);

    /* the dependency tree: the token's relation to its head, and the branch
     * by which it hangs from the nearest cue above it; nothing for a token
     * whose sentence was not parsed (all of them without a parser), whose
     * features would be constants, a second bias */
    if (t->rel != QUOTH_NO_REL) {
        uint64_t head_word = t->head >= 0 ? tl->tok[t->head].lower_hash : NONE_VALUE;
        unsigned head_pos = t->head >= 0 ? tl->tok[t->head].coarse : 31;
        unsigned crel = ctx->cue_rel[i], cdepth = ctx->cue_depth[i] > 3 ? 3 : ctx->cue_depth[i];
        out->keys[nk++] = quoth_hash_key(F_DEP_REL, t->rel);
        out->keys[nk++] = quoth_hash_key2(F_DEP_REL_HEAD_POS, t->rel, head_pos);
        out->keys[nk++] = quoth_hash_key2(F_DEP_REL_HEAD_WORD, t->rel, head_word);
        out->keys[nk++] = quoth_hash_key(F_DEP_CUE_PATH, crel * 4 + cdepth);
        if (ctx->cue_above[i] >= 0)
            out->keys[nk++] = quoth_hash_key2(F_DEP_CUE_PATH_WORD, crel, tl->tok[ctx->cue_above[i]].lower_hash);
        out->keys[nk++] = quoth_hash_key2(F_DEP_CUE_PATH_POS, crel * 4 + cdepth, t->coarse);
    }

    /* the rules' verdict here and around */
    unsigned r0 = role_at(ctx, i, 0), rm1 = role_at(ctx, i, -1), rp1 = role_at(ctx, i, 1);
    add_small(out, &nk, D_ROLE_M1, rm1, r0);
    add_small(out, &nk, D_ROLE_P1, r0, rp1);

    /* learned cue rates around the token (multi-word cues: "according to",
     * "said in a statement"), and with its tag */
    unsigned rm = i > 0 ? ctx->cue_rate[i - 1] : 15, rp = i + 1 < tl->n ? ctx->cue_rate[i + 1] : 15;
    add_small(out, &nk, D_RATE_WINDOW, rm << 8 | rate << 4 | rp, 0);
    add_small(out, &nk, D_RATE_POS, rate, tag_code(p));
    add_small(out, &nk, D_PAIR_RATE, (i > 0 ? ctx->pair_rate[i - 1] : 15u) << 4 | ctx->pair_rate[i], 0);
    /* the tag and word against the nearest cues, and what lies between */
    add_small(out, &nk, D_POS_CUE_LEFT, tag_code(p), bl);
    add_small(out, &nk, D_POS_CUE_RIGHT, tag_code(p), br);
    add_small(out, &nk, D_BETWEEN_LEFT, bucket_l, ml);
    add_small(out, &nk, D_BETWEEN_RIGHT, bucket_r, mr);
    out->keys[nk++] = quoth_hash_key2(F_COMMAS, (unsigned)(ctx->comma_left[i] >> 5) << 2 | ctx->comma_right[i] >> 5,
                              bucket_l << 8 | bucket_r << 4 | (t->coarse & 15u));
    if (dl >= 0 && (size_t)(i - (size_t)dl + 1) < tl->n)
        out->keys[nk++] = quoth_hash_key2(F_AFTER_LEFT_CUE, tl->tok[i - (size_t)dl + 1].lower_hash, bucket_l);
    if (dr >= 0 && i + (size_t)dr > 0)
        add_small(out, &nk, D_BEFORE_RIGHT_CUE, tl->tok[i + (size_t)dr - 1].coarse, bucket_r << 5 | mr);
    /* the nearest verb on the left, cue or not: what it is and how often it
     * was a cue, so that verbs outside the cue candidates ("proposed",
     * "attacked") can still open a content */
    int dv = ctx->verb_left[i];
    if (dv >= 0) {
        const quoth_token *v = &tl->tok[i - (size_t)dv];
        unsigned bv = distance_bucket(dv);
        out->keys[nk++] = quoth_hash_key2(F_VERB_LEFT, v->lower_hash, bv);
        add_small(out, &nk, D_VERB_LEFT_RATE, ctx->cue_rate[i - (size_t)dv], bv << 8 | (unsigned)p);
    }
    /* what follows the cue on the right ("that", a comma, a period: is the
     * stretch before it the content or the source?) and what precedes the
     * cue on the left (a comma: a post-posed "..., he said, ...") */
    if (dr >= 0 && i + (size_t)dr + 1 < tl->n)
        out->keys[nk++] = quoth_hash_key2(F_AFTER_RIGHT_CUE, tl->tok[i + (size_t)dr + 1].lower_hash, br);
    if (dl >= 1 && i >= (size_t)dl + 1)
        out->keys[nk++] = quoth_hash_key2(F_BEFORE_LEFT_CUE, tl->tok[i - (size_t)dl - 1].lower_hash, bl);
    if (dl >= 0 && dl <= 3) out->keys[nk++] = quoth_hash_key2(F_WORD_CUE_LEFT, w, (unsigned)dl);
    if (dr >= 0 && dr <= 3) out->keys[nk++] = quoth_hash_key2(F_WORD_CUE_RIGHT, w, (unsigned)dr);
    /* shapes around: names, titles */
    unsigned sm = i > 0 ? shape_of(&tl->tok[i - 1]) : 255, sp = i + 1 < tl->n ? shape_of(&tl->tok[i + 1]) : 255;
    out->keys[nk++] = quoth_hash_key(F_SHAPE_WINDOW, sm << 16 | shape_of(t) << 8 | sp);
    if (i > 0) add_small(out, &nk, D_LEMMA_M1, 0, LEX_LEMMA(tl->tok[i - 1].lex));
    if (i + 1 < tl->n) add_small(out, &nk, D_LEMMA_P1, 0, LEX_LEMMA(tl->tok[i + 1].lex));
    out->n_keys = nk;
}

/* refs[0..QUOTH_ATTRIB_MAX_SMALL) = 0, in a few vector stores (as a
 * memset the compiler made it a `rep stos`, slow to start for 96 bytes). */
static inline void clear_small_rows(uint32_t *refs) {
#if defined(__SSE2__)
    _Static_assert(QUOTH_ATTRIB_MAX_SMALL % 4 == 0, "stored four at a time");
#pragma GCC unroll 8
    for (unsigned j = 0; j < QUOTH_ATTRIB_MAX_SMALL; j += 4)
        _mm_storeu_si128((__m128i *)(void *)(refs + j), _mm_setzero_si128());
#else
    memset(refs, 0, QUOTH_ATTRIB_MAX_SMALL * sizeof *refs);
#endif
}

/* token_features() made twice, each with its sink's by_index a constant:
 * tagging then tests only the ranges that a value's type leaves open, and
 * training tests nothing (a test of dense_refs for each small-valued
 * feature was 1.4% of a run). */
static __attribute__((noinline)) size_t features_by_index(const quoth_attrib_context *ctx, size_t i,
                                                          const uint16_t *dense_refs, int without_words, uint64_t *keys,
                                                          uint32_t *refs) {
    feature_sink out = {keys, dense_refs, without_words, refs, 0, 1};
    clear_small_rows(refs);
    token_features(ctx, i, &out);
    return out.n_keys;
}

static __attribute__((noinline)) size_t features_by_key(const quoth_attrib_context *ctx, size_t i, uint64_t *keys) {
    feature_sink out = {keys, NULL, 0, NULL, 0, 0};
    token_features(ctx, i, &out);
    return out.n_keys;
}

size_t quoth_attrib_features_split(const quoth_attrib_context *ctx, size_t i, const uint16_t *dense_refs,
                                   int without_words, uint64_t *keys, uint32_t *refs) {
    if (dense_refs) return features_by_index(ctx, i, dense_refs, without_words, keys, refs);
    clear_small_rows(refs);
    return features_by_key(ctx, i, keys);
}

size_t quoth_attrib_features(const quoth_attrib_context *ctx, size_t i, uint64_t *f) {
    return features_by_key(ctx, i, f);
}

void quoth_attrib_word_keys(uint64_t word, uint64_t keys[5]) {
    keys[0] = quoth_hash_key(F_WORD, word);
    keys[1] = quoth_hash_key(F_WORD_M1, word);
    keys[2] = quoth_hash_key(F_WORD_P1, word);
    keys[3] = quoth_hash_key(F_WORD_M2, word);
    keys[4] = quoth_hash_key(F_WORD_P2, word);
}

uint64_t quoth_attrib_transition_feature(unsigned prev) { return quoth_hash_feat(F_TRANSITION, prev); }

