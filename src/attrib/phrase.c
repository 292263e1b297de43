/*
 * phrase.c - noun phrases and cue phrases over tagged tokens.
 *
 * Without a parser, a source is found the way a reader skims for it: the
 * noun phrase that ends where the cue begins (or begins where it ends).
 * The phrase may carry "of"/"for" between nouns ("head of the US Joint
 * Chiefs of Staff") and one apposition before a name ("the head of ...,
 * Mark Milley"); a pronoun is a phrase on its own.
 */
#include "attrib/phrase.h"

#include <string.h>
#include <strings.h>

#include "attrib/wordclass.h"

static unsigned char ascii_lower(unsigned char c) { return (unsigned char)((unsigned)(c - 'A') < 26u ? c | 0x20 : c); }

int quoth_same_word_loose(const unsigned char *w, const unsigned char *norm, size_t len) {
    size_t j = 0;
    while (j < len && w[j] && ascii_lower(w[j]) == ascii_lower(norm[j])) j++;
    return j == len && !w[j];
}

/* quoth_word_is() for each word, with the token's length and first letters
 * read once and the words compared in place: the lists' strlen() and
 * strcasecmp() calls had cost 1.5% of a run. Equal as strcasecmp() in the
 * C locale is: ASCII letters without case, every other byte as itself.
 * The first two letters, compared at once, turn away all but a few words
 * (the first alone let one in 15 through to the loop below, whose end is
 * hard to foresee); reading two bytes of every word, it needs words that
 * are not empty, as every list is. */
int quoth_word_in_list(const quoth_phrases *p, size_t i, const char *const *list, size_t n) {
    if (i >= p->n || p->t[i].norm_len == 0) return 0;
    const unsigned char *norm = (const unsigned char *)quoth_token_norm(p->tl, i);
    size_t len = p->t[i].norm_len;
    unsigned first_two = quoth_first_two_loose(norm); /* norm is NUL-terminated */
    for (size_t k = 0; k < n; k++) {
        const unsigned char *w = (const unsigned char *)list[k];
        if (quoth_first_two_loose(w) == first_two && quoth_same_word_loose(w, norm, len)) return 1;
    }
    return 0;
}

int quoth_starts_with_any(const quoth_phrases *p, size_t i, const char *const *list, size_t n) {
    const unsigned char *w = (const unsigned char *)quoth_token_norm(p->tl, i);
    size_t len = p->t[i].norm_len;
    unsigned char first = w[0] | 0x20;
    for (size_t k = 0; k < n; k++) {
        const unsigned char *stem = (const unsigned char *)list[k];
        if (stem[0] != first) continue;
        size_t j = 1;
        while (stem[j] && j < len && (w[j] | 0x20) == stem[j]) j++;
        if (!stem[j]) return 1;
    }
    return 0;
}

int quoth_all_capitals(const quoth_phrases *p, size_t i, size_t min) {
    const char *w = quoth_token_norm(p->tl, i);
    size_t n = p->t[i].norm_len;
    for (size_t c = 0; c < n; c++)
        if (w[c] < 'A' || w[c] > 'Z') return 0;
    return n >= min;
}

int quoth_furniture_label(const quoth_phrases *p, size_t i) {
    static const char *const LABELS[] = {"video",  "watch",   "photo",     "photos", "audio",    "listen",
                                         "update", "updated", "breaking",  "exclusive", "read",  "related",
                                         "note",   "question", "answer",   "transcript", "live", "opinion",
                                         /* a fact check's parts: "Fact Check:", "THE CLAIM:", "THE VERDICT:" */
                                         "check",  "factcheck", "claim",   "verdict",  "facts",  "rating"};
    return quoth_word_in(p, i, LABELS, sizeof LABELS / sizeof *LABELS);
}

int quoth_cue_word_is_verb(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    if (c == CT_VERB || (c == CT_OTHER && (p->t[i].lex & (LEX_FORM_PAST | LEX_FORM_3SG)))) return 1;
    /* "the Post reports that", "Trump tweets that": a verb in -s read as a
     * plural noun, which a name before and "that" after give away */
    return c == CT_NOUN && (p->t[i].lex & LEX_FORM_3SG) && i > 0 && quoth_is_name_word(p, i - 1) &&
           quoth_word_is(p, i + 1, "that");
}

int quoth_is_noun(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    return c == CT_NOUN || c == CT_PROPN || (c == CT_OTHER && (p->t[i].flags & TOK_CAPITALIZED));
}

