/*
 * learned_train.c - the structured perceptron for attribution labels.
 */
#include "attrib/learned_train.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/engine.h"
#include "attrib/learned.h"
#include "attrib/learned_features.h"
#include "tag/lexicon.h"
#include "tag/linear.h"
#include "tag/train_util.h"
#include "util/array.h"

typedef struct train_paragraph {
    size_t first, n; /* tokens of the training set */
} train_paragraph;

/* Every training token's features and gold label, paragraph by paragraph. */
typedef struct train_set {
    uint64_t *feats;  /* QUOTH_ATTRIB_MAX_FEATS per token */
    uint8_t *n_feats;
    uint8_t *gold;
    size_t n, cap;
    train_paragraph *para;
    size_t n_para, cap_para;
    size_t longest;   /* tokens of the longest paragraph */
    uint64_t *words;  /* every token's word (quoth_hash_lower), for "attrib.words" */
    size_t n_words, cap_words;
} train_set;

quoth_attrib_train_options quoth_attrib_train_defaults(void) {
    quoth_attrib_train_options o = {14, 20261124, 2, 0.0f};
    return o;
}

void quoth_attrib_meta(unsigned char meta[8]) {
    uint32_t version = QUOTH_ATTRIB_FEATURES_VERSION, labels = AL_COUNT;
    memcpy(meta, &version, 4);
    memcpy(meta + 4, &labels, 4);
}

static void train_set_free(train_set *s) {
    free(s->words);
    free(s->feats);
    free(s->n_feats);
    free(s->gold);
    free(s->para);
    memset(s, 0, sizeof *s);
}

/* Token labels from gold byte spans: B- on the first token of each span,
 * I- on the rest; a token keeps the first label it gets. */
static void gold_labels(const quoth_token_list *tl, const quoth_attrib_example *ex, uint8_t *labels) {
    assert(labels); /* room for tl->n + 1 labels, made even for no tokens */
    memset(labels, AL_O, tl->n);
    for (size_t k = 0; k < ex->n_spans; k++) {
        const quoth_gold_span *g = &ex->spans[k];
        uint8_t b = (uint8_t)(2 * g->role - 1);
        /* first token ending after the span's start */
        size_t lo = 0, hi = tl->n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (tl->tok[mid].end <= g->start) lo = mid + 1;
            else hi = mid;
        }
        int first = 1;
        for (size_t i = lo; i < tl->n && tl->tok[i].start < g->end; i++) {
            if (labels[i] == AL_O) labels[i] = first ? b : (uint8_t)(b + 1);
            first = 0;
        }
    }
}

/* A cue of one word is U-CUE (learned.h): B-CUE stays for the first word
 * of a longer one. */
static void mark_single_word_cues(uint8_t *labels, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (labels[i] == AL_B_CUE && (i + 1 == n || labels[i + 1] != AL_I_CUE)) labels[i] = AL_U_CUE;
}

static int add_example(quoth_engine *e, quoth_attrib_context *ctx, const quoth_lexicon *cue_rates,
                       const quoth_attrib_example *ex, uint8_t **labels, size_t *labels_cap,
                       train_set *s) {
    int rc = quoth_engine_analyze(e, ex->text, ex->len);
    if (!rc) rc = quoth_engine_apply_rules(e);
    if (!rc) rc = quoth_attrib_context_build(ctx, &e->tokens, e->roles, cue_rates);
    const quoth_token_list *tl = &e->tokens;
    if (!rc) rc = quoth_array_reserve((void **)labels, labels_cap, tl->n + 1, 1, 4096);
    if (!rc)
        rc = quoth_array_reserve((void **)&s->feats, &s->cap, s->n + tl->n,
                                 sizeof *s->feats * QUOTH_ATTRIB_MAX_FEATS, 4096);
    if (rc) return rc;
    /* the other arrays follow feats' capacity */
    if (quoth_array_resize((void **)&s->n_feats, s->cap, 1) || quoth_array_resize((void **)&s->gold, s->cap, 1))
        return QUOTH_ERR_NOMEM;
    if (QUOTH_RESERVE(s->words, s->cap_words, s->n_words + tl->n, 4096)) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < tl->n; i++) s->words[s->n_words++] = tl->tok[i].lower_hash;
    gold_labels(tl, ex, *labels);
    mark_single_word_cues(*labels, tl->n);
    for (size_t p = 0; p < tl->n_para; p++) {
        const quoth_paragraph *para = &tl->para[p];
        if (para->navigation || !para->n_tokens) continue;
        if (QUOTH_RESERVE(s->para, s->cap_para, s->n_para + 1, 4096)) return QUOTH_ERR_NOMEM;
        s->para[s->n_para++] = (train_paragraph){s->n, para->n_tokens};
        if (para->n_tokens > s->longest) s->longest = para->n_tokens;
        for (size_t i = para->first_token; i < para->first_token + para->n_tokens; i++) {
            s->n_feats[s->n] = (uint8_t)quoth_attrib_features(ctx, i, s->feats + s->n * QUOTH_ATTRIB_MAX_FEATS);
            s->gold[s->n] = (*labels)[i];
            s->n++;
        }
    }
    return 0;
}

