/*
 * pipeline.h - documents by the million, on every core, in input order and
 * in bounded memory. `quoth extract` is one user; any command that does
 * something per document (`quoth index`) can be another, with its own
 * callbacks.
 *
 *   calling thread          workers (N)                       writer thread
 *   --------------          -----------                       -------------
 *   opens each input,       decode the document (JSON, HTML,   takes the records in
 *   frames its documents    WARC payload), call process() ->   sequence order, calls
 *   (cheap: memchr, gunzip) a record in a memory buffer        emit(), draws progress
 *         \___ bounded queue ___/      \___ reorder ring (same bound) ___/
 *
 * Memory: at most `max_queued_docs` documents, and `max_queued_bytes` of
 * their bytes, are between the reader and the writer at any time (queued,
 * being processed or waiting for their turn to be written); the reader
 * waits for room. One document always fits, and no document is larger than
 * the reader's max_doc_bytes, so memory is bounded whatever the input size.
 *
 * Typical use (see src/cli/cmd_extract.c):
 *
 *     quoth_pipeline_callbacks cb = {.user = &ctx, .worker_start = start,
 *                                    .worker_stop = stop, .process = process};
 *     quoth_pipeline_options o;
 *     quoth_pipeline_defaults(&o);
 *     o.inputs = (const char *const *)list.path; o.n_inputs = list.n;
 *     o.output = stdout; o.log = stderr;
 *     quoth_pipeline_stats st;
 *     int rc = quoth_pipeline_run(&o, &cb, &st);
 */
#ifndef QUOTH_IO_PIPELINE_H
#define QUOTH_IO_PIPELINE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "quoth.h"

/* What process() says about one document. */
typedef struct quoth_pipeline_result {
    size_t statements;  /* added to the totals */
    int failed;         /* the document gave an error record */
    int repaired;       /* its text had invalid UTF-8, replaced by U+FFFD */
    char message[1024]; /* for a failed one: why, naming the input ("a.jsonl:12: malformed JSON") */
} quoth_pipeline_result;

typedef struct quoth_pipeline_callbacks {
    void *user; /* passed to every callback */

    /* Called in each worker thread before its first document: its private
     * state (an engine, say). NULL fails the run with QUOTH_ERR_NOMEM.
     * May be NULL: the state is then NULL. */
    void *(*worker_start)(void *user, unsigned index);
    /* Called in the worker thread after its last document. May be NULL. */
    void (*worker_stop)(void *user, void *state);

    /* Called in a worker for every document, in no particular order, with
     * doc->error set for one that could not be read (it must still give a
     * record: none is ever dropped). Writes the document's record to `out`
     * (a memory stream) and fills *result (zeroed before the call).
     * Returns 0, or a negative status that stops the run. Required. */
    int (*process)(void *user, void *state, uint64_t seq, const quoth_input_doc *doc, FILE *out,
                   quoth_pipeline_result *result);

    /* Called in the writer thread in input order with what process() wrote.
     * Returns 0, or a negative status that stops the run. NULL: the bytes
     * are written to options->output. */
    int (*emit)(void *user, uint64_t seq, const char *bytes, size_t len, const quoth_pipeline_result *result);
} quoth_pipeline_callbacks;

typedef struct quoth_pipeline_options {
    const char *const *inputs; /* paths; "-" is standard input */
    const char *const *input_ids; /* per input, the base of made-up ids ("day1/feed" for
                                   * "feed:3"), or NULL, or NULL as a whole: the file name */
    size_t n_inputs;
    quoth_reader_options reader; /* format, fields, max_doc_bytes */
    unsigned workers;            /* worker threads (0: the number of online cores) */
    size_t max_queued_docs;      /* documents in flight (0: 16 per worker, at least 64) */
    size_t max_queued_bytes;     /* their bytes (0: 64 MB) */
    FILE *output;                /* where the default emit writes; flushed whenever the
                                  * writer has caught up and waits, so that its buffer may
                                  * be large and records still reach a reader at once */
    FILE *log;                   /* failed documents' messages and progress; NULL: silent */
    int progress;                /* redraw a progress line on log (a terminal) */
    uint64_t total_bytes;        /* the inputs' total size, for the ETA (0: unknown) */
} quoth_pipeline_options;

typedef struct quoth_pipeline_stats {
    uint64_t documents, statements, errors;
    uint64_t repaired;    /* documents whose invalid UTF-8 was repaired */
    uint64_t bytes;       /* bytes of the documents as framed (text, JSON lines, pages) */
    uint64_t input_bytes; /* bytes of the input files consumed (compressed for gzip) */
    double seconds;
} quoth_pipeline_stats;

/* Fills *o with the defaults (all zero: every limit at its default). */
void quoth_pipeline_defaults(quoth_pipeline_options *o);

/* Runs every document of every input through process() and emit(). A file
 * that cannot be opened gives one document with doc->error set; so do a
 * directory (one that gave no file: what it holds instead) and a second
 * "-" (standard input was read already). Inputs that would have the same
 * id base ("monday/story.txt", "tuesday/story.txt": "story") are named by
 * their paths as given, without extensions ("monday/story"); the others
 * keep theirs. Returns 0
 * when every document went through (error records included), or the first
 * negative status of a callback, or QUOTH_ERR_NOMEM / QUOTH_ERR_IO when the
 * pipeline itself failed (writing the output, starting threads). *stats
 * is filled in either case. */
int quoth_pipeline_run(const quoth_pipeline_options *o, const quoth_pipeline_callbacks *cb,
                       quoth_pipeline_stats *stats);

/* A quoth_writer (see quoth.h) moved to `out` and told that `seq` records
 * came before, so that per-document writers on memory streams produce
 * exactly what one writer on one file would: the table's separators
 * between documents, the CSV header once. */
void quoth_pipeline_writer_continue(quoth_writer *w, FILE *out, uint64_t seq);

/* --------------------------------------------------------------- inputs */

/* The paths of a run, expanded from the command line. */
typedef struct quoth_input_list {
    char **path;
    char **id_base;       /* per path: the base of its documents' made-up ids, or NULL
                             (its file name without extensions); see add_dir */
    size_t n, cap;
    uint64_t total_bytes; /* sum of the sizes of the regular files */
    int sizes_known;      /* 1 while every input is a regular file (not stdin, a pipe) */
} quoth_input_list;

/* Adds `path`: a file, or "-", as it is (a missing file too: it becomes an
 * error record when read); a directory's entries named as a supported type
 * (.txt .text .jsonl .ndjson .html .htm .xhtml .warc .wet, each maybe .gz) in name order,
 * whatever they are (one that cannot be read becomes an error record); with
 * `recursive`, the regular files of those types under it, and those that
 * cannot be stat'ed (a dangling link: an error record, as without -r), depth
 * first in name order, hidden files and symbolic links to directories left
 * out (a link could make a loop). A directory that gives no file is added
 * itself, to be read as one error record. Returns 0, QUOTH_ERR_NOMEM, or
 * QUOTH_ERR_IO when a directory cannot be read (`why` then names it). */
int quoth_input_list_add(quoth_input_list *l, const char *path, int recursive, char *why, size_t why_cap);
void quoth_input_list_free(quoth_input_list *l);

#endif
