/*
 * cli.h - what the subcommands share: exit codes, messages, inputs.
 */
#ifndef QUOTH_CLI_H
#define QUOTH_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "quoth.h"

/* Exit codes, documented in `quoth --help` and the README. */
enum {
    EXIT_OK = 0,        /* every document was processed */
    EXIT_DOC_ERRORS = 1,/* some documents gave error records */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_FATAL = 3      /* nothing useful could be done: no model, no output */
};

/* Every subcommand: argv[0] is its name. */
int quoth_cmd_extract(int argc, char **argv);
int quoth_cmd_train(int argc, char **argv);
int quoth_cmd_eval(int argc, char **argv);
int quoth_cmd_tokens(int argc, char **argv);
int quoth_cmd_model(int argc, char **argv);
int quoth_cmd_index(int argc, char **argv);
int quoth_cmd_search(int argc, char **argv);
int quoth_cmd_speakers(int argc, char **argv);
int quoth_cmd_speaker(int argc, char **argv);

/* "quoth: <message>" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* What getopt_long() would have said of the option it just refused (it
 * returned `c`, '?' or ':'), as "quoth COMMAND: unrecognized option '--x'
 * (quoth COMMAND --help lists the options)": getopt's own message is
 * prefixed with argv[0] ("extract: ..."), where every other message starts
 * with "quoth". The caller keeps getopt quiet with ':' first in its short
 * options. */
struct option;
void cli_option_error(const char *command, int c, char *const *argv, const struct option *longopts);

/* Loads the model at `path`, or the built-in one when path is NULL;
 * prints why not and returns NULL on failure. */
quoth_model *cli_load_model(const char *path);

/* Where a command writes what it prints: a stream over file descriptor
 * `fd` that keeps the errno of the first write() that failed. A write may
 * fail in the pipeline's writer thread, whose errno the main thread never
 * sees, and it shows only later, at a flush or the close, when other calls
 * have long overwritten errno. After a failure nothing more is written, so
 * that what did reach the output has no hole in it. */
typedef struct cli_output {
    FILE *stream;    /* what the command writes to */
    int fd;
    int write_errno; /* why the first write failed; 0 while none has */
    char *buffer;    /* the stream's, when the caller asked for its size */
} cli_output;

/* `out` over `fd`, line-buffered on a terminal, else with a buffer of
 * `buffer_size` bytes (0: stdio's default). 0, or -1 after saying why. */
int cli_output_open(cli_output *out, int fd, size_t buffer_size);

/* Flushes and closes the stream, and `fd` unless it is standard output or
 * error. 0, or -1 after saying "quoth: writing NAME failed: <why>" (NULL:
 * "the output"). */
int cli_output_close(cli_output *out, const char *name);

/* Puts the process's malloc heap in one arena of transparent huge pages, before
 * the model loads (common.c says why); extract and index call it first. */
void cli_heap_in_huge_pages(void);

/* Says on stderr that the command waits for standard input, when that is a
 * terminal: a command given no file would otherwise sit there silently. */
void cli_hint_stdin(const char *command);

/* The inputs of extract and index: argv[first..argc), or standard input
 * when there are none (with cli_hint_stdin unless `quiet`). A directory
 * that holds no file quoth reads is said on stderr (unless `quiet`): the
 * run would otherwise end with "0 documents" and no word why. 0, or -1
 * after saying why (a directory that cannot be read, no memory). */
struct quoth_input_list;
int cli_collect_inputs(struct quoth_input_list *inputs, int argc, char **argv, int first, int recursive, int quiet,
                       const char *command);

/* The JSON Lines field options of extract, index and tokens (--text-field,
 * --id-field, --url-field, --title-field, --date-field, --outlet-field):
 * their getopt codes, long options and help. */
enum {
    CLI_OPT_TEXT_FIELD = 1000,
    CLI_OPT_ID_FIELD,
    CLI_OPT_URL_FIELD,
    CLI_OPT_TITLE_FIELD,
    CLI_OPT_DATE_FIELD,
    CLI_OPT_OUTLET_FIELD
};
#define CLI_TEXT_ID_FIELD_OPTIONS \
    {"text-field", required_argument, 0, CLI_OPT_TEXT_FIELD}, {"id-field", required_argument, 0, CLI_OPT_ID_FIELD}
#define CLI_META_FIELD_OPTIONS                                                                                        \
    {"url-field", required_argument, 0, CLI_OPT_URL_FIELD}, {"title-field", required_argument, 0, CLI_OPT_TITLE_FIELD}, \
        {"date-field", required_argument, 0, CLI_OPT_DATE_FIELD},                                                     \
        {"outlet-field", required_argument, 0, CLI_OPT_OUTLET_FIELD}
#define CLI_TEXT_ID_FIELD_HELP                                                          \
    "      --text-field K   JSON Lines: the field holding the text (default text);\n"   \
    "                       a path of keys reaches into nested objects: article.body\n"  \
    "                       (or a key that holds the dots itself); a list of strings\n"  \
    "                       is read as paragraphs; a text in HTML (<p>...</p>) is read\n" \
    "                       as a web page's article\n"                                   \
    "      --id-field K     JSON Lines: the field holding the id (default id)\n"
