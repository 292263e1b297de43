#include "tag/linear.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define QUOTH_LINEAR_AVX2 1
#include <immintrin.h>
#else
#define QUOTH_LINEAR_AVX2 0
#endif

#include "quoth.h"
#include "util/array.h"

#define LINEAR_MAGIC 0x4E494C51u /* "QLIN" read little-endian */
#define LINEAR_VERSION 1u
#define LINEAR_HEADER_WORDS 8u
#define REF_OFFSET_BITS 24u
#define REF_OFFSET_MASK ((1u << REF_OFFSET_BITS) - 1u)
#define REF_DENSE 255u
#define QUANT_MAX 32767.0

/* --------------------------------------------------------------- trainer */

struct quoth_linear_trainer {
    uint32_t n_classes;
    /* feature -> row: open addressing, row + 1 in slot_row, 0 when empty */
    uint64_t *slot_key;
    uint32_t *slot_row;
    size_t mask;
    /* rows in insertion order */
    size_t n_rows, cap_rows;
    uint64_t *row_key;
    uint32_t *row_updates;
    float *w;   /* current weights, n_classes per row */
    double *u;  /* sum of clock * delta, for averaging */
    double clock;
};

quoth_linear_trainer *quoth_linear_trainer_new(uint32_t n_classes) {
    if (n_classes == 0 || n_classes > QUOTH_LINEAR_MAX_CLASSES) return NULL;
    quoth_linear_trainer *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->n_classes = n_classes;
    t->clock = 1.0;
    t->mask = 1023;
    t->slot_key = calloc(t->mask + 1, sizeof *t->slot_key);
    t->slot_row = calloc(t->mask + 1, sizeof *t->slot_row);
    if (!t->slot_key || !t->slot_row) {
        quoth_linear_trainer_free(t);
        return NULL;
    }
    return t;
}

void quoth_linear_trainer_free(quoth_linear_trainer *t) {
    if (!t) return;
    free(t->slot_key);
    free(t->slot_row);
    free(t->row_key);
    free(t->row_updates);
    free(t->w);
    free(t->u);
    free(t);
}

static size_t trainer_find(const quoth_linear_trainer *t, uint64_t key) {
    size_t i = (size_t)key & t->mask;
    while (t->slot_row[i] && t->slot_key[i] != key) i = (i + 1) & t->mask;
    return i;
}

static int trainer_rehash(quoth_linear_trainer *t) {
    size_t cap = 2 * (t->mask + 1);
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *rows = calloc(cap, sizeof *rows);
    if (!keys || !rows) {
        free(keys);
        free(rows);
        return QUOTH_ERR_NOMEM;
    }
    free(t->slot_key);
    free(t->slot_row);
    t->slot_key = keys;
    t->slot_row = rows;
    t->mask = cap - 1;
    for (size_t r = 0; r < t->n_rows; r++) {
        size_t i = trainer_find(t, t->row_key[r]);
        t->slot_key[i] = t->row_key[r];
        t->slot_row[i] = (uint32_t)(r + 1);
    }
    return QUOTH_OK;
}

static int trainer_reserve_row(quoth_linear_trainer *t) {
    if (t->n_rows < t->cap_rows) return QUOTH_OK;
    size_t cap = t->cap_rows ? 2 * t->cap_rows : 1024, nc = t->n_classes;
    if (cap > UINT32_MAX - 1) return QUOTH_ERR_NOMEM;
    /* Each array is grown on its own: a failure leaves the others valid. */
    if (QUOTH_RESIZE(t->row_key, cap) ||
        QUOTH_RESIZE(t->row_updates, cap) ||
        QUOTH_RESIZE(t->w, cap * nc) ||
        QUOTH_RESIZE(t->u, cap * nc))
        return QUOTH_ERR_NOMEM;
    t->cap_rows = cap;
    return QUOTH_OK;
}

