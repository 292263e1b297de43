/*
 * test_store.c - the statement store through its C API, with statements
 * given directly (quoth_store_add_records), so that what is checked is the
 * store and not the extraction: replacing documents, surviving a killed
 * writer, full-text search and its filters, speakers across documents,
 * and people's corrections surviving re-indexing.
 */
#include <math.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <utf8proc.h>

#include "harness.h"
#include "store/names.h"
#include "store/store.h"

/* ------------------------------------------------------------ fixtures */

typedef struct fx_statement {
    const char *speaker, *role;
    quoth_speaker_kind kind;
    quoth_quote_type type;
    const char *cue, *content;
} fx_statement;

typedef struct fx_doc {
    const char *id, *url, *outlet, *date, *title, *text;
    fx_statement st[4];
} fx_doc;

#define P QUOTH_KIND_PERSON
#define O QUOTH_KIND_ORGANIZATION

static const fx_doc DOCS[] = {
    {"harbor-1", "https://www.tidewater.example/harbor-1", NULL, "2024-01-10", "Talks on the harbor resume",
     "text of harbor-1",
     {{"John Kirby", "spokesman", P, QUOTH_INDIRECT, "said", "that the negotiations over the harbor would resume"},
      {"John Kirby", "spokesman", P, QUOTH_DIRECT, "added", "\"We negotiate in good faith,\""},
      {"Tidewater Port Authority", NULL, O, QUOTH_INDIRECT, "said", "that the piers stay open"}}},
    {"harbor-2", NULL, "Coastal Ledger", "March 3, 2024", "Kirby on the grain corridor", "text of harbor-2",
     {{"Adm. John Kirby", NULL, P, QUOTH_DIRECT, "said", "\"Nobody pushes anyone into negotiations,\""},
      {"Kirby", "spokesman", P, QUOTH_MIXED, "according to", "the corridor is \"safe for now\""}}},
    {"front-1", NULL, "Coastal Ledger", "2024-02-20", "Winter on the front", "text of front-1",
     {{"Mark Milley", "chairman of the Joint Chiefs of Staff", P, QUOTH_INDIRECT, "said",
       "that the winter would slow the fighting"},
      {"Volodymyr Zelensky", "President", P, QUOTH_INDIRECT, "said", "that no territory would be traded"}}},
    {"front-2", NULL, "Tidewater Times", "2024-02-27", "Spring offensive", "text of front-2",
     {{"Mark Milli", NULL, P, QUOTH_INDIRECT, "said", "that the offensive would not reach the coast"},
      {"Volodymyr Zelenskyy", NULL, P, QUOTH_DIRECT, "said", "\"Our air defense saved the grid,\""}}},
    {"sports-1", NULL, "Tidewater Times", "2023-11-05", "Rovers rest", "text of sports-1",
     {{"Tom Baker", "coach", P, QUOTH_INDIRECT, "said", "that his players needed a long rest"},
      {"Anna Baker", "senator", P, QUOTH_INDIRECT, "said", "that the stadium bill comes to a vote"},
      {"Baker", "senator", P, QUOTH_INDIRECT, "added", "that the vote would be close"}}},
    {"sports-2", NULL, "Tidewater Times", "2023-11-12", "Cup final", "text of sports-2",
     {{"Baker", NULL, P, QUOTH_INDIRECT, "said", "that nobody expected the final to be this close"}}},
};
#define N_DOCS (sizeof DOCS / sizeof *DOCS)

static size_t fx_count(const fx_doc *d) {
    size_t n = 0;
    while (n < 4 && d->st[n].content) n++;
    return n;
}

static int add_fx(quoth_store *s, const fx_doc *d, int with_id) {
    quoth_store_record r[4];
    size_t n = fx_count(d), at = 0;
    for (size_t i = 0; i < n; i++) {
        const fx_statement *x = &d->st[i];
        memset(&r[i], 0, sizeof r[i]);
        r[i].type = x->type;
        r[i].cue = x->cue;
        r[i].cue_len = strlen(x->cue);
        r[i].cue_start = at;
        r[i].cue_end = at + strlen(x->cue);
        r[i].source = x->speaker;
        r[i].source_len = strlen(x->speaker);
        r[i].source_start = at + 100;
        r[i].source_end = at + 100 + strlen(x->speaker);
        r[i].n_contents = 1;
        r[i].content[0] = x->content;
        r[i].content_len[0] = strlen(x->content);
        r[i].content_start[0] = at + 200;
        r[i].content_end[0] = at + 200 + strlen(x->content);
        r[i].speaker_name = x->speaker;
        r[i].speaker_mention = x->speaker;
        r[i].speaker_role = x->role;
        r[i].kind = x->kind;
        r[i].resolved_by = QUOTH_RESOLVED_NAME;
        /* direct 0.95, mixed 0.86, indirect 0.69 when first in its
         * document, else 0.46: 3, 1, 5 and 4 statements */
        r[i].confidence = x->type == QUOTH_DIRECT ? 0.95f : x->type == QUOTH_MIXED ? 0.86f : i == 0 ? 0.69f : 0.46f;
        at += 1000;
    }
    quoth_doc_meta m = {with_id ? d->id : NULL, d->url, d->title, d->date, d->outlet, NULL};
    char hash[65];
    quoth_store_sha256_hex(d->text, strlen(d->text), hash);
    return quoth_store_add_records(s, &m, hash, strlen(d->text), r, n);
}

static char *db_path(const char *name, char *buf, size_t cap) {
    snprintf(buf, cap, "/tmp/quoth-test-store-%ld-%s.db", (long)getpid(), name);
    char side[600];
    unlink(buf);
    snprintf(side, sizeof side, "%s-wal", buf);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", buf);
    unlink(side);
    return buf;
}

static void remove_db(const char *path) {
    char side[600];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
}

static quoth_store *open_filled(const char *path) {
    quoth_store *s = NULL;
    int rc = quoth_store_open(path, 0, &s);
    CHECK_INT(rc, 0);
    if (rc) {
        quoth_store_close(s);
        return NULL;
    }
    for (size_t i = 0; i < N_DOCS; i++) CHECK_INT(add_fx(s, &DOCS[i], 1), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    return s;
}

/* One text result of SQL with one text parameter ("" when no row). */
static void sql_text(quoth_store *s, const char *sql, const char *param, char *out, size_t cap) {
    sqlite3_stmt *st;
    out[0] = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(out, cap, "(bad SQL: %s)", sqlite3_errmsg(s->db));
        return;
    }
    if (param) sqlite3_bind_text(st, 1, param, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, cap, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
}

/* The canonical speaker of the statements under name (and role). */
static const char *speaker_of(quoth_store *s, const char *name, const char *role, char *buf, size_t cap) {
    char sql[300];
    snprintf(sql, sizeof sql,
             "SELECT sp.name || '#' || sp.id FROM speaker_names n JOIN speakers sp ON sp.id = n.speaker_id"
             " WHERE n.name = ?1 AND n.role = '%s'",
             role ? role : "");
    sql_text(s, sql, name, buf, cap);
    return buf;
}

static int64_t sql_int(quoth_store *s, const char *sql) {
    char buf[64];
    sql_text(s, sql, NULL, buf, sizeof buf);
    return buf[0] ? strtoll(buf, NULL, 10) : -1;
}

/* Everything stored, as one string to compare stores by. */
static void digest(quoth_store *s, char out[65]) {
    sqlite3_stmt *st;
    size_t cap = 1 << 16, n = 0;
    char *b = calloc(1, cap);
    const char *sql =
        "SELECT d.doc_key || '|' || coalesce(d.outlet, '') || '|' || coalesce(d.date, '') || '|' || s.seq"
        " || '|' || s.type || '|' || s.content || '|' || s.content_start || '|' || coalesce(sp.name, '')"
        " FROM statements s JOIN documents d ON d.id = s.document_id"
        " LEFT JOIN speaker_names n ON n.id = s.name_id LEFT JOIN speakers sp ON sp.id = n.speaker_id"
        " ORDER BY d.doc_key, s.seq";
    if (b && sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            const char *t = (const char *)sqlite3_column_text(st, 0);
            size_t len = strlen(t);
            if (n + len + 2 < cap) {
                memcpy(b + n, t, len);
                n += len;
                b[n++] = '\n';
            }
        }
        sqlite3_finalize(st);
    }
    quoth_store_sha256_hex(b ? b : "", n, out);
    free(b);
}

/* --------------------------------------------------------------- tests */

