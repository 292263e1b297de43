/*
 * cmd_extract.c - `quoth extract`: articles in, who-said-what records out.
 * The inputs go through the threaded pipeline (src/io/pipeline.h); this
 * file gives it the per-document work: an engine per worker, the record
 * written to the worker's memory buffer.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/pipeline.h"
#include "io/reader.h"

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
    quoth_reader_options reader; /* -i, the JSON Lines fields, --encoding, --max-doc-size */
    int recursive;
    unsigned jobs;          /* 0: one per online core */
    int strict;             /* stop at the first error record */
} extract_options;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth extract [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "Finds every attribution (direct quote, indirect statement, mixed quote) in\n"
            "each article, with its speaker, cue and content. Reads text files, JSON\n"
            "Lines (one article per line), HTML pages and WARC archives (their HTML\n"
            "responses; Common Crawl's WET files: their texts), each maybe gzipped\n"
            "or zstd-compressed (.zst);\n"
            "every file of those types in a directory (sorted by name), and\n"
            "in its subdirectories with -r; or standard input (- or no argument). Each\n"
            "document gives one record, or an error record; so does a directory that\n"
            "gives no file, a PDF or an image, and a second -. Records come out in\n"
            "input order whatever the number of threads.\n"
            "\n"
            "options:\n"
            "  -f, --format FMT     jsonl, table or csv (default: table on a terminal,\n"
            "                       jsonl otherwise)\n"
            "  -o, --output FILE    write to FILE (atomically: FILE appears when done,\n"
            "                       with the old file's mode; through a symbolic link, the\n"
            "                       file it leads to; a device or named pipe is written\n"
            "                       straight, as > FILE would)\n"
            "  -i, --input-format F auto, text, jsonl, html or warc (default auto: by the\n"
            "                       extension, .gz or .zst allowed, else by the content)\n"
            CLI_TEXT_ID_FIELD_HELP CLI_META_FIELD_HELP
            "      --encoding E     text files that are not UTF-8 are in E (windows-1252,\n"
            "                       latin1, utf-16le, any name iconv -l lists); so are\n"
            "                       web pages that name no encoding. A byte order mark is\n"
            "                       always followed; JSON Lines are always UTF-8\n"
            "  -r, --recursive      directories: their subdirectories' files too (links\n"
            "                       to directories are not followed)\n"
            "  -j, --jobs N         worker threads (default: one per core)\n"
            "      --model FILE     use this model instead of the built-in one\n"
            "      --rules-only     do not use the learned attribution tagger\n"
            "      --include-text   put each document's text in its JSON record (so JSON even\n"
            "                       on a terminal; not with -f table or csv; for HTML\n"
            "                       and WARC, offsets refer to this extracted text)\n"
            "      --max-doc-size N largest document in bytes (default 16M; K, M, G allowed)\n"
            "      --width N        width of the table, 40 to 10000 (default: the\n"
            "                       terminal's, else $COLUMNS, else 100; the statement\n"
            "                       keeps 20 columns at least)\n"
            "      --strict         stop at the first document that fails: its error record\n"
            "                       is the last one written (exit status 1)\n"
            "  -q, --quiet          no progress, messages or summary on stderr\n"
            "  -h, --help           this help\n"
            "\n"
            "JSON records: {\"id\", \"quotes\": [{\"type\", \"cue\", \"sources\", \"contents\",\n"
            "\"speaker\": {\"name\", \"mention\", \"resolved_by\", \"role\", \"kind\",\n"
            "\"gender\"}, \"confidence\"}]}; \"speaker\" only when there is a source or one\n"
            "was borrowed from the clause a statement hangs on.\n"
            "Every span has \"start\" and \"end\" in Unicode code points\n"
            "of the text as read (converted from --encoding if given; invalid UTF-8\n"
            "becomes U+FFFD, and in a text file \\r\\n becomes \\n) and \"text\", its\n"
            "slice. \"confidence\" is how often attributions like it were right\n"
            "(content and speaker) on the articles the model was checked on.\n"
            "Records carry url, title, date and outlet when the input gives them.\n"
            "Documents that fail give {\"id\", \"error\", \"origin\"} (origin: file:line\n"
            "for JSON Lines, file:byte offset for WARC).\n"
            "\n"
            "ids: the document's own (JSON Lines: --id-field; WARC: its WARC-Record-ID),\n"
            "else the file name without its extensions (stdin for standard input),\n"
            "with the line or byte offset for a file of several documents (feed:3);\n"
            "a file under a subdirectory of a directory given is named by its path\n"
            "from it (2024-03-01/feed:3); files of one name given from different\n"
            "folders by their paths as given (monday/story, tuesday/story).\n"
            "\n"
            "CSV: one row per statement, one of its id alone for a document without\n"
            "statements, and one per document that failed (its error), with the\n"
            "columns id, type, speaker, mention, resolved_by, role, gender, cue,\n"
            "content (the pieces of a split statement joined by \" \xE2\x80\xA6 \"),\n"
            "content_start, content_end (code points: the first piece's start, the\n"
            "last piece's end), confidence, error. No sources, no offsets of cues,\n"
            "no url, title, date, outlet or repaired: JSON Lines has them.\n"
            "\n"
            "exit status: 0 all documents processed, 1 some gave error records,\n"
            "2 bad command line, 3 no model or output could not be written.\n");
}

