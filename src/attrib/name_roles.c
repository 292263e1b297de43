/*
 * name_roles.c - what a run of name words names: its kind (a person, an
 * organization, no one), whether a body's phrase is set beside it, its
 * gender and its role ("the company's chief executive"). speaker_names.c
 * asks them once a run as it makes the speakers.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/utf8.h"
#include "util/array.h"

/* quoth_run_is_place() || quoth_known_org_of(), by one reading of the run's
 * words for both unless "the" opens it (quoth_known_org_of() reads past it):
 * kind_by_words() asks both of every run. */
static int place_or_known_org(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t classes = quoth_name_classes_of(r, run->first, run->end);
    if (classes & NAME_PLACE) return 1;
    if (run->end - run->first > 1 && quoth_word_is(&r->p, run->first, "the")) return quoth_known_org_of(r, run) != NULL;
    return quoth_known_org_in(classes, run->end - run->first) != NULL;
}

/* What the entity tagger made of a run (it tags the sentences of sources):
 * a place that speaks is its government, so it counts as an organization. */
static int entity_kind(const quoth_resolver *r, const quoth_name_run *run) {
    /* a given name the tagger never saw ("Kerenza Pollard", "Kerenza" an
     * organization's word to it, "Pollard" a person's): a surname after it
     * makes the pair a person (she had been a body) */
    uint32_t last = run->first + 1;
    if (run->end == last + 1 && r->p.t[last].entity == QUOTH_ENT_PERSON && !body_word(r, last) &&
        !(r->p.t[last].lex & LEX_ORG_WORD) && !(quoth_name_classes_at(r, last) & (NAME_ORG_HEAD | NAME_PLACE | NAME_THING)))
        return QUOTH_KIND_PERSON;
    for (uint32_t i = run->first; i < run->end; i++) {
        uint8_t e = r->p.t[i].entity;
        if (e == QUOTH_ENT_PERSON) return QUOTH_KIND_PERSON;
        if (e == QUOTH_ENT_ORGANIZATION || e == QUOTH_ENT_LOCATION) return QUOTH_KIND_ORGANIZATION;
    }
    return QUOTH_KIND_UNKNOWN;
}

/* A name that ends with the noun of an institution ("George Washington
 * University", "Henry Ford Company") is one, whatever its given name
 * makes the entity tagger think; not a person "of" one. Only nouns that
 * are nobody's surname: "House", "Post" or "Court" are. */
static int institution_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const HEADS[] = {"university", "college", "company", "corporation", "foundation",
                                        "institute", "association", "committee", "department", "ministry",
                                        "agency", "commission", "federation", "organization", "organisation",
                                        "administration", "bureau", "survey", "council", "authority"};
    /* every head is among the lexicon's organization words: one test for most runs */
    if (run->end - run->first < 2 || !(r->p.t[run->end - 1].lex & LEX_ORG_WORD)) return 0;
    if (!quoth_word_in(&r->p, run->end - 1, HEADS, sizeof HEADS / sizeof *HEADS)) return 0;
    for (size_t i = run->first; i < run->end; i++) /* "David Woodard of Clemson University" */
        if (strcmp(quoth_token_norm(r->p.tl, i), "of") == 0) return 0;
    return 1;
}

/* A common noun that names a body, not a person: "company", "group". */
int quoth_organization_noun(const quoth_phrases *p, size_t i) {
    static const char *const NOUNS[] = {"company", "firm", "group", "union", "agency", "bank", "newspaper",
                                        "broadcaster", "network", "airline", "retailer",
                                        "manufacturer", "insurer", "lender", "startup", "start-up",
                                        "charity", "nonprofit", "organization", "organisation", "conglomerate",
                                        "watchdog", "ministry", "department", "tabloid", "app", "platform",
                                        "website", "chain", "carmaker", "automaker", "publisher",
                                        "supermarket", "studio", "regulator", "operator", "provider",
                                        "chipmaker", "drugmaker", "supplier", "distributor", "exporter",
                                        "utility", "brokerage", "consultancy", "club", "association",
                                        "federation", "alliance", "coalition", "league", "lobby", "giant",
                                        "magazine", "channel", "portal", "outlet", "daily", "weekly"};
    if (p->t[i].flags & TOK_CAPITALIZED || quoth_coarse(p, i) != CT_NOUN) return 0;
    const char *w = quoth_token_norm(p->tl, i);
    /* "a maker of warehouse robots"; "a cheese maker" may be a person */
    if (strcmp(w, "maker") == 0) return quoth_word_is(p, i + 1, "of");
    for (size_t k = 0; k < sizeof NOUNS / sizeof *NOUNS; k++)
        if (w[0] == NOUNS[k][0] && strcmp(w, NOUNS[k]) == 0) return 1;
    return 0;
}

/* "a leading maker", "the fastest-growing chain": a participle in -ing
 * among a noun's modifiers. */
static int leading_participle(const quoth_phrases *p, size_t i) {
    size_t n = p->t[i].norm_len;
    return quoth_coarse(p, i) == CT_VERB && n >= 5 && strcmp(quoth_token_norm(p->tl, i) + n - 3, "ing") == 0;
}

/* The phrase before the name: a determiner, modifiers and the noun, after
 * no preposition ("The company, X", "Its parent company, X"); the comma
 * asked first, as most names have none before them. */
static int body_phrase_before(const quoth_resolver *r, size_t first, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t noun = first - 2;
    int body = 0;
    if (first >= limit + 3 && quoth_punct_is(p, first - 1, ",")) {
        body = quoth_organization_noun(p, noun);
        /* past a short phrase after the noun: "The company behind the
         * project, Altınkaya Madencilik," (the eighteenth audit's had been
         * a person) */
        for (size_t k = first - 2; !body && k > limit + 1 && first - k <= 5; k--)
            if (quoth_coarse(p, k) == CT_ADP && quoth_organization_noun(p, k - 1)) noun = k - 1, body = 1;
    }
    if (body) {
        size_t det = noun;
        while (det > limit && (quoth_coarse(p, det - 1) == CT_ADJ || quoth_coarse(p, det - 1) == CT_NOUN)) det--;
        int c = det > limit ? quoth_coarse(p, det - 1) : CT_OTHER;
        if ((c == CT_DET || c == CT_POSS) && (det - 1 == limit || quoth_coarse(p, det - 2) != CT_ADP)) return 1;
        /* "Indonesia's state logistics agency, Bulog," */
        if (det > limit + 1 && quoth_possessive(p, det - 1) && is_name_token(r, det - 2)) return 1;
    }
    return 0;
}

/* The noun right before the name: "The newspaper Al-Riyadh", "the Indian
 * firm Sarvam Biologics" (they had been of unknown kind, and a person);
 * not a person's name, which a given name opens ("the official
 * representative of the ministry Yelena Vorontsova"). */
static int body_noun_right_before(const quoth_resolver *r, size_t first, size_t end, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t named = first; /* or its quotation mark: "the newspaper «Kommersant»" */
    if (named > limit && (p->t[named - 1].flags & TOK_QUOTE_OPEN) && end < p->n && (p->t[end].flags & TOK_QUOTE_CLOSE))
        named--;
    int daily = named < first && (quoth_word_is(p, named - 1, "daily") || quoth_word_is(p, named - 1, "weekly"));
    if (named >= limit + 1 && (quoth_organization_noun(p, named - 1) || daily) && !given_name(r, first)) {
        size_t det = named - 1;
        /* "Telecoms operator Telvara", "US chipmaker Nvidia": a name among
         * the modifiers too */
        while (det > limit && (quoth_coarse(p, det - 1) == CT_ADJ || quoth_coarse(p, det - 1) == CT_NOUN ||
                               quoth_coarse(p, det - 1) == CT_PROPN || quoth_possessive(p, det - 1)))
            det--; /* and a possessor's: "The tenants' association Inquilinos Unidos" */
        if (det == limit || quoth_coarse(p, det - 1) == CT_DET || quoth_coarse(p, det - 1) == CT_POSS) return 1;
    }
    return 0;
}

/* The phrase after the name: its head is the last noun before anything
 * else ("the president of the union" is headed by "president"). */
static int body_phrase_after(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end + 2 >= p->n || !quoth_punct_is(p, end, ",") || quoth_coarse(p, end + 1) != CT_DET) return 0;
    size_t i = end + 2, limit_right = quoth_sentence_end(p, end);
    /* modifiers joined by "and", a noun after them: "the popular running
     * and fitness app" (not the heads of "the president and publisher of") */
    while (i < limit_right && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN ||
                               /* "the leading running app", not the "building" of "the
                                * company building the pipeline" */
                               (leading_participle(p, i) && !(i > end + 2 && quoth_organization_noun(p, i - 1))) ||
                               /* a place's name among them: "a London start-up" (the
                                * eighteenth audit's "Ledgerly" had been no one) */
                               quoth_coarse(p, i) == CT_PROPN ||
                               (i > end + 2 && i + 2 < limit_right && quoth_word_is(p, i, "and") &&
                                (quoth_coarse(p, i + 1) == CT_ADJ || quoth_coarse(p, i + 1) == CT_NOUN) &&
                                quoth_coarse(p, i + 2) == CT_NOUN)))
        i++;
    /* a word the tagger read as an adverb before a preposition or a comma,
     * not one in -ly, is the phrase's head noun: "Graham Pelletier, the
     * union steward at the mill," ("steward" an adverb: he had been a
     * body, the union's) */
    if (i < limit_right && i > end + 2 && i + 1 < limit_right && quoth_coarse(p, i) == CT_ADV &&
        (p->t[i].flags & TOK_ALPHA) && !quoth_ends_with(p, i, "ly") &&
        (quoth_coarse(p, i + 1) == CT_ADP || quoth_punct_is(p, i + 1, ",")))
        i++;
    /* past a possessive, the head is the noun after it: "the industry's
     * lobby group" is a body, "the group's director" a person */
    size_t head_first = end + 2;
    if (i < limit_right && i > head_first && quoth_possessive(p, i)) {
        head_first = ++i;
        while (i < limit_right && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN)) i++;
    }
    /* a verb after the noun makes it a clause's subject, no apposition:
     * "According to Alistair McKinnon, the firm cheated" (the fifteenth
     * audit's McKinnon had been a body) */
    if (i < limit_right && (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX) &&
        /* but a participle goes on with the phrase: "Furrowlight, the start-up founded by ...",
         * "Prairie Line Midstream, the company building the pipeline," (the forty-sixth audit's) */
        !(quoth_coarse(p, i) == CT_VERB && r->pos_flags && !(r->pos_flags[p->t[i].pos] & QUOTH_POS_FINITE) &&
          i + 1 < limit_right && (quoth_coarse(p, i + 1) == CT_ADP || quoth_coarse(p, i + 1) == CT_DET)))
        return 0;
    /* "Thousands of Oromos, a minority group": people, not a body */
    int plural = r->pos_flags && (r->pos_flags[p->t[end - 1].pos] & QUOTH_POS_PLURAL_PROPER);
    if (i <= head_first || !quoth_organization_noun(p, i - 1) || plural) return 0;
    /* nor one of a person's age, in figures as news gives it: "Sunil
     * Mathew, a 41-year-old crane operator," (the ninety-first audit's check
     * of the older ones: he had been a body, and "the 41-year-old" no one),
     * not "Quillfern, a three-year-old company," */
    for (size_t k = head_first; k + 1 < i; k++)
        if (quoth_ends_with(p, k, "-year-old") && (p->t[k].flags & TOK_DIGIT)) return 0;
    return 1;
}

