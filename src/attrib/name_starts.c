/*
 * name_starts.c - where the name among a run of capitalized words starts
 * (quoth_add_runs(), which name_runs.c calls once a run): past the titles,
 * offices, portfolios and honorifics before it, or at its first given
 * name; a headline's run of two names cut in two; the runs stored.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/source_resolve.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/utf8.h"
#include "util/array.h"

/* Whether the noun that describes one person at `first` is no part of
 * the name words to `end`: not a body's name, which a body's word or a
 * "for" or "of" in it tells ("International Tribunal for Sport",
 * "International Brotherhood of Electrical Workers"), nor "International",
 * a footballer's noun but a body's adjective. */
static int person_noun_before_name(const quoth_resolver *r, size_t first, size_t end) {
    if (quoth_word_is(&r->p, first, "international")) return 0;
    for (size_t k = first + 1; k < end; k++)
        if (body_word(r, k) || !(r->p.t[k].flags & TOK_CAPITALIZED)) return 0;
    return 1;
}

/* "Campaigner Dev Patel", "Chef Ana Ruiz", "Undersecretary Lorna
 * Castillo": what a person is, in capitals before a name of two words or
 * more, is no part of it; the first word of the name past such words. */
static size_t past_role_words(const quoth_resolver *r, size_t first, size_t end) {
    if (first + 2 > end) return first; /* each step below leaves two words at least */
    /* "Labour rights group Worker Voice Asia": after a body's noun the
     * name is the body's, whatever words open it (it had been "Voice Asia") */
    if (first > 0 && quoth_organization_noun(&r->p, first - 1) && !(r->p.t[first - 1].flags & TOK_CAPITALIZED))
        return first;
    /* "Chilean Undersecretary Javiera Soto": a nationality before the
     * role is the role's too (the eighteenth audit's; her name had kept
     * both, and "Soto" found no one) */
    if (first + 3 < end && quoth_nationality_word(&r->p, first) && (quoth_name_classes_at(r, first + 1) & NAME_ROLE) &&
        !(r->p.t[first + 1].lex & LEX_ORG_WORD))
        first++;
    /* and a county's or a club's word before it: "Mayo All-Star Peadar
     * Walsh" (it had kept both; the seventy-fifth audit's Gaelic games) */
    if (first + 4 <= end && (r->p.t[first + 1].flags & TOK_CAPITALIZED) &&
        (quoth_name_classes_at(r, first + 1) & NAME_ROLE) && !(r->p.t[first + 1].lex & LEX_ORG_WORD) &&
        !given_name(r, first + 1) && r->p.t[first].coarse == CT_PROPN && !(r->p.t[first].lex & LEX_TITLE) &&
        !body_word(r, end - 1) && !(quoth_name_classes_at(r, end - 1) & NAME_ORG_HEAD))
        first++;
    /* and a noun that describes one person ("Teenager Kaito Arimura", the
     * fifty-second audit's, had kept it), not a given name too */
    while (first + 2 < end && (quoth_name_classes_at(r, first) & (NAME_ROLE | NAME_PERSON_NOUN)) &&
           !(r->p.t[first].lex & LEX_ORG_WORD) && !given_name(r, first) &&
           ((quoth_name_classes_at(r, first) & NAME_ROLE) || person_noun_before_name(r, first, end)))
        first++;
    /* "Welshman Gwilym Pryce", "Dutchwoman Fenna Smit": a national's noun
     * (the thirty-third audit's rally report had kept it); not the words
     * of either sex, given names too ("Scot", "Kiwi") */
    int nation = first + 2 < end ? quoth_nationality_noun(&r->p, first) : 0;
    if (nation == 1 || nation == 2) first++;
    /* a headline's "Cyclist Varga banned for four years": its capitals
     * join the role to a surname alone (it had been "Cyclist Varga") */
    if (first + 2 == end && quoth_headline_line(&r->p, first) && !(r->p.t[first].lex & LEX_ORG_WORD) &&
        (quoth_name_classes_at(r, first) & (NAME_ROLE | NAME_PERSON_NOUN)))
        first++;
    return first;
}

/* North, South, East, West, Central: a district's name after an office. */
int quoth_compass_word(const quoth_resolver *r, size_t i) {
    static const char *const COMPASS[] = {"north", "south", "east", "west", "central"};
    return quoth_word_in(&r->p, i, COMPASS, sizeof COMPASS / sizeof *COMPASS);
}

/* The first given name of the words [first, end) that is not their last
 * word; end - 1 when there is none. A word before a surname's particles
 * is one, listed or not ("Saleh bin Abdullah Al-Otaibi" had been
 * "Abdullah Al-Otaibi", his father's name). */
/* "Mondher Ben Slimane", "Osama Bin Ghalboun": "Ben" or "Bin" between a
 * name's words is the patronymic's particle, no given name "Ben" that
 * opens the name (the forty-fourth audit's governor had been "Ben
 * Slimane", "Mondher" left to his title). */
static int patronymic_particle(const quoth_resolver *r, size_t i, size_t first, size_t end) {
    return i > first && i + 1 < end && (quoth_word_is(&r->p, i, "ben") || quoth_word_is(&r->p, i, "bin")) &&
           !(r->p.t[i - 1].lex & (LEX_TITLE | LEX_HONORIFIC)) && (r->p.t[i - 1].flags & TOK_CAPITALIZED);
}

static int family_name_at(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    /* not "Ban", a Lao village's word too ("Ban Don Sai") */
    return (t->flags & TOK_CAPITALIZED) && quoth_east_asian_family_name(r->text + t->start, t->end - t->start) &&
           !quoth_word_is(&r->p, i, "ban");
}

/* Vietnamese family names, which open a name of three or four words
 * ("Nguyen Duc Thang", "Tran Thi Kim Oanh") whose given names no list
 * holds; written with their marks or, as most English copy does,
 * without. A name table's class (NAME_VIET_FAMILY): "Le", "Do", "Ha" are
 * other words too, so only vietnamese_name_after_office() asks it. */
static const char *const VIETNAMESE_FAMILY[] = {
        "nguyen", "tran",  "le",    "pham",   "hoang", "huynh", "phan",   "vu",    "vo",    "dang",  "bui",
        "do",     "ho",    "ngo",   "duong",  "ly",    "truong", "dinh",  "lam",   "mai",   "trinh", "doan",
        "luong",  "vuong", "ha",    "cao",    "quach", "ta",    "kieu",   "phung", "trieu", "luu",   "nong",
        "dao",    "dam",   "diep",  "tong",   "khuat", "thach", "nguyễn", "trần",  "lê",    "phạm",  "hoàng",
        "huỳnh",  "võ",    "vũ",    "đặng",   "bùi",   "đỗ",    "hồ",     "ngô",   "dương", "lý",    "trương",
        "đinh",   "lâm",   "trịnh", "đoàn",   "lương", "vương", "hà",     "quách", "tạ",    "kiều",  "phùng",
        "triệu",  "lưu",   "đào",   "đàm"};

size_t quoth_vietnamese_family_names(const char *const **list) {
    *list = VIETNAMESE_FAMILY;
    return sizeof VIETNAMESE_FAMILY / sizeof *VIETNAMESE_FAMILY;
}

/* "Chairman of the provincial People's Committee Dinh Van Tung",
 * "Minister of Education and Training Lam Quoc Trung": with no listed
 * given name, a Vietnamese family name three or four words from the end,
 * after a capitalized word, opens the name (each had been "Committee Dinh
 * Van Tung", "Training Lam Quoc Trung"; the fifty-fourth audit's). end - 1
 * when there is none. */
static size_t vietnamese_name_after_office(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t k = end >= first + 5 ? end - 4 : first + 1; k + 3 <= end; k++)
        if ((r->p.t[k].flags & TOK_CAPITALIZED) && (r->p.t[k - 1].flags & TOK_CAPITALIZED) &&
            (quoth_name_classes_at(r, k) & NAME_VIET_FAMILY))
            return k;
    return end - 1;
}

/* "Hamad Al Farsi", "Obaid Sultan Al Dhaheri": the Arabic article that
 * Gulf names write apart, capitalized, before the family name, is no
 * listed given name "Al" (each had been "Al Farsi"; the seventy-sixth
 * audit's Oman and the Emirates). Asked only after a name's first word. */
static int gulf_article(const quoth_resolver *r, size_t i) {
    return r->p.t[i].norm_len == 2 && quoth_word_is(&r->p, i, "al") && (r->p.t[i - 1].flags & TOK_CAPITALIZED);
}

static size_t first_given_name(const quoth_resolver *r, size_t first, size_t end) {
    size_t given = first;
    /* not a place's second word ("South Carolina", "West Virginia") */
    while (given + 1 < end && ((!given_name(r, given) && !quoth_before_particles(r, given)) ||
                               (given > first && (quoth_compass_word(r, given - 1) || gulf_article(r, given)))))
        given++;
    if (patronymic_particle(r, given, first, end)) given--;
    if (given + 1 == end && end >= first + 4) given = vietnamese_name_after_office(r, first, end);
    /* "Tran Thi Kim Oanh": a Vietnamese name's given name "Kim" is listed,
     * its family name opens it (it had been "Kim Oanh") */
    for (size_t k = end >= first + 4 ? end - 4 : first; k < given && k + 3 <= end; k++)
        if ((k == first || (r->p.t[k - 1].flags & TOK_CAPITALIZED)) &&
            (quoth_name_classes_at(r, k) & NAME_VIET_FAMILY)) {
            given = k;
            break;
        }
    /* "Terence Yeo Kim Huat", "Kelvin Ng Boon Seng": a listed given name of
     * two syllables of a Chinese name after its family name opens no name;
     * the family name does, and an English given name before it (each had
     * been "Kim Huat", "Boon Seng"; the fifty-second audit's Singapore) */
    if (given > first && given + 1 < end && family_name_at(r, given - 1)) {
        given--;
        if (given > first && (r->p.t[given - 1].flags & TOK_CAPITALIZED) && given_name(r, given - 1)) given--;
    }
    /* with the initial that opens the name ("L. Paul Bremer", "H. Ross
     * Perot"), not a middle one ("Virgie M. Rollins") */
    const quoth_token *t = r->p.t;
    int opens = given > first && initial(r, given - 1) && given_name(r, given) &&
                (given - 1 == first || (t[given - 2].lex & (LEX_TITLE | LEX_HONORIFIC)) ||
                 !(t[given - 2].flags & TOK_CAPITALIZED));
    return opens ? given - 1 : given;
}

/* "Mr. Prince", "Mr. King", "Ms. Judge": a title that is also a surname,
 * last after an honorific, is the name; "Mr. President" is no one's. So
 * are the commonest of them alone, with no determiner before them ("“...,”
 * King said" of Rep. Peter King, who had been no one; "the King said" is
 * a king; a headline's "Judge blocks ..." is a judge). */
static int surname_after_honorific(const quoth_resolver *r, size_t i, size_t end) {
    static const char *const SURNAMES[] = {"king", "prince", "bishop", "major",
                                           "judge", "pope", "master", "chancellor"};
    enum { BARE_SURNAMES = 4 }; /* the first four */
    if (i + 1 != end) return 0;
    size_t n = sizeof SURNAMES / sizeof *SURNAMES;
    if (i == 0 || !(r->p.t[i - 1].lex & LEX_HONORIFIC)) {
        if (i > 0 && ((r->p.t[i - 1].lex & LEX_DETERMINER) || quoth_coarse(&r->p, i - 1) == CT_POSS ||
                      quoth_coarse(&r->p, i - 1) == CT_ADJ || (r->p.t[i - 1].flags & TOK_CAPITALIZED)))
            return 0;
        n = BARE_SURNAMES;
    }
    return quoth_word_in(&r->p, i, SURNAMES, n);
}

/* Whether the tokens [first, end) hold a capital letter: words all in
 * small letters that the tagger read as a name ("the devil", NNP) are
 * none; "eBay" and "de Blasio" are. */
static int holds_capital(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        const quoth_token *t = &r->p.t[i];
        if (t->flags & (TOK_CAPITALIZED | TOK_ALL_CAPS)) return 1;
        for (uint32_t b = t->start; b < t->end; b++)
            if (r->text[b] >= 'A' && r->text[b] <= 'Z') return 1;
    }
    return 0;
}

/* With a nickname, a name starts at the given name right before it, or
 * at the given name before that one's middle initials or unlisted words: "Marine John "Tig"
 * Tiegen" is John "Tig" Tiegen (the listed "Marine" had made him a woman),
 * "Robert C. "Bobby" Scott" keeps Robert. */
static size_t before_nickname(const quoth_resolver *r, size_t first, size_t end) {
    size_t q = first + 1;
    while (q + 3 < end && !(r->p.t[q].flags & TOK_QUOTE_OPEN)) q++;
    if (q + 3 >= end || !quoth_nickname_at(r, q)) return first;
    size_t start = q - 1;
    while (start > first && initial(r, start)) start--;
    /* and at the words no list holds before one no list holds, given
     * names of a language the lists lack, inside the sentence: "Colonel
     * Jaamac Warsame “Dhoore” Siciid" (it had been "Warsame Siciid"; the
     * ninety-sixth audit's), not "Backbencher Everton “Scrappy” Samuels" */
    if (!given_name(r, start))
        while (start > first && !r->p.t[start - 1].lex && !quoth_name_classes_at(r, start - 1) &&
               (r->p.t[start - 1].flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS | TOK_SENT_START)) ==
                   (TOK_CAPITALIZED | TOK_ALPHA))
            start--;
    return start;
}

/* "Prime Minister", "Foreign Minister", "Vice President": an office's
 * capitals, which end with its title and hold no given name, name no one
 * ("The Prime Minister, Rupert Ashworth-Hale," had been "Prime Minister";
 * a title stands for its holder elsewhere, by its role). */
static int names_office(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const OFFICES[] = {"minister", "president", "secretary", "chancellor", "premier",
                                          "governor", "mayor", "ambassador", "commissioner",
                                          /* "The Chief Financial Officer, Mrs Ifeoma Chukwuemeka-Ladipo,"
                                           * had been a person "Financial Officer" (the fifty-fifth
                                           * audit's) */
                                          "officer"};
    if (!(r->p.t[end - 1].lex & LEX_TITLE)) return 0; /* each office's word is a title: most runs stop here */
    if (end - first > 3 || !quoth_word_in(&r->p, end - 1, OFFICES, sizeof OFFICES / sizeof *OFFICES)) return 0;
    for (size_t i = first; i < end; i++)
        if (given_name(r, i) || (r->p.t[i].lex & LEX_HONORIFIC)) return 0;
    return 1;
}

/* "Minister of Energy (of Ukraine ...)", "Minister of Water and
 * Irrigation, Raed ...", "Minister for Health": a portfolio's title and
 * its object, from the "of" or "for" at `of`, with no given name, no
 * honorific and no word the entity tagger calls a person's, names the
 * office and no one (its last words had been a speaker "Energy", "and
 * Irrigation", whom "the minister" then meant): when its object is one
 * word, holds "and", or the run is followed by "of" or a comma. "Secretary
 * of State Kerry said" still names Kerry. */
