/* The US states as news names them (src/attrib/states.c): in full over one
 * or two tokens, and inside a lawmaker's affiliation. */
#include <string.h>

#include "attrib/phrase.h"
#include "attrib/states.h"
#include "harness.h"
#include "quoth.h"
#include "text/tokens.h"

/* The numbers of a few states (states.c lists them alphabetically). */
enum { CALIFORNIA = 5, FLORIDA = 9, NEW_HAMPSHIRE = 29, NEW_MEXICO = 31, NEW_YORK = 32, OHIO = 35, TEXAS = 43,
       VERMONT = 45, WEST_VIRGINIA = 48 };

static void test_affiliations(void) {
    static const struct {
        const char *text;
        int state;
    } CASES[] = {
        {"R-Fla.", FLORIDA},   {"I-Vt.", VERMONT},       {"D-NY", NEW_YORK},     {"D-N.Y.", NEW_YORK},
        {"R-N.H.", NEW_HAMPSHIRE}, {"R-Texas", TEXAS},   {"R-Tex.", TEXAS},      {"R-TX", TEXAS},
        {"D-Calif.", CALIFORNIA}, {"D-W.Va.", WEST_VIRGINIA}, {"R-Ohio", OHIO},  {"(R-Ohio", OHIO},
        {"r-fla", FLORIDA},    {"D-New York", NEW_YORK},
        /* no party letter, no hyphen, no state, or not letters */
        {"Fla.", 0},           {"X-Fla.", 0},            {"R Fla.", 0},          {"R-", 0},
        {"R-Zz", 0},           {"R-Fla2", 0},            {"", 0},                {"R-Floridaaaaaaaaaaaaaaaaaaaa", 0},
    };
    for (size_t k = 0; k < sizeof CASES / sizeof *CASES; k++) {
        int got = quoth_state_of_affiliation(CASES[k].text, strlen(CASES[k].text));
        if (got != CASES[k].state) fprintf(stderr, "  affiliation \"%s\"\n", CASES[k].text);
        CHECK_INT(got, CASES[k].state);
    }
}

static void test_names_in_text(void) {
    quoth_token_list tl;
    memset(&tl, 0, sizeof tl);
    const char *text = "New Hampshire and Ohio, not new york, nor New Mexico City or York, nor ohio.";
    CHECK_INT(quoth_tokenize(&tl, text, strlen(text), NULL, NULL), QUOTH_OK);
    quoth_phrases p = quoth_phrases_of(&tl);
    size_t after = 99;
    CHECK_INT(quoth_state_named_at(&p, 0, p.n, &after), NEW_HAMPSHIRE);
    CHECK_INT(after, 2);
    CHECK_INT(quoth_state_named_at(&p, 0, 1, &after), 0); /* the end cuts the name */
    CHECK_INT(quoth_state_named_at(&p, 1, p.n, &after), 0); /* "Hampshire" alone */
    CHECK_INT(quoth_state_named_at(&p, 3, p.n, &after), OHIO);
    CHECK_INT(after, 4);
    CHECK_INT(quoth_state_named_at(&p, 6, p.n, &after), 0); /* lower case */
    CHECK_INT(quoth_state_named_at(&p, 10, p.n, &after), NEW_MEXICO); /* "New Mexico City": the state's words */
    CHECK_INT(after, 12);
    CHECK_INT(quoth_state_named_at(&p, 14, p.n, &after), 0); /* "York" */
    CHECK_INT(quoth_state_named_at(&p, p.n - 2, p.n, &after), 0); /* "ohio" */
    CHECK_INT(quoth_state_named_at(&p, p.n, p.n, &after), 0);
    quoth_token_list_free(&tl);
}

/* Every state by its name, in order: the lookup bisects the table by
 * initial, so an entry out of order would be lost. */
static void test_every_state(void) {
    const char *text = "Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, "
                       "Georgia, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, "
                       "Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, "
                       "Nevada, New Hampshire, New Jersey, New Mexico, New York, North Carolina, North Dakota, Ohio, "
                       "Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, "
                       "Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming.";
    quoth_token_list tl;
    memset(&tl, 0, sizeof tl);
    CHECK_INT(quoth_tokenize(&tl, text, strlen(text), NULL, NULL), QUOTH_OK);
    quoth_phrases p = quoth_phrases_of(&tl);
    int want = 1;
    for (size_t i = 0, after; i < p.n; i++) {
        int got = quoth_state_named_at(&p, i, p.n, &after);
        if (!got) continue;
        CHECK_INT(got, want);
        want++;
        i = after - 1;
    }
    CHECK_INT(want, QUOTH_STATES + 1);
    quoth_token_list_free(&tl);
}

TEST_MAIN(test_affiliations, test_names_in_text, test_every_state)
