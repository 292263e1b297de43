#include "tag/train_util.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quoth.h"
#include "tag/hash.h"
#include "tag/lexicon.h"

uint64_t quoth_train_rand(uint64_t *state) {
    uint64_t z = (*state += QUOTH_HASH_K1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

void quoth_train_shuffle(size_t *items, size_t n, uint64_t *state) {
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(quoth_train_rand(state) % i);
        size_t t = items[i - 1];
        items[i - 1] = items[j];
        items[j] = t;
    }
}

double quoth_train_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

uint32_t quoth_train_argmax(const float *scores, uint32_t n) {
    uint32_t best = 0;
    for (uint32_t c = 1; c < n; c++)
        if (scores[c] > scores[best]) best = c;
    return best;
}

typedef struct word_label {
    uint64_t word;
    uint32_t label;
} word_label;

static int by_word_then_label(const void *a, const void *b) {
    const word_label *x = a, *y = b;
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    return x->label < y->label ? -1 : x->label > y->label;
}

/* Adds one word (a run of equal words, sorted by label) to the dictionary
 * when one label dominates it. */
static int judge_word(quoth_lexicon_builder *dict, const word_label *run, size_t n,
                      uint32_t min_count, double min_share) {
    if (n < min_count) return QUOTH_OK;
    size_t best = 0, best_count = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && run[j].label == run[i].label) j++;
        if (j - i > best_count) {
            best_count = j - i;
            best = i;
        }
        i = j;
    }
    if (run[best].label == 255 || (double)best_count < min_share * (double)n) return QUOTH_OK;
    return quoth_lexicon_builder_add(dict, run[0].word, run[best].label + 1);
}

static int is_fixed(uint64_t word, const quoth_dict_word *fixed, size_t n_fixed) {
    for (size_t k = 0; k < n_fixed; k++)
        if (quoth_hash_bytes(fixed[k].spelling, strlen(fixed[k].spelling)) == word) return 1;
    return 0;
}

int quoth_train_dict(const quoth_word *words, const uint8_t *labels, size_t n, uint32_t min_count,
                     double min_share, const quoth_dict_word *fixed, size_t n_fixed, void **blob, size_t *size) {
    word_label *pairs = malloc((n ? n : 1) * sizeof *pairs);
    quoth_lexicon_builder *dict = quoth_lexicon_builder_new();
    int rc = pairs && dict ? QUOTH_OK : QUOTH_ERR_NOMEM;
    for (size_t i = 0; rc == QUOTH_OK && i < n; i++) {
        pairs[i].word = quoth_hash_bytes(words[i].s, words[i].len);
        pairs[i].label = labels[i];
    }
    if (rc == QUOTH_OK) qsort(pairs, n, sizeof *pairs, by_word_then_label);
    for (size_t i = 0; rc == QUOTH_OK && i < n;) {
        size_t j = i;
        while (j < n && pairs[j].word == pairs[i].word) j++;
        if (!is_fixed(pairs[i].word, fixed, n_fixed)) rc = judge_word(dict, pairs + i, j - i, min_count, min_share);
        i = j;
    }
    for (size_t k = 0; rc == QUOTH_OK && k < n_fixed; k++)
        rc = quoth_lexicon_builder_add(dict, quoth_hash_bytes(fixed[k].spelling, strlen(fixed[k].spelling)),
                                       (uint32_t)fixed[k].label + 1);
    if (rc == QUOTH_OK) rc = quoth_lexicon_builder_serialize(dict, 1, blob, size);
    quoth_lexicon_builder_free(dict);
    free(pairs);
    return rc;
}
