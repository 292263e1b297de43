/*
 * cmd_train.c - `quoth train`: a model from annotated articles.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"

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
            "and the dev figures (as `quoth eval` prints them) with --dev. A corpus with\n"
            "no attribution is refused. The same data and seed give a byte-identical\n"
            "model.\n"
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
            "folder could not be read, the training failed or the model not written.\n");
}

static int positive(const char *s, long *out) {
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || v < 1) return -1;
    *out = v;
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

int quoth_cmd_train(int argc, char **argv) {
    enum { OPT_CORPUS = 256, OPT_DEV, OPT_BASE, OPT_EPOCHS, OPT_TAGGER_EPOCHS, OPT_SEED, OPT_MIN_WEIGHT, OPT_PARSER };
    static const struct option LONG[] = {
        {"corpus", required_argument, 0, OPT_CORPUS}, {"dev", required_argument, 0, OPT_DEV},
        {"output", required_argument, 0, 'o'}, {"base", required_argument, 0, OPT_BASE},
        {"epochs", required_argument, 0, OPT_EPOCHS}, {"tagger-epochs", required_argument, 0, OPT_TAGGER_EPOCHS},
        {"seed", required_argument, 0, OPT_SEED}, {"min-weight", required_argument, 0, OPT_MIN_WEIGHT},
        {"parser", no_argument, 0, OPT_PARSER},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    quoth_train_options o;
    quoth_train_defaults(&o);
    long v;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:h", LONG, NULL)) != -1) {
        switch (c) {
        case OPT_CORPUS: o.corpus = optarg; break;
        case OPT_DEV: o.dev = optarg; break;
        case 'o': o.output = optarg; break;
        case OPT_BASE: o.base_model = optarg; break;
        case OPT_EPOCHS:
        case OPT_TAGGER_EPOCHS:
            if (positive(optarg, &v)) {
                cli_error("train: epochs must be a positive number, not '%s'", optarg);
                return EXIT_USAGE;
            }
            *(c == OPT_EPOCHS ? &o.epochs : &o.tagger_epochs) = (int)v;
            break;
        case OPT_SEED: o.seed = strtoull(optarg, NULL, 10); break;
        case OPT_MIN_WEIGHT: o.min_weight = strtof(optarg, NULL); break;
        case OPT_PARSER: o.parser = 1; break;
        case 'h': usage(stdout); return EXIT_OK;
        default: fprintf(stderr, "see quoth train --help\n"); return EXIT_USAGE;
        }
    }
    if (!o.corpus || !o.output || optind < argc) {
        cli_error("train: --corpus DIR and -o MODEL are required (see quoth train --help)");
        return EXIT_USAGE;
    }
    if (!brat_folder_ok("--corpus", o.corpus) || (o.dev && !brat_folder_ok("--dev", o.dev))) return EXIT_FATAL;
    if (o.parser && !has_corenlp_tokens(o.corpus)) {
        cli_error("train: --parser learns from CoreNLP's trees in %s/corenlp-tokens.tsv.gz, and there is none",
                  o.corpus);
        return EXIT_USAGE;
    }
    double t0 = cli_now();
    int rc = quoth_train(&o, stderr);
    if (rc) {
        cli_error("train: %s%s%s", quoth_status_string(rc), rc == QUOTH_ERR_IO ? ": " : "",
                  rc == QUOTH_ERR_IO ? strerror(errno) : "");
        return EXIT_FATAL;
    }
    fprintf(stderr, "quoth: wrote %s in %.1f s\n", o.output, (cli_now() - t0) / 1e3);
    return EXIT_OK;
}
