/*
 * cmd_eval.c - `quoth eval`: scores attributions against a brat corpus with
 * the same figures, printed the same way, as the shared referee score.py,
 * so that either can be used and the numbers agree.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "attrib/score.h"
#include "cli/cli.h"
#include "io/brat.h"
#include "io/jsonl_pred.h"
#include "tag/corpus.h"
#include "tag/model.h"
#include "tag/pos.h"

typedef struct eval_options {
    const char *gold, *pred, *model, *pos;
    unsigned engine_flags;
    int json, verbose, confidence;
} eval_options;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth eval --gold DIR [--pred FILE.jsonl] [OPTIONS]\n"
            "       quoth eval --pos TOKENS.tsv.gz [--model FILE]\n"
            "\n"
            "Scores attributions against a brat-annotated corpus in the PolNeAR layout\n"
            "(DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann; of several\n"
            "annotators the first by name is gold). The figures, and how they are printed,\n"
            "are those of the shared referee eval/score.py: who-said-what, content overlap,\n"
            "content exact, source exact and cue exact (precision, recall, F1), for all\n"
            "attributions and for direct ones (content holding a quotation mark), then a\n"
            "one-line summary for scripts. Standard error says what of DIR is not\n"
            "scored: texts without an .ann file, annotation lines skipped as score.py\n"
            "skips them, and the problems of the predictions.\n"
            "\n"
            "With --pred, the predictions of that JSON Lines file are scored (the format\n"
            "of `quoth extract`: {\"id\", \"quotes\": [{\"cue\", \"sources\", \"contents\"}]},\n"
            "offsets in code points). Without it, quoth extracts the gold texts itself and\n"
            "scores that.\n"
            "\n"
            "When DIR holds a speakers.tsv (event, canonical speaker), one more line says\n"
            "how many of those events were paired with a prediction naming that speaker\n"
            "(case and a leading \"the\" ignored); with --pred, names come from each\n"
            "record's \"speaker\": {\"name\"}.\n"
            "\n"
            "With --pos, the part-of-speech tagger is measured instead: the share of the\n"
            "tokens of a CoreNLP token file (PolNeAR's corenlp-tokens.tsv.gz: doc,\n"
            "sentence, token, start, end, word, lemma, POS, ...) whose tag, given CoreNLP's\n"
            "tokens and sentences, agrees with CoreNLP's.\n"
            "\n"
            "options:\n"
            "      --gold DIR     the annotated corpus (required, but for --pos)\n"
            "      --pos FILE     measure part-of-speech agreement with this token file\n"
            "      --pred FILE    score this prediction file instead of running quoth\n"
            "      --model FILE   extract with this model instead of the built-in one\n"
            "      --rules-only   extract without the learned attribution tagger\n"
            "      --json         print the figures as JSON (score.py --json)\n"
            "      --confidence   then how often the predictions of each confidence were\n"
            "                     right about who said what, and the Brier score\n"
            "  -v, --verbose      list the speakers.tsv events whose speaker was missed\n"
            "  -h, --help         this help\n"
            "\n"
            "exit status: 0 scored, 1 scored but some texts could not be extracted,\n"
            "2 bad command line, 3 no gold documents, unreadable predictions or no model.\n");
}

/* 0 to go on, EXIT_OK after --help, EXIT_USAGE on a bad command line. */
static int parse_options(int argc, char **argv, eval_options *o) {
    enum { OPT_GOLD = 256, OPT_PRED, OPT_MODEL, OPT_RULES, OPT_JSON, OPT_POS, OPT_CONFIDENCE };
    static const struct option LONG[] = {
        {"gold", required_argument, 0, OPT_GOLD},   {"pred", required_argument, 0, OPT_PRED},
        {"model", required_argument, 0, OPT_MODEL}, {"rules-only", no_argument, 0, OPT_RULES},
        {"json", no_argument, 0, OPT_JSON},         {"verbose", no_argument, 0, 'v'},
        {"pos", required_argument, 0, OPT_POS},     {"confidence", no_argument, 0, OPT_CONFIDENCE},
        {"help", no_argument, 0, 'h'},              {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "vh", LONG, NULL)) != -1) {
        switch (c) {
        case OPT_GOLD: o->gold = optarg; break;
        case OPT_PRED: o->pred = optarg; break;
        case OPT_MODEL: o->model = optarg; break;
        case OPT_RULES: o->engine_flags |= QUOTH_RULES_ONLY; break;
        case OPT_JSON: o->json = 1; break;
        case OPT_POS: o->pos = optarg; break;
        case OPT_CONFIDENCE: o->confidence = 1; break;
        case 'v': o->verbose = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: fprintf(stderr, "see quoth eval --help\n"); return EXIT_USAGE;
        }
    }
    if (optind < argc) {
        cli_error("eval: unexpected argument '%s' (see quoth eval --help)", argv[optind]);
        return EXIT_USAGE;
    }
    if (!o->gold && !o->pos) {
        cli_error("eval: --gold DIR is required (see quoth eval --help)");
        return EXIT_USAGE;
    }
    if (o->confidence && o->json) {
        cli_error("eval: --confidence has no JSON form; use it without --json");
        return EXIT_USAGE;
    }
    return -1;
}

