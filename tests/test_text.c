/*
 * test_text.c - UTF-8 repair, code-point offsets, tokens, sentences,
 * paragraphs: the text stage on fixtures written for these tests.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "harness.h"
#include "text/tokens.h"
#include "text/utf8.h"
#include "text/wrap.h"

/* ------------------------------------------------------------- UTF-8 */

static void test_valid_text_is_copied_unchanged(void) {
    quoth_clean_text ct = {0};
    const char *s = "Caf\xC3\xA9 \xE2\x80\x9Chi\xE2\x80\x9D";
    CHECK_INT(quoth_clean_text_set(&ct, s, strlen(s), 0), 0);
    CHECK_INT(ct.len, strlen(s));
    CHECK_MEM(ct.text, ct.len, s);
    CHECK_INT(ct.repairs, 0);
    CHECK_INT(ct.n_codepoints, 9);
    CHECK_INT(quoth_clean_text_cp(&ct, 3), 3);  /* before é */
    CHECK_INT(quoth_clean_text_cp(&ct, 5), 4);  /* after é */
    CHECK_INT(quoth_clean_text_cp(&ct, strlen(s)), 9);
    quoth_clean_text_free(&ct);
}

/* Each maximal invalid subsequence becomes one U+FFFD, as Python decodes. */
static void test_invalid_bytes_become_replacement_characters(void) {
    quoth_clean_text ct = {0};
    /* a lone continuation byte, a truncated 3-byte sequence, an overlong, a surrogate */
    const char s[] = "a\x80" "b\xE2\x80" "c\xC0\xAF" "d\xED\xA0\x80" "e";
    CHECK_INT(quoth_clean_text_set(&ct, s, sizeof s - 1, 0), 0);
    CHECK_MEM(ct.text, ct.len,
              "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD"
              "d\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "e");
    CHECK_INT(ct.repairs, 7);
    CHECK_INT(ct.n_codepoints, 12);
    quoth_clean_text_free(&ct);
}

/* A file's newlines are universal, as Python reads it; a string keeps its
 * "\r" (offsets count it, as Python's len() of the string does). */
static void test_newlines_universal_for_files_only(void) {
    quoth_clean_text ct = {0};
    CHECK_INT(quoth_clean_text_set(&ct, "a\r\nb\rc\n", 7, 1), 0);
    CHECK_MEM(ct.text, ct.len, "a\nb\nc\n");
    CHECK_INT(ct.n_codepoints, 6);
    CHECK_INT(quoth_clean_text_set(&ct, "a\r\nb\rc\n", 7, 0), 0);
    CHECK_MEM(ct.text, ct.len, "a\r\nb\rc\n");
    CHECK_INT(ct.n_codepoints, 7);
    CHECK_INT(quoth_clean_text_set(&ct, "\xE9\r\n\r\r\n\r", 7, 1), 0);
    CHECK_MEM(ct.text, ct.len, "\xEF\xBF\xBD\n\n\n\n");
    CHECK_INT(ct.repairs, 1);
    CHECK_INT(ct.n_codepoints, 5);
    quoth_clean_text_free(&ct);
    char s[] = "no carriage return";
    CHECK_INT(quoth_universal_newlines(s, sizeof s - 1), sizeof s - 1);
    CHECK_STR(s, "no carriage return");
}

static void test_code_points_across_blocks(void) {
    /* 100 two-byte letters: the index crosses its 64-byte blocks */
    char s[200];
    for (int i = 0; i < 100; i++) memcpy(s + 2 * i, "\xC3\xA9", 2);
    quoth_clean_text ct = {0};
    CHECK_INT(quoth_clean_text_set(&ct, s, sizeof s, 0), 0);
    int ok = 1;
    for (size_t b = 0; b <= sizeof s; b += 2) ok &= quoth_clean_text_cp(&ct, b) == b / 2;
    CHECK(ok);
    quoth_clean_text_free(&ct);
}

/* ------------------------------------------------------------ tokens */

static quoth_token_list tokens_of(const char *s) {
    quoth_token_list tl = {0};
    quoth_tokenize(&tl, s, strlen(s), NULL, NULL);
    quoth_split_sentences(&tl);
    return tl;
}

/* The normalized forms joined by single spaces. */
static const char *joined(const quoth_token_list *tl) {
    static char buf[2048];
    size_t o = 0;
    for (size_t i = 0; i < tl->n && o + 40 < sizeof buf; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? " " : "", quoth_token_norm(tl, i));
    buf[o] = '\0';
    return buf;
}

static void test_penn_treebank_conventions(void) {
    quoth_token_list tl = tokens_of("Kirby\xE2\x80\x99s aide didn't say (much) \xE2\x80\x94 or did she?");
    CHECK_STR(joined(&tl), "Kirby 's aide did n't say -LRB- much -RRB- -- or did she ?");
    quoth_token_list_free(&tl);
}

static void test_quotation_marks_of_many_languages(void) {
    quoth_token_list tl = tokens_of("\xE2\x80\x9CYes,\xE2\x80\x9D \xC2\xABnon\xC2\xBB \xE2\x80\x9Eja\xE2\x80\x9C \"ok\"");
    CHECK_STR(joined(&tl), "`` Yes , '' `` non '' `` ja '' `` ok ''");
    CHECK(tl.tok[0].flags & TOK_QUOTE_OPEN);
    CHECK(tl.tok[3].flags & TOK_QUOTE_CLOSE);
    CHECK(tl.tok[4].flags & TOK_QUOTE_OPEN);
    CHECK(tl.tok[7].flags & TOK_QUOTE_OPEN);   /* „ opens */
    CHECK(tl.tok[9].flags & TOK_QUOTE_CLOSE);  /* “ after a word closes, German style */
    CHECK(tl.tok[12].flags & TOK_QUOTE_CLOSE);
    quoth_token_list_free(&tl);
}

static void test_offsets_point_into_the_original(void) {
    const char *s = "O\xE2\x80\x99Malley\xC2\xA0said \xE2\x80\x9Cno\xE2\x80\x9D.";
    quoth_token_list tl = tokens_of(s);
    CHECK_INT(tl.n, 6);
    CHECK_MEM(s + tl.tok[0].start, tl.tok[0].end - tl.tok[0].start, "O\xE2\x80\x99Malley");
    CHECK_STR(quoth_token_norm(&tl, 0), "O'Malley");
    CHECK_MEM(s + tl.tok[1].start, tl.tok[1].end - tl.tok[1].start, "said");
    CHECK_MEM(s + tl.tok[2].start, tl.tok[2].end - tl.tok[2].start, "\xE2\x80\x9C");
    quoth_token_list_free(&tl);
}

static void test_abbreviations_keep_their_period(void) {
    quoth_token_list tl = tokens_of("Gen. Mark Milley met U.S. officials on Jan. 5 at 3.30 p.m. today.");
    CHECK_STR(joined(&tl), "Gen. Mark Milley met U.S. officials on Jan. 5 at 3.30 p.m. today .");
    CHECK_INT(tl.n_sent, 1);
    quoth_token_list_free(&tl);
}

/* A brand's plus sign stays on its word ("Orbit+", "Disney+"), where it
 * had been a conjunction of its own; "LGBT+", "A+", "C++" and "3+4" are
 * read as before. */
static void test_brand_plus_stays_on_its_word(void) {
    quoth_token_list tl = {0};
    const char *s = "Orbit+ and Disney+, LGBT+ people, an A+ grade, C++ code, 3+4.";
    CHECK_INT(quoth_tokenize(&tl, s, strlen(s), NULL, NULL), 0);
    CHECK_STR(joined(&tl), "Orbit+ and Disney+ , LGBT + people , an A + grade , C + + code , 3 + 4 .");
    quoth_token_list_free(&tl);
}

/* A character reference of HTML left in scraped text is the punctuation
 * it stands for, with the offsets of the reference as written; one that
 * stands for a letter, or that is no reference, stays "&" and words. */
/* A capital after a small first letter, by each of the tokenizer's
 * paths: a short ASCII word, a long one, one with a letter beyond ASCII. */
static void test_inner_capital(void) {
    quoth_token_list tl = tokens_of("kestrelPay eBay iPhone Kestrel kestrel KESTREL k9Pay "
                                    "supercalifragilisticPay \u00e9lanVital \u00c9lan 3D");
    static const int inner[] = {1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0};
    CHECK_INT(tl.n, sizeof inner / sizeof *inner);
    for (size_t i = 0; i < tl.n && i < sizeof inner / sizeof *inner; i++) CHECK_INT(tl.tok[i].inner_capital, inner[i]);
    quoth_token_list_free(&tl);
}

static void test_character_references_are_punctuation(void) {
    quoth_token_list tl = tokens_of("&quot;We will appeal,&quot; said Kalpress&#8217; chief &mdash; AT&amp;T &#x201C;no&#x201D; "
                                    "&eacute; &#; &quot");
    CHECK_STR(joined(&tl), "`` We will appeal , '' said Kalpress ' chief -- AT & T `` no '' & eacute ; & # ; & quot");
    CHECK(tl.tok[0].flags & TOK_QUOTE_OPEN);
    CHECK_INT(tl.tok[0].start, 0);
    CHECK_INT(tl.tok[0].end, 6);
    CHECK(tl.tok[5].flags & TOK_QUOTE_CLOSE);
    CHECK(tl.tok[8].flags & TOK_QUOTE_SINGLE);
    CHECK(tl.tok[14].flags & TOK_QUOTE_OPEN);
    CHECK(tl.tok[16].flags & TOK_QUOTE_CLOSE);
    quoth_token_list_free(&tl);
}

/* A number's sign keeps its period before a digit and ends no sentence
 * there ("the No. | 2 Republican" had been two sentences), but ends one
 * as an answer; "v." of a case and a party's state of two initials
 * ("D-N.M.", which had been "D-N", ".", "M.") are one token each. */
static void test_number_signs_cases_and_states(void) {
    quoth_token_list tl = tokens_of("Senator Jo Ruiz of Texas, the No. 2 Republican, said so. Did he agree? No. "
                                    "He left.");
    CHECK_STR(joined(&tl), "Senator Jo Ruiz of Texas , the No. 2 Republican , said so . Did he agree ? No . He left .");
    CHECK_INT(tl.n_sent, 4);
    quoth_token_list_free(&tl);
    tl = tokens_of("The ruling in Roe v. Wade stands, Sen. Tom Udall, D-N.M., said. Rep. Ann Cole, R-Wis., agreed.");
    CHECK_STR(joined(&tl), "The ruling in Roe v. Wade stands , Sen. Tom Udall , D-N.M. , said . Rep. Ann Cole , "
                           "R-Wis. , agreed .");
    CHECK_INT(tl.n_sent, 2);
    quoth_token_list_free(&tl);
}

/* A Mongolian patronymic's initial of two letters keeps its period
 * before a capital and ends no sentence ("Minister Ch. | Tumurbaatar" had
 * been two sentences, the name cut from its initial); the same letters
 * before a small letter or a number, or other pairs, are words as before. */
static void test_digraph_initials(void) {
    quoth_token_list tl = tokens_of("Minister Ch. Tumurbaatar and Dr. Ts. Battsetseg spoke, as did Kh. Nyam and "
                                    "Sh. Bold and Zh. Dorj. See Ch. 11 of the law. He came to Ch. he left.");
    CHECK_STR(joined(&tl), "Minister Ch. Tumurbaatar and Dr. Ts. Battsetseg spoke , as did Kh. Nyam and Sh. Bold "
                           "and Zh. Dorj . See Ch . 11 of the law . He came to Ch . he left .");
    CHECK_INT(tl.sent[0].count, 20); /* the names' sentence, whole */
    CHECK(tl.tok[1].flags & TOK_ABBREV);
    quoth_token_list_free(&tl);
    tl = tokens_of("They met Li. Then they left, and Ng. Tran stayed.");
    CHECK_STR(joined(&tl), "They met Li . Then they left , and Ng . Tran stayed .");
    quoth_token_list_free(&tl);
}

/* Engineers', councillors' and inspectors' titles keep their period, and
 * the sentence goes on past them. */
static void test_titles_of_engineers_and_councillors(void) {
    quoth_token_list tl = tokens_of("The deputy governor, Eng. Bassam Hilal, said Engr. Obi and Cllr. Ward and Insp. "
                                    "Kaur agreed.");
    CHECK_STR(joined(&tl), "The deputy governor , Eng. Bassam Hilal , said Engr. Obi and Cllr. Ward and Insp. Kaur "
                           "agreed .");
    CHECK_INT(tl.n_sent, 1);
    quoth_token_list_free(&tl);
}

static uint32_t demo_counts(const void *ctx, const char *w, size_t n) {
    (void)ctx;
    static const char *const KNOWN[] = {"said", "that", "ukraine", "and", "the", "talks", "arm",
                                        "march", "for", "got", "man", "with", "stood"};
    for (size_t i = 0; i < sizeof KNOWN / sizeof *KNOWN; i++)
        if (strlen(KNOWN[i]) == n && strncasecmp(KNOWN[i], w, n) == 0) return 100;
    return 0;
}

static void test_glued_words_are_split(void) {
    const char *s = "He saidthat Ukraineand theTalks went on.";
    quoth_token_list tl = {0};
    CHECK_INT(quoth_tokenize(&tl, s, strlen(s), demo_counts, NULL), 0);
    /* "theTalks" is not split: the second half of a glued pair is lower case */
    CHECK_STR(joined(&tl), "He said that Ukraine and theTalks went on .");
    CHECK_MEM(s + tl.tok[2].start, tl.tok[2].end - tl.tok[2].start, "that");
    CHECK(tl.tok[2].flags & TOK_GLUED);
    CHECK_MEM(s + tl.tok[3].start, tl.tok[3].end - tl.tok[3].start, "Ukraine");
    quoth_token_list_free(&tl);
    /* words that begin with "for" or "with", and names that end in "and"
     * after a short known word, are whole */
    s = "Armand Marchand forgot it, Forman withstood it, and Lia saidthat.";
    CHECK_INT(quoth_tokenize(&tl, s, strlen(s), demo_counts, NULL), 0);
    CHECK_STR(joined(&tl), "Armand Marchand forgot it , Forman withstood it , and Lia said that .");
    quoth_token_list_free(&tl);
}

static void test_odd_white_space_separates(void) {
    /* no-break space, thin space, zero-width space, BOM; soft hyphen inside a word */
    quoth_token_list tl = tokens_of("\xEF\xBB\xBF" "a\xC2\xA0" "b\xE2\x80\x89" "c\xE2\x80\x8B" "d ne\xC2\xADgo");
    CHECK_STR(joined(&tl), "a b c d nego");
    quoth_token_list_free(&tl);
}

/* --------------------------------------------------------- sentences */

static void test_sentences_and_paragraphs(void) {
    quoth_token_list tl = tokens_of(
        "Mr. Kirby spoke first. The talks, he said, went well! \"Will they resume?\" Nobody knew.\n\n"
        "Read also: Talks resume\n"
        "A second paragraph in the U.S. The end.");
    CHECK_INT(tl.n_para, 3);
    CHECK_INT(tl.n_sent, 7);
    CHECK_INT(tl.sent[0].count, 5);          /* Mr. Kirby spoke first . */
    CHECK_STR(quoth_token_norm(&tl, tl.sent[2].first), "``");
    CHECK_INT(tl.para[1].navigation, 1);
    CHECK_INT(tl.para[0].navigation, 0);
    CHECK_STR(quoth_token_norm(&tl, tl.sent[6].first), "The");
    quoth_token_list_free(&tl);
}

static void test_wrapped_lines_stay_in_their_paragraph(void) {
    quoth_token_list tl = tokens_of("The minister said the plan\nwould work.\nA new paragraph.");
    CHECK_INT(tl.n_para, 2);
    CHECK_INT(tl.n_sent, 2);
    quoth_token_list_free(&tl);
}

/* Invented wire copy cut at 66 columns: a headline and a dateline line, then
 * paragraphs apart by blank lines. */
static const char WIRE_COPY[] =
    "Port delays dredging\n"
    "By Ana Sidell\n"
    "\n"
    "HARBOURTON, May 4 (Wire) - The port authority said on Tuesday that\n"
    "it would delay the dredging of the northern channel until autumn,\n"
    "citing a shortfall in its maintenance budget for the coming year.\n"
    "\n"
    "Tomas Breck, who chairs the Harbourton Shippers' Shipping Liaison\n"
    "Council, said the delay would cost members a great deal of money.\n";

static void test_wrap_width_of_wire_copy(void) {
    CHECK_INT(quoth_wrap_width(WIRE_COPY, strlen(WIRE_COPY)), 66);
    /* the same lines without their newline at the end, and with CRLF */
    CHECK_INT(quoth_wrap_width(WIRE_COPY, strlen(WIRE_COPY) - 1), 66);
    const char crlf[] = "one two three four five six seven eight nine ten eleven twelve x\r\n"
                        "one two three four five six seven eight nine ten eleven twelve\r\n"
                        "one two three four five six seven eight nine ten eleven twelve y\r\n"
                        "the end.\r\n";
    CHECK_INT(quoth_wrap_width(crlf, strlen(crlf)), 64);
}

static void test_wrap_width_leaves_other_layouts(void) {
    /* a paragraph per line, one line too long for any wrapping */
    const char paragraphs[] =
        "The minister said the plan\nwould work, and the opposition said\nit would not, and the\n"
        "committee, which had met for most of the night in the old town hall, said nothing at all to anyone there\n";
    CHECK_INT(quoth_wrap_width(paragraphs, strlen(paragraphs)), 0);
    /* short sentences, one per line: every line ends closed */
    const char brief[] = "The mayor of the town resigned on Monday morning.\n"
                         "\"I have had enough of this council,\" she told the press.\n"
                         "Her deputy, Ola Brandt, will take over until the election.\n"
                         "The election will be held in the spring of next year.\n";
    CHECK_INT(quoth_wrap_width(brief, strlen(brief)), 0);
    /* lines too short to be a width, and too few lines */
    const char list[] = "apples and pears\nplums and\ncherries, figs\nand dates\n";
    CHECK_INT(quoth_wrap_width(list, strlen(list)), 0);
    CHECK_INT(quoth_wrap_width(WIRE_COPY, 40), 0);
    CHECK_INT(quoth_wrap_width("", 0), 0);
    CHECK_INT(quoth_wrap_width("\n\n\n\n", 4), 0);
}

static void test_wrapped_capitals_continue_their_paragraph(void) {
    quoth_token_list tl = tokens_of(WIRE_COPY);
    /* headline, byline, and the two paragraphs: "that\nit", "Liaison\nCouncil"
     * run on, the short byline ends its line */
    CHECK_INT(tl.n_para, 4);
    size_t council = 0;
    for (size_t i = 0; i < tl.n; i++)
        if (strcmp(quoth_token_norm(&tl, i), "Council") == 0) council = i;
    CHECK(council > 0);
    CHECK(!(tl.tok[council].flags & TOK_PARA_START));
    CHECK(tl.tok[council].flags & TOK_NEWLINE_BEFORE);
    quoth_token_list_free(&tl);
}

static void test_empty_and_blank_inputs(void) {
    quoth_token_list tl = tokens_of("");
    CHECK_INT(tl.n, 0);
    CHECK_INT(tl.n_sent, 0);
    quoth_token_list_free(&tl);
    tl = tokens_of(" \n\n\t ");
    CHECK_INT(tl.n, 0);
    quoth_token_list_free(&tl);
}

static void test_very_long_word_is_cut(void) {
    size_t n = 5000;
    char *s = malloc(n + 1);
    memset(s, 'a', n);
    s[n] = '\0';
    quoth_token_list tl = tokens_of(s);
    CHECK(tl.n >= 9);
    size_t covered = 0;
    for (size_t i = 0; i < tl.n; i++) covered += tl.tok[i].end - tl.tok[i].start;
    CHECK_INT(covered, n);
    quoth_token_list_free(&tl);
    free(s);
}

TEST_MAIN(test_valid_text_is_copied_unchanged, test_inner_capital, test_character_references_are_punctuation, test_brand_plus_stays_on_its_word, test_invalid_bytes_become_replacement_characters,
          test_newlines_universal_for_files_only, test_code_points_across_blocks,
          test_penn_treebank_conventions, test_quotation_marks_of_many_languages,
          test_offsets_point_into_the_original, test_abbreviations_keep_their_period,
          test_number_signs_cases_and_states, test_digraph_initials, test_titles_of_engineers_and_councillors,
          test_glued_words_are_split, test_odd_white_space_separates,
          test_sentences_and_paragraphs, test_wrapped_lines_stay_in_their_paragraph,
          test_wrap_width_of_wire_copy, test_wrap_width_leaves_other_layouts,
          test_wrapped_capitals_continue_their_paragraph,
          test_empty_and_blank_inputs, test_very_long_word_is_cut)
