/*
 * cmd_train.c - `quoth train`: a model from annotated articles.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "tag/model_file.h"

enum { OPT_CORPUS = 256, OPT_DEV, OPT_BASE, OPT_EPOCHS, OPT_TAGGER_EPOCHS, OPT_SEED, OPT_MIN_WEIGHT, OPT_PARSER };

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth train --corpus DIR [--dev DIR] -o MODEL [OPTIONS]\n"
            "\n"
            "Learns a model from articles annotated in brat standoff, laid out as\n"
            "PolNeAR is: DIR/text/NAME.txt and DIR/attributions/NAME_ANNOTATOR.ann (the\n"
            "first annotator by name is used). When DIR holds corenlp-tokens.tsv.gz the\n"
            "part-of-speech and entity taggers are learned from it too; otherwise they\n"
            "are taken from --base (default: the built-in model). Prints what each\n"
            "folder gave (annotated documents, attributions, texts without an .ann and\n"
            "annotation lines skipped, as the referee skips them), progress per epoch,\n"
            "and the dev figures (as `quoth eval` prints them) with --dev; then each\n"
            "file and line skipped or suspicious (the first 5 of each kind). A corpus,\n"
            "or a --dev, with no attribution is refused. The same data and seed give a\n"
            "byte-identical model. PolNeAR's 800 articles take about 30 seconds.\n"
            "The .ann files hold Source, Cue and Content spans (T lines) tied by\n"
            "Attribution events (E lines): docs/brat.md describes what quoth reads.\n"
            "\n"
            "options:\n"
            "      --corpus DIR        the annotated training articles (required)\n"
            "      --dev DIR           annotated articles to score after each epoch\n"
            "  -o, --output MODEL      the model file to write (required)\n"
            "      --base MODEL        taggers to start from (when DIR has no CoreNLP analysis)\n"
            "      --epochs N          passes of the attribution tagger (default 14)\n"
            "      --tagger-epochs N   passes of the part-of-speech and entity taggers (default 8)\n"
            "      --seed N            seed of the shuffles (default 20261124)\n"
            "      --min-weight W      prune smaller averaged weights (default 8)\n"
            "      --parser            also learn a dependency parser (about +0.01 F1 on PolNeAR\n"
            "                          dev, 2.7 times slower extraction; see models/README.md)\n"
            "  -h, --help              this help\n"
            "\n"
            "example: quoth train --corpus ../shared/polnear/train --dev ../shared/polnear/dev \\\n"
            "             -o models/quoth-en.qm\n"
            "\n"
            "exit status: 0 the model was written, 2 the command line was wrong, 3 a\n"
            "folder could not be read, --base is no model, -o cannot be written (checked\n"
            "before training), the training failed or the model was not written.\n");
}

/* --epochs, --tagger-epochs: a whole number from 1, digits only. */
static int parse_epochs(const char *option, const char *s, int *out) {
    size_t v;
    if (cli_parse_count(s, &v) || v < 1 || v > INT_MAX) {
        cli_error("train: %s wants a whole number above 0, not '%s'", option, s);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* --seed: digits only; strtoull took "abc" as 0 and "1e3" as 1, so that a
 * typo silently broke "same seed, same model". */
static int parse_seed(const char *s, uint64_t *out) {
    size_t v;
    if (cli_parse_count(s, &v)) {
        cli_error("train: --seed wants a whole number (digits only), not '%s'", s);
        return -1;
    }
    *out = v;
    return 0;
}

/* --min-weight: 0 or more, as digits with a decimal point or not. */
static int parse_min_weight(const char *s, float *out) {
    double v;
    if (cli_parse_decimal(s, &v) || v > 1e30) {
        cli_error("train: --min-weight wants a number of 0 or more (8, 0.5), not '%s'", s);
        return -1;
    }
    *out = (float)v;
    return 0;
}

/* A corpus folder is checked before anything is learned, so that a wrong
 * path names itself instead of ending training in a bare input/output
 * error. */
static int brat_folder_ok(const char *option, const char *dir) {
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/text", dir);
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        cli_error("train: %s %s: no folder %s (expected text/ and attributions/, laid out as PolNeAR)", option, dir,
                  path);
        return 0;
    }
    return 1;
}

static int has_corenlp_tokens(const char *dir) {
    char path[4096];
    struct stat st;
    snprintf(path, sizeof path, "%s/corenlp-tokens.tsv.gz", dir);
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* One option into *o: 0, EXIT_OK after --help, EXIT_USAGE. */
static int take_option(int c, quoth_train_options *o) {
    switch (c) {
    case OPT_CORPUS: o->corpus = optarg; return 0;
    case OPT_DEV: o->dev = optarg; return 0;
    case 'o': o->output = optarg; return 0;
    case OPT_BASE: o->base_model = optarg; return 0;
    case OPT_EPOCHS: return parse_epochs("--epochs", optarg, &o->epochs) ? EXIT_USAGE : 0;
    case OPT_TAGGER_EPOCHS: return parse_epochs("--tagger-epochs", optarg, &o->tagger_epochs) ? EXIT_USAGE : 0;
    case OPT_SEED: return parse_seed(optarg, &o->seed) ? EXIT_USAGE : 0;
    case OPT_MIN_WEIGHT: return parse_min_weight(optarg, &o->min_weight) ? EXIT_USAGE : 0;
    case OPT_PARSER: o->parser = 1; return 0;
    case 'h': usage(stdout); return EXIT_OK;
    default: fprintf(stderr, "see quoth train --help\n"); return EXIT_USAGE;
    }
}

/* -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, quoth_train_options *o) {
    static const struct option LONG[] = {
        {"corpus", required_argument, 0, OPT_CORPUS}, {"dev", required_argument, 0, OPT_DEV},
        {"output", required_argument, 0, 'o'}, {"base", required_argument, 0, OPT_BASE},
        {"epochs", required_argument, 0, OPT_EPOCHS}, {"tagger-epochs", required_argument, 0, OPT_TAGGER_EPOCHS},
        {"seed", required_argument, 0, OPT_SEED}, {"min-weight", required_argument, 0, OPT_MIN_WEIGHT},
        {"parser", no_argument, 0, OPT_PARSER},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c, status;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", LONG, NULL)) != -1)
        if ((status = take_option(c, o)) != 0 || c == 'h') return status;
    if (!o->corpus || !o->output || optind < argc) {
        cli_error("train: --corpus DIR and -o MODEL are required (see quoth train --help)");
        return EXIT_USAGE;
    }
    return -1;
}

/* Everything that can be checked before the training is, so that a typo
 * costs a second, not the half minute (or more) of the epochs: the
 * folders, the --base model, and -o, resolved into `final` (through a
 * symbolic link, to the file it leads to). EXIT_OK or the exit status. */
static int check_before_training(const quoth_train_options *o, char *final, size_t cap) {
    if (!brat_folder_ok("--corpus", o->corpus) || (o->dev && !brat_folder_ok("--dev", o->dev))) return EXIT_FATAL;
    if (o->parser && !has_corenlp_tokens(o->corpus)) {
        cli_error("train: --parser learns from CoreNLP's trees in %s/corenlp-tokens.tsv.gz, and there is none",
                  o->corpus);
        return EXIT_USAGE;
    }
    if (o->base_model && !has_corenlp_tokens(o->corpus)) {
        quoth_model *base = cli_load_model(o->base_model);
        if (!base) return EXIT_FATAL;
        quoth_model_free(base);
    }
    struct stat st;
    int kind = cli_output_target(o->output, final, cap, &st);
    if (kind == CLI_TARGET_OTHER) {
        /* a rename over a device would replace /dev/null with a model */
        cli_error("cannot write %s: not a regular file (a model is written whole, then renamed into place)",
                  o->output);
        return EXIT_FATAL;
    }
    return kind < 0 ? EXIT_FATAL : EXIT_OK;
}

/* Trains into `final`; the temporary model file beside it is removed if a
 * signal ends the run (model_file.c removes it on every error). */
static int train_into(quoth_train_options *o, const char *final) {
    char tmp[PATH_MAX + 32];
    if (quoth_mf_temp_path(final, tmp, sizeof tmp) != QUOTH_OK) {
        cli_error("cannot write %s: %s", o->output, strerror(ENAMETOOLONG));
        return EXIT_FATAL;
    }
    const char *given = o->output;
    o->output = final;
    cli_remove_on_signal(tmp);
    int rc = quoth_train(o, stderr);
    cli_remove_on_signal_done();
    o->output = given;
    /* QUOTH_ERR_INVALID: what was refused (a corpus of no attribution, a
     * model pruned to nothing) has just been said by quoth_train */
    if (rc == QUOTH_ERR_IO)
        cli_error("train: reading the corpus or writing %s failed: %s", o->output, strerror(errno));
    else if (rc && rc != QUOTH_ERR_INVALID)
        cli_error("train: %s", quoth_status_string(rc));
    return rc ? EXIT_FATAL : EXIT_OK;
}

int quoth_cmd_train(int argc, char **argv) {
    quoth_train_options o;
    quoth_train_defaults(&o);
    int status = parse_options(argc, argv, &o);
    if (status >= 0) return status;
    char final[PATH_MAX];
    status = check_before_training(&o, final, sizeof final);
    if (status != EXIT_OK) return status;
    double t0 = cli_now();
    status = train_into(&o, final);
    if (status == EXIT_OK) fprintf(stderr, "quoth: wrote %s in %.1f s\n", o.output, (cli_now() - t0) / 1e3);
    return status;
}
