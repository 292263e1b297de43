/*
 * common.c - helpers of the subcommands.
 */
#define _GNU_SOURCE /* fopencookie() */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <malloc.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/charset.h"
#include "io/pipeline.h"
#include "tag/model_file.h"

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("quoth: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* Whether the option getopt refused was given in its long form: it says
 * optopt 0 for a long option it does not know, or the option's code for
 * one given wrong, whose text it has just stepped over. A short option's
 * text may still be ahead of it, in a cluster such as -qx. */
static int refused_long_option(char *const *argv, const struct option *longopts, size_t *name_len) {
    const char *given = argv[optind - 1];
    if (strncmp(given, "--", 2) != 0) return 0;
    *name_len = strcspn(given + 2, "=");
    if (optopt == 0) return 1;
    for (const struct option *o = longopts; o->name; o++)
        if (o->val == optopt && strncmp(o->name, given + 2, *name_len) == 0) return 1;
    return 0;
}

/* How many long options start with the `len` bytes of `name`. */
static int long_options_starting(const struct option *longopts, const char *name, size_t len) {
    int n = 0;
    for (const struct option *o = longopts; o->name; o++) n += strncmp(o->name, name, len) == 0;
    return n;
}

void cli_option_error(const char *command, int c, char *const *argv, const struct option *longopts) {
    char short_form[3] = {'-', (char)optopt, 0};
    const char *option = short_form, *why = c == ':' ? "needs a value" : NULL;
    size_t len = 2;
    if (refused_long_option(argv, longopts, &len)) {
        option = argv[optind - 1];
        len += 2; /* the dashes */
        if (c != ':' && optopt) why = "takes no value";
        else if (c != ':' && long_options_starting(longopts, option + 2, len - 2) > 1) why = "is ambiguous";
    }
    if (why) fprintf(stderr, "quoth %s: option '%.*s' %s", command, (int)len, option, why);
    else fprintf(stderr, "quoth %s: unrecognized option '%.*s'", command, (int)len, option);
    fprintf(stderr, " (quoth %s --help lists the options)\n", command);
}

/* Which check a model file fails (model_file.h): a text file, a truncated
 * copy and a flipped byte each get their own reason, which tells the user
 * whether to download again or to look for another file. */
static void explain_model(const char *path) {
    void *data = NULL;
    size_t size = 0;
    char why[256] = "it changed while it was read";
    if (quoth_mf_read_file(path, &data, &size) == QUOTH_OK && quoth_mf_explain(data, size, why, sizeof why) == QUOTH_OK)
        snprintf(why, sizeof why, "its sections are not those of a model of this quoth: one is missing or damaged");
    free(data);
    cli_error("cannot load model %s: %s (%s)", path, quoth_status_string(QUOTH_ERR_MODEL), why);
}

quoth_model *cli_load_model(const char *path) {
    quoth_model *m = NULL;
    int rc = path ? quoth_model_load_file(path, &m) : quoth_model_load_default(&m);
    int err = errno; /* the failed open() or read()'s, before another call sets it */
    if (!rc) return m;
    if (rc == QUOTH_ERR_MODEL && path) explain_model(path);
    else if (rc != QUOTH_ERR_IO) cli_error("cannot load model %s: %s", path ? path : "(built in)", quoth_status_string(rc));
    else if (err == EISDIR) cli_error("%s is a directory, not a model file", path);
    else if (err == EINVAL) cli_error("cannot load model %s: not a regular file", path); /* a device, a pipe */
    else cli_error("cannot open model %s: %s", path, strerror(err));
    return NULL;
}

/* The write function of a cli_output's stream: every byte, or the stream
 * fails (fopencookie wants 0, not -1, for a write that wrote nothing). */
static ssize_t output_write(void *cookie, const char *bytes, size_t n) {
    cli_output *out = cookie;
    size_t done = 0;
    while (done < n && !out->write_errno) {
        ssize_t k = write(out->fd, bytes + done, n - done);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) out->write_errno = k < 0 ? errno : EIO;
        else done += (size_t)k;
    }
    return (ssize_t)done;
}