#define CLI_META_FIELD_HELP                                                             \
    "      --url-field K, --title-field K, --date-field K, --outlet-field K\n"          \
    "                       JSON Lines: where each document's url, title, date and\n"   \
    "                       outlet are, keys or paths (default url, title, date;\n"     \
    "                       outlet, else source or source.name); a date that is a\n"    \
    "                       number is seconds or milliseconds since 1970, or\n"         \
    "                       YYYYMMDD[hhmmss] (20230415120000), written as ISO 8601\n"

/* A field option `code` with its argument into `r`: 0, or -1 after saying
 * why (an empty key: "", "a..b", "a."). */
int cli_field_option(int code, const char *arg, quoth_reader_options *r);

/* --encoding: *encoding = arg, or -1 after saying why (no encoding that
 * quoth or iconv knows): a typo is told before any file is read. */
int cli_encoding(const char *arg, const char **encoding);

/* --input-format: auto, text (or txt), jsonl, html, warc. 0, or -1 after
 * saying why for any other name. Shared by the commands that read inputs. */
int cli_parse_input_format(const char *s, quoth_input_format *f);

/* -f, --format: jsonl (or json), table or csv. 0, or -1 after saying why. */
int cli_parse_output_format(const char *s, quoth_format *f);

/* --max-doc-size, --batch: a whole number above 0, maybe followed by K, M or
 * G (powers of 1024). -1 for anything else: a sign, a space, a size past
 * SIZE_MAX (which would otherwise wrap round to a small one). */
int cli_parse_size(const char *s, size_t *out);

/* The pipeline options of a command that reads `inputs` with `reader` on
 * `jobs` workers (0: one per core): messages and, on a terminal, progress
 * on stderr unless quiet, the inputs' total size for the ETA. */
struct quoth_pipeline_options;
void cli_pipeline_options(struct quoth_pipeline_options *po, const struct quoth_input_list *inputs,
                          const quoth_reader_options *reader, unsigned jobs, int quiet);

/* -j, --jobs: worker threads, 1 to CLI_MAX_JOBS. 0, or -1 after saying why. */
enum { CLI_MAX_JOBS = 1024 };
int cli_parse_jobs(const char *s, unsigned *out);

/* --limit, --top: a whole number, 0 included ("all" to the callers). */
int cli_parse_count(const char *s, size_t *out);

/* --min-weight: digits, maybe a point and more digits (0, 8, 0.5). -1 for
 * anything else: a sign, an exponent, a space, a word after it. */
int cli_parse_decimal(const char *s, double *out);

/* -o FILE for a file written whole, in a temporary file beside it renamed
 * over it at the end (extract's records, train's model). What -o NAME
 * replaces: a new file (CLI_TARGET_NEW), a regular file (CLI_TARGET_FILE),
 * or something that a rename must not replace, a device or a named pipe
 * (CLI_TARGET_OTHER). `final` (PATH_MAX bytes) gets the path to write and
 * rename onto: through symbolic links, so that a link stays a link and the
 * file it leads to is replaced (a dangling link's file made); *st, the
 * stat of what is there (its mode, to keep). A directory, a directory
 * that is not there or not writable: -1 after saying "cannot write NAME:
 * why", before any work is done. */
enum { CLI_TARGET_NEW, CLI_TARGET_FILE, CLI_TARGET_OTHER };
struct stat;
int cli_output_target(const char *name, char *final, size_t cap, struct stat *st);

/* While `tmp` is written: SIGINT, SIGTERM or SIGHUP removes it, then ends
 * the process as the signal would have, so that an interrupted run leaves
 * no partial file; cli_remove_on_signal_done() restores the defaults. */
void cli_remove_on_signal(const char *tmp);
void cli_remove_on_signal_done(void);

/* --width: columns of a table, from CLI_MIN_WIDTH to CLI_MAX_WIDTH: a
 * narrower table has no room for its statement (the writers keep it 20
 * columns wide, and the line runs past), and a wider one is a typo. */
enum { CLI_MIN_WIDTH = 40, CLI_MAX_WIDTH = 10000 };
int cli_parse_width(const char *s, int *out);

/* The width of a table: `given` (from --width) when set, else the
 * terminal's when the table goes to it (`to_terminal`: standard output, a
 * terminal), else $COLUMNS when it is a width, else 100. */
int cli_table_width(int given, int to_terminal);

/* "" for one, "s" for any other count: summaries read "1 document". */
const char *cli_plural(unsigned long long n);

/* The store at `db` for a command that only reads it, or NULL (said on
 * stderr). Read-only, so that a query never makes a store of an empty
 * file nor waits on an index run's writes; but when a killed index run
 * left the speakers stale and the file can be written, opened for
 * writing, so that the query matches them again. */
quoth_store *cli_open_store_to_read(const char *db);

/* Milliseconds of a monotonic clock. */
double cli_now(void);

#endif
