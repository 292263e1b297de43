/*
 * name_runs.h - what the files that find and read the names of a document
 * share, internal to them (speaker_names.h is what speakers.c sees): the
 * tests asked of every token, inline here so that name_runs.c's scan keeps
 * them inlined, and the functions one file asks of another once a run, a
 * sentence or a document.
 */
#ifndef QUOTH_ATTRIB_NAME_RUNS_H
#define QUOTH_ATTRIB_NAME_RUNS_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/phrase.h"
#include "attrib/speaker_names.h"
#include "attrib/wordclass.h"
#include "quoth.h"

/* The bits of quoth_speaker_table.token_memo: whether given_name() and
 * quoth_capitalized_name_token() have been asked of a token, and their
 * answers.
 * Both read only the tokens and the lists, which no run or speaker found
 * changes, and the tests of a name ask them of the same words again and
 * again (of a word's neighbours, of each word of a run as it grows). */
enum { MEMO_GIVEN_ASKED = 1, MEMO_GIVEN = 2, MEMO_NAME_ASKED = 4, MEMO_NAME = 8 };

/* The most particles in small letters quoth_particles_at() reads. */
#define PARTICLES_MAX 3

/* How many name words after a capitalized adjective or a word of
 * nationality are searched for an organization's word
 * (adjective_opening_body(), quoth_nationality_opening_body_at()). */
#define BODY_WORDS_MAX 6

/* A word of a sorted list of sorted_rows_hold(): its bytes, then zeros. */
#define SORTED_ROW 16

/* ---- name_tokens.c */

/* The gender classes (NAME_MAN, NAME_WOMAN, both for either) of the given
 * name at i: of the word, or of a hyphenated one's first part when the
 * list lacks the whole ("Marie-Claire", "Mei-Ling"). That part has three
 * letters at least and the part after it a capital: "Al-Qaeda" and
 * "Anti-Trump" are no one's names, "Ji-woo" is left to the list. A word
 * with accents the list lacks is read without them ("Rubén"). */
uint32_t quoth_given_name_classes(const quoth_resolver *r, size_t i);

/* Whether a token has no small letter: "DOCTORS", "'S", "—". */
int quoth_no_small_letter(const quoth_resolver *r, size_t i);

/* "according to a POLITICO analysis": a word in capitals inside a
 * sentence of small letters, which the tagger read as a common noun for
 * want of knowing it, is a body's name, as its capitals say. Not a title
 * ("CEO"), a short word ("TV"), a common noun that news writes in capitals
 * ("super PAC", a time zone), a page's furniture ("VIDEO"), a
 * transcript's label ("WALLACE:" after a quotation mark), nor a word
 * among others in capitals (a headline's, a lead-in's: "SAVE A QUARTER"). */
int quoth_capitals_among_small_letters(const quoth_resolver *r, size_t i);

/* A capitalized word before a surname's particles is the name's first
 * word, whatever its tag: "Majed bin Khalifa", whose "Majed" the tagger
 * read as a participle. */
int quoth_before_particles(const quoth_resolver *r, size_t i);

/* Whether the word at token i, one that may open a name, is a name's
 * word: is_name_token()'s test past its flags, memoized per token. */
int quoth_capitalized_name_token(const quoth_resolver *r, size_t i);

/* "British Airways said", "Scottish Water said": a word of nationality
 * that opens a sentence (whose capital the sentence explains, so the
 * tests above pass it by) before a name with no given name and no title
 * is that name's first word, as it is inside a sentence; the name had
 * begun at "Airways", a person (the eighth audit's). A title or a given
 * name after it ("British Prime Minister ...") leave it out. */
int quoth_nationality_opening_body_at(const quoth_resolver *r, size_t i);

/* Whether the run opens with a word of nationality that the tagger read
 * as an adjective ("British Steel", "the European Council"): a person's
 * name starts after it, at a title or a given name, so the run is a
 * body's. */
int quoth_nationality_opens_run(const quoth_resolver *r, const quoth_name_run *run);

/* Whether sorted `rows` hold the n bytes at w, each with `fold` or-ed
 * in (0x20 folds ASCII capitals, as the lists are in small letters): a
 * word of SORTED_ROW bytes or more is in no row. */
