/*
 * test_speakers.c - speaker resolution within a document: full names,
 * surnames, pronouns, near-miss spellings, organizations, roles, and the
 * gender the text gives each speaker.
 */
#include <stdlib.h>
#include <string.h>

#include "attrib/given_names.h"
#include "harness.h"
#include "quoth.h"
#include "tag/hash.h"

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
    quoth_gender gender;
} expected;

#define M QUOTH_GENDER_MALE
#define F QUOTH_GENDER_FEMALE
#define U QUOTH_GENDER_UNKNOWN

/* Vasquez is a man by the "he" that resolves to him (for every statement
 * of his, the earlier ones too), Kowalczyk a woman by her role. */
static const expected EXPECTED[] = {
    {"that the storm season", "Teodor Vasquez", QUOTH_RESOLVED_NAME, "Port Almsby's harbor master", M},
    {"\"We are not ready", "Irene Kowalczyk", QUOTH_RESOLVED_NAME, "city council spokeswoman", F},
    {"that two piers", "Teodor Vasquez", QUOTH_RESOLVED_SURNAME, "Port Almsby's harbor master", M},
    {"\"The pumps are", "Teodor Vasquez", QUOTH_RESOLVED_PRONOUN, "Port Almsby's harbor master", M},
    {"the council would meet", "Irene Kowalczyk", QUOTH_RESOLVED_SPELLING, "city council spokeswoman", F},
    {"that the federal agency", "The Washington Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"it had asked", "Harbor Authority", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* Two people of one surname: Mr. and Mrs. tell them apart, misspelt too,
 * and tell the gender of a name first given without them; a one-word
 * surname that is also a given name ("Kelly") says nothing of gender; an
 * institution named after a man is no man. */
static const char COUPLE[] =
    "Former President Bill Clinton said that the campaign was strong.\n\n"
    "Hillary Clinton said that the plan would pass the Senate.\n\n"
    "\"We will win in November,\" Mrs. Clinton said.\n\n"
    "\"She will win in November,\" Mr. Clinton said.\n\n"
    "\"It is done,\" Mrs. Clintom said.\n\n"
    "\"It is over,\" Mr. Clintom said.\n\n"
    "Kelly said that the vote was close.\n\n"
    "Chad Bown said that tariffs would rise.\n\n"
    "Dolores Ortega said that the clinic would stay open.\n\n"
    "\"It will hurt farmers,\" Mr. Bown said.\n\n"
    "George Washington University said that tuition would rise next year.";

static const expected COUPLE_EXPECTED[] = {
    {"that the campaign", "Bill Clinton", QUOTH_RESOLVED_NAME, "President", M},
    {"that the plan", "Hillary Clinton", QUOTH_RESOLVED_NAME, NULL, F},
    {"\"We will win", "Hillary Clinton", QUOTH_RESOLVED_SURNAME, NULL, F},
    {"\"She will win", "Bill Clinton", QUOTH_RESOLVED_SURNAME, "President", M},
    {"\"It is done", "Hillary Clinton", QUOTH_RESOLVED_SPELLING, NULL, F},
    {"\"It is over", "Bill Clinton", QUOTH_RESOLVED_SPELLING, "President", M},
    {"that the vote", "Kelly", QUOTH_RESOLVED_NAME, NULL, U},
    {"that tariffs", "Chad Bown", QUOTH_RESOLVED_NAME, NULL, M}, /* by the Mr. of a later mention */
    {"that the clinic", "Dolores Ortega", QUOTH_RESOLVED_NAME, NULL, F}, /* by the list of given names */
    {"\"It will hurt", "Chad Bown", QUOTH_RESOLVED_SURNAME, NULL, M},
    {"that tuition", "George Washington University", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static const quoth_quote *find(const quoth_doc *doc, const char *prefix) {
    const char *text = quoth_doc_text(doc, NULL);
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (strncmp(text + q->contents[0].byte_start, prefix, strlen(prefix)) == 0) return q;
    }
    return NULL;
}

static void check_article(const char *text, size_t len, const expected *want, size_t n) {
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    CHECK(engine && quoth_extract(engine, text, len, &doc) == 0);
    for (size_t k = 0; doc && k < n; k++) {
        const expected *x = &want[k];
        const quoth_quote *q = find(doc, x->content_prefix);
        CHECK(q != NULL);
        if (!q) {
            fprintf(stderr, "  no quote starting \"%s\"\n", x->content_prefix);
            continue;
        }
        CHECK_STR(q->speaker_name, x->name);
        CHECK_INT(q->resolved_by, x->how);
        if (x->role || q->speaker_role) CHECK_STR(q->speaker_role, x->role);
        CHECK_INT(q->speaker_gender, x->gender);
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
}

static void test_resolution_of_every_source(void) {
    check_article(ARTICLE, sizeof ARTICLE - 1, EXPECTED, sizeof EXPECTED / sizeof *EXPECTED);
}

static void test_same_surname_by_honorific(void) {
    check_article(COUPLE, sizeof COUPLE - 1, COUPLE_EXPECTED, sizeof COUPLE_EXPECTED / sizeof *COUPLE_EXPECTED);
}

/* A relative pronoun speaks for the name right before it: "who" a
 * person, "which" an organization. */
static const char RELATIVE[] =
    "Helena Marsh thanked the engineers.\n\n"
    "The mayor praised Walter Brink, who said that the wall would hold.\n\n"
    "The council hired the Harbor Authority, which said that the pumps were old.";

static const expected RELATIVE_EXPECTED[] = {
    {"that the wall", "Walter Brink", QUOTH_RESOLVED_PRONOUN, NULL, M},
    {"that the pumps", "Harbor Authority", QUOTH_RESOLVED_PRONOUN, NULL, U},
};

static void test_relative_pronouns(void) {
    check_article(RELATIVE, sizeof RELATIVE - 1, RELATIVE_EXPECTED,
                  sizeof RELATIVE_EXPECTED / sizeof *RELATIVE_EXPECTED);
}

/* The list of given names: a man's, a woman's, neither. */
static void test_given_names(void) {
    quoth_given_names g;
    CHECK_INT(quoth_given_names_init(&g), 0);
    CHECK_INT(quoth_given_name_gender(&g, quoth_hash_lower("Glenn", 5)), 1);
    CHECK_INT(quoth_given_name_gender(&g, quoth_hash_lower("dolores", 7)), 2);
    CHECK_INT(quoth_given_name_gender(&g, quoth_hash_lower("Jordan", 6)), 0); /* either */
    CHECK_INT(quoth_given_name_gender(&g, quoth_hash_lower("Clinton", 7)), 0); /* a surname */
    CHECK_INT(quoth_given_name_gender(&g, quoth_hash_lower("harbor", 6)), 0);
    CHECK_INT(quoth_given_name_gender(NULL, quoth_hash_lower("Glenn", 5)), 0);
    quoth_given_names_free(&g);
}

TEST_MAIN(test_resolution_of_every_source, test_same_surname_by_honorific, test_relative_pronouns, test_given_names)
