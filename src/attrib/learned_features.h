/*
 * learned_features.h - what the attribution tagger sees of a token.
 *
 * Words and tags in a window of five, suffix and shape, the word classes
 * (cue verbs by lemma, pronouns, titles), the learned cue rates of words
 * and word pairs, the distance and direction to the nearest cue of the
 * sentence, which cue, the words around it and what lies in between (a
 * comma, how many, "that", a verb), the nearest verb on the left,
 * quotation depth and marks, the position in the sentence and paragraph,
 * and the rules' verdict on the token and its neighbours.
 *
 * A document's context (nearest cues and the like) is computed once, in
 * one pass each way, so that features cost the same whatever the document.
 */
#ifndef QUOTH_ATTRIB_LEARNED_FEATURES_H
#define QUOTH_ATTRIB_LEARNED_FEATURES_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "tag/lexicon.h"

#define QUOTH_ATTRIB_MAX_FEATS 64

/* How often a word was (part of) a cue in training, in tenths: learned
 * from the annotations, so that "endorsed" or "rejected the view" count as
 * cues beyond the hand-written verbs. 0 for words never seen as a cue. */
#define QUOTH_CUE_RATE_UNKNOWN 11

typedef struct quoth_attrib_context {
    const quoth_token_list *tl;
    const uint8_t *roles;     /* quoth_rule_role per token */
    uint8_t *cue_rate;        /* per token, 0..10 or QUOTH_CUE_RATE_UNKNOWN */
    uint8_t *pair_rate;       /* the same for the token and the next one as a whole cue */
    uint8_t *cue_rel;         /* relation by which the token's branch hangs from the nearest
                                 cue above it in the dependency tree; QUOTH_NO_REL if none
                                 (these three only for a token with a relation: the others
                                 have no features of the tree) */
    uint8_t *cue_depth;       /* how many arcs up that cue is */
    int32_t *cue_above;       /* that cue's token index, or -1 */
    int16_t *cue_left;        /* tokens back to the nearest cue verb in the sentence, -1 none */
    int16_t *cue_right;       /* tokens ahead to the nearest cue verb, -1 none */
    uint8_t *comma_left;      /* what lies between the token and cue_left: 1 a comma, 2 a verb,
                                 4 a noun or pronoun, 8 a complementizer, 16 a quotation mark */
    uint8_t *comma_right;
    uint8_t *cues_in_sentence;/* 0, 1, 2 (two or more) cue verbs in the token's sentence */
    int16_t *verb_left;       /* tokens back to the nearest verb of the sentence (any verb), -1 none */
    uint8_t *token_bits;      /* scratch of quoth_attrib_context_build() */
    uint32_t *word_block;     /* per token, its block among the window words' rows
                                 (quoth_attrib_context_build_with_words() only) */
    uint32_t *unlisted;       /* scratch: the tokens whose words the rows do not list */
    size_t cap;
    /* Each token's block and cue rate as its caller found them already
     * (quoth_attrib_find_word() on the words passed to
     * quoth_attrib_context_build_with_words()), copied instead of looked
     * up; NULL otherwise. quoth_learned_label() sets them from its
     * input's word_blocks and cue_rates. */
    const uint32_t *found_block;
    const uint8_t *found_rate;
} quoth_attrib_context;

/* Computes the context of the document's tokens (reusing ctx's buffers).
 * cue_rates maps a word's quoth_hash_lower to its cue rate + 1; NULL
 * while the rates are being learned. */
int quoth_attrib_context_build(quoth_attrib_context *ctx, const quoth_token_list *tl,
                               const uint8_t *roles, const quoth_lexicon *cue_rates);

struct quoth_word_rows;

/* quoth_attrib_context_build() that also finds each token's word among the
 * model's window words (word_rows.h: words->slots not NULL), whose slots
 * hold their cue rates too: a listed word (most tokens) is one probe for
 * both, the others are looked up among cue_rates. */
int quoth_attrib_context_build_with_words(quoth_attrib_context *ctx, const quoth_token_list *tl,
                                          const uint8_t *roles, const quoth_lexicon *cue_rates,
                                          const struct quoth_word_rows *words);

/* What quoth_attrib_context_build_with_words() finds of a word (its
 * quoth_hash_lower): its block among the window words (`words`, with
 * slots) and its cue rate, for ctx->found_block and found_rate. */
void quoth_attrib_find_word(const struct quoth_word_rows *words, const quoth_lexicon *cue_rates, uint64_t lower,
                            uint32_t *block, uint8_t *rate);

/* Asks for the cache lines quoth_attrib_find_word() reads. */
void quoth_attrib_prefetch_word(const struct quoth_word_rows *words, const quoth_lexicon *cue_rates, uint64_t lower);

/* The key of a word pair (two quoth_hash_lower) among the cue rates:
 * "according to", "called for", "has said" are cues as pairs. */
uint64_t quoth_attrib_pair_key(uint64_t first, uint64_t second);

void quoth_attrib_context_free(quoth_attrib_context *ctx);

/* Writes the features of token i; returns how many (<= QUOTH_ATTRIB_MAX_FEATS). */
size_t quoth_attrib_features(const quoth_attrib_context *ctx, size_t i, uint64_t *feats);

/* The small-valued features (tags, distance buckets, rates, roles) are
 * numbered 0..quoth_attrib_dense_count()-1, and keys[k] becomes the key
 * of feature first + k, for k < count (first + count <= the count). A
 * model keeps the weight row (ref) of each, found once, so that tagging
 * finds them by index. */
uint32_t quoth_attrib_dense_count(void);

/* The most small-valued features a token has (one of each template). */
#define QUOTH_ATTRIB_MAX_SMALL 24
void quoth_attrib_dense_keys(uint32_t first, uint32_t count, uint64_t *keys);

/* quoth_attrib_features() for tagging: the small-valued features' rows
 * are taken from dense_refs (quoth_attrib_dense_keys order; indices into
 * the model's small_rows) and written to refs[0..QUOTH_ATTRIB_MAX_SMALL),
 * each template's at its own place, 0 for none (all 0 with dense_refs
 * NULL); the other features' keys go to keys (returned count), but for
 * the five window words' when without_words is set (their rows are added
 * as blocks: word_rows.h). With dense_refs NULL, every key goes to keys,
 * as quoth_attrib_features() writes them. */
size_t quoth_attrib_features_split(const quoth_attrib_context *ctx, size_t i, const uint16_t *dense_refs,
                                   int without_words, uint64_t *keys, uint32_t *refs);

/* The keys of a word's five window features, made by
 * quoth_attrib_features() for the token itself and for its neighbours one
 * and two tokens before and after: F_WORD, F_WORD_M1, F_WORD_P1,
 * F_WORD_M2, F_WORD_P2 of `word` (see word_rows.h). */
void quoth_attrib_word_keys(uint64_t word, uint64_t keys[5]);

/* The word of a window position outside the sentence. */
#define QUOTH_ATTRIB_WORD_START 0x5354415254ull
#define QUOTH_ATTRIB_WORD_END 0x454E44ull

/* The feature whose weights are the transitions from label `prev`. */
uint64_t quoth_attrib_transition_feature(unsigned prev);

#endif
