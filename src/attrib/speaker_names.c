/*
 * speaker_names.c - the names of a document: runs of name words, what each
 * names (person or organization, role, gender), and the speakers they
 * group into (full names, surnames, near-miss spellings). speakers.c ties
 * sources to them (speaker_names.h).
 */
#include "attrib/speaker_names.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "attrib/learned.h"
#include "attrib/states.h"
#include "attrib/wordclass.h"
#include "quoth.h"
#include "tag/entity.h"
#include "tag/hash.h"
#include "text/charclass.h"
#include "text/utf8.h"
#include "util/array.h"

/* The class of the character at text[i], and its length in *len: the
 * text is valid UTF-8 (quoth_clean_text_set() made it so). */
static inline int char_class_at(const char *text, size_t i, size_t end, size_t *len) {
    unsigned char c = (unsigned char)text[i];
    *len = 1;
    if (c < 128) return quoth_ascii_class[c].cls;
    return quoth_char_classify(quoth_utf8_decode((const unsigned char *)text + i, end - i, len)).cls;
}

/* Copies text[start..end) into the arena with white space runs of any
 * kind made one space and invisible characters dropped, so that a name
 * written with a no-break space or a soft hyphen ("James\u00a0Comey",
 * "Doug \u00adAndres") is the name written plainly. */
static int add_string(quoth_resolver *r, size_t start, size_t end, uint32_t *off) {
    quoth_speaker_table *t = r->t;
    if (QUOTH_RESERVE(t->arena, t->arena_cap, t->arena_len + (end - start) + 1, 64))
        return QUOTH_ERR_NOMEM;
    *off = (uint32_t)t->arena_len;
    char *o = t->arena + t->arena_len;
    size_t n = 0, len;
    int space = 0;
    for (size_t i = start; i < end; i += len) {
        unsigned char c = (unsigned char)r->text[i];
        if (c > ' ' && c < 127) { /* most bytes of a name: neither space nor invisible, copied as they are */
            if (space) o[n++] = ' ';
            space = 0;
            o[n++] = (char)c;
            len = 1;
            continue;
        }
        int cls = char_class_at(r->text, i, end, &len);
        if (cls == CC_SPACE || cls == CC_NEWLINE) {
            space = n > 0;
            continue;
        }
        if (cls == CC_IGNORE) continue;
        if (space) o[n++] = ' ';
        space = 0;
        for (size_t k = 0; k < len; k++) o[n++] = r->text[i + k];
    }
    o[n] = '\0';
    t->arena_len += n + 1;
    return 0;
}

/* Copies the NUL-terminated s into the arena. */
int quoth_speaker_add_literal(quoth_resolver *r, const char *s, uint32_t *off) {
    quoth_speaker_table *t = r->t;
    size_t len = strlen(s);
    if (QUOTH_RESERVE(t->arena, t->arena_cap, t->arena_len + len + 1, 64)) return QUOTH_ERR_NOMEM;
    *off = (uint32_t)t->arena_len;
    memcpy(t->arena + t->arena_len, s, len + 1);
    t->arena_len += len + 1;
    return 0;
}

/* FNV-1a over bytes in small ASCII letters, white space left out: two
 * names that same_organization() finds equal hash alike, so that the hash
 * turns the other organizations of a surname away without comparing them
 * letter by letter. Not quoth_hash_lower() (tag/hash.h): that hashes one
 * contiguous buffer, and a run's words are hashed here in pieces, from
 * the text between their gaps, without copying them together. */
#define NAME_HASH_SEED 0xcbf29ce484222325ull
static uint64_t fold_hash(uint64_t h, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') continue;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        h = (h ^ c) * 0x100000001b3ull;
    }
    return h;
}

static void hash_name(quoth_speaker_table *t, quoth_speaker *s) {
    const char *name = t->arena + s->name;
    s->name_hash = fold_hash(NAME_HASH_SEED, name, strlen(name));
}

static void chain_append(uint32_t *head, uint32_t *tail, uint32_t *next, size_t b, uint32_t id);

int quoth_body_rename(quoth_resolver *r, int32_t id, const char *name) {
    quoth_speaker_table *t = r->t;
    int rc = quoth_speaker_add_literal(r, name, &t->s[id].name);
    if (rc) return rc;
    hash_name(t, &t->s[id]);
    /* index_add() chained it by full name only if it had two words */
    if (t->s[id].name_words < 2)
        chain_append(t->head3, t->tail3, t->next3, quoth_surname_bucket(t, t->s[id].name_hash), (uint32_t)id);
    return 0;
}

int32_t quoth_organization_named(const quoth_resolver *r, const char *name) {
    const quoth_speaker_table *t = r->t;
    uint64_t h = fold_hash(NAME_HASH_SEED, name, strlen(name));
    for (uint32_t s = t->head3[quoth_surname_bucket(t, h)]; s != NO_SPEAKER; s = t->next3[s])
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && t->s[s].name_hash == h && strcmp(t->arena + t->s[s].name, name) == 0)
            return (int32_t)s;
    return -1;
}

/* The fold_hash() of a run's words, as same_organization() compares them. */
static uint64_t run_name_hash(const quoth_resolver *r, const quoth_name_run *run) {
    uint64_t h = NAME_HASH_SEED;
    for (uint32_t i = run->first; i < run->end; i++)
        h = fold_hash(h, r->text + r->p.t[i].start, r->p.t[i].end - r->p.t[i].start);
    return h;
}

static uint64_t lower_hash(const quoth_resolver *r, size_t i) { return r->p.t[i].lower_hash; }

static size_t surname_at(const quoth_resolver *r, const quoth_name_run *run, int kind);

/* The key under which the speaker index chains a speaker of two words or
 * more by its full name, as quoth_group_full_names() compares names: an
 * organization's name hash; a person's surname with the first word of
 * their name (same_first_name()). A speaker never moves chain:
 * prefer_written_case() undoes a rename that would change its key, and a
 * body renamed by quoth_body_rename() is chained only then. */
static uint64_t full_name_key(const quoth_speaker_table *t, const quoth_speaker *s) {
    if (s->kind == QUOTH_KIND_ORGANIZATION) return s->name_hash;
    const char *name = t->arena + s->name;
    return fold_hash(s->surname, name, strcspn(name, " "));
}

/* The full_name_key() a speaker named by the run would have; name_hash is
 * an organization's. */
static uint64_t run_full_name_key(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t name_hash) {
    if (kind == QUOTH_KIND_ORGANIZATION) return name_hash;
    const quoth_token *first = &r->p.t[run->first];
    return fold_hash(lower_hash(r, surname_at(r, run, kind)), r->text + first->start, first->end - first->start);
}

/* ------------------------------------------------------------ name runs */

/* A word of letters that is an honorific, a proper noun, or capitalized
 * with no tag (not at a sentence's start, unless a given name). Its tests
 * asked as one expression of bits, with no branch: they read one token,
 * and the branch on the proper noun's tag had been missed one time in
 * five. */
int quoth_speaker_name_token(const quoth_token *t) {
    unsigned flags = t->flags, c = t->coarse;
    unsigned untagged_name = (c == CT_OTHER) & ((flags & TOK_CAPITALIZED) != 0) &
                             (((flags & TOK_SENT_START) == 0) | ((t->lex & LEX_FIRST_NAME) != 0));
    return (int)(((flags & TOK_ALPHA) != 0) & (((t->lex & LEX_HONORIFIC) != 0) | (c == CT_PROPN) | untagged_name));
}

/* The ASCII letter a Latin-1 letter with an accent folds to, the byte
 * after 0xC3 in UTF-8 ("é" is C3 A9), or 0 for any other. */
static char unaccented(unsigned char b) {
    static const char FOLD[] = "aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_y";
    _Static_assert(sizeof FOLD == 65, "one letter for each byte 0x80-0xBF");
    char c = b >= 0x80 && b < 0xC0 ? FOLD[b - 0x80] : 0;
    return c == '_' ? 0 : c;
}

/* The quoth_hash_lower() of a word with its accents taken off ("Rubén",
 * "António" as "ruben", "antonio"), or 0 when it holds none or a letter
 * that does not fold. */
/* The ASCII letter a letter of Latin Extended-A folds to (U+0100 to
 * U+017F, whose UTF-8 is C4 or C5 and one byte: "ł" is C5 82, "ş" C5 9F,
 * "ğ" C4 9F), or 0 for a ligature. Polish, Turkish, Czech, Romanian,
 * Baltic and Hungarian names hold them ("Paweł", "Ayşe", "Łukasz"). */
static char unaccented_extended(unsigned char lead, unsigned char b) {
    static const char FOLD[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii__jjkkkllllllllllnnnnnnnnn"
                               "oooooo__rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    _Static_assert(sizeof FOLD == 129, "one letter for each code point U+0100-U+017F");
    if ((lead != 0xC4 && lead != 0xC5) || b < 0x80 || b >= 0xC0) return 0;
    char c = FOLD[(lead - 0xC4) * 64 + (b - 0x80)];
    return c == '_' ? 0 : c;
}

static uint64_t unaccented_hash(const char *w, size_t n) {
    char buf[32];
    size_t o = 0;
    int folded = 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (o == sizeof buf) return 0;
        if (c < 0x80) {
            buf[o++] = (char)c;
        } else if (c == 0xC3 && k + 1 < n && unaccented((unsigned char)w[k + 1])) {
            buf[o++] = unaccented((unsigned char)w[++k]);
            folded = 1;
        } else if (k + 1 < n && unaccented_extended(c, (unsigned char)w[k + 1])) {
            buf[o++] = unaccented_extended(c, (unsigned char)w[++k]);
            folded = 1;
        } else {
            return 0;
        }
    }
    return folded ? quoth_hash_lower(buf, o) : 0;
}

/* Whether a word holds a letter with an accent that unaccented_hash()
 * may fold: a lead byte C3, C4 or C5. */
static int holds_accent(const char *w, size_t n) {
    /* most words are ASCII: eight bytes' high bits at a time first, and
     * the rest in two pieces that may overlap, with no loop whose end a
     * word's length would make a guess */
    uint64_t high = 0;
    size_t k = 0;
    for (uint64_t v; k + 8 <= n; k += 8) {
        memcpy(&v, w + k, 8);
        high |= v;
    }
    size_t left = n - k;
    if (left >= 4) {
        uint32_t head, tail;
        memcpy(&head, w + k, 4);
        memcpy(&tail, w + n - 4, 4);
        high |= head | tail;
    } else if (left) {
        high |= (unsigned char)w[k] | (unsigned char)w[k + left / 2] | (unsigned char)w[n - 1];
    }
    if (!(high & 0x8080808080808080ull)) return 0;
    for (k = 0; k < n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c >= 0xC3 && c <= 0xC5) return 1;
    }
    return 0;
}

/* The gender classes (NAME_MAN, NAME_WOMAN, both for either) of the given
 * name at i: of the word, or of a hyphenated one's first part when the
 * list lacks the whole ("Marie-Claire", "Mei-Ling"). That part has three
 * letters at least and the part after it a capital: "Al-Qaeda" and
 * "Anti-Trump" are no one's names, "Ji-woo" is left to the list. A word
 * with accents the list lacks is read without them ("Rubén"). */
static uint32_t given_name_classes(const quoth_resolver *r, size_t i) {
    uint32_t classes = quoth_name_classes_at(r, i) & (NAME_MAN | NAME_WOMAN);
    const quoth_token *t = &r->p.t[i];
    if (classes || !(t->flags & TOK_CAPITALIZED)) return classes;
    if (holds_accent(r->text + t->start, t->end - t->start)) {
        uint64_t h = unaccented_hash(r->text + t->start, t->end - t->start);
        if (h && (classes = quoth_name_word_classes(r->names, h) & (NAME_MAN | NAME_WOMAN))) return classes;
    }
    const char *w = r->text + t->start, *hyphen = memchr(w, '-', t->end - t->start);
    if (!hyphen || hyphen - w < 3 || hyphen + 1 >= r->text + t->end || hyphen[1] < 'A' || hyphen[1] > 'Z')
        return 0;
    return quoth_name_word_classes(r->names, quoth_hash_lower(w, (size_t)(hyphen - w))) & (NAME_MAN | NAME_WOMAN);
}

/* The bits of quoth_speaker_table.token_memo: whether given_name() and
 * capitalized_name_token() have been asked of a token, and their answers.
 * Both read only the tokens and the lists, which no run or speaker found
 * changes, and the tests of a name ask them of the same words again and
 * again (of a word's neighbours, of each word of a run as it grows). */
enum { MEMO_GIVEN_ASKED = 1, MEMO_GIVEN = 2, MEMO_NAME_ASKED = 4, MEMO_NAME = 8 };

int quoth_token_memo_reset(quoth_speaker_table *t, size_t n_tokens) {
    /* one byte more, cleared too: the buffer outlives documents, and a test
     * that looked one past the last token would otherwise meet the answer
     * of a longer document's token there */
    if (QUOTH_RESERVE(t->token_memo, t->token_memo_cap, n_tokens + 1, 1024)) return QUOTH_ERR_NOMEM;
    memset(t->token_memo, 0, n_tokens + 1);
    return 0;
}

/* A given name of either list, or of the word classes' shorter one. */
static int given_name(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].lex & LEX_FIRST_NAME) return 1;
    uint8_t *memo = &r->t->token_memo[i];
    if (!(*memo & MEMO_GIVEN_ASKED)) *memo |= MEMO_GIVEN_ASKED | (given_name_classes(r, i) ? MEMO_GIVEN : 0);
    return (*memo & MEMO_GIVEN) != 0;
}

/* "Jr.", "Sr.", "III": a generation's suffix that ends a full name. */
static int suffix_word(const char *w) {
    static const char *const SUFFIXES[] = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"};
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++)
        if (strcmp(w, SUFFIXES[k]) == 0) return 1;
    return 0;
}

static int name_suffix(const quoth_resolver *r, size_t i) {
    return r->p.t[i].norm_len <= 3 && (r->p.t[i].flags & TOK_CAPITALIZED) && suffix_word(quoth_token_norm(r->p.tl, i));
}

/* The word of a run that is its surname: the last, or a person's before a
 * suffix ("Harry B. Harris Jr.", "Harris Jr."), so that "Admiral Harris"
 * and "Mr. Harris" are him; not a given name's ("Donald Jr."). */
static size_t surname_at(const quoth_resolver *r, const quoth_name_run *run, int kind) {
    size_t last = run->end - 1;
    if (kind == QUOTH_KIND_ORGANIZATION || run->end - run->first < 2 || !name_suffix(r, last) ||
        (run->end - run->first == 2 && given_name(r, run->first)))
        return last;
    return last - 1;
}

/* "Tuesday", "Twitter Thursday", "June 23" are dates whatever their
 * capital; "Theresa May" is a name (name_words.h). */
static int date_word(const quoth_resolver *r, size_t i) {
    uint32_t c = quoth_name_classes_at(r, i);
    if (c & NAME_DATE) return 1;
    return (c & NAME_MONTH) && ((i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_DIGIT)) ||
                                (i > 0 && (r->p.t[i - 1].flags & TOK_DIGIT)));
}

/* "In May Trump said", "since April", "last June": a month after a word
 * of time, whatever given name it also is ("talks with May" may be
 * Theresa May). */
static int month_after_preposition(const quoth_resolver *r, size_t i) {
    static const char *const BEFORE[] = {"in", "since", "until", "through", "during", "last", "next", "early", "late"};
    if (i == 0 || !(quoth_name_classes_at(r, i) & NAME_MONTH)) return 0;
    return quoth_word_in(&r->p, i - 1, BEFORE, sizeof BEFORE / sizeof *BEFORE);
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

/* A middle initial: "D." */
static int initial(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = quoth_token_norm(r->p.tl, i);
    return t->norm_len == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
}

/* A given name inside a sentence that the tagger took for another word
 * ("Assistant U.S. Attorney Maya D. Song", with "Maya" an adjective), as
 * a name that a capitalized word or an initial follows shows it to be;
 * not a month ("in May Trump said"). */
static int given_name_before_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    /* at a sentence's start the capital says nothing, but a proper noun
     * after a listed given name does ("Ines Carvalho said", "Ines" read as
     * a plural noun; the name had been "Carvalho"), unless the word is an
     * adjective or the next a title ("Christian Rev. Derek Penwell") */
    if ((t->flags & (TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) || i + 1 >= r->p.n ||
        !(t[1].flags & TOK_CAPITALIZED) || t[1].sentence != t->sentence || !given_name(r, i) ||
        (quoth_name_classes_at(r, i) & (NAME_MONTH | NAME_DATE)))
        return 0;
    if (t->flags & TOK_SENT_START)
        return t[1].coarse == CT_PROPN && t->coarse != CT_ADJ && !(t[1].lex & (LEX_TITLE | LEX_HONORIFIC));
    return 1;
}

static int family_name_he(const quoth_resolver *r, size_t i);
static int headline_sentence(const quoth_resolver *r, uint32_t s);

/* A capitalized word after an honorific or a given name is a surname,
 * whatever its tag: the part-of-speech tagger reads an unknown "Epstein"
 * as a noun and "Schilling" as a verb. */
static int after_given_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    /* one test for the lower-case words that most tokens are */
    if ((t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA)) != (TOK_CAPITALIZED | TOK_ALPHA) || t->lex ||
        i == 0)
        return 0;
    const quoth_token *prev = t - 1;
    if ((prev->flags & TOK_CAPITALIZED) &&
        ((prev->lex & LEX_HONORIFIC) || (given_name(r, i - 1) && !month_after_preposition(r, i - 1))))
        return 1;
    /* "Maya D. Song": past a middle initial */
    if (i >= 2 && initial(r, i - 1) && given_name_before_name(r, i - 2)) return 1;
    /* "Marcela Ibáñez Fuentes": a second surname, "Fuentes" tagged a plural
     * noun (the eighteenth audit's; the name had ended at "Ibáñez") */
    if (i >= 2 && t->coarse == CT_NOUN && (prev->flags & TOK_CAPITALIZED) && quoth_speaker_name_token(prev) &&
        !prev->lex && given_name(r, i - 2) && (t[-2].flags & TOK_CAPITALIZED) && !date_word(r, i))
        return 1;
    if (family_name_he(r, i - 1)) return 1; /* "He Yadong", "Yadong" tagged an adverb */
    /* "Mr. P. Hargreaves of Leeds", "Hargreaves" tagged a plural */
    if (i >= 2 && initial(r, i - 1) && (t[-2].lex & LEX_HONORIFIC)) return 1;
    /* "C. Boyden Gray", with "Boyden" tagged NN: after an initial that opens
     * a name, before a capitalized word */
    return initial(r, i - 1) && prev->coarse == CT_PROPN && (i < 2 || !(prev[-1].flags & TOK_CAPITALIZED)) &&
           i + 1 < r->p.n && (t[1].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t[1].sentence == t->sentence;
}

/* Whether a token has no small letter: "DOCTORS", "'S", "—". */
static int no_small_letter(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].flags & TOK_ALL_CAPS) return 1;
    const char *w = quoth_token_norm(r->p.tl, i);
    for (size_t k = 0; k < r->p.t[i].norm_len; k++)
        if (w[k] >= 'a' && w[k] <= 'z') return 0;
    return 1;
}

/* "according to a POLITICO analysis": a word in capitals inside a
 * sentence of small letters, which the tagger read as a common noun for
 * want of knowing it, is a body's name, as its capitals say. Not a title
 * ("CEO"), a short word ("TV"), a common noun that news writes in capitals
 * ("super PAC", a time zone), a page's furniture ("VIDEO"), a
 * transcript's label ("WALLACE:" after a quotation mark), nor a word
 * among others in capitals (a headline's, a lead-in's: "SAVE A QUARTER"). */
static int capitals_among_small_letters(const quoth_resolver *r, size_t i) {
    static const char *const COMMON[] = {"PAC", "PACs", "EDT", "EST"};
    const quoth_token *t = &r->p.t[i];
    if ((t->flags & (TOK_ALL_CAPS | TOK_SENT_START)) != TOK_ALL_CAPS || t->coarse != CT_NOUN || t->norm_len < 3 ||
        (t->lex & LEX_TITLE) || i == 0 || i + 1 >= r->p.n || ((t[-1].flags & TOK_ALPHA) && no_small_letter(r, i - 1)) ||
        ((t[1].flags & TOK_ALPHA) && no_small_letter(r, i + 1)) || quoth_punct_is(&r->p, i + 1, ":") ||
        (t[-1].flags & TOK_QUOTE_OPEN) || quoth_furniture_label(&r->p, i))
        return 0;
    for (size_t k = 0; k < sizeof COMMON / sizeof *COMMON; k++)
        if (strcmp(quoth_token_norm(r->p.tl, i), COMMON[k]) == 0) return 0;
    return 1;
}

/* A word in small letters that the tagger took for a name but that names
 * what a person is ("Le Pen's niece Marion", "niece" tagged NNP). */
static int small_role_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return !(t->flags & TOK_CAPITALIZED) &&
           ((t->lex & (LEX_TITLE | LEX_GROUP_NOUN)) || (quoth_name_classes_at(r, i) & (NAME_PEOPLE | NAME_ROLE)));
}

static size_t particles_at(const quoth_resolver *r, size_t i);

/* A capitalized word before a surname's particles is the name's first
 * word, whatever its tag: "Majed bin Khalifa", whose "Majed" the tagger
 * read as a participle. */
static int before_particles(const quoth_resolver *r, size_t i) {
    return i + 1 < r->p.n && (r->p.t[i].flags & TOK_ALPHA) && !(r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
           particles_at(r, i + 1) > 0;
}

/* "No." of "No. 2", "Nos." of "Nos. 3 and 4": a number's sign. */
static int number_sign(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].flags & TOK_ABBREV) && (quoth_word_is(&r->p, i, "no.") || quoth_word_is(&r->p, i, "nos."));
}

/* "D-N.M.", "R-Wis.", "I-Vt.": a US politician's party and state. */
static int party_and_state(const quoth_resolver *r, size_t i) {
    const char *w = quoth_token_norm(r->p.tl, i);
    /* the hyphen first: the party's letter is many a name's first */
    return r->p.t[i].norm_len >= 3 && w[1] == '-' && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I');
}

/* "A ministry spokeswoman, He Yadong, told ...", "Vice Premier He
 * Lifeng": the Chinese family name He, capitalized inside a sentence
 * (not after a quotation mark or a colon, where a sentence may start)
 * before a name; it had been read as the pronoun, and the speaker lost. */
