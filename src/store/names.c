/*
 * names.c - speaker names made comparable across documents: keys without
 * case, diacritics, titles or roles; transliteration skeletons; a bounded
 * edit distance; role words. Pure functions, no database.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "store/names.h"

#define MAX_TOKENS 32

typedef struct name_tok {
    const char *s;
    size_t n;
} name_tok;

/* Words that come before a name without being part of it: honorifics,
 * ranks, offices. Compared with token keys (lowercase, no periods). */
static const char *const TITLES[] = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sen", "senator", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "president", "pres",
    "vice", "vp", "adm", "admiral", "gen", "general", "lt", "lieutenant", "col", "colonel", "maj",
    "major", "capt", "captain", "cpt", "sgt", "sergeant", "cmdr", "commander", "cdr", "brig",
    "brigadier", "rev", "reverend", "fr", "father", "sir", "dame", "lord", "lady", "sec",
    "secretary", "minister", "chancellor", "judge", "justice", "amb", "ambassador", "mayor",
    "king", "queen", "prince", "princess", "pope", "sheikh", "rabbi", "imam", "coach", "chairman",
    "chairwoman", "chair", "ceo", "spokesman", "spokeswoman", "spokesperson", "deputy", "former",
    "the", "attorney", "atty", "speaker", "leader", "chief", "director", "prime", "premier", "state",
    "us", "democratic", "republican", "gop", "nsc", "supt", "insp", "det", "officer", "st"};

/* Words that follow a name without being part of it. */
static const char *const SUFFIXES[] = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"};

/* Lowercase words that are part of names ("Ursula von der Leyen"). */
static const char *const PARTICLES[] = {"de", "da", "di", "del", "della", "der", "den", "van",
                                        "von", "la", "le", "du", "bin", "ibn", "al", "el", "dos",
                                        "das", "y", "ter", "ten", "zu", "af", "av", "e"};

/* Role words that say nothing about which post ("the former US ..."). */
static const char *const ROLE_STOP[] = {"the", "a", "an", "of", "for", "and", "to", "in", "on",
                                        "at", "by", "with", "from", "as", "his", "her", "their",
                                        "its", "our", "us", "u", "s", "former", "then", "ex",
                                        "current", "acting", "new", "who", "is", "was"};

/* Abbreviations of roles, spelled out so that "Sen." meets "senator". */
static const char *const ROLE_ABBREV[][2] = {
    {"sen", "senator"}, {"gov", "governor"}, {"rep", "representative"}, {"adm", "admiral"},
    {"gen", "general"}, {"lt", "lieutenant"}, {"col", "colonel"}, {"sec", "secretary"},
    {"pres", "president"}, {"atty", "attorney"}, {"amb", "ambassador"}, {"capt", "captain"},
    {"maj", "major"}, {"sgt", "sergeant"}, {"prof", "professor"}, {"dr", "doctor"},
    {"rev", "reverend"}, {"cmdr", "commander"}, {"spokeswoman", "spokesperson"},
    {"spokesman", "spokesperson"}, {"congressman", "representative"},
    {"congresswoman", "representative"}};

static int in_list(const char *w, const char *const *list, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0) return 1;
    return 0;
}

#define IN(w, list) in_list((w), (list), sizeof(list) / sizeof *(list))

static int is_space_at(const char *s) {
    unsigned char c = (unsigned char)s[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    return c == 0xC2 && (unsigned char)s[1] == 0xA0; /* no-break space */
}

/* Punctuation around a word: ASCII quotes and brackets, and the curly quotes
 * (U+2018, U+2019, U+201C, U+201D, all E2 80 xx). Returns its length. */
static size_t punct_len(const char *s) {
    unsigned char c = (unsigned char)s[0];
    if (c && strchr("\"'`,;:()[]{}!?", c)) return 1;
    if (c == 0xE2 && (unsigned char)s[1] == 0x80) {
        unsigned char d = (unsigned char)s[2];
        if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) return 3;
    }
    return 0;
}

static size_t punct_len_before(const char *s, size_t n) {
    if (n >= 1 && punct_len(s + n - 1) == 1) return 1;
    if (n >= 3 && punct_len(s + n - 3) == 3) return 3;
    return 0;
}

/* s[0..n) decomposed (NFKD), marks stripped and case folded, malloc'd into
 * *out; its length, or -1 (invalid UTF-8, out of memory). */
