/*
 * test_quotes.c - pairing quotation marks into quotations.
 */
#include <stdlib.h>
#include <string.h>

#include "attrib/learned.h"
#include "attrib/quotes.h"
#include "harness.h"

typedef struct parsed {
    quoth_token_list tl;
    quoth_quotation_list q;
} parsed;

static parsed parse(const char *s) {
    parsed p;
    memset(&p, 0, sizeof p);
    quoth_tokenize(&p.tl, s, strlen(s), NULL, NULL);
    quoth_split_sentences(&p.tl);
    quoth_find_quotations(&p.q, &p.tl);
    return p;
}

static void release(parsed *p) {
    quoth_token_list_free(&p->tl);
    quoth_quotation_list_free(&p->q);
}

/* The text of quotation k. */
static const char *quoted(const parsed *p, const char *s, size_t k) {
    static char buf[512];
    const quoth_quotation *q = &p->q.q[k];
    size_t a = p->tl.tok[q->open].start, b = p->tl.tok[q->close].end;
    snprintf(buf, sizeof buf, "%.*s", (int)(b - a), s + a);
    return buf;
}

static void test_simple_and_nested(void) {
    const char *s = "\xE2\x80\x9CHe told me \xE2\x80\x98never\xE2\x80\x99 twice,\xE2\x80\x9D she said. \"Fine.\"";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 3);
    CHECK_STR(quoted(&p, s, 0), "\xE2\x80\x9CHe told me \xE2\x80\x98never\xE2\x80\x99 twice,\xE2\x80\x9D");
    CHECK_INT(p.q.q[0].depth, 0);
    CHECK_STR(quoted(&p, s, 1), "\xE2\x80\x98never\xE2\x80\x99");
    CHECK_INT(p.q.q[1].depth, 1);
    CHECK_INT(p.q.q[1].single, 1);
    CHECK_STR(quoted(&p, s, 2), "\"Fine.\"");
    release(&p);
}

static void test_apostrophes_are_not_quotes(void) {
    const char *s = "The voters\xE2\x80\x99 choice and Kirby\xE2\x80\x99s view don\xE2\x80\x99t matter.";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 0);
    release(&p);
}

/* The acute accent typed for both the apostrophe and the single quote
 * (the seventh audit's scraped pages): inside words an apostrophe, and a
 * pair of them around a quotation (it had been punctuation, which cut
 * "We´re" and gave a cue "´"). */
static void test_acute_accents_as_apostrophes(void) {
    const char *s = "The firm\xC2\xB4s plant runs. \xC2\xB4We\xC2\xB4re shipping more,\xC2\xB4 she said.";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 1);
    CHECK_STR(quoted(&p, s, 0), "\xC2\xB4We\xC2\xB4re shipping more,\xC2\xB4");
    CHECK_INT(p.q.q[0].single, 1);
    release(&p);
}

static void test_quote_over_several_paragraphs(void) {
    const char *s = "\"The first part goes on.\n\n\"And the second part ends here,\" he said.";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 1);
    CHECK_INT(p.q.q[0].paragraphs, 2);
    CHECK_STR(quoted(&p, s, 0), "\"The first part goes on.\n\n\"And the second part ends here,\"");
    release(&p);
}

static void test_unclosed_quote_ends_with_its_paragraph(void) {
    const char *s = "He said \xE2\x80\x9Cthis never closes at all.\n\nA new paragraph \xE2\x80\x9Cwith a quote\xE2\x80\x9D.";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 2);
    CHECK_INT(p.q.q[0].unclosed, 1);
    CHECK_STR(quoted(&p, s, 0), "\xE2\x80\x9Cthis never closes at all.");
    CHECK_STR(quoted(&p, s, 1), "\xE2\x80\x9Cwith a quote\xE2\x80\x9D");
    release(&p);
}

/* Thousands of unbalanced marks: every mark is looked at once, and every
 * token's depth stays bounded. */
static void test_unbalanced_marks_stay_linear(void) {
    size_t n = 20000;
    char *s = malloc(n * 4 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(s + o, i % 3 ? "\xE2\x80\x9C" "a " : "\" ", i % 3 ? 5 : 2);
        o += i % 3 ? 5 : 2;
    }
    s[o] = '\0';
    parsed p = parse(s);
    size_t covered = 0;
    int bounded = 1;
    for (size_t k = 0; k < p.q.n; k++) covered += p.q.q[k].close - p.q.q[k].open + 1;
    for (size_t i = 0; i < p.tl.n; i++) bounded &= p.tl.tok[i].quote_depth <= 8;
    CHECK(covered <= 2 * p.tl.n);
    CHECK(bounded);
    release(&p);
    free(s);
}

/* A stray straight mark before a paragraph that opens with a curly one is
 * a typo: its paragraph's quotation does not run on into the next. */
static void test_mixed_styles_do_not_continue(void) {
    const char *s = "\"A stray mark opens this.\n\n\xE2\x80\x9CThis is the real quote,\xE2\x80\x9D she said.";
    parsed p = parse(s);
    CHECK_INT(p.q.n, 2);
    if (p.q.n == 2) CHECK_STR(quoted(&p, s, 1), "\xE2\x80\x9CThis is the real quote,\xE2\x80\x9D");
    release(&p);
}

/* The tokens the attribution tagger takes for quoted content unscored:
 * three or more tokens from the marks of their quotation; the words before
 * and after it, the marks, and the tokens next to a nested quotation's
 * marks are scored. */
static void test_deep_in_quotation(void) {
    const char *s = "He said: \"we will not sign this deal, not now and not ever, "
                    "whatever \u2018they\u2019 offer us in return\" and left.";
    parsed p = parse(s);
    const quoth_token_list *tl = &p.tl;
    char deep[128] = {0};
    size_t n = tl->n < sizeof deep - 1 ? tl->n : sizeof deep - 1;
    for (size_t i = 0; i < n; i++) deep[i] = quoth_learned_deep_in_quotation(tl, i, 0, tl->n) ? 'D' : '.';
    /* He said : " we will not sign this deal , not now and not ever , whatever
     * ' they ' offer us in return " and left . -- "offer us in return" is
     * within three tokens of the nested quotation's marks */
    CHECK_STR(deep, ".......DDDDDDDD..............");
    /* a run that ends inside the quotation: its last three tokens are not deep */
    CHECK(quoth_learned_deep_in_quotation(tl, 10, 0, tl->n));
    CHECK(!quoth_learned_deep_in_quotation(tl, 10, 0, 12));
    release(&p);
}

/* A text of no tokens has no token array at all: nothing to pair, and no
 * pointer arithmetic on the missing array (UBSan; found by fuzz_text). */
static void test_empty_text(void) {
    parsed p;
    memset(&p, 0, sizeof p); /* as an engine's list is before its first text */
    CHECK_INT(quoth_split_sentences(&p.tl), 0);
    CHECK_INT(quoth_find_quotations(&p.q, &p.tl), 0);
    CHECK_INT(p.q.n, 0);
    release(&p);
    p = parse("");
    CHECK_INT(p.tl.n, 0);
    CHECK_INT(p.q.n, 0);
    release(&p);
}

TEST_MAIN(test_deep_in_quotation, test_simple_and_nested, test_apostrophes_are_not_quotes,
          test_acute_accents_as_apostrophes, test_quote_over_several_paragraphs,
          test_unclosed_quote_ends_with_its_paragraph, test_unbalanced_marks_stay_linear,
          test_mixed_styles_do_not_continue, test_empty_text)
