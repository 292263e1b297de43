/*
 * cmd_index.c - `quoth index`: articles in, statements into the store.
 *
 * The pipeline's workers extract, on every core; its writer thread, which
 * alone holds the store's write connection, stores each document whole in
 * a batch transaction, in input order. The records cross between them as
 * bytes (store/wire.h). Documents the store already holds with the same
 * text are not extracted again (each worker looks through a read-only
 * connection of its own), so a run that was killed is completed by
 * running it again. The speakers across documents are rebuilt once at the
 * end.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli/cli.h"
#include "io/pipeline.h"
#include "io/reader.h"
#include "store/store.h"
#include "store/wire.h"
#include "util/array.h"

#define DEFAULT_MAX_DOC_BYTES (16u << 20)
#define DEFAULT_BATCH 100

typedef struct index_options {
    const char *db, *meta, *model;
    quoth_reader_options reader; /* -i, the JSON Lines fields, --encoding, --max-doc-size */
    unsigned engine_flags;
    unsigned jobs; /* 0: one per online core */
    size_t batch;
    int force, quiet, recursive;
} index_options;

typedef struct index_counts {
    size_t read, added, replaced, unchanged, errors, statements;
    size_t meta_updated; /* of the unchanged: their url, outlet, date or title replaced */
} index_counts;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth index --db FILE [OPTIONS] [FILE|DIR|-]...\n"
            "\n"
            "Finds the attributions of each article (as quoth extract does) and keeps\n"
            "them in a store, an SQLite file, for quoth search, speakers and speaker.\n"
            "Reads what quoth extract reads: text, JSON Lines, HTML and WARC files\n"
            "(each maybe gzipped or .zst), every such file of a directory (sorted by name; with\n"
            "-r, of its subdirectories too) or standard input. A document already\n"
            "stored (same id: its JSON id field, else its file name, with its line for\n"
            "JSON Lines; under a subdirectory, its path from the directory given:\n"
            "2024-03-01/feed:3) is replaced, never\n"
            "duplicated; one stored with the same text is skipped, so running the same\n"
            "command again after an interruption completes it. The url, title, date\n"
            "and outlet that JSON Lines, HTML or WARC inputs carry are stored too.\n"
            "\n"
            "options:\n"
            "      --db FILE        the store (made when missing)\n"
            "      --meta FILE      metadata of the documents: a tab-separated file whose\n"
            "                       first line names its columns: id (or filename), url,\n"
            "                       outlet (or publisher), date (or publication_date), title;\n"
            "                       other columns are ignored, a row may stop short, and\n"
            "                       a row without an id is skipped with a warning\n"
            "  -i, --input-format F auto (default: by extension, then content), text,\n"
            "                       jsonl, html or warc\n"
            CLI_TEXT_ID_FIELD_HELP CLI_META_FIELD_HELP
            "      --encoding E     text files that are not UTF-8 are in E (windows-1252,\n"
            "                       latin1, utf-16le, any name iconv -l lists); so are\n"
            "                       web pages that name no encoding\n"
            "  -r, --recursive      directories: their subdirectories' files too\n"
            "  -j, --jobs N         worker threads that extract (default: one per core);\n"
            "                       one more stores, in input order\n"
            "      --force          extract and store again documents stored unchanged\n"
            "                       (after a change of model)\n"
            "      --batch N        documents per transaction (default %d)\n"
            "      --model FILE     use this model instead of the built-in one\n"
            "      --rules-only     do not use the learned attribution tagger\n"
            "      --max-doc-size N largest document in bytes (default 16M; K, M, G allowed)\n"
            "  -q, --quiet          no progress, messages or summary on stderr\n"
            "  -h, --help           this help\n"
            "\n"
            "exit status: 0 every document stored, 1 some could not be read or\n"
            "extracted (the others are stored), 2 bad command line, 3 no model, or the\n"
            "store could not be opened or written (what was committed stays).\n",
            DEFAULT_BATCH);
}

enum { OPT_DB = 256, OPT_META, OPT_FORCE, OPT_BATCH, OPT_MODEL, OPT_RULES, OPT_MAX, OPT_ENCODING };

/* An option of how the inputs are read (-i, the JSON Lines fields,
 * --encoding, --max-doc-size), option c with argument arg, into r: 0, -1
 * (message printed), or 1 when c is none of them. */
