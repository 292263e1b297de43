#include "tag/pos.h"

#include <stdlib.h>
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

#define POS_INLINE static inline __attribute__((always_inline))

/* The features in three groups: those of the word itself, those of the
 * previous tags, those of the neighbours. The tagger makes the first and
 * last groups of word i+1 ahead of time (they do not need tag i). */
POS_INLINE void word_features(const quoth_word_info *w, int with_bias, quoth_key_sink *s) {
    if (with_bias) quoth_key_sink_put(s, quoth_hash_key(F_BIAS, 0));
    quoth_key_sink_put(s, quoth_hash_key(F_WORD, w->word));
    quoth_key_sink_put(s, quoth_hash_key(F_NORM, w->norm));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF1, w->suf1));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF2, w->suf2));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF3, w->suf3));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF4, w->suf4));
    quoth_key_sink_put(s, quoth_hash_key(F_PRE1, w->pre1));
    quoth_key_sink_put(s, quoth_hash_key(F_PRE3, w->pre3));
    quoth_key_sink_put(s, quoth_hash_key(F_SHAPE, w->shape));
}

/* The features of the two previous tags alone: with the bias, what a
 * quoth_pos_tag_rows sums for each pair of tags. */
POS_INLINE void tag_pair_features(uint32_t prev, uint32_t prev2, quoth_key_sink *s) {
    quoth_key_sink_put(s, quoth_hash_key(F_PREV, prev));
    quoth_key_sink_put(s, quoth_hash_key(F_PREV2, prev2));
    quoth_key_sink_put(s, quoth_hash_key2(F_PREV_PREV2, prev, prev2));
}

POS_INLINE void tag_features(uint64_t norm, uint32_t prev, uint32_t prev2, quoth_key_sink *s) {
    tag_pair_features(prev, prev2, s);
    quoth_key_sink_put(s, quoth_hash_key2(F_PREV_NORM, prev, norm));
}

POS_INLINE void context_features(const quoth_window *win, size_t i, quoth_key_sink *s) {
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    const quoth_word_info *m1 = quoth_window_at(win, i, -1), *m2 = quoth_window_at(win, i, -2);
    const quoth_word_info *p1 = quoth_window_at(win, i, 1), *p2 = quoth_window_at(win, i, 2);
    quoth_key_sink_put(s, quoth_hash_key(F_NORM_M1, m1->norm));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF3_M1, m1->suf3));
    quoth_key_sink_put(s, quoth_hash_key(F_NORM_M2, m2->norm));
    quoth_key_sink_put(s, quoth_hash_key(F_NORM_P1, p1->norm));
    quoth_key_sink_put(s, quoth_hash_key(F_SUF3_P1, p1->suf3));
    quoth_key_sink_put(s, quoth_hash_key(F_NORM_P2, p2->norm));
    quoth_key_sink_put(s, quoth_hash_key(F_SHAPE_M1, m1->shape));
    quoth_key_sink_put(s, quoth_hash_key(F_SHAPE_P1, p1->shape));
    quoth_key_sink_put(s, quoth_hash_key2(F_NORM_M1_NORM, m1->norm, w->norm));
    quoth_key_sink_put(s, quoth_hash_key2(F_NORM_NORM_P1, w->norm, p1->norm));
}

