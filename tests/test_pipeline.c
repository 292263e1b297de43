/*
 * test_pipeline.c - the threaded pipeline: records in input order whatever
 * the number of workers and however long each document takes, never more
 * documents in flight than the bound, error documents passed through,
 * failures of a callback stopping the run cleanly, the same records from
 * the real engine with one worker or several, and the input lists.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "io/csv.h"
#include "io/json.h"
#include "io/pipeline.h"
#include "quoth.h"

static char tmpdir[256];

static const char *path_of(const char *name) {
    static char buf[8][512];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void write_text(const char *name, const char *s) {
    FILE *f = fopen(path_of(name), "wb");
    if (!f) exit(2);
    fputs(s, f);
    fclose(f);
}

/* N JSON lines "{"id": "dK", "text": "..."}", every `bad`-th one malformed. */
static void write_lines(const char *name, int n, int bad) {
    FILE *f = fopen(path_of(name), "wb");
    if (!f) exit(2);
    for (int i = 0; i < n; i++) {
        if (bad && i % bad == bad - 1) fprintf(f, "{\"id\": \"d%d\", \"text\": oops}\n", i);
        else fprintf(f, "{\"id\": \"d%d\", \"text\": \"document %d %.*s\"}\n", i, i, i % 50, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
    fclose(f);
}

/* ------------------------------------------------------- fake callbacks */

typedef struct fake {
    atomic_ulong started, stopped;
    atomic_ulong emitted;       /* records written so far */
    atomic_ulong max_ahead;     /* the most documents seen processed ahead of the writer */
    size_t bound;
    int fail_process_at;        /* seq whose process() fails (-1: none) */
    int fail_emit_at;           /* seq whose emit() fails (-1: none) */
    char *out;                  /* what emit() received, in order */
    size_t out_len, out_cap;
    char errors[2048];          /* the messages of the failed documents, one a line */
    uint64_t next_seq;
    int out_of_order;
} fake;

static void *fake_start(void *user, unsigned index) {
    fake *f = user;
    atomic_fetch_add(&f->started, 1);
    return (void *)(uintptr_t)(index + 1);
}

static void fake_stop(void *user, void *state) {
    fake *f = user;
    (void)state;
    atomic_fetch_add(&f->stopped, 1);
}

/* Sleeps a pseudo-random few microseconds so that workers finish out of
 * order. */
static void jitter(uint64_t seq) {
    struct timespec ts = {0, (long)((seq * 2654435761u) % 200) * 1000};
    nanosleep(&ts, NULL);
}

static int fake_process(void *user, void *state, uint64_t seq, const quoth_input_doc *doc, FILE *out,
                        quoth_pipeline_result *res) {
    fake *f = user;
    if (!state) return QUOTH_ERR_INVALID;
    unsigned long ahead = (unsigned long)(seq - atomic_load(&f->emitted));
    unsigned long seen = atomic_load(&f->max_ahead);
    while (ahead > seen && !atomic_compare_exchange_weak(&f->max_ahead, &seen, ahead)) {
    }
    jitter(seq);
    if ((int)seq == f->fail_process_at) return QUOTH_ERR_PARSE;
    if (doc->error) {
        res->failed = 1;
        snprintf(res->message, sizeof res->message, "%s: %s", doc->meta.origin, doc->error);
        fprintf(out, "%llu %s ERROR\n", (unsigned long long)seq, doc->meta.id);
    } else {
        res->statements = doc->len;
        fprintf(out, "%llu %s %zu\n", (unsigned long long)seq, doc->meta.id, doc->len);
    }
    return 0;
}

static int fake_emit(void *user, uint64_t seq, const char *bytes, size_t len, const quoth_pipeline_result *res) {
    fake *f = user;
    if ((int)seq == f->fail_emit_at) return QUOTH_ERR_IO;
    size_t used = strlen(f->errors);
    if (res->failed) snprintf(f->errors + used, sizeof f->errors - used, "%s\n", res->message);
    if (seq != f->next_seq) f->out_of_order = 1;
    f->next_seq = seq + 1;
    if (f->out_len + len + 1 > f->out_cap) {
        f->out_cap = (f->out_len + len + 1) * 2;
        f->out = realloc(f->out, f->out_cap);
        if (!f->out) exit(2);
    }
    memcpy(f->out + f->out_len, bytes, len);
    f->out_len += len;
    f->out[f->out_len] = 0;
    atomic_fetch_add(&f->emitted, 1);
    return 0;
}

static void fake_init(fake *f) {
    memset(f, 0, sizeof *f);
    f->fail_process_at = -1;
    f->fail_emit_at = -1;
}

static int run_fake(fake *f, const char *const *inputs, size_t n, unsigned workers, size_t bound,
                    quoth_pipeline_stats *st) {
    quoth_pipeline_callbacks cb = {f, fake_start, fake_stop, fake_process, fake_emit};
    quoth_pipeline_options o;
    quoth_pipeline_defaults(&o);
    o.inputs = inputs;
    o.n_inputs = n;
    o.workers = workers;
    o.max_queued_docs = bound;
    f->bound = bound;
    return quoth_pipeline_run(&o, &cb, st);
}

/* The expected "seq id len" lines of write_lines(name, n, bad). */
static int check_order(const fake *f, int n, int bad) {
    const char *p = f->out;
    for (int i = 0; i < n; i++) {
        unsigned long long seq;
        char id[64];
        char tail[32];
        if (!p || sscanf(p, "%llu %63s %31s", &seq, id, tail) != 3) return 0;
        char want[64];
        /* a malformed line has no id of its own: file:line */
        if (bad && i % bad == bad - 1) snprintf(want, sizeof want, "many:%d", i + 1);
        else snprintf(want, sizeof want, "d%d", i);
        if (seq != (unsigned long long)i || strcmp(id, want) != 0) return 0;
        if ((bad && i % bad == bad - 1) != (strcmp(tail, "ERROR") == 0)) return 0;
        p = strchr(p, '\n');
        if (p) p++;
    }
    return p && *p == 0;
}

static void test_order_and_bound(void) {
    write_lines("many.jsonl", 3000, 97);
    const char *in[] = {path_of("many.jsonl")};
    unsigned workers[] = {1, 2, 5};
    for (int k = 0; k < 3; k++) {
        fake f;
        fake_init(&f);
        quoth_pipeline_stats st;
        CHECK_INT(run_fake(&f, in, 1, workers[k], 8, &st), 0);
        CHECK_INT(st.documents, 3000);
        CHECK_INT(st.errors, 3000 / 97);
        CHECK(check_order(&f, 3000, 97));
        CHECK(!f.out_of_order);
        CHECK(atomic_load(&f.max_ahead) < 8);
        CHECK_INT(atomic_load(&f.started), workers[k]);
        CHECK_INT(atomic_load(&f.stopped), workers[k]);
        free(f.out);
    }
}

static void test_bytes_bound(void) {
    /* documents of ~1 KB with a budget of 4 KB: at most a few in flight */
    FILE *fp = fopen(path_of("kb.jsonl"), "wb");
    for (int i = 0; i < 200; i++) {
        fprintf(fp, "{\"id\": \"d%d\", \"text\": \"", i);
        for (int k = 0; k < 1000; k++) fputc('a' + k % 26, fp);
        fputs("\"}\n", fp);
    }
    fclose(fp);
    const char *in[] = {path_of("kb.jsonl")};
    fake f;
    fake_init(&f);
    quoth_pipeline_callbacks cb = {&f, fake_start, fake_stop, fake_process, fake_emit};
    quoth_pipeline_options o;
    quoth_pipeline_defaults(&o);
    o.inputs = in;
    o.n_inputs = 1;
    o.workers = 4;
    o.max_queued_bytes = 4096;
    quoth_pipeline_stats st;
    CHECK_INT(quoth_pipeline_run(&o, &cb, &st), 0);
    CHECK_INT(st.documents, 200);
    CHECK(atomic_load(&f.max_ahead) <= 3);
    CHECK(!f.out_of_order);
    free(f.out);
}

static void test_several_inputs_and_missing(void) {
    write_lines("a.jsonl", 10, 0);
    write_text("b.txt", "Plain text.");
    const char *in[] = {path_of("a.jsonl"), path_of("missing.jsonl"), path_of("b.txt")};
    fake f;
    fake_init(&f);
    quoth_pipeline_stats st;
    CHECK_INT(run_fake(&f, in, 3, 3, 4, &st), 0);
    CHECK_INT(st.documents, 12);
    CHECK_INT(st.errors, 1);
    CHECK(strstr(f.out, "10 missing ERROR\n11 b 11\n") != NULL);
    CHECK(st.input_bytes > 0);
    free(f.out);
}

static void test_failures_stop(void) {
    write_lines("stop.jsonl", 500, 0);
    const char *in[] = {path_of("stop.jsonl")};
    fake f;
    fake_init(&f);
    f.fail_process_at = 100;
    quoth_pipeline_stats st;
    CHECK_INT(run_fake(&f, in, 1, 3, 8, &st), QUOTH_ERR_PARSE);
    CHECK(st.documents < 500);
    CHECK(!f.out_of_order);
    free(f.out);
    fake_init(&f);
    f.fail_emit_at = 50;
    CHECK_INT(run_fake(&f, in, 1, 2, 8, &st), QUOTH_ERR_IO);
    CHECK_INT(f.next_seq, 50);
    CHECK_INT(atomic_load(&f.stopped), 2);
    free(f.out);
}

static void test_empty_run(void) {
    write_text("empty.jsonl", "");
    const char *in[] = {path_of("empty.jsonl")};
    fake f;
    fake_init(&f);
    quoth_pipeline_stats st;
    CHECK_INT(run_fake(&f, in, 1, 2, 0, &st), 0);
    CHECK_INT(st.documents, 0);
    CHECK_INT(run_fake(&f, in, 0, 2, 0, &st), 0);
    free(f.out);
}

/* ------------------------------------------------------ the real engine */

typedef struct engine_run {
    const quoth_model *model;
    quoth_format format;
} engine_run;

typedef struct engine_worker {
    quoth_engine *engine;
    quoth_writer *writer;
} engine_worker;

static void *engine_start(void *user, unsigned index) {
    (void)index;
    engine_run *r = user;
    engine_worker *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->engine = quoth_engine_new(r->model, 0);
    w->writer = quoth_writer_new(stdout, r->format, 0, 100);
    return w;
}

static void engine_stop(void *user, void *state) {
    (void)user;
    engine_worker *w = state;
    quoth_writer_free(w->writer);
    quoth_engine_free(w->engine);
    free(w);
}

static int engine_process(void *user, void *state, uint64_t seq, const quoth_input_doc *doc, FILE *out,
                          quoth_pipeline_result *res) {
    (void)user;
    engine_worker *w = state;
    quoth_pipeline_writer_continue(w->writer, out, seq);
    const quoth_doc *d;
    if (doc->error || quoth_extract(w->engine, doc->text, doc->len, &d) != 0) {
        res->failed = 1;
        return quoth_writer_error(w->writer, &doc->meta, doc->error ? doc->error : "failed");
    }
    res->statements = quoth_doc_quote_count(d);
    return quoth_writer_document(w->writer, &doc->meta, d);
}

static char *run_engine(const quoth_model *m, const char *input, unsigned workers, quoth_format format,
                        quoth_pipeline_stats *st) {
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    engine_run r = {m, format};
    quoth_pipeline_callbacks cb = {&r, engine_start, engine_stop, engine_process, NULL};
    quoth_pipeline_options o;
    quoth_pipeline_defaults(&o);
    const char *in[] = {input};
    o.inputs = in;
    o.n_inputs = 1;
    o.workers = workers;
    o.output = out;
    int rc = quoth_pipeline_run(&o, &cb, st);
    fclose(out);
    if (rc) {
        free(text);
        return NULL;
    }
    return text;
}

static const char *const SENTENCES[] = {
    "\\\"The bridge will open in May,\\\" said Marta Kowalski, the transport minister.",
    "She added that the budget had grown by a third.",
    "According to the city council, the work will take two years.",
    "\\\"We are not worried,\\\" a spokesman for the builder said.",
    "Residents said they feared the noise.",
    "Tom Okafor, who runs a bakery nearby, warned that trade would suffer."};

static void test_engine_same_records(void) {
    quoth_model *m = NULL;
    int rc = quoth_model_load_default(&m);
    CHECK_INT(rc, 0);
    if (rc) return;
    FILE *f = fopen(path_of("engine.jsonl"), "wb");
    for (int i = 0; i < 120; i++) {
        fprintf(f, "{\"id\": \"e%d\", \"text\": \"", i);
        for (int k = 0; k < 1 + i % 6; k++) fprintf(f, "%s ", SENTENCES[(i + k) % 6]);
        fputs("\"}\n", f);
    }
    fputs("{\"id\": \"broken\", \"text\": \n", f);
    fclose(f);
    quoth_format formats[] = {QUOTH_FORMAT_JSONL, QUOTH_FORMAT_TABLE, QUOTH_FORMAT_CSV};
    for (int k = 0; k < 3; k++) {
        quoth_pipeline_stats s1, s4;
        char *one = run_engine(m, path_of("engine.jsonl"), 1, formats[k], &s1);
        char *four = run_engine(m, path_of("engine.jsonl"), 4, formats[k], &s4);
        CHECK(one && four && strcmp(one, four) == 0);
        CHECK_INT(s1.documents, 121);
        CHECK_INT(s1.errors, 1);
        CHECK(s1.statements > 100);
        CHECK_INT(s4.statements, s1.statements);
        if (k == 2 && one) CHECK(strncmp(one, "id,type,speaker", 15) == 0 && strstr(one + 1, "id,type,speaker") == NULL);
        if (k == 1 && one) CHECK(strncmp(one, "e0: ", 4) == 0 && strstr(one, "\n\ne1: ") != NULL);
        free(one);
        free(four);
    }
    quoth_model_free(m);
}

/* ------------------------------------------------------------ input lists */

static void test_input_list(void) {
    char dir[600];
    snprintf(dir, sizeof dir, "%s/tree", tmpdir);
    mkdir(dir, 0755);
    mkdir(path_of("tree/sub"), 0755);
    mkdir(path_of("tree/.hidden"), 0755);
    write_text("tree/b.txt", "b");
    write_text("tree/a.txt", "a");
    write_text("tree/c.jsonl", "{}");
    write_text("tree/notes.md", "n");
    write_text("tree/sub/d.html.gz", "x");
    write_text("tree/sub/e.warc", "x");
    write_text("tree/.hidden/f.txt", "x");
    char why[256];
    quoth_input_list l;
    memset(&l, 0, sizeof l);
    CHECK_INT(quoth_input_list_add(&l, dir, 0, why, sizeof why), 0);
    CHECK_INT(l.n, 3); /* every type quoth reads, not notes.md, not sub/ */
    if (l.n == 3) {
        CHECK(strstr(l.path[0], "tree/a.txt") != NULL);
        CHECK(strstr(l.path[1], "tree/b.txt") != NULL);
        CHECK(strstr(l.path[2], "tree/c.jsonl") != NULL);
    }
    CHECK_INT(l.total_bytes, 4);
    CHECK(l.sizes_known);
    quoth_input_list_free(&l);
    CHECK_INT(quoth_input_list_add(&l, dir, 1, why, sizeof why), 0);
    CHECK_INT(l.n, 5);
    if (l.n == 5) {
        CHECK(strstr(l.path[2], "tree/c.jsonl") != NULL);
        CHECK(strstr(l.path[3], "tree/sub/d.html.gz") != NULL);
        CHECK(strstr(l.path[4], "tree/sub/e.warc") != NULL);
    }
    CHECK_INT(quoth_input_list_add(&l, "-", 1, why, sizeof why), 0);
    CHECK(!l.sizes_known);
    quoth_input_list_free(&l);
}

/* The records (and error messages) of the inputs that `paths` name,
 * each added to one list as the command line adds them. */
static void run_list(const char *const *paths, size_t n, int recursive, fake *f) {
    quoth_input_list l;
    memset(&l, 0, sizeof l);
    char why[256];
    for (size_t i = 0; i < n; i++) CHECK_INT(quoth_input_list_add(&l, paths[i], recursive, why, sizeof why), 0);
    quoth_pipeline_callbacks cb = {f, fake_start, fake_stop, fake_process, fake_emit};
    quoth_pipeline_options o;
    quoth_pipeline_defaults(&o);
    o.inputs = (const char *const *)l.path;
    o.input_ids = (const char *const *)l.id_base;
    o.n_inputs = l.n;
    o.workers = 2;
    fake_init(f);
    quoth_pipeline_stats st;
    CHECK_INT(quoth_pipeline_run(&o, &cb, &st), 0);
    CHECK_INT(st.documents, f->next_seq);
    quoth_input_list_free(&l);
}

/* Checks the one record, and the one message, that directory `name` gives
 * (an error record: the run exits 1 and counts it, where a directory that
 * gave no document had been a success, and with -q a silent one). */
static void check_dir_record(const char *name, int recursive, const char *id, const char *why) {
    const char *in[] = {path_of(name)};
    fake f;
    run_list(in, 1, recursive, &f);
    char want[1024];
    snprintf(want, sizeof want, "0 %s ERROR\n", id);
    CHECK_STR(f.out ? f.out : "", want);
    snprintf(want, sizeof want, "%s: %s\n", path_of(name), why);
    CHECK_STR(f.errors, want);
    free(f.out);
}

#define TYPES_READ "quoth reads .txt, .jsonl, .ndjson, .html, .htm, .warc, .wet, each maybe .gz or .zst"

static void test_directory_that_gives_nothing(void) {
    mkdir(path_of("empty"), 0755);
    check_dir_record("empty", 0, "empty", "no file quoth reads in it: it is empty");
    check_dir_record("empty/", 1, "empty", "no file quoth reads in it: it is empty");
    mkdir(path_of("junk"), 0755);
    write_text("junk/picture.png", "\x89PNG");
    write_text("junk/notes", "");
    check_dir_record("junk", 0, "junk", "no file quoth reads in it (2 other files skipped; " TYPES_READ ")");
    /* files quoth reads in a subdirectory: -r reads them */
    mkdir(path_of("nested"), 0755);
    mkdir(path_of("nested/2024-03-01"), 0755);
    write_text("nested/2024-03-01/story.txt", "\"Yes,\" she said.");
    write_text("nested/README", "r");
    check_dir_record("nested", 0, "nested", "no file quoth reads in it (1 other file skipped; -r reads its subdirectories)");
    const char *in[] = {path_of("nested")};
    fake f;
    run_list(in, 1, 1, &f);
    CHECK_STR(f.out ? f.out : "", "0 2024-03-01/story 16\n");
    free(f.out);
    /* subdirectories that hold nothing quoth reads either */
    mkdir(path_of("deep"), 0755);
    mkdir(path_of("deep/sub"), 0755);
    write_text("deep/sub/photo.jpg", "j");
    check_dir_record("deep", 0, "deep", "no file quoth reads in it or its subdirectories (1 other file skipped; " TYPES_READ ")");
    check_dir_record("deep", 1, "deep", "no file quoth reads in it or its subdirectories (1 other file skipped; " TYPES_READ ")");
    mkdir(path_of("hollow"), 0755);
    mkdir(path_of("hollow/sub"), 0755);
    check_dir_record("hollow", 1, "hollow", "no file quoth reads in it or its subdirectories: they hold no file");
    mkdir(path_of("dotted"), 0755);
    write_text("dotted/.keep", "");
    check_dir_record("dotted", 0, "dotted", "no file quoth reads in it: it holds only hidden files (1)");
}

/* A dangling link is an error record with -r as without (it had been
 * left out with -r, unsaid); a link to a directory is not followed. */
static void test_dangling_link(void) {
    mkdir(path_of("links"), 0755);
    write_text("links/real.txt", "real");
    CHECK_INT(symlink("nowhere.txt", path_of("links/dangling.txt")), 0);
    CHECK_INT(symlink("..", path_of("links/up")), 0);
    for (int recursive = 0; recursive < 2; recursive++) {
        const char *in[] = {path_of("links")};
        fake f;
        run_list(in, 1, recursive, &f);
        CHECK_STR(f.out ? f.out : "", "0 dangling ERROR\n1 real 4\n");
        char want[700];
        snprintf(want, sizeof want, "%s: No such file or directory\n", path_of("links/dangling.txt"));
        CHECK_STR(f.errors, want);
        free(f.out);
    }
}

/* Inputs that would have the same id are named by their paths; those
 * whose name is their own keep their ids. */
static void test_same_file_names(void) {
    mkdir(path_of("monday"), 0755);
    mkdir(path_of("tuesday"), 0755);
    write_text("monday/story.txt", "mon");
    write_text("tuesday/story.txt", "tues");
    write_text("other.txt", "other");
    write_text("monday/feed.jsonl", "{\"text\": \"a\"}\n{\"id\": \"own\", \"text\": \"b\"}\n");
    write_text("tuesday/feed.jsonl.gz", ""); /* an empty file: no document, its id base still taken */
    const char *in[] = {path_of("monday/story.txt"), path_of("tuesday/story.txt"), path_of("other.txt"),
                        path_of("monday/feed.jsonl"), path_of("tuesday/feed.jsonl.gz")};
    fake f;
    run_list(in, 5, 0, &f);
    char want[2048];
    snprintf(want, sizeof want, "0 %s/monday/story 3\n1 %s/tuesday/story 4\n2 other 5\n3 %s/monday/feed:1 1\n4 own 1\n",
             tmpdir, tmpdir, tmpdir);
    CHECK_STR(f.out ? f.out : "", want);
    free(f.out);
    /* a directory's files, found under two folders given: the same */
    const char *days[] = {path_of("monday"), path_of("tuesday")};
    run_list(days, 2, 0, &f);
    snprintf(want, sizeof want, "0 %s/monday/feed:1 1\n1 own 1\n2 %s/monday/story 3\n3 %s/tuesday/story 4\n", tmpdir,
             tmpdir, tmpdir);
    CHECK_STR(f.out ? f.out : "", want);
    free(f.out);
    /* one input alone keeps its name */
    run_list(in + 1, 1, 0, &f);
    CHECK_STR(f.out ? f.out : "", "0 story 4\n");
    free(f.out);
    /* two of one directory, whose paths would not tell them apart: only
     * the one that clashes with another directory's is renamed */
    mkdir(path_of("pair"), 0755);
    write_text("pair/a.txt", "text");
    write_text("pair/a.html", "<p>Page.</p>");
    write_text("monday/a.txt", "x");
    const char *pair[] = {path_of("pair/a.txt"), path_of("pair/a.html"), path_of("monday/a.txt")};
    run_list(pair, 3, 0, &f);
    snprintf(want, sizeof want, "0 %s/pair/a 4\n1 a 5\n2 %s/monday/a 1\n", tmpdir, tmpdir);
    CHECK_STR(f.out ? f.out : "", want);
    free(f.out);
}

/* A second "-" is an error record: standard input was read by the first
 * (it had given an empty document under the same id). */
static void test_stdin_twice(void) {
    write_text("stdin.txt", "piped");
    int saved = dup(STDIN_FILENO);
    FILE *piped = fopen(path_of("stdin.txt"), "rb");
    CHECK(saved >= 0 && piped != NULL);
    if (saved < 0 || !piped) return;
    dup2(fileno(piped), STDIN_FILENO);
    const char *in[] = {"-", "-"};
    fake f;
    run_list(in, 2, 0, &f);
    dup2(saved, STDIN_FILENO);
    close(saved);
    fclose(piped);
    CHECK_STR(f.out ? f.out : "", "0 stdin 5\n1 stdin ERROR\n");
    CHECK_STR(f.errors, "stdin: standard input was already read (\"-\" is named twice)\n");
    free(f.out);
}

static void setup(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/quoth-pipeline-XXXXXX");
    if (!mkdtemp(tmpdir)) exit(2);
}

static void cleanup(void) {
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
}

/* The test's own escaper, a byte at a time, for quoth_json_string(). */
static size_t escape_slowly(const char *s, size_t n, char *out) {
    size_t k = 0;
    out[k++] = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') k += (size_t)sprintf(out + k, "\\%c", c);
        else if (c == '\n') k += (size_t)sprintf(out + k, "\\n");
        else if (c == '\r') k += (size_t)sprintf(out + k, "\\r");
        else if (c == '\t') k += (size_t)sprintf(out + k, "\\t");
        else if (c < 0x20) k += (size_t)sprintf(out + k, "\\u%04x", c);
        else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0x85) k += (size_t)sprintf(out + k, "\\u0085"), i++;
        else if (c == 0xE2 && i + 2 < n && memcmp(s + i + 1, "\x80\xA8", 2) == 0)
            k += (size_t)sprintf(out + k, "\\u2028"), i += 2;
        else if (c == 0xE2 && i + 2 < n && memcmp(s + i + 1, "\x80\xA9", 2) == 0)
            k += (size_t)sprintf(out + k, "\\u2029"), i += 2;
        else out[k++] = (char)c;
    }
    out[k++] = '"';
    return k;
}

