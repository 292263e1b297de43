/*
 * learned.c - running the attribution tagger and reading its labels.
 */
#include "attrib/learned.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/learned_features.h"
#include "attrib/phrase.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "util/array.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QUOTH_VITERBI_AVX2 1
#include <immintrin.h>
#else
#define QUOTH_VITERBI_AVX2 0
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#endif

/* Paragraphs are labelled in pieces of at most this many tokens, which
 * bounds the buffers whatever the input; no real paragraph is longer. */
#define MAX_CHUNK 2048

#define NEG_INF (INT32_MIN / 4)

/* The tagger ends contents too early: it reads "that Ohio's practices |
 * could unjustifiably remove ..." or a headline "Poll: Clinton | and Trump
 * in dead heat" as a content that stops after a name, and a cue word inside
 * a reported clause as an attribution of its own, where PolNeAR gives the
 * whole clause to the outer one. Viterbi adds this bias to the score of
 * continuing a content (I-CONTENT), as a multiple of the mean magnitude of
 * the model's allowed transition weights, so that it follows the scale of
 * whatever model is loaded. Chosen on PolNeAR dev (0.4 to 1.2 all help;
 * 0.9, about 120 in weight units for the v9 model, is mid-plateau; twice
 * that starts merging separate attributions): +0.007 who-said-what F1,
 * +0.014 cue-exact, +0.006 source-exact. */
#define CONTENT_CONTINUE_BIAS 0.9

static const char *const LABEL_NAMES[AL_COUNT] = {NULL,    "B-SOURCE",  "I-SOURCE",  "B-CUE",
                                                  "I-CUE", "B-CONTENT", "I-CONTENT", "U-CUE"};

const char *quoth_attrib_label_name(unsigned label) {
    return label < AL_COUNT ? LABEL_NAMES[label] : NULL;
}

/* I-X only after B-X or I-X. */
static int allowed(unsigned prev, unsigned cur) {
    if (cur == AL_I_SOURCE || cur == AL_I_CUE || cur == AL_I_CONTENT)
        return prev == cur || prev == cur - 1;
    return 1;
}

/* CONTENT_CONTINUE_BIAS times the mean magnitude of the allowed
 * transition scores (in the model's integer units). */
static int32_t content_bias(const quoth_attrib_model *m) {
    double sum = 0.0;
    unsigned n = 0;
    for (unsigned prev = 0; prev <= AL_COUNT; prev++)
        for (unsigned cur = 0; cur < AL_COUNT; cur++)
            if (m->trans[prev][cur] != NEG_INF) {
                sum += m->trans[prev][cur] < 0 ? -(double)m->trans[prev][cur] : (double)m->trans[prev][cur];
                n++;
            }
    return n ? (int32_t)(CONTENT_CONTINUE_BIAS * sum / n) : 0;
}

/* The rows of the small-valued features, found once so that tagging
 * finds them by index: about 84,000 keys, each a cache miss in the table,
 * so their slots are prefetched a batch at a time (about a millisecond). */
#define DENSE_BATCH 64u

/* The rows found are then copied out of the weights, each as eight
 * int16 (a sparse row made dense: the same sums), into one array in the
 * order of the features' indices: a tenth of them have a row, 160 KB
 * where they had been spread over the megabyte of the model's rows, a
 * line each, and the rows of a template's common values now share lines.
 * Adding them needs no test of a row's kind either. Their indices are
 * 16 bits, so that the table of indices, read at random, is half as
 * large (the built-in model has 9,991 rows; a model with more than
 * 65,535 is refused). The array grows as rows are found, without a
 * table of all the refs first: memory first touched costs a page fault
 * a page, dear on a virtual machine (15 microseconds a page on the one
 * measured: a megabyte was 4 ms of starting). */
typedef struct small_rows_made {
    size_t n, cap; /* rows, room */
} small_rows_made;

/* Appends the row of feature k (its ref among the weights). */
static int add_small_row(quoth_attrib_model *m, small_rows_made *made, uint32_t ref, uint32_t k) {
    if (made->n > UINT16_MAX) return QUOTH_ERR_MODEL;
    if (QUOTH_RESERVE(m->made_small_rows, made->cap, made->n + 1, 1024)) return QUOTH_ERR_NOMEM;
    int32_t row[QUOTH_LINEAR_STRIDE(AL_COUNT)] = {0};
    quoth_linear_add(&m->weights, &ref, 1, row);
    for (unsigned c = 0; c < QUOTH_WORD_LANES; c++) m->made_small_rows[made->n][c] = (int16_t)row[c];
    m->made_dense_refs[k] = (uint16_t)made->n++;
    return 0;
}

static int find_dense_rows(quoth_attrib_model *m) {
    uint32_t n = quoth_attrib_dense_count();
    small_rows_made made = {1, 0}; /* row 0 stands for none */
    m->made_dense_refs = calloc(n, sizeof *m->made_dense_refs);
    if (!m->made_dense_refs || QUOTH_RESERVE(m->made_small_rows, made.cap, 1, 1024)) return QUOTH_ERR_NOMEM;
    memset(m->made_small_rows[0], 0, sizeof m->made_small_rows[0]);
    uint64_t keys[DENSE_BATCH];
    for (uint32_t first = 0; first < n; first += DENSE_BATCH) {
        uint32_t count = n - first < DENSE_BATCH ? n - first : DENSE_BATCH;
        quoth_attrib_dense_keys(first, count, keys);
        quoth_linear_prefetch(&m->weights, keys, count);
        for (uint32_t k = 0; k < count; k++) {
            uint32_t ref;
            int rc = quoth_linear_resolve(&m->weights, &keys[k], 1, &ref) ? add_small_row(m, &made, ref, first + k) : 0;
            if (rc) return rc;
        }
    }
    m->dense_refs = m->made_dense_refs;
    m->small_rows = (const int16_t (*)[QUOTH_WORD_LANES])m->made_small_rows;
    m->n_small_rows = (uint32_t)made.n;
    return 0;
}

/* quoth_attrib_small_rows_add(), inlined into a plain and an AVX2 copy
 * (where a row is one widening load and an add): a loop of known length,
 * unrolled, without a branch; two sums, two independent chains of adds. */
static inline __attribute__((always_inline)) void add_small_rows(const int16_t (*rows)[QUOTH_WORD_LANES],
                                                                 const uint32_t *which, int32_t *scores) {
    int32_t sum0[QUOTH_WORD_LANES] = {0}, sum1[QUOTH_WORD_LANES] = {0};
    _Static_assert(QUOTH_ATTRIB_MAX_SMALL % 2 == 0, "rows added two at a time");
#pragma GCC unroll 16
    for (size_t k = 0; k < QUOTH_ATTRIB_MAX_SMALL; k += 2) {
        const int16_t *r0 = rows[which[k]], *r1 = rows[which[k + 1]];
        for (unsigned c = 0; c < QUOTH_WORD_LANES; c++) {
            sum0[c] += r0[c];
            sum1[c] += r1[c];
        }
    }
    for (unsigned c = 0; c < QUOTH_WORD_LANES; c++) scores[c] += sum0[c] + sum1[c];
}

#if QUOTH_VITERBI_AVX2
__attribute__((target("avx2"))) static void add_small_rows_avx2(const int16_t (*rows)[QUOTH_WORD_LANES],
                                                                const uint32_t *which, int32_t *scores) {
    add_small_rows(rows, which, scores);
}
#endif

void quoth_attrib_small_rows_add(const quoth_attrib_model *m, const uint32_t *rows, int32_t *scores) {
    const int16_t (*small)[QUOTH_WORD_LANES] = (const int16_t (*)[QUOTH_WORD_LANES])m->small_rows;
#if QUOTH_VITERBI_AVX2
    if (__builtin_cpu_supports("avx2")) {
        add_small_rows_avx2(small, rows, scores);
        return;
    }
#endif
    add_small_rows(small, rows, scores);
}

/* ------------------------------------------------ tables made from the weights */

/* What the tables made from the weights were made from, as their
 * sections record it: tables made from other weights, rates or words (a
 * model assembled by hand, sections copied from another model) or for
 * other features are not used, but made again. */
static void derived_stamp(const quoth_attrib_model *m, size_t n_words, uint32_t stamp[QUOTH_WORD_ROWS_STAMP]) {
    _Static_assert(QUOTH_WORD_ROWS_STAMP == 6, "six values");
    memcpy(&stamp[0], &m->weights.scale, sizeof stamp[0]);
    stamp[1] = m->weights.n_features;
    stamp[2] = m->weights.n_row_values;
    stamp[3] = m->cue_rates.n_entries;
    stamp[4] = (uint32_t)n_words;
    stamp[5] = quoth_attrib_dense_count();
}