int quoth_sorted_rows_hold_bytes(const char (*rows)[SORTED_ROW], size_t n_rows, const char *w, size_t n,
                                  char fold);

/* Whether token i, after a determiner and before a common noun in small
 * letters, is a word of nationality (quoth_nationality_word()). */
int quoth_nationality_before_noun(const quoth_resolver *r, size_t i);

/* ---- name_runs.c */

/* "In May Trump said", "since April", "last June": a month after a word
 * of time, whatever given name it also is ("talks with May" may be
 * Theresa May). */
int quoth_month_after_preposition(const quoth_resolver *r, size_t i);

/* "de", "von", "da", "bin": a particle of a surname, in any case ("De
 * Blasio" opening a sentence). Not "do", "y", "ten", "ter": words of
 * English or of a list as often. */
int quoth_name_particle(const quoth_resolver *r, size_t i);

/* How many particles in small letters, up to three, start at i
 * ("Bill de Blasio", "Ursula von der Leyen", "Joaquin de la Garza") inside
 * a name: after a capitalized name word and before a capitalized name word
 * of the same sentence that is no title, place or date ("Tour de France",
 * "Cinco de Mayo" name no one); 0 when none, or when a word in small
 * letters follows them ("Clinton de facto"). */
size_t quoth_particles_at(const quoth_resolver *r, size_t i);

/* "groups like Priorities USA", "a Morning Consult poll", "the Tax Policy
 * Center": capitalized common nouns inside a sentence, right before a
 * name, open that name, as their capitals say; the tagger reads them as
 * nouns by their words, and the name had been "USA". Only after a word
 * in small letters or a determiner that opens the sentence ("The Tax
 * Foundation"): in a headline's capitals ("Liberal Oscar-winner
 * Sarandon") a capital says nothing. */
int quoth_capitalized_noun(const quoth_resolver *r, size_t i);

/* "Police Scotland", "Sport England": a body's word before the place it
 * serves, as a national service is named; "Police Scotland" had been a
 * person. */
int quoth_body_before_its_place(const quoth_resolver *r, const quoth_name_run *run);

/* "the Isle of Skye", "the Gulf of Mexico": a word of geography and "of"
 * open a place's name; "Chicago's South Loop", "London's West End": a
 * compass word after a place's possessive opens a district's. Neither is
 * a person (a "she" of the eighth audit had gone to each). */
int quoth_place_by_its_words(const quoth_resolver *r, const quoth_name_run *run);

/* Whether sentence `s` is a headline's line of capitals ("Anthony Voss
 * Reportedly Caught In Another Scandal", "WHERE THE MAYOR PLANS ..."):
 * every content word of four letters or more capitalized, and at least
 * three of them. Its capitals say nothing of names. */
int quoth_headline_sentence(const quoth_resolver *r, uint32_t s);

/* "Yusuf, 16, said": a capitalized word with an age set off after it is a
 * person's name, whatever the tagger made of a given name no list holds
 * (it had been no one). */
int quoth_name_before_age(const quoth_resolver *r, size_t i);

/* Whether an apposition of a title follows token `end`: ", the" and a
 * noun phrase that holds a title, then a comma or the sentence's end
 * ("Ban Ki-moon, the secretary general of the United Nations,"); not a
 * clause's subject after an opening phrase ("As reported by Western
 * Journalism, the former secretary of state was made aware"). */
int quoth_title_apposition_at(const quoth_resolver *r, size_t end);

/* Letters after a name that are no part of it: a barrister's rank, a
 * member of a parliament, an honour ("Hannah Whitfield KC", "Jane Smith
 * MP"; they had been part of the name, and so another speaker). */
int quoth_postnominal(const quoth_resolver *r, size_t i);

/* A nickname in quotation marks inside a name, before its surname:
 * Harold "Hal" Simmons, whose run had been "Simmons" alone (no given name,
 * role or gender), or Hollis "Big Easy" Vance. Its tokens with the marks
 * (3 to 5), 0 when none opens at j. */
size_t quoth_nickname_at(const quoth_resolver *r, size_t j);

