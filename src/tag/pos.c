#include "tag/pos.h"

#include <string.h>

#include "quoth.h"
#include "tag/hash.h"

#define TAGS_MAGIC 0x47415451u /* "QTAG" read little-endian */
#define TAGS_HEADER_BYTES 16u
#define TAG_NAME_BYTES 16u

/* Feature templates. Their numbers are part of the model format. */
enum {
    F_BIAS,
    F_WORD,
    F_NORM,
    F_SUF1,
    F_SUF2,
    F_SUF3,
    F_SUF4,
    F_PRE1,
    F_PRE3,
    F_SHAPE,
    F_PREV,
    F_PREV2,
    F_PREV_PREV2,
    F_PREV_NORM,
    F_NORM_M1,
    F_SUF3_M1,
    F_NORM_M2,
    F_NORM_P1,
    F_SUF3_P1,
    F_NORM_P2,
    F_SHAPE_M1,
    F_SHAPE_P1,
    F_NORM_M1_NORM,
    F_NORM_NORM_P1,
};

/* The features in three groups: those of the word itself, those of the
 * previous tags, those of the neighbours. The tagger makes the first and
 * last groups of word i+1 ahead of time (they do not need tag i). */
static size_t word_features(const quoth_word_info *w, uint64_t *feats) {
    size_t n = 0;
    feats[n++] = quoth_hash_key(F_BIAS, 0);
    feats[n++] = quoth_hash_key(F_WORD, w->word);
    feats[n++] = quoth_hash_key(F_NORM, w->norm);
    feats[n++] = quoth_hash_key(F_SUF1, w->suf1);
    feats[n++] = quoth_hash_key(F_SUF2, w->suf2);
    feats[n++] = quoth_hash_key(F_SUF3, w->suf3);
    feats[n++] = quoth_hash_key(F_SUF4, w->suf4);
    feats[n++] = quoth_hash_key(F_PRE1, w->pre1);
    feats[n++] = quoth_hash_key(F_PRE3, w->pre3);
    feats[n++] = quoth_hash_key(F_SHAPE, w->shape);
    return n;
}

static size_t tag_features(const quoth_word_info *w, uint32_t prev, uint32_t prev2, uint64_t *feats) {
    size_t n = 0;
    feats[n++] = quoth_hash_key(F_PREV, prev);
    feats[n++] = quoth_hash_key(F_PREV2, prev2);
    feats[n++] = quoth_hash_key2(F_PREV_PREV2, prev, prev2);
    feats[n++] = quoth_hash_key2(F_PREV_NORM, prev, w->norm);
    return n;
}

static size_t context_features(const quoth_window *win, size_t i, uint64_t *feats) {
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    const quoth_word_info *m1 = quoth_window_at(win, i, -1), *m2 = quoth_window_at(win, i, -2);
    const quoth_word_info *p1 = quoth_window_at(win, i, 1), *p2 = quoth_window_at(win, i, 2);
    size_t n = 0;
    feats[n++] = quoth_hash_key(F_NORM_M1, m1->norm);
    feats[n++] = quoth_hash_key(F_SUF3_M1, m1->suf3);
    feats[n++] = quoth_hash_key(F_NORM_M2, m2->norm);
    feats[n++] = quoth_hash_key(F_NORM_P1, p1->norm);
    feats[n++] = quoth_hash_key(F_SUF3_P1, p1->suf3);
    feats[n++] = quoth_hash_key(F_NORM_P2, p2->norm);
    feats[n++] = quoth_hash_key(F_SHAPE_M1, m1->shape);
    feats[n++] = quoth_hash_key(F_SHAPE_P1, p1->shape);
    feats[n++] = quoth_hash_key2(F_NORM_M1_NORM, m1->norm, w->norm);
    feats[n++] = quoth_hash_key2(F_NORM_NORM_P1, w->norm, p1->norm);
    return n;
}

size_t quoth_pos_features(const quoth_window *win, size_t i, uint32_t prev, uint32_t prev2,
                          uint64_t *feats) {
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    size_t n = word_features(w, feats);
    n += tag_features(w, prev, prev2, feats + n);
    return n + context_features(win, i, feats + n);
}

/* ----------------------------------------------------------------- model */

