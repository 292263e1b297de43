/*
 * learned.h - the learned attribution tagger.
 *
 * PolNeAR marks every token as part of at most one attribution's source,
 * cue or content, so attribution can be learned as sequence labelling:
 * eight labels (O, B-/I- for SOURCE, CUE, CONTENT, and U-CUE for a cue of
 * one word), a linear-chain model
 * trained as a structured averaged perceptron, decoded with Viterbi over
 * each paragraph (contents never cross one). The labels are then grouped
 * into attributions: each content and source joins the nearest cue.
 *
 * The rules run first and their findings are features of the tagger, so
 * the two vote: the tagger learns where the rules are right.
 */
#ifndef QUOTH_ATTRIB_LEARNED_H
#define QUOTH_ATTRIB_LEARNED_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "attrib/calibration.h"
#include "attrib/word_rows.h"
#include "tag/lexicon.h"
#include "tag/linear.h"
#include "tag/model_file.h"

/* Bumped whenever features change: a model is only valid with the features
 * it was trained on. Stored in the model and checked at load. */
#define QUOTH_ATTRIB_FEATURES_VERSION 16u

/* U-CUE: whether a cue ends at its first word ("said" | "said Monday",
 * "told" | "told reporters") is decided at that word, with its features,
 * rather than only through the next word's I-CUE; the eighth label fills
 * the eighth lane of the scores, so it costs no time (on PolNeAR dev, the
 * mean of four seeds: +0.005 cue-exact F1). The tagger hands back B-CUE
 * for it: nothing after Viterbi sees U-CUE. */
typedef enum quoth_attrib_label {
    AL_O = 0,
    AL_B_SOURCE, AL_I_SOURCE,
    AL_B_CUE, AL_I_CUE,
    AL_B_CONTENT, AL_I_CONTENT,
    AL_U_CUE,
    AL_COUNT
} quoth_attrib_label;

/* What the rules made of a token: a feature of the tagger. */
typedef enum quoth_rule_role {
    RR_NONE = 0, RR_SOURCE, RR_CUE, RR_DIRECT_CONTENT, RR_INDIRECT_CONTENT
} quoth_rule_role;

/* Transition scores: [previous label, or AL_COUNT at a paragraph start][label]. */
typedef struct quoth_attrib_model {
    quoth_linear weights;
    quoth_lexicon cue_rates;   /* word -> cue rate + 1, see learned_features.h */
    int32_t trans[AL_COUNT + 1][AL_COUNT];
    int32_t content_bias;      /* added to I-CONTENT emissions, see learned.c */
    const uint16_t *dense_refs; /* the row of each small-valued feature
                                  (quoth_attrib_dense_keys) in small_rows,
                                  0 if none */
    const int16_t (*small_rows)[QUOTH_WORD_LANES]; /* those rows, copied out
                                  of the weights in the order of the features
                                  (row 0 unused): see learned.c */
    uint32_t n_small_rows;
    uint16_t *made_dense_refs; /* the two when made at load, NULL when they */
    int16_t (*made_small_rows)[QUOTH_WORD_LANES]; /* point into the file */
    quoth_word_rows words;     /* the window words' rows; no slots for a model
                                  without "attrib.words" (found by key then) */
    quoth_calibration calibration; /* confidences; not present in every model */
} quoth_attrib_model;

/* Loads the "attrib.*" sections (weights, meta, cue rates, calibration); *out = NULL when the container has
 * none (a model without it works by rules alone). The tables made from
 * the weights (the small-valued features' rows, the window words' rows)
 * are taken from the sections "attrib.small" and "attrib.wordrows" when
 * the model has them and they were made from its weights, and made
 * otherwise (older and hand-assembled models): the same tables either way. */
int quoth_attrib_model_load(const quoth_mf *mf, quoth_attrib_model **out);

/* Adds "attrib.small" and "attrib.wordrows" to `out`: the tables that
 * loading makes from these weights, cue rates and words (the sections
 * "attrib.weights", "attrib.cuerate", "attrib.words"), so that loading
 * the model only points into them. */
