/*
 * name_tokens.c - what one token is to a name: whether a capitalized word
 * is a name's word (quoth_capitalized_name_token(), asked once a token and
 * memoized), a given name of the lists (read past its accents or hyphen),
 * a word of nationality or a social network's handle; and the sorted
 * lists of words they look up. name_runs.c asks them as it finds the runs
 * of names; the tests asked of every token are inline in name_runs.h.
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

/* speaker_name_token() (name_runs.h) for speakers.c and engine.c. */
int quoth_speaker_name_token(const quoth_token *t) { return speaker_name_token(t); }

/* The ASCII letter a Latin-1 letter with an accent folds to, the byte
 * after 0xC3 in UTF-8 ("é" is C3 A9), or 0 for any other. */
static char unaccented(unsigned char b) {
    static const char FOLD[] = "aaaaaa_ceeeeiiii_nooooo__uuuuy__aaaaaa_ceeeeiiii_nooooo__uuuuy_y";
    _Static_assert(sizeof FOLD == 65, "one letter for each byte 0x80-0xBF");
    char c = b >= 0x80 && b < 0xC0 ? FOLD[b - 0x80] : 0;
    return c == '_' ? 0 : c;
}

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

/* The quoth_hash_lower() of a word with its accents taken off ("Rubén",
 * "António" as "ruben", "antonio"), or 0 when it holds none or a letter
 * that does not fold. */
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

/* Whether the UTF-8 at s opens with a capital of Latin-1 ("È" of
 * "Marie-Ève", whose second part the test below had read as no capital;
 * the eighty-third audit's had been "Després-Lavoie"). */
static int latin1_capital(const char *s, const char *end) {
    const unsigned char *u = (const unsigned char *)s;
    return s + 1 < end && u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97;
}

/* The gender classes (NAME_MAN, NAME_WOMAN, both for either) of the given
 * name at i: of the word, or of a hyphenated one's first part when the
 * list lacks the whole ("Marie-Claire", "Mei-Ling"). That part has three
 * letters at least and the part after it a capital: "Al-Qaeda" and
 * "Anti-Trump" are no one's names, "Ji-woo" is left to the list. A word
 * with accents the list lacks is read without them ("Rubén"). */
uint32_t quoth_given_name_classes(const quoth_resolver *r, size_t i) {
    uint32_t classes = quoth_name_classes_at(r, i) & (NAME_MAN | NAME_WOMAN);
    const quoth_token *t = &r->p.t[i];
    if (classes || !(t->flags & TOK_CAPITALIZED)) return classes;
    if (holds_accent(r->text + t->start, t->end - t->start)) {
        uint64_t h = unaccented_hash(r->text + t->start, t->end - t->start);
        if (h && (classes = quoth_name_word_classes(r->names, h) & (NAME_MAN | NAME_WOMAN))) return classes;
    }
    const char *w = r->text + t->start, *end = r->text + t->end, *hyphen = memchr(w, '-', t->end - t->start);
    if (!hyphen || hyphen - w < 3 || hyphen + 1 >= end || !((hyphen[1] >= 'A' && hyphen[1] <= 'Z') ||
                                                             latin1_capital(hyphen + 1, end)))
        return 0;
    return quoth_name_word_classes(r->names, quoth_hash_lower(w, (size_t)(hyphen - w))) & (NAME_MAN | NAME_WOMAN);
}