/* Whether the two escapers, given text[0..n), differ from escape_slowly()
 * of `valid` (text with its invalid UTF-8 as U+FFFD, or text itself): bit
 * 0 the stream's (quoth_json_string), bit 1 the record buffer's
 * (quoth_json_put_string, into b, which is reused). `want` has room for
 * 6 strlen(valid) + 2 bytes. */
static int escapers_differ(const char *text, size_t n, const char *valid, size_t valid_n, char *want,
                           quoth_json_buf *b) {
    size_t want_len = escape_slowly(valid, valid_n, want);
    char *got = NULL;
    size_t got_len = 0;
    FILE *f = open_memstream(&got, &got_len);
    if (!f) return 3;
    quoth_json_string(f, text, n);
    fclose(f);
    int differ = got_len != want_len || memcmp(got, want, want_len) != 0;
    free(got);
    b->len = 0;
    quoth_json_put_string(b, text, n);
    if (b->failed || b->len != want_len || memcmp(b->data, want, want_len) != 0) differ |= 2;
    return differ;
}

/* Every kind of byte that needs an escape, UTF-8 that does not (U+2027
 * beside the line breaks U+2028 and U+2029, which do) and
 * invalid UTF-8 (a file name, a feed's metadata), which must come out as
 * U+FFFD, one per maximal subpart, at each offset around the sixteen-byte
 * steps of the plain-run scan. */
