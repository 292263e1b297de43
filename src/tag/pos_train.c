/* Training the part-of-speech tagger from CoreNLP token files. */
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/corpus.h"
#include "tag/pos.h"
#include "tag/train_util.h"

#define TAGS_MAGIC 0x47415451u /* "QTAG", as in pos.c */
#define TAG_NAME_BYTES 16u
#define NO_TAG 255u

quoth_pos_train_options quoth_pos_train_defaults(void) {
    quoth_pos_train_options o;
    memset(&o, 0, sizeof o);
    o.epochs = 8;
    o.seed = 1;
    /* Measured on PolNeAR dev (98.1-98.2% agreement either way): a looser
     * dictionary and pruning features with fewer than two mistakes (an update
     * is +1 on the gold class and -1 on the guess: two per mistake) halve
     * the model and the time per token. */
    o.dict_min_count = 10;
    o.dict_min_share = 0.97;
    o.prune.min_weight = 0.0f;
    o.prune.min_updates = 4;
    o.lexicon_min_count = 2;
    return o;
}

/* ------------------------------------------------------------- tagset */

static int by_name(const void *a, const void *b) {
    return strcmp((const char *)a, (const char *)b);
}

/* The model's tags are the training corpus's, sorted by name so that ids do
 * not depend on which tag happened to come first in the file. */
static int make_tags_section(const quoth_labels *corpus_tags, void **blob, size_t *size) {
    if (corpus_tags->n == 0 || corpus_tags->n > QUOTH_POS_MAX_TAGS) return QUOTH_ERR_INVALID;
    size_t bytes = 16 + (size_t)corpus_tags->n * TAG_NAME_BYTES;
    unsigned char *buf = calloc(1, bytes);
    if (!buf) return QUOTH_ERR_NOMEM;
    uint32_t header[4] = {TAGS_MAGIC, QUOTH_WORDFEAT_VERSION, corpus_tags->n, 0};
    memcpy(buf, header, sizeof header);
    memcpy(buf + 16, corpus_tags->names, (size_t)corpus_tags->n * TAG_NAME_BYTES);
    qsort(buf + 16, corpus_tags->n, TAG_NAME_BYTES, by_name);
    *blob = buf;
    *size = bytes;
    return QUOTH_OK;
}

/* corpus label id -> model tag id (NO_TAG for tags the model lacks) */
static void map_tags(const quoth_pos_model *m, const quoth_labels *labels, uint8_t *map) {
    memset(map, NO_TAG, 256);
    for (uint32_t i = 0; i < labels->n; i++) {
        int id = quoth_pos_tag_id(m, labels->names[i]);
        if (id >= 0) map[i] = (uint8_t)id;
    }
}

/* ------------------------------------------------------- tag dictionary */

/* Honorifics as British and Commonwealth English write them, without a
 * period ("Ms Grace Odhiambo", "Dr Ann Lee"): American training text has
 * them once or never, and the tagger had read "Ms" as a verb or a plural,
 * which split the name from its title ("Governor Ms Grace Odhiambo" was a
 * body). The dictionary the model ships makes them proper nouns whatever
 * the corpus says; the one the tagger learns with is the corpus's alone,
 * so that they change no weight (PolNeAR train has one, "Mr Farage",
 * which the weights tag NNP: the rebuilt model is the same but for them). */
static const char *const HONORIFICS[] = {"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Messrs", "Mdm"};

static int make_dict_section(const quoth_pos_model *m, const quoth_corpus *c, const uint8_t *tag_map,
                             const quoth_pos_train_options *o, int with_honorifics, void **blob, size_t *size) {
    enum { N_HONORIFICS = sizeof HONORIFICS / sizeof *HONORIFICS };
    quoth_dict_word fixed[N_HONORIFICS];
    int nnp = quoth_pos_tag_id(m, "NNP");
    size_t n_fixed = with_honorifics && nnp >= 0 ? N_HONORIFICS : 0; /* a tag set without NNP: none */
    for (size_t k = 0; k < n_fixed; k++) fixed[k] = (quoth_dict_word){HONORIFICS[k], (uint8_t)nnp};
    uint8_t *tags = malloc(c->n_tokens ? c->n_tokens : 1);
    if (!tags) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < c->n_tokens; i++) tags[i] = tag_map[c->pos[i]];
    int rc = quoth_train_dict(c->words, tags, c->n_tokens, o->dict_min_count, o->dict_min_share, fixed, n_fixed,
                              blob, size);
    free(tags);
    return rc;
}

static int make_lexicon_section(const quoth_corpus *c, uint32_t min_count, void **blob,
                                size_t *size) {
    quoth_lexicon_builder *lex = quoth_lexicon_builder_new();
    if (!lex) return QUOTH_ERR_NOMEM;
    int rc = QUOTH_OK;
    for (size_t i = 0; rc == QUOTH_OK && i < c->n_tokens; i++)
        rc = quoth_lexicon_builder_add_word(lex, c->words[i].s, c->words[i].len, 1);
    if (rc == QUOTH_OK) rc = quoth_lexicon_builder_serialize(lex, min_count, blob, size);
    quoth_lexicon_builder_free(lex);
    return rc;
}

