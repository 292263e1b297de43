/*
 * learned_train.h - training the attribution tagger.
 *
 * Every training text goes through the same analysis as at run time (the
 * base model's tokenizer, tagger, quotations and rules), its gold spans are
 * turned into token labels, and a structured averaged perceptron learns
 * from the paragraphs in a seeded random order. Features are computed once
 * and kept, so an epoch costs only scoring, Viterbi and updates.
 */
#ifndef QUOTH_ATTRIB_LEARNED_TRAIN_H
#define QUOTH_ATTRIB_LEARNED_TRAIN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "quoth.h"
#include "tag/model_file.h"

/* A gold span in bytes of the example's text. */
typedef struct quoth_gold_span {
    uint32_t start, end;
    uint8_t role; /* 1 source, 2 cue, 3 content */
} quoth_gold_span;

typedef struct quoth_attrib_example {
    const char *text;
    size_t len;
    const quoth_gold_span *spans;
    size_t n_spans;
} quoth_attrib_example;

typedef struct quoth_attrib_train_options {
    int epochs;
    uint64_t seed;
    uint32_t min_updates; /* prune features updated fewer times */
    float min_weight;     /* prune averaged weights smaller than this */
} quoth_attrib_train_options;

quoth_attrib_train_options quoth_attrib_train_defaults(void);

/* Called after each epoch with the tagger so far: its sections in a
 * writer ("attrib.weights" averaged, "attrib.meta", "attrib.cuerate").
 * A nonzero return stops training. */
typedef int (*quoth_attrib_epoch_fn)(void *ctx, int epoch, const quoth_mf_writer *sections);

/* Trains on `examples` analysed with `base` (its tagger and word lexicon)
 * and adds the "attrib.weights" and "attrib.meta" sections to `out`. */
int quoth_attrib_train(const quoth_model *base, const quoth_attrib_example *examples, size_t n,
                       const quoth_attrib_train_options *options, FILE *log,
                       quoth_attrib_epoch_fn on_epoch, void *epoch_ctx, quoth_mf_writer *out);

/* The "attrib.meta" section that goes with a weights section. */
void quoth_attrib_meta(unsigned char meta[8]);

#endif
