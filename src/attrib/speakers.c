/*
 * speakers.c - resolving sources to the people and organizations they
 * name (the names themselves: name_runs.c and the files beside it,
 * speaker_names.h). Here are the entry point
 * and the flow of a document (its attributions in the order of the text,
 * then what its first sentence's descriptions announce, then the genders
 * its pronouns tell), resolve_source(), which tries the rules on one
 * source in their order of precedence, and the rules that read a source
 * as a whole (a spokesperson's principal, people of a place, a document
 * someone obtained, "his Honour", "the diplomat" after "a diplomat").
 * The rules that read its names are in source_names.c, its pronouns in
 * source_pronouns.c, its titles and descriptions in source_titles.c, the
 * bodies it names by a noun in source_bodies.c; what they share is
 * source_resolve.h.
 */
#include "attrib/speakers.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/name_runs.h"
#include "attrib/source_resolve.h"
#include "attrib/speaker_names.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/hash.h"

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
int quoth_names_apposed_person(const quoth_resolver *r, quoth_tspan src) {
    for (size_t j = first_run_from(r, src.first); j < r->t->n_runs && r->t->runs[j].first < src.end; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        size_t before = run->lead - 1; /* "..., 16-year-old Kayla Moreno," */
        if (before > src.first && quoth_age_word(r, before)) before--;
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
    int32_t k = quoth_run_ending_before_brackets(r, src.first - 1, &name_end);
    if (k < 0) return -1;
    const quoth_name_run *run = &r->t->runs[k];
    size_t opens = run->lead < run->first ? run->lead : run->first;
    if (quoth_run_is_place(r, run) || p->t[run->first].quote_depth != p->t[src.first].quote_depth ||
        (opens > 0 && quoth_coarse(p, opens - 1) == CT_ADP && !quoth_word_is(p, opens - 1, "by")) ||
        quoth_names_apposed_person(r, src))
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
            *speaker = quoth_resolve_pronoun_as(r, list, k, before, p->t[before].lex, 0);
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
        *speaker = quoth_resolve_pronoun_as(r, list, k, src.first + 3, p->t[src.first + 3].lex, 0);
        return PRINCIPAL_PRONOUN;
    }
    return PRINCIPAL_NONE;
}

/* Whether the words [first, end) name a body rather than a place. */
static int names_a_body(const quoth_resolver *r, uint32_t first, uint32_t end) {
    for (uint32_t i = first; i < end; i++)
        if (quoth_institution_word(r, i)) return 1;
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
                                         "protesters", "fishermen", "fisherman", "traders",   "motorists",
                                         /* "reports in Italy suggest" (it had been Italy; the
                                          * twenty-ninth audit's) */
                                         "reports",
                                         /* "A Western diplomat based in Vientiane", "A caller on
                                          * County Road 12" (each had been the place; the
                                          * forty-third audit's) */
                                         "diplomat", "diplomats", "caller", "callers"};
    static const char *const PLACES[] = {"in", "on", "near", "at", "from", "of"};
    static const char *const SETTLEMENTS[] = {"village", "town", "city", "district", "region", "province",
                                              "area", "suburb", "county", "neighborhood", "neighbourhood",
                                              /* "A resident of the 400 block of Lakeshore Drive" */
                                              "block"};
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first;
    if (i < src.end && (quoth_coarse(p, i) == CT_DET || quoth_coarse(p, i) == CT_NUM)) i++;
    /* a nationality's capital as well: "A Western diplomat" */
    if (i < src.end && quoth_coarse(p, i) == CT_ADJ && !(p->t[i].flags & TOK_CAPITALIZED && i + 1 < src.end &&
                                                         quoth_word_is(p, i + 1, "officials")))
        i++;
    if (i + 2 >= src.end || !quoth_word_in(p, i, PEOPLE, sizeof PEOPLE / sizeof *PEOPLE)) return 0;
    int officials = quoth_starts_with(p, i, "official");
    if (i + 3 < src.end && quoth_word_is(p, i + 1, "based") && quoth_word_is(p, i + 2, "in")) i++;
    if (!quoth_word_in(p, i + 1, PLACES, sizeof PLACES / sizeof *PLACES)) return 0;
    int of = quoth_word_is(p, i + 1, "of");
    i += 2;
    if (quoth_word_is(p, i, "the")) i++;
    if (i + 1 < src.end && quoth_coarse(p, i) == CT_NUM) i++;
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

/* "Several governments, led by Greece and Croatia,", "Finance ministers of
 * the Netherlands, Denmark and Finland": states or their ministers of two
 * places or more speak for none of them (each had been the last; the
 * twenty-ninth audit's). */
