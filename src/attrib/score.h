/*
 * score.h - the attribution scorer: a port of the shared referee
 * (eval/score.py) that must give its figures to the fourth decimal.
 *
 * Why a port and not a call to Python: the trainer needs dev figures after
 * every epoch from predictions it holds in memory, and `quoth eval` must
 * work where there is no Python. Everything that moves a figure is
 * reproduced: word tokens are runs of Python's \w (letters and numbers of
 * any script and "_", not combining marks); spans are trimmed of Python
 * white space, sorted and merged when they touch or are one white-space
 * character apart; predictions are paired greedily with gold by shared
 * content tokens, best (overlap, prediction index, gold index) first;
 * "direct" keeps contents that hold one of score.py's quotation marks;
 * every ratio is rounded to 4 decimals the way Python's round() does.
 * Offsets outside the text are handled as Python's indexing and slicing
 * would (negative ones count from the end), except where Python would raise:
 * there the character is taken as no white space and no quotation mark.
 *
 * In-process use (the trainer):
 *
 *     quoth_preds p;
 *     quoth_preds_init(&p, gold);
 *     for each gold document i: quoth_extract(engine, gold->docs[i].text, ...);
 *                               quoth_preds_add_doc(&p, i, doc);
 *     quoth_eval_report r;
 *     quoth_eval_report_make(gold, &p, &r);   // r.all.who_said_what.f1 ...
 *     quoth_preds_free(&p);
 *
 * or quoth_score_engine(gold, engine, &r), which does just that with an
 * engine.
 */
#ifndef QUOTH_ATTRIB_SCORE_H
#define QUOTH_ATTRIB_SCORE_H

#include <stddef.h>
#include <stdio.h>

#include "io/brat.h"
#include "quoth.h"

/* How many problem messages a prediction set keeps (all are counted). */
#define QUOTH_PREDS_KEPT_PROBLEMS 10

/* Predictions for the documents of one gold corpus, in the corpus's order. */
typedef struct quoth_preds {
    size_t n_docs;
    quoth_eval_attrs *docs;  /* n_docs lists */
    unsigned char *present;  /* 1 for a document that had a record, even an empty one */
    size_t n_problems;       /* what score.py counts as "problems" */
    char *problems[QUOTH_PREDS_KEPT_PROBLEMS]; /* the first messages, malloc'd */
} quoth_preds;

/* Empty predictions for every document of `gold`. 0 or QUOTH_ERR_NOMEM. */
int quoth_preds_init(quoth_preds *preds, const quoth_brat_corpus *gold);

void quoth_preds_free(quoth_preds *preds);

/* Adds one attribution to document `doc` (moving *a, as
 * quoth_eval_attrs_push does) and marks the document present.
 * QUOTH_ERR_INVALID when doc is out of range. */
int quoth_preds_add(quoth_preds *preds, size_t doc, quoth_eval_attr *a);

/* Marks document `doc` as having a record (without attributions). */
void quoth_preds_mark(quoth_preds *preds, size_t doc);

/* Adds every quote of an engine result (quotes without content, which
 * score.py drops, are left out), with their speaker names. */
int quoth_preds_add_doc(quoth_preds *preds, size_t doc, const quoth_doc *qdoc);

