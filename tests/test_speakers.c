/*
 * test_speakers.c - speaker resolution within a document: full names,
 * surnames, pronouns, near-miss spellings, organizations, places, roles,
 * and the gender the text gives each speaker.
 */
#include <stdlib.h>
#include <string.h>

#include "attrib/name_words.h"
#include "attrib/speaker_names.h"
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
 * and tell the gender of a name first given without them; a one-word name
 * that is a given name of either gender ("Kelly") says nothing of it; an
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
    {"that the campaign", "Bill Clinton", QUOTH_RESOLVED_NAME, "Former President", M},
    {"that the plan", "Hillary Clinton", QUOTH_RESOLVED_NAME, NULL, F},
    {"\"We will win", "Hillary Clinton", QUOTH_RESOLVED_SURNAME, NULL, F},
    {"\"She will win", "Bill Clinton", QUOTH_RESOLVED_SURNAME, "Former President", M},
    {"\"It is done", "Hillary Clinton", QUOTH_RESOLVED_SPELLING, NULL, F},
    {"\"It is over", "Bill Clinton", QUOTH_RESOLVED_SPELLING, "Former President", M},
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

/* check_article() of a text array and its table of expected records. */
#define CHECK_ARTICLE(text, want) check_article(text, sizeof text - 1, want, sizeof want / sizeof *want)

static void test_resolution_of_every_source(void) {
    CHECK_ARTICLE(ARTICLE, EXPECTED);
}

static void test_same_surname_by_honorific(void) {
    CHECK_ARTICLE(COUPLE, COUPLE_EXPECTED);
}

/* A relative pronoun speaks for the name right before it: "who" a
 * person, "which" an organization. */
static const char RELATIVE[] =
    "Helena Marsh thanked the engineers.\n\n"
    "The mayor praised Walter Brink, who said that the wall would hold.\n\n"
    "The council hired the Harbor Authority, which said that the pumps were old.\n\n"
    "President Lena Ortiz spoke.\n\n"
    "The mayor met Representative Ron Dale of Texas, who said that the levee would hold.\n\n"
    "Reporters asked the president, who said that the talks would resume.";

/* ... a person "of" a place too, and a title's holder. */
static const expected RELATIVE_EXPECTED[] = {
    {"that the wall", "Walter Brink", QUOTH_RESOLVED_PRONOUN, NULL, M},
    {"that the pumps", "Harbor Authority", QUOTH_RESOLVED_PRONOUN, NULL, U},
    {"that the levee", "Ron Dale", QUOTH_RESOLVED_PRONOUN, "Representative", M},
    {"that the talks", "Lena Ortiz", QUOTH_RESOLVED_PRONOUN, "President", F},
};

static void test_relative_pronouns(void) {
    CHECK_ARTICLE(RELATIVE, RELATIVE_EXPECTED);
}

/* What may stand between a "who" and its person: a dash that opens an
 * insertion, a party in brackets, a role set off by commas or not. And
 * what may not: a dash that closes an insertion, a role naming another
 * person, a role that counts or is plural; nor a dash before "which",
 * which is then a clause's. */
static const char RELATIVE_BETWEEN[] =
    "Senator Tom Kagan spoke first.\n\n"
    "Kagan \xe2\x80\x94 who said that the surge was needed \xe2\x80\x94 left the room.\n\n"
    "Rep. Joe Lynn (D-Mo.), who said that the panel would meet, left.\n\n"
    "The bank hired Dan Ruhl, a senior analyst at Jefferies, who said that the loans were sound.\n\n"
    "The party chose Vera Holt, a Republican who said that the tax was unfair.\n\n"
    "Donors included Ada Moss and Ivan Petrov, veteran fund managers who said that rates would fall.\n\n"
    "The club thanked Otto Brandt, one of two founders who said that the dues would rise.\n\n"
    "The strike was led by one welder \xe2\x80\x94 a cousin of Ken Roy \xe2\x80\x94 who said that the mill should reopen.\n\n"
    "The prize went to Ruth Lane, runner-up to Maria Gomez for the medal, who said that the jury was fair.\n\n"
    "The bill was backed by Sen. Ruth Dale of Oregon, the ranking Democrat on the Senate Budget Committee, "
    "who said that the vote was late.\n\n"
    "The tariff was unpopular in the United States - which reported that the mills had closed.";

static const expected RELATIVE_BETWEEN_EXPECTED[] = {
    {"that the surge", "Tom Kagan", QUOTH_RESOLVED_PRONOUN, "Senator", M},
    {"that the panel", "Joe Lynn", QUOTH_RESOLVED_PRONOUN, "Rep.", M},
    {"that the loans", "Dan Ruhl", QUOTH_RESOLVED_PRONOUN, "senior analyst", M},
    {"that the tax", "Vera Holt", QUOTH_RESOLVED_PRONOUN, NULL, F},
    {"that rates", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the dues", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the mill", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the jury", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    /* her place does not come between her and her role (it had been no one) */
    {"that the vote", "Ruth Dale", QUOTH_RESOLVED_PRONOUN, "Sen.", F},
    {"that the mills", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_relative_pronouns_past_insertions(void) {
    CHECK_ARTICLE(RELATIVE_BETWEEN, RELATIVE_BETWEEN_EXPECTED);
}

/* Who a long source is: a person named first, before a comma or "of",
 * whatever names the rest of it holds (a place before them is no person:
 * "Former Arizona governor Jan Brewer, ..."), and so an organization named
 * first before a comma or "and" (not "Veltron CEO and ..."); "of Ohio" is no part of a name;
 * a family is not its misspelt member, nor a given name or a place a
 * misspelt surname; a surname the part-of-speech tagger took for a noun
 * or a verb is still a surname, and a party it took for a common noun a
 * party. */
static const char NAMES[] =
    "Susan Hartwig, a longtime adviser to Governor Paul Ostrander, said that the budget was late.\n\n"
    "Senator Maria Quist of Ohio said that the bridge would be rebuilt.\n\n"
    "Thomas Ruiz of Meridian Capital said that rates would fall.\n\n"
    "The Ostranders said that they would sell the farm.\n\n"
    "Massimo Franco said that the port would reopen.\n\n"
    "Francis said that the harvest was poor.\n\n"
    "Ms. Epstein said that the court would rule soon.\n\n"
    "Curt Halling spoke on Monday. Halling told reporters that the deal was dead.\n\n"
    "Moshe Israeli said that the talks had stalled.\n\n"
    "Israel said that the border would stay closed.\n\n"
    "Republicans said that the tax bill would pass.\n\n"
    "RNC Chief of Staff Katie Walsh said that the hall was ready.\n\n"
    "Christine Todd Whitman said that the river was clean.\n\n"
    "Former Arizona governor Jan Brewer, an early supporter of Governor Ostrander, said that the party would unite.\n\n"
    "The Harbor Commission, a state agency that oversees the Port of Calder, said that fees would rise.\n\n"
    "Canada and Mexico said that the talks would resume.\n\n"
    "Former Veltron CEO and presidential candidate Dana Hollis said that the plan would fail.\n\n"
    "The Center for Coastal Studies said that the dunes were shrinking.\n\n"
    "The Office of Water and Soil Quality said that the wells were safe.\n\n"
    "Voice of America and Radio Free Asia said that the signal was jammed.";

static const expected NAMES_EXPECTED[] = {
    {"that the budget", "Susan Hartwig", QUOTH_RESOLVED_NAME, "longtime adviser", F},
    {"that the bridge", "Maria Quist", QUOTH_RESOLVED_NAME, "Senator", F},
    {"that rates", "Thomas Ruiz", QUOTH_RESOLVED_NAME, NULL, M},
    {"that they would sell", "Ostranders", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the harvest", "Francis", QUOTH_RESOLVED_NAME, NULL, M}, /* a given name alone */
    {"that the court", "Epstein", QUOTH_RESOLVED_NAME, NULL, F},
    {"that the deal", "Curt Halling", QUOTH_RESOLVED_SURNAME, NULL, M},
    {"that the border", "Israel", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the tax bill", "Republicans", QUOTH_RESOLVED_ORGANIZATION, NULL, U}, /* tagged NNS */
    {"that the hall", "Katie Walsh", QUOTH_RESOLVED_NAME, "RNC Chief of Staff", F},
    {"that the river", "Christine Todd Whitman", QUOTH_RESOLVED_NAME, NULL, F},
    {"that the party", "Jan Brewer", QUOTH_RESOLVED_NAME, "Former Arizona governor", U},
    {"that fees", "Harbor Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the talks would resume", "Canada", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the plan", "Dana Hollis", QUOTH_RESOLVED_NAME, "presidential candidate", U},
    {"that the dunes", "Center for Coastal Studies", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the wells", "Office of Water and Soil Quality", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the signal", "Voice of America", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A headline's run of capitalized names and a verb is no one's name: it
 * holds two people. */
static const char HEADLINE[] = "Walter Brink Slams Helena Marsh Over Tax Plan\n\nMarsh said that the vote was rigged.";

/* A name first written in capitals (a transcript's "MARIA LUND:", a place
 * line) is the person or place written in small letters later, under the
 * later spelling. */
static const char SHOUTED[] = "FORT PIERCE, Fla. -- The mayor spoke.\n\n"
                              "Officials in Fort Pierce said that the storm was bad.\n\n"
                              "MARIA LUND, the mayor, said that the roads were closed.\n\n"
                              "Maria Lund said that the schools would reopen.";

static const expected SHOUTED_EXPECTED[] = {
    {"that the storm", "Fort Pierce", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the roads", "Maria Lund", QUOTH_RESOLVED_NAME, "mayor", F},
    {"that the schools", "Maria Lund", QUOTH_RESOLVED_NAME, "mayor", F},
};

static void test_names_in_long_sources(void) {
    CHECK_ARTICLE(NAMES, NAMES_EXPECTED);
    CHECK_ARTICLE(SHOUTED, SHOUTED_EXPECTED);
    static const expected headline[] = {{"Helena Marsh Over", "Walter Brink", QUOTH_RESOLVED_NAME, NULL, M},
                                        {"that the vote", "Helena Marsh", QUOTH_RESOLVED_SURNAME, NULL, F}};
    check_article(HEADLINE, sizeof HEADLINE - 1, headline, 2);
}

/* An article of its own, so that no earlier speaker answers first, and
 * the one statement of it that a case checks. */
typedef struct one_statement {
    const char *text;
    expected want;
} one_statement;

static void check_one_statements(const one_statement *cases, size_t n) {
    for (size_t k = 0; k < n; k++) check_article(cases[k].text, strlen(cases[k].text), &cases[k].want, 1);
}

/* A title that is also a surname, after an honorific; a name that opens
 * a parenthesis that opens the source; a newspaper's short name. */
static const one_statement NAMES_ONE[] = {
    /* the name that ends a source inside a person's apposition is not who
     * it is (it had been Ukrania); nor is a body inside the apposition of
     * a "by" object (it had been the university) */
    {"The men meant to reopen the site, according to a lawsuit filed in Manhattan by Yulia V. Tomash, a former "
     "prime minister of Ukrania.",
     {"The men meant", "Yulia V. Tomash", QUOTH_RESOLVED_NAME, "former prime minister of Ukrania", F}},
    {"This has been called \"strategic ambiguity\" by Joshua Hendrik, a professor at Loyola University "
     "Maryland, and it makes it impossible to trace.",
     {"This", "Joshua Hendrik", QUOTH_RESOLVED_NAME, "professor", M}},
    /* a name that only modifies a noun ("Hale campaign", "Hale's") is not
     * the person named first: the one after it heads the source, past a
     * dash's or a comma's apposition (they had been the names in it) */
    {"\u201cIt was fair,\u201d said Hale campaign Chairman John Podell \u2014 Bill Hale\u2019s former chief of "
     "staff \u2014 on Monday.",
     {"\u201cIt was fair", "John Podell", QUOTH_RESOLVED_NAME, "Hale campaign Chairman", M}},
    {"\u201cWe are treating it as one race,\u201d said Hale\u2019s deputy campaign manager, Rich Beeson, who "
     "oversaw Mitt Rommel\u2019s 2012 ground game.",
     {"\u201cWe are treating", "Rich Beeson", QUOTH_RESOLVED_NAME, "Hale\u2019s deputy campaign manager", U}},
    /* a party's member set off after a person describes them, and is no
     * misspelling of a name (it had been "Michigan Democratic", by one
     * letter from "Democrat") */
    {"Sanders won the Michigan Democratic primary this month.\n\n\u201cThe plant is closing,\u201d said "
     "the last of the speakers, state Representative Karla Macer, a Democrat.",
     {"\u201cThe plant", "Karla Macer", QUOTH_RESOLVED_NAME, "state Representative", U}},
    /* a club's "for" joins its name (it had been "Growth PAC") */
    {"The Club for Growth PAC has also endorsed Hale, saying that he is a fighter.",
     {"that he is", "Club for Growth PAC", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a party's members by where they are, the party read by the tagger
     * as a common noun (it had been the last place, Georgia) */
    {"More than nine of 10 Republicans in Tennessee and Georgia said that the economy was bad.",
     {"that the economy", "Republicans", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Ruth Dale spoke on Monday.\n\nShe and other Democrats on the stage said that the tax was unfair.",
     {"that the tax", "Ruth Dale", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* but authorities speak for their place, as officials do */
    {"Authorities in Westmark, the state next to Ostland, said that the border was closed.",
     {"that the border", "Westmark", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a family name written first, then alone: by a hyphenated given name
     * after it or by the list (they had each been a speaker of one word,
     * or no one where the tagger read "Ban" as a noun); a name of the
     * usual order still ends with its surname */
    {"Secretary General Ban Ki-moon spoke later.\n\n\u201cIt was hard,\u201d Ban recalled.",
     {"\u201cIt was hard", "Ban Ki-moon", QUOTH_RESOLVED_SURNAME, "Secretary General", U}},
    {"President Xi Jinping of China met the envoy.\n\nXi said that the talks were useful.",
     {"that the talks", "Xi Jinping", QUOTH_RESOLVED_SURNAME, "President", M}},
    {"Jack Ma spoke in Davos on Monday.\n\nMa said that trade was good.",
     {"that trade", "Jack Ma", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a first name longer than a listed family name that opens alike
     * ("Xaver", "Xi"): found by fuzzing, a read past the list's word */
    {"Xaver Hale spoke in Davos on Monday.\n\nHale said that trade was good.",
     {"that trade", "Xaver Hale", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* given names beyond the American ones, with their gender: "Ngozi",
     * "Siobh\u00e1n" (they had been no one's, and "Yuki Tanaka" an
     * organization whose "She" was no one); a hyphenated one by its first
     * part; at a sentence's start one read as a plural noun ("Ines" had
     * been left out of the name) */
    {"Ngozi Okafor, a nurse, said that the ward was full.",
     {"that the ward", "Ngozi Okafor", QUOTH_RESOLVED_NAME, "nurse", F}},
    {"Yuki Tanaka said that the plan would fail. She said that it was too costly.",
     {"that it was", "Yuki Tanaka", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Ines Carvalho said that the plan would fail.", {"that the plan", "Ines Carvalho", QUOTH_RESOLVED_NAME, NULL, F}},
    {"Marie-Claire Dubois said that the plan would fail.",
     {"that the plan", "Marie-Claire Dubois", QUOTH_RESOLVED_NAME, NULL, F}},
    /* but not an adjective that is a given name too, before a title (a
     * cleric's form of address, his role) */
    {"Christian Rev. Derek Penn said that the town had lost a voice.",
     {"that the town", "Derek Penn", QUOTH_RESOLVED_NAME, "Rev.", M}},
    /* a person by nationality alone is the one the text is about (it had
     * been a speaker "Italian", and "the Swede" an organization); a given
     * name with accents is the listed one without ("Rub\u00e9n") */
    {"Rovers manager Gianluca Bertoni praised his players.\n\n\u201cWe were brave,\u201d the Italian said.",
     {"\u201cWe were brave", "Gianluca Bertoni", QUOTH_RESOLVED_TITLE, "Rovers manager", M}},
    {"Rub\u00e9n Blanco said that the plan would fail.",
     {"that the plan", "Rub\u00e9n Blanco", QUOTH_RESOLVED_NAME, NULL, M}},
    /* the subject of a profile or a match report by what they are (it
     * had been no one) */
    {"Singer Mara Quill has cancelled her tour.\n\n\u201cI am heartbroken,\u201d the singer wrote.",
     {"\u201cI am heartbroken", "Mara Quill", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* "A council spokesman" speaks for the council named before (it had
     * been no one); a body's apposition by what it is makes it one */
    {"Bramley District Council has closed two libraries. A council spokesman said that vans would visit.",
     {"that vans", "Bramley District Council", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Tallypac, the photo-sharing app, said that the feature was paused. It said that users liked it.",
     {"that users", "Tallypac", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* parties and outlets beyond the American ones, by their usual
     * names ("Labour" had been a person) */
    {"Labour said that the bill was dead.", {"that the bill", "Labour Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Tories said that the figures were invented.",
     {"that the figures", "Conservative Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a kin by the possessive and noun the text described them with
     * (they had been no one) */
    {"Ellen Fitz died on Sunday. Her death was confirmed by her daughter, Kate Shaw. \u201cShe never complained,"
     "\u201d her daughter said.",
     {"\u201cShe never", "Kate Shaw", QUOTH_RESOLVED_TITLE, "her daughter", F}},
    {"Paul Osmond spoke to ITV, and so did his brother Alastair Osmond. He was a new dad, his brother added.",
     {"He was a new", "Alastair Osmond", QUOTH_RESOLVED_TITLE, "brother", M}},
    /* a person described by age is the one the text is about (it had been
     * no one), not the photographer of a caption between */
    {"Captain Rosa Achebe said that eleven boats were lost. The 52-year-old said that she had asked for a "
     "breakwater.",
     {"that she had", "Rosa Achebe", QUOTH_RESOLVED_TITLE, "Captain", F}},
    {"Lori Bernfeld held up a sign. The 57-year-old scientist says that she is afraid.",
     {"that she is", "Lori Bernfeld", QUOTH_RESOLVED_TITLE, NULL, F}},
    {"Peter Serafin posted the clip on Thursday.\n\nNelson Barnes via Getty Images.\n\n\u201cWhat if he had "
     "lessons?\u201d the 43-year-old asked.",
     {"\u201cWhat if", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* the names in a relative clause on a noun of people are not who the
     * noun is (it had been Leeds, and Trump); an apposition after the
     * clause's comma still is; a document's clause keeps its maker */
    {"A man who lives in Leeds told reporters that he was fine.", {"that he was", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"Jake Sullen sent the emails.\n\n\u201cIt was over,\u201d said one source who identified Sullen.",
     {"\u201cIt was over", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"One of Hale\u2019s former supporters who still backs Reyes, former Rep. Pat Schroder, said that the race "
     "was lost.",
     {"that the race", "Pat Schroder", QUOTH_RESOLVED_NAME, "former Rep.", U}},
    {"The total rose to $5,395, according to figures that were released Thursday by Tallypac.",
     {"The total rose", "Tallypac", QUOTH_RESOLVED_NAME, NULL, U}},
    /* nor is the place where an indefinite person is (it had been Kent) */
    {"A teacher from Kent said that the school was cold.", {"that the school", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a party's strategists and experts do not speak for it */
    {"Some GOP strategists said that the race was lost.", {"that the race", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* letters after a name are no part of it ("KC" had been the speaker) */
    {"Prosecutor Hannah Whitfeld KC told the jury that the defendant had lied.",
     {"that the defendant", "Hannah Whitfeld", QUOTH_RESOLVED_NAME, "Prosecutor", F}},
    /* a knight or a dame called by the given name is the person of that
     * given name (each had been a speaker of one word, "Geoffrey"), and
     * the British title tells the gender that the given name does not */
    {"Sir Geoffrey Hale spoke on Monday.\n\nSir Geoffrey said that the road was needed.",
     {"that the road", "Geoffrey Hale", QUOTH_RESOLVED_SURNAME, NULL, M}},
    {"Dame Ottilie Brandt spoke on Monday.\n\nDame Ottilie said that the arts needed money.",
     {"that the arts", "Ottilie Brandt", QUOTH_RESOLVED_SURNAME, NULL, F}},
    {"Lady Ashby said that the talks were over.", {"that the talks", "Ashby", QUOTH_RESOLVED_NAME, NULL, F}},
    /* past a title after the honorific (it had told no gender) */
    {"Mr Justice Harrow said that the evidence was weak.",
     {"that the evidence", "Harrow", QUOTH_RESOLVED_NAME, "Mr Justice", M}},
    /* a surname after "Sir" is still nobody's given name */
    {"Sir Geoffrey Hale spoke on Monday.\n\nGeoffrey Marsh said that the road was needed.",
     {"that the road", "Geoffrey Marsh", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a name before a web domain's ending is a site, and no "he" (it had
     * been a person of unknown kind whom the "He" went to) */
    {"Walter Brink cited his followers (the number is lower, according to Factcheck.org). "
     "He said that the ban was right.",
     {"that the ban", "Walter Brink", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a relative clause taken whole for the source is its antecedent's (it
     * had been Obama), when "who" is the clause's subject */
    {"The fund was praised by Zeke Emmanuel, who advised Obama on the overhaul and said that the law works.",
     {"that the law", "Zeke Emmanuel", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"The vote deals a blow to Sen. Ivan Kral, who many in the party establishment had backed in the hope of "
     "derailing Brink.",
     {"derailing Brink", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a source that is the apposition of a name before it is that name's
     * (it had been no one, or the name inside it, Hale) */
    {"Justice Walter G. Brink, a Hale appointee considered a liberal, nonetheless wrote that the law was void.",
     {"that the law", "Walter G. Brink", QUOTH_RESOLVED_NAME, "Justice", M}},
    {"Keyworth and Dick Hackborn, an HP director and the chief architect of its printers, said that the "
     "deal was bad.",
     {"that the deal", "Dick Hackborn", QUOTH_RESOLVED_NAME, "HP director", M}},
    /* but not a clause's subject after an opening clause, a parenthesis's
     * subject, or a word that only looks like a name */
    {"Ivan Kral spoke.\n\nAs Brink attacked Ivan Kral, the crowd said that the vote was late.",
     {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Ivan Kral spoke.\n\nKral, a top aide said, \u201cis very confident.\u201d",
     {"\u201cis very", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Offstage, the actors said that the play was long.", {"that the play", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* of the bodies a source names, none ending it, the first (it had been
     * the last, Coastal Customs) */
    {"Officials at Harbor Security Investigations, a division of Coastal Customs, said that the raid was legal.",
     {"that the raid", "Harbor Security Investigations", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "and" inside a body's name that a body's word ends (it had been
     * "Securities", and before that "Exchange Commission") */
    {"The Securities and Exchange Commission said that the fund was closed.",
     {"that the fund", "Securities and Exchange Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a person after a role in small letters and its comma is who speaks,
     * not the firm named after them (it had been Hale Dorr); a role with a
     * preposition keeps the name that ends the source */
    {"\u201cThe odds are long,\u201d said another leading court advocate, Walter J. Brink of the law firm Hale Dorr.",
     {"\u201cThe odds", "Walter J. Brink", QUOTH_RESOLVED_NAME, "leading court advocate", M}},
    {"\u201cThe odds are long,\u201d said the envoy to the United Nations, Walter J. Brink.",
     {"\u201cThe odds", "Walter J. Brink", QUOTH_RESOLVED_NAME, NULL, M}},
    /* an initial that opens a name is part of it, before a word the
     * tagger read as a common noun (it had been "C." alone, the "he"
     * going to it) and before a given name, whose gender the name keeps
     * (it had been "Rick Hale"); a middle initial is no first word */
    {"C. Boyden Gray, who served the governor, spoke.\n\n\u201cThe rules were clear,\u201d he said.",
     {"\u201cThe rules", "C. Boyden Gray", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"The board named C. Rick Hale, a banker, who said that the loans were sound.",
     {"that the loans", "C. Rick Hale", QUOTH_RESOLVED_PRONOUN, "banker", M}},
    {"The board named Ruth M. Dale, a banker, who said that the loans were sound.",
     {"that the loans", "Ruth M. Dale", QUOTH_RESOLVED_PRONOUN, "banker", F}},
    {"Charles King, the pollster, spoke on Monday.\n\nMr. King said that the race was close.",
     {"that the race", "Charles King", QUOTH_RESOLVED_SURNAME, "pollster", M}},
    /* and alone, with no determiner (it had been no one); "The King" is
     * a king */
    {"Rep. Peter King spoke on Monday.\n\n\u201cThe evidence was clear,\u201d King said.",
     {"\u201cThe evidence", "Peter King", QUOTH_RESOLVED_SURNAME, "Rep.", M}},
    {"The King said that the palace would open.", {"that the palace", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Ruth Hale spoke on Monday.\n\n(Ruth Hale defended the plan, saying that it was fair.)",
     {"that it was fair", "Ruth Hale", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a newspaper on second mention; but "the House" is no White House */
    {"Officials spoke to The Harbor Post on Monday.\n\nThe Post said that the files were missing.",
     {"that the files", "Harbor Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The White House spoke on Monday.\n\nThe House said that the bill would pass.",
     {"that the bill", "House", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a name and a role written with a soft hyphen or a no-break space
     * are the name and role written plainly (they had kept them) */
    {"Doug \u00adAndres, a\u00a0spokesman for the mayor, said that the port would stay open.",
     {"that the port", "Doug Andres", QUOTH_RESOLVED_NAME, "spokesman for the mayor", M}},
    {"City\u00a0manager Ruth\u00a0Hale said that the roads were closed.",
     {"that the roads", "Ruth Hale", QUOTH_RESOLVED_NAME, "City manager", F}},
    /* a role noun in small letters that the tagger read as a name
     * ("niece", NNP) is no name word, and a role holds no symbol before
     * it (they had been "niece Marion", "~ Media titan", ">Holt aide") */
    {"Vera Holt leads the party.\n\nHolt\u2019s niece Marion said that the party would win.",
     {"that the party", "Marion", QUOTH_RESOLVED_NAME, NULL, F}},
    {"BEFORE YOU GO.\n\n~ Media titan Rupert Vale announced his engagement to a singer.",
     {"his engagement", "Rupert Vale", QUOTH_RESOLVED_NAME, "Media titan", M}},
    {">Holt aide Jeff Dale said that the vote was close.",
     {"that the vote", "Jeff Dale", QUOTH_RESOLVED_NAME, "Holt aide", M}},
    /* words all in small letters that the tagger read as a name
     * ("devil", NNP) are no one (it had been "devil") */
    {"As the Harbor Post\u2014even the devil can quote election statistics\u2014observed, the party now "
     "controls both chambers.",
     {"election statistics", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* no body of the United States named "U.S. office", but the office of
     * its attorney, named in full */
    {"The U.S. attorney's office said that the case was closed.",
     {"that the case", "U.S. attorney's office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* In a headline's capitals, a word the text writes in small letters is no
 * name word: "Donor Brandt" is Sheldon Brandt's surname, and "Marsh Told
 * A" is no name (both had been people of those names). */
static const one_statement HEADLINE_COMMON_WORDS[] = {
    {"Republican Donor Brandt And Quist May Be Aligning On Trade.\n\n"
     "Top Republican donor Sheldon Brandt met Ohio Gov. Ann Quist on Monday, and they may agree.\n\n"
     "Brandt said that the tariffs would fall.",
     {"that the tariffs", "Sheldon Brandt", QUOTH_RESOLVED_SURNAME, "Top Republican donor", M}},
    {"Marsh Told A Reporter Not To Worry About The Port.\n\n"
     "Marsh told a local reporter on Friday not to worry.\n\n"
     "Marsh said that the port would stay open.",
     {"A Reporter Not To", "Marsh", QUOTH_RESOLVED_NAME, NULL, U}},
};

/* In a headline's capitals a name ends where the tagger's source ends:
 * "Accused" and "Announces Plans" are no name words, though the text never
 * writes them in small letters (both had been part of the name). */
static const one_statement HEADLINE_SOURCE_ENDS[] = {
    {"Walter Brink Accused Of Lying About Tax Plan.\n\nWalter Brink spoke in Dayton on Monday.",
     {"Lying About Tax Plan", "Walter Brink", QUOTH_RESOLVED_NAME, NULL, M}},
    {"Quist Announces Plans For The Port.\n\nOhio Gov. Ann Quist spoke on Monday.",
     {"Plans For The Port", "Ann Quist", QUOTH_RESOLVED_SURNAME, "Ohio Gov.", F}},
    /* a name that opens with a body quoth knows ends with it, and the
     * words after it are no name ("Washington Post Hit", then "Piece") */
    {"Washington Post Hit Piece Exploits Trump Supporter Who Was in a Hospital for Mental Issues.\n\n"
     "The Washington Post reported the story on Monday, and the paper said that the man was ill.",
     {"Trump Supporter", "The Washington Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and the verb after it opens no name ("Blasts Quist" had been a
     * person, whom the later "Quist" joined) */
    {"Walter Brink Blasts Quist For Mocking His Fast.\n\nWalter Brink spoke on Monday.\n\n"
     "Quist said that the fast was silly.",
     {"that the fast", "Quist", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_names_alone(void) {
    check_one_statements(NAMES_ONE, sizeof NAMES_ONE / sizeof *NAMES_ONE);
    check_one_statements(HEADLINE_COMMON_WORDS, sizeof HEADLINE_COMMON_WORDS / sizeof *HEADLINE_COMMON_WORDS);
    check_one_statements(HEADLINE_SOURCE_ENDS, sizeof HEADLINE_SOURCE_ENDS / sizeof *HEADLINE_SOURCE_ENDS);
}

/* A "he" or "she" is a person: not a place that looks like a name ("New
 * Hampshire", "New England", "Broad Street"), not a day ("Super Tuesday", "Election Day" are no one), not
 * a one-word name of no known kind that never spoke ("Gallup"), not a law
 * ("Affordable Care Act" has a person's shape), a county or a plural name
 * ("New Yorkers"), a city named before its state ("Palo Alto, Calif.").
 * A month that is also a name is a name when no number dates it. */
static const one_statement PEOPLE_ONLY[] = {
    {"Thomas Brandt grew up on a farm in New Hampshire.\n\nHe said that the vote was fair.",
     {"that the vote", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Corinne Aldous campaigned hard before Super Tuesday.\n\nShe said that the fund was empty.",
     {"that the fund", "Corinne Aldous", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Maria Solberg ran the survey for Gallup.\n\nShe said that turnout would be high.",
     {"that turnout", "Maria Solberg", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Theresa May met Clara Voss in London.\n\nShe said that the treaty would hold.",
     {"that the treaty", "Theresa May", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Maria Lund campaigned for the Affordable Care Act.\n\nShe said that the law would survive.",
     {"that the law", "Maria Lund", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Lidia Marsh runs the clinic.\n\nMany New Yorkers visited it on Friday.\n\nShe said that the ward was full.",
     {"that the ward", "Lidia Marsh", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Maria Lund toured Washoe County.\n\nShe said that the roads were closed.",
     {"that the roads", "Maria Lund", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Maria Lund campaigned until Election Day.\n\nShe said that the count was fair.",
     {"that the count", "Maria Lund", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Eric Varga said that the march was peaceful.\n\nCrowds.\n\n"
     "Amadou Keita sold water on Broad Street. He said that sales were good.",
     {"that sales", "Amadou Keita", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Eric Varga said that the march was peaceful.\n\nCrowds.\n\n"
     "Amadou Keita, the New England director, sold water. He said that sales were good.",
     {"that sales", "Amadou Keita", QUOTH_RESOLVED_PRONOUN, "New England director", M}},
    /* a surname the part-of-speech tagger took for a common noun, before
     * a comma: the person, not the institute after it */
    {"Raffaello Pantucci, director of security studies at the Royal Institute, said that the port was busy.\n\n"
     "For now, Pantucci, at the Royal Institute, said that China was patient.",
     {"that China", "Raffaello Pantucci", QUOTH_RESOLVED_SURNAME, "director of security studies", U}},
    /* a name that spoke but is no one person: not a "he" */
    {"Tom Berg said that the plan was good.\n\nThe GOP said that taxes were too high.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Tom Berg", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Tom Berg said that the plan was good.\n\nMany Mexicans said that taxes were too high.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Tom Berg", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a place by its last word: "Shoal" */
    {"Thomas Brandt said that the plan was good.\n\nShips crowd Scarborough Shoal every spring.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a city of two words, whose shape is a person's */
    {"Thomas Brandt said that the plan was good.\n\nVoters lined up in Des Moines on Monday.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a city before its state, the sentence's last words or not */
    {"Thomas Brandt said that the plan was good.\n\nThe firm is based in Palo Alto, Calif.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Thomas Brandt said that the plan was good.\n\nThe firm grew in Cedar Falls, Iowa, last year.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Thomas Brandt said that the plan was good.\n\nThe firm grew in Rock Hill, South Carolina.\n\n"
     "He said that the deal was done.",
     {"that the deal", "Thomas Brandt", QUOTH_RESOLVED_PRONOUN, NULL, M}},
};

/* A month after "from", "before", "after" or "starting" is a date, not
 * a person named before a role: "from April, the company's chief
 * executive announced" had made April the executive (a woman, in a
 * store's counts of whose voices the news carries). A month that is a
 * given name before a surname stays a person. */
static const one_statement MONTHS_BEFORE_A_ROLE[] = {
    {"Veridian Pharma will cut the price of its insulin pens by a third from April, the company's chief "
     "executive announced on Monday.",
     {"Veridian Pharma", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The new fares apply after June, the operator's chairman said.",
     {"The new fares", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The plan starts before March, Harriet Cole, the company's chief executive, said.",
     {"The plan starts", "Harriet Cole", QUOTH_RESOLVED_NAME, "company's chief executive", F}},
    {"April Ryan, the White House correspondent, said the briefing was cancelled.",
     {"the briefing", "April Ryan", QUOTH_RESOLVED_NAME, "White House correspondent", F}},
};

/* "a Democrat" set off after a role is one member of a party, no one
 * named ("The senator, a Democrat from Ohio," had been a person named
 * Democrat); after a name, the name speaks. */
static const one_statement PARTY_MEMBERS_SET_OFF[] = {
    {"The senator, a Democrat from Ohio, said the bill was a disgrace.",
     {"the bill", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Senator Mary Hale, a Democrat from Ohio, said the bill was a disgrace.",
     {"the bill", "Mary Hale", QUOTH_RESOLVED_NAME, "Senator", F}},
};

static void test_months_and_parties_before_a_role(void) {
    check_one_statements(MONTHS_BEFORE_A_ROLE, sizeof MONTHS_BEFORE_A_ROLE / sizeof *MONTHS_BEFORE_A_ROLE);
    check_one_statements(PARTY_MEMBERS_SET_OFF, sizeof PARTY_MEMBERS_SET_OFF / sizeof *PARTY_MEMBERS_SET_OFF);
}

/* A person set off after a place, before a bracketed aside (the name in
 * its own script, an age): the person named, not the unnamed visitor, and
 * the "he" after them is theirs. */
static const one_statement ASIDES_AFTER_A_NAME[] = {
    {"A visitor from Osaka, Kenji Tanaka (\u7530\u4e2d\u5065\u4e8c), said the pastries were worth the wait.\n\n"
     "\"Better than Tokyo,\" he said.",
     {"\"Better than Tokyo", "Kenji Tanaka", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"A farmer near Leeds, Tom Hardcastle (63), said the rain came late.",
     {"the rain came late", "Tom Hardcastle", QUOTH_RESOLVED_NAME, NULL, M}},
};

static void test_asides_after_a_name(void) {
    check_one_statements(ASIDES_AFTER_A_NAME, sizeof ASIDES_AFTER_A_NAME / sizeof *ASIDES_AFTER_A_NAME);
}

/* Which person a pronoun stands for: the one named just before it rather
 * than the last to speak, three sentences back; with two people named just
 * before, or one only inside a quotation, the last to speak; a person named
 * as the subject before it in its own sentence, even when another spoke in
 * the sentence before. */
static const one_statement BY_RECENCY[] = {
    {"Anton Varga said that the mill would close.\n\n"
     "The union met on Friday. Workers gathered outside.\n\n"
     "Later the crowd cheered Mayor Pavel Hruby.\n\n"
     "He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, "Mayor", M}},
    {"Anton Varga said that the mill would close.\n\n"
     "The union met on Friday. Workers gathered outside.\n\n"
     "Later Mayor Pavel Hruby greeted Governor Ivan Kral.\n\n"
     "He said that the town would survive.",
     {"that the town", "Anton Varga", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Anton Varga said that the mill would close.\n\n"
     "The union met on Friday. Workers gathered outside.\n\n"
     "Some wore shirts with \"Pavel Hruby\" on them.\n\n"
     "He said that the town would survive.",
     {"that the town", "Anton Varga", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Irene Kowalczyk said that the mill would close. "
     "Maria Vance's plan is still unclear, but she said that the fund would grow.",
     {"that the fund", "Maria Vance", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a surname that opens the sentence before, tagged a common noun
     * (NN), is a name when the text writes it as one elsewhere and never
     * in small letters (the "he" had been the nearest name, Carlos Mendez) */
    {"Anchor Jorge Ramos crossed the border in 1983.\n\n"
     "On Monday Mr. Ramos was honored by Carlos Mendez in Miami.\n\n"
     "Ramos, silver-haired and blue-eyed, became a renowned journalist at the network.\n\n"
     "He said that the border had changed.",
     {"that the border", "Jorge Ramos", QUOTH_RESOLVED_PRONOUN, "Anchor", M}},
    /* the sentence before a quotation of two sentences names the one
     * person (it had been Omar Reyes, who spoke three sentences back) */
    {"On Friday, Omar Reyes told the council that the port would close.\n\n"
     "Walter Brink was less cautious when interviewed on Thursday by The Harbor Times.\n\n"
     "\u201cWhy would I say no to the port? I like a fight,\u201d he told the newspaper.",
     {"\u201cWhy would I say no", "Walter Brink", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* the subject of an opening clause ("Though Hale was late,"), whose
     * conjunction is tagged as a preposition, is the subject still (it
     * had been Quist, who spoke last and has no known gender) */
    {"Ruth Hale met the board of Quist Holdings in Dayton on Monday.\n\n"
     "Quist said that the vote was late.\n\n"
     "Though Hale was late, she said that the port would stay open.",
     {"that the port", "Ruth Hale", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* two people named in the sentence before, and a speaker further
     * back: the one who opens that sentence as its subject, past a place
     * line in capitals (which had been taken for none, and the "he" for
     * the speaker further back) */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Pavel Hruby has hired more workers than Governor Ivan Kral. He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a "he" that opens the sentence before, and is no source, stands for
     * the same man: followed back */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Pavel Hruby has tapered his campaign. But he has not held rallies. He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "BERGEN HARBOR \xE2\x80\x94 Pavel Hruby met Governor Ivan Kral. He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* and past a short opening phrase that names no one */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Later on Sunday, Pavel Hruby met Governor Ivan Kral. He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "In his speech, Pavel Hruby praised Governor Ivan Kral. He said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a family after "the", tagged NNP, is no woman (the "she" had been
     * the Graysons, the last to speak) */
    {"Dena Minning Grayson met the donors.\n\nThe Graysons said that the trip was private. Later she said that "
     "the trip was paid for.",
     {"that the trip was paid", "Dena Minning Grayson", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a city is no man (it had been Harbor City, named last) */
    {"Ed Kursey noted that the hall had hosted the convention of 1964. (The press helped Harbor City "
     "make the case for casinos.)\n\n\u201cAll roads lead through here,\u201d he said.",
     {"\u201cAll roads", "Ed Kursey", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a "he" that opens its own sentence is the later "he" of it too,
     * past a man named as an object (it had been Ivan Kral) ... */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Pavel Hruby spoke at the fair. He avoided criticism of Governor Ivan Kral until Monday, "
     "when he said that the town would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* ... but not past a man named as the subject of a verb between them */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Pavel Hruby spoke at the fair. He made the case that Ivan Kral should get the old reports, "
     "which he said were useless.",
     {"which", "Ivan Kral", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a sentence that names several men: the one who opens it as its
     * subject (it had been the nearest, Jan Novak) */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Pavel Hruby won the backing of two mayors, Ivan Kral and Jan Novak, as he argued that the town "
     "would survive.",
     {"that the town", "Pavel Hruby", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* but not a name that owns the noun that opens it */
    {"Anton Varga said that the mill would close.\n\nCrowds gathered.\n\n"
     "Jan Novak spoke at the fair. Ivan Kral's nomination has become a football in the race as "
     "Democrats blast Novak almost daily for his decision to block a vote on Kral.",
     {"to block a vote", "Jan Novak", QUOTH_RESOLVED_PRONOUN, NULL, M}},
};

/* A surname of two words ("Wasserman Schultz") is the person whose
 * longer name it ends; another full name with the same last word is not. */
static const one_statement TWO_WORD_SURNAMES[] = {
    /* of two surnames, Spanish use keeps the first ("Ms. Acosta" of Melba
     * Acosta Febo); she had been "Ortega" */
    {"\u201cGuarantees are good,\u201d said Marisol Ortega Febres, the president of the bank.\n\n"
     "\u201cWe need new rules,\u201d said Ms. Ortega.",
     {"\u201cWe need", "Marisol Ortega Febres", QUOTH_RESOLVED_SURNAME, "president of the bank", F}},
    /* not a given name: "Mr. Todd" is no Christine Todd Whitman */
    {"Christine Todd Whitman said that the river was clean.\n\nMr. Todd said that it was not.",
     {"that it was not", "Todd", QUOTH_RESOLVED_NAME, NULL, M}},
    {"Rep. Debbie Vasquez Orlov said that the bill was dead.\n\n\"We will try again,\" Vasquez Orlov said.",
     {"\"We will try", "Debbie Vasquez Orlov", QUOTH_RESOLVED_SURNAME, "Rep.", F}},
    {"Rep. Debbie Vasquez Orlov said that the bill was dead.\n\nPeter Orlov said that it would pass.",
     {"that it would", "Peter Orlov", QUOTH_RESOLVED_NAME, NULL, M}},
    {"Rep. Debbie McDonald Orlov said that the bill was dead.\n\n\"We will try again,\" Donald Orlov said.",
     {"\"We will try", "Donald Orlov", QUOTH_RESOLVED_NAME, NULL, M}},
};

/* A particle in small letters between a given name and a surname is part
 * of the name ("Luis de Arcos", "Ingrid von der Brake"), and with the
 * surname it is the surname: "De Arcos" opening a headline or a sentence,
 * "de Arcos", "Mr. de Arcos" are that person, the headline's too, though
 * it comes before the full name. Not across a sentence, nor before a word
 * in small letters, nor a place ("Tour de France"). */
static const one_statement PARTICLE_SURNAMES[] = {
    {"De Arcos Vows New Piers\n\nMayor Luis de Arcos said that the piers would be rebuilt.",
     {"that the piers", "Luis de Arcos", QUOTH_RESOLVED_NAME, "Mayor", M}},
    {"De Arcos Vows New Piers\n\nMayor Luis de Arcos spoke on Monday.\n\n"
     "De Arcos said that the work would start soon.",
     {"that the work", "Luis de Arcos", QUOTH_RESOLVED_SURNAME, "Mayor", M}},
    {"Mayor Luis de Arcos spoke on Monday.\n\nThe council met, and de Arcos said that the work would start soon.",
     {"that the work", "Luis de Arcos", QUOTH_RESOLVED_SURNAME, "Mayor", M}},
    {"Mayor Luis de Arcos spoke on Monday.\n\nMr. de Arcos said that the work would start soon.",
     {"that the work", "Luis de Arcos", QUOTH_RESOLVED_SURNAME, "Mayor", M}},
    {"Commissioner Ingrid von der Brake spoke on Monday.\n\nVon der Brake said that the quota would fall.",
     {"that the quota", "Ingrid von der Brake", QUOTH_RESOLVED_SURNAME, "Commissioner", F}},
    {"Nora Vidal de la Fuente spoke on Monday.\n\nThe mayor, Nora Vidal de la Fuente, said that taxes would rise.",
     {"that taxes", "Nora Vidal de la Fuente", QUOTH_RESOLVED_NAME, "mayor", F}},
    /* not across a sentence */
    {"The contract went to Marco Ruiz. De Souza said that the bid was low.",
     {"that the bid", "De Souza", QUOTH_RESOLVED_NAME, NULL, U}},
    /* not before a place */
    {"Kurt Lenz won the Tour de France.\n\nLenz said that the race was hard.",
     {"that the race", "Kurt Lenz", QUOTH_RESOLVED_SURNAME, NULL, M}},
};

/* A suffix ("Jr.", "III") ends a full name but is no surname: "Admiral
 * Lindqvist", "Mr. Lindqvist" and "Lindqvist Jr." are Peter K. Lindqvist
 * Jr.; the father of the same name without it is someone else. */
static const one_statement SUFFIXED_NAMES[] = {
    {"Adm. Peter K. Lindqvist Jr. spoke on Monday.\n\nAdmiral Lindqvist said that the fleet would stay.",
     {"that the fleet", "Peter K. Lindqvist Jr.", QUOTH_RESOLVED_SURNAME, "Adm.", M}},
    {"Adm. Peter K. Lindqvist Jr. spoke on Monday.\n\nMr. Lindqvist said that the fleet would stay.",
     {"that the fleet", "Peter K. Lindqvist Jr.", QUOTH_RESOLVED_SURNAME, "Adm.", M}},
    {"Adm. Peter K. Lindqvist Jr. spoke on Monday.\n\nLindqvist Jr. said that the fleet would stay.",
     {"that the fleet", "Peter K. Lindqvist Jr.", QUOTH_RESOLVED_SURNAME, "Adm.", M}},
    {"Walter Brink III spoke on Monday.\n\nWalter Brink said that the mill would close.",
     {"that the mill", "Walter Brink", QUOTH_RESOLVED_NAME, NULL, M}},
};

/* "The Vermont senator": the person whose mention names the state, in an
 * affiliation ("(I-Vt.)", "D-Calif.", "(R-N.H.)"), with "of" or before
 * the title; else the latest holder of the title whose mentions name no
 * state; else no one, and never the state itself. */
static const one_statement STATE_DESCRIPTIONS[] = {
    {"Sen. Bernie Sanders (I-Vt.) spoke first. Sen. Marco Rubio (R-Fla.) followed him.\n\n"
     "The Vermont senator said that the system was rigged.",
     {"that the system", "Bernie Sanders", QUOTH_RESOLVED_TITLE, "Sen.", M}},
    {"Sen. Bernie Sanders (I-Vt.) spoke first. Sen. Marco Rubio (R-Fla.) followed him.\n\n"
     "The Vermont senator's claim that the system was rigged drew scorn.",
     {"that the system", "Bernie Sanders", QUOTH_RESOLVED_TITLE, "Sen.", M}}, /* a possessive source */
    {"Sen. Ted Cruz of Texas met Sen. Ann Ruiz.\n\nThe Texas senator said that the vote was close.",
     {"that the vote", "Ted Cruz", QUOTH_RESOLVED_TITLE, "Sen.", M}},
    {"Ohio Gov. John Kasich met Gov. Ann Ruiz.\n\nThe Ohio governor said that the vote was close.",
     {"that the vote", "John Kasich", QUOTH_RESOLVED_TITLE, "Ohio Gov.", M}},
    {"Sen. Jo Bell (R-N.H.) met Sen. Ann Ruiz on Monday.\n\nThe New Hampshire senator said that turnout was high.",
     {"that turnout", "Jo Bell", QUOTH_RESOLVED_TITLE, "Sen.", U}},
    {"Sen. Ann Ruiz, D-Calif., met Sen. Jo Bell on Monday.\n\nThe California senator said that turnout was high.",
     {"that turnout", "Ann Ruiz", QUOTH_RESOLVED_TITLE, "Sen.", F}},
    {"Sen. Marco Rubio met Sen. Bernie Sanders (I-Vt.).\n\nThe Florida senator said that the economy was strong.",
     {"that the economy", "Marco Rubio", QUOTH_RESOLVED_TITLE, "Sen.", M}},
    {"Gov. Ann Ruiz (D-Ore.) spoke.\n\nThe Ohio governor said that the vote was close.",
     {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Rep. Paul Dane (R-Wis.) met Rep. Ann Ruiz (D-Ore.).\n\nThe Wisconsin Republican said that the bill was dead.",
     {"that the bill", "Paul Dane", QUOTH_RESOLVED_TITLE, "Rep.", M}},
};

/* A source that names no one but a title with a body in it ("The Treasury
 * secretary") is the title's holder named before; with no holder, the
 * body speaks for its official; a person the source names wins. */
static const one_statement TITLED_BODIES[] = {
    {"Jacob Lund, the Treasury secretary, met bankers.\n\nThe Treasury secretary said that rates would rise.",
     {"that rates", "Jacob Lund", QUOTH_RESOLVED_TITLE, "Treasury secretary", M}},
    {"Libby Schaaf, the mayor of Oakland, spoke.\n\nThe mayor of Oakland said that rates would rise.",
     {"that rates", "Libby Schaaf", QUOTH_RESOLVED_TITLE, "mayor of Oakland", U}},
    {"Jacob Lund met bankers.\n\nA Treasury spokesman said that rates would rise.",
     {"that rates", "Treasury", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Jacob Lund, the Treasury official, met bankers.\n\nThe Treasury officials said that rates would rise.",
     {"that rates", "Treasury", QUOTH_RESOLVED_NAME, NULL, U}},
    {"Gary Emden, the party chairman, spoke.\n\nThe new party chairman, Kelly Armstrong, said that rates would rise.",
     {"that rates", "Kelly Armstrong", QUOTH_RESOLVED_NAME, "new party chairman", F}},
};

/* A former governor is no governor: "the governor" is no one the text
 * gave a former title, but the person the text is about at that point
 * when the text gave them no role, for the offices of public figures
 * (not "the judge": SALIENT); and no one when the title went to someone
 * unnamed just before ("a governor from the north"). The one in office
 * rather than the former one, and the other way, stays resolve_title()'s
 * (TITLES). */
static const one_statement TITLES_IN_OFFICE[] = {
    {"Former Gov. Rita Vance toured the port.\n\nWalter Castell said that the roads were open.\n\n"
     "The governor said that the bridges were safe.",
     {"that the bridges", "Walter Castell", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Former Gov. Rita Vance toured the port.\n\nWalter Castell took questions.\n\n"
     "The former president said that the bridges were safe.",
     {"that the bridges", "Walter Castell", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Walter Castell took questions.\n\nA governor from the north toured the port on Monday.\n\n"
     "The governor said that the bridges were safe.",
     {"that the bridges", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a holder with a role of other words is no one's to guess */
    {"Walter Castell, the port's lawyer, took questions.\n\nThe governor said that the bridges were safe.",
     {"that the bridges", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a chamber's leaders and speaker, the chamber named or in capitals:
     * the holder the text is about, not the chamber */
    {"Harold Quist (D-Ore.) blasted the plan on Tuesday.\n\n"
     "The Senate minority leader said that the plan would fail.",
     {"that the plan would fail", "Harold Quist", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Harold Quist would not say more.\n\nThe majority whip said that the vote was close.",
     {"that the vote", "Harold Quist", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Edwin Marlow spoke in Ohio on Friday.\n\nThe former House Speaker said that the race was open.",
     {"that the race", "Edwin Marlow", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a leader of no chamber is no public office */
    {"Harold Quist took questions.\n\nThe team leader said that the bridges were safe.",
     {"that the bridges", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

/* A title is a whole word of a role: a presidential nominee is no
 * president ("The president" had been Ada Lind). */
static const char TITLE_AS_WHOLE_WORD[] =
    "Harbor Notes\n\n"
    "Republican presidential nominee Ada Lind spoke in Ohio.\n\n"
    "The president said that the talks would go on.";

static const expected TITLE_AS_WHOLE_WORD_EXPECTED[] = {
    {"that the talks", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* An honorific without its period between a title and a name, as Kenyan
 * and British papers write it: the name is a person's, and the title with
 * the surname later is hers ("Ms" had been read as a verb, and "Governor
 * Ms Mercy Njeri Kiprono" was a body). */
static const char HONORIFIC_AFTER_TITLE[] =
    "Clinic to open\n\n"
    "Governor Ms Mercy Njeri Kiprono said on Monday that the county would open a clinic.\n\n"
    "\"The clinic will serve the whole valley,\" Governor Kiprono said.";

static const expected HONORIFIC_AFTER_TITLE_EXPECTED[] = {
    {"that the county", "Mercy Njeri Kiprono", QUOTH_RESOLVED_NAME, "Governor", F},
    {"\"The clinic", "Mercy Njeri Kiprono", QUOTH_RESOLVED_SURNAME, "Governor", F},
};

/* Ranks and offices of South Asian and African papers: the title alone
 * later is its holder (each had been no one, or a body "DCP"); "Hon." is
 * an honorific, and an MP a lawmaker ("Adebisi" had been left out of the
 * name, and "the legislator" no one). */
static const one_statement COMMONWEALTH_OFFICES[] = {
    /* a name of three, family name first, after an office of "of" (it had
     * been "Hui Min", a body, and "Ms Lim" someone else) */
    {"Senior Minister of State Lim Hui Min said the rules were tightened.\n\n\"We must act,\" Ms Lim said.",
     {"\"We must act", "Lim Hui Min", QUOTH_RESOLVED_SURNAME, "Senior Minister of State", F}},
    {"Deputy Commissioner of Police (Zone II) Kavitha Rajendran said the gang was caught.\n\n"
     "\"They used to target elderly women,\" the DCP said.",
     {"\"They used", "Kavitha Rajendran", QUOTH_RESOLVED_TITLE, "Deputy Commissioner of Police", U}},
    {"Station House Officer Ravi Naik said the car was stolen. The SHO added that two men were seen.",
     {"that two men", "Ravi Naik", QUOTH_RESOLVED_TITLE, "Station House Officer", M}},
    {"MP Hon. Peter Ouma Wafula said the fund was misused.\n\n\"They stole it,\" the legislator said.",
     {"\"They stole", "Peter Ouma Wafula", QUOTH_RESOLVED_TITLE, "MP", M}},
    {"The Commissioner for Works, Hon. Adebisi Kunle Oyewole, disclosed this on Monday.",
     {"this on Monday", "Adebisi Kunle Oyewole", QUOTH_RESOLVED_NAME, "Commissioner for Works", M}},
    {"DCP Vikram Rathore said that six men had been held.\n\n\"We will file charges,\" the DCP said.",
     {"\"We will file", "Vikram Rathore", QUOTH_RESOLVED_TITLE, "DCP", M}},
    {"The registrar of deeds, Mr Otieno Barasa, said that the records were safe.\n\n"
     "\"The titles are ready,\" the registrar said.",
     {"\"The titles", "Otieno Barasa", QUOTH_RESOLVED_TITLE, "registrar of deeds", M}},
};

static void test_titles_in_office(void) {
    check_one_statements(TITLES_IN_OFFICE, sizeof TITLES_IN_OFFICE / sizeof *TITLES_IN_OFFICE);
    check_one_statements(COMMONWEALTH_OFFICES, sizeof COMMONWEALTH_OFFICES / sizeof *COMMONWEALTH_OFFICES);
    CHECK_ARTICLE(TITLE_AS_WHOLE_WORD, TITLE_AS_WHOLE_WORD_EXPECTED);
    CHECK_ARTICLE(HONORIFIC_AFTER_TITLE, HONORIFIC_AFTER_TITLE_EXPECTED);
}

/* A source led by a pronoun is the pronoun's person when it is one of two
 * who speak together ("She and her husband") or what a person says
 * through ("His speech"); "NAME's TITLE" is the holder whose role names
 * NAME ("Trump's campaign manager"), not another's spokeswoman. */
static const one_statement PRONOUN_LED[] = {
    {"Hillary Voss arrived.\n\nShe and her husband said that the party was united.",
     {"that the party", "Hillary Voss", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Donald Brink spoke in Iowa.\n\nHis speech said that the wall would rise.",
     {"that the wall", "Donald Brink", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Donald Brink spoke in Iowa.\n\nHis aides said that the wall would rise.",
     {"that the wall", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Varga campaign manager Corey Lund spoke.\n\nVarga's campaign manager said that the rally was big.",
     {"that the rally", "Corey Lund", QUOTH_RESOLVED_TITLE, "Varga campaign manager", M}},
    /* another's spokeswoman is not Sloan: she speaks for Grayson, as "A
     * spokeswoman for Grayson" does (the nineteenth audit's) */
    {"Murphy spokeswoman Galia Sloan spoke.\n\nGrayson's spokeswoman said that the rally was big.",
     {"that the rally", "Grayson", QUOTH_RESOLVED_NAME, NULL, U}},
};

/* A "she" that opens the next sentence, though no source, gives the one
 * person named before it her gender; with two named, no one gets it. */
static const one_statement GENDER_FROM_PRONOUNS[] = {
    {"Press secretary Dana Whitfield said that the bill would pass. She did not take questions.",
     {"that the bill", "Dana Whitfield", QUOTH_RESOLVED_NAME, "Press secretary", F}},
    {"Press secretary Dana Whitfield said that the bill would pass with Pat Kemp. She did not take questions.",
     {"that the bill", "Dana Whitfield", QUOTH_RESOLVED_NAME, "Press secretary", U}},
};

/* A group that lists people as examples speaks as a group; one example is
 * the one who speaks. */
static const one_statement GROUPS_WITH_EXAMPLES[] = {
    {"Other candidates, including Ann Ruiz and Tom Dale, said that the vote was fair.",
     {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Mayors like Ann Ruiz and Tom Dale said that the vote was fair.",
     {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Other candidates, including Ann Ruiz, said that the vote was fair.",
     {"that the vote", "Ann Ruiz", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a person compared with others is no group */
    {"Ann Ruiz, like Tom Dale and Bo Chan, said that the vote was fair.",
     {"that the vote", "Ann Ruiz", QUOTH_RESOLVED_NAME, NULL, F}},
};

static void test_groups_with_examples(void) {
    check_one_statements(GROUPS_WITH_EXAMPLES, sizeof GROUPS_WITH_EXAMPLES / sizeof *GROUPS_WITH_EXAMPLES);
}

static void test_gender_from_pronouns(void) {
    check_one_statements(GENDER_FROM_PRONOUNS, sizeof GENDER_FROM_PRONOUNS / sizeof *GENDER_FROM_PRONOUNS);
}

static void test_pronoun_led_sources(void) {
    check_one_statements(PRONOUN_LED, sizeof PRONOUN_LED / sizeof *PRONOUN_LED);
}

static void test_titled_bodies(void) {
    check_one_statements(TITLED_BODIES, sizeof TITLED_BODIES / sizeof *TITLED_BODIES);
}

static void test_state_descriptions(void) {
    check_one_statements(STATE_DESCRIPTIONS, sizeof STATE_DESCRIPTIONS / sizeof *STATE_DESCRIPTIONS);
}

static void test_two_word_surnames(void) {
    check_one_statements(TWO_WORD_SURNAMES, sizeof TWO_WORD_SURNAMES / sizeof *TWO_WORD_SURNAMES);
    check_one_statements(PARTICLE_SURNAMES, sizeof PARTICLE_SURNAMES / sizeof *PARTICLE_SURNAMES);
    check_one_statements(SUFFIXED_NAMES, sizeof SUFFIXED_NAMES / sizeof *SUFFIXED_NAMES);
}

/* A speaker of the sentence before goes on speaking, whoever else is
 * named, unless as its subject. */
static const char GOES_ON_SPEAKING[] =
    "Lidia Marsh runs the clinic.\n\n"
    "\"We need nurses,\" she said.\n\n"
    "Asked about Anna Berg, she said that the budget was too small.";

/* "they" stands for a body of people, never a place (places are
 * singular); "it" may still stand for a country that acts. */
static const one_statement THEY_NOT_PLACES[] = {
    {"Maria Lund and Tom Berg campaigned in Iowa on Monday.\n\nThey said that the race was close.",
     {"that the race", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The Farmers Union met in Palo Alto, Calif.\n\nThey said that the harvest was late.",
     {"that the harvest", "Farmers Union", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    {"Israel closed the border on Monday.\n\nIt said that the crossing would stay shut.",
     {"that the crossing", "Israel", QUOTH_RESOLVED_PRONOUN, NULL, U}},
};

/* A name that no list holds gets its gender from the first "he", "his",
 * "she" or "her" of a sentence it opens, when no one else is named or
 * described before that pronoun (a place or a body may be); the audits'
 * players and travellers had none. */
static const one_statement OWN_PRONOUNS[] = {
    {"Rin Takahashi reached the final on Sunday when her opponent retired.\n\nTakahashi said that the win was lucky.",
     {"that the win was lucky", "Rin Takahashi", QUOTH_RESOLVED_SURNAME, NULL, F}},
    {"Iwo Dambara flew home from Riga for his brother's wedding.\n\nDambara said that the flight was late.",
     {"that the flight", "Iwo Dambara", QUOTH_RESOLVED_SURNAME, NULL, M}},
    {"Parvell Ostrik met the minister and his aide on Monday.\n\nOstrik said that the talks were useful.",
     {"that the talks", "Parvell Ostrik", QUOTH_RESOLVED_SURNAME, NULL, U}},
    {"Parvell Ostrik met Tom Berg at his office.\n\nOstrik said that the talks were useful.",
     {"that the talks", "Parvell Ostrik", QUOTH_RESOLVED_SURNAME, NULL, U}},
    {"Parvell Ostrik arrived with a banner, \"She lied\", on Monday.\n\nOstrik said that the talks were over.",
     {"that the talks", "Parvell Ostrik", QUOTH_RESOLVED_SURNAME, NULL, U}},
};

/* "Mrs Dube" of two women of one surname: the one named most often before
 * it, and of two named as often the latest (the fifth audit's mother, not
 * the daughter who died); the subject of the article, named most, stays
 * "Mr. Vance" after his father is quoted once; and "Mr." is never a
 * namesake whose gender is unknown. */
static const one_statement NAMESAKES[] = {
    {"Lindiwe Dube, 19, died in the crash in March.\n\nHer mother, Nomsa Dube, said the family had waited two "
     "years.\n\nMrs Dube said that she would keep fighting.",
     {"that she would keep", "Nomsa Dube", QUOTH_RESOLVED_SURNAME, "Her mother", F}},
    {"Brigid Nolan, 71, was found dead at her home.\n\nHer daughter, Aoife Nolan, told the court she had warned "
     "police.\n\nMs Nolan said that nobody had listened.",
     {"that nobody had listened", "Aoife Nolan", QUOTH_RESOLVED_SURNAME, "Her daughter", F}},
    {"Senator Ted Vance spoke in Ames on Monday. Mr. Vance thanked the crowd. Mr. Vance then left for Des Moines."
     "\n\nHis father, Rafael Vance, said the family was proud.\n\nMr. Vance said that the race was close.",
     {"that the race was close", "Ted Vance", QUOTH_RESOLVED_SURNAME, "Senator", M}},
    {"Samir Haddad and Zarvetta Haddad spoke to reporters. Zarvetta Haddad said the visa had been refused. "
     "Zarvetta Haddad said the family would wait.\n\nMr. Haddad said that the appeal would be filed.",
     {"that the appeal", "Samir Haddad", QUOTH_RESOLVED_SURNAME, NULL, M}},
};

/* The sixth audit's world English news: honorifics that are no part of
 * the name and tell its gender ("Shri", "Smt", "Alhaji"), police ranks
 * before a name ("DSP", "SSP" and its district), and given names that are
 * also places ("Carolina Rojas" had been an organization), but not in a
 * place's name ("a South Carolina Democrat" is no one named). */
static const one_statement WORLD_ENGLISH_NAMES[] = {
    {"Additional Chief Secretary Shri Alok Kumar Tripathi told PTI that the examination had been cancelled.",
     {"that the examination", "Alok Kumar Tripathi", QUOTH_RESOLVED_NAME, "Additional Chief Secretary", M}},
    {"The board's chairperson, Smt Renuka Sharma, said that no fee would be charged.",
     {"that no fee", "Renuka Sharma", QUOTH_RESOLVED_NAME, "board's chairperson", F}},
    {"The state chairman, Alhaji Muhammadu Bello, said that herders had lost cattle.",
     {"that herders", "Muhammadu Bello", QUOTH_RESOLVED_NAME, "state chairman", M}},
    {"The command's spokesman, DSP Gyang Dalyop, confirmed the arrests on Sunday. He said that three suspects "
     "were held.",
     {"that three suspects", "Gyang Dalyop", QUOTH_RESOLVED_PRONOUN, "DSP", M}},
    {"SSP South Faisal Abbas Memon told reporters that the weapon had been recovered.",
     {"that the weapon", "Faisal Abbas Memon", QUOTH_RESOLVED_NAME, "SSP South", M}},
    {"Carolina Rojas said that the family had been given little information.",
     {"that the family", "Carolina Rojas", QUOTH_RESOLVED_NAME, NULL, F}},
    {"A South Carolina Democrat said that the primary was close.",
     {"that the primary", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Palace Press Officer Undersecretary Lorna Castillo said that the President had ordered an inquiry.",
     {"that the President", "Lorna Castillo", QUOTH_RESOLVED_NAME, "Palace Press Officer Undersecretary", F}},
    {"Its vice chairman, Advocate Rukhsana Parveen, said that lawyers would boycott the courts.",
     {"that lawyers", "Rukhsana Parveen", QUOTH_RESOLVED_NAME, "Its vice chairman", U}},
    /* "the producer" is a person as often as a company: not the series */
    {"Daniel Voss is a producer. The series \"Salt Road\" is popular. The producer said that the show would "
     "return.",
     {"that the show", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Justice Mary Wanjiku Njoroge on Monday suspended the levy. The judge said that the petition raised serious "
     "questions.",
     {"that the petition", "Mary Wanjiku Njoroge", QUOTH_RESOLVED_TITLE, "Justice", F}},
};

/* The sixth audit's long names of bodies, each of which had been cut to
 * its last words ("Change", "Civil Protection", "Timur Lines", "Armed
 * Forces", "Highland Liberation"). */
static const one_statement LONG_BODY_NAMES[] = {
    {"The Movement for Democratic Change said that the vote was rigged.",
     {"that the vote", "Movement for Democratic Change", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The National Authority for Emergency and Civil Protection said that the fire had spread.",
     {"that the fire", "National Authority for Emergency and Civil Protection", QUOTH_RESOLVED_ORGANIZATION, NULL,
      U}},
    {"PT Samudra Timur Lines said that the vessel had passed its inspection.",
     {"that the vessel", "PT Samudra Timur Lines", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Department of the Interior and Local Government said that officials must report threats.",
     {"that officials", "Department of the Interior and Local Government", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Highland Liberation Front said that the claims were false.",
     {"that the claims", "Highland Liberation Front", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* The sixth audit's regional news: "the pensioner" and "the dad-of-two"
 * describe the person named before, "Cllr" is an honorific, and
 * "Campaigner" before a name is what the person is, not the name. */
static const one_statement REGIONAL_PEOPLE[] = {
    {"Bernard Cole, 82, said the lights were first switched on in 1974. The pensioner said that it would be a "
     "shame to lose them.",
     {"that it would be a shame", "Bernard Cole", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Devendra Patel, 44, said 150 villagers had pledged money. The dad-of-two said that the shop was lost.",
     {"that the shop", "Devendra Patel", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Council leader Cllr Brian Ashworth said the toilets came first. Cllr Ashworth said that traders had been "
     "invited.",
     {"that traders", "Brian Ashworth", QUOTH_RESOLVED_SURNAME, "Council leader", M}},
    {"Campaigner Devendra Patel said that 150 villagers had pledged money.",
     {"that 150 villagers", "Devendra Patel", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a description with an age set off after it */
    {"Soap star Kerry Mulligan has split from her fiance. The star, 34, told fans that the couple had decided to "
     "part.",
     {"that the couple", "Kerry Mulligan", QUOTH_RESOLVED_TITLE, "star", U}},
};

/* The sixth audit's names of bodies: heads that say a company or a venue
 * ("Brewery", "Records", "Dome"), "Town Council", and a name set off after a
 * body's noun that opens its sentence (each had been a person; "Ferrous
 * Records" had been "Records", "Orbit+" no one); but a name after an
 * opening phrase that ends in such a noun is a person's, and "the band"
 * is no museum. */
static const one_statement BODY_NAMES[] = {
    {"Greenfield Brewery said that the pub was no longer viable.",
     {"that the pub", "Greenfield Brewery", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Holmbrook Town Council said that the money was needed for repairs.",
     {"that the money", "Holmbrook Town Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The promoter, Skyline Live, said that 140,000 tickets had been sold.",
     {"that 140,000", "Skyline Live", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The band's label, Ferrous Records, said that all tickets would be refunded.",
     {"that all tickets", "Ferrous Records", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"As an associate at a law firm, Lorna Vance said that she had learned to listen.",
     {"that she had learned", "Lorna Vance", QUOTH_RESOLVED_NAME, NULL, F}},
    {"The Lantern Museum of Art said it had bought the painting. The band said that it hoped to return.",
     {"that it hoped", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Orbit+ said that the show would return.",
     {"that the show", "Orbit+", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* The sixth audit's bodies of culture news: "the museum" by the end of a
 * body's name, "the band" and "a spokesman for the company" by the one
 * that spoke in the sentence before when two are named (each had been no
 * one), but never a newspaper that reported: "the network" is the other
 * body its paragraph names. */
static const char CULTURE_BODIES[] =
    "The Lantern Museum of Art said it had bought the painting. The museum said that the work would go on display "
    "in May. Northern Static said the tour was cancelled. The band said that it hoped to return.\n\n"
    "Halvard Pictures said the film had sold out. Skyline Live said tickets had been sold. A spokesman for the "
    "company said that refunds would follow.\n\n"
    "Orbital TV hired Ana Reyes in May. The Harbour Times reported that she had quit. The network said that she "
    "would stay.";

static const expected CULTURE_BODIES_EXPECTED[] = {
    {"that the work", "Lantern Museum of Art", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that it hoped", "Northern Static", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that refunds", "Skyline Live", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that she would stay", "Orbital TV", QUOTH_RESOLVED_TITLE, NULL, U},
};

static void test_pronouns_stand_for_people(void) {
    check_one_statements(PEOPLE_ONLY, sizeof PEOPLE_ONLY / sizeof *PEOPLE_ONLY);
    check_one_statements(THEY_NOT_PLACES, sizeof THEY_NOT_PLACES / sizeof *THEY_NOT_PLACES);
    check_one_statements(OWN_PRONOUNS, sizeof OWN_PRONOUNS / sizeof *OWN_PRONOUNS);
    check_one_statements(NAMESAKES, sizeof NAMESAKES / sizeof *NAMESAKES);
    check_one_statements(WORLD_ENGLISH_NAMES, sizeof WORLD_ENGLISH_NAMES / sizeof *WORLD_ENGLISH_NAMES);
    CHECK_ARTICLE(CULTURE_BODIES, CULTURE_BODIES_EXPECTED);
    check_one_statements(BODY_NAMES, sizeof BODY_NAMES / sizeof *BODY_NAMES);
    check_one_statements(REGIONAL_PEOPLE, sizeof REGIONAL_PEOPLE / sizeof *REGIONAL_PEOPLE);
    check_one_statements(LONG_BODY_NAMES, sizeof LONG_BODY_NAMES / sizeof *LONG_BODY_NAMES);
}

static void test_pronouns_by_recency(void) {
    check_one_statements(BY_RECENCY, sizeof BY_RECENCY / sizeof *BY_RECENCY);
    static const expected marsh[] = {{"\"We need", "Lidia Marsh", QUOTH_RESOLVED_PRONOUN, NULL, F},
                                     {"that the budget", "Lidia Marsh", QUOTH_RESOLVED_PRONOUN, NULL, F}};
    check_article(GOES_ON_SPEAKING, sizeof GOES_ON_SPEAKING - 1, marsh, 2);
}

/* "The senator" is the senator named latest, in any case and however
 * abbreviated; "a senator" is someone else, and a president is no vice
 * president. A role takes the names before its title ("Ohio Gov."). "The
 * union" is the union named latest. */
static const char TITLES[] =
    "Senator Maria Quist said that the bridge would be rebuilt.\n\n"
    "Ohio Gov. Chris Brandt said that taxes would rise.\n\n"
    "The senator said that the work would start in May.\n\n"
    "The governor said that the deficit was large.\n\n"
    "A senator said that the vote would wait.\n\n"
    "Vice President Ana Ruiz praised the plan.\n\n"
    "The president said that the tariffs would stay.\n\n"
    "The Dock Workers Union met the Harbor Authority and the Harbor Post.\n\n"
    "The union said that the strike would go on.\n\n"
    "The post said that the port was closed.\n\n"
    "Former Secretary of State Ada Lind toured the docks.\n\n"
    "The former secretary said that the treaty was weak.\n\n"
    "Former President Ann Lee met President Tom Berg on Monday.\n\n"
    "The former president said that the pact would hold.\n\n"
    "The president said that the border would reopen.";

static const expected TITLES_EXPECTED[] = {
    {"that the work", "Maria Quist", QUOTH_RESOLVED_TITLE, "Senator", F},
    {"that the deficit", "Chris Brandt", QUOTH_RESOLVED_TITLE, "Ohio Gov.", M},
    {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the tariffs", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the strike", "Dock Workers Union", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the port", NULL, QUOTH_RESOLVED_NONE, NULL, U}, /* a post, not "The Post" */
    {"that the treaty", "Ada Lind", QUOTH_RESOLVED_TITLE, "Former Secretary of State", U},
    /* the former one rather than the one in office, and the other way */
    {"that the pact", "Ann Lee", QUOTH_RESOLVED_TITLE, "Former President", F},
    {"that the border", "Tom Berg", QUOTH_RESOLVED_TITLE, "President", M},
};

/* A description without a title word is the person an apposition or the
 * nouns before their name described so, every word of it; a clause after
 * a name is no apposition. */
static const char DESCRIPTIONS[] =
    "Ben Carson, a retired neurosurgeon, toured the clinic.\n\n"
    "The retired neurosurgeon said that the wards were clean.\n\n"
    "The former neurosurgeon said that the beds were full.\n\n"
    "The actress Nora Quist read a poem.\n\n"
    "The actress said that the theater would reopen.\n\n"
    "Led by Ana Ruiz, the crowd marched to the port.\n\n"
    "The crowd said that the port must stay open.";

static const expected DESCRIPTIONS_EXPECTED[] = {
    {"that the wards", "Ben Carson", QUOTH_RESOLVED_TITLE, "retired neurosurgeon", M},
    {"that the beds", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the theater", "Nora Quist", QUOTH_RESOLVED_TITLE, "actress", F},
    {"that the port must", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* ... but not a page's time stamp glued to a word before them. */
static const char STAMPED[] = "Updated 10:14PMNews Ohio Gov. Rita Vance said that the roads were open.";

static void test_titles(void) {
    CHECK_ARTICLE(TITLES, TITLES_EXPECTED);
    static const expected vance = {"that the roads", "Rita Vance", QUOTH_RESOLVED_NAME, "Ohio Gov.", F};
    check_article(STAMPED, sizeof STAMPED - 1, &vance, 1);
    CHECK_ARTICLE(DESCRIPTIONS, DESCRIPTIONS_EXPECTED);
}

/* A source that names no one still says a gender by its head noun or
 * pronoun, and not by a possessor's; a "we" outside quotation marks is
 * nobody named, nor a "they" whose sentence and the one before name no
 * body it could be, nor an "it" then that no body spoke before. */
static const char UNNAMED[] = "A mother of three said that the school was unsafe.\n\n"
                              "The man's lawyer said that the charges were false.\n\n"
                              "His wife said that he was innocent.\n\n"
                              "\"We are tired,\" she said.\n\n"
                              "The Harbor Council said that the port was safe.\n\n"
                              "Yes, we know that the port is old.\n\n"
                              "Fishermen gathered at the dock on Tuesday. The boats stayed in.\n\n"
                              "They said that the water was too rough.\n\n"
                              "The Harbor Council met on Friday, and they said that the fees would rise.";

static const expected UNNAMED_EXPECTED[] = {
    {"that the school", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"that the charges", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that he was", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"\"We are tired", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"that the port is old", NULL, QUOTH_RESOLVED_NONE, NULL, U}, /* the writers, not the council */
    {"that the water", NULL, QUOTH_RESOLVED_NONE, NULL, U},         /* the fishermen */
    {"that the fees", "Harbor Council", QUOTH_RESOLVED_PRONOUN, NULL, U},
};

/* named, but not near, and it never spoke */
static const char DISTANT_IT[] = "Storms hit the docks of the Harbor Council on Monday. Fishermen gathered at the pier.\n\n"
                                 "It said that the season was over.";

static void test_unnamed_sources(void) {
    CHECK_ARTICLE(UNNAMED, UNNAMED_EXPECTED);
    static const expected nobody = {"that the season", NULL, QUOTH_RESOLVED_NONE, NULL, U};
    check_article(DISTANT_IT, sizeof DISTANT_IT - 1, &nobody, 1);
}

/* Organizations whose names end alike are not one ("Democratic Party",
 * "Republican Party"), but one written in capitals and in small letters
 * is; a newspaper's or a firm's last word makes an organization, a given
 * name a person. */
static const char PARTIES[] = "The Democratic Party said that the vote was fair.\n\n"
                              "The Republican Party said that the vote was rigged.\n\n"
                              "The Democratic Party said that it would appeal.\n\n"
                              "Reporters at the Harbor Sentinel met the mayor.\n\n"
                              "The Sentinel reported that the pier was closed.\n\n"
                              "Former FBI agent Timothy Gill said that the files were lost.\n\n"
                              "Six in 10 Virginia Democratic primary voters said that the race was close.\n\n"
                              "Graham Media said that prices would rise.\n\n"
                              "HARBOR COUNCIL said that the offer was final.\n\n"
                              "The Harbor Council said that the talks were over.";

static const expected PARTIES_EXPECTED[] = {
    {"that the vote was fair", "Democratic Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the vote was rigged", "Republican Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that it would appeal", "Democratic Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    /* not a person's surname: the newspaper named before */
    {"that the pier", "Harbor Sentinel", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the files", "Timothy Gill", QUOTH_RESOLVED_NAME, "Former FBI agent", M}, /* a given name */
    /* a state, no woman; and its voters do not speak for it (it had been
     * "Virginia Democratic") */
    {"that the race", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that prices", "Graham Media", QUOTH_RESOLVED_ORGANIZATION, NULL, U}, /* a firm's word, not a surname */
    /* one body in capitals and in small letters, written as the latter */
    {"that the offer", "Harbor Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the talks were over", "Harbor Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A group or an organization that starts a source heads it, whatever
 * place follows ("in Iowa"); a person that ends it still speaks; two
 * people who speak together are one joint speaker (source_joint.c; the
 * first named had been the speaker until the forty-fourth audit). */
static const char GROUP_HEADS[] =
    "Democrats in Iowa who watched the debate said that Clinton won.\n\n"
    "The daily La Stampa in Italy reported that the pope was tired.\n\n"
    "The Harbor Council on Trade director Ana Ruiz said that tariffs would rise.\n\n"
    "Staff for the Harbor Council on Trade said that the docks would close.\n\n"
    "Maria Lund and Senator Tom Brandt said that the bridge would be rebuilt.\n\n"
    "The DNC said that the debate would move.\n\n"
    "Sen. Nora Hale (D-Ohio) and Rep. Carl Dunn said that the bill would pass.\n\n"
    "Rep. Lena Hart \xe2\x80\x94 like Hale, a supporter of Rep. Omar Bell \xe2\x80\x94 said that the vote was close.";

static const expected GROUP_HEADS_EXPECTED[] = {
    {"that Clinton won", "Democrats", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the pope", "La Stampa", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that tariffs", "Ana Ruiz", QUOTH_RESOLVED_NAME, "Trade director", F},
    {"that the docks", "Harbor Council on Trade", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the bridge", "Maria Lund and Tom Brandt", QUOTH_RESOLVED_NAME, NULL, U}, /* both */
    {"that the debate", "Democratic National Committee", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the bill", "Nora Hale", QUOTH_RESOLVED_NAME, "Sen.", F},   /* past her affiliation */
    {"that the vote", "Lena Hart", QUOTH_RESOLVED_NAME, "Rep.", F}, /* before a dash */
};

/* A person before "at", "from" or "with" and a body, and a place before a
 * description between commas, are who speaks. The speakers had been the
 * National Ledger, the Dunmore Institute and Bolivia; "nearby Decatur,"
 * before a clause stays the plant's. */
static const char HEADS_BEFORE_DESCRIPTIONS[] =
    "Orrin Blake at the National Ledger agreed with Matthews about the winner.\n\n"
    "Maria Lund from the Dunmore Institute said that the levee would hold.\n\n"
    "Even Peru, Bolivia's only ally and its main trading partner, said that it was opposed to the plan.\n\n"
    "Peru, a country of 30 million, said that the border would reopen.";

static const expected HEADS_BEFORE_DESCRIPTIONS_EXPECTED[] = {
    {"the winner", "Orrin Blake", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the levee", "Maria Lund", QUOTH_RESOLVED_NAME, NULL, F},
    {"that it was opposed", "Peru", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the border", "Peru", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A source headed by a plural noun of people and a preposition is that
 * group, not a name after it (these had been Harbor Town, Calder, Tom
 * Brandt and Iowa); but people who speak for a place or a body still do,
 * and a group given by its examples is its example. */
static const char GROUPS_OF_PEOPLE[] =
    "Harbor Notes\n\n"
    "Fans of Ada Lind's performance in Harbor Town said that the film was too long.\n\n"
    "Residents of Calder said that the water was brown.\n\n"
    "Supporters of Senator Tom Brandt said that the rally was crowded.\n\n"
    "Critics like Ron Dale said that the levy was too high.\n\n"
    "Officials in Calder said that the port would reopen.\n\n"
    "Vera Holt's biggest boosters in Iowa said that she would win.";

static const expected GROUPS_OF_PEOPLE_EXPECTED[] = {
    {"that the film", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the water", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the rally", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the levy", "Ron Dale", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the port", "Calder", QUOTH_RESOLVED_NAME, NULL, U},
    {"that she would win", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* A body's name that modifies a noun of people who do not speak for it
 * ("member", "customer", "veteran") is no speaker (it had been the
 * association); a spokesman still speaks for it. */
static const char BODY_MEMBERS[] = "The Calder Rifle Association met on Monday.\n\n"
                                   "The Calder Rifle Association member said that the meeting was long.\n\n"
                                   "A Calder Rifle Association spokesman said that the vote was close.\n\n"
                                   "Top Calder Council candidates said that the race was open.";

/* the last: the people a party's name modifies and who do not speak for
 * it are the same for any body (it had been the council) */
static const expected BODY_MEMBERS_EXPECTED[] = {
    {"that the meeting", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the vote", "Calder Rifle Association", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the race", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* Capitalized adjectives that the tagger read as adjectives (JJ) open or
 * continue a body's name that holds an organization's word (they had been
 * "National Committee", "Federation of Teachers", "Atomic Energy
 * Agency"); not a party before a body of one word. */
static const one_statement BODIES_OPENED_BY_ADJECTIVES[] = {
    {"The Democratic National Committee said that the debate would go on.",
     {"that the debate", "Democratic National Committee", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The American Federation of Teachers said that the schools were short of money.",
     {"that the schools", "American Federation of Teachers", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The International Atomic Energy Agency said that the plant was safe.",
     {"that the plant", "International Atomic Energy Agency", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an adjective and a capitalized noun read as common words after
     * the determiner that opens the sentence (it had been no one) */
    {"The Islamic State said that it would strike again.",
     {"that it would strike", "Islamic State", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Republican Senate said that the bill was dead.",
     {"that the bill", "Senate", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* nor does a given name start a body's name, as it starts a person's
     * (it had been "Martin Foundation") */
    {"The Kaleo Martin Foundation said that it would march on Sunday.",
     {"that it would march", "Kaleo Martin Foundation", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* The same group after a place line that holds a date (it had been
 * Harbor Sniper): the first word after the place line opens the sentence. */
static const one_statement GROUP_AFTER_PLACE_LINE[] = {
    {"Ada Lind upset fans by attending the rally.\n\n"
     "PORTLAND, May 3 (UPI) \u2014 Fans of Ada Lind's role in Harbor Sniper said that the film was too short.",
     {"that the film was too short", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

/* A first noun phrase that holds a name, headed by a common noun before
 * a preposition, is what the source is: the names after it are what it
 * is about (the first two had been Calder). Not a title, nor a work from
 * someone. */
static const char NAMED_PHRASES[] =
    "County Notes\n\n"
    "A Harbor Ledger review of county records in Calder found that the fees were illegal.\n\n"
    "Vera Holt's reversal on the dam in Calder suggests that she fears the farmers.\n\n"
    "Former Holt chief of staff Ron Dale said that the dam would wait.\n\n"
    "Leaked emails from Ada Lind show that the deal was done.";

static const expected NAMED_PHRASES_EXPECTED[] = {
    {"that the fees", "Harbor Ledger", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that she fears", "Vera Holt", QUOTH_RESOLVED_NAME, NULL, F},
    {"that the dam would", "Ron Dale", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the deal", "Ada Lind", QUOTH_RESOLVED_NAME, NULL, U},
};

static void test_organizations_apart(void) {
    CHECK_ARTICLE(PARTIES, PARTIES_EXPECTED);
    CHECK_ARTICLE(GROUP_HEADS, GROUP_HEADS_EXPECTED);
    CHECK_ARTICLE(HEADS_BEFORE_DESCRIPTIONS, HEADS_BEFORE_DESCRIPTIONS_EXPECTED);
    CHECK_ARTICLE(GROUPS_OF_PEOPLE, GROUPS_OF_PEOPLE_EXPECTED);
    check_one_statements(GROUP_AFTER_PLACE_LINE, sizeof GROUP_AFTER_PLACE_LINE / sizeof *GROUP_AFTER_PLACE_LINE);
    CHECK_ARTICLE(BODY_MEMBERS, BODY_MEMBERS_EXPECTED);
    check_one_statements(BODIES_OPENED_BY_ADJECTIVES,
                         sizeof BODIES_OPENED_BY_ADJECTIVES / sizeof *BODIES_OPENED_BY_ADJECTIVES);
    CHECK_ARTICLE(NAMED_PHRASES, NAMED_PHRASES_EXPECTED);
}

/* A name that only modifies a source's noun of people is not who speaks:
 * "Quist supporters" are not Quist, and "Quist's campaign" is one
 * organization with "the Quist campaign", "her campaign", "the campaign"
 * and a misspelled "Quisst's campaign"; but her statement is hers. */
static const char AFFILIATIONS[] = "Senator Maria Quist spoke in Ohio.\n\n"
                                   "Quist's campaign said that the ads would run.\n\n"
                                   "Quist supporters said that the race was close.\n\n"
                                   "A Quist spokeswoman said that the senator was ill.\n\n"
                                   "Quist's statement said that the bridge would be rebuilt.\n\n"
                                   "The Quist campaign said that the ads had worked.\n\n"
                                   "Quist's allies said that the bill was dead.\n\n"
                                   "Her campaign said that the polls were wrong.\n\n"
                                   "The campaign said that the debate was over.\n\n"
                                   "Quisst's campaign said that the mailers were late.\n\n"
                                   "Her office said that the senator was traveling.";

static const expected AFFILIATIONS_EXPECTED[] = {
    {"that the ads would run", "Quist campaign", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the race", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the senator was ill", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"that the bridge", "Maria Quist", QUOTH_RESOLVED_SURNAME, "Senator", F},
    {"that the ads had worked", "Quist campaign", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the bill", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the polls", "Quist campaign", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the debate", "Quist campaign", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the mailers", "Quist campaign", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the senator was traveling", "Quist's office", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_affiliations(void) {
    CHECK_ARTICLE(AFFILIATIONS, AFFILIATIONS_EXPECTED);
}

/* A name beside a phrase headed by a body's noun names that body, not a
 * person, on either side of it; but not a name apposed to a phrase whose
 * head is a person ("The head of the company", "the group's spokesman").
 * "The group", "The company" are then the body last given that noun, and
 * "the transit authority" the one whose name holds its words. */
static const char BODIES[] =
    "The company, Northgate Terminals, said that the offer was final.\n\n"
    "Brightwater Holdings, the shipping firm that owns the depot, said that the rent would rise.\n\n"
    "The head of the company, Anna Ross, said that talks would resume.\n\n"
    "Daniel Moreno, the group's spokesman, said that the union would wait.\n\n"
    "Riders United, a local group, said that the buses were late.\n\n"
    "The group said that fares were too high.\n\n"
    "The company said that the cranes were new.\n\n"
    "The Regional Transit Authority said that the lanes would open.\n\n"
    "The transit authority said that fares would stay.";

static const expected BODIES_EXPECTED[] = {
    {"that the offer", "Northgate Terminals", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the rent", "Brightwater Holdings", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that talks", "Anna Ross", QUOTH_RESOLVED_NAME, "head of the company", F},
    {"that the union", "Daniel Moreno", QUOTH_RESOLVED_NAME, "group's spokesman", M},
    {"that the buses", "Riders United", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that fares", "Riders United", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the cranes", "Northgate Terminals", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that fares would stay", "Regional Transit Authority", QUOTH_RESOLVED_TITLE, NULL, U},
};

static void test_bodies_by_apposition(void) {
    CHECK_ARTICLE(BODIES, BODIES_EXPECTED);
}

/* "the paper" is the newspaper named latest in its paragraph or the two
 * before; "the company", "the agency" the one organization its paragraph
 * and the one before name, an agency's name holding an office's noun;
 * none when they name two, nor a body that only places a person ("the
 * chairman of the Harbor Commission"). */
static const char KIND_NOUNS[] =
    "The Millbrook Gazette reported on Monday that the mill would close.\n\n"
    "The paper said that the owners had refused to comment.\n\n"
    "Quillon Systems announced a recall on Tuesday.\n\n"
    "The company said that the batteries were faulty.\n\n"
    "Quillon Systems and Varda Motors met on Friday.\n\n"
    "The company said that the talks had failed.\n\n"
    "A report by the Department of Coastal Affairs came out on Monday.\n\n"
    "The agency said that the dunes were eroding.\n\n"
    "Lena Ortiz, the chairman of the Harbor Commission, spoke on Friday.\n\n"
    "The group said that the ferries were late.";

static const expected KIND_NOUNS_EXPECTED[] = {
    {"that the owners", "Millbrook Gazette", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the batteries", "Quillon Systems", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the talks", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the dunes", "Department of Coastal Affairs", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the ferries", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* "the editorial board" is its newspaper's, as "the paper" is (it had no
 * speaker). */
static const one_statement EDITORIAL_BOARDS[] = {
    {"The Harbor Journal endorsed Ann Lee on Monday.\n\nShe is \"a pragmatic conservative,\" the editorial board writes.",
     {"She is \"a pragmatic", "Harbor Journal", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_bodies_by_kind_noun(void) {
    CHECK_ARTICLE(KIND_NOUNS, KIND_NOUNS_EXPECTED);
    check_one_statements(EDITORIAL_BOARDS, sizeof EDITORIAL_BOARDS / sizeof *EDITORIAL_BOARDS);
}

/* "the statement", "the letter", "the email": whoever the text says made
 * it, where it was mentioned before: its possessor, the speaker who cited
 * it ("said in a statement"), a name after "from" or "by", the subject of
 * a verb that made it public, a person's campaign that sent it; no one
 * when it was only received or cited (all had been no one). */
static const one_statement DOCUMENTS[] = {
    {"Mayor Lena Ortiz's statement drew criticism on Monday.\n\nThe statement said that the ferries would run.",
     {"that the ferries", "Lena Ortiz", QUOTH_RESOLVED_TITLE, "Mayor", F}},
    {"Gus Palmer said in a statement that the dam was safe.\n\nThe statement added that the gates would open.",
     {"that the gates", "Gus Palmer", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"A letter from the Harbor Commission arrived on Monday.\n\nThe letter said that the fees would rise.",
     {"that the fees", "Harbor Commission", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Courier said Dora Quist provided a written statement on Friday.\n\n"
     "The statement said that the audit was complete.",
     {"that the audit", "Dora Quist", QUOTH_RESOLVED_TITLE, NULL, F}},
    {"Senator Ida Varga spoke in Dover.\n\nThe Varga campaign sent a fundraising email on Tuesday.\n\n"
     "The email said that the race was close.",
     {"that the race", "Varga campaign", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Senator Ida Varga spoke in Dover.\n\nA Varga campaign memo was released on Tuesday.\n\n"
     "The memo said that the race was close.",
     {"that the race", "Varga campaign", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Ben Lowe received a threatening letter on Thursday.\n\nThe letter said that the mill must close.",
     {"that the mill", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The son of Ida Varga received a letter on Thursday.\n\nThe letter said that the mill must close.",
     {"that the mill", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a report cited by a body that spoke last is that body's, as its
     * own attribution was (the thirty-third audit's; it had been no one) */
    {"Pumps failed in 2019, according to a report of the Dover Council.\n\n"
     "The report said that the repairs were late.",
     {"that the repairs", "Dover Council", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_documents_by_their_makers(void) {
    check_one_statements(DOCUMENTS, sizeof DOCUMENTS / sizeof *DOCUMENTS);
}

/* A person first named without a role takes the role of a later mention,
 * which "the former mayor" then finds; a description of one party is no
 * holder of the other party's title; and a list of names with their
 * parentheses gives the name after them none of its roles. What a person
 * is ("surgeon", "baker") is a role too, until a title replaces it. */
static const char LATER_ROLES[] =
    "Anna Berg said that the bridge was safe.\n\n"
    "Former mayor Anna Berg said that the tolls were too high.\n\n"
    "The former mayor said that the council had lied.\n\n"
    "Republican nominee Tom Hale said that taxes would fall.\n\n"
    "The Democratic nominee said that taxes would rise.\n\n"
    "Candidates Sen. Ana Ruiz (D-Ohio), Carl Dunn and Rep. Lee Park (R-Iowa) met on Monday.\n\n"
    "Carl Dunn said that the debate was fair.\n\n"
    "Retired surgeon Omar Bell said that the clinic was full.\n\n"
    "Her rival Ana Soto said that the plan was weak.\n\n"
    "Sen. Ana Soto said that the vote was set.\n\n"
    "The senator said that the bill would pass.\n\n"
    "Ivan Petrov, a baker, said that flour was scarce.\n\n"
    "The National Front party leader, Marine Le Pen, said that the vote was rigged.";

static const expected LATER_ROLES_EXPECTED[] = {
    {"that the bridge", "Anna Berg", QUOTH_RESOLVED_NAME, "Former mayor", F},
    {"that the council", "Anna Berg", QUOTH_RESOLVED_TITLE, "Former mayor", F},
    {"that taxes would fall", "Tom Hale", QUOTH_RESOLVED_NAME, "Republican nominee", M},
    {"that taxes would rise", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the debate", "Carl Dunn", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the clinic", "Omar Bell", QUOTH_RESOLVED_NAME, "surgeon", M},
    {"that the plan was weak", "Ana Soto", QUOTH_RESOLVED_NAME, "Sen.", F}, /* a title replaces "rival" */
    {"that the bill would pass", "Ana Soto", QUOTH_RESOLVED_TITLE, "Sen.", F},
    {"that flour", "Ivan Petrov", QUOTH_RESOLVED_NAME, "baker", M},
    /* a person after a title and a comma, whatever the entity tagger says */
    {"that the vote was rigged", "Marine Le Pen", QUOTH_RESOLVED_NAME, "National Front party leader", F},
};

static void test_roles_of_later_mentions(void) {
    CHECK_ARTICLE(LATER_ROLES, LATER_ROLES_EXPECTED);
}

/* An apposition without an article that names an office is a role ("Tomasz
 * Nowak, president of the dockworkers' union,"), which "the union
 * president" then finds; not one whose noun only says what a person is,
 * nor a title in capitals that begins the next name of a list. */
static const char BARE_APPOSITIONS[] =
    "Tomasz Nowak, president of the dockworkers' union, said that the strike would go on.\n\n"
    "The union president said that the talks had failed.\n\n"
    "Lena Park, senior adviser to the mayor, said that the city could not intervene.\n\n"
    "Carl Dunn, baker at the market, said that flour was scarce.\n\n"
    "Ruth Hale, President Omar Vance and Lee Park met on Monday.\n\n"
    "Ruth Hale said that the meeting went well.";

static const expected BARE_APPOSITIONS_EXPECTED[] = {
    {"that the strike", "Tomasz Nowak", QUOTH_RESOLVED_NAME, "president of the dockworkers' union", M},
    {"that the talks", "Tomasz Nowak", QUOTH_RESOLVED_TITLE, "president of the dockworkers' union", M},
    {"that the city", "Lena Park", QUOTH_RESOLVED_NAME, "senior adviser", F},
    {"that flour", "Carl Dunn", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the meeting", "Ruth Hale", QUOTH_RESOLVED_NAME, NULL, F},
};

static void test_roles_of_bare_appositions(void) {
    CHECK_ARTICLE(BARE_APPOSITIONS, BARE_APPOSITIONS_EXPECTED);
}

/* Capitals after "the" that the tagger took for a common noun are an
 * organization, under the name users count it by ("the AP" is the
 * Associated Press); a title in capitals is not ("The CEO"). */
static const char ACRONYMS[] =
    "The storm hit the coast on Monday, the AP reported.\n\n"
    "The NEA estimates that close to 19,000 teachers will strike.\n\n"
    "The CEO said that the plant would close.";

static const expected ACRONYMS_EXPECTED[] = {
    {"The storm hit", "Associated Press", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that close to", "NEA", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the plant", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* An outlet quoth knows is known in any case, and whole when the tagger
 * took its last word for a common noun ("Today"); it had been "USA". */
static const char OUTLETS[] =
    "A reporter for USA Today said that the race was close.\n\n"
    "A USA TODAY analysis of super PACs found that spending rose.\n\n"
    "POLITICO reported that the fund was empty.";

static const expected OUTLETS_EXPECTED[] = {
    {"that the race", "USA Today", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that spending", "USA Today", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the fund", "Politico", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A name in quotation marks of its own is a term, not a person whose
 * surname the platform's name would then be. */
static const char QUOTED_TERM[] =
    "Some accounts put the location on their profile as ''Wilayat Twitter,'' or ''the province of Twitter.''\n\n"
    "''We have suspended accounts,'' Twitter said in a statement.";

static const expected QUOTED_TERM_EXPECTED[] = {
    {"''We have", "Twitter", QUOTH_RESOLVED_NAME, NULL, U},
};

/* "on" joins a committee's or council's name ("Joint Committee on
 * Taxation"; it had been "Joint Committee"), not a day or a topic. */
static const char BODIES_ON[] =
    "A 2014 estimate by the Joint Committee on Taxation said that inversions would cost billions.\n\n"
    "The Harbor Council on Wednesday said that the budget was late.\n\n"
    "The White House on Iran said that talks would resume.";

static const expected BODIES_ON_EXPECTED[] = {
    {"that inversions", "Joint Committee on Taxation", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the budget", "Harbor Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that talks", "White House", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A given name the tagger took for another word, before a middle initial
 * ("Maya" an adjective: the speaker had been "D."); a party and state in
 * brackets that the tokenizer cut ("D-N.D."); a month after "in". */
static const char NAMES_MISTAGGED[] =
    "Assistant U.S. Attorney Maya D. Song said that the case was closed.\n\n"
    "Sen. Nora Hale (D-N.D.) said that the bill was dead.\n\n"
    "In May Trump said that the wall would rise.";

static const expected NAMES_MISTAGGED_EXPECTED[] = {
    {"that the case", "Maya D. Song", QUOTH_RESOLVED_NAME, "Assistant U.S. Attorney", F},
    {"that the bill", "Nora Hale", QUOTH_RESOLVED_NAME, "Sen.", F},
    {"that the wall", "Trump", QUOTH_RESOLVED_NAME, NULL, U},
};

/* A surname that is also a word of the lexicon, read as one ("Will" as a
 * modal): the person named in full by it, not no one. */
static const char SURNAME_AS_WORD[] =
    "Columnist Gordon Will reignited his feud with the mayor this week.\n\n"
    "Citing the attacks, Will urged voters to abandon outsider candidates.\n\n"
    "\"This might hasten the eclipse of the mayor,\" Will wrote.";

static const expected SURNAME_AS_WORD_EXPECTED[] = {
    {"\"This might hasten", "Gordon Will", QUOTH_RESOLVED_SURNAME, "Columnist", M},
};

/* A given name of either gender ("Tracy") before a surname that the
 * tagger read as a common noun ("Epstein"): the two are a person's name.
 * The speaker had been the last name in the source, a city ("Port
 * Calder"), and "Ms. Epstein" no one's full name. */
static const char GIVEN_NAME_OF_EITHER_GENDER[] =
    "The next ruling matters because the last ones were close, said Tracy Epstein, who teaches law at "
    "Harmon College in Port Calder.\n\n"
    "\"The court could move either way,\" Ms. Epstein said.";

static const expected GIVEN_NAME_OF_EITHER_GENDER_EXPECTED[] = {
    {"The next ruling", "Tracy Epstein", QUOTH_RESOLVED_NAME, NULL, F},
    {"\"The court could", "Tracy Epstein", QUOTH_RESOLVED_SURNAME, NULL, F},
};

/* A lead-in in capitals before a sentence in small letters is read as a
 * headline: its words that the text writes in small letters elsewhere
 * are no names. The speakers had been "BEEN" and "OUT BY FELLOW". */
static const char CAPITALS_LEAD_IN[] =
    "The Trouble With Dr. Pike\n\n"
    "HE\u2019S BEEN CALLED OUT BY FELLOW DOCTORS \u2014 Pike was summoned before a state panel to defend "
    "the pills he sells on his show.\n\n"
    "FELLOW DOCTORS DON\u2019T WANT TO WORK WITH HIM \u2014 Pike may draw viewers, but his fellow doctors "
    "have been wary of him. A group of them wrote that he should be thrown out by the hospital.";

static const expected CAPITALS_LEAD_IN_EXPECTED[] = {
    {"OUT BY FELLOW DOCTORS", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"TO WORK WITH HIM", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* A given name alone is a person called by it, of its gender: "he" is
 * not Melanie, who had been given his gender. */
static const char GIVEN_NAME_ALONE[] =
    "Watching the Speech\n\n"
    "Melanie watched the speech from her couch while Kevin slept beside her.\n\n"
    "\u201cThat is right,\u201d Melanie said to the screen.\n\n"
    "The crowd cheered. \u201cI love you all,\u201d he said.";

static const expected GIVEN_NAME_ALONE_EXPECTED[] = {
    {"\u201cThat is right", "Melanie", QUOTH_RESOLVED_NAME, NULL, F},
    {"\u201cI love you", "Kevin", QUOTH_RESOLVED_PRONOUN, NULL, M},
};

/* A sentence's first words that the tagger read as common nouns ("Li"
 * an adjective, "Ban Ki-moon" NN NN), before an apposition of a title,
 * are a person's name; the speaker had been the body of the title. */
static const char NAME_BEFORE_TITLE[] =
    "Bank Notes\n\n"
    "Li Wen-hao, the chairman of Harbor Bank, said that rates would rise.";

static const expected NAME_BEFORE_TITLE_EXPECTED[] = {
    {"that rates", "Li Wen-hao", QUOTH_RESOLVED_NAME, "chairman of Harbor Bank", U},
};

/* A word in capitals inside a sentence of small letters, tagged a common
 * noun, is a body's name: the speaker had been no one. */
static const char CAPITALS_AMONG_SMALL_LETTERS[] =
    "Spending Notes\n\n"
    "The groups spent $9 million on ads, according to a LEDGERWATCH analysis of filings.";

static const expected CAPITALS_AMONG_SMALL_LETTERS_EXPECTED[] = {
    {"The groups spent", "LEDGERWATCH", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* A person's "of" ends the name whatever list knows the given name, when
 * the entity tagger calls it a person's: the speaker had been "Borislav
 * Tanevski of Harbor Rights Watch". */
static const char PERSON_OF_BODY[] =
    "Election Notes\n\n"
    "Borislav Tanevski of Harbor Rights Watch said that the count was fair.";

static const expected PERSON_OF_BODY_EXPECTED[] = {
    {"that the count", "Borislav Tanevski", QUOTH_RESOLVED_NAME, NULL, U},
};

/* "Khizr and Ghazala Khan": the first is Khizr Khan, named in full before
 * (the speaker had been "Khizr"), and both speak, as the text names them
 * (the speaker had been Khizr Khan alone until the forty-fourth audit). */
static const char SHARED_SURNAME[] =
    "Khizr Khan spoke at the convention.\n\n"
    "Khizr and Ghazala Khan, the parents of a soldier, say that they felt compelled to speak.";

static const expected SHARED_SURNAME_EXPECTED[] = {
    {"that they felt", "Khizr and Ghazala Khan", QUOTH_RESOLVED_NAME, NULL, U},
};

/* Of two people named together at the end of a source, the first speaks,
 * as of two at its start; so the description after them is the first
 * too. Both had been the second, Greta Brandt. */
static const char PAIR_AT_END[] =
    "A judge in Albany refused on Monday to unseal the records of Walter Brandt's first divorce.\n\n"
    "Last week, lawyers for both Walter and Greta Brandt asked the court to keep the file closed.\n\n"
    "The Republican presidential nominee argued that the state had sealed such files for good reason.";

static const expected PAIR_AT_END_EXPECTED[] = {
    {"the court to keep the file", "Walter Brandt", QUOTH_RESOLVED_NAME, NULL, M},
    {"that the state had sealed", "Walter Brandt", QUOTH_RESOLVED_TITLE, NULL, M},
};

/* Capitalized words that the tagger read as common nouns ("Priorities",
 * "Tax Research", "Morning") open the name after them: the speakers had
 * been "Ohio", "Center" and "Harbor"; not in a headline's capitals. */
static const char NOUNS_OPENING_NAMES[] =
    "In its report, rival outside groups like Priorities Ohio and unions said that the ads were misleading.\n\n"
    "The Tax Research Center estimates that the plan would cost $2 trillion.\n\n"
    "A Morning Harbor poll found that the mayor was ahead.";

static const expected NOUNS_OPENING_NAMES_EXPECTED[] = {
    {"that the ads", "Priorities Ohio", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the plan", "Tax Research Center", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the mayor", "Morning Harbor", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

/* An adjective and capitalized nouns that the tagger read as common
 * words open a sentence as a name, of a body ("Independent Journalism",
 * which had no speaker, nor its "It"); not a group ("Conservative
 * Christians") nor after a word of quantity ("Most Millennials"). */
static const char COMMON_WORDS_AS_NAMES[] =
    "Independent Journalism said that the files were missing. It added that the port was closed.\n\n"
    "Conservative Christians said that the vote was unfair.\n\n"
    "Most Millennials said that the rent was too high.";

static const expected COMMON_WORDS_AS_NAMES_EXPECTED[] = {
    {"that the files", "Independent Journalism", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the port", "Independent Journalism", QUOTH_RESOLVED_PRONOUN, NULL, U},
    {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the rent", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_names_the_tagger_missed(void) {
    CHECK_ARTICLE(NOUNS_OPENING_NAMES, NOUNS_OPENING_NAMES_EXPECTED);
    CHECK_ARTICLE(COMMON_WORDS_AS_NAMES, COMMON_WORDS_AS_NAMES_EXPECTED);
    CHECK_ARTICLE(SHARED_SURNAME, SHARED_SURNAME_EXPECTED);
    CHECK_ARTICLE(PAIR_AT_END, PAIR_AT_END_EXPECTED);
    CHECK_ARTICLE(NAMES_MISTAGGED, NAMES_MISTAGGED_EXPECTED);
    CHECK_ARTICLE(SURNAME_AS_WORD, SURNAME_AS_WORD_EXPECTED);
    CHECK_ARTICLE(GIVEN_NAME_OF_EITHER_GENDER, GIVEN_NAME_OF_EITHER_GENDER_EXPECTED);
    CHECK_ARTICLE(CAPITALS_LEAD_IN, CAPITALS_LEAD_IN_EXPECTED);
    CHECK_ARTICLE(GIVEN_NAME_ALONE, GIVEN_NAME_ALONE_EXPECTED);
    CHECK_ARTICLE(NAME_BEFORE_TITLE, NAME_BEFORE_TITLE_EXPECTED);
    CHECK_ARTICLE(CAPITALS_AMONG_SMALL_LETTERS, CAPITALS_AMONG_SMALL_LETTERS_EXPECTED);
    CHECK_ARTICLE(PERSON_OF_BODY, PERSON_OF_BODY_EXPECTED);
    CHECK_ARTICLE(BODIES_ON, BODIES_ON_EXPECTED);
}

static void test_acronyms(void) {
    CHECK_ARTICLE(ACRONYMS, ACRONYMS_EXPECTED);
    CHECK_ARTICLE(OUTLETS, OUTLETS_EXPECTED);
    CHECK_ARTICLE(QUOTED_TERM, QUOTED_TERM_EXPECTED);
}

/* A newspaper's last word after "the", when the tagger took it for a
 * common noun, is still the newspaper named in full before. */
static const char NEWSPAPERS[] =
    "The Lakeside Post reported that the mayor would resign.\n\n"
    "On Monday, The Post sought more details from the council, which said that the budget was late.\n\n"
    "According to the Post, the council said that the vote would wait.";

static const expected NEWSPAPERS_EXPECTED[] = {
    {"that the mayor", "Lakeside Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"more details", "Lakeside Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the council said", "Lakeside Post", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_newspapers_on_second_mention(void) {
    CHECK_ARTICLE(NEWSPAPERS, NEWSPAPERS_EXPECTED);
}

/* A description of one person that no role ties to anyone ("the
 * candidate") is the person the text is about just then; not when a
 * capitalized word other than a party sets it apart ("The French
 * candidate"), nor a title other than a public figure's office ("The
 * judge": TITLES_IN_OFFICE), nor across parties or genders. */
static const char SALIENT[] =
    "Mara Quill toured the steel plant in Dayton on Monday.\n\n"
    "The candidate said that the factory would stay open.\n\n"
    "Republican Senator Paul Dorn spoke in Toledo on Tuesday.\n\n"
    "The Democratic nominee said that the tax plan was dead.\n\n"
    "Anna Vogel toured a farm near Lyon on Wednesday.\n\n"
    "The French candidate said that the treaty was fair.\n\n"
    "Carl Moss visited the court.\n\n"
    "The judge said that the ruling would stand.\n\n"
    "Hugo Brandt opened a bakery in Akron.\n\n"
    "The businesswoman said that bread prices would rise.";

static const expected SALIENT_EXPECTED[] = {
    {"that the factory", "Mara Quill", QUOTH_RESOLVED_TITLE, NULL, F},
    {"that the tax plan", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the treaty", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the ruling", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that bread prices", NULL, QUOTH_RESOLVED_NONE, NULL, F},
};

/* A party that only modifies its voters or its candidates is not who
 * speaks ("GOP primary voters" had been the GOP); nor its leaders, whom
 * the audits' readers left unnamed (the forty-sixth audit's convention). */
static const char PARTY_MODIFIERS[] =
    "Sen. Maria Moss toured a factory in Ohio on Monday.\n\n"
    "The GOP presidential candidate said that jobs would return.\n\n"
    "In Texas, half of GOP primary voters said that taxes were too high.\n\n"
    "GOP leaders said that the convention would be open.\n\n"
    "Party leaders said that the rules would stay.\n\n"
    "Union members said that the strike would go on.";

/* a noun of bodies in general that opens the sentence is no body's name */
static const expected PARTY_MODIFIERS_EXPECTED[] = {
    {"that jobs", "Maria Moss", QUOTH_RESOLVED_TITLE, "Sen.", F},
    {"that taxes", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the convention", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the rules", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the strike", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* A name first met bare ("Okafor faces a vote") is a person once an
 * honorific or a title comes before it: its kind had stayed unknown, and
 * a "he" after it could not stand for it. */
static void test_kind_from_honorific(void) {
    static const char text[] = "In Chicago, Okafor faces a vote.\n\nMr. Okafor said that the budget was late.";
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    CHECK(engine && quoth_extract(engine, text, sizeof text - 1, &doc) == 0);
    const quoth_quote *q = doc ? find(doc, "that the budget") : NULL;
    CHECK(q != NULL);
    if (q) {
        CHECK_STR(q->speaker_name, "Okafor");
        CHECK_INT(q->speaker_kind, QUOTH_KIND_PERSON);
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
}

/* The subject that opens the sentence before is found past a place line
 * ("LISBON - Maria Brook met ..."): the description is Maria Brook, not no
 * one for the two people that sentence names. */
static const one_statement PAST_PLACE_LINES[] = {
    {"LISBON - Maria Brook met privately with Bishop Tom Hale on Saturday.\n\n"
     "The Democratic presidential candidate said that the meeting was personal.",
     {"that the meeting", "Maria Brook", QUOTH_RESOLVED_TITLE, NULL, F}},
};

static void test_salient_descriptions(void) {
    CHECK_ARTICLE(SALIENT, SALIENT_EXPECTED);
    CHECK_ARTICLE(PARTY_MODIFIERS, PARTY_MODIFIERS_EXPECTED);
    check_one_statements(PAST_PLACE_LINES, sizeof PAST_PLACE_LINES / sizeof *PAST_PLACE_LINES);
}

/* An interview in questions and answers: an "I" in an answer, or in a
 * paragraph that goes on with one, is the person interviewed, the first
 * the text names; an "I" in a question (labelled "Q:" or glued to it,
 * "QLast year") is the unnamed interviewer, and so is the label "Q" read
 * as a source. */
static const char INTERVIEW[] =
    "Q&A with Mayor Rosa Tell.\n\n"
    "Mayor Rosa Tell spoke with us about the budget.\n\n"
    "Q: Will taxes rise?\n\n"
    "A: No. I said that taxes would stay flat.\n\n"
    "I think that the parks need money.\n\n"
    "Q: I think that the budget is too small. Do you agree?\n\n"
    "A: I told them that the vote was close.\n\n"
    "QLast year I wrote that the fund was empty. Was it?\n\n"
    "A: Yes.";

static const expected INTERVIEW_EXPECTED[] = {
    {"that taxes", "Rosa Tell", QUOTH_RESOLVED_PRONOUN, "Mayor", F},
    {"that the parks", "Rosa Tell", QUOTH_RESOLVED_PRONOUN, "Mayor", F},
    {"that the vote", "Rosa Tell", QUOTH_RESOLVED_PRONOUN, "Mayor", F},
    {"that the fund", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* An essay whose last line names its writer ("Tom Reyes is a retired dock
 * worker"): its "I" is the writer, and a "he" is never that "I". */
static const char ESSAY[] =
    "Why the harbor matters.\n\n"
    "I have worked on the docks for twenty years. I think that the port must stay open.\n\n"
    "The council voted on Monday, and I wrote that the vote was rushed. \"We need more time,\" he said.\n\n"
    "Tom Reyes is a retired dock worker in Baltimore.";

static const expected ESSAY_EXPECTED[] = {
    {"that the port must", "Tom Reyes", QUOTH_RESOLVED_PRONOUN, NULL, M},
    {"that the vote was rushed", "Tom Reyes", QUOTH_RESOLVED_PRONOUN, NULL, M},
    {"\"We need more time", NULL, QUOTH_RESOLVED_NONE, NULL, M},
};

/* The statement in a question is no one named, whether it is read as the
 * question's own ("Q: I think that ...", its label the source) or as the
 * "I" inside it: the interviewer is not the person interviewed. */
static void check_question_is_no_ones(void) {
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    CHECK(engine && quoth_extract(engine, INTERVIEW, sizeof INTERVIEW - 1, &doc) == 0);
    static const char words[] = "the budget is too small";
    const quoth_quote *held = NULL;
    const char *text = doc ? quoth_doc_text(doc, NULL) : NULL;
    for (size_t i = 0; doc && i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        for (size_t b = q->contents[0].byte_start; b + sizeof words - 1 <= q->contents[0].byte_end; b++)
            if (strncmp(text + b, words, sizeof words - 1) == 0) held = q;
    }
    CHECK(held != NULL);
    CHECK_STR(held ? held->speaker_name : NULL, NULL);
    CHECK_INT(held ? (int)held->resolved_by : -1, QUOTH_RESOLVED_NONE);
    quoth_engine_free(engine);
    quoth_model_free(model);
}

static void test_interviews(void) {
    CHECK_ARTICLE(INTERVIEW, INTERVIEW_EXPECTED);
    check_question_is_no_ones();
    CHECK_ARTICLE(ESSAY, ESSAY_EXPECTED);
}

/* A poll speaks for its pollster, the first named before its noun, not
 * for the place it polled or its month; a headline's "Poll" is the first
 * poll the text names after it, and "the new poll" the one named before. */
static const char POLLS[] =
    "Poll: Mayor leads in Ohio.\n\n"
    "The mayor is ahead by ten points, according to a Keller Research/Harbor Daily poll released Monday.\n\n"
    "Public polls show that the mayor is leading.\n\n"
    "A Bloomberg poll in June showed that voters were tired.\n\n"
    "The new poll indicates that the race is tied.\n\n"
    "Exit polls in New Hampshire and Iowa show that turnout was high.\n\n"
    "A survey of New Hampshire Republican primary voters found that taxes mattered most.";

static const expected POLLS_EXPECTED[] = {
    {"Mayor leads", "Keller Research", QUOTH_RESOLVED_TITLE, NULL, U},
    {"The mayor is ahead", "Keller Research", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the mayor is leading", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that voters were tired", "Bloomberg", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the race is tied", "Bloomberg", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that turnout was high", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that taxes mattered", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

/* A capitalized "Poll" is no part of its pollster's name ("Brightline
 * Poll" had been a speaker apart from Brightline); a survey named by
 * capitals is a body's of its own name, even where the tagger reads its
 * "Survey" as a common noun (it had been "National Household", and "The
 * survey" no one); "the poll" after sponsors with a "the" in a name is
 * the first sponsor's (it had been no one's). */
static const char NAMED_POLLS[] =
    "The Labor Department publishes the National Household Survey every spring.\n\n"
    "The survey also found that fewer families owned a car.\n\n"
    "A national Brightline Poll taken last week found that voters were tired.\n\n"
    "A Harbor Times/Rock the Block Youth Poll found that young voters favored the levy.\n\n"
    "Still, the poll shows that few of them plan to vote.";

static const expected NAMED_POLLS_EXPECTED[] = {
    {"that fewer families", "National Household Survey", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that voters were tired", "Brightline", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that young voters", "Harbor Times", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that few of them", "Harbor Times", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_polls(void) {
    CHECK_ARTICLE(POLLS, POLLS_EXPECTED);
    CHECK_ARTICLE(NAMED_POLLS, NAMED_POLLS_EXPECTED);
}

/* "the campaign" is the campaign of the person the text last named with
 * it, as a source or not, rather than the one that spoke first. */
static const char CAMPAIGNS[] =
    "In an email thread with Ruth Hale's campaign, reporters asked whether she would debate, but the campaign said that it would not answer.\n\n"
    "The Omar Vance presidential campaign bought airtime on Monday.\n\n"
    "The campaign said that the ads would run for a week.";

static const expected CAMPAIGNS_EXPECTED[] = {
    {"that it would not", "Hale campaign", QUOTH_RESOLVED_TITLE, NULL, U},
    {"that the ads", "Vance campaign", QUOTH_RESOLVED_TITLE, NULL, U},
};

static void test_campaigns_named_before(void) {
    CHECK_ARTICLE(CAMPAIGNS, CAMPAIGNS_EXPECTED);
}

/* A transcript's labels that the tagger took for common nouns ("BAKER",
 * "FISHER") name speakers, each one however often they speak; a page's
 * "VIDEO:" names no one, and its line says nothing. */
static const char TRANSCRIPT[] =
    "The senator spoke to a radio station on Sunday.\n\n"
    "Partial transcript as follows:\n\n"
    "\"BAKER: Will you vote for the bill?\n\n"
    "FISHER: No. The bill is a disaster for farmers.\n\n"
    "BAKER: Why not?\n\n"
    "FISHER: Because it raises taxes.\"\n\n"
    "VIDEO: The senator leaves the studio.";

static const expected TRANSCRIPT_EXPECTED[] = {
    {"Will you vote", "BAKER", QUOTH_RESOLVED_NAME, NULL, U},
    {"No. The bill", "FISHER", QUOTH_RESOLVED_NAME, NULL, U},
    {"Why not?", "BAKER", QUOTH_RESOLVED_NAME, NULL, U},
    {"Because it raises", "FISHER", QUOTH_RESOLVED_NAME, NULL, U},
};

static void test_transcript_labels(void) {
    CHECK_ARTICLE(TRANSCRIPT, TRANSCRIPT_EXPECTED);
    /* "VIDEO:" is a part of the page: its line is no statement */
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    CHECK(engine && quoth_extract(engine, TRANSCRIPT, sizeof TRANSCRIPT - 1, &doc) == 0);
    CHECK(doc && find(doc, "The senator leaves") == NULL);
    quoth_engine_free(engine);
    quoth_model_free(model);
}

/* One member of a party whom the text does not name is no one's speaker,
 * neither the party nor a body of the state; the party's members together,
 * or the party, are an organization. */
static const char PARTY_MEMBERS[] =
    "A New Hampshire Republican said that the debate was a disaster.\n\n"
    "One senior Democrat said that the vote was lost.\n\n"
    "Iowa Democrats said that turnout was high.\n\n"
    "The Republican Party said that the rules were fair.";

static const expected PARTY_MEMBERS_EXPECTED[] = {
    {"that the debate", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that turnout", "Iowa Democrats", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the rules", "Republican Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_unnamed_party_members(void) {
    CHECK_ARTICLE(PARTY_MEMBERS, PARTY_MEMBERS_EXPECTED);
}

/* The table of name words: given names by gender, places of one word or
 * several (in any case), dates; and the list of places sorted. */
static void test_name_words(void) {
    quoth_name_words w;
    CHECK_INT(quoth_name_words_init(&w), 0);
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("Glenn", 5)), 1);
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("dolores", 7)), 2);
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("Jordan", 6)), 0);  /* either */
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("Lee", 3)), NAME_MAN | NAME_WOMAN);
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("Lee", 3)), 0); /* either, so neither */
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("Clinton", 7)), 0); /* a surname */
    CHECK_INT(quoth_given_name_gender(&w, quoth_hash_lower("harbor", 6)), 0);
    CHECK_INT(quoth_given_name_gender(NULL, quoth_hash_lower("Glenn", 5)), 0);
    uint64_t new_hampshire = quoth_name_key(quoth_hash_lower("NEW", 3), quoth_hash_lower("Hampshire", 9));
    CHECK_INT(quoth_name_word_classes(&w, new_hampshire), NAME_PLACE);
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("Hampshire", 9)), 0);
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("Fla.", 4)), NAME_PLACE);
    uint64_t hampshire_new = quoth_name_key(quoth_hash_lower("Hampshire", 9), quoth_hash_lower("New", 3));
    CHECK_INT(quoth_name_word_classes(&w, hampshire_new), 0); /* word order counts */
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("Tuesday", 7)), NAME_DATE);
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("May", 3)), NAME_MONTH);
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("virginia", 8)), NAME_WOMAN | NAME_PLACE);
    CHECK_INT(quoth_name_word_classes(&w, quoth_hash_lower("Act", 3)), NAME_THING);
    quoth_name_words_free(&w);

    const char *const *names = NULL;
    size_t n = quoth_place_names(&names);
    CHECK(n > 200);
    for (size_t i = 1; i < n; i++)
        if (strcmp(names[i - 1], names[i]) >= 0) {
            CHECK(!"place names out of order");
            fprintf(stderr, "  \"%s\" before \"%s\"\n", names[i - 1], names[i]);
        }
}

/* A given name alone names the person named before with it ("Aisha"
 * had been a speaker of her own, even after "Aisha Greaves"), not one
 * named after it. */
static const char GIVEN_NAMES_ALONE[] =
    "Tom and Aisha Greaves bought the village shop in March.\n\n"
    "\"Everyone said we were mad,\" Aisha said.\n\n"
    "\"It was worth it,\" Tom said.\n\n"
    "Their neighbour Hillary Dunmore said that the shop had been empty for years.\n\n"
    "\"We needed it,\" Hillary said.";

static const expected GIVEN_NAMES_ALONE_EXPECTED[] = {
    {"\"Everyone said", "Aisha Greaves", QUOTH_RESOLVED_SURNAME, NULL, F},
    {"\"We needed it", "Hillary Dunmore", QUOTH_RESOLVED_SURNAME, "neighbour", F},
};

static void test_given_names_alone(void) {
    CHECK_ARTICLE(GIVEN_NAMES_ALONE, GIVEN_NAMES_ALONE_EXPECTED);
}

/* Names of international news: a name starts right after its title
 * however many listed given names follow (it had been "Ahmed Warraich",
 * role "Interior Minister Chaudhry Nisar"), and its gender comes from
 * the first listed one; a word before a surname's particles opens the
 * name whatever its tag ("Majed", a participle); a Korean name's given
 * name tells the gender, not the family name (Kim had made her a man);
 * a transcript's unnamed voice is no one; a party and state ("D-N.M.")
 * and a number's sign ("No.") are no names. */
static const char WORLD_NAMES[] =
    "Interior Minister Chaudhry Nisar Ahmed Warraich said that talks would continue.\n\n"
    "Oil Minister Hayan Abdul-Ghani al-Sudani said that production had not been affected.\n\n"
    "Majed bin Khalifa al-Ansari, the ministry's spokesman, told reporters that both delegations would attend.\n\n"
    "An analyst, Kim Seo-yeon, said that the company depended on China.\n\n"
    "Sen. Lorraine Castellano, D-N.M., spoke on Sunday. In a post, the senator wrote that no family should "
    "sleep on an airport floor.\n\n"
    "Treasurer Anh Nguyen said that the numbers were sound.";

static const expected WORLD_NAMES_EXPECTED[] = {
    {"that talks", "Chaudhry Nisar Ahmed Warraich", QUOTH_RESOLVED_NAME, "Interior Minister", M},
    {"that production", "Hayan Abdul-Ghani al-Sudani", QUOTH_RESOLVED_NAME, "Oil Minister", M},
    {"that both delegations", "Majed bin Khalifa al-Ansari", QUOTH_RESOLVED_NAME, "ministry's spokesman", M},
    {"that the company", "Kim Seo-yeon", QUOTH_RESOLVED_NAME, "analyst", F},
    {"that no family", "Lorraine Castellano", QUOTH_RESOLVED_TITLE, "Sen.", F},
    {"that the numbers", "Anh Nguyen", QUOTH_RESOLVED_NAME, "Treasurer", U},
};

static void test_world_names(void) {
    CHECK_ARTICLE(WORLD_NAMES, WORLD_NAMES_EXPECTED);
}

static const char UNNAMED_VOICES[] =
    "SMITH: Good evening.\n\n"
    "JONES: Lawmakers met today.\n\n"
    "UNIDENTIFIED MALE: Then why are the lanes smaller?\n\n"
    "SMITH: Thank you.\n\n"
    "Senator Maria Cornish of Texas, the No. 2 Republican in the Senate, said that the chamber would vote on "
    "Monday.";

static const expected UNNAMED_VOICES_EXPECTED[] = {
    {"Then why", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the chamber", "Maria Cornish", QUOTH_RESOLVED_NAME, "Senator", F},
};

static void test_unnamed_voices_and_signs(void) {
    CHECK_ARTICLE(UNNAMED_VOICES, UNNAMED_VOICES_EXPECTED);
}

/* Someone who lives in a place is no one named, and the place does not
 * speak: "one resident of Ulken" had been a person "Ulken", "a villager
 * in ..." the village. */
static const char RESIDENTS[] =
    "\"If the plant brings jobs, we will support it,\" one resident of Ulken told the newspaper.\n\n"
    "A villager in Tazabagyab said that the wells had dried up.\n\n"
    "\"We were never asked,\" said a native of Oaxaca.";

static const expected RESIDENTS_EXPECTED[] = {
    {"\"If the plant", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"that the wells", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"\"We were never", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_residents_of_places(void) {
    CHECK_ARTICLE(RESIDENTS, RESIDENTS_EXPECTED);
}

/* A broadcaster's number is part of its name, and a capitalized plural
 * opens a body's name before "for": each had been cut to its last word
 * or its first ("Channel", "Afghanistan"). */
static const char NUMBERED_AND_PLURAL_BODIES[] =
    "Channel 12 reported that the cabinet had met.\n\n"
    "BBC Radio 4 reported that the strike would go ahead.\n\n"
    "The aid group Hands for Afghanistan said in a statement that its staff were safe.";

static const expected NUMBERED_AND_PLURAL_BODIES_EXPECTED[] = {
    {"that the cabinet", "Channel 12", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that the strike", "BBC Radio 4", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"that its staff", "Hands for Afghanistan", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_numbered_and_plural_bodies(void) {
    CHECK_ARTICLE(NUMBERED_AND_PLURAL_BODIES, NUMBERED_AND_PLURAL_BODIES_EXPECTED);
}

/* A portfolio's title and its object name an office, not a person
 * ("Energy", "and Irrigation" had been speakers whom "the minister"
 * meant); the person named after it holds it, and "Secretary of Defense
 * Carter" is Carter. A name with "bin" inside is one man's, and a
 * chairman's body still speaks. */
static const char PORTFOLIOS[] =
    "The Minister of Energy of Ukraine Oleksandr Hrytsenko held a meeting on Friday. The minister said that the "
    "grid would hold.\n\n"
    "Kedoria's Minister of Water and Irrigation, Samir bin Khaled Abu Nasser, toured the dam on Sunday. The "
    "minister said that the kingdom faced a drought.\n\n"
    "Secretary of Defense Carter told reporters that the troops would stay.\n\n"
    "The chairman of Kestrel Systems said that profits had doubled.";

static const expected PORTFOLIOS_EXPECTED[] = {
    {"that the grid", "Oleksandr Hrytsenko", QUOTH_RESOLVED_TITLE, "Minister of Energy of Ukraine", M},
    {"that the kingdom", "Samir bin Khaled Abu Nasser", QUOTH_RESOLVED_TITLE,
     "Kedoria's Minister of Water and Irrigation", M},
    {"that the troops", "Carter", QUOTH_RESOLVED_NAME, "Secretary of Defense", U},
    {"that profits", "Kestrel Systems", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_portfolio_offices(void) {
    CHECK_ARTICLE(PORTFOLIOS, PORTFOLIOS_EXPECTED);
}

/* "PM" in a headline is the prime minister the article names after it,
 * and "the PM" the one named before; "10 PM" is a time. Each had been a
 * speaker "PM". */
static const char OFFICE_ABBREVIATIONS[] =
    "\"We will win,\" says PM\n\n"
    "Prime Minister Rupert Ashworth-Hale insisted on Monday that his party could still win.\n\n"
    "Speaking in Leeds, the PM said that taxes would not rise.";

static const expected OFFICE_ABBREVIATIONS_EXPECTED[] = {
    {"\"We will win", "Rupert Ashworth-Hale", QUOTH_RESOLVED_TITLE, "Prime Minister", M},
    {"that his party", "Rupert Ashworth-Hale", QUOTH_RESOLVED_NAME, "Prime Minister", M},
    {"that taxes", "Rupert Ashworth-Hale", QUOTH_RESOLVED_TITLE, "Prime Minister", M},
};

/* Kenya's "the CS" is the cabinet secretary named before (it had been a
 * body "CS"); "the CEO" the chief executive (it had been no one). */
static const one_statement ABBREVIATED_OFFICES[] = {
    {"Interior Cabinet Secretary Kipchumba Otieno spoke in Eldoret.\n\nThe CS said that the curfew would end.",
     {"that the curfew", "Kipchumba Otieno", QUOTH_RESOLVED_TITLE, "Interior Cabinet Secretary", U}},
    {"Health CS Dr Hassan Abdi Warsame urged the union to call off the strike.\n\n"
     "\"A strike kills people,\" the CS said.",
     {"\"A strike kills", "Hassan Abdi Warsame", QUOTH_RESOLVED_TITLE, "Health CS", M}},
    {"Chief Executive Dana Morrow said sales slowed.\n\n\"We misjudged the summer,\" the CEO told investors.",
     {"\"We misjudged", "Dana Morrow", QUOTH_RESOLVED_TITLE, "Chief Executive", U}},
};

/* "police" and "the police" are the force the article named, else one
 * body "police" (each had been no one). */
static const one_statement POLICE[] = {
    /* a place's police is one body, which "police" later is too (it had
     * been the place) */
    {"The Kalyanpur city police said the boy had been found.\n\nFurther inquiries are under way, police said.",
     {"Further inquiries", "Kalyanpur city police", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and "police" alone no one (it had been a body "police" until the
     * forty-sixth audit: readers leave 33 of 48 such sources unnamed) */
    {"Two men were held overnight.\n\nFurther inquiries are under way, police said.",
     {"Further inquiries", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The Kalyanpur Police said the man was arrested.\n\nThe police said that the road would reopen.",
     {"that the road", "Kalyanpur Police", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a department, named after or before, whatever the capital (each
     * had been "police") */
    {"The driver fled, police say.\n\nOfficer Ann Cole of the Marlow Falls Police Department made the arrest.",
     {"The driver fled", "Marlow Falls Police Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Officer Ann Cole of the Marlow Falls Police Department made the arrest.\n\n"
     "Police are asking witnesses to come forward.",
     {"witnesses to come", "Marlow Falls Police Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but of two departments, neither */
    {"The Marlow Falls Police Department and the Dayton Police Department joined the search.\n\n"
     "The driver fled, police said.",
     {"The driver fled", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* prosecutors are their office, when the article names one (they had
     * been no one, and still are without) */
    {"Prosecutors said they would seek a bond of $50,000.\n\n"
     "The Halvern County Prosecutor's Office said in a statement that it would review the footage.",
     {"they would seek", "Halvern County Prosecutor's Office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Prosecutors said they would seek a bond of $50,000.", {"they would seek", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a police spokesperson speaks for the police, and "the spokesperson"
     * after too (they had been no one) */
    {"A police spokesperson said inquiries were continuing. The spokesperson said a file would be sent.",
     {"a file would", "police", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Officer Ann Cole of the Marlow Falls Police Department made the arrest. A police spokesman said the man was "
     "held.",
     {"the man was", "Marlow Falls Police Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* Someone in a place, named after it: the name is theirs (each had been
 * no one, the place phrase cut off before it). */
static const one_statement NAMED_AFTER_PLACE[] = {
    {"A teacher in Leeds, John Smith, said the bridge had collapsed.",
     {"the bridge", "John Smith", QUOTH_RESOLVED_NAME, NULL, M}},
    {"A youth leader in Ikire, Chief Tunde Olawale Akande, said the road had flooded.",
     {"the road", "Tunde Olawale Akande", QUOTH_RESOLVED_NAME, "youth leader in Ikire", M}},
    /* and the office set off before a rank is the role that names them
     * later (the role had been "Chief", and "the community leader" no one) */
    {"A community leader in Odo-Ere, Chief Samuel Adewale Ojo, lamented that the water had risen.\n\n"
     "\"We have lost everything,\" the community leader said.",
     {"\"We have lost", "Samuel Adewale Ojo", QUOTH_RESOLVED_TITLE, "community leader in Odo-Ere", M}},
    /* a place after the place is no name of theirs */
    {"A nurse in Kabul, Afghanistan, said the clinic had closed.", {"the clinic", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

/* Bodies' names that had lost their first words: a journal's "Annals"
 * ("Coastal Botany"), a group's possessive ("Premier Basketball League"). */
static const one_statement BODIES_OF_THE_THIRTEENTH_AUDIT[] = {
    {"The findings, published in the Annals of Coastal Botany, showed that the moss grows faster in shade.",
     {"that the moss", "Annals of Coastal Botany", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The results, published in the Annals of Neurological Therapeutics, showed that the spray worked.",
     {"that the spray", "Annals of Neurological Therapeutics", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Women's Premier Basketball League said the game would be replayed.",
     {"the game", "Women's Premier Basketball League", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A spokesman for the Men's Chess Federation of Orland said entries were up.",
     {"entries were up", "Men's Chess Federation of Orland", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "which" past a participle's aside is the body before it (it had
     * been no one) */
    {"The minister cited a study by the Coastal Research Institute, released in May, which found that sea levels "
     "had risen.",
     {"that sea levels", "Coastal Research Institute", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* a body named by its noun after "by" makes the document or survey
     * (it had been no one) */
    {"The National Sleep Foundation of Carvell recommends eight hours.\n\n"
     "Surveys by the foundation suggest that fewer than a third sleep that long.",
     {"that fewer than", "National Sleep Foundation of Carvell", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_bodies_of_the_thirteenth_audit(void) {
    check_one_statements(BODIES_OF_THE_THIRTEENTH_AUDIT,
                         sizeof BODIES_OF_THE_THIRTEENTH_AUDIT / sizeof *BODIES_OF_THE_THIRTEENTH_AUDIT);
}

static void test_named_after_place(void) {
    check_one_statements(NAMED_AFTER_PLACE, sizeof NAMED_AFTER_PLACE / sizeof *NAMED_AFTER_PLACE);
}

static void test_police(void) {
    check_one_statements(POLICE, sizeof POLICE / sizeof *POLICE);
}

static void test_office_abbreviations(void) {
    check_one_statements(ABBREVIATED_OFFICES, sizeof ABBREVIATED_OFFICES / sizeof *ABBREVIATED_OFFICES);
    CHECK_ARTICLE(OFFICE_ABBREVIATIONS, OFFICE_ABBREVIATIONS_EXPECTED);
}

/* A "he" or "she", "his" or "her" that opens a person's indirect
 * statement tells the speaker's gender when the name did not ("Mayor
 * Tanaka said her ..." had none). Given names of Ethiopia, Poland and
 * Turkey, with their letters of Latin Extended-A folded ("Paweł",
 * "Łukasz", "Ayşe"), give a gender and link alone to the full name
 * ("Almaz" had been a speaker of her own, and "Paweł Nowak" a body). */
static const char GENDERS_AND_GIVEN_NAMES[] =
    "Mayor Tanaka said her office would buy the flooded homes. \"We were lucky,\" Tanaka said.\n\n"
    "Almaz Tesfaye grows coffee near Sidama. \"Prices have collapsed,\" Almaz said.\n\n"
    "Paweł Wiśniewski runs a bakery. \"Flour costs double,\" Paweł said.\n\n"
    "Łukasz Zieliński said the shop would close. Ayşe Demir said the rent was too high.";

static const expected GENDERS_AND_GIVEN_NAMES_EXPECTED[] = {
    {"her office", "Tanaka", QUOTH_RESOLVED_NAME, "Mayor", F},
    {"\"We were lucky", "Tanaka", QUOTH_RESOLVED_NAME, "Mayor", F},
    {"\"Prices have", "Almaz Tesfaye", QUOTH_RESOLVED_SURNAME, NULL, F},
    {"\"Flour costs", "Paweł Wiśniewski", QUOTH_RESOLVED_SURNAME, NULL, M},
    {"the shop would close", "Łukasz Zieliński", QUOTH_RESOLVED_NAME, NULL, M},
    {"the rent", "Ayşe Demir", QUOTH_RESOLVED_NAME, NULL, F},
};

static void test_genders_and_given_names(void) {
    CHECK_ARTICLE(GENDERS_AND_GIVEN_NAMES, GENDERS_AND_GIVEN_NAMES_EXPECTED);
}

/* A title stands for the latest holder of that very title before the
 * latest holder of a title of its kind: "The chief executive" after a
 * chief executive and then a chairman had been the chairman. */
static const char TITLE_BEFORE_KIND[] =
    "Ingrid Solberg, the chief executive of Halvorsen, said the deal was fair. Parkway's chairman, Richard "
    "Coyle, said the board backed the offer. The chief executive said the regulator had been told.";

static const expected TITLE_BEFORE_KIND_EXPECTED[] = {
    {"the deal", "Ingrid Solberg", QUOTH_RESOLVED_NAME, "chief executive of Halvorsen", F},
    {"the board", "Richard Coyle", QUOTH_RESOLVED_NAME, "Parkway's chairman", M},
    {"the regulator", "Ingrid Solberg", QUOTH_RESOLVED_TITLE, "chief executive of Halvorsen", F},
};

static void test_title_before_its_kind(void) {
    CHECK_ARTICLE(TITLE_BEFORE_KIND, TITLE_BEFORE_KIND_EXPECTED);
}

/* An acronym is the body of several words named in the document whose
 * initials it is, defined in brackets or not, past a place's first word
 * ("U.S. Food and Drug Administration"); each had been a speaker of its
 * own. One that quoth knows stays what it knows. */
static const char ACRONYMS_OF_BODIES[] =
    "The Federal Maritime Commission (FMC) said it would review the merger. The FMC said a decision was "
    "expected in March.\n\n"
    "The U.S. Food and Drug Administration said the drug was safe. The FDA said labels would change.\n\n"
    "The Associated Pharmacists said prices rose. The storm hit the coast, the AP reported.";

static const expected ACRONYMS_OF_BODIES_EXPECTED[] = {
    {"it would review", "Federal Maritime Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"a decision", "Federal Maritime Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the drug was safe", "U.S. Food and Drug Administration", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"labels would", "U.S. Food and Drug Administration", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"prices rose", "Associated Pharmacists", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"The storm hit", "Associated Press", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_acronyms_of_bodies(void) {
    CHECK_ARTICLE(ACRONYMS_OF_BODIES, ACRONYMS_OF_BODIES_EXPECTED);
}

/* "The ministry" is the "Ministry of Health" named before, its noun
 * heading the name before "of"; "The company" is a company whose name
 * opens with a place ("Atlantic Coastal Lines", which the entity tagger
 * may read as a place and so never meant). Each had been no one. */
static const char BODIES_BY_THEIR_NOUNS[] =
    "Atlantic Coastal Lines said it would pay $4 million. The company said the employees involved no longer "
    "worked there.\n\n"
    "The Ministry of Health confirmed an outbreak on Sunday. The ministry said it had sent teams to the north.\n\n"
    "The Ministry of Commerce said licenses would be needed. The Commerce Ministry said guidance would follow.";

static const expected BODIES_BY_THEIR_NOUNS_EXPECTED[] = {
    {"it would pay", "Atlantic Coastal Lines", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the employees", "Atlantic Coastal Lines", QUOTH_RESOLVED_TITLE, NULL, U},
    {"it had sent", "Ministry of Health", QUOTH_RESOLVED_TITLE, NULL, U},
    /* a ministry's two forms of name are one body (they had been two) */
    {"guidance would", "Ministry of Commerce", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_bodies_by_their_nouns(void) {
    CHECK_ARTICLE(BODIES_BY_THEIR_NOUNS, BODIES_BY_THEIR_NOUNS_EXPECTED);
}

/* A company's legal form ("Co.", "Ltd", "plc") makes a body, and aid
 * groups named by one word are bodies quoth knows; each had been a
 * person. */
static const char LEGAL_FORMS_AND_AID_GROUPS[] =
    "Walsh Brewing Co. said sales fell last year.\n\n"
    "Greenpeace said governments must act.\n\n"
    "Amnesty said the clinic was shelled.";

static const expected LEGAL_FORMS_AND_AID_GROUPS_EXPECTED[] = {
    {"sales fell", "Walsh Brewing Co.", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"governments must act", "Greenpeace", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the clinic", "Amnesty International", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_legal_forms_and_aid_groups(void) {
    CHECK_ARTICLE(LEGAL_FORMS_AND_AID_GROUPS, LEGAL_FORMS_AND_AID_GROUPS_EXPECTED);
}

/* A nickname with the surname is the person who bears it ("Bill Harmon"
 * had been someone apart from William "Bill" Harmon); a title after an
 * article heads an apposition that prepositions go on from ("A
 * spokeswoman for the agency in Nairobi, Faith Mutua," had no role and
 * no gender), not a capitalized title inside a phrase of circumstance. */
static const char NICKNAMES_AND_LONG_ROLES[] =
    "Northstar's chief executive, William \"Bill\" Harmon, said the talks were hard. \"They drove a hard "
    "bargain,\" Bill Harmon said.\n\n"
    "A spokeswoman for the agency in Nairobi, Hana Mutua, said more refrigerators were coming.\n\n"
    "With Mayor Ed Walsh by her side, Senator Ruth Ames said the port would reopen.";

static const expected NICKNAMES_AND_LONG_ROLES_EXPECTED[] = {
    {"the talks", "William Harmon", QUOTH_RESOLVED_NAME, "Northstar's chief executive", M},
    {"\"They drove", "William Harmon", QUOTH_RESOLVED_NAME, "Northstar's chief executive", M},
    {"more refrigerators", "Hana Mutua", QUOTH_RESOLVED_NAME, "spokeswoman for the agency in Nairobi", F},
    {"the port", "Ruth Ames", QUOTH_RESOLVED_NAME, "Senator", F},
};

static void test_nicknames_and_long_roles(void) {
    CHECK_ARTICLE(NICKNAMES_AND_LONG_ROLES, NICKNAMES_AND_LONG_ROLES_EXPECTED);
}

/* A "she" right after an unnamed woman's statement is her, not the woman
 * named before her; but not when someone is named between, nor after
 * one who asks. */
static const char UNNAMED_ANTECEDENTS[] =
    "\"The rent doubled,\" said Carol Dunn. A nurse who lives next door said she had also been evicted. "
    "\"We have nowhere to go,\" she said.\n\n"
    "\"The ferry is late,\" said Mark Ruiz. A reporter asked Ruiz how long he had waited. \"Two hours,\" he said.";

static const expected UNNAMED_ANTECEDENTS_EXPECTED[] = {
    {"\"The rent", "Carol Dunn", QUOTH_RESOLVED_NAME, NULL, F},
    {"\"We have nowhere", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"\"Two hours", "Mark Ruiz", QUOTH_RESOLVED_PRONOUN, NULL, M},
};

static void test_unnamed_antecedents(void) {
    CHECK_ARTICLE(UNNAMED_ANTECEDENTS, UNNAMED_ANTECEDENTS_EXPECTED);
}

/* "The survey's director, Professor Jane Whitlock," is her, not the body
 * named "... Survey" (the poll rule had taken it); "County officials"
 * and "Consumer advocates" are nobody named (they had been "County" and
 * "Consumer"). */
static const char SURVEYS_AND_KINDS[] =
    "The British Antarctic Survey said the findings were important. The survey's director, Professor Jane "
    "Whitlock, said better estimates were needed.\n\n"
    "County officials said clinics were overwhelmed.";

static const expected SURVEYS_AND_KINDS_EXPECTED[] = {
    {"the findings", "British Antarctic Survey", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"better estimates", "Jane Whitlock", QUOTH_RESOLVED_NAME, "Professor", F},
    {"clinics were", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_surveys_and_kinds(void) {
    CHECK_ARTICLE(SURVEYS_AND_KINDS, SURVEYS_AND_KINDS_EXPECTED);
}

/* Two Kims kept apart by their given names' genders ("Mr. Kim" had made
 * Kim Soo-ah a man), and the Chinese family name He inside a sentence
 * before a name (it had been the pronoun, and the speaker lost). */
static const char KIMS_AND_HE[] =
    "Kim Min-jun said the bill was essential. Kim Soo-ah said the bill was a gift to two companies. Mr. Kim "
    "dismissed that argument. Ms. Kim said the chairman was wrong.\n\n"
    "A ministry spokeswoman, He Yadong, told a briefing that Beijing opposed the controls.";

static const expected KIMS_AND_HE_EXPECTED[] = {
    {"the bill was essential", "Kim Min-jun", QUOTH_RESOLVED_NAME, NULL, M},
    {"the bill was a gift", "Kim Soo-ah", QUOTH_RESOLVED_NAME, NULL, F},
    {"the chairman", "Kim Soo-ah", QUOTH_RESOLVED_SURNAME, NULL, F},
    {"that Beijing", "He Yadong", QUOTH_RESOLVED_NAME, "ministry spokeswoman", F},
};

static void test_kims_and_he(void) {
    CHECK_ARTICLE(KIMS_AND_HE, KIMS_AND_HE_EXPECTED);
}

/* A possessive inside a body's name before a word of bodies keeps the
 * name whole ("Union", "Society" had been all of it); a place's is no
 * part of it. */
static const char POSSESSIVES_IN_BODIES[] =
    "The National Farmers' Union said it hoped for longer contracts.\n\n"
    "The Alzheimer's Society said the research was encouraging.\n\n"
    "Britain's Labour Party said it would vote against the bill.";

static const expected POSSESSIVES_IN_BODIES_EXPECTED[] = {
    {"it hoped", "National Farmers' Union", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the research", "Alzheimer's Society", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"it would vote", "Labour Party", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_possessives_in_bodies(void) {
    CHECK_ARTICLE(POSSESSIVES_IN_BODIES, POSSESSIVES_IN_BODIES_EXPECTED);
}

/* A company named before by its first word ("Skyward" had been a person
 * of that name), but not a foundation's first word, which is as often a
 * person's. */
static const char COMPANIES_BY_FIRST_WORD[] =
    "Skyward Airlines Holdings Inc. said it was disappointed. Skyward said it would keep talking. The airline "
    "said the fares would stay.\n\n"
    "The Ardent Foundation said the gift was legal. Ardent said the foundation had done nothing wrong.";

static const expected COMPANIES_BY_FIRST_WORD_EXPECTED[] = {
    {"it was disappointed", "Skyward Airlines Holdings Inc.", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"it would keep", "Skyward Airlines Holdings Inc.", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the fares", "Skyward Airlines Holdings Inc.", QUOTH_RESOLVED_TITLE, NULL, U}, /* a company's kind noun */
    {"the gift", "Ardent Foundation", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
    {"the foundation had", "Ardent", QUOTH_RESOLVED_NAME, NULL, U},
};

static void test_companies_by_first_word(void) {
    CHECK_ARTICLE(COMPANIES_BY_FIRST_WORD, COMPANIES_BY_FIRST_WORD_EXPECTED);
}

/* A group that opens the source, of someone the name after its comma
 * names, speaks, and not that person ("The family of the victim, Piotr
 * Nowak," had been Nowak); a single head is the name. A cleric's form of
 * address is a role, and "the priest" stands for its holder (each had
 * been none). */
static const char GROUPS_AND_CLERGY[] =
    "The family of the victim, Piotr Nowak, said the police were slow.\n\n"
    "A lawyer for the defendant, Mark Ellis, said the charges would be fought.\n\n"
    "Father Ben Ocampo said aid was slow. \"We cannot eat letters,\" the priest said.";

static const expected GROUPS_AND_CLERGY_EXPECTED[] = {
    {"the police", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"the charges", "Mark Ellis", QUOTH_RESOLVED_NAME, "lawyer for the defendant", M},
    {"aid was slow", "Ben Ocampo", QUOTH_RESOLVED_NAME, "Father", M},
    {"\"We cannot", "Ben Ocampo", QUOTH_RESOLVED_TITLE, "Father", M},
};

static void test_groups_and_clergy(void) {
    CHECK_ARTICLE(GROUPS_AND_CLERGY, GROUPS_AND_CLERGY_EXPECTED);
}

/* An unnamed source's gender by its head noun "man", and by the head of
 * its apposition ("One of them, a mother of three,"); each had none. */
static const char UNNAMED_GENDERS[] =
    "A man at the gate said the road was closed.\n\n"
    "Tenants gathered outside. One of them, a mother of three, said the rent had doubled.\n\n"
    "Joy Dela Cruz, a nurse, said the ward was understaffed. A patient's son said he backed the strike. "
    "\"They are stretched thin,\" he said.";

/* and a "he" after "A patient's son" is the son, not the nurse before
 * him, whom it had made a man */
static const expected UNNAMED_GENDERS_EXPECTED[] = {
    {"the road", NULL, QUOTH_RESOLVED_NONE, NULL, M},
    {"the rent", NULL, QUOTH_RESOLVED_NONE, NULL, F},
    {"the ward", "Joy Dela Cruz", QUOTH_RESOLVED_NAME, "nurse", F},
    {"\"They are stretched", NULL, QUOTH_RESOLVED_NONE, NULL, M},
};

static void test_unnamed_genders(void) {
    CHECK_ARTICLE(UNNAMED_GENDERS, UNNAMED_GENDERS_EXPECTED);
}

/* Found by the audit of the fixes above: a pronoun that opens the content
 * gives no gender when one of the other gender follows in it ("she was
 * the best player he had coached"), nor against the source's own words
 * ("a father of two"); "Her father" is kin, whom "the priest" does not
 * mean. */
static const char GENDER_GUARDS[] =
    "Coach Ellery said she was the best player he had coached.\n\n"
    "Chidi Okoro, a father of two, said she had been sacked without warning.\n\n"
    "Her father, Tom Reed, said prices fell. \"We cannot eat letters,\" the priest said.";

static const expected GENDER_GUARDS_EXPECTED[] = {
    {"she was the best", "Ellery", QUOTH_RESOLVED_NAME, "Coach", U},
    {"she had been sacked", "Chidi Okoro", QUOTH_RESOLVED_NAME, "father of two", M},
    {"prices fell", "Tom Reed", QUOTH_RESOLVED_NAME, "Her father", M},
    {"\"We cannot", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_gender_guards(void) {
    CHECK_ARTICLE(GENDER_GUARDS, GENDER_GUARDS_EXPECTED);
}

/* A body by the maker it is said to be, past a participle ("a leading
 * maker of ..."): it had been a person. */
static const char MAKERS[] =
    "Acme Robotics, a leading maker of warehouse robots, said that it would hire 200 people.";

static const expected MAKERS_EXPECTED[] = {
    {"that it would hire", "Acme Robotics", QUOTH_RESOLVED_ORGANIZATION, NULL, U},
};

static void test_bodies_by_what_they_make(void) {
    CHECK_ARTICLE(MAKERS, MAKERS_EXPECTED);
}

/* A name right after an office's title is a person's, whatever the body's
 * words around it made the entity tagger think (each had been an
 * organization); an office's capitals alone name no one ("The Prime
 * Minister, Rupert Ashworth-Hale," had been "Prime Minister"); a month's
 * abbreviation is a date ("Nov." had been a speaker). */
static const char OFFICES[] =
    "Chinese Foreign Ministry spokesperson Wang Lihua on Thursday urged the United States to stop "
    "interfering.\n\n"
    "At the same time, the speaker of parliament Nino Kiknadze noted that the law was fair.\n\n"
    "The Prime Minister, Rupert Ashworth-Hale, insisted that his party could still win a majority.\n\n"
    "The audit, released Nov. 8, said that the district had no receipts.";

static const expected OFFICES_EXPECTED[] = {
    {"the United States to stop", "Wang Lihua", QUOTH_RESOLVED_NAME, "Chinese Foreign Ministry spokesperson", U},
    {"that the law", "Nino Kiknadze", QUOTH_RESOLVED_NAME, NULL, U},
    {"that his party", "Rupert Ashworth-Hale", QUOTH_RESOLVED_NAME, "Prime Minister", M},
    {"that the district", NULL, QUOTH_RESOLVED_NONE, NULL, U},
};

static void test_offices_and_their_holders(void) {
    CHECK_ARTICLE(OFFICES, OFFICES_EXPECTED);
}

/* A general noun stands for the person named latest with a role of its
 * kind ("the diplomat", "the head of government", "the parliamentarian"
 * had been no one); "the
 * official" does not, since news uses it for an unnamed official more
 * often. */
static const char ROLE_KINDS[] =
    "Deputy Foreign Minister Bakhtiyor Rakhimov said on Thursday that the two countries would cooperate. "
    "The diplomat also noted that experts had prepared the documents.\n\n"
    "Sen. Maria Lopez said that the bill would pass. The lawmaker added that the vote was close.\n\n"
    "A ministry official said that the border would stay open. The official added that guards were ready.\n\n"
    "Prime Minister Irakli Gvaramia said on Monday that reforms would continue. \"Nobody can take away our "
    "choice,\" the head of government said.\n\n"
    "State Duma deputy Ivan Petrov said that the law would pass. The parliamentarian added that the count was tight.";

static const expected ROLE_KINDS_EXPECTED[] = {
    {"that experts", "Bakhtiyor Rakhimov", QUOTH_RESOLVED_TITLE, "Deputy Foreign Minister", M},
    {"that the vote", "Maria Lopez", QUOTH_RESOLVED_TITLE, "Sen.", F},
    {"that guards", NULL, QUOTH_RESOLVED_NONE, NULL, U},
    {"\"Nobody can take", "Irakli Gvaramia", QUOTH_RESOLVED_TITLE, "Prime Minister", M},
    {"that the law", "Ivan Petrov", QUOTH_RESOLVED_NAME, "State Duma deputy", M},
    {"that the count was tight", "Ivan Petrov", QUOTH_RESOLVED_TITLE, "State Duma deputy", M},
};

static void test_general_nouns_of_roles(void) {
    CHECK_ARTICLE(ROLE_KINDS, ROLE_KINDS_EXPECTED);
}

/* A Japanese or Chinese family name written first is the surname a later
 * mention uses ("Takahashi" had been a speaker of its own), and the given
 * name after it tells the gender. */
static const char FAMILY_FIRST[] =
    "Japanese Prime Minister Takahashi Kenji said on Friday that he wanted a summit.\n\n"
    "\"I want to deepen the relationship,\" Takahashi told reporters.\n\n"
    "China's envoy Gao Junlan said that trade would grow. Gao added that talks would resume.";

static const expected FAMILY_FIRST_EXPECTED[] = {
    {"\"I want to deepen", "Takahashi Kenji", QUOTH_RESOLVED_SURNAME, "Japanese Prime Minister", M},
    {"that talks would", "Gao Junlan", QUOTH_RESOLVED_SURNAME, "China's envoy", U},
};

static void test_family_names_first(void) {
    CHECK_ARTICLE(FAMILY_FIRST, FAMILY_FIRST_EXPECTED);
}

/* A nickname in quotation marks is part of the name, which starts at the
 * given name before it (it had been "Simmons" alone, with no role or
 * gender; "Marine John" had made a man a woman), and so is the surname
 * after it when the tagger reads it as a common noun ("Price": it had
 * been "Del. Marcia"). The speaker's name leaves the nickname out, as the
 * readers of the audits wrote it. */
static const char NICKNAMES[] =
    "Board Trustee Harold \"Hal\" Simmons said he regretted his vote. Simmons added that he would resign.\n\n"
    "Marine John \"Tig\" Tiegen said that help never came.\n\n"
    "\"This is a big year,\" shouted state Del. Marcia \"Cia\" Price (D-Newport News).";

static const expected NICKNAMES_EXPECTED[] = {
    {"he regretted", "Harold Simmons", QUOTH_RESOLVED_NAME, "Board Trustee", M},
    {"that he would resign", "Harold Simmons", QUOTH_RESOLVED_SURNAME, "Board Trustee", M},
    {"that help", "John Tiegen", QUOTH_RESOLVED_NAME, NULL, M},
    {"\"This is a big year", "Marcia Price", QUOTH_RESOLVED_NAME, NULL, F},
};

static void test_nicknames(void) {
    CHECK_ARTICLE(NICKNAMES, NICKNAMES_EXPECTED);
}

/* Bodies met in sports, business and local news: a club of its league
 * named by its ending, a plural's possessive in "the pilots' association",
 * "which" that says a body, "the group" past a company, and a one-word
 * name that opens a sentence beside its description (each had been no
 * one, or a person). */
static const one_statement CLUBS_AND_GROUPS[] = {
    {"Harbour United have sacked their manager. The club said it thanked him.",
     {"it thanked", "Harbour United", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Baltic Pilots Association said its members were tired. The pilots' association said more strikes "
     "were planned.",
     {"more strikes", "Baltic Pilots Association", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Delta Gateway, which is based in Antwerp, said the offer was fair. The company said automation was "
     "essential.",
     {"automation", "Delta Gateway", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The developer, Castlemere Homes, says the scheme would provide housing. The Lantern Alliance said it "
     "would seek approval. The group said it hoped to start in May.",
     {"it hoped", "Lantern Alliance", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Eurogrocers, the industry's lobby group, said margins remained low.",
     {"margins", "Eurogrocers", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_clubs_and_groups(void) {
    check_one_statements(CLUBS_AND_GROUPS, sizeof CLUBS_AND_GROUPS / sizeof *CLUBS_AND_GROUPS);
}

/* People who are where a place is speak for themselves, not for it
 * ("Passengers at Riga airport": it had been Riga); officials there
 * speak for it, and data from a body are its own. */
static const one_statement BYSTANDERS[] = {
    {"Passengers at Riga airport said they had been given little notice.",
     {"they had been", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Shoppers from Lisbon to Helsinki say their bills keep climbing.",
     {"their bills", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Officials in Ohio said the count was over.", {"the count", "Ohio", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Data from the Census Bureau show that rents rose.",
     {"that rents", "Census Bureau", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_bystanders_in_places(void) {
    check_one_statements(BYSTANDERS, sizeof BYSTANDERS / sizeof *BYSTANDERS);
}

/* A description set off after a name reaches past its place ("a chemist
 * at the Lima Institute"), so that "the chemist" finds her (no one had). */
static const one_statement DESCRIPTIONS_WITH_PLACES[] = {
    {"Ana Ruiz, a chemist at the Lima Institute, said the outbreak was over. \"We were lucky,\" the chemist said.",
     {"\"We were lucky", "Ana Ruiz", QUOTH_RESOLVED_TITLE, NULL, F}},
};

static void test_descriptions_with_places(void) {
    check_one_statements(DESCRIPTIONS_WITH_PLACES, sizeof DESCRIPTIONS_WITH_PLACES / sizeof *DESCRIPTIONS_WITH_PLACES);
}

/* A title that opens a body's name stays in it ("General Electric", "the
 * Justice Department" had been "Electric" and "Department"); before a
 * person's name, or in an office, it is still a title. */
static const one_statement TITLES_OPENING_BODIES[] = {
    {"General Electric said profits rose.", {"profits", "General Electric", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* nor one inside a body's name that its word and "of" open (it had
     * been "Statistics") */
    {"The Bureau of Justice Statistics said the rise was 12 percent.",
     {"the rise", "Bureau of Justice Statistics", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The General Workers Union said the plan was unfair.",
     {"the plan", "General Workers Union", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Justice Department said it would appeal.",
     {"it would", "Justice Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"General Mark Milley said the plan was sound.", {"the plan", "Mark Milley", QUOTH_RESOLVED_NAME, "General", M}},
};

static void test_titles_in_bodies(void) {
    check_one_statements(TITLES_OPENING_BODIES, sizeof TITLES_OPENING_BODIES / sizeof *TITLES_OPENING_BODIES);
}

/* A word of nationality before a noun is no name ("The Finnish
 * businessman" had been a speaker "Finnish"), and such a description, or
 * a role of sport ("the coach"), is the person just named. */
static const one_statement NATIONALITIES_AND_ROLES[] = {
    {"Juhani Virtanen will become chairman. The Finnish businessman told a newspaper that he had called Lund.",
     {"that he had", "Juhani Virtanen", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Ines Carvalho disagreed. The Portuguese coach said the decision was wrong.",
     {"the decision", "Ines Carvalho", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* past the sentences of her quotation (it had been no one) */
    {"Marta Wilczek lost in three sets. \"It was bad,\" she said. \"I was angry.\" The Pole said her wrist was "
     "fine.",
     {"her wrist", "Marta Wilczek", QUOTH_RESOLVED_TITLE, NULL, F}},
};

static void test_nationalities_and_roles(void) {
    check_one_statements(NATIONALITIES_AND_ROLES, sizeof NATIONALITIES_AND_ROLES / sizeof *NATIONALITIES_AND_ROLES);
}

/* A "she" after an unnamed woman is hers, past a man named in her
 * statement and through an apposition that says she is a woman (both
 * had been the woman named before her). */
static const one_statement UNNAMED_WOMEN[] = {
    {"Anika Sharma said the victim was stable. A woman who lives nearby said she found Marc Tremblay lying in "
     "the road. She said she stayed with him.",
     {"she stayed", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
    {"\"The rent doubled,\" said Carol Dunn. Another tenant, a woman who lives next door, said she had also been "
     "evicted. \"We have nowhere to go,\" she said.",
     {"\"We have nowhere", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
};

static void test_unnamed_women(void) {
    check_one_statements(UNNAMED_WOMEN, sizeof UNNAMED_WOMEN / sizeof *UNNAMED_WOMEN);
}

/* A work's title and a delta are nobody a "he" or "she" stands for (they
 * had been: "He" was The Salt Ledger). */
static const one_statement WORKS_AND_PLACES[] = {
    {"Amara Nwosu's novel, The Salt Ledger, follows a family in the Niger Delta. Her grandfather told her "
     "stories. He used to say that the sea keeps its own records.",
     {"that the sea", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
};

static void test_works_and_places(void) {
    check_one_statements(WORKS_AND_PLACES, sizeof WORKS_AND_PLACES / sizeof *WORKS_AND_PLACES);
}

/* A plural's possessive inside a guild's name ("Guild" alone had been the
 * name), and a clause that gives the speaker's name ("who gave his name
 * only as Luis": no one had). */
static const one_statement GUILDS_AND_GIVEN_NAMES[] = {
    {"The Library Workers' Guild estimates that every pound returns four.",
     {"that every", "Library Workers' Guild", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A father who gave his name only as Luis told the board that he was worried.",
     {"that he was", "Luis", QUOTH_RESOLVED_NAME, NULL, M}},
};

static void test_guilds_and_given_names(void) {
    check_one_statements(GUILDS_AND_GIVEN_NAMES, sizeof GUILDS_AND_GIVEN_NAMES / sizeof *GUILDS_AND_GIVEN_NAMES);
}

/* What a description must not join (each had, after the rules above): a
 * person the text gave another role of a team, another nationality or an
 * age quoth does not keep; a body when someone of the description's kind
 * came between; a fans' group for "the club". */
static const one_statement DESCRIPTIONS_APART[] = {
    {"Brennmoor manager Graham Tolley was pleased. The player said the goal was lucky.",
     {"the goal", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Castleford striker Danny Pruitt scored twice. \"We were lucky,\" he said. \"Very lucky.\" The coach said "
     "the referee had been fair.",
     {"the referee", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Adaeze Okafor, the Nigerian, won the match. \"It was great,\" she said. \"Really great.\" The Pole said "
     "she was tired.",
     {"she was tired", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Erik Halvorsen, 24, scored twice. \"It was great,\" he said. \"A lucky day.\" The 34-year-old said he was "
     "tired.",
     {"he was tired", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The Lantern Alliance said it would seek approval. A group of parents said the plan was rushed. The group said "
     "it would protest.",
     {"it would protest", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Dr. Ana Ruiz, a chemist at the Lima Institute, said the river was safe. A chemist at a rival lab said the "
     "samples were too small. \"It is too early to say,\" the chemist said.",
     {"\"It is too early", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Dinamo supporters were angry on Monday. A fan group, the Northern Wall, said the sale was a betrayal. The club "
     "said the fee was fair.",
     {"the fee", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

static void test_descriptions_apart(void) {
    check_one_statements(DESCRIPTIONS_APART, sizeof DESCRIPTIONS_APART / sizeof *DESCRIPTIONS_APART);
}

/* Bodies that a place or a person only names, and bodies named the way
 * South Asian news writes them (the sixth audit's leftovers): a place's
 * own agency is not the place ("Pakistan's disaster management
 * authority", "Japan's central bank" had been Pakistan and Japan; since
 * the forty-first audit the first is one body of that whole name, as its
 * readers named a place's ministry in small letters), nor
 * the last of two places a plural head governs (it had been Canada),
 * nor a person the people set against them ("Dorn's rivals" had been
 * Dorn); "the Home ministry" is a ministry (it had been "Home"); a
 * capitalized adjective opens a command's name even when the tagger reads
 * its last noun as a common one (it had been "Operations Command"). And a
 * word of unknown kind that spoke is no "he": "Public colleges have made
 * up for" had taken Tom Dorsey's "he" and with it a gender. */
static const one_statement AGENCIES_AND_PLACES[] = {
    {"Floods swept through Sindh on Tuesday. Pakistan's disaster management authority said that 40 people had died.",
     {"that 40 people", "Pakistan's disaster management authority", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Japan's central bank said it would keep rates low.", {"it would keep", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The governments of France and Canada said they would send aid.",
     {"they would send", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Marek Dorn won the vote in March. Dorn's rivals said that he was unfit for office.",
     {"that he was unfit", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"A spokesman for the Home ministry said the curfew would be lifted on Friday.",
     {"the curfew", "Home ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"United States Special Operations Command said in a statement that two soldiers were wounded.",
     {"that two soldiers", "United States Special Operations Command", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"\"It is an expensive model,\" said Tom Dorsey, a professor of economics at Vanderbilt University.\n\n"
     "Public colleges have made up for that shortfall by raising tuition, admitting more students from abroad."
     "\n\nThose changes can also affect the quality of teaching, he said.",
     {"Those changes", "Tom Dorsey", QUOTH_RESOLVED_PRONOUN, "professor of economics", M}},
    /* a "who" clause set off by a comma after a noun of people or a
     * party's word holds no one the source is (they had been Albay and
     * Iowa); nor is a place or a person before a noun of what someone is
     * (they had been "New York" and Abraham Lincoln) */
    {"The lawmaker, who represents a district in Albay province, said that the remarks were offensive.",
     {"that the remarks", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"\"It might surprise you,\" said the Republican, who leads in Iowa.",
     {"\"It might", "Republican", QUOTH_RESOLVED_NAME, NULL, U}},
    {"\"We cannot win like this,\" said the New York businessman, who campaigned in Dover on Monday.",
     {"\"We cannot", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Abraham Lincoln was shot in 1865.\n\n\"It is a two-horse race,\" says the Lincoln actor.",
     {"\"It is a two-horse", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

static void test_agencies_and_places(void) {
    check_one_statements(AGENCIES_AND_PLACES, sizeof AGENCIES_AND_PLACES / sizeof *AGENCIES_AND_PLACES);
}

/* The seventh audit's public services (health, transport, universities,
 * churches), each had been cut or lost: a union's name past "University
 * and" (it had been "University", then "College Union"), a utility by
 * its "Water", an office by its holder's possessive ("'s Office"), a
 * diocese read as a common noun (Lincoln), a pharmacist as the place she
 * works in (Bristol), a field of government as a name ("Health"); and a
 * bare spokesperson or "the regulator" speaks for the body before it. */
static const one_statement PUBLIC_SERVICES[] = {
    {"Lecturers will strike, the University and College Union announced on Monday.",
     {"Lecturers will strike", "University and College Union", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Avonmere Water said it had found no evidence of a leak.",
     {"it had found", "Avonmere Water", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Information Commissioner's Office said breaches must be reported within 72 hours.",
     {"breaches must", "Information Commissioner's Office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"On Monday the Attorney General's Office said it would appeal.",
     {"it would appeal", "Attorney General's Office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Diocese of Lincoln said it was saddened by the proposal.",
     {"it was saddened", "Diocese of Lincoln", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a bishop named by his see is no body of that name (it had been
     * "Calderbridge"), and "the bishop" is the bishop named since (it had
     * been no one) */
    {"The Bishop of Calderbridge has called on the government to scrap the limit.",
     {"the government", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The Bishop of Calderbridge has called for change. In a statement, the Rt Rev. Emmanuel Nwachukwu said the "
     "policy was cruel. The bishop said he had written to the prime minister.",
     {"he had written", "Emmanuel Nwachukwu", QUOTH_RESOLVED_TITLE, "Rev.", M}},
    /* "the expert", "the economist" describe the one person named so (it
     * had been no one) */
    {"The political scientist Oleg Barinov said the sanctions will have a limited effect. \"The Europeans are "
     "punishing themselves,\" the expert told the agency.",
     {"\"The Europeans", "Oleg Barinov", QUOTH_RESOLVED_TITLE, "political scientist", M}},
    /* a legion is a body's noun (it had been "Legion", of unknown kind) */
    {"The American Legion said the memorial would stay.",
     {"the memorial", "American Legion", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A pharmacist in Bristol said the phones had not stopped ringing.",
     {"the phones", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Health officials said a decision was unlikely before autumn.",
     {"a decision", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The Department for Transport said councils had received extra money. A spokesperson said it was for local "
     "authorities to decide.",
     {"it was for local", "Department for Transport", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Office of Rail and Road said it was monitoring the situation. According to the regulator, punctuality "
     "fell to 58 per cent.",
     {"punctuality", "Office of Rail and Road", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_public_services(void) {
    check_one_statements(PUBLIC_SERVICES, sizeof PUBLIC_SERVICES / sizeof *PUBLIC_SERVICES);
}

/* The seventh audit's politics outside the United States and its wire
 * copy: a member's letters before a name make it a person's ("Labour MP
 * Sudipta Banerjee" had been an organization, and her "She" no one's);
 * known bodies whose first word the tagger reads as no name ("Downing
 * Street" had been "Street", "Elections Canada" Canada); "Mrs Whitcombe
 * replied", the surname read as a verb, is hers (the source had been
 * "Mrs", the cue "Whitcombe replied"). */
static const one_statement POLITICS_ABROAD[] = {
    {"Labour MP Sudipta Banerjee said the inquiry was an eyewash. She demanded the minister's resignation.",
     {"the minister's", "Sudipta Banerjee", QUOTH_RESOLVED_PRONOUN, "Labour MP", F}},
    {"Downing Street later said that the Prime Minister was relaxed.",
     {"that the Prime", "Downing Street", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Elections Canada reported that turnout was up 12 per cent.",
     {"that turnout", "Elections Canada", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Eleanor Whitcombe said waiting lists were falling. Mrs Whitcombe replied that the figure would be reached by "
     "the spring.",
     {"that the figure", "Eleanor Whitcombe", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* "her statements" are hers, as "her statement" is (it had been no one's) */
    {"Katharina Overbeck-Siems defended the procedure. According to her statements, the average duration has "
     "fallen to 6.8 months.",
     {"the average duration", "Katharina Overbeck-Siems", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a spokesman for a title speaks for its holder (it had been no one) */
    {"Prime Minister Eleanor Whitcombe denied the plan had been shelved. A spokesman for the Prime Minister added "
     "that she would set out further measures next month.",
     {"that she would set", "Eleanor Whitcombe", QUOTH_RESOLVED_TITLE, "Prime Minister", F}},
    /* a body's noun right before a name makes it the body's ("The
     * newspaper Al-Riyadh" had been of unknown kind, "the Indian firm
     * Sarvam Biologics" a person) */
    {"The newspaper Al-Riyadh writes that the forum will see 12 agreements signed.",
     {"that the forum", "Al-Riyadh", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The vaccine's developer, the Indian firm Sarvam Biologics, said it could produce 100 million doses a year.",
     {"it could produce", "Sarvam Biologics", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but not a person's name after it (the re-judgement found her made
     * a body, and her surname then no one's) */
    {"This was stated by the official representative of the ministry Yelena Vorontsova.\n\n\"Such steps only "
     "strengthen our determination,\" Vorontsova said.",
     {"\"Such steps", "Yelena Vorontsova", QUOTH_RESOLVED_SURNAME, NULL, F}},
};

/* A minister's portfolio written before the name with no comma, as wire
 * copy translates it: the name starts past its fields and an honorific
 * ("Investment Nguyen Thi Lan" had been an organization, "Ministry of
 * Commerce Madam Shu" too, and a source the tagger began inside the
 * portfolio had been "Industry"); a field no list holds ends where a
 * given name opens the name; and a "named" after a place phrase names the
 * person (not cut off as "a pharmacist in Bristol" is). */
static const one_statement WIRE_PORTFOLIOS[] = {
    {"Deputy Minister of Planning and Investment Nguyen Thi Lan said to the press that investment rose. She added "
     "that the figures were provisional.",
     {"that the figures", "Nguyen Thi Lan", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Spokesperson of the Ministry of Commerce Madam Shu Yaping told the press conference that China opposes the "
     "tariffs.",
     {"that China opposes", "Shu", QUOTH_RESOLVED_NAME, NULL, F}},
    {"The Minister of Energy, Industry and Mineral Resources Abdulaziz Al-Mansouri stated that oil prices will stay "
     "stable. He stressed that the transition must be gradual.",
     {"that the transition", "Abdulaziz Al-Mansouri", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Minister of Agriculture and Food Ivan Ivanovich Krutoy reported that the harvest had begun.",
     {"that the harvest", "Ivan Ivanovich Krutoy", QUOTH_RESOLVED_NAME, "Minister of Agriculture and Food", M}},
    {"On the stand, a retired dentist from New Jersey named Harold Fine testified that he had lost his pension.",
     {"that he had lost", "Harold Fine", QUOTH_RESOLVED_NAME, NULL, M}},
};

static void test_portfolios(void) {
    check_one_statements(WIRE_PORTFOLIOS, sizeof WIRE_PORTFOLIOS / sizeof *WIRE_PORTFOLIOS);
}

/* The eighth audit's live blogs and local news: a time zone after a
 * clock time is no body (the operator's spokesperson had been "GMT"'s),
 * "the force", "the airport" are the police and the airport named before
 * (each had been no one), and a company's name may open with a word of
 * nationality. */
static const one_statement LIVE_BLOGS[] = {
    {"Flood live: river bursts its banks\n\n10:15 GMT\nBritish Rail Freight said trains were cancelled. A "
     "spokesperson for the operator said crews were clearing the line.",
     {"crews were clearing", "British Rail Freight", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Kent Police said the road was closed. No one was hurt, according to the force.",
     {"No one was hurt", "Kent Police", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Heathrow Airport said flights were delayed. The airport told passengers to stay at home.",
     {"to stay at home", "Heathrow Airport", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a word of nationality opening a sentence opens a company's name
     * (they had been "Airways" and "Rail Freight", people), not a
     * person's after a title */
    {"British Airways said flights were cancelled.",
     {"flights were cancelled", "British Airways", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"American Airlines said it would add flights.",
     {"it would add", "American Airlines", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"British Prime Minister Theresa May said talks would go on.",
     {"talks would go on", "Theresa May", QUOTH_RESOLVED_NAME, "British Prime Minister", F}},
    /* a title before a given name no list holds, opening the sentence or
     * read as a name's word, makes a person (each had been a body, and
     * "She", "The sheriff" no one) */
    {"Premier Ngaire Tapsell said the state would cover the costs. She urged drivers to avoid the area.",
     {"drivers to avoid the area", "Ngaire Tapsell", QUOTH_RESOLVED_PRONOUN, "Premier", F}},
    {"Maricopa County Sheriff Delia Navarro said three men had been arrested. The sheriff said the trucks were "
     "worth 90,000 dollars.",
     {"the trucks were", "Delia Navarro", QUOTH_RESOLVED_TITLE, "Maricopa County Sheriff", F}},
    /* companies by their last word ("Brackwell" had been a person, and the
     * spokesman no one's) */
    {"Shares in Brackwell Biosciences rose 11%. Brackwell said it welcomed dialogue. A company spokesman said the "
     "board would meet.",
     {"the board would meet", "Brackwell Biosciences", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"A second shareholder, the Danish pension fund Nordvik Kapital, said it was open to the proposals.",
     {"it was open", "Nordvik Kapital", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's word before its place, a broadcaster's "Sports", a given
     * name the lists lacked (each had been a body or no one's) */
    {"Police Scotland said the road was closed. It said no one was hurt.",
     {"no one was hurt", "Police Scotland", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    {"Sky Sports reported that the deal was done. It said the fee was a record.",
     {"the fee was", "Sky Sports", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    {"Scotland's Callum Reid said the team was ready.",
     {"the team was ready", "Callum Reid", QUOTH_RESOLVED_NAME, NULL, M}},
    /* an "It" that opens its sentence after a one-word name that spoke,
     * with nothing to make it a person (it had been no one's) */
    {"Gatwick says most gates are now open. It expects normal service by noon.",
     {"normal service", "Gatwick", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* a body's kind noun after words that describe it, and "the
     * regulator" of two bodies the one whose name regulates (each had been
     * no one) */
    {"Pellworth Telecom has replaced its chief executive. The mobile operator said a search had begun.",
     {"a search had begun", "Pellworth Telecom", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Prudential Regulation Authority has fined Castlemere Bank. The regulator said the bank had ignored "
     "warnings.",
     {"the bank had ignored", "Prudential Regulation Authority", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a district after a place's possessive is no woman a "she" stands for */
    {"The singer grew up in Chicago's South Loop. \"It was loud,\" she says.",
     {"\"It was loud", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
};

static void test_live_blogs(void) {
    check_one_statements(LIVE_BLOGS, sizeof LIVE_BLOGS / sizeof *LIVE_BLOGS);
}

/* Bodies whose names hold a word in small letters other than "of", "for",
 * "and" and "on" */
static const one_statement SMALL_WORDS_IN_NAMES[] = {
    /* it had been "Standards", and the commission "Public Office Commission" */
    {"The Standards in Public Office Commission said on Monday that it had opened an inquiry. The commission said "
     "the complaint was serious.",
     {"the complaint was serious", "Standards in Public Office Commission", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* it had been "Medicines", and the agency "Regulatory Agency" */
    {"The Medicines and Healthcare products Regulatory Agency said the vaccine was safe. The agency added that it "
     "would keep watching.",
     {"that it would keep watching", "Medicines and Healthcare products Regulatory Agency", QUOTH_RESOLVED_TITLE, NULL,
      U}},
    /* a company's one word opening a sentence before a plural verb, which
     * the tagger reads as a plural noun (it had been no one's) */
    {"Shares in Fernbay Holdings fell 4% on Tuesday.\n\nFernbay say the deal will close in May.",
     {"the deal will close", "Fernbay Holdings", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a first word in "-ing" the tagger reads as a verb (it had been
     * "Asset Management") */
    {"Grayling Asset Management said it would vote against the deal. The firm said the price was too low.",
     {"the price was too low", "Grayling Asset Management", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a capitalized plural after an adjective of the name (it had been
     * "International Brotherhood") */
    {"The International Brotherhood of Electrical Workers said it would hold the company to every promise.",
     {"it would hold", "International Brotherhood of Electrical Workers", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a newspaper's label in an interview (it had been a person) */
    {"Vanessa Ruiz-Haddad spoke with the Harbor Ledger.\n\nHARBOR LEDGER: The union says cranes will cut jobs. "
     "Are they wrong?\n\nRUIZ-HADDAD: Yes. The mayor told me the city would pay for police.\n\nHARBOR LEDGER: "
     "Have they agreed?",
     {"The union says", "Harbor Ledger", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* not a name: a sentence's first word, or one body word after "in" */
    {"Officials in Kano State Government said the schools would reopen.",
     {"the schools would reopen", "Kano State Government", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Democrats in Congress said the bill was dead.",
     {"the bill was dead", "Democrats", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* A name of two or three words after "the", of no person the lists or
 * titles know, is a place or a thing's ("the Blue Lantern", a venue, had
 * been a person, and taken the woman's "she" before it) */
static const one_statement VENUES_AFTER_THE[] = {
    {"Marta Ellison has run the kitchen for twelve years. Last spring she moved the restaurant to the Blue Lantern on "
     "Quay Street.\n\n\"We wanted more tables,\" she said.",
     {"\"We wanted more tables,\"", "Marta Ellison", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* nor a name before a common noun after a preposition ("Skerrin
     * Point" had been a man, whom "he" stood for) */
    {"Every morning Tomas Greig climbs the 112 steps to the top of Skerrin Point lighthouse. He does not have to. "
     "But he says he cannot imagine starting the day any other way.",
     {"he cannot imagine", "Tomas Greig", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Tomas Reyes sold his boat to the Harbour Trust last year. \"I miss it,\" he said.",
     {"\"I miss it,\"", "Tomas Reyes", QUOTH_RESOLVED_PRONOUN, NULL, M}},
};

static void test_venues_after_the(void) {
    check_one_statements(VENUES_AFTER_THE, sizeof VENUES_AFTER_THE / sizeof *VENUES_AFTER_THE);
}

/* "the union", "the agency": a body whose name's head is another word
 * of the same kind (each had been no one) */
static const one_statement KINDS_OF_HEADS[] = {
    {"The Minnesota Nurses Association said the strike was about staffing. The union said nurses would return on "
     "Friday.",
     {"nurses would return", "Minnesota Nurses Association", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Centers for Disease Control and Prevention reported 212 cases. The agency said most were linked to travel.",
     {"most were linked", "Centers for Disease Control and Prevention", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Spokane Regional Health District confirmed nine new cases. According to the district, anyone who visited "
     "the sites should watch for a fever.",
     {"anyone who visited", "Spokane Regional Health District", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Clearwater Energy Cooperative will shut down the plant. The utility said it would build wind farms.",
     {"it would build wind farms", "Clearwater Energy Cooperative", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the company" is not a power station named between */
    {"Clearwater Energy Cooperative said the Platte Bend Generating Station had become too expensive to run. "
     "Closing the plant will eliminate about 240 jobs, the company said.",
     {"Closing the plant", "Clearwater Energy Cooperative", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Federal Aviation Administration said the runway was closed. The agency said it would reopen on Monday.",
     {"it would reopen", "Federal Aviation Administration", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_kinds_of_heads(void) {
    check_one_statements(KINDS_OF_HEADS, sizeof KINDS_OF_HEADS / sizeof *KINDS_OF_HEADS);
}

/* Later mentions of names written in other orders: a Japanese family
 * name first, the first of two Spanish surnames opening a sentence (the
 * tagger reads "Fuentes" as a plural), an Arabic surname without its
 * article. Each had been a person of their own, or no one. */
static const one_statement LATER_MENTIONS_ABROAD[] = {
    {"Prime Minister Takeda Haruto said Japan would send a delegation. Takeda said the talks would start soon.",
     {"the talks would start", "Takeda Haruto", QUOTH_RESOLVED_SURNAME, "Prime Minister", M}},
    {"Gen. Alberto Fuentes Barragán said troops had been sent. Fuentes said the army had seized fuel.",
     {"the army had seized", "Alberto Fuentes Barragán", QUOTH_RESOLVED_SURNAME, "Gen.", M}},
    {"Khalid al-Mansour, a researcher in Jeddah, said the talks could produce a short extension. Mansour said "
     "neither side believed it was losing.",
     {"neither side believed", "Khalid al-Mansour", QUOTH_RESOLVED_SURNAME, "researcher", M}},
    /* the surname inside the name tagged a verb (it had been no one's) */
    {"Colombia's defense minister, Gen. Alberto Fuentes Barragán, said extra troops had been sent to the area. "
     "Fuentes said the military had seized 14 tons of contraband fuel.",
     {"the military had seized", "Alberto Fuentes Barragán", QUOTH_RESOLVED_SURNAME, "defense minister",
      M}}, /* the office his country's name owns, before the rank (the role had been "Gen.") */
    /* an apposition of what a person is, though it goes on to a body (he
     * had been a body, and "Tuan" another person) */
    {"Le Minh Tuan, an agricultural researcher at Hanoi's Institute of Policy and Strategy, said climate change "
     "posed a risk. Tuan said salt water was moving inland.",
     {"salt water was moving", "Le Minh Tuan", QUOTH_RESOLVED_SURNAME, "agricultural researcher", U}},
    /* a given name inside a run that a county opens (it had been a body) */
    {"Waukesha County Clerk Meg Hartung said she worried about confusion.",
     {"she worried about", "Meg Hartung", QUOTH_RESOLVED_NAME, NULL, F}},
};

static void test_later_mentions_abroad(void) {
    check_one_statements(LATER_MENTIONS_ABROAD, sizeof LATER_MENTIONS_ABROAD / sizeof *LATER_MENTIONS_ABROAD);
}

/* A one-word name of no known kind that is a body by what the text says
 * of it: a body's noun before it, set off after a possessor's body noun,
 * an "It" that stands for it. Each had been a person, and "the company"
 * after it no one. */
static const one_statement BODIES_BY_WHAT_IS_SAID_OF_THEM[] = {
    {"Hackers stole data, Telvara admits\n\nTelecoms operator Telvara said hackers had stolen customer data. The "
     "company said it had shut down the affected servers.",
     {"it had shut down", "Telvara", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Lumera said it would stop selling its older tablets. It said new repair rules were to blame. The company said "
     "prices would rise.",
     {"prices would rise", "Lumera", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"According to Indonesia's state logistics agency, Bulog, prices will be negotiated.",
     {"prices will be negotiated", "Bulog", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the bank" is no regulator named before it (it had been the
     * authority), and a bank's first word alone is the bank */
    {"The Financial Conduct Authority is examining the fees, people familiar with the matter said.\n\nIn a "
     "statement, the bank said it was cooperating fully with regulators.",
     {"it was cooperating", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Shares in Harrowgate Bank fell. The Financial Conduct Authority is examining its fees. In a statement, the "
     "bank said it was cooperating fully with regulators.",
     {"it was cooperating", "Harrowgate Bank", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a person's name after a possessor's body noun stays a person's */
    {"Acme's chief executive, Dana Whitfield, said the plant would close. She said talks had failed.",
     {"the plant would close", "Dana Whitfield", QUOTH_RESOLVED_NAME, "Acme's chief executive", F}},
    /* the tenth audit's: a sentence's first word in "-ing" before a body's
     * name and its apposition opens it; a mine and a forum are bodies
     * (each had been a person, the forum "Standards Forum") */
    {"Banking Standards Forum, the industry trade body, said that criminals stole 450 million pounds last year.",
     {"that criminals stole", "Banking Standards Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Kafue Basin Copper said in a statement that it had halted processing.",
     {"that it had halted", "Kafue Basin Copper", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a campaign named by its call (it had been "Save") */
    {"\"We are studying the decision carefully,\" said a spokesperson for Save Our Seascape.",
     {"\"We are studying", "Save Our Seascape", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Stop the War Coalition said the march would go ahead.",
     {"the march would go", "Stop the War Coalition", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_bodies_by_what_is_said_of_them(void) {
    check_one_statements(BODIES_BY_WHAT_IS_SAID_OF_THEM,
                         sizeof BODIES_BY_WHAT_IS_SAID_OF_THEM / sizeof *BODIES_BY_WHAT_IS_SAID_OF_THEM);
}

/* Descriptions by the title or the apposition a person was named with:
 * "The doctor" after "Dr.", an office of "for", an apposition after a
 * doctor's title, a given name set off after a kinship noun. Each had
 * been no one. */
static const one_statement DESCRIPTIONS_BY_TITLE[] = {
    {"Dr. Farah Siddiqui said the boy was a good candidate. The doctor said she had filed an appeal.",
     {"she had filed an appeal", "Farah Siddiqui", QUOTH_RESOLVED_TITLE, "Dr.", F}},
    {"Secretary for Housing Cheryl Fung said flats must have a window. The secretary said landlords would have "
     "three years.",
     {"landlords would have", "Cheryl Fung", QUOTH_RESOLVED_TITLE, "Secretary for Housing", F}},
    {"Dr. Elise Hartmann, the county's health officer, said 37 patients were unvaccinated. The health officer said "
     "the rule was required by law.",
     {"the rule was required", "Elise Hartmann", QUOTH_RESOLVED_TITLE, "county's health officer", F}},
    /* a role repeated whole is its holder (it had been "Saltmarsh") */
    {"The Member for Saltmarsh and Dunholm, Caroline Brewer, said the cuts were reckless.\n\nThe hon. Member for "
     "Saltmarsh and Dunholm said the coast was at risk.",
     {"the coast was at risk", "Caroline Brewer", QUOTH_RESOLVED_TITLE, "Member for Saltmarsh and Dunholm", F}},
    {"Greig, 74, is the last keeper. His wife, Morag, has lived on the island for 49 years. She says the winters "
     "were the hardest part.",
     {"the winters were", "Morag", QUOTH_RESOLVED_PRONOUN, NULL, F}},
};

static void test_descriptions_by_title(void) {
    check_one_statements(DESCRIPTIONS_BY_TITLE, sizeof DESCRIPTIONS_BY_TITLE / sizeof *DESCRIPTIONS_BY_TITLE);
}

/* What an apposition names: a body set off after a noun of no person
 * (it had been the singer whose label it is), a person after an age in
 * a group's source (she had been the speaker, not her family); a
 * Vietnamese name by its middle name (it had been a body); an unnamed
 * dealer or spokesman, whose "he" is his (it had been the person named
 * before); a handle. */
static const one_statement APPOSITIONS_AND_NAMES[] = {
    {"Vance's record label, Northlight Music, said in a statement that the album would be released in October.",
     {"that the album would", "Northlight Music", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The family of one of the injured, 16-year-old Kayla Moreno, said through a lawyer that they were deeply "
     "disappointed.",
     {"that they were deeply", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Le Thi Hoa, of the Mekong Green Network, said dredging could damage mangrove forests.",
     {"dredging could damage", "Le Thi Hoa", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a dealer is one unnamed person as a nurse is: the "he" after him is
     * his (it had been the trader named before) */
    {"Marcus Ellery, a trader, said prices would fall. One dealer in Singapore said refiners had stopped buying. "
     "\"They smell lower prices,\" he said.",
     {"\"They smell lower prices", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"Professor Ama Boateng said the strike was unlawful. A university spokesman said talks would resume. \"We "
     "remain open to dialogue,\" he said.",
     {"\"We remain open", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* a surname after an honorific and an initial, whatever its tag (it
     * had been "P.") */
    {"Mr. P. Hargreaves of Leeds wrote that he keeps his savings in bonds.",
     {"that he keeps", "P. Hargreaves", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a word with a capital inside it is a name, though tagged a common
     * noun (it had been no one) */
    {"Hundreds of flights were cancelled, according to the flight-tracking service AirWatch.",
     {"Hundreds of flights", "AirWatch", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a body's name after its noun keeps a role word that opens it (it
     * had been "Voice Asia") */
    {"Labour rights group Worker Voice Asia said in a report that wages had been withheld.",
     {"that wages had been", "Worker Voice Asia", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a handle that a person's role introduces is a person's (its "he"
     * had been the platform's) */
    {"The speedrunner Gh0stKid argued that Glint was unfair. \"Big partners get a slap on the wrist,\" he said.",
     {"\"Big partners", "Gh0stKid", QUOTH_RESOLVED_PRONOUN, NULL, M}},
};

static void test_appositions_and_names(void) {
    check_one_statements(APPOSITIONS_AND_NAMES, sizeof APPOSITIONS_AND_NAMES / sizeof *APPOSITIONS_AND_NAMES);
}

/* One unnamed someone in a place is no one the text names (each had
 * been the place); many there speak for it, a document there for its
 * maker, and a government for its capital. */
static const one_statement SOMEONE_IN_A_PLACE[] = {
    {"Another trader, at a private lender in Chennai, said exporters had sold dollars.",
     {"exporters had sold", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The agriculture ministry in New Delhi said it had no plans to ease the ban.",
     {"it had no plans", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Officials in Ohio said the count was over.", {"the count was over", "Ohio", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A new article in the Harbor Ledger said the mayor would resign.",
     {"the mayor would resign", "Harbor Ledger", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_someone_in_a_place(void) {
    check_one_statements(SOMEONE_IN_A_PLACE, sizeof SOMEONE_IN_A_PLACE / sizeof *SOMEONE_IN_A_PLACE);
}

/* A description in a headline names no one before it: it announces whom
 * the text names after it, the first speaker it fits (each had been no
 * one, or "Rail" for "Rail union"). */
static const one_statement HEADLINE_DESCRIPTIONS[] = {
    {"Drug slows memory loss in older patients, company says\n\nA new drug slowed memory loss in a trial, "
     "Halbrook Therapeutics said on Tuesday.\n\n\"The results are very encouraging,\" said Dr. Lena Marsh.",
     {"Drug slows memory loss", "Halbrook Therapeutics", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Rail union announces 48-hour walkout\n\nThe Associated Transit Workers' Union said on Monday that drivers "
     "would strike.",
     {"48-hour walkout", "Associated Transit Workers' Union", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Judge blocks Orvale's new voting law\n\nA federal judge on Friday blocked the law. U.S. District Judge "
     "Marcia Quell wrote that the state had failed to justify it.",
     {"Orvale's new voting law", "Marcia Quell", QUOTH_RESOLVED_TITLE, "U.S. District Judge", F}},
    /* a governor after a title's abbreviation; a plural description is
     * a group, and stays no one */
    {"Governor defends budget cuts\n\nGov. Hal Brenner said on Monday that the cuts were needed.",
     {"budget cuts", "Hal Brenner", QUOTH_RESOLVED_TITLE, "Gov.", M}},
    {"Ministers say illegal fishing must end\n\nFisheries Minister Tala Moana said patrols would double.",
     {"illegal fishing must end", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor one after a name in its own sentence, which it stands for (the
     * twenty-eighth audit's company that spoke before; it had been no one) */
    {"Glint has banned a creator for promoting a gambling site, the company said on Tuesday.\n\nDunmore Foods "
     "said it would end its sponsorship.",
     {"Glint has banned", "Glint", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_headline_descriptions(void) {
    check_one_statements(HEADLINE_DESCRIPTIONS, sizeof HEADLINE_DESCRIPTIONS / sizeof *HEADLINE_DESCRIPTIONS);
}

/* Honorifics of Malaysia and Singapore, a given name after "Mr", a word
 * of nationality for the person, a role glued to a surname in a headline */
static const one_statement HONORIFICS_AND_EPITHETS[] = {
    /* it had been "Seri Hamzah Ismail", and "Datuk Seri Hamzah" another */
    {"Deputy Prime Minister Datuk Seri Hamzah Ismail said the link was part of a wider plan. According to Datuk "
     "Seri Hamzah, 20 companies are interested.",
     {"20 companies are interested", "Hamzah Ismail", QUOTH_RESOLVED_SURNAME, "Deputy Prime Minister",
      U}},
    /* "Madam" had been part of her name, and "She" no one's or the man's */
    {"\"This is what the people want,\" Datuk Azman said. Madam Siti Aminah Abdullah, 56, who runs a food stall, "
     "was less sure. She said she worried about her business.",
     {"she worried about", "Siti Aminah Abdullah", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"Transport Minister Ravin Subramaniam said the project was on budget. Mr Ravin told reporters the checkpoint "
     "was 85 per cent complete.",
     {"the checkpoint was", "Ravin Subramaniam", QUOTH_RESOLVED_SURNAME, "Transport Minister", M}},
    /* a ruler's title of a place is a person (they had been bodies) */
    {"The Emir of Kano said the palace would reopen. He said the festival would go ahead.",
     {"the festival would go", "Emir of Kano", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Wexford Rovers manager Callum Bramwell said he still had the backing of the owners. The Scot said he had "
     "spoken to the chairman.",
     {"he had spoken", "Callum Bramwell", QUOTH_RESOLVED_TITLE, "Wexford Rovers manager", M}},
    {"Cyclist Varga banned for four years\n\nHungarian cyclist Bence Varga has been banned for four years.\n\n"
     "Varga denied wrongdoing. In a statement, he said he had never knowingly taken a banned substance.",
     {"he had never knowingly", "Bence Varga", QUOTH_RESOLVED_PRONOUN, "Hungarian cyclist", M}},
};

static void test_honorifics_and_epithets(void) {
    check_one_statements(HONORIFICS_AND_EPITHETS, sizeof HONORIFICS_AND_EPITHETS / sizeof *HONORIFICS_AND_EPITHETS);
}

/* The words of nationality are found by halving a sorted list: each of
 * its ends, its middle and the words the ninth audit added are found,
 * and words between them are not. */
static void test_nationality_words_found_by_halving(void) {
    static const char *const FOUND[] = {"American", "Argentine", "Pole", "Scot", "Kiwi", "Briton", "Venezuelan",
                                        "Uruguayan", "Filipina", "Swede"};
    for (size_t k = 0; k < sizeof FOUND / sizeof *FOUND; k++) CHECK(quoth_nationality_of(FOUND[k]) == 3);
    CHECK(quoth_nationality_of("Englishman") == 1);
    CHECK(quoth_nationality_of("Welshwoman") == 2);
    CHECK(quoth_nationality_of("Scots") == 0);
    CHECK(quoth_nationality_of("Americana") == 0);
    CHECK(quoth_nationality_of("Aardvark") == 0);
    CHECK(quoth_nationality_of("Zulu") == 0);
}

static void test_small_words_in_names(void) {
    check_one_statements(SMALL_WORDS_IN_NAMES, sizeof SMALL_WORDS_IN_NAMES / sizeof *SMALL_WORDS_IN_NAMES);
}

/* Wire copy cut at 66 columns: a line that opens with a capital inside a
 * paragraph runs on from the full line before it (the source had been
 * "Council", a paragraph of its own). */
static const one_statement HARD_WRAPPED[] = {
    {"Harbour dredging delayed\n\n"
     "HARBOURTON, May 4 (Wire) - The port authority said on Tuesday that\n"
     "it would delay the dredging of the northern channel until autumn,\n"
     "citing a shortfall in its maintenance budget for the coming year.\n\n"
     "Tomas Breck, who chairs the Harbourton Shippers' Shipping Liaison\n"
     "Council, said the delay would cost members a great deal of money.\n",
     {"the delay would", "Tomas Breck", QUOTH_RESOLVED_NAME, NULL, M}},
};

/* The eleventh audit's unnamed people: a "she" after an unnamed mother
 * whose statement named someone else, a "he" after a shop owner (a title
 * after the noun of a trade names no office), a village named after "the
 * village of" (it had been a man), a taxi driver after a detective (she
 * had been the driver). */
static const one_statement UNNAMED_PEOPLE[] = {
    {"A mother of three said Makepeace had once walked her son home. \"I never forgot that,\" she said.",
     {"\"I never forgot", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
    {"Jim Bell met us. One shop owner said he had thrown away his frozen food. \"Nobody tells you anything,\" he "
     "said.",
     {"\"Nobody tells", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"In the village of Ashby Marsh, one shop owner said he had thrown away his frozen food. \"Nobody tells you "
     "anything,\" he said.",
     {"\"Nobody tells", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"Flood water reached the village of Ashby Marsh on Monday. \"Nobody tells us anything,\" he said.",
     {"\"Nobody tells us", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"Detective Sergeant Wendy Okafor said officers were looking for the car. The taxi driver told the Echo that the "
     "road was unlit.",
     {"that the road", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

/* The eleventh audit's bodies: a registry and a constabulary by their
 * nouns, companies named later by their first word, a name that a common
 * noun opens at a sentence's start, a name opened by a question word (and
 * "the company" that is not that consumer group), a coast guard written
 * as one word. Each had been cut, a person, or another body. */
static const one_statement BODIES_ELEVEN[] = {
    {"Separate figures from the Property Registry showed the number of completed sales fell by 9 percent.",
     {"the number of", "Property Registry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The man was found by a passer-by, Hallamshire Constabulary said. He remains in hospital.",
     {"The man was found", "Hallamshire Constabulary", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"House prices fell, according to figures from the lender Northgate Building Society. Prices were 1 per cent "
     "lower, Northgate said.",
     {"Prices were", "Northgate Building Society", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Lumen Devices unveiled a folding phone on Tuesday. Lumen also said it would offer seven years of updates.",
     {"it would offer", "Lumen Devices", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The talks failed on Friday. Climate Action Network, a coalition of groups, said rich countries had come with "
     "empty pockets.",
     {"rich countries", "Climate Action Network", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"FitTrack said hackers had stolen the data. Consumer group Which Way said the offer was \"an insult\". The "
     "company said it did not yet know who was behind the attack.",
     {"it did not yet know", "FitTrack", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"FitTrack said hackers had stolen the data. Consumer group Which Way said the offer was \"an insult\".",
     {"the offer was", "Which Way", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Hellenic Coast Guard rescued 47 people on Thursday. The coastguard denied that its boat had been late.",
     {"that its boat", "Hellenic Coast Guard", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* an apposition whose modifiers "and" joins still names a body (the
     * app had been of no kind, and "The company" no one) */
    {"FitTrack, the popular running and fitness app, said that hackers had gained access. The company said in a "
     "statement that the attack was discovered on 2 October.",
     {"that the attack", "FitTrack", QUOTH_RESOLVED_TITLE, NULL, U}},
};

/* A rank alone before a name ("Ambassador") says less than the office
 * set off before it, by which "The spokesman" names him later (he had
 * been no one). */
static const expected SPOKESMAN_OF_PRESIDENCY[] = {
    {"that the President", "Ahmed Fahmy Mansour", QUOTH_RESOLVED_NAME, "spokesman of the Presidency", M},
    {"that the talks", "Ahmed Fahmy Mansour", QUOTH_RESOLVED_TITLE, "spokesman of the Presidency", M},
};

static const char SPOKESMAN_ARTICLE[] = "The spokesman of the Presidency, Ambassador Ahmed Fahmy Mansour, stated that "
                                        "the President received a call. The spokesman clarified that the talks were "
                                        "friendly.";

/* Translated news's names (the eleventh audit's set A): a body and its
 * officer with no comma between, an Arabic name whose first word no list
 * holds, a ministry's field in words no list holds. They had been the
 * institute, the father's name, and a man "Ecological Transition". */
static const one_statement TRANSLATED_NAMES[] = {
    {"The director of the Center of Japanese Studies of the Institute of the Far East Viktor Sazonov told TASS that "
     "no breakthrough should be expected.",
     {"that no breakthrough", "Viktor Sazonov", QUOTH_RESOLVED_NAME, NULL, M}},
    {"The Minister, Saleh bin Abdullah Al-Otaibi, revealed that the metro will open in May.",
     {"that the metro", "Saleh bin Abdullah Al-Otaibi", QUOTH_RESOLVED_NAME, "Minister", M}},
    {"The Ministry for the Ecological Transition replied that it has mobilized 200 million euros.",
     {"that it has", "Ministry for the Ecological Transition", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Ministry of Ecological Transition replied that it has mobilized 200 million euros.",
     {"that it has", "Ministry of Ecological Transition", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but a ministry's officer named by proper nouns is a person */
    {"Spokesperson of the Ministry of Commerce Lin Qiaoyun said that China opposes the tariffs.",
     {"that China opposes", "Lin Qiaoyun", QUOTH_RESOLVED_NAME, NULL, U}},
};

/* A word that opens a sentence before a plural noun in small letters
 * and that the document never capitalizes inside a sentence only says
 * what the group deals in (it had been a speaker "Grain"); a body's word
 * keeps its body. */
static const one_statement GROUP_MODIFIERS[] = {
    {"Grain traders said wheat prices had risen.", {"wheat prices", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor are "Pentagon officials" the Pentagon: the audits' readers left
     * 74 of 76 such sources unnamed (it had been the Pentagon until the
     * forty-sixth audit) */
    {"Pentagon officials said the test had failed.", {"the test had", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a reporter named in a byline is no one a "he" or "she" stands for */
    {"China News Network, Guangzhou, June 18 (Reporter Chen Xiaoying) -- Several cities flooded. The responsible "
     "person of the headquarters spoke. He said that the emergency response had been upgraded.",
     {"that the emergency", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"By Jane Smith and Tom Reyes\n\nThe minister resigned on Monday after a long row. \"I am tired,\" she said.",
     {"\"I am tired", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
    {"Photo caption: Rescue workers carry residents to safety. Photo by Huang Wei\n\nThe responsible person of the "
     "headquarters spoke. He said that the emergency response had been upgraded.",
     {"that the emergency", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* someone doing something in a city's district is no district (she
     * had been "Nerima Ward"); a body named after its possessor's noun is
     * a body (it had been a person) */
    {"A 70-year-old woman shopping in Tokyo's Nerima Ward said prices had doubled.",
     {"prices had doubled", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The tenants' association Inquilinos Unidos, on its side, warned that rents would rise.",
     {"that rents would", "Inquilinos Unidos", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an unnamed man described by his age keeps the "he" after him (it had
     * been the man named before) */
    {"Tobias Reyne said the plan had failed. A 29-year-old man, who spoke on condition of anonymity, said he could "
     "not work. \"I want to be useful,\" he said.",
     {"\"I want to be", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* the pronoun's quotation may hold several sentences (he had been the
     * man named in the paragraph before) */
    {"The opposition spokesman, Liam Doherty, claimed the operator had been warned.\n\nIn the village of Ashby "
     "Marsh, one shop owner said he had thrown away his food. \"Nobody tells you anything. You just sit in the dark "
     "and wait,\" he said.",
     {"\"Nobody tells", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* a name with an age set off after it is a person's (it had been no one) */
    {"Yusuf, 16, said he wanted to reach his brother in Germany.",
     {"he wanted", "Yusuf", QUOTH_RESOLVED_NAME, NULL, M}},
};

/* The twelfth audit's speakers. */
static const one_statement SPEAKERS_TWELVE[] = {
    /* a company and where it is: "Arcturus" after it is the company (the
     * run had held "of Cambridge", and "Arcturus" was a person) */
    {"The drug was developed by Arcturus Therapeutics of Cambridge, Massachusetts. In a statement, Arcturus said "
     "it planned to seek approval.",
     {"it planned", "Arcturus Therapeutics", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Bharat Industries of Dhanbad said profit fell.",
     {"profit fell", "Bharat Industries", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's name set off after a person's noun is no person's */
    {"The council's consultant, Parkline Advisory Group, wrote that downtown faces a parking deficit.",
     {"that downtown", "Parkline Advisory Group", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "The rabbi" is the rabbi named, not the congregation after her
     * ("Beth Shalom", a woman by its first word, had held her office) */
    {"Rabbi Miriam Goldfarb of Temple Beth Shalom said the project was rooted in shared teachings. The rabbi "
     "added that the group had hired a director.",
     {"that the group", "Miriam Goldfarb", QUOTH_RESOLVED_TITLE, "Rabbi", F}},
    /* a subject set off with its apposition before a day and its cue is
     * the source (there had been none): after a place line, and with "on
     * Sunday" */
    {"MINNEAPOLIS, June 4 \u2014 Brightwell Logistics, Inc., a regional provider of warehousing and freight "
     "services, today announced plans to open a distribution center.",
     {"plans to open", "Brightwell Logistics", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Presiding Bishop of Living Waters Gospel Assembly, Bishop Olufemi Adeyemo, on Sunday said the "
     "resurrection was proof of hope.",
     {"the resurrection", "Olufemi Adeyemo", QUOTH_RESOLVED_NAME, "Presiding Bishop of Living Waters Gospel Assembly",
      U}},
    /* a bishop named by his see is who is named after it (he had been no one) */
    {"The Bishop of Kilmorna, Dr Declan Fitzmaurice, said homelessness was a stain on the nation.",
     {"homelessness", "Declan Fitzmaurice", QUOTH_RESOLVED_NAME, "Bishop of Kilmorna", M}},
    /* someone unnamed, whom a body's name before the noun or after "at"
     * and "for" only describes (they had been the AFC, the Austin Ledger
     * and the Medical College) */
    {"One AFC scout said Okonjo could go in the third round.", {"Okonjo", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"A food critic for the Austin Ledger said the mole was superb.",
     {"the mole", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"A senior doctor at the Medical College told reporters that the boy was stable.",
     {"that the boy", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* but a spokesman or a reporter speaks for it, and one named after is
     * who it is */
    {"A spokesman for the Harbor Authority said the port would reopen.",
     {"the port", "Harbor Authority", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a given name no list holds, alone, is the person with a role named
     * so before (it had been a speaker of its own) */
    {"Hawks captain Shahzaib Khan admitted the bowlers had failed. Shahzaib said the team would regroup.",
     {"the team would", "Shahzaib Khan", QUOTH_RESOLVED_SURNAME, "Hawks captain", U}},
    /* a pronoun after an unnamed boy or parishioner is theirs, past a name
     * in its own quotation (they had been Walt and the bishop named before) */
    {"A retired logger named Walt said he had cleared brush. A 16-year-old boy said the sky had turned orange. "
     "\"It looked like Mars,\" he said.",
     {"\"It looked like Mars", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    {"Bishop Declan Fitzmaurice said the Government had failed. One parishioner, who asked not to be named, said "
     "politics had no place at the altar. \"I came here to pray,\" he told the Kilmorna Chronicle.",
     {"\"I came here", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* a name after "in" that no list knows is a place, not a woman whom
     * "she" stands for */
    {"Before the trucks arrive, Rosa Quintanilla is at the butcher block in Casa Brava.\n\n\"A knife can be "
     "cheap,\" she says.",
     {"\"A knife", "Rosa Quintanilla", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    {"An attorney for the firm, Mark Dowling, said his client would appear.",
     {"his client", "Mark Dowling", QUOTH_RESOLVED_NAME, "attorney for the firm", M}},
};

/* The fourteenth audit's press reviews and briefings. */
static const one_statement SPEAKERS_FOURTEEN[] = {
    /* a paper set after a newspaper's noun is one, which "the newspaper"
     * and "the paper" later are (they had been no one), and a body */
    {"According to the newspaper Zorvanski Vestnik, the patrol had six guards.\n\n"
     "The newspaper wrote that the men were released.",
     {"that the men", "Zorvanski Vestnik", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The daily Morgenpost Halvik wrote that the deal was a victory.\n\n"
     "\"Nobody got what they wanted,\" the paper added.",
     {"\"Nobody got", "Morgenpost Halvik", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The opposition weekly Glas Kestrije reported that the government knew.",
     {"that the government", "Glas Kestrije", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the columnist, not the weekly that printed her column (it had been
     * the weekly, a person, and her "she" after) */
    {"Klara Osterwald, in a column for the business weekly Kapital Heute, noted that the deal held no money. "
     "\"The trains will run late,\" she wrote.",
     {"\"The trains", "Klara Osterwald", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a given name the tagger reads as a verb ("Annelies", as "applies"),
     * no list held: the spokesperson, not the Commission */
    {"The Commission's spokesperson, Annelies Verhoeven, said the plan would be published on Friday.",
     {"the plan", "Annelies Verhoeven", QUOTH_RESOLVED_NAME, "Commission's spokesperson", F}},
};

/* The fourteenth audit's offices, aliases and agencies. */
static const one_statement OFFICES_FOURTEEN[] = {
    /* an MEP is a title, which "The Polish MEP" later finds (it had been
     * a name "Polish") */
    {"The Polish MEP Malgorzata Wojcik accused the Commission of ignoring coastal towns. "
     "The Polish MEP later said she would table an amendment.",
     {"she would table", "Malgorzata Wojcik", QUOTH_RESOLVED_TITLE, "Polish MEP", F}},
    /* of two MEPs, the one of the nationality named (it had been the
     * latest, the Portuguese) */
    {"The Polish MEP Malgorzata Wojcik accused the Commission of ignoring coastal towns. Joao Ferreira, a "
     "Portuguese Green MEP, said that he supported the figures. The Polish MEP later said she would table an "
     "amendment.",
     {"she would table", "Malgorzata Wojcik", QUOTH_RESOLVED_TITLE, "Polish MEP", F}},
    /* an office set off before the name, past an opening phrase of time
     * and the "to" that ends its noun phrase, is the role "the rapporteur"
     * finds (the role had been "Dr.", and none without it) */
    {"Later in the day, the Special Rapporteur on the right to food, Dr. Emeka Nwankwo, told the Council that "
     "starvation was prohibited. \"Every day counts,\" the rapporteur said.",
     {"\"Every day", "Emeka Nwankwo", QUOTH_RESOLVED_TITLE, "Special Rapporteur on the right to food", M}},
    {"The Special Rapporteur on the right to food, Emeka Nwankwo, said that he supported the figures.",
     {"that he supported", "Emeka Nwankwo", QUOTH_RESOLVED_NAME, "Special Rapporteur on the right to food", M}},
    /* but a clause before the comma is no office */
    {"The nominee also linked the leak to the private server used by his Democratic opponent, Dana Whitcombe. "
     "Dana Whitcombe said the claim was false.",
     {"the claim was", "Dana Whitcombe", QUOTH_RESOLVED_NAME, NULL, U}},
    /* another name a person is known by is theirs (each had been a person
     * of its own) */
    {"Karim Yusuf Nasser, known as Abu Adel, said the crossing would reopen. \"We are ready,\" Abu Adel said.",
     {"\"We are ready", "Karim Yusuf Nasser", QUOTH_RESOLVED_NAME, NULL, M}},
    {"The leader of the movement, Khalil Darwish Hamdan, better known by his kunya Abu Faris, spoke on Sunday. "
     "\"We did not start this war,\" Abu Faris said.",
     {"\"We did not", "Khalil Darwish Hamdan", QUOTH_RESOLVED_NAME, "leader of the movement", M}},
    {"Coach Bill \"Tank\" Morrison said the team had to be better. Tank said he had not considered a change.",
     {"he had not", "Bill Morrison", QUOTH_RESOLVED_NAME, "Coach", M}},
    /* "Sheikh" is an honorific, so that the given name after it is the
     * person named in full (it had been "Sheikh Abdullah") */
    {"Talks are close to an agreement, the mediator, Sheikh Abdullah bin Khalid Al Nuwairi, said on Sunday. "
     "Sheikh Abdullah, who is minister of state, added that both sides had agreed.",
     {"that both sides", "Abdullah bin Khalid Al Nuwairi", QUOTH_RESOLVED_SURNAME, "mediator", M}},
    /* the person a possessor's title names opens the sentence as its
     * subject, whom the "he" after is (it had been the last speaker), and
     * the title is the role (it had been "Dr.") */
    {"Mediator says Qadimar truce talks \"close to agreement\"\n\n\"We did not start this war,\" Karim Haddad said.\n\n"
     "Qadimar's Prime Minister, Dr. Yousef al-Shami, was more cautious. In a televised speech, he said that "
     "the government would not negotiate.",
     {"that the government", "Yousef al-Shami", QUOTH_RESOLVED_PRONOUN, "Prime Minister", M}},
    /* but a relation before an office is no role */
    {"Clinton's chief Democratic rival, Sen. Ben Pryor of Vermont, skipped the meeting. Pryor said he was busy.",
     {"he was busy", "Ben Pryor", QUOTH_RESOLVED_SURNAME, "Sen.", M}},
    /* a delegate is a country's envoy (it had been no one) */
    {"The Permanent Representative of Marovia, Ambassador Lucien Hadebe, rejected the figures. "
     "The delegate added that his government had opened two corridors.",
     {"that his government", "Lucien Hadebe", QUOTH_RESOLVED_TITLE, "Permanent Representative of Marovia", M}},
    /* figures from a body are its (they had been no one's) */
    {"The Wendle Valley NHS Foundation Trust wants to merge the unit. According to figures from the trust, the "
     "unit saw about 18,000 patients last year.",
     {"the unit saw", "Wendle Valley NHS Foundation Trust", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the office of the person who holds the title (it had been no one) */
    {"Gov. Rebecca Stanhope has not taken a position. The governor's office said in an email that she was "
     "watching it closely.",
     {"that she was", "Stanhope's office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's name in Spanish or Portuguese is one body, title and
     * particles and all (it had been "de Trabajadores", a person with the
     * role "Confederación General", and "Nacional de Agricultores") */
    {"The Confederación General de Trabajadores (CGT) said in a statement that prices would rise.",
     {"that prices would", "Confederación General de Trabajadores", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Unión Nacional de Agricultores said prices would fall.",
     {"prices would fall", "Unión Nacional de Agricultores", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but not a person's particles */
    {"Gabriel Corte de la Vega said prices would rise.",
     {"prices would rise", "Gabriel Corte de la Vega", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a surname the tagger reads as an adjective opens its sentence as the
     * name it is elsewhere, the subject a "she" after stands for (it had
     * been the last speaker) */
    {"Tessa Harrow is up at 3:30 most mornings. Her oldest friend, Maya Delacroix, says the bakery is what she "
     "predicted. \"Tessa does not do anything halfway,\" Delacroix says.\n\n"
     "Delacroix recalls that Harrow once drove six hours to buy a used mixer.\n\n"
     "Harrow laughs when asked about it. \"It was a very good mixer,\" she says.",
     {"\"It was a very good", "Tessa Harrow", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* but not a word after a place's given name */
    {"The North Carolina Democratic Party met on Monday.\n\nDemocratic leaders are admitting that they are nervous.",
     {"that they are", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "the agency" is an international body too (it had been no one) */
    {"The World Food Programme said that only 14 of its trucks had been cleared. "
     "The agency warned that it would run out of funds by August.",
     {"that it would run", "World Food Programme", QUOTH_RESOLVED_TITLE, NULL, U}},
};

/* The fifteenth audit's English of Ireland, South Africa and the
 * Antipodes. */
static const one_statement SPEAKERS_FIFTEEN[] = {
    /* a name before a clause's subject is no apposition of a body (he had
     * been a body, and his surname after someone of its own) */
    {"According to Alistair McKinnon, the firm cheated. \"It was a shell game,\" McKinnon said.",
     {"\"It was a shell", "Alistair McKinnon", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a given name no list held after a portfolio (she had been
     * "Sanitation Thandi Mabaso-Reid") */
    {"Minister of Water and Sanitation Thandi Mabaso-Reid said the dam was safe.",
     {"the dam was", "Thandi Mabaso-Reid", QUOTH_RESOLVED_NAME, "Minister of Water and Sanitation", F}},
    /* Ireland's head of government is a title (he had been a body, and
     * "The Taoiseach" a person "Taoiseach") */
    {"Taoiseach Dara Loingsigh said the plan was sound. The Taoiseach later said he would not be moved.",
     {"he would not", "Dara Loingsigh", QUOTH_RESOLVED_TITLE, "Taoiseach", M}},
    /* a skipper is the captain (it had been no one) */
    {"Blues captain Hemi Parata was pleased. \"We fronted up,\" the skipper said.",
     {"\"We fronted up", "Hemi Parata", QUOTH_RESOLVED_TITLE, "Blues captain", M}},
    /* a person set off after a possessor's relation opens the sentence as
     * its subject, past an age or an apposition (the pronouns after had
     * been the last speakers) */
    {"\"We will fight,\" said Chidi Okonjo, her son. Chidi's uncle, Emeka Okonjo, 74, still bakes the loaf at "
     "four in the morning. He said he had no intention of retiring.",
     {"he had no intention", "Emeka Okonjo", QUOTH_RESOLVED_PRONOUN, "Chidi's uncle", M}},
    {"\"The sensors work,\" said Prof Amara Delacroix. Prof Delacroix's colleague, Dr Ines Morales, an engineer, "
     "designed the housing. She said each unit cost less than a bicycle.",
     {"each unit cost", "Ines Morales", QUOTH_RESOLVED_PRONOUN, "engineer", F}},
    /* a handle is a name of its own, whatever its case, and "the account"
     * the latest (they had been "User" and no one) */
    {"Not all reactions were critical. User @rivercat wrote that the plan was absurd.",
     {"that the plan", "@rivercat", QUOTH_RESOLVED_NAME, NULL, U}},
    {"The campaign account @SaveFenwickPool posted that the pool must stay open. The account said more than "
     "2,000 people had signed.",
     {"more than 2,000", "@SaveFenwickPool", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* not an e-mail address's half, nor "@" alone */
    {"Write to news@example.com, the editor said.", {"Write to", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* an audit is a work whose maker the text names (it had been no one's) */
    {"State Auditor Mary Lind released an audit on Monday. The audit found that fees had doubled.",
     {"that fees had", "Mary Lind", QUOTH_RESOLVED_TITLE, "State Auditor", F}},
    /* a document a newspaper got hold of is not the newspaper's (it had
     * been) */
    {"A memo obtained by the Daily Star says the deal was rushed.", {"the deal was", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"According to a document seen by the Senna Daily, the deal was rushed.",
     {"the deal was", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a place before a company's noun only says where it is (it had been
     * the place) */
    {"Maple Ridge Foods will close a plant in Sarnia, the Ontario food company said Thursday.",
     {"Maple Ridge Foods will", "Maple Ridge Foods", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* of two teams' captains, the one named latest, whichever word his
     * role has (it had been the one whose role is "skipper") */
    {"Brumbies skipper Lachlan Tait praised his pack. Hurricanes captain Tane Whakaruru backed his rookie. "
     "Whakaruru admitted the team was off its best. \"No one's hiding from this,\" the skipper said.",
     {"\"No one's hiding", "Tane Whakaruru", QUOTH_RESOLVED_TITLE, "Hurricanes captain", M}},
    /* "her Honour" is the judge (it had been a person "Honour") */
    {"Justice Helen Marr told the jury to ignore the media. \"You must ignore the media,\" her Honour said.",
     {"\"You must ignore", "Helen Marr", QUOTH_RESOLVED_TITLE, "Justice", F}},
    /* but not a judge of the other gender */
    {"Justice Helen Marr told the jury to ignore the media. \"You must ignore the media,\" his Honour said.",
     {"\"You must ignore", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

/* The sixteenth audit's: features, wire copy, live pages and reactions. */
static const one_statement SPEAKERS_SIXTEEN[] = {
    /* a title that PolNeAR's text holds but the tagger learned without
     * (LEX_LATE): "UN Secretary-General Liesel Marquand" had been a body
     * of that name, and "Marquand" a person of her own */
    {"UN Secretary-General Liesel Marquand said she was troubled. \"Return to barracks,\" Marquand said.",
     {"\"Return to barracks", "Liesel Marquand", QUOTH_RESOLVED_SURNAME, "UN Secretary-General", F}},
    /* a word the tagger read as an adverb heads an apposition ("steward"):
     * he had been a body, the union's, and his "He" no one */
    {"Graham Pellow, the union steward at the mill, disputed that. He said the company had known for a year.",
     {"the company had known", "Graham Pellow", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* a one-word company introduced beside a body's noun, then met bare (a
     * person of its own by the entity tagger), is "the company" */
    {"Furrowmark, the start-up founded by Naomi Castell in 2019, sells sensors. Last month Furrowmark announced "
     "that it would expand. The company said the expansion would create 120 jobs.",
     {"the expansion would", "Furrowmark", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Furrowmark, the start-up founded by Naomi Castell in 2019, sells sensors. Last month Furrowmark announced "
     "that it would expand.",
     {"that it would expand", "Furrowmark", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a company's name before its legal form, whatever the tagger read it
     * as (it had been "Ltd") */
    {"Northerly Ltd said it would expand.", {"it would expand", "Northerly Ltd", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the ministry" is the body whose longer source it shortens (it had
     * been no one), a place's ministry in small letters one body of the
     * whole name (the forty-first audit's; it had been the place) */
    {"Kestoria's foreign ministry said it condemned the coup. The ministry added that its embassy would stay open.",
     {"that its embassy", "Kestoria's foreign ministry", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a football club's manager is its coach (it had been the club) */
    {"Harbour Vale won on Saturday, and manager Callum Keaney was angry. The Harbour Vale coach said he would not "
     "be writing to the league.",
     {"he would not be writing", "Callum Keaney", QUOTH_RESOLVED_TITLE, "manager", M}},
    /* "the diplomat" after an unnamed one is no one named (it had been the
     * foreign minister) */
    {"Foreign Minister Sebastian Roquet said the deal was fair. An Aldorian diplomat, speaking on condition of "
     "anonymity, said the talks had nearly failed. The diplomat added that Roquet had flown to a neutral venue.",
     {"that Roquet had flown", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a couple who share a surname: "Mr. Ferreira" is the husband (he had
     * been a person "Ferreira" of his own, and "John" another) */
    {"John and Mary Ferreiro worked at the mill. Mr. Ferreiro said most employers never replied.",
     {"most employers", "John Ferreiro", QUOTH_RESOLVED_SURNAME, NULL, M}},
    {"John and Mary Ferreiro worked at the mill. \"We were proud,\" John said.",
     {"\"We were proud", "John Ferreiro", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* Portuguese given names no list held */
    {"Both Duarte and Celeste Ferreiro worked at the mill. Mr. Ferreiro said most employers never replied.",
     {"most employers", "Duarte Ferreiro", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a paper's name that the tagger read as common nouns, the first a
     * time of day (it had been no one) */
    {"The Morning Ledger wrote that the album was a noise. The newspaper said it was loud.",
     {"it was loud", "Morning Ledger", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* an alias of one word, in quotation marks or not, is its holder (it
     * had been a person of its own) */
    {"The band hired Patrick Dunlevy, known as Knuckles. \"We slept in the van,\" Knuckles said.",
     {"\"We slept in the van", "Patrick Dunlevy", QUOTH_RESOLVED_NAME, NULL, M}},
    {"The band hired Patrick Dunlevy, known as \"Knuckles\", in 1988. \"We slept in the van,\" Knuckles said.",
     {"\"We slept in the van", "Patrick Dunlevy", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a surname the tagger read as an adjective at a sentence's start,
     * after a full name no list knows but the entity tagger read as a
     * person's: "she" is hers (it had been the last speaker's) */
    {"\"Isn't it true?\" Fiona Achebe-Rourke asked Lucinda Marsh. Marsh looked at the jury. \"No,\" she said.",
     {"\"No,\"", "Lucinda Marsh", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* where a person is from is no second person: "He" is the postman
     * (it had been the last speaker) */
    {"\"Walking studies attract healthy people,\" Julian Ostrowe said. For Harold Birtwhistle, a retired postman "
     "from Lower Fenby, the programme was a turning point. He told his wife he would never walk to the shops again.",
     {"he would never walk", "Harold Birtwhistle", QUOTH_RESOLVED_PRONOUN, "retired postman", M}},
    /* a barrister is a lawyer, and counsel one too (it had been no one) */
    {"Defence counsel, Fiona Achebe-Rourke, questioned the witness. The barrister noted that the invoice was dated "
     "in March.",
     {"that the invoice", "Fiona Achebe-Rourke", QUOTH_RESOLVED_TITLE, "Defence counsel", F}},
    /* a role that a sentence gives its subject, by name or by "She" after
     * the sentence she opens (each had been no one) */
    {"Ravi Menonn is the company's chief executive. The chief executive said sales had doubled.",
     {"sales had doubled", "Ravi Menonn", QUOTH_RESOLVED_TITLE, "company's chief executive", M}},
    {"Ann Lowry opened the bakery in 1990. She is the village's only councillor. The councillor said rents had "
     "tripled.",
     {"rents had tripled", "Ann Lowry", QUOTH_RESOLVED_TITLE, "village's only councillor", F}},
    /* "the mediator" is the one the talks were "mediated by" (it had been
     * no one: his role is a diplomat's) */
    {"The talks are being mediated by Anselm Tavick, a retired diplomat. \"Nobody should expect a miracle,\" the "
     "mediator said.",
     {"\"Nobody should expect", "Anselm Tavick", QUOTH_RESOLVED_TITLE, "retired diplomat", U}},
};

/* The nineteenth audit: European politics, crime and courts, culture, and
 * environment and technology policy (docs/speakers.md). */
static const one_statement SPEAKERS_NINETEEN[] = {
    /* a plural the tagger read before a body's head word opens its name */
    {"Blackfriars Records said in a statement that it respected the decision.",
     {"that it respected", "Blackfriars Records", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the roles of culture news describe the person named before */
    {"The drama stars newcomer Ravi Okonedo as a young fisherman. Asked how it felt, the actor said he had cried in "
     "the car park.",
     {"he had cried", "Ravi Okonedo", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"The novel is by Ines Valtonen, who lives in Turku. The author said it took six years to write.",
     {"it took six years", "Ines Valtonen", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* a spokesperson speaks for the one named or meant with them */
    {"Minister Alan Brightmoor left the meeting early. Mr Brightmoor's spokesman said he would travel to Leeds.",
     {"he would travel", "Alan Brightmoor", QUOTH_RESOLVED_NAME, "Minister", M}},
    {"The Prime Minister, Neil Cavers, was absent. According to his spokesman, he was in Belfast.",
     {"he was in Belfast", "Neil Cavers", QUOTH_RESOLVED_PRONOUN, "Prime Minister", M}},
    {"Ms Hannah Corris did not attend. A spokeswoman for her said she was unwell.",
     {"she was unwell", "Hannah Corris", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* but a named spokesman is who speaks, and his office of another's
     * apposed after his name his role (the forty-first audit's) */
    {"Michael Brigham, Sanderson's spokesman, said the party had been sabotaged.",
     {"the party had been", "Michael Brigham", QUOTH_RESOLVED_NAME, "Sanderson's spokesman", M}},
    /* a body named again by its first word, whatever its last */
    {"A tribunal ruled that the telehealth company Velyra Health shared patient data. Velyra, which is based in "
     "Munich, said it would appeal.",
     {"it would appeal", "Velyra Health", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a company named where someone works is named again by its first word */
    {"Dr. Ravi Menon, chief scientist at Cortexa Labs, said the model was safe. Cortexa said the remarks had been "
     "taken out of context.",
     {"the remarks had been", "Cortexa Labs", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a document filed somewhere, or obtained by a newspaper, is no one's */
    {"The suit, filed in Harmon County Circuit Court, says officers chased the car for four miles.",
     {"officers chased", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Records obtained by the Ashby Courier show that police were involved in 47 pursuits last year.",
     {"that police were", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a report published on a day by its maker, and "the report" after */
    {"Coal plants are closing faster than expected, according to a report published on Monday by the Larkmoor "
     "Institute. The report found that 14 plants had shut since January.",
     {"that 14 plants", "Larkmoor Institute", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a body's own update */
    {"A wildfire near the town has grown, the Northern Fire Service said on Sunday. The service has deployed 200 "
     "firefighters, according to its latest update.",
     {"The service has deployed", "Northern Fire Service", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* fields joined by "and" before a body's word, each read a common noun */
    {"The provincial Forestry and Lands Agency said the fire had grown.",
     {"the fire had grown", "Forestry and Lands Agency", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a band whose first word opens a mine's name elsewhere, and a band by
     * its number of players */
    {"The indie band Copper Sparrows played its last show on Friday. The band said it was proud.",
     {"it was proud", "Copper Sparrows", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The indie band Copper Sparrows played its last show on Friday. \"We have run out of road,\" the four-piece "
     "wrote on Instagram.",
     {"\"We have run out", "Copper Sparrows", QUOTH_RESOLVED_TITLE, NULL, U}},
};

/* The eighteenth audit: health, business, translated world news and local
 * news (docs/speakers.md). */
static const one_statement SPEAKERS_EIGHTEEN[] = {
    /* numbers are their maker's: the source goes on over "from" (it had
     * been "figures", no one's) */
    {"Exports rose 4 percent last year, according to figures from the Ministry of Trade.",
     {"Exports rose", "Ministry of Trade", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the clinic", "the directorate", "the platform" of bodies named before */
    {"Relatives are suing Greywater Private Clinic over the death. The clinic said it would cooperate fully.",
     {"it would cooperate", "Greywater Private Clinic", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Central Customs Directorate of Moldova said on Friday that smuggling had fallen. The directorate said two "
     "officers had been suspended.",
     {"two officers", "Central Customs Directorate of Moldova", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* people named by where they are, and the place no speaker */
    {"A resident of the village of Tal-Kassem said the shelling lasted all night.",
     {"the shelling lasted", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Officials in Tirana and Skopje have said that a deal was near.",
     {"that a deal was near", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Neighbours on Birch Avenue said the shop had been robbed before.",
     {"the shop had been", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* but people of a body speak for it */
    {"Officials at the Finance Ministry said the budget would balance.",
     {"the budget would", "Finance Ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* someone close to a body is not the body */
    {"A source close to the Harwick board said the sale was likely.",
     {"the sale was likely", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a company named again by its first word */
    {"Shares of Corrigan Audio fell sharply on Monday. Corrigan said it would appeal the verdict.",
     {"it would appeal", "Corrigan Audio", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Talvane Semiconductor reported lower sales. Talvane also said it would close a plant.",
     {"it would close", "Talvane Semiconductor", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the aside that says how the subject spoke is no source */
    {"Brookfield Foods, in a statement issued on Sunday, said the recall was a precaution.",
     {"the recall was", "Brookfield Foods", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the holder of a body's title, set off after it, is a person, and a
     * name of three words no body (it had been the company) */
    {"The chief executive of Sarawak Timber Holdings, Idris Hakim Rahmat, said on Monday that the mill would close.",
     {"that the mill", "Idris Hakim Rahmat", QUOTH_RESOLVED_NAME, "chief executive of Sarawak Timber Holdings", M}},
    /* a second surname the tagger read as a plural noun */
    {"Economist Lucia Paredes Fuentes of the Instituto del Sur told reporters that growth would slow.",
     {"that growth", "Lucia Paredes Fuentes", QUOTH_RESOLVED_NAME, "Economist", F}},
    /* a nationality before a role that is no title; the two surnames
     * alone are then hers */
    {"The accord was signed by Peruvian Undersecretary Camila Rojas Aranda. For her part, Rojas Aranda said that "
     "exports would double.",
     {"that exports", "Camila Rojas Aranda", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* a body's field that holds a plural noun, and a place after it */
    {"The Central Directorate of Coast Guards of Moldova said that two boats had been seized.",
     {"that two boats", "Central Directorate of Coast Guards of Moldova", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an outlet, and the maker of data, are bodies */
    {"According to Spanish outlet Diario Sur, Real Tolosa have also made an approach for the winger.",
     {"Real Tolosa", "Diario Sur", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Sales fell 3 percent, according to data compiled by Harlow Retail Data.",
     {"Sales fell", "Harlow Retail Data", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Spanish newspaper keeps its article */
    {"The newspaper La Gaceta del Norte reported that the mine would reopen.",
     {"that the mine", "La Gaceta del Norte", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* quoted by a medium: the subject speaks */
    {"The rebel commander, Yusuf Adan Ibrahim, was quoted by the newspaper Al-Nahar as saying that his men would "
     "withdraw.",
     {"that his men", "Yusuf Adan Ibrahim", QUOTH_RESOLVED_NAME, "rebel commander", M}},
    /* a report set off with its maker is the maker's when named again */
    {"The annual report, prepared by the Northern Rivers Trust, found that salmon were in decline. \"Action is "
     "needed now,\" the report states.",
     {"\"Action is needed", "Northern Rivers Trust", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a pronoun set off inside what it says stands for no one named there */
    {"Harlow coach Mick Denby said his side had defended well. Tom Oyelaran, he added, had been \"immense\" at the "
     "back.",
     {"Tom Oyelaran", "Mick Denby", QUOTH_RESOLVED_PRONOUN, "Harlow coach", M}},
    /* a newspaper's last word after "the" is that newspaper, whatever else */
    {"The Southern Courier reported that the clubs had agreed a fee. However, the Courier's report suggests the "
     "deal could collapse.",
     {"the deal could", "Southern Courier", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an unknown name the tagger read as an adverb, set off with a body's
     * noun, and the same word opening a later sentence */
    {"Fennerly, a Leeds start-up, said it had raised $40 million. Fennerly says its default rate is low.",
     {"its default rate", "Fennerly", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the company" after what it says is the body that opens the sentence */
    {"Quorvant, a Berlin lender, has raised $40 million in a round led by the venture firm Halsey Partners, the "
     "company said on Monday.",
     {"Quorvant, a Berlin", "Quorvant", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* where a body is based says no more than "the company" */
    {"Marlow Systems said on Friday that hackers had stolen data. In a filing with the Securities and Exchange "
     "Commission, the Denver-based company said the breach began in May.",
     {"the breach began", "Marlow Systems", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a portfolio after "for", before its minister's name */
    {"State Minister for Foreign Affairs Alemu Tesfaye Gebre said the visit was historic.",
     {"the visit was", "Alemu Tesfaye Gebre", QUOTH_RESOLVED_NAME, "State Minister for Foreign Affairs", U}},
    /* a body's noun with a phrase after it, before the body's name */
    {"The company behind the project, Karadeniz Madencilik, said in a statement that it uses modern technology.",
     {"that it uses", "Karadeniz Madencilik", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a person named after a place and an age */
    {"A fisherman from Kalkan, 58-year-old Mehmet Yıldırım, told the agency that the catch had halved.",
     {"that the catch", "Mehmet Yıldırım", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a body named again by the end of its name */
    {"The Bursa Governor's Office said the march was illegal. Later the Governor's Office said 12 people were "
     "detained.",
     {"12 people were", "Bursa Governor's Office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Harlow City Council said the road would close. Later the City Council said it would reopen in May.",
     {"it would reopen", "Harlow City Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* where a title is held is a body, and so is its later bare name */
    {"\"We remain ready,\" said Dana Cole, a vice president at Tessaro. Tessaro said it had proposed a mediator.",
     {"it had proposed", "Tessaro", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

/* The seventeenth audit: American political news and hard forms of
 * quoting (docs/speakers.md). */
static const one_statement SPEAKERS_SEVENTEEN[] = {
    /* the part of a day after its date is no source ("Tuesday night") */
    {"YOUNGSTOWN, Ohio - Before a crowd that filled a shuttered depot, Republican presidential candidate Warren "
     "Tolwick on Tuesday night promised to cut taxes for small farms.",
     {"to cut taxes", "Warren Tolwick", QUOTH_RESOLVED_NAME, "Republican presidential candidate", M}},
    /* a relative pronoun after an apposition and an age: the name before
     * both (it had been no one) */
    {"Tom Varrick, 34, a teacher who said he came out of curiosity, said the speech was light on details.",
     {"he came out of", "Tom Varrick", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    {"Tom Varrick, 34, a teacher who said he came out of curiosity, said the speech was light on details.",
     {"the speech was light", "Tom Varrick", QUOTH_RESOLVED_NAME, NULL, M}},
    /* the campaign of a candidate the text never names in full (it had
     * been a body "Castine") */
    {"Later the Castine campaign said it had raised $2 million.",
     {"it had raised", "Castine campaign", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a debate's moderator is a role, and no "businessman" (she had been
     * the businessman, the last to speak) */
    {"Moderator Helen Prycewood asked Roy Danforth about his tax returns.",
     {"about his tax returns", "Helen Prycewood", QUOTH_RESOLVED_NAME, "Moderator", F}},
    {"Moderator Helen Prycewood asked Roy Danforth about his tax returns. The businessman said he was under audit.",
     {"he was under audit", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a developer is a person's role, not a place's body (the speaker had
     * been "Texas") */
    {"Texas developer Roy Danforth said he had won the debate.",
     {"he had won", "Roy Danforth", QUOTH_RESOLVED_NAME, "Texas developer", M}},
    {"Later, the Texas developer told reporters that he had won the debate.",
     {"that he had won", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a contractor's trade ends a firm's name (it had been a person) */
    {"The landlord's maintenance contractor, Gilcrest Maintenance, wrote in an internal email that the flats were "
     "\"beyond patching.\"",
     {"that the flats", "Gilcrest Maintenance", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a lawsuit "filed in the Court of Session ... by" a body is the
     * body's (it had been the court's) */
    {"The lawsuit, filed in the Court of Session on Friday by the Pengarrow Tenants' Association, says the landlord "
     "let unfit homes.",
     {"the landlord let", "Pengarrow Tenants' Association", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the campaign" five short paragraphs after "Eleanor Castwell's
     * campaign" (it had been no one) */
    {"Eleanor Castwell's campaign is divided over where to spend, according to two people familiar with the "
     "discussions.\n\nThe debate has pitted the data team against a group of loyalists.\n\n\"We haven't sent her "
     "there once since the convention.\"\n\nElwin declined to be interviewed for this article.\n\nPublicly, the "
     "campaign has argued that it can compete everywhere.",
     {"that it can compete", "Castwell campaign", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "Castell-Boyd's lawyer" is the one given as "Her attorney" after her
     * (it had been no one) */
    {"Miriam Castell-Boyd said she had been told to delete messages. Her attorney, Benedict Oyelade, said his client "
     "would testify. Later, Castell-Boyd's lawyer said his client had received threats.",
     {"his client had received", "Benedict Oyelade", QUOTH_RESOLVED_TITLE, "Her attorney", M}},
    /* "The mayor of Penwarren" is the mayor, named after it or not at all,
     * and never the town (it had been a body "Penwarren") */
    {"The mayor of Penwarren promised on Sunday to rebuild every damaged home. Mayor Ederyn Castello told residents "
     "that help was coming.",
     {"to rebuild every", "Ederyn Castello", QUOTH_RESOLVED_TITLE, "Mayor", U}},
    {"The mayor of Penwarren promised on Sunday to rebuild every damaged home.",
     {"to rebuild every", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a headline's verb before a surname the article writes after a given
     * name is no name ("Show Danforth" had been a person, and took the
     * article's "Danforth") */
    {"Leaked Emails Show Danforth Aides Debated Hiding Loans\n\nAdvisers to Roy Danforth discussed the loans. The "
     "form Danforth filed in May lists \"foreign institutional debt\" with no lender named.",
     {"lists \"foreign", "Roy Danforth", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a given name the entity tagger never saw, before a surname it reads
     * as a person's: a person (she had been a body, and the interview's
     * "I" no one) */
    {"Kerenza Pollard said the brewery was thriving.",
     {"the brewery was", "Kerenza Pollard", QUOTH_RESOLVED_NAME, NULL, U}},
    {"We asked brewer Demelza Rowe about the future.\n\nQ: Would you ever sell?\n\nA: Someone offered last spring. I "
     "said no. I have sold one business already.",
     {"no", "Demelza Rowe", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* "the Montana Republican", "the Ohio Democrat": the person the text is
     * about, as "the senator" would be (each had been no one) */
    {"Sen. Harlan Brightwell spoke to reporters on Monday. \"If we lose the Senate, it will be our fault,\" the Montana "
     "Republican said.",
     {"\"If we lose", "Harlan Brightwell", QUOTH_RESOLVED_TITLE, "Sen.", U}},
    {"Rep. Lorraine Odum-Baptist spoke to reporters on Monday. \"You cannot promise to balance the budget,\" the Ohio "
     "Democrat said.",
     {"\"You cannot", "Lorraine Odum-Baptist", QUOTH_RESOLVED_TITLE, "Rep.", F}},
    /* "the campaign" after "The Whitcombe campaign" of a candidate never
     * named in full (it had been no one) */
    {"The Whitcombe campaign hired a new pollster in May. Later that evening, the campaign released a statement "
     "calling the report \"fake news.\"",
     {"the report", "Whitcombe campaign", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the bank" is no news agency of the place line (it had been
     * Reuters) */
    {"Pelora holds rates steady\n\nLIMA (Reuters) - Pelora's central bank kept its benchmark rate at 4.75% on "
     "Thursday. The seven-member board voted unanimously to hold, the bank said in a statement.",
     {"The seven-member board", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a body's long name whose inner noun the tagger read as a common one
     * (it had been "U.N. Office" and "Humanitarian Affairs") */
    {"The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) said 12,000 people had been displaced.",
     {"12,000 people", "U.N. Office for the Coordination of Humanitarian Affairs", QUOTH_RESOLVED_ORGANIZATION, NULL,
      U}},
    /* a Continental legal form ends a company's name, which its bare
     * first word finds (both had been people) */
    {"German brewer Braukunst AG agreed on Tuesday to buy a rival. Braukunst said there were \"no current plans\" to "
     "close any breweries.",
     {"there were", "Braukunst AG", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's noun right before a name says it is one (it had been a
     * person) */
    {"Opposition left-wing party Frente Unida said it would table a bill to freeze rents next week.",
     {"it would table", "Frente Unida", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* economists a news agency polled are none of its own (they had been
     * Reuters) */
    {"All 19 economists polled by Reuters last week had expected the bank to hold.",
     {"the bank to hold", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

static void test_speakers_of_the_nineteenth_audit(void) {
    check_one_statements(SPEAKERS_NINETEEN, sizeof SPEAKERS_NINETEEN / sizeof *SPEAKERS_NINETEEN);
}

static void test_speakers_of_the_eighteenth_audit(void) {
    check_one_statements(SPEAKERS_EIGHTEEN, sizeof SPEAKERS_EIGHTEEN / sizeof *SPEAKERS_EIGHTEEN);
}

static void test_speakers_of_the_seventeenth_audit(void) {
    check_one_statements(SPEAKERS_SEVENTEEN, sizeof SPEAKERS_SEVENTEEN / sizeof *SPEAKERS_SEVENTEEN);
}

static void test_speakers_of_the_sixteenth_audit(void) {
    check_one_statements(SPEAKERS_SIXTEEN, sizeof SPEAKERS_SIXTEEN / sizeof *SPEAKERS_SIXTEEN);
}

static void test_speakers_of_the_fourteenth_audit(void) {
    check_one_statements(SPEAKERS_FIFTEEN, sizeof SPEAKERS_FIFTEEN / sizeof *SPEAKERS_FIFTEEN);
    check_one_statements(OFFICES_FOURTEEN, sizeof OFFICES_FOURTEEN / sizeof *OFFICES_FOURTEEN);
    check_one_statements(SPEAKERS_FOURTEEN, sizeof SPEAKERS_FOURTEEN / sizeof *SPEAKERS_FOURTEEN);
}

static void test_speakers_of_the_twelfth_audit(void) {
    check_one_statements(SPEAKERS_TWELVE, sizeof SPEAKERS_TWELVE / sizeof *SPEAKERS_TWELVE);
}

/* The twentieth audit's speakers (a blind audit of statements annotated
 * by hand): a couple whose surname is also a given name, namesakes told
 * apart by "elder" and "younger", a surname in -s before an age, a
 * titled person's place before "who", a given name the lists lacked, the
 * long names of bodies, a time word before a surname. */
static const one_statement TWENTIETH_AUDIT[] = {
    {"Henry and Grace Lee have run the bakery since 1994. \"Less,\" Mr. Lee said. \"More,\" Ms. Lee said.",
     {"\"Less,\"", "Henry Lee", QUOTH_RESOLVED_SURNAME, NULL, M}},
    {"Gerald Pruitt Jr. voted no, and his father, Gerald Pruitt Sr., spoke against the plan. The elder Pruitt said "
     "that the school had taught him to read.",
     {"that the school", "Gerald Pruitt Sr.", QUOTH_RESOLVED_TITLE, "his father", M}},
    {"Gerald Pruitt Jr. voted no, and his father, Gerald Pruitt Sr., spoke against the plan. The younger Pruitt said "
     "that the district had never studied the alternatives.",
     {"that the district", "Gerald Pruitt Jr.", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Robert Vickers, 67, had a heart attack in January. \"If this had happened in April, I would be dead,\" the "
     "67-year-old said.",
     {"\"If this", "Robert Vickers", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"The vote was close. Sen. Lucia Fontaine of North Ardell, who wrote the credit, wrote on Twitter that the math "
     "was hard.",
     /* the source is the name with its clause since the twenty-first audit (it had been "who") */
     {"that the math", "Lucia Fontaine", QUOTH_RESOLVED_NAME, "Sen.", F}},
    {"The official representative of the Ministry of Foreign Affairs of Sarvenia Marina Zotova noted that the "
     "decision was wrong.",
     {"that the decision", "Marina Zotova", QUOTH_RESOLVED_NAME, NULL, F}},
    {"The talks resume in May, the Office of the Special Envoy said.",
     {"The talks resume", "Office of the Special Envoy", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The law is void, the U.S. Court of Appeals for the Fourteenth Circuit said.",
     {"The law is void", "U.S. Court of Appeals for the Fourteenth Circuit", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"It was the first veto since 1991, according to the Legislative Reference Library.",
     {"It was the first veto", "Legislative Reference Library", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Oleg Ruban leads the region. Earlier Ruban stated that the observers would not return.",
     {"that the observers", "Oleg Ruban", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* an age after a quotation of two sentences: counted from its start */
    {"Rovers striker Dario Pellegrin said the players had talked too much. \"They told everyone they would win. "
     "You do not say that about Rovers,\" the 23-year-old said.",
     {"\"They told everyone", "Dario Pellegrin", QUOTH_RESOLVED_TITLE, "striker", M}},
    /* a place line is no body that "the company" could be */
    {"DUNMERE \u2014 Pellworth Motors will cut 1,800 jobs, the company said on Wednesday.",
     {"Pellworth Motors will", "Pellworth Motors", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Coastal Climate Network said the levy was too small.",
     {"the levy", "Coastal Climate Network", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"In January the Brennhavn Musicians' Guild said that the orchestra was overworked.",
     {"that the orchestra", "Brennhavn Musicians' Guild", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the bank" paragraphs after the bank was named */
    {"The Bank of Varnholm left its rate unchanged on Thursday.\n\nEconomists had expected a hold. Most now "
     "forecast two cuts.\n\nShops were quiet in the capital.\n\nThe bank now expects inflation to fall to 2.4 "
     "percent by the end of the year.",
     {"inflation to fall", "Bank of Varnholm", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a person's noun that the tagger reads as an adjective */
    {"Goran Vulic accepted cash, prosecutors say. Vulic listened. The defendant told the court that the money was "
     "savings.",
     {"that the money", "Goran Vulic", QUOTH_RESOLVED_TITLE, NULL, M}},
    {"Marina Zotova spoke at the briefing. The diplomat also drew attention to the fact that the experts had not "
     "come.",
     {"the fact that", "Marina Zotova", QUOTH_RESOLVED_TITLE, NULL, F}},
};

static void test_speakers_of_the_twentieth_audit(void) {
    check_one_statements(TWENTIETH_AUDIT, sizeof TWENTIETH_AUDIT / sizeof *TWENTIETH_AUDIT);
}

/* The twenty-first audit's speakers (tests/fixtures/statements/local,
 * health, sport, scraped, profiles): a nickname of several words, which
 * the speaker's name leaves out; a role of police, sciences or sport
 * before a name ("Trooper", "Hydrologist"); bodies' names that a field's
 * noun opens or a common noun after "of" goes on; a team named again by
 * its plural and as "the club"; a name first met in capitals; a police
 * force as "who". Each had been another name, or no one; the street one
 * lives on had been someone. */
static const one_statement TWENTY_FIRST_AUDIT[] = {
    {"Hollis \u201cBig Easy\u201d Vance announced his retirement on Tuesday. \u201cMy body has been sending me "
     "letters,\u201d Vance said.",
     {"\u201cMy body", "Hollis Vance", QUOTH_RESOLVED_SURNAME, NULL, M}},
    {"Coach Len \u201cThe Hammer\u201d Volkov said the team had to be better. Volkov said he had not considered a "
     "change.",
     {"he had not", "Len Volkov", QUOTH_RESOLVED_SURNAME, "Coach", M}},
    {"Trooper Simone Achebe said the driver died at the scene.",
     {"the driver died", "Simone Achebe", QUOTH_RESOLVED_NAME, NULL, U}},
    {"Hydrologist Darija Mlinar warned that the river would rise.",
     {"that the river", "Darija Mlinar", QUOTH_RESOLVED_NAME, NULL, U}},
    {"The Civil Protection Directorate said 40 homes had burned.",
     {"40 homes", "Civil Protection Directorate", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Ministry of Emergency Situations said 12 people had died.",
     {"12 people", "Ministry of Emergency Situations", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The decision is final, according to the Illinois Board of Elections.",
     {"The decision", "Illinois Board of Elections", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Ridgeport Comets lost on Thursday. In a statement, the Comets said the forward had undergone surgery.",
     {"the forward", "Ridgeport Comets", QUOTH_RESOLVED_SURNAME, NULL, U}},
    {"The Ridgeport Comets will be without their best forward for six weeks, the club confirmed on Friday.",
     {"The Ridgeport Comets will", "Ridgeport Comets", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"TRAVIGAS AND NORDGAS FAIL TO AGREE ON PRICE\n\nThe talks ended without agreement, Travigas said.",
     {"The talks ended", "Travigas", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a police force is "who"; a street in a relative clause of where one
     * lives is no one */
    {"The march passed off peacefully, according to Eastshire Police, who said there had been no arrests.",
     {"there had been", "Eastshire Police", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    {"A woman who lives on Alder Street, who asked not to be identified, said some posts had named teenagers.",
     {"some posts", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
};

static void test_speakers_of_the_twenty_first_audit(void) {
    check_one_statements(TWENTY_FIRST_AUDIT, sizeof TWENTY_FIRST_AUDIT / sizeof *TWENTY_FIRST_AUDIT);
}

/* The twenty-second and twenty-third audits' markets, court, opinion,
 * foreign, technology, science and election news: firms and their
 * analysts, documents and polls and their makers, companies by their
 * nouns, legal forms and short names, bodies whose names hold a
 * possessive, brands in small letters, and a lede's description named in
 * the next paragraph. */
static const one_statement TWENTY_SECOND_AUDIT[] = {
    {"Analysts at Kestrel Bank wrote in a note that the cut was larger than feared.",
     {"that the cut", "Kestrel Bank", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* strategists "for" candidates are not the candidates */
    {"Strategists for Barack Obama and Hillary Clinton agree that the debate mattered.",
     {"that the debate", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Halvorsen Marine AG cut its forecast on Monday. The shipbuilder said orders had slowed.",
     {"orders had slowed", "Halvorsen Marine AG", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Philippine lawmaker wants Trump banned from the country.\n\nThe lawmaker said the remarks were offensive.",
     {"the remarks", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Tarrant Resources Ltd. held its annual meeting on Friday. According to a preliminary tally released by the "
     "company, shareholders backed two of the nominees.",
     {"shareholders backed", "Tarrant Resources Ltd.", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Verdalia Biotech SA priced its shares on Monday.\n\nIn its prospectus, Verdalia warned that it might never "
     "make a profit.",
     {"that it might", "Verdalia Biotech SA", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Pennine Orbital Railways cancelled 40 trains.\n\nPennine Orbital said the signals had failed.",
     {"the signals", "Pennine Orbital Railways", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The largest payments, according to an analysis by the Farmers' Cooperative Bank, would go to large farms.",
     {"The largest payments", "Farmers' Cooperative Bank", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The National Farmers' Guild, which represents growers, said it would meet.",
     {"it would meet", "National Farmers' Guild", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A spokesman for St. Brendan's Hospital said the merger would close in May.",
     {"the merger", "St. Brendan's Hospital", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Friends of the Earth said the plan was weak.",
     {"the plan was weak", "Friends of the Earth", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Free Press Watch, a monitoring group, said nine journalists were held.",
     {"nine journalists", "Free Press Watch", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Press freedom groups have condemned the arrest of the editor.",
     {"the arrest", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"A report by the National Infection Control Bureau warned that resistance was rising.\n\nHospitals were "
     "slow to act.\n\nDoctors agreed.\n\nAccording to the report, most cases were in cities.",
     {"most cases", "National Infection Control Bureau", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"A report by the National Infection Control Bureau warned that resistance was rising.\n\nThe report, the "
     "bureau's first since 2017, found that cases had doubled.",
     {"that cases", "National Infection Control Bureau", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"A former pharmacist testified on Tuesday that the owner ignored the shortages.\n\nRosalind Achterberg, 41, "
     "who worked at the pharmacy for six years, told jurors that she counted the pills.",
     {"that the owner", "Rosalind Achterberg", QUOTH_RESOLVED_TITLE, NULL, F}},
    {"The Professional Tennis Players\u2019 Alliance said the schedule was too long.",
     {"the schedule", "Professional Tennis Players\u2019 Alliance", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"In a short statement, organisers Vellamar Sport Events said the crash was caused by a touch of wheels.",
     {"the crash", "Vellamar Sport Events", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Massachusetts General Hospital said the trial would resume.",
     {"the trial", "Massachusetts General Hospital", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"She is enrolled in a trial at Mercy Hospital in Brockmere.\n\nThe hospital said the trial would resume.",
     {"the trial would", "Mercy Hospital", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* the twenty-third audit's technology and science news */
    {"The payments start-up kestrelPay disclosed on Friday that hackers had gained access to names.\n\nThe "
     "company said no passwords were taken.",
     {"no passwords", "kestrelPay", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The Eastmoor Institute of Ecology opened an inquiry.\n\nThe Eastmoor Institute said the paper would be "
     "withdrawn.",
     {"the paper would", "Eastmoor Institute of Ecology", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"In 1983 the Eastmere Musicians' Union accused him of scheduling unpaid rehearsals.",
     {"him of scheduling", "Eastmere Musicians' Union", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"A poll released Thursday by the Halvorsen Institute found that Tull led by four points.\n\nThe same "
     "survey found that most voters were undecided.",
     {"that most voters", "Halvorsen Institute", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* no society of a person's friends, nor a headline's words a body's
     * longer name */
    {"Friends of Mr. Clinton's who have seen him on the trail say that he has matured.",
     {"that he has matured", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"The National Review Crowd Does Not Like Donald Trump\n\nThe National Review is hosting a party. The "
     "National Review said the debate was dull.",
     {"the debate", "National Review", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* not when someone was named before, nor one of another title */
    {"Maria Quist spoke first.\n\nA senator said that the vote would wait.\n\nVice President Ana Ruiz said "
     "the plan was good.",
     {"that the vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

static void test_speakers_of_the_twenty_second_audit(void) {
    check_one_statements(TWENTY_SECOND_AUDIT, sizeof TWENTY_SECOND_AUDIT / sizeof *TWENTY_SECOND_AUDIT);
}

/* The twenty-fourth and twenty-fifth audits' defense, education,
 * religion, crime, live-blog, press-release, labor and disaster news:
 * forms of address, names a source's clause gives, union locals, the body
 * or the person a story is about, bodies by their nouns. */
static const one_statement TWENTY_FOURTH_AUDIT[] = {
    /* a cleric's and a soldier's forms of address are no part of the name (each had kept it) */
    {"The Rev. Hester Quayle said the synod had erred.",
     {"the synod had erred", "Hester Quayle", QUOTH_RESOLVED_NAME, "Rev.", F}},
    {"Sgt. Maj. Darnell Pruitt, the post's senior enlisted leader, said the base would close.",
     {"the base would close", "Darnell Pruitt", QUOTH_RESOLVED_NAME, "Sgt. Maj.", M}},
    {"Sgt. Maj. of the Army Luis Quintero said recruiters were working longer hours.",
     {"recruiters were", "Luis Quintero", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and a name after "Sister" or "Father" finds the full one, of the gender the word tells */
    {"Sister Bernadette Coyle runs the convent.\n\n\"It is time,\" Sister Bernadette said.",
     {"\"It is time", "Bernadette Coyle", QUOTH_RESOLVED_SURNAME, NULL, F}},
    {"Father Declan Ruane leads the parish.\n\nFather Ruane said the two parishes would merge.",
     {"the two parishes", "Declan Ruane", QUOTH_RESOLVED_SURNAME, "Father", M}},
    /* a title the taggers learned without (it had been no one) */
    {"Archbishop Gregory Tallis will retire in June.\n\nA spokeswoman for the archbishop said the date was not set.",
     {"the date was not set", "Gregory Tallis", QUOTH_RESOLVED_TITLE, "Archbishop", M}},
    /* not a surname that is such a word too */
    {"Larry Elder said the tax was too high.",
     {"the tax was", "Larry Elder", QUOTH_RESOLVED_NAME, NULL, M}},
    /* the one name a source's clause gives, in it or right after it (each had been no one) */
    {"Water rose in the square. A woman who gave only her first name, Jelena, said the house was lost.",
     {"the house was lost", "Jelena", QUOTH_RESOLVED_NAME, NULL, F}},
    {"A deli clerk who asked to be identified only as Bobby said the store would reopen.",
     {"the store would", "Bobby", QUOTH_RESOLVED_NAME, NULL, M}},
    {"A mechanic who has worked at the depot for 19 years and goes by Pops said the buses were old.",
     {"the buses were", "Pops", QUOTH_RESOLVED_NAME, NULL, U}},
    {"A housekeeper who gave her name only as Mei said a supervisor had told her to skip lunch.",
     {"a supervisor", "Mei", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a union's local, by its number too (the union had been no one, the local a body of its own) */
    {"Talks between the company and United Metalworkers Local 1138 broke down.\n\nThe union said the "
     "company had refused to negotiate.",
     {"the company had refused", "United Metalworkers Local 1138", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Vernon Tackett is president of Coalfield Workers Union Local 3312.\n\nLater, Local 3312 said it would appeal.",
     {"it would appeal", "Coalfield Workers Union Local 3312", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the body a story is about, for a "the company" paragraphs after it (it had been no one) */
    {"Trelawny Logistics to cut 1,100 jobs\n\nASHBURN QUAY \u2014 Trelawny Logistics will cut 1,100 jobs, "
     "Chief Executive Gideon Mbatha told employees on Thursday.\n\n\"These are decisions I hoped never to "
     "make,\" Mbatha wrote.\n\nThe hubs in Pellow and Dunmarsh will close by March, the company said.",
     {"The hubs in Pellow", "Trelawny Logistics", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* not a party for "the group" */
    {"Republicans met in Ohio.\n\nThe Republicans praised the plan.\n\nVoters were unsure.\n\nThe group "
     "said it would vote.",
     {"it would vote", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a company's name that ends in its industry's word (it had been a man) */
    {"Ostrander Appliance will close its plant, the company told employees on Thursday.",
     {"Ostrander Appliance will close", "Ostrander Appliance", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* bodies by their nouns: a diocese, a service, a center, a hospital that is a medical center (each had been
     * no one) */
    {"The Roman Catholic Diocese of Wexmoor will merge 19 parishes.\n\nAttendance has fallen.\n\nThe "
     "diocese said no church would be sold.",
     {"no church would", "Roman Catholic Diocese of Wexmoor", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"A National Weather Service team surveyed the damage on Monday.\n\nThe service said the tornado "
     "stayed on the ground for 11 miles.",
     {"the tornado stayed", "National Weather Service", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The board approved an extension to the Al-Noor Islamic Center.\n\nThe center said the vote was fair.",
     {"the vote was fair", "Al-Noor Islamic Center", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Nurses at St. Aldric Medical Center walked out.\n\nThe hospital said it had hired replacements.",
     {"it had hired", "St. Aldric Medical Center", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Two workers were taken to Saltmere General Hospital, a hospital spokeswoman said.",
     {"Two workers", "Saltmere General Hospital", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "said in a statement posted on Telegram that": the subject's, its cue "said" (it had been the statement's,
     * cue "posted") */
    {"The Crimson Banner said in a statement posted on Telegram that the strike had hit a farm truck. The "
     "statement called the account a fabrication.",
     {"the account", "Crimson Banner", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* of namesakes, the person the story is about, whose gender no list told (it had been his son) */
    {"Leopold Amsel, the town's last tailor, died on Saturday. He was 91.\n\nThe cause was pneumonia, his "
     "son, Daniel Amsel, confirmed.\n\nMr. Amsel opened the shop in 1958. \"A suit that fits is the only "
     "advertisement,\" he told the Gazette in 1987.",
     {"\"A suit that fits", "Leopold Amsel", QUOTH_RESOLVED_PRONOUN, "town's last tailor", M}},
    /* but not one of a couple, nor a young one */
    {"Lindiwe Dube, 19, died on Sunday.\n\nHer mother, Nomsa Dube, said she was proud. \"She was brave,\" "
     "Mrs Dube said.",
     {"\"She was brave", "Nomsa Dube", QUOTH_RESOLVED_SURNAME, "Her mother", F}},
    /* a gerund before a body's word is the body's name (it had been "Carrick Bay") */
    {"The Carrick Bay Running Club, which organizes the race, said the course was safe.",
     {"the course was safe", "Carrick Bay Running Club", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_twenty_fourth_audit(void) {
    check_one_statements(TWENTY_FOURTH_AUDIT, sizeof TWENTY_FOURTH_AUDIT / sizeof *TWENTY_FOURTH_AUDIT);
}

/* The twenty-sixth and twenty-seventh audits' celebrity, investigative,
 * immigration, environment, South Asian, African, transport and housing
 * news: documents and their makers, bodies by their nouns and their
 * gerunds, rulers' titles, names no list held. */
static const one_statement TWENTY_SIXTH_AUDIT[] = {
    /* a person's address that is a given name too stays ("Deacon Frye") */
    {"Her co-star Deacon Frye was less emphatic. Frye said that the producers reminded her.",
     {"that the producers", "Deacon Frye", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* a document obtained by a paper is no paper's, its nouns joined by "and" too (it had been the Ledger's) */
    {"Executives were paid twice, according to tax filings and internal budgets obtained by the Ledger.",
     {"Executives were paid", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a body's noun before its relative clause ("The office, which ..."), and a branch */
    {"The Aerolink Network Office published figures on Monday.\n\nThe office, which coordinates airspace "
     "across six countries, said delays had doubled.",
     {"delays had doubled", "Aerolink Network Office", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Investigators from the Rail Accident Inquiry Branch reached the site on Friday.\n\nThe branch said "
     "the rails had cracked.",
     {"the rails had cracked", "Rail Accident Inquiry Branch", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a body's office of a title after a place's name (it had been no name at all) */
    {"At least nine men died, the Ellery Office of the Inspector General concluded in a report released "
     "Monday.\n\nThe 88-page report found that nurses were told to wait.",
     {"that nurses", "Ellery Office of the Inspector General", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a maker after "by" past a day, with a noun before its own (it had been no one) */
    {"The Castlewood Planning Department reviewed the tower.\n\nA staff report released Tuesday by the "
     "planning department found that the tower would cast shadows.",
     {"that the tower", "Castlewood Planning Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's name that a gerund opens or ends (they had been "Watch Vostra", "Calloway Senior") */
    {"Mining Watch Vostra, a local environmental group, said the dam was unsafe.",
     {"the dam was unsafe", "Mining Watch Vostra", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"Calloway Senior Living disputed that the staff had been cut.",
     {"that the staff", "Calloway Senior Living", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* not a party's members */
    {"Leading Democrats say that this time is different.",
     {"that this time", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "The Confederation of ..." (it had been "Northern Enterprise") */
    {"The Confederation of Northern Enterprise said the line was late.",
     {"the line was late", "Confederation of Northern Enterprise", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a stage name's other name */
    {"Sola, born Soledad Arrieta Vega, postponed her tour on Monday.\n\n\"I need rest,\" Sola said.",
     {"\"I need rest", "Sola", QUOTH_RESOLVED_NAME, NULL, U}},
    /* the statement a source is in, to whom, is no part of it (it had been a man named Weekly) */
    {"In a statement to Stargaze Weekly, a spokesman for Tessaract Television, the studio behind the "
     "show, said the role had been cut.",
     {"the role had been cut", "Tessaract Television", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but one signed by a spokesperson is the body's */
    {"The commission, in a statement signed by its spokesperson, Mr. Wilson Eberechi, said the suspects "
     "would be charged.",
     {"the suspects would", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "Nana", a Ghanaian chief's honorific */
    {"The chief of Asuboa, Nana Ofori Kwakye II, described the river as dead.",
     {"the river as dead", "Ofori Kwakye II", QUOTH_RESOLVED_NAME, "chief of Asuboa", U}},
    /* people who spoke to a paper are not the paper */
    {"Some farmers who spoke to the Daily Coastline after the durbar said the lands had been sold.",
     {"the lands had been sold", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a person before the "which" of a thing named before is no body (he had been one) */
    {"Whitlock appeared on the podcast hosted by former talk-show producer Glen Abernathy, which was "
     "released Wednesday.\n\n\"It was the most honest hour,\" Abernathy said.",
     {"\"It was the most", "Glen Abernathy", QUOTH_RESOLVED_SURNAME, "former talk-show producer", M}},
    /* names whose first word no list held */
    {"Labour leader Ghulam Mustafa Bhatti said the tariff would ruin the mills.",
     {"the tariff would", "Ghulam Mustafa Bhatti", QUOTH_RESOLVED_NAME, "Labour leader", M}},
    {"Tilly Navarro, a columnist for the site Backlot Daily, wrote that the push looked like damage control.",
     {"that the push", "Tilly Navarro", QUOTH_RESOLVED_NAME, "columnist for the site Backlot Daily", F}},
};

static void test_speakers_of_the_twenty_sixth_audit(void) {
    check_one_statements(TWENTY_SIXTH_AUDIT, sizeof TWENTY_SIXTH_AUDIT / sizeof *TWENTY_SIXTH_AUDIT);
}

/* The twenty-eighth audit's fashion, food, esports, space, royals,
 * agriculture, Latin American and state-media news: royal titles, palaces,
 * documents that "the bank" made, companies the entity tagger took for
 * people, names no list held. */
static const one_statement TWENTY_EIGHTH_AUDIT[] = {
    /* a royal's title is part of a one-word name, and the title alone finds it (each had been "Osric") */
    {"King Osric was admitted to hospital on Thursday.\n\n\"He is in good spirits,\" the King said later.",
     {"\"He is in good spirits", "King Osric", QUOTH_RESOLVED_TITLE, "King", M}},
    {"Crown Prince Leopold told reporters that the King was cracking jokes.",
     {"that the King", "Crown Prince Leopold", QUOTH_RESOLVED_NAME, "Crown Prince", M}},
    /* "the princess" after "Princess Adela", and a spokesman for her (it had been no one) */
    {"Princess Adela visited the ward on Monday.\n\nA spokesman for the princess said she was delighted.",
     {"she was delighted", "Princess Adela", QUOTH_RESOLVED_TITLE, "Princess", F}},
    /* a peer's title of a place, by its first word (it had been no one) */
    {"The Duchess of Wexmoor opened a ward. In a speech, the duchess said the staff were brave.",
     {"the staff were brave", "Duchess of Wexmoor", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* but a prince no name opens is still the holder of the title */
    {"Saudi Prince Alwaleed Bin Talal mocked the candidate on Twitter.\n\nIn December, the prince called for the candidate to drop out.",
     {"the candidate to drop out", "Alwaleed Bin Talal", QUOTH_RESOLVED_TITLE, "Saudi Prince", M}},
    /* a palace is a body, and "a palace spokesman" speaks for it (it had been "Halvergate", then no one) */
    {"Halvergate Palace denied the reports. \"There is no truth in these stories,\" a palace spokesman said.",
     {"\"There is no truth", "Halvergate Palace", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a bare spokesman after the statement whose subject is a body (it had been no one) */
    {"Halvergate Palace does not comment on broadcast debates, a spokesman said.",
     {"Halvergate Palace does not", "Halvergate Palace", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a body's own timeline, and a schedule behind a participle (each had been no one's) */
    {"The Vestral Space Agency launched a lander on Monday. According to the agency's timeline, the lander fired its engine at noon.",
     {"the lander fired", "Vestral Space Agency", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a day that opens a paper's name (it had been "Lantern") */
    {"The Sunday Lantern reported that the prince had told friends he wanted to leave.",
     {"that the prince", "Sunday Lantern", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a first given name no list holds, before a listed one and two surnames (it had been "Guadalupe Treviño Ayala") */
    {"His wife, Marisol Guadalupe Trevi\u00f1o Ayala, told the newspaper that he had received threats.",
     {"that he had received", "Marisol Guadalupe Trevi\u00f1o Ayala", QUOTH_RESOLVED_NAME, "His wife", F}},
    /* but not a descendant's form of address */
    {"Oman's foreign minister, Sayyid Khalid bin Nasser Al-Rawahi, said the talks were over.",
     {"the talks were over", "Khalid bin Nasser Al-Rawahi", QUOTH_RESOLVED_NAME, "Oman's foreign minister", M}},
    /* a given name the tagger read as an adverb (it had been "Okafor-Lind") */
    {"Elspeth Okafor-Lind, an analyst at Harbinger, said revenue would fall.",
     {"revenue would fall", "Elspeth Okafor-Lind", QUOTH_RESOLVED_NAME, "analyst", F}},
    /* an ombudsman is a title (it had been a body "Ombudsman") */
    {"The Ombudsman, Elena Patricia Rivas Ledesma, urged the government to publish the rules.",
     {"the government to publish", "Elena Patricia Rivas Ledesma", QUOTH_RESOLVED_NAME, "Ombudsman", F}},
    /* a field of a portfolio in an adjective (it had been no one) */
    {"Minister of Agriculture and Rural Affairs Dong Peilin said at the meeting that the ministry would act.",
     {"that the ministry would act", "Dong Peilin", QUOTH_RESOLVED_NAME, "Minister of Agriculture and Rural Affairs", U}},
    /* the company that spoke just before, whatever the entity tagger read it as (it had been no one) */
    {"Tarnwell said it was disappointed by the decision. In a post on its Instagram account, the company wrote that it remained committed.",
     {"that it remained committed", "Tarnwell", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* but not a body of another kind */
    {"The digital-rights group Open Lantern called on brightloom to publish an audit. In a statement, the company said all video stays on the device.",
     {"all video stays", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a document that "the bank" published, and one issued by "the palace" (each had been no one's) */
    {"The Central Bank of Valdera raised rates on Wednesday.\n\nThe bank published the minutes of its October meeting on Thursday. The minutes showed that two directors had favored a larger increase.",
     {"that two directors", "Central Bank of Valdera", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Halvergate Palace was less conciliatory. A statement issued by the palace on Saturday evening described the pictures as \"a grotesque intrusion.\"",
     {"the pictures as", "Halvergate Palace", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a state's body by its possessor, and "the ministry" after it (each had been one "Foreign Ministry" of two countries) */
    {"Brazil's Foreign Ministry said the talks were over. The ministry added that it was hopeful.\n\nPeru's Foreign Ministry said the border would stay open.",
     {"that it was hopeful", "Brazil's Foreign Ministry", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"Brazil's Foreign Ministry said the talks were over. The ministry added that it was hopeful.\n\nPeru's Foreign Ministry said the border would stay open.",
     {"the border would", "Peru's Foreign Ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_twenty_eighth_audit(void) {
    check_one_statements(TWENTY_EIGHTH_AUDIT, sizeof TWENTY_EIGHTH_AUDIT / sizeof *TWENTY_EIGHTH_AUDIT);
}

/* The twenty-ninth audit's Middle Eastern, European, fact-check, Q&A,
 * transfer, tech-policy, finance and weather news: particles and kunyas,
 * a state's bodies by nationality, relatives of someone named, names in a
 * transcript's capitals. */
static const one_statement TWENTY_NINTH_AUDIT[] = {
    /* particles in small letters between name words (each had been cut at them) */
    {"Bas ten Brink, the party leader, said the deal was done.",
     {"the deal was done", "Bas ten Brink", QUOTH_RESOLVED_NAME, "party leader", U}},
    {"Marloes ter Horst said the ruling was clear.",
     {"the ruling was clear", "Marloes ter Horst", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a kunya opens the name (it had been "Mustafa al-Hamdani") */
    {"Abu Mustafa al-Hamdani, a tribal leader, said the vote was rigged.",
     {"the vote was rigged", "Abu Mustafa al-Hamdani", QUOTH_RESOLVED_NAME, "tribal leader", M}},
    /* a descendant's form of address is no part of it */
    {"Seyed Mojtaba Hosseini-Rad, a hard-line lawmaker, wrote on X that the navy had done well.",
     {"that the navy", "Mojtaba Hosseini-Rad", QUOTH_RESOLVED_NAME, "hard-line lawmaker", U}},
    /* a state's body by its nationality (each had been no one), and "the government" after it */
    {"The Dutch government said the ruling was wrong. The government added that it would appeal.",
     {"that it would appeal", "Dutch government", QUOTH_RESOLVED_TITLE, NULL, U}},
    {"The German finance ministry said the plan was costly.",
     {"the plan was costly", "German finance ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Rafidian army said the strikes had hit militants.",
     {"the strikes had hit", "Rafidian army", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but a party's adjective is no nationality */
    {"The Republican governor said the budget was fine.",
     {"the budget was fine", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* states of two places or more speak for none (each had been the last) */
    {"Several governments, led by Greece and Croatia, have signalled that they want a longer transition.",
     {"that they want", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    {"Reports in the Netherlands suggest Mark Dyer has been sounded out.",
     {"Mark Dyer has", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a person's noun set off by the name after a phrase (it had been no one) */
    {"Hale's rival in the race, state Rep. Carl Bastian, accused the governor of taking a victory lap.",
     {"the governor of", "Carl Bastian", QUOTH_RESOLVED_NAME, "state Rep.", M}},
    /* a mailer is no person (it had been "a mailer" from a place) */
    {"A mailer from Councilor Arlo Dunning tells voters that their bills have doubled.",
     {"that their bills", "Arlo Dunning", QUOTH_RESOLVED_NAME, "Councilor", U}},
    /* a body's name of capitalized words between a noun and its last word (it had been "Action Network") */
    {"The Harlow Climate Action Network said the plan was weak.",
     {"the plan was weak", "Harlow Climate Action Network", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a relative or an agent of someone named is not that person (each had been the one named) */
    {"The wife of John Smith said the case was weak.",
     {"the case was weak", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
    {"The agent of Grantham United winger Kofi Mensah-Boateng has accused the club of holding his career hostage.",
     {"the club of", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* unless the source names them after a comma */
    {"The wife of John Smith, Mary Smith, said the children were safe.",
     {"the children were safe", "Mary Smith", QUOTH_RESOLVED_NAME, "wife of John Smith", F}},
    /* a transcript's label in capitals, as a name is written (it had been "NADIA PELLINGTON") */
    {"The hearing opened at 7 p.m.\n\nNADIA PELLINGTON: We object to the height. We will appeal.\n\nGRETA MOSSBACH: The plan is fine and the board should approve it.",
     {"We object", "Nadia Pellington", QUOTH_RESOLVED_NAME, NULL, F}},
    /* an armed body by "the military" (it had been no one) */
    {"Rockets struck the town on Tuesday, the Kedem Defense Forces said.\n\nThe military said in a statement that 14 rockets had crossed the border.",
     {"that 14 rockets", "Kedem Defense Forces", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a body's name that "and" joins, ending in a word of the speakers' list (it had been "Markets Directorate") */
    {"The Competition and Markets Directorate opened a case. A spokesman for the directorate said it did not comment.",
     {"it did not comment", "Competition and Markets Directorate", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_twenty_ninth_audit(void) {
    check_one_statements(TWENTY_NINTH_AUDIT, sizeof TWENTY_NINTH_AUDIT / sizeof *TWENTY_NINTH_AUDIT);
}

/* The thirtieth audit's East Asian, Russian and Ukrainian, francophone,
 * protest, social-media, Southeast Asian, Australian and Irish news:
 * forms of address, embassies, titles. */
static const one_statement THIRTIETH_AUDIT[] = {
    /* French honorifics before a surname: "Mme" and "M." (each had been a name of its own) */
    {"Prefect Marie-Claire Fontanel ordered residents to leave. Mme Fontanel said the water was rising.",
     {"the water was rising", "Marie-Claire Fontanel", QUOTH_RESOLVED_SURNAME, "Prefect", F}},
    {"Charles-\u00c9douard de Lannoy, the negotiator, said talks would resume. M. de Lannoy added that he was hopeful.",
     {"that he was hopeful", "Charles-\u00c9douard de Lannoy", QUOTH_RESOLVED_SURNAME, "negotiator", M}},
    /* but "M." before a given name and a surname is an initial (train's "M. Dane Waters") */
    {"M. Dane Waters, whose group has led this effort, predicted that delegates would fight.",
     {"that delegates would fight", "M. Dane Waters", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Southeast Asian forms of address (each had been part of the name) */
    {"Cikgu Norliza Abdullah, who teaches Year Five pupils, said the laptops never arrived.",
     {"the laptops never arrived", "Norliza Abdullah", QUOTH_RESOLVED_NAME, NULL, U}},
    {"Khun Pornthip Chaiwat said her son had been detained.",
     {"her son had been", "Pornthip Chaiwat", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a state's embassy in its city, and a consulate (each had been no one) */
    {"The British embassy in Jakarta said it was aware of the case.",
     {"it was aware", "British embassy in Jakarta", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    {"The Chinese consulate said two of its citizens were injured.",
     {"two of its citizens", "Chinese consulate", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a coroner's and a councillor's titles (they had been part of the name) */
    {"Coroner Felicity Aung said the delay had contributed to the death.",
     {"the delay had", "Felicity Aung", QUOTH_RESOLVED_NAME, "Coroner", U}},
    {"Mayor Helen Tsakalos said the vote was hard. Cr Tsakalos said ratepayers were entitled to know.",
     {"ratepayers were entitled", "Helen Tsakalos", QUOTH_RESOLVED_SURNAME, "Mayor", F}},
    /* a headline's verb is no part of a name (it had been "Regulator Fines Lumora") */
    {"Regulator Fines Lumora $48 Million Over Children's Data\n\nThe Northbridge Data Protection Commission has fined the app maker Lumora Inc. for its default settings.\n\nLumora said in a blog post that it disagreed with the size of the fine.",
     {"that it disagreed", "Lumora Inc.", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a French lawyer's form of address, and the surname after a given name the tagger read as a noun (it had been "Lenoir-Saint-Clair") */
    {"Ma\u00eetre Gr\u00e9goire Lenoir-Saint-Clair said his client was innocent.",
     {"his client was innocent", "Gr\u00e9goire Lenoir-Saint-Clair", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a handle a participle's clause gives, after the cue too (it had been no one) */
    {"\u201cIf a restaurant charges $240 a head, it can take a one-star review,\u201d replied a user posting as @tablefortwo_fen.",
     {"\u201cIf a restaurant", "@tablefortwo_fen", QUOTH_RESOLVED_NAME, NULL, U}},
    {"One commenter, posting as @breadhead_88, wrote that the rolls were the same.",
     {"that the rolls", "@breadhead_88", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_thirtieth_audit(void) {
    check_one_statements(THIRTIETH_AUDIT, sizeof THIRTIETH_AUDIT / sizeof *THIRTIETH_AUDIT);
}

/* The thirty-first audit's British courts, parliaments, earnings,
 * sports press conferences, polls, Nordic, Caribbean and wildlife news:
 * zoos, peers, forms of address, a business's noun before its name. */
static const one_statement THIRTY_FIRST_AUDIT[] = {
    /* a zoo is a body (it had been a man, and "the zoo" no one) */
    {"A rare rhinoceros has given birth at Brennick Zoo, the zoo announced on Wednesday.",
     {"A rare rhinoceros", "Brennick Zoo", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a peer's title in a one-word name (it had been "Fenwright") */
    {"Lord Fenwright told peers that the bill was rushed.",
     {"that the bill was rushed", "Lord Fenwright", QUOTH_RESOLVED_NAME, NULL, M}},
    /* "the Honourable" is no part of the name */
    {"The Honourable Shervon Ragbir said the ferry would sail on Monday.",
     {"the ferry would sail", "Shervon Ragbir", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a business's noun that opens the sentence is no part of the body's name */
    {"Housebuilder Cressly Homes warned that profits would fall.",
     {"that profits would fall", "Cressly Homes", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but a company's name that is such a word stays */
    {"Carrier Global Corp. said sales rose.",
     {"sales rose", "Carrier Global Corp.", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_thirty_first_audit(void) {
    check_one_statements(THIRTY_FIRST_AUDIT, sizeof THIRTY_FIRST_AUDIT / sizeof *THIRTY_FIRST_AUDIT);
}

/* The thirty-second audit's wire briefs, long-form features, roundups,
 * explainers, cybersecurity, drug regulation, campus and local TV news:
 * given names no list held, companies by their industry's last word. */
static const one_statement THIRTY_SECOND_AUDIT[] = {
    /* a given name no list held, after its full name with an age (it had been a person of its own) */
    {"Maren Lindqvist, 52, took over the lease in 2004.\n\nMaren believes the bay is dying.",
     {"the bay is dying", "Maren Lindqvist", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* a company's name that ends in "Renewables", and its first word before a spokesperson (it had been a person, and "Skyline" another body) */
    {"Skyline Renewables plans a wind farm. A Skyline spokesperson said the turbines were safe.",
     {"the turbines were safe", "Skyline Renewables", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_thirty_second_audit(void) {
    check_one_statements(THIRTY_SECOND_AUDIT, sizeof THIRTY_SECOND_AUDIT / sizeof *THIRTY_SECOND_AUDIT);
}

/* The thirty-third audit's statehouse, music, energy, Pacific, aviation
 * and motorsport news. */
static const one_statement THIRTY_THIRD_AUDIT[] = {
    /* a party's letter joined to a two-word district names no one (it had been "Greeley") */
    {"The bill was filed on Monday.\n\nHis co-sponsor, Rep. Yolanda Pierce-Whitman, D-Port Greeley, said the bill would pass.",
     {"the bill would pass", "Yolanda Pierce-Whitman", QUOTH_RESOLVED_NAME, "Rep.", F}},
    /* an age that the text gave after the name, three sentences before (it had been no one) */
    {"Mowinckel-Saeter, 58, who has led the company since 2019, said spending would hold. That has angered shareholders. Some want a split.\n\nAsked about the letter, the 58-year-old said she had respect for them.",
     {"she had respect", "Mowinckel-Saeter", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* a team's driver is the person named before the quotation, not the team (it had been "Kestrel") */
    {"Emil Lindqvist finished second.\n\nLindqvist was generous in defeat. \"Today Haruto was just better. No excuses,\" the Kestrel driver said.",
     {"\"Today Haruto", "Emil Lindqvist", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* "the team" that no "X team" names is the team named in its paragraph (it had been no one) */
    {"Ridgeport Comets forward Dale Amos will miss the season with a knee injury, the team said on Friday.",
     {"Ridgeport Comets forward", "Ridgeport Comets", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* nor a contest it races in (a name ending in "Motorsport" is a body) */
    {"Ostara Motorsport driver Niamh Halloran will miss the Sierra Calvina Grand Prix, the team announced.",
     {"Ostara Motorsport driver", "Ostara Motorsport", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* nor a regulator */
    {"Kestrel Racing said its car was legal. The World Motor Sport Authority opened a review on Thursday.\n\n\"We are confident,\" the team said.",
     {"\"We are confident", "Kestrel Racing", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a national's noun before a name is no part of it */
    {"Welshman Gwilym Pryce said the stage was rough.",
     {"the stage was rough", "Gwilym Pryce", QUOTH_RESOLVED_NAME, NULL, U}},
    /* nor an occupation that opens the sentence */
    {"Songwriter Ellis Quade wrote on Facebook that the venue mattered.",
     {"that the venue", "Ellis Quade", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Marshallese chief's title, which is no part of the role before it (it had kept the name and lost the role) */
    {"The atoll's traditional leader, Iroij Jebro Latdrik, said the wells were dry.",
     {"the wells were dry", "Jebro Latdrik", QUOTH_RESOLVED_NAME, "atoll's traditional leader", U}},
    /* nor a Cook Islands elder's form of address (it had kept the name and ended the role) */
    {"Motukura Island Council chairman Papa Tere Moeroa said the lagoon was sick.",
     {"the lagoon was sick", "Tere Moeroa", QUOTH_RESOLVED_NAME, "Motukura Island Council chairman", U}},
    /* a report no mention of which names its maker is the body that spoke before it (it had been no one's) */
    {"The crew received four warnings, according to a preliminary report released on Thursday.\n\nThe Transport Accident Inquiry Board said one sensor was blocked by ice.\n\n\"It is too early to say,\" the 28-page report said.",
     {"\"It is too early", "Transport Accident Inquiry Board", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* but not a party's filing, which the court spoke of last */
    {"The Supreme Court said the rule was void.\n\nThe lawsuit says the county broke the law.",
     {"the county broke", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
};

static void test_speakers_of_the_thirty_third_audit(void) {
    check_one_statements(THIRTY_THIRD_AUDIT, sizeof THIRTY_THIRD_AUDIT / sizeof *THIRTY_THIRD_AUDIT);
}

/* The thirty-fourth audit's retail, automotive, Hong Kong, mining and
 * publishing news. */
static const one_statement THIRTY_FOURTH_AUDIT[] = {
    /* a lede's "The boss of ..." is the person the next paragraph names as its source, past a form of address (it had been the company) */
    {"Carrow warns on Westbridge plant\n\nThe boss of Carrow Motors has warned that its Westbridge plant could close.\n\nSir Anthony Ridsdale, who has run the company since 2018, said rules were \"squeezing us\".",
     {"that its Westbridge", "Anthony Ridsdale", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* and past the bodies that open that paragraph; a headline's capitals before it name no person (it had been "Corrigan") */
    {"Corrigan's boss defends self-checkout push\n\nThe chief executive of convenience chain Corrigan's has insisted that plans to replace staffed tills will not cost jobs.\n\nIn a post on LinkedIn on Sunday evening, Alisha Brennan wrote that the change was \"not about cutting jobs\".",
     {"that plans", "Alisha Brennan", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "its owner" after what was said, and a month after "the end of" is no name (it had been August's) */
    {"The Lantern Bookshop will close at the end of August, its owner announced on Wednesday.\n\nBernadette Quill, 68, said rising rent had made the business impossible.",
     {"The Lantern Bookshop", "Bernadette Quill", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* a romanized given name of joined syllables after a family name (it had been "Huang", "Siu-fong") */
    {"Defence Minister Huang Chien-ming told lawmakers that the drills were a threat.",
     {"that the drills", "Huang Chien-ming", QUOTH_RESOLVED_NAME, "Defence Minister", U}},
    /*  */
    {"Legislator Ng Siu-fong, who represents the social welfare sector, said the plan fell short.",
     {"the plan fell", "Ng Siu-fong", QUOTH_RESOLVED_NAME, "Legislator", U}},
    /* a Senior Counsel's letters after the name */
    {"Defence counsel Martin Lo SC told the court that his client was remorseful.",
     {"that his client", "Martin Lo", QUOTH_RESOLVED_NAME, "Defence counsel", M}},
    /* a brigadier's rank before the name */
    {"Police spokesperson Brigadier Sello Mokoena said officers had fired rubber bullets.",
     {"officers had", "Sello Mokoena", QUOTH_RESOLVED_NAME, "Police spokesperson Brigadier", U}},
    /* a guild is a body (it had been "Guild") */
    {"The Hong Kong Journalists Guild said the closure was a blow.",
     {"the closure", "Hong Kong Journalists Guild", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_thirty_fourth_audit(void) {
    check_one_statements(THIRTY_FOURTH_AUDIT, sizeof THIRTY_FOURTH_AUDIT / sizeof *THIRTY_FOURTH_AUDIT);
}

/* The thirty-fifth audit's tourism, telecoms, insurance, theatre and
 * charity news. */
static const one_statement THIRTY_FIFTH_AUDIT[] = {
    /* an age's relative clause names no speaker: not the founder it mentions (it had been Edwin Harrow) */
    {"Nadia Farrow runs Whitlock Harrow.\n\nThe 58-year-old, who took over from company founder Edwin Harrow in 2021, said the firm would grow.",
     {"the firm would", "Nadia Farrow", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* the first field of a minister's portfolio before "and" is no person heading the source (it had been "State Revenue") */
    {"State Revenue and Disaster Management Minister Pradeep Kumar Mohanty said relief had reached every village.",
     {"relief had", "Pradeep Kumar Mohanty", QUOTH_RESOLVED_NAME, "Disaster Management Minister", M}},
    /* but two people joined by "and" stay the first's */
    {"Donald Trump and House Speaker Paul Ryan pledged to work together.",
     {"to work together", "Donald Trump", QUOTH_RESOLVED_NAME, NULL, M}},
    /* "who" after a person and the place they are from, an age between (it had been the town) */
    {"Among those affected was Karen Whitlow, 67, from Brindley, who said she had tried to call an ambulance.",
     {"she had tried", "Karen Whitlow", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a Maasai name's particle and an East African elder's form of address (it had been "Kipaku") */
    {"Mzee Lemayian ole Kipaku, an elder from Olkeri village, said the fees would drive visitors away.",
     {"the fees", "Lemayian ole Kipaku", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a headline's one-word name that a body's noun introduces later is that body ("the airline" had been no one) */
    {"Skyvia adds 14 winter routes\n\nBudget carrier Skyvia will launch 14 new routes from Dellport this winter, the airline announced on Tuesday.",
     {"Budget carrier Skyvia", "Skyvia", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the theatre" is a playhouse named near */
    {"PORTHAVEN \u2014 The Harbour Playhouse, one of the oldest repertory theatres in the north-west, will close its doors in March, the theatre announced on Tuesday.",
     {"one of the oldest", "Harbour Playhouse", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a band is no company, though a body's noun made the headline's name one */
    {"Fury as Ridgeway tickets soar\n\nFans of the band Ridgeway were angry at prices set by the ticketing company Tixora.\n\nTixora defended the system. \"Prices follow demand,\" the company said.",
     {"\"Prices follow", "Tixora", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_thirty_fifth_audit(void) {
    check_one_statements(THIRTY_FIFTH_AUDIT, sizeof THIRTY_FIFTH_AUDIT / sizeof *THIRTY_FIFTH_AUDIT);
}

/* The thirty-sixth audit's cricket, tennis, golf and combat sports. */
static const one_statement THIRTY_SIXTH_AUDIT[] = {
    /* an age is the last speaker's whatever their role, when their statement reaches the sentence before and the text gave them no other age (it had been no one) */
    {"England captain Oliver Brent did not hide his frustration. \"We were nowhere near good enough,\" Brent said. \"You can't keep losing wickets.\"\n\nAsked whether the hosts had misjudged the surface, the 31-year-old insisted the selection had been right.",
     {"the selection had been right", "Oliver Brent", QUOTH_RESOLVED_TITLE, "England captain", M}},
    /* but not when the text gave them another age */
    {"England captain Oliver Brent, 34, did not hide his frustration. \"We were nowhere near good enough,\" Brent said. \"You can't keep losing wickets.\"\n\nAsked whether the hosts had misjudged the surface, the 31-year-old insisted the selection had been right.",
     {"the selection had been right", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a source that is only a quoted nickname after "known as" is the person who opens the sentence (it had been "La Tormenta") */
    {"Carmen Sol\u00eds-Vega, the three-weight world champion known throughout Valderrama as \u201cLa Tormenta,\u201d said she was retiring from boxing.",
     {"she was retiring", "Carmen Sol\u00eds-Vega", QUOTH_RESOLVED_NAME, NULL, F}},
    /* but a nickname alone is the one it names */
    {"Hackers broke in. The hacker known as \u201cGuccifer,\u201d stated that he had access to the server.",
     {"that he had access", "Guccifer", QUOTH_RESOLVED_NAME, NULL, M}},
    /* the people of a city or a region are a description, as nationals are (it had been "Dubliner") */
    {"Declan Brannigan was disqualified on Friday.\n\n\"It is a harsh rule,\" the Dubliner said.",
     {"\"It is a harsh", "Declan Brannigan", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* and a description by age may end with a national's noun (it had been "Briton") */
    {"Daniel Okonkwo-Hale won in straight sets.\n\n\"I felt great,\" the 26-year-old Briton said.",
     {"\"I felt great", "Daniel Okonkwo-Hale", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a cricketer's role opening the sentence is no part of the name */
    {"Opener Ananya Joshi said the pitch had been perfect for batting.",
     {"the pitch had been", "Ananya Joshi", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_thirty_sixth_audit(void) {
    check_one_statements(THIRTY_SIXTH_AUDIT, sizeof THIRTY_SIXTH_AUDIT / sizeof *THIRTY_SIXTH_AUDIT);
}

/* The thirty-seventh blind audit's (Nigerian politics, Japanese and
 * Korean business, club football, podcasts, city councils, appeals
 * courts, crypto and Latin American business): each row was read
 * otherwise before its fix, but for the guard rows that say "but". */
static const one_statement THIRTY_SEVENTH_AUDIT[] = {
    /* a body first named as a place (its refinery's name) that speaks later is no place, and "the company" is it (it had been no one) */
    {"A fire broke out at the Dunmore Petroleum refinery in Eastbrook early on Saturday, injuring four workers, officials said.\n\nDunmore Petroleum said in a statement that the cause was under investigation. The company said the plant would reopen next week.",
     {"the plant would reopen", "Dunmore Petroleum", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* two names joined by an ampersand are a firm's, in a headline too ("the company" had been no one) */
    {"Harlow & Vane shares jump after record Christmas\n\nShares in retailer Harlow & Vane rose 9 per cent on Thursday.\n\nChief executive Tom Reddy said it had been a great year.\n\nThe company said it now expected profit to rise.",
     {"it now expected profit", "Harlow & Vane", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a firm's name that opens a sentence is whole past its ampersand (it had been "Stowe") */
    {"The book is published on Thursday by Greyling & Stowe.\n\nGreyling & Stowe said it stood by the book and its author.",
     {"it stood by the book", "Greyling & Stowe", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a lede's body's person with a description of the body set off ("one of the largest ... firms") is the person the next paragraph opens with, past an age (it had been the body) */
    {"The chief executive of Loomis Haulage, one of the largest logistics firms in the Midwest, told a podcast this week that staff who refuse to return to the office should leave.\n\nDana Whitcombe, 52, made the comments during a long interview on a business show.",
     {"that staff who refuse", "Dana Whitcombe", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a Nigerian police rank before the name is a title (it had been the officer's title, a body) */
    {"Its Police Public Relations Officer, SP Omotola Adeyinka-Coker, said the suspects had been arrested.",
     {"the suspects had been", "Omotola Adeyinka-Coker", QUOTH_RESOLVED_NAME, "SP", U}},
    /* forms of address of Nigerian news are no part of the name (it had been "Otunba Rotimi Sodeke-Alli") */
    {"The Commissioner for Local Government, Otunba Rotimi Sodeke-Alli, said the council would be dissolved.",
     {"the council would be", "Rotimi Sodeke-Alli", QUOTH_RESOLVED_NAME, "Commissioner for Local Government", U}},
    /* a ruler's title of a place is the role of the name set off after it (it had been "Emir of Dutsin-Kasa") */
    {"The Emir of Dutsin-Kasa, His Royal Highness Alhaji Bashir Aliyu Danmaliki, said the North must look inwards.",
     {"the North must", "Bashir Aliyu Danmaliki", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a ruler's style is no part of the name, and the name is a person's (it had been a body) */
    {"His Royal Majesty Nnaemeka Okafor-Agu has told his subjects that the festival will hold.",
     {"that the festival", "Nnaemeka Okafor-Agu", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "the monarch" is the ruler named before (it had been no one) */
    {"The traditional ruler of Umuezeoka, Igwe Nnaemeka Okafor-Agu, has said the festival will hold in August.\n\nSpeaking at his palace, the monarch said the elders had agreed.",
     {"the elders had agreed", "Nnaemeka Okafor-Agu", QUOTH_RESOLVED_TITLE, "traditional ruler of Umuezeoka", U}},
    /* and "the 74-year-old monarch" by the age, when the noun finds no one */
    {"The Emir of Dutsin-Kasa, Bashir Aliyu Danmaliki, who addressed the governors, said the North must look inwards.\n\n\"We have land, we have people,\" the 74-year-old monarch said.",
     {"\"We have land", "Bashir Aliyu Danmaliki", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the Nigeria international" is the player named before, whatever his club role (it had been Nigeria) */
    {"Dunmore Albion striker Chidi Okafor dedicated his brace to his late grandmother.\n\nOkafor struck twice in the final 20 minutes.\n\n'She used to watch every game,' the Nigeria international told Albion TV.",
     {"'She used to watch", "Chidi Okafor", QUOTH_RESOLVED_TITLE, "Dunmore Albion striker", M}},
    /* and "the former Sweden international" is the coach who spoke last, a career any role may follow (it had been Sweden) */
    {"Ravensfield head coach Sofia Lindahl says her side must learn to suffer.\n\n\"We were the better team,\" Lindahl, 41, told reporters. \"We lost our heads a little.\"\n\nAsked about the return leg, the former Sweden international said the side were not afraid.",
     {"the side were not afraid", "Sofia Lindahl", QUOTH_RESOLVED_TITLE, "head coach", F}},
    /* a court's number opens its name (it had been a man "Circuit") */
    {"The 9th Circuit said the law was valid.",
     {"the law was valid", "9th Circuit", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a minister's portfolio of international affairs is no part of the name (it had been "International Affairs Ryosuke Amano") */
    {"Vice Finance Minister for International Affairs Ryosuke Amano told reporters the yen was weak.",
     {"the yen was weak", "Ryosuke Amano", QUOTH_RESOLVED_NAME, "Vice Finance Minister for International Affairs", U}},
    /* after what it says, "the company" is the unknown name that opens the sentence (it had been no one) */
    {"Korvex suspended all withdrawals on Tuesday, the company said.",
     {"Korvex suspended", "Korvex", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* but not a person's name */
    {"Daniel Ortega suspended all withdrawals on Tuesday, the company said.",
     {"Daniel Ortega suspended", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "she" is the woman the text gave that gender, not a name of no gender beside her (it had been "Cedar Bend") */
    {"The county court voted 3-2 Tuesday to expand the landfill.\n\nPrecinct 2 Commissioner Rosalind Guerra, whose precinct includes Cedar Bend, voted no. She said the operator had been cited twice.",
     {"the operator had been cited", "Rosalind Guerra", QUOTH_RESOLVED_PRONOUN, "Commissioner", F}},
    /* but not over a person who opens the sentence, whose given name no list holds */
    {"Tamsiel Oduya, a supporter from Harlow, is among those who will not back Hillary Clinton. The campaign was the first time she had been involved, and she doesn't think Clinton can win.",
     {"Clinton can win", "Tamsiel Oduya", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* "the Rovers boss" is the manager named before, not the club */
    {"Midfielder Tunde Okonjo has claimed he was frozen out by manager Phil Garside.\n\nGarside was asked about the comments at his press conference on Friday. \"Tunde's a good professional and my door is always open,\" the Rovers boss said.",
     {"\"Tunde's a good", "Phil Garside", QUOTH_RESOLVED_TITLE, "manager", M}},
    /* a body's abbreviation in brackets ends the source at the body, whose fields are listed with commas (it had been Japan) */
    {"Japan's Ministry of Economy, Trade and Industry (METI) said it would fund the plant.",
     {"it would fund the plant", "Ministry of Economy, Trade and Industry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and one of a single field */
    {"Japan's Ministry of Finance (MOF) said it would fund the plant.",
     {"it would fund the plant", "Ministry of Finance", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_thirty_seventh_audit(void) {
    check_one_statements(THIRTY_SEVENTH_AUDIT, sizeof THIRTY_SEVENTH_AUDIT / sizeof *THIRTY_SEVENTH_AUDIT);
}

/* The thirty-eighth audit's (rugby, basketball, Philippine and Turkish
 * politics, Hollywood trade news, horse racing, East African politics and
 * Indian court reporting): each row was read otherwise before its fix. */
static const one_statement THIRTY_EIGHTH_AUDIT[] = {
    /* "the bench" is the court named before (it had been no one) */
    {"The Kalindi Pradesh High Court on Monday heard the plea. The bench said the advocate must apologise.",
     {"the advocate must", "Kalindi Pradesh High Court", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "A bench of Justices X and Y" is the court whose judges sit (it had been the second judge) */
    {"The Supreme Court heard the contempt case on Friday. A bench of Justices Nandita Kulkarni and Harpreet Singh Walia said the post was contempt.",
     {"the post was contempt", "Supreme Court", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a headline's "SC" is the Supreme Court the article names (it had been no one) */
    {"Demolitions without notice illegal, says SC\n\nThe Supreme Court on Tuesday struck down the demolition orders.",
     {"Demolitions without notice", "Supreme Court", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the club" is a team named as a place and a plural, which quoth reads as people of no kind (it had been no one) */
    {"The Marlow Bay Mariners have sacked head coach Terry Gallard. The club announced that Gallard would leave.",
     {"that Gallard would leave", "Marlow Bay Mariners", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* after what it says, "the studio" is the one body its sentence names, past a headline's capitals and a title in quotation marks (it had been no one) */
    {"\u2018Velvet Hour\u2019 Star Sienna Vale Exits Film After Backlash\n\nSienna Vale has stepped away from Lodestar Films\u2019 period musical \u201cThe Velvet Hour\u201d after old posts resurfaced online, the studio said Monday.",
     {"Sienna Vale has stepped", "Lodestar Films", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "The County Carrow handler" is the trainer named before, not the county */
    {"Declan Mulvaney saddled the winner for the third time.\n\n\"He is the best I have trained,\" the County Carrow handler admitted.",
     {"\"He is the best", "Declan Mulvaney", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* "the municipality" is the municipality named before (it had been no one) */
    {"The Ankara Metropolitan Municipality cut its transit budget. The municipality says the cuts were forced on it.",
     {"the cuts were forced", "Ankara Metropolitan Municipality", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a title after a portfolio's fields is no part of the name (it had been "Minister Vedat Kaya") */
    {"Labour and Social Security Minister Vedat Kaya said the wage would rise.",
     {"the wage would rise", "Vedat Kaya", QUOTH_RESOLVED_NAME, "Social Security Minister", U}},
    /* "co-chair" is a title (it had been the name whole) */
    {"H\u00d6EP co-chair Zelal Irmak\u00e7\u0131 said the vote was stolen.",
     {"the vote was stolen", "Zelal Irmak\u00e7\u0131", QUOTH_RESOLVED_NAME, "H\u00d6EP co-chair", U}},
    /* a Philippine lawyer's "Atty." and an elder's "Ka" are no part of the name */
    {"Ka Berting Olaguer, chairman of the fisherfolk group, said the boats were hit. His lawyer, Atty. Perla Santiago-Leyco, said a case would be filed.",
     {"a case would be filed", "Perla Santiago-Leyco", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_thirty_eighth_audit(void) {
    check_one_statements(THIRTY_EIGHTH_AUDIT, sizeof THIRTY_EIGHTH_AUDIT / sizeof *THIRTY_EIGHTH_AUDIT);
}

/* The thirty-ninth audit's (humanitarian agencies, the Vatican, Iranian
 * politics, cycling, K-pop, American football, baseball and Israeli
 * politics): each row was read otherwise before its fix. */
static const one_statement THIRTY_NINTH_AUDIT[] = {
    /* "the agency" is a performer's agency named before, an entertainment company, by the name it was first given in full (it had been no one) */
    {"Fans parked trucks outside the headquarters of Maple Tree Entertainment on Monday.\n\nMaple Tree responded in the evening. The agency said line distribution was decided by producers.",
     {"line distribution was decided", "Maple Tree Entertainment", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "his agency" is the agency the next paragraph names (it had been no one) */
    {"Taejun, leader of boy group Nova Crown, will begin his military service on March 18, his agency announced Monday.\n\nHeliograph Entertainment posted a notice to the group's fan community.",
     {"Taejun, leader of boy group", "Heliograph Entertainment", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a nationality after a quotation is the person named in the sentence before it (it had been no one) */
    {"Sartori, 22, was furious. \"I held my line. Everybody can see the video,\" the Italian told reporters.",
     {"\"I held my line", "Sartori", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a place line's words open no body that "the Vatican" is (it had been "VATICAN CITY") */
    {"VATICAN CITY \u2014 The Vatican on Tuesday announced that the bishop had resigned.",
     {"that the bishop had resigned", "Vatican", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Shia cleric's rank is no part of the name */
    {"Ayatollah Hashem Tabatabaei-Far said the talks had failed.",
     {"the talks had failed", "Hashem Tabatabaei-Far", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "the pontiff" is the pope named before (it had been no one) */
    {"Pope Gregory XVII on Sunday warned that Europe was in danger of losing its soul.\n\n\"A continent that counts its coins has forgotten the Gospel,\" the pontiff said in his homily.",
     {"\"A continent that counts", "Gregory XVII", QUOTH_RESOLVED_TITLE, "Pope", M}},
    /* "MK", a member of the Knesset, is a title (it had been part of the name) */
    {"MK Eliezer Hirschorn, the party's chairman, told reporters the budget would fail.",
     {"the budget would fail", "Eliezer Hirschorn", QUOTH_RESOLVED_NAME, "MK", U}},
    /* a football position opening the sentence is no part of the name (it had been "Quarterback Nate Rourke") */
    {"Quarterback Nate Rourke said the team was ready.",
     {"the team was ready", "Nate Rourke", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "the right-hander" is the pitcher named before (it had been no one) */
    {"Owen Petrakis struck out nine in seven innings.\n\nThe right-hander said his slider had been sharp.",
     {"his slider had been sharp", "Owen Petrakis", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a team's manager after a quotation is the person named in the sentence before it (it had been no one) */
    {"Curtis Abernathy had watched the replay three times by the time he sat down at the podium.\n\n\"That ball was fair by a foot. A foot,\" the Bay Rovers manager said after the loss.",
     {"\"That ball was fair", "Curtis Abernathy", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a firm's name that ends in "Medical" is a body "the company" means (it had been a man) */
    {"Insulin pen maker recalls 400,000 devices after dosing errors\n\nSandrow Medical issued a voluntary recall on Monday of about 400,000 insulin injection pens sold under the name DoseRite, after reports that some pens delivered less insulin than the dial showed.\n\nThe company said it had received 212 complaints.",
     {"it had received 212", "Sandrow Medical", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_thirty_ninth_audit(void) {
    check_one_statements(THIRTY_NINTH_AUDIT, sizeof THIRTY_NINTH_AUDIT / sizeof *THIRTY_NINTH_AUDIT);
}

/* The fortieth audit's (chess, athletics and swimming, the Arctic,
 * Mexican security, Central Asia, the Balkans, Australian football and US
 * school boards): each row was read otherwise before its fix. */
static const one_statement FORTIETH_AUDIT[] = {
    /* a nickname in quotation marks is no part of the name of a person of no known kind either (it had been kept) */
    {"Rogelio \"Jun\" Dimaculangan Jr. won the title. Dimaculangan said he was tired.",
     {"he was tired", "Rogelio Dimaculangan Jr.", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* "Grandmaster" is a title (it had been part of the name) */
    {"Grandmaster Oren Katz-Mendel said the accusations were false.",
     {"the accusations were false", "Oren Katz-Mendel", QUOTH_RESOLVED_NAME, "Grandmaster", U}},
    /* "Doña" is a form of courtesy, no part of the name */
    {"Do\u00f1a Eulalia Coyote, 71, who sells tortillas near the church, said the patrols had brought calm.",
     {"the patrols had brought calm", "Eulalia Coyote", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_fortieth_audit(void) {
    check_one_statements(FORTIETH_AUDIT, sizeof FORTIETH_AUDIT / sizeof *FORTIETH_AUDIT);
}

static const one_statement FORTY_FIRST_AUDIT[] = {
    /* an acronym that opens its sentence, read as a plural, opens the name after it (it had been "England") */
    {"Waiting lists grew again.\n\nNHS England said that more than 6,000 operations had been cancelled.",
     {"that more than", "NHS England", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an unlisted word before a common Muslim middle name and a surname is the name's first (it had been "Ali Baloch") */
    {"Karamat Ali Baloch, who heads the miners' federation, said the pits were unsafe.",
     {"the pits were", "Karamat Ali Baloch", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and two such words (it had been "Ahmed Bhatti") */
    {"Chaudhry Tanveer Ahmed Bhatti said sales had fallen by half.",
     {"sales had fallen", "Chaudhry Tanveer Ahmed Bhatti", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a person a headline named in fewer words takes the text's middle names */
    {"Court frees Chaudhry Mushtaq Virk on bail\n\nThe court freed party vice president Chaudhry Mushtaq Hussain Virk on Monday.\n\nMr Virk said he was innocent.",
     {"he was innocent", "Chaudhry Mushtaq Hussain Virk", QUOTH_RESOLVED_SURNAME, "party vice president", M}},
    /* a form of courtesy alone after "the" is the person named with it (it had been a man "Maulana") */
    {"Party chief Maulana Fazal Rabbani announced a march on the capital.\n\nAddressing workers, the Maulana said the march would begin in October.",
     {"the march would", "Fazal Rabbani", QUOTH_RESOLVED_TITLE, "Party chief", U}},
    /* "Allama" is a form of courtesy, no part of the name */
    {"Allama Sajid Hussain Turabi said the tariff was unjust.",
     {"the tariff was", "Sajid Hussain Turabi", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a role that opens the sentence is no part of the name */
    {"Industrialist Muhammad Idrees Lakhani said the rates would close factories.",
     {"the rates would", "Muhammad Idrees Lakhani", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a body named by words in small letters before its head is one body of them (it had been no one) */
    {"North Korea fired a missile on Sunday.\n\nThe unification ministry said the launch violated the accord.",
     {"the launch violated", "unification ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* with the place whose it is (it had been the place) */
    {"Balloons landed near the border.\n\nSeoul's presidential office warned that it would respond.",
     {"that it would", "Seoul's presidential office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* or the body named before whose name holds its words, one of them in the plural */
    {"Rangers of the Coastal Parks Service closed the beach.\n\nThe park service said 40 nests had been found.",
     {"40 nests had", "Coastal Parks Service", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* or named after it */
    {"The canal authority said ships were moving again.\n\n\"It is open,\" said Omar Haddad, chairman of the Qadira Canal Authority.",
     {"ships were moving", "Qadira Canal Authority", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a state's level alone names no body (a guard: as before) */
    {"Flood money was promised.\n\nThe state government said the fund was ready.",
     {"the fund was", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a body's own office is one body of both names (it had been "Holy") */
    {"The pope rested after the procedure, the Holy See press office said on Monday.",
     {"The pope rested", "Holy See press office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Portuguese's "do" between two words of a name (it had been "Carmo dos Santos") */
    {"Maria do Carmo dos Santos, a seamstress, said she had lost her home.",
     {"she had lost", "Maria do Carmo dos Santos", QUOTH_RESOLVED_NAME, NULL, F}},
    /* and of a newspaper's (it had been "Folha") */
    {"The deal was signed.\n\nAccording to the newspaper Folha do Planalto, the loan will be repaid by 2030.",
     {"the loan will", "Folha do Planalto", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a family name that is an English word, before a given name of joined syllables (it had been cut off) */
    {"Among those at the service was Song Bok-nam, a retired teacher. Song said he still keeps a photograph of his mother.",
     {"he still keeps", "Song Bok-nam", QUOTH_RESOLVED_SURNAME, "retired teacher", M}},
    /* a mountain is no man that "he" stands for */
    {"The last reunion took place at the Mount Kumgang resort.\n\nHe said he had applied eleven times.",
     {"he had applied", NULL, QUOTH_RESOLVED_NONE, NULL, M}},
    /* a royal's rank gives way to the office an apposition gives, which "the minister" finds */
    {"\"We are cautious,\" Prince Faisal bin Turki al-Hamdan, Qaramand's energy minister, told reporters.\n\n\"Nobody is targeting a price,\" the minister said.",
     {"\"Nobody", "Faisal bin Turki al-Hamdan", QUOTH_RESOLVED_TITLE, "Qaramand's energy minister", M}},
    /* a place line the source took in is no part of it (it had been the prefecture) */
    {"Base ruling\n\nSHIRANAMI, Minamishima Prefecture -- Minamishima Gov. Akemi Yonashiro said Thursday she would \"use every legal means available\" to keep fighting the plan.",
     {"Thursday she would", "Akemi Yonashiro", QUOTH_RESOLVED_NAME, "Minamishima Gov.", U}},
    /* "The IG" is the inspector general named before (it had been a speaker "IG") */
    {"Inspector General of Police Ghulam Nabi Memon attended the meeting.\n\nThe IG said the force would be deployed on Monday.",
     {"the force would", "Ghulam Nabi Memon", QUOTH_RESOLVED_TITLE, "Inspector General of Police", M}},
    /* an office's abbreviation that opens the run is the person's role, which "The DIG" finds */
    {"DIG Operations Syed Kamran Bukhari said the suspects had been traced.\n\nThe DIG said two more arrests were expected.",
     {"two more arrests", "Syed Kamran Bukhari", QUOTH_RESOLVED_TITLE, "DIG Operations", M}},
    /* a body, its officer's title and a name in one run are the person (it had been one body) */
    {"Bank of Japan Governor Hideo Sasanuma said rates would stay low.",
     {"rates would stay", "Hideo Sasanuma", QUOTH_RESOLVED_NAME, "Bank of Japan Governor", U}},
    /* a union is no company */
    {"Postal strike\n\nIt was the second strike day at Britannia Mail, in a dispute over what the Postal and Logistics Union (PLU) calls the \"Amazonification\" of the service. The PLU says pay is too low.\n\nBritannia Mail said the union's figures were misleading.\n\nIn a statement, the company said: \"We remain committed to an agreement. It is disappointing.\"",
     {"\"We remain", "Britannia Mail", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_forty_first_audit(void) {
    check_one_statements(FORTY_FIRST_AUDIT, sizeof FORTY_FIRST_AUDIT / sizeof *FORTY_FIRST_AUDIT);
}

static const one_statement FORTY_SECOND_AUDIT[] = {
    /* a title and its office's "for" before a name: the name after the office's words (it had been a body "Economic Affairs Darmawan Setyadi") */
    {"Coordinating Minister for Economic Affairs Darmawan Setyadi said exports had risen. Darmawan said prices would fall.",
     {"prices would fall", "Darmawan Setyadi", QUOTH_RESOLVED_SURNAME, "Minister for Economic Affairs", U}},
    /* "X." after a word in small letters ends the sentence ("He" had been the platform's) */
    {"\"This is a budget of delays,\" said Matteo Coriani, the opposition leader, in a post on X. He accused the premier of \"hiding the bill\".",
     {"the premier of", "Matteo Coriani", QUOTH_RESOLVED_PRONOUN, "opposition leader", M}},
    /* Indonesian's "Pak" is a form of courtesy, no part of the name */
    {"Pak Darto, a 49-year-old construction worker, said the buses were full.",
     {"the buses were", "Darto", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Bu" too, and the given name alone is the person named with it before */
    {"Bu Endang Sulistyowati, the village head, said the ash had reached the school. Endang said the children were safe.",
     {"the children were", "Endang Sulistyowati", QUOTH_RESOLVED_SURNAME, "village head", U}},
    /* but not before a given name of joined syllables, a Korean family name (a guard: as before) */
    {"Pak Jong-su, a defector, said the border was closed.",
     {"the border was", "Pak Jong-su", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Regent" is a title (it had been part of one body's name) */
    {"Tolaki Raya Regent La Ode Faisal said the smelter would open in May.",
     {"the smelter would", "La Ode Faisal", QUOTH_RESOLVED_NAME, "Tolaki Raya Regent", U}},
    /* "Haji" is no part of the name after a title */
    {"Regent Haji Zulkifli Noor said the dykes had held.",
     {"the dykes had", "Zulkifli Noor", QUOTH_RESOLVED_NAME, "Regent", U}},
    /* a listed given name inside a nickname's quotation marks is no first given name (it had been "Jomo" Mahlaba) */
    {"Ward 42 councillor Sibusiso \u201cJomo\u201d Mahlaba, of the Progressive Alliance, said the water had been off for nine days.",
     {"the water had", "Sibusiso Mahlaba", QUOTH_RESOLVED_NAME, "councillor", M}},
    /* nor a title inside them (it had been "” Msimang") */
    {"Party leader Andile \u201cCommander\u201d Msimang posted that the minister should resign.",
     {"that the minister", "Andile Msimang", QUOTH_RESOLVED_NAME, "Party leader", U}},
    /* Catalan's "i" between two surnames (it had been "Farré") */
    {"The regional education minister, Montserrat Rius i Farr\u00e9, added that the ruling was unjust.",
     {"that the ruling", "Montserrat Rius i Farr\u00e9", QUOTH_RESOLVED_NAME, "regional education minister", F}},
    /* and the first of the two is the later mention's */
    {"Jordi Puigvert i Camps spoke on Monday. Puigvert said the trains had been late all week.",
     {"the trains had", "Jordi Puigvert i Camps", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* "Señor" is a form of courtesy */
    {"Se\u00f1or Garrido said the budget was dead.",
     {"the budget was", "Garrido", QUOTH_RESOLVED_NAME, NULL, U}},
    /* South Africa's "Inkosi" (a chief) too */
    {"Traditional leader Inkosi Zwelibanzi Matiwane said the river had taken 30 homes.",
     {"the river had", "Zwelibanzi Matiwane", QUOTH_RESOLVED_NAME, "Traditional leader", U}},
    /* "MEC" is a title after a portfolio's fields joined by "and" (it had been a body "Provincial Cooperative Governance") */
    {"Provincial Cooperative Governance and Traditional Affairs MEC Luvuyo Ntlabathi said 40 homes had been lost.",
     {"40 homes had", "Luvuyo Ntlabathi", QUOTH_RESOLVED_NAME, "Traditional Affairs MEC", U}},
    /* a portfolio's fields before a minister's title (it had been a body "Public Service") */
    {"Public Service and Administration Minister Lindiwe Mthethwa said the offer was final.",
     {"the offer was", "Lindiwe Mthethwa", QUOTH_RESOLVED_NAME, "Administration Minister", F}},
    /* but not a person and another's office (a guard: as before) */
    {"House Speaker Paul Ryan met donors. Ryan and RNC Chairman Reince Priebus are trying to tell voters that there is nothing to see.",
     {"that there is", "Paul Ryan", QUOTH_RESOLVED_SURNAME, "House Speaker", M}},
    /* a lede's definite title is the person the next paragraph names (it had been no one) */
    {"Justice secretary defends early release\n\nThe justice secretary has defended plans to release prisoners early, insisting there is \"no alternative\".\n\nHelen Marlow told MPs on Monday that the prisons were full.",
     {"there is", "Helen Marlow", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* and one set off after what was said */
    {"Inspector condemns jail\n\nConditions at the jail have deteriorated badly, the chief inspector of prisons has warned.\n\nIn a report published on Tuesday, Martin Kettering said the jail was failing.",
     {"Conditions at", "Martin Kettering", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* "Prof" is a form of address (it had been the name "Prof Okafor") */
    {"Professor Judith Okafor leads the nurses' college. Prof Okafor told the BBC that the strike would go ahead.",
     {"that the strike", "Judith Okafor", QUOTH_RESOLVED_SURNAME, "Professor", F}},
    /* a union is no company ("the company" had been the union its letters named) */
    {"Strike at Britannia Mail\n\nThe Postal and Logistics Union (PLU) called the strike. The PLU says pay is too low. The PLU wants talks.\n\nBritannia Mail said the figures were misleading.\n\nIn a statement, the company said: \"We remain committed to an agreement.\"",
     {"\"We remain", "Britannia Mail", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_forty_second_audit(void) {
    check_one_statements(FORTY_SECOND_AUDIT, sizeof FORTY_SECOND_AUDIT / sizeof *FORTY_SECOND_AUDIT);
}

/* The forty-third audit's Thai, Southern Cone, Congress, doping, police,
 * Greek, Baltic and West African news, and what its fixes showed in the
 * audits before (docs/speakers.md, "A forty-third audit"). */
static const one_statement FORTY_THIRD_AUDIT[] = {
    /* a firm's name after "at" is no place though the entity tagger reads it so: "the company" is the firm (it had been no one) */
    {"Workers at Talvik Motors have voted to strike.\n\nIn a statement, Talvik said it had presented a fair offer.\n\nThe company said that its proposal would not affect current employees.",
     {"that its proposal", "Talvik Motors", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "AI" ends a firm's name (it had been a person, whom "the company" could not mean) */
    {"Vantor AI unveils Atlas-4, says it beats rivals on reasoning tests\n\nVantor AI on Thursday released Atlas-4, the newest version of its flagship language model, and claimed it outperformed every rival system.\n\nIn a blog post announcing the release, the company said Atlas-4 scored 87.3 percent on a benchmark of science questions.",
     {"Atlas-4 scored", "Vantor AI", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a miner named by its metal is a firm, which an observatory's name, now whole, does not take "the company" from (a guard: as before) */
    {"The report was written by the Observatoire Congolais des Droits Miniers (OCDM), which interviewed 212 miners.\n\nSino-Lualaba Cobalt rejected the findings. In an emailed statement, the company said it banned child labour.",
     {"it banned child", "Sino-Lualaba Cobalt", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a capitalized word with letters beyond ASCII is a name's, whatever the tagger made of it (it had been "Kivimägi") */
    {"The chairman of the defence committee, T\u00f5nis Kivim\u00e4gi, said drones were a threat. Kivim\u00e4gi said more was needed.",
     {"more was needed", "T\u00f5nis Kivim\u00e4gi", QUOTH_RESOLVED_SURNAME, "chairman of the defence committee", U}},
    /* and after a title (it had been "Edgars", a body) */
    {"Opposition lawmaker Edgars Liepi\u0146\u0161 of the United Latgale party said the veto was wrong.",
     {"the veto was", "Edgars Liepi\u0146\u0161", QUOTH_RESOLVED_NAME, "Opposition lawmaker", U}},
    /* and at the sentence's start (it had been "Zariņš") */
    {"\u0122irts Zari\u0146\u0161, chairman of the federation, warned that costs had risen.",
     {"that costs had", "\u0122irts Zari\u0146\u0161", QUOTH_RESOLVED_NAME, "chairman of the federation", U}},
    /* a party's adjective opens a party's name of one noun (it had been "Alliance") */
    {"The opposition Democratic Alliance said the budget would fail.",
     {"the budget would", "Democratic Alliance", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but not a chamber's (a guard: as before) */
    {"The Republican Senate said the bill was dead.",
     {"the bill was", "Senate", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a compound adjective of capitals inside a body's name (it had been "Anti-Doping Authority") */
    {"The Global Anti-Doping Authority said the test was valid.",
     {"the test was", "Global Anti-Doping Authority", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a reign's numeral ends the name (it had been "Bai Sama Kanu") */
    {"Paramount Chief Bai Sama Kanu IV, whose chiefdom hosts the mine, said he had warned the company.",
     {"he had warned", "Bai Sama Kanu IV", QUOTH_RESOLVED_NAME, "Paramount Chief", M}},
    /* "Pro Tempore" is the title's (it had been in the name) */
    {"Senate President Pro Tempore Nathaniel K. Wolokollie said the bill was dead.",
     {"the bill was", "Nathaniel K. Wolokollie", QUOTH_RESOLVED_NAME, "Senate President Pro Tempore", M}},
    /* a diplomat based in a place names no one (it had been the place) */
    {"A Western diplomat based in Vientiane said the congress was scripted.",
     {"the congress was", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor a caller on a road (it had been "County Road") */
    {"A caller on County Road 12 reported that a cow was loose.",
     {"that a cow", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor a resident of a block of a street (it had been the street) */
    {"A resident of the 400 block of Lakeshore Drive reported that a bicycle was stolen.",
     {"that a bicycle", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* but officials in one place speak for it (a guard: as before) */
    {"Officials in Ohio said the road was closed.",
     {"the road was", "Ohio", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Samdech" is a form of address, no part of the name */
    {"Cambodian Senate President Samdech Chhim Sarun posted that peace mattered.",
     {"that peace mattered", "Chhim Sarun", QUOTH_RESOLVED_NAME, "Cambodian Senate President", U}},
    /* a headline's title with no article is the first holder the article names (it had been no one) */
    {"Search for hiker goes on, sheriff says\n\nDUNMORE \u2014 Sheriff Wade Kimbrough said more than 80 volunteers had searched the hills.",
     {"Search for hiker", "Wade Kimbrough", QUOTH_RESOLVED_TITLE, "Sheriff", M}},
    /* an observatory opens a body's name in Spanish (it had been "Ciudadano de Derechos Humanos") */
    {"The Observatorio Ciudadano de Derechos Humanos said the law was unjust.",
     {"the law was", "Observatorio Ciudadano de Derechos Humanos", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an age before an apposition that names a place is the person of that age (it had been the place) */
    {"Lefteris Mavridis lost his house in the fire. The 34-year-old, a schoolteacher from Kato Dafni, later wrote that help came too late.",
     {"that help came", "Lefteris Mavridis", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* or a party's member (it had been "Peronist") */
    {"Governor Ramiro Ben\u00edtez Oyarz\u00fan met the minister. The 63-year-old Peronist, now in his third term, said the talks had failed.",
     {"the talks had", "Ramiro Ben\u00edtez Oyarz\u00fan", QUOTH_RESOLVED_TITLE, "Governor", M}},
    /* a headline's athlete noun before the name is no part of it (it had made a man "Marathoner Sorora", the surname's later bearer) */
    {"Marathoner Sorora banned for EPO\n\nElias Kibet Sorora, the Rendova winner, was banned on Monday. Sorora told reporters he was innocent.",
     {"he was innocent", "Elias Kibet Sorora", QUOTH_RESOLVED_SURNAME, NULL, M}},
};

static void test_speakers_of_the_forty_third_audit(void) {
    check_one_statements(FORTY_THIRD_AUDIT, sizeof FORTY_THIRD_AUDIT / sizeof *FORTY_THIRD_AUDIT);
}

/* The forty-fourth audit's central banks, nuclear, North African,
 * Caucasian, Taiwanese, bankruptcy, inquest and fisheries news, and the
 * joint speakers every audit had written (docs/speakers.md, "A
 * forty-fourth audit"). */
static const one_statement FORTY_FOURTH_AUDIT[] = {
    /* a given name right after a body's word and "for" opens its field (it had been "Marine Exploration") */
    {"The Joint Council for Marine Exploration advised a cut. The council warned that stocks were low.",
     {"that stocks were", "Joint Council for Marine Exploration", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "Le" opens a newspaper's name in French (it had been "Soir du Maghreb") */
    {"The French-language daily Le Soir du Maghreb reported that the minister would resign.",
     {"that the minister", "Le Soir du Maghreb", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Rally" heads a party's name that "for" goes on from (it had been "Renewal") */
    {"The Rally for Democratic Renewal said the vote was rigged.",
     {"the vote was", "Rally for Democratic Renewal", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Regulator" a body's (it had been "Installations Regulator") */
    {"The Nuclear Installations Regulator said the plant was safe.",
     {"the plant was", "Nuclear Installations Regulator", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a name after the Arabic article in small letters is a name's word, though the tagger read it as a verb (it had been "Hegazy") */
    {"Company chairman Mohamed el-Sayed Hegazy denied the claims. Hegazy told reporters the firm was clean.",
     {"the firm was", "Mohamed el-Sayed Hegazy", QUOTH_RESOLVED_SURNAME, "Company chairman", M}},
    /* and alone, a surname (it had been no one) */
    {"The activist Ziad el-Alfy was detained. In a post, el-Alfy wrote that he was innocent.",
     {"that he was", "Ziad el-Alfy", QUOTH_RESOLVED_SURNAME, "activist", M}},
    /* "Ben" between a name's words is a patronymic's, no given name that opens it (it had been "Ben Slimane") */
    {"Central bank governor Mondher Ben Slimane said rates would rise.",
     {"rates would rise", "Mondher Ben Slimane", QUOTH_RESOLVED_NAME, "Central bank governor", M}},
    /* but after a title it opens the name (a guard: as before) */
    {"President Ben Ali said the protests would end.",
     {"the protests would", "Ben Ali", QUOTH_RESOLVED_NAME, "President", M}},
    /* a British constable's "PC" is a title (it had been "PC Hewitt") */
    {"PC Daniel Hewitt told the inquest the road was dark. PC Hewitt said he saw the deer.",
     {"he saw the", "Daniel Hewitt", QUOTH_RESOLVED_SURNAME, "PC", M}},
    /* a hyphenated "Director-General" is a title (it had been one body's name with the person's) */
    {"Coast Guard Administration Director-General Huang Shih-chieh said the boats had left. Huang told reporters the report was wrong.",
     {"the report was", "Huang Shih-chieh", QUOTH_RESOLVED_SURNAME, "Coast Guard Administration Director-General", U}},
    /* a couple named by one surname speak together (it had been "Sophie Harland") */
    {"Her parents, Sophie and Daniel Harland, said they were devastated.",
     {"they were devastated", "Sophie and Daniel Harland", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and "they" after them is both (it had been no one) */
    {"Her parents, Sophie and Daniel Harland, said they were devastated. \"We miss her every day,\" they said.",
     {"\"We miss", "Sophie and Daniel Harland", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* two people with their titles (it had been the first alone) */
    {"Rabbi Naomi Adler and Imam Tariq Hossain wrote that hate had no place in the city.",
     {"that hate had", "Naomi Adler and Tariq Hossain", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and "the two leaders" after them */
    {"Rabbi Naomi Adler and Imam Tariq Hossain wrote that hate had no place. The two leaders said more must be done.",
     {"more must be", "Naomi Adler and Tariq Hossain", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* two surnames, each the full name of its bearer (it had been the first) */
    {"Senator Marguerite Dolan and Representative Wyatt Branson held a hearing. Dolan and Branson said the audit was late.",
     {"the audit was", "Marguerite Dolan and Wyatt Branson", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* two companies (it had been the first) */
    {"Watani Bank and Coral Commercial Bank, two of the emirate's biggest lenders, said they would merge.",
     {"they would merge", "Watani Bank and Coral Commercial Bank", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the two companies" after a sentence that joined them */
    {"Ostrand Telecom and Brightwater Holdings agreed to merge on Monday. The two companies said the deal would close in May.",
     {"the deal would", "Ostrand Telecom and Brightwater Holdings", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* but a "he" after two joined is the first of them, as before (a guard) */
    {"Todd Wilcox and Carlos Beruff argued that the department was not needed. He said states could do the job.",
     {"states could do", "Todd Wilcox", QUOTH_RESOLVED_PRONOUN, NULL, M}},
    /* nor is a portfolio's "and" a list (a guard: as before) */
    {"State Revenue and Disaster Management Minister Pradeep Kumar Mohanty said the relief would reach every village.",
     {"the relief would", "Pradeep Kumar Mohanty", QUOTH_RESOLVED_NAME, "Disaster Management Minister", M}},
    /* nor are places (a guard: as before) */
    {"Latvia and Lithuania said the border would stay closed.",
     {"the border would", "Latvia", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a North African given name the lists lacked opens a person's name after a spokesman's office (it had been the government) */
    {"The spokesman for the rival Government of National Renewal, Osama Bin Ghalboun, said the fields would stay shut.",
     {"the fields would", "Osama Bin Ghalboun", QUOTH_RESOLVED_NAME, "spokesman for the rival Government of National Renewal", M}},
};

static void test_speakers_of_the_forty_fourth_audit(void) {
    check_one_statements(FORTY_FOURTH_AUDIT, sizeof FORTY_FOURTH_AUDIT / sizeof *FORTY_FOURTH_AUDIT);
}

/* The forty-fifth audit's Andean, Bangladeshi, Sri Lankan and Nepali,
 * southern African, Mexican, courts-martial, research-misconduct, drinks
 * and Central European news (docs/speakers.md, "A forty-fifth audit"). */
static const one_statement FORTY_FIFTH_AUDIT[] = {
    /* a Nepali given name and "Raj" before one surname are the name's (it had been "Raj Acharya") */
    {"The party's secretary, Hem Raj Acharya, said the code had been broken. Acharya said the commission would act.",
     {"the commission would", "Hem Raj Acharya", QUOTH_RESOLVED_SURNAME, "party's secretary", M}},
    /* and a given name the lists lacked before "Bahadur" and two surnames (it had been "Pun Magar") */
    {"KATHMANDU \u2014 The Election Commission said on Sunday that it had sought a written clarification from Ganga Bahadur Pun Magar, the party's candidate in the by-election.\n\nPun Magar, 45, denied that the money was meant to buy votes.",
     {"that the money", "Ganga Bahadur Pun Magar", QUOTH_RESOLVED_SURNAME, "party's candidate", M}},
    /* "Begum" before a name is a form of address (it had stayed in the name) */
    {"Commerce Minister Begum Tahmina Rahman warned that factories would close.",
     {"that factories would", "Tahmina Rahman", QUOTH_RESOLVED_NAME, "Commerce Minister", U}},
    /* but not after one, where it is the surname (a guard: as before) */
    {"Rahima Begum, 29, a sewing operator, said the wages were too low.",
     {"the wages were", "Rahima Begum", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Padre" is one too */
    {"Padre Jo\u00e3o Baptista Muiuane, a Catholic priest, said the families had nothing.",
     {"the families had", "Jo\u00e3o Baptista Muiuane", QUOTH_RESOLVED_NAME, "Catholic priest", M}},
    /* and "Cde", a comrade */
    {"Party spokesman Cde Obert Mhlanga-Sibanda said the rally would go ahead.",
     {"the rally would", "Obert Mhlanga-Sibanda", QUOTH_RESOLVED_NAME, "Party spokesman", U}},
    /* a rank written without its full stop is a title (it had been "Col Bhullar") */
    {"Counsel for the accused, Colonel Harvinder S. Bhullar, said the case was weak. Col Bhullar told the court it should fail.",
     {"it should fail", "Harvinder S. Bhullar", QUOTH_RESOLVED_SURNAME, "Colonel", U}},
    /* and a British rank (it had been "Fusilier Tranter") */
    {"Fusilier Owen Tranter told the court he saw the glass. Fusilier Tranter said he was scared.",
     {"he was scared", "Owen Tranter", QUOTH_RESOLVED_SURNAME, "Fusilier", M}},
    /* "the premier" is the prime minister named before (it had been no one) */
    {"Prime Minister Tom\u00e1\u0161 Dzurenko met the coalition partners. The premier said the government would survive.",
     {"the government would", "Tom\u00e1\u0161 Dzurenko", QUOTH_RESOLVED_TITLE, "Prime Minister", M}},
    /* a headline's "CEC" is the chief election commissioner the article names (it had been a body "CEC") */
    {"Election date set for January 7, CEC says\n\nChief Election Commissioner Kazi Habibullah Bin Rashid announced the schedule on Thursday.",
     {"Election date set", "Kazi Habibullah Bin Rashid", QUOTH_RESOLVED_TITLE, "Chief Election Commissioner", U}},
    /* a clause of "whose" after people names no one among them (it had been Trump) */
    {"Donald Trump met donors in Ohio on Monday. People whose interactions with Trump have been largely positive are wary of saying anything critical.",
     {"anything critical", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor after a person's name (it had been the state) */
    {"Leela Chandrashekar wrote a book on the courts. Justice (retd) Chandrashekar, whose book draws on her years as a judge in Kalindi Pradesh, said trial courts were neglected.",
     {"trial courts were", "Leela Chandrashekar", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* or a person's description set off by a comma (it had been the state) */
    {"Justice Leela Chandrashekar spoke at the event. The judge, whose court sits in Kalindi Pradesh, said the backlog was growing.",
     {"the backlog was", "Leela Chandrashekar", QUOTH_RESOLVED_TITLE, "Justice", U}},
};

static void test_speakers_of_the_forty_fifth_audit(void) {
    check_one_statements(FORTY_FIFTH_AUDIT, sizeof FORTY_FIFTH_AUDIT / sizeof *FORTY_FIFTH_AUDIT);
}

/* The forty-sixth and forty-seventh audits (docs/speakers.md): Lusophone,
 * tribal, climate-litigation, sports-governance, Asian labour, trade,
 * Quebec and Central American news, then recalls, diaspora, hajj, EU
 * sanctions, piracy, zoning, pensions and veterans. */
static const one_statement FORTY_SIXTH_AUDIT[] = {
    /* a source begun at an opening phrase's place is the name after its comma (it had been the city) */
    {"In Carlow City, Arvenia's trade representative, Douglas Pembry, said the list was \"an act of economic aggression.\"",
     {"the list was", "Douglas Pembry", QUOTH_RESOLVED_NAME, "Arvenia's trade representative", M}},
    /* and at a place with "the" before a title (it had been the assembly) */
    {"At the National Assembly, Rep. Cheon Dae-sik of the opposition People's Renewal Party said the government had waited too long.",
     {"the government had", "Cheon Dae-sik", QUOTH_RESOLVED_NAME, "Rep.", U}},
    /* the agent of an opening participle is no source (it had been the newspaper) */
    {"In the four-page letter, dated Monday and obtained by the Gazette, Immigration Minister Isabelle Marcotte-Fr\u00e9chette writes that Quebec now has more than 580,000 temporary residents.",
     {"that Quebec now", "Isabelle Marcotte-Fr\u00e9chette", QUOTH_RESOLVED_NAME, "Immigration Minister", F}},
    /* an untagged surname of two words ends the full name (it had been no one) */
    {"Tourism Minister Jos\u00e9 Adelino Fortes Tavares told reporters in Praia that the islands were full.\n\nFortes Tavares said tourism accounted for about a quarter of the economy.",
     {"tourism accounted", "Jos\u00e9 Adelino Fortes Tavares", QUOTH_RESOLVED_SURNAME, "Tourism Minister", M}},
    /* and one with a particle inside (it had been no one) */
    {"Prime Minister Olinto Pires dos Ramos, speaking at the ceremony, said the agreement would bring a bonus.\n\n\"For twenty years everyone has spoken about the oil,\" Pires dos Ramos said.",
     {"\"For twenty years", "Olinto Pires dos Ramos", QUOTH_RESOLVED_SURNAME, "Prime Minister", U}},
    /* a person's last words that read as a body's are that person (it had been a body "Spotted Elk") */
    {"Tribal council member Eldon Spotted Elk said he has been asking questions about the finances.\n\n\"Our people are living in houses with no heat,\" Spotted Elk said.",
     {"\"Our people are", "Eldon Spotted Elk", QUOTH_RESOLVED_SURNAME, "Tribal council member", M}},
    /* the first of two surnames before a particle's second (it had been "Carrasco") */
    {"His defence lawyer, In\u00e9s Carrasco de la Vega, told reporters that the witness was lying.\n\n\"The prosecution has built its case on the word of a man,\" Carrasco said.",
     {"\"The prosecution has", "In\u00e9s Carrasco de la Vega", QUOTH_RESOLVED_SURNAME, "His defence lawyer", F}},
    /* "doña" in small letters is a form of address (it had stayed in the name) */
    {"The village elder do\u00f1a Elvira Canaquiri said the river had changed.",
     {"the river had", "Elvira Canaquiri", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "SAN" after a name is a Senior Advocate's letters (it had stayed in the name) */
    {"Counsel to the company, Mr Olumide Fashanu SAN, told the court that the suit was premature.",
     {"that the suit", "Olumide Fashanu", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a number and a capitalized word before officials name no one (it had been "Trade") */
    {"Kang Min-ho, the Trade Minister, said the duties were fair.\n\nTrade officials said a panel was unlikely before May.",
     {"a panel was", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* nor people in the plural before a place (it had been Gifu) */
    {"Vietnamese trainees in Gifu say they were beaten by their supervisors.",
     {"they were beaten", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a title after a body's "for" before "and" is the body's field (it had been a man "and Citizenship") */
    {"The Institute for Justice and Democracy said 40 people had died.",
     {"40 people had", "Institute for Justice and Democracy", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a participle after a company's noun goes on with its apposition (it had been a person) */
    {"Prairie Line Midstream, the company building the pipeline, said it had consulted the tribes. The company said construction would proceed.",
     {"construction would", "Prairie Line Midstream", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a Spanish title before a name is a title (it had stayed in the name) */
    {"Diputada Marcela Ayala de Quintanilla told reporters that the law was necessary.",
     {"that the law", "Marcela Ayala de Quintanilla", QUOTH_RESOLVED_NAME, "Diputada", F}},
    /* a scholar's noun opening a sentence is no part of the name (it had been "Criminologist ...") */
    {"Criminologist Daniela Rojas Arguedas believes the figures are underestimated.",
     {"the figures are", "Daniela Rojas Arguedas", QUOTH_RESOLVED_NAME, NULL, F}},
    /* "Uncle" is a Pacific elder's form of address, and the given name after it the elder (it had been "Uncle Tavita") */
    {"Uncle Tavita Moa, 68, is asking the court to act.\n\n\"The tide came,\" Uncle Tavita told the court.",
     {"\"The tide came", "Tavita Moa", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a French body's name goes on over small letters (it had been Rivière-Blanche) */
    {"Two schools will close, the Centre de services scolaire de la Rivi\u00e8re-Blanche said.",
     {"Two schools will", "Centre de services scolaire de la Rivi\u00e8re-Blanche", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the 34-year-old" is the person whose apposition gave the age (it had been no one) */
    {"Parti Qu\u00e9b\u00e9cois candidate M\u00e9lodie Charest-Dubuc took 41 per cent of the vote in Montmorency-Nord, compared with 27 per cent for Action Qu\u00e9bec's R\u00e9mi Gosselin, a former Beauport borough councillor, according to preliminary results from \u00c9lections Qu\u00e9bec.\n\nCharest-Dubuc, a 34-year-old former high-school French teacher, campaigned almost entirely on the shortage of family doctors in the riding, where one resident in four is without one. Her former students still call her \"Madame M\u00e9lo,\" a nickname she printed on her campaign buttons.\n\nAt her victory party in a Beauport legion hall, the 34-year-old told supporters the result was \"a cry from the heart\" from a region that felt ignored by the government.",
     {"the result was", "M\u00e9lodie Charest-Dubuc", QUOTH_RESOLVED_TITLE, "candidate", U}},
    /* a given name read as an adjective before an accented surname is the name's (it had been "Bérubé-Santos") */
    {"The business community was also critical. Luc B\u00e9rub\u00e9-Santos, president of the chamber, said taxes were too high.",
     {"taxes were too", "Luc B\u00e9rub\u00e9-Santos", QUOTH_RESOLVED_NAME, "president of the chamber", M}},
    /* two surnames after the given name are the person's (it had been "Sá Lobato") */
    {"Prime Minister Henrique S\u00e1 Lobato Vilar insisted that the budget would stand.\n\nIn a speech, S\u00e1 Lobato said his government had inherited debts.",
     {"his government had", "Henrique S\u00e1 Lobato Vilar", QUOTH_RESOLVED_SURNAME, "Prime Minister", M}},
    /* "the statement" is the issuer of the statement named before (it had been no one) */
    {"KESSIN, Nov 5 (Velmoran News Agency) -- Velmora will freeze the assets of three Dunmarch defense companies and bar their senior executives from entering the country, the Velmoran Foreign Ministry said in a statement on Tuesday.\n\nThe statement said the measures, which take effect immediately, were taken in response to the Dunmarch government's decision last month to approve the sale of 60 anti-ship missiles to the authorities in the Quorin Islands.\n\nThe Dunmarch parliament approved the sale on October 18 by a vote of 97 to 62.\n\nThe Quorin question concerns Velmora's sovereignty and territorial integrity and is \u201cthe most sensitive issue\u201d in Velmora-Dunmarch relations, the statement stressed.",
     {"The Quorin question", "Velmoran Foreign Ministry", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the panel" is the body named with "Panel" before (it had been no one) */
    {"The Court of Sports Arbitration heard the appeal on Monday.\n\nThe panel said the ban had been too long.",
     {"the ban had", "Court of Sports Arbitration", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a second cue's source cut short is the first's (it had been no one) */
    {"A report published in March by the Grassroots Venues Trust found that one in six venues had closed, and warned that more would follow.",
     {"that more would", "Grassroots Venues Trust", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Canadian province is a place, not a person (it had been a man Quebec) */
    {"QUEBEC \u2014 Nearly half of Quebec's buildings are in poor condition, Quebec's auditor general said in a report tabled Wednesday.",
     {"Quebec's buildings", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "Squire" is a Tennessee magistrate's form of address (it had stayed in the name) */
    {"Squire Bobby Joe Tillman, who represents the district, said the barn could stay.",
     {"the barn could", "Bobby Joe Tillman", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a hyphenated vice-president's title is a title (it had stayed in the name) */
    {"Commission Vice-President Margarethe Kainz-\u00d8rnberg said the sanctions would hold.",
     {"the sanctions would", "Margarethe Kainz-\u00d8rnberg", QUOTH_RESOLVED_NAME, "Commission Vice-President", U}},
    /* "the sheikh" is the person named with the honorific (it had been no one) */
    {"Sheikh Abdulrahman bin Ibrahim al-Suhaibani delivered the sermon. The sheikh said pilgrims should fear God.",
     {"pilgrims should", "Abdulrahman bin Ibrahim al-Suhaibani", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* people in the plural on a street name no one (it had been the street) */
    {"Neighbors on Linden Court, a cul-de-sac of ranch homes, said the plan would flood their yards.",
     {"the plan would", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* a bare "Police" names no force the text gives (it had been a body "Police") */
    {"A man was stabbed on Friday night. Police said the suspect fled on foot.",
     {"the suspect fled", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* but one whose force the text names is that force (a guard: as before) */
    {"The Garrow Police Department opened an inquiry on Monday. Police said the suspect fled on foot.",
     {"the suspect fled", "Garrow Police Department", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but partners after "The" at a surgery speak for it (a guard: as before) */
    {"The partners at Haddon Vale Surgery said the practice would close in June.",
     {"the practice would", "Haddon Vale Surgery", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_forty_sixth_audit(void) {
    check_one_statements(FORTY_SIXTH_AUDIT, sizeof FORTY_SIXTH_AUDIT / sizeof *FORTY_SIXTH_AUDIT);
}

/* The forty-eighth and forty-ninth audits (docs/speakers.md): Benelux,
 * Danube, Central African, Nile, Baltic, gambling, privacy and hospital
 * news, then expeditions, water, archaeology, guns, the Himalaya, the
 * Mekong, classical music and wildfires. */
static const one_statement FORTY_EIGHTH_AUDIT[] = {
    /* an Egyptian pilgrim's courtesy is no part of the name (it had been "Hagg Shawky Nasr") */
    {"The grocer, Hagg Shawky Nasr, said sugar had doubled in price since March.",
     {"sugar had", "Shawky Nasr", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a later "Hagg" with the given name alone is the same man (it had been a speaker "Hagg Mahmoud") */
    {"The grocer, Hagg Mahmoud Sabry, said sugar had doubled in price.\n\n\"Nobody can buy anything,\" Hagg Mahmoud said.",
     {"\"Nobody can", "Mahmoud Sabry", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a village head's "Omda" (it had stayed in the name) */
    {"Omda Yousif Adam Kodi, who leads the village council, said the wells had run dry.",
     {"the wells had", "Yousif Adam Kodi", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a teacher's "Ustaz" (it had stayed in the name) */
    {"\"We teach under the trees,\" said Ustaz Kamal Eldin Musa, a headmaster in the camp.",
     {"\"We teach", "Kamal Eldin Musa", QUOTH_RESOLVED_NAME, "headmaster", U}},
    /* a judge's rank "Counsellor" (it had stayed in the name) */
    {"Cabinet spokesman Counsellor Tamer Fawzy said the decision was final.",
     {"the decision was", "Tamer Fawzy", QUOTH_RESOLVED_NAME, "Cabinet spokesman", M}},
    /* a bishop's "Monseigneur" (it had stayed in the name) */
    {"Monseigneur Aristide Ngoma-Bekale, the archbishop, told worshippers that the talks must resume.",
     {"that the talks", "Aristide Ngoma-Bekale", QUOTH_RESOLVED_NAME, "archbishop", U}},
    /* a priest's "Abbé", and the later "Abbé" with the surname alone (it had been a speaker "Abbé Okemba") */
    {"Abb\u00e9 Firmin Okemba runs the parish school.\n\n\"The children come hungry,\" Abb\u00e9 Okemba said.",
     {"\"The children", "Firmin Okemba", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* "Hashim" is one word, not "Has" and "him" (the name had been "Rahman Idrissi") */
    {"\"The road is closed,\" said Hashim Rahman Idrissi, a trader in the market.",
     {"\"The road", "Hashim Rahman Idrissi", QUOTH_RESOLVED_NAME, "trader", M}},
    /* an office's title and a doctor's before the name: the role is the office's (it had been "Health Minister Dr.") */
    {"Health Minister Dr. Samir Wahba said on Monday that ten hospitals would open.\n\nThe minister said staff would be hired.",
     {"staff would", "Samir Wahba", QUOTH_RESOLVED_TITLE, "Health Minister", M}},
    /* and after "of" and its field (it had been "Health Dr.", and "The minister" no one) */
    {"Minister of Health Dr. Samir Wahba said on Monday that ten hospitals would open.\n\nThe minister said staff would be hired.",
     {"staff would", "Samir Wahba", QUOTH_RESOLVED_TITLE, "Minister of Health", M}},
    /* a given name of the lists that opens with a capital outside ASCII (it had been "Kõrvmets") */
    {"Small shops are struggling. \u00dclle K\u00f5rvmets, who has run a bakery on Kalda Street for years, said her turnover had fallen.",
     {"her turnover", "\u00dclle K\u00f5rvmets", QUOTH_RESOLVED_NAME, NULL, F}},
    /* and "the 61-year-old" is then she, the last to speak (it had been no one) */
    {"Small shops are struggling. \u00dclle K\u00f5rvmets, who has run a bakery on Kalda Street for years, said her turnover had fallen.\n\n\"Some days nobody comes in,\" the 61-year-old said.",
     {"\"Some days", "\u00dclle K\u00f5rvmets", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* an Arabic given name new to the lists (it had been "Abdel-Hamid Sorour") */
    {"\"They sold us lies,\" said Fouad Abdel-Hamid Sorour, a retired officer.",
     {"\"They sold", "Fouad Abdel-Hamid Sorour", QUOTH_RESOLVED_NAME, "retired officer", M}},
    /* a company's word of the forty-eighth audit: "Health" (the short name had been a speaker of its own) */
    {"Riverbend Health said profits rose.\n\nRiverbend said it would hire.",
     {"it would hire", "Riverbend Health", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and "Gaming" (it had been a speaker "Tidewell") */
    {"Tidewell Gaming was fined on Tuesday.\n\nTidewell said it accepted the ruling.",
     {"it accepted", "Tidewell Gaming", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and an Estonian company's "AS": "the company" is it (it had been no one) */
    {"Kivioja Energia AS will close its last plant by 2028, the company announced on Tuesday.\n\nThe company said half the staff would be offered jobs.",
     {"half the staff", "Kivioja Energia AS", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the regulator" is the body whose name a watchdog's holds (it had been the company) */
    {"The Aviation Safety Authority grounded two of Pelican Air's jets on Monday.\n\nPelican Air said it would appeal. The regulator said the jets had missed inspections.",
     {"the jets had", "Aviation Safety Authority", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* and a headline's "Watchdog" the one named in the lede (it had been "Watchdog") */
    {"Watchdog says bank overcharged savers\n\nThe Financial Conduct Authority said on Monday that Harrow Bank had overcharged 40,000 savers.",
     {"bank overcharged", "Financial Conduct Authority", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "to" before a name is a preposition: the name is no subject "he" stands for (it had been the radio) */
    {"Bishop Thomas Lado Wani said the vote had been delayed too long. Speaking to Radio Tamazuj afterwards, he added: \"Our youth have never voted.\"",
     {"\"Our youth", "Thomas Lado Wani", QUOTH_RESOLVED_PRONOUN, "Bishop", M}},
    /* a French body's name over a particle the tagger read as a verb (it had been "Nord") */
    {"The Union des forces d\u00e9mocratiques du Nord said it had not attacked the convoy.",
     {"it had not", "Union des forces d\u00e9mocratiques du Nord", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and its letters, which count its words in small letters (it had been a speaker "UFDN") */
    {"The Union des forces d\u00e9mocratiques du Nord (UFDN) denied the attack.\n\nThe UFDN said it would not talk.",
     {"it would not", "Union des forces d\u00e9mocratiques du Nord", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a "Bloc" heads a body's name over "for" and "and" (it had been "Welfare") */
    {"The opposition Bloc for Sovereignty and Welfare claimed the vote was rigged.",
     {"the vote was", "Bloc for Sovereignty and Welfare", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a place's one word before "government" is one body (it had been the place) */
    {"The Ranipur government issued new rules on Monday, saying that data must stay in the state.",
     {"that data must", "Ranipur government", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a document's source without the paper that saw it (it had been the newspaper) */
    {"An internal Transport Ministry memo seen by the newspaper Vakaru Zinios says the bridge is unsafe.",
     {"the bridge is", "Transport Ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* nor the place it was released in (it had been the town) */
    {"The Sahel Food Council warned of hunger.\n\nThe council's latest assessment, released in Kessaba, found that 30,000 people had fled.",
     {"that 30,000", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* but the subject after a statement's opening phrase is its own (a guard: it stays the congressman) */
    {"In a statement released Thursday, Rep. Daniel Oyelowo said the sale should be stopped.",
     {"the sale should", "Daniel Oyelowo", QUOTH_RESOLVED_NAME, "Rep.", M}},
    /* "the post" is the writer of the statement before that named it (it had been no one) */
    {"Councillor Jane Orr wrote in a Facebook post on Sunday that the park would close.\n\nResidents of Elm Street said they were angry.\n\nThe post said the council had no choice.",
     {"the council had", "Jane Orr", QUOTH_RESOLVED_TITLE, "Councillor", F}},
    /* but not a newspaper that reported the document (a guard: it stays no one) */
    {"The Daily Ledger reported that a letter had been sent to the mayor.\n\nThe letter warned that the budget would fail.",
     {"that the budget", NULL, QUOTH_RESOLVED_NONE, NULL, U}},
    /* "the complaint" is who brought the suit (it had been no one) */
    {"Marta Kovalenko sued her former label on Monday in Harlow County Superior Court.\n\nThe complaint alleges that the label withheld royalties for six years.",
     {"that the label", "Marta Kovalenko", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* a Bhutanese minister's "Lyonpo" is no part of the name (it had stayed in it) */
    {"Lyonpo Sonam Wangdi, the Minister for Finance, told parliament that the plant was late.",
     {"that the plant", "Sonam Wangdi", QUOTH_RESOLVED_NAME, "Minister for Finance", U}},
    /* and "Lyonpo" alone is the person named with it (it had been a speaker "Lyonpo") */
    {"Lyonpo Sonam Wangdi, the Minister for Finance, told parliament that the plant was late.\n\n\"We will finish it,\" Lyonpo said.",
     {"\"We will", "Sonam Wangdi", QUOTH_RESOLVED_TITLE, "Minister for Finance", U}},
    /* "Dasho" alone likewise (it had been a speaker "Dasho") */
    {"Dasho Karma Tshering, the centre's president, said the survey was the largest yet.\n\n\"People are happier,\" Dasho said.",
     {"\"People are", "Karma Tshering", QUOTH_RESOLVED_TITLE, "centre's president", U}},
    /* a Bhutanese "Aum" (madam) is no part of the name (it had stayed in it) */
    {"Aum Sonam Choki, the member for Bartsham, told the house that the audit was damning.",
     {"that the audit", "Sonam Choki", QUOTH_RESOLVED_NAME, "member for Bartsham", U}},
    /* nor a monk's "Venerable" (it had stayed in it) */
    {"The Venerable Kirinde Sumanasara Thero, the chief incumbent, said the temple would not move.",
     {"the temple would", "Kirinde Sumanasara Thero", QUOTH_RESOLVED_NAME, NULL, U}},
    /* two words that open a person's three-word name are that person (it had been a speaker "Lakpa Nuru") */
    {"Lakpa Nuru Sherpa, who led the team, said the route was open.\n\n\"The ice is stable,\" Lakpa Nuru said.",
     {"\"The ice", "Lakpa Nuru Sherpa", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a capitalized word whose first letter lies beyond ASCII opens a name (it had been "Quốc Bảo") */
    {"\u0110\u1eb7ng Qu\u1ed1c B\u1ea3o, 58, who led the power company, told the court that he was innocent.",
     {"that he was", "\u0110\u1eb7ng Qu\u1ed1c B\u1ea3o", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a Sri Lankan given name new to the lists ends a role before it (the name had been "Kithsiri Perera") */
    {"Senior Superintendent of Police Ruwan Kithsiri Perera told reporters that the boat had been seized.",
     {"that the boat", "Ruwan Kithsiri Perera", QUOTH_RESOLVED_NAME, "Senior Superintendent of Police", M}},
    /* "Senior" before a rank is a title: the name is the one after (it had been a man "Senior Superintendent") */
    {"Police spokesman Senior Superintendent of Police Nalin Jayasekara said the march had been peaceful.",
     {"the march had", "Nalin Jayasekara", QUOTH_RESOLVED_NAME, "Police spokesman Senior Superintendent of Police", M}},
    /* a given name the tagger read as a verb, before a nickname in quotation marks (it had been "Hollins") */
    {"The pub is busy. Dave \"Digger\" Hollins said the dig had brought trade.",
     {"the dig had", "Dave Hollins", QUOTH_RESOLVED_NAME, NULL, M}},
    /* "Ang" opens a Sherpa's name, now that "Phurba" is a given name (a guard: as before) */
    {"Ang Phurba Sherpa, a guide, said the icefall was dangerous.",
     {"the icefall was", "Ang Phurba Sherpa", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_forty_eighth_audit(void) {
    check_one_statements(FORTY_EIGHTH_AUDIT, sizeof FORTY_EIGHTH_AUDIT / sizeof *FORTY_EIGHTH_AUDIT);
}

/* The fiftieth to fifty-third audits (docs/speakers.md): Russian, Afghan,
 * Mongolian, Burmese, semiconductor, hockey, museum and disability news;
 * LGBTQ rights, mental health, winter sports, logistics, the Horn of
 * Africa, Belarus, counterterrorism and architecture; then Iraq, Lebanon,
 * Venezuela, Singapore, sailing, elder care and veterinary news; then
 * Yemen, Syria, Jordan, snooker and darts, rowing, copyright, dance and
 * stock-car racing. */
static const one_statement FIFTIETH_AUDIT[] = {
    /* two words that open a sentence, each written as a name's inside one and never in small letters, are a name's whatever their tags (it had been no one) */
    {"A judge ordered Silent Aggregates LLC to stop blasting at the quarry.\n\nSilent Aggregates said in a statement that it would appeal.",
     {"that it would appeal", "Silent Aggregates LLC", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a name set off after "capital" before the person's is the place's (the speaker had been "Tolmarsk") */
    {"Russia's ambassador in the Dalmarkian capital, Varnholm, Yevgeny Kostrov, wrote that the claims were absurd.",
     {"that the claims", "Yevgeny Kostrov", QUOTH_RESOLVED_NAME, NULL, M}},
    /* but not one the verb follows: the head of the municipality is the person (a guard: as before) */
    {"\"We have no fuel,\" the head of the municipality, Nabil Haddad Sfeir, said on Monday.",
     {"\"We have no fuel", "Nabil Haddad Sfeir", QUOTH_RESOLVED_NAME, "head of the municipality", M}},
    /* a Mongolian patronymic's initial of two letters stays in the name (it had been "Batbold", its sentence cut at "Ch.") */
    {"Finance Minister Ch. Batbold told lawmakers that the budget was balanced.",
     {"that the budget", "Ch. Batbold", QUOTH_RESOLVED_NAME, "Finance Minister", U}},
    /* and a later mention of the surname alone is that person */
    {"Finance Minister Ch. Batbold told lawmakers that the budget was balanced.\n\n\"We have no choice,\" Batbold said.",
     {"\"We have no choice", "Ch. Batbold", QUOTH_RESOLVED_SURNAME, "Finance Minister", U}},
    /* an Afghan cleric's "Mawlawi" is no part of the name (it had stayed in it) */
    {"Mawlawi Abdul Hakim Sharifi, the ministry's spokesman, said the road was open.",
     {"the road was open", "Abdul Hakim Sharifi", QUOTH_RESOLVED_NAME, "ministry's spokesman", M}},
    /* nor a reciter's "Qari" */
    {"Qari Nasir Ahmadzai, a provincial spokesman, told reporters that the bridge had collapsed.",
     {"that the bridge", "Nasir Ahmadzai", QUOTH_RESOLVED_NAME, "provincial spokesman", M}},
    /* a capitalized word of four letters in "-ing" is a name's, not a participle (it had been "Chanthou") */
    {"The group's director, Ling Chanthou, said the boats had been spotted twice.",
     {"the boats had", "Ling Chanthou", QUOTH_RESOLVED_NAME, "group's director", U}},
    /* an unlisted word before a listed given name and a surname, after the verb of saying, opens the name (it had been "Sian Mawi") */
    {"\"The church burned all night,\" said Cing Sian Mawi, a teacher who fled.",
     {"\"The church burned", "Cing Sian Mawi", QUOTH_RESOLVED_NAME, "teacher", F}},
    /* "and" joins a body's long name past a modifier that the tagger's words of bodies hold (it had been "State Security") */
    {"The State Security and Justice Council said its forces had withdrawn.",
     {"its forces had", "State Security and Justice Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Legislator" is a title, not part of a body's name (the speaker had been "Legislator Hsu Ya-ting") */
    {"Legislator Hsu Ya-ting wrote that the reservoir was nearly empty.",
     {"that the reservoir", "Hsu Ya-ting", QUOTH_RESOLVED_NAME, "Legislator", U}},
    /* a European club's letters before its town make the club a body, which "the club" then is (it had been no one) */
    {"HC Altberg dismissed coach Reto Amstutz on Tuesday after nine straight defeats.\n\nAssistant Marco Lehner will take charge, the club said in a statement.",
     {"Assistant Marco Lehner", "HC Altberg", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* with no body near, "the company" is the firm that spoke in its paragraph, of no kind to the entity tagger, before the story's own (it had been the lede's firm) */
    {"TAIPEI -- Prosecutors indicted three former engineers of Kaiyuan Semiconductor Manufacturing Co. (KSMC) on Wednesday on charges of stealing the company's secrets.\n\nKSMC said it had detected the activity itself.\n\nLawyers for the men could not be reached.\n\nMizuhara Precision, the Japanese equipment maker where one now works, said in a statement that it was cooperating. The employee has been placed on leave, the company said.",
     {"The employee has been", "Mizuhara Precision", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "Police" is a field of an office: the name after "Superintendent of Police" is the person (it had been a body "Police R. Venkatesan") */
    {"Superintendent of Police R. Venkatesan told reporters that the idol had been stolen in 2011.",
     {"that the idol", "R. Venkatesan", QUOTH_RESOLVED_NAME, "Superintendent of Police", U}},
    /* an office whose fields end before a doctor's title is the role (it had been none, and "the minister" no one) */
    {"Minister of Culture and Antiquities Dr. Hany Mahmoud el-Sherif said the museum would reopen.\n\n\"It is safe,\" the minister added.",
     {"\"It is safe", "Hany Mahmoud el-Sherif", QUOTH_RESOLVED_TITLE, "Minister of Culture and Antiquities", M}},
    /* a gerund after a council's "on" goes on with its name (it had been "Lakeview Council") */
    {"The Port Elwood Council on Aging found that many residents were lonely.",
     {"that many residents", "Port Elwood Council on Aging", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and a field's second noun after "for" (it had been "Alpine Institute for Mountain") */
    {"The Alpine Institute for Mountain Climate found that the ice had thinned.",
     {"that the ice", "Alpine Institute for Mountain Climate", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Somali father's given name after one's own is in the middle of the name, not its start (it had been "Omar Warsame") */
    {"Faadumo Omar Warsame, a nurse at the camp, said that water had run out.",
     {"that water had", "Faadumo Omar Warsame", QUOTH_RESOLVED_NAME, "nurse", M}},
    /* a Somali sultan's "Ugaas" is no part of the name (it had stayed in it, and the name had been a body's) */
    {"Ugaas Hirsi Dalmar Galayr, who chaired the talks, told elders that the deal would hold.",
     {"that the deal", "Hirsi Dalmar Galayr", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and "The Ugaas" set off with its clause is the person named with it (it had been no one) */
    {"Ugaas Hirsi Dalmar Galayr, who chaired the talks, told elders that the deal would hold.\n\nThe Ugaas, who is in his eighties and walks with a cane, said the clans were tired of fighting.",
     {"the clans were", "Hirsi Dalmar Galayr", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a Maori elder's "Matua" is no part of the name, nor his role (both had stayed in it) */
    {"Kaum\u0101tua Matua Rangi Tautahi, who opens every hui, said the service had saved lives.",
     {"the service had", "Rangi Tautahi", QUOTH_RESOLVED_NAME, NULL, U}},
    /* British writing's "Rev" with no full stop is no part of the name */
    {"The Most Rev Duncan Mercer, who chaired the synod, said the vote was close.",
     {"the vote was", "Duncan Mercer", QUOTH_RESOLVED_NAME, NULL, U}},
    /* nor "Det Supt", so that the surname alone finds the detective (it had been a speaker "Det Supt Haines") */
    {"Detective Superintendent Owen Haines led the inquiry.\n\nDet Supt Haines said the men had been watched for months.",
     {"the men had", "Owen Haines", QUOTH_RESOLVED_SURNAME, "Detective Superintendent", M}},
    /* "the company" is the firm that opened a sentence of its paragraph rather than a body named only in the paragraph before (it had been "GPS") */
    {"The regulator will require ShipQuick to introduce GPS checks within six months.\n\nShipQuick denied that the practice was deliberate. The errors were made by subcontractors, the company said.",
     {"The errors were", "ShipQuick", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "Commodore" is a title (the name had kept it) */
    {"\"The forecast was too severe,\" said Commodore Helen Marwick.",
     {"\"The forecast", "Helen Marwick", QUOTH_RESOLVED_NAME, "Commodore", F}},
    /* a Singaporean family name opens a name after an office (it had been "Boon Hock") */
    {"Minister for National Development Tay Boon Hock said resale prices rose.",
     {"resale prices", "Tay Boon Hock", QUOTH_RESOLVED_NAME, "Minister for National Development", U}},
    /* a Chinese name after an English given name: the family name is its second word, which a later mention keeps (it had been a speaker "Mr Quek") */
    {"Chief executive Terence Quek Kim Huat said orders were strong.\n\nMr Quek said margins had improved.",
     {"margins had", "Terence Quek Kim Huat", QUOTH_RESOLVED_SURNAME, "Chief executive", M}},
    /* "d/o" joins a given name to the father's (it had been "Perumal") */
    {"Trade was slow this year, said Lakshmi d/o Perumal, a flower seller.",
     {"Trade was slow", "Lakshmi d/o Perumal", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a given name before a surname with the Arabic article is the name's second, after one no list knows (it had been "Jawad al-Taie") */
    {"Basim Jawad al-Taie, a spokesman for the force, told reporters that the drone had been shot down.",
     {"that the drone", "Basim Jawad al-Taie", QUOTH_RESOLVED_NAME, "spokesman for the force", M}},
    /* a Romance body's particle goes on to a place (it had been "Venezuela") */
    {"Prices rose 12 percent in March, the Banco Nacional de Venezuela said on Friday.",
     {"Prices rose", "Banco Nacional de Venezuela", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and its letters in brackets are that body */
    {"Output at Corporaci\u00f3n Andina de Petr\u00f3leo (CAP), the state oil company, fell.\n\nIn a statement, CAP said the refinery would reopen.",
     {"the refinery would", "Corporaci\u00f3n Andina de Petr\u00f3leo", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a noun that describes one person before a name is no part of it (it had been "Teenager Kaito Mizuno") */
    {"Teenager Kaito Mizuno said the wind had dropped at the last mark.",
     {"the wind had", "Kaito Mizuno", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Lebanese "Sayyed" is no part of the name */
    {"The movement's leader, Sayyed Hadi Sharafeddine, vowed that the party would not disarm.",
     {"that the party", "Hadi Sharafeddine", QUOTH_RESOLVED_NAME, "movement's leader", U}},
    /* Malay "Encik" is no part of the name, and "Encik" with the given name alone finds the person (it had been a speaker "Encik Rahim") */
    {"Encik Abdul Rahim Osman, who heads the union, said wages were too low.\n\n\"We will not give up,\" Encik Rahim said.",
     {"\"We will not", "Abdul Rahim Osman", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a Venezuelan "Gobernador" is a title */
    {"Gobernador Luis Alberto Parra Mena said power would return by Monday.",
     {"power would", "Luis Alberto Parra Mena", QUOTH_RESOLVED_NAME, "Gobernador", M}},
    /* "Alhaj" is a courtesy (the name had kept it) */
    {"Alhaj Mohammad Rafiqul Islam, the former minister, said the charges were false.",
     {"the charges were", "Mohammad Rafiqul Islam", QUOTH_RESOLVED_NAME, "former minister", M}},
    /* "the Observatory" is the body named before whose name it heads, before its "for" (it had been a body of its own) */
    {"At least 12 people were killed, the Northern Observatory for Human Rights said.\n\nThe Observatory said the fighting began at dawn.",
     {"the fighting began", "Northern Observatory for Human Rights", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and "the Commission" the one its name ends with */
    {"The Harbour Fisheries Commission opened an inquiry on Monday.\n\nThe Commission said the quotas had been broken.",
     {"the quotas had", "Harbour Fisheries Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* but not "the House" of a "White House" named before (a guard: as before) */
    {"The White House said it would veto the bill.\n\nThe House is likely to consider the bill this week.",
     {"the bill this week", "House", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a capitalized word before a surname with the Arabic article opens the name, whatever the tagger read it as (it had been "al-Ghazawi", a body) */
    {"Ayed al-Ghazawi, head of the farmers' association, said the tariffs would ruin small farms.",
     {"the tariffs would", "Ayed al-Ghazawi", QUOTH_RESOLVED_NAME, "head of the farmers' association", U}},
    /* a field's noun after "and" goes on with a body's name ("for Rights and Freedoms"; it had been "National Institute of Statistics") */
    {"QUITO \u2014 Inflation slowed to 2.1% in March, the lowest in four years, the National Institute of Statistics and Prices (INEP) reported on Friday.",
     {"Inflation slowed", "National Institute of Statistics and Prices", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "International" opens a body's name, not a footballer's noun before a name (a guard: as before) */
    {"The International Darts Circuit said the match would be replayed.",
     {"the match would", "International Darts Circuit", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_fiftieth_audit(void) {
    check_one_statements(FIFTIETH_AUDIT, sizeof FIFTIETH_AUDIT / sizeof *FIFTIETH_AUDIT);
}

/* The fifty-fourth and fifty-fifth audits (docs/speakers.md): Vietnamese,
 * Ethiopian, Sri Lankan, Icelandic, Hungarian and Malaysian news, sumo,
 * badminton; then Cambodian, Kenyan, Ghanaian and Nigerian news, European
 * club sport, consumer affairs, astronomy, parenting and farming. */
static const one_statement FIFTY_FOURTH_AUDIT[] = {
    /* a Vietnamese family name three words from the end opens the name after an office's body (it had been "Committee Dinh Van Tung", a body) */
    {"Chairman of the provincial People's Committee Dinh Van Tung said the plant would open in May.",
     {"the plant would", "Dinh Van Tung", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and after a portfolio's field no list holds (it had been "Training Lam Quoc Trung") */
    {"Minister of Education and Training Lam Quoc Trung said the schools lacked 9,000 teachers.",
     {"the schools lacked", "Lam Quoc Trung", QUOTH_RESOLVED_NAME, "Minister of Education and Training", U}},
    /* with no "Van" in the middle, after a department's name, a person (it had been a body) */
    {"Director of the Department of Transport Nguyen Duc Thang told reporters the road would open in June.\n\nThang said the delay had cost money.",
     {"the delay had", "Nguyen Duc Thang", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a Vietnamese family name the tagger read as a verb opens the name (it had been "Manh Cuong") */
    {"Colonel Do Manh Cuong said fines for drunk driving would double.",
     {"fines for drunk", "Do Manh Cuong", QUOTH_RESOLVED_NAME, "Colonel", U}},
    /* and opens it before a listed given name (it had been "Kim Oanh") */
    {"Tran Thi Kim Oanh, a lawyer for the defendant, said the charges were weak.",
     {"the charges were", "Tran Thi Kim Oanh", QUOTH_RESOLVED_NAME, "lawyer for the defendant", F}},
    /* Amharic "W/ro" (Mrs) is a form of address, no part of the name (it had been "ro Almaz") */
    {"W/ro Almaz Tadesse, a resident, said the house was old.\n\n\"We have nowhere to go,\" W/ro Almaz said.",
     {"\"We have nowhere", "Almaz Tadesse", QUOTH_RESOLVED_SURNAME, "resident", F}},
    /* and "Ato" (Mr), after a title too (it had been "Ato Mesfin Gebremedhin") */
    {"Chief Executive Officer Ato Mesfin Gebremedhin said the fleet would grow.",
     {"the fleet would", "Mesfin Gebremedhin", QUOTH_RESOLVED_NAME, "Chief Executive Officer", M}},
    /* Malaysian police ranks are titles (it had been "Hock", a body) */
    {"Bandar Permai Jaya OCPD Asst Comm Gan Boon Hock said the victims lost RM2 million.\n\nGan said the syndicate had fled.",
     {"the syndicate had", "Gan Boon Hock", QUOTH_RESOLVED_SURNAME, "Bandar Permai Jaya OCPD Asst Comm", U}},
    /* sumo's ranks are titles (it had been "Ozeki Harukaze") */
    {"Ozeki Harukaze said he was ready for the tournament.",
     {"he was ready", "Harukaze", QUOTH_RESOLVED_NAME, "Ozeki", M}},
    /* an Icelandic patronymic in -dottir tells a woman, whose given name alone then names her (it had been a speaker of its own) */
    {"Freyja \u00d3lafsd\u00f3ttir, a volcanologist, said the magma was rising.\n\n\"We are watching closely,\" Freyja said.",
     {"\"We are watching", "Freyja \u00d3lafsd\u00f3ttir", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* an unlisted given name alone names the one person whose name it opens, when the entity tagger read a person there (it had been "Kittipong") */
    {"Thailand's Kittipong Srisuwan and Rattana Jaidee beat the top seeds on Friday.\n\n\"We played without fear,\" Kittipong, 26, said.",
     {"\"We played", "Kittipong Srisuwan", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a Malaysian honorific after a portfolio is no part of the name (it had been "Tan Sri Harun Mat Daud") */
    {"Inspector-General of Police Tan Sri Harun Mat Daud said 300 cases were open.",
     {"300 cases were", "Harun Mat Daud", QUOTH_RESOLVED_NAME, "Inspector-General of Police", U}},
    /* a dateline's place in capitals is no one a "she" stands for (it had been "Kuala Serdang") */
    {"KUALA SERDANG: More than 3,200 flood victims will receive aid, state exco Rosnah Abdul Hamid said on Sunday.\n\nShe said the payments would start on Monday.",
     {"the payments would", "Rosnah Abdul Hamid", QUOTH_RESOLVED_PRONOUN, "state exco", F}},
    /* Malaysia's father's "Abdul" after an unlisted given name is the name's and tells no gender (it had been "Abdul Hamid", a man), and "exco" a title */
    {"State welfare exco Datuk Rosnah Abdul Hamid said the payments would start on Monday.",
     {"the payments would", "Rosnah Abdul Hamid", QUOTH_RESOLVED_NAME, "State welfare exco", U}},
    /* "H.E." (His Excellency) is no part of the name nor of the role (it had been "H.E. Vann Soknim") */
    {"Kratie provincial governor H.E. Vann Soknim said the river would rise.",
     {"the river would", "Vann Soknim", QUOTH_RESOLVED_NAME, "Kratie provincial governor", U}},
    /* "Brig Gen" with no full stops is a rank (it had been "Brig Gen Chheang Dara") */
    {"National Police spokesman Brig Gen Chheang Dara said 40 people were held.",
     {"40 people were", "Chheang Dara", QUOTH_RESOLVED_NAME, "National Police spokesman Brig Gen", U}},
    /* Khmer "Oknha" is a form of address (it had been "Oknha Srun Vichea") */
    {"Oknha Srun Vichea told reporters the hospital would open in May.",
     {"the hospital would", "Srun Vichea", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and "Lok Chumteav" (Madam) */
    {"Lok Chumteav Tep Bopha said the hospital would open in May.",
     {"the hospital would", "Tep Bopha", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Chief Financial Officer" set off before a name names an office, no one (it had been a person "Financial Officer") */
    {"The Chief Financial Officer, Mrs Ifeoma Chukwuemeka-Ladipo, noted that costs rose.",
     {"that costs rose", "Ifeoma Chukwuemeka-Ladipo", QUOTH_RESOLVED_NAME, "Chief Financial Officer", F}},
    /* an honorific says a person, whatever the entity tagger read (it had been a body) */
    {"Ms Prossy Nankya Mirembe said the bill would return to the House.\n\nShe said the clause was needed.",
     {"the clause was", "Prossy Nankya Mirembe", QUOTH_RESOLVED_PRONOUN, NULL, F}},
    /* a common noun before a title opens the role (it had been "Secretary for Agriculture"), so that "the PS" is the principal secretary */
    {"Principal Secretary for Agriculture Dr Paul Mwangi Githinji told the committee that the ministry had acted.\n\n\"A farmer can now scan the code,\" the PS said.",
     {"\"A farmer can", "Paul Mwangi Githinji", QUOTH_RESOLVED_TITLE, "Principal Secretary for Agriculture", M}},
    /* a Serbian basketball club's letters make a club, which "the club" is (it had been no one) */
    {"BELGRADE \u2014 KK Radni\u010dki Zvezdara have sacked head coach Dragan Petkovi\u0107 after six straight defeats, the club announced on Monday.",
     {"KK Radni", "KK Radni\u010dki Zvezdara", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* the noun a field's second one modifies goes on with a body's name (it had been "... Land and Housing") */
    {"The Cambodian League for Land and Housing Rights (CLLHR) said the eviction was illegal.",
     {"the eviction was", "Cambodian League for Land and Housing Rights", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Maori elder's "kaumatua" in small letters is no part of the name (it had been "kaumātua Matiu Pōhatu") */
    {"Local kaum\u0101tua Matiu P\u014dhatu said the river had risen.",
     {"the river had", "Matiu P\u014dhatu", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a group's possessive after a nationality goes on with the body's name (it had been "Solidarity Movement") */
    {"The Nigerian Students' Solidarity Movement said the strike would continue.",
     {"the strike would", "Nigerian Students' Solidarity Movement", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* after a quotation, the hearer of "told" is no source: the name set off by its relative clause is (it had been "Stargaze Weekly") */
    {"\"They are very much together and very happy,\" Corinne Maddox, who has represented Vance since 2015, told Stargaze Weekly on Tuesday.",
     {"\"They are very much", "Corinne Maddox", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a nickname's marks inside that name are no quotation's end (it had been "The Ashford Ledger") */
    {"\"This is the court signaling that a majority thinks the panel got it wrong,\" Nathaniel \u201cNate\u201d Briggs, a law professor who tracks the circuit, told The Ashford Ledger.",
     {"\"This is the court", "Nathaniel Briggs", QUOTH_RESOLVED_NAME, "law professor", M}},
    /* a hyphenated family name written first after an office's last word opens the name (it had been "Attila") */
    {"State Secretary for Public Education Benk\u0151-Mad\u00e1r Attila said the strike was illegal.\n\nBenk\u0151-Mad\u00e1r said the talks would go on.",
     {"the talks would", "Benk\u0151-Mad\u00e1r Attila", QUOTH_RESOLVED_SURNAME, "State Secretary for Public Education", U}},
};

static void test_speakers_of_the_fifty_fourth_audit(void) {
    check_one_statements(FIFTY_FOURTH_AUDIT, sizeof FIFTY_FOURTH_AUDIT / sizeof *FIFTY_FOURTH_AUDIT);
}

/* The fifty-seventh audit's: Madagascar and the Indian Ocean, Kurds, Sudan, tax, layoffs, fire
 * services, marathons, Moldova and Romania. */
static const one_statement FIFTY_SEVENTH_AUDIT[] = {
    /* a mosque's name with "of" is a body's, and its imam's "who" his (it had been the mosque) */
    {"The council's decision was welcomed by Sheikh Omar Farouk, the imam of the Grand Mosque of Carridge, who urged Muslims \"to respect the verdict.\"",
     {"Muslims", "Omar Farouk", QUOTH_RESOLVED_PRONOUN, "imam of the Grand Mosque of Carridge", M}},
    /* a hyphenated rank is no part of the name (it had been "Lt-Gen Osman Babiker al-Tayeb") */
    {"Lt-Gen Osman Babiker al-Tayeb said the town was calm.",
     {"the town was", "Osman Babiker al-Tayeb", QUOTH_RESOLVED_NAME, "Lt-Gen", M}},
    /* "Cdr." keeps its full stop, a rank (the name had been "Cdr", a sentence of its own) */
    {"Cdr. Jaafar Kuku Angelo, the movement's spokesman, said the shelling had stopped.",
     {"the shelling had", "Jaafar Kuku Angelo", QUOTH_RESOLVED_NAME, "Cdr.", U}},
    /* and "Brig." before "Gen." (the role had been "Gen." alone) */
    {"NSS spokesman Brig. Gen. Emmanuel Lodu Jada said the reporter was held for questioning.",
     {"the reporter was", "Emmanuel Lodu Jada", QUOTH_RESOLVED_NAME, "NSS spokesman Brig. Gen.", M}},
    /* a given name no list knows after an office opens the name (it had been "Fitzmaurice") */
    {"Minister of State Una Fitzmaurice TD said she would meet the union.",
     {"she would meet", "Una Fitzmaurice", QUOTH_RESOLVED_NAME, "Minister of State", F}},
    /* and one with an accent */
    {"Minister of State \u00dana Fitzmaurice TD said she would meet the union.",
     {"she would meet", "\u00dana Fitzmaurice", QUOTH_RESOLVED_NAME, "Minister of State", F}},
    /* Kurdish "Mamosta" (a teacher) is a form of address (it had been kept in the name) */
    {"Mamosta Darbaz Jalal, a history teacher, said the strike would go on.",
     {"the strike would", "Darbaz Jalal", QUOTH_RESOLVED_NAME, "history teacher", U}},
    /* and "Pir", a Yazidi cleric's */
    {"Pir Khidir Qasim, a senior cleric, said the families were afraid.",
     {"the families were", "Khidir Qasim", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and Turkish "Haci" */
    {"Hac\u0131 Remzi \u00d6zdemir, 71, said the town hall was closed.",
     {"the town hall", "Remzi \u00d6zdemir", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an Orthodox archpriest's rank */
    {"Archpriest Mihai Zgardan said the parish would stay.",
     {"the parish would", "Mihai Zgardan", QUOTH_RESOLVED_NAME, NULL, U}},
    /* two forms of address before the name say less than the office set off before them (the role had been "Hon. Dr.", and "the minister" no one) */
    {"The Minister of Finance and Planning, Hon. Dr. Bol Akot Wol, told lawmakers that salaries would be paid.\n\n\"When the pipeline stops, the salaries stop,\" the minister said.",
     {"\"When the pipeline", "Bol Akot Wol", QUOTH_RESOLVED_TITLE, "Minister of Finance and Planning", U}},
    /* a mission's name goes on with the place it is in (it had been "UN Mission") */
    {"The UN Mission in South Sudan said the camp was safe.",
     {"the camp was", "UN Mission in South Sudan", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Irish surname's "Ni" is a particle: a headline's "Ni Bhriain" waits for the full name (it had been a person of its own) */
    {"N\u00ed Bhriain holds VAT rate\n\nDUBLIN \u2014 Minister for Finance Caoimhe N\u00ed Bhriain unveiled a budget.\n\nN\u00ed Bhriain, a 41-year-old TD, said the rate had cost a lot.",
     {"the rate had", "Caoimhe N\u00ed Bhriain", QUOTH_RESOLVED_SURNAME, "Minister for Finance", F}},
    /* and Kalenjin's "arap" (it had been "Sang") */
    {"The coach, Joseph Kiptanui arap Sang, said the runner was ready.\n\n\"He trains hard,\" arap Sang said.",
     {"\"He trains", "Joseph Kiptanui arap Sang", QUOTH_RESOLVED_SURNAME, "coach", M}},
    /* a French firm's "Societe" opens its name (it had been "Maritime des Iles de la Lune") */
    {"The owner of the ferry, the Soci\u00e9t\u00e9 Maritime des \u00celes de la Lune, said the boat was insured.",
     {"the boat was", "Soci\u00e9t\u00e9 Maritime des \u00celes de la Lune", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Romance body's head opens a firm's name, no man's ("He" had been the fashion house) */
    {"Jean-Marc Delacroix-Morel, the chief executive, announced the closures.\n\nUnions said Maison Verdier was preparing a sale.\n\nHe denied that the owners were preparing any such sale.",
     {"that the owners", "Jean-Marc Delacroix-Morel", QUOTH_RESOLVED_PRONOUN, "chief executive", M}},
};

static void test_speakers_of_the_fifty_seventh_audit(void) {
    check_one_statements(FIFTY_SEVENTH_AUDIT, sizeof FIFTY_SEVENTH_AUDIT / sizeof *FIFTY_SEVENTH_AUDIT);
}

/* The fifty-eighth audit's: Malta and Gibraltar, Haiti, anti-corruption, whistleblowers, foreign aid,
 * railways, North Korea and South Indian politics. */
static const one_statement FIFTY_EIGHTH_AUDIT[] = {
    /* initials said of a body in another language are that body ("KGD" had been a body of its own) */
    {"The State Revenue Committee, known by its Russian initials KGD, said in a reply that it had no position.\n\nKGD said the rules were clear.",
     {"the rules were", "State Revenue Committee", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and those of a body named before, whose name holds the noun they are said of (it had been no one's) */
    {"The Ministry of Public Health and Population said the outbreak was spreading.\n\nThe ministry, known by its French initials MSPP, said tests had confirmed cholera.",
     {"tests had", "Ministry of Public Health and Population", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Maltese "Perit" (an architect) is a form of address (it had been kept in the name) */
    {"The Opposition's fisheries spokeswoman, Perit Doreen Camilleri Xuereb, said the quota was unfair.",
     {"the quota was", "Doreen Camilleri Xuereb", QUOTH_RESOLVED_NAME, "Opposition's fisheries spokeswoman", F}},
    /* and an engineer's "Eng." */
    {"Eng. Saif Obaid Al Ketbi, the chief executive, said the network would expand.",
     {"the network would", "Saif Obaid Al Ketbi", QUOTH_RESOLVED_NAME, "chief executive", M}},
    /* and Hausa "Hajiya" */
    {"Hajiya Aisha Ibrahim Tafida, the former Auditor-General, said the funds were missing.",
     {"the funds were", "Aisha Ibrahim Tafida", QUOTH_RESOLVED_NAME, "former Auditor-General", F}},
    /* a word no list knows after an office's last word opens the name (it had been "Nath Chaturvedi") */
    {"Minister of State for Railways Rameshwar Nath Chaturvedi said the line was safe.",
     {"the line was", "Rameshwar Nath Chaturvedi", QUOTH_RESOLVED_NAME, "Minister of State for Railways", U}},
    /* a surname of particles and a word is the first of a person's two surnames (it had been a person of its own) */
    {"Juan Carlos de la Cruz Mejia, the mayor, said the houses were sound.\n\nDe la Cruz said the audit was wrong.",
     {"the audit was", "Juan Carlos de la Cruz Mejia", QUOTH_RESOLVED_SURNAME, "mayor", M}},
    /* a family name first is the person named before it, not one named later (it had been the office worker) */
    {"Vice Minister Kim Min-seo said fares would be capped.\n\n\"The strike has no legal basis,\" Kim said.\n\nKim Dong-wook, a 44-year-old office worker, said he supported the union.",
     {"\"The strike", "Kim Min-seo", QUOTH_RESOLVED_SURNAME, "Vice Minister", F}},
    /* Tamil "Thiru" is a form of address (it had been kept in the name) */
    {"Thiru S. Durai Nallathambi, the Water Resources Minister, said the dam was full.",
     {"the dam was", "S. Durai Nallathambi", QUOTH_RESOLVED_NAME, "Water Resources Minister", U}},
    /* "Opposition" before a party's name is no part of it */
    {"The Opposition Telugu Praja Sena said the vote was rigged.",
     {"the vote was", "Telugu Praja Sena", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a name that ends an opening phrase has no role in the subject after its comma ("the minister" had been Facebook) */
    {"Energy Minister Dr Joanna Darmanin Demajo apologised to the families. In a post on Facebook, the minister wrote that cables would be replaced.",
     {"that cables", "Joanna Darmanin Demajo", QUOTH_RESOLVED_TITLE, "Energy Minister", F}},
};

static void test_speakers_of_the_fifty_eighth_audit(void) {
    check_one_statements(FIFTY_EIGHTH_AUDIT, sizeof FIFTY_EIGHTH_AUDIT / sizeof *FIFTY_EIGHTH_AUDIT);
}

/* The fifty-ninth audit's: Hawaii, libraries, surfing, family courts, zoos, Chinese briefings,
 * startups and Gulf sport. */
static const one_statement FIFTY_NINTH_AUDIT[] = {
    /* Hawaiian "Kumu" (a teacher of hula) is a form of address (it had been kept in the name) */
    {"Kumu H\u014dk\u016blani Kealoha, who has led the halau for 30 years, said the dancers were ready.\n\n\"We waited six years,\" Kealoha said.",
     {"\"We waited", "H\u014dk\u016blani Kealoha", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* "Councilmember" is a title (it had been kept in the name) */
    {"Councilmember Felicitas Bagayas-Ramos said the rules were too weak.",
     {"the rules were", "Felicitas Bagayas-Ramos", QUOTH_RESOLVED_NAME, "Councilmember", U}},
    /* Hawaiian "o" (of) goes on with a body's name (it had been "N\u0101 Kia\u02bbi") */
    {"In a petition filed in March, N\u0101 Kia\u02bbi o Haleakal\u0101, a coalition of practitioners, argued that the summit was sacred.",
     {"that the summit", "N\u0101 Kia\u02bbi o Haleakal\u0101", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a "for" after a body's field goes on with its name (it had been "Sport") */
    {"The Court of Arbitration for Sport said the ban would stand.",
     {"the ban would", "Court of Arbitration for Sport", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Irish barrister's "BL" is no part of the name */
    {"Counsel for the agency, Aoife Fitzgerald-Kerins BL, said the girl was at risk.",
     {"the girl was", "Aoife Fitzgerald-Kerins", QUOTH_RESOLVED_NAME, "Counsel for the agency", F}},
    /* an Indian forest officer's "DFO" is a title (it had been a body) */
    {"The DFO, Smita Deshpande-Kulkarni, said the centre was full.\n\n\"We cannot take more leopards,\" the DFO said.",
     {"\"We cannot", "Smita Deshpande-Kulkarni", QUOTH_RESOLVED_TITLE, "DFO", U}},
    /* "the aquarium" finds the aquarium named before, in a place's phrase (it had been no one) */
    {"Harold, a giant Pacific octopus who has lived at the Seaview Harbor Aquarium since 2022, squeezed out of his tank.\n\nThe aquarium told its followers on Saturday that Harold was back home.",
     {"that Harold", "Seaview Harbor Aquarium", QUOTH_RESOLVED_TITLE, NULL, U}},
};

static void test_speakers_of_the_fifty_ninth_audit(void) {
    check_one_statements(FIFTY_NINTH_AUDIT, sizeof FIFTY_NINTH_AUDIT / sizeof *FIFTY_NINTH_AUDIT);
}

/* The sixtieth audit's: New Zealand, Greenland and the Faroes, opera, film festivals, African
 * courts, Catalan and Basque politics, the arms industry and African football. */
static const one_statement SIXTIETH_AUDIT[] = {
    /* a "General" that opens a body's name is the body's (it had been "Authority for Military Industries") */
    {"The General Authority for Military Industries said the rules would apply to every contract.",
     {"the rules would", "General Authority for Military Industries", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Maori's "Te" opens a name (it had been "Aomihia Rawiri-Kahu") */
    {"The kapa haka group performed on Friday.\n\nTe Aomihia R\u0101wiri-Kahu, 17, the group leader, said the team was ready.",
     {"the team was", "Te Aomihia R\u0101wiri-Kahu", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Maori "Tumuaki" (a principal) is a form of address */
    {"Tumuaki Rewi P\u0101ora said the kura would keep its kapa haka.",
     {"the kura would", "Rewi P\u0101ora", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a Catalan given name opens the name (it had been "Puigdollers i Mas") */
    {"Lliga leader Carles Puigdollers i Mas said the pact was dead.",
     {"the pact was", "Carles Puigdollers i Mas", QUOTH_RESOLVED_NAME, "Lliga leader", M}},
    /* a given name and the first surname are the person of the Catalan name they open (it had been a person of its own) */
    {"Anna Puig i Soldevila, the speaker, said the deputy had broken the rules.\n\nAnna Puig said the vote would stand.",
     {"the vote would", "Anna Puig i Soldevila", QUOTH_RESOLVED_SURNAME, "speaker", F}},
    /* a German theatre's "Intendant" is a title (it had been a person "Intendant") */
    {"The theatre's Intendant, Maren Osterkamp, said the director had been suspended.",
     {"the director had", "Maren Osterkamp", QUOTH_RESOLVED_NAME, "theatre's Intendant", F}},
    /* a conductor's "Maestro" is a form of address */
    {"Maestro Severino Bellandi, 84, said he would conduct one last time.",
     {"he would conduct", "Severino Bellandi", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a Greenlandic minister's title before the portfolio (it had been "Health Maliina Heinrich-Zeeb") */
    {"Naalakkersuisoq for Health Maliina Heinrich-Zeeb said the hospital would hire more doctors.",
     {"the hospital would", "Maliina Heinrich-Zeeb", QUOTH_RESOLVED_NAME, "Naalakkersuisoq for Health", F}},
    /* a rank written with a hyphen is a title (it had been kept in the name) */
    {"Provincial police spokesperson Lieutenant-Colonel Thembisa Gqirana-Williams said the officers had been suspended.",
     {"the officers had", "Thembisa Gqirana-Williams", QUOTH_RESOLVED_NAME, "Provincial police spokesperson Lieutenant-Colonel", U}},
};

static void test_speakers_of_the_sixtieth_audit(void) {
    check_one_statements(SIXTIETH_AUDIT, sizeof SIXTIETH_AUDIT / sizeof *SIXTIETH_AUDIT);
}

/* The sixty-first audit's: Timor-Leste and Macau, the Maldives, prizes, referendums, cocoa, cruise
 * ships, Pakistani courts and forestry. */
static const one_statement SIXTY_FIRST_AUDIT[] = {
    /* Ewe "Togbe" (a chief) is a form of address */
    {"The festival drew thousands of visitors.\n\nTogbe Agbesi Kpodo IV, paramount chief of the traditional area, said the smugglers were known to everyone.",
     {"the smugglers were", "Agbesi Kpodo IV", QUOTH_RESOLVED_NAME, "paramount chief of the traditional area", U}},
    /* a hyphenated law officer's title is a title (it had been kept in the name) */
    {"Additional Advocate-General Daud Jan Khattak said the jirga had no legal standing.",
     {"the jirga had", "Daud Jan Khattak", QUOTH_RESOLVED_NAME, "Additional Advocate-General", U}},
    /* Portuguese "Dom" (a bishop's) is a form of address */
    {"The bishop, Dom In\u00e1cio Tavares, said the law would divide families.",
     {"the law would", "In\u00e1cio Tavares", QUOTH_RESOLVED_NAME, "bishop", U}},
};

static void test_speakers_of_the_sixty_first_audit(void) {
    check_one_statements(SIXTY_FIRST_AUDIT, sizeof SIXTY_FIRST_AUDIT / sizeof *SIXTY_FIRST_AUDIT);
}

/* The sixty-second audit's: Central Asia, Fiji, Samoa and Tonga, the Congos, wine, beekeeping,
 * housing courts, astronauts and Asian esports. */
static const one_statement SIXTY_SECOND_AUDIT[] = {
    /* a Master Sommelier's "MS" after the name is no part of it (and a Welsh Senedd member's) */
    {"The jury's chairman, Pierre-Henri Mar\u00e9chal MS, said the final had been close.\n\n\"The top three were separated by a point,\" Mar\u00e9chal said.",
     {"\"The top three", "Pierre-Henri Mar\u00e9chal", QUOTH_RESOLVED_SURNAME, "jury's chairman", M}},
    /* a French rank written with a hyphen is a title (it had been kept in the name) */
    {"The military governor of North Kivu, Lieutenant-g\u00e9n\u00e9ral Aim\u00e9 Bokungu Lofete, said the road would reopen.",
     {"the road would", "Aim\u00e9 Bokungu Lofete", QUOTH_RESOLVED_NAME, "military governor of North Kivu", U}},
    /* Italian "Cavaliere" is a form of address */
    {"Cavaliere Gianbattista Orsenigo, whose family firm exports to Chicago, said the tariff would hurt.",
     {"the tariff would", "Gianbattista Orsenigo", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Fijian "Ratu" is a chief's form of address, and the given name after it names the chief */
    {"The opposition leader, Ratu Isoa Natadra Vuetaki, said the levy was unfair.\n\n\"It taxes the poor,\" Ratu Isoa said.",
     {"\"It taxes", "Isoa Natadra Vuetaki", QUOTH_RESOLVED_SURNAME, "opposition leader", U}},
};

static void test_speakers_of_the_sixty_second_audit(void) {
    check_one_statements(SIXTY_SECOND_AUDIT, sizeof SIXTY_SECOND_AUDIT / sizeof *SIXTY_SECOND_AUDIT);
}

/* The sixty-third audit's: Cyprus, Puerto Rico, Libya, Cameroon, figure skating, kabaddi
 * and tobacco. */
static const one_statement SIXTY_THIRD_AUDIT[] = {
    /* an age and "from" a place tell of a person the age stands for, not the place (it had been a person "Incheon") */
    {"Han Ji-woo won silver.\n\n\"I am tired,\" the 18-year-old from Incheon said.",
     {"\"I am tired", "Han Ji-woo", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "Olympian" before a name is a title */
    {"The pair are coached by the former Olympian Lu Guoqiang.\n\n\"They are tired,\" Lu said.",
     {"\"They are tired", "Lu Guoqiang", QUOTH_RESOLVED_SURNAME, "former Olympian", U}},
    /* Puerto Rico's "Dra." keeps its full stop and is no part of the name (it had been a name "Dra") */
    {"The storm strengthened overnight.\n\n\"It will turn,\" said Dra. Yaritza Beltr\u00e1n Oquendo, the meteorologist in charge.",
     {"\"It will turn", "Yaritza Beltr\u00e1n Oquendo", QUOTH_RESOLVED_NAME, "meteorologist", U}},
    /* and so does a lawyer's "Lcda." */
    {"Tenants rallied on Monday.\n\n\"The veto is a mistake,\" said Lcda. Mariela Soto Figueroa, a housing lawyer.",
     {"\"The veto", "Mariela Soto Figueroa", QUOTH_RESOLVED_NAME, "housing lawyer", U}},
    /* the Filipino "Ma." (Maria) keeps its full stop and stays in the name */
    {"Health Secretary Ma. Lourdes Dimaculangan-Reyes said the ban would stand.",
     {"the ban would", "Ma. Lourdes Dimaculangan-Reyes", QUOTH_RESOLVED_NAME, "Health Secretary", U}},
    /* a place's name after a given name and "de" is a surname (it had been "Albuquerque Lins") */
    {"Maria Helena de Albuquerque Lins, the judge, said the ban was lawful.\n\n\"It stands,\" Albuquerque Lins said.",
     {"\"It stands", "Maria Helena de Albuquerque Lins", QUOTH_RESOLVED_SURNAME, "judge", F}},
    /* a Cameroonian elder's "Pa" is a form of address */
    {"His father, Pa Johnson Njoh, a retired headmaster in Kumba, said the family learnt of the arrest on Facebook.",
     {"the family learnt", "Johnson Njoh", QUOTH_RESOLVED_NAME, "His father", M}},
    /* and a Nso notable's "Shey" */
    {"The palace secretary, Shey Cletus Kinyuy Wirba, said the Fon was safe.",
     {"the Fon was", "Cletus Kinyuy Wirba", QUOTH_RESOLVED_NAME, "palace secretary", U}},
    /* an Indian lawyer's "Advocate" before a name is a form of address (the name had been a body) */
    {"Sushila Dalal filed the petition.\n\nDalal's lawyer, Advocate Manpreet Singh Virk, said the vote was void.",
     {"the vote was", "Manpreet Singh Virk", QUOTH_RESOLVED_NAME, "Dalal's lawyer", M}},
    /* Turkish given names open a name of three words (it had been "Hakkı Baysal") */
    {"The chairman, Ertu\u011frul Hakk\u0131 Baysal, a retired judge, said the claims were slow.",
     {"the claims were", "Ertu\u011frul Hakk\u0131 Baysal", QUOTH_RESOLVED_NAME, "chairman", M}},
    /* a priest's "Fr" without its full stop is a form of address */
    {"Fr Kyriakos Antoniou said the lease was fair.\n\n\"It is fair,\" Fr Antoniou said.",
     {"\"It is fair", "Kyriakos Antoniou", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a word no list knows after "Minister of State" opens the name (it had been "Nath Rawat") */
    {"Union Minister of State Kailash Nath Rawat said the league was growing.",
     {"the league was", "Kailash Nath Rawat", QUOTH_RESOLVED_NAME, "Union Minister of State", U}},
    /* two nationalities joined by a hyphen describe a person, no name (it had been a person "Norwegian-French") */
    {"Hanne Lindqvist-Moreau led the talks.\n\n\"We are close,\" the Norwegian-French diplomat said.",
     {"\"We are close", "Hanne Lindqvist-Moreau", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* a source that begins inside the opening phrase of its sentence begins after that phrase's comma (it had been the paper) */
    {"In his weekly column for the Marathi daily Maharashtra Samachar, former international referee Prof. Ganesh Vitthal Mane, who officiated at three Asian Games, wrote that the decision had been correct.",
     {"that the decision", "Ganesh Vitthal Mane", QUOTH_RESOLVED_NAME, "former international referee Prof.", U}},
    /* a relative clause that the tagger took for the source stands for the name before it, past an age (it had been
     * Iran); since the ninety-first audit the source is that name, its age and its clause */
    {"Hossein Alizadeh-Fard was fined.\n\nAlizadeh-Fard, 47, who coached Iran's national team for six years, had told reporters that the review was a joke.",
     {"that the review", "Hossein Alizadeh-Fard", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a particle surname opening a sentence is the person whose name it ends, whatever kind the entity tagger gave either */
    {"Theo van der Berg won the title.\n\nVan der Berg said the lifts had been rebuilt.",
     {"the lifts had", "Theo van der Berg", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* the first of two surnames joined by a hyphen names the person later */
    {"Natalia Rosado-Ferrer, the board's director, said the cuts were needed.\n\n\"We have no choice,\" Rosado said.",
     {"\"We have no", "Natalia Rosado-Ferrer", QUOTH_RESOLVED_SURNAME, "board's director", F}},
};

static void test_speakers_of_the_sixty_third_audit(void) {
    check_one_statements(SIXTY_THIRD_AUDIT, sizeof SIXTY_THIRD_AUDIT / sizeof *SIXTY_THIRD_AUDIT);
}

/* The sixty-fourth audit's: steel, handball, Armenia and Azerbaijan, the Sahel, Cuba,
 * Albania and Kosovo, Rwanda and Burundi. */
static const one_statement SIXTY_FOURTH_AUDIT[] = {
    /* a Sahelian "Colonel-Major" is a rank, no part of the name */
    {"The Minister of Communication, Colonel-Major Aliou Traor\u00e9, said the station would stay closed.",
     {"the station would", "Aliou Traor\u00e9", QUOTH_RESOLVED_NAME, "Minister of Communication", M}},
    /* and so is a French "Commandant" */
    {"Commandant Zongo Hamidou, the army's spokesman, said the convoy had been ambushed.",
     {"the convoy had", "Zongo Hamidou", QUOTH_RESOLVED_NAME, "Commandant", U}},
    /* a pilgrim's "El Hadj" is a form of address */
    {"The man who runs the gold counter, El Hadj Boureima Nik\u00e9ma, said prices had doubled.\n\n\"We cannot buy,\" Nik\u00e9ma said.",
     {"\"We cannot buy", "Boureima Nik\u00e9ma", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* a Cuban given name opens a name after a portfolio of two fields (it had kept "Prices") */
    {"Minister of Finance and Prices Dagoberto Hechavarr\u00eda Lay said the caps would stay.",
     {"the caps would", "Dagoberto Hechavarr\u00eda Lay", QUOTH_RESOLVED_NAME, "Minister of Finance and Prices", M}},
    /* a Nigerien given name opens a name of three words (it had been "Idrissa Zakari") */
    {"A Nigerien cloth trader, Rakiatou Idrissa Zakari, said the border had cost her a month of sales.",
     {"the border had", "Rakiatou Idrissa Zakari", QUOTH_RESOLVED_NAME, "Nigerien cloth trader", F}},
    /* an Armenian given name opens the name after an office (it had kept the portfolio) */
    {"Deputy High Commissioner for Diaspora Affairs Tatevik Hrachi Simonyan said the vote would be held abroad.",
     {"the vote would", "Tatevik Hrachi Simonyan", QUOTH_RESOLVED_NAME, "Deputy High Commissioner for Diaspora Affairs", F}},
    /* an Azerbaijani patronymic's "oglu" goes on with the name (it had been "Tural Elchin") */
    {"Prosecutor Tural Elchin oglu Huseynzade said the men were guilty.\n\n\"They planned it,\" Huseynzade said.",
     {"\"They planned", "Tural Elchin oglu Huseynzade", QUOTH_RESOLVED_SURNAME, "Prosecutor", M}},
    /* an Armenian scholar's "Academician" is a form of address */
    {"Academician Rafael Gurgeni Movsisyan, the institute's director, said the algae were spreading.",
     {"the algae were", "Rafael Gurgeni Movsisyan", QUOTH_RESOLVED_NAME, "institute's director", M}},
    /* a country's possessive before a long body's name is no part of it (it had been "Cooperation") */
    {"Burundi's Ministry of Foreign Affairs and Development Cooperation said the border would reopen.",
     {"the border would", "Ministry of Foreign Affairs and Development Cooperation", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Rwandan ranks written without full stops are titles (it had been "Maj Gen Alphonse Rutagengwa") */
    {"Maj Gen Alphonse Rutagengwa, the commander of the land forces, said the troops were ready.",
     {"the troops were", "Alphonse Rutagengwa", QUOTH_RESOLVED_NAME, "Maj Gen", U}},
    /* a Burundian police officer's "Commissaire" is a form of address */
    {"Police spokesman Commissaire Adolphe Nzojibwami said the reporter would be charged.",
     {"the reporter would", "Adolphe Nzojibwami", QUOTH_RESOLVED_NAME, "Police spokesman", U}},
    /* a French league's "Ligue" opens its name (it had been "Nationale de Handball") */
    {"The Ligue Nationale de Handball said the match would be replayed.",
     {"the match would", "Ligue Nationale de Handball", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a nationality opens a body's name past a group's possessive (it had been "Metal Workers' Union") */
    {"The Korean Metal Workers' Union said the strike would go on.",
     {"the strike would", "Korean Metal Workers' Union", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and producers' bodies (it had been "Forum") */
    {"The Indian Steel Producers' Forum said the duty was needed.",
     {"the duty was", "Indian Steel Producers' Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_sixty_fourth_audit(void) {
    check_one_statements(SIXTY_FOURTH_AUDIT, sizeof SIXTY_FOURTH_AUDIT / sizeof *SIXTY_FOURTH_AUDIT);
}

/* The sixty-fifth audit's: Zambia and Malawi, Portugal, coffee, diamonds, table tennis,
 * biathlon and textiles. */
static const one_statement SIXTY_FIFTH_AUDIT[] = {
    /* a name of no person goes on past "de" to a place (it had been "Portugal") */
    {"State operator Comboios de Portugal (CP) said the trains would run.",
     {"the trains would", "Comboios de Portugal", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a presidency is a body, whose "of" goes on (it had been "Republic") */
    {"The Presidency of the Republic said the budget would be signed.",
     {"the budget would", "Presidency of the Republic", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Portuguese "Dona" is a form of address */
    {"Dona Aparecida Souza, who grows coffee above Cristina, said the frost was the worst she had seen.",
     {"the frost was", "Aparecida Souza", QUOTH_RESOLVED_NAME, NULL, F}},
    /* initials before a given name stay in the name (it had been "Sunil Premaratne") */
    {"Her landlord, W.A. Sunil Premaratne, a retired army sergeant, said the rooms were clean.",
     {"the rooms were", "W.A. Sunil Premaratne", QUOTH_RESOLVED_NAME, "Her landlord", M}},
    /* a nationality opens a body's name past a gerund (it had been "Ski Racing Federation") */
    {"The Russian Ski Racing Federation said the test was flawed.",
     {"the test was", "Russian Ski Racing Federation", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an age in words before a name is no part of it */
    {"JAKARTA \u2014 Eighteen-year-old Sutrisno, who like many Javanese uses only one name, beat the top seed on Wednesday.\n\n\"I was not afraid,\" Sutrisno said.",
     {"\"I was not", "Sutrisno", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Skier" before a name is no part of it */
    {"Skier Solovyova tested positive.\n\n\"I am innocent,\" Solovyova said.",
     {"\"I am innocent", "Solovyova", QUOTH_RESOLVED_NAME, "Skier", U}},
    /* a Belgian noble's "Baron" is a form of address */
    {"Its chairman, Baron Philippe de Lannoy-Verhaegen, said the vault was safe.",
     {"the vault was", "Philippe de Lannoy-Verhaegen", QUOTH_RESOLVED_NAME, "Its chairman", M}},
    /* a Lozi councillor's "Induna" is a form of address */
    {"BRE spokesperson Induna Sibeta Namushi said the ceremony would go ahead.",
     {"the ceremony would", "Sibeta Namushi", QUOTH_RESOLVED_NAME, "BRE spokesperson", U}},
    /* a form of courtesy after a long office opens the name's run (it had been "Kabaso Mwila", a body) */
    {"Minister of Mines and Minerals Development Honourable Paul Kabaso Mwila said the mine would reopen.",
     {"the mine would", "Paul Kabaso Mwila", QUOTH_RESOLVED_NAME, "Minister of Mines and Minerals Development", M}},
    /* a medium's noun in small letters is no name's word, whatever the tagger read (it had been "Nicosia daily Chronos") */
    {"The Nicosia daily Chronos reported that the talks had stalled.",
     {"that the talks", "Chronos", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Portuguese "do" goes on after a word with an accent read as a common noun (it had been "Mercado") */
    {"The financial daily Di\u00e1rio do Mercado reported that the talks had stalled.",
     {"that the talks", "Di\u00e1rio do Mercado", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static void test_speakers_of_the_sixty_fifth_audit(void) {
    check_one_statements(SIXTY_FIFTH_AUDIT, sizeof SIXTY_FIFTH_AUDIT / sizeof *SIXTY_FIFTH_AUDIT);
}

/* The sixty-sixth audit's: Georgia, Kazakhstan and Kyrgyzstan, statistics, lithium,
 * netball, fencing and equestrian sport. */
static const one_statement SIXTY_SIXTH_AUDIT[] = {
    /* "the elder" of two namesakes is the one a parent's word tells (it had been the daughter, named most) */
    {"Mio Sakamoto won bronze. Her father, Hiroshi Sakamoto, coached her.\n\n\"She did not tell anyone,\" the elder Sakamoto said.",
     {"\"She did not", "Hiroshi Sakamoto", QUOTH_RESOLVED_TITLE, "Her father", M}},
    /* and "the younger" the one the other's age tells older (it had been the grandfather) */
    {"Hysen Shehaj, 74, blocked the road with his grandson Arlind Shehaj.\n\n\"We will stay,\" the younger Shehaj said.",
     {"\"We will stay", "Arlind Shehaj", QUOTH_RESOLVED_TITLE, "grandson", U}},
    /* a Kyrgyz name ends with its patronymic's "kyzy" (it had been "Aizada Temirbek") */
    {"Aizada Temirbek kyzy, an investigative journalist, was jailed.\n\n\"I will appeal,\" Temirbek kyzy said.",
     {"\"I will appeal", "Aizada Temirbek kyzy", QUOTH_RESOLVED_SURNAME, "investigative journalist", U}},
    /* initials the document states after a body's name are that body's, not the one quoth knows by them (it had been the African National Congress) */
    {"The Australian Netball Commission (ANC) met on Monday.\n\nThe ANC said the squad would be named in May.",
     {"the squad would", "Australian Netball Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a patriarchate is a body, whose "of" goes on (it had been Georgia) */
    {"The Patriarchate of Georgia, which co-hosted the event, said the remarks were false.",
     {"the remarks were", "Patriarchate of Georgia", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Aymara authority's "Mallku" is a form of address */
    {"Mallku Tom\u00e1s Choque Colque, the traditional authority, said the blockade was over.",
     {"the blockade was", "Tom\u00e1s Choque Colque", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a listed given name after an office's field opens the name of a run too long for one (it had been a body) */
    {"Vice Minister of High Energy Technologies Ramiro Guti\u00e9rrez Soliz said the contract was signed.",
     {"the contract was", "Ramiro Guti\u00e9rrez Soliz", QUOTH_RESOLVED_NAME, "Vice Minister of High Energy Technologies", M}},
    /* Turkish "Hanım" after a given name is no part of the name */
    {"Fatma Han\u0131m, a retired teacher who gave only her first name, said prices had doubled.",
     {"prices had", "Fatma", QUOTH_RESOLVED_NAME, NULL, F}},
    /* Welsh "ap" goes on with the name (it had been "Gwilym") */
    {"Dr Ifan ap Gwilym, who studies labour markets, was more sceptical.\n\n\"In Wales the survey reached fewer than 900 households,\" ap Gwilym said.",
     {"\"In Wales", "Ifan ap Gwilym", QUOTH_RESOLVED_SURNAME, NULL, U}},
};

static void test_speakers_of_the_sixty_sixth_audit(void) {
    check_one_statements(SIXTY_SIXTH_AUDIT, sizeof SIXTY_SIXTH_AUDIT / sizeof *SIXTY_SIXTH_AUDIT);
}

/* The sixty-seventh audit's: Ivorian, Somali and Bosnian news, gymnastics, weightlifting,
 * nursing and ports. */
static const one_statement SIXTY_SEVENTH_AUDIT[] = {
    /* "Teammate" before a name is no part of it (the name had been a body) */
    {"Teammate Jordyn Pace said the team would miss her.",
     {"the team would", "Jordyn Pace", QUOTH_RESOLVED_NAME, NULL, F}},
    /* a Franciscan's "Fra" is a form of address */
    {"Fra Mile Zovko, the guardian of the monastery, said the name was fair.",
     {"the name was", "Mile Zovko", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Somali given name opens a name of three words whose second is a listed given name (it had been "Hassan Dheere") */
    {"Aweys Hassan Dheere, the elected chairman of the camps committee, said the evictions must stop.",
     {"the evictions must", "Aweys Hassan Dheere", QUOTH_RESOLVED_NAME, NULL, M}},
    /* dockworkers' bodies open with their possessive (it had been "Union of Nigeria") */
    {"The Dockworkers\u2019 Union of Nigeria (DUN) said the strike would continue.",
     {"the strike would", "Dockworkers\u2019 Union of Nigeria", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Ivorian police rank's "Divisionnaire" after "Commissaire" is no part of the name */
    {"The police commander for Cocody, Commissaire Divisionnaire Akpa Dj\u00e9dj\u00e9 Raymond, said the march was banned.",
     {"the march was", "Akpa Dj\u00e9dj\u00e9 Raymond", QUOTH_RESOLVED_NAME, "police commander for Cocody", U}},
    /* a Georgian by age and nationality is the person named before (it had been a person "Georgian") */
    {"Levan Kobakhidze took silver.\n\n\"I lifted well,\" the 31-year-old Georgian said.",
     {"\"I lifted well", "Levan Kobakhidze", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* Filipino "dela" is a particle of the surname (it had been "Cruz Jr.") */
    {"Dr. Ramon dela Cruz Jr., executive director of the federation, said the cap was wrong.\n\n\"It hurts us,\" Dela Cruz said.",
     {"\"It hurts us", "Ramon dela Cruz Jr.", QUOTH_RESOLVED_SURNAME, "Dr.", M}},
    /* a hospital's "Matron" is a form of address */
    {"Matron Gillian Oduya, who has worked at the hospital since 1998, said the ward was short-staffed.",
     {"the ward was", "Gillian Oduya", QUOTH_RESOLVED_NAME, NULL, U}},
};

static void test_speakers_of_the_sixty_seventh_audit(void) {
    check_one_statements(SIXTY_SEVENTH_AUDIT, sizeof SIXTY_SEVENTH_AUDIT / sizeof *SIXTY_SEVENTH_AUDIT);
}

static const one_statement SIXTY_EIGHTH_AUDIT[] = {
    /* a body's name of nine words is one run (it had been "Affairs") */
    {"Aid.\n\n\"The camps are full,\" the United Nations Office for the Coordination of Humanitarian Affairs said on Monday.",
     {"\"The camps are full", "United Nations Office for the Coordination of Humanitarian Affairs", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's word the tagger read as an adjective opens its name before "for" (it had been "Organized Crime") */
    {"Drones.\n\nRomania's Directorate for Investigating Organized Crime and Terrorism said the two couriers were held.",
     {"the two couriers", "Directorate for Investigating Organized Crime and Terrorism", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "of the" and one word that ends a body's name go on it (it had been "Population") */
    {"Wages.\n\nThe Ministry of Labour and Social Protection of the Population said that teachers would be paid.",
     {"that teachers would", "Ministry of Labour and Social Protection of the Population", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* initials in brackets right after a body's name are its own, whatever their letters (it had been a body "UNP") */
    {"Guards.\n\nThe victim had asked the National Protection Unit (UNP) for a second guard.\n\nThe UNP said his scheme had been adequate.",
     {"his scheme had", "National Protection Unit", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* East Africa's "Haji" inside a name is the father's name (it had been "Pandu") */
    {"Fares.\n\nIts representative for Wawi, Ameir Haji Pandu, said the fares were too high.",
     {"the fares were", "Ameir Haji Pandu", QUOTH_RESOLVED_NAME, "Its representative for Wawi", U}},
    /* Swahili "Bi" before a name is a form of address */
    {"Fares.\n\nBi Zuhura Makame, a seaweed farmer, said the ferry was late again.",
     {"the ferry was", "Zuhura Makame", QUOTH_RESOLVED_NAME, "seaweed farmer", U}},
    /* Tanzanian police's "SACP" is a rank */
    {"Rally.\n\nRegional Police Commander SACP Martin Wambura Chacha said the rally was banned.",
     {"the rally was", "Martin Wambura Chacha", QUOTH_RESOLVED_NAME, "Regional Police Commander SACP", M}},
    /* Sri Lanka's "PC" (President's Counsel) after a name is no part of it */
    {"Labels.\n\nCounsel for the suspects, Ruwan Jayakody PC, said the labels were lawful.",
     {"the labels were", "Ruwan Jayakody", QUOTH_RESOLVED_NAME, "Counsel for the suspects", M}},
    /* Swahili "Chama cha" opens a party's name (it had been "Umoja") */
    {"Veteran.\n\nThe ruling Chama cha Umoja said the veteran had served the party well.",
     {"the veteran had", "Chama cha Umoja", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "All" before a country opens a national body's name */
    {"Tea.\n\nThe All India Tea Exporters' Forum said payments from buyers were late.",
     {"payments from buyers", "All India Tea Exporters' Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "(Pvt) Ltd" ends a Sri Lankan firm's name (it had been "Ltd") */
    {"Auction.\n\nMercantile Leaf Brokers (Pvt) Ltd said prices rose for a third week.",
     {"prices rose for", "Mercantile Leaf Brokers (Pvt) Ltd", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a group's possessive four words into a body's name (it had been "Forum") */
    {"Estates.\n\nThe Hill Country Plantation Companies' Forum said the wages were fair.",
     {"the wages were", "Hill Country Plantation Companies' Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an ordinal opens an army unit's name (it had been "Division") */
    {"Clashes.\n\nThe army's Second Division said it had sent two battalions.",
     {"it had sent", "Second Division", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a uniformed service's plural goes on with its country's "of" (it had been "Tajikistan") */
    {"Water.\n\nThe Border Troops of Tajikistan said that two guards were wounded.",
     {"that two guards", "Border Troops of Tajikistan", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* two given names open a longer name named before (it had been "Jesús Antonio") */
    {"Funeral.\n\nJes\u00fas Antonio Barrios Mendoza, the leader's brother, spoke at the funeral.\n\nJes\u00fas Antonio said the killers were known to the police.",
     {"the killers were", "Jes\u00fas Antonio Barrios Mendoza", QUOTH_RESOLVED_SURNAME, "leader's brother", M}},
    /* an alias set off by dashes, after a form of courtesy, is its holder's (it had been "Toninho") */
    {"Academy.\n\nThe founder, Ant\u00f4nio Carlos dos Santos Filho \u2014 known to everyone on the hill as Mestre Toninho \u2014 opened the gym in 1988.\n\n\"They sent a motorcycle,\" Toninho, 61, said on Tuesday.",
     {"\"They sent a motorcycle", "Ant\u00f4nio Carlos dos Santos Filho", QUOTH_RESOLVED_NAME, "founder", M}},
    /* "on" after "Office" and "and" after it go on the body's name */
    {"Coca.\n\nA survey by the United Nations Office on Drugs and Crime found that coca had spread.",
     {"that coca had", "United Nations Office on Drugs and Crime", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's word read as an adjective goes on with "of" (it had been "Presidential Communications") */
    {"Commissioner.\n\nA statement issued by the Directorate of Presidential Communications said the commissioner had been dropped.",
     {"the commissioner had", "Directorate of Presidential Communications", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "His Grace" is a bishop's style, and an office's words after "and" no name (it had been "and Olteț") */
    {"Cathedral.\n\nHis Grace Gherontie, Bishop of Vadu Jiului and Olte\u021b, said the cathedral would be finished.",
     {"the cathedral would", "Gherontie", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Tajik cleric's "Domullo" is a form of address */
    {"Sermons.\n\nDomullo Abdurahmon Qosimov, who leads prayers in a village mosque, said the rules were strict.",
     {"the rules were", "Abdurahmon Qosimov", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement SIXTY_NINTH_AUDIT[] = {
    /* an Acholi elder's "Ladit" is a form of address */
    {"Land.\n\nLadit Santo Ojera Okot, an elder, said the land was theirs.",
     {"the land was", "Santo Ojera Okot", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Msgr" without its full stop is a form of address (it had been "Msgr Ssemakula") */
    {"Levy.\n\nMsgr Gonzaga Ssemakula Mpanga said the levy was unjust.\n\nMsgr Ssemakula said the riders were poor.",
     {"the riders were", "Gonzaga Ssemakula Mpanga", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* a body's word before "of", an adjective and a plural opens its name (it had been "Ecuador") */
    {"Fuel.\n\nThe Confederation of Indigenous Nationalities of Ecuador said the deadline stood.",
     {"the deadline stood", "Confederation of Indigenous Nationalities of Ecuador", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a place the tagger read as a common noun goes on a body's name after "of" */
    {"Fares.\n\nThe Federation of University Students of Ecuador (FEUE) said fares were too high.",
     {"fares were too", "Federation of University Students of Ecuador", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a title and "and" that a body's word ends are the body's name (it had been "Peace Forum") */
    {"Land.\n\nA report by the Gulu-based Justice and Peace Forum found that land had been lost.",
     {"that land had", "Justice and Peace Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "General" after a body's word is its name's (it had been "Foreign Trade") */
    {"Sugar.\n\nAn order issued by the Directorate General of Foreign Trade said exports were capped.",
     {"exports were capped", "Directorate General of Foreign Trade", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "NGO" before a group's name is no part of it */
    {"Sediment.\n\nA report by the Bangkok-based NGO River Futures Network found that sediment had fallen.",
     {"that sediment had", "River Futures Network", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a given name the tagger read as an adjective opens its sentence's name (it had been the other Chand) */
    {"Mill.\n\nShalini Devi Chand said the mill was broken.\n\nThe lorries waited. Suresh Chand, who farms cane at Varavu, said he had three loads.",
     {"he had three", "Suresh Chand", QUOTH_RESOLVED_NAME, NULL, M}},
    /* Turkish "Ağa" after a name is no part of it */
    {"Festival.\n\nThe champion, Karabulut A\u011fa, said the points were wrong.",
     {"the points were", "Karabulut", QUOTH_RESOLVED_NAME, NULL, U}},
    /* North Indian "Chaudhary" before a name is a form of address */
    {"Cane.\n\nChaudhary Harpal Singh Tomar, a farmers' leader, said the mill owed money.",
     {"the mill owed", "Harpal Singh Tomar", QUOTH_RESOLVED_NAME, "farmers' leader", M}},
};

static const one_statement SEVENTIETH_AUDIT[] = {
    /* a Senegalese marabout's "Serigne" is a form of address */
    {"Pilgrims.\n\nSerigne Abdou Lahad Dieng, a spokesman for the brotherhood, said the roads were ready.",
     {"the roads were", "Abdou Lahad Dieng", QUOTH_RESOLVED_NAME, "spokesman for the brotherhood", M}},
    /* a councillor's "Clr" is a form of address */
    {"Vendors.\n\nDeputy Mayor Clr Mandla Gumede said the stalls would be moved.",
     {"the stalls would", "Mandla Gumede", QUOTH_RESOLVED_NAME, "Deputy Mayor", M}},
    /* India's "IAS" after a name is no part of it */
    {"Airport.\n\nDistrict Collector Priya Raghunathan IAS said the survey would go ahead.",
     {"the survey would", "Priya Raghunathan", QUOTH_RESOLVED_NAME, "District Collector", F}},
    /* a Brazilian air force rank written with a hyphen is a title */
    {"Controllers.\n\nLieutenant-Brigadier Rog\u00e9rio Pimentel Falc\u00e3o said the radars were working.",
     {"the radars were", "Rog\u00e9rio Pimentel Falc\u00e3o", QUOTH_RESOLVED_NAME, "Lieutenant-Brigadier", U}},
    /* a place the tagger read as a common noun goes on a body's name after "of" (it had ended at "of") */
    {"Sheep.\n\nPeople are asking, said Khadidiatou Diouf Ndour, who heads the Union of Consumers of Senegal (UCS).\n\nThe UCS said prices had doubled.",
     {"prices had doubled", "Union of Consumers of Senegal", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* no person's name goes on with "and" after a ministry's field and its comma (it had been "Nature and Food Quality") */
    {"Herds.\n\nNearly 1,400 farmers applied, the Ministry of Agriculture, Nature and Food Quality said on Monday.",
     {"Nearly 1,400 farmers", "Ministry of Agriculture, Nature and Food Quality", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Zimbabwean "Mbuya" (grandmother) is a form of address */
    {"Pensions.\n\nMbuya Chipo Matambanadzo, who fought in the war, said the pension was too small.",
     {"the pension was", "Chipo Matambanadzo", QUOTH_RESOLVED_NAME, NULL, F}},
};

static const one_statement SEVENTY_FIRST_AUDIT[] = {
    /* a listed given name the tagger read as a verb by its ending opens the name (it had been "Dorji", another Dorji's) */
    {"Parking.\n\nThe taxi association objected. Its president, Tshering Dorji, said the fees were unfair.",
     {"the fees were", "Tshering Dorji", QUOTH_RESOLVED_NAME, "Its president", U}},
    /* a name of three words after a title keeps a first word no list holds (it had been "Hawa Kallon") */
    {"Licences.\n\nLead prosecutor Umu Hawa Kallon said the licences were forged.",
     {"the licences were", "Umu Hawa Kallon", QUOTH_RESOLVED_NAME, "Lead prosecutor", F}},
    /* a word no list holds between Malay honorifics and a listed given name opens the name */
    {"Maps.\n\nIts chief executive, Tan Sri Kamarul Ariffin bin Othman, said the maps were ready.",
     {"the maps were", "Kamarul Ariffin bin Othman", QUOTH_RESOLVED_NAME, "Its chief executive", U}},
    /* a Sierra Leonean middle name "Sheriff" is no title (it had been "Conteh") */
    {"Bill.\n\nThe Minister of Mines, Alhaji Momoh Sheriff Conteh, said the bill was fair.",
     {"the bill was", "Momoh Sheriff Conteh", QUOTH_RESOLVED_NAME, "Minister of Mines", M}},
    /* a Chadian woman pilgrim's "Hadjé" is a form of address */
    {"Dialogue.\n\nHadj\u00e9 Khadidja Abakar Mahamat, who sells dried fish, said prices had doubled.",
     {"prices had doubled", "Khadidja Abakar Mahamat", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Indonesian police's "AKBP" is a rank */
    {"Blockade.\n\nKampar police chief AKBP Hendra Gunawan said the road was open.",
     {"the road was", "Hendra Gunawan", QUOTH_RESOLVED_NAME, "Kampar police chief AKBP", U}},
    /* a Bhutanese judge's "Drangpon" is a form of address */
    {"Court.\n\nDrangpon Namgay Dem said the contracts were void.",
     {"the contracts were", "Namgay Dem", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement SEVENTY_SECOND_AUDIT[] = {
    /* a Moorish "ould" inside a name (it had been "Sidaty") */
    {"Land.\n\nThe wali of Brakna, Mohamed Lemine ould Sidaty, said the lease was legal.",
     {"the lease was", "Mohamed Lemine ould Sidaty", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a Moorish surname opened by "Ould" is the person whose name it ends */
    {"Detained.\n\nHis younger brother, Moussa ould Bilal, said the activist was held.\n\nOuld Bilal said he had not seen his brother since Friday.",
     {"he had not", "Moussa ould Bilal", QUOTH_RESOLVED_SURNAME, "His younger brother", M}},
    /* and one opened by "Mint", which the entity tagger read as a body's word */
    {"Pardon.\n\nNebghouha mint Sidi Ahmed, a reporter, was jailed in May.\n\nMint Sidi Ahmed, who has a daughter, said the pardon came late.",
     {"the pardon came", "Nebghouha mint Sidi Ahmed", QUOTH_RESOLVED_SURNAME, "reporter", U}},
    /* a Slovak degree keeps its full stop and is a form of address (the name had been cut at it) */
    {"Subsidies.\n\nThe minister, Ing. Jarmila \u010euri\u0161ov\u00e1, said the audit was wrong.",
     {"the audit was", "Jarmila \u010euri\u0161ov\u00e1", QUOTH_RESOLVED_NAME, "minister", U}},
    /* a degree set off after a name is no name of its own (it had been "Ph.D.") */
    {"Prices.\n\nThe chairwoman of the office, Ing. Mark\u00e9ta \u0160\u0165astn\u00e1, Ph.D., said the cap would hold.",
     {"the cap would", "Mark\u00e9ta \u0160\u0165astn\u00e1", QUOTH_RESOLVED_NAME, "chairwoman of the office", F}},
    /* a Central American lawyer's "Abogado" is a form of address */
    {"Charges.\n\nHer lawyer, Abogado C\u00e9sar Augusto Lagos, said she was innocent.",
     {"she was innocent", "C\u00e9sar Augusto Lagos", QUOTH_RESOLVED_NAME, "Her lawyer", M}},
    /* a sport's gerund before a country opens the national body's name (it had been "South Africa") */
    {"Swim.\n\nSwimming South Africa said the team was sick.",
     {"the team was", "Swimming South Africa", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Vice-Admiral" written with a hyphen is a title */
    {"Rescue.\n\nVice-Admiral Herv\u00e9 de La Morandi\u00e8re said the boat had capsized.",
     {"the boat had", "Herv\u00e9 de La Morandi\u00e8re", QUOTH_RESOLVED_NAME, "Vice-Admiral", M}},
};

static const one_statement SEVENTY_THIRD_AUDIT[] = {
    /* a nickname that opens with an article in small letters is no end of the name (it had been the other Pereyra) */
    {"Port.\n\nGraciela Pereyra said the port was closed.\n\nN\u00e9stor \"el Flaco\" Pereyra, the general secretary, said the strike would go on.",
     {"the strike would", "N\u00e9stor Pereyra", QUOTH_RESOLVED_NAME, "general secretary", M}},
    /* a Spanish body's "e" goes on its name (it had been "Hidrología") */
    {"Flood.\n\nThe Direcci\u00f3n de Meteorolog\u00eda e Hidrolog\u00eda said the river would rise.",
     {"the river would", "Direcci\u00f3n de Meteorolog\u00eda e Hidrolog\u00eda", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Paraguayan lawyer's "Abog." keeps its full stop and is a form of address */
    {"Impeachment.\n\nThe governor, Abog. Juan Carlos de la Cruz Riveros, said the charges were false.",
     {"the charges were", "Juan Carlos de la Cruz Riveros", QUOTH_RESOLVED_NAME, "governor", M}},
    /* a body quoth knows of three words opens its sentence (it had been no one) */
    {"Pardon.\n\nReporters Without Borders said the pardon came late.",
     {"the pardon came", "Reporters Without Borders", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Sikh's "Sardar" before a name that "Singh" goes on is a form of address */
    {"Cotton.\n\nAgriculture Minister Sardar Gurmeet Singh Sandhu said the losses were huge.",
     {"the losses were", "Gurmeet Singh Sandhu", QUOTH_RESOLVED_NAME, "Agriculture Minister", M}},
    /* a Guaraní priest's "Pa'i" is a form of address */
    {"Flood.\n\nPa\u2019i Tadeo Mart\u00ednez, a Jesuit priest, said the families had nowhere to go.",
     {"the families had", "Tadeo Mart\u00ednez", QUOTH_RESOLVED_NAME, "Jesuit priest", U}},
    /* but not a Kurd's given name "Sardar" */
    {"Roads.\n\nSardar Ahmed, a truck driver, said the road was closed.",
     {"the road was", "Sardar Ahmed", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement SEVENTY_FOURTH_AUDIT[] = {
    /* a Setswana chief's "Kgosi" is a form of address */
    {"Grazing.\n\nKgosi Tshepo Ramoitlhobogi of Ditlhakeng said the boundary was wrong.",
     {"the boundary was", "Tshepo Ramoitlhobogi", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an Iban name's "anak" goes on inside it (it had been "Sebat", and "Linggang" a person of his own) */
    {"Roads.\n\nWorks Minister Datuk Seri Linggang anak Sebat said the road would reopen.\n\nLinggang said the slope was unstable.",
     {"the slope was", "Linggang anak Sebat", QUOTH_RESOLVED_SURNAME, "Works Minister", U}},
    /* a Tigrinya bishop's "Abune" is a form of address */
    {"Synod.\n\nThe synod's secretary, Abune Tesfa-Giorgis, bishop of Barentu, said the priests had been suspended.",
     {"the priests had", "Tesfa-Giorgis", QUOTH_RESOLVED_NAME, "synod's secretary", U}},
};

static const one_statement SEVENTY_FIFTH_AUDIT[] = {
    /* a body's word the tagger read as a common noun opens its name before "for" (it had been "Unity") */
    {"Arrest.\n\nThe opposition Alliance for Progress and Unity accused the government of using the programme to reward its supporters.",
     {"the government of", "Alliance for Progress and Unity", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an office's possessive before a body's word names the office's body (it had been "'s Office") */
    {"Unit.\n\nA girl was kept apart for 19 days, the Ombudsman for Children\u2019s Office has found.",
     {"A girl was", "Ombudsman for Children\u2019s Office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Irish surname's "an" and the capital inside "tSaoir" go on inside it, and a first name no list holds after a title stays in a name of four words */
    {"Ban.\n\nMayo captain Peadar Mac an tSaoir said the ban was harsh.",
     {"the ban was", "Peadar Mac an tSaoir", QUOTH_RESOLVED_NAME, "Mayo captain", U}},
    /* a Malagasy "Ramatoa" (madam) is a form of address */
    {"Vanilla.\n\nRamatoa Soa Harimalala, a grower, said the vanilla had been stolen.",
     {"the vanilla had", "Soa Harimalala", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an abbess's title is a form of address */
    {"Monastery.\n\nAbbess Anastasija said the nuns would stay.",
     {"the nuns would", "Anastasija", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a county's word and "All-Star" before a name are no part of it */
    {"Hearings.\n\nWriting in the Sentinel, former Mayo All-Star Peadar Walsh argued that the system was old.",
     {"that the system", "Peadar Walsh", QUOTH_RESOLVED_NAME, NULL, U}},
    /* after a listed field, a word no list holds before a given name and a surname is the first given name (it had been "Danielle Yao-Kouamé") */
    {"Cashew.\n\nMinister of Trade and Industry Akissi Danielle Yao-Kouam\u00e9 announced that processors would get a subsidy.",
     {"that processors would", "Akissi Danielle Yao-Kouam\u00e9", QUOTH_RESOLVED_NAME, "Minister of Trade and Industry", F}},
    /* a kunya that a long clause gives is the holder's alias (it had been a person of its own) */
    {"Primaries.\n\nSaud Hamad Al-Ajmi, a former municipal council member known to his supporters as Abu Turki, said he had not attended.\n\n\"The young want programs,\" Abu Turki said.",
     {"\"The young", "Saud Hamad Al-Ajmi", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a name that "calls" gives */
    {"Talks.\n\nMilo\u0161 Raki\u0107, a dentist whom almost everyone in the divided town calls \u201cMikica,\u201d said he feared departures.\n\n\u201cWe are tired,\u201d Mikica said.",
     {"\u201cWe are tired", "Milo\u0161 Raki\u0107", QUOTH_RESOLVED_NAME, "dentist", M}},
};

static const one_statement SEVENTY_SIXTH_AUDIT[] = {
    /* the Arabic article that Gulf names write apart is no given name "Al" (it had been "Al Farsi") */
    {"Budget.\n\nHamad Al Farsi, a member for Bawshar, said the budget was late.",
     {"the budget was", "Hamad Al Farsi", QUOTH_RESOLVED_NAME, "member for Bawshar", M}},
    /* a group's possessive inside a body's name after "and" (it had been "Vietnam Pepper") */
    {"Pepper.\n\nThe Vietnam Pepper and Spice Growers\u2019 Federation said thefts had risen.",
     {"thefts had risen", "Vietnam Pepper and Spice Growers\u2019 Federation", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body's initials set off after its noun name it, not the body that modifies the noun (it had been the UN) */
    {"Returns.\n\nThe UN refugee agency, UNHCR, said that returns were spontaneous.",
     {"that returns were", "UNHCR", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and a mission's */
    {"Truce.\n\nThe UN peacekeeping mission, MONUSCO, said that the truce had collapsed.",
     {"that the truce", "MONUSCO", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body quoth knows goes on past "in" (it had been "... and Co-operation") */
    {"Media.\n\nThe Organization for Security and Co-operation in Europe said the bill was vague.",
     {"the bill was", "Organization for Security and Co-operation in Europe", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a word before a company's legal form goes on its name, whatever the tagger read it as (it had been "Agronutri") */
    {"Blast.\n\nThe blast happened in a shed where Agronutri Fertilizantes S.A. stored nitrate.\n\nIn a statement, Agronutri said it was saddened.",
     {"it was saddened", "Agronutri Fertilizantes S.A.", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Korean name before "of" and a firm is a person (it had been a body "Cho Min-ho of Sejong Capital Markets") */
    {"Wages.\n\nCho Min-ho of Sejong Capital Markets wrote in a note that the increase was small.",
     {"that the increase", "Cho Min-ho", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a minister's fields of chemicals and fertilisers (it had been "Fertilisers Dr.") */
    {"Urea.\n\nUnion Minister of Chemicals and Fertilisers Dr. Raghunath Prasad Tiwari told reporters that the price would stay.",
     {"that the price", "Raghunath Prasad Tiwari", QUOTH_RESOLVED_NAME, "Union Minister of Chemicals and Fertilisers", U}},
    /* a Brazilian police chief's "Delegado" is a form of address */
    {"Blast.\n\nDelegado Rafael Tavares Lins said the fire had started at night.",
     {"the fire had", "Rafael Tavares Lins", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a portfolio's title and its comma before the holder's name (it had been "Youth") */
    {"Squash.\n\nThe Youth and Sports Minister, Datuk Mohd Faizal Osman, said the ministry would pay.",
     {"the ministry would", "Mohd Faizal Osman", QUOTH_RESOLVED_NAME, "Sports Minister", U}},
    /* a Finnish company's "Oy" (it had been a person "Turun Telakka") */
    {"Yard.\n\nThe ship was built by Turun Telakka Oy.\n\nTurun Telakka said it had commissioned an audit.",
     {"it had commissioned", "Turun Telakka Oy", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement SEVENTY_SEVENTH_AUDIT[] = {
    /* a name no list holds that the tagger read as a verb by its ending, set off by commas, opens the name (it had been "Nzinga Catraio") */
    {"Congress.\n\nThe MPLA\u2019s spokesman, Esteves Nzinga Catraio, said the congress was illegal.",
     {"the congress was", "Esteves Nzinga Catraio", QUOTH_RESOLVED_NAME, "MPLA\u2019s spokesman", U}},
    /* an Angolan chief's "Soba" is a form of address */
    {"Fence.\n\nSoba Ndjamba Tchikuvi, the traditional chief of Kahumbi village, said the fence was illegal.",
     {"the fence was", "Ndjamba Tchikuvi", QUOTH_RESOLVED_NAME, "traditional chief of Kahumbi village", U}},
    /* a Thai noble's "M.L." is a form of address */
    {"Rice.\n\nM.L. Pattraporn Sukhumwong, director-general of the department, said the rice was fake.",
     {"the rice was", "Pattraporn Sukhumwong", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a body quoth knows whose first word is a rank (it had been "League Baseball") */
    {"Ages.\n\nMajor League Baseball said in a statement that it was investigating.",
     {"that it was", "Major League Baseball", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a minister's field of hydrocarbons (it had kept "Hydrocarbons Minister" in the name) */
    {"Oil.\n\nMines and Hydrocarbons Minister Baltasar Nsue Mikue said the block had been awarded.",
     {"the block had", "Baltasar Nsue Mikue", QUOTH_RESOLVED_NAME, "Hydrocarbons Minister", U}},
    /* a "Prosecutor-General" before a name is a form of address */
    {"Trial.\n\nProsecutor-General Bienvenu Oyane Mezui said the nephew had stolen the funds.",
     {"the nephew had", "Bienvenu Oyane Mezui", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Flemish lawyer's "Meester" is a form of address */
    {"Betting.\n\nMeester Els Vervoort said her client was innocent.",
     {"her client was", "Els Vervoort", QUOTH_RESOLVED_NAME, NULL, F}},
    /* an office whose body's name ends it, before its comma and a name of a person and a party (it had been the party) */
    {"Report.\n\nThe chair of the Standards and Privileges Committee, Bronagh Mhic Giolla Easpaig of Comhar \u00c9ireann, confirmed that the committee would meet.",
     {"that the committee", "Bronagh Mhic Giolla Easpaig", QUOTH_RESOLVED_NAME, "chair of the Standards and Privileges Committee", U}},
    /* and a minister's title before the comma (it had been the party) */
    {"Row.\n\nThe row erupted when the Infrastructure Minister, P\u00e1draig\u00edn N\u00ed Mhurch\u00fa of Comhar \u00c9ireann, told members that the cost had risen.",
     {"that the cost", "P\u00e1draig\u00edn N\u00ed Mhurch\u00fa", QUOTH_RESOLVED_NAME, "Infrastructure Minister", U}},
    /* an Irish surname's word after "an" that the tagger read as an adjective (it had been "Mac") */
    {"Whip.\n\nThe chief whip, Fergal Mac an tSaoi, accused the UCP of cheerleading.\n\n\"We would hear about it for a month,\" Mr Mac an tSaoi told the Chronicle.",
     {"\"We would hear", "Fergal Mac an tSaoi", QUOTH_RESOLVED_SURNAME, "chief whip", M}},
    /* and a Scottish Gaelic one with a hyphen (it had been "Alasdair Mac") */
    {"Salmon.\n\nAlasdair Mac an t-Saoir said the fish had died.",
     {"the fish had", "Alasdair Mac an t-Saoir", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a possessive pronoun opens a description of the person named after it (it had been "Lagan Valley") */
    {"Budget.\n\nHer party colleague Jim Kerr, the MLA for Lagan Valley, said the budget was a disgrace.",
     {"the budget was", "Jim Kerr", QUOTH_RESOLVED_NAME, "MLA for Lagan Valley", M}},
};

static const one_statement SEVENTY_EIGHTH_AUDIT[] = {
    /* an Italian notary's "Notaio" is a form of address */
    {"Forgeries.\n\nIts president, Notaio Ilaria Sommella, said the forgeries were crude.",
     {"the forgeries were", "Ilaria Sommella", QUOTH_RESOLVED_NAME, "Its president", U}},
    /* a Liechtenstein mayor's "Vorsteher" is a form of address */
    {"Casino.\n\nThe head of the municipality, Vorsteher Manfred Risch, said the casino was unwelcome.",
     {"the casino was", "Manfred Risch", QUOTH_RESOLVED_NAME, "head of the municipality", U}},
    /* a Comorian elder's "Mzé" is a form of address */
    {"Weddings.\n\nMz\u00e9 Abdoulhamid Said Mlanao, 78, said the cap was needed.",
     {"the cap was", "Abdoulhamid Said Mlanao", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a powerlifter's noun opening a sentence is no part of the name */
    {"Vote.\n\nPowerlifter Folashade Akande-Yusuf, a champion, said the vote was unfair.",
     {"the vote was", "Folashade Akande-Yusuf", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a body quoth knows goes on past "and" and two words (it had been "Independent Electoral") */
    {"Portal.\n\nThe Independent Electoral and Boundaries Commission said the portal was down.",
     {"the portal was", "Independent Electoral and Boundaries Commission", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body quoth knows whose first word is a nationality's */
    {"Crash.\n\nBritish Cycling said the pilot had been injured.",
     {"the pilot had", "British Cycling", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Portuguese "Colégio" heads a body's name, "do" and all (it had been "Notarial do Brasil") */
    {"Fraud.\n\nThe Col\u00e9gio Notarial do Brasil, which represents notaries, said the fraud was rare.",
     {"the fraud was", "Col\u00e9gio Notarial do Brasil", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement SEVENTY_NINTH_AUDIT[] = {
    /* a French body's "pour" and its article go on its name (it had been "la Souveraineté") */
    {"Curfew.\n\nThe Mouvement Kanak pour la Souverainet\u00e9 (MKS), the second-largest party, said the curfew was unjust.",
     {"the curfew was", "Mouvement Kanak pour la Souverainet\u00e9", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and an article elided and glued to a capitalized word (it had been "du Portier") */
    {"Flats.\n\nThe Soci\u00e9t\u00e9 d\u2019Am\u00e9nagement du Portier (SAP), which built the district, said the flats were sold.",
     {"the flats were", "Soci\u00e9t\u00e9 d\u2019Am\u00e9nagement du Portier", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Alliance" opens a French body's name, "pour l'" and all (it had been "Alliance Togolaise") */
    {"Exiles.\n\nThe Alliance Togolaise pour l'Alternance said the vote was rigged.",
     {"the vote was", "Alliance Togolaise pour l'Alternance", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Catalan "Observatori" heads a body's name, "de l'" and all (it had been "Observatori") */
    {"Rents.\n\nThe Observatori de l'Habitatge, a research body, said rents had risen.",
     {"rents had risen", "Observatori de l'Habitatge", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Maghrebi pilgrim's "Hajj" is a form of address */
    {"Pickers.\n\nHajj Lazhar Gharbi, 70, said the pickers were right.",
     {"the pickers were", "Lazhar Gharbi", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement EIGHTIETH_AUDIT[] = {
    /* a Tibetan abbot's "Khenpo" is a form of address */
    {"Tulku.\n\nKhenpo Lobsang Tharpa, the monastery's secretary, said the tulku was genuine.",
     {"the tulku was", "Lobsang Tharpa", QUOTH_RESOLVED_NAME, "monastery's secretary", U}},
    /* a Tibetan given name that the tagger read as a verb by its ending (it had been "Angmo") */
    {"Fire.\n\nTsering Angmo, 61, who lives in the village, said the fire was terrible.",
     {"the fire was", "Tsering Angmo", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Tuareg name's "ag" (son of) goes on inside it (it had been "Ilyas") */
    {"Mines.\n\nThe mayor, Elhadji Mahamadou ag Ilyas, said the mines employ 900 people.\n\n\"We wait,\" ag Ilyas said.",
     {"\"We wait", "Mahamadou ag Ilyas", QUOTH_RESOLVED_SURNAME, "mayor", M}},
    /* the exiles' "Sikyong" alone is the person it was said of */
    {"Prisoner.\n\nSikyong Kelsang Damdul said the prisoner was free.\n\nThe Sikyong said the release was welcome.",
     {"the release was", "Kelsang Damdul", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* an Andean authority's "Kuraka" is a form of address */
    {"Water.\n\nKuraka Tom\u00e1s Yupanqui Cruz, the highest authority of the ayllu, said the mine took the water.",
     {"the mine took", "Tom\u00e1s Yupanqui Cruz", QUOTH_RESOLVED_NAME, NULL, M}},
};

static const one_statement EIGHTY_FIRST_AUDIT[] = {
    /* a body quoth knows goes on past "on" (it had been "Intergovernmental Panel", and the IPCC "Climate Change") */
    {"Climate.\n\nThe Intergovernmental Panel on Climate Change said the range was wide.\n\nThe IPCC said the upper estimate was plausible.",
     {"the upper estimate", "Intergovernmental Panel on Climate Change", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Oromo "Obbo" (Mr) is a form of address */
    {"Barley.\n\nObbo Tolosa Gutema, who farms six hectares, said the price had fallen.",
     {"the price had", "Tolosa Gutema", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Mongolian wrestler's "Avarga" (titan) is a form of address */
    {"Naadam.\n\nAvarga Ch. Sanjaadamba, the defending champion, said the final was fair.",
     {"the final was", "Ch. Sanjaadamba", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Hindu abbot's "Mahant" is a form of address */
    {"Kumbh.\n\nMahant Keshavanand Giri, the secretary of an ascetic order, said the gates were shut.",
     {"the gates were", "Keshavanand Giri", QUOTH_RESOLVED_NAME, "secretary of an ascetic order", U}},
};

static const one_statement EIGHTY_SECOND_AUDIT[] = {
    /* an officer "of the" place's police is the officer, not the force (it had been "Kiruna police") */
    {"Fraud.\n\nDetective Inspector Lena Forsgren of the Kiruna police said two traders were held.",
     {"two traders were", "Lena Forsgren", QUOTH_RESOLVED_NAME, "Detective Inspector", F}},
    /* a Malay father's "Haji" after "bin" stays in the name (it had been "Jamil"); "Awang" (Mr) is a form of address */
    {"Sambal.\n\nAwang Haris bin Haji Jamil, who makes chilli paste in Gadong, said exports had doubled.",
     {"exports had doubled", "Haris bin Haji Jamil", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and so do "Dato Paduka" and "Awang" before it (it had been "Osman") */
    {"Football.\n\nThe club's chairman, Dato Paduka Awang Haji Zainal bin Haji Osman, said the players were tired.",
     {"the players were", "Zainal bin Haji Osman", QUOTH_RESOLVED_NAME, "club's chairman", U}},
    /* "Yang Berhormat" and the honour's "Setia" are forms of address */
    {"Subsidy.\n\nYang Berhormat Dato Seri Setia Awang Jefri bin Yusof, the appointed member, said the subsidy was too costly.",
     {"the subsidy was", "Jefri bin Yusof", QUOTH_RESOLVED_NAME, NULL, U}},
    /* so is "Panglima" after "Datuk Seri" */
    {"Floods.\n\nIts president, Datuk Seri Panglima Gerald Sinsun, said the dykes had held.",
     {"the dykes had", "Gerald Sinsun", QUOTH_RESOLVED_NAME, "Its president", M}},
    /* a Kenyan accountant's "CPA" is a form of address (the auditor had been a body) */
    {"Pensions.\n\nAuditor-General CPA Esther Wanjiru Kamau said the counties owed suppliers.",
     {"the counties owed", "Esther Wanjiru Kamau", QUOTH_RESOLVED_NAME, "Auditor-General", F}},
    /* a Sikh scholar's "Giani" and "Jathedar" are forms of address, and "Giani Bains" the man named before */
    {"Edict.\n\nJathedar Giani Harpal Singh Bains said the edict stood.\n\nGiani Bains said the minister must appear.",
     {"the minister must", "Harpal Singh Bains", QUOTH_RESOLVED_SURNAME, NULL, M}},
    /* "Sant" and "Baba" before a name with "Singh" are forms of address */
    {"Boycott.\n\nSant Baba Jagir Singh, head of the dera, said the boycott would hold.",
     {"the boycott would", "Jagir Singh", QUOTH_RESOLVED_NAME, "head of the dera", U}},
    /* Spanish "Don" before a given name and two surnames is a form of address */
    {"Bill.\n\nDon Heriberto Salcedo Villag\u00f3mez, president of the charros' union, said the bill was dead.",
     {"the bill was", "Heriberto Salcedo Villag\u00f3mez", QUOTH_RESOLVED_NAME, "president of the charros' union", U}},
    /* "Sanitation" is a minister's field (it had been "Sanitation Minister Ayanda Mkhize") */
    {"Pipeline.\n\nWater and Sanitation Minister Ayanda Mkhize said the pipeline was sound.",
     {"the pipeline was", "Ayanda Mkhize", QUOTH_RESOLVED_NAME, "Sanitation Minister", U}},
    /* a body quoth knows goes on past "of" to its country (it had been "India") */
    {"Audit.\n\nThe audit was done by the Comptroller and Auditor General of India (CAG), which found idle plants.\n\nThe CAG said stocks were low.",
     {"stocks were low", "Comptroller and Auditor General of India", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a brother told younger before his name is "the younger" one (it had been his brother) */
    {"Bulls.\n\nCody Marsh, the champion, was hurt. Marsh's younger brother, Tate Marsh, said the family was there.\n\n\"He always gets up,\" the younger Marsh said.",
     {"\"He always", "Tate Marsh", QUOTH_RESOLVED_TITLE, "Marsh's younger brother", M}},
    /* "Fórum" opens a Portuguese body's name (it had been "Nacional de Bem-Estar Animal") */
    {"Rodeo.\n\nThe F\u00f3rum Nacional de Bem-Estar Animal said the rodeo was cruel.",
     {"the rodeo was", "F\u00f3rum Nacional de Bem-Estar Animal", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement EIGHTY_THIRD_AUDIT[] = {
    /* Sesotho's "'M" before a woman's name is the name's (it had been "Mamotse Lephoi") */
    {"Wages.\n\nDr \u2019Mamotse Lephoi, an economist at the university, said wages had fallen.",
     {"wages had fallen", "\u2019Mamotse Lephoi", QUOTH_RESOLVED_NAME, "economist", U}},
    /* Siswati "Make" (Mrs) before a name of two words is a form of address */
    {"Land.\n\nHis wife, Make Nokuthula Dlamini, said the land was theirs.",
     {"the land was", "Nokuthula Dlamini", QUOTH_RESOLVED_NAME, "His wife", F}},
    /* and Krio "Haja" */
    {"Fish.\n\nHaja Fatmata Conteh, who heads the fish smokers, said catches were scarce.",
     {"catches were scarce", "Fatmata Conteh", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and Sesotho "Morena" (a chief) */
    {"Senate.\n\nMorena Lerotholi Seeiso, the Principal Chief of Ha Seeiso, said the bill was rushed.",
     {"the bill was", "Lerotholi Seeiso", QUOTH_RESOLVED_NAME, "Principal Chief of Ha Seeiso", U}},
    /* a Kashmiri cleric's "Mirwaiz" is a form of address, and "the Mirwaiz" the man named so */
    {"Mosque.\n\nMirwaiz Farooq Ahmad Qureshi said the mosque was shut.\n\nThe Mirwaiz said he had been confined.",
     {"he had been", "Farooq Ahmad Qureshi", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* the Pakistani army's press wing after its country's possessive (it had been "Pakistan") */
    {"Border.\n\nPakistan\u2019s Inter-Services Public Relations (ISPR) said two soldiers died.",
     {"two soldiers died", "Inter-Services Public Relations", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* an Italian priest's "Don" before a given name of a Romance ending */
    {"Leak.\n\nThe parish priest, Don Carlo Brambilla, said the air was foul.",
     {"the air was", "Carlo Brambilla", QUOTH_RESOLVED_NAME, "parish priest", M}},
    /* a Syriac bishop's "Mar" before his given name */
    {"Mass.\n\nThe circular, signed by the administrator Mar Joseph Kallarangatt, said the Mass would change.",
     {"the Mass would", "Joseph Kallarangatt", QUOTH_RESOLVED_NAME, "administrator", M}},
    /* a hyphenated given name whose second part opens with an accented capital ("Marie-Ève") opens the name, which a later surname finds */
    {"Skeleton.\n\nMarie-\u00c8ve Bouchard-Lemay, 29, of Lac-Beauport, had finished ahead in two races.\n\n\"I cried,\" Bouchard-Lemay said.",
     {"\"I cried", "Marie-\u00c8ve Bouchard-Lemay", QUOTH_RESOLVED_SURNAME, NULL, F}},
    /* Krio "Ya" (a mother) before a name of two words is a form of address */
    {"Traders.\n\nYa Mabinty Conteh, who chairs the market, said the council had lied.",
     {"the council had", "Mabinty Conteh", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement EIGHTY_FOURTH_AUDIT[] = {
    /* two surnames joined by a particle find the person named before with them after a given name (it had been "Sanz de Galdeano", a second person) */
    {"Wetlands.\n\nIker Sanz de Galdeano Urkiola, the deputy mayor, said the pact held.\n\n\"It is the lung of this city,\" Sanz de Galdeano said.",
     {"\"It is", "Iker Sanz de Galdeano Urkiola", QUOTH_RESOLVED_SURNAME, "deputy mayor", M}},
    /* a Basque police rank, "Intendente", is a form of address */
    {"Police.\n\nThe union's general secretary, Intendente Mikel Urrutia Go\u00f1i, said the sick-out would go on.",
     {"the sick-out would", "Mikel Urrutia Go\u00f1i", QUOTH_RESOLVED_NAME, "union's general secretary", M}},
    /* a Maroon "Granman" is a form of address, and "the granman" in small letters the man named so */
    {"Gold.\n\nGranman Albert Asaiti Kodjo, paramount chief of the river villages, said the concession was illegal.\n\nThe granman said the river was poisoned.",
     {"the river was", "Albert Asaiti Kodjo", QUOTH_RESOLVED_TITLE, "paramount chief of the river villages", M}},
    /* Mizo "Pu" (Mr) before an initial is a form of address */
    {"Wine.\n\nExcise Minister Pu T. Lalremsiama said the rules were fair.",
     {"the rules were", "T. Lalremsiama", QUOTH_RESOLVED_NAME, "Excise Minister", U}},
    /* Khasi "Kong" (Mrs) before a name of two words is a form of address */
    {"Dorbar.\n\nKong Iadalin Kharkongor, a schoolteacher, said the dorbar was unfair.",
     {"the dorbar was", "Iadalin Kharkongor", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Swahili "Maalim" (teacher) is a form of address */
    {"Walkout.\n\nThe party\u2019s leader in the House, Maalim Khamis Said Al-Mauly, said the commission was biased.",
     {"the commission was", "Khamis Said", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement EIGHTY_FIFTH_AUDIT[] = {
    /* Filipino "Ma." (María) opens the name (it had been "Elena Bautista-Cruz") */
    {"Deadline.\n\nForeign Affairs Undersecretary Ma. Elena Bautista-Cruz said the money was ready.",
     {"the money was", "Ma. Elena Bautista-Cruz", QUOTH_RESOLVED_NAME, NULL, F}},
    /* California's "Assemblymember" is a form of address (she had been a body) */
    {"Study.\n\nAssemblymember Rosalinda Okoro-Diaz, a Democrat, said the study was alarming.",
     {"the study was", "Rosalinda Okoro-Diaz", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and German police's "Polizeihauptkommissar" */
    {"Limit.\n\nPolizeihauptkommissar J\u00f6rg Brandtner, who chairs the police union, said the limit was too high.",
     {"the limit was", "J\u00f6rg Brandtner", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Tatarstan's "Rais" is a role's noun (the person had been a body, "Rais of Tatarstan") */
    {"Mufti.\n\nThe Rais of Tatarstan, Rustam Galimzyanov, said the mufti was chosen freely.",
     {"the mufti was", "Rustam Galimzyanov", QUOTH_RESOLVED_NAME, NULL, M}},
};

static const one_statement EIGHTY_SIXTH_AUDIT[] = {
    /* a Mapuche healer's "Machi" is a form of address, and "the machi" the woman named so */
    {"Festival.\n\nMachi Ayelen Catrileo Nahuelpan, who leads the ceremonies, said the plaza was sacred.\n\nThe machi said the festival belonged to the community.",
     {"the festival belonged", "Ayelen Catrileo Nahuelpan", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* and a Mapuche chief's "Lonko" (he had been a body) */
    {"Land.\n\nLonko Florentino Quilaqueo Ancan, the community's traditional authority, said the land was theirs.",
     {"the land was", "Florentino Quilaqueo Ancan", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an airport named after a person with his title is no woman "she" stands for */
    {"Detained.\n\nShe was detained at Imam Khomeini International Airport on Monday.\n\n\"I was scared,\" she said.",
     {"\"I was", NULL, QUOTH_RESOLVED_NONE, NULL, F}},
};

static const one_statement EIGHTY_SEVENTH_AUDIT[] = {
    /* Bangladeshi "Md." (Muhammad) opens the name (it had been "Abdul Mannan Khandaker") */
    {"Tanker.\n\nThe DoE\u2019s divisional director, Md. Abdul Mannan Khandaker, said the tanker held asbestos.",
     {"the tanker held", "Md. Abdul Mannan Khandaker", QUOTH_RESOLVED_NAME, "DoE\u2019s divisional director", U}},
    /* South Asian police's "Sub-Inspector" is a form of address */
    {"Accident.\n\nPolice Sub-Inspector R.N. Solanki of the Alang police station said the worker died at once.",
     {"the worker died", "R.N. Solanki", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Steel" is a minister's field (the minister had been "Steel") */
    {"Mine.\n\nSteel and Mines Minister Nrusingha Charan Dehury said the mine would open in March.",
     {"the mine would", "Nrusingha Charan Dehury", QUOTH_RESOLVED_NAME, "Mines Minister", U}},
    /* an Angolan "Brigadeiro" (brigadier) is a form of address */
    {"Deminers.\n\nBrigadeiro Domingos Kapinala Ngola, the commission's director, said the teams were idle.",
     {"the teams were", "Domingos Kapinala Ngola", QUOTH_RESOLVED_NAME, "commission's director", U}},
    /* a body's name goes on past "and" over three fields to its head (it had been "Footwear Export Promotion Council") */
    {"Exports.\n\nThe Leather and Footwear Export Promotion Council said shipments had risen.",
     {"shipments had", "Leather and Footwear Export Promotion Council", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Thai monk's "Phra Khru" is a form of address (he had been a body) */
    {"Temple.\n\nPhra Khru Somsak Thammawat, the abbot of the temple, said the boy was gifted.",
     {"the boy was", "Somsak Thammawat", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement EIGHTY_EIGHTH_AUDIT[] = {
    /* Moroccan "Si" (sir) before a name of two words or more is a form of address */
    {"Herbs.\n\nSi Abderrahim Ben Larbi El Idrissi, an old herbalist in the medina, said the law was unfair.",
     {"the law was", "Abderrahim Ben Larbi El Idrissi", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and "Lalla" (madam) */
    {"Harvest.\n\nLalla Fatima Zahra Ouhmad, 71, said the flowers came late this year.",
     {"the flowers came", "Fatima Zahra Ouhmad", QUOTH_RESOLVED_NAME, NULL, F}},
    /* an ayurvedic doctor's "Vaidya" is a form of address */
    {"Recall.\n\nVaidya T. S. Ramakrishnan, the company's chief scientific officer, said the batch was safe.",
     {"the batch was", "T. S. Ramakrishnan", QUOTH_RESOLVED_NAME, "company's chief scientific officer", U}},
};

static const one_statement EIGHTY_NINTH_AUDIT[] = {
    /* a body quoth knows goes on past "and" over four words */
    {"Benefits.\n\nOttawa's new claims platform went live in March. Employment and Social Development Canada said in a statement that the backlog was shrinking.",
     {"that the backlog", "Employment and Social Development Canada", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "the company" is the one body its own paragraph names, of two where the other is named only in the paragraph before */
    {"Flu.\n\nMARLOW \u2014 State animal health officials confirmed the outbreak on Tuesday.\n\nThe farm is run by Hollin Egg Co., which supplies grocers in three states. In a written statement, the company said it was cooperating with regulators.",
     {"it was cooperating", "Hollin Egg Co.", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* "the Emir" is the person an apposition gave the title, not a body "Emir" */
    {"Durbar.\n\nThe council's secretary told newsmen that the Emir, Alhaji Musa Bello Dankano, had approved the cancellation. \"The durbar is our heritage,\" the Emir said.",
     {"\"The durbar is", "Musa Bello Dankano", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* and after the name, in the Hausa form with its linker "-n" */
    {"Land.\n\nThe council suspended the District Head of Gidan Ruwa, Alhaji Bello Sani Kurfi, the Sardaunan Gidan Ruwa, over the sale of farmland. \"I did not sell one inch of land,\" the Sardauna told our correspondent.",
     {"\"I did not", "Bello Sani Kurfi", QUOTH_RESOLVED_TITLE, "District Head of Gidan Ruwa", M}},
    /* or with what it rules after "of" */
    {"Fire.\n\nThe Iyaloja of the market, Alhaja Kemi Adesola, urged the government to help traders. \"Who will pay it back now?\" the Iyaloja asked.",
     {"\"Who will pay", "Kemi Adesola", QUOTH_RESOLVED_TITLE, NULL, F}},
    /* Hausa "Malam" is a form of address */
    {"Market.\n\nMalam Garba Dankawu, a retired teacher, said prices had doubled since the border closed.",
     {"prices had doubled", "Garba Dankawu", QUOTH_RESOLVED_NAME, "retired teacher", U}},
    /* a given name the tagger read as an adjective opens the name at a sentence's start */
    {"Dairy.\n\nJagdish Mehta, a former director of the dairy who lost the board election in 2023, accused the board of delaying the price rise.",
     {"the board of", "Jagdish Mehta", QUOTH_RESOLVED_NAME, "former director of the dairy", M}},
    /* "the monarch" is the person named with a ruler's title before the name */
    {"Mourning.\n\nThe Olu of Ilode, Oba Rasaq Adewale Onakoya, led the mourners at the house. The monarch said the town had lost a father.",
     {"the town had lost", "Rasaq Adewale Onakoya", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a body's name goes on past "and" after three words */
    {"Water.\n\nThe Puerto Viejo Aqueduct and Sewer Authority said rationing would continue until the reservoir recovered.",
     {"rationing would continue", "Puerto Viejo Aqueduct and Sewer Authority", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Cements" ends a company's name */
    {"Derby.\n\nGangotri Cements, the club's principal sponsor since 2011, said it would review the deal.",
     {"it would review", "Gangotri Cements", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement NINETIETH_AUDIT[] = {
    /* one word after a title, set off before a name a form of address opens, is the office's district */
    {"Bonded.\n\nSessions Judge Sanghar, Ms Farzana Panhwar, said the labourers were free to go.",
     {"the labourers were", "Farzana Panhwar", QUOTH_RESOLVED_NAME, "Sessions Judge Sanghar", F}},
    /* Baloch "Nawab" is a form of address */
    {"Jirga.\n\nNawab Dostain Khan Jamaldini, the chief of the tribe, said the feud was over.",
     {"the feud was over", "Dostain Khan Jamaldini", QUOTH_RESOLVED_NAME, "chief of the tribe", U}},
    /* a name read as a body's, set off before a person's name that ends the source, is that person's office */
    {"Chiefs.\n\nThe Odikro of Asonkore, Nana Kofi Owusu Agyemang, said the soldiers had fired first.",
     {"the soldiers had", "Kofi Owusu Agyemang", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a group's possessive before "Front" is in the body's name */
    {"Vote.\n\nThe Durban Ratepayers' Front said the mayor had failed the city.",
     {"the mayor had failed", "Durban Ratepayers' Front", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* "Saheb" after a surname is no part of the name */
    {"Sugar.\n\nSarjerao Dattatray Nimbalkar, the chairman, said the dues would be paid. \"We will pay,\" Nimbalkar Saheb told farmers.",
     {"\"We will pay", "Sarjerao Dattatray Nimbalkar", QUOTH_RESOLVED_SURNAME, "chairman", U}},
    /* nor "Swamiji", and "the Swamiji" is he */
    {"Seer.\n\nBasavaprabhu Swamiji, the pontiff, said the will was valid. The Swamiji said he would appeal.",
     {"he would appeal", "Basavaprabhu", QUOTH_RESOLVED_TITLE, NULL, M}},
};

static const one_statement NINETY_FIRST_AUDIT[] = {
    /* Luganda "Nnalongo" (a mother of twins) is a form of address */
    {"Coffee.\n\nHis wife, Nnalongo Teopista Nakato, said the beans had dried on the trees.",
     {"the beans had dried", "Teopista Nakato", QUOTH_RESOLVED_NAME, "His wife", F}},
    /* a description with a relative clause before its comma names "the epidemiologist" after it */
    {"Mercury.\n\nInes Rego, an epidemiologist who led the fieldwork, said the levels were high. The epidemiologist said that 15 children showed signs of delay.",
     {"that 15 children", "Ines Rego", QUOTH_RESOLVED_TITLE, "epidemiologist", F}},
    /* a doubled "Sri" is a guru's honorific */
    {"Erosion.\n\nSri Sri Narayan Chandra Dev Goswami, the head of the monastery, said the river was eating the island.",
     {"the river was", "Narayan Chandra Dev Goswami", QUOTH_RESOLVED_NAME, "head of the monastery", U}},
    /* a group's possessive before "Movement" is in the body's name */
    {"Mining.\n\nThe Roraima Prospectors' Movement said the raids were illegal.",
     {"the raids were", "Roraima Prospectors' Movement", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a source that the tagger cut to an age is the name before it and its relative clause */
    {"Video.\n\nIn St. Paul, Youa Yang, 54, who believes her younger brother is among the group, said she had watched the video a dozen times.",
     {"she had watched", "Youa Yang", QUOTH_RESOLVED_NAME, NULL, F}},
    /* Navajo "Hastiin" (Mr) is a form of address */
    {"Water.\n\nHastiin Jimmie Descheenie, 81, said the spring had never run dry before.",
     {"the spring had", "Jimmie Descheenie", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement NINETY_SECOND_AUDIT[] = {
    /* a person's age in figures in an apposition whose noun is a body's ("operator") makes it no body, and "the 41-year-old" is he */
    {"Farms.\n\nSunil Mathew, a 41-year-old crane operator, said the crews were proud. \"Tonight I will sleep,\" the 41-year-old said.",
     {"\"Tonight I will", "Sunil Mathew", QUOTH_RESOLVED_TITLE, NULL, M}},
    /* a source that is a whole relative clause, its closing comma with it, is the noun phrase it hangs on, an age */
    {"Acquisition.\n\n\"This is a killer acquisition,\" the chief executive, Dr Marguerite Lemaire, said in an interview.\n\nThe 58-year-old, who spent 15 years in the industry, insisted her complaint was not personal.",
     {"her complaint was", "Marguerite Lemaire", QUOTH_RESOLVED_TITLE, "chief executive", F}},
    /* "the SP" is the Superintendent of Police named before */
    {"Boycott.\n\nSuperintendent of Police Manisha Chaudhary said the boycott was illegal. The SP said officers would patrol the village.",
     {"officers would patrol", "Manisha Chaudhary", QUOTH_RESOLVED_TITLE, "Superintendent of Police", U}},
    /* Rajput "Kunwar" (a prince) is a form of address */
    {"Palace.\n\nThe grandson, Kunwar Ajeyraj Singh, said the seat was the family's.",
     {"the seat was", "Ajeyraj Singh", QUOTH_RESOLVED_NAME, "grandson", U}},
    /* Sicilian given names: "Francesco Paolo" opens the name */
    {"Trial.\n\nFrancesco Paolo Scimeca told the court that he had killed for the clan.",
     {"that he had killed", "Francesco Paolo Scimeca", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a group's possessive before "Forum" is in the body's name */
    {"Forum.\n\nThe Hill Legislators' Forum said the memorandum had been ignored.",
     {"the memorandum had", "Hill Legislators' Forum", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement NINETY_THIRD_AUDIT[] = {
    /* "Rumah" (an Iban longhouse) opens a place's name, though a chief's follows it */
    {"Longhouse.\n\nThe headman, Ngelai anak Bunsu, said the land was theirs. Rumah Ngelai has 40 doors. Ngelai said the company had lied.",
     {"the company had lied", "Ngelai anak Bunsu", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* "Emeritus" after "Professor" is no part of the name */
    {"Rail.\n\nThe campaign's treasurer, Professor Emeritus Iolo Teifi, said the line would pay for itself.",
     {"the line would", "Iolo Teifi", QUOTH_RESOLVED_NAME, "Professor", U}},
    /* "Mama" before a name of two words is a form of address */
    {"Chiefs.\n\nMama Elisabet Kogoya, who leads the women's group, said the fighting had to stop.",
     {"the fighting had", "Elisabet Kogoya", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Balinese "I" and the birth-order name open the name */
    {"Split.\n\nI Wayan Mertayasa, 61, who has led the village since 2009, said the split was painful.",
     {"the split was", "I Wayan Mertayasa", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and "Ni", a woman's */
    {"Ceremony.\n\nNi Luh Putu Ekayanti said the ceremony was safe.",
     {"the ceremony was", "Ni Luh Putu Ekayanti", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Acehnese "Teungku" is a form of address */
    {"Fishing.\n\nTeungku Hasballah Ibrahim, the sea shaman, said boats must stay in harbour on Fridays.",
     {"boats must stay", "Hasballah Ibrahim", QUOTH_RESOLVED_NAME, NULL, U}},
    /* an honorific in brackets before a name of three words keeps its first word */
    {"Church.\n\nPastor (Dr.) Olusola Emmanuel Bamidele said the land belonged to the church.",
     {"the land belonged", "Olusola Emmanuel Bamidele", QUOTH_RESOLVED_NAME, "Dr.)", M}},
};

static const one_statement NINETY_FOURTH_AUDIT[] = {
    /* Amharic and Tigrinya "Weyzero" (Mrs) is a form of address */
    {"Rations.\n\nWeyzero Azeb Gebrehiwot, who sells teff in the market, said prices had tripled.",
     {"prices had tripled", "Azeb Gebrehiwot", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a priest's "Aba" */
    {"Manuscripts.\n\nAba Welde-Amanuel Berhe, a 41-year-old monk, said the books had come home.",
     {"the books had come", "Welde-Amanuel Berhe", QUOTH_RESOLVED_NAME, NULL, U}},
    /* Gagauzia's "Bashkan" (its head) is a form of address */
    {"Gas.\n\nBashkan Mihail Ivanovich Kurdoglu said the region would not freeze this winter.",
     {"the region would not", "Mihail Ivanovich Kurdoglu", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a Japanese teacher's "Sensei" after the surname is no part of the name */
    {"Karate.\n\nSeiko Tamaki, the founder's grandson, said the dojo would stay open. \"We train every day,\" Tamaki Sensei said.",
     {"\"We train every", "Seiko Tamaki", QUOTH_RESOLVED_SURNAME, "founder's grandson", F}},
};

static const one_statement NINETY_FIFTH_AUDIT[] = {
    /* a capital letter hyphened to a word ("K-Electric") opens a brand, which "It" stands for */
    {"Outages.\n\nK-Electric said in a statement that the areas were high-loss feeders. It added that load-shedding followed a schedule.",
     {"that load-shedding", "K-Electric", QUOTH_RESOLVED_PRONOUN, NULL, U}},
    /* Coptic "Anba" (a bishop's) is a form of address */
    {"Church.\n\nAnba Thaoufilos, the bishop of the diocese, said the church would be rebuilt. The bishop said the attackers must be tried.",
     {"the attackers must", "Thaoufilos", QUOTH_RESOLVED_TITLE, "bishop of the diocese", U}},
    /* and Yiddish "Reb" */
    {"Bonfires.\n\nThe court's chief gabbai, Reb Shaya Gruenwald, said the bonfire would be smaller this year.",
     {"the bonfire would", "Shaya Gruenwald", QUOTH_RESOLVED_NAME, "court's chief gabbai", U}},
};

static const one_statement NINETY_SIXTH_AUDIT[] = {
    /* an office in small letters with an "and" after a place's possessive is the role of the name set off after it */
    {"Housing.\n\nChechnya's minister of roads and bridges, Dovlet Aslanovich Merzoev, opened the bridge. The minister said the work would finish by winter.",
     {"the work would", "Dovlet Aslanovich Merzoev", QUOTH_RESOLVED_TITLE, "minister of roads and bridges", M}},
    /* a Tuvan given name hyphened to small letters ("Chodur-ool"), which the tagger reads as an adjective, opens the name after a comma */
    {"Mine.\n\nThe head of the district, Chodur-ool Mongush, said the mine would poison the river.",
     {"the mine would", "Chodur-ool Mongush", QUOTH_RESOLVED_NAME, "head of the district", U}},
    /* and a patronymic of that shape goes on the name after a title */
    {"Queues.\n\nDeputy Minister Aldyn-ool Sergek-oolovich Dongak said the border queues were shorter.",
     {"the border queues", "Aldyn-ool Sergek-oolovich Dongak", QUOTH_RESOLVED_NAME, "Deputy Minister", M}},
    /* "Head of the Republic" is an office before the name, not a body's words */
    {"Fires.\n\nHead of the Republic Oktyabr Khertek said the fires were contained.",
     {"the fires were", "Oktyabr Khertek", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Somali father's title stays inside a name, and "the Ugaas" is its holder */
    {"Vote.\n\nUgaas Faarax Ugaas Cilmi, one of the senior traditional leaders, opposed the decree. In a message, the Ugaas said the elders would not be pushed aside.",
     {"the elders would", "Faarax Ugaas Cilmi", QUOTH_RESOLVED_TITLE, "one of the senior traditional leaders", U}},
    /* Somali "Xaaji" is a form of address */
    {"Exports.\n\nXaaji Cabdi Nuur Warsame, an exporter, said the ban would ruin the traders.",
     {"the ban would", "Cabdi Nuur Warsame", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a Honduran prosecutor's "Fiscal" before a Spanish given name is a form of address */
    {"Case.\n\nFiscal Rolando Mej\u00eda Soto said the case against the officers was strong.",
     {"the case against", "Rolando Mej\u00eda Soto", QUOTH_RESOLVED_NAME, NULL, M}},
    /* French "Pr" (professor) is a form of address */
    {"Dictionary.\n\nPr Belkacem Ou-Idir said the dictionary was finished.",
     {"the dictionary was", "Belkacem Ou-Idir", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a given name no list holds before the given name before a nickname opens the name */
    {"Dhow.\n\nColonel Jaamac Warsame \u201cDhoore\u201d Siciid, the deputy commander, said the dhow was freed.",
     {"the dhow was", "Jaamac Warsame Siciid", QUOTH_RESOLVED_NAME, "Colonel", U}},
    /* a body's name goes on through "of the" to a state's name */
    {"Survey.\n\nThe Academy of Sciences of the Chechen Republic said the language was in decline.",
     {"the language was", "Academy of Sciences of the Chechen Republic", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and past a state's name that opens with an adjective */
    {"Audit.\n\nThe Accounts Chamber of the Russian Federation said the flats were missing.",
     {"the flats were", "Accounts Chamber of the Russian Federation", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body quoth knows goes on past "to" */
    {"Arrest.\n\nThe Investigative Committee said he was held. The Committee to Protect Journalists said the arrest was unlawful.",
     {"the arrest was", "Committee to Protect Journalists", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* the rank before a full name set off after an office is the title its holder is named by */
    {"Flights.\n\nThe base commander, Colonel Wiebe Hoekstra, said the air force understood.\n\n\u201cI cannot send a pilot up untrained,\u201d the colonel told the paper.",
     {"\u201cI cannot send", "Wiebe Hoekstra", QUOTH_RESOLVED_TITLE, "base commander", U}},
    /* a form of address in its context is no part of the role before it */
    {"Posts.\n\nThe university's rector, Pr Kamel Amrouche, insisted that the decision had been taken in Algiers.\n\n\u201cI cannot invent posts,\u201d the rector said.",
     {"\u201cI cannot invent", "Kamel Amrouche", QUOTH_RESOLVED_TITLE, "university's rector", M}},
    /* Kabyle "Dda" (an elder) is a form of address */
    {"Water.\n\nDda Mohand Arezki A\u00eft Ouali said the water was cut.",
     {"the water was", "Mohand Arezki A\u00eft Ouali", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and Tuva's "Kamby-Lama", whose holder "the Kamby-Lama" is */
    {"Temple.\n\nKamby-Lama Lopsan Choigan consecrated the temple. On Sunday the Kamby-Lama said the donations were honest.",
     {"the donations were", "Lopsan Choigan", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* and a Tuvan shaman's "Kham" before a name of two words */
    {"Spirits.\n\nKham Buyan-Bady Oorzhak said the spirits were angry.",
     {"the spirits were", "Buyan-Bady Oorzhak", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement NINETY_SEVENTH_AUDIT[] = {
    /* a three-word name set off after an office keeps a first given name no list holds */
    {"Bid.\n\nThe company's chief executive, J\u00f3gvan Martin Poulsen, said the family had not been looking for a buyer.",
     {"the family had", "J\u00f3gvan Martin Poulsen", QUOTH_RESOLVED_NAME, "company's chief executive", M}},
    /* Faroese "Løgmaður" (the prime minister's) is a form of address */
    {"Crisis.\n\nL\u00f8gma\u00f0ur J\u00f3annes Kristian Joensen, who has led the government since 2023, said he would stay.",
     {"he would stay", "J\u00f3annes Kristian Joensen", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and Portuguese "Senhor" */
    {"Carnival.\n\nSenhor Aristides Fontes Lopes, 67, told reporters that carnival belongs to the people.",
     {"that carnival belongs", "Aristides Fontes Lopes", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and an Orthodox abbot's "Hegumen" */
    {"Letter.\n\nHegumen Nikon Chamba, who serves the coastal parishes, said the letter was true.",
     {"the letter was", "Nikon Chamba", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and an Italian lawyer's "Avvocato" */
    {"Fencing.\n\nIts president, Avvocato Paolo Martelli, said the federation would honour him.",
     {"the federation would", "Paolo Martelli", QUOTH_RESOLVED_NAME, "Its president", M}},
};

static const one_statement NINETY_EIGHTH_AUDIT[] = {
    /* the Isle of Man's "MHK" after a name is no part of it */
    {"School.\n\nThe Education Minister, Ross Quilliam MHK, said the school would move.\n\nMr Quilliam said the move was agreed.",
     {"the move was", "Ross Quilliam", QUOTH_RESOLVED_SURNAME, "Education Minister", M}},
    /* nor a Franciscan's "OFM" */
    {"Friary.\n\nFather Hegyi-Boros Tam\u00e1s OFM, the guardian of the friary, said the pilgrims came.",
     {"the pilgrims came", "Hegyi-Boros Tam\u00e1s", QUOTH_RESOLVED_NAME, "Father", M}},
    /* South Tyrol's "Landesrat" is a form of address */
    {"Lessons.\n\nLandesrat Iaco Pizzinini, the member of the provincial government, said English would be taught.",
     {"English would", "Iaco Pizzinini", QUOTH_RESOLVED_NAME, "member of the provincial government", U}},
    /* and a Lachenpa headman's "Pipon" */
    {"Yaks.\n\nIts headman, Pipon Lhakpa Tshering Lachungpa, said the yaks were dying.",
     {"the yaks were", "Lhakpa Tshering Lachungpa", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a party quoth knows goes on past "in" */
    {"Census.\n\nThe Democratic Alliance of Hungarians in Romania (UDMR) said the census was wrong.",
     {"the census was", "Democratic Alliance of Hungarians in Romania", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and a police force past "and" */
    {"Raids.\n\nDevon and Cornwall Police said the raids would continue.",
     {"the raids would", "Devon and Cornwall Police", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a name after an office's noun and a Romance "of" that the tagger read as a verb is the office's, and the person's name after it the speaker */
    {"Milk.\n\nThe conselleiro do Medio Rural, Xo\u00e1n Bouzas Fraga, said the milk price was fair.",
     {"the milk price", "Xo\u00e1n Bouzas Fraga", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a place's body named in small letters is one body of that whole name */
    {"Signs.\n\nThe Brandenburg economy ministry, which oversees the mining authority, said the ruling was wrong.",
     {"the ruling was", "Brandenburg economy ministry", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement NINETY_NINTH_AUDIT[] = {
    /* Mizo "Pi" before a name of two words the first of which no list holds is a form of address */
    {"Fares.\n\nTransport Minister Pi Esther Lalruatpuii said the fares would rise.",
     {"the fares would", "Esther Lalruatpuii", QUOTH_RESOLVED_NAME, "Transport Minister", F}},
    /* and Chin "Salai" */
    {"Refugees.\n\nSalai Ngun Cung Thang, who chairs the refugee committee, said the slips had run out.",
     {"the slips had", "Ngun Cung Thang", QUOTH_RESOLVED_NAME, NULL, U}},
    /* a state's "Republic of" goes on a body's name, whose head goes on with "of" after an office's possessive */
    {"Flags.\n\nThe Prosecutor's Office of the Republic of Crimea said the flags were banned.",
     {"the flags were", "Prosecutor's Office of the Republic of Crimea", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a body quoth knows goes on past "of the" */
    {"Ban.\n\nThe Mejlis of the Crimean Tatar People said the ban was illegal. The Mejlis said more would follow.",
     {"more would", "Mejlis of the Crimean Tatar People", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Uzbek "Hoji" is a form of address */
    {"Cluster.\n\nHoji Ibrohim Nazarov, 63, said the cluster had cheated him.",
     {"the cluster had", "Ibrohim Nazarov", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and "Domla" */
    {"Mosque.\n\nThe imam of the central mosque, Domla Abdusattor Qodirov, said the dust made people ill.",
     {"the dust made", "Abdusattor Qodirov", QUOTH_RESOLVED_NAME, "imam of the central mosque", U}},
};

static const one_statement HUNDREDTH_AUDIT[] = {
    /* a Tanzanian district commissioner's "DC" is the office of the person who holds it */
    {"Grazing.\n\nThe district commissioner, Amani Juma Mussa, banned grazing. The DC said the ban would stay.",
     {"the ban would", "Amani Juma Mussa", QUOTH_RESOLVED_TITLE, "district commissioner", U}},
    /* Swahili "Diwani" (a councillor) is a form of address */
    {"Herders.\n\nThe ward councillor, Diwani Yohana Oletipis, said the herders had no choice.",
     {"the herders had", "Yohana Oletipis", QUOTH_RESOLVED_NAME, "ward councillor", U}},
    /* a body's name after a word in small letters, set off before a person's name, is that person's office */
    {"Rangers.\n\nThe local MCA, Hon. Daniel Kipaika Sankale, said the rangers must be charged.",
     {"the rangers must", "Daniel Kipaika Sankale", QUOTH_RESOLVED_NAME, NULL, M}},
    /* Kurdish "Mam" before a name of two words is a form of address */
    {"Water.\n\nThe village's mukhtar, Mam Hemo Khalaf, said the water was gone.",
     {"the water was", "Hemo Khalaf", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a Yazidi hymn singer's "Qawwal" */
    {"Feast.\n\nQawwal Suleiman Hussein Sheikhani, 66, said the feast was smaller.",
     {"the feast was", "Suleiman Hussein Sheikhani", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement HUNDRED_AND_FIRST_AUDIT[] = {
    /* a place's administration named in small letters is one body of that whole name */
    {"Internet.\n\nThe Gorno-Badakhshan regional administration said the internet would return.",
     {"the internet would", "Gorno-Badakhshan regional administration", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* Kurdish "Xatu" (Mrs) is a form of address */
    {"Talks.\n\nXatu Berivan Ahmed, a lawmaker from the opposition, said the talks had failed.",
     {"the talks had", "Berivan Ahmed", QUOTH_RESOLVED_NAME, "lawmaker", U}},
    /* and a Tajik master's "Ustod" */
    {"Primer.\n\nUstod Qurbonali Davlatshoev, who wrote the primer, said the children learned fast.",
     {"the children learned", "Qurbonali Davlatshoev", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement HUNDRED_AND_SECOND_AUDIT[] = {
    /* a Syriac Orthodox bishop's "Mor" before his given name is a form of address */
    {"Family.\n\nMor Dioskoros Benyamin Gabriel, the Syriac Orthodox bishop, said the family must stay.",
     {"the family must", "Dioskoros Benyamin Gabriel", QUOTH_RESOLVED_NAME, "Syriac Orthodox bishop", U}},
    /* and a Chaldean priest's "Abuna" */
    {"Bells.\n\nAbuna Gabriel Toma Hanna, the parish priest, said the bells would ring again.",
     {"the bells would", "Gabriel Toma Hanna", QUOTH_RESOLVED_NAME, "parish priest", M}},
    /* and a Ho chiefs' head's "Manki" */
    {"Rules.\n\nManki Dasrath Sinku of the Tonto pir said the rules were unjust.",
     {"the rules were", "Dasrath Sinku", QUOTH_RESOLVED_NAME, NULL, U}},
};

static const one_statement HUNDRED_AND_THIRD_AUDIT[] = {
    /* India's "Smt." keeps its full stop, a courtesy before the name */
    {"Roads.\n\nThe roads were closed on Monday, said Smt. Kamala Reang, the block officer.",
     {"The roads were", "Kamala Reang", QUOTH_RESOLVED_NAME, "block officer", F}},
    /* and Austria's "Mag." */
    {"Bridge.\n\nThe bridge would open in May, said Mag. Theresia Pichler, the mayor.",
     {"The bridge would", "Theresia Pichler", QUOTH_RESOLVED_NAME, "mayor", U}},
    /* and Mexico's "Profr." */
    {"Strike.\n\nThe teacher, Profr. Anselmo Ruiz Cort\u00e9s, said the strike would go on.",
     {"the strike would", "Anselmo Ruiz Cort\u00e9s", QUOTH_RESOLVED_NAME, "teacher", U}},
    /* a first surname that is a given name too names the person of two surnames when nobody else holds it */
    {"Ballot.\n\nThe woman who filed the case, Profra. Luc\u00eda Santiago Mendoza, a teacher, said she would stand.\n\n\u201cI have served the fiestas,\u201d Santiago said.",
     {"\u201cI have served", "Luc\u00eda Santiago Mendoza", QUOTH_RESOLVED_SURNAME, "teacher", F}},
    /* an age set off after a surname is no source: the name before it is */
    {"Budget.\n\nThe plan was put forward by Mayor Tomasz Ryl-Kowal.\n\nRyl-Kowal, 49, who won the race in May as an independent, accused the council of \u201cplaying games with the pool.\u201d",
     {"the council of", "Tomasz Ryl-Kowal", QUOTH_RESOLVED_SURNAME, "Mayor", M}},
    /* a family name Japanese news writes first names the person named with an age, though another opens with it too */
    {"Skull.\n\nReceiving the box was Matsukawa Tokuji, 81, an elder from the society.\n\n\u201cHe is going home,\u201d Matsukawa said.\n\nMatsukawa\u2019s niece, Matsukawa Emiko, who wrote to the museum, said the letters had helped.",
     {"\u201cHe is going", "Matsukawa Tokuji", QUOTH_RESOLVED_SURNAME, NULL, U}},
    /* an alias after "his Ainu name" is the other name of the sentence's person */
    {"Cliff.\n\nKayano Shiro, 77, an elder who also goes by his Ainu name, Retarpe, said the cliff was sacred.",
     {"the cliff was", "Kayano Shiro", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a given name before a patronymic ends a title's "of the" place */
    {"Case.\n\nDeputy Prosecutor of the Komi Republic Yermolai Semyonovich Ushakov said the case was closed.",
     {"the case was", "Yermolai Semyonovich Ushakov", QUOTH_RESOLVED_NAME, NULL, M}},
    /* and a listed Polish given name */
    {"Line.\n\nDeputy Marshal of the Pomeranian Voivodeship Leszek Brzeski said the line would reopen.",
     {"the line would", "Leszek Brzeski", QUOTH_RESOLVED_NAME, NULL, M}},
    /* a group's possessive before a portfolio's field goes on with a body's name */
    {"Road.\n\nThe okrug\u2019s Department for Indigenous Peoples\u2019 Affairs said in a reply that the road was closed.",
     {"that the road", "Department for Indigenous Peoples\u2019 Affairs", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Romansh abbot's "Abbot" is a form of address, and "the abbot" its holder */
    {"Monks.\n\nAbbot Gion Luregn Tuor said the monks would stay.\n\n\u201cWe pray for peace,\u201d the abbot said.",
     {"\u201cWe pray", "Gion Luregn Tuor", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* a place before a firm's noun is no maker: the firm's name after it is */
    {"Fish.\n\nThe farm, owned by the Kondopoga company Vodlo Aqua, said the fish were healthy.",
     {"the fish were", "Vodlo Aqua", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a place's district prosecutor's office is one body */
    {"Felling.\n\nThe Pudozh district prosecutor\u2019s office said it had opened a case.",
     {"it had opened", "Pudozh district prosecutor\u2019s office", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
};

static const one_statement HUNDRED_AND_FOURTH_AUDIT[] = {
    /* an alias in a clause of "who" after a place's apposition is the sentence's person's other name */
    {"Title.\n\nOthers back his nephew, Datuk Linus Gontau, 52, the assemblyman for Tambunan, who is known to everyone in the district as Lino.\n\nLino, for his part, said he had the blessing of his uncle.",
     {"he had the", "Linus Gontau", QUOTH_RESOLVED_NAME, "his nephew", M}},
    /* Malaysian news calls a man whose name opens with "Mohd" by his second name */
    {"Notice.\n\nDistrict officer Haji Mohd Faizul Abdul Rahim said the council was acting under the law.\n\n\u201cWe cannot allow new houses in the park,\u201d Faizul said.",
     {"\u201cWe cannot", "Mohd Faizul Abdul Rahim", QUOTH_RESOLVED_SURNAME, "District officer", U}},
    /* a Malay "Hj" (Haji) opening a name is a form of address */
    {"Curfew.\n\nIts chairman, Hj Sulaiman Tandang, said the curfew hurt the fishermen.",
     {"the curfew hurt", "Sulaiman Tandang", QUOTH_RESOLVED_NAME, "Its chairman", U}},
    /* a Kadazan priestess's "Bobohizan" is a form of address */
    {"Rites.\n\nBobohizan Inah Gansau, a ritual priestess from Kampung Tambatuon, said the rite was older than the church.",
     {"the rite was", "Inah Gansau", QUOTH_RESOLVED_NAME, NULL, U}},
    /* "Chin" is a Chinese family name that Sabahan news writes after an English given name */
    {"Eviction.\n\nThe Hokkien trader, Doreen Chin Mei Ling, said the notice came at night.\n\n\u201cWe had no warning at all,\u201d Chin said.",
     {"\u201cWe had no", "Doreen Chin Mei Ling", QUOTH_RESOLVED_SURNAME, "Hokkien trader", F}},
    /* a museum's name goes on over its "of" */
    {"Moai.\n\nThe Museum of Pacific Peoples in Hamburg said it would return the statue in March.",
     {"it would return", "Museum of Pacific Peoples", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* and a governorship's */
    {"Boat.\n\nThe Maritime Governorship of Puerto Williams said the trawler had been seized.",
     {"the trawler had", "Maritime Governorship of Puerto Williams", QUOTH_RESOLVED_ORGANIZATION, NULL, U}},
    /* a Guna spokesman's "Argar" is a form of address */
    {"Ships.\n\nArgar Aurelio Morris Kantule, a spokesman for the congress, said the cruise ships must stop.",
     {"the cruise ships", "Aurelio Morris Kantule", QUOTH_RESOLVED_NAME, "spokesman for the congress", M}},
};

static const one_statement HUNDRED_AND_FIFTH_AUDIT[] = {
    /* a Swedish municipal commissioner's "Kommunalråd" is a form of address */
    {"Wind.\n\nKommunalr\u00e5d Per-Olof Sandqvist (C) said the wind farm was too big for the strait.",
     {"the wind farm", "Per-Olof Sandqvist", QUOTH_RESOLVED_NAME, NULL, U}},
    /* and a Tamil temple priest's "Sivasri" before the name and "Kurukkal" after it */
    {"Chariot.\n\nThe temple's chief priest, Sivasri Kandasamy Thevarajah Kurukkal, said the chariot would roll at dawn.",
     {"the chariot would", "Kandasamy Thevarajah", QUOTH_RESOLVED_NAME, "temple's chief priest", U}},
};

static const one_statement HUNDRED_AND_SIXTH_AUDIT[] = {
    /* an Acehnese village head's "Keuchik" is a form of address */
    {"Boat.\n\nKeuchik Mukhlis, the head of the fishing village, said the boat had been leaking for days.",
     {"the boat had", "Mukhlis", QUOTH_RESOLVED_NAME, "head of the fishing village", U}},
    /* and a French gendarme captain's "Capitaine", whose holder "the captain" is */
    {"Pass.\n\nCapitaine Julien Etcheverry, who commands the mountain unit, said the pass was closed.\n\n\u201cNobody crosses until spring,\u201d the captain said.",
     {"\u201cNobody crosses", "Julien Etcheverry", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* and a Karen teacher's "Thra" */
    {"School.\n\nThra Saw Ler Moo, the headteacher, said the school would close in June.",
     {"the school would", "Saw Ler Moo", QUOTH_RESOLVED_NAME, "headteacher", U}},
    /* and a village's "Headman", whose holder "the headman" is */
    {"Trees.\n\nHeadman Aju Jaseh, 52, said the trees had been ordained.\n\n\u201cWe protect them now,\u201d the headman said.",
     {"\u201cWe protect", "Aju Jaseh", QUOTH_RESOLVED_TITLE, NULL, U}},
    /* and I-Kiribati "Nei" (Ms) */
    {"Deal.\n\nOpposition MP Nei Teraoi Tekeaa said the police deal was signed in secret.",
     {"the police deal", "Teraoi Tekeaa", QUOTH_RESOLVED_NAME, "Opposition MP", U}},
};

/* The sixty-eighth audit's Colombia, Tanzania, Romania, Tajikistan, judo,
 * tea and customs: long bodies' names, stated initials, East African and
 * Tajik forms of address. */
static void test_speakers_of_the_sixty_eighth_audit(void) {
    check_one_statements(SIXTY_EIGHTH_AUDIT, sizeof SIXTY_EIGHTH_AUDIT / sizeof *SIXTY_EIGHTH_AUDIT);
}

/* The sixty-ninth audit's Ecuador, Uganda, Croatia, Laos, wrestling, sugar
 * and postal services. */
static void test_speakers_of_the_sixty_ninth_audit(void) {
    check_one_statements(SIXTY_NINTH_AUDIT, sizeof SIXTY_NINTH_AUDIT / sizeof *SIXTY_NINTH_AUDIT);
}

/* The seventieth audit's Senegal and the Gambia, Zimbabwe, Finland and
 * Estonia, Tonga and Samoa, archery, dairy and airports. */
static void test_speakers_of_the_seventieth_audit(void) {
    check_one_statements(SEVENTIETH_AUDIT, sizeof SEVENTIETH_AUDIT / sizeof *SEVENTIETH_AUDIT);
}

/* The seventy-first audit's Liberia and Sierra Leone, Bulgaria and North
 * Macedonia, Bhutan, Chad and the Central African Republic, curling,
 * rubber and palm oil, and ferries. */
static void test_speakers_of_the_seventy_first_audit(void) {
    check_one_statements(SEVENTY_FIRST_AUDIT, sizeof SEVENTY_FIRST_AUDIT / sizeof *SEVENTY_FIRST_AUDIT);
}

/* The seventy-second audit's Guatemala and Honduras, Slovakia and the
 * Czech Republic, Mauritania, Papua New Guinea and the Solomon Islands,
 * swimming, copper and coast guards. */
static void test_speakers_of_the_seventy_second_audit(void) {
    check_one_statements(SEVENTY_SECOND_AUDIT, sizeof SEVENTY_SECOND_AUDIT / sizeof *SEVENTY_SECOND_AUDIT);
}

/* The seventy-third audit's Paraguay and Uruguay, South Sudan, Lithuania
 * and Latvia, Jamaica and Trinidad, triathlon, cotton and lotteries. */
static void test_speakers_of_the_seventy_third_audit(void) {
    check_one_statements(SEVENTY_THIRD_AUDIT, sizeof SEVENTY_THIRD_AUDIT / sizeof *SEVENTY_THIRD_AUDIT);
}

/* The seventy-fourth audit's Eritrea and Djibouti, Botswana and Namibia,
 * Azerbaijan, Nicaragua, karate, salmon farming and public works. */
static void test_speakers_of_the_seventy_fourth_audit(void) {
    check_one_statements(SEVENTY_FOURTH_AUDIT, sizeof SEVENTY_FOURTH_AUDIT / sizeof *SEVENTY_FOURTH_AUDIT);
}

/* The seventy-fifth audit's Malawi and Mozambique, Benin and Togo, Serbia
 * and Montenegro, Kuwait and Bahrain, Gaelic games, cashew and spices, and
 * ombudsmen. */
static void test_speakers_of_the_seventy_fifth_audit(void) {
    check_one_statements(SEVENTY_FIFTH_AUDIT, sizeof SEVENTY_FIFTH_AUDIT / sizeof *SEVENTY_FIFTH_AUDIT);
}

/* The seventy-sixth audit's Burundi and eastern Congo, Kyrgyzstan, Oman and
 * the Emirates, squash and padel, cement, shipbuilding and fertilizer. */
static void test_speakers_of_the_seventy_sixth_audit(void) {
    check_one_statements(SEVENTY_SIXTH_AUDIT, sizeof SEVENTY_SIXTH_AUDIT / sizeof *SEVENTY_SIXTH_AUDIT);
}

/* The seventy-seventh audit's Gabon and its neighbours, Angola, the
 * Dominican Republic, Northern Ireland, darts and bowls, rice and cut
 * flowers. */
static void test_speakers_of_the_seventy_seventh_audit(void) {
    check_one_statements(SEVENTY_SEVENTH_AUDIT, sizeof SEVENTY_SEVENTH_AUDIT / sizeof *SEVENTY_SEVENTH_AUDIT);
}

/* The seventy-eighth audit's Luxembourg and Liechtenstein, the Comoros and
 * Mayotte, polo and endurance riding, shrimp farming, election bodies,
 * notaries and land registries, and Paralympic sport. */
static void test_speakers_of_the_seventy_eighth_audit(void) {
    check_one_statements(SEVENTY_EIGHTH_AUDIT, sizeof SEVENTY_EIGHTH_AUDIT / sizeof *SEVENTY_EIGHTH_AUDIT);
}

/* The seventy-ninth audit's Kosovo and Albania, Vanuatu and New Caledonia,
 * Monaco and Andorra, rugby league, nickel, olive oil and forensic
 * science. */
static void test_speakers_of_the_seventy_ninth_audit(void) {
    check_one_statements(SEVENTY_NINTH_AUDIT, sizeof SEVENTY_NINTH_AUDIT / sizeof *SEVENTY_NINTH_AUDIT);
}

/* The eightieth audit's Bolivia, Tibetan exile news, Korean
 * reunification, canoeing, uranium, hydropower and taxis. */
static void test_speakers_of_the_eightieth_audit(void) {
    check_one_statements(EIGHTIETH_AUDIT, sizeof EIGHTIETH_AUDIT / sizeof *EIGHTIETH_AUDIT);
}

/* The eighty-first audit's Guinea and Guinea-Bissau, Mongolia and
 * Buryatia, field hockey and lacrosse, breweries, pilgrimages, sea-level
 * rise and stadiums. */
static void test_speakers_of_the_eighty_first_audit(void) {
    check_one_statements(EIGHTY_FIRST_AUDIT, sizeof EIGHTY_FIRST_AUDIT / sizeof *EIGHTY_FIRST_AUDIT);
}

/* The eighty-second audit's Mauritius and Seychelles, Brunei and Sabah,
 * bananas, rodeo, Punjab, Sámi news and auditors-general: Malay and Sikh
 * forms of address, officers of a place's police, Spanish "Don". */
static void test_speakers_of_the_eighty_second_audit(void) {
    check_one_statements(EIGHTY_SECOND_AUDIT, sizeof EIGHTY_SECOND_AUDIT / sizeof *EIGHTY_SECOND_AUDIT);
}

/* The eighty-third audit's Eswatini and Lesotho, Kerala, patents,
 * sliding sports, Sierra Leone and the Gambia, Kashmir and chemicals:
 * Sesotho, Siswati, Krio, Kashmiri and Syriac forms of address. */
static void test_speakers_of_the_eighty_third_audit(void) {
    check_one_statements(EIGHTY_THIRD_AUDIT, sizeof EIGHTY_THIRD_AUDIT / sizeof *EIGHTY_THIRD_AUDIT);
}

/* The eighty-fourth audit's Northeast India, the North Caucasus, Basque
 * news, aluminium, funerals, Zanzibar and Suriname: Basque surnames,
 * Mizo, Khasi, Amerindian and Maroon forms of address. */
static void test_speakers_of_the_eighty_fourth_audit(void) {
    check_one_statements(EIGHTY_FOURTH_AUDIT, sizeof EIGHTY_FOURTH_AUDIT / sizeof *EIGHTY_FOURTH_AUDIT);
}

/* The eighty-fifth audit's Tatarstan and Bashkortostan, the Telugu
 * states, Corsica, palm oil, cannabis, camel racing and consular cases:
 * Filipino "Ma.", German and Californian forms of address. */
static void test_speakers_of_the_eighty_fifth_audit(void) {
    check_one_statements(EIGHTY_FIFTH_AUDIT, sizeof EIGHTY_FIFTH_AUDIT / sizeof *EIGHTY_FIFTH_AUDIT);
}

/* The eighty-sixth audit's Western Sahara, North Macedonia, Mapuche and
 * Rohingya news, gemstones, drones and bodybuilding: Mapuche forms of
 * address. */
static void test_speakers_of_the_eighty_sixth_audit(void) {
    check_one_statements(EIGHTY_SIXTH_AUDIT, sizeof EIGHTY_SIXTH_AUDIT / sizeof *EIGHTY_SIXTH_AUDIT);
}

/* The eighty-seventh audit's Nunavut, Odisha and Bihar, shipbreaking,
 * tanneries, sepak takraw and landmines: Bangladeshi "Md.", police and
 * army ranks, a minister's fields. */
static void test_speakers_of_the_eighty_seventh_audit(void) {
    check_one_statements(EIGHTY_SEVENTH_AUDIT, sizeof EIGHTY_SEVENTH_AUDIT / sizeof *EIGHTY_SEVENTH_AUDIT);
}

/* The eighty-eighth audit's Montenegro, small island states, women's
 * cricket, saffron, scouting, coal mines and pharmacies: Moroccan and
 * ayurvedic forms of address. */
static void test_speakers_of_the_eighty_eighth_audit(void) {
    check_one_statements(EIGHTY_EIGHTH_AUDIT, sizeof EIGHTY_EIGHTH_AUDIT / sizeof *EIGHTY_EIGHTH_AUDIT);
}

static void test_speakers_of_the_eighty_ninth_audit(void) {
    check_one_statements(EIGHTY_NINTH_AUDIT, sizeof EIGHTY_NINTH_AUDIT / sizeof *EIGHTY_NINTH_AUDIT);
}

static void test_speakers_of_the_ninetieth_audit(void) {
    check_one_statements(NINETIETH_AUDIT, sizeof NINETIETH_AUDIT / sizeof *NINETIETH_AUDIT);
}

static void test_speakers_of_the_ninety_first_audit(void) {
    check_one_statements(NINETY_FIRST_AUDIT, sizeof NINETY_FIRST_AUDIT / sizeof *NINETY_FIRST_AUDIT);
}

static void test_speakers_of_the_ninety_second_audit(void) {
    check_one_statements(NINETY_SECOND_AUDIT, sizeof NINETY_SECOND_AUDIT / sizeof *NINETY_SECOND_AUDIT);
}

static void test_speakers_of_the_ninety_third_audit(void) {
    check_one_statements(NINETY_THIRD_AUDIT, sizeof NINETY_THIRD_AUDIT / sizeof *NINETY_THIRD_AUDIT);
}

static void test_speakers_of_the_ninety_fourth_audit(void) {
    check_one_statements(NINETY_FOURTH_AUDIT, sizeof NINETY_FOURTH_AUDIT / sizeof *NINETY_FOURTH_AUDIT);
}

static void test_speakers_of_the_ninety_fifth_audit(void) {
    check_one_statements(NINETY_FIFTH_AUDIT, sizeof NINETY_FIFTH_AUDIT / sizeof *NINETY_FIFTH_AUDIT);
}

static void test_speakers_of_the_ninety_sixth_audit(void) {
    check_one_statements(NINETY_SIXTH_AUDIT, sizeof NINETY_SIXTH_AUDIT / sizeof *NINETY_SIXTH_AUDIT);
}

static void test_speakers_of_the_ninety_seventh_audit(void) {
    check_one_statements(NINETY_SEVENTH_AUDIT, sizeof NINETY_SEVENTH_AUDIT / sizeof *NINETY_SEVENTH_AUDIT);
}

static void test_speakers_of_the_ninety_eighth_audit(void) {
    check_one_statements(NINETY_EIGHTH_AUDIT, sizeof NINETY_EIGHTH_AUDIT / sizeof *NINETY_EIGHTH_AUDIT);
}

static void test_speakers_of_the_ninety_ninth_audit(void) {
    check_one_statements(NINETY_NINTH_AUDIT, sizeof NINETY_NINTH_AUDIT / sizeof *NINETY_NINTH_AUDIT);
}

static void test_speakers_of_the_hundredth_audit(void) {
    check_one_statements(HUNDREDTH_AUDIT, sizeof HUNDREDTH_AUDIT / sizeof *HUNDREDTH_AUDIT);
}

static void test_speakers_of_the_hundred_and_first_audit(void) {
    check_one_statements(HUNDRED_AND_FIRST_AUDIT, sizeof HUNDRED_AND_FIRST_AUDIT / sizeof *HUNDRED_AND_FIRST_AUDIT);
}

static void test_speakers_of_the_hundred_and_second_audit(void) {
    check_one_statements(HUNDRED_AND_SECOND_AUDIT, sizeof HUNDRED_AND_SECOND_AUDIT / sizeof *HUNDRED_AND_SECOND_AUDIT);
}

static void test_speakers_of_the_hundred_and_third_audit(void) {
    check_one_statements(HUNDRED_AND_THIRD_AUDIT, sizeof HUNDRED_AND_THIRD_AUDIT / sizeof *HUNDRED_AND_THIRD_AUDIT);
}

static void test_speakers_of_the_hundred_and_fourth_audit(void) {
    check_one_statements(HUNDRED_AND_FOURTH_AUDIT, sizeof HUNDRED_AND_FOURTH_AUDIT / sizeof *HUNDRED_AND_FOURTH_AUDIT);
}

static void test_speakers_of_the_hundred_and_fifth_audit(void) {
    check_one_statements(HUNDRED_AND_FIFTH_AUDIT, sizeof HUNDRED_AND_FIFTH_AUDIT / sizeof *HUNDRED_AND_FIFTH_AUDIT);
}

static void test_speakers_of_the_hundred_and_sixth_audit(void) {
    check_one_statements(HUNDRED_AND_SIXTH_AUDIT, sizeof HUNDRED_AND_SIXTH_AUDIT / sizeof *HUNDRED_AND_SIXTH_AUDIT);
}

static void test_bodies_of_the_eleventh_audit(void) {
    check_one_statements(GROUP_MODIFIERS, sizeof GROUP_MODIFIERS / sizeof *GROUP_MODIFIERS);
    check_one_statements(TRANSLATED_NAMES, sizeof TRANSLATED_NAMES / sizeof *TRANSLATED_NAMES);
    CHECK_ARTICLE(SPOKESMAN_ARTICLE, SPOKESMAN_OF_PRESIDENCY);
    check_one_statements(BODIES_ELEVEN, sizeof BODIES_ELEVEN / sizeof *BODIES_ELEVEN);
}

static void test_unnamed_people_of_the_eleventh_audit(void) {
    check_one_statements(UNNAMED_PEOPLE, sizeof UNNAMED_PEOPLE / sizeof *UNNAMED_PEOPLE);
}

static void test_hard_wrapped_lines(void) {
    check_one_statements(HARD_WRAPPED, sizeof HARD_WRAPPED / sizeof *HARD_WRAPPED);
}

static void test_politics_abroad(void) {
    check_one_statements(POLITICS_ABROAD, sizeof POLITICS_ABROAD / sizeof *POLITICS_ABROAD);
}

TEST_MAIN(test_speakers_of_the_hundred_and_sixth_audit, test_speakers_of_the_hundred_and_fifth_audit, test_speakers_of_the_hundred_and_fourth_audit, test_speakers_of_the_hundred_and_third_audit, test_speakers_of_the_hundred_and_second_audit, test_speakers_of_the_hundred_and_first_audit, test_speakers_of_the_hundredth_audit, test_speakers_of_the_ninety_ninth_audit, test_speakers_of_the_ninety_eighth_audit, test_speakers_of_the_ninety_seventh_audit, test_speakers_of_the_ninety_sixth_audit, test_speakers_of_the_ninety_fifth_audit, test_speakers_of_the_ninety_fourth_audit, test_speakers_of_the_ninety_third_audit, test_speakers_of_the_ninety_second_audit, test_speakers_of_the_ninety_first_audit, test_speakers_of_the_ninetieth_audit, test_speakers_of_the_eighty_ninth_audit, test_speakers_of_the_eighty_eighth_audit, test_speakers_of_the_eighty_seventh_audit, test_speakers_of_the_eighty_sixth_audit, test_speakers_of_the_eighty_fifth_audit, test_speakers_of_the_eighty_fourth_audit, test_speakers_of_the_eighty_third_audit, test_speakers_of_the_eighty_second_audit, test_speakers_of_the_eighty_first_audit, test_speakers_of_the_eightieth_audit, test_speakers_of_the_seventy_ninth_audit, test_speakers_of_the_seventy_eighth_audit, test_speakers_of_the_seventy_seventh_audit, test_speakers_of_the_seventy_sixth_audit, test_speakers_of_the_seventy_fifth_audit, test_speakers_of_the_seventy_fourth_audit, test_speakers_of_the_seventy_third_audit, test_speakers_of_the_seventy_second_audit, test_speakers_of_the_seventy_first_audit, test_speakers_of_the_seventieth_audit, test_speakers_of_the_sixty_ninth_audit, test_speakers_of_the_sixty_eighth_audit, test_speakers_of_the_sixty_seventh_audit, test_speakers_of_the_sixty_sixth_audit, test_speakers_of_the_sixty_fifth_audit, test_speakers_of_the_sixty_fourth_audit, test_speakers_of_the_sixty_third_audit, test_speakers_of_the_sixty_second_audit, test_speakers_of_the_sixty_first_audit, test_speakers_of_the_sixtieth_audit, test_speakers_of_the_fifty_ninth_audit, test_speakers_of_the_fifty_eighth_audit, test_speakers_of_the_fifty_seventh_audit, test_speakers_of_the_fifty_fourth_audit, test_speakers_of_the_fiftieth_audit, test_speakers_of_the_forty_eighth_audit, test_speakers_of_the_forty_sixth_audit, test_speakers_of_the_forty_fifth_audit, test_speakers_of_the_forty_fourth_audit, test_speakers_of_the_forty_third_audit, test_speakers_of_the_forty_second_audit, test_speakers_of_the_forty_first_audit, test_speakers_of_the_fortieth_audit, test_speakers_of_the_thirty_ninth_audit, test_speakers_of_the_thirty_eighth_audit, test_speakers_of_the_thirty_seventh_audit, test_speakers_of_the_thirty_sixth_audit, test_speakers_of_the_thirty_fifth_audit, test_speakers_of_the_thirty_fourth_audit, test_speakers_of_the_thirty_third_audit, test_speakers_of_the_thirty_second_audit, test_speakers_of_the_thirty_first_audit, test_speakers_of_the_thirtieth_audit, test_speakers_of_the_twenty_ninth_audit, test_speakers_of_the_twenty_eighth_audit, test_speakers_of_the_twenty_sixth_audit, test_speakers_of_the_twenty_fourth_audit, test_speakers_of_the_twenty_second_audit, test_speakers_of_the_twenty_first_audit, test_speakers_of_the_twentieth_audit, test_months_and_parties_before_a_role, test_asides_after_a_name, test_resolution_of_every_source, test_speakers_of_the_nineteenth_audit, test_speakers_of_the_eighteenth_audit, test_speakers_of_the_seventeenth_audit, test_speakers_of_the_sixteenth_audit, test_police, test_speakers_of_the_fourteenth_audit, test_named_after_place, test_bodies_of_the_thirteenth_audit, test_speakers_of_the_twelfth_audit, test_live_blogs, test_small_words_in_names, test_nationality_words_found_by_halving, test_venues_after_the, test_kinds_of_heads, test_later_mentions_abroad, test_bodies_by_what_is_said_of_them, test_descriptions_by_title, test_honorifics_and_epithets, test_headline_descriptions, test_someone_in_a_place, test_appositions_and_names, test_same_surname_by_honorific, test_relative_pronouns,
          test_relative_pronouns_past_insertions, test_newspapers_on_second_mention,
          test_salient_descriptions, test_interviews, test_polls, test_campaigns_named_before,
          test_names_the_tagger_missed, test_kind_from_honorific,
          test_names_in_long_sources, test_names_alone, test_pronouns_stand_for_people, test_pronouns_by_recency,
          test_titles,
          test_unnamed_sources, test_organizations_apart, test_affiliations, test_name_words, test_two_word_surnames,
          test_state_descriptions, test_titled_bodies, test_titles_in_office, test_pronoun_led_sources,
          test_gender_from_pronouns, test_groups_with_examples, test_bodies_by_apposition, test_bodies_by_kind_noun,
          test_documents_by_their_makers,
          test_roles_of_later_mentions, test_roles_of_bare_appositions, test_acronyms,
          test_transcript_labels, test_unnamed_party_members, test_given_names_alone, test_world_names,
          test_unnamed_voices_and_signs, test_bodies_by_what_they_make, test_offices_and_their_holders,
          test_general_nouns_of_roles, test_family_names_first,
          test_nicknames, test_residents_of_places,
          test_numbered_and_plural_bodies, test_portfolio_offices,
          test_office_abbreviations, test_genders_and_given_names, test_title_before_its_kind,
          test_acronyms_of_bodies, test_bodies_by_their_nouns, test_legal_forms_and_aid_groups,
          test_nicknames_and_long_roles, test_unnamed_antecedents, test_surveys_and_kinds,
          test_kims_and_he, test_possessives_in_bodies, test_companies_by_first_word,
          test_groups_and_clergy, test_unnamed_genders, test_gender_guards, test_clubs_and_groups,
          test_bystanders_in_places, test_descriptions_with_places,
          test_titles_in_bodies, test_nationalities_and_roles,
          test_unnamed_women, test_works_and_places, test_guilds_and_given_names,
          test_descriptions_apart, test_agencies_and_places,
          test_public_services, test_politics_abroad, test_portfolios, test_hard_wrapped_lines,
          test_unnamed_people_of_the_eleventh_audit, test_bodies_of_the_eleventh_audit)
