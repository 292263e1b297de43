/*
 * name_runs.c - finding the runs of name words of a document
 * (quoth_find_name_runs()): the scan over its tokens; the words that
 * open, go on or end a name (a body's, a headline's, a byline's); the
 * document's word sets that headlines are read by. What one token is comes
 * from name_tokens.c; where a run's name starts, from name_starts.c; what
 * a run names is name_roles.c's.
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

/* "In May Trump said", "since April", "last June", "from April, the
 * company's chief executive announced": a month after a word of time,
 * whatever given name it also is ("talks with May" may be Theresa May,
 * and so may "a speech by May"). */
int quoth_month_after_preposition(const quoth_resolver *r, size_t i) {
    static const char *const BEFORE[] = {"in",    "since",  "until", "till",  "through", "during",
                                         "last",  "next",   "early", "late",  "from",    "before",
                                         "after", "starting"};
    /* and "the end of August", "the middle of June" (the thirty-fourth
     * audit's "will close at the end of August, its owner announced" had
     * been August's, its owner) */
    static const char *const PARTS[] = {"end", "start", "beginning", "middle", "rest"};
    if (i == 0 || !(quoth_name_classes_at(r, i) & NAME_MONTH)) return 0;
    return quoth_word_in(&r->p, i - 1, BEFORE, sizeof BEFORE / sizeof *BEFORE) ||
           (i >= 2 && quoth_word_is(&r->p, i - 1, "of") && quoth_word_in(&r->p, i - 2, PARTS, sizeof PARTS / sizeof *PARTS));
}

/* "10:15 GMT", "9 a.m. EST": a time zone after a clock time, as a live
 * blog heads each entry, is no body (a "spokesperson for the operator" had
 * been GMT's). The letters are checked only after a number or "a.m.". */
static int time_zone_after_clock(const quoth_resolver *r, size_t i) {
    static const char *const ZONES[] = {"GMT",  "UTC", "BST",  "CET",  "CEST", "EET",  "EEST", "WET", "EST",
                                        "EDT",  "CST", "CDT",  "MST",  "MDT",  "PST",  "PDT",  "ET",  "PT",
                                        "IST",  "JST", "KST",  "HKT",  "SGT",  "MSK",  "AEST", "AEDT", "AWST",
                                        "NZST", "NZDT", "WAT", "EAT",  "SAST", "PKT",  "GST"};
    const quoth_token *t = &r->p.t[i];
    if (i == 0 || !(t->flags & TOK_ALL_CAPS) || t->norm_len > 4) return 0;
    const quoth_token *before = &r->p.t[i - 1];
    int clock = (before->flags & TOK_DIGIT) || quoth_word_is(&r->p, i - 1, "a.m.") ||
                quoth_word_is(&r->p, i - 1, "p.m.") || quoth_word_is(&r->p, i - 1, "am") ||
                quoth_word_is(&r->p, i - 1, "pm");
    return clock && quoth_word_in(&r->p, i, ZONES, sizeof ZONES / sizeof *ZONES);
}

/* "Cho Min-ho": a listed family name before a given name of two
 * syllables joined by a hyphen, the second in small letters (a person,
 * not the "Cho Min-ho of Sejong Capital Markets" that an "of" had made a
 * body of; the seventy-sixth audit's). */
static int korean_name_at(const quoth_resolver *r, size_t i) {
    const quoth_token *family = &r->p.t[i], *given = &r->p.t[i + 1];
    return quoth_hyphenated_given_name(r->text + given->start, r->text + given->end) &&
           quoth_east_asian_family_name(r->text + family->start, family->end - family->start);
}

/* Whether the name words [first, end) are a person's: a given name, an
 * honorific or a title before a name ("Rep. Zeldin") among them. A title
 * right before `end` names an office ("Secretary of State"). */
static int names_person(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        uint32_t lex = r->p.t[i].lex;
        if ((lex & LEX_HONORIFIC) || ((lex & LEX_TITLE) && i + 1 < end) || given_name(r, i) ||
            (i + 1 < end && korean_name_at(r, i)))
            return 1;
    }
    return 0;
}

/* Whether the one word from first to i is a kind of institution that
 * names none alone, so that an "and" after it goes on with the name
 * ("University and College Union" had been "University" and "College
 * Union"); "Harvard University and Yale" are two. */
static int generic_body_word(const quoth_resolver *r, size_t first, size_t i) {
    static const char *const KINDS[] = {"university", "college", "school", "institute", "hospital", "church"};
    return i == first + 1 && quoth_word_in(&r->p, first, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* "Medicines and Healthcare products Regulatory Agency": a plural noun in
 * small letters at k, between two name words of a body's long name that
 * holds "and" before it and ends, at most three words after it in the
 * same sentence, with a body's word. */
static int org_word(const quoth_resolver *r, size_t i) { return (r->p.t[i].lex & LEX_ORG_WORD) != 0; }

/* body_word() as a function that body_name_follows() can take. */
static int body_word_at(const quoth_resolver *r, size_t i) { return body_word(r, i); }

/* A capitalized word in -ing, which a body's name may hold whatever the
 * tagger read it as: "Restaurant and Lodging Association". */
static int capitalized_gerund(const quoth_resolver *r, size_t k) {
    return (r->p.t[k].flags & TOK_CAPITALIZED) && quoth_ends_with(&r->p, k, "ing");
}

/* A capitalized noun, or a capitalized word in -ing that the tagger read
 * as a verb ("Running" of "Carrick Bay Running Club", "Living" of
 * "Calloway Senior Living"): a word a body's name may hold. */
static int capitalized_noun_or_gerund(const quoth_resolver *r, size_t j) {
    return quoth_capitalized_noun(r, j) || capitalized_gerund(r, j);
}

/* Whether the name words after `joiner` end a body's name: within
 * [skip + 1, most] words of it, before `end` and in its sentence, comes a
 * word that `is_body` accepts and that no further name word follows (the
 * three scans of a name that a joining word or a small plural goes on
 * with, below). */
static int body_name_follows(const quoth_resolver *r, size_t joiner, size_t skip, size_t most, size_t end,
                             int (*is_body)(const quoth_resolver *, size_t)) {
    const quoth_token *t = r->p.t;
    if (end > r->p.n) end = r->p.n;
    /* past a group's possessive: "Pepper and Spice Growers' Federation"
     * (the seventy-fifth audit's had been "Vietnam Pepper") */
    for (size_t k = joiner + 1; k < end && k <= joiner + most && t[k].sentence == t[joiner].sentence &&
                                (is_name_token(r, k) || capitalized_gerund(r, k) ||
                                 (k > joiner + 1 && quoth_possessive(&r->p, k)));
         k++)
        if (k > joiner + skip && is_body(r, k) &&
            (k + 1 >= end || t[k + 1].sentence != t[k].sentence || !is_name_token(r, k + 1)))
            return 1;
    return 0;
}

static int small_plural_in_body_name(const quoth_resolver *r, size_t first, size_t k) {
    const quoth_token *t = r->p.t;
    if (k <= first || k + 1 >= r->p.n || (t[k].flags & TOK_CAPITALIZED) || !r->pos_flags ||
        (r->pos_flags[t[k].pos] & (QUOTH_POS_PLURAL | QUOTH_POS_PLURAL_PROPER)) != QUOTH_POS_PLURAL ||
        !is_name_token(r, k - 1))
        return 0;
    int and = 0;
    for (size_t i = first; i < k; i++) and |= quoth_word_is(&r->p, i, "and");
    return and && body_name_follows(r, k, 0, 3, r->p.n, org_word);
}

/* A company's legal form ("Ltd", "Plc", "GmbH"), which ends its name. */
static int legal_form(const quoth_resolver *r, size_t i) {
    static const char *const FORMS[] = {"ltd", "ltd.", "plc", "llc", "gmbh", "inc", "inc.", "corp", "corp.",
                                        "pty", "limited", "s.a.", "n.v.", "b.v.", "sa", "ag", "nv", "spa", "se", "oy"};
    return quoth_word_in(&r->p, i, FORMS, sizeof FORMS / sizeof *FORMS);
}

/* Whether the "and" at i joins the words before it to a body's name
 * that the words after it end ("Securities and Exchange Commission",
 * "Food and Drug Administration"): one or two words before it that name
 * no person and hold no body's word (unless it is a lone
 * generic_body_word()), and at most three after it, the last
 * a body's word. */
static int and_joins_body(const quoth_resolver *r, size_t first, size_t i, size_t end) {
    /* up to three words before it ("Puerto Rico Aqueduct and Sewer
     * Authority", the eighty-ninth audit's check of the older ones), but
     * not a company's whole name ("Okpara Cement Plc and Sahel-Benue
     * Cement Company" are two) */
    if (i - first > 3 || names_person(r, first, i) || legal_form(r, i - 1)) return 0;
    /* a body's word before "and" is a body's name of its own ("the Finance
     * Ministry and Central Bank"), but not one inside a head's field
     * ("State Security and Peace Council", "National Defence and Security
     * Council": the fiftieth audit's had been "State Security") */
    if (!generic_body_word(r, first, i))
        for (size_t k = first; k < i; k++)
            if (((r->p.t[k].lex & LEX_ORG_WORD) && (k + 1 == i || (quoth_name_classes_at(r, k) & NAME_ORG_HEAD))) ||
                r->p.t[k].entity == QUOTH_ENT_PERSON)
                return 0;
    /* "Competition and Markets Directorate": a body's word of either list
     * (the twenty-ninth audit's had been "Markets Directorate"), within four
     * words: past a group's possessive ("Pepper and Spice Growers'
     * Federation") or three fields ("Leather and Footwear Export Promotion
     * Council", the eighty-seventh audit's, had been "Footwear ...") */
    if (body_name_follows(r, i, 0, 4, end, body_word_at)) return 1;
    for (size_t k = i + 1; k < end && k <= i + 3 && is_name_token(r, k); k++)
        if (small_plural_in_body_name(r, first, k + 1)) return 1;
    return 0;
}

/* Whether the "in" at i joins the words before it to a body's name that
 * the words after it end ("Standards in Public Office Commission" had
 * been "Standards" and "Public Office Commission"): at most three words
 * before it, not opening a sentence ("Officials in Kano State Government
 * said" are not its name), naming no person or place, and at most four
 * name words after it in the same sentence, the last a body's word and
 * not the first ("Democrats in Congress" are no body's name). */
static int in_joins_body(const quoth_resolver *r, size_t first, size_t i) {
    const quoth_token *t = r->p.t;
    if (i - first > 3 || (t[first].flags & TOK_SENT_START) || names_person(r, first, i)) return 0;
    for (size_t k = first; k < i; k++)
        if ((quoth_name_classes_at(r, k) & NAME_PLACE) || t[k].entity == QUOTH_ENT_PERSON) return 0;
    return body_name_follows(r, i, 1, 4, r->p.n, body_word);
}

/* "UN Mission in South Sudan", "U.S. Embassy in Sarajevo": a mission's,
 * an embassy's or a delegation's name goes on with the place it is in,
 * as readers name it (each had been cut at "in"; the fifty-seventh
 * audit's). Not a "Consulate General", whose title would open a person's
 * name. */
static int mission_in_place(const quoth_resolver *r, size_t i) {
    static const char *const MISSIONS[] = {"mission", "embassy", "consulate", "delegation"};
    return (r->p.t[i - 1].flags & TOK_CAPITALIZED) && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, i - 1, MISSIONS, sizeof MISSIONS / sizeof *MISSIONS);
}

/* "Hands for Afghanistan", "Doctors for Peace": a capitalized plural
 * noun that opens a name, before "for" (the tagger reads "Hands" as a
 * common noun, and the body had been "Afghanistan"). Not after another
 * capitalized word, as in a headline's "Renews Calls for Biden". */
static int plural_opening_body(const quoth_resolver *r, size_t i) {
    if (!r->pos_flags || !(r->pos_flags[r->p.t[i].pos] & QUOTH_POS_PLURAL) || !(r->p.t[i].flags & TOK_CAPITALIZED))
        return 0;
    return (r->p.t[i].flags & TOK_SENT_START) || i == 0 || !(r->p.t[i - 1].flags & TOK_CAPITALIZED);
}

static inline int capitalized_adjective(const quoth_resolver *r, size_t i);

static int body_word_within(const quoth_resolver *r, size_t first, size_t end);

int quoth_company_of_place(const quoth_resolver *r, size_t first, size_t of) {
    if (of < 2 || of + 1 >= r->p.n || r->p.t[of].norm_len != 2 || !quoth_word_is(&r->p, of, "of")) return 0;
    size_t head = of - 1;
    const char *w = quoth_token_norm(r->p.tl, head);
    size_t n = r->p.t[head].norm_len;
    /* not a body's plural: "Federation of University Students of Ecuador"
     * (it had been cut there; the sixty-ninth audit's) */
    return head > first && n > 4 && w[n - 1] == 's' && (quoth_name_classes_at(r, head) & NAME_ORG_HEAD) &&
           (r->p.t[of + 1].flags & TOK_CAPITALIZED) && !body_word(r, of + 1) && !body_word_within(r, first, head);
}

/* Whether a word of [first, end) is a body's ("U.N. Office for the
 * Coordination"). */
static int body_word_within(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (body_word(r, k)) return 1;
    return 0;
}

/* Whether a word of [first, end) is a body's or an organization's head
 * ("Academy"). */
static int body_or_head_within(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (body_word(r, k) || (quoth_name_classes_at(r, k) & NAME_ORG_HEAD)) return 1;
    return 0;
}

/* Whether a state's name opens at i: a capitalized word or two before
 * "Republic" or "Federation" ("Chechen Republic", "Russian Federation"). */
static int state_name_at(const quoth_resolver *r, size_t i) {
    for (size_t k = i + 1; k < r->p.n && k <= i + 2 && (r->p.t[k].flags & TOK_CAPITALIZED); k++)
        if (quoth_word_is(&r->p, k, "republic") || quoth_word_is(&r->p, k, "federation")) return 1;
    return 0;
}

/* Whether the name words from `first` to the "and" at i hold a body's
 * word and then "for" or "of" and the field's first noun right before the
 * "and" ("Centre for Rights | and"). */
static int field_before_and(const quoth_resolver *r, size_t first, size_t i) {
    if (i < first + 3 || !(quoth_word_is(&r->p, i - 2, "for") || quoth_word_is(&r->p, i - 2, "of")) ||
        !(r->p.t[i - 1].flags & TOK_CAPITALIZED))
        return 0;
    return body_word_within(r, first, i - 2);
}

/* "Voice of America", "Joint Chiefs of Staff", "Office for Budget
 * Responsibility", "Council on Foreign Relations": a lower-case joiner between
 * name words of the run that starts at `first`. A person's "of" starts
 * where they come from, which is no part of their name ("Ted Cruz of
 * Texas"), unless it follows an institution's noun ("John F. Kennedy
 * School of Government"). */
static int joins_names(const quoth_resolver *r, size_t first, size_t i, size_t end) {
    /* every joiner is of three letters at most: most tokens stop here */
    if (r->p.t[i].norm_len > 3 || i == 0 || i + 1 >= end) return 0;
    /* and each opens with one of five characters: most short words and
     * punctuation stop here, before the calls below */
    char c = (char)(quoth_token_norm(r->p.tl, i)[0] | 0x20);
    if (c != 'i' && c != 'o' && c != 'a' && c != 'f' && c != '&') return 0;
    if (quoth_word_is(&r->p, i, "in"))
        return is_name_token(r, i - 1) && (in_joins_body(r, first, i) || mission_in_place(r, i));
    int ampersand = quoth_word_is(&r->p, i, "&"), of = quoth_word_is(&r->p, i, "of");
    int and = quoth_word_is(&r->p, i, "and"), on = quoth_word_is(&r->p, i, "on");
    int for_ = quoth_word_is(&r->p, i, "for");
    /* the name after it may open with an adjective: "for Democratic Change",
     * "for Civil Liberties" */
    int next_name = is_name_token(r, i + 1) ||
                    (i + 2 < end && capitalized_adjective(r, i + 1) &&
                     (is_name_token(r, i + 2) || quoth_capitalized_noun(r, i + 2))) || /* "of Electrical Workers" */
                    /* or with a common noun after a body's: "Ministry of Emergency Situations" (it had been
                     * "Emergency Situations"; the twenty-first audit's) */
                    (of && quoth_capitalized_noun(r, i + 1) && body_word(r, i - 1)) ||

                    /* or a gerund after a council's "on" or "for": "Council on Aging" (the fifty-first
                     * audit's had been "Port Selwyn Council") */
                    ((on || for_) && capitalized_noun_or_gerund(r, i + 1) && body_word(r, i - 1) &&
                     (r->p.t[i + 1].flags & TOK_CAPITALIZED)) ||
                    /* or a plural after a field's "and": "Centre for Rights and Freedoms" (the fifty-second
                     * and fifty-third audits' had ended at "Rights") */
                    (and && quoth_capitalized_noun(r, i + 1) && field_before_and(r, first, i));
    if (!(ampersand || of || and || on || for_) || !next_name ||
        !(is_name_token(r, i - 1) || (for_ && plural_opening_body(r, i - 1)) ||
          (for_ && body_word(r, i - 1)) ||
          (of && body_word(r, i - 1) && quoth_capitalized_noun(r, i - 1)) || /* "Diocese of Lincoln", "Diocese" a noun */
          /* or an adjective: "the Directorate of Presidential Communications" (the sixty-eighth audit's) */
          (of && body_word(r, i - 1) && capitalized_adjective(r, i - 1)) ||
          /* "Office for the Coordination of Humanitarian Affairs", "Coordination" a noun */
          (of && quoth_capitalized_noun(r, i - 1) && body_word_within(r, first, i))))
        return 0;
    if (on) /* "Joint Committee on Taxation", "Council on Foreign Relations", "Intergovernmental Panel on
             * Climate Change"; not "the White House on Iran" */
        return quoth_word_is(&r->p, i - 1, "committee") || quoth_word_is(&r->p, i - 1, "council") ||
               quoth_word_is(&r->p, i - 1, "commission") || quoth_word_is(&r->p, i - 1, "center") ||
               quoth_word_is(&r->p, i - 1, "panel") || quoth_word_is(&r->p, i - 1, "conference") ||
               quoth_word_is(&r->p, i - 1, "coalition") || quoth_word_is(&r->p, i - 1, "institute") ||
               /* "United Nations Office on Drugs and Crime" (the sixty-eighth audit's) */
               quoth_word_is(&r->p, i - 1, "office");
    if (and) { /* within a body's long name only: "Centers for Disease Control and
                * Prevention", "Department of Health and Human Services"; a
                * place or a body quoth knows ends one ("Voice of America and
                * Radio Free Europe") */
        quoth_name_run before = {.first = (uint32_t)first, .end = (uint32_t)i};
        if ((quoth_name_classes_at(r, i - 1) & NAME_PLACE) || quoth_known_org_of(r, &before)) return 0;
        for (size_t k = first + 1; k < i; k++)
            if (quoth_word_is(&r->p, k, "of") || quoth_word_is(&r->p, k, "for") || quoth_word_is(&r->p, k, "on"))
                return 1;
        return and_joins_body(r, first, i, end);
    }
    /* "Club for Growth": a club is a body here, though not one of the
     * attribution tagger's words of bodies (wordclass.c), which it learned
     * its weights with */
    /* and a state's "Republic of": "the Prosecutor's Office of the
     * Republic of Crimea" (it had been "Crimea"; the ninety-sixth and
     * ninety-ninth audits') */
    int body = body_word(r, i - 1) || (of && quoth_word_is(&r->p, i - 1, "republic"));
    if (!ampersand && !of) /* "for" after a body or a plural: "Center for American Progress",
                            * "Americans for Prosperity"; not "asked Obama for Congress's vote";
                            * or after a title, an office's: "Coordinating Minister for Economic
                            * Affairs Darmawan Setyadi" (the forty-second audit's had been a body
                            * "Economic Affairs Darmawan Setyadi") */
        return body || (r->pos_flags && (r->pos_flags[r->p.t[i - 1].pos] & QUOTH_POS_PLURAL_PROPER)) ||
               plural_opening_body(r, i - 1) || (r->p.t[i - 1].lex & LEX_TITLE) ||
               /* or after a body's field: "Court of Arbitration for Sport" (it
                * had been "Sport"; the fifty-ninth audit's) */
               (for_ && i >= first + 3 && quoth_word_is(&r->p, i - 2, "of") && body_word_within(r, first, i - 2));
    if (of && quoth_company_of_place(r, first, i)) return 0;
    /* a person's "of", by a given name or, for names no list knows
     * ("Meenakshi Ganguly of Human Rights Watch"), by the entity tagger */
    return ampersand || body || (!names_person(r, first, i) && r->p.t[i - 1].entity != QUOTH_ENT_PERSON);
}

/* "de", "von", "da", "bin": a particle of a surname, in any case ("De
 * Blasio" opening a sentence). Not "do", "y", "ten", "ter": words of
 * English or of a list as often. */
int quoth_name_particle(const quoth_resolver *r, size_t i) { return quoth_particle_word(&r->p, i); }

/* "Maria do Carmo dos Santos", "Folha do Planalto", "Rio Claro do
 * Norte": Portuguese's "do" (of the) between two words of a name, the
 * one before it a proper noun inside its sentence or a given name, as no
 * English "do" is ("Why do Republicans ..." opens a sentence); each
 * name had been cut at it (the forty-first audit's Brazilian news). */
static int portuguese_do(const quoth_resolver *r, size_t i) {
    /* (a word with an accent may be read as a common noun: "Diário do
     * Mercado", the sixty-fifth audit's, had been "Mercado") */
    return i > 0 && quoth_word_is(&r->p, i, "do") && (r->p.t[i - 1].coarse == CT_PROPN || r->p.t[i - 1].accented) &&
           is_name_token(r, i - 1) &&
           (!(r->p.t[i - 1].flags & TOK_SENT_START) || given_name(r, i - 1));
}

/* "Jordi Puigvert i Camps", "Montserrat Rius i Farré": Catalan's "i"
 * (and) between a person's two surnames, in small letters after a proper
 * noun inside its sentence, where English writes no "i" (the forty-second
 * audit's had been cut at it). */
static int catalan_i(const quoth_resolver *r, size_t i) {
    return i > 0 && r->p.t[i].norm_len == 1 && r->text[r->p.t[i].start] == 'i' && r->p.t[i - 1].coarse == CT_PROPN &&
           !(r->p.t[i - 1].flags & TOK_SENT_START) && is_name_token(r, i - 1);
}

/* "Peadar Mac an tSaoir", "Róisín Nic an Bhaird": an Irish surname's
 * article "an" after "Mac" or "Nic" (son, daughter of), in small letters
 * (each name had been its last word; the seventy-fifth audit's Gaelic
 * games). */
static int irish_an(const quoth_resolver *r, size_t i) {
    static const char *const SON_OF[] = {"mac", "nic", "mhic", "ó", "ní", "uí"};
    return i > 0 && quoth_word_is(&r->p, i, "an") && (r->p.t[i - 1].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, i - 1, SON_OF, sizeof SON_OF / sizeof *SON_OF);
}

/* "d'Aménagement", "l'Alternance", "d’Ivoire": a French or Catalan
 * article elided and glued to a capitalized word, one token. */
static int elided_article_word(const quoth_resolver *r, size_t i) {
    const unsigned char *w = (const unsigned char *)r->text + r->p.t[i].start;
    size_t n = r->p.t[i].end - r->p.t[i].start, at;
    if (n < 3 || (w[0] != 'd' && w[0] != 'l')) return 0;
    if (w[1] == '\'') at = 2;
    else if (n > 4 && w[1] == 0xE2 && w[2] == 0x80 && w[3] == 0x99) at = 4; /* ’ */
    else return 0;
    return at < n && ((w[at] >= 'A' && w[at] <= 'Z') || (w[at] == 0xC3 && at + 1 < n && w[at + 1] >= 0x80 &&
                                                          w[at + 1] <= 0x9E));
}

/* "Bas ten Brink", "Marloes ter Horst", "Henrik af Strandberg":
 * particles that are surnames' only in small letters between name
 * words ("ten" is a number in English, and "Ten" may open a title); each
 * name had been cut at them (the twenty-ninth audit's European news). */
static int small_particle(const quoth_resolver *r, size_t i) {
    /* and a Maasai name's "ole" ("Lemayian ole Kipaku", the thirty-fifth
     * audit's, had been "Kipaku") */
    /* and Hawaiian's "o" (of) inside a body's or a paper's name ("Ka
     * Nūpepa o Hilo", "Nā Kiaʻi o Haleakalā", the fifty-ninth audit's) */
    /* and Welsh "ap" (son of: "Ifan ap Gwilym", the sixty-sixth audit's) */
    /* and an Iban name's "anak" (child of: "Linggang anak Sebat", the
     * seventy-fourth audit's, had been "Sebat") */
    /* and a Tuareg name's "ag" (son of: "Mahamadou ag Ilyas", the eightieth
     * audit's, had been "Ilyas") */
    static const char *const SMALL[] = {"ten", "ter", "af", "zu", "ole", "o", "ap", "ag"};
    /* and Turkic patronymics' "oglu", "qizi" (son, daughter of) before the
     * surname: "Tural Elchin oglu Huseynzade" had been "Tural Elchin" (the
     * sixty-fourth audit's Azerbaijani news) */
    /* and Moorish names' "ould" and "mint" (son, daughter of: "Mohamed Lemine
     * ould Sidaty", "Aichetou mint Hamady" had been "Sidaty", "Hamady"; the
     * seventy-second audit's Mauritanian news) */
    static const char *const PATRONYMIC[] = {"oglu", "oğlu", "ogly", "qizi", "qızı", "kyzy", "uulu", "ugli",
                                             "ould", "mint", "anak"};
    if (r->p.t[i].norm_len > 3)
        return r->p.t[i].norm_len <= 6 && quoth_word_in(&r->p, i, PATRONYMIC, sizeof PATRONYMIC / sizeof *PATRONYMIC);
    /* the first letter before the calls: most short words are "the",
     * "and", "of", "to" */
    char c = quoth_token_norm(r->p.tl, i)[0];
    return c == 'd' ? portuguese_do(r, i)
           : c == 'i' ? catalan_i(r, i)
           : c == 'a' ? irish_an(r, i) || quoth_word_in(&r->p, i, SMALL, sizeof SMALL / sizeof *SMALL)
                      : quoth_word_in(&r->p, i, SMALL, sizeof SMALL / sizeof *SMALL);
}

/* "Aizada Temirbek kyzy", "Adilet Bakyt uulu", "Madina Rustam qizi":
 * Central Asian names end with the patronymic's "son of" or "daughter
 * of" in small letters after the father's name (each had been cut before
 * it; the sixty-sixth audit's Kyrgyz news). */
static int trailing_patronymic(const quoth_resolver *r, size_t j) {
    static const char *const ENDINGS[] = {"kyzy", "uulu", "qizi", "ugli", "qyzy", "uly", "kizi", "ogly"};
    const quoth_token *t = r->p.t;
    return t[j].norm_len >= 3 && t[j].norm_len <= 5 && !(t[j].flags & TOK_CAPITALIZED) &&
           (t[j - 1].flags & TOK_CAPITALIZED) && t[j - 1].sentence == t[j].sentence &&
           quoth_word_in(&r->p, j, ENDINGS, sizeof ENDINGS / sizeof *ENDINGS);
}

/* How many particles in small letters, up to three, start at i
 * ("Bill de Blasio", "Ursula von der Leyen", "Joaquin de la Garza") inside
 * a name: after a capitalized name word and before a capitalized name word
 * of the same sentence that is no title, place or date ("Tour de France",
 * "Cinco de Mayo" name no one); 0 when none, or when a word in small
 * letters follows them ("Clinton de facto"). */
/* "Kamala d/o Perumal", "Ravi s/o Subramaniam", "Anand a/l Krishnan":
 * "son of", "daughter of" between an Indian given name and the father's,
 * as Singapore and Malaysia write them (the tokenizer cuts "d", "/", "o";
 * each name had been the father's alone, the fifty-second audit's). */
static inline int son_of_slash(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (i + 3 >= r->p.n || t[i].norm_len != 1 || t[i + 2].norm_len != 1 || !quoth_punct_is(&r->p, i + 1, "/"))
        return 0;
    char a = quoth_token_norm(r->p.tl, i)[0], b = quoth_token_norm(r->p.tl, i + 2)[0];
    return ((a == 's' || a == 'd') && b == 'o') || (a == 'a' && (b == 'l' || b == 'p'));
}

size_t quoth_particles_at(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (i == 0 || (t[i].flags & TOK_CAPITALIZED) || !(t[i - 1].flags & TOK_CAPITALIZED) ||
        t[i - 1].sentence != t[i].sentence)
        return 0;
    if (t[i].norm_len == 1 && son_of_slash(r, i) && t[i + 3].sentence == t[i].sentence &&
        (t[i + 3].flags & TOK_CAPITALIZED))
        return 3;
    size_t j = i;
    while (j < r->p.n && j - i < PARTICLES_MAX && !(t[j].flags & TOK_CAPITALIZED) && t[j].sentence == t[i].sentence &&
           (quoth_name_particle(r, j) || small_particle(r, j)))
        j++;
    /* (Irish "tSaoir", "hAodha" hold their capital inside) */
    if (j == i || j >= r->p.n || t[j].sentence != t[i].sentence ||
        !((t[j].flags & TOK_CAPITALIZED) || t[j].inner_capital) ||
        (t[j].lex & (LEX_TITLE | LEX_HONORIFIC)) ||
        (!is_name_token(r, j) && !(t[j].inner_capital && irish_an(r, j - 1)))) /* "tSaoi" read as an adjective */
        return 0;
    unsigned classes = quoth_name_classes_at(r, j);
    /* a place's name is a surname after a given name ("Maria Helena de
     * Albuquerque Lins", the sixty-third audit's, had been "Albuquerque
     * Lins"), not after another word ("Tour de France") */
    if ((classes & (NAME_DATE | NAME_MONTH)) || ((classes & NAME_PLACE) && !given_name(r, i - 1))) return 0;
    return j - i;
}

/* "USA Today", "USA TODAY": a capitalized word that the tagger took for a
 * common noun ends a run when with it the run is an organization quoth
 * knows; else the run was "USA", a country. */
static size_t known_org_step(const quoth_resolver *r, size_t first, size_t end) {
    if (end >= r->p.n || end - first >= 8 || r->p.t[end].sentence != r->p.t[first].sentence) return end;
    /* or two words, an "and" and a capitalized one: "HM Revenue | and
     * Customs" (the sixty-eighth audit's); or "of" and a place, after a
     * name quoth knows that way too ("Comptroller and Auditor General | of
     * India", the eighty-second audit's) */
    if (!(r->p.t[end].flags & TOK_CAPITALIZED)) {
        /* (and "of the": "Mejlis | of the Crimean Tatar People", the
         * ninety-ninth audit's) */
        size_t gap = end + 2 < r->p.n && quoth_word_is(&r->p, end, "of") && quoth_word_is(&r->p, end + 1, "the");
        if (end + 1 + gap >= r->p.n ||
            !(quoth_word_is(&r->p, end, "and") || quoth_word_is(&r->p, end, "in") || quoth_word_is(&r->p, end, "on") ||
              quoth_word_is(&r->p, end, "of") || quoth_word_is(&r->p, end, "to")) ||
            !(r->p.t[end + 1 + gap].flags & TOK_CAPITALIZED))
            return end;
        /* or three or four: "Independent Electoral | and Boundaries
         * Commission" (the seventy-eighth audit's), "Employment | and Social
         * Development Canada" (the eighty-eighth's); "Committee | to Protect
         * Journalists" (the ninety-sixth's) */
        size_t joiner_end = end + gap;
        for (size_t past = joiner_end + 2; past <= joiner_end + 4 && past <= r->p.n; past++) {
            if (past > joiner_end + 2 && !(r->p.t[past - 1].flags & TOK_CAPITALIZED)) break;
            quoth_name_run joined = {.first = (uint32_t)first, .end = (uint32_t)past};
            if (quoth_known_org_of(r, &joined)) return past;
        }
        return end;
    }
    quoth_name_run longer = {.first = (uint32_t)first, .end = (uint32_t)end + 1};
    if (quoth_known_org_of(r, &longer)) return end + 1;
    /* or two capitalized words: "Reporters | Without Borders" (the
     * seventy-second audit's had been no one) */
    if (end + 1 >= r->p.n || !(r->p.t[end + 1].flags & TOK_CAPITALIZED) ||
        r->p.t[end + 1].sentence != r->p.t[first].sentence)
        return end;
    quoth_name_run two_longer = {.first = (uint32_t)first, .end = (uint32_t)end + 2};
    return quoth_known_org_of(r, &two_longer) ? end + 2 : end;
}

/* known_org_step() until the run ends: a name quoth knows may grow twice
 * ("Comptroller | and Auditor General | of India"). */
static size_t known_org_end(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t step = 0, longer; step < 2 && (longer = known_org_step(r, first, end)) != end; step++) end = longer;
    return end;
}