int quoth_token_memo_reset(quoth_speaker_table *t, size_t n_tokens) {
    /* one byte more, cleared too: the buffer outlives documents, and a test
     * that looked one past the last token would otherwise meet the answer
     * of a longer document's token there */
    if (QUOTH_RESERVE(t->token_memo, t->token_memo_cap, n_tokens + 1, 1024)) return QUOTH_ERR_NOMEM;
    memset(t->token_memo, 0, n_tokens + 1);
    return 0;
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
        !(t[1].flags & (TOK_CAPITALIZED | TOK_QUOTE_OPEN)) || t[1].sentence != t->sentence || !given_name(r, i) ||
        (quoth_name_classes_at(r, i) & (NAME_MONTH | NAME_DATE)))
        return 0;
    /* or a nickname in quotation marks before the surname: "Dave “Digger”
     * Hollins said", "Dave" read as a verb (the forty-ninth audit's had
     * been "Hollins") */
    if (!(t[1].flags & TOK_CAPITALIZED)) return (t[1].flags & TOK_QUOTE_OPEN) && quoth_nickname_at(r, i + 1) > 0;
    /* and before a name with letters beyond ASCII, whatever its own tag:
     * "Luc Bérubé-Santos, president of ..." ("Luc" read as an adjective;
     * the forty-sixth audit's had been "Bérubé-Santos") */
    /* nor an adjective of belonging ("Christian Democrats"), though a
     * given name the tagger never saw may be read as one ("Jagdish Desai,
     * a former director ..., accused": the eighty-ninth audit's had been
     * "Desai") */
    if (t->flags & TOK_SENT_START)
        return ((t[1].coarse == CT_PROPN && (t->coarse != CT_ADJ || !(quoth_nationality_noun(&r->p, i) ||
                                                                       quoth_word_is(&r->p, i, "christian")))) ||
                (t[1].accented && speaker_name_token(&t[1]))) &&
               !(t[1].lex & (LEX_TITLE | LEX_HONORIFIC));
    return 1;
}

