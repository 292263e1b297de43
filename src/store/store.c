/*
 * store.c - opening a statement store: the SQLite file, its schema, the
 * pragmas that make batched writes fast and crash-safe, the statement
 * cache, transactions and error messages.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "store/schema.h"
#include "store/store.h"

/* The SQL of each store_sql, in its order. */
static const char *const SQL_TEXT[SQL_COUNT] = {
    [SQL_DOC_BY_KEY] = "SELECT id, text_hash, url, outlet, date, title FROM documents WHERE doc_key = ?1",
    [SQL_DOC_UPDATE_META] = "UPDATE documents SET url = ?2, outlet = ?3, date = ?4, title = ?5 WHERE id = ?1",
    [SQL_DOC_DELETE_STATEMENTS] = "DELETE FROM statements WHERE document_id = ?1",
    [SQL_DOC_DELETE] = "DELETE FROM documents WHERE id = ?1",
    [SQL_DOC_INSERT] = "INSERT INTO documents (doc_key, doc_id, url, outlet, date, title, text_hash,"
                       " text_bytes, statements) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    /* a look-up, then an insert only when new: the upsert with RETURNING
     * that these replace made SQLite build an ephemeral table and keep a
     * statement journal for every statement stored */
    [SQL_NAME_FIND] = "SELECT id, name_key FROM speaker_names WHERE name = ?1 AND role = ?2 AND kind = ?3",
    [SQL_NAME_INSERT] = "INSERT INTO speaker_names (name, role, kind, name_key) VALUES (?1, ?2, ?3, ?4)",
    [SQL_NAME_SET_KEY] = "UPDATE speaker_names SET name_key = ?2 WHERE id = ?1",
    [SQL_STATEMENT_INSERT] =
        "INSERT INTO statements (document_id, seq, type, cue, cue_start, cue_end, source,"
        " source_start, source_end, content, content_start, content_end, content2, content2_start,"
        " content2_end, speaker_name, speaker_mention, speaker_role, speaker_kind, resolved_by,"
        " confidence, name_id, speaker_gender) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
        " ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)",
    [SQL_DIRTY_SET] = "INSERT INTO meta (key, value) VALUES ('speakers_dirty', '1')"
                      " ON CONFLICT (key) DO UPDATE SET value = '1'",
    [SQL_META_GET] = "SELECT value FROM meta WHERE key = ?1",
    [SQL_FTS_INSERT] = "INSERT INTO statements_fts (rowid, content, content2) VALUES (?1, ?2, ?3)",
};

int quoth_store_fail(quoth_store *s, int rc, const char *what) {
    const char *why = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
    snprintf(s->message, sizeof s->message, "%s: %s: %s", s->path, what, why);
    return (rc & 0xff) == SQLITE_NOMEM ? QUOTH_ERR_NOMEM : QUOTH_ERR_STORE;
}

