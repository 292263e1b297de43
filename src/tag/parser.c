#include "tag/parser.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/hash.h"

#define LABELS_MAGIC 0x50454451u /* "QDEP" read little-endian */
#define LABELS_HEADER_BYTES 24u
#define LABEL_NAME_BYTES 16u

/* Feature templates. Their numbers are part of the model format. */
enum {
    F_BIAS,
    F_S0W, F_S0T, F_S0WT,
    F_B0W, F_B0T, F_B0WT,
    F_B1W, F_B1T, F_B2T,
    F_S1W, F_S1T, F_S1WT, F_S2T,
    F_S0W_B0W, F_S0WT_B0T, F_S0T_B0WT, F_S0T_B0T,
    F_S1T_S0T, F_S1WT_S0T, F_S1T_S0WT, F_S1W_S0W, F_B0T_B1T,
    F_B0T_B1T_B2T, F_S0T_B0T_B1T, F_S1T_S0T_B0T, F_S2T_S1T_S0T,
    F_S0T_S0LT_B0T, F_S0T_S0RT_B0T, F_S0T_B0T_B0LT, F_S1T_S1RT_S0T,
    F_S0T_S0LT_S0LL, F_S0T_S0RT_S0RL, F_B0T_B0LT_B0LL,
    F_S0LW, F_S0RW, F_B0LW,
    F_S0W_D, F_B0W_D, F_S0T_B0T_D, F_S1T_S0T_D,
    F_S0T_VL_VR, F_B0T_VL,
    F_S0T_SL, F_S0T_SR, F_B0T_SL,
    F_Q_S0T_B0T,
};


/* Label templates, each joined with the arc's direction. */
enum {
    L_BIAS = 100,
    L_DW, L_DT, L_HW, L_HT,
    L_DT_HT, L_DW_HT, L_DT_HW, L_DW_HW, L_DT_HT_DIST,
    L_DT_LSET, L_DT_RSET, L_DT_VAL, L_DT_DLT_DRT, L_DLW, L_DRW,
    L_HT_HSET, L_DT_PREV_NEXT, L_DT_HT_NEXT,
};

/* ------------------------------------------------------------ workspace */

int quoth_parse_ws_reserve(quoth_parse_ws *ws, size_t n) {
    if (!ws) return QUOTH_ERR_INVALID;
    if (n > QUOTH_DEP_MAX_WORDS) return QUOTH_ERR_TOO_LARGE;
    if (n <= ws->cap && ws->tok) return QUOTH_OK;
    /* Grown by half again each time, so that a stream of ever longer
     * sentences reallocates a logarithmic number of times. */
    size_t cap = ws->cap + ws->cap / 2;
    if (cap < n) cap = n;
    if (cap < 64) cap = 64;
    if (cap > QUOTH_DEP_MAX_WORDS) cap = QUOTH_DEP_MAX_WORDS;
    quoth_dep_token *tok = malloc((cap + 2) * sizeof *tok);
    int32_t *stack = malloc((cap + 1) * sizeof *stack);
    if (!tok || !stack) {
        free(tok);
        free(stack);
        return QUOTH_ERR_NOMEM;
    }
    free(ws->tok);
    free(ws->stack);
    ws->tok = tok;
    ws->stack = stack;
    ws->cap = cap;
    return QUOTH_OK;
}

void quoth_parse_ws_free(quoth_parse_ws *ws) {
    if (!ws) return;
    free(ws->tok);
    free(ws->stack);
    ws->tok = NULL;
    ws->stack = NULL;
    ws->cap = 0;
}

/* ---------------------------------------------------- transition system */

/* Numbers are many and each rare; years are told apart because they head
 * temporal modifiers. */
static uint64_t word_hash(const quoth_word *w) {
    const unsigned char *s = (const unsigned char *)w->s;
    if (w->len && s[0] >= '0' && s[0] <= '9') {
        if (w->len == 4 && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9' && s[3] >= '0' &&
            s[3] <= '9')
            return quoth_hash_bytes("!YEAR", 5);
        return quoth_hash_bytes("!NUM", 4);
    }
    return quoth_hash_lower(w->s, w->len);
}

static void token_init(quoth_dep_token *t, uint64_t word, uint16_t tag, int32_t none) {
    t->word = word;
    t->lset = t->rset = 0;
    t->head = QUOTH_DEP_NO_HEAD;
    t->lc1 = t->lc2 = t->rc1 = t->rc2 = none;
    t->tag = tag;
    t->label = QUOTH_DEP_NO_LABEL;
    t->nl = t->nr = 0;
    t->quote = 0;
}

