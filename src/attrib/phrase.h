/*
 * phrase.h - reading phrases off tagged tokens: noun phrases to the left
 * and right of a position, cue verbs and the words that join them, sentence
 * bounds. Shared by the rules, the decoder of the learned tagger and
 * speaker resolution.
 */
#ifndef QUOTH_ATTRIB_PHRASE_H
#define QUOTH_ATTRIB_PHRASE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "attrib/attribution.h"
#include "attrib/wordclass.h"
#include "tag/hash.h"
#include "text/tokens.h"

/* No source or cue phrase in news runs longer; bounds every scan. */
#define QUOTH_MAX_PHRASE 16

/* How many words a nickname in quotation marks inside a name may have:
 * "Big Easy", "Danny Buckets", "The Big Hurt" (the names' runs and the
 * spans' sources both read them). */
#define QUOTH_NICKNAME_WORDS_MAX 3

typedef struct quoth_phrases {
    const quoth_token_list *tl;
    const quoth_token *t;
    size_t n;
} quoth_phrases;

static inline quoth_phrases quoth_phrases_of(const quoth_token_list *tl) {
    quoth_phrases p = {tl, tl->tok, tl->n};
    return p;
}

/* Token i's normalized form equals w, ignoring ASCII case. The rules ask
 * it of nearly every token, most often with a literal: the macro takes
 * w's length where the call is written, a constant for a literal even
 * where the compiler keeps the function out of line. A literal of up to
 * eight bytes is compared by its lower-cased hash, which the compiler
 * makes a constant, with the token's lower_hash and length, in one test
 * (quoth_word_is_short()); any other w by quoth_word_is_len(). Being a
 * macro, it reads w more than once: w must have no side effects (every
 * caller passes a literal or a list's element). */
#define quoth_word_is(p, i, w)                                                                                         \
    (__builtin_constant_p(strlen(w)) && strlen(w) <= 8                                                               \
         ? quoth_word_is_short((p), (i), quoth_short_word_hash((w), strlen(w)), strlen(w))                            \
         : quoth_word_is_len((p), (i), (w), strlen(w)))

/* The length, asked first because it is in the token (the text is one
 * load further), settles most calls, the first byte most others, without
 * strcasecmp. */
static inline int quoth_word_is_len(const quoth_phrases *p, size_t i, const char *w, size_t len) {
    if (i >= p->n || p->t[i].norm_len != len) return 0;
    const char *norm = p->tl->arena + p->t[i].norm;
    return (norm[0] | 0x20) == (w[0] | 0x20) && strcasecmp(norm, w) == 0;
}

/* quoth_hash_lower() of a word of len <= 8 bytes, without its loop: always
 * inline, so that for a literal it is a constant wherever it is written
 * (in the longest functions the compiler had kept the loop's hash a call). */
static inline __attribute__((always_inline)) uint64_t quoth_short_word_hash(const char *w, size_t len) {
    return quoth_hash_short(quoth_hash_ascii_lower(quoth_hash_pack((const unsigned char *)w, len)), len);
}

/* quoth_word_is_len() for a word of len <= 8 bytes whose quoth_hash_lower()
 * is `lower`. Exact, not by chance: for words of one length up to eight
 * bytes the hash is a bijection of their lower-cased bytes (hash.h: one
 * round and the finalizer over the packed word), and a token's lower_hash
 * is its normalized form's. Length and hash are asked in one test, whose
 * answer is most often no: the length alone had often been yes. */
static inline int quoth_word_is_short(const quoth_phrases *p, size_t i, uint64_t lower, size_t len) {
    return i < p->n && (((uint64_t)p->t[i].norm_len ^ len) | (p->t[i].lower_hash ^ lower)) == 0;
}

/* The first token from i before n whose lower_hash is a, b or c (repeat
 * one to ask fewer); n when none. A token's lower_hash is quoth_hash_lower()
 * of its normalized form, so a token of another hash is none of those
 * words: the passes that look for a few words among all tokens skip to
 * them by the hash alone, a load and compares that seldom branch, before
 * their word tests. */
static inline size_t quoth_next_of_hashes(const quoth_token *t, size_t i, size_t n, uint64_t a, uint64_t b,
                                          uint64_t c) {
    for (; i < n; i++) {
        uint64_t h = t[i].lower_hash;
        if (h == a || h == b || h == c) break;
    }
    return i;
}

