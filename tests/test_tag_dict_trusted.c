/* The part-of-speech and entity taggers take the built-in model's
 * dictionaries without reading them at load (quoth_mf.trusted): neither
 * the count of their occupied slots nor that every entry is a tag or a
 * label of the model is asked there. Both are asked here, of the same
 * bytes opened in full, and the models loaded either way must agree. */
#include <string.h>

#include "harness.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/model.h"
#include "tag/model_file.h"
#include "tag/pos.h"

static void test_builtin_dictionaries_in_full(void) {
    const void *def;
    size_t def_size;
    quoth_default_model_bytes(&def, &def_size);
    if (!def_size) return; /* a build without a model */
    quoth_mf full, trusted;
    CHECK_INT(quoth_mf_open(def, def_size, &full), QUOTH_OK);
    CHECK_INT(quoth_mf_open_trusted(def, def_size, &trusted), QUOTH_OK);
    static quoth_pos_model pos_full, pos_trusted;
    static quoth_entity_model ent_full, ent_trusted;
    CHECK_INT(quoth_pos_model_load(&full, &pos_full), QUOTH_OK);
    CHECK_INT(quoth_pos_model_load(&trusted, &pos_trusted), QUOTH_OK);
    CHECK(memcmp(&pos_full.dict, &pos_trusted.dict, sizeof pos_full.dict) == 0);
    CHECK(memcmp(&pos_full.weights, &pos_trusted.weights, sizeof pos_full.weights) == 0);
    CHECK_INT(quoth_entity_model_load(&full, &pos_full, &ent_full), QUOTH_OK);
    CHECK_INT(quoth_entity_model_load(&trusted, &pos_trusted, &ent_trusted), QUOTH_OK);
    CHECK(memcmp(&ent_full.dict, &ent_trusted.dict, sizeof ent_full.dict) == 0);
    CHECK(memcmp(ent_full.label_rows, ent_trusted.label_rows, sizeof ent_full.label_rows) == 0);
}

TEST_MAIN(test_builtin_dictionaries_in_full)
