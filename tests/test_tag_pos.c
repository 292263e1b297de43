/* The part-of-speech tagger, trained on a small invented corpus. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "quoth.h"
#include "tag/features.h"
#include "tag/hash.h"
#include "tag/model_file.h"
#include "tag/pos.h"

/* Words with their tag, combined by the patterns below into sentences. */
typedef struct tagged {
    const char *word, *tag;
} tagged;

static const tagged dets[] = {{"The", "DT"}, {"the", "DT"}, {"a", "DT"}, {"A", "DT"}, {"this", "DT"}};
static const tagged nouns[] = {{"minister", "NN"}, {"plan", "NN"},   {"report", "NN"},
                               {"company", "NN"},  {"senator", "NN"}, {"budget", "NN"},
                               {"city", "NN"},     {"reporter", "NN"}, {"decision", "NN"}};
static const tagged verbs[] = {{"said", "VBD"},    {"rejected", "VBD"}, {"praised", "VBD"},
                               {"announced", "VBD"}, {"denied", "VBD"},  {"visited", "VBD"},
                               {"signed", "VBD"}};
static const tagged adjs[] = {{"new", "JJ"}, {"angry", "JJ"}, {"local", "JJ"}, {"federal", "JJ"},
                              {"quiet", "JJ"}};
static const tagged names[] = {{"Smith", "NNP"}, {"Garcia", "NNP"}, {"Okafor", "NNP"},
                               {"Lindqvist", "NNP"}};
static const tagged preps[] = {{"in", "IN"}, {"on", "IN"}, {"after", "IN"}, {"with", "IN"}};

#define PICK(list, i) (list[(size_t)(i) % (sizeof list / sizeof *list)])

/* Sentence i of the invented corpus: one of five patterns. */
static size_t make_sentence(int i, tagged *out) {
    size_t n = 0;
    switch (i % 5) {
    case 0: /* DT NN VBD DT JJ NN . */
        out[n++] = PICK(dets, i);
        out[n++] = PICK(nouns, i);
        out[n++] = PICK(verbs, i / 2);
        out[n++] = PICK(dets, i / 3);
        out[n++] = PICK(adjs, i);
        out[n++] = PICK(nouns, i / 4);
        break;
    case 1: /* NNP VBD DT NN IN DT NN . */
        out[n++] = PICK(names, i);
        out[n++] = PICK(verbs, i);
        out[n++] = PICK(dets, i / 2);
        out[n++] = PICK(nouns, i / 3);
        out[n++] = PICK(preps, i);
        out[n++] = PICK(dets, i / 5);
        out[n++] = PICK(nouns, i / 2);
        break;
    case 2: /* `` PRP VBD JJ , '' NNP VBD . */
        out[n++] = (tagged){"``", "``"};
        out[n++] = (tagged){"It", "PRP"};
        out[n++] = (tagged){"was", "VBD"};
        out[n++] = PICK(adjs, i / 2);
        out[n++] = (tagged){",", ","};
        out[n++] = (tagged){"''", "''"};
        out[n++] = PICK(names, i / 3);
        out[n++] = (tagged){"said", "VBD"};
        break;
    case 3: /* DT JJ NN VBD RB . */
        out[n++] = PICK(dets, i / 2);
        out[n++] = PICK(adjs, i / 3);
        out[n++] = PICK(nouns, i);
        out[n++] = PICK(verbs, i / 5);
        out[n++] = (tagged){"quickly", "RB"};
        break;
    default: /* PRP VBD DT NN -LRB- CD -RRB- . */
        out[n++] = (tagged){"They", "PRP"};
        out[n++] = PICK(verbs, i / 3);
        out[n++] = PICK(dets, i);
        out[n++] = PICK(nouns, i / 2);
        out[n++] = (tagged){"-LRB-", "-LRB-"};
        out[n++] = (tagged){i % 2 ? "2016" : "14", "CD"};
        out[n++] = (tagged){"-RRB-", "-RRB-"};
        break;
    }
    out[n++] = (tagged){".", "."};
    return n;
}

/* Writes the corpus in the CoreNLP token format (plain text: zlib reads it). */
static int write_corpus(const char *path, int n_sentences) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "# doc\tsent\ttok\tstart\tend\tword\tlemma\tpos\tner\thead\tdeprel\n");
    for (int s = 0; s < n_sentences; s++) {
        tagged words[16];
        size_t n = make_sentence(s, words);
        for (size_t t = 0; t < n; t++)
            fprintf(f, "doc%d\t%d\t%zu\t0\t0\t%s\t%s\t%s\tO\t0\tdep\n", s / 10, s % 10 + 1, t + 1,
                    words[t].word, words[t].word, words[t].tag);
    }
    return fclose(f);
}