static int office_only(const quoth_resolver *r, size_t of, size_t end) {
    /* a portfolio's offices: after "chairman of", "CEO of", "head of" comes
     * a body, which may speak ("the former CEO of Hewlett-Packard") */
    static const char *const PORTFOLIO_OFFICES[] = {"minister", "secretary", "commissioner", "undersecretary"};
    if (!quoth_word_in(&r->p, of - 1, PORTFOLIO_OFFICES, sizeof PORTFOLIO_OFFICES / sizeof *PORTFOLIO_OFFICES))
        return 0;
    size_t words = end - of - 1;
    int joined = 0;
    for (size_t i = of + 1; i < end; i++) {
        if (given_name(r, i) || (r->p.t[i].lex & LEX_HONORIFIC) || r->p.t[i].entity == QUOTH_ENT_PERSON) return 0;
        joined |= quoth_word_is(&r->p, i, "and") || quoth_word_is(&r->p, i, "&");
    }
    if (words == 1 || joined) return 1;
    return end < r->p.n && r->p.t[end].sentence == r->p.t[of].sentence && words <= 3 &&
           (quoth_word_is(&r->p, end, "of") || quoth_punct_is(&r->p, end, ","));
}

/* "The Sunday Lantern", "the Evening Clarion": a day or a time of day
 * between "the" and a newspaper's one word is the paper's first word (each
 * had been "Lantern" alone; the twenty-eighth audit's). Where the run so
 * starts. */
static size_t paper_of_the_day(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const WHEN[] = {"sunday", "saturday", "evening", "morning"};
    if (end != first + 1 || first < 2 || !(r->p.t[first - 1].flags & TOK_CAPITALIZED) ||
        !quoth_word_is(&r->p, first - 2, "the") || r->p.t[first - 2].sentence != r->p.t[first].sentence ||
        !quoth_word_in(&r->p, first - 1, WHEN, sizeof WHEN / sizeof *WHEN))
        return first;
    return first - 1;
}

/* A noun of a business's kind that is no company's name itself (not
 * "Carrier"). */
static int business_noun(const quoth_resolver *r, size_t i) {
    static const char *const KINDS[] = {"housebuilder", "homebuilder", "carmaker", "automaker", "drugmaker",
                                        "chipmaker",    "retailer",    "lender",   "insurer",   "airline",
                                        "miner",        "supermarket", "broadcaster", "publisher"};
    return quoth_word_in(&r->p, i, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* Whether token i is an ordinal in figures: "4th", "11th", "2nd". */
int quoth_ordinal_figure(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start, digits = 0;
    if (!(t->flags & TOK_DIGIT)) return 0;
    while (digits < n && w[digits] >= '0' && w[digits] <= '9') digits++;
    if (digits == 0 || digits > 3 || n != digits + 2) return 0;
    return strncasecmp(w + digits, "th", 2) == 0 || strncasecmp(w + digits, "st", 2) == 0 ||
           strncasecmp(w + digits, "nd", 2) == 0 || strncasecmp(w + digits, "rd", 2) == 0;
}

/* "The 4th U.S. Circuit Court of Appeals", "the 9th Circuit": a court's
 * number opens its name (it had been "U.S. Circuit Court of Appeals" and
 * a man "Circuit"; the thirty-seventh audit's rulings). The run's first
 * token, one earlier when a circuit's or a district's number stands
 * before it. */
static size_t court_number_before(const quoth_resolver *r, size_t first, size_t end) {
    if (first == 0 || !quoth_ordinal_figure(r, first - 1)) return first;
    size_t court = first + 1 < end && quoth_word_is(&r->p, first, "U.S.") ? first + 1 : first;
    return quoth_word_is(&r->p, court, "circuit") || quoth_word_is(&r->p, court, "district") ? first - 1 : first;
}

int quoth_store_run(quoth_resolver *r, size_t first, size_t end, size_t lead) {
    quoth_speaker_table *t = r->t;
    first = paper_of_the_day(r, first, end);
    first = court_number_before(r, first, end);
    /* "Housebuilder Cressly Homes warned": a business's noun that opens
     * the sentence says what the body is, no part of its name (the
     * thirty-first audit's had kept it) */
    if (end >= first + 3 && (r->p.t[first].flags & TOK_SENT_START) && business_noun(r, first)) first++;
    /* nor is "Opposition" before a party's name ("the Opposition GSD",
     * "Opposition Telugu Praja Sena" had kept it; the fifty-seventh and
     * fifty-eighth audits'), unless it names the body alone ("the
     * Opposition Alliance") */
    /* nor "NGO" before the group's name ("the Bangkok-based NGO River
     * Futures Network" had kept it; the sixty-ninth audit's) */
    if (end >= first + 3 && quoth_word_is(&r->p, first, "ngo") && (r->p.t[first].flags & TOK_ALL_CAPS)) first++;
    if (end >= first + 2 && quoth_word_is(&r->p, first, "opposition") &&
        !(end == first + 2 && body_word(r, first + 1)))
        first++;
    if (lead > first) lead = first;
    if (QUOTH_RESERVE(t->runs, t->cap_runs, t->n_runs + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_name_run *run = &t->runs[t->n_runs++];
    run->first = (uint32_t)first;
    run->end = (uint32_t)end;
    run->lead = (uint32_t)lead;
    run->speaker = -1;
    run->how = QUOTH_RESOLVED_NAME;
    run->state = QUOTH_STATE_UNREAD;
    return 0;
}

/* Whether the words [first, end) name a body whatever title they hold: an
 * organization quoth knows, or no given name before a last word of
 * organizations ("Union", "Office", "Motors"). */
static int titled_body(const quoth_resolver *r, size_t first, size_t end) {
    quoth_name_run whole = {.first = (uint32_t)first, .end = (uint32_t)end};
    if (quoth_known_org_of(r, &whole)) return 1;
    /* the body's head may go on with "of": "The Prosecutor's Office of
     * the Republic of Crimea" (it had been no one; the ninety-ninth
     * audit's) */
    size_t head = end - 1;
    for (size_t i = first + 1; i + 1 < end; i++)
        if (quoth_word_is(&r->p, i + 1, "of") && (r->p.t[i].lex & LEX_ORG_WORD) && quoth_possessive(&r->p, i - 1)) {
            head = i;
            break;
        }
    if (!((r->p.t[head].lex & LEX_ORG_WORD) || (quoth_name_classes_at(r, head) & NAME_ORG_HEAD)) ||
        quoth_word_is(&r->p, head, "State") || quoth_word_is(&r->p, head, "House"))
        return 0;
    /* an office is no body: "Secretary of State", "Member of House"; but
     * an office's possessive is ("The Mayor's Office", "the Information
     * Commissioner's Office" had been "'s Office") */
    for (size_t i = first; i < end; i++)
        if (given_name(r, i) ||
            (!(r->p.t[i].flags & TOK_CAPITALIZED) && !(i > first && i + 1 < end && quoth_possessive(&r->p, i)) &&
             !(i > head && (quoth_word_is(&r->p, i, "of") || quoth_word_is(&r->p, i, "the")))))
            return 0;
    return 1;
}

/* A body's name with its title: past a determiner only. */
static int add_titled_body(quoth_resolver *r, size_t first, size_t end) {
    size_t lead = first;
    while (first < end && (r->p.t[first].lex & LEX_DETERMINER)) first++;
    return first < end ? quoth_store_run(r, first, end, lead) : 0;
}

/* Whether token i names a field of a ministry's portfolio ("Planning",
 * "Mineral Resources", "Home Affairs"): one probe of the name table. */
static int portfolio_word(const quoth_resolver *r, size_t i) {
    return (quoth_name_classes_at(r, i) & NAME_PORTFOLIO) != 0;
}

/* "Madam Shu Yaping": an honorific of translated Chinese news that the
 * word classes lack. */
int quoth_madam(const quoth_resolver *r, size_t i) {
    /* and French news's "Mme", "Mlle" (the twenty-ninth audit's "Mme
     * Fontanel" had been a name of its own, not Marie-Claire Fontanel) */
    static const char *const MADAM[] = {"Madam", "Madame", "Mme", "Mme.", "Mlle", "Mlle."};
    return quoth_word_in(&r->p, i, MADAM, sizeof MADAM / sizeof *MADAM);
}

int quoth_monsieur(const quoth_resolver *r, size_t i) {
    /* the first letter asked first: most names open otherwise */
    if (r->text[r->p.t[i].start] != 'M') return 0;
    return (quoth_word_is(&r->p, i, "M.") || quoth_word_is(&r->p, i, "Monsieur")) && i + 1 < r->p.n &&
           (r->p.t[i + 1].flags & TOK_ALPHA) && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
           /* before a given name and a surname, an initial: "M. Dane Waters" of train */
           !(i + 2 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) && (r->p.t[i + 2].flags & TOK_CAPITALIZED) &&
             r->p.t[i + 2].sentence == r->p.t[i].sentence);
}

/* Malaysian honorifics that stand alone before a name; "Sri" and "Seri"
 * follow one ("Datuk Seri", "Tan Sri"). */
static const char *const MALAY_HONORIFICS[] = {"Datuk", "Dato", "Datin", "Tun", "Haji", "Hajjah", "Tengku", "Tunku"};

int quoth_malay_honorific(const quoth_resolver *r, size_t i) {
    return quoth_word_in(&r->p, i, MALAY_HONORIFICS, sizeof MALAY_HONORIFICS / sizeof *MALAY_HONORIFICS);
}

int quoth_sri(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "Sri") || quoth_word_is(&r->p, i, "Seri");
}

/* How many of the words at i, before a name word in [i, end), are
 * Malaysian honorifics ("Datuk Seri Hamzah Ismail", "Tan Sri Azlan",
 * "Toh Puan Aishah") or Singapore's "Madam", no part of the name (it had
 * been "Seri Hamzah Ismail"): 0, 1 or 2. "Tan" and "Toh" are surnames alone, and so "Sri"
 * and "Seri" are honorifics only after another. */
static size_t malay_honorifics_at(const quoth_resolver *r, size_t i, size_t end) {
    static const char *const BEFORE_SRI[] = {"Tan", "Puan"};
    /* every honorific has three to six letters and opens with one of six:
     * most runs stop here */
    char c = (char)(quoth_token_norm(r->p.tl, i)[0] | 0x20);
    size_t len = r->p.t[i].norm_len;
    if (i + 1 >= end || len < 3 || len > 6 || (c != 'd' && c != 't' && c != 'h' && c != 'm' && c != 'p' && c != 's'))
        return 0;
    int before_sri = quoth_word_in(&r->p, i, BEFORE_SRI, sizeof BEFORE_SRI / sizeof *BEFORE_SRI);
    if (quoth_sri(r, i) && i > 0 && (quoth_malay_honorific(r, i - 1) || quoth_madam(r, i - 1) ||
                               quoth_word_in(&r->p, i - 1, BEFORE_SRI, sizeof BEFORE_SRI / sizeof *BEFORE_SRI)))
        return 1; /* the first honorific read as a role before it */
    if (quoth_malay_honorific(r, i) || quoth_madam(r, i)) return i + 2 < end && quoth_sri(r, i + 1) ? 2 : 1;
    if (i + 2 < end && (before_sri || quoth_word_is(&r->p, i, "Toh")) && (quoth_sri(r, i + 1) || quoth_word_is(&r->p, i + 1, "Puan")))
        return 2;
    return 0;
}

/* Whether a run at `first` goes on with a portfolio begun before it, cut
 * at a joiner: "... Planning and | Investment Nguyen Thi Lan", "Minister
 * of Energy, | Industry". */
/* A capitalized title's "of the" right before `first` ("Head of the"). */
static int title_of_the_before(const quoth_resolver *r, size_t first) {
    return first >= 3 && quoth_word_is(&r->p, first - 1, "the") && quoth_word_is(&r->p, first - 2, "of") &&
           (r->p.t[first - 3].lex & LEX_TITLE) && (r->p.t[first - 3].flags & TOK_CAPITALIZED);
}

/* A title's "of the" ("Deputy Prosecutor of the") or "for" ("senator
 * for") right before `first`: what follows may be a place's name before
 * the holder's. */
static int title_of_place_before(const quoth_resolver *r, size_t first) {
    return title_of_the_before(r, first) ||
           (first >= 2 && quoth_word_is(&r->p, first - 1, "for") && (r->p.t[first - 2].lex & LEX_TITLE));
}

static int portfolio_before(const quoth_resolver *r, size_t first) {
    /* "of the": "Head of the Republic Temir Ondar" (it had been "Republic
     * Temir Ondar"; the ninety-sixth audit's) */
    if (title_of_the_before(r, first)) return 1;
    /* "of" or "for": "State Minister for Foreign Affairs Tsehay Wolde" (the
     * eighteenth audit's had been "Foreign Affairs Tsehay Wolde") */
    return first >= 2 && r->p.t[first - 1].norm_len <= 3 && /* each word asked has three letters at most */
           (joiner(r, first - 1) || quoth_word_is(&r->p, first - 1, "of") || quoth_word_is(&r->p, first - 1, "for")) &&
           (portfolio_word(r, first - 2) || (r->p.t[first - 2].lex & LEX_TITLE));
}

/* Where a person's name starts after a minister's portfolio written
 * before it with no comma, as wire copy translates it ("Deputy Minister
 * of Planning and Investment Nguyen Thi Lan", "Spokesperson of the
 * Ministry of Commerce Madam Shu Yaping", or a source the tagger began
 * inside one: "Industry and Mineral Resources Abdulaziz Al-Mansouri"):
 * past the fields, their joiners and an honorific, when a name of words
 * that are no fields is left. `first` when there is none: a portfolio
 * with no joiner may be a body's own name ("Energy Transfer Partners"). */
size_t quoth_past_portfolio(const quoth_resolver *r, size_t first, size_t end) {
    if (end < first + 2) return first; /* a field and a name: two words at least */
    size_t k = first, fields = 0, joined = 0;
    for (size_t i = first; i + 1 < end; i++) /* a title and its "of" open the portfolio */
        if ((r->p.t[i].lex & LEX_TITLE) && (quoth_word_is(&r->p, i + 1, "of") || quoth_word_is(&r->p, i + 1, "for"))) {
            k = i + 2;
            joined = 1;
        }
    if (k == first && !portfolio_word(r, first) && !title_of_place_before(r, first)) return first;
    /* a field that opens the run belongs to a title before it ("Minister
     * of | Energy Oleksandr Hrytsenko"), or to a name that an honorific or
     * a given name opens or a proper noun ends ("Ministry of Commerce Madam
     * Shu Yaping", "... Lin Qiaoyun"); else "The Ministry of Ecological
     * Transition", its last word a common noun, is a body (it had been a
     * man "Ecological Transition") */
    int before = portfolio_before(r, first), field_first = k == first;
    joined |= before;
    for (; k < end; k++) {
        if (portfolio_word(r, k)) fields++;
        else if (joiner(r, k) || quoth_word_is(&r->p, k, "of") || quoth_word_is(&r->p, k, "the") ||
                 quoth_word_is(&r->p, k, "for"))
            joined = 1;
        else break;
    }
    /* after a title's "of the" or "for", a place or a body no list holds
     * goes on to where a listed given name opens a name of two words or
     * more: "Deputy Prosecutor of the Komi Republic Artyom Valeryevich
     * Zhilin", "Greens senator for Queensland Bridie Callaghan" (each had
     * kept the place; the hundred-and-third audit's) */
    if (!fields && k < end && title_of_place_before(r, k)) {
        size_t given = first_given_name(r, k + 1, end);
        /* or a given name no list holds before a patronymic ("Artyom
         * Valeryevich") */
        for (size_t i = k + 2; i + 1 < end && !given_name(r, given); i++)
            if (quoth_russian_patronymic(r, i)) given = i - 1;
        /* a body's name goes on past a given name: "a spokesman for St.
         * Brendan's Hospital" */
        for (size_t i = given; i < end; i++)
            if ((r->p.t[i].lex & LEX_ORG_WORD) || body_word(r, i) || quoth_possessive(&r->p, i)) return first;
        return given + 1 < end && (given_name(r, given) || quoth_russian_patronymic(r, given + 1)) ? given : first;
    }
    size_t honorifics = k;
    /* and a title after the fields: "Labour and Social Security Minister
     * Vedat Kaya" (it had been "Minister Vedat Kaya"; the thirty-eighth
     * audit's) */
    while (k < end && ((r->p.t[k].lex & (LEX_HONORIFIC | LEX_TITLE)) || quoth_madam(r, k))) k++;
    /* and Malaysian honorifics: "Inspector-General of Police Tan Sri Harun
     * Mat Daud" (it had kept "Tan Sri"; the fifty-fourth audit's) */
    if (k < end) k += malay_honorifics_at(r, k, end);
    while (k + 1 < end && quoth_courtesy_before_name(r, k)) k++; /* "... Employment Begum Nazma Parvin" */
    /* a name of two words, or of one after an honorific or a given name */
    int one_word = k < end && (k > honorifics || given_name(r, k));
    if (!fields || !joined || k >= end || (k + 1 == end && !one_word)) return first;
    if (field_first && !before && !one_word && quoth_coarse(&r->p, end - 1) != CT_PROPN) return first;
    /* "The Ministry of Emergency Situations": the body's word alone, with
     * no field of a portfolio after it, names the body, unless an
     * honorific or a given name opens a person's name (it had been a
     * person "Emergency Situations"; the twenty-first audit's); and so
     * does one whose list of fields goes on after its "and" with words no
     * list holds ("Ministry of Employment and Poverty Reduction" had been
     * "Poverty Reduction", once "Employment" was a field) */
    if (field_first && !before && (r->p.t[first].lex & LEX_ORG_WORD) && k == honorifics &&
        (fields == 1 || quoth_word_is(&r->p, k - 1, "and")) /* its list's last field no list holds */ &&
        !given_name(r, first_given_name(r, k, end)))
        return first;
    for (size_t i = k; i < end; i++)
        if (portfolio_word(r, i) || (r->p.t[i].lex & LEX_ORG_WORD) ||
            /* no person's name goes on with "of the": "Ministry of Labour and
             * Social | Protection of the Population" (the sixty-eighth audit's) */
            (i > k && (quoth_word_is(&r->p, i, "of") || quoth_word_is(&r->p, i, "for") ||
                       /* nor with "and": "Ministry of Agriculture, | Nature and Food Quality" */
                       quoth_word_is(&r->p, i, "and"))))
            return first;
    /* a field no list holds ends the portfolio where a given name opens
     * the name ("Minister of Agriculture and Food Ivan Ivanovich Krutoy") */
    size_t given = first_given_name(r, k, end);
    /* but after a listed field, a word no list holds before a given name
     * and a surname is the first given name: "Minister of Trade and
     * Industry Akissi Danielle Yao-Kouamé" (it had been "Danielle
     * Yao-Kouamé"; the seventy-fifth audit's) */
    if (given == k + 1 && end >= k + 3 && portfolio_word(r, k - 1) && !r->p.t[k].lex &&
        (r->p.t[k].flags & TOK_CAPITALIZED) &&
        r->text[r->p.t[k].end - 1] != 's' /* a field in the plural: "Social Conflicts Rosa Elvira Quispe" */)
        return k;
    return given + 1 < end && (given_name(r, given) || (quoth_name_classes_at(r, given) & NAME_VIET_FAMILY)) ? given
                                                                                                               : k;
}

/* Whether the words from first to end are only fields of a portfolio
 * begun before them ("Minister of Energy, | Industry | and Mineral
 * Resources"): no name (the source the tagger began at "Industry" had
 * been the body "Industry"). */
static int inside_portfolio(const quoth_resolver *r, size_t first, size_t end) {
    if (!portfolio_before(r, first)) return 0;
    for (size_t i = first; i < end; i++)
        if (!portfolio_word(r, i)) return 0;
    return 1;
}

/* The nouns of institutions that open bodies' names in Spanish,
 * Portuguese, Italian and French. */
static const char *const ROMANCE_HEADS[] = {
        "confederación", "confederacion", "confederação", "confederazione", "confédération", "unión", "union",
        "união", "unione", "asociación", "asociacion", "associação", "associazione", "federación", "federacion",
        "federação", "federazione", "fédération", "partido", "partito", "parti", "frente", "fronte", "front",
        "movimiento", "movimento", "mouvement", "consejo", "conselho", "consiglio", "conseil", "instituto",
        "istituto", "institut", "sindicato", "syndicat", "cámara", "camara", "câmara", "camera", "chambre",
        "comisión", "comision", "comissão", "commissione", "comité", "comite", "comitato", "fundación",
        "fundacion", "fundação", "fondazione", "banco", "banque", "universidad", "universidade", "università",
        "université", "ministerio", "ministério", "ministero", "ministère", "secretaría", "secretaria",
        "tribunal", "tribunale", "corte", "cour", "congreso", "congresso", "rassemblement", "centro", "centre",
        "agencia", "agência", "agenzia", "agence", "servicio", "serviço", "servizio", "service", "oficina",
        "dirección", "direccion", "direção", "direzione", "direction", "organización", "organizacion",
        "organização", "organizzazione", "organisation",
        /* the forty-third audit's "Observatorio Ciudadano de Derechos Humanos" had lost its first word */
        "observatorio", "observatório", "osservatorio", "observatoire",
        /* the fifty-second's "Corporación Venezolana de Hidrocarburos" */
        "corporación", "corporacion", "corporação", "empresa", "compañía", "companhia", "colegio", "colégio",
        /* the fifty-seventh's "Société Maritime des Îles de la Lune", "Office National de Prévention et de
         * Gestion des Catastrophes", "Maison Verdier" (a firm "he" had stood for) */
        "société", "societe", "sociedad", "sociedade", "società", "compagnie", "groupe", "grupo", "gruppo",
        "office", "maison",
        /* the sixty-fourth's "Ligue Nationale de Handball" had lost its first word */
        "ligue", "liga", "lega",
        /* and Swahili's "Chama cha Umoja" (a party; the sixty-eighth audit's had been "Umoja") */
        "chama",
        /* the seventy-third's "Administración Nacional de Puertos", "Hospital Regional de Santa Rosa" */
        "administración", "administracion", "administração", "hospital",
        /* the seventy-ninth's Catalan "Observatori de l'Habitatge", "Associació de Bancs Andorrans" */
        "observatori", "associació",
        /* and the seventy-fifth's French "Alliance Togolaise pour l'Alternance" */
        "alliance",
        /* the eighty-second's "Fórum Nacional de Proteção Animal", "Gremio Bananero del Caribe" and
         * "Groupement Ivoirien des Exportateurs de Fruits" had lost their first words */
        "fórum", "gremio", "groupement"};

int quoth_romance_body_head(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].flags & TOK_CAPITALIZED) &&
           (quoth_name_classes_at(r, i) & NAME_ROMANCE_HEAD);
}