static int family_name_he(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (t[i].norm_len != 2 || i == 0 || i + 1 >= r->p.n || (t[i].flags & TOK_SENT_START) ||
        strcmp(quoth_token_norm(r->p.tl, i), "He") != 0 || (t[i - 1].flags & TOK_QUOTE_OPEN) ||
        quoth_punct_is(&r->p, i - 1, ":"))
        return 0;
    int c = t[i + 1].coarse; /* not a headline's "Obama Says He Will Veto" */
    return (t[i + 1].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t[i + 1].sentence == t[i].sentence && c != CT_VERB && c != CT_AUX && c != CT_ADP && c != CT_DET &&
           !headline_sentence(r, t[i].sentence);
}

/* "AirWatch", "FragIndex": a word with a capital after a small letter
 * inside it is a brand's or a handle's name, whatever its tag (the
 * tagger reads an unknown one as a common noun). */
static int inner_capital(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    size_t n = t->end - t->start;
    if (!(t->flags & TOK_ALPHA) || n < 4 || n > 24) return 0;
    const char *w = r->text + t->start;
    int inner = 0;
    for (size_t k = 0; k < n; k++) {
        if (!((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z')) return 0; /* ASCII letters only, not "BasÃ¡Ã±ez" */
        inner |= k > 0 && w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z';
    }
    return inner;
}

static int name_word_unmemoized(const quoth_resolver *r, size_t i) {
    if (quoth_speaker_name_token(&r->p.t[i]))
        return !date_word(r, i) && !small_role_word(r, i) && !number_sign(r, i) && !party_and_state(r, i);
    return after_given_name(r, i) || given_name_before_name(r, i) || capitals_among_small_letters(r, i) ||
           before_particles(r, i) || family_name_he(r, i) || inner_capital(r, i);
}

static __attribute__((noinline)) int capitalized_name_token(const quoth_resolver *r, size_t i) {
    uint8_t *memo = &r->t->token_memo[i];
    if (!(*memo & MEMO_NAME_ASKED)) *memo |= MEMO_NAME_ASKED | (name_word_unmemoized(r, i) ? MEMO_NAME : 0);
    return (*memo & MEMO_NAME) != 0;
}

/* A capital, a proper noun's tag or an honorific: what every word that
 * opens a name has (is_name_token() and the tests of
 * quoth_find_name_runs() each ask one of them). */
static inline int may_open_name(const quoth_token *t) {
    return (t->flags & TOK_CAPITALIZED) || t->coarse == CT_PROPN || (t->lex & LEX_HONORIFIC);
}

/* Called for every token, most of them lower-case words that no test
 * below would take: those are turned away inline. */
static inline __attribute__((always_inline)) int is_name_token(const quoth_resolver *r, size_t i) {
    return may_open_name(&r->p.t[i]) && capitalized_name_token(r, i);
}

/* Whether the name words [first, end) are a person's: a given name, an
 * honorific or a title before a name ("Rep. Zeldin") among them. A title
 * right before `end` names an office ("Secretary of State"). */
static int names_person(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) {
        uint32_t lex = r->p.t[i].lex;
        if ((lex & LEX_HONORIFIC) || ((lex & LEX_TITLE) && i + 1 < end) || given_name(r, i)) return 1;
    }
    return 0;
}

static const char *known_org_of(const quoth_resolver *r, const quoth_name_run *run);

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

/* Whether the name words after `joiner` end a body's name: within
 * [skip + 1, most] words of it, before `end` and in its sentence, comes a
 * word that `is_body` accepts and that no further name word follows (the
 * three scans of a name that a joining word or a small plural goes on
 * with, below). */
static int body_name_follows(const quoth_resolver *r, size_t joiner, size_t skip, size_t most, size_t end,
                             int (*is_body)(const quoth_resolver *, size_t)) {
    const quoth_token *t = r->p.t;
    if (end > r->p.n) end = r->p.n;
    for (size_t k = joiner + 1; k < end && k <= joiner + most && t[k].sentence == t[joiner].sentence && is_name_token(r, k); k++)
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

/* Whether the "and" at i joins the words before it to a body's name
 * that the words after it end ("Securities and Exchange Commission",
 * "Food and Drug Administration"): one or two words before it that name
 * no person and hold no body's word (unless it is a lone
 * generic_body_word()), and at most three after it, the last
 * a body's word. */
static int and_joins_body(const quoth_resolver *r, size_t first, size_t i, size_t end) {
    if (i - first > 2 || names_person(r, first, i)) return 0;
    if (!generic_body_word(r, first, i))
        for (size_t k = first; k < i; k++)
            if ((r->p.t[k].lex & LEX_ORG_WORD) || r->p.t[k].entity == QUOTH_ENT_PERSON) return 0;
    if (body_name_follows(r, i, 0, 3, end, org_word)) return 1;
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
static int body_word(const quoth_resolver *r, size_t i);
static int in_joins_body(const quoth_resolver *r, size_t first, size_t i) {
    const quoth_token *t = r->p.t;
    if (i - first > 3 || (t[first].flags & TOK_SENT_START) || names_person(r, first, i)) return 0;
    for (size_t k = first; k < i; k++)
        if ((quoth_name_classes_at(r, k) & NAME_PLACE) || t[k].entity == QUOTH_ENT_PERSON) return 0;
    return body_name_follows(r, i, 1, 4, r->p.n, body_word);
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
static int capitalized_noun(const quoth_resolver *r, size_t i);

/* Whether token i is a noun that heads a body's name: the tagger's words
 * of bodies, and others that only the speakers read (places.c). */
static int body_word(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].lex & LEX_ORG_WORD) || (quoth_name_classes_at(r, i) & NAME_BODY);
}

int quoth_company_of_place(const quoth_resolver *r, size_t first, size_t of) {
    if (of < 2 || of + 1 >= r->p.n || r->p.t[of].norm_len != 2 || !quoth_word_is(&r->p, of, "of")) return 0;
    size_t head = of - 1;
    const char *w = quoth_token_norm(r->p.tl, head);
    size_t n = r->p.t[head].norm_len;
    return head > first && n > 4 && w[n - 1] == 's' && (quoth_name_classes_at(r, head) & NAME_ORG_HEAD) &&
           (r->p.t[of + 1].flags & TOK_CAPITALIZED) && !body_word(r, of + 1);
}

/* Whether a word of [first, end) is a body's ("U.N. Office for the
 * Coordination"). */
static int body_word_within(const quoth_resolver *r, size_t first, size_t end) {
    for (size_t k = first; k < end; k++)
        if (body_word(r, k)) return 1;
    return 0;
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
    if (quoth_word_is(&r->p, i, "in")) return is_name_token(r, i - 1) && in_joins_body(r, first, i);
    int ampersand = quoth_word_is(&r->p, i, "&"), of = quoth_word_is(&r->p, i, "of");
    int and = quoth_word_is(&r->p, i, "and"), on = quoth_word_is(&r->p, i, "on");
    int for_ = quoth_word_is(&r->p, i, "for");
    /* the name after it may open with an adjective: "for Democratic Change",
     * "for Civil Liberties" */
    int next_name = is_name_token(r, i + 1) ||
                    (i + 2 < end && capitalized_adjective(r, i + 1) &&
                     (is_name_token(r, i + 2) || capitalized_noun(r, i + 2))); /* "of Electrical Workers" */
    if (!(ampersand || of || and || on || for_) || !next_name ||
        !(is_name_token(r, i - 1) || (for_ && plural_opening_body(r, i - 1)) ||
          (for_ && body_word(r, i - 1)) ||
          (of && body_word(r, i - 1) && capitalized_noun(r, i - 1)) || /* "Diocese of Lincoln", "Diocese" a noun */
          /* "Office for the Coordination of Humanitarian Affairs", "Coordination" a noun */
          (of && capitalized_noun(r, i - 1) && body_word_within(r, first, i))))
        return 0;
    if (on) /* "Joint Committee on Taxation", "Council on Foreign Relations", "Intergovernmental Panel on
             * Climate Change"; not "the White House on Iran" */
        return quoth_word_is(&r->p, i - 1, "committee") || quoth_word_is(&r->p, i - 1, "council") ||
               quoth_word_is(&r->p, i - 1, "commission") || quoth_word_is(&r->p, i - 1, "center") ||
               quoth_word_is(&r->p, i - 1, "panel") || quoth_word_is(&r->p, i - 1, "conference") ||
               quoth_word_is(&r->p, i - 1, "coalition") || quoth_word_is(&r->p, i - 1, "institute");
    if (and) { /* within a body's long name only: "Centers for Disease Control and
                * Prevention", "Department of Health and Human Services"; a
                * place or a body quoth knows ends one ("Voice of America and
                * Radio Free Europe") */
        quoth_name_run before = {.first = (uint32_t)first, .end = (uint32_t)i};
        if ((quoth_name_classes_at(r, i - 1) & NAME_PLACE) || known_org_of(r, &before)) return 0;
        for (size_t k = first + 1; k < i; k++)
            if (quoth_word_is(&r->p, k, "of") || quoth_word_is(&r->p, k, "for")) return 1;
        return and_joins_body(r, first, i, end);
    }
    /* "Club for Growth": a club is a body here, though not one of the
     * attribution tagger's words of bodies (wordclass.c), which it learned
     * its weights with */
    int body = body_word(r, i - 1);
    if (!ampersand && !of) /* "for" after a body or a plural: "Center for American Progress",
                            * "Americans for Prosperity"; not "asked Obama for Congress's vote" */
        return body || (r->pos_flags && (r->pos_flags[r->p.t[i - 1].pos] & QUOTH_POS_PLURAL_PROPER)) ||
               plural_opening_body(r, i - 1);
    if (of && quoth_company_of_place(r, first, i)) return 0;
    /* a person's "of", by a given name or, for names no list knows
     * ("Meenakshi Ganguly of Human Rights Watch"), by the entity tagger */
    return ampersand || body || (!names_person(r, first, i) && r->p.t[i - 1].entity != QUOTH_ENT_PERSON);
}

/* "de", "von", "da", "bin": a particle of a surname, in any case ("De
 * Blasio" opening a sentence). Not "do", "y", "ten", "ter": words of
 * English or of a list as often. */
static int name_particle(const quoth_resolver *r, size_t i) {
    static const char *const PARTICLES[] = {"de",  "da",  "di",   "du",  "del", "della", "der", "den", "des", "van",
                                            "von", "le",  "la",   "los", "las", "dos",   "das", "bin", "ibn",
                                            "bint"};
    /* every particle opens with one of five letters: most words stop
     * here, in one test of a bit, before their length is asked (any) */
    enum { FIRSTS = 1u << ('d' - 'a') | 1u << ('v' - 'a') | 1u << ('l' - 'a') | 1u << ('b' - 'a') | 1u << ('i' - 'a') };
    unsigned letter = (unsigned)(unsigned char)(quoth_token_norm(r->p.tl, i)[0] | 0x20) - 'a';
    if (!((letter < 26) & (FIRSTS >> (letter & 31)))) return 0;
    if (r->p.t[i].norm_len > 5 || !(r->p.t[i].flags & TOK_ALPHA)) return 0;
    return quoth_word_in(&r->p, i, PARTICLES, sizeof PARTICLES / sizeof *PARTICLES);
}

/* How many particles in small letters, up to three, start at i
 * ("Bill de Blasio", "Ursula von der Leyen", "Joaquin de la Garza") inside
 * a name: after a capitalized name word and before a capitalized name word
 * of the same sentence that is no title, place or date ("Tour de France",
 * "Cinco de Mayo" name no one); 0 when none, or when a word in small
 * letters follows them ("Clinton de facto"). */
#define PARTICLES_MAX 3
static size_t particles_at(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    if (i == 0 || (t[i].flags & TOK_CAPITALIZED) || !(t[i - 1].flags & TOK_CAPITALIZED) ||
        t[i - 1].sentence != t[i].sentence)
        return 0;
    size_t j = i;
    while (j < r->p.n && j - i < PARTICLES_MAX && !(t[j].flags & TOK_CAPITALIZED) && t[j].sentence == t[i].sentence &&
           name_particle(r, j))
        j++;
    if (j == i || j >= r->p.n || t[j].sentence != t[i].sentence || !(t[j].flags & TOK_CAPITALIZED) ||
        (t[j].lex & (LEX_TITLE | LEX_HONORIFIC)) ||
        (quoth_name_classes_at(r, j) & (NAME_PLACE | NAME_DATE | NAME_MONTH)) || !is_name_token(r, j))
        return 0;
    return j - i;
}

/* Whether token i is in a document's first line that ends with no full
 * stop and holds one sentence: a headline in capitals or not. */
static int headline_line(const quoth_resolver *r, size_t i) {
    const quoth_token_list *tl = r->p.tl;
    uint32_t s = r->p.t[i].sentence;
    if (s != 0) return 0;
    size_t end = tl->sent[0].first + tl->sent[0].count;
    if (end == 0 || end > r->p.n || quoth_is_final_punct(&r->p, end - 1)) return 0;
    return tl->n_sent < 2 || tl->sent[1].paragraph != tl->sent[0].paragraph;
}

/* "Campaigner Dev Patel", "Chef Ana Ruiz", "Undersecretary Lorna
 * Castillo": what a person is, in capitals before a name of two words or
 * more, is no part of it; the first word of the name past such words. */
static int organization_noun(const quoth_phrases *p, size_t i);
static size_t past_role_words(const quoth_resolver *r, size_t first, size_t end) {
    if (first + 2 > end) return first; /* each step below leaves two words at least */
    /* "Labour rights group Worker Voice Asia": after a body's noun the
     * name is the body's, whatever words open it (it had been "Voice Asia") */
    if (first > 0 && organization_noun(&r->p, first - 1) && !(r->p.t[first - 1].flags & TOK_CAPITALIZED))
        return first;
    /* "Chilean Undersecretary Javiera Soto": a nationality before the
     * role is the role's too (the eighteenth audit's; her name had kept
     * both, and "Soto" found no one) */
    if (first + 3 < end && quoth_nationality_word(&r->p, first) && (quoth_name_classes_at(r, first + 1) & NAME_ROLE) &&
        !(r->p.t[first + 1].lex & LEX_ORG_WORD))
        first++;
    while (first + 2 < end && (quoth_name_classes_at(r, first) & NAME_ROLE) && !(r->p.t[first].lex & LEX_ORG_WORD))
        first++;
    /* a headline's "Cyclist Varga banned for four years": its capitals
     * join the role to a surname alone (it had been "Cyclist Varga") */
    if (first + 2 == end && headline_line(r, first) && !(r->p.t[first].lex & LEX_ORG_WORD) &&
        (quoth_name_classes_at(r, first) & (NAME_ROLE | NAME_PERSON_NOUN)))
        first++;
    return first;
}

/* North, South, East, West, Central: a district's name after an office. */
static int compass_word(const quoth_resolver *r, size_t i) {
    static const char *const COMPASS[] = {"north", "south", "east", "west", "central"};
    return quoth_word_in(&r->p, i, COMPASS, sizeof COMPASS / sizeof *COMPASS);
}

/* The first given name of the words [first, end) that is not their last
 * word; end - 1 when there is none. A word before a surname's particles
 * is one, listed or not ("Saleh bin Abdullah Al-Otaibi" had been
 * "Abdullah Al-Otaibi", his father's name). */
static size_t first_given_name(const quoth_resolver *r, size_t first, size_t end) {
    size_t given = first;
    /* not a place's second word ("South Carolina", "West Virginia") */
    while (given + 1 < end && ((!given_name(r, given) && !before_particles(r, given)) ||
                               (given > first && compass_word(r, given - 1))))
        given++;
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

static int nickname_at(const quoth_resolver *r, size_t j);

/* With a nickname, a name starts at the given name right before it, or
 * at the given name before that one's middle initials: "Marine John "Tig"
 * Tiegen" is John "Tig" Tiegen (the listed "Marine" had made him a woman),
 * "Robert C. "Bobby" Scott" keeps Robert. */
static size_t before_nickname(const quoth_resolver *r, size_t first, size_t end) {
    size_t q = first + 1;
    while (q + 3 < end && !(r->p.t[q].flags & TOK_QUOTE_OPEN)) q++;
    if (q + 3 >= end || !nickname_at(r, q)) return first;
    size_t start = q - 1;
    while (start > first && initial(r, start)) start--;
    return start;
}

/* "Prime Minister", "Foreign Minister", "Vice President": an office's
 * capitals, which end with its title and hold no given name, name no one
 * ("The Prime Minister, Rupert Ashworth-Hale," had been "Prime Minister";
 * a title stands for its holder elsewhere, by its role). */
static int names_office(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const OFFICES[] = {"minister", "president", "secretary", "chancellor", "premier",
                                          "governor", "mayor", "ambassador", "commissioner"};
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

static int store_run(quoth_resolver *r, size_t first, size_t end, size_t lead) {
    quoth_speaker_table *t = r->t;
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
    if (known_org_of(r, &whole)) return 1;
    if (!((r->p.t[end - 1].lex & LEX_ORG_WORD) || (quoth_name_classes_at(r, end - 1) & NAME_ORG_HEAD)) ||
        quoth_word_is(&r->p, end - 1, "State") || quoth_word_is(&r->p, end - 1, "House"))
        return 0;
    /* an office is no body: "Secretary of State", "Member of House"; but
     * an office's possessive is ("The Mayor's Office", "the Information
     * Commissioner's Office" had been "'s Office") */
    for (size_t i = first; i < end; i++)
        if (given_name(r, i) ||
            (!(r->p.t[i].flags & TOK_CAPITALIZED) && !(i > first && i + 1 < end && quoth_possessive(&r->p, i))))
            return 0;
    return 1;
}

/* A body's name with its title: past a determiner only. */
static int add_titled_body(quoth_resolver *r, size_t first, size_t end) {
    size_t lead = first;
    while (first < end && (r->p.t[first].lex & LEX_DETERMINER)) first++;
    return first < end ? store_run(r, first, end, lead) : 0;
}

/* Whether token i names a field of a ministry's portfolio ("Planning",
 * "Mineral Resources", "Home Affairs"): one probe of the name table. */
static int portfolio_word(const quoth_resolver *r, size_t i) {
    return (quoth_name_classes_at(r, i) & NAME_PORTFOLIO) != 0;
}

/* "Madam Shu Yaping": an honorific of translated Chinese news that the
 * word classes lack. */
static int madam(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "Madam") || quoth_word_is(&r->p, i, "Madame");
}

/* Malaysian honorifics that stand alone before a name; "Sri" and "Seri"
 * follow one ("Datuk Seri", "Tan Sri"). */
static const char *const MALAY_HONORIFICS[] = {"Datuk", "Dato", "Datin", "Tun", "Haji", "Hajjah", "Tengku", "Tunku"};

static int malay_honorific(const quoth_resolver *r, size_t i) {
    return quoth_word_in(&r->p, i, MALAY_HONORIFICS, sizeof MALAY_HONORIFICS / sizeof *MALAY_HONORIFICS);
}

static int sri(const quoth_resolver *r, size_t i) {
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
    if (sri(r, i) && i > 0 && (malay_honorific(r, i - 1) || madam(r, i - 1) ||
                               quoth_word_in(&r->p, i - 1, BEFORE_SRI, sizeof BEFORE_SRI / sizeof *BEFORE_SRI)))
        return 1; /* the first honorific read as a role before it */
    if (malay_honorific(r, i) || madam(r, i)) return i + 2 < end && sri(r, i + 1) ? 2 : 1;
    if (i + 2 < end && (before_sri || quoth_word_is(&r->p, i, "Toh")) && (sri(r, i + 1) || quoth_word_is(&r->p, i + 1, "Puan")))
        return 2;
    return 0;
}

static int joiner(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "and") || quoth_punct_is(&r->p, i, ",");
}

/* Whether a run at `first` goes on with a portfolio begun before it, cut
 * at a joiner: "... Planning and | Investment Nguyen Thi Lan", "Minister
 * of Energy, | Industry". */
static int portfolio_before(const quoth_resolver *r, size_t first) {
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
static size_t past_portfolio(const quoth_resolver *r, size_t first, size_t end) {
    if (end < first + 2) return first; /* a field and a name: two words at least */
    size_t k = first, fields = 0, joined = 0;
    for (size_t i = first; i + 1 < end; i++) /* a title and its "of" open the portfolio */
        if ((r->p.t[i].lex & LEX_TITLE) && (quoth_word_is(&r->p, i + 1, "of") || quoth_word_is(&r->p, i + 1, "for"))) {
            k = i + 2;
            joined = 1;
        }
    if (k == first && !portfolio_word(r, first)) return first;
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
    size_t honorifics = k;
    while (k < end && ((r->p.t[k].lex & LEX_HONORIFIC) || madam(r, k))) k++;
    /* a name of two words, or of one after an honorific or a given name */
    int one_word = k < end && (k > honorifics || given_name(r, k));
    if (!fields || !joined || k >= end || (k + 1 == end && !one_word)) return first;
    if (field_first && !before && !one_word && quoth_coarse(&r->p, end - 1) != CT_PROPN) return first;
    for (size_t i = k; i < end; i++)
        if (portfolio_word(r, i) || (r->p.t[i].lex & LEX_ORG_WORD)) return first;
    /* a field no list holds ends the portfolio where a given name opens
     * the name ("Minister of Agriculture and Food Ivan Ivanovich Krutoy") */
    size_t given = first_given_name(r, k, end);
    return given + 1 < end && given_name(r, given) ? given : k;
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

static int east_asian_family_name(const char *w, size_t n);

/* Whether the name words [first, end) are a body's name in Spanish,
 * Portuguese, Italian or French: a noun of institutions first and one of
 * those languages' particles inside ("Confederación General de
 * Trabajadores", "Unión Nacional de Agricultores", "Partido dos
 * Trabalhadores"). Its titles ("General") and particles are no person's
 * (the fourteenth audit's had been "de Trabajadores", a person). */
static int romance_body_name(const quoth_resolver *r, size_t first, size_t end) {
    static const char *const HEADS[] = {
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
        "organização", "organizzazione", "organisation"};
    static const char *const PARTICLES[] = {"de", "del", "do", "da", "dos", "das", "des", "du", "di", "della",
                                            "dei", "degli", "delle", "la", "las", "los", "et", "y", "e"};
    /* or an article: "La Voz del Pacífico", "El Diario de Hoy" (the
     * eighteenth audit's newspaper had lost its "La") */
    static const char *const ARTICLES[] = {"la", "el", "los", "las", "il", "lo"};
    if (end < first + 3) return 0;
    /* the particle asked before the long list of heads: most names hold
     * none, and their words are capitalized */
    size_t i = first + 1;
    while (i + 1 < end && ((r->p.t[i].flags & TOK_CAPITALIZED) ||
                           !quoth_word_in(&r->p, i, PARTICLES, sizeof PARTICLES / sizeof *PARTICLES)))
        i++;
    return i + 1 < end && (quoth_word_in(&r->p, first, HEADS, sizeof HEADS / sizeof *HEADS) ||
                           ((r->p.t[first].flags & TOK_CAPITALIZED) &&
                            quoth_word_in(&r->p, first, ARTICLES, sizeof ARTICLES / sizeof *ARTICLES)));
}

/* Where a person's name starts past the titles among [first, end): right
 * after the last title, or at the first given name; SIZE_MAX when the
 * words are an office alone, no name. */
static size_t past_titles(const quoth_resolver *r, size_t first, size_t end) {
    size_t after_title = first;
    for (size_t i = first; i + 1 < end; i++)
        if (r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) after_title = i + 1;
    /* but right after a title it starts there, wherever a listed given
     * name comes ("Interior Minister Chaudhry Nisar Ahmed Warraich" had
     * been "Ahmed Warraich"), unless the office goes on ("Secretary of
     * State John Kerry") */
    int office_of = quoth_word_is(&r->p, after_title, "of") || quoth_word_is(&r->p, after_title, "for");
    if (after_title > first && !office_of) {
        first = past_role_words(r, after_title, end); /* "Press Officer Undersecretary Lorna Castillo" */
        /* a district after a rank ("SSP South Faisal Abbas Memon") is the
         * office's, when a given name follows it */
        if (first + 2 < end && compass_word(r, first) && given_name(r, first + 1)) first++;
    }
    else if (after_title > first && office_of && office_only(r, after_title, end))
        return SIZE_MAX;
    else {
        first = past_role_words(r, first, end);
        size_t given = first_given_name(r, first, end);
        if (given + 1 < end && !(r->p.t[end - 1].lex & LEX_ORG_WORD) &&
            !(quoth_name_classes_at(r, end - 1) & NAME_ORG_HEAD)) /* "PT Samudra Timur Lines" */
            first = given;
        for (size_t i = first; i + 1 < end; i++)
            if (r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) first = i + 1;
    }
    return first;
}

/* The rest of an office ("Secretary of State Ada Lind", "Chief of Staff
 * Ian Roe") when no given name said where the name starts: its last
 * two words; first as it is when it is no "of". */
static size_t past_office_rest(const quoth_resolver *r, size_t first, size_t end, size_t lead) {
    if (first + 1 < end && quoth_word_is(&r->p, first, "of")) {
        first = end - first > 3 ? end - 2 : first + 1;
        /* or three, when the third from the end opens a name of three
         * family name first ("Minister of State Lim Hui Min" had been "Hui
         * Min", a body) */
        if (first >= 1 && end - first == 2 && first - 1 > lead &&
            east_asian_family_name(r->text + r->p.t[first - 1].start, r->p.t[first - 1].end - r->p.t[first - 1].start))
            first--;
        /* the office's last word is no part of a name the entity tagger
         * saw start after it ("Secretary of State Kerry" had been "State
         * Kerry") */
        if (first + 2 == end && r->p.t[first].entity != QUOTH_ENT_PERSON && r->p.t[end - 1].entity == QUOTH_ENT_PERSON)
            first++;
    }
    return first;
}

/* Past the honorifics, titles and articles that open the name at first,
 * and the nickname before it. */
static size_t past_honorifics(const quoth_resolver *r, size_t first, size_t end) {
    first += malay_honorifics_at(r, first, end);
    while (first < end && (r->p.t[first].lex & (LEX_TITLE | LEX_HONORIFIC | LEX_DETERMINER)) &&
           !surname_after_honorific(r, first, end))
        first++;
    return before_nickname(r, first, end);
}

static int add_run(quoth_resolver *r, size_t first, size_t end) {
    size_t lead = first;
    size_t named = past_portfolio(r, first, end);
    if (named > first) return store_run(r, named, end, lead);
    if (inside_portfolio(r, first, end)) return 0;
    /* "UNIDENTIFIED MALE:" of a transcript: a voice the transcriber could
     * not name is no one's name */
    if (quoth_word_is(&r->p, first, "unidentified") ||
        (first > 0 && quoth_word_is(&r->p, first - 1, "unidentified")))
        return 0;
    /* A person's name starts at its first given name ("House Speaker Paul
     * D. Ryan", "Christine Todd Whitman"), and after any title or honorific
     * ("President Zelensky", "Virginia Gov. Terry McAuliffe"); a body's
     * name that ends in an organization's word does not ("The Trayvon
     * Martin Foundation" is no "Martin Foundation"). */
    /* nor at a title that opens a body's name ("General Electric", "The
     * General Workers Union" had been "Electric" and "Workers Union") */
    if (romance_body_name(r, first, end)) return store_run(r, first, end, lead);
    if (titled_body(r, first, end)) return add_titled_body(r, first, end);
    /* nor at a title inside a body's name that its word and "of" open,
     * with no given name ("the Bureau of Justice Statistics" had been
     * "Statistics") */
    if (end > first + 3 && body_word(r, first) && quoth_word_is(&r->p, first + 1, "of") &&
        first_given_name(r, first, end) + 1 >= end)
        return store_run(r, first, end, lead);
    first = past_titles(r, first, end);
    if (first == SIZE_MAX) return 0;
    first = past_honorifics(r, past_office_rest(r, first, end, lead), end);
    if (first >= end || !holds_capital(r, first, end) || names_office(r, first, end)) return 0;
    return store_run(r, first, end, lead);
}

/* Adds the name runs of the capitalized words [first, end). More than
 * four words from the first given name to the end, no nickname among
 * them, is a headline's run of
 * two names and a verb ("Walter Brink Slams Helena Marsh"): the given
 * name and the word after it, and the words from the last given name. */
static int add_runs(quoth_resolver *r, size_t first, size_t end) {
    for (size_t i = first; i < end; i++) /* a nickname's marks: one name, not a headline's two */
        if (r->p.t[i].flags & TOK_QUOTE_OPEN) {
            r->nicknames = 1;
            return add_run(r, first, end);
        }
    /* nor with a particle in small letters inside: "Samir bin Khaled Abu
     * Nasser" is one man (it had been "Samir bin" and "Khaled Abu Nasser") */
    for (size_t i = first + 1; i + 1 < end; i++)
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && name_particle(r, i)) return add_run(r, first, end);
    if (end - first <= 4) return add_run(r, first, end); /* as end - given <= 4 below */
    size_t given = first_given_name(r, first, end), last = given;
    for (size_t i = given + 1; i + 1 < end; i++)
        if (given_name(r, i)) last = i;
    if (end - given <= 4 || last < given + 2) return add_run(r, first, end);
    int rc = add_run(r, first, given + 2);
    return rc ? rc : add_run(r, last, end);
}

/* "USA Today", "USA TODAY": a capitalized word that the tagger took for a
 * common noun ends a run when with it the run is an organization quoth
 * knows; else the run was "USA", a country. */
static size_t known_org_end(const quoth_resolver *r, size_t first, size_t end) {
    if (end >= r->p.n || end - first >= 8 || !(r->p.t[end].flags & TOK_CAPITALIZED) ||
        r->p.t[end].sentence != r->p.t[first].sentence)
        return end;
    quoth_name_run longer = {.first = (uint32_t)first, .end = (uint32_t)end + 1};
    return known_org_of(r, &longer) ? end + 1 : end;
}

/* "Washington Post Hit Piece Exploits ...": in a headline's capitals, a
 * run that opens with an organization quoth knows ends with it, as the
 * capitals after it say nothing ("Washington Post Hit" had been a name);
 * the words after it are no name of their own either. */
static size_t known_org_prefix_end(const quoth_resolver *r, size_t first, size_t end) {
    quoth_name_run whole = {.first = (uint32_t)first, .end = (uint32_t)end};
    if (end - first < 3 || known_org_of(r, &whole)) return end;
    for (size_t k = end - 1; k >= first + 2; k--) {
        quoth_name_run prefix = {.first = (uint32_t)first, .end = (uint32_t)k};
        if (known_org_of(r, &prefix)) return k;
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

/* "groups like Priorities USA", "a Morning Consult poll", "the Tax Policy
 * Center": capitalized common nouns inside a sentence, right before a
 * name, open that name, as their capitals say; the tagger reads them as
 * nouns by their words, and the name had been "USA". Only after a word
 * in small letters or a determiner that opens the sentence ("The Tax
 * Foundation"): in a headline's capitals ("Liberal Oscar-winner
 * Sarandon") a capital says nothing. */
static int capitalized_noun(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t->coarse == CT_NOUN &&
           /* a time's word before a newspaper's is its name's: "The Morning Ledger wrote" (it had been no one) */
           (!date_word(r, i) || (i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_CAPITALIZED) &&
                                 quoth_newspaper_word(&r->p, i + 1)));
}

/* How many name words after a capitalized adjective are searched for an
 * organization's word (adjective_opening_body()). */
#define BODY_WORDS_MAX 6

/* A capitalized adjective inside a sentence ("Democratic", "European"). Called
 * for most tokens: the test of flags and tag is inline. */
static inline __attribute__((always_inline)) int capitalized_adjective(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t->coarse == CT_ADJ && !(t->lex & LEX_TITLE) && !date_word(r, i) &&
           !memchr(r->text + t->start, '-', t->end - t->start) /* "Democratic-controlled" */;
}

/* "the Democratic National Committee", "The American Federation of
 * Teachers", "the European Council": a capitalized adjective inside a
 * sentence, right before a name that holds an organization's word, opens
 * that name, as its capital says; the tagger reads it as an adjective
 * (JJ), and the name had been "National Committee". Not a party before a
 * body of one word ("the Republican Senate" is the Senate). The test of
 * the adjective itself is inline, the search after it not. */
static __attribute__((noinline)) int adjective_opening_body_at(const quoth_resolver *r, size_t i) {
    static const char *const PARTIES[] = {"Republican", "Democratic", "Democrat", "Conservative", "Liberal"};
    uint32_t sentence = r->p.t[i].sentence;
    for (size_t k = i + 1; k < r->p.n && k - i <= BODY_WORDS_MAX && r->p.t[k].sentence == sentence; k++) {
        /* the body's noun may be read as a common one: "United States
         * Special Operations Command" (it had been "Operations Command") */
        int body_noun = capitalized_noun(r, k) && body_word(r, k);
        if (!is_name_token(r, k) && !capitalized_adjective(r, k) && !body_noun) return 0;
        /* or a company's ("Ferrous Records" had been "Records") */
        if (!body_word(r, k) && !(quoth_name_classes_at(r, k) & NAME_ORG_HEAD)) continue;
        int one_word = k == i + 1 && !(k + 1 < r->p.n && r->p.t[k + 1].sentence == sentence && is_name_token(r, k + 1));
        return !one_word || !quoth_word_in(&r->p, i, PARTIES, sizeof PARTIES / sizeof *PARTIES);
    }
    return 0;
}

static inline __attribute__((always_inline)) int adjective_opening_body(const quoth_resolver *r, size_t i) {
    return capitalized_adjective(r, i) && adjective_opening_body_at(r, i);
}

/* "British Airways said", "Scottish Water said": a word of nationality
 * that opens a sentence (whose capital the sentence explains, so the
 * tests above pass it by) before a name with no given name and no title
 * is that name's first word, as it is inside a sentence; the name had
 * begun at "Airways", a person (the eighth audit's). A title or a given
 * name after it ("British Prime Minister ...") leave it out. */
static __attribute__((noinline)) int nationality_opening_body_at(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    if (given_name(r, i) || memchr(r->text + t->start, '-', t->end - t->start) /* "Pro-Islamic State forums" */ ||
        !quoth_nationality_word(&r->p, i))
        return 0;
    size_t k = i + 1;
    int person = 0; /* the entity tagger's reading, which a company's last word overrules */
    for (; k < r->p.n && k - i <= BODY_WORDS_MAX && r->p.t[k].sentence == t->sentence &&
           (is_name_token(r, k) || capitalized_noun(r, k));
         k++) {
        if ((r->p.t[k].lex & (LEX_TITLE | LEX_HONORIFIC)) || given_name(r, k)) return 0;
        person |= r->p.t[k].entity == QUOTH_ENT_PERSON;
    }
    if (k == i + 1) return 0;
    return !person || body_word(r, k - 1) || (quoth_name_classes_at(r, k - 1) & NAME_ORG_HEAD);
}

/* "Police Scotland", "Sport England": a body's word before the place it
 * serves, as a national service is named; "Police Scotland" had been a
 * person. */
static int body_before_its_place(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end == run->first + 2 && (r->p.t[run->first].lex & LEX_ORG_WORD) &&
           !(r->p.t[run->first].lex & LEX_TITLE) && (quoth_name_classes_at(r, run->first + 1) & NAME_PLACE);
}

/* "the Isle of Skye", "the Gulf of Mexico": a word of geography and "of"
 * open a place's name; "Chicago's South Loop", "London's West End": a
 * compass word after a place's possessive opens a district's. Neither is
 * a person (a "she" of the eighth audit had gone to each). */
static int place_by_its_words(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const GEOGRAPHY[] = {"isle", "isles", "island", "islands", "gulf", "bay", "strait", "sea",
                                            "lake", "cape"};
    /* "the village of Ashby Marsh": a kind of settlement in small letters
     * and "of" before the name (the eleventh audit's village had been a
     * man whom a shop owner's "he" stood for) */
    static const char *const SETTLEMENTS[] = {"village", "town", "city", "hamlet", "suburb", "borough",
                                              "municipality", "district", "county", "province", "region", "parish"};
    if (run->end - run->first >= 3 && quoth_word_is(&r->p, run->first + 1, "of") &&
        quoth_word_in(&r->p, run->first, GEOGRAPHY, sizeof GEOGRAPHY / sizeof *GEOGRAPHY))
        return 1;
    if (run->first >= 2 && quoth_word_is(&r->p, run->first - 1, "of") &&
        !(r->p.t[run->first - 2].flags & TOK_CAPITALIZED) &&
        quoth_word_in(&r->p, run->first - 2, SETTLEMENTS, sizeof SETTLEMENTS / sizeof *SETTLEMENTS))
        return 1;
    return run->first >= 2 && quoth_possessive(&r->p, run->first - 1) && compass_word(r, run->first) &&
           (quoth_name_classes_at(r, run->first - 2) & NAME_PLACE);
}

/* Whether the run opens with a word of nationality that the tagger read
 * as an adjective ("British Steel", "the European Council"): a person's
 * name starts after it, at a title or a given name, so the run is a
 * body's. */
static int nationality_opens_run(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 2 && r->p.t[run->first].coarse == CT_ADJ && !given_name(r, run->first) &&
           quoth_nationality_word(&r->p, run->first);
}

/* The test of the word itself is inline (called for most tokens), the
 * search after it not. */
static inline __attribute__((always_inline)) int nationality_opening_body(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_SENT_START | TOK_CAPITALIZED)) == (TOK_SENT_START | TOK_CAPITALIZED) &&
           t->coarse == CT_ADJ && nationality_opening_body_at(r, i);
}

/* "... and Lands Agency": where the fields after an "and" at `and` end
 * with a body's word ("Forestry and Lands Agency", the tagger reading
 * each field a common noun), or 0 when they do not. */
static size_t and_fields_end(const quoth_resolver *r, size_t and) {
    const quoth_token *t = r->p.t;
    if (and + 2 >= r->p.n || !quoth_word_is(&r->p, and, "and") || t[and + 1].sentence != t[and].sentence) return 0;
    size_t k = and + 1;
    while (k < r->p.n && k - and <= 3 && t[k].sentence == t[and].sentence && (is_name_token(r, k) || capitalized_noun(r, k)) &&
           !body_word(r, k))
        k++;
    return k < r->p.n && k > and + 1 && k - and <= 3 && t[k].sentence == t[and].sentence &&
                   (t[k].flags & TOK_CAPITALIZED) && body_word(r, k)
               ? k + 1
               : 0;
}

static int noun_opening_name(const quoth_resolver *r, size_t i) {
    if (!(r->p.t[i].flags & TOK_CAPITALIZED)) return 0; /* most tokens: each test below asks a capital */
    if (!capitalized_noun(r, i)) return adjective_opening_body(r, i) || nationality_opening_body(r, i);
    const quoth_token *before = &r->p.t[i - 1]; /* i > 0: a sentence starts before it */
    if ((before->flags & TOK_CAPITALIZED) && !((before->flags & TOK_SENT_START) && before->coarse == CT_DET)) return 0;
    if (i + 2 < r->p.n && quoth_word_is(&r->p, i + 1, "for") && plural_opening_body(r, i) &&
        r->p.t[i + 2].sentence == r->p.t[i].sentence && is_name_token(r, i + 2))
        return 1; /* "the aid group Hands for Afghanistan" */
    /* "the Forestry and Lands Agency", "Forestry" read as a common noun:
     * fields joined by "and" before a body's word (it had been "Lands
     * Agency"; the nineteenth audit's) */
    if (and_fields_end(r, i + 1)) return 1;
    /* "The Diocese of Lincoln", "Diocese" read as a common noun (it had
     * been Lincoln); "the Annals of Neurological Therapeutics", past an
     * adjective */
    if (i + 2 < r->p.n && body_word(r, i) && quoth_word_is(&r->p, i + 1, "of") &&
        r->p.t[i + 2].sentence == r->p.t[i].sentence &&
        (is_name_token(r, i + 2) || (i + 3 < r->p.n && capitalized_adjective(r, i + 2) && is_name_token(r, i + 3))))
        return 1;
    size_t j = i + 1;
    while (j < r->p.n && j - i < NAME_NOUNS_MAX && capitalized_noun(r, j) && r->p.t[j].sentence == r->p.t[i].sentence)
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
                                            "both", "each", "every", "outside", "inside"};
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
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX && capitalized_noun(r, j) &&
           !(r->p.t[j].lex & LEX_TITLE) && !(r->p.t[j].flags & TOK_ALL_CAPS) && r->p.t[j].sentence == t->sentence)
        j++;
    if (j == i + 1 || (r->pos_flags && (r->pos_flags[r->p.t[j - 1].pos] & QUOTH_POS_PLURAL))) return i;
    return quoth_word_in(&r->p, i, NOT_NAMES, sizeof NOT_NAMES / sizeof *NOT_NAMES) ? i : j;
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
static int headline_sentence(const quoth_resolver *r, uint32_t s) {
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
    while (j < r->p.n && r->p.t[j].sentence == r->p.t[first].sentence && no_small_letter(r, j)) j++;
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
        if (!quoth_speaker_name_token(tok) && !between_capitals(r, i)) continue;
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

/* "Ramos, silver-haired and blue-eyed, became ...", "Ramos" tagged NN: a
 * capitalized common noun that opens a sentence is a name when the
 * document writes it as a name inside a sentence and never in small
 * letters. Not a word of the kinds news opens sentences with ("Officials",
 * "Police", titles, bodies' words, places, dates), a plural or a page's
 * furniture. */
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

/* "Climate Action Network said": a common noun that opens its sentence
 * and the capitalized words after it, up to a body's word that ends them,
 * are one body's name (it had been "Action Network"); "Party leaders",
 * "Climate Minister Chris Bowen" and "Establishment Republicans" are not. */
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

static int body_name_opening_sentence(const quoth_resolver *r, size_t i) {
    if (!may_open_sentence_as_name(r, i) && !plural_opening_body_name(r, i)) return 0;
    size_t j = i + 1;
    while (j < r->p.n && j - i <= NAME_NOUNS_MAX + 1 && r->p.t[j].sentence == r->p.t[i].sentence &&
           (is_name_token(r, j) || capitalized_noun(r, j)) && !given_name(r, j))
        j++;
    /* not a group of a party's members ("Establishment Republicans") */
    return j > i + 1 && (j >= r->p.n || r->p.t[j].sentence != r->p.t[i].sentence || !is_name_token(r, j)) &&
           (body_word(r, j - 1) || (quoth_name_classes_at(r, j - 1) & NAME_ORG_HEAD)) && r->pos_flags &&
           !(r->pos_flags[r->p.t[j - 1].pos] & (QUOTH_POS_PLURAL | QUOTH_POS_PLURAL_PROPER));
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
    return !word_set_holds(w, inner_name_key(t->lower_hash)) && !known_org_of(r, &run);
}

/* "Furrowlight Ltd said": a capitalized word before a company's legal
 * form opens its name, whatever the tagger read it as (an adjective: the
 * speaker had been "Ltd"). */
static int before_legal_form(const quoth_resolver *r, size_t i) {
    static const char *const FORMS[] = {"ltd", "ltd.", "plc", "llc", "gmbh", "inc", "inc.", "corp", "corp.",
                                        "pty", "limited", "s.a.", "n.v.", "b.v."};
    return i + 1 < r->p.n && (r->p.t[i].flags & TOK_ALPHA) && r->p.t[i + 1].sentence == r->p.t[i].sentence &&
           (r->p.t[i + 1].flags & TOK_CAPITALIZED) && quoth_word_in(&r->p, i + 1, FORMS, sizeof FORMS / sizeof *FORMS);
}

/* "Yusuf, 16, said": a capitalized word with an age set off after it is a
 * person's name, whatever the tagger made of a given name no list holds
 * (it had been no one). */
static int name_before_age(const quoth_resolver *r, size_t i) {
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

/* A word that opens its sentence is a name when the document writes it
 * as one inside a sentence and never in small letters: a common noun, or
 * any word the document writes after a given name, a surname ("Tessa
 * Harrow ... Harrow laughs when asked about it. \"...,\" she says": the
 * fourteenth audit's "she" had been the last speaker before). */
static int apposed_to_body(const quoth_resolver *r, const quoth_name_run *run);

/* "Ledgerly, a London start-up, has raised ... Ledgerly says": a word
 * that opens a sentence is a body's name when an apposition that names a
 * body follows it, and so is the same word opening a later sentence (each
 * had been no one; the eighteenth audit's). The word set learns it as a
 * name's inner word, which a token that opens its sentence never adds. */
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

static int body_named_opening_sentence(const quoth_resolver *r, size_t i, const doc_words *w) {
    quoth_name_run one = {.first = (uint32_t)i, .end = (uint32_t)i + 1, .lead = (uint32_t)i};
    if (!(may_open_sentence_as_name(r, i) || adverb_shaped_name(r, i)) || !apposed_to_body(r, &one)) return 0;
    word_set_add(w->slot, w->mask, inner_name_key(r->p.t[i].lower_hash));
    return 1;
}

static int name_opening_sentence(const quoth_resolver *r, size_t i, const doc_words *w) {
    uint64_t hash = r->p.t[i].lower_hash;
    if (!(r->p.t[i].flags & TOK_SENT_START) || !w->made || is_small_word(w, hash)) return 0;
    return ((may_open_sentence_as_name(r, i) || participle_shaped_name(r, i) || adverb_shaped_name(r, i)) &&
            word_set_holds(w, inner_name_key(hash))) ||
           (may_open_sentence_as_surname(r, i) && word_set_holds(w, surname_key(hash))) ||
           body_named_opening_sentence(r, i, w);
}

/* A word of a headline's capitals that is no name: one the document writes
 * in small letters elsewhere ("Reportedly", "Told", "Donor", "WHERE"),
 * unless it is a title, an honorific, a body's word, a given name, a place
 * or a date, or follows a given name ("Tom Price"). */
static int headline_common_word(const quoth_resolver *r, size_t i, const doc_words *w) {
    const quoth_token *t = &r->p.t[i];
    if ((t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_ORG_WORD | LEX_FIRST_NAME)) ||
        (quoth_name_classes_at(r, i) & (NAME_MAN | NAME_WOMAN | NAME_PLACE | NAME_DATE | NAME_MONTH)) ||
        (i > 0 && r->p.t[i - 1].sentence == t->sentence && given_name(r, i - 1)))
        return 0;
    return is_small_word(w, t->lower_hash);
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

static int apposition_role(const quoth_resolver *r, size_t first, size_t end, uint8_t *noun);

/* Whether an apposition of a title follows token `end`: ", the" and a
 * noun phrase that holds a title, then a comma or the sentence's end
 * ("Ban Ki-moon, the secretary general of the United Nations,"); not a
 * clause's subject after an opening phrase ("As reported by Western
 * Journalism, the former secretary of state was made aware"). */
static int title_apposition_at(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end + 2 >= p->n || !quoth_punct_is(p, end, ",") || quoth_coarse(p, end + 1) != CT_DET) return 0;
    size_t sentence_end = quoth_sentence_end(p, end), np_end = quoth_np_right(p, end + 1, sentence_end);
    uint8_t role_noun_only;
    if (!apposition_role(r, end + 1, np_end, &role_noun_only) || role_noun_only) return 0;
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
    return j > i && title_apposition_at(r, j) ? j : i;
}

/* Letters after a name that are no part of it: a barrister's rank, a
 * member of a parliament, an honour ("Hannah Whitfield KC", "Jane Smith
 * MP"; they had been part of the name, and so another speaker). */
static int postnominal(const quoth_resolver *r, size_t i) {
    static const char *const AFTER[] = {"KC", "QC", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE"};
    /* asked of every token: most are ruled out by their case, asked
     * first as it is rarely in capitals, where a length is any */
    if (!(r->p.t[i].flags & TOK_ALL_CAPS) || r->p.t[i].norm_len > 3) return 0;
    const char *w = quoth_token_norm(r->p.tl, i);
    for (size_t k = 0; k < sizeof AFTER / sizeof *AFTER; k++)
        if (strcmp(w, AFTER[k]) == 0) return 1;
    return 0;
}

int quoth_nationality_noun(const quoth_phrases *p, size_t i) {
    if (!(p->t[i].flags & TOK_CAPITALIZED)) return 0;
    return quoth_nationality_of(quoth_token_norm(p->tl, i));
}

/* A word of a sorted list of sorted_rows_hold(): its bytes, then zeros. */
#define SORTED_ROW 16

/* A row's bytes as two numbers that order as the bytes do (big-endian). */
typedef struct row_key {
    uint64_t hi, lo;
} row_key;

static uint64_t big_endian_u64(const char *b) {
    uint64_t v;
    memcpy(&v, b, sizeof v);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static row_key row_key_of(const char *row) { return (row_key){big_endian_u64(row), big_endian_u64(row + 8)}; }

/* Whether `rows`, n words sorted as strcmp() orders them, each in a row
 * of SORTED_ROW bytes padded with zeros, hold `word`, a word so padded:
 * the last row not after it, found by halving, is it. Rows compared as
 * two numbers each, inline, where a strcmp() call for each of the eight
 * halvings had been the speakers' commonest call (a family name asked of
 * every new speaker); zeros order before any byte, as a string's end
 * does, so the order is strcmp()'s. The half kept is chosen by a
 * conditional move, not a branch that a search guesses wrong half the
 * time. */
static int sorted_rows_hold(const char (*rows)[SORTED_ROW], size_t n, const char word[SORTED_ROW]) {
    if (n == 0) return 0;
    const row_key w = row_key_of(word);
    const char(*base)[SORTED_ROW] = rows;
    while (n > 1) { /* the last row not after w, if any, is in [base, base + n) */
        size_t half = n / 2;
        row_key r = row_key_of(base[half]);
        /* the half by arithmetic on a mask: the compiler had made the
         * conditional move and the || before it branches, a coin toss */
        size_t not_after = (r.hi < w.hi) | ((r.hi == w.hi) & (r.lo <= w.lo));
        base += half & (0 - not_after);
        n -= half;
    }
    row_key r = row_key_of(*base);
    return r.hi == w.hi && r.lo == w.lo;
}

/* Whether sorted `rows` hold the n bytes at w, each with `fold` or-ed
 * in (0x20 folds ASCII capitals, as the lists are in small letters): a
 * word of SORTED_ROW bytes or more is in no row. */
static int sorted_rows_hold_bytes(const char (*rows)[SORTED_ROW], size_t n_rows, const char *w, size_t n,
                                  char fold) {
    if (n >= SORTED_ROW) return 0;
    char word[SORTED_ROW] = {0};
    for (size_t i = 0; i < n; i++) word[i] = (char)(w[i] | fold);
    return sorted_rows_hold(rows, n_rows, word);
}

int quoth_nationality_of(const char *w) {
    /* sorted, as strcmp() orders them; the ninth audit added "Scot" ("The Scot
     * said" had been a person named "Scot") and others */
    static const char EITHER[][SORTED_ROW] = {
        "American", "Argentine", "Argentinian", "Australian", "Austrian", "Belgian", "Brazilian", "Briton",
        "Bulgarian", "Canadian", "Chilean", "Colombian", "Croat", "Cuban", "Czech", "Dane", "Egyptian",
        "Filipina", "Filipino", "Finn", "German", "Ghanaian", "Greek", "Hungarian", "Indian", "Iranian",
        "Israeli", "Italian", "Jamaican", "Kenyan", "Kiwi", "Korean", "Mexican", "Moroccan", "Nigerian",
        "Norwegian", "Pakistani", "Peruvian", "Pole", "Portuguese", "Romanian", "Russian", "Scot", "Serb",
        "Spaniard", "Swede", "Turk", "Ukrainian", "Uruguayan", "Venezuelan"};
    static const char *const MEN[] = {"Dutchman", "Englishman", "Frenchman", "Irishman", "Scotsman", "Welshman"};
    static const char *const WOMEN[] = {"Dutchwoman", "Englishwoman", "Frenchwoman", "Irishwoman", "Scotswoman",
                                        "Welshwoman"};
    size_t n = strlen(w);
    if (sorted_rows_hold_bytes(EITHER, sizeof EITHER / sizeof *EITHER, w, n, 0)) return 3;
    if (n < 8 || strcmp(w + n - 3, "man") != 0) return 0; /* as each word below ends */
    for (size_t k = 0; k < sizeof MEN / sizeof *MEN; k++)
        if (strcmp(w, MEN[k]) == 0) return 1;
    for (size_t k = 0; k < sizeof WOMEN / sizeof *WOMEN; k++)
        if (strcmp(w, WOMEN[k]) == 0) return 2;
    return 0;
}

/* Whether token i, after a determiner and before a common noun in small
 * letters, is a word of nationality (quoth_nationality_word()). */
static int nationality_before_noun(const quoth_resolver *r, size_t i) {
    const quoth_phrases *p = &r->p;
    if (i == 0 || i + 1 >= p->n || !(p->t[i - 1].lex & LEX_DETERMINER) || quoth_coarse(p, i + 1) != CT_NOUN ||
        (p->t[i + 1].flags & TOK_CAPITALIZED) || given_name(r, i))
        return 0;
    return quoth_nationality_word(p, i);
}

int quoth_nationality_word(const quoth_phrases *p, size_t i) {
    static const char *const ENDINGS[] = {"ish", "ese", "ian", "can", "ean", "ic", "i"};
    if (!(p->t[i].flags & TOK_CAPITALIZED) || (p->t[i].flags & TOK_ALL_CAPS)) return 0;
    if (quoth_nationality_noun(p, i)) return 1;
    const char *w = quoth_token_norm(p->tl, i);
    if (quoth_party_of(w)) return 0; /* "Republican insiders" are the party's */
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof ENDINGS / sizeof *ENDINGS; k++) {
        size_t e = strlen(ENDINGS[k]);
        if (n > e + 2 && strcmp(w + n - e, ENDINGS[k]) == 0) return 1;
    }
    return 0;
}

/* A nickname in quotation marks inside a name, before its surname:
 * Harold "Hal" Simmons, whose run had been "Simmons" alone (no given name,
 * role or gender). */
static int nickname_at(const quoth_resolver *r, size_t j) {
    const quoth_token *t = r->p.t;
    return j > 0 && j + 3 < r->p.n && (t[j].flags & TOK_QUOTE_OPEN) && (t[j + 1].flags & TOK_CAPITALIZED) &&
           (t[j + 1].flags & TOK_ALPHA) && (t[j + 2].flags & TOK_QUOTE_CLOSE) && t[j + 3].sentence == t[j].sentence &&
           (t[j - 1].flags & TOK_CAPITALIZED) &&
           (is_name_token(r, j + 3) ||
            (t[j + 3].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA));
}

/* "Channel 12", "Radio 4", "France 24", "Local 100": a broadcaster's or a
 * union local's number, which is part of its name ("Channel 12 reported"
 * had been a body "Channel"). */
static int station_number(const quoth_resolver *r, size_t j) {
    static const char *const STATIONS[] = {"channel", "radio", "tv",  "canal", "kanal",
                                           "fox",     "france", "kan", "rai",   "local"};
    const char *w = quoth_token_norm(r->p.tl, j);
    size_t n = r->p.t[j].norm_len;
    if (j == 0 || n == 0 || n > 3) return 0;
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
    return (!names_person(r, first, j) || office_before(r, first, j)) && !quoth_run_is_place(r, &before) &&
           !(quoth_name_classes_at(r, j - 1) & NAME_PLACE) && !given_name(r, j - 1);
}

/* "The Women's Premier Basketball League", "the Men's Chess Federation":
 * a group of people's possessive at j that opens a body's name, ended by
 * a body's word a few words on. The name had lost the group ("Premier
 * Basketball League"). */
static int group_possessive_in_body_name(const quoth_resolver *r, size_t first, size_t j) {
    static const char *const GROUPS[] = {"men", "women", "children", "boys", "girls", "veterans", "workers",
                                         "farmers", "teachers", "doctors", "nurses", "people", "employers",
                                         "students", "parents", "pensioners", "journalists", "writers"};
    const quoth_token *t = r->p.t;
    return j == first + 1 && j + 1 < r->p.n && t[j].norm_len <= 2 && quoth_possessive(&r->p, j) &&
           t[j + 1].sentence == t[j].sentence && (t[j + 1].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, first, GROUPS, sizeof GROUPS / sizeof *GROUPS) &&
           body_name_follows(r, j, 0, 4, r->p.n, body_word);
}

/* Whether a known body's name of two words opens at token i, whose
 * first word the tagger read as no name ("Downing Street", "Downing" a
 * verb; "Elections Canada", "Elections" a plural noun). */
static int known_org_opening(const quoth_resolver *r, size_t i) {
    if (!(r->p.t[i].flags & TOK_CAPITALIZED) || i + 1 >= r->p.n || r->p.t[i + 1].sentence != r->p.t[i].sentence ||
        !(r->p.t[i + 1].flags & TOK_CAPITALIZED))
        return 0;
    quoth_name_run two = {.first = (uint32_t)i, .end = (uint32_t)i + 2};
    return known_org_of(r, &two) != NULL;
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
    for (size_t k = first; k + 1 < j; k++)
        if (body_word(r, k) && (quoth_word_is(&r->p, k + 1, "of") || quoth_word_is(&r->p, k + 1, "on") ||
                                quoth_word_is(&r->p, k + 1, "for")))
            return 1;
    return 0;
}

int quoth_handle_at(const quoth_phrases *p, size_t i) {
    const quoth_token *t = &p->t[i];
    const char *w = quoth_token_norm(p->tl, i);
    if (w[0] != '@' || t->norm_len < 3 || t->norm_len > 31) return 0;
    for (size_t k = 1; k < t->norm_len; k++)
        if (!((w[k] | 0x20) >= 'a' && (w[k] | 0x20) <= 'z') && !(w[k] >= '0' && w[k] <= '9') && w[k] != '_')
            return 0;
    return 1;
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
    while (i < r->p.n && t[i].sentence == sentence && !may_open_name(&t[i]) && r->text[t[i].start] != '@') i++;
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
    scan->sentence_headline = headline_sentence(r, sentence);
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
    return store_run(r, i, i + 1, i);
}

/* Past the capitalized words at i that are no name, though they look like
 * one: a byline's, an inverted cue's, a postnominal's; i when none. */
static size_t past_name_lookalike(const quoth_resolver *r, size_t i) {
    /* the tests of this session's rules ask a capital first: most
     * tokens have none */
    size_t byline = (r->p.t[i].flags & TOK_CAPITALIZED) ? byline_name_end(r, i) : i;
    if (byline > i) return byline; /* the reporter, whom no "he" stands for */
    if (inverted_cue_opening(r, i)) return i + 1; /* "Said Crewe," is Crewe's */
    if (i > 0 && postnominal(r, i) && (r->p.t[i - 1].flags & TOK_CAPITALIZED) && !(r->p.t[i].flags & TOK_SENT_START))
        return i + 1; /* no name of its own either */
    return i;
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
              (((r->p.t[i].flags & TOK_SENT_START) && body_name_opening_sentence(r, i)) ||
               question_word_opening_name(r, i) || name_before_age(r, i) || before_legal_form(r, i)))) ||
           month_after_preposition(r, i) || time_zone_after_clock(r, i) ||
           (headline && (headline_common_word(r, i, w) || headline_word_before_surname(r, i, w)));
}

/* At a word i that opens no name: the runs of a name that common words,
 * a verb or a title open there; *next is where the scan goes on. */
static int add_name_after_opening(quoth_resolver *r, size_t i, int headline, size_t *next) {
    size_t opening = headline ? i : common_words_opening_name(r, i);
    if (opening == i && !headline) opening = verb_opening_body_name(r, i);
    if (opening == i && !headline && (r->p.t[i].flags & TOK_CAPITALIZED)) opening = name_before_title(r, i);
    int rc = opening > i ? add_runs(r, i, opening) : 0;
    *next = opening > i ? opening : i + 1;
    return rc;
}

/* Past the word or words at j that go on the name opened at i (after
 * person_after_body_name() and field_list_end() found it goes on): one
 * word, or the several of "of the Armed Forces", a particle's, a
 * nickname's; 0 when the name ends before j. *verb_next is set when a headline's name
 * ends where a source ends, before its verb. */
static size_t past_name_words(const quoth_resolver *r, const name_scan *scan, size_t i, size_t j, int *verb_next) {
    const doc_words *w = &scan->words;
    size_t n = r->p.n;
    size_t particles;
    if ((scan->sentence_headline || j < scan->lead_in_end) &&
        (headline_common_word(r, j, w) || (*verb_next = source_ends_name(r, i, j - 1, w))))
        return 0;
    if (postnominal(r, j)) return 0;
    if (j + 2 < n && j - i + 3 <= 8 && r->p.t[j].norm_len <= 3 && /* the length first: most words are longer */
        (quoth_word_is_short(&r->p, j, scan->hash_of, 2) || quoth_word_is_short(&r->p, j, scan->hash_for, 3)) &&
        body_word(r, j - 1) &&
        quoth_word_is_short(&r->p, j + 1, scan->hash_the, 3) && (is_name_token(r, j + 2) || capitalized_noun(r, j + 2)) &&
        r->p.t[j - 1].sentence == r->p.t[j + 2].sentence)
        return j + 3; /* "General Command of the Armed Forces", "Department of the Interior",
                       * "Ministry for the Ecological Transition" */
    else if (is_name_token(r, j) || joins_names(r, i, j, n) || adjective_opening_body(r, j) ||
        (capitalized_noun(r, j) && body_word(r, j)) || /* "Highland Liberation Front", "Front" a noun */
        (capitalized_adjective(r, j) && quoth_coarse(&r->p, j - 1) == CT_ADP && j + 1 < n &&
         (is_name_token(r, j + 1) || capitalized_noun(r, j + 1))) || /* "Movement for Democratic Change" */
        (capitalized_noun(r, j) && j >= i + 2 && capitalized_adjective(r, j - 1) &&
         quoth_coarse(&r->p, j - 2) == CT_ADP)) /* "Brotherhood of Electrical Workers" */
        return j + 1;
    else if ((particles = particles_at(r, j)) && j + particles - i < 8) return j + particles;
    else if (nickname_at(r, j) && j + 4 - i <= 8) return j + 4; /* the surname too, which the tagger may
                                                                  * read as a common noun ("Price") */
    else if (station_number(r, j)) return j + 1;
    else if (j > i && j + 2 < n && !is_name_token(r, j) && and_fields_end(r, j) && capitalized_noun(r, j - 1))
        return and_fields_end(r, j); /* "Forestry and Lands Agency" */
    else if (possessive_in_body_name(r, i, j) || small_plural_in_body_name(r, i, j) ||
             group_possessive_in_body_name(r, i, j))
        return j + 1;
    else if (j > i + 2 && capitalized_noun(r, j) && body_word(r, i) && joined_after_body(r, i, j))
        return j + 1; /* "Ministry for the Ecological Transition", "Transition" read as a common noun */
    else if (j > i + 2 && capitalized_noun(r, j) && is_name_token(r, j - 1) && of_after_body(r, i, j))
        return j + 1; /* "Main Directorate of Border Troops of Tajikistan", "Troops" a plural noun (the
                       * eighteenth audit's: the speaker had been "Tajikistan") */
    else if (j + 1 < n && r->p.t[j + 1].norm_len <= 2 && capitalized_noun(r, j) &&
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
        while (j < n && j - i < NAME_NOUNS_MAX && (capitalized_noun(r, j) || capitalized_adjective(r, j))) j++;
    while (j < n && j - i < 8 && r->p.t[j].sentence == r->p.t[i].sentence) {
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
    int verb_next = 0; /* a headline's name cut where a source ends, before its verb */
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
    if (j == i + 1 && (nationality_before_noun(r, i) || level_before_noun(r, i))) {
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
    if (j - i == 8 && j < n && is_name_token(r, j))
        for (size_t k = j - 1; k > i; k--)
            if (r->p.t[k].lex & LEX_TITLE) {
                j = k + 1;
                break;
            }
    int rc = generic_body_opening(r, i, j) || unknown_word_before_group(r, i, j, w) ? 0 : add_runs(r, i, j);
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
        if (!may_open_name(&r->p.t[i])) {
            i = past_small_words(r, i + 1);
            continue;
        }
        int headline = scan.sentence_headline | (i < scan.lead_in_end);
        size_t campaign_end = headline ? i : campaign_name_end(r, i);
        if (campaign_end > i) {
            int rc = add_runs(r, i, campaign_end);
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

/* The runs' ends increase (quoth_find_name_runs() stores them in the
 * order of the text, none inside another), so that the first ending after
 * tok is found by halving; the half kept is chosen by a conditional move,
 * not a branch, which a search guesses wrong half the time. */
size_t quoth_first_run_ending_after(const quoth_speaker_table *t, size_t tok) {
    size_t n = t->n_runs;
    if (n == 0) return 0;
    const quoth_name_run *base = t->runs;
    /* the answer is in [base, base + n] */
    while (n > 1) {
        size_t half = n / 2;
        base = base[half].end <= tok ? base + half : base;
        n -= half;
    }
    return (size_t)(base - t->runs) + (base->end <= tok);
}

/* ------------------------------------------------------------ speakers */

/* The word classes of the tokens [first, end) read as one name. */
static uint32_t name_classes_of(const quoth_resolver *r, size_t first, size_t end) {
    uint64_t key = r->p.t[first].lower_hash;
    for (size_t i = first + 1; i < end; i++) key = quoth_name_key(key, r->p.t[i].lower_hash);
    return quoth_name_word_classes(r->names, key);
}

/* The canonical name of the known organization of the classes of a name
 * of `words` words (name_classes_of()), or NULL. */
static const char *known_org_in(uint32_t classes, size_t words) {
    uint32_t known = NAME_KNOWN_ORG(classes);
    return words <= 8 && known ? quoth_known_organization_name(known - 1) : NULL;
}

/* The words of a run (at most 8, as find_runs makes them). */
/* The canonical name of the news outlet or organization the run names
 * ("Washington Post", "the AP", "USA TODAY" in any case), or NULL. */
static const char *known_org_of(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    if (run->end - first > 1 && quoth_word_is(&r->p, first, "the")) first++;
    if (run->end - first > 8) return NULL;
    return known_org_in(name_classes_of(r, first, run->end), run->end - first);
}

int quoth_run_is_place(const quoth_resolver *r, const quoth_name_run *run) {
    return (name_classes_of(r, run->first, run->end) & NAME_PLACE) != 0;
}

/* quoth_run_is_place() || known_org_of(), by one reading of the run's
 * words for both unless "the" opens it (known_org_of() reads past it):
 * kind_by_words() asks both of every run. */
static int place_or_known_org(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t classes = name_classes_of(r, run->first, run->end);
    if (classes & NAME_PLACE) return 1;
    if (run->end - run->first > 1 && quoth_word_is(&r->p, run->first, "the")) return known_org_of(r, run) != NULL;
    return known_org_in(classes, run->end - run->first) != NULL;
}

/* What the entity tagger made of a run (it tags the sentences of sources):
 * a place that speaks is its government, so it counts as an organization. */
static int entity_kind(const quoth_resolver *r, const quoth_name_run *run) {
    /* a given name the tagger never saw ("Kerenza Pollard", "Kerenza" an
     * organization's word to it, "Pollard" a person's): a surname after it
     * makes the pair a person (she had been a body) */
    uint32_t last = run->first + 1;
    if (run->end == last + 1 && r->p.t[last].entity == QUOTH_ENT_PERSON && !body_word(r, last) &&
        !(r->p.t[last].lex & LEX_ORG_WORD) && !(quoth_name_classes_at(r, last) & (NAME_ORG_HEAD | NAME_PLACE | NAME_THING)))
        return QUOTH_KIND_PERSON;
    for (uint32_t i = run->first; i < run->end; i++) {
        uint8_t e = r->p.t[i].entity;
        if (e == QUOTH_ENT_PERSON) return QUOTH_KIND_PERSON;
        if (e == QUOTH_ENT_ORGANIZATION || e == QUOTH_ENT_LOCATION) return QUOTH_KIND_ORGANIZATION;
    }
    return QUOTH_KIND_UNKNOWN;
}

/* A name that ends with the noun of an institution ("George Washington
 * University", "Henry Ford Company") is one, whatever its given name
 * makes the entity tagger think; not a person "of" one. Only nouns that
 * are nobody's surname: "House", "Post" or "Court" are. */
static int institution_name(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const HEADS[] = {"university", "college", "company", "corporation", "foundation",
                                        "institute", "association", "committee", "department", "ministry",
                                        "agency", "commission", "federation", "organization", "organisation",
                                        "administration", "bureau", "survey", "council", "authority"};
    /* every head is among the lexicon's organization words: one test for most runs */
    if (run->end - run->first < 2 || !(r->p.t[run->end - 1].lex & LEX_ORG_WORD)) return 0;
    if (!quoth_word_in(&r->p, run->end - 1, HEADS, sizeof HEADS / sizeof *HEADS)) return 0;
    for (size_t i = run->first; i < run->end; i++) /* "David Woodard of Clemson University" */
        if (strcmp(quoth_token_norm(r->p.tl, i), "of") == 0) return 0;
    return 1;
}

/* A common noun that names a body, not a person: "company", "group". */
static int organization_noun(const quoth_phrases *p, size_t i) {
    static const char *const NOUNS[] = {"company", "firm", "group", "union", "agency", "bank", "newspaper",
                                        "broadcaster", "network", "airline", "retailer",
                                        "manufacturer", "insurer", "lender", "startup", "start-up",
                                        "charity", "nonprofit", "organization", "organisation", "conglomerate",
                                        "watchdog", "ministry", "department", "tabloid", "app", "platform",
                                        "website", "chain", "carmaker", "automaker", "publisher",
                                        "supermarket", "studio", "regulator", "operator", "provider",
                                        "chipmaker", "drugmaker", "supplier", "distributor", "exporter",
                                        "utility", "brokerage", "consultancy", "club", "association",
                                        "federation", "alliance", "coalition", "league", "lobby", "giant",
                                        "magazine", "channel", "portal", "outlet", "daily", "weekly"};
    if (p->t[i].flags & TOK_CAPITALIZED || quoth_coarse(p, i) != CT_NOUN) return 0;
    const char *w = quoth_token_norm(p->tl, i);
    /* "a maker of warehouse robots"; "a cheese maker" may be a person */
    if (strcmp(w, "maker") == 0) return quoth_word_is(p, i + 1, "of");
    for (size_t k = 0; k < sizeof NOUNS / sizeof *NOUNS; k++)
        if (w[0] == NOUNS[k][0] && strcmp(w, NOUNS[k]) == 0) return 1;
    return 0;
}

/* "a leading maker", "the fastest-growing chain": a participle in -ing
 * among a noun's modifiers. */
static int leading_participle(const quoth_phrases *p, size_t i) {
    size_t n = p->t[i].norm_len;
    return quoth_coarse(p, i) == CT_VERB && n >= 5 && strcmp(quoth_token_norm(p->tl, i) + n - 3, "ing") == 0;
}

/* The phrase before the name: a determiner, modifiers and the noun, after
 * no preposition ("The company, X", "Its parent company, X"); the comma
 * asked first, as most names have none before them. */
static int body_phrase_before(const quoth_resolver *r, size_t first, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t noun = first - 2;
    int body = 0;
    if (first >= limit + 3 && quoth_punct_is(p, first - 1, ",")) {
        body = organization_noun(p, noun);
        /* past a short phrase after the noun: "The company behind the
         * project, Altınkaya Madencilik," (the eighteenth audit's had been
         * a person) */
        for (size_t k = first - 2; !body && k > limit + 1 && first - k <= 5; k--)
            if (quoth_coarse(p, k) == CT_ADP && organization_noun(p, k - 1)) noun = k - 1, body = 1;
    }
    if (body) {
        size_t det = noun;
        while (det > limit && (quoth_coarse(p, det - 1) == CT_ADJ || quoth_coarse(p, det - 1) == CT_NOUN)) det--;
        int c = det > limit ? quoth_coarse(p, det - 1) : CT_OTHER;
        if ((c == CT_DET || c == CT_POSS) && (det - 1 == limit || quoth_coarse(p, det - 2) != CT_ADP)) return 1;
        /* "Indonesia's state logistics agency, Bulog," */
        if (det > limit + 1 && quoth_possessive(p, det - 1) && is_name_token(r, det - 2)) return 1;
    }
    return 0;
}

/* The noun right before the name: "The newspaper Al-Riyadh", "the Indian
 * firm Sarvam Biologics" (they had been of unknown kind, and a person);
 * not a person's name, which a given name opens ("the official
 * representative of the ministry Yelena Vorontsova"). */
static int body_noun_right_before(const quoth_resolver *r, size_t first, size_t end, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t named = first; /* or its quotation mark: "the newspaper «Kommersant»" */
    if (named > limit && (p->t[named - 1].flags & TOK_QUOTE_OPEN) && end < p->n && (p->t[end].flags & TOK_QUOTE_CLOSE))
        named--;
    int daily = named < first && (quoth_word_is(p, named - 1, "daily") || quoth_word_is(p, named - 1, "weekly"));
    if (named >= limit + 1 && (organization_noun(p, named - 1) || daily) && !given_name(r, first)) {
        size_t det = named - 1;
        /* "Telecoms operator Telvara", "US chipmaker Nvidia": a name among
         * the modifiers too */
        while (det > limit && (quoth_coarse(p, det - 1) == CT_ADJ || quoth_coarse(p, det - 1) == CT_NOUN ||
                               quoth_coarse(p, det - 1) == CT_PROPN || quoth_possessive(p, det - 1)))
            det--; /* and a possessor's: "The tenants' association Inquilinos Unidos" */
        if (det == limit || quoth_coarse(p, det - 1) == CT_DET || quoth_coarse(p, det - 1) == CT_POSS) return 1;
    }
    return 0;
}

/* The phrase after the name: its head is the last noun before anything
 * else ("the president of the union" is headed by "president"). */
static int body_phrase_after(const quoth_resolver *r, size_t end) {
    const quoth_phrases *p = &r->p;
    if (end + 2 >= p->n || !quoth_punct_is(p, end, ",") || quoth_coarse(p, end + 1) != CT_DET) return 0;
    size_t i = end + 2, limit_right = quoth_sentence_end(p, end);
    /* modifiers joined by "and", a noun after them: "the popular running
     * and fitness app" (not the heads of "the president and publisher of") */
    while (i < limit_right && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN ||
                               leading_participle(p, i) ||
                               /* a place's name among them: "a London start-up" (the
                                * eighteenth audit's "Ledgerly" had been no one) */
                               quoth_coarse(p, i) == CT_PROPN ||
                               (i > end + 2 && i + 2 < limit_right && quoth_word_is(p, i, "and") &&
                                (quoth_coarse(p, i + 1) == CT_ADJ || quoth_coarse(p, i + 1) == CT_NOUN) &&
                                quoth_coarse(p, i + 2) == CT_NOUN)))
        i++;
    /* a word the tagger read as an adverb before a preposition or a comma,
     * not one in -ly, is the phrase's head noun: "Graham Pelletier, the
     * union steward at the mill," ("steward" an adverb: he had been a
     * body, the union's) */
    if (i < limit_right && i > end + 2 && i + 1 < limit_right && quoth_coarse(p, i) == CT_ADV &&
        (p->t[i].flags & TOK_ALPHA) && !quoth_ends_with(p, i, "ly") &&
        (quoth_coarse(p, i + 1) == CT_ADP || quoth_punct_is(p, i + 1, ",")))
        i++;
    /* past a possessive, the head is the noun after it: "the industry's
     * lobby group" is a body, "the group's director" a person */
    size_t head_first = end + 2;
    if (i < limit_right && i > head_first && quoth_possessive(p, i)) {
        head_first = ++i;
        while (i < limit_right && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN)) i++;
    }
    /* a verb after the noun makes it a clause's subject, no apposition:
     * "According to Alistair McKinnon, the firm cheated" (the fifteenth
     * audit's McKinnon had been a body) */
    if (i < limit_right && (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX) &&
        /* but a participle goes on with the phrase: "Furrowlight, the start-up founded by ..." */
        !(quoth_coarse(p, i) == CT_VERB && r->pos_flags && !(r->pos_flags[p->t[i].pos] & QUOTH_POS_FINITE) &&
          i + 1 < limit_right && quoth_coarse(p, i + 1) == CT_ADP))
        return 0;
    /* "Thousands of Oromos, a minority group": people, not a body */
    int plural = r->pos_flags && (r->pos_flags[p->t[end - 1].pos] & QUOTH_POS_PLURAL_PROPER);
    return i > head_first && organization_noun(p, i - 1) && !plural;
}

/* A name set off by commas beside a noun phrase headed by a body's noun
 * names that body: "The company, Northgate Terminals, said" and
 * "Northgate Terminals, the company that runs the port, said" are no
 * person, whatever the name's words make the entity tagger think. The
 * phrase must stand on its own: in "the head of the company, Ann Ross"
 * the name is the head's. */
static int apposed_to_body(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first, end = run->end, limit = quoth_sentence_first(&r->p, first);
    return body_phrase_before(r, first, limit) || body_noun_right_before(r, first, end, limit) ||
           body_phrase_after(r, end);
}

int quoth_apposed_to_body(const quoth_resolver *r, size_t first, size_t end) {
    quoth_name_run run = {.first = (uint32_t)first, .end = (uint32_t)end};
    return apposed_to_body(r, &run);
}

/* "Delta Gateway, which is based in Antwerp,": "which" stands for a
 * thing or a body, never a person. */
static int thing_relative_after(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end + 1 < r->p.n && quoth_punct_is(&r->p, run->end, ",") && quoth_word_is(&r->p, run->end + 1, "which");
}

/* A name right after a title and a comma is that title's holder ("National
 * Front party leader, Marine Le Pen", which the entity tagger reads as the
 * Marines), a person whatever its words. */
/* How many words the body's name between a title and its holder's may
 * have ("chief executive of the Atlas Petroleum Company, ..."). */
#define TITLE_BODY_WORDS_MAX 8

static int after_title_comma(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    if (first < 2 || !quoth_punct_is(&r->p, first - 1, ",") || quoth_all_capitals(&r->p, first, 2) ||
        (r->pos_flags && (r->pos_flags[r->p.t[run->end - 1].pos] & QUOTH_POS_PLURAL_PROPER)))
        return 0; /* "the chief executive, NBC ...", "the leader, Democrats ...": a list */
    /* but a body's name is no holder: "The council's consultant, Parkline
     * Advisory Group," (it had been a person) */
    if (run->end - run->first >= 2 && body_word(r, run->end - 1)) return 0;
    size_t title = first - 2;
    /* past the body whose title it is: "The chief executive of Atlas
     * Petroleum Company, Youcef Larbi Mansouri," (the eighteenth audit's;
     * a name of three words the entity tagger had read as a body's) */
    if (r->p.t[title].flags & TOK_CAPITALIZED) {
        size_t j = title;
        while (j > 0 && title - j < TITLE_BODY_WORDS_MAX &&
               ((r->p.t[j].flags & TOK_CAPITALIZED) || quoth_word_is(&r->p, j, "the") ||
                quoth_word_is(&r->p, j, "and")))
            j--;
        if (j < 2 || !(quoth_word_is(&r->p, j, "of") || quoth_word_is(&r->p, j, "at") || quoth_word_is(&r->p, j, "for")))
            return 0;
        title = j - 1;
    }
    const quoth_token *head = &r->p.t[title];
    return (head->lex & LEX_TITLE) && !(head->flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, title) == CT_NOUN;
}

/* "The speedrunner Gh0stKid", "known online as RavenByte", "its captain,
 * xKira,": a handle, one word with a capital or a digit inside it, that
 * a person's role, "known as" or a comma after a role introduces, is a
 * person's (they had been bodies, and their "he" a platform). Not
 * "iPhone" or "PayPal" alone, which nothing introduces so. */
static int introduced_handle(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end != run->first + 1 || run->first < 2) return 0;
    const quoth_token *t = &r->p.t[run->first];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start;
    int inner = 0;
    for (size_t i = 1; i + 1 < n && !inner; i++) {
        int lower_upper = w[i - 1] >= 'a' && w[i - 1] <= 'z' && w[i] >= 'A' && w[i] <= 'Z';
        int digit = w[i] >= '0' && w[i] <= '9' && ((w[i - 1] | 0x20) >= 'a' && (w[i - 1] | 0x20) <= 'z');
        inner = lower_upper || digit;
    }
    if (!inner) return 0;
    size_t before = run->first - 1;
    if (quoth_punct_is(&r->p, before, ",")) before--;
    if (quoth_word_is(&r->p, before, "as"))
        return quoth_word_is(&r->p, before - 1, "known") || quoth_word_is(&r->p, before - 1, "online");
    return (quoth_name_classes_at(r, before) & (NAME_ROLE | NAME_PERSON_NOUN)) != 0;
}

/* A name of two words or more right after the title of an office in
 * small letters, or after "TITLE of NOUN": "Foreign Ministry spokesperson
 * Wang Lihua", "the speaker of parliament Nino Kiknadze", "Member of
 * Parliament Dima al-Khatib" (each had been an organization by the entity
 * tagger, which the body's words around them misled). A name with a
 * body's word is none ("General | Electric", "Justice | Department"). */
static int postnominal(const quoth_resolver *r, size_t i);

static int titled_name(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = r->p.t;
    size_t first = run->first;
    if (run->end - first < 2 || first < 1) return 0;
    for (size_t i = first; i < run->end; i++) /* "General | Electric", "Justice | Department" */
        if (t[i].lex & LEX_ORG_WORD) return 0;
    /* the title may open the sentence ("Premier Ngaire Tapsell said"), and
     * be read as a name's word ("Maricopa County Sheriff Delia Navarro");
     * both had made a person whose given name no list holds a body, by the
     * entity tagger's reading of the whole run (the eighth audit's) */
    int title_tag = quoth_coarse(&r->p, first - 1) == CT_NOUN || quoth_coarse(&r->p, first - 1) == CT_PROPN;
    if ((t[first - 1].lex & LEX_TITLE) && !(t[first - 1].lex & LEX_ORG_WORD) && title_tag) return 1;
    if (first < 2) return 0;
    /* "Labour MP Sudipta Banerjee": a member's letters before the name are
     * a title there (she had been an organization, by her party's name) */
    if (postnominal(r, first - 1) && !quoth_word_is(&r->p, first - 1, "KC") && !quoth_word_is(&r->p, first - 1, "QC") &&
        !(t[first - 1].flags & TOK_SENT_START))
        return 1;
    /* "the speaker of parliament", "Member of Parliament" */
    return first >= 3 && quoth_word_is(&r->p, first - 2, "of") && (t[first - 3].lex & LEX_TITLE) &&
           !(t[first - 3].lex & LEX_ORG_WORD);
}

/* Where a run's given name would be: its first word, or the word after
 * the initial that opens it ("L. Paul Bremer"). */
static size_t given_name_at(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 3 && initial(r, run->first) ? run->first + 1 : run->first;
}

/* A party's word, which ends a place's name and no person's ("Orlando
 * Republican", "Texas Democrat"). */
static int party_word(const quoth_resolver *r, size_t i) {
    static const char *const PARTY[] = {"republican", "republicans", "democrat", "democrats", "democratic",
                                        "independent", "conservative", "conservatives", "liberal", "liberals",
                                        "labour", "labor", "green", "greens", "gop"};
    return quoth_word_in(&r->p, i, PARTY, sizeof PARTY / sizeof *PARTY);
}

/* A given name and a surname or two, no organization's word among them
 * ("Gene Sperling", "Timothy Gill"): a person, whatever the entity tagger
 * made of them after "former FBI agent". */
static int given_full_name(const quoth_resolver *r, const quoth_name_run *run) {
    size_t n = run->end - run->first;
    if (n == 5 && nickname_at(r, run->first + 1)) n = 2; /* Harold "Hal" Simmons */
    for (uint32_t i = run->first + 1; i + 1 < run->end; i++) /* "Samir bin Khaled Abu Nasser" */
        if (!(r->p.t[i].flags & TOK_CAPITALIZED) && name_particle(r, i)) n--;
    /* of either list: "Yuki Tanaka" is a person whose gender no name tells */
    if (n < 2 || n > 4 || !given_name_classes(r, given_name_at(r, run))) return 0;
    /* "Virginia Democratic", "Orlando Republican", "(North) Carolina
     * Democrat": a place and a party; but "Carolina Rojas", "Virginia
     * Woolf" are people */
    if (quoth_coarse(&r->p, run->end - 1) == CT_ADJ || party_word(r, run->end - 1)) return 0;
    for (uint32_t i = run->first; i < run->end; i++)
        if (r->p.t[i].lex & LEX_ORG_WORD) return 0;
    return 1;
}

/* "Palo Alto, Calif.", "Ames, Iowa,": a name right before a comma, a state
 * or country of one or two words, and punctuation is a city, not a person
 * whom a "he" could stand for ("Keyworth rushed to meet Fiorina in Palo
 * Alto, Calif. ... he was so fired up" made Palo Alto the speaker). Not
 * "Ted Cruz, R-Texas" (one word that is no place) or "Tom Cole, Oklahoma
 * Republican" (no punctuation after the place). */
static int before_its_state(const quoth_resolver *r, const quoth_name_run *run) {
    size_t at = run->end + 1, n = r->p.n;
    if (at >= n || !quoth_punct_is(&r->p, run->end, ",")) return 0;
    uint64_t key = r->p.t[at].lower_hash;
    for (size_t len = 1; len <= 2 && at + len <= n; len++) {
        const quoth_token *last = &r->p.t[at + len - 1];
        if (len == 2) key = quoth_name_key(key, last->lower_hash);
        if (!(last->flags & TOK_CAPITALIZED)) return 0;
        if (!(quoth_name_word_classes(r->names, key) & NAME_PLACE)) continue;
        /* "Calif." takes the full stop that ends its sentence */
        if (at + len == n || (last[1].flags & TOK_PUNCT) || last[1].sentence != last->sentence) return 1;
    }
    return 0;
}

/* Whether a run names a place: one of the list, a city before its state,
 * or what the entity tagger takes for a location. */
static int names_place(const quoth_resolver *r, const quoth_name_run *run) {
    /* by the entity tagger, a name that ends as a place does: "Atlantic
     * Coastal Lines" opens with one and is a company, whom "the company"
     * then meant (it had been a place, never meant by it) */
    return quoth_run_is_place(r, run) || before_its_state(r, run) || r->p.t[run->end - 1].entity == QUOTH_ENT_LOCATION;
}

/* Whether a name of unknown kind names no one person: a plural ("Saudis",
 * "the Graysons"), an acronym or a letter ("GOP", "Q:"), a date, or a
 * word of organizations or groups ("Republican", "Public"). Such a name
 * may be a source, but a "he" or "she" after it is someone else. */
/* Whether token i is a noun of a work that has a title: "novel", "film". */
static int work_noun(const quoth_phrases *p, size_t i) {
    static const char *const WORKS[] = {"novel", "book", "film", "movie", "memoir", "album", "play", "song",
                                        "documentary", "poem", "essay", "podcast", "musical", "opera"};
    return quoth_word_in(p, i, WORKS, sizeof WORKS / sizeof *WORKS);
}

/* A title set off beside the noun of its work: "her novel, The Salt
 * Ledger," or "The Salt Ledger, a novel,". A work says nothing and is no
 * "he" or "she" (it had taken both). */
static int work_title(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t before = run->first;
    if (before > 0 && quoth_word_is(p, before - 1, "the")) before--;
    size_t after = run->end;
    int titled = (before >= 2 && quoth_punct_is(p, before - 1, ",") && work_noun(p, before - 2) &&
                  !(before >= 4 && quoth_word_is(p, before - 4, "of"))) || /* "the author of the book, X" */
                 (after + 2 < p->n && quoth_punct_is(p, after, ",") &&
                  (quoth_word_is(p, after + 1, "a") || quoth_word_is(p, after + 1, "an") ||
                   quoth_coarse(p, after + 1) == CT_POSS) &&
                  work_noun(p, after + 2));
    /* "The author of the book, Mitchell Zuckoff,": a person's name; asked
     * last, as most names are set off beside no work */
    for (size_t i = run->first; titled && i < run->end; i++)
        if (given_name(r, i)) return 0;
    return titled;
}

static int names_nobody(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *last = &r->p.t[run->end - 1];
    if (r->pos_flags && (r->pos_flags[last->pos] & QUOTH_POS_PLURAL_PROPER)) return 1;
    if (work_title(r, run)) return 1;
    if (run->end - run->first != 1) return 0;
    /* "The Saudis", tagged NNP after "the": a plural all the same */
    const char *w = quoth_token_norm(r->p.tl, run->first);
    size_t n = last->norm_len;
    if (run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") && n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
        return 1;
    return last->end - last->start == 1 || quoth_all_capitals(&r->p, run->first, 2) ||
           (quoth_name_classes_at(r, run->first) & (NAME_DATE | NAME_MONTH)) ||
           ((last->lex & (LEX_ORG_WORD | LEX_GROUP_NOUN)) && !(last->lex & LEX_FIRST_NAME));
}

/* A run of two words or more in quotation marks of its own, a comma or
 * full stop at most between: a term or a title ("the province of ''Wilayat Twitter,''"), a
 * thing named rather than a person, whom news names without them. As an
 * organization it is no full name whose last word ("Twitter") a one-word
 * mention could be the surname of. (One word, "Trumpcare", would become
 * an organization that an "it" stands for.) */
static int quoted_term(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = r->p.t;
    if (run->end - run->first < 2 || run->first == 0 || !(t[run->first - 1].flags & TOK_QUOTE_OPEN)) return 0;
    size_t close = run->end;
    if (close < r->p.n && (quoth_punct_is(&r->p, close, ",") || quoth_punct_is(&r->p, close, "."))) close++;
    return close < r->p.n && (t[close].flags & TOK_QUOTE_CLOSE);
}

/* A name in quotation marks of its own that reports: after "according
 * to", or before a verb of reporting ("According to «Kommersant»",
 * "“Vedomosti” writes"). Translated news names its media so, and no
 * person ("Kommersant" had been one); a term of one word elsewhere
 * ("Trumpcare") stays what it was. */
static int quoted_medium(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const REPORTS[] = {"reported", "reports", "wrote", "writes", "said", "says", "added"};
    const quoth_phrases *p = &r->p;
    size_t open = run->first - 1, close = run->end;
    if (run->first < 1 || close + 1 >= p->n || !(p->t[open].flags & TOK_QUOTE_OPEN) ||
        !(p->t[close].flags & TOK_QUOTE_CLOSE))
        return 0;
    return (open >= 2 && quoth_word_is(p, open - 2, "according") && quoth_word_is(p, open - 1, "to")) ||
           quoth_word_in(p, close + 1, REPORTS, sizeof REPORTS / sizeof *REPORTS);
}

/* Whether every word of a run is an adjective or a common noun to the
 * tagger in small letters after its capital (common_words_opening_name()):
 * a name of things or bodies, as no person is named by words of the
 * dictionary alone. A word in capitals says nothing ("WALLACE:", a
 * transcript's label the tagger reads as a noun). */
static int common_words_only(const quoth_resolver *r, const quoth_name_run *run) {
    if (r->p.t[run->first].coarse != CT_ADJ) return 0; /* "Ban Ki-moon", read as nouns, is a person */
    for (uint32_t i = run->first; i < run->end; i++)
        if ((r->p.t[i].coarse != CT_ADJ && r->p.t[i].coarse != CT_NOUN) || (r->p.t[i].flags & TOK_ALL_CAPS)) return 0;
    return 1;
}

/* Whether a web domain's ending follows the run with no space
 * ("Factcheck.org", "Politifact.com", which the tokenizer cuts at the
 * dot): a site, never one person. */
static int web_domain_after(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const ENDINGS[] = {"com", "org", "net", "gov", "edu", "co", "io", "news"};
    const quoth_token *t = r->p.t;
    size_t dot = run->end;
    if (dot + 1 >= r->p.n || !quoth_punct_is(&r->p, dot, ".") || t[dot].start != t[dot - 1].end ||
        t[dot + 1].start != t[dot].end)
        return 0;
    return quoth_word_in(&r->p, dot + 1, ENDINGS, sizeof ENDINGS / sizeof *ENDINGS);
}

/* "The promoter, Skyline Live,", "His record label, Discos Esquina,": a
 * name set off after a noun of a body that opens its sentence is that
 * body (each had been a person). Not "owner" or "chief", which are as
 * often people. */
static int after_body_noun_comma(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const BODIES[] = {"company",  "firm",       "label",     "promoter", "band",  "studio",
                                         "distributor", "publisher", "broadcaster", "charity", "brewery",
                                         "operator", "developer",  "retailer",  "airline",  "organisers",
                                         "organizers", "carrier",  "streamer",  "insurer",  "lender"};
    size_t first = run->first;
    if (first < 2 || !quoth_punct_is(&r->p, first - 1, ",") || quoth_coarse(&r->p, first - 2) != CT_NOUN ||
        run->end >= r->p.n || !quoth_punct_is(&r->p, run->end, ","))
        return 0;
    /* an apposition to the subject, set off on both sides: not "As an
     * associate at a law firm, Loretta E. Lynch said", nor "The head of
     * the company, Anna Ross," */
    size_t opening = quoth_sentence_first(&r->p, first);
    for (size_t i = opening; i + 2 < first; i++) { /* "The band's record label": no "of", no verb */
        int c = quoth_coarse(&r->p, i);
        if (c != CT_DET && c != CT_POSS && c != CT_ADJ && c != CT_NOUN && c != CT_PROPN && c != CT_PART) return 0;
    }
    return quoth_word_in(&r->p, first - 2, BODIES, sizeof BODIES / sizeof *BODIES);
}

/* "Disney+", "Orbit+": a brand's plus sign (the tokenizer keeps it on the
 * word) ends a company's or a service's name, never a person's. */
static int brand_plus(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->end - 1];
    return t->norm_len >= 2 && quoth_token_norm(r->p.tl, run->end - 1)[t->norm_len - 1] == '+';
}

/* "The Mayor's Office", "the Attorney General's Office": a body's word
 * after a possessive ends a body's name, whatever title the possessive
 * holds (it had made the office a person). */
static int office_of_title(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 3 && quoth_possessive(&r->p, run->end - 2) && body_word(r, run->end - 1);
}

static int given_name_gender(const quoth_resolver *r, size_t given, int before_surname);

/* "His wife, Morag,", "a nurse, Amy,": a given name alone that a list
 * holds, set off after a common noun, is a person's (a "She" after it
 * had been no one's). */
static int apposed_given_name(const quoth_resolver *r, const quoth_name_run *run) {
    size_t first = run->first;
    return run->end == first + 1 && first >= 2 && run->end < r->p.n && quoth_punct_is(&r->p, first - 1, ",") &&
           quoth_punct_is(&r->p, run->end, ",") && quoth_coarse(&r->p, first - 2) == CT_NOUN &&
           !(r->p.t[first - 2].flags & TOK_CAPITALIZED) && given_name_gender(r, first, 0);
}

/* "Le Minh Tuan, an agricultural researcher at Hanoi's Institute of
 * Policy and Strategy,": an apposition after the name whose head is a
 * noun of what a person is makes a person, whatever body its phrase goes
 * on to (the entity tagger had made him one). */
static int role_apposition_after(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_phrases *p = &r->p;
    size_t e = run->end;
    if (e + 2 >= p->n || !quoth_punct_is(p, e, ",") || quoth_coarse(p, e + 1) != CT_DET) return 0;
    size_t i = e + 2;
    while (i < p->n && (quoth_coarse(p, i) == CT_ADJ || quoth_coarse(p, i) == CT_NOUN) &&
           !(p->t[i].flags & TOK_CAPITALIZED))
        i++;
    /* set off, or going on with a preposition: not the subject of a
     * clause ("now called Trump National Doral, the candidate boasted") */
    if (i < p->n && !quoth_punct_is(p, i, ",") && quoth_coarse(p, i) != CT_ADP) return 0;
    return i > e + 2 && (quoth_name_classes_at(r, i - 1) & (NAME_ROLE | NAME_PERSON_NOUN)) &&
           !(p->t[i - 1].lex & LEX_ORG_WORD);
}

/* "Nguyen Thi Lan", "Le Van Hung": a Vietnamese name of three words or
 * more, the family name first and the middle name a woman's "Thi" or a
 * man's "Van" ("Le Thi Hoa" had been a body). 2 for a woman, 1 for a
 * man, 0 when the run is no such name. */
static int vietnamese_name_gender(const quoth_resolver *r, const quoth_name_run *run) {
    /* the commonest family names, as English news writes them: sorted */
    static const char FAMILY[][SORTED_ROW] = {"bui",  "cao",  "dang", "dinh",   "do",     "duong", "ho",
                                         "hoang", "huynh", "le",  "ly",     "mai",    "ngo",   "nguyen",
                                         "pham", "phan", "tran", "trinh", "truong", "vo",    "vu"};
    if (run->end - run->first < 3) return 0;
    const quoth_token *t = &r->p.t[run->first];
    size_t n = t->end - t->start;
    if (n < 2 || n >= 8) return 0;
    if (!sorted_rows_hold_bytes(FAMILY, sizeof FAMILY / sizeof *FAMILY, r->text + t->start, n, 0x20)) return 0;
    if (quoth_word_is(&r->p, run->first + 1, "thi") || quoth_word_is(&r->p, run->first + 1, "thị")) return 2;
    if (quoth_word_is(&r->p, run->first + 1, "van") || quoth_word_is(&r->p, run->first + 1, "văn")) return 1;
    return 0;
}

/* "The Emir of Kano", "the Oba of Benin", "the Duke of Sussex": a ruler's
 * or a peer's title of a place is a person (each had been a body, by the
 * place that ends it). */
static int ruler_of_place(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const RULERS[] = {"emir", "sultan", "oba", "duke", "duchess", "earl", "countess", "prince",
                                         "princess", "king", "queen", "sheikh", "maharaja", "ooni", "alaafin"};
    size_t first = run->first;
    /* the "of" asked before the list: most runs have none where a ruler's would be */
    if (!quoth_word_is(&r->p, first, "of") && !quoth_word_is(&r->p, first + 1, "of")) return 0;
    if (first > 0 && quoth_word_in(&r->p, first - 1, RULERS, sizeof RULERS / sizeof *RULERS)) first--;
    return run->end - first >= 3 && quoth_word_is(&r->p, first + 1, "of") &&
           quoth_word_in(&r->p, first, RULERS, sizeof RULERS / sizeof *RULERS);
}

/* "at the butcher block in Casa Brava", "outside Harrow Fields": a name
 * of words no list knows after a preposition of place is where something
 * is, not a person (Casa Brava had been a woman whom "she" stood for). */
static int after_place_preposition(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const WHERE[] = {"in", "at", "inside", "outside", "near", "into"};
    return run->first > 0 && quoth_word_in(&r->p, run->first - 1, WHERE, sizeof WHERE / sizeof *WHERE);
}

/* "a retired postman from Lower Fenby": a name after a person's noun and
 * "from" is where the person is from (it had been a second person by the
 * entity tagger, and the "He" after it no one's); not "a letter from Ann
 * Lowe", nor a given name's ("a nurse from Ann Lowe's ward"). */
static int home_of_person(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->first < 2) return 0;
    size_t noun = run->first - 2;
    return quoth_word_is(&r->p, run->first - 1, "from") && !given_name(r, run->first) &&
           !(r->p.t[noun].flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, noun) == CT_NOUN &&
           ((r->p.t[noun].lex & LEX_TITLE) || (quoth_name_classes_at(r, noun) & (NAME_ROLE | NAME_PERSON_NOUN)));
}

/* "left-wing party Frente Comum", "the charity Shelterline": a noun of a
 * body's kind in small letters right before the name says what it is
 * (each had been a person). Not a noun that a person may be ("brewer
 * Demelza Rowe", "developer", "operator"). */
static int introduced_by_body_noun(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const KINDS[] = {"party",     "company",   "firm",      "group",       "charity",
                                        "union",     "brewery",   "bank",      "lender",      "insurer",
                                        "retailer",  "airline",   "carmaker",  "automaker",   "publisher",
                                        "broadcaster", "newspaper", "magazine", "collective",  "coalition",
                                        "agency",    "club",      "band",      "conglomerate", "manufacturer",
                                        "startup",   "start-up",  "consultancy", "think-tank", "watchdog",
                                        "regulator", "utility",   "drugmaker", "chain",
                                        /* the eighteenth audit's "Spanish outlet Diario Marítimo" had been
                                         * a person */
                                        "outlet",    "website",   "tabloid",   "portal",      "channel",
                                        "station",   "network",   "daily",     "weekly"};
    if (run->first == 0) return 0;
    uint32_t noun = run->first - 1;
    /* the tag first: most names follow no noun or adjective ("said", "the") */
    int c = quoth_coarse(&r->p, noun);
    return (c == CT_NOUN || c == CT_ADJ || c == CT_PROPN) && !(r->p.t[noun].flags & TOK_CAPITALIZED) &&
           quoth_word_in(&r->p, noun, KINDS, sizeof KINDS / sizeof *KINDS);
}

/* "a vice president at Koval", "an analyst at Brenner": the name where a
 * title or a role is held is a body's (Koval had been a man, whom a later
 * "he" stood for; the eighteenth audit's). Not a given name. */
static int employer_after_title(const quoth_resolver *r, const quoth_name_run *run) {
    uint32_t at = run->first - 1;
    if (run->first < 2 || !quoth_word_is(&r->p, at, "at") || given_name(r, run->first)) return 0;
    const quoth_token *role = &r->p.t[at - 1];
    return !(role->flags & TOK_CAPITALIZED) && quoth_coarse(&r->p, at - 1) == CT_NOUN &&
           ((role->lex & LEX_TITLE) || (quoth_name_classes_at(r, at - 1) & NAME_ROLE));
}

static int kind_by_words(const quoth_resolver *r, const quoth_name_run *run) {
    if (ruler_of_place(r, run)) return QUOTH_KIND_PERSON;
    if (web_domain_after(r, run) || after_body_noun_comma(r, run) || brand_plus(r, run) || office_of_title(r, run) ||
        quoth_introduced_as_newspaper(r, run) || romance_body_name(r, run->first, run->end))
        return QUOTH_KIND_ORGANIZATION;
    /* "Deputy Minister of Planning and Investment Nguyen Thi Lan" */
    if ((run->lead < run->first && past_portfolio(r, run->lead, run->end) == run->first) ||
        vietnamese_name_gender(r, run) || introduced_handle(r, run))
        return QUOTH_KIND_PERSON;
    /* a body or a place by its words, or by the words around it: a place
     * first, the commonest, and the search of the phrases around it last,
     * the dearest (the order of tests that give one kind changes nothing) */
    if (place_or_known_org(r, run) || institution_name(r, run) ||
        (run->end - run->first >= 2 && (quoth_name_classes_at(r, run->end - 1) & NAME_ORG_HEAD)) ||
        before_its_state(r, run) || nationality_opens_run(r, run) || body_before_its_place(r, run) ||
        place_by_its_words(r, run) || employer_after_title(r, run) ||
        (run->end == run->first + 1 && capitals_among_small_letters(r, run->first)) ||
        (thing_relative_after(r, run) && !(r->p.t[run->first].lex & LEX_FIRST_NAME)) || apposed_to_body(r, run))
        return QUOTH_KIND_ORGANIZATION;
    if (work_title(r, run)) return QUOTH_KIND_UNKNOWN;
    if (given_full_name(r, run) || after_title_comma(r, run) || role_apposition_after(r, run) ||
        name_before_age(r, run->end - 1) || /* "Yusuf, 16," */
        ((run->first == 0 || quoth_coarse(&r->p, run->first - 1) != CT_ADP) && title_apposition_at(r, run->end)))
        return QUOTH_KIND_PERSON;
    if (quoted_term(r, run) || quoted_medium(r, run) || introduced_by_body_noun(r, run)) return QUOTH_KIND_ORGANIZATION;
    if (titled_name(r, run)) return QUOTH_KIND_PERSON;
    if (home_of_person(r, run)) return QUOTH_KIND_ORGANIZATION; /* a place, as places are */
    int tagged = entity_kind(r, run);
    if (tagged != QUOTH_KIND_UNKNOWN) return tagged;
    const quoth_token *t = r->p.t;
    for (uint32_t i = run->first; i < run->end; i++)
        if (body_word(r, i) && !(t[i].lex & LEX_FIRST_NAME)) return QUOTH_KIND_ORGANIZATION;
    if ((t[run->first].lex & LEX_FIRST_NAME) || apposed_given_name(r, run)) return QUOTH_KIND_PERSON;
    if (run->first > 0 && (t[run->first - 1].lex & (LEX_TITLE | LEX_HONORIFIC)))
        return QUOTH_KIND_PERSON;
    if (common_words_only(r, run)) return QUOTH_KIND_ORGANIZATION; /* "Western Journalism", "Common Core" */
    /* not a name that a common noun opens ("the Climate Action summit"),
     * nor one after "the" ("the Blue Lantern", a venue, had taken a
     * woman's "she") */
    if (run->end - run->first >= 2 && run->end - run->first <= 3 &&
        !(run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") &&
          (run->end >= r->p.n || quoth_coarse(&r->p, run->end) != CT_NOUN)) &&
        /* "the top of Skerrin Point lighthouse": a name before a common
         * noun in small letters modifies it (the lighthouse had been a man
         * whom "he" stood for) */
        !(run->end < r->p.n && quoth_coarse(&r->p, run->end) == CT_NOUN &&
          !(r->p.t[run->end].flags & TOK_CAPITALIZED) && run->first > 0 && quoth_coarse(&r->p, run->first - 1) == CT_ADP) &&
        !(quoth_name_classes_at(r, run->end - 1) & NAME_THING) && t[run->first].coarse != CT_NOUN &&
        !after_place_preposition(r, run))
        return QUOTH_KIND_PERSON;
    return QUOTH_KIND_UNKNOWN;
}

/* A name's kind. "New Yorkers", "the Graysons": people, but no one person
 * that a "he" or "she" could stand for. */
static int kind_of(const quoth_resolver *r, const quoth_name_run *run) {
    int kind = kind_by_words(r, run);
    if (kind == QUOTH_KIND_PERSON && r->pos_flags &&
        (r->pos_flags[r->p.t[run->end - 1].pos] & QUOTH_POS_PLURAL_PROPER))
        return QUOTH_KIND_UNKNOWN;
    return kind;
}

int quoth_run_kind(const quoth_resolver *r, const quoth_name_run *run) { return kind_of(r, run); }

/* 1 for Mr. before a name, 2 for Mrs. or Ms., else 0. */
static int honorific_gender(const quoth_resolver *r, const quoth_name_run *run) {
    size_t at = run->first;
    /* past a title after the honorific: "Mr Justice Harrow", a judge of
     * the High Court, is a man */
    if (at >= 2 && (r->p.t[at - 1].lex & LEX_TITLE) && (r->p.t[at - 2].lex & LEX_HONORIFIC)) at--;
    if (at > 0 && madam(r, at - 1)) return 2;
    if (at == 0 || !(r->p.t[at - 1].lex & LEX_HONORIFIC)) return 0;
    const char *h = quoth_token_norm(r->p.tl, at - 1);
    if (strcmp(h, "Mr.") == 0 || strcmp(h, "Mr") == 0) return 1;
    if (strcmp(h, "Mrs.") == 0 || strcmp(h, "Ms.") == 0 || strcmp(h, "Mrs") == 0 || strcmp(h, "Ms") == 0) return 2;
    /* British titles say it too, where the given name often does not
     * ("Dame Judi Dench", "Lady Ashton"); "Dr" says nothing */
    if (strcmp(h, "Sir") == 0 || strcmp(h, "Lord") == 0) return 1;
    if (strcmp(h, "Dame") == 0 || strcmp(h, "Lady") == 0) return 2;
    /* and South Asian and West African ones */
    if (strcmp(h, "Shri") == 0 || strcmp(h, "Alhaji") == 0 || strcmp(h, "Mallam") == 0) return 1;
    if (strcmp(h, "Smt") == 0 || strcmp(h, "Smt.") == 0 || strcmp(h, "Shrimati") == 0 || strcmp(h, "Alhaja") == 0 ||
        strcmp(h, "Hajia") == 0)
        return 2;
    return 0;
}

/* The gender a given name at `given` tells, 0 when it tells none. */
static int given_name_gender(const quoth_resolver *r, size_t given, int before_surname) {
    uint32_t lex = r->p.t[given].lex;
    if (before_surname) {
        if ((lex & LEX_FIRST_NAME) && (lex & LEX_MALE) && !(lex & LEX_FEMALE)) return 1;
        if ((lex & LEX_FIRST_NAME) && (lex & LEX_FEMALE) && !(lex & LEX_MALE)) return 2;
    }
    uint32_t classes = given_name_classes(r, given);
    return classes == NAME_MAN ? 1 : classes == NAME_WOMAN ? 2 : 0; /* both lists: neither */
}

static int east_asian_family_name(const char *w, size_t n);

/* The honorific's gender, else that of a common given name that starts
 * the name. A given name alone is a person called by it ("Melanie said"),
 * read in the lists of src/attrib/given_names.c only, where those of
 * either gender ("Kelly") tell none; a surname that is also a given name
 * ("Warren", "Ryan") is its full name's speaker whenever the text gives
 * that. */
static int gender_of(const quoth_resolver *r, const quoth_name_run *run) {
    size_t given = given_name_at(r, run);
    int g = honorific_gender(r, run);
    if (g || (g = vietnamese_name_gender(r, run))) return g;
    /* "Kim Seo-yeon", "Takahashi Kenji": the family name first, the given
     * name after it tells (Kim had made her a man); Korean given names
     * are hyphenated, and the word after another family name tells when
     * a list holds it ("Kim Smith" is not told by "Smith") */
    const quoth_token *t = &r->p.t[run->first];
    if (run->end - run->first == 2 && east_asian_family_name(r->text + t->start, t->end - t->start)) {
        int after = given_name_gender(r, run->first + 1, 0);
        if (after || memchr(r->text + t[1].start, '-', t[1].end - t[1].start)) return after;
    }
    g = given_name_gender(r, given, run->end - given >= 2);
    /* a first word no list holds, then a listed one before the surname:
     * "Chaudhry Nisar Ahmed Warraich", "Hayan Abdul-Ghani al-Sudani" */
    for (size_t i = given + 1; !g && i + 1 < run->end && !given_name(r, given); i++) g = given_name_gender(r, i, 1);
    return g;
}

/* The gender a role marks: the female forms of role nouns ("spokeswoman",
 * "actress") and kinship words. "spokesman" and "chairman" are not taken
 * for men: news uses them for women too. 0 when the role says nothing. */
int quoth_gender_of_role(const char *role) {
    static const char *const FEMALE[] = {"woman", "women", "wife", "mother", "daughter", "sister",
                                         "grandmother", "widow", "queen", "princess", "duchess", "lady",
                                         "girl", "aunt", "niece", "actress", "heiress", "hostess",
                                         "waitress", "baroness", "countess", "empress", "mum", "mom", "gran"};
    static const char *const MALE[] = {"husband", "father", "son", "brother", "grandfather", "widower", "king",
                                       "prince", "duke", "boy", "uncle", "nephew", "man", "men", "gentleman",
                                       "dad", "grandad", "granddad"};
    /* word by word; a female form may end a compound ("spokeswoman") */
    for (const char *w = role; *w;) {
        while (*w && !isalpha((unsigned char)*w)) w++;
        size_t n = 0;
        while (isalpha((unsigned char)w[n])) n++;
        /* the first letter asked before the length and the letters: it
         * rules out most words of the lists */
        char first = (char)(w[0] | 0x20);
        for (size_t i = 0; i < sizeof FEMALE / sizeof *FEMALE; i++) {
            int suffix = i < 2; /* woman, women: also the end of a longer word */
            if (!suffix && FEMALE[i][0] != first) continue;
            size_t m = strlen(FEMALE[i]);
            if (suffix ? n >= m && strncasecmp(w + n - m, FEMALE[i], m) == 0
                       : n == m && strncasecmp(w, FEMALE[i], m) == 0)
                return 2;
        }
        for (size_t i = 0; i < sizeof MALE / sizeof *MALE; i++)
            if (MALE[i][0] == first && n == strlen(MALE[i]) && strncasecmp(w, MALE[i], n) == 0) return 1;
        w += n;
    }
    return 0;
}

/* Words of a role before a name, besides titles: "national security" in
 * "national security adviser", "White House National Security Council" in
 * "White House National Security Council spokesman", "Clinton's" in
 * "Clinton's spokesman". */
#define ROLE_WORDS_MAX 8
static int role_word(const quoth_phrases *p, size_t i) {
    int c = quoth_coarse(p, i);
    if (p->t[i].lex & LEX_TITLE) return 1;
    if (p->t[i].flags & TOK_DIGIT) return 0; /* a page's time stamp glued on ("10:14PMBuddies") */
    if (!(p->t[i].flags & TOK_ALPHA)) return quoth_possessive(p, i); /* not a list's "~" */
    if (p->t[i].flags & TOK_CAPITALIZED) return c == CT_PROPN || c == CT_ADJ; /* "Ukrainian President" */
    return c == CT_ADJ || c == CT_NOUN || quoth_possessive(p, i);
}

/* A word of what a person is that the word classes' titles lack
 * ("neurosurgeon", "front-runner", "son"), in small letters. */
static int role_noun(const quoth_resolver *r, size_t i) {
    return !(r->p.t[i].flags & TOK_CAPITALIZED) && (quoth_name_classes_at(r, i) & NAME_ROLE);
}

/* Whether the apposition [first, end) says what a person is: a title in
 * it, or else a role noun (*noun then set). A parenthesis makes it a list,
 * not an apposition: "candidates Sen. Marco Rubio (R-Fla.), Donald Trump"
 * gives Trump no role of Rubio's. */
static int apposition_role(const quoth_resolver *r, size_t first, size_t end, uint8_t *noun) {
    int has_title = 0, has_role = 0;
    for (size_t i = first; i < end; i++) {
        if (quoth_punct_is(&r->p, i, "-LRB-")) return 0;
        has_title |= (r->p.t[i].lex & LEX_TITLE) != 0;
        has_role |= role_noun(r, i);
    }
    *noun = !has_title;
    return has_title || has_role;
}

/* An apposition without an article that names an office ("Tomasz Nowak,
 * president of the dockworkers' union,", "Lena Park, senior adviser to
 * the mayor,"): its title makes it a role; a noun alone does not ("Nowak,
 * baker", rarely written so). Its first word is in small letters: after
 * "Nowak, President Reyes" the title is the next person's. */
static int bare_apposition_role(quoth_resolver *r, size_t first, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t end = quoth_np_right(p, first, quoth_sentence_end(p, first));
    if (end <= first || !apposition_role(r, first, end, noun) || *noun) {
        *noun = 0; /* no role, or a noun's only */
        return 0;
    }
    return add_string(r, p->t[first].start, p->t[end - 1].end, off);
}

/* Whether token i is a cleric's capitalized form of address before a
 * name ("Father", "Rev."), which gives the name a role. */
static int clergy_address(const quoth_phrases *p, size_t i) {
    static const char *const ADDRESS[] = {"father", "fr.", "rev.", "reverend", "monsignor", "msgr."};
    if (!(p->t[i].flags & TOK_CAPITALIZED)) return 0;
    return quoth_word_in(p, i, ADDRESS, sizeof ADDRESS / sizeof *ADDRESS);
}

/* The first word of an office in capitals that ends right before `end`
 * and holds a title, joined by "of", "for" and "and" ("Minister of Water
 * and Irrigation", "Minister of Energy of Ukraine"), or `end` when there
 * is none. The words before the title that describe it ("Jordan's",
 * "Deputy") are the caller's to add. */
static size_t office_start(const quoth_resolver *r, size_t end, size_t limit) {
    const quoth_phrases *p = &r->p;
    size_t title = end;
    for (size_t i = end; i > limit && end - i < ROLE_WORDS_MAX; i--) {
        const quoth_token *t = &p->t[i - 1];
        /* not back over a person's name: in "Rabbi Miriam Goldfarb of
         * Temple Beth Shalom" the rabbi is she, and "Beth Shalom" holds no
         * office (it had, and "The rabbi" was "Beth Shalom") */
        if (given_name(r, i - 1) && (p->t[i].flags & TOK_CAPITALIZED) && !(p->t[i].flags & TOK_ALL_CAPS) &&
            !(p->t[i].lex & (LEX_TITLE | LEX_HONORIFIC)))
            break;
        if ((t->lex & LEX_TITLE) && !(t->lex & LEX_HONORIFIC)) title = i - 1;
        else if (!(t->flags & TOK_CAPITALIZED) && !quoth_word_is(p, i - 1, "of") &&
                 !quoth_word_is(p, i - 1, "for") && !quoth_word_is(p, i - 1, "and"))
            break;
    }
    return title;
}

/* The role string from the office that starts at `title` and the words
 * that describe it before, to `end` (exclusive). */
static int office_role(quoth_resolver *r, size_t title, size_t end, size_t limit, uint32_t *off) {
    const quoth_phrases *p = &r->p;
    size_t s = title;
    while (s > limit && end - s < ROLE_WORDS_MAX && role_word(p, s - 1)) s--;
    return add_string(r, p->t[s].start, p->t[end - 1].end, off);
}

/* Whether the token at i is a doctor's title, "Dr." or "Dr". */
static int doctor_title(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "dr.") || quoth_word_is(p, i, "dr");
}

/* The role a text gives a name: title words right before it ("national
 * security adviser Jake Sullivan", "President Zelensky", "retired
 * neurosurgeon Ben Carson"), or an apposition before or after it ("the
 * head of ..., Mark Milley", "Frank Dellucci, a baker,"). */
/* The first word after "the" of an office that ends at the comma at
 * `comma` and opens its sentence ("The spokesman of the Presidency,"; "The
 * chairman of the Joint Chiefs of Staff,"; "A community leader in
 * Odo-Ere,"): "the" or "a", a title among its
 * first words, no given name and no possessive; `comma` when there is
 * none ("her rival, Sen. Bernie Sanders" keeps "Sen.", "The command's
 * spokesman, DSP Gyang Dalyop," "DSP"). */
static size_t office_set_off_before(const quoth_resolver *r, size_t comma, size_t limit) {
    const quoth_phrases *p = &r->p;
    /* past an opening phrase of time or place with no verb ("Later in the
     * day, the Special Rapporteur on the right to food, Dr. ...") */
    for (size_t i = limit; i + 3 < comma && i < limit + 6; i++) {
        int c = quoth_coarse(p, i);
        if (c == CT_VERB || c == CT_AUX) break;
        if (quoth_punct_is(p, i, ",")) {
            if (i > limit) limit = i + 1;
            break;
        }
    }
    if (limit + 2 > comma) return comma;
    size_t start = limit + 1;
    /* or a one-word possessor: "Qadimar's Prime Minister, Dr. Yousef
     * al-Shami," (the role had been "Dr.") */
    if (quoth_possessive(p, limit + 1) && (p->t[limit].flags & TOK_CAPITALIZED) && limit + 3 <= comma) {
        /* whose office is its head: not "Clinton's chief Democratic
         * rival, Sen. Bernie Sanders", a relation before an office */
        if (!(p->t[comma - 1].lex & LEX_TITLE)) return comma;
        start = limit + 2;
    }
    else if (!(quoth_word_is(p, limit, "the") || quoth_word_is(p, limit, "a") || quoth_word_is(p, limit, "an")))
        return comma;
    int title = 0;
    for (size_t i = start; i < comma; i++) {
        if (given_name(r, i) || (p->t[i].flags & TOK_PUNCT) || quoth_possessive(p, i)) return comma;
        if (i < start + 3 && (p->t[i].lex & LEX_TITLE)) title = 1;
    }
    return title ? start : comma;
}

/* Whether a verb is among the tokens [first, end): a clause, not an
 * office ("The Republican nominee also linked ... to his opponent,"). */
static int verb_between(const quoth_phrases *p, size_t first, size_t end) {
    for (size_t i = first; i < end; i++)
        if (quoth_coarse(p, i) == CT_VERB || quoth_coarse(p, i) == CT_AUX) return 1;
    return 0;
}

/* The role a title right before the name says, or the titles among the
 * capitalized words before it, that open at `title` ("Secretary of State
 * Hillary Clinton"); k is where the honorifics before the name start. */
static int title_role(quoth_resolver *r, const quoth_name_run *run, size_t title, size_t k, size_t limit, uint32_t *off,
                      uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    *noun = !(p->t[title - 1].lex & LEX_TITLE);
    size_t s = title - 1;
    while (s > limit && k - s < ROLE_WORDS_MAX && role_word(p, s - 1)) s--;
    size_t listed = quoth_field_list_around(p, s); /* "Environment, Food and Rural Affairs Secretary" */
    if (listed < s && listed >= limit) s = listed;
    /* "Dr. Elise Hartmann, the county's health officer,": a doctor's
     * title alone before the name says less than the apposition after
     * it, which "The health officer" names her by */
    size_t e = run->end;
    if (s + 1 == k && doctor_title(p, s) && e + 2 < p->n && quoth_punct_is(p, e, ",") &&
        quoth_coarse(p, e + 1) == CT_DET) {
        size_t end = quoth_np_right(p, e + 1, quoth_sentence_end(p, e));
        uint8_t apposed_noun = 0;
        if (apposition_role(r, e + 1, end, &apposed_noun)) {
            *noun = apposed_noun;
            return add_string(r, p->t[e + 2].start, p->t[end - 1].end, off);
        }
    }
    /* "The spokesman of the Presidency, Ambassador Ahmed Fahmy
     * Mansour,": a rank alone before the name says less than the office
     * set off before it, which "The spokesman" names him by */
    if (s + 1 == k && s > limit + 2 && quoth_punct_is(p, s - 1, ",")) {
        size_t o = office_set_off_before(r, s - 1, limit);
        uint8_t office_noun = 0;
        if (o < s - 1 && apposition_role(r, o, s - 1, &office_noun)) {
            *noun = office_noun;
            return add_string(r, p->t[o].start, p->t[s - 2].end, off);
        }
    }
    return add_string(r, p->t[s].start, p->t[k - 1].end, off);
}

/* "Deputy Commissioner of Police (Zone II) Kavitha Rajendran": the
 * bracket that opens before the name at k, or k when none (it had been no
 * role, and "the DCP" no one). */
static size_t office_bracket_before(const quoth_phrases *p, size_t k, size_t limit) {
    if (k > limit + 3 && quoth_punct_is(p, k - 1, "-RRB-")) {
        size_t open = k - 2;
        while (open > limit && k - open < 6 && !quoth_punct_is(p, open, "-LRB-")) open--;
        if (quoth_punct_is(p, open, "-LRB-")) return open;
    }
    return k;
}

/* The role set off by a comma before the name at k, as an apposition or
 * an office; *off left UINT32_MAX when none is. */
static int role_set_off_before(quoth_resolver *r, size_t k, size_t limit, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t title;
    size_t s = quoth_np_left(p, k - 1, limit);
    if (s < k - 1 && quoth_coarse(p, s) == CT_DET) s++;
    /* the whole of a body's name that lists its fields: "The Rail, Tram
     * and Bus Union's state secretary, Dermot Keogh" (it had been "Bus
     * Union's state secretary") */
    size_t listed = quoth_field_list_around(p, s);
    if (listed < s && listed >= limit) s = listed;
    if (apposition_role(r, s, k - 1, noun)) return add_string(r, p->t[s].start, p->t[k - 2].end, off);
    /* "Jordan's Minister of Water and Irrigation, Raed ...", whose
     * noun phrase ends at its "and" */
    if ((title = office_start(r, k - 1, limit)) < k - 1) return office_role(r, title, k - 1, limit, off);
    /* "A spokeswoman for the agency in Nairobi, Faith Mutua": a title
     * in small letters after an article heads a phrase that
     * prepositions go on from (not "with Mayor Marty Walsh by her
     * side, Hillary Clinton", nor "as Governor of Arkansas in 1983") */
    for (int hops = 0; hops < 2 && s > limit + 1 && quoth_coarse(p, s - 1) == CT_ADP; hops++) {
        s = quoth_np_left(p, s - 1, limit);
        int article = s < k - 1 && quoth_coarse(p, s) == CT_DET;
        if (article) s++;
        if (article && (p->t[s].lex & LEX_TITLE) && !(p->t[s].flags & TOK_CAPITALIZED) &&
            apposition_role(r, s, k - 1, noun) && !*noun)
            return add_string(r, p->t[s].start, p->t[k - 2].end, off);
    }
    /* "The Special Rapporteur on the right to food, Emeka Nwankwo,":
     * the office that opens the sentence, as before a rank (above),
     * past the "to" that ended its noun phrase (it had been no role) */
    size_t o = office_set_off_before(r, k - 1, limit);
    if (o < k - 1 && !verb_between(p, o, k - 1) && apposition_role(r, o, k - 1, noun))
        return add_string(r, p->t[o].start, p->t[k - 2].end, off);
    return 0;
}

/* The role in an apposition after the name ("Ann Ross, the union's
 * steward,"); none after a comma and an article that head no role. */
static int role_apposed_after(quoth_resolver *r, const quoth_name_run *run, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t e = run->end;
    if (e + 2 < p->n && quoth_punct_is(p, e, ",") && quoth_coarse(p, e + 1) == CT_DET) {
        size_t end = quoth_np_right(p, e + 1, quoth_sentence_end(p, e));
        if (apposition_role(r, e + 1, end, noun)) return add_string(r, p->t[e + 2].start, p->t[end - 1].end, off);
        *noun = 0; /* no role */
        return 0;
    }
    if (e + 1 < p->n && quoth_punct_is(p, e, ",") && !(p->t[e + 1].flags & TOK_CAPITALIZED))
        return bare_apposition_role(r, e + 1, off, noun);
    return 0;
}

static int role_of(quoth_resolver *r, const quoth_name_run *run, uint32_t *off, uint8_t *noun) {
    const quoth_phrases *p = &r->p;
    size_t first = run->first, limit = quoth_sentence_first(p, first);
    *off = UINT32_MAX;
    *noun = 0;
    size_t k = first;
    while (k > limit && (p->t[k - 1].lex & LEX_HONORIFIC)) k--;
    /* a title right before the name, or among the capitalized words
     * before it ("Secretary of State Hillary Clinton") */
    size_t title = k;
    while (title > run->lead && !(p->t[title - 1].lex & LEX_TITLE)) title--;
    if (title > limit && (((p->t[title - 1].lex & LEX_TITLE) && !(p->t[title - 1].lex & LEX_HONORIFIC)) ||
                          (title == k && role_noun(r, k - 1))))
        return title_role(r, run, title, k, limit, off, noun);
    /* an office before the run's first words ("Minister of Energy of |
     * Ukraine Oleksandr Hrytsenko", "Secretary for | Housing Cheryl Fung"),
     * whose capitals ended no run of their own (office_only()) */
    if (run->lead > limit + 1 && title == run->lead && run->first > run->lead &&
        (quoth_word_is(p, run->lead - 1, "of") || quoth_word_is(p, run->lead - 1, "for")) &&
        (title = office_start(r, run->lead - 1, limit)) < run->lead - 1)
        return office_role(r, title, k, limit, off);
    size_t open = office_bracket_before(p, k, limit);
    if (open < k && (title = office_start(r, open, limit)) < open) return office_role(r, title, open, limit, off);
    /* "Father Ben Ocampo", "Rev. Derek Penwell": a cleric's form of
     * address, which no word class holds */
    if (k > limit && clergy_address(p, k - 1)) return add_string(r, p->t[k - 1].start, p->t[k - 1].end, off);
    if (k > limit + 1 && quoth_punct_is(p, k - 1, ",")) {
        int rc = role_set_off_before(r, k, limit, off, noun);
        if (rc || *off != UINT32_MAX) return rc;
    }
    return role_apposed_after(r, run, off, noun);
}

static int index_add(quoth_speaker_table *t, uint32_t id);

int quoth_new_speaker(quoth_resolver *r, const quoth_name_run *run, int kind, int32_t *id) {
    quoth_speaker_table *t = r->t;
    if (QUOTH_RESERVE(t->s, t->cap, t->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_speaker *s = &t->s[t->n];
    memset(s, 0, sizeof *s);
    const char *canonical = kind == QUOTH_KIND_ORGANIZATION ? known_org_of(r, run) : NULL;
    int rc = canonical ? quoth_speaker_add_literal(r, canonical, &s->name)
                       : add_string(r, r->p.t[run->first].start, r->p.t[run->end - 1].end, &s->name);
    if (rc) return rc;
    s->kind = (uint8_t)kind;
    if (kind == QUOTH_KIND_ORGANIZATION) hash_name(t, s);
    s->place = kind == QUOTH_KIND_ORGANIZATION && names_place(r, run);
    s->nobody = kind == QUOTH_KIND_UNKNOWN && names_nobody(r, run);
    s->gender = (uint8_t)gender_of(r, run);
    s->first_token = run->first;
    s->surname = lower_hash(r, surname_at(r, run, kind));
    s->name_words = run->end - run->first;
    rc = kind == QUOTH_KIND_ORGANIZATION ? (s->role = UINT32_MAX, 0) : role_of(r, run, &s->role, &s->role_noun);
    if (rc) return rc;
    /* what a surname alone is ("the billionaire Trump") is no role: the
     * store joins a surname to a full name only when their roles agree,
     * and such words would keep it apart */
    if (s->role_noun && run->end - run->first == 1) s->role = UINT32_MAX, s->role_noun = 0;
    if (!s->gender && s->role != UINT32_MAX) s->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(t, s->role));
    *id = (int32_t)t->n++;
    return index_add(t, (uint32_t)*id);
}

/* ------------------------------------------------------ speaker index */

#define PREFIX_BUCKETS 1024u
/* near_miss() tries at most this many speakers of the same first letters:
 * a news article names a handful, and each try reads a speaker from
 * memory, so that a list of thousands of names had tried a thousand for
 * every one-word name that is no one's surname */
#define NEAR_MISS_MAX 32

size_t quoth_surname_bucket(const quoth_speaker_table *t, uint64_t surname) {
    return (size_t)(surname ^ (surname >> 29)) & (t->n_buckets - 1);
}

static size_t prefix_bucket(char a, char b) {
    return ((size_t)(unsigned char)(a | 0x20) * 31u + (unsigned char)(b | 0x20)) & (PREFIX_BUCKETS - 1);
}

/* The last word of a speaker's name. */
const char *quoth_speaker_last_word(const quoth_speaker_table *t, const quoth_speaker *sp) {
    const char *name = t->arena + sp->name;
    const char *last = strrchr(name, ' ');
    return last ? last + 1 : name;
}

/* Empties the index for a document of n_runs name runs (at most as many
 * speakers). */
int quoth_speaker_index_reset(quoth_speaker_table *t, size_t n_runs) {
    size_t n = 64;
    while (n < 2 * n_runs) n *= 2;
    size_t heads = 2 * n + PREFIX_BUCKETS; /* by surname, by full name, by first letters */
    if (heads > t->cap_buckets) {
        uint32_t *h = realloc(t->head, heads * sizeof *h);
        if (!h) return QUOTH_ERR_NOMEM;
        t->head = h;
        uint32_t *tl = realloc(t->tail, heads * sizeof *tl);
        if (!tl) return QUOTH_ERR_NOMEM;
        t->tail = tl;
        t->cap_buckets = heads;
    }
    t->n_buckets = n;
    t->head3 = t->head + n;
    t->tail3 = t->tail + n;
    t->head2 = t->head + 2 * n;
    t->tail2 = t->tail + 2 * n;
    memset(t->head, 0xff, heads * sizeof *t->head);
    return 0;
}

static void chain_append(uint32_t *head, uint32_t *tail, uint32_t *next, size_t b, uint32_t id) {
    next[id] = NO_SPEAKER;
    if (head[b] == NO_SPEAKER) head[b] = id;
    else next[tail[b]] = id;
    tail[b] = id;
}

/* Adds speaker id (just made) to the index. */
static int index_add(quoth_speaker_table *t, uint32_t id) {
    if (id >= t->cap_next) {
        size_t cap = t->cap_next ? 2 * t->cap_next : 64;
        while (cap <= id) cap *= 2;
        uint32_t *n1 = realloc(t->next, cap * sizeof *n1);
        if (!n1) return QUOTH_ERR_NOMEM;
        t->next = n1;
        uint32_t *n2 = realloc(t->next2, cap * sizeof *n2);
        if (!n2) return QUOTH_ERR_NOMEM;
        t->next2 = n2;
        uint32_t *n3 = realloc(t->next3, cap * sizeof *n3);
        if (!n3) return QUOTH_ERR_NOMEM;
        t->next3 = n3;
        t->cap_next = cap;
    }
    const quoth_speaker *sp = &t->s[id];
    chain_append(t->head, t->tail, t->next, quoth_surname_bucket(t, sp->surname), id);
    t->next3[id] = NO_SPEAKER;
    if (sp->name_words >= 2) chain_append(t->head3, t->tail3, t->next3, quoth_surname_bucket(t, full_name_key(t, sp)), id);
    t->next2[id] = NO_SPEAKER;
    if (sp->kind == QUOTH_KIND_PERSON && sp->name_words >= 2) {
        const char *last = quoth_speaker_last_word(t, sp);
        if (strlen(last) >= 4) chain_append(t->head2, t->tail2, t->next2, prefix_bucket(last[0], last[1]), id);
    }
    return 0;
}

/* Whether an organization's speaker is the one a run names: the same
 * known organization (`known`, the run's known_org_of(), found once per
 * run: a document naming thousands of "... Holdings" compares each with
 * every other), or the same words ("Kentucky Republicans" is not
 * "Wisconsin Republicans", though both end alike). */
static int same_organization(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run,
                             const char *known) {
    const char *name = r->t->arena + s->name;
    if (known) return strcmp(known, name) == 0;
    for (uint32_t i = run->first; i < run->end; i++) {
        const quoth_token *t = &r->p.t[i];
        while (*name == ' ') name++;
        if (strncasecmp(name, r->text + t->start, t->end - t->start) != 0) return 0;
        name += t->end - t->start;
    }
    return *name == '\0';
}

static int same_first_name(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    /* compare the first word of the speaker's name with the run's, in any
     * case: "MARIA LUND:" of a transcript is Maria Lund */
    const char *name = r->t->arena + s->name;
    size_t n = strcspn(name, " ");
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    if (n == m && strncasecmp(name, r->text + t->start, n) == 0) return 1;
    /* or the nickname in its quotation marks: "Bill Harmon" is William
     * "Bill" Harmon (they had been two people) */
    const char *nick = name[n] == ' ' && name[n + 1] == '"' ? name + n + 2 : NULL;
    return nick && strncasecmp(nick, r->text + t->start, m) == 0 && nick[m] == '"';
}

/* "Wasserman Schultz" after "Debbie Wasserman Schultz", "Van Hollen"
 * after "Chris Van Hollen": a run whose words end a longer name is that
 * name's bearer, a surname of two words or more. */
static int ends_name(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    const char *name = r->t->arena + s->name;
    const char *at = name + strlen(name); /* compared backwards, a token at a time */
    for (uint32_t i = run->end; i-- > run->first;) {
        const quoth_token *t = &r->p.t[i];
        size_t n = t->end - t->start;
        if ((size_t)(at - name) < n || strncasecmp(at - n, r->text + t->start, n) != 0) return 0;
        at -= n;
        if (at == name) return 0;
        if (i > run->first && r->p.t[i - 1].end < t->start) at--; /* the space between two words */
    }
    return at > name && at[-1] == ' ';
}

/* A later mention's Mr. or Ms. tells the gender of a person whose first
 * mention did not ("Chad Bown" ... "Mr. Bown"). */
static void learn_gender(quoth_resolver *r, const quoth_name_run *run) {
    quoth_speaker *sp = &r->t->s[run->speaker];
    if (!sp->gender && sp->kind != QUOTH_KIND_ORGANIZATION) sp->gender = (uint8_t)honorific_gender(r, run);
    /* "Mr. Obama" after a headline's bare "Obama": a person after all */
    if (sp->kind == QUOTH_KIND_UNKNOWN && !sp->nobody && run->first > 0 &&
        (r->p.t[run->first - 1].lex & (LEX_HONORIFIC | LEX_TITLE)))
        sp->kind = QUOTH_KIND_PERSON;
}

/* Whether s holds letters and no small ones: "JAKE TAPPER" of a transcript,
 * "FORT PIERCE" of a place line. */
static int shouted(const char *s) {
    int letters = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') return 0;
        letters |= *s >= 'A' && *s <= 'Z';
    }
    return letters;
}

/* A speaker first named in capitals ("JAKE TAPPER:") takes the spelling of
 * a later mention of as many words in small letters too ("Jake Tapper"),
 * which is how people are written and searched for. */
static int prefer_written_case(quoth_resolver *r, quoth_speaker *sp, const quoth_name_run *run) {
    if (sp->name_words != run->end - run->first || !shouted(r->t->arena + sp->name)) return 0;
    size_t start = r->p.t[run->first].start, end = r->p.t[run->end - 1].end;
    for (size_t i = start; i < end; i++)
        if (r->text[i] >= 'a' && r->text[i] <= 'z') {
            uint32_t shouted_name = sp->name;
            uint64_t key = full_name_key(r->t, sp), shouted_hash = sp->name_hash;
            int rc = add_string(r, start, end, &sp->name);
            if (!rc && sp->kind == QUOTH_KIND_ORGANIZATION) hash_name(r->t, sp);
            /* more than the case changed (a known organization's
             * canonical name, a name the run's words only end): the
             * speaker keeps its name, and so its chain of the index */
            if (!rc && full_name_key(r->t, sp) != key) sp->name = shouted_name, sp->name_hash = shouted_hash;
            return rc;
        }
    return 0;
}

/* A person first named without a role takes the role of a later mention
 * ("Bill Clinton" ... "former president Bill Clinton"), and a title
 * replaces what they are ("rival Marco Rubio" ... "Florida Sen. Marco
 * Rubio"), so that "the Florida senator" finds them; with the gender
 * that role tells when nothing told it before. */
static int fill_role(quoth_resolver *r, quoth_speaker *sp, const quoth_name_run *run) {
    if (sp->kind != QUOTH_KIND_PERSON || (sp->role != UINT32_MAX && !sp->role_noun)) return 0;
    uint32_t role;
    uint8_t noun;
    int rc = role_of(r, run, &role, &noun);
    if (rc || role == UINT32_MAX || (sp->role != UINT32_MAX && noun)) return rc;
    sp->role = role, sp->role_noun = noun;
    if (!sp->gender) sp->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(r->t, sp->role));
    return 0;
}

/* Whether a person's speaker and a run end in the same suffix, or neither
 * in one: "Donald Trump Jr." is not Donald Trump. */
static int same_suffix(const quoth_resolver *r, const quoth_speaker *s, const quoth_name_run *run) {
    const char *last = quoth_speaker_last_word(r->t, s);
    int has = suffix_word(last);
    if (!name_suffix(r, run->end - 1)) return !has;
    return has && strcmp(last, quoth_token_norm(r->p.tl, run->end - 1)) == 0;
}

/* The first speaker of the run's kind and full name (full_name_key()):
 * the same organization, or a person of the same first name and surname. */
static uint32_t same_full_name(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t surname,
                               const char *known, uint64_t name_hash) {
    const quoth_speaker_table *t = r->t;
    uint64_t key = run_full_name_key(r, run, kind, name_hash);
    for (uint32_t s = t->head3[quoth_surname_bucket(t, key)]; s != NO_SPEAKER; s = t->next3[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind != kind || sp->surname != surname || sp->name_words < 2) continue;
        if (kind == QUOTH_KIND_ORGANIZATION ? sp->name_hash == name_hash && same_organization(r, sp, run, known)
                                            : same_first_name(r, sp, run) && same_suffix(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}

/* The first person of the run's kind and surname, before speaker `before`,
 * whose longer name the run's words end ("Wasserman Schultz"). */
static uint32_t name_ending_in(const quoth_resolver *r, const quoth_name_run *run, int kind, uint64_t surname,
                               uint32_t before) {
    const quoth_speaker_table *t = r->t;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, surname)]; s < before && walked++ < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind == kind && sp->surname == surname && sp->name_words >= 2 && ends_name(r, sp, run)) return s;
    }
    return NO_SPEAKER;
}

/* "De Blasio", "de Blasio", "von der Leyen": a run of particles and one
 * word after them, a surname of several words. */
static int particle_surname(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end - run->first < 2 || run->end - run->first > PARTICLES_MAX + 1) return 0;
    for (uint32_t i = run->first; i + 1 < run->end; i++)
        if (!name_particle(r, i)) return 0;
    return 1;
}

