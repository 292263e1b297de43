/*
 * states.c - the US states by name, by the abbreviation of news style (AP)
 * and by postal code (see states.h). Written from general knowledge. The
 * abbreviations are read only inside an affiliation ("R-Fla."), where
 * "La." and "Ore." cannot be anything else.
 */
#include "attrib/states.h"

#include <string.h>
#include <strings.h>

#include "text/tokens.h"

typedef struct us_state {
    const char *name;   /* lower case, one space between words */
    const char *style;  /* the abbreviation of news style, letters only */
    const char *postal; /* the two letters of the post */
} us_state;

/* In the order of their numbers, 1..QUOTH_STATES. The style of the seven
 * states that news does not abbreviate is their name. */
static const us_state STATES[QUOTH_STATES] = {
    {"alabama", "ala", "al"},      {"alaska", "alaska", "ak"},          {"arizona", "ariz", "az"},
    {"arkansas", "ark", "ar"},     {"california", "calif", "ca"},       {"colorado", "colo", "co"},
    {"connecticut", "conn", "ct"}, {"delaware", "del", "de"},           {"florida", "fla", "fl"},
    {"georgia", "ga", "ga"},       {"hawaii", "hawaii", "hi"},          {"idaho", "idaho", "id"},
    {"illinois", "ill", "il"},     {"indiana", "ind", "in"},            {"iowa", "iowa", "ia"},
    {"kansas", "kan", "ks"},       {"kentucky", "ky", "ky"},            {"louisiana", "la", "la"},
    {"maine", "maine", "me"},      {"maryland", "md", "md"},            {"massachusetts", "mass", "ma"},
    {"michigan", "mich", "mi"},    {"minnesota", "minn", "mn"},         {"mississippi", "miss", "ms"},
    {"missouri", "mo", "mo"},      {"montana", "mont", "mt"},           {"nebraska", "neb", "ne"},
    {"nevada", "nev", "nv"},       {"new hampshire", "nh", "nh"},       {"new jersey", "nj", "nj"},
    {"new mexico", "nm", "nm"},    {"new york", "ny", "ny"},            {"north carolina", "nc", "nc"},
    {"north dakota", "nd", "nd"},  {"ohio", "ohio", "oh"},              {"oklahoma", "okla", "ok"},
    {"oregon", "ore", "or"},       {"pennsylvania", "pa", "pa"},        {"rhode island", "ri", "ri"},
    {"south carolina", "sc", "sc"}, {"south dakota", "sd", "sd"},       {"tennessee", "tenn", "tn"},
    {"texas", "tex", "tx"},        {"utah", "utah", "ut"},              {"vermont", "vt", "vt"},
    {"virginia", "va", "va"},      {"washington", "wash", "wa"},        {"west virginia", "wva", "wv"},
    {"wisconsin", "wis", "wi"},    {"wyoming", "wyo", "wy"},
};

/* The state whose name is the n bytes at s (lower case, one space between
 * words, or none: "newhampshire" from an affiliation), its style or its
 * postal code. */
static int state_of_key(const char *s, size_t n) {
    for (int k = 0; k < QUOTH_STATES; k++) {
        const us_state *st = &STATES[k];
        if ((strlen(st->style) == n && strncmp(st->style, s, n) == 0) ||
            (strlen(st->postal) == n && strncmp(st->postal, s, n) == 0))
            return k + 1;
        size_t i = 0, j = 0;
        for (; st->name[i] && j < n; i++)
            if (st->name[i] != ' ' && st->name[i] != s[j++]) break;
        while (st->name[i] == ' ') i++;
        if (!st->name[i] && j == n) return k + 1;
    }
    return 0;
}

int quoth_state_named_at(const quoth_phrases *p, size_t i, size_t end, size_t *after) {
    if (i >= end || i >= p->n || !(p->t[i].flags & TOK_CAPITALIZED)) return 0;
    const char *first = quoth_token_norm(p->tl, i);
    char initial = (char)(first[0] | 0x20);
    /* the table is in alphabetical order: the states of this initial are
     * found by bisection, and most words have none */
    int lo = 0, hi = QUOTH_STATES;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (STATES[mid].name[0] < initial) lo = mid + 1;
        else hi = mid;
    }
    for (int k = lo; k < QUOTH_STATES && STATES[k].name[0] == initial; k++) {
        const char *name = STATES[k].name, *space = strchr(name, ' ');
        if (!space) {
            if (strcasecmp(first, name) != 0) continue;
            *after = i + 1;
            return k + 1;
        }
        size_t n = (size_t)(space - name);
        if (i + 1 >= end || strlen(first) != n || strncasecmp(first, name, n) != 0 ||
            !(p->t[i + 1].flags & TOK_CAPITALIZED) || strcasecmp(quoth_token_norm(p->tl, i + 1), space + 1) != 0)
            continue;
        *after = i + 2;
        return k + 1;
    }
    return 0;
}

int quoth_state_of_affiliation(const char *text, size_t len) {
    char key[24];
    size_t n = 0, i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '(')) i++;
    if (len - i < 3 || !strchr("DRIdri", text[i]) || text[i + 1] != '-') return 0;
    for (i += 2; i < len; i++) {
        char c = text[i];
        if (c == '.' || c == ' ') continue;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || n == sizeof key) return 0;
        key[n++] = (char)(c | 0x20);
    }
    return n ? state_of_key(key, n) : 0;
}