typedef struct trained {
    void *file;
    size_t size;
    quoth_mf mf;
    quoth_pos_model model;
} trained;

static int train(const char *path, trained *out) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    quoth_pos_train_options o = quoth_pos_train_defaults();
    o.epochs = 10;
    o.prune.min_updates = 0;
    int rc = quoth_pos_train(path, NULL, &o, NULL, w);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, &out->file, &out->size);
    quoth_mf_writer_free(w);
    if (rc == QUOTH_OK) rc = quoth_mf_open(out->file, out->size, &out->mf);
    if (rc == QUOTH_OK) rc = quoth_pos_model_load(&out->mf, &out->model);
    return rc;
}

static char corpus_dir[64];
static char corpus_path[128];
static trained model;

static void tag_and_check(const char *const *words, const char *const *want, size_t n) {
    quoth_word w[32];
    uint8_t tags[32];
    for (size_t i = 0; i < n; i++) w[i] = (quoth_word){words[i], (uint32_t)strlen(words[i])};
    CHECK_INT(quoth_pos_tag(&model.model, w, n, tags), QUOTH_OK);
    for (size_t i = 0; i < n; i++) {
        const char *got = quoth_pos_tag_name(&model.model, tags[i]);
        if (!got || strcmp(got, want[i]) != 0)
            fprintf(stderr, "  word %s: got %s, want %s\n", words[i], got ? got : "?", want[i]);
        CHECK_STR(got, want[i]);
    }
}

static void test_train(void) {
    snprintf(corpus_dir, sizeof corpus_dir, "/tmp/quoth-pos-XXXXXX");
    CHECK(mkdtemp(corpus_dir) != NULL);
    snprintf(corpus_path, sizeof corpus_path, "%s/tokens.tsv", corpus_dir);
    CHECK_INT(write_corpus(corpus_path, 60), 0);
    CHECK_INT(train(corpus_path, &model), QUOTH_OK);
    CHECK_INT(quoth_pos_tag_count(&model.model), 15);
    const void *p;
    size_t n;
    CHECK_INT(quoth_mf_section(&model.mf, "lexicon", &p, &n), QUOTH_OK);
}

static void test_tag_names(void) {
    int nn = quoth_pos_tag_id(&model.model, "NN");
    CHECK(nn >= 0);
    CHECK_STR(quoth_pos_tag_name(&model.model, (uint32_t)nn), "NN");
    CHECK_INT(quoth_pos_tag_id(&model.model, "XYZ"), QUOTH_ERR_INVALID);
    CHECK(quoth_pos_tag_name(&model.model, 200) == NULL);
}

