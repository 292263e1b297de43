/*
 * test_charset.c - encodings made UTF-8 (src/io/charset.c): labels as
 * browsers and iconv know them, byte order marks, conversion by table and
 * through iconv, and what becomes of bytes that are invalid in their
 * encoding (one 0xFF each, for the engine to repair and count).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "io/charset.h"
#include "quoth.h"

/* s[0..n) in `cs` as UTF-8 (malloc'd). */
static char *as_utf8(quoth_charset cs, const char *label, const char *s, size_t n) {
    char *out = NULL;
    size_t len = 0;
    int rc = quoth_charset_to_utf8(cs, label, s, n, &out, &len);
    CHECK_INT(rc, 0);
    if (rc) return strdup("");
    CHECK_INT(strlen(out), len); /* NUL-terminated, and no NUL inside for these inputs */
    return out;
}

/* For a literal input, whose length its size tells (NULs included). */
#define check_utf8(cs, label, lit, want) check_utf8_n(cs, label, lit, sizeof(lit) - 1, want)

static void check_refused(quoth_charset cs, const char *label) {
    char *out = (char *)"untouched";
    size_t len = 1;
    CHECK_INT(quoth_charset_to_utf8(cs, label, "a", 1, &out, &len), QUOTH_ERR_INVALID);
    CHECK(out == NULL && len == 0);
}

static void check_utf8_n(quoth_charset cs, const char *label, const char *s, size_t n, const char *want) {
    char *got = as_utf8(cs, label, s, n);
    CHECK_STR(got, want);
    free(got);
}

static void test_labels(void) {
    CHECK_INT(quoth_charset_of_label("UTF-8"), QUOTH_CHARSET_UTF8);
    CHECK_INT(quoth_charset_of_label(" utf8 "), QUOTH_CHARSET_UTF8);
    CHECK_INT(quoth_charset_of_label("Windows-1252"), QUOTH_CHARSET_CP1252);
    /* what browsers read as windows-1252 */
    CHECK_INT(quoth_charset_of_label("ISO-8859-1"), QUOTH_CHARSET_CP1252);
    CHECK_INT(quoth_charset_of_label("latin1"), QUOTH_CHARSET_CP1252);
    CHECK_INT(quoth_charset_of_label("us-ascii"), QUOTH_CHARSET_CP1252);
    CHECK_INT(quoth_charset_of_label("utf-16"), QUOTH_CHARSET_UTF16LE);
    CHECK_INT(quoth_charset_of_label("UTF-16BE"), QUOTH_CHARSET_UTF16BE);
    CHECK_INT(quoth_charset_of_label("iso-8859-15"), QUOTH_CHARSET_ICONV);
    CHECK_INT(quoth_charset_of_label("Shift_JIS"), QUOTH_CHARSET_ICONV);
    CHECK_INT(quoth_charset_of_label("ks_c_5601-1987"), QUOTH_CHARSET_ICONV); /* iconv's CP949 */
    CHECK_INT(quoth_charset_of_label("gb2312"), QUOTH_CHARSET_ICONV);
    CHECK_INT(quoth_charset_of_label("klingon"), QUOTH_CHARSET_UNKNOWN);
    CHECK_INT(quoth_charset_of_label(""), QUOTH_CHARSET_UNKNOWN);
    CHECK_INT(quoth_charset_of_label("   "), QUOTH_CHARSET_UNKNOWN);
    CHECK_INT(quoth_charset_of_label(NULL), QUOTH_CHARSET_UNKNOWN);
    char long_label[200];
    memset(long_label, 'a', sizeof long_label - 1);
    long_label[sizeof long_label - 1] = 0;
    CHECK_INT(quoth_charset_of_label(long_label), QUOTH_CHARSET_UNKNOWN);
}

static void test_byte_order_marks(void) {
    size_t bom = 99;
    CHECK_INT(quoth_charset_of_bom("\xEF\xBB\xBFx", 4, &bom), QUOTH_CHARSET_UTF8);
    CHECK_INT(bom, 3);
    CHECK_INT(quoth_charset_of_bom("\xFF\xFEx\0", 4, &bom), QUOTH_CHARSET_UTF16LE);
    CHECK_INT(bom, 2);
    CHECK_INT(quoth_charset_of_bom("\xFE\xFF\0x", 4, &bom), QUOTH_CHARSET_UTF16BE);
    CHECK_INT(bom, 2);
    CHECK_INT(quoth_charset_of_bom("\xEF\xBB", 2, &bom), QUOTH_CHARSET_UNKNOWN);
    CHECK_INT(bom, 0);
    CHECK_INT(quoth_charset_of_bom("\xFF", 1, &bom), QUOTH_CHARSET_UNKNOWN);
    CHECK_INT(quoth_charset_of_bom("", 0, &bom), QUOTH_CHARSET_UNKNOWN);
}

