/*
 * cmd_eval.c - `quoth eval`: scores attributions against a brat corpus with
 * the same figures, printed the same way, as the shared referee score.py,
 * so that either can be used and the numbers agree.
 */
#include <errno.h>
#include <getopt.h>
#include <jansson.h>
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
            "skips them (each file and line, the first 5 of each kind), and the\n"
            "problems of the predictions: ids that name no gold document, documents\n"
            "with several records, error records. What quoth reads of an .ann file\n"
            "(Source, Cue and Content spans, Attribution events): docs/brat.md.\n"
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
            "                     (- for standard input)\n"
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
    if (o->pred && (o->model || o->engine_flags))
        cli_error("eval: warning: --model and --rules-only are for quoth's own extraction; with --pred they "
                  "change nothing");
    if (o->confidence && o->json) {
        cli_error("eval: --confidence has no JSON form; use it without --json");
        return EXIT_USAGE;
    }
    return -1;
}

static void say_counts(const char *dir, const quoth_brat_corpus *gold) {
    if (gold->skipped)
        cli_error("eval: %s: %zu text%s without an .ann file %s not scored", dir, gold->skipped,
                  cli_plural(gold->skipped), gold->skipped == 1 ? "is" : "are");
    if (gold->skipped_lines)
        cli_error("eval: %s: %zu annotation line%s skipped, as score.py skips them (unreadable, offsets "
                  "outside the text, an attribution without a content)", dir, gold->skipped_lines,
                  cli_plural(gold->skipped_lines));
}

static quoth_brat_corpus *load_gold(const char *dir) {
    quoth_brat_corpus *gold = NULL;
    int rc = quoth_brat_corpus_load(dir, &gold);
    if (rc == QUOTH_ERR_IO)
        cli_error("eval: cannot read %s/text: %s (expected a folder with text/ and attributions/)", dir,
                  strerror(errno));
    else if (rc)
        cli_error("eval: reading %s: %s", dir, quoth_status_string(rc));
    if (rc) return NULL;
    /* on stderr, so that standard output stays score.py's report; the
     * files and lines first, so that a corpus of no document says why */
    quoth_brat_notes_print(stderr, "quoth: eval: warning: ", dir, &gold->notes);
    if (gold->n) {
        say_counts(dir, gold);
        return gold;
    }
    if (gold->notes.count[QUOTH_BRAT_ANN_WITHOUT_SUFFIX])
        cli_error("eval: no gold documents under %s: the .ann files need an annotator suffix, "
                  "attributions/NAME_ANNOTATOR.ann (see docs/brat.md)", dir);
    else
        cli_error("eval: no gold documents under %s (expected text/NAME.txt and attributions/NAME_ANNOTATOR.ann)",
                  dir);
    quoth_brat_corpus_free(gold);
    return NULL;
}

/* ------------------------------------------------------ prediction ids */

/* What score.py passes over in silence about the ids of a prediction
 * file, though it changes every figure: records whose id names no gold
 * document (all of them, when `quoth extract -r DIR` named them by their
 * path), several records for one document, quoth's own error records.
 * The figures stay score.py's; these are only said on stderr. */
enum { LISTED_IDS = 5 };

typedef struct id_check {
    size_t matched, unmatched, with_folder, errors;
    char *unmatched_ids[LISTED_IDS], *error_ids[LISTED_IDS];
    size_t *records; /* per gold document */
} id_check;

static void id_check_free(id_check *c) {
    for (int i = 0; i < LISTED_IDS; i++) {
        free(c->unmatched_ids[i]);
        free(c->error_ids[i]);
    }
    free(c->records);
}

/* A record's id as score.py's str() gives it, for strings and integers;
 * NULL for others (which match nothing there either). */
static const char *record_id(const json_t *obj, char *buf, size_t cap) {
    const json_t *id = json_object_get(obj, "id");
    if (json_is_string(id)) return json_string_value(id);
    if (!json_is_integer(id)) return NULL;
    snprintf(buf, cap, "%lld", (long long)json_integer_value(id));
    return buf;
}

static void keep_id(char **list, size_t n_before, const char *id) {
    if (n_before < LISTED_IDS) list[n_before] = strdup(id);
}

static void check_record(const quoth_brat_corpus *gold, const json_t *obj, id_check *c) {
    char buf[32];
    const char *id = record_id(obj, buf, sizeof buf);
    if (!id) return;
    long k = quoth_brat_corpus_find(gold, id);
    if (k < 0) {
        const char *slash = strrchr(id, '/');
        c->with_folder += slash && quoth_brat_corpus_find(gold, slash + 1) >= 0;
        keep_id(c->unmatched_ids, c->unmatched++, id);
        return;
    }
    c->matched++;
    c->records[k]++;
    if (json_object_get(obj, "error")) keep_id(c->error_ids, c->errors++, id);
}