/* The word classes of the tokens [first, end) read as one name. */
uint32_t quoth_name_classes_of(const quoth_resolver *r, size_t first, size_t end);

/* The canonical name of the known organization of the classes of a name
 * of `words` words (quoth_name_classes_of()), or NULL. */
const char *quoth_known_org_in(uint32_t classes, size_t words);

/* The canonical name of the news outlet or organization the run names
 * ("Washington Post", "the AP", "USA TODAY" in any case), or NULL. */
const char *quoth_known_org_of(const quoth_resolver *r, const quoth_name_run *run);

/* ---- name_starts.c */

/* North, South, East, West, Central: a district's name after an office. */
int quoth_compass_word(const quoth_resolver *r, size_t i);

/* Stores the name run [first, end), whose capitalized words began at
 * `lead`. 0 or QUOTH_ERR_NOMEM. */
int quoth_store_run(quoth_resolver *r, size_t first, size_t end, size_t lead);

/* "Madam Shu Yaping": an honorific of translated Chinese news that the
 * word classes lack. */
int quoth_madam(const quoth_resolver *r, size_t i);

/* "M. Dupont", "M. de Lannoy": the French "M." or "Monsieur" before a
 * word of its sentence. */
int quoth_monsieur(const quoth_resolver *r, size_t i);
/* Whether token i is a form of courtesy or descent before a name
 * ("Ibu", "Sayyid", "the Honourable"), one of quoth_address_before_name()'s
 * that is no cleric's or soldier's and no part of a role. */
int quoth_courtesy_before_name(const quoth_resolver *r, size_t i);
/* Whether token i is a form of address that is also a word or a given
 * name elsewhere ("Sardar", "Don", "Fiscal"), before a name of the shape
 * it opens. */
int quoth_address_in_its_context(const quoth_resolver *r, size_t i);
/* Whether token i is an office's abbreviation that
 * quoth_resolve_office_abbreviation() knows ("DG", "DIG", "SSP";
 * source_titles.c). */
int quoth_office_abbreviation(const quoth_resolver *r, size_t i);
/* Whether token i is one of those forms of courtesy, capitalized, whatever
 * follows it ("the Maulana said"). */
int quoth_courtesy_word(const quoth_resolver *r, size_t i);

/* Whether token i is a cleric's or a soldier's form of address before a
 * name that the word classes lack ("Rev.", "Sister", "Maj."), or a form
 * of courtesy (quoth_courtesy_before_name()). */
int quoth_address_before_name(const quoth_resolver *r, size_t i);

/* Whether token i is a Malaysian honorific that stands alone before a
 * name ("Datuk", "Tun"), or "Sri" and "Seri", which follow one. */
int quoth_malay_honorific(const quoth_resolver *r, size_t i);
int quoth_sri(const quoth_resolver *r, size_t i);

/* Where a person's name starts after a minister's portfolio written
 * before it with no comma, as wire copy translates it ("Deputy Minister
 * of Planning and Investment Nguyen Thi Lan", "Spokesperson of the
 * Ministry of Commerce Madam Shu Yaping", or a source the tagger began
 * inside one: "Industry and Mineral Resources Abdulaziz Al-Mansouri"):
 * past the fields, their joiners and an honorific, when a name of words
 * that are no fields is left. `first` when there is none: a portfolio
 * with no joiner may be a body's own name ("Energy Transfer Partners"). */
size_t quoth_past_portfolio(const quoth_resolver *r, size_t first, size_t end);

/* Whether the name words [first, end) are a body's name in Spanish,
 * Portuguese, Italian or French: a noun of institutions first and one of
 * those languages' particles inside ("Confederación General de
 * Trabajadores", "Unión Nacional de Agricultores", "Partido dos
 * Trabalhadores"). Its titles ("General") and particles are no person's
 * (the fourteenth audit's had been "de Trabajadores", a person). */
int quoth_romance_body_name(const quoth_resolver *r, size_t first, size_t end);

/* Whether token i is a capitalized noun of institutions that opens a
 * body's name in a Romance language ("Banco", "Corporación"). */