static void test_open_errors(void) {
    char path[512];
    quoth_store *s = NULL;
    db_path("missing", path, sizeof path);
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_READONLY, &s), QUOTH_ERR_IO);
    CHECK(strstr(quoth_store_message(s), "no such store") != NULL);
    quoth_store_close(s);

    /* not SQLite at all */
    FILE *f = fopen(db_path("garbage", path, sizeof path), "w");
    CHECK(f != NULL);
    if (f) {
        fputs("this is not a database, just some words to fill a page of bytes ......\n", f);
        fclose(f);
    }
    CHECK_INT(quoth_store_open(path, 0, &s), QUOTH_ERR_STORE);
    CHECK(strstr(quoth_store_message(s), "not a database") != NULL);
    quoth_store_close(s);
    remove_db(path);

    /* another program's SQLite file */
    sqlite3 *db;
    db_path("other", path, sizeof path);
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE TABLE t (x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(quoth_store_open(path, 0, &s), QUOTH_ERR_STORE);
    CHECK(strstr(quoth_store_message(s), "not a quoth store") != NULL);
    quoth_store_close(s);
    remove_db(path);

    /* an empty file: a store only for a writer that may make one */
    static const unsigned MUST_EXIST[] = {QUOTH_STORE_READONLY, QUOTH_STORE_EXISTING};
    for (size_t i = 0; i < 2; i++) {
        f = fopen(db_path("empty", path, sizeof path), "w");
        CHECK(f != NULL);
        if (f) fclose(f);
        CHECK_INT(quoth_store_open(path, MUST_EXIST[i], &s), QUOTH_ERR_STORE);
        CHECK(strstr(quoth_store_message(s), "not a quoth store (an empty file; quoth index --db") != NULL);
        quoth_store_close(s);
        struct stat st;
        CHECK(stat(path, &st) == 0 && st.st_size == 0);
    }
    CHECK_INT(quoth_store_open(path, 0, &s), 0);
    quoth_store_close(s);
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_READONLY, &s), 0);
    quoth_store_close(s);
    remove_db(path);
}

static void test_schema_and_fields(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("fields", path, sizeof path));
    if (!s) return;
    char buf[512];
    sql_text(s, "PRAGMA journal_mode", NULL, buf, sizeof buf);
    CHECK_STR(buf, "wal");
    /* the outlet from the URL's host, dates normalized to ISO 8601 */
    sql_text(s, "SELECT outlet FROM documents WHERE doc_id = ?1", "harbor-1", buf, sizeof buf);
    CHECK_STR(buf, "tidewater.example");
    sql_text(s, "SELECT date FROM documents WHERE doc_id = ?1", "harbor-2", buf, sizeof buf);
    CHECK_STR(buf, "2024-03-03");
    sql_text(s, "SELECT text_hash FROM documents WHERE doc_id = ?1", "harbor-1", buf, sizeof buf);
    char want[65];
    quoth_store_sha256_hex("text of harbor-1", 16, want);
    CHECK_STR(buf, want);
    /* every field of a statement, with offsets */
    sql_text(s,
             "SELECT type || '|' || cue || '|' || cue_start || '-' || cue_end || '|' || source || '|' ||"
             " source_start || '-' || source_end || '|' || content_start || '-' || content_end || '|' ||"
             " speaker_role || '|' || speaker_kind || '|' || resolved_by FROM statement_details"
             " WHERE doc_id = ?1 AND seq = 1",
             "harbor-1", buf, sizeof buf);
    CHECK_STR(buf, "direct|added|1000-1005|John Kirby|1100-1110|1200-1229|spokesman|person|name");
    quoth_store_counts c;
    CHECK_INT(quoth_store_count(s, &c), 0);
    CHECK_INT(c.documents, 6);
    CHECK_INT(c.statements, 13);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements_fts"), 13);
    quoth_store_close(s);
    remove_db(path);
}

static void test_reindex_replaces(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("reindex", path, sizeof path));
    if (!s) return;
    quoth_store_counts before, after;
    char d1[65], d2[65];
    CHECK_INT(quoth_store_count(s, &before), 0);
    digest(s, d1);
    for (size_t i = 0; i < N_DOCS; i++) CHECK_INT(add_fx(s, &DOCS[i], 1), 1); /* 1: replaced */
    CHECK_INT(quoth_store_update_speakers(s), 0);
    CHECK_INT(quoth_store_count(s, &after), 0);
    digest(s, d2);
    CHECK_INT(after.documents, before.documents);
    CHECK_INT(after.statements, before.statements);
    CHECK_INT(after.speakers, before.speakers);
    CHECK_INT(after.names, before.names);
    CHECK_STR(d2, d1);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'negotiations'"), 3);

    /* a changed version of a document replaces its statements */
    fx_doc changed = DOCS[5];
    changed.text = "text of sports-2, corrected";
    changed.st[0].content = "that the final was a fair result";
    CHECK_INT(add_fx(s, &changed, 1), 1);
    CHECK_INT(quoth_store_count(s, &after), 0);
    CHECK_INT(after.documents, before.documents);
    CHECK_INT(after.statements, before.statements);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements WHERE content LIKE '%expected the final%'"), 0);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'fair'"), 1);

    /* without an id, a document is its text: the same text twice is one */
    CHECK_INT(add_fx(s, &DOCS[0], 0), 0);
    CHECK_INT(add_fx(s, &DOCS[0], 0), 1);
    CHECK_INT(quoth_store_count(s, &after), 0);
    CHECK_INT(after.documents, before.documents + 1);
    CHECK_INT(after.statements, before.statements + 3);

    /* unchanged: same id and text; metadata given later is kept */
    quoth_doc_meta m = {"harbor-1", NULL, NULL, NULL, NULL, NULL};
    CHECK_INT(quoth_store_unchanged(s, &m, "text of harbor-1", 16), 1);
    CHECK_INT(quoth_store_unchanged(s, &m, "text of harbor-1!", 17), 0);
    quoth_doc_meta m2 = {"harbor-1", NULL, NULL, NULL, "The Tidewater", NULL};
    CHECK_INT(quoth_store_unchanged(s, &m2, "text of harbor-1", 16), 1);
    CHECK_INT(quoth_store_commit(s), 0);
    char buf[128];
    sql_text(s, "SELECT outlet || '|' || date FROM documents WHERE doc_id = ?1", "harbor-1", buf, sizeof buf);
    CHECK_STR(buf, "The Tidewater|2024-01-10");

    /* the writer's answer says when the metadata changed (2): a corrected
     * feed's outlet replaces the stored one; the same again changes nothing */
    char hash[65];
    quoth_store_sha256_hex("text of harbor-1", 16, hash);
    CHECK_INT(quoth_store_unchanged_hash(s, &m2, hash), 1);
    quoth_doc_meta m3 = {"harbor-1", NULL, NULL, NULL, "Tidewater Gazette", NULL};
    CHECK_INT(quoth_store_unchanged_hash(s, &m3, hash), 2);
    CHECK_INT(quoth_store_unchanged_hash(s, &m3, hash), 1);
    /* an outlet that would only come from the URL's host replaces none */
    quoth_doc_meta m4 = {"harbor-1", "https://www.other.example/harbor-1", NULL, NULL, NULL, NULL};
    CHECK_INT(quoth_store_unchanged_hash(s, &m4, hash), 2); /* the url is new */
    CHECK_INT(quoth_store_commit(s), 0);
    sql_text(s, "SELECT outlet || '|' || url FROM documents WHERE doc_id = ?1", "harbor-1", buf, sizeof buf);
    CHECK_STR(buf, "Tidewater Gazette|https://www.other.example/harbor-1");
    quoth_store_close(s);
    remove_db(path);
}

typedef struct hits {
    size_t n;
    char doc[16][32], speaker[16][64], name[16][64], snippet[16][256], type[16][16];
    size_t cue_start[16];
    double score[16];
} hits;

static int collect(void *ctx, const quoth_store_hit *h) {
    hits *x = ctx;
    if (x->n < 16) {
        snprintf(x->doc[x->n], 32, "%s", h->doc_id ? h->doc_id : "");
        snprintf(x->speaker[x->n], 64, "%s", h->speaker ? h->speaker : "");
        snprintf(x->name[x->n], 64, "%s", h->speaker_name ? h->speaker_name : "");
        snprintf(x->snippet[x->n], 256, "%s", h->snippet ? h->snippet : "");
        snprintf(x->type[x->n], 16, "%s", quoth_quote_type_name(h->type));
        x->cue_start[x->n] = h->cue_start;
        x->score[x->n] = h->score;
    }
    x->n++;
    return 0;
}

static size_t search(quoth_store *s, const char *text, const char *speaker, const char *outlet, const char *since,
                     const char *until, int type, size_t limit, hits *h) {
    memset(h, 0, sizeof *h);
    quoth_store_query q = {.text = text,   .speaker = speaker, .outlet = outlet, .since = since,
                           .until = until, .type = type,       .limit = limit};
    size_t n = 0;
    int rc = quoth_store_search(s, &q, collect, h, &n);
    CHECK_INT(rc, 0);
    CHECK_INT(n, h->n);
    return rc ? (size_t)-1 : n;
}

