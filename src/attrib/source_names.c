/*
 * source_names.c - what the names a source holds say of its speaker:
 * which name run the source names, within the part of it that names it
 * (quoth_run_in_source()); a description a state narrows ("the Ohio
 * governor", the states section); and the resolution of a source by its
 * names (quoth_resolve_by_name()), past the forms whose names are no one
 * the source is ("residents of ...", "a Florida Republican"). Called once
 * per source by speakers.c (source_resolve.h).
 */
#include "attrib/source_resolve.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/speaker_names.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

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
    /* (past a form of address: "..., Atty. Crisanto Dimaculangan,") */
    if (!((i + 1 == run->first || i + 1 == run->lead) && i > src.first && quoth_punct_is(&r->p, i, ",")))
        return 0;
    if (quoth_coarse(&r->p, i - 1) == CT_NOUN && !(r->p.t[i - 1].flags & TOK_CAPITALIZED)) return 1;
    /* or an office whose body's name ends it: "the Infrastructure
     * Minister, Pádraigín Ní Mhurchú of Comhar Éireann,", "The chair of
     * the Standards and Privileges Committee, Bronagh ..." (each had been
     * the party after "of"; the seventy-seventh audit's) */
    if (!(r->p.t[i - 1].flags & TOK_CAPITALIZED)) return 0;
    if (r->p.t[i - 1].lex & LEX_TITLE) return 1;
    if (!body_word(r, i - 1)) return 0;
    for (size_t k = src.first; k + 1 < i; k++)
        if ((r->p.t[k].lex & LEX_TITLE) && !(r->p.t[k].flags & TOK_CAPITALIZED) &&
            (quoth_word_is(&r->p, k + 1, "of") || quoth_word_is(&r->p, k + 1, "for")))
            return 1;
    return 0;
}

/* Whether the "and" at `and` joins the first field of a minister's
 * portfolio to the rest and its title, which a name follows: "State
 * Revenue and Disaster Management Minister Pradeep Kumar Mohanty" (the
 * thirty-fifth audit's had been "State Revenue", a person who headed the
 * source). */
