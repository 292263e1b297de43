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

/* A token as a test expects it: its bytes of the text and its flags. */
typedef struct want_token {
    uint32_t start, end;
    const char *text;
    unsigned flags;
} want_token;

/* Tokenizes text[0..len) and checks every token against want[], flags
 * under `mask`; on a failure, names the input and lists what came out. */
static void check_tokens(const char *what, const char *text, size_t len, const want_token *want,
                         size_t n_want, unsigned mask) {
    int failed = harness_failed;
    quoth_token_list tl = {0};
    CHECK_INT(quoth_tokenize(&tl, text, len, demo_counts, NULL), 0);
    CHECK_INT(tl.n, n_want);
    for (size_t i = 0; i < tl.n && i < n_want; i++) {
        const quoth_token *t = &tl.tok[i];
        CHECK_INT(t->start, want[i].start);
        CHECK_INT(t->end, want[i].end);
        /* a wrong offset may point anywhere: read the text only within it */
        CHECK(t->start <= t->end && t->end <= len);
        if (t->start <= t->end && t->end <= len) CHECK_MEM(text + t->start, t->end - t->start, want[i].text);
        CHECK_INT(t->flags & mask, want[i].flags & mask);
    }
    if (harness_failed > failed) {
        fprintf(stderr, "  in \"%s\", got %zu tokens:\n", what, tl.n);
        for (size_t i = 0; i < tl.n; i++)
            fprintf(stderr, "    [%u, %u) \"%s\" flags %#x\n", tl.tok[i].start, tl.tok[i].end,
                    quoth_token_norm(&tl, i), tl.tok[i].flags);
    }
    quoth_token_list_free(&tl);
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
    for (size_t i = 0; i < tl.n && i < sizeof WANT / sizeof *WANT; i++) {
        /* a wrong map can give any offset: compare only what lies in the text */
        CHECK(tl.tok[i].start <= tl.tok[i].end && tl.tok[i].end <= strlen(s));
        if (tl.tok[i].start <= tl.tok[i].end && tl.tok[i].end <= strlen(s))
            CHECK_MEM(s + tl.tok[i].start, tl.tok[i].end - tl.tok[i].start, WANT[i]);
    }
    quoth_token_list_free(&tl);

    /* The split falls before a skipped character: "said" ends where the map
     * written before the soft hyphen says, not where k + delta would put it
     * (delta has grown by the soft hyphen's two bytes since). */
    static const want_token SHY[] = {
        {0, 4, "said", TOK_PARA_START | TOK_ALPHA | TOK_GLUED},
        {4, 10, "th\302\255at", TOK_ALPHA | TOK_GLUED | TOK_SPACE_AFTER},
    };
    check_tokens("saidth<SHY>at", "saidth\302\255at", 10, SHY, sizeof SHY / sizeof *SHY, ~0u);

    /* A three-byte invisible character (U+200C, skipped) and then ASCII
     * copied byte for byte: the split in the ASCII run lands through delta,
     * which must count all three bytes. Alone, the run after the joiner is
     * read a byte at a time; between other words, eight at a time. */
    static const want_token ZWNJ[] = {
        {0, 7, "sa\342\200\214id", TOK_PARA_START | TOK_ALPHA | TOK_GLUED},
        {7, 11, "that", TOK_ALPHA | TOK_GLUED | TOK_SPACE_AFTER},
    };
    check_tokens("sa<ZWNJ>idthat", "sa\342\200\214idthat", 11, ZWNJ, sizeof ZWNJ / sizeof *ZWNJ, ~0u);
    static const want_token ZWNJ_PADDED[] = {
        {0, 2, "xx", TOK_PARA_START | TOK_ALPHA | TOK_SPACE_AFTER},
        {3, 10, "sa\342\200\214id", TOK_SPACE_BEFORE | TOK_ALPHA | TOK_GLUED},
        {10, 14, "that", TOK_ALPHA | TOK_GLUED | TOK_SPACE_AFTER},
        {15, 17, "yy", TOK_SPACE_BEFORE | TOK_ALPHA | TOK_SPACE_AFTER},
    };
    check_tokens("xx sa<ZWNJ>idthat yy", "xx sa\342\200\214idthat yy", 17, ZWNJ_PADDED,
                 sizeof ZWNJ_PADDED / sizeof *ZWNJ_PADDED, ~0u);
}