/* Multi-word names: one speaker per person (surname and first name) or
 * organization. One-word names wait for group_single_names, and so do
 * surnames of a particle and a word ("De Blasio" of a headline), until
 * every full name is known: the full name ("Bill de Blasio") may come
 * after them, and they are its surname. */
/* The person of that surname whose nickname the run's first word is
 * ("Bill Harmon" after William "Bill" Harmon, whom the index of full
 * names keeps under "William"), among the first speakers of the surname;
 * NO_SPEAKER when none. */
static uint32_t nickname_holder(const quoth_resolver *r, const quoth_name_run *run, uint64_t surname) {
    const quoth_speaker_table *t = r->t;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, surname)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->surname != surname) continue;
        walked++;
        if (sp->kind == QUOTH_KIND_PERSON && sp->name_words >= 3 && strchr(t->arena + sp->name, '"') &&
            same_first_name(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}

/* How many of the latest speakers the walks back over them read
 * (paternal_surname_person(), quoth_family_name_first_person(),
 * knighted_person(), organization_by_initials(), inverted_ministry() and
 * others): a bound on the work of each new name in a long document. */
#define PATERNAL_SCAN_MAX 256

/* "The Commerce Ministry" after "The Ministry of Commerce", and the other
 * way round: a body's noun of state (ministry, department) before or
 * after the word of its field names one body (they had been two). The
 * latest such among the latest speakers; NO_SPEAKER when none. */
static uint32_t inverted_ministry(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const HEADS[] = {"ministry", "department"};
    size_t n = run->end - run->first;
    size_t head = n == 2 ? run->first + 1 : run->first, field = n == 2 ? run->first : run->first + 2;
    if ((n != 2 && n != 3) || (n == 3 && !quoth_word_is(&r->p, run->first + 1, "of"))) return NO_SPEAKER;
    if (!quoth_word_in(&r->p, head, HEADS, sizeof HEADS / sizeof *HEADS)) return NO_SPEAKER;
    /* the other form of the name */
    char other[96];
    const quoth_token *h = &r->p.t[head], *f = &r->p.t[field];
    int len = n == 2 ? snprintf(other, sizeof other, "%.*s of %.*s", (int)(h->end - h->start), r->text + h->start,
                                (int)(f->end - f->start), r->text + f->start)
                     : snprintf(other, sizeof other, "%.*s %.*s", (int)(f->end - f->start), r->text + f->start,
                                (int)(h->end - h->start), r->text + h->start);
    if (len <= 0 || (size_t)len >= sizeof other) return NO_SPEAKER;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;)
        if (st->s[k].kind == QUOTH_KIND_ORGANIZATION && strcasecmp(st->arena + st->s[k].name, other) == 0)
            return (uint32_t)k;
    return NO_SPEAKER;
}