enum { OPT_MODEL = 256, OPT_RULES, OPT_TEXT, OPT_MAX, OPT_WIDTH, OPT_STRICT, OPT_ENCODING };

static int parse_option(int c, const char *arg, extract_options *o) {
    switch (c) {
    case 'f':
        if (cli_parse_output_format(arg, &o->format)) return -1;
        o->format_set = 1;
        return 0;
    case 'i':
        return cli_parse_input_format(arg, &o->reader.format);
    case 'j':
        return cli_parse_jobs(arg, &o->jobs);
    case OPT_MAX:
        if (cli_parse_size(arg, &o->reader.max_doc_bytes)) {
            cli_error("--max-doc-size wants a size such as 16M, not '%s'", arg);
            return -1;
        }
        return 0;
    case 'o': o->output = arg; return 0;
    case 'q': o->quiet = 1; return 0;
    case 'r': o->recursive = 1; return 0;
    case OPT_MODEL: o->model = arg; return 0;
    case OPT_RULES: o->engine_flags |= QUOTH_RULES_ONLY; return 0;
    case OPT_TEXT: o->writer_flags |= QUOTH_WRITE_TEXT; return 0;
    case OPT_WIDTH: return cli_parse_width(arg, &o->width);
    case CLI_OPT_TEXT_FIELD:
    case CLI_OPT_ID_FIELD:
    case CLI_OPT_URL_FIELD:
    case CLI_OPT_TITLE_FIELD:
    case CLI_OPT_DATE_FIELD:
    case CLI_OPT_OUTLET_FIELD: return cli_field_option(c, arg, &o->reader);
    case OPT_STRICT: o->strict = 1; return 0;
    case OPT_ENCODING: return cli_encoding(arg, &o->reader.encoding);
    default: return -1; /* parse_options() said why */
    }
}

/* Returns the index of the first input argument, or -1 (usage printed), or
 * -2 for --help. */
static int parse_options(int argc, char **argv, extract_options *o) {
    static const struct option LONG[] = {
        {"format", required_argument, 0, 'f'}, {"output", required_argument, 0, 'o'},
        {"input-format", required_argument, 0, 'i'}, CLI_TEXT_ID_FIELD_OPTIONS, CLI_META_FIELD_OPTIONS,
        {"recursive", no_argument, 0, 'r'},
        {"jobs", required_argument, 0, 'j'}, {"model", required_argument, 0, OPT_MODEL},
        {"rules-only", no_argument, 0, OPT_RULES}, {"include-text", no_argument, 0, OPT_TEXT},
        {"max-doc-size", required_argument, 0, OPT_MAX}, {"width", required_argument, 0, OPT_WIDTH},
        {"quiet", no_argument, 0, 'q'}, {"help", no_argument, 0, 'h'},
        {"strict", no_argument, 0, OPT_STRICT}, {"encoding", required_argument, 0, OPT_ENCODING},
        {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, ":f:o:i:j:rqh", LONG, NULL)) != -1) {
        if (c == 'h') {
            usage(stdout);
            return -2;
        }
        if (c == '?' || c == ':') {
            cli_option_error("extract", c, argv, LONG);
            return -1;
        }
        if (parse_option(c, optarg, o)) return -1;
    }
    return optind;
}