/* A name set off by commas beside a noun phrase headed by a body's noun
 * names that body: "The company, Northgate Terminals, said" and
 * "Northgate Terminals, the company that runs the port, said" are no
 * person, whatever the name's words make the entity tagger think. The
 * phrase must stand on its own: in "the head of the company, Ann Ross"
 * the name is the head's. */
int quoth_run_apposed_to_body(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first, end = run->end, limit = quoth_sentence_first(&r->p, first);
    return body_phrase_before(r, first, limit) || body_noun_right_before(r, first, end, limit) ||
           body_phrase_after(r, end);
}

int quoth_apposed_to_body(const quoth_resolver *r, size_t first, size_t end) {
    quoth_name_run run = {.first = (uint32_t)first, .end = (uint32_t)end};
    return quoth_run_apposed_to_body(r, &run);
}

/* "Delta Gateway, which is based in Antwerp,": "which" stands for a
 * thing or a body, never a person. */
static int thing_relative_after(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end + 1 < r->p.n && quoth_punct_is(&r->p, run->end, ",") && quoth_word_is(&r->p, run->end + 1, "which");
}

/* How many words the body's name between a title and its holder's may
 * have ("chief executive of the Atlas Petroleum Company, ..."). */
#define TITLE_BODY_WORDS_MAX 8

/* A name right after a title and a comma is that title's holder ("National
 * Front party leader, Marine Le Pen", which the entity tagger reads as the
 * Marines), a person whatever its words. */
static int after_title_comma(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    if (first < 2 || !quoth_punct_is(&r->p, first - 1, ",") || quoth_all_capitals(&r->p, first, 2) ||
        (r->pos_flags && (r->pos_flags[r->p.t[run->end - 1].pos] & QUOTH_POS_PLURAL_PROPER)))
        return 0; /* "the chief executive, NBC ...", "the leader, Democrats ...": a list */
    /* but a body's name is no holder: "The council's consultant, Parkline
     * Advisory Group," (it had been a person) */
    if (run->end - run->first >= 2 && body_word(r, run->end - 1)) return 0;
    size_t title = first - 2;
    /* past the body whose title it is: "The chief executive of Atlas
     * Petroleum Company, Youcef Larbi Mansouri," (the eighteenth audit's;
     * a name of three words the entity tagger had read as a body's) */
    if (r->p.t[title].flags & TOK_CAPITALIZED) {
        size_t j = title;
        while (j > 0 && title - j < TITLE_BODY_WORDS_MAX &&
               ((r->p.t[j].flags & TOK_CAPITALIZED) || quoth_word_is(&r->p, j, "the") ||
                quoth_word_is(&r->p, j, "and")))
            j--;
        if (j < 2 || !(quoth_word_is(&r->p, j, "of") || quoth_word_is(&r->p, j, "at") || quoth_word_is(&r->p, j, "for")))
            return 0;
        title = j - 1;
    }
    const quoth_token *head = &r->p.t[title];
    return (head->lex & LEX_TITLE) && !(head->flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, title) == CT_NOUN;
}

/* "The speedrunner Gh0stKid", "known online as RavenByte", "its captain,
 * xKira,": a handle, one word with a capital or a digit inside it, that
 * a person's role, "known as" or a comma after a role introduces, is a
 * person's (they had been bodies, and their "he" a platform). Not
 * "iPhone" or "PayPal" alone, which nothing introduces so. */
static int introduced_handle(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end != run->first + 1 || run->first < 2) return 0;
    const quoth_token *t = &r->p.t[run->first];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    int inner = 0;
    for (size_t i = 1; i + 1 < n && !inner; i++) {
        int lower_upper = w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z';
        int digit = w[i] >= '0' && w[i] <= '9' && ((w[i - 1] | 0x20) >= 'a' && (w[i - 1] | 0x20) <= 'z');
        inner = lower_upper || digit;
    }
    if (!inner) return 0;
    size_t before = run->first - 1;
    if (quoth_punct_is(&r->p, before, ",")) before--;
    if (quoth_word_is(&r->p, before, "as"))
        return quoth_word_is(&r->p, before - 1, "known") || quoth_word_is(&r->p, before - 1, "online");
    return (quoth_name_classes_at(r, before) & (NAME_ROLE | NAME_PERSON_NOUN)) != 0;
}

/* A name of two words or more right after the title of an office in
 * small letters, or after "TITLE of NOUN": "Foreign Ministry spokesperson
 * Wang Lihua", "the speaker of parliament Nino Kiknadze", "Member of
 * Parliament Dima al-Khatib" (each had been an organization by the entity
 * tagger, which the body's words around them misled). A name with a
 * body's word is none ("General | Electric", "Justice | Department"). */
static int titled_name(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = r->p.t;
    size_t first = run->first;
    if (run->end - first < 2 || first < 1) return 0;
    for (size_t i = first; i < run->end; i++) /* "General | Electric", "Justice | Department" */
        if (t[i].lex & LEX_ORG_WORD) return 0;
    /* the title may open the sentence ("Premier Ngaire Tapsell said"), and
     * be read as a name's word ("Maricopa County Sheriff Delia Navarro");
     * both had made a person whose given name no list holds a body, by the
     * entity tagger's reading of the whole run (the eighth audit's) */
    int title_tag = quoth_coarse(&r->p, first - 1) == CT_NOUN || quoth_coarse(&r->p, first - 1) == CT_PROPN;
    if ((t[first - 1].lex & LEX_TITLE) && !(t[first - 1].lex & LEX_ORG_WORD) && title_tag) return 1;
    if (first < 2) return 0;
    /* "Labour MP Sudipta Banerjee": a member's letters before the name are
     * a title there (she had been an organization, by her party's name) */
    if (quoth_postnominal(r, first - 1) && !quoth_word_is(&r->p, first - 1, "KC") && !quoth_word_is(&r->p, first - 1, "QC") &&
        !quoth_word_is(&r->p, first - 1, "SC") && !(t[first - 1].flags & TOK_SENT_START))
        return 1;
    /* "the speaker of parliament", "Member of Parliament" */
    return first >= 3 && quoth_word_is(&r->p, first - 2, "of") && (t[first - 3].lex & LEX_TITLE) &&
           !(t[first - 3].lex & LEX_ORG_WORD);
}

/* Where a run's given name would be: its first word, or the word after
 * the initial that opens it ("L. Paul Bremer"). */
static size_t given_name_at(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 3 && initial(r, run->first) ? run->first + 1 : run->first;
}

/* A party's word, which ends a place's name and no person's ("Orlando
 * Republican", "Texas Democrat"). */
static int party_word(const quoth_resolver *r, size_t i) {
    static const char *const PARTY[] = {"republican", "republicans", "democrat", "democrats", "democratic",
                                        "independent", "conservative", "conservatives", "liberal", "liberals",
                                        "labour", "labor", "green", "greens", "gop"};
    return quoth_word_in(&r->p, i, PARTY, sizeof PARTY / sizeof *PARTY);
}

/* A given name and a surname or two, no organization's word among them
 * ("Gene Sperling", "Timothy Gill"): a person, whatever the entity tagger
 * made of them after "former FBI agent". */
static int given_full_name(const quoth_resolver *r, const quoth_name_run *run) {
    size_t n = run->end - run->first;
    size_t nickname = quoth_nickname_at(r, run->first + 1);
    if (nickname && n == nickname + 2) n = 2; /* Harold "Hal" Simmons, Hollis "Big Easy" Vance */
    for (uint32_t i = run->first + 1; i + 1 < run->end; i++) /* "Samir bin Khaled Abu Nasser" */
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && quoth_name_particle(r, i)) n--;
    /* of either list: "Yuki Tanaka" is a person whose gender no name tells */
    if (n < 2 || n > 4 || !quoth_given_name_classes(r, given_name_at(r, run))) return 0;
    /* "Virginia Democratic", "Orlando Republican", "(North) Carolina
     * Democrat": a place and a party; but "Carolina Rojas", "Virginia
     * Woolf" are people */
    if (quoth_coarse(&r->p, run->end - 1) == CT_ADJ || party_word(r, run->end - 1)) return 0;
    for (uint32_t i = run->first; i < run->end; i++)
        if (r->p.t[i].lex & LEX_ORG_WORD) return 0;
    return 1;
}

/* "Palo Alto, Calif.", "Ames, Iowa,": a name right before a comma, a state
 * or country of one or two words, and punctuation is a city, not a person
 * whom a "he" could stand for ("Keyworth rushed to meet Fiorina in Palo
 * Alto, Calif. ... he was so fired up" made Palo Alto the speaker). Not
 * "Ted Cruz, R-Texas" (one word that is no place) or "Tom Cole, Oklahoma
 * Republican" (no punctuation after the place). */
static int before_its_state(const quoth_resolver *r, const quoth_name_run *run) {
    size_t at = run->end + 1, n = r->p.n;
    if (at >= n || !quoth_punct_is(&r->p, run->end, ",")) return 0;
    uint64_t key = r->p.t[at].lower_hash;
    for (size_t len = 1; len <= 2 && at + len <= n; len++) {
        const quoth_token *last = &r->p.t[at + len - 1];
        if (len == 2) key = quoth_name_key(key, last->lower_hash);
        if (!(last->flags & TOK_CAPITALIZED)) return 0;
        if (!(quoth_name_word_classes(r->names, key) & NAME_PLACE)) continue;
        /* "Calif." takes the full stop that ends its sentence */
        if (at + len == n || (last[1].flags & TOK_PUNCT) || last[1].sentence != last->sentence) return 1;
    }
    return 0;
}

/* Whether a run names a place: one of the list, a city before its state,
 * or what the entity tagger takes for a location. */
