/* The entity tagger, trained on a small invented corpus. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/model_file.h"
#include "tag/pos.h"

typedef struct token {
    const char *word, *pos, *ner;
} token;

static const char *const people[] = {"Smith", "Garcia", "Okafor", "Lindqvist", "Nakamura", "Dubois"};
static const char *const places[] = {"Paris", "Ohio", "Nairobi", "Lima", "Oslo"};
static const char *const orgs[] = {"Reuters", "Google", "Interpol", "Unicef"};
static const char *const verbs[] = {"said", "told", "added", "warned"};

#define PICK(list, i) (list[(size_t)(i) % (sizeof list / sizeof *list)])

/* Sentence i: one of four patterns around a person, a place, an organization. */
static size_t make_sentence(int i, token *out) {
    size_t n = 0;
    switch (i % 4) {
    case 0: /* Mr. Smith said in Paris . */
        out[n++] = (token){"Mr.", "NNP", "O"};
        out[n++] = (token){PICK(people, i / 4), "NNP", "PERSON"};
        out[n++] = (token){PICK(verbs, i / 4), "VBD", "O"};
        out[n++] = (token){"in", "IN", "O"};
        out[n++] = (token){PICK(places, i), "NNP", "LOCATION"};
        break;
    case 1: /* a spokesman for Google told Reuters */
        out[n++] = (token){"A", "DT", "O"};
        out[n++] = (token){"spokesman", "NN", "O"};
        out[n++] = (token){"for", "IN", "O"};
        out[n++] = (token){PICK(orgs, i), "NNP", "ORGANIZATION"};
        out[n++] = (token){PICK(verbs, i / 2), "VBD", "O"};
        out[n++] = (token){"the", "DT", "O"};
        out[n++] = (token){"news", "NN", "O"};
        break;
    case 2: /* Smith , the mayor of Lima , said */
        out[n++] = (token){PICK(people, i / 2), "NNP", "PERSON"};
        out[n++] = (token){",", ",", "O"};
        out[n++] = (token){"the", "DT", "O"};
        out[n++] = (token){"mayor", "NN", "O"};
        out[n++] = (token){"of", "IN", "O"};
        out[n++] = (token){PICK(places, i / 2), "NNP", "LOCATION"};
        out[n++] = (token){",", ",", "O"};
        out[n++] = (token){PICK(verbs, i), "VBD", "O"};
        break;
    default: /* officials at Interpol met Garcia in Oslo */
        out[n++] = (token){"Officials", "NNS", "O"};
        out[n++] = (token){"at", "IN", "O"};
        out[n++] = (token){PICK(orgs, i / 3), "NNP", "ORGANIZATION"};
        out[n++] = (token){"met", "VBD", "O"};
        out[n++] = (token){"Ms.", "NNP", "O"};
        out[n++] = (token){PICK(people, i / 3), "NNP", "PERSON"};
        out[n++] = (token){"in", "IN", "O"};
        out[n++] = (token){PICK(places, i / 4), "NNP", "LOCATION"};
        break;
    }
    out[n++] = (token){".", ".", "O"};
    return n;
}

static int write_corpus(const char *path, int n_sentences) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "# doc\tsent\ttok\tstart\tend\tword\tlemma\tpos\tner\thead\tdeprel\n");
    for (int s = 0; s < n_sentences; s++) {
        token t[16];
        size_t n = make_sentence(s, t);
        for (size_t k = 0; k < n; k++)
            fprintf(f, "d%d\t%d\t%zu\t0\t0\t%s\t%s\t%s\t%s\t0\tdep\n", s / 8, s % 8 + 1, k + 1, t[k].word,
                    t[k].word, t[k].pos, t[k].ner);
    }
    return fclose(f);
}

static char dir[64], path[128];
static void *file;
static size_t file_size;
static quoth_mf mf;
static quoth_pos_model pos;
static quoth_entity_model ent;

static int train_all(void **out, size_t *out_size) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    quoth_pos_train_options po = quoth_pos_train_defaults();
    po.prune.min_updates = 0;
    void *pos_file = NULL;
    size_t pos_size;
    quoth_mf pos_mf;
    quoth_pos_model p;
    int rc = quoth_pos_train(path, NULL, &po, NULL, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, &pos_file, &pos_size);
    if (rc == QUOTH_OK) rc = quoth_mf_open(pos_file, pos_size, &pos_mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&pos_mf, &p);
    quoth_entity_train_options eo = quoth_entity_train_defaults();
    eo.prune.min_updates = 0;
    eo.epochs = 10;
    if (rc == QUOTH_OK) rc = quoth_entity_train(path, path, &p, &eo, NULL, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, out, out_size);
    free(pos_file);
    quoth_mf_writer_free(w);
    return rc;
}