static int states_of_places(const quoth_resolver *r, quoth_tspan src) {
    static const char *const STATES[] = {"governments", "countries", "states", "nations", "ministers", "capitals"};
    const quoth_phrases *p = &r->p;
    uint32_t i = src.first, places = 0;
    while (i < src.end && i < src.first + 3 && (quoth_coarse(p, i) == CT_DET || quoth_coarse(p, i) == CT_ADJ ||
                                                  quoth_coarse(p, i) == CT_NUM || quoth_coarse(p, i) == CT_NOUN) &&
           !quoth_word_in(p, i, STATES, sizeof STATES / sizeof *STATES))
        i++;
    if (i >= src.end || !quoth_word_in(p, i, STATES, sizeof STATES / sizeof *STATES)) return 0;
    for (size_t j = first_run_from(r, i); j < r->t->n_runs && r->t->runs[j].first < src.end; j++)
        places += quoth_run_is_place(r, &r->t->runs[j]) ? 1 : 0;
    return places >= 2;
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
        if (quoth_punct_is(&r->p, i, ",")) return quoth_names_apposed_person(r, src);
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
    /* the noun first: few sources hold one, and quoth_run_in_source() is dear */
    uint32_t noun = src.first + 1;
    while (noun < src.end && !ministry_noun(r, noun)) noun++;
    if (noun >= src.end) return 0;
    int32_t k = quoth_run_in_source(r, src);
    if (k < 0) return 0;
    const quoth_name_run *run = &r->t->runs[k];
    noun = run->end;
    if (noun >= src.end || r->t->s[run->speaker].kind != QUOTH_KIND_ORGANIZATION || quoth_run_is_place(r, run) ||
        !ministry_noun(r, noun))
        return 0;
    size_t start = r->p.t[run->first].start;
    return quoth_body_speaker(r, r->text + start, r->p.t[noun - 1].end - start, noun, speaker);
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

/* "Halvergate Palace does not comment on broadcast debates, a spokesman
 * said": the body that is the subject of a statement before its bare
 * spokesman is the one spoken for (it had been no one; the twenty-eighth
 * audit's); -1 when the content opens otherwise. */
static int32_t body_subject_of_content(const quoth_resolver *r, const quoth_attribution *a) {
    if (a->n_content == 0 || a->content[0].end > a->source.first) return -1;
    uint32_t at = a->content[0].first;
    if (quoth_word_is(&r->p, at, "the")) at++;
    size_t j = first_run_from(r, at);
    if (j >= r->t->n_runs || r->t->runs[j].first != at || r->t->runs[j].speaker < 0) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    int c = run->end < r->p.n ? quoth_coarse(&r->p, run->end) : CT_PUNCT;
    const quoth_speaker *s = &r->t->s[run->speaker];
    return (c == CT_VERB || c == CT_AUX) && s->kind == QUOTH_KIND_ORGANIZATION && !s->place ? run->speaker : -1;
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
    int32_t subject = body_subject_of_content(r, &list->a[k]);
    if (subject >= 0) return subject;
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
    static const char *const PAPERS[] = {"document", "documents", "draft",    "memo",     "memos",   "emails",
                                         "files",    "records",   "filings",  "budgets",  "logs",    "texts",
                                         "transcripts", "invoices", "contracts", "minutes", "notes"};
    return quoth_document_noun(&r->p, i) || quoth_authored_work(r, i) ||
           quoth_word_in(&r->p, i, PAPERS, sizeof PAPERS / sizeof *PAPERS);
}

static int document_obtained_by(const quoth_resolver *r, quoth_tspan src) {
    static const char *const GOT[] = {"obtained", "seen", "reviewed", "received", "leaked"};
    /* past a determiner, if any: "Records obtained by the Riverton Courier"
     * (the nineteenth audit's had been the Courier's) */
    uint32_t i = src.first + ((r->p.t[src.first].lex & LEX_DETERMINER) || quoth_coarse(&r->p, src.first) == CT_POSS);
    /* and past the nouns joined to it: "tax filings and internal budgets
     * obtained by the Ledger" (the twenty-sixth audit's had been the
     * Ledger's) */
    int papers = 0;
    for (; i < src.end && i < src.first + 8; i++) {
        if (obtained_noun(r, i)) papers = 1;
        else if (quoth_coarse(&r->p, i) != CT_ADJ && quoth_coarse(&r->p, i) != CT_NOUN &&
                 !quoth_word_is(&r->p, i, "and"))
            break;
    }
    return papers && i + 1 < src.end && quoth_word_in(&r->p, i, GOT, sizeof GOT / sizeof *GOT) &&
           (quoth_word_is(&r->p, i + 1, "by") || quoth_word_is(&r->p, i + 1, "to"));
}

/* Whether the words [first, last) only say what kind of document follows:
 * adjectives, nouns and participles ("latest orbit", "published",
 * "most recent annual"). */
static int document_modifiers(const quoth_phrases *p, uint32_t first, uint32_t last) {
    for (uint32_t i = first; i < last; i++) {
        int c = quoth_coarse(p, i);
        if (c != CT_ADJ && c != CT_NOUN && !(c == CT_VERB && quoth_ends_with(p, i, "ed")) &&
            !quoth_word_is(p, i, "most"))
            return 0;
    }
    return 1;
}

/* "according to its latest update", "According to the company's filings":
 * a body's own document is the body's (each had been no one's; the
 * nineteenth audit's). 1 when the owner is "its" (resolved as "it"), 2
 * when it is "the NOUN's", 0 when the source reads otherwise; *speaker is
 * set when not 0. */
static int document_of_owner(const quoth_resolver *r, const quoth_attribution_list *list, size_t k, quoth_tspan src,
                             int32_t *speaker) {
    static const char *const PAPERS[] = {"update", "updates", "filing", "filings", "website", "figures", "data",
                                         "records", "accounts", "report", "statement", "announcement", "estimate",
                                         "estimates", "count",
                                         /* the twenty-eighth audit's: "According to the agency's
                                          * timeline", "the office's latest orbit calculation" */
                                         "timeline", "plan", "schedule", "calculation", "calculations",
                                         "forecast", "minutes"};
    const quoth_phrases *p = &r->p;
    uint32_t last = src.end - 1;
    while (last > src.first && (p->t[last].flags & TOK_PUNCT)) last--;
    if (last == src.first || last > src.first + 6 || !quoth_word_in(p, last, PAPERS, sizeof PAPERS / sizeof *PAPERS))
        return 0;
    if (quoth_word_is(p, src.first, "its")) {
        if (!document_modifiers(p, src.first + 1, last)) return 0;
        *speaker = quoth_resolve_pronoun_as(r, list, k, src.first, LEX_PRONOUN | LEX_NEUTER, 0);
        return 1;
    }
    if (quoth_word_is(p, src.first, "the") && last >= src.first + 3 && quoth_possessive(p, src.first + 2) &&
        quoth_coarse(p, src.first + 1) == CT_NOUN && !(p->t[src.first + 1].flags & TOK_CAPITALIZED) &&
        document_modifiers(p, src.first + 3, last)) {
        quoth_tspan owner = {src.first, src.first + 2};
        if ((*speaker = quoth_resolve_organization_noun(r, owner)) < 0)
            *speaker = quoth_resolve_kind_noun(r, owner, src.first + 1, NULL, 0);
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
        if ((t->flags & TOK_CAPITALIZED) || (t->lex & (LEX_TITLE | LEX_PRONOUN)) || quoth_people_noun(r, (uint32_t)head) ||
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

/* How many names may come before a lede's description
 * (named_in_next_paragraph()): a headline's and a dateline's. */
#define LEDE_RUNS_MAX 16

/* Whether token i is in a document's lede: its first paragraph, or the
 * one after a headline's line ("The prince said" further on is the prince
 * named before; the forty-second audit's). */
static int in_lede(const quoth_resolver *r, size_t i) {
    uint32_t para = paragraph_of(r, i);
    return para == 0 || (para == 1 && quoth_headline_line(&r->p, 0));
}

/* The head noun of a lede's description: a source of "a" or "an" and a
 * noun of people, the first words of its paragraph, with no name before
 * it in the article (a lede holds few names: past LEDE_RUNS_MAX of them,
 * it is no lede, and the walk stays short in a long document). 0 when the
 * source is no such description. */
static uint32_t lede_description_head(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    uint32_t head = src.first + 1;
    /* "A leading coastal scientist": a participle may open it, as an
     * adjective (the thirty-seventh audit's had been no one) */
    if (head + 2 < src.end && quoth_coarse(p, head) == CT_VERB && quoth_ends_with(p, head, "ing") &&
        !(p->t[head].flags & TOK_CAPITALIZED))
        head++;
    while (head + 1 < src.end && (quoth_coarse(p, head) == CT_ADJ || quoth_coarse(p, head) == CT_NOUN) &&
           (quoth_coarse(p, head + 1) == CT_ADJ || quoth_coarse(p, head + 1) == CT_NOUN))
        head++;
    /* besides "A former pharmacist", a body's person: "The boss of Carrow
     * Motors has warned", "The chief executive of convenience chain
     * Corrigan's has insisted", and after what was said, "..., its owner
     * announced" (the thirty-third and thirty-fourth audits'; each had
     * been the body, or no one) */
    int indefinite = quoth_word_is(p, src.first, "a") || quoth_word_is(p, src.first, "an");
    int of_body = quoth_word_is(p, src.first, "the") && head + 2 < src.end && quoth_word_is(p, head + 1, "of") &&
                  !(p->t[head].flags & TOK_CAPITALIZED);
    int owned = (quoth_word_is(p, src.first, "its") || quoth_word_is(p, src.first, "their")) && head + 1 == src.end;
    /* (not one whose apposition names the person: "The head of the
     * company, Anna Ross,"; one that describes the body stays: "The chief
     * executive of Loomis Freight, one of the largest logistics firms in
     * the Midwest,", the thirty-seventh audit's) */
    for (uint32_t i = head; of_body && i + 1 < src.end; i++)
        if (quoth_punct_is(p, i, ",") && (p->t[i + 1].flags & TOK_CAPITALIZED)) of_body = 0;
    /* and a title's or a role's holder by that noun alone: "The justice
     * secretary has defended ... \n\n Helen Marlow told MPs", "..., the
     * chief inspector of prisons has warned. \n\n In a report published
     * on Tuesday, Martin Kettering said" (the forty-second audit's had
     * been no one) */
    int definite = quoth_word_is(p, src.first, "the") && head + 1 == src.end && !(p->t[head].flags & TOK_CAPITALIZED) &&
                   ((p->t[head].lex & LEX_TITLE) || (quoth_name_classes_at(r, head) & NAME_ROLE)) && in_lede(r, src.first);
    if (!(indefinite || of_body || owned || definite) || head >= src.end || quoth_coarse(p, head) != CT_NOUN ||
        !quoth_people_noun(r, head) || (p->t[head].lex & LEX_GROUP_NOUN) ||
        (r->pos_flags && (r->pos_flags[p->t[head].pos] & QUOTH_POS_PLURAL)))
        return 0;
    size_t opening = quoth_after_dateline(p, quoth_sentence_first(p, src.first));
    int trailing = (definite || of_body) && src.first > opening && quoth_punct_is(p, src.first - 1, ",");
    if ((opening != src.first && !owned && !trailing) ||
        (opening > 0 && paragraph_of(r, opening - 1) == paragraph_of(r, opening) &&
         quoth_sentence_first(p, opening) != quoth_sentence_first(p, opening - 1)))
        return 0;
    size_t before = first_run_from(r, src.first);
    if (before > LEDE_RUNS_MAX) return 0;
    /* (a headline's capitals make people of bodies: "Corrigan's boss
     * defends ...") */
    for (size_t b = 0; b < before; b++)
        if (r->t->s[r->t->runs[b].speaker].kind == QUOTH_KIND_PERSON &&
            (indefinite || !quoth_headline_line(p, r->t->runs[b].first)))
            return 0;
    return head;
}

/* "Professor Imogen Hartley", "Prof Hartley": a scholar's title, which
 * a lede's "A leading coastal scientist" may go without (the
 * thirty-seventh audit's had been no one). */
static int scholar_title(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "professor") || quoth_word_is(&r->p, i, "prof") ||
           quoth_word_is(&r->p, i, "prof.");
}

/* "Dana Whitcombe, 52, made the comments during ...": a name that opens
 * its paragraph as the subject of a verb, past an age set off by commas;
 * the lede's description is whom it names though no statement of the
 * paragraph is theirs (the thirty-seventh audit's had been the body). */
static int subject_set_off(const quoth_resolver *r, const quoth_name_run *run) {
    size_t i = run->end;
    if (i + 2 < r->p.n && quoth_punct_is(&r->p, i, ",") && quoth_name_before_age(r, i - 1) &&
        quoth_punct_is(&r->p, i + 2, ","))
        i += 3;
    return i > run->end && i < r->p.n && (quoth_coarse(&r->p, i) == CT_VERB || quoth_coarse(&r->p, i) == CT_AUX);
}

/* "A former pharmacist at the Lindqvist Family Pharmacy testified ...
 * that ... \n\n Rosalind Achterberg, 41, who worked at the pharmacy ...,
 * told jurors ...": a lede's description (lede_description_head()) is
 * the person the next paragraph opens with, named there for the first
 * time, in full, with no other title before the name, when that name is
 * the source of a statement of that paragraph (it had been no one; the
 * twenty-second audit's court reports). -1 when the next paragraph opens
 * otherwise. */
static int32_t named_in_next_paragraph(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                       quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    uint32_t head = lede_description_head(r, src);
    if (!head) return -1;
    uint32_t para = paragraph_of(r, src.first);
    size_t j = first_run_from(r, src.end);
    for (; j < r->t->n_runs && paragraph_of(r, r->t->runs[j].first) == para; j++) {}
    /* a body's person past the bodies that open the paragraph ("In a post
     * on LinkedIn ..., Alisha Brennan wrote"), four at most */
    int indefinite = quoth_word_is(p, src.first, "a") || quoth_word_is(p, src.first, "an");
    for (size_t skipped = 0; !indefinite && skipped < 4 && j < r->t->n_runs &&
                             r->t->s[r->t->runs[j].speaker].kind != QUOTH_KIND_PERSON &&
                             paragraph_of(r, r->t->runs[j].first) == para + 1;
         skipped++)
        j++;
    if (j >= r->t->n_runs) return -1;
    const quoth_name_run *run = &r->t->runs[j];
    size_t lead = run->lead < run->first ? run->lead : run->first;
    const quoth_speaker *sp = &r->t->s[run->speaker];
    /* the paragraph's first name, though words may come before it ("In a
     * post on LinkedIn on Sunday evening, Alisha Brennan wrote"), for a
     * body's person; a stranger's description needs the paragraph to open
     * with the name */
    int opens = quoth_sentence_first(p, lead) == lead && (lead == 0 || paragraph_of(r, lead - 1) != para + 1);
    if (paragraph_of(r, lead) != para + 1 || (!opens && indefinite) || sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2 ||
        sp->first_token != run->first)
        return -1;
    /* a title before the name is the description's noun, or another
     * person's ("A senator said ... Vice President Ana Ruiz") */
    int same = 1, titled = 0; /* but a form of address is no title: "Sir Anthony Ridsdale" */
    for (size_t i = lead; i < run->first; i++) {
        if (p->t[i].lower_hash == p->t[head].lower_hash) titled = 1;
        else if (!(p->t[i].lex & LEX_HONORIFIC) && !quoth_address_before_name(r, i) && !scholar_title(r, i)) same = 0;
    }
    same |= titled;
    if (same && opens && subject_set_off(r, run)) return run->speaker;
    for (size_t m = k + 1; same && m < list->n; m++) {
        const quoth_attribution *b = &list->a[m];
        if (quoth_tspan_empty(b->source)) continue;
        if (paragraph_of(r, b->source.first) > para + 1) break;
        if (b->source.first == lead) return run->speaker;
    }
    return -1;
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
    quoth_resolve_personal_pronoun(r, list, k);
    /* "Lumera said ... It said": a one-word name that "It" stands for
     * is a body's, whatever the entity tagger made of it, for the
     * descriptions after it ("the company") too */
    if (a->speaker >= 0 && (r->p.t[src.first].lex & LEX_NEUTER) &&
        r->t->s[a->speaker].kind == QUOTH_KIND_PERSON)
        r->t->s[a->speaker].kind = QUOTH_KIND_ORGANIZATION;
    return 1;
}

enum { NAME_CLAUSE_MAX = 24 }; /* words of a relative clause after the source read for its name */

/* "identified" or "name", before "(only) as" and the name given. */
static int identified_or_name(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "identified") || quoth_word_is(&r->p, i, "name");
}

/* "Some farmers who spoke to the Daily Coastline", "Students who spoke
 * to the Daily Meridian at the polytechnic": people the source does not
 * name, whose relative clause names only whom they spoke to (each had
 * been the newspaper). Whether the source reads so: common words, then
 * "who spoke" or "who talked" and "to". */
static int unnamed_who_spoke_to(const quoth_resolver *r, quoth_tspan src) {
    for (uint32_t i = src.first + 1; i + 3 < src.end && i < src.first + 6; i++) {
        if ((r->p.t[i].flags & TOK_CAPITALIZED) && i > src.first) return 0;
        if (quoth_word_is(&r->p, i, "who"))
            return (quoth_word_is(&r->p, i + 1, "spoke") || quoth_word_is(&r->p, i + 1, "talked")) &&
                   quoth_word_is(&r->p, i + 2, "to");
    }
    return 0;
}

/* "A woman who gave only her first name, Jelena,", "a clerk who asked
 * to be identified only as Bobby", "a mechanic who goes by Pops": the one
 * name a relative clause of the source gives its speaker is that
 * speaker's (each had been no one; the twenty-fourth audit's). The
 * speaker of the name run at the word after "name" or "nickname" and an
 * optional comma, or after "identified (only) as", "her name (only) as"
 * or "goes by"; -1 when there is none. */
static int32_t name_given_in_source(const quoth_resolver *r, quoth_tspan src, quoth_tspan cue) {
    static const char *const NAME_NOUNS[] = {"name", "nickname"}, *const GOES[] = {"goes", "go", "went"};
    /* or in the clause right after it, which the source leaves out as
     * PolNeAR's annotators mostly do ("a deli clerk | who asked to be
     * identified only as Bobby | said"), up to the cue */
    /* "a user posting as @tablefortwo_fen", "a commenter writing as ...":
     * a handle that a participle's clause gives (the thirtieth audit's
     * social media) */
    static const char *const POSTING[] = {"posting", "writing", "who"};
    uint32_t end = src.end;
    /* the clause ends at the cue, or after a source set after its cue
     * ("replied a user posting as @tablefortwo_fen") at the sentence's end */
    uint32_t clause_end = cue.first > end ? cue.first : (uint32_t)quoth_sentence_end(&r->p, end - 1);
    if (clause_end > end && (quoth_word_in(&r->p, end, POSTING, 3) || quoth_word_is(&r->p, end - 1, "who") ||
                             (quoth_punct_is(&r->p, end, ",") && quoth_word_in(&r->p, end + 1, POSTING, 3))))
        end = clause_end - end > NAME_CLAUSE_MAX ? end + NAME_CLAUSE_MAX : clause_end;
    int clause = 0;
    for (uint32_t i = src.first; i + 1 < end; i++) {
        if (quoth_word_in(&r->p, i, POSTING, 3)) clause = 1;
        if (!clause) continue;
        uint32_t at = 0;
        if (quoth_word_in(&r->p, i, NAME_NOUNS, 2)) at = quoth_punct_is(&r->p, i + 1, ",") ? i + 2 : i + 1;
        else if (quoth_word_is(&r->p, i, "as") &&
                 (identified_or_name(r, i - 1) || (quoth_word_is(&r->p, i - 1, "only") && identified_or_name(r, i - 2)) ||
                  quoth_word_in(&r->p, i - 1, POSTING, 2)))
            at = i + 1;
        else if (quoth_word_is(&r->p, i, "by") && quoth_word_in(&r->p, i - 1, GOES, 3))
            at = i + 1;
        if (!at || at >= end || !((r->p.t[at].flags & TOK_CAPITALIZED) || quoth_handle_at(&r->p, at))) continue;
        size_t k = quoth_first_run_ending_after(r->t, at);
        if (k < r->t->n_runs && r->t->runs[k].first == at) return r->t->runs[k].speaker;
    }
    return -1;
}

/* The sources whose names are not who speaks, read before any name: an
 * interview's label, a spokesperson's principal, a body based in a place,
 * people near someone or somewhere, a relative clause taken whole. 1 when
 * one of them answered (with no one, maybe). */
/* "Carmen Solís-Vega, the three-weight world champion known throughout
 * Valderrama as “La Tormenta,” said": a source that is only the quoted
 * nickname after "known as" (the tagger's span) is the person who opens
 * the sentence, when one does (it had been "La Tormenta"; the
 * thirty-sixth audit's). -1 otherwise. */
static int32_t subject_of_quoted_nickname(const quoth_resolver *r, quoth_tspan src) {
    static const char *const NAMING[] = {"as", "called", "nicknamed", "dubbed"};
    const quoth_phrases *p = &r->p;
    if (src.first < 2 || !(p->t[src.first].flags & TOK_QUOTE_OPEN) ||
        !quoth_word_in(p, src.first - 1, NAMING, sizeof NAMING / sizeof *NAMING))
        return -1;
    size_t opening = quoth_after_dateline(p, quoth_sentence_first(p, src.first));
    size_t j = quoth_first_run_ending_after(r->t, opening);
    if (j >= r->t->n_runs || r->t->runs[j].lead != opening || r->t->runs[j].end >= src.first) return -1;
    int32_t s = r->t->runs[j].speaker;
    return s >= 0 && r->t->s[s].kind == QUOTH_KIND_PERSON ? s : -1;
}

/* "The 34-year-old, a schoolteacher from Kato Dafni,", "The 63-year-old
 * Peronist, now in his third term,": an age that opens the source, one
 * word at most and a comma after it, is the person the text described so
 * (the place or the party named in the words after had been the
 * speaker; the forty-third audit's). -1 when the source is no such age
 * or finds no one. */
static int32_t age_before_apposition(const quoth_resolver *r, const quoth_attribution_list *list, size_t k,
                                     quoth_tspan src) {
    if (src.end < src.first + 4 || !quoth_word_is(&r->p, src.first, "the") || !quoth_age_word(r, src.first + 1))
        return -1;
    uint32_t comma = src.first + 2;
    /* (a capitalized word, the name a place or a party would give: "The
     * 58-year-old mayor," is read by its noun) */
    if (!quoth_punct_is(&r->p, comma, ",") && (r->p.t[comma].flags & TOK_CAPITALIZED)) comma++;
    if (comma >= src.end || !quoth_punct_is(&r->p, comma, ",")) return -1;
    return quoth_resolve_salient_description(r, list, k, (quoth_tspan){src.first, src.first + 2}, 0);
}

static int resolve_before_names(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if (quoth_resolve_interview_label(r, a)) return 1;
    if ((a->speaker = age_before_apposition(r, list, k, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if ((a->speaker = quoth_resolve_bench(r, src)) >= 0 || (a->speaker = quoth_resolve_owned_body(r, src)) >= 0 ||
        (a->speaker = quoth_resolve_courtesy_alone(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    if ((a->speaker = subject_of_quoted_nickname(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_NAME;
        return 1;
    }
    /* "The boss of Carrow Motors has warned ... \n\n Sir Anthony
     * Ridsdale, who has run the company since 2018, said": the person,
     * not the body that names their post (named_in_next_paragraph()) */
    if (!quoth_word_is(&r->p, src.first, "a") && !quoth_word_is(&r->p, src.first, "an") &&
        (a->speaker = named_in_next_paragraph(r, list, k, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
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
        quoth_based_in_place(r, src.first + 1, last_word)) {
        a->speaker = quoth_resolve_organization_noun(r, src);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((a->speaker = name_given_in_source(r, src, a->cue)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_NAME;
        return 1;
    }
    if (group_of_named_person(r, src) || people_of_place(r, src) || source_close_to(r, src) ||
        unnamed_who_spoke_to(r, src) || states_of_places(r, src)) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
        return 1;
    }
    /* a relative clause taken whole for the source: "Ed Rendell, who
     * serves as chairman of the Philadelphia 2016 Host Committee" is
     * Rendell, not the committee; "Marco Rubio, who many in the Republican
     * establishment had backed" is not Rubio */
    if (src.end > src.first + 1 && leads_relative_clause(r, src.first) &&
        (a->speaker = quoth_resolve_relative(r, (quoth_tspan){.first = src.first, .end = src.first + 1})) >= 0) {
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
        (a->speaker = quoth_resolve_untagged_surname(r, (quoth_tspan){.first = src.first, .end = src.first + 1})) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_SURNAME;
        return 1;
    }
    return 0;
}

/* How many statements and paragraphs back "the statement" looks for the
 * one that announced it, and how many words around that one's cue it
 * reads for "statement" (not the whole sentence, which may run to 400
 * tokens). */
enum { ISSUER_STATEMENTS_MAX = 8, ISSUER_PARAGRAPHS = 3, ISSUER_WORDS = 24 };

/* Whether the sentence of statement b's token i holds the word of token
 * `noun` near i, outside what b says ("said in a statement", "issued a
 * statement", "a report released Monday by the Y"; not "called a report
 * ... outrageous", whose report is another's). */
static int sentence_holds_word(const quoth_resolver *r, const quoth_attribution *b, size_t i, size_t noun) {
    size_t first = quoth_sentence_first(&r->p, i), end = quoth_sentence_end(&r->p, i);
    if (i > first + ISSUER_WORDS) first = i - ISSUER_WORDS;
    if (end > i + ISSUER_WORDS) end = i + ISSUER_WORDS;
    for (size_t k = first; k < end; k++)
        if (r->p.t[k].lower_hash == r->p.t[noun].lower_hash && k != noun && !quoth_in_content(b, k)) return 1;
    return 0;
}

/* The noun of a document that a source names by "the" or "its" and at
 * most two words in small letters ("the statement", "the 87-page report",
 * "Its latest survey"), or UINT32_MAX. */
static uint32_t document_noun(const quoth_resolver *r, quoth_tspan src) {
    static const char *const DOCUMENTS[] = {"statement", "report", "study",  "survey",    "review",   "complaint",
                                            "petition",  "notice", "post",   "letter",    "memo",     "filing",
                                            "lawsuit",   "suit",   "analysis", "assessment", "email", "communique",
                                            "bulletin"};
    static const char *const DETERMINERS[] = {"the", "its", "their"};
    if (src.end < src.first + 2 ||
        !quoth_word_in(&r->p, src.first, DETERMINERS, sizeof DETERMINERS / sizeof *DETERMINERS))
        return UINT32_MAX;
    for (uint32_t i = src.first + 1; i < src.end && i <= src.first + 3; i++) {
        if (quoth_word_in(&r->p, i, DOCUMENTS, sizeof DOCUMENTS / sizeof *DOCUMENTS))
            return i + 1 == src.end || quoth_punct_is(&r->p, i + 1, ",") ? i : UINT32_MAX;
        if ((r->p.t[i].flags & (TOK_CAPITALIZED | TOK_PUNCT)) || quoth_coarse(&r->p, i) == CT_VERB) return UINT32_MAX;
    }
    return UINT32_MAX;
}

/* Whether speaker s may issue a document: not a newspaper, which reports
 * one ("according to The Guardian, the email ..."), nor a court, where
 * a lawsuit is filed. */
static int document_maker(const quoth_resolver *r, int32_t s) {
    const quoth_speaker *sp = &r->t->s[s];
    const char *name = quoth_speaker_string(r->t, sp->name);
    uint32_t last = sp->first_token + sp->name_words - 1;
    return !sp->paper && !(name && holds_whole_word(name, "court")) &&
           !(sp->name_words && last < r->p.n && quoth_newspaper_word(&r->p, last));
}

/* "X said in a statement ... the statement said", "according to a report
 * released Monday by the Y ... The report argues": the speaker of the
 * latest statement before, within a few paragraphs, whose sentence names
 * the same document (each had been no one; the audits' readers name its
 * issuer). -1 when none. */
static int32_t document_issuer(const quoth_resolver *r, const quoth_attribution_list *list, size_t k) {
    quoth_tspan src = list->a[k].source;
    uint32_t noun = document_noun(r, src);
    if (noun == UINT32_MAX) return -1;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t m = k, seen = 0; m-- > 0 && seen++ < ISSUER_STATEMENTS_MAX;) {
        const quoth_attribution *b = &list->a[m];
        uint32_t at = b->cue.end > b->cue.first ? b->cue.first : b->content[0].first;
        if (para - paragraph_of(r, at) > ISSUER_PARAGRAPHS) break;
        if (b->speaker < 0 || !document_maker(r, b->speaker)) continue;
        /* nor a headline's "Report:" made a speaker of its own */
        const char *name = quoth_speaker_string(r->t, r->t->s[b->speaker].name);
        if (name && strcasecmp(name, quoth_token_norm(r->p.tl, noun)) == 0) continue;
        if (sentence_holds_word(r, b, at, noun)) return b->speaker;
    }
    return -1;
}

/* How many name runs back "the complaint" looks for who filed it. */
#define PLAINTIFF_RUNS_MAX 48

/* The verbs of bringing a suit, whose subject is who "the complaint", "the
 * lawsuit" speaks for. */
static int suing_verb(const quoth_resolver *r, size_t i) {
    static const char *const SUING[] = {"sued", "sues", "suing", "filed", "files", "brought", "lodged"};
    return quoth_word_in(&r->p, i, SUING, sizeof SUING / sizeof *SUING);
}

/* "Rosa Calloway sued her former manager ... The complaint alleges":
 * who brought the suit, the name right before the latest verb of suing
 * (past "has", "have") within a few paragraphs, when the source is the
 * complaint, the lawsuit, the suit or the petition (each had been no one;
 * the audits' readers name the plaintiff). -1 when none. */
static int32_t plaintiff_of(const quoth_resolver *r, const quoth_attribution_list *list, size_t k) {
    static const char *const SUITS[] = {"complaint", "lawsuit", "suit", "petition"};
    quoth_tspan src = list->a[k].source;
    uint32_t noun = document_noun(r, src);
    if (noun == UINT32_MAX || !quoth_word_in(&r->p, noun, SUITS, sizeof SUITS / sizeof *SUITS)) return -1;
    uint32_t para = paragraph_of(r, src.first);
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < PLAINTIFF_RUNS_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (para - paragraph_of(r, run->first) > ISSUER_PARAGRAPHS) break;
        size_t verb = run->end;
        if (verb < r->p.n && (quoth_word_is(&r->p, verb, "has") || quoth_word_is(&r->p, verb, "have"))) verb++;
        if (verb >= r->p.n || !suing_verb(r, verb) || r->p.t[run->first].quote_depth) continue;
        const quoth_speaker *sp = &r->t->s[run->speaker];
        if ((sp->kind != QUOTH_KIND_PERSON && sp->kind != QUOTH_KIND_ORGANIZATION) || sp->place) continue;
        return run->speaker;
    }
    return -1;
}

/* How many paragraphs back "the panel" looks for its body. */
#define PANEL_PARAGRAPHS 8

/* "the panel" after "the Football Compensation Panel" or "the Court of
 * Sports Arbitration": the latest body named with "Panel", else with the
 * noun of a tribunal, a court or a mission, within a few paragraphs
 * (each had been no one; the audits' sports, UN and court news). -1 when
 * none. */
static int32_t panel_body(const quoth_resolver *r, quoth_tspan src) {
    static const char *const BENCHES[] = {"tribunal", "court", "arbitration", "mission", "commission", "committee"};
    if (src.end != src.first + 2 || !quoth_word_is(&r->p, src.first, "the") || !quoth_word_is(&r->p, src.first + 1, "panel"))
        return -1;
    uint32_t para = paragraph_of(r, src.first);
    int32_t bench = -1;
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (para - paragraph_of(r, run->first) > PANEL_PARAGRAPHS) break;
        const quoth_speaker *sp = &r->t->s[run->speaker];
        if (sp->kind != QUOTH_KIND_ORGANIZATION || sp->place) continue;
        const char *name = quoth_speaker_string(r->t, sp->name);
        if (holds_whole_word(name, "panel")) return run->speaker;
        for (size_t b = 0; bench < 0 && b < sizeof BENCHES / sizeof *BENCHES; b++)
            if (holds_whole_word(name, BENCHES[b])) bench = run->speaker;
    }
    return bench;
}

/* Whether the name run `office` opens the source as an office before a
 * person's name does: right after its start or its determiner, a body's
 * name ("The Odikro of Asonkore,"); after a determiner and a word in
 * small letters, a body's name too ("The local MCA," the hundredth
 * audit's); after an office's noun and its preposition, a name of any
 * kind ("The conselleiro do Medio Rural," whose "do" the tagger reads as
 * a verb; the ninety-eighth audit's). */
static int office_opens_source(const quoth_resolver *r, quoth_tspan src, const quoth_name_run *office) {
    /* Galician, Portuguese, Spanish and Italian "of" */
    static const char *const ROMANCE_OF[] = {"do", "da", "de", "del", "di"};
    const quoth_phrases *p = &r->p;
    int determiner = quoth_coarse(p, src.first) == CT_DET;
    if (office->first == src.first + 3)
        return determiner && quoth_coarse(p, src.first + 1) == CT_NOUN &&
               !(p->t[src.first + 1].flags & TOK_CAPITALIZED) &&
               (quoth_coarse(p, src.first + 2) == CT_ADP ||
                quoth_word_in(p, src.first + 2, ROMANCE_OF, sizeof ROMANCE_OF / sizeof *ROMANCE_OF));
    if (r->t->s[office->speaker].kind != QUOTH_KIND_ORGANIZATION) return 0;
    if (office->first == src.first + 2)
        return determiner && (p->t[src.first + 1].flags & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA;
    return office->first == src.first || (office->first == src.first + 1 && determiner);
}

/* "The Odikro of Asonkore, Nana Kofi Owusu Agyemang,", "The Ashanti
 * Regional Police Commander, COP Kwasi Ofori Asamoah,": a name read as a
 * body's, set off before a person's name that ends the source, is that
 * person's office (a body is no one's apposition; each had been the
 * "body", the ninetieth audit's chiefs and officers); a name of two
 * words at least, as a body's own name of one may follow it ("the
 * National Association of Vehicle Manufacturers, Anfavel,"). The office
 * opens the source (office_opens_source()). -1 otherwise. */
static int32_t person_apposed_to_office(const quoth_resolver *r, quoth_tspan src) {
    size_t j = first_run_from(r, src.first);
    if (j + 1 >= r->t->n_runs) return -1;
    const quoth_name_run *office = &r->t->runs[j], *person = &r->t->runs[j + 1];
    size_t lead = person->lead < person->first ? person->lead : person->first;
    size_t end = src.end - (quoth_punct_is(&r->p, src.end - 1, ",") ? 1 : 0);
    if (!office_opens_source(r, src, office) || lead != office->end + 1 || !quoth_punct_is(&r->p, office->end, ",") ||
        person->end != end || person->end < person->first + 2 || r->t->s[person->speaker].kind != QUOTH_KIND_PERSON)
        return -1;
    return person->speaker;
}

/* "Lyonpo said", "Dasho added": a form of courtesy alone is the person
 * named with it latest before (each had been a speaker "Lyonpo"; the
 * forty-ninth audit's Bhutanese news). -1 when none. */
static int32_t courtesy_alone(const quoth_resolver *r, quoth_tspan src) {
    if (src.end != src.first + 1 || !quoth_courtesy_word(r, src.first)) return -1;
    uint64_t word = r->p.t[src.first].lower_hash;
    for (size_t j = first_run_from(r, src.first), seen = 0; j-- > 0 && seen++ < LOOKBACK_MAX;) {
        const quoth_name_run *run = &r->t->runs[j];
        if (run->first > 0 && run->first - 1 != src.first && r->p.t[run->first - 1].lower_hash == word &&
            r->t->s[run->speaker].kind == QUOTH_KIND_PERSON)
            return run->speaker;
    }
    return -1;
}

/* Words of a regulator's name, by how surely they name one: only a
 * watchdog's, a public body's that may be the one regulated ("the
 * Metropolitan Transit Authority"), any body's. */
static const char *const REGULATOR_WORDS[] = {
    "regulator", "regulatory", "supervisory", "oversight", "inspectorate", "watch",  "audit",   "standards",
    "conduct",   "integrity",  "ombudsman",   "inspector", "commission",   "authority", "board", "office",
    "council",   "agency"};
static const size_t REGULATOR_TIER_END[] = {12, 14, 18}; /* the end of each tier in REGULATOR_WORDS */

/* The tier of a body's name among REGULATOR_WORDS (0 the surest), or 3
 * when it holds none. */
static size_t regulator_tier(const char *name) {
    for (size_t i = 0, tier = 0; i < sizeof REGULATOR_WORDS / sizeof *REGULATOR_WORDS; i++) {
        while (i >= REGULATOR_TIER_END[tier]) tier++;
        if (holds_whole_word(name, REGULATOR_WORDS[i])) return tier;
    }
    return 3;
}

/* How many runs of the document "the regulator" reads. */
#define REGULATOR_RUNS_MAX 512

/* "The regulator said", a headline's "Watchdog says": the body the
 * article names whose name a regulator's holds ("the Gambling Standards
 * Commission", "Mineral Integrity Watch"), the surest such name first,
 * the nearest before the source, else the first after (a headline's is
 * named in the lede). Each had been no one, the company regulated, or
 * "Watchdog" (the audits' readers named the body 31 times of 33). -1 when
 * none. */
static int32_t regulator_body(const quoth_resolver *r, quoth_tspan src) {
    uint32_t word = src.first;
    if (src.end == src.first + 2 && quoth_word_is(&r->p, src.first, "the")) word++;
    if (src.end != word + 1 || (!quoth_word_is(&r->p, word, "regulator") && !quoth_word_is(&r->p, word, "watchdog")))
        return -1;
    int32_t before[3] = {-1, -1, -1}, after[3] = {-1, -1, -1};
    size_t n = r->t->n_runs < REGULATOR_RUNS_MAX ? r->t->n_runs : REGULATOR_RUNS_MAX;
    for (size_t j = 0; j < n; j++) {
        const quoth_name_run *run = &r->t->runs[j];
        const quoth_speaker *sp = &r->t->s[run->speaker];
        if (sp->kind != QUOTH_KIND_ORGANIZATION || sp->place) continue;
        size_t tier = regulator_tier(quoth_speaker_string(r->t, sp->name));
        if (tier == 3) continue;
        if (run->first < src.first) before[tier] = run->speaker;
        else if (after[tier] < 0) after[tier] = run->speaker;
    }
    for (size_t tier = 0; tier < 3; tier++)
        if (before[tier] >= 0 || after[tier] >= 0) return before[tier] >= 0 ? before[tier] : after[tier];
    return -1;
}

/* Bodies that the source names by a noun or a word the tagger did not
 * take for a name: a place's police, a maker after "by", a poll's, a
 * party's members, an office's abbreviation, a ministry. 1 when one of
 * them answered, with *rc 0 or QUOTH_ERR_NOMEM. */
static int resolve_named_bodies(quoth_resolver *r, quoth_attribution_list *list, size_t k, int *rc) {
    quoth_attribution *a = &list->a[k];
    quoth_tspan src = a->source;
    if ((*rc = quoth_resolve_place_police(r, src, &a->speaker)) || a->speaker >= 0 ||
        (*rc = quoth_resolve_national_body(r, src, &a->speaker)) || a->speaker >= 0 ||
        (*rc = quoth_resolve_possessed_body(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    int named_before; /* "The transit authority" of "The Regional Transit Authority": a description */
    if ((*rc = quoth_resolve_lowercase_body(r, src, &a->speaker, &named_before)) || a->speaker >= 0) {
        a->resolved_by = named_before ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    /* "Surveys by the foundation", "A study by the institute": the body
     * its noun names, a poll's maker too */
    if ((*rc = quoth_resolve_maker_after_by(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if (quoth_poll_speaker(r, src, &a->speaker)) {
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_ORGANIZATION : QUOTH_RESOLVED_NONE;
        return 1;
    }
    if ((*rc = quoth_resolve_untagged_group_head(r, src, &a->speaker)) || a->speaker >= 0) {
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if ((a->speaker = quoth_resolve_headline_title(r, src)) >= 0) {
        a->resolved_by = QUOTH_RESOLVED_TITLE;
        return 1;
    }
    int abbreviation;
    if ((a->speaker = quoth_resolve_office_abbreviation(r, src, &abbreviation)) >= 0 || abbreviation) {
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
        a->speaker = quoth_resolve_salient_description(r, list, k, src, 0);
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    int office_of_place;
    if ((a->speaker = quoth_holder_of_office_of(r, src, &office_of_place)) >= 0 || office_of_place) {
        a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
        return 1;
    }
    uint32_t body = 0; /* a person's campaign as the agent is left to the rules below */
    int32_t agent = quoth_agent_of_participle_clause(r, src, &body);
    if (agent >= 0 && !body) {
        a->speaker = agent;
        a->resolved_by = r->t->s[agent].kind == QUOTH_KIND_PERSON ? QUOTH_RESOLVED_NAME : QUOTH_RESOLVED_ORGANIZATION;
        return 1;
    }
    if ((*rc = quoth_resolve_campaign_of_word(r, src, &a->speaker)) || a->speaker >= 0) {
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
    if ((*rc = quoth_resolve_affiliation(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    if ((*rc = quoth_resolve_pronoun_affiliation(r, list, k, &a->speaker)) || a->speaker >= 0) return 1;
    if ((*rc = quoth_resolve_title_affiliation(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_PRONOUN;
    if ((a->speaker = quoth_resolve_pronoun_lead(r, list, k)) >= 0) return 1;
    if ((a->speaker = quoth_resolve_relative(r, src)) >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_SURNAME;
    if ((a->speaker = quoth_resolve_untagged_surname(r, src)) >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
    if ((a->speaker = quoth_resolve_untagged_newspaper(r, src)) >= 0) return 1;
    if ((*rc = quoth_resolve_untagged_organization(r, src, &a->speaker)) || a->speaker >= 0) return 1;
    a->resolved_by = QUOTH_RESOLVED_NAME;
    if ((*rc = quoth_resolve_transcript_label(r, src, &a->speaker)) || a->speaker >= 0) return 1;
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
    if ((rc = quoth_resolve_body_named_before(r, src, &a->speaker)) || a->speaker >= 0) return rc;
    quoth_tspan principal = spokesman_principal(r, src);
    if (!quoth_tspan_empty(principal) && (a->speaker = quoth_resolve_title(r, principal)) >= 0) return 0;
    quoth_tspan described = quoth_without_age_apposition(r, src); /* "The star, 34," */
    if ((a->speaker = quoth_resolve_title(r, described)) < 0 && (a->speaker = quoth_resolve_organization_noun(r, src)) < 0 &&
        (rc = quoth_resolve_document(r, list, k, src, &a->speaker)))
        return rc;
    if (a->speaker < 0 && (a->speaker = quoth_resolve_description(r, described)) < 0 &&
        (a->speaker = quoth_resolve_salient_description(r, list, k, described, 0)) < 0 &&
        (a->speaker = quoth_resolve_salient_description(r, list, k, described, 1)) < 0)
        a->speaker = resolve_bare_spokesperson(r, list, k);
    a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_TITLE : QUOTH_RESOLVED_NONE;
    if (a->speaker < 0 && ((rc = quoth_resolve_police(r, src, &a->speaker)) || a->speaker >= 0))
        a->resolved_by = QUOTH_RESOLVED_ORGANIZATION;
    if (!rc && a->speaker < 0 && (a->speaker = resolve_shortened_source(r, list, k, src)) >= 0)
        a->resolved_by = QUOTH_RESOLVED_TITLE;
    if (!rc && a->speaker < 0 && (a->speaker = resolve_agent_noun(r, src)) >= 0) a->resolved_by = QUOTH_RESOLVED_TITLE;
    if (!rc && a->speaker < 0 && (a->speaker = named_in_next_paragraph(r, list, k, src)) >= 0)
        a->resolved_by = QUOTH_RESOLVED_TITLE;
    return rc;
}

static int resolve_source_steps(quoth_resolver *r, quoth_attribution_list *list, size_t k);

/* Names joined by "and" and the plurals that stand for them after
 * (source_joint.c): the joint speaker that the output gives in place of
 * the one the steps found. 0 or QUOTH_ERR_NOMEM. */
static int resolve_joint(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_attribution *a = &list->a[k];
    int32_t joint;
    int rc = quoth_resolve_joint_names(r, a->source, &joint);
    if (rc) return rc;
    if (joint >= 0) {
        a->joint = joint + 1;
        if (a->resolved_by == QUOTH_RESOLVED_NONE) a->resolved_by = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if ((rc = quoth_resolve_joint_plural(r, list, k, &joint)) || joint < 0) return rc;
    a->joint = joint + 1;
    /* "They" as a pronoun, "the couple" as a description */
    a->resolved_by = a->source.end == a->source.first + 1 ? QUOTH_RESOLVED_PRONOUN : QUOTH_RESOLVED_TITLE;
    return 0;
}

/* "In his weekly column for the Marathi daily Maharashtra Samachar,
 * former international referee Prof. Ganesh Vitthal Mane, ... wrote": a
 * source that begins inside the phrase of place or means that opens its
 * sentence (a preposition first, no verb before its comma) begins after
 * that comma (the sixty-third audit's had been the paper). src.first
 * when it is no such source. */
#define FRONTED_PHRASE_MAX 16 /* words of the opening phrase on either side of the source's first */
static size_t past_fronted_phrase(const quoth_resolver *r, quoth_tspan src) {
    /* prepositions, not the conjunctions tagged as they are ("As Akhil
     * Amar, professor of constitutional law at Yale, put it") */
    static const char *const PLACE_OR_MEANS[] = {"in", "on", "at", "for", "during", "from", "through", "under"};
    const quoth_phrases *p = &r->p;
    size_t opening = quoth_sentence_first(p, src.first);
    if (opening >= src.first || src.first - opening > FRONTED_PHRASE_MAX ||
        !quoth_word_in(p, opening, PLACE_OR_MEANS, sizeof PLACE_OR_MEANS / sizeof *PLACE_OR_MEANS))
        return src.first;
    for (size_t i = opening + 1; i < src.first; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_punct_is(p, i, ",")) return src.first;
    for (size_t i = src.first + 1; i + 2 < src.end && i - src.first <= FRONTED_PHRASE_MAX; i++) {
        if (quoth_coarse(p, i) == CT_VERB) return src.first;
        if (quoth_punct_is(p, i, ",")) return (p->t[i + 1].flags & TOK_ALPHA) ? i + 1 : src.first;
    }
    return src.first;
}

/* The words of a source that the tagger took in with it and that name no
 * one: a place line before it ("SHIRANAMI, Minamishima Prefecture --
 * Minamishima Gov. Akemi Yonashiro": the speaker had been the prefecture)
 * or the object of the words before ("Beside him, Shabnam Akhtar, 31,":
 * it had been the firm of her relative clause); the forty-first audit's.
 * The source without them. */
static quoth_tspan without_lead_in(const quoth_resolver *r, quoth_tspan src) {
    static const char *const OBJECTS[] = {"him", "her", "them", "me", "us"};
    const quoth_phrases *p = &r->p;
    if (src.end < src.first + 3) return src;
    size_t para_first = p->tl->para[paragraph_of(r, src.first)].first_token;
    size_t after = para_first < src.first ? quoth_after_dateline(p, para_first) : para_first;
    if (after > src.first && after + 1 < src.end) src.first = (uint32_t)after;
    else if (quoth_punct_is(p, src.first + 1, ",") && (p->t[src.first + 2].flags & TOK_CAPITALIZED) &&
             quoth_word_in(p, src.first, OBJECTS, sizeof OBJECTS / sizeof *OBJECTS))
        src.first += 2;
    else
        src.first = (uint32_t)past_fronted_phrase(r, src);
    return src;
}

/* A document's source without the participle that tells how it reached
 * the paper or the public: "An internal Interior Ministry report | seen by
 * the newspaper Rīta Vēstnesis", "A note from the Institute, | sent to MPs
 * ... and seen by Lowlands Wire,", "The council's latest assessment, |
 * released in Geneva," (the forty-eighth audit's had each been the paper
 * or the place). Not "published by", whose agent is the author. */
static quoth_tspan without_handling_participle(const quoth_resolver *r, quoth_tspan src) {
    /* those whose agent is who handled it, and those whose agent, when
     * they have one, is the author ("released on Tuesday by the Clear
     * Waters Coalition") */
    static const char *const HANDLED[] = {"seen", "obtained", "reviewed"};
    static const char *const RELEASED[] = {"released", "sent", "leaked", "dated"};
    const quoth_phrases *p = &r->p;
    for (uint32_t i = src.first + 2; i + 1 < src.end; i++) {
        /* a participle, not a relative clause's verb ("which sent 40
         * observers") */
        if (quoth_coarse(p, i) != CT_VERB || quoth_word_is(p, i - 1, "which") || quoth_word_is(p, i - 1, "that") ||
            quoth_word_is(p, i - 1, "who"))
            continue;
        if (!quoth_word_in(p, i, HANDLED, sizeof HANDLED / sizeof *HANDLED)) {
            if (!quoth_word_in(p, i, RELEASED, sizeof RELEASED / sizeof *RELEASED)) continue;
            uint32_t by = i + 1;
            while (by < src.end && !quoth_word_is(p, by, "by") && !quoth_punct_is(p, by, ",")) by++;
            if (by < src.end && quoth_word_is(p, by, "by")) break;
            /* an opening phrase the comma closes before the subject: "(In)
             * a statement released Thursday, Rep. Hakeem Jeffries" is his */
            if (by + 1 < src.end) {
                src.first = by + 1;
                break;
            }
        }
        uint32_t end = quoth_punct_is(p, i - 1, ",") ? i - 1 : i;
        if (end > src.first + 1) src.end = end;
        break;
    }
    return src;
}

/* Ties attribution k's source to its speaker, by the first of these steps
 * that answers (each tries its rules in order; the order is the rules'
 * precedence), reading it without its lead-in (the output keeps the
 * tagger's span). Returns 0 or QUOTH_ERR_NOMEM. */
/* "Police said": the bare word names no force unless a rule found its
 * place's ("the Garrow Police Department"); a speaker that is the word
 * itself is no one (the audits' readers left 33 of 48 bare "police"
 * unnamed, and named the others by their force). */
static void bare_police(const quoth_resolver *r, quoth_attribution *a) {
    if (a->speaker < 0 || a->source.end != a->source.first + 1 || !quoth_word_is(&r->p, a->source.first, "police"))
        return;
    if (strcasecmp(quoth_speaker_string(r->t, r->t->s[a->speaker].name), "police") == 0) {
        a->speaker = -1;
        a->resolved_by = QUOTH_RESOLVED_NONE;
    }
}

/* "the 18-year-old from Incheon": a person told by age and where they
 * come from, whom the age stands for, not the place (the sixty-third
 * audit's had been a person "Incheon"). The source without the place. */
static quoth_tspan without_home_place(const quoth_resolver *r, quoth_tspan src) {
    if (src.end >= src.first + 4 && quoth_word_is(&r->p, src.first, "the") && quoth_age_word(r, src.first + 1) &&
        quoth_word_is(&r->p, src.first + 2, "from") && (r->p.t[src.first + 3].flags & TOK_CAPITALIZED))
        src.end = src.first + 2;
    return src;
}

/* "who coached Iran's national team for six years": a relative clause
 * that the tagger took for the whole source stands for the name before
 * it, as its "who" does, not for a name inside it (the sixty-third
 * audit's had been Iran); but not one that gives the name ("who gave
 * only his surname, Pyo,"). The source as its "who" alone. */
static quoth_tspan without_relative_clause(const quoth_resolver *r, quoth_tspan src) {
    static const char *const NAMING[] = {"name", "surname", "names", "called", "known", "calls", "nickname"};
    if (src.end <= src.first + 2 || !quoth_word_is(&r->p, src.first, "who") || !leads_relative_clause(r, src.first))
        return src;
    for (size_t i = src.first + 1; i < src.end && i - src.first <= FRONTED_PHRASE_MAX; i++)
        if (quoth_word_in(&r->p, i, NAMING, sizeof NAMING / sizeof *NAMING)) return src;
    src.end = src.first + 1;
    return src;
}

/* "the Seoul daily Daehan Sports", "the Nicosia daily Chronos": a paper
 * named after its noun, whose city before it names no one (the
 * sixty-sixth audit's had been Seoul). The source from the paper's name. */
static quoth_tspan from_named_paper(const quoth_resolver *r, quoth_tspan src) {
    for (uint32_t i = src.first + 1; i + 1 < src.end && i <= src.first + 4; i++)
        if ((r->p.t[i + 1].flags & TOK_CAPITALIZED) && (r->p.t[i - 1].flags & TOK_CAPITALIZED) &&
            quoth_newspaper_noun(&r->p, i)) {
            src.first = i + 1;
            break;
        }
    return src;
}

static int resolve_source(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    quoth_tspan written = list->a[k].source;
    list->a[k].source = without_home_place(r, without_handling_participle(r, without_lead_in(r, written)));
    list->a[k].source = from_named_paper(r, without_relative_clause(r, list->a[k].source));
    int rc = resolve_source_steps(r, list, k);
    if (!rc) bare_police(r, &list->a[k]);
    if (!rc) rc = resolve_joint(r, list, k);
    list->a[k].source = written;
    return rc;
}

static int resolve_source_steps(quoth_resolver *r, quoth_attribution_list *list, size_t k) {
    int rc = 0;
    if (quoth_unnamed_group(r, list->a[k].source)) return 0;
    if ((list->a[k].speaker = regulator_body(r, list->a[k].source)) >= 0 ||
        (list->a[k].speaker = courtesy_alone(r, list->a[k].source)) >= 0 ||
        (list->a[k].speaker = quoth_resolve_elder_younger(r, list->a[k].source)) >= 0) {
        list->a[k].resolved_by = QUOTH_RESOLVED_TITLE;
        return 0;
    }
    if ((list->a[k].speaker = person_apposed_to_office(r, list->a[k].source)) >= 0) {
        list->a[k].resolved_by = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if (resolve_pronoun_source(r, list, k) || resolve_before_names(r, list, k) ||
        resolve_documents_and_appositions(r, list, k) || resolve_named_bodies(r, list, k, &rc) ||
        resolve_mentioned_before(r, list, k) || resolve_offices_and_agents(r, list, k, &rc) ||
        quoth_resolve_by_name(r, list, k) || resolve_affiliation_or_untagged(r, list, k, &rc))
        return rc;
    if ((rc = resolve_by_description(r, list, k)) || list->a[k].speaker >= 0) return rc;
    /* the last resort: a statement's issuer, a panel's body */
    quoth_attribution *a = &list->a[k];
    if ((a->speaker = document_issuer(r, list, k)) >= 0 || (a->speaker = plaintiff_of(r, list, k)) >= 0 ||
        (a->speaker = panel_body(r, a->source)) >= 0)
        a->resolved_by = QUOTH_RESOLVED_TITLE;
    return 0;
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
            quoth_named_institution_noun(r, last) || quoth_commercial_noun(r, last);
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
    if (body && quoth_commercial_noun(r, head)) { /* "company says" ... "Halbrook Therapeutics said" */
        static const char *const PUBLIC[] = {"commission", "department", "ministry", "agency", "authority",
                                             "administration", "council", "court", "bureau", "office", "police"};
        const char *name = quoth_speaker_string(r->t, s->name);
        for (size_t i = 0; i < sizeof PUBLIC / sizeof *PUBLIC; i++)
            if (holds_whole_word(name, PUBLIC[i])) return 0;
        return !s->place;
    }
    if (body) return holds_whole_word(quoth_speaker_string(r->t, s->name), word);
    const char *role = quoth_speaker_string(r->t, s->role);
    return role && quoth_role_holds_title(role, word, 0, 0);
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

/* Where a relative clause set off inside src opens (", who ...", ",
 * which ...", ", whose ..."), or a reduced one in small letters before a
 * place ("A Medical Practitioners Tribunal | sitting in Manchester", whose
 * speaker had been Manchester), after one word at least; src.end when
 * none does. */
static size_t relative_clause_at(const quoth_resolver *r, quoth_tspan src) {
    const quoth_phrases *p = &r->p;
    /* each token's tag and length asked first: most are neither */
    for (size_t i = src.first + 1; i + 1 < src.end; i++) {
        const quoth_token *t = &p->t[i];
        if (t->norm_len == 1 && quoth_token_norm(p->tl, i)[0] == ',' && t[1].norm_len <= 5 &&
            (quoth_word_is(p, i + 1, "who") || quoth_word_is(p, i + 1, "which") || quoth_word_is(p, i + 1, "whose")))
            return i;
        if (t->coarse == CT_VERB && i > src.first + 1 && t[1].coarse == CT_ADP && !(t->flags & TOK_CAPITALIZED) &&
            (t[-1].flags & TOK_CAPITALIZED) && quoth_ends_with(p, i, "ing"))
            return i;
    }
    return src.end;
}

int quoth_resolve_speakers(quoth_speaker_table *t, const quoth_attrib_input *in,
                           quoth_attribution_list *list) {
    quoth_resolver r = {quoth_phrases_of(in->tokens), in->text, t, in->name_words, in->pos_flags, -1, -1, list,
                        0, 0, 0};
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
    r.interviewee = quoth_interviewee_of(&r);
    r.writer = quoth_writer_of(&r);
    if (list->n) qsort(list->a, list->n, sizeof *list->a, by_position);
    for (size_t k = 0; k < list->n; k++) {
        quoth_attribution *a = &list->a[k];
        a->source_gender = 0;
        if (!quoth_tspan_empty(a->source)) {
            /* the name a relative clause hangs on is who speaks, not those the
             * clause names ("Anand Veluri, who led Kessaly's delegation,"),
             * unless the words before it name no one ("A neighbor, who gave
             * only his surname, Deng,") */
            quoth_tspan whole = a->source;
            a->source.end = (uint32_t)relative_clause_at(&r, whole);
            rc = a->source.end < whole.end ? resolve_source(&r, list, k) : 0;
            int narrowed = a->source.end < whole.end && a->speaker >= 0;
            a->source = whole;
            if (!rc && !narrowed) rc = resolve_source(&r, list, k);
            if (rc) return rc;
            /* "A report published in March by the Trust found ... and
             * warned ...": a second cue's source cut short at the same
             * first word is the first's (it had been no one) */
            if (a->speaker < 0 && k > 0 && list->a[k - 1].source.first == a->source.first &&
                list->a[k - 1].source.end > a->source.end && list->a[k - 1].speaker >= 0) {
                a->speaker = list->a[k - 1].speaker;
                a->joint = list->a[k - 1].joint;
                a->resolved_by = list->a[k - 1].resolved_by;
            }
            if (a->speaker < 0) a->source_gender = (uint8_t)quoth_source_gender(&r, a->source);
        } else if (k > 0 && !quoth_tspan_empty(a->cue) && !a->subject_judged &&
                   in->tokens->tok[a->cue.first].sentence ==
                       in->tokens->tok[first_token_of(&list->a[k - 1])].sentence) {
            /* "..., noting that ...": the speaker of the clause it hangs on */
            a->speaker = list->a[k - 1].speaker;
            a->resolved_by = a->speaker >= 0 ? QUOTH_RESOLVED_CONTEXT : QUOTH_RESOLVED_NONE;
        }
    }
    resolve_opening_descriptions(&r, list);
    quoth_genders_from_pronouns(&r);
    quoth_genders_from_reported_pronouns(&r, list);
    quoth_genders_from_subjects_pronouns(&r);
    if (r.nicknames) quoth_names_without_nicknames(t);
    return quoth_names_in_small_letters(&r);
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