size_t quoth_pos_features(const quoth_window *win, size_t i, uint32_t prev, uint32_t prev2,
                          uint64_t *feats) {
    const quoth_word_info *w = quoth_window_at(win, i, 0);
    quoth_key_sink s = {feats, 0, NULL};
    word_features(w, 1, &s);
    tag_features(w->norm, prev, prev2, &s);
    context_features(win, i, &s);
    return s.n;
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

static int load_linear_trusted(const void *data, size_t size, void *out) {
    return quoth_linear_load_trusted(data, size, out);
}

static int load_lexicon(const void *data, size_t size, void *out) {
    return quoth_lexicon_load(data, size, out);
}

static int load_lexicon_trusted(const void *data, size_t size, void *out) {
    return quoth_lexicon_load_trusted(data, size, out);
}

/* Every dictionary tag must be a tag of the model, so tagging needs no
 * check. Not asked of the built-in model (quoth_mf.trusted), as its
 * slots are not: the read of every value at start, twice with the count
 * of a full lexicon load (test_tag_dict_trusted checks that model). */
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
    if (rc == QUOTH_OK) rc = load_table(mf, "pos.weights", mf->trusted ? load_linear_trusted : load_linear, &m.weights);
    if (rc == QUOTH_OK) rc = load_table(mf, "pos.dict", mf->trusted ? load_lexicon_trusted : load_lexicon, &m.dict);
    if (rc == QUOTH_OK && m.weights.n_classes != m.n_tags) rc = QUOTH_ERR_MODEL;
    if (rc == QUOTH_OK && !mf->trusted) rc = check_dict(&m.dict, m.n_tags);
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

/* ----------------------------------------------------- previous-tag rows */

struct quoth_pos_tag_rows {
    const quoth_pos_model *model;   /* whose rows they are */
    uint32_t n_tags, codes, stride; /* codes: the tags and the two start values */
    uint8_t *made;                  /* codes x codes: the pair's row is summed */
    int32_t *sums;                  /* codes x codes rows of QUOTH_POS_MAX_TAGS scores (stride used) */
};

quoth_pos_tag_rows *quoth_pos_tag_rows_new(const quoth_pos_model *m) {
    if (!m || !m->n_tags) return NULL;
    quoth_pos_tag_rows *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->model = m;
    r->n_tags = m->n_tags;
    r->codes = m->n_tags + 2;
    r->stride = m->weights.stride;
    size_t pairs = (size_t)r->codes * r->codes;
    /* calloc: the pages of pairs never met are never touched */
    r->made = calloc(pairs, 1);
    /* rows of the largest tag set, so that a row is copied with a size the
     * compiler knows (inline vector moves, not a call of memcpy) */
    r->sums = calloc(pairs * QUOTH_POS_MAX_TAGS, sizeof *r->sums);
    if (!r->made || !r->sums) {
        quoth_pos_tag_rows_free(r);
        return NULL;
    }
    return r;
}

void quoth_pos_tag_rows_free(quoth_pos_tag_rows *r) {
    if (!r) return;
    free(r->made);
    free(r->sums);
    free(r);
}

static uint32_t tag_code(const quoth_pos_tag_rows *r, uint32_t tag) {
    return tag < r->n_tags ? tag : tag == QUOTH_TAG_START1 ? r->n_tags : r->n_tags + 1;
}

/* The bias and the previous tags' three features summed, for this pair. */
static const int32_t *pair_row(const quoth_pos_model *m, quoth_pos_tag_rows *r, uint32_t prev, uint32_t prev2) {
    size_t pair = (size_t)tag_code(r, prev) * r->codes + tag_code(r, prev2);
    int32_t *row = r->sums + pair * QUOTH_POS_MAX_TAGS;
    if (!r->made[pair]) {
        uint64_t feats[4];
        quoth_key_sink s = {feats, 0, NULL};
        quoth_key_sink_put(&s, quoth_hash_key(F_BIAS, 0));
        tag_pair_features(prev, prev2, &s);
        quoth_linear_score(&m->weights, feats, s.n, row);
        r->made[pair] = 1;
    }
    return row;
}

/* --------------------------------------------------------------- tagging */

/* How many words to score ahead a word's features are made and their
 * slots prefetched. One was too few: the next word's misses overlapped
 * almost nothing (perf: the slot loads stalled 70% of the scorer's time).
 * The window is moved to a word when its features are made. */
#define POS_AHEAD 2

/* One word to score, of the pipeline below: its features, and with
 * previous-tag rows, the row that the scores start from. */
typedef struct pos_word {
    uint8_t *tags; /* its sentence's */
    size_t at;     /* its position in the sentence */
    uint64_t norm; /* its info's, for the feature of the tag before it */
    size_t n;
    const int32_t *base;
    uint64_t feats[QUOTH_POS_MAX_FEATS];
} pos_word;

/* The words to score of a run of sentences, in order, sentence after
 * sentence: the pipeline below runs across their ends, so that the first
 * words of a sentence are made ready while the last of the one before are
 * scored (news sentences have ~6 words to score, and a sentence of its
 * own had started a third of them with no prefetch distance). Each
 * sentence has its own window and dictionary scan: no feature looks
 * across a sentence's end. */
typedef struct pos_feed {
    const quoth_word *words;      /* the words, or */
    const quoth_word_info *infos; /* their infos; */
    const uint8_t *dict;          /* their dictionary entries, or NULL */
    const quoth_pos_span *spans;
    size_t n_spans, next_span;    /* the sentence after the scanned one */
    uint8_t *tags;                /* all the words' */
    uint8_t *sentence_tags;       /* the scanned sentence's */
    quoth_window win;             /* the scanned sentence's */
    quoth_dict_scan scan;
} pos_feed;

static void feed_open_sentence(const quoth_pos_model *m, pos_feed *f, const quoth_pos_span *s) {
    if (f->infos) quoth_window_start_infos(&f->win, f->infos + s->first, s->count);
    else quoth_window_start(&f->win, f->words + s->first, s->count);
    f->sentence_tags = f->tags + s->first;
    quoth_dict_scan_start(&f->scan, &m->dict, f->dict ? f->dict + s->first : NULL, &f->win, s->count,
                          f->sentence_tags);
}

/* The next word to score, or n of its sentence (its window's) when no
 * word is left in any sentence. */
static size_t feed_next(const quoth_pos_model *m, pos_feed *f) {
    size_t j;
    while ((j = quoth_dict_scan_next(&f->scan)) >= f->scan.n && f->next_span < f->n_spans) {
        const quoth_pos_span *s = &f->spans[f->next_span++];
        if (s->count) feed_open_sentence(m, f, s);
    }
    return j;
}

/* Makes word j of the scanned sentence ready to be scored: its tag-free
 * features, with their slots prefetched. Moves the window to j. */
static void ready_word(const quoth_pos_model *m, const quoth_pos_tag_rows *rows, pos_feed *f, size_t j,
                       pos_word *w) {
    quoth_window *win = &f->win;
    quoth_window_seek(win, j);
    const quoth_word_info *info = quoth_window_at(win, j, 0);
    w->tags = f->sentence_tags;
    w->at = j;
    w->norm = info->norm;
    quoth_key_sink s = {w->feats, 0, &m->weights};
    if (rows) word_features(info, 0, &s);
    else word_features(info, 1, &s);
    context_features(win, j, &s);
    w->n = s.n;
}

/* Readies the next word to score into w; 0 when none is left. */
static int ready_next(const quoth_pos_model *m, const quoth_pos_tag_rows *rows, pos_feed *f, pos_word *w) {
    size_t j = feed_next(m, f);
    if (j >= f->scan.n) return 0;
    ready_word(m, rows, f, j, w);
    return 1;
}

/* The word's features of the two tags before it, added to the others as
 * soon as they are known, and their slots prefetched: one of them holds
 * the word too, and missed the cache when it was looked up at once (a
 * sixth of the tagger's time). With rows, the three that depend on the
 * tags alone (and the bias) are the pair's row instead: one copy of a row
 * for four look-ups. */
static void add_tag_features(const quoth_pos_model *m, quoth_pos_tag_rows *rows, pos_word *w) {
    uint32_t prev, prev2;
    quoth_previous_tags(w->tags, w->at, &prev, &prev2);
    quoth_key_sink s = {w->feats, w->n, &m->weights};
    if (rows) {
        w->base = pair_row(m, rows, prev, prev2);
        quoth_key_sink_put(&s, quoth_hash_key2(F_PREV_NORM, prev, w->norm));
    } else {
        tag_features(w->norm, prev, prev2, &s);
    }
    w->n = s.n;
}

/* Tags the feed's words: the dictionary's words at once, block by block,
 * then the others in order, each scored when the tags before it are
 * known. ahead[k % 3] holds the k-th word to score, made ready POS_AHEAD
 * words before it is scored. */
static void tag_feed(const quoth_pos_model *m, quoth_pos_tag_rows *rows, pos_feed *f) {
    pos_word ahead[POS_AHEAD + 1];
    int32_t scores[QUOTH_POS_MAX_TAGS];
    size_t ready = 0;
    while (ready < POS_AHEAD && ready_next(m, rows, f, &ahead[ready])) ready++;
    if (ready == 0) return; /* the dictionary tagged every word */
    add_tag_features(m, rows, &ahead[0]);
    int more = ready == POS_AHEAD;
    for (size_t k = 0; k < ready; k++) {
        if (more && (more = ready_next(m, rows, f, &ahead[ready % (POS_AHEAD + 1)]))) ready++;
        pos_word *w = &ahead[k % (POS_AHEAD + 1)];
        if (rows) memcpy(scores, w->base, sizeof scores);
        else memset(scores, 0, m->weights.stride * sizeof *scores);
        quoth_linear_score_prefetched(&m->weights, w->feats, w->n, scores);
        w->tags[w->at] = (uint8_t)quoth_linear_argmax(scores, m->n_tags);
        if (k + 1 < ready) add_tag_features(m, rows, &ahead[(k + 1) % (POS_AHEAD + 1)]);
    }
}

/* All entry points: the words' infos made from `words`, or given; their
 * dictionary entries looked up, or given. */
static int tag_spans(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word *words,
                     const quoth_word_info *infos, const uint8_t *dict, const quoth_pos_span *spans, size_t n_spans,
                     uint8_t *tags_out) {
    if (!m || !m->n_tags || !(words || infos) || !tags_out) return QUOTH_ERR_INVALID;
    if (rows && rows->model != m) return QUOTH_ERR_INVALID; /* another model's sums */
    pos_feed f;
    f.words = words;
    f.infos = infos;
    f.dict = dict;
    f.spans = spans;
    f.n_spans = n_spans;
    f.next_span = 0;
    f.tags = tags_out;
    f.scan.n = f.scan.base = f.scan.bits = 0; /* no sentence scanned yet */
    tag_feed(m, rows, &f);
    return QUOTH_OK;
}

static int tag_words_or_infos(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word *words,
                              const quoth_word_info *infos, const uint8_t *dict, size_t n, uint8_t *tags_out) {
    if (n == 0) return QUOTH_OK;
    if (n > UINT32_MAX) return QUOTH_ERR_INVALID;
    quoth_pos_span one = {0, (uint32_t)n};
    return tag_spans(m, rows, words, infos, dict, &one, 1, tags_out);
}

int quoth_pos_tag(const quoth_pos_model *m, const quoth_word *words, size_t n, uint8_t *tags_out) {
    return tag_words_or_infos(m, NULL, words, NULL, NULL, n, tags_out);
}

int quoth_pos_tag_infos(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos, size_t n,
                        uint8_t *tags_out) {
    return tag_words_or_infos(m, rows, NULL, infos, NULL, n, tags_out);
}

int quoth_pos_tag_infos_dict(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos,
                             const uint8_t *dict, size_t n, uint8_t *tags_out) {
    if (n && !dict) return QUOTH_ERR_INVALID;
    return tag_words_or_infos(m, rows, NULL, infos, dict, n, tags_out);
}

int quoth_pos_tag_sentences(const quoth_pos_model *m, quoth_pos_tag_rows *rows, const quoth_word_info *infos,
                            const uint8_t *dict, const quoth_pos_span *sentences, size_t n_sentences,
                            uint8_t *tags_out) {
    if (n_sentences == 0) return QUOTH_OK;
    if (!infos || !dict || !sentences) return QUOTH_ERR_INVALID;
    return tag_spans(m, rows, NULL, infos, dict, sentences, n_sentences, tags_out);
}
