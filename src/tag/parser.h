/*
 * parser.h - the dependency parser: greedy, transition-based, averaged
 * perceptron, trained on CoreNLP's basic dependencies.
 *
 * The engine needs to know which clause a "said" governs and who its
 * subject is; a labelled dependency tree answers both, and a greedy
 * transition parser gives one in linear time, in a fraction of a
 * microsecond per token.
 *
 * Transition system: arc-hybrid (Kuhlmann et al. 2011) with the root as the
 * last buffer item (Ballesteros & Nivre 2013). A state is a stack S (top s0,
 * then s1, s2), a buffer B (front b0, then b1, b2; the root n is last) and
 * the arcs so far:
 *
 *   SHIFT     push b0 (not the root)
 *   LEFT-l    s0 <-l- b0, pop s0 (to the root only when S has one item:
 *             that keeps one root per sentence)
 *   RIGHT-l   s1 -l-> s0, pop s0
 *
 * A sentence of n words takes exactly 2n transitions, and a word's features
 * read a constant number of neighbours, so parsing is linear in n.
 * Arc-hybrid was chosen over arc-eager because its dynamic oracle is simple
 * and exact (arc-decomposable: the cost of a transition is the number of
 * gold arcs it makes unreachable, counted from the gold heads and children
 * of s0, s1 and b0; with the root last, a word can only reach it from the
 * bottom of the stack, which SHIFT must count too). Training with it -
 * updating towards the best zero-cost move and, from the second epoch,
 * following the model's own mistakes 90% of the time (Goldberg & Nivre
 * 2012, 2013) - teaches the parser to recover from the errors it makes at
 * run time: +0.45 UAS on PolNeAR dev over the same training without
 * exploration. Non-projective and multi-rooted training trees are skipped
 * (CoreNLP's basic dependencies are converted from phrase structure: 172
 * of PolNeAR's 29,526 training sentences).
 *
 * Two averaged perceptrons: one chooses the move (3 classes), the other
 * labels the arc that LEFT or RIGHT makes (one class per label; "root" is
 * given to the arc to the root and only to it). Splitting them keeps every
 * feature row at 3 or L weights instead of 2L - 1, which is most of the
 * parser's time, at a cost of about 0.5 UAS against joint move-label
 * classes. The labels are a reduction of CoreNLP's relations to the ones
 * an attribution step can use (see parser_train.c), named in the model.
 *
 * Move features (Zhang & Nivre 2011, cut down for speed, s1 standing in for
 * the head of s0 that arc-hybrid does not have): words and POS tags of s0,
 * s1, s2, b0, b1, b2, the leftmost and rightmost children of s0, s1 and b0
 * and their labels, the s0-b0 and s1-s0 distances, valencies, the label
 * sets of s0's and b0's children, and whether s0 and b0 are inside a
 * quotation. Label features: the dependent's and the head's words and tags,
 * direction, distance, the dependent's children and neighbours. All are
 * hashed with quoth_hash_feat/feat2 and scored with quoth_linear_score().
 * Words are lowercased, numbers folded.
 *
 * Sections, used in place:
 *   "dep.labels"  header {"QDEP", feature version, label count, 0, tagset
 *                 fingerprint (u64) of the POS model it was trained with},
 *                 then 16-byte NUL-padded label names, "root" first
 *   "dep.moves"   the quoth_linear table of the moves (3 classes)
 *   "dep.rels"    the quoth_linear table of the labels (L classes)
 */
#ifndef QUOTH_TAG_PARSER_H
#define QUOTH_TAG_PARSER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tag/corpus.h"
#include "tag/features.h"
#include "tag/linear.h"
#include "tag/model_file.h"
#include "tag/pos.h"

/* Bumped whenever the features or the transition system change. */
#define QUOTH_DEP_FEAT_VERSION 1u

/* Labels: at most 64 (a child label set is one u64), "root" first. */
#define QUOTH_DEP_MAX_LABELS 64u
#define QUOTH_DEP_ROOT_LABEL 0u
#define QUOTH_DEP_MAX_FEATS 128u

/* quoth_parse() handles sentences up to this many words. */
#define QUOTH_DEP_MAX_WORDS ((size_t)1 << 24)

/* ------------------------------------------------------------- inference */

typedef struct quoth_parser {
    quoth_linear moves;   /* SHIFT, LEFT, RIGHT */
    quoth_linear labels;  /* one class per label; "root" is never chosen */
    const char *names;    /* n_labels names of 16 bytes, NUL-terminated */
    uint32_t n_labels;    /* "root" included */
} quoth_parser;