/* ------------------------------------------------------ per document */

typedef struct extract_run {
    const extract_options *o;
    const quoth_model *model;
    FILE *out;            /* --strict: where strict_emit() writes */
    int stopped;          /* --strict stopped the run at an error record */
    quoth_pipeline_stats written; /* --strict: what was written before stopping */
} extract_run;

/* A worker's own engine and writer (the model is shared). */
typedef struct extract_worker {
    quoth_engine *engine;
    quoth_writer *writer;
} extract_worker;

static void worker_stop(void *user, void *state) {
    (void)user;
    extract_worker *w = state;
    quoth_writer_free(w->writer);
    quoth_engine_free(w->engine);
    free(w);
}

static void *worker_start(void *user, unsigned index) {
    (void)index;
    const extract_run *run = user;
    extract_worker *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->engine = quoth_engine_new(run->model, run->o->engine_flags);
    /* stdout is a placeholder: the writer is moved to each document's buffer */
    w->writer = quoth_writer_new(stdout, run->o->format, run->o->writer_flags, run->o->width);
    if (!w->engine || !w->writer) {
        worker_stop(user, w);
        return NULL;
    }
    return w;
}

/* One document: its record or its error record, into `out`. */
static int process(void *user, void *state, uint64_t seq, const quoth_input_doc *doc, FILE *out,
                   quoth_pipeline_result *res) {
    (void)user;
    extract_worker *w = state;
    quoth_pipeline_writer_continue(w->writer, out, seq);
    const char *why = doc->error;
    if (!why) {
        const quoth_doc *d;
        int rc = quoth_extract(w->engine, doc->text, doc->len, &d);
        if (rc == 0) {
            res->statements = quoth_doc_quote_count(d);
            res->repaired = quoth_doc_repairs(d) != 0;
            return quoth_writer_document(w->writer, &doc->meta, d) ? QUOTH_ERR_NOMEM : 0;
        }
        why = quoth_status_string(rc);
    }
    const char *where = doc->meta.origin ? doc->meta.origin : doc->meta.id;
    snprintf(res->message, sizeof res->message, "%s: %s", where, why);
    res->failed = 1;
    return quoth_writer_error(w->writer, &doc->meta, res->message) ? QUOTH_ERR_NOMEM : 0;
}

/* --strict: writes the records in order like the pipeline would, and
 * stops the run after the first error record. Runs in the writer thread. */
static int strict_emit(void *user, uint64_t seq, const char *bytes, size_t len,
                       const quoth_pipeline_result *res) {
    (void)seq;
    extract_run *run = user;
    if (len && fwrite(bytes, 1, len, run->out) != len) return QUOTH_ERR_IO;
    run->written.documents++;
    run->written.statements += res->statements;
    run->written.repaired += res->repaired != 0;
    if (!res->failed) return 0;
    run->written.errors++;
    run->stopped = 1;
    return QUOTH_ERR_INVALID; /* any status: it stops the run */
}

/* The output's buffer, when it is not a terminal: stdio's own is a block
 * (4 KB), smaller than most records, so that each record had been a
 * write() of its own, and a write costs about as much for 10 KB as for
 * 160 KB on a virtual machine. The pipeline flushes the output whenever
 * its writer waits, so that records still reach a pipe as soon as they
 * are made. */
#define OUTPUT_BUFFER ((size_t)1 << 16)

/* Where the records go: standard output, a file or device written
 * straight, or a temporary file renamed over `final` at the end. */
typedef struct output_target {
    const char *name;         /* for messages: the -o FILE given, NULL for stdout */
    int fd;
    char final[PATH_MAX];     /* "" unless written through tmp */
    char tmp[PATH_MAX + 32];
} output_target;

/* FILE.tmp.PID beside t->final, in the final file's directory so that the
 * rename cannot cross file systems. With `keep_mode`, the mode of the file
 * it replaces: made private first, so that no one can open it between the
 * open() and the fchmod() when the old file was private. 0, or -1. */