static int load_tag_names(const quoth_mf *mf, quoth_pos_model *m) {
    const void *data;
    size_t size;
    if (quoth_mf_section(mf, "pos.tags", &data, &size) != QUOTH_OK) return QUOTH_ERR_MODEL;
    if (size < TAGS_HEADER_BYTES) return QUOTH_ERR_MODEL;
    uint32_t header[4];
    memcpy(header, data, sizeof header);
    uint32_t n_tags = header[2];
    if (header[0] != TAGS_MAGIC || header[1] != QUOTH_WORDFEAT_VERSION || header[3] != 0 ||
        n_tags == 0 || n_tags > QUOTH_POS_MAX_TAGS ||
        size != TAGS_HEADER_BYTES + (size_t)n_tags * TAG_NAME_BYTES)
        return QUOTH_ERR_MODEL;
    const char *names = (const char *)data + TAGS_HEADER_BYTES;
    for (uint32_t t = 0; t < n_tags; t++) {
        size_t len = strnlen(names + t * TAG_NAME_BYTES, TAG_NAME_BYTES);
        if (len == 0 || len == TAG_NAME_BYTES) return QUOTH_ERR_MODEL;
    }
    m->names = names;
    m->n_tags = n_tags;
    return QUOTH_OK;
}

static int load_table(const quoth_mf *mf, const char *name, int (*load)(const void *, size_t, void *),
                      void *out) {
    const void *data;
    size_t size;
    if (quoth_mf_section(mf, name, &data, &size) != QUOTH_OK) return QUOTH_ERR_MODEL;
    return load(data, size, out) == QUOTH_OK ? QUOTH_OK : QUOTH_ERR_MODEL;
}

static int load_linear(const void *data, size_t size, void *out) {
    return quoth_linear_load(data, size, out);
}

static int load_lexicon(const void *data, size_t size, void *out) {
    return quoth_lexicon_load(data, size, out);
}

/* Every dictionary tag must be a tag of the model, so tagging needs no check. */
static int check_dict(const quoth_lexicon *dict, uint32_t n_tags) {
    for (size_t i = 0; i <= dict->mask; i++)
        if (dict->values[i] > n_tags) return QUOTH_ERR_MODEL;
    return QUOTH_OK;
}

