/*
 * quotes.h - quotations: which quotation marks pair up, over which tokens.
 */
#ifndef QUOTH_ATTRIB_QUOTES_H
#define QUOTH_ATTRIB_QUOTES_H

#include <stddef.h>
#include <stdint.h>

#include "text/tokens.h"

typedef struct quoth_quotation {
    uint32_t open, close; /* token indices of the marks; the quote is open..close inclusive */
    uint8_t single;       /* made of single marks */
    uint8_t depth;        /* 0 for a top-level quotation, 1 inside another */
    uint8_t paragraphs;   /* number of paragraphs it runs over (1 for most) */
    uint8_t unclosed;     /* closed by us at a paragraph end, not by a mark */
} quoth_quotation;

typedef struct quoth_quotation_list {
    quoth_quotation *q;
    size_t n, cap;
} quoth_quotation_list;

/* Finds the quotations of the tokens, sets each token's quote_depth, and
 * lists top-level quotations (and nested ones) in order of their opening
 * mark. Linear in the number of tokens whatever marks they hold. */
int quoth_find_quotations(quoth_quotation_list *out, quoth_token_list *tokens);

/* The top-level quotation of `list` (which may be NULL) whose opening mark
 * is token `open`, or NULL: a search by halving, the list being in order
 * of opening marks. */
const quoth_quotation *quoth_quotation_opening_at(const quoth_quotation_list *list, size_t open);

void quoth_quotation_list_free(quoth_quotation_list *list);

#endif