static void test_search(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("search", path, sizeof path));
    if (!s) return;
    hits h;
    /* stemming: "negotiations" finds "negotiate"; BM25 order; marked snippets */
    CHECK_INT(search(s, "negotiations", NULL, NULL, NULL, NULL, -1, 0, &h), 3);
    CHECK(h.score[0] <= h.score[1] && h.score[1] <= h.score[2]);
    CHECK(strstr(h.snippet[0], "[negotiat") != NULL);
    CHECK_INT(search(s, "negotiations harbor", NULL, NULL, NULL, NULL, -1, 0, &h), 1);
    CHECK_STR(h.snippet[0], "that the [negotiations] over the [harbor] would resume");
    CHECK_STR(h.doc[0], "harbor-1");
    CHECK_STR(h.speaker[0], "John Kirby");
    CHECK_INT(h.cue_start[0], 0);
    CHECK_INT(search(s, "\"safe for now\"", NULL, NULL, NULL, NULL, -1, 0, &h), 1);
    CHECK_STR(h.type[0], "mixed");
    CHECK_INT(search(s, "negot*", NULL, NULL, NULL, NULL, -1, 0, &h), 3);
    CHECK_INT(search(s, "piers OR grid", NULL, NULL, NULL, NULL, -1, 0, &h), 2);
    CHECK_INT(search(s, "AND NOT \"", NULL, NULL, NULL, NULL, -1, 0, &h), 0); /* FTS5 keywords are words */

    /* filters with the query */
    CHECK_INT(search(s, "negotiations", "John Kirby", NULL, NULL, NULL, -1, 0, &h), 3);
    CHECK_INT(search(s, "negotiations", "Kirby", NULL, NULL, NULL, QUOTH_DIRECT, 0, &h), 2);
    CHECK_INT(search(s, "negotiations", NULL, "coastal ledger", NULL, NULL, -1, 0, &h), 1);
    CHECK_STR(h.name[0], "Adm. John Kirby");
    CHECK_STR(h.speaker[0], "John Kirby");
    CHECK_INT(search(s, "negotiations", NULL, NULL, "2024-02", NULL, -1, 0, &h), 1);
    CHECK_INT(search(s, "negotiations", NULL, NULL, NULL, "2024-01", -1, 0, &h), 2);
    CHECK_INT(search(s, "negotiations", NULL, NULL, "2024-01-11", "2024-03-02", -1, 0, &h), 0);
    CHECK_INT(search(s, "negotiations", NULL, NULL, NULL, NULL, -1, 1, &h), 1);
    CHECK_INT(search(s, "negotiations", "Mark Milley", NULL, NULL, NULL, -1, 0, &h), 0);
    CHECK_INT(search(s, "negotiations", "Nobody Known", NULL, NULL, NULL, -1, 0, &h), 0);

    /* no query: every statement that passes the filters, newest first */
    CHECK_INT(search(s, NULL, NULL, NULL, NULL, NULL, -1, 0, &h), 13);
    CHECK_STR(h.doc[0], "harbor-2");
    CHECK_STR(h.doc[12], "sports-1");
    CHECK_INT(search(s, NULL, NULL, "TIDEWATER TIMES", "2024", NULL, -1, 0, &h), 2);
    CHECK_INT(search(s, NULL, "Milley", NULL, NULL, NULL, -1, 0, &h), 2);
    CHECK_INT(search(s, NULL, NULL, NULL, NULL, NULL, QUOTH_MIXED, 0, &h), 1);

    /* errors */
    quoth_store_query bad = {.text = "  !! ", .type = -1};
    CHECK_INT(quoth_store_search(s, &bad, collect, &h, NULL), QUOTH_ERR_INVALID);
    quoth_store_query bad_date = {.since = "March", .type = -1};
    CHECK_INT(quoth_store_search(s, &bad_date, collect, &h, NULL), QUOTH_ERR_INVALID);
    CHECK(strstr(quoth_store_message(s), "YYYY") != NULL);
    const double bad_confidence[] = {1.5, -0.1, NAN};
    for (size_t k = 0; k < 3; k++) {
        quoth_store_query q = {.type = -1, .min_confidence = bad_confidence[k]};
        CHECK_INT(quoth_store_search(s, &q, collect, &h, NULL), QUOTH_ERR_INVALID);
        CHECK(strstr(quoth_store_message(s), "from 0 to 1") != NULL);
    }
    quoth_store_close(s);
    remove_db(path);
}

/* --distinct: one hit per speaker and wording, the earliest statement;
 * how many statements, documents and outlets carry it, its first and last
 * dates; the most carried first (the best match first with text); the
 * filters act before the grouping. */
typedef struct carried {
    size_t n;
    char doc[8][32], speaker[8][64], first[8][16], last[8][16], snippet[8][128];
    size_t statements[8], documents[8], outlets[8];
} carried;

static int collect_carried(void *ctx, const quoth_store_hit *h) {
    carried *c = ctx;
    if (c->n < 8) {
        snprintf(c->doc[c->n], 32, "%s", h->doc_id ? h->doc_id : "");
        snprintf(c->speaker[c->n], 64, "%s", h->speaker ? h->speaker : "-");
        snprintf(c->first[c->n], 16, "%s", h->first_date ? h->first_date : "-");
        snprintf(c->last[c->n], 16, "%s", h->last_date ? h->last_date : "-");
        snprintf(c->snippet[c->n], 128, "%s", h->snippet ? h->snippet : "");
        c->statements[c->n] = h->statements;
        c->documents[c->n] = h->documents;
        c->outlets[c->n] = h->outlets;
    }
    c->n++;
    return 0;
}

static void add_carried(quoth_store *s, const char *id, const char *outlet, const char *date, const char *speaker,
                        const char *content, const char *content2) {
    quoth_store_record r[2];
    size_t n = content2 && !*content2 ? 2 : 1; /* "": the statement twice in its document */
    for (size_t i = 0; i < n; i++) {
        memset(&r[i], 0, sizeof r[i]);
        r[i].type = QUOTH_DIRECT;
        r[i].cue = "said", r[i].cue_len = 4;
        r[i].n_contents = content2 && *content2 ? 2 : 1;
        r[i].content[0] = content, r[i].content_len[0] = strlen(content);
        r[i].content[1] = content2, r[i].content_len[1] = content2 ? strlen(content2) : 0;
        r[i].content_start[0] = i * 100, r[i].content_end[0] = i * 100 + strlen(content);
        if (speaker) {
            r[i].source = r[i].speaker_name = r[i].speaker_mention = speaker;
            r[i].source_len = strlen(speaker);
            r[i].kind = QUOTH_KIND_PERSON;
            r[i].resolved_by = QUOTH_RESOLVED_NAME;
        }
        r[i].confidence = 0.95f;
    }
    quoth_doc_meta m = {id, NULL, NULL, date, outlet, NULL};
    char hash[65];
    quoth_store_sha256_hex(id, strlen(id), hash);
    CHECK_INT(quoth_store_add_records(s, &m, hash, strlen(id), r, n), 0);
}

static size_t search_distinct(quoth_store *s, const char *text, const char *outlet, size_t limit, carried *c) {
    memset(c, 0, sizeof *c);
    quoth_store_query q = {.text = text, .outlet = outlet, .type = -1, .limit = limit, .distinct = 1};
    size_t n = 0;
    CHECK_INT(quoth_store_search(s, &q, collect_carried, c, &n), 0);
    CHECK_INT(n, c->n);
    return n;
}