/* Whether token i is a possessive "'s" or lone "'" (tagged POS). */
static inline int quoth_possessive(const quoth_phrases *p, size_t i) {
    return quoth_word_is(p, i, "'s") || quoth_word_is(p, i, "'");
}

/* Token i's normalized form is one of the n words of `list` (quoth_word_is()). */
int quoth_word_in_list(const quoth_phrases *p, size_t i, const char *const *list, size_t n);

/* The first two bytes of a word (the second NUL for a word of one byte),
 * each with the bit that tells an ASCII capital from its small letter set:
 * two words equal as strcasecmp() has them have the same. */
static inline unsigned quoth_first_two_loose(const unsigned char *w) { return (w[0] | (unsigned)w[1] << 8) | 0x2020u; }

/* Whether list word w, whose first two bytes match, is the len bytes at
 * norm as strcasecmp() in the C locale has it. */
int quoth_same_word_loose(const unsigned char *w, const unsigned char *norm, size_t len);

/* quoth_word_in_list() for a list of a length known where it is called, as
 * every list but one is: inline, its loop unrolled, so that each word's
 * first two bytes are a constant the compiler compares the token's with,
 * where the loop had loaded a pointer and two bytes a word (1.4% of a
 * run, the most called of the rules' and speakers' tests). Words must not
 * be empty (two bytes of each are read), as none is. */
static inline __attribute__((always_inline)) int quoth_word_in(const quoth_phrases *p, size_t i, const char *const *list,
                                                              size_t n) {
    if (!__builtin_constant_p(n) || n > 64) return quoth_word_in_list(p, i, list, n);
    if (i >= p->n || p->t[i].norm_len == 0) return 0;
    const unsigned char *norm = (const unsigned char *)p->tl->arena + p->t[i].norm;
    size_t len = p->t[i].norm_len;
    unsigned first_two = quoth_first_two_loose(norm); /* norm is NUL-terminated */
#pragma GCC unroll 64
    for (size_t k = 0; k < n; k++) {
        const unsigned char *w = (const unsigned char *)list[k];
        if (quoth_first_two_loose(w) != first_two) continue;
        /* a word of up to eight bytes by its length and hash, constants
         * here too (quoth_word_is_short()), with no call */
        size_t w_len = __builtin_strlen(list[k]);
        if (__builtin_constant_p(w_len) && w_len <= 8) {
            if (quoth_word_is_short(p, i, quoth_short_word_hash(list[k], w_len), w_len)) return 1;
        } else if (quoth_same_word_loose(w, norm, len))
            return 1;
    }
    return 0;
}

/* Token i's normalized form is all ASCII capitals, at least `min` of them
 * ("WASHINGTON", as a place line writes its place). */
int quoth_all_capitals(const quoth_phrases *p, size_t i, size_t min);

/* Token i is punctuation spelled w; its length taken at the call, as
 * quoth_word_is() takes it. w's end is compared too, as strcmp() would,
 * for a token longer than norm_len holds. It reads w twice, as
 * quoth_word_is() does. */
#define quoth_punct_is(p, i, w) quoth_punct_is_len((p), (i), (w), strlen(w))

static inline int quoth_punct_is_len(const quoth_phrases *p, size_t i, const char *w, size_t len) {
    if (i >= p->n || !(p->t[i].flags & TOK_PUNCT) || p->t[i].norm_len != len) return 0;
    return memcmp(p->tl->arena + p->t[i].norm, w, len + 1) == 0;
}

/* Token i is the one character of punctuation c: quoth_punct_is() without
 * the call and the string compare, for the scans that ask it of every
 * token of a sentence. */
static inline int quoth_punct_char(const quoth_phrases *p, size_t i, char c) {
    return i < p->n && (p->t[i].flags & TOK_PUNCT) && p->t[i].norm_len == 1 && p->tl->arena[p->t[i].norm] == c;
}

/* Whether token i is a label of a page's furniture or of an interview's
 * turns, which names no one ("VIDEO: ...", "QUESTION: ..."). */
int quoth_furniture_label(const quoth_phrases *p, size_t i);

/* The coarse tag of token i (CT_OTHER past the end). */
static inline int quoth_coarse(const quoth_phrases *p, size_t i) {
    return i < p->n ? p->t[i].coarse : CT_OTHER;
}

