/*
 * tokenize.c - from UTF-8 text to tokens in Penn Treebank style.
 *
 * One pass over the text, no backtracking beyond a word: the cost is linear
 * in the input whatever it holds. The conventions follow the Penn Treebank
 * (and so CoreNLP, whose output the taggers learned from): clitics split off
 * ("Kirby" "'s", "do" "n't"), hyphenated words kept whole, abbreviations
 * keep their period ("Mr.", "U.S."), quotation marks become `` and ''.
 */
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/tokens.h"
#include "text/utf8.h"

/* Words longer than this are cut into pieces: no real word is, and it keeps
 * per-token buffers fixed in size whatever the input. */
#define MAX_WORD_BYTES 512

typedef struct scanner {
    const unsigned char *s;
    size_t len;
    quoth_token_list *list;
    quoth_word_count_fn word_count;
    const void *word_count_ctx;
    unsigned pending;       /* TOK_*_BEFORE flags for the next token */
    int straight_open;      /* a straight " is open in this paragraph */
} scanner;

static uint32_t cp_at(const scanner *sc, size_t i, size_t *n) {
    if (i >= sc->len) {
        *n = 0;
        return 0;
    }
    if (sc->s[i] < 0x80) {
        *n = 1;
        return sc->s[i];
    }
    return quoth_utf8_decode(sc->s + i, sc->len - i, n);
}

static quoth_char_class class_at(const scanner *sc, size_t i) {
    size_t n;
    if (i >= sc->len) return CC_SPACE;
    if (sc->s[i] < 0x80) return (quoth_char_class)quoth_ascii_class[sc->s[i]].cls;
    return (quoth_char_class)quoth_char_classify(cp_at(sc, i, &n)).cls;
}

/* The class of the code point that ends just before byte i. */
static quoth_char_class class_before(const scanner *sc, size_t i) {
    if (i == 0) return CC_SPACE;
    size_t j = i - 1;
    while (j > 0 && (sc->s[j] & 0xC0) == 0x80 && i - j < 4) j--;
    return class_at(sc, j);
}

static int grow(void **p, size_t *cap, size_t want, size_t elem) {
    if (want <= *cap) return 0;
    size_t n = *cap ? *cap * 2 : 1024;
    while (n < want) n *= 2;
    void *q = realloc(*p, n * elem);
    if (!q) return QUOTH_ERR_NOMEM;
    *p = q;
    *cap = n;
    return 0;
}

static int is_letter_class(quoth_char_class c) {
    return c == CC_LOWER || c == CC_UPPER || c == CC_MARK;
}

static int is_alnum_class(quoth_char_class c) {
    return is_letter_class(c) || c == CC_DIGIT;
}

/* Appends a token whose normalized form is norm[0..norm_len). */
static int emit(scanner *sc, size_t start, size_t end, const char *norm, size_t norm_len,
                unsigned flags) {
    quoth_token_list *l = sc->list;
    if (grow((void **)&l->tok, &l->cap, l->n + 1, sizeof *l->tok) ||
        grow((void **)&l->arena, &l->arena_cap, l->arena_len + norm_len + 1, 1))
        return QUOTH_ERR_NOMEM;
    quoth_token *t = &l->tok[l->n++];
    memset(t, 0, sizeof *t);
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->norm = (uint32_t)l->arena_len;
    t->norm_len = (uint16_t)norm_len;
    memcpy(l->arena + l->arena_len, norm, norm_len);
    l->arena[l->arena_len + norm_len] = '\0';
    l->arena_len += norm_len + 1;
    t->flags = (uint16_t)(flags | sc->pending);
    t->lower_hash = quoth_hash_lower(norm, norm_len);
    sc->pending = 0;
    return 0;
}

/* ------------------------------------------------------------ words */

/* Abbreviations that keep their period. Titles are marked so that the
 * sentence splitter never ends a sentence after them. */
typedef struct abbrev {
    const char *word;
    int title;
} abbrev;

