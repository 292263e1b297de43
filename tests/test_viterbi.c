/* The attribution tagger's Viterbi (vector code picked at run time, and
 * the portable path of CPUs without AVX2) against a plain one written the
 * obvious way, on random scores and transitions. */
#include <stdint.h>
#include <string.h>

#include "attrib/learned.h"
#include "harness.h"

#define MAX_TOKENS 64
#define FORBIDDEN (INT32_MIN / 4) /* a transition the label scheme rules out */

static uint32_t next_random(uint32_t *state) {
    *state = *state * 1664525u + 1013904223u;
    return *state >> 8;
}

/* Labels by dynamic programming label by label; ties go to the lowest
 * previous label and, at the end, to the lowest label. */
static void reference_viterbi(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                              uint8_t *labels) {
    int64_t score[MAX_TOKENS][AL_COUNT];
    uint8_t from[MAX_TOKENS][AL_COUNT];
    for (unsigned c = 0; c < AL_COUNT; c++) score[0][c] = (int64_t)trans[AL_COUNT][c] + emit[c];
    for (size_t i = 1; i < n; i++)
        for (unsigned c = 0; c < AL_COUNT; c++) {
            unsigned best = 0;
            for (unsigned p = 1; p < AL_COUNT; p++)
                if (score[i - 1][p] + trans[p][c] > score[i - 1][best] + trans[best][c]) best = p;
            score[i][c] = score[i - 1][best] + trans[best][c] + emit[8 * i + c];
            from[i][c] = (uint8_t)best;
        }
    unsigned last = 0;
    for (unsigned c = 1; c < AL_COUNT; c++)
        if (score[n - 1][c] > score[n - 1][last]) last = c;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (uint8_t)last;
        last = from[i][last];
    }
}

static void test_matches_reference(void) {
    uint32_t state = 12345;
    int32_t emit[8 * MAX_TOKENS], best[8 * MAX_TOKENS], trans[AL_COUNT + 1][AL_COUNT];
    uint8_t back[8 * MAX_TOKENS], got[MAX_TOKENS], portable[MAX_TOKENS], want[MAX_TOKENS];
    int differ = 0, portable_differs = 0;
    for (int trial = 0; trial < 2000; trial++) {
        /* small ranges make ties common, which is where implementations part */
        int32_t range = trial % 2 ? 5 : 4000;
        size_t n = 1 + next_random(&state) % MAX_TOKENS;
        for (unsigned p = 0; p <= AL_COUNT; p++)
            for (unsigned c = 0; c < AL_COUNT; c++)
                trans[p][c] = next_random(&state) % 4 == 0 ? FORBIDDEN
                                                            : (int32_t)(next_random(&state) % (uint32_t)range) - range / 2;
        for (size_t i = 0; i < 8 * n; i++) emit[i] = (int32_t)(next_random(&state) % (uint32_t)range) - range / 2;
        quoth_viterbi(emit, trans, n, best, back, got);
        quoth_viterbi_portable(emit, trans, n, best, back, portable);
        reference_viterbi(emit, trans, n, want);
        differ += memcmp(got, want, n) != 0;
        portable_differs += memcmp(portable, want, n) != 0;
    }
    CHECK_INT(differ, 0);
    CHECK_INT(portable_differs, 0);
}

/* Scores far below the forbidden transitions' (sums under INT32_MIN / 4),
 * where a step's best is held at that floor with label 0, and transitions
 * that are mostly forbidden: the vector steps (which compare the labels as
 * a tree) and the portable ones (a scan) must agree on every best score
 * and back pointer, not only on the labels. */
static void test_vector_steps_as_portable(void) {
    uint32_t state = 4242;
    int32_t emit[8 * MAX_TOKENS], best[8 * MAX_TOKENS], best_portable[8 * MAX_TOKENS];
    int32_t trans[AL_COUNT + 1][AL_COUNT];
    uint8_t back[8 * MAX_TOKENS], back_portable[8 * MAX_TOKENS], got[MAX_TOKENS], portable[MAX_TOKENS];
    int differ = 0, floored = 0;
    for (int trial = 0; trial < 2000; trial++) {
        int32_t range = trial % 2 ? 3 : 1 << 20, low = trial % 3 ? 0 : FORBIDDEN / 8;
        size_t n = 2 + next_random(&state) % (MAX_TOKENS - 1);
        for (unsigned p = 0; p <= AL_COUNT; p++)
            for (unsigned c = 0; c < AL_COUNT; c++)
                trans[p][c] = next_random(&state) % 4 != 0 ? FORBIDDEN
                                                            : (int32_t)(next_random(&state) % (uint32_t)range) - range / 2;
        for (size_t i = 0; i < 8 * n; i++)
            emit[i] = low + (int32_t)(next_random(&state) % (uint32_t)range) - range / 2;
        quoth_viterbi(emit, trans, n, best, back, got);
        quoth_viterbi_portable(emit, trans, n, best_portable, back_portable, portable);
        differ += memcmp(got, portable, n) != 0 || memcmp(best, best_portable, 8 * n * sizeof *best) != 0;
        for (size_t i = 1; i < n; i++)
            for (unsigned c = 0; c < AL_COUNT; c++) {
                differ += back[8 * i + c] != back_portable[8 * i + c];
                floored += best[8 * i + c] - emit[8 * i + c] == FORBIDDEN;
            }
    }
    CHECK_INT(differ, 0);
    CHECK(floored > 100); /* the floor was reached */
}