/* "Washington Post Hit Piece Exploits ...": in a headline's capitals, a
 * run that opens with an organization quoth knows ends with it, as the
 * capitals after it say nothing ("Washington Post Hit" had been a name);
 * the words after it are no name of their own either. */
static size_t known_org_prefix_end(const quoth_resolver *r, size_t first, size_t end) {
    quoth_name_run whole = {.first = (uint32_t)first, .end = (uint32_t)end};
    if (end - first < 3 || quoth_known_org_of(r, &whole)) return end;
    for (size_t k = end - 1; k >= first + 2; k--) {
        quoth_name_run prefix = {.first = (uint32_t)first, .end = (uint32_t)k};
        if (quoth_known_org_of(r, &prefix)) return k;
    }
    return end;
}

/* "a Brightline Poll", "the National Household Survey": a poll is its
 * pollster's, whose name comes before it ("a Gallup Poll" is Gallup's, as
 * "a Gallup poll" is: polls.c), so a capitalized "Poll" is no part of a
 * name; a survey named by capitals is a body's product of its own name,
 * with no pollster before it ("American Community Survey", "U.S.
 * Geological Survey"), so its "Survey" is, even where the tagger took it
 * for a common noun (the name had been "American Community"). */
static size_t poll_name_end(const quoth_resolver *r, size_t first, size_t end) {
    const quoth_phrases *p = &r->p;
    /* not a headline's "New Poll", whose "New" is no pollster */
    if (end - first >= 2 && quoth_poll_only_word(p, end - 1) &&
        (end - first > 2 || !(p->t[first].flags & TOK_SENT_START)))
        return end - 1;
    if (end < p->n && end - first < 8 && (p->t[end].flags & TOK_CAPITALIZED) &&
        p->t[end].sentence == p->t[first].sentence &&
        quoth_survey_word(p, end))
        return end + 1;
    return end;
}

/* How many capitalized common nouns may open a name. */
#define NAME_NOUNS_MAX 3
/* the words of one name's run at most: "United Nations Office for the
 * Coordination of Humanitarian Affairs" has nine, "Romania's Directorate for
 * Investigating Organized Crime and Terrorism" ten (each had been cut to
 * its last word at eight; the sixty-eighth audit's) */
#define NAME_WORDS_MAX 10

/* "groups like Priorities USA", "a Morning Consult poll", "the Tax Policy
 * Center": capitalized common nouns inside a sentence, right before a
 * name, open that name, as their capitals say; the tagger reads them as
 * nouns by their words, and the name had been "USA". Only after a word
 * in small letters or a determiner that opens the sentence ("The Tax
 * Foundation"): in a headline's capitals ("Liberal Oscar-winner
 * Sarandon") a capital says nothing. */
int quoth_capitalized_noun(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t->coarse == CT_NOUN &&
           /* a time's word before a newspaper's is its name's: "The Morning Ledger wrote" (it had been no one) */
           (!date_word(r, i) || (i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
                                 quoth_newspaper_word(&r->p, i + 1)));
}

/* A capitalized adjective inside a sentence ("Democratic", "European"). Called
 * for most tokens: the test of flags and tag is inline. */
static inline __attribute__((always_inline)) int capitalized_adjective(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t->coarse == CT_ADJ && !(t->lex & LEX_TITLE) && !date_word(r, i) &&
           !memchr(r->text + t->start, '-', t->end - t->start) /* "Democratic-controlled" */;
}

/* "Anti-Doping" in "the Global Anti-Doping Authority": a compound
 * adjective of capitalized parts inside a body's name (it had been cut
 * there, to "Anti-Doping Authority"; the forty-third audit's). */
static int capitalized_compound(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    if ((t->flags & (TOK_SENT_START | TOK_CAPITALIZED)) != TOK_CAPITALIZED || t->coarse != CT_ADJ) return 0;
    const char *w = r->text + t->start, *hyphen = memchr(w, '-', t->end - t->start);
    return hyphen && hyphen + 1 < r->text + t->end && hyphen[1] >= 'A' && hyphen[1] <= 'Z';
}

/* "the Democratic National Committee", "The American Federation of
 * Teachers", "the European Council": a capitalized adjective inside a
 * sentence, right before a name that holds an organization's word, opens
 * that name, as its capital says; the tagger reads it as an adjective
 * (JJ), and the name had been "National Committee". Not a party before a
 * body of one word ("the Republican Senate" is the Senate). The test of
 * the adjective itself is inline, the search after it not. */
static int ordinal_word(const quoth_resolver *r, size_t i);

