/*
 * calibration.c - confidences from what the model got right on dev
 * (see calibration.h).
 */
#include "attrib/calibration.h"

#include <stdlib.h>
#include <string.h>

#include "quoth.h"

#define SECTION "attrib.calib"
#define SECTION_VERSION 1u
#define HEADER_SIZE 12u /* version, bin count, two rule shares */
#define BIN_SIZE 8u     /* upper margin, share, padding */

/* (right + 1) / (seen + 2) in per mille, rounded. */
static uint16_t share(uint64_t right, uint64_t seen) {
    return (uint16_t)((1000 * (right + 1) + (seen + 2) / 2) / (seen + 2));
}

static int by_margin(const void *a, const void *b) {
    const quoth_calibration_sample *x = a, *y = b;
    if (x->margin != y->margin) return x->margin < y->margin ? -1 : 1;
    return (x->right > y->right) - (x->right < y->right);
}

typedef struct bin_count {
    uint64_t seen, right;
} bin_count;

/* Pools adjacent bins until their shares never fall (pool-adjacent-
 * violators, weighted by the bins' sizes); each bin then carries its
 * pool's share. Shares are compared as fractions, without rounding. */
static void pool_violators(const bin_count *bins, uint32_t n, uint16_t *out) {
    bin_count pool[QUOTH_CALIBRATION_BINS];
    uint32_t width[QUOTH_CALIBRATION_BINS], n_pools = 0;
    for (uint32_t b = 0; b < n; b++) {
        pool[n_pools] = bins[b];
        width[n_pools++] = 1;
        while (n_pools > 1 && pool[n_pools - 2].right * pool[n_pools - 1].seen >
                                  pool[n_pools - 1].right * pool[n_pools - 2].seen) {
            pool[n_pools - 2].seen += pool[n_pools - 1].seen;
            pool[n_pools - 2].right += pool[n_pools - 1].right;
            width[n_pools - 2] += width[n_pools - 1];
            n_pools--;
        }
    }
    for (uint32_t p = 0, b = 0; p < n_pools; p++)
        for (uint32_t k = 0; k < width[p]; k++) out[b++] = share(pool[p].right, pool[p].seen);
}

/* The tagger's samples, sorted by margin, into equal-sized bins; samples
 * of one margin always share a bin, so that a margin has one share. */
static void fit_model_bins(const quoth_calibration_sample *s, size_t n, quoth_calibration *c) {
    bin_count bins[QUOTH_CALIBRATION_BINS] = {{0, 0}};
    size_t want = n / QUOTH_CALIBRATION_MIN_BIN;
    if (want > QUOTH_CALIBRATION_BINS) want = QUOTH_CALIBRATION_BINS;
    if (want < 1) want = 1;
    uint32_t n_bins = 0;
    for (size_t start = 0; start < n || n_bins == 0;) {
        size_t end = (n_bins + 1) * n / want;
        if (end <= start) end = start + 1;
        if (end > n) end = n;
        while (end < n && s[end].margin == s[end - 1].margin) end++;
        for (size_t i = start; i < end; i++) bins[n_bins].right += s[i].right;
        bins[n_bins].seen = end - start;
        c->upper[n_bins] = end ? s[end - 1].margin : INT32_MAX;
        n_bins++;
        start = end;
        if (n_bins == want) break;
    }
    c->n_bins = n_bins;
    c->upper[n_bins - 1] = INT32_MAX;
    pool_violators(bins, n_bins, c->model);
}