/* The cue rates a training document's features see are learned from the
 * other documents only: from all of them, a word seen three times, each
 * time as a cue, would have a rate of 100% in exactly the documents that
 * made it, and the tagger would learn to trust rates more than they
 * deserve on text it has never seen (where a rare word's rate is a guess,
 * or unknown). So the documents fall into RATE_FOLDS folds, and a
 * document's rates come from the other folds; the model keeps the rates of
 * all documents. On PolNeAR dev, the mean of four seeds: +0.005
 * who-said-what and cue-exact F1 with 5 folds (4 folds: +0.000 cue exact,
 * 10: +0.004; the fold assignment is part of the noise). */
#define RATE_FOLDS 5u
#define RATE_TABLES (RATE_FOLDS + 1u) /* [0] every document, [1 + f] all but fold f */

/* A word (or pair) seen in training: whether it was part of a cue there,
 * and the fold of its document. */
typedef struct word_use {
    uint64_t hash;
    uint32_t cue;
    uint32_t fold;
} word_use;

static int by_hash(const void *a, const void *b) {
    uint64_t x = ((const word_use *)a)->hash, y = ((const word_use *)b)->hash;
    return x < y ? -1 : x > y;
}

/* Every word and pair of neighbouring words (quoth_attrib_pair_key) of the
 * examples, with whether it was (the pair: as a whole) part of a cue. */
static int collect_uses(quoth_engine *e, const quoth_attrib_example *ex, size_t n_ex, word_use **out,
                        size_t *n_out) {
    word_use *uses = NULL;
    size_t n = 0, cap = 0;
    uint8_t *labels = NULL;
    size_t labels_cap = 0;
    int rc = 0;
    for (size_t k = 0; k < n_ex && !rc; k++) {
        rc = quoth_engine_analyze(e, ex[k].text, ex[k].len);
        const quoth_token_list *tl = &e->tokens;
        if (!rc) rc = QUOTH_RESERVE(labels, labels_cap, tl->n + 1, 4096);
        if (!rc) rc = QUOTH_RESERVE(uses, cap, n + 2 * tl->n + 1, 4096); /* + 1: allocated, even for no tokens */
        if (rc) break;
        assert(uses); /* room for n + 2 * tl->n + 1 uses */
        gold_labels(tl, &ex[k], labels);
        uint32_t fold = (uint32_t)(k % RATE_FOLDS);
        for (size_t i = 0; i < tl->n; i++) {
            int cue = labels[i] == AL_B_CUE || labels[i] == AL_I_CUE;
            uses[n++] = (word_use){tl->tok[i].lower_hash, (uint32_t)cue, fold};
            /* the pair is a cue when both words are of one cue span */
            if (i + 1 < tl->n)
                uses[n++] = (word_use){quoth_attrib_pair_key(tl->tok[i].lower_hash, tl->tok[i + 1].lower_hash),
                                       cue && labels[i + 1] == AL_I_CUE, fold};
        }
    }
    free(labels);
    *out = uses;
    *n_out = n;
    return rc;
}

/* A word seen `seen` times, `cues` of them in a cue: its rate in tenths,
 * + 1; 0 (not kept) when seen fewer than three times. */
static uint32_t rate_entry(size_t cues, size_t seen) {
    return seen >= 3 ? (uint32_t)(1 + (10 * cues + seen / 2) / seen) : 0;
}

/* The entries of one word (uses[0..n), the same hash) in each table. */
static int add_word_rates(quoth_lexicon_builder *const b[RATE_TABLES], const word_use *uses, size_t n) {
    size_t cues = 0, seen_in[RATE_FOLDS] = {0}, cues_in[RATE_FOLDS] = {0};
    for (size_t k = 0; k < n; k++) {
        cues += uses[k].cue;
        seen_in[uses[k].fold]++;
        cues_in[uses[k].fold] += uses[k].cue;
    }
    int rc = 0;
    uint32_t v = rate_entry(cues, n);
    if (v) rc = quoth_lexicon_builder_add(b[0], uses[0].hash, v);
    for (unsigned f = 0; f < RATE_FOLDS && !rc; f++)
        if ((v = rate_entry(cues - cues_in[f], n - seen_in[f])) != 0)
            rc = quoth_lexicon_builder_add(b[1 + f], uses[0].hash, v);
    return rc;
}