size_t quoth_romance_heads(const char *const **list) {
    *list = ROMANCE_HEADS;
    return sizeof ROMANCE_HEADS / sizeof *ROMANCE_HEADS;
}

/* Whether the name words [first, end) are a body's name in Spanish,
 * Portuguese, Italian or French: a noun of institutions first and one of
 * those languages' particles inside ("Confederación General de
 * Trabajadores", "Unión Nacional de Agricultores", "Partido dos
 * Trabalhadores"). Its titles ("General") and particles are no person's
 * (the fourteenth audit's had been "de Trabajadores", a person). */
int quoth_romance_body_name(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const PARTICLES[] = {"de", "del", "do", "da", "dos", "das", "des", "du", "di", "della",
                                            "dei", "degli", "delle", "la", "las", "los", "et", "y", "e", "cha"};
    /* or an article: "La Voz del Pacífico", "El Diario de Hoy" (the
     * eighteenth audit's newspaper had lost its "La") */
    static const char *const ARTICLES[] = {"la", "el", "los", "las", "il", "lo", "le", "les"};
    if (end < first + 3) return 0;
    /* the particle asked before the long list of heads: most names hold
     * none, and their words are capitalized */
    size_t i = first + 1;
    while (i + 1 < end && ((r->p.t[i].flags & TOK_CAPITALIZED) ||
                           !quoth_word_in(&r->p, i, PARTICLES, sizeof PARTICLES / sizeof *PARTICLES)))
        i++;
    return i + 1 < end && ((quoth_name_classes_at(r, first) & NAME_ROMANCE_HEAD) ||
                           ((r->p.t[first].flags & TOK_CAPITALIZED) &&
                            quoth_word_in(&r->p, first, ARTICLES, sizeof ARTICLES / sizeof *ARTICLES)));
}

/* Forms of courtesy or descent that no role holds: "Seyed Mojtaba
 * Hosseini-Rad" (the twenty-ninth audit's had kept it), a French lawyer's
 * "Maître Grégoire Lenoir-Saint-Clair", Southeast Asia's "Ibu Endang",
 * "Mbah Karto", "Datu Hashim Sumagayan", "Cikgu Norliza", "Khun Somchai"
 * (not "Bu", "Pak" or "Bai", surnames too), the thirty-first audit's
 * Caribbean "the Honourable Shervon Ragbir", the thirty-third's Pacific
 * "Iroij Jebro Latdrik" (a Marshallese chief) and "Papa Tere Moeroa" (a
 * Cook Islands elder), the thirty-fifth's Kenyan "Mzee" (an elder). */
