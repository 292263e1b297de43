/* The dependency parser: transition system, oracle, training on a small
 * invented treebank, lengths, model checks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "quoth.h"
#include "tag/model_file.h"
#include "tag/parser.h"
#include "tag/pos.h"

/* ------------------------------------------------- transition system */

/* A gold tree in parser units (root = n) with its children lists. */
typedef struct tree {
    int32_t head[32], kids[32], kid_start[34];
    size_t n;
} tree;

static void make_tree(tree *t, const int32_t *heads, size_t n) {
    t->n = n;
    memcpy(t->head, heads, n * sizeof *heads);
    memset(t->kid_start, 0, sizeof t->kid_start);
    for (size_t i = 0; i < n; i++) t->kid_start[heads[i] + 1]++;
    for (size_t h = 0; h <= n; h++) t->kid_start[h + 1] += t->kid_start[h];
    int32_t fill[34];
    memcpy(fill, t->kid_start, sizeof fill);
    for (size_t i = 0; i < n; i++) t->kids[fill[heads[i]]++] = (int32_t)i;
}

static uint64_t next_random(uint64_t *s) {
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s >> 33;
}

/* Parses with the oracle: a cheapest move each time, or now and then a
 * random legal one (when rng is set). Returns the arcs the chosen moves
 * were said to lose; the heads found are in ws. */
static uint32_t oracle_parse(const tree *t, quoth_parse_ws *ws, uint64_t *rng, int32_t *heads) {
    static const quoth_word word = {"w", 1};
    quoth_word words[32];
    uint8_t tags[32] = {0};
    for (size_t i = 0; i < t->n; i++) words[i] = word;
    quoth_dep_state st;
    quoth_dep_gold g = {t->head, t->kids, t->kid_start};
    uint32_t lost = 0;
    if (quoth_dep_start(ws, words, tags, t->n, &st) != QUOTH_OK) return 999;
    while (!quoth_dep_done(&st)) {
        int move = quoth_dep_forced(&st);
        if (move < 0) {
            uint32_t legal = quoth_dep_legal(&st), best = 0;
            for (uint32_t m = 1; m < legal; m++)
                if (quoth_dep_cost(&st, &g, (int)m) < quoth_dep_cost(&st, &g, (int)best)) best = m;
            CHECK_INT(quoth_dep_cost(&st, &g, (int)best), 0);
            if (rng && next_random(rng) % 4 == 0) best = (uint32_t)(next_random(rng) % legal);
            lost += quoth_dep_cost(&st, &g, (int)best);
            move = (int)best;
        }
        quoth_dep_apply(&st, move, 1);
    }
    for (size_t i = 0; i < t->n; i++) heads[i] = st.tok[i].head;
    return lost;
}

/* Projective trees, root = n. */
static const int32_t tree_said[] = {1, 2, 7, 4, 5, 2, 2};         /* The minister said the plan failed . */
static const int32_t tree_quote[] = {7, 3, 3, 7, 7, 7, 7, 9, 7};  /* `` We will win , '' Smith said . */
static const int32_t tree_chain[] = {1, 2, 3, 4, 5, 6};           /* right-branching */
static const int32_t tree_left[] = {6, 0, 1, 2, 3, 4};            /* left-branching */
static const int32_t tree_one[] = {1};
static const int32_t tree_first_root[] = {5, 0, 0, 2, 0};         /* root is the first word */

static void test_oracle_reproduces_trees(void) {
    const int32_t *trees[] = {tree_said, tree_quote, tree_chain, tree_left, tree_one, tree_first_root};
    const size_t sizes[] = {7, 9, 6, 6, 1, 5};
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    for (size_t k = 0; k < 6; k++) {
        tree t;
        int32_t got[32];
        make_tree(&t, trees[k], sizes[k]);
        CHECK(quoth_dep_is_projective_tree(t.head, t.n));
        CHECK_INT(oracle_parse(&t, &ws, NULL, got), 0);
        CHECK(memcmp(got, t.head, t.n * sizeof *got) == 0);
    }
    quoth_parse_ws_free(&ws);
}

