/*
 * sentences.c - sentences and paragraphs from tokens.
 *
 * A sentence ends at . ! ? (and the closing quotes or brackets after them)
 * when the next token could begin a sentence, and at every paragraph break.
 * Abbreviations keep their period as part of the token, so "Mr." never ends
 * a sentence; other abbreviations do when a typical sentence opener follows
 * ("... in the U.S. The talks ...").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "text/tokens.h"
#include "util/array.h"

/* Longer runs are cut: no sentence is this long, and it bounds the work of
 * every later stage that looks across a sentence. */
#define MAX_SENTENCE_TOKENS 400

/* The first character settles most calls without strcmp: these tests run
 * on every token, and their lists on every abbreviation and paragraph. */
static int same_word(const char *w, const char *s) { return w[0] == s[0] && strcmp(w, s) == 0; }

static int norm_is(const quoth_token_list *l, size_t i, const char *s) {
    return same_word(quoth_token_norm(l, i), s);
}

/* The flag first: most tokens are words, and it saves reading the form. */
static int is_terminal(const quoth_token_list *l, size_t i) {
    if (!(l->tok[i].flags & TOK_PUNCT)) return 0;
    const char *w = quoth_token_norm(l, i);
    return w[0] == '.' || w[0] == '!' || w[0] == '?';
}

static int is_closer(const quoth_token_list *l, size_t i) {
    return (l->tok[i].flags & TOK_QUOTE_CLOSE) || norm_is(l, i, "-RRB-") ||
           norm_is(l, i, "-RSB-");
}

/* Capitalized words that open sentences far more often than they follow
 * an abbreviation inside one. */
static int is_sentence_opener(const quoth_token_list *l, size_t i) {
    static const char *const OPENERS[] = {
        "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "A", "An",
        "This", "That", "These", "Those", "His", "Her", "Their", "There", "However",
        "If", "When", "While", "After", "Before", "On", "At", "As", "For", "Some",
        "Many", "Most", "Meanwhile", "Still", "Yet", "So", "Also", "Earlier", "Later"};
    const char *w = quoth_token_norm(l, i);
    for (size_t k = 0; k < sizeof OPENERS / sizeof *OPENERS; k++)
        if (same_word(w, OPENERS[k])) return 1;
    return 0;
}

/* Titles never end a sentence: "Gen. Milley", "Mr. Kirby". */
static int is_title_abbrev(const quoth_token_list *l, size_t i) {
    static const char *const TITLES[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.", "Rep.",
                                         "Gov.", "Lt.", "Col.", "Maj.", "Capt.", "Adm.",
                                         "Sgt.", "Prof.", "Rev.", "Hon.", "Pres.", "St."};
    const char *w = quoth_token_norm(l, i);
    if (w[1] == '.' && w[2] == '\0') return 1; /* an initial: "John F. Kennedy" */
    for (size_t k = 0; k < sizeof TITLES / sizeof *TITLES; k++)
        if (same_word(w, TITLES[k])) return 1;
    return 0;
}

/* "in a post on X. He accused ...": the platform's name and its full
 * stop after a word in small letters end the sentence, as no initial of a
 * name follows such a word ("John F. Kennedy" follows a name; the
 * forty-second audit's "X. He" had been one sentence, and its "He" the
 * platform's). X alone: any letter would be as right ("vitamin D. The"),
 * but PolNeAR's two ("standing O. The", "do I. This") retrain the taggers
 * into a model a little worse on dev, noise of that size. */
static int letter_after_small_word(const quoth_token_list *l, size_t first, size_t i) {
    const char *w = quoth_token_norm(l, i);
    if (i <= first || w[0] != 'X' || w[1] != '.' || w[2] != '\0') return 0;
    unsigned before = l->tok[i - 1].flags;
    return (before & (TOK_ALPHA | TOK_CAPITALIZED)) == TOK_ALPHA;
}

/* Whether a sentence may start at token `next` after the terminal run that
 * ends at token `last`. */
static int may_start_sentence(const quoth_token_list *l, size_t next) {
    unsigned f = l->tok[next].flags;
    if (f & (TOK_CAPITALIZED | TOK_DIGIT | TOK_QUOTE_OPEN)) return 1;
    const char *w = quoth_token_norm(l, next);
    return w[0] == '-' || !(f & TOK_ALPHA);
}

/* The index of the first token of the next sentence after a sentence that
 * starts at `first`, or l->n. Each token it passes gets the index of the
 * sentence, `sentence`, on the way (those of the next sentence get theirs
 * again after): no second pass over the tokens. */
