/*
 * pos.h - the part-of-speech tagger: greedy, left to right, averaged
 * perceptron, after Honnibal's "A good POS tagger in about 200 lines".
 *
 * Each word is tagged from hashed features of itself (spelling, lowercase,
 * prefixes, suffixes, shape), of its neighbours i-2..i+2 and of the two tags
 * already predicted before it. Frequent words that (almost) always take one
 * tag are looked up in a tag dictionary instead, which skips scoring for
 * about 70% of running news text.
 *
 * The tagset is whatever the training data used (CoreNLP's Penn Treebank
 * tags), numbered in the model; names come from the model.
 *
 * A model lives in four model-file sections, used in place:
 *   "pos.tags"    header {"QTAG", feature version, tag count, 0} + 16-byte names
 *   "pos.weights" the quoth_linear table
 *   "pos.dict"    exact word hash -> tag + 1 (a quoth_lexicon table)
 *   "lexicon"     lowercased word -> count over the training text (not
 *                 needed to tag; written by the trainer for the tokenizer)
 */
#ifndef QUOTH_TAG_POS_H
#define QUOTH_TAG_POS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tag/features.h"
#include "tag/lexicon.h"
#include "tag/linear.h"
#include "tag/model_file.h"

#define QUOTH_POS_MAX_TAGS 64u
#define QUOTH_POS_MAX_FEATS 32u

/* ------------------------------------------------------------- inference */

typedef struct quoth_pos_model {
    quoth_linear weights;
    quoth_lexicon dict;      /* exact word hash -> tag + 1 */
    const char *names;       /* n_tags names of 16 bytes, NUL-terminated */
    uint32_t n_tags;
} quoth_pos_model;

/* Points *out into the sections of an opened model file, after checking
 * them. QUOTH_ERR_MODEL when a section is missing or inconsistent. */
int quoth_pos_model_load(const quoth_mf *mf, quoth_pos_model *out);

uint32_t quoth_pos_tag_count(const quoth_pos_model *m);

/* The name of tag id ("NNP"), NULL when id is out of range. */
const char *quoth_pos_tag_name(const quoth_pos_model *m, uint32_t id);

/* The id of a tag name, or QUOTH_ERR_INVALID when the model has no such tag. */
int quoth_pos_tag_id(const quoth_pos_model *m, const char *name);

/* Tags one sentence of n words (any n, 0 included) into tags_out[0..n-1].
 * Allocates nothing; safe to call from many threads on one model. */
int quoth_pos_tag(const quoth_pos_model *m, const quoth_word *words, size_t n, uint8_t *tags_out);

/* The score rows of the bias and of the three features of the previous
 * two tags alone, summed for each pair of tags as the pair is first met:
 * a tagged word then starts from one row instead of four look-ups (4 of
 * its 24 features). Made for one model, and filled as tagging goes, so
 * one per thread (an engine keeps one). NULL when out of memory. */
typedef struct quoth_pos_tag_rows quoth_pos_tag_rows;
quoth_pos_tag_rows *quoth_pos_tag_rows_new(const quoth_pos_model *m);
void quoth_pos_tag_rows_free(quoth_pos_tag_rows *rows);

/* quoth_pos_tag() for a sentence whose words' infos (features.h) are
 * made already, infos[0..n-1]; with rows made for this very model (else
 * QUOTH_ERR_INVALID), or NULL. The tags are the same either way. */
int quoth_pos_tag_infos(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos, size_t n,
                        uint8_t *tags_out);

/* A word's entry in the tag dictionary: its tag + 1, 0 when it has none
 * (then it is scored). A function of the exact spelling alone (its hash,
 * quoth_word_info.word), so a caller that keeps the infos of words it met
 * (quoth_word_cache) can keep this with them. */
static inline uint32_t quoth_pos_dict_entry(const quoth_pos_model *m, uint64_t word_hash) {
    return quoth_lexicon_get(&m->dict, word_hash);
}

/* quoth_pos_tag_infos() with the words' dictionary entries given too:
 * dict[i] == quoth_pos_dict_entry(m, infos[i].word), which it does not
 * look up again. */
int quoth_pos_tag_infos_dict(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos,
                             const uint8_t *dict, size_t n, uint8_t *tags_out);

/* A sentence of a document: words first .. first + count - 1. */
typedef struct quoth_pos_span {
    uint32_t first, count;
} quoth_pos_span;

/* quoth_pos_tag_infos_dict() for each of n_sentences sentences of a
 * document at once: infos, dict and tags_out are the document's, indexed
 * by word, and each sentence is tagged as on its own (its words' tags
 * into tags_out[first..first + count - 1]). One call lets the tagger make
 * the first words of a sentence ready while it scores the last words of
 * the one before: a sentence has few words to score, so that a call per
 * sentence started a third of them with their weights still in memory. */
int quoth_pos_tag_sentences(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos,
                            const uint8_t *dict, const quoth_pos_span *sentences, size_t n_sentences,
                            uint8_t *tags_out);

/* -------------------------------------------------------------- training */

typedef struct quoth_pos_train_options {
    int epochs;              /* passes over the training data (5..10 is plenty) */
    uint64_t seed;           /* for the sentence shuffle of each epoch */
    uint32_t dict_min_count; /* tag dictionary: words seen at least this often */
    double dict_min_share;   /* ... whose most frequent tag has at least this share */
    quoth_linear_prune prune;
    uint32_t lexicon_min_count; /* the "lexicon" section keeps words seen this often */
} quoth_pos_train_options;

/* The options used when none are given. */
quoth_pos_train_options quoth_pos_train_defaults(void);

/* Trains on a CoreNLP token file, prints per-epoch accuracy (and dev
 * accuracy, when dev_path is not NULL) to log (may be NULL), and adds the
 * "pos.*" and "lexicon" sections to out. The same data, options and seed
 * give a byte-identical model. */
int quoth_pos_train(const char *train_path, const char *dev_path,
                    const quoth_pos_train_options *options, FILE *log, quoth_mf_writer *out);

struct quoth_corpus;

/* The share of a corpus's tokens (tagged sentence by sentence) whose tag
 * agrees with the corpus's pos column. */
int quoth_pos_evaluate(const quoth_pos_model *m, const struct quoth_corpus *c, double *accuracy);

/* ------------------------------------------ shared with the trainers */

/* Tag id used for "before the sentence start" in the previous-tag features. */
#define QUOTH_TAG_START1 255u
#define QUOTH_TAG_START2 254u

/* The tags (or labels) of words j-1 and j-2 of a sentence, tags[] holding
 * those before j, with the start marks before its first word. */
static inline void quoth_previous_tags(const uint8_t *tags, size_t j, uint32_t *prev, uint32_t *prev2) {
    *prev = j >= 1 ? tags[j - 1] : QUOTH_TAG_START1;
    *prev2 = j >= 2 ? tags[j - 2] : j == 1 ? QUOTH_TAG_START1 : QUOTH_TAG_START2;
}

/* The feature keys of word i given the tags of words i-1 and i-2; returns
 * how many (at most QUOTH_POS_MAX_FEATS). */
size_t quoth_pos_features(const quoth_window *win, size_t i, uint32_t prev, uint32_t prev2,
                          uint64_t *feats);

#endif /* QUOTH_TAG_POS_H */
