/*
 * main.c - `quoth COMMAND ...`: finds the subcommand and runs it.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
} command;

static const command COMMANDS[] = {
    {"extract", quoth_cmd_extract, "find who said what in news articles"},
    {"eval", quoth_cmd_eval, "score attributions against annotated articles (brat, PolNeAR layout)"},
    {"train", quoth_cmd_train, "learn a model from annotated articles (brat, PolNeAR layout)"},
    {"tokens", quoth_cmd_tokens, "show the tokens, sentences, tags and quotations of a text"},
    {"model", quoth_cmd_model, "describe a model file (or the built-in model)"},
    {"index", quoth_cmd_index, "extract articles into a statement store (SQLite)"},
    {"search", quoth_cmd_search, "find statements in a store by words, speaker, outlet, date, type"},
    {"speakers", quoth_cmd_speakers, "who is quoted most in a store; merge or split speakers"},
    {"speaker", quoth_cmd_speaker, "one speaker of a store: names, roles, outlets, statements over time"},
};

static void usage(FILE *out) {
    fprintf(out,
            "quoth %s - who said what in the news\n"
            "\n"
            "usage: quoth COMMAND [OPTIONS] [ARGS]\n"
            "\n"
            "commands:\n",
            quoth_version());
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        fprintf(out, "  %-9s %s\n", COMMANDS[i].name, COMMANDS[i].summary);
    fprintf(out,
            "\n"
            "`quoth COMMAND --help` tells more about each, and `man quoth` all of it.\n"
            "\n"
            "exit status:\n"
            "  0  every document was processed\n"
            "  1  some documents could not be processed (each has an error record)\n"
            "  2  the command line was wrong\n"
            "  3  nothing could be done (no model, no output file)\n");
}

int main(int argc, char **argv) {
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "help") == 0) {
        usage(stdout);
        return EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        printf("quoth %s\n", quoth_version());
        return EXIT_OK;
    }
    for (size_t i = 0; i < sizeof COMMANDS / sizeof *COMMANDS; i++)
        if (strcmp(name, COMMANDS[i].name) == 0) return COMMANDS[i].run(argc - 1, argv + 1);
    cli_error("unknown command '%s' (see quoth --help)", name);
    return EXIT_USAGE;
}
