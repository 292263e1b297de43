/*
 * pos_bench - trains the taggers, writes a model file, reloads it and
 * measures agreement with CoreNLP on dev and tagging speed.
 *
 *   build/bench/pos_bench TRAIN.tsv.gz DEV.tsv.gz OUT.qm [epochs [seed]]
 *
 * With QUOTH_BENCH_LOAD=1 the training is skipped and OUT.qm is only loaded
 * and measured (for profiling the tagger alone under callgrind);
 * QUOTH_BENCH_REPS sets the passes over dev per timing run (10),
 * QUOTH_BENCH_NO_ENTITY=1 trains the POS tagger only, and QUOTH_POS_DICT_SHARE,
 * QUOTH_POS_DICT_COUNT, QUOTH_POS_MIN_UPDATES, QUOTH_POS_MIN_WEIGHT override
 * the POS training options.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quoth.h"
#include "tag/corpus.h"
#include "tag/entity.h"
#include "tag/model_file.h"
#include "tag/pos.h"

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The entity tagger learns from the POS tags of the model just trained. */
static int train_entity(const char *train_path, const char *dev_path, quoth_mf_writer *w) {
    void *data;
    size_t size;
    quoth_mf mf;
    quoth_pos_model pos;
    int rc = quoth_mf_writer_write_memory(w, &data, &size);
    if (rc != QUOTH_OK) return rc;
    rc = quoth_mf_open(data, size, &mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&mf, &pos);
    double t0 = seconds_now();
    if (rc == QUOTH_OK) rc = quoth_entity_train(train_path, dev_path, &pos, NULL, stdout, w);
    printf("entity training: %.1f s\n", seconds_now() - t0);
    free(data);
    return rc;
}

static int train(const char *train_path, const char *dev_path, const char *out_path, int epochs,
                 uint64_t seed) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    if (!w) return QUOTH_ERR_NOMEM;
    quoth_pos_train_options o = quoth_pos_train_defaults();
    if (epochs > 0) o.epochs = epochs;
    o.seed = seed;
    /* Tuning knobs, so that trade-offs can be tried without recompiling. */
    if (getenv("QUOTH_POS_DICT_SHARE")) o.dict_min_share = atof(getenv("QUOTH_POS_DICT_SHARE"));
    if (getenv("QUOTH_POS_DICT_COUNT")) o.dict_min_count = (uint32_t)atoi(getenv("QUOTH_POS_DICT_COUNT"));
    if (getenv("QUOTH_POS_MIN_UPDATES")) o.prune.min_updates = (uint32_t)atoi(getenv("QUOTH_POS_MIN_UPDATES"));
    if (getenv("QUOTH_POS_MIN_WEIGHT")) o.prune.min_weight = (float)atof(getenv("QUOTH_POS_MIN_WEIGHT"));
    double t0 = seconds_now();
    int rc = quoth_pos_train(train_path, dev_path, &o, stdout, w);
    printf("pos training: %.1f s\n", seconds_now() - t0);
    if (rc == QUOTH_OK && !getenv("QUOTH_BENCH_NO_ENTITY")) rc = train_entity(train_path, dev_path, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_file(w, out_path);
    quoth_mf_writer_free(w);
    return rc;
}

static void list_sections(const quoth_mf *mf) {
    for (uint32_t i = 0; i < mf->n_sections; i++) {
        const char *name;
        size_t size;
        quoth_mf_section_at(mf, i, &name, NULL, &size);
        printf("  section %-12s %10zu bytes\n", name, size);
    }
}

/* Tags every dev sentence `reps` times; returns ns per token. */
static double time_tagging(const quoth_pos_model *m, const quoth_corpus *dev, int reps) {
    uint8_t *tags = malloc(dev->longest_sent ? dev->longest_sent : 1);
    if (!tags) return -1.0;
    unsigned sink = 0;
    double t0 = seconds_now();
    for (int r = 0; r < reps; r++) {
        for (size_t s = 0; s < dev->n_sents; s++) {
            size_t start = dev->sent_start[s], n = dev->sent_start[s + 1] - start;
            quoth_pos_tag(m, dev->words + start, n, tags);
            sink += tags[0];
        }
    }
    double elapsed = seconds_now() - t0;
    free(tags);
    if (sink == 1u) printf(" ");
    return elapsed * 1e9 / ((double)reps * (double)dev->n_tokens);
}

