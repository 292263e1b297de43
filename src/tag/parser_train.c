/* Training and evaluating the dependency parser from CoreNLP token files. */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "quoth.h"
#include "tag/parser.h"
#include "tag/train_util.h"

#define LABELS_MAGIC 0x50454451u /* "QDEP", as in parser.c */
#define LABELS_HEADER_BYTES 24u
#define LABEL_NAME_BYTES 16u
#define LINE_MAX_BYTES 8192
#define COLUMNS 11 /* doc sent tok start end word lemma pos ner head deprel */

quoth_parser_train_options quoth_parser_train_defaults(void) {
    quoth_parser_train_options o;
    memset(&o, 0, sizeof o);
    o.epochs = 12;
    o.seed = 1;
    o.explore_from = 2;
    o.explore_p = 0.9;
    o.prune.min_weight = 0.0f;
    o.prune.min_updates = 4;
    o.label_prune = o.prune;
    return o;
}

/* ------------------------------------------------------------- labels */

/* The model's labels: CoreNLP's basic relations that tell an attribution
 * step something (subjects, objects, clausal complements, markers,
 * modifiers of names), "root" first. The order is the frequency order on
 * news text; it only fixes the ids. */
static const char *const model_labels[] = {
    "root",      "punct", "case",      "nmod",         "nsubj",     "det",       "compound",
    "amod",      "dobj",  "advmod",    "mark",         "aux",       "cc",        "conj",
    "nmod:poss", "ccomp", "xcomp",     "advcl",        "cop",       "dep",       "acl:relcl",
    "nummod",    "acl",   "neg",       "appos",        "auxpass",   "nsubjpass", "nmod:tmod",
    "compound:prt", "parataxis", "mwe", "expl",        "iobj",      "csubj"};

#define N_MODEL_LABELS (sizeof model_labels / sizeof *model_labels)

/* Rare relations folded into a kept one, and Universal Dependencies 2
 * names (newer CoreNLP) mapped to their basic-dependency counterparts. */
static const struct {
    const char *from, *to;
} reductions[] = {
    {"nmod:npmod", "nmod"},  {"det:predet", "det"},      {"cc:preconj", "cc"},
    {"discourse", "dep"},    {"csubjpass", "csubj"},     {"obj", "dobj"},
    {"obl", "nmod"},         {"nsubj:pass", "nsubjpass"}, {"aux:pass", "auxpass"},
    {"csubj:pass", "csubj"}, {"obl:tmod", "nmod:tmod"},  {"obl:npmod", "nmod"},
    {"fixed", "mwe"},        {"flat", "compound"},       {"nummod:gov", "nummod"},
    {"det:qmod", "det"},
};

int quoth_parser_map_rel(const quoth_parser *p, const char *deprel) {
    if (!p || !deprel) return -1;
    int id = quoth_parser_rel_id(p, deprel);
    if (id >= 0) return id;
    for (size_t i = 0; i < sizeof reductions / sizeof *reductions; i++)
        if (strcmp(deprel, reductions[i].from) == 0) return quoth_parser_rel_id(p, reductions[i].to);
    /* Subtypes not kept fall back to their type: "nmod:agent" -> "nmod". */
    const char *colon = strchr(deprel, ':');
    if (colon && colon - deprel < QUOTH_LABEL_MAX) {
        char type[QUOTH_LABEL_MAX];
        memcpy(type, deprel, (size_t)(colon - deprel));
        type[colon - deprel] = 0;
        if ((id = quoth_parser_rel_id(p, type)) >= 0) return id;
    }
    return quoth_parser_rel_id(p, "dep");
}

static int make_labels_section(const quoth_pos_model *pos, void **blob, size_t *size) {
    size_t bytes = LABELS_HEADER_BYTES + N_MODEL_LABELS * LABEL_NAME_BYTES;
    unsigned char *buf = calloc(1, bytes);
    if (!buf) return QUOTH_ERR_NOMEM;
    uint32_t header[4] = {LABELS_MAGIC, QUOTH_DEP_FEAT_VERSION, (uint32_t)N_MODEL_LABELS, 0};
    uint64_t fingerprint = quoth_dep_tagset_fingerprint(pos);
    memcpy(buf, header, sizeof header);
    memcpy(buf + 16, &fingerprint, sizeof fingerprint);
    for (size_t l = 0; l < N_MODEL_LABELS; l++)
        memcpy(buf + LABELS_HEADER_BYTES + l * LABEL_NAME_BYTES, model_labels[l], strlen(model_labels[l]));
    *blob = buf;
    *size = bytes;
    return QUOTH_OK;
}