int cli_output_open(cli_output *out, int fd, size_t buffer_size) {
    memset(out, 0, sizeof *out);
    out->fd = fd;
    out->stream = fopencookie(out, "w", (cookie_io_functions_t){.write = output_write});
    int terminal = isatty(fd);
    if (out->stream && !terminal && buffer_size) out->buffer = malloc(buffer_size);
    if (!out->stream || (!terminal && buffer_size && !out->buffer)) {
        if (out->stream) fclose(out->stream);
        cli_error("%s", quoth_status_string(QUOTH_ERR_NOMEM));
        return -1;
    }
    /* a terminal sees each line as it is made, as it would on stdout */
    if (terminal) setvbuf(out->stream, NULL, _IOLBF, BUFSIZ);
    else if (out->buffer) setvbuf(out->stream, out->buffer, _IOFBF, buffer_size);
    return 0;
}

int cli_output_close(cli_output *out, const char *name) {
    int failed = fflush(out->stream) != 0 || ferror(out->stream);
    fclose(out->stream);
    free(out->buffer);
    /* a file system may say only at the close that the data did not fit (NFS) */
    if (out->fd > STDERR_FILENO && close(out->fd) != 0 && !out->write_errno) out->write_errno = errno;
    if (!failed && !out->write_errno) return 0;
    cli_error("writing %s failed: %s", name ? name : "the output", strerror(out->write_errno ? out->write_errno : EIO));
    return -1;
}

double cli_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

void cli_hint_stdin(const char *command) {
    if (isatty(STDIN_FILENO))
        fprintf(stderr, "quoth: reading standard input; end it with Ctrl-D (quoth %s --help for files)\n", command);
}

int cli_field_option(int code, const char *arg, quoth_reader_options *r) {
    static const char *const NAMES[] = {"--text-field", "--id-field", "--url-field", "--title-field", "--date-field",
                                        "--outlet-field"};
    const char **fields[] = {&r->text_field, &r->id_field, &r->url_field, &r->title_field, &r->date_field,
                             &r->outlet_field};
    int i = code - CLI_OPT_TEXT_FIELD;
    /* a key between two dots, or at either end, would be empty */
    if (!*arg || *arg == '.' || arg[strlen(arg) - 1] == '.' || strstr(arg, "..")) {
        cli_error("%s wants a JSON key, or keys joined by dots into nested objects (article.body), not '%s'",
                  NAMES[i], arg);
        return -1;
    }
    *fields[i] = arg;
    return 0;
}

int cli_encoding(const char *arg, const char **encoding) {
    if (quoth_charset_of_label(arg) == QUOTH_CHARSET_UNKNOWN) {
        cli_error("--encoding: '%s' is no encoding that quoth knows (windows-1252, latin1, utf-16, or any name "
                  "that `iconv -l` lists)",
                  arg);
        return -1;
    }
    *encoding = arg;
    return 0;
}

int cli_parse_input_format(const char *s, quoth_input_format *f) {
    static const char *const NAMES[] = {"auto", "text", "jsonl", "html", "warc"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, NAMES[i]) == 0) {
            *f = (quoth_input_format)i;
            return 0;
        }
    if (strcmp(s, "txt") != 0) {
        cli_error("--input-format wants auto, text, jsonl, html or warc, not '%s'", s);
        return -1;
    }
    *f = QUOTH_INPUT_TEXT;
    return 0;
}

int cli_parse_output_format(const char *s, quoth_format *f) {
    if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0) *f = QUOTH_FORMAT_JSONL;
    else if (strcmp(s, "table") == 0) *f = QUOTH_FORMAT_TABLE;
    else if (strcmp(s, "csv") == 0) *f = QUOTH_FORMAT_CSV;
    else {
        cli_error("unknown format '%s' (jsonl, table or csv)", s);
        return -1;
    }
    return 0;
}

/* Digits only: strtoull would take a sign ("-1" is SIZE_MAX to it) and
 * leading space, and wrap round silently. */