int quoth_romance_body_head(const quoth_resolver *r, size_t i);

/* Adds the name runs of the capitalized words [first, end). More than
 * four words from the first given name to the end, no nickname among
 * them, is a headline's run of
 * two names and a verb ("Walter Brink Slams Helena Marsh"): the given
 * name and the word after it, and the words from the last given name. */
int quoth_add_runs(quoth_resolver *r, size_t first, size_t end);

/* ---- name_roles.c */

/* Whether token i holds the letters that open a European sports club's
 * name before its town ("FC Basel", "EHC Lindenau", "IFK Göteborg"). */
int quoth_sports_club_letters(const quoth_resolver *r, size_t i);

/* A ruler's or a peer's title ("emir", "duchess", "king"), which opens a
 * title of a place ("the Emir of Kano"). */
int quoth_ruler_word(const quoth_resolver *r, size_t i);

/* Whether token i is an ordinal in figures ("4th", "11th"). */
int quoth_ordinal_figure(const quoth_resolver *r, size_t i);

/* How many tokens a ruler's style takes at `first` ("Royal Highness",
 * "HRH"), before `end`: 0 when there is none. */
size_t quoth_royal_style_at(const quoth_resolver *r, size_t first, size_t end);

/* Whether a noun of a body's kind in small letters right before the run
 * says what it is ("the charity Shelterline", "Budget carrier Skyvia"). */
int quoth_introduced_by_body_noun(const quoth_resolver *r, const quoth_name_run *run);

/* Whether token i is a noun of a team's athlete ("driver", "striker"). */
int quoth_athlete_noun(const quoth_resolver *r, size_t i);

/* An athlete's noun, or the noun of who runs a team ("boss", "manager",
 * "coach"): a person whom a team's name before it only describes. */
int quoth_team_person_noun(const quoth_resolver *r, size_t i);

/* A common noun that names a body, not a person: "company", "group". */
int quoth_organization_noun(const quoth_phrases *p, size_t i);

/* A name set off by commas beside a noun phrase headed by a body's noun
 * names that body: "The company, Northgate Terminals, said" and
 * "Northgate Terminals, the company that runs the port, said" are no
 * person, whatever the name's words make the entity tagger think. The
 * phrase must stand on its own: in "the head of the company, Ann Ross"
 * the name is the head's. */
int quoth_run_apposed_to_body(const quoth_resolver *r, const quoth_name_run *run);

/* Whether a run names a place: one of the list, a city before its state,
 * or what the entity tagger takes for a location. */
int quoth_names_place(const quoth_resolver *r, const quoth_name_run *run);

/* Whether a name of unknown kind names no one person: a plural ("Saudis",
 * "the Graysons"), an acronym or a letter ("GOP", "Q:"), a date, or a
 * word of organizations or groups ("Republican", "Public"). Such a name
 * may be a source, but a "he" or "she" after it is someone else. */
int quoth_names_nobody(const quoth_resolver *r, const quoth_name_run *run);

/* "The promoter, Skyline Live,", "His record label, Discos Esquina,": a
 * name set off after a noun of a body that opens its sentence is that
 * body (each had been a person). Not "owner" or "chief", which are as
 * often people. */
int quoth_after_body_noun_comma(const quoth_resolver *r, const quoth_name_run *run);

/* "a vice president at Koval", "an analyst at Brenner": the name where a
 * title or a role is held is a body's (Koval had been a man, whom a later
 * "he" stood for; the eighteenth audit's). Not a given name. */
int quoth_employer_after_title(const quoth_resolver *r, const quoth_name_run *run);

/* 1 for Mr. before a name, 2 for Mrs. or Ms., else 0. */
int quoth_honorific_gender(const quoth_resolver *r, const quoth_name_run *run);

/* The gender a given name at `given` tells, 0 when it tells none. */
int quoth_gender_of_given_name(const quoth_resolver *r, size_t given, int before_surname);

/* The honorific's gender, else that of a common given name that starts
 * the name. A given name alone is a person called by it ("Melanie said"),
 * read in the lists of src/attrib/given_names.c only, where those of
 * either gender ("Kelly") tell none; a surname that is also a given name
 * ("Warren", "Ryan") is its full name's speaker whenever the text gives
 * that. */