/* The dynamic oracle's promise: after any wrong move, the cheapest moves
 * still reach every arc not already lost, so the final number of wrong
 * heads is exactly the sum of the costs of the moves taken. */
static void test_oracle_costs_add_up(void) {
    const int32_t *trees[] = {tree_said, tree_quote, tree_chain, tree_left, tree_first_root};
    const size_t sizes[] = {7, 9, 6, 6, 5};
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    uint64_t rng = 42;
    int exact = 1, some_lost = 0;
    for (int round = 0; round < 200; round++) {
        size_t k = (size_t)round % 5;
        tree t;
        int32_t got[32];
        make_tree(&t, trees[k], sizes[k]);
        uint32_t lost = oracle_parse(&t, &ws, &rng, got), wrong = 0;
        for (size_t i = 0; i < t.n; i++) wrong += got[i] != t.head[i];
        exact &= lost == wrong;
        some_lost |= wrong > 0;
    }
    CHECK(exact);
    CHECK(some_lost);
    quoth_parse_ws_free(&ws);
}

static void test_projectivity(void) {
    const int32_t crossing[] = {2, 3, 4, 2}; /* 1 -> 3 leaves the span of 0 -> 2 */
    const int32_t two_roots[] = {3, 3, 3};
    const int32_t cycle[] = {1, 0, 3};
    const int32_t self[] = {0, 2};
    CHECK(!quoth_dep_is_projective_tree(crossing, 4));
    CHECK(!quoth_dep_is_projective_tree(two_roots, 3));
    CHECK(!quoth_dep_is_projective_tree(cycle, 3));
    CHECK(!quoth_dep_is_projective_tree(self, 2));
    CHECK(quoth_dep_is_projective_tree(tree_quote, 9));
}

/* ------------------------------------------------ an invented treebank */

typedef struct tok {
    const char *word, *tag;
    int head; /* 1-based, 0 for the root */
    const char *rel;
} tok;

static const char *const nouns[] = {"minister", "plan", "report", "company", "senator", "budget", "city"};
static const char *const names[] = {"Smith", "Garcia", "Okafor", "Lindqvist"};
static const char *const says[] = {"said", "claimed", "argued", "added"};
static const char *const verbs[] = {"failed", "worked", "collapsed", "improved"};
static const char *const acts[] = {"rejected", "praised", "signed", "announced"};
static const char *const adjs[] = {"new", "federal", "local", "quiet"};

#define PICK(list, i) (list[(size_t)(i) % (sizeof list / sizeof *list)])