static int is_word(const quoth_word *w, const char *s) {
    return w->len == 2 && w->s[0] == s[0] && w->s[1] == s[1];
}

/* Quotations in news run over clause boundaries: whether a word is inside
 * one and whether one closes later tells "`` We won , '' he said" (the
 * quote hangs from "said") from "`` We won . ''" (from "won"). */
static void mark_quotes(quoth_dep_token *tok, const quoth_word *words, size_t n) {
    int depth = 0, close = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_word(&words[i], "``")) depth = 1;
        else if (is_word(&words[i], "''")) depth = 0;
        tok[i].quote = depth ? QUOTH_DEP_IN_QUOTE : 0;
    }
    for (size_t i = n; i-- > 0;) {
        close |= is_word(&words[i], "''");
        tok[i].quote |= close ? QUOTH_DEP_CLOSE_AHEAD : 0;
    }
}

int quoth_dep_start(quoth_parse_ws *ws, const quoth_word *words, const uint8_t *pos_tags, size_t n,
                    quoth_dep_state *st) {
    int rc = quoth_parse_ws_reserve(ws, n);
    if (rc != QUOTH_OK) return rc;
    int32_t none = (int32_t)n + 1;
    for (size_t i = 0; i < n; i++) token_init(&ws->tok[i], word_hash(&words[i]), pos_tags[i], none);
    token_init(&ws->tok[n], quoth_hash_bytes("!ROOT", 5), QUOTH_DEP_TAG_ROOT, none);
    token_init(&ws->tok[n + 1], quoth_hash_bytes("!NONE", 5), QUOTH_DEP_TAG_NONE, none);
    mark_quotes(ws->tok, words, n);
    st->tok = ws->tok;
    st->stack = ws->stack;
    st->sp = 0;
    st->b0 = 0;
    st->n = (int32_t)n;
    return QUOTH_OK;
}

/* Records the arc h -l-> d in both tokens. Children come in any order, so
 * the first and second leftmost (rightmost) are kept by comparison; the
 * none token (n + 1) is right of every word, which makes it the natural
 * "no left child yet". */
static void attach(quoth_dep_state *st, int32_t h, int32_t d, uint32_t label) {
    quoth_dep_token *hd = &st->tok[h], *dep = &st->tok[d];
    int32_t none = st->n + 1;
    dep->head = h;
    dep->label = (uint8_t)label;
    if (d < h) {
        if (d < hd->lc1) {
            hd->lc2 = hd->lc1;
            hd->lc1 = d;
        } else if (d < hd->lc2) {
            hd->lc2 = d;
        }
        hd->nl += hd->nl < 255;
        hd->lset |= (uint64_t)1 << (label & 63);
    } else {
        if (hd->rc1 == none || d > hd->rc1) {
            hd->rc2 = hd->rc1;
            hd->rc1 = d;
        } else if (hd->rc2 == none || d > hd->rc2) {
            hd->rc2 = d;
        }
        hd->nr += hd->nr < 255;
        hd->rset |= (uint64_t)1 << (label & 63);
    }
}

void quoth_dep_apply(quoth_dep_state *st, int move, uint32_t label) {
    if (move == QUOTH_DEP_SHIFT) {
        st->stack[st->sp++] = st->b0++;
        return;
    }
    /* LEFT pops s0 onto b0, RIGHT onto s1: quoth_dep_legal() offers neither
     * on a stack too shallow for it */
    assert(st->sp >= (move == QUOTH_DEP_LEFT ? 1 : 2));
    int32_t d = st->stack[--st->sp];
    if (move == QUOTH_DEP_LEFT)
        attach(st, st->b0, d, st->b0 == st->n ? QUOTH_DEP_ROOT_LABEL : label);
    else
        attach(st, st->stack[st->sp - 1], d, label);
}

/* ------------------------------------------------------------- features */

static inline uint64_t pack2(uint64_t a, uint64_t b) {
    return a | b << 16;
}

static inline uint64_t pack3(uint64_t a, uint64_t b, uint64_t c) {
    return a | b << 16 | c << 32;
}