/* Whether token i is the last word of those that name an alias ("known
 * as", "his kunya", "nicknamed"). Asked of the word before every name,
 * most of them none of these: each word by its hash and length
 * (quoth_word_is()), not letter by letter in a list. */
static int alias_mark(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "as") || quoth_word_is(p, i, "by") || quoth_word_is(p, i, "kunya") ||
           quoth_word_is(p, i, "nickname") || quoth_word_is(p, i, "alias") || quoth_word_is(p, i, "name") ||
           quoth_word_is(p, i, "moniker") || quoth_word_is(p, i, "nicknamed") || quoth_word_is(p, i, "dubbed");
}

/* The person whose other name a run is: "Karim Yusuf Nasser, known as
 * Abu Adel,", "Khalil Darwish Hamdan, better known by his kunya Abu
 * Faris,", "Bill Morrison, nicknamed Tank,": the person run that ends at
 * the comma before words of naming only. Their speaker, or NO_SPEAKER
 * (the fourteenth audit's kunyas had been people of their own, and the
 * aliases' statements theirs). */
static uint32_t alias_holder(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const NAMING[] = {"known", "nicknamed", "dubbed"};
    static const char *const BETWEEN[] = {"better", "also",  "widely", "popularly", "commonly", "known", "as",
                                          "by",     "his",   "her",    "kunya",     "nickname", "alias", "name",
                                          "moniker", "nicknamed", "dubbed"};
    size_t at = run->first; /* past the marks of a quoted alias: known as "Knuckles" */
    if (at > 0 && (r->p.t[at - 1].flags & TOK_QUOTE_OPEN)) at--;
    if (at < 3 || !alias_mark(&r->p, at - 1)) return NO_SPEAKER;
    size_t comma = at, limit = at > 7 ? at - 7 : 0;
    int naming = 0;
    while (comma > limit && !quoth_punct_is(&r->p, comma - 1, ",")) {
        comma--;
        if (!quoth_word_in(&r->p, comma, BETWEEN, sizeof BETWEEN / sizeof *BETWEEN)) return NO_SPEAKER;
        naming |= quoth_word_in(&r->p, comma, NAMING, sizeof NAMING / sizeof *NAMING);
    }
    if (!naming || comma <= limit + 1 || comma == at) return NO_SPEAKER;
    size_t k = quoth_first_run_ending_after(r->t, comma - 2);
    if (k >= r->t->n_runs || r->t->runs[k].end != comma - 1 || r->t->runs[k].speaker < 0) return NO_SPEAKER;
    uint32_t s = (uint32_t)r->t->runs[k].speaker;
    return r->t->s[s].kind == QUOTH_KIND_PERSON ? s : NO_SPEAKER;
}