/* "R-Wis.", "D-Md.": the abbreviation after the hyphen keeps its period,
 * so the last part must be looked up without the hyphen. */
static void test_abbreviation_after_hyphen(void) {
    static const want_token SEN[] = {
        {0, 4, "Sen.", TOK_PARA_START | TOK_CAPITALIZED | TOK_ALPHA | TOK_ABBREV | TOK_SPACE_AFTER},
        {5, 8, "Ron", TOK_SPACE_BEFORE | TOK_CAPITALIZED | TOK_ALPHA | TOK_SPACE_AFTER},
        {9, 16, "Johnson", TOK_SPACE_BEFORE | TOK_CAPITALIZED | TOK_ALPHA | TOK_SPACE_AFTER},
        {17, 18, "(", TOK_SPACE_BEFORE | TOK_PUNCT},
        {18, 24, "R-Wis.", TOK_CAPITALIZED | TOK_ALPHA | TOK_ABBREV},
        {24, 25, ")", TOK_PUNCT | TOK_SPACE_AFTER},
        {26, 30, "said", TOK_SPACE_BEFORE | TOK_ALPHA | TOK_SPACE_AFTER},
    };
    const char *s = "Sen. Ron Johnson (R-Wis.) said";
    check_tokens(s, s, strlen(s), SEN, sizeof SEN / sizeof *SEN, ~0u);
    static const want_token MD[] = {
        {0, 1, "(", TOK_PARA_START | TOK_PUNCT},
        {1, 6, "D-Md.", TOK_CAPITALIZED | TOK_ALPHA | TOK_ABBREV},
        {6, 7, ")", TOK_PUNCT | TOK_SPACE_AFTER},
    };
    check_tokens("(D-Md.)", "(D-Md.)", 7, MD, sizeof MD / sizeof *MD, ~0u);
}

/* White space on either side of a token: a single ASCII space takes a fast
 * path in skip_space(), longer runs and line breaks the slow one, and the
 * end of the text counts as space after the last token. */
static void test_space_flags(void) {
    enum { SPACE = TOK_SPACE_BEFORE | TOK_SPACE_AFTER | TOK_NEWLINE_BEFORE | TOK_PARA_START };
    static const want_token ONE[] = {
        {0, 1, "a", TOK_PARA_START | TOK_SPACE_AFTER},
        {2, 3, "b", TOK_SPACE_BEFORE | TOK_SPACE_AFTER},
    };
    check_tokens("a b", "a b", 3, ONE, 2, SPACE);
    check_tokens("a b<space>", "a b ", 4, ONE, 2, SPACE);
    static const want_token TWO[] = {
        {0, 1, "a", TOK_PARA_START | TOK_SPACE_AFTER},
        {3, 4, "b", TOK_SPACE_BEFORE | TOK_SPACE_AFTER},
    };
    check_tokens("a<2 spaces>b", "a  b", 4, TWO, 2, SPACE);
    static const want_token NONE[] = {{0, 3, "a.b", TOK_PARA_START | TOK_SPACE_AFTER}};
    check_tokens("a.b", "a.b", 3, NONE, 1, SPACE);
    static const want_token COMMA[] = {
        {0, 1, "a", TOK_PARA_START},
        {1, 2, ",", TOK_SPACE_AFTER},
        {3, 4, "b", TOK_SPACE_BEFORE | TOK_SPACE_AFTER},
    };
    check_tokens("a, b", "a, b", 4, COMMA, 3, SPACE);
    static const want_token PARA[] = {
        {0, 1, "a", TOK_PARA_START | TOK_SPACE_AFTER},
        {3, 4, "b", TOK_SPACE_BEFORE | TOK_NEWLINE_BEFORE | TOK_PARA_START | TOK_SPACE_AFTER},
    };
    check_tokens("a<LF><LF>b", "a\n\nb", 4, PARA, 2, SPACE);
}