/* The row of a feature, created with zero weights when new; -1 when out of memory. */
static long trainer_row(quoth_linear_trainer *t, uint64_t key) {
    size_t i = trainer_find(t, key);
    if (t->slot_row[i]) return (long)t->slot_row[i] - 1;
    if (trainer_reserve_row(t) != QUOTH_OK) return -1;
    size_t r = t->n_rows, nc = t->n_classes;
    t->row_key[r] = key;
    t->row_updates[r] = 0;
    memset(t->w + r * nc, 0, nc * sizeof *t->w);
    memset(t->u + r * nc, 0, nc * sizeof *t->u);
    t->n_rows++;
    t->slot_key[i] = key;
    t->slot_row[i] = (uint32_t)(r + 1);
    if (2 * t->n_rows > t->mask + 1 && trainer_rehash(t) != QUOTH_OK) return -1;
    return (long)r;
}

void quoth_linear_trainer_score(const quoth_linear_trainer *t, const uint64_t *feats, size_t n,
                                float *scores) {
    uint32_t nc = t->n_classes;
    for (uint32_t c = 0; c < nc; c++) scores[c] = 0.0f;
    for (size_t f = 0; f < n; f++) {
        size_t i = trainer_find(t, feats[f]);
        if (!t->slot_row[i]) continue;
        const float *row = t->w + (size_t)(t->slot_row[i] - 1) * nc;
        for (uint32_t c = 0; c < nc; c++) scores[c] += row[c];
    }
}

int quoth_linear_trainer_update(quoth_linear_trainer *t, const uint64_t *feats, size_t n,
                                uint32_t cls, float delta) {
    if (!t || cls >= t->n_classes || (!feats && n)) return QUOTH_ERR_INVALID;
    for (size_t f = 0; f < n; f++) {
        long r = trainer_row(t, feats[f]);
        if (r < 0) return QUOTH_ERR_NOMEM;
        size_t at = (size_t)r * t->n_classes + cls;
        t->w[at] += delta;
        t->u[at] += t->clock * (double)delta;
        t->row_updates[r]++;
    }
    return QUOTH_OK;
}

void quoth_linear_trainer_tick(quoth_linear_trainer *t) {
    t->clock += 1.0;
}

size_t quoth_linear_trainer_feature_count(const quoth_linear_trainer *t) {
    return t->n_rows;
}

/* -------------------------------------------------------------- finalize */

static double averaged(const quoth_linear_trainer *t, size_t at) {
    return (double)t->w[at] - t->u[at] / t->clock;
}

static int row_is_kept(const quoth_linear_trainer *t, const quoth_linear_prune *p, size_t r) {
    return t->row_updates[r] >= p->min_updates;
}

static double max_abs_weight(const quoth_linear_trainer *t, const quoth_linear_prune *p) {
    double max = 0.0;
    size_t nc = t->n_classes;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!row_is_kept(t, p, r)) continue;
        for (size_t c = 0; c < nc; c++) {
            double a = fabs(averaged(t, r * nc + c));
            if (a > max) max = a;
        }
    }
    return max;
}

static int16_t quantize(double w, double min_weight, double scale) {
    if (fabs(w) < min_weight) return 0;
    double q = nearbyint(w / scale);
    if (q > QUANT_MAX) q = QUANT_MAX;
    if (q < -QUANT_MAX) q = -QUANT_MAX;
    return (int16_t)q;
}

/* One row in its stored form (written to out when out is not NULL): its
 * length in int16 values and its ref count field; 0 for an all-zero row. */
static uint32_t row_values(const quoth_linear_trainer *t, size_t r, double min_weight, double scale,
                           int16_t *out, uint32_t *count) {
    uint32_t nc = t->n_classes, stride = QUOTH_LINEAR_STRIDE(nc), nonzero = 0;
    int16_t q[QUOTH_LINEAR_STRIDE(QUOTH_LINEAR_MAX_CLASSES)] = {0};
    for (uint32_t c = 0; c < nc; c++) {
        q[c] = quantize(averaged(t, r * nc + c), min_weight, scale);
        nonzero += q[c] != 0;
    }
    if (nonzero == 0) return 0;
    /* Dense once a quarter of the classes are set: a few vector adds beat
     * a scattered add per class. */
    if (4 * nonzero >= stride) {
        if (out) memcpy(out, q, stride * sizeof *q);
        *count = REF_DENSE;
        return stride;
    }
    for (uint32_t c = 0, k = 0; out && c < nc; c++) {
        if (!q[c]) continue;
        out[2 * k] = (int16_t)c;
        out[2 * k + 1] = q[c];
        k++;
    }
    *count = nonzero;
    return 2 * nonzero;
}

