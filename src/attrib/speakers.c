/*
 * speakers.c - resolving sources to the people and organizations they name
 * (the names themselves: speaker_names.c).
 */
#include "attrib/speakers.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/speaker_names.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

/* How far back a pronoun looks for the speaker it stands for. */
#define PRONOUN_PARAGRAPHS 3

/* How many paragraphs back "the campaign" finds the body it names: news
 * of one sentence a paragraph comes back to a campaign long after naming
 * it ("Eleanor Castine's campaign is divided ..." five paragraphs before
 * "the campaign has argued" had been no one). */
#define BODY_PARAGRAPHS 8

/* ------------------------------------------------------ attributions */

/* The last word of a source, past the punctuation that closes it ("the
 * police,"): the word that says what the source is. */
static uint32_t source_last_word(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = src.end - 1;
    while (last > src.first && (r->p.t[last].flags & TOK_PUNCT)) last--;
    return last;
}

/* "Democrats in Congress", "Staff for the House Select Committee on
 * Benghazi", "Republicans, who hold the Senate,": the first name of a
 * source, when it is a group or an organization followed by a relative
 * pronoun (after a comma or not) or one of these prepositions, heads it
 * ("for", "of" and "to" are more often part of a name: "Center for
 * Responsive Politics"). */
static int heads_group(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    static const char *const AFTER[] = {"in", "on", "from", "at", "who", "which", "that"};
    if (run->end >= src.end) return 0;
    /* a group or an organization: "the ranking Democrat on the committee"
     * is one person, not the party */
    if (r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION &&
        !(r->pos_flags && (r->pos_flags[r->p.t[run->end - 1].pos] & QUOTH_POS_PLURAL)))
        return 0;
    size_t next = run->end + (quoth_punct_is(&r->p, run->end, ",") && quoth_coarse(&r->p, run->end + 1) == CT_WH);
    return quoth_word_in(&r->p, next, AFTER, sizeof AFTER / sizeof *AFTER);
}

/* Whether the comma at i ends a role that opens the source and that the
 * person's name right after it is apposed to ("another leading Supreme
 * Court advocate, Andrew J. Pincus of the law firm Mayer Brown"): the
 * comma right before the name, a common noun in small letters before it. */
static int role_comma(const quoth_resolver *r, quoth_tspan src, uint32_t i, const quoth_name_run *run) {
    return i + 1 == run->first && i > src.first && quoth_punct_is(&r->p, i, ",") &&
           quoth_coarse(&r->p, i - 1) == CT_NOUN && !(r->p.t[i - 1].flags & TOK_CAPITALIZED);
}

/* "Stuart Stevens, who was Mitt Romney's adviser", "Erin Clark, a fellow
 * at ...", "Joel Pollak of Breitbart": a person named first in a source,
 * before a comma or "of", is who it is; what follows describes them, names
 * and all, and so is one after a role and its comma (role_comma()). Of
 * two people who speak together ("Jeb Bush and Chris Christie") the first
 * named is the speaker. Not when another comma or a preposition comes
 * first ("the mayor of Paris, Anne Hidalgo"); a place or
 * body that only modifies them may ("Texas delegate Bill Eastland, wearing
 * 'Ted Cruz' pins": on PolNeAR train, 12 sources changed, 4 more agreeing
 * with CoreNLP's coreference and 4 fewer against it; all 12 right on
 * reading). */
static int heads_apposition(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) return 0;
    /* past an affiliation in parentheses ("Sen. Bernie Sanders (Vt.) and
     * ..."); a dash sets off an apposition as a comma does ("Rep. Lois
     * Frankel — like Reid, a supporter of Rep. Patrick Murphy —"). On
     * train, 9 sources changed, 3 more agreeing with CoreNLP and 3 fewer
     * against it; all 9 right on reading. */
    size_t next = run->end;
    if (next < src.end && quoth_punct_is(&r->p, next, "-LRB-")) {
        size_t close = next + 1;
        while (close < src.end && close - next <= 4 && !quoth_punct_is(&r->p, close, "-RRB-")) close++;
        next = close < src.end && quoth_punct_is(&r->p, close, "-RRB-") ? close + 1 : src.end;
    }
    if (next >= src.end || !(quoth_punct_is(&r->p, next, ",") || quoth_punct_is(&r->p, next, "--") ||
                             quoth_word_is(&r->p, next, "of") || quoth_word_is(&r->p, next, "and") ||
                             quoth_word_is(&r->p, next, "at") || quoth_word_is(&r->p, next, "from") ||
                             quoth_word_is(&r->p, next, "with")))
        return 0;
    /* after a role and its comma, whatever the role holds ("Rubio's deputy
     * campaign manager, Rich Beeson, who oversaw Mitt Romney's ...") */
    if (run->first > src.first && role_comma(r, src, run->first - 1, run)) return 1;
    for (uint32_t i = src.first; i < run->first; i++)
        if (quoth_coarse(&r->p, i) == CT_ADP || quoth_coarse(&r->p, i) == CT_PUNCT || quoth_coarse(&r->p, i) == CT_POSS)
            return 0;
    return 1;
}

/* "Even China, Pyongyang's only ally and ...,", "Peru, a country of 30
 * million,": what a place's comma opens describes it when it opens with a
 * determiner or a possessive name and a second comma closes it; "Raleigh,
 * N.C.-based Salix" and "D.C., Republican ..." go on with where, and
 * "nearby Decatur, the big steel plant is hanging" with a clause. */
static int apposition_after_place(const quoth_resolver *r, quoth_tspan src, size_t i) {
    size_t close = i + 1;
    while (close < src.end && !quoth_punct_is(&r->p, close, ",")) close++;
    if (close >= src.end) return 0;
    if (quoth_coarse(&r->p, i) == CT_DET) return 1;
    size_t j = i;
    while (j < close && j - i < 4 && (r->p.t[j].flags & TOK_CAPITALIZED) && !quoth_possessive(&r->p, j)) j++;
    return j > i && quoth_possessive(&r->p, j);
}

/* "The FDIC, a major U.S. banking regulator ... on America's biggest
 * banks", "both the United States and Russia", "Neither Republicans nor
 * Democrats": an organization named first in a source, before a comma or
 * a conjunction, is who speaks, as the first of two people is. Not after
 * a preposition ("Leaders of the Senate and House", "the ambassador to the
 * United Nations, ..."); not a place before a comma, which is where
 * ("Raleigh, N.C.-based Salix", "D.C., Republican ... Lindsey Graham"),
 * unless what follows describes it (apposition_after_place()); not a
 * name that ends with a title, which describes a person ("former
 * Hewlett-Packard CEO and presidential candidate Carly Fiorina"). On
 * PolNeAR train: 12 more sources agreeing with CoreNLP's coreference, 12
 * fewer against it (dev: 3 and 3); on reading, 2 of the 32 changed worse,
 * where a name was cut at its "and" ("United States Citizenship and
 * Immigration Services"). */
static int heads_coordination(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    const quoth_speaker *s = &r->t->s[run->speaker];
    if (s->kind != QUOTH_KIND_ORGANIZATION || run->end >= src.end || (r->p.t[run->end - 1].lex & LEX_TITLE))
        return 0;
    int comma = quoth_punct_is(&r->p, run->end, ",");
    if (!((comma && (!s->place || apposition_after_place(r, src, run->end + 1))) ||
          quoth_word_is(&r->p, run->end, "and") || quoth_word_is(&r->p, run->end, "or") ||
          quoth_word_is(&r->p, run->end, "nor")))
        return 0;
    for (uint32_t i = src.first; i < run->first; i++)
        if (quoth_coarse(&r->p, i) == CT_ADP || quoth_coarse(&r->p, i) == CT_PUNCT ||
            quoth_coarse(&r->p, i) == CT_POSS || quoth_word_is(&r->p, i, "to"))
            return 0;
    return 1;
}

/* Whether token i is a noun of people who do not speak for the party or
 * body that names them: "GOP primary voters", "The GOP presidential
 * candidate", "the RNC member", "a Trump University customer"; not "GOP
 * leaders", "NBC officials", "a State Department spokesman". */
static int outsider_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const OUTSIDERS[] = {
        "voter",     "voters",      "candidate",  "candidates", "nominee",   "nominees",   "front-runner",
        "frontrunner", "hopeful",   "hopefuls",   "contender",  "contenders", "opponent",  "opponents",
        "supporter", "supporters", "critic",     "critics",    "rival",     "rivals",     "challenger",
        "challengers", "donor",    "donors",
        "member",    "members",     "customer",   "customers",  "employee",  "employees",  "fan",
        "fans",      "student",     "students",   "legend",     "alumnus",   "alumni",     "veteran",
        "veterans",  "player",      "players",    "workers",    "expert",    "experts",    "analyst",
        "analysts",  "strategist",  "strategists", "consultant", "consultants"};
    return quoth_word_in(&r->p, i, OUTSIDERS, sizeof OUTSIDERS / sizeof *OUTSIDERS);
}

/* Whether token i is the noun of an agency or an institution that a
 * place only modifies: "Pakistan's disaster management authority", "the
 * Japanese central bank"; not "government" or "administration", through
 * which a country speaks ("the U.S. government" is the United States'). */
static int place_agency_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const AGENCIES[] = {"authority", "agency",     "ministry",   "department",
                                           "bank",      "commission",  "council", "board",     "bureau",
                                           "regulator", "watchdog",    "court",   "institute", "service"};
    return quoth_word_in(&r->p, i, AGENCIES, sizeof AGENCIES / sizeof *AGENCIES);
}

/* Whether the noun of people at `head`, which an organization's name
 * modifies, names people who do not speak for it (outsider_noun()). */
static int outside_member(const quoth_resolver *r, const quoth_name_run *run, uint32_t head) {
    return r->t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION && outsider_noun(r, head);
}

/* The noun of people that heads a source when a person or a place named
 * in it only modifies that noun ("the Clinton campaign", "Top Sanders
 * strategists", "a Trump spokeswoman", "Clinton's allies", "The Vermont
 * senator"): the source is not the one the run names. 0 when the run is
 * the source's head, or an organization's ("NBC officials" speak for
 * NBC). */
static uint32_t modified_head(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    uint32_t last = src.end - 1;
    while (last > run->end && (r->p.t[last].flags & TOK_PUNCT)) last--;
    const quoth_token *head = &r->p.t[last];
    if (last < run->end || (head->flags & TOK_CAPITALIZED) || quoth_coarse(&r->p, last) != CT_NOUN) return 0;
    for (uint32_t i = run->end; i < last; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c != CT_NOUN && c != CT_ADJ && !quoth_possessive(&r->p, i)) return 0; /* ", a strategist", "of", "who" */
    }
    int place = quoth_run_is_place(r, run);
    if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON && !place)
        return outside_member(r, run, last) ? last : 0;
    /* only people or a body: what a person says through is theirs ("Clinton's
     * statement", "Trump's rhetoric", "the Rove ad"); people set against
     * the person are not ("Trump's rivals", "Obama's questioners"), nor is
     * a place's own agency ("Pakistan's disaster management authority",
     * "Japan's central bank"), which its government speaks for no more
     * than its people do */
    return (head->lex & LEX_TITLE) || (quoth_name_classes_at(r, last) & (NAME_PEOPLE | NAME_ROLE | NAME_PERSON_NOUN)) ||
                   outsider_noun(r, last) ||
                   (place && place_agency_noun(r, last))
               ? last
               : 0;
}

/* The last word of a source's first noun phrase ("The Treasury
 * secretary", "The dean | of Columbia's ...", "the mayor | of Oakland"). */
static uint32_t first_phrase_end(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    uint32_t head = src.first;
    for (uint32_t i = src.first; i < src.end; i++) {
        int c = quoth_coarse(p, i);
        if (c != CT_DET && c != CT_POSS && c != CT_ADJ && c != CT_NOUN && c != CT_PROPN && !quoth_possessive(p, i))
            break;
        head = i;
    }
    return head;
}

/* "GOP primary voters", "The GOP presidential candidate", "Republican
 * opponents": a party's name that only modifies a noun of people who do
 * not speak for it, whom the source is about; "GOP leaders" and "Democratic
 * officials" do speak for theirs (as "NBC officials" for NBC). */
static int outside_party(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    if (run->end != run->first + 1 || !quoth_party_of(quoth_token_norm(r->p.tl, run->first))) return 0;
    uint32_t last = src.end - 1;
    while (last > run->end && (r->p.t[last].flags & TOK_PUNCT)) last--;
    if (last < run->end) return 0;
    for (uint32_t i = run->end; i < last; i++)
        if (quoth_coarse(&r->p, i) != CT_NOUN && quoth_coarse(&r->p, i) != CT_ADJ) return 0;
    return outsider_noun(r, last);
}

/* How far back from a name an opening bracket may be. */
#define BRACKET_LOOKBACK 4

/* Whether token i, after token `first`, is inside brackets that open after
 * `first`: an opening one at most BRACKET_LOOKBACK tokens before it, no
 * closing one between. */
static int in_brackets(const quoth_resolver *r, size_t first, size_t i) {
    for (size_t k = i; k-- > first && i - k <= BRACKET_LOOKBACK;) {
        if (quoth_punct_is(&r->p, k, "-RRB-")) return 0;
        if (quoth_punct_is(&r->p, k, "-LRB-")) return k > first;
    }
    return 0;
}

/* "lawyers for both Walter and Greta Brandt": of two people named
 * together at the end of a source, the first speaks, as of two at its
 * start (heads_apposition()). */
static int second_of_pair(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *first,
                          const quoth_name_run *second) {
    return first->first >= src.first && first->end + 1 == second->first &&
           quoth_word_is(&r->p, first->end, "and") && r->t->s[first->speaker].kind == QUOTH_KIND_PERSON &&
           first->speaker != second->speaker;
}

/* Whether two names are joined by "and" or "or" between tokens first and
 * end ("France and Canada", "the Senate and the House"): a plural head
 * before them ("The governments of France and Canada") speaks for both
 * together, and neither alone (the last had been the speaker). */
static int names_joined(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first + 1; i + 1 < end; i++) {
        if (!quoth_word_is(&r->p, i, "and") && !quoth_word_is(&r->p, i, "or")) continue;
        size_t next = i + 1 + (quoth_word_is(&r->p, i + 1, "the") && i + 2 < end);
        if ((r->p.t[i - 1].flags & TOK_CAPITALIZED) && (r->p.t[next].flags & TOK_CAPITALIZED)) return 1;
    }
    return 0;
}

/* The end of the part of a source to read for its names. A source whose
 * first noun phrase is headed by a common noun before a preposition is
 * that phrase, and the names after the preposition are what it is about,
 * when the head is:
 * - a plural noun of people (name_words.h's NAME_PEOPLE): "Residents of
 *   Calder", "Fans of Ada Lind's performance in ...", "Clinton's biggest
 *   boosters | in New Hampshire" are a group that no name after speaks
 *   for; not people who speak for a body ("Officials in Ohio", "Leaders
 *   of the Senate", "Members of Congress");
 * - or any noun after a name in its phrase: "Erdogan's about-face | on the
 *   regime in Damascus", "a Huffington Post review | of Federal Election
 *   Commission filings"; not a title ("Former Reagan chief | of staff Don
 *   Regan"), nor a work from or by someone ("documents from Diane D.
 *   Blair").
 * Never a group given by its examples ("critics like Huffman"). */
static uint32_t source_phrase_end(const quoth_resolver *r, quoth_tspan src) {
    static const char *const SPEAK_FOR[] = {"officials", "leaders", "aides",   "staff",   "members",
                                            "spokesmen", "lawyers", "attorneys", "sources", "delegation"};
    uint32_t head = first_phrase_end(r, src);
    const quoth_token *t = &r->p.t[head];
    if (head + 1 >= src.end || quoth_coarse(&r->p, head) != CT_NOUN ||
        ((t->flags & (TOK_CAPITALIZED | TOK_SENT_START)) == TOK_CAPITALIZED &&
         quoth_after_dateline(&r->p, quoth_sentence_first(&r->p, head)) != head) ||
        quoth_coarse(&r->p, head + 1) != CT_ADP ||
        quoth_word_is(&r->p, head + 1, "like"))
        return src.end;
    int plural = r->pos_flags && (r->pos_flags[t->pos] & QUOTH_POS_PLURAL);
    if (plural && quoth_word_is(&r->p, head + 1, "of") && names_joined(r, head + 2, src.end)) return head + 1;
    if (plural && (quoth_name_classes_at(r, head) & NAME_PEOPLE) &&
        !quoth_word_in(&r->p, head, SPEAK_FOR, sizeof SPEAK_FOR / sizeof *SPEAK_FOR))
        return head + 1;
    if (head == src.first || (t->lex & LEX_TITLE) || quoth_word_is(&r->p, head + 1, "from") ||
        quoth_word_is(&r->p, head + 1, "by"))
        return src.end;
    size_t k = quoth_first_run_ending_after(r->t, src.first);
    return k < r->t->n_runs && r->t->runs[k].first >= src.first && r->t->runs[k].end <= head ? head + 1 : src.end;
}

static int32_t run_ending_at(const quoth_resolver *r, size_t end);

/* The person whose apposition holds the run that ends the source: "a
 * lawsuit filed in Manhattan by Yulia V. Tymoshenko, a former prime
 * minister of Ukraine" is Tymoshenko, not Ukraine. The apposition opens
 * with a comma and a determiner after the person's name, and holds no
 * verb; -1 when there is none. */
static int32_t described_person(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    enum { APPOSITION_WORDS = 12 };
    for (size_t k = run->first; k-- > src.first + 1 && run->first - k <= APPOSITION_WORDS;) {
        int c = quoth_coarse(&r->p, k);
        if (c == CT_VERB || c == CT_AUX || c == CT_WH || r->p.t[k].quote_depth) return -1;
        if (!quoth_punct_is(&r->p, k, ",")) continue;
        if (!(r->p.t[k + 1].lex & LEX_DETERMINER)) return -1;
        int32_t person = run_ending_at(r, k);
        return person >= 0 && r->t->s[r->t->runs[person].speaker].kind == QUOTH_KIND_PERSON ? person : -1;
    }
    return -1;
}

/* Whether token i is a common noun of people: "woman", "source",
 * "voters", "official". */
static int people_noun(const quoth_resolver *r, uint32_t i) {
    return quoth_coarse(&r->p, i) == CT_NOUN &&
           ((r->p.t[i].lex & (LEX_TITLE | LEX_GROUP_NOUN)) ||
            (quoth_name_classes_at(r, i) & (NAME_PEOPLE | NAME_ROLE)) || outsider_noun(r, i) ||
            quoth_word_is(&r->p, i, "source") || quoth_word_is(&r->p, i, "person") ||
            quoth_word_is(&r->p, i, "resident"));
}

/* Whether the "who" at i opens a clause on a noun of people right before
 * it, or set off by a comma after one or after a party's word ("the
 * Republican, who leads in Iowa" had been Iowa). */
static int described_by_clause(const quoth_resolver *r, quoth_tspan src, size_t i) {
    if (people_noun(r, (uint32_t)i - 1)) return 1;
    if (i < src.first + 2 || !quoth_punct_is(&r->p, i - 1, ",")) return 0;
    return people_noun(r, (uint32_t)i - 2) || quoth_party_of(quoth_token_norm(r->p.tl, i - 2));
}

/* The relative clause on a noun of people in the source ("a young woman
 * who had been an exchange student in Montana", "one source who
 * identified Sullivan"), up to its comma: the names in it are not who the
 * noun is, and had been taken for the speaker. An apposition after its
 * comma still names the noun ("One of Grayson's former supporters who
 * still backs Randolph, former Colorado Rep. Pat Schroeder,"); a
 * document's clause is no such ("figures that were released by Crowdpac"
 * are Crowdpac's). An empty span when there is none. */
static quoth_tspan relative_clause_in(const quoth_resolver *r, quoth_tspan src) {
    quoth_tspan clause = {0, 0};
    size_t i = src.first + 1;
    while (i < src.end && !(quoth_coarse(&r->p, i) == CT_WH && described_by_clause(r, src, i))) i++;
    if (i >= src.end) return clause;
    size_t end = i + 1;
    while (end < src.end && !quoth_punct_is(&r->p, end, ",")) end++;
    /* but a clause that gives the noun's name is no other person's: "A
     * father who gave his name only as Luis" is Luis */
    for (size_t k = i + 2; k < end; k++)
        if (quoth_word_is(&r->p, k, "as") &&
            (quoth_word_is(&r->p, k - 1, "name") || quoth_word_is(&r->p, k - 2, "name") ||
             quoth_word_is(&r->p, k - 1, "himself") || quoth_word_is(&r->p, k - 2, "himself") ||
             quoth_word_is(&r->p, k - 1, "herself") || quoth_word_is(&r->p, k - 2, "herself")))
            return clause;
    clause.first = (uint32_t)i;
    clause.end = (uint32_t)end;
    return clause;
}

/* Whether token i is a plural noun of people who speak for no body
 * ("Passengers", "Shoppers", "Fans"), as officials, sources or police
 * speak for the place they are in ("Officials in Ohio" are Ohio's), and
 * a body's data or documents are its own. */
static int plural_bystanders(const quoth_resolver *r, size_t i) {
    static const char *const SPEAK_FOR[] = {"officials", "authorities", "leaders",    "aides",     "staff",
                                            "members",   "spokesmen",   "lawyers",    "attorneys", "sources",
                                            "police",    "prosecutors", "investigators", "diplomats", "executives",
                                            "regulators", "lawmakers",  "legislators", "ministers", "delegates"};
    if (quoth_coarse(&r->p, i) != CT_NOUN || !r->pos_flags || !(r->pos_flags[r->p.t[i].pos] & QUOTH_POS_PLURAL) ||
        (r->p.t[i].flags & TOK_ALL_CAPS))
        return 0;
    /* nor things that a body makes: "data from the Department of Education" */
    static const char *const MADE[] = {"data", "figures", "statistics", "numbers", "records", "documents",
                                       "reports", "polls", "surveys", "studies", "estimates", "results", "files"};
    if (quoth_word_in(&r->p, i, SPEAK_FOR, sizeof SPEAK_FOR / sizeof *SPEAK_FOR) ||
        quoth_word_in(&r->p, i, MADE, sizeof MADE / sizeof *MADE))
        return 0;
    return !quoth_document_noun(&r->p, i);
}

/* Whether token i is a noun in small letters of one who does something,
 * by its ending ("pharmacist", "librarian", "attendant", "driver"), which
 * no list of people holds: "A pharmacist in Bristol" is no more Bristol
 * than "a teacher from Kent" is Kent. Not a thing that ends so ("a paper
 * from Harvard", "a letter from ..."). */
static int agent_noun(const quoth_resolver *r, size_t i) {
    static const char *const ENDINGS[] = {"ist", "ian", "ant", "er"};
    static const char *const THINGS[] = {"paper", "poster", "flyer", "order", "number", "filter", "banner", "chapter"};
    if (quoth_coarse(&r->p, i) != CT_NOUN || quoth_document_noun(&r->p, i) ||
        quoth_word_in(&r->p, i, THINGS, sizeof THINGS / sizeof *THINGS))
        return 0;
    for (size_t k = 0; k < sizeof ENDINGS / sizeof *ENDINGS; k++) /* a stem of three letters at least */
        if (r->p.t[i].norm_len > strlen(ENDINGS[k]) + 2 && quoth_ends_with(&r->p, i, ENDINGS[k])) return 1;
    return 0;
}

/* Where a place phrase after an indefinite source's head opens ("A
 * shepherd near the village of Keratea", "a teacher from Kent", "an
 * official in Kabul"): the place tells where the person is, not who
 * (it had been taken for the speaker). src.end when there is none. */
static int spokes_noun(const quoth_resolver *r, uint32_t i);

/* A spokesman or a representative, who speaks for the one named with
 * them ("A representative for Mr. Pinchuk"), and a reporter, whose
 * report is the outlet's ("A reporter for USA Today said"). */
static int speaks_for_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const FOR[] = {"representative", "rep", "reporter", "correspondent", "journalist"};
    return spokes_noun(r, i) || quoth_word_in(&r->p, i, FOR, sizeof FOR / sizeof *FOR);
}

/* Whether a comma between `from` and `end` sets off an apposition. */
static int apposition_after(const quoth_phrases *p, size_t from, size_t end) {
    for (size_t k = from; k + 1 < end; k++)
        if (quoth_punct_is(p, k, ",")) return 1;
    return 0;
}

/* Whether the source [.., end) ends with a person's name set off by a
 * comma after `from`, maybe after a title: "A teacher in Leeds, John
 * Smith,", "A youth leader in Ikire, Chief Tunde Akande,". */
static int age_word(const quoth_resolver *r, size_t i);

static int person_apposed_at_end(const quoth_resolver *r, size_t from, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end > from && quoth_punct_is(p, end - 1, ",")) end--;
    size_t k = quoth_first_run_ending_after(r->t, from);
    for (; k < r->t->n_runs && r->t->runs[k].end < end; k++) {}
    if (k >= r->t->n_runs) return 0;
    const quoth_name_run *run = &r->t->runs[k];
    size_t before = run->first;
    while (before > from + 1 && (p->t[before - 1].lex & (LEX_TITLE | LEX_HONORIFIC))) before--;
    /* and past an age: "A farmer from Çamköy, 63-year-old Hüseyin Kocabaş,"
     * (the eighteenth audit's had been no one) */
    if (before > from + 1 && age_word(r, before - 1)) before--;
    return run->end == end && before > from && quoth_punct_is(p, before - 1, ",") &&
           r->t->s[run->speaker].kind == QUOTH_KIND_PERSON;
}

/* Whether token i is "a", "an", "one" or "another", the words that bring
 * in someone the text does not name ("a diplomat", "one resident"). */
static int indefinite_word(const quoth_resolver *r, size_t i) {
    static const char *const INDEFINITE[] = {"a", "an", "one", "another"};
    return quoth_word_in(&r->p, i, INDEFINITE, sizeof INDEFINITE / sizeof *INDEFINITE);
}

static size_t place_phrase_start(const quoth_resolver *r, quoth_tspan src) {
    static const char *const WHERE[] = {"near", "in", "from", "outside", "around", "at", "for"};
    const quoth_phrases *p = &r->p;
    if (src.first + 2 < src.end && plural_bystanders(r, src.first) &&
        (quoth_word_is(p, src.first + 1, "at") || quoth_word_is(p, src.first + 1, "from") ||
         quoth_word_is(p, src.first + 1, "in") || quoth_word_is(p, src.first + 1, "near") ||
         quoth_word_is(p, src.first + 1, "across")))
        return src.first + 1;
    if (!indefinite_word(r, src.first)) return src.end;
    /* but a name given after it is theirs: "a retired dentist from New
     * Jersey named Harold Fine" */
    for (size_t i = src.first + 2; i < src.end; i++)
        if (quoth_word_is(p, i, "named") || quoth_word_is(p, i, "called")) return src.end;
    for (size_t i = src.first + 1; i + 1 < src.end && i < src.first + 5; i++) {
        if ((!people_noun(r, (uint32_t)i) && !agent_noun(r, i)) || (p->t[i].flags & TOK_CAPITALIZED)) continue;
        /* "a senior doctor at the Medical College", "a food critic for the
         * Austin Ledger" are someone unnamed; "a spokesman for the
         * company" speaks for it */
        if ((quoth_word_is(p, i + 1, "at") || quoth_word_is(p, i + 1, "for")) &&
            (speaks_for_noun(r, (uint32_t)i) || apposition_after(p, i + 2, src.end)))
            continue; /* nor one named after it: "An attorney for Pagliano, Mark MacDougall," */
        /* nor one whose name is set off after the place: "A teacher in
         * Leeds, John Smith," (it had been no one) */
        if (person_apposed_at_end(r, i + 2, src.end)) continue;
        if (quoth_word_in(p, i + 1, WHERE, sizeof WHERE / sizeof *WHERE)) return i + 1;
    }
    return src.end;
}

static int body_noun(const quoth_resolver *r, uint32_t i);

/* "One AFC scout", "a Ledger reporter": someone unnamed, whom a name
 * before the noun of a person only describes (the scout had been the
 * AFC); not "a company spokesman", who speaks for it. */
static int unnamed_with_modifier(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    if (src.end < src.first + 3 ||
        !(quoth_word_is(p, src.first, "a") || quoth_word_is(p, src.first, "an") || quoth_word_is(p, src.first, "one")))
        return 0;
    uint32_t head = src.end - 1;
    if ((p->t[head].flags & (TOK_CAPITALIZED | TOK_PUNCT)) || quoth_coarse(p, head) != CT_NOUN ||
        (r->p.t[head].lex & (LEX_GROUP_NOUN | LEX_ORG_WORD)) || (!people_noun(r, head) && !agent_noun(r, head)) ||
        speaks_for_noun(r, head) || body_noun(r, head) || quoth_ends_with(p, head, "paper"))
        return 0;
    for (uint32_t i = src.first + 1; i < head; i++)
        if (quoth_coarse(p, i) == CT_ADP || (p->t[i].flags & TOK_PUNCT)) return 0;
    return 1;
}

/* Narrows *src to the part whose names run_in_source() reads
 * (source_phrase_end(), place_phrase_start(), a company's place, a
 * relative clause that ends it), with *relative the relative clause in
 * it, whose names are no one the source is. 0 when the source is someone
 * unnamed whom a name only describes (unnamed_with_modifier()). */
static int source_names_part(const quoth_resolver *r, quoth_tspan *src, quoth_tspan *relative) {
    src->end = source_phrase_end(r, *src);
    size_t where = place_phrase_start(r, *src);
    if (where < src->end) src->end = (uint32_t)where;
    if (unnamed_with_modifier(r, *src)) return 0;
    /* "Sun Pharmaceuticals of Mumbai": the company, not where it is */
    for (size_t i = src->first + 2; i + 1 < src->end && i < src->first + QUOTH_MAX_PHRASE; i++)
        if (quoth_company_of_place(r, src->first, i)) src->end = (uint32_t)i;
    *relative = relative_clause_in(r, *src);
    /* a clause that ends the source leaves the noun before it its head
     * ("A Texas voter who": a voter, not Texas) */
    if (relative->end >= src->end && relative->first > src->first) src->end = relative->first;
    return 1;
}

/* The run a source names: a person in apposition at its start, else the
 * one that ends the source (its head), else the last person in it, else
 * the first name ("Six Gannett newspapers in New Jersey, including the
 * Asbury Park Press,": the last had been taken, and on PolNeAR train 15
 * of the 32 sources changed were right, 1 worse), within
 * source_phrase_end(). -1 when it holds no name. */
