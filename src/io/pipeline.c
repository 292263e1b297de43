/*
 * pipeline.c - the threaded document pipeline of pipeline.h: the calling
 * thread frames documents, workers decode and process them, a writer
 * thread emits their records in input order. One mutex guards the queue,
 * the reorder ring and the counters: documents take tens of microseconds
 * or more each, so the lock is taken a few thousand times a second and
 * never contended for long.
 */
#define _GNU_SOURCE /* fopencookie() */
#include "io/pipeline.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "io/reader.h"
#include "io/writer.h"
#include "util/array.h"

#define DEFAULT_QUEUED_BYTES ((size_t)64 << 20)
#define PROGRESS_EVERY 0.25 /* seconds between redraws of the progress line */

/* One document on its way: the framed bytes and strings (copied out of the
 * reader, in the same allocation), then the record that process() made. */
typedef struct job {
    struct job *next;   /* in the work queue */
    uint64_t seq;
    uint64_t position;  /* input bytes consumed when it was read, for progress */
    size_t cost;        /* what it counts against max_queued_bytes */
    quoth_raw_doc raw;
    char *record;       /* what process() wrote: record_len bytes, no NUL after */
    size_t record_len;
    quoth_pipeline_result result;
} job;

typedef struct pipeline {
    const quoth_pipeline_options *o;
    const quoth_pipeline_callbacks *cb;
    quoth_reader_options reader; /* resolved */
    size_t max_docs, max_bytes;
    size_t refill;        /* a waiting reader is woken when this many more documents fit */

    pthread_mutex_t mu;
    pthread_cond_t work;  /* workers: a job was queued, or the input ended */
    pthread_cond_t done;  /* writer: a job was processed, or the input ended */
    pthread_cond_t room;  /* reader: jobs were written, or the run stopped */
    job *head, *tail;     /* the work queue */
    job **ring;           /* processed jobs by seq % max_docs, until written */
    uint64_t submitted;   /* jobs queued so far (the next seq) */
    size_t in_flight, in_flight_bytes;
    size_t processed;     /* jobs in the ring, processed and not yet taken by the writer */
    int writer_waiting;   /* the writer sleeps on `done` */
    int reader_waiting;   /* the reader sleeps on `room`, for a job of reader_wants bytes */
    size_t reader_wants;
    int closed;           /* no more jobs will be queued */
    int stdin_read;       /* "-" was read: a second "-" is an error record (reading thread only) */
    char **shared_ids;    /* per input, its id base when another input has its file name, or NULL */
    int status;           /* first failure; non-zero stops the run */

    /* writer thread only */
    uint64_t written;
    int unflushed;        /* records were emitted since the output was last flushed */
    double started, last_draw;
    int drawn;            /* a progress line is on the terminal */
    quoth_pipeline_stats stats;
} pipeline;

static double now_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void quoth_pipeline_defaults(quoth_pipeline_options *o) { memset(o, 0, sizeof *o); }

static void fail_locked(pipeline *p, int status) {
    if (!p->status) p->status = status;
    pthread_cond_broadcast(&p->room);
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->done);
}

static void fail(pipeline *p, int status) {
    pthread_mutex_lock(&p->mu);
    fail_locked(p, status);
    pthread_mutex_unlock(&p->mu);
}

/* ------------------------------------------------------------- the reader */

static size_t str_size(const char *s) { return s ? strlen(s) + 1 : 0; }

static const char *copy_str(char **at, const char *s) {
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    memcpy(*at, s, n);
    const char *out = *at;
    *at += n;
    return out;
}

/* A job holding a copy of `raw`: the reader's buffers are reused by its
 * next call, and the job lives until the writer is done with it. */
static job *job_of(const quoth_raw_doc *raw) {
    const char *strs[] = {raw->id, raw->url, raw->date, raw->origin, raw->error, raw->charset};
    size_t extra = raw->len + 1;
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) extra += str_size(strs[i]);
    job *j = malloc(sizeof *j + extra);
    if (!j) return NULL;
    memset(j, 0, sizeof *j);
    j->raw = *raw;
    char *at = (char *)(j + 1);
    if (raw->data) memcpy(at, raw->data, raw->len);
    at[raw->len] = 0;
    j->raw.data = raw->data ? at : NULL;
    at += raw->len + 1;
    j->raw.id = copy_str(&at, raw->id);
    j->raw.url = copy_str(&at, raw->url);
    j->raw.date = copy_str(&at, raw->date);
    j->raw.origin = copy_str(&at, raw->origin);
    j->raw.error = copy_str(&at, raw->error);
    j->raw.charset = copy_str(&at, raw->charset);
    j->cost = sizeof *j + extra;
    return j;
}