static void test_json_string_escapes(void) {
#define FFFD "\xEF\xBF\xBD"
    static const char *const specials[][2] = {
        {"\"", "\""}, {"\\", "\\"}, {"\n", "\n"}, {"\r", "\r"}, {"\t", "\t"}, {"\x01", "\x01"}, {"\x1f", "\x1f"},
        {"\xC3\xA9", "\xC3\xA9"}, {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"}, {" ", " "}, {"\"\"\n", "\"\"\n"},
        {"\xE9", FFFD}, {"caf\xE9\"", "caf" FFFD "\""}, {"\xE2\x80", FFFD}, {"\xE2\x80\"", FFFD "\""},
        {"\xED\xA0\x80", FFFD FFFD FFFD}, {"\xC0\xAF", FFFD FFFD}, {"\xFF\xFE", FFFD FFFD},
        {"\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD}, {"\x80\xC3\xA9", FFFD "\xC3\xA9"},
        /* the line breaks beyond ASCII, escaped so that a record stays one line */
        {"\xC2\x85", "\xC2\x85"}, {"\xE2\x80\xA8", "\xE2\x80\xA8"}, {"\xE2\x80\xA9\xE2\x80\xA8", "\xE2\x80\xA9\xE2\x80\xA8"},
        {"\xE2\x80\xA7", "\xE2\x80\xA7"}};
#undef FFFD
    int wrong = 0;
    quoth_json_buf b = {0};
    for (size_t k = 0; k < sizeof specials / sizeof *specials; k++)
        for (size_t at = 0; at < 40; at++) {
            char text[80], valid[96], want[600];
            const char *tail = "bbbbbbbbbbbbbbbbbbbbb";
            memset(text, 'a', at);
            memset(valid, 'a', at);
            size_t n = at + (size_t)sprintf(text + at, "%s%.*s", specials[k][0], (int)(at % 21), tail);
            size_t valid_n = at + (size_t)sprintf(valid + at, "%s%.*s", specials[k][1], (int)(at % 21), tail);
            wrong += escapers_differ(text, n, valid, valid_n, want, &b) != 0;
        }
    CHECK_INT(wrong, 0);
    quoth_json_buf_free(&b);
}

/* CSV fields: quoted only when they must be, quotes doubled, invalid
 * UTF-8 (a file name, a feed's metadata) as U+FFFD, NULL as nothing. */
static void test_csv_fields(void) {
    static const char *const cases[][2] = {
        {"plain", "plain"},
        {"a,b", "\"a,b\""},
        {"say \"hi\"", "\"say \"\"hi\"\"\""},
        {"two\nlines", "\"two\nlines\""},
        {"caf\xC3\xA9", "caf\xC3\xA9"},
        {"caf\xE9", "caf\xEF\xBF\xBD"},
        {"caf\xE9,\"x\"", "\"caf\xEF\xBF\xBD,\"\"x\"\"\""},
        {"\xE2\x80", "\xEF\xBF\xBD"},
        {"", ""},
    };
    int wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *got = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&got, &len);
        if (!f) return;
        quoth_csv_field(f, cases[i][0], strlen(cases[i][0]));
        fclose(f);
        if (strcmp(got, cases[i][1]) != 0) {
            printf("  csv field of %s: %s\n", cases[i][0], got);
            wrong++;
        }
        free(got);
    }
    char *got = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&got, &len);
    if (f) {
        quoth_csv_field(f, NULL, 3);
        fclose(f);
        wrong += len != 0;
        free(got);
    }
    CHECK_INT(wrong, 0);
}