static void test_distinct(void) {
    char path[512];
    quoth_store *s = NULL;
    CHECK_INT(quoth_store_open(db_path("distinct", path, sizeof path), 0, &s), 0);
    if (!s) return;
    /* one quote carried by four documents of three outlets (one of them
     * twice in its document, one split around its cue), in other marks and case */
    add_carried(s, "wire-2", "Harbor Wire", "2024-05-02", "Lena Okoro", "\"We will not leave the island alone,\"", NULL);
    add_carried(s, "times-3", "Valley Times", "2024-05-03", "Lena Okoro", "\"We will NOT leave the island\"",
                "\"alone!\"");
    add_carried(s, "wire-1", "harbor wire", "2024-05-01", "Mayor Lena Okoro",
                "\xE2\x80\x9CWe will not leave the island alone,\xE2\x80\x9D", "");
    add_carried(s, "post-9", "Coast Post", NULL, "Lena Okoro", "\"We will not leave the island alone.\"", NULL);
    /* the same words from someone else, and from no one known */
    add_carried(s, "post-4", "Coast Post", "2024-05-04", "Tom Berg", "\"We will not leave the island alone,\"", NULL);
    add_carried(s, "post-5", "Coast Post", "2024-05-05", NULL, "\"We will not leave the island alone,\"", NULL);
    add_carried(s, "post-6", "Coast Post", "2024-05-06", NULL, "we will not leave the island alone", NULL);
    /* other words */
    add_carried(s, "post-7", "Coast Post", "2024-04-30", "Tom Berg", "\"The bridge is a mistake,\"", NULL);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);

    carried c;
    CHECK_INT(search_distinct(s, NULL, NULL, 0, &c), 4);
    /* the most carried first; its hit the earliest dated document */
    CHECK_STR(c.speaker[0], "Lena Okoro");
    CHECK_STR(c.doc[0], "wire-1");
    CHECK_INT(c.statements[0], 5);
    CHECK_INT(c.documents[0], 4);
    CHECK_INT(c.outlets[0], 3);
    CHECK_STR(c.first[0], "2024-05-01");
    CHECK_STR(c.last[0], "2024-05-03");
    /* no known speaker: the same words are one statement too */
    CHECK_STR(c.speaker[1], "-");
    CHECK_INT(c.documents[1], 2);
    CHECK_STR(c.doc[1], "post-5");
    CHECK_STR(c.last[1], "2024-05-06");
    /* carried once each: the more recent first */
    CHECK_STR(c.doc[2], "post-4");
    CHECK_STR(c.doc[3], "post-7");
    CHECK_INT(c.documents[3], 1);
    CHECK_INT(c.outlets[3], 1);

    /* the filters act first: in Coast Post alone, Okoro's quote is undated */
    CHECK_INT(search_distinct(s, NULL, "coast post", 0, &c), 4);
    CHECK_STR(c.doc[0], "post-5");
    CHECK_INT(search_distinct(s, "island", "coast post", 0, &c), 3);
    size_t okoro = 0;
    while (okoro < 3 && strcmp(c.speaker[okoro], "Lena Okoro") != 0) okoro++;
    CHECK(okoro < 3);
    if (okoro < 3) {
        CHECK_STR(c.doc[okoro], "post-9");
        CHECK_INT(c.documents[okoro], 1);
        CHECK_STR(c.first[okoro], "-");
    }
    /* without text, a statement split around its cue shows both pieces */
    CHECK_INT(search_distinct(s, NULL, "valley times", 0, &c), 1);
    CHECK_STR(c.snippet[0], "\"We will NOT leave the island\" \xE2\x80\xA6 \"alone!\"");
    {
        quoth_store_query q = {.outlet = "valley times", .type = -1};
        carried all = {0};
        size_t n = 0;
        CHECK_INT(quoth_store_search(s, &q, collect_carried, &all, &n), 0);
        CHECK_INT(n, 1);
        CHECK_STR(all.snippet[0], "\"We will NOT leave the island\" \xE2\x80\xA6 \"alone!\"");
    }
    /* with text: snippets marked, and --limit counts groups */
    CHECK_INT(search_distinct(s, "bridge", NULL, 0, &c), 1);
    CHECK_STR(c.snippet[0], "\"The [bridge] is a mistake,\"");
    CHECK_INT(search_distinct(s, "island", NULL, 2, &c), 2);
    CHECK_INT(search_distinct(s, NULL, NULL, 1, &c), 1);
    CHECK_STR(c.doc[0], "wire-1");

    /* without --distinct a hit carries no counts */
    memset(&c, 0, sizeof c);
    quoth_store_query plain = {.type = -1};
    CHECK_INT(quoth_store_search(s, &plain, collect_carried, &c, NULL), 0);
    CHECK_INT(c.n, 9);
    CHECK_INT(c.documents[0], 0);
    CHECK_STR(c.first[0], "-");
    quoth_store_close(s);
    remove_db(path);
}

static size_t search_sure(quoth_store *s, const char *text, double min_confidence, hits *h) {
    memset(h, 0, sizeof *h);
    quoth_store_query q = {.text = text, .type = -1, .min_confidence = min_confidence};
    size_t n = 0;
    CHECK_INT(quoth_store_search(s, &q, collect, h, &n), 0);
    return n;
}

/* --min-confidence: a bound written as quoth prints confidences keeps the
 * statements printed with it (0.95 is stored as the float 0.949999988). */
static void test_confidence_filter(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("confidence", path, sizeof path));
    if (!s) return;
    hits h;
    CHECK_INT(search_sure(s, NULL, 0.95, &h), 3);
    CHECK_INT(search_sure(s, NULL, 0.86, &h), 4);
    CHECK_INT(search_sure(s, NULL, 0.87, &h), 3);
    CHECK_INT(search_sure(s, NULL, 0.69, &h), 9);
    CHECK_INT(search_sure(s, NULL, 0.47, &h), 9);
    CHECK_INT(search_sure(s, NULL, 0.46, &h), 13);
    CHECK_INT(search_sure(s, NULL, 1, &h), 0);
    CHECK_INT(search_sure(s, "negotiations", 0.9, &h), 2);
    CHECK_STR(h.type[0], "direct");
    CHECK_STR(h.type[1], "direct");
    quoth_store_close(s);
    remove_db(path);
}

/* ------------------------------------------------------------ genders */

/* One statement of `speaker` (NULL: none) with the gender its document gave. */
static quoth_store_record gendered(const char *speaker, quoth_speaker_kind kind, quoth_gender gender,
                                   const char *content) {
    quoth_store_record r;
    memset(&r, 0, sizeof r);
    r.type = QUOTH_INDIRECT;
    r.n_contents = 1;
    r.content[0] = content;
    r.content_len[0] = strlen(content);
    r.content_end[0] = strlen(content);
    r.speaker_name = speaker;
    r.kind = kind;
    r.gender = gender;
    return r;
}

static int add_gendered(quoth_store *s, const char *id, const quoth_store_record *r, size_t n) {
    quoth_doc_meta m = {id, NULL, NULL, NULL, NULL, NULL};
    char hash[65];
    quoth_store_sha256_hex(id, strlen(id), hash);
    return quoth_store_add_records(s, &m, hash, 10, r, n);
}

typedef struct gender_table {
    char rows[8][64];
    size_t n;
} gender_table;

static int keep_gender(void *ctx, const quoth_store_gender_row *row) {
    gender_table *t = ctx;
    if (t->n < 8)
        snprintf(t->rows[t->n++], 64, "%s %lld %lld", row->gender, (long long)row->speakers,
                 (long long)row->statements);
    return 0;
}

static void check_genders(quoth_store *s, const char *outlet, const char *month, const char *want) {
    gender_table t = {.n = 0};
    CHECK_INT(quoth_store_genders(s, outlet, month, keep_gender, &t), 0);
    char got[512] = "";
    for (size_t i = 0; i < t.n; i++) {
        strcat(got, t.rows[i]);
        strcat(got, i + 1 < t.n ? "|" : "");
    }
    CHECK_STR(got, want);
}

typedef struct month_list {
    char all[256];
} month_list;

static int keep_month(void *ctx, const char *month) {
    month_list *m = ctx;
    size_t n = strlen(m->all);
    snprintf(m->all + n, sizeof m->all - n, "%s%s", n ? " " : "", month);
    return 0;
}

/* A speaker's gender is what most documents say, a tie none; every
 * statement counts under its speaker's gender, not its document's. */