/* Whether a job of `cost` bytes fits, with room for `slack` more jobs. */
static int has_room(const pipeline *p, size_t cost, size_t slack) {
    return p->in_flight + slack < p->max_docs &&
           (!p->in_flight_bytes || p->in_flight_bytes + cost <= p->max_bytes);
}

/* Queues a job, waiting for room. Returns 0, or the run's failure. A
 * reader that found no room sleeps until `refill` jobs more fit, not one:
 * it is then woken once for a batch of documents rather than for each
 * one written (a wake-up is a system call in the writer and another in
 * the reader, and each had made the other wait for the mutex). */
static int submit(pipeline *p, job *j) {
    pthread_mutex_lock(&p->mu);
    if (!has_room(p, j->cost, 0)) {
        p->reader_wants = j->cost;
        while (!p->status && !has_room(p, j->cost, p->refill)) {
            p->reader_waiting = 1;
            pthread_cond_wait(&p->room, &p->mu);
            p->reader_waiting = 0;
        }
    }
    int status = p->status;
    if (!status) {
        j->seq = p->submitted++;
        p->in_flight++;
        p->in_flight_bytes += j->cost;
        if (p->tail) p->tail->next = j;
        else p->head = j;
        p->tail = j;
    }
    pthread_mutex_unlock(&p->mu);
    /* after the unlock: a woken worker does not wait for the mutex */
    if (!status) pthread_cond_signal(&p->work);
    else free(j);
    return status;
}

static int submit_raw(pipeline *p, const quoth_raw_doc *raw, uint64_t position) {
    job *j = job_of(raw);
    if (!j) {
        fail(p, QUOTH_ERR_NOMEM);
        return QUOTH_ERR_NOMEM;
    }
    j->position = position;
    return submit(p, j);
}

/* An input that could not be opened or read: one error document. */
static int submit_input_error(pipeline *p, const char *path, const char *id_base, const char *why,
                              uint64_t position) {
    char id[4096];
    if (id_base) snprintf(id, sizeof id, "%s", id_base);
    else quoth_reader_file_id(path, id, sizeof id);
    quoth_raw_doc raw;
    memset(&raw, 0, sizeof raw);
    raw.id = id;
    raw.origin = strcmp(path, "-") == 0 ? "stdin" : path;
    raw.error = why;
    return submit_raw(p, &raw, position);
}

static void empty_dir_message(const char *dir, char *why, size_t cap);

/* Every document of one input. *base is the input bytes of the inputs
 * before it, advanced past this one. */
static int read_input(pipeline *p, const char *path, const char *id_base, uint64_t *base) {
    if (strcmp(path, "-") == 0) {
        /* a second "-" would read an empty document under the same id */
        if (p->stdin_read)
            return submit_input_error(p, path, id_base, "standard input was already read (\"-\" is named twice)",
                                      *base);
        p->stdin_read = 1;
    }
    quoth_reader *r;
    int rc = quoth_reader_open_as(path, id_base, &p->reader, &r);
    if (rc == QUOTH_ERR_IO && errno == EISDIR && quoth_input_format_of_name(path) == QUOTH_INPUT_AUTO &&
        strcmp(path, "-") != 0) {
        /* a directory given that gave no file (quoth_input_list_add); one
         * named like a file, found in a directory, "Is a directory" */
        char why[512];
        empty_dir_message(path, why, sizeof why);
        return submit_input_error(p, path, id_base, why, *base);
    }
    if (rc)
        return submit_input_error(p, path, id_base, rc == QUOTH_ERR_IO ? strerror(errno) : quoth_status_string(rc),
                                  *base);
    quoth_raw_doc raw;
    int status = 0;
    while (!status && (rc = quoth_reader_next_raw(r, &raw)) == 0)
        status = submit_raw(p, &raw, *base + quoth_reader_position(r));
    if (!status && rc != QUOTH_ERR_EOF)
        status = submit_input_error(p, path, id_base, rc == QUOTH_ERR_IO ? strerror(errno) : quoth_status_string(rc),
                                    *base + quoth_reader_position(r));
    *base += quoth_reader_position(r);
    quoth_reader_close(r);
    return status;
}

/* ------------------------------------------------------------ the workers */

/* The threads are named "quoth-work0"..., "quoth-writer", so that perf
 * (--sort comm), top -H and gdb tell them apart; the reader is the calling
 * thread, with its program's name. A name has at most 15 bytes. */
#define THREAD_NAME 16

typedef struct worker {
    pipeline *p;
    unsigned index;
    pthread_t thread;
    int started;
} worker;