/* The holder of an alias named before (alias_holder()) whose words the
 * run repeats ("..., known as Abu Adel, ... \"We are ready,\" Abu Adel
 * said"), or NO_SPEAKER. */
static uint32_t alias_repeated(const quoth_resolver *r, const quoth_name_run *run) {
    size_t n = run->end - run->first;
    for (const quoth_name_run *before = run, *stop = run - (run - r->t->runs < LOOKBACK_MAX ? run - r->t->runs
                                                                                             : LOOKBACK_MAX);
         before-- > stop;) {
        if (before->end - before->first != n) continue;
        size_t i = 0;
        while (i < n && r->p.t[before->first + i].lower_hash == r->p.t[run->first + i].lower_hash) i++;
        if (i == n && before->speaker >= 0 && alias_holder(r, before) == (uint32_t)before->speaker)
            return (uint32_t)before->speaker;
    }
    return NO_SPEAKER;
}

static int group_full_name(quoth_resolver *r, quoth_name_run *run, int kind) {
    quoth_speaker_table *t = r->t;
    int surname_only = 0;
    uint64_t surname = lower_hash(r, surname_at(r, run, kind));
    const char *known = NULL; /* a known organization's canonical name */
    uint64_t name_hash = 0;
    if (kind == QUOTH_KIND_ORGANIZATION) {
        known = known_org_of(r, run);
        name_hash = known ? fold_hash(NAME_HASH_SEED, known, strlen(known)) : run_name_hash(r, run);
    }
    uint32_t s = same_full_name(r, run, kind, surname, known, name_hash);
    if (s == NO_SPEAKER && kind == QUOTH_KIND_PERSON && run->end == run->first + 2)
        s = nickname_holder(r, run, surname);
    if (s == NO_SPEAKER && kind == QUOTH_KIND_ORGANIZATION && !known) s = inverted_ministry(r, run);
    /* "the Governor's Office" after "the Izmir Governor's Office", "the City
     * Council" after "the Harlow City Council": the body named before in
     * full (it had been a second body, of the short name; the eighteenth
     * audit's) */
    if (s == NO_SPEAKER && kind == QUOTH_KIND_ORGANIZATION && !known && run->first > 0 &&
        quoth_word_is(&r->p, run->first - 1, "the"))
        s = name_ending_in(r, run, kind, surname, (uint32_t)t->n);
    if (s == NO_SPEAKER && kind != QUOTH_KIND_ORGANIZATION) {
        if ((s = alias_holder(r, run)) != NO_SPEAKER) r->aliases = 1;
        else if (r->aliases) s = alias_repeated(r, run);
    }
    if (kind != QUOTH_KIND_ORGANIZATION) {
        uint32_t longer = name_ending_in(r, run, kind, surname, s);
        if (longer != NO_SPEAKER) s = longer, surname_only = 1;
    }
    int rc;
    if (s == NO_SPEAKER) {
        rc = quoth_new_speaker(r, run, kind, &run->speaker);
    } else {
        run->speaker = (int32_t)s;
        rc = prefer_written_case(r, &t->s[s], run);
        if (!rc) rc = fill_role(r, &t->s[s], run);
    }
    if (rc) return rc;
    learn_gender(r, run);
    run->how = kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
               : surname_only                  ? QUOTH_RESOLVED_SURNAME
                                               : QUOTH_RESOLVED_NAME;
    return 0;
}

