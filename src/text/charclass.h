/*
 * charclass.h - what the tokenizer needs to know about a code point.
 *
 * ASCII is answered from a table; everything else asks utf8proc for the
 * Unicode category, after the handful of characters news text uses as
 * punctuation (quotation marks of many languages, dashes, ellipsis) have
 * been picked out, since those need a normalized form as well as a class.
 */
#ifndef QUOTH_TEXT_CHARCLASS_H
#define QUOTH_TEXT_CHARCLASS_H

#include <stdint.h>

typedef enum quoth_char_class {
    CC_SPACE,      /* white space of any kind, controls, BOM */
    CC_NEWLINE,    /* "\n", U+2028, U+2029 */
    CC_IGNORE,     /* invisible inside words: soft hyphen, zero-width (non-)joiner */
    CC_LOWER,      /* a lower-case or uncased letter */
    CC_UPPER,      /* an upper-case or title-case letter */
    CC_DIGIT,
    CC_MARK,       /* a combining mark: belongs to the letter before it */
    CC_APOSTROPHE, /* ' ’ ʼ: apostrophe inside words, single quote outside */
    CC_QUOTE,      /* a quotation mark other than the apostrophes */
    CC_HYPHEN,     /* - and the Unicode hyphens: join words */
    CC_DASH,       /* – — ― : separate words */
    CC_ELLIPSIS,   /* … */
    CC_OPEN,       /* ( [ { */
    CC_CLOSE,      /* ) ] } */
    CC_PUNCT       /* anything else */
} quoth_char_class;

/* Quotation-mark details for CC_QUOTE and CC_APOSTROPHE. */
enum {
    QM_DOUBLE = 1,      /* a double mark (" “ ” „ « » ...) rather than a single one */
    QM_OPENS = 2,       /* opens when context does not decide (“ „ « ‘ ‚ 「) */
    QM_CLOSES = 4,      /* closes when context does not decide (” » ’ 」) */
};

typedef struct quoth_char_info {
    uint8_t cls;   /* quoth_char_class */
    uint8_t quote; /* QM_* flags */
} quoth_char_info;

/* The class of any code point. */
quoth_char_info quoth_char_classify(uint32_t cp);

/* ASCII by table: what quoth_char_classify() answers for cp < 128. */
extern const quoth_char_info quoth_ascii_class[128];

#endif