/* A job's record is made through a stream of our own (fopencookie) rather
 * than open_memstream(), which callocs a buffer for every document and
 * then grows it in steps, copying it each time: 2% of the cost of a
 * JSON record. A record written in one fwrite() (the JSON writer makes
 * it in memory) passes the stream's buffer by, in whole buffers; the
 * table's and CSV's small writes gather in it. */
typedef struct record_sink {
    job *j;
    size_t cap;
} record_sink;

static ssize_t record_write(void *cookie, const char *bytes, size_t n) {
    record_sink *s = cookie;
    job *j = s->j;
    if (n > s->cap - j->record_len) {
        size_t cap = s->cap ? s->cap : n + BUFSIZ; /* and the rest, which the buffer holds */
        while (cap - j->record_len < n) cap *= 2;
        char *grown = realloc(j->record, cap);
        if (!grown) return 0; /* the stream's error: fclose() fails */
        j->record = grown;
        s->cap = cap;
    }
    memcpy(j->record + j->record_len, bytes, n);
    j->record_len += n;
    return (ssize_t)n;
}

/* Decodes and processes one job into its record. */
static int run_job(pipeline *p, void *state, quoth_decoder *dec, job *j) {
    quoth_input_doc doc;
    int rc = quoth_decode(dec, &j->raw, &p->reader, &doc);
    if (rc) return rc;
    record_sink sink = {j, 0};
    char buffer[BUFSIZ]; /* the stream's, closed before this returns: no allocation per document */
    FILE *out = fopencookie(&sink, "w", (cookie_io_functions_t){.write = record_write});
    if (!out) return QUOTH_ERR_NOMEM;
    setvbuf(out, buffer, _IOFBF, sizeof buffer);
    /* Only this worker writes to its record: no lock to take for each of
     * the record's hundreds of small writes (in a threaded program each
     * stdio call locks the stream; the locks were a third of the cost of
     * writing records, 1-2% of a run). */
    __fsetlocking(out, FSETLOCKING_BYCALLER);
    rc = p->cb->process(p->cb->user, state, j->seq, &doc, out, &j->result);
    if (fclose(out) != 0 && !rc) rc = QUOTH_ERR_NOMEM;
    return rc;
}

/* The writer is woken for a batch of jobs rather than for each: a wake-up
 * is a system call and a context switch in the worker that signals it
 * (2% of a worker's time, one per document), and the reader then waits
 * for room for some (pipeline.refill: a quarter of the queue). It is also woken when every
 * job in flight is processed (the reader may be waiting for room, or for
 * input: an interactive run still writes each document at once), and
 * when the input ended or the run failed. */
#define WRITE_BATCH 32u

static int batch_ready(const pipeline *p) {
    return p->processed >= WRITE_BATCH || p->processed == p->in_flight || p->closed || p->status;
}

/* Hands the job a worker processed (if any) to the writer and takes the
 * next one, in one hold of the mutex; NULL when the input has ended and
 * the queue is empty. *stopped: the run had failed when it was taken. */
static job *trade_job(pipeline *p, job *processed, int *stopped) {
    int wake_writer = 0;
    pthread_mutex_lock(&p->mu);
    if (processed) {
        p->ring[processed->seq % p->max_docs] = processed;
        p->processed++;
        wake_writer = p->writer_waiting && p->ring[p->written % p->max_docs] && batch_ready(p);
    }
    while (!p->head && !p->closed) {
        /* about to sleep: the writer must not wait for this worker */
        if (wake_writer) pthread_cond_signal(&p->done);
        wake_writer = 0;
        pthread_cond_wait(&p->work, &p->mu);
    }
    job *j = p->head;
    if (j) {
        p->head = j->next;
        if (!p->head) p->tail = NULL;
    }
    *stopped = p->status != 0;
    pthread_mutex_unlock(&p->mu);
    if (wake_writer) pthread_cond_signal(&p->done);
    return j;
}

/* A worker drains the queue even after a failure (its own or another's):
 * the writer waits for every queued job, processed or not. */
static void *worker_main(void *arg) {
    worker *w = arg;
    pipeline *p = w->p;
    char name[THREAD_NAME];
    snprintf(name, sizeof name, "quoth-work%u", w->index % 10000);
    pthread_setname_np(pthread_self(), name);
    void *state = p->cb->worker_start ? p->cb->worker_start(p->cb->user, w->index) : NULL;
    quoth_decoder *dec = quoth_decoder_new();
    if ((p->cb->worker_start && !state) || !dec) fail(p, QUOTH_ERR_NOMEM);
    job *j = NULL;
    int stopped;
    while ((j = trade_job(p, j, &stopped)) != NULL) {
        if (!stopped) {
            int rc = run_job(p, state, dec, j);
            if (rc) fail(p, rc);
        }
    }
    quoth_decoder_free(dec);
    if (state && p->cb->worker_stop) p->cb->worker_stop(p->cb->user, state);
    return NULL;
}

