/*
 * common.c - helpers of the subcommands.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/charset.h"

void cli_error(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs("quoth: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

quoth_model *cli_load_model(const char *path) {
    quoth_model *m = NULL;
    int rc = path ? quoth_model_load_file(path, &m) : quoth_model_load_default(&m);
    if (rc) {
        cli_error("cannot load model %s: %s%s%s", path ? path : "(built in)", quoth_status_string(rc),
                  rc == QUOTH_ERR_IO ? ": " : "", rc == QUOTH_ERR_IO ? strerror(errno) : "");
        return NULL;
    }
    return m;
}

void cli_doc_id(const char *path, char *out, size_t cap) {
    if (strcmp(path, "-") == 0) {
        snprintf(out, cap, "stdin");
        return;
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    const char *dot = strrchr(base, '.');
    if (dot && dot != base) n = (size_t)(dot - base);
    snprintf(out, cap, "%.*s", (int)n, base);
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

int cli_json_field(const char *option, const char *arg, const char **field) {
    if (!*arg) {
        cli_error("%s wants the name of a JSON field, not an empty one", option);
        return -1;
    }
    *field = arg;
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
