/*
 * cmd_extract.c - `quoth extract`: articles in, who-said-what records out.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/cli.h"

#define DEFAULT_MAX_DOC_BYTES (16u << 20)

typedef struct extract_options {
    quoth_format format;
    int format_set;
    const char *output;
    const char *model;
    unsigned engine_flags;
    unsigned writer_flags;
    int quiet;
    int width;
    size_t max_doc_bytes;
} extract_options;

typedef struct run_counts {
    size_t documents, errors, statements, bytes;
} run_counts;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth extract [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "Finds every attribution (direct quote, indirect statement, mixed quote) in\n"
            "each article, with its speaker, cue and content. Reads UTF-8 text files,\n"
            "every *.txt of a directory (sorted by name), or standard input (- or no\n"
            "argument). Each document gives one record, or an error record.\n"
            "\n"
            "options:\n"
            "  -f, --format FMT     jsonl, table or csv (default: table on a terminal,\n"
            "                       jsonl otherwise)\n"
            "  -o, --output FILE    write to FILE (atomically: FILE appears when done)\n"
            "      --model FILE     use this model instead of the built-in one\n"
            "      --rules-only     do not use the learned attribution tagger\n"
            "      --include-text   put each document's text in its JSON record\n"
            "      --max-doc-size N largest document in bytes (default 16M; K, M, G allowed)\n"
            "      --width N        width of the table (default: the terminal's, or 100)\n"
            "  -q, --quiet          no summary line on stderr\n"
            "  -h, --help           this help\n"
            "\n"
            "JSON records: {\"id\", \"quotes\": [{\"type\", \"cue\", \"sources\", \"contents\",\n"
            "\"speaker\": {\"name\", \"mention\", \"resolved_by\", \"role\", \"kind\"}}]}; every\n"
            "span has \"start\" and \"end\" in Unicode code points of the text as read\n"
            "(invalid UTF-8 becomes U+FFFD, \\r\\n becomes \\n) and \"text\", its slice.\n"
            "Documents that fail give {\"id\", \"error\"}.\n"
            "\n"
            "exit status: 0 all documents processed, 1 some gave error records,\n"
            "2 bad command line, 3 no model or output could not be written.\n");
}

static int parse_size(const char *s, size_t *out) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return -1;
    if (*end == 'K' || *end == 'k') v <<= 10, end++;
    else if (*end == 'M' || *end == 'm') v <<= 20, end++;
    else if (*end == 'G' || *end == 'g') v <<= 30, end++;
    if (*end || v == 0) return -1;
    *out = (size_t)v;
    return 0;
}

static int parse_format(const char *s, quoth_format *f) {
    if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0) *f = QUOTH_FORMAT_JSONL;
    else if (strcmp(s, "table") == 0) *f = QUOTH_FORMAT_TABLE;
    else if (strcmp(s, "csv") == 0) *f = QUOTH_FORMAT_CSV;
    else return -1;
    return 0;
}

/* Returns the index of the first input argument, or -1 (usage printed), or
 * -2 for --help. */
static int parse_options(int argc, char **argv, extract_options *o) {
    enum { OPT_MODEL = 256, OPT_RULES, OPT_TEXT, OPT_MAX, OPT_WIDTH };
    static const struct option LONG[] = {
        {"format", required_argument, 0, 'f'}, {"output", required_argument, 0, 'o'},
        {"model", required_argument, 0, OPT_MODEL}, {"rules-only", no_argument, 0, OPT_RULES},
        {"include-text", no_argument, 0, OPT_TEXT}, {"max-doc-size", required_argument, 0, OPT_MAX},
        {"width", required_argument, 0, OPT_WIDTH}, {"quiet", no_argument, 0, 'q'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:o:qh", LONG, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (parse_format(optarg, &o->format)) {
                cli_error("unknown format '%s' (jsonl, table or csv)", optarg);
                return -1;
            }
            o->format_set = 1;
            break;
        case 'o': o->output = optarg; break;
        case 'q': o->quiet = 1; break;
        case 'h': usage(stdout); return -2;
        case OPT_MODEL: o->model = optarg; break;
        case OPT_RULES: o->engine_flags |= QUOTH_RULES_ONLY; break;
        case OPT_TEXT: o->writer_flags |= QUOTH_WRITE_TEXT; break;
        case OPT_MAX:
            if (parse_size(optarg, &o->max_doc_bytes)) {
                cli_error("--max-doc-size wants a size such as 16M, not '%s'", optarg);
                return -1;
            }
            break;
        case OPT_WIDTH: o->width = atoi(optarg); break;
        default: fprintf(stderr, "see quoth extract --help\n"); return -1;
        }
    }
    return optind;
}