static int parse_reader_option(int c, const char *arg, quoth_reader_options *r) {
    switch (c) {
    case CLI_OPT_TEXT_FIELD:
    case CLI_OPT_ID_FIELD:
    case CLI_OPT_URL_FIELD:
    case CLI_OPT_TITLE_FIELD:
    case CLI_OPT_DATE_FIELD:
    case CLI_OPT_OUTLET_FIELD:
        if (cli_field_option(c, arg, r)) return -1;
        break;
    case OPT_ENCODING:
        if (cli_encoding(arg, &r->encoding)) return -1;
        break;
    case 'i':
        if (cli_parse_input_format(arg, &r->format)) return -1;
        break;
    case OPT_MAX:
        if (cli_parse_size(arg, &r->max_doc_bytes)) {
            cli_error("--max-doc-size wants a size such as 16M, not '%s'", arg);
            return -1;
        }
        break;
    default: return 1;
    }
    return 0;
}

/* Returns the index of the first input, -1 (message printed) or -2 (help). */
static int parse_options(int argc, char **argv, index_options *o) {
    static const struct option LONG[] = {
        {"db", required_argument, 0, OPT_DB}, {"meta", required_argument, 0, OPT_META},
        {"force", no_argument, 0, OPT_FORCE}, {"batch", required_argument, 0, OPT_BATCH},
        {"model", required_argument, 0, OPT_MODEL}, {"rules-only", no_argument, 0, OPT_RULES},
        {"max-doc-size", required_argument, 0, OPT_MAX}, {"quiet", no_argument, 0, 'q'},
        {"input-format", required_argument, 0, 'i'}, CLI_TEXT_ID_FIELD_OPTIONS, CLI_META_FIELD_OPTIONS,
        {"recursive", no_argument, 0, 'r'}, {"jobs", required_argument, 0, 'j'},
        {"encoding", required_argument, 0, OPT_ENCODING}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "qhi:rj:", LONG, NULL)) != -1) {
        int reader = parse_reader_option(c, optarg, &o->reader);
        if (reader < 0) return -1;
        if (reader == 0) continue;
        switch (c) {
        case OPT_DB: o->db = optarg; break;
        case OPT_META: o->meta = optarg; break;
        case OPT_FORCE: o->force = 1; break;
        case OPT_MODEL: o->model = optarg; break;
        case OPT_RULES: o->engine_flags |= QUOTH_RULES_ONLY; break;
        case 'q': o->quiet = 1; break;
        case 'r': o->recursive = 1; break;
        case 'j':
            if (cli_parse_jobs(optarg, &o->jobs)) return -1;
            break;
        case 'h': usage(stdout); return -2;
        case OPT_BATCH:
            if (cli_parse_size(optarg, &o->batch)) {
                cli_error("--batch wants a number of documents, not '%s'", optarg);
                return -1;
            }
            break;
        default: fprintf(stderr, "see quoth index --help\n"); return -1;
        }
    }
    if (!o->db) {
        cli_error("index needs --db FILE, the store to write (see quoth index --help)");
        return -1;
    }
    return optind;
}

/* ------------------------------------------------------------ metadata */

/* One row of --meta. */
typedef struct meta_row {
    char *id, *url, *outlet, *date, *title;
    int used; /* a document read had its id (set by the writer thread alone) */
} meta_row;

typedef struct meta_table {
    meta_row *rows;
    size_t n, cap;
} meta_table;

static void meta_row_free(meta_row *r) {
    free(r->id), free(r->url), free(r->outlet), free(r->date), free(r->title);
}

static void meta_free(meta_table *t) {
    for (size_t i = 0; i < t->n; i++) meta_row_free(&t->rows[i]);
    free(t->rows);
}

/* Which field a column header names: 0 id, 1 url, 2 outlet, 3 date,
 * 4 title, 5 a file name (standing for the id), -1 none. */
enum { FIELD_FILENAME = 5 };
static int column_field(const char *h) {
    static const char *const NAMES[][4] = {{"id", "doc_id", "", ""},
                                           {"url", "link", "", ""},
                                           {"outlet", "publisher", "source", "site"},
                                           {"date", "publication_date", "published", "pubdate"},
                                           {"title", "headline", "", ""},
                                           {"filename", "file", "path", ""}};
    for (int f = 0; f < 6; f++)
        for (int k = 0; k < 4; k++)
            if (*NAMES[f][k] && strcasecmp(h, NAMES[f][k]) == 0) return f;
    return -1;
}

