/* The averaged perceptron and its frozen, serialized inference table. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"
#include "tag/hash.h"
#include "tag/linear.h"
#include "tag/model_file.h"

#define N_CLASSES 3
#define N_EXAMPLES 60
#define FEATS_PER_EXAMPLE 4

/* A separable toy problem: each example has one feature telling its class
 * (one of a few per class), a shared bias and two noise features. */
static void make_example(int i, uint64_t *feats, uint32_t *cls) {
    *cls = (uint32_t)(i % N_CLASSES);
    feats[0] = quoth_hash_feat(1, (uint64_t)(*cls * 10 + (uint32_t)(i / N_CLASSES) % 4));
    feats[1] = quoth_hash_feat(0, 0);
    feats[2] = quoth_hash_feat(2, (uint64_t)(i % 7));
    feats[3] = quoth_hash_feat(3, (uint64_t)(i % 5));
}

static uint32_t argmax_float(const float *s, uint32_t n) {
    uint32_t best = 0;
    for (uint32_t c = 1; c < n; c++)
        if (s[c] > s[best]) best = c;
    return best;
}

static quoth_linear_trainer *train_toy(int epochs) {
    quoth_linear_trainer *t = quoth_linear_trainer_new(N_CLASSES);
    for (int e = 0; e < epochs; e++) {
        for (int i = 0; i < N_EXAMPLES; i++) {
            uint64_t feats[FEATS_PER_EXAMPLE];
            uint32_t cls;
            float scores[N_CLASSES];
            make_example(i, feats, &cls);
            quoth_linear_trainer_score(t, feats, FEATS_PER_EXAMPLE, scores);
            uint32_t guess = argmax_float(scores, N_CLASSES);
            if (guess != cls) {
                quoth_linear_trainer_update(t, feats, FEATS_PER_EXAMPLE, cls, 1.0f);
                quoth_linear_trainer_update(t, feats, FEATS_PER_EXAMPLE, guess, -1.0f);
            }
            quoth_linear_trainer_tick(t);
        }
    }
    return t;
}

static int predict(const quoth_linear *m, const uint64_t *feats, size_t n) {
    int32_t scores[QUOTH_LINEAR_STRIDE(N_CLASSES)] = {0};
    quoth_linear_score(m, feats, n, scores);
    return (int)quoth_linear_argmax(scores, m->n_classes);
}

static void test_learns_separable_problem(void) {
    quoth_linear_trainer *t = train_toy(5);
    CHECK(t != NULL);
    void *blob;
    size_t size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_linear m;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    CHECK_INT(m.n_classes, N_CLASSES);
    int correct = 0;
    for (int i = 0; i < N_EXAMPLES; i++) {
        uint64_t feats[FEATS_PER_EXAMPLE];
        uint32_t cls;
        make_example(i, feats, &cls);
        correct += predict(&m, feats, FEATS_PER_EXAMPLE) == (int)cls;
    }
    CHECK_INT(correct, N_EXAMPLES);
    free(blob);
    quoth_linear_trainer_free(t);
}

/* Scores through a model-file section equal the scores of the blob itself. */
static void test_round_trip_through_container(void) {
    quoth_linear_trainer *t = train_toy(3);
    void *blob, *file;
    size_t size, file_size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_mf_writer *w = quoth_mf_writer_new();
    CHECK_INT(quoth_mf_writer_add(w, "toy.weights", blob, size), QUOTH_OK);
    CHECK_INT(quoth_mf_writer_write_memory(w, &file, &file_size), QUOTH_OK);
    quoth_mf mf;
    const void *section;
    size_t section_size;
    CHECK_INT(quoth_mf_open(file, file_size, &mf), QUOTH_OK);
    CHECK_INT(quoth_mf_section(&mf, "toy.weights", &section, &section_size), QUOTH_OK);
    quoth_linear a, b;
    CHECK_INT(quoth_linear_load(blob, size, &a), QUOTH_OK);
    CHECK_INT(quoth_linear_load(section, section_size, &b), QUOTH_OK);
    int same = 1;
    for (int i = 0; i < N_EXAMPLES; i++) {
        uint64_t feats[FEATS_PER_EXAMPLE];
        uint32_t cls;
        int32_t sa[8] = {0}, sb[8] = {0};
        make_example(i, feats, &cls);
        quoth_linear_score(&a, feats, FEATS_PER_EXAMPLE, sa);
        quoth_linear_score(&b, feats, FEATS_PER_EXAMPLE, sb);
        if (memcmp(sa, sb, sizeof sa) != 0) same = 0;
    }
    CHECK(same);
    free(file);
    free(blob);
    quoth_mf_writer_free(w);
    quoth_linear_trainer_free(t);
}