static void test_genders(void) {
    char path[512];
    quoth_store *s = NULL;
    CHECK_INT(quoth_store_open(db_path("gender", path, sizeof path), 0, &s), 0);
    if (!s) return;
    quoth_store_record a[] = {gendered("Jane Roe", P, QUOTH_GENDER_FEMALE, "that the port reopens"),
                              gendered("Jane Roe", P, QUOTH_GENDER_UNKNOWN, "that the fees rise"),
                              gendered("Sam Lee", P, QUOTH_GENDER_FEMALE, "that the ferry is late"),
                              gendered("Acme Shipping", O, QUOTH_GENDER_UNKNOWN, "that the fleet grows"),
                              gendered(NULL, QUOTH_KIND_UNKNOWN, QUOTH_GENDER_UNKNOWN, "that nothing changes")};
    quoth_store_record b[] = {gendered("Jane Roe", P, QUOTH_GENDER_MALE, "that the harbor floods"),
                              gendered("Jane Roe", P, QUOTH_GENDER_FEMALE, "that the wall helps"),
                              gendered("Sam Lee", P, QUOTH_GENDER_MALE, "that the ferry is fine"),
                              gendered("Pat Doe", P, QUOTH_GENDER_UNKNOWN, "that the pier is closed")};
    CHECK_INT(add_gendered(s, "a", a, 5), 0);
    CHECK_INT(add_gendered(s, "b", b, 4), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    check_genders(s, NULL, NULL, "female 1 4|male 0 0|unknown 2 3|organization 1 1|none 0 1");
    char buf[256];
    check_genders(s, "no such outlet", NULL, "female 0 0|male 0 0|unknown 0 0|organization 0 0|none 0 0");
    /* neither document has a date */
    check_genders(s, NULL, "undated", "female 1 4|male 0 0|unknown 2 3|organization 1 1|none 0 1");
    check_genders(s, NULL, "2024-01", "female 0 0|male 0 0|unknown 0 0|organization 0 0|none 0 0");
    sql_text(s, "SELECT group_concat(name || '=' || coalesce(gender, '-'), ',') FROM"
                " (SELECT name, gender FROM speakers ORDER BY name)", NULL, buf, sizeof buf);
    CHECK_STR(buf, "Acme Shipping=-,Jane Roe=female,Pat Doe=-,Sam Lee=-");
    /* each statement keeps what its document said */
    sql_text(s, "SELECT group_concat(coalesce(gender_in_document, '-'), ',') FROM statement_details"
                " WHERE speaker = 'Jane Roe' ORDER BY statement_id", NULL, buf, sizeof buf);
    CHECK_STR(buf, "female,-,male,female");
    /* search: the speaker's gender, else the document's */
    hits h;
    quoth_store_query q = {.type = -1, .gender = "female"};
    memset(&h, 0, sizeof h);
    CHECK_INT(quoth_store_search(s, &q, collect, &h, NULL), 0);
    CHECK_INT(h.n, 5);
    q.gender = "male";
    memset(&h, 0, sizeof h);
    CHECK_INT(quoth_store_search(s, &q, collect, &h, NULL), 0);
    CHECK_INT(h.n, 1);
    CHECK_STR(h.name[0], "Sam Lee");
    q.gender = "other";
    CHECK_INT(quoth_store_search(s, &q, collect, &h, NULL), QUOTH_ERR_INVALID);
    /* a "Clinton" that its document called she goes to the one woman of
     * that surname; "Obama", he in one document and nothing in the other
     * (one name, so one unit: a man), to the one man */
    quoth_store_record c[] = {gendered("Bill Clinton", P, QUOTH_GENDER_MALE, "that the economy grew"),
                              gendered("Hillary Clinton", P, QUOTH_GENDER_FEMALE, "that the bill passed")};
    quoth_store_record d[] = {gendered("Clinton", P, QUOTH_GENDER_FEMALE, "that the plan works")};
    quoth_store_record e[] = {gendered("Obama", P, QUOTH_GENDER_MALE, "that the law stands"),
                              gendered("Barack Obama", P, QUOTH_GENDER_MALE, "that the law helps"),
                              gendered("Michelle Obama", P, QUOTH_GENDER_FEMALE, "that schools matter")};
    quoth_store_record f[] = {gendered("Obama", P, QUOTH_GENDER_UNKNOWN, "that it is late")};
    CHECK_INT(add_gendered(s, "c", c, 2), 0);
    CHECK_INT(add_gendered(s, "d", d, 1), 0);
    CHECK_INT(add_gendered(s, "e", e, 3), 0);
    CHECK_INT(add_gendered(s, "f", f, 1), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    sql_text(s, "SELECT group_concat(name || '=' || statements, ',') FROM"
                " (SELECT name, statements FROM speakers WHERE name LIKE '%Clinton' OR name LIKE '%Obama'"
                " ORDER BY name)", NULL, buf, sizeof buf);
    CHECK_STR(buf, "Barack Obama=3,Bill Clinton=1,Hillary Clinton=2,Michelle Obama=1");
    /* two lone "Baker"s whose roles agree but whose documents say she and he */
    quoth_store_record g[] = {gendered("Baker", P, QUOTH_GENDER_FEMALE, "that the vote is close")};
    quoth_store_record k[] = {gendered("Baker", P, QUOTH_GENDER_MALE, "that the vote is lost")};
    g[0].speaker_role = "senator";
    k[0].speaker_role = "state senator";
    CHECK_INT(add_gendered(s, "g", g, 1), 0);
    CHECK_INT(add_gendered(s, "k", k, 1), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    sql_text(s,
             "SELECT group_concat(gender, ',') FROM"
             " (SELECT gender FROM speakers WHERE name = 'Baker' ORDER BY gender)",
             NULL, buf, sizeof buf);
    CHECK_STR(buf, "female,male");
    /* an organization has no gender, whatever a document said */
    quoth_store_record m[] = {gendered("Acme Shipping", O, QUOTH_GENDER_MALE, "that the fleet shrinks")};
    CHECK_INT(add_gendered(s, "m", m, 1), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    sql_text(s, "SELECT coalesce(gender, '-') || statements FROM speakers WHERE name = 'Acme Shipping'", NULL, buf,
             sizeof buf);
    CHECK_STR(buf, "-2");
    quoth_store_close(s);
    remove_db(path);
}

/* A store of schema version 1 (before genders) is upgraded when opened
 * for writing, and refused read-only with a message that says how. */
static void test_upgrade_from_version_1(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("v1", path, sizeof path));
    if (!s) return;
    quoth_store_close(s);
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db,
                           "DROP VIEW statement_details;"
                           "ALTER TABLE statements DROP COLUMN speaker_gender;"
                           "ALTER TABLE speakers DROP COLUMN gender;"
                           "CREATE VIEW statement_details AS SELECT id AS statement_id FROM statements;"
                           "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN"
                           "  INSERT INTO statements_fts (rowid, content, content2)"
                           "  VALUES (new.id, new.content, new.content2);"
                           "END;"
                           "UPDATE meta SET value = '1' WHERE key = 'schema_version';",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_READONLY, &s), QUOTH_ERR_STORE);
    CHECK(strstr(quoth_store_message(s), "schema version 1; open it once for writing") != NULL);
    quoth_store_close(s);
    int rc = quoth_store_open(path, QUOTH_STORE_EXISTING, &s);
    CHECK_INT(rc, 0);
    if (rc) fprintf(stderr, "%s\n", quoth_store_message(s));
    if (!s) return;
    CHECK_INT(sql_int(s, "SELECT value FROM meta WHERE key = 'schema_version'"), 3);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'statements_fts_insert'"), 0);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statement_details WHERE gender_in_document IS NULL"), 13);
    check_genders(s, NULL, NULL, "female 0 0|male 0 0|unknown 6 12|organization 1 1|none 0 0");
    check_genders(s, NULL, "2024-02", "female 0 0|male 0 0|unknown 2 4|organization 0 0|none 0 0");
    month_list m = {""};
    CHECK_INT(quoth_store_months(s, NULL, keep_month, &m), 0);
    CHECK_STR(m.all, "2023-11 2024-01 2024-02 2024-03");
    m.all[0] = 0;
    CHECK_INT(quoth_store_months(s, "tidewater times", keep_month, &m), 0);
    CHECK_STR(m.all, "2023-11 2024-02");
    quoth_store_close(s);
    remove_db(path);
}

/* The full-text index against the statements it indexes: 1 when every
 * row is there once, with its words (FTS5's integrity-check of an
 * external-content table reads the content table). */
static int fts_sound(quoth_store *s) {
    return sqlite3_exec(s->db, "INSERT INTO statements_fts (statements_fts) VALUES ('integrity-check')", NULL, NULL,
                        NULL) == SQLITE_OK;
}

static size_t hits_for(quoth_store *s, const char *text) {
    hits h;
    memset(&h, 0, sizeof h);
    quoth_store_query q = {.text = text, .type = -1};
    size_t n = 0;
    CHECK_INT(quoth_store_search(s, &q, collect, &h, &n), 0);
    return n;
}

/* A store of version 2, whose trigger wrote the full-text rows, is read as
 * it is, and upgraded when opened for writing: the trigger goes, quoth
 * writes the rows, and none is indexed twice. Replacing a document (the
 * delete trigger) keeps the index sound too. */
static void test_upgrade_from_version_2(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("v2", path, sizeof path));
    if (!s) return;
    CHECK(fts_sound(s));
    quoth_store_close(s);
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db,
                           "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN"
                           "  INSERT INTO statements_fts (rowid, content, content2)"
                           "  VALUES (new.id, new.content, new.content2);"
                           "END;"
                           "UPDATE meta SET value = '2' WHERE key = 'schema_version';",
                           NULL, NULL, NULL),
              SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_READONLY, &s), 0);
    CHECK_INT(hits_for(s, "harbor"), 1);
    CHECK_INT(sql_int(s, "SELECT value FROM meta WHERE key = 'schema_version'"), 2);
    quoth_store_close(s);
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_EXISTING, &s), 0);
    if (!s) return;
    CHECK_INT(sql_int(s, "SELECT value FROM meta WHERE key = 'schema_version'"), 3);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'statements_fts_insert'"), 0);
    fx_doc more = DOCS[0];
    more.id = "harbor-3";
    more.text = "text of harbor-3";
    CHECK_INT(add_fx(s, &more, 1), 0);
    CHECK_INT(add_fx(s, &DOCS[1], 1), 1); /* replaced: its old rows leave the index */
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(hits_for(s, "harbor"), 2);
    CHECK_INT(hits_for(s, "corridor"), 1);
    CHECK(fts_sound(s));
    quoth_store_close(s);
    remove_db(path);
}

/* A document that fails halfway (a trigger of the test's refuses its
 * second statement) takes the batch with it, as a crash would: the store
 * keeps what was committed, none of the failed document, a sound index,
 * and takes the next document as usual. */