static int portfolio_after_and(const quoth_resolver *r, quoth_tspan src, size_t and) {
    /* a field before it: not "Donald Trump and House Speaker Paul Ryan" */
    if (and == 0 || !quoth_word_is(&r->p, and, "and") || !(quoth_name_classes_at(r, and - 1) & NAME_PORTFOLIO)) return 0;
    for (size_t i = and + 1; i + 1 < src.end && i <= and + 5 && (r->p.t[i].flags & TOK_CAPITALIZED); i++)
        if (r->p.t[i].lex & LEX_TITLE)
            /* or its comma and the name: "The Youth and Sports Minister, Datuk
             * Mohd Faizal Osman," (the seventy-sixth audit's) */
            return (r->p.t[i + 1].flags & TOK_CAPITALIZED) ||
                   (i + 2 < src.end && quoth_punct_is(&r->p, i + 1, ",") && (r->p.t[i + 2].flags & TOK_CAPITALIZED));
    return 0;
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
    /* "The Emir of Dutsin-Kasa, His Royal Highness Bashir Aliyu
     * Danmaliki,": a ruler's title of a place, a person by itself, is
     * the role of the name set off after it (it had been the speaker;
     * the thirty-seventh audit's) */
    if (next + 1 < src.end && quoth_punct_is(&r->p, next, ",") && quoth_word_is(&r->p, run->first + 1, "of") &&
        quoth_ruler_word(r, run->first) && (r->p.t[next + 1].flags & TOK_CAPITALIZED) &&
        !quoth_word_is(&r->p, next + 1, "the"))
        return 0;
    /* "SSP Sanghar, Syed Asad Raza Shah,", "Sessions Judge Sanghar, Ms
     * Farzana Panhwar,": one word after a title, set off before a name
     * that a form of address opens, is the district of the office (South
     * Asian style), not a person (the ninetieth audit's had been
     * "Sanghar") */
    if (run->end == run->first + 1 && run->lead < run->first && next + 2 < src.end &&
        quoth_punct_is(&r->p, next, ",") &&
        ((r->p.t[next + 1].lex & LEX_HONORIFIC) || quoth_courtesy_word(r, next + 1)))
        return 0;
    if (next >= src.end || portfolio_after_and(r, src, next) ||
        !(quoth_punct_is(&r->p, next, ",") || quoth_punct_is(&r->p, next, "--") || quoth_word_is(&r->p, next, "of") ||
          quoth_word_is(&r->p, next, "and") || quoth_word_is(&r->p, next, "at") ||
          quoth_word_is(&r->p, next, "from") || quoth_word_is(&r->p, next, "with")))
        return 0;
    /* after a role and its comma, whatever the role holds ("Rubio's deputy
     * campaign manager, Rich Beeson, who oversaw Mitt Romney's ...") */
    if (run->first > src.first && role_comma(r, src, run->first - 1, run)) return 1;
    if (run->lead < run->first && run->lead > src.first && role_comma(r, src, run->lead - 1, run)) return 1;
    static const char *const POSSESSIVE_PRONOUNS[] = {"her", "his", "their", "its", "our", "my", "your"};
    for (uint32_t i = src.first; i < run->first; i++)
        if (quoth_coarse(&r->p, i) == CT_ADP || quoth_coarse(&r->p, i) == CT_PUNCT ||
            /* but a possessive pronoun opens a description of the person:
             * "Her party colleague Jim Kerr, the MLA for Lagan Valley," (it
             * had been "Lagan Valley"; the seventy-seventh audit's) */
            (quoth_coarse(&r->p, i) == CT_POSS &&
             !(i == src.first && quoth_word_in(&r->p, i, POSSESSIVE_PRONOUNS,
                                               sizeof POSSESSIVE_PRONOUNS / sizeof *POSSESSIVE_PRONOUNS))))
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
    return comma || !portfolio_after_and(r, src, run->end);
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
uint32_t quoth_modified_head(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    uint32_t last = src.end - 1;
    while (last > run->end && (r->p.t[last].flags & TOK_PUNCT)) last--;
    const quoth_token *head = &r->p.t[last];
    /* (the tagger reads "international" as an adjective) */
    if (last < run->end || (head->flags & TOK_CAPITALIZED) ||
        (quoth_coarse(&r->p, last) != CT_NOUN && !quoth_athlete_noun(r, last)))
        return 0;
    for (uint32_t i = run->end; i < last; i++) {
        int c = quoth_coarse(&r->p, i);
        if (c != CT_NOUN && c != CT_ADJ && !quoth_possessive(&r->p, i)) return 0; /* ", a strategist", "of", "who" */
    }
    int place = quoth_run_is_place(r, run);
    if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON && !place)
        return outside_member(r, run, last) || quoth_team_person_noun(r, last) ? last : 0;
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
 * officials" do speak for theirs (as "NBC officials" for NBC), though
 * such a source of the group alone names no one (quoth_unnamed_group()). */
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

/* Whether token i is a party's letter joined to a place ("D-Port",
 * "R-Ashford"): of "Rep. Yolanda Pierce-Whitman, D-Port Greeley," the
 * district her party's letter opens, which names no speaker (the
 * thirty-third audit's statehouse had been "Greeley"'s). */
static int party_letter_joined(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    return t->end - t->start >= 4 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' &&
           w[2] <= 'Z';
}

/* Whether the run is the district of a party affiliation set off after a
 * name: ", D-Port Greeley," or "(R-Lake Wren)", the letter joined to the
 * run's first word or to the word before it. */
static int district_of_affiliation(const quoth_resolver *r, const quoth_name_run *run) {
    size_t letter = party_letter_joined(r, run->first) ? run->first : run->first - 1;
    if (letter == 0 || letter + 1 < run->first || !party_letter_joined(r, letter)) return 0;
    return quoth_punct_is(&r->p, letter - 1, ",") || quoth_punct_is(&r->p, letter - 1, "-LRB-");
}

/* Whether the run is the one word of nationality that ends a description
 * by age: "the 26-year-old Briton" is a person the text named before, no
 * one called "Briton" (the thirty-sixth audit's tennis). */
static int nation_of_description(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    return run->end == run->first + 1 && run->first >= src.first + 2 && quoth_word_is(&r->p, src.first, "the") &&
           quoth_age_word(r, src.first + 1) && quoth_nationality_noun(&r->p, run->first);
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

/* Whether token i is a plural of those who speak for the firm they work
 * at, when "at" follows ("Analysts at Kestrel Bank wrote in a note",
 * "Economists at Pell & Anders"; not "Strategists for Barack Obama and
 * Clinton"): a note to clients goes out under the firm's name. Five of the
 * six such sources of the statements audits are the firm's (they had been
 * no one's). */
static int firm_voices(const quoth_resolver *r, size_t i) {
    static const char *const FIRM_VOICES[] = {"analysts", "economists", "strategists", "forecasters"};
    return quoth_word_in(&r->p, i, FIRM_VOICES, sizeof FIRM_VOICES / sizeof *FIRM_VOICES);
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
static int person_apposed_at_end(const quoth_resolver *r, size_t from, size_t end);
static int agent_noun(const quoth_resolver *r, size_t i);

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
        !quoth_word_in(&r->p, head, SPEAK_FOR, sizeof SPEAK_FOR / sizeof *SPEAK_FOR) &&
        !(firm_voices(r, head) && quoth_word_is(&r->p, head + 1, "at")))
        return head + 1;
    if (head == src.first || (t->lex & LEX_TITLE) || quoth_word_is(&r->p, head + 1, "from") ||
        quoth_word_is(&r->p, head + 1, "by"))
        return src.end;
    size_t k = quoth_first_run_ending_after(r->t, src.first);
    /* but a person named after a comma is who a person's noun is: "Hale's
     * challenger in November, state Rep. Carl Bastian," (it had been no
     * one; the twenty-ninth audit's), not "an FBI summary of its
     * investigation, Cheryl Mills," where the tagger ran on */
    return k < r->t->n_runs && r->t->runs[k].first >= src.first && r->t->runs[k].end <= head &&
                   !((quoth_people_noun(r, head) || agent_noun(r, head)) && person_apposed_at_end(r, head + 2, src.end))
               ? head + 1
               : src.end;
}

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
int quoth_people_noun(const quoth_resolver *r, uint32_t i) {
    return quoth_coarse(&r->p, i) == CT_NOUN &&
           ((r->p.t[i].lex & (LEX_TITLE | LEX_GROUP_NOUN)) ||
            (quoth_name_classes_at(r, i) & (NAME_PEOPLE | NAME_ROLE)) || outsider_noun(r, i) ||
            quoth_word_is(&r->p, i, "source") || quoth_word_is(&r->p, i, "person") ||
            quoth_word_is(&r->p, i, "resident"));
}

/* "Trade officials", "U.S. prosecutors", "Several residents": people in
 * the plural whom a capitalized word or a number before them only modifies
 * speak for no one the text names; the audits' readers left 74 of 76
 * such sources unnamed, and the words had been taken for a body
 * ("Trade", after "the Trade Minister") or a place. */
int quoth_unnamed_group(const quoth_resolver *r, quoth_tspan src) {
    static const char *const COUNTS[] = {"some", "several", "many", "most", "other", "few", "two", "three", "four"};
    /* not "police" nor "observers", whom readers gave their force or
     * mission, nor a body's "data" */
    static const char *const PEOPLE[] = {
        "officials",  "leaders",     "lawyers",   "attorneys",  "researchers", "sources",     "analysts",
        "executives", "diplomats",   "prosecutors", "investigators", "aides",  "experts",     "economists",
        "negotiators", "activists",  "campaigners", "critics",  "residents",   "workers",     "supporters",
        "scientists", "insiders",    "strategists", "traders",  "bankers",     "farmers",     "voters"};
    if (!r->pos_flags || src.end < src.first + 2 || src.end > src.first + 3) return 0;
    uint32_t head = src.end - 1;
    const quoth_token *t = &r->p.t[head];
    if ((t->flags & TOK_CAPITALIZED) || !(r->pos_flags[t->pos] & QUOTH_POS_PLURAL) ||
        !quoth_word_in(&r->p, head, PEOPLE, sizeof PEOPLE / sizeof *PEOPLE))
        return 0;
    /* a number or a capitalized word first, then at most one modifier:
     * "two EU diplomats", "Product liability experts" (the forty-seventh
     * audit's) */
    for (uint32_t i = src.first; i < head; i++) {
        int count = i == src.first && quoth_word_in(&r->p, i, COUNTS, sizeof COUNTS / sizeof *COUNTS);
        int modifier = i > src.first && (quoth_coarse(&r->p, i) == CT_NOUN || quoth_coarse(&r->p, i) == CT_ADJ ||
                                         quoth_coarse(&r->p, i) == CT_PROPN);
        if (!count && !modifier &&
            (!(r->p.t[i].flags & TOK_CAPITALIZED) || quoth_coarse(&r->p, i) == CT_DET ||
             (r->p.t[i].lex & (LEX_PRONOUN | LEX_DETERMINER))))
            return 0;
    }
    return 1;
}

/* Whether the "who" at i opens a clause on a noun of people right before
 * it, or set off by a comma after one or after a party's word ("the
 * Republican, who leads in Iowa" had been Iowa). */
static int described_by_clause(const quoth_resolver *r, quoth_tspan src, size_t i) {
    if (quoth_people_noun(r, (uint32_t)i - 1)) return 1;
    if (i < src.first + 2 || !quoth_punct_is(&r->p, i - 1, ",")) return 0;
    /* or a person's name and "whose": "Gergely Fazekas, whose Renewal
     * Alliance came second," (the forty-fifth audit's had been the
     * alliance) */
    int32_t named = run_ending_at(r, i - 1);
    if (named >= 0 && quoth_word_is(&r->p, i, "whose") && r->t->s[r->t->runs[named].speaker].kind == QUOTH_KIND_PERSON)
        return 1;
    /* or after an age: "The 58-year-old, who took over from company
     * founder Edwin Harrow in 2021," is not the founder (the thirty-fifth
     * audit's had been) */
    return quoth_people_noun(r, (uint32_t)i - 2) || quoth_party_of(quoth_token_norm(r->p.tl, i - 2)) ||
           quoth_age_word(r, i - 2);
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
    /* "whose" too, tagged a possessive: "Gergely Fazekas, whose Renewal
     * Alliance came second," is no alliance (the forty-fifth audit's) */
    while (i < src.end &&
           !((quoth_coarse(&r->p, i) == CT_WH || quoth_word_is(&r->p, i, "whose")) && described_by_clause(r, src, i)))
        i++;
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
        (firm_voices(r, i) && i + 1 < r->p.n && quoth_word_is(&r->p, i + 1, "at")) ||
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
    static const char *const THINGS[] = {"paper",  "poster", "flyer",  "order",     "number",     "filter",
                                         "banner", "chapter",
                                         /* "A campaign mailer from Councilor Arlo Dunning" (it had
                                          * been no one; the twenty-ninth audit's) */
                                         "mailer", "flier",  "newsletter", "leaflet"};
    if (quoth_coarse(&r->p, i) != CT_NOUN || quoth_document_noun(&r->p, i) ||
        quoth_word_in(&r->p, i, THINGS, sizeof THINGS / sizeof *THINGS))
        return 0;
    for (size_t k = 0; k < sizeof ENDINGS / sizeof *ENDINGS; k++) /* a stem of three letters at least */
        if (r->p.t[i].norm_len > strlen(ENDINGS[k]) + 2 && quoth_ends_with(&r->p, i, ENDINGS[k])) return 1;
    return 0;
}

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

/* How far back from its closing bracket a bracketed aside after a name
 * may open: "(42)", "(D-Wis.)", "(田中健二)". */
#define ASIDE_TOKENS 8

/* Whether the source [.., end) ends with a person's name set off by a
 * comma after `from`, maybe after a title: "A teacher in Leeds, John
 * Smith,", "A youth leader in Ikire, Chief Tunde Akande,", and maybe
 * before a bracketed aside: "A visitor from Osaka, Kenji Tanaka (田中健二),"
 * had been the visitor, no one named. */
static int person_apposed_at_end(const quoth_resolver *r, size_t from, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end > from && quoth_punct_is(p, end - 1, ",")) end--;
    if (end > from + 2 && quoth_punct_is(p, end - 1, "-RRB-")) {
        size_t open = end - 2;
        while (open > from && end - open <= ASIDE_TOKENS && !quoth_punct_is(p, open, "-LRB-")) open--;
        if (quoth_punct_is(p, open, "-LRB-") && open > from) end = open;
    }
    size_t k = quoth_first_run_ending_after(r->t, from);
    for (; k < r->t->n_runs && r->t->runs[k].end < end; k++) {}
    if (k >= r->t->n_runs) return 0;
    const quoth_name_run *run = &r->t->runs[k];
    size_t before = run->first;
    while (before > from + 1 && (p->t[before - 1].lex & (LEX_TITLE | LEX_HONORIFIC))) before--;
    /* and the words in small letters that open the title: "state Rep.",
     * "former Gov." */
    for (int words = 0; words < 2 && before < run->first && before > from + 1 && (p->t[before].lex & LEX_TITLE) &&
                        (p->t[before - 1].flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA;
         words++)
        before--;
    /* and past an age: "A farmer from Çamköy, 63-year-old Hüseyin Kocabaş,"
     * (the eighteenth audit's had been no one) */
    if (before > from + 1 && quoth_age_word(r, before - 1)) before--;
    return run->end == end && before > from && quoth_punct_is(p, before - 1, ",") &&
           r->t->s[run->speaker].kind == QUOTH_KIND_PERSON;
}

/* How many words may modify a plural noun of people before a place. */
#define PLURAL_MODIFIERS_MAX 2

/* Where a place phrase after an indefinite source's head opens ("A
 * shepherd near the village of Keratea", "a teacher from Kent", "an
 * official in Kabul"): the place tells where the person is, not who
 * (it had been taken for the speaker). src.end when there is none. */
static size_t place_phrase_start(const quoth_resolver *r, quoth_tspan src) {
    static const char *const WHERE[] = {"near", "in", "from", "outside", "around", "at", "for"};
    /* where people in the plural are: "Neighbors on Linden Court" (the
     * forty-seventh audit's had been the street) */
    static const char *const AROUND[] = {"from", "in", "near", "across", "on", "along", "outside"};
    enum { AROUND_N = sizeof AROUND / sizeof *AROUND };
    const quoth_phrases *p = &r->p;
    /* the plural after its modifiers too: "Vietnamese trainees in Gifu",
     * "Convenience store operators in Seoul" (the forty-sixth audit's had
     * been the places) */
    for (size_t head = src.first; head < src.first + PLURAL_MODIFIERS_MAX + 1 && head + 2 < src.end; head++) {
        if (plural_bystanders(r, head) &&
            ((head == src.first && quoth_word_is(p, head + 1, "at")) || quoth_word_in(p, head + 1, AROUND, AROUND_N)))
            return head + 1;
        /* not after a determiner: "The partners at Haddon Vale Surgery"
         * speak for it */
        if (quoth_coarse(p, head) == CT_DET || quoth_punct_is(p, head, ",")) break;
    }
    if (!indefinite_word(r, src.first)) return src.end;
    /* but a name given after it is theirs: "a retired dentist from New
     * Jersey named Harold Fine" */
    for (size_t i = src.first + 2; i < src.end; i++)
        if (quoth_word_is(p, i, "named") || quoth_word_is(p, i, "called")) return src.end;
    for (size_t i = src.first + 1; i + 1 < src.end && i < src.first + 5; i++) {
        if ((!quoth_people_noun(r, (uint32_t)i) && !agent_noun(r, i)) || (p->t[i].flags & TOK_CAPITALIZED)) continue;
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
        (r->p.t[head].lex & (LEX_GROUP_NOUN | LEX_ORG_WORD)) || (!quoth_people_noun(r, head) && !agent_noun(r, head)) ||
        speaks_for_noun(r, head) || body_noun(r, head) || quoth_ends_with(p, head, "paper"))
        return 0;
    for (uint32_t i = src.first + 1; i < head; i++)
        if (quoth_coarse(p, i) == CT_ADP || (p->t[i].flags & TOK_PUNCT)) return 0;
    return 1;
}

/* Narrows *src to the part whose names quoth_run_in_source() reads
 * (source_phrase_end(), place_phrase_start(), a company's place, a
 * relative clause that ends it), with *relative the relative clause in
 * it, whose names are no one the source is. 0 when the source is someone
 * unnamed whom a name only describes (unnamed_with_modifier()). */
/* "The wife of John Smith", "The agent of Grantham United winger Kofi
 * Mensah-Boateng": a relative or an agent of someone named is not that
 * person, unless the source names them after a comma ("The wife of John
 * Smith, Mary Smith,"). Each had been the one named; the twenty-ninth
 * audit's. */
static int relative_of_named(const quoth_resolver *r, quoth_tspan src) {
    static const char *const RELATIONS[] = {"wife",    "husband",  "widow",    "widower",  "mother",     "father",
                                            "son",     "daughter", "brother",  "sister",   "parents",    "agent",
                                            "lawyer",  "attorney", "fiancee",  "fiancée",  "girlfriend", "boyfriend",
                                            "grandmother", "grandfather", "niece", "nephew", "cousin",   "uncle",
                                            "aunt"};
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first;
    if (i + 3 >= src.end || quoth_coarse(p, i) != CT_DET ||
        !quoth_word_in(p, i + 1, RELATIONS, sizeof RELATIONS / sizeof *RELATIONS) ||
        !(quoth_word_is(p, i + 2, "of") || quoth_word_is(p, i + 2, "for")))
        return 0;
    return !person_apposed_at_end(r, i + 3, src.end);
}

static int source_names_part(const quoth_resolver *r, quoth_tspan *src, quoth_tspan *relative) {
    if (relative_of_named(r, *src)) return 0;
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

/* Whether the tokens [from, end) are only a name's abbreviation in
 * brackets: "Japan's Ministry of Finance (MOF)" ends with the ministry,
 * not Japan (it had been Japan's; the thirty-seventh audit's). */
static int abbreviation_ends(const quoth_resolver *r, size_t from, size_t end) {
    return from + 3 == end && quoth_punct_is(&r->p, from, "-LRB-") && quoth_punct_is(&r->p, from + 2, "-RRB-") &&
           (r->p.t[from + 1].flags & TOK_ALL_CAPS);
}

/* Whether the word at i, before an apposition's comma, is a noun of a
 * body in small letters ("agency", "mission"), which the body's initials
 * after the comma name. */
static int body_noun_before_comma(const quoth_resolver *r, size_t i) {
    static const char *const MORE[] = {"mission", "force", "programme", "program", "fund", "office", "service"};
    return !(r->p.t[i].flags & TOK_CAPITALIZED) &&
           (quoth_organization_noun(&r->p, i) || quoth_word_in(&r->p, i, MORE, sizeof MORE / sizeof *MORE));
}

/* The run a source names: a person in apposition at its start, else the
 * one that ends the source (its head), else the last person in it, else
 * the first name ("Six Gannett newspapers in New Jersey, including the
 * Asbury Park Press,": the last had been taken, and on PolNeAR train 15
 * of the 32 sources changed were right, 1 worse), within
 * source_phrase_end(). -1 when it holds no name. */
int32_t quoth_run_in_source(const quoth_resolver *r, quoth_tspan src) {
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
        if ((run->first > src.first && in_brackets(r, src.first, run->first)) || outside_party(r, src, run) ||
            (run->first > src.first && district_of_affiliation(r, run)) || nation_of_description(r, src, run))
            continue;
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
        if (quoth_modified_head(r, src, run)) continue;
        /* "Indonesia's state logistics agency, Bulog,": the body's name
         * set off after its noun, not the possessor (it had been a person,
         * and then Indonesia) */
        /* and its initials: "The UN refugee agency, UNHCR," (it had been
         * the UN; the seventy-fifth and seventy-sixth audits') */
        if (run->end + 1 == src.end && run->first > src.first + 1 && quoth_punct_is(&r->p, run->end, ",") &&
            quoth_punct_is(&r->p, run->first - 1, ",") &&
            ((r->t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION &&
              quoth_apposed_to_body(r, run->first, run->end)) ||
             (run->end == run->first + 1 && (r->p.t[run->first].flags & TOK_ALL_CAPS) && run->first >= 2 &&
              body_noun_before_comma(r, run->first - 2) && !is_person)))
            return (int32_t)k;
        if (run->end == src.end || (run->end + 1 == src.end && (r->p.t[run->end].flags & TOK_QUOTE)) ||
            abbreviation_ends(r, run->end, src.end)) {
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

/* ------------------------------------------------------ states */

/* Heads of a description that a state narrows, besides titles and the
 * nouns of public figures (quoth_person_noun()): "the Kentucky Republican", "the
 * New York businessman". */
static int state_head(const quoth_resolver *r, uint32_t i) {
    static const char *const HEADS[] = {"republican", "democrat", "independent", "legislator"};
    if ((r->p.t[i].lex & LEX_TITLE) || quoth_person_noun(r, i)) return 1;
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
    return !role || quoth_role_holds_title(role, quoth_token_norm(r->p.tl, head), 0, 1);
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
 * member of a party, not the party nor a body of the state; so in an
 * apposition ("The senator, a Democrat from Ohio," had been a person
 * named Democrat). */
static int unnamed_party_member(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    static const char *const MEMBERS[] = {"republican", "democrat", "independent", "libertarian"};
    if (run->first <= src.first || !quoth_word_in(&r->p, run->end - 1, MEMBERS, sizeof MEMBERS / sizeof *MEMBERS))
        return 0;
    size_t article = run->first - 1;
    while (article > src.first && quoth_coarse(&r->p, article) == CT_ADJ) article--;
    if (!indefinite_word(r, article)) return 0;
    return article == src.first || quoth_punct_is(&r->p, article - 1, ",");
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
           !quoth_authored_work(r, (uint32_t)prep - 1) &&
           !quoth_word_in(&r->p, prep - 1, MADE_OR_GOVERNED, sizeof MADE_OR_GOVERNED / sizeof *MADE_OR_GOVERNED);
}

/* "The Bishop of Calderbridge", "the Archbishop of Canterbury": a
 * bishop named by the see, which is no speaker (it had been the body
 * "Calderbridge"). */

static int bishop_of_see(const quoth_resolver *r, quoth_tspan src) {
    static const char *const CLERGY[] = {"bishop", "archbishop", "abbot", "bishops"};
    size_t head = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) != 0);
    /* but one named after it is who speaks: "The Bishop of Kilmorna, Dr
     * Declan Fitzmaurice," (he had been no one) */
    return head + 2 < src.end && quoth_word_in(&r->p, head, CLERGY, sizeof CLERGY / sizeof *CLERGY) &&
           quoth_word_is(&r->p, head + 1, "of") && !quoth_names_apposed_person(r, src);
}

/* "the Ontario food company", "The Kenyan carmaker": a place that only
 * says where the body its noun names is (the fifteenth audit's had been
 * Ontario). The source is then that noun's (quoth_resolve_kind_noun()). */
static int place_before_kind_noun(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *run) {
    uint32_t last = source_last_word(r, src);
    if (run->first != src.first + 1 || !quoth_word_is(&r->p, src.first, "the") || run->end > last ||
        !(r->t->s[run->speaker].place || quoth_run_is_place(r, run)) || !quoth_commercial_noun(r, last))
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
        if (quoth_people_noun(r, i) && r->pos_flags && (r->pos_flags[r->p.t[i].pos] & QUOTH_POS_PLURAL) &&
            quoth_word_in(&r->p, i + 1, REACHED, sizeof REACHED / sizeof *REACHED) && quoth_word_is(&r->p, i + 2, "by"))
            return 1;
    return 0;
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
int quoth_resolve_by_name(const quoth_resolver *r, quoth_attribution_list *list, size_t k) {
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
    int32_t run = quoth_run_in_source(r, src);
    if (run >= 0 && place_before_kind_noun(r, src, &r->t->runs[run])) {
        a->speaker = quoth_resolve_kind_noun(r, src, source_last_word(r, src), NULL, 0);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((a->speaker = quoth_resolve_title_by_apposition(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    int names_person = run >= 0 && r->t->s[r->t->runs[run].speaker].kind == QUOTH_KIND_PERSON;
    quoth_tspan phrase = {src.first, first_phrase_end(r, src) + 1};
    if (!names_person && (a->speaker = quoth_resolve_title(r, phrase)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    /* "the Senate minority leader", "the former House Speaker" that no one
     * holds by a role: the public figure the text is about, as "the
     * minority leader" is, rather than the chamber */
    if (!names_person && run >= 0 && phrase.end == src.end &&
        (a->speaker = quoth_resolve_salient_description(r, list, k, phrase, 1)) >= 0) {
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
