/*
 * cmd_tokens.c - `quoth tokens`: what the engine sees in a text.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth tokens [--model FILE] [-i FORMAT] [FILE|-]\n"
            "\n"
            "Prints one line per token: its index, code-point offsets, the text, its\n"
            "normalized form, part-of-speech tag, dependency head (index, -1 for none)\n"
            "and relation, quotation depth and attribution label; a blank\n"
            "line between sentences, '#' lines at paragraphs. For looking at why\n"
            "quoth read a text the way it did. FILE is read as `quoth extract` reads\n"
            "it (a text, a JSON Lines feed, an HTML page, a WARC archive, maybe\n"
            "gzipped; - or none: standard input), so that the tokens are those of\n"
            "the text extract saw: a page's article, a feed's text fields. Each\n"
            "document starts with a '# document ID' line.\n"
            "\n"
            "options:\n"
            "      --model FILE     the model to tag with (default: the built-in model)\n"
            "  -i, --input-format F auto (default), text, jsonl, html or warc\n"
            CLI_TEXT_ID_FIELD_HELP
            "      --encoding E     a text file that is not UTF-8 is in E (windows-1252,\n"
            "                       latin1, utf-16le, ...; as quoth extract --encoding)\n"
            "  -h, --help           this help\n"
            "\n"
            "exit status: 0 the tokens were printed, 1 some documents could not be read\n"
            "(each is named on stderr), 2 the command line was wrong, 3 FILE or the\n"
            "model could not be opened, or the output could not be written.\n");
}

static void print_tokens(FILE *out, const quoth_doc *doc) {
    const char *text = quoth_doc_text(doc, NULL);
    quoth_token_info t;
    size_t sent = (size_t)-1, para = (size_t)-1;
    for (size_t i = 0; quoth_doc_token(doc, i, &t) == 0; i++) {
        if (t.paragraph != para)
            fprintf(out, "%s# paragraph %zu%s\n", i ? "\n" : "", t.paragraph, t.navigation ? " (navigation)" : "");
        else if (t.sentence != sent) putc('\n', out);
        para = t.paragraph;
        sent = t.sentence;
        fprintf(out, "%zu\t%zu\t%zu\t%.*s\t%s\t%s\t%ld\t%s\t%d\t%s\n", i, t.span.start, t.span.end,
               (int)(t.span.byte_end - t.span.byte_start), text + t.span.byte_start, t.norm,
               t.pos ? t.pos : "-", t.head, t.relation ? t.relation : "-", t.quote_depth,
               t.label ? t.label : "O");
    }
}

/* Every document of the reader, its tokens printed to `out`; EXIT_OK, or
 * EXIT_DOC_ERRORS when some could not be read or analyzed. */
static int print_documents(FILE *out, quoth_reader *reader, quoth_engine *engine) {
    int status = EXIT_OK, rc;
    quoth_input_doc in;
    while ((rc = quoth_reader_next(reader, &in)) == 0) {
        const quoth_doc *doc;
        if (in.error) {
            cli_error("%s: %s", in.meta.origin ? in.meta.origin : in.meta.id, in.error);
            status = EXIT_DOC_ERRORS;
        } else if ((rc = quoth_extract(engine, in.text, in.len, &doc)) != 0) {
            cli_error("%s: %s", in.meta.id, quoth_status_string(rc));
            status = EXIT_DOC_ERRORS;
        } else {
            fprintf(out, "# document %s\n", in.meta.id);
            print_tokens(out, doc);
            putc('\n', out);
        }
    }
    if (rc != QUOTH_ERR_EOF) {
        cli_error("reading stopped: %s", quoth_status_string(rc));
        status = EXIT_DOC_ERRORS;
    }
    return status;
}

/* The options into `model_path` and `ro`: the index of FILE (argc when
 * none), -1 after saying why the command line is wrong, or -2 for --help. */
static int parse_options(int argc, char **argv, const char **model_path, quoth_reader_options *ro) {
    enum { OPT_MODEL = 256, OPT_ENCODING };
    static const struct option LONG[] = {{"model", required_argument, 0, OPT_MODEL},
                                         {"input-format", required_argument, 0, 'i'},
                                         CLI_TEXT_ID_FIELD_OPTIONS,
                                         {"encoding", required_argument, 0, OPT_ENCODING},
                                         {"help", no_argument, 0, 'h'},
                                         {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":hi:", LONG, NULL)) != -1) {
        int bad = 0;
        switch (c) {
        case OPT_MODEL: *model_path = optarg; break;
        case CLI_OPT_TEXT_FIELD:
        case CLI_OPT_ID_FIELD: bad = cli_field_option(c, optarg, ro); break;
        case OPT_ENCODING: bad = cli_encoding(optarg, &ro->encoding); break;
        case 'i': bad = cli_parse_input_format(optarg, &ro->format); break;
        case 'h': usage(stdout); return -2;
        default: cli_option_error("tokens", c, argv, LONG); return -1;
        }
        if (bad) {
            fprintf(stderr, "see quoth tokens --help\n");
            return -1;
        }
    }
    if (argc - optind > 1) {
        cli_error("tokens reads one FILE, not %d (see quoth tokens --help)", argc - optind);
        return -1;
    }
    return optind;
}

/* Says why FILE could not be opened, from the errno that the reader's
 * failed call left (`err`). */
static void cannot_open(const char *path, int rc, int err) {
    if (rc != QUOTH_ERR_IO) cli_error("cannot read %s: %s", path, quoth_status_string(rc));
    else if (err == EISDIR) cli_error("%s is a directory: tokens reads one file (quoth extract reads directories)", path);
    else cli_error("cannot open %s: %s", path, strerror(err));
}

int quoth_cmd_tokens(int argc, char **argv) {
    const char *model_path = NULL;
    quoth_reader_options ro = {.format = QUOTH_INPUT_AUTO};
    int first = parse_options(argc, argv, &model_path, &ro);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    const char *path = first < argc ? argv[first] : "-";
    if (strcmp(path, "-") == 0) cli_hint_stdin("tokens");
    quoth_reader *reader;
    int rc = quoth_reader_open(path, &ro, &reader);
    if (rc) {
        cannot_open(path, rc, errno);
        return EXIT_FATAL;
    }
    quoth_model *model = cli_load_model(model_path);
    quoth_engine *engine = model ? quoth_engine_new(model, 0) : NULL;
    cli_output out;
    int status = EXIT_FATAL;
    if (engine && cli_output_open(&out, STDOUT_FILENO, 0) == 0) {
        status = print_documents(out.stream, reader, engine);
        if (cli_output_close(&out, NULL)) status = EXIT_FATAL;
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
    quoth_reader_close(reader);
    return status;
}
