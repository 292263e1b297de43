/* The attribution tagger's tables made from its weights ("attrib.small",
 * "attrib.wordrows"): stored by `quoth train` so that loading points into
 * the file, and the same tables as loading makes without them. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/learned.h"
#include "attrib/learned_features.h"
#include "harness.h"
#include "quoth.h"
#include "tag/model.h"
#include "tag/model_file.h"

/* A copy of the built-in model's sections, with `drop` left out (NULL:
 * none) and each byte at `flip` offsets into section `damage` inverted. */
static int rebuilt(const quoth_mf *mf, const char *drop, const char *damage, const size_t *flip, size_t n_flip,
                   void **data, size_t *size) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    int rc = w ? QUOTH_OK : QUOTH_ERR_NOMEM;
    for (uint32_t i = 0; i < mf->n_sections && !rc; i++) {
        const char *name;
        const void *bytes;
        size_t n;
        rc = quoth_mf_section_at(mf, i, &name, &bytes, &n);
        if (rc || (drop && strcmp(name, drop) == 0)) continue;
        unsigned char *copy = malloc(n ? n : 1);
        if (!copy) rc = QUOTH_ERR_NOMEM;
        if (!rc) {
            memcpy(copy, bytes, n);
            for (size_t k = 0; damage && strcmp(name, damage) == 0 && k < n_flip; k++)
                if (flip[k] < n) copy[flip[k]] ^= 0xFF;
            rc = quoth_mf_writer_add(w, name, copy, n);
        }
        free(copy);
    }
    if (!rc) rc = quoth_mf_writer_write_memory(w, data, size);
    quoth_mf_writer_free(w);
    return rc;
}

static int same_small_rows(const quoth_attrib_model *a, const quoth_attrib_model *b) {
    return memcmp(a->trans, b->trans, sizeof a->trans) == 0 && a->content_bias == b->content_bias &&
           a->n_small_rows == b->n_small_rows &&
           memcmp(a->small_rows, b->small_rows, a->n_small_rows * sizeof *a->small_rows) == 0 &&
           memcmp(a->dense_refs, b->dense_refs, quoth_attrib_dense_count() * sizeof *a->dense_refs) == 0;
}

static int same_word_rows(const quoth_word_rows *a, const quoth_word_rows *b) {
    return a->mask == b->mask && a->n_blocks == b->n_blocks &&
           memcmp(a->slots, b->slots, ((size_t)a->mask + 1) * sizeof *a->slots) == 0 &&
           memcmp(a->blocks, b->blocks, a->n_blocks * sizeof *a->blocks) == 0;
}

/* Loads a rebuilt model (checksummed, fully checked) and compares its
 * tables with the built-in model's; `made` says whether loading had to
 * make them (a section missing or refused) or took them from the file. */
static void check_rebuilt(const quoth_model *builtin, const char *drop, const char *damage, const size_t *flip,
                          size_t n_flip, int small_made, int words_made) {
    void *data;
    size_t size;
    quoth_model *m = NULL;
    CHECK_INT(rebuilt(&builtin->mf, drop, damage, flip, n_flip, &data, &size), QUOTH_OK);
    CHECK_INT(quoth_model_load_memory(data, size, &m), QUOTH_OK);
    free(data);
    if (!m) return;
    CHECK(m->attrib != NULL);
    if (m->attrib) {
        CHECK_INT(m->attrib->made_small_rows != NULL, small_made);
        CHECK_INT(m->attrib->words.made_slots != NULL, words_made);
        CHECK(same_small_rows(m->attrib, builtin->attrib));
        CHECK(same_word_rows(&m->attrib->words, &builtin->attrib->words));
    }
    quoth_model_free(m);
}

