/*
 * source_titles.c - sources that name someone by a title, an office or a
 * description ("the spokesman", "the head of state", "the PM", "the mayor
 * of Penwithick", "the retired neurosurgeon", "the 46-year-old"): the
 * person named before whose role or description fits, or the one the
 * text is about (source_pronouns.c). Called once per source by speakers.c
 * and source_names.c (source_resolve.h).
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
int quoth_role_holds_title(const char *role, const char *title, int vice, int by_kind) {
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
        {"manager", "coach"}, {"coach", "manager"},
        /* a prime minister is "the premier" (the forty-fifth audit's
         * Slovak "Prime Minister Marián Dzurenko ... the premier said" had
         * been no one) */
        {"prime minister", "premier"}};
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
    /* Pakistan's police: "The IG said", "The DIG said" (the forty-first
     * audit's had been speakers "IG" and "DIG") */
    static const char *const IG[] = {"inspector general", "inspector-general", "ig", "igp", NULL};
    static const char *const DIG[] = {"deputy inspector general", "deputy inspector-general", "dig", NULL};
    /* and South Asia's election chief: "Election date set, CEC says" (the
     * forty-fifth audit's had been a body "CEC") */
    static const char *const CEC[] = {"chief election commissioner", "cec", NULL};
    /* and the ninety-second's district officers: India's "SP" and "SDM",
     * Ghana's "DCE" and "MCE", Uganda's "RDC" */
    static const char *const SP[] = {"superintendent of police", "sp", NULL};
    static const char *const SDM[] = {"sub-divisional magistrate", "sdm", NULL};
    static const char *const DCE[] = {"district chief executive", "dce", NULL};
    static const char *const MCE[] = {"municipal chief executive", "mce", NULL};
    static const char *const RDC[] = {"resident district commissioner", "rdc", NULL};
    /* and the hundredth's Tanzanian and Kenyan "DC" and the ninety-ninth's
     * Indian "DM" */
    static const char *const DC[] = {"district commissioner", "dc", NULL};
    static const char *const DM[] = {"district magistrate", "dm", NULL};
    static const struct {
        const char *abbreviation;
        const char *const *offices;
    } ABBREVIATIONS[] = {{"PM", PRIME}, {"CM", CHIEF}, {"CS", CABINET}, {"PS", PRINCIPAL}, {"CJ", JUSTICE}, {"DG", DIRECTOR},
                         {"CEO", EXECUTIVE}, {"CFO", FINANCE}, {"COO", OPERATIONS}, {"DCP", DCP}, {"ACP", ACP},
                         {"SHO", SHO}, {"DSP", DSP}, {"SSP", SSP}, {"IGP", IGP}, {"IG", IG}, {"DIG", DIG},
                         {"CEC", CEC}, {"SP", SP}, {"SDM", SDM}, {"DCE", DCE}, {"MCE", MCE}, {"RDC", RDC},
                         {"DC", DC}, {"DM", DM}};
    for (size_t k = 0; k < sizeof ABBREVIATIONS / sizeof *ABBREVIATIONS; k++)
        if (strcmp(word, ABBREVIATIONS[k].abbreviation) == 0) return ABBREVIATIONS[k].offices;
    return NULL;
}

int quoth_office_abbreviation(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].flags & TOK_ALL_CAPS) && r->p.t[i].norm_len <= 3 &&
           abbreviated_offices(quoth_token_norm(r->p.tl, i)) != NULL;
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
    return role && quoth_role_holds_title(role, (const char *)what, 0, 0) && !holds_whole_word(role, "former");
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
int32_t quoth_resolve_office_abbreviation(const quoth_resolver *r, quoth_tspan src, int *found) {
    *found = 0;
    uint32_t last = src.end - 1;
    /* "the DG ISPR": the office's abbreviation before its body's */
    if (last > src.first && last <= src.first + 2 && (r->p.t[last].flags & TOK_ALL_CAPS) &&
        (r->p.t[last - 1].flags & TOK_ALL_CAPS) && abbreviated_offices(quoth_token_norm(r->p.tl, last - 1)))
        last--;
    if (last > src.first + 2 || r->p.t[last].norm_len < 2 || r->p.t[last].norm_len > 3) return -1;
    const char *const *offices = abbreviated_offices(quoth_token_norm(r->p.tl, last));
    if (!offices || (last > 0 && quoth_coarse(&r->p, last - 1) == CT_NUM)) return -1; /* "10 PM" */
    int32_t holder = holder_around(r, src, office_holder, offices);
    /* India's "SP" is a party's too (the Samajwadi Party), "DC" a
     * capital's and "DM" a message's: an office only when someone holds
     * it */
    const char *word = quoth_token_norm(r->p.tl, last);
    *found = holder >= 0 || (strcmp(word, "SP") != 0 && strcmp(word, "DC") != 0 && strcmp(word, "DM") != 0);
    return holder;
}