typedef struct table_plan {
    size_t n_features, n_values;
    uint32_t log2_slots;
} table_plan;

static table_plan plan_table(const quoth_linear_trainer *t, const quoth_linear_prune *p,
                             double scale) {
    table_plan plan = {0, 0, 4};
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!row_is_kept(t, p, r)) continue;
        uint32_t count, k = row_values(t, r, p->min_weight, scale, NULL, &count);
        plan.n_features += k > 0;
        plan.n_values += k;
    }
    /* At most half full, so that a miss (the common case: unseen words)
     * ends after about two probes. */
    while (((size_t)1 << plan.log2_slots) < 2 * plan.n_features) plan.log2_slots++;
    return plan;
}

/* A row given a slot: the trainer's row and the slot. */
typedef struct placed_row {
    uint32_t row, slot;
} placed_row;

/* Gives every kept row a slot, in insertion order, with its pair count in
 * the ref; returns how many there are. A row whose slot check collides
 * with another key on its probe path is dropped: the table stores 32 bits
 * of each key, and cannot tell them apart. */
static size_t place_slots(const quoth_linear_trainer *t, const quoth_linear_prune *p, double scale,
                          uint32_t mask, uint32_t *slots, placed_row *placed) {
    size_t n = 0;
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!row_is_kept(t, p, r)) continue;
        uint64_t key = t->row_key[r];
        uint32_t check = (uint32_t)(key >> 32), i = (uint32_t)key & mask;
        int clash = 0;
        while (slots[2 * i + 1]) {
            if (slots[2 * i] == check) clash = 1;
            i = (i + 1) & mask;
        }
        if (clash) continue;
        uint32_t count;
        if (row_values(t, r, p->min_weight, scale, NULL, &count) == 0) continue;
        slots[2 * i] = check;
        slots[2 * i + 1] = count << REF_OFFSET_BITS;
        placed[n++] = (placed_row){(uint32_t)r, i};
    }
    return n;
}

/* Writes the rows of the placed features whose rows are dense (or not),
 * from rows + used on, and sets their slots' offsets; returns the new used. */
static size_t write_rows(const quoth_linear_trainer *t, const quoth_linear_prune *p, double scale,
                         uint32_t *slots, const placed_row *placed, size_t n, int dense, int16_t *rows,
                         size_t used) {
    for (size_t k = 0; k < n; k++) {
        uint32_t *ref = &slots[2 * placed[k].slot + 1];
        if ((*ref >> REF_OFFSET_BITS == REF_DENSE) != dense) continue;
        uint32_t count;
        size_t len = row_values(t, placed[k].row, p->min_weight, scale, rows + used, &count);
        *ref |= (uint32_t)used;
        used += len;
    }
    return used;
}

/* Places every kept row; returns the number of int16 values written. The
 * slots are placed in insertion order (which rows clash depends on it), and
 * the rows are written in that order too, but the dense ones before the
 * sparse ones. Back to back from the start of the rows (32 bytes into a
 * 64-byte cache line in a model file), a dense row of stride 8 (the
 * attribution and entity taggers) never straddles two lines and one of 48
 * (part of speech) touches two; among the sparse rows of 4-byte pairs they
 * began anywhere, and 14% of the attribution tagger's row reads and 35% of
 * the part-of-speech tagger's touched a line more than they had to. */
static size_t fill_table(const quoth_linear_trainer *t, const quoth_linear_prune *p, double scale,
                         uint32_t mask, uint32_t *slots, int16_t *rows, placed_row *placed,
                         size_t *n_features) {
    size_t n = place_slots(t, p, scale, mask, slots, placed);
    size_t used = write_rows(t, p, scale, slots, placed, n, 1, rows, 0);
    *n_features = n;
    return write_rows(t, p, scale, slots, placed, n, 0, rows, used);
}