/* Cue rates from the gold labels: for each word, and each pair of
 * neighbouring words, seen at least three times, how often (in tenths) it
 * was part of a cue, the pair as a whole one; value = rate + 1. One table
 * for every document and one for all but each fold. */
static int learn_cue_rates(quoth_engine *e, const quoth_attrib_example *ex, size_t n_ex,
                           void *blobs[RATE_TABLES], size_t sizes[RATE_TABLES]) {
    word_use *uses = NULL;
    size_t n = 0;
    quoth_lexicon_builder *b[RATE_TABLES] = {NULL};
    int rc = collect_uses(e, ex, n_ex, &uses, &n);
    for (unsigned t = 0; t < RATE_TABLES && !rc; t++)
        if (!(b[t] = quoth_lexicon_builder_new())) rc = QUOTH_ERR_NOMEM;
    if (!rc) qsort(uses, n, sizeof *uses, by_hash);
    for (size_t i = 0; i < n && !rc;) {
        size_t j = i;
        while (j < n && uses[j].hash == uses[i].hash) j++;
        rc = add_word_rates(b, uses + i, j - i);
        i = j;
    }
    for (unsigned t = 0; t < RATE_TABLES && !rc; t++) rc = quoth_lexicon_builder_serialize(b[t], 1, &blobs[t], &sizes[t]);
    for (unsigned t = 0; t < RATE_TABLES; t++) quoth_lexicon_builder_free(b[t]);
    free(uses);
    return rc;
}

/* The training set, each example's features made with the cue rates of
 * the other folds (rates[1 + its fold]). */
static int build_set(quoth_engine *e, const quoth_lexicon rates[RATE_TABLES], const quoth_attrib_example *ex,
                     size_t n, train_set *s) {
    quoth_attrib_context ctx;
    memset(&ctx, 0, sizeof ctx);
    uint8_t *labels = NULL;
    size_t labels_cap = 0;
    int rc = 0;
    for (size_t k = 0; k < n && !rc; k++)
        rc = add_example(e, &ctx, &rates[1 + k % RATE_FOLDS], &ex[k], &labels, &labels_cap, s);
    free(labels);
    quoth_attrib_context_free(&ctx);
    return rc;
}

/* Current (not averaged) transition weights as Viterbi wants them. */
static void current_transitions(const quoth_linear_trainer *t, int32_t trans[AL_COUNT + 1][AL_COUNT]) {
    for (unsigned prev = 0; prev <= AL_COUNT; prev++) {
        float row[AL_COUNT];
        uint64_t f = quoth_attrib_transition_feature(prev);
        quoth_linear_trainer_score(t, &f, 1, row);
        for (unsigned cur = 0; cur < AL_COUNT; cur++) {
            int ok = !(cur == AL_I_SOURCE || cur == AL_I_CUE || cur == AL_I_CONTENT) ||
                     prev == cur || prev == cur - 1;
            trans[prev][cur] = ok ? (int32_t)row[cur] : INT32_MIN / 4;
        }
    }
}

typedef struct scratch {
    int32_t *emit, *best;
    uint8_t *back, *guess;
} scratch;

/* One paragraph: decode with the current weights, and where the guess
 * differs from gold, reward gold's features and transitions and punish
 * the guess's. Returns the number of tokens labelled wrong. */
