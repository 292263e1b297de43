/*
 * model.c - loading models: the public quoth_model_* functions.
 */
#include "tag/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/learned.h"

/* Penn Treebank tags to the coarse classes the rules read. */
static quoth_coarse_tag coarse_of(const char *tag) {
    static const struct {
        const char *tag;
        quoth_coarse_tag coarse;
    } TABLE[] = {
        {"NN", CT_NOUN}, {"NNS", CT_NOUN}, {"NNP", CT_PROPN}, {"NNPS", CT_PROPN},
        {"PRP", CT_PRON}, {"PRP$", CT_POSS}, {"WP$", CT_POSS}, {"DT", CT_DET}, {"PDT", CT_DET},
        {"JJ", CT_ADJ}, {"JJR", CT_ADJ}, {"JJS", CT_ADJ}, {"VB", CT_VERB}, {"VBD", CT_VERB},
        {"VBG", CT_VERB}, {"VBN", CT_VERB}, {"VBP", CT_VERB}, {"VBZ", CT_VERB}, {"MD", CT_AUX},
        {"RB", CT_ADV}, {"RBR", CT_ADV}, {"RBS", CT_ADV}, {"WRB", CT_WH}, {"IN", CT_ADP},
        {"CC", CT_CONJ}, {"CD", CT_NUM}, {"POS", CT_PART}, {"TO", CT_PART}, {"RP", CT_PART},
        {"WDT", CT_WH}, {"WP", CT_WH}, {"EX", CT_PRON}, {",", CT_PUNCT}, {".", CT_PUNCT},
        {":", CT_PUNCT}, {"``", CT_PUNCT}, {"''", CT_PUNCT}, {"-LRB-", CT_PUNCT},
        {"-RRB-", CT_PUNCT}, {"#", CT_PUNCT}, {"$", CT_PUNCT}, {"HYPH", CT_PUNCT}};
    for (size_t i = 0; i < sizeof TABLE / sizeof *TABLE; i++)
        if (strcmp(TABLE[i].tag, tag) == 0) return TABLE[i].coarse;
    return CT_OTHER;
}

static uint8_t rel_id(const quoth_parser *p, const char *name) {
    int id = quoth_parser_rel_id(p, name);
    return id < 0 || id >= QUOTH_NO_REL ? QUOTH_NO_REL : (uint8_t)id;
}

static void dep_rels(const quoth_parser *p, quoth_dep_rels *r) {
    r->nsubj = rel_id(p, "nsubj");
    r->nsubjpass = rel_id(p, "nsubjpass");
    r->ccomp = rel_id(p, "ccomp");
    r->xcomp = rel_id(p, "xcomp");
    r->parataxis = rel_id(p, "parataxis");
    r->advcl = rel_id(p, "advcl");
    r->conj = rel_id(p, "conj");
    r->dobj = rel_id(p, "dobj");
    r->mark = rel_id(p, "mark");
    r->root = rel_id(p, "root");
}

static int load_sections(quoth_model *m) {
    /* the built-in model is the only one the model does not own */
    int rc = m->owns_data ? quoth_mf_open(m->data, m->size, &m->mf) : quoth_mf_open_trusted(m->data, m->size, &m->mf);
    if (rc) return rc;
    const void *blob;
    size_t size;
    if (quoth_mf_section(&m->mf, "pos.weights", &blob, &size) == 0) {
        if ((rc = quoth_pos_model_load(&m->mf, &m->pos))) return rc;
        m->has_pos = 1;
        for (uint32_t t = 0; t < quoth_pos_tag_count(&m->pos) && t < 256; t++)
            m->coarse_of_tag[t] = (uint8_t)coarse_of(quoth_pos_tag_name(&m->pos, t));
    }
    if (m->has_pos && quoth_mf_section(&m->mf, "ent.weights", &blob, &size) == 0) {
        if ((rc = quoth_entity_model_load(&m->mf, &m->pos, &m->entities))) return rc;
        m->has_entities = 1;
    }
    if (m->has_pos && quoth_mf_section(&m->mf, "dep.labels", &blob, &size) == 0) {
        if ((rc = quoth_parser_load(&m->mf, &m->pos, &m->parser))) return rc;
        m->has_parser = 1;
        dep_rels(&m->parser, &m->rels);
    }
    if (quoth_mf_section(&m->mf, "lexicon", &blob, &size) == 0) {
        if ((rc = quoth_lexicon_load_as(m->mf.trusted, blob, size, &m->words))) return rc;
        m->has_words = 1;
    }
    return quoth_attrib_model_load(&m->mf, &m->attrib);
}