/* Counts a problem and keeps its message if it is among the first. */
int quoth_preds_problem(quoth_preds *preds, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Precision, recall, F1 (rounded to 4 decimals) and the two counts. */
typedef struct quoth_prf {
    double p, r, f1;
    size_t pred, gold;
} quoth_prf;

/* score.py's figures, in its order. */
typedef struct quoth_scores {
    quoth_prf who_said_what, content_overlap, content_exact, source_exact, cue_exact;
} quoth_scores;

#define QUOTH_SCORE_FIGURES 5

/* Figure i (0..4) of s and its name ("who_said_what"), in score.py's order. */
const quoth_prf *quoth_scores_figure(const quoth_scores *s, size_t i, const char **name);

/* score.py's score(gold, preds, direct_only). `preds` may be NULL (no
 * predictions). 0 or QUOTH_ERR_NOMEM. */
int quoth_score(const quoth_brat_corpus *gold, const quoth_preds *preds, int direct_only,
                quoth_scores *out);

/* Which of an engine result's quotes are right about who said what in
 * gold document d: hit[i] (one per quote) is 1 when score.py pairs quote i
 * with a gold attribution and the pair counts for who-said-what, else 0
 * (a quote without content, which score.py drops, is 0). The quotes are
 * paired among themselves exactly as quoth_score() pairs them. 0 or
 * QUOTH_ERR_NOMEM. */
int quoth_score_hits(const quoth_brat_doc *d, const quoth_doc *qdoc, unsigned char *hit);

/* Whether predictions' confidences say how often they are right about who
 * said what (as quoth_score_hits() judges each): for each confidence, in
 * hundredths, how many predictions have it and how many are right; and the
 * Brier score (mean squared distance of confidence and right, 1 or 0),
 * beside that of giving every prediction the share that is right. A
 * prediction without a confidence, or with one outside 0..1, is only
 * counted in `without`. */
typedef struct quoth_confidence_report {
    size_t seen[101], right[101];
    size_t n, n_right, without;
    double mean, brier, brier_base;
} quoth_confidence_report;

int quoth_confidence_report_make(const quoth_brat_corpus *gold, const quoth_preds *preds,
                                 quoth_confidence_report *out);

/* The report as a table, then one summary line starting "confidence:". */
void quoth_confidence_report_print(FILE *out, const quoth_confidence_report *r);

/* Everything score.py reports, and the speakers.tsv check when it was made
 * (then --json adds "speakers": {"right", "total"} after "problems"). */
typedef struct quoth_eval_report {
    size_t docs, docs_predicted, problems;
    quoth_scores all, direct;
    int has_speakers;
    size_t speakers_right, speakers_total;
} quoth_eval_report;

int quoth_eval_report_make(const quoth_brat_corpus *gold, const quoth_preds *preds,
                           quoth_eval_report *out);

/* Runs `engine` over every gold text (its text as read, so that the
 * engine's code-point offsets are the gold's) and adds what it finds to
 * `preds` (made for `gold`). A text the engine fails on counts as a
 * document with no predictions, as its error record would in `quoth
 * extract`'s output; *failed (may be NULL) counts them. */
int quoth_preds_extract(quoth_preds *preds, const quoth_brat_corpus *gold, quoth_engine *engine,
                        size_t *failed);

/* quoth_preds_extract() and quoth_eval_report_make() in one call. Documents the
 * engine fails on count as predicted-empty; *failed (may be NULL) counts
 * them. */
int quoth_score_engine(const quoth_brat_corpus *gold, quoth_engine *engine, quoth_eval_report *out,
                       size_t *failed);

/* score.py's text output (header, table, summary line) and its --json
 * output (json.dumps(indent=1)), byte for byte; then the speakers line
 * ("speakers: N of M named as in speakers.tsv") when there is one. */
void quoth_eval_report_print(FILE *out, const quoth_eval_report *r);
void quoth_eval_report_print_json(FILE *out, const quoth_eval_report *r);

/* score.py's "problem: ..." lines (the first ten and a count of the rest). */
void quoth_preds_print_problems(FILE *out, const quoth_preds *preds);

/* scripts/speakers_check.py: each gold event named in the speakers.tsv at
 * `tsv_path` is paired with the predicted attribution sharing the most
 * content tokens (greedy, as the referee pairs), and is right when that
 * prediction's speaker equals the listed name ignoring case, surrounding
 * white space and a leading "the ". Wrong ones are listed on `misses` when
 * it is not NULL. 0, QUOTH_ERR_IO or QUOTH_ERR_NOMEM. */
int quoth_speakers_check(const quoth_brat_corpus *gold, const quoth_preds *preds, const char *tsv_path,
                         FILE *misses, size_t *right, size_t *total);

#endif