static __attribute__((noinline)) int adjective_opening_body_at(const quoth_resolver *r, size_t i) {
    static const char *const PARTIES[] = {"Republican", "Democratic", "Democrat", "Conservative", "Liberal"};
    /* an army's unit by its number: "The army's Second Division" (it had
     * been "Division"; the sixty-eighth audit's) */
    static const char *const UNITS[] = {"division", "brigade", "battalion", "regiment", "corps", "fleet"};
    static const char *const PARTY_NOUNS[] = {"alliance", "front", "movement", "league", "union", "rally"};
    uint32_t sentence = r->p.t[i].sentence;
    if (i + 1 < r->p.n && r->p.t[i + 1].sentence == sentence && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
        quoth_word_in(&r->p, i + 1, UNITS, sizeof UNITS / sizeof *UNITS) && ordinal_word(r, i))
        return 1;
    /* a body's own word that the tagger read as an adjective, before its
     * "for" or "of": "Romania's Directorate for Investigating Organized
     * Crime" (it had been "Organized Crime"; the sixty-eighth audit's) */
    if (body_word(r, i) && i + 2 < r->p.n && r->p.t[i + 2].sentence == sentence &&
        (r->p.t[i + 2].flags & TOK_CAPITALIZED) &&
        (quoth_word_is(&r->p, i + 1, "for") || quoth_word_is(&r->p, i + 1, "of")))
        return 1;
    /* or before its "General": "the Directorate General of Foreign Trade" */
    if (body_word(r, i) && i + 1 < r->p.n && r->p.t[i + 1].sentence == sentence &&
        (r->p.t[i + 1].flags & TOK_CAPITALIZED) && quoth_word_is(&r->p, i + 1, "general"))
        return 1;
    for (size_t k = i + 1; k < r->p.n && k - i <= BODY_WORDS_MAX && r->p.t[k].sentence == sentence; k++) {
        /* past a group's possessive: "the Korean Metal Workers' Union" (it
         * had been "Metal Workers' Union"; the sixty-fourth audit's) */
        if (k > i + 1 && quoth_possessive(&r->p, k)) continue;
        /* the body's noun may be read as a common one: "United States
         * Special Operations Command" (it had been "Operations Command") */
        int body_noun = quoth_capitalized_noun(r, k) && body_word(r, k);
        /* and a field's noun before it: "the Civil Protection Directorate"
         * (it had been "Directorate"; the twenty-first audit's) */
        if (!is_name_token(r, k) && !capitalized_adjective(r, k) && !body_noun && !quoth_capitalized_noun(r, k) &&
            !capitalized_compound(r, k) && !capitalized_gerund(r, k)) /* "Russian Ski Racing Federation" */
            return 0;
        /* or a company's ("Ferrous Records" had been "Records") */
        if (!body_word(r, k) && !(quoth_name_classes_at(r, k) & NAME_ORG_HEAD)) continue;
        int one_word = k == i + 1 && !(k + 1 < r->p.n && r->p.t[k + 1].sentence == sentence && is_name_token(r, k + 1));
        /* but a party's word opens a party's name: "The opposition
         * Democratic Alliance said" (it had been "Alliance"; the
         * forty-third audit's Greek news) */
        return !one_word || !quoth_word_in(&r->p, i, PARTIES, sizeof PARTIES / sizeof *PARTIES) ||
               quoth_word_in(&r->p, k, PARTY_NOUNS, sizeof PARTY_NOUNS / sizeof *PARTY_NOUNS);
    }
    return 0;
}

static inline __attribute__((always_inline)) int adjective_opening_body(const quoth_resolver *r, size_t i) {
    return capitalized_adjective(r, i) && adjective_opening_body_at(r, i);
}

/* "Police Scotland", "Sport England": a body's word before the place it
 * serves, as a national service is named; "Police Scotland" had been a
 * person. */
int quoth_body_before_its_place(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end == run->first + 2 && (r->p.t[run->first].lex & LEX_ORG_WORD) &&
           !(r->p.t[run->first].lex & LEX_TITLE) && (quoth_name_classes_at(r, run->first + 1) & NAME_PLACE);
}

/* Whether the verb of the sentence follows the name that ends at `end`,
 * at once or after its comma: the name is then the apposition's subject,
 * a person ("the head of the municipality, Ghassan Bou Khalil, said"). */
static int verb_after_apposition(const quoth_resolver *r, size_t end) {
    size_t v = end < r->p.n && quoth_punct_is(&r->p, end, ",") ? end + 1 : end;
    return v < r->p.n && (quoth_coarse(&r->p, v) == CT_VERB || quoth_coarse(&r->p, v) == CT_AUX);
}

/* Whether a name already says which place the noun at i is ("the
 * Prymorsk region, Yuriy Tkach,": the name after it is the governor's),
 * a capitalized noun before it. */
static int names_place_noun(const quoth_resolver *r, size_t i) {
    return i > 0 && (r->p.t[i - 1].flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, i - 1) == CT_PROPN;
}

/* "the Isle of Skye", "the Gulf of Mexico": a word of geography and "of"
 * open a place's name; "Chicago's South Loop", "London's West End": a
 * compass word after a place's possessive opens a district's. Neither is
 * a person (a "she" of the eighth audit had gone to each). */
int quoth_place_by_its_words(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const GEOGRAPHY[] = {"isle", "isles", "island", "islands", "gulf", "bay", "strait", "sea",
                                            "lake", "cape"};
    /* "the village of Ashby Marsh": a kind of settlement in small letters
     * and "of" before the name (the eleventh audit's village had been a
     * man whom a shop owner's "he" stood for) */
    static const char *const SETTLEMENTS[] = {"village", "town", "city", "hamlet", "suburb", "borough",
                                              "municipality", "district", "county", "province", "region", "parish"};
    /* "Rumah Ngelai", "Kampung Baru", "Sungai Asap": a Malay longhouse's,
     * village's or river's word before the name (an Iban longhouse takes
     * its chief's: "Rumah Ngelai" had been the chief; the ninety-third
     * audit's) */
    static const char *const MALAY_PLACES[] = {"rumah", "kampung", "kampong", "sungai", "bukit"};
    if (run->end - run->first >= 2 &&
        quoth_word_in(&r->p, run->first, MALAY_PLACES, sizeof MALAY_PLACES / sizeof *MALAY_PLACES))
        return 1;
    if (run->end - run->first >= 3 && quoth_word_is(&r->p, run->first + 1, "of") &&
        quoth_word_in(&r->p, run->first, GEOGRAPHY, sizeof GEOGRAPHY / sizeof *GEOGRAPHY))
        return 1;
    if (run->first >= 2 && quoth_word_is(&r->p, run->first - 1, "of") &&
        !(r->p.t[run->first - 2].flags & TOK_CAPITALIZED) &&
        quoth_word_in(&r->p, run->first - 2, SETTLEMENTS, sizeof SETTLEMENTS / sizeof *SETTLEMENTS))
        return 1;
    /* "the Dalmarkian capital, Lindhavn, Yevgeny Kostrov": a name set off
     * after such a noun or "capital" is the place's,
     * not a person's (the fiftieth audit's ambassador had been
     * "Lindhavn"); not one a given name opens ("the mayor of the city, Ann
     * Ross,") nor one a verb follows ("the head of the municipality,
     * Ghassan Bou Khalil, said") */
    if (run->first >= 2 && quoth_punct_is(&r->p, run->first - 1, ",") &&
        !(r->p.t[run->first - 2].flags & TOK_CAPITALIZED) &&
        (quoth_word_is(&r->p, run->first - 2, "capital") ||
         quoth_word_in(&r->p, run->first - 2, SETTLEMENTS, sizeof SETTLEMENTS / sizeof *SETTLEMENTS)) &&
        !given_name(r, run->first) && !names_place_noun(r, run->first - 2) && !verb_after_apposition(r, run->end))
        return 1;
    return run->first >= 2 && quoth_possessive(&r->p, run->first - 1) && quoth_compass_word(r, run->first) &&
           (quoth_name_classes_at(r, run->first - 2) & NAME_PLACE);
}

/* The test of the word itself is inline (called for most tokens), the
 * search after it not. */
static inline __attribute__((always_inline)) int nationality_opening_body(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED)) == (TOK_SENT_START | TOK_CAPITALIZED) &&
           t->coarse == CT_ADJ && quoth_nationality_opening_body_at(r, i);
}

/* "Public Service and Administration Minister Lindiwe Mthethwa": a
 * title after fields joined by "and", before a name, ends a portfolio's
 * words as a body's word ends a body's (the forty-second audit's had been
 * a body "Public Service"). */
static int portfolio_title(const quoth_resolver *r, size_t k) {
    return (r->p.t[k].lex & LEX_TITLE) && k + 1 < r->p.n && r->p.t[k + 1].sentence == r->p.t[k].sentence &&
           is_name_token(r, k + 1);
}

/* Whether the words [first, and) and those after the "and" at `and` up
 * to the title at `title` are a portfolio's fields ("Public Service and
 * Administration Minister"), not a person and another's office: no title,
 * given name or person by the entity tagger before ("Foreign Minister
 * Kawabata Mieko and Chinese Foreign Minister ...", "Ryan and RNC
 * Chairman Reince Priebus", "Goodlatte and Benghazi Committee Chairman
 * Trey Gowdy"), no place or letters after ("Christie and Ohio Gov. John
 * Kasich"). */
static int portfolio_before_title(const quoth_resolver *r, size_t first, size_t and, size_t title) {
    if (!portfolio_title(r, title) || names_person(r, first, and)) return 0;
    for (size_t k = first; k < and; k++)
        if ((r->p.t[k].lex & LEX_TITLE) || r->p.t[k].entity == QUOTH_ENT_PERSON) return 0;
    for (size_t k = and + 1; k < title; k++)
        if ((r->p.t[k].flags & TOK_ALL_CAPS) || (quoth_name_classes_at(r, k) & NAME_PLACE))
            return 0;
    return 1;
}

/* "... and Lands Agency": where the fields after an "and" at `and` end
 * with a body's word ("Forestry and Lands Agency", the tagger reading
 * each field a common noun), or 0 when they do not. */
static size_t and_fields_end(const quoth_resolver *r, size_t and) {
    const quoth_token *t = r->p.t;
    if (and + 2 >= r->p.n || !quoth_word_is(&r->p, and, "and") || t[and + 1].sentence != t[and].sentence) return 0;
    size_t k = and + 1;
    int adjective = 0; /* "Traditional Affairs MEC": before a title only */
    while (k < r->p.n && k - and <= 3 && t[k].sentence == t[and].sentence &&
           (is_name_token(r, k) || quoth_capitalized_noun(r, k) || (adjective |= capitalized_adjective(r, k))) &&
           !body_word(r, k) && !portfolio_title(r, k))
        k++;
    if (k >= r->p.n || k - and > 3 || t[k].sentence != t[and].sentence || !(t[k].flags & TOK_CAPITALIZED)) return 0;
    if (k > and + 1 && portfolio_title(r, k)) return k + 1;
    /* "Public Service and Administration Minister": a body's word, then
     * the title */
    if (k + 1 < r->p.n && body_word(r, k) && portfolio_title(r, k + 1)) return k + 2;
    return k > and + 1 && !adjective && body_word(r, k) ? k + 1 : 0;
}

static int group_possessive_at(const quoth_resolver *r, size_t j);

/* Whether token i reads as an English verb that ends a French body's
 * name before it: a verb of saying, an auxiliary, or a verb with an
 * English ending; the tagger reads French words as verbs too
 * ("scolaire"). */
static int english_verb(const quoth_phrases *p, size_t i) {
    if ((p->t[i].lex & LEX_CUE) || quoth_coarse(p, i) == CT_AUX) return 1;
    return quoth_coarse(p, i) == CT_VERB && (quoth_ends_with(p, i, "s") || quoth_ends_with(p, i, "ed") ||
                                              quoth_ends_with(p, i, "ing"));
}

/* How many words a French body's name in small letters may have after
 * its head. */
#define FRENCH_BODY_WORDS_MAX 8

/* "the Syndicat des éducatrices en milieu scolaire", "the Centre de
 * services scolaire de la Rivière-Blanche": French writes a body's name
 * with its head alone in capitals, its particle after it; the name goes
 * on over small letters to the first verb, punctuation or English word
 * (each had been cut at its head or taken from its last capital; the
 * forty-sixth audit's Quebec news). The name's end, or 0 when the head at
 * i opens no such name. */
static size_t french_body_name_end(const quoth_resolver *r, size_t i, size_t j) {
    static const char *const HEADS[] = {"syndicat", "chambre", "centre", "alliance", "conseil", "fédération",
                                        "regroupement", "ordre", "régie", "société", "collectif", "institut",
                                        "observatoire", "confédération", "mouvement", "comité", "réseau",
                                        "fondation", "ministère", "caisse", "association", "commission",
                                        /* the forty-eighth audit's Central African armed groups and parties:
                                         * "the Union des forces républicaines du Nord" had been "Nord" */
                                        "union", "front", "rassemblement", "parti", "congrès", "agence",
                                        "coalition", "coordination", "convention", "autorité", "groupement"};
    static const char *const OPENERS[] = {"de", "des", "du", "d'", "pour", "en"};
    static const char *const ENGLISH[] = {"and", "or", "the", "a", "an", "of", "in", "on", "at", "to", "for",
                                          "with", "which", "who", "that", "as", "by", "from", "but"};
    const quoth_phrases *p = &r->p;
    if (j != i + 1 || j + 1 >= p->n || !quoth_word_in(p, j, OPENERS, sizeof OPENERS / sizeof *OPENERS) ||
        !quoth_word_in(p, i, HEADS, sizeof HEADS / sizeof *HEADS))
        return 0;
    size_t k = j, last_word = 0;
    while (k < p->n && k - i <= FRENCH_BODY_WORDS_MAX && p->t[k].sentence == p->t[i].sentence &&
           (p->t[k].flags & TOK_ALPHA) &&
           /* a particle the tagger read as a verb ("des", VBZ) is none */
           (quoth_word_in(p, k, OPENERS, sizeof OPENERS / sizeof *OPENERS) || !english_verb(p, k)) &&
           !quoth_word_in(p, k, ENGLISH, sizeof ENGLISH / sizeof *ENGLISH)) {
        if (!quoth_name_particle(r, k) && !quoth_word_in(p, k, OPENERS, sizeof OPENERS / sizeof *OPENERS))
            last_word = k + 1;
        k++;
    }
    return last_word > j + 1 ? last_word : 0;
}

static int noun_opening_name(const quoth_resolver *r, size_t i) {
    if (!(r->p.t[i].flags & TOK_CAPITALIZED)) return 0; /* most tokens: each test below asks a capital */
    if (!quoth_capitalized_noun(r, i)) return adjective_opening_body(r, i) || nationality_opening_body(r, i);
    const quoth_token *before = &r->p.t[i - 1]; /* i > 0: a sentence starts before it */
    if ((before->flags & TOK_CAPITALIZED) && !((before->flags & TOK_SENT_START) && before->coarse == CT_DET)) return 0;
    if (i + 2 < r->p.n && quoth_word_is(&r->p, i + 1, "for") && plural_opening_body(r, i) &&
        r->p.t[i + 2].sentence == r->p.t[i].sentence && is_name_token(r, i + 2))
        return 1; /* "the aid group Hands for Afghanistan" */
    /* "the Forestry and Lands Agency", "Forestry" read as a common noun:
     * fields joined by "and" before a body's word (it had been "Lands
     * Agency"; the nineteenth audit's) */
    if (and_fields_end(r, i + 1)) return 1;
    if (group_possessive_at(r, i + 1)) return 1; /* "the Farmers' Cooperative Bank" */
    if (french_body_name_end(r, i, i + 1)) return 1; /* "the Syndicat des éducatrices" */
    /* "The Diocese of Lincoln", "Diocese" read as a common noun (it had
     * been Lincoln); "the Annals of Neurological Therapeutics", past an
     * adjective */
    if (i + 2 < r->p.n && body_word(r, i) &&
        (quoth_word_is(&r->p, i + 1, "of") || quoth_word_is(&r->p, i + 1, "for")) &&
        r->p.t[i + 2].sentence == r->p.t[i].sentence &&
        (is_name_token(r, i + 2) ||
         (i + 3 < r->p.n && capitalized_adjective(r, i + 2) &&
          /* or a plural: "The Confederation of Indigenous Nationalities of
           * Ecuador" (it had been "Ecuador"; the sixty-ninth audit's) */
          (is_name_token(r, i + 3) || quoth_capitalized_noun(r, i + 3)))))
        return 1;
    size_t j = i + 1;
    while (j < r->p.n && j - i < NAME_NOUNS_MAX && quoth_capitalized_noun(r, j) && r->p.t[j].sentence == r->p.t[i].sentence)
        j++;
    /* "The Morning Ledger wrote", both read as common nouns: capitals
     * that a newspaper's word ends (it had been no one) */
    if (j > i + 1 && quoth_newspaper_word(&r->p, j - 1)) return 1;
    return j < r->p.n && r->p.t[j].sentence == r->p.t[i].sentence && r->p.t[j].coarse == CT_PROPN &&
           is_name_token(r, j);
}

/* "Western Journalism reported ...", "by Black Lives Matter": an
 * adjective and capitalized nouns, all read as common words by the
 * tagger, are a name by the capitals of the nouns after the first, which
 * no sentence's start explains; at the start of a sentence or after a word
 * in small letters that joins no name ("Division of Gaming Enforcement"),
 * outside a headline's capitals (which the caller excludes). Not a title
 * ("Senior Adviser"), words in capitals ("FULL TEXT"), a group
 * ("Conservative Christians": the last noun plural), nor after a word of
 * quantity or place ("Most Millennials", "Outside Carrier"). The index
 * after the name, or i. */
static size_t common_words_opening_name(const quoth_resolver *r, size_t i) {
    static const char *const NOT_NAMES[] = {"many", "most", "some", "few", "several", "all", "other", "more",
                                            "both", "each", "every", "outside", "inside",
                                            /* "Earlier Ruban stated", the tagger's JJR */
                                            "earlier", "later", "former", "latter"};
    const quoth_token *t = &r->p.t[i];
    if ((t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        t->coarse != CT_ADJ || (t->lex & LEX_TITLE) || t->end - t->start < 3 ||
        memchr(r->text + t->start, '-', t->end - t->start) /* "Pro-Islamic State forums" */ ||
        memchr(r->text + t->start, '.', t->end - t->start) /* "through I. Survey I" */)
        return i;
    /* inside a sentence, after a word in small letters that joins no
     * name: "reported by Western Journalism", not "Division of Gaming
     * Enforcement" */
    if (!(t->flags & TOK_SENT_START) &&
        (i == 0 ||
         ((r->p.t[i - 1].flags & TOK_CAPITALIZED) &&
          !((r->p.t[i - 1].flags & TOK_SENT_START) && r->p.t[i - 1].coarse == CT_DET)) /* "The Islamic State" */ ||
         quoth_word_is(&r->p, i - 1, "of") ||
         quoth_word_is(&r->p, i - 1, "for") || quoth_word_is(&r->p, i - 1, "on") ||
         quoth_word_is(&r->p, i - 1, "and") || quoth_word_is(&r->p, i - 1, "&")))
        return i;
    size_t j = i + 1;
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX && quoth_capitalized_noun(r, j) &&
           !(r->p.t[j].lex & LEX_TITLE) && !(r->p.t[j].flags & TOK_ALL_CAPS) && r->p.t[j].sentence == t->sentence)
        j++;
    if (j == i + 1 || (r->pos_flags && (r->pos_flags[r->p.t[j - 1].pos] & QUOTH_POS_PLURAL))) return i;
    if (quoth_word_in(&r->p, i, NOT_NAMES, sizeof NOT_NAMES / sizeof *NOT_NAMES)) return i;
    /* after a form of address, and the proper nouns that follow: "Maître
     * Grégoire Lenoir-Saint-Clair", the tagger's adjective and noun, had
     * been cut from the surname (the thirtieth audit's); not a
     * headline's "Liberal Oscar-winner Sarandon" */
    if (!quoth_address_before_name(r, i)) return j;
    for (size_t words = 0; j < r->p.n && words < NAME_NOUNS_MAX && r->p.t[j].sentence == t->sentence &&
                           r->p.t[j].coarse == CT_PROPN && is_name_token(r, j);
         words++)
        j++;
    return j;
}

/* "a spokesperson for Save Our Seascape", "the Stop the War Coalition":
 * a campaign named by its call, capitalized inside a sentence, with the
 * capitalized words after it and a "the" among them (it had been "Save",
 * a body of its own, and "War Coalition"). The index after the name, or
 * i. */