static int open_tmp(output_target *t, int keep_mode, mode_t mode) {
    snprintf(t->tmp, sizeof t->tmp, "%s.tmp.%ld", t->final, (long)getpid());
    cli_remove_on_signal(t->tmp);
    t->fd = open(t->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, keep_mode ? 0600 : 0666);
    int err = errno;
    if (t->fd >= 0 && keep_mode && fchmod(t->fd, mode) != 0) {
        err = errno;
        close(t->fd);
        unlink(t->tmp);
        t->fd = -1;
    }
    if (t->fd >= 0) return 0;
    cli_error("cannot write %s: %s", t->tmp, strerror(err));
    cli_remove_on_signal_done();
    return -1;
}

/* -o FILE: what `> FILE` in a shell would write to, but a regular file
 * (or a new one) is replaced whole at the end: through a symbolic link,
 * the file it leads to, the link left as it is; the old file's mode kept.
 * Anything else (a device, a named pipe) is written straight: renaming
 * over it would replace /dev/null with a file, or leave a pipe's reader
 * waiting forever. 0, or -1 after saying why. */
static int open_output_file(output_target *t) {
    struct stat st, out_st;
    int kind = cli_output_target(t->name, t->final, sizeof t->final, &st);
    if (kind < 0) return -1;
    if (kind == CLI_TARGET_NEW) return open_tmp(t, 0, 0);
    /* /dev/stdout, or FILE given twice (-o FILE >FILE): the file that the
     * shell opened, maybe to append to it, not a new one in its place */
    if (fstat(STDOUT_FILENO, &out_st) == 0 && out_st.st_dev == st.st_dev && out_st.st_ino == st.st_ino) {
        t->final[0] = 0;
        t->fd = STDOUT_FILENO;
        return 0;
    }
    if (kind == CLI_TARGET_FILE) return open_tmp(t, 1, st.st_mode & 0777);
    if ((t->fd = open(t->name, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC)) >= 0) return 0;
    cli_error("cannot write %s: %s", t->name, strerror(errno));
    return -1;
}

/* Opens the output: stdout, or -o FILE (open_output_file). 0, or -1. */
static int open_output(const extract_options *o, output_target *t, cli_output *out) {
    memset(t, 0, sizeof *t);
    t->fd = STDOUT_FILENO;
    if (o->output && strcmp(o->output, "-") != 0) {
        t->name = o->output;
        if (open_output_file(t)) return -1;
    }
    if (cli_output_open(out, t->fd, OUTPUT_BUFFER) == 0) return 0;
    if (t->fd > STDERR_FILENO) close(t->fd);
    if (t->tmp[0]) {
        unlink(t->tmp);
        cli_remove_on_signal_done();
    }
    return -1;
}

/* The output closed, and the temporary file renamed into place when `ok`
 * (removed otherwise). 0, or -1 after saying why. */
static int close_output(const output_target *t, cli_output *out, int ok) {
    int bad = cli_output_close(out, t->name) != 0 || !ok;
    if (!t->tmp[0]) return bad ? -1 : 0;
    if (!bad && rename(t->tmp, t->final) != 0) {
        cli_error("cannot rename %s to %s: %s", t->tmp, t->final, strerror(errno));
        bad = 1;
    }
    if (bad) unlink(t->tmp);
    cli_remove_on_signal_done();
    return bad ? -1 : 0;
}

/* The records of the run, their counts into `stats`; the exit status. */
static int run_pipeline(const extract_options *o, const quoth_model *model, const quoth_input_list *inputs,
                        cli_output *out, quoth_pipeline_stats *stats) {
    extract_run ctx = {o, model, out->stream, 0, {0}};
    quoth_pipeline_callbacks cb = {&ctx, worker_start, worker_stop, process, o->strict ? strict_emit : NULL};
    quoth_pipeline_options po;
    cli_pipeline_options(&po, inputs, &o->reader, o->jobs, o->quiet);
    po.output = out->stream;
    int rc = quoth_pipeline_run(&po, &cb, stats);
    if (ctx.stopped) { /* --strict: count what was written, not what was in flight */
        stats->documents = ctx.written.documents;
        stats->statements = ctx.written.statements;
        stats->errors = ctx.written.errors;
        stats->repaired = ctx.written.repaired;
        rc = 0;
        if (!o->quiet) cli_error("stopped at the first error (--strict)");
    }
    /* a write that failed is said once, with its cause, as the output closes */
    if (rc && !(rc == QUOTH_ERR_IO && out->write_errno)) cli_error("%s", quoth_status_string(rc));
    return rc;
}

