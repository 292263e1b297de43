/* quoth_lexicon_load_trusted(): the built-in model's tables skip the count
 * of their occupied slots at load, so they are counted here in full. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"
#include "tag/lexicon.h"
#include "tag/model.h"
#include "tag/model_file.h"

static void test_builtin_lexicons_in_full(void) {
    static const char *const NAMES[] = {"lexicon", "pos.dict", "ent.dict", "attrib.cuerate"};
    const void *def;
    size_t def_size;
    quoth_default_model_bytes(&def, &def_size);
    quoth_mf mf;
    if (!def_size) return; /* a build without a model */
    CHECK_INT(quoth_mf_open(def, def_size, &mf), QUOTH_OK);
    for (size_t k = 0; k < sizeof NAMES / sizeof *NAMES; k++) {
        const void *blob;
        size_t size;
        quoth_lexicon full, trusted;
        CHECK_INT(quoth_mf_section(&mf, NAMES[k], &blob, &size), QUOTH_OK);
        CHECK_INT(quoth_lexicon_load(blob, size, &full), QUOTH_OK);
        CHECK_INT(quoth_lexicon_load_trusted(blob, size, &trusted), QUOTH_OK);
        CHECK(memcmp(&full, &trusted, sizeof full) == 0);
    }
}

/* A table whose header miscounts its entries: the full load refuses it,
 * the trusted one takes the header's word, but never a count that leaves
 * no slot empty (a miss would probe forever). */
static void test_trusted_takes_the_count(void) {
    quoth_lexicon_builder *b = quoth_lexicon_builder_new();
    CHECK(b != NULL);
    if (!b) return;
    for (uint64_t k = 1; k <= 5; k++) CHECK_INT(quoth_lexicon_builder_add(b, k * 7919, (uint32_t)k), QUOTH_OK);
    void *blob;
    size_t size;
    CHECK_INT(quoth_lexicon_builder_serialize(b, 1, &blob, &size), QUOTH_OK);
    quoth_lexicon_builder_free(b);
    quoth_lexicon lex;
    uint32_t *header = blob;
    CHECK_INT(quoth_lexicon_load_as(0, blob, size, &lex), QUOTH_OK);
    CHECK_INT(quoth_lexicon_load_as(1, blob, size, &lex), QUOTH_OK);
    CHECK_INT(quoth_lexicon_get(&lex, 3 * 7919), 3);
    CHECK_INT(quoth_lexicon_get(&lex, 11), 0);
    header[3] = 6;
    CHECK_INT(quoth_lexicon_load(blob, size, &lex), QUOTH_ERR_MODEL);
    CHECK_INT(quoth_lexicon_load_trusted(blob, size, &lex), QUOTH_OK);
    header[3] = 1u << header[2];
    CHECK_INT(quoth_lexicon_load_trusted(blob, size, &lex), QUOTH_ERR_MODEL);
    header[3] = 5;
    CHECK_INT(quoth_lexicon_load_trusted(blob, size - 1, &lex), QUOTH_ERR_MODEL);
    header[0] ^= 1;
    CHECK_INT(quoth_lexicon_load_trusted(blob, size, &lex), QUOTH_ERR_MODEL);
    free(blob);
}

TEST_MAIN(test_builtin_lexicons_in_full, test_trusted_takes_the_count)