static const char *const COURTESIES[] = {"seyed", "seyyed", "sayyid", "maître",     "maitre",    "ibu",
                                         "bapak", "mbah",   "datu",   "cikgu",      "khun",      "hadji",
                                         "aling", "iroij",  "papa",   "honourable", "honorable", "mzee",
                                         /* Nigerian news's "Otunba Rotimi Sodeke-Alli", "Comrade Ifeanyi
                                          * Okafor-Nwosu", "Igwe Nnaemeka Okafor-Agu" (the thirty-seventh
                                          * audit's had kept them in the name) */
                                         "otunba", "comrade", "igwe",
                                         /* the thirty-eighth's Filipino "Ka Berting Olaguer", an elder or a
                                          * comrade */
                                         "ka",
                                         /* and the fortieth's Mexican "Doña Eulalia Coyote" (not "Don", a
                                          * given name as often) */
                                         "doña",
                                         /* the forty-first's Pakistani clerics and scholars: "Maulana Fazal
                                          * Rabbani", "Allama Sajid Hussain Turabi" */
                                         "maulana", "allama", "maulvi",
                                         /* and the forty-second's Indonesian "Regent Haji Zulkifli Noor" (one
                                          * who made the pilgrimage) */
                                         "haji",
                                         /* its Spanish "Señor Garrido", and South Africa's "Inkosi Zwelibanzi
                                          * Matiwane" (a chief) and "Adv Thabo Mokoena" (an advocate) */
                                         "señor", "señora", "inkosi", "adv", "adv.",
                                         /* the forty-third's Cambodian "Samdech Chhim Sarun" (a lord) and
                                          * Malaysian "Datuk Dr Kamal Hashim" (a state's honour) */
                                         "samdech", "datuk", "dato", "datin",
                                         /* the forty-fifth's Bangladeshi "Begum Tahmina Rahman" (not
                                          * "Rahima Begum", whose surname it is), Mozambican "Padre João
                                          * Baptista Muiuane", Italian "the Contessa Gianna Ferrabosco",
                                          * Zimbabwean "Cde" (comrade) and Nama "Gaob" (a king) */
                                         "begum", "padre", "contessa", "cde", "gaob",
                                         /* the forty-sixth's Pacific elders: "Uncle Tavita Moa", "Aunty
                                          * Seru Kaleo" */
                                         "uncle", "aunty", "auntie",
                                         /* and the forty-seventh's Tennessee magistrate, "Squire Bobby Joe
                                          * Tillman" (not "Sardar" nor "Malam", which readers of Pakistani and
                                          * Guinean news kept as a name's first word) */
                                         "squire",
                                         /* the forty-eighth's Egyptian and Sudanese "Hagg Saber Mitwalli", "Hajja
                                          * Zeinab Adam Issa" (who made the pilgrimage), "Ustaz Hashim
                                          * Abdelrahim Bella" (a teacher), "Omda Mustafa Karrar Osheik" (a
                                          * village head), "Counsellor Medhat el-Ghoneimy" (a judge's rank),
                                          * and Central Africa's clergy, "Monseigneur Anatole Gbazo-Kpana",
                                          * "Abbé Fulbert Zanga" (not "Hajj", which opens bodies' names, nor
                                          * "Nazir", a given name as often) */
                                         "hagg", "hajja", "hajjah", "ustaz", "ustadh", "omda", "counsellor",
                                         "monseigneur", "mgr", "abbé",
                                         /* and the forty-ninth's Bhutanese "Lyonpo Kinley Rabgay" (a
                                          * minister), "Dasho" (a lord), "Aum" (madam), "Lopen" (a teacher),
                                          * Sri Lanka's "the Venerable ... Thero", Egypt's "Haj" */
                                         "lyonpo", "dasho", "aum", "lopen", "venerable", "haj",
                                         /* the fiftieth's Afghan clerics: "Mawlawi Nematullah Zarif", "Qari
                                          * Yousuf Hamdard", "Mullah Hayatullah Akhund" (a scholar, a reciter
                                          * of the Koran, a cleric) */
                                         "mawlawi", "mawlana", "qari", "mullah", "mulla",
                                         /* Bangladesh's "Alhaj" (who made the pilgrimage), Latin America's
                                          * "Monseñor" (a bishop), South Africa's "Gogo" (a grandmother) */
                                         "alhaj", "monseñor", "gogo",
                                         /* the fifty-first's Somali "Ugaas Abdullahi Hirsi Galayr" (a clan's
                                          * sultan), "Aw Jaamac Nuur Ibraahim" (a religious elder), and Māori
                                          * "Matua Rewi Tautahi", "Whaea Mere" (uncle, aunt: elders) */
                                         "ugaas", "garaad", "aw", "matua", "whaea",
                                         /* and the fifty-second's Malay "Encik Zulkifli Mohd Yusof", "Cik
                                          * Nur Aisyah Kamal", "Puan Rosnah" (Mr, Miss, Mrs) */
                                         "encik", "cik", "puan",
                                         /* and Lebanon's "Sayyed Mahdi Charafeddine" (a descendant of the
                                          * Prophet, written so there) */
                                         "sayyed",
                                         /* the fifty-fourth's Ethiopian "Ato Mesfin Gebremedhin", "Woizero
                                          * Beletu Hailu" (Mr, Mrs), "Memhir" (a teacher), Malay "Hajah" (who
                                          * made the pilgrimage) and "Ir" (an engineer: "Datuk Sri Ir Chong
                                          * Wai Keat") */
                                         "ato", "woizero", "weizero", "memhir", "hajah", "ir", "ir.",
                                         /* the fifty-fifth's Cambodian "Oknha Srun Vichea" (a tycoon's
                                          * honour) and "Lok Chumteav" (Madam) */
                                         "oknha", "chumteav",
                                         /* and Māori "Kaumātua", "Kuia" (elders) */
                                         "kaumātua", "kaumatua", "kuia",
                                         /* the fifty-seventh's Kurdish "Mamosta Darbaz Jalal" (a teacher),
                                          * "Heval Rojda" (comrade), "Pir Khidir Qasim" (a Yazidi cleric),
                                          * Turkish "Hacı", "Başkan" (a mayor's, a governor's), Sudanese
                                          * "Ustaza" (a teacher), Filipino "Kapitan", "Mang" (a barangay
                                          * captain; mister), French "Pasteur", "Professeur", "Père",
                                          * Comorian "Cadi" (a judge): each had been kept in the name (not
                                          * "Kak", "Mam", "Mama" nor "Pandit", which readers of Malay,
                                          * Khmer, Kenyan and Indian news kept as the name's first word) */
                                         "mamosta", "heval", "pir", "hacı", "haci", "başkan",
                                         "ustaza", "kapitan", "mang", "pasteur", "professeur", "père", "cadi",
                                         /* and the fifty-eighth's Maltese "Perit" (an architect) and "Dun"
                                          * (a priest), Haitian "Oungan" (a Vodou priest), Hausa "Hajiya",
                                          * and an engineer's "Eng." and "Ing." */
                                         "perit", "dun", "oungan", "hajiya", "eng", "eng.", "ing", "ing.",
                                         /* and Tamil "Thiru", "Tmt." (Mr, Mrs) and "Brahmasri" (a priest's) */
                                         "thiru", "tmt", "tmt.", "brahmasri",
                                         /* the fifty-ninth's Hawaiian "Kumu" (a teacher of hula) and "Kahu"
                                          * (a pastor) */
                                         "kumu", "kahu",
                                         /* and the sixtieth's Māori "Tumuaki" (a principal), "Koro" (an
                                          * elder) and "Tā" (Sir) */
                                         "tumuaki", "koro", "tā",
                                         /* and a conductor's "Maestro", a singer's "Kammersängerin" and
                                          * "Kammersänger", a Ghanaian pastor's "Prophet" */
                                         "maestro", "kammersängerin", "kammersänger", "prophet",
                                         /* and the sixty-first's Ewe "Togbe" (a chief) and Akan "Opanyin"
                                          * (an elder) */
                                         "togbe", "opanyin",
                                         /* and Timorese "Dom" (a bishop's), "Maun" (brother), "Sr." and "Sra."
                                          * (Senhor, Senhora), and Malay "Penghulu" (a headman) */
                                         "dom", "maun", "sr.", "sra.", "penghulu",
                                         /* and the sixty-second's Italian "Cavaliere" and "Marchese" and
                                          * Georgian "Batono" (Mr) */
                                         "cavaliere", "marchese", "batono",
                                         /* and Fijian chiefs' "Ratu", "Adi" and "Ro" */
                                         "ratu", "adi", "ro",
                                         /* the sixty-third's Puerto Rican "Dra." (a woman doctor), "Lcda."
                                          * and "Lcdo." (a lawyer) and a nun's "Sor" (Sister) */
                                         "dra.", "lcda.", "lcdo.", "sor",
                                         /* and Cameroonian rulers' and notables' "Fon", "Shey",
                                          * "Mafor" (a queen mother), "Alhadji", "Mal" (Mallam), "Pa" (an
                                          * elder) and the bar's "Bâtonnier" */
                                         "fon", "shey", "mafor", "alhadji", "mal", "pa", "bâtonnier",
                                         "batonnier",
                                         /* and Indian courts' "Dalal's lawyer, Advocate Manpreet Singh
                                          * Virk," which had been a body (not "Sardar", a Sikh's courtesy
                                          * but a Kurd's given name) */
                                         "advocate",
                                         /* and a priest's "Fr" written without its full stop */
                                         "fr",
                                         /* the sixty-fourth's Sahelian "El Hadj", "Elhadji" (a pilgrim;
                                          * not Hausa "Malam", a Guinea-Bissau given name too) */
                                         "hadj", "elhadji",
                                         /* and an Armenian scholar's "Academician", and a Burundian police
                                          * officer's "Commissaire" */
                                         "academician", "commissaire",
                                         /* the sixty-fifth's Portuguese "Dona" (madam) and a skipper's
                                          * "Mestre" */
                                         "dona", "mestre",
                                         /* and a Belgian noble's "Baron" (not "Baroness", a British peer's name) */
                                         "baron",
                                         /* and Zambian and Malawian chiefs' and their councillors' "Induna",
                                          * "Inkosi" and "Chieftainess" */
                                         "induna", "inkosi", "chieftainess",
                                         /* and an Aymara authority's "Mallku" (not "Tata", a firm's name) */
                                         "mallku",
                                         /* and the sixty-seventh's Orthodox and Franciscan "Archimandrite"
                                          * and "Fra" (not "Metropolitan": "Metropolitan Police") */
                                         "archimandrite", "fra",
                                         /* and an Ivorian police rank's "Divisionnaire" after "Commissaire" */
                                         "divisionnaire",
                                         /* and a hospital's "Matron" and a nun's "Sr" without its full stop */
                                         "matron", "sr",
                                         /* the sixty-eighth's Swahili "Bi" (Mrs, Ms), "Laigwanan" (a Maasai
                                          * leader) and Tajik clerics' "Mufti" and "Domullo" */
                                         "bi", "laigwanan", "mufti", "domullo",
                                         /* the sixty-ninth's Ugandan "Ladit" and "Rwot" (an Acholi elder and
                                          * chief), "Hajji" and "Hajjat" (pilgrims), "Ssalongo" (a father of
                                          * twins) and "Jjajja" (a grandparent), Lao monks' "Sathu" and
                                          * "Nyai", and North Indian "Chaudhary", "Thakur" and
                                          * "Guru" before a name */
                                         "ladit", "rwot", "hajji", "hajjat", "ssalongo", "jjajja", "sathu", "nyai",
                                         "chaudhary", "thakur", "guru",
                                         /* the seventieth's Senegalese and Gambian "Serigne", "Sokhna", "Adja",
                                          * "Aji" and "Alhagie", Zimbabwean "Sekuru", "Mbuya", "Mkhulu" and
                                          * "Madzibaba", a councillor's "Clr", Samoan "Afioga" and "Faletua",
                                          * and Swahili "Mwalimu" (teacher) */
                                         "serigne", "sokhna", "adja", "aji", "alhagie", "sekuru", "mbuya", "mkhulu",
                                         "madzibaba", "clr", "afioga", "faletua", "mwalimu",
                                         /* the seventy-first's Chadian "Hadjé" (a woman pilgrim), Bhutanese
                                          * "Drangpon" (a judge) and "Gup" (a headman), Thai "Kamnan" (a
                                          * subdistrict chief) and Sarawak Malay "Abang" */
                                         "hadjé", "hadje", "drangpon", "gup", "kamnan", "abang",
                                         /* the seventy-second's Slovak and Czech degrees ("Ing.", "Mgr.",
                                          * "JUDr.", "MUDr.", "RNDr.", "PhDr.", "Bc."), Central America's
                                          * "Lic.", "Abogado", "Ingeniero" and "Ingeniera", K'iche' "Nan",
                                          * Fulani "Thierno" and Filipino "Mang" (not "Mama" nor Acehnese
                                          * "Teuku", which the older audits' readers kept in the name) */
                                         "mgr.", "judr.", "mudr.", "rndr.", "phdr.", "bc.", "lic.", "abogado",
                                         "ingeniero", "ingeniera", "nan", "thierno", "mang",
                                         /* the seventy-third's Paraguayan "Abog.", "Ec.", "Q.F." (a lawyer,
                                          * an economist, a pharmacist), Guaraní "Pa'i" (a priest) and "Ña"
                                          * (madam), and an indigenous "Cacique" */
                                         "abog.", "ec.", "q.f.", "pa’i", "pa'i", "ña", "cacique",
                                         /* the seventy-fourth's Setswana "Kgosi" (a chief), "Rra" and "Mma"
                                          * (Mr, Mrs), Oshiwambo "Meme", a Nama "Kaptein", Tigrinya "Weizerit"
                                          * (Miss), "Abune" (a bishop) and "Qesis" (a priest), a friar's "Fray"
                                          * and Pakistani "Nawabzada" */
                                         "kgosi", "rra", "mma", "meme", "kaptein", "weizerit", "abune", "qesis",
                                         "fray", "nawabzada",
                                         /* the seventy-fifth's Malagasy "Ramatoa" (madam), Beninese vodun
                                          * priests' "Bokonon" (a diviner) and "Mamissi", a Ngoni councillor's
                                          * "Nduna", a Serbian bishop's "Vladika" and an "Abbess" (not "Dah",
                                          * an Ivorian given name) */
                                         "ramatoa", "bokonon", "mamissi", "nduna", "vladika", "abbess",
                                         /* the seventy-sixth's Brazilian police chief's "Delegado" */
                                         "delegado", "delegada",
                                         /* the seventy-seventh's Angolan chief's "Soba", a Flemish lawyer's
                                          * "Meester", Thai nobility's "M.L." and a "Prosecutor-General" */
                                         "soba", "meester", "m.l.", "prosecutor-general",
                                         /* the seventy-eighth's Italian "Notaio" (a notary), a Liechtenstein
                                          * mayor's "Vorsteher" and Comorian "Mzé" (an elder) */
                                         "notaio", "vorsteher", "mzé",
                                         /* the seventy-ninth's Maghrebi "Hajj" (a pilgrim) */
                                         "hajj",
                                         /* the eightieth's Tibetan "Khenpo" (an abbot), "Geshe" (a scholar),
                                          * "Lama", "Kalon" (a minister) and "Chitue" (a member of parliament),
                                          * a Cree chief's "Okimaw", Andean "Kuraka", "Jilakata" and
                                          * "Corregidor", the exiles' "Sikyong" (their president) and a Nepali
                                          * Chief District Officer's "CDO" */
                                         "khenpo", "geshe", "lama", "kalon", "chitue", "okimaw", "kuraka",
                                         "jilakata", "corregidor", "sikyong", "cdo",
                                         /* the eighty-first's Oromo "Obbo" and "Aadde" (Mr, Mrs), a monk's
                                          * "Gelong", a Mongolian wrestler's "Avarga" (titan) and a Hindu
                                          * abbot's "Mahant" */
                                         "obbo", "aadde", "gelong", "avarga", "mahant",
                                         /* the eighty-second's Brunei and Sabah Malay "Awang" and "Dayang"
                                          * (Mr, Ms), "Hajah" (a woman pilgrim), "Pengiran" (of royal
                                          * descent), the honours' "Setia", "Paduka" and "Panglima" after
                                          * "Dato Seri", "Yang Berhormat" (the Honourable), Sikh "Giani" (a
                                          * scholar) and "Jathedar", a village's "Sarpanch", a Tamil priest's
                                          * "Pusari" and a Kenyan accountant's "CPA" */
                                         "awang", "dayang", "hajah", "pengiran", "setia", "paduka", "panglima",
                                         "berhormat", "giani", "jathedar", "sarpanch", "pusari", "cpa",
                                         /* the eighty-third's Sesotho "Ntate" (Mr) and "Morena" (a chief), a
                                          * Swazi prince's "Mntfwanenkhosi", a "Chieftainess", and a Kashmiri
                                          * cleric's "Mirwaiz" and "Moulvi" */
                                         "ntate", "morena", "mntfwanenkhosi", "chieftainess", "mirwaiz", "moulvi",
                                         /* the eighty-fourth's Basque police rank "Intendente", Guyanese
                                          * Amerindian "Toshao" (a village's chief), Surinamese Maroon
                                          * "Granman" (a paramount chief), "Kapitein" and "Basiya" (a village's
                                          * captain and assistant), and a Hindu priest's "Pandit" (one older
                                          * reader kept it, of a name of three words) */
                                         "intendente", "toshao", "granman", "kapitein", "basiya", "pandit",
                                         /* and Swahili "Maalim" (teacher), which Zanzibar's readers never
                                          * kept */
                                         "maalim",
                                         /* the eighty-fifth's California "Assemblymember", German police's
                                          * "Polizeihauptkommissar" and "Kriminalhauptkommissar", and a Dayak
                                          * customary chief's "Temenggung" */
                                         "assemblymember", "polizeihauptkommissar", "kriminalhauptkommissar",
                                         "temenggung",
                                         /* the eighty-sixth's Mapuche "Lonko" (a chief), "Machi" (a healer)
                                          * and "Werken" (a spokesman), and a Chilean police "Subprefect" */
                                         "lonko", "machi", "werken", "subprefect",
                                         /* and the eighty-seventh's South Asian police "Sub-Inspector" and
                                          * an Angolan "Brigadeiro" (brigadier) */
                                         "sub-inspector", "brigadeiro",
                                         /* its Thai monks' "Phra Khru" and "Phra Maha", and "Sub-Lt." */
                                         "phra", "khru", "sub-lt.",
                                         /* and the eighty-eighth's ayurvedic doctor's "Vaidya" (not Cape
                                          * Verdean "Nha", Pakistan's highway authority too) */
                                         "vaidya",
                                         /* the eighty-ninth's Hausa "Malam" and "Malama" (Mr, Mrs; a
                                          * teacher), a Koranic teacher's "Gwani", a Fulani herders' chief's
                                          * "Ardo" and a bandit commander's "Kachalla" */
                                         "malam", "malama", "gwani", "ardo", "kachalla",
                                         /* and its Yoruba "Oba" (a king, whose own name follows), "Otunba" (a
                                          * chieftaincy title), a market leader's "Iyaloja" and a church's
                                          * "Deaconess" */
                                         "oba", "otunba", "iyaloja", "deaconess",
                                         /* the ninetieth's Sindhi "Makhdoom" (a shrine's custodian) and a
                                          * Hindu panchayat head's "Mukhi" */
                                         "makhdoom", "mukhi",
                                         /* its Baloch "Nawab" and a teacher's "Ustad", Moro "Hadja" (a woman
                                          * pilgrim), "Ustadz" and "Aleem" (scholars), Igbo "Mazi" (Mr), "Lolo"
                                          * (a titled man's wife) and "Ichie" (a chief), Akan "Okyeame" (a
                                          * chief's linguist), "Opanin", "Obaapanin" and "Abusuapanin" (an
                                          * elder, a woman elder and a family's head) and "Maame", and a Zulu
                                          * chief's wife's "Inkosikazi" */
                                         "nawab", "ustad", "hadja", "ustadz", "aleem", "mazi", "lolo", "ichie",
                                         "okyeame", "opanin", "obaapanin", "abusuapanin", "maame", "inkosikazi",
                                         /* and a Hindu seer's "Swamiji", "Mahaswamiji" and "Devaru", which
                                          * follow his name ("the Swamiji" is he) */
                                         "swamiji", "mahaswamiji", "devaru",
                                         /* the ninety-first's Luganda "Nnalongo" (a mother of twins, as
                                          * "Ssalongo" is their father) and "Omutaka" (a clan's head) */
                                         "nnalongo", "omutaka",
                                         /* and an Assamese monastery's monk's "Bhakat" */
                                         "bhakat",
                                         /* and a Navajo "Hastiin" (Mr) and a Hmong shaman's "Txiv Neeb" */
                                         "hastiin", "txiv", "neeb",
                                         /* the ninety-second's Rajput "Maharaja", "Maharani", "Rajmata" (a
                                          * queen mother), "Kunwar" (a prince) and "Rajkumari" (a princess) */
                                         "maharaja", "maharani", "rajmata", "kunwar", "rajkumari",
                                         /* and a Meitei priestess's "Amaibi" (not "Ima", mother: "the Interior
                                          * Miners' Association (IMA)") */
                                         "amaibi",
                                         /* the ninety-third's "Professor Emeritus Iolo Teifi" */
                                         "emeritus",
                                         /* and a Papuan chief's "Ondoafi", Acehnese clerics' "Teungku" and
                                          * "Tgk.", a sea shaman's "Pawang" and an Indonesian graduate's "Drs." */
                                         "ondoafi", "teungku", "tgk.", "pawang", "drs.",
                                         /* the ninety-fourth's Tigrinya and Amharic "Weyzero" and "Weyzerit"
                                          * (Mrs, Miss) and an Orthodox priest's "Aba", "Abba" and "Kesis" */
                                         "weyzero", "weyzerit", "aba", "abba", "kesis",
                                         /* and Gagauzia's head, the "Bashkan" */
                                         "bashkan",
                                         /* the ninety-fifth's Coptic "Anba" (a bishop's), "Abouna" (a
                                          * priest's), "Qommos" (an archpriest's) and "Tamav" (an abbess's) */
                                         "anba", "abouna", "qommos", "tamav",
                                         /* and Yiddish "Reb" (Mr, of a learned man) and "Rebbetzin" (a
                                          * rabbi's wife) */
                                         "reb", "rebbetzin",
                                         /* the ninety-sixth's Somali "Xaaji" (a pilgrim, as "Haji") and
                                          * "Suldaan" (a clan's sultan), which open a name and stay inside
                                          * one after a given name (title_word_inside_name()) */
                                         "xaaji", "suldaan",
                                         /* its Honduran "Profesor", "Profesora", "Licenciada" and police
                                          * "Subcommissioner" and a Garifuna spiritual leader's "Buyei" */
                                         "profesor", "profesora", "licenciada", "licenciado", "subcommissioner",
                                         "buyei",
                                         /* and Tuva's head lama's "Kamby-Lama" ("the Kamby-Lama" is he) and
                                          * a German district's head's "Landrat" */
                                         "kamby-lama", "landrat", "landrätin",
                                         /* the ninety-seventh's Faroese prime minister's "Løgmaður" and Cape
                                          * Verdean "Senhor" and "Senhora" */
                                         "løgmaður", "senhor", "senhora",
                                         /* and an Orthodox abbot's "Hegumen" and a naval "Captain-Lieutenant" */
                                         "hegumen", "captain-lieutenant",
                                         /* and an Italian lawyer's "Avvocato" and "Avvocata" */
                                         "avvocato", "avvocata",
                                         /* the ninety-eighth's South Tyrolean minister's "Landesrat" and
                                          * "Landesrätin" and a Lachenpa headman's "Pipon" */
                                         "landesrat", "landesrätin", "pipon",
                                         /* the ninety-ninth's Chin "Salai" (Mr) and a Mizo church elder's
                                          * "Upa" */
                                         "salai", "upa",
                                         /* and Uzbek "Hoji" (a pilgrim) and "Domla" (a cleric, a teacher),
                                          * an Indonesian police inspector's "Iptu" and a Minang cleric's
                                          * "Buya" */
                                         "hoji", "domla", "iptu", "buya",
                                         /* the hundredth's Swahili "Mwenyekiti" (a chairman), "Diwani" (a
                                          * councillor) and "Mheshimiwa" (the Honourable), a Karen leader's
                                          * "Padoh" and teacher's "Thramu", a Burmese abbot's "Sayadaw" and a
                                          * Toraja noble's "Puang" */
                                         "mwenyekiti", "diwani", "mheshimiwa", "padoh", "thramu", "sayadaw", "puang",
                                         /* and a Yazidi hymn singer's "Qawwal" */
                                         "qawwal",
                                         /* the hundred-and-first's Kurdish "Xatu" (Mrs; not "Kak", Mr,
                                          * which Malay "Kak Yati" keeps), a Tajik master's "Ustod" and a
                                          * Tahitian elder's "Metua" */
                                         "xatu", "ustod", "metua",
                                         /* the hundred-and-second's Chaldean priest's "Abuna", a Syriac
                                          * teacher's "Malfono" and a Ho village chiefs' head's "Manki" */
                                         "abuna", "malfono", "manki",
                                         /* and, once the tokenizer kept their full stops, Austria's "Mag."
                                          * and Mexico's "Profr.", "Profra.", "Mtro." and "Mtra." */
                                         "mag.", "profr.", "profra.", "mtro.", "mtra.",
                                         /* the hundred-and-third's Polish village head's "Wójt", an Ainu
                                          * elder's "Ekashi", a Romansh commune's head's "Gemeindepräsident"
                                          * and "Gemeindepräsidentin", a canton's minister's "Regierungsrat"
                                          * and "Regierungsrätin", an Italian mayor's "Sindaco" and
                                          * "Sindaca", a Ladin valley's head's "Procuradora", a Swiss
                                          * lieutenant colonel's "Oberstlt", an abbot's "Abbot", a Romansh
                                          * monk's "Pader" and an Aromanian grandfather's "Papu" */
                                         "wójt", "ekashi", "gemeindepräsident", "gemeindepräsidentin", "regierungsrat",
                                         "regierungsrätin", "sindaco", "sindaca", "procuradora", "oberstlt", "abbot",
                                         "pader", "papu",
                                         /* the hundred-and-fourth's Malay "Hj" and "Hjh" (Haji, Hajah), a
                                          * Kadazan priestess's "Bobohizan" and a native chief's "OKK" */
                                         "hj", "hjh", "bobohizan", "okk",
                                         /* and a Guna spokesman's "Argar" and chief's "Saila", and a
                                          * Buddhist monk's "Bhante" */
                                         "argar", "saila", "bhante",
                                         /* the Guna great chief's "Dummad" (after "Saila") and an Emberá
                                          * leader's "Noko" */
                                         "dummad", "noko",
                                         /* the hundred-and-fifth's Swedish municipal commissioner's
                                          * "Kommunalråd", governor's "Landshövding", vicar's "Kyrkoherde", an
                                          * Åland premier's "Lantråd" and a Hindu priest's "Sivasri"; not
                                          * Tamil "Selvi" (Miss), a given name's part too ("Thamarai Selvi
                                          * Arumugam") */
                                         "kommunalråd", "landshövding", "kyrkoherde", "lantråd", "sivasri",
                                         /* the hundred-and-sixth's Acehnese village head's "Keuchik" (not
                                          * a noble's "Teuku", which the older readers keep), a Nunatsiavut
                                          * community leader's "AngajukKâk", a French gendarme captain's
                                          * "Capitaine", a Karen teacher's "Thra" (not an elder's "Pati", an
                                          * Odia name's word too) and a village's "Headman" */
                                         "keuchik", "angajukkâk", "capitaine", "thra", "headman",
                                         /* and I-Kiribati "Nei" (Ms) */
                                         "nei"};

