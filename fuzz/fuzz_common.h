/*
 * fuzz_common.h - what the libFuzzer targets share: handing the fuzzer's
 * bytes to a reader that wants a path (a memfd, seen as /proc/self/fd/N),
 * and reading every document a reader gives, touching each string so that
 * AddressSanitizer sees any that points out of bounds, and writing each
 * string of its metadata as JSON, which must stay valid and on one line.
 */
#ifndef QUOTH_FUZZ_COMMON_H
#define QUOTH_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <jansson.h>

#include "io/json.h"
#include "quoth.h"

/* Touches every byte of s (NULL allowed) and returns a value that depends
 * on them, so that the compiler cannot drop the reads. */
static inline size_t fuzz_touch(const char *s) {
    size_t h = 0;
    if (s)
        for (; *s; s++) h = h * 31 + (unsigned char)*s;
    return h;
}

static inline size_t fuzz_touch_mem(const char *s, size_t n) {
    size_t h = 0;
    for (size_t i = 0; i < n; i++) h = h * 31 + (unsigned char)s[i];
    return h;
}

/* The JSON writer's promise for any string a reader gives (metadata may be
 * any bytes): a JSON string that jansson reads, on one line. Aborts when
 * it is broken. */
static inline void fuzz_check_json_string(quoth_json_buf *b, const char *s) {
    if (!s) return;
    b->len = 0;
    quoth_json_put_string(b, s, strlen(s));
    if (b->failed) return;
    for (size_t i = 0; i < b->len; i++)
        if (b->data[i] == '\n' || b->data[i] == '\r') abort();
    json_error_t err;
    json_t *v = json_loadb(b->data, b->len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &err);
    if (!v || !json_is_string(v)) abort();
    json_decref(v);
}

/* Reads every document of `data` with a reader of options `o` (its
 * max_doc_bytes set). Aborts when the reader breaks its contract: a
 * document without id, or without both text and error; more documents than
 * bytes could hold. */
static inline void fuzz_read_all(const uint8_t *data, size_t size, const quoth_reader_options *o) {
    size_t max_doc_bytes = o->max_doc_bytes;
    int fd = memfd_create("fuzz", 0);
    if (fd < 0) abort();
    size_t done = 0;
    while (done < size) {
        ssize_t k = write(fd, data + done, size - done);
        if (k <= 0) abort();
        done += (size_t)k;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    quoth_reader *r;
    if (quoth_reader_open(path, o, &r) != 0) abort();
    quoth_input_doc doc;
    quoth_json_buf json = {0};
    size_t n = 0, h = 0;
    int rc;
    while ((rc = quoth_reader_next(r, &doc)) == 0) {
        if (!doc.meta.id) abort();
        if (!doc.error && !doc.text) abort();
        if (doc.text) {
            /* the limit is on the bytes framed; converting a page or file
             * from another encoding to UTF-8 may make its text up to 3
             * times longer (a windows-1252 byte, a UTF-16 unit) */
            if (doc.len > 3 * max_doc_bytes + 64) abort();
            h += fuzz_touch_mem(doc.text, doc.len);
        }
        h += fuzz_touch(doc.error) + fuzz_touch(doc.meta.id) + fuzz_touch(doc.meta.url) +
             fuzz_touch(doc.meta.title) + fuzz_touch(doc.meta.date) + fuzz_touch(doc.meta.outlet) +
             fuzz_touch(doc.meta.origin);
        const char *strings[] = {doc.error, doc.meta.id, doc.meta.url, doc.meta.title, doc.meta.date,
                                 doc.meta.outlet};
        for (size_t k = 0; k < sizeof strings / sizeof *strings; k++) fuzz_check_json_string(&json, strings[k]);
        if (++n > size + 2) abort(); /* documents out of nothing: a loop */
    }
    if (rc != QUOTH_ERR_EOF && rc >= 0) abort();
    quoth_reader_close(r);
    quoth_json_buf_free(&json);
    close(fd);
    if (h == 42) fputc(0, stderr); /* keeps h alive */
}

/* An encoding for an input, picked by its size so that each is tried on
 * every kind of bytes: none, the table, UTF-16, a stateful one, one whose
 * decoder holds letters back for combining marks. */
static inline const char *fuzz_encoding(size_t size) {
    static const char *const ENCODINGS[] = {NULL, "windows-1252", "utf-16le", "iso-2022-jp", "cp1258"};
    return ENCODINGS[size % (sizeof ENCODINGS / sizeof *ENCODINGS)];
}

#endif
