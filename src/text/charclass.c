/*
 * charclass.c - character classes for the tokenizer.
 */
#include "text/charclass.h"

#include <utf8proc.h>

static quoth_char_info info(quoth_char_class cls, unsigned quote) {
    quoth_char_info ci = {(uint8_t)cls, (uint8_t)quote};
    return ci;
}

/* ASCII, the bulk of news text, by table: one load per character. */
const quoth_char_info quoth_ascii_class[128] = {
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_NEWLINE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0}, {CC_SPACE, 0},
    {CC_SPACE, 0}, {CC_PUNCT, 0}, {CC_QUOTE, QM_DOUBLE}, {CC_PUNCT, 0},
    {CC_PUNCT, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0}, {CC_APOSTROPHE, 0},
    {CC_OPEN, 0}, {CC_CLOSE, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0},
    {CC_PUNCT, 0}, {CC_HYPHEN, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0},
    {CC_DIGIT, 0}, {CC_DIGIT, 0}, {CC_DIGIT, 0}, {CC_DIGIT, 0},
    {CC_DIGIT, 0}, {CC_DIGIT, 0}, {CC_DIGIT, 0}, {CC_DIGIT, 0},
    {CC_DIGIT, 0}, {CC_DIGIT, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0},
    {CC_PUNCT, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0},
    {CC_PUNCT, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0},
    {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_UPPER, 0}, {CC_OPEN, 0},
    {CC_PUNCT, 0}, {CC_CLOSE, 0}, {CC_PUNCT, 0}, {CC_PUNCT, 0},
    {CC_QUOTE, QM_OPENS}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0},
    {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_LOWER, 0}, {CC_OPEN, 0},
    {CC_PUNCT, 0}, {CC_CLOSE, 0}, {CC_PUNCT, 0}, {CC_SPACE, 0},
};

/* The punctuation of news text that needs more than its Unicode category. */
static int classify_special(uint32_t c, quoth_char_info *out) {
    switch (c) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0xFEFF: case 0x200B: case 0x180E:
        *out = info(CC_SPACE, 0); return 1;
    case 0x2028: case 0x2029: case 0x0085:
        *out = info(CC_NEWLINE, 0); return 1;
    case 0x00AD: case 0x200C: case 0x200D: case 0x2060:
        *out = info(CC_IGNORE, 0); return 1;
    case 0x2019: case 0x02BC: case 0x2032:
        *out = info(CC_APOSTROPHE, QM_CLOSES); return 1;
    /* the acute accent that some sites type for both ("the firm´s",
     * "´We´re shipping ...´"): read as the ASCII apostrophe is */
    case 0x00B4:
        *out = info(CC_APOSTROPHE, 0); return 1;
    case 0x2018: case 0x201A: case 0x201B: case 0x2039:
        *out = info(CC_QUOTE, QM_OPENS); return 1;
    case 0x203A:
        *out = info(CC_QUOTE, QM_CLOSES); return 1;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB: case 0x300C: case 0x300E:
    case 0x301D: case 0xFF02:
        *out = info(CC_QUOTE, QM_DOUBLE | QM_OPENS); return 1;
    case 0x201D: case 0x00BB: case 0x300D: case 0x300F: case 0x301E: case 0x301F:
    case 0x2033:
        *out = info(CC_QUOTE, QM_DOUBLE | QM_CLOSES); return 1;
    case 0x2010: case 0x2011: case 0x2212:
        *out = info(CC_HYPHEN, 0); return 1;
    case 0x2012: case 0x2013: case 0x2014: case 0x2015:
        *out = info(CC_DASH, 0); return 1;
    case 0x2026:
        *out = info(CC_ELLIPSIS, 0); return 1;
    default:
        return 0;
    }
}

quoth_char_info quoth_char_classify(uint32_t c) {
    if (c < 0x80) return quoth_ascii_class[c];
    quoth_char_info ci;
    if (classify_special(c, &ci)) return ci;
    switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
        return info(CC_UPPER, 0);
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        return info(CC_LOWER, 0);
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        return info(CC_MARK, 0);
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return info(CC_DIGIT, 0);
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CS: case UTF8PROC_CATEGORY_CO:
        return info(CC_SPACE, 0);
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP:
        return info(CC_NEWLINE, 0);
    case UTF8PROC_CATEGORY_PS:
        return info(CC_OPEN, 0);
    case UTF8PROC_CATEGORY_PE:
        return info(CC_CLOSE, 0);
    case UTF8PROC_CATEGORY_PD:
        return info(CC_DASH, 0);
    default:
        return info(CC_PUNCT, 0);
    }
}