/* ------------------------------------------------------------- the writer */

/* "1:02:03" or "2:03". */
static void clock_text(double seconds, char *out, size_t cap) {
    unsigned long s = seconds > 0 && seconds < 1e8 ? (unsigned long)(seconds + 0.5) : 0;
    if (s >= 3600) snprintf(out, cap, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
    else snprintf(out, cap, "%lu:%02lu", s / 60, s % 60);
}

static void draw_progress(pipeline *p, uint64_t position, double t) {
    double elapsed = t - p->started;
    if (elapsed <= 0) elapsed = 1e-9;
    double mb = (double)position / 1e6;
    char eta[64] = "";
    if (p->o->total_bytes && position > 0 && position <= p->o->total_bytes) {
        char c[32];
        clock_text((double)(p->o->total_bytes - position) * elapsed / (double)position, c, sizeof c);
        snprintf(eta, sizeof eta, ", %.0f%%, ETA %s", 100.0 * (double)position / (double)p->o->total_bytes, c);
    }
    fprintf(p->o->log, "\rquoth: %llu documents, %.1f MB, %.0f documents/s, %.1f MB/s%s\033[K",
            (unsigned long long)p->stats.documents, mb, (double)p->stats.documents / elapsed, mb / elapsed, eta);
    fflush(p->o->log);
    p->drawn = 1;
    p->last_draw = t;
}

static void clear_progress(pipeline *p) {
    if (!p->drawn) return;
    fputs("\r\033[K", p->o->log);
    p->drawn = 0;
}

static int default_emit(pipeline *p, const job *j) {
    if (!j->record_len) return 0;
    return fwrite(j->record, 1, j->record_len, p->o->output) == j->record_len ? 0 : QUOTH_ERR_IO;
}

/* One job in its turn: its record out (unless the run stopped), its
 * counts in, its message logged. Returns whether its emit failed. */
static int write_job(pipeline *p, const job *j, int stopped) {
    int rc = 0;
    if (!stopped) {
        rc = p->cb->emit ? p->cb->emit(p->cb->user, j->seq, j->record ? j->record : "", j->record_len, &j->result)
                         : default_emit(p, j);
        if (rc) fail(p, rc);
    }
    p->stats.documents++;
    p->stats.statements += j->result.statements;
    p->stats.errors += j->result.failed != 0;
    p->stats.repaired += j->result.repaired != 0;
    p->stats.bytes += j->raw.len;
    if (j->position > p->stats.input_bytes) p->stats.input_bytes = j->position;
    if (!p->o->log) return rc;
    if (j->result.failed && j->result.message[0]) {
        clear_progress(p);
        fprintf(p->o->log, "quoth: %s\n", j->result.message);
    }
    if (p->o->progress) {
        double t = now_seconds();
        if (t - p->last_draw >= PROGRESS_EVERY) draw_progress(p, j->position, t);
    }
    return rc;
}

/* Takes the jobs that are next in input order and processed, as a list,
 * once a batch is ready (batch_ready()); NULL at the end. Called with the
 * mutex held, which it lets go while it waits. Before it waits, it wakes
 * the reader if the jobs just written made the room it waits for
 * (`wake_reader`), and flushes the output, so that whoever reads it sees
 * the records written so far however large its buffer is: both with the
 * mutex let go, which a woken reader would otherwise wait for, and a
 * write() hold up. */
static job *take_batch(pipeline *p, int *wake_reader, size_t *count) {
    for (;;) {
        if (p->ring[p->written % p->max_docs] && batch_ready(p)) break;
        if (p->closed && p->written == p->submitted) return NULL;
        if (*wake_reader || p->unflushed) {
            int wake = *wake_reader, flush = p->unflushed;
            *wake_reader = p->unflushed = 0;
            pthread_mutex_unlock(&p->mu);
            if (wake) pthread_cond_signal(&p->room);
            int failed = flush && p->o->output && fflush(p->o->output) != 0;
            pthread_mutex_lock(&p->mu);
            if (failed) fail_locked(p, QUOTH_ERR_IO);
            continue; /* jobs may have come in the meantime */
        }
        p->writer_waiting = 1;
        pthread_cond_wait(&p->done, &p->mu);
        p->writer_waiting = 0;
    }
    job *first = NULL, **last = &first;
    size_t n = 0;
    for (job *j; (j = p->ring[(p->written + n) % p->max_docs]) != NULL && n < p->max_docs; n++) {
        p->ring[(p->written + n) % p->max_docs] = NULL;
        *last = j;
        last = &j->next;
    }
    *last = NULL;
    p->processed -= n;
    *count = n;
    return first;
}

/* The writer takes the jobs ready in input order all at once, writes them
 * outside the mutex, then counts them out of flight at once: two holds of
 * the mutex for a batch, where each job had taken two. */
static void *writer_main(void *arg) {
    pipeline *p = arg;
    pthread_setname_np(pthread_self(), "quoth-writer");
    int wake_reader = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        size_t n = 0;
        job *batch = take_batch(p, &wake_reader, &n);
        int stopped = p->status != 0;
        pthread_mutex_unlock(&p->mu);
        if (wake_reader) pthread_cond_signal(&p->room);
        wake_reader = 0;
        if (!batch) break;
        size_t bytes = 0;
        for (job *j = batch; j; j = j->next) {
            if (write_job(p, j, stopped)) stopped = 1;
            bytes += j->cost;
        }
        p->unflushed = 1;
        for (job *j = batch, *next; j; j = next) {
            next = j->next;
            free(j->record);
            free(j);
        }
        pthread_mutex_lock(&p->mu);
        p->written += n;
        p->in_flight -= n;
        p->in_flight_bytes -= bytes;
        wake_reader = p->reader_waiting && has_room(p, p->reader_wants, p->refill);
    }
    if (p->o->log && p->o->progress) clear_progress(p);
    return NULL;
}

