/*
 * test_speakers.c - speaker resolution within a document: full names,
 * surnames, pronouns, near-miss spellings, organizations, roles.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"

static const char ARTICLE[] =
    "Port Almsby's harbor master, Teodor Vasquez, warned that the storm season would be long.\n\n"
    "\"We are not ready for another flood,\" said city council spokeswoman Irene Kowalczyk.\n\n"
    "Vasquez said that two piers would close for repairs.\n\n"
    "\"The pumps are twenty years old,\" he added.\n\n"
    "Later Kowalcyk said the council would meet on Friday.\n\n"
    "Washington Post reported that the federal agency had rejected the city's request.\n\n"
    "The Harbor Authority said it had asked for new pumps in March.";

typedef struct expected {
    const char *content_prefix;
    const char *name;
    quoth_resolution how;
    const char *role;
} expected;

static const expected EXPECTED[] = {
    {"that the storm season", "Teodor Vasquez", QUOTH_RESOLVED_NAME, "Port Almsby's harbor master"},
    {"\"We are not ready", "Irene Kowalczyk", QUOTH_RESOLVED_NAME, "city council spokeswoman"},
    {"that two piers", "Teodor Vasquez", QUOTH_RESOLVED_SURNAME, "Port Almsby's harbor master"},
    {"\"The pumps are", "Teodor Vasquez", QUOTH_RESOLVED_PRONOUN, "Port Almsby's harbor master"},
    {"the council would meet", "Irene Kowalczyk", QUOTH_RESOLVED_SPELLING, "city council spokeswoman"},
    {"that the federal agency", "The Washington Post", QUOTH_RESOLVED_ORGANIZATION, NULL},
    {"it had asked", "Harbor Authority", QUOTH_RESOLVED_ORGANIZATION, NULL},
};

static const quoth_quote *find(const quoth_doc *doc, const char *prefix) {
    const char *text = quoth_doc_text(doc, NULL);
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (strncmp(text + q->contents[0].byte_start, prefix, strlen(prefix)) == 0) return q;
    }
    return NULL;
}

static void test_resolution_of_every_source(void) {
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    CHECK(engine && quoth_extract(engine, ARTICLE, sizeof ARTICLE - 1, &doc) == 0);
    if (!doc) return;
    for (size_t k = 0; k < sizeof EXPECTED / sizeof *EXPECTED; k++) {
        const expected *x = &EXPECTED[k];
        const quoth_quote *q = find(doc, x->content_prefix);
        CHECK(q != NULL);
        if (!q) {
            fprintf(stderr, "  no quote starting \"%s\"\n", x->content_prefix);
            continue;
        }
        CHECK_STR(q->speaker_name, x->name);
        CHECK_INT(q->resolved_by, x->how);
        CHECK_STR(q->speaker_role, x->role);
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
}

TEST_MAIN(test_resolution_of_every_source)