/* Sentences not in the corpus, with unseen words in familiar places. */
static void test_held_out(void) {
    const char *s1[] = {"A", "reporter", "praised", "the", "federal", "budget", "."};
    const char *t1[] = {"DT", "NN", "VBD", "DT", "JJ", "NN", "."};
    tag_and_check(s1, t1, 7);
    const char *s2[] = {"Garcia", "denied", "the", "report", "in", "a", "city", "."};
    const char *t2[] = {"NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "."};
    tag_and_check(s2, t2, 8);
    const char *s3[] = {"``", "It", "was", "quiet", ",", "''", "Okafor", "said", "."};
    const char *t3[] = {"``", "PRP", "VBD", "JJ", ",", "''", "NNP", "VBD", "."};
    tag_and_check(s3, t3, 9);
    const char *s4[] = {"The", "local", "governor", "resigned", "quickly", "."};
    const char *t4[] = {"DT", "JJ", "NN", "VBD", "RB", "."};
    tag_and_check(s4, t4, 6);
}

/* British honorifics without a period are proper nouns by the dictionary
 * the model ships, though the corpus never has them; words the corpus
 * gives one tag keep it. */
static void test_honorifics(void) {
    int nnp = quoth_pos_tag_id(&model.model, "NNP");
    CHECK(nnp >= 0);
    const char *const honorifics[] = {"Ms", "Mr", "Mrs", "Dr", "Prof"};
    for (size_t k = 0; k < sizeof honorifics / sizeof *honorifics; k++)
        CHECK_INT(quoth_lexicon_get(&model.model.dict, quoth_hash_bytes(honorifics[k], strlen(honorifics[k]))),
                  (uint32_t)nnp + 1);
    CHECK_INT(quoth_lexicon_get(&model.model.dict, quoth_hash_bytes("Xyzzy", 5)), 0);
    const char *s1[] = {"Ms", "Okafor", "said", "."};
    const char *t1[] = {"NNP", "NNP", "VBD", "."};
    tag_and_check(s1, t1, 4);
}

static void test_lengths(void) {
    uint8_t tag = 77;
    CHECK_INT(quoth_pos_tag(&model.model, NULL, 0, NULL), QUOTH_OK);
    quoth_word one = {"minister", 8};
    CHECK_INT(quoth_pos_tag(&model.model, &one, 1, &tag), QUOTH_OK);
    CHECK(tag < quoth_pos_tag_count(&model.model));
    quoth_word empty = {"", 0};
    CHECK_INT(quoth_pos_tag(&model.model, &empty, 1, &tag), QUOTH_OK);
    CHECK(tag < quoth_pos_tag_count(&model.model));
    enum { LONG = 100000 };
    quoth_word *words = malloc(LONG * sizeof *words);
    uint8_t *tags = malloc(LONG);
    const char *cycle[] = {"the", "senator", "signed", "a", "very-long-hyphenated-word-here", ","};
    for (size_t i = 0; i < LONG; i++) words[i] = (quoth_word){cycle[i % 6], (uint32_t)strlen(cycle[i % 6])};
    memset(tags, 0xFF, LONG);
    CHECK_INT(quoth_pos_tag(&model.model, words, LONG, tags), QUOTH_OK);
    int in_range = 1;
    for (size_t i = 0; i < LONG; i++) in_range &= tags[i] < quoth_pos_tag_count(&model.model);
    CHECK(in_range);
    CHECK_STR(quoth_pos_tag_name(&model.model, tags[LONG - 4]), "DT"); /* "the" */
    free(words);
    free(tags);
}

/* Tagging from made infos, with the previous-tag rows of an engine (one
 * set filled across sentences) or without, gives quoth_pos_tag()'s tags;
 * unseen words make the tagger score most words. */
static void test_infos_and_tag_rows(void) {
    static const char *const vocab[] = {"A", "reporter", "praised", "the", "federal", "budget", ".", "Garcia",
                                        "zorblat", "Quux", "flimmered", "''", "``", ",", "2024", "U.S.",
                                        "Okafor", "said", "quickly", "unheard-of", "XLII", "wibble"};
    enum { VOCAB = sizeof vocab / sizeof *vocab, MAX = 30 };
    quoth_pos_tag_rows *rows = quoth_pos_tag_rows_new(&model.model);
    CHECK(rows != NULL);
    if (!rows) return;
    quoth_word_cache *cache = calloc(1, sizeof *cache);
    uint32_t state = 11;
    int differ = 0;
    for (int s = 0; s < 500; s++) {
        quoth_word w[MAX];
        quoth_word_info infos[MAX];
        uint8_t want[MAX], with_rows[MAX], without[MAX];
        size_t n = 1 + (size_t)s % MAX;
        for (size_t i = 0; i < n; i++) {
            state = state * 1664525u + 1013904223u;
            const char *word = vocab[(state >> 16) % VOCAB];
            w[i] = (quoth_word){word, (uint32_t)strlen(word)};
            quoth_word_info_cached(cache, w[i].s, w[i].len, &infos[i]);
        }
        CHECK_INT(quoth_pos_tag(&model.model, w, n, want), QUOTH_OK);
        CHECK_INT(quoth_pos_tag_infos(&model.model, rows, infos, n, with_rows), QUOTH_OK);
        CHECK_INT(quoth_pos_tag_infos(&model.model, NULL, infos, n, without), QUOTH_OK);
        differ += memcmp(want, with_rows, n) != 0 || memcmp(want, without, n) != 0;
    }
    CHECK_INT(differ, 0);
    /* rows hold one model's sums: another model (even an identical copy)
     * is refused rather than tagged with them */
    quoth_pos_model other = model.model;
    quoth_word_info info;
    uint8_t tag;
    quoth_word_info_cached(cache, "said", 4, &info);
    CHECK_INT(quoth_pos_tag_infos(&other, rows, &info, 1, &tag), QUOTH_ERR_INVALID);
    free(cache);
    quoth_pos_tag_rows_free(rows);
}

/* A document tagged in one call, sentence after sentence, gives each
 * sentence the tags it gets on its own: no feature looks across a
 * sentence's end, and the previous tags start again at each. Sentences of
 * every length (none, one word, dictionary words only, unseen words
 * only), and words between sentences, which are left as they were. */
static void test_sentences(void) {
    static const char *const vocab[] = {"the", ".", "zorblat", "Quux", "flimmered", "said", "Okafor", ",",
                                        "wibble", "2024", "a", "XLII", "reporter", "unheard-of"};
    enum { VOCAB = sizeof vocab / sizeof *vocab, WORDS = 2000, SENTENCES = 200 };
    quoth_pos_tag_rows *rows = quoth_pos_tag_rows_new(&model.model);
    quoth_word_cache *cache = calloc(1, sizeof *cache);
    quoth_word_info *infos = malloc(WORDS * sizeof *infos);
    uint8_t *dict = malloc(WORDS), *want = malloc(WORDS), *got = malloc(WORDS), *got_rows = malloc(WORDS);
    quoth_pos_span spans[SENTENCES];
    CHECK(rows && cache && infos && dict && want && got && got_rows);
    if (!rows || !cache || !infos || !dict || !want || !got || !got_rows) return;
    uint32_t state = 5;
    for (size_t i = 0; i < WORDS; i++) {
        state = state * 1664525u + 1013904223u;
        /* runs of dictionary words, of unseen words, and mixed */
        size_t pick = (state >> 16) % VOCAB;
        if (i % 300 < 40) pick = pick % 2;
        else if (i % 300 < 80) pick = 2 + pick % 3;
        const char *word = vocab[pick];
        quoth_word_info_cached(cache, word, strlen(word), &infos[i]);
        dict[i] = (uint8_t)quoth_pos_dict_entry(&model.model, infos[i].word);
    }
    size_t n_spans = 0;
    uint32_t at = 0;
    while (n_spans < SENTENCES) {
        state = state * 1664525u + 1013904223u;
        uint32_t count = (state >> 16) % 4 == 0 ? (state >> 20) % 3 : (state >> 20) % 25;
        uint32_t gap = (state >> 8) % 7 == 0 ? 1 : 0;
        if (at + gap + count > WORDS) break;
        spans[n_spans++] = (quoth_pos_span){at + gap, count};
        at += gap + count;
    }
    memset(want, 77, WORDS);
    for (size_t k = 0; k < n_spans; k++)
        CHECK_INT(quoth_pos_tag_infos_dict(&model.model, NULL, infos + spans[k].first, dict + spans[k].first,
                                           spans[k].count, want + spans[k].first),
                  QUOTH_OK);
    memset(got, 77, WORDS);
    memset(got_rows, 77, WORDS);
    CHECK_INT(quoth_pos_tag_sentences(&model.model, NULL, infos, dict, spans, n_spans, got), QUOTH_OK);
    CHECK_INT(quoth_pos_tag_sentences(&model.model, rows, infos, dict, spans, n_spans, got_rows), QUOTH_OK);
    CHECK(n_spans > 100);
    CHECK(memcmp(want, got, WORDS) == 0);
    CHECK(memcmp(want, got_rows, WORDS) == 0);
    CHECK_INT(quoth_pos_tag_sentences(&model.model, rows, infos, dict, spans, 0, got), QUOTH_OK);
    CHECK_INT(quoth_pos_tag_sentences(&model.model, rows, infos, NULL, spans, n_spans, got), QUOTH_ERR_INVALID);
    free(infos);
    free(dict);
    free(want);
    free(got);
    free(got_rows);
    free(cache);
    quoth_pos_tag_rows_free(rows);
}

static void test_deterministic(void) {
    trained again;
    CHECK_INT(train(corpus_path, &again), QUOTH_OK);
    CHECK(again.size == model.size && memcmp(again.file, model.file, model.size) == 0);
    free(again.file);
}

static void test_missing_sections(void) {
    const char *keep[] = {"pos.tags", "pos.weights", "pos.dict"};
    for (int skip = 0; skip < 3; skip++) {
        quoth_mf_writer *w = quoth_mf_writer_new();
        for (int k = 0; k < 3; k++) {
            const void *p;
            size_t n;
            if (k == skip) continue;
            quoth_mf_section(&model.mf, keep[k], &p, &n);
            quoth_mf_writer_add(w, keep[k], p, n);
        }
        void *file;
        size_t size;
        quoth_mf mf;
        quoth_pos_model m;
        CHECK_INT(quoth_mf_writer_write_memory(w, &file, &size), QUOTH_OK);
        CHECK_INT(quoth_mf_open(file, size, &mf), QUOTH_OK);
        CHECK_INT(quoth_pos_model_load(&mf, &m), QUOTH_ERR_MODEL);
        free(file);
        quoth_mf_writer_free(w);
    }
}

static void test_bad_input_files(void) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    CHECK_INT(quoth_pos_train("/nonexistent/tokens.tsv.gz", NULL, NULL, NULL, w), QUOTH_ERR_IO);
    char path[160];
    snprintf(path, sizeof path, "%s/bad.tsv", corpus_dir);
    FILE *f = fopen(path, "w");
    fprintf(f, "doc\t1\t1\tonly four\n");
    fclose(f);
    CHECK_INT(quoth_pos_train(path, NULL, NULL, NULL, w), QUOTH_ERR_PARSE);
    unlink(path);
    quoth_mf_writer_free(w);
}