static size_t campaign_name_end(const quoth_resolver *r, size_t i) {
    static const char *const CALLS[] = {"save", "stop", "keep", "protect", "defend", "reclaim", "restore"};
    const quoth_token *t = r->p.t;
    /* most tokens stop at their flags, their length or their first letter */
    if ((t[i].flags & (TOK_SENT_START | TOK_CAPITALIZED)) != TOK_CAPITALIZED || t[i].norm_len < 4 ||
        t[i].norm_len > 7 || !strchr("SKPDR", quoth_token_norm(r->p.tl, i)[0]) ||
        !quoth_word_in(&r->p, i, CALLS, sizeof CALLS / sizeof *CALLS) ||
        quoth_word_is(&r->p, i - 1, "to")) /* "Alliance to Reclaim Our Schools" goes on a name before */
        return i;
    size_t j = i + 1;
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX && t[j].sentence == t[i].sentence &&
           ((t[j].flags & TOK_CAPITALIZED) || (quoth_word_is(&r->p, j, "the") && j + 1 < r->p.n &&
                                               (t[j + 1].flags & TOK_CAPITALIZED))))
        j++;
    return j >= i + 2 && (t[j - 1].flags & TOK_CAPITALIZED) ? j : i;
}

/* "Grayling Asset Management said": a capitalized word in "-ing" opening
 * a sentence, which the tagger reads as a verb, before name words that a
 * body's word ends and a verb or an apposition follows, opens the body's
 * name (it had been "Asset Management"). The verb after it keeps out an
 * opening clause's verb and its object ("Citing Asset Management rules,
 * the firm said").
 * The index after the name, or i. */
static size_t verb_opening_body_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if ((t[i].flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) !=
            (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) ||
        t[i].coarse != CT_VERB || t[i].norm_len < 5 || memcmp(quoth_token_norm(r->p.tl, i) + t[i].norm_len - 3, "ing", 3))
        return i;
    size_t j = i + 1;
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX && t[j].sentence == t[i].sentence && is_name_token(r, j)) j++;
    /* or an apposition: "Banking Standards Forum, the industry trade body, said" */
    int apposed = j + 1 < r->p.n && quoth_punct_is(&r->p, j, ",") && (t[j + 1].lex & LEX_DETERMINER);
    if (j == i + 1 || j >= r->p.n || t[j].sentence != t[i].sentence ||
        !(body_word(r, j - 1) || (quoth_name_classes_at(r, j - 1) & NAME_ORG_HEAD)) ||
        (quoth_coarse(&r->p, j) != CT_VERB && quoth_coarse(&r->p, j) != CT_AUX && !apposed))
        return i;
    return j;
}

/* "Party leaders hope ...", "Committee members said": a noun of bodies in
 * general, capitalized only as it opens its sentence, before a word in
 * small letters, is no name (it had been an organization "Party"); a
 * body's own name ("Pentagon officials", "Congress said") is. */
static int generic_body_opening(const quoth_resolver *r, size_t i, size_t end) {
    static const char *const NOUNS[] = {"party",      "committee", "campaign",     "administration", "government",
                                        "department", "ministry",  "council",      "commission",     "agency",
                                        "union",      "association", "company",    "corporation",    "group",
                                        "board",      "court",     "office",       "staff",          "organization",
                                        "federation", "league",    "bureau",       "foundation",     "institute"};
    /* "County officials said", "Consumer advocates urged": a kind of
     * place or of people before the noun (they had been "County",
     * "Consumer"); not "State", which news writes for the State
     * Department ("State said", "State's lawyers") */
    static const char *const KINDS[] = {"county",   "city",   "town",     "village", "district",
                                        "province", "school", "consumer", "industry",
                                        /* a field of government: "Health officials said" (the
                                         * seventh audit's "Health") */
                                        "health",   "transport", "education", "defence", "defense",
                                        "security", "immigration", "customs", "housing", "agriculture",
                                        "environment", "tax", "prison", "hospital", "airport"};
    const quoth_token *t = &r->p.t[i];
    if (end != i + 1 || !(t->flags & TOK_SENT_START) || end >= r->p.n ||
        (r->p.t[end].flags & TOK_CAPITALIZED) || !(r->p.t[end].flags & TOK_ALPHA) ||
        r->p.t[end].sentence != t->sentence)
        return 0;
    if ((t->lex & LEX_ORG_WORD) && quoth_word_in(&r->p, i, NOUNS, sizeof NOUNS / sizeof *NOUNS)) return 1;
    return quoth_word_in(&r->p, i, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* The content words a headline's capitals are counted by. */
#define HEADLINE_WORDS_MIN 3

/* The content words of four letters or more among the tokens [first,
 * end), or -1 when one of them is not capitalized. */
static long capitalized_content_words(const quoth_resolver *r, size_t first, size_t end) {
    enum {
        FUNCTION_CLASSES = 1u << CT_ADP | 1u << CT_DET | 1u << CT_CONJ | 1u << CT_PART | 1u << CT_PRON | 1u << CT_AUX |
                           1u << CT_WH
    };
    long words = 0;
    for (size_t i = first; i < end; i++) {
        const quoth_token *t = &r->p.t[i];
        /* whether the token counts, in bits with no branch: tokens of
         * every kind alternate, and each test had been a guess */
        unsigned content = ((t->flags & TOK_ALPHA) != 0) & (t->norm_len >= 4) & !((FUNCTION_CLASSES >> (t->coarse & 31)) & 1);
        if (content & !(t->flags & TOK_CAPITALIZED)) return -1;
        words += content;
    }
    return words;
}

/* Whether sentence `s` is a headline's line of capitals ("Anthony Voss
 * Reportedly Caught In Another Scandal", "WHERE THE MAYOR PLANS ..."):
 * every content word of four letters or more capitalized, and at least
 * three of them. Its capitals say nothing of names. */
int quoth_headline_sentence(const quoth_resolver *r, uint32_t s) {
    const quoth_sentence *se = &r->p.tl->sent[s];
    size_t end = se->first + se->count < r->p.n ? se->first + se->count : r->p.n;
    return capitalized_content_words(r, se->first, end) >= HEADLINE_WORDS_MIN;
}

/* A lead-in in capitals that opens a sentence of small letters ("HE'S
 * BEEN CALLED OUT BY FELLOW DOCTORS — He's been dragged ..."): a
 * headline's three content words, which say no more of names than a
 * headline's line; a place line ("NEW YORK (AP)") has one. The end of the
 * lead-in that opens at token `first`, or `first` when there is none. */
static size_t capitals_lead_in_end(const quoth_resolver *r, size_t first) {
    size_t j = first;
    while (j < r->p.n && r->p.t[j].sentence == r->p.t[first].sentence && quoth_no_small_letter(r, j)) j++;
    return capitalized_content_words(r, first, j) >= HEADLINE_WORDS_MIN ? j : first;
}

/* The words a document writes in small letters, and those it writes as
 * names inside a sentence, as one set of their hashes (the second kind
 * with its key changed, so that the two never meet; open addressing, 0
 * an empty slot, at most half full: a token adds two keys at most, a
 * small word's or a name's and a surname's, and a sentence's first word
 * may add a name's when a body follows): made once, for the first
 * headline or sentence that needs it, in the table's buffer, in one pass
 * (a sort of every word had cost 3% of a whole run). */
typedef struct doc_words {
    uint64_t *slot;
    size_t mask;
    const uint64_t *source_ends; /* see make_source_ends() */
    int made;
} doc_words;

static uint64_t small_word_key(uint64_t lower_hash) { return lower_hash ? lower_hash : 1; }

static uint64_t inner_name_key(uint64_t lower_hash) {
    uint64_t key = lower_hash ^ 0x9e3779b97f4a7c15ull;
    return key ? key : 2;
}

/* The key of a word written right after a given name inside a sentence:
 * a surname ("Tessa Harrow", "Ruth Harrow"). */
static uint64_t surname_key(uint64_t lower_hash) {
    uint64_t key = lower_hash ^ 0xc2b2ae3d27d4eb4full;
    return key ? key : 3;
}

static void word_set_add(uint64_t *set, size_t mask, uint64_t key) {
    size_t k = (size_t)key & mask;
    /* the walk ends at an empty slot or the key's, almost always the
     * first: asked as one branch, on the smaller of the slot and its
     * difference from the key (zero when either is), since a branch on
     * emptiness alone guesses a new word from a repeated one no better
     * than a coin */
    for (;;) {
        uint64_t held = set[k], other = held ^ key;
        if ((held < other ? held : other) == 0) break;
        k = (k + 1) & mask;
    }
    set[k] = key;
}

/* Whether the words on both sides of token i are capitalized: a name's
 * inner word the tagger took for another part of speech ("Alberto
 * Fuentes Barragán", "Fuentes" tagged a verb). */
static int between_capitals(const quoth_resolver *r, size_t i) {
    return i > 0 && i + 1 < r->p.n && (r->p.t[i - 1].flags & TOK_CAPITALIZED) &&
           (r->p.t[i + 1].flags & TOK_CAPITALIZED) && r->p.t[i + 1].sentence == r->p.t[i].sentence;
}

/* The keys make_word_sets() puts in the set, into keys[] (two for each
 * token at most), with names[] (room for a token each) for the
 * capitalized words inside a sentence. Their count. */
static size_t word_set_keys(const quoth_resolver *r, uint64_t *keys, uint64_t *names) {
    const quoth_token *t = r->p.t; /* read once: the stores to keys[] might alias r for all the compiler knows */
    size_t n = r->p.n, m = 0, capitalized = 0;
    for (size_t i = 0; i < n; i++) {
        const quoth_token *tok = &t[i];
        /* most tokens are words in small letters, the rest mixed among
         * them: every token's key is written, and kept by the count, with
         * no branch to guess wrong; so is every token's place among the
         * capitalized words (a branch on the capital had been missed one
         * time in seven) */
        keys[m] = small_word_key(tok->lower_hash);
        m += (tok->flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA;
        names[capitalized] = i;
        capitalized += (tok->flags & (TOK_CAPITALIZED | TOK_SENT_START)) == TOK_CAPITALIZED;
    }
    for (size_t k = 0; k < capitalized; k++) {
        size_t i = (size_t)names[k];
        const quoth_token *tok = &t[i];
        if (!speaker_name_token(tok) && !between_capitals(r, i)) continue;
        keys[m++] = inner_name_key(tok->lower_hash);
        /* a given name that opens the name, not a place's word
         * ("North Carolina Democratic") */
        /* or one the entity tagger read as a person's, with the word
         * before ("asked Lucinda Marsh. Marsh looked ...", "Marsh" an
         * adjective there: she had been no one, and her "she" the
         * last speaker) */
        if (i > 0 && (tok[-1].flags & TOK_CAPITALIZED) &&
            (given_name(r, i - 1) ||
             (tok[-1].entity == QUOTH_ENT_PERSON && tok->entity == QUOTH_ENT_PERSON && !(tok[-1].flags & TOK_SENT_START))) &&
            (i < 2 || !(tok[-2].flags & TOK_CAPITALIZED) || (tok[-2].lex & (LEX_TITLE | LEX_HONORIFIC))))
            keys[m++] = surname_key(tok->lower_hash);
    }
    return m;
}

/* The keys are gathered first, in the buffer's head, so that the set is
 * sized by them: by the tokens it had been twice to four times as large,
 * and a whole first-level cache's worth cleared for a long document. The
 * order of the keys changes where a key lies in the set, not whether it
 * is there. Once a document, and not inline: its loops had made
 * quoth_find_name_runs() too large to take in the tests it calls for
 * each sentence. */
static __attribute__((noinline)) int make_word_sets(quoth_resolver *r, doc_words *w) {
    quoth_speaker_table *t = r->t;
    w->made = 1;
    /* the keys, two a token at most, and names[] in the upper half:
     * word_set_keys() writes the capitalized words' keys only past the
     * small words' (at most n less the capitalized words), two at most
     * for each capitalized word it has read, so that they never reach
     * one of names[] still to be read */
    size_t n = r->p.n, scratch = 2 * n + 1;
    if (QUOTH_RESERVE(t->word_set, t->word_set_cap, scratch, 64)) return QUOTH_ERR_NOMEM;
    size_t m = word_set_keys(r, t->word_set, t->word_set + n + 1);
    /* room for a key more from each sentence's first word, which
     * body_named_opening_sentence() may add later */
    size_t slots = 64;
    while (slots < 2 * (m + r->p.tl->n_sent)) slots *= 2;
    if (QUOTH_RESERVE(t->word_set, t->word_set_cap, scratch + slots, 64)) return QUOTH_ERR_NOMEM;
    const uint64_t *keys = t->word_set;
    uint64_t *set = t->word_set + scratch;
    memset(set, 0, slots * sizeof *set);
    for (size_t k = 0; k < m; k++) word_set_add(set, slots - 1, keys[k]);
    w->slot = set;
    w->mask = slots - 1;
    return 0;
}

/* The last token of each source the taggers found, as bits. A headline's
 * capitals do not tell a name from the verb after it ("Clinton Wades Into
 * ...", "Paul Ryan Thinks ..."); the attribution tagger, which reads the
 * words around them, does: a name in a headline ends where a source ends. */
static int make_source_ends(quoth_resolver *r, doc_words *w) {
    quoth_speaker_table *t = r->t;
    size_t words = r->p.n / 64 + 1;
    if (QUOTH_RESERVE(t->source_ends, t->source_ends_cap, words, 64)) return QUOTH_ERR_NOMEM;
    memset(t->source_ends, 0, words * sizeof *t->source_ends);
    for (size_t k = 0; r->list && k < r->list->n; k++) {
        quoth_tspan src = r->list->a[k].source;
        if (!quoth_tspan_empty(src) && src.end <= r->p.n) t->source_ends[(src.end - 1) / 64] |= 1ull << ((src.end - 1) % 64);
    }
    w->source_ends = t->source_ends;
    return 0;
}

/* Whether token i is the last of a source (make_source_ends()). */
static int ends_a_source(const doc_words *w, size_t i) { return (int)(w->source_ends[i / 64] >> (i % 64)) & 1; }

/* Whether a headline's name that opens at token `first` ends at token i,
 * the last of a source: not at a given name alone, where a source the
 * tagger cut short ("John" of "John Leguizamo On How ...") is likelier
 * than a name of one word. */
static int source_ends_name(const quoth_resolver *r, size_t first, size_t i, const doc_words *w) {
    return ends_a_source(w, i) && !(i == first && given_name(r, i));
}

static int word_set_holds(const doc_words *w, uint64_t key) {
    size_t k = (size_t)key & w->mask;
    while (w->slot[k]) {
        if (w->slot[k] == key) return 1;
        k = (k + 1) & w->mask;
    }
    return 0;
}

/* The end (exclusive) of the first source that ends at `from` or after,
 * up to `limit`, in the sentence of token from - 1 (from > 0); `from` when
 * none does. */
static size_t source_end_within(const quoth_resolver *r, size_t from, size_t limit, const doc_words *w) {
    uint32_t sentence = r->p.t[from - 1].sentence;
    for (size_t end = from; end <= limit && end <= r->p.n && r->p.t[end - 1].sentence == sentence; end++)
        if (ends_a_source(w, end - 1)) return end;
    return from;
}

static int is_small_word(const doc_words *w, uint64_t lower_hash) {
    return word_set_holds(w, small_word_key(lower_hash));
}

/* Whether the word at i ends as English plurals do, in "s": the tagger
 * reads a company's unknown name before a plural verb as a plural noun
 * ("Fernbay say"), which no plural ending bears out. */
static int plural_ending(const quoth_resolver *r, size_t i) {
    size_t len = r->p.t[i].norm_len;
    return len > 0 && (quoth_token_norm(r->p.tl, i)[len - 1] | 0x20) == 's';
}

/* Whether a verb in the past tense follows the word at i: "Fuentes
 * said", whose "-es" the tagger reads as a plural's. */
static int before_past_verb(const quoth_resolver *r, size_t i) {
    return i + 1 < r->p.n && quoth_coarse(&r->p, i + 1) == CT_VERB && (r->p.t[i + 1].lex & LEX_FORM_PAST);
}

/* "Ramos, silver-haired and blue-eyed, became ...", "Ramos" tagged NN: a
 * capitalized common noun that opens a sentence is a name when the
 * document writes it as a name inside a sentence and never in small
 * letters. Not a word of the kinds news opens sentences with ("Officials",
 * "Police", titles, bodies' words, places, dates), a plural or a page's
 * furniture. */
static int may_open_sentence_as_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) ==
               (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) &&
           t->coarse == CT_NOUN &&
           !(t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_ORG_WORD | LEX_GROUP_NOUN | LEX_CUE_NOUN | LEX_DETERMINER |
                       LEX_PRONOUN | LEX_FUNCTION)) &&
           !(quoth_name_classes_at(r, i) & (NAME_PEOPLE | NAME_ROLE | NAME_THING | NAME_PLACE | NAME_DATE |
                                            NAME_MONTH | NAME_ORG_HEAD)) &&
           !(r->pos_flags && (r->pos_flags[t->pos] & QUOTH_POS_PLURAL) && plural_ending(r, i) &&
             !before_past_verb(r, i)) /* "Millennials"; not "Fernbay say", "Fuentes said" */ &&
           !quoth_furniture_label(&r->p, i) /* "Video of the incident shows" */;
}

/* "Greyfriars Records said": a plural that opens the sentence before a
 * body's head word opens that body's name (the tagger read "Greyfriars" as
 * a plural noun, and the speaker had been a man "Records"; the nineteenth
 * audit's). */
static int plural_opening_body_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    return (t[i].flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) ==
               (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) &&
           t[i].coarse == CT_NOUN && !t[i].lex && i + 1 < r->p.n && t[i + 1].sentence == t[i].sentence &&
           (t[i + 1].flags & TOK_CAPITALIZED) && (quoth_name_classes_at(r, i + 1) & NAME_ORG_HEAD);
}

/* "Climate Action Network said": a common noun that opens its sentence
 * and the capitalized words after it, up to a body's word that ends them,
 * are one body's name (it had been "Action Network"); "Party leaders",
 * "Climate Minister Chris Bowen" and "Establishment Republicans" are not. */
static int body_name_opening_sentence(const quoth_resolver *r, size_t i) {
    if (!may_open_sentence_as_name(r, i) && !plural_opening_body_name(r, i)) return 0;
    size_t j = i + 1;
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX + 1 && r->p.t[j].sentence == r->p.t[i].sentence &&
           (is_name_token(r, j) || quoth_capitalized_noun(r, j)) && !given_name(r, j))
        j++;
    /* not a group of a party's members ("Establishment Republicans") */
    return j > i + 1 && (j >= r->p.n || r->p.t[j].sentence != r->p.t[i].sentence || !is_name_token(r, j)) &&
           (body_word(r, j - 1) || (quoth_name_classes_at(r, j - 1) & NAME_ORG_HEAD)) && r->pos_flags &&
           !(r->pos_flags[r->p.t[j - 1].pos] & (QUOTH_POS_PLURAL | QUOTH_POS_PLURAL_PROPER));
}

/* "NHS England said": an acronym that opens its sentence, which the
 * tagger read as a plural noun by its final "S", opens the name that the
 * proper noun after it goes on (the forty-first audit's speaker had been
 * "England"). Inside a sentence noun_opening_name() finds it. */
