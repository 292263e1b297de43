/*
 * test_tokenize_paths.c - the tokenizer's fast paths against its slow ones.
 *
 * Words are read eight bytes at a time where eight bytes are left in the
 * text, one byte at a time near its end; their flags come from counts made
 * on the way unless a byte >= 0x80 sends them back to a second pass; a word
 * with no apostrophe or hyphen skips the searches for them. So the same
 * word must come out the same wherever it stands, and its flags must be
 * what a plain reading of its normalized form gives.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "text/charclass.h"
#include "text/tokens.h"
#include "text/utf8.h"

/* Tricky words: every alignment of letters against the eight-byte steps,
 * joiners, clitics, abbreviations, digits, Unicode letters, marks and
 * invisible characters, and a byte of invalid UTF-8 (the tokenizer takes
 * any bytes; a sequence cut short by the end of the text, though, decodes
 * differently there and is left out). */
static const char *const WORDS[] = {
    "a", "I", "of", "US", "USA", "Mr.", "Mrs.", "U.S.", "D.C.", "a.m.", "R-Wis.", "Calif.",
    "abcdefg", "abcdefgh", "abcdefghi", "ABCDEFGH", "ABCDEFGHI", "AbCdEfGhIj", "x1y2z3w4v5",
    "12345678", "123456789", "3.30", "3,000,000", "10:30", "AT&T", "B&Q", "F-16", "e-mail",
    "Kirby's", "KIRBY'S", "didn't", "DIDN'T", "we're", "they've", "she'll", "I'd", "I'm",
    "rock'n'roll", "O\xE2\x80\x99Malley", "don\xE2\x80\x99t", "Caf\xC3\xA9", "\xC3\x89tat",
    "na\xC3\xAFve", "e\xCC\x81t\xC3\xA9", "ABC\xC3\x89", "co\xC2\xADoperate", "zero\xE2\x80\x8Bwidth",
    "non\xE2\x80\x90stop", "x\xE2\x80\x91y", "\xE4\xB8\xAD\xE6\x96\x87", "abc\xD9\xA3", "@[]`{",
    "abc\200def", "saidthat", "Ukraineand", "theTalks",
    "whosaid", "housewhite", "SAIDTHAT", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
};

static uint32_t demo_counts(const void *ctx, const char *w, size_t n) {
    static const char *const KNOWN[] = {"said", "that", "ukraine", "and", "the", "talks", "who", "house", "white"};
    (void)ctx;
    for (size_t i = 0; i < sizeof KNOWN / sizeof *KNOWN; i++)
        if (strlen(KNOWN[i]) == n && strncasecmp(KNOWN[i], w, n) == 0) return 10;
    return 0;
}

/* The word flags of a normalized form, read plainly. */
static unsigned reference_flags(const char *norm, size_t n) {
    unsigned flags = 0;
    int letters = 0, uppers = 0;
    for (size_t i = 0; i < n;) {
        size_t len = 1;
        uint32_t cp = quoth_utf8_decode((const unsigned char *)norm + i, n - i, &len);
        quoth_char_class c = (quoth_char_class)quoth_char_classify(cp).cls;
        if (c == CC_UPPER || c == CC_LOWER) letters++;
        if (c == CC_UPPER) uppers++;
        if (c == CC_UPPER && i == 0) flags |= TOK_CAPITALIZED;
        if (c == CC_DIGIT) flags |= TOK_DIGIT;
        i += len;
    }
    if (letters) flags |= TOK_ALPHA;
    if (letters >= 2 && uppers == letters) flags |= TOK_ALL_CAPS;
    return flags;
}

enum { WORD_FLAGS = TOK_CAPITALIZED | TOK_ALL_CAPS | TOK_DIGIT | TOK_ALPHA };

/* Tokens equal but for their offsets, which differ by `shift`. */
static int same_tokens(const quoth_token_list *a, const quoth_token_list *b, size_t shift) {
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++) {
        const quoth_token *x = &a->tok[i], *y = &b->tok[i];
        if (x->start + shift != y->start || x->end + shift != y->end || x->flags != y->flags ||
            x->lower_hash != y->lower_hash || strcmp(quoth_token_norm(a, i), quoth_token_norm(b, i)) != 0)
            return 0;
    }
    return 1;
}