/* The section "attrib.small": a 64-byte header {"QSMR", SMALL_VERSION,
 * rows, features, stamp[6], 0 ...}, the transitions (int32, 320 bytes
 * with their padding), the small rows (16 bytes each, row 0 zero), then
 * the row index of each small-valued feature (u16). The transitions are
 * nine scores, but nine probes of a table of megabytes, first touched:
 * ten page faults of starting quoth. */
#define SMALL_MAGIC 0x524D5351u /* "QSMR" read little-endian */
#define SMALL_VERSION 2u
#define SMALL_HEADER_WORDS 16u
#define SMALL_TRANS_BYTES 320u

_Static_assert(sizeof(((quoth_attrib_model *)0)->trans) <= SMALL_TRANS_BYTES, "the transitions fit their place");

static int serialize_small_rows(const quoth_attrib_model *m, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP],
                                void **blob, size_t *size) {
    uint32_t n_dense = quoth_attrib_dense_count();
    size_t head = SMALL_HEADER_WORDS * sizeof(uint32_t) + SMALL_TRANS_BYTES;
    size_t row_bytes = m->n_small_rows * sizeof *m->small_rows;
    size_t bytes = head + row_bytes + n_dense * sizeof *m->dense_refs;
    uint32_t *header = calloc(1, bytes);
    if (!header) return QUOTH_ERR_NOMEM;
    header[0] = SMALL_MAGIC;
    header[1] = SMALL_VERSION;
    header[2] = m->n_small_rows;
    header[3] = n_dense;
    memcpy(&header[4], stamp, QUOTH_WORD_ROWS_STAMP * sizeof *stamp);
    memcpy(header + SMALL_HEADER_WORDS, m->trans, sizeof m->trans);
    unsigned char *at = (unsigned char *)header + head;
    memcpy(at, m->small_rows, row_bytes);
    memcpy(at + row_bytes, m->dense_refs, n_dense * sizeof *m->dense_refs);
    *blob = header;
    *size = bytes;
    return 0;
}

/* Whether trans[prev][cur] is NEG_INF just where the transition is not
 * allowed (see quoth_attrib_model_load()), and a weight of the model (an
 * int16) elsewhere: checked even in the built-in model, 72 values. */
static int transition_is_sound(unsigned prev, unsigned cur, int32_t score) {
    int possible = allowed(prev, cur) && !(prev == AL_COUNT && !allowed(AL_O, cur));
    return possible ? score >= INT16_MIN && score <= INT16_MAX : score == NEG_INF;
}

/* Takes the transitions, small rows and feature indices from a stored
 * section made from `stamp`; unless trusted, checks that every feature's
 * index names one of the rows. */
static int view_small_rows(const void *blob, size_t size, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], int trusted,
                           quoth_attrib_model *m) {
    const size_t head = SMALL_HEADER_WORDS * sizeof(uint32_t) + SMALL_TRANS_BYTES;
    if ((uintptr_t)blob % 8 != 0 || size < head) return QUOTH_ERR_MODEL;
    const uint32_t *header = blob;
    uint32_t n_rows = header[2], n_dense = header[3];
    if (header[0] != SMALL_MAGIC || header[1] != SMALL_VERSION || n_rows == 0 || n_rows > UINT16_MAX + 1u ||
        n_dense != quoth_attrib_dense_count() || memcmp(&header[4], stamp, QUOTH_WORD_ROWS_STAMP * sizeof *stamp) != 0)
        return QUOTH_ERR_MODEL;
    size_t row_bytes = (size_t)n_rows * sizeof *m->small_rows;
    if (size != head + row_bytes + (size_t)n_dense * sizeof *m->dense_refs) return QUOTH_ERR_MODEL;
    int32_t trans[AL_COUNT + 1][AL_COUNT];
    memcpy(trans, header + SMALL_HEADER_WORDS, sizeof trans);
    for (unsigned prev = 0; prev <= AL_COUNT; prev++)
        for (unsigned cur = 0; cur < AL_COUNT; cur++)
            if (!transition_is_sound(prev, cur, trans[prev][cur])) return QUOTH_ERR_MODEL;
    const unsigned char *at = (const unsigned char *)blob + head;
    const uint16_t *refs = (const uint16_t *)(const void *)(at + row_bytes);
    for (uint32_t k = 0; !trusted && k < n_dense; k++)
        if (refs[k] >= n_rows) return QUOTH_ERR_MODEL;
    memcpy(m->trans, trans, sizeof trans);
    m->small_rows = (const int16_t (*)[QUOTH_WORD_LANES])(const void *)at;
    m->dense_refs = refs;
    m->n_small_rows = n_rows;
    return 0;
}

/* The transitions: scores of the weights, NEG_INF where not allowed. */
static void make_transitions(quoth_attrib_model *m) {
    for (unsigned prev = 0; prev <= AL_COUNT; prev++) {
        int32_t row[QUOTH_LINEAR_STRIDE(AL_COUNT)] = {0};
        uint64_t f = quoth_attrib_transition_feature(prev);
        quoth_linear_score(&m->weights, &f, 1, row);
        for (unsigned cur = 0; cur < AL_COUNT; cur++)
            m->trans[prev][cur] = allowed(prev, cur) && !(prev == AL_COUNT && !allowed(AL_O, cur))
                                      ? row[cur] : NEG_INF;
    }
}

/* The transitions and small rows: the model's own section, or made from
 * the weights; then the content bias, from the transitions. */
static int small_rows_of(const quoth_mf *mf, const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], quoth_attrib_model *m) {
    const void *blob;
    size_t size;
    int rc = 0;
    if (quoth_mf_section(mf, "attrib.small", &blob, &size) != 0 || view_small_rows(blob, size, stamp, mf->trusted, m)) {
        make_transitions(m);
        rc = find_dense_rows(m);
    }
    m->content_bias = content_bias(m);
    return rc;
}

/* The table of the window words' rows, when the model lists its words
 * (models made before it do not: their words are found by key then): the
 * model's own section, or made from the weights. */
static int word_rows_of(const quoth_mf *mf, const uint64_t *words, size_t n_words,
                        const uint32_t stamp[QUOTH_WORD_ROWS_STAMP], quoth_attrib_model *m) {
    const void *blob;
    size_t size;
    if (!words) return 0;
    if (quoth_mf_section(mf, "attrib.wordrows", &blob, &size) == 0 &&
        quoth_word_rows_view(blob, size, stamp, mf->trusted, &m->words) == 0)
        return 0;
    return quoth_word_rows_build(&m->weights, words, n_words, &m->cue_rates, &m->words);
}

/* The model's weights and cue rates. */
static int load_weights(const void *blob, size_t size, int trusted, const void *rates, size_t rates_size,
                        quoth_attrib_model *m) {
    int rc = quoth_linear_load_as(trusted, blob, size, &m->weights);
    if (!rc) rc = quoth_lexicon_load_as(trusted, rates, rates_size, &m->cue_rates);
    if (rc || m->weights.n_classes != AL_COUNT) return rc ? rc : QUOTH_ERR_MODEL;
    return 0;
}

int quoth_attrib_model_load(const quoth_mf *mf, quoth_attrib_model **out) {
    *out = NULL;
    const void *blob, *meta, *rates, *words = NULL;
    size_t size, meta_size, rates_size, words_size = 0;
    if (quoth_mf_section(mf, "attrib.weights", &blob, &size) != 0) return 0;
    if (quoth_mf_section(mf, "attrib.meta", &meta, &meta_size) != 0 || meta_size < 8)
        return QUOTH_ERR_MODEL;
    uint32_t version, labels;
    memcpy(&version, meta, 4);
    memcpy(&labels, (const char *)meta + 4, 4);
    if (version != QUOTH_ATTRIB_FEATURES_VERSION || labels != AL_COUNT) return QUOTH_ERR_MODEL;
    int rc = quoth_mf_section(mf, "attrib.cuerate", &rates, &rates_size);
    if (rc) return rc;
    if (quoth_mf_section(mf, "attrib.words", &words, &words_size) == 0 && words_size % sizeof(uint64_t))
        return QUOTH_ERR_MODEL;
    quoth_attrib_model *m = calloc(1, sizeof *m);
    if (!m) return QUOTH_ERR_NOMEM;
    uint32_t stamp[QUOTH_WORD_ROWS_STAMP];
    /* the sections are 8-byte aligned in the file (model_file.h) */
    size_t n_words = words_size / sizeof(uint64_t);
    if (!(rc = load_weights(blob, size, mf->trusted, rates, rates_size, m))) derived_stamp(m, n_words, stamp);
    if (rc || (rc = small_rows_of(mf, stamp, m)) || (rc = word_rows_of(mf, words, n_words, stamp, m)) ||
        (rc = quoth_calibration_load(mf, &m->calibration))) {
        quoth_attrib_model_free(m);
        return rc;
    }
    *out = m;
    return 0;
}

