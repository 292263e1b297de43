/*
 * given_names.h - the gender a given name usually goes with ("Glenn" a
 * man's, "Dolores" a woman's), for speakers whose article says no more.
 */
#ifndef QUOTH_ATTRIB_GIVEN_NAMES_H
#define QUOTH_ATTRIB_GIVEN_NAMES_H

#include <stdint.h>

#include "attrib/wordclass.h"

/* The same open-addressing table as the word classes; lex is 1 (men's),
 * 2 (women's) or 3 (both lists: neither). */
typedef quoth_word_classes quoth_given_names;

/* Builds the table. Returns 0 or QUOTH_ERR_NOMEM. */
int quoth_given_names_init(quoth_given_names *g);
void quoth_given_names_free(quoth_given_names *g);

/* 1 for a man's name, 2 for a woman's, 0 for neither or unknown; `hash`
 * is the quoth_hash_lower() of the word (g may be NULL: 0). */
int quoth_given_name_gender(const quoth_given_names *g, uint64_t hash);

#endif
