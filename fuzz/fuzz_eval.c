/* libFuzzer target: what `quoth eval` and `quoth train` read from users,
 * annotation files (brat) and prediction files (JSON Lines), scored
 * against each other.
 *
 * The input is an .ann file and a prediction file, split at the first
 * "\n====\n" (without one, both parsers get every byte). They belong to one
 * fixed article, loaded once from a folder made at the first call. The
 * target aborts on a broken contract, not only on memory errors: a figure
 * that is not a number in 0..1, a pair count larger than either side. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "attrib/score.h"
#include "io/brat.h"
#include "io/jsonl_pred.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Multibyte characters, curly and straight quotes, a paragraph break: what
 * code-point offsets and the scorer's tokens must get right. */
static const char ARTICLE[] =
    "The harbor master, Lena Sørensen, said on Tuesday that the new pier “will open in May.”\n\n"
    "\"We are not in a hurry,\" she added. Officials in Århus declined to comment.\n";

static quoth_brat_corpus *gold_corpus(void) {
    static quoth_brat_corpus *corpus;
    if (corpus) return corpus;
    char dir[] = "/tmp/quoth-fuzz-eval-XXXXXX", path[128];
    if (!mkdtemp(dir)) abort();
    snprintf(path, sizeof path, "%s/text", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/attributions", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/text/pier.txt", dir);
    FILE *f = fopen(path, "w");
    if (!f || fputs(ARTICLE, f) < 0 || fclose(f)) abort();
    snprintf(path, sizeof path, "%s/attributions/pier_fuzz.ann", dir);
    if (!(f = fopen(path, "w")) || fclose(f)) abort();
    if (quoth_brat_corpus_load(dir, &corpus) || !corpus || corpus->n != 1) abort();
    return corpus;
}

static void check_figures(const quoth_scores *s) {
    for (size_t i = 0; i < QUOTH_SCORE_FIGURES; i++) {
        const quoth_prf *f = quoth_scores_figure(s, i, NULL);
        if (!(f->p >= 0 && f->p <= 1 && f->r >= 0 && f->r <= 1 && f->f1 >= 0 && f->f1 <= 1)) abort();
        if (isnan(f->p) || isnan(f->r) || isnan(f->f1)) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    quoth_brat_corpus *corpus = gold_corpus();
    quoth_brat_doc *doc = &corpus->docs[0];
    const char *bytes = (const char *)data, *split = memmem(bytes, size, "\n====\n", 6);
    size_t ann_len = split ? (size_t)(split - bytes) : size;
    const char *pred = split ? split + 6 : bytes;
    size_t pred_len = split ? size - ann_len - 6 : size;

    quoth_eval_attrs gold = {0};
    size_t skipped = 0;
    if (quoth_brat_parse_ann(bytes, ann_len, doc->n_cp, &gold, &skipped)) abort();
    for (size_t i = 0; i < gold.n; i++)
        for (size_t k = 0; k < gold.items[i].n_contents; k++) {
            const quoth_eval_span *s = &gold.items[i].contents[k];
            if (s->start < 0 || s->end < 0 || (size_t)s->start > doc->n_cp || (size_t)s->end > doc->n_cp) abort();
        }
    quoth_eval_attrs kept = doc->gold;
    doc->gold = gold;

    quoth_preds preds;
    if (quoth_preds_init(&preds, corpus)) abort();
    if (quoth_jsonl_pred_parse(pred, pred_len, corpus, &preds)) abort();
    quoth_eval_report r;
    if (quoth_eval_report_make(corpus, &preds, &r)) abort();
    check_figures(&r.all);
    check_figures(&r.direct);
    if (r.all.who_said_what.gold != gold.n) abort();
    FILE *sink = fopen("/dev/null", "w");
    if (!sink) abort();
    quoth_eval_report_print(sink, &r);
    quoth_eval_report_print_json(sink, &r);
    quoth_preds_print_problems(sink, &preds);
    fclose(sink);
    quoth_preds_free(&preds);

    doc->gold = kept;
    quoth_eval_attrs_free(&gold);
    return 0;
}