/* A message of our own (not SQLite's) about the store file. */
static int say(quoth_store *s, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int say(quoth_store *s, int status, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(s->message, sizeof s->message, fmt, ap);
    va_end(ap);
    return status;
}

sqlite3_stmt *quoth_store_sql(quoth_store *s, store_sql which) {
    sqlite3_stmt **st = &s->sql[which];
    if (!*st) {
        int rc = sqlite3_prepare_v3(s->db, SQL_TEXT[which], -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
        if (rc != SQLITE_OK) {
            quoth_store_fail(s, rc, "preparing a statement");
            *st = NULL;
            return NULL;
        }
    }
    sqlite3_reset(*st);
    sqlite3_clear_bindings(*st);
    return *st;
}

int quoth_store_exec(quoth_store *s, const char *sql, const char *what) {
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? 0 : quoth_store_fail(s, rc, what);
}

int quoth_store_step_done(quoth_store *s, sqlite3_stmt *st, const char *what) {
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? 0 : quoth_store_fail(s, rc, what);
}

int quoth_store_bind_text(sqlite3_stmt *st, int i, const char *text) {
    return text ? sqlite3_bind_text(st, i, text, -1, SQLITE_TRANSIENT) : sqlite3_bind_null(st, i);
}

int64_t quoth_store_meta_int(quoth_store *s, const char *key, int64_t fallback) {
    sqlite3_stmt *st = quoth_store_sql(s, SQL_META_GET);
    if (!st) return fallback;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
    int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : fallback;
    sqlite3_reset(st);
    return v;
}

/* A single integer from SQL, or -1 (message set) when it fails. */
static int64_t query_int(quoth_store *s, const char *sql, const char *what) {
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) {
        quoth_store_fail(s, rc, what);
        return -1;
    }
    rc = sqlite3_step(st);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    if (rc != SQLITE_ROW) quoth_store_fail(s, rc, what);
    sqlite3_finalize(st);
    return v;
}

static int create_schema(quoth_store *s) {
    /* WAL first, outside any transaction: readers never block the writer
     * and a killed writer leaves every committed batch intact. */
    int rc = quoth_store_exec(s, "PRAGMA journal_mode = WAL", "switching to WAL");
    if (!rc) rc = quoth_store_exec(s, "BEGIN IMMEDIATE", "creating the schema");
    if (rc) return rc;
    char pragma[160];
    snprintf(pragma, sizeof pragma,
             "PRAGMA application_id = %d;"
             "INSERT INTO meta (key, value) VALUES ('schema_version', '%d'), ('speakers_dirty', '0');",
             QUOTH_STORE_APP_ID, QUOTH_STORE_SCHEMA_VERSION);
    rc = quoth_store_exec(s, quoth_store_schema_sql(), "creating the schema");
    if (!rc) rc = quoth_store_exec(s, quoth_store_statement_details_sql(), "creating the schema");
    if (!rc) rc = quoth_store_exec(s, pragma, "creating the schema");
    if (!rc) return quoth_store_exec(s, "COMMIT", "creating the schema");
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Version 1 to 2: the speakers' genders. Statements stored before have
 * none until their documents are indexed again (quoth index --force). */
static int upgrade_from_1(quoth_store *s) {
    if (s->readonly)
        return say(s, QUOTH_ERR_STORE,
                   "%s: a quoth store of schema version 1; open it once for writing (quoth index --db FILE) "
                   "to upgrade it to version %d",
                   s->path, QUOTH_STORE_SCHEMA_VERSION);
    int rc = quoth_store_exec(s, "BEGIN IMMEDIATE", "upgrading the store");
    if (rc) return rc;
    rc = quoth_store_exec(s,
                          "ALTER TABLE statements ADD COLUMN speaker_gender TEXT"
                          " CHECK (speaker_gender IN ('male', 'female'));"
                          "ALTER TABLE speakers ADD COLUMN gender TEXT;"
                          "DROP VIEW IF EXISTS statement_details;",
                          "upgrading the store");
    if (!rc) rc = quoth_store_exec(s, quoth_store_statement_details_sql(), "upgrading the store");
    if (!rc) rc = quoth_store_exec(s, "UPDATE meta SET value = '2' WHERE key = 'schema_version'", "upgrading the store");
    if (!rc) return quoth_store_exec(s, "COMMIT", "upgrading the store");
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Version 2 to 3: new statements' full-text rows written by quoth, not by
 * a trigger (schema.c). The tables are the same, so a store of version 2
 * is read as it is, and upgraded when opened for writing: were both the
 * trigger and quoth to write a statement's row, the index would hold it
 * twice. */
static int upgrade_from_2(quoth_store *s) {
    if (s->readonly) return 0;
    int rc = quoth_store_exec(s,
                              "BEGIN IMMEDIATE;"
                              "DROP TRIGGER IF EXISTS statements_fts_insert;"
                              "UPDATE meta SET value = '3' WHERE key = 'schema_version';"
                              "COMMIT;",
                              "upgrading the store");
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* Checks that the file is a quoth store of our version, or makes an empty
 * file one, unless the flags say the store must exist already: a command
 * that only reads (search, speakers) never makes a store of a file that
 * `touch` or a failed copy left empty. */
static int check_or_create(quoth_store *s, unsigned flags) {
    /* The first read of the file: garbage gives "file is not a database". */
    int64_t app = query_int(s, "PRAGMA application_id", "reading the file");
    if (app < 0) return QUOTH_ERR_STORE;
    int64_t objects = query_int(s, "SELECT count(*) FROM sqlite_schema", "reading the schema");
    if (objects < 0) return QUOTH_ERR_STORE;
    if (objects == 0 && app == 0) {
        if (flags & (QUOTH_STORE_READONLY | QUOTH_STORE_EXISTING))
            return say(s, QUOTH_ERR_STORE, "%s: not a quoth store (an empty file; quoth index --db %s makes one)",
                       s->path, s->path);
        return create_schema(s);
    }
    if (app != QUOTH_STORE_APP_ID)
        return say(s, QUOTH_ERR_STORE, "%s: an SQLite database, but not a quoth store", s->path);
    int64_t version = quoth_store_meta_int(s, "schema_version", -1);
    int rc = 0;
    if (version == 1 && (rc = upgrade_from_1(s)) == 0) version = 2;
    if (version == 2 && (rc = upgrade_from_2(s)) == 0) version = QUOTH_STORE_SCHEMA_VERSION;
    if (rc) return rc;
    if (version != QUOTH_STORE_SCHEMA_VERSION)
        return say(s, QUOTH_ERR_STORE, "%s: a quoth store of schema version %lld; this quoth reads version %d",
                   s->path, (long long)version, QUOTH_STORE_SCHEMA_VERSION);
    return 0;
}

static int set_pragmas(quoth_store *s) {
    /* synchronous=NORMAL in WAL mode: a killed process loses nothing
     * committed (only a power cut can lose the last commits). secure_delete
     * is on in Debian's build; off, deleting replaced documents is cheaper. */
    int rc = quoth_store_exec(s,
                              "PRAGMA foreign_keys = ON;"
                              "PRAGMA synchronous = NORMAL;"
                              "PRAGMA secure_delete = OFF;"
                              "PRAGMA cache_size = -65536;"
                              "PRAGMA temp_store = MEMORY;"
                              "PRAGMA mmap_size = 268435456;",
                              "setting pragmas");
    if (!rc && !s->readonly) rc = quoth_store_exec(s, "PRAGMA journal_mode = WAL", "switching to WAL");
    return rc;
}

/* "file:PATH?immutable=1", PATH escaped as a URI path: SQLite reads
 * neither the -wal nor the -shm file of an immutable database. */
static char *immutable_uri(const char *path) {
    static const char hex[] = "0123456789ABCDEF";
    size_t n = strlen(path);
    char *uri = malloc(3 * n + sizeof "file:?immutable=1");
    if (!uri) return NULL;
    char *o = uri + sprintf(uri, "file:");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if (*c == '%' || *c == '?' || *c == '#' || *c < 0x20 || *c >= 0x7f) {
            *o++ = '%';
            *o++ = hex[*c >> 4];
            *o++ = hex[*c & 15];
        } else {
            *o++ = (char)*c;
        }
    }
    strcpy(o, "?immutable=1");
    return uri;
}

/* A store in WAL mode can be read only by a process that can make its
 * -shm file beside it, which a reader without the right to write the
 * folder (a store shared read-only, a read-only mount) cannot. When no
 * -wal file is there, no writer has work in flight, and the file alone
 * holds every committed statement: it is read as immutable instead. */
static int reopen_immutable(quoth_store *s, const char *path) {
    char wal[PATH_MAX];
    struct stat st;
    int code = s->db ? sqlite3_errcode(s->db) & 0xff : 0;
    if (code != SQLITE_READONLY && code != SQLITE_CANTOPEN) return 0;
    if ((size_t)snprintf(wal, sizeof wal, "%s-wal", path) >= sizeof wal || stat(wal, &st) == 0) return 0;
    char *uri = immutable_uri(path);
    if (!uri) return 0;
    sqlite3_close(s->db);
    s->db = NULL;
    int rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL);
    free(uri);
    return rc == SQLITE_OK;
}

static int open_db(quoth_store *s, const char *path, unsigned flags) {
    struct stat st;
    int exists = stat(path, &st) == 0;
    if (!exists && (flags & (QUOTH_STORE_READONLY | QUOTH_STORE_EXISTING)))
        return say(s, QUOTH_ERR_IO, "%s: no such store (quoth index --db %s ... makes one)", path, path);
    if (exists && S_ISDIR(st.st_mode)) return say(s, QUOTH_ERR_IO, "%s: a directory, not a store file", path);
    int oflags = s->readonly ? SQLITE_OPEN_READONLY
                             : SQLITE_OPEN_READWRITE | (flags & QUOTH_STORE_EXISTING ? 0 : SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(path, &s->db, oflags, NULL);
    if (rc != SQLITE_OK) {
        int err = s->db ? sqlite3_system_errno(s->db) : 0;
        return say(s, rc == SQLITE_NOMEM ? QUOTH_ERR_NOMEM : QUOTH_ERR_IO, "cannot open %s: %s%s%s", path,
                   s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc), err ? ": " : "",
                   err ? strerror(err) : "");
    }
    sqlite3_extended_result_codes(s->db, 1);
    sqlite3_busy_timeout(s->db, 10000);
    rc = check_or_create(s, flags);
    if (rc && s->readonly && reopen_immutable(s, path)) {
        s->message[0] = 0;
        sqlite3_extended_result_codes(s->db, 1);
        rc = check_or_create(s, flags);
    }
    return rc ? rc : set_pragmas(s);
}

int quoth_store_open(const char *path, unsigned flags, quoth_store **out) {
    *out = NULL;
    if (!path || !*path) return QUOTH_ERR_INVALID;
    quoth_store *s = calloc(1, sizeof *s);
    if (!s) return QUOTH_ERR_NOMEM;
    *out = s;
    if (!(s->path = strdup(path))) return say(s, QUOTH_ERR_NOMEM, "out of memory");
    s->readonly = (flags & QUOTH_STORE_READONLY) != 0;
    return open_db(s, path, flags);
}

int quoth_store_begin(quoth_store *s) {
    if (s->in_batch) return 0;
    if (s->readonly) return say(s, QUOTH_ERR_INVALID, "%s: opened read-only", s->path);
    /* IMMEDIATE takes the write lock now, so that a concurrent writer makes
     * us wait (busy timeout) instead of failing at the first write. */
    int rc = quoth_store_exec(s, "BEGIN IMMEDIATE", "starting a transaction");
    if (rc) return rc;
    s->in_batch = 1;
    s->batch_dirty = 0;
    return 0;
}

int quoth_store_commit(quoth_store *s) {
    if (!s || !s->in_batch) return 0;
    int rc = quoth_store_exec(s, "COMMIT", "committing");
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_batch = 0;
        return rc;
    }
    s->in_batch = 0;
    return 0;
}

const char *quoth_store_message(const quoth_store *s) {
    if (!s) return "out of memory";
    return s->message[0] ? s->message : "no error";
}

void quoth_store_close(quoth_store *s) {
    if (!s) return;
    if (s->db) {
        if (s->in_batch) quoth_store_commit(s);
        if (!s->readonly) sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
        for (int i = 0; i < SQL_COUNT; i++) sqlite3_finalize(s->sql[i]);
        sqlite3_close(s->db);
    }
    free(s->path);
    free(s);
}

int quoth_store_count(quoth_store *s, quoth_store_counts *c) {
    static const char *const SQL[] = {
        "SELECT count(*) FROM documents", "SELECT count(*) FROM statements",
        "SELECT count(*) FROM speakers", "SELECT count(*) FROM speaker_names",
        "SELECT count(*) FROM speaker_corrections"};
    int64_t *dst[] = {&c->documents, &c->statements, &c->speakers, &c->names, &c->corrections};
    for (size_t i = 0; i < sizeof SQL / sizeof *SQL; i++)
        if ((*dst[i] = query_int(s, SQL[i], "counting")) < 0) return QUOTH_ERR_STORE;
    return 0;
}