static int parse_digits(const char **s, size_t *out) {
    const char *p = *s;
    size_t v = 0;
    if (*p < '0' || *p > '9') return -1;
    for (; *p >= '0' && *p <= '9'; p++) {
        size_t digit = (size_t)(*p - '0');
        if (v > (SIZE_MAX - digit) / 10) return -1;
        v = v * 10 + digit;
    }
    *s = p;
    *out = v;
    return 0;
}

int cli_parse_size(const char *s, size_t *out) {
    size_t v;
    if (parse_digits(&s, &v)) return -1;
    unsigned shift = 0;
    if (*s == 'K' || *s == 'k') shift = 10, s++;
    else if (*s == 'M' || *s == 'm') shift = 20, s++;
    else if (*s == 'G' || *s == 'g') shift = 30, s++;
    if (*s || v == 0 || v > SIZE_MAX >> shift) return -1;
    *out = v << shift;
    return 0;
}

int cli_parse_count(const char *s, size_t *out) {
    size_t v;
    if (parse_digits(&s, &v) || *s) return -1;
    *out = v;
    return 0;
}

int cli_parse_decimal(const char *s, double *out) {
    size_t whole, frac = 0, scale = 1;
    if (parse_digits(&s, &whole)) return -1;
    if (*s == '.') {
        const char *from = ++s;
        if (parse_digits(&s, &frac)) return -1;
        for (; from < s; from++) scale = scale <= SIZE_MAX / 10 ? scale * 10 : 0;
        if (!scale) return -1; /* more decimals than anyone means */
    }
    if (*s) return -1;
    *out = (double)whole + (double)frac / (double)scale;
    return 0;
}

void cli_pipeline_options(quoth_pipeline_options *po, const quoth_input_list *inputs,
                          const quoth_reader_options *reader, unsigned jobs, int quiet) {
    quoth_pipeline_defaults(po);
    po->inputs = (const char *const *)inputs->path;
    po->input_ids = (const char *const *)inputs->id_base;
    po->n_inputs = inputs->n;
    po->reader = *reader;
    po->workers = jobs;
    po->log = quiet ? NULL : stderr;
    po->progress = !quiet && isatty(STDERR_FILENO);
    po->total_bytes = inputs->sizes_known ? inputs->total_bytes : 0;
}

int cli_parse_jobs(const char *s, unsigned *out) {
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end || v < 1 || v > CLI_MAX_JOBS) {
        cli_error("-j wants a number of threads from 1 to %d, not '%s'", CLI_MAX_JOBS, s);
        return -1;
    }
    *out = (unsigned)v;
    return 0;
}

int cli_parse_width(const char *s, int *out) {
    size_t v;
    if (cli_parse_count(s, &v) || v < CLI_MIN_WIDTH || v > CLI_MAX_WIDTH) {
        cli_error("--width wants a number of columns from %d to %d, not '%s'", CLI_MIN_WIDTH, CLI_MAX_WIDTH, s);
        return -1;
    }
    *out = (int)v;
    return 0;
}