static void test_builtin_tables(void) {
    quoth_model *def = NULL;
    CHECK_INT(quoth_model_load_default(&def), QUOTH_OK);
    if (!def || !def->attrib) return; /* a build without a model */
    const void *p;
    size_t n;
    if (quoth_mf_section(&def->mf, "attrib.wordrows", &p, &n) != QUOTH_OK) return; /* an older model */
    /* the built-in model points into its file */
    CHECK(def->attrib->made_small_rows == NULL && def->attrib->made_dense_refs == NULL);
    CHECK(def->attrib->words.made_slots == NULL && def->attrib->words.made_blocks == NULL);
    CHECK(def->attrib->n_small_rows > 1000);
    CHECK(def->attrib->words.n_blocks > 1000);
    /* loaded with every check, it still points into the file */
    check_rebuilt(def, NULL, NULL, NULL, 0, 0, 0);
    /* without the sections, loading makes the same tables */
    check_rebuilt(def, "attrib.small", NULL, NULL, 0, 1, 0);
    check_rebuilt(def, "attrib.wordrows", NULL, NULL, 0, 0, 1);
    /* a damaged header (magic, version, stamp) or index is refused, and
     * the table made: the same again */
    const size_t magic[] = {0}, version[] = {4}, stamp[] = {17}, size_field[] = {8};
    check_rebuilt(def, NULL, "attrib.small", magic, 1, 1, 0);
    check_rebuilt(def, NULL, "attrib.small", stamp, 1, 1, 0);
    check_rebuilt(def, NULL, "attrib.small", size_field, 1, 1, 0);
    check_rebuilt(def, NULL, "attrib.wordrows", version, 1, 0, 1);
    check_rebuilt(def, NULL, "attrib.wordrows", stamp, 1, 0, 1);
    check_rebuilt(def, NULL, "attrib.wordrows", size_field, 1, 0, 1);
    /* a slot's block out of the table (the second byte of the first
     * listed slot's block: its offset in the section is 64 + 16 i + 8) */
    size_t bad_block[1] = {0};
    for (size_t i = 0; i <= def->attrib->words.mask; i++)
        if (def->attrib->words.slots[i].block) {
            bad_block[0] = 64 + 16 * i + 8 + 2;
            break;
        }
    check_rebuilt(def, NULL, "attrib.wordrows", bad_block, 1, 0, 1);
    /* a feature's row index past the rows (after the header and the
     * 320 bytes of transitions) */
    size_t bad_ref[1] = {64 + 320 + def->attrib->n_small_rows * 16 + 1};
    check_rebuilt(def, NULL, "attrib.small", bad_ref, 1, 1, 0);
    /* a transition out of the weights' range, or allowed where it is not */
    size_t bad_trans[1] = {64 + 3};
    check_rebuilt(def, NULL, "attrib.small", bad_trans, 1, 1, 0);
    size_t forbidden[1] = {64 + 4 * (AL_COUNT * AL_COUNT + AL_I_SOURCE) + 3}; /* from the paragraph start into I-SOURCE */
    check_rebuilt(def, NULL, "attrib.small", forbidden, 1, 1, 0);
    quoth_model_free(def);
}

/* The sections `quoth train` writes are those of the built-in model: made
 * again from its weights, rates and words, byte for byte. */
static void test_derived_sections_remade(void) {
    quoth_model *def = NULL;
    CHECK_INT(quoth_model_load_default(&def), QUOTH_OK);
    const void *weights, *rates, *words, *small, *rows;
    size_t weights_size, rates_size, words_size, small_size, rows_size;
    if (!def || quoth_mf_section(&def->mf, "attrib.wordrows", &rows, &rows_size) != QUOTH_OK) {
        quoth_model_free(def);
        return;
    }
    CHECK_INT(quoth_mf_section(&def->mf, "attrib.weights", &weights, &weights_size), QUOTH_OK);
    CHECK_INT(quoth_mf_section(&def->mf, "attrib.cuerate", &rates, &rates_size), QUOTH_OK);
    CHECK_INT(quoth_mf_section(&def->mf, "attrib.words", &words, &words_size), QUOTH_OK);
    CHECK_INT(quoth_mf_section(&def->mf, "attrib.small", &small, &small_size), QUOTH_OK);
    quoth_mf_writer *w = quoth_mf_writer_new();
    CHECK_INT(quoth_attrib_add_derived(w, weights, weights_size, rates, rates_size, words, words_size / 8), QUOTH_OK);
    void *data;
    size_t size;
    quoth_mf mf;
    CHECK_INT(quoth_mf_writer_write_memory(w, &data, &size), QUOTH_OK);
    CHECK_INT(quoth_mf_open(data, size, &mf), QUOTH_OK);
    const void *p;
    size_t n;
    CHECK_INT(quoth_mf_section(&mf, "attrib.small", &p, &n), QUOTH_OK);
    CHECK(n == small_size && memcmp(p, small, n) == 0);
    CHECK_INT(quoth_mf_section(&mf, "attrib.wordrows", &p, &n), QUOTH_OK);
    CHECK(n == rows_size && memcmp(p, rows, n) == 0);
    free(data);
    quoth_mf_writer_free(w);
    quoth_model_free(def);
}

TEST_MAIN(test_builtin_tables, test_derived_sections_remade)