static int family_name_he(const quoth_resolver *r, size_t i);

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
        ((prev->lex & LEX_HONORIFIC) || (given_name(r, i - 1) && !quoth_month_after_preposition(r, i - 1))))
        return 1;
    /* "Maya D. Song": past a middle initial */
    if (i >= 2 && initial(r, i - 1) && given_name_before_name(r, i - 2)) return 1;
    /* "Marcela Ibáñez Fuentes": a second surname, "Fuentes" tagged a plural
     * noun (the eighteenth audit's; the name had ended at "Ibáñez") */
    if (i >= 2 && t->coarse == CT_NOUN && (prev->flags & TOK_CAPITALIZED) && speaker_name_token(prev) &&
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
int quoth_no_small_letter(const quoth_resolver *r, size_t i) {
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
int quoth_capitals_among_small_letters(const quoth_resolver *r, size_t i) {
    static const char *const COMMON[] = {"PAC", "PACs", "EDT", "EST"};
    const quoth_token *t = &r->p.t[i];
    if ((t->flags & (TOK_ALL_CAPS | TOK_SENT_START)) != TOK_ALL_CAPS || t->coarse != CT_NOUN || t->norm_len < 3 ||
        (t->lex & LEX_TITLE) || i == 0 || i + 1 >= r->p.n || ((t[-1].flags & TOK_ALPHA) && quoth_no_small_letter(r, i - 1)) ||
        ((t[1].flags & TOK_ALPHA) && quoth_no_small_letter(r, i + 1)) || quoth_punct_is(&r->p, i + 1, ":") ||
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

/* A capitalized word before a surname's particles is the name's first
 * word, whatever its tag: "Majed bin Khalifa", whose "Majed" the tagger
 * read as a participle. */
int quoth_before_particles(const quoth_resolver *r, size_t i) {
    return i + 1 < r->p.n && (r->p.t[i].flags & TOK_ALPHA) && !(r->p.t[i].lex & (LEX_TITLE | LEX_HONORIFIC)) &&
           quoth_particles_at(r, i + 1) > 0;
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
           !quoth_headline_sentence(r, t[i].sentence);
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

/* Whether token i is a romanized given name of two syllables joined by a
 * hyphen, the second in small letters: "Chien-ming", "Siu-fong",
 * "Sang-chul" (ASCII letters, each syllable of two to six). */
static int joined_syllables(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start, h = 1;
    if (n < 5 || n > 13 || w[0] < 'A' || w[0] > 'Z') return 0;
    while (h < n && w[h] >= 'a' && w[h] <= 'z') h++;
    if (h < 2 || h > 6 || h + 3 > n || w[h] != '-' || n - h - 1 > 6) return 0;
    for (size_t k = h + 1; k < n; k++)
        if (w[k] < 'a' || w[k] > 'z') return 0;
    return 1;
}

/* Whether token i, before a given name of joined syllables, is a family
 * name that is also an English word ("Song Bok-nam", "He Jian-guo"), which
 * the list leaves out: a short capitalized word inside its sentence,
 * where English writes such words in small letters (the forty-first
 * audit's "Song" had been cut from the name). */
static int family_name_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_SENT_START | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           t->norm_len >= 2 && t->norm_len <= 4 && !(t->lex & (LEX_FUNCTION | LEX_DETERMINER | LEX_TITLE | LEX_HONORIFIC));
}

/* "Huang Chien-ming", "Ng Siu-fong", "Raymond Tse Kwok-leung": a given name
 * of joined syllables (the tagger reads it as an adjective) after a name,
 * and a family name of the list before one (the tagger reads "Ng" as a
 * common noun), in one sentence (the thirty-fourth audit's had been
 * "Huang" and "Siu-fong"). */
static int east_asian_given_name(const quoth_resolver *r, size_t i) {
    /* the syllables' shape first: most capitalized words have no hyphen,
     * and the family names are found by halving */
    const quoth_token *t = r->p.t;
    if (joined_syllables(r, i))
        return i > 0 && t[i - 1].sentence == t[i].sentence && (t[i - 1].flags & TOK_CAPITALIZED) &&
               (speaker_name_token(&t[i - 1]) || family_name_word(r, i - 1) ||
                quoth_east_asian_family_name(r->text + t[i - 1].start, t[i - 1].end - t[i - 1].start));
    return i + 1 < r->p.n && t[i + 1].sentence == t[i].sentence && (t[i + 1].flags & TOK_CAPITALIZED) &&
           joined_syllables(r, i + 1) &&
           (family_name_word(r, i) || quoth_east_asian_family_name(r->text + t[i].start, t[i].end - t[i].start));
}

/* "Greyling & Stowe said": a capitalized word that an ampersand joins to
 * a name is a name's, whatever the tagger read it as at the sentence's
 * start ("Greyling", VBG; the firm had been "Stowe" alone, the
 * thirty-seventh audit's). Not a function word ("The", "And"). */
static int before_ampersand(const quoth_resolver *r, size_t i) {
    const quoth_token *t = r->p.t;
    return i + 2 < r->p.n && quoth_punct_is(&r->p, i + 1, "&") && t[i + 2].sentence == t[i].sentence &&
           (t[i].flags & (TOK_CAPITALIZED | TOK_ALPHA)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           (t[i + 2].flags & TOK_CAPITALIZED) && !(t[i].lex & (LEX_FUNCTION | LEX_CUE | LEX_PRONOUN | LEX_DETERMINER));
}

/* "Bai Sama Kanu IV": a generation's or a reign's numeral after a name
 * is the name's, though the tagger reads it as a number (CD; the
 * forty-third audit's paramount chief had lost it). */
static int numeral_after_name(const quoth_resolver *r, size_t i) {
    static const char *const NUMERALS[] = {"II", "III", "IV", "VI", "VII", "VIII"};
    const quoth_token *t = r->p.t;
    if (i == 0 || t[i].norm_len > 4 || t[i - 1].sentence != t[i].sentence || !speaker_name_token(&t[i - 1])) return 0;
    const char *w = quoth_token_norm(r->p.tl, i);
    for (size_t k = 0; k < sizeof NUMERALS / sizeof *NUMERALS; k++)
        if (strcmp(w, NUMERALS[k]) == 0) return 1;
    return 0;
}

/* "Đặng Văn Lực, 58, said": a capitalized word whose first letter lies
 * beyond ASCII, before a name's word, is a name's too whatever its tag
 * (English opens no sentence with such a word; the forty-ninth audit's
 * Vietnamese family name, read as an adjective, had been left out). */
static int accented_before_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    if (!t->accented || (unsigned char)r->text[t->start] < 0x80 || i + 1 >= r->p.n || t[1].sentence != t->sentence ||
        !(t[1].flags & TOK_CAPITALIZED) || (t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_FUNCTION)))
        return 0;
    return speaker_name_token(&t[1]) && !(t[1].lex & (LEX_TITLE | LEX_HONORIFIC));
}

/* "Ling Sophea", "said Cing Sian Hoih": a capitalized word of four
 * letters in "-ing" is no participle (English has none that short) but a
 * name's, before another capitalized word; the tagger read it as a verb
 * and the name had lost it (the fiftieth audit's Cambodian and Chin
 * names). */
static int short_ing_name(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    if (t->norm_len != 4 || t->coarse != CT_VERB || !quoth_ends_with(&r->p, i, "ing") || i + 1 >= r->p.n ||
        t[1].sentence != t->sentence || !(t[1].flags & TOK_CAPITALIZED))
        return 0;
    return (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA);
}

/* A capitalized word of letters, not in capitals, that is no function
 * word, cue or date: one that may open a name whatever the tagger read it
 * as, when what follows tells it (below). */
static int plain_capitalized_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           !(t->lex & (LEX_FUNCTION | LEX_CUE)) && !date_word(r, i);
}

/* "Torres Strait Island Regional Council said", "Torres" read as a
 * plural noun: a capitalized word before a capitalized head of a place's
 * name opens the name (it had been "Strait Island Regional Council"; the
 * hundred-and-third audit's). */
static int before_place_head(const quoth_resolver *r, size_t i) {
    static const char *const HEADS[] = {"strait", "straits", "island", "islands", "peninsula", "bay"};
    const quoth_token *t = &r->p.t[i];
    if (i + 1 >= r->p.n || t[1].sentence != t->sentence || !(t[1].flags & TOK_CAPITALIZED) ||
        !plain_capitalized_word(r, i))
        return 0;
    return quoth_word_in(&r->p, i + 1, HEADS, sizeof HEADS / sizeof *HEADS);
}

/* "Alcibiades "Chichi" Pérez, 29, said", "Alcibiades" read as a plural
 * noun: a capitalized word before a nickname in quotation marks opens
 * the name (it had been "Pérez"; the hundred-and-fourth audit's). */
static int before_nickname_marks(const quoth_resolver *r, size_t i) {
    if (i + 1 >= r->p.n || !(r->p.t[i + 1].flags & TOK_QUOTE_OPEN) || !plain_capitalized_word(r, i)) return 0;
    return quoth_nickname_at(r, i + 1) != 0;
}

/* "Ayed al-Ghazawi said", "Ayed" read as a participle: a capitalized
 * word before a surname with the Arabic article opens the name (it had
 * been "al-Ghazawi", a body; the fifty-third audit's Jordan). */
static int before_arabic_article(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_CAPITALIZED | TOK_ALPHA | TOK_ALL_CAPS)) == (TOK_CAPITALIZED | TOK_ALPHA) &&
           !(t->lex & (LEX_TITLE | LEX_HONORIFIC | LEX_FUNCTION | LEX_DETERMINER | LEX_PRONOUN | LEX_CUE)) &&
           i + 1 < r->p.n && t[1].sentence == t->sentence && quoth_arabic_article_word(r, i + 1);
}