/* Distances in buckets: exact up to 4, then coarser; the root apart. */
static uint64_t distance(int32_t from, int32_t to, int32_t n) {
    if (to == n) return 15;
    int32_t d = to - from;
    return d <= 4 ? (uint64_t)d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

static inline uint64_t small(uint32_t v) {
    return v < 6 ? v : 6;
}

/* Keys of one value, and of two: a and b are combined by a multiply and
 * an xor before the one finalizer of quoth_hash_feat(), which costs half
 * of quoth_hash_feat2() and, the values being hashes or small integers,
 * collides only by chance all the same. */
#define A1(tpl, v) (f[k++] = quoth_hash_feat(tpl, v))
#define A2(tpl, a, b) (f[k++] = quoth_hash_feat(tpl, (a) ^ ((b) * QUOTH_HASH_K1)))

size_t quoth_dep_features(const quoth_dep_state *st, uint64_t *f) {
    const quoth_dep_token *t = st->tok;
    int32_t n = st->n, none = n + 1, sp = st->sp;
    int32_t i_s0 = st->stack[sp - 1], i_s1 = sp >= 2 ? st->stack[sp - 2] : none;
    int32_t i_b0 = st->b0;
    const quoth_dep_token *s0 = t + i_s0, *s1 = t + i_s1, *b0 = t + i_b0;
    const quoth_dep_token *s2 = t + (sp >= 3 ? st->stack[sp - 3] : none);
    const quoth_dep_token *b1 = t + (i_b0 + 1 <= n ? i_b0 + 1 : none);
    const quoth_dep_token *b2 = t + (i_b0 + 2 <= n ? i_b0 + 2 : none);
    const quoth_dep_token *s0l = t + s0->lc1, *s0r = t + s0->rc1, *s1r = t + s1->rc1;
    const quoth_dep_token *b0l = t + b0->lc1;
    uint64_t s0t = s0->tag, s1t = s1->tag, b0t = b0->tag, b1t = b1->tag;
    uint64_t d0 = distance(i_s0, i_b0, n), d1 = i_s1 == none ? 14 : distance(i_s1, i_s0, n);
    size_t k = 0;
    A1(F_BIAS, 0);
    A1(F_S0W, s0->word);
    A1(F_S0T, s0t);
    A2(F_S0WT, s0->word, s0t);
    A1(F_B0W, b0->word);
    A1(F_B0T, b0t);
    A2(F_B0WT, b0->word, b0t);
    A1(F_B1W, b1->word);
    A1(F_B1T, b1t);
    A1(F_B2T, b2->tag);
    A1(F_S1W, s1->word);
    A1(F_S1T, s1t);
    A2(F_S1WT, s1->word, s1t);
    A1(F_S2T, s2->tag);
    A2(F_S0W_B0W, s0->word, b0->word);
    A2(F_S0WT_B0T, s0->word, pack2(s0t, b0t));
    A2(F_S0T_B0WT, b0->word, pack2(s0t, b0t));
    A1(F_S0T_B0T, pack2(s0t, b0t));
    A1(F_S1T_S0T, pack2(s1t, s0t));
    A2(F_S1WT_S0T, s1->word, pack2(s1t, s0t));
    A2(F_S1T_S0WT, s0->word, pack2(s1t, s0t));
    A2(F_S1W_S0W, s1->word, s0->word);
    A1(F_B0T_B1T, pack2(b0t, b1t));
    A1(F_B0T_B1T_B2T, pack3(b0t, b1t, b2->tag));
    A1(F_S0T_B0T_B1T, pack3(s0t, b0t, b1t));
    A1(F_S1T_S0T_B0T, pack3(s1t, s0t, b0t));
    A1(F_S2T_S1T_S0T, pack3(s2->tag, s1t, s0t));
    A1(F_S0T_S0LT_B0T, pack3(s0t, s0l->tag, b0t));
    A1(F_S0T_S0RT_B0T, pack3(s0t, s0r->tag, b0t));
    A1(F_S0T_B0T_B0LT, pack3(s0t, b0t, b0l->tag));
    A1(F_S1T_S1RT_S0T, pack3(s1t, s1r->tag, s0t));
    A1(F_S0T_S0LT_S0LL, pack3(s0t, s0l->tag, s0l->label));
    A1(F_S0T_S0RT_S0RL, pack3(s0t, s0r->tag, s0r->label));
    A1(F_B0T_B0LT_B0LL, pack3(b0t, b0l->tag, b0l->label));
    A1(F_S0LW, s0l->word);
    A1(F_S0RW, s0r->word);
    A1(F_B0LW, b0l->word);
    A2(F_S0W_D, s0->word, d0);
    A2(F_B0W_D, b0->word, d0);
    A1(F_S0T_B0T_D, pack3(s0t, b0t, d0));
    A1(F_S1T_S0T_D, pack3(s1t, s0t, d1));
    A1(F_S0T_VL_VR, pack3(s0t, small(s0->nl), small(s0->nr)));
    A1(F_B0T_VL, pack2(b0t, small(b0->nl)));
    A2(F_S0T_SL, s0->lset, s0t);
    A2(F_S0T_SR, s0->rset, s0t);
    A2(F_B0T_SL, b0->lset, b0t);
    uint64_t q = (uint64_t)s0->quote | (uint64_t)b0->quote << 2 | (uint64_t)(sp == 1) << 4;
    A1(F_Q_S0T_B0T, pack3(s0t, b0t, q));
    return k;
}

/* The arc h -> d that a move would make: d is s0, complete (a popped word
 * takes no more children), h is b0 for LEFT and s1 for RIGHT. */
size_t quoth_dep_label_features(const quoth_dep_state *st, int move, uint64_t *f) {
    const quoth_dep_token *t = st->tok;
    int32_t n = st->n, none = n + 1, sp = st->sp;
    assert(sp >= (move == QUOTH_DEP_LEFT ? 1 : 2));
    int32_t i_d = st->stack[sp - 1], i_h = move == QUOTH_DEP_LEFT ? st->b0 : st->stack[sp - 2];
    const quoth_dep_token *d = t + i_d, *h = t + i_h;
    const quoth_dep_token *prev = t + (i_d > 0 ? i_d - 1 : none), *next = t + (i_d + 1);
    /* The word that comes after the arc: b0's right neighbour for LEFT, b0
     * for RIGHT. */
    const quoth_dep_token *after = t + (move == QUOTH_DEP_RIGHT ? st->b0 : i_h + 1 <= n ? i_h + 1 : none);
    uint64_t dir = (uint64_t)move << 40, dt = d->tag | dir, ht = h->tag;
    uint64_t dist = i_d < i_h ? distance(i_d, i_h, n) : distance(i_h, i_d, n);
    size_t k = 0;
    A1(L_BIAS, dir);
    A2(L_DW, d->word, dir);
    A1(L_DT, dt);
    A2(L_HW, h->word, dir);
    A1(L_HT, ht | dir);
    A1(L_DT_HT, dt | ht << 16);
    A2(L_DW_HT, d->word, ht | dir);
    A2(L_DT_HW, h->word, dt);
    A2(L_DW_HW, d->word, h->word ^ dir);
    A1(L_DT_HT_DIST, dt | ht << 16 | dist << 32);
    A2(L_DT_LSET, d->lset, dt);
    A2(L_DT_RSET, d->rset, dt);
    A1(L_DT_VAL, dt | small(d->nl) << 16 | small(d->nr) << 24);
    A1(L_DT_DLT_DRT, dt | (uint64_t)t[d->lc1].tag << 16 | (uint64_t)t[d->rc1].tag << 32);
    A2(L_DLW, t[d->lc1].word, dt);
    A2(L_DRW, t[d->rc1].word, dt);
    A2(L_HT_HSET, h->lset ^ (h->rset * QUOTH_HASH_K1), ht | dir);
    A1(L_DT_PREV_NEXT, dt | (uint64_t)prev->tag << 16 | (uint64_t)next->tag << 32);
    A1(L_DT_HT_NEXT, dt | ht << 16 | (uint64_t)after->tag << 32);
    return k;
}

/* ----------------------------------------------------------------- model */

static uint64_t tagset_fingerprint(const quoth_pos_model *pos) {
    uint32_t n = quoth_pos_tag_count(pos);
    uint64_t h = quoth_hash_feat(100, n);
    for (uint32_t t = 0; t < n; t++) {
        const char *name = quoth_pos_tag_name(pos, t);
        h = quoth_hash_feat2(101, h, quoth_hash_bytes(name, strlen(name)));
    }
    return h;
}

uint64_t quoth_dep_tagset_fingerprint(const quoth_pos_model *pos) {
    return tagset_fingerprint(pos);
}

static int load_labels(const quoth_mf *mf, const quoth_pos_model *pos, quoth_parser *p) {
    const void *data;
    size_t size;
    if (quoth_mf_section(mf, "dep.labels", &data, &size) != QUOTH_OK) return QUOTH_ERR_MODEL;
    if (size < LABELS_HEADER_BYTES) return QUOTH_ERR_MODEL;
    uint32_t header[4];
    uint64_t fingerprint;
    memcpy(header, data, sizeof header);
    memcpy(&fingerprint, (const char *)data + 16, sizeof fingerprint);
    uint32_t n = header[2];
    if (header[0] != LABELS_MAGIC || header[1] != QUOTH_DEP_FEAT_VERSION || header[3] != 0 || n < 2 ||
        n > QUOTH_DEP_MAX_LABELS || size != LABELS_HEADER_BYTES + (size_t)n * LABEL_NAME_BYTES ||
        fingerprint != tagset_fingerprint(pos))
        return QUOTH_ERR_MODEL;
    const char *names = (const char *)data + LABELS_HEADER_BYTES;
    for (uint32_t l = 0; l < n; l++) {
        size_t len = strnlen(names + (size_t)l * LABEL_NAME_BYTES, LABEL_NAME_BYTES);
        if (len == 0 || len == LABEL_NAME_BYTES) return QUOTH_ERR_MODEL;
    }
    if (strcmp(names, "root") != 0) return QUOTH_ERR_MODEL;
    p->names = names;
    p->n_labels = n;
    return QUOTH_OK;
}

int quoth_parser_load(const quoth_mf *mf, const quoth_pos_model *pos, quoth_parser *out) {
    if (!mf || !pos || !out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    quoth_parser p;
    const void *data;
    size_t size;
    int rc = load_labels(mf, pos, &p);
    if (rc != QUOTH_OK) return rc;
    if (quoth_mf_section(mf, "dep.moves", &data, &size) != QUOTH_OK ||
        quoth_linear_load(data, size, &p.moves) != QUOTH_OK || p.moves.n_classes != 3)
        return QUOTH_ERR_MODEL;
    if (quoth_mf_section(mf, "dep.rels", &data, &size) != QUOTH_OK ||
        quoth_linear_load(data, size, &p.labels) != QUOTH_OK || p.labels.n_classes != p.n_labels)
        return QUOTH_ERR_MODEL;
    *out = p;
    return QUOTH_OK;
}

uint32_t quoth_parser_rel_count(const quoth_parser *p) {
    return p ? p->n_labels : 0;
}

const char *quoth_parser_rel_name(const quoth_parser *p, uint32_t id) {
    if (!p || id >= p->n_labels) return NULL;
    return p->names + (size_t)id * LABEL_NAME_BYTES;
}

int quoth_parser_rel_id(const quoth_parser *p, const char *name) {
    if (!p || !name) return QUOTH_ERR_INVALID;
    for (uint32_t l = 0; l < p->n_labels; l++)
        if (strncmp(p->names + (size_t)l * LABEL_NAME_BYTES, name, LABEL_NAME_BYTES) == 0) return (int)l;
    return QUOTH_ERR_INVALID;
}

/* --------------------------------------------------------------- parsing */

/* Scores feature keys with a table. Most lookups miss the cache and they
 * are independent, so all slots are fetched first, then the rows of the
 * keys found in their first slot (the layout is linear.h's); this halves
 * the parser's time on a model larger than the cache. */
static void score(const quoth_linear *w, const uint64_t *feats, size_t nf, int32_t *scores) {
    for (size_t i = 0; i < nf; i++) __builtin_prefetch(&w->slots[2 * ((uint32_t)feats[i] & w->mask)]);
    for (size_t i = 0; i < nf; i++) {
        const uint32_t *slot = &w->slots[2 * ((uint32_t)feats[i] & w->mask)];
        if (slot[0] == (uint32_t)(feats[i] >> 32) && slot[1])
            __builtin_prefetch(&w->rows[slot[1] & 0xFFFFFFu]);
    }
    memset(scores, 0, w->stride * sizeof *scores);
    quoth_linear_score(w, feats, nf, scores);
}

static int predict_move(const quoth_parser *p, const quoth_dep_state *st) {
    uint64_t feats[QUOTH_DEP_MAX_FEATS];
    int32_t scores[8];
    score(&p->moves, feats, quoth_dep_features(st, feats), scores);
    return (int)quoth_linear_argmax(scores, quoth_dep_legal(st));
}

/* The best label but "root", which only the arc to the root has. */
static uint32_t predict_label(const quoth_parser *p, const quoth_dep_state *st, int move) {
    uint64_t feats[QUOTH_DEP_MAX_FEATS];
    int32_t scores[QUOTH_LINEAR_STRIDE(QUOTH_DEP_MAX_LABELS)];
    score(&p->labels, feats, quoth_dep_label_features(st, move, feats), scores);
    return 1 + quoth_linear_argmax(scores + 1, p->n_labels - 1);
}

int quoth_parse(const quoth_parser *p, const quoth_word *words, const uint8_t *pos_tags, size_t n,
                quoth_parse_ws *ws, int32_t *heads_out, uint8_t *rels_out) {
    if (n == 0) return QUOTH_OK;
    if (!p || !p->n_labels || !words || !pos_tags || !ws || !heads_out || !rels_out)
        return QUOTH_ERR_INVALID;
    quoth_dep_state st;
    int rc = quoth_dep_start(ws, words, pos_tags, n, &st);
    if (rc != QUOTH_OK) return rc;
    while (!quoth_dep_done(&st)) {
        int move = quoth_dep_forced(&st);
        uint32_t label = QUOTH_DEP_ROOT_LABEL;
        if (move < 0) move = predict_move(p, &st);
        if (move == QUOTH_DEP_RIGHT || (move == QUOTH_DEP_LEFT && st.b0 < st.n))
            label = predict_label(p, &st, move);
        quoth_dep_apply(&st, move, label);
    }
    for (size_t i = 0; i < n; i++) {
        int32_t h = st.tok[i].head;
        heads_out[i] = h == (int32_t)n ? -1 : h;
        rels_out[i] = st.tok[i].label;
    }
    return QUOTH_OK;
}

/* --------------------------------------------------------------- oracle */

uint32_t quoth_dep_cost(const quoth_dep_state *st, const quoth_dep_gold *g, int move) {
    const quoth_dep_token *t = st->tok;
    int32_t b0 = st->b0, s0 = st->sp ? st->stack[st->sp - 1] : -1;
    int32_t s1 = st->sp >= 2 ? st->stack[st->sp - 2] : -1;
    uint32_t cost = 0;
    if (move == QUOTH_DEP_SHIFT) {
        /* b0 on the stack can no longer take words below it as children,
         * nor a head on the stack other than s0. Words left of b0 without
         * a head are exactly the stack. And it can only reach the root
         * from the bottom of the stack: with words under it, it cannot. */
        for (int32_t k = g->kid_start[b0]; k < g->kid_start[b0 + 1]; k++) {
            int32_t c = g->kids[k];
            cost += c < b0 && t[c].head == QUOTH_DEP_NO_HEAD;
        }
        int32_t h = g->head[b0];
        cost += h < b0 && h != s0 && t[h].head == QUOTH_DEP_NO_HEAD;
        cost += h == st->n && st->sp > 0;
        return cost;
    }
    /* LEFT and RIGHT pop s0: its children still in the buffer are lost,
     * and so is its head unless it is the one the move gives it. A head in
     * the buffer could still come; the root only to the stack's bottom. */
    for (int32_t k = g->kid_start[s0]; k < g->kid_start[s0 + 1]; k++) cost += g->kids[k] >= b0;
    int32_t h = g->head[s0];
    int reachable = h == s1 || (h >= b0 && (h < st->n || st->sp == 1));
    int32_t given = move == QUOTH_DEP_LEFT ? b0 : s1;
    cost += reachable && h != given;
    return cost;
}

int quoth_dep_is_projective_tree(const int32_t *head, size_t n) {
    size_t roots = 0;
    for (size_t i = 0; i < n; i++) {
        int32_t h = head[i];
        if (h < 0 || (size_t)h > n || (size_t)h == i) return 0;
        roots += (size_t)h == n;
    }
    if (roots != 1) return 0;
    /* Acyclic: every word reaches the root within n steps. */
    for (size_t i = 0; i < n; i++) {
        size_t steps = 0;
        for (int32_t h = (int32_t)i; (size_t)h != n; h = head[h])
            if (++steps > n) return 0;
    }
    /* Projective: no two arcs cross (the root arc spans to n). */
    for (size_t i = 0; i < n; i++) {
        size_t a = i < (size_t)head[i] ? i : (size_t)head[i], b = i ^ (size_t)head[i] ^ a;
        for (size_t j = a + 1; j < b; j++) {
            size_t h = (size_t)head[j];
            if (h < a || h > b) return 0;
        }
    }
    return 1;
}