int quoth_pos_model_load(const quoth_mf *mf, quoth_pos_model *out) {
    if (!mf || !out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    quoth_pos_model m;
    int rc = load_tag_names(mf, &m);
    if (rc == QUOTH_OK) rc = load_table(mf, "pos.weights", load_linear, &m.weights);
    if (rc == QUOTH_OK) rc = load_table(mf, "pos.dict", load_lexicon, &m.dict);
    if (rc == QUOTH_OK && m.weights.n_classes != m.n_tags) rc = QUOTH_ERR_MODEL;
    if (rc == QUOTH_OK) rc = check_dict(&m.dict, m.n_tags);
    if (rc != QUOTH_OK) return rc;
    *out = m;
    return QUOTH_OK;
}

uint32_t quoth_pos_tag_count(const quoth_pos_model *m) {
    return m ? m->n_tags : 0;
}

const char *quoth_pos_tag_name(const quoth_pos_model *m, uint32_t id) {
    if (!m || id >= m->n_tags) return NULL;
    return m->names + (size_t)id * TAG_NAME_BYTES;
}

int quoth_pos_tag_id(const quoth_pos_model *m, const char *name) {
    if (!m || !name) return QUOTH_ERR_INVALID;
    for (uint32_t t = 0; t < m->n_tags; t++)
        if (strncmp(m->names + (size_t)t * TAG_NAME_BYTES, name, TAG_NAME_BYTES) == 0) return (int)t;
    return QUOTH_ERR_INVALID;
}

/* --------------------------------------------------------------- tagging */

/* How many words ahead a word's features are made and their slots
 * prefetched. One was too few: most words are settled by the dictionary
 * at once, so the next word's misses overlapped almost nothing (perf: the
 * slot loads stalled 70% of the scorer's time). The window ring holds
 * words i-2..i+5, enough for the features of word i+2. */
#define POS_AHEAD 2

/* Makes word j ready to be tagged: its dictionary entry, and unless that
 * settles it, its tag-free features with their slots prefetched. The
 * window must have advanced to j. */
static void ready_word(const quoth_pos_model *m, const quoth_window *win, size_t j, uint32_t *dict,
                       uint64_t *feats, size_t *nf) {
    *dict = quoth_lexicon_get(&m->dict, quoth_window_at(win, j, 0)->word);
    *nf = 0;
    if (*dict) return;
    *nf = word_features(quoth_window_at(win, j, 0), feats);
    *nf += context_features(win, j, feats + *nf);
    quoth_linear_prefetch(&m->weights, feats, *nf);
}

/* Word j's features of the two tags before it, added to the others as
 * soon as word j-1 is tagged, and their slots prefetched: one of them
 * holds j's word too, and missed the cache when it was looked up at once
 * (a sixth of the tagger's time). Nothing for a dictionary word. */
static void add_tag_features(const quoth_pos_model *m, const quoth_window *win, size_t j, uint32_t prev,
                             uint32_t prev2, const uint32_t *dict, uint64_t (*feats)[QUOTH_POS_MAX_FEATS],
                             size_t *nf) {
    size_t slot = j % (POS_AHEAD + 1);
    if (dict[slot]) return;
    size_t k = tag_features(quoth_window_at(win, j, 0), prev, prev2, feats[slot] + nf[slot]);
    quoth_linear_prefetch(&m->weights, feats[slot] + nf[slot], k);
    nf[slot] += k;
}

/* Tags the n (>= 1) words of a started window. Word i: the window has
 * advanced to i + POS_AHEAD; dict[i % 3] is its dictionary entry and
 * feats[i % 3] all its features. */
static int tag_window(const quoth_pos_model *m, quoth_window *win, size_t n, uint8_t *tags_out) {
    uint64_t feats[POS_AHEAD + 1][QUOTH_POS_MAX_FEATS];
    size_t nf[POS_AHEAD + 1];
    uint32_t dict[POS_AHEAD + 1];
    int32_t scores[QUOTH_POS_MAX_TAGS];
    uint32_t prev = QUOTH_TAG_START1, prev2 = QUOTH_TAG_START2;
    /* word 0 outside the loop: the compiler cannot see that n >= 1 */
    quoth_window_advance(win, 0);
    ready_word(m, win, 0, &dict[0], feats[0], &nf[0]);
    for (size_t j = 1; j < POS_AHEAD && j < n; j++) {
        quoth_window_advance(win, j);
        ready_word(m, win, j, &dict[j], feats[j], &nf[j]);
    }
    add_tag_features(m, win, 0, prev, prev2, dict, feats, nf);
    for (size_t i = 0; i < n; i++) {
        size_t cur = i % (POS_AHEAD + 1), ahead = i + POS_AHEAD;
        if (ahead < n) {
            quoth_window_advance(win, ahead);
            /* the dictionary is megabytes too: ask for the slot of the word
             * after now, two words before it is read */
            if (ahead + 2 < n) quoth_lexicon_prefetch(&m->dict, quoth_window_at(win, ahead, 2)->word);
            size_t slot = ahead % (POS_AHEAD + 1);
            ready_word(m, win, ahead, &dict[slot], feats[slot], &nf[slot]);
        }
        uint32_t tag = dict[cur];
        if (tag) {
            tag--;
        } else {
            memset(scores, 0, m->weights.stride * sizeof *scores);
            quoth_linear_score_prefetched(&m->weights, feats[cur], nf[cur], scores);
            tag = quoth_linear_argmax(scores, m->n_tags);
        }
        tags_out[i] = (uint8_t)tag;
        prev2 = prev;
        prev = tag;
        if (i + 1 < n) add_tag_features(m, win, i + 1, prev, prev2, dict, feats, nf);
    }
    return QUOTH_OK;
}

int quoth_pos_tag(const quoth_pos_model *m, const quoth_word *words, size_t n, uint8_t *tags_out) {
    if (n == 0) return QUOTH_OK;
    if (!m || !m->n_tags || !words || !tags_out) return QUOTH_ERR_INVALID;
    quoth_window win;
    quoth_window_start(&win, words, n);
    return tag_window(m, &win, n, tags_out);
}

int quoth_pos_tag_infos(const quoth_pos_model *m, const quoth_word_info *infos, size_t n, uint8_t *tags_out) {
    if (n == 0) return QUOTH_OK;
    if (!m || !m->n_tags || !infos || !tags_out) return QUOTH_ERR_INVALID;
    quoth_window win;
    quoth_window_start_infos(&win, infos, n);
    return tag_window(m, &win, n, tags_out);
}