int quoth_calibration_fit(quoth_calibration_sample *samples, size_t n, quoth_calibration *out) {
    memset(out, 0, sizeof *out);
    if (!samples || n == 0) return QUOTH_ERR_INVALID;
    /* the tagger's samples first, then the rules', each kept whole */
    size_t n_model = 0;
    bin_count direct = {0, 0}, other = {0, 0};
    for (size_t i = 0; i < n; i++) {
        quoth_calibration_sample s = samples[i];
        if (s.origin == ORIGIN_MODEL) {
            samples[i] = samples[n_model];
            samples[n_model++] = s;
        } else {
            bin_count *b = s.origin == ORIGIN_RULE_DIRECT ? &direct : &other;
            b->seen++;
            b->right += s.right;
        }
    }
    qsort(samples, n_model, sizeof *samples, by_margin);
    fit_model_bins(samples, n_model, out);
    out->rule_direct = share(direct.right, direct.seen);
    out->rule_other = share(other.right, other.seen);
    out->present = 1;
    return 0;
}

int quoth_calibration_write(const quoth_calibration *c, quoth_mf_writer *w) {
    if (!c->present || c->n_bins < 1 || c->n_bins > QUOTH_CALIBRATION_BINS) return QUOTH_ERR_INVALID;
    unsigned char buf[HEADER_SIZE + BIN_SIZE * QUOTH_CALIBRATION_BINS];
    uint32_t version = SECTION_VERSION;
    memset(buf, 0, sizeof buf);
    memcpy(buf, &version, 4);
    memcpy(buf + 4, &c->n_bins, 4);
    memcpy(buf + 8, &c->rule_direct, 2);
    memcpy(buf + 10, &c->rule_other, 2);
    for (uint32_t b = 0; b < c->n_bins; b++) {
        memcpy(buf + HEADER_SIZE + BIN_SIZE * b, &c->upper[b], 4);
        memcpy(buf + HEADER_SIZE + BIN_SIZE * b + 4, &c->model[b], 2);
    }
    return quoth_mf_writer_add(w, SECTION, buf, HEADER_SIZE + BIN_SIZE * c->n_bins);
}

int quoth_calibration_load(const quoth_mf *mf, quoth_calibration *out) {
    memset(out, 0, sizeof *out);
    const unsigned char *data;
    size_t size;
    if (quoth_mf_section(mf, SECTION, (const void **)&data, &size) != 0) return 0;
    uint32_t version, n_bins;
    if (size < HEADER_SIZE) return QUOTH_ERR_MODEL;
    memcpy(&version, data, 4);
    memcpy(&n_bins, data + 4, 4);
    if (version != SECTION_VERSION || n_bins < 1 || n_bins > QUOTH_CALIBRATION_BINS ||
        size != HEADER_SIZE + (size_t)BIN_SIZE * n_bins)
        return QUOTH_ERR_MODEL;
    memcpy(&out->rule_direct, data + 8, 2);
    memcpy(&out->rule_other, data + 10, 2);
    int ok = out->rule_direct <= 1000 && out->rule_other <= 1000;
    for (uint32_t b = 0; b < n_bins; b++) {
        memcpy(&out->upper[b], data + HEADER_SIZE + BIN_SIZE * b, 4);
        memcpy(&out->model[b], data + HEADER_SIZE + BIN_SIZE * b + 4, 2);
        ok = ok && out->model[b] <= 1000 && (b == 0 || out->upper[b] >= out->upper[b - 1]);
    }
    if (!ok) {
        memset(out, 0, sizeof *out);
        return QUOTH_ERR_MODEL;
    }
    out->n_bins = n_bins;
    out->present = 1;
    return 0;
}

/* A share in whole hundredths, as quoth writes confidences: the value a
 * user reads is the value a filter compares. */
static float hundredths(uint16_t per_mille) {
    return (float)((per_mille + 5) / 10) / 100.0f;
}

float quoth_calibration_confidence(const quoth_calibration *c, const quoth_attribution *a) {
    if (!c->present) return a->confidence;
    if (a->origin == ORIGIN_RULE_DIRECT) return hundredths(c->rule_direct);
    if (a->origin != ORIGIN_MODEL) return hundredths(c->rule_other);
    uint32_t b = 0;
    while (b + 1 < c->n_bins && a->margin > c->upper[b]) b++;
    return hundredths(c->model[b]);
}
