/* Training and evaluating the entity tagger from CoreNLP token files. */
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/corpus.h"
#include "tag/entity.h"
#include "tag/train_util.h"

#define LABELS_MAGIC 0x544E4551u /* "QENT", as in entity.c */

quoth_entity_train_options quoth_entity_train_defaults(void) {
    quoth_entity_train_options o;
    memset(&o, 0, sizeof o);
    o.epochs = 8;
    o.seed = 1;
    o.dict_min_count = 10;
    o.dict_min_share = 0.995;
    o.prune.min_weight = 0.0f;
    o.prune.min_updates = 4;
    return o;
}

/* A corpus with what the entity tagger sees and learns per token. */
typedef struct ent_data {
    const quoth_corpus *c;
    uint8_t *pos;   /* POS tags from the tagger */
    uint8_t *gold;  /* reduced labels */
} ent_data;

static void ent_data_free(ent_data *d) {
    free(d->pos);
    free(d->gold);
    memset(d, 0, sizeof *d);
}

static int ent_data_make(const quoth_corpus *c, const quoth_pos_model *pos, ent_data *d) {
    memset(d, 0, sizeof *d);
    d->c = c;
    d->pos = malloc(c->n_tokens ? c->n_tokens : 1);
    d->gold = malloc(c->n_tokens ? c->n_tokens : 1);
    if (!d->pos || !d->gold) {
        ent_data_free(d);
        return QUOTH_ERR_NOMEM;
    }
    uint8_t label_of[256] = {0};
    for (uint32_t i = 0; i < c->ner_labels.n; i++)
        label_of[i] = (uint8_t)quoth_entity_label_of(c->ner_labels.names[i]);
    for (size_t i = 0; i < c->n_tokens; i++) d->gold[i] = label_of[c->ner[i]];
    for (size_t s = 0; s < c->n_sents; s++) {
        size_t start = c->sent_start[s];
        quoth_pos_tag(pos, c->words + start, c->sent_start[s + 1] - start, d->pos + start);
    }
    return QUOTH_OK;
}

/* ------------------------------------------------------------ evaluation */

typedef struct span_counts {
    size_t gold[QUOTH_ENT_LABELS], guessed[QUOTH_ENT_LABELS], matched[QUOTH_ENT_LABELS];
} span_counts;

/* The end of the run of one label starting at i. */
static size_t run_end(const uint8_t *labels, size_t n, size_t i) {
    size_t j = i + 1;
    while (j < n && labels[j] == labels[i]) j++;
    return j;
}

static void count_spans(const uint8_t *gold, const uint8_t *guess, size_t n, span_counts *sc) {
    for (size_t i = 0; i < n;) {
        size_t j = run_end(gold, n, i);
        if (gold[i] != QUOTH_ENT_O) {
            sc->gold[gold[i]]++;
            /* An exact match: the guess has the same run, not longer. */
            if (run_end(guess, n, i) == j && guess[i] == gold[i] && (i == 0 || guess[i - 1] != gold[i]))
                sc->matched[gold[i]]++;
        }
        i = j;
    }
    for (size_t i = 0; i < n;) {
        size_t j = run_end(guess, n, i);
        if (guess[i] != QUOTH_ENT_O) sc->guessed[guess[i]]++;
        i = j;
    }
}