int quoth_gender_of(const quoth_resolver *r, const quoth_name_run *run);

/* Whether token i is a Russian patronymic: 2 a woman's ("-ovna",
 * "-evna"), 1 a man's ("-ovich", "-evich"), 0 none. */
int quoth_russian_patronymic(const quoth_resolver *r, size_t i);

/* A word of what a person is that the word classes' titles lack
 * ("neurosurgeon", "front-runner", "son"), in small letters. */
int quoth_role_noun(const quoth_resolver *r, size_t i);

/* Whether the apposition [first, end) says what a person is: a title in
 * it, or else a role noun (*noun then set). A parenthesis makes it a list,
 * not an apposition: "candidates Sen. Marco Rubio (R-Fla.), Donald Trump"
 * gives Trump no role of Rubio's. */
int quoth_apposition_role(const quoth_resolver *r, size_t first, size_t end, uint8_t *noun);

/* The role a run's words say its person has, copied into the arena at
 * *off (UINT32_MAX when none), *noun set when a role noun, no title,
 * says it. 0 or QUOTH_ERR_NOMEM. */
int quoth_role_of(quoth_resolver *r, const quoth_name_run *run, uint32_t *off, uint8_t *noun);

/* ---- speaker_names.c */

/* Copies text[start..end) into the arena with white space runs of any
 * kind made one space and invisible characters dropped, so that a name
 * written with a no-break space or a soft hyphen ("James\u00a0Comey",
 * "Doug \u00adAndres") is the name written plainly. */
int quoth_add_string(quoth_resolver *r, size_t start, size_t end, uint32_t *off);

/* Whether a word is a Chinese or Korean family name that news writes
 * before the given name ("Xi Jinping", "Park Geun-hye"). Only those of
 * leaders and officials common in the news: a list, as no rule tells them. */
int quoth_east_asian_family_name(const char *w, size_t n);

/* Whether the word [w, end) is a Korean given name of two syllables
 * joined by a hyphen, the second in small letters ("Ki-moon",
 * "Jong-un"). */
int quoth_hyphenated_given_name(const char *w, const char *end);

/* ---- inline: asked of every token */

/* A word of letters that is an honorific, a proper noun, or capitalized
 * with no tag (not at a sentence's start, unless a given name). Its tests
 * asked as one expression of bits, with no branch: they read one token,
 * and the branch on the proper noun's tag had been missed one time in
 * five. */
static inline int speaker_name_token(const quoth_token *t) {
    unsigned flags = t->flags, c = t->coarse;
    /* a capitalized word with letters beyond ASCII is a name the POS
     * tagger, which saw few of them, took for a noun or a verb ("Tõnis
     * Kivimägi", "Edgars Liepiņš", "Ģirts Zariņš" had lost a word; the
     * forty-third audit's Baltic news) */
    unsigned foreign_name = (t->accented != 0) & ((c == CT_NOUN) | ((c == CT_VERB) & ((flags & TOK_SENT_START) == 0)));
    unsigned untagged_name = ((c == CT_OTHER) | foreign_name) & ((flags & TOK_CAPITALIZED) != 0) &
                             (((flags & TOK_SENT_START) == 0) | ((t->lex & LEX_FIRST_NAME) != 0) | foreign_name);
    return (int)(((flags & TOK_ALPHA) != 0) & (((t->lex & LEX_HONORIFIC) != 0) | (c == CT_PROPN) | untagged_name));
}

/* The hash of token i's word in small letters. */
static inline uint64_t lower_hash(const quoth_resolver *r, size_t i) { return r->p.t[i].lower_hash; }

/* A given name of either list, or of the word classes' shorter one. */
static inline int given_name(const quoth_resolver *r, size_t i) {
    if (r->p.t[i].lex & LEX_FIRST_NAME) return 1;
    uint8_t *memo = &r->t->token_memo[i];
    if (!(*memo & MEMO_GIVEN_ASKED)) *memo |= MEMO_GIVEN_ASKED | (quoth_given_name_classes(r, i) ? MEMO_GIVEN : 0);
    return (*memo & MEMO_GIVEN) != 0;
}