static int32_t run_in_source(const quoth_resolver *r, quoth_tspan src) {
    int32_t any = -1, person = -1, group = -1;
    int person_named = 0; /* a person named before, not as a modifier */
    quoth_tspan relative;
    if (!source_names_part(r, &src, &relative)) return -1;
    /* by binary search, so that a long document does not scan every run
     * for every source */
    for (size_t k = quoth_first_run_ending_after(r->t, src.first); k < r->t->n_runs; k++) {
        const quoth_name_run *run = &r->t->runs[k];
        if (run->end <= src.first) continue;
        if (run->first >= src.end) break;
        if (run->first >= relative.first && run->first < relative.end) continue;
        /* "Rep. Ron Kind (D-Wis.)": no speaker, nor the "D." that the
         * tokenizer cuts from "(D-N.D.)"; but a parenthesis that opens the
         * source opens a sentence ("(John Schlafly defended ...") */
        if ((run->first > src.first && in_brackets(r, src.first, run->first)) || outside_party(r, src, run)) continue;
        int is_person = r->t->s[run->speaker].kind == QUOTH_KIND_PERSON;
        if (!person_named && heads_apposition(r, src, run)) return (int32_t)k;
        /* "Clinton campaign Chairman John Podesta — Bill Clinton's former
         * ... chief of staff —" is Podesta: a name before a noun in small
         * letters or a possessive only modifies it */
        person_named |= is_person && !(run->end < src.end && (quoth_possessive(&r->p, run->end) ||
                                                              (quoth_coarse(&r->p, run->end) == CT_NOUN &&
                                                               !(r->p.t[run->end].flags & TOK_CAPITALIZED))));
        if (any < 0 && person < 0 && heads_coordination(r, src, run)) return (int32_t)k;
        if (any < 0 && person < 0 && heads_group(r, src, run)) group = (int32_t)k;
        if (modified_head(r, src, run)) continue;
        /* "Indonesia's state logistics agency, Bulog,": the body's name
         * set off after its noun, not the possessor (it had been a person,
         * and then Indonesia) */
        if (run->end + 1 == src.end && run->first > src.first + 1 && quoth_punct_is(&r->p, run->end, ",") &&
            quoth_punct_is(&r->p, run->first - 1, ",") && r->t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION &&
            quoth_apposed_to_body(r, run->first, run->end))
            return (int32_t)k;
        if (run->end == src.end || (run->end + 1 == src.end && (r->p.t[run->end].flags & TOK_QUOTE))) {
            if (is_person && k > 0 && second_of_pair(r, src, &r->t->runs[k - 1], run)) return (int32_t)k - 1;
            int32_t described = described_person(r, src, run);
            if (described >= 0) return described;
            return group >= 0 && !is_person ? group : (int32_t)k;
        }
        if (is_person) person = (int32_t)k;
        if (any < 0) any = (int32_t)k;
    }
    return person >= 0 ? person : group >= 0 ? group : any;
}

/* How a pronoun's candidate is met, for fits_pronoun(): named anywhere,
 * or as an earlier statement's speaker, before a pronoun inside its
 * sentence or opening one. */
enum { MET_NAMED = 0, MET_SPOKE = 1, MET_SPOKE_BEFORE_OPENING = 2 };

static int fits_pronoun(const quoth_speaker *s, uint32_t lex, int spoke) {
    /* both bits: a person of either gender (a description, "the candidate").
     * A speaker of unknown kind that spoke is one when a given name or a
     * second word says so ("Melanie"): one word alone is more often a
     * thing's or a group's ("The Great Debate Debate shows", "Saudis",
     * "WikiLeaks"; on PolNeAR train 6 "he" and "she" had gone to such,
     * 1 of them rightly) */
    uint32_t gender = lex & (LEX_MALE | LEX_FEMALE);
    if (gender)
        return (s->kind == QUOTH_KIND_PERSON || (spoke && s->kind == QUOTH_KIND_UNKNOWN && !s->nobody &&
                                                 (s->gender || s->name_words >= 2))) &&
               !(gender == LEX_MALE && s->gender == 2) && !(gender == LEX_FEMALE && s->gender == 1);
    /* A place is singular: "They" after "in Iowa" is not Iowa (on PolNeAR
     * train, 109 sources changed: 10 fewer against CoreNLP's coreference
     * and none more; 50 now have no speaker rather than a wrong one).
     * "It" keeps places, for the countries that act ("Israel ... It
     * said"): without them, 8 fewer agreed. */
    if (lex & LEX_PLURAL) return s->kind == QUOTH_KIND_ORGANIZATION && !s->place;
    /* "Gatwick says most gates are open. It expects ...": a one-word name
     * that spoke, with no gender, role or given name to make it a person,
     * is as likely a company the tagger did not know (the eighth audit's
     * "It" had been no one's); only an "It" that opens its sentence, as
     * one inside it is as often the subject of nothing ("when it became
     * clear that") */
    if (lex & LEX_NEUTER)
        return s->kind == QUOTH_KIND_ORGANIZATION ||
               (spoke == MET_SPOKE_BEFORE_OPENING && s->kind == QUOTH_KIND_PERSON && s->name_words == 1 &&
                !s->gender && s->role == UINT32_MAX);
    return 0;
}

static uint32_t paragraph_of(const quoth_resolver *r, size_t i) {
    return r->p.tl->sent[r->p.t[i].sentence].paragraph;
}

/* The index of the first run that starts at or after token `tok`. The
 * runs' first tokens increase (quoth_find_name_runs() stores them in the
 * order of the text), so it is found by halving; the half kept is chosen
 * by a conditional move, not a branch, which a search guesses wrong half
 * the time (the rules ask it for most sources, 45 thousand mispredicts on
 * 200 articles), as quoth_first_run_ending_after() does. */
static size_t first_run_from(const quoth_resolver *r, size_t tok) {
    size_t n = r->t->n_runs;
    if (n == 0) return 0;
    const quoth_name_run *base = r->t->runs;
    /* the answer is in [base, base + n] */
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].first < tok ? base + half : base;
        n -= half;
    }
    return (size_t)(base - r->t->runs) + (base->first < tok);
}

/* A run after a conjunction the tagger reads as a preposition, and before
 * a verb, is the subject of a clause: "If Clinton could not continue her
 * candidacy, she would ...", "When Ryan spoke, he ...". */
static int opens_clause(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const SUBORDINATORS[] = {"if",     "when",   "while", "because", "although", "though", "after",
                                                "before", "since",  "unless", "until",  "once",     "as"};
    int verb = quoth_coarse(&r->p, run->end) == CT_VERB || quoth_coarse(&r->p, run->end) == CT_AUX;
    return verb && quoth_word_in(&r->p, run->first - 1, SUBORDINATORS, sizeof SUBORDINATORS / sizeof *SUBORDINATORS);
}

/* A run that is no preposition's object: "Suu Kyi's fate", "but Obama",
 * not "Asked about Anna Berg". (Objects of verbs, and runs after a title
 * that follows a preposition, were measured both ways on PolNeAR train:
 * no difference worth a rule.) */
static int named_as_subject(const quoth_resolver *r, const quoth_name_run *run) {
    return run->first == 0 || quoth_coarse(&r->p, run->first - 1) != CT_ADP || opens_clause(r, run);
}

/* How many sentences of a quotation are passed over to the one before. */
#define QUOTED_SENTENCES_MAX 4

/* Whether the tokens [first, end) all lie in a quotation. */
static int all_quoted(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (!r->p.t[i].quote_depth && !(r->p.t[i].flags & TOK_QUOTE)) return 0;
    return 1;
}

/* The first token of the sentence before the one at `own` (own > 0),
 * past the sentences of a quotation that opens before the pronoun's
 * own ("Gingrich was less serious ... | “Why would I want to say ‘no’
 * to the circus? | I like circuses,” he told the newspaper."): what the
 * quotation says names no one the pronoun can stand for. */
static size_t narrated_sentence_before(const quoth_resolver *r, size_t own) {
    size_t first = quoth_sentence_first(&r->p, own - 1);
    for (int k = 0; k < QUOTED_SENTENCES_MAX && first > 0 && all_quoted(r, first, own); k++) {
        own = first;
        first = quoth_sentence_first(&r->p, first - 1);
    }
    return first;
}

/* Which sentences sole_recent_person() reads. */
enum {
    SCOPE_TWO_SENTENCES, /* the pronoun's and the one before */
    SCOPE_OWN_SENTENCE,  /* the pronoun's, the person its subject */
    SCOPE_NARRATED       /* the pronoun's and the one before past a quotation's */
};

/* A photographer's name in a photo's credit ("Neilson Barnard via Getty
 * Images."), whom no pronoun or description after it stands for: the
 * caption interrupts the text about someone else. */
static int photo_credit(const quoth_resolver *r, const quoth_name_run *run) {
    return quoth_word_is(&r->p, run->end, "via");
}

/* The one person that a pronoun's own sentence names before it as a
 * subject (SCOPE_OWN_SENTENCE), or that it and the sentence before name,
 * outside quotations, and that fits it: "Just look at House Speaker Paul
 * D. Ryan. He's said ..." is Ryan, whoever spoke last. -1 when they name
 * none that fits, or two. */
static int32_t sole_recent_person(const quoth_resolver *r, size_t tok, uint32_t lex, int scope) {
    size_t from = quoth_sentence_first(&r->p, tok), before = from;
    int own_sentence = scope == SCOPE_OWN_SENTENCE;
    if (!own_sentence && from > 0) {
        before = from = quoth_sentence_first(&r->p, from - 1);
        if (scope == SCOPE_NARRATED) from = narrated_sentence_before(r, quoth_sentence_first(&r->p, tok));
    }
    int32_t found = -1;
    /* six sentences are at most 2,400 tokens (sentences.c cuts longer ones) */
    for (size_t j = first_run_from(r, tok); j-- > 0 && r->t->runs[j].first >= from;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (r->p.t[run->first].quote_depth || !fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED) ||
            photo_credit(r, run))
            continue;
        if (own_sentence && !named_as_subject(r, run)) continue;
        /* past a quotation, a name that only modifies a noun ("the
         * Clinton campaign") is no one the text has gone on about */
        if (run->first < before && quoth_coarse(&r->p, run->end) == CT_NOUN &&
            !(r->p.t[run->end].flags & TOK_CAPITALIZED))
            continue;
        if (found >= 0 && found != run->speaker) return -1;
        found = run->speaker;
    }
    return found;
}

/* The words of an opening phrase of time or manner before its comma
 * ("Later on Sunday, Carson shared ..."). */
#define OPENING_PHRASE_MAX 5

/* The first token after a short opening phrase of the sentence at
 * `first` that names no one but a day or a month and holds no verb
 * ("Later on Sunday,", "In his statement Saturday,"), or `first`. A place
 * ("In Iowa,") is a name, and ends the search. */
static size_t past_opening_phrase(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end && i - first <= OPENING_PHRASE_MAX; i++) {
        if (quoth_punct_is(&r->p, i, ",")) return i > first && i + 1 < end ? i + 1 : first;
        int c = quoth_coarse(&r->p, i);
        int date = c == CT_PROPN && (quoth_name_classes_at(r, i) & (NAME_DATE | NAME_MONTH));
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || (c == CT_PROPN && !date) || c == CT_PUNCT ||
            r->p.t[i].quote_depth)
            return first;
    }
    return first;
}

/* Whether a run is a possessive ("Garland's nomination"), not a subject
 * whose verb is contracted ("Christie's been making the case"). */
static int owned_by(const quoth_resolver *r, const quoth_name_run *run) {
    if (!quoth_possessive(&r->p, run->end) || run->end + 1 >= r->p.n) return 0;
    int c = quoth_coarse(&r->p, run->end + 1);
    return c != CT_VERB && c != CT_AUX;
}

/* "Qadimar's Prime Minister, Dr. Yousef al-Shami, was more cautious",
 * "Chidi's uncle, Emeka Okonjo, 74, still bakes": after the possessor run
 * j, the person whom its title or relation names, set off by commas or
 * not (past an age or an apposition after the name), when a verb follows
 * them; NULL when the possessor owns something else ("Garland's
 * nomination has become"). It opens the sentence as its subject (the
 * fourteenth and fifteenth audits' "he" and "she" after it had been the
 * last speaker before). */
static const quoth_name_run *titled_by_possessor(const quoth_resolver *r, size_t j, size_t end) {
    const quoth_phrases *p = &r->p;
    if (j + 1 >= r->t->n_runs) return NULL;
    const quoth_name_run *owner = &r->t->runs[j], *named = &r->t->runs[j + 1];
    size_t i = owner->end + 1; /* past the possessive mark */
    if (named->lead < i + 1 || named->lead > i + 4 || named->end >= end) return NULL;
    int title = 0;
    for (; i < named->lead; i++) {
        title |= (p->t[i].lex & LEX_TITLE) != 0;
        int c = quoth_coarse(p, i);
        if (!(p->t[i].flags & TOK_CAPITALIZED) && !quoth_punct_is(p, i, ",") && c != CT_NOUN && c != CT_ADJ)
            return NULL;
    }
    /* a title before the name, or inside its lead ("Prime Minister Ali") */
    for (i = named->lead; i < named->first; i++) title |= (p->t[i].lex & LEX_TITLE) != 0;
    int set_off = quoth_punct_is(p, named->lead - 1, ",");
    size_t after = named->end;
    if (after < end && quoth_punct_is(p, after, ",")) {
        after++;
        /* ", 74," or ", an engineer,": the age or the apposition set off */
        size_t close = after;
        while (close < end && close < after + 8 && !quoth_punct_is(p, close, ",")) close++;
        if (close < end && quoth_punct_is(p, close, ",") &&
            (quoth_coarse(p, after) == CT_NUM || quoth_coarse(p, after) == CT_DET))
            after = close + 1;
    }
    int c = after < end ? quoth_coarse(p, after) : CT_PUNCT;
    return (title || set_off) && (c == CT_VERB || c == CT_AUX || (after < end && quoth_coarse(p, after) == CT_ADV)) &&
                   r->t->s[named->speaker].kind == QUOTH_KIND_PERSON
               ? named
               : NULL;
}

/* The person who opens the sentence of tokens [first, end) as its
 * subject, when they fit `lex`; -1 when it opens otherwise. */
static int32_t opening_subject(const quoth_resolver *r, size_t first, size_t end, uint32_t lex) {
    /* past a place line ("ROME - Bernie Sanders met ...") and an opening
     * phrase ("In his statement Saturday, Sanders ...") */
    size_t from = past_opening_phrase(r, quoth_after_dateline(&r->p, first), end);
    size_t j = first_run_from(r, from);
    if (j >= r->t->n_runs) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    const quoth_name_run *titled = run->lead == from && owned_by(r, run) ? titled_by_possessor(r, j, end) : NULL;
    if (titled) {
        from = titled->lead;
        run = titled;
    }
    if (run->lead != from || run->first >= end || r->p.t[run->first].quote_depth ||
        owned_by(r, run) /* "Garland's nomination has become" */ ||
        quoth_all_capitals(&r->p, run->first, 3) /* a place line: "MEXICO CITY —" */ ||
        photo_credit(r, run) ||
        !fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED))
        return -1;
    return run->speaker;
}

/* The person who opens the sentence before the pronoun's, as its subject
 * ("Obama has deported more people than President George W. Bush. He
 * ..."), when they fit it; -1 when that sentence opens otherwise. */
static int32_t previous_subject(const quoth_resolver *r, size_t tok, uint32_t lex) {
    size_t own = quoth_sentence_first(&r->p, tok);
    return own == 0 ? -1 : opening_subject(r, quoth_sentence_first(&r->p, own - 1), own, lex);
}

/* Whether a person who fits `lex` is named between tokens `from` and
 * `to` as the subject of a verb ("he made the suggestion that Trump
 * should receive ..., which he is entitled to"). */
static int subject_between(const quoth_resolver *r, size_t from, size_t to, uint32_t lex) {
    for (size_t j = first_run_from(r, from); j < r->t->n_runs && r->t->runs[j].end <= to; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        int c = quoth_coarse(&r->p, run->end);
        if ((c == CT_VERB || c == CT_AUX) && fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED)) return 1;
    }
    return 0;
}

/* How many sentences back a chain of "he ... He ..." is followed. */
#define PRONOUN_CHAIN_MAX 4

/* The "he" or "she" that opens the sentence of tokens [first, end), after
 * a conjunction or an adverb ("But he ...", "Later, she ..."), outside
 * quotations; end when it opens otherwise. */
static size_t opening_he_or_she(const quoth_resolver *r, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    size_t i = first;
    while (i + 1 < end && (quoth_coarse(p, i) == CT_CONJ || quoth_coarse(p, i) == CT_ADV || quoth_punct_is(p, i, ",")))
        i++;
    if (i >= end || p->t[i].quote_depth || !(quoth_word_is(p, i, "he") || quoth_word_is(p, i, "she"))) return end;
    return i;
}

/* "He hasn't held any big rallies of late. He even revealed ...": the
 * "he" or "she" that opens the sentence before the pronoun at tok, the
 * same word as it; tok when there is none. */
static size_t same_pronoun_before(const quoth_resolver *r, size_t tok) {
    size_t own = quoth_sentence_first(&r->p, tok);
    if (own == 0) return tok;
    size_t i = opening_he_or_she(r, quoth_sentence_first(&r->p, own - 1), own);
    return i < own && quoth_word_is(&r->p, i, quoth_token_norm(r->p.tl, tok)) ? i : tok;
}

/* The speaker of the latest attribution before attribution k that fits
 * `lex` (a pronoun's classes), within a few paragraphs; *at is where its
 * source starts, and *reach (when not NULL) its last token, where its
 * statement ends after its source ("It was bad," she said. "I was
 * angry."). */
static int32_t last_fitting_speaker(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok,
                                    uint32_t lex, size_t *at, size_t *reach) {
    uint32_t para = paragraph_of(r, tok);
    for (size_t j = k, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_attribution *a = &list->a[j];
        if (quoth_tspan_empty(a->source) || a->source.first >= tok) continue;
        if (para - paragraph_of(r, a->source.first) > PRONOUN_PARAGRAPHS) break;
        /* a "he" is never the writer or the person interviewed who said "I" */
        if (a->source.end == a->source.first + 1 && quoth_word_is(&r->p, a->source.first, "i")) continue;
        int met = (r->p.t[tok].flags & TOK_SENT_START) ? MET_SPOKE_BEFORE_OPENING : MET_SPOKE;
        if (a->speaker >= 0 && fits_pronoun(&r->t->s[a->speaker], lex, met)) {
            *at = a->source.first;
            if (reach) {
                *reach = a->source.first;
                for (int c = 0; c < a->n_content; c++)
                    if (a->content[c].end > *reach + 1) *reach = a->content[c].end - 1;
            }
            return a->speaker;
        }
    }
    return -1;
}

/* A pronoun source at token tok: the person of the same "he" or "she"
 * that opens its own sentence, unless a man or woman named between is the
 * subject of a verb ("He avoided criticism of front-runner Trump until
 * recent days, when he expressed concern" is not Trump; on PolNeAR train
 * 4 speakers changed, each right); else the one person that fits it named
 * before it in its own sentence, as a subject ("Suu Kyi's fate is still
 * unclear, but she said ...", whoever spoke in the sentence before: where
 * this rule changed a speaker of PolNeAR train, CoreNLP's coreference
 * sided with it about three times as often as with the one it overruled);
 * else, of the several it names, the person who opens it as its subject
 * ("Cruz also earned the backing of ... Reid Ribble and Glenn Grothman, as
 * he sought"; on train 11 changed, 9 right, 1 nearer, 1 neither); else a
 * speaker who spoke in this sentence or the one before goes on speaking
 * ("..., she said. “...,” she added"); else, when the sentence
 * before opens with the same "he" or "she", that pronoun's person (on
 * PolNeAR train, 19 speakers changed, 14 more agreeing with CoreNLP's
 * coreference); else the one person named in this sentence or the one
 * before; else the subject that opens the sentence before (27 changed, 15
 * more agreeing); else the latest speaker that fits, within a few
 * paragraphs; else the nearest earlier name that fits, outside quotations. */
static int32_t resolve_pronoun_as(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                  size_t tok, uint32_t lex, int depth);

static int32_t resolve_pronoun_at(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                  size_t tok, int depth) {
    return resolve_pronoun_as(r, list, k, tok, r->p.t[tok].lex, depth);
}

/* resolve_pronoun_at() for a pronoun of classes `lex` read as if it stood
 * at token tok (set_off_pronoun_at()). */
static int32_t resolve_pronoun_as(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                  size_t tok, uint32_t lex, int depth) {
    uint32_t para = paragraph_of(r, tok);
    size_t at = 0, own_first = quoth_sentence_first(&r->p, tok);
    size_t opener = opening_he_or_she(r, own_first, tok);
    if (opener < tok && depth < PRONOUN_CHAIN_MAX && quoth_word_is(&r->p, opener, quoth_token_norm(r->p.tl, tok)) &&
        !subject_between(r, opener, tok, lex)) {
        int32_t same = resolve_pronoun_at(r, list, k, opener, depth + 1);
        if (same >= 0) return same;
    }
    int32_t own = sole_recent_person(r, tok, lex, SCOPE_OWN_SENTENCE);
    if (own >= 0) return own;
    if ((own = opening_subject(r, own_first, tok, lex)) >= 0) return own;
    int32_t spoke = last_fitting_speaker(r, list, k, tok, lex, &at, NULL);
    if (spoke >= 0 && (own_first == 0 || at >= narrated_sentence_before(r, own_first))) return spoke;
    size_t same = same_pronoun_before(r, tok);
    int32_t recent = same < tok && depth < PRONOUN_CHAIN_MAX ? resolve_pronoun_at(r, list, k, same, depth + 1) : -1;
    if (recent >= 0) return recent;
    recent = sole_recent_person(r, tok, lex, SCOPE_NARRATED);
    if (recent >= 0) return recent;
    if ((recent = previous_subject(r, tok, lex)) >= 0) return recent;
    /* a narrative's "they" beyond those is most often a group it never
     * named ("Progressives ... they argue"): on PolNeAR train, of the 129
     * sources the two rules below gave a body, a sample of 15 read had
     * one right, and none of the 16 that CoreNLP's coreference names
     * agreed with it */
    if ((lex & LEX_PLURAL) && !r->p.t[tok].quote_depth) return -1;
    if (spoke >= 0) return spoke;
    /* nor is a narrative's "it" a body merely named further back ("It's
     * unclear", "It also changed" of a department after an interest
     * group): on train, of 59 sources changed, a sample of 20 read had one
     * right, and 3 of the 14 in a chain CoreNLP names agreed */
    if ((lex & LEX_NEUTER) && !r->p.t[tok].quote_depth) return -1;
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->first >= tok || r->p.t[run->first].quote_depth) continue;
        if (para - paragraph_of(r, run->first) > PRONOUN_PARAGRAPHS) break;
        if (fits_pronoun(&r->t->s[run->speaker], lex, MET_NAMED)) return run->speaker;
    }
    return -1;
}

static int32_t resolve_pronoun(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                               size_t tok) {
    return resolve_pronoun_at(r, list, k, tok, 0);
}

/* The index of the run that ends at token `end`, or -1. */
static int32_t run_ending_at(const quoth_resolver *r, size_t end) {
    size_t lo = 0, hi = r->t->n_runs; /* the last run that ends by `end` */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->t->runs[mid].end <= end) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && r->t->runs[lo - 1].end == end ? (int32_t)(lo - 1) : -1;
}

static int32_t resolve_title(const quoth_resolver *r, quoth_tspan src);

/* The index of the name run that ends at `end` or, when a party and state
 * in brackets follow the name ("Rep. Joe Lynn (D-Mo.)"), just before them;
 * else -1. */
static int32_t run_ending_before_brackets(const quoth_resolver *r, size_t end, size_t *name_end) {
    *name_end = end;
    int32_t k = run_ending_at(r, end);
    if (k >= 0 || end < 3 || !quoth_punct_is(&r->p, end - 1, "-RRB-")) return k;
    size_t open = end - 2;
    while (open > 0 && end - open < 6 && !quoth_punct_is(&r->p, open, "-LRB-")) open--;
    if (!quoth_punct_is(&r->p, open, "-LRB-") || (k = run_ending_at(r, open)) < 0) return -1;
    *name_end = open;
    return k;
}

/* The run before "of" when run k is an organization or a place after it
 * ("Rep. Ann Kirkpatrick of Arizona"), else k (and -1 for -1). */
static int32_t past_place_of(const quoth_resolver *r, int32_t k) {
    if (k < 0 || r->t->s[r->t->runs[k].speaker].kind != QUOTH_KIND_ORGANIZATION) return k;
    size_t first = r->t->runs[k].first;
    int32_t before = first >= 2 && quoth_word_is(&r->p, first - 1, "of") ? run_ending_at(r, first - 1) : -1;
    return before >= 0 ? before : k;
}

/* Whether the apposition [first, end) may describe one person: it names no
 * other person whom the pronoun could mean ("Sanders, runner-up to Hillary
 * Clinton for the nomination, who ..."; a name that only modifies a noun,
 * "a Clinton campaign staffer", "an adviser to Ted Cruz's campaign", is
 * no such person), counts no people ("Kathleen Willey, two of the women
 * who ...") and its head noun, before any preposition, is not plural ("Ken
 * Griffin, hedge fund managers who ..."). */
static int describes_one_person(const quoth_resolver *r, size_t first, size_t end) {
    if (quoth_coarse(&r->p, first) == CT_NUM) return 0;
    int in_head = 1;
    size_t head = end;
    for (size_t k = first; k < end; k++) {
        int32_t run = run_ending_at(r, k + 1);
        if (run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON &&
            (k + 1 == end || !(quoth_possessive(&r->p, k + 1) || quoth_is_noun(&r->p, k + 1))))
            return 0;
        int c = quoth_coarse(&r->p, k);
        in_head &= c != CT_ADP;
        if (in_head && c == CT_NOUN) head = k;
    }
    if (head == end) return 1;
    const char *w = quoth_token_norm(r->p.tl, head);
    size_t n = strlen(w);
    return !(n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'');
}

/* Whether token i is a number of one or two digits, as an age is. */
static int two_digit_number(const quoth_resolver *r, size_t i) {
    const char *w = quoth_token_norm(r->p.tl, i);
    size_t n = r->p.t[i].norm_len;
    return (n == 1 || n == 2) && w[0] >= '0' && w[0] <= '9' && w[n - 1] >= '0' && w[n - 1] <= '9';
}

/* The person whose apposition ends at `end`, the relative pronoun after
 * it: "Dan Ruhl, a senior analyst at Jefferies, who ...", "Jeff Flake,
 * Republican of Arizona, who ...". Without this the name that ends the
 * role (Jefferies, Arizona) was taken for the antecedent and, being no
 * person, gave none. The apposition is a short phrase without a verb,
 * a quotation or a comma of its own, after a person's name and a comma. */
static int32_t apposed_person(const quoth_resolver *r, size_t end) {
    enum { APPOSITION_MAX = 12 };
    size_t first = quoth_sentence_first(&r->p, end);
    for (size_t k = end; k-- > first && end - k <= APPOSITION_MAX;) {
        if (quoth_punct_is(&r->p, k, ",")) {
            size_t name_end, name_at = k;
            /* "Tom Varga, 34, a teacher who": the age set off between */
            if (name_at >= first + 3 && quoth_punct_is(&r->p, name_at - 2, ",") && two_digit_number(r, name_at - 1))
                name_at -= 2;
            int32_t run = k > first && k + 1 < end && describes_one_person(r, k + 1, end)
                              ? past_place_of(r, run_ending_before_brackets(r, name_at, &name_end))
                              : -1;
            return run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON
                       ? r->t->runs[run].speaker
                       : -1;
        }
        int c = quoth_coarse(&r->p, k);
        if (c == CT_VERB || c == CT_AUX || c == CT_PRON || c == CT_WH || c == CT_CONJ ||
            (c == CT_PUNCT && !quoth_possessive(&r->p, k)) || r->p.t[k].quote_depth)
            return -1;
    }
    return -1;
}

/* Whether the dash before a relative pronoun at `dash` opens an insertion
 * ("Kagan -- who was ... -- said"), not closes one: in "one man -- an
 * unidentified Iranian-German -- who ..." the pronoun is the man's. */
static int dash_opens(const quoth_resolver *r, size_t dash) {
    for (size_t k = quoth_sentence_first(&r->p, dash); k < dash; k++)
        if (quoth_punct_is(&r->p, k, "--") || quoth_punct_is(&r->p, k, "-")) return 0;
    return 1;
}

/* A relative pronoun source ("Kirby, who said ..."; "the Post, which
 * reported ..."): the speaker of the name right before it, a comma or a
 * dash between or not ("Kagan -- who ...", for a person only: a "which"
 * after a dash is a clause's); "who" for a person, "which" for an
 * organization. A person's place does not come between ("Rep. Ann
 * Kirkpatrick of Arizona, who ..."), nor their party in brackets, nor
 * their role (apposed_person), nor a place between them ("Sen. Dianne
 * Feinstein of California, the ranking Democrat ..., who"); a title
 * stands for its holder ("the president, who ..."). */
/* "a study by the Coastal Research Institute, released in May, which
 * found": where the noun phrase ends that a relative pronoun after a
 * participle's aside, ending at `end` (its comma), hangs on; `end` when
 * no such aside ends there. */
static size_t before_participle_aside(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end < 4 || !quoth_punct_is(p, end, ",")) return end;
    for (size_t c = end - 1; c > 0 && end - c <= 6; c--) {
        if (!quoth_punct_is(p, c, ",")) continue;
        size_t n = p->t[c + 1].norm_len;
        const char *w = quoth_token_norm(p->tl, c + 1);
        int participle = quoth_coarse(p, c + 1) == CT_VERB && n > 3 && strcmp(w + n - 2, "ed") == 0;
        return participle ? c : end;
    }
    return end;
}

static int32_t resolve_relative(const quoth_resolver *r, quoth_tspan src) {
    if (src.end != src.first + 1 || src.first == 0) return -1;
    const char *w = quoth_token_norm(r->p.tl, src.first);
    int who = strcasecmp(w, "who") == 0;
    if (!who && strcasecmp(w, "which") != 0) return -1;
    size_t end = src.first;
    if (quoth_punct_is(&r->p, end - 1, ",") ||
        (who && (quoth_punct_is(&r->p, end - 1, "--") || quoth_punct_is(&r->p, end - 1, "-")) &&
         dash_opens(r, end - 1)))
        end--;
    end = before_participle_aside(r, end);
    int32_t k = run_ending_before_brackets(r, end, &end);
    if (who && (k < 0 || r->t->s[r->t->runs[k].speaker].kind != QUOTH_KIND_PERSON)) {
        int32_t person = apposed_person(r, end);
        if (person >= 0) return person;
    }
    if (k < 0) {
        size_t first = who ? quoth_np_left(&r->p, end, quoth_sentence_first(&r->p, end)) : end;
        return first < end ? resolve_title(r, (quoth_tspan){.first = (uint32_t)first, .end = (uint32_t)end}) : -1;
    }
    if (who) k = past_place_of(r, k);
    /* "a registered Republican who spoke ...": a member, not the party */
    if (who && r->t->runs[k].end == r->t->runs[k].first + 1 && quoth_party_of(quoth_token_norm(r->p.tl, r->t->runs[k].first)))
        return -1;
    int32_t s = r->t->runs[k].speaker;
    return (r->t->s[s].kind == QUOTH_KIND_ORGANIZATION) != who ? s : -1;
}