int quoth_names_place(const quoth_resolver *r, const quoth_name_run *run) {
    /* by the entity tagger, a name that ends as a place does: "Atlantic
     * Coastal Lines" opens with one and is a company, whom "the company"
     * then meant (it had been a place, never meant by it) */
    /* nor does a firm's name the entity tagger read as a place after "at"
     * ("Workers at Talvik Motors ...  the company insisted" had been no
     * one; the forty-third audit's) */
    return quoth_run_is_place(r, run) || before_its_state(r, run) ||
           (r->p.t[run->end - 1].entity == QUOTH_ENT_LOCATION &&
            !(run->end - run->first >= 2 && (quoth_name_classes_at(r, run->end - 1) & NAME_ORG_HEAD)));
}

/* Whether token i is a noun of a work that has a title: "novel", "film". */
static int work_noun(const quoth_phrases *p, size_t i) {
    static const char *const WORKS[] = {"novel", "book", "film", "movie", "memoir", "album", "play", "song",
                                        "documentary", "poem", "essay", "podcast", "musical", "opera"};
    return quoth_word_in(p, i, WORKS, sizeof WORKS / sizeof *WORKS);
}

/* A title set off beside the noun of its work: "her novel, The Salt
 * Ledger," or "The Salt Ledger, a novel,". A work says nothing and is no
 * "he" or "she" (it had taken both). */
static int work_title(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t before = run->first;
    if (before > 0 && quoth_word_is(p, before - 1, "the")) before--;
    size_t after = run->end;
    int titled = (before >= 2 && quoth_punct_is(p, before - 1, ",") && work_noun(p, before - 2) &&
                  !(before >= 4 && quoth_word_is(p, before - 4, "of"))) || /* "the author of the book, X" */
                 (after + 2 < p->n && quoth_punct_is(p, after, ",") &&
                  (quoth_word_is(p, after + 1, "a") || quoth_word_is(p, after + 1, "an") ||
                   quoth_coarse(p, after + 1) == CT_POSS) &&
                  work_noun(p, after + 2));
    /* "The author of the book, Mitchell Zuckoff,": a person's name; asked
     * last, as most names are set off beside no work */
    for (size_t i = run->first; titled && i < run->end; i++)
        if (given_name(r, i)) return 0;
    return titled;
}

/* Whether a name of unknown kind names no one person: a plural ("Saudis",
 * "the Graysons"), an acronym or a letter ("GOP", "Q:"), a date, or a
 * word of organizations or groups ("Republican", "Public"). Such a name
 * may be a source, but a "he" or "she" after it is someone else. */
int quoth_names_nobody(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *last = &r->p.t[run->end - 1];
    if (r->pos_flags && (r->pos_flags[last->pos] & QUOTH_POS_PLURAL_PROPER)) return 1;
    if (work_title(r, run)) return 1;
    if (run->end - run->first != 1) return 0;
    /* "The Saudis", tagged NNP after "the": a plural all the same */
    const char *w = quoth_token_norm(r->p.tl, run->first);
    size_t n = last->norm_len;
    if (run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") && n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
        return 1;
    return last->end - last->start == 1 || quoth_all_capitals(&r->p, run->first, 2) ||
           (quoth_name_classes_at(r, run->first) & (NAME_DATE | NAME_MONTH)) ||
           ((last->lex & (LEX_ORG_WORD | LEX_GROUP_NOUN)) && !(last->lex & LEX_FIRST_NAME));
}

/* A run of two words or more in quotation marks of its own, a comma or
 * full stop at most between: a term or a title ("the province of ''Wilayat Twitter,''"), a
 * thing named rather than a person, whom news names without them. As an
 * organization it is no full name whose last word ("Twitter") a one-word
 * mention could be the surname of. (One word, "Trumpcare", would become
 * an organization that an "it" stands for.) */
static int quoted_term(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = r->p.t;
    if (run->end - run->first < 2 || run->first == 0 || !(t[run->first - 1].flags & TOK_QUOTE_OPEN)) return 0;
    size_t close = run->end;
    if (close < r->p.n && (quoth_punct_is(&r->p, close, ",") || quoth_punct_is(&r->p, close, "."))) close++;
    return close < r->p.n && (t[close].flags & TOK_QUOTE_CLOSE);
}

/* A name in quotation marks of its own that reports: after "according
 * to", or before a verb of reporting ("According to «Kommersant»",
 * "“Vedomosti” writes"). Translated news names its media so, and no
 * person ("Kommersant" had been one); a term of one word elsewhere
 * ("Trumpcare") stays what it was. */
static int quoted_medium(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const REPORTS[] = {"reported", "reports", "wrote", "writes", "said", "says", "added"};
    const quoth_phrases *p = &r->p;
    size_t open = run->first - 1, close = run->end;
    if (run->first < 1 || close + 1 >= p->n || !(p->t[open].flags & TOK_QUOTE_OPEN) ||
        !(p->t[close].flags & TOK_QUOTE_CLOSE))
        return 0;
    return (open >= 2 && quoth_word_is(p, open - 2, "according") && quoth_word_is(p, open - 1, "to")) ||
           quoth_word_in(p, close + 1, REPORTS, sizeof REPORTS / sizeof *REPORTS);
}

/* Whether every word of a run is an adjective or a common noun to the
 * tagger in small letters after its capital (common_words_opening_name()):
 * a name of things or bodies, as no person is named by words of the
 * dictionary alone. A word in capitals says nothing ("WALLACE:", a
 * transcript's label the tagger reads as a noun). */
static int common_words_only(const quoth_resolver *r, const quoth_name_run *run) {
    if (r->p.t[run->first].coarse != CT_ADJ) return 0; /* "Ban Ki-moon", read as nouns, is a person */
    for (uint32_t i = run->first; i < run->end; i++)
        if ((r->p.t[i].coarse != CT_ADJ && r->p.t[i].coarse != CT_NOUN) || (r->p.t[i].flags & TOK_ALL_CAPS)) return 0;
    return 1;
}

/* Whether a web domain's ending follows the run with no space
 * ("Factcheck.org", "Politifact.com", which the tokenizer cuts at the
 * dot): a site, never one person. */
static int web_domain_after(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const ENDINGS[] = {"com", "org", "net", "gov", "edu", "co", "io", "news"};
    const quoth_token *t = r->p.t;
    size_t dot = run->end;
    if (dot + 1 >= r->p.n || !quoth_punct_is(&r->p, dot, ".") || t[dot].start != t[dot - 1].end ||
        t[dot + 1].start != t[dot].end)
        return 0;
    return quoth_word_in(&r->p, dot + 1, ENDINGS, sizeof ENDINGS / sizeof *ENDINGS);
}

/* "The promoter, Skyline Live,", "His record label, Discos Esquina,": a
 * name set off after a noun of a body that opens its sentence is that
 * body (each had been a person). Not "owner" or "chief", which are as
 * often people. */
int quoth_after_body_noun_comma(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const BODIES[] = {"company",  "firm",       "label",     "promoter", "band",  "studio",
                                         "distributor", "publisher", "broadcaster", "charity", "brewery",
                                         "operator", "developer",  "retailer",  "airline",  "organisers",
                                         "organizers", "carrier",  "streamer",  "insurer",  "lender"};
    size_t first = run->first;
    if (first < 2 || !quoth_punct_is(&r->p, first - 1, ",") || quoth_coarse(&r->p, first - 2) != CT_NOUN ||
        run->end >= r->p.n || !quoth_punct_is(&r->p, run->end, ","))
        return 0;
    /* an apposition to the subject, set off on both sides: not "As an
     * associate at a law firm, Loretta E. Lynch said", nor "The head of
     * the company, Anna Ross," */
    size_t opening = quoth_sentence_first(&r->p, first);
    for (size_t i = opening; i + 2 < first; i++) { /* "The band's record label": no "of", no verb */
        int c = quoth_coarse(&r->p, i);
        if (c != CT_DET && c != CT_POSS && c != CT_ADJ && c != CT_NOUN && c != CT_PROPN && c != CT_PART) return 0;
    }
    return quoth_word_in(&r->p, first - 2, BODIES, sizeof BODIES / sizeof *BODIES);
}

/* "Disney+", "Orbit+": a brand's plus sign (the tokenizer keeps it on the
 * word) ends a company's or a service's name, never a person's. */
static int brand_plus(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->end - 1];
    return t->norm_len >= 2 && quoth_token_norm(r->p.tl, run->end - 1)[t->norm_len - 1] == '+';
}

/* "The Mayor's Office", "the Attorney General's Office": a body's word
 * after a possessive ends a body's name, whatever title the possessive
 * holds (it had made the office a person). */
static int office_of_title(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 3 && quoth_possessive(&r->p, run->end - 2) && body_word(r, run->end - 1);
}

/* "His wife, Morag,", "a nurse, Amy,": a given name alone that a list
 * holds, set off after a common noun, is a person's (a "She" after it
 * had been no one's). */
static int apposed_given_name(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    return run->end == first + 1 && first >= 2 && run->end < r->p.n && quoth_punct_is(&r->p, first - 1, ",") &&
           quoth_punct_is(&r->p, run->end, ",") && quoth_coarse(&r->p, first - 2) == CT_NOUN &&
           !(r->p.t[first - 2].flags & TOK_CAPITALIZED) && quoth_gender_of_given_name(r, first, 0);
}

/* "Le Minh Tuan, an agricultural researcher at Hanoi's Institute of
 * Policy and Strategy,": an apposition after the name whose head is a
 * noun of what a person is makes a person, whatever body its phrase goes
 * on to (the entity tagger had made him one). */
static int role_apposition_after(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t e = run->end;
    if (e + 2 >= p->n || !quoth_punct_is(p, e, ",") || quoth_coarse(p, e + 1) != CT_DET) return 0;
    size_t i = e + 2;
    while (i < p->n && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN) &&
           !(p->t[i].flags & TOK_CAPITALIZED))
        i++;
    /* set off, or going on with a preposition: not the subject of a
     * clause ("now called Trump National Doral, the candidate boasted") */
    if (i < p->n && !quoth_punct_is(p, i, ",") && quoth_coarse(p, i) != CT_ADP) return 0;
    return i > e + 2 && (quoth_name_classes_at(r, i - 1) & (NAME_ROLE | NAME_PERSON_NOUN)) &&
           !(p->t[i - 1].lex & LEX_ORG_WORD);
}

/* Whether a run of three words or more opens with a Vietnamese family
 * name ("Nguyen Duc Thang"). */
static int vietnamese_family_opens(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 3 && (quoth_name_classes_at(r, run->first) & NAME_VIET_FAMILY);
}

/* "Nguyen Thi Lan", "Le Van Hung": a Vietnamese name of three words or
 * more, the family name first and the middle name a woman's "Thi" or a
 * man's "Van" ("Le Thi Hoa" had been a body). 2 for a woman, 1 for a
 * man, 0 when the run is no such name. */