static void check_lines(const quoth_brat_corpus *gold, const char *data, size_t len, id_check *c) {
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        json_t *obj = json_loadb(data + i, end - i, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL);
        /* a line that is not JSON is one of score.py's problems, said already */
        if (json_is_object(obj)) check_record(gold, obj, c);
        json_decref(obj);
        i = end + 1;
    }
}

/* "'a', 'b' and 3 more" */
static void list_ids(char *out, size_t cap, char *const *ids, size_t n) {
    size_t at = 0;
    out[0] = 0;
    for (size_t i = 0; i < n && i < LISTED_IDS && at < cap; i++)
        at += (size_t)snprintf(out + at, cap - at, "%s'%s'", i ? ", " : "", ids[i] ? ids[i] : "?");
    if (n > LISTED_IDS && at < cap) snprintf(out + at, cap - at, " and %zu more", n - LISTED_IDS);
}

static void say_unmatched(const char *dir, const id_check *c) {
    char ids[1024];
    list_ids(ids, sizeof ids, c->unmatched_ids, c->unmatched);
    if (c->matched) {
        cli_error("eval: warning: %zu prediction record%s name%s no gold document of %s, not scored (as score.py): %s",
                  c->unmatched, cli_plural(c->unmatched), c->unmatched == 1 ? "s" : "", dir, ids);
        return;
    }
    cli_error("eval: WARNING: none of the %zu prediction records names a gold document of %s, so every figure "
              "below is 0: ids %s; a gold id is a text's name without .txt", c->unmatched, dir, ids);
    if (c->with_folder)
        cli_error("eval: %zu of those ids are a gold id behind a folder, as `quoth extract -r DIR` names records: "
                  "run `quoth extract %s/text` instead, or remove the folders from the ids",
                  c->with_folder, dir);
}

static void say_duplicates(const quoth_brat_corpus *gold, const id_check *c) {
    char ids[1024] = "";
    size_t n = 0, at = 0;
    for (size_t d = 0; d < gold->n; d++) {
        if (c->records[d] < 2) continue;
        if (n++ < LISTED_IDS && at < sizeof ids)
            at += (size_t)snprintf(ids + at, sizeof ids - at, "%s'%s' (%zu records)", at ? ", " : "",
                                   gold->docs[d].name, c->records[d]);
    }
    if (n > LISTED_IDS && at < sizeof ids) snprintf(ids + at, sizeof ids - at, " and %zu more", n - LISTED_IDS);
    if (n)
        cli_error("eval: warning: %zu document%s ha%s more than one prediction record, whose statements are all "
                  "scored, as score.py does: %s", n, cli_plural(n), n == 1 ? "s" : "ve", ids);
}

static void check_prediction_ids(const char *data, size_t len, const char *dir, const quoth_brat_corpus *gold) {
    id_check c = {0};
    c.records = calloc(gold->n + 1, sizeof *c.records);
    if (c.records) {
        check_lines(gold, data, len, &c);
        if (c.unmatched) say_unmatched(dir, &c);
        say_duplicates(gold, &c);
        if (c.errors) {
            char ids[1024];
            list_ids(ids, sizeof ids, c.error_ids, c.errors);
            cli_error("eval: warning: %zu prediction record%s %s error record%s (no text was read), scored as "
                      "predicting nothing: %s", c.errors, cli_plural(c.errors), c.errors == 1 ? "is an" : "are",
                      cli_plural(c.errors), ids);
        }
    }
    id_check_free(&c);
}

/* The prediction file, or standard input for "-", read once: a pipe
 * cannot be read a second time for the checks of its ids. */
static int read_prediction_bytes(const char *path, char **data, size_t *len) {
    if (strcmp(path, "-") == 0) return quoth_eval_read_stream(stdin, data, len);
    return quoth_eval_read_file(path, data, len);
}

static int read_predictions(const eval_options *o, const quoth_brat_corpus *gold, quoth_preds *p) {
    char *data = NULL;
    size_t len = 0;
    const char *name = strcmp(o->pred, "-") ? o->pred : "standard input";
    int rc = read_prediction_bytes(o->pred, &data, &len);
    if (!rc) rc = quoth_jsonl_pred_parse(data, len, gold, p);
    if (rc == QUOTH_ERR_IO) cli_error("eval: cannot read %s: %s", name, strerror(errno));
    else if (rc) cli_error("eval: reading %s: %s", name, quoth_status_string(rc));
    else check_prediction_ids(data, len, o->gold, gold);
    free(data);
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