/* Labels every dev sentence `reps` times, POS tags given; ns per token. */
static double time_entity(const quoth_entity_model *ent, const quoth_corpus *dev, const uint8_t *pos,
                          int reps) {
    uint8_t *labels = malloc(dev->longest_sent ? dev->longest_sent : 1);
    if (!labels) return -1.0;
    unsigned sink = 0;
    double t0 = seconds_now();
    for (int r = 0; r < reps; r++) {
        for (size_t s = 0; s < dev->n_sents; s++) {
            size_t start = dev->sent_start[s], n = dev->sent_start[s + 1] - start;
            quoth_entity_tag(ent, dev->words + start, pos + start, n, labels);
            sink += labels[0];
        }
    }
    double elapsed = seconds_now() - t0;
    free(labels);
    if (sink == 1u) printf(" ");
    return elapsed * 1e9 / ((double)reps * (double)dev->n_tokens);
}

static void measure_entity(const quoth_entity_model *ent, const quoth_pos_model *m,
                           const quoth_corpus *dev, int reps) {
    quoth_entity_scores sc;
    if (quoth_entity_evaluate(ent, m, dev, &sc) != QUOTH_OK) return;
    printf("entity dev: token accuracy %.2f%%\n", 100 * sc.accuracy);
    for (uint32_t l = 1; l < QUOTH_ENT_LABELS; l++)
        printf("  %-12s token P %.1f R %.1f F1 %.1f, span F1 %.1f\n", quoth_entity_label_name(l),
               100 * sc.precision[l], 100 * sc.recall[l], 100 * sc.f1[l], 100 * sc.span_f1[l]);
    uint8_t *pos = malloc(dev->n_tokens ? dev->n_tokens : 1);
    if (!pos) return;
    for (size_t s = 0; s < dev->n_sents; s++) {
        size_t start = dev->sent_start[s];
        quoth_pos_tag(m, dev->words + start, dev->sent_start[s + 1] - start, pos + start);
    }
    double best = 1e30;
    for (int k = 0; k < 5; k++) {
        double ns = time_entity(ent, dev, pos, reps);
        if (ns < best) best = ns;
    }
    printf("entity speed: %.1f ns/token (POS tags given)\n", best);
    free(pos);
}

static int measure(const char *dev_path, const char *model_path, int reps) {
    quoth_corpus dev;
    int rc = quoth_corpus_read(dev_path, &dev);
    if (rc != QUOTH_OK) return rc;
    void *data = NULL;
    size_t size = 0;
    quoth_mf mf;
    quoth_pos_model m;
    double t0 = seconds_now();
    rc = quoth_mf_read_file(model_path, &data, &size);
    double t1 = seconds_now();
    if (rc == QUOTH_OK) rc = quoth_mf_open(data, size, &mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&mf, &m);
    double t2 = seconds_now();
    if (rc == QUOTH_OK) {
        printf("model %s: %zu bytes, read in %.2f ms, checked and loaded (POS) in %.2f ms\n", model_path,
               size, (t1 - t0) * 1e3, (t2 - t1) * 1e3);
        list_sections(&mf);
        double accuracy;
        quoth_pos_evaluate(&m, &dev, &accuracy);
        printf("pos dev agreement with CoreNLP: %.2f%% of %zu tokens\n", 100.0 * accuracy, dev.n_tokens);
        double best = 1e30;
        for (int k = 0; k < 5; k++) {
            double ns = time_tagging(&m, &dev, reps);
            if (ns < best) best = ns;
        }
        printf("pos speed: %.1f ns/token (best of 5 runs of %d passes over dev)\n", best, reps);
        quoth_entity_model ent;
        if (quoth_entity_model_load(&mf, &m, &ent) == QUOTH_OK) measure_entity(&ent, &m, &dev, reps);
    }
    free(data);
    quoth_corpus_free(&dev);
    return rc;
}

int main(int argc, char **argv) {
    if (argc < 4) {
        fprintf(stderr, "usage: %s TRAIN.tsv.gz DEV.tsv.gz OUT.qm [epochs [seed]]\n", argv[0]);
        return 2;
    }
    int epochs = argc > 4 ? atoi(argv[4]) : 0;
    uint64_t seed = argc > 5 ? strtoull(argv[5], NULL, 10) : 1;
    const char *load_only = getenv("QUOTH_BENCH_LOAD");
    int reps = getenv("QUOTH_BENCH_REPS") ? atoi(getenv("QUOTH_BENCH_REPS")) : 10;
    int rc = QUOTH_OK;
    if (!load_only || strcmp(load_only, "1") != 0) rc = train(argv[1], argv[2], argv[3], epochs, seed);
    if (rc == QUOTH_OK) rc = measure(argv[2], argv[3], reps > 0 ? reps : 1);
    if (rc != QUOTH_OK) {
        fprintf(stderr, "pos_bench: error %d\n", rc);
        return 1;
    }
    return 0;
}
