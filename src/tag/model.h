/*
 * model.h - the loaded model: what quoth_model holds inside.
 *
 * A model file is a container (model_file.h) of sections: the tagger's
 * weights and tag names, the word lexicon, the attribution tagger. A model
 * without sections is valid: quoth then works by rules alone, with
 * capitalization standing in for part-of-speech tags.
 */
#ifndef QUOTH_TAG_MODEL_H
#define QUOTH_TAG_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "attrib/name_words.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/lexicon.h"
#include "tag/model_file.h"
#include "tag/entity.h"
#include "tag/parser.h"
#include "tag/pos.h"
#include "text/tokens.h"

struct quoth_attrib_model;



struct quoth_model {
    const void *data;           /* the file's bytes, 64-byte aligned */
    size_t size;
    int owns_data;              /* 0 for the default model, which lives in rodata */
    quoth_mf mf;
    int has_pos;
    quoth_pos_model pos;
    int has_entities;
    quoth_entity_model entities;
    int has_parser;
    quoth_parser parser;
    quoth_dep_rels rels;        /* the parser's label ids that attribution reads */
    int has_words;
    quoth_lexicon words;        /* word counts of the training text */
    struct quoth_attrib_model *attrib; /* the learned attribution tagger, or NULL */
    quoth_word_classes classes; /* hand-written word lists */
    quoth_name_words name_words;   /* what names' words are (name_words.h): for speakers only */
    uint8_t coarse_of_tag[256]; /* part-of-speech tag id -> quoth_coarse_tag */
    char description[160];
};

/* The bytes of the model compiled into the library (size 0 when none). */
void quoth_default_model_bytes(const void **data, size_t *size);

#endif