/* First token of i's sentence, and the token after its last. Inline, as
 * the bounds below: a load or two, which the call had cost more than. */
static inline size_t quoth_sentence_first(const quoth_phrases *p, size_t i) {
    return p->tl->sent[p->t[i].sentence].first;
}

static inline size_t quoth_sentence_end(const quoth_phrases *p, size_t i) {
    const quoth_sentence *s = &p->tl->sent[p->t[i].sentence];
    return (size_t)s->first + s->count;
}

/* Tokens i and j are in one paragraph. */
static inline int quoth_same_paragraph(const quoth_phrases *p, size_t i, size_t j) {
    return p->tl->sent[p->t[i].sentence].paragraph == p->tl->sent[p->t[j].sentence].paragraph;
}

/* The last paragraph of a document's head, where the body or the person
 * a story is about is named: the third (a headline, a lede, and the
 * paragraph after a lede of one sentence). */
static inline uint32_t quoth_lede_last_paragraph(const quoth_phrases *p) {
    return p->tl->n_sent ? p->tl->sent[0].paragraph + 2 : 0;
}

/* Whether token i is the number of a union's local: "1138" of "Local
 * 1138", "United Metalworkers Local 1138". */
static inline int quoth_local_number(const quoth_phrases *p, size_t i) {
    return i > 0 && i < p->n && (p->t[i].flags & TOK_DIGIT) && quoth_word_is(p, i - 1, "local");
}

/* Whether token i is in a document's first line that ends with no full
 * stop and holds one sentence: a headline, in capitals or not. */
int quoth_headline_line(const quoth_phrases *p, size_t i);

/* The first token after the place line that opens token i's paragraph
 * in an article's head ("WASHINGTON (AP) — Donald Trump has invested",
 * "CASPER, Wyo. - Sen. Ted Cruz continued"), when i opens it; else i. */
size_t quoth_after_dateline(const quoth_phrases *p, size_t i);

/* The first token after a connective that opens a sentence at `first`
 * ("But", "In addition,", "However,"), or `first`; `end` when nothing
 * else comes before it. PolNeAR leaves a connective out
 * of the content ("But the next day, according to Roffman, Trump made
 * further demands" starts at "the next day"). */
size_t quoth_past_connective(const quoth_phrases *p, size_t first, size_t end);

/* "put the number at 6,000", "puts the toll closer to 90": whether the
 * verb at v (before `end`) puts an estimate, a verb of saying in all but
 * its word (the eighteenth audit's "the Governor's Office put the number
 * at 6,000" and "Hospital managers put the figure closer to 6,500" had
 * been no statements). */
int quoth_puts_a_figure(const quoth_phrases *p, size_t v, size_t end);

/* Token i's normalized form starts with `stem` (in small letters, not
 * empty), ignoring ASCII case: a verb's forms by its stem ("issu"). The
 * first letter is asked before stem's length: lists of stems pass it
 * unknown to the compiler, and it rejects most words. */
static inline int quoth_starts_with(const quoth_phrases *p, size_t i, const char *stem) {
    const char *w = p->tl->arena + p->t[i].norm;
    if ((w[0] | 0x20) != stem[0]) return 0;
    size_t n = strlen(stem);
    if (p->t[i].norm_len < n) return 0;
    for (size_t k = 1; k < n; k++)
        if ((w[k] | 0x20) != stem[k]) return 0;
    return 1;
}

/* Token i's normalized form starts with one of the n stems of `list`
 * (quoth_starts_with()): the token's first letter read once, and each stem
 * passed over by its own. */
int quoth_starts_with_any(const quoth_phrases *p, size_t i, const char *const *list, size_t n);

/* Whether token i, a word, ends with `suffix` (in the case the suffix is
 * written) after at least one letter: "accused" with "ed". A macro, as
 * quoth_word_is() is, so that a literal's length is a constant where the
 * call is written and the compare of its bytes and its end (the token's
 * NUL, as strcmp() would have it) is inline: the name finder asks it of
 * every capitalized word that opens no name, where the call and strlen()
 * had cost fifty instructions. It reads `suffix` twice. */
#define quoth_ends_with(p, i, suffix) quoth_ends_with_len((p), (i), (suffix), strlen(suffix))