/* Whether `text` holds `word`, in any case. */
static int holds_word(const char *text, const char *word) {
    size_t n = strlen(word);
    for (; *text; text++)
        if ((*text | 0x20) == (*word | 0x20) && strncasecmp(text, word, n) == 0) return 1;
    return 0;
}

static int is_ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Whether `text` holds `word` as a whole word, in any case: "president"
 * is not in "presidential", nor "vice" in "Secret Service". */
static int holds_whole_word(const char *text, const char *word) {
    size_t n = strlen(word);
    for (const char *at = text; *at; at++)
        if ((*at | 0x20) == (*word | 0x20) && strncasecmp(at, word, n) == 0 && (at == text || !is_ascii_letter(at[-1])) &&
            !is_ascii_letter(at[n]))
            return 1;
    return 0;
}

/* Whether a role is of the kind a general noun names: "the diplomat"
 * after "Deputy Foreign Minister Bakhtiyor Rakhimov", "the lawmaker" or
 * "the parliamentarian" after a senator or an MP, "the priest" after
 * "Father" (each had been no one). Not "the official", which in news is
 * the unnamed official of the sentence before more often than a named one
 * (on PolNeAR train 5 of 6 such statements). */
static int role_of_kind(const char *role, const char *noun) {
    static const char *const DIPLOMAT[] = {"ambassador", "envoy", "foreign minister", "foreign secretary",
                                           "secretary of state", "consul", "permanent representative", NULL};
    static const char *const LAWMAKER[] = {"senator", "sen.", "representative", "rep.", "congressman",
                                           "congresswoman", "assemblyman", "assemblywoman", "mp", "mep", "mla", "mna",
                                           "mpp", "msp",
                                           "member of parliament", "legislator", "councilman", "councilwoman",
                                           "councillor", "councilor", "parliament", "duma", "knesset",
                                           "bundestag", "majlis", "rada", NULL};
    static const char *const EXECUTIVE[] = {"ceo", "chief executive", "chairman", "chairwoman", "founder",
                                            "managing director", NULL};
    /* "Father" only as a form of address, the role's whole: "Her father"
     * is kin */
    static const char *const CLERGY[] = {"fr.", "rev.", "reverend", "pastor", "priest", "imam", "rabbi",
                                         "bishop", "archbishop", "cardinal", "monsignor", NULL};
    /* "Defence counsel, Fiona Achebe-Rourke, ... The barrister noted" (the
     * sixteenth audit's had been no one) */
    static const char *const LAWYER[] = {"counsel", "lawyer", "attorney", "barrister", "solicitor", "advocate",
                                         "qc", "kc", "prosecutor", NULL};
    /* a delegate at the United Nations is the country's envoy there ("The
     * Permanent Representative of Marovia, Ambassador Lucien Hadebe ...
     * The delegate added", the fourteenth audit's, had been no one) */
    static const struct {
        const char *noun;
        const char *const *roles;
    } KINDS[] = {{"diplomat", DIPLOMAT},   {"delegate", DIPLOMAT},  {"lawmaker", LAWMAKER},
                 {"parliamentarian", LAWMAKER}, {"legislator", LAWMAKER}, {"executive", EXECUTIVE},
                 {"priest", CLERGY},       {"cleric", CLERGY},      {"clergyman", CLERGY},
                 {"barrister", LAWYER},    {"lawyer", LAWYER},      {"solicitor", LAWYER}};
    const char *const *kind = NULL;
    /* the first letter before strcasecmp(): most nouns are none of these */
    for (size_t i = 0; !kind && i < sizeof KINDS / sizeof *KINDS; i++)
        if ((noun[0] | 0x20) == KINDS[i].noun[0] && strcasecmp(noun, KINDS[i].noun) == 0) kind = KINDS[i].roles;
    if (kind == CLERGY && strcmp(role, "Father") == 0) return 1;
    for (size_t i = 0; kind && kind[i]; i++)
        if (holds_whole_word(role, kind[i])) return 1;
    return 0;
}

/* Whether a role names a title: "spokesman" in "city council spokesman",
 * "senator" in "Senator" and in "Sen.", as news abbreviates it; a vice
 * president is no president, and a presidential nominee none either.
 * With `by_kind`, a title of the kind a general noun names too
 * (role_of_kind()). */
static int role_holds_title(const char *role, const char *title, int vice, int by_kind) {
    static const char *const ABBREVIATED[][2] = {
        {"gov.", "governor"}, {"sen.", "senator"},  {"rep.", "representative"}, {"gen.", "general"},
        {"adm.", "admiral"},  {"col.", "colonel"},  {"prof.", "professor"},      {"capt.", "captain"},
        {"sgt.", "sergeant"}, {"lt.", "lieutenant"},
        /* and other words for the title: "Justice Mary Njoroge ... The judge said" */
        {"justice", "judge"}, {"magistrate", "judge"},
        /* "Dr. Farah Siddiqui ... The doctor said" (the ninth audit's) */
        {"dr.", "doctor"}, {"dr", "doctor"},
        /* "Blues captain Hemi Parata ... the skipper said", and the other way:
         * the latest of either, not the one whose role has the very word (the
         * fifteenth audit's "the skipper" had been another team's) */
        {"skipper", "captain"}, {"captain", "skipper"},
        /* a football club's manager is its coach ("manager Callum Keane ...
         * The Harbour City coach said": the sixteenth audit's had been the
         * club), and the other way */
        {"manager", "coach"}, {"coach", "manager"}};
    if (holds_whole_word(role, "vice") != vice) return 0;
    if (holds_whole_word(role, title)) return 1;
    /* the first letter before strcasecmp(): it rules out nearly every row */
    for (size_t i = 0; i < sizeof ABBREVIATED / sizeof *ABBREVIATED; i++)
        if ((title[0] | 0x20) == ABBREVIATED[i][1][0] && strcasecmp(title, ABBREVIATED[i][1]) == 0 &&
            holds_whole_word(role, ABBREVIATED[i][0]))
            return 1;
    return by_kind && role_of_kind(role, title);
}

int quoth_party_of(const char *text) {
    int democratic = holds_word(text, "Democrat");
    int republican = holds_word(text, "Republican") || holds_word(text, "GOP");
    return democratic == republican ? 0 : democratic ? 1 : 2;
}

/* Whether a description, [first, end), names the other party than a role:
 * "The Democratic presidential nominee" is not the "Republican
 * presidential nominee". Roles seldom name a party, so only a conflict
 * counts: "The Democratic senator" may be the "Sen." named before. */
static int other_party(const quoth_resolver *r, uint32_t first, uint32_t end, const char *role) {
    int in_role = quoth_party_of(role);
    if (!in_role) return 0;
    for (uint32_t i = first; i < end; i++) {
        int named = (r->p.t[i].flags & TOK_CAPITALIZED) ? quoth_party_of(quoth_token_norm(r->p.tl, i)) : 0;
        if (named && named != in_role) return 1;
    }
    return 0;
}

/* Whether person s holds one of `offices` by its role, and not as a vice,
 * deputy or former holder. */
static int holds_office(const quoth_resolver *r, int32_t s, const char *const *offices) {
    const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
    if (!role || holds_whole_word(role, "former")) return 0;
    for (size_t k = 0; offices[k]; k++)
        if (holds_whole_word(role, offices[k]) &&
            /* a deputy of the office, unless the office is a deputy's own ("deputy commissioner of police") */
            !(holds_whole_word(role, "vice") && !holds_whole_word(offices[k], "vice")) &&
            !(holds_whole_word(role, "deputy") && !holds_whole_word(offices[k], "deputy")))
            return 1;
    return 0;
}

/* "the head of government", "the head of state": the person named latest
 * whose role is such an office, a prime minister, premier or chancellor,
 * or a president or monarch (each had been no one); not a vice president,
 * a deputy or a former one. [first, last] is the source's words, "head of" the
 * second and third; -1 when no one holds the office. */
static int32_t resolve_head_of(const quoth_resolver *r, uint32_t first, uint32_t last) {
    static const char *const GOVERNMENT[] = {"prime minister", "premier", "chancellor", NULL};
    static const char *const STATE[] = {"president", "king", "queen", "emir", "monarch", NULL};
    const quoth_phrases *p = &r->p;
    if (!quoth_word_is(p, first, "the")) return -1;
    const char *const *offices = quoth_word_is(p, last, "government") ? GOVERNMENT
                                 : quoth_word_is(p, last, "state")    ? STATE
                                                                      : NULL;
    for (size_t j = offices ? first_run_from(r, first) : 0, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;)
        if (holds_office(r, r->t->runs[j].speaker, offices)) return r->t->runs[j].speaker;
    return -1;
}

/* The offices an abbreviation stands for: "PM"; "CM", an Indian state's
 * chief minister; "CS" and "PS", Kenya's cabinet and principal
 * secretaries; "CJ"; "DG"; South Asian police ranks; a company's
 * officers; each written out or not ("Chief Executive Dana Morrow ... the
 * CEO", "Station House Officer Ravi Naik ... the SHO"). NULL for any other
 * word. */
static const char *const *abbreviated_offices(const char *word) {
    static const char *const PRIME[] = {"prime minister", "premier", NULL};
    static const char *const CHIEF[] = {"chief minister", "cm", NULL};
    static const char *const CABINET[] = {"cabinet secretary", "cs", NULL};
    static const char *const PRINCIPAL[] = {"principal secretary", NULL};
    static const char *const JUSTICE[] = {"chief justice", "cj", NULL};
    static const char *const DIRECTOR[] = {"director general", "director-general", "dg", NULL};
    static const char *const EXECUTIVE[] = {"chief executive", "ceo", NULL};
    static const char *const FINANCE[] = {"chief financial officer", "finance chief", "cfo", NULL};
    static const char *const OPERATIONS[] = {"chief operating officer", "coo", NULL};
    static const char *const DCP[] = {"deputy commissioner of police", "dcp", NULL};
    static const char *const ACP[] = {"assistant commissioner of police", "acp", NULL};
    static const char *const SHO[] = {"station house officer", "sho", NULL};
    static const char *const DSP[] = {"deputy superintendent of police", "dsp", NULL};
    static const char *const SSP[] = {"senior superintendent of police", "ssp", NULL};
    static const char *const IGP[] = {"inspector general of police", "inspector-general of police", "igp", NULL};
    static const struct {
        const char *abbreviation;
        const char *const *offices;
    } ABBREVIATIONS[] = {{"PM", PRIME}, {"CM", CHIEF}, {"CS", CABINET}, {"PS", PRINCIPAL}, {"CJ", JUSTICE}, {"DG", DIRECTOR},
                         {"CEO", EXECUTIVE}, {"CFO", FINANCE}, {"COO", OPERATIONS}, {"DCP", DCP}, {"ACP", ACP},
                         {"SHO", SHO}, {"DSP", DSP}, {"SSP", SSP}, {"IGP", IGP}};
    for (size_t k = 0; k < sizeof ABBREVIATIONS / sizeof *ABBREVIATIONS; k++)
        if (strcmp(word, ABBREVIATIONS[k].abbreviation) == 0) return ABBREVIATIONS[k].offices;
    return NULL;
}

/* A test of speaker s against what a source names (its offices, its
 * title), for holder_around(). */
typedef int (*holder_test)(const quoth_resolver *r, int32_t s, const void *what);

/* holds_office() of `what`, the offices. */
static int office_holder(const quoth_resolver *r, int32_t s, const void *what) {
    return holds_office(r, s, (const char *const *)what);
}

/* Whether speaker s's role holds the title `what` and is no former one's. */
static int title_holder(const quoth_resolver *r, int32_t s, const void *what) {
    const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
    return role && role_holds_title(role, (const char *)what, 0, 0) && !holds_whole_word(role, "former");
}

/* The person named latest before `src` who passes `test`, else the first
 * named after it (headlines and ledes name an office before its holder);
 * -1 when no one does. */
static int32_t holder_around(const quoth_resolver *r, quoth_tspan src, holder_test test, const void *what) {
    size_t from = first_run_from(r, src.first);
    for (size_t j = from, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;)
        if (test(r, r->t->runs[j].speaker, what)) return r->t->runs[j].speaker;
    for (size_t j = from, seen = 0; j < r->t->n_runs && seen++ < LOOKBACK_MAX; j++)
        if (r->t->runs[j].first >= src.end && test(r, r->t->runs[j].speaker, what)) return r->t->runs[j].speaker;
    return -1;
}

/* "PM", "the PM", "Britain's PM", "the CS" (abbreviated_offices()): an
 * office's abbreviation, which headlines use before the article names its
 * holder ("\"We will win,\" says PM"; it had been a speaker "PM"). The
 * person named latest before it who holds the office, else the first
 * named after it; -1 when no one does. *found is set when the source is
 * such an abbreviation. */
static int32_t resolve_office_abbreviation(const quoth_resolver *r, quoth_tspan src, int *found) {
    *found = 0;
    uint32_t last = src.end - 1;
    if (last > src.first + 2 || r->p.t[last].norm_len < 2 || r->p.t[last].norm_len > 3) return -1;
    const char *const *offices = abbreviated_offices(quoth_token_norm(r->p.tl, last));
    if (!offices || (last > 0 && quoth_coarse(&r->p, last - 1) == CT_NUM)) return -1; /* "10 PM" */
    *found = 1;
    return holder_around(r, src, office_holder, offices);
}

/* Whether a role belongs to `owner` (of gender 1 male, 2 female, 0
 * unknown): it names the owner ("Castell-Boyd's attorney"), or it was
 * given as "Her attorney" and "her" can be the owner (the seventeenth
 * audit's "Castell-Boyd's lawyer" after "Her attorney, Benedict Oyelade,"
 * had been no one). */
static int owned_role(const char *role, const char *owner, int owner_gender) {
    if (holds_word(role, owner)) return 1;
    return (owner_gender == 2 && strncasecmp(role, "her ", 4) == 0) ||
           (owner_gender == 1 && strncasecmp(role, "his ", 4) == 0);
}

/* How many speakers resolve_title() remembers having turned away. */
#define TURNED_AWAY_MAX 256

/* What a title source says of the holder it looks for (resolve_title()). */
typedef struct title_source {
    const char *title;  /* the title word that ends the source */
    const char *owner;  /* "Trump's campaign manager": the role names Trump */
    const char *nation; /* "The Polish MEP": a word of nationality, or NULL */
    int owner_gender, vice, former;
} title_source;

/* Whether the source's last word, at `last`, is a title: one of the word
 * classes (wordclass.c, which the tagger learned with), or of a
 * lawmaker's or a cleric's kind ("the parliamentarian", "the legislator",
 * "the priest"), which are none of the classes' titles. */
static int title_word(const quoth_resolver *r, uint32_t last) {
    return (r->p.t[last].lex & LEX_TITLE) || quoth_word_is(&r->p, last, "parliamentarian") ||
           quoth_word_is(&r->p, last, "legislator") || quoth_word_is(&r->p, last, "priest") ||
           quoth_word_is(&r->p, last, "cleric") || quoth_word_is(&r->p, last, "clergyman");
}

/* Reads the words of a title source before its title into *q; whether the
 * source is definite ("the", a possessive) or names an owner, as a title
 * that resolve_title() looks for must be. */
static int read_title_source(const quoth_resolver *r, quoth_tspan src, uint32_t last, title_source *q) {
    int definite = quoth_word_is(&r->p, src.first, "the"), vice = 0;
    const char *owner = NULL; /* "Trump's campaign manager": the role names Trump */
    int owner_gender = 0;
    for (uint32_t i = src.first; i < last; i++) {
        vice |= quoth_word_is(&r->p, i, "vice");
        definite |= quoth_coarse(&r->p, i) == CT_POSS;
        if (i > src.first && quoth_possessive(&r->p, i) && (r->p.t[i - 1].flags & TOK_CAPITALIZED)) {
            owner = quoth_token_norm(r->p.tl, i - 1);
            int32_t run = run_ending_at(r, i);
            owner_gender = run >= 0 ? r->t->s[r->t->runs[run].speaker].gender : 0;
        }
    }
    if (!definite && !owner) return 0;
    q->title = quoth_token_norm(r->p.tl, last);
    q->owner = owner;
    q->owner_gender = owner_gender;
    q->vice = vice;
    /* "the former president" is a former one, and "the president" the one
     * in office: a former governor is no governor, as a vice president is
     * no president */
    int former = 0;
    for (uint32_t i = src.first; i < last; i++) former |= quoth_word_is(&r->p, i, "former");
    q->former = former;
    /* "The Polish MEP" after a Polish MEP and then a Portuguese one: the
     * holder whose role holds the same word of nationality first (the
     * fourteenth audit's had been the Portuguese) */
    const char *nation = NULL;
    for (uint32_t i = src.first + 1; i < last && !nation; i++)
        if (quoth_nationality_word(&r->p, i)) nation = quoth_token_norm(r->p.tl, i);
    q->nation = nation;
    return 1;
}

/* The person named latest before the source whose role holds the title
 * as *q reads it: first the title itself with the nationality, then the
 * title itself, then a title of its kind ("the executive" for a
 * chairman): "The chief executive" after a chief executive and then a
 * chairman had been the chairman. Pass 0 is the nationality's, by the
 * title itself. -1 when no one does. */
static int32_t latest_title_holder(const quoth_resolver *r, quoth_tspan src, uint32_t last, const title_source *q) {
    for (int pass = q->nation ? 0 : 1; pass < 3; pass++) {
        /* the speakers (of the first TURNED_AWAY_MAX) this pass has turned
         * away: whether one is taken depends on its role alone, and a
         * person named again and again had had the words of that role
         * read again at each mention */
        uint64_t turned_away[TURNED_AWAY_MAX / 64] = {0};
        for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
            int32_t s = r->t->runs[j].speaker;
            int memo = (uint32_t)s < TURNED_AWAY_MAX;
            if (memo && (turned_away[s / 64] >> (s % 64) & 1)) continue;
            const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
            if (role && role_holds_title(role, q->title, q->vice, pass == 2) &&
                !(q->owner && !owned_role(role, q->owner, q->owner_gender)) &&
                !(pass == 0 && !holds_word(role, q->nation)) && !other_party(r, src.first + 1, last, role) &&
                holds_word(role, "former") == q->former)
                return s;
            if (memo) turned_away[s / 64] |= 1ull << (s % 64);
        }
    }
    return -1;
}

/* "the spokesman", "The longtime senator", "Grayson's spokeswoman": the
 * person named latest before it whose role holds the title that ends the
 * source. Only after "the" or a possessive: "a Democratic senator" is
 * someone new, and "people close to the vice president" are not the vice
 * president. */
static int32_t resolve_title(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = source_last_word(r, src);
    if (last == src.first + 3 && quoth_word_is(&r->p, src.first + 1, "head") && quoth_word_is(&r->p, src.first + 2, "of"))
        return resolve_head_of(r, src.first, last);
    if (last == src.first || !title_word(r, last)) return -1;
    title_source q;
    if (!read_title_source(r, src, last, &q)) return -1;
    return latest_title_holder(r, src, last, &q);
}

/* A source of one capitalized word that is no name to the part-of-speech
 * tagger ("Schilling told WEEI", read as a verb): the person whose surname
 * it is, when the article has named them in full. */
static int32_t resolve_untagged_surname(const quoth_resolver *r, quoth_tspan src) {
    if (src.end != src.first + 1) return -1;
    const quoth_token *t = &r->p.t[src.first];
    /* a word of the lexicon may be a surname too ("Will" of George Will,
     * read as a modal; "May"): only a person named in full by it answers */
    if (!(t->flags & TOK_CAPITALIZED) || !(t->flags & TOK_ALPHA) ||
        (t->lex & (LEX_PRONOUN | LEX_DETERMINER | LEX_TITLE | LEX_HONORIFIC | LEX_GROUP_NOUN)))
        return -1;
    const quoth_speaker_table *st = r->t;
    for (uint32_t s = st->head[quoth_surname_bucket(st, t->lower_hash)]; s != NO_SPEAKER; s = st->next[s])
        if (st->s[s].surname == t->lower_hash && st->s[s].kind == QUOTH_KIND_PERSON && st->s[s].name_words >= 2)
            return (int32_t)s;
    return quoth_family_name_first_person(r, src.first, 0);
}

/* The first speaker of kind `kind` whose last word hashes to `key`, named
 * by that word alone or, with `full`, by two words or more ("The
 * Washington Post" for "Post"), among the first QUOTH_SURNAME_WALK_MAX of
 * that word; -1 when none. */
static int32_t speaker_of_word(const quoth_speaker_table *st, uint64_t key, int kind, int full) {
    size_t walked = 0;
    for (uint32_t s = st->head[quoth_surname_bucket(st, key)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = st->next[s]) {
        if (st->s[s].surname != key) continue;
        walked++;
        if (st->s[s].kind == kind && (full ? st->s[s].name_words >= 2 : st->s[s].name_words == 1)) return (int32_t)s;
    }
    return -1;
}

/* The speaker of kind `kind` named by the one word at token i that a
 * source holds outside any name run: the one made for that word before
 * (among the first QUOTH_SURNAME_WALK_MAX of its surname), else a new one. */
static int one_word_speaker(quoth_resolver *r, uint32_t i, int kind, int32_t *speaker) {
    if ((*speaker = speaker_of_word(r->t, r->p.t[i].lower_hash, kind, 0)) >= 0) return 0;
    quoth_name_run run = {.first = i, .end = i + 1, .lead = i, .speaker = -1, .how = QUOTH_RESOLVED_NAME};
    return quoth_new_speaker(r, &run, kind, speaker);
}

/* Whether token i is a capitalized word of a body that is also a group
 * of people ("Republicans", "Police"), which the tagger may not read as a
 * name at the start of a sentence. */
static int untagged_body_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & TOK_CAPITALIZED) && (t->lex & (LEX_ORG_WORD | LEX_GROUP_NOUN)) == (LEX_ORG_WORD | LEX_GROUP_NOUN);
}

/* A party's members heading a group by where they are, before any name
 * or pronoun of the source ("Republicans in Tennessee and Georgia", "More
 * than nine of 10 Republicans in Tennessee and Georgia" had been Georgia;
 * "she and other Democrats on the stage" stays hers), as a name does in
 * heads_group(). Not "Authorities in North-Rhine Westphalia", who speak
 * for the place as "Officials in Ohio" do (source_phrase_end()). */
static int resolve_untagged_group_head(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    size_t names = first_run_from(r, src.first);
    size_t end = names < r->t->n_runs && r->t->runs[names].first < src.end ? r->t->runs[names].first : src.end;
    for (size_t i = src.first; i + 1 < end; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c == CT_PRON || c == CT_CONJ) return 0;
        if (untagged_body_word(r, i) && quoth_party_of(quoth_token_norm(r->p.tl, i)) &&
            (quoth_word_is(&r->p, i + 1, "in") || quoth_word_is(&r->p, i + 1, "from") ||
             quoth_word_is(&r->p, i + 1, "on") || quoth_word_is(&r->p, i + 1, "at")))
            return one_word_speaker(r, (uint32_t)i, QUOTH_KIND_ORGANIZATION, speaker);
    }
    return 0;
}

/* The token of a source that names an organization the tagger did not
 * take for a name: one capitalized word that names a body of people, as
 * at the start of a sentence ("Republicans said ...", "Police said ...");
 * or capitals after "the" ("the AP reported", "The NEA estimates", "the
 * F.A.A. said"), but a title ("the CEO"). Not any organization's noun: a
 * "TV" or "Campaign" that speaks is a headline's shorthand. */
static int64_t untagged_organization_token(const quoth_resolver *r, quoth_tspan src) {
    const quoth_token *t = &r->p.t[src.first];
    if (src.end == src.first + 1) return untagged_body_word(r, src.first) ? (int64_t)src.first : -1;
    /* a word the tagger read as a common noun at the start of a sentence,
     * beside a body's description ("Eurogrocers, the industry's lobby
     * group, said") */
    if ((t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
        quoth_coarse(&r->p, src.first) == CT_NOUN && src.end > src.first + 3 &&
        quoth_punct_is(&r->p, src.first + 1, ",") && quoth_apposed_to_body(r, src.first, src.first + 1))
        return (int64_t)src.first;
    t++;
    if (src.end != src.first + 2 || !quoth_word_is(&r->p, src.first, "the")) return -1;
    return (t->flags & TOK_ALL_CAPS) && !(t->lex & LEX_TITLE) ? (int64_t)src.first + 1 : -1;
}

/* "The Post sought more details", with "Post" tagged a common noun: the
 * newspaper the article named in full before ("The Washington Post"), as
 * when the tagger takes it for a name (quoth_group_single_names()). */
static int32_t resolve_untagged_newspaper(const quoth_resolver *r, quoth_tspan src) {
    uint32_t i = src.first + 1;
    if (src.end != i + 1 || !quoth_word_is(&r->p, src.first, "the") || !(r->p.t[i].flags & TOK_CAPITALIZED) ||
        !quoth_newspaper_word(&r->p, i))
        return -1;
    return speaker_of_word(r->t, r->p.t[i].lower_hash, QUOTH_KIND_ORGANIZATION, 1);
}

static int resolve_police(quoth_resolver *r, quoth_tspan src, int32_t *speaker);

/* The organization a source names that the tagger did not take for a
 * name (untagged_organization_token()): one speaker however often it
 * speaks. */
static int resolve_untagged_organization(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    int64_t i = untagged_organization_token(r, src);
    if (i < 0) return 0;
    if (quoth_word_is(&r->p, (size_t)i, "police")) return resolve_police(r, src, speaker);
    return one_word_speaker(r, (uint32_t)i, QUOTH_KIND_ORGANIZATION, speaker);
}

/* The one body the article names whose name ends with one of `endings`
 * (in small letters, the last word after the last space), found through
 * the index by that last word; -1 when it names none, or two. */
static int32_t body_named_ending(const quoth_resolver *r, const char *const *endings, size_t n) {
    const quoth_speaker_table *st = r->t;
    int32_t found = -1;
    for (size_t e = 0; e < n; e++) {
        const char *last = strrchr(endings[e], ' ');
        size_t len = strlen(endings[e]);
        uint64_t key = quoth_hash_bytes(last + 1, strlen(last + 1));
        size_t walked = 0;
        for (uint32_t k = st->head[quoth_surname_bucket(st, key)]; k != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
             k = st->next[k]) {
            const quoth_speaker *sp = &st->s[k];
            if (sp->surname != key) continue;
            walked++;
            const char *name = st->arena + sp->name;
            size_t m = strlen(name);
            if (sp->kind != QUOTH_KIND_ORGANIZATION || m <= len || name[m - len - 1] != ' ' ||
                strcasecmp(name + m - len, endings[e]) != 0 || (int32_t)k == found)
                continue;
            if (found >= 0) return -1;
            found = (int32_t)k;
        }
    }
    return found;
}

/* "police said", "the police said": the force the article named ("The
 * Metropolitan Police", "the Marlow Falls Police Department"), else one
 * speaker "police" however often it speaks, the one "Police said" at the
 * start of a sentence is too (untagged_organization_token()). It had been
 * no one: crime news quotes the police more than anyone. "Prosecutors
 * said", "the prosecution said": the prosecutors' office the article
 * named ("the Halvern County Prosecutor's Office"), else no one (the
 * fourteenth audit's had been no one, and its police "police"). */
static int resolve_police(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    static const char *const FORCES[] = {"police department", "police dept.", "police service", "police force"};
    static const char *const PROSECUTORS[] = {"prosecutor's office", "prosecutor\u2019s office",
                                              "prosecutors' office", "prosecutors\u2019 office",
                                              "attorney's office", "attorney\u2019s office", "prosecution service"};
    *speaker = -1;
    uint32_t last = source_last_word(r, src);
    /* "A police spokesperson said": who speaks for the police (it had
     * been no one) */
    if (last == src.first + 2 && spokes_noun(r, last) && quoth_word_is(&r->p, last - 1, "police") &&
        (quoth_word_is(&r->p, src.first, "a") || quoth_word_is(&r->p, src.first, "an") ||
         quoth_word_is(&r->p, src.first, "the")))
        src.first = --last;
    if (last != src.first && (last != src.first + 1 || !quoth_word_is(&r->p, src.first, "the"))) return 0;
    if (quoth_word_is(&r->p, last, "prosecutors") || quoth_word_is(&r->p, last, "prosecution")) {
        *speaker = body_named_ending(r, PROSECUTORS, sizeof PROSECUTORS / sizeof *PROSECUTORS);
        return 0;
    }
    if (!quoth_word_is(&r->p, last, "police")) return 0;
    if ((*speaker = speaker_of_word(r->t, r->p.t[last].lower_hash, QUOTH_KIND_ORGANIZATION, 1)) >= 0) return 0;
    if ((*speaker = body_named_ending(r, FORCES, sizeof FORCES / sizeof *FORCES)) >= 0) return 0;
    return one_word_speaker(r, last, QUOTH_KIND_ORGANIZATION, speaker);
}

/* "The Kalyanpur city police said": a place's police, with a word in
 * small letters between or not, is one body of that whole name (it had
 * been the place, "Kalyanpur"), which "the police" after it finds
 * (resolve_police()). */
static int resolve_place_police(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    static const char *const LEVELS[] = {"city", "state", "district", "county", "local", "provincial", "metropolitan"};
    *speaker = -1;
    uint32_t last = source_last_word(r, src);
    if (last < src.first + 1 || !quoth_word_is(&r->p, last, "police")) return 0;
    uint32_t place_end = last;
    if (quoth_word_in(&r->p, place_end - 1, LEVELS, sizeof LEVELS / sizeof *LEVELS) &&
        !(r->p.t[place_end - 1].flags & TOK_CAPITALIZED))
        place_end--;
    size_t k = quoth_first_run_ending_after(r->t, place_end - 1);
    if (k >= r->t->n_runs || r->t->runs[k].end != place_end || r->t->runs[k].first < src.first) return 0;
    quoth_name_run run = {.first = r->t->runs[k].first, .end = last + 1, .lead = r->t->runs[k].first, .speaker = -1,
                          .how = QUOTH_RESOLVED_ORGANIZATION};
    char name[128];
    size_t n = r->p.t[last].end - r->p.t[run.first].start;
    if (n >= sizeof name) return 0;
    memcpy(name, r->text + r->p.t[run.first].start, n);
    name[n] = '\0';
    if ((*speaker = quoth_organization_named(r, name)) >= 0) return 0;
    return quoth_new_speaker(r, &run, QUOTH_KIND_ORGANIZATION, speaker);
}

/* A transcript's label ("WALLACE: Let's start with ...", maybe inside
 * the quotation marks that open its paragraph) that the tagger took for a
 * common noun names a speaker, whom the text may never name otherwise:
 * one however often they speak, in the capitals they are written in, of
 * the kind its word gives (as a label the tagger took for a name). */
static int resolve_transcript_label(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first, start = i;
    if (src.end != i + 1 || !(p->t[i].flags & TOK_ALL_CAPS) || i + 1 >= p->n || !quoth_punct_is(p, i + 1, ":") ||
        quoth_furniture_label(&r->p, i))
        return 0;
    if (start > 0 && (p->t[start - 1].flags & TOK_QUOTE_OPEN)) start--;
    if (!(p->t[start].flags & TOK_PARA_START)) return 0;
    quoth_name_run run = {.first = i, .end = i + 1, .lead = i, .speaker = -1, .how = QUOTH_RESOLVED_NAME};
    return one_word_speaker(r, i, quoth_run_kind(r, &run), speaker);
}

/* Whether the token at i is the noun of a body that acts for a person. */
static int body_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const BODIES[] = {"campaign", "administration", "team", "camp", "government", "office"};
    return quoth_word_in(&r->p, i, BODIES, sizeof BODIES / sizeof *BODIES);
}