int quoth_is_name_word(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    return c == CT_PROPN || (c == CT_OTHER && (p->t[i].flags & TOK_CAPITALIZED));
}

int quoth_is_final_punct(const quoth_phrases *p, size_t i) {
    return quoth_punct_is(p, i, ".") || quoth_punct_is(p, i, "!") || quoth_punct_is(p, i, "?");
}

static int np_word(const quoth_phrases *p, size_t i) {
    switch (quoth_coarse(p, i)) {
    case CT_NOUN: case CT_PROPN: case CT_DET: case CT_POSS: case CT_ADJ: case CT_NUM:
        return 1;
    case CT_PART:
        return quoth_word_is(p, i, "'s") || quoth_word_is(p, i, "'");
    case CT_OTHER:
        /* untagged text: capitalized words, titles, determiners */
        return (p->t[i].flags & TOK_CAPITALIZED) ||
               (p->t[i].lex & (LEX_TITLE | LEX_DETERMINER | LEX_GROUP_NOUN));
    default: /* and an honorific the tagger read as a verb: "Ms" (VBZ) of "Ms Walcott" */
        return (p->t[i].lex & LEX_TITLE) || ((p->t[i].lex & LEX_HONORIFIC) && (p->t[i].flags & TOK_CAPITALIZED));
    }
}

static int is_joiner(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "of") || quoth_word_is(p, i, "for") || quoth_word_is(p, i, "&");
}

/* "one of her aides", "some of the residents": a number or quantifier
 * before "of" heads a noun phrase as a noun does. */
static int partitive_of(const quoth_phrases *p, size_t of) {
    static const char *const QUANTIFIERS[] = {"some", "many", "most", "several", "all", "each",
                                              "both", "none", "few", "half", "either", "neither"};
    if (of == 0 || !quoth_word_is(p, of, "of")) return 0;
    if (quoth_coarse(p, of - 1) == CT_NUM) return 1;
    return quoth_word_in(p, of - 1, QUANTIFIERS, sizeof QUANTIFIERS / sizeof *QUANTIFIERS);
}

static int has_noun(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (quoth_is_noun(p, k) || quoth_coarse(p, k) == CT_NUM) return 1;
    return 0;
}

/* "a leading maker", "the ruling party": a participle between a
 * determiner or adjective and its noun modifies the noun. */
static int modifying_participle(const quoth_phrases *p, size_t k, size_t limit) {
    if (k <= limit || quoth_coarse(p, k) != CT_VERB) return 0;
    const char *w = quoth_token_norm(p->tl, k);
    size_t n = p->t[k].norm_len;
    if (n < 5 || strcmp(w + n - 3, "ing") != 0) return 0;
    int before = quoth_coarse(p, k - 1);
    return before == CT_DET || before == CT_ADJ || before == CT_POSS;
}

/* A quoted name ending just before `end`: “Voice of America”. */
static size_t quoted_name_left(const quoth_phrases *p, size_t end, size_t limit) {
    size_t k = end - 1;
    while (k > limit && end - k < 8 && !(p->t[k].flags & TOK_QUOTE_OPEN)) k--;
    if ((p->t[k].flags & TOK_QUOTE_OPEN) && end - k >= 3 && quoth_is_name_word(p, k + 1)) return k;
    return end;
}

/* "the head of the US Joint Chiefs of Staff, Mark Milley": the phrase before
 * the comma at `comma`, when the name after it is apposed to it. */
static size_t apposition_left(const quoth_phrases *p, size_t comma, size_t name, size_t end,
                              size_t limit) {
    if (comma <= limit || !quoth_is_name_word(p, name) || !quoth_is_name_word(p, end - 1) ||
        !quoth_is_noun(p, comma - 1))
        return comma + 1;
    size_t before = quoth_np_left(p, comma, limit);
    if (before < comma && (quoth_coarse(p, before) == CT_DET || (p->t[before].lex & LEX_TITLE)))
        return before;
    return comma + 1;
}

/* A name and its role set off by commas before a cue, either way round:
 * "Kerr Putney, the police chief, said" / "the harbor master, Teodor
 * Vasquez, warned". `end` is just after the second comma. */