static utf8proc_ssize_t folded(const char *s, size_t n, utf8proc_uint8_t **out) {
    *out = NULL;
    return utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, out,
                        UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT |
                            UTF8PROC_STABLE);
}

static int is_letter_or_digit(utf8proc_int32_t cp) {
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
           cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_ND;
}

/* The key form of one word into out: NFKD, marks stripped, case folded,
 * letters, digits and hyphens kept (periods and apostrophes dropped so that
 * "J." is "j" and "O'Brien" is "obrien"). */
static void word_key(const char *s, size_t n, char *out, size_t cap) {
    size_t o = 0;
    out[0] = 0;
    utf8proc_uint8_t *m;
    utf8proc_ssize_t len = folded(s, n, &m);
    if (len < 0) return; /* invalid UTF-8 cannot come from the engine; an empty key is safe */
    for (utf8proc_ssize_t i = 0; i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &cp);
        if (k <= 0) break;
        int keep = cp == '-' || is_letter_or_digit(cp);
        if (keep && o + (size_t)k < cap) {
            memcpy(out + o, m + i, (size_t)k);
            o += (size_t)k;
        }
        i += k;
    }
    out[o] = 0;
    free(m);
}

/* Whether a word is written in lowercase: a role word ("spokesman") rather
 * than a part of the name, unless it is a particle ("von", "al-"). */
static int is_lower_word(const char *s, size_t n) {
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp) <= 0) return 0;
    if (utf8proc_category(cp) != UTF8PROC_CATEGORY_LL) return 0;
    char k[64];
    const char *dash = memchr(s, '-', n);
    word_key(s, dash ? (size_t)(dash - s) : n, k, sizeof k);
    return !IN(k, PARTICLES);
}

/* The length of the word s[0..n) without a possessive "'s" or "’s". */
static size_t without_possessive(const char *s, size_t n) {
    if (n > 2 && strncmp(s + n - 2, "'s", 2) == 0) return n - 2;
    if (n > 4 && strncmp(s + n - 4, "\xE2\x80\x99s", 4) == 0) return n - 4;
    return n;
}

/* Splits a name into words, cut at a comma or parenthesis ("John Kirby,
 * the spokesman"; "Bernie Sanders (I-Vt.)"), each without surrounding
 * punctuation, the last without a possessive. */
static size_t split_words(const char *name, name_tok *t, size_t cap) {
    size_t n = 0;
    const char *p = name;
    while (*p && n < cap) {
        while (*p && (is_space_at(p) || punct_len(p))) {
            if (*p == ',' || *p == '(') return n;
            p += is_space_at(p) ? ((unsigned char)*p == 0xC2 ? 2 : 1) : punct_len(p);
        }
        const char *start = p;
        while (*p && !is_space_at(p) && *p != ',' && *p != '(') p++;
        size_t len = (size_t)(p - start), cut;
        while (len && (cut = punct_len_before(start, len)) != 0) len -= cut;
        if (len) t[n++] = (name_tok){start, len};
        if (*p == ',' || *p == '(') break;
    }
    if (n) t[n - 1].n = without_possessive(t[n - 1].s, t[n - 1].n);
    return n;
}

/* The words of the name proper: *first and *end delimit them in t. */
static void name_bounds(const name_tok *t, size_t n, int organization, size_t *first, size_t *end) {
    size_t a = 0, b = n;
    char k[64];
    if (organization) {
        if (b - a > 1) {
            word_key(t[a].s, t[a].n, k, sizeof k);
            if (strcmp(k, "the") == 0) a++;
        }
    } else {
        /* "White House National Security Council spokesman John Kirby":
         * everything up to the last lowercase word describes the person. */
        for (size_t i = 0; i + 1 < b; i++)
            if (is_lower_word(t[i].s, t[i].n)) a = i + 1;
        while (b - a > 1) {
            word_key(t[a].s, t[a].n, k, sizeof k);
            if (!IN(k, TITLES) && k[0]) break;
            a++;
        }
        while (b - a > 1) {
            word_key(t[b - 1].s, t[b - 1].n, k, sizeof k);
            if (!IN(k, SUFFIXES) && k[0]) break;
            b--;
        }
    }
    *first = a;
    *end = b;
}