/* The speaker of a person's body named "SURNAME NOUN" ("Clinton
 * campaign"), so that "the Clinton campaign", "Clinton's campaign" and "her
 * campaign" are one; made when new, one per document. */
static int body_speaker(quoth_resolver *r, const char *surname, size_t len, uint32_t noun, int32_t *speaker) {
    char name[96];
    size_t n = r->p.t[noun].end - r->p.t[noun].start;
    /* "the Clinton campaign", but "Holloway's office": as news writes each */
    int possessive = quoth_word_is(&r->p, noun, "office");
    if (len + n + 4 > sizeof name) return 0; /* no surname is that long */
    memcpy(name, surname, len);
    if (possessive) memcpy(name + len, "'s", 2), len += 2;
    name[len] = ' ';
    memcpy(name + len + 1, r->text + r->p.t[noun].start, n);
    name[len + 1 + n] = '\0';
    if ((*speaker = quoth_organization_named(r, name)) >= 0) return 0;
    quoth_name_run run = {.first = noun, .end = noun + 1, .lead = noun, .speaker = -1,
                          .how = QUOTH_RESOLVED_ORGANIZATION};
    int rc = quoth_new_speaker(r, &run, QUOTH_KIND_ORGANIZATION, speaker);
    return rc ? rc : quoth_body_rename(r, *speaker, name);
}

/* body_speaker() under the last word of speaker `person`'s name. */
static int person_body_speaker(quoth_resolver *r, int32_t person, uint32_t noun, int32_t *speaker) {
    const char *surname = quoth_speaker_last_word(r->t, &r->t->s[person]);
    char copy[64]; /* the arena may move while the body is made */
    size_t len = strlen(surname);
    if (len >= sizeof copy) return 0;
    memcpy(copy, surname, len + 1);
    return body_speaker(r, copy, len, noun, speaker);
}

/* "the Clinton campaign", "the Obama administration", "Trump's team": the
 * body of the person whose name modifies the noun. */
static int resolve_affiliation(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    for (size_t k = first_run_from(r, src.first); k < r->t->n_runs && r->t->runs[k].first < src.end; k++) {
        const quoth_name_run *person = &r->t->runs[k];
        uint32_t noun = modified_head(r, src, person);
        if (!noun || !body_noun(r, noun)) continue;
        /* a place's body is named right after it ("the U.S. government"),
         * not across other words ("The U.S. attorney's office") */
        if (r->t->s[person->speaker].kind != QUOTH_KIND_PERSON && noun != person->end) continue;
        const quoth_token *last = &r->p.t[person->end - 1];
        if (person->how != QUOTH_RESOLVED_SPELLING)
            return body_speaker(r, r->text + last->start, last->end - last->start, noun, speaker);
        /* a misspelled surname ("Holoway's office") as its person's name
         * spells it */
        return person_body_speaker(r, person->speaker, noun, speaker);
    }
    return 0;
}

/* body_speaker() under the one word of run `run` ("Castine campaign"). */
static int word_body_speaker(quoth_resolver *r, const quoth_name_run *run, uint32_t noun, int32_t *speaker) {
    const quoth_token *word = &r->p.t[run->first];
    return body_speaker(r, r->text + word->start, word->end - word->start, noun, speaker);
}

/* "the Castine campaign", "Castine's campaign", whose candidate the text
 * never names in full, so that the one word is no person: the campaign,
 * under the name a known person's would have (it had been a body
 * "Castine"). */
static int resolve_campaign_of_word(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    size_t k = first_run_from(r, src.first);
    if (k >= r->t->n_runs) return 0;
    const quoth_name_run *run = &r->t->runs[k];
    if (run->first >= src.end || run->end != run->first + 1 ||
        r->t->s[run->speaker].kind == QUOTH_KIND_PERSON || quoth_run_is_place(r, run))
        return 0;
    uint32_t noun = run->end + (quoth_possessive(&r->p, run->end) ? 1 : 0);
    if (noun + 1 != src.end || !quoth_word_is(&r->p, noun, "campaign")) return 0;
    return word_body_speaker(r, run, noun, speaker);
}

/* "the campaign", "The administration": the body of the person the text
 * last named with that noun within a few paragraphs, as a source or not
 * ("In an email thread with Cruz's campaign, ... the campaign refused";
 * "the Clinton presidential campaign"); else resolve_organization_noun()
 * takes the latest such body that spoke. */
static int resolve_body_named_before(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    uint32_t noun = src.end - 1;
    while (noun > src.first && (r->p.t[noun].flags & TOK_PUNCT)) noun--;
    if (noun != src.first + 1 || !quoth_word_is(&r->p, src.first, "the") || !body_noun(r, noun)) return 0;
    uint64_t noun_hash = r->p.t[noun].lower_hash;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (para - paragraph_of(r, run->first) > BODY_PARAGRAPHS) break;
        if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) {
            /* "The Whitcombe campaign hired ...": a candidate the text never
             * names in full, as resolve_campaign_of_word() reads a source */
            if (run->end == run->first + 1 && run->end < src.first && r->p.t[run->end].lower_hash == noun_hash &&
                quoth_word_is(&r->p, run->end, "campaign") && !quoth_run_is_place(r, run))
                return word_body_speaker(r, run, run->end, speaker);
            continue;
        }
        size_t i = run->end;
        if (quoth_possessive(&r->p, i)) i++;
        for (size_t adjectives = 0; adjectives < 2 && quoth_coarse(&r->p, i) == CT_ADJ; adjectives++) i++;
        if (i < src.first && r->p.t[i].lower_hash == noun_hash)
            return person_body_speaker(r, run->speaker, (uint32_t)i, speaker);
    }
    return 0;
}

/* "his campaign", "her administration": the body of the person the
 * pronoun stands for. */
static int resolve_pronoun_affiliation(quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                       int32_t *speaker) {
    quoth_tspan src = list->a[k].source;
    uint32_t noun = src.end - 1;
    *speaker = -1;
    if (quoth_coarse(&r->p, src.first) != CT_POSS || !(r->p.t[src.first].lex & (LEX_MALE | LEX_FEMALE)) ||
        noun == src.first || !body_noun(r, noun))
        return 0;
    for (uint32_t i = src.first + 1; i < noun; i++)
        if (quoth_coarse(&r->p, i) != CT_ADJ && quoth_coarse(&r->p, i) != CT_NOUN) return 0;
    int32_t person = resolve_pronoun(r, list, k, src.first);
    return person < 0 ? 0 : person_body_speaker(r, person, noun, speaker);
}

/* "the governor's office", "the mayor's campaign": the body of the person
 * who holds the title (resolve_title()), as "Stanhope's office" is (the
 * fourteenth audit's had been no one). */
static int resolve_title_affiliation(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    uint32_t noun = source_last_word(r, src);
    *speaker = -1;
    if (noun != src.first + 3 || !quoth_word_is(&r->p, src.first, "the") || !quoth_possessive(&r->p, noun - 1) ||
        !(r->p.t[noun - 2].lex & LEX_TITLE) || !body_noun(r, noun))
        return 0;
    int32_t person = resolve_title(r, (quoth_tspan){src.first, noun - 1});
    return person < 0 || r->t->s[person].kind != QUOTH_KIND_PERSON ? 0 : person_body_speaker(r, person, noun, speaker);
}

/* The words that describe a person's run, [*first, *head] with the head
 * noun last: an apposition after it ("Ben Carson, a retired
 * neurosurgeon,"), else the common nouns right before it ("the actress
 * Susan Sarandon", "mega donor Sheldon Adelson"). 0 when there are none. */
static int run_description(const quoth_resolver *r, const quoth_name_run *run, size_t *first, size_t *head) {
    const quoth_phrases *p = &r->p;
    size_t e = run->end;
    if (e + 2 < p->n && quoth_punct_is(p, e, ",") && quoth_coarse(p, e + 1) == CT_DET) {
        size_t stop = quoth_sentence_end(p, e), end = quoth_np_right(p, e + 1, stop), h = 0;
        /* past its prepositional phrases ("a chemist at the Lima Institute") */
        while (end > e + 1 && end + 1 < stop && quoth_coarse(p, end) == CT_ADP) {
            size_t object = quoth_np_right(p, end + 1, stop);
            if (object == end + 1) break;
            end = object;
        }
        /* closed by a comma or the sentence: "Led by Ana Ruiz, the rally
         * marched" is a clause, not an apposition */
        if (end < stop && !(p->t[end].flags & TOK_PUNCT)) return 0;
        /* the head: the last noun before any preposition ("the founder of
         * the company Theranos") or possessive ("the company's founder") */
        for (size_t i = e + 2; i < end && quoth_coarse(p, i) != CT_ADP && !quoth_possessive(p, i); i++)
            if (quoth_coarse(p, i) == CT_NOUN) h = i;
        if (!h || quoth_possessive(p, h + 1)) return 0;
        *first = e + 2, *head = h;
        return 1;
    }
    size_t h = run->first;
    /* "her daughter, Catherine Shaw": a kin's description set off before
     * the name, after "his" or "her" */
    int set_off = h >= 3 && quoth_punct_is(p, h - 1, ",") && quoth_coarse(p, h - 2) == CT_NOUN &&
                  !(p->t[h - 2].flags & TOK_CAPITALIZED);
    if (set_off) h--;
    if (h == 0 || (p->t[h - 1].flags & TOK_CAPITALIZED) || quoth_coarse(p, h - 1) != CT_NOUN) return 0;
    size_t i = h - 1;
    while (i > 0 && !(p->t[i - 1].flags & TOK_CAPITALIZED) &&
           (quoth_coarse(p, i - 1) == CT_NOUN || quoth_coarse(p, i - 1) == CT_ADJ))
        i--;
    /* the possessive before it is part of it ("his brother Alastair") */
    int owned = i > 0 && (quoth_word_is(p, i - 1, "his") || quoth_word_is(p, i - 1, "her"));
    if (set_off && !owned) return 0;
    *first = owned ? i - 1 : i, *head = h - 1;
    return 1;
}

static int holds_hash(const quoth_phrases *p, size_t first, size_t end, uint64_t hash) {
    for (size_t i = first; i < end; i++)
        if (p->t[i].lower_hash == hash) return 1;
    return 0;
}

/* How many tokens back an indefinite mention of a description's noun is
 * looked for (indefinite_between()). */
#define INDEFINITE_LOOKBACK 400

/* Whether tokens [from, to) mention the noun at `noun` with "a", "an",
 * "another" or "one" before it: someone else of that kind came between
 * ("A group of parents said ... The group said" is not the alliance
 * named before; "a chemist who ... The chemist said" not Dr. Ruiz). */
static int indefinite_between(const quoth_resolver *r, size_t from, size_t to, size_t noun) {
    if (to > from + INDEFINITE_LOOKBACK) from = to - INDEFINITE_LOOKBACK;
    uint64_t h = r->p.t[noun].lower_hash;
    for (size_t i = from; i < to; i++) {
        if (r->p.t[i].lower_hash != h) continue;
        for (size_t k = i; k-- > from && i - k <= 3;)
            if (indefinite_word(r, k)) return 1;
    }
    return 0;
}

/* "The retired neurosurgeon", "the actress": a definite description of
 * one person (a singular common noun) without a title word is the latest
 * person described with its noun and every word before it ("the online
 * retail giant" is not "the oil giant Exxon Mobil"). */
#define DESCRIPTION_WORDS_MAX 4
static int32_t resolve_description(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    while (last > src.first && (p->t[last].flags & TOK_PUNCT)) last--;
    /* or by a possessive the description held too: "her daughter" after
     * "her daughter, Catherine Shaw" (it had been no one) */
    int possessive = quoth_word_is(p, src.first, "his") || quoth_word_is(p, src.first, "her");
    if (last == src.first || last - src.first > DESCRIPTION_WORDS_MAX ||
        !(quoth_word_is(p, src.first, "the") || possessive) || quoth_coarse(p, last) != CT_NOUN || !r->pos_flags ||
        (r->pos_flags[p->t[last].pos] & QUOTH_POS_PLURAL))
        return -1;
    for (uint32_t i = src.first + 1; i <= last; i++)
        if ((p->t[i].flags & TOK_CAPITALIZED) || (quoth_coarse(p, i) != CT_NOUN && quoth_coarse(p, i) != CT_ADJ))
            return -1;
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        size_t first, head;
        if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON || !run_description(r, run, &first, &head) ||
            p->t[head].lower_hash != p->t[last].lower_hash)
            continue;
        uint32_t i = src.first + 1;
        while (i < last && holds_hash(p, first, head, p->t[i].lower_hash)) i++;
        if (i == last && (!possessive || holds_hash(p, first, head, p->t[src.first].lower_hash)))
            return indefinite_between(r, head + 1, src.first, last) ? -1 : run->speaker;
    }
    return -1;
}

/* Whether `text` ends with the word `word`, in any case. */
static int ends_with_word(const char *text, const char *word) {
    size_t n = strlen(text), w = strlen(word);
    return n >= w && strcasecmp(text + n - w, word) == 0 && (n == w || text[n - w - 1] == ' ');
}

/* Whether a word, or token i, is one of a list (in any case). */
static int word_in_list(const char *w, const char *const *list, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (strcasecmp(w, list[k]) == 0) return 1;
    return 0;
}

/* Roles in a team that exclude each other: a manager is no player. */
static const char *const TEAM_ROLES[] = {"striker", "midfielder", "goalkeeper", "winger", "coach", "manager",
                                         "captain", "player",  "guard",      "forward", "defender", "rider",
                                         "driver"};

/* Roles of who runs a debate or an interview, and the words that may
 * still describe them. */
static const char *const HOSTS[] = {"moderator", "host",    "anchor",      "interviewer", "presenter",
                                    "journalist", "reporter", "broadcaster", "newsman",     "newswoman"};

/* Whether a stored role ends with another noun of the same sort as the
 * description's `head`: a manager is no "player", a striker no "coach",
 * "the Nigerian" no "Pole" (other nouns of people may all be true of one
 * person: "the hopeful" is also "the businessman"). */
static int role_of_other_kind(const char *role, const char *head) {
    const char *last = strrchr(role, ' ');
    last = last ? last + 1 : role;
    if (strcasecmp(last, head) == 0) return 0;
    size_t n = sizeof TEAM_ROLES / sizeof *TEAM_ROLES;
    if (word_in_list(last, TEAM_ROLES, n) && word_in_list(head, TEAM_ROLES, n)) return 1;
    /* who puts the questions is not who is described among those asked:
     * the moderator is no "businessman" */
    n = sizeof HOSTS / sizeof *HOSTS;
    if (word_in_list(last, HOSTS, n) && !word_in_list(head, HOSTS, n)) return 1;
    return quoth_nationality_of(last) && quoth_nationality_of(head);
}

/* "the dad-of-two", "the mother-of-three": a parent by the children. */
static int parent_of_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const PARENTS[] = {"mum-of-", "mom-of-", "dad-of-", "mother-of-", "father-of-",
                                          "grandmother-of-", "grandfather-of-", "grandad-of-"};
    const char *w = quoth_token_norm(r->p.tl, i);
    for (size_t k = 0; r->p.t[i].norm_len > 7 && k < sizeof PARENTS / sizeof *PARENTS; k++)
        if (strncasecmp(w, PARENTS[k], strlen(PARENTS[k])) == 0) return 1;
    return 0;
}

static int person_noun(const quoth_resolver *r, uint32_t i) {
    /* the list is data (places.c), found with one probe of the name words */
    return (quoth_name_classes_at(r, i) & NAME_PERSON_NOUN) || parent_of_noun(r, i);
}

/* The offices of public figures that news names people by without
 * always giving them the title ("Christie said ... the governor said");
 * not "the judge", "the official", "the officer", whom a story often
 * leaves unnamed beside the people it names. */
static int public_office(const quoth_resolver *r, uint32_t i) {
    static const char *const OFFICES[] = {"president",     "governor", "senator", "mayor", "congressman",
                                          "congresswoman", "speaker"};
    if (quoth_word_in(&r->p, i, OFFICES, sizeof OFFICES / sizeof *OFFICES)) return 1;
    /* a chamber's leaders: "the minority leader", "the majority whip" */
    return (quoth_word_is(&r->p, i, "leader") || quoth_word_is(&r->p, i, "whip")) && i > 0 &&
           (quoth_word_is(&r->p, i - 1, "majority") || quoth_word_is(&r->p, i - 1, "minority"));
}

/* A capitalized word that may stand in a public office's description:
 * the chamber it is held in ("the Senate minority leader", "the former
 * House speaker") or a word of the office itself in capitals ("the
 * former House Speaker", "the Senate Minority Leader"). */
static int office_capital(const quoth_resolver *r, uint32_t i) {
    return quoth_word_is(&r->p, i, "Senate") || quoth_word_is(&r->p, i, "House") ||
           quoth_word_is(&r->p, i, "majority") || quoth_word_is(&r->p, i, "minority") ||
           (r->p.t[i].lex & LEX_TITLE);
}

/* Whether token i is a word of a place's name the gazetteer knows
 * ("Montana", "New" of "New Mexico"). */
static int state_word(const quoth_resolver *r, uint32_t i) {
    return (quoth_name_classes_at(r, i) & NAME_PLACE) != 0;
}

/* The head of a definite description of one person, by a noun that is no
 * title (person_noun()), that no rule before tied to anyone: "the
 * candidate", "The billionaire businessman", "the Republican presidential
 * candidate" (a capitalized modifier names a party, or is "U.S.": "the
 * Russian leader" is someone apart); not "the former candidate"; with
 * `title`, by a public figure's office instead (public_office(): "the
 * governor", "the former president", not "the vice president"); -1 when
 * the source is no such description. */
static int64_t salient_description_head(const quoth_resolver *r, quoth_tspan src, int title) {
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    /* "the Italian", "the Swede": one person, by nationality alone */
    if (!title && last == src.first + 1 && quoth_word_is(p, src.first, "the") && quoth_nationality_noun(&r->p, last)) return last;
    /* "the Montana Republican", "the Ohio Democrat": one of a party, by the
     * place they represent (each had been no one) */
    int member = !title && (quoth_word_is(p, last, "Republican") || quoth_word_is(p, last, "Democrat"));
    if (last == src.first || last - src.first > DESCRIPTION_WORDS_MAX || !quoth_word_is(p, src.first, "the") ||
        (!member && quoth_coarse(p, last) != CT_NOUN && !(title && quoth_coarse(p, last) == CT_PROPN) &&
         !parent_of_noun(r, last)) || /* which the tagger reads as a name */
        !r->pos_flags ||
        (r->pos_flags[p->t[last].pos] & QUOTH_POS_PLURAL) ||
        !(title ? public_office(r, last) : member || person_noun(r, last)))
        return -1;
    for (uint32_t i = src.first + 1; i < last; i++) {
        int c = quoth_coarse(p, i);
        if ((c != CT_NOUN && c != CT_ADJ && c != CT_PROPN) || quoth_word_is(p, i, "other") ||
            quoth_word_is(p, i, "vice") || (!title && quoth_word_is(p, i, "former")))
            return -1;
        if ((p->t[i].flags & TOK_CAPITALIZED) && !quoth_party_of(quoth_token_norm(p->tl, i)) && !quoth_word_is(p, i, "U.S.") &&
            !(title && office_capital(r, i)) && !quoth_nationality_word(p, i) && !(member && state_word(r, i)))
            return -1;
    }
    return last;
}

/* Whether token i gives an age: "46-year-old", "34-year-old". */
static int age_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start, digits = 0;
    while (digits < n && w[digits] >= '0' && w[digits] <= '9') digits++;
    return digits > 0 && digits < 4 && n - digits == 9 && strncasecmp(w + digits, "-year-old", 9) == 0;
}

/* "the 46-year-old", "The 57-year-old scientist", "the 34-year-old
 * mother of three": a person described by age, whom news names in the
 * sentence or two before. The end of the description (its first comma,
 * at most DESCRIPTION_WORDS_MAX words after the age), or -1 when the
 * source is no such description. */
static int64_t age_description_end(const quoth_resolver *r, quoth_tspan src) {
    if (src.end < src.first + 2 || !quoth_word_is(&r->p, src.first, "the") || !age_word(r, src.first + 1)) return -1;
    size_t end = src.first + 2;
    while (end < src.end && !quoth_punct_is(&r->p, end, ",")) {
        int c = quoth_coarse(&r->p, end);
        if ((c != CT_NOUN && c != CT_ADJ && c != CT_ADP && c != CT_NUM) || end - src.first > DESCRIPTION_WORDS_MAX + 2)
            return -1;
        end++;
    }
    return (int64_t)end;
}

/* The gender the role nouns of [first, end) give ("mother"), or 0. */
static int description_gender(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        int g = quoth_gender_of_role(quoth_token_norm(r->p.tl, i));
        if (g) return g;
    }
    return 0;
}

/* How far back an unnamed holder of a title ("a judge") is looked for. */
#define UNNAMED_HOLDER_TOKENS 400

/* Whether the title at `head` was given to someone unnamed shortly before
 * tok: "a judge kept him in jail ... As the judge read his decision",
 * "an organizer at a field office ... the organizer told them". */
static int unnamed_holder_before(const quoth_resolver *r, size_t tok, size_t head) {
    const quoth_phrases *p = &r->p;
    uint64_t h = p->t[head].lower_hash;
    size_t stop = tok > UNNAMED_HOLDER_TOKENS ? tok - UNNAMED_HOLDER_TOKENS : 0;
    for (size_t i = tok; i-- > stop;) {
        if (p->t[i].lower_hash != h) continue;
        /* its modifiers only between: not "a great fit for president" */
        for (size_t j = i; j-- > stop && i - j <= DESCRIPTION_WORDS_MAX;) {
            if (quoth_word_is(p, j, "a") || quoth_word_is(p, j, "an") || quoth_word_is(p, j, "another")) return 1;
            int c = quoth_coarse(p, j);
            if (c != CT_ADJ && c != CT_NOUN && c != CT_PROPN) break;
        }
    }
    return 0;
}

/* Whether a mention of speaker s before token `tok` describes them by
 * another role of a team or nationality than the one at `head`:
 * "Castleford striker Danny Pruitt" is no "coach", "Adaeze Okafor, the
 * Nigerian," no "Pole". */
static int described_otherwise(const quoth_resolver *r, int32_t s, size_t tok, size_t head) {
    const quoth_phrases *p = &r->p;
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->speaker != s) continue;
        size_t first, h;
        if (run_description(r, run, &first, &h) && p->t[h].lower_hash != p->t[head].lower_hash &&
            ((quoth_word_in(&r->p, h, TEAM_ROLES, sizeof TEAM_ROLES / sizeof *TEAM_ROLES) &&
              quoth_word_in(&r->p, head, TEAM_ROLES, sizeof TEAM_ROLES / sizeof *TEAM_ROLES)) ||
             quoth_nationality_noun(p, h)))
            return 1;
        size_t e = run->end;
        if (e + 3 < p->n && quoth_punct_is(p, e, ",") && quoth_word_is(p, e + 1, "the") &&
            quoth_nationality_noun(p, e + 2) && p->t[e + 2].lower_hash != p->t[head].lower_hash)
            return 1;
    }
    return 0;
}

/* "The star, 34,": a description and the age set off after it; the span
 * of the description alone (the span itself when there is no such age). */
static quoth_tspan without_age_apposition(const quoth_resolver *r, quoth_tspan src) {
    uint32_t end = src.end;
    if (end > src.first && quoth_punct_is(&r->p, end - 1, ",")) end--;
    if (end < src.first + 4 || quoth_coarse(&r->p, end - 1) != CT_NUM || r->p.t[end - 1].norm_len > 3 ||
        !quoth_punct_is(&r->p, end - 2, ","))
        return src;
    return (quoth_tspan){src.first, end - 2};
}

/* "Trump is taking questions in an Elks Lodge. The billionaire businessman
 * said ...": a description of one person that names no role a speaker
 * holds is the person the text is about at that point, as a "he" or "she"
 * would be (resolve_pronoun_at()), but only so near: the one person its
 * own sentence names before it as a subject, one who spoke in its sentence
 * or the one before, the one person those two sentences name, or the
 * subject that opens the sentence before. Not a person of the other
 * gender ("The businesswoman") or, by their role, of the other party.
 * With `title`, an office that resolve_title() found no holder for, in
 * office or former as it says: only a person the text gave no role, and
 * no one when the office went to someone unnamed just before. */
/* Whether the word before the description's head names an everyday trade
 * ("The taxi driver", "the shop owner"): someone the story met, not the
 * racing driver or the team owner it is about (a detective sergeant's
 * witness had been her). */
static int everyday_trade_before(const quoth_resolver *r, quoth_tspan src, size_t head) {
    static const char *const TRADES[] = {"taxi", "cab",   "minicab", "bus",   "coach", "lorry",  "truck",
                                         "van",  "delivery", "tram", "train", "ambulance", "tractor", "rickshaw",
                                         "shop", "store", "restaurant", "cafe", "caf\u00e9", "bar", "market"};
    return head > src.first + 1 && quoth_word_in(&r->p, head - 1, TRADES, sizeof TRADES / sizeof *TRADES);
}

static int32_t resolve_salient_description(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                           quoth_tspan src, int title) {
    int64_t head = salient_description_head(r, src, title);
    if (head >= 0 && everyday_trade_before(r, src, (size_t)head)) return -1;
    int gender, age = 0;
    if (head < 0 && !title && (head = age_description_end(r, src)) >= 0) {
        age = 1;
        gender = description_gender(r, src.first + 2, (size_t)head);
        head = src.first + 1; /* the age: no role ends with it */
    } else if (head < 0 || (title && unnamed_holder_before(r, src.first, (size_t)head))) {
        return -1;
    } else {
        int nation = quoth_nationality_noun(&r->p, (size_t)head);
        gender = nation ? nation % 3 : quoth_gender_of_role(quoth_token_norm(r->p.tl, (size_t)head));
    }
    uint32_t lex = gender == 1 ? LEX_MALE : gender == 2 ? LEX_FEMALE : LEX_MALE | LEX_FEMALE;
    size_t tok = src.first, at = 0, reach = 0;
    int32_t s = sole_recent_person(r, tok, lex, SCOPE_OWN_SENTENCE);
    /* the last speaker, named in the sentence before, or speaking on into
     * it when the text gave them no role that the description could
     * contradict ("The Pole" after two sentences of her quotation), nor an
     * age that quoth does not keep */
    if (s < 0 && (s = last_fitting_speaker(r, list, k, tok, lex, &at, &reach)) >= 0 &&
        r->p.t[at].sentence + 1 < r->p.t[tok].sentence &&
        (r->p.t[reach].sentence + 1 < r->p.t[tok].sentence || r->t->s[s].role != UINT32_MAX || age ||
         described_otherwise(r, s, tok, (size_t)head)))
        s = -1;
    if (s < 0) s = sole_recent_person(r, tok, lex, SCOPE_TWO_SENTENCES);
    if (s < 0) s = previous_subject(r, tok, lex);
    if (s < 0 || r->t->s[s].kind != QUOTH_KIND_PERSON) return -1;
    /* a role of the same noun that resolve_description() did not match
     * differs in its modifiers: "a retired neurosurgeon" is no "former" one */
    const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
    if (role && role_of_other_kind(role, quoth_token_norm(r->p.tl, (size_t)head))) return -1;
    /* a title is no one's whose role resolve_title() found other: only a
     * person the text gave no role */
    if (role && (title || ends_with_word(role, quoth_token_norm(r->p.tl, (size_t)head)))) return -1;
    return role && other_party(r, src.first + 1, (uint32_t)head, role) ? -1 : s;
}

/* A source led by "he" or "she" that is more than the pronoun: "She and
 * her husband" (the first named speaks, as of two names), "he himself";
 * "His speech", "her comments on the issue" (what a person says through
 * stays theirs; not "his aides"). The pronoun's person, or -1. */
static int32_t resolve_pronoun_lead(const quoth_resolver *r, const quoth_attribution_list *list, size_t k) {
    quoth_tspan src = list->a[k].source;
    const quoth_phrases *p = &r->p;
    if (src.end - src.first < 2 || !(p->t[src.first].lex & (LEX_MALE | LEX_FEMALE))) return -1;
    if (quoth_word_is(p, src.first, "he") || quoth_word_is(p, src.first, "she"))
        return resolve_pronoun(r, list, k, src.first);
    if (quoth_coarse(p, src.first) != CT_POSS) return -1;
    uint32_t i = src.first + 1;
    while (i + 1 < src.end && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN)) i++;
    /* "her statement", "her statements" (the seventh audit's "According
     * to her statements" had been no one's) */
    return (p->t[i].lex & LEX_CUE_NOUN) || quoth_document_noun(p, i) ? resolve_pronoun(r, list, k, src.first) : -1;
}

/* "we" outside quotation marks is the writers ("Yes, we know that ...",
 * "We asked our followers") or an interview's answer, not the body named
 * latest: on PolNeAR train, each of the 41 such sources that had been an
 * organization (the FBI, Congress, "America") was wrong on reading. */
static int writers_we(const quoth_resolver *r, size_t tok) {
    return !r->p.t[tok].quote_depth && quoth_word_is(&r->p, tok, "we");
}

