/*
 * learned.c - the learned attribution tagger.
 */
#include "attrib/learned.h"

#include <stdlib.h>

#include "quoth.h"

int quoth_attrib_model_load(const quoth_mf *mf, quoth_attrib_model **out) {
    (void)mf;
    *out = NULL;
    return 0;
}

void quoth_attrib_model_free(quoth_attrib_model *m) {
    free(m);
}

const char *quoth_attrib_label_name(unsigned label) {
    (void)label;
    return NULL;
}