int cli_table_width(int given, int to_terminal) {
    struct winsize ws;
    if (given > 0) return given;
    if (to_terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    const char *columns = getenv("COLUMNS");
    size_t v;
    if (columns && cli_parse_count(columns, &v) == 0 && v >= CLI_MIN_WIDTH && v <= CLI_MAX_WIDTH) return (int)v;
    return 100;
}

const char *cli_plural(unsigned long long n) { return n == 1 ? "" : "s"; }

int cli_collect_inputs(quoth_input_list *inputs, int argc, char **argv, int first, int recursive, int quiet,
                       const char *command) {
    char why[4400] = "", dash[] = "-";
    char *standard_input[] = {dash};
    if (first >= argc) {
        if (!quiet) cli_hint_stdin(command);
        argv = standard_input, first = 0, argc = 1;
    }
    /* a directory that gives no file is an input of its own, which the
     * pipeline makes an error record that says what it holds */
    for (int i = first; i < argc; i++) {
        int rc = quoth_input_list_add(inputs, argv[i], recursive, why, sizeof why);
        if (rc) {
            cli_error("%s", why[0] ? why : quoth_status_string(rc));
            return -1;
        }
    }
    return 0;
}

/* The process's memory in one heap backed by transparent huge pages. A
 * run touches some 25 MB for the first time (the model as it loads, then
 * each worker's engine growing to the largest document), and on this kind
 * of virtual machine a page fault costs about 6 us: 1,700 faults a run,
 * 2,500 with two workers, were 3% of it. So, before the model loads:
 * every thread allocates from the main heap (glibc gives each its own
 * otherwise), buffers of up to 32 MB come from it rather than from fresh
 * mappings of their own, its top is never given back (to be touched anew
 * when it grows again), and it grows by 64 MB at once, now, so that the
 * new part can be marked for huge pages before anything touches it: one
 * fault then maps 2 MB. The workers allocate little once they run (their
 * buffers are kept from document to document), so one heap is not a point
 * of contention. Where the kernel gives no huge pages, the madvise() fails
 * and the run is as before; a heap grown beyond the 64 MB has ordinary
 * pages in the rest. The library is not told: it has no global state. */
#define HEAP_GROWTH ((size_t)64 << 20)
#define HUGE_PAGE ((uintptr_t)2 << 20)
#define HEAP_PROBE ((size_t)1 << 18) /* more than the heap has left at start-up (128 KB) */

/* The heap below the first huge page, never touched: see below. A static
 * so that it is not a leak; volatile, so that the malloc() is kept. */
static void *volatile heap_below_huge_pages;

void cli_heap_in_huge_pages(void) {
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, INT32_MAX);
    mallopt(M_TOP_PAD, (int)HEAP_GROWTH);
    char *before = sbrk(0);
    /* larger than what the heap has left: it grows by HEAP_GROWTH more.
     * Volatile, so that the compiler keeps the malloc() it would drop. */
    void *volatile probe = malloc(HEAP_PROBE);
    /* malloc() wrote the header of the heap's top after the probe: the
     * huge pages start at the first 2 MB boundary past it */
    uintptr_t from = ((uintptr_t)probe + HEAP_PROBE + 64 + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
    free(probe);
    char *after = sbrk(0);
    if (!probe || before == (char *)-1 || after == (char *)-1 || after <= before || from >= (uintptr_t)after) return;
    if (madvise((void *)from, (uintptr_t)after - from, MADV_HUGEPAGE)) return;
    /* The heap's top starts where the probe did (free() gave it back), up to
     * 2 MB below the huge pages (the heap starts at a random page). Left
     * there, the first megabyte allocated would be in small pages: the
     * engines' tables, which calloc() clears whole here (the heap is not
     * fresh to it, as a mapping of their own would be), 250 faults more than
     * without this heap at all. So that span is taken, never to be touched,
     * and everything after this comes from huge pages (the top's header,
     * written now, is the first touch of the first of them). */
    heap_below_huge_pages = malloc(from - (uintptr_t)probe);
}

/* ------------------------------------------------ -o: files replaced whole */

/* The file to remove if a signal ends the process while it is written: the
 * one piece of global state of the CLI (with the heap's above), because a
 * signal handler can reach nothing else. It is written before the handler
 * is installed and cleared after it is removed, and the handler only reads
 * it, so no sig_atomic_t is needed beyond that order. */
static char interrupted_tmp[PATH_MAX + 32];

static void remove_tmp_and_die(int sig) {
    if (interrupted_tmp[0]) unlink(interrupted_tmp);
    raise(sig); /* SA_RESETHAND: the default action, which ends the process */
}

void cli_remove_on_signal(const char *tmp) {
    snprintf(interrupted_tmp, sizeof interrupted_tmp, "%s", tmp);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = remove_tmp_and_die;
    sa.sa_flags = SA_RESETHAND;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
}

void cli_remove_on_signal_done(void) {
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    interrupted_tmp[0] = 0;
}

/* The file that the symbolic link `link` leads to when it leads nowhere
 * (yet), followed link by link as open() would: -o creates it there, so
 * that the link stays. 0, or -1 with errno set. */
static int dangling_link_target(const char *link, char *out, size_t cap) {
    char at[PATH_MAX], to[PATH_MAX];
    snprintf(at, sizeof at, "%s", link);
    for (int hops = 0; hops < 40; hops++) { /* Linux's own limit: more is a loop */
        struct stat st;
        if (lstat(at, &st) != 0 || !S_ISLNK(st.st_mode)) {
            if ((size_t)snprintf(out, cap, "%s", at) < cap) return 0;
            errno = ENAMETOOLONG;
            return -1;
        }
        ssize_t n = readlink(at, to, sizeof to - 1);
        if (n < 0) return -1;
        to[n] = 0;
        const char *slash = strrchr(at, '/');
        int dir_len = to[0] == '/' || !slash ? 0 : (int)(slash - at + 1); /* relative: from the link's directory */
        char next[PATH_MAX];
        if ((size_t)snprintf(next, sizeof next, "%.*s%s", dir_len, at, to) >= sizeof next) {
            errno = ENAMETOOLONG;
            return -1;
        }
        memcpy(at, next, sizeof at);
    }
    errno = ELOOP;
    return -1;
}

/* The directory a new file `path` would be made in must be there and
 * writable: said now, naming the path, rather than as a failed open() of
 * a temporary name (after a whole training, for a model). */
static int directory_takes_files(const char *name, const char *path) {
    char dir[PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash) snprintf(dir, sizeof dir, ".");
    else snprintf(dir, sizeof dir, "%.*s", slash == path ? 1 : (int)(slash - path), path);
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        cli_error("cannot write %s: no directory %s", name, dir);
        return 0;
    }
    if (access(dir, W_OK | X_OK) != 0) {
        cli_error("cannot write %s: directory %s: %s", name, dir, strerror(errno));
        return 0;
    }
    return 1;
}

