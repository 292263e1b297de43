/*
 * train.c - quoth_train(): a whole model from an annotated corpus.
 *
 * The taggers come first (part of speech, entities), learned from the
 * corpus's CoreNLP analysis when it ships one, or taken from a base model;
 * then the attribution tagger learns on text analysed by those taggers,
 * which is what it will see at run time. Everything is seeded, so the same
 * corpus and seed give the same model file, byte for byte.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "attrib/calibration.h"
#include "attrib/engine.h"
#include "attrib/learned_train.h"
#include "attrib/score.h"
#include "io/brat.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/model.h"
#include "tag/model_file.h"
#include "tag/parser.h"
#include "tag/pos.h"

void quoth_train_defaults(quoth_train_options *o) {
    memset(o, 0, sizeof *o);
    o->epochs = 14;
    o->tagger_epochs = 8;
    o->seed = 20261124;
    o->min_weight = 8.0f;
}

static int file_exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Copies every section of `mf` whose name does not start with `skip`. */
static int copy_sections(const quoth_mf *mf, const char *skip, quoth_mf_writer *w) {
    for (uint32_t i = 0; i < mf->n_sections; i++) {
        const char *name;
        const void *data;
        size_t size;
        int rc = quoth_mf_section_at(mf, i, &name, &data, &size);
        if (!rc && strncmp(name, skip, strlen(skip)) != 0) rc = quoth_mf_writer_add(w, name, data, size);
        if (rc) return rc;
    }
    return 0;
}

/* The sections of `w` as a loaded model. */
static int model_of(const quoth_mf_writer *w, quoth_model **out) {
    void *data;
    size_t size;
    int rc = quoth_mf_writer_write_memory(w, &data, &size);
    if (rc) return rc;
    rc = quoth_model_load_memory(data, size, out);
    free(data);
    return rc;
}

/* Part-of-speech and entity taggers and (when asked for) the dependency
 * parser, from CoreNLP's analysis of the corpus. */
static int learn_taggers(const char *train_tsv, const char *dev_tsv, const quoth_train_options *o,
                         FILE *log, quoth_mf_writer *w) {
    quoth_pos_train_options po = quoth_pos_train_defaults();
    po.epochs = o->tagger_epochs;
    po.seed = o->seed;
    if (log) fprintf(log, "part-of-speech tagger from %s\n", train_tsv);
    int rc = quoth_pos_train(train_tsv, dev_tsv, &po, log, w);
    void *data = NULL;
    size_t size;
    quoth_mf mf;
    quoth_pos_model pos;
    if (!rc) rc = quoth_mf_writer_write_memory(w, &data, &size);
    if (!rc) rc = quoth_mf_open(data, size, &mf);
    if (!rc) rc = quoth_pos_model_load(&mf, &pos);
    quoth_entity_train_options eo = quoth_entity_train_defaults();
    eo.epochs = o->tagger_epochs;
    eo.seed = o->seed;
    if (!rc && log) fprintf(log, "entity tagger from %s\n", train_tsv);
    if (!rc) rc = quoth_entity_train(train_tsv, dev_tsv, &pos, &eo, log, w);
    quoth_parser_train_options dep = quoth_parser_train_defaults();
    dep.seed = o->seed;
    if (!rc && o->parser && log) fprintf(log, "dependency parser from %s\n", train_tsv);
    if (!rc && o->parser) rc = quoth_parser_train(train_tsv, dev_tsv, &pos, &dep, log, w);
    free(data);
    return rc;
}

/* The taggers of a base model (a file, or the built-in one). */
static int copy_taggers(const char *base, quoth_mf_writer *w) {
    void *data = NULL;
    size_t size;
    quoth_mf mf;
    int rc;
    if (base) {
        rc = quoth_mf_read_file(base, &data, &size);
        if (!rc) rc = quoth_mf_open(data, size, &mf);
    } else {
        quoth_model *m;
        rc = quoth_model_load_default(&m);
        if (rc) return rc;
        if (!m->size) rc = QUOTH_ERR_MODEL; /* nothing to start from */
        if (!rc) rc = quoth_mf_open(m->data, m->size, &mf);
        if (!rc) rc = copy_sections(&mf, "attrib.", w);
        quoth_model_free(m);
        return rc;
    }
    if (!rc) rc = copy_sections(&mf, "attrib.", w);
    free(data);
    return rc;
}