/* "Teen's killing was targeted, sheriff says", "Tram line will open in
 * 2031, Białystok mayor promises": a headline's title with no article,
 * after a place's words at most, is the first person the article names
 * with that title (each had been no one, or another body of the place;
 * the forty-third audit's police news and Polish politics). -1 when the
 * source is no such title or no one holds it. */
int32_t quoth_resolve_headline_title(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = src.end - 1;
    if (last > src.first + 2 || !quoth_headline_line(&r->p, src.first) || !(r->p.t[last].lex & LEX_TITLE)) return -1;
    int place = 0;
    for (uint32_t i = src.first; i < last; i++) {
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && !quoth_possessive(&r->p, i)) return -1;
        place |= quoth_possessive(&r->p, i) || (quoth_name_classes_at(r, i) & NAME_PLACE);
    }
    int32_t s = holder_around(r, src, title_holder, quoth_token_norm(r->p.tl, last));
    /* a body's word before it is in the holder's role: "OPEC chief" is
     * no chief executive of another firm */
    if (s >= 0 && last > src.first && !place) {
        const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
        if (!role || !holds_word(role, quoth_token_norm(r->p.tl, last - 1))) return -1;
    }
    return s;
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

/* How many speakers quoth_resolve_title() remembers having turned away. */
#define TURNED_AWAY_MAX 256

/* What a title source says of the holder it looks for (quoth_resolve_title()). */
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
 * that quoth_resolve_title() looks for must be. */
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

/* "the duchess" after "the Duchess of Wexmoor", "the princess" after
 * "Princess Adela": a royal's or a peer's title is the first word of the
 * name, which holds no role (each had been no one; the twenty-eighth
 * audit's). */
static int name_opens_with_title(const quoth_resolver *r, int32_t s, const char *title) {
    const quoth_speaker *sp = &r->t->s[s];
    if (!title || !r->t->arena || sp->kind != QUOTH_KIND_PERSON || sp->name == UINT32_MAX) return 0;
    const char *name = r->t->arena + sp->name;
    size_t n = strlen(title);
    return strncasecmp(name, title, n) == 0 && name[n] == ' ';
}

/* Whether the rank right before run j's name is the title: "The base
 * commander, Colonel Wiebe Kuipers," is "the colonel", though his role is
 * the office set off before the rank (the ninety-sixth audit's had been
 * no one). A full name's run only, before the source: not "Governor
 * Kaya said", whose surname may have been read as another Kaya's. */
static int rank_before_run(const quoth_resolver *r, size_t j, quoth_tspan src, const char *title) {
    uint32_t first = r->t->runs[j].first;
    return title && first > 0 && r->t->runs[j].end <= src.first && r->t->runs[j].end >= first + 2 &&
           (r->p.t[first - 1].flags & TOK_CAPITALIZED) && (r->p.t[first - 1].lex & LEX_TITLE) &&
           quoth_word_is(&r->p, first - 1, title) &&
           (first < 2 || !(r->p.t[first - 2].flags & TOK_CAPITALIZED)); /* not "Vice President Joseph R. Biden" */
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
            if (pass == 1 && (name_opens_with_title(r, s, q->title) ||
                              (!q->former && !q->vice && rank_before_run(r, j, src, q->title))))
                return s;
            if (role && quoth_role_holds_title(role, q->title, q->vice, pass == 2) &&
                !(q->owner && !owned_role(role, q->owner, q->owner_gender)) &&
                !(pass == 0 && !holds_word(role, q->nation)) && !other_party(r, src.first + 1, last, role) &&
                holds_word(role, "former") == q->former)
                return s;
            if (memo) turned_away[s / 64] |= 1ull << (s % 64);
        }
    }
    return -1;
}

/* "the duchess" after "the Duchess of Wexmoor": the person named latest
 * whose name the peer's title opens; -1 when none. */
static int32_t ruler_named_before(const quoth_resolver *r, quoth_tspan src, uint32_t last) {
    const char *title = quoth_token_norm(r->p.tl, last);
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;)
        if (name_opens_with_title(r, r->t->runs[j].speaker, title)) return r->t->runs[j].speaker;
    return -1;
}

/* Whether the word at w is the title of the source's word at `title`:
 * the same word, or it with the Hausa linker "-n" of "Sarkin Dange" (the
 * Sarki of Dange); after the phrase's own "the", not a preposition's
 * object ("Counsel to the DSS, Mr. Ikenna Okafor," is no "DSS"). */