size_t quoth_courtesy_words(const char *const **list) {
    *list = COURTESIES;
    return sizeof COURTESIES / sizeof *COURTESIES;
}

int quoth_courtesy_word(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].flags & TOK_CAPITALIZED) && (quoth_name_classes_at(r, i) & NAME_COURTESY);
}

/* Indonesian's "Pak Darto", "Bu Warsini" (sir, madam), which are Korean
 * and Chinese family names too: a courtesy unless a given name of joined
 * syllables follows ("Pak Jong-su"). */
static int indonesian_courtesy(const quoth_resolver *r, size_t i) {
    /* the length and the first letter asked first: most words are neither */
    char c = (char)(quoth_token_norm(r->p.tl, i)[0] | 0x20);
    if (r->p.t[i].norm_len > 3 || (c != 'p' && c != 'b') ||
        (!quoth_word_is(&r->p, i, "pak") && !quoth_word_is(&r->p, i, "bu")))
        return 0;
    return !memchr(r->text + r->p.t[i + 1].start, '-', r->p.t[i + 1].end - r->p.t[i + 1].start);
}

int quoth_courtesy_before_name(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].flags & TOK_CAPITALIZED) && i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
           ((quoth_name_classes_at(r, i) & NAME_COURTESY) || indonesian_courtesy(r, i));
}

/* A given name no list holds in a Spanish ending: "Rigoberto",
 * "Aurelio", "Eulalia" (not "Valley" of "Don Valley Special Alloys"). */
static int spanish_given_ending(const quoth_resolver *r, size_t i) {
    size_t len = r->p.t[i].norm_len;
    char last = quoth_token_norm(r->p.tl, i)[len - 1];
    return len >= 4 && (last == 'o' || last == 'a');
}

/* The names a form of address that is also a word or a given name
 * elsewhere is one before (quoth_address_in_its_context()). */
enum address_context {
    BEFORE_SIKH_NAME,     /* one that "Singh" or "Kaur" goes on */
    BEFORE_TWO_WORDS,     /* of two words exactly, the first no place */
    BEFORE_TWO_UNLISTED,  /* of two words exactly that no list knows */
    BEFORE_INITIAL,       /* opening with an initial */
    BEFORE_MIZO_NAME,     /* opening with an initial, or of two words or more, the first no list's */
    BEFORE_NAME_WORDS,    /* of two words or more, the first no list's */
    BEFORE_ROMANCE_NAME,  /* a given name of a Romance ending or form */
    BEFORE_OWN_GIVEN_NAME /* a given name, the word opening the name */
};

/* Whether the name after the form of address at i has the shape that
 * `context` asks for. */
static int address_context_holds(const quoth_resolver *r, size_t i, enum address_context context) {
    const quoth_token *t = &r->p.t[i];
    size_t n = r->p.n;
    switch (context) {
    case BEFORE_SIKH_NAME:
        return i + 3 < n && (quoth_word_is(&r->p, i + 2, "singh") || quoth_word_is(&r->p, i + 2, "kaur") ||
                             quoth_word_is(&r->p, i + 3, "singh") || quoth_word_is(&r->p, i + 3, "kaur"));
    case BEFORE_TWO_WORDS:
        return i + 3 < n && (t[2].flags & TOK_CAPITALIZED) && !(t[3].flags & TOK_CAPITALIZED) &&
               !(quoth_name_classes_at(r, i + 1) & NAME_PLACE);
    case BEFORE_TWO_UNLISTED:
        return i + 3 < n && (t[2].flags & TOK_CAPITALIZED) && !(t[3].flags & TOK_CAPITALIZED) && !t[1].lex &&
               !t[2].lex && !body_word(r, i + 2) && !(i > 0 && quoth_word_is(&r->p, i - 1, "hong"));
    case BEFORE_INITIAL:
        return i + 2 < n && t[1].end - t[1].start == 2 && r->text[t[1].start + 1] == '.';
    case BEFORE_MIZO_NAME:
        return address_context_holds(r, i, BEFORE_INITIAL) ||
               (address_context_holds(r, i, BEFORE_NAME_WORDS) && !quoth_name_particle(r, i + 1));
    case BEFORE_NAME_WORDS:
        return i + 2 < n && (t[2].flags & TOK_CAPITALIZED) && !t[1].lex &&
               !(quoth_name_classes_at(r, i + 1) & NAME_PLACE);
    case BEFORE_ROMANCE_NAME:
        if (i + 2 >= n || !(t[2].flags & TOK_CAPITALIZED)) return 0;
        if (!(t[1].lex & ~(LEX_FIRST_NAME | LEX_MALE | LEX_FEMALE)) && spanish_given_ending(r, i + 1)) return 1;
        return given_name(r, i + 1) &&
               (t[1].accented || t[2].accented || (i + 3 < n && (t[3].flags & TOK_CAPITALIZED)));
    case BEFORE_OWN_GIVEN_NAME:
        return (given_name(r, i + 1) ||
                (!t[1].lex && i + 2 < n && (t[2].flags & TOK_CAPITALIZED) && !t[2].lex && !body_word(r, i + 2) &&
                 !(quoth_name_classes_at(r, i + 2) & NAME_ORG_HEAD) && !quoth_word_is(&r->p, i + 2, "church"))) &&
               (i == 0 || !(t[-1].flags & TOK_CAPITALIZED) || (t[-1].flags & TOK_SENT_START));
    }
    return 0;
}