/* "Colonel Do Manh Cuong": a Vietnamese family name that the tagger
 * read as a verb, before two more capitalized words of its sentence,
 * opens a name (it had been "Manh Cuong"; the fifty-fourth audit's). */
static int vietnamese_family_before_names(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return i + 2 < r->p.n && (t[1].flags & t[2].flags & TOK_CAPITALIZED) && t[2].sentence == t->sentence &&
           (quoth_name_classes_at(r, i) & NAME_VIET_FAMILY) && !(t[1].lex & (LEX_FUNCTION | LEX_PRONOUN));
}

static int name_word_unmemoized(const quoth_resolver *r, size_t i) {
    /* "The Nicosia daily Chronos": a newspaper's noun that the tagger read
     * as a proper noun names no one (the sixty-third audit's had been one
     * name of the three words) */
    if (r->p.t[i].coarse == CT_PROPN && quoth_newspaper_noun(&r->p, i)) return 0;
    if (!may_open_name(&r->p.t[i]))
        return r->p.t[i].inner_capital && (inner_capital(r, i) || quoth_arabic_article_word(r, i)); /* "kestrelPay" */
    if (speaker_name_token(&r->p.t[i]))
        return !date_word(r, i) && !small_role_word(r, i) && !number_sign(r, i) && !party_and_state(r, i);
    return after_given_name(r, i) || given_name_before_name(r, i) || quoth_capitals_among_small_letters(r, i) ||
           quoth_before_particles(r, i) || family_name_he(r, i) || inner_capital(r, i) || east_asian_given_name(r, i) ||
           before_ampersand(r, i) || numeral_after_name(r, i) || accented_before_name(r, i) || short_ing_name(r, i) ||
           before_arabic_article(r, i) || vietnamese_family_before_names(r, i) || before_place_head(r, i) ||
           before_nickname_marks(r, i);
}