static int same_title_word(const quoth_resolver *r, size_t w, uint32_t title) {
    static const char *const PREPOSITIONS[] = {"of", "to", "for", "in", "at", "from", "on", "with", "against"};
    const quoth_phrases *p = &r->p;
    if (w < 2 || w == title || !quoth_word_is(p, w - 1, "the") ||
        quoth_word_in(p, w - 2, PREPOSITIONS, sizeof PREPOSITIONS / sizeof *PREPOSITIONS))
        return 0;
    if (p->t[w].lower_hash == p->t[title].lower_hash && p->t[w].norm_len == p->t[title].norm_len) return 1;
    const char *word = quoth_token_norm(p->tl, w), *of = quoth_token_norm(p->tl, title);
    size_t n = p->t[title].norm_len;
    return p->t[w].norm_len == n + 1 && strncasecmp(word, of, n) == 0 && word[n] == 'n';
}

/* Whether a title phrase that starts at w ends right before `end`: the
 * title alone, with what it rules after "of" ("the Kaigama of Zinder",
 * "the Iyaloja of the market") or with at most two capitalized words of
 * it ("the Sarkin Katsinan Maradi"). */
static int title_phrase_ends(const quoth_resolver *r, size_t w, size_t end) {
    if (end <= w || end > w + 5) return 0;
    if (end > w + 2 && quoth_word_is(&r->p, w + 1, "of")) {
        for (size_t i = w + 2; i < end; i++)
            if (r->p.t[i].flags & TOK_PUNCT) return 0;
        return 1;
    }
    for (size_t i = w + 1; i < end; i++)
        if (!(r->p.t[i].flags & TOK_CAPITALIZED)) return 0;
    return end <= w + 3;
}

/* Whether run j is a person whom an apposition gives the title of the
 * source's word at `title`, before the name ("the Emir, Alhaji Ibrahim
 * Ado Dan Kurmi,", "the Kaigama of Zinder, Elhadji Moussa Abdou,") or
 * after it ("Alhaji Bello Sani Yaro, the Sardaunan Kuraye,"). */
static int title_of_apposition(const quoth_resolver *r, const quoth_name_run *run, uint32_t title) {
    const quoth_phrases *p = &r->p;
    size_t lead = run->lead < run->first ? run->lead : run->first;
    if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) return 0;
    if (lead >= 3 && quoth_punct_is(p, lead - 1, ","))
        for (size_t w = lead - 2; w + 6 > lead && w > 1; w--)
            if (same_title_word(r, w, title) && title_phrase_ends(r, w, lead - 1)) return 1;
    size_t w = run->end + 2;
    if (w >= p->n || !quoth_punct_is(p, run->end, ",") || !same_title_word(r, w, title)) return 0;
    for (size_t end = w + 1; end < p->n && end <= w + 5; end++)
        if (quoth_punct_is(p, end, ",") || quoth_punct_is(p, end, ".")) return title_phrase_ends(r, w, end);
    return 0;
}

/* A royal's or a peer's title that is no monarch's. */
static int peer_word(const quoth_resolver *r, size_t i) {
    static const char *const PEERS[] = {"prince", "princess", "duke", "duchess", "earl", "countess"};
    return quoth_word_in(&r->p, i, PEERS, sizeof PEERS / sizeof *PEERS);
}

/* "the monarch" after "Oba Rasaq Adeniyi Onafowokan": the person named
 * latest with a ruler's title before the name (the eighty-ninth audit's
 * Yoruba kings, whose "Oba" is no part of the name, had been no one); -1
 * when none. */
static int32_t monarch_named_before(const quoth_resolver *r, quoth_tspan src) {
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) continue;
        for (size_t k = run->lead; k < run->first; k++)
            if ((quoth_ruler_word(r, k) && !peer_word(r, k)) || quoth_word_is(&r->p, k, "igwe") ||
                quoth_word_is(&r->p, k, "hrh")) /* "HRH Igwe ...", an Igbo king */
                return run->speaker;
    }
    return -1;
}

/* quoth_resolve_title_by_apposition(): the person named latest whom an
 * apposition gave the title. */
int32_t quoth_resolve_title_by_apposition(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = source_last_word(r, src);
    if (last != src.first + 1 || !quoth_word_is(&r->p, src.first, "the") ||
        (r->p.t[last].flags & (TOK_CAPITALIZED | TOK_ALL_CAPS)) != TOK_CAPITALIZED) /* not "the TRC" */
        return -1;
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        if (title_of_apposition(r, &r->t->runs[j], last)) return r->t->runs[j].speaker;
    }
    return -1;
}

/* "the spokesman", "The longtime senator", "Grayson's spokeswoman": the
 * person named latest before it whose role holds the title that ends the
 * source. Only after "the" or a possessive: "a Democratic senator" is
 * someone new, and "people close to the vice president" are not the vice
 * president. */