/* Appends s[0..n) to the growing string *buf (len *o, capacity *cap). */
static int append(char **buf, size_t *o, size_t *cap, const char *s, size_t n) {
    if (*o + n + 2 > *cap) {
        size_t c = (*o + n + 2) * 2;
        char *p = realloc(*buf, c);
        if (!p) return -1;
        *buf = p;
        *cap = c;
    }
    memcpy(*buf + *o, s, n);
    *o += n;
    (*buf)[*o] = 0;
    return 0;
}

/* The key (as_key) or display form of a name. */
static char *name_form(const char *name, int organization, int as_key) {
    name_tok t[MAX_TOKENS];
    size_t n = split_words(name ? name : "", t, MAX_TOKENS), a, b;
    name_bounds(t, n, organization, &a, &b);
    size_t o = 0, cap = 64;
    char *out = malloc(cap);
    if (!out) return NULL;
    out[0] = 0;
    for (size_t i = a; i < b; i++) {
        char k[256];
        const char *w = t[i].s;
        size_t wn = t[i].n;
        if (as_key) {
            /* a possessive is no part of a key: "Ryan's office" and "Ryan
             * office" (as earlier versions of quoth named it) are one body */
            word_key(w, without_possessive(w, wn), k, sizeof k);
            w = k;
            wn = strlen(k);
            if (!wn) continue;
        }
        if ((o && append(&out, &o, &cap, " ", 1)) || append(&out, &o, &cap, w, wn)) {
            free(out);
            return NULL;
        }
    }
    return out;
}

char *quoth_name_key(const char *name, int organization) {
    return name_form(name, organization, 1);
}

char *quoth_name_display(const char *name, int organization) {
    return name_form(name, organization, 0);
}

/* The German transliteration of the letter at s (ä ae, ö oe, ü ue, ß ss,
 * precomposed or a vowel and a combining diaeresis), or NULL; *len is
 * how many bytes it takes. */
static const char *german_letter(const char *s, size_t *len) {
    static const char *const PRECOMPOSED[][2] = {{"\xC3\xA4", "ae"}, {"\xC3\xB6", "oe"}, {"\xC3\xBC", "ue"},
                                                 {"\xC3\x84", "Ae"}, {"\xC3\x96", "Oe"}, {"\xC3\x9C", "Ue"},
                                                 {"\xC3\x9F", "ss"}};
    for (size_t i = 0; i < sizeof PRECOMPOSED / sizeof *PRECOMPOSED; i++)
        if (strncmp(s, PRECOMPOSED[i][0], 2) == 0) {
            *len = 2;
            return PRECOMPOSED[i][1];
        }
    static const char *const DECOMPOSED[][2] = {{"a", "ae"}, {"o", "oe"}, {"u", "ue"},
                                                {"A", "Ae"}, {"O", "Oe"}, {"U", "Ue"}};
    for (size_t i = 0; i < sizeof DECOMPOSED / sizeof *DECOMPOSED; i++)
        if (s[0] == DECOMPOSED[i][0][0] && strncmp(s + 1, "\xCC\x88", 2) == 0) {
            *len = 3;
            return DECOMPOSED[i][1];
        }
    return NULL;
}

char *quoth_name_key_german(const char *name) {
    size_t n = name ? strlen(name) : 0, o = 0;
    char *spelled = malloc(2 * n + 1); /* no letter grows by more than its bytes */
    if (!spelled) return NULL;
    int any = 0;
    for (size_t i = 0; i < n;) {
        size_t len;
        const char *t = german_letter(name + i, &len);
        if (t) {
            memcpy(spelled + o, t, 2);
            o += 2, i += len, any = 1;
        } else {
            spelled[o++] = name[i++];
        }
    }
    spelled[o] = 0;
    char *key = any ? quoth_name_key(spelled, 0) : strdup("");
    free(spelled);
    return key;
}

/* Where the words of quoth_words_key() go: into a growing string, or,
 * for quoth_words_hash(), only into the hash of that string's bytes. */
typedef struct words_sink {
    char *s;      /* NULL: hash only */
    size_t n, cap; /* bytes of the key so far (hashed or written), and room */
    uint64_t hash;
    int gap; /* a break since the last letter: a space before the next */
} words_sink;

#define FNV_OFFSET 0xcbf29ce484222325u
#define FNV_PRIME 0x100000001b3u