static int vietnamese_name_gender(const quoth_resolver *r, const quoth_name_run *run) {
    if (!vietnamese_family_opens(r, run)) return 0;
    if (quoth_word_is(&r->p, run->first + 1, "thi") || quoth_word_is(&r->p, run->first + 1, "thị")) return 2;
    if (quoth_word_is(&r->p, run->first + 1, "van") || quoth_word_is(&r->p, run->first + 1, "văn")) return 1;
    return 0;
}

/* "The Emir of Kano", "the Oba of Benin", "the Duke of Sussex": a ruler's
 * or a peer's title of a place is a person (each had been a body, by the
 * place that ends it). */
int quoth_ruler_word(const quoth_resolver *r, size_t i) {
    static const char *const RULERS[] = {"emir", "sultan", "oba", "duke", "duchess", "earl", "countess", "prince",
                                         "princess", "king", "queen", "sheikh", "maharaja", "ooni", "alaafin"};
    return quoth_word_in(&r->p, i, RULERS, sizeof RULERS / sizeof *RULERS);
}

/* "the Kestrel driver", "the Castleford striker": a team's athlete, a
 * person whom the team's name only describes and whom the text named
 * before (the thirty-third audit's motorsport had been the teams'); a
 * manager or a captain may speak for the team. */
int quoth_athlete_noun(const quoth_resolver *r, size_t i) {
    static const char *const ATHLETES[] = {"driver",  "rider",    "striker",  "midfielder", "goalkeeper", "winger",
                                           "forward", "defender", "quarterback", "pitcher", "batsman", "bowler",
                                           "jockey",  "co-driver", "teammate",
                                           /* "the Nigeria international", "the former Sweden
                                            * international": a player capped by the country (the
                                            * thirty-seventh audit's had been the country) */
                                           "international"};
    return quoth_word_in(&r->p, i, ATHLETES, sizeof ATHLETES / sizeof *ATHLETES);
}

/* "the Rovers boss", "the City manager": who runs a team, a person the
 * team's name only describes, as its athletes are (the thirty-seventh
 * audit's had been the club). */
int quoth_team_person_noun(const quoth_resolver *r, size_t i) {
    /* and racing's: "The County Carrow handler" is the trainer named
     * before, not the county (the thirty-eighth audit's) */
    return quoth_athlete_noun(r, i) || quoth_word_is(&r->p, i, "boss") || quoth_word_is(&r->p, i, "manager") ||
           quoth_word_is(&r->p, i, "coach") || quoth_word_is(&r->p, i, "trainer") || quoth_word_is(&r->p, i, "handler");
}

static int ruler_of_place(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    /* the "of" asked before the list: most runs have none where a ruler's would be */
    if (!quoth_word_is(&r->p, first, "of") && !quoth_word_is(&r->p, first + 1, "of")) return 0;
    if (first > 0 && quoth_ruler_word(r, first - 1)) first--;
    return run->end - first >= 3 && quoth_word_is(&r->p, first + 1, "of") && quoth_ruler_word(r, first);
}

/* "at the butcher block in Casa Brava", "outside Harrow Fields": a name
 * of words no list knows after a preposition of place is where something
 * is, not a person (Casa Brava had been a woman whom "she" stood for). */
static int after_place_preposition(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const WHERE[] = {"in", "at", "inside", "outside", "near", "into"};
    return run->first > 0 && quoth_word_in(&r->p, run->first - 1, WHERE, sizeof WHERE / sizeof *WHERE);
}

/* "a retired postman from Lower Fenby": a name after a person's noun and
 * "from" is where the person is from (it had been a second person by the
 * entity tagger, and the "He" after it no one's); not "a letter from Ann
 * Lowe", nor a given name's ("a nurse from Ann Lowe's ward"). */
static int home_of_person(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->first < 2) return 0;
    size_t noun = run->first - 2;
    return quoth_word_is(&r->p, run->first - 1, "from") && !given_name(r, run->first) &&
           !(r->p.t[noun].flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, noun) == CT_NOUN &&
           ((r->p.t[noun].lex & LEX_TITLE) || (quoth_name_classes_at(r, noun) & (NAME_ROLE | NAME_PERSON_NOUN)));
}

/* "left-wing party Frente Comum", "the charity Shelterline": a noun of a
 * body's kind in small letters right before the name says what it is
 * (each had been a person). Not a noun that a person may be ("brewer
 * Demelza Rowe", "developer", "operator"). */