__attribute__((noinline)) int quoth_capitalized_name_token(const quoth_resolver *r, size_t i) {
    uint8_t *memo = &r->t->token_memo[i];
    if (!(*memo & MEMO_NAME_ASKED)) *memo |= MEMO_NAME_ASKED | (name_word_unmemoized(r, i) ? MEMO_NAME : 0);
    return (*memo & MEMO_NAME) != 0;
}

/* "British Airways said", "Scottish Water said": a word of nationality
 * that opens a sentence (whose capital the sentence explains, so the
 * tests above pass it by) before a name with no given name and no title
 * is that name's first word, as it is inside a sentence; the name had
 * begun at "Airways", a person (the eighth audit's). A title or a given
 * name after it ("British Prime Minister ...") leave it out. */
__attribute__((noinline)) int quoth_nationality_opening_body_at(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    if (given_name(r, i) || memchr(r->text + t->start, '-', t->end - t->start) /* "Pro-Islamic State forums" */ ||
        !quoth_nationality_word(&r->p, i))
        return 0;
    size_t k = i + 1;
    int person = 0; /* the entity tagger's reading, which a company's last word overrules */
    for (; k < r->p.n && k - i <= BODY_WORDS_MAX && r->p.t[k].sentence == t->sentence &&
           (is_name_token(r, k) || quoth_capitalized_noun(r, k));
         k++) {
        if ((r->p.t[k].lex & (LEX_TITLE | LEX_HONORIFIC)) || given_name(r, k)) return 0;
        person |= r->p.t[k].entity == QUOTH_ENT_PERSON;
    }
    if (k == i + 1) return 0;
    return !person || body_word(r, k - 1) || (quoth_name_classes_at(r, k - 1) & NAME_ORG_HEAD);
}

/* Whether the run opens with a word of nationality that the tagger read
 * as an adjective ("British Steel", "the European Council"): a person's
 * name starts after it, at a title or a given name, so the run is a
 * body's. */
int quoth_nationality_opens_run(const quoth_resolver *r, const quoth_name_run *run) {
    return run->end - run->first >= 2 && r->p.t[run->first].coarse == CT_ADJ && !given_name(r, run->first) &&
           quoth_nationality_word(&r->p, run->first);
}

int quoth_nationality_noun(const quoth_phrases *p, size_t i) {
    if (!(p->t[i].flags & TOK_CAPITALIZED)) return 0;
    return quoth_nationality_of(quoth_token_norm(p->tl, i));
}

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

/* sorted_rows_hold_bytes() for the other files: a call of its own, so
 * that this file's callers keep it inlined. */
int quoth_sorted_rows_hold_bytes(const char (*rows)[SORTED_ROW], size_t n_rows, const char *w, size_t n, char fold) {
    return sorted_rows_hold_bytes(rows, n_rows, w, n, fold);
}