static int sink_letter(words_sink *k, utf8proc_int32_t cp) {
    utf8proc_uint8_t bytes[5];
    size_t n = 0;
    if (k->gap && k->n) bytes[n++] = ' ';
    k->gap = 0;
    n += (size_t)utf8proc_encode_char(cp, bytes + n);
    if (!k->s) {
        for (size_t i = 0; i < n; i++) k->hash = (k->hash ^ bytes[i]) * FNV_PRIME;
        k->n += n;
        return 0;
    }
    if (k->n + n + 1 > k->cap) {
        size_t cap = k->cap * 2 + 16;
        char *p = realloc(k->s, cap);
        if (!p) return -1;
        k->s = p, k->cap = cap;
    }
    memcpy(k->s + k->n, bytes, n);
    k->n += n;
    return 0;
}

/* One folded code point: a letter or digit goes to the key; an apostrophe
 * joins ("won't" and "won’t" are one word); anything else breaks. */
static int sink_folded(words_sink *k, utf8proc_int32_t cp, int letter_or_digit) {
    if (letter_or_digit) return sink_letter(k, cp);
    if (cp != '\'' && cp != 0x2019) k->gap = 1;
    return 0;
}

/* ASCII, most of a statement, is folded directly; any other code point on
 * its own. The key keeps letters and digits only, so it needs neither the
 * ordering of marks nor the allocations of utf8proc_map(), and `search
 * --distinct` folds every statement of a store (a third less time for a
 * million statements than with utf8proc_map()). */
static int fold_words(const char *text, words_sink *k) {
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)(text ? text : "");
    size_t left = strlen((const char *)p);
    while (left) {
        utf8proc_int32_t cp = *p;
        utf8proc_ssize_t len = 1;
        if (cp < 0x80) {
            if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
            if (sink_folded(k, cp, (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))) return -1;
        } else {
            utf8proc_int32_t folded_cps[32];
            int boundclass = 0;
            len = utf8proc_iterate(p, (utf8proc_ssize_t)left, &cp);
            if (len <= 0) len = 1, cp = 0xFFFD; /* invalid UTF-8 cannot come from the engine */
            utf8proc_ssize_t n = utf8proc_decompose_char(
                cp, folded_cps, 32, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK,
                &boundclass);
            for (utf8proc_ssize_t i = 0; i < n && n <= 32; i++)
                if (sink_folded(k, folded_cps[i], is_letter_or_digit(folded_cps[i]))) return -1;
        }
        p += len, left -= (size_t)len;
    }
    return 0;
}

char *quoth_words_key(const char *text) {
    words_sink k = {.hash = FNV_OFFSET, .cap = (text ? strlen(text) : 0) + 1};
    if (!(k.s = malloc(k.cap))) return NULL;
    if (fold_words(text, &k)) {
        free(k.s);
        return NULL;
    }
    k.s[k.n] = 0;
    return k.s;
}

uint64_t quoth_words_hash(const char *text) {
    words_sink k = {.hash = FNV_OFFSET};
    fold_words(text, &k); /* cannot fail: nothing is allocated */
    return k.hash;
}

static int replace_at(char *s, size_t i, const char *from, const char *to) {
    size_t nf = strlen(from), nt = strlen(to);
    if (strncmp(s + i, from, nf) != 0) return 0;
    memmove(s + i + nt, s + i + nf, strlen(s + i + nf) + 1); /* nt <= nf: shrinks */
    memcpy(s + i, to, nt);
    return 1;
}

void quoth_name_skeleton(const char *word, char *out, size_t cap) {
    if (!cap) return;
    size_t o = 0;
    for (const char *p = word; *p && o + 1 < cap; p++)
        if (*p != '-' && *p != '\'') out[o++] = *p;
    out[o] = 0;
    static const char *const PAIRS[][2] = {{"ph", "f"}, {"ck", "k"}, {"kh", "h"}};
    for (size_t i = 0; out[i]; i++) {
        for (size_t r = 0; r < sizeof PAIRS / sizeof *PAIRS; r++)
            if (replace_at(out, i, PAIRS[r][0], PAIRS[r][1])) break;
        if (out[i] == 'y') out[i] = 'i';
        else if (out[i] == 'w') out[i] = 'v';
    }
    size_t n = strlen(out);
    if (n > 3 && (strcmp(out + n - 2, "ei") == 0 || strcmp(out + n - 2, "ie") == 0)) out[n - 1] = 0,
                                                                                   out[n - 2] = 'i';
    size_t w = 0;
    for (size_t i = 0; out[i]; i++)
        if (w == 0 || out[i] != out[w - 1]) out[w++] = out[i];
    out[w] = 0;
}