static double f1_of(double p, double r) {
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static double ratio(size_t a, size_t b) {
    return b ? (double)a / (double)b : 0.0;
}

static void fill_scores(const size_t *tp, const size_t *gold, const size_t *guessed,
                        const span_counts *sc, size_t correct, size_t tokens, quoth_entity_scores *out) {
    memset(out, 0, sizeof *out);
    out->tokens = tokens;
    out->accuracy = ratio(correct, tokens);
    for (int l = 1; l < QUOTH_ENT_LABELS; l++) {
        out->precision[l] = ratio(tp[l], guessed[l]);
        out->recall[l] = ratio(tp[l], gold[l]);
        out->f1[l] = f1_of(out->precision[l], out->recall[l]);
        out->span_f1[l] = f1_of(ratio(sc->matched[l], sc->guessed[l]), ratio(sc->matched[l], sc->gold[l]));
    }
}

static int evaluate_data(const quoth_entity_model *m, const ent_data *d, quoth_entity_scores *out) {
    const quoth_corpus *c = d->c;
    uint8_t *guess = malloc(c->longest_sent ? c->longest_sent : 1);
    if (!guess) return QUOTH_ERR_NOMEM;
    size_t tp[QUOTH_ENT_LABELS] = {0}, gold[QUOTH_ENT_LABELS] = {0}, guessed[QUOTH_ENT_LABELS] = {0};
    size_t correct = 0;
    span_counts sc;
    memset(&sc, 0, sizeof sc);
    for (size_t s = 0; s < c->n_sents; s++) {
        size_t start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        quoth_entity_tag(m, c->words + start, d->pos + start, n, guess);
        const uint8_t *g = d->gold + start;
        for (size_t i = 0; i < n; i++) {
            correct += guess[i] == g[i];
            gold[g[i]]++;
            guessed[guess[i]]++;
            tp[g[i]] += guess[i] == g[i];
        }
        count_spans(g, guess, n, &sc);
    }
    free(guess);
    fill_scores(tp, gold, guessed, &sc, correct, c->n_tokens, out);
    return QUOTH_OK;
}

int quoth_entity_evaluate(const quoth_entity_model *m, const quoth_pos_model *pos,
                          const quoth_corpus *c, quoth_entity_scores *out) {
    if (!m || !pos || !c || !out) return QUOTH_ERR_INVALID;
    ent_data d;
    int rc = ent_data_make(c, pos, &d);
    if (rc == QUOTH_OK) rc = evaluate_data(m, &d, out);
    ent_data_free(&d);
    return rc;
}

/* ------------------------------------------------------------- training */

typedef struct ent_trainer {
    quoth_linear_trainer *lin;
    quoth_entity_model model; /* dict fixed; weights set each epoch */
    size_t correct, total;
} ent_trainer;

static int train_sentence(ent_trainer *et, const quoth_word *words, const uint8_t *pos,
                          const uint8_t *gold, size_t n) {
    quoth_window win;
    uint64_t feats[QUOTH_ENT_MAX_FEATS];
    float scores[QUOTH_ENT_LABELS];
    uint32_t prev = QUOTH_TAG_START1, prev2 = QUOTH_TAG_START2;
    quoth_window_start(&win, words, n);
    for (size_t i = 0; i < n; i++) {
        quoth_window_advance(&win, i);
        uint32_t guess = quoth_lexicon_get(&et->model.dict, quoth_window_at(&win, i, 0)->word);
        if (guess) {
            guess--;
        } else {
            size_t nf = quoth_entity_features(&win, pos, n, i, prev, prev2, feats);
            quoth_linear_trainer_score(et->lin, feats, nf, scores);
            guess = quoth_train_argmax(scores, QUOTH_ENT_LABELS);
            if (guess != gold[i]) {
                int rc = quoth_linear_trainer_update(et->lin, feats, nf, gold[i], 1.0f);
                if (rc == QUOTH_OK) rc = quoth_linear_trainer_update(et->lin, feats, nf, guess, -1.0f);
                if (rc != QUOTH_OK) return rc;
            }
            quoth_linear_trainer_tick(et->lin);
        }
        et->correct += guess == gold[i];
        et->total++;
        prev2 = prev;
        prev = guess;
    }
    return QUOTH_OK;
}

static int train_epoch(ent_trainer *et, const ent_data *d, size_t *order, uint64_t *rng) {
    const quoth_corpus *c = d->c;
    quoth_train_shuffle(order, c->n_sents, rng);
    et->correct = et->total = 0;
    for (size_t k = 0; k < c->n_sents; k++) {
        size_t s = order[k], start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        int rc = train_sentence(et, c->words + start, d->pos + start, d->gold + start, n);
        if (rc != QUOTH_OK) return rc;
    }
    return QUOTH_OK;
}

static void log_epoch(FILE *log, int epoch, const ent_trainer *et, const quoth_entity_scores *dev,
                      size_t weight_bytes, double seconds) {
    if (!log) return;
    fprintf(log, "entity epoch %d: train %.2f%%", epoch, 100.0 * ratio(et->correct, et->total));
    if (dev)
        fprintf(log, ", dev %.2f%% (F1 per token / per span: PER %.1f/%.1f ORG %.1f/%.1f LOC %.1f/%.1f)",
                100 * dev->accuracy, 100 * dev->f1[1], 100 * dev->span_f1[1], 100 * dev->f1[2],
                100 * dev->span_f1[2], 100 * dev->f1[3], 100 * dev->span_f1[3]);
    fprintf(log, ", weights %.2f MB, %.1f s\n", (double)weight_bytes / 1e6, seconds);
    fflush(log);
}

typedef struct ent_sections {
    void *labels, *dict, *weights;
    size_t labels_size, dict_size, weights_size;
} ent_sections;

static int make_labels_section(const quoth_pos_model *pos, ent_sections *sec) {
    unsigned char *buf = calloc(1, 24);
    if (!buf) return QUOTH_ERR_NOMEM;
    uint32_t header[4] = {LABELS_MAGIC, QUOTH_WORDFEAT_VERSION, QUOTH_ENT_LABELS, 0};
    uint64_t fingerprint = quoth_entity_tagset_fingerprint(pos);
    memcpy(buf, header, sizeof header);
    memcpy(buf + 16, &fingerprint, sizeof fingerprint);
    sec->labels = buf;
    sec->labels_size = 24;
    return QUOTH_OK;
}

static int run_epochs(ent_trainer *et, const ent_data *train, const ent_data *dev,
                      const quoth_entity_train_options *o, FILE *log, ent_sections *sec) {
    size_t n_sents = train->c->n_sents;
    size_t *order = malloc((n_sents ? n_sents : 1) * sizeof *order);
    if (!order) return QUOTH_ERR_NOMEM;
    for (size_t s = 0; s < n_sents; s++) order[s] = s;
    uint64_t rng = o->seed;
    int rc = QUOTH_OK;
    for (int epoch = 1; rc == QUOTH_OK && epoch <= o->epochs; epoch++) {
        double t0 = quoth_train_seconds();
        quoth_entity_scores scores;
        rc = train_epoch(et, train, order, &rng);
        free(sec->weights);
        sec->weights = NULL;
        if (rc == QUOTH_OK) rc = quoth_linear_trainer_finalize(et->lin, &o->prune, &sec->weights, &sec->weights_size);
        if (rc == QUOTH_OK) rc = quoth_linear_load(sec->weights, sec->weights_size, &et->model.weights);
        if (rc == QUOTH_OK) quoth_entity_model_sum_label_rows(&et->model);
        if (rc == QUOTH_OK && dev) rc = evaluate_data(&et->model, dev, &scores);
        if (rc == QUOTH_OK)
            log_epoch(log, epoch, et, dev ? &scores : NULL, sec->weights_size, quoth_train_seconds() - t0);
    }
    free(order);
    return rc;
}

static int train_on(const ent_data *train, const ent_data *dev, const quoth_pos_model *pos,
                    const quoth_entity_train_options *o, FILE *log, quoth_mf_writer *out) {
    ent_trainer et;
    ent_sections sec;
    memset(&et, 0, sizeof et);
    memset(&sec, 0, sizeof sec);
    const quoth_corpus *c = train->c;
    int rc = make_labels_section(pos, &sec);
    if (rc == QUOTH_OK)
        rc = quoth_train_dict(c->words, train->gold, c->n_tokens, o->dict_min_count, o->dict_min_share, NULL, 0,
                              &sec.dict, &sec.dict_size);
    if (rc == QUOTH_OK) rc = quoth_lexicon_load(sec.dict, sec.dict_size, &et.model.dict);
    if (rc == QUOTH_OK && !(et.lin = quoth_linear_trainer_new(QUOTH_ENT_LABELS))) rc = QUOTH_ERR_NOMEM;
    if (rc == QUOTH_OK) rc = run_epochs(&et, train, dev, o, log, &sec);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "ent.labels", sec.labels, sec.labels_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "ent.weights", sec.weights, sec.weights_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "ent.dict", sec.dict, sec.dict_size);
    quoth_linear_trainer_free(et.lin);
    free(sec.labels);
    free(sec.dict);
    free(sec.weights);
    return rc;
}