static void test_train(void) {
    snprintf(dir, sizeof dir, "/tmp/quoth-ent-XXXXXX");
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/tokens.tsv", dir);
    CHECK_INT(write_corpus(path, 64), 0);
    CHECK_INT(train_all(&file, &file_size), QUOTH_OK);
    CHECK_INT(quoth_mf_open(file, file_size, &mf), QUOTH_OK);
    CHECK_INT(quoth_pos_model_load(&mf, &pos), QUOTH_OK);
    CHECK_INT(quoth_entity_model_load(&mf, &pos, &ent), QUOTH_OK);
}

static void label_and_check(const char *const *words, const char *const *want, size_t n) {
    quoth_word w[32];
    uint8_t tags[32], labels[32];
    for (size_t i = 0; i < n; i++) w[i] = (quoth_word){words[i], (uint32_t)strlen(words[i])};
    CHECK_INT(quoth_pos_tag(&pos, w, n, tags), QUOTH_OK);
    CHECK_INT(quoth_entity_tag(&ent, w, tags, n, labels), QUOTH_OK);
    for (size_t i = 0; i < n; i++) {
        const char *got = quoth_entity_label_name(labels[i]);
        if (strcmp(got, want[i]) != 0) fprintf(stderr, "  %s: got %s, want %s\n", words[i], got, want[i]);
        CHECK_STR(got, want[i]);
    }
}

/* New combinations, and a name never seen, in familiar places. */
static void test_held_out(void) {
    const char *s1[] = {"Mr.", "Okafor", "warned", "in", "Lima", "."};
    const char *l1[] = {"O", "PERSON", "O", "O", "LOCATION", "O"};
    label_and_check(s1, l1, 6);
    const char *s2[] = {"Officials", "at", "Google", "met", "Ms.", "Kowalczyk", "in", "Paris", "."};
    const char *l2[] = {"O", "O", "ORGANIZATION", "O", "O", "PERSON", "O", "LOCATION", "O"};
    label_and_check(s2, l2, 9);
}

/* The taggers reading infos made through a word cache tag as they do
 * hashing the words themselves: the POS tags whole, the entity labels for
 * every prefix. */
static void test_given_infos(void) {
    const char *s[] = {"Ms.", "Kowalczyk", ",", "who", "met", "Mr.", "Okafor", "at", "Google", "in", "Lima", ",",
                       "said", "2024", "was", "\"", "ÉLAN", "\"", "."};
    enum { N = sizeof s / sizeof *s };
    quoth_word w[N];
    quoth_word_info infos[N];
    uint8_t tags[N], kept_tags[N], labels[N], kept_labels[N];
    quoth_word_cache *cache = calloc(1, sizeof *cache);
    for (size_t i = 0; i < N; i++) {
        w[i] = (quoth_word){s[i], (uint32_t)strlen(s[i])};
        quoth_word_info_cached(cache, w[i].s, w[i].len, &infos[i]);
    }
    free(cache);
    CHECK_INT(quoth_pos_tag(&pos, w, N, tags), QUOTH_OK);
    CHECK_INT(quoth_pos_tag_infos(&pos, NULL, infos, N, kept_tags), QUOTH_OK);
    CHECK(memcmp(tags, kept_tags, N) == 0);
    int differ = 0;
    for (size_t upto = 1; upto <= N; upto++) {
        CHECK_INT(quoth_entity_tag_prefix(&ent, w, tags, N, upto, labels), QUOTH_OK);
        CHECK_INT(quoth_entity_tag_infos(&ent, infos, tags, N, upto, kept_labels), QUOTH_OK);
        differ += memcmp(labels, kept_labels, upto) != 0;
    }
    CHECK_INT(differ, 0);
    CHECK_INT(quoth_entity_tag_infos(&ent, infos, tags, N, N + 1, kept_labels), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_entity_tag_infos(&ent, infos, tags, N, 0, kept_labels), QUOTH_OK);
}

/* The tagger against the plainest one: every feature of each word looked
 * up in turn (quoth_entity_features), no pipeline, no label rows. */