/* ------------------------------------------------------------------- ids */

/* The id base of input i as the reader would make it. */
static void base_of(const quoth_pipeline_options *o, size_t i, char *out, size_t cap) {
    if (o->input_ids && o->input_ids[i]) snprintf(out, cap, "%s", o->input_ids[i]);
    else quoth_reader_file_id(o->inputs[i], out, cap);
}

static uint64_t hash_of(const char *s) {
    uint64_t h = 1469598103934665603u; /* FNV-1a */
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

typedef struct id_slot {
    size_t input; /* its number + 1; 0: the slot is empty */
    uint64_t hash;
} id_slot;

/* The length of a path's directory part: up to its last slash. */
static size_t dir_len(const char *path) {
    const char *slash = strrchr(path, '/');
    return slash ? (size_t)(slash - path) : 0;
}

/* Whether two paths lie in one directory as given ("d/a.txt", "d/a.html"):
 * their paths would not tell their ids apart either. */
static int same_dir(const char *a, const char *b) {
    size_t n = dir_len(a);
    return n == dir_len(b) && memcmp(a, b, n) == 0;
}

/* Marks in `shared` (one byte per input) the inputs whose id base another
 * input in another directory has too, through an open-addressed table of
 * `mask` + 1 slots in which bases are compared by hash, then whole. "-"
 * is left out: a second one is an error record of its own. */
static void mark_shared(const quoth_pipeline_options *o, id_slot *slot, size_t mask, unsigned char *shared) {
    char a[4096], b[4096];
    for (size_t i = 0; i < o->n_inputs; i++) {
        if (strcmp(o->inputs[i], "-") == 0) continue;
        base_of(o, i, a, sizeof a);
        uint64_t h = hash_of(a);
        for (size_t k = (size_t)h & mask;; k = (k + 1) & mask) {
            if (!slot[k].input) {
                slot[k] = (id_slot){i + 1, h};
                break;
            }
            if (slot[k].hash != h) continue;
            base_of(o, slot[k].input - 1, b, sizeof b);
            if (strcmp(a, b) == 0) {
                if (!same_dir(o->inputs[i], o->inputs[slot[k].input - 1]))
                    shared[i] = shared[slot[k].input - 1] = 1;
                break;
            }
        }
    }
}

static void free_shared_ids(char **ids, size_t n) {
    if (!ids) return;
    for (size_t i = 0; i < n; i++) free(ids[i]);
    free(ids);
}

/* The id bases of the inputs that share theirs with another input
 * (`monday/story.txt tuesday/story.txt`: both "story"): their paths as
 * given, without extensions ("monday/story"), in *out (NULL for the
 * others; *out NULL when none shares). Ids had been the same, and `quoth
 * index` keeps one document of an id: one article was lost. An input
 * whose base is its own keeps it, so that ids do not change for runs
 * without the clash. O(inputs): a run of a million files pays one pass. */
static int shared_ids(const quoth_pipeline_options *o, char ***out) {
    *out = NULL;
    if (o->n_inputs < 2) return 0;
    if (o->n_inputs > SIZE_MAX / 4 / sizeof(id_slot)) return QUOTH_ERR_NOMEM;
    size_t n_slots = 4;
    while (n_slots < 2 * o->n_inputs) n_slots *= 2;
    id_slot *slot = calloc(n_slots, sizeof *slot);
    unsigned char *shared = calloc(o->n_inputs, 1);
    int rc = slot && shared ? 0 : QUOTH_ERR_NOMEM;
    if (!rc) mark_shared(o, slot, n_slots - 1, shared);
    free(slot);
    char **ids = NULL;
    for (size_t i = 0; !rc && i < o->n_inputs; i++) {
        if (!shared[i]) continue;
        if (!ids && !(ids = calloc(o->n_inputs, sizeof *ids))) rc = QUOTH_ERR_NOMEM;
        char id[4096];
        if (!rc) quoth_reader_path_id(o->inputs[i], id, sizeof id);
        if (!rc && !(ids[i] = strdup(id))) rc = QUOTH_ERR_NOMEM;
    }
    free(shared);
    if (rc) free_shared_ids(ids, o->n_inputs);
    else *out = ids;
    return rc;
}

/* ------------------------------------------------------------------- run */

static unsigned worker_count(const quoth_pipeline_options *o) {
    if (o->workers) return o->workers;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 && n < 1024 ? (unsigned)n : 1;
}

static int setup(pipeline *p, const quoth_pipeline_options *o, const quoth_pipeline_callbacks *cb, unsigned n) {
    memset(p, 0, sizeof *p);
    p->o = o;
    p->cb = cb;
    p->reader = o->reader;
    quoth_reader_options_resolve(&p->reader);
    p->max_docs = o->max_queued_docs ? o->max_queued_docs : (n * 16 < 64 ? 64 : (size_t)n * 16);
    p->max_bytes = o->max_queued_bytes ? o->max_queued_bytes : DEFAULT_QUEUED_BYTES;
    /* Fewer than a batch written frees (WRITE_BATCH), so that every batch
     * wakes the reader, while the workers still have a quarter of the
     * queue to do: has_room() wants room for `refill` jobs besides the one
     * it brings. Half the queue had been 32, and a batch of 32 written of
     * the 64 in flight left 32 free, one too few: the reader slept on
     * until the workers had emptied the queue and the writer had written
     * everything, and the workers waited at every 64 documents (-j1: 5-9
     * ms a run, -j2: 5-20 ms of the two workers' time). */
    p->refill = p->max_docs / 4 < WRITE_BATCH / 2 ? p->max_docs / 4 : WRITE_BATCH / 2;
    p->ring = calloc(p->max_docs, sizeof *p->ring);
    if (!p->ring) return QUOTH_ERR_NOMEM;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->done, NULL);
    pthread_cond_init(&p->room, NULL);
    p->started = now_seconds();
    p->last_draw = p->started;
    return 0;
}