int quoth_group_full_names(quoth_resolver *r) {
    quoth_speaker_table *t = r->t;
    int deferred = 0;
    for (size_t k = 0; k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->end - run->first < 2) continue;
        int kind = kind_of(r, run);
        if (kind != QUOTH_KIND_ORGANIZATION && particle_surname(r, run)) {
            deferred = 1;
            continue;
        }
        int rc = group_full_name(r, run, kind);
        if (rc) return rc;
    }
    for (size_t k = 0; deferred && k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->speaker >= 0 || run->end - run->first < 2 || !particle_surname(r, run)) continue;
        int rc = group_full_name(r, run, kind_of(r, run));
        if (rc) return rc;
    }
    return 0;
}

/* Edit distance of two short strings, capped at 3. A row whose least
 * value has reached 3 ends it: no later row can be less, and a surname
 * unlike the word is given up after its first letters. */
static int edit_distance(const char *a, size_t n, const char *b, size_t m) {
    if (n > 31 || m > 31) return 3;
    int row[32], prev[32];
    for (size_t j = 0; j <= m; j++) prev[j] = (int)j;
    for (size_t i = 1; i <= n; i++) {
        row[0] = (int)i;
        int least = row[0];
        for (size_t j = 1; j <= m; j++) {
            int cost = (a[i - 1] | 0x20) != (b[j - 1] | 0x20);
            int v = prev[j - 1] + cost;
            if (prev[j] + 1 < v) v = prev[j] + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            if (v < least) least = v;
        }
        if (least >= 3) return 3;
        memcpy(prev, row, (m + 1) * sizeof *row);
    }
    return prev[m] < 3 ? prev[m] : 3;
}

