/*
 * corpus.h - CoreNLP token files (corenlp-tokens.tsv.gz) read into memory,
 * as training and evaluation data for the taggers.
 *
 * One token a line, tab-separated: doc sent tok start end word lemma pos ner
 * head deprel, after a '#' header. A sentence is a run of lines with the same
 * doc and sent. The pos and ner columns are interned into small per-corpus
 * label tables (a model maps them to its own ids by name).
 */
#ifndef QUOTH_TAG_CORPUS_H
#define QUOTH_TAG_CORPUS_H

#include <stddef.h>
#include <stdint.h>

#include "tag/features.h"

#define QUOTH_LABEL_MAX 16   /* bytes of a label name, NUL included */
#define QUOTH_LABELS_MAX 255 /* distinct labels per column */

typedef struct quoth_labels {
    char names[QUOTH_LABELS_MAX][QUOTH_LABEL_MAX];
    uint32_t n;
} quoth_labels;

typedef struct quoth_corpus {
    quoth_word *words;      /* all tokens, NUL-terminated strings */
    uint8_t *pos, *ner;     /* per token, ids into pos_labels / ner_labels */
    size_t n_tokens;
    size_t *sent_start;     /* sentence s is tokens sent_start[s] .. sent_start[s+1]-1 */
    size_t n_sents;
    size_t longest_sent;
    quoth_labels pos_labels, ner_labels;
    char *text;             /* the words' bytes */
} quoth_corpus;

/* Reads a (gzipped or plain) token file. QUOTH_ERR_IO when it cannot be
 * opened, QUOTH_ERR_PARSE for a malformed line. */
int quoth_corpus_read(const char *path, quoth_corpus *out);

void quoth_corpus_free(quoth_corpus *c);

/* The id of a label name, or -1. */
int quoth_labels_find(const quoth_labels *labels, const char *name);

/* The id of a label name, added when new; QUOTH_ERR_PARSE when the set is
 * full or the name too long. */
int quoth_labels_intern(quoth_labels *labels, const char *name);

/* Splits a line of a token file at its tabs, in place; returns the number
 * of fields (at most max). The CoreNLP token files and their trees share
 * one reader of fields. */
size_t quoth_tsv_split(char *line, char **fields, size_t max);

#endif /* QUOTH_TAG_CORPUS_H */