static size_t sentence_end(quoth_token_list *l, size_t first, uint32_t sentence) {
    size_t i = first;
    while (i < l->n) {
        l->tok[i].sentence = sentence;
        /* most tokens are words of no account here: one test passes them */
        if (!(l->tok[i].flags & (TOK_PARA_START | TOK_PUNCT | TOK_ABBREV)) && i - first + 1 < MAX_SENTENCE_TOKENS) {
            i++;
            continue;
        }
        if (i > first && (l->tok[i].flags & TOK_PARA_START)) return i;
        if (i - first + 1 >= MAX_SENTENCE_TOKENS) return i + 1;
        if (is_terminal(l, i)) {
            size_t j = i + 1;
            while (j < l->n && (is_terminal(l, j) || is_closer(l, j)) &&
                   !(l->tok[j].flags & TOK_PARA_START))
                l->tok[j++].sentence = sentence;
            if (j >= l->n || (l->tok[j].flags & TOK_PARA_START)) return j;
            if ((l->tok[j].flags & TOK_SPACE_BEFORE) && may_start_sentence(l, j)) return j;
            i = j;
            continue;
        }
        if ((l->tok[i].flags & TOK_ABBREV) && (!is_title_abbrev(l, i) || letter_after_small_word(l, first, i)) &&
            i + 1 < l->n && !(l->tok[i + 1].flags & TOK_PARA_START) && is_sentence_opener(l, i + 1))
            return i + 1;
        i++;
    }
    return l->n;
}

/* Navigation lines of scraped pages: "Read also: ...", "READ MORE: ...". */
static int is_navigation(const quoth_token_list *l, const quoth_paragraph *p) {
    static const char *const LEADS[][2] = {
        {"read", "also"}, {"read", "more"}, {"see", "also"}, {"also", "read"},
        {"related", ":"}, {"click", "here"}, {"follow", "us"}, {"subscribe", NULL},
        {"advertisement", NULL}, {"watch", ":"}, {"sign", "up"}, {"share", "this"},
        {"more", ":"}, {"recommended", ":"}, {"also", "see"},
        /* lists of other stories at a page's foot (the seventh audit's
         * "Related stories" had given two statements) */
        {"related", "stories"}, {"related", "articles"}, {"related", "coverage"}, {"related", "content"},
        {"most", "read"}, {"most", "popular"}, {"most", "viewed"}, {"more", "stories"}, {"trending", "now"}};
    if (p->n_tokens == 0 || p->n_tokens > 40) return 0;
    char a[16] = {0}, b[16] = {0};
    for (size_t k = 0; k < 2 && k < p->n_tokens; k++) {
        const char *w = quoth_token_norm(l, p->first_token + k);
        char *dst = k ? b : a;
        size_t n = strlen(w);
        if (n >= sizeof a) return 0;
        for (size_t c = 0; c < n; c++) dst[c] = (char)((w[c] >= 'A' && w[c] <= 'Z') ? w[c] | 0x20 : w[c]);
    }
    for (size_t k = 0; k < sizeof LEADS / sizeof *LEADS; k++)
        if (same_word(a, LEADS[k][0]) && (!LEADS[k][1] || same_word(b, LEADS[k][1])))
            return 1;
    return 0;
}

/* How many words a navigation heading has at most ("Related stories"). */
#define NAVIGATION_HEADING_MAX 4
/* How many tokens a listed link has at most. */
#define LISTED_LINK_MAX 30

/* Whether paragraph p is an item of a list of links: a bullet opens it
 * ("- Council leader says budget gap is 'worst in memory'"). */
static int listed_link(const quoth_token_list *l, const quoth_paragraph *p) {
    if (p->n_tokens < 2 || p->n_tokens > LISTED_LINK_MAX) return 0;
    const char *w = quoth_token_norm(l, p->first_token);
    return strcmp(w, "-") == 0 || strcmp(w, "*") == 0 || strcmp(w, "\xE2\x80\xA2") == 0 /* • */ ||
           strcmp(w, "--") == 0;
}

/* The items of a list that a navigation heading opens ("Related
 * stories", then one link a line) are navigation too, up to the first
 * paragraph that is no item. */
static void mark_listed_links(quoth_token_list *l) {
    for (size_t k = 0; k + 1 < l->n_para; k++) {
        if (!l->para[k].navigation || l->para[k].n_tokens > NAVIGATION_HEADING_MAX) continue;
        while (k + 1 < l->n_para && listed_link(l, &l->para[k + 1])) l->para[++k].navigation = 1;
    }
}

int quoth_split_sentences(quoth_token_list *l) {
    l->n_sent = l->n_para = 0;
    size_t i = 0;
    while (i < l->n) {
        size_t end = sentence_end(l, i, (uint32_t)l->n_sent);
        if (QUOTH_RESERVE(l->sent, l->cap_sent, l->n_sent + 1, 256))
            return QUOTH_ERR_NOMEM;
        if (i == 0 || (l->tok[i].flags & TOK_PARA_START)) {
            if (QUOTH_RESERVE(l->para, l->cap_para, l->n_para + 1, 256))
                return QUOTH_ERR_NOMEM;
            quoth_paragraph *p = &l->para[l->n_para++];
            memset(p, 0, sizeof *p);
            p->first_sentence = (uint32_t)l->n_sent;
            p->first_token = (uint32_t)i;
        }
        quoth_paragraph *p = &l->para[l->n_para - 1];
        quoth_sentence *s = &l->sent[l->n_sent];
        s->first = (uint32_t)i;
        s->count = (uint32_t)(end - i);
        s->paragraph = (uint32_t)(l->n_para - 1);
        l->tok[i].flags |= TOK_SENT_START;
        p->n_sentences++;
        p->n_tokens += (uint32_t)(end - i);
        l->n_sent++;
        i = end;
    }
    for (size_t k = 0; k < l->n_para; k++) l->para[k].navigation = (uint8_t)is_navigation(l, &l->para[k]);
    mark_listed_links(l);
    return 0;
}