/* Whether a speaker of gender `have` can be one the text marks as `want`
 * (0: unknown, either way): "Mr. Obama" is not Michelle Obama. */
static int gender_fits(int have, int want) { return !have || !want || have == want; }

/* Whether speaker sp is a person of min_words words or more, of a gender
 * that fits `want`: the first test of the scans of the latest speakers,
 * in bits with no branch but the one on the answer (the speakers scanned
 * fail one test or another at random, and the answer is mostly no). */
static int person_fits(const quoth_speaker *sp, uint32_t min_words, int want) {
    int have = sp->gender;
    return (sp->kind == QUOTH_KIND_PERSON) & (sp->name_words >= min_words) & ((have == 0) | (want == 0) | (have == want));
}

/* "Clintons", "Khans", "Joneses": the family, not a misspelt Clinton. */
static int plural_of(const char *w, size_t n, const char *surname, size_t m) {
    if (n == m + 1 && (w[m] | 0x20) == 's') return strncasecmp(w, surname, m) == 0;
    if (n == m + 2 && (w[m] | 0x20) == 'e' && (w[m + 1] | 0x20) == 's') return strncasecmp(w, surname, m) == 0;
    return 0;
}

/* The person whose surname is a near-miss spelling of the word at i
 * ("Milli" for "Milley"): same first two letters, distance at most 2 and
 * at most a third of the length; of a gender that fits. */
static int32_t near_miss(const quoth_resolver *r, size_t i, int gender) {
    const quoth_token *tok = &r->p.t[i];
    const char *w = r->text + tok->start;
    size_t n = tok->end - tok->start;
    int32_t best = -1;
    int best_d = 3;
    if (n < 4) return -1;
    const quoth_speaker_table *t = r->t;
    size_t tried = 0;
    const char *measured = ""; /* the surname last measured: the same again cannot do better */
    for (uint32_t s = t->head2[prefix_bucket(w[0], w[1])]; s != NO_SPEAKER && tried++ < NEAR_MISS_MAX;
         s = t->next2[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (!person_fits(sp, 2, gender)) continue;
        const char *last = quoth_speaker_last_word(t, sp);
        size_t m = strlen(last);
        if (m < 4 || (last[0] | 0x20) != (w[0] | 0x20) || (last[1] | 0x20) != (w[1] | 0x20)) continue;
        if (m > n + 2 || n > m + 2 || strcmp(last, measured) == 0) continue; /* a distance of 3 or more */
        if (plural_of(w, n, last, m)) continue;
        measured = last;
        int d = edit_distance(w, n, last, m);
        if (d < best_d && (size_t)d * 3 <= (n > m ? n : m)) {
            best = (int32_t)s;
            best_d = d;
        }
    }
    return best;
}

/* Whether a one-word name that is no one's surname may be a misspelt one:
 * not a given name ("Francis" is not a misspelt Franco) and not a place or
 * an organization that quoth knows ("Israel", "Democrats"). What the
 * entity tagger thinks is not asked: it has never seen the misspelling
 * either ("Milli" for "Milley" can look like an organization to it). */
static int may_be_misspelt(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->first];
    /* nor a party's word: "a Democrat" is no misspelt "Democratic" (of "the
     * Michigan Democratic primary", a run the kind rules take for a person) */
    if ((t->lex & LEX_ORG_WORD) || given_name(r, run->first) || quoth_party_of(quoth_token_norm(r->p.tl, run->first)))
        return 0;
    return !known_org_of(r, run) && !quoth_run_is_place(r, run);
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

/* Whether a run is set after the noun of a newspaper ("the daily
 * Narodna Pravda", "the newspaper Zorvanski Vestnik", "the business weekly
 * Kapital Heute"): the press review's way of naming papers whose names end
 * with no newspaper's word (quoth_newspaper_word()). Not "a paper", which
 * is as often a study ("a paper Smith wrote"). */
int quoth_introduced_as_newspaper(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const MEDIA[] = {"newspaper", "paper", "daily", "weekly", "tabloid", "broadsheet"};
    uint32_t noun = run->first - 1;
    /* the length asked before the list: the words before most names ("the",
     * "by", "said", a comma) are shorter than its words, of five letters or more */
    if (run->first < 2 || (r->p.t[noun].flags & TOK_CAPITALIZED) || r->p.t[noun].norm_len < 5 ||
        !quoth_word_in(&r->p, noun, MEDIA, sizeof MEDIA / sizeof *MEDIA))
        return 0;
    return !quoth_word_is(&r->p, noun - 1, "a") && !quoth_word_is(&r->p, noun - 1, "an") &&
           quoth_coarse(&r->p, noun - 1) != CT_PUNCT;
}

/* "The Post" after "The Washington Post", "The Times" after "The New York
 * Times": a newspaper's last word after "the" is that newspaper, as news
 * writes it on second mention. Not any body's last word: "the House" is
 * not the White House. */
static int newspaper_short_name(const quoth_resolver *r, const quoth_name_run *run) {
    return run->first > 0 && quoth_word_is(&r->p, run->first - 1, "the") && quoth_newspaper_word(&r->p, run->first);
}

/* "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a name of one word
 * before "and" and a full name may share that name's surname. The person
 * of that first name and surname whom the text names in full elsewhere
 * ("Khizr Khan"), else NO_SPEAKER: without them the first name alone had
 * been a speaker of its own. */
static uint32_t shared_surname_person(const quoth_resolver *r, const quoth_name_run *run,
                                      const quoth_name_run *next) {
    if (run->end != run->first + 1 || next->first != run->end + 1 || next->end - next->first < 2 ||
        !quoth_word_is(&r->p, run->end, "and"))
        return NO_SPEAKER;
    const quoth_speaker_table *t = r->t;
    uint64_t surname = lower_hash(r, next->end - 1);
    const quoth_token *given = &r->p.t[run->first];
    uint64_t key = fold_hash(surname, r->text + given->start, given->end - given->start);
    for (uint32_t s = t->head3[quoth_surname_bucket(t, key)]; s != NO_SPEAKER; s = t->next3[s]) {
        const quoth_speaker *sp = &t->s[s];
        if (sp->kind == QUOTH_KIND_PERSON && sp->surname == surname && sp->name_words >= 2 &&
            same_first_name(r, sp, run))
            return s;
    }
    return NO_SPEAKER;
}


/* "John and Mary Ferreira", "Both Duarte and Celeste Ferreira": a given
 * name alone before "and" and a person's given name and surname, which
 * the text names in full nowhere (shared_surname_person()), is the first
 * of a couple or of siblings who share that surname. */
static int couple_first_name(const quoth_resolver *r, const quoth_name_run *run, const quoth_name_run *next) {
    return run->end == run->first + 1 && next->first == run->end + 1 && next->end == next->first + 2 &&
           quoth_word_is(&r->p, run->end, "and") && given_name(r, run->first) && given_name(r, next->first) &&
           !given_name(r, next->end - 1) && r->p.t[next->end - 1].sentence == r->p.t[run->first].sentence;
}

/* A speaker for the first of such a couple, under the given name and the
 * shared surname ("John Ferreira"), so that "Mr. Ferreira" finds him (he
 * had been "John", and "Mr. Ferreira" a person of his own). */
static int new_couple_speaker(quoth_resolver *r, const quoth_name_run *run, const quoth_name_run *next, int32_t *id) {
    quoth_speaker_table *t = r->t;
    const quoth_token *given = &r->p.t[run->first], *surname = &r->p.t[next->end - 1];
    size_t given_len = given->end - given->start, surname_len = surname->end - surname->start;
    char name[128];
    if (given_len + surname_len + 2 > sizeof name) return quoth_new_speaker(r, run, QUOTH_KIND_PERSON, id);
    memcpy(name, r->text + given->start, given_len);
    name[given_len] = ' ';
    memcpy(name + given_len + 1, r->text + surname->start, surname_len);
    name[given_len + 1 + surname_len] = '\0';
    if (QUOTH_RESERVE(t->s, t->cap, t->n + 1, 64)) return QUOTH_ERR_NOMEM;
    quoth_speaker *s = &t->s[t->n];
    memset(s, 0, sizeof *s);
    int rc = quoth_speaker_add_literal(r, name, &s->name);
    if (rc) return rc;
    s->kind = QUOTH_KIND_PERSON;
    s->gender = (uint8_t)given_name_gender(r, run->first, 1);
    s->first_token = run->first;
    s->surname = lower_hash(r, next->end - 1);
    s->name_words = 2;
    s->role = UINT32_MAX;
    *id = (int32_t)t->n++;
    return index_add(t, (uint32_t)*id);
}

/* "Mr. Carrow's widow, Judith,", "the senator's daughter, Amy,": a given
 * name alone set off after a relative of someone named by surname is that
 * relative's name, and the surname the family's; the token of the surname,
 * or 0 when run is no such name. */
static uint32_t relative_surname(const quoth_resolver *r, const quoth_name_run *run) {
    static const char *const RELATIVES[] = {"widow", "wife", "husband", "son", "daughter", "mother", "father",
                                            "brother", "sister", "grandson", "granddaughter", "widower"};
    uint32_t i = run->first;
    if (run->end != i + 1 || i < 5 || !given_name(r, i) || !quoth_punct_is(&r->p, i - 1, ",") ||
        !quoth_word_in(&r->p, i - 2, RELATIVES, sizeof RELATIVES / sizeof *RELATIVES) ||
        !quoth_possessive(&r->p, i - 3) || (run->end < r->p.n && (r->p.t[run->end].flags & TOK_CAPITALIZED)))
        return 0;
    uint32_t surname = i - 4;
    const quoth_token *t = &r->p.t[surname];
    return (t->flags & TOK_CAPITALIZED) && !given_name(r, surname) && t->sentence == r->p.t[i].sentence &&
                   (quoth_speaker_name_token(t) || (t[-1].lex & LEX_HONORIFIC))
               ? surname
               : 0;
}

/* A speaker under a given name and the surname at token `surname`
 * (new_couple_speaker(), relative_surname()). */
static int new_family_speaker(quoth_resolver *r, const quoth_name_run *run, uint32_t surname_at, int32_t *id) {
    quoth_name_run surname = {.first = surname_at, .end = surname_at + 1};
    return new_couple_speaker(r, run, &surname, id);
}

/* The word before the last of a speaker's name ("Acosta" of "Melba
 * Acosta Febo"), or NULL for a name of one word; *last is set to the
 * space before the last word. */
static const char *word_before_last(const char *name, const char **last) {
    *last = strrchr(name, ' ');
    if (!*last) return NULL;
    const char *before = *last;
    while (before > name && before[-1] != ' ') before--;
    return before;
}

/* Whether the document names a person of two surnames at all: three
 * words or more, the one before the last no initial ("W." of George W.
 * Bush). Asked once, so that the many documents without one never look
 * for them. */
static int has_two_surname_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 3) continue;
        const char *last, *before = word_before_last(st->arena + sp->name, &last);
        if (before && !(last - before == 2 && before[1] == '.')) return 1;
    }
    return 0;
}

/* "Ms. Acosta" after "Melba Acosta Febo": of two surnames, as Spanish
 * names have them, the first is the one a later mention keeps. The latest
 * person of three words or more whose word before the last is the run's
 * one word, of a gender that fits; -1 when none. Not a given name
 * ("Christine Todd Whitman" is no "Mr. Todd"). */
static int32_t paternal_surname_person(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1 || given_name(r, run->first) || (r->p.t[run->first].lex & LEX_ORG_WORD) ||
        quoth_run_is_place(r, run))
        return -1;
    const quoth_token *t = &r->p.t[run->first];
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender)) continue;
        const char *last, *before = word_before_last(st->arena + sp->name, &last);
        if (!before || (size_t)(last - before) != m || strncasecmp(before, r->text + t->start, m) != 0) continue;
        /* a surname, not a headline's verb or a show's noun ("Hillary
         * Clinton Goes", "Rachel Maddow Show") */
        uint64_t last_word = quoth_hash_lower(last + 1, strlen(last + 1));
        if (headline_sentence(r, r->p.t[sp->first_token].sentence) ||
            (quoth_name_word_classes(r->names, last_word) & (NAME_THING | NAME_ORG_HEAD)))
            continue;
        return (int32_t)k;
    }
    return -1;
}

/* Whether a word is a Chinese or Korean family name that news writes
 * before the given name ("Xi Jinping", "Park Geun-hye"). Only those of
 * leaders and officials common in the news: a list, as no rule tells them. */
static int east_asian_family_name(const char *w, size_t n) {
    /* Chinese and Korean family names, and Japanese ones, which Japanese
     * news in English now writes first too ("Takahashi Kenji"); not those
     * that are English words ("He", "Song"). Sorted: found by halving. */
    static const char FAMILY[][SORTED_ROW] = {
        "ahn", "aoki", "ban", "cai", "cao", "chen", "cheng", "cho", "choi", "deng", "dong", "endo", "feng",
        "fujii", "fujita", "fujiwara", "fukuda", "gao", "goto", "guo", "hasegawa", "hashimoto", "hatoyama",
        "hayashi", "hirano", "hu", "hwang", "ikeda", "inoue", "ishiba", "ishida", "ishikawa", "ito",
        "iwasaki", "jang", "jeon", "jiang", "jung", "kaneko", "kang", "kato", "kikuchi", "kim", "kimura",
        "kinoshita", "kishida", "kobayashi", "koizumi", "kondo", "kubo", "kudo", "kwon", "li", "liang", "lim",
        "lin", "liu", "luo", "ma", "maeda", "maruyama", "matsuda", "matsui", "matsumoto", "miura", "miyazaki",
        "moon", "mori", "morita", "motegi", "murakami", "murata", "nagai", "nakagawa", "nakajima", "nakamura",
        "nakano", "nishimura", "nomura", "ogawa", "okada", "okamoto", "pan", "park", "peng", "qin", "roh",
        "saito", "sakai", "sakamoto", "sasaki", "sato", "seo", "shen", "shibata", "shimizu", "shin", "suga",
        "sugiyama", "sun", "suzuki", "takahashi", "takaichi", "takeda", "takeuchi", "tanaka", "tang",
        "taniguchi", "tian", "tsai", "uchida", "ueda", "wang", "watanabe", "wen", "wu", "xi", "xiao", "xie",
        "xu", "yamada", "yamaguchi", "yamamoto", "yamashita", "yamazaki", "yang", "yokoyama", "yoon",
        "yoshida", "yuan", "zeng", "zhang", "zhao", "zheng", "zhou", "zhu"};
    if (n < 2 || n > 9) return 0; /* the lengths of the list's names */
    return sorted_rows_hold_bytes(FAMILY, sizeof FAMILY / sizeof *FAMILY, w, n, 0x20);
}

/* Whether the word [w, end) is a Korean given name of two syllables
 * joined by a hyphen, the second in small letters ("Ki-moon",
 * "Jong-un"). */
static int hyphenated_given_name(const char *w, const char *end) {
    const char *hyphen = memchr(w, '-', (size_t)(end - w));
    return hyphen && hyphen > w && hyphen + 1 < end && hyphen[1] >= 'a' && hyphen[1] <= 'z';
}

/* Whether a speaker's name of two or three words may open with a family
 * name: its first word listed, or its second a hyphenated given name. */
static int family_name_first(const quoth_speaker_table *st, const quoth_speaker *sp) {
    if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2 || sp->name_words > 3) return 0;
    const char *name = st->arena + sp->name, *space = strchr(name, ' ');
    if (!space) return 0;
    if (east_asian_family_name(name, (size_t)(space - name))) return 1;
    const char *second = space + 1, *second_end = strchr(second, ' ');
    if (!second_end) second_end = second + strlen(second);
    return hyphenated_given_name(second, second_end);
}