int quoth_introduced_by_body_noun(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const KINDS[] = {"party",     "company",   "firm",      "group",       "charity",
                                        "union",     "brewery",   "bank",      "lender",      "insurer",
                                        "retailer",  "airline",   "carmaker",  "automaker",   "publisher",
                                        "broadcaster", "newspaper", "magazine", "collective",  "coalition",
                                        "agency",    "club",      "band",      "conglomerate", "manufacturer",
                                        "startup",   "start-up",  "consultancy", "think-tank", "watchdog",
                                        "regulator", "utility",   "drugmaker", "chain",
                                        /* the eighteenth audit's "Spanish outlet Diario Marítimo" had been
                                         * a person */
                                        "outlet",    "website",   "tabloid",   "portal",      "channel",
                                        "station",   "network",   "daily",     "weekly",
                                        /* the thirty-fifth audit's "Budget carrier Skyvia" and "the
                                         * reinsurer Halden Re" */
                                        "carrier",   "reinsurer", "studio"};
    if (run->first == 0) return 0;
    uint32_t noun = run->first - 1;
    /* the tag first: most names follow no noun or adjective ("said", "the") */
    int c = quoth_coarse(&r->p, noun);
    return (c == CT_NOUN || c == CT_ADJ || c == CT_PROPN) && !(r->p.t[noun].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, noun, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* "a vice president at Koval", "an analyst at Brenner": the name where a
 * title or a role is held is a body's (Koval had been a man, whom a later
 * "he" stood for; the eighteenth audit's). Not a given name. */
int quoth_employer_after_title(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t at = run->first - 1;
    if (run->first < 2 || !quoth_word_is(&r->p, at, "at") || given_name(r, run->first)) return 0;
    const quoth_token *role = &r->p.t[at - 1];
    return !(role->flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, at - 1) == CT_NOUN &&
           ((role->lex & LEX_TITLE) || (quoth_name_classes_at(r, at - 1) & NAME_ROLE));
}

/* "Coordinating Minister for Economic Affairs Darmawan Setyadi": a
 * title and its office's "for" or "of" among the run's words before the
 * name make it its holder's, whatever body the office's words name (the
 * entity tagger had made him one; the forty-second audit's). */
static int office_before_name(const quoth_resolver *r, const quoth_name_run *run) {
    /* with the office's words between: not "CEO of Hewlett-Packard",
     * whose run is the body's own */
    for (uint32_t i = run->lead; i + 2 < run->first; i++)
        if ((r->p.t[i].lex & LEX_TITLE) && (quoth_word_is(&r->p, i + 1, "for") || quoth_word_is(&r->p, i + 1, "of")))
            return 1;
    return 0;
}

int quoth_sports_club_letters(const quoth_resolver *r, size_t i) {
    static const char *const CLUBS[] = {"fc", "ac", "sc", "hc", "ehc", "ev", "sv", "vfb", "vfl", "tsv",
                                        "fk", "sk", "ifk", "aik", "hk", "ssc", "erc", "bk",
                                        /* the fifty-fifth audit's basketball and handball: Serbian "KK",
                                         * "RK", Polish "KPR", Spanish "BM", "CB" (not "BC", a Canadian
                                         * province's letters before its premier) */
                                        "kk", "rk", "vk", "kpr", "bm", "cb"};
    const quoth_token *t = &r->p.t[i];
    return (t->flags & TOK_CAPITALIZED) && t->norm_len <= 3 &&
           quoth_word_in(&r->p, i, CLUBS, sizeof CLUBS / sizeof *CLUBS) && i + 1 < r->p.n &&
           (t[1].flags & TOK_CAPITALIZED) && t[1].sentence == t->sentence;
}

/* Whether token i is the prefix of a ship's name ("MV Aurora Skald", "RV
 * Vinterfalk", "HMS Dauntless"). */
static int ship_prefix(const quoth_resolver *r, size_t i) {
    static const char *const PREFIXES[] = {"mv", "rv", "hms", "uss", "hmas", "hmcs", "hmnzs", "fv", "rfa", "ins"};
    return (r->p.t[i].flags & TOK_ALL_CAPS) && r->p.t[i].norm_len <= 5 &&
           quoth_word_in(&r->p, i, PREFIXES, sizeof PREFIXES / sizeof *PREFIXES);
}

/* Whether the capitalized word at i is a body's noun and no title nor
 * given name ("Mosque", "Chamber"; not "Duke", "Legion" of no one). */
static int capitalized_body_noun(const quoth_resolver *r, uint32_t i) {
    return (r->p.t[i].flags & TOK_CAPITALIZED) && body_word(r, i) && !(r->p.t[i].lex & (LEX_TITLE | LEX_FIRST_NAME));
}

/* "the Grand Mosque of Carridge", "the Chamber of Mines", "the Carridge
 * Grand Mosque": a body's noun before an "of" inside the name, or ending
 * a name after "the", says a body, whatever the entity tagger read (the
 * mosque had been a person that its imam's "who" stood for; the
 * fifty-sixth audit's). A title before "of" ("Duke of Kent") is none. */
static int body_noun_heads_name(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end < run->first + 2) return 0;
    if (run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") && capitalized_body_noun(r, run->end - 1))
        return 1;
    for (uint32_t i = run->first; i + 2 < run->end; i++)
        if (quoth_word_is(&r->p, i + 1, "of") && capitalized_body_noun(r, i)) return 1;
    return 0;
}

/* Whether token i is a capital letter, a hyphen and a capitalized word
 * ("K-Electric"), as brands are written; not a Korean given name's
 * syllables ("Ji-Woo") nor an initial's ("J.-P."). */
static int letter_hyphen_brand(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    return t->end - t->start >= 4 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

static int kind_by_words(const quoth_resolver *r, const quoth_name_run *run) {
    if (ruler_of_place(r, run)) return QUOTH_KIND_PERSON;
    /* a ship, which neither speaks nor is "the company" that runs it (the
     * fifty-sixth audit's "MV Aurora Skald" had been) */
    if (run->end >= run->first + 2 && ship_prefix(r, run->first)) return QUOTH_KIND_UNKNOWN;
    /* a form of courtesy names a person, whatever the entity tagger read
     * ("Omda Yousif Adam Kodi" had been a body; the forty-eighth audit's) */
    if (run->first > 0 && run->lead < run->first && quoth_courtesy_word(r, run->first - 1)) return QUOTH_KIND_PERSON;
    /* "kestrelPay", "eBay": a brand in small letters with a capital inside
     * is a firm's, no person's (it had been of no kind) */
    if (run->end == run->first + 1 && (r->p.t[run->first].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == TOK_ALPHA &&
        !(r->p.t[run->first].lex & LEX_HONORIFIC) && r->text[r->p.t[run->first].start] != '@' /* a handle's */)
        return QUOTH_KIND_ORGANIZATION;
    /* "K-Electric", "T-Mobile": a single capital letter hyphened to a word
     * opens a brand, no person's name (the ninetieth audit's Karachi
     * utility had been a person, whom "It" could not stand for) */
    if (run->end == run->first + 1 && letter_hyphen_brand(r, run->first)) return QUOTH_KIND_ORGANIZATION;
    /* "United Metalworkers Local 1138", "Local 41": a union's local (each
     * had been of no kind, and "the union" no one's; the twenty-fourth
     * audit's) */
    if (run->end >= run->first + 2 && quoth_local_number(&r->p, run->end - 1)) return QUOTH_KIND_ORGANIZATION;
    /* "Marlowe & Finch", "Harrow & Vale": two names joined by an
     * ampersand are a firm's (a headline's had been a person, whom "the
     * company" could not mean; the thirty-seventh audit's) */
    for (uint32_t i = run->first + 1; i + 1 < run->end; i++)
        if (quoth_punct_is(&r->p, i, "&")) return QUOTH_KIND_ORGANIZATION;
    /* "the Mount Kumgang resort": a mountain, whom no "he" stands for (it
     * had been of no kind, and a man's "He said" after it its; the
     * forty-first audit's) */
    if (run->end >= run->first + 2 && (r->p.t[run->first].flags & TOK_CAPITALIZED) &&
        (quoth_word_is(&r->p, run->first, "mount") || quoth_word_is(&r->p, run->first, "mt.")))
        return QUOTH_KIND_ORGANIZATION;
    /* "EHC Lindenau", "HC Davos", "FC Basel": a sports club's letters
     * before its town (the fiftieth audit's "the club" had been no one) */
    if (run->end >= run->first + 2 && quoth_sports_club_letters(r, run->first)) return QUOTH_KIND_ORGANIZATION;
    /* "the 9th Circuit": a numbered court (name_starts.c) */
    if (run->end >= run->first + 2 && quoth_ordinal_figure(r, run->first)) return QUOTH_KIND_ORGANIZATION;
    /* "Friends of the Earth": a supporters' society (it had been of no kind) */
    if (run->end >= run->first + 3 && quoth_word_is(&r->p, run->first, "friends") &&
        quoth_word_is(&r->p, run->first + 1, "of"))
        return QUOTH_KIND_ORGANIZATION;
    if (web_domain_after(r, run) || quoth_after_body_noun_comma(r, run) || brand_plus(r, run) || office_of_title(r, run) ||
        quoth_introduced_as_newspaper(r, run) || quoth_romance_body_name(r, run->first, run->end))
        return QUOTH_KIND_ORGANIZATION;
    /* "Deputy Minister of Planning and Investment Nguyen Thi Lan" */
    /* and one after a ruler's style ("His Royal Majesty Nnaemeka
     * Okafor-Agu", a body by the entity tagger) */
    /* and a person's role that opened the sentence before the name
     * ("Quarterback Nate Rourke said", the thirty-ninth audit's, had been
     * a body by the entity tagger) */
    if ((run->lead + 1 == run->first && (run->lead == 0 || quoth_sentence_first(&r->p, run->lead) == run->lead) &&
         (quoth_name_classes_at(r, run->lead) & NAME_ROLE)) ||
        (run->lead < run->first && quoth_past_portfolio(r, run->lead, run->end) == run->first) ||
        office_before_name(r, run) ||
        (run->lead < run->first && quoth_royal_style_at(r, run->lead, run->end)) ||
        vietnamese_name_gender(r, run) || introduced_handle(r, run) ||
        /* an office's "Director of the provincial Department of Transport
         * Nguyen Duc Thang" too, his middle name no "Van" (it had been a
         * body; the fifty-fourth audit's) */
        (run->lead < run->first && vietnamese_family_opens(r, run)))
        return QUOTH_KIND_PERSON;
    /* a body or a place by its words, or by the words around it: a place
     * first, the commonest, and the search of the phrases around it last,
     * the dearest (the order of tests that give one kind changes nothing) */
    if (place_or_known_org(r, run) || institution_name(r, run) || body_noun_heads_name(r, run) ||
        /* "Maison Verdier", "Grupo Alvarado": a Romance body's head opens
         * a firm's name (the fifty-seventh audit's "he" had been the
         * fashion house) */
        (run->end >= run->first + 2 && quoth_romance_body_head(r, run->first)) ||
        (run->end - run->first >= 2 && (quoth_name_classes_at(r, run->end - 1) & NAME_ORG_HEAD)) ||
        before_its_state(r, run) || quoth_nationality_opens_run(r, run) || quoth_body_before_its_place(r, run) ||
        quoth_place_by_its_words(r, run) || quoth_employer_after_title(r, run) ||
        (run->end == run->first + 1 && quoth_capitals_among_small_letters(r, run->first)) ||
        /* not a person the "which" of a thing named before follows ("the
         * podcast hosted by producer Glen Abernathy, which was released";
         * the twenty-sixth audit's had made him a body) */
        (thing_relative_after(r, run) && !(r->p.t[run->first].lex & LEX_FIRST_NAME) &&
         !(run->end - run->first >= 2 && given_name(r, run->first))) ||
        quoth_run_apposed_to_body(r, run))
        return QUOTH_KIND_ORGANIZATION;
    if (work_title(r, run)) return QUOTH_KIND_UNKNOWN;
    if (given_full_name(r, run) || after_title_comma(r, run) || role_apposition_after(r, run) ||
        quoth_name_before_age(r, run->end - 1) || /* "Yusuf, 16," */
        ((run->first == 0 || quoth_coarse(&r->p, run->first - 1) != CT_ADP) && quoth_title_apposition_at(r, run->end)))
        return QUOTH_KIND_PERSON;
    if (quoted_term(r, run) || quoted_medium(r, run) || quoth_introduced_by_body_noun(r, run)) return QUOTH_KIND_ORGANIZATION;
    if (titled_name(r, run)) return QUOTH_KIND_PERSON;
    if (home_of_person(r, run)) return QUOTH_KIND_ORGANIZATION; /* a place, as places are */
    /* an honorific says a person, whatever the entity tagger read ("Ms
     * Prossy Nankya Mirembe" had been a body; the fifty-fifth audit's) */
    if (run->first > 0 && (r->p.t[run->first - 1].lex & LEX_HONORIFIC)) return QUOTH_KIND_PERSON;
    /* and so does a cleric's or a soldier's form of address ("Archpriest
     * Mihai Zgardan" had been a body; the fifty-seventh audit's) */
    if (run->first > 0 && quoth_address_before_name(r, run->first - 1)) return QUOTH_KIND_PERSON;
    int tagged = entity_kind(r, run);
    if (tagged != QUOTH_KIND_UNKNOWN) return tagged;
    const quoth_token *t = r->p.t;
    for (uint32_t i = run->first; i < run->end; i++)
        if (body_word(r, i) && !(t[i].lex & LEX_FIRST_NAME)) return QUOTH_KIND_ORGANIZATION;
    if ((t[run->first].lex & LEX_FIRST_NAME) || apposed_given_name(r, run)) return QUOTH_KIND_PERSON;
    if (run->first > 0 && (t[run->first - 1].lex & (LEX_TITLE | LEX_HONORIFIC)))
        return QUOTH_KIND_PERSON;
    if (common_words_only(r, run)) return QUOTH_KIND_ORGANIZATION; /* "Western Journalism", "Common Core" */
    /* not a name that a common noun opens ("the Climate Action summit"),
     * nor one after "the" ("the Blue Lantern", a venue, had taken a
     * woman's "she") */
    if (run->end - run->first >= 2 && run->end - run->first <= 3 &&
        !(run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") &&
          (run->end >= r->p.n || quoth_coarse(&r->p, run->end) != CT_NOUN)) &&
        /* "the top of Skerrin Point lighthouse": a name before a common
         * noun in small letters modifies it (the lighthouse had been a man
         * whom "he" stood for) */
        !(run->end < r->p.n && quoth_coarse(&r->p, run->end) == CT_NOUN &&
          !(r->p.t[run->end].flags & TOK_CAPITALIZED) && run->first > 0 && quoth_coarse(&r->p, run->first - 1) == CT_ADP) &&
        !(quoth_name_classes_at(r, run->end - 1) & NAME_THING) && t[run->first].coarse != CT_NOUN &&
        !after_place_preposition(r, run))
        return QUOTH_KIND_PERSON;
    return QUOTH_KIND_UNKNOWN;
}

/* A name's kind. "New Yorkers", "the Graysons": people, but no one person
 * that a "he" or "she" could stand for. */
static int kind_of(const quoth_resolver *r, const quoth_name_run *run) {
    /* a place named after a person, with the person's title: "Imam
     * Khomeini International Airport" (the eighty-fifth and eighty-sixth
     * audits' "she" had gone to it), never anyone's surname */
    static const char *const FACILITIES[] = {"airport", "stadium", "station", "highway", "boulevard", "bridge"};
    int kind = kind_by_words(r, run);
    if (kind == QUOTH_KIND_PERSON && run->end - run->first >= 2 &&
        quoth_word_in(&r->p, run->end - 1, FACILITIES, sizeof FACILITIES / sizeof *FACILITIES))
        return QUOTH_KIND_ORGANIZATION;
    /* "KUALA SERDANG: More than 3,200 flood victims ...": a dateline's
     * place in capitals, which the entity tagger may read as a person's
     * name, is no one a "she" stands for (it had taken every "she" of the
     * story; the fifty-fourth audit's Malaysian news): as of no kind, "he"
     * still took it once it spoke in the headline, as a place does not */
    if (kind == QUOTH_KIND_PERSON && (r->p.t[run->first].flags & TOK_ALL_CAPS) &&
        quoth_after_dateline(&r->p, run->first) >= run->end)
        return QUOTH_KIND_ORGANIZATION;
    /* but a surname in -s with an age set off after it, which the tagger
     * read as a plural ("Robert Vickers, 67," had been no one that "he"
     * or "the 67-year-old" could stand for; a blind audit's); not "the
     * Charlotte Panthers", a team */
    if (kind == QUOTH_KIND_PERSON && r->pos_flags &&
        (r->pos_flags[r->p.t[run->end - 1].pos] & QUOTH_POS_PLURAL_PROPER) && !quoth_name_before_age(r, run->end - 1))
        return QUOTH_KIND_UNKNOWN;
    return kind;
}

int quoth_run_kind(const quoth_resolver *r, const quoth_name_run *run) { return kind_of(r, run); }

/* 1 for Mr. before a name, 2 for Mrs. or Ms., else 0. */
int quoth_honorific_gender(const quoth_resolver *r, const quoth_name_run *run) {
    size_t at = run->first;
    /* past a title after the honorific: "Mr Justice Harrow", a judge of
     * the High Court, is a man */
    if (at >= 2 && (r->p.t[at - 1].lex & LEX_TITLE) && (r->p.t[at - 2].lex & LEX_HONORIFIC)) at--;
    if (at > 0 && quoth_madam(r, at - 1)) return 2;
    if (at > 0 && quoth_monsieur(r, at - 1)) return 1;
    /* a religious order's "Sister Bernadette", "Brother Anselm" */
    if (at > 0 && quoth_address_before_name(r, at - 1)) {
        if (quoth_word_is(&r->p, at - 1, "sister")) return 2;
        if (quoth_word_is(&r->p, at - 1, "brother") || quoth_word_is(&r->p, at - 1, "father") ||
            quoth_word_is(&r->p, at - 1, "fr."))
            return 1;
    }
    if (at == 0 || !(r->p.t[at - 1].lex & LEX_HONORIFIC)) return 0;
    const char *h = quoth_token_norm(r->p.tl, at - 1);
    if (strcmp(h, "Mr.") == 0 || strcmp(h, "Mr") == 0) return 1;
    if (strcmp(h, "Mrs.") == 0 || strcmp(h, "Ms.") == 0 || strcmp(h, "Mrs") == 0 || strcmp(h, "Ms") == 0) return 2;
    /* British titles say it too, where the given name often does not
     * ("Dame Judi Dench", "Lady Ashton"); "Dr" says nothing */
    if (strcmp(h, "Sir") == 0 || strcmp(h, "Lord") == 0) return 1;
    if (strcmp(h, "Dame") == 0 || strcmp(h, "Lady") == 0) return 2;
    /* and South Asian and West African ones */
    if (strcmp(h, "Shri") == 0 || strcmp(h, "Alhaji") == 0 || strcmp(h, "Mallam") == 0) return 1;
    if (strcmp(h, "Smt") == 0 || strcmp(h, "Smt.") == 0 || strcmp(h, "Shrimati") == 0 || strcmp(h, "Alhaja") == 0 ||
        strcmp(h, "Hajia") == 0)
        return 2;
    return 0;
}

/* The gender a given name at `given` tells, 0 when it tells none. */
int quoth_gender_of_given_name(const quoth_resolver *r, size_t given, int before_surname) {
    uint32_t lex = r->p.t[given].lex;
    if (before_surname) {
        if ((lex & LEX_FIRST_NAME) && (lex & LEX_MALE) && !(lex & LEX_FEMALE)) return 1;
        if ((lex & LEX_FIRST_NAME) && (lex & LEX_FEMALE) && !(lex & LEX_MALE)) return 2;
    }
    uint32_t classes = quoth_given_name_classes(r, given);
    return classes == NAME_MAN ? 1 : classes == NAME_WOMAN ? 2 : 0; /* both lists: neither */
}

/* The honorific's gender, else that of a common given name that starts
 * the name. A given name alone is a person called by it ("Melanie said"),
 * read in the lists of src/attrib/given_names.c only, where those of
 * either gender ("Kelly") tell none; a surname that is also a given name
 * ("Warren", "Ryan") is its full name's speaker whenever the text gives
 * that. */
/* "Freyja Ólafsdóttir", "Egill Þorsteinsson": an Icelandic patronymic
 * ends the name, "-dóttir" a woman's, "-son" after a letter of Icelandic
 * a man's (not Swedish "Andersson", a woman's surname too). Icelandic
 * news calls them by the given name, which no list holds, and which a
 * gender lets name them (person_by_given_name(); "Freyja said" had been a
 * speaker of its own, the fifty-fourth audit's). 0 when it is no such
 * name. */
static int icelandic_patronymic_gender(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end - run->first < 2) return 0;
    const quoth_token *t = &r->p.t[run->end - 1];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    if (n > 8 && (memcmp(w + n - 7, "dóttir", 7) == 0 || memcmp(w + n - 6, "dottir", 6) == 0)) return 2;
    if (n < 6 || memcmp(w + n - 3, "son", 3) != 0) return 0;
    /* ð, Þ, þ, ó, ú, í, á, é, ý: each two bytes in UTF-8, the first 0xC3 */
    static const unsigned char ICELANDIC[] = {0xB0, 0x9E, 0xBE, 0xB3, 0xBA, 0xAD, 0xA1, 0xA9, 0xBD};
    for (size_t i = 0; i + 1 < n; i++)
        if ((unsigned char)w[i] == 0xC3 && memchr(ICELANDIC, (unsigned char)w[i + 1], sizeof ICELANDIC)) return 1;
    return 0;
}

/* A Russian patronymic inside a name of three words or more: "-ovna",
 * "-evna" a woman's ("Ayuna Erdnievna Dzhimbieva"), "-ovich", "-evich" a
 * man's ("Temir Saryg-oolovich Ondar"); the ninety-seventh audit's
 * Kalmyk women had been men whom "she" did not stand for. 0 when no word
 * between the first and the last is one. */
int quoth_russian_patronymic(const quoth_resolver *r, size_t i) {
    const char *w = quoth_token_norm(r->p.tl, i);
    size_t n = r->p.t[i].norm_len;
    if (n < 7) return 0;
    if (strcmp(w + n - 4, "ovna") == 0 || strcmp(w + n - 4, "evna") == 0) return 2;
    if (strcmp(w + n - 5, "ovich") == 0 || strcmp(w + n - 5, "evich") == 0) return 1;
    return 0;
}

static int russian_patronymic_gender(const quoth_resolver *r, const quoth_name_run *run) {
    for (size_t i = run->first + 1; i + 1 < run->end; i++) {
        int g = quoth_russian_patronymic(r, i);
        if (g) return g;
    }
    return 0;
}

int quoth_gender_of(const quoth_resolver *r, const quoth_name_run *run) {
    size_t given = given_name_at(r, run);
    int g = quoth_honorific_gender(r, run);
    if (g || (g = vietnamese_name_gender(r, run)) || (g = icelandic_patronymic_gender(r, run)) ||
        (g = russian_patronymic_gender(r, run)))
        return g;
    /* "Kim Seo-yeon", "Takahashi Kenji": the family name first, the given
     * name after it tells (Kim had made her a man); Korean given names
     * are hyphenated, and the word after another family name tells when
     * a list holds it ("Kim Smith" is not told by "Smith") */
    const quoth_token *t = &r->p.t[run->first];
    if (run->end - run->first == 2 && quoth_east_asian_family_name(r->text + t->start, t->end - t->start)) {
        int after = quoth_gender_of_given_name(r, run->first + 1, 0);
        if (after || memchr(r->text + t[1].start, '-', t[1].end - t[1].start)) return after;
    }
    g = quoth_gender_of_given_name(r, given, run->end - given >= 2);
    /* a first word no list holds, then a listed one before the surname:
     * "Chaudhry Nisar Ahmed Warraich", "Hayan Abdul-Ghani al-Sudani" */
    /* but not Malaysia's "Abdul", her father's name after her own: "Rosnah
     * Abdul Hamid" had been a man, whom no "she" stood for */
    for (size_t i = given + 1; !g && i + 1 < run->end && !given_name(r, given) && !quoth_word_is(&r->p, i, "abdul");
         i++)
        g = quoth_gender_of_given_name(r, i, 1);
    /* a Sikh woman's "Kaur", a man's "Singh", inside a name of three words
     * or more ("Gurpreet Kaur Sandhu", "Harjit Singh Sandhu": "Ms Sandhu"
     * had been the man; the ninety-second audit's check of the older
     * ones) */
    for (size_t i = run->first + 1; !g && i + 1 < run->end; i++)
        g = quoth_word_is(&r->p, i, "kaur") ? 2 : quoth_word_is(&r->p, i, "singh") ? 1 : 0;
    return g;
}

/* The gender a role marks: the female forms of role nouns ("spokeswoman",
 * "actress") and kinship words. "spokesman" and "chairman" are not taken
 * for men: news uses them for women too. 0 when the role says nothing. */
int quoth_gender_of_role(const char *role) {
    static const char *const FEMALE[] = {"woman", "women", "wife", "mother", "daughter", "sister",
                                         "grandmother", "widow", "queen", "princess", "duchess", "lady",
                                         "girl", "aunt", "niece", "actress", "heiress", "hostess",
                                         "waitress", "baroness", "countess", "empress", "mum", "mom", "gran"};
    static const char *const MALE[] = {"husband", "father", "son", "brother", "grandfather", "widower", "king",
                                       "prince", "duke", "boy", "uncle", "nephew", "man", "men", "gentleman",
                                       "dad", "grandad", "granddad"};
    /* word by word; a female form may end a compound ("spokeswoman") */
    for (const char *w = role; *w;) {
        while (*w && !isalpha((unsigned char)*w)) w++;
        size_t n = 0;
        while (isalpha((unsigned char)w[n])) n++;
        /* the first letter asked before the length and the letters: it
         * rules out most words of the lists */
        char first = (char)(w[0] | 0x20);
        for (size_t i = 0; i < sizeof FEMALE / sizeof *FEMALE; i++) {
            int suffix = i < 2; /* woman, women: also the end of a longer word */
            if (!suffix && FEMALE[i][0] != first) continue;
            size_t m = strlen(FEMALE[i]);
            if (suffix ? n >= m && strncasecmp(w + n - m, FEMALE[i], m) == 0
                       : n == m && strncasecmp(w, FEMALE[i], m) == 0)
                return 2;
        }
        for (size_t i = 0; i < sizeof MALE / sizeof *MALE; i++)
            if (MALE[i][0] == first && n == strlen(MALE[i]) && strncasecmp(w, MALE[i], n) == 0) return 1;
        w += n;
    }
    return 0;
}

/* Words of a role before a name, besides titles: "national security" in
 * "national security adviser", "White House National Security Council" in
 * "White House National Security Council spokesman", "Clinton's" in
 * "Clinton's spokesman". */
#define ROLE_WORDS_MAX 8
static int role_word(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    if (p->t[i].lex & LEX_TITLE) return 1;
    if (p->t[i].flags & TOK_DIGIT) return 0; /* a page's time stamp glued on ("10:14PMBuddies") */
    if (!(p->t[i].flags & TOK_ALPHA)) return quoth_possessive(p, i); /* not a list's "~" */
    /* "Ukrainian President"; and a common noun before a title, "Principal
     * Secretary", "Cabinet Secretary" (the role had been "Secretary for
     * Agriculture", which "the PS" is not; the fifty-fifth audit's) */
    if (p->t[i].flags & TOK_CAPITALIZED)
        return c == CT_PROPN || c == CT_ADJ || (c == CT_NOUN && i + 1 < p->n && (p->t[i + 1].lex & LEX_TITLE));
    return c == CT_ADJ || c == CT_NOUN || quoth_possessive(p, i);
}

/* A word of what a person is that the word classes' titles lack
 * ("neurosurgeon", "front-runner", "son"), in small letters. */
int quoth_role_noun(const quoth_resolver *r, size_t i) {
    return !(r->p.t[i].flags & TOK_CAPITALIZED) && (quoth_name_classes_at(r, i) & NAME_ROLE);
}

/* Whether the apposition [first, end) says what a person is: a title in
 * it, or else a role noun (*noun then set). A parenthesis makes it a list,
 * not an apposition: "candidates Sen. Marco Rubio (R-Fla.), Donald Trump"
 * gives Trump no role of Rubio's. */
int quoth_apposition_role(const quoth_resolver *r, size_t first, size_t end, uint8_t *noun) {
    int has_title = 0, has_role = 0;
    for (size_t i = first; i < end; i++) {
        if (quoth_punct_is(&r->p, i, "-LRB-")) return 0;
        has_title |= (r->p.t[i].lex & LEX_TITLE) != 0;
        has_role |= quoth_role_noun(r, i);
    }
    *noun = !has_title;
    return has_title || has_role;
}

/* An apposition without an article that names an office ("Tomasz Nowak,
 * president of the dockworkers' union,", "Lena Park, senior adviser to
 * the mayor,"): its title makes it a role; a noun alone does not ("Nowak,
 * baker", rarely written so). Its first word is in small letters: after
 * "Nowak, President Reyes" the title is the next person's. */
static int bare_apposition_role(quoth_resolver *r, size_t first, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t end = quoth_np_right(p, first, quoth_sentence_end(p, first));
    if (end <= first || !quoth_apposition_role(r, first, end, noun) || *noun) {
        *noun = 0; /* no role, or a noun's only */
        return 0;
    }
    return quoth_add_string(r, p->t[first].start, p->t[end - 1].end, off);
}

/* Whether token i is a cleric's capitalized form of address before a
 * name ("Father", "Rev."), which gives the name a role. */
static int clergy_address(const quoth_phrases *p, size_t i) {
    static const char *const ADDRESS[] = {"father", "fr.", "rev.", "reverend", "monsignor", "msgr."};
    if (!(p->t[i].flags & TOK_CAPITALIZED)) return 0;
    return quoth_word_in(p, i, ADDRESS, sizeof ADDRESS / sizeof *ADDRESS);
}

/* The first word of an office in capitals that ends right before `end`
 * and holds a title, joined by "of", "for" and "and" ("Minister of Water
 * and Irrigation", "Minister of Energy of Ukraine"), or `end` when there
 * is none. The words before the title that describe it ("Jordan's",
 * "Deputy") are the caller's to add. */
static size_t office_start(const quoth_resolver *r, size_t end, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t title = end;
    for (size_t i = end; i > limit && end - i < ROLE_WORDS_MAX; i--) {
        const quoth_token *t = &p->t[i - 1];
        /* not back over a person's name: in "Rabbi Miriam Goldfarb of
         * Temple Beth Shalom" the rabbi is she, and "Beth Shalom" holds no
         * office (it had, and "The rabbi" was "Beth Shalom") */
        if (given_name(r, i - 1) && (p->t[i].flags & TOK_CAPITALIZED) && !(p->t[i].flags & TOK_ALL_CAPS) &&
            !(p->t[i].lex & (LEX_TITLE | LEX_HONORIFIC)))
            break;
        if ((t->lex & LEX_TITLE) && !(t->lex & LEX_HONORIFIC)) title = i - 1;
        else if (!(t->flags & TOK_CAPITALIZED) && !quoth_word_is(p, i - 1, "of") &&
                 !quoth_word_is(p, i - 1, "for") && !quoth_word_is(p, i - 1, "and"))
            break;
    }
    return title;
}

/* The role string from the office that starts at `title` and the words
 * that describe it before, to `end` (exclusive). */
static int office_role(quoth_resolver *r, size_t title, size_t end, size_t limit, uint32_t *off) {
    const quoth_phrases *p = &r->p;
    size_t s = title;
    while (s > limit && end - s < ROLE_WORDS_MAX && role_word(p, s - 1)) s--;
    return quoth_add_string(r, p->t[s].start, p->t[end - 1].end, off);
}

/* Whether the token at i is a doctor's title, "Dr." or "Dr". */
static int doctor_title(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "dr.") || quoth_word_is(p, i, "dr");
}

/* The first word after "the" of an office that ends at the comma at
 * `comma` and opens its sentence ("The spokesman of the Presidency,"; "The
 * chairman of the Joint Chiefs of Staff,"; "A community leader in
 * Odo-Ere,"): "the" or "a", a title among its
 * first words, no given name and no possessive; `comma` when there is
 * none ("her rival, Sen. Bernie Sanders" keeps "Sen.", "The command's
 * spokesman, DSP Gyang Dalyop," "DSP"). */
static size_t office_set_off_before(const quoth_resolver *r, size_t comma, size_t limit) {
    const quoth_phrases *p = &r->p;
    /* past an opening phrase of time or place with no verb ("Later in the
     * day, the Special Rapporteur on the right to food, Dr. ...") */
    for (size_t i = limit; i + 3 < comma && i < limit + 6; i++) {
        int c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX) break;
        if (quoth_punct_is(p, i, ",")) {
            if (i > limit) limit = i + 1;
            break;
        }
    }
    if (limit + 2 > comma) return comma;
    size_t start = limit + 1;
    /* or a one-word possessor: "Qadimar's Prime Minister, Dr. Yousef
     * al-Shami," (the role had been "Dr.") */
    if (quoth_possessive(p, limit + 1) && (p->t[limit].flags & TOK_CAPITALIZED) && limit + 3 <= comma) {
        /* whose office is its head: not "Clinton's chief Democratic
         * rival, Sen. Bernie Sanders", a relation before an office */
        if (!(p->t[comma - 1].lex & LEX_TITLE)) return comma;
        start = limit + 2;
    }
    else if (!(quoth_word_is(p, limit, "the") || quoth_word_is(p, limit, "a") || quoth_word_is(p, limit, "an")))
        return comma;
    int title = 0;
    for (size_t i = start; i < comma; i++) {
        if (given_name(r, i) || (p->t[i].flags & TOK_PUNCT) || quoth_possessive(p, i)) return comma;
        if (i < start + 3 && (p->t[i].lex & LEX_TITLE)) title = 1;
    }
    return title ? start : comma;
}

/* Whether a verb is among the tokens [first, end): a clause, not an
 * office ("The Republican nominee also linked ... to his opponent,"). */
static int verb_between(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX) return 1;
    return 0;
}