static size_t name_with_role_left(const quoth_phrases *p, size_t end, size_t limit) {
    size_t comma2 = end - 1;
    size_t inner = quoth_np_left(p, comma2, limit);
    if (inner == comma2 || inner <= limit + 1 || !quoth_punct_is(p, inner - 1, ",")) return end;
    size_t comma1 = inner - 1;
    int inner_is_name = 1;
    for (size_t k = inner; k < comma2; k++) inner_is_name &= quoth_is_name_word(p, k);
    if (inner_is_name) { /* ROLE, NAME, */
        size_t role = quoth_np_left(p, comma1, limit);
        for (size_t k = role; k < comma1; k++)
            if (p->t[k].lex & LEX_TITLE) return role;
        return end;
    }
    /* NAME, ROLE, */
    if (quoth_coarse(p, inner) != CT_DET && !(p->t[inner].lex & LEX_TITLE)) return end;
    size_t name = comma1;
    while (name > limit && comma1 - name < 5 && quoth_is_name_word(p, name - 1)) name--;
    return name < comma1 ? name : end;
}

/* How many words the role and the name of quoth_apposed_role_before() may
 * have. */
#define APPOSED_ROLE_MAX 6
#define APPOSED_NAME_MAX 4

size_t quoth_apposed_role_before(const quoth_phrases *p, size_t comma, size_t first) {
    if (comma < first + 4 || !quoth_punct_is(p, comma, ",")) return 0;
    size_t name = comma;
    while (name > first && comma - name < APPOSED_NAME_MAX && quoth_coarse(p, name - 1) == CT_PROPN) name--;
    if (name == comma || name <= first + 1 || !quoth_punct_is(p, name - 1, ",")) return 0;
    size_t role_end = name - 1, role = role_end;
    while (role > first && role_end - role < APPOSED_ROLE_MAX && !quoth_punct_is(p, role - 1, ",")) role--;
    if (role <= first || role == role_end || !quoth_punct_is(p, role - 1, ",")) return 0;
    int opener = quoth_coarse(p, role); /* "its", "the", "a", or "the company's" */
    if (opener != CT_DET && opener != CT_POSS && !(role + 2 < role_end && quoth_possessive(p, role + 1))) return 0;
    for (size_t i = role; i < role_end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX || (p->t[i].flags & TOK_QUOTE)) return 0;
    return role;
}

size_t quoth_np_left(const quoth_phrases *p, size_t end, size_t limit) {
    if (end <= limit) return end;
    if (quoth_punct_is(p, end - 1, ",") && end - 1 > limit) return name_with_role_left(p, end, limit);
    if (quoth_coarse(p, end - 1) == CT_PRON) return end - 1;
    if (p->t[end - 1].flags & TOK_QUOTE_CLOSE) return quoted_name_left(p, end, limit);
    size_t i = end;
    while (i > limit && end - i < QUOTH_MAX_PHRASE && !p->t[i - 1].quote_depth) {
        size_t k = i - 1;
        if (quoth_punct_is(p, k, "-RRB-") && i == end) {
            /* a party and state after a name: "Gov. Pat McCrory (R)" */
            size_t open = k;
            while (open > limit && k - open < 5 && !quoth_punct_is(p, open, "-LRB-")) open--;
            if (quoth_punct_is(p, open, "-LRB-") && open > limit && quoth_is_name_word(p, open - 1)) {
                i = open;
                continue;
            }
            break;
        }
        if (np_word(p, k)) {
            i = k;
            continue;
        }
        if (is_joiner(p, k) && i < end && k > limit && (quoth_is_noun(p, k - 1) || partitive_of(p, k)) &&
            np_word(p, i)) {
            i = k;
            continue;
        }
        if (modifying_participle(p, k, limit) && i < end && quoth_is_noun(p, i)) {
            i = k;
            continue;
        }
        if (quoth_punct_is(p, k, ",") && i < end) {
            size_t a = apposition_left(p, k, i, end, limit);
            if (a < k) i = a;
        }
        break;
    }
    /* a determiner right after a noun starts a new phrase: "Last week | the minister" */
    for (size_t k = end; k-- > i + 1;)
        if (quoth_coarse(p, k) == CT_DET && quoth_is_noun(p, k - 1) && !quoth_word_is(p, k - 1, "'s")) {
            i = k;
            break;
        }
    return has_noun(p, i, end) ? i : end;
}

/* "newspaper", "daily", "channel": a noun that a medium's name in
 * quotation marks may follow ("the newspaper «Kommersant»", "the daily
 * „Frankfurter Morgenblatt“"), as translated news names media. */
static int media_noun(const quoth_phrases *p, size_t i) {
    static const char *const MEDIA[] = {"newspaper", "daily",     "weekly",  "magazine",    "paper",   "agency",
                                        "channel",   "broadcaster", "portal", "website",    "station", "outlet",
                                        "tabloid",   "publication", "radio",  "newsletter", "broadsheet"};
    return quoth_word_in(p, i, MEDIA, sizeof MEDIA / sizeof *MEDIA);
}