/* Whether the document names anyone whose family name may come first:
 * asked once, so that the many documents without one never look. */
static int has_family_name_first_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++)
        if (family_name_first(st, &st->s[k])) return 1;
    return 0;
}

/* Going back from speaker *k, among the latest PATERNAL_SCAN_MAX (*seen
 * counts them), the next one whose name of two words or more opens with
 * the word at tok, in any case; -1 when none is left. */
static int32_t previous_opening_with(const quoth_resolver *r, size_t tok, size_t *k, size_t *seen) {
    const quoth_token *t = &r->p.t[tok];
    const char *w = r->text + t->start;
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    while ((*k)-- > 0 && (*seen)++ < PATERNAL_SCAN_MAX) {
        const quoth_speaker *sp = &st->s[*k];
        const char *name = st->arena + sp->name;
        /* the first letters, ASCII case folded, settle most speakers */
        if (sp->name_words >= 2 && (name[0] | 0x20) == (w[0] | 0x20) && strncasecmp(name, w, m) == 0 &&
            name[m] == ' ')
            return (int32_t)*k;
    }
    return -1;
}

/* The latest person of a name of two words or more that opens with the
 * word at tok, of a gender that fits, first named before token `before`;
 * with `family_first`, only one whose family name may come first
 * (family_name_first()). -1 when none. */
static int32_t latest_person_opening_with(const quoth_resolver *r, size_t tok, int gender, int family_first,
                                          size_t before) {
    const quoth_speaker_table *st = r->t;
    size_t k = st->n, seen = 0;
    for (int32_t s; (s = previous_opening_with(r, tok, &k, &seen)) >= 0;) {
        const quoth_speaker *sp = &st->s[s];
        if (sp->kind == QUOTH_KIND_PERSON && sp->first_token < before && gender_fits(sp->gender, gender) &&
            (!family_first || family_name_first(st, sp)))
            return s;
    }
    return -1;
}

int32_t quoth_family_name_first_person(const quoth_resolver *r, size_t tok, int gender) {
    return latest_person_opening_with(r, tok, gender, 1, SIZE_MAX);
}

/* "Sir Keir" after "Sir Keir Starmer", "Dame Judi" after "Dame Judi
 * Dench": a knight or a dame is called by the given name, which is
 * nobody's surname (each had been a speaker of one word). The latest
 * person of two words or more whose name opens with the run's one word;
 * -1 when the run is no such name or nobody has it. */
static int32_t knighted_person(const quoth_resolver *r, const quoth_name_run *run) {
    if (run->end != run->first + 1 || run->first == 0 ||
        !(quoth_word_is(&r->p, run->first - 1, "sir") || quoth_word_is(&r->p, run->first - 1, "dame")))
        return -1;
    return latest_person_opening_with(r, run->first, 0, 0, SIZE_MAX);
}

/* Whether an honorific comes right before the run: "Mr Ravin" after
 * "Ravin Subramaniam", "Datuk Azman" after "Datuk Azman Rahim", whom
 * Malaysian and Thai news call by the given name with it, which no list
 * may hold. */
static int honorific_before(const quoth_resolver *r, const quoth_name_run *run) {
    size_t i = run->first;
    return i > 0 && ((r->p.t[i - 1].lex & LEX_HONORIFIC) ||
                     ((r->p.t[i - 1].flags & TOK_CAPITALIZED) && (malay_honorific(r, i - 1) || sri(r, i - 1))));
}

/* "Aisha" after "Aisha Greaves", "Hillary" after "Hillary Clinton": a
 * listed given name alone, which is nobody's surname in the document,
 * names the latest person named before it with that given name (each had
 * been a speaker of one word). -1 when the run is no such name or nobody
 * has it. */
static int32_t person_by_given_name(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    /* a given name no list holds, of no place or body: "Shahzaib" after
     * "Hawks captain Shahzaib Khan", as sport and South Asian news call
     * people (it had been a speaker of its own) */
    int unlisted = !given_name(r, run->first) && !honorific_before(r, run) &&
                   !(r->p.t[run->first].flags & TOK_ALL_CAPS) && !(r->p.t[run->first].lex & LEX_ORG_WORD) &&
                   !(quoth_name_classes_at(r, run->first) & (NAME_PLACE | NAME_ORG_HEAD | NAME_BODY | NAME_DATE)) &&
                   !quoth_run_is_place(r, run);
    if (!(given_name(r, run->first) || honorific_before(r, run) || unlisted)) return -1;
    int32_t person = latest_person_opening_with(r, run->first, gender, 0, run->first);
    /* of such a word only a person whom a title, a role or a gender tells
     * one: "Fox" after a "Fox Right" of neither names no one of them */
    const quoth_speaker *sp = person >= 0 ? &r->t->s[person] : NULL;
    return sp && unlisted && !sp->gender && sp->role == UINT32_MAX ? -1 : person;
}

/* Whether a person's last word opens with "al-" or "el-": asked once, so
 * that documents without one never walk back for
 * person_by_surname_without_article(). */
static int has_article_surname_people(const quoth_speaker_table *st) {
    for (size_t k = 0; k < st->n; k++) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind != QUOTH_KIND_PERSON || sp->name_words < 2) continue;
        const char *space = strrchr(st->arena + sp->name, ' ');
        if (space && ((space[1] | 0x20) == 'a' || (space[1] | 0x20) == 'e') && (space[2] | 0x20) == 'l' &&
            space[3] == '-')
            return 1;
    }
    return 0;
}

/* "Mansour" after "Khalid al-Mansour": an Arabic surname's article and
 * hyphen ("al-", "el-", in any case) left out of a later mention (it had
 * been a person of its own). The latest person of two words or more whose
 * last word is the run's one word after such an article, of a gender
 * that fits; -1 when none. */
static int32_t person_by_surname_without_article(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    const quoth_token *t = &r->p.t[run->first];
    const char *w = r->text + t->start;
    size_t m = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 2, gender)) continue;
        const char *space = strrchr(st->arena + sp->name, ' '); /* none in "Bin-Salman" of two words */
        if (!space) continue;
        const char *last = space + 1;
        if (((last[0] | 0x20) == 'a' || (last[0] | 0x20) == 'e') && (last[1] | 0x20) == 'l' && last[2] == '-' &&
            strlen(last + 3) == m && strncasecmp(last + 3, w, m) == 0) /* "al-", "el-" */
            return (int32_t)k;
    }
    return -1;
}

/* Whether `acronym` (n capitals) is the initials of the capitalized
 * words of `name`, its first word left out or not ("Federal Maritime
 * Commission" is the FMC, "Intergovernmental Panel on Climate Change" the
 * IPCC, "U.S. Food and Drug Administration" the FDA). */
static int initials_of(const char *name, const char *acronym, size_t n) {
    char initials[16];
    size_t k = 0, first_end = 0;
    for (const char *w = name; *w && k < sizeof initials;) {
        if (*w >= 'A' && *w <= 'Z') initials[k++] = *w;
        while (*w && *w != ' ') w++;
        while (*w == ' ') w++;
        if (!first_end) first_end = k;
    }
    return (k == n && memcmp(initials, acronym, n) == 0) ||
           (k == n + first_end && first_end == 1 && memcmp(initials + 1, acronym, n) == 0);
}

/* "The FMC" after "The Federal Maritime Commission (FMC)": a word of two
 * to six capitals is the organization of several words, named in the
 * document, whose initials it is (it had been a speaker of its own, and
 * the body's later statements apart from its first). The latest such;
 * -1 when none. */
static int32_t organization_by_initials(const quoth_resolver *r, const quoth_name_run *run) {
    const quoth_token *t = &r->p.t[run->first];
    size_t n = t->end - t->start;
    if (run->end != run->first + 1 || n < 2 || n > 6 || !quoth_all_capitals(&r->p, run->first, 2)) return -1;
    const char *acronym = r->text + t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (sp->kind == QUOTH_KIND_ORGANIZATION && sp->name_words >= 2 &&
            initials_of(st->arena + sp->name, acronym, n))
            return (int32_t)k;
    }
    return -1;
}

/* "Halvorsen" after "Halvorsen Foods", "Skyward" after "Skyward Airlines
 * Holdings Inc.": a company named before by its first word, whose name
 * ends with a company's word ("Foods", "Airlines", "Inc."): the latest
 * such, -1 when none. Not a foundation's or a committee's first word,
 * which is as often a person's ("Clinton" after "the Clinton
 * Foundation"). Each had been a person of that name. */
/* Whether a body's name may be named again by its first word: it ends
 * with a company's word ("Foods", "Inc."), or with another of a body that
 * is seldom a person's ("Veyra Health", "Fairhaven Institute", the
 * nineteenth audit's; each had been a person of that name), not with a
 * foundation's, a committee's or a campaign's, which as often carry a
 * person's name. */
static int named_by_first_word(const quoth_resolver *r, const quoth_speaker *sp) {
    static const char *const PEOPLES[] = {"foundation", "committee", "campaign", "center", "centre", "library",
                                          "school", "award", "prize", "fund", "trust", "memorial"};
    if (sp->kind != QUOTH_KIND_ORGANIZATION || sp->name_words < 2) return 0;
    if (quoth_name_word_classes(r->names, sp->surname) & NAME_ORG_HEAD) return 1;
    if (sp->place) return 0; /* "at Cortexa Labs" marks a place, but its "Labs" a company */
    const char *name = r->t->arena + sp->name, *last = strrchr(name, ' ');
    if (!last) return 0;
    last++;
    for (size_t i = 0; i < sizeof PEOPLES / sizeof *PEOPLES; i++)
        if (strcasecmp(last, PEOPLES[i]) == 0) return 0;
    return 1;
}

static int32_t company_by_first_word(const quoth_resolver *r, const quoth_name_run *run) {
    size_t after_state;
    /* not a word of bodies, places or parties, nor another that opens many
     * names ("Senate", "House", "State", "Republican", "Air") */
    static const char *const OPENERS[] = {"republican", "democrat", "democratic", "conservative", "labour",
                                          "liberal", "green", "socialist", "gulf", "air", "federal", "central"};
    if (run->end != run->first + 1 || (r->p.t[run->first].flags & TOK_ALL_CAPS) || given_name(r, run->first) ||
        (r->p.t[run->first].lex & (LEX_ORG_WORD | LEX_TITLE)) ||
        (quoth_name_classes_at(r, run->first) & (NAME_PLACE | NAME_BODY | NAME_ORG_HEAD)) ||
        quoth_run_is_place(r, run) || quoth_word_in(&r->p, run->first, OPENERS, sizeof OPENERS / sizeof *OPENERS) ||
        quoth_state_named_at(&r->p, run->first, run->end, &after_state))
        return -1;
    const quoth_speaker_table *st = r->t;
    size_t k = st->n, seen = 0;
    for (int32_t s; (s = previous_opening_with(r, run->first, &k, &seen)) >= 0;)
        if (named_by_first_word(r, &st->s[s])) return s;
    return -1;
}

/* Whether the document names a body that company_by_first_word() may
 * find: asked once, so that documents without one never walk back. */
static int has_company_names(const quoth_resolver *r) {
    for (size_t k = 0; k < r->t->n; k++)
        if (named_by_first_word(r, &r->t->s[k])) return 1;
    return 0;
}

/* How many runs back salient_namesake() looks for the people of a surname,
 * and how many of them it tells apart. */
#define NAMESAKE_SCAN_MAX 256
#define NAMESAKES_MAX 8

/* "Lindiwe Dube, 19, died ... Her mother, Nomsa Dube, said ... Mrs Dube
 * said": of the people of one surname of the honorific's gender, the one
 * named most often in the last NAMESAKE_SCAN_MAX runs before run k (a
 * mention as a source counts twice), and of those named as often the
 * latest (the first named had been taken, the daughter who died). Most often first: "Mr. Cruz" of an article about Ted
 * Cruz that quotes his father once is still Ted Cruz, and "Mr. Bush" of
 * one about Jeb Bush is not his brother named last. `found` is the first
 * that fits, kept when no other is named. */
static int32_t salient_namesake(const quoth_resolver *r, size_t k, uint64_t surname, int gender, int32_t found) {
    const quoth_speaker_table *t = r->t;
    int32_t who[NAMESAKES_MAX];
    uint32_t count[NAMESAKES_MAX];
    size_t n = 0, best = NAMESAKES_MAX;
    for (size_t j = k, seen = 0; j-- > 0 && seen < NAMESAKE_SCAN_MAX; seen++) {
        int32_t s = t->runs[j].speaker;
        /* of a known gender: "Mr. Khan" is not Ghazala Khan, whose
         * gender no list tells */
        if (s < 0 || t->s[s].surname != surname || t->s[s].kind != QUOTH_KIND_PERSON || t->s[s].gender != gender)
            continue;
        size_t c = 0;
        while (c < n && who[c] != s) c++;
        if (c == n) {
            if (n == NAMESAKES_MAX) continue;
            who[n] = s;
            count[n++] = 0;
        }
        /* a mention the tagger read as a source counts twice: "Mrs Dube
         * said" is the Dube who speaks, more than one named twice */
        uint8_t label = r->p.t[t->runs[j].first].label;
        count[c] += label == AL_B_SOURCE || label == AL_I_SOURCE ? 2 : 1;
        /* met latest first: a later one wins only by more mentions */
        if (best == NAMESAKES_MAX || count[c] > count[best]) best = c;
    }
    return best < n ? who[best] : found;
}

/* One-word names: a surname of a full name, a near miss of one, or a
 * speaker of their own. */
/* Whether the byte before `at` in `name` closes a quotation mark that
 * opens a nickname: ASCII or curly, double or single. */
static int nickname_mark_before(const char *name, const char *at) {
    if (at == name) return 0;
    if (at[-1] == '"' || at[-1] == '\'') return 1;
    /* U+201C and U+2018 end with the bytes 0x9C and 0x98 */
    return at - name >= 3 && (unsigned char)at[-3] == 0xE2 && (unsigned char)at[-2] == 0x80 &&
           ((unsigned char)at[-1] == 0x9C || (unsigned char)at[-1] == 0x98);
}

/* The person among the latest speakers whose name holds the run's one
 * word as a nickname in quotation marks ("Tank said" after Bill "Tank"
 * Morrison, the fourteenth audit's, had been a speaker of its own), of a
 * gender that fits; -1 when none. */
static int32_t nickname_alone_holder(const quoth_resolver *r, const quoth_name_run *run, int gender) {
    if (run->end != run->first + 1) return -1;
    const quoth_token *t = &r->p.t[run->first];
    const char *word = r->text + t->start;
    size_t n = t->end - t->start;
    const quoth_speaker_table *st = r->t;
    for (size_t k = st->n, seen = 0; k-- > 0 && seen++ < PATERNAL_SCAN_MAX;) {
        const quoth_speaker *sp = &st->s[k];
        if (!person_fits(sp, 3, gender)) continue;
        const char *name = st->arena + sp->name;
        for (const char *at = strchr(name, word[0]); at; at = strchr(at + 1, word[0]))
            if (strncmp(at, word, n) == 0 && nickname_mark_before(name, at) &&
                (at[n] == '"' || at[n] == '\'' || (unsigned char)at[n] == 0xE2))
                return (int32_t)k;
    }
    return -1;
}

/* Whether a one-word run whose own words call it no body (the entity
 * tagger's guess, "Last month Furrowlight announced") is still the
 * one-word body `body` of that word, introduced as one beside a body's
 * noun ("Furrowlight, the start-up ..."; it had been a person of its own,
 * and "the company" had found the body, not "Furrowlight"): nothing makes
 * it a person, no honorific, title or given name before it, and no person
 * bears the word as a surname. A body only the entity tagger made one
 * ("the Trump campaign") is no such introduction. */
static int employer_after_title(const quoth_resolver *r, const quoth_name_run *run);

static int bare_mention_of_body(const quoth_resolver *r, const quoth_name_run *run, int gender,
                                const quoth_speaker *body) {
    const quoth_speaker_table *t = r->t;
    quoth_name_run introduced = {.first = body->first_token, .end = body->first_token + 1};
    if (run->end != run->first + 1 || gender || given_name(r, run->first) ||
        (run->first > 0 && (r->p.t[run->first - 1].lex & (LEX_TITLE | LEX_HONORIFIC))) ||
        !(apposed_to_body(r, &introduced) || after_body_noun_comma(r, &introduced) ||
          employer_after_title(r, &introduced)))
        return 0;
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, body->surname)]; s != NO_SPEAKER && walked < QUOTH_SURNAME_WALK_MAX;
         s = t->next[s]) {
        if (t->s[s].surname != body->surname) continue;
        walked++;
        if (t->s[s].kind == QUOTH_KIND_PERSON) return 0;
    }
    return 1;
}

/* What the document holds that some searches for a one-word name's
 * speaker need, asked once: the searches run only then. */
typedef struct single_name_searches {
    int two_surnames, family_first, companies, article_surnames;
} single_name_searches;

/* The speaker of run k that a name beside it or before it says: a couple's
 * or a family's shared surname, an alias, a knight's given name. Leaves
 * run->speaker negative when none does. 0 or QUOTH_ERR_NOMEM. */
static int speaker_of_related_name(quoth_resolver *r, size_t k) {
    quoth_speaker_table *t = r->t;
    quoth_name_run *run = &t->runs[k];
    uint32_t shared = k + 1 < t->n_runs ? shared_surname_person(r, run, &t->runs[k + 1]) : NO_SPEAKER;
    if (shared != NO_SPEAKER) {
        run->speaker = (int32_t)shared;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    uint32_t family = relative_surname(r, run);
    if (family) {
        int rc = new_family_speaker(r, run, family, &run->speaker);
        if (rc) return rc;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if (k + 1 < t->n_runs && couple_first_name(r, run, &t->runs[k + 1])) {
        int rc = new_couple_speaker(r, run, &t->runs[k + 1], &run->speaker);
        if (rc) return rc;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    /* an alias of one word ("Patrick Dunleavy, known as Knuckles,"), as
     * of several (group_full_name()): it had been a person of its own */
    uint32_t alias = alias_holder(r, run);
    if (alias != NO_SPEAKER) r->aliases = 1;
    else if (r->aliases) alias = alias_repeated(r, run);
    if (alias != NO_SPEAKER) {
        run->speaker = (int32_t)alias;
        run->how = QUOTH_RESOLVED_NAME;
        return 0;
    }
    if ((run->speaker = knighted_person(r, run)) >= 0) {
        run->how = QUOTH_RESOLVED_SURNAME;
        learn_gender(r, run);
    }
    return 0;
}

/* The speaker of run k among those of its word as a surname, of a gender
 * that fits: a person, or an organization of that word. */
static void speaker_by_surname(quoth_resolver *r, size_t k, int gender) {
    quoth_speaker_table *t = r->t;
    quoth_name_run *run = &t->runs[k];
    uint64_t h = lower_hash(r, run->first);
    int kind = -1; /* the run's own, made only when an organization shares its word */
    int bare = -1; /* bare_mention_of_body(), likewise */
    size_t walked = 0;
    for (uint32_t s = t->head[quoth_surname_bucket(t, h)];
         s != NO_SPEAKER && run->speaker < 0 && walked < QUOTH_SURNAME_WALK_MAX; s = t->next[s]) {
        if (t->s[s].surname != h) continue;
        walked++;
        /* an organization of one word is that word again when it is
         * one again ("Iowa", "Democrats"): without this each mention
         * made one more speaker in this bucket, and a long document's
         * lookups grew with the square of its mentions */
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && kind < 0) kind = kind_of(r, run);
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION && t->s[s].name_words == 1 && kind != QUOTH_KIND_ORGANIZATION &&
            bare < 0)
            bare = bare_mention_of_body(r, run, gender, &t->s[s]);
        if (t->s[s].kind == QUOTH_KIND_ORGANIZATION
                ? (t->s[s].name_words == 1 || newspaper_short_name(r, run)) &&
                      (kind == QUOTH_KIND_ORGANIZATION || (t->s[s].name_words == 1 && bare == 1) ||
                       /* "the Ledger" after "The Northern Ledger", whatever its own
                        * words make of it (it had been a person; the eighteenth audit's) */
                       (t->s[s].name_words >= 2 && newspaper_short_name(r, run)))
                : gender_fits(t->s[s].gender, gender)) {
            run->speaker = (int32_t)s;
            run->how = t->s[s].kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
                       : t->s[s].name_words >= 2               ? QUOTH_RESOLVED_SURNAME
                                                               : QUOTH_RESOLVED_NAME;
        }
    }
    if (run->speaker >= 0 && gender && t->s[run->speaker].kind == QUOTH_KIND_PERSON)
        run->speaker = salient_namesake(r, k, h, gender, run->speaker);
    /* "Hackers stole data, Telvara admits ... Telecoms operator
     * Telvara said": a one-word name first met with nothing to tell
     * its kind, then beside a body's noun, is that body */
    if (run->speaker >= 0 && t->s[run->speaker].kind == QUOTH_KIND_PERSON && t->s[run->speaker].name_words == 1 &&
        !t->s[run->speaker].gender && (apposed_to_body(r, run) || after_body_noun_comma(r, run))) {
        t->s[run->speaker].kind = QUOTH_KIND_ORGANIZATION;
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    }
}

/* The speaker of a run its surname found none for: a person by a
 * surname of two, family name first, by a given name, without an article;
 * an organization by initials or by its first word; a nickname's holder; a
 * near miss of a name. */
static void speaker_by_other_clues(quoth_resolver *r, quoth_name_run *run, int gender, const single_name_searches *d) {
    if (run->speaker < 0 && d->two_surnames && (run->speaker = paternal_surname_person(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && d->family_first && run->end == run->first + 1 &&
        (run->speaker = quoth_family_name_first_person(r, run->first, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && (run->speaker = person_by_given_name(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && d->article_surnames &&
        (run->speaker = person_by_surname_without_article(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_SURNAME;
    if (run->speaker < 0 && !known_org_of(r, run) && (run->speaker = organization_by_initials(r, run)) >= 0)
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && d->companies && (run->speaker = company_by_first_word(r, run)) >= 0)
        run->how = QUOTH_RESOLVED_ORGANIZATION;
    if (run->speaker < 0 && r->nicknames && (run->speaker = nickname_alone_holder(r, run, gender)) >= 0)
        run->how = QUOTH_RESOLVED_NAME;
    if (run->speaker < 0 && (run->speaker = near_miss(r, run->first, gender)) >= 0) {
        run->how = QUOTH_RESOLVED_SPELLING;
        if (!may_be_misspelt(r, run)) run->speaker = -1; /* asked only of the few near misses */
    }
}

int quoth_group_single_names(quoth_resolver *r) {
    quoth_speaker_table *t = r->t;
    single_name_searches d = {.two_surnames = has_two_surname_people(t),
                              .family_first = has_family_name_first_people(t),
                              .companies = has_company_names(r),
                              .article_surnames = has_article_surname_people(t)};
    for (size_t k = 0; k < t->n_runs; k++) {
        quoth_name_run *run = &t->runs[k];
        if (run->speaker >= 0) continue;
        int rc = speaker_of_related_name(r, k);
        if (rc) return rc;
        if (run->speaker >= 0) continue;
        int gender = honorific_gender(r, run);
        speaker_by_surname(r, k, gender);
        speaker_by_other_clues(r, run, gender, &d);
        if (run->speaker < 0) {
            rc = quoth_new_speaker(r, run, kind_of(r, run), &run->speaker);
            if (rc) return rc;
            run->how = t->s[run->speaker].kind == QUOTH_KIND_ORGANIZATION ? QUOTH_RESOLVED_ORGANIZATION
                                                                          : QUOTH_RESOLVED_NAME;
        }
        learn_gender(r, run);
    }
    return 0;
}


/* The person that opens the sentence at `first` as its subject, a name
 * run that starts there, or -1. */
static int32_t person_opening(const quoth_resolver *r, size_t first) {
    size_t k = quoth_first_run_ending_after(r->t, first);
    if (k >= r->t->n_runs || r->t->runs[k].lead != first || r->t->runs[k].speaker < 0) return -1;
    int32_t s = r->t->runs[k].speaker;
    return r->t->s[s].kind == QUOTH_KIND_PERSON ? s : -1;
}

/* The subject of a sentence opened at `first` that "is" or "was" a role
 * follows: a person's name, or "He" or "She" for the person who opened
 * the sentence before and fits it; -1 otherwise. *verb is set to the
 * verb. */
static int32_t copula_subject(const quoth_resolver *r, size_t first, size_t *verb) {
    const quoth_token *t = r->p.t;
    int32_t s = person_opening(r, first);
    if (s >= 0) {
        size_t k = quoth_first_run_ending_after(r->t, first);
        *verb = r->t->runs[k].end;
        return s;
    }
    int he = quoth_word_is(&r->p, first, "he"), she = quoth_word_is(&r->p, first, "she");
    if ((!he && !she) || first == 0 || t[first].quote_depth) return -1;
    *verb = first + 1;
    s = person_opening(r, quoth_sentence_first(&r->p, first - 1));
    if (s < 0 || (he && r->t->s[s].gender == 2) || (she && r->t->s[s].gender == 1)) return -1;
    return s;
}

int quoth_roles_from_copulas(quoth_resolver *r) {
    const quoth_phrases *p = &r->p;
    const quoth_token_list *tl = p->tl;
    for (size_t n = 0; n < tl->n_sent; n++) {
        size_t first = tl->sent[n].first, end = first + tl->sent[n].count, verb;
        if (end - first < 5 || r->p.t[first].quote_depth) continue;
        int32_t s = copula_subject(r, first, &verb);
        if (s < 0 || r->t->s[s].role != UINT32_MAX || verb + 2 >= end ||
            !(quoth_word_is(p, verb, "is") || quoth_word_is(p, verb, "was")) ||
            !(quoth_word_is(p, verb + 1, "the") || quoth_word_is(p, verb + 1, "a") || quoth_word_is(p, verb + 1, "an")))
            continue;
        /* the role's words, to the sentence's end: "the prosecution's
         * central witness." */
        size_t stop = end;
        while (stop > verb + 2 && (r->p.t[stop - 1].flags & TOK_PUNCT)) stop--;
        size_t head = stop - 1;
        if (stop - (verb + 2) > 6 || (r->p.t[head].flags & TOK_CAPITALIZED) || quoth_coarse(p, head) != CT_NOUN ||
            !((r->p.t[head].lex & LEX_TITLE) || (quoth_name_classes_at(r, head) & (NAME_ROLE | NAME_PERSON_NOUN))))
            continue;
        int plain = 1; /* nouns, adjectives and possessives only */
        for (size_t i = verb + 2; i < stop && plain; i++) {
            int c = quoth_coarse(p, i);
            plain = c == CT_NOUN || c == CT_ADJ || c == CT_PROPN || quoth_possessive(p, i);
        }
        if (!plain) continue;
        quoth_speaker *sp = &r->t->s[s];
        int rc = add_string(r, r->p.t[verb + 2].start, r->p.t[head].end, &sp->role);
        if (rc) return rc;
        if (!sp->gender) sp->gender = (uint8_t)quoth_gender_of_role(quoth_speaker_string(r->t, sp->role));
    }
    return 0;
}