/* Forms of address that are also words or given names elsewhere, each a
 * form of address only before a name of its context's shape:
 * - a Sikh's "Sardar" (the seventy-third audit's), "Bhai", "Baba", "Sant"
 *   and "Bibi" (the eighty-second's: "Sant Baba Sarwan Singh"), not a
 *   Kurd's given name ("Sardar Ahmed") nor "Baba Tejpal Das";
 * - Siswati "Make" and "Babe" (Mrs, Mr) and Krio "Haja" (the
 *   eighty-third's: "Make Thulisile Gamedze"), not a slogan's verb ("Make
 *   America Great Again") nor a Malagasy given name ("Haja Rakotomavo");
 * - East African and Papuan "Mama" (the ninety-third's: "Mama Elisabet
 *   Kogoya"), not before one name ("Mama Atieno", as the readers keep
 *   it) nor a queen mother's title of three ("Mama Dzatsui Adzo II");
 * - Khasi "Bah" and "Kong" (the eighty-fourth's: "Kong Ibaroi
 *   Marbaniang"), not Hong Kong's bodies nor a Cambodian "Kong Sarith";
 * - Mizo "Pu" and "Pi" (the eighty-fourth's: "Pu K. Lalthansanga"; the
 *   ninety-ninth's: "Pu Lalnunsanga Chawngthu"), not a Chin given name
 *   ("Pu Van Hmung");
 * - Krio "Pa" and "Ya" (an elder, a mother) and Moroccan "Si" and "Lalla"
 *   (the eighty-third's and eighty-eighth's: "Ya Mabinty Kamara", "Si
 *   Mohamed Ben Brahim El Hilali"), not "Lalla mint Cheikh Ahmed";
 * - Spanish and Italian "Don" (the eighty-second's: "Don Rigoberto Sahagún
 *   Villaseñor", a priest's "Don Angelo Ripamonti"), not a given name
 *   "Don" itself ("Don Johnson", "Don Michael Smith");
 * - a Syriac bishop's "Mar" before his given name (the eighty-third's:
 *   "Mar Augustine Puthumana"), not inside his name ("Paulose Mar
 *   Sylvanos") nor a church's ("the Mar Thoma Church"), and a Syriac
 *   Orthodox bishop's "Mor" (the hundred-and-second's: "Mor Dioskoros
 *   Benyamin Aydin");
 * - a Honduran prosecutor's "Fiscal" (the ninety-sixth's: "Fiscal Rolando
 *   Aguilar Mejía"), not a body's ("the Fiscal Council"); French "Pr"
 *   (professor: "Pr Belkacem Ou-Lamara"), not "PR Newswire"; a Tuvan
 *   shaman's "Kham" ("Kham Buyan-Bady Sedip"), not a Shan name's ("Nang
 *   Kham Lu"); Kabyle "Dda" (an elder: "Dda Mohand Arezki Aït Ouarab"),
 *   not an Italian anti-Mafia directorate's "DDA"; a French lawyer's "Me"
 *   (the ninety-seventh's: "Me Gwénaël Kerjean"); Kurdish "Mam" (uncle,
 *   an elder: the hundredth's "Mam Hemo Suleiman").
 * The audits' readers never kept them. */
int quoth_address_in_its_context(const quoth_resolver *r, size_t i) {
#define ADDRESS(word, context) {word, sizeof word - 1, context}
    static const struct {
        const char *word;
        uint8_t len;
        enum address_context context;
    } ADDRESSES[] = {ADDRESS("sardar", BEFORE_SIKH_NAME),    ADDRESS("bhai", BEFORE_SIKH_NAME),
                     ADDRESS("baba", BEFORE_SIKH_NAME),      ADDRESS("sant", BEFORE_SIKH_NAME),
                     ADDRESS("bibi", BEFORE_SIKH_NAME),      ADDRESS("make", BEFORE_TWO_WORDS),
                     ADDRESS("babe", BEFORE_TWO_WORDS),      ADDRESS("haja", BEFORE_TWO_WORDS),
                     ADDRESS("mama", BEFORE_TWO_WORDS),
                     ADDRESS("bah", BEFORE_TWO_UNLISTED),    ADDRESS("kong", BEFORE_TWO_UNLISTED),
                     ADDRESS("pu", BEFORE_MIZO_NAME),        ADDRESS("pi", BEFORE_MIZO_NAME),
                     ADDRESS("pa", BEFORE_NAME_WORDS),       ADDRESS("ya", BEFORE_NAME_WORDS),
                     ADDRESS("si", BEFORE_NAME_WORDS),       ADDRESS("lalla", BEFORE_NAME_WORDS),
                     ADDRESS("don", BEFORE_ROMANCE_NAME),    ADDRESS("mar", BEFORE_OWN_GIVEN_NAME),
                     ADDRESS("fiscal", BEFORE_ROMANCE_NAME), ADDRESS("pr", BEFORE_NAME_WORDS),
                     ADDRESS("kham", BEFORE_NAME_WORDS),     ADDRESS("dda", BEFORE_NAME_WORDS),
                     ADDRESS("me", BEFORE_NAME_WORDS),       ADDRESS("mam", BEFORE_NAME_WORDS),
                     ADDRESS("mor", BEFORE_OWN_GIVEN_NAME)};
#undef ADDRESS
    /* every word of the table has two to six letters and opens with one
     * of ten: most names stop here, in a test of a bit, before the
     * compares (a word added with another letter must add it) */
    enum { FIRSTS = 1u << ('b' - 'a') | 1u << ('d' - 'a') | 1u << ('f' - 'a') | 1u << ('h' - 'a') |
                    1u << ('k' - 'a') | 1u << ('l' - 'a') | 1u << ('m' - 'a') | 1u << ('p' - 'a') | 1u << ('s' - 'a') |
                    1u << ('y' - 'a') };
    size_t len = r->p.t[i].norm_len;
    if (len < 2 || len > 6 || (r->p.t[i].flags & TOK_ALL_CAPS)) return 0;
    char c = (char)(quoth_token_norm(r->p.tl, i)[0] | 0x20);
    if (c < 'a' || c > 'z' || !(FIRSTS & (1u << (c - 'a')))) return 0;
    for (size_t k = 0; k < sizeof ADDRESSES / sizeof *ADDRESSES; k++)
        if (ADDRESSES[k].len == len && ADDRESSES[k].word[0] == c && quoth_word_is(&r->p, i, ADDRESSES[k].word))
            return address_context_holds(r, i, ADDRESSES[k].context);
    return 0;
}

/* "The Rev. Hester Quayle", "Sister Bernadette", "Elder Bryony Tull",
 * "Sgt. Maj. Darnell Pruitt": a cleric's or a soldier's form of address,
 * in capitals before a name, is no part of it (each had kept it, and
 * "Sister Bernadette" had been no one's "Bernadette Coyle"; the
 * twenty-fourth audit's). Here and not among the word classes: those are
 * the taggers' features, and most of these words are also common nouns. */
int quoth_address_before_name(const quoth_resolver *r, size_t i) {
    /* abbreviations, never a name themselves ("Sgt. Maj. of the Army
     * Luis Quintero" had been "Maj."), then words that are surnames too
     * ("Larry Elder") unless a name follows; not "Deacon", a given name
     * too ("Deacon Frye") */
    static const char *const ADDRESS[] = {"rev.",     "msgr.",     "fr.",    "maj.",   "cpl.",  "pvt.",
                                          "brig.",    "cmdr.",     "spc.",
                                          /* a Philippine lawyer's "Atty. Perla Santiago-Leyco" (the
                                           * thirty-eighth audit's had kept it) */
                                          "atty.",
                                          /* Cambodian and Kenyan "H.E. Vann Soknim" (His Excellency; the
                                           * fifty-fifth audit's had kept it) */
                                          "h.e.",
                                          /* the forty-second audit's "Prof Okafor" (after "Professor Judith
                                           * Okafor") and Indonesian police's "Comr. Hadi Wibowo" */
                                          "prof", "prof.", "comr.",
                                          "reverend", "monsignor", "father",
                                          /* Shia clerics' ranks: "Ayatollah Hashem Tabatabaei-Far",
                                           * "Hojatoleslam Mostafa Rahimi-Ardestani" (the thirty-ninth
                                           * audit's had kept them) */
                                          "ayatollah", "hojatoleslam",
                                          "sister",   "brother",   "elder",  "canon",
                                          /* British writing's "The Most Rev Alasdair Penhale", with no full
                                           * stop (the fifty-first audit's had kept it) */
                                          "rev",      "revd",
                                          /* and a monsignor's without it ("Msgr Ssemakula"; the sixty-ninth's) */
                                          "msgr",
                                          /* and "Right" before it: "the Rt Rev Ezekiel Mwesigwa Kanyesigye" */
                                          "rt", "rt.",
                                          /* the fifty-seventh's Orthodox "Archpriest Mihai Zgardan" */
                                          "archpriest"};
    enum { ABBREVIATIONS = 14 };
    const quoth_token *t = &r->p.t[i];
    int name_next = i + 1 < r->p.n && (t[1].flags & TOK_CAPITALIZED);
    if (!(t->flags & TOK_CAPITALIZED)) {
        if (!name_next) return 0;
        /* Spanish writes "don Santos Ramírez", "doña Elvira" in small
         * letters (the forty-sixth audit's had kept them in the name); and
         * Māori elders, "kaumātua Matiu Pōhatu", "kuia Mere Tane" (the
         * fifty-fifth audit's had kept "kaumātua", which the tagger read as
         * a proper noun); the first letter asked first, as most words are
         * none of them */
        char c = quoth_token_norm(r->p.tl, i)[0];
        if (c == 'd') return quoth_word_is(&r->p, i, "don") || quoth_word_is(&r->p, i, "doña");
        if (c == 'k')
            return quoth_word_is(&r->p, i, "kaumātua") || quoth_word_is(&r->p, i, "kaumatua") ||
                   quoth_word_is(&r->p, i, "kuia");
        /* Amharic's "W/ro Almaz Tadesse" (Mrs), cut by the tokenizer into
         * "W", "/", "ro" (it had been "ro Almaz"; the fifty-fourth audit's) */
        return t->norm_len == 2 && i >= 2 && quoth_word_is(&r->p, i, "ro") && quoth_punct_is(&r->p, i - 1, "/") &&
               quoth_word_is(&r->p, i - 2, "w");
    }
    if (name_next && quoth_address_in_its_context(r, i)) return 1;
    /* "Brig Gen Chheang Dara" with no full stops: "Gen" after a rank, not
     * alone, which is a Japanese given name too ("Gen Nakatani"); and
     * Khmer "Lok Chumteav Tep Bopha" (Madam), not "Lok" of "Lok Sabha" */
    if (t->norm_len == 3 && name_next &&
        ((i > 0 && (t[-1].lex & LEX_TITLE) && quoth_word_is(&r->p, i, "gen")) ||
         (quoth_word_is(&r->p, i, "lok") && quoth_word_is(&r->p, i + 1, "chumteav"))))
        return 1;
    /* every word of the list opens with one of ten letters: most names
     * (asked of every run's first word) stop here, in one test of a bit,
     * before the list's compares; a word added to it with another letter
     * must add that letter */
    enum { FIRSTS = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('e' - 'a') | 1u << ('f' - 'a') |
                    1u << ('h' - 'a') | 1u << ('m' - 'a') | 1u << ('p' - 'a') | 1u << ('r' - 'a') | 1u << ('s' - 'a') };
    unsigned letter = (unsigned)(unsigned char)(quoth_token_norm(r->p.tl, i)[0] | 0x20) - 'a';
    if ((letter < 26) & (FIRSTS >> (letter & 31)) &&
        (quoth_word_in(&r->p, i, ADDRESS, ABBREVIATIONS) ||
         (name_next &&
          quoth_word_in(&r->p, i, ADDRESS + ABBREVIATIONS, sizeof ADDRESS / sizeof *ADDRESS - ABBREVIATIONS))))
        return 1;
    return quoth_courtesy_before_name(r, i);
}

/* Whether token i is a title or an honorific that a person's name
 * follows. "Press" is one only before another title ("Press Secretary
 * Jo Hale", "Press Officer"): "The Free Press Watch said" had been a man
 * named Watch (the twenty-second audit's). */
static int title_before_name(const quoth_resolver *r, size_t i) {
    if (!(r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) && !quoth_address_before_name(r, i)) return 0;
    /* nor a nickname's ("Andile “Commander” Msimang" had been "” Msimang";
     * the forty-second audit's) */
    if (i > 0 && (r->p.t[i - 1].flags & TOK_QUOTE_OPEN)) return 0;
    /* nor a title before a body's word: "Massachusetts General Hospital"
     * had been "Hospital" */
    if (i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
        (body_word(r, i + 1) || quoth_word_is(&r->p, i + 1, "hospital")))
        return 0;
    /* nor a body's field before "and": "The Centre for Justice and
     * Citizenship" had been a man "and Citizenship" (the forty-sixth
     * audit's) */
    if (i > 0 && i + 1 < r->p.n && quoth_word_is(&r->p, i + 1, "and") &&
        (quoth_word_is(&r->p, i - 1, "for") || quoth_word_is(&r->p, i - 1, "of")))
        return 0;
    return !quoth_word_is(&r->p, i, "press") || (i + 1 < r->p.n && (r->p.t[i + 1].lex & LEX_TITLE));
}

/* "Pastor (Dr.) Olusola Emmanuel Bamidele", "HRM King (Dr.) Ebitimi
 * Owukori-Sese II": an honorific in brackets right before the name, the
 * Nigerian way (the ninety-third audit's had lost the name's first word
 * and the office before it). */
static int honorific_in_brackets_before(const quoth_resolver *r, size_t first) {
    return first >= 3 && quoth_punct_is(&r->p, first - 1, "-RRB-") && quoth_punct_is(&r->p, first - 3, "-LRB-") &&
           (r->p.t[first - 2].lex & (LEX_HONORIFIC | LEX_TITLE));
}

/* "His wife, Marisol Guadalupe Treviño Ayala,": a word no list knows
 * before a listed given name and two surnames, set off by a comma or
 * opening the sentence, is a first given name (each such name had started
 * at its second; the twenty-eighth audit's Latin American news). */