static inline int quoth_ends_with_len(const quoth_phrases *p, size_t i, const char *suffix, size_t n) {
    size_t len = p->t[i].norm_len;
    return (p->t[i].flags & TOK_ALPHA) && len > n && memcmp(quoth_token_norm(p->tl, i) + len - n, suffix, n + 1) == 0;
}

/* A document that speaks for whoever sent it, in small letters: "a
 * statement", "a press release", "an email", "a radio ad" ("The Post" is
 * a newspaper). */
int quoth_document_noun(const quoth_phrases *p, size_t i);

/* A verb of sending out or making public what one wrote, in any form:
 * "issued", "put (out)", "sent", "provided", "filed". */
int quoth_sends_document(const quoth_phrases *p, size_t i);

/* Token i is in a navigation line ("Read also: ..."). */
static inline int quoth_in_navigation(const quoth_phrases *p, size_t i) {
    return p->tl->para[p->tl->sent[p->t[i].sentence].paragraph].navigation;
}

/* Whether a word of speech, reporting or belief outside quotations
 * (quoth_is_cue_verb()) is used as a verb. */
int quoth_cue_word_is_verb(const quoth_phrases *p, size_t i);

/* A speech, reporting or belief verb used as a verb, outside quotations.
 * Inline for its first test, the lexicon's class, which rules out most
 * tokens: the rules ask it of every one. */
static inline int quoth_is_cue_verb(const quoth_phrases *p, size_t i) {
    return i < p->n && (p->t[i].lex & LEX_CUE) && !p->t[i].quote_depth && quoth_cue_word_is_verb(p, i);
}

/* A noun or a name (or, untagged, a capitalized word). */
int quoth_is_noun(const quoth_phrases *p, size_t i);
int quoth_is_name_word(const quoth_phrases *p, size_t i);

/* . ! ? */
int quoth_is_final_punct(const quoth_phrases *p, size_t i);

/* Start of the noun phrase that ends just before `end`, not before `limit`;
 * `end` when there is none. */
size_t quoth_np_left(const quoth_phrases *p, size_t end, size_t limit);

/* ", ROLE, NAME" that ends at the comma `comma`, after `first`: ", its
 * chief financial officer, Laura Chen,", ", her spokesman, Devin Ortiz,".
 * The role opens with a determiner or a possessive ("the company's") and
 * holds no verb or quotation mark; the name is up to four proper nouns.
 * The role's first token, or 0 when the words before `comma` are no such
 * pair. */
size_t quoth_apposed_role_before(const quoth_phrases *p, size_t comma, size_t first);

/* End of the noun phrase that starts at `start`, not after `limit`;
 * `start` when there is none. */
size_t quoth_np_right(const quoth_phrases *p, size_t start, size_t limit);

/* "today", "yesterday", "tonight" in lower case: a day named by the day
 * of writing. */
int quoth_is_day_word(const quoth_phrases *p, size_t i);

/* Where the subject of a verb at `verb` ends, read past what may stand
 * between them and belongs to neither: a day ("Acme, a robot maker, today
 * announced") and an aside set off by commas (", for his part,", ",
 * however,"). `verb` itself when nothing stands there. Not before `limit`.
 * A caller must still check that the phrase before is a subject: in "The
 * judges who ruled on their laws, for instance, said", it is not. */
size_t quoth_subject_end(const quoth_phrases *p, size_t verb, size_t limit);

/* Whether a noun phrase starting at `np` may be a clause's subject: it
 * opens its sentence (from `limit`) or follows a comma, not a verb, a
 * preposition or "that", which would make it an object. */
int quoth_may_be_subject(const quoth_phrases *p, size_t np, size_t limit);

/* Where a time adverbial starting at k ends ("on Thursday", "last week",
 * "Dec. 3"), not after `end`; k when none starts there. */
size_t quoth_time_phrase_end(const quoth_phrases *p, size_t k, size_t end);

/* Words that may stand between a source and its verb and join the cue:
 * "Kirby also said", "Milley has long argued", "she did not say". */
int quoth_is_cue_modifier(const quoth_phrases *p, size_t i);

/* The cue around the verb at `verb`: its modifiers to the left ("also",
 * "has", "did not"), not before `limit`, and "in a statement" to the right. */