static size_t learn_paragraph(quoth_linear_trainer *t, const train_set *s, const train_paragraph *p,
                              scratch *w, int *rc) {
    int32_t trans[AL_COUNT + 1][AL_COUNT];
    current_transitions(t, trans);
    for (size_t k = 0; k < p->n; k++) {
        float row[AL_COUNT];
        size_t i = p->first + k;
        quoth_linear_trainer_score(t, s->feats + i * QUOTH_ATTRIB_MAX_FEATS, s->n_feats[i], row);
        for (unsigned c = 0; c < 8; c++) w->emit[8 * k + c] = c < AL_COUNT ? (int32_t)row[c] : 0;
    }
    quoth_viterbi(w->emit, trans, p->n, w->best, w->back, w->guess);
    size_t wrong = 0;
    const uint8_t *gold = s->gold + p->first;
    for (size_t k = 0; k < p->n && !*rc; k++) {
        unsigned g = gold[k], y = w->guess[k];
        unsigned gp = k ? gold[k - 1] : AL_COUNT, yp = k ? w->guess[k - 1] : AL_COUNT;
        if (g != y) {
            const uint64_t *f = s->feats + (p->first + k) * QUOTH_ATTRIB_MAX_FEATS;
            size_t nf = s->n_feats[p->first + k];
            *rc = quoth_linear_trainer_update(t, f, nf, g, 1.0f);
            if (!*rc) *rc = quoth_linear_trainer_update(t, f, nf, y, -1.0f);
            wrong++;
        }
        if ((g != y || gp != yp) && !*rc) {
            uint64_t fg = quoth_attrib_transition_feature(gp), fy = quoth_attrib_transition_feature(yp);
            *rc = quoth_linear_trainer_update(t, &fg, 1, g, 1.0f);
            if (!*rc) *rc = quoth_linear_trainer_update(t, &fy, 1, y, -1.0f);
        }
    }
    quoth_linear_trainer_tick(t);
    return wrong;
}