/* ------------------------------------------------------------- treebank */

/* Parses a decimal number of at most 9 digits; -1 when it is not one. */
static long parse_index(const char *s) {
    long v = 0;
    size_t k = 0;
    for (; s[k] >= '0' && s[k] <= '9' && k < 9; k++) v = v * 10 + (s[k] - '0');
    return k > 0 && s[k] == 0 ? v : -1;
}

/* Token k (of sentence s, at position i) from one line's fields. */
static int add_tree_token(quoth_treebank *tb, size_t k, size_t s, char **f) {
    const quoth_corpus *c = &tb->corpus;
    size_t start = c->sent_start[s], len = c->sent_start[s + 1] - start;
    long tok = parse_index(f[2]), head = parse_index(f[9]);
    /* Heads count tokens from 1 in their sentence: the tok column must do
     * the same, or the heads would point at the wrong words. */
    if (tok != (long)(k - start + 1) || head < 0 || (size_t)head > len) return QUOTH_ERR_PARSE;
    int rel = quoth_labels_intern(&tb->rel_labels, f[10]);
    if (rel < 0) return rel;
    tb->heads[k] = (int32_t)head - 1;
    tb->rels[k] = (uint8_t)rel;
    return QUOTH_OK;
}

/* Reads the head and deprel columns, token by token in corpus order. */
static int read_trees(gzFile gz, quoth_treebank *tb) {
    char line[LINE_MAX_BYTES];
    const quoth_corpus *c = &tb->corpus;
    size_t k = 0, s = 0;
    while (gzgets(gz, line, sizeof line)) {
        size_t len = strlen(line);
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        if (line[0] == '#' || line[0] == 0) continue;
        char *f[COLUMNS];
        if (quoth_tsv_split(line, f, COLUMNS) < COLUMNS || k >= c->n_tokens) return QUOTH_ERR_PARSE;
        while (k >= c->sent_start[s + 1]) s++;
        int rc = add_tree_token(tb, k, s, f);
        if (rc != QUOTH_OK) return rc;
        k++;
    }
    int err;
    gzerror(gz, &err);
    if (err != Z_OK && err != Z_STREAM_END) return QUOTH_ERR_IO;
    return k == c->n_tokens ? QUOTH_OK : QUOTH_ERR_PARSE;
}