static void test_single_token(void) {
    int32_t emit[8] = {0, 0, 3, 0, 0, 0, 0, 0}, best[8], trans[AL_COUNT + 1][AL_COUNT] = {{0}};
    uint8_t back[8], label = 99;
    quoth_viterbi(emit, trans, 1, best, back, &label);
    CHECK_INT(label, 2);
}

/* The label scheme's transitions (I-X only after B-X or I-X, never first)
 * with random scores. */
static void scheme_transitions(int32_t trans[AL_COUNT + 1][AL_COUNT], uint32_t *state, int32_t range) {
    for (unsigned p = 0; p <= AL_COUNT; p++)
        for (unsigned c = 0; c < AL_COUNT; c++) {
            int inside = c == AL_I_SOURCE || c == AL_I_CUE || c == AL_I_CONTENT;
            trans[p][c] = inside && p != c && p != c - 1 ? FORBIDDEN
                                                         : (int32_t)(next_random(state) % (uint32_t)range) - range / 2;
        }
}

static int is_cue_label(unsigned label) {
    return label == AL_B_CUE || label == AL_I_CUE || label == AL_U_CUE;
}

/* Every labelling of n tokens, scored: the best one, and for each token the
 * best one that does not make it part of a cue. */
static void reference_margins(const int32_t *emit, const int32_t trans[AL_COUNT + 1][AL_COUNT], size_t n,
                              int64_t *total, int64_t *rival) {
    uint8_t seq[8] = {0};
    size_t count = 1;
    for (size_t i = 0; i < n; i++) count *= AL_COUNT;
    *total = INT64_MIN;
    for (size_t i = 0; i < n; i++) rival[i] = INT64_MIN;
    for (size_t code = 0; code < count; code++) {
        size_t rest = code;
        for (size_t i = 0; i < n; i++, rest /= AL_COUNT) seq[i] = (uint8_t)(rest % AL_COUNT);
        int64_t score = 0;
        int possible = 1;
        for (size_t i = 0; i < n && possible; i++) {
            int32_t t = trans[i ? seq[i - 1] : AL_COUNT][seq[i]];
            possible = t != FORBIDDEN;
            score += (int64_t)t + emit[8 * i + seq[i]];
        }
        if (!possible) continue;
        if (score > *total) *total = score;
        for (size_t i = 0; i < n; i++)
            if (!is_cue_label(seq[i]) && score > rival[i]) rival[i] = score;
    }
}

/* quoth_viterbi_margins() against every labelling of up to five tokens:
 * a cue token's margin is how far the best labelling is ahead of the best
 * that does not give it to a cue; other tokens and those before `from`
 * are left alone. */
static void test_margins(void) {
    uint32_t state = 777;
    int32_t emit[8 * 5], best[8 * 5], trans[AL_COUNT + 1][AL_COUNT], margin[5];
    uint8_t back[8 * 5], labels[5];
    int64_t total, rival[5];
    int cues = 0, wrong = 0, touched = 0;
    for (int trial = 0; trial < 400; trial++) {
        int32_t range = trial % 2 ? 7 : 3000;
        size_t n = 1 + (size_t)trial % 5, from = (size_t)trial / 5 % n;
        scheme_transitions(trans, &state, range);
        for (size_t i = 0; i < 8 * n; i++) emit[i] = (int32_t)(next_random(&state) % (uint32_t)range) - range / 2;
        /* cues win often enough to be tested */
        for (size_t i = 0; i < n; i++) emit[8 * i + AL_U_CUE] += range / 3;
        quoth_viterbi(emit, trans, n, best, back, labels);
        for (size_t i = 0; i < n; i++) margin[i] = -7;
        quoth_viterbi_margins(emit, trans, n, best, labels, from, margin);
        reference_margins(emit, trans, n, &total, rival);
        for (size_t i = 0; i < n; i++) {
            if (i < from || !is_cue_label(labels[i])) {
                touched += margin[i] != -7;
                continue;
            }
            cues++;
            wrong += margin[i] != total - rival[i];
        }
    }
    CHECK(cues > 100);
    CHECK_INT(wrong, 0);
    CHECK_INT(touched, 0);
}

TEST_MAIN(test_matches_reference, test_vector_steps_as_portable, test_single_token, test_margins)