int quoth_newspaper_noun(const quoth_phrases *p, size_t i) {
    static const char *const PAPERS[] = {"newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet"};
    return !(p->t[i].flags & TOK_CAPITALIZED) && quoth_word_in(p, i, PAPERS, sizeof PAPERS / sizeof *PAPERS);
}

/* The end of a name in quotation marks opening at `open` ("“Kommersant”",
 * "«Russia 24»"), or `open` when none does. */
static size_t quoted_name_end(const quoth_phrases *p, size_t open, size_t limit) {
    if (open >= limit || !(p->t[open].flags & TOK_QUOTE_OPEN)) return open;
    size_t k = open + 1;
    while (k < limit && k - open < 8 && !(p->t[k].flags & TOK_QUOTE_CLOSE)) k++;
    return k < limit && k - open >= 2 && quoth_is_name_word(p, open + 1) ? k + 1 : open;
}

size_t quoth_np_right(const quoth_phrases *p, size_t start, size_t limit) {
    if (start >= limit) return start;
    if (quoth_coarse(p, start) == CT_PRON) return start + 1;
    if (p->t[start].flags & TOK_QUOTE_OPEN) return quoted_name_end(p, start, limit);
    size_t i = start;
    while (i < limit && i - start < QUOTH_MAX_PHRASE && !p->t[i].quote_depth) {
        if (np_word(p, i)) {
            i++;
            continue;
        }
        if (is_joiner(p, i) && i > start && (quoth_is_noun(p, i - 1) || partitive_of(p, i)) && i + 1 < limit &&
            np_word(p, i + 1)) {
            i++;
            continue;
        }
        break;
    }
    /* "the „Frankfurter Morgenblatt“": a name in quotation marks after a
     * determiner, which no noun follows (in "the “Medicare for all”
     * document" it modifies one) */
    if (i == start + 1 && quoth_coarse(p, start) == CT_DET) {
        size_t named = quoted_name_end(p, i, limit);
        if (named > i && (named >= limit || !np_word(p, named))) return named;
    }
    /* "the newspaper «Kommersant»", "the daily „Rzeczpospolita“" (an
     * adjective to the tagger) */
    if (i > start && i < limit && (p->t[i].flags & TOK_QUOTE_OPEN) && media_noun(p, i - 1)) {
        size_t named = quoted_name_end(p, i, limit);
        if (named > i) return named;
    }
    return has_noun(p, start, i) ? i : start;
}

/* ", for his part,", ", in turn,", ", however,": a prepositional phrase
 * of a few words without a verb or a name, or one adverb, set off by
 * commas and ending just before `end`. Returns its first comma, or `end`. */
static size_t aside_left(const quoth_phrases *p, size_t end, size_t limit) {
    if (end < limit + 4 || !quoth_punct_is(p, end - 1, ",") || p->t[end - 1].quote_depth) return end;
    size_t close = end - 1, k = close;
    while (k > limit + 1 && close - k < 4 && !quoth_punct_is(p, k - 1, ",")) k--;
    if (k == close || !quoth_punct_is(p, k - 1, ",")) return end;
    if (close - k == 1) return quoth_coarse(p, k) == CT_ADV ? k - 1 : end;
    if (quoth_coarse(p, k) != CT_ADP) return end;
    for (size_t j = k + 1; j < close; j++) {
        int c = quoth_coarse(p, j);
        if (c == CT_VERB || c == CT_AUX || c == CT_PROPN || p->t[j].quote_depth) return end;
    }
    return k - 1;
}

int quoth_is_day_word(const quoth_phrases *p, size_t i) {
    if (p->t[i].flags & TOK_CAPITALIZED) return 0; /* "USA TODAY" */
    return quoth_word_is(p, i, "today") || quoth_word_is(p, i, "yesterday") ||
           quoth_word_is(p, i, "tonight");
}

int quoth_is_date_word(const quoth_attrib_input *in, const quoth_phrases *p, size_t i) {
    return quoth_is_day_word(p, i) ||
           (in->name_words && (quoth_name_word_classes(in->name_words, p->t[i].lower_hash) & NAME_DATE));
}

int quoth_holds_finite_verb(const quoth_phrases *p, const uint8_t *pos_flags, size_t first, size_t end) {
    for (size_t i = first; pos_flags && i < end; i++)
        if (pos_flags[p->t[i].pos] & QUOTH_POS_FINITE) return 1;
    return 0;
}