static void teardown(pipeline *p) {
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->work);
    pthread_cond_destroy(&p->done);
    pthread_cond_destroy(&p->room);
    free(p->ring);
}

static void close_input(pipeline *p) {
    pthread_mutex_lock(&p->mu);
    p->closed = 1;
    pthread_cond_broadcast(&p->work);
    pthread_cond_broadcast(&p->done);
    pthread_mutex_unlock(&p->mu);
}

/* Starts the writer and the workers; on failure, whatever started is
 * stopped again (the input is closed, so they finish at once). */
static int start_threads(pipeline *p, worker *ws, unsigned n, pthread_t *writer, int *writer_started) {
    if (pthread_create(writer, NULL, writer_main, p) != 0) return QUOTH_ERR_NOMEM;
    *writer_started = 1;
    for (unsigned i = 0; i < n; i++) {
        ws[i].p = p;
        ws[i].index = i;
        if (pthread_create(&ws[i].thread, NULL, worker_main, &ws[i]) != 0) {
            fail(p, QUOTH_ERR_NOMEM);
            return QUOTH_ERR_NOMEM;
        }
        ws[i].started = 1;
    }
    return 0;
}

int quoth_pipeline_run(const quoth_pipeline_options *o, const quoth_pipeline_callbacks *cb,
                       quoth_pipeline_stats *stats) {
    memset(stats, 0, sizeof *stats);
    if (!o || !cb || !cb->process || (!cb->emit && !o->output)) return QUOTH_ERR_INVALID;
    unsigned n = worker_count(o);
    pipeline p;
    worker *ws = calloc(n, sizeof *ws);
    if (!ws) return QUOTH_ERR_NOMEM;
    if (setup(&p, o, cb, n)) {
        free(ws);
        return QUOTH_ERR_NOMEM;
    }
    pthread_t writer;
    int writer_started = 0;
    int rc = shared_ids(o, &p.shared_ids);
    if (!rc) rc = start_threads(&p, ws, n, &writer, &writer_started);
    uint64_t base = 0;
    for (size_t i = 0; !rc && i < o->n_inputs; i++) {
        const char *id_base = p.shared_ids && p.shared_ids[i] ? p.shared_ids[i] : o->input_ids ? o->input_ids[i] : NULL;
        rc = read_input(&p, o->inputs[i], id_base, &base);
    }
    close_input(&p);
    for (unsigned i = 0; i < n; i++)
        if (ws[i].started) pthread_join(ws[i].thread, NULL);
    if (writer_started) pthread_join(writer, NULL);
    *stats = p.stats;
    stats->seconds = now_seconds() - p.started;
    if (!rc) rc = p.status;
    free_shared_ids(p.shared_ids, o->n_inputs);
    teardown(&p);
    free(ws);
    return rc;
}