static int acronym_opening_sentence(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    return (t[i].flags & (TOK_SENT_START | TOK_ALL_CAPS | TOK_ALPHA)) == (TOK_SENT_START | TOK_ALL_CAPS | TOK_ALPHA) &&
           t[i].coarse == CT_NOUN && t[i].norm_len <= 6 && i + 1 < r->p.n && t[i + 1].sentence == t[i].sentence &&
           !(t[i + 1].flags & TOK_ALL_CAPS) && t[i + 1].coarse == CT_PROPN && is_name_token(r, i + 1);
}

/* "Consumer group Which Way said", "the band The Who": a capitalized
 * question word inside a sentence, after a word in small letters and
 * before a name word, opens the name (the group had been "Way"). */
static int question_word_opening_name(const quoth_resolver *r, size_t i) {
    static const char *const QUESTION_WORDS[] = {"which", "what", "who", "where", "when", "how", "why"};
    const quoth_token *t = r->p.t;
    return (t[i].flags & (TOK_CAPITALIZED | TOK_SENT_START)) == TOK_CAPITALIZED && i > 0 && i + 1 < r->p.n &&
           (t[i - 1].flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA && t[i + 1].sentence == t[i].sentence &&
           is_name_token(r, i + 1) && quoth_word_in(&r->p, i, QUESTION_WORDS, sizeof QUESTION_WORDS / sizeof *QUESTION_WORDS);
}

/* Whether the sentence that starts at `first` opens with one capitalized
 * word before a plural noun in small letters ("Grain traders said",
 * "Dairy farmers warned"): the word may only say what the group deals in. */
static int word_opening_group(const quoth_resolver *r, size_t first) {
    const quoth_token *t = r->p.t;
    return first + 2 < r->p.n && (t[first].flags & (TOK_CAPITALIZED | TOK_ALL_CAPS)) == TOK_CAPITALIZED &&
           (t[first + 1].flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA && t[first + 1].coarse == CT_NOUN &&
           r->pos_flags && (r->pos_flags[t[first + 1].pos] & (QUOTH_POS_PLURAL | QUOTH_POS_PLURAL_PROPER)) == QUOTH_POS_PLURAL;
}

/* "Grain traders said": the one word that opens such a sentence is no name
 * when the document never writes it capitalized inside a sentence and no
 * list knows it (it had been a speaker "Grain"); "Pentagon officials" and
 * "Chinese officials" keep theirs. */
static int unknown_word_before_group(const quoth_resolver *r, size_t i, size_t end, const doc_words *w) {
    const quoth_token *t = &r->p.t[i];
    if (end != i + 1 || !(t->flags & TOK_SENT_START) || !w->made || !word_opening_group(r, i) ||
        (t->lex & (LEX_ORG_WORD | LEX_FIRST_NAME | LEX_TITLE | LEX_HONORIFIC)) ||
        (quoth_name_classes_at(r, i) & (NAME_PLACE | NAME_ORG_HEAD | NAME_BODY | NAME_MAN | NAME_WOMAN)) ||
        quoth_nationality_word(&r->p, i))
        return 0;
    quoth_name_run run = {.first = (uint32_t)i, .end = (uint32_t)end};
    return !word_set_holds(w, inner_name_key(t->lower_hash)) && !quoth_known_org_of(r, &run);
}

/* "Furrowlight Ltd said": a capitalized word before a company's legal
 * form opens its name, whatever the tagger read it as (an adjective: the
 * speaker had been "Ltd"). */
static int before_legal_form(const quoth_resolver *r, size_t i) {
    return i + 1 < r->p.n && (r->p.t[i].flags & TOK_ALPHA) && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
           (r->p.t[i + 1].flags & TOK_CAPITALIZED) && legal_form(r, i + 1);
}

/* "Yusuf, 16, said": a capitalized word with an age set off after it is a
 * person's name, whatever the tagger made of a given name no list holds
 * (it had been no one). */
int quoth_name_before_age(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (i + 3 >= r->p.n || (t[i].flags & (TOK_CAPITALIZED | TOK_ALL_CAPS | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        !quoth_punct_is(&r->p, i + 1, ",") || !quoth_punct_is(&r->p, i + 3, ",") || t[i + 3].sentence != t[i].sentence ||
        (t[i].lex & (LEX_FUNCTION | LEX_DETERMINER | LEX_PRONOUN | LEX_TITLE | LEX_ORG_WORD | LEX_GROUP_NOUN)) ||
        (quoth_name_classes_at(r, i) & (NAME_PLACE | NAME_DATE | NAME_MONTH | NAME_PEOPLE | NAME_ROLE)))
        return 0;
    const char *age = quoth_token_norm(r->p.tl, i + 2);
    size_t n = t[i + 2].norm_len;
    return n >= 1 && n <= 2 && age[0] >= '1' && age[0] <= '9' && (n == 1 || (age[1] >= '0' && age[1] <= '9'));
}

/* Whether the word at i opens its sentence capitalized, as a surname may
 * whatever the tagger reads it as ("Harrow laughs", "Harrow" an adjective
 * and "laughs" a plural). */
static int may_open_sentence_as_surname(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    int c = t->coarse;
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) ==
               (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) &&
           (c == CT_NOUN || c == CT_ADJ || c == CT_VERB || c == CT_ADV) &&
           !(t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_ORG_WORD | LEX_GROUP_NOUN | LEX_CUE_NOUN | LEX_DETERMINER |
                       LEX_PRONOUN | LEX_FUNCTION));
}

/* "Bluewing said": a word in "-ing" that the tagger read as a participle
 * (the fifteenth audit's company had been no one); "Furrowlight, the
 * start-up ...", one it read as an adverb, not in "-ly" (the sixteenth
 * audit's company had been a person, by its later mentions only). */
static int participle_shaped_name(const quoth_resolver *r, size_t i) {
    if (!may_open_sentence_as_surname(r, i) || r->p.t[i].norm_len < 5) return 0;
    if (r->p.t[i].coarse == CT_ADV) return !quoth_ends_with(&r->p, i, "ly");
    return r->p.t[i].coarse == CT_VERB && quoth_ends_with(&r->p, i, "ing");
}

/* The tagger reads an unknown "Ledgerly" as an adverb: a capitalized word
 * in -ly that opens its sentence, of no word class, and no sentence
 * adverb. */
static int adverb_shaped_name(const quoth_resolver *r, size_t i) {
    static const char *const ADVERBS[] = {"similarly",  "separately", "additionally", "finally",    "currently",
                                          "recently",   "previously", "likewise",     "initially",  "ultimately",
                                          "eventually", "notably",    "specifically", "typically",  "consequently",
                                          "accordingly", "alternatively", "importantly", "interestingly",
                                          "unfortunately", "fortunately", "meanwhile",  "however",    "moreover"};
    const quoth_token *t = &r->p.t[i];
    return t->coarse == CT_ADV &&
           (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) ==
               (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) &&
           !t->lex && quoth_ends_with(&r->p, i, "ly") && !quoth_word_in(&r->p, i, ADVERBS, sizeof ADVERBS / sizeof *ADVERBS);
}

/* "Ledgerly, a London start-up, has raised ... Ledgerly says": a word
 * that opens a sentence is a body's name when an apposition that names a
 * body follows it, and so is the same word opening a later sentence (each
 * had been no one; the eighteenth audit's). The word set learns it as a
 * name's inner word, which a token that opens its sentence never adds. */
static int body_named_opening_sentence(const quoth_resolver *r, size_t i, const doc_words *w) {
    quoth_name_run one = {.first = (uint32_t)i, .end = (uint32_t)i + 1, .lead = (uint32_t)i};
    if (!(may_open_sentence_as_name(r, i) || adverb_shaped_name(r, i)) || !quoth_run_apposed_to_body(r, &one)) return 0;
    word_set_add(w->slot, w->mask, inner_name_key(r->p.t[i].lower_hash));
    return 1;
}

/* A word that opens its sentence is a name when the document writes it
 * as one inside a sentence and never in small letters: a common noun, or
 * any word the document writes after a given name, a surname ("Tessa
 * Harrow ... Harrow laughs when asked about it. \"...,\" she says": the
 * fourteenth audit's "she" had been the last speaker before). */
/* "Sable Aggregates said", "Sable" read as an adjective: two words that
 * open a sentence, each of which the document writes inside a sentence as
 * a name's and never in small letters, are a name's whatever their tags
 * (the company of "ordered Sable Aggregates LLC to halt" had been no one
 * there). */
static int name_pair_opening_sentence(const quoth_resolver *r, size_t i, const doc_words *w) {
    const quoth_token *t = &r->p.t[i];
    /* a noun is may_open_sentence_as_name()'s: the rest only, which it turns away */
    if ((t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        t->coarse == CT_NOUN || t->coarse == CT_PROPN ||
        (t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_DETERMINER | LEX_PRONOUN | LEX_FUNCTION | LEX_CUE)) ||
        i + 1 >= r->p.n || t[1].sentence != t->sentence ||
        (t[1].flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        (t[1].lex & (LEX_DETERMINER | LEX_PRONOUN | LEX_FUNCTION | LEX_CUE)) || is_small_word(w, t[1].lower_hash) ||
        quoth_nationality_word(&r->p, i)) /* "German Ortega says", whom a body's test would take */
        return 0;
    return word_set_holds(w, inner_name_key(t->lower_hash)) && word_set_holds(w, inner_name_key(t[1].lower_hash));
}

static int name_opening_sentence(const quoth_resolver *r, size_t i, const doc_words *w) {
    uint64_t hash = r->p.t[i].lower_hash;
    if (!(r->p.t[i].flags & TOK_SENT_START) || !w->made || is_small_word(w, hash)) return 0;
    return ((may_open_sentence_as_name(r, i) || participle_shaped_name(r, i) || adverb_shaped_name(r, i)) &&
            word_set_holds(w, inner_name_key(hash))) ||
           name_pair_opening_sentence(r, i, w) ||
           (may_open_sentence_as_surname(r, i) && word_set_holds(w, surname_key(hash))) ||
           body_named_opening_sentence(r, i, w);
}

/* A word of a headline's capitals that is no name: one the document writes
 * in small letters elsewhere ("Reportedly", "Told", "Donor", "WHERE"),
 * unless it is a title, an honorific, a body's word, a given name, a place
 * or a date, or follows a given name ("Tom Price"). */
static int headline_common_word(const quoth_resolver *r, size_t i, const doc_words *w) {
    /* headlines' verbs, which the article may never write in small
     * letters: "Sandal Maker Sues Brisk", "Director Leaves Brannock",
     * "Regulator Fines Lumora" (each had been a name of the verb and the
     * next word; the twenty-eighth and twenty-ninth audits') */
    static const char *const VERBS[] = {"sues",   "leaves",  "fines",  "slams",  "blasts",   "quits",
                                        "rejects", "denies", "accuses", "defends", "threatens", "unveils",
                                        "vows",   "hires",   "fires",  "bans",   "blocks",   "probes"};
    const quoth_token *t = &r->p.t[i];
    if ((t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_ORG_WORD | LEX_FIRST_NAME)) ||
        (quoth_name_classes_at(r, i) & (NAME_MAN | NAME_WOMAN | NAME_PLACE | NAME_DATE | NAME_MONTH)) ||
        (i > 0 && r->p.t[i - 1].sentence == t->sentence && given_name(r, i - 1)))
        return 0;
    return is_small_word(w, t->lower_hash) || quoth_word_in(&r->p, i, VERBS, sizeof VERBS / sizeof *VERBS);
}

/* A headline's capitalized word right before a surname that the article
 * writes after a given name, when the article never writes that word so
 * itself: the headline's verb ("Leaked Emails Show Danforth Aides ...",
 * where "Show Danforth" had been a person, and Roy Danforth's "Danforth"
 * went to him), not a second surname ("Sanders Clinton Spar"). Not a given
 * name, title or body's word, nor a word the entity tagger read as a
 * person's ("― Nell Carden Grey" signing a letter). */
static int headline_word_before_surname(const quoth_resolver *r, size_t i, const doc_words *w) {
    const quoth_token *t = &r->p.t[i];
    if (!w->made || i + 1 >= r->p.n || r->p.t[i + 1].sentence != t->sentence ||
        (t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_ORG_WORD | LEX_FIRST_NAME)) || given_name(r, i) ||
        t->entity == QUOTH_ENT_PERSON || (quoth_name_classes_at(r, i) & (NAME_DATE | NAME_MONTH)))
        return 0;
    return word_set_holds(w, surname_key(r->p.t[i + 1].lower_hash)) && !word_set_holds(w, surname_key(t->lower_hash));
}

/* Whether an apposition of a title follows token `end`: ", the" and a
 * noun phrase that holds a title, then a comma or the sentence's end
 * ("Ban Ki-moon, the secretary general of the United Nations,"); not a
 * clause's subject after an opening phrase ("As reported by Western
 * Journalism, the former secretary of state was made aware"). */
int quoth_title_apposition_at(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end + 2 >= p->n || !quoth_punct_is(p, end, ",") || quoth_coarse(p, end + 1) != CT_DET) return 0;
    size_t sentence_end = quoth_sentence_end(p, end), np_end = quoth_np_right(p, end + 1, sentence_end);
    uint8_t role_noun_only;
    if (!quoth_apposition_role(r, end + 1, np_end, &role_noun_only) || role_noun_only) return 0;
    return np_end >= sentence_end || quoth_punct_is(p, np_end, ",") || quoth_coarse(p, np_end) == CT_PUNCT;
}

/* A sentence's first words, capitalized and read by the tagger as common
 * nouns or adjectives ("Ban Ki-moon", tagged NN NN), before an apposition
 * of a title are a person's name: their end, or i when they are not. Not
 * an opening adverb, conjunction or date ("Instead, the Vermont senator
 * said", "Monday, the senator ..."). */
