/*
 * test_calibration.c - confidences from dev: fitting the shares (bins of
 * the tagger's margin, ties kept together, pooled until they never fall),
 * the model section and its checks, and the confidence of an attribution.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/calibration.h"
#include "harness.h"
#include "quoth.h"

static quoth_calibration_sample tagger(int32_t margin, int right) {
    return (quoth_calibration_sample){ORIGIN_MODEL, (uint8_t)right, margin};
}

static quoth_attribution with(int origin, int32_t margin) {
    quoth_attribution a;
    memset(&a, 0, sizeof a);
    a.origin = (uint8_t)origin;
    a.margin = margin;
    a.confidence = 0.25f;
    return a;
}

/* 120 tagger samples (margins 1..120, three bins of 40: 20, 10 and 36
 * right) and ten direct quotes of the rules (9 right), given in a
 * scrambled order. The second bin is below the first, so the two pool:
 * 30 right of 80, (30 + 1) / (80 + 2) = 0.378; the last bin 37 / 42 =
 * 0.881; the direct quotes 10 / 12 = 0.833; the rules' others, never
 * seen, 1 / 2. Confidences are those shares in whole hundredths. */
static void test_fit(void) {
    quoth_calibration_sample s[130];
    size_t n = 0;
    for (int32_t m = 120; m >= 1; m--) {
        int k = (int)(m - 1) % 40, right = m <= 40 ? k < 20 : m <= 80 ? k < 10 : k < 36;
        s[n++] = tagger(m, right);
        if (m % 12 == 0) s[n++] = (quoth_calibration_sample){ORIGIN_RULE_DIRECT, m != 60, 0};
    }
    CHECK_INT(n, 130);
    quoth_calibration c;
    CHECK_INT(quoth_calibration_fit(s, n, &c), 0);
    CHECK_INT(c.present, 1);
    CHECK_INT(c.n_bins, 3);
    CHECK_INT(c.upper[0], 40);
    CHECK_INT(c.upper[1], 80);
    CHECK_INT(c.upper[2], INT32_MAX);
    CHECK_INT(c.model[0], 378);
    CHECK_INT(c.model[1], 378);
    CHECK_INT(c.model[2], 881);
    CHECK_INT(c.rule_direct, 833);
    CHECK_INT(c.rule_other, 500);

    quoth_attribution a = with(ORIGIN_MODEL, 40);
    CHECK(quoth_calibration_confidence(&c, &a) == 0.38f);
    a.margin = 81;
    CHECK(quoth_calibration_confidence(&c, &a) == 0.88f);
    a.margin = INT32_MAX;
    CHECK(quoth_calibration_confidence(&c, &a) == 0.88f);
    a.margin = 0;
    CHECK(quoth_calibration_confidence(&c, &a) == 0.38f);
    a.margin = 1000;
    c.model[2] = 845; /* half a hundredth rounds up */
    CHECK(quoth_calibration_confidence(&c, &a) == 0.85f);
    c.model[2] = 844;
    CHECK(quoth_calibration_confidence(&c, &a) == 0.84f);
    a = with(ORIGIN_RULE_DIRECT, 0);
    CHECK(quoth_calibration_confidence(&c, &a) == 0.83f);
    a = with(ORIGIN_RULE_INDIRECT, 0);
    CHECK(quoth_calibration_confidence(&c, &a) == 0.5f);
}

/* Samples of one margin share a bin: 60 at margin 5 and 40 at margin 9
 * would split at the 50th, so the first bin takes all 60 (30 right:
 * 31 / 62) and the second the 40 (30 right: 31 / 42). */
static void test_ties(void) {
    quoth_calibration_sample s[100];
    for (int i = 0; i < 100; i++) s[i] = tagger(i < 60 ? 5 : 9, i < 30 || i >= 70);
    quoth_calibration c;
    CHECK_INT(quoth_calibration_fit(s, 100, &c), 0);
    CHECK_INT(c.n_bins, 2);
    CHECK_INT(c.upper[0], 5);
    CHECK_INT(c.model[0], 500);
    CHECK_INT(c.model[1], 738);
}

/* Fewer samples than a bin holds make one bin; no tagger sample at all
 * still makes one (1 / 2); no sample is an error. */