/* Sentence i: one of four patterns, words varied. */
static size_t make_sentence(int i, tok *out) {
    size_t n = 0;
    switch (i % 4) {
    case 0: /* The N said the N V . */
        out[n++] = (tok){"The", "DT", 2, "det"};
        out[n++] = (tok){PICK(nouns, i), "NN", 3, "nsubj"};
        out[n++] = (tok){PICK(says, i / 4), "VBD", 0, "root"};
        out[n++] = (tok){"the", "DT", 5, "det"};
        out[n++] = (tok){PICK(nouns, i / 3), "NN", 6, "nsubj"};
        out[n++] = (tok){PICK(verbs, i), "VBD", 3, "ccomp"};
        out[n++] = (tok){".", ".", 3, "punct"};
        break;
    case 1: /* `` We will win , '' NNP said . */
        out[n++] = (tok){"``", "``", 8, "punct"};
        out[n++] = (tok){"We", "PRP", 4, "nsubj"};
        out[n++] = (tok){"will", "MD", 4, "aux"};
        out[n++] = (tok){"win", "VB", 8, "ccomp"};
        out[n++] = (tok){",", ",", 8, "punct"};
        out[n++] = (tok){"''", "''", 8, "punct"};
        out[n++] = (tok){PICK(names, i / 4), "NNP", 8, "nsubj"};
        out[n++] = (tok){PICK(says, i / 3), "VBD", 0, "root"};
        out[n++] = (tok){".", ".", 8, "punct"};
        break;
    case 2: /* NNP V the JJ N in the N . */
        out[n++] = (tok){PICK(names, i), "NNP", 2, "nsubj"};
        out[n++] = (tok){PICK(acts, i / 4), "VBD", 0, "root"};
        out[n++] = (tok){"the", "DT", 5, "det"};
        out[n++] = (tok){PICK(adjs, i / 3), "JJ", 5, "amod"};
        out[n++] = (tok){PICK(nouns, i), "NN", 2, "dobj"};
        out[n++] = (tok){"in", "IN", 8, "case"};
        out[n++] = (tok){"the", "DT", 8, "det"};
        out[n++] = (tok){PICK(nouns, i / 5), "NN", 2, "nmod"};
        out[n++] = (tok){".", ".", 2, "punct"};
        break;
    default: /* The N told reporters that the N V . */
        out[n++] = (tok){"The", "DT", 2, "det"};
        out[n++] = (tok){PICK(nouns, i / 2), "NN", 3, "nsubj"};
        out[n++] = (tok){"told", "VBD", 0, "root"};
        out[n++] = (tok){"reporters", "NNS", 3, "dobj"};
        out[n++] = (tok){"that", "IN", 8, "mark"};
        out[n++] = (tok){"the", "DT", 7, "det"};
        out[n++] = (tok){PICK(nouns, i), "NN", 8, "nsubj"};
        out[n++] = (tok){PICK(verbs, i / 4), "VBD", 3, "ccomp"};
        out[n++] = (tok){".", ".", 3, "punct"};
        break;
    }
    return n;
}

/* Writes the treebank in the CoreNLP token format (plain text: zlib reads it). */
static int write_treebank(const char *path, int n_sentences) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "# doc\tsent\ttok\tstart\tend\tword\tlemma\tpos\tner\thead\tdeprel\n");
    for (int s = 0; s < n_sentences; s++) {
        tok t[16];
        size_t n = make_sentence(s, t);
        for (size_t i = 0; i < n; i++)
            fprintf(f, "doc%d\t%d\t%zu\t0\t0\t%s\t%s\t%s\tO\t%d\t%s\n", s / 10, s % 10 + 1, i + 1, t[i].word,
                    t[i].word, t[i].tag, t[i].head, t[i].rel);
    }
    return fclose(f);
}

typedef struct trained {
    void *file;
    size_t size;
    quoth_mf mf;
    quoth_pos_model pos;
    quoth_parser parser;
} trained;

static char dir[64], corpus_path[128];
static trained model;

static int open_model(trained *t) {
    int rc = quoth_mf_open(t->file, t->size, &t->mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&t->mf, &t->pos);
    if (rc == QUOTH_OK) rc = quoth_parser_load(&t->mf, &t->pos, &t->parser);
    return rc;
}

/* A POS tagger, then a parser on its tags, both on the invented treebank. */
static int train(const char *path, trained *out) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    quoth_pos_train_options po = quoth_pos_train_defaults();
    po.prune.min_updates = 0;
    void *pos_file = NULL;
    size_t pos_size;
    quoth_mf pos_mf;
    quoth_pos_model pos;
    int rc = quoth_pos_train(path, NULL, &po, NULL, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, &pos_file, &pos_size);
    if (rc == QUOTH_OK) rc = quoth_mf_open(pos_file, pos_size, &pos_mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&pos_mf, &pos);
    quoth_parser_train_options o = quoth_parser_train_defaults();
    o.epochs = 6;
    o.prune.min_updates = o.label_prune.min_updates = 0;
    if (rc == QUOTH_OK) rc = quoth_parser_train(path, path, &pos, &o, NULL, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, &out->file, &out->size);
    if (rc == QUOTH_OK) rc = open_model(out);
    free(pos_file);
    quoth_mf_writer_free(w);
    return rc;
}