static void test_utf8_evidence(void) {
    CHECK(quoth_valid_utf8("plain", 5));
    CHECK(!quoth_plainly_utf8("plain", 5)); /* ASCII says nothing */
    CHECK(quoth_plainly_utf8("caf\xC3\xA9", 5));
    CHECK(!quoth_valid_utf8("caf\xE9", 4));
    CHECK(!quoth_plainly_utf8("\xC3\xA9 caf\xE9", 7));
    CHECK(!quoth_plainly_utf8("\xC3\xA9\xC3", 3)); /* cut short at the end */
    CHECK(!quoth_valid_utf8("\xED\xA0\x80", 3));   /* a surrogate */
    CHECK(!quoth_valid_utf8("\xC0\xAF", 2));       /* an overlong */
    /* one broken byte among curly quotes: UTF-8 */
    CHECK(quoth_mostly_utf8("\xE2\x80\x9Cok\xE2\x80\x9D \xFF", 10));
    /* windows-1252's curly quotes, accents */
    CHECK(!quoth_mostly_utf8("\x93ok\x94 caf\xE9", 9));
    CHECK(quoth_mostly_utf8("", 0));
}

static void test_windows_1252(void) {
    check_utf8(QUOTH_CHARSET_CP1252, NULL, "\x93Yes,\x94 \x96 caf\xE9 \x80 \x81",
               "\xE2\x80\x9CYes,\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9 \xE2\x82\xAC \xC2\x81");
    check_utf8(QUOTH_CHARSET_CP1252, NULL, "", "");
}

static void test_through_iconv(void) {
    check_utf8(QUOTH_CHARSET_ICONV, "ISO-8859-15", "\xA4 caf\xE9", "\xE2\x82\xAC caf\xC3\xA9");
    check_utf8(QUOTH_CHARSET_ICONV, " x-sjis ", "\x93\xFA\x96\x7B", "\xE6\x97\xA5\xE6\x9C\xAC"); /* 日本 */
    /* a stateful encoding: the escapes back to ASCII are no text */
    check_utf8(QUOTH_CHARSET_ICONV, "ISO-2022-JP", "a\x1B$B$\"\x1B(Bb", "a\xE3\x81\x82" "b");
    /* a letter held back for a combining mark that never comes */
    check_utf8(QUOTH_CHARSET_ICONV, "CP1258", "ab", "ab");
    check_utf8(QUOTH_CHARSET_ICONV, "CP1258", "a\xEC", "\xC3\xA1"); /* ...and one that does: composed */
    /* after an invalid byte, the shift state of a stateful encoding holds */
    check_utf8(QUOTH_CHARSET_ICONV, "ISO-2022-JP", "\x1B$B$\"\x80$\"\x1B(B", "\xE3\x81\x82\xFF\xE3\x81\x82");
    /* labels read as browsers read them: Shift_JIS as Windows-31J (a
     * backslash, a circled one), GBK's 0x80 as the euro sign, Big5 with
     * Hong Kong's characters */
    check_utf8(QUOTH_CHARSET_ICONV, "Shift_JIS", "a\\\x87\x40", "a\\\xE2\x91\xA0");
    check_utf8(QUOTH_CHARSET_ICONV, "gb2312", "\x80", "\xE2\x82\xAC");
    check_utf8(QUOTH_CHARSET_ICONV, "Big5", "\xA4\x40\x88\x40", "\xE4\xB8\x80\xE3\x87\x80"); /* HKSCS: a stroke */
    /* a byte that is no character of the encoding: 0xFF, and the rest read */
    check_utf8(QUOTH_CHARSET_ICONV, "shift_jis", "a\xA0" "b", "a\xFF" "b");
    /* a sequence cut short by the end */
    check_utf8(QUOTH_CHARSET_ICONV, "shift_jis", "ab\x93", "ab\xFF");
    check_refused(QUOTH_CHARSET_ICONV, "klingon");
    check_refused(QUOTH_CHARSET_ICONV, NULL);
    check_refused(QUOTH_CHARSET_UTF8, NULL);
    check_refused(QUOTH_CHARSET_UNKNOWN, "utf-8");
}

static void test_utf16(void) {
    check_utf8(QUOTH_CHARSET_UTF16LE, NULL, "\x1C\x20h\0i\0\x1D\x20", "\xE2\x80\x9Chi\xE2\x80\x9D");
    check_utf8(QUOTH_CHARSET_UTF16BE, NULL, "\0h\0i", "hi");
    /* a pair of surrogates is one character */
    check_utf8(QUOTH_CHARSET_UTF16LE, NULL, "\x3D\xD8\x00\xDE", "\xF0\x9F\x98\x80");
    /* a lone surrogate is one invalid unit of two bytes, not two of one */
    check_utf8(QUOTH_CHARSET_UTF16LE, NULL, "a\0\x3D\xD8" "b\0", "a\xFF" "b");
    /* an odd byte at the end */
    check_utf8(QUOTH_CHARSET_UTF16LE, NULL, "a\0b", "a\xFF");
    /* long enough that the first guess at the output's size is too small */
    size_t n = 3000;
    char *in = malloc(n * 2);
    for (size_t i = 0; i < n; i++) in[2 * i] = (char)0xAC, in[2 * i + 1] = 0x20; /* U+20AC */
    char *out = as_utf8(QUOTH_CHARSET_UTF16LE, NULL, in, n * 2);
    CHECK_INT(strlen(out), n * 3);
    CHECK(memcmp(out + (n - 1) * 3, "\xE2\x82\xAC", 3) == 0);
    free(out);
    free(in);
}

TEST_MAIN(test_labels, test_byte_order_marks, test_utf8_evidence, test_windows_1252, test_through_iconv, test_utf16)
