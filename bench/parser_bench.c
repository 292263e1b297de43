/*
 * parser_bench - trains the dependency parser on POS tags from a trained
 * tagger, writes a model file (the tagger's sections plus "dep.*"), reloads
 * it and measures agreement with CoreNLP's trees on dev and parsing speed.
 *
 *   build/bench/parser_bench POS_MODEL.qm TRAIN.tsv.gz DEV.tsv.gz OUT.qm
 *
 * POS_MODEL.qm comes from pos_bench. With QUOTH_BENCH_LOAD=1 training is
 * skipped and OUT.qm is only loaded and measured (for callgrind);
 * QUOTH_BENCH_REPS sets the passes over dev per timing run (10), and
 * QUOTH_DEP_EPOCHS, QUOTH_DEP_SEED, QUOTH_DEP_MIN_UPDATES,
 * QUOTH_DEP_MIN_WEIGHT, QUOTH_DEP_EXPLORE_FROM and QUOTH_DEP_EXPLORE_P
 * override the training options.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quoth.h"
#include "tag/model_file.h"
#include "tag/parser.h"
#include "tag/pos.h"

static double seconds_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* A model file read and opened, with its POS tagger. */
typedef struct loaded {
    void *data;
    size_t size;
    quoth_mf mf;
    quoth_pos_model pos;
} loaded;

static int load(const char *path, loaded *m) {
    memset(m, 0, sizeof *m);
    int rc = quoth_mf_read_file(path, &m->data, &m->size);
    if (rc == QUOTH_OK) rc = quoth_mf_open(m->data, m->size, &m->mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&m->mf, &m->pos);
    return rc;
}

static quoth_parser_train_options options_from_env(void) {
    quoth_parser_train_options o = quoth_parser_train_defaults();
    const char *v;
    if ((v = getenv("QUOTH_DEP_EPOCHS"))) o.epochs = atoi(v);
    if ((v = getenv("QUOTH_DEP_SEED"))) o.seed = strtoull(v, NULL, 10);
    if ((v = getenv("QUOTH_DEP_MIN_UPDATES"))) o.prune.min_updates = (uint32_t)atoi(v);
    if ((v = getenv("QUOTH_DEP_MIN_WEIGHT"))) o.prune.min_weight = (float)atof(v);
    if ((v = getenv("QUOTH_DEP_LABEL_MIN_UPDATES"))) o.label_prune.min_updates = (uint32_t)atoi(v);
    if ((v = getenv("QUOTH_DEP_LABEL_MIN_WEIGHT"))) o.label_prune.min_weight = (float)atof(v);
    if ((v = getenv("QUOTH_DEP_EXPLORE_FROM"))) o.explore_from = atoi(v);
    if ((v = getenv("QUOTH_DEP_EXPLORE_P"))) o.explore_p = atof(v);
    if ((v = getenv("QUOTH_DEP_FILE_TAGS"))) o.file_tags = atoi(v);
    return o;
}

/* Copies every section of the tagger's file but an old parser's. */
static int copy_sections(const quoth_mf *mf, quoth_mf_writer *w) {
    for (uint32_t i = 0; i < mf->n_sections; i++) {
        const char *name;
        const void *data;
        size_t size;
        int rc = quoth_mf_section_at(mf, i, &name, &data, &size);
        if (rc == QUOTH_OK && strncmp(name, "dep.", 4) != 0) rc = quoth_mf_writer_add(w, name, data, size);
        if (rc != QUOTH_OK) return rc;
    }
    return QUOTH_OK;
}

static int train(const char *pos_path, const char *train_path, const char *dev_path, const char *out_path) {
    loaded m;
    int rc = load(pos_path, &m);
    quoth_mf_writer *w = quoth_mf_writer_new();
    if (!w) rc = QUOTH_ERR_NOMEM;
    if (rc == QUOTH_OK) rc = copy_sections(&m.mf, w);
    quoth_parser_train_options o = options_from_env();
    double t0 = seconds_now();
    if (rc == QUOTH_OK) rc = quoth_parser_train(train_path, dev_path, &m.pos, &o, stdout, w);
    printf("parser training: %.1f s\n", seconds_now() - t0);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_file(w, out_path);
    quoth_mf_writer_free(w);
    free(m.data);
    return rc;
}