int quoth_name_distance(const char *a, const char *b, int max) {
    size_t n = strlen(a), m = strlen(b);
    if (n > 63 || m > 63) return strcmp(a, b) == 0 ? 0 : max + 1;
    if ((n > m ? n - m : m - n) > (size_t)max) return max + 1;
    int d[64][64];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        int row_min = d[i][0]; /* the column of deletions counts too */
        for (size_t j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int v = d[i - 1][j - 1] + cost;
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
            if (v < row_min) row_min = v;
        }
        if (row_min > max) return max + 1;
    }
    return d[n][m] > max ? max + 1 : d[n][m];
}

static int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One role word in its compared form, or "" when it says nothing. */
static void role_word(const char *s, size_t n, char *out, size_t cap) {
    word_key(s, n, out, cap);
    size_t len = strlen(out);
    if (len < 2 || IN(out, ROLE_STOP)) {
        out[0] = 0;
        return;
    }
    for (size_t i = 0; i < sizeof ROLE_ABBREV / sizeof *ROLE_ABBREV; i++)
        if (strcmp(out, ROLE_ABBREV[i][0]) == 0) {
            snprintf(out, cap, "%s", ROLE_ABBREV[i][1]);
            return;
        }
    if (len > 4 && out[len - 1] == 's' && out[len - 2] != 's') out[len - 1] = 0;
}

char *quoth_role_key(const char *role) {
    char *words[MAX_TOKENS];
    size_t n = 0;
    const char *p = role ? role : "";
    while (*p && n < MAX_TOKENS) {
        while (*p && !((unsigned char)*p >= 0x80 || (*p >= '0' && *p <= '9') ||
                       ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')))
            p++;
        const char *s = p;
        while (*p && ((unsigned char)*p >= 0x80 || (*p >= '0' && *p <= '9') ||
                      ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || *p == '.'))
            p++;
        if (p == s) continue;
        char w[128];
        role_word(s, (size_t)(p - s), w, sizeof w);
        if (!w[0]) continue;
        if (!(words[n] = strdup(w))) {
            while (n) free(words[--n]);
            return NULL;
        }
        n++;
    }
    qsort(words, n, sizeof *words, by_string);
    size_t o = 0, cap = 64;
    char *out = malloc(cap);
    int bad = !out;
    if (out) out[0] = 0;
    for (size_t i = 0; i < n; i++) {
        if (!bad && (i == 0 || strcmp(words[i], words[i - 1]) != 0))
            bad = (o && append(&out, &o, &cap, " ", 1)) || append(&out, &o, &cap, words[i], strlen(words[i]));
    }
    for (size_t i = 0; i < n; i++) free(words[i]); /* after: each is compared with the one before */
    if (bad) {
        free(out);
        return NULL;
    }
    return out;
}

/* Whether the space-separated word list `list` holds w[0..n). */
static int has_word(const char *list, const char *w, size_t n) {
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, w, n) == 0) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

int quoth_roles_compatible(const char *a, const char *b) {
    if (!a || !b || !*a || !*b) return 1;
    for (const char *p = a; *p;) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len && has_word(b, p, len)) return 1;
        if (!e) break;
        p = e + 1;
    }
    return 0;
}

size_t quoth_name_parts(const char *key, char *first, char *middle, char *last, size_t cap) {
    first[0] = middle[0] = last[0] = 0;
    size_t words = 0, mo = 0;
    const char *p = key;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *s = p;
        while (*p && *p != ' ') p++;
        size_t n = (size_t)(p - s);
        if (words == 0) snprintf(first, cap, "%.*s", (int)n, s);
        else {
            /* the previous last word was a middle word after all */
            if (words >= 2 && last[0] && mo + 1 < cap) middle[mo++] = last[0];
            middle[mo] = 0;
            snprintf(last, cap, "%.*s", (int)n, s);
        }
        words++;
    }
    if (words == 1) snprintf(last, cap, "%s", first);
    return words;
}