int quoth_attrib_add_derived(quoth_mf_writer *out, const void *weights, size_t size, const void *rates,
                             size_t rates_size, const uint64_t *words, size_t n_words) {
    quoth_attrib_model m;
    memset(&m, 0, sizeof m);
    uint32_t stamp[QUOTH_WORD_ROWS_STAMP];
    int rc = load_weights(weights, size, 0, rates, rates_size, &m);
    if (!rc) make_transitions(&m);
    if (!rc) rc = find_dense_rows(&m);
    if (!rc) rc = quoth_word_rows_build(&m.weights, words, n_words, &m.cue_rates, &m.words);
    if (!rc) derived_stamp(&m, n_words, stamp);
    void *small = NULL, *word_rows = NULL;
    size_t small_size = 0, word_rows_size = 0;
    if (!rc) rc = serialize_small_rows(&m, stamp, &small, &small_size);
    if (!rc) rc = quoth_word_rows_serialize(&m.words, stamp, &word_rows, &word_rows_size);
    if (!rc) rc = quoth_mf_writer_add(out, "attrib.small", small, small_size);
    if (!rc) rc = quoth_mf_writer_add(out, "attrib.wordrows", word_rows, word_rows_size);
    free(small);
    free(word_rows);
    free(m.made_dense_refs);
    free(m.made_small_rows);
    quoth_word_rows_free(&m.words);
    return rc;
}

void quoth_attrib_model_free(quoth_attrib_model *m) {
    if (m) {
        free(m->made_dense_refs);
        free(m->made_small_rows);
        quoth_word_rows_free(&m->words);
    }
    free(m);
}

_Static_assert(AL_COUNT <= 8, "Viterbi and the score rows hold eight labels");
_Static_assert(QUOTH_WORD_LANES == 8, "word blocks are summed into the score rows");

/* One token of Viterbi: all labels at once, the previous label in the
 * outer loop, so that the inner loop is 8 independent lanes (two SSE2
 * vectors; SSE2 is part of every x86-64). A strict > over ascending p keeps
 * the lowest p on ties, as a per-label scan would. With fewer than eight
 * labels the lanes past them would be padding, computed and dropped. */
static void viterbi_step(const int32_t *prev, const int32_t tr[AL_COUNT][8], const int32_t *emit,
                         int32_t *best, uint8_t *back) {
    int32_t top[8], arg[8];
#if defined(__SSE2__)
    __m128i top_lo = _mm_set1_epi32(NEG_INF), top_hi = top_lo;
    __m128i arg_lo = _mm_setzero_si128(), arg_hi = arg_lo;
    for (unsigned p = 0; p < AL_COUNT; p++) {
        __m128i from = _mm_set1_epi32(prev[p]), label = _mm_set1_epi32((int)p);
        __m128i v_lo = _mm_add_epi32(from, _mm_loadu_si128((const __m128i *)(const void *)tr[p]));
        __m128i v_hi = _mm_add_epi32(from, _mm_loadu_si128((const __m128i *)(const void *)(tr[p] + 4)));
        __m128i b_lo = _mm_cmpgt_epi32(v_lo, top_lo), b_hi = _mm_cmpgt_epi32(v_hi, top_hi);
        top_lo = _mm_or_si128(_mm_and_si128(b_lo, v_lo), _mm_andnot_si128(b_lo, top_lo));
        top_hi = _mm_or_si128(_mm_and_si128(b_hi, v_hi), _mm_andnot_si128(b_hi, top_hi));
        arg_lo = _mm_or_si128(_mm_and_si128(b_lo, label), _mm_andnot_si128(b_lo, arg_lo));
        arg_hi = _mm_or_si128(_mm_and_si128(b_hi, label), _mm_andnot_si128(b_hi, arg_hi));
    }
    _mm_storeu_si128((__m128i *)(void *)top, top_lo);
    _mm_storeu_si128((__m128i *)(void *)(top + 4), top_hi);
    _mm_storeu_si128((__m128i *)(void *)arg, arg_lo);
    _mm_storeu_si128((__m128i *)(void *)(arg + 4), arg_hi);
#else
    for (unsigned c = 0; c < 8; c++) {
        top[c] = NEG_INF;
        arg[c] = 0;
    }
    for (unsigned p = 0; p < AL_COUNT; p++)
        for (unsigned c = 0; c < 8; c++) {
            int32_t v = prev[p] + tr[p][c];
            int better = v > top[c];
            top[c] = better ? v : top[c];
            arg[c] = better ? (int32_t)p : arg[c];
        }
#endif
    for (unsigned c = 0; c < AL_COUNT; c++) {
        best[c] = top[c] + emit[c];
        back[c] = (uint8_t)arg[c];
    }
}

#if QUOTH_VITERBI_AVX2
/* The larger of two candidates (scores and their previous labels) in each
 * lane; `hi` wins only when strictly greater, so that of equal scores the
 * one from the lower labels stays, as in a scan from label 0 up. */
__attribute__((target("avx2"))) static inline __attribute__((always_inline)) void
pick_better(__m256i *top, __m256i *arg, __m256i hi_top, __m256i hi_arg) {
    __m256i better = _mm256_cmpgt_epi32(hi_top, *top);
    *top = _mm256_blendv_epi8(*top, hi_top, better);
    *arg = _mm256_blendv_epi8(*arg, hi_arg, better);
}

/* Tokens 1..n-1 with the eight lanes in one AVX2 vector: the transitions
 * stay in registers, and a step's best scores and back pointers are
 * stored with a few vector instructions instead of a loop over labels.
 * The eight previous labels are compared as a tree (pairs, then pairs of
 * pairs), three comparisons deep where a scan was eight: each token
 * waits on the one before, so the depth is the time. The same sums and
 * the same tie-breaking as viterbi_step(): the lowest previous label of
 * the best score, and NEG_INF with label 0 when no score is above it. */
__attribute__((target("avx2"))) static void viterbi_steps_avx2(const int32_t *emit, const int32_t tr[AL_COUNT][8],
                                                               size_t n, int32_t *best, uint8_t *back) {
    _Static_assert(AL_COUNT == 8, "the tree compares eight previous labels");
    __m256i trv[AL_COUNT], label[AL_COUNT];
    for (unsigned p = 0; p < AL_COUNT; p++) {
        trv[p] = _mm256_loadu_si256((const __m256i *)(const void *)tr[p]);
        label[p] = _mm256_set1_epi32((int)p);
    }
    const __m256i none = _mm256_set1_epi32(NEG_INF);
    for (size_t i = 1; i < n; i++) {
        const int32_t *prev = best + 8 * (i - 1);
        __m256i top[4], arg[4];
        for (unsigned k = 0; k < 4; k++) {
            top[k] = _mm256_add_epi32(_mm256_set1_epi32(prev[2 * k]), trv[2 * k]);
            arg[k] = label[2 * k];
            pick_better(&top[k], &arg[k], _mm256_add_epi32(_mm256_set1_epi32(prev[2 * k + 1]), trv[2 * k + 1]),
                        label[2 * k + 1]);
        }
        pick_better(&top[0], &arg[0], top[1], arg[1]);
        pick_better(&top[2], &arg[2], top[3], arg[3]);
        pick_better(&top[0], &arg[0], top[2], arg[2]);
        __m256i above = _mm256_cmpgt_epi32(top[0], none);
        __m256i sum = _mm256_add_epi32(_mm256_blendv_epi8(none, top[0], above),
                                       _mm256_loadu_si256((const __m256i *)(const void *)(emit + 8 * i)));
        _mm256_storeu_si256((__m256i *)(void *)(best + 8 * i), sum);
        __m256i from = _mm256_and_si256(arg[0], above);
        /* labels are 0..7: the lanes narrow to bytes without saturating */
        __m128i words = _mm_packs_epi32(_mm256_castsi256_si128(from), _mm256_extracti128_si256(from, 1));
        _mm_storel_epi64((__m128i *)(void *)(back + 8 * i), _mm_packus_epi16(words, words));
    }
}
#endif