static void test_failed_document_rolls_back_its_batch(void) {
    char path[512];
    quoth_store *s = NULL;
    CHECK_INT(quoth_store_open(db_path("fail", path, sizeof path), 0, &s), 0);
    if (!s) return;
    CHECK_INT(add_fx(s, &DOCS[0], 1), 0); /* 3 statements, committed */
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(add_fx(s, &DOCS[2], 1), 0); /* 2 statements, in the open batch */
    CHECK_INT(sqlite3_exec(s->db,
                           "CREATE TRIGGER refuse BEFORE INSERT ON statements"
                           " WHEN new.content LIKE '%grid%' BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                           NULL, NULL, NULL),
              SQLITE_OK);
    CHECK_INT(add_fx(s, &DOCS[3], 1), QUOTH_ERR_STORE); /* its second statement is refused */
    CHECK(strstr(quoth_store_message(s), "refused") != NULL);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM documents"), 1);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements"), 3);
    CHECK(fts_sound(s));
    CHECK_INT(hits_for(s, "winter"), 0);
    CHECK_INT(add_fx(s, &DOCS[2], 1), 0);
    CHECK_INT(quoth_store_commit(s), 0);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements"), 5);
    CHECK_INT(hits_for(s, "winter"), 1);
    CHECK(fts_sound(s));
    quoth_store_close(s);
    remove_db(path);
}

static void test_speakers(void) {
    char path[512], a[128], b[128];
    quoth_store *s = open_filled(db_path("speakers", path, sizeof path));
    if (!s) return;
    /* one person under every name */
    speaker_of(s, "John Kirby", "spokesman", a, sizeof a);
    CHECK(strncmp(a, "John Kirby#", 11) == 0);
    CHECK_STR(speaker_of(s, "Adm. John Kirby", NULL, b, sizeof b), a);
    CHECK_STR(speaker_of(s, "Kirby", "spokesman", b, sizeof b), a);
    speaker_of(s, "Mark Milley", "chairman of the Joint Chiefs of Staff", a, sizeof a);
    CHECK(strncmp(a, "Mark Milley#", 12) == 0);
    CHECK_STR(speaker_of(s, "Mark Milli", NULL, b, sizeof b), a);
    speaker_of(s, "Volodymyr Zelensky", "President", a, sizeof a);
    CHECK_STR(speaker_of(s, "Volodymyr Zelenskyy", NULL, b, sizeof b), a);
    /* different first names, different roles: two people */
    speaker_of(s, "Tom Baker", "coach", a, sizeof a);
    speaker_of(s, "Anna Baker", "senator", b, sizeof b);
    CHECK(strncmp(a, "Tom Baker#", 10) == 0);
    CHECK(strncmp(b, "Anna Baker#", 11) == 0);
    /* "Baker" the senator is Anna; "Baker" alone could be either: neither */
    char c[128];
    CHECK_STR(speaker_of(s, "Baker", "senator", c, sizeof c), b);
    speaker_of(s, "Baker", NULL, c, sizeof c);
    CHECK(strcmp(c, a) != 0 && strcmp(c, b) != 0);
    /* counts and evidence */
    CHECK_INT(sql_int(s, "SELECT statements FROM speakers WHERE name = 'John Kirby'"), 4);
    CHECK_INT(sql_int(s, "SELECT documents FROM speakers WHERE name = 'John Kirby'"), 2);
    CHECK_INT(sql_int(s, "SELECT names FROM speakers WHERE name = 'John Kirby'"), 3);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM speakers"), 7);
    char buf[64];
    sql_text(s, "SELECT first_date || '..' || last_date FROM speakers WHERE name = ?1", "John Kirby", buf, sizeof buf);
    CHECK_STR(buf, "2024-01-10..2024-03-03");
    sql_text(s, "SELECT kind FROM speakers WHERE name = ?1", "Tidewater Port Authority", buf, sizeof buf);
    CHECK_STR(buf, "organization");
    quoth_store_close(s);
    remove_db(path);
}

/* Names made comparable: titles, roles, suffixes, possessives and
 * punctuation go, particles and hyphenated names stay, case and diacritics
 * only leave the key. */
static void test_name_keys(void) {
    static const char *const cases[][4] = {
        /* name, organization?, key, display */
        {"Martin Luther King Jr.", "", "martin luther king", "Martin Luther King"},
        {"John Smith III", "", "john smith", "John Smith"},
        {"Ursula von der Leyen", "", "ursula von der leyen", "Ursula von der Leyen"},
        {"Jean-Luc M\xC3\xA9lenchon", "", "jean-luc melenchon", "Jean-Luc M\xC3\xA9lenchon"},
        {"O\xE2\x80\x99" "Brien", "", "obrien", "O\xE2\x80\x99" "Brien"},
        {"\xE2\x80\x98Mad Dog\xE2\x80\x99 Mattis", "", "mad dog mattis", "Mad Dog Mattis"},
        {"Kirby\xE2\x80\x99s", "", "kirby", "Kirby"},
        {"NSC spokesman John Kirby", "", "john kirby", "John Kirby"},
        {"Sen. Elizabeth Warren (D-Mass.)", "", "elizabeth warren", "Elizabeth Warren"},
        {"  JOHN   KIRBY ", "", "john kirby", "JOHN KIRBY"},
        {"The Post's", "org", "post", "Post"},
        {"the New York Times\xE2\x80\x99", "org", "new york times", "New York Times"},
        /* a person's office, as quoth names it now and as it did before */
        {"Ryan's office", "org", "ryan office", "Ryan's office"},
        {"Ryan\xE2\x80\x99s office", "org", "ryan office", "Ryan\xE2\x80\x99s office"},
        {"Ryan office", "org", "ryan office", "Ryan office"},
    };
    int wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int organization = cases[i][1][0] != '\0';
        char *key = quoth_name_key(cases[i][0], organization), *shown = quoth_name_display(cases[i][0], organization);
        if (!key || !shown || strcmp(key, cases[i][2]) != 0 || strcmp(shown, cases[i][3]) != 0) {
            printf("  %s: key [%s] display [%s]\n", cases[i][0], key ? key : "(null)", shown ? shown : "(null)");
            wrong++;
        }
        free(key);
        free(shown);
    }
    CHECK_INT(wrong, 0);
}

/* The words of a statement, as the store knows it again elsewhere: case,
 * diacritics, punctuation and the kind of quotation marks do not count,
 * apostrophes join, compatibility forms fold ("ﬁ" is "fi"); and the hash
 * made without the string is the FNV-1a hash of its bytes. */
static void test_words_keys(void) {
    static const char *const cases[][2] = {
        {"\xE2\x80\x9CWe won\xE2\x80\x99t leave,\xE2\x80\x9D", "we wont leave"},
        {"\"We WON'T leave!\"", "we wont leave"},
        {"  that the   deal -- is off. ", "that the deal is off"},
        {"Le d\xC3\xA9" "fi du si\xC3\xA8" "cle", "le defi du siecle"},
        {"\xEF\xAC\x81nal offer: 48\xC2\xA0million", "final offer 48 million"},
        {"STRA\xC3\x9F" "E", "strasse"},
        {"\xE5\x92\x8C\xE5\xB9\xB3", "\xE5\x92\x8C\xE5\xB9\xB3"},
        {"...!", ""},
        {"", ""},
    };
    int wrong = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *key = quoth_words_key(cases[i][0]);
        uint64_t want = 0xcbf29ce484222325u;
        for (const unsigned char *p = (const unsigned char *)(key ? key : ""); *p; p++)
            want = (want ^ *p) * 0x100000001b3u;
        if (!key || strcmp(key, cases[i][1]) != 0 || quoth_words_hash(cases[i][0]) != want) {
            printf("  [%s]: key [%s]\n", cases[i][0], key ? key : "(null)");
            wrong++;
        }
        free(key);
    }
    CHECK_INT(wrong, 0);
    CHECK(quoth_words_hash("we wont leave") != quoth_words_hash("we wont leaves"));
}

/* The key the slow way: the whole text through utf8proc_map() (NFKD, case
 * folded, marks stripped), then its letters and digits, apostrophes
 * joining, anything else one break. */
static char *words_key_slowly(const char *text) {
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)text, (utf8proc_ssize_t)strlen(text), &m,
                                        UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                            UTF8PROC_STRIPMARK);
    char *out = calloc(1, len > 0 ? (size_t)len * 2 + 1 : 1);
    size_t o = 0;
    int gap = 0;
    for (utf8proc_ssize_t i = 0; out && i < len;) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t k = utf8proc_iterate(m + i, len - i, &cp);
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
            cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_ND) {
            if (gap && o) out[o++] = ' ';
            memcpy(out + o, m + i, (size_t)k);
            o += (size_t)k;
            gap = 0;
        } else if (cp != '\'' && cp != 0x2019) {
            gap = 1;
        }
        i += k;
    }
    free(m);
    return out;
}

/* The fast key (ASCII directly, other code points one at a time) is the
 * slow one on 20,000 random texts of the characters that fold in odd
 * ways: ligatures, sharp s, final sigma, dotted I, full-width and
 * superscript digits, combining marks, no-break spaces, curly quotes. */
