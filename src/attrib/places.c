/*
 * places.c - names of places that news writes as if they were people,
 * the dates that look like names, and the nouns that end the names of
 * things ("Affordable Care Act") and of organizations ("Sentinel"), and
 * the nouns of people around a person ("supporters"), for speakers
 * (name_words.h):
 * "New Hampshire voted", "Israel said", "he told Fox in Iowa". The entity
 * tagger runs only on the sentences of sources (its cost is paid where the
 * speakers are), so a place named elsewhere would be taken for a person by
 * its shape alone ("New Hampshire" is two capitalized words, as "Ted Cruz"
 * is), and a "he" three sentences later could stand for it.
 *
 * Written from general knowledge: the US states and the abbreviations news
 * style gives them, the countries, continents and regions in the news, and
 * the cities and places most often met in it. Left out: places named as
 * often as given names or surnames ("Chad"); "Georgia" and "Virginia"
 * stay, the states outnumbering the women in the news.
 */
#include "attrib/name_words.h"

/* Lower case, one space between words, sorted (test_name_words checks
 * the order, which keeps the list easy to read and free of doubles). */
static const char *const PLACES[] = {
    "afghanistan", "africa", "ala.", "alabama", "alaska", "albania", "algeria", "angola", "antarctica",
    "arabia", "argentina", "ariz.", "arizona", "ark.", "arkansas", "armenia", "asia", "atlanta",
    "australia", "austria", "azerbaijan", "baghdad", "bahrain", "baltimore", "bangladesh", "beijing",
    "belarus", "belgium", "berlin", "bolivia", "bosnia", "boston", "brazil", "britain", "brussels",
    "bulgaria", "calif.", "california", "cambodia", "cameroon", "canada", "capitol hill", "chicago",
    "chile", "china", "cleveland", "colo.", "colombia", "colorado", "conn.", "connecticut", "crimea",
    "croatia", "cuba", "cyprus", "czech republic", "dallas", "damascus", "del.", "delaware", "denmark",
    "denver", "detroit", "ecuador", "egypt", "england", "estonia", "ethiopia", "europe", "finland",
    "fla.", "florida", "france", "ga.", "gaza", "georgia", "germany", "ghana", "great britain", "greece",
    "guatemala", "haiti", "hawaii", "honduras", "hong kong", "houston", "hungary", "iceland", "idaho",
    "ill.", "illinois", "ind.", "india", "indiana", "indonesia", "iowa", "iran", "iraq", "ireland",
    "israel", "italy", "jamaica", "japan", "jerusalem", "kan.", "kansas", "kazakhstan", "kentucky",
    "kenya", "kosovo", "kuwait", "ky.", "la.", "latin america", "latvia", "lebanon", "libya",
    "lithuania", "london", "los angeles", "louisiana", "maine", "malaysia", "manhattan", "mass.",
    "massachusetts", "md.", "mexico", "miami", "mich.", "michigan", "middle east", "midwest", "minn.", "minnesota",
    "miss.", "mississippi", "missouri", "mo.", "mongolia", "mont.", "montana", "morocco", "moscow",
    "mozambique", "myanmar", "n.c.", "n.d.", "n.h.", "n.j.", "n.m.", "n.y.", "neb.", "nebraska",
    "nepal", "netherlands", "nev.", "nevada", "new england", "new hampshire", "new jersey", "new mexico", "new york",
    "new york city", "new zealand", "nicaragua", "nigeria", "north carolina", "north dakota",
    "north korea", "norway", "ohio", "okla.", "oklahoma", "oman", "ore.", "oregon", "orlando", "pa.", "pakistan",
    "palestine", "panama", "paris", "pennsylvania", "peru", "philadelphia", "philippines", "poland",
    "portugal", "qatar", "r.i.", "rhode island", "romania", "russia", "rwanda", "s.c.", "s.d.",
    "saudi arabia", "scotland", "senegal", "seoul", "serbia", "silicon valley", "singapore", "slovakia",
    "slovenia", "somalia", "south africa", "south carolina", "south dakota", "south korea",
    "south sudan", "spain", "sri lanka", "sudan", "sweden", "switzerland", "syria", "taiwan",
    "tehran", "tenn.", "tennessee", "tex.", "texas", "thailand", "tokyo", "tunisia", "turkey", "u.k.",
    "u.s.", "uganda", "ukraine", "united kingdom", "united states", "uruguay", "utah", "uzbekistan",
    "va.", "venezuela", "vermont", "vietnam", "virginia", "vt.", "w.va.", "wales", "wall street",
    "wash.", "west bank", "west virginia", "wis.", "wisconsin", "wyo.", "wyoming", "yemen",
    "zimbabwe"};

/* Days of the week and the months that are nobody's given name are dates
 * whatever their capital ("Clinton said Tuesday", "Twitter Thursday");
 * April, May, June and August are dates only next to a number ("June 23";
 * "Theresa May" is a name). */
static const char *const DATES[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday", "january", "february", "march", "july", "september",
                                    "october", "november", "december", "april", "may", "june", "august"};
static const uint32_t DATE_CLASSES[] = {NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE,
                                        NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE,
                                        NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE, NAME_DATE,
                                        NAME_MONTH, NAME_MONTH, NAME_MONTH, NAME_MONTH};

/* The last words of names of laws, events, buildings, places and the like
 * (a shoal, an island, a strait: "Scarborough Shoal" was a "he"): a name
 * of two or three capitalized words is a person's by its shape alone
 * ("Sandy Hook", "Affordable Care Act"), unless it ends with one of these.
 * Not "bill" or "center": a given name, and an organization's word. */