/* ------------------------------------------------------------- training */

typedef struct pos_trainer {
    quoth_linear_trainer *lin;
    quoth_pos_model model;  /* names and dict fixed; weights set each epoch */
    uint8_t tag_map[256];   /* training corpus label -> tag */
    uint8_t *gold;          /* one sentence's gold tags */
    size_t correct, total, from_dict;
} pos_trainer;

/* One greedy pass over a sentence, updating on every mistake: the tagger
 * learns from its own previous predictions, as it will see them. */
static int train_sentence(pos_trainer *pt, const quoth_word *words, const uint8_t *gold, size_t n) {
    quoth_window win;
    uint64_t feats[QUOTH_POS_MAX_FEATS];
    float scores[QUOTH_POS_MAX_TAGS];
    uint32_t prev = QUOTH_TAG_START1, prev2 = QUOTH_TAG_START2, n_tags = pt->model.n_tags;
    quoth_window_start(&win, words, n);
    for (size_t i = 0; i < n; i++) {
        quoth_window_advance(&win, i);
        uint32_t guess = quoth_lexicon_get(&pt->model.dict, quoth_window_at(&win, i, 0)->word);
        if (guess) {
            guess--;
            pt->from_dict++;
        } else {
            size_t nf = quoth_pos_features(&win, i, prev, prev2, feats);
            quoth_linear_trainer_score(pt->lin, feats, nf, scores);
            guess = quoth_train_argmax(scores, n_tags);
            if (guess != gold[i]) {
                int rc = quoth_linear_trainer_update(pt->lin, feats, nf, gold[i], 1.0f);
                if (rc == QUOTH_OK) rc = quoth_linear_trainer_update(pt->lin, feats, nf, guess, -1.0f);
                if (rc != QUOTH_OK) return rc;
            }
            quoth_linear_trainer_tick(pt->lin);
        }
        pt->correct += guess == gold[i];
        pt->total++;
        prev2 = prev;
        prev = guess;
    }
    return QUOTH_OK;
}

static int train_epoch(pos_trainer *pt, const quoth_corpus *c, size_t *order, uint64_t *rng) {
    quoth_train_shuffle(order, c->n_sents, rng);
    pt->correct = pt->total = pt->from_dict = 0;
    for (size_t k = 0; k < c->n_sents; k++) {
        size_t s = order[k], start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        for (size_t i = 0; i < n; i++) pt->gold[i] = pt->tag_map[c->pos[start + i]];
        int rc = train_sentence(pt, c->words + start, pt->gold, n);
        if (rc != QUOTH_OK) return rc;
    }
    return QUOTH_OK;
}

int quoth_pos_evaluate(const quoth_pos_model *m, const quoth_corpus *c, double *accuracy) {
    if (!m || !c || !accuracy) return QUOTH_ERR_INVALID;
    uint8_t map[256];
    map_tags(m, &c->pos_labels, map);
    uint8_t *tags = malloc(c->longest_sent ? c->longest_sent : 1);
    if (!tags) return QUOTH_ERR_NOMEM;
    size_t correct = 0;
    for (size_t s = 0; s < c->n_sents; s++) {
        size_t start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        quoth_pos_tag(m, c->words + start, n, tags);
        for (size_t i = 0; i < n; i++) correct += tags[i] == map[c->pos[start + i]];
    }
    free(tags);
    *accuracy = c->n_tokens ? (double)correct / (double)c->n_tokens : 0.0;
    return QUOTH_OK;
}

/* Freezes the current weights into *blob and points the model at them. */
static int freeze(pos_trainer *pt, const quoth_linear_prune *prune, void **blob, size_t *size) {
    int rc = quoth_linear_trainer_finalize(pt->lin, prune, blob, size);
    if (rc != QUOTH_OK) return rc;
    return quoth_linear_load(*blob, *size, &pt->model.weights);
}

static void log_epoch(FILE *log, int epoch, const pos_trainer *pt, double dev, size_t weight_bytes,
                      double seconds) {
    if (!log) return;
    fprintf(log, "pos epoch %d: train %.2f%% (%.1f%% by dictionary)", epoch,
            100.0 * (double)pt->correct / (double)(pt->total ? pt->total : 1),
            100.0 * (double)pt->from_dict / (double)(pt->total ? pt->total : 1));
    if (dev >= 0) fprintf(log, ", dev %.2f%%", 100.0 * dev);
    fprintf(log, ", %u features kept of %zu, weights %.2f MB, %.1f s\n", pt->model.weights.n_features,
            quoth_linear_trainer_feature_count(pt->lin), (double)weight_bytes / 1e6, seconds);
    fflush(log);
}