static size_t name_before_title(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (!(t[i].flags & TOK_SENT_START)) return i;
    size_t j = i;
    while (j < r->p.n && j - i < 3 && (t[j].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           (t[j].coarse == CT_NOUN || t[j].coarse == CT_ADJ || t[j].coarse == CT_PROPN) &&
           !(t[j].lex & (LEX_TITLE | LEX_DETERMINER | LEX_PRONOUN)) &&
           !(quoth_name_classes_at(r, j) & (NAME_DATE | NAME_MONTH | NAME_PLACE)) && t[j].sentence == t[i].sentence)
        j++;
    return j > i && quoth_title_apposition_at(r, j) ? j : i;
}

/* Letters after a name that are no part of it: a barrister's rank, a
 * member of a parliament, an honour ("Hannah Whitfield KC", "Jane Smith
 * MP"; they had been part of the name, and so another speaker). */
/* Turkish "Bey" and "Hanım" (Mr, Mrs) after a given name: "greengrocer
 * Hüseyin Bey", "Fatma Hanım" (each had kept it; the sixty-sixth audit's,
 * and the sixty-second's Left). The length first: most words are longer. */
static int courtesy_after_name(const quoth_resolver *r, size_t i) {
    /* (not "Hanim" without the dotless i: a Malay given name, "Farah Hanim") */
    /* and the sixty-ninth's wrestler "Karabulut Ağa" (a master's title), the
     * seventy-first's Bhutanese lama "Pema Thinley Rinpoche" */
    static const char *const AFTER[] = {"bey", "hanım", "efendi", "ağa", "rinpoche"};
    /* each opens with one of five letters: most words stop here */
    char c = r->text[r->p.t[i].start];
    return r->p.t[i].norm_len >= 3 && r->p.t[i].norm_len <= 8 &&
           (c == 'B' || c == 'H' || c == 'E' || c == 'A' || c == 'R') && (r->p.t[i].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, i, AFTER, sizeof AFTER / sizeof *AFTER);
}

/* "Ing. Markéta Šťastná, Ph.D.", "Dr. Anna Horváthová, CSc.": a degree
 * after a name, set off by its comma (it had been a speaker "Ph.D."; the
 * seventy-second audit's Czech news). */
static int degree_after_name(const quoth_resolver *r, size_t i) {
    static const char *const DEGREES[] = {"ph.d.", "phd", "csc.", "drsc.", "mba", "ll.m."};
    char c = (char)(r->text[r->p.t[i].start] | 0x20);
    return (c == 'p' || c == 'c' || c == 'd' || c == 'm' || c == 'l') && r->p.t[i].norm_len <= 5 && i > 0 &&
           quoth_punct_is(&r->p, i - 1, ",") && quoth_word_in(&r->p, i, DEGREES, sizeof DEGREES / sizeof *DEGREES);
}

int quoth_postnominal(const quoth_resolver *r, size_t i) {
    /* and a Senior Counsel's "SC" (Hong Kong, Ireland, Australia, South
     * Africa: the thirty-fourth audit's "Martin Lo SC" had kept it) */
    static const char *const AFTER[] = {"KC", "QC", "SC",  "MP",  "MEP", "MSP", "MLA",
                                        "TD", "OBE", "MBE", "CBE", "KBE", "DBE",
                                        /* and the forty-sixth's Senior Advocate of Nigeria, "Mr
                                         * Olumide Fashanu SAN" */
                                        "SAN",
                                        /* and an Irish barrister's "BL" ("Aoife Fitzgerald-Kerins BL",
                                         * the fifty-ninth audit's) */
                                        "BL",
                                        /* and wine's Master Sommelier and Master of Wine ("Pierre-Henri
                                         * Maréchal MS", the sixty-second audit's) */
                                        "MS", "MW",
                                        /* and Sri Lanka's President's Counsel ("Ruwan Jayakody PC", the
                                         * sixty-eighth audit's) */
                                        "PC",
                                        /* and India's civil and police services ("Priya Raghunathan IAS", the
                                         * seventieth audit's) */
                                        "IAS", "IPS",
                                        /* and the Isle of Man's Members of the House of Keys and of the
                                         * Legislative Council ("Ross Callister MHK", the ninety-eighth
                                         * audit's), and a Franciscan's "OFM" */
                                        "MHK", "MLC", "OFM"};
    /* asked of every token: most are ruled out by their case, asked
     * first as it is rarely in capitals, where a length is any */
    if (!(r->p.t[i].flags & TOK_ALL_CAPS) || r->p.t[i].norm_len > 3) return 0;
    const char *w = quoth_token_norm(r->p.tl, i);
    for (size_t k = 0; k < sizeof AFTER / sizeof *AFTER; k++)
        if (strcmp(w, AFTER[k]) == 0) return 1;
    return 0;
}

size_t quoth_nickname_at(const quoth_resolver *r, size_t j) {
    const quoth_token *t = r->p.t;
    if (j == 0 || j + 3 >= r->p.n || !(t[j].flags & TOK_QUOTE_OPEN) || !(t[j - 1].flags & TOK_CAPITALIZED)) return 0;
    size_t close = j + 1;
    /* past an article in small letters: Néstor "el Flaco" Pereyra (it had
     * cut the name there; the seventy-third audit's) */
    if (t[close].norm_len <= 3 && j + 4 < r->p.n && (t[close + 1].flags & TOK_CAPITALIZED) &&
        (quoth_word_is(&r->p, close, "el") || quoth_word_is(&r->p, close, "la") ||
         quoth_word_is(&r->p, close, "the")))
        close++;
    while (close < r->p.n && close - j <= QUOTH_NICKNAME_WORDS_MAX &&
           (t[close].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA))
        close++;
    if (close == j + 1 || close + 1 >= r->p.n || !(t[close].flags & TOK_QUOTE_CLOSE) ||
        t[close + 1].sentence != t[j].sentence)
        return 0;
    size_t surname = close + 1;
    return is_name_token(r, surname) ||
                   (t[surname].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA)
               ? surname - j
               : 0;
}

/* "Channel 12", "Radio 4", "France 24", "Local 100": a broadcaster's or a
 * union local's number, which is part of its name ("Channel 12 reported"
 * had been a body "Channel"). */
static int station_number(const quoth_resolver *r, size_t j) {
    static const char *const STATIONS[] = {"channel", "radio", "tv",  "canal", "kanal",
                                           "fox",     "france", "kan", "rai",   "local"};
    const char *w = quoth_token_norm(r->p.tl, j);
    size_t n = r->p.t[j].norm_len;
    /* four digits for a union's local ("Local 1138"; the twenty-fourth
     * audit's had been "United Metalworkers Local") */
    if (j == 0 || n == 0 || n > 4) return 0;
    for (size_t k = 0; k < n; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return quoth_word_in(&r->p, j - 1, STATIONS, sizeof STATIONS / sizeof *STATIONS);
}

/* Whether the words from first to j name an office and no one holding
 * it: they end with a title, and no honorific nor given name is among
 * them ("Attorney General", "Chief Medical Officer"; not "Senator Ada
 * Lind"). */
static int office_before(const quoth_resolver *r, size_t first, size_t j) {
    if (!(r->p.t[j - 1].lex & LEX_TITLE)) return 0;
    for (size_t i = first; i < j; i++)
        if ((r->p.t[i].lex & LEX_HONORIFIC) || given_name(r, i)) return 0;
    return 1;
}

/* "The National Farmers' Union", "the Alzheimer's Society": a possessive
 * at j inside a body's name, before a capitalized word of bodies, after
 * words that name no place and hold no given name, or name an office
 * (office_before(): "the Attorney General's Office"; "Britain's Labour
 * Party" is Labour's, "Hillary Clinton's Foundation" hers). Each had been
 * cut to its last word ("Union", "Society"). */
static int possessive_in_body_name(const quoth_resolver *r, size_t first, size_t j) {
    /* bodies' words the word classes (which the tagger reads) lack */
    static const char *const BODIES[] = {"society", "trust", "club", "hospital", "church", "clinic", "guild",
                                         "federation", "alliance", "collective", "league", "cooperative"};
    const quoth_token *t = r->p.t;
    if (j + 1 >= r->p.n || j == first || t[j].norm_len > 2 || !quoth_possessive(&r->p, j) ||
        t[j + 1].sentence != t[j].sentence ||
        (t[j + 1].flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA))
        return 0;
    if (!(t[j + 1].lex & LEX_ORG_WORD) && !quoth_word_in(&r->p, j + 1, BODIES, sizeof BODIES / sizeof *BODIES))
        return 0;
    quoth_name_run before = {.first = (uint32_t)first, .end = (uint32_t)j};
    /* a saint's name is no person's: "St. Brendan's Hospital" (it had been
     * "Hospital"; the twenty-second audit's) */
    if (quoth_word_is(&r->p, first, "st.") || quoth_word_is(&r->p, first, "saint")) return 1;
    return (!names_person(r, first, j) || office_before(r, first, j)) && !quoth_run_is_place(r, &before) &&
           !(quoth_name_classes_at(r, j - 1) & NAME_PLACE) && !given_name(r, j - 1);
}

/* How many words may stand between a body's "of" or "for" and a group's
 * possessive: "Department for Indigenous Peoples' Affairs". */
#define FIELD_GROUP_WORDS_MAX 3

/* "the Ministry of Veterans' Affairs", "The Department for Indigenous
 * Peoples' Affairs": a portfolio's field after the possessive at j ends a
 * body's name whose "of" or "for" the group's words follow (each had been
 * "Affairs"; the hundred-and-third audit's). */
static int field_after_body_possessive(const quoth_resolver *r, size_t j) {
    if (!(quoth_name_classes_at(r, j + 1) & NAME_PORTFOLIO)) return 0;
    for (size_t k = j - 1; k >= 2 && k + FIELD_GROUP_WORDS_MAX >= j; k--)
        if (quoth_word_is(&r->p, k - 1, "of") || quoth_word_is(&r->p, k - 1, "for")) return body_word(r, k - 2);
    return 0;
}

/* Whether the possessive at j, after a group of people's plural, opens
 * a body's name that ends a few words on ("the Women's Premier Basketball
 * League", "the Farmers' Cooperative Bank"). */
static int group_possessive_at(const quoth_resolver *r, size_t j) {
    static const char *const GROUPS[] = {"men", "women", "children", "boys", "girls", "veterans", "workers",
                                         "farmers", "teachers", "doctors", "nurses", "people", "employers",
                                         "students", "parents", "pensioners", "journalists", "writers",
                                         "players", "growers", "officers", "drivers", "residents", "tenants",
                                         "musicians", "actors", "artists", "fishermen", "miners", "firefighters",
                                         "pilots", "employees", "consumers", "taxpayers", "voters", "owners",
                                         "patients", "victims", "survivors", "mothers", "families", "citizens",
                                         /* the sixty-fourth audit's trade bodies: "the Indian Steel Producers'
                                          * Forum" had been "Forum" */
                                         "producers", "users", "exporters", "importers", "manufacturers",
                                         "retailers", "traders", "shippers", "brewers", "bakers",
                                         /* and the sixty-seventh's "Dockworkers' Union of Nigeria" */
                                         "dockworkers", "dockers", "seafarers", "midwives", "hauliers",
                                         /* and the sixty-eighth's "Hill Country Plantation Companies' Forum" */
                                         "companies", "planters", "brokers", "processors", "smallholders",
                                         /* and the ninetieth's "Durban Ratepayers' Front" */
                                         "ratepayers", "landowners", "shopkeepers", "vendors", "herders",
                                         /* and the ninety-first's "Roraima Prospectors' Movement" and
                                          * "Barpeta Foreigners' Tribunal" */
                                         "prospectors", "foreigners",
                                         /* and the ninety-second's "Kuki-Zo Village Volunteers' Coordination
                                          * Committee", "Hill Legislators' Forum" and "Goa Offshore Gaming
                                          * Operators' Welfare Association" */
                                         "volunteers", "legislators", "operators",
                                         /* and the hundred-and-third's "Department for Indigenous Peoples'
                                          * Affairs" (field_after_body_possessive()) */
                                         "peoples"};
    static const char *const BODIES[] = {"guild", "alliance", "union", "association", "federation", "league",
                                         "cooperative", "society", "trust", "council", "bank", "club", "hospital",
                                         "fund", "network", "forum", "front", "movement", "coalition",
                                         /* "the Barpeta Foreigners' Tribunal" */
                                         "tribunal", "committee"};
    const quoth_token *t = r->p.t;
    if (j == 0 || j + 1 >= r->p.n || t[j].norm_len > 2 || !quoth_possessive(&r->p, j) ||
        t[j + 1].sentence != t[j].sentence || !(t[j + 1].flags & TOK_CAPITALIZED) ||
        !quoth_word_in(&r->p, j - 1, GROUPS, sizeof GROUPS / sizeof *GROUPS))
        return 0;
    if (body_name_follows(r, j, 0, 4, r->p.n, body_word)) return 1;
    if (field_after_body_possessive(r, j)) return 1;
    /* "the Farmers' Cooperative Bank", "the National Farmers' Guild": the
     * tagger reads the words after as an adjective ("Cooperative") or a
     * common noun, and the name had been "Cooperative Bank", or "National
     * Farmers'" without its guild (the twenty-second audit's) */
    for (size_t k = j + 1; k < r->p.n && k <= j + 3 && t[k].sentence == t[j].sentence &&
                           (t[k].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA);
         k++)
        if ((body_word(r, k) || quoth_word_in(&r->p, k, BODIES, sizeof BODIES / sizeof *BODIES)) &&
            (k + 1 >= r->p.n || !(t[k + 1].flags & TOK_CAPITALIZED) || t[k + 1].sentence != t[k].sentence))
            return 1;
    return 0;
}

/* "The Women's Premier Basketball League", "the National Farmers'
 * Guild": a group's possessive one to three words into the run that starts
 * at `first`. The name had lost the group ("Premier Basketball League"). */
static int group_possessive_in_body_name(const quoth_resolver *r, size_t first, size_t j) {
    /* four words before it: "the Hill Country Tea Growers' Forum" (it had
     * been "Forum"; the sixty-eighth audit's) */
    return j > first && j <= first + 4 + (size_t)quoth_word_is(&r->p, first, "the") && group_possessive_at(r, j);
}

/* Whether a known body's name of two words opens at token i, whose
 * first word the tagger read as no name ("Downing Street", "Downing" a
 * verb; "Elections Canada", "Elections" a plural noun). */
static int known_org_opening(const quoth_resolver *r, size_t i) {
    if (!(r->p.t[i].flags & TOK_CAPITALIZED) || i + 1 >= r->p.n || r->p.t[i + 1].sentence != r->p.t[i].sentence ||
        !(r->p.t[i + 1].flags & TOK_CAPITALIZED))
        return 0;
    quoth_name_run two = {.first = (uint32_t)i, .end = (uint32_t)i + 2};
    if (quoth_known_org_of(r, &two)) return 1;
    /* or three: "Reporters Without Borders", "Doctors Without Borders" */
    quoth_name_run three = {.first = (uint32_t)i, .end = (uint32_t)i + 3};
    return i + 2 < r->p.n && (r->p.t[i + 2].flags & TOK_CAPITALIZED) &&
           r->p.t[i + 2].sentence == r->p.t[i].sentence && quoth_known_org_of(r, &three) != NULL;
}

/* A reporter's name in a byline: "(Reporter Chen Xiaoying)" in a
 * dateline, token i the "Reporter", or a paragraph of "By" and names
 * alone ("By Ana Sidell and Tom Reyes") or a picture's credit ("Photo by
 * Huang Wei"), token i the first name word.
 * Where its words end, or i when token i opens none. The
 * reporter had been the person a "he" of the story stood for. */
static size_t byline_name_end(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    /* each credit below follows "-LRB-", "by" or ":": the first letter of
     * the word before, asked first, turns away almost every capital (a
     * test of punctuation or two letters had let a third through, and
     * guessed wrong as often) */
    if (i < 1 || !(t[i].flags & TOK_CAPITALIZED)) return i;
    const uint64_t firsts = 1ull << ('-' - '-') | 1ull << (':' - '-') | 1ull << ('b' - '-'); /* one test of a bit */
    unsigned before = (unsigned)(unsigned char)(quoth_token_norm(r->p.tl, i - 1)[0] | 0x20) - '-';
    if (!((before < 64) & (unsigned)(firsts >> (before & 63)))) return i;
    if (quoth_punct_is(&r->p, i - 1, "-LRB-") &&
        (quoth_word_is(&r->p, i, "reporter") || quoth_word_is(&r->p, i, "correspondent"))) {
        size_t j = i + 1;
        while (j < r->p.n && j - i < 6 && (t[j].flags & TOK_CAPITALIZED)) j++;
        return j > i + 1 && j < r->p.n && quoth_punct_is(&r->p, j, "-RRB-") ? j : i;
    }
    /* a photographer's credit: "Photo by Huang Wei", "Credit: Ana Ruiz" */
    static const char *const PICTURES[] = {"photo", "photos", "photograph", "picture", "pictures", "image",
                                           "images", "video", "illustration", "graphic", "credit"};
    if (i >= 2 && (quoth_word_is(&r->p, i - 1, "by") || quoth_punct_is(&r->p, i - 1, ":")) &&
        quoth_word_in(&r->p, i - 2, PICTURES, sizeof PICTURES / sizeof *PICTURES)) {
        size_t j = i;
        while (j < r->p.n && j - i < 4 && (t[j].flags & TOK_CAPITALIZED) && t[j].sentence == t[i].sentence) j++;
        return j;
    }
    if (!quoth_word_is(&r->p, i - 1, "by") || !(t[i - 1].flags & TOK_PARA_START)) return i;
    size_t j = i;
    while (j < r->p.n && j - i < 12 && !(t[j].flags & TOK_PARA_START) &&
           ((t[j].flags & TOK_CAPITALIZED) || quoth_word_is(&r->p, j, "and") || quoth_punct_is(&r->p, j, ",")))
        j++;
    return j >= r->p.n || (t[j].flags & TOK_PARA_START) ? j : i;
}

/* A verb of saying that opens its sentence before the speaker's name, in
 * the inverted order of features ("Said Margit Olsen, who ...", "Added
 * council engineer Priya Nand:"): the tagger may read the capitalized verb
 * as a name word, and the speaker had been "Said Margit Olsen". */
static int inverted_cue_opening(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    return (t[i].flags & (TOK_SENT_START | TOK_CAPITALIZED)) == (TOK_SENT_START | TOK_CAPITALIZED) &&
           (t[i].lex & LEX_CUE) && (t[i].lex & (LEX_FORM_PAST | LEX_FORM_3SG)) && i + 1 < r->p.n &&
           (t[i + 1].flags & TOK_CAPITALIZED) && t[i + 1].sentence == t[i].sentence;
}

/* Whether "of", "for" or "on" follows the body's word at `first`, before
 * j: the name goes on with the body's field. */
static int joined_after_body(const quoth_resolver *r, size_t first, size_t j) {
    return first + 1 < j && (quoth_word_is(&r->p, first + 1, "of") || quoth_word_is(&r->p, first + 1, "for") ||
                             quoth_word_is(&r->p, first + 1, "on"));
}

/* Whether a body's word at k in [first, j) is followed by "of": the name
 * of a body's field goes on ("Directorate of Border Troops"). */
static int of_after_body(const quoth_resolver *r, size_t first, size_t j) {
    for (size_t k = first; k + 2 < j; k++)
        if (body_word(r, k) && quoth_word_is(&r->p, k + 1, "of")) return 1;
    return 0;
}

/* "the Institute of the Far East Viktor Sazonov", "the Committee on
 * Finance Danylo Sobko": translated news writes an office's body and its
 * holder's name with no comma between. A given name at j, a name word
 * after it, and a body's word joined by "of", "on" or "for" among the
 * run's words [first, j) before it: the person's name starts a run of
 * its own (the director had been the institute). */
static int person_after_body_name(const quoth_resolver *r, size_t first, size_t j) {
    const quoth_token *t = r->p.t;
    if (j < first + 3 || j + 1 >= r->p.n || !(t[j].flags & TOK_CAPITALIZED) || !(t[j].lex & LEX_FIRST_NAME) ||
        t[j + 1].sentence != t[j].sentence || !is_name_token(r, j + 1))
        return 0;
    /* (a field's words between: right after the joiner, a given name is
     * the field's, "the Joint Council for Marine Exploration", which had
     * been cut there; the forty-fourth audit's) */
    for (size_t k = first; k + 2 < j; k++)
        if (body_word(r, k) && (quoth_word_is(&r->p, k + 1, "of") || quoth_word_is(&r->p, k + 1, "on") ||
                                quoth_word_is(&r->p, k + 1, "for")))
            return 1;
    return 0;
}

/* The word before a handle that says what it is ("User @rivercat"). */
static int handle_noun(const quoth_resolver *r, size_t i) {
    static const char *const NOUNS[] = {"user", "account", "handle", "commenter", "poster", "username"};
    return quoth_word_in(&r->p, i, NOUNS, sizeof NOUNS / sizeof *NOUNS);
}

/* "the Department for Environment, Food and Rural Affairs", "The Rail,
 * Tram and Bus Union": a body's name that lists its fields is one run
 * (it had been "Department for Environment" and "Food and Rural Affairs",
 * and the second a person); the end of the one whose run starts at
 * `first` and has come to the comma at `comma`, else `comma`. Not a
 * list of people ("Smith, Jones and Brown LLP" names a firm after them,
 * no one speaks for it as one). */
static size_t field_list_end(const quoth_resolver *r, size_t first, size_t comma) {
    if (!quoth_punct_is(&r->p, comma, ",")) return comma;
    if (quoth_word_is(&r->p, first, "the")) first++;
    size_t end = quoth_field_list_end(&r->p, first, comma);
    return end > comma && !names_person(r, first, end) ? end : comma;
}

/* "National health officials", "Federal investigators": a word of a
 * government's level that opens a sentence before a noun in small letters
 * says whose the noun is, and names no body (they had been bodies
 * "National" and "Federal"; the eighteenth audit's). */
static int level_before_noun(const quoth_resolver *r, size_t i) {
    static const char *const LEVELS[] = {"national", "federal", "central", "regional", "provincial", "municipal",
                                         "international"};
    const quoth_token *t = r->p.t;
    return (t[i].flags & TOK_SENT_START) && i + 1 < r->p.n && t[i + 1].sentence == t[i].sentence &&
           (t[i + 1].flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA &&
           (t[i + 1].coarse == CT_NOUN || t[i + 1].coarse == CT_ADJ) &&
           quoth_word_in(&r->p, i, LEVELS, sizeof LEVELS / sizeof *LEVELS);
}

/* The first token from i on that may open a name, a handle or a new
 * sentence (which the loop below must each see), past the words in small
 * letters before it in one tight loop. */
static size_t past_small_words(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (i >= r->p.n) return i;
    uint32_t sentence = t[i - 1].sentence;
    while (i < r->p.n && t[i].sentence == sentence && !may_open_name(&t[i]) && r->text[t[i].start] != '@' &&
           !brand_in_small_letters(r, i))
        i++;
    return i;
}

/* What quoth_find_name_runs() knows as it walks the tokens: the
 * document's words, and the sentence it is in. */
typedef struct name_scan {
    doc_words words;
    uint32_t sentence;
    /* a headline's line, or the lead-in in capitals that opens a sentence
     * up to lead_in_end */
    int sentence_headline;
    size_t lead_in_end;
    /* the hashes of the words the loop asks of many tokens, made once: in
     * this long function the compiler may leave quoth_word_is()'s hash of
     * a literal to run time, and had made it at every token it asked */
    uint64_t hash_of, hash_for, hash_the;
} name_scan;

/* At the first token of a new sentence: whether it is a headline or opens
 * with a lead-in in capitals, and the document's word sets, made the first
 * time a sentence needs them. 0 or QUOTH_ERR_NOMEM. */
static int enter_sentence(quoth_resolver *r, name_scan *scan, size_t i) {
    doc_words *w = &scan->words;
    uint32_t sentence = scan->sentence = r->p.t[i].sentence;
    scan->sentence_headline = quoth_headline_sentence(r, sentence);
    size_t first = r->p.tl->sent[sentence].first;
    scan->lead_in_end = scan->sentence_headline || !(r->p.t[first].flags & TOK_ALL_CAPS) ? 0 : capitals_lead_in_end(r, first);
    int headline_here = scan->sentence_headline || scan->lead_in_end > i;
    if (!w->made &&
        (headline_here || may_open_sentence_as_name(r, first) || word_opening_group(r, first) ||
         may_open_sentence_as_surname(r, first)) &&
        make_word_sets(r, w))
        return QUOTH_ERR_NOMEM;
    if (headline_here && !w->source_ends && make_source_ends(r, w)) return QUOTH_ERR_NOMEM;
    return 0;
}

/* "@rivercat wrote", "The account @SaveFenwickPool": a social
 * network's handle at i is a name of its own, whatever case it is in,
 * and the word that calls it one ("User", "Account") none */
static int add_handle_run(quoth_resolver *r, size_t i) {
    quoth_speaker_table *st = r->t;
    if (st->n_runs && st->runs[st->n_runs - 1].end == i && st->runs[st->n_runs - 1].first + 1 == i &&
        handle_noun(r, i - 1))
        st->n_runs--; /* "User", a word of its own that the run before had taken for a name */
    return quoth_store_run(r, i, i + 1, i);
}

/* Past the capitalized words at i that are no name, though they look like
 * one: a byline's, an inverted cue's, a postnominal's; i when none. */
static size_t past_name_lookalike(const quoth_resolver *r, size_t i) {
    /* the tests of this session's rules ask a capital first: most
     * tokens have none */
    size_t byline = (r->p.t[i].flags & TOK_CAPITALIZED) ? byline_name_end(r, i) : i;
    if (byline > i) return byline; /* the reporter, whom no "he" stands for */
    if (inverted_cue_opening(r, i)) return i + 1; /* "Said Crewe," is Crewe's */
    if (i > 0 && quoth_postnominal(r, i) && (r->p.t[i - 1].flags & TOK_CAPITALIZED) && !(r->p.t[i].flags & TOK_SENT_START))
        return i + 1; /* no name of its own either */
    return i;
}

/* "Friends of the Bramford Library", "Friends of the Earth": the
 * supporters' society that "Friends" and "of" open (it had been a speaker
 * "Friends"; the twenty-second audit's). */
static int friends_of(const quoth_resolver *r, size_t i, size_t j) {
    if (j != i + 1 || !quoth_word_is(&r->p, i, "friends") || !(r->p.t[i].flags & TOK_CAPITALIZED)) return 0;
    /* not a person's friends: "Friends of Mr. Clinton's who have seen him" */
    size_t name = j + 1 + (j + 2 < r->p.n && quoth_word_is(&r->p, j + 1, "the"));
    return name < r->p.n && !(r->p.t[name].lex & (LEX_HONORIFIC | LEX_TITLE | LEX_FIRST_NAME)) && !given_name(r, name);
}

/* "Friends of the Earth said": the society's name opens its sentence,
 * where the tagger reads "Friends" as a common plural (it had been no
 * one). */
static int friends_of_opening(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    size_t name = i + 2 + (i + 3 < r->p.n && quoth_word_is(&r->p, i + 2, "the"));
    return name < r->p.n && friends_of(r, i, i + 1) && quoth_word_is(&r->p, i + 1, "of") &&
           t[name].sentence == t[i].sentence && (t[name].flags & TOK_CAPITALIZED);
}

/* "Te Rangi Heke", "Te Aomihia Rāwiri-Kahu": Māori's article "Te" opens a
 * name before a capitalized word, where the tagger reads a common noun
 * (each had lost it; the sixtieth audit's). */
static int maori_te(const quoth_resolver *r, size_t i) {
    return r->p.t[i].norm_len == 2 && quoth_word_is(&r->p, i, "te") && i + 1 < r->p.n &&
           (r->p.t[i + 1].flags & TOK_CAPITALIZED) && r->p.t[i + 1].sentence == r->p.t[i].sentence;
}

/* "the All India Tea Exporters' Forum", "The All Japan Judo Federation":
 * a capitalized "All" before a country opens a national body's name (each
 * had lost it; the sixty-eighth audit's). */
/* "Swimming Australia", "Diving Australia", "Cycling South Africa": a
 * sport's gerund before a country is its national body's name (each had
 * been the country; the seventy-second audit's). */
static int sport_before_country(const quoth_resolver *r, size_t i) {
    static const char *const SPORTS[] = {"swimming", "diving", "cycling", "rowing", "sailing", "skiing",
                                         "boxing", "shooting", "climbing", "fencing", "bowling", "curling",
                                         "skating", "canoeing"};
    return r->p.t[i].norm_len >= 6 && quoth_ends_with(&r->p, i, "ing") && i + 1 < r->p.n &&
           (r->p.t[i + 1].flags & TOK_CAPITALIZED) && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
           ((quoth_name_classes_at(r, i + 1) & NAME_PLACE) ||
            (i + 2 < r->p.n && quoth_compass_word(r, i + 1) && (quoth_name_classes_at(r, i + 2) & NAME_PLACE))) &&
           quoth_word_in(&r->p, i, SPORTS, sizeof SPORTS / sizeof *SPORTS);
}

static int all_opening_body(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    /* or before a group's possessive: "The All People's Congress" (the
     * seventy-first audit's had been "Congress") */
    if (t[i].norm_len != 3 || (t[i].flags & TOK_SENT_START) || !quoth_word_is(&r->p, i, "all") || i + 2 >= r->p.n ||
        !((quoth_name_classes_at(r, i + 1) & NAME_PLACE) || quoth_possessive(&r->p, i + 2)) ||
        !(t[i + 1].flags & TOK_CAPITALIZED))
        return 0;
    for (size_t k = i + 2; k < r->p.n && k <= i + 6 && t[k].sentence == t[i].sentence; k++) {
        if (body_word(r, k) && (t[k].flags & TOK_CAPITALIZED)) return 1;
        if (!(t[k].flags & TOK_CAPITALIZED) && !quoth_possessive(&r->p, k)) return 0;
    }
    return 0;
}

/* Whether a comma closes the name words from j, within three of them. */
static int comma_closes_name(const quoth_resolver *r, size_t j) {
    for (size_t k = j; k < r->p.n && k < j + 3 && r->p.t[k].sentence == r->p.t[j].sentence; k++) {
        if (quoth_punct_is(&r->p, k, ",")) return k > j;
        if (!is_name_token(r, k)) return 0;
    }
    return 0;
}

/* Whether the capitalized word at i joins a capital to small letters by
 * a hyphen ("Aldyn-ool", "Seren-oolovich"), the shape of Tuvan names
 * that the tagger reads as adjectives, and a name word follows it in the
 * same sentence: a proper noun, or one word more of the same shape. */
static int hyphened_name_word(const quoth_resolver *r, size_t i, int depth) {
    const quoth_token *t = &r->p.t[i];
    if ((t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        i + 1 >= r->p.n || t[1].sentence != t->sentence)
        return 0;
    const char *w = r->text + t->start, *hyphen = memchr(w, '-', t->end - t->start);
    if (!hyphen || hyphen < w + 2 || hyphen + 1 >= r->text + t->end || hyphen[1] < 'a' || hyphen[1] > 'z')
        return 0;
    /* not a place's compound before a firm's name: "the Hamburg-based
     * Arktis Expeditions", "Lviv-owned", "Soviet-era" */
    size_t rest = (size_t)(r->text + t->end - hyphen - 1);
    if ((rest >= 3 && hyphen[rest - 1] == 'e' && hyphen[rest] == 'd') ||
        (rest == 3 && memcmp(hyphen + 1, "era", 3) == 0))
        return 0;
    return (t[1].coarse == CT_PROPN && is_name_token(r, i + 1)) || (depth == 0 && hyphened_name_word(r, i + 1, 1));
}

/* "Suresh Chand, who farms cane at Varavu,": a given name that the tagger
 * read as an adjective where it opens a sentence, before a proper noun;
 * one no list holds before a comma that opens what describes them ("who",
 * an age, "a"). The name had been "Chand", another Chand's (the
 * sixty-ninth audit's). */
static int given_name_read_as_adjective(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    /* and a listed given name read as a verb by its ending anywhere:
     * "Its president, Tshering Dorji," (it had been "Dorji"; the
     * seventy-first audit's) */
    if ((t[i].flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
        t[i].coarse == CT_VERB && i + 1 < r->p.n && t[i + 1].coarse == CT_PROPN && is_name_token(r, i + 1) &&
        t[i + 1].sentence == t[i].sentence &&
        (given_name(r, i) ||
         /* or one no list holds, set off by commas: "The MPLA's spokesman,
          * Esteves Nzinga Catraio," (it had been "Nzinga Catraio"; the
          * seventy-seventh audit's) */
         (!t[i].lex && i > 0 && quoth_punct_is(&r->p, i - 1, ",") && !(t[i].flags & TOK_SENT_START) &&
          comma_closes_name(r, i + 1))))
        return 1;
    /* an unlisted given name after a form of address, whatever the tagger
     * read it as: "Me Gwénaël Kerjean" (an adjective, and in "Me Gwénaël
     * Kerbrat" a modal verb: it had been "Kerjean"; the ninety-seventh
     * audit's) */
    if (i > 0 && !t[i].lex && (t[i].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
        i + 1 < r->p.n &&
        t[i + 1].coarse == CT_PROPN && t[i + 1].sentence == t[i].sentence && is_name_token(r, i + 1) &&
        (quoth_courtesy_before_name(r, i - 1) || quoth_address_in_its_context(r, i - 1)))
        return 1;
    /* a hyphened given name after a comma or a title inside the sentence:
     * "The head of the district, Baiyr-ool Kombu," and "Deputy Minister
     * Aldyn-ool Seren-oolovich Saaya" (each had been the surname alone;
     * the ninety-sixth audit's) */
    if (i > 0 && !(t[i].flags & TOK_SENT_START) && t[i].coarse != CT_PROPN &&
        (quoth_punct_is(&r->p, i - 1, ",") || (t[i - 1].lex & (LEX_TITLE | LEX_HONORIFIC))) &&
        hyphened_name_word(r, i, 0))
        return 1;
    if ((t[i].flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) !=
            (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA) ||
        t[i].coarse != CT_ADJ || t[i].lex || i + 3 >= r->p.n ||
        (quoth_name_classes_at(r, i) & ~(uint32_t)(NAME_MAN | NAME_WOMAN)) || quoth_nationality_word(&r->p, i) ||
        t[i + 1].coarse != CT_PROPN || !is_name_token(r, i + 1) ||
        (quoth_name_classes_at(r, i + 1) & (NAME_DATE | NAME_MONTH | NAME_PLACE))) /* "Last May, a judge" */
        return 0;
    if (given_name(r, i)) return 1;
    return quoth_punct_is(&r->p, i + 2, ",") &&
           (quoth_word_is(&r->p, i + 3, "who") || (t[i + 3].flags & TOK_DIGIT) || quoth_word_is(&r->p, i + 3, "a") ||
            quoth_word_is(&r->p, i + 3, "an"));
}

/* Whether the word at i opens no name as it stands (the name may still
 * open after common words there, add_name_after_opening()). */
static int opens_no_name(const quoth_resolver *r, const name_scan *scan, size_t i, int headline) {
    const doc_words *w = &scan->words;
    /* the capital asked here, before the call: most tokens have none */
    return (!is_name_token(r, i) && !((r->p.t[i].flags & TOK_CAPITALIZED) && noun_opening_name(r, i)) &&
            !name_opening_sentence(r, i, w) &&
            !known_org_opening(r, i) &&
            !((r->p.t[i].flags & TOK_CAPITALIZED) &&
              (((r->p.t[i].flags & TOK_SENT_START) &&
                (body_name_opening_sentence(r, i) || friends_of_opening(r, i) || (!headline && acronym_opening_sentence(r, i)))) ||
               question_word_opening_name(r, i) || quoth_name_before_age(r, i) || before_legal_form(r, i) ||
               maori_te(r, i) || all_opening_body(r, i) || given_name_read_as_adjective(r, i) ||
               sport_before_country(r, i) ||
               /* "Local 3312 said", "Local" an adjective (it had been no one) */
               (i + 1 < r->p.n && station_number(r, i + 1)) ||
               /* "Mining Watch Vostra said", "Mining" a gerund (it had been "Watch Vostra"); not
                * "Leading Democrats", a party's */
               (quoth_ends_with(&r->p, i, "ing") && i + 1 < r->p.n && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
                (r->p.t[i + 1].flags & TOK_CAPITALIZED) && body_word(r, i + 1) &&
                !quoth_party_of(quoth_token_norm(r->p.tl, i + 1)))))) ||
           quoth_month_after_preposition(r, i) || time_zone_after_clock(r, i) ||
           (headline && (headline_common_word(r, i, w) || headline_word_before_surname(r, i, w)));
}

/* At a word i that opens no name: the runs of a name that common words,
 * a verb or a title open there; *next is where the scan goes on. */
static int add_name_after_opening(quoth_resolver *r, size_t i, int headline, size_t *next) {
    size_t opening = headline ? i : common_words_opening_name(r, i);
    if (opening == i && !headline) opening = verb_opening_body_name(r, i);
    if (opening == i && !headline && (r->p.t[i].flags & TOK_CAPITALIZED)) opening = name_before_title(r, i);
    int rc = opening > i ? quoth_add_runs(r, i, opening) : 0;
    *next = opening > i ? opening : i + 1;
    return rc;
}

/* "First", "Second", "Third", "Fourteenth": an ordinal in words. */
static int ordinal_word(const quoth_resolver *r, size_t i) {
    static const char *const FIRST_ORDINALS[] = {"first", "second", "third"};
    return quoth_ends_with(&r->p, i, "th") ||
           quoth_word_in(&r->p, i, FIRST_ORDINALS, sizeof FIRST_ORDINALS / sizeof *FIRST_ORDINALS);
}

/* "Special Envoy", "High Commissioner": a capitalized adjective at i
 * before a capitalized common noun or a title of the same sentence, which
 * the name goes on to (the tagger reads "Special" as an adjective, and
 * "Office of the Special Envoy" had ended at "Office"). Not before a
 * proper noun: "the Institute of the Far East Viktor Sazonov". */
static int capitalized_adjective_opening(const quoth_resolver *r, size_t i) {
    return i + 1 < r->p.n && capitalized_adjective(r, i) && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
           (quoth_capitalized_noun(r, i + 1) || (r->p.t[i + 1].lex & LEX_TITLE) ||
            (ordinal_word(r, i) && is_name_token(r, i + 1))); /* "for the Fourteenth Circuit" */
}

/* Past the word or words at j that go on the name opened at i (after
 * person_after_body_name() and field_list_end() found it goes on): one
 * word, or the several of "of the Armed Forces", a particle's, a
 * nickname's; 0 when the name ends before j. *verb_next is set when a headline's name
 * ends where a source ends, before its verb. */

/* Whether a body's word ends the capitalized words that follow token j,
 * two at most between: "Climate Network", "Climate Action Network" (the
 * twenty-ninth audit's had been "Action Network"). */
static int body_word_ahead(const quoth_resolver *r, size_t j) {
    for (size_t k = j + 1; k < r->p.n && k <= j + 3 && r->p.t[k].sentence == r->p.t[j].sentence &&
                           (r->p.t[k].flags & TOK_CAPITALIZED);
         k++) {
        if (body_word(r, k)) return 1;
        if (!capitalized_noun_or_gerund(r, k) && !is_name_token(r, k)) return 0;
    }
    return 0;
}

/* Whether the capitalized word at j goes on the name opened at i though
 * it is no name word of its own: a body's word the tagger read as a common
 * noun, an adjective or a gerund. Every test here asks j's capital, so
 * past_name_words() asks it once, before them: most words that end a
 * name have none. */
static int capitalized_word_goes_on(const quoth_resolver *r, size_t i, size_t j) {
    size_t n = r->p.n;
    return adjective_opening_body(r, j) ||
        (quoth_capitalized_noun(r, j) && body_word(r, j)) || /* "Highland Liberation Front", "Front" a noun */
        /* a patronymic that the tagger read as an adjective, between a given name and a surname:
         * "Temir Saryg-oolovich Ondar" (it had been "Ondar"; the ninety-sixth audit's) */
        (j > i && is_name_token(r, j - 1) && hyphened_name_word(r, j, 1)) ||
        /* a word before a company's legal form, whatever the tagger read it as: "Agronutri
         * Fertilizantes S.A." (it had been "Agronutri"; the seventy-sixth audit's) */
        before_legal_form(r, j) ||
        /* a firm's last word read as a plural noun: "Vellamar Sport Events"; or as a gerund,
         * "Calloway Senior Living" */
        (capitalized_noun_or_gerund(r, j) && (quoth_name_classes_at(r, j) & NAME_ORG_HEAD)) ||
        /* the common noun joins_names() let an "of" join: "Illinois Board of Elections"; and the gerund
         * an "on" or "for" joins, "Council on Aging" */
        (quoth_capitalized_noun(r, j) && j >= i + 2 && quoth_word_is(&r->p, j - 1, "of") && body_word(r, j - 2)) ||
        (j >= i + 2 && (quoth_word_is(&r->p, j - 1, "on") || quoth_word_is(&r->p, j - 1, "for")) &&
         (r->p.t[j].flags & TOK_CAPITALIZED) && capitalized_noun_or_gerund(r, j) && body_word(r, j - 2)) ||
        (j >= i + 4 && quoth_word_is(&r->p, j - 1, "and") && quoth_capitalized_noun(r, j) &&
         field_before_and(r, i, j - 1)) ||
        /* and the noun the field's second one modifies: "League for Land and Housing Rights" (it had
         * been "... and Housing"; the fifty-fifth audit's) */
        (j >= i + 5 && quoth_word_is(&r->p, j - 2, "and") && quoth_capitalized_noun(r, j) &&
         (quoth_capitalized_noun(r, j - 1) || is_name_token(r, j - 1)) && field_before_and(r, i, j - 2)) ||
        /* and a field's second noun after it: "Institute for Mountain Climate", "Climate" a noun (it had
         * been "Swiss Institute for Mountain"; the fifty-first audit's) */
        (j >= i + 3 &&
         (quoth_word_is(&r->p, j - 2, "for") || quoth_word_is(&r->p, j - 2, "of") ||
          quoth_word_is(&r->p, j - 2, "on")) &&
         quoth_capitalized_noun(r, j) && is_name_token(r, j - 1) && body_word(r, j - 3)) ||
        /* a field's noun before a body's: "Coastal Climate Network", "Climate" a noun (it had been "Network");
         * or its gerund, "Carrick Bay Running Club" (it had been "Carrick Bay") */
        (capitalized_noun_or_gerund(r, j) && body_word_ahead(r, j)) ||
        (capitalized_adjective(r, j) && quoth_coarse(&r->p, j - 1) == CT_ADP && j + 1 < n &&
         (is_name_token(r, j + 1) || quoth_capitalized_noun(r, j + 1))) || /* "Movement for Democratic Change" */
        (quoth_capitalized_noun(r, j) && j >= i + 2 && capitalized_adjective(r, j - 1) &&
         quoth_coarse(&r->p, j - 2) == CT_ADP) || /* "Brotherhood of Electrical Workers" */
        /* a possessive asked first, as most words follow none */
        (j > i && quoth_possessive(&r->p, j - 1) && quoth_capitalized_noun(r, j) &&
         group_possessive_at(r, j - 1)) || /* "Farmers' Guild", "Guild" a noun */
        /* "Professional Tennis Players' Alliance", "Tennis" a noun */
        (j + 2 < n && quoth_possessive(&r->p, j + 2) && quoth_capitalized_noun(r, j) && group_possessive_at(r, j + 2)) ||
        /* and the group's own word after a nationality's: "Irish Farmers' Association" (it had been
         * "Association"; the fifty-fifth audit's) */
        (j > i && j + 1 < n && quoth_possessive(&r->p, j + 1) && quoth_capitalized_noun(r, j) &&
         group_possessive_at(r, j + 1)) ||
        (j > i + 1 && quoth_possessive(&r->p, j - 1) &&
         possessive_in_body_name(r, i, j - 1)); /* "St. Brendan's Hospital", "Hospital" an adjective */
}

/* "Troops", "Forces", "Guards": a uniformed service's plural, capitalized. */
static int uniformed_plural(const quoth_resolver *r, size_t j) {
    static const char *const PLURALS[] = {"troops", "forces", "guards", "rangers"};
    return (r->p.t[j].flags & TOK_CAPITALIZED) && quoth_word_in(&r->p, j, PLURALS, sizeof PLURALS / sizeof *PLURALS);
}

/* Whether "(Pvt) Ltd" or "(Private) Limited" opens at j. */
static int private_limited_at(const quoth_resolver *r, size_t j) {
    return j + 3 < r->p.n && quoth_punct_is(&r->p, j, "-LRB-") &&
           (quoth_word_is(&r->p, j + 1, "pvt") || quoth_word_is(&r->p, j + 1, "private")) &&
           quoth_punct_is(&r->p, j + 2, "-RRB-") &&
           (quoth_word_is(&r->p, j + 3, "ltd") || quoth_word_is(&r->p, j + 3, "limited"));
}

static size_t past_name_words(const quoth_resolver *r, const name_scan *scan, size_t i, size_t j, int *verb_next) {
    const doc_words *w = &scan->words;
    size_t n = r->p.n;
    size_t particles, nickname;
    if ((scan->sentence_headline || j < scan->lead_in_end) &&
        (headline_common_word(r, j, w) || (*verb_next = source_ends_name(r, i, j - 1, w))))
        return 0;
    if (quoth_postnominal(r, j) || courtesy_after_name(r, j)) return 0;
    /* a Sri Lankan firm's "(Pvt) Ltd": "Mercantile Leaf Brokers (Pvt) Ltd"
     * (it had been "Ltd"; the sixty-eighth audit's) */
    /* a place the tagger read as a common noun after a body's "of":
     * "Federation of University Students of Ecuador", "Union of Consumers of
     * Senegal" (the sixty-ninth and seventieth audits') */
    if (r->p.t[j].norm_len == 2 && j > i && j + 1 < n && quoth_word_is_short(&r->p, j, scan->hash_of, 2) &&
        (r->p.t[j + 1].flags & TOK_CAPITALIZED) && (quoth_name_classes_at(r, j + 1) & NAME_PLACE) &&
        !is_name_token(r, j + 1) && r->p.t[j + 1].sentence == r->p.t[j].sentence && body_word_within(r, i, j))
        return j + 2;
    if (r->text[r->p.t[j].start] == '(' && private_limited_at(r, j)) return j + 4;
    if (j + 1 < n && r->text[r->p.t[j + 1].start] == '(' && (r->p.t[j].flags & TOK_CAPITALIZED) &&
        private_limited_at(r, j + 1))
        return j + 5;
    /* a service's plural before its country's "of": "The Border Troops of
     * Tajikistan" (it had been "Tajikistan"; the sixty-eighth audit's) */
    if (j > i && j + 2 < n && r->p.t[j + 1].norm_len == 2 && quoth_word_is_short(&r->p, j + 1, scan->hash_of, 2) &&
        uniformed_plural(r, j) && (r->p.t[j + 2].flags & TOK_CAPITALIZED) &&
        r->p.t[j + 2].sentence == r->p.t[j].sentence)
        return j + 3;
    /* before the tagger's reading of its letter: "d" of "d/o" is a proper noun to it */
    if (r->p.t[j].norm_len == 1 && son_of_slash(r, j) && quoth_particles_at(r, j) == 3) return j + 3;
    /* "Banco Central de Venezuela", "Corporación Venezolana de
     * Hidrocarburos": a Romance body's particle goes on to the capitalized
     * word after it, a place's too (each had been the place, or the
     * words after the particle; the fifty-second audit's) */
    char c0 = r->text[r->p.t[j].start];
    if (r->p.t[j].norm_len <= 3 && (c0 == 'd' || c0 == 'c') && j + 1 < n && j > i &&
        (quoth_word_is(&r->p, j, "de") || quoth_word_is(&r->p, j, "del") || quoth_word_is(&r->p, j, "do") ||
         quoth_word_is(&r->p, j, "da") || quoth_word_is(&r->p, j, "cha")) &&
        ((r->p.t[j + 1].flags & TOK_CAPITALIZED) || elided_article_word(r, j + 1)) &&
        r->p.t[j + 1].sentence == r->p.t[j].sentence &&
        (quoth_romance_body_head(r, i) ||
         /* or any name's of no person before a place: "Comboios de Portugal",
          * "ANA Aeroportos de Portugal" (each had been "Portugal"; the
          * sixty-fifth audit's) */
         ((quoth_name_classes_at(r, j + 1) & NAME_PLACE) && !names_person(r, i, j))))
        return j + 2;
    /* and its "e", "y", "sobre" or "para" before a capitalized word:
     * "Dirección de Meteorología e Hidrología", "Grupo de Estudios sobre
     * Regulación" (each had been cut there; the seventy-third audit's) */
    if (j > i + 1 && j + 1 < n && r->p.t[j].norm_len <= 5 && !(r->p.t[j].flags & TOK_CAPITALIZED) &&
        (r->p.t[j + 1].flags & TOK_CAPITALIZED) && r->p.t[j + 1].sentence == r->p.t[j].sentence &&
        (quoth_word_is(&r->p, j, "e") || quoth_word_is(&r->p, j, "y") || quoth_word_is(&r->p, j, "sobre") ||
         quoth_word_is(&r->p, j, "para")) &&
        quoth_romance_body_head(r, i))
        return j + 2;
    /* and French "pour" (for), its article, and an elided article glued to
     * a capitalized word: "Mouvement Kanak pour la Souveraineté", "Société
     * d'Aménagement du Portier" (each had been cut there, the words after it
     * a person; the seventy-fifth and seventy-ninth audits') */
    int elided = elided_article_word(r, j);
    int pour = !elided && r->p.t[j].norm_len == 4 && quoth_word_is(&r->p, j, "pour");
    if ((elided || pour) && j > i && j + 1 < n && r->p.t[j + 1].sentence == r->p.t[j].sentence &&
        quoth_romance_body_head(r, i)) {
        if (elided) return j + 1;
        size_t k = j + 1;
        static const char *const ARTICLES[] = {"la", "le", "les"};
        if (k + 1 < n && quoth_word_in(&r->p, k, ARTICLES, sizeof ARTICLES / sizeof *ARTICLES)) k++;
        if ((r->p.t[k].flags & TOK_CAPITALIZED) || elided_article_word(r, k)) return k + 1;
    }
    size_t french = french_body_name_end(r, i, j);
    if (french) return french;
    /* one word that ends the name after "of the" ("... of the Population
     * said"): a long name may go on to it; asked only of "of the" and "for
     * the" */
    int of_the = r->p.t[j].norm_len <= 3 && /* the length first: most words are longer */
                 j + 2 < n &&
                 (quoth_word_is_short(&r->p, j, scan->hash_of, 2) || quoth_word_is_short(&r->p, j, scan->hash_for, 3)) &&
                 quoth_word_is_short(&r->p, j + 1, scan->hash_the, 3);
    int last_word_next = of_the && j + 3 < n && !(r->p.t[j + 3].flags & TOK_CAPITALIZED) &&
                         r->p.t[j + 3].coarse != CT_NOUN && r->p.t[j + 3].coarse != CT_ADP &&
                         r->p.t[j + 3].sentence == r->p.t[j].sentence && !quoth_word_is(&r->p, j + 3, "and");
    if (of_the && j - i + 3 <= (last_word_next ? NAME_WORDS_MAX : 8) &&
        (body_word(r, j - 1) || friends_of(r, i, j) ||
         /* "Court of Appeals for the Ninth Circuit"; not "of the" after any
          * body's word ("the Center of Japanese Studies of the Institute of
          * the Far East Viktor Sazonov" had been "Far East Viktor Sazonov") */
         (quoth_word_is_short(&r->p, j, scan->hash_for, 3) && body_word_within(r, i, j)) ||
         /* or "of the" and one word that ends the name: "Ministry of Labour and
          * Social Protection of the Population" (it had been "Population"; the
          * sixty-eighth audit's) */
         (last_word_next /* not "of the Salvera region" */ && body_word_within(r, i, j)) ||
         /* or "of the" and a state's name: "Academy of Sciences of the Chechen Republic", "Accounts
          * Chamber of the Russian Federation" (each had been the state; the ninety-sixth audit's) */
         (state_name_at(r, j + 2) && body_or_head_within(r, i, j))) &&
        (is_name_token(r, j + 2) || quoth_capitalized_noun(r, j + 2) || capitalized_adjective_opening(r, j + 2) ||
         state_name_at(r, j + 2)) &&
        r->p.t[j - 1].sentence == r->p.t[j + 2].sentence)
        return j + 3; /* "General Command of the Armed Forces", "Department of the Interior",
                       * "Ministry for the Ecological Transition", "Office of the Special Envoy" */
    else if (is_name_token(r, j) || joins_names(r, i, j, n) ||
             ((r->p.t[j].flags & TOK_CAPITALIZED) && capitalized_word_goes_on(r, i, j)))
        return j + 1;
    else if ((particles = quoth_particles_at(r, j)) && j + particles - i < 8)
        /* with the Irish word after "an" that no tag reads as a name ("t-Saoir") */
        return j + particles + (r->p.t[j + particles].inner_capital && irish_an(r, j + particles - 1));
    else if ((nickname = quoth_nickname_at(r, j)) && j + nickname + 1 - i <= 8)
        return j + nickname + 1; /* the surname too, which the tagger may read as a common noun ("Price") */
    else if (station_number(r, j)) return j + 1;
    else if (j + 1 < n && station_number(r, j + 1)) return j + 2; /* "Local 3312", "Local" an adjective */
    else if (j > i && trailing_patronymic(r, j)) return j + 1; /* "Aizada Temirbek kyzy" */
    else if (j > i && j + 2 < n && !is_name_token(r, j) && and_fields_end(r, j) &&
             (quoth_capitalized_noun(r, j - 1) || portfolio_before_title(r, i, j, and_fields_end(r, j) - 1)))
        return and_fields_end(r, j); /* "Forestry and Lands Agency", "Public Service and Administration Minister" */
    else if (possessive_in_body_name(r, i, j) || small_plural_in_body_name(r, i, j) ||
             group_possessive_in_body_name(r, i, j))
        return j + 1;
    else if (j > i + 2 && quoth_capitalized_noun(r, j) && body_word(r, i) && joined_after_body(r, i, j))
        return j + 1; /* "Ministry for the Ecological Transition", "Transition" read as a common noun */
    else if (j > i + 2 && quoth_capitalized_noun(r, j) && is_name_token(r, j - 1) && of_after_body(r, i, j))
        return j + 1; /* "Main Directorate of Border Troops of Tajikistan", "Troops" a plural noun (the
                       * eighteenth audit's: the speaker had been "Tajikistan") */
    else if (j + 1 < n && r->p.t[j + 1].norm_len <= 2 && quoth_capitalized_noun(r, j) &&
             possessive_in_body_name(r, i, j + 1))
        return j + 2;
    return 0;
}

/* The end of the words of the name that opens at i, at most eight; *verb_next
 * as past_name_words() sets it. */
static size_t name_words_end(const quoth_resolver *r, const name_scan *scan, size_t i, int *verb_next) {
    size_t n = r->p.n;
    size_t j = i + 1;
    if (!is_name_token(r, i)) /* past the nouns that open it, as noun_opening_name() found them */
        while (j < n && j - i < NAME_NOUNS_MAX && (quoth_capitalized_noun(r, j) || capitalized_adjective(r, j))) j++;
    while (j < n && j - i < NAME_WORDS_MAX && r->p.t[j].sentence == r->p.t[i].sentence) {
        if (person_after_body_name(r, i, j)) break;
        size_t listed = field_list_end(r, i, j);
        if (listed > j) {
            j = listed;
            break;
        }
        size_t past = past_name_words(r, scan, i, j, verb_next);
        if (!past) break;
        j = past;
    }
    return poll_name_end(r, i, known_org_end(r, i, j));
}

/* The runs of the name that opens at i, cut where a nationality, a
 * headline's verb or a second name says; *next is where the scan goes on. */
static int add_name_at(quoth_resolver *r, const name_scan *scan, size_t i, size_t *next) {
    const doc_words *w = &scan->words;
    size_t n = r->p.n;
    /* the "Bey" after "Hüseyin" that ended his name is no name of its own */
    if ((i > 0 && (r->p.t[i - 1].flags & TOK_CAPITALIZED) && r->p.t[i - 1].sentence == r->p.t[i].sentence &&
         courtesy_after_name(r, i)) ||
        degree_after_name(r, i)) {
        *next = i + 1;
        return 0;
    }
    int verb_next = 0; /* a headline's name cut where a source ends, before its verb */
    /* a sport's gerund the scan passed as a verb ("Swimming South Africa
     * said" opens its sentence) opens the body's name */
    if (i > 0 && (r->p.t[i - 1].flags & TOK_CAPITALIZED) && sport_before_country(r, i - 1)) i--;
    size_t j = name_words_end(r, scan, i, &verb_next);
    /* "the Italian", "the Swede": a person by nationality, no name
     * (it had been a speaker "Italian"; speakers.c reads it as a
     * description of the person the text is about) */
    if (j == i + 1 && i > 0 && quoth_word_is_short(&r->p, i - 1, scan->hash_the, 3) && quoth_nationality_noun(&r->p, i)) {
        *next = j;
        return 0;
    }
    /* "The Finnish businessman": a word of nationality before a common
     * noun only says where the noun is from (it had been a speaker
     * "Finnish") */
    if (j == i + 1 && (quoth_nationality_before_noun(r, i) || level_before_noun(r, i))) {
        *next = j;
        return 0;
    }
    size_t words_end = j; /* past the words after a known body that a headline's name cut off */
    if (scan->sentence_headline) j = known_org_prefix_end(r, i, j);
    if (words_end == j) words_end = 0;
    else words_end = source_end_within(r, words_end, i + 8, w); /* "Washington Post Hit | Piece" */
    /* eight words and more to come: a body, a title and a name in one
     * run ("Council on American-Islamic Relations National Executive
     * Director Nihad Awad"); the name starts a run of its own */
    if ((j - i == NAME_WORDS_MAX && j < n && is_name_token(r, j)) || j - i > 8)
        for (size_t k = j - 1; k > i; k--) {
            /* a listed given name after a body's or an office's words opens
             * the name ("Vice Minister of High Energy Technologies Ramiro
             * Gutiérrez Soliz" had been one body; the sixty-sixth audit's) */
            if (k > i + 2 && given_name(r, k) && !given_name(r, k - 1) && !(r->p.t[k - 1].lex & LEX_TITLE) &&
                (body_word(r, k - 1) || (quoth_name_classes_at(r, k - 1) & NAME_ORG_HEAD))) {
                j = k;
                break;
            }
            if (r->p.t[k].lex & LEX_TITLE) {
                j = k + 1;
                break;
            }
            /* or the last two or three proper nouns after a body's word:
             * "Standing Committee of the National People's Assembly Fei
             * Chongwu" (the sixty-eighth audit's longer runs had kept him in it) */
            if (k > i + 2 && j - k <= 3 && j - k >= 2 && body_word(r, k - 1) && is_name_token(r, k) &&
                !body_word_within(r, k, j)) {
                j = k;
                break;
            }

            /* or before a form of courtesy, which opens the name's run
             * ("Minister of Mines and Minerals Development Honourable Paul
             * Kabaso Mwila"; the sixty-fifth audit's) */
            if (quoth_courtesy_word(r, k) || (r->p.t[k].lex & LEX_HONORIFIC)) {
                j = k;
                break;
            }
        }
    int rc = generic_body_opening(r, i, j) || unknown_word_before_group(r, i, j, w) ? 0 : quoth_add_runs(r, i, j);
    if (rc) return rc;
    /* the word after such a name is the headline's verb, no name of
     * its own ("Glenn Beck | Blasts Drudge": "Blasts" had opened a
     * person "Blasts Drudge"), unless it is a given name */
    size_t after = words_end ? words_end : j;
    *next = verb_next && !given_name(r, after) ? after + 1 : after;
    return 0;
}

int quoth_find_name_runs(quoth_resolver *r) {
    name_scan scan = {.sentence = UINT32_MAX,
                      .hash_of = quoth_short_word_hash("of", 2),
                      .hash_for = quoth_short_word_hash("for", 3),
                      .hash_the = quoth_short_word_hash("the", 3)};
    size_t n = r->p.n;
    for (size_t i = 0; i < n;) {
        if (r->p.t[i].sentence != scan.sentence && enter_sentence(r, &scan, i)) return QUOTH_ERR_NOMEM;
        if (r->text[r->p.t[i].start] == '@' && quoth_handle_at(&r->p, i)) {
            int rc = add_handle_run(r, i);
            if (rc) return rc;
            i++;
            continue;
        }
        /* asked first: most tokens are words in small letters, which open
         * no name; each test below that can open one or stop a run asks a
         * capital, a proper noun's tag or an honorific */
        if (!may_open_name(&r->p.t[i]) && !brand_in_small_letters(r, i)) {
            i = past_small_words(r, i + 1);
            continue;
        }
        int headline = scan.sentence_headline | (i < scan.lead_in_end);
        size_t campaign_end = headline ? i : campaign_name_end(r, i);
        if (campaign_end > i) {
            int rc = quoth_add_runs(r, i, campaign_end);
            if (rc) return rc;
            i = campaign_end;
            continue;
        }
        size_t past = past_name_lookalike(r, i);
        if (past > i) {
            i = past;
            continue;
        }
        int rc = opens_no_name(r, &scan, i, headline) ? add_name_after_opening(r, i, headline, &i)
                                                      : add_name_at(r, &scan, i, &i);
        if (rc) return rc;
    }
    return 0;
}

/* The word classes of the tokens [first, end) read as one name. */
uint32_t quoth_name_classes_of(const quoth_resolver *r, size_t first, size_t end) {
    uint64_t key = r->p.t[first].lower_hash;
    for (size_t i = first + 1; i < end; i++) key = quoth_name_key(key, r->p.t[i].lower_hash);
    return quoth_name_word_classes(r->names, key);
}

/* The canonical name of the known organization of the classes of a name
 * of `words` words (quoth_name_classes_of()), or NULL. */
const char *quoth_known_org_in(uint32_t classes, size_t words) {
    uint32_t known = NAME_KNOWN_ORG(classes);
    return words <= 8 && known ? quoth_known_organization_name(known - 1) : NULL;
}

/* The canonical name of the news outlet or organization the run names
 * ("Washington Post", "the AP", "USA TODAY" in any case), or NULL. */
const char *quoth_known_org_of(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    if (run->end - first > 1 && quoth_word_is(&r->p, first, "the")) first++;
    if (run->end - first > 8) return NULL;
    return quoth_known_org_in(quoth_name_classes_of(r, first, run->end), run->end - first);
}

int quoth_run_is_place(const quoth_resolver *r, const quoth_name_run *run) {
    return (quoth_name_classes_of(r, run->first, run->end) & NAME_PLACE) != 0;
}

int quoth_newspaper_word(const quoth_phrases *p, size_t i) {
    static const char *const PAPERS[] = {"post",     "times",    "journal",  "tribune",  "herald",
                                         "gazette",  "globe",    "chronicle", "inquirer", "sentinel",
                                         "observer", "examiner", "dispatch", "courier",  "telegraph",
                                         "guardian", "register", "bee",
                                         /* the sixteenth audit's "The Morning Ledger called the album ..." */
                                         "ledger", "mirror", "advertiser", "argus", "clarion", "gleaner"};
    return quoth_word_in(p, i, PAPERS, sizeof PAPERS / sizeof *PAPERS);
}