static const char *const THING_HEADS[] = {
    "accord", "act", "agreement", "airport", "amendment", "arena", "avenue", "awards", "bay", "beach",
    "boulevard", "bridge", "building", "canal", "canyon", "caucus", "caucuses", "coast", "conference",
    "convention", "counties", "county", "cup", "day", "debate", "debates", "desert", "doctrine",
    "falls", "festival", "forest", "games", "gulf", "hall", "harbor", "harbour", "highway", "hook",
    "hotel", "initiative", "island", "islands", "lake", "law", "mountain", "mountains", "museum",
    "ocean", "olympics", "park", "peninsula", "plan", "plaza", "primaries", "primary", "prize",
    "program", "programme", "project", "reef", "river", "road", "route", "rule", "sea", "series",
    "shoal", "square", "stadium", "station", "strait", "straits", "street", "summit", "tower", "treaty",
    "valley", "war"
};

/* The last words of newspapers' and firms' names that the word classes
 * lack ("Orlando Sentinel" is no man called Orlando). */
static const char *const ORGANIZATION_HEADS[] = {
    "bee",      "bulletin",  "chronicle", "courant", "courier", "dispatch", "enquirer", "examiner",
    "globe",    "inquirer",  "observer",  "pharmaceuticals", "sentinel", "telegraph", "industries",
    "partners", "holdings",  "airlines",  "motors",  "foods",   "labs",     "systems",  "technologies",
    "research", "media",     "capital", "investments", "ventures", "energy", "entertainment",
    "communications", "insurance", "therapeutics", "brands", "resources", "consulting", "strategies",
    "analytics"};

/* Nouns of people and bodies around a person, besides the word classes'
 * titles and groups: "Sanders supporters", "the Clinton campaign", "a Trump
 * confidant" are not the person named. */
static const char *const PEOPLE_NOUNS[] = {
    "administration", "advisers",  "advisors", "allies",     "ally",       "appointee", "appointees",
    "associate",      "associates", "attorneys", "backer",   "backers",    "camp",      "campaign",
    "children",       "confidant", "confidants", "consultants", "delegate", "delegates", "delegation",
    "donor",          "donors",    "employee", "employees",  "family",     "fan",       "fans",
    "friend",         "friends",   "government", "insider",  "insiders",   "lawyers",   "loyalists",
    "member",         "members",   "office",   "operatives", "relatives",  "spokesmen", "staff",
    "staffers",       "strategists", "supporter", "surrogate", "surrogates", "team",    "voter",
    "voters",
    /* kin */
    "aunt", "boyfriend", "brother", "cousin", "daughter", "father", "girlfriend", "grandfather",
    "grandmother", "husband", "man", "mother", "nephew", "niece", "sister", "son", "spouse", "uncle",
    "widow", "wife", "woman",
    /* the word classes' groups that are people ("reports" and "data" are not) */
    "advocates", "aides", "analysts", "critics", "economists", "experts", "investigators", "lawmakers",
    "leaders", "observers", "officials", "opponents", "people", "prosecutors", "researchers", "residents",
    "scientists", "sources", "supporters", "witnesses"};

/* What a person is, besides the word classes' titles: a role right before
 * a name ("retired neurosurgeon Ben Carson", "Trump's son Eric") or
 * heading an apposition ("Frank Dellucci, a baker,"). Singular only: a
 * plural before names lists them ("candidates Clinton and Sanders"). */
static const char *const ROLE_NOUNS[] = {
    "actor", "actress", "artist", "athlete", "baker", "billionaire", "blogger", "boss", "businessman",
    "businesswoman", "co-founder", "cofounder", "comedian", "constituent", "contender", "designer",
    "donor", "entrepreneur", "farmer", "filmmaker", "firefighter", "front-runner", "frontrunner",
    "frontman", "hopeful", "investor", "journalist", "lobbyist", "magnate", "millionaire", "mogul",
    "moderator", "musician", "neurosurgeon", "novelist", "nurse", "pastor", "philanthropist", "pilot",
    "player", "poet", "priest", "producer", "pundit", "rabbi", "rapper", "rival", "scholar", "singer",
    "soldier", "speechwriter", "star", "student", "surgeon", "teacher", "titan", "tycoon", "veteran",
    "writer",
    /* kin */
    "aunt", "brother", "cousin", "daughter", "father", "granddaughter", "grandson", "husband", "mother",
    "nephew", "niece", "sister", "son", "uncle", "widow", "wife"};

#define COUNT(a) (sizeof(a) / sizeof *(a))

size_t quoth_people_nouns(const char *const **list) {
    *list = PEOPLE_NOUNS;
    return COUNT(PEOPLE_NOUNS);
}

size_t quoth_role_nouns(const char *const **list) {
    *list = ROLE_NOUNS;
    return COUNT(ROLE_NOUNS);
}

size_t quoth_organization_heads(const char *const **list) {
    *list = ORGANIZATION_HEADS;
    return COUNT(ORGANIZATION_HEADS);
}

size_t quoth_thing_heads(const char *const **list) {
    *list = THING_HEADS;
    return COUNT(THING_HEADS);
}

size_t quoth_place_names(const char *const **list) {
    *list = PLACES;
    return COUNT(PLACES);
}

size_t quoth_date_words(const char *const **list, const uint32_t **classes) {
    _Static_assert(COUNT(DATES) == COUNT(DATE_CLASSES), "one class per date word");
    *list = DATES;
    *classes = DATE_CLASSES;
    return COUNT(DATES);
}
