/*
 * test_rules.c - attributions found by the engine on short fixtures, with
 * the built-in model: who, which cue, what content, which type. Each
 * fixture is one pattern the rules are there for.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"

static quoth_model *model;
static quoth_engine *engine;

static void setup(void) {
    if (!model) {
        if (quoth_model_load_default(&model) != 0) abort();
        engine = quoth_engine_new(model, 0);
        if (!engine) abort();
    }
}

/* The text of a span of the last document. */
static const char *slice(const quoth_doc *doc, const quoth_span *s) {
    static char buf[4][512];
    static int next;
    char *b = buf[next++ & 3];
    const char *text = quoth_doc_text(doc, NULL);
    snprintf(b, 512, "%.*s", (int)(s->byte_end - s->byte_start), text + s->byte_start);
    return b;
}

static const quoth_doc *extract(const char *text) {
    setup();
    const quoth_doc *doc = NULL;
    if (quoth_extract(engine, text, strlen(text), &doc) != 0) abort();
    return doc;
}

/* The quote whose content starts with `prefix`, or NULL. */
static const quoth_quote *find(const quoth_doc *doc, const char *prefix) {
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (strncmp(slice(doc, &q->contents[0]), prefix, strlen(prefix)) == 0) return q;
    }
    return NULL;
}

static void check_quote(const quoth_doc *doc, const char *content, const char *cue, const char *source,
                        quoth_quote_type type) {
    const quoth_quote *q = find(doc, content);
    CHECK(q != NULL);
    if (!q) {
        fprintf(stderr, "  no quote with content \"%s\"\n", content);
        return;
    }
    CHECK_STR(q->has_cue ? slice(doc, &q->cue) : NULL, cue);
    CHECK_STR(q->n_sources ? slice(doc, &q->sources[0]) : NULL, source);
    CHECK_INT(q->type, type);
}

static void test_quote_then_cue_then_source(void) {
    const quoth_doc *doc = extract("\"The bridge will open in May,\" said Mayor Ana Ruiz.");
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    check_quote(doc, "\"The bridge will open in May,\"", "said", "Mayor Ana Ruiz", QUOTH_DIRECT);
}

static void test_quote_then_pronoun_and_cue(void) {
    const quoth_doc *doc = extract(
        "Ana Ruiz spoke to reporters on Monday.\n\n"
        "\xE2\x80\x9CWe will not raise the tolls again,\xE2\x80\x9D she added.");
    check_quote(doc, "\xE2\x80\x9CWe will not", "added", "she", QUOTH_DIRECT);
    const quoth_quote *q = find(doc, "\xE2\x80\x9CWe will not");
    CHECK(q && q->speaker_name && strcmp(q->speaker_name, "Ana Ruiz") == 0);
    CHECK(q && q->resolved_by == QUOTH_RESOLVED_PRONOUN);
}

static void test_cue_before_quote(void) {
    const quoth_doc *doc = extract("The minister told reporters: \"Nobody will lose a pension.\"");
    check_quote(doc, "\"Nobody will lose a pension.\"", "told", "The minister", QUOTH_DIRECT);
}

static void test_split_quote_has_two_contents(void) {
    const quoth_doc *doc = extract("\"The talks are over,\" the envoy said, \"and we are going home.\"");
    const quoth_quote *q = find(doc, "\"The talks are over,\"");
    CHECK(q != NULL);
    CHECK_INT(q ? q->n_contents : 0, 2);
    CHECK_STR(q ? slice(doc, &q->contents[1]) : NULL, "\"and we are going home.\"");
}

static void test_source_cue_that(void) {
    const quoth_doc *doc = extract("The company said that profits fell by a third last year.");
    check_quote(doc, "that profits fell by a third last year", "said", "The company", QUOTH_INDIRECT);
}

static void test_content_then_source_cue(void) {
    const quoth_doc *doc = extract("The strike will end on Friday, union leaders said.");
    check_quote(doc, "The strike will end on Friday", "said", "union leaders", QUOTH_INDIRECT);
}

static void test_according_to(void) {
    const quoth_doc *doc = extract("According to the police, the fire started in the kitchen.");
    check_quote(doc, "the fire started in the kitchen", "According to", "the police", QUOTH_INDIRECT);
}

static void test_mixed_quote(void) {
    const quoth_doc *doc = extract("The senator said the plan was \"a gift to polluters\" and would fail.");
    check_quote(doc, "the plan was", "said", "The senator", QUOTH_MIXED);
}

static void test_navigation_lines_are_skipped(void) {
    const quoth_doc *doc = extract("Read also: Mayor says \"the bridge is safe\" in interview\n\n"
                                   "The weather was fine.");
    CHECK_INT(quoth_doc_quote_count(doc), 0);
}

/* A rule's property, so without the tagger (which may still see an
 * attribution where PolNeAR's annotators would). */
static void test_scare_quotes_are_not_statements(void) {
    setup();
    quoth_engine *rules_only = quoth_engine_new(model, QUOTH_RULES_ONLY);
    const char *text = "The so-called \"peace plan\" was discussed on the show \"Face the Nation\" today.";
    const quoth_doc *doc = NULL;
    CHECK_INT(quoth_extract(rules_only, text, strlen(text), &doc), 0);
    CHECK_INT(doc ? quoth_doc_quote_count(doc) : 99, 0);
    quoth_engine_free(rules_only);
}

static void test_glued_cue_is_found(void) {
    const quoth_doc *doc = extract("Last week the minister saidthat the border would stay closed.");
    check_quote(doc, "that the border would stay closed", "said", "the minister", QUOTH_INDIRECT);
}

/* Machine-translated word order: "About it informs the agency." */
static void test_translated_report(void) {
    const quoth_doc *doc = extract("The ferry service will stop in winter. About it reports \"Harbor Radio\".");
    check_quote(doc, "About it", "reports", "\"Harbor Radio\"", QUOTH_INDIRECT);
}

static void cleanup(void) {
    quoth_engine_free(engine);
    quoth_model_free(model);
    engine = NULL;
    model = NULL;
}

TEST_MAIN(test_quote_then_cue_then_source, test_quote_then_pronoun_and_cue, test_cue_before_quote,
          test_split_quote_has_two_contents, test_source_cue_that, test_content_then_source_cue,
          test_according_to, test_mixed_quote, test_navigation_lines_are_skipped,
          test_scare_quotes_are_not_statements, test_glued_cue_is_found, test_translated_report, cleanup)