static void viterbi(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n, int32_t *best,
                    uint8_t *back, uint8_t *labels, int vector_steps) {
    if (n == 0) return;
    /* trans padded to 8 labels (none with AL_COUNT 8); padding lanes are
     * never read back */
    int32_t tr[AL_COUNT][8];
    for (unsigned p = 0; p < AL_COUNT; p++) {
        for (unsigned c = 0; c < AL_COUNT; c++) tr[p][c] = trans[p][c];
        for (unsigned c = AL_COUNT; c < 8; c++) tr[p][c] = NEG_INF;
    }
    for (unsigned c = 0; c < AL_COUNT; c++) best[c] = trans[AL_COUNT][c] + emit[c];
#if QUOTH_VITERBI_AVX2
    if (vector_steps && __builtin_cpu_supports("avx2"))
        viterbi_steps_avx2(emit, tr, n, best, back);
    else
#else
    (void)vector_steps;
#endif
        for (size_t i = 1; i < n; i++)
            viterbi_step(best + 8 * (i - 1), tr, emit + 8 * i, best + 8 * i, back + 8 * i);
    unsigned last = 0;
    for (unsigned c = 1; c < AL_COUNT; c++)
        if (best[8 * (n - 1) + c] > best[8 * (n - 1) + last]) last = c;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (uint8_t)last;
        last = back[8 * i + last];
    }
}

void quoth_viterbi(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                   int32_t *best, uint8_t *back, uint8_t *labels) {
    viterbi(emit, trans, n, best, back, labels, 1);
}

void quoth_viterbi_portable(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                            int32_t *best, uint8_t *back, uint8_t *labels) {
    viterbi(emit, trans, n, best, back, labels, 0);
}

/* Which part of an attribution a label is (none, source, cue, content):
 * a cue of one word (U-CUE) and the start of a longer one are one role. */
static unsigned role_of(unsigned label) {
    static const uint8_t ROLE[AL_COUNT] = {0, 1, 1, 2, 2, 3, 3, 2};
    return ROLE[label];
}

/* into[c][p]: the transition from label p to label c, a lane per p. */
static void transitions_into(const int32_t trans[AL_COUNT + 1][AL_COUNT], int32_t into[AL_COUNT][8]) {
    for (unsigned c = 0; c < AL_COUNT; c++)
        for (unsigned p = 0; p < 8; p++) into[c][p] = p < AL_COUNT ? trans[p][c] : NEG_INF;
}

/* The margin of cue token i: `total` less the best score of a labelling
 * that gives token i another role, after[c] being the best score of the
 * tokens after it given label c at i. */
static int32_t cue_margin(const int32_t *best, size_t i, const int32_t *after, int64_t total) {
    int64_t rival = INT64_MIN;
    for (unsigned c = 0; c < AL_COUNT; c++)
        if (role_of(c) != role_of(AL_B_CUE) && (int64_t)best[8 * i + c] + after[c] > rival)
            rival = (int64_t)best[8 * i + c] + after[c];
    int64_t gap = total - rival;
    return (int32_t)(gap < 0 ? 0 : gap > INT32_MAX ? INT32_MAX : gap);
}

/* quoth_viterbi_margins() on CPUs without AVX2. */
static void margins_portable(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                             const int32_t *best, const uint8_t *labels, size_t from, int32_t *margin) {
    int32_t into[AL_COUNT][8];
    transitions_into(trans, into);
    /* after[p]: the best score of the tokens after token i, given label p
     * at i. Kept at NEG_INF or above, so that no sum of it, a transition
     * and an emission leaves 32 bits (the forward sums are bounded alike). */
    int32_t after[8] = {0};
    int64_t total = best[8 * (n - 1) + labels[n - 1]];
    for (size_t i = n; i-- > from;) {
        if (role_of(labels[i]) == role_of(AL_B_CUE)) margin[i] = cue_margin(best, i, after, total);
        if (i == from) break;
        int32_t before[8];
        for (unsigned p = 0; p < 8; p++) before[p] = NEG_INF;
        for (unsigned c = 0; c < AL_COUNT; c++) {
            int32_t ahead = emit[8 * i + c] + after[c];
            for (unsigned p = 0; p < 8; p++) {
                int32_t v = into[c][p] + ahead;
                before[p] = v > before[p] ? v : before[p];
            }
        }
        memcpy(after, before, sizeof after);
    }
}

#if QUOTH_VITERBI_AVX2
/* margins_portable() with `after` in a vector: the eight labels at token
 * i are reduced as a tree (pairs, then pairs of pairs), three maxima
 * deep where a running maximum was eight, since each token waits on the
 * one after it. The same maxima, whatever their order. */
__attribute__((target("avx2"))) static void margins_avx2(const int32_t *emit,
                                                         const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                                                         const int32_t *best, const uint8_t *labels, size_t from,
                                                         int32_t *margin) {
    _Static_assert(AL_COUNT == 8, "the tree reduces eight labels");
    int32_t into[AL_COUNT][8];
    transitions_into(trans, into);
    __m256i into_v[AL_COUNT], lane[AL_COUNT];
    for (unsigned c = 0; c < AL_COUNT; c++) {
        into_v[c] = _mm256_loadu_si256((const __m256i *)(const void *)into[c]);
        lane[c] = _mm256_set1_epi32((int)c);
    }
    const __m256i none = _mm256_set1_epi32(NEG_INF);
    __m256i after = _mm256_setzero_si256();
    int64_t total = best[8 * (n - 1) + labels[n - 1]];
    for (size_t i = n; i-- > from;) {
        if (role_of(labels[i]) == role_of(AL_B_CUE)) {
            int32_t after_s[8];
            _mm256_storeu_si256((__m256i *)(void *)after_s, after);
            margin[i] = cue_margin(best, i, after_s, total);
        }
        if (i == from) break;
        __m256i ahead = _mm256_add_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(emit + 8 * i)), after);
        __m256i via[AL_COUNT];
        for (unsigned c = 0; c < AL_COUNT; c++)
            via[c] = _mm256_add_epi32(into_v[c], _mm256_permutevar8x32_epi32(ahead, lane[c]));
        for (unsigned half = AL_COUNT / 2; half > 0; half /= 2)
            for (unsigned c = 0; c < half; c++) via[c] = _mm256_max_epi32(via[c], via[c + half]);
        after = _mm256_max_epi32(via[0], none);
    }
}
#endif

void quoth_viterbi_margins(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                           const int32_t *best, const uint8_t *labels, size_t from, int32_t *margin) {
    if (from >= n) return;
#if QUOTH_VITERBI_AVX2
    if (__builtin_cpu_supports("avx2")) {
        margins_avx2(emit, trans, n, best, labels, from, margin);
        return;
    }
#endif
    margins_portable(emit, trans, n, best, labels, from, margin);
}

void quoth_labeller_free(quoth_labeller *lb) {
    free(lb->emit);
    free(lb->best);
    free(lb->back);
    free(lb->word_blocks);
    free(lb->margin);
    if (lb->ctx) quoth_attrib_context_free(lb->ctx);
    free(lb->ctx);
    memset(lb, 0, sizeof *lb);
}

static int labeller_reserve(quoth_labeller *lb) {
    if (lb->cap) return 0;
    lb->emit = malloc(8 * MAX_CHUNK * sizeof *lb->emit);
    lb->best = malloc(8 * MAX_CHUNK * sizeof *lb->best);
    lb->back = malloc(8 * MAX_CHUNK);
    lb->word_blocks = malloc((MAX_CHUNK + 4) * sizeof *lb->word_blocks);
    lb->ctx = calloc(1, sizeof *lb->ctx);
    if (!lb->emit || !lb->best || !lb->back || !lb->word_blocks || !lb->ctx) return QUOTH_ERR_NOMEM;
    lb->cap = MAX_CHUNK;
    return 0;
}

/* A token three or more tokens inside a quotation, away from its marks
 * (tokens i-3..i+3 of the chunk [first, end) all quoted, none a mark), is
 * part of the quotation's content: on PolNeAR train the tagger labels
 * 99.9% of them I-CONTENT (43,992 of 44,028 in 300 articles). They are a
 * sixth of news text, so the tagger takes that label for them instead of
 * scoring them; what surrounds the quotation is labelled as before. */
#define QUOTE_MARGIN 3

int quoth_learned_deep_in_quotation(const quoth_token_list *tl, size_t i, size_t first, size_t end) {
    if (i < first + QUOTE_MARGIN || i + QUOTE_MARGIN >= end) return 0;
    for (size_t j = i - QUOTE_MARGIN; j <= i + QUOTE_MARGIN; j++)
        if (!tl->tok[j].quote_depth || (tl->tok[j].flags & TOK_QUOTE)) return 0;
    return 1;
}