int quoth_treebank_read(const char *path, quoth_treebank *out) {
    if (!path || !out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    int rc = quoth_corpus_read(path, &out->corpus);
    if (rc != QUOTH_OK) return rc;
    size_t n = out->corpus.n_tokens ? out->corpus.n_tokens : 1;
    out->heads = malloc(n * sizeof *out->heads);
    out->rels = malloc(n);
    gzFile gz = NULL;
    if (!out->heads || !out->rels) rc = QUOTH_ERR_NOMEM;
    else if (!(gz = gzopen(path, "rb"))) rc = QUOTH_ERR_IO;
    if (rc == QUOTH_OK) rc = read_trees(gz, out);
    if (gz) gzclose(gz);
    if (rc != QUOTH_OK) quoth_treebank_free(out);
    return rc;
}

void quoth_treebank_free(quoth_treebank *tb) {
    if (!tb) return;
    quoth_corpus_free(&tb->corpus);
    free(tb->heads);
    free(tb->rels);
    memset(tb, 0, sizeof *tb);
}

/* ------------------------------------------------- data for the parser */

/* A treebank with what the parser sees and learns per token. */
typedef struct dep_data {
    const quoth_treebank *tb;
    uint8_t *pos;     /* POS tags from the tagger */
    uint8_t *label;   /* gold labels, model ids */
    uint8_t *usable;  /* per sentence: a projective tree with one root */
    uint8_t punct;    /* the model's id of "punct" (255: none) */
    size_t n_usable;
} dep_data;

static void dep_data_free(dep_data *d) {
    free(d->pos);
    free(d->label);
    free(d->usable);
    memset(d, 0, sizeof *d);
}

/* Model label of every token: the mapped relation, except that "root" is
 * the label of the arc to the root and only of it. */
static void map_labels(const quoth_parser *p, const quoth_treebank *tb, uint8_t *label) {
    uint8_t map[QUOTH_LABELS_MAX];
    int dep = quoth_parser_rel_id(p, "dep");
    for (uint32_t r = 0; r < tb->rel_labels.n; r++) {
        int id = quoth_parser_map_rel(p, tb->rel_labels.names[r]);
        map[r] = (uint8_t)(id >= 0 ? id : dep >= 0 ? dep : 1);
    }
    for (size_t i = 0; i < tb->corpus.n_tokens; i++) {
        uint8_t l = map[tb->rels[i]];
        if (tb->heads[i] < 0) l = QUOTH_DEP_ROOT_LABEL;
        else if (l == QUOTH_DEP_ROOT_LABEL) l = (uint8_t)(dep >= 0 ? dep : 1);
        label[i] = l;
    }
}

/* One sentence's gold heads in parser units: the root is n. */
static void sentence_heads(const quoth_treebank *tb, size_t s, int32_t *head) {
    size_t start = tb->corpus.sent_start[s], n = tb->corpus.sent_start[s + 1] - start;
    for (size_t i = 0; i < n; i++) head[i] = tb->heads[start + i] < 0 ? (int32_t)n : tb->heads[start + i];
}

/* The corpus's own tags as the POS model's ids (0 for a tag it lacks). */
static void file_tags(const quoth_corpus *c, const quoth_pos_model *pos, uint8_t *tags) {
    uint8_t map[QUOTH_LABELS_MAX];
    for (uint32_t i = 0; i < c->pos_labels.n; i++) {
        int id = quoth_pos_tag_id(pos, c->pos_labels.names[i]);
        map[i] = (uint8_t)(id >= 0 ? id : 0);
    }
    for (size_t i = 0; i < c->n_tokens; i++) tags[i] = map[c->pos[i]];
}

static int dep_data_make(const quoth_treebank *tb, const quoth_pos_model *pos, int use_file_tags,
                         const quoth_parser *p, dep_data *d) {
    const quoth_corpus *c = &tb->corpus;
    memset(d, 0, sizeof *d);
    d->tb = tb;
    d->pos = malloc(c->n_tokens ? c->n_tokens : 1);
    d->label = malloc(c->n_tokens ? c->n_tokens : 1);
    d->usable = malloc(c->n_sents ? c->n_sents : 1);
    int32_t *head = malloc((c->longest_sent + 1) * sizeof *head);
    if (!d->pos || !d->label || !d->usable || !head) {
        free(head);
        dep_data_free(d);
        return QUOTH_ERR_NOMEM;
    }
    int punct = quoth_parser_rel_id(p, "punct");
    d->punct = (uint8_t)(punct >= 0 ? punct : 255);
    map_labels(p, tb, d->label);
    if (use_file_tags) file_tags(c, pos, d->pos);
    for (size_t s = 0; s < c->n_sents; s++) {
        size_t start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        if (!use_file_tags) quoth_pos_tag(pos, c->words + start, n, d->pos + start);
        sentence_heads(tb, s, head);
        d->usable[s] = (uint8_t)quoth_dep_is_projective_tree(head, n);
        d->n_usable += d->usable[s];
    }
    free(head);
    return QUOTH_OK;
}

/* ------------------------------------------------------------ evaluation */

typedef struct eval_counts {
    size_t tokens, scored, uas, las, uas_all, las_all, roots, sents;
} eval_counts;

static void count_sentence(const dep_data *d, size_t s, const int32_t *heads, const uint8_t *rels,
                           eval_counts *ec) {
    const quoth_treebank *tb = d->tb;
    size_t start = tb->corpus.sent_start[s], n = tb->corpus.sent_start[s + 1] - start;
    for (size_t i = 0; i < n; i++) {
        int head_ok = heads[i] == tb->heads[start + i];
        int label_ok = head_ok && rels[i] == d->label[start + i];
        ec->tokens++;
        ec->uas_all += head_ok;
        ec->las_all += label_ok;
        if (tb->heads[start + i] < 0) ec->roots += head_ok;
        if (d->label[start + i] == d->punct) continue;
        ec->scored++;
        ec->uas += head_ok;
        ec->las += label_ok;
    }
    ec->sents++;
}

static double ratio(size_t a, size_t b) {
    return b ? (double)a / (double)b : 0.0;
}

static int evaluate_data(const quoth_parser *p, const dep_data *d, quoth_parser_scores *out) {
    const quoth_corpus *c = &d->tb->corpus;
    size_t cap = c->longest_sent ? c->longest_sent : 1;
    int32_t *heads = malloc(cap * sizeof *heads);
    uint8_t *rels = malloc(cap);
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    int rc = heads && rels ? QUOTH_OK : QUOTH_ERR_NOMEM;
    eval_counts ec;
    memset(&ec, 0, sizeof ec);
    for (size_t s = 0; rc == QUOTH_OK && s < c->n_sents; s++) {
        size_t start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        rc = quoth_parse(p, c->words + start, d->pos + start, n, &ws, heads, rels);
        if (rc == QUOTH_OK) count_sentence(d, s, heads, rels, &ec);
    }
    quoth_parse_ws_free(&ws);
    free(heads);
    free(rels);
    memset(out, 0, sizeof *out);
    out->uas = ratio(ec.uas, ec.scored);
    out->las = ratio(ec.las, ec.scored);
    out->uas_all = ratio(ec.uas_all, ec.tokens);
    out->las_all = ratio(ec.las_all, ec.tokens);
    out->root_accuracy = ratio(ec.roots, ec.sents);
    out->tokens = ec.tokens;
    out->scored = ec.scored;
    return rc;
}

int quoth_parser_evaluate(const quoth_parser *p, const quoth_pos_model *pos,
                          const quoth_treebank *tb, quoth_parser_scores *out) {
    if (!p || !pos || !tb || !out) return QUOTH_ERR_INVALID;
    dep_data d;
    int rc = dep_data_make(tb, pos, 0, p, &d);
    if (rc == QUOTH_OK) rc = evaluate_data(p, &d, out);
    dep_data_free(&d);
    return rc;
}

/* ------------------------------------------------------------- training */

typedef struct dep_trainer {
    quoth_linear_trainer *moves, *labels;
    quoth_parser model;       /* names fixed; weights set each epoch */
    quoth_parse_ws ws;
    int32_t *head, *kids, *kid_start; /* one sentence's gold tree */
    const uint8_t *gold_label;        /* the sentence's gold labels */
    uint64_t rng;
    double explore_p;         /* 0 while not exploring */
    size_t decisions, right;  /* scored moves, and those the model got right */
    size_t arcs, labels_right; /* gold arcs made, and those labelled right */
} dep_trainer;

/* Lists each word's gold children (the root's too) in kids, in word order:
 * a counting sort by head. */
static void gold_children(dep_trainer *dt, size_t n) {
    int32_t *start = dt->kid_start; /* n + 2 entries: words, root, end */
    memset(start, 0, (n + 2) * sizeof *start);
    for (size_t i = 0; i < n; i++) start[dt->head[i] + 1]++;
    for (size_t h = 0; h <= n; h++) start[h + 1] += start[h];
    /* start[h] serves as h's cursor, which moves it on to start[h + 1];
     * shifting the array back by one restores the starts. */
    for (size_t i = 0; i < n; i++) dt->kids[start[dt->head[i]]++] = (int32_t)i;
    for (size_t h = n + 1; h > 0; h--) start[h] = start[h - 1];
    start[0] = 0;
}

static double uniform(uint64_t *rng) {
    return (double)(quoth_train_rand(rng) >> 11) * (1.0 / 9007199254740992.0);
}

static int update(quoth_linear_trainer *t, const uint64_t *feats, size_t nf, uint32_t gold,
                  uint32_t guess) {
    int rc = quoth_linear_trainer_update(t, feats, nf, gold, 1.0f);
    if (rc == QUOTH_OK) rc = quoth_linear_trainer_update(t, feats, nf, guess, -1.0f);
    return rc;
}

/* One move decision against the dynamic oracle: the right moves are those
 * that lose the fewest gold arcs. Updates towards the best-scoring right
 * move on a mistake, and returns the move to follow: now and then the
 * mistake itself when exploring, so that the model learns to go on well
 * from the states its errors lead to. */
static int decide_move(dep_trainer *dt, const quoth_dep_state *st, int *next) {
    uint64_t feats[QUOTH_DEP_MAX_FEATS];
    float scores[3];
    uint32_t cost[3] = {UINT32_MAX, UINT32_MAX, UINT32_MAX}, legal = quoth_dep_legal(st), min = UINT32_MAX;
    quoth_dep_gold g = {dt->head, dt->kids, dt->kid_start};
    for (uint32_t m = 0; m < legal; m++) {
        cost[m] = quoth_dep_cost(st, &g, (int)m);
        if (cost[m] < min) min = cost[m];
    }
    size_t nf = quoth_dep_features(st, feats);
    quoth_linear_trainer_score(dt->moves, feats, nf, scores);
    uint32_t guess = quoth_train_argmax(scores, legal), gold = UINT32_MAX;
    for (uint32_t m = 0; m < legal; m++)
        if (cost[m] == min && (gold == UINT32_MAX || scores[m] > scores[gold])) gold = m;
    dt->decisions++;
    *next = (int)guess;
    if (cost[guess] == min) {
        dt->right++;
    } else {
        int rc = update(dt->moves, feats, nf, gold, guess);
        if (rc != QUOTH_OK) return rc;
        if (!(dt->explore_p > 0 && uniform(&dt->rng) < dt->explore_p)) *next = (int)gold;
    }
    quoth_linear_trainer_tick(dt->moves);
    return QUOTH_OK;
}

/* The label of the arc a move makes: learnt from arcs of the gold tree
 * only (a wrong arc has no right label), and the model's own guess is
 * applied, as it will be at run time. */
static int decide_label(dep_trainer *dt, const quoth_dep_state *st, int move, uint32_t *label) {
    uint64_t feats[QUOTH_DEP_MAX_FEATS];
    float scores[QUOTH_DEP_MAX_LABELS];
    uint32_t n_labels = dt->model.n_labels;
    int32_t d = st->stack[st->sp - 1], h = move == QUOTH_DEP_LEFT ? st->b0 : st->stack[st->sp - 2];
    size_t nf = quoth_dep_label_features(st, move, feats);
    quoth_linear_trainer_score(dt->labels, feats, nf, scores);
    uint32_t guess = 1 + quoth_train_argmax(scores + 1, n_labels - 1), gold = dt->gold_label[d];
    *label = guess;
    if (dt->head[d] != h || gold == QUOTH_DEP_ROOT_LABEL) return QUOTH_OK;
    dt->arcs++;
    if (guess == gold) {
        dt->labels_right++;
    } else {
        int rc = update(dt->labels, feats, nf, gold, guess);
        if (rc != QUOTH_OK) return rc;
    }
    quoth_linear_trainer_tick(dt->labels);
    return QUOTH_OK;
}

static int train_sentence(dep_trainer *dt, const quoth_word *words, const uint8_t *pos, size_t n) {
    quoth_dep_state st;
    int rc = quoth_dep_start(&dt->ws, words, pos, n, &st);
    while (rc == QUOTH_OK && !quoth_dep_done(&st)) {
        int move = quoth_dep_forced(&st);
        uint32_t label = QUOTH_DEP_ROOT_LABEL;
        if (move < 0) rc = decide_move(dt, &st, &move);
        if (rc == QUOTH_OK && (move == QUOTH_DEP_RIGHT || (move == QUOTH_DEP_LEFT && st.b0 < st.n)))
            rc = decide_label(dt, &st, move, &label);
        quoth_dep_apply(&st, move, label);
    }
    return rc;
}

static int train_epoch(dep_trainer *dt, const dep_data *d, size_t *order) {
    const quoth_treebank *tb = d->tb;
    const quoth_corpus *c = &tb->corpus;
    quoth_train_shuffle(order, c->n_sents, &dt->rng);
    dt->decisions = dt->right = dt->arcs = dt->labels_right = 0;
    for (size_t k = 0; k < c->n_sents; k++) {
        size_t s = order[k], start = c->sent_start[s], n = c->sent_start[s + 1] - start;
        if (!d->usable[s]) continue;
        sentence_heads(tb, s, dt->head);
        gold_children(dt, n);
        dt->gold_label = d->label + start;
        int rc = train_sentence(dt, c->words + start, d->pos + start, n);
        if (rc != QUOTH_OK) return rc;
    }
    return QUOTH_OK;
}

static void log_epoch(FILE *log, int epoch, const dep_trainer *dt, const quoth_parser_scores *dev,
                      size_t weight_bytes, double seconds) {
    if (!log) return;
    fprintf(log, "dep epoch %d: train moves %.2f%% right%s, labels %.2f%%", epoch,
            100.0 * ratio(dt->right, dt->decisions), dt->explore_p > 0 ? " (exploring)" : "",
            100.0 * ratio(dt->labels_right, dt->arcs));
    if (dev)
        fprintf(log, "; dev UAS %.2f LAS %.2f (with punctuation %.2f/%.2f, root %.1f)", 100 * dev->uas,
                100 * dev->las, 100 * dev->uas_all, 100 * dev->las_all, 100 * dev->root_accuracy);
    fprintf(log, "; features kept %u + %u of %zu + %zu, weights %.2f MB, %.1f s\n",
            dt->model.moves.n_features, dt->model.labels.n_features,
            quoth_linear_trainer_feature_count(dt->moves), quoth_linear_trainer_feature_count(dt->labels),
            (double)weight_bytes / 1e6, seconds);
    fflush(log);
}

typedef struct dep_sections {
    void *labels, *moves, *rels;
    size_t labels_size, moves_size, rels_size;
} dep_sections;

/* Freezes both tables into the sections and points the model at them. */
static int freeze(dep_trainer *dt, const quoth_parser_train_options *o, dep_sections *sec) {
    free(sec->moves);
    free(sec->rels);
    sec->moves = sec->rels = NULL;
    int rc = quoth_linear_trainer_finalize(dt->moves, &o->prune, &sec->moves, &sec->moves_size);
    if (rc == QUOTH_OK) rc = quoth_linear_load(sec->moves, sec->moves_size, &dt->model.moves);
    if (rc == QUOTH_OK)
        rc = quoth_linear_trainer_finalize(dt->labels, &o->label_prune, &sec->rels, &sec->rels_size);
    if (rc == QUOTH_OK) rc = quoth_linear_load(sec->rels, sec->rels_size, &dt->model.labels);
    return rc;
}

static int run_epochs(dep_trainer *dt, const dep_data *train, const dep_data *dev,
                      const quoth_parser_train_options *o, FILE *log, dep_sections *sec) {
    size_t n_sents = train->tb->corpus.n_sents;
    size_t *order = malloc((n_sents ? n_sents : 1) * sizeof *order);
    if (!order) return QUOTH_ERR_NOMEM;
    for (size_t s = 0; s < n_sents; s++) order[s] = s;
    int rc = QUOTH_OK;
    for (int epoch = 1; rc == QUOTH_OK && epoch <= o->epochs; epoch++) {
        double t0 = quoth_train_seconds();
        quoth_parser_scores scores;
        dt->explore_p = epoch >= o->explore_from ? o->explore_p : 0.0;
        rc = train_epoch(dt, train, order);
        if (rc == QUOTH_OK) rc = freeze(dt, o, sec);
        if (rc == QUOTH_OK && dev) rc = evaluate_data(&dt->model, dev, &scores);
        if (rc == QUOTH_OK)
            log_epoch(log, epoch, dt, dev ? &scores : NULL, sec->moves_size + sec->rels_size,
                      quoth_train_seconds() - t0);
    }
    free(order);
    return rc;
}

static int trainer_init(dep_trainer *dt, const dep_sections *sec, size_t longest, uint64_t seed) {
    memset(dt, 0, sizeof *dt);
    dt->model.names = (const char *)sec->labels + LABELS_HEADER_BYTES;
    dt->model.n_labels = (uint32_t)N_MODEL_LABELS;
    dt->rng = seed;
    dt->moves = quoth_linear_trainer_new(3);
    dt->labels = quoth_linear_trainer_new(dt->model.n_labels);
    dt->head = malloc((longest + 1) * sizeof *dt->head);
    dt->kids = malloc((longest + 1) * sizeof *dt->kids);
    dt->kid_start = malloc((longest + 2) * sizeof *dt->kid_start);
    if (!dt->moves || !dt->labels || !dt->head || !dt->kids || !dt->kid_start) return QUOTH_ERR_NOMEM;
    return quoth_parse_ws_reserve(&dt->ws, longest);
}

static void trainer_free(dep_trainer *dt) {
    quoth_linear_trainer_free(dt->moves);
    quoth_linear_trainer_free(dt->labels);
    quoth_parse_ws_free(&dt->ws);
    free(dt->head);
    free(dt->kids);
    free(dt->kid_start);
}

static int add_sections(quoth_mf_writer *out, const dep_sections *sec) {
    int rc = quoth_mf_writer_add(out, "dep.labels", sec->labels, sec->labels_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "dep.moves", sec->moves, sec->moves_size);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(out, "dep.rels", sec->rels, sec->rels_size);
    return rc;
}

static int train_on(const quoth_treebank *train, const quoth_treebank *dev, const quoth_pos_model *pos,
                    const quoth_parser_train_options *o, FILE *log, quoth_mf_writer *out) {
    dep_trainer dt;
    dep_sections sec;
    dep_data train_data, dev_data;
    memset(&dt, 0, sizeof dt);
    memset(&sec, 0, sizeof sec);
    memset(&train_data, 0, sizeof train_data);
    memset(&dev_data, 0, sizeof dev_data);
    int rc = make_labels_section(pos, &sec.labels, &sec.labels_size);
    if (rc == QUOTH_OK) rc = trainer_init(&dt, &sec, train->corpus.longest_sent, o->seed);
    if (rc == QUOTH_OK) rc = dep_data_make(train, pos, o->file_tags, &dt.model, &train_data);
    if (rc == QUOTH_OK && dev) rc = dep_data_make(dev, pos, 0, &dt.model, &dev_data);
    if (rc == QUOTH_OK && log)
        fprintf(log, "dep: %zu of %zu training sentences are projective trees with one root\n",
                train_data.n_usable, train->corpus.n_sents);
    if (rc == QUOTH_OK) rc = run_epochs(&dt, &train_data, dev ? &dev_data : NULL, o, log, &sec);
    if (rc == QUOTH_OK) rc = add_sections(out, &sec);
    trainer_free(&dt);
    dep_data_free(&train_data);
    dep_data_free(&dev_data);
    free(sec.labels);
    free(sec.moves);
    free(sec.rels);
    return rc;
}

int quoth_parser_train(const char *train_path, const char *dev_path, const quoth_pos_model *pos,
                       const quoth_parser_train_options *options, FILE *log, quoth_mf_writer *out) {
    if (!train_path || !pos || !out) return QUOTH_ERR_INVALID;
    quoth_parser_train_options o = options ? *options : quoth_parser_train_defaults();
    if (o.epochs < 1 || quoth_pos_tag_count(pos) == 0) return QUOTH_ERR_INVALID;
    quoth_treebank train, dev;
    memset(&dev, 0, sizeof dev);
    int rc = quoth_treebank_read(train_path, &train);
    if (rc != QUOTH_OK) return rc;
    if (dev_path) rc = quoth_treebank_read(dev_path, &dev);
    if (rc == QUOTH_OK) rc = train_on(&train, dev_path ? &dev : NULL, pos, &o, log, out);
    quoth_treebank_free(&train);
    quoth_treebank_free(&dev);
    return rc;
}
