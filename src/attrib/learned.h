/*
 * learned.h - the learned attribution tagger (issue 3 fills this in).
 */
#ifndef QUOTH_ATTRIB_LEARNED_H
#define QUOTH_ATTRIB_LEARNED_H

#include "tag/model_file.h"

typedef struct quoth_attrib_model quoth_attrib_model;

/* Loads the attribution tagger's sections; *out = NULL when the container
 * has none (a model without it works by rules alone). */
int quoth_attrib_model_load(const quoth_mf *mf, quoth_attrib_model **out);

void quoth_attrib_model_free(quoth_attrib_model *m);

/* The name of an attribution label ("B-SOURCE"), NULL for label 0 (none). */
const char *quoth_attrib_label_name(unsigned label);

#endif