static void test_deterministic(void) {
    quoth_linear_trainer *t1 = train_toy(4), *t2 = train_toy(4);
    void *b1, *b2;
    size_t s1, s2;
    CHECK_INT(quoth_linear_trainer_finalize(t1, NULL, &b1, &s1), QUOTH_OK);
    CHECK_INT(quoth_linear_trainer_finalize(t2, NULL, &b2, &s2), QUOTH_OK);
    CHECK(s1 == s2 && memcmp(b1, b2, s1) == 0);
    free(b1);
    free(b2);
    quoth_linear_trainer_free(t1);
    quoth_linear_trainer_free(t2);
}

/* One update of +1 at clock 1, then three more examples: the averaged
 * weight is 1 - 1/4 (Daume's w - u/c). */
static void test_averaging(void) {
    quoth_linear_trainer *t = quoth_linear_trainer_new(2);
    uint64_t f = quoth_hash_feat(9, 9);
    CHECK_INT(quoth_linear_trainer_update(t, &f, 1, 1, 1.0f), QUOTH_OK);
    for (int i = 0; i < 3; i++) quoth_linear_trainer_tick(t);
    void *blob;
    size_t size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_linear m;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    int32_t scores[8] = {0};
    quoth_linear_score(&m, &f, 1, scores);
    CHECK_INT(scores[0], 0);
    CHECK(fabs(scores[1] * m.scale - 0.75) < 1e-4);
    CHECK_INT(quoth_linear_trainer_update(t, &f, 1, 2, 1.0f), QUOTH_ERR_INVALID);
    free(blob);
    quoth_linear_trainer_free(t);
}

enum { WIDE_CLASSES = 20 };
static const uint64_t common_feature = 0x1234567890ABCDEFull, rare_feature = 0xFEDCBA0987654321ull;

/* 20 classes: one feature set for every class (a dense row), one for a
 * single class (a sparse row). */
static int make_wide(void **blob, size_t *size) {
    quoth_linear_trainer *t = quoth_linear_trainer_new(WIDE_CLASSES);
    for (uint32_t c = 0; c < WIDE_CLASSES; c++)
        quoth_linear_trainer_update(t, &common_feature, 1, c, (float)c - 10.0f);
    quoth_linear_trainer_update(t, &rare_feature, 1, 7, 1.0f);
    quoth_linear_trainer_tick(t);
    int rc = quoth_linear_trainer_finalize(t, NULL, blob, size);
    quoth_linear_trainer_free(t);
    return rc;
}

/* Unknown features add nothing; dense and sparse rows add their weights. */
static void test_unknown_and_dense(void) {
    uint64_t common = common_feature, rare = rare_feature;
    void *blob;
    size_t size;
    CHECK_INT(make_wide(&blob, &size), QUOTH_OK);
    quoth_linear m;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    CHECK_INT(m.stride, 24);
    int32_t scores[24];
    for (int i = 0; i < 24; i++) scores[i] = 5;
    uint64_t unknown[3] = {quoth_hash_feat(1, 3), quoth_hash_feat(2, 1), 0};
    quoth_linear_score(&m, unknown, 3, scores);
    int unchanged = 1;
    for (int i = 0; i < 24; i++) unchanged &= scores[i] == 5;
    CHECK(unchanged);
    memset(scores, 0, sizeof scores);
    quoth_linear_score(&m, &common, 1, scores);
    CHECK(scores[19] > scores[18] && scores[0] < scores[1] && scores[0] < 0);
    CHECK_INT(scores[20], 0); /* padding classes stay as they were */
    memset(scores, 0, sizeof scores);
    quoth_linear_score(&m, &rare, 1, scores);
    CHECK(scores[7] > 0 && scores[6] == 0 && scores[8] == 0);
    free(blob);
}

