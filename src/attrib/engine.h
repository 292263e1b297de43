/*
 * engine.h - the engine's insides, for the stages and the trainer.
 *
 * The public quoth_engine is opaque; the trainer runs the same analysis
 * (tokens, tags, quotations, rules) on annotated text, so that the tagger
 * learns from exactly what it will see at run time.
 */
#ifndef QUOTH_ATTRIB_ENGINE_H
#define QUOTH_ATTRIB_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "attrib/attribution.h"
#include "attrib/learned.h"
#include "attrib/quotes.h"
#include "attrib/speakers.h"
#include "quoth.h"
#include "tag/model.h"
#include "text/tokens.h"
#include "text/utf8.h"

struct quoth_doc {
    quoth_quote *quotes;
    size_t n_quotes, cap_quotes;
    quoth_span *spans;          /* the quotes' sources and contents */
    size_t n_spans, cap_spans;
    char *strings;              /* mentions */
    size_t strings_len, strings_cap;
};

struct quoth_engine {
    const quoth_model *model;
    unsigned flags;
    quoth_clean_text text;
    quoth_token_list tokens;
    quoth_quotation_list quotations;
    quoth_attribution_list attributions;
    quoth_speaker_table speakers;
    uint8_t *used;
    size_t used_cap;
    quoth_word *words;          /* one sentence for the tagger */
    size_t words_cap;
    quoth_word_info *infos;     /* per token, for the POS and entity taggers */
    size_t infos_cap;
    uint8_t *pos_dict;          /* per token, its entry in the POS tagger's dictionary (tag + 1, or 0) */
    size_t pos_dict_cap;
    uint8_t *entity_dict;       /* per token, its entry in the entity tagger's dictionary (label + 1, or 0) */
    size_t entity_dict_cap;
    uint32_t *word_block;       /* per token, its word's block among the attribution tagger's window rows */
    uint8_t *cue_rate;          /* per token, its word's cue rate (both quoth_attrib_find_word(), from the cache) */
    size_t word_block_cap, cue_rate_cap;
    int found_words;            /* whether tag_tokens() set word_block and cue_rate for the document */
    quoth_word_cache *word_cache; /* infos, word classes and dictionary entries of the words seen lately,
                                   * NULL until needed */
    int late_words;             /* whether a token's classes wait for reveal_late_classes() (LEX_LATE) */
    quoth_pos_tag_rows *pos_rows; /* the POS tagger's previous-tag rows, NULL until needed */
    quoth_pos_span *pos_sentences; /* the sentences' words, for the POS tagger */
    size_t pos_sentences_cap;
    uint8_t *tags;
    size_t tags_cap;
    size_t *mentions;           /* per quote: offset of its mention in doc.strings */
    size_t mentions_cap;
    uint8_t *roles;             /* quoth_rule_role per token */
    uint8_t *labels;            /* quoth_attrib_label per token */
    size_t roles_cap, labels_cap;
    quoth_labeller labeller;
    quoth_parse_ws parse_ws;
    int32_t *heads;             /* one sentence's heads from the parser */
    size_t heads_cap;
    quoth_attribution_list learned;
    quoth_attribution_list merged;
    uint8_t pos_flags[256];     /* per part-of-speech id: QUOTH_POS_* bits */
    quoth_doc doc;
};

/* What the attribution stages read about the document in e. */
quoth_attrib_input quoth_engine_input(quoth_engine *e);

/* Repairs, tokenizes, tags and finds the quotations of one text. */
int quoth_engine_analyze(quoth_engine *e, const char *text, size_t len);

/* After analyze: the rules' attributions in e->attributions, and in
 * e->rule_roles one quoth_rule_role per token. */
int quoth_engine_apply_rules(quoth_engine *e);

#endif