/* A word alone (read byte by byte: fewer than eight bytes follow its start
 * once it is short) and the same word after `lead` spaces and before a run
 * of spaces (read eight bytes at a time). */
static void test_word_reads_alike_anywhere(void) {
    char buf[256];
    int ok = 1;
    for (size_t w = 0; w < sizeof WORDS / sizeof *WORDS; w++) {
        size_t n = strlen(WORDS[w]);
        for (int counts = 0; counts < 2; counts++) {
            quoth_token_list alone = {0};
            CHECK_INT(quoth_tokenize(&alone, WORDS[w], n, counts ? demo_counts : NULL, NULL), 0);
            for (size_t lead = 1; lead <= 9; lead++) {
                memset(buf, ' ', sizeof buf);
                memcpy(buf + lead, WORDS[w], n);
                quoth_token_list padded = {0};
                CHECK_INT(quoth_tokenize(&padded, buf, lead + n + 16, counts ? demo_counts : NULL, NULL), 0);
                /* the first token gains TOK_SPACE_BEFORE from the lead */
                if (padded.n) padded.tok[0].flags &= (uint16_t)~TOK_SPACE_BEFORE;
                if (!same_tokens(&alone, &padded, lead)) {
                    fprintf(stderr, "differs: \"%s\" after %zu spaces\n", WORDS[w], lead);
                    ok = 0;
                }
                quoth_token_list_free(&padded);
            }
            quoth_token_list_free(&alone);
        }
    }
    CHECK(ok);
}

/* Every token that is not punctuation has the flags of its normalized form,
 * in text that mixes all the words above at every alignment. */
static void test_word_flags_match_a_plain_reading(void) {
    char buf[4096];
    int ok = 1;
    for (size_t shift = 0; shift < 8; shift++) {
        size_t o = shift;
        memset(buf, ' ', shift);
        for (size_t w = 0; w < sizeof WORDS / sizeof *WORDS; w++) {
            size_t n = strlen(WORDS[w]);
            memcpy(buf + o, WORDS[w], n);
            o += n;
            buf[o++] = " ,.-\n"[w % 5];
        }
        quoth_token_list tl = {0};
        CHECK_INT(quoth_tokenize(&tl, buf, o, demo_counts, NULL), 0);
        for (size_t i = 0; i < tl.n; i++) {
            const quoth_token *t = &tl.tok[i];
            if (t->flags & TOK_PUNCT) continue;
            unsigned want = reference_flags(quoth_token_norm(&tl, i), t->norm_len);
            if ((t->flags & WORD_FLAGS) != want) {
                fprintf(stderr, "flags of \"%s\": %x, want %x\n", quoth_token_norm(&tl, i),
                        t->flags & WORD_FLAGS, want);
                ok = 0;
            }
        }
        quoth_token_list_free(&tl);
    }
    CHECK(ok);
}

/* Clitics and glued words split at the same byte whichever path read them. */
static void test_splits_carry_to_the_text(void) {
    /* soft hyphens (skipped) move the text away from the normalized form */
    const char *s = "xx Kirby's co\xC2\xADoperation didn\xE2\x80\x99t saidthat Ukraineand theTalks "
                    "di\302\255dn't said\302\255that Ukr\302\255aine\302\255and.";
    quoth_token_list tl = {0};
    CHECK_INT(quoth_tokenize(&tl, s, strlen(s), demo_counts, NULL), 0);
    static const char *const WANT[] = {"xx", "Kirby", "'s", "co\xC2\xADoperation", "did", "n\xE2\x80\x99t",
                                       "said", "that", "Ukraine", "and", "theTalks", "di\302\255d", "n't",
                                       "said\xC2\xAD", "that", "Ukr\302\255aine\302\255", "and", "."};
    CHECK_INT(tl.n, sizeof WANT / sizeof *WANT);
    for (size_t i = 0; i < tl.n && i < sizeof WANT / sizeof *WANT; i++)
        CHECK_MEM(s + tl.tok[i].start, tl.tok[i].end - tl.tok[i].start, WANT[i]);
    quoth_token_list_free(&tl);
}

TEST_MAIN(test_word_reads_alike_anywhere, test_word_flags_match_a_plain_reading,
          test_splits_carry_to_the_text)