/* quoth_learned_deep_in_quotation() of each token of the chunk [first,
 * first + n), to deep[0..n) (with room for QUOTE_MARGIN bytes before
 * deep[0], which are overwritten): along the chunk, how many quoted words
 * (inside a quotation, no mark) end at each token, and a token is deep
 * when the run that ends QUOTE_MARGIN tokens after it holds the seven
 * around it. A load and a few operations per token, without a branch,
 * where the seven tests per token, passed or not as the text goes in and
 * out of quotations, were mispredicted. */
static void deep_tokens(const quoth_token_list *tl, size_t first, size_t n, uint8_t *deep) {
    const quoth_token *tok = tl->tok + first;
    /* the verdict on token j - QUOTE_MARGIN is stored at each j, those of
     * the first tokens before deep[0] (the caller's room), and the last
     * QUOTE_MARGIN tokens, too near the end, are not deep: no test in
     * the loop, whose first and last steps had been mispredicted at
     * each chunk */
    uint8_t *at = deep - QUOTE_MARGIN;
    size_t run = 0;
    for (size_t j = 0; j < n; j++) {
        size_t quoted = (size_t)(tok[j].quote_depth != 0) & (size_t)((tok[j].flags & TOK_QUOTE) == 0);
        run = (run + 1) & -quoted;
        at[j] = run >= 2 * QUOTE_MARGIN + 1;
    }
    for (unsigned k = 1; k <= QUOTE_MARGIN; k++) deep[(ptrdiff_t)n - (ptrdiff_t)k] = 0;
}

/* The emission scores of such a token: any label but I-CONTENT costs more
 * than every feature together could give it. The penalty does not add up
 * along a quotation (each label's best path can come from I-CONTENT), so
 * the Viterbi sums stay far from overflow. */
#define OFF_CONTENT_PENALTY (1 << 24)

static void quoted_content_row(int32_t *row) {
    for (unsigned c = 0; c < 8; c++) row[c] = c == AL_I_CONTENT ? 0 : -OFF_CONTENT_PENALTY;
}

/* Whether token i (not a chunk's first) opens a sentence. A source or a
 * cue never runs on into the next sentence: PolNeAR's annotators never
 * let one, so the tagger never learned to, and on train and dev it never
 * does. But out of that domain it may ("..., said Maria Chen, a fellow at
 * the Institute. Others, including ..., argued" took both sentences for
 * one source, and "argued" lost its own). */
static int opens_sentence(const quoth_token_list *tl, size_t i) {
    return tl->tok[i].sentence != tl->tok[i - 1].sentence;
}

static void label_chunk(const quoth_attrib_model *m, quoth_labeller *lb, size_t first, size_t n,
                        uint8_t *labels) {
    /* A three-stage pipeline over tokens, because nearly every table
     * lookup is a cache miss: while the rows of token k are added, the rows
     * of token k+1 are found in their (by now cached) slots and prefetched,
     * and the features of token k+2 are made and their slots prefetched.
     * Each miss then overlaps a token's work instead of stalling it. */
    const quoth_token_list *tl = lb->ctx->tl;
    uint64_t feats[2][QUOTH_ATTRIB_MAX_FEATS];
    /* tokens k, k-1, k-2 by k % 4 (a mask: k % 3 had been a multiply and
     * shifts at each of the three stages): the small-valued features' rows
     * in m->small_rows, one per template (row 0, all zero, for those it
     * has not: a loop of known length, whose end cannot be mispredicted),
     * then the other features' (nr of them) */
    uint32_t refs[4][QUOTH_ATTRIB_MAX_SMALL + QUOTH_ATTRIB_MAX_FEATS];
    size_t nf[2] = {0, 0}, nr[4] = {0, 0, 0, 0};
    /* quoth_learned_deep_in_quotation() of each token; in Viterbi's back
     * pointers, which are not written before the tokens are scored (8 per
     * token, so that the 8 bytes before `quoted` are room to spare) */
    uint8_t *quoted = lb->back + 8;
    deep_tokens(tl, first, n, quoted);
    /* the window words' scores first, as a block per token (word_rows.h),
     * when the model lists its words; the other features add to them */
    int word_blocks = m->words.slots != NULL;
    if (word_blocks)
        quoth_word_rows_scores_of(&m->words, tl, lb->ctx->word_block, first, n, lb->word_blocks, lb->emit);
    for (size_t k = 0; k < n + 2; k++) {
        if (k < n) { /* token k: features (the small-valued ones' rows at once), slots */
            nf[k & 1] = 0;
            if (!quoted[k])
                nf[k & 1] = quoth_attrib_features_split(lb->ctx, first + k, m->dense_refs, word_blocks, feats[k & 1],
                                                        refs[k & 3]);
            quoth_linear_prefetch(&m->weights, feats[k & 1], nf[k & 1]);
        }
        if (k >= 1 && k <= n) { /* token k-1: rows */
            size_t r = (k - 1) & 3;
            nr[r] = quoth_linear_resolve(&m->weights, feats[(k - 1) & 1], nf[(k - 1) & 1], refs[r] + QUOTH_ATTRIB_MAX_SMALL);
        }
        if (k >= 2) { /* token k-2: scores */
            int32_t *row = lb->emit + 8 * (k - 2);
            if (quoted[k - 2]) {
                quoted_content_row(row);
                continue;
            }
            if (!word_blocks) memset(row, 0, 8 * sizeof *row);
            size_t r = (k - 2) & 3;
            quoth_attrib_small_rows_add(m, refs[r], row);
            quoth_linear_add(&m->weights, refs[r] + QUOTH_ATTRIB_MAX_SMALL, nr[r], row);
            row[AL_I_CONTENT] += m->content_bias;
            if (k > 2 && opens_sentence(tl, first + k - 2)) row[AL_I_SOURCE] = row[AL_I_CUE] = -OFF_CONTENT_PENALTY;
        }
    }
    quoth_viterbi(lb->emit, m->trans, n, lb->best, lb->back, labels + first);
    size_t first_cue = 0;
    while (first_cue < n && role_of(labels[first + first_cue]) != role_of(AL_B_CUE)) first_cue++;
    quoth_viterbi_margins(lb->emit, m->trans, n, lb->best, labels + first, first_cue, lb->margin + first);
    for (size_t k = 0; k < n; k++) {
        if (labels[first + k] == AL_U_CUE) labels[first + k] = AL_B_CUE;
        /* a cue right after a cue goes on with it: "She reminded | counsel
         * that ..." had been two cues, one with the source and one with the
         * content, and each was dropped without the other */
        if (k > 0 && labels[first + k] == AL_B_CUE &&
            (labels[first + k - 1] == AL_B_CUE || labels[first + k - 1] == AL_I_CUE))
            labels[first + k] = AL_I_CUE;
    }
}

/* A paragraph without a quotation mark and without a word that is or was
 * ever seen as a cue holds no attribution worth the tagger's time: it is
 * labelled O outright. */
static int worth_labelling(const quoth_attrib_context *ctx, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        const quoth_token *t = &ctx->tl->tok[i];
        if ((t->flags & TOK_QUOTE) || (t->lex & (LEX_CUE | LEX_CUE_NOUN))) return 1;
        if (ctx->cue_rate[i] != QUOTH_CUE_RATE_UNKNOWN && ctx->cue_rate[i] >= 1) return 1;
    }
    return 0;
}

static int is_comma_token(const quoth_token_list *tl, size_t i) {
    return (tl->tok[i].flags & TOK_PUNCT) && tl->tok[i].norm_len == 1 && tl->arena[tl->tok[i].norm] == ',';
}

/* Whether labels[first, end) are all O. */
static int all_outside(const uint8_t *labels, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (labels[k] != AL_O) return 0;
    return 1;
}

/* A content that follows its cue and stops in the middle of a clause the
 * tagger gave to nothing else ("The appeals court ruled that Ohio's
 * practices | could unjustifiably remove ...", "Poll: Wealthy | Voters
 * Abandon ...") runs on to the end of its sentence, or to the first comma
 * after it (what follows a comma is as often an aside that PolNeAR leaves
 * out, "..., which ..."). A content that closes a quotation is left as it
 * is. On PolNeAR dev: +0.005 who-said-what F1, +0.004 content-exact. */