/* Whether paragraph `para` opens with an interview's label: 'A' for an
 * answer ("A: ..."), 'Q' for a question ("Q: ...", or "QWhy ..." as
 * scraped pages glue it to its first word), 0 for neither. */
static int interview_label(const quoth_resolver *r, uint32_t para) {
    const quoth_paragraph *pg = &r->p.tl->para[para];
    if (!pg->n_tokens) return 0;
    size_t i = pg->first_token;
    const char *w = quoth_token_norm(r->p.tl, i);
    if ((w[0] == 'A' || w[0] == 'Q') && !w[1]) return pg->n_tokens > 1 && quoth_punct_is(&r->p, i + 1, ":") ? w[0] : 0;
    return w[0] == 'Q' && w[1] >= 'A' && w[1] <= 'Z' && w[2] >= 'a' && w[2] <= 'z' ? 'Q' : 0;
}

/* The person a text of questions and answers is with: the first person it
 * names before its first answer labelled "A:" ("Q&A with Vice President
 * Joe Biden", "Former first lady Laura Bush wrote ..."); -1 when it has
 * no such answer. */
static int32_t interviewee_of(const quoth_resolver *r) {
    size_t n_paras = r->p.tl->n_para;
    uint32_t para = 0;
    while (para < n_paras && interview_label(r, para) != 'A') para++;
    if (para == n_paras) return -1;
    uint32_t answer = r->p.tl->para[para].first_token;
    for (size_t j = 0; j < r->t->n_runs && r->t->runs[j].first < answer; j++)
        if (r->t->s[r->t->runs[j].speaker].kind == QUOTH_KIND_PERSON) return r->t->runs[j].speaker;
    return -1;
}

/* How many paragraphs an answer may run on after its label. */
#define ANSWER_PARAGRAPHS_MAX 12

/* Whether token tok is in an interview's answer: its paragraph, or the
 * nearest before it that opens with a label, opens with "A:". */
static int in_answer(const quoth_resolver *r, size_t tok) {
    uint32_t para = paragraph_of(r, tok);
    for (uint32_t k = 0; k <= ANSWER_PARAGRAPHS_MAX && k <= para; k++) {
        int label = interview_label(r, para - k);
        if (label) return label == 'A';
    }
    return 0;
}

/* How long the one sentence of an essay's line about its writer may be. */
#define WRITER_LINE_MAX 40

/* The person an essay's last paragraph says wrote it: "Rick Scott is the
 * Republican governor of Florida.", "Gaudiano is a Washington-based
 * reporter for the USA TODAY NETWORK." (a name that opens it, then "is a",
 * "is an" or "is the", in a first sentence of at most WRITER_LINE_MAX
 * tokens); -1 when the text ends otherwise, as news does. */
static int32_t writer_of(const quoth_resolver *r) {
    size_t n_paras = r->p.tl->n_para;
    while (n_paras > 0 && !r->p.tl->para[n_paras - 1].n_tokens) n_paras--;
    if (!n_paras) return -1;
    const quoth_paragraph *last = &r->p.tl->para[n_paras - 1];
    const quoth_sentence *first = &r->p.tl->sent[last->first_sentence];
    size_t j = first_run_from(r, last->first_token);
    if (j >= r->t->n_runs || first->count > WRITER_LINE_MAX) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    if (run->lead != last->first_token || r->t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION ||
        !quoth_word_is(&r->p, run->end, "is") ||
        !(quoth_word_is(&r->p, run->end + 1, "a") || quoth_word_is(&r->p, run->end + 1, "an") ||
          quoth_word_is(&r->p, run->end + 1, "the")))
        return -1;
    return run->speaker;
}

/* "A: ... I said that taxes would stay flat": an "I" outside quotation
 * marks in an interview's answer is the person interviewed, whom the
 * answers never name; elsewhere, in an essay whose last line names its
 * writer, the writer; else -1. */
static int32_t first_person_i(const quoth_resolver *r, size_t tok) {
    if (r->p.t[tok].quote_depth || !quoth_word_is(&r->p, tok, "i")) return -1;
    if (r->interviewee >= 0 && in_answer(r, tok)) return r->interviewee;
    return r->interviewee < 0 ? r->writer : -1;
}

/* An interview's label read as a source ("Q: You've been talking about
 * ..."): the interviewer, whom it does not name, or the person
 * interviewed; "Q" had been a speaker of that name. 1 when the source is
 * such a label. */
static int resolve_interview_label(const quoth_resolver *r, quoth_attribution *a) {
    quoth_tspan src = a->source;
    if (src.end != src.first + 1 || !(r->p.t[src.first].flags & TOK_PARA_START)) return 0;
    int label = interview_label(r, paragraph_of(r, src.first));
    if (!label) return 0;
    a->speaker = label == 'A' ? r->interviewee : -1;
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_NONE;
    return 1;
}

static int spokes_noun(const quoth_resolver *r, uint32_t i);

/* Whether token tok lies in one of a's contents. */
static int within_contents(const quoth_attribution *a, size_t tok) {
    for (int c = 0; c < a->n_content; c++)
        if (tok >= a->content[c].first && tok < a->content[c].end) return 1;
    return 0;
}

/* The head noun of b's source, which opens with "a" or the like: past
 * its adjectives, a possessor and a compound's nouns, or the noun of its
 * apposition. */
static size_t unnamed_source_head(const quoth_resolver *r, const quoth_attribution *b) {
    size_t head = b->source.first + 1;
    /* past adjectives and an age: "A 29-year-old man" */
    while (head + 1 < b->source.end && quoth_coarse(&r->p, head) == CT_ADJ) head++;
    /* past a possessor: "A patient's son" */
    while (head + 2 < b->source.end && quoth_possessive(&r->p, head + 1) && quoth_coarse(&r->p, head + 2) == CT_NOUN)
        head += 2;
    /* to the compound's last noun: "A university spokesman" */
    while (head + 1 < b->source.end && !people_noun(r, (uint32_t)head) && quoth_coarse(&r->p, head) == CT_NOUN &&
           quoth_coarse(&r->p, head + 1) == CT_NOUN && !(r->p.t[head + 1].flags & TOK_CAPITALIZED))
        head++;
    /* or the noun of its apposition: "Another tenant, a woman who lives next door," */
    if (!people_noun(r, head) && head + 3 < b->source.end && quoth_punct_is(&r->p, head + 1, ",") &&
        (quoth_word_is(&r->p, head + 2, "a") || quoth_word_is(&r->p, head + 2, "an")))
        head += 3;
    return head;
}

/* Whether a person who may be whom the pronoun at tok means is named
 * between b's source and it: of its gender or of none ("she found Marc
 * Tremblay lying in the road. She said" is not Tremblay), and not in what
 * the unnamed person of b said when the pronoun's sentence comes right
 * after ("A mother of three said Makepeace had walked her son home. “I
 * never forgot that,” she said."), nor in what a's statement says ("“It
 * looked like Mars,” he said" had been Walt, named before the boy). */
static int person_named_since(const quoth_resolver *r, const quoth_attribution *a, const quoth_attribution *b,
                              size_t tok, int gender) {
    int next_sentence = r->p.t[tok].sentence == r->p.t[b->source.first].sentence + 1;
    for (size_t j = first_run_from(r, b->source.end); j < r->t->n_runs && r->t->runs[j].first < tok; j++) {
        const quoth_speaker *s = &r->t->s[r->t->runs[j].speaker];
        if (next_sentence && within_contents(b, r->t->runs[j].first)) continue;
        if (within_contents(a, r->t->runs[j].first)) continue;
        if (s->kind == QUOTH_KIND_PERSON && (!s->gender || s->gender == gender)) return 1;
    }
    return 0;
}

/* Whether the "he" or "she" at tok, the source of attribution k, is the
 * unnamed person whose statement comes right before it ("A nurse who
 * lives next door said she had been evicted. “We have nowhere to go,”
 * she said.": she had been the woman named before the nurse). Only when
 * that source opens with "a", "an", "one" or "another", its gender fits,
 * it is in the pronoun's sentence or the one before, and no person is
 * named between them: "A reporter asked Sanders how he was feeling. He
 * replied" is Sanders (a first version without that last test changed 32
 * train statements, most of them wrongly). */
static int unnamed_antecedent(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t tok) {
    if (k == 0 || !(quoth_word_is(&r->p, tok, "he") || quoth_word_is(&r->p, tok, "she"))) return 0;
    const quoth_attribution *b = &list->a[k - 1];
    if (b->speaker >= 0 || quoth_tspan_empty(b->source) || b->source.end > tok || b->source.end - b->source.first < 2)
        return 0;
    int one = indefinite_word(r, b->source.first);
    /* a noun of people that is no title ("A president who ..." is the
     * president the text is about) and no document ("a statement
     * saying"), who does not ask the next speaker ("a reporter asked") */
    size_t head = unnamed_source_head(r, b);
    /* a spokesman is a title that names no one the text is about, and
     * so is a title after a noun that says of what ("a shop owner", "a
     * bus driver") */
    int compound = head > b->source.first + 1 && quoth_coarse(&r->p, head - 1) == CT_NOUN;
    int title = (r->p.t[head].lex & LEX_TITLE) && !spokes_noun(r, (uint32_t)head) && !compound;
    if (!one || !people_noun(r, head) || title || quoth_document_noun(&r->p, head) ||
        quoth_word_is(&r->p, b->cue.first, "asked") || quoth_word_is(&r->p, b->cue.first, "questioned"))
        return 0;
    /* the pronoun's statement starts in the sentence after (its quotation
     * may hold several: "“Nobody tells you anything. You just sit in the
     * dark,” he said" had been the man named before the shop owner) */
    const quoth_attribution *a = &list->a[k];
    size_t starts = a->n_content && a->content[0].first < tok ? a->content[0].first : tok;
    if (r->p.t[starts].sentence > r->p.t[b->source.first].sentence + 1) return 0;
    int gender = quoth_word_is(&r->p, tok, "he") ? 1 : 2;
    if (b->source_gender && b->source_gender != gender) return 0;
    return !person_named_since(r, a, b, tok, gender);
}

/* A personal pronoun source; the pronoun tells its speaker's gender when
 * nothing else did. */
/* "Danny Fairclough, he added, had been outstanding": a pronoun set off
 * inside what it says, which opens the sentence with words of no
 * quotation, stands for no one those words name; it is read as if it
 * stood before them (he had been Fairclough; the eighteenth audit's).
 * Where it is read so, else the pronoun's own token. */
static size_t set_off_pronoun_at(const quoth_resolver *r, const quoth_attribution *a) {
    const quoth_phrases *p = &r->p;
    size_t tok = a->source.first, opening = a->content[0].first;
    if (a->n_content != 2 || a->content[0].end > tok || a->source.end > a->content[1].first || tok < 2 ||
        !quoth_punct_is(p, tok - 1, ",") || opening != quoth_sentence_first(p, tok) || p->t[opening].quote_depth ||
        (p->t[opening].flags & TOK_QUOTE))
        return tok;
    return opening;
}

static void resolve_personal_pronoun(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    uint32_t lex = r->p.t[a->source.first].lex;
    int32_t first_person = first_person_i(r, a->source.first);
    size_t read_at = set_off_pronoun_at(r, a);
    a->speaker = writers_we(r, a->source.first)                   ? -1
                 : first_person >= 0                               ? first_person
                 : unnamed_antecedent(r, list, k, a->source.first) ? -1
                 : read_at != a->source.first                      ? resolve_pronoun_as(r, list, k, read_at, lex, 0)
                                                                   : resolve_pronoun(r, list, k, a->source.first);
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_NONE;
    quoth_speaker *sp = a->speaker >= 0 ? &r->t->s[a->speaker] : NULL;
    if (sp && !sp->gender && (lex & LEX_MALE)) sp->gender = 1;
    if (sp && !sp->gender && (lex & LEX_FEMALE)) sp->gender = 2;
}

/* The head noun of the phrase an organization's name is apposed to, by
 * its hash: "group" of "Riders United, a local group," and "company" of
 * "The company, Northgate Terminals,"; 0 when there is none. Looser than
 * apposed_to_body() in speaker_names.c, which decides whether a name is
 * a body at all and must not turn a person into one ("the head of the
 * company, Ann Ross"): here the name is an organization's already. */
static uint64_t apposition_head(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t first, head;
    if (run->first >= 2 && quoth_punct_is(p, run->first - 1, ",") && quoth_coarse(p, run->first - 2) == CT_NOUN &&
        !(p->t[run->first - 2].flags & TOK_CAPITALIZED))
        return p->t[run->first - 2].lower_hash;
    return run_description(r, run, &first, &head) && head > run->end ? p->t[head].lower_hash : 0;
}

/* "the budget office", "the elections board": the organization named
 * latest whose name ends with the noun at `last` and holds each of the one
 * or two words [first, last) before it, in any case ("Congressional Budget
 * Office", "State Board of Elections" does not end so). */
static int32_t resolve_modified_organization_noun(const quoth_resolver *r, uint32_t first, uint32_t last) {
    /* a plural's possessive mark is no word of the name ("the pilots' association") */
    uint32_t mark = last - first == 2 && quoth_possessive(&r->p, last - 1);
    if (last - first > 2 + mark || !(r->p.t[last].lex & LEX_ORG_WORD)) return -1;
    for (uint32_t i = first; i < last - mark; i++) {
        int c = quoth_coarse(&r->p, i);
        if ((r->p.t[i].flags & TOK_CAPITALIZED) || (c != CT_NOUN && c != CT_ADJ)) return -1;
    }
    for (size_t j = first_run_from(r, first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->end - run->first < 2 || r->p.t[run->end - 1].lower_hash != r->p.t[last].lower_hash ||
            r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION)
            continue;
        uint32_t i = first;
        while (i < last - mark && holds_hash(&r->p, run->first, run->end - 1, r->p.t[i].lower_hash)) i++;
        if (i == last - mark) return run->speaker;
    }
    return -1;
}

/* Whether an organization's name ends with a noun of NOUNS that is not
 * the noun at `noun`: "the company" is no "Justice Department". */
/* Whether an organization's name ends as a body of members does
 * ("Lantern Alliance", "Baltic Pilots Association"): "the group" it is. */
static int group_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const GROUPS[] = {"alliance", "coalition", "association", "federation", "league",
                                         "union", "council", "network", "society", "club"};
    return quoth_word_in(&r->p, run->end - 1, GROUPS, sizeof GROUPS / sizeof *GROUPS);
}

static int ends_in_other_institution(const quoth_resolver *r, const quoth_name_run *run, uint32_t noun,
                                     const char *const *nouns, size_t n) {
    uint32_t end = run->end - 1;
    if (r->p.t[end].lower_hash == r->p.t[noun].lower_hash) return 0;
    if (quoth_word_is(&r->p, noun, "group") && group_name(r, run)) return 0;
    return quoth_word_in(&r->p, end, nouns, n);
}

/* Whether an organization's name holds a noun of government offices
 * ("Department of Veterans Affairs", "Congressional Budget Office"). */
static int holds_government_noun(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const OFFICES[] = {"department", "agency", "bureau", "administration",
                                          "service",    "office", "commission"};
    for (uint32_t i = run->first; i < run->end; i++)
        if (quoth_word_in(&r->p, i, OFFICES, sizeof OFFICES / sizeof *OFFICES)) return 1;
    return 0;
}

/* Whether "the agency" may be a body: a government office, or one of the
 * international bodies that news calls agencies too ("the World Food
 * Programme ... The agency warned", the fourteenth audit's, had been no
 * one's; "World Health Organization", "International Monetary Fund").
 * Not what makes a body no company: a fund is one. */
static int agency_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const BODIES[] = {"programme", "program", "organization", "organisation", "fund"};
    if (holds_government_noun(r, run)) return 1;
    for (uint32_t i = run->first; i < run->end; i++)
        if (quoth_word_in(&r->p, i, BODIES, sizeof BODIES / sizeof *BODIES)) return 1;
    return 0;
}

/* "the editorial board" (at `last`, its noun) speaks for its newspaper. */
static int editorial_board(const quoth_resolver *r, uint32_t last) {
    return last > 0 && quoth_word_is(&r->p, last, "board") && quoth_word_is(&r->p, last - 1, "editorial");
}

/* Whether an organization's name is a sports club's: "the club". */
static int club_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const CLUBS[] = {"united", "city", "fc", "rovers", "wanderers", "athletic", "club",
                                        "albion", "town", "county", "rangers", "celtic", "hotspur"};
    return quoth_word_in(&r->p, run->end - 1, CLUBS, sizeof CLUBS / sizeof *CLUBS);
}

static int named_institution_noun(const quoth_resolver *r, uint32_t i);

/* Whether the word at i is a noun of an institution or a company: the
 * tagger's words of bodies, "the NOUN"'s institutions, and the heads of
 * bodies' and companies' names that only the speakers read. */
static int institution_word(const quoth_resolver *r, uint32_t i) {
    return (r->p.t[i].lex & LEX_ORG_WORD) || named_institution_noun(r, i) ||
           (quoth_name_classes_at(r, i) & (NAME_ORG_HEAD | NAME_BODY));
}

/* Whether a name's head, its last word or the one before its first "of",
 * is a noun of an institution or a company ("Lantern Museum of Art",
 * "Ferrous Records"); not a band's "Copper Kites", whose "Copper" opens a
 * mine's name elsewhere (the nineteenth audit's "the band" had been no
 * one). */
static int institutional_head(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t head = run->end - 1;
    for (uint32_t i = run->first + 1; i < run->end; i++)
        if (quoth_word_is(&r->p, i, "of")) {
            head = i - 1;
            break;
        }
    return institution_word(r, head);
}

/* Whether a body's name says that it regulates ("Prudential Regulation
 * Authority", "Financial Conduct Authority", "Securities and Exchange
 * Commission"): of two bodies, neither of which spoke, "the regulator" is
 * that one (the eighth audit's "has fined Castlemere Bank. The regulator
 * said" had been no one's). */
static int regulator_name(const quoth_resolver *r, const quoth_name_run *run) {
    for (uint32_t i = run->first; i < run->end; i++)
        if (quoth_starts_with(&r->p, i, "regulat") || quoth_word_is(&r->p, i, "authority") ||
            quoth_word_is(&r->p, i, "commission"))
            return 1;
    return 0;
}

/* Whether a name ends with a facility's noun ("Platte Bend Generating
 * Station", "Heathrow Airport"): a place a company runs, which "the
 * company" is not. */
static int facility_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const FACILITIES[] = {"station", "plant", "mine", "mall", "bridge", "dam", "stadium",
                                             "terminal", "refinery", "factory"};
    return quoth_word_in(&r->p, run->end - 1, FACILITIES, sizeof FACILITIES / sizeof *FACILITIES);
}

/* A noun of a business: "the company", "the carmaker" are never a
 * regulator, a government or a facility. */
static int commercial_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const COMMERCIAL[] = {"company", "firm", "bank", "lender", "insurer", "retailer", "airline",
                                             "carmaker", "automaker", "drugmaker", "brewer", "operator", "chain"};
    return quoth_word_in(&r->p, i, COMMERCIAL, sizeof COMMERCIAL / sizeof *COMMERCIAL);
}

/* Whether a noun in small letters right before the name says its body is
 * no business: "Consumer group Which Way", "the charity Shelterline" are
 * not "the company" (the eleventh audit's consumer group had been). */
static int introduced_as_no_business(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const KINDS[] = {"group",    "charity", "union",   "regulator", "watchdog", "campaign",
                                        "coalition", "alliance", "association", "council", "ministry", "party",
                                        "agency",   "trust",   "society", "foundation", "think-tank"};
    uint32_t before = run->first - 1;
    return run->first > 0 && !(r->p.t[before].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, before, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* Whether speaker s is a news agency, which reports on a bank or a
 * company and is none ("LIMA (Reuters) - ... the bank said" had been
 * Reuters's). */
static int news_agency(const quoth_resolver *r, int32_t s) {
    static const char *const AGENCIES[] = {"Reuters", "Associated Press", "Agence France-Presse", "Xinhua",
                                           "Interfax", "TASS",            "Kyodo",                "Yonhap",
                                           "ANSA",    "Anadolu",          "Bernama",              "PTI"};
    const char *name = quoth_speaker_string(r->t, r->t->s[s].name);
    for (size_t k = 0; name && k < sizeof AGENCIES / sizeof *AGENCIES; k++)
        if (strcmp(name, AGENCIES[k]) == 0) return 1;
    return 0;
}

/* What the noun of "the company", "the paper", "the band" asks of the
 * body it stands for (resolve_kind_noun()). */
typedef struct kind_noun {
    int paper, government, group, club, band, regulator, commercial;
} kind_noun;

/* Reads the noun at `last` into *kn; 0 when it is no noun of a body's
 * kind. */
static int read_kind_noun(const quoth_resolver *r, uint32_t last, kind_noun *kn) {
    static const char *const KINDS[] = {"company",  "firm",      "bank",     "agency",   "bureau",   "network",
                                        "group",    "airline",   "automaker", "carmaker", "retailer", "grocer",
                                        "insurer",  "lender",    "drugmaker", "brewer",   "publisher", "broadcaster",
                                        "conglomerate", "manufacturer", "club",
                                        /* the sixth audit's culture news: "Northern Static said ... The band
                                         * said" */
                                        "band",     "label",     "studio",   "promoter", "distributor", "streamer",
                                        "charity",  "operator",  "developer", "chain",   "brewery",
                                        /* the seventh audit's public services: "The Office of Rail and
                                         * Road said ... According to the regulator" */
                                        "regulator", "watchdog", "consortium", "centre", "provider",
                                        /* the ninth audit's "Clearwater Energy Cooperative ... the utility
                                         * said" */
                                        "utility", "cooperative",
                                        /* the nineteenth audit's "the four-piece wrote on Instagram" */
                                        "four-piece", "five-piece", "three-piece", "trio", "quartet", "quintet",
                                        "duo"};
    static const char *const BANDS[] = {"band", "four-piece", "five-piece", "three-piece", "trio", "quartet",
                                        "quintet", "duo"};
    int paper = quoth_word_is(&r->p, last, "paper") || quoth_word_is(&r->p, last, "newspaper") ||
                editorial_board(r, last),
        kind = paper || quoth_word_in(&r->p, last, KINDS, sizeof KINDS / sizeof *KINDS);
    if (!kind) return 0;
    kn->paper = paper;
    kn->government = quoth_word_is(&r->p, last, "agency") || quoth_word_is(&r->p, last, "bureau");
    kn->group = quoth_word_is(&r->p, last, "group"), kn->club = quoth_word_is(&r->p, last, "club");
    kn->band = quoth_word_in(&r->p, last, BANDS, sizeof BANDS / sizeof *BANDS);
    kn->regulator = quoth_word_is(&r->p, last, "regulator") || quoth_word_is(&r->p, last, "watchdog");
    kn->commercial = commercial_noun(r, last);
    return 1;
}

/* Whether the organization of `run` is of another kind than the noun at
 * `last` names, *kn read from it (not a newspaper's noun: a paper takes
 * any newspaper). */
static int other_kind_of_body(const quoth_resolver *r, const quoth_name_run *run, uint32_t last,
                              const char *const *nouns, size_t n, const kind_noun *kn) {
    if (ends_in_other_institution(r, run, last, nouns, n) || (kn->government && !agency_name(r, run))) return 1;
    /* "the bank", "the company" is no regulator of it ("The Financial
     * Conduct Authority is examining the fees ... the bank said", the
     * ninth audit's) */
    if (kn->commercial && (holds_government_noun(r, run) || regulator_name(r, run) || facility_name(r, run) ||
                           introduced_as_no_business(r, run) || news_agency(r, run->speaker)))
        return 1;
    /* "the chairman of the House Transportation Committee": a body
     * that tells a person's place, not one that acts */
    if (run->first > 1 && quoth_word_is(&r->p, run->first - 1, "the") && quoth_word_is(&r->p, run->first - 2, "of"))
        return 1;
    /* "the group" is no company ("Castlemere Homes"), "the club" a
     * sports club ("Harbour United", not a fans' "Northern Wall") */
    if ((kn->group && (quoth_name_classes_at(r, run->end - 1) & NAME_ORG_HEAD)) || (kn->club && !club_name(r, run)))
        return 1;
    /* a band's name holds no noun of an institution or a company:
     * "the band" is not "Lantern Museum of Art" or "Ferrous Records" */
    return kn->band && institutional_head(r, run);
}

/* "the paper", "the newspaper", "the editorial board": the newspaper
 * named latest in its paragraph or the two before ("the Global Times").
 * "the company", "the firm", "the bank", "the agency", "the bureau", "the
 * network", "the group": the one organization named in its paragraph and
 * the one before, when it is one ("Twitter said ... The company said"),
 * not a place nor a body whose name ends with another institution's noun;
 * no one when they name two. */
static int32_t resolve_kind_noun(const quoth_resolver *r, quoth_tspan src, uint32_t last, const char *const *nouns,
                                 size_t n) {
    kind_noun kn;
    if (!read_kind_noun(r, last, &kn)) return -1;
    uint32_t found_end = 0;
    uint32_t para = paragraph_of(r, src.first);
    int32_t found = -1, spoke = -1, regulating = -1, opener = -1;
    int ambiguous = 0;
    /* "Ledgerly ... has raised $62 million in a round led by Bramblewood
     * Partners, the company said": after what it says, "the company" is
     * the body that opens the sentence, of two (the eighteenth audit's had
     * been no one) */
    size_t sentence_first = quoth_sentence_first(&r->p, src.first);
    int trailing = sentence_first + 2 < src.first && quoth_punct_is(&r->p, src.first - 1, ",");
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (para - paragraph_of(r, run->first) > (kn.paper ? 2u : 1u)) break;
        const quoth_speaker *s = &r->t->s[run->speaker];
        if (s->kind != QUOTH_KIND_ORGANIZATION || s->place) continue;
        if (kn.paper) {
            if (quoth_newspaper_word(&r->p, run->end - 1) || s->paper) return run->speaker;
            continue;
        }
        if (other_kind_of_body(r, run, last, nouns, n, &kn)) continue;
        if (kn.regulator && regulating < 0 && regulator_name(r, run)) regulating = run->speaker;
        uint8_t label = r->p.t[run->first].label;
        if (spoke < 0 && (label == AL_B_SOURCE || label == AL_I_SOURCE) &&
            r->p.t[run->first].sentence + 1 >= r->p.t[src.first].sentence && !quoth_newspaper_word(&r->p, run->end - 1))
            spoke = run->speaker;
        if (trailing && (run->first == sentence_first ||
                         (run->first == sentence_first + 1 && quoth_word_is(&r->p, sentence_first, "the"))))
            opener = run->speaker;
        if (found >= 0 && found != run->speaker) ambiguous = 1;
        if (found < 0) {
            found_end = run->end;
            found = run->speaker;
        }
    }
    /* of two bodies, the one that spoke in the sentence before or its own
     * ("Lantern Museum said ... Northern Static said ... The band said");
     * no one when neither did (further back, on PolNeAR's train, "the
     * company" had been a party or a newspaper named as a source), and
     * never a newspaper that reported (dev: "The New York Times reported
     * ... The network said" is RT's) */
    if (ambiguous) return spoke >= 0 ? spoke : opener >= 0 ? opener : regulating;
    return found >= 0 && (kn.group || kn.club) && indefinite_between(r, found_end, src.first, last) ? -1 : found;
}

/* Whether token i names one who speaks for a body: "spokesman",
 * "spokeswoman", "spokesperson", "official". */
static int spokes_noun(const quoth_resolver *r, uint32_t i) {
    return quoth_word_is(&r->p, i, "spokesman") || quoth_word_is(&r->p, i, "spokeswoman") ||
           quoth_word_is(&r->p, i, "spokesperson") || quoth_word_is(&r->p, i, "official");
}

/* Whether the word at `head`, which heads a body's name, names a body of
 * the kind that the noun at `noun_at` names, though it is another word:
 * "the union" of "the Minnesota Nurses Association", "the agency" of "the
 * Centers for Disease Control and Prevention" (the ninth audit's; each had
 * been no one). */
static int kind_of_head(const quoth_resolver *r, uint32_t noun_at, uint32_t head) {
    static const char *const UNIONS[] = {"association", "federation", "guild", "brotherhood"};
    static const char *const AGENCIES[] = {"administration", "centers", "centres", "service", "bureau", "authority"};
    if (quoth_word_is(&r->p, noun_at, "union")) return quoth_word_in(&r->p, head, UNIONS, sizeof UNIONS / sizeof *UNIONS);
    if (quoth_word_is(&r->p, noun_at, "agency"))
        return quoth_word_in(&r->p, head, AGENCIES, sizeof AGENCIES / sizeof *AGENCIES);
    return 0;
}

/* "the union", "The committee": the organization named latest before it
 * whose name ends with that noun ("Service Employees International
 * Union", "Democratic National Committee"), or, any noun, that its text
 * gave it by an apposition ("the group" of "Riders United, a local
 * group,"). Names by their ending take nouns of institutions only: "the
 * post" or "the poll" is more often a tweet or a survey than a newspaper
 * or a pollster named before. */
/* Whether the institution's noun (its lower-case hash) heads the run's
 * name: its last word ("Health Ministry"), or a word before "of", "for"
 * or "on" ("Ministry of Health", "Department of Justice", which "the
 * ministry", "the department" had not found). */
static int institution_heads(const quoth_resolver *r, const quoth_name_run *run, uint32_t noun_at) {
    uint64_t noun = r->p.t[noun_at].lower_hash;
    if (r->p.t[run->end - 1].lower_hash == noun) return 1;
    /* "Kent Police said ... according to the force" (the eighth audit's) */
    if (quoth_word_is(&r->p, noun_at, "force") &&
        (quoth_word_is(&r->p, run->end - 1, "police") || quoth_word_is(&r->p, run->end - 1, "constabulary") ||
         quoth_word_is(&r->p, run->first, "police")))
        return 1;
    for (uint32_t i = run->first; i + 1 < run->end; i++)
        if ((r->p.t[i].lower_hash == noun || kind_of_head(r, noun_at, i)) &&
            (quoth_word_is(&r->p, i + 1, "of") || quoth_word_is(&r->p, i + 1, "for") ||
             quoth_word_is(&r->p, i + 1, "on")))
            return 1;
    return kind_of_head(r, noun_at, run->end - 1);
}

/* The nouns of institutions that "the NOUN" finds by the end of a name,
 * besides the tagger's words of bodies: "the museum" of "the Lantern
 * Museum of Art", "the front" of "the Highland Liberation Front" (the
 * sixth audit's; each had been no one). */
static int named_institution_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const NOUNS[] = {"museum", "gallery", "trust",   "theatre", "theater", "festival",
                                        "hospital", "school", "orchestra", "front", "movement", "authority",
                                        "church", "society", "academy", "library", "brewery", "studios",
                                        /* the eighth audit's live blogs: "Heathrow Airport said ... The
                                         * airport told passengers" */
                                        "airport", "force", "zoo", "prison", "college", "port",
                                        /* the ninth audit's "Spokane Regional Health District ... the
                                         * district said", "Clearwater Energy Cooperative ... The
                                         * cooperative said" */
                                        "district", "cooperative",
                                        /* the eighteenth audit's "Brightwater Private Clinic ... The
                                         * clinic said", "the Main Border Directorate of Tajikistan ...
                                         * The directorate said", "the Platform for the Defense of
                                         * Bergama's Water ... The platform announced" */
                                        "clinic", "directorate", "platform", "inspectorate", "secretariat",
                                        "observatory", "laboratory"};
    return quoth_word_in(&r->p, i, NOUNS, sizeof NOUNS / sizeof *NOUNS);
}

/* "A spokesman for the company", "a spokeswoman for the studio": the
 * words "the NOUN" after "for", which speak as the spokesman does; an
 * empty span when the source is otherwise. */
static quoth_tspan spokesman_for(const quoth_resolver *r, quoth_tspan src, uint32_t last) {
    quoth_tspan none = {0, 0};
    if (last != src.first + 4 || !(quoth_word_is(&r->p, src.first, "a") || quoth_word_is(&r->p, src.first, "an")) ||
        !spokes_noun(r, src.first + 1) || !quoth_word_is(&r->p, src.first + 2, "for") ||
        !quoth_word_is(&r->p, src.first + 3, "the"))
        return none;
    return (quoth_tspan){src.first + 3, last + 1};
}

/* "the mobile operator", "the German carmaker": one or two words in
 * small letters before a noun of a body's kind describe the body that
 * the noun alone would find (resolve_kind_noun()); it had been no one. */
static int described_kind(const quoth_resolver *r, uint32_t first, uint32_t last) {
    if (last - first > 2) return 0;
    for (uint32_t i = first; i < last; i++) {
        int c = quoth_coarse(&r->p, i);
        if ((c != CT_ADJ && c != CT_NOUN) || ((r->p.t[i].flags & TOK_CAPITALIZED) && !quoth_nationality_word(&r->p, i)))
            return 0;
    }
    return 1;
}

/* Whether the noun at `noun_at` is the last two words of the body's name
 * written as one: "the coastguard" of "the Hellenic Coast Guard" (it had
 * been no one). */
static int head_written_as_one(const quoth_resolver *r, const quoth_name_run *run, uint32_t noun_at) {
    if (run->end - run->first < 2) return 0;
    const char *noun = quoth_token_norm(r->p.tl, noun_at), *a = quoth_token_norm(r->p.tl, run->end - 2),
               *b = quoth_token_norm(r->p.tl, run->end - 1);
    size_t na = strlen(a);
    return strncasecmp(noun, a, na) == 0 && strcasecmp(noun + na, b) == 0;
}

/* "Surveys by the foundation", "a study by the institute": the body a
 * source's "by" names by its noun, which resolve_organization_noun()
 * finds (it had been no one); and "figures from the trust", "data from
 * the agency", whose "from" names who made them (the fourteenth audit's
 * had been no one). An empty span when there is none. */
static quoth_tspan maker_after_by(const quoth_resolver *r, quoth_tspan src) {
    static const char *const DATA[] = {"figures", "data", "statistics", "numbers", "estimates", "records"};
    quoth_tspan none = {0, 0};
    uint32_t last = source_last_word(r, src);
    if (last < src.first + 3 || !quoth_word_is(&r->p, last - 1, "the") || quoth_coarse(&r->p, last - 3) != CT_NOUN)
        return none;
    if (!quoth_word_is(&r->p, last - 2, "by") &&
        !(quoth_word_is(&r->p, last - 2, "from") && quoth_word_in(&r->p, last - 3, DATA, sizeof DATA / sizeof *DATA)))
        return none;
    return (quoth_tspan){last - 1, last + 1};
}

static int32_t resolve_organization_noun(const quoth_resolver *r, quoth_tspan src);
static int resolve_body_named_before(quoth_resolver *r, quoth_tspan src, int32_t *speaker);
static int32_t resolve_description(const quoth_resolver *r, quoth_tspan src);

/* The body maker_after_by() finds, as the source "the foundation" would
 * be resolved. */
static int resolve_maker_after_by(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    quoth_tspan maker = maker_after_by(r, src);
    *speaker = -1;
    if (quoth_tspan_empty(maker)) return 0;
    int rc = resolve_body_named_before(r, maker, speaker);
    if (rc || *speaker >= 0) return rc;
    if ((*speaker = resolve_title(r, maker)) < 0 && (*speaker = resolve_organization_noun(r, maker)) < 0)
        *speaker = resolve_description(r, maker);
    return 0;
}

/* "the Ohio-based company", "the Columbus, Ohio-based company": where a
 * body is based says no more than "the company" does (it had been no
 * one; the eighteenth audit's). Whether the words [first, last) say only
 * that. */
static int based_in_place(const quoth_resolver *r, uint32_t first, uint32_t last) {
    if (last < first + 1 || last > first + 4 || !quoth_ends_with(&r->p, last - 1, "-based")) return 0;
    for (uint32_t i = first; i + 1 < last; i++)
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && !quoth_punct_is(&r->p, i, ",")) return 0;
    return 1;
}