static void test_train(void) {
    snprintf(dir, sizeof dir, "/tmp/quoth-parser-XXXXXX");
    CHECK(mkdtemp(dir) != NULL);
    snprintf(corpus_path, sizeof corpus_path, "%s/tokens.tsv", dir);
    CHECK_INT(write_treebank(corpus_path, 80), 0);
    CHECK_INT(train(corpus_path, &model), QUOTH_OK);
    CHECK_INT(quoth_parser_rel_count(&model.parser), 34);
    quoth_treebank tb;
    quoth_parser_scores sc;
    CHECK_INT(quoth_treebank_read(corpus_path, &tb), QUOTH_OK);
    CHECK_INT(quoth_parser_evaluate(&model.parser, &model.pos, &tb, &sc), QUOTH_OK);
    CHECK(sc.uas_all > 0.99);
    CHECK(sc.las_all > 0.99);
    CHECK_INT(sc.tokens, tb.corpus.n_tokens);
    quoth_treebank_free(&tb);
}

static void test_rel_names(void) {
    const quoth_parser *p = &model.parser;
    CHECK_STR(quoth_parser_rel_name(p, 0), "root");
    int nsubj = quoth_parser_rel_id(p, "nsubj");
    CHECK(nsubj > 0);
    CHECK_STR(quoth_parser_rel_name(p, (uint32_t)nsubj), "nsubj");
    CHECK(quoth_parser_rel_name(p, 200) == NULL);
    CHECK_INT(quoth_parser_rel_id(p, "no-such-rel"), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_parser_map_rel(p, "nmod:npmod"), quoth_parser_rel_id(p, "nmod"));
    CHECK_INT(quoth_parser_map_rel(p, "obj"), quoth_parser_rel_id(p, "dobj"));
    CHECK_INT(quoth_parser_map_rel(p, "nmod:agent"), quoth_parser_rel_id(p, "nmod"));
    CHECK_INT(quoth_parser_map_rel(p, "acl:relcl"), quoth_parser_rel_id(p, "acl:relcl"));
    CHECK_INT(quoth_parser_map_rel(p, "strange"), quoth_parser_rel_id(p, "dep"));
}

static void parse_words(const char *const *words, size_t n, int32_t *heads, uint8_t *rels) {
    quoth_word w[32];
    uint8_t tags[32];
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    for (size_t i = 0; i < n; i++) w[i] = (quoth_word){words[i], (uint32_t)strlen(words[i])};
    CHECK_INT(quoth_pos_tag(&model.pos, w, n, tags), QUOTH_OK);
    CHECK_INT(quoth_parse(&model.parser, w, tags, n, &ws, heads, rels), QUOTH_OK);
    quoth_parse_ws_free(&ws);
}

/* Sentences not in the treebank, with familiar patterns. */
static void test_held_out(void) {
    const char *s1[] = {"``", "We", "will", "win", ",", "''", "Garcia", "argued", "."};
    const int32_t h1[] = {7, 3, 3, 7, 7, 7, 7, -1, 7};
    int32_t heads[32];
    uint8_t rels[32];
    parse_words(s1, 9, heads, rels);
    CHECK(memcmp(heads, h1, sizeof h1) == 0);
    CHECK_STR(quoth_parser_rel_name(&model.parser, rels[6]), "nsubj");
    CHECK_STR(quoth_parser_rel_name(&model.parser, rels[3]), "ccomp");
    CHECK_STR(quoth_parser_rel_name(&model.parser, rels[7]), "root");
    const char *s2[] = {"The", "senator", "told", "reporters", "that", "the", "budget", "collapsed", "."};
    const int32_t h2[] = {1, 2, -1, 2, 7, 6, 7, 2, 2};
    parse_words(s2, 9, heads, rels);
    CHECK(memcmp(heads, h2, sizeof h2) == 0);
    CHECK_STR(quoth_parser_rel_name(&model.parser, rels[4]), "mark");
}