int quoth_linear_trainer_finalize(const quoth_linear_trainer *t, const quoth_linear_prune *prune,
                                  void **blob, size_t *size) {
    static const quoth_linear_prune no_pruning = {0.0f, 0};
    if (!t || !blob || !size) return QUOTH_ERR_INVALID;
    const quoth_linear_prune *p = prune ? prune : &no_pruning;
    double max = max_abs_weight(t, p);
    double scale = max > 0.0 ? max / QUANT_MAX : 1.0;
    table_plan plan = plan_table(t, p, scale);
    if (plan.n_values > REF_OFFSET_MASK || plan.log2_slots > 30) return QUOTH_ERR_INVALID;
    size_t n_slots = (size_t)1 << plan.log2_slots;
    size_t head = (LINEAR_HEADER_WORDS + 2 * n_slots) * sizeof(uint32_t);
    unsigned char *buf = calloc(1, head + plan.n_values * sizeof(int16_t));
    placed_row *placed = malloc((plan.n_features ? plan.n_features : 1) * sizeof *placed);
    if (!buf || !placed) {
        free(buf);
        free(placed);
        return QUOTH_ERR_NOMEM;
    }
    uint32_t *words = (uint32_t *)(void *)buf, *slots = words + LINEAR_HEADER_WORDS;
    int16_t *rows = (int16_t *)(void *)(buf + head);
    size_t n_features;
    size_t used = fill_table(t, p, scale, (uint32_t)(n_slots - 1), slots, rows, placed, &n_features);
    free(placed);
    float scale_f = (float)scale;
    words[0] = LINEAR_MAGIC;
    words[1] = LINEAR_VERSION;
    words[2] = t->n_classes;
    words[3] = plan.log2_slots;
    words[4] = (uint32_t)used;
    words[5] = (uint32_t)n_features;
    memcpy(&words[6], &scale_f, sizeof scale_f);
    words[7] = 0;
    *blob = buf;
    *size = head + used * sizeof(int16_t);
    return QUOTH_OK;
}

/* ------------------------------------------------------------- inference */

static int check_row(const quoth_linear *m, uint32_t ref) {
    uint32_t off = ref & REF_OFFSET_MASK, count = ref >> REF_OFFSET_BITS;
    if (count == REF_DENSE) return m->stride <= m->n_row_values - off ? QUOTH_OK : QUOTH_ERR_MODEL;
    if (count == 0 || count > m->n_classes || 2 * count > m->n_row_values - off) return QUOTH_ERR_MODEL;
    for (uint32_t k = 0; k < count; k++) {
        int16_t cls = m->rows[off + 2 * k];
        if (cls < 0 || (uint32_t)cls >= m->n_classes) return QUOTH_ERR_MODEL;
    }
    return QUOTH_OK;
}

static int check_slots(const quoth_linear *m) {
    size_t n_slots = (size_t)m->mask + 1, occupied = 0;
    for (size_t i = 0; i < n_slots; i++) {
        uint32_t check = m->slots[2 * i], ref = m->slots[2 * i + 1];
        if (!ref) {
            if (check) return QUOTH_ERR_MODEL;
            continue;
        }
        if ((ref & REF_OFFSET_MASK) > m->n_row_values || check_row(m, ref) != QUOTH_OK)
            return QUOTH_ERR_MODEL;
        occupied++;
    }
    /* A full table would make a lookup of an absent key loop forever. */
    if (occupied >= n_slots || occupied != m->n_features) return QUOTH_ERR_MODEL;
    return QUOTH_OK;
}