static const abbrev ABBREVIATIONS[] = {
    {"Adm", 1}, {"Ala", 0}, {"Apr", 0}, {"Ariz", 0}, {"Ark", 0}, {"Assn", 0}, {"Atty", 1},
    {"Aug", 0}, {"Bros", 0}, {"Calif", 0}, {"Capt", 1}, {"Cmdr", 1}, {"Co", 0}, {"Col", 1},
    {"Colo", 0}, {"Conn", 0}, {"Corp", 0}, {"Cpl", 1}, {"Dec", 0}, {"Del", 0}, {"Dept", 0},
    {"Det", 1}, {"Dr", 1}, {"Feb", 0}, {"Fla", 0}, {"Ft", 0}, {"Ga", 0}, {"Gen", 1},
    {"Gov", 1}, {"Hon", 1}, {"Ill", 0}, {"Inc", 0}, {"Ind", 0}, {"Jan", 0}, {"Jr", 0},
    {"Jul", 0}, {"Jun", 0}, {"Kan", 0}, {"Ky", 0}, {"Lt", 1}, {"Ltd", 0}, {"Maj", 1},
    {"Mar", 0}, {"Mass", 0}, {"Md", 0}, {"Mich", 0}, {"Minn", 0}, {"Miss", 0}, {"Mo", 0},
    {"Mont", 0}, {"Mr", 1}, {"Mrs", 1}, {"Ms", 1}, {"Msgr", 1}, {"Mt", 0}, {"Neb", 0},
    {"Nev", 0}, {"Nov", 0}, {"Oct", 0}, {"Okla", 0}, {"Ore", 0}, {"Pa", 0}, {"Pfc", 1},
    {"Ph", 0}, {"Pres", 1}, {"Prof", 1}, {"Pvt", 1}, {"Rep", 1}, {"Reps", 1}, {"Rev", 1},
    {"Sen", 1}, {"Sens", 1}, {"Sep", 0}, {"Sept", 0}, {"Sgt", 1}, {"Sr", 0}, {"St", 0},
    {"Supt", 1}, {"Tenn", 0}, {"Tex", 0}, {"Va", 0}, {"Vt", 0}, {"Wash", 0}, {"Wis", 0},
    {"Wyo", 0}, {"approx", 0}, {"etc", 0}, {"vs", 0},
};