typedef struct pos_sections {
    void *tags, *dict, *shipped_dict, *weights, *lexicon; /* dict: the one learned with */
    size_t tags_size, dict_size, shipped_dict_size, weights_size, lexicon_size;
} pos_sections;

static int prepare(pos_trainer *pt, const quoth_corpus *train, const quoth_pos_train_options *o,
                   pos_sections *sec) {
    int rc = make_tags_section(&train->pos_labels, &sec->tags, &sec->tags_size);
    if (rc != QUOTH_OK) return rc;
    /* A model view with names only, to map the corpus labels to tag ids. */
    const char *names = (const char *)sec->tags + 16;
    pt->model.names = names;
    pt->model.n_tags = train->pos_labels.n;
    map_tags(&pt->model, &train->pos_labels, pt->tag_map);
    rc = make_dict_section(&pt->model, train, pt->tag_map, o, 0, &sec->dict, &sec->dict_size);
    if (rc == QUOTH_OK)
        rc = make_dict_section(&pt->model, train, pt->tag_map, o, 1, &sec->shipped_dict, &sec->shipped_dict_size);
    if (rc == QUOTH_OK) rc = quoth_lexicon_load(sec->dict, sec->dict_size, &pt->model.dict);
    if (rc == QUOTH_OK)
        rc = make_lexicon_section(train, o->lexicon_min_count, &sec->lexicon, &sec->lexicon_size);
    if (rc != QUOTH_OK) return rc;
    pt->lin = quoth_linear_trainer_new(pt->model.n_tags);
    pt->gold = malloc(train->longest_sent ? train->longest_sent : 1);
    return pt->lin && pt->gold ? QUOTH_OK : QUOTH_ERR_NOMEM;
}

static int run_epochs(pos_trainer *pt, const quoth_corpus *train, const quoth_corpus *dev,
                      const quoth_pos_train_options *o, FILE *log, pos_sections *sec) {
    size_t *order = malloc((train->n_sents ? train->n_sents : 1) * sizeof *order);
    if (!order) return QUOTH_ERR_NOMEM;
    for (size_t s = 0; s < train->n_sents; s++) order[s] = s;
    uint64_t rng = o->seed;
    int rc = QUOTH_OK;
    for (int epoch = 1; rc == QUOTH_OK && epoch <= o->epochs; epoch++) {
        double t0 = quoth_train_seconds(), dev_accuracy = -1.0;
        rc = train_epoch(pt, train, order, &rng);
        free(sec->weights);
        sec->weights = NULL;
        if (rc == QUOTH_OK) rc = freeze(pt, &o->prune, &sec->weights, &sec->weights_size);
        if (rc == QUOTH_OK && dev) rc = quoth_pos_evaluate(&pt->model, dev, &dev_accuracy);
        if (rc == QUOTH_OK) log_epoch(log, epoch, pt, dev_accuracy, sec->weights_size, quoth_train_seconds() - t0);
    }
    free(order);
    return rc;
}

static int add_sections(quoth_mf_writer *out, const pos_sections *sec) {
    int rc = quoth_mf_writer_add(out, "pos.tags", sec->tags, sec->tags_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "pos.weights", sec->weights, sec->weights_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "pos.dict", sec->shipped_dict, sec->shipped_dict_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "lexicon", sec->lexicon, sec->lexicon_size);
    return rc;
}

int quoth_pos_train(const char *train_path, const char *dev_path,
                    const quoth_pos_train_options *options, FILE *log, quoth_mf_writer *out) {
    if (!train_path || !out) return QUOTH_ERR_INVALID;
    quoth_pos_train_options o = options ? *options : quoth_pos_train_defaults();
    if (o.epochs < 1) return QUOTH_ERR_INVALID;
    quoth_corpus train, dev;
    memset(&dev, 0, sizeof dev);
    int rc = quoth_corpus_read(train_path, &train);
    if (rc != QUOTH_OK) return rc;
    if (dev_path && (rc = quoth_corpus_read(dev_path, &dev)) != QUOTH_OK) {
        quoth_corpus_free(&train);
        return rc;
    }
    pos_trainer pt;
    pos_sections sec;
    memset(&pt, 0, sizeof pt);
    memset(&sec, 0, sizeof sec);
    rc = prepare(&pt, &train, &o, &sec);
    if (rc == QUOTH_OK) rc = run_epochs(&pt, &train, dev_path ? &dev : NULL, &o, log, &sec);
    if (rc == QUOTH_OK) rc = add_sections(out, &sec);
    quoth_linear_trainer_free(pt.lin);
    free(pt.gold);
    free(sec.tags);
    free(sec.dict);
    free(sec.shipped_dict);
    free(sec.weights);
    free(sec.lexicon);
    quoth_corpus_free(&train);
    quoth_corpus_free(&dev);
    return rc;
}
