/*
 * quotes.c - pairing quotation marks.
 *
 * Marks pair inside a paragraph, double marks with double and single with
 * single, singles only inside a double or on their own. A quotation still
 * open at the end of a paragraph continues when the next paragraph opens
 * with a quotation mark (the convention for quotes over several
 * paragraphs); otherwise it ends with its paragraph. A second opening
 * double mark while one is open is taken for a closing one, the usual
 * mistake of sloppy or converted text. Each mark is looked at once.
 */
#include "attrib/quotes.h"

#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "util/array.h"

#define MAX_DEPTH 8

typedef struct open_mark {
    uint32_t tok;
    uint8_t single;
    uint8_t paragraphs;
} open_mark;

typedef struct pairing {
    quoth_quotation_list *out;
    open_mark stack[MAX_DEPTH];
    int depth;
} pairing;

static int push_quotation(pairing *p, const open_mark *m, uint32_t close, int unclosed) {
    quoth_quotation_list *l = p->out;
    if (QUOTH_RESERVE(l->q, l->cap, l->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_quotation *q = &l->q[l->n++];
    q->open = m->tok;
    q->close = close;
    q->single = m->single;
    q->depth = 0;
    q->paragraphs = m->paragraphs;
    q->unclosed = (uint8_t)unclosed;
    return 0;
}

/* The stack index of the innermost open double mark, or -1. */
static int innermost_double(const pairing *p) {
    for (int k = p->depth - 1; k >= 0; k--)
        if (!p->stack[k].single) return k;
    return -1;
}

static int close_double(pairing *p, int k, uint32_t close) {
    p->depth = k; /* singles left open inside were apostrophes */
    return push_quotation(p, &p->stack[k], close, 0);
}

static int on_double(pairing *p, const quoth_token *t, uint32_t i, int continuation) {
    int k = innermost_double(p);
    if (k >= 0 && continuation) return 0; /* "…\n\n“… : the same quotation goes on */
    if (k >= 0) return close_double(p, k, i);
    if (t->flags & TOK_QUOTE_OPEN) {
        if (p->depth < MAX_DEPTH) p->stack[p->depth++] = (open_mark){i, 0, 1};
    }
    return 0; /* a closing mark with nothing open is stray */
}

static int on_single(pairing *p, const quoth_token *t, uint32_t i) {
    if (t->flags & TOK_QUOTE_OPEN) {
        if (p->depth < MAX_DEPTH) p->stack[p->depth++] = (open_mark){i, 1, 1};
        return 0;
    }
    if (p->depth > 0 && p->stack[p->depth - 1].single) {
        p->depth--;
        return push_quotation(p, &p->stack[p->depth], i, 0);
    }
    return 0; /* an apostrophe: "the parents' votes" */
}

/* At a paragraph end: a double quotation goes on if the next paragraph
 * opens with a mark, or else is closed at the paragraph's last token. */
static int end_paragraph(pairing *p, const quoth_token_list *tl, size_t para) {
    int k = innermost_double(p);
    p->depth = k >= 0 ? k + 1 : 0; /* drop singles left open */
    if (k < 0) return 0;
    const quoth_paragraph *cur = &tl->para[para];
    if (para + 1 < tl->n_para) {
        const quoth_token *first = &tl->tok[tl->para[para + 1].first_token];
        const quoth_token *open = &tl->tok[p->stack[k].tok];
        /* a straight mark is not continued by a curly one or the other way
         * round: a stray '"' before “…” is a typo, not a quote that runs on */
        int same_style = first->end - first->start == open->end - open->start;
        if ((first->flags & TOK_QUOTE_OPEN) && !(first->flags & TOK_QUOTE_SINGLE) && same_style) {
            if (p->stack[k].paragraphs < 255) p->stack[k].paragraphs++;
            return 0;
        }
    }
    uint32_t last = cur->first_token + cur->n_tokens - 1;
    int rc = 0;
    if (last > p->stack[k].tok + 1) rc = push_quotation(p, &p->stack[k], last, 1);
    p->depth = 0;
    return rc;
}

static int by_open(const void *a, const void *b) {
    const quoth_quotation *x = a, *y = b;
    return x->open < y->open ? -1 : x->open > y->open;
}

/* Depth of every token; nested quotations get depth 1. */
static void mark_depths(quoth_quotation_list *out, quoth_token_list *tl) {
    uint32_t outer_close = 0;
    int have_outer = 0;
    for (size_t k = 0; k < out->n; k++) {
        quoth_quotation *q = &out->q[k];
        if (have_outer && q->open > 0 && q->close <= outer_close) q->depth = 1;
        else {
            outer_close = q->close;
            have_outer = 1;
        }
        for (uint32_t i = q->open; i <= q->close; i++)
            if (tl->tok[i].quote_depth < 255) tl->tok[i].quote_depth++;
    }
}

/* The first quotation mark from token i before n; n when none. Marks are
 * a few tokens in a hundred: four tokens' flags are asked in one test, the
 * loop's branch taken once in four tokens, and the mark among the four is
 * found without a branch. */
static size_t next_quote_mark(const quoth_token *tok, size_t i, size_t n) {
    if (i >= n) return n; /* and tok may be NULL: a text of no tokens */
    const quoth_token *t = tok + i, *end = tok + n;
    for (; end - t >= 4; t += 4)
        if ((t[0].flags | t[1].flags | t[2].flags | t[3].flags) & TOK_QUOTE) {
            unsigned found = (unsigned)((t[0].flags & TOK_QUOTE) != 0) | (unsigned)((t[1].flags & TOK_QUOTE) != 0) << 1 |
                             (unsigned)((t[2].flags & TOK_QUOTE) != 0) << 2 | 8u;
            return (size_t)(t - tok) + (size_t)__builtin_ctz(found);
        }
    while (t < end && !(t->flags & TOK_QUOTE)) t++;
    return (size_t)(t - tok);
}

int quoth_find_quotations(quoth_quotation_list *out, quoth_token_list *tl) {
    pairing p = {out, {{0, 0, 0}}, 0};
    out->n = 0;
    /* the marks are looked for over the whole text, not paragraph by
     * paragraph: most paragraphs hold none, and are passed in one test */
    size_t mark = next_quote_mark(tl->tok, 0, tl->n);
    for (size_t para = 0; para < tl->n_para; para++) {
        const quoth_paragraph *pp = &tl->para[para];
        int carried = innermost_double(&p) >= 0;
        size_t end = (size_t)pp->first_token + pp->n_tokens;
        while (mark < pp->first_token) mark = next_quote_mark(tl->tok, mark + 1, tl->n); /* paragraphs tile: never */
        for (; mark < end; mark = next_quote_mark(tl->tok, mark + 1, tl->n)) {
            uint32_t i = (uint32_t)mark;
            const quoth_token *t = &tl->tok[i];
            int rc = (t->flags & TOK_QUOTE_SINGLE)
                         ? on_single(&p, t, i)
                         : on_double(&p, t, i, carried && i == pp->first_token);
            if (rc) return rc;
        }
        int rc = end_paragraph(&p, tl, para);
        if (rc) return rc;
    }
    if (out->n) qsort(out->q, out->n, sizeof *out->q, by_open);
    mark_depths(out, tl);
    return 0;
}

const quoth_quotation *quoth_quotation_opening_at(const quoth_quotation_list *list, size_t open) {
    if (!list) return NULL;
    size_t lo = 0, hi = list->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list->q[mid].open < open) lo = mid + 1;
        else hi = mid;
    }
    return lo < list->n && list->q[lo].open == open && !list->q[lo].depth ? &list->q[lo] : NULL;
}

void quoth_quotation_list_free(quoth_quotation_list *list) {
    free(list->q);
    memset(list, 0, sizeof *list);
}