static int run(const extract_options *o, const quoth_input_list *inputs, quoth_pipeline_stats *stats) {
    memset(stats, 0, sizeof *stats);
    cli_heap_in_huge_pages();
    quoth_model *model = cli_load_model(o->model);
    if (!model) return EXIT_FATAL;
    output_target target;
    cli_output out;
    int status = EXIT_FATAL;
    if (open_output(o, &target, &out) == 0) {
        int rc = run_pipeline(o, model, inputs, &out, stats);
        if (close_output(&target, &out, rc == 0) == 0) status = stats->errors ? EXIT_DOC_ERRORS : EXIT_OK;
    }
    quoth_model_free(model);
    return status;
}

/* The last line on stderr: every document is counted, as a record or as an
 * error record. */
static void summary(const quoth_pipeline_stats *s, double ms) {
    unsigned long long documents = s->documents, statements = s->statements, errors = s->errors;
    fprintf(stderr, "quoth: %llu document%s, %llu statement%s, %llu error%s, %llu with invalid UTF-8 repaired, "
                    "%.1f MB in %.2f s\n",
            documents, cli_plural(documents), statements, cli_plural(statements), errors, cli_plural(errors),
            (unsigned long long)s->repaired, (double)s->bytes / 1e6, ms / 1e3);
}

/* Whether --encoding could change how an input reads: a text file's (or
 * one whose kind only its content tells). JSON Lines are UTF-8 by their
 * standard and pages name their own charset: there the hint misleads. */
static int may_hold_text_files(const extract_options *o, const quoth_input_list *inputs) {
    if (o->reader.format == QUOTH_INPUT_TEXT) return 1;
    if (o->reader.format != QUOTH_INPUT_AUTO) return 0;
    for (size_t k = 0; k < inputs->n; k++) {
        quoth_input_format f = quoth_input_format_of_name(inputs->path[k]);
        if (f == QUOTH_INPUT_TEXT || f == QUOTH_INPUT_AUTO) return 1;
    }
    return 0;
}

int quoth_cmd_extract(int argc, char **argv) {
    extract_options o;
    memset(&o, 0, sizeof o);
    o.format = QUOTH_FORMAT_JSONL;
    o.reader.max_doc_bytes = DEFAULT_MAX_DOC_BYTES;
    int first = parse_options(argc, argv, &o);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    int to_terminal = !o.output && isatty(STDOUT_FILENO);
    /* asking for the text in the records asks for the records that hold it */
    if (!o.format_set)
        o.format = to_terminal && !(o.writer_flags & QUOTH_WRITE_TEXT) ? QUOTH_FORMAT_TABLE : QUOTH_FORMAT_JSONL;
    if ((o.writer_flags & QUOTH_WRITE_TEXT) && o.format != QUOTH_FORMAT_JSONL) {
        cli_error("--include-text puts the text in JSON records: it goes with -f jsonl, not -f %s",
                  o.format == QUOTH_FORMAT_TABLE ? "table" : "csv");
        return EXIT_USAGE;
    }
    o.width = cli_table_width(o.width, to_terminal);
    quoth_input_list inputs;
    memset(&inputs, 0, sizeof inputs);
    if (cli_collect_inputs(&inputs, argc, argv, first, o.recursive, o.quiet, "extract")) {
        quoth_input_list_free(&inputs);
        return EXIT_FATAL;
    }
    quoth_pipeline_stats stats;
    double t0 = cli_now();
    int status = run(&o, &inputs, &stats);
    if (!o.quiet && status != EXIT_FATAL)
        summary(&stats, cli_now() - t0);
    if (!o.quiet && status != EXIT_FATAL && stats.repaired && !o.reader.encoding && may_hold_text_files(&o, &inputs))
        fprintf(stderr, "quoth: a text file that is not UTF-8 but windows-1252, latin1 or another encoding "
                        "is read right with --encoding NAME\n");
    quoth_input_list_free(&inputs);
    return status;
}
