#include "tag/entity.h"

#include <string.h>

#include "quoth.h"
#include "tag/hash.h"

#define LABELS_MAGIC 0x544E4551u /* "QENT" read little-endian */
#define LABELS_BYTES 24u

/* POS values for positions outside the sentence. */
#define POS_START2 254u
#define POS_START1 253u
#define POS_END1 252u
#define POS_END2 251u

static const char *const label_names[QUOTH_ENT_LABELS] = {"O", "PERSON", "ORGANIZATION", "LOCATION"};

const char *quoth_entity_label_name(uint32_t label) {
    return label < QUOTH_ENT_LABELS ? label_names[label] : NULL;
}

uint32_t quoth_entity_label_of(const char *ner) {
    static const struct {
        const char *ner;
        uint32_t label;
    } map[] = {{"PERSON", QUOTH_ENT_PERSON},   {"ORGANIZATION", QUOTH_ENT_ORGANIZATION},
               {"LOCATION", QUOTH_ENT_LOCATION}, {"CITY", QUOTH_ENT_LOCATION},
               {"COUNTRY", QUOTH_ENT_LOCATION},  {"STATE_OR_PROVINCE", QUOTH_ENT_LOCATION}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (strcmp(ner, map[i].ner) == 0) return map[i].label;
    return QUOTH_ENT_O;
}

uint64_t quoth_entity_tagset_fingerprint(const quoth_pos_model *pos) {
    uint64_t h = quoth_hash_key(0, quoth_pos_tag_count(pos));
    for (uint32_t t = 0; t < quoth_pos_tag_count(pos); t++) {
        const char *name = quoth_pos_tag_name(pos, t);
        h = quoth_hash_key2(1, h, quoth_hash_bytes(name, strlen(name)));
    }
    return h;
}

/* Feature templates. Their numbers are part of the model format. */
enum {
    E_BIAS,
    E_WORD,
    E_LOWER,
    E_SUF3,
    E_PRE3,
    E_SHAPE,
    E_PREV,
    E_PREV2,
    E_PREV_PREV2,
    E_PREV_SHAPE,
    E_PREV_LOWER,
    E_POS,
    E_POS_M1,
    E_POS_P1,
    E_POS_M1_POS,
    E_POS_POS_P1,
    E_LOWER_M1,
    E_LOWER_P1,
    E_LOWER_M2,
    E_LOWER_P2,
    E_SHAPE_M1,
    E_SHAPE_P1,
    E_LOWER_POS,
    E_POS_SHAPE,
    E_LOWER_M1_LOWER,
    E_SUF3_M1,
    E_LOWER_LOWER_P1,
    E_PREV_POS,
    E_WORD_M1,
    E_WORD_P1,
    E_SHAPE_TRIGRAM,
    E_SUF3_P1,
};

static uint32_t pos_at(const uint8_t *pos_tags, size_t n, size_t i, int offset) {
    if (offset < 0 && i < (size_t)-offset) return i + 1 == (size_t)-offset ? POS_START1 : POS_START2;
    size_t j = i + (size_t)(ptrdiff_t)offset;
    if (j >= n) return j == n ? POS_END1 : POS_END2;
    return pos_tags[j];
}

#define ENT_INLINE static inline __attribute__((always_inline))

/* The features of word i that do not depend on the labels before it. */
ENT_INLINE void label_free_features(const quoth_window *win, const uint8_t *pos_tags, size_t n, size_t i,
                                    int with_bias, quoth_key_sink *s) {
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    const quoth_word_info *m1 = quoth_window_at(win, i, -1), *m2 = quoth_window_at(win, i, -2);
    const quoth_word_info *p1 = quoth_window_at(win, i, 1), *p2 = quoth_window_at(win, i, 2);
    uint32_t pos = pos_at(pos_tags, n, i, 0), pos_m1 = pos_at(pos_tags, n, i, -1);
    uint32_t pos_p1 = pos_at(pos_tags, n, i, 1);
    if (with_bias) quoth_key_sink_put(s, quoth_hash_key(E_BIAS, 0));
    quoth_key_sink_put(s, quoth_hash_key(E_WORD, w->word));
    quoth_key_sink_put(s, quoth_hash_key(E_LOWER, w->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_SUF3, w->suf3));
    quoth_key_sink_put(s, quoth_hash_key(E_PRE3, w->pre3));
    quoth_key_sink_put(s, quoth_hash_key(E_SHAPE, w->shape));
    quoth_key_sink_put(s, quoth_hash_key(E_POS, pos));
    quoth_key_sink_put(s, quoth_hash_key(E_POS_M1, pos_m1));
    quoth_key_sink_put(s, quoth_hash_key(E_POS_P1, pos_p1));
    quoth_key_sink_put(s, quoth_hash_key2(E_POS_M1_POS, pos_m1, pos));
    quoth_key_sink_put(s, quoth_hash_key2(E_POS_POS_P1, pos, pos_p1));
    quoth_key_sink_put(s, quoth_hash_key(E_LOWER_M1, m1->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_LOWER_P1, p1->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_LOWER_M2, m2->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_LOWER_P2, p2->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_SHAPE_M1, m1->shape));
    quoth_key_sink_put(s, quoth_hash_key(E_SHAPE_P1, p1->shape));
    quoth_key_sink_put(s, quoth_hash_key2(E_LOWER_POS, w->lower, pos));
    quoth_key_sink_put(s, quoth_hash_key2(E_POS_SHAPE, pos, w->shape));
    quoth_key_sink_put(s, quoth_hash_key2(E_LOWER_M1_LOWER, m1->lower, w->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_SUF3_M1, m1->suf3));
    quoth_key_sink_put(s, quoth_hash_key2(E_LOWER_LOWER_P1, w->lower, p1->lower));
    quoth_key_sink_put(s, quoth_hash_key(E_WORD_M1, m1->word));
    quoth_key_sink_put(s, quoth_hash_key(E_WORD_P1, p1->word));
    quoth_key_sink_put(s, quoth_hash_key2(E_SHAPE_TRIGRAM, quoth_hash_key2(0, m1->shape, w->shape), p1->shape));
    quoth_key_sink_put(s, quoth_hash_key(E_SUF3_P1, p1->suf3));
}

/* The features of the two labels before a word alone: with the bias, what
 * a label row sums. */
ENT_INLINE void label_pair_features(uint32_t prev, uint32_t prev2, quoth_key_sink *s) {
    quoth_key_sink_put(s, quoth_hash_key(E_PREV, prev));
    quoth_key_sink_put(s, quoth_hash_key(E_PREV2, prev2));
    quoth_key_sink_put(s, quoth_hash_key2(E_PREV_PREV2, prev, prev2));
}

/* The features of a word (its shape, lowercase form and POS tag) with the
 * label before it. */
ENT_INLINE void label_word_features(uint64_t shape, uint64_t lower, uint32_t pos, uint32_t prev, quoth_key_sink *s) {
    quoth_key_sink_put(s, quoth_hash_key2(E_PREV_SHAPE, prev, shape));
    quoth_key_sink_put(s, quoth_hash_key2(E_PREV_LOWER, prev, lower));
    quoth_key_sink_put(s, quoth_hash_key2(E_PREV_POS, prev, pos));
}

size_t quoth_entity_features(const quoth_window *win, const uint8_t *pos_tags, size_t n, size_t i,
                             uint32_t prev, uint32_t prev2, uint64_t *feats) {
    quoth_key_sink s = {feats, 0, NULL};
    label_free_features(win, pos_tags, n, i, 1, &s);
    label_pair_features(prev, prev2, &s);
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    label_word_features(w->shape, w->lower, pos_at(pos_tags, n, i, 0), prev, &s);
    return s.n;
}

/* A label or start value as an index of label_rows, and back. */
static uint32_t label_code(uint32_t label) {
    return label < QUOTH_ENT_LABELS ? label : label == QUOTH_TAG_START1 ? QUOTH_ENT_LABELS : QUOTH_ENT_LABELS + 1;
}

static uint32_t label_of_code(uint32_t code) {
    return code < QUOTH_ENT_LABELS ? code : code == QUOTH_ENT_LABELS ? QUOTH_TAG_START1 : QUOTH_TAG_START2;
}

void quoth_entity_model_sum_label_rows(quoth_entity_model *m) {
    memset(m->label_rows, 0, sizeof m->label_rows);
    for (uint32_t a = 0; a < QUOTH_ENT_LABEL_CODES; a++)
        for (uint32_t b = 0; b < QUOTH_ENT_LABEL_CODES; b++) {
            uint64_t feats[4];
            quoth_key_sink s = {feats, 0, NULL};
            quoth_key_sink_put(&s, quoth_hash_key(E_BIAS, 0));
            label_pair_features(label_of_code(a), label_of_code(b), &s);
            quoth_linear_score(&m->weights, feats, s.n, m->label_rows[a * QUOTH_ENT_LABEL_CODES + b]);
        }
}

/* ----------------------------------------------------------------- model */

static int check_labels_section(const quoth_mf *mf, const quoth_pos_model *pos) {
    const void *data;
    size_t size;
    if (quoth_mf_section(mf, "ent.labels", &data, &size) != QUOTH_OK || size != LABELS_BYTES)
        return QUOTH_ERR_MODEL;
    uint32_t header[4];
    uint64_t fingerprint;
    memcpy(header, data, sizeof header);
    memcpy(&fingerprint, (const unsigned char *)data + 16, sizeof fingerprint);
    if (header[0] != LABELS_MAGIC || header[1] != QUOTH_WORDFEAT_VERSION ||
        header[2] != QUOTH_ENT_LABELS || header[3] != 0)
        return QUOTH_ERR_MODEL;
    return fingerprint == quoth_entity_tagset_fingerprint(pos) ? QUOTH_OK : QUOTH_ERR_MODEL;
}

int quoth_entity_model_load(const quoth_mf *mf, const quoth_pos_model *pos, quoth_entity_model *out) {
    if (!mf || !pos || !out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    quoth_entity_model m;
    const void *data;
    size_t size;
    int rc = check_labels_section(mf, pos);
    if (rc == QUOTH_OK && quoth_mf_section(mf, "ent.weights", &data, &size) == QUOTH_OK)
        rc = quoth_linear_load_as(mf->trusted, data, size, &m.weights) == QUOTH_OK ? QUOTH_OK : QUOTH_ERR_MODEL;
    else if (rc == QUOTH_OK)
        rc = QUOTH_ERR_MODEL;
    if (rc == QUOTH_OK && quoth_mf_section(mf, "ent.dict", &data, &size) == QUOTH_OK)
        rc = quoth_lexicon_load_as(mf->trusted, data, size, &m.dict) == QUOTH_OK ? QUOTH_OK : QUOTH_ERR_MODEL;
    else if (rc == QUOTH_OK)
        rc = QUOTH_ERR_MODEL;
    if (rc == QUOTH_OK && m.weights.n_classes != QUOTH_ENT_LABELS) rc = QUOTH_ERR_MODEL;
    /* every dictionary label a label, so tagging needs no check; not asked
     * of the built-in model, as in pos.c (test_tag_dict_trusted checks it) */
    for (size_t i = 0; rc == QUOTH_OK && !mf->trusted && i <= m.dict.mask; i++)
        if (m.dict.values[i] > QUOTH_ENT_LABELS) rc = QUOTH_ERR_MODEL;
    if (rc != QUOTH_OK) return rc;
    quoth_entity_model_sum_label_rows(&m);
    *out = m;
    return QUOTH_OK;
}

int quoth_entity_tag(const quoth_entity_model *m, const quoth_word *words, const uint8_t *pos_tags,
                     size_t n, uint8_t *labels_out) {
    return quoth_entity_tag_prefix(m, words, pos_tags, n, n, labels_out);
}

/* The tagger runs like the part-of-speech tagger (pos.c): the words the
 * dictionary settles are labelled at once, block by block (features.h);
 * of the others, in order, the label-free features are made ENT_AHEAD
 * words to score before the word is scored, and its label features as
 * soon as the labels before it are known, each with their slots
 * prefetched, so that the table's cache misses overlap other words' work
 * instead of stalling it. */
#define ENT_AHEAD 2

typedef struct ent_word {
    size_t at;                   /* its position in the sentence */
    uint64_t shape, lower;       /* its info's and */
    uint32_t pos;                /* its POS tag, for the features with the label before it */
    const int32_t *base;         /* the label row the scores start from */
    size_t n;
    uint64_t feats[QUOTH_ENT_MAX_FEATS];
} ent_word;

/* Word j's label-free features, with their slots prefetched. Moves the
 * window to j. */
static void ready_word(const quoth_entity_model *m, quoth_window *win, const uint8_t *pos_tags, size_t n, size_t j,
                       ent_word *w) {
    quoth_window_seek(win, j);
    const quoth_word_info *info = quoth_window_at(win, j, 0);
    w->at = j;
    w->shape = info->shape;
    w->lower = info->lower;
    w->pos = pos_tags[j];
    quoth_key_sink s = {w->feats, 0, &m->weights};
    label_free_features(win, pos_tags, n, j, 0, &s);
    w->n = s.n;
}

/* The word's features of the labels before it, in `labels`. */
static void add_label_features(const quoth_entity_model *m, const uint8_t *labels, ent_word *w) {
    size_t j = w->at;
    uint32_t prev, prev2;
    quoth_previous_tags(labels, j, &prev, &prev2);
    w->base = m->label_rows[label_code(prev) * QUOTH_ENT_LABEL_CODES + label_code(prev2)];
    quoth_key_sink s = {w->feats, w->n, &m->weights};
    label_word_features(w->shape, w->lower, w->pos, prev, &s);
    w->n = s.n;
}

/* Words 0..upto-1 (1 <= upto <= n) of a started window, whose dictionary
 * entries are dict[0..upto-1] or, when dict is NULL, looked up. ahead[k %
 * 3] holds the k-th word to score. */
static int tag_prefix(const quoth_entity_model *m, quoth_window *win, const uint8_t *dict, const uint8_t *pos_tags,
                      size_t n, size_t upto, uint8_t *labels_out) {
    if (upto == 0 || upto > n) return QUOTH_ERR_INVALID;
    ent_word ahead[ENT_AHEAD + 1];
    int32_t scores[QUOTH_LINEAR_STRIDE(QUOTH_ENT_LABELS)];
    quoth_dict_scan scan;
    quoth_dict_scan_start(&scan, &m->dict, dict, win, upto, labels_out);
    size_t ready = 0, j = 0;
    while (ready < ENT_AHEAD && (j = quoth_dict_scan_next(&scan)) < upto)
        ready_word(m, win, pos_tags, n, j, &ahead[ready++]);
    if (ready == 0) return QUOTH_OK; /* the dictionary labelled every word */
    add_label_features(m, labels_out, &ahead[0]);
    for (size_t k = 0; k < ready; k++) {
        if (j < upto && (j = quoth_dict_scan_next(&scan)) < upto)
            ready_word(m, win, pos_tags, n, j, &ahead[ready++ % (ENT_AHEAD + 1)]);
        ent_word *w = &ahead[k % (ENT_AHEAD + 1)];
        memcpy(scores, w->base, sizeof scores);
        quoth_linear_score_prefetched(&m->weights, w->feats, w->n, scores);
        labels_out[w->at] = (uint8_t)quoth_linear_argmax(scores, QUOTH_ENT_LABELS);
        if (k + 1 < ready) add_label_features(m, labels_out, &ahead[(k + 1) % (ENT_AHEAD + 1)]);
    }
    return QUOTH_OK;
}

/* All entry points: the words' infos made from `words`, or given; their
 * dictionary entries looked up, or given. */
static int tag_words_or_infos(const quoth_entity_model *m, const quoth_word *words, const quoth_word_info *infos,
                              const uint8_t *dict, const uint8_t *pos_tags, size_t n, size_t upto,
                              uint8_t *labels_out) {
    if (upto > n) return QUOTH_ERR_INVALID;
    if (upto == 0) return QUOTH_OK;
    if (!m || !m->weights.slots || !(words || infos) || !pos_tags || !labels_out) return QUOTH_ERR_INVALID;
    quoth_window win;
    if (infos) quoth_window_start_infos(&win, infos, n);
    else quoth_window_start(&win, words, n);
    return tag_prefix(m, &win, dict, pos_tags, n, upto, labels_out);
}

int quoth_entity_tag_prefix(const quoth_entity_model *m, const quoth_word *words, const uint8_t *pos_tags,
                            size_t n, size_t upto, uint8_t *labels_out) {
    return tag_words_or_infos(m, words, NULL, NULL, pos_tags, n, upto, labels_out);
}

int quoth_entity_tag_infos(const quoth_entity_model *m, const quoth_word_info *infos, const uint8_t *pos_tags,
                          size_t n, size_t upto, uint8_t *labels_out) {
    return tag_words_or_infos(m, NULL, infos, NULL, pos_tags, n, upto, labels_out);
}

int quoth_entity_tag_infos_dict(const quoth_entity_model *m, const quoth_word_info *infos, const uint8_t *dict,
                                const uint8_t *pos_tags, size_t n, size_t upto, uint8_t *labels_out) {
    if (upto && upto <= n && !dict) return QUOTH_ERR_INVALID;
    return tag_words_or_infos(m, NULL, infos, dict, pos_tags, n, upto, labels_out);
}