static int load_table(const void *blob, size_t size, int check_slots_too, quoth_linear *out) {
    if (!out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    if (!blob || (uintptr_t)blob % 8 != 0) return QUOTH_ERR_INVALID;
    const uint32_t *words = blob;
    if (size < LINEAR_HEADER_WORDS * sizeof(uint32_t)) return QUOTH_ERR_MODEL;
    if (words[0] != LINEAR_MAGIC || words[1] != LINEAR_VERSION || words[7] != 0) return QUOTH_ERR_MODEL;
    uint32_t n_classes = words[2], log2_slots = words[3], n_values = words[4];
    if (n_classes == 0 || n_classes > QUOTH_LINEAR_MAX_CLASSES || log2_slots > 30 ||
        n_values > REF_OFFSET_MASK)
        return QUOTH_ERR_MODEL;
    size_t n_slots = (size_t)1 << log2_slots;
    size_t head = (LINEAR_HEADER_WORDS + 2 * n_slots) * sizeof(uint32_t);
    if (size != head + (size_t)n_values * sizeof(int16_t)) return QUOTH_ERR_MODEL;
    float scale;
    memcpy(&scale, &words[6], sizeof scale);
    if (!isfinite(scale) || !(scale > 0.0f)) return QUOTH_ERR_MODEL;
    quoth_linear m = {words + LINEAR_HEADER_WORDS,
                      (const int16_t *)(const void *)((const unsigned char *)blob + head),
                      (uint32_t)(n_slots - 1), n_classes, QUOTH_LINEAR_STRIDE(n_classes), n_values,
                      words[5], scale};
    /* even trusted, a count of features that cannot fit would make an
     * absent key's probe loop forever */
    if (m.n_features >= n_slots) return QUOTH_ERR_MODEL;
    int rc = check_slots_too ? check_slots(&m) : QUOTH_OK;
    if (rc != QUOTH_OK) return rc;
    *out = m;
    return QUOTH_OK;
}

int quoth_linear_load(const void *blob, size_t size, quoth_linear *out) { return load_table(blob, size, 1, out); }

int quoth_linear_load_trusted(const void *blob, size_t size, quoth_linear *out) {
    return load_table(blob, size, 0, out);
}

/* Scoring is in two steps: resolve() finds the rows of the features in the
 * slots and prefetches them, add() sums the rows. quoth_linear_score()
 * prefetches all the slots first so that their cache misses (the tables
 * are megabytes, the keys random) overlap, then runs both steps; a tagger
 * can instead run them a token apart (see quoth_linear_resolve()) so that
 * the misses overlap a whole token's work. Dense rows are summed in vector
 * registers when the classes fit in MAX_REG_VECTORS vectors of 8 (every
 * model quoth ships), so that adding a row is not a chain of store-to-load
 * round trips through `scores`; sparse rows are added to `scores` directly.
 * Integer sums do not depend on the order of the terms, so the result is
 * the same whichever path runs. */
#define MAX_REG_VECTORS 8u
#define REF_BATCH 64u

/* The ref of a feature's row, 0 when the table does not have it. A probe
 * stops at the key's slot or at an empty one, and the two tests are one
 * branch: whether a slot is empty, the key's or another key's is as
 * likely as not from one feature to the next (unseen words miss, a half
 * full table collides), and as two branches each was mispredicted. */
static inline __attribute__((always_inline)) uint32_t find_row(const uint32_t *slots, uint32_t mask,
                                                               uint64_t key) {
    uint32_t check = (uint32_t)(key >> 32);
    /* a size_t, so that the slot's two words are read at scaled indices
     * of it (doubled in 32 bits, each probe had two additions more) */
    size_t i = (uint32_t)key & mask;
    for (;;) {
        /* zero when the slot is empty or the key's: both factors are
         * below 2^32, so the product does not wrap (with `|` of two
         * tests the compiler made two branches again) */
        uint32_t ref = slots[2 * i + 1];
        if ((uint64_t)ref * (slots[2 * i] ^ check) == 0) return ref;
        i = (i + 1) & mask;
    }
}

static inline __attribute__((always_inline)) void add_sparse(int32_t *scores, const int16_t *row, uint32_t count) {
    for (uint32_t c = 0; c < count; c++) scores[row[2 * c]] += row[2 * c + 1];
}

size_t quoth_linear_resolve(const quoth_linear *m, const uint64_t *feats, size_t n, uint32_t *refs) {
    /* m's fields in locals: the stores to refs could alias them, and the
     * compiler would load them again for every feature */
    const uint32_t *slots = m->slots, mask = m->mask;
    const int16_t *rows = m->rows;
    size_t found = 0;
    for (size_t f = 0; f < n; f++) {
        /* a miss is stored and not counted, without a branch: hits and
         * misses alternate as the text's words do (a miss prefetches the
         * first row, which is harmless) */
        uint32_t ref = find_row(slots, mask, feats[f]);
        __builtin_prefetch(rows + (ref & REF_OFFSET_MASK));
        refs[found] = ref;
        found += ref != 0;
    }
    return found;
}

/* Any number of classes, one row at a time through memory; the compiler
 * vectorizes the dense rows for the baseline of its target (SSE2 on every
 * x86-64). The path of CPUs without AVX2 and of other architectures. */
void quoth_linear_add_portable(const quoth_linear *m, const uint32_t *refs, size_t n, int32_t *scores) {
    for (size_t f = 0; f < n; f++) {
        const int16_t *row = m->rows + (refs[f] & REF_OFFSET_MASK);
        uint32_t count = refs[f] >> REF_OFFSET_BITS;
        if (count != REF_DENSE) add_sparse(scores, row, count);
        else
            for (uint32_t c = 0; c < m->stride; c++) scores[c] += row[c];
    }
}

#if QUOTH_LINEAR_AVX2
/* With AVX2 a dense row takes one widening load and one add per 8 classes;
 * chosen at run time so that the library needs no -march flag. */
__attribute__((target("avx2"))) static inline __attribute__((always_inline)) void
add_avx2_k(const quoth_linear *m, const uint32_t *refs, size_t n, int32_t *scores, unsigned vecs) {
    __m256i acc[MAX_REG_VECTORS];
    for (unsigned v = 0; v < vecs; v++) acc[v] = _mm256_setzero_si256();
    for (size_t f = 0; f < n; f++) {
        const int16_t *row = m->rows + (refs[f] & REF_OFFSET_MASK);
        uint32_t count = refs[f] >> REF_OFFSET_BITS;
        if (count != REF_DENSE) {
            add_sparse(scores, row, count);
            continue;
        }
        for (unsigned v = 0; v < vecs; v++)
            acc[v] = _mm256_add_epi32(
                acc[v], _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)(row + 8 * v))));
    }
    for (unsigned v = 0; v < vecs; v++) {
        __m256i *s = (__m256i *)(void *)(scores + 8 * v);
        _mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), acc[v]));
    }
}