int quoth_attrib_add_derived(quoth_mf_writer *out, const void *weights, size_t size, const void *rates,
                             size_t rates_size, const uint64_t *words, size_t n_words);

void quoth_attrib_model_free(quoth_attrib_model *m);

/* The name of an attribution label ("B-SOURCE"), NULL for AL_O. */
const char *quoth_attrib_label_name(unsigned label);

/* scores[c] += the weight of label c in each of a token's small-valued
 * features' rows: QUOTH_ATTRIB_MAX_SMALL indices into m->small_rows, as
 * dense_refs and quoth_attrib_features_split() give them, 0 for none. */
void quoth_attrib_small_rows_add(const quoth_attrib_model *m, const uint32_t *rows, int32_t *scores);

/* Reusable buffers of the tagger, kept by the engine. */
typedef struct quoth_labeller {
    int32_t *emit;      /* 8 scores per token of a paragraph */
    int32_t *best;      /* Viterbi: best score ending in each label */
    uint8_t *back;      /* Viterbi back pointers */
    const quoth_word_block **word_blocks; /* scratch of quoth_word_rows_scores() */
    int32_t *margin;    /* per token of the document: see quoth_viterbi_margins() */
    size_t margin_cap;
    size_t cap;
    struct quoth_attrib_context *ctx;
} quoth_labeller;

void quoth_labeller_free(quoth_labeller *lb);

/* Labels every token (labels[i] = quoth_attrib_label). `roles` holds one
 * quoth_rule_role per token. */
int quoth_learned_label(const quoth_attrib_model *m, const quoth_attrib_input *in,
                        const uint8_t *roles, quoth_labeller *lb, uint8_t *labels);

/* Lets a content that follows its cue and stops in mid-clause, before
 * tokens labelled O to the end of its sentence, run on to the first comma
 * or the sentence's end, within tokens [first, end) of one paragraph.
 * Called by quoth_learned_label. */
void quoth_learned_extend_contents(const quoth_token_list *tl, size_t first, size_t end, uint8_t *labels);

/* Whether token i of the run [first, end) is three or more tokens inside a
 * quotation, away from every quotation mark; the tagger labels such a token
 * I-CONTENT without scoring it. */
int quoth_learned_deep_in_quotation(const quoth_token_list *tl, size_t i, size_t first, size_t end);

/* Groups labelled tokens into attributions, appended to `out`. `margin`
 * (NULL, or one value per token, read at cue tokens only) gives each
 * attribution its cue's margin (quoth_attribution.margin). */
int quoth_learned_decode(const quoth_attrib_input *in, const uint8_t *labels, const int32_t *margin,
                         quoth_attribution_list *out);

/* Viterbi over n tokens with emission scores emit[8 * i + label] and the
 * model's transitions; writes the best labels. `best`/`back` have room
 * for 8 * n values. Also used by the trainer with its current weights. */
void quoth_viterbi(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                   int32_t *best, uint8_t *back, uint8_t *labels);

/* quoth_viterbi() without its AVX2 steps: what runs on CPUs without AVX2
 * (SSE2, or plain C elsewhere); the tests hold both to one reference. */
void quoth_viterbi_portable(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                            int32_t *best, uint8_t *back, uint8_t *labels);

/* How sure Viterbi is of the cue tokens (B-CUE, I-CUE, U-CUE in `labels`)
 * among tokens [from, n); other entries of `margin` are left as they are.
 * margin[i] is the score of the
 * best labelling (`labels`, with `best` as quoth_viterbi() left it) less
 * the score of the best one that gives token i another role (source, cue,
 * content or none; U-CUE and B-CUE are one role), 0 on a tie. A
 * max-marginal: one backward pass from the chunk's end. The transitions
 * must let every token take another role (the model's do: O follows any
 * label); a labelling through a forbidden transition is no rival. */
void quoth_viterbi_margins(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                           const int32_t *best, const uint8_t *labels, size_t from, int32_t *margin);

#endif