/* Gold spans in bytes, as the trainer wants them. */
static int examples_of(const quoth_brat_corpus *c, quoth_attrib_example **out, quoth_gold_span **spans_out) {
    size_t total = 0;
    for (size_t d = 0; d < c->n; d++)
        for (size_t k = 0; k < c->docs[d].gold.n; k++) {
            const quoth_eval_attr *a = &c->docs[d].gold.items[k];
            total += a->n_contents + a->n_sources + a->n_cue;
        }
    quoth_attrib_example *ex = calloc(c->n ? c->n : 1, sizeof *ex);
    quoth_gold_span *spans = malloc((total ? total : 1) * sizeof *spans);
    if (!ex || !spans) {
        free(ex);
        free(spans);
        return QUOTH_ERR_NOMEM;
    }
    size_t at = 0;
    for (size_t d = 0; d < c->n; d++) {
        const quoth_brat_doc *doc = &c->docs[d];
        ex[d] = (quoth_attrib_example){doc->text, doc->len, spans + at, 0};
        for (size_t k = 0; k < doc->gold.n; k++) {
            const quoth_eval_attr *a = &doc->gold.items[k];
            const struct {
                const quoth_eval_span *s;
                size_t n;
                uint8_t role;
            } parts[3] = {{a->sources, a->n_sources, 1}, {a->cue, a->n_cue, 2}, {a->contents, a->n_contents, 3}};
            for (int p = 0; p < 3; p++)
                for (size_t i = 0; i < parts[p].n; i++)
                    spans[at++] = (quoth_gold_span){(uint32_t)quoth_brat_doc_byte(doc, parts[p].s[i].start),
                                                    (uint32_t)quoth_brat_doc_byte(doc, parts[p].s[i].end),
                                                    parts[p].role};
        }
        ex[d].n_spans = (size_t)(spans + at - ex[d].spans);
    }
    *out = ex;
    *spans_out = spans;
    return 0;
}

typedef struct epoch_context {
    const quoth_mf_writer *taggers;
    const quoth_brat_corpus *dev;
    FILE *log;
} epoch_context;

/* After each epoch: the model so far, scored on dev like `quoth eval`. */
static int score_epoch(void *ctx, int epoch, const quoth_mf_writer *sections) {
    epoch_context *ec = ctx;
    if (!ec->dev || !ec->log) return 0;
    quoth_mf_writer *w = quoth_mf_writer_new();
    void *data = NULL;
    size_t size;
    quoth_mf mf;
    int rc = w ? quoth_mf_writer_write_memory(ec->taggers, &data, &size) : QUOTH_ERR_NOMEM;
    if (!rc) rc = quoth_mf_open(data, size, &mf);
    if (!rc) rc = copy_sections(&mf, "attrib.", w);
    free(data);
    data = NULL;
    if (!rc) rc = quoth_mf_writer_write_memory(sections, &data, &size);
    if (!rc) rc = quoth_mf_open(data, size, &mf);
    if (!rc) rc = copy_sections(&mf, "-", w);
    quoth_model *m = NULL;
    if (!rc) rc = model_of(w, &m);
    quoth_engine *e = m ? quoth_engine_new(m, 0) : NULL;
    if (!rc && !e) rc = QUOTH_ERR_NOMEM;
    quoth_eval_report r;
    size_t failed = 0;
    if (!rc) rc = quoth_score_engine(ec->dev, e, &r, &failed);
    /* the figures are a report: training goes on without them, but says so */
    if (rc)
        fprintf(ec->log, "epoch %d dev: not scored (%s)\n", epoch, quoth_status_string(rc));
    else
        fprintf(ec->log,
                "epoch %d dev: who-said-what F1=%.3f content-overlap F1=%.3f content-exact F1=%.3f "
                "source-exact F1=%.3f cue-exact F1=%.3f direct-who-said-what F1=%.3f\n",
                epoch, r.all.who_said_what.f1, r.all.content_overlap.f1, r.all.content_exact.f1,
                r.all.source_exact.f1, r.all.cue_exact.f1, r.direct.who_said_what.f1);
    quoth_engine_free(e);
    quoth_model_free(m);
    quoth_mf_writer_free(w);
    free(data);
    return 0;
}