static void test_pruning(void) {
    quoth_linear_trainer *t = train_toy(5);
    void *all, *pruned;
    size_t all_size, pruned_size;
    quoth_linear_prune prune = {0.0f, 1000000};
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &all, &all_size), QUOTH_OK);
    CHECK_INT(quoth_linear_trainer_finalize(t, &prune, &pruned, &pruned_size), QUOTH_OK);
    quoth_linear a, p;
    CHECK_INT(quoth_linear_load(all, all_size, &a), QUOTH_OK);
    CHECK_INT(quoth_linear_load(pruned, pruned_size, &p), QUOTH_OK);
    CHECK(a.n_features > 0);
    CHECK_INT(p.n_features, 0);
    free(all);
    free(pruned);
    quoth_linear_trainer_free(t);
}

static void test_corrupt_blobs(void) {
    quoth_linear_trainer *t = train_toy(3);
    void *blob;
    size_t size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_linear m;
    int all_rejected = 1;
    for (size_t n = 0; n < size; n++) {
        void *copy = malloc(n ? n : 1);
        memcpy(copy, blob, n);
        if (quoth_linear_load(copy, n, &m) != QUOTH_ERR_MODEL) all_rejected = 0;
        if (quoth_linear_load_trusted(copy, n, &m) != QUOTH_ERR_MODEL) all_rejected = 0;
        free(copy);
    }
    CHECK(all_rejected);
    uint32_t *words = blob;
    words[0] ^= 1;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_ERR_MODEL);
    CHECK_INT(quoth_linear_load_trusted(blob, size, &m), QUOTH_ERR_MODEL);
    words[0] ^= 1;
    /* trusted or not, a table with no empty slot would make the probe of
     * an absent key loop forever */
    uint32_t features = words[5];
    words[5] = 1u << words[3];
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_ERR_MODEL);
    CHECK_INT(quoth_linear_load_trusted(blob, size, &m), QUOTH_ERR_MODEL);
    words[5] = features;
    CHECK_INT(quoth_linear_load_trusted(blob, size, &m), QUOTH_OK);
    free(blob);
    quoth_linear_trainer_free(t);
    /* A sparse row naming a class the model lacks. */
    CHECK_INT(make_wide(&blob, &size), QUOTH_OK);
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    words = blob;
    uint32_t n_slots = 1u << words[3];
    int16_t *rows = (int16_t *)(void *)(words + 8 + 2 * n_slots);
    int broken = 0;
    for (uint32_t i = 0; i < n_slots && !broken; i++) {
        uint32_t ref = words[8 + 2 * i + 1];
        if (ref && (ref >> 24) != 255) {
            rows[ref & 0xFFFFFF] = 100;
            broken = 1;
        }
    }
    CHECK(broken);
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_ERR_MODEL);
    /* the trusted load (the model built into quoth) does not look at rows */
    CHECK_INT(quoth_linear_load_trusted(blob, size, &m), QUOTH_OK);
    free(blob);
    CHECK(quoth_linear_trainer_new(0) == NULL);
    CHECK(quoth_linear_trainer_new(QUOTH_LINEAR_MAX_CLASSES + 1) == NULL);
}

/* Many classes and features: the tables grow and stay consistent. */
static void test_growth(void) {
    enum { CLASSES = 64, FEATURES = 20000 };
    quoth_linear_trainer *t = quoth_linear_trainer_new(CLASSES);
    for (uint32_t i = 0; i < FEATURES; i++) {
        uint64_t f = quoth_hash_feat(5, i);
        quoth_linear_trainer_update(t, &f, 1, i % CLASSES, 1.0f);
        quoth_linear_trainer_tick(t);
    }
    CHECK_INT(quoth_linear_trainer_feature_count(t), FEATURES);
    void *blob;
    size_t size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_linear m;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    int right = 0;
    for (uint32_t i = 0; i < FEATURES; i++) {
        uint64_t f = quoth_hash_feat(5, i);
        int32_t scores[CLASSES] = {0};
        quoth_linear_score(&m, &f, 1, scores);
        right += quoth_linear_argmax(scores, CLASSES) == i % CLASSES;
    }
    CHECK(right >= FEATURES - 2); /* a 32-bit check clash may drop one */
    free(blob);
    quoth_linear_trainer_free(t);
}

