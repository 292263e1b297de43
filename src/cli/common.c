/*
 * common.c - helpers of the subcommands.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"

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

int cli_read_file(const char *path, size_t max_bytes, char **data, size_t *len) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return QUOTH_ERR_IO;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    int rc = buf ? 0 : QUOTH_ERR_NOMEM;
    while (!rc) {
        if (n == cap) {
            if (cap > max_bytes) {
                rc = QUOTH_ERR_TOO_LARGE;
                break;
            }
            char *p = realloc(buf, cap * 2);
            if (!p) {
                rc = QUOTH_ERR_NOMEM;
                break;
            }
            buf = p;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) rc = QUOTH_ERR_IO;
            break;
        }
    }
    if (!rc && n > max_bytes) rc = QUOTH_ERR_TOO_LARGE;
    int read_errno = errno; /* for the caller's message, whatever fclose does */
    if (f != stdin) fclose(f);
    if (rc) {
        free(buf);
        errno = read_errno;
        return rc;
    }
    *data = buf;
    *len = n;
    return 0;
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

int cli_json_field(const char *option, const char *arg, const char **field) {
    if (!*arg) {
        cli_error("%s wants the name of a JSON field, not an empty one", option);
        return -1;
    }
    *field = arg;
    return 0;
}

int cli_parse_input_format(const char *s, quoth_input_format *f) {
    static const char *const NAMES[] = {"auto", "text", "jsonl", "html", "warc"};
    for (int i = 0; i < 5; i++)
        if (strcmp(s, NAMES[i]) == 0) {
            *f = (quoth_input_format)i;
            return 0;
        }
    if (strcmp(s, "txt") != 0) return -1;
    *f = QUOTH_INPUT_TEXT;
    return 0;
}