/* A parse is a tree: one root, heads in range, no cycle. */
static int is_tree(const int32_t *heads, const uint8_t *rels, size_t n) {
    size_t roots = 0;
    for (size_t i = 0; i < n; i++) {
        if (heads[i] < -1 || heads[i] >= (int32_t)n || heads[i] == (int32_t)i) return 0;
        if ((heads[i] == -1) != (rels[i] == QUOTH_DEP_ROOT_LABEL)) return 0;
        roots += heads[i] == -1;
        size_t steps = 0;
        for (int32_t h = (int32_t)i; h != -1; h = heads[h])
            if (++steps > n) return 0;
    }
    return roots == 1;
}

static void test_lengths(void) {
    quoth_parse_ws ws = QUOTH_PARSE_WS_INIT;
    CHECK_INT(quoth_parse(&model.parser, NULL, NULL, 0, &ws, NULL, NULL), QUOTH_OK);
    quoth_word one = {"minister", 8};
    uint8_t tag = 0, rel = 77;
    int32_t head = 5;
    CHECK_INT(quoth_parse(&model.parser, &one, &tag, 1, &ws, &head, &rel), QUOTH_OK);
    CHECK_INT(head, -1);
    CHECK_INT(rel, QUOTH_DEP_ROOT_LABEL);
    enum { LONG = 1000 };
    quoth_word *words = malloc(LONG * sizeof *words);
    uint8_t *tags = malloc(LONG), *rels = malloc(LONG);
    int32_t *heads = malloc(LONG * sizeof *heads);
    const char *cycle[] = {"the", "senator", "said", "``", "a", "plan", "failed", "''", ",", "in", "city", "."};
    for (size_t i = 0; i < LONG; i++) words[i] = (quoth_word){cycle[i % 12], (uint32_t)strlen(cycle[i % 12])};
    CHECK_INT(quoth_pos_tag(&model.pos, words, LONG, tags), QUOTH_OK);
    CHECK_INT(quoth_parse(&model.parser, words, tags, LONG, &ws, heads, rels), QUOTH_OK);
    CHECK(is_tree(heads, rels, LONG));
    /* Shorter after longer reuses the workspace. */
    CHECK_INT(quoth_parse(&model.parser, words, tags, 7, &ws, heads, rels), QUOTH_OK);
    CHECK(is_tree(heads, rels, 7));
    CHECK_INT(quoth_parse(&model.parser, words, tags, QUOTH_DEP_MAX_WORDS + 1, &ws, heads, rels),
              QUOTH_ERR_TOO_LARGE);
    CHECK_INT(quoth_parse(&model.parser, NULL, tags, 3, &ws, heads, rels), QUOTH_ERR_INVALID);
    quoth_parse_ws_free(&ws);
    free(words);
    free(tags);
    free(rels);
    free(heads);
}

static void test_deterministic(void) {
    trained again;
    CHECK_INT(train(corpus_path, &again), QUOTH_OK);
    CHECK(again.size == model.size && memcmp(again.file, model.file, model.size) == 0);
    free(again.file);
}

/* A copy of the model with one section replaced (NULL: left out). */
static int load_with(const char *name, const void *data, size_t size) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    for (uint32_t i = 0; i < model.mf.n_sections; i++) {
        const char *sec;
        const void *p;
        size_t n;
        quoth_mf_section_at(&model.mf, i, &sec, &p, &n);
        if (strcmp(sec, name) != 0) quoth_mf_writer_add(w, sec, p, n);
        else if (data) quoth_mf_writer_add(w, sec, data, size);
    }
    trained t;
    int rc = quoth_mf_writer_write_memory(w, &t.file, &t.size);
    quoth_mf_writer_free(w);
    if (rc == QUOTH_OK) rc = open_model(&t);
    free(t.file);
    return rc;
}