/* Long strings through both escapers: the stream's goes in pieces of 1 KB
 * (an escape must not be cut at a piece's end), the record buffer grows
 * while escapes make the string longer than it reserved. Escapes every
 * `every` bytes, from none to all. */
static void test_json_long_strings(void) {
    static const size_t everies[] = {0, 1, 2, 5, 7, 64, 1023, 1024, 1025};
    enum { LEN = 9000 };
    char *text = malloc(LEN), *want = malloc(6 * LEN + 2);
    CHECK(text && want);
    int wrong_stream = 0, wrong_buffer = 0;
    quoth_json_buf b = {0};
    for (size_t k = 0; text && want && k < sizeof everies / sizeof *everies; k++)
        for (size_t n = LEN - 3; n <= LEN; n++) {
            for (size_t i = 0; i < n; i++)
                text[i] = everies[k] && i % everies[k] == 0 ? "\"\\\n\x02"[i % 4] : (char)('a' + i % 26);
            int differ = escapers_differ(text, n, text, n, want, &b);
            wrong_stream += differ & 1;
            wrong_buffer += differ >> 1;
        }
    CHECK_INT(wrong_stream, 0);
    CHECK_INT(wrong_buffer, 0);
    quoth_json_buf_free(&b);
    free(text);
    free(want);
}