int quoth_nationality_of(const char *w) {
    /* sorted, as strcmp() orders them; the ninth audit added "Scot" ("The Scot
     * said" had been a person named "Scot") and others, the thirty-sixth
     * the people of cities and regions ("the Dubliner", "the Yorkshireman"
     * had been names) */
    static const char EITHER[][SORTED_ROW] = {
        "Albanian", "American", "Argentine", "Argentinian", "Armenian", "Aussie", "Australian", "Austrian",
        "Azerbaijani", "Belgian", "Bosnian", "Brazilian", "Briton", "Bulgarian", "Canadian", "Chilean",
        "Colombian", "Croat", "Cuban", "Cypriot", "Czech", "Dane", "Dubliner", "Egyptian", "Filipina",
        "Filipino", "Finn", "Geordie", "Georgian", "German", "Ghanaian", "Glaswegian", "Greek", "Hungarian",
        "Indian", "Iranian", "Israeli", "Italian", "Jamaican", "Kazakh", "Kenyan", "Kiwi", "Korean", "Londoner",
        "Mancunian", "Mexican", "Moroccan", "Muscovite", "Nigerian", "Norwegian", "Pakistani", "Parisian",
        "Peruvian", "Pole", "Portuguese", "Romanian", "Russian", "Scot", "Serb", "Somali", "Spaniard", "Swede",
        "Texan", "Turk", "Ukrainian", "Uruguayan", "Uzbek", "Venezuelan"};
    static const char *const MEN[] = {"Dutchman", "Englishman", "Frenchman", "Irishman", "Scotsman", "Welshman",
                                      "Yorkshireman", "Ulsterman", "Cornishman"};
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
int quoth_nationality_before_noun(const quoth_resolver *r, size_t i) {
    const quoth_phrases *p = &r->p;
    if (i == 0 || i + 1 >= p->n || !(p->t[i - 1].lex & LEX_DETERMINER) || quoth_coarse(p, i + 1) != CT_NOUN ||
        (p->t[i + 1].flags & TOK_CAPITALIZED) || given_name(r, i))
        return 0;
    return quoth_nationality_word(p, i);
}

/* Whether w[0..n) ends as adjectives of nationality do ("Tanzanian",
 * "Maltese", "Kuwaiti"). */
static int nationality_ending(const char *w, size_t n) {
    static const char *const ENDINGS[] = {"ish", "ese", "ian", "can", "ean", "ic", "i"};
    for (size_t k = 0; k < sizeof ENDINGS / sizeof *ENDINGS; k++) {
        size_t e = strlen(ENDINGS[k]);
        if (n > e + 2 && memcmp(w + n - e, ENDINGS[k], e) == 0) return 1;
    }
    return 0;
}

/* Whether w[0..n), a capitalized word, is a nationality by the lists or
 * by its ending. */
static int nationality_part(const char *w, size_t n) {
    static const char *const UNLIKE[] = {"French", "Dutch", "Swiss", "Thai", "Czech", "Greek"};
    char word[32];
    if (n < 3 || n >= sizeof word) return 0;
    memcpy(word, w, n);
    word[n] = 0;
    for (size_t k = 0; k < sizeof UNLIKE / sizeof *UNLIKE; k++)
        if (strcmp(word, UNLIKE[k]) == 0) return 1;
    return nationality_ending(word, n) || quoth_nationality_of(word);
}

/* "Norwegian-French", "British-Iranian": two nationalities joined by a
 * hyphen (the sixty-third audit's "the Norwegian-French diplomat" had
 * been a person of that name). */
static int joined_nationalities(const char *w, size_t n) {
    const char *hyphen = memchr(w, '-', n);
    if (!hyphen || hyphen == w || !(hyphen[1] >= 'A' && hyphen[1] <= 'Z')) return 0;
    size_t first = (size_t)(hyphen - w);
    return nationality_part(w, first) && nationality_part(hyphen + 1, n - first - 1);
}

int quoth_nationality_word(const quoth_phrases *p, size_t i) {
    if (!(p->t[i].flags & TOK_CAPITALIZED) || (p->t[i].flags & TOK_ALL_CAPS)) return 0;
    if (quoth_nationality_noun(p, i)) return 1;
    const char *w = quoth_token_norm(p->tl, i);
    if (quoth_party_of(w)) return 0; /* "Republican insiders" are the party's */
    size_t n = strlen(w);
    return nationality_ending(w, n) || joined_nationalities(w, n);
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