int quoth_entity_train(const char *train_path, const char *dev_path, const quoth_pos_model *pos,
                       const quoth_entity_train_options *options, FILE *log, quoth_mf_writer *out) {
    if (!train_path || !pos || !out) return QUOTH_ERR_INVALID;
    quoth_entity_train_options o = options ? *options : quoth_entity_train_defaults();
    if (o.epochs < 1) return QUOTH_ERR_INVALID;
    quoth_corpus train, dev;
    ent_data train_data, dev_data;
    memset(&dev, 0, sizeof dev);
    memset(&train_data, 0, sizeof train_data);
    memset(&dev_data, 0, sizeof dev_data);
    int rc = quoth_corpus_read(train_path, &train);
    if (rc != QUOTH_OK) return rc;
    if (dev_path) rc = quoth_corpus_read(dev_path, &dev);
    if (rc == QUOTH_OK) rc = ent_data_make(&train, pos, &train_data);
    if (rc == QUOTH_OK && dev_path) rc = ent_data_make(&dev, pos, &dev_data);
    if (rc == QUOTH_OK) rc = train_on(&train_data, dev_path ? &dev_data : NULL, pos, &o, log, out);
    ent_data_free(&train_data);
    ent_data_free(&dev_data);
    quoth_corpus_free(&train);
    quoth_corpus_free(&dev);
    return rc;
}