void quoth_learned_extend_contents(const quoth_token_list *tl, size_t first, size_t end, uint8_t *labels) {
    uint32_t cue_sentence = UINT32_MAX; /* the sentence of the last B-CUE seen */
    for (size_t i = first; i < end; i++) {
        if (labels[i] == AL_B_CUE) cue_sentence = tl->tok[i].sentence;
        if (labels[i] != AL_B_CONTENT) continue;
        size_t j = i + 1;
        while (j < end && labels[j] == AL_I_CONTENT) j++;
        const quoth_sentence *st = &tl->sent[tl->tok[i].sentence];
        size_t s_end = st->first + st->count;
        while (s_end > j && (tl->tok[s_end - 1].flags & TOK_PUNCT) && !(tl->tok[s_end - 1].flags & TOK_QUOTE))
            s_end--;
        if (j >= s_end || (tl->tok[j - 1].flags & TOK_QUOTE_CLOSE) || cue_sentence != tl->tok[i].sentence ||
            !all_outside(labels, j, s_end)) {
            i = j - 1;
            continue;
        }
        size_t stop = j + 1;
        while (stop < s_end && !is_comma_token(tl, stop)) stop++;
        memset(labels + j, AL_I_CONTENT, stop - j);
        i = stop - 1;
    }
}

int quoth_learned_label(const quoth_attrib_model *m, const quoth_attrib_input *in,
                        const uint8_t *roles, quoth_labeller *lb, uint8_t *labels) {
    const quoth_token_list *tl = in->tokens;
    int rc = labeller_reserve(lb);
    /* each token's block of window words is found with its cue rate,
     * or taken as the caller found it */
    if (!rc) {
        lb->ctx->found_block = in->word_blocks;
        lb->ctx->found_rate = in->cue_rates;
    }
    if (!rc) rc = quoth_attrib_context_build_with_words(lb->ctx, tl, roles, &m->cue_rates, &m->words);
    if (!rc && lb->margin_cap < tl->n) {
        int32_t *grown = realloc(lb->margin, tl->n * sizeof *grown);
        if (!grown) return QUOTH_ERR_NOMEM;
        lb->margin = grown;
        lb->margin_cap = tl->n;
    }
    if (rc) return rc;
    for (size_t p = 0; p < tl->n_para; p++) {
        const quoth_paragraph *para = &tl->para[p];
        size_t first = para->first_token, end = first + para->n_tokens;
        if (para->navigation || !worth_labelling(lb->ctx, first, end)) {
            memset(labels + first, AL_O, end - first);
            continue;
        }
        for (size_t at = first; at < end; at += MAX_CHUNK)
            label_chunk(m, lb, at, end - at < MAX_CHUNK ? end - at : MAX_CHUNK, labels);
        quoth_learned_extend_contents(tl, first, end, labels);
    }
    return 0;
}

/* ------------------------------------------------------------ decoding */

typedef struct labelled_span {
    uint32_t first, end;
    uint8_t role;     /* AL_B_SOURCE, AL_B_CUE or AL_B_CONTENT */
    int32_t owner;    /* the cue span it joins */
    uint32_t next_cue; /* the first cue span at this index or after, n when
                          none (join_to_cues(); collect_spans() leaves room
                          for a span n that holds n) */
} labelled_span;

/* What joining a content that opens with "that" to a cue after it costs,
 * in tokens between them. */
#define THAT_BEFORE_CUE_COST 4

/* What joining a content to a cue after ", but" costs, in tokens, and how
 * many tokens between them are looked at for the "but". */
#define CONTRAST_BEFORE_CUE_COST 10
#define CONTRAST_SCAN 8

/* Whether ", but" or ", while" lies in [first, end). */
static int contrast_between(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first; i + 1 < end; i++)
        if (quoth_punct_char(p, i, ',') && (quoth_word_is(p, i + 1, "but") || quoth_word_is(p, i + 1, "while")))
            return 1;
    return 0;
}

/* Cost of joining span a to cue c: tokens between them, more across a
 * sentence boundary. */
static long join_cost(const quoth_phrases *p, const labelled_span *a, const labelled_span *c) {
    long gap = a->end <= c->first ? (long)c->first - (long)a->end : (long)a->first - (long)c->end;
    if (gap < 0) gap = 0;
    uint32_t sa = p->t[a->role == AL_B_CONTENT && a->end <= c->first ? a->end - 1 : a->first].sentence;
    uint32_t sc = p->t[c->first].sentence;
    if (sa != sc) gap += 25L * (long)(sa > sc ? sa - sc : sc - sa);
    if (a->role == AL_B_SOURCE && a->first > c->first) gap += 2; /* sources mostly come first */
    /* a content that opens with "that" is the complement of a cue before
     * it: "told the meeting | that reserves had fallen ... | and warned that
     * ...", whose first content had gone to "warned", one token nearer,
     * and "told" and its source were lost with it */
    if (a->role == AL_B_CONTENT && a->end <= c->first && quoth_word_is(p, a->first, "that") &&
        (p->t[a->first].lex & LEX_COMPLEMENTIZER))
        gap += THAT_BEFORE_CUE_COST;
    /* nor is a content the complement of a cue after ", but": "According
     * to people familiar with the matter, Maribel had offered ..., but the
     * Commission considered the remedy insufficient" (the eighteenth
     * audit's content had gone to "considered", one token nearer, and
     * "According to" was lost) */
    if (a->role == AL_B_CONTENT && a->end <= c->first && c->first - a->end <= CONTRAST_SCAN &&
        contrast_between(p, a->end, c->first))
        gap += CONTRAST_BEFORE_CUE_COST;
    return gap;
}

static int collect_spans(const quoth_attrib_input *in, const uint8_t *labels, labelled_span **out,
                         size_t *n_out) {
    const quoth_token_list *tl = in->tokens;
    size_t n = 0, cap = 64;
    labelled_span *s = malloc(cap * sizeof *s);
    if (!s) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < tl->n;) {
        unsigned l = labels[i];
        if (l == AL_O) {
            i++;
            continue;
        }
        unsigned b = (l - 1) / 2 * 2 + 1; /* the B- label of l's role */
        size_t j = i + 1;
        /* spans may run over sentences of one paragraph (the sentence
         * splitter can cut "Rep. G.K. Butterfield (D-N.C.)"; the tagger sees
         * the paragraph) */
        while (j < tl->n && labels[j] == b + 1) j++;
        if (QUOTH_RESERVE(s, cap, n + 1, 16)) {
            free(s);
            return QUOTH_ERR_NOMEM;
        }
        s[n++] = (labelled_span){(uint32_t)i, (uint32_t)j, (uint8_t)b, -1, 0};
        i = j;
    }
    if (QUOTH_RESERVE(s, cap, n + 1, 16)) { /* the end of join_to_cues()'s chain of cues */
        free(s);
        return QUOTH_ERR_NOMEM;
    }
    *out = s;
    *n_out = n;
    return 0;
}

/* Whether content span a holds a token of cue c's sentence or borders it
 * (a quotation that runs on from the sentence before or after). A content
 * that starts in the middle of another sentence, after words the tagger
 * left out ("I cannot fathom how .... It is apparent | that Clinton
 * wanted ..."), is not what the cue reports; joined to it, it would cost
 * the cue its attribution when the rules hold that content. */
static int reaches_cue_sentence(const quoth_phrases *p, const labelled_span *a, const labelled_span *c) {
    uint32_t cs = p->t[c->first].sentence;
    uint32_t fs = p->t[a->first].sentence, ls = p->t[a->end - 1].sentence;
    if (fs <= cs && cs <= ls) return 1;
    if (fs == cs + 1) return quoth_sentence_first(p, a->first) == a->first;
    if (ls + 1 == cs) return quoth_sentence_end(p, a->end - 1) <= a->end + 1;
    return 0;
}

/* A content of an earlier sentence is not the complement of a cue whose
 * own sentence opens with its source: in ""A," said X. "B." She said C",
 * "B." goes on with X's quotation, and "She said" has C (it had taken "B.",
 * and the rules' quotation of X then took the whole statement). */
#define NEW_SENTENCE_SOURCE_COST 10

static long new_sentence_source_cost(const quoth_phrases *p, const labelled_span *s, size_t n, size_t k, size_t c) {
    if (s[k].role != AL_B_CONTENT || k == 0 || c == 0 || c + 1 >= n || s[k].end > s[c].first) return 0;
    const labelled_span *before = &s[k - 1], *source = &s[c - 1], *after = &s[c + 1];
    /* right after another statement's source or cue ("said X. | "B."") */
    if ((before->role != AL_B_SOURCE && before->role != AL_B_CUE) || before->end + 2 < s[k].first) return 0;
    if (source->role != AL_B_SOURCE || source->end != s[c].first || source->first < s[k].end ||
        quoth_sentence_first(p, source->first) != source->first ||
        p->t[s[k].end - 1].sentence == p->t[source->first].sentence)
        return 0;
    /* and the cue has a content of its own after it */
    return after->role == AL_B_CONTENT && after->first <= s[c].end + 1 ? NEW_SENTENCE_SOURCE_COST : 0;
}

