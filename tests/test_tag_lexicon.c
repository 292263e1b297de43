/* Hashing of words and the word lexicon. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"
#include "tag/hash.h"
#include "tag/lexicon.h"

static void test_hash_lowercase_agrees(void) {
    const char *upper = "SAID-THAT Ministry OF Défense 2016 AND A VERY LONG TAIL OF WORDS";
    char lower[128];
    size_t len = strlen(upper);
    for (size_t i = 0; i <= len; i++)
        lower[i] = (upper[i] >= 'A' && upper[i] <= 'Z') ? (char)(upper[i] + 32) : upper[i];
    int agree = 1, differ = 1;
    for (size_t n = 0; n <= len; n++) {
        agree &= quoth_hash_lower(upper, n) == quoth_hash_bytes(lower, n);
        if (n > 0 && memcmp(upper, lower, n) != 0) differ &= quoth_hash_bytes(upper, n) != quoth_hash_bytes(lower, n);
    }
    CHECK(agree);
    CHECK(differ);
    /* Non-ASCII bytes are compared as they are. */
    CHECK(quoth_hash_lower("\xC3\x89", 2) != quoth_hash_lower("\xC3\xA9", 2));
    /* Lengths matter even when the bytes look alike. */
    CHECK(quoth_hash_bytes("a", 1) != quoth_hash_bytes("aa", 2));
    CHECK(quoth_hash_bytes("aa", 2) != quoth_hash_bytes("aaa", 3));
    CHECK(quoth_hash_bytes("", 0) != quoth_hash_bytes("\0", 1));
}

static void test_pack_is_exact(void) {
    const unsigned char bytes[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    int exact = 1;
    for (size_t n = 0; n <= 8; n++) {
        uint64_t want = 0;
        for (size_t i = 0; i < n; i++) want |= (uint64_t)bytes[i] << (8 * i);
        exact &= quoth_hash_pack(bytes, n) == want;
    }
    CHECK(exact);
    CHECK(quoth_hash_short(quoth_hash_pack((const unsigned char *)"said", 4), 4) ==
          quoth_hash_bytes("said", 4));
}

static int build(quoth_lexicon_builder *b, uint32_t min, void **blob, size_t *size,
                 quoth_lexicon *lex) {
    int rc = quoth_lexicon_builder_serialize(b, min, blob, size);
    return rc == QUOTH_OK ? quoth_lexicon_load(*blob, *size, lex) : rc;
}

static void test_counts(void) {
    quoth_lexicon_builder *b = quoth_lexicon_builder_new();
    const char *words[] = {"Said", "said", "SAID", "that", "the", "The", "minister", "élan", "Élan"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        CHECK_INT(quoth_lexicon_builder_add_word(b, words[i], strlen(words[i]), 1), QUOTH_OK);
    CHECK_INT(quoth_lexicon_builder_size(b), 6);
    void *blob;
    size_t size;
    quoth_lexicon lex;
    CHECK_INT(build(b, 1, &blob, &size, &lex), QUOTH_OK);
    CHECK_INT(quoth_lexicon_count(&lex, "said", 4), 3);
    CHECK_INT(quoth_lexicon_count(&lex, "sAiD", 4), 3);
    CHECK_INT(quoth_lexicon_count(&lex, "saidthat", 8), 0);
    CHECK_INT(quoth_lexicon_count(&lex, "saidthat", 4), 3);
    CHECK_INT(quoth_lexicon_count(&lex, &"saidthat"[4], 4), 1);
    CHECK_INT(quoth_lexicon_count(&lex, "THE", 3), 2);
    CHECK_INT(quoth_lexicon_count(&lex, "élan", strlen("élan")), 1);
    CHECK_INT(quoth_lexicon_count(&lex, "Élan", strlen("Élan")), 1);
    CHECK_INT(quoth_lexicon_count(&lex, "", 0), 0);
    free(blob);
    /* Keeping words seen at least twice. */
    CHECK_INT(build(b, 2, &blob, &size, &lex), QUOTH_OK);
    CHECK_INT(lex.n_entries, 2);
    CHECK_INT(quoth_lexicon_count(&lex, "Said", 4), 3);
    CHECK_INT(quoth_lexicon_count(&lex, "minister", 8), 0);
    free(blob);
    quoth_lexicon_builder_free(b);
}

static void test_many_words_and_raw_keys(void) {
    quoth_lexicon_builder *b = quoth_lexicon_builder_new();
    char word[32];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(word, sizeof word, "word%d", i);
        quoth_lexicon_builder_add_word(b, word, (size_t)n, (uint32_t)(i % 7 + 1));
    }
    quoth_lexicon_builder_add(b, 12345, 9);
    void *blob;
    size_t size;
    quoth_lexicon lex;
    CHECK_INT(build(b, 1, &blob, &size, &lex), QUOTH_OK);
    int right = 1;
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(word, sizeof word, "WORD%d", i);
        right &= quoth_lexicon_count(&lex, word, (size_t)n) == (uint32_t)(i % 7 + 1);
    }
    CHECK(right);
    CHECK_INT(quoth_lexicon_get(&lex, 12345), 9);
    CHECK_INT(quoth_lexicon_get(&lex, 12346), 0);
    free(blob);
    quoth_lexicon_builder_free(b);
}

static void test_corrupt(void) {
    quoth_lexicon_builder *b = quoth_lexicon_builder_new();
    quoth_lexicon_builder_add_word(b, "word", 4, 3);
    void *blob;
    size_t size;
    CHECK_INT(quoth_lexicon_builder_serialize(b, 1, &blob, &size), QUOTH_OK);
    quoth_lexicon lex;
    int all_rejected = 1;
    for (size_t n = 0; n < size; n++) {
        void *copy = malloc(n ? n : 1);
        memcpy(copy, blob, n);
        if (quoth_lexicon_load(copy, n, &lex) != QUOTH_ERR_MODEL) all_rejected = 0;
        free(copy);
    }
    CHECK(all_rejected);
    /* A full table (no empty slot) would make misses loop: rejected. */
    uint32_t *header = blob, n_slots = 1u << header[2];
    uint32_t *values = (uint32_t *)(void *)((unsigned char *)blob + 16 + 8 * (size_t)n_slots);
    for (uint32_t i = 0; i < n_slots; i++) values[i] = 1;
    header[3] = n_slots;
    CHECK_INT(quoth_lexicon_load(blob, size, &lex), QUOTH_ERR_MODEL);
    free(blob);
    quoth_lexicon_builder_free(b);
    CHECK_INT(quoth_lexicon_count(NULL, "x", 1), 0);
}

TEST_MAIN(test_hash_lowercase_agrees, test_pack_is_exact, test_counts, test_many_words_and_raw_keys,
          test_corrupt)