/* One document: its record or its error record. */
static int process(quoth_engine *engine, quoth_writer *w, const extract_options *o,
                   const char *path, run_counts *counts) {
    char id[1024];
    cli_doc_id(path, id, sizeof id);
    quoth_doc_meta meta = {id, NULL, NULL, NULL, NULL, path};
    char *data = NULL;
    size_t len = 0;
    char message[1200];
    counts->documents++;
    int rc = cli_read_file(path, o->max_doc_bytes, &data, &len);
    if (rc == 0) {
        counts->bytes += len;
        const quoth_doc *doc;
        rc = quoth_extract(engine, data, len, &doc);
        free(data);
        if (rc == 0) {
            counts->statements += quoth_doc_quote_count(doc);
            return quoth_writer_document(w, &meta, doc);
        }
        snprintf(message, sizeof message, "%s: %s", path, quoth_status_string(rc));
    } else if (rc == QUOTH_ERR_TOO_LARGE) {
        snprintf(message, sizeof message, "%s: larger than --max-doc-size (%zu bytes)", path,
                 o->max_doc_bytes);
    } else {
        snprintf(message, sizeof message, "%s: %s", path,
                 rc == QUOTH_ERR_IO ? strerror(errno) : quoth_status_string(rc));
    }
    counts->errors++;
    if (!o->quiet) cli_error("%s", message);
    return quoth_writer_error(w, &meta, message);
}

/* Opens the output: stdout, or FILE.tmp that becomes FILE at the end. */
static FILE *open_output(const extract_options *o, char *tmp, size_t cap) {
    if (!o->output || strcmp(o->output, "-") == 0) return stdout;
    snprintf(tmp, cap, "%s.tmp.%ld", o->output, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) cli_error("cannot write %s: %s", tmp, strerror(errno));
    return f;
}

static int close_output(const extract_options *o, FILE *out, const char *tmp, int ok) {
    if (out == stdout) return fflush(stdout) == 0 && ok ? 0 : -1;
    int bad = fclose(out) != 0 || !ok;
    if (!bad && rename(tmp, o->output) != 0) {
        cli_error("cannot rename %s to %s: %s", tmp, o->output, strerror(errno));
        bad = 1;
    }
    if (bad) remove(tmp);
    return bad ? -1 : 0;
}

static int run(const extract_options *o, const cli_paths *inputs, run_counts *counts) {
    quoth_model *model = cli_load_model(o->model);
    if (!model) return EXIT_FATAL;
    quoth_engine *engine = quoth_engine_new(model, o->engine_flags);
    char tmp[4200];
    FILE *out = engine ? open_output(o, tmp, sizeof tmp) : NULL;
    quoth_writer *w = out ? quoth_writer_new(out, o->format, o->writer_flags, o->width) : NULL;
    int status = EXIT_FATAL, write_ok = w != NULL;
    for (size_t i = 0; write_ok && i < inputs->n; i++)
        write_ok = process(engine, w, o, inputs->path[i], counts) == 0;
    if (w) write_ok = quoth_writer_finish(w) == 0 && write_ok;
    if (out && close_output(o, out, tmp, write_ok) == 0)
        status = counts->errors ? EXIT_DOC_ERRORS : EXIT_OK;
    else if (out || engine)
        cli_error("writing the output failed: %s", strerror(errno));
    quoth_writer_free(w);
    quoth_engine_free(engine);
    quoth_model_free(model);
    return status;
}

int quoth_cmd_extract(int argc, char **argv) {
    extract_options o = {QUOTH_FORMAT_JSONL, 0, NULL, NULL, 0, 0, 0, 0, DEFAULT_MAX_DOC_BYTES};
    int first = parse_options(argc, argv, &o);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    int to_terminal = !o.output && isatty(STDOUT_FILENO);
    if (!o.format_set) o.format = to_terminal ? QUOTH_FORMAT_TABLE : QUOTH_FORMAT_JSONL;
    struct winsize ws;
    if (!o.width && to_terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        o.width = ws.ws_col;
    if (!o.width) {
        const char *cols = getenv("COLUMNS");
        o.width = cols ? atoi(cols) : 100;
    }
    cli_paths inputs = {0};
    if (first >= argc && cli_paths_add(&inputs, "-", ".txt")) return EXIT_FATAL;
    for (int i = first; i < argc; i++)
        if (cli_paths_add(&inputs, argv[i], ".txt")) {
            cli_paths_free(&inputs);
            return EXIT_FATAL;
        }
    run_counts counts = {0, 0, 0, 0};
    double t0 = cli_now();
    int status = run(&o, &inputs, &counts);
    if (!o.quiet && status != EXIT_FATAL)
        fprintf(stderr, "quoth: %zu documents, %zu statements, %zu errors, %.1f MB in %.2f s\n",
                counts.documents, counts.statements, counts.errors, (double)counts.bytes / 1e6,
                (cli_now() - t0) / 1e3);
    cli_paths_free(&inputs);
    return status;
}