/* Parses every dev sentence `reps` times, tags given; ns per token. */
static double time_parsing(const quoth_parser *p, const quoth_corpus *c, const uint8_t *tags,
                           quoth_parse_ws *ws, int32_t *heads, uint8_t *rels, int reps) {
    unsigned sink = 0;
    double t0 = seconds_now();
    for (int r = 0; r < reps; r++) {
        for (size_t s = 0; s < c->n_sents; s++) {
            size_t start = c->sent_start[s], n = c->sent_start[s + 1] - start;
            quoth_parse(p, c->words + start, tags + start, n, ws, heads, rels);
            sink += (unsigned)heads[0];
        }
    }
    double elapsed = seconds_now() - t0;
    if (sink == 1u) printf(" ");
    return elapsed * 1e9 / ((double)reps * (double)c->n_tokens);
}

static void report_speed(const quoth_parser *p, const quoth_pos_model *pos, const quoth_corpus *c, int reps) {
    uint8_t *tags = malloc(c->n_tokens ? c->n_tokens : 1);
    size_t cap = c->longest_sent ? c->longest_sent : 1;
    int32_t *heads = malloc(cap * sizeof *heads);
    uint8_t *rels = malloc(cap);
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    if (tags && heads && rels) {
        for (size_t s = 0; s < c->n_sents; s++) {
            size_t start = c->sent_start[s];
            quoth_pos_tag(pos, c->words + start, c->sent_start[s + 1] - start, tags + start);
        }
        double best = 1e30;
        for (int k = 0; k < 5; k++) {
            double ns = time_parsing(p, c, tags, &ws, heads, rels, reps);
            if (ns < best) best = ns;
        }
        printf("parser speed: %.1f ns/token (POS tags given; best of 5 runs of %d passes over %zu dev tokens)\n",
               best, reps, c->n_tokens);
    }
    quoth_parse_ws_free(&ws);
    free(tags);
    free(heads);
    free(rels);
}

static int measure(const char *dev_path, const char *model_path, int reps) {
    quoth_treebank dev;
    int rc = quoth_treebank_read(dev_path, &dev);
    if (rc != QUOTH_OK) return rc;
    loaded m;
    quoth_parser p;
    double t0 = seconds_now();
    rc = load(model_path, &m);
    if (rc == QUOTH_OK) rc = quoth_parser_load(&m.mf, &m.pos, &p);
    double t1 = seconds_now();
    if (rc == QUOTH_OK) {
        const void *data;
        size_t moves, rels;
        quoth_mf_section(&m.mf, "dep.moves", &data, &moves);
        quoth_mf_section(&m.mf, "dep.rels", &data, &rels);
        printf("model %s: %zu bytes, dep.moves %zu bytes (%u features), dep.rels %zu bytes (%u features, "
               "%u labels), loaded in %.2f ms\n",
               model_path, m.size, moves, p.moves.n_features, rels, p.labels.n_features, p.n_labels,
               (t1 - t0) * 1e3);
        quoth_parser_scores sc;
        rc = quoth_parser_evaluate(&p, &m.pos, &dev, &sc);
        if (rc == QUOTH_OK)
            printf("parser dev (POS tags predicted): UAS %.2f LAS %.2f without punctuation (%zu tokens), "
                   "UAS %.2f LAS %.2f with (%zu), root %.2f\n",
                   100 * sc.uas, 100 * sc.las, sc.scored, 100 * sc.uas_all, 100 * sc.las_all, sc.tokens,
                   100 * sc.root_accuracy);
        if (rc == QUOTH_OK) report_speed(&p, &m.pos, &dev.corpus, reps);
    }
    free(m.data);
    quoth_treebank_free(&dev);
    return rc;
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: %s POS_MODEL.qm TRAIN.tsv.gz DEV.tsv.gz OUT.qm\n", argv[0]);
        return 2;
    }
    const char *load_only = getenv("QUOTH_BENCH_LOAD");
    int reps = getenv("QUOTH_BENCH_REPS") ? atoi(getenv("QUOTH_BENCH_REPS")) : 10;
    int rc = QUOTH_OK;
    if (!load_only || strcmp(load_only, "1") != 0) rc = train(argv[1], argv[2], argv[3], argv[4]);
    if (rc == QUOTH_OK) rc = measure(argv[3], argv[4], reps > 0 ? reps : 1);
    if (rc != QUOTH_OK) {
        fprintf(stderr, "parser_bench: error %d (%s)\n", rc, quoth_status_string(rc));
        return 1;
    }
    return 0;
}
