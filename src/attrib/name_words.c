/*
 * name_words.c - the table of name words (name_words.h): given names,
 * places, dates, heads of things and organizations, nouns of people, each
 * found with one probe by its key.
 */
#include "attrib/name_words.h"

#include <string.h>
#include <utf8proc.h>

#include "quoth.h"
#include "tag/hash.h"

/* The key of a place of one or more words, as quoth_name_key() makes it
 * from the tokens that name it. */
static uint64_t place_key(const char *place) {
    uint64_t key = 0;
    int first = 1;
    for (const char *w = place; *w;) {
        size_t n = strcspn(w, " ");
        uint64_t h = quoth_hash_lower(w, n);
        key = first ? h : quoth_name_key(key, h);
        first = 0;
        w += n;
        while (*w == ' ') w++;
    }
    return key;
}

/* Adds a key to the table and to its filter (name_words.h). */
static void add_key(quoth_name_words *w, uint64_t key, uint32_t classes) {
    quoth_word_classes_add_key(&w->table, key, classes);
    key += !key;
    w->filter[quoth_name_filter_word(key)] |= quoth_name_filter_bits(key);
}

/* A word of the lists that opens with a letter outside ASCII ("élodie",
 * "ülle") written with that letter capitalized ("Élodie") into buf; its
 * length, or 0 when it opens with ASCII or no other case. The words' keys
 * lower ASCII letters only (quoth_hash_lower()), so the list's form alone
 * never matched a capitalized name (the forty-eighth audit's "Ülle
 * Kõrvits" had been "Kõrvits"). */
static size_t capitalized_form(const char *word, char *buf, size_t cap) {
    utf8proc_int32_t c;
    size_t n = strlen(word);
    if ((unsigned char)word[0] < 0x80) return 0;
    utf8proc_ssize_t first = utf8proc_iterate((const utf8proc_uint8_t *)word, (utf8proc_ssize_t)n, &c);
    utf8proc_int32_t upper = first > 0 ? utf8proc_toupper(c) : c;
    if (first <= 0 || upper == c || n + 4 > cap) return 0;
    utf8proc_ssize_t m = utf8proc_encode_char(upper, (utf8proc_uint8_t *)buf);
    memcpy(buf + m, word + first, n - (size_t)first);
    return (size_t)m + n - (size_t)first;
}

static void add_word(quoth_name_words *w, const char *word, uint32_t classes) {
    char capitalized[64];
    size_t n = capitalized_form(word, capitalized, sizeof capitalized);
    add_key(w, quoth_hash_lower(word, strlen(word)), classes);
    if (n) add_key(w, quoth_hash_lower(capitalized, n), classes);
}

/* The lists whose every word takes one class (name_words.h). */
static const struct {
    size_t (*words)(const char *const **list);
    uint32_t classes;
} CLASSED_LISTS[] = {
    {quoth_thing_heads, NAME_THING},          {quoth_organization_heads, NAME_ORG_HEAD},
    {quoth_people_nouns, NAME_PEOPLE},        {quoth_role_nouns, NAME_ROLE},
    {quoth_body_nouns, NAME_BODY},            {quoth_person_nouns, NAME_PERSON_NOUN},
    {quoth_portfolio_fields, NAME_PORTFOLIO}, {quoth_courtesy_words, NAME_COURTESY},
    {quoth_romance_heads, NAME_ROMANCE_HEAD}, {quoth_vietnamese_family_names, NAME_VIET_FAMILY},
};

int quoth_name_words_init(quoth_name_words *w) {
    /* about 3,100 entries (1,600 given names, 780 places): a table a
     * fifth full keeps probes short, in 256 KB that the model's workers
     * share */
    memset(w->filter, 0, sizeof w->filter);
    if (quoth_word_classes_alloc(&w->table, 16384)) return QUOTH_ERR_NOMEM;
    const char *const *list;
    const uint32_t *classes;
    /* either gender is both bits, which quoth_given_name_gender() reads as neither */
    static const uint32_t GENDER_CLASSES[] = {NAME_MAN, NAME_WOMAN, NAME_MAN | NAME_WOMAN};
    for (int gender = 1; gender <= 3; gender++) {
        size_t n = quoth_given_names_list(gender, &list);
        for (size_t k = 0; k < n; k++) add_word(w, list[k], GENDER_CLASSES[gender - 1]);
    }
    size_t n = quoth_place_names(&list);
    for (size_t k = 0; k < n; k++) add_key(w, place_key(list[k]), NAME_PLACE);
    n = quoth_date_words(&list, &classes);
    for (size_t k = 0; k < n; k++) add_word(w, list[k], classes[k]);
    /* one probe finds a run's organization, where comparing its words
     * with every name cost as much as the rest of the speakers' names */
    n = quoth_known_organization_count();
    for (size_t k = 0; k < n; k++)
        add_key(w, place_key(quoth_known_organization_written(k)), (uint32_t)(k + 1) << NAME_KNOWN_ORG_SHIFT);
    for (size_t c = 0; c < sizeof CLASSED_LISTS / sizeof *CLASSED_LISTS; c++) {
        n = CLASSED_LISTS[c].words(&list);
        for (size_t k = 0; k < n; k++) add_word(w, list[k], CLASSED_LISTS[c].classes);
    }
    return 0;
}

void quoth_name_words_free(quoth_name_words *w) { quoth_word_classes_free(&w->table); }

int quoth_given_name_gender(const quoth_name_words *w, uint64_t hash) {
    uint32_t gender = quoth_name_word_classes(w, hash) & (NAME_MAN | NAME_WOMAN);
    return gender == NAME_MAN ? 1 : gender == NAME_WOMAN ? 2 : 0; /* both lists: neither */
}