/* Splits a line at tabs in place (dropping a final \r). */
static size_t split_tabs(char *line, char **cells, size_t cap) {
    size_t n = 0, len = strlen(line);
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
    for (char *p = line; n < cap;) {
        cells[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = 0;
        p = tab + 1;
    }
    return n;
}

static int meta_add(meta_table *t, char **cells, size_t n, const int *field) {
    if (QUOTH_RESERVE(t->rows, t->cap, t->n + 1, 256)) return -1;
    meta_row *r = &t->rows[t->n];
    memset(r, 0, sizeof *r);
    char **dst[5] = {&r->id, &r->url, &r->outlet, &r->date, &r->title};
    int bad = 0;
    for (size_t i = 0; i < n && i < 64; i++) {
        if (field[i] < 0 || !*cells[i] || strcmp(cells[i], "None") == 0) continue;
        char id[1024];
        const char *v = cells[i];
        if (field[i] == FIELD_FILENAME) {
            /* the id the reader gives the file: "dir/a.txt" and
             * "dir/a.txt.gz" are document "a" */
            quoth_reader_file_id(cells[i], id, sizeof id);
            v = id;
        }
        int f = field[i] == FIELD_FILENAME ? 0 : field[i];
        if (!*dst[f] && !(*dst[f] = strdup(v))) bad = 1;
    }
    t->n++;
    return bad ? -1 : 0;
}

static int by_id(const void *a, const void *b) {
    const meta_row *x = a, *y = b;
    return strcmp(x->id ? x->id : "", y->id ? y->id : "");
}

static int meta_load(const char *path, meta_table *t) {
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_error("cannot read --meta %s: %s", path, strerror(errno));
        return -1;
    }
    char *line = NULL, *cells[64];
    size_t cap = 0, without_id = 0, lineno = 1;
    int field[64], status = 0, have_id = 0;
    if (getline(&line, &cap, f) < 0) status = -1;
    /* spreadsheets save UTF-8 with a byte order mark, which is no part of
     * the first column's name */
    size_t bom = !status && strncmp(line, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    size_t ncols = status ? 0 : split_tabs(line + bom, cells, 64);
    /* cells past the header's columns belong to no field */
    for (size_t i = 0; i < 64; i++) {
        field[i] = i < ncols ? column_field(cells[i]) : -1;
        have_id |= field[i] == 0 || field[i] == FIELD_FILENAME;
    }
    if (!have_id) {
        cli_error("--meta %s: the first line names no id or filename column", path);
        status = -1;
    }
    while (!status && getline(&line, &cap, f) >= 0) {
        lineno++;
        size_t n = split_tabs(line, cells, 64);
        if (!*line && n == 1) continue; /* a blank line */
        /* Editors drop a row's empty trailing cells: a short row keeps what
         * it has. A row without an id matches no document: say so. */
        if (meta_add(t, cells, n, field)) {
            cli_error("out of memory");
            status = -1;
        } else if (!t->rows[t->n - 1].id) {
            meta_row_free(&t->rows[--t->n]);
            if (!without_id++) cli_error("--meta %s: line %zu has no id; skipped", path, lineno);
        }
    }
    if (without_id > 1) cli_error("--meta %s: %zu lines without an id skipped in all", path, without_id);
    free(line);
    fclose(f);
    if (t->n > 1) qsort(t->rows, t->n, sizeof *t->rows, by_id);
    return status;
}

static const meta_row *meta_find(const meta_table *t, const char *id) {
    meta_row key = {(char *)id, NULL, NULL, NULL, NULL, 0};
    return t->n ? bsearch(&key, t->rows, t->n, sizeof *t->rows, by_id) : NULL;
}

/* ----------------------------------------------------------------- run */

/* What the pipeline's threads share: the options, the model and the --meta
 * table (read only while it runs); the store's write connection and the
 * counts, which the writer thread alone touches. */
typedef struct index_run {
    const index_options *o;
    const quoth_model *model;
    meta_table meta;
    quoth_store *store;
    index_counts counts;
    size_t in_batch;
} index_run;

/* A worker's engine, and its read-only connection to the store. */
typedef struct index_worker {
    quoth_engine *engine;
    quoth_store *reader;
} index_worker;

static void worker_stop(void *user, void *state) {
    (void)user;
    index_worker *w = state;
    if (!w) return;
    quoth_engine_free(w->engine);
    quoth_store_close(w->reader);
    free(w);
}

static void *worker_start(void *user, unsigned index) {
    (void)index;
    const index_run *r = user;
    index_worker *w = calloc(1, sizeof *w);
    if (!w) return NULL;
    w->engine = quoth_engine_new(r->model, r->o->engine_flags);
    if (!w->engine) {
        worker_stop(user, w);
        return NULL;
    }
    /* The writer made the store and brought its schema up to date before
     * the workers started. Without a look of its own (a store in memory, no
     * file handle left) a worker extracts every document, and the writer
     * still skips the unchanged ones. */
    if (quoth_store_open(r->o->db, QUOTH_STORE_READONLY, &w->reader) != 0) {
        quoth_store_close(w->reader);
        w->reader = NULL;
    }
    return w;
}

/* The input's metadata, completed from --meta. */
static void complete_meta(const index_run *r, quoth_doc_meta *m) {
    const meta_row *row = meta_find(&r->meta, m->id);
    if (!row) return;
    if (!m->url) m->url = row->url;
    if (!m->outlet) m->outlet = row->outlet;
    if (!m->date) m->date = row->date;
    if (!m->title) m->title = row->title;
}

/* In a worker: a document's records (or the word that the store holds it
 * unchanged) as bytes for the writer; one that cannot be read or extracted
 * fails with its message, which the pipeline prints. */
static int process(void *user, void *state, uint64_t seq, const quoth_input_doc *doc, FILE *out,
                   quoth_pipeline_result *res) {
    (void)seq;
    const index_run *r = user;
    index_worker *w = state;
    quoth_doc_meta meta = doc->meta;
    const char *why = doc->error;
    if (!why) {
        complete_meta(r, &meta);
        char hash[65];
        quoth_store_sha256_hex(doc->text, doc->len, hash);
        /* only a look: a failed one leaves the answer to the writer */
        if (!r->o->force && w->reader && quoth_store_unchanged_hash(w->reader, &meta, hash) > 0)
            return quoth_wire_write(out, QUOTH_WIRE_UNCHANGED, &meta, hash, doc->len, NULL);
        const quoth_doc *d;
        int rc = quoth_extract(w->engine, doc->text, doc->len, &d);
        if (rc == 0) {
            res->statements = quoth_doc_quote_count(d);
            return quoth_wire_write(out, QUOTH_WIRE_STORE, &meta, hash, doc->len, d);
        }
        why = quoth_status_string(rc);
    }
    snprintf(res->message, sizeof res->message, "%s: %s", meta.origin ? meta.origin : meta.id, why);
    res->failed = 1;
    return 0;
}

/* In the writer: notes that a document read had the id of a --meta row
 * (the workers only read the table meanwhile; `used` is the writer's). */
static void mark_meta_used(index_run *r, const char *id) {
    const meta_row *row = id ? meta_find(&r->meta, id) : NULL;
    if (!row) return;
    /* rows are sorted by id: rows that repeat it are beside this one */
    size_t at = (size_t)(row - r->meta.rows), lo = at, hi = at + 1;
    while (lo > 0 && strcmp(r->meta.rows[lo - 1].id, id) == 0) lo--;
    while (hi < r->meta.n && strcmp(r->meta.rows[hi].id, id) == 0) hi++;
    for (size_t i = lo; i < hi; i++) r->meta.rows[i].used = 1;
}

/* After the run: the --meta rows whose id no document read had, said once
 * (a typo in the id column, or file names that are not the documents'
 * ids, would otherwise leave documents undated without a word). */
static void warn_unused_meta(const index_run *r) {
    enum { SHOWN = 3 };
    size_t unused = 0;
    for (size_t i = 0; i < r->meta.n; i++) unused += !r->meta.rows[i].used;
    if (!unused) return;
    fprintf(stderr, "quoth: %zu row%s of --meta %s name%s no document read:", unused, cli_plural(unused),
            r->o->meta, unused == 1 ? "s" : "");
    size_t shown = 0;
    for (size_t i = 0; i < r->meta.n && shown < SHOWN; i++)
        if (!r->meta.rows[i].used) fprintf(stderr, "%s %s", shown++ ? "," : "", r->meta.rows[i].id);
    fputs(unused > SHOWN ? ", ...\n" : "\n", stderr);
}

/* In the writer, in input order: stores one document. The store has the
 * last word on "unchanged": a document may come twice in one run, after
 * its first copy was stored, and only the writer brings metadata up to
 * date. Returns 0, or a store status that stops the run. */
static int store_doc(index_run *r, const quoth_wire_doc *w) {
    mark_meta_used(r, w->meta.id);
    int rc = r->o->force ? 0 : quoth_store_unchanged_hash(r->store, &w->meta, w->hash);
    if (rc < 0) return rc;
    if (rc > 0) {
        r->counts.unchanged++;
        if (rc == 2) r->counts.meta_updated++;
        return 0;
    }
    if (w->kind == QUOTH_WIRE_UNCHANGED) { /* another process changed it since the worker looked */
        r->counts.errors++;
        if (!r->o->quiet)
            cli_error("%s: changed in the store by another process while this run read it; index it again",
                      w->meta.origin ? w->meta.origin : w->meta.id);
        return 0;
    }
    if ((rc = quoth_store_add_records(r->store, &w->meta, w->hash, w->text_bytes, w->records, w->n)) < 0) return rc;
    if (rc == 1) r->counts.replaced++;
    else r->counts.added++;
    r->counts.statements += w->n;
    if (++r->in_batch >= r->o->batch) {
        r->in_batch = 0;
        return quoth_store_commit(r->store);
    }
    return 0;
}

static int emit(void *user, uint64_t seq, const char *bytes, size_t len, const quoth_pipeline_result *res) {
    (void)seq;
    index_run *r = user;
    r->counts.read++;
    if (res->failed) {
        r->counts.errors++;
        return 0;
    }
    quoth_wire_doc w;
    int rc = quoth_wire_read(bytes, len, &w);
    if (!rc) rc = store_doc(r, &w);
    quoth_wire_doc_free(&w);
    return rc;
}

static int index_all(index_run *r, const quoth_input_list *inputs) {
    quoth_pipeline_callbacks cb = {r, worker_start, worker_stop, process, emit};
    quoth_pipeline_options po;
    cli_pipeline_options(&po, inputs, &r->o->reader, r->o->jobs, r->o->quiet);
    quoth_pipeline_stats stats;
    int rc = quoth_pipeline_run(&po, &cb, &stats);
    int stored = quoth_store_commit(r->store);
    if (!rc) rc = stored;
    if (!rc) rc = quoth_store_update_speakers(r->store);
    if (rc) cli_error("%s", rc == QUOTH_ERR_STORE ? quoth_store_message(r->store) : quoth_status_string(rc));
    return rc;
}

static void summary(index_run *r, double ms) {
    quoth_store_counts c;
    fprintf(stderr,
            "quoth: %zu document%s read: %zu stored (%zu replacing an earlier version), %zu unchanged",
            r->counts.read, cli_plural(r->counts.read), r->counts.added + r->counts.replaced, r->counts.replaced,
            r->counts.unchanged);
    /* an unchanged text whose url, outlet, date or title the input changed:
     * stored, and said, so that moved outlet counts are no surprise */
    if (r->counts.meta_updated)
        fprintf(stderr, " (%zu with updated metadata)", r->counts.meta_updated);
    fprintf(stderr, ", %zu error%s; %zu statement%s in %.1f s\n", r->counts.errors, cli_plural(r->counts.errors),
            r->counts.statements, cli_plural(r->counts.statements), ms / 1e3);
    if (quoth_store_count(r->store, &c) == 0)
        fprintf(stderr, "quoth: %s holds %lld document%s, %lld statement%s, %lld speaker%s (%lld name%s)\n",
                r->o->db, (long long)c.documents, cli_plural((unsigned long long)c.documents),
                (long long)c.statements, cli_plural((unsigned long long)c.statements), (long long)c.speakers,
                cli_plural((unsigned long long)c.speakers), (long long)c.names,
                cli_plural((unsigned long long)c.names));
}

static int run(const index_options *o, const quoth_input_list *inputs) {
    index_run r;
    memset(&r, 0, sizeof r);
    r.o = o;
    if (o->meta && meta_load(o->meta, &r.meta)) {
        meta_free(&r.meta);
        return EXIT_FATAL;
    }
    int status = EXIT_FATAL;
    cli_heap_in_huge_pages();
    quoth_model *model = cli_load_model(o->model);
    r.model = model;
    if (model) {
        int rc = quoth_store_open(o->db, 0, &r.store);
        if (rc) cli_error("%s", quoth_store_message(r.store));
        else {
            double t0 = cli_now();
            if (index_all(&r, inputs) == 0) {
                status = r.counts.errors ? EXIT_DOC_ERRORS : EXIT_OK;
                if (!o->quiet) warn_unused_meta(&r);
            }
            if (!o->quiet) summary(&r, cli_now() - t0);
        }
    }
    quoth_store_close(r.store);
    quoth_model_free(model);
    meta_free(&r.meta);
    return status;
}

int quoth_cmd_index(int argc, char **argv) {
    index_options o = {.reader = {.format = QUOTH_INPUT_AUTO, .max_doc_bytes = DEFAULT_MAX_DOC_BYTES},
                       .batch = DEFAULT_BATCH};
    int first = parse_options(argc, argv, &o);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    quoth_input_list inputs;
    memset(&inputs, 0, sizeof inputs);
    int status = EXIT_OK;
    if (cli_collect_inputs(&inputs, argc, argv, first, o.recursive, o.quiet, "index")) status = EXIT_FATAL;
    if (status == EXIT_OK) status = run(&o, &inputs);
    quoth_input_list_free(&inputs);
    return status;
}