static void test_small(void) {
    quoth_calibration_sample s[3] = {tagger(3, 1), tagger(1, 1), {ORIGIN_RULE_INDIRECT, 1, 0}};
    quoth_calibration c;
    CHECK_INT(quoth_calibration_fit(s, 3, &c), 0);
    CHECK_INT(c.n_bins, 1);
    CHECK_INT(c.model[0], 750);
    CHECK_INT(c.rule_other, 667);
    quoth_calibration_sample rule = {ORIGIN_RULE_DIRECT, 0, 0};
    CHECK_INT(quoth_calibration_fit(&rule, 1, &c), 0);
    CHECK_INT(c.n_bins, 1);
    CHECK_INT(c.model[0], 500);
    CHECK_INT(c.rule_direct, 333);
    CHECK_INT(quoth_calibration_fit(s, 0, &c), QUOTH_ERR_INVALID);
    CHECK_INT(c.present, 0);
}

/* A container holding `size` bytes of `data` as the section (NULL: no
 * section), opened into *mf; the caller frees the returned buffer. */
static void *container(const void *data, size_t size, quoth_mf *mf) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    void *buf = NULL;
    size_t len = 0;
    int rc = w ? quoth_mf_writer_add(w, "other", "x", 1) : QUOTH_ERR_NOMEM;
    if (!rc && data) rc = quoth_mf_writer_add(w, "attrib.calib", data, size);
    if (!rc) rc = quoth_mf_writer_write_memory(w, &buf, &len);
    if (!rc) rc = quoth_mf_open(buf, len, mf);
    CHECK_INT(rc, 0);
    quoth_mf_writer_free(w);
    return buf;
}

static void test_section(void) {
    quoth_calibration_sample s[120];
    for (int i = 0; i < 120; i++) s[i] = tagger(i, i % 3 != 0 || i > 100);
    quoth_calibration c, back;
    CHECK_INT(quoth_calibration_fit(s, 120, &c), 0);
    quoth_mf_writer *w = quoth_mf_writer_new();
    void *buf = NULL;
    size_t len = 0;
    quoth_mf mf;
    CHECK_INT(quoth_calibration_write(&c, w), 0);
    CHECK_INT(quoth_mf_writer_write_memory(w, &buf, &len), 0);
    CHECK_INT(quoth_mf_open(buf, len, &mf), 0);
    const void *raw;
    size_t size = 0;
    CHECK_INT(quoth_mf_section(&mf, "attrib.calib", &raw, &size), 0);
    CHECK_INT(size, 12 + 8 * 3);
    CHECK_INT(quoth_calibration_load(&mf, &back), 0);
    CHECK(memcmp(&c, &back, sizeof c) == 0);
    unsigned char bytes[64];
    memcpy(bytes, raw, size);
    free(buf);
    quoth_mf_writer_free(w);

    /* what is not a calibration section */
    struct {
        size_t at, size;
        uint32_t value;
        size_t section;
    } bad[] = {{0, 4, 2, 36},          /* another version */
               {4, 4, 0, 36},          /* no bin */
               {4, 4, 11, 36},         /* too many bins */
               {4, 4, 2, 36},          /* fewer bins than bytes */
               {8, 2, 1001, 36},       /* a share above 1 */
               {12 + 8 + 4, 2, 1001, 36},
               {12 + 8, 4, 1, 36},     /* bins out of order */
               {0, 0, 0, 35},          /* cut short */
               {0, 0, 0, 8}};
    for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
        unsigned char copy[64];
        memcpy(copy, bytes, sizeof copy);
        if (bad[k].size == 4) memcpy(copy + bad[k].at, &bad[k].value, 4);
        if (bad[k].size == 2) {
            uint16_t v = (uint16_t)bad[k].value;
            memcpy(copy + bad[k].at, &v, 2);
        }
        void *b = container(copy, bad[k].section, &mf);
        back.present = 1;
        CHECK_INT(quoth_calibration_load(&mf, &back), QUOTH_ERR_MODEL);
        CHECK_INT(back.present, 0);
        free(b);
    }

    /* no section: the fixed confidences */
    void *b = container(NULL, 0, &mf);
    CHECK_INT(quoth_calibration_load(&mf, &back), 0);
    CHECK_INT(back.present, 0);
    quoth_attribution a = with(ORIGIN_MODEL, 5);
    CHECK(quoth_calibration_confidence(&back, &a) == 0.25f);
    free(b);

    quoth_calibration none;
    memset(&none, 0, sizeof none);
    w = quoth_mf_writer_new();
    CHECK_INT(quoth_calibration_write(&none, w), QUOTH_ERR_INVALID);
    quoth_mf_writer_free(w);
}

TEST_MAIN(test_fit, test_ties, test_small, test_section)