static void label_plainly(const quoth_word *w, const uint8_t *tags, size_t n, uint8_t *labels) {
    quoth_window win;
    quoth_window_start(&win, w, n);
    uint32_t prev = QUOTH_TAG_START1, prev2 = QUOTH_TAG_START2;
    for (size_t i = 0; i < n; i++) {
        quoth_window_advance(&win, i);
        uint32_t label = quoth_lexicon_get(&ent.dict, quoth_window_at(&win, i, 0)->word);
        if (label) {
            label--;
        } else {
            uint64_t feats[QUOTH_ENT_MAX_FEATS];
            int32_t scores[QUOTH_LINEAR_STRIDE(QUOTH_ENT_LABELS)] = {0};
            quoth_linear_score(&ent.weights, feats, quoth_entity_features(&win, tags, n, i, prev, prev2, feats),
                               scores);
            label = quoth_linear_argmax(scores, QUOTH_ENT_LABELS);
        }
        labels[i] = (uint8_t)label;
        prev2 = prev;
        prev = label;
    }
}

static void test_against_plain_tagger(void) {
    static const char *const vocab[] = {"Ms.", "Kowalczyk", "met", "Mr.", "Okafor", "at", "Google", "in", "Lima",
                                        ",", "said", "the", "Zorblat", "Institute", "of", "Quux", "Paris", "."};
    enum { VOCAB = sizeof vocab / sizeof *vocab, MAX = 24 };
    uint32_t state = 5;
    int differ = 0;
    for (int s = 0; s < 300; s++) {
        quoth_word w[MAX];
        uint8_t tags[MAX], labels[MAX], plain[MAX];
        size_t n = 1 + (size_t)s % MAX;
        for (size_t i = 0; i < n; i++) {
            state = state * 1664525u + 1013904223u;
            const char *word = vocab[(state >> 16) % VOCAB];
            w[i] = (quoth_word){word, (uint32_t)strlen(word)};
        }
        CHECK_INT(quoth_pos_tag(&pos, w, n, tags), QUOTH_OK);
        CHECK_INT(quoth_entity_tag(&ent, w, tags, n, labels), QUOTH_OK);
        label_plainly(w, tags, n, plain);
        differ += memcmp(labels, plain, n) != 0;
    }
    CHECK_INT(differ, 0);
}

static void test_lengths(void) {
    CHECK_INT(quoth_entity_tag(&ent, NULL, NULL, 0, NULL), QUOTH_OK);
    enum { LONG = 100000 };
    quoth_word *words = malloc(LONG * sizeof *words);
    uint8_t *tags = malloc(LONG), *labels = malloc(LONG);
    for (size_t i = 0; i < LONG; i++) words[i] = (quoth_word){i % 3 ? "Smith" : "in", i % 3 ? 5u : 2u};
    CHECK_INT(quoth_pos_tag(&pos, words, LONG, tags), QUOTH_OK);
    CHECK_INT(quoth_entity_tag(&ent, words, tags, LONG, labels), QUOTH_OK);
    int in_range = 1;
    for (size_t i = 0; i < LONG; i++) in_range &= labels[i] < QUOTH_ENT_LABELS;
    CHECK(in_range);
    free(words);
    free(tags);
    free(labels);
}

static void test_labels(void) {
    CHECK_INT(quoth_entity_label_of("PERSON"), QUOTH_ENT_PERSON);
    CHECK_INT(quoth_entity_label_of("CITY"), QUOTH_ENT_LOCATION);
    CHECK_INT(quoth_entity_label_of("NATIONALITY"), QUOTH_ENT_O);
    CHECK_INT(quoth_entity_label_of("MISC"), QUOTH_ENT_O);
    CHECK_STR(quoth_entity_label_name(QUOTH_ENT_ORGANIZATION), "ORGANIZATION");
    CHECK(quoth_entity_label_name(QUOTH_ENT_LABELS) == NULL);
}

static void test_deterministic(void) {
    void *again;
    size_t size;
    CHECK_INT(train_all(&again, &size), QUOTH_OK);
    CHECK(size == file_size && memcmp(again, file, size) == 0);
    free(again);
}

/* An entity model refuses a POS model with another tagset. */
static void test_tagset_mismatch(void) {
    quoth_pos_model other = pos;
    other.n_tags--;
    quoth_entity_model m;
    CHECK_INT(quoth_entity_model_load(&mf, &other, &m), QUOTH_ERR_MODEL);
}

static void test_cleanup(void) {
    free(file);
    unlink(path);
    CHECK_INT(rmdir(dir), 0);
}

TEST_MAIN(test_train, test_held_out, test_given_infos, test_against_plain_tagger, test_lengths, test_labels, test_deterministic,
          test_tagset_mismatch, test_cleanup)