static int32_t resolve_organization_noun(const quoth_resolver *r, quoth_tspan src) {
    static const char *const NOUNS[] = {"party",  "department", "court",      "committee", "council",
                                        "union",  "foundation", "agency",     "commission", "ministry",
                                        "senate", "institute",  "university", "association", "board",
                                        "bureau", "coalition",  "alliance",   "federation", "league"};
    uint32_t last = source_last_word(r, src);
    quoth_tspan body = spokesman_for(r, src, last);
    if (!quoth_tspan_empty(body)) return resolve_organization_noun(r, body);
    /* "A council spokesman", "the agency's spokeswoman": who speaks for
     * the body its noun names, as "the council" would (it had been no one) */
    int speaks_for = last == src.first + 2 && spokes_noun(r, last) && !(r->p.t[last - 1].flags & TOK_CAPITALIZED) &&
                     (quoth_word_is(&r->p, src.first, "a") || quoth_word_is(&r->p, src.first, "an"));
    if (speaks_for) last--;
    const quoth_token *t = &r->p.t[last];
    if (last == src.first || (t->flags & TOK_CAPITALIZED) || !(speaks_for || quoth_word_is(&r->p, src.first, "the")))
        return -1;
    if ((last == src.first + 2 && editorial_board(r, last)) || based_in_place(r, src.first + 1, last))
        return resolve_kind_noun(r, src, last, NOUNS, sizeof NOUNS / sizeof *NOUNS);
    if (last != src.first + 1) {
        int32_t modified = resolve_modified_organization_noun(r, src.first + 1, last);
        return modified >= 0 || !described_kind(r, src.first + 1, last)
                   ? modified
                   : resolve_kind_noun(r, src, last, NOUNS, sizeof NOUNS / sizeof *NOUNS);
    }
    if (body_noun(r, last)) { /* "the campaign": the latest "X campaign" of the document */
        int32_t latest = -1;
        for (uint32_t s = r->t->head[quoth_surname_bucket(r->t, t->lower_hash)]; s != NO_SPEAKER; s = r->t->next[s])
            if (r->t->s[s].surname == t->lower_hash && r->t->s[s].kind == QUOTH_KIND_ORGANIZATION &&
                r->t->s[s].first_token < src.first)
                latest = (int32_t)s;
        return latest;
    }
    int institution = named_institution_noun(r, last);
    if (!institution && (t->lex & LEX_ORG_WORD))
        institution = quoth_word_in(&r->p, last, NOUNS, sizeof NOUNS / sizeof *NOUNS);
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION) continue;
        if (institution && run->end - run->first >= 2 && institution_heads(r, run, last)) return run->speaker;
        if (apposition_head(r, run) == t->lower_hash || head_written_as_one(r, run, last)) return run->speaker;
    }
    return resolve_kind_noun(r, src, last, NOUNS, sizeof NOUNS / sizeof *NOUNS);
}

/* ------------------------------------------------------ documents */

/* How many tokens back "the statement" looks for the statement it refers
 * to, within its paragraph and the two before: a paragraph of thousands of
 * tokens is read no further than a short one. */
#define DOCUMENT_LOOKBACK 400

/* How many earlier mentions of it "the statement" asks for a maker: the
 * latest names one when any does, and each asks the attributions before
 * it. */
#define DOCUMENT_MENTIONS_MAX 4

/* The words of a description before a subject's name ("Democratic
 * presidential candidate Bernie Sanders"). */
#define SUBJECT_DESCRIPTION_MAX 6

/* Works that are sources in their own right ("the report says": PolNeAR
 * does not take their makers for the source, as it does a statement's
 * sender, quoth_document_noun()) but still have makers the text may name
 * ("a lawsuit filed by the party"). */
static int authored_work(const quoth_resolver *r, uint32_t i) {
    static const char *const WORKS[] = {"report", "lawsuit", "suit",  "complaint", "filing",  "study",
                                        "book",   "audit",   "review", "analysis", "inquiry"};
    return quoth_word_in(&r->p, i, WORKS, sizeof WORKS / sizeof *WORKS);
}

/* The speaker of name run j as a document's maker, and in *body the noun
 * of the body it names when it is a person's name before one ("the Sanders
 * campaign", whose statements are the campaign's). */
static int32_t run_maker(const quoth_resolver *r, size_t j, uint32_t *body) {
    const quoth_name_run *run = &r->t->runs[j];
    if (r->t->s[run->speaker].kind == QUOTH_KIND_PERSON && run->end < r->p.n && body_noun(r, run->end))
        *body = run->end;
    return run->speaker;
}

/* run_maker() of the run that starts at token i, when it names no place
 * and ends its noun phrase (not "the State Department's inspector
 * general"); -1 otherwise. */
static int32_t maker_run_at(const quoth_resolver *r, size_t i, uint32_t *body) {
    size_t j = first_run_from(r, i);
    if (j >= r->t->n_runs || r->t->runs[j].first != i) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    if (r->t->s[run->speaker].place || (run->end < r->p.n && quoth_possessive(&r->p, run->end))) return -1;
    return run_maker(r, j, body);
}

/* The first token of the noun phrase that ends with the document noun at
 * m: its determiner, possessive or name ("a written statement", "its
 * letter", "Cook's statement", "a Clinton campaign memo"). */
static size_t document_phrase_first(const quoth_resolver *r, size_t m, size_t first) {
    const quoth_phrases *p = &r->p;
    size_t i = m;
    while (i > first && i + 5 > m) {
        int c = quoth_coarse(p, i - 1);
        /* "a written statement", "a signed letter": a participle after a determiner */
        int participle = c == CT_VERB && i > first + 1 &&
                         (quoth_coarse(p, i - 2) == CT_DET || quoth_coarse(p, i - 2) == CT_ADJ);
        if (c != CT_ADJ && c != CT_NOUN && c != CT_PROPN && c != CT_NUM && !participle &&
            !quoth_punct_is(p, i - 1, "-"))
            break;
        i--;
    }
    if (i > first && (quoth_coarse(p, i - 1) == CT_DET || quoth_coarse(p, i - 1) == CT_POSS)) i--;
    return i;
}

/* The subject of a making verb of which the phrase at [np, ...) is the
 * object: "Cook provided a written statement", "Sanders is releasing a new
 * ad". The subject opens its clause: the sentence, or what follows a comma,
 * "that" or a cue verb ("The Times said Cook provided ..."), not a noun it
 * modifies ("The son of Donald Trump received a letter"). A body named by
 * a place issues statements as any other ("the Holocaust Museum"). */
static int32_t making_subject(const quoth_resolver *r, size_t np, size_t first, uint32_t *body) {
    const quoth_phrases *p = &r->p;
    size_t v = np;
    if (v > first && quoth_word_is(p, v - 1, "out")) v--; /* "put out", "sent out" */
    if (v == first || !quoth_sends_document(&r->p, v - 1)) return -1;
    size_t end = v - 1;
    while (end > first && end + 4 > v && (quoth_is_cue_modifier(p, end - 1) || quoth_word_is(p, end - 1, "is") ||
                                          quoth_word_is(p, end - 1, "was") || quoth_word_is(p, end - 1, "are") ||
                                          quoth_word_is(p, end - 1, "were")))
        end--;
    int32_t j = run_ending_at(r, end);
    if (j < 0 && end > first + 1 && body_noun(r, end - 1)) j = run_ending_at(r, end - 1); /* "The Cruz campaign" */
    if (j < 0) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    size_t lead = run->lead < run->first ? run->lead : run->first;
    /* a description before the name: "the museum", "Democratic presidential candidate" */
    for (size_t words = 0; lead > first && words < SUBJECT_DESCRIPTION_MAX; words++, lead--) {
        int c = quoth_coarse(p, lead - 1);
        if (c != CT_DET && c != CT_ADJ && c != CT_NOUN && c != CT_PROPN) break;
    }
    if (lead < first || p->t[run->first].quote_depth) return -1;
    if (lead > first && !quoth_punct_is(p, lead - 1, ",") && !quoth_word_is(p, lead - 1, "that") &&
        !quoth_is_cue_verb(p, lead - 1))
        return -1;
    return run_maker(r, (size_t)j, body);
}

/* Whoever the text says made the document mentioned at token m ("a
 * statement"), by the first of: a possessor ("Cook's statement"); a name
 * that modifies it ("a Clinton campaign memo"); the speaker of an
 * attribution of its sentence that cites it ("Smith said in a statement",
 * "In its letter, the company argued"); a name after "from" or "by" ("a
 * letter from the Justice Department", "a statement issued by the
 * campaign"); the subject of a verb that made it public ("The museum
 * issued a statement"). -1 when none is found: a document that is only
 * received, cited or quoted ("according to a congressional report")
 * names no maker. */
static int32_t document_maker(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, size_t m,
                              uint32_t *body) {
    const quoth_phrases *p = &r->p;
    size_t first = quoth_sentence_first(p, m), end = quoth_sentence_end(p, m);
    size_t np = document_phrase_first(r, m, first);
    int32_t run, maker;
    if (np > first && quoth_possessive(p, np - 1) && (run = run_ending_at(r, np - 1)) >= 0 &&
        !r->t->s[r->t->runs[run].speaker].place)
        return r->t->runs[run].speaker;
    if (np < m && (quoth_coarse(p, np) == CT_DET || quoth_coarse(p, np) == CT_POSS) &&
        (maker = maker_run_at(r, np + 1, body)) >= 0 && r->t->runs[first_run_from(r, np + 1)].end <= m)
        return maker;
    if (np > first && quoth_word_is(p, np - 1, "in")) {
        /* the attributions before k, which hold their speakers already */
        for (size_t j = k, seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
            const quoth_attribution *a = &list->a[j];
            if (a->speaker < 0 || quoth_tspan_empty(a->cue) || a->cue.first < first || a->cue.first >= end) continue;
            int inside = 0;
            for (size_t c = 0; c < a->n_content; c++) inside |= a->content[c].first <= m && m < a->content[c].end;
            if (!inside) return a->speaker;
        }
    }
    size_t by = m + 1 + (m + 1 < end && quoth_sends_document(&r->p, m + 1));
    if (by > m + 1) by = quoth_time_phrase_end(p, by, end); /* "published on Monday by" */
    /* set off: "The 60-page report, prepared by the Central Water Board,"
     * (the eighteenth audit's "the report states" had been no one's) */
    if (m + 3 < end && quoth_punct_is(p, m + 1, ",") && quoth_coarse(p, m + 2) == CT_VERB &&
        quoth_word_is(p, m + 3, "by"))
        by = m + 3;
    if (by + 1 < end && (quoth_word_is(p, by, "from") || quoth_word_is(p, by, "by"))) {
        size_t name = by + 1 + (quoth_word_is(p, by + 1, "the") && by + 2 < end);
        if ((maker = maker_run_at(r, name, body)) >= 0) return maker;
    }
    return making_subject(r, np, first, body);
}

/* "The mayor of Penwithick", "the governor of Kestria": a public office
 * of a place is its holder's, the latest before whose role holds the
 * office, else the first named after (news often names the mayor in the
 * next sentence), and no one when the text names none; never the place
 * (it had been the town). *found is set when the source reads so. */
static int32_t holder_of_office_of(const quoth_resolver *r, quoth_tspan src, int *found) {
    *found = 0;
    uint32_t office = src.first + 1, of = office + 1;
    if (src.end < src.first + 4 || !quoth_word_is(&r->p, src.first, "the") || !quoth_word_is(&r->p, of, "of") ||
        (r->p.t[office].flags & TOK_CAPITALIZED) || !public_office(r, office))
        return -1;
    size_t j = first_run_from(r, of + 1);
    if (j >= r->t->n_runs || r->t->runs[j].first > of + 2 || r->t->runs[j].end != src.end ||
        r->t->s[r->t->runs[j].speaker].kind == QUOTH_KIND_PERSON)
        return -1;
    *found = 1;
    return holder_around(r, src, title_holder, quoth_token_norm(r->p.tl, office));
}

/* "The lawsuit, filed in the Court of Session on Friday by the Pengelly
 * Tenants' Association, says": a common noun set off by a participle
 * clause whose agent follows "by" is that agent's, whatever names come
 * first (it had been the court's). -1 when the source reads otherwise. */
static int32_t agent_of_participle_clause(const quoth_resolver *r, quoth_tspan src, uint32_t *body) {
    const quoth_phrases *p = &r->p;
    size_t noun = src.first + 1;
    if (src.end < src.first + 6 || quoth_coarse(p, src.first) != CT_DET || quoth_coarse(p, noun) != CT_NOUN ||
        (p->t[noun].flags & TOK_CAPITALIZED) || !quoth_punct_is(p, noun + 1, ",") ||
        quoth_coarse(p, noun + 2) != CT_VERB || !quoth_ends_with(p, noun + 2, "ed"))
        return -1;
    for (size_t k = noun + 3; k + 1 < src.end; k++) {
        if (quoth_punct_is(p, k, ",")) return -1; /* the clause closes first */
        if (!quoth_word_is(p, k, "by")) continue;
        size_t name = k + 1 + (quoth_word_is(p, k + 1, "the") && k + 2 < src.end);
        return maker_run_at(r, name, body);
    }
    return -1;
}

/* "the statement", "The ad", "the new report": in *speaker, its maker
 * (document_maker()) at the latest mention of the same noun before it
 * that names one, in the paragraph or the two before, outside quotations;
 * -1 when none does. Returns 0 or QUOTH_ERR_NOMEM (a campaign made). */
static int resolve_document(quoth_resolver *r, const quoth_attribution_list *list, size_t k, quoth_tspan src,
                            int32_t *speaker) {
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    *speaker = -1;
    while (last > src.first && (p->t[last].flags & TOK_PUNCT)) last--;
    /* "the post" is as often a newspaper, or a platform's ("a Facebook
     * post" is no post of Facebook's) */
    if (last == src.first || last > src.first + 3 || !(quoth_document_noun(p, last) || authored_work(r, last)) ||
        quoth_word_is(p, last, "post") ||
        !(quoth_word_is(p, src.first, "the") || quoth_word_is(p, src.first, "this")))
        return 0;
    for (uint32_t i = src.first + 1; i < last; i++)
        if ((p->t[i].flags & TOK_CAPITALIZED) || (quoth_coarse(p, i) != CT_ADJ && quoth_coarse(p, i) != CT_NOUN))
            return 0;
    uint32_t para = paragraph_of(r, src.first);
    size_t mentions = 0;
    for (size_t m = src.first, seen = 0; m-- > 0 && seen++ < DOCUMENT_LOOKBACK && mentions < DOCUMENT_MENTIONS_MAX;) {
        if (para - paragraph_of(r, m) > 2) break;
        if (p->t[m].lower_hash != p->t[last].lower_hash || p->t[m].quote_depth) continue;
        mentions++;
        uint32_t body = 0;
        int32_t maker = document_maker(r, list, k, m, &body);
        if (maker < 0) continue;
        if (body) return person_body_speaker(r, maker, body, speaker);
        *speaker = maker;
        return 0;
    }
    return 0;
}

/* ------------------------------------------------------ states */

/* Heads of a description that a state narrows, besides titles and the
 * nouns of public figures (person_noun()): "the Kentucky Republican", "the
 * New York businessman". */
static int state_head(const quoth_resolver *r, uint32_t i) {
    static const char *const HEADS[] = {"republican", "democrat", "independent", "legislator"};
    if ((r->p.t[i].lex & LEX_TITLE) || person_noun(r, i)) return 1;
    return quoth_word_in(&r->p, i, HEADS, sizeof HEADS / sizeof *HEADS);
}

/* The words a role before a name may hold: "former New Jersey Gov.". */
#define ROLE_WORDS_BEFORE 5

/* The state a mention ties its person to: before the name ("Florida Sen.
 * Marco Rubio", "former New Jersey Gov. Chris Christie"), in an
 * affiliation after it ("Bernie Sanders (I-Vt.)", "Rob Portman, R-Ohio,")
 * or "of" a state ("Ted Cruz of Texas"). 0 when it names none. */
static int read_run_state(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t first = quoth_sentence_first(p, run->first), after;
    for (size_t i = run->first; i-- > first && i + ROLE_WORDS_BEFORE >= run->first;) {
        if (!(p->t[i].flags & TOK_CAPITALIZED) && !(p->t[i].lex & LEX_TITLE) && !quoth_word_is(p, i, "former")) break;
        int state = quoth_state_named_at(p, i, run->first, &after);
        if (state) return state;
    }
    size_t i = run->end, end = quoth_sentence_end(p, run->first);
    if (i + 1 >= end) return 0;
    if (quoth_word_is(p, i, "of")) return quoth_state_named_at(p, i + 1, end, &after);
    if (!quoth_punct_is(p, i, "-LRB-") && !quoth_punct_is(p, i, ",")) return 0;
    size_t last = i + 1; /* the affiliation runs to ")" or ",": "R-N" "." "H." */
    while (last + 1 < end && last < i + 4 && !quoth_punct_is(p, last + 1, "-RRB-") && !quoth_punct_is(p, last + 1, ","))
        last++;
    return quoth_state_of_affiliation(r->text + p->t[i + 1].start, p->t[last].end - p->t[i + 1].start);
}

/* read_run_state(), read once per run of a document: each description
 * asks it of every run it looks back at. */
static int run_state(const quoth_resolver *r, size_t j) {
    quoth_name_run *run = &r->t->runs[j];
    if (run->state == QUOTH_STATE_UNREAD) run->state = (uint8_t)read_run_state(r, run);
    return run->state;
}

/* The state that narrows a definite description ("The Vermont senator",
 * "the former Florida governor", "the Kentucky Republican"), with no other
 * capitalized word in it; 0 when src is no such description. *head is its
 * head noun. */
static int narrowing_state(const quoth_resolver *r, quoth_tspan src, uint32_t *head) {
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    while (last > src.first && ((p->t[last].flags & TOK_PUNCT) || quoth_possessive(p, last))) last--;
    if (last - src.first < 2 || !state_head(r, last) ||
        !(quoth_word_is(p, src.first, "the") || quoth_word_is(p, src.first, "this")))
        return 0;
    int state = 0;
    for (size_t i = src.first + 1, after; i < last; i++) {
        if (!state && (state = quoth_state_named_at(p, i, last, &after))) i = after - 1;
        else if (p->t[i].flags & TOK_CAPITALIZED) return 0; /* "the New York Times reporter" */
    }
    *head = last;
    return state;
}

/* Whether a speaker's role fits the head of a description: holds its
 * title, or is unknown; any role for a party or a noun of people. */
static int role_fits(const quoth_resolver *r, const quoth_speaker *s, uint32_t head) {
    if (!(r->p.t[head].lex & LEX_TITLE)) return 1;
    const char *role = quoth_speaker_string(r->t, s->role);
    return !role || role_holds_title(role, quoth_token_norm(r->p.tl, head), 0, 1);
}

/* A description narrowed by a state is the person named latest whose
 * mention ties them to that state and whose role fits; else, for a
 * title, the latest holder of it whose mentions name no state ("Sen.
 * Marco Rubio" ... "the Florida senator"; on PolNeAR train the latest
 * was right 2 times of 3 where two were in reach, and no one never).
 * *narrowed tells whether src is such a description: then no name in it
 * is the speaker ("the Ohio governor" is not Ohio), and -1 means no one. */
static int32_t resolve_state_description(const quoth_resolver *r, quoth_tspan src, int *narrowed) {
    uint32_t head;
    int state = narrowing_state(r, src, &head);
    *narrowed = state != 0;
    if (!state) return -1;
    /* the runs looked back at, latest first, and the state each names:
     * read once, so that a document of many such descriptions stays linear */
    int32_t speakers[LOOKBACK_MAX];
    int states[LOOKBACK_MAX];
    size_t n = 0;
    for (size_t j = first_run_from(r, src.first); j-- > 0 && n < LOOKBACK_MAX; n++) {
        speakers[n] = r->t->runs[j].speaker;
        states[n] = run_state(r, j);
    }
    for (size_t k = 0; k < n; k++) {
        const quoth_speaker *s = &r->t->s[speakers[k]];
        /* the state first: it turns most away, and role_fits() reads the role's words */
        if (states[k] == state && s->kind == QUOTH_KIND_PERSON && role_fits(r, s, head)) return speakers[k];
    }
    if (!(r->p.t[head].lex & LEX_TITLE)) return -1;
    for (size_t k = 0; k < n; k++) {
        const quoth_speaker *s = &r->t->s[speakers[k]];
        if (s->kind != QUOTH_KIND_PERSON || s->role == UINT32_MAX || !role_fits(r, s, head)) continue;
        int stated = 0; /* any mention of this speaker names a state */
        for (size_t m = 0; m < n && !stated; m++) stated = speakers[m] == speakers[k] && states[m];
        if (!stated) return speakers[k];
    }
    return -1;
}

/* "Other Republican candidates, including Carly Fiorina and Ben Carson",
 * "presidential candidates like Donald Trump and Bernie Sanders": a group
 * that lists two people or more as examples speaks as a group, and none of
 * them is its speaker. */
static int group_with_examples(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    for (uint32_t i = src.first + 1; i < src.end; i++) {
        if (!quoth_word_is(p, i, "including") && !quoth_word_is(p, i, "like")) continue;
        uint32_t head = i - 1 - quoth_punct_is(p, i - 1, ","); /* "candidates, including" */
        if (!r->pos_flags || !(r->pos_flags[p->t[head].pos] & QUOTH_POS_PLURAL)) return 0;
        int people = 0;
        for (size_t k = first_run_from(r, i); k < r->t->n_runs && r->t->runs[k].first < src.end; k++)
            people += r->t->s[r->t->runs[k].speaker].kind == QUOTH_KIND_PERSON;
        return people >= 2;
    }
    return 0;
}

/* "a New Hampshire Republican", "an Iowa Democrat", "one unaligned
 * Florida Republican strategist": someone the text does not name, one
 * member of a party, not the party nor a body of the state. */
static int unnamed_party_member(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    static const char *const MEMBERS[] = {"republican", "democrat", "independent", "libertarian"};
    if (!indefinite_word(r, src.first) || run->first <= src.first) return 0;
    for (uint32_t i = src.first + 1; i < run->first; i++)
        if (quoth_coarse(&r->p, i) != CT_ADJ) return 0;
    return quoth_word_in(&r->p, run->end - 1, MEMBERS, sizeof MEMBERS / sizeof *MEMBERS);
}

/* "one resident of Ulken", "a villager in Tazabagyab", "a native of
 * Oaxaca", "a trader in Chennai": someone unnamed who lives or works in
 * the place the run names, which does not speak (it had been the
 * speaker, and an unknown place a person of that name). */
static int unnamed_resident(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    static const char *const DWELLERS[] = {"resident", "native", "villager", "inhabitant", "citizen", "local"};
    if (run->first < src.first + 2) return 0;
    size_t prep = run->first - 1;
    /* past a city's possessive: "in Tokyo's Nerima Ward" */
    if (prep >= src.first + 3 && quoth_possessive(&r->p, prep) && (r->p.t[prep - 1].flags & TOK_CAPITALIZED)) prep -= 2;
    int in = quoth_word_is(&r->p, prep, "in") || quoth_word_is(&r->p, prep, "from");
    if (!in && !quoth_word_is(&r->p, prep, "of")) return 0;
    if (quoth_word_in(&r->p, prep - 1, DWELLERS, sizeof DWELLERS / sizeof *DWELLERS)) return 1;
    /* and past what the someone was doing there: "a woman shopping in" */
    if (in && prep >= src.first + 3 && quoth_coarse(&r->p, prep - 1) == CT_VERB &&
        quoth_ends_with(&r->p, prep - 1, "ing") && !(r->p.t[prep - 1].flags & TOK_CAPITALIZED))
        prep--;
    /* "a private lender in Chennai", "The agriculture ministry in New
     * Delhi", "a reader from Swindon": one unnamed someone that a name
     * after "in" places, not a person of the name (each had been the
     * place); "Officials in Ohio", many, speak for it */
    const quoth_token *head = &r->p.t[prep - 1];
    if (!in || r->t->s[run->speaker].kind == QUOTH_KIND_PERSON || quoth_coarse(&r->p, prep - 1) != CT_NOUN ||
        (head->flags & TOK_CAPITALIZED) || (r->pos_flags && (r->pos_flags[head->pos] & QUOTH_POS_PLURAL)))
        return 0;
    /* "a new article in Politico", "a press release from Judicial Watch":
     * a document's maker; "the government in Riyadh": the capital stands
     * for its government */
    static const char *const MADE_OR_GOVERNED[] = {"article", "story", "column", "piece", "editorial",
                                                   "government", "regime"};
    return !(head->lex & LEX_CUE_NOUN) && !quoth_document_noun(&r->p, prep - 1) &&
           !authored_work(r, (uint32_t)prep - 1) &&
           !quoth_word_in(&r->p, prep - 1, MADE_OR_GOVERNED, sizeof MADE_OR_GOVERNED / sizeof *MADE_OR_GOVERNED);
}

/* The speaker that a source's own words name: a description narrowed by
 * a state; else a person named in it; else, when it names no person, the
 * holder of the title its first noun phrase ends with, named before
 * ("Jacob J. Lew, the Treasury secretary" ... "The Treasury secretary"),
 * rather than the body in the title; else any name in it (when no one
 * holds the title, the body speaks for its official: "A Treasury
 * spokesman"; titles are singular words, and "White House officials"
 * speak for the White House). 1 when one of these answered, even with no
 * one ("the Ohio governor" that no one named holds), else 0. */
/* "The Bishop of Calderbridge", "the Archbishop of Canterbury": a
 * bishop named by the see, which is no speaker (it had been the body
 * "Calderbridge"). */