/* Adds the samples of one dev article: each quote the engine finds, with
 * its origin, its cue's margin and whether it is right. The quotes are
 * the engine's attributions, in order (engine.c, build_output). An article
 * the engine fails on gives none. */
static int sample_article(quoth_engine *e, const quoth_brat_doc *d, quoth_calibration_sample **samples,
                          size_t *n, size_t *cap) {
    const quoth_doc *doc;
    if (quoth_extract(e, d->text, d->len, &doc) != 0) return 0;
    size_t count = quoth_doc_quote_count(doc);
    if (*n + count > *cap) {
        size_t grown = 2 * (*n + count) + 64;
        quoth_calibration_sample *s = realloc(*samples, grown * sizeof *s);
        if (!s) return QUOTH_ERR_NOMEM;
        *samples = s;
        *cap = grown;
    }
    unsigned char *hit = malloc(count + 1);
    int rc = hit ? quoth_score_hits(d, doc, hit) : QUOTH_ERR_NOMEM;
    for (size_t k = 0; !rc && k < count; k++) {
        const quoth_attribution *a = &e->attributions.a[k];
        (*samples)[(*n)++] = (quoth_calibration_sample){a->origin, hit[k], a->margin};
    }
    free(hit);
    return rc;
}

static void print_calibration(FILE *log, const quoth_calibration *c, size_t n) {
    fprintf(log, "calibration on dev (%zu attributions): rules' direct quotes %.3f, rules' others %.3f; "
                 "tagger's by cue margin:", n, c->rule_direct / 1000.0, c->rule_other / 1000.0);
    for (uint32_t b = 0; b < c->n_bins; b++) {
        if (b + 1 < c->n_bins) fprintf(log, " <=%d %.3f,", (int)c->upper[b], c->model[b] / 1000.0);
        else fprintf(log, " above %.3f\n", c->model[b] / 1000.0);
    }
}

/* The finished model's confidences, from what it gets right on dev
 * (calibration.h): one more extraction of every dev article. */
static int calibrate(const quoth_brat_corpus *dev, FILE *log, quoth_mf_writer *w) {
    quoth_model *m = NULL;
    quoth_engine *e = NULL;
    quoth_calibration_sample *samples = NULL;
    size_t n = 0, cap = 0;
    int rc = model_of(w, &m);
    if (!rc && !(e = quoth_engine_new(m, 0))) rc = QUOTH_ERR_NOMEM;
    for (size_t d = 0; !rc && d < dev->n; d++) rc = sample_article(e, &dev->docs[d], &samples, &n, &cap);
    quoth_calibration c;
    if (!rc && n) { /* no attribution at all on dev: nothing to learn from */
        rc = quoth_calibration_fit(samples, n, &c);
        if (!rc) rc = quoth_calibration_write(&c, w);
        if (!rc && log) print_calibration(log, &c, n);
    }
    free(samples);
    quoth_engine_free(e);
    quoth_model_free(m);
    return rc;
}

static const char *plural(size_t n) { return n == 1 ? "" : "s"; }

/* What a corpus gave, and what of it was skipped: a user who trains on
 * their own annotations learns here that half their files lacked an .ann
 * or that offsets fell outside the texts, not from the figures later; then
 * each file and line concerned (the first few of each kind). */
static void report_corpus(FILE *log, const char *role, const char *dir, const quoth_brat_corpus *c) {
    if (!log) return;
    fprintf(log, "%s %s: %zu annotated document%s, %zu attribution%s", role, dir, c->n, plural(c->n),
            c->attributions, plural(c->attributions));
    if (c->skipped) fprintf(log, "; %zu text%s without an .ann file skipped", c->skipped, plural(c->skipped));
    if (c->skipped_lines)
        fprintf(log, "; %zu annotation line%s skipped, as score.py skips them (unreadable, offsets outside "
                     "the text, an attribution without a content)", c->skipped_lines, plural(c->skipped_lines));
    fputc('\n', log);
    quoth_brat_notes_print(log, "  warning: ", dir, &c->notes);
}

