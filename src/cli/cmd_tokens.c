/*
 * cmd_tokens.c - `quoth tokens`: what the engine sees in a text.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "text/utf8.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth tokens [--model FILE] [FILE|-]\n"
            "\n"
            "Prints one line per token: its index, code-point offsets, the text, its\n"
            "normalized form, part-of-speech tag, dependency head (index, -1 for none)\n"
            "and relation, quotation depth and attribution label; a blank\n"
            "line between sentences, '#' lines at paragraphs. For looking at why\n"
            "quoth read a text the way it did. FILE is read whole, as UTF-8 text (-\n"
            "or none: standard input).\n"
            "\n"
            "options:\n"
            "      --model FILE   the model to tag with (default: the built-in model)\n"
            "  -h, --help         this help\n"
            "\n"
            "exit status: 0 the tokens were printed, 1 FILE could not be read, 2 the\n"
            "command line was wrong, 3 the model could not be loaded.\n");
}

static void print_tokens(const quoth_doc *doc) {
    const char *text = quoth_doc_text(doc, NULL);
    quoth_token_info t;
    size_t sent = (size_t)-1, para = (size_t)-1;
    for (size_t i = 0; quoth_doc_token(doc, i, &t) == 0; i++) {
        if (t.paragraph != para) printf("%s# paragraph %zu%s\n", i ? "\n" : "", t.paragraph, t.navigation ? " (navigation)" : "");
        else if (t.sentence != sent) putchar('\n');
        para = t.paragraph;
        sent = t.sentence;
        printf("%zu\t%zu\t%zu\t%.*s\t%s\t%s\t%ld\t%s\t%d\t%s\n", i, t.span.start, t.span.end,
               (int)(t.span.byte_end - t.span.byte_start), text + t.span.byte_start, t.norm,
               t.pos ? t.pos : "-", t.head, t.relation ? t.relation : "-", t.quote_depth,
               t.label ? t.label : "O");
    }
}

int quoth_cmd_tokens(int argc, char **argv) {
    static const struct option LONG[] = {{"model", required_argument, 0, 'm'},
                                         {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    const char *model_path = NULL;
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", LONG, NULL)) != -1) {
        if (c == 'm') model_path = optarg;
        else if (c == 'h') {
            usage(stdout);
            return EXIT_OK;
        } else {
            usage(stderr);
            return EXIT_USAGE;
        }
    }
    if (argc - optind > 1) {
        cli_error("tokens reads one FILE, not %d (see quoth tokens --help)", argc - optind);
        return EXIT_USAGE;
    }
    const char *path = optind < argc ? argv[optind] : "-";
    char *data;
    size_t len;
    int rc = cli_read_file(path, (size_t)1 << 30, &data, &len);
    if (rc) {
        cli_error("cannot read %s: %s%s%s", path, quoth_status_string(rc), rc == QUOTH_ERR_IO ? ": " : "",
                  rc == QUOTH_ERR_IO ? strerror(errno) : "");
        return EXIT_DOC_ERRORS;
    }
    len = quoth_universal_newlines(data, len); /* a file, read as `quoth extract` reads it */
    quoth_model *model = cli_load_model(model_path);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc;
    int status = EXIT_FATAL;
    if (engine && quoth_extract(engine, data, len, &doc) == 0) {
        print_tokens(doc);
        status = EXIT_OK;
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
    free(data);
    return status;
}