static int names_apposed_person(const quoth_resolver *r, quoth_tspan src);

static int bishop_of_see(const quoth_resolver *r, quoth_tspan src) {
    static const char *const CLERGY[] = {"bishop", "archbishop", "abbot", "bishops"};
    size_t head = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) != 0);
    /* but one named after it is who speaks: "The Bishop of Kilmorna, Dr
     * Declan Fitzmaurice," (he had been no one) */
    return head + 2 < src.end && quoth_word_in(&r->p, head, CLERGY, sizeof CLERGY / sizeof *CLERGY) &&
           quoth_word_is(&r->p, head + 1, "of") && !names_apposed_person(r, src);
}

/* "the Ontario food company", "The Kenyan carmaker": a place that only
 * says where the body its noun names is (the fifteenth audit's had been
 * Ontario). The source is then that noun's (resolve_kind_noun()). */
static int place_before_kind_noun(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    uint32_t last = source_last_word(r, src);
    if (run->first != src.first + 1 || !quoth_word_is(&r->p, src.first, "the") || run->end > last ||
        !(r->t->s[run->speaker].place || quoth_run_is_place(r, run)) || !commercial_noun(r, last))
        return 0;
    for (uint32_t i = run->end; i <= last; i++)
        if ((r->p.t[i].flags & TOK_CAPITALIZED) || (quoth_coarse(&r->p, i) != CT_NOUN && quoth_coarse(&r->p, i) != CT_ADJ))
            return 0;
    return 1;
}

/* "All 19 economists polled by Reuters", "Economists surveyed by
 * Bloomberg": people that a body reached speak for none of it, and the
 * text names none of them (it had been the agency). */
static int people_reached_by(const quoth_resolver *r, quoth_tspan src) {
    static const char *const REACHED[] = {"polled",    "surveyed",  "interviewed", "questioned",
                                          "contacted", "consulted", "asked",       "quizzed"};
    for (uint32_t i = src.first; i + 3 < src.end; i++)
        if (people_noun(r, i) && r->pos_flags && (r->pos_flags[r->p.t[i].pos] & QUOTH_POS_PLURAL) &&
            quoth_word_in(&r->p, i + 1, REACHED, sizeof REACHED / sizeof *REACHED) && quoth_word_is(&r->p, i + 2, "by"))
            return 1;
    return 0;
}

static int resolve_by_name(const quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if (group_with_examples(r, src) || bishop_of_see(r, src) || people_reached_by(r, src)) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    int narrowed;
    int32_t described = resolve_state_description(r, src, &narrowed);
    if (narrowed) {
        a->speaker = described;
        a->resolved_by = described >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    int32_t run = run_in_source(r, src);
    if (run >= 0 && place_before_kind_noun(r, src, &r->t->runs[run])) {
        a->speaker = resolve_kind_noun(r, src, source_last_word(r, src), NULL, 0);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    int names_person = run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON;
    quoth_tspan phrase = {src.first, first_phrase_end(r, src) + 1};
    if (!names_person && (a->speaker = resolve_title(r, phrase)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    /* "the Senate minority leader", "the former House Speaker" that no one
     * holds by a role: the public figure the text is about, as "the
     * minority leader" is, rather than the chamber */
    if (!names_person && run >= 0 && phrase.end == src.end &&
        (a->speaker = resolve_salient_description(r, list, k, phrase, 1)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if (run < 0) return 0;
    if (unnamed_party_member(r, src, &r->t->runs[run]) || unnamed_resident(r, src, &r->t->runs[run])) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    a->speaker = r->t->runs[run].speaker;
    a->resolved_by = r->t->runs[run].how;
    return 1;
}

/* Whether token i is a "who" or "which" that is its clause's subject:
 * a verb, an adverb or a preposition follows it ("who served", "who in
 * the past"), not the clause's own subject ("who many ... had backed"). */
static int leads_relative_clause(const quoth_resolver *r, size_t i) {
    if (!(quoth_word_is(&r->p, i, "who") || quoth_word_is(&r->p, i, "which")) || i + 1 >= r->p.n) return 0;
    int c = quoth_coarse(&r->p, i + 1);
    return c == CT_VERB || c == CT_AUX || c == CT_ADV || c == CT_ADP;
}

/* Whether a person is named right after a comma inside the source ("the
 * Trump campaign manager, Corey Lewandowski,"). */
static int names_apposed_person(const quoth_resolver *r, quoth_tspan src) {
    for (size_t j = first_run_from(r, src.first); j < r->t->n_runs && r->t->runs[j].first < src.end; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        size_t before = run->lead - 1; /* "..., 16-year-old Kayla Moreno," */
        if (before > src.first && age_word(r, before)) before--;
        if (run->lead > src.first && quoth_punct_is(&r->p, before, ",") &&
            r->t->s[run->speaker].kind == QUOTH_KIND_PERSON)
            return 1;
    }
    return 0;
}

/* The run whose apposition the source is, set off by commas after it
 * ("Justice Stephen G. Breyer, a Clinton appointee, wrote"; "Katrina
 * Pierson, a spokeswoman for Trump, said" had been Trump): -1 when the
 * source does not open with a determiner after a name and a comma, or the
 * name is a place ("in Jupiter, Fla., the Trump campaign manager, Corey
 * Lewandowski,"), a preposition's object but a "by" one ("In Florida, a
 * June poll"), or the source names its own person; and when it is neither
 * closed by a comma nor after the name that opens its sentence. */
static int32_t apposition_of_run(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    if (src.first < 2 || !(p->t[src.first].lex & LEX_DETERMINER) || !quoth_punct_is(p, src.first - 1, ","))
        return -1;
    size_t name_end;
    int32_t k = run_ending_before_brackets(r, src.first - 1, &name_end);
    if (k < 0) return -1;
    const quoth_name_run *run = &r->t->runs[k];
    size_t opens = run->lead < run->first ? run->lead : run->first;
    if (quoth_run_is_place(r, run) || p->t[run->first].quote_depth != p->t[src.first].quote_depth ||
        (opens > 0 && quoth_coarse(p, opens - 1) == CT_ADP && !quoth_word_is(p, opens - 1, "by")) ||
        names_apposed_person(r, src))
        return -1;
    /* "Clinton, a top aide said, “...”": a parenthesis's subject */
    if (src.end + 1 < p->n && quoth_coarse(p, src.end) == CT_VERB && quoth_punct_is(p, src.end + 1, ",")) return -1;
    /* one word that names no one known by a longer name: "Offstage, the
     * actors agree" */
    if (run->end == run->first + 1 && r->t->s[run->speaker].name_words < 2) return -1;
    /* closed by a comma, or after the name that opens the sentence, where
     * the tagger may take only the apposition's first words ("Gene
     * Sperling, a longtime Democratic policy [maker who ...]"); not a
     * clause after an opening one ("As Trump attacked Clinton, the
     * attendees ...") */
    if (quoth_punct_is(p, src.end - 1, ",") || (src.end < p->n && quoth_punct_is(p, src.end, ","))) return k;
    for (size_t i = quoth_sentence_first(p, opens); i < opens; i++)
        if (quoth_coarse(p, i) != CT_CONJ && quoth_coarse(p, i) != CT_ADV && !(p->t[i].flags & TOK_CAPITALIZED))
            return -1;
    return k;
}

enum { PRINCIPAL_NONE, PRINCIPAL_NAME, PRINCIPAL_PRONOUN };

/* "Mr Brightwell's spokesman", "his spokesman", "A spokeswoman for her":
 * a spokesperson speaks for the one named or meant with them, as "A
 * spokesman for Alan Brightwell" does (each had been no one; the
 * nineteenth audit's). *speaker is set; PRINCIPAL_NONE when the source
 * reads otherwise. */
static int spokesperson_principal(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                  quoth_tspan src, int32_t *speaker) {
    static const char *const SPOKES[] = {"spokesman", "spokeswoman", "spokesperson", "representative"};
    const quoth_phrases *p = &r->p;
    uint32_t last = source_last_word(r, src);
    if (last > src.first && quoth_word_in(p, last, SPOKES, sizeof SPOKES / sizeof *SPOKES)) {
        uint32_t before = last - 1;
        /* "his spokesman", "Her spokeswoman" */
        if (before == src.first && quoth_coarse(p, before) == CT_POSS && (p->t[before].lex & (LEX_MALE | LEX_FEMALE))) {
            *speaker = resolve_pronoun_as(r, list, k, before, p->t[before].lex, 0);
            return PRINCIPAL_PRONOUN;
        }
        /* "Mr Brightwell's spokesman", "Acme's spokesperson" */
        int32_t run = before > src.first && quoth_possessive(p, before) ? run_ending_at(r, before) : -1;
        /* the possessor opens the source: "Michael Briggs, Sanders's
         * spokesman," is Briggs */
        uint32_t opens = src.first + ((p->t[src.first].lex & LEX_DETERMINER) != 0);
        if (run >= 0 && r->t->runs[run].lead <= opens && r->t->runs[run].lead >= src.first) {
            *speaker = r->t->runs[run].speaker;
            return PRINCIPAL_NAME;
        }
        return PRINCIPAL_NONE;
    }
    /* "A spokeswoman for her" */
    if (src.end - src.first == 4 && quoth_word_in(p, src.first + 1, SPOKES, sizeof SPOKES / sizeof *SPOKES) &&
        quoth_word_is(p, src.first + 2, "for") && (p->t[src.first + 3].lex & LEX_PRONOUN) &&
        (p->t[src.first + 3].lex & (LEX_MALE | LEX_FEMALE))) {
        *speaker = resolve_pronoun_as(r, list, k, src.first + 3, p->t[src.first + 3].lex, 0);
        return PRINCIPAL_PRONOUN;
    }
    return PRINCIPAL_NONE;
}

/* Whether the words [first, end) name a body rather than a place. */
static int names_a_body(const quoth_resolver *r, uint32_t first, uint32_t end) {
    for (uint32_t i = first; i < end; i++)
        if (institution_word(r, i)) return 1;
    return 0;
}

/* "A resident of the village of Hossein-Abad", "Neighbors on Cedar
 * Avenue": people whom the source names by where they are, and by no name
 * of their own. The place speaks no more than they are named (each had
 * been a body, "Hossein-Abad", "Cedar Avenue"; the eighteenth audit's).
 * Officials speak for their place ("Officials in Ohio", its government),
 * but for no one place of two ("Officials in Bishkek and Dushanbe" had
 * been Dushanbe). Not people of a body ("officials at the Finance
 * Ministry", which the body's rules read). */
static int people_of_place(const quoth_resolver *r, quoth_tspan src) {
    static const char *const PEOPLE[] = {"resident",  "residents", "villager",  "villagers", "neighbor",
                                         "neighbors", "neighbour", "neighbours", "official",  "officials",
                                         "farmer",    "farmers",   "witness",   "witnesses", "shopkeeper",
                                         "shopkeepers", "locals",  "people",    "man",       "woman",
                                         "protesters", "fishermen", "fisherman", "traders",   "motorists"};
    static const char *const PLACES[] = {"in", "on", "near", "at", "from", "of"};
    static const char *const SETTLEMENTS[] = {"village", "town", "city", "district", "region", "province",
                                              "area", "suburb", "county", "neighborhood", "neighbourhood"};
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first;
    if (i < src.end && (quoth_coarse(p, i) == CT_DET || quoth_coarse(p, i) == CT_NUM)) i++;
    if (i < src.end && quoth_coarse(p, i) == CT_ADJ && !(p->t[i].flags & TOK_CAPITALIZED)) i++;
    if (i + 2 >= src.end || !quoth_word_in(p, i, PEOPLE, sizeof PEOPLE / sizeof *PEOPLE) ||
        !quoth_word_in(p, i + 1, PLACES, sizeof PLACES / sizeof *PLACES))
        return 0;
    int of = quoth_word_is(p, i + 1, "of"), officials = quoth_starts_with(p, i, "official");
    i += 2;
    if (quoth_word_is(p, i, "the")) i++;
    int settlement = i + 1 < src.end && quoth_word_in(p, i, SETTLEMENTS, sizeof SETTLEMENTS / sizeof *SETTLEMENTS) &&
                     quoth_word_is(p, i + 1, "of");
    if (settlement) i += 2;
    else if (of) return 0; /* "officials of the Red Cross" speak for it */
    uint32_t name = i;
    int places = 1;
    while (i < src.end && ((p->t[i].flags & TOK_CAPITALIZED) ||
                           (i > name && quoth_word_is(p, i, "and") && i + 1 < src.end &&
                            (p->t[i + 1].flags & TOK_CAPITALIZED) && ++places)))
        i++;
    if (i == name || names_a_body(r, name, i) || (officials && places < 2)) return 0;
    /* what follows is no name: ", reached by telephone," */
    for (uint32_t k = i; k < src.end; k++)
        if (p->t[k].flags & TOK_CAPITALIZED) return 0;
    return 1;
}

/* "A source close to the Brackenridge board", "people familiar with
 * Halden's plans": someone unnamed near a body or a person, who is not
 * that body (it had been "Brackenridge"; the eighteenth audit's). */
static int source_close_to(const quoth_resolver *r, quoth_tspan src) {
    static const char *const SOURCES[] = {"source", "sources", "person", "people", "someone", "insider",
                                          "insiders", "official", "officials"};
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first;
    if (i < src.end && (quoth_coarse(p, i) == CT_DET || quoth_coarse(p, i) == CT_NUM)) i++;
    if (i < src.end && quoth_coarse(p, i) == CT_ADJ) i++; /* "a senior source" */
    if (i + 2 >= src.end || !quoth_word_in(p, i, SOURCES, sizeof SOURCES / sizeof *SOURCES)) return 0;
    return (quoth_word_is(p, i + 1, "close") && quoth_word_is(p, i + 2, "to")) ||
           (quoth_word_is(p, i + 1, "familiar") && quoth_word_is(p, i + 2, "with")) ||
           (quoth_word_is(p, i + 1, "briefed") && quoth_word_is(p, i + 2, "on"));
}

/* "The family of the victim, Piotr Nowak,", "relatives of the pilot,
 * Jan Roe,": a group that opens the source, of someone whom the name
 * after the comma is; the group speaks, and no one person of it (the name
 * had been the speaker). A single head ("A lawyer for the defendant, Mark
 * Ellis,") is the name. */
static int group_of_named_person(const quoth_resolver *r, quoth_tspan src) {
    static const char *const GROUPS[] = {"family", "relatives", "parents", "friends", "children",
                                         "colleagues", "neighbours", "neighbors", "supporters"};
    size_t head = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) != 0);
    if (head + 3 >= src.end || !(quoth_word_is(&r->p, head + 1, "of") || quoth_word_is(&r->p, head + 1, "for")))
        return 0;
    if (!quoth_word_in(&r->p, head, GROUPS, sizeof GROUPS / sizeof *GROUPS)) return 0;
    for (size_t i = head + 2; i + 1 < src.end; i++)
        if (quoth_punct_is(&r->p, i, ",")) return names_apposed_person(r, src);
    return 0;
}

/* "the Home ministry", "an official of the Finance department": the name
 * a source holds, when it is a body's and a ministry's noun in small
 * letters follows it, as South Asian news writes them, names the ministry
 * (it had been a body "Home"); made when new, one per document. */
static int ministry_noun(const quoth_resolver *r, uint32_t i) {
    return !(r->p.t[i].flags & TOK_CAPITALIZED) &&
           (quoth_word_is(&r->p, i, "ministry") || quoth_word_is(&r->p, i, "department"));
}

static int resolve_ministry(quoth_resolver *r, quoth_tspan src, int32_t *speaker) {
    *speaker = -1;
    /* the noun first: few sources hold one, and run_in_source() is dear */
    uint32_t noun = src.first + 1;
    while (noun < src.end && !ministry_noun(r, noun)) noun++;
    if (noun >= src.end) return 0;
    int32_t k = run_in_source(r, src);
    if (k < 0) return 0;
    const quoth_name_run *run = &r->t->runs[k];
    noun = run->end;
    if (noun >= src.end || r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION || quoth_run_is_place(r, run) ||
        !ministry_noun(r, noun))
        return 0;
    size_t start = r->p.t[run->first].start;
    return body_speaker(r, r->text + start, r->p.t[noun - 1].end - start, noun, speaker);
}

/* "A spokesman for the Prime Minister": who the spokesman speaks for, the
 * words after "for", when they are a determiner and a title; an empty
 * span otherwise (a name after "for" is found as any name is). */
static quoth_tspan spokesman_principal(const quoth_resolver *r, quoth_tspan src) {
    quoth_tspan none = {0, 0};
    size_t noun = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) != 0);
    if (noun + 3 >= src.end || !spokes_noun(r, (uint32_t)noun) || !quoth_word_is(&r->p, noun + 1, "for") ||
        !(r->p.t[noun + 2].lex & LEX_DETERMINER))
        return none;
    uint32_t end = src.end;
    while (end > noun + 3 && (r->p.t[end - 1].flags & TOK_PUNCT)) end--;
    if (!(r->p.t[end - 1].lex & LEX_TITLE)) return none;
    for (size_t i = noun + 3; i + 1 < end; i++) /* "Prime", "deputy" */
        if (!(r->p.t[i].lex & LEX_TITLE) && quoth_coarse(&r->p, i) != CT_ADJ && quoth_coarse(&r->p, i) != CT_PROPN)
            return none;
    return (quoth_tspan){(uint32_t)noun + 2, end};
}

/* "The Department for Transport said ... A spokesperson said": a bare
 * spokesman, of no body the source names, speaks for the body that the
 * statement before spoke for, in its paragraph or the one before; -1 when
 * that was a person ("the prime minister's spokesman" is no one named) or
 * a place. */
static int32_t resolve_bare_spokesperson(const quoth_resolver *r, const quoth_attribution_list *list, size_t k) {
    static const char *const NOUNS[] = {"spokesman", "spokeswoman", "spokesperson"};
    quoth_tspan src = list->a[k].source;
    uint32_t last = source_last_word(r, src);
    if (last != src.first + 1 || !(quoth_word_is(&r->p, src.first, "a") || quoth_word_is(&r->p, src.first, "the")) ||
        !quoth_word_in(&r->p, last, NOUNS, sizeof NOUNS / sizeof *NOUNS))
        return -1;
    for (size_t j = k; j-- > 0;) {
        const quoth_attribution *b = &list->a[j];
        if (quoth_tspan_empty(b->source) || b->source.first >= src.first) continue;
        if (paragraph_of(r, src.first) - paragraph_of(r, b->source.first) > 1 || b->speaker < 0) return -1;
        const quoth_speaker *s = &r->t->s[b->speaker];
        return s->kind == QUOTH_KIND_ORGANIZATION && !s->place ? b->speaker : -1;
    }
    return -1;
}

/* How many speakers before a source resolve_role_repeated() compares. */
#define ROLE_SPEAKERS_MAX 64

/* "the account": the handle named latest within a few paragraphs ("The
 * account @SaveFenwickPool ... the account said", the fifteenth audit's,
 * had been no one); -1 when the source is not that or none is. */
static int32_t resolve_account(const quoth_resolver *r, quoth_tspan src) {
    if (source_last_word(r, src) != src.first + 1 || !quoth_word_is(&r->p, src.first, "the") ||
        !quoth_word_is(&r->p, src.first + 1, "account"))
        return -1;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (para - paragraph_of(r, run->first) > PRONOUN_PARAGRAPHS) break;
        if (run->end == run->first + 1 && quoth_handle_at(&r->p, run->first)) return run->speaker;
    }
    return -1;
}

/* "A memo obtained by the Daily Star", "a document seen by Reuters": a
 * document that a body got hold of, whose maker the source does not name
 * (the fifteenth audit's had been the newspaper that got it). */
static int obtained_noun(const quoth_resolver *r, uint32_t i) {
    static const char *const PAPERS[] = {"document", "documents", "draft", "memo", "memos", "emails", "files", "records"};
    return quoth_document_noun(&r->p, i) || authored_work(r, i) ||
           quoth_word_in(&r->p, i, PAPERS, sizeof PAPERS / sizeof *PAPERS);
}

static int document_obtained_by(const quoth_resolver *r, quoth_tspan src) {
    static const char *const GOT[] = {"obtained", "seen", "reviewed", "received", "leaked"};
    /* past a determiner, if any: "Records obtained by the Riverton Courier"
     * (the nineteenth audit's had been the Courier's) */
    uint32_t i = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) || quoth_coarse(&r->p, src.first) == CT_POSS);
    while (i < src.end && i < src.first + 4 && (quoth_coarse(&r->p, i) == CT_ADJ || quoth_coarse(&r->p, i) == CT_NOUN) &&
           !obtained_noun(r, i))
        i++;
    return i + 2 < src.end && obtained_noun(r, i) &&
           quoth_word_in(&r->p, i + 1, GOT, sizeof GOT / sizeof *GOT) &&
           (quoth_word_is(&r->p, i + 2, "by") || quoth_word_is(&r->p, i + 2, "to"));
}

static int32_t resolve_organization_noun(const quoth_resolver *r, quoth_tspan src);
static int32_t resolve_kind_noun(const quoth_resolver *r, quoth_tspan src, uint32_t last, const char *const *nouns,
                                 size_t n);

/* "according to its latest update", "According to the company's filings":
 * a body's own document is the body's (each had been no one's; the
 * nineteenth audit's). 1 when the owner is "its" (resolved as "it"), 2
 * when it is "the NOUN's", 0 when the source reads otherwise; *speaker is
 * set when not 0. */
static int document_of_owner(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, quoth_tspan src,
                             int32_t *speaker) {
    static const char *const PAPERS[] = {"update", "updates", "filing", "filings", "website", "figures", "data",
                                         "records", "accounts", "report", "statement", "announcement", "estimate",
                                         "estimates", "count"};
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    while (last > src.first && (p->t[last].flags & TOK_PUNCT)) last--;
    if (last == src.first || last > src.first + 4 || !quoth_word_in(p, last, PAPERS, sizeof PAPERS / sizeof *PAPERS))
        return 0;
    if (quoth_word_is(p, src.first, "its")) {
        for (uint32_t i = src.first + 1; i < last; i++)
            if (quoth_coarse(p, i) != CT_ADJ && quoth_coarse(p, i) != CT_NOUN) return 0;
        *speaker = resolve_pronoun_as(r, list, k, src.first, LEX_PRONOUN | LEX_NEUTER, 0);
        return 1;
    }
    if (quoth_word_is(p, src.first, "the") && last >= src.first + 3 && quoth_possessive(p, src.first + 2) &&
        quoth_coarse(p, src.first + 1) == CT_NOUN && !(p->t[src.first + 1].flags & TOK_CAPITALIZED)) {
        quoth_tspan owner = {src.first, src.first + 2};
        if ((*speaker = resolve_organization_noun(r, owner)) < 0)
            *speaker = resolve_kind_noun(r, owner, src.first + 1, NULL, 0);
        return *speaker >= 0 ? 2 : 0;
    }
    return 0;
}

/* "The suit, filed in Jackson County Circuit Court,": a document set off
 * with where it was filed, and by no one: the court is where, not who
 * (it had been the speaker; the nineteenth audit's). */
static int document_filed_in(const quoth_resolver *r, quoth_tspan src) {
    static const char *const PAPERS[] = {"suit", "lawsuit", "complaint", "filing", "indictment", "motion", "petition",
                                         "claim", "appeal"};
    static const char *const WHERE[] = {"in", "at", "with", "before"};
    const quoth_phrases *p = &r->p;
    uint32_t noun = src.first + 1;
    if (src.end < src.first + 6 || quoth_coarse(p, src.first) != CT_DET ||
        !(quoth_word_in(p, noun, PAPERS, sizeof PAPERS / sizeof *PAPERS) || obtained_noun(r, noun)) ||
        !quoth_punct_char(p, noun + 1, ',') || quoth_coarse(p, noun + 2) != CT_VERB ||
        !quoth_ends_with(p, noun + 2, "ed") || !quoth_word_in(p, noun + 3, WHERE, sizeof WHERE / sizeof *WHERE))
        return 0;
    for (uint32_t k = noun + 4; k < src.end; k++) {
        if (quoth_word_is(p, k, "by")) return 0;
        if (quoth_punct_char(p, k, ',')) return k + 1 == src.end;
    }
    return 0;
}

/* Whether a source is "his Honour", "Her Honor": a judge's address. */
static int honour_address(const quoth_resolver *r, quoth_tspan src) {
    return src.end == src.first + 2 &&
           (quoth_word_is(&r->p, src.first, "his") || quoth_word_is(&r->p, src.first, "her")) &&
           (quoth_word_is(&r->p, src.first + 1, "honour") || quoth_word_is(&r->p, src.first + 1, "honor"));
}

/* The judge a honour_address() is: the latest person named before whose
 * role holds "judge", "justice", "magistrate" or "recorder", of the
 * pronoun's gender (the fifteenth audit's had been a person "Honour");
 * -1 when no one is. */
static int32_t resolve_honour(const quoth_resolver *r, quoth_tspan src) {
    static const char *const BENCH[] = {"judge", "justice", "magistrate", "recorder"};
    int gender = quoth_word_is(&r->p, src.first, "his") ? 1 : 2;
    for (size_t k = r->t->n, seen = 0; k-- > 0 && seen++ < ROLE_SPEAKERS_MAX;) {
        const quoth_speaker *s = &r->t->s[k];
        const char *role = quoth_speaker_string(r->t, s->role);
        if (s->kind != QUOTH_KIND_PERSON || s->first_token >= src.first || !role || (s->gender && s->gender != gender))
            continue;
        for (size_t i = 0; i < sizeof BENCH / sizeof *BENCH; i++)
            if (holds_whole_word(role, BENCH[i])) return (int32_t)k;
    }
    return -1;
}

/* "The hon. Member for Saltmarsh and Dunholm" after "The Member for
 * Saltmarsh and Dunholm, Caroline Brewer,": a source that repeats, past
 * its determiner and "hon.", the whole role of a person named before is
 * that person (it had been a place of the role, "Saltmarsh"). Only roles
 * of three words or more, which name one office. -1 when none. */
static int32_t resolve_role_repeated(const quoth_resolver *r, quoth_tspan src) {
    uint32_t first = src.first, last = src.end - 1;
    while (last > first && (r->p.t[last].flags & TOK_PUNCT)) last--;
    while (first < last && ((r->p.t[first].lex & LEX_DETERMINER) || quoth_word_is(&r->p, first, "hon.") ||
                            quoth_word_is(&r->p, first, "hon") || quoth_word_is(&r->p, first, "honourable")))
        first++;
    if (last < first + 2 || !(r->p.t[first].flags & TOK_CAPITALIZED)) return -1;
    const char *text = r->text + r->p.t[first].start;
    size_t len = r->p.t[last].end - r->p.t[first].start;
    for (size_t k = r->t->n, seen = 0; k-- > 0 && seen++ < ROLE_SPEAKERS_MAX;) {
        const quoth_speaker *s = &r->t->s[k];
        const char *role = quoth_speaker_string(r->t, s->role);
        if (s->kind == QUOTH_KIND_PERSON && s->first_token < src.first && role && strlen(role) == len &&
            strncasecmp(role, text, len) == 0)
            return (int32_t)k;
    }
    return -1;
}

/* "Vance's record label, Northlight Music,", "the firm's parent, the
 * Harlow Group,": a body set off by a comma after a noun of no person
 * names what the noun is (it had been the singer); -1 when the source is
 * not of that form. */
static int32_t apposed_body(const quoth_resolver *r, quoth_tspan src) {
    for (size_t j = first_run_from(r, src.first); j < r->t->n_runs && r->t->runs[j].first < src.end; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        size_t opens = run->lead < run->first ? run->lead : run->first, comma = opens - 1;
        if (opens <= src.first + 1 || r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION) continue;
        if (quoth_word_is(&r->p, comma, "the") && comma > src.first) comma--;
        int closes = run->end == src.end || (run->end + 1 == src.end && quoth_punct_is(&r->p, run->end, ","));
        if (!quoth_punct_is(&r->p, comma, ",") || !closes || r->t->s[run->speaker].place || quoth_run_is_place(r, run))
            continue;
        /* the noun phrase before the comma ends with its head: no
         * preposition, clause or name but a possessor in it ("a salesman
         * from Sumter, South Carolina,", "whose hometown, Miami,") */
        size_t head = comma - 1;
        if (quoth_coarse(&r->p, head) != CT_NOUN) return -1;
        for (size_t i = src.first; i < comma; i++) {
            int c = quoth_coarse(&r->p, i);
            if (c == CT_ADP || c == CT_WH || c == CT_PUNCT || (c == CT_PROPN && !quoth_possessive(&r->p, i + 1)))
                return -1;
        }
        const quoth_token *t = &r->p.t[head];
        if ((t->flags & TOK_CAPITALIZED) || (t->lex & (LEX_TITLE | LEX_PRONOUN)) || people_noun(r, (uint32_t)head) ||
            (quoth_name_classes_at(r, head) & (NAME_ROLE | NAME_PERSON_NOUN)))
            return -1;
        return run->speaker;
    }
    return -1;
}

/* "Klara Osterwald, in a column for the weekly Kapital Heute, noted":
 * a source that the tagger began at the piece ("a column for ...") is the
 * person named before ", in", who wrote it, not the paper that printed it
 * (the fourteenth audit's columnist had been the weekly, and her "she
 * wrote" after). The person's speaker, or -1. */
static int32_t writer_before_piece(const quoth_resolver *r, quoth_tspan src) {
    static const char *const PIECES[] = {"column", "op-ed", "article", "piece", "essay", "editorial", "letter",
                                         "commentary", "interview", "blog"};
    if (src.first < 4 || src.end < src.first + 3 || !quoth_word_is(&r->p, src.first - 1, "in") ||
        !quoth_punct_is(&r->p, src.first - 2, ",") ||
        !(quoth_word_is(&r->p, src.first, "a") || quoth_word_is(&r->p, src.first, "an")) ||
        !quoth_word_in(&r->p, src.first + 1, PIECES, sizeof PIECES / sizeof *PIECES))
        return -1;
    int32_t run = run_ending_at(r, src.first - 2);
    if (run < 0) return -1;
    int32_t speaker = r->t->runs[run].speaker;
    return r->t->s[speaker].kind == QUOTH_KIND_PERSON ? speaker : -1;
}

/* How many tokens back "the mediator" looks for "mediated by". */
#define AGENT_LOOKBACK 200

/* "The talks are being mediated by Anselm Tavik, a retired diplomat. ...
 * the mediator said": "the" and a noun of one who does what a verb
 * before said a person did ("mediated by", "founded by", "chaired by"),
 * that person, within a few paragraphs (it had been no one: his role is
 * a diplomat's). */