static void test_cleanup(void) {
    free(model.file);
    unlink(corpus_path);
    CHECK_INT(rmdir(corpus_dir), 0);
}

/* A word's shape: classes of its characters, runs cut at three; the
 * common all-letter words take a shortcut that must agree with it. */
static void test_word_shapes(void) {
    static const struct {
        const char *word, *shape;
    } cases[] = {
        {"a", "x"}, {"an", "xx"}, {"the", "xxx"}, {"abcdefgh", "xxx"}, {"abcdefghij", "xxx"},
        {"A", "X"}, {"Al", "Xx"}, {"Ann", "Xxx"}, {"Anne", "Xxxx"}, {"Washingt", "Xxxx"},
        {"Washington", "Xxxx"}, {"US", "XX"}, {"USA", "XXX"}, {"NATO", "XXX"}, {"McCain", "XxXxxx"},
        {"iPhone", "xXxxx"}, {"1,200", "d,ddd"}, {"U.S.", "X.X."}, {"e-mail", "x-xxx"},
        {"caf\xc3\xa9", "xxxuu"}, {"2016", "ddd"}, {"x1", "xd"}, {"`", "`"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        quoth_word_info info;
        quoth_word_info_compute(cases[k].word, strlen(cases[k].word), &info);
        CHECK(info.shape == quoth_hash_bytes(cases[k].shape, strlen(cases[k].shape)));
    }
}

/* Through the cache, a word's info is what quoth_word_info_compute()
 * makes, whether the slot is empty, holds the word, or holds another word
 * (20,000 words into 2,048 slots: many evictions), long words and case
 * variants included. */
static void test_word_cache(void) {
    quoth_word_cache *cache = calloc(1, sizeof *cache);
    int wrong = 0;
    for (int round = 0; round < 3; round++)
        for (int k = 0; k < 20000; k++) {
            char word[64];
            int len = snprintf(word, sizeof word, k % 3 ? "w%d" : k % 2 ? "Word%dLongerThanEight" : "WORD%d", k % 7919);
            quoth_word_info want, got;
            quoth_word_info_compute(word, (size_t)len, &want);
            quoth_word_info_cached(cache, word, (size_t)len, &got);
            wrong += memcmp(&want, &got, sizeof want) != 0;
        }
    /* A slot is known by its spelling's ends and length together: one whose
     * ends match but whose length does not (what a zeroed, empty slot is to
     * a word whose packed bytes are 0) is made again. Its info is spoiled
     * here so that a slot taken on its ends alone would show. */
    quoth_word_info got, want;
    quoth_word_info_compute("said", 4, &want);
    quoth_word_info_cached(cache, "said", 4, &got);
    uint64_t first, last;
    quoth_word_ends("said", 4, &first, &last);
    quoth_word_cache_slot *slot = &cache->slot[(quoth_hash_lower("said", 4) ^ first) & (QUOTH_WORD_CACHE_SLOTS - 1)];
    CHECK(slot->len_plus_1 == 5 && slot->info.word == want.word);
    slot->len_plus_1 = 9;
    slot->info.lower = slot->info.shape = 0;
    quoth_word_info_cached(cache, "said", 4, &got);
    CHECK(memcmp(&got, &want, sizeof want) == 0 && slot->len_plus_1 == 5);
    free(cache);
    CHECK_INT(wrong, 0);
}

TEST_MAIN(test_word_shapes, test_word_cache, test_train, test_tag_names, test_held_out, test_honorifics,
          test_infos_and_tag_rows, test_sentences,
          test_lengths, test_deterministic,
          test_missing_sections, test_bad_input_files, test_cleanup)