static void describe(quoth_model *m) {
    if (!m->size) {
        snprintf(m->description, sizeof m->description, "no learned model (rules only)");
        return;
    }
    snprintf(m->description, sizeof m->description,
             "quoth model format %u, %.1f MB, %u sections:%s%s%s%s%s", QUOTH_MF_VERSION,
             (double)m->size / 1e6, m->mf.n_sections, m->has_pos ? " part-of-speech" : "", m->has_entities ? " entities" : "",
             m->has_parser ? " dependencies" : "",
             m->has_words ? " lexicon" : "", m->attrib ? " attribution" : "");
}

/* Loads from `data`, which the model frees when `owned` (64-byte aligned,
 * from malloc) and otherwise only reads (the default model, in rodata). */
static int load_from(const void *data, size_t size, int owned, quoth_model **out) {
    *out = NULL;
    quoth_model *m = calloc(1, sizeof *m);
    if (!m) {
        if (owned) free((void *)data);
        return QUOTH_ERR_NOMEM;
    }
    m->data = data;
    m->size = size;
    m->owns_data = owned;
    int rc = quoth_word_classes_init(&m->classes);
    if (!rc) rc = quoth_name_words_init(&m->name_words);
    if (!rc && size) rc = load_sections(m);
    if (rc) {
        quoth_model_free(m);
        return rc;
    }
    describe(m);
    *out = m;
    return 0;
}

int quoth_model_load_memory(const void *data, size_t size, quoth_model **out) {
    if (!out || (!data && size)) return QUOTH_ERR_INVALID;
    if (!data) return load_from(NULL, 0, 1, out); /* (NULL, 0): the rules-only model, asked for */
    /* a buffer of no bytes is a model read to nothing, as an empty file is:
     * an error, not the rules-only model without a word */
    if (size == 0) return QUOTH_ERR_MODEL;
    void *copy = aligned_alloc(64, (size + 63) & ~(size_t)63);
    if (!copy) return QUOTH_ERR_NOMEM;
    memcpy(copy, data, size);
    return load_from(copy, size, 1, out);
}

int quoth_model_load_file(const char *path, quoth_model **out) {
    if (!path || !out) return QUOTH_ERR_INVALID;
    void *data;
    size_t size;
    int rc = quoth_mf_read_file(path, &data, &size);
    if (rc) return rc;
    if (size == 0) { /* an empty file is a model truncated to nothing, not "rules only" */
        free(data);
        return QUOTH_ERR_MODEL;
    }
    return load_from(data, size, 1, out);
}

int quoth_model_load_default(quoth_model **out) {
    if (!out) return QUOTH_ERR_INVALID;
    const void *data;
    size_t size;
    quoth_default_model_bytes(&data, &size);
    return load_from(data, size, 0, out);
}

void quoth_model_free(quoth_model *m) {
    if (!m) return;
    quoth_attrib_model_free(m->attrib);
    quoth_word_classes_free(&m->classes);
    quoth_name_words_free(&m->name_words);
    if (m->owns_data) free((void *)m->data);
    free(m);
}

const char *quoth_model_description(const quoth_model *m) {
    return m ? m->description : "no model";
}

int quoth_model_section(const quoth_model *m, unsigned i, const char **name, size_t *size) {
    if (!m || !name || !size || !m->size) return QUOTH_ERR_INVALID;
    return quoth_mf_section_at(&m->mf, i, name, NULL, size);
}