static void test_bad_sections(void) {
    const char *sections[] = {"dep.labels", "dep.moves", "dep.rels"};
    for (int k = 0; k < 3; k++) {
        const void *p;
        size_t n;
        CHECK_INT(quoth_mf_section(&model.mf, sections[k], &p, &n), QUOTH_OK);
        CHECK_INT(load_with(sections[k], p, n), QUOTH_OK);
        CHECK_INT(load_with(sections[k], NULL, 0), QUOTH_ERR_MODEL);
        CHECK_INT(load_with(sections[k], p, n - 16), QUOTH_ERR_MODEL);
        unsigned char *big = calloc(1, n + 16);
        memcpy(big, p, n);
        CHECK_INT(load_with(sections[k], big, n + 16), QUOTH_ERR_MODEL);
        free(big);
    }
    /* The moves table where the label table belongs: wrong class count. */
    const void *moves;
    size_t moves_size;
    quoth_mf_section(&model.mf, "dep.moves", &moves, &moves_size);
    CHECK_INT(load_with("dep.rels", moves, moves_size), QUOTH_ERR_MODEL);
    /* A label count that does not fit the section. */
    const void *labels;
    size_t labels_size;
    quoth_mf_section(&model.mf, "dep.labels", &labels, &labels_size);
    unsigned char *copy = malloc(labels_size);
    memcpy(copy, labels, labels_size);
    uint32_t bad = 200;
    memcpy(copy + 8, &bad, sizeof bad);
    CHECK_INT(load_with("dep.labels", copy, labels_size), QUOTH_ERR_MODEL);
    memcpy(copy, labels, labels_size);
    copy[16] ^= 1; /* the tagset fingerprint of another POS model */
    CHECK_INT(load_with("dep.labels", copy, labels_size), QUOTH_ERR_MODEL);
    free(copy);
}

static void test_bad_treebanks(void) {
    char path[160];
    quoth_treebank tb;
    snprintf(path, sizeof path, "%s/bad.tsv", dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "d\t1\t1\t0\t0\tHe\the\tPRP\tO\t2\tnsubj\nd\t1\t2\t0\t0\tleft\tleave\tVBD\tO\t3\troot\n");
    fclose(f);
    CHECK_INT(quoth_treebank_read(path, &tb), QUOTH_ERR_PARSE); /* head 3 of 2 words */
    f = fopen(path, "w");
    fprintf(f, "d\t1\t1\t0\t0\tHe\the\tPRP\tO\t2\tnsubj\nd\t1\t3\t0\t0\tleft\tleave\tVBD\tO\t0\troot\n");
    fclose(f);
    CHECK_INT(quoth_treebank_read(path, &tb), QUOTH_ERR_PARSE); /* tok 3 at position 2 */
    f = fopen(path, "w");
    fprintf(f, "d\t1\t1\t0\t0\tHe\the\tPRP\tO\t2\tnsubj\nd\t1\t2\t0\t0\tleft\tleave\tVBD\tO\t0\troot\n");
    fclose(f);
    CHECK_INT(quoth_treebank_read(path, &tb), QUOTH_OK);
    CHECK_INT(tb.heads[0], 1);
    CHECK_INT(tb.heads[1], -1);
    quoth_treebank_free(&tb);
    unlink(path);
    CHECK_INT(quoth_treebank_read("/nonexistent/tokens.tsv.gz", &tb), QUOTH_ERR_IO);
}

static void test_cleanup(void) {
    free(model.file);
    unlink(corpus_path);
    CHECK_INT(rmdir(dir), 0);
}

TEST_MAIN(test_oracle_reproduces_trees, test_oracle_costs_add_up, test_projectivity, test_train,
          test_rel_names, test_held_out, test_lengths, test_deterministic, test_bad_sections,
          test_bad_treebanks, test_cleanup)