static int32_t resolve_agent_noun(const quoth_resolver *r, quoth_tspan src) {
    static const char *const AGENTS[][2] = {
        {"mediator", "mediated"},   {"founder", "founded"},       {"chair", "chaired"},
        {"host", "hosted"},         {"moderator", "moderated"},   {"negotiator", "negotiated"},
        {"organiser", "organised"}, {"organizer", "organized"},   {"coach", "coached"},
        {"author", "authored"},     {"investigator", "investigated"}, {"director", "directed"}};
    uint32_t last = source_last_word(r, src);
    if (last != src.first + 1 || !quoth_word_is(&r->p, src.first, "the")) return -1;
    const char *verb = NULL;
    for (size_t i = 0; !verb && i < sizeof AGENTS / sizeof *AGENTS; i++)
        if (quoth_word_is(&r->p, last, AGENTS[i][0])) verb = AGENTS[i][1];
    if (!verb) return -1;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t by = src.first; by-- > 1 && src.first - by < AGENT_LOOKBACK;) {
        if (para - paragraph_of(r, by) > PRONOUN_PARAGRAPHS) break;
        if (!quoth_word_is(&r->p, by, "by") || !quoth_word_is(&r->p, by - 1, verb)) continue;
        size_t k = quoth_first_run_ending_after(r->t, by + 1);
        if (k >= r->t->n_runs || r->t->runs[k].lead != by + 1) return -1;
        int32_t s = r->t->runs[k].speaker;
        return s >= 0 && r->t->s[s].kind == QUOTH_KIND_PERSON ? s : -1;
    }
    return -1;
}

/* How many attributions back "the ministry" looks for the source it
 * shortens. */
#define SHORTENED_SOURCE_LOOKBACK 8

/* The common noun of a source "the" and at most one word more open
 * ("the ministry", "the terrorist group"), or src.first when it is none:
 * a description that may shorten an earlier source. */
static uint32_t definite_noun(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = source_last_word(r, src);
    if (last == src.first || last - src.first > 2 || !quoth_word_is(&r->p, src.first, "the") ||
        quoth_coarse(&r->p, last) != CT_NOUN || (r->p.t[last].flags & TOK_CAPITALIZED))
        return src.first;
    return last;
}

/* "An Aldorian diplomat, speaking on condition of anonymity, said ...
 * The diplomat added": "the" and a noun that the latest source headed by
 * that noun, in its paragraph or the one before, introduced as someone
 * unnamed ("a", "an", "one", "another") and gave no speaker, is that
 * someone again: no one named (it had been the foreign minister named
 * before, a diplomat by title). */
static int anonymous_antecedent(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                quoth_tspan src) {
    uint32_t last = definite_noun(r, src);
    if (last == src.first) return 0;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t j = k, seen = 0; j-- > 0 && seen++ < SHORTENED_SOURCE_LOOKBACK;) {
        const quoth_attribution *b = &list->a[j];
        if (quoth_tspan_empty(b->source) || b->source.first >= src.first) continue;
        if (para - paragraph_of(r, b->source.first) > 1) break;
        quoth_tspan phrase = {b->source.first, b->source.first + 1}; /* up to its first comma, if any */
        while (phrase.end < b->source.end && !quoth_punct_is(&r->p, phrase.end, ",")) phrase.end++;
        uint32_t head = source_last_word(r, phrase);
        if (r->p.t[head].lower_hash != r->p.t[last].lower_hash) continue;
        return b->speaker < 0 && indefinite_word(r, b->source.first);
    }
    return 0;
}

/* Whether each adjective of src before `last` is a word of `longer` ("the
 * terrorist group" is not "the SITE Intelligence Group"). */
static int adjectives_within(const quoth_resolver *r, quoth_tspan src, uint32_t last, quoth_tspan longer) {
    for (uint32_t i = src.first + 1; i < last; i++) {
        uint32_t j = longer.first;
        while (j < longer.end && r->p.t[j].lower_hash != r->p.t[i].lower_hash) j++;
        if (j == longer.end) return 0;
    }
    return 1;
}

/* "Kestria's foreign ministry said ... The ministry added": a body's noun
 * after "the" (and adjectives) is the body of an attribution just before
 * whose longer source that noun ended, in its paragraph or the one
 * before (it had been no one: "Kestria's" is a name no "ministry"
 * heads). */
static int32_t resolve_shortened_source(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                        quoth_tspan src) {
    uint32_t last = definite_noun(r, src);
    if (last == src.first) return -1;
    for (uint32_t i = src.first + 1; i < last; i++)
        if (quoth_coarse(&r->p, i) != CT_ADJ) return -1;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t j = k, seen = 0; j-- > 0 && seen++ < SHORTENED_SOURCE_LOOKBACK;) {
        const quoth_attribution *b = &list->a[j];
        if (quoth_tspan_empty(b->source) || b->source.first >= src.first) continue;
        if (para - paragraph_of(r, b->source.first) > 1) break;
        uint32_t head = source_last_word(r, b->source);
        if (b->speaker >= 0 && head > b->source.first + 1 && r->p.t[head].lower_hash == r->p.t[last].lower_hash &&
            r->t->s[b->speaker].kind == QUOTH_KIND_ORGANIZATION && adjectives_within(r, src, last, b->source))
            return b->speaker;
    }
    return -1;
}

/* A source of one pronoun ("he said", "It said"). 1 when the source is
 * one. */
static int resolve_pronoun_source(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if (src.end != src.first + 1 || !(r->p.t[src.first].lex & LEX_PRONOUN)) return 0;
    resolve_personal_pronoun(r, list, k);
    /* "Lumera said ... It said": a one-word name that "It" stands for
     * is a body's, whatever the entity tagger made of it, for the
     * descriptions after it ("the company") too */
    if (a->speaker >= 0 && (r->p.t[src.first].lex & LEX_NEUTER) &&
        r->t->s[a->speaker].kind == QUOTH_KIND_PERSON)
        r->t->s[a->speaker].kind = QUOTH_KIND_ORGANIZATION;
    return 1;
}

/* The sources whose names are not who speaks, read before any name: an
 * interview's label, a spokesperson's principal, a body based in a place,
 * people near someone or somewhere, a relative clause taken whole. 1 when
 * one of them answered (with no one, maybe). */
static int resolve_before_names(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if (resolve_interview_label(r, a)) return 1;
    int spoken_for = spokesperson_principal(r, list, k, src, &a->speaker);
    if (spoken_for) {
        a->resolved_by = a->speaker < 0                                      ? QUOTH_RESOLVED_NONE
                         : spoken_for == PRINCIPAL_PRONOUN                   ? QUOTH_RESOLVED_PRONOUN
                         : r->t->s[a->speaker].kind == QUOTH_KIND_PERSON ? QUOTH_RESOLVED_NAME
                                                                             : QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    /* "the Columbus, Ohio-based company": the company, not the place */
    uint32_t last_word = source_last_word(r, src);
    if (quoth_word_is(&r->p, src.first, "the") && !(r->p.t[last_word].flags & TOK_CAPITALIZED) &&
        based_in_place(r, src.first + 1, last_word)) {
        a->speaker = resolve_organization_noun(r, src);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if (group_of_named_person(r, src) || people_of_place(r, src) || source_close_to(r, src)) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    /* a relative clause taken whole for the source: "Ed Rendell, who
     * serves as chairman of the Philadelphia 2016 Host Committee" is
     * Rendell, not the committee; "Marco Rubio, who many in the Republican
     * establishment had backed" is not Rubio */
    if (src.end > src.first + 1 && leads_relative_clause(r, src.first) &&
        (a->speaker = resolve_relative(r, (quoth_tspan){.first = src.first, .end = src.first + 1})) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_PRONOUN;
        return 1;
    }
    return 0;
}

/* Documents and appositions: a body's own document, one that another got
 * hold of or filed somewhere, a piece before its writer, the apposition of
 * a name before the source, a surname the tagger missed before a comma. 1
 * when one of them answered. */
static int resolve_documents_and_appositions(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    int owned = document_of_owner(r, list, k, src, &a->speaker);
    if (owned) {
        a->resolved_by = a->speaker < 0 ? QUOTH_RESOLVED_NONE : owned == 1 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if (document_obtained_by(r, src) || document_filed_in(r, src)) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((a->speaker = writer_before_piece(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_NAME;
        return 1;
    }
    int32_t apposed = apposition_of_run(r, src);
    if (apposed >= 0) {
        a->speaker = r->t->runs[apposed].speaker;
        a->resolved_by = r->t->runs[apposed].how;
        return 1;
    }
    /* "Pantucci, at the Royal United Services Institute," with Pantucci
     * tagged a common noun: the person, not the institute */
    if (src.end > src.first + 2 && quoth_punct_is(&r->p, src.first + 1, ",") &&
        (a->speaker = resolve_untagged_surname(r, (quoth_tspan){.first = src.first, .end = src.first + 1})) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_SURNAME;
        return 1;
    }
    return 0;
}

/* Bodies that the source names by a noun or a word the tagger did not
 * take for a name: a place's police, a maker after "by", a poll's, a
 * party's members, an office's abbreviation, a ministry. 1 when one of
 * them answered, with *rc 0 or QUOTH_ERR_NOMEM. */
static int resolve_named_bodies(quoth_resolver *r, quoth_attribution_list *list, size_t k, int *rc) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if ((*rc = resolve_place_police(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    /* "Surveys by the foundation", "A study by the institute": the body
     * its noun names, a poll's maker too */
    if ((*rc = resolve_maker_after_by(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if (quoth_poll_speaker(r, src, &a->speaker)) {
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_ORGANIZATION : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((*rc = resolve_untagged_group_head(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    int abbreviation;
    if ((a->speaker = resolve_office_abbreviation(r, src, &abbreviation)) >= 0 || abbreviation) {
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((*rc = resolve_ministry(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    return 0;
}

/* Sources that stand for one mentioned before: a body apposed to a noun,
 * a role repeated whole, "the account", "his Honour", "the diplomat"
 * after "a diplomat" who was no one. 1 when one of them answered. */
static int resolve_mentioned_before(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if ((a->speaker = apposed_body(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if ((a->speaker = resolve_role_repeated(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if ((a->speaker = resolve_account(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if (honour_address(r, src)) {
        a->speaker = resolve_honour(r, src);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if (anonymous_antecedent(r, list, k, src)) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    return 0;
}

/* Offices and agents that a name in the source would be mistaken for: a
 * state's party member, the holder of a place's office, the agent of a
 * participle clause, a campaign of one word. 1 when one of them answered,
 * with *rc 0 or QUOTH_ERR_NOMEM. */
static int resolve_offices_and_agents(quoth_resolver *r, quoth_attribution_list *list, size_t k, int *rc) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    /* "the Montana Republican": a description, whatever name run its
     * capitals made (it had been a body "Montana Republican", or no one) */
    if (src.end == src.first + 3 && quoth_word_is(&r->p, src.first, "the") && state_word(r, src.first + 1) &&
        (quoth_word_is(&r->p, src.first + 2, "Republican") || quoth_word_is(&r->p, src.first + 2, "Democrat"))) {
        a->speaker = resolve_salient_description(r, list, k, src, 0);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    int office_of_place;
    if ((a->speaker = holder_of_office_of(r, src, &office_of_place)) >= 0 || office_of_place) {
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    uint32_t body = 0; /* a person's campaign as the agent is left to the rules below */
    int32_t agent = agent_of_participle_clause(r, src, &body);
    if (agent >= 0 && !body) {
        a->speaker = agent;
        a->resolved_by = r->t->s[agent].kind == QUOTH_KIND_PERSON ? QUOTH_RESOLVED_NAME : QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if ((*rc = resolve_campaign_of_word(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    return 0;
}

/* After the names: a person's body ("the Clinton campaign", "his
 * campaign", "the governor's office"), a source led by a pronoun, a
 * relative pronoun, and the names the tagger did not take for names. 1
 * when one of them answered, with *rc 0 or QUOTH_ERR_NOMEM. */
static int resolve_affiliation_or_untagged(quoth_resolver *r, quoth_attribution_list *list, size_t k, int *rc) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
    if ((*rc = resolve_affiliation(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    if ((*rc = resolve_pronoun_affiliation(r, list, k, &a->speaker)) || a->speaker >= 0) return 1;
    if ((*rc = resolve_title_affiliation(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_PRONOUN;
    if ((a->speaker = resolve_pronoun_lead(r, list, k)) >= 0) return 1;
    if ((a->speaker = resolve_relative(r, src)) >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_SURNAME;
    if ((a->speaker = resolve_untagged_surname(r, src)) >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
    if ((a->speaker = resolve_untagged_newspaper(r, src)) >= 0) return 1;
    if ((*rc = resolve_untagged_organization(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_NAME;
    if ((*rc = resolve_transcript_label(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    return 0;
}

/* The last resort, a source that names no one: the body or the title of
 * someone named before, a document's maker, a description of one person,
 * a bare spokesperson's body, the police, a shortened source, an agent's
 * noun. Returns 0 or QUOTH_ERR_NOMEM. */
static int resolve_by_description(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    int rc;
    a->resolved_by = QUOTH_RESOLVED_TITLE;
    if ((rc = resolve_body_named_before(r, src, &a->speaker)) || a->speaker >= 0) return rc;
    quoth_tspan principal = spokesman_principal(r, src);
    if (!quoth_tspan_empty(principal) && (a->speaker = resolve_title(r, principal)) >= 0) return 0;
    quoth_tspan described = without_age_apposition(r, src); /* "The star, 34," */
    if ((a->speaker = resolve_title(r, described)) < 0 && (a->speaker = resolve_organization_noun(r, src)) < 0 &&
        (rc = resolve_document(r, list, k, src, &a->speaker)))
        return rc;
    if (a->speaker < 0 && (a->speaker = resolve_description(r, described)) < 0 &&
        (a->speaker = resolve_salient_description(r, list, k, described, 0)) < 0 &&
        (a->speaker = resolve_salient_description(r, list, k, described, 1)) < 0)
        a->speaker = resolve_bare_spokesperson(r, list, k);
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
    if (a->speaker < 0 && ((rc = resolve_police(r, src, &a->speaker)) || a->speaker >= 0))
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
    if (!rc && a->speaker < 0 && (a->speaker = resolve_shortened_source(r, list, k, src)) >= 0)
        a->resolved_by = QUOTH_RESOLVED_TITLE;
    if (!rc && a->speaker < 0 && (a->speaker = resolve_agent_noun(r, src)) >= 0) a->resolved_by = QUOTH_RESOLVED_TITLE;
    return rc;
}

/* Ties attribution k's source to its speaker, by the first of these steps
 * that answers (each tries its rules in order; the order is the rules'
 * precedence). Returns 0 or QUOTH_ERR_NOMEM. */
static int resolve_source(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    int rc = 0;
    if (resolve_pronoun_source(r, list, k) || resolve_before_names(r, list, k) ||
        resolve_documents_and_appositions(r, list, k) || resolve_named_bodies(r, list, k, &rc) ||
        resolve_mentioned_before(r, list, k) || resolve_offices_and_agents(r, list, k, &rc) ||
        resolve_by_name(r, list, k) || resolve_affiliation_or_untagged(r, list, k, &rc))
        return rc;
    return resolve_by_description(r, list, k);
}

/* The gender that the words of a source no speaker was found for give: a
 * "he" or "she", else its head noun's ("a mother of three", "his wife",
 * "the woman who ..."), not a possessor's ("the man's lawyer"). */
static int source_gender(const quoth_resolver *r, quoth_tspan src) {
    uint32_t lex = r->p.t[src.first].lex;
    if (src.end == src.first + 1 && (lex & LEX_PRONOUN))
        return (lex & LEX_FEMALE) && !(lex & LEX_MALE) ? 2 : (lex & LEX_MALE) && !(lex & LEX_FEMALE) ? 1 : 0;
    int64_t head = -1;
    uint32_t i = src.first;
    for (; i < src.end; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c == CT_ADP || c == CT_WH || c == CT_PUNCT || c == CT_VERB || c == CT_AUX) break;
        if (c == CT_NOUN) head = i; /* the last: "the man's lawyer" is the lawyer */
    }
    int gender = head < 0 ? 0 : quoth_gender_of_role(quoth_token_norm(r->p.tl, (size_t)head));
    /* "One of them, a mother of three,": the head of an apposition */
    for (; !gender && i + 2 < src.end; i++)
        if (quoth_punct_is(&r->p, i, ",") && (r->p.t[i + 1].lex & LEX_DETERMINER) &&
            quoth_coarse(&r->p, i + 2) == CT_NOUN)
            gender = quoth_gender_of_role(quoth_token_norm(r->p.tl, i + 2));
    return gender;
}

static uint32_t first_token_of(const quoth_attribution *a) {
    uint32_t f = a->content[0].first;
    if (!quoth_tspan_empty(a->source) && a->source.first < f) f = a->source.first;
    if (!quoth_tspan_empty(a->cue) && a->cue.first < f) f = a->cue.first;
    return f;
}

static int by_position(const void *x, const void *y) {
    uint32_t a = first_token_of(x), b = first_token_of(y);
    return a < b ? -1 : a > b;
}

/* "White House press secretary Dana Whitfield said ... She did not take
 * questions.": a "he" or "she" that opens a sentence, speaking or not,
 * tells the gender of the one person the sentence before names that fits
 * it (a person known to be a man fits no "she", so a known gender stays). */
static void genders_from_pronouns(quoth_resolver *r) {
    const quoth_token_list *tl = r->p.tl;
    for (size_t s = 1; s < tl->n_sent; s++) {
        size_t end = tl->sent[s].first + tl->sent[s].count, i = opening_he_or_she(r, tl->sent[s].first, end);
        if (i == end) continue;
        int32_t person = sole_recent_person(r, i, r->p.t[i].lex, SCOPE_TWO_SENTENCES);
        if (person >= 0) r->t->s[person].gender = quoth_word_is(&r->p, i, "he") ? 1 : 2;
    }
}

/* "Mayor Tanaka said her administration would ...", "Okonjo said that
 * she had ...": a "he" or "she", "his" or "her" that opens the content
 * of a person's indirect statement (past "that") is the speaker's own in
 * reported speech, and tells the speaker's gender when nothing else did.
 * Not when a name stands between the source and the pronoun ("Smith told
 * Jones she ..."), nor inside a quotation. */
static void genders_from_reported_pronouns(quoth_resolver *r, const quoth_attribution_list *list) {
    for (size_t k = 0; k < list->n; k++) {
        const quoth_attribution *a = &list->a[k];
        if (a->speaker < 0 || !a->n_content || quoth_tspan_empty(a->cue) || quoth_tspan_empty(a->source)) continue;
        quoth_speaker *sp = &r->t->s[a->speaker];
        if (sp->gender || sp->kind != QUOTH_KIND_PERSON) continue;
        size_t i = a->content[0].first;
        if (i < r->p.n && (r->p.t[i].lex & LEX_COMPLEMENTIZER) && quoth_word_is(&r->p, i, "that")) i++;
        if (i >= r->p.n || r->p.t[i].quote_depth || i > a->content[0].end) continue;
        int male = quoth_word_is(&r->p, i, "he") || quoth_word_is(&r->p, i, "his");
        int female = quoth_word_is(&r->p, i, "she") || quoth_word_is(&r->p, i, "her");
        if (!male && !female) continue;
        /* a pronoun of the other gender later in the content may be the
         * speaker's own: "Ellery said she was the best player he had
         * coached" */
        int other = 0;
        for (size_t j = i + 1; j < a->content[0].end && !other; j++)
            other = male ? quoth_word_is(&r->p, j, "she") || quoth_word_is(&r->p, j, "her")
                         : quoth_word_is(&r->p, j, "he") || quoth_word_is(&r->p, j, "his") ||
                               quoth_word_is(&r->p, j, "him");
        if (other) continue;
        /* the content right after the cue, the source before it */
        if (a->source.end > a->cue.first || a->content[0].first > a->cue.end + 1) continue;
        /* not when the source's words say otherwise ("Okoro, a father of
         * two, said she"). Another person named before whom the pronoun
         * may mean ("Maria Lopez was fired ... Okoro said she had been
         * sacked") is not looked for: skipping when one is named in the
         * sentence or the one before cost train 6 and 19 statements that
         * agree with CoreNLP's coreference, for the few it would save. */
        int gender = male ? 1 : 2, said = source_gender(r, a->source);
        if (said && said != gender) continue;
        sp->gender = (uint8_t)gender;
    }
}

/* How far into its sentence a subject's own pronoun is looked for. */
#define OWN_PRONOUN_REACH 24

/* Whether a run that is no one known to be a person follows a preposition
 * of place ("flew home from Riga", "in Kisumu"): a place no list holds. */
static int place_after_preposition(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const AT[] = {"in", "from", "at", "near", "across", "outside", "inside"};
    if (r->t->s[run->speaker].kind == QUOTH_KIND_PERSON || run->first == 0) return 0;
    return quoth_word_in(&r->p, run->first - 1, AT, sizeof AT / sizeof *AT);
}

/* 1 when token i is "he", "his" or "him", 2 when "she" or "her", else 0. */
static int pronoun_gender(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].norm_len > 3) return 0; /* the pronouns are short */
    if (quoth_word_is(&r->p, i, "he") || quoth_word_is(&r->p, i, "his") || quoth_word_is(&r->p, i, "him")) return 1;
    return quoth_word_is(&r->p, i, "she") || quoth_word_is(&r->p, i, "her") ? 2 : 0;
}

/* Whether token i may describe a person other than the subject: a title,
 * a noun of a person ("the coach", "his wife"). */
static int other_person_at(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].lex & LEX_TITLE) return 1;
    if (quoth_coarse(&r->p, i) != CT_NOUN) return 0;
    return person_noun(r, (uint32_t)i) || quoth_gender_of_role(quoth_token_norm(r->p.tl, i)) != 0;
}

/* "Rin Takahashi reached the final when her opponent retired", "Ieva
 * Berzina flew home for her sister's wedding": the first "he", "his",
 * "him", "she" or "her" of a sentence that opens with a person's name is
 * that person's when no other person is named or described before it (a
 * body or a place may be),
 * and tells the person's gender when nothing else did (the audits' names
 * that no list holds, whose only "she" is not a speaker's). */
static void genders_from_subjects_pronouns(quoth_resolver *r) {
    for (size_t j = 0; j < r->t->n_runs; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        quoth_speaker *sp = &r->t->s[run->speaker];
        size_t opening = quoth_sentence_first(&r->p, run->first);
        if (sp->gender || sp->kind != QUOTH_KIND_PERSON || r->p.t[run->first].quote_depth ||
            (run->lead != opening && run->first != opening))
            continue;
        size_t end = quoth_sentence_end(&r->p, run->first), next = end;
        for (size_t k = j + 1; k < r->t->n_runs && r->t->runs[k].first < end; k++) {
            const quoth_name_run *other = &r->t->runs[k]; /* a body or a place is no one the pronoun means */
            if (r->t->s[other->speaker].kind == QUOTH_KIND_ORGANIZATION || quoth_run_is_place(r, other) ||
                place_after_preposition(r, other))
                continue;
            next = other->first;
            break;
        }
        for (size_t i = run->end; i < next && i < run->end + OWN_PRONOUN_REACH; i++) {
            if (r->p.t[i].quote_depth || other_person_at(r, i)) break;
            int gender = pronoun_gender(r, i);
            if (!gender) continue;
            /* "... when he met her": either may be the subject's */
            for (size_t k = i + 1; k < end && gender; k++)
                if (pronoun_gender(r, k) == 3 - gender) gender = 0;
            sp->gender = (uint8_t)gender;
            break;
        }
    }
}

/* How many statements after a document's first sentence a description
 * in it looks at for the one it announces. */
#define HEADLINE_LOOKAHEAD 8

/* The head of a description that opens a document and names no one
 * before it ("Rail union announces walkout", "Sanders will back
 * Clinton, former rival says"): its last word, a singular noun of a
 * title, a role or a body's kind, in a source of at most four words;
 * with *body set when it names a body. Else the source's end. */
static uint32_t opening_description_head(const quoth_resolver *r, const quoth_attribution *a, int *body) {
    quoth_tspan src = a->source;
    uint32_t last = source_last_word(r, src);
    const quoth_token *t = &r->p.t[last];
    if (t->sentence != 0 || last - src.first >= 4 || t->norm_len < 3 ||
        (r->pos_flags && (r->pos_flags[t->pos] & QUOTH_POS_PLURAL)))
        return src.end;
    *body = (t->lex & LEX_ORG_WORD) || (quoth_name_classes_at(r, last) & NAME_BODY) ||
            named_institution_noun(r, last) || commercial_noun(r, last);
    int person = (t->lex & LEX_TITLE) || (quoth_name_classes_at(r, last) & (NAME_ROLE | NAME_PERSON_NOUN));
    if (!*body && !person) return src.end;
    if (a->speaker < 0) return last;
    /* "Rail union": a headline's capital made "Rail" a name, which the
     * head is no word of; "Coalition claims lead": the name is the head */
    const char *name = quoth_speaker_string(r->t, r->t->s[a->speaker].name), *head = quoth_token_norm(r->p.tl, last);
    return strcasecmp(name, head) == 0 || !holds_whole_word(name, head) ? last : src.end;
}

/* Whether the speaker of b is one that a description headed by `head`
 * fits: b's source holds the head's word ("Jane Orr, a former aide to
 * the minister"), or the speaker's role holds it as a title ("Gov." for
 * "governor"), or a body's name holds it ("National Union of Rail
 * Workers" for "union"). */
static int fits_description(const quoth_resolver *r, const quoth_attribution *b, uint32_t head, int body) {
    if (b->speaker < 0 || quoth_tspan_empty(b->source)) return 0;
    const quoth_speaker *s = &r->t->s[b->speaker];
    if (s->kind != (body ? QUOTH_KIND_ORGANIZATION : QUOTH_KIND_PERSON)) return 0;
    for (uint32_t i = b->source.first; i < b->source.end; i++)
        if (r->p.t[i].lower_hash == r->p.t[head].lower_hash) return 1;
    const char *word = quoth_token_norm(r->p.tl, head);
    if (body && commercial_noun(r, head)) { /* "company says" ... "Halbrook Therapeutics said" */
        static const char *const PUBLIC[] = {"commission", "department", "ministry", "agency", "authority",
                                             "administration", "council", "court", "bureau", "office", "police"};
        const char *name = quoth_speaker_string(r->t, s->name);
        for (size_t i = 0; i < sizeof PUBLIC / sizeof *PUBLIC; i++)
            if (holds_whole_word(name, PUBLIC[i])) return 0;
        return !s->place;
    }
    if (body) return holds_whole_word(quoth_speaker_string(r->t, s->name), word);
    const char *role = quoth_speaker_string(r->t, s->role);
    return role && role_holds_title(role, word, 0, 0);
}

/* A description in a document's first sentence, a headline's most often,
 * has nothing before it to stand for: it announces someone the text
 * names after it ("Hospital chief warns of winter like no other" ...
 * "Dr Amara Okoye, chief executive of the trust, said"; it had been no
 * one). The first of the statements after it whose speaker fits. */
static void resolve_opening_descriptions(quoth_resolver *r, quoth_attribution_list *list) {
    /* the statements after the first sentence begin at `after` (the list
     * is in the order of the text), so that each description looks at a
     * few of them, however many the first sentence holds */
    size_t after = 0;
    while (after < list->n) {
        uint32_t opens = first_token_of(&list->a[after]);
        if (opens >= r->p.n || r->p.t[opens].sentence != 0) break;
        after++;
    }
    for (size_t k = 0; k < after; k++) {
        quoth_attribution *a = &list->a[k];
        int body = 0;
        uint32_t head = quoth_tspan_empty(a->source) ? a->source.end : opening_description_head(r, a, &body);
        /* a name before it in the sentence may be whom it stands for
         * ("Glint has banned a creator, the company said") */
        if (head == a->source.end || (r->t->n_runs > 0 && r->t->runs[0].first < a->source.first))
            continue;
        for (size_t j = after; j < list->n && j < after + HEADLINE_LOOKAHEAD; j++) {
            const quoth_attribution *b = &list->a[j];
            if (fits_description(r, b, head, body)) {
                a->speaker = b->speaker;
                a->resolved_by = QUOTH_RESOLVED_TITLE;
                break;
            }
        }
    }
}

int quoth_resolve_speakers(quoth_speaker_table *t, const quoth_attrib_input *in,
                           quoth_attribution_list *list) {
    quoth_resolver r = {quoth_phrases_of(in->tokens), in->text, t, in->name_words, in->pos_flags, -1, -1, list, 0, 0};
    t->n = t->n_runs = t->arena_len = 0;
    int rc = quoth_token_memo_reset(t, r.p.n);
    if (!rc) rc = quoth_find_name_runs(&r);
    if (!rc) rc = quoth_speaker_index_reset(t, t->n_runs);
    if (!rc) rc = quoth_group_full_names(&r);
    if (!rc) rc = quoth_group_single_names(&r);
    if (!rc) rc = quoth_roles_from_copulas(&r);
    if (rc) return rc;
    /* "the daily Narodna Pravda ... the newspaper wrote": marked once here,
     * so that "the newspaper" asks its candidates in constant time */
    for (size_t k = 0; k < t->n_runs; k++)
        if (quoth_introduced_as_newspaper(&r, &t->runs[k])) t->s[t->runs[k].speaker].paper = 1;
    r.interviewee = interviewee_of(&r);
    r.writer = writer_of(&r);
    if (list->n) qsort(list->a, list->n, sizeof *list->a, by_position);
    for (size_t k = 0; k < list->n; k++) {
        quoth_attribution *a = &list->a[k];
        a->source_gender = 0;
        if (!quoth_tspan_empty(a->source)) {
            if ((rc = resolve_source(&r, list, k))) return rc;
            if (a->speaker < 0) a->source_gender = (uint8_t)source_gender(&r, a->source);
        } else if (k > 0 && !quoth_tspan_empty(a->cue) && !a->subject_judged &&
                   in->tokens->tok[a->cue.first].sentence ==
                       in->tokens->tok[first_token_of(&list->a[k - 1])].sentence) {
            /* "..., noting that ...": the speaker of the clause it hangs on */
            a->speaker = list->a[k - 1].speaker;
            a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_CONTEXT : QUOTH_RESOLVED_NONE;
        }
    }
    resolve_opening_descriptions(&r, list);
    genders_from_pronouns(&r);
    genders_from_reported_pronouns(&r, list);
    genders_from_subjects_pronouns(&r);
    return 0;
}

void quoth_speaker_table_free(quoth_speaker_table *t) {
    free(t->s);
    free(t->runs);
    free(t->arena);
    free(t->head);
    free(t->tail);
    free(t->next);
    free(t->next2);
    free(t->next3);
    free(t->word_set);
    free(t->source_ends);
    free(t->token_memo);
    memset(t, 0, sizeof *t);
}
