/*
 * calibration.h - an attribution's confidence: how often attributions like
 * it were right about who said what in annotated news held out of training.
 *
 * Why a table and not a formula: the tagger's scores are perceptron sums,
 * with no probability in them and a scale that changes with each model. So
 * `quoth train --dev` runs the finished model on the dev articles, scores
 * each attribution as score.py's who-said-what would (its content overlaps
 * a gold one's at token F1 >= 0.5 and its source overlaps that one's), and
 * stores what it saw in the model (section "attrib.calib"):
 *
 *   - the share of the rules' direct quotes that were right, and of the
 *     rules' other attributions;
 *   - for the tagger's attributions, which are right about half the time
 *     when it hesitates and five times in six when it does not, the share
 *     in each of up to QUOTH_CALIBRATION_BINS bins of its cue's margin
 *     (quoth_viterbi_margins), made non-decreasing (pool-adjacent-
 *     violators), as a more certain cue is not less often right.
 *
 * Every share is (right + 1) / (seen + 2): a class seen rarely is not
 * called certain. A model without the section (one trained without --dev,
 * or an older one) gives the fixed confidences quoth always gave.
 */
#ifndef QUOTH_ATTRIB_CALIBRATION_H
#define QUOTH_ATTRIB_CALIBRATION_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "tag/model_file.h"

/* At most this many margin bins, of at least QUOTH_CALIBRATION_MIN_BIN
 * attributions each: ten bins of about 90 on PolNeAR dev. */
#define QUOTH_CALIBRATION_BINS 10
#define QUOTH_CALIBRATION_MIN_BIN 40

typedef struct quoth_calibration {
    int present;                /* 0: the fixed confidences */
    uint16_t rule_direct;       /* per mille right: the rules' direct quotes */
    uint16_t rule_other;        /* the rules' indirect and mixed ones */
    uint32_t n_bins;            /* 1..QUOTH_CALIBRATION_BINS */
    int32_t upper[QUOTH_CALIBRATION_BINS];      /* a bin's highest margin (the last bin has none) */
    uint16_t model[QUOTH_CALIBRATION_BINS];     /* per mille right, non-decreasing */
} quoth_calibration;

/* One attribution seen on held-out articles. */
typedef struct quoth_calibration_sample {
    uint8_t origin; /* ORIGIN_* */
    uint8_t right;  /* 1 when right about who said what */
    int32_t margin; /* quoth_attribution.margin */
} quoth_calibration_sample;

/* Fits *out to n samples (reordered in place). 0, or QUOTH_ERR_INVALID
 * when there is no sample. */
int quoth_calibration_fit(quoth_calibration_sample *samples, size_t n, quoth_calibration *out);

/* Adds the section "attrib.calib" for a fitted calibration. */
int quoth_calibration_write(const quoth_calibration *c, quoth_mf_writer *w);

/* Reads "attrib.calib" from a model; without it, out->present = 0
 * and 0 is returned. QUOTH_ERR_MODEL for a section that is not one. */
int quoth_calibration_load(const quoth_mf *mf, quoth_calibration *out);

/* The confidence of an attribution, 0..1 in whole hundredths (the fixed
 * one it has without a calibration). */
float quoth_calibration_confidence(const quoth_calibration *c, const quoth_attribution *a);

#endif
