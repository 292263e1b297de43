/*
 * entity.h - the entity tagger: which words name a person, an organization
 * or a location. The engine uses it to tell persons from organizations when
 * it resolves who is speaking.
 *
 * Greedy, left to right, averaged perceptron over the same machinery as the
 * part-of-speech tagger (features.h, linear.h), with the words' POS tags as
 * extra features. One label per token (IO encoding, as CoreNLP's ner column
 * is): two adjacent names of the same kind merge into one run.
 *
 * Labels, reduced from CoreNLP's ner column:
 *   PERSON       PERSON
 *   ORGANIZATION ORGANIZATION
 *   LOCATION     LOCATION, and the fine-grained CITY, COUNTRY and
 *                STATE_OR_PROVINCE of newer CoreNLP models
 *   O            everything else. NATIONALITY (MISC in the 4-class model:
 *                "American", "Republican") is O: it is an adjective, not a
 *                place and not a possible speaker, and calling it LOCATION
 *                would teach the tagger to mark adjectives as places.
 *
 * Sections: "ent.labels" (header {"QENT", feature version, labels, 0, the
 * fingerprint of the POS tagset the model was trained with (u64)}),
 * "ent.weights" (quoth_linear), "ent.dict" (exact word -> label + 1 for
 * frequent words that are always O, which skip scoring).
 */
#ifndef QUOTH_TAG_ENTITY_H
#define QUOTH_TAG_ENTITY_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tag/features.h"
#include "tag/lexicon.h"
#include "tag/linear.h"
#include "tag/model_file.h"
#include "tag/pos.h"

enum {
    QUOTH_ENT_O = 0,
    QUOTH_ENT_PERSON = 1,
    QUOTH_ENT_ORGANIZATION = 2,
    QUOTH_ENT_LOCATION = 3,
    QUOTH_ENT_LABELS = 4
};

#define QUOTH_ENT_MAX_FEATS 32u

/* The two labels before a word: the four labels and the two start values. */
#define QUOTH_ENT_LABEL_CODES (QUOTH_ENT_LABELS + 2)

typedef struct quoth_entity_model {
    quoth_linear weights;
    quoth_lexicon dict; /* exact word hash -> label + 1 */
    /* Per pair of previous labels, the rows of the bias and of the three
     * features of the labels alone, summed (quoth_entity_model_sum_label_rows):
     * a scored word starts from one of them instead of four look-ups. */
    int32_t label_rows[QUOTH_ENT_LABEL_CODES * QUOTH_ENT_LABEL_CODES][QUOTH_LINEAR_STRIDE(QUOTH_ENT_LABELS)];
} quoth_entity_model;

/* Fills m->label_rows from m->weights: after the weights are set. */
void quoth_entity_model_sum_label_rows(quoth_entity_model *m);

/* The name of a label ("PERSON"), NULL when out of range. */
const char *quoth_entity_label_name(uint32_t label);

/* Points *out into the "ent.*" sections of an opened model file. The POS
 * model must be the one it was trained with (the tagsets are compared):
 * QUOTH_ERR_MODEL otherwise, or when a section is missing or damaged. */
int quoth_entity_model_load(const quoth_mf *mf, const quoth_pos_model *pos, quoth_entity_model *out);

/* Labels one sentence of n words whose POS tags are pos_tags (from
 * quoth_pos_tag with the matching POS model). Allocates nothing. */
int quoth_entity_tag(const quoth_entity_model *m, const quoth_word *words, const uint8_t *pos_tags,
                     size_t n, uint8_t *labels_out);

/* The same for words 0..upto-1 only (upto <= n): their labels are those
 * quoth_entity_tag() gives, since a label depends on the words around it
 * and on the labels before it, never on later labels. */
int quoth_entity_tag_prefix(const quoth_entity_model *m, const quoth_word *words, const uint8_t *pos_tags,
                            size_t n, size_t upto, uint8_t *labels_out);

/* quoth_entity_tag_prefix() for a sentence whose words' infos (features.h)
 * are made already, infos[0..n-1]: the engine makes them once for both
 * taggers. */
int quoth_entity_tag_infos(const quoth_entity_model *m, const quoth_word_info *infos, const uint8_t *pos_tags,
                          size_t n, size_t upto, uint8_t *labels_out);

/* A word's entry in the dictionary of words that are always O: its label
 * + 1, 0 when it has none (then it is scored). A function of the exact
 * spelling alone (its hash, quoth_word_info.word), so a caller that keeps
 * the infos of words it met (quoth_word_cache) can keep this with them. */
static inline uint32_t quoth_entity_dict_entry(const quoth_entity_model *m, uint64_t word_hash) {
    return quoth_lexicon_get(&m->dict, word_hash);
}

/* quoth_entity_tag_infos() with the words' dictionary entries given too:
 * dict[i] == quoth_entity_dict_entry(m, infos[i].word), which it does not
 * look up again. */
int quoth_entity_tag_infos_dict(const quoth_entity_model *m, const quoth_word_info *infos, const uint8_t *dict,
                                const uint8_t *pos_tags, size_t n, size_t upto, uint8_t *labels_out);

/* -------------------------------------------------------------- training */

typedef struct quoth_entity_train_options {
    int epochs;
    uint64_t seed;
    uint32_t dict_min_count; /* words always O, seen at least this often, skip scoring */
    double dict_min_share;
    quoth_linear_prune prune;
} quoth_entity_train_options;

quoth_entity_train_options quoth_entity_train_defaults(void);

/* Trains on a CoreNLP token file, with POS tags from `pos` (as the engine
 * will see them), reports per-epoch accuracy to log, and adds the "ent.*"
 * sections to out. Deterministic for the same data, options and POS model. */
int quoth_entity_train(const char *train_path, const char *dev_path, const quoth_pos_model *pos,
                       const quoth_entity_train_options *options, FILE *log, quoth_mf_writer *out);

/* Agreement with a corpus's ner column (reduced as above). */
typedef struct quoth_entity_scores {
    double accuracy;                     /* of all tokens */
    double precision[QUOTH_ENT_LABELS];  /* per label, over tokens; [0] unused */
    double recall[QUOTH_ENT_LABELS];
    double f1[QUOTH_ENT_LABELS];
    double span_f1[QUOTH_ENT_LABELS];    /* exact runs of one label */
    size_t tokens;
} quoth_entity_scores;

struct quoth_corpus;

int quoth_entity_evaluate(const quoth_entity_model *m, const quoth_pos_model *pos,
                          const struct quoth_corpus *c, quoth_entity_scores *out);

/* ------------------------------------------ shared with the trainer */

/* The label of a CoreNLP ner value, reduced as above. */
uint32_t quoth_entity_label_of(const char *ner);

/* A fingerprint of a POS model's tagset (names and order). */
uint64_t quoth_entity_tagset_fingerprint(const quoth_pos_model *pos);

size_t quoth_entity_features(const quoth_window *win, const uint8_t *pos_tags, size_t n, size_t i,
                             uint32_t prev, uint32_t prev2, uint64_t *feats);

#endif /* QUOTH_TAG_ENTITY_H */