static int by_value(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The training words, sorted, each once: the list that each epoch's
 * "attrib.words" is chosen from. */
static void unique_words(train_set *s) {
    if (!s->n_words) return;
    qsort(s->words, s->n_words, sizeof *s->words, by_value);
    size_t kept = 1;
    for (size_t k = 1; k < s->n_words; k++)
        if (s->words[k] != s->words[kept - 1]) s->words[kept++] = s->words[k];
    s->n_words = kept;
}

/* The "attrib.words" section: the training words that have rows in
 * these weights (word_rows.h); then the tables that loading would make
 * from the weights, rates and words (quoth_attrib_add_derived()). */
static int add_words(quoth_mf_writer *out, const void *weights, size_t size, const void *rates, size_t rates_size,
                     const train_set *s) {
    quoth_linear lin;
    int rc = quoth_linear_load(weights, size, &lin);
    uint64_t *words = rc ? NULL : malloc((s->n_words ? s->n_words : 1) * sizeof *words);
    if (!rc && !words) rc = QUOTH_ERR_NOMEM;
    if (!rc) {
        memcpy(words, s->words, s->n_words * sizeof *words);
        size_t kept = quoth_word_rows_select(&lin, words, s->n_words);
        rc = quoth_mf_writer_add(out, "attrib.words", words, kept * sizeof *words);
        if (!rc) rc = quoth_attrib_add_derived(out, weights, size, rates, rates_size, words, kept);
    }
    free(words);
    return rc;
}

/* The tagger's sections: weights, meta, the cue rates, the words and the
 * tables made from them. */
static int add_sections(quoth_mf_writer *out, const void *weights, size_t size, const void *rates,
                        size_t rates_size, const train_set *s) {
    unsigned char meta[8];
    quoth_attrib_meta(meta);
    int rc = quoth_mf_writer_add(out, "attrib.weights", weights, size);
    if (!rc) rc = quoth_mf_writer_add(out, "attrib.meta", meta, sizeof meta);
    if (!rc) rc = quoth_mf_writer_add(out, "attrib.cuerate", rates, rates_size);
    if (!rc) rc = add_words(out, weights, size, rates, rates_size, s);
    return rc;
}

/* Finalizes the weights so far and hands them to the callback. */
/* How many features the pruning kept: a --min-weight too high for the
 * corpus leaves a tagger that tags nothing, which would otherwise show
 * only in use. None kept is refused (said on `log`). */
static int report_pruning(const quoth_linear_trainer *t, const void *blob, size_t size,
                          const quoth_attrib_train_options *o, FILE *log) {
    quoth_linear lin;
    int rc = quoth_linear_load(blob, size, &lin);
    if (rc) return rc;
    size_t learned = quoth_linear_trainer_feature_count(t);
    if (log)
        fprintf(log, "attribution tagger: %u of %zu features kept after pruning (weights below %g dropped)\n",
                lin.n_features, learned, (double)o->min_weight);
    if (lin.n_features) return 0;
    if (log) fprintf(log, "quoth train: pruning left the attribution tagger no weight: lower --min-weight\n");
    return QUOTH_ERR_INVALID;
}

static int report_epoch(const quoth_linear_trainer *t, const train_set *s, const quoth_linear_prune *prune,
                        int epoch, const void *rates, size_t rates_size, quoth_attrib_epoch_fn on_epoch,
                        void *epoch_ctx, int *stop) {
    void *blob;
    size_t size;
    int rc = quoth_linear_trainer_finalize(t, prune, &blob, &size);
    if (rc) return rc;
    quoth_mf_writer *w = quoth_mf_writer_new();
    rc = w ? add_sections(w, blob, size, rates, rates_size, s) : QUOTH_ERR_NOMEM;
    if (!rc) *stop = on_epoch(epoch_ctx, epoch, w);
    quoth_mf_writer_free(w);
    free(blob);
    return rc;
}

static int run_epochs(quoth_linear_trainer *t, const train_set *s, const quoth_attrib_train_options *o,
                      const void *rates, size_t rates_size, FILE *log, quoth_attrib_epoch_fn on_epoch,
                      void *epoch_ctx) {
    size_t *order = malloc(s->n_para * sizeof *order);
    scratch w = {malloc(8 * s->longest * sizeof(int32_t)), malloc(8 * s->longest * sizeof(int32_t)),
                 malloc(8 * s->longest), malloc(s->longest)};
    int rc = order && w.emit && w.best && w.back && w.guess ? 0 : QUOTH_ERR_NOMEM;
    uint64_t state = o->seed;
    quoth_linear_prune prune = {o->min_weight, o->min_updates};
    int stop = 0;
    for (int epoch = 1; epoch <= o->epochs && !rc && !stop; epoch++) {
        double t0 = quoth_train_seconds();
        for (size_t k = 0; k < s->n_para; k++) order[k] = k;
        quoth_train_shuffle(order, s->n_para, &state);
        size_t wrong = 0;
        for (size_t k = 0; k < s->n_para && !rc; k++) wrong += learn_paragraph(t, s, &s->para[order[k]], &w, &rc);
        if (log)
            fprintf(log, "epoch %d: %.2f%% of training tokens labelled right, %zu features, %.1f s\n", epoch,
                    s->n ? 100.0 * (1.0 - (double)wrong / (double)s->n) : 0.0,
                    quoth_linear_trainer_feature_count(t), quoth_train_seconds() - t0);
        if (!rc && on_epoch) rc = report_epoch(t, s, &prune, epoch, rates, rates_size, on_epoch, epoch_ctx, &stop);
    }
    free(order);
    free(w.emit);
    free(w.best);
    free(w.back);
    free(w.guess);
    return rc;
}

int quoth_attrib_train(const quoth_model *base, const quoth_attrib_example *examples, size_t n,
                       const quoth_attrib_train_options *o, FILE *log, quoth_attrib_epoch_fn on_epoch,
                       void *epoch_ctx, quoth_mf_writer *out) {
    train_set s;
    memset(&s, 0, sizeof s);
    double t0 = quoth_train_seconds();
    quoth_engine *e = quoth_engine_new(base, QUOTH_RULES_ONLY);
    void *blobs[RATE_TABLES] = {NULL};
    size_t sizes[RATE_TABLES] = {0};
    quoth_lexicon tables[RATE_TABLES];
    int rc = e ? learn_cue_rates(e, examples, n, blobs, sizes) : QUOTH_ERR_NOMEM;
    for (unsigned t = 0; t < RATE_TABLES && !rc; t++) rc = quoth_lexicon_load(blobs[t], sizes[t], &tables[t]);
    if (!rc) rc = build_set(e, tables, examples, n, &s);
    if (!rc) unique_words(&s);
    quoth_engine_free(e);
    /* the model keeps the rates of every document */
    void *rates = blobs[0];
    size_t rates_size = sizes[0];
    for (unsigned t = 1; t < RATE_TABLES; t++) free(blobs[t]);
    if (!rc && log)
        fprintf(log, "attribution tagger: %zu documents, %zu paragraphs, %zu tokens, features in %.1f s\n", n,
                s.n_para, s.n, quoth_train_seconds() - t0);
    quoth_linear_trainer *t = rc ? NULL : quoth_linear_trainer_new(AL_COUNT);
    if (!rc && !t) rc = QUOTH_ERR_NOMEM;
    if (!rc) rc = run_epochs(t, &s, o, rates, rates_size, log, on_epoch, epoch_ctx);
    void *blob = NULL;
    size_t size = 0;
    quoth_linear_prune prune = {o->min_weight, o->min_updates};
    if (!rc) rc = quoth_linear_trainer_finalize(t, &prune, &blob, &size);
    if (!rc) rc = report_pruning(t, blob, size, o, log);
    if (!rc) rc = add_sections(out, blob, size, rates, rates_size, &s);
    free(blob);
    free(rates);
    quoth_linear_trainer_free(t);
    train_set_free(&s);
    return rc;
}