/* One token of a parse in progress (see the shared section below). */
typedef struct quoth_dep_token {
    uint64_t word;         /* lowercased, number-folded word hash */
    uint64_t lset, rset;   /* labels of the left and right children, one bit each */
    int32_t head;          /* QUOTH_DEP_NO_HEAD until attached; n for the root */
    int32_t lc1, lc2;      /* leftmost and second leftmost child, or the none token */
    int32_t rc1, rc2;      /* rightmost and second rightmost */
    uint16_t tag;          /* POS tag, or QUOTH_DEP_TAG_ROOT / _NONE */
    uint8_t label;         /* label of the arc to its head */
    uint8_t nl, nr;        /* number of left and right children (saturating) */
    uint8_t quote;         /* QUOTH_DEP_IN_QUOTE | QUOTH_DEP_CLOSE_AHEAD */
} quoth_dep_token;

/* Working memory of the parser, reused from one sentence to the next: it
 * grows to the longest sentence seen, so a warm workspace allocates nothing.
 * Zero it (or use QUOTH_PARSE_WS_INIT) before first use; one per thread. */
typedef struct quoth_parse_ws {
    quoth_dep_token *tok;  /* n + 2: the words, the root, a "none" token */
    int32_t *stack;
    size_t cap;            /* words it has room for */
} quoth_parse_ws;

#define QUOTH_PARSE_WS_INIT {NULL, NULL, 0}

/* Makes room for sentences of n words ahead of time (optional). */
int quoth_parse_ws_reserve(quoth_parse_ws *ws, size_t n);

void quoth_parse_ws_free(quoth_parse_ws *ws);

/* Points *out into the "dep.*" sections of an opened model file. `pos`
 * must be the POS model the parser was trained with (their tagsets are
 * compared). QUOTH_ERR_MODEL when a section is missing, damaged or does not
 * fit, QUOTH_ERR_INVALID for NULL arguments. */
int quoth_parser_load(const quoth_mf *mf, const quoth_pos_model *pos, quoth_parser *out);

/* Parses one sentence of n words (any n, 0 included, up to
 * QUOTH_DEP_MAX_WORDS) with their POS tags from quoth_pos_tag(). Writes
 * heads_out[i] (0-based index of word i's head, -1 for the root) and
 * rels_out[i] (a label id: quoth_parser_rel_name()). The result is always
 * a tree: one word has head -1 and label "root". Allocates only when the
 * workspace must grow; QUOTH_ERR_NOMEM then, QUOTH_ERR_TOO_LARGE beyond
 * QUOTH_DEP_MAX_WORDS. A parser can be shared by threads, a workspace not. */
int quoth_parse(const quoth_parser *p, const quoth_word *words, const uint8_t *pos_tags, size_t n,
                quoth_parse_ws *ws, int32_t *heads_out, uint8_t *rels_out);

uint32_t quoth_parser_rel_count(const quoth_parser *p);

/* The name of a label ("nsubj"), NULL when id is out of range. */
const char *quoth_parser_rel_name(const quoth_parser *p, uint32_t id);

/* The id of a label name, or QUOTH_ERR_INVALID when the model has none. */
int quoth_parser_rel_id(const quoth_parser *p, const char *name);

/* -------------------------------------------------------------- training */

typedef struct quoth_parser_train_options {
    int epochs;
    uint64_t seed;           /* sentence shuffles and exploration */
    int explore_from;        /* first epoch that follows the model's mistakes */
    double explore_p;        /* ... with this probability per mistake */
    quoth_linear_prune prune;       /* of the move model */
    quoth_linear_prune label_prune; /* of the label model */
    int file_tags;           /* train on the training file's own POS tags
                              * (e.g. jackknifed), not on `pos`'s */
} quoth_parser_train_options;

quoth_parser_train_options quoth_parser_train_defaults(void);

/* Trains on a CoreNLP token file with POS tags predicted by `pos` (as the
 * parser will see them), prints per-epoch dev UAS/LAS to log (both may be
 * NULL) and adds the "dep.*" sections to out. The same data, POS model,
 * options and seed give byte-identical sections. */
int quoth_parser_train(const char *train_path, const char *dev_path, const quoth_pos_model *pos,
                       const quoth_parser_train_options *options, FILE *log, quoth_mf_writer *out);

/* A token file with its trees: the corpus plus the head and deprel
 * columns, which corpus.c does not keep. */
typedef struct quoth_treebank {
    quoth_corpus corpus;
    int32_t *heads;          /* per token: head's index in its sentence, -1 for root */
    uint8_t *rels;           /* per token: id into rel_labels */
    quoth_labels rel_labels; /* the deprel column's values, in order of appearance */
} quoth_treebank;