/* Whether the two or three words [first, end) are forms of address
 * only ("Hon. Dr.", "Dr the Hon."), which say less of a role than an
 * office set off before them (the fifty-seventh audit's "The Minister of
 * Finance and Planning, Hon. Dr. Bol Akot Wol," had the role "Hon. Dr."). */
static int honorifics_only(const quoth_phrases *p, size_t first, size_t end) {
    if (end < first + 2 || end > first + 3) return 0;
    for (size_t i = first; i < end; i++)
        if (!(p->t[i].lex & LEX_HONORIFIC) && !doctor_title(p, i) && !quoth_word_is(p, i, "the")) return 0;
    return 1;
}

/* The role a title right before the name says, or the titles among the
 * capitalized words before it, that open at `title` ("Secretary of State
 * Hillary Clinton"); k is where the honorifics before the name start. */
static int title_role(quoth_resolver *r, const quoth_name_run *run, size_t title, size_t k, size_t limit, uint32_t *off,
                      uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    *noun = !(p->t[title - 1].lex & LEX_TITLE);
    size_t s = title - 1;
    /* and the "of" of a body's name: "Bank of Japan Governor" (it had
     * been "Japan Governor") */
    while (s > limit && k - s < ROLE_WORDS_MAX &&
           (role_word(p, s - 1) || (s >= limit + 2 && quoth_word_is(p, s - 1, "of") &&
                                    (p->t[s - 2].flags & TOK_CAPITALIZED) && body_word(r, s - 2))))
        s--;
    size_t listed = quoth_field_list_around(p, s); /* "Environment, Food and Rural Affairs Secretary" */
    if (listed < s && listed >= limit) s = listed;
    /* "Dr. Elise Hartmann, the county's health officer,": a doctor's
     * title alone before the name says less than the apposition after
     * it, which "The health officer" names her by */
    size_t e = run->end;
    if (s + 1 == k && doctor_title(p, s) && e + 2 < p->n && quoth_punct_is(p, e, ",") &&
        quoth_coarse(p, e + 1) == CT_DET) {
        size_t end = quoth_np_right(p, e + 1, quoth_sentence_end(p, e));
        uint8_t apposed_noun = 0;
        if (quoth_apposition_role(r, e + 1, end, &apposed_noun)) {
            *noun = apposed_noun;
            return quoth_add_string(r, p->t[e + 2].start, p->t[end - 1].end, off);
        }
    }
    /* "The spokesman of the Presidency, Ambassador Ahmed Fahmy
     * Mansour,": a rank alone before the name says less than the office
     * set off before it, which "The spokesman" names him by */
    if ((s + 1 == k || honorifics_only(p, s, k)) && s > limit + 2 && quoth_punct_is(p, s - 1, ",")) {
        size_t o = office_set_off_before(r, s - 1, limit);
        uint8_t office_noun = 0;
        if (o < s - 1 && quoth_apposition_role(r, o, s - 1, &office_noun)) {
            *noun = office_noun;
            return quoth_add_string(r, p->t[o].start, p->t[s - 2].end, off);
        }
    }
    return quoth_add_string(r, p->t[s].start, p->t[k - 1].end, off);
}