/* A confidence as "%.2f" writes it, by the writer's own printing: the
 * edges by name (ties to even at an exact half, values a hair under a
 * half that must not round up, signed zero, the hand-over to snprintf),
 * the five floats around each half hundredth from 0 to 4 (where rounding
 * turns), and a sweep of every 997th float from 10^-4 to 4. */
static int hundredths_differ(quoth_json_buf *b, float value) {
    char want[64];
    snprintf(want, sizeof want, "%.2f", (double)value);
    b->len = 0;
    quoth_json_put_hundredths(b, value);
    return b->failed || b->len != strlen(want) || memcmp(b->data, want, b->len) != 0;
}

static float float_of_bits(uint32_t bits) {
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static void test_json_hundredths(void) {
    quoth_json_buf b = {0};
    quoth_json_put_hundredths(&b, 0.125f);
    quoth_json_put_hundredths(&b, 0.375f);
    quoth_json_put_hundredths(&b, -0.0f);
    quoth_json_put(&b, "", 1);
    CHECK_STR(b.data, "0.120.38-0.00");
    static const float edges[] = {0.0f, -0.0f, 1.0f, 0.005f, 0.015f, 0.125f, 0.375f, 0.995f, 0.9951f, -0.125f,
                                  -0.004f, 0.5f, 99.995f, 1e-30f, 3e7f, 1e13f, 1e14f, 1e15f, 1e20f,
                                  (float)INFINITY, -(float)INFINITY, (float)NAN};
    int wrong = 0, tried = 0;
    for (size_t k = 0; k < sizeof edges / sizeof *edges; k++) wrong += hundredths_differ(&b, edges[k]);
    CHECK_INT(wrong, 0);
    wrong = 0;
    for (int half = 1; half < 800; half += 2) {
        float f = (float)(half / 200.0);
        f = nextafterf(nextafterf(f, 0.0f), 0.0f);
        for (int k = 0; k < 5; k++, f = nextafterf(f, 5.0f), tried++) {
            wrong += hundredths_differ(&b, f);
            wrong += hundredths_differ(&b, -f);
        }
    }
    uint32_t from, to;
    float low = 1e-4f, high = 4.0f;
    memcpy(&from, &low, sizeof from);
    memcpy(&to, &high, sizeof to);
    for (uint32_t bits = from; bits < to; bits += 997, tried++) wrong += hundredths_differ(&b, float_of_bits(bits));
    CHECK_INT(wrong, 0);
    CHECK(tried > 100000);
    quoth_json_buf_free(&b);
}

TEST_MAIN(setup, test_order_and_bound, test_bytes_bound, test_several_inputs_and_missing, test_failures_stop,
          test_empty_run, test_engine_same_records, test_input_list, test_directory_that_gives_nothing,
          test_dangling_link, test_same_file_names, test_stdin_twice, test_json_string_escapes, test_json_long_strings, test_json_hundredths, test_csv_fields,
          cleanup)