/* Stride 8 (the attribution tagger, most features): a sparse row of at most
 * 8 classes has a single pair (two or more make it dense, see row_values),
 * which needs no pair loop, and a dense ref is told by its top byte alone. */
__attribute__((target("avx2"))) static inline __attribute__((always_inline)) __m256i
add_one_8(__m256i acc, const int16_t *rows, uint32_t ref, int32_t *scores) {
    const int16_t *row = rows + (ref & REF_OFFSET_MASK);
    if (ref >= REF_DENSE << REF_OFFSET_BITS)
        return _mm256_add_epi32(acc, _mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(const void *)row)));
    if (ref >> REF_OFFSET_BITS == 1) scores[row[0]] += row[1];
    else add_sparse(scores, row, ref >> REF_OFFSET_BITS); /* not made by the trainer, but a valid table */
    return acc;
}

/* Two refs a step: most pairs are both dense (one test for both), and two
 * sums make two independent chains of adds; the one-ref loop had the
 * compiler shuffle its sum between registers around each test. Called
 * directly, not through add_avx2(): the longer strides' sums spill, and
 * that function's entry aligned the stack for them at every call. */
__attribute__((target("avx2"), noinline)) static void add_avx2_8(const quoth_linear *m, const uint32_t *refs, size_t n,
                                                                 int32_t *scores) {
    const int16_t *rows = m->rows;
    __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
    size_t f = 0;
    for (; f + 2 <= n; f += 2) {
        uint32_t r0 = refs[f], r1 = refs[f + 1];
        if ((r0 & r1) >= REF_DENSE << REF_OFFSET_BITS) {
            const __m128i *row0 = (const __m128i *)(const void *)(rows + (r0 & REF_OFFSET_MASK));
            const __m128i *row1 = (const __m128i *)(const void *)(rows + (r1 & REF_OFFSET_MASK));
            acc0 = _mm256_add_epi32(acc0, _mm256_cvtepi16_epi32(_mm_loadu_si128(row0)));
            acc1 = _mm256_add_epi32(acc1, _mm256_cvtepi16_epi32(_mm_loadu_si128(row1)));
        } else {
            acc0 = add_one_8(acc0, rows, r0, scores);
            acc1 = add_one_8(acc1, rows, r1, scores);
        }
    }
    if (f < n) acc0 = add_one_8(acc0, rows, refs[f], scores);
    __m256i *s = (__m256i *)(void *)scores;
    _mm256_storeu_si256(s, _mm256_add_epi32(_mm256_loadu_si256(s), _mm256_add_epi32(acc0, acc1)));
}