static void test_words_keys_agree(void) {
    static const char *const PIECES[] = {
        "a", "Z", "7", " ", "'", "-", ".", "\"", "\xE2\x80\x99", "\xE2\x80\x9C", "\xC2\xA0", "\xC3\xA9",
        "\xC3\x89", "\xC3\x9F", "\xEF\xAC\x81", "\xCE\xA3", "\xCF\x82", "\xC4\xB0", "\xEF\xBC\x91",
        "\xC2\xB2", "\xCC\x81", "\xE5\x92\x8C", "\xD0\x96", "\xE2\x84\xA2", "\xC7\x85", "\xF0\x9F\x98\x80"};
    const size_t n_pieces = sizeof PIECES / sizeof *PIECES;
    uint64_t state = 20261202;
    int wrong = 0;
    for (int t = 0; t < 20000 && wrong < 5; t++) {
        char text[256] = "";
        size_t len = 0;
        for (int k = 0; k < 1 + t % 24; k++) {
            state = state * 6364136223846793005u + 1442695040888963407u;
            const char *piece = PIECES[(state >> 33) % n_pieces];
            size_t n = strlen(piece);
            if (len + n < sizeof text) memcpy(text + len, piece, n + 1), len += n;
        }
        char *fast = quoth_words_key(text), *slow = words_key_slowly(text);
        if (!fast || !slow || strcmp(fast, slow) != 0) {
            printf("  [%s]: fast [%s] slow [%s]\n", text, fast ? fast : "(null)", slow ? slow : "(null)");
            wrong++;
        }
        free(fast);
        free(slow);
    }
    CHECK_INT(wrong, 0);
}

