/*
 * test_engine_words.c - what the engine finds of each token's word through
 * its word cache (engine.c, tag_tokens()) is what the tables say of the
 * word, whether the cache held the word, missed it, or lost its slot to
 * another word before the word's lookups were done (pending_word). Read
 * before the tagger's labels, which make a word's LEX_LATE classes known.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#include "attrib/engine.h"
#include "attrib/learned.h"
#include "attrib/learned_features.h"
#include "attrib/wordclass.h"
#include "tag/model.h"

static quoth_model *model;

/* Each token's classes, dictionary entries, block and rate as the model's
 * tables give them; returns how many tokens differ. */
static size_t tokens_unlike_tables(const quoth_engine *e) {
    const quoth_model *m = e->model;
    const quoth_token_list *tl = &e->tokens;
    size_t wrong = 0;
    for (size_t i = 0; i < tl->n; i++) {
        const quoth_token *t = &tl->tok[i];
        quoth_word_info info;
        quoth_word_info_compute(tl->arena + t->norm, t->norm_len, &info);
        uint32_t lex = quoth_word_classes_get(&m->classes, t->lower_hash);
        uint32_t block = 0;
        uint8_t rate = 0;
        quoth_attrib_find_word(&m->attrib->words, &m->attrib->cue_rates, t->lower_hash, &block, &rate);
        int same = memcmp(&info, &e->infos[i], sizeof info) == 0 &&
                   t->lex == (lex & LEX_LATE ? (uint32_t)LEX_LATE : lex) &&
                   e->pos_dict[i] == (uint8_t)quoth_pos_dict_entry(&m->pos, info.word) &&
                   e->entity_dict[i] == (m->has_entities ? (uint8_t)quoth_entity_dict_entry(&m->entities, info.word) : 0) &&
                   e->word_block[i] == block && e->cue_rate[i] == rate;
        wrong += !same;
    }
    return wrong;
}

/* A text of real words between made-up ones, more than the cache's slots,
 * so that words are missed again and again and slots are taken from words
 * whose lookups are still pending. */
static char *churning_text(unsigned seed, size_t words) {
    static const char *REAL[] = {"said", "The", "the", "president", "told", "reporters", ",", "that", "he",
                                 "would", "announce", "Washington", "\"", "according", "to", "officials", "."};
    size_t n_real = sizeof REAL / sizeof *REAL, cap = words * 12 + 1, len = 0;
    char *text = malloc(cap);
    if (!text) abort();
    uint64_t x = seed * 0x9E3779B97F4A7C15ull + 1;
    for (size_t k = 0; k < words; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        if (k % 3 == 0) len += (size_t)snprintf(text + len, cap - len, "%s ", REAL[x % n_real]);
        else len += (size_t)snprintf(text + len, cap - len, "zq%lx ", (unsigned long)(x % 100000));
    }
    return text;
}

static void test_words_as_tables_say(void) {
    quoth_engine *e = quoth_engine_new(model, 0);
    CHECK(e != NULL);
    if (!e) return;
    for (unsigned seed = 1; seed <= 3; seed++) {
        char *text = churning_text(seed, 30000);
        /* cold for the first text, then warm with another's words, then with its own */
        for (int pass = 0; pass < 2; pass++) {
            CHECK_INT(quoth_engine_analyze(e, text, strlen(text)), 0);
            CHECK_INT(e->tokens.n, 30000);
            CHECK_INT(tokens_unlike_tables(e), 0);
        }
        free(text);
    }
    quoth_engine_free(e);
}

static void test_setup(void) {
    CHECK_INT(quoth_model_load_default(&model), 0);
    CHECK(model && model->has_pos && model->attrib && model->attrib->words.slots);
}

TEST_MAIN(test_setup, test_words_as_tables_say)