/* Each source and content joins the cheapest cue of its paragraph; the
 * search looks at most a few spans each way, so it stays linear. */
static void join_to_cues(const quoth_phrases *p, labelled_span *s, size_t n) {
    enum { LOOK = 12, MAX_COST = 60 };
    /* each span's next cue (a select, no branch), so that a span's search
     * walks the cues near it alone: the roles of all the spans near it,
     * tested one by one, had been as unpredictable as the text */
    size_t next = n;
    s[n].next_cue = (uint32_t)n;
    for (size_t k = n; k-- > 0;) {
        next = s[k].role == AL_B_CUE ? k : next;
        s[k].next_cue = (uint32_t)next;
    }
    for (size_t k = 0; k < n; k++) {
        if (s[k].role == AL_B_CUE) continue;
        long best = MAX_COST + 1;
        size_t lo = k > LOOK ? k - LOOK : 0, hi = k + LOOK < n ? k + LOOK : n - 1;
        for (size_t c = s[lo].next_cue; c <= hi; c = s[c + 1].next_cue) {
            if (!quoth_same_paragraph(p, s[c].first, s[k].first)) continue;
            if (s[k].role == AL_B_CONTENT && !reaches_cue_sentence(p, &s[k], &s[c])) continue;
            long cost = join_cost(p, &s[k], &s[c]) + new_sentence_source_cost(p, s, n, k, c);
            if (cost < best) {
                best = cost;
                s[k].owner = (int32_t)c;
            }
        }
    }
}

/* "who", "which", "that": a relative clause the tagger took for a source
 * ("A police spokesman, who spoke ... because he | was not authorised")
 * hangs on the source before it, which speaks. */
static int relative_word(const quoth_token_list *tl, size_t i) {
    const char *w = tl->arena + tl->tok[i].norm;
    return strcasecmp(w, "who") == 0 || strcasecmp(w, "which") == 0 || strcasecmp(w, "that") == 0;
}

/* How many tokens lie between spans a and b. */
static uint32_t gap_between(quoth_tspan a, quoth_tspan b) {
    return a.end <= b.first ? b.first - a.end : b.end <= a.first ? a.first - b.end : 0;
}

/* Whether source t, right beside the cue, wins over source s, which is
 * not: of two sources joined to one cue, the one beside it speaks
 * ("Tashkent, March 14 -- ... in the sphere of water, Deputy Foreign
 * Minister X said" had the place line's "Tashkent", the first, which
 * then named no one). Otherwise the first one joined stays: taking the
 * nearest in every case gained dev more (who-said-what +0.003) but train
 * out of sample less (+0.0001 against +0.0005, scripts/crossval.sh). */
static int nearer_source(const quoth_token_list *tl, quoth_tspan t, quoth_tspan s, quoth_tspan cue) {
    if (gap_between(t, cue) != 0 || gap_between(s, cue) == 0 || relative_word(tl, t.first)) return 0;
    /* nor one inside a relative clause right on the first: "The study,
     * which followed | more than 21,000 people | , found" */
    uint32_t comma = s.end;
    return !(comma + 1 < t.first && tl->tok[comma].norm_len == 1 && tl->arena[tl->tok[comma].norm] == ',' &&
             relative_word(tl, comma + 1));
}

/* The attribution of cue span `cue`: its first source, or the one right
 * beside it, and up to two contents among the spans joined to it (none
 * when no content joined). */
static quoth_attribution attribution_of(const quoth_token_list *tl, const labelled_span *s, size_t n, size_t cue,
                                         const int32_t *margin) {
    quoth_attribution a;
    memset(&a, 0, sizeof a);
    a.cue.first = s[cue].first;
    a.cue.end = s[cue].end;
    a.origin = ORIGIN_MODEL;
    a.speaker = -1;
    a.context_of = -1;
    a.confidence = 0.8f;
    a.margin = margin ? INT32_MAX : 0;
    for (uint32_t t = s[cue].first; margin && t < s[cue].end; t++)
        if (margin[t] < a.margin) a.margin = margin[t];
    enum { LOOK = 12 };
    size_t lo = cue > LOOK ? cue - LOOK : 0, hi = cue + LOOK < n ? cue + LOOK : n - 1;
    for (size_t k = lo; k <= hi; k++) {
        if (s[k].owner != (int32_t)cue) continue;
        quoth_tspan t = {s[k].first, s[k].end};
        if (s[k].role == AL_B_SOURCE && (quoth_tspan_empty(a.source) || nearer_source(tl, t, a.source, a.cue)))
            a.source = t;
        else if (s[k].role == AL_B_CONTENT && a.n_content < 2) a.content[a.n_content++] = t;
    }
    return a;
}

static const quoth_paragraph *paragraph_of(const quoth_token_list *tl, size_t i) {
    return &tl->para[tl->sent[tl->tok[i].sentence].paragraph];
}

static size_t paragraph_end(const quoth_token_list *tl, size_t i) {
    const quoth_paragraph *para = paragraph_of(tl, i);
    return para->first_token + para->n_tokens;
}

/* The first token of the article paragraph after the one of token i, or
 * tl->n when there is none. */
static size_t next_paragraph(const quoth_token_list *tl, size_t i) {
    size_t p = (size_t)(paragraph_of(tl, i) - tl->para);
    for (p++; p < tl->n_para; p++)
        if (!tl->para[p].navigation && tl->para[p].n_tokens) return tl->para[p].first_token;
    return tl->n;
}

/* The first span that starts at token `tok` or later (spans are in text
 * order and disjoint), or n. */
static size_t span_from(const labelled_span *s, size_t n, size_t tok) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s[mid].first < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* The content span (not joined to any cue) that opens the paragraph
 * beginning at token `first` (or one token later, after a quotation
 * mark), or n. */
static size_t orphan_at(const labelled_span *s, size_t n, size_t first) {
    for (size_t k = span_from(s, n, first); k < n && s[k].first <= first + 1; k++)
        if (s[k].role == AL_B_CONTENT && s[k].owner == -1) return k;
    return n;
}

/* The first attribution (they are in the order of their cues) whose cue
 * starts at token `tok` or later, or n_all. */