/* The training and dev corpora, read and reported before anything is
 * learned: a corpus (or a dev folder) with no attribution is refused at
 * once, not after the taggers have been trained. Every refusal is said on
 * `log`, so that the caller need not say "invalid argument" after it. */
static int load_corpora(const quoth_train_options *o, FILE *log, quoth_brat_corpus **corpus, quoth_brat_corpus **dev) {
    int rc = quoth_brat_corpus_load(o->corpus, corpus);
    if (!rc && o->dev) rc = quoth_brat_corpus_load(o->dev, dev);
    if (rc) return rc;
    report_corpus(log, "corpus", o->corpus, *corpus);
    if (*dev) report_corpus(log, "dev", o->dev, *dev);
    /* a model learned from nothing would tag nothing, and say so only in use */
    if (!(*corpus)->attributions) {
        if (log) fprintf(log, "quoth train: %s holds no attribution to learn from\n", o->corpus);
        return QUOTH_ERR_INVALID;
    }
    /* dev figures of nothing would read 0.000 every epoch, and no confidences */
    if (*dev && !(*dev)->attributions) {
        if (log) fprintf(log, "quoth train: --dev %s holds no attribution to score\n", o->dev);
        return QUOTH_ERR_INVALID;
    }
    return 0;
}

static int learn_attribution(const quoth_train_options *o, const quoth_brat_corpus *corpus,
                             const quoth_brat_corpus *dev, FILE *log, quoth_mf_writer *w) {
    quoth_model *base = NULL;
    quoth_attrib_example *ex = NULL;
    quoth_gold_span *spans = NULL;
    int rc = model_of(w, &base);
    if (!rc) rc = examples_of(corpus, &ex, &spans);
    quoth_attrib_train_options ao = quoth_attrib_train_defaults();
    ao.epochs = o->epochs;
    ao.seed = o->seed;
    ao.min_weight = o->min_weight;
    epoch_context ec = {w, dev, log};
    if (!rc) rc = quoth_attrib_train(base, ex, corpus->n, &ao, log, score_epoch, &ec, w);
    if (!rc && dev) rc = calibrate(dev, log, w);
    free(ex);
    free(spans);
    quoth_model_free(base);
    return rc;
}

int quoth_train(const quoth_train_options *o, FILE *log) {
    if (!o || !o->corpus || !o->output || o->epochs < 1 || o->tagger_epochs < 1) return QUOTH_ERR_INVALID;
    char train_tsv[4096], dev_tsv[4096];
    snprintf(train_tsv, sizeof train_tsv, "%s/corenlp-tokens.tsv.gz", o->corpus);
    snprintf(dev_tsv, sizeof dev_tsv, "%s/corenlp-tokens.tsv.gz", o->dev ? o->dev : "");
    /* a model without the parser it was asked for would be a quiet surprise */
    if (o->parser && !file_exists(train_tsv)) {
        if (log) fprintf(log, "quoth train: the parser learns from %s, and there is none\n", train_tsv);
        return QUOTH_ERR_INVALID;
    }
    quoth_brat_corpus *corpus = NULL, *dev = NULL;
    int rc = load_corpora(o, log, &corpus, &dev);
    quoth_mf_writer *w = rc ? NULL : quoth_mf_writer_new();
    if (!rc && !w) rc = QUOTH_ERR_NOMEM;
    if (!rc && file_exists(train_tsv))
        rc = learn_taggers(train_tsv, o->dev && file_exists(dev_tsv) ? dev_tsv : NULL, o, log, w);
    else if (!rc)
        rc = copy_taggers(o->base_model, w);
    if (!rc) rc = learn_attribution(o, corpus, dev, log, w);
    if (!rc) rc = quoth_mf_writer_write_file(w, o->output);
    quoth_mf_writer_free(w);
    quoth_brat_corpus_free(corpus);
    quoth_brat_corpus_free(dev);
    return rc;
}