int32_t quoth_resolve_title(const quoth_resolver *r, quoth_tspan src) {
    uint32_t last = source_last_word(r, src);
    if (last == src.first + 3 && quoth_word_is(&r->p, src.first + 1, "head") && quoth_word_is(&r->p, src.first + 2, "of"))
        return resolve_head_of(r, src.first, last);
    if (last == src.first + 1 && quoth_word_is(&r->p, src.first, "the") &&
        quoth_word_is(&r->p, last, "monarch")) {
        int32_t monarch = monarch_named_before(r, src);
        if (monarch >= 0) return monarch;
    }
    if (last == src.first + 1 && quoth_word_is(&r->p, src.first, "the") && quoth_ruler_word(r, last)) {
        int32_t ruler = ruler_named_before(r, src, last);
        if (ruler >= 0) return ruler;
    }
    if (last == src.first || !title_word(r, last)) return -1;
    title_source q;
    if (!read_title_source(r, src, last, &q)) return -1;
    return latest_title_holder(r, src, last, &q);
}

/* How far a relative clause in a description may run. */
#define RELATIVE_CLAUSE_WORDS 24

/* Whether a comma closes the relative clause that opens at `who` within
 * a few words, before `stop`. */
static int clause_closes(const quoth_phrases *p, size_t who, size_t stop) {
    for (size_t k = who + 1; k < stop && k < who + RELATIVE_CLAUSE_WORDS; k++)
        if (quoth_punct_is(p, k, ",")) return 1;
    return 0;
}

/* The words that describe a person's run, [*first, *head] with the head
 * noun last: an apposition after it ("Ben Carson, a retired
 * neurosurgeon,"), else the common nouns right before it ("the actress
 * Susan Sarandon", "mega donor Sheldon Adelson"). 0 when there are none. */