__attribute__((target("avx2"))) static void add_avx2(const quoth_linear *m, const uint32_t *refs, size_t n,
                                                     int32_t *scores) {
    switch (m->stride / 8) { /* stride 8: add_avx2_8(), called directly */
    case 2: add_avx2_k(m, refs, n, scores, 2); return;
    case 3: add_avx2_k(m, refs, n, scores, 3); return;
    case 4: add_avx2_k(m, refs, n, scores, 4); return;
    case 5: add_avx2_k(m, refs, n, scores, 5); return;
    case 6: add_avx2_k(m, refs, n, scores, 6); return;
    case 7: add_avx2_k(m, refs, n, scores, 7); return;
    case 8: add_avx2_k(m, refs, n, scores, 8); return;
    default: quoth_linear_add_portable(m, refs, n, scores); return;
    }
}
#endif

void quoth_linear_add(const quoth_linear *m, const uint32_t *refs, size_t n, int32_t *scores) {
#if QUOTH_LINEAR_AVX2
    if (__builtin_cpu_supports("avx2")) {
        if (m->stride == 8) add_avx2_8(m, refs, n, scores);
        else add_avx2(m, refs, n, scores);
        return;
    }
#endif
    quoth_linear_add_portable(m, refs, n, scores);
}

void quoth_linear_score_prefetched(const quoth_linear *m, const uint64_t *feats, size_t n, int32_t *scores) {
    uint32_t refs[REF_BATCH];
    for (size_t at = 0; at < n; at += REF_BATCH) {
        size_t k = n - at < REF_BATCH ? n - at : REF_BATCH;
        quoth_linear_add(m, refs, quoth_linear_resolve(m, feats + at, k, refs), scores);
    }
}

void quoth_linear_score(const quoth_linear *m, const uint64_t *feats, size_t n, int32_t *scores) {
    quoth_linear_prefetch(m, feats, n);
    quoth_linear_score_prefetched(m, feats, n, scores);
}

#if QUOTH_LINEAR_AVX2
/* The POS tagger's 45 classes: the maximum eight lanes at a time, then the
 * first class that has it (the lowest index wins ties, as below). */
__attribute__((target("avx2"))) static uint32_t argmax_avx2(const int32_t *scores, uint32_t n) {
    uint32_t full = n / 8 * 8;
    __m256i m = _mm256_loadu_si256((const __m256i *)(const void *)scores);
    for (uint32_t c = 8; c < full; c += 8)
        m = _mm256_max_epi32(m, _mm256_loadu_si256((const __m256i *)(const void *)(scores + c)));
    __m128i h = _mm_max_epi32(_mm256_castsi256_si128(m), _mm256_extracti128_si256(m, 1));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0x4E));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0xB1));
    int32_t top = _mm_cvtsi128_si32(h);
    for (uint32_t c = full; c < n; c++) top = scores[c] > top ? scores[c] : top;
    __m256i want = _mm256_set1_epi32(top);
    for (uint32_t c = 0; c < full; c += 8) {
        __m256i eq = _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(const void *)(scores + c)), want);
        unsigned bits = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(eq));
        if (bits) return c + (uint32_t)__builtin_ctz(bits);
    }
    uint32_t c = full;
    while (scores[c] != top) c++;
    return c;
}
#endif

uint32_t quoth_linear_argmax(const int32_t *scores, uint32_t n) {
#if QUOTH_LINEAR_AVX2
    if (n >= 16 && __builtin_cpu_supports("avx2")) return argmax_avx2(scores, n);
#endif
    uint32_t best = 0;
    int32_t top = scores[0];
    for (uint32_t c = 1; c < n; c++) {
        /* the best value kept in a register: selects, not a branch per class */
        int better = scores[c] > top;
        top = better ? scores[c] : top;
        best = better ? c : best;
    }
    return best;
}