/* The vector argmax (many classes) against a plain scan: ties go to the
 * lowest index, in the vector part, the tail, or across both. */
static void test_argmax_ties(void) {
    int32_t s[64];
    for (uint32_t n = 1; n <= 64; n++) {
        for (uint32_t trial = 0; trial < 40; trial++) {
            for (uint32_t c = 0; c < n; c++) s[c] = (int32_t)((c * 7u + trial * 13u) % 5u) - 2;
            if (trial % 3 == 0) s[(trial * 5u) % n] = 100; /* one top */
            if (trial % 4 == 0) s[n - 1] = 200;            /* in the tail */
            if (trial % 5 == 0) s[n / 2] = 200;            /* a tie */
            if (trial % 7 == 0) for (uint32_t c = 0; c < n; c++) s[c] = -5; /* all equal */
            uint32_t want = 0;
            for (uint32_t c = 1; c < n; c++)
                if (s[c] > s[want]) want = c;
            CHECK_INT(quoth_linear_argmax(s, n), want);
        }
    }
}

/* The vector code picked at run time adds what the portable code adds,
 * and so does quoth_linear_score_prefetched() (in batches of 64 refs):
 * for class counts of every vector width, with sparse rows (one to eleven
 * classes updated, as many as a part-of-speech row has) and dense ones,
 * over random feature sets, some longer than a batch. */
static void test_vector_add_matches_portable(void) {
    static const uint32_t CLASSES[] = {2, 7, 8, 13, 45, 64};
    uint32_t state = 7;
    int differ = 0;
    for (size_t k = 0; k < sizeof CLASSES / sizeof *CLASSES; k++) {
        uint32_t nc = CLASSES[k];
        quoth_linear_trainer *t = quoth_linear_trainer_new(nc);
        CHECK(t != NULL);
        if (!t) return;
        for (uint64_t f = 0; f < 400; f++) {
            uint32_t touched = f % 3 == 0 ? nc : 1 + (uint32_t)(f % 11); /* dense or sparse */
            for (uint32_t c = 0; c < touched; c++) {
                state = state * 1664525u + 1013904223u;
                float step = (float)((int)(state >> 20) % 200 - 100);
                quoth_linear_trainer_update(t, &f, 1, (c * 5 + (uint32_t)f) % nc, step);
            }
            quoth_linear_trainer_tick(t);
        }
        void *blob;
        size_t size;
        quoth_linear m;
        CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
        CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
        for (int trial = 0; trial < 300; trial++) {
            uint64_t feats[150];
            uint32_t refs[150];
            int32_t vec[QUOTH_LINEAR_STRIDE(64)] = {0}, portable[QUOTH_LINEAR_STRIDE(64)] = {0};
            int32_t scored[QUOTH_LINEAR_STRIDE(64)] = {0};
            size_t n = trial < 200 ? (size_t)trial % 40 : (size_t)trial - 150;
            for (size_t i = 0; i < n; i++) {
                state = state * 1664525u + 1013904223u;
                feats[i] = (state >> 8) % 450; /* some unknown */
            }
            size_t found = quoth_linear_resolve(&m, feats, n, refs);
            quoth_linear_add(&m, refs, found, vec);
            quoth_linear_add_portable(&m, refs, found, portable);
            quoth_linear_score_prefetched(&m, feats, n, scored);
            differ += memcmp(vec, portable, sizeof vec) != 0;
            differ += memcmp(scored, portable, sizeof scored) != 0;
        }
        free(blob);
        quoth_linear_trainer_free(t);
    }
    CHECK_INT(differ, 0);
}

static int compare_u64(const void *a, const void *b) {
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* The taggers' keys are model format (a model trained with other keys
 * finds nothing), and a table stores the high 32 bits of a key as its
 * check: small values of every template must get distinct checks. */