/* QUOTH_ERR_IO when the file cannot be read, QUOTH_ERR_PARSE for a
 * malformed line or a head outside its sentence. */
int quoth_treebank_read(const char *path, quoth_treebank *out);

void quoth_treebank_free(quoth_treebank *tb);

/* The model's label for a CoreNLP relation ("nmod:npmod" -> "nmod"), or
 * -1 when the model has none of its reduction. */
int quoth_parser_map_rel(const quoth_parser *p, const char *deprel);

/* Agreement with a treebank's trees, POS tags from `pos`. */
typedef struct quoth_parser_scores {
    double uas, las;              /* punctuation (gold "punct") excluded */
    double uas_all, las_all;      /* every token */
    double root_accuracy;         /* sentences whose root word is right */
    size_t tokens, scored;        /* all tokens, tokens in uas/las */
} quoth_parser_scores;

int quoth_parser_evaluate(const quoth_parser *p, const quoth_pos_model *pos,
                          const quoth_treebank *tb, quoth_parser_scores *out);

/* ------------------------------- shared by the parser, trainer and tests */

#define QUOTH_DEP_NO_HEAD (-1)
#define QUOTH_DEP_TAG_ROOT 300u
#define QUOTH_DEP_TAG_NONE 301u
#define QUOTH_DEP_NO_LABEL 255u
#define QUOTH_DEP_IN_QUOTE 1u    /* after an opening quote not yet closed */
#define QUOTH_DEP_CLOSE_AHEAD 2u /* a closing quote comes at or after it */

enum { QUOTH_DEP_SHIFT, QUOTH_DEP_LEFT, QUOTH_DEP_RIGHT };

/* A parse in progress; tok and stack live in a workspace. Token n is the
 * root, token n + 1 stands for "no such token" in features. */
typedef struct quoth_dep_state {
    quoth_dep_token *tok;
    int32_t *stack;
    int32_t sp;  /* stack size */
    int32_t b0;  /* the buffer is b0 .. n */
    int32_t n;
} quoth_dep_state;

/* Sets up the initial state of a sentence in ws (grown when needed). */
int quoth_dep_start(quoth_parse_ws *ws, const quoth_word *words, const uint8_t *pos_tags, size_t n,
                    quoth_dep_state *st);

static inline int quoth_dep_done(const quoth_dep_state *st) {
    return st->b0 == st->n && st->sp == 0;
}

/* The one legal move when there is no choice to make, else -1: SHIFT from
 * an empty stack, and every move once b0 is the root (LEFT-root for the
 * last word on the stack, RIGHT before). */
static inline int quoth_dep_forced(const quoth_dep_state *st) {
    if (st->sp == 0) return QUOTH_DEP_SHIFT;
    if (st->b0 == st->n) return st->sp == 1 ? QUOTH_DEP_LEFT : QUOTH_DEP_RIGHT;
    return -1;
}

/* The legal moves are [0, n) when there is a choice: SHIFT and LEFT, and
 * RIGHT when the stack has two words. */
static inline uint32_t quoth_dep_legal(const quoth_dep_state *st) {
    return st->sp >= 2 ? 3u : 2u;
}

/* Applies a legal move; LEFT onto the root takes label "root". */
void quoth_dep_apply(quoth_dep_state *st, int move, uint32_t label);

/* The feature keys for choosing a move in a state with a nonempty stack;
 * returns how many. */
size_t quoth_dep_features(const quoth_dep_state *st, uint64_t *feats);

/* The feature keys for labelling the arc that LEFT or RIGHT would make
 * (s0 is the dependent, complete with all its children). */
size_t quoth_dep_label_features(const quoth_dep_state *st, int move, uint64_t *feats);

/* The dynamic oracle: the number of gold arcs that a move makes
 * unreachable, for a projective gold tree given as head indices (n for the
 * root) with each word's children listed in kids[kid_start[i] ..
 * kid_start[i + 1]). Labels are not counted. */
typedef struct quoth_dep_gold {
    const int32_t *head;
    const int32_t *kids;
    const int32_t *kid_start;
} quoth_dep_gold;

uint32_t quoth_dep_cost(const quoth_dep_state *st, const quoth_dep_gold *g, int move);

/* The fingerprint of a POS model's tagset stored in "dep.labels". */
uint64_t quoth_dep_tagset_fingerprint(const quoth_pos_model *pos);

/* 1 when heads (n for the root) form a projective tree with one root. */
int quoth_dep_is_projective_tree(const int32_t *head, size_t n);

#endif /* QUOTH_TAG_PARSER_H */
