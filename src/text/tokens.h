/*
 * tokens.h - tokens, sentences and paragraphs of one document.
 *
 * Normalization happens per token: a token keeps the byte span of the
 * original text it came from (that is the offset map back to the article)
 * and carries a normalized form in Penn Treebank spelling, the form the
 * learned models were trained on: curly, angle and low quotation marks
 * become `` or '', ’ becomes ', dashes become -- , brackets -LRB- and so on.
 * Odd white space (no-break, thin, zero-width spaces, BOM) separates tokens
 * like a space and never reaches a token.
 */
#ifndef QUOTH_TEXT_TOKENS_H
#define QUOTH_TEXT_TOKENS_H

#include <stddef.h>
#include <stdint.h>

/* Token flags. */
enum {
    TOK_SPACE_BEFORE = 1u << 0,   /* white space between this token and the previous one */
    TOK_NEWLINE_BEFORE = 1u << 1, /* a line break before it */
    TOK_PARA_START = 1u << 2,     /* first token of a paragraph */
    TOK_SENT_START = 1u << 3,     /* first token of a sentence */
    TOK_CAPITALIZED = 1u << 4,    /* first character is an upper-case letter */
    TOK_ALL_CAPS = 1u << 5,       /* two or more letters, all upper case */
    TOK_DIGIT = 1u << 6,          /* contains a digit */
    TOK_ALPHA = 1u << 7,          /* contains a letter */
    TOK_PUNCT = 1u << 8,          /* punctuation only */
    TOK_QUOTE = 1u << 9,          /* a quotation mark (double or single) */
    TOK_QUOTE_OPEN = 1u << 10,    /* a quotation mark that opens */
    TOK_QUOTE_CLOSE = 1u << 11,   /* a quotation mark that closes */
    TOK_QUOTE_SINGLE = 1u << 12,  /* a single quotation mark (‘ ’ ‹ › ') */
    TOK_GLUED = 1u << 13,         /* split out of a word glued to its neighbour ("saidthat") */
    TOK_ABBREV = 1u << 14,        /* an abbreviation ending in a period ("Mr.", "U.S.") */
    TOK_SPACE_AFTER = 1u << 15,   /* white space (or the end of text) follows */
    /* not a flag of quoth_token.flags, which has 16 bits: the tokenizer's
     * word flags carry it to quoth_token.inner_capital */
    TOK_INNER_CAPITAL = 1u << 16, /* a small letter first, an upper-case one after it ("kestrelPay") */
    /* nor this one, carried to quoth_token.accented */
    TOK_ACCENTED = 1u << 17       /* a letter beyond ASCII ("Tõnis", "Zariņš") */
};

typedef struct quoth_token {
    uint32_t start, end;   /* bytes of the document text */
    uint32_t norm;         /* offset of the normalized form in the token arena */
    uint16_t norm_len;
    uint16_t flags;
    uint32_t sentence;     /* index of its sentence */
    uint64_t lower_hash;   /* hash of the lower-cased normalized form */
    uint32_t lex;          /* lexicon classes (attrib/lexicon.h), 0 when none */
    uint8_t pos;           /* part-of-speech tag id, 0 when untagged */
    uint8_t entity;        /* entity class id, 0 when none */
    uint8_t label;         /* attribution label from the tagger */
    uint8_t quote_depth;   /* number of quotations this token is inside */
    uint8_t coarse;        /* coarse word class (quoth_coarse_tag), from the tagger or a guess */
    uint8_t rel;           /* dependency relation to its head (parser label id), QUOTH_NO_REL unparsed */
    uint8_t inner_capital; /* 1 when a small letter opens it and an upper-case one follows ("eBay") */
    uint8_t accented;      /* 1 when it holds a letter beyond ASCII ("Liepiņš"), which the POS tagger seldom saw */
    int32_t head;          /* token index of its head, -1 for a sentence's root or unparsed */
} quoth_token;

/* quoth_token.rel of a token whose sentence was not parsed. */
#define QUOTH_NO_REL 255

/* Coarse word classes: what the rules need to know of a part of speech. */
typedef enum quoth_coarse_tag {
    CT_OTHER = 0, CT_NOUN, CT_PROPN, CT_PRON, CT_DET, CT_POSS, CT_ADJ, CT_VERB, CT_AUX,
    CT_ADV, CT_ADP, CT_CONJ, CT_NUM, CT_PUNCT, CT_PART, CT_WH
} quoth_coarse_tag;

typedef struct quoth_sentence {
    uint32_t first, count; /* tokens */
    uint32_t paragraph;
} quoth_sentence;

typedef struct quoth_paragraph {
    uint32_t first_sentence, n_sentences;
    uint32_t first_token, n_tokens;
    uint8_t navigation;    /* a "Read also:" line: not part of the article */
} quoth_paragraph;

/* Growable arrays owned by the engine and reused across documents. */
typedef struct quoth_token_list {
    quoth_token *tok;
    size_t n, cap;
    char *arena;           /* normalized forms, each NUL-terminated */
    size_t arena_len, arena_cap;
    quoth_sentence *sent;
    size_t n_sent, cap_sent;
    quoth_paragraph *para;
    size_t n_para, cap_para;
} quoth_token_list;

/* How often a word (any case) was seen in training text; 0 when unknown. */
typedef uint32_t (*quoth_word_count_fn)(const void *ctx, const char *word, size_t len);

/* Splits text[0..len) (valid UTF-8) into tokens. With a word counter, words
 * glued together where a link was stripped ("Ukraineand") are split when
 * both halves are known words and the whole is not. Clears `list` first. */
int quoth_tokenize(quoth_token_list *list, const char *text, size_t len,
                   quoth_word_count_fn word_count, const void *word_count_ctx);

/* Groups the tokens into sentences and paragraphs (see sentences.c). */
int quoth_split_sentences(quoth_token_list *list);

void quoth_token_list_free(quoth_token_list *list);

/* The normalized form of token i. */
static inline const char *quoth_token_norm(const quoth_token_list *list, size_t i) {
    return list->arena + list->tok[i].norm;
}

#endif