static void test_feature_keys(void) {
    CHECK(quoth_hash_key(1001, 42) == 0xF2D4DC9BAFC61072ull);
    CHECK(quoth_hash_key2(1007, quoth_hash_lower("said", 4), 3) == 0xD738F7DF8BA3791Full);
    enum { TEMPLATES = 64, VALUES = 4096 };
    uint64_t *keys = malloc(sizeof *keys * TEMPLATES * VALUES);
    CHECK(keys != NULL);
    if (!keys) return;
    size_t n = 0;
    for (uint32_t tpl = 0; tpl < TEMPLATES; tpl++)
        for (uint64_t v = 0; v < VALUES; v++) keys[n++] = quoth_hash_key(1000 + tpl, v) >> 32;
    qsort(keys, n, sizeof *keys, compare_u64);
    size_t same = 0;
    for (size_t i = 1; i < n; i++) same += keys[i] == keys[i - 1];
    /* 262,144 random 32-bit checks share one about 8 times by chance */
    CHECK(same < 40);
    n = 0;
    for (uint64_t a = 0; a < 64; a++)
        for (uint64_t b = 0; b < 64; b++) keys[n++] = quoth_hash_key2(1000, a, b);
    qsort(keys, n, sizeof *keys, compare_u64);
    same = 0;
    for (size_t i = 1; i < n; i++) same += keys[i] == keys[i - 1];
    CHECK_INT(same, 0);
    free(keys);
}

/* The ref in the slot of a key (0 when absent), as a lookup finds it. */
static uint32_t ref_of(const quoth_linear *m, uint64_t key) {
    uint32_t i = (uint32_t)key & m->mask;
    while (m->slots[2 * i + 1] && m->slots[2 * i] != (uint32_t)(key >> 32)) i = (i + 1) & m->mask;
    return m->slots[2 * i + 1];
}

/* The dense rows come first, back to back (each at a multiple of the
 * stride), then the sparse rows; the slots keep the order in which the
 * features were first seen, and a score does not depend on where a row is. */
static void test_dense_rows_first(void) {
    quoth_linear_trainer *t = quoth_linear_trainer_new(WIDE_CLASSES);
    uint64_t sparse = quoth_hash_feat(5, 1), dense[2] = {quoth_hash_feat(5, 2), quoth_hash_feat(5, 3)};
    CHECK_INT(quoth_linear_trainer_update(t, &sparse, 1, 3, 1.0f), QUOTH_OK);
    for (uint32_t c = 0; c < WIDE_CLASSES; c++) {
        CHECK_INT(quoth_linear_trainer_update(t, &dense[0], 1, c, 1.0f + (float)c), QUOTH_OK);
        CHECK_INT(quoth_linear_trainer_update(t, &dense[1], 1, c, -2.0f), QUOTH_OK);
    }
    quoth_linear_trainer_tick(t);
    void *blob;
    size_t size;
    CHECK_INT(quoth_linear_trainer_finalize(t, NULL, &blob, &size), QUOTH_OK);
    quoth_linear m;
    CHECK_INT(quoth_linear_load(blob, size, &m), QUOTH_OK);
    CHECK_INT(ref_of(&m, dense[0]), 0 | 255u << 24);
    CHECK_INT(ref_of(&m, dense[1]), m.stride | 255u << 24);
    CHECK_INT(ref_of(&m, sparse), 2 * m.stride | 1u << 24);
    int32_t scores[24] = {0};
    quoth_linear_score(&m, &sparse, 1, scores);
    CHECK(scores[3] > 0 && scores[2] == 0 && scores[4] == 0);
    memset(scores, 0, sizeof scores);
    quoth_linear_score(&m, dense, 1, scores);
    int rising = scores[0] > 0;
    for (uint32_t c = 1; c < WIDE_CLASSES; c++) rising &= scores[c] > scores[c - 1];
    CHECK(rising);
    free(blob);
    quoth_linear_trainer_free(t);
}

TEST_MAIN(test_vector_add_matches_portable, test_feature_keys, test_argmax_ties, test_learns_separable_problem, test_round_trip_through_container, test_deterministic,
          test_averaging, test_unknown_and_dense, test_pruning, test_corrupt_blobs, test_growth,
          test_dense_rows_first)