/* "Tuesday", "Twitter Thursday", "June 23" are dates whatever their
 * capital; "Theresa May" is a name (name_words.h). */
static inline int date_word(const quoth_resolver *r, size_t i) {
    uint32_t c = quoth_name_classes_at(r, i);
    if (c & NAME_DATE) return 1;
    return (c & NAME_MONTH) && ((i + 1 < r->p.n && (r->p.t[i + 1].flags & TOK_DIGIT)) ||
                                (i > 0 && (r->p.t[i - 1].flags & TOK_DIGIT)));
}

/* A middle initial: "D." */
static inline int initial(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = quoth_token_norm(r->p.tl, i);
    return t->norm_len == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.';
}

/* A capital, a proper noun's tag or an honorific: what every word that
 * opens a name has (is_name_token() and the tests of
 * quoth_find_name_runs() each ask one of them). */
static inline int may_open_name(const quoth_token *t) {
    return (t->flags & TOK_CAPITALIZED) || t->coarse == CT_PROPN || (t->lex & LEX_HONORIFIC);
}

/* "el-Sayed", "al-Mabrouk", "ash-Shami": a name after the Arabic article
 * in small letters, which the tagger may read as a verb ("el-Sayed" as a
 * past tense; "Mohamed el-Sayed Hegazy" had been cut there, and a later
 * "el-Alfy" been no name; the forty-fourth audit's North African news). */
static inline int quoth_arabic_article_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    const char *w = r->text + t->start;
    size_t n = t->end - t->start, h = n > 4 && w[2] == '-' ? 2 : n > 5 && w[3] == '-' ? 3 : 0;
    if (!h || w[h + 1] < 'A' || w[h + 1] > 'Z') return 0;
    if (h == 3) return w[0] == 'a' && w[1] == 's' && w[2] == 'h';
    return (w[0] == 'a' && (w[1] == 'l' || w[1] == 'd' || w[1] == 'r' || w[1] == 's' || w[1] == 'z')) ||
           (w[0] == 'e' && w[1] == 'l') || (w[0] == 'u' && (w[1] == 'l' || w[1] == 'd'));
}

/* brand_in_small_letters() past the capital inside, which it asks first. */
static inline int brand_word(const quoth_resolver *r, size_t i) {
    const quoth_token *t = &r->p.t[i];
    return (t->flags & (TOK_ALPHA | TOK_DIGIT)) == TOK_ALPHA &&
           (t->coarse == CT_NOUN || quoth_arabic_article_word(r, i)) && quoth_capitalized_name_token(r, i);
}

/* A word in small letters that the tagger read as a noun but that holds
 * a capital inside, as a brand's may ("kestrelPay", "veloCart": the
 * twenty-third audit's technology news had been no one's): the
 * tokenizer marks the capital (quoth_token.inner_capital), asked here
 * always inline, so that a noun without one costs no call (gcc had kept
 * the whole test a call in past_small_words(), one for every word in small
 * letters of a document). */
static inline __attribute__((always_inline)) int brand_in_small_letters(const quoth_resolver *r, size_t i) {
    return r->p.t[i].inner_capital && brand_word(r, i);
}

/* Called for every token, most of them lower-case words that no test
 * below would take: those are turned away inline. */
static inline __attribute__((always_inline)) int is_name_token(const quoth_resolver *r, size_t i) {
    return may_open_name(&r->p.t[i]) ? quoth_capitalized_name_token(r, i) : brand_in_small_letters(r, i);
}

/* Whether token i is a noun that heads a body's name: the tagger's words
 * of bodies, and others that only the speakers read (places.c). */
static inline int body_word(const quoth_resolver *r, size_t i) {
    return (r->p.t[i].lex & LEX_ORG_WORD) || (quoth_name_classes_at(r, i) & NAME_BODY);
}

/* "and" or a comma: what joins a list's words. */
static inline int joiner(const quoth_resolver *r, size_t i) {
    return quoth_word_is(&r->p, i, "and") || quoth_punct_is(&r->p, i, ",");
}

#endif