static quoth_brat_corpus *load_gold(const char *dir) {
    quoth_brat_corpus *gold = NULL;
    int rc = quoth_brat_corpus_load(dir, &gold);
    if (rc == QUOTH_ERR_IO)
        cli_error("eval: cannot read %s/text: %s (expected a folder with text/ and attributions/)", dir,
                  strerror(errno));
    else if (rc)
        cli_error("eval: reading %s: %s", dir, quoth_status_string(rc));
    else if (gold->n == 0)
        cli_error("eval: no gold documents under %s (expected text/*.txt and attributions/*.ann)", dir);
    if (!rc && gold->n) {
        /* on stderr, so that standard output stays score.py's report */
        if (gold->skipped)
            cli_error("eval: %s: %zu text%s without an .ann file %s not scored", dir, gold->skipped,
                      gold->skipped == 1 ? "" : "s", gold->skipped == 1 ? "is" : "are");
        if (gold->skipped_lines)
            cli_error("eval: %s: %zu annotation line%s skipped, as score.py skips them (unreadable, offsets "
                      "outside the text, an attribution without a content)", dir, gold->skipped_lines,
                      gold->skipped_lines == 1 ? "" : "s");
        return gold;
    }
    quoth_brat_corpus_free(gold);
    return NULL;
}

static int read_predictions(const eval_options *o, const quoth_brat_corpus *gold, quoth_preds *p) {
    int rc = quoth_jsonl_pred_load(o->pred, gold, p);
    if (rc == QUOTH_ERR_IO) cli_error("eval: cannot read %s: %s", o->pred, strerror(errno));
    else if (rc) cli_error("eval: reading %s: %s", o->pred, quoth_status_string(rc));
    return rc ? EXIT_FATAL : EXIT_OK;
}

/* Runs quoth over every gold text. */
static int extract_all(const eval_options *o, const quoth_brat_corpus *gold, quoth_preds *p) {
    quoth_model *model = cli_load_model(o->model);
    if (!model) return EXIT_FATAL;
    quoth_engine *engine = quoth_engine_new(model, o->engine_flags);
    size_t failed = 0;
    int rc = engine ? quoth_preds_extract(p, gold, engine, &failed) : QUOTH_ERR_NOMEM;
    int status = rc ? EXIT_FATAL : failed ? EXIT_DOC_ERRORS : EXIT_OK;
    if (rc) cli_error("eval: %s", quoth_status_string(rc));
    else if (failed) cli_error("eval: %zu of %zu texts could not be extracted (scored as empty)", failed, gold->n);
    quoth_engine_free(engine);
    quoth_model_free(model);
    return status;
}