size_t quoth_subject_end(const quoth_phrases *p, size_t verb, size_t limit) {
    size_t end = verb;
    if (end > limit + 1 && quoth_is_day_word(p, end - 1)) end--;
    return aside_left(p, end, limit);
}

int quoth_may_be_subject(const quoth_phrases *p, size_t np, size_t limit) {
    return np <= limit || quoth_punct_is(p, np - 1, ",") || quoth_punct_is(p, np - 1, "--") ||
           quoth_punct_is(p, np - 1, ":");
}

int quoth_is_cue_modifier(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    if (c == CT_ADV || c == CT_AUX || (p->t[i].lex & LEX_NEGATION)) return 1;
    static const char *const WORDS[] = {"has", "have", "had", "will", "would", "did",
                                        "does", "also", "later", "could", "may"};
    for (size_t k = 0; k < sizeof WORDS / sizeof *WORDS; k++)
        if (quoth_word_is(p, i, WORDS[k])) return 1;
    return 0;
}

quoth_tspan quoth_cue_around(const quoth_phrases *p, size_t verb, size_t limit) {
    size_t first = verb;
    while (first > limit && verb - first < 4 && quoth_is_cue_modifier(p, first - 1) &&
           !p->t[first - 1].quote_depth)
        first--;
    size_t end = verb + 1;
    if (quoth_word_is(p, end, "in") && quoth_word_is(p, end + 1, "a") &&
        quoth_word_is(p, end + 2, "statement"))
        end += 3;
    quoth_tspan s = {(uint32_t)first, (uint32_t)end};
    return s;
}

/* Whether a relative clause set off by commas opens at the comma at i
 * and closes right before the cue: "Peter Wekesa, who spoke after the CS,
 * said". */
static int relative_clause_before_cue(const quoth_phrases *p, size_t i, size_t cue) {
    if (i + 3 >= cue || !quoth_punct_is(p, i, ",") || !quoth_punct_is(p, cue - 1, ",") ||
        !(quoth_word_is(p, i + 1, "who") || quoth_word_is(p, i + 1, "which")) || cue - i > QUOTH_MAX_PHRASE)
        return 0;
    for (size_t k = i + 2; k + 1 < cue; k++)
        if (quoth_punct_is(p, k, ",") || p->t[k].quote_depth) return 0;
    return 1;
}

quoth_tspan quoth_sentence_subject(const quoth_phrases *p, size_t cue) {
    quoth_tspan none = {0, 0};
    size_t first = quoth_sentence_first(p, cue), k = first;
    /* an opening adverbial ends at the first comma, if no verb comes first;
     * the subject's relative clause may close right before the cue, which
     * it leaves out (PolNeAR's sources take the clause or leave it about as
     * often: "Clinton", "Weber", "Reid" on train) */
    for (size_t j = first; j < cue && j < first + 16; j++) {
        if (quoth_punct_is(p, j, ",")) {
            if (j > first && relative_clause_before_cue(p, j, cue) && quoth_np_right(p, first, j) == j)
                return (quoth_tspan){(uint32_t)first, (uint32_t)j};
            k = j + 1;
            break;
        }
        if (quoth_coarse(p, j) == CT_VERB || p->t[j].quote_depth) break;
    }
    size_t e = quoth_np_right(p, k, cue), v = e;
    if (e > k && relative_clause_before_cue(p, e, cue)) return (quoth_tspan){(uint32_t)k, (uint32_t)e};
    while (v < cue && quoth_coarse(p, v) == CT_ADV) v++;
    if (e == k || v >= cue) return none;
    int c = quoth_coarse(p, v);
    if (c != CT_VERB && c != CT_AUX) return none;
    quoth_tspan t = {(uint32_t)k, (uint32_t)e};
    return t;
}