int quoth_run_description(const quoth_resolver *r, const quoth_name_run *run, size_t *first, size_t *head) {
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
         * marched" is a clause, not an apposition; or by a relative
         * clause and its comma ("Ines Rego, an epidemiologist who led the
         * fieldwork," is "the epidemiologist" after it; the ninety-first
         * audit's had been no one) */
        if (end < stop && !(p->t[end].flags & TOK_PUNCT) &&
            !(quoth_word_is(p, end, "who") && clause_closes(p, end, stop)))
            return 0;
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

/* How many tokens back an indefinite mention of a description's noun is
 * looked for (quoth_indefinite_between()). */
#define INDEFINITE_LOOKBACK 400

/* Whether tokens [from, to) mention the noun at `noun` with "a", "an",
 * "another" or "one" before it: someone else of that kind came between
 * ("A group of parents said ... The group said" is not the alliance
 * named before; "a chemist who ... The chemist said" not Dr. Ruiz). */
int quoth_indefinite_between(const quoth_resolver *r, size_t from, size_t to, size_t noun) {
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
int32_t quoth_resolve_description(const quoth_resolver *r, quoth_tspan src) {
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
        if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON || !quoth_run_description(r, run, &first, &head) ||
            p->t[head].lower_hash != p->t[last].lower_hash)
            continue;
        uint32_t i = src.first + 1;
        while (i < last && holds_hash(p, first, head, p->t[i].lower_hash)) i++;
        if (i == last && (!possessive || holds_hash(p, first, head, p->t[src.first].lower_hash)))
            return quoth_indefinite_between(r, head + 1, src.first, last) ? -1 : run->speaker;
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

int quoth_person_noun(const quoth_resolver *r, uint32_t i) {
    /* the list is data (places.c), found with one probe of the name words */
    return (quoth_name_classes_at(r, i) & NAME_PERSON_NOUN) || parent_of_noun(r, i);
}

/* How many runs back quoth_resolve_courtesy_alone() looks: the person is
 * named in the paragraphs just before. */
#define COURTESY_RUNS_BACK 64

int32_t quoth_resolve_courtesy_alone(const quoth_resolver *r, quoth_tspan src) {
    /* and a sheikh's honorific in small letters: "Sheikh Abdulrahman bin
     * Ibrahim al-Suhaibani ... the sheikh said" (the forty-seventh
     * audit's had been no one) */
    /* set off with its relative clause too: "The Ugaas, who is in his
     * eighties and walks with a cane," (the fifty-first audit's) */
    int set_off = src.end > src.first + 3 && quoth_punct_is(&r->p, src.first + 2, ",");
    /* in small letters too: "the granman", "the toshao" (the
     * eighty-fourth audit's had been no one) */
    if ((src.end != src.first + 2 && !set_off) || !quoth_word_is(&r->p, src.first, "the") ||
        !((quoth_name_classes_at(r, src.first + 1) & NAME_COURTESY) || quoth_word_is(&r->p, src.first + 1, "sheikh") ||
          quoth_word_is(&r->p, src.first + 1, "sheikha")))
        return -1;
    uint64_t word = r->p.t[src.first + 1].lower_hash;
    size_t k = quoth_first_run_ending_after(r->t, src.first);
    for (size_t seen = 0; k-- > 0 && seen < COURTESY_RUNS_BACK; seen++) {
        const quoth_name_run *run = &r->t->runs[k];
        if (run->speaker < 0 || r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) continue;
        for (uint32_t i = run->lead; i < run->first; i++)
            if (r->p.t[i].lower_hash == word) return run->speaker;
        /* or after it: "Basavaprabhu Swamiji ... the Swamiji said" */
        if (run->end < r->p.n && r->p.t[run->end].lower_hash == word) return run->speaker;
    }
    return -1;
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

/* The head of a definite description of one person, by a noun that is no
 * title (quoth_person_noun()), that no rule before tied to anyone: "the
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
         !parent_of_noun(r, last) && /* which the tagger reads as a name */
         !(quoth_coarse(p, last) == CT_ADJ && quoth_person_noun(r, last))) || /* "the defendant", read as JJ */
        !r->pos_flags ||
        (r->pos_flags[p->t[last].pos] & QUOTH_POS_PLURAL) ||
        !(title ? public_office(r, last) : member || quoth_person_noun(r, last)))
        return -1;
    for (uint32_t i = src.first + 1; i < last; i++) {
        int c = quoth_coarse(p, i);
        if ((c != CT_NOUN && c != CT_ADJ && c != CT_PROPN) || quoth_word_is(p, i, "other") ||
            quoth_word_is(p, i, "vice") ||
            /* (but "the former Sweden international" is a player still) */
            (!title && quoth_word_is(p, i, "former") && !quoth_athlete_noun(r, last)))
            return -1;
        /* "the Kestrel driver": the team a driver races for */
        if ((p->t[i].flags & TOK_CAPITALIZED) && !quoth_party_of(quoth_token_norm(p->tl, i)) && !quoth_word_is(p, i, "U.S.") &&
            !(title && office_capital(r, i)) && !quoth_nationality_word(p, i) && !(member && state_word(r, i)) &&
            !(!title && quoth_team_person_noun(r, last)))
            return -1;
    }
    return last;
}

/* How old the text tells a person is, from the mention `run`: as an
 * order, 1000 for a parent's word before the name or set off after it
 * ("Her father, Hiroshi Sakamoto", "Sakamoto, her grandfather,") or "Sr."
 * in it, 1 for a child's or "Jr."; else an age set off after it
 * ("Hiroshi Sakamoto, 71,"); 0 when it tells none. Not a word after a
 * possessive ("Lohmann's daughter" is another). */
static int told_age(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const ELDERS[] = {"father", "mother", "grandfather", "grandmother", "uncle", "aunt"};
    static const char *const CHILDREN[] = {"son", "daughter", "grandson", "granddaughter", "nephew", "niece"};
    const quoth_phrases *p = &r->p;
    size_t end = run->end;
    if (quoth_word_is(p, end - 1, "sr.") || quoth_word_is(p, end - 1, "sr")) return 1000;
    if (quoth_word_is(p, end - 1, "jr.") || quoth_word_is(p, end - 1, "jr")) return 1;
    size_t from = run->lead >= 3 ? run->lead - 3 : 0, to = end;
    if (end + 1 < p->n && quoth_punct_is(p, end, ",")) to = end + 4 < p->n ? end + 4 : p->n;
    for (size_t i = from; i < to; i++) {
        if ((i >= run->lead && i < end) || p->t[i].sentence != p->t[run->first].sentence) continue;
        if (quoth_word_in(p, i, ELDERS, sizeof ELDERS / sizeof *ELDERS)) return 1000;
        if (quoth_word_in(p, i, CHILDREN, sizeof CHILDREN / sizeof *CHILDREN)) return 1;
        /* a sibling told younger or elder before the name: "Harlan's
         * younger brother, Travis Harlan," (the eighty-second audit's
         * "the younger Harlan" had been his brother) */
        if (i + 1 < run->lead && (quoth_word_is(p, i + 1, "brother") || quoth_word_is(p, i + 1, "sister"))) {
            if (quoth_word_is(p, i, "younger") || quoth_word_is(p, i, "youngest")) return 1;
            if (quoth_word_is(p, i, "elder") || quoth_word_is(p, i, "older") || quoth_word_is(p, i, "eldest") ||
                quoth_word_is(p, i, "oldest"))
                return 1000;
        }
    }
    if (end + 2 < p->n && quoth_punct_is(p, end, ",") && quoth_coarse(p, end + 1) == CT_NUM &&
        p->t[end + 1].norm_len <= 3)
        return atoi(quoth_token_norm(p->tl, end + 1));
    return 0;
}

/* How many namesakes quoth_resolve_elder_younger() tells apart. */
#define NAMESAKES_MAX 4

int32_t quoth_resolve_elder_younger(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    if (src.end < src.first + 3 || src.end > src.first + 5 || !quoth_word_is(p, src.first, "the")) return -1;
    int elder = quoth_word_is(p, src.first + 1, "elder") || quoth_word_is(p, src.first + 1, "older");
    if (!elder && !quoth_word_is(p, src.first + 1, "younger")) return -1;
    uint32_t last = src.end - 1;
    if (quoth_punct_is(p, last, ",")) last--;
    uint64_t surname = p->t[last].lower_hash;
    int32_t who[NAMESAKES_MAX];
    int age[NAMESAKES_MAX], n = 0;
    size_t k = quoth_first_run_ending_after(r->t, src.first);
    for (size_t seen = 0; k-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[k];
        if (run->speaker < 0) continue;
        const quoth_speaker *sp = &r->t->s[run->speaker];
        if (sp->kind != QUOTH_KIND_PERSON || sp->surname != surname || sp->name_words < 2) continue;
        int i = 0;
        while (i < n && who[i] != run->speaker) i++;
        if (i == n) {
            if (n == NAMESAKES_MAX) continue;
            who[n] = run->speaker, age[n++] = 0;
        }
        int told = told_age(r, run);
        if (told > age[i]) age[i] = told;
    }
    if (n < 2) return -1;
    /* of two, one told suffices: a parent's word or an age of forty and
     * more makes the elder, the other the younger */
    if (n == 2 && (!age[0] != !age[1])) {
        int known = age[0] ? 0 : 1, older = age[known] >= 40;
        return who[older == elder ? known : 1 - known];
    }
    int32_t best = -1;
    for (int i = 0, best_age = 0; i < n; i++)
        if (age[i] && (best < 0 || (elder ? age[i] > best_age : age[i] < best_age))) best = who[i], best_age = age[i];
    return best;
}

/* Whether w[0..n) is a number from one to ninety-nine in words
 * ("eighteen", "twenty-two"), as news writes an age opening a sentence. */
static int number_in_words(const char *w, size_t n) {
    static const char *const UNITS[] = {"one",     "two",      "three",    "four",     "five",    "six",
                                        "seven",   "eight",    "nine",     "ten",      "eleven",  "twelve",
                                        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                                        "nineteen"};
    static const char *const TENS[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (size_t k = 0; k < sizeof TENS / sizeof *TENS; k++) {
        size_t m = strlen(TENS[k]);
        if (n >= m && strncasecmp(w, TENS[k], m) == 0) {
            if (n == m) return 1;
            if (w[m] != '-') return 0;
            w += m + 1, n -= m + 1;
            break;
        }
    }
    for (size_t k = 0; k < sizeof UNITS / sizeof *UNITS; k++)
        if (strlen(UNITS[k]) == n && strncasecmp(w, UNITS[k], n) == 0) return 1;
    return 0;
}

/* Whether token i gives an age: "46-year-old", "34-year-old", and in
 * words, "Eighteen-year-old" (the sixty-fifth audit's had kept it in the
 * name). */
int quoth_age_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start, digits = 0;
    if (n <= 9 || strncasecmp(w + n - 9, "-year-old", 9) != 0) return 0;
    while (digits < n && w[digits] >= '0' && w[digits] <= '9') digits++;
    return digits > 0 ? digits < 4 && n - digits == 9 : number_in_words(w, n - 9);
}

/* "the 46-year-old", "The 57-year-old scientist", "the 34-year-old
 * mother of three": a person described by age, whom news names in the
 * sentence or two before. The end of the description (its first comma,
 * at most DESCRIPTION_WORDS_MAX words after the age), or -1 when the
 * source is no such description. */
static int64_t age_description_end(const quoth_resolver *r, quoth_tspan src) {
    if (src.end < src.first + 2 || !quoth_word_is(&r->p, src.first, "the") || !quoth_age_word(r, src.first + 1)) return -1;
    size_t end = src.first + 2;
    while (end < src.end && !quoth_punct_is(&r->p, end, ",")) {
        int c = quoth_coarse(&r->p, end);
        /* "the 26-year-old Briton", whose noun the tagger reads as a name */
        if ((c != CT_NOUN && c != CT_ADJ && c != CT_ADP && c != CT_NUM && !quoth_nationality_noun(&r->p, end)) ||
            end - src.first > DESCRIPTION_WORDS_MAX + 2)
            return -1;
        end++;
    }
    return (int64_t)end;
}

/* Whether token i writes the number of the age word at `age` ("58" of
 * "58-year-old"), or is that age word itself. */
static int same_age(const quoth_resolver *r, size_t i, size_t age) {
    const quoth_token *t = &r->p.t[i], *a = &r->p.t[age];
    size_t n = t->end - t->start, digits = 0;
    const char *w = r->text + t->start, *y = r->text + a->start;
    while (y[digits] >= '0' && y[digits] <= '9') digits++;
    return (n == digits || n == a->end - a->start) && memcmp(w, y, n) == 0;
}

/* "Mowinckel-Saeter, 58, who has led the company since 2019, said ...
 * the 58-year-old said": the person whose age the text gave as the same
 * number, set off after the name or as "58-year-old" before it, the
 * latest within LOOKBACK_MAX runs before tok; -1 when none was (the
 * thirty-third audit's; it had been no one, the age's person spoken of
 * three sentences before). */
/* The number set off after the run before tok ("Brent, 31"), the token
 * after the run's comma, or the age word of an apposition there; 0 when
 * there is none. */
static size_t age_after_name(const quoth_resolver *r, const quoth_name_run *run, size_t tok) {
    size_t e = run->end;
    if (e + 2 >= tok || !quoth_punct_is(&r->p, e, ",")) return 0;
    if (quoth_coarse(&r->p, e + 1) == CT_NUM) return e + 1;
    /* or an apposition that opens with the age: "Charest-Dubuc, a
     * 34-year-old former teacher," (the forty-sixth audit's) */
    return e + 3 < tok && (quoth_word_is(&r->p, e + 1, "a") || quoth_word_is(&r->p, e + 1, "an")) &&
                   quoth_age_word(r, e + 2)
               ? e + 2
               : 0;
}

static int32_t person_of_same_age(const quoth_resolver *r, size_t tok, size_t age) {
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (r->t->s[run->speaker].kind != QUOTH_KIND_PERSON) continue;
        size_t number = age_after_name(r, run, tok);
        if ((number && same_age(r, number, age)) ||
            (run->lead > 0 && quoth_age_word(r, run->lead - 1) && same_age(r, run->lead - 1, age)))
            return run->speaker;
    }
    return -1;
}