static size_t attribution_from(const quoth_attribution *all, size_t n_all, size_t tok) {
    size_t lo = 0, hi = n_all;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (all[mid].cue.first < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static int is_colon(const quoth_token_list *tl, size_t i) {
    return i < tl->n && (tl->tok[i].flags & TOK_PUNCT) && tl->tok[i].norm_len == 1 && tl->arena[tl->tok[i].norm] == ':';
}

/* A cue with no content where it stands. "He said:" at a paragraph's end
 * introduces the next paragraph; a source and cue set off by a comma
 * ("..., a source said.", "..., Graham told The Huffington Post") take
 * what comes before them in the sentence, which the tagger may have read
 * as an attribution of its own: PolNeAR gives each token to one
 * attribution, the outer one. */

/* How many words may lie between a cue with a source and no content and
 * a cue with a content and no source that content_of_next_cue() joins. */
#define NEXT_CUE_GAP_MAX 4

/* "Ashdown ... told | jurors in his | closing argument | that ...": the
 * tagger read a second cue, the noun, which took the content, while the
 * verb kept the source; each was dropped without the other (the
 * eighteenth audit's). The content goes to the cue with the source when
 * the other, a few words on in its sentence, has no source. 1 when it
 * did. */
static int content_of_next_cue(const quoth_token_list *tl, quoth_attribution *a, quoth_attribution *all,
                               size_t n_all) {
    size_t k = attribution_from(all, n_all, a->cue.end);
    if (k >= n_all) return 0;
    quoth_attribution *b = &all[k];
    if (b->cue.first - a->cue.end > NEXT_CUE_GAP_MAX || !quoth_tspan_empty(b->source) || !b->n_content ||
        b->content[0].first < b->cue.end || tl->tok[b->cue.first].sentence != tl->tok[a->cue.first].sentence)
        return 0;
    /* a noun, which reports nothing without a verb: two verbs are two
     * statements ("agreed ... and also contended") */
    for (uint32_t i = b->cue.first; i < b->cue.end; i++)
        if (tl->tok[i].coarse != CT_NOUN) return 0;
    for (int c = 0; c < b->n_content; c++) a->content[c] = b->content[c];
    a->n_content = b->n_content;
    b->n_content = 0;
    return 1;
}

/* The clause c before a cue set off by a comma becomes a's content, and
 * the attributions whose cues lie inside it lose theirs: PolNeAR gives
 * each token to one attribution, the outer one. */
static void take_clause_before(quoth_attribution *a, quoth_tspan c, quoth_attribution *all, size_t n_all) {
    a->content[a->n_content++] = c;
    for (size_t k = attribution_from(all, n_all, c.first); k < n_all && all[k].cue.first < c.end; k++)
        if (all[k].cue.end <= c.end) all[k].n_content = 0;
}

/* Whether the cue follows a comma, three words or more into its sentence
 * (which opens at `first`), and its source follows the cue: "..., said
 * John Smith, chief economist at Lloyds." */
static int inverted_after_comma(const quoth_token_list *tl, const quoth_attribution *a, size_t first) {
    size_t comma = a->cue.first - 1;
    return a->cue.first >= first + 4 && a->source.first == a->cue.end && (tl->tok[comma].flags & TOK_PUNCT) &&
           tl->tok[comma].norm_len == 1 && tl->arena[tl->tok[comma].norm] == ',' && !tl->tok[comma].quote_depth;
}

/* How many words may lie between a cue and the colon that ends its
 * paragraph: "told the Senate Finance Committee on Tuesday:". */
#define COLON_GAP_MAX 8

/* "Hollister told the chamber:", "she wrote on Twitter:": the colon that
 * ends the cue's paragraph a few words after it, with no verb or
 * punctuation between (whom it was said to, where), so that the next
 * paragraph is the content, as after "He said:" (it had been no
 * statement; a blind audit's). The colon's index, or a->cue.end. */
static size_t colon_past_object(const quoth_token_list *tl, const quoth_attribution *a) {
    size_t colon = paragraph_end(tl, a->cue.first) - 1;
    if (colon <= a->cue.end || colon - a->cue.end > COLON_GAP_MAX || !is_colon(tl, colon)) return a->cue.end;
    for (size_t i = a->cue.end; i < colon; i++)
        if ((tl->tok[i].flags & TOK_PUNCT) || tl->tok[i].quote_depth || tl->tok[i].coarse == CT_VERB ||
            tl->tok[i].sentence != tl->tok[a->cue.first].sentence)
            return a->cue.end;
    return colon;
}

/* "According to a reporter at the scene, officers fired tear gas ...": an
 * opening "according to" whose source ends at a comma reports the clause
 * after it, to the end of the sentence (the tagger had labelled the cue
 * and the source only, and the statement was lost; a blind audit's). 1
 * when it took it. */
static int according_to_clause(const quoth_token_list *tl, quoth_attribution *a, size_t first, size_t end) {
    size_t comma = a->source.end;
    const quoth_phrases p = quoth_phrases_of(tl);
    if (a->cue.first != first || a->cue.end != a->cue.first + 2 || a->source.first != a->cue.end || comma + 3 >= end ||
        !is_comma_token(tl, comma) || !quoth_word_is(&p, a->cue.first, "according") ||
        !quoth_word_is(&p, a->cue.first + 1, "to"))
        return 0;
    while (end > comma + 1 && (tl->tok[end - 1].flags & TOK_PUNCT) && !(tl->tok[end - 1].flags & TOK_QUOTE)) end--;
    for (size_t i = comma + 1; i < end; i++)
        if (tl->tok[i].quote_depth) return 0; /* a quotation is the rules' to read */
    a->content[a->n_content++] = (quoth_tspan){(uint32_t)comma + 1, (uint32_t)end};
    return 1;
}

static void find_content(const quoth_token_list *tl, labelled_span *s, size_t n, quoth_attribution *a,
                         quoth_attribution *all, size_t n_all) {
    size_t after = colon_past_object(tl, a);
    int colon = is_colon(tl, after);
    if (colon) after++;
    if (after == paragraph_end(tl, a->cue.first)) {
        size_t next = next_paragraph(tl, a->cue.first);
        if (next >= tl->n) return;
        size_t o = orphan_at(s, n, next);
        if (o < n) {
            a->content[a->n_content++] = (quoth_tspan){s[o].first, s[o].end};
            s[o].owner = -2; /* taken: it continues nothing else */
        } else if (colon) {
            a->content[a->n_content++] = (quoth_tspan){(uint32_t)next, (uint32_t)paragraph_end(tl, next)};
        }
        return;
    }
    const quoth_sentence *st = &tl->sent[tl->tok[a->cue.first].sentence];
    size_t first = st->first, end = st->first + st->count;
    if (quoth_tspan_empty(a->source)) return;
    if (content_of_next_cue(tl, a, all, n_all)) return;
    if (according_to_clause(tl, a, first, end)) return;
    if (inverted_after_comma(tl, a, first)) {
        /* "The economy will recover next year, said John Smith, chief
         * economist at Lloyds.": the clause before the comma (the tagger
         * had labelled the cue and source, and the attribution was lost) */
        take_clause_before(a, (quoth_tspan){(uint32_t)first, a->cue.first - 1}, all, n_all);
        return;
    }
    if (a->source.end != a->cue.first || a->source.first < first + 3) {
        /* "He named five conditions for negotiations.": the rest of the
         * sentence, when the tagger gave none of it to anything else */
        while (end > a->cue.end && (tl->tok[end - 1].flags & TOK_PUNCT) && !(tl->tok[end - 1].flags & TOK_QUOTE)) end--;
        if (end < a->cue.end + 3 || a->source.first > a->cue.first) return; /* three words at least */
        size_t next = span_from(s, n, a->cue.end);
        if (next < n && s[next].first < end) return;
        a->content[a->n_content++] = (quoth_tspan){a->cue.end, (uint32_t)end};
        return;
    }
    size_t comma = a->source.first - 1;
    if (!(tl->tok[comma].flags & TOK_PUNCT) || (tl->tok[comma].flags & TOK_QUOTE_OPEN)) return;
    int is_comma = tl->tok[comma].norm_len == 1 && tl->arena[tl->tok[comma].norm] == ',';
    take_clause_before(a, (quoth_tspan){(uint32_t)first, (uint32_t)(is_comma ? comma : comma + 1)}, all, n_all);
}

/* A content that opens a paragraph without a cue of its own continues the
 * attribution whose content closed the paragraph before (a quotation over
 * several paragraphs, a speaker's answer in an interview). */
static void continue_contents(const quoth_token_list *tl, const labelled_span *s, size_t n,
                              quoth_attribution *all, size_t n_all) {
    if (!all) return; /* no attribution to continue (the analyzer cannot tell that n_all is then 0) */
    for (size_t k = 0; k < n; k++) {
        if (s[k].role != AL_B_CONTENT || s[k].owner != -1) continue;
        const quoth_paragraph *para = paragraph_of(tl, s[k].first);
        if (s[k].first > para->first_token + 1 || para == tl->para) continue;
        const quoth_paragraph *prev = para - 1;
        while (prev > tl->para && (prev->navigation || !prev->n_tokens)) prev--;
        size_t prev_end = prev->first_token + prev->n_tokens;
        /* the attribution is one of the last few whose cue comes before */
        size_t j = attribution_from(all, n_all, s[k].first);
        for (size_t look = 0; j-- > 0 && look < 16; look++) {
            quoth_attribution *a = &all[j];
            if (!a->n_content) continue;
            quoth_tspan *last = &a->content[a->n_content - 1];
            if (last->end + 1 >= prev_end && last->end <= prev_end) {
                last->end = s[k].end;
                break;
            }
        }
    }
}

int quoth_learned_decode(const quoth_attrib_input *in, const uint8_t *labels, const int32_t *margin,
                         quoth_attribution_list *out) {
    labelled_span *s;
    size_t n;
    int rc = collect_spans(in, labels, &s, &n);
    if (rc) return rc;
    quoth_phrases p = quoth_phrases_of(in->tokens);
    join_to_cues(&p, s, n);
    size_t base = out->n;
    for (size_t k = 0; k < n && !rc; k++)
        if (s[k].role == AL_B_CUE) {
            quoth_attribution a = attribution_of(in->tokens, s, n, k, margin);
            rc = quoth_attribution_push(out, &a);
        }
    if (!rc) {
        size_t n_all = out->n - base;
        quoth_attribution *all = n_all ? out->a + base : NULL; /* out->a may be NULL */
        for (size_t k = 0; k < n_all; k++)
            if (!all[k].n_content) find_content(in->tokens, s, n, &all[k], all, n_all);
        continue_contents(in->tokens, s, n, all, n_all);
        size_t kept = base;
        for (size_t k = base; k < out->n; k++)
            if (out->a[k].n_content) out->a[kept++] = out->a[k];
        out->n = kept;
    }
    free(s);
    return rc;
}