/* A NUL inside the text (the length is explicit, so the text goes on after
 * it) separates like a space, whether the eight-byte read meets it or a
 * word stops right before it; no token reaches across it. */
static void test_nul_in_text(void) {
    static const char S1[] = "abcdefgh\0ijk's", S2[] = "abc\0defghijk's";
    static const want_token W1[] = {
        {0, 8, "abcdefgh", TOK_PARA_START | TOK_ALPHA | TOK_SPACE_AFTER},
        {9, 12, "ijk", TOK_SPACE_BEFORE | TOK_ALPHA},
        {12, 14, "'s", TOK_ALPHA | TOK_SPACE_AFTER},
    };
    static const want_token W2[] = {
        {0, 3, "abc", TOK_PARA_START | TOK_ALPHA | TOK_SPACE_AFTER},
        {4, 12, "defghijk", TOK_SPACE_BEFORE | TOK_ALPHA},
        {12, 14, "'s", TOK_ALPHA | TOK_SPACE_AFTER},
    };
    check_tokens("abcdefgh<NUL>ijk's", S1, sizeof S1 - 1, W1, sizeof W1 / sizeof *W1, ~0u);
    check_tokens("abc<NUL>defghijk's", S2, sizeof S2 - 1, W2, sizeof W2 / sizeof *W2, ~0u);
    const char *const texts[] = {S1, S2};
    for (size_t t = 0; t < 2; t++) {
        size_t len = sizeof S1 - 1, nul = (size_t)(strchr(texts[t], '\0') - texts[t]);
        quoth_token_list tl = {0};
        CHECK_INT(quoth_tokenize(&tl, texts[t], len, demo_counts, NULL), 0);
        for (size_t i = 0; i < tl.n; i++) {
            CHECK(tl.tok[i].start < tl.tok[i].end && tl.tok[i].end <= len);
            CHECK(tl.tok[i].end <= nul || tl.tok[i].start > nul);
            CHECK(strlen(quoth_token_norm(&tl, i)) == tl.tok[i].norm_len);
        }
        quoth_token_list_free(&tl);
    }
}

/* Near MAX_WORD_BYTES (512) the word is read a byte at a time: 509 ASCII
 * letters then a two-byte letter make a word of 511 bytes, whole; one more
 * letter fills it to 512, and what follows starts a new token. No byte is
 * lost or counted twice either way. */
static void test_words_near_the_length_limit(void) {
    char text[600], w511[600], w512[600];
    memset(text, 'a', 509);
    memcpy(text + 509, "\303\251bc def", 8);
    memcpy(w511, text, 511);
    w511[511] = '\0';
    memcpy(w512, text, 512);
    w512[512] = '\0';
    /* alone: fewer than eight bytes are left after the 504th */
    const want_token ALONE[] = {{0, 511, w511, TOK_PARA_START | TOK_ALPHA | TOK_SPACE_AFTER}};
    check_tokens("509 a, e-acute", text, 511, ALONE, 1, ~0u);
    const want_token CUT[] = {
        {0, 512, w512, TOK_PARA_START | TOK_ALPHA},
        {512, 513, "c", TOK_ALPHA | TOK_SPACE_AFTER},
        {514, 517, "def", TOK_SPACE_BEFORE | TOK_ALPHA | TOK_SPACE_AFTER},
    };
    check_tokens("509 a, e-acute, bc def", text, 517, CUT, sizeof CUT / sizeof *CUT, ~0u);
    /* the normalized forms are the text itself, to the last byte */
    quoth_token_list tl = {0};
    CHECK_INT(quoth_tokenize(&tl, text, 517, demo_counts, NULL), 0);
    CHECK_INT(tl.n, 3);
    if (tl.n == 3) {
        CHECK_INT(tl.tok[0].norm_len, 512);
        CHECK_STR(quoth_token_norm(&tl, 0), w512);
        CHECK_STR(quoth_token_norm(&tl, 1), "c");
    }
    quoth_token_list_free(&tl);
}

TEST_MAIN(test_word_reads_alike_anywhere, test_word_flags_match_a_plain_reading,
          test_splits_carry_to_the_text, test_abbreviation_after_hyphen, test_space_flags,
          test_nul_in_text, test_words_near_the_length_limit)