/* "Deputy Commissioner of Police (Zone II) Kavitha Rajendran": the
 * bracket that opens before the name at k, or k when none (it had been no
 * role, and "the DCP" no one). */
static size_t office_bracket_before(const quoth_phrases *p, size_t k, size_t limit) {
    if (k > limit + 3 && quoth_punct_is(p, k - 1, "-RRB-")) {
        size_t open = k - 2;
        while (open > limit && k - open < 6 && !quoth_punct_is(p, open, "-LRB-")) open--;
        if (quoth_punct_is(p, open, "-LRB-")) return open;
    }
    return k;
}

/* The role set off by a comma before the name at k, as an apposition or
 * an office; *off left UINT32_MAX when none is. */
static int role_set_off_before(quoth_resolver *r, size_t k, size_t limit, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t title;
    size_t s = quoth_np_left(p, k - 1, limit);
    if (s < k - 1 && quoth_coarse(p, s) == CT_DET) s++;
    /* the whole of a body's name that lists its fields: "The Rail, Tram
     * and Bus Union's state secretary, Dermot Keogh" (it had been "Bus
     * Union's state secretary") */
    size_t listed = quoth_field_list_around(p, s);
    if (listed < s && listed >= limit) s = listed;
    if (quoth_apposition_role(r, s, k - 1, noun)) return quoth_add_string(r, p->t[s].start, p->t[k - 2].end, off);
    /* "Jordan's Minister of Water and Irrigation, Raed ...", whose
     * noun phrase ends at its "and" */
    if ((title = office_start(r, k - 1, limit)) < k - 1) return office_role(r, title, k - 1, limit, off);
    /* "A spokeswoman for the agency in Nairobi, Faith Mutua": a title
     * in small letters after an article heads a phrase that
     * prepositions go on from (not "with Mayor Marty Walsh by her
     * side, Hillary Clinton", nor "as Governor of Arkansas in 1983") */
    /* and past the "and" of its fields: "Chechnya's minister of
     * construction and housing, Aslambek ..." (no role, and "The
     * minister" no one; the ninety-sixth audit's) */
    if (s > limit + 3 && quoth_word_is(p, s - 1, "and") && quoth_coarse(p, s - 2) == CT_NOUN &&
        !(p->t[s - 2].flags & TOK_CAPITALIZED) && quoth_coarse(p, s - 3) == CT_ADP)
        s = s - 2;
    for (int hops = 0; hops < 2 && s > limit + 1 && quoth_coarse(p, s - 1) == CT_ADP; hops++) {
        s = quoth_np_left(p, s - 1, limit);
        int article = s < k - 1 && quoth_coarse(p, s) == CT_DET;
        if (article) s++;
        /* or a place's possessive ("Chechnya's minister") */
        else if (s + 2 < k - 1 && (p->t[s].flags & TOK_CAPITALIZED) && quoth_possessive(p, s + 1) &&
                 (quoth_name_classes_at(r, s) & NAME_PLACE)) {
            s += 2;
            article = 1;
        }
        if (article && (p->t[s].lex & LEX_TITLE) && !(p->t[s].flags & TOK_CAPITALIZED) &&
            quoth_apposition_role(r, s, k - 1, noun) && !*noun)
            return quoth_add_string(r, p->t[s].start, p->t[k - 2].end, off);
    }
    /* "The Special Rapporteur on the right to food, Emeka Nwankwo,":
     * the office that opens the sentence, as before a rank (above),
     * past the "to" that ended its noun phrase (it had been no role) */
    size_t o = office_set_off_before(r, k - 1, limit);
    if (o < k - 1 && !verb_between(p, o, k - 1) && quoth_apposition_role(r, o, k - 1, noun))
        return quoth_add_string(r, p->t[o].start, p->t[k - 2].end, off);
    return 0;
}