void quoth_pipeline_writer_continue(quoth_writer *w, FILE *out, uint64_t seq) {
    w->out = out;
    w->documents = (size_t)seq;
    w->header_done = seq > 0;
}

/* ---------------------------------------------------------------- inputs */

static int push_path(quoth_input_list *l, const char *path, const char *id_base) {
    size_t cap = l->cap;
    if (QUOTH_RESERVE(l->path, l->cap, l->n + 1, 64)) return QUOTH_ERR_NOMEM;
    if ((l->cap != cap || !l->id_base) && QUOTH_RESIZE(l->id_base, l->cap)) return QUOTH_ERR_NOMEM;
    l->id_base[l->n] = NULL;
    if (!(l->path[l->n] = strdup(path))) return QUOTH_ERR_NOMEM;
    l->n++;
    if (id_base && !(l->id_base[l->n - 1] = strdup(id_base))) return QUOTH_ERR_NOMEM;
    /* the ETA needs every size: stdin and pipes have none (a missing file
     * counts 0: it is only an error record) */
    struct stat st;
    if (strcmp(path, "-") == 0) l->sizes_known = 0;
    else if (stat(path, &st) == 0) {
        if (S_ISREG(st.st_mode)) l->total_bytes += (uint64_t)st.st_size;
        else l->sizes_known = 0;
    }
    return 0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names in a directory but the hidden ones, sorted; how many hidden
 * ones there were in *hidden ("." and ".." aside). */
static int list_dir(const char *dir, char ***names, size_t *count, size_t *hidden, char *why, size_t why_cap) {
    *names = NULL;
    *count = *hidden = 0;
    DIR *d = opendir(dir);
    if (!d) {
        int e = errno;
        snprintf(why, why_cap, "%s: cannot read directory: %s", dir, strerror(e));
        errno = e;
        return QUOTH_ERR_IO;
    }
    char **v = NULL;
    size_t n = 0, cap = 0;
    int rc = 0;
    struct dirent *e;
    while (!rc && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') {
            *hidden += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
            continue;
        }
        if ((rc = QUOTH_RESERVE(v, cap, n + 1, 64))) break;
        if (!(v[n] = strdup(e->d_name))) rc = QUOTH_ERR_NOMEM;
        else n++;
    }
    closedir(d);
    if (n) qsort(v, n, sizeof *v, by_name);
    *names = v;
    *count = n;
    return rc;
}

/* What a directory that gave no file holds, for its error record. */
typedef struct dir_census {
    size_t readable_here;  /* entries named as files quoth reads, in it */
    size_t readable_below; /* in its subdirectories (counting stops at the first) */
    size_t others_here, others_below; /* other files */
    size_t hidden, subdirs;
    int err; /* why it could not be listed, or 0 */
} dir_census;

/* Counts what `dir` holds, its subdirectories too (up to add_dir's depth,
 * symbolic links to directories not followed, as -r does). */
static void take_census(const char *dir, int depth, dir_census *c) {
    char **names = NULL, why[8];
    size_t count = 0, hidden = 0;
    int rc = list_dir(dir, &names, &count, &hidden, why, sizeof why);
    if (!depth) {
        c->hidden = hidden;
        c->err = rc == QUOTH_ERR_IO ? errno : 0;
    }
    for (size_t i = 0; i < count; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *full = malloc(len);
        struct stat st;
        if (full) {
            snprintf(full, len, "%s/%s", dir, names[i]);
            if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
                c->subdirs += !depth;
                if (depth < 64 && !c->readable_below) take_census(full, depth + 1, c);
            } else if (quoth_input_format_of_name(full) != QUOTH_INPUT_AUTO)
                *(depth ? &c->readable_below : &c->readable_here) += 1;
            else
                *(depth ? &c->others_below : &c->others_here) += 1;
        }
        free(full);
        free(names[i]);
    }
    free(names);
}

#define TYPES_READ "quoth reads .txt, .jsonl, .ndjson, .html, .htm, .warc, .wet, each maybe .gz or .zst"