/* A word that names a time: a day, a month, a part of the day, a number. */
static int time_noun(const quoth_phrases *p, size_t i) {
    static const char *const WORDS[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "weekend",
        "month", "year", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec."};
    if (p->t[i].flags & TOK_DIGIT) return 1;
    return (p->t[i].flags & TOK_ALPHA) && quoth_word_in(p, i, WORDS, sizeof WORDS / sizeof *WORDS);
}

size_t quoth_time_phrase_end(const quoth_phrases *p, size_t k, size_t end) {
    static const char *const LEADS[] = {"on", "last", "this", "early", "late", "next"};
    size_t j = k;
    if (j < end && quoth_word_in(p, j, LEADS, sizeof LEADS / sizeof *LEADS)) j++;
    size_t nouns = 0;
    while (j < end && nouns < 4 && time_noun(p, j)) j++, nouns++;
    return nouns ? j : k;
}

/* A word, an abbreviation or punctuation that a place line may hold:
 * "CASPER, Wyo.", "MEXICO CITY", "WASHINGTON (AP)". */
static int dateline_word(const quoth_phrases *p, size_t i) {
    const char *w = quoth_token_norm(p->tl, i);
    return (w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= '0' && w[0] <= '9') || quoth_punct_is(p, i, ",") ||
           quoth_word_is(p, i, "-LRB-") ||
           quoth_word_is(p, i, "-RRB-");
}

/* "Tashkent, March 14 -- ...", "Lagos, 3 May (Reuters) - ...": a place
 * line in small letters, which its date and dash tell from a sentence
 * that opens with a place. The first token after it, or i. */
static size_t dated_place_line_end(const quoth_phrases *p, size_t i, size_t end) {
    size_t j = i;
    while (j < end && j - i < 3 && quoth_is_name_word(p, j)) j++;
    /* "Tashkent -- Uzbekistan will ...": a place and a dash, no date,
     * before a capital */
    if (j > i && j + 1 < end && quoth_word_is(p, j, "--") && (p->t[j + 1].flags & TOK_CAPITALIZED)) return j + 1;
    if (j == i || !quoth_punct_is(p, j, ",")) return i;
    size_t date_end = quoth_time_phrase_end(p, j + 1, end);
    if (date_end < j + 3) return i; /* a month and a day at least */
    j = date_end;
    if (quoth_punct_is(p, j, ",") && j + 1 < end && (p->t[j + 1].flags & TOK_DIGIT)) j += 2; /* the year */
    if (quoth_word_is(p, j, "-LRB-")) { /* the agency */
        size_t close = j + 1;
        while (close < end && close - j < 5 && !quoth_word_is(p, close, "-RRB-")) close++;
        if (close >= end || !quoth_word_is(p, close, "-RRB-")) return i;
        j = close + 1;
    }
    if (j + 1 < end && (quoth_word_is(p, j, "--") || quoth_word_is(p, j, "-"))) return j + 1;
    return i;
}

/* The paragraphs of an article's head (headline, byline, the first
 * paragraph of the body) where a place line stands. */
#define DATELINE_PARAGRAPHS 4u

/* How many tokens a place line in capitals may hold before its dash:
 * "CIUDAD DE MÉXICO, 12 de mayo (EFE) -" holds ten. */
#define DATELINE_TOKENS_MAX 14u

/* Whether a paragraph after the one at `para` opens with a label in
 * capitals and a colon ("WALLACE:"): a transcript, whose labels are its
 * speakers, not places. */
static int labelled_paragraphs_after(const quoth_phrases *p, size_t para) {
    const quoth_token_list *tl = p->tl;
    for (size_t k = para + 1; k < tl->n_para && k < para + 8; k++) {
        size_t f = tl->para[k].first_token;
        if (tl->para[k].n_tokens > 2 && quoth_all_capitals(p, f, 2) &&
            (quoth_punct_is(p, f + 1, ":") || (tl->para[k].n_tokens > 3 && quoth_punct_is(p, f + 2, ":"))))
            return 1;
    }
    return 0;
}

/* "NEW DELHI: A flight made an emergency landing", "MUMBAI: The city's
 * ...": the place line of South Asian news, one to three words in
 * capitals and a colon before a sentence; i when the paragraph opens
 * otherwise, or the text is a transcript of labels in capitals. */
static size_t colon_place_line_end(const quoth_phrases *p, size_t i, size_t end) {
    size_t j = i;
    while (j < end && j < i + 3 && quoth_all_capitals(p, j, 2) && (p->t[j].flags & TOK_ALPHA)) j++;
    if (j == i || j + 8 > end || !quoth_punct_is(p, j, ":") || !(p->t[j + 1].flags & TOK_CAPITALIZED) ||
        quoth_all_capitals(p, j + 1, 2) || labelled_paragraphs_after(p, p->tl->sent[p->t[i].sentence].paragraph))
        return i;
    return j + 1;
}

int quoth_headline_line(const quoth_phrases *p, size_t i) {
    const quoth_token_list *tl = p->tl;
    if (p->t[i].sentence != 0) return 0;
    size_t end = tl->sent[0].first + tl->sent[0].count;
    if (end == 0 || end > p->n || quoth_is_final_punct(p, end - 1)) return 0;
    return tl->n_sent < 2 || tl->sent[1].paragraph != tl->sent[0].paragraph;
}

/* "WASHINGTON (AP) — Donald Trump has invested", "CASPER, Wyo. - Sen.
 * Ted Cruz continued", "PHILADELPHIA, July 29 (UPI) — Fans of ...": the
 * first token after the place line that opens
 * token i's paragraph, or i when there is none. No gold source or content
 * of PolNeAR train starts on a place line; 9 start right after one. */
size_t quoth_after_dateline(const quoth_phrases *p, size_t i) {
    const quoth_sentence *s = &p->tl->sent[p->t[i].sentence];
    const quoth_paragraph *para = &p->tl->para[s->paragraph];
    if (s->paragraph >= DATELINE_PARAGRAPHS || para->first_token != i) return i;
    size_t end = para->first_token + para->n_tokens;
    if (!quoth_all_capitals(p, i, 3)) return dated_place_line_end(p, i, end);
    size_t colon = colon_place_line_end(p, i, end);
    if (colon > i) return colon;
    size_t number = 0; /* the token after the latest number */
    for (size_t j = i + 1; j < end && j < i + DATELINE_TOKENS_MAX; j++) {
        if (quoth_word_is(p, j, "--") || quoth_word_is(p, j, "-")) return j + 1 < end ? j + 1 : i;
        if (p->t[j].flags & TOK_DIGIT) number = j + 1;
        /* a date in small letters after its day: "12 de mayo", "3 mai" */
        if (!dateline_word(p, j) && !(number && j < number + 2 && (p->t[j].flags & TOK_ALPHA))) return i;
    }
    return i;
}

size_t quoth_past_connective(const quoth_phrases *p, size_t first, size_t end) {
    static const char *const ONE_WORD[] = {"but", "and", "or", "yet", "so", "however", "moreover",
                                           "meanwhile", "still", "also", "furthermore", "indeed"};
    size_t k = first;
    if (quoth_word_is(p, k, "in") && quoth_word_is(p, k + 1, "addition")) k += 2;
    else if (quoth_word_in(p, k, ONE_WORD, sizeof ONE_WORD / sizeof *ONE_WORD))
        k++;
    if (k > first && k < end && quoth_punct_is(p, k, ",")) k++;
    return k;
}

int quoth_document_noun(const quoth_phrases *p, size_t i) {
    static const char *const DOCUMENTS[] = {"statement", "statements", "release", "email", "emails", "e-mail",
                                            "letter",    "letters",    "memo",    "tweet", "tweets", "message",
                                            "messages",  "ad",         "ads",     "video", "post"};
    const char *w = quoth_token_norm(p->tl, i);
    if (w[0] < 'a' || w[0] > 'z') return 0; /* "The Post" is a newspaper */
    return quoth_word_in(p, i, DOCUMENTS, sizeof DOCUMENTS / sizeof *DOCUMENTS);
}

int quoth_sends_document(const quoth_phrases *p, size_t i) {
    static const char *const SEND[] = {"issu",  "releas", "sent",   "send",  "put",     "post",   "publish", "ran",
                                       "run",   "aired",  "airing", "tweet", "unveil",  "circulat", "revis", "provid",
                                       "wrote", "writ",   "filed",  "signed", "launch", "submit", "penned", "draft",
                                       "produc", "distribut", "email"};
    if (quoth_coarse(p, i) != CT_VERB) return 0;
    return quoth_starts_with_any(p, i, SEND, sizeof SEND / sizeof *SEND);
}

/* A field of a listed name: one to three capitalized words in the
 * sentence of `from`, none in capitals alone ("the Department of
 * Justice, FBI and CIA" are three bodies) and, unless it is the last,
 * none a body's word ("the Ministry of Defence, Foreign Office and
 * Treasury" are three); the last stops before a title ("... and Rural
 * Affairs Secretary Ann Lowe"). Its end, or `from` when there is none. */
static size_t listed_field_end(const quoth_phrases *p, size_t from, size_t most, int last) {
    size_t k = from;
    while (k < p->n && k < from + most && p->t[k].sentence == p->t[from].sentence &&
           (p->t[k].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           !(p->t[k].flags & TOK_ALL_CAPS) && !(p->t[k].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
           (last || !(p->t[k].lex & LEX_ORG_WORD)))
        k++;
    return k;
}

size_t quoth_field_list_end(const quoth_phrases *p, size_t first, size_t comma) {
    if (comma <= first || comma + 4 >= p->n || !quoth_punct_is(p, comma, ",")) return comma;
    /* an office's "of" or "for" opens the list ("Department for
     * Environment"); else its first field is one or two words, and the
     * name follows "the" and a body's word ends it ("the Rail, Tram and
     * Bus Union", not "Labor, the Greens and One Nation"), or a title
     * follows it (below) */
    int office = 0;
    for (size_t k = first; k + 2 < comma; k++)
        office |= (p->t[k].lex & LEX_ORG_WORD) && (quoth_word_is(p, k + 1, "of") || quoth_word_is(p, k + 1, "for"));
    int after_the = first > 0 && quoth_word_is(p, first - 1, "the");
    if (!office && (comma - first > 2 || listed_field_end(p, first, 2, 0) != comma)) return comma;
    size_t k = comma;
    for (unsigned fields = 0; quoth_punct_is(p, k, ","); fields++) {
        size_t end = listed_field_end(p, k + 1, 3, 0);
        if (end == k + 1 || end >= p->n || fields == 3) return comma;
        k = end;
        if (quoth_punct_is(p, k, ",") && quoth_word_is(p, k + 1, "and")) k++; /* "Media, and Sport" */
    }
    if (!quoth_word_is(p, k, "and") && !quoth_word_is(p, k, "&")) return comma;
    size_t end = listed_field_end(p, k + 1, 4, 1);
    if (end == k + 1 || end - first > QUOTH_FIELD_LIST_WORDS_MAX) return comma;
    /* or the fields of an office's title before it ("Environment, Food and
     * Rural Affairs Secretary Ann Lowe") */
    int titled = end < p->n && (p->t[end].lex & LEX_TITLE) && (p->t[end].flags & TOK_CAPITALIZED);
    for (size_t i = k + 1; titled && i < end; i++) /* "Goodlatte and Benghazi Committee Chairman Trey Gowdy": a body's title */
        titled = !(p->t[i].lex & LEX_ORG_WORD);
    return office || titled || (after_the && (p->t[end - 1].lex & LEX_ORG_WORD)) ? end : comma;
}

/* The first word of a listed name whose list holds the comma at `comma`
 * and goes on past `word` ("Department" of "the Department for
 * Environment, Food and Rural Affairs", "Rail" of "The Rail, Tram and Bus
 * Union"), found back over capitalized words, the commas of fields before
 * and an office's "of" or "for"; `comma` when there is none. */
static size_t field_list_first(const quoth_phrases *p, size_t comma, size_t word) {
    size_t first_comma = comma;
    for (size_t i = comma; i > 0 && comma - i < QUOTH_FIELD_LIST_WORDS_MAX;) {
        size_t k = --i;
        if (p->t[k].sentence != p->t[comma].sentence) break;
        if (quoth_punct_is(p, k, ",")) { /* an earlier field's: "Digital, Culture, | Media and Sport" */
            first_comma = k;
            continue;
        }
        int joiner = (quoth_word_is(p, k, "of") || quoth_word_is(p, k, "for")) && k > 0 &&
                     (p->t[k - 1].lex & LEX_ORG_WORD);
        if (joiner) continue;
        if ((p->t[k].flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA)) break;
        if (quoth_field_list_end(p, k, first_comma) > word) return k;
    }
    return comma;
}

size_t quoth_field_list_around(const quoth_phrases *p, size_t word) {
    if (word < 2 || word >= p->n || !(p->t[word].flags & TOK_CAPITALIZED)) return word;
    /* the comma of the field before, past the words of this one and "and"
     * ("Digital, Culture, Media, and | Sport") */
    size_t comma = word - 1;
    while (comma > 0 && word - comma < 4 && !quoth_punct_is(p, comma, ",") &&
           ((p->t[comma].flags & TOK_CAPITALIZED) || quoth_word_is(p, comma, "and") || quoth_word_is(p, comma, "&")))
        comma--;
    if (!quoth_punct_is(p, comma, ",")) return word;
    size_t first = field_list_first(p, comma, word);
    return first == comma ? word : first;
}

int quoth_puts_a_figure(const quoth_phrases *p, size_t v, size_t end) {
    static const char *const FIGURES[] = {"number", "figure", "toll", "count", "total", "turnout", "crowd", "cost"};
    return v + 3 < end && (quoth_word_is(p, v, "put") || quoth_word_is(p, v, "puts")) &&
           quoth_word_is(p, v + 1, "the") && quoth_word_in(p, v + 2, FIGURES, sizeof FIGURES / sizeof *FIGURES) &&
           (quoth_word_is(p, v + 3, "at") || quoth_word_is(p, v + 3, "closer") || quoth_word_is(p, v + 3, "near"));
}