/* The role in an apposition after the name ("Ann Ross, the union's
 * steward,"); none after a comma and an article that head no role. */
static int role_apposed_after(quoth_resolver *r, const quoth_name_run *run, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t e = run->end;
    if (e + 2 < p->n && quoth_punct_is(p, e, ",") && quoth_coarse(p, e + 1) == CT_DET) {
        size_t end = quoth_np_right(p, e + 1, quoth_sentence_end(p, e));
        /* not the subject of a clause a name ends the opening phrase of:
         * "In a post on Facebook, the minister wrote" (Facebook had been
         * the minister; the fifty-eighth audit's) */
        int subject = end < p->n && (quoth_coarse(p, end) == CT_VERB || quoth_coarse(p, end) == CT_AUX);
        if (!subject && quoth_apposition_role(r, e + 1, end, noun))
            return quoth_add_string(r, p->t[e + 2].start, p->t[end - 1].end, off);
        *noun = 0; /* no role */
        return 0;
    }
    if (e + 1 < p->n && quoth_punct_is(p, e, ",") && !(p->t[e + 1].flags & TOK_CAPITALIZED))
        return bare_apposition_role(r, e + 1, off, noun);
    /* "Prince Faisal, Qaramand's energy minister,": an office of a place's
     * or a body's, its name and possessive first (the forty-first audit's) */
    if (e + 3 < p->n && quoth_punct_is(p, e, ",") && (p->t[e + 1].flags & TOK_CAPITALIZED))
        for (size_t j = e + 2; j < e + 5 && j + 1 < p->n && (p->t[j - 1].flags & TOK_CAPITALIZED); j++)
            if (quoth_possessive(p, j)) {
                size_t end = quoth_np_right(p, j + 1, quoth_sentence_end(p, j + 1));
                if (end <= j + 1 || !quoth_apposition_role(r, j + 1, end, noun) || *noun) break;
                return quoth_add_string(r, p->t[e + 1].start, p->t[end - 1].end, off);
            }
    *noun = 0;
    return 0;
}

/* The role a text gives a name: title words right before it ("national
 * security adviser Jake Sullivan", "President Zelensky", "retired
 * neurosurgeon Ben Carson"), or an apposition before or after it ("the
 * head of ..., Mark Milley", "Frank Dellucci, a baker,"). */
int quoth_role_of(quoth_resolver *r, const quoth_name_run *run, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t first = run->first, limit = quoth_sentence_first(p, first);
    *off = UINT32_MAX;
    *noun = 0;
    size_t k = first;
    while (k > limit && (p->t[k - 1].lex & LEX_HONORIFIC)) k--;
    /* nor a form of courtesy, which is no part of the role before it
     * ("the atoll's traditional leader, Iroij Jebro Latdrik," had no
     * role, "chairman Papa Tere Moeroa" one that ended in "Papa"; the
     * thirty-third audit's) */
    while (k > limit && (quoth_courtesy_before_name(r, k - 1) || quoth_address_in_its_context(r, k - 1))) k--;
    /* nor "H.E." (His Excellency), nor Malaysia's "Tan Sri", "Datuk
     * Seri" ("Kratie provincial governor H.E. Vann Soknim" had the role
     * "Kratie provincial governor H.E."; the fifty-fifth audit's) */
    while (k > limit && (quoth_word_is(p, k - 1, "h.e.") || quoth_sri(r, k - 1) ||
                         (quoth_word_is(p, k - 1, "tan") && quoth_sri(r, k)) || quoth_courtesy_before_name(r, k - 1)))
        k--;
    /* nor a doctor's title after an office ("Health Minister Dr. Ahmed
     * Salem" had the role "Health Minister Dr.", "Minister of Health Dr.
     * Ahmed Salem" "Health Dr."; the forty-eighth audit's) */
    /* and after a portfolio's last field ("Minister of Tourism and
     * Antiquities Dr. Nabil Farouk el-Menshawy" had no role) */
    if (k > limit + 1 && doctor_title(p, k - 1) && (p->t[k - 2].flags & TOK_CAPITALIZED) &&
        (office_start(r, k - 1, limit) < k - 1 || (quoth_name_classes_at(r, k - 2) & NAME_PORTFOLIO)))
        k--;
    /* a title right before the name, or among the capitalized words
     * before it ("Secretary of State Hillary Clinton") */
    size_t title = k;
    while (title > run->lead && !(p->t[title - 1].lex & LEX_TITLE)) title--;
    if (title > limit && (((p->t[title - 1].lex & LEX_TITLE) && !(p->t[title - 1].lex & LEX_HONORIFIC)) ||
                          (title == k && quoth_role_noun(r, k - 1)))) {
        /* a royal's rank says less than the office an apposition gives:
         * "Prince Faisal bin Turki, Qaramand's energy minister," is the
         * minister that "the minister" finds (the forty-first audit's had
         * been "Prince", and "the minister" no one) */
        if (title == k && (quoth_word_is(p, k - 1, "prince") || quoth_word_is(p, k - 1, "princess"))) {
            int rc = role_apposed_after(r, run, off, noun);
            if (rc || *off != UINT32_MAX) return rc;
        }
        return title_role(r, run, title, k, limit, off, noun);
    }
    /* an office's abbreviation that opens the run ("DIG Operations Syed
     * Kamran Bukhari", whom "The DIG" is; the forty-first audit's) */
    if (run->lead < k && k > limit && quoth_office_abbreviation(r, run->lead))
        return quoth_add_string(r, p->t[run->lead].start, p->t[k - 1].end, off);
    /* an office before the run's first words ("Minister of Energy of |
     * Ukraine Oleksandr Hrytsenko", "Secretary for | Housing Cheryl Fung"),
     * whose capitals ended no run of their own (office_only()) */
    if (run->lead > limit + 1 && title == run->lead && run->first > run->lead &&
        (quoth_word_is(p, run->lead - 1, "of") || quoth_word_is(p, run->lead - 1, "for")) &&
        (title = office_start(r, run->lead - 1, limit)) < run->lead - 1)
        return office_role(r, title, k, limit, off);
    /* an office whose fields end right before the name, past a doctor's
     * title ("Minister of Tourism and Antiquities | Dr. Nabil Farouk
     * el-Menshawy", whose run began at the name; the forty-eighth audit's
     * had no role) */
    if (k < first && k > limit + 1 && (quoth_name_classes_at(r, k - 1) & NAME_PORTFOLIO) &&
        (title = office_start(r, k, limit)) < k)
        return office_role(r, title, k, limit, off);
    size_t open = office_bracket_before(p, k, limit);
    if (open < k && (title = office_start(r, open, limit)) < open) return office_role(r, title, open, limit, off);
    /* "Father Ben Ocampo", "Rev. Derek Penwell": a cleric's form of
     * address, which no word class holds */
    if (k > limit && clergy_address(p, k - 1)) return quoth_add_string(r, p->t[k - 1].start, p->t[k - 1].end, off);
    if (k > limit + 1 && quoth_punct_is(p, k - 1, ",")) {
        int rc = role_set_off_before(r, k, limit, off, noun);
        if (rc || *off != UINT32_MAX) return rc;
    }
    return role_apposed_after(r, run, off, noun);
}