/* Whether the text gave speaker s another age than the age word at `age`
 * ("Brent, 31," is no "the 23-year-old"), within LOOKBACK_MAX runs
 * before tok. */
static int age_given_otherwise(const quoth_resolver *r, int32_t s, size_t tok, size_t age) {
    for (size_t j = first_run_from(r, tok), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        size_t number = run->speaker == s ? age_after_name(r, run, tok) : 0;
        if (number && quoth_punct_is(&r->p, number + 1, ",") && !same_age(r, number, age)) return 1;
    }
    return 0;
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
        if (quoth_run_description(r, run, &first, &h) && p->t[h].lower_hash != p->t[head].lower_hash &&
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
quoth_tspan quoth_without_age_apposition(const quoth_resolver *r, quoth_tspan src) {
    uint32_t end = src.end;
    if (end > src.first && quoth_punct_is(&r->p, end - 1, ",")) end--;
    if (end < src.first + 4 || quoth_coarse(&r->p, end - 1) != CT_NUM || r->p.t[end - 1].norm_len > 3 ||
        !quoth_punct_is(&r->p, end - 2, ","))
        return src;
    return (quoth_tspan){src.first, end - 2};
}

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

/* "Trump is taking questions in an Elks Lodge. The billionaire businessman
 * said ...": a description of one person that names no role a speaker
 * holds is the person the text is about at that point, as a "he" or "she"
 * would be (resolve_pronoun_at()), but only so near: the one person its
 * own sentence names before it as a subject, one who spoke in its sentence
 * or the one before, the one person those two sentences name, or the
 * subject that opens the sentence before. Not a person of the other
 * gender ("The businesswoman") or, by their role, of the other party.
 * With `title`, an office that quoth_resolve_title() found no holder for, in
 * office or former as it says: only a person the text gave no role, and
 * no one when the office went to someone unnamed just before. */
static int32_t resolve_salient(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, quoth_tspan src,
                               int title, int by_age) {
    int64_t head = by_age ? -1 : salient_description_head(r, src, title);
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
    /* "“They told everyone ... You don't say that,” the 23-year-old
     * said": an age stands for someone the text named before the
     * quotation that precedes it, so the sentences are counted from the
     * quotation's start (the striker named in the sentence before it had
     * been two sentences away; a blind audit's) */
    const quoth_attribution *a = &list->a[k];
    /* (and so do a nationality, "Sartori, 22, was furious. “I held my
     * line. ...,” the Italian told reporters", the thirty-ninth audit's,
     * and a team's manager, "“That ball was fair ...,” the Bay Rovers
     * manager said", not "the stage manager") */
    int team_staff = quoth_team_person_noun(r, (size_t)head) && (size_t)head > src.first + 1 &&
                     (r->p.t[src.first + 1].flags & TOK_CAPITALIZED);
    if ((age || team_staff || quoth_athlete_noun(r, (size_t)head) || quoth_nationality_noun(&r->p, (size_t)head)) &&
        a->n_content && a->content[0].first < tok &&
        (r->p.t[a->content[0].first].flags & TOK_QUOTE_OPEN))
        tok = a->content[0].first;
    int32_t s = age ? person_of_same_age(r, src.first, src.first + 1) : -1;
    if (s >= 0) return s;
    s = quoth_sole_recent_person(r, tok, lex, SCOPE_OWN_SENTENCE);
    /* the last speaker, named in the sentence before, or speaking on into
     * it when the text gave them no role that the description could
     * contradict ("The Pole" after two sentences of her quotation), nor an
     * age that quoth does not keep */
    /* an age, though, is the last speaker's whatever their role when
     * their statement reaches the sentence before and the text gave them
     * no other age ("..., Brent said. “...” \n\n Asked whether ..., the
     * 31-year-old insisted"; the thirty-sixth audit's sport had been no
     * one); and so is a capped player, a career that any role may follow
     * ("Lindahl, 41, told reporters. “...” \n\n Asked whether ..., the
     * former Sweden international said", the coach; the thirty-seventh
     * audit's had been no one) */
    int capped = !age && quoth_word_is(&r->p, (size_t)head, "international");
    if (s < 0 && (s = quoth_last_fitting_speaker(r, list, k, tok, lex, &at, &reach)) >= 0 &&
        r->p.t[at].sentence + 1 < r->p.t[tok].sentence &&
        (r->p.t[reach].sentence + 1 < r->p.t[tok].sentence ||
         (age      ? age_given_otherwise(r, s, tok, src.first + 1)
          : capped ? 0
                   : r->t->s[s].role != UINT32_MAX || described_otherwise(r, s, tok, (size_t)head))))
        s = -1;
    if (s < 0) s = quoth_sole_recent_person(r, tok, lex, SCOPE_TWO_SENTENCES);
    if (s < 0) s = quoth_previous_subject(r, tok, lex);
    if (s < 0 || r->t->s[s].kind != QUOTH_KIND_PERSON) return -1;
    /* a role of the same noun that quoth_resolve_description() did not match
     * differs in its modifiers: "a retired neurosurgeon" is no "former" one */
    const char *role = quoth_speaker_string(r->t, r->t->s[s].role);
    if (role && role_of_other_kind(role, quoth_token_norm(r->p.tl, (size_t)head))) return -1;
    /* a noun of people that the tagger read as an adjective ("the
     * defendant", "the priest") only for someone the text gave no role:
     * "Her father, Tom Reed," is no priest */
    if (role && !age && quoth_coarse(&r->p, (size_t)head) == CT_ADJ && quoth_person_noun(r, (size_t)head) &&
        !quoth_athlete_noun(r, (size_t)head)) /* "the Nigeria international" is a striker too */
        return -1;
    /* a title is no one's whose role quoth_resolve_title() found other: only a
     * person the text gave no role */
    if (role && (title || ends_with_word(role, quoth_token_norm(r->p.tl, (size_t)head)))) return -1;
    return role && other_party(r, src.first + 1, (uint32_t)head, role) ? -1 : s;
}

/* "the 74-year-old monarch": by its noun, else by its age, as "the
 * 74-year-old" (the thirty-seventh audit's had been no one once
 * "monarch" was a noun of people). */
int32_t quoth_resolve_salient_description(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                          quoth_tspan src, int title) {
    int32_t s = resolve_salient(r, list, k, src, title, 0);
    if (s < 0 && !title && salient_description_head(r, src, title) >= 0 && age_description_end(r, src) >= 0)
        s = resolve_salient(r, list, k, src, title, 1);
    return s;
}

/* "The mayor of Penwithick", "the governor of Kestria": a public office
 * of a place is its holder's, the latest before whose role holds the
 * office, else the first named after (news often names the mayor in the
 * next sentence), and no one when the text names none; never the place
 * (it had been the town). *found is set when the source reads so. */
int32_t quoth_holder_of_office_of(const quoth_resolver *r, quoth_tspan src, int *found) {
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