int cli_output_target(const char *name, char *final, size_t cap, struct stat *st) {
    if (stat(name, st) != 0) {
        int err = errno;
        if (err == ENOENT && dangling_link_target(name, final, cap) == 0)
            return directory_takes_files(name, final) ? CLI_TARGET_NEW : -1;
        cli_error("cannot write %s: %s", name, strerror(err == ENOENT ? errno : err));
        return -1;
    }
    if (S_ISDIR(st->st_mode)) {
        cli_error("cannot write %s: it is a directory", name);
        return -1;
    }
    if (!S_ISREG(st->st_mode)) return CLI_TARGET_OTHER;
    if (!realpath(name, final)) { /* final holds PATH_MAX bytes: see cli.h */
        cli_error("cannot write %s: %s", name, strerror(errno));
        return -1;
    }
    return directory_takes_files(name, final) ? CLI_TARGET_FILE : -1;
}

quoth_store *cli_open_store_to_read(const char *db) {
    quoth_store *s;
    if (quoth_store_open(db, QUOTH_STORE_READONLY, &s) != 0) {
        cli_error("%s", quoth_store_message(s));
        quoth_store_close(s);
        return NULL;
    }
    if (!quoth_store_speakers_stale(s)) return s;
    /* the directory too: SQLite makes the -wal and -shm files beside it */
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", db);
    char *slash = strrchr(dir, '/');
    if (!slash) snprintf(dir, sizeof dir, ".");
    else if (slash == dir) dir[1] = 0; /* "/news.db" */
    else *slash = 0;
    if (access(db, W_OK) != 0 || access(dir, W_OK) != 0) {
        cli_error("warning: %s: the speakers are as they were before the last documents stored (an index run is "
                  "going on, or was interrupted: a query by a user who can write the store matches them again)", db);
        return s;
    }
    quoth_store_close(s);
    if (quoth_store_open(db, QUOTH_STORE_EXISTING, &s) != 0) {
        cli_error("%s", quoth_store_message(s));
        quoth_store_close(s);
        return NULL;
    }
    return s;
}