/* Why a directory given gave no file: what it holds instead, and, when its
 * subdirectories hold files that quoth reads, that -r reads them. The
 * pipeline does not know whether the run was recursive; it needs not: a
 * recursive run would have found those files. */
static void empty_dir_message(const char *dir, char *why, size_t cap) {
    dir_census c;
    memset(&c, 0, sizeof c);
    take_census(dir, 0, &c);
    if (c.err) {
        snprintf(why, cap, "cannot read directory: %s", strerror(c.err));
        return;
    }
    size_t others = c.others_here + (c.readable_below ? 0 : c.others_below);
    const char *s = others == 1 ? "" : "s";
    if (c.readable_here)
        snprintf(why, cap, "a directory: -r reads the files in it");
    else if (c.readable_below)
        snprintf(why, cap, "no file quoth reads in it (%zu other file%s skipped; -r reads its subdirectories)", others,
                 s);
    else if (others)
        snprintf(why, cap, "no file quoth reads in it%s (%zu other file%s skipped; " TYPES_READ ")",
                 c.subdirs ? " or its subdirectories" : "", others, s);
    else if (c.subdirs)
        snprintf(why, cap, "no file quoth reads in it or its subdirectories: they hold no file");
    else if (c.hidden)
        snprintf(why, cap, "no file quoth reads in it: it holds only hidden files (%zu)", c.hidden);
    else
        snprintf(why, cap, "no file quoth reads in it: it is empty");
}

/* A file under a subdirectory of the directory given is named, in its
 * documents' made-up ids, by its path from that directory ("2024-03-01/feed"
 * for feed:3): daily folders of files of the same name would otherwise give
 * the same ids, and `quoth index` would keep one document of each id. A
 * file directly in the directory keeps its own name. */
static int push_found(quoth_input_list *l, const char *full, size_t root_len) {
    const char *rel = full + root_len + 1;
    const char *slash = strrchr(rel, '/');
    if (!slash) return push_path(l, full, NULL);
    char stem[4096], base[8192];
    quoth_reader_file_id(full, stem, sizeof stem);
    snprintf(base, sizeof base, "%.*s/%s", (int)(slash - rel), rel, stem);
    return push_path(l, full, base);
}

static int add_dir(quoth_input_list *l, const char *dir, size_t root_len, int recursive, int depth, char *why,
                   size_t why_cap) {
    char **names = NULL;
    size_t count = 0, hidden;
    int rc = list_dir(dir, &names, &count, &hidden, why, why_cap);
    for (size_t i = 0; i < count; i++) {
        if (!rc) {
            size_t len = strlen(dir) + strlen(names[i]) + 2;
            char *full = malloc(len);
            if (!full) rc = QUOTH_ERR_NOMEM;
            else {
                snprintf(full, len, "%s/%s", dir, names[i]);
                struct stat st;
                /* named as a file quoth reads: in, whatever it turns out to
                 * be (an unreadable one becomes an error record) */
                if (!recursive) {
                    if (quoth_input_format_of_name(full) != QUOTH_INPUT_AUTO) rc = push_path(l, full, NULL);
                } else if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
                    if (depth < 64) rc = add_dir(l, full, root_len, recursive, depth + 1, why, why_cap);
                } else if (quoth_input_format_of_name(full) != QUOTH_INPUT_AUTO &&
                           (stat(full, &st) != 0 || S_ISREG(st.st_mode)))
                    /* one that cannot be stat'ed (a dangling link) is in, as without -r: its
                     * error record says what is wrong, where it had been left out unsaid */
                    rc = push_found(l, full, root_len);
                free(full);
            }
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int quoth_input_list_add(quoth_input_list *l, const char *path, int recursive, char *why, size_t why_cap) {
    if (l->n == 0 && l->cap == 0) l->sizes_known = 1;
    struct stat st;
    int rc;
    size_t before = l->n;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) rc = push_path(l, path, NULL);
    else rc = add_dir(l, path, strlen(path), recursive, 0, why, why_cap);
    /* a directory that gave no file is an input of its own, which the
     * pipeline reads as one error record: the run then exits 1 and counts
     * it, where a still empty daily folder had been a success with
     * nothing, and with -q not a word */
    if (!rc && l->n == before) rc = push_path(l, path, NULL);
    if (rc == QUOTH_ERR_NOMEM) snprintf(why, why_cap, "out of memory");
    return rc;
}

void quoth_input_list_free(quoth_input_list *l) {
    for (size_t i = 0; i < l->n; i++) free(l->path[i]), free(l->id_base[i]);
    free(l->path);
    free(l->id_base);
    memset(l, 0, sizeof *l);
}