static int unlisted_given_name_first(const quoth_resolver *r, size_t first, size_t end) {
    /* a descendant's or a cleric's form of address is no given name
     * ("Sayyid Khalid bin Nasser Al-Rawahi") */
    static const char *const ADDRESS[] = {"sayyid", "sayed",     "seyyed", "sheikh", "shaikh", "mullah",
                                          "ayatollah", "chaudhry", "choudhry"};
    const quoth_token *t = &r->p.t[first];
    if (end < first + 3 || t->lex || (t->flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
        quoth_name_classes_at(r, first) || quoth_word_in(&r->p, first, ADDRESS, sizeof ADDRESS / sizeof *ADDRESS))
        return 0;
    /* or after the verb of saying whose subject it is, before one surname
     * too ("said Cing Sian Hoih, a nurse": the fiftieth audit's Chin name
     * had been "Sian Hoih") */
    if (first > 0 && (t[-1].lex & LEX_CUE) && !(t[-1].flags & TOK_CAPITALIZED)) return 1;
    /* or after a title or an honorific ("Lead prosecutor Umu Hawa Kallon",
     * "Tan Sri Kamarul Ariffin bin Othman"): three words are the name too
     * (each had lost its first; the seventy-first audit's) */
    int after_honorific = first > 0 && ((t[-1].lex & LEX_HONORIFIC) || honorific_in_brackets_before(r, first) ||
                                        ((t[-1].flags & TOK_CAPITALIZED) && quoth_sri(r, first - 1)));
    if (end == first + 3 && first > 0 && ((t[-1].lex & LEX_TITLE) || after_honorific)) return 1;
    /* and three set off after an office: "Gøtulaks's chief executive,
     * Jógvan Martin Debes," (it had been "Martin Debes"; the ninety-seventh
     * audit's; 37 older statements too), not a rank in capitals ("CPP
     * Léonard Nzisabira") nor a Sikh's or an Iranian general's "Sardar" */
    if (end == first + 3 && first > 1 && !(t->flags & TOK_ALL_CAPS) && !quoth_word_is(&r->p, first, "sardar") &&
        quoth_punct_is(&r->p, first - 1, ",") &&
        ((t[-2].lex & LEX_TITLE) || (quoth_name_classes_at(r, first - 2) & NAME_ROLE)))
        return 1;
    if (end < first + 4) return 0;
    /* and four words or more after a title or a role's noun ("Mayo captain
     * Peadar Mac an tSaoir", "MP Mohsen Ali Al Bakri"; the seventy-fifth
     * audit's) */
    int after_title = first > 0 && ((t[-1].lex & LEX_TITLE) || (quoth_name_classes_at(r, first - 1) & NAME_ROLE));
    return (t->flags & TOK_SENT_START) || (first > 0 && quoth_punct_is(&r->p, first - 1, ",")) || after_honorific ||
           after_title;
}

/* "Karamat Ali Baloch", "Chaudhry Tanveer Ahmed Bhatti": South Asian
 * and Arab names put a common Muslim given name in the middle, so one or
 * two words no list knows before it and one surname after are the name's
 * first words, not a description cut from it (each had been "Ali Baloch",
 * "Ahmed Bhatti"; the forty-first audit's Pakistani news). */
static int unlisted_words_before_middle_name(const quoth_resolver *r, size_t first, size_t given, size_t end) {
    static const char *const MIDDLE[] = {"ali",     "ahmed",   "ahmad",  "hussain", "husain", "hassan", "hasan",
                                         "hussein", "muhammad", "mohammad", "mohammed", "iqbal", "abbas", "raza",
                                         "nawaz",   "akhtar",  "mehmood", "mahmood",
                                         /* and Nepal's (the forty-fifth audit's "Hem Raj Acharya" had
                                          * been "Raj Acharya") */
                                         "raj",     "bahadur", "prasad",
                                         /* and Somalia's, a father's given name after one's own (the
                                          * fifty-first audit's "Hodan Ismail Duale", "Sadia Omar Jama"
                                          * had been "Ismail Duale", "Omar Jama") */
                                         "mohamed", "mohamud", "mahamud", "omar",   "ismail", "osman",
                                         "abdi",    "abdullahi", "farah",  "aden",
                                         "hersi",   "warsame", "jama",   "nur",     "nuur",   "abdirahman",
                                         /* and Malaysia's father's "Abdul" (the fifty-fourth audit's
                                          * "Rosnah Abdul Hamid" had been "Abdul Hamid") */
                                         "abdul"};
    /* or any listed given name before a surname with the Arabic article
     * ("Basim Jawad al-Obaidi" had been "Jawad al-Obaidi"; the fifty-second
     * audit's Iraq) */
    if (end != given + 2 || given <= first || given > first + 2 ||
        !(quoth_word_in(&r->p, given, MIDDLE, sizeof MIDDLE / sizeof *MIDDLE) || quoth_arabic_article_word(r, end - 1)))
        return 0;
    for (size_t k = first; k < given; k++) {
        const quoth_token *t = &r->p.t[k];
        if (t->lex || (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) != (TOK_CAPITALIZED | TOK_ALPHA) ||
            quoth_name_classes_at(r, k))
            return 0;
    }
    return 1;
}

/* "Abu Mustafa al-Hamdani", "Umm Khaled": the "father of" or "mother of"
 * that opens a kunya is part of the name, before a given name too (it had
 * been "Mustafa al-Hamdani"; the twenty-ninth audit's). */
static int kunya_opening(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const KUNYA[] = {"abu", "abou", "umm", "um"};
    return end >= first + 2 && (r->p.t[first].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, first, KUNYA, sizeof KUNYA / sizeof *KUNYA);
}

/* Whether the words [first, given) are initials alone ("W.A.", "J."),
 * which a name keeps before its given name ("W.A. Sunil Premaratne", as
 * Sri Lankan names are written, had been "Sunil Premaratne"; the
 * sixty-fifth audit's). */
static int initials_before(const quoth_resolver *r, size_t first, size_t given) {
    if (given <= first || given - first > 3) return 0;
    for (size_t i = first; i < given; i++) {
        const char *w = r->text + r->p.t[i].start;
        size_t n = r->p.t[i].end - r->p.t[i].start;
        if (n < 2 || n > 6 || w[n - 1] != '.') return 0;
        for (size_t k = 0; k < n; k++)
            if (k % 2 == 0 ? !(w[k] >= 'A' && w[k] <= 'Z') : w[k] != '.') return 0;
    }
    return 1;
}

/* Where a person's name starts past the titles among [first, end): right
 * after the last title, or at the first given name; SIZE_MAX when the
 * words are an office alone, no name. */
/* East Africa's "Haji" inside a name after a given name ("Ameir Haji
 * Pandu", "Faki Haji Faki") is the father's name, no pilgrim's form of
 * address, and an Ivorian family name's "Bi" ("Zoro Bi Ernest") no
 * Swahili "Bi" (Mrs); each had been cut to the last word (the
 * sixty-eighth audit's). Not after "El": "El Hadji Babacar Thiongane". */
static int title_word_inside_name(const quoth_resolver *r, size_t first, size_t i) {
    /* the length first: every title's is asked */
    size_t len = r->p.t[i].norm_len;
    if (len != 2 && len != 4 && len != 5 && len != 6 && len != 7 && len != 8) return 0;
    /* a Malay father's "Haji", "Hajah" or "Pengiran" after "bin" or
     * "binti" is his name's ("Awang Faizal bin Haji Mahmud", "Amirul
     * Hadi bin Pengiran Ahmad"; the eighty-second audit's had been cut
     * there) */
    if (i > first + 1 && (quoth_word_is(&r->p, i - 1, "bin") || quoth_word_is(&r->p, i - 1, "binti")))
        return quoth_word_is(&r->p, i, "haji") || quoth_word_is(&r->p, i, "hajah") ||
               quoth_word_is(&r->p, i, "pengiran");
    /* and a Sierra Leonean middle name "Sheriff" after a given name
     * ("Alhaji Momoh Sheriff Conteh"; the seventy-first audit's), not a
     * county's sheriff */
    if (i > first && quoth_word_is(&r->p, i, "sheriff") && i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
        r->p.t[i - 1].coarse == CT_PROPN && !body_word(r, i - 1) && !quoth_name_classes_at(r, i - 1) &&
        !(r->p.t[i - 1].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
        (i + 2 >= r->p.n || !(r->p.t[i + 2].flags & TOK_CAPITALIZED)))
        return 1;
    /* and a Somali father's title inside a name ("Bashir Ugaas Abdullahi",
     * "Cabdiraxiim Suldaan Maxamed"; the ninety-sixth audit's had been cut
     * to the last word) */
    static const char *const SOMALI_TITLES[] = {"ugaas", "suldaan", "garaad", "xaaji"};
    return i > first &&
           (quoth_word_is(&r->p, i, "haji") || quoth_word_is(&r->p, i, "hadji") || quoth_word_is(&r->p, i, "bi") ||
            quoth_word_is(&r->p, i, "hj") /* "Nordin Hj Karim", a father's "Haji" shortened */ ||
            quoth_word_in(&r->p, i, SOMALI_TITLES, sizeof SOMALI_TITLES / sizeof *SOMALI_TITLES)) &&
           (r->p.t[i - 1].flags & TOK_CAPITALIZED) && !(r->p.t[i - 1].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
           !quoth_courtesy_word(r, i - 1) && r->p.t[i - 1].coarse == CT_PROPN && !quoth_word_is(&r->p, i - 1, "el") &&
           !quoth_word_is(&r->p, i - 1, "al");
}

static size_t past_titles(const quoth_resolver *r, size_t first, size_t end) {
    size_t after_title = first;
    for (size_t i = first; i + 1 < end; i++)
        if (title_before_name(r, i) && !title_word_inside_name(r, first, i)) after_title = i + 1;
    /* but right after a title it starts there, wherever a listed given
     * name comes ("Interior Minister Chaudhry Nisar Ahmed Warraich" had
     * been "Ahmed Warraich"), unless the office goes on ("Secretary of
     * State John Kerry") */
    int office_of = quoth_word_is(&r->p, after_title, "of") || quoth_word_is(&r->p, after_title, "for");
    if (after_title > first && !office_of) {
        first = past_role_words(r, after_title, end); /* "Press Officer Undersecretary Lorna Castillo" */
        /* a district after a rank ("SSP South Faisal Abbas Memon") is the
         * office's, when a given name follows it */
        if (first + 2 < end && quoth_compass_word(r, first) && given_name(r, first + 1)) first++;
    }
    else if (after_title > first && office_of && office_only(r, after_title, end))
        return SIZE_MAX;
    else {
        first = past_role_words(r, first, end);
        size_t given = first_given_name(r, first, end);
        if ((given == first + 1 && (unlisted_given_name_first(r, first, end) || kunya_opening(r, first, end))) ||
            unlisted_words_before_middle_name(r, first, given, end) || initials_before(r, first, given))
            given = first;
        /* a word no list holds between Malay honorifics and a listed given
         * name is the name's first: "Tan Sri Kamarul Ariffin bin Othman"
         * (it had been "Ariffin bin Othman"; the seventy-first audit's) */
        size_t past_malay = given >= first + 2 ? first + malay_honorifics_at(r, first, end) : first;
        if (past_malay > first && given == past_malay + 1 && !r->p.t[past_malay].lex &&
            (r->p.t[past_malay].flags & TOK_CAPITALIZED))
            given = past_malay;
        /* Filipino "Ma." (María) and Bangladeshi "Md." (Muhammad) open the
         * name before a given name ("Ma. Lourdes Tiangco-Reyes", "Md. Abdul
         * Mannan Sarkar"; the audits' readers kept them, and quoth had
         * started at the given name; the eighty-fifth and eighty-seventh
         * audits') */
        if (given > first && (quoth_word_is(&r->p, given - 1, "ma.") || quoth_word_is(&r->p, given - 1, "md.")))
            given--;
        /* a listed name in a nickname's quotation marks is no first given
         * name: "Sibusiso “Jomo” Mahlaba" (it had been "Jomo” Mahlaba";
         * the forty-second audit's) */
        if (given >= first + 2 && (r->p.t[given - 1].flags & TOK_QUOTE_OPEN) && quoth_nickname_at(r, given - 1))
            given -= 2;
        if (given + 1 < end && !(r->p.t[end - 1].lex & LEX_ORG_WORD) &&
            !(quoth_name_classes_at(r, end - 1) & NAME_ORG_HEAD)) /* "PT Samudra Timur Lines" */
            first = given;
        for (size_t i = first; i + 1 < end; i++)
            if (title_before_name(r, i) && !title_word_inside_name(r, first, i)) first = i + 1;
    }
    return first;
}

/* Whether token i is a capitalized word that no list knows, as a given
 * name of a language the lists lack is. */
static int unknown_capitalized(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return !t->lex && (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           !quoth_name_classes_at(r, i);
}

/* The rest of an office ("Secretary of State Ada Lind", "Chief of Staff
 * Ian Roe", "Minister for Economic Affairs Darmawan Setyadi") when no
 * given name said where the name starts: its last two words; first as it
 * is when it is no "of" or "for". */
static size_t past_office_rest(const quoth_resolver *r, size_t first, size_t end, size_t lead) {
    if (first + 1 < end && (quoth_word_is(&r->p, first, "of") || quoth_word_is(&r->p, first, "for"))) {
        size_t office = first;
        /* a form of courtesy ends the office: "Minister of Mines and Minerals
         * Development Honourable Paul Kabaso Mwila" (it had been "Kabaso
         * Mwila"; the sixty-fifth audit's) */
        for (size_t k = end - 2; k > office + 1; k--)
            if (quoth_courtesy_before_name(r, k) || (r->p.t[k].lex & LEX_HONORIFIC)) return k + 1;
        first = end - first > 3 ? end - 2 : first + 1;
        /* or three from a listed given name ("Minister for Agriculture and
         * Livestock Peter Mutua Kioko") */
        if (first == end - 2 && first > office + 2 && given_name(r, first - 1) && !given_name(r, first)) first--;
        /* or from a word no list knows after the office's last word
         * ("Minister of State for Railways Rameshwar Nath Chaturvedi" had
         * been "Nath Chaturvedi"; the fifty-eighth audit's), not a field
         * after a joiner ("... and Aquaculture"); after "of State" too
         * ("Union Minister of State Kailash Nath Rawat", the sixty-third's) */
        else if (first == end - 2 &&
                 (first > office + 3 || (first == office + 3 && quoth_word_is(&r->p, office + 1, "state"))) &&
                 unknown_capitalized(r, first - 1) && (r->p.t[first - 2].flags & TOK_CAPITALIZED))
            first--;
        /* or three, when the third from the end opens a name of three
         * family name first ("Minister of State Lim Hui Min" had been "Hui
         * Min", a body) */
        if (first >= 1 && end - first == 2 && first - 1 > lead &&
            quoth_east_asian_family_name(r->text + r->p.t[first - 1].start, r->p.t[first - 1].end - r->p.t[first - 1].start))
            first--;
        /* the office's last word is no part of a name the entity tagger
         * saw start after it ("Secretary of State Kerry" had been "State
         * Kerry") */
        /* but a hyphenated word opens a name, family name first: "State
         * Secretary for Public Education Benkő-Madár Attila" (it had been
         * "Attila"; the fifty-fourth audit's Hungarian news) */
        /* nor a word no list knows, as a given name of a language the
         * lists lack ("Minister of State Úna Fitzmaurice" had been
         * "Fitzmaurice"; the fifty-seventh audit's) */
        if (first + 2 == end && r->p.t[first].entity != QUOTH_ENT_PERSON && r->p.t[end - 1].entity == QUOTH_ENT_PERSON &&
            !memchr(r->text + r->p.t[first].start, '-', r->p.t[first].end - r->p.t[first].start) &&
            (r->p.t[first].lex || quoth_name_classes_at(r, first)))
            first++;
    }
    return first;
}

/* "His Royal Highness Alhaji Bashir Danmaliki", "His Royal Majesty Igwe
 * Nnaemeka Okafor-Agu", "HRH Prince ...": a ruler's style, no part of the
 * name (it had been the name's first words; the thirty-seventh audit's
 * Nigerian news). How many tokens it takes at `first`. */
size_t quoth_royal_style_at(const quoth_resolver *r, size_t first, size_t end) {
    if (first + 2 < end && quoth_word_is(&r->p, first, "royal") &&
        (quoth_word_is(&r->p, first + 1, "highness") || quoth_word_is(&r->p, first + 1, "majesty")))
        return 2;
    /* and a bishop's "His Grace Gherontie" (it had been a woman "Grace
     * Gherontie"; the sixty-eighth audit's) */
    if (first > 0 && first + 1 < end && r->p.t[first].norm_len == 5 && quoth_word_is(&r->p, first, "grace") &&
        (quoth_word_is(&r->p, first - 1, "his") || quoth_word_is(&r->p, first - 1, "her")))
        return 1;
    return first + 1 < end && quoth_word_is(&r->p, first, "hrh") ? 1 : 0;
}

/* Past the honorifics, titles and articles that open the name at first,
 * and the nickname before it. */
static size_t past_honorifics(const quoth_resolver *r, size_t first, size_t end) {
    /* an age in words opening a sentence: "Eighteen-year-old Sutrisno" (it
     * had kept it; the sixty-fifth audit's) */
    if (first + 1 < end && (r->p.t[first].flags & TOK_CAPITALIZED) && quoth_age_word(r, first)) first++;
    first += quoth_royal_style_at(r, first, end);
    first += malay_honorifics_at(r, first, end);
    if (first + 1 < end && quoth_monsieur(r, first)) first++;
    while (first < end &&
           ((r->p.t[first].lex & (LEX_TITLE | LEX_HONORIFIC | LEX_DETERMINER)) ||
            quoth_address_before_name(r, first)) &&
           !surname_after_honorific(r, first, end))
        first++;
    return before_nickname(r, first, end);
}

/* Whether the words [first, end) may be a person's name: two or three
 * proper nouns, none plural nor a body's word ("General Insurers",
 * "Justice and Immigration", "Justice Statistics" are not). */
static int person_words(const quoth_resolver *r, size_t first, size_t end) {
    if (end < first + 2 || end > first + 3 || !r->pos_flags) return 0;
    for (size_t i = first; i < end; i++)
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) || r->p.t[i].coarse != CT_PROPN || body_word(r, i) ||
            (r->pos_flags[r->p.t[i].pos] & (QUOTH_POS_PLURAL | QUOTH_POS_PLURAL_PROPER)))
            return 0;
    return 1;
}

/* Whether a title among the words [from, end) has a person's name after
 * it: "Bank of Japan Governor Hideo Sasanuma" is a body, its governor's
 * title and his name, not one body's name (it had been; the forty-first
 * audit's, whose given name no list holds). */
static int title_inside(const quoth_resolver *r, size_t from, size_t end) {
    for (size_t i = from; i + 1 < end; i++)
        if (title_before_name(r, i)) return person_words(r, i + 1, end);
    return 0;
}

/* "the Joint Council for Marine Exploration": a given name right after a
 * body's word and "for", "of" or "on" opens the body's field, and no
 * person's name (it had been "Marine Exploration", "Marine" a given
 * name; the forty-fourth audit's). */
static int given_name_opening_field(const quoth_resolver *r, size_t first, size_t end) {
    size_t given = first_given_name(r, first, end);
    if (given < first + 2 || given + 1 >= end || !body_word(r, given - 2)) return 0;
    return quoth_word_is(&r->p, given - 1, "for") || quoth_word_is(&r->p, given - 1, "of") ||
           quoth_word_is(&r->p, given - 1, "on");
}

/* "Nimbalkar Saheb", "Basavaprabhu Swamiji": an honorific after the
 * name is no part of it (the ninetieth audit's readers named
 * "Sarjerao Dattatray Nimbalkar", whom the surname reaches). */
static int honorific_after_name(const quoth_resolver *r, size_t i) {
    static const char *const AFTER[] = {"saheb", "sahib", "swamiji", "mahaswamiji", "devaru",
                                        /* and a Japanese teacher's "Sensei" ("Tamaki Sensei", the
                                         * ninety-fourth audit's) */
                                        "sensei",
                                        /* and a Tamil temple priest's "Kurukkal" ("Sivasri Ramanatha
                                         * Nagalingam Kurukkal", the hundred-and-fifth audit's) */
                                        "kurukkal"};
    return quoth_word_in(&r->p, i, AFTER, sizeof AFTER / sizeof *AFTER);
}

/* Balinese birth-order names and caste titles ("Wayan", "Made", "Gusti"),
 * which open a name after the male "I" or the female "Ni". */
static int balinese_name_word(const quoth_resolver *r, size_t i) {
    static const char *const WORDS[] = {"wayan", "made", "nyoman", "ketut", "putu", "kadek", "komang", "gede",
                                        "gusti", "nengah", "luh", "ngurah", "ayu"};
    return (r->p.t[i].flags & TOK_CAPITALIZED) && quoth_word_in(&r->p, i, WORDS, sizeof WORDS / sizeof *WORDS);
}

/* "I Wayan Mertayasa", "Ni Luh Putu Ekayanti": where a Balinese name
 * opens, before the run that starts at `first` (the tagger reads "I" as
 * the pronoun and the birth-order names as it will; the ninety-third
 * audit's, whose readers kept them all as the older ones had, had been
 * "Mertayasa"). `first` when no such words come before it. */
static size_t balinese_name_start(const quoth_resolver *r, size_t first) {
    size_t b = first;
    while (b > 0 && first - b < 4 && r->p.t[b - 1].sentence == r->p.t[first].sentence && balinese_name_word(r, b - 1))
        b--;
    if (b == 0 || (b == first && !balinese_name_word(r, first))) return first;
    const quoth_token *t = &r->p.t[b - 1];
    int prefix = t->sentence == r->p.t[first].sentence &&
                 ((t->norm_len == 1 && r->text[t->start] == 'I') || quoth_word_is(&r->p, b - 1, "ni"));
    return prefix ? b - 1 : first;
}

/* "SSP Saddar Muzaffar Ali Jatoi", "(SSP) Operations Nazia Baloch": a
 * police division's word after an office's abbreviation is no part of
 * the name that a listed given name opens after it (each had kept it; the
 * hundred-and-fourth audit's). Where the name starts. */
static size_t past_police_division(const quoth_resolver *r, size_t first, size_t end) {
    /* the divisions' words, not a given name no list holds ("RC Faustine
     * Jacob Maduhu") nor an initial ("D. Matthew Sharpe") */
    static const char *const DIVISIONS[] = {"operations", "saddar", "city", "cantt", "cantonment", "rural", "urban",
                                            "headquarters", "traffic", "investigation", "investigations", "security",
                                            "crime", "admin"};
    if (first == 0 || first + 3 > end || !given_name(r, first + 1) ||
        !quoth_word_in(&r->p, first, DIVISIONS, sizeof DIVISIONS / sizeof *DIVISIONS))
        return first;
    size_t office = first - 1 - (first >= 2 && quoth_punct_is(&r->p, first - 1, "-RRB-"));
    return quoth_office_abbreviation(r, office) ? first + 1 : first;
}

static int add_run(quoth_resolver *r, size_t first, size_t end) {
    first = balinese_name_start(r, first);
    size_t lead = first;
    /* the bracketed honorific and the forms of address before it lead the
     * name: "Pastor (Dr.)", "HRM King (Dr.)" */
    if (honorific_in_brackets_before(r, first)) {
        lead = first - 3;
        while (lead > 0 && (r->p.t[lead - 1].flags & TOK_CAPITALIZED) &&
               ((r->p.t[lead - 1].lex & (LEX_TITLE | LEX_HONORIFIC)) || quoth_courtesy_word(r, lead - 1)))
            lead--;
    }
    if (end >= first + 2 && honorific_after_name(r, end - 1)) end--;
    /* a doubled "Sri" is a guru's honorific ("Sri Sri Narayan Chandra Dev
     * Goswami"; the ninety-first audit's), though one alone may open a
     * given name ("Sri Wahyuni Hartono") */
    if (end >= first + 4 && quoth_word_is(&r->p, first, "sri") && quoth_word_is(&r->p, first + 1, "sri")) first += 2;
    /* no portfolio's nor office's: a "General" after a body's word
     * ("Directorate General of Foreign Trade" had been "Foreign Trade"), a
     * title and "and" that a body's word ends ("the Justice and Peace
     * Forum" had been "Peace Forum"; each the sixty-ninth audit's) */
    if (end >= first + 4 && r->p.t[first + 1].norm_len == 7 && quoth_word_is(&r->p, first + 1, "general") &&
        (quoth_word_is(&r->p, first + 2, "of") || quoth_word_is(&r->p, first + 2, "for")) && body_word(r, first))
        return quoth_store_run(r, first, end, lead);
    if (end >= first + 3 && (r->p.t[first].lex & LEX_TITLE) && r->p.t[first + 1].norm_len == 3 &&
        quoth_word_is(&r->p, first + 1, "and") && body_word(r, end - 1))
        return quoth_store_run(r, first, end, lead);
    size_t named = quoth_past_portfolio(r, first, end);
    if (named > first) return quoth_store_run(r, named, end, lead);
    if (inside_portfolio(r, first, end)) return 0;
    /* "UNIDENTIFIED MALE:" of a transcript: a voice the transcriber could
     * not name is no one's name */
    if (quoth_word_is(&r->p, first, "unidentified") ||
        (first > 0 && quoth_word_is(&r->p, first - 1, "unidentified")))
        return 0;
    /* nor "Press" alone ("Press freedom groups have condemned ...") */
    if (end == first + 1 && quoth_word_is(&r->p, first, "press")) return 0;
    /* nor a form of courtesy alone ("the Maulana said" had been a man
     * "Maulana"): quoth_resolve_courtesy_alone() reads it as the person
     * it was said of; not "The Advocate", a newspaper's name as often as
     * a lawyer's courtesy */
    if (end == first + 1 && first > 0 && quoth_word_is(&r->p, first - 1, "the") && quoth_courtesy_word(r, first) &&
        !quoth_word_is(&r->p, first, "advocate"))
        return 0;
    /* A person's name starts at its first given name ("House Speaker Paul
     * D. Ryan", "Christine Todd Whitman"), and after any title or honorific
     * ("President Zelensky", "Virginia Gov. Terry McAuliffe"); a body's
     * name that ends in an organization's word does not ("The Trayvon
     * Martin Foundation" is no "Martin Foundation"). */
    /* nor at a title that opens a body's name ("General Electric", "The
     * General Workers Union" had been "Electric" and "Workers Union") */
    if (quoth_romance_body_name(r, first, end)) return quoth_store_run(r, first, end, lead);
    /* nor at a saint's name that opens a body's ("St. Brendan's Hospital"
     * had been "Brendan's Hospital") */
    if (end > first + 2 && (quoth_word_is(&r->p, first, "st.") || quoth_word_is(&r->p, first, "saint")) &&
        (body_word(r, end - 1) || quoth_possessive(&r->p, end - 2)))
        return quoth_store_run(r, first, end, lead);
    if (titled_body(r, first, end)) return add_titled_body(r, first, end);
    /* nor at a "General" that opens a body's name ("General Authority for
     * Military Industries", "General Directorate of Meteorology", "General
     * Staff": each had lost it; the sixtieth audit's) */
    if (end >= first + 2 && quoth_word_is(&r->p, first, "general") &&
        (body_word(r, first + 1) || quoth_word_is(&r->p, first + 1, "staff")))
        return quoth_store_run(r, first, end, lead);

    /* nor at a title inside a body's name that its word and "of" open,
     * with no given name ("the Bureau of Justice Statistics" had been
     * "Statistics") */
    if (end > first + 3 && body_word(r, first) && quoth_word_is(&r->p, first + 1, "of") &&
        first_given_name(r, first, end) + 1 >= end && !title_inside(r, first + 2, end))
        return quoth_store_run(r, first, end, lead);
    /* or after a place's name ("the Ellery Office of the Inspector General"
     * had been no name at all; the twenty-sixth audit's) */
    if (end > first + 4 && !body_word(r, first) && body_word(r, first + 1) && quoth_word_is(&r->p, first + 2, "of") &&
        first_given_name(r, first + 1, end) + 1 >= end)
        return quoth_store_run(r, first, end, lead);
    if (given_name_opening_field(r, first, end)) return quoth_store_run(r, first, end, lead);
    size_t whole = first;
    first = past_titles(r, first, end);
    if (first == SIZE_MAX) return 0;
    first = past_police_division(r, first, end);
    first = past_honorifics(r, past_office_rest(r, first, end, lead), end);
    /* an office's possessive before a body's word names the office's body:
     * "the Ombudsman for Children's Office" (it had been "'s Office"; the
     * seventy-fifth audit's) */
    if (first < end && quoth_possessive(&r->p, first))
        return body_word(r, end - 1) ? quoth_store_run(r, whole, end, lead) : 0;
    /* nor with a joiner: "Bishop of Vadu Jiului | and Olteț" is all an
     * office (it had been a speaker "and Olteț"; the sixty-eighth audit's) */
    if (first >= end || !holds_capital(r, first, end) || names_office(r, first, end) ||
        quoth_word_is(&r->p, first, "and") || quoth_word_is(&r->p, first, "of"))
        return 0;
    return quoth_store_run(r, first, end, lead);
}

/* Adds the name runs of the capitalized words [first, end). More than
 * four words from the first given name to the end, no nickname among
 * them, is a headline's run of
 * two names and a verb ("Walter Brink Slams Helena Marsh"): the given
 * name and the word after it, and the words from the last given name. */
int quoth_add_runs(quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) /* a nickname's marks: one name, not a headline's two */
        if (r->p.t[i].flags & TOK_QUOTE_OPEN) {
            r->nicknames = 1;
            return add_run(r, first, end);
        }
    /* nor with a particle in small letters inside: "Samir bin Khaled Abu
     * Nasser" is one man (it had been "Samir bin" and "Khaled Abu Nasser") */
    for (size_t i = first + 1; i + 1 < end; i++)
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && quoth_name_particle(r, i)) return add_run(r, first, end);
    if (end - first <= 4) return add_run(r, first, end); /* as end - given <= 4 below */
    size_t given = first_given_name(r, first, end), last = given;
    for (size_t i = given + 1; i + 1 < end; i++)
        if (given_name(r, i)) last = i;
    if (end - given <= 4 || last < given + 2) return add_run(r, first, end);
    int rc = add_run(r, first, given + 2);
    return rc ? rc : add_run(r, last, end);
}