/* 1 for an abbreviation, 2 for a title, 0 otherwise. */
static int abbreviation_kind(const char *w, size_t n) {
    size_t lo = 0, hi = sizeof ABBREVIATIONS / sizeof *ABBREVIATIONS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strncmp(ABBREVIATIONS[mid].word, w, n);
        if (c == 0 && ABBREVIATIONS[mid].word[n] != '\0') c = 1;
        if (c == 0) return ABBREVIATIONS[mid].title ? 2 : 1;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

/* "U.S", "a.m", "D.C": single letters joined by periods. */
static int is_initialism(const char *w, size_t n) {
    if (n < 3) return 0;
    for (size_t i = 0; i < n; i++) {
        int letter = (w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z');
        if (i % 2 == 0 ? !letter : w[i] != '.') return 0;
    }
    return 1;
}

/* Words that links glue to their neighbours in scraped text. */
static int is_glue_word(const char *w, size_t n) {
    /* by length, so that most calls end at once (they come for every split
     * point of every long word) */
    static const char G3[][3] = {{'t', 'h', 'e'}, {'a', 'n', 'd'}, {'w', 'h', 'o'}, {'w', 'a', 's'},
                                 {'h', 'a', 's'}, {'f', 'o', 'r'}, {'b', 'u', 't'}, {'n', 'o', 't'},
                                 {'h', 'i', 's'}, {'h', 'e', 'r'}};
    static const char G4[][4] = {{'t', 'h', 'a', 't'}, {'s', 'a', 'i', 'd'}, {'s', 'a', 'y', 's'},
                                 {'w', 'i', 't', 'h'}, {'f', 'r', 'o', 'm'}, {'w', 'e', 'r', 'e'},
                                 {'h', 'a', 'v', 'e'}, {'t', 'o', 'l', 'd'}};
    static const char G5[][5] = {{'w', 'h', 'i', 'c', 'h'}, {'t', 'h', 'e', 'i', 'r'}};
    /* the first letters of the words above: most halves fail on them */
    static const uint32_t FIRST = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('f' - 'a') | 1u << ('h' - 'a') |
                                  1u << ('n' - 'a') | 1u << ('s' - 'a') | 1u << ('t' - 'a') | 1u << ('w' - 'a');
    if (n < 3 || n > 5 || (unsigned)(w[0] - 'a') > 25u || !(FIRST >> (w[0] - 'a') & 1u)) return 0;
    switch (n) {
    case 3:
        for (size_t i = 0; i < sizeof G3 / sizeof *G3; i++)
            if (memcmp(G3[i], w, 3) == 0) return 1;
        return 0;
    case 4:
        for (size_t i = 0; i < sizeof G4 / sizeof *G4; i++)
            if (memcmp(G4[i], w, 4) == 0) return 1;
        return 0;
    case 5:
        for (size_t i = 0; i < sizeof G5 / sizeof *G5; i++)
            if (memcmp(G5[i], w, 5) == 0) return 1;
        return 0;
    default: return 0;
    }
}

static int all_ascii_letters(const char *w, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (!((w[i] >= 'a' && w[i] <= 'z') || (w[i] >= 'A' && w[i] <= 'Z'))) return 0;
    return 1;
}

/* Where to split a word glued to a neighbour, or 0. The whole must be
 * unknown, both halves known, and one of them a glue word; of several
 * splits the one whose rarer half is most frequent wins. */
static size_t glue_split_point(const scanner *sc, const char *w, size_t n) {
    enum { MIN_COUNT = 5 };
    if (!sc->word_count || n < 6 || n > 40 || !all_ascii_letters(w, n)) return 0;
    char lower[48];
    for (size_t i = 0; i < n; i++) lower[i] = (char)(w[i] | 0x20);
    /* The split points with a glue word on one side, found before any
     * lexicon lookup: most words have none, and a lookup is a cache miss. */
    size_t cand[48], n_cand = 0;
    for (size_t k = 2; k + 2 <= n; k++) {
        /* The right half of a glued pair is lower case: "Ukraineand", not "UkraineAnd". */
        if (w[k] < 'a') continue;
        if ((k < 3 || k > 5) && (n - k < 3 || n - k > 5)) continue; /* glue words have 3 to 5 letters */
        if (is_glue_word(lower, k) || is_glue_word(lower + k, n - k)) cand[n_cand++] = k;
    }
    if (n_cand == 0) return 0;
    if (sc->word_count(sc->word_count_ctx, w, n) > 0) return 0;
    size_t best = 0;
    uint32_t best_score = 0;
    for (size_t c = 0; c < n_cand; c++) {
        size_t k = cand[c];
        uint32_t a = sc->word_count(sc->word_count_ctx, w, k);
        uint32_t b = sc->word_count(sc->word_count_ctx, w + k, n - k);
        uint32_t score = a < b ? a : b;
        if (score >= MIN_COUNT && score > best_score) {
            best = k;
            best_score = score;
        }
    }
    return best;
}

/* Word flags from the normalized form (which has the same letters and
 * digits as the text it came from). */
static unsigned word_flags(const char *norm, size_t n) {
    unsigned flags = 0;
    int letters = 0, uppers = 0;
    for (size_t i = 0; i < n;) {
        const unsigned char *u = (const unsigned char *)norm + i;
        quoth_char_class c;
        size_t len = 1;
        if (*u < 0x80) c = (quoth_char_class)quoth_ascii_class[*u].cls;
        else c = (quoth_char_class)quoth_char_classify(quoth_utf8_decode(u, n - i, &len)).cls;
        if (c == CC_UPPER) {
            uppers++;
            letters++;
            if (i == 0) flags |= TOK_CAPITALIZED;
        } else if (c == CC_LOWER)
            letters++;
        else if (c == CC_DIGIT)
            flags |= TOK_DIGIT;
        i += len;
    }
    if (letters) flags |= TOK_ALPHA;
    if (letters >= 2 && uppers == letters) flags |= TOK_ALL_CAPS;
    return flags;
}

/* Emits text[start..end) whose normalized form is norm[0..n), splitting off a
 * clitic ("'s", "n't") or a glued word first. norm maps byte for byte onto
 * the text except where normalization shortened a character, so split
 * points are found in norm and carried to the text through `map`. */
static int emit_word(scanner *sc, size_t start, size_t end, const char *norm, size_t n,
                     const uint32_t *map, unsigned extra) {
    size_t cut = 0;
    /* Clitics: the last apostrophe, followed by s, re, ve, ll, d or m; or n't. */
    const char *apo = NULL;
    for (size_t i = n; i-- > 1;)
        if (norm[i] == '\'') {
            apo = norm + i;
            break;
        }
    if (apo) {
        size_t a = (size_t)(apo - norm), rest = n - a - 1;
        char c1 = rest > 0 ? (char)(apo[1] | 0x20) : 0, c2 = rest > 1 ? (char)(apo[2] | 0x20) : 0;
        if ((rest == 1 && (c1 == 's' || c1 == 'd' || c1 == 'm')) ||
            (rest == 2 && ((c1 == 'r' && c2 == 'e') || (c1 == 'v' && c2 == 'e') ||
                           (c1 == 'l' && c2 == 'l'))))
            cut = a;
        else if (rest == 1 && c1 == 't' && a >= 2 && (norm[a - 1] | 0x20) == 'n')
            cut = a - 1;
    }
    if (!cut) cut = glue_split_point(sc, norm, n);
    if (cut) {
        unsigned glued = norm[cut] == '\'' || (norm[cut] == 'n' && norm[cut + 1] == '\'') ? 0 : TOK_GLUED;
        size_t mid = start + map[cut];
        int rc = emit(sc, start, mid, norm, cut, word_flags(norm, cut) | extra | glued);
        if (rc) return rc;
        return emit(sc, mid, end, norm + cut, n - cut, word_flags(norm + cut, n - cut) | glued);
    }
    return emit(sc, start, end, norm, n, word_flags(norm, n) | extra);
}

/* Scans a URL, e-mail address or handle: everything up to white space, less
 * trailing punctuation. Returns the end. */
static size_t scan_url(const scanner *sc, size_t i) {
    size_t j = i;
    while (j < sc->len && j - i < MAX_WORD_BYTES) {
        quoth_char_class c = class_at(sc, j);
        if (c == CC_SPACE || c == CC_NEWLINE || c == CC_QUOTE) break;
        size_t n;
        cp_at(sc, j, &n);
        j += n;
    }
    while (j > i + 1 && strchr(".,;:!?)]'", sc->s[j - 1])) j--;
    return j;
}

static int starts_url(const scanner *sc, size_t i) {
    static const char *const PREFIXES[] = {"http://", "https://", "www."};
    /* called for every token: the first byte rules out nearly all of them */
    unsigned char c0 = sc->s[i];
    if (c0 != 'h' && c0 != 'w' && c0 != '@' && c0 != '#') return 0;
    for (size_t k = 0; k < 3; k++) {
        size_t n = strlen(PREFIXES[k]);
        if (sc->len - i > n && strncmp((const char *)sc->s + i, PREFIXES[k], n) == 0) return 1;
    }
    if ((sc->s[i] == '@' || sc->s[i] == '#') && i + 1 < sc->len &&
        is_alnum_class(class_at(sc, i + 1)) && (i == 0 || !is_alnum_class(class_before(sc, i))))
        return 1;
    return 0;
}

/* Whether the character at j may continue the word that norm[0..n) begins,
 * for the joiners: apostrophe, hyphen, period, comma, colon, ampersand. */
static int joins_word(const scanner *sc, size_t j, quoth_char_class c, uint32_t cp, size_t cpn,
                      const char *norm, size_t n) {
    quoth_char_class next = class_at(sc, j + cpn);
    quoth_char_class prev = class_before(sc, j);
    if (c == CC_APOSTROPHE) return is_letter_class(prev) && is_letter_class(next);
    if (c == CC_HYPHEN) return is_alnum_class(prev) && is_alnum_class(next);
    if (cp == '.') {
        if (prev == CC_DIGIT && next == CC_DIGIT) return 1;
        /* U.S, a.m: single letters joined by periods */
        return is_letter_class(next) && class_at(sc, j + 2) != CC_LOWER &&
               class_at(sc, j + 2) != CC_UPPER && (n == 1 || is_initialism(norm, n));
    }
    if (cp == ',' || cp == ':') return prev == CC_DIGIT && next == CC_DIGIT;
    if (cp == '&') return prev == CC_UPPER && next == CC_UPPER;
    return 0;
}

/* Scans a word starting at i and emits it (and its period, for an
 * abbreviation). Returns the byte after it. */
static size_t scan_word(scanner *sc, size_t i, int *rc) {
    char norm[MAX_WORD_BYTES + 8];
    uint32_t map[MAX_WORD_BYTES + 8]; /* norm byte -> offset from i */
    size_t n = 0, j = i;
    while (j < sc->len && n < MAX_WORD_BYTES) {
        unsigned char b = sc->s[j];
        if (b < 0x80 && quoth_ascii_class[b].cls >= CC_LOWER && quoth_ascii_class[b].cls <= CC_DIGIT) {
            map[n] = (uint32_t)(j - i); /* the common case: an ASCII letter or digit */
            norm[n++] = (char)b;
            j++;
            continue;
        }
        size_t cpn;
        uint32_t cp = cp_at(sc, j, &cpn);
        quoth_char_class c = (quoth_char_class)quoth_char_classify(cp).cls;
        if (c == CC_IGNORE) {
            j += cpn;
            continue;
        }
        if (!is_alnum_class(c)) {
            if (!joins_word(sc, j, c, cp, cpn, norm, n)) break;
            /* apostrophes and hyphens of every kind become ASCII */
            map[n] = (uint32_t)(j - i);
            norm[n++] = c == CC_APOSTROPHE ? '\'' : c == CC_HYPHEN ? '-' : (char)cp;
            j += cpn;
            continue;
        }
        for (size_t k = 0; k < cpn; k++) {
            map[n] = (uint32_t)(j - i);
            norm[n++] = (char)sc->s[j + k];
        }
        j += cpn;
    }
    map[n] = (uint32_t)(j - i);
    unsigned extra = 0;
    if (j < sc->len && sc->s[j] == '.') {
        /* "R-Wis.", "D-Md.": an abbreviation after a hyphen */
        size_t last_part = n;
        while (last_part > 0 && norm[last_part - 1] != '-') last_part--;
        int kind = abbreviation_kind(norm + last_part, n - last_part);
        int initial = n == 1 && norm[0] >= 'A' && norm[0] <= 'Z';
        if (n && (kind || initial || is_initialism(norm, n))) {
            map[n] = (uint32_t)(j - i);
            norm[n++] = '.';
            j++;
            map[n] = (uint32_t)(j - i);
            extra = TOK_ABBREV;
        }
    }
    *rc = n ? emit_word(sc, i, j, norm, n, map, extra) : 0;
    return j;
}

/* ------------------------------------------------------- punctuation */

static int opens_by_context(quoth_char_class before, quoth_char_class after) {
    int left_free = before == CC_SPACE || before == CC_NEWLINE || before == CC_OPEN ||
                    before == CC_DASH || before == CC_QUOTE;
    int right_free = after == CC_SPACE || after == CC_NEWLINE || after == CC_PUNCT ||
                     after == CC_CLOSE || after == CC_DASH || after == CC_ELLIPSIS;
    if (left_free && !right_free) return 1;
    if (!left_free && right_free) return 0;
    return -1;
}

/* Emits a quotation mark of `len` bytes at i. Whether it opens or closes is
 * read from its neighbours first (a mark after a space opens, one before a
 * space closes), which handles „German“ and »Danish« marks alike; the
 * character's usual role breaks ties, and straight quotes alternate. */
static int emit_quote(scanner *sc, size_t i, size_t len, unsigned qm) {
    int opens = opens_by_context(class_before(sc, i), class_at(sc, i + len));
    int dbl = (qm & QM_DOUBLE) != 0;
    if (opens < 0) {
        if (qm & QM_OPENS) opens = 1;
        else if (qm & QM_CLOSES) opens = 0;
        else opens = dbl ? !sc->straight_open : 0;
    }
    if (dbl && !(qm & (QM_OPENS | QM_CLOSES))) sc->straight_open = opens;
    unsigned flags = TOK_PUNCT | TOK_QUOTE | (opens ? TOK_QUOTE_OPEN : TOK_QUOTE_CLOSE) |
                     (dbl ? 0 : TOK_QUOTE_SINGLE);
    const char *norm = dbl ? (opens ? "``" : "''") : (opens ? "`" : "'");
    return emit(sc, i, i + len, norm, strlen(norm), flags);
}

static const char *bracket_norm(uint32_t cp, int open) {
    switch (cp) {
    case '(': return "-LRB-";
    case ')': return "-RRB-";
    case '[': return "-LSB-";
    case ']': return "-RSB-";
    case '{': return "-LCB-";
    case '}': return "-RCB-";
    default: return open ? "-LRB-" : "-RRB-";
    }
}

/* Length of a run of the byte b starting at i. */
static size_t run_length(const scanner *sc, size_t i, unsigned char b) {
    size_t j = i;
    while (j < sc->len && sc->s[j] == b) j++;
    return j - i;
}

/* Scans punctuation at i; returns the byte after it. */
static size_t scan_punct(scanner *sc, size_t i, uint32_t cp, size_t cpn, quoth_char_info ci,
                         int *rc) {
    char buf[8];
    switch ((quoth_char_class)ci.cls) {
    case CC_QUOTE:
        if ((cp == '`' && run_length(sc, i, '`') >= 2)) {
            *rc = emit_quote(sc, i, 2, QM_DOUBLE | QM_OPENS);
            return i + 2;
        }
        *rc = emit_quote(sc, i, cpn, ci.quote);
        return i + cpn;
    case CC_APOSTROPHE:
        if (cp == '\'' && run_length(sc, i, '\'') >= 2) {
            *rc = emit_quote(sc, i, 2, QM_DOUBLE);
            return i + 2;
        }
        *rc = emit_quote(sc, i, cpn, ci.quote);
        return i + cpn;
    case CC_DASH:
        *rc = emit(sc, i, i + cpn, "--", 2, TOK_PUNCT);
        return i + cpn;
    case CC_HYPHEN: {
        size_t k = cp == '-' ? run_length(sc, i, '-') : 1;
        if (k >= 2) {
            *rc = emit(sc, i, i + k, "--", 2, TOK_PUNCT);
            return i + k;
        }
        *rc = emit(sc, i, i + cpn, "-", 1, TOK_PUNCT);
        return i + cpn;
    }
    case CC_ELLIPSIS:
        *rc = emit(sc, i, i + cpn, "...", 3, TOK_PUNCT);
        return i + cpn;
    case CC_OPEN:
    case CC_CLOSE: {
        const char *b = bracket_norm(cp, ci.cls == CC_OPEN);
        *rc = emit(sc, i, i + cpn, b, strlen(b), TOK_PUNCT);
        return i + cpn;
    }
    default:
        if (cp == '.') {
            size_t k = run_length(sc, i, '.');
            if (k >= 2) {
                *rc = emit(sc, i, i + k, k >= 3 ? "..." : "..", k >= 3 ? 3 : 2, TOK_PUNCT);
                return i + k;
            }
        }
        memcpy(buf, sc->s + i, cpn);
        *rc = emit(sc, i, i + cpn, buf, cpn, TOK_PUNCT);
        return i + cpn;
    }
}

/* ---------------------------------------------------------- driver */

/* Consumes white space at i, setting the flags of the next token: a line
 * break, and a paragraph start after a blank line, or after a line break
 * unless the next line continues in lower case (hard-wrapped text). */
static size_t skip_space(scanner *sc, size_t i) {
    int newlines = 0;
    size_t start = i;
    while (i < sc->len) {
        size_t n;
        uint32_t cp = cp_at(sc, i, &n);
        quoth_char_class c = (quoth_char_class)quoth_char_classify(cp).cls;
        if (c == CC_NEWLINE) newlines++;
        else if (c != CC_SPACE) break;
        i += n;
    }
    if (i > start) sc->pending |= TOK_SPACE_BEFORE;
    if (newlines) {
        sc->pending |= TOK_NEWLINE_BEFORE;
        if (newlines >= 2 || class_at(sc, i) != CC_LOWER) sc->pending |= TOK_PARA_START;
    }
    return i;
}

int quoth_tokenize(quoth_token_list *list, const char *text, size_t len,
                   quoth_word_count_fn word_count, const void *word_count_ctx) {
    scanner sc = {(const unsigned char *)text, len, list, word_count, word_count_ctx,
                  TOK_PARA_START, 0};
    list->n = 0;
    list->arena_len = 0;
    list->n_sent = 0;
    list->n_para = 0;
    size_t i = 0;
    int rc = 0;
    while (i < len && rc == 0) {
        size_t before = list->n;
        i = skip_space(&sc, i);
        if (i >= len) break;
        if (sc.pending & TOK_PARA_START) sc.straight_open = 0;
        size_t cpn;
        uint32_t cp = cp_at(&sc, i, &cpn);
        quoth_char_info ci = quoth_char_classify(cp);
        if (starts_url(&sc, i)) {
            size_t end = scan_url(&sc, i);
            rc = emit(&sc, i, end, text + i, end - i, TOK_ALPHA);
            i = end;
        } else if (is_alnum_class((quoth_char_class)ci.cls) || ci.cls == CC_IGNORE) {
            i = scan_word(&sc, i, &rc);
        } else {
            i = scan_punct(&sc, i, cp, cpn, ci, &rc);
        }
        if (rc == 0 && list->n > before) {
            quoth_token *last = &list->tok[list->n - 1];
            quoth_char_class after = class_at(&sc, i);
            if (after == CC_SPACE || after == CC_NEWLINE) last->flags |= TOK_SPACE_AFTER;
        }
    }
    if (rc == 0 && list->n) list->tok[list->n - 1].flags |= TOK_SPACE_AFTER;
    return rc;
}

void quoth_token_list_free(quoth_token_list *list) {
    free(list->tok);
    free(list->arena);
    free(list->sent);
    free(list->para);
    memset(list, 0, sizeof *list);
}