/* The speakers.tsv check, when the gold folder has that file. */
static int check_speakers(const eval_options *o, const quoth_brat_corpus *gold, const quoth_preds *p,
                          quoth_eval_report *r) {
    size_t n = strlen(o->gold) + 16;
    char *path = malloc(n);
    if (!path) return QUOTH_ERR_NOMEM;
    snprintf(path, n, "%s/speakers.tsv", o->gold);
    struct stat st;
    int rc = 0;
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
        rc = quoth_speakers_check(gold, p, path, o->verbose ? stderr : NULL, &r->speakers_right,
                                  &r->speakers_total);
        if (rc) cli_error("eval: %s: %s", path, quoth_status_string(rc));
        r->has_speakers = rc == 0;
    }
    free(path);
    return rc;
}

static int report(const eval_options *o, const quoth_brat_corpus *gold, const quoth_preds *p) {
    quoth_eval_report r;
    int rc = quoth_eval_report_make(gold, p, &r);
    if (!rc) rc = check_speakers(o, gold, p, &r);
    if (rc) {
        cli_error("eval: %s", quoth_status_string(rc));
        return EXIT_FATAL;
    }
    quoth_confidence_report conf;
    if (o->confidence && (rc = quoth_confidence_report_make(gold, p, &conf)) != 0) {
        cli_error("eval: %s", quoth_status_string(rc));
        return EXIT_FATAL;
    }
    if (o->json) quoth_eval_report_print_json(stdout, &r);
    else {
        quoth_preds_print_problems(stderr, p);
        quoth_eval_report_print(stdout, &r);
    }
    if (o->confidence) quoth_confidence_report_print(stdout, &conf);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("eval: writing the output failed: %s", strerror(errno));
        return EXIT_FATAL;
    }
    return EXIT_OK;
}

/* --pos: the tagger of the model against CoreNLP's tags, on CoreNLP's tokens. */
static int pos_agreement(const eval_options *o) {
    quoth_corpus c;
    int rc = quoth_corpus_read(o->pos, &c);
    if (rc) {
        cli_error("eval: reading %s: %s%s%s", o->pos, quoth_status_string(rc), rc == QUOTH_ERR_IO ? ": " : "",
                  rc == QUOTH_ERR_IO ? strerror(errno) : "");
        return EXIT_FATAL;
    }
    quoth_model *model = cli_load_model(o->model);
    int status = EXIT_FATAL;
    double accuracy = 0.0;
    if (model && !model->has_pos) cli_error("eval: the model has no part-of-speech tagger");
    else if (model && (rc = quoth_pos_evaluate(&model->pos, &c, &accuracy)) != 0)
        cli_error("eval: %s", quoth_status_string(rc));
    else if (model) {
        printf("part-of-speech: %zu tokens in %zu sentences, %.2f%% tagged as in %s\n", c.n_tokens, c.n_sents,
               100.0 * accuracy, o->pos);
        status = EXIT_OK;
    }
    quoth_model_free(model);
    quoth_corpus_free(&c);
    return status;
}

int quoth_cmd_eval(int argc, char **argv) {
    eval_options o = {NULL, NULL, NULL, NULL, 0, 0, 0, 0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0) return status;
    if (o.pos) return pos_agreement(&o);
    quoth_brat_corpus *gold = load_gold(o.gold);
    if (!gold) return EXIT_FATAL;
    quoth_preds p;
    if (quoth_preds_init(&p, gold)) {
        cli_error("eval: out of memory");
        quoth_brat_corpus_free(gold);
        return EXIT_FATAL;
    }
    status = o.pred ? read_predictions(&o, gold, &p) : extract_all(&o, gold, &p);
    if (status != EXIT_FATAL) {
        int s = report(&o, gold, &p);
        status = s == EXIT_OK ? status : s;
    }
    quoth_preds_free(&p);
    quoth_brat_corpus_free(gold);
    return status;
}