/* The test's own optimal-string-alignment distance, the whole table. */
static int osa_slowly(const char *a, const char *b) {
    size_t n = strlen(a), m = strlen(b);
    int d[16][16];
    for (size_t i = 0; i <= n; i++)
        for (size_t j = 0; j <= m; j++) {
            if (!i || !j) {
                d[i][j] = (int)(i + j);
                continue;
            }
            int v = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[n][m];
}

/* The near-miss surnames' distance ("Milley" and "Milly" one edit apart,
 * not two) against the whole table, on every pair of a few thousand short
 * strings of three letters, with its bound and its early exit; names too
 * long for its table only match when equal. */
static void test_name_distance(void) {
    CHECK_INT(quoth_name_distance("zelenski", "zelenksi", 1), 1); /* a swap is one edit */
    CHECK_INT(quoth_name_distance("kowalczyk", "kowalcyk", 1), 1);
    CHECK_INT(quoth_name_distance("kowalczyk", "kovalcik", 1), 2); /* over the bound: max + 1 */
    CHECK_INT(quoth_name_distance("", "abc", 5), 3);
    CHECK_INT(quoth_name_distance("c", "", 1), 1); /* the early exit once forgot the first column */
    char longer[80];
    memset(longer, 'a', 70);
    longer[70] = '\0';
    CHECK_INT(quoth_name_distance(longer, longer, 1), 0);
    char other[80];
    memcpy(other, longer, sizeof longer);
    other[3] = 'b';
    CHECK_INT(quoth_name_distance(longer, other, 1), 2);
    uint64_t r = 20261201;
    int wrong = 0;
    for (int k = 0; k < 4000; k++) {
        char words[2][8];
        for (int w = 0; w < 2; w++) {
            r = r * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t n = (size_t)(r >> 60) % 7;
            for (size_t i = 0; i < n; i++) words[w][i] = "abc"[(r >> (3 * i + 20)) % 3];
            words[w][n] = '\0';
        }
        const char *a = words[0], *b = words[1];
        int full = osa_slowly(a, b);
        for (int max = 0; max <= 3; max++) wrong += quoth_name_distance(a, b, max) != (full > max ? max + 1 : full);
    }
    CHECK_INT(wrong, 0);
}

/* Which speakers a name designates: the name as an article wrote it, with
 * the words of a role before it, is the speaker when those words fit a
 * role documents gave them, and no one else's. */
static void test_find_speakers(void) {
    char path[512];
    quoth_store *s = open_filled(db_path("find", path, sizeof path));
    if (!s) return;
    static const struct {
        const char *name;
        size_t found;
    } CASES[] = {
        {"John Kirby", 1},
        {"Navy Spokesman John Kirby", 1}, /* "Spokesman John Kirby" is tried first: Navy fits no role */
        {"Port Spokesman John Kirby", 1},
        {"Anna Tom Baker", 0},            /* "Anna" is no role of Tom Baker's */
        {"Senate Senator Anna Baker", 1}, /* "Senate Senator" shares "senator" */
        {"Maria Baker", 0},               /* a surname alone is never what is left */
        {"Baker", 3},                     /* every Baker, as documented */
        {"Nobody Atall", 0},
        {"", 0},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        char *ids = NULL;
        size_t n = 99;
        CHECK_INT(quoth_store_find_speakers(s, CASES[i].name, &ids, &n), 0);
        if (n != CASES[i].found) fprintf(stderr, "  %s: %zu speakers (%s)\n", CASES[i].name, n, ids ? ids : "");
        CHECK_INT(n, CASES[i].found);
        CHECK(ids && ids[0] == '[' && ids[strlen(ids) - 1] == ']');
        free(ids);
    }
    hits h;
    CHECK_INT(search(s, NULL, "Navy Spokesman John Kirby", NULL, NULL, NULL, -1, 0, &h), 4);
    /* a reversed range is refused, not answered with nothing */
    quoth_store_query q = {.since = "2025-01", .until = "2024-01", .type = -1};
    size_t n = 0;
    CHECK_INT(quoth_store_search(s, &q, collect, &h, &n), QUOTH_ERR_INVALID);
    CHECK(strstr(quoth_store_message(s), "after the until date") != NULL);
    quoth_store_close(s);
    remove_db(path);
}

/* Surnames as German writes them with and without umlauts are one person
 * (rule 3), whatever their length; "Michael" and "Michal", or "Miller" and
 * "Muller", written without umlauts, stay two. */
static void test_german_spellings(void) {
    static const fx_doc DE[] = {
        {"de-1", NULL, "Kestrel", "2024-04-04", NULL, "text of de-1",
         {{"Zo\u00eb M\u00fcller", "epidemiologist", P, QUOTH_INDIRECT, "said", "that the heat kills"},
          {"Anna B\u00f6hm", NULL, P, QUOTH_INDIRECT, "said", "that the river rose"}}},
        {"de-2", NULL, "Ledger", "2024-05-04", NULL, "text of de-2",
         {{"Zoe Mueller", "epidemiologist", P, QUOTH_INDIRECT, "said", "that admissions rose"},
          {"Anna Boehm", NULL, P, QUOTH_INDIRECT, "said", "that the dam held"},
          {"Michael Brandt", NULL, P, QUOTH_INDIRECT, "said", "that the bridge is safe"}}},
        {"de-3", NULL, "Star", "2024-06-04", NULL, "text of de-3",
         {{"Zoe Muller", NULL, P, QUOTH_INDIRECT, "said", "that the summer was hot"},
          {"Michal Brandt", NULL, P, QUOTH_INDIRECT, "said", "that the bridge is old"},
          {"John Miller", NULL, P, QUOTH_INDIRECT, "said", "that the mill closed"},
          {"John Muller", NULL, P, QUOTH_INDIRECT, "said", "that the mill reopened"}}},
    };
    char path[512], a[128], b[128];
    quoth_store *s = NULL;
    CHECK_INT(quoth_store_open(db_path("german", path, sizeof path), 0, &s), 0);
    if (!s) return;
    for (size_t i = 0; i < sizeof DE / sizeof *DE; i++) CHECK_INT(add_fx(s, &DE[i], 1), 0);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    speaker_of(s, "Zo\u00eb M\u00fcller", "epidemiologist", a, sizeof a);
    CHECK(strncmp(a, "Zo", 2) == 0);
    CHECK_STR(speaker_of(s, "Zoe Mueller", "epidemiologist", b, sizeof b), a);
    CHECK_STR(speaker_of(s, "Zoe Muller", NULL, b, sizeof b), a);
    speaker_of(s, "Anna B\u00f6hm", NULL, a, sizeof a);
    CHECK_STR(speaker_of(s, "Anna Boehm", NULL, b, sizeof b), a);
    speaker_of(s, "Michael Brandt", NULL, a, sizeof a);
    CHECK(strcmp(speaker_of(s, "Michal Brandt", NULL, b, sizeof b), a) != 0);
    speaker_of(s, "John Miller", NULL, a, sizeof a);
    CHECK(strcmp(speaker_of(s, "John Muller", NULL, b, sizeof b), a) != 0);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM speakers"), 6);
    char *key = quoth_name_key_german("Zo\u00eb M\u00fcller");
    CHECK_STR(key ? key : "(null)", "zoe mueller");
    free(key);
    key = quoth_name_key_german("Michael Brandt"); /* no umlaut: no second key */
    CHECK_STR(key ? key : "(null)", "");
    free(key);
    key = quoth_name_key_german("J\u00fcrgen Stra\u00dfe"); /* ß as ss; ü decomposed too */
    CHECK_STR(key ? key : "(null)", "juergen strasse");
    free(key);
    key = quoth_name_key_german("Jo\u0308rg Mu\u0308ller");
    CHECK_STR(key ? key : "(null)", "joerg mueller");
    free(key);
    quoth_store_close(s);
    remove_db(path);
}

static void test_corrections_survive(void) {
    char path[512], a[128], b[128];
    quoth_store *s = open_filled(db_path("corrections", path, sizeof path));
    if (!s) return;
    int64_t speakers = sql_int(s, "SELECT count(*) FROM speakers");
    /* split: the transliteration is someone else after all */
    CHECK_INT(quoth_store_correct(s, "split", "Mark Milli", NULL), 0);
    speaker_of(s, "Mark Milley", "chairman of the Joint Chiefs of Staff", a, sizeof a);
    speaker_of(s, "Mark Milli", NULL, b, sizeof b);
    CHECK(strcmp(a, b) != 0);
    /* merge: the two Bakers are one (shown as the first name given) */
    CHECK_INT(quoth_store_correct(s, "merge", "Anna Baker", "Tom Baker"), 0);
    speaker_of(s, "Tom Baker", "coach", a, sizeof a);
    CHECK_STR(speaker_of(s, "Anna Baker", "senator", b, sizeof b), a);
    CHECK(strncmp(a, "Anna Baker#", 11) == 0);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM speakers"), speakers); /* +1 split, -1 merge */
    CHECK_INT(quoth_store_correct(s, "merge", "Anna Baker", NULL), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_store_correct(s, "join", "Anna Baker", "Tom Baker"), QUOTH_ERR_INVALID);
    quoth_store_close(s);

    /* re-indexing everything keeps both corrections */
    CHECK_INT(quoth_store_open(path, 0, &s), 0);
    for (size_t i = 0; i < N_DOCS; i++) CHECK_INT(add_fx(s, &DOCS[i], 1), 1);
    CHECK_INT(quoth_store_update_speakers(s), 0);
    speaker_of(s, "Mark Milley", "chairman of the Joint Chiefs of Staff", a, sizeof a);
    CHECK(strcmp(a, speaker_of(s, "Mark Milli", NULL, b, sizeof b)) != 0);
    speaker_of(s, "Tom Baker", "coach", a, sizeof a);
    CHECK_STR(speaker_of(s, "Anna Baker", "senator", b, sizeof b), a);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM speaker_corrections"), 2);

    /* forgetting the split brings the automatic choice back */
    int found = 0;
    CHECK_INT(quoth_store_forget_correction(s, 1, &found), 0);
    CHECK_INT(found, 1);
    CHECK_INT(quoth_store_forget_correction(s, 99, &found), 0);
    CHECK_INT(found, 0);
    speaker_of(s, "Mark Milley", "chairman of the Joint Chiefs of Staff", a, sizeof a);
    CHECK_STR(speaker_of(s, "Mark Milli", NULL, b, sizeof b), a);
    quoth_store_close(s);
    remove_db(path);
}

/* A writer killed (SIGKILL) after committing half its documents: those are
 * kept whole, the store opens, and adding the rest ends exactly where an
 * uninterrupted run does. */
static void test_killed_writer(void) {
    char path[512], whole[512];
    db_path("killed", path, sizeof path);
    pid_t pid = fork();
    if (pid == 0) {
        quoth_store *s = NULL;
        if (quoth_store_open(path, 0, &s)) _exit(3);
        for (size_t i = 0; i < N_DOCS; i++) {
            if (add_fx(s, &DOCS[i], 1)) _exit(3);
            if (i == 2 && quoth_store_commit(s)) _exit(3); /* a batch of three */
        }
        raise(SIGKILL); /* the second batch is never committed */
        _exit(4);
    }
    int status = 0;
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

    quoth_store *s = NULL;
    /* read-only, the speakers are said stale and stay so */
    CHECK_INT(quoth_store_open(path, QUOTH_STORE_READONLY, &s), 0);
    CHECK_INT(quoth_store_speakers_stale(s), 1);
    hits ro;
    CHECK_INT(search(s, NULL, "John Kirby", NULL, NULL, NULL, -1, 0, &ro), 0);
    CHECK_INT(quoth_store_speakers_stale(s), 1);
    quoth_store_close(s);
    CHECK_INT(quoth_store_open(path, 0, &s), 0);
    quoth_store_counts c;
    CHECK_INT(quoth_store_count(s, &c), 0);
    CHECK_INT(c.documents, 3);
    CHECK_INT(c.statements, 7);
    CHECK_INT(sql_int(s, "SELECT count(*) FROM statements_fts"), 7);
    /* the speakers were never built: the first query builds them */
    hits h;
    CHECK_INT(search(s, NULL, "John Kirby", NULL, NULL, NULL, -1, 0, &h), 4);
    CHECK_INT(quoth_store_speakers_stale(s), 0);
    CHECK_INT(quoth_store_speakers_stale(NULL), 0);
    /* the rerun: what is stored unchanged is skipped, the rest added */
    for (size_t i = 0; i < N_DOCS; i++) {
        quoth_doc_meta m = {DOCS[i].id, NULL, NULL, NULL, NULL, NULL};
        int u = quoth_store_unchanged(s, &m, DOCS[i].text, strlen(DOCS[i].text));
        CHECK_INT(u, i < 3);
        if (u == 0) CHECK_INT(add_fx(s, &DOCS[i], 1), 0);
    }
    CHECK_INT(quoth_store_update_speakers(s), 0);
    char d1[65], d2[65];
    quoth_store_counts c1, c2;
    CHECK_INT(quoth_store_count(s, &c1), 0);
    digest(s, d1);
    quoth_store_close(s);

    quoth_store *w = open_filled(db_path("whole", whole, sizeof whole));
    if (w) {
        CHECK_INT(quoth_store_count(w, &c2), 0);
        digest(w, d2);
        CHECK_INT(c1.documents, c2.documents);
        CHECK_INT(c1.statements, c2.statements);
        CHECK_INT(c1.speakers, c2.speakers);
        CHECK_INT(c1.names, c2.names);
        CHECK_STR(d1, d2);
        quoth_store_close(w);
    }
    remove_db(path);
    remove_db(whole);
}

static void test_dates(void) {
    static const char *const CASES[][2] = {
        {"2016-03-11T12:00:00Z", "2016-03-11T12:00:00Z"}, {"2016/03/11", "2016-03-11"},
        {"March 11, 2016", "2016-03-11"}, {"11 Mar 2016", "2016-03-11"}, {"2016-03", "2016-03"},
        {"sometime", "sometime"}};
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        char out[64];
        quoth_store_normalize_date(CASES[i][0], out, sizeof out);
        CHECK_STR(out, CASES[i][1]);
    }
    CHECK(quoth_store_valid_date_prefix("2024"));
    CHECK(quoth_store_valid_date_prefix("2024-02-29"));
    CHECK(quoth_store_valid_date_prefix("2000-02-29"));
    CHECK(quoth_store_valid_date_prefix("2024-12-31"));
    CHECK(!quoth_store_valid_date_prefix("2024-2"));
    CHECK(!quoth_store_valid_date_prefix("yesterday"));
    /* days the month does not have */
    CHECK(!quoth_store_valid_date_prefix("2024-02-30"));
    CHECK(!quoth_store_valid_date_prefix("2023-02-29"));
    CHECK(!quoth_store_valid_date_prefix("1900-02-29"));
    CHECK(!quoth_store_valid_date_prefix("2024-06-31"));
    CHECK(!quoth_store_valid_date_prefix("2024-04-00"));
    /* ranges no date is in */
    CHECK(quoth_store_date_range_empty("2025-01", "2024-01"));
    CHECK(quoth_store_date_range_empty("2024-04", "2024-03-31"));
    CHECK(quoth_store_date_range_empty("2024-03-02", "2024-03-01"));
    CHECK(!quoth_store_date_range_empty("2024-03-15", "2024-03"));
    CHECK(!quoth_store_date_range_empty("2024", "2024-03"));
    CHECK(!quoth_store_date_range_empty("2024-03-01", "2024-03-01"));
    CHECK(!quoth_store_date_range_empty(NULL, "2024-03"));
    CHECK(!quoth_store_date_range_empty("2024-03", NULL));
}

TEST_MAIN(test_open_errors, test_schema_and_fields, test_reindex_replaces, test_search, test_confidence_filter, test_distinct,
          test_genders, test_upgrade_from_version_1, test_upgrade_from_version_2,
          test_failed_document_rolls_back_its_batch,
          test_speakers, test_find_speakers, test_german_spellings, test_name_keys, test_words_keys, test_words_keys_agree, test_name_distance,
          test_corrections_survive, test_killed_writer, test_dates)