quoth_tspan quoth_cue_around(const quoth_phrases *p, size_t verb, size_t limit);

/* The subject of the sentence a cue at `cue` stands in: the first noun
 * phrase of the sentence, after an opening adverbial ("On Thursday, ..."),
 * when a verb follows it and it comes before the cue. Empty when none. */
quoth_tspan quoth_sentence_subject(const quoth_phrases *p, size_t cue);

/* A day or a month: "Monday", "today", "March" (a date by the name words
 * of `in`); not a year, which opens noun phrases too ("2011 email
 * exchange"). */
int quoth_is_date_word(const quoth_attrib_input *in, const quoth_phrases *p, size_t i);

/* Whether tokens [first, end) hold a finite verb (by `pos_flags`, the
 * input's QUOTH_POS_* bits; none without them): a clause. */
int quoth_holds_finite_verb(const quoth_phrases *p, const uint8_t *pos_flags, size_t first, size_t end);

/* The most tokens, commas counted, that a body's name listing its fields
 * may have: "Construction, Forestry, Maritime, Mining and Energy Union". */
#define QUOTH_FIELD_LIST_WORDS_MAX 10

/* "the Department for Environment, Food and Rural Affairs", "The Rail,
 * Tram and Bus Union": a body's name that lists its fields, a comma after
 * each and "and" before the last. `first` is the name's first word and
 * `comma` the comma after its first field: the end of the whole name, or
 * `comma` when what follows is no such list. */
size_t quoth_field_list_end(const quoth_phrases *p, size_t first, size_t comma);

/* The first word of a listed name (quoth_field_list_end()) that holds
 * `word`, a word of a field after its first ("Culture", "Sport" of
 * "Department for Digital, Culture, Media and Sport"); `word` when none
 * does. */
size_t quoth_field_list_around(const quoth_phrases *p, size_t word);

/* Whether token i is a newspaper's noun in small letters ("newspaper",
 * "daily", "weekly", "tabloid"): the noun a paper's name may follow ("the
 * Nicosia daily Chronos"), none of a name itself. */
int quoth_newspaper_noun(const quoth_phrases *p, size_t i);

/* Whether token i is a particle of a name in small letters ("de", "van",
 * "dos", "bin"): no verb, whatever the tagger read ("Pires dos Ramos"). */
static inline int quoth_particle_word(const quoth_phrases *p, size_t i) {
    /* with Irish surnames' "Ní", "Nic", "Uí" and "Ó" ("Caoimhe Ní Bhriain",
     * whose headline's "Ní Bhriain" had been a person of its own; the
     * fifty-seventh audit's), and Kalenjin's "arap" ("Joseph Kiptanui arap
     * Sang" had been "Sang"), and Filipino "dela" ("Ramon dela Cruz Jr." had
     * been "Cruz Jr."; the sixty-seventh audit's) */
    static const char *const PARTICLES[] = {"de",  "da",  "di",   "du",  "del", "della", "der", "den", "des", "van",
                                            "von", "le",  "la",   "los", "las", "dos",   "das", "bin", "ibn",
                                            "bint", "ní", "nic",  "uí",  "ó",   "arap", "dela"};
    /* every particle opens with one of eight letters or with the first
     * byte of "Ó" or "ó": most words stop here, in one test of a bit,
     * before their length is asked (any) */
    enum { FIRSTS = 1u << ('d' - 'a') | 1u << ('v' - 'a') | 1u << ('l' - 'a') | 1u << ('b' - 'a') | 1u << ('i' - 'a') |
                    1u << ('n' - 'a') | 1u << ('u' - 'a') | 1u << ('a' - 'a') };
    const char *w = quoth_token_norm(p->tl, i);
    if ((unsigned char)w[0] == 0xC3) return p->t[i].norm_len == 2 && ((unsigned char)w[1] | 0x20) == 0xB3;
    unsigned letter = (unsigned)(unsigned char)(w[0] | 0x20) - 'a';
    if (!((letter < 26) & (FIRSTS >> (letter & 31)))) return 0;
    if (p->t[i].norm_len > 5 || !(p->t[i].flags & TOK_ALPHA)) return 0;
    return quoth_word_in(p, i, PARTICLES, sizeof PARTICLES / sizeof *PARTICLES);
}

#endif
