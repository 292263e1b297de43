/*
 * store.h - inside the statement store: the SQLite connection, its prepared
 * statements, and what the store's files share. The public half is the
 * quoth_store_* section of quoth.h; the CLI also uses the speaker functions
 * declared at the end of this file.
 */
#ifndef QUOTH_STORE_STORE_H
#define QUOTH_STORE_STORE_H

#include <sqlite3.h>
#include <stdint.h>

#include "quoth.h"

/* The schema version this code reads and writes (meta.schema_version). */
#define QUOTH_STORE_SCHEMA_VERSION 3
/* PRAGMA application_id of a quoth store ("QUTH"), so that another
 * program's SQLite file is recognized as not ours. */
#define QUOTH_STORE_APP_ID 0x51555448

/* Every prepared statement, prepared on first use and kept. */
typedef enum store_sql {
    SQL_DOC_BY_KEY,
    SQL_DOC_UPDATE_META,
    SQL_DOC_DELETE_STATEMENTS,
    SQL_DOC_DELETE,
    SQL_DOC_INSERT,
    SQL_NAME_FIND,
    SQL_NAME_INSERT,
    SQL_NAME_SET_KEY,
    SQL_STATEMENT_INSERT,
    SQL_DIRTY_SET,
    SQL_META_GET,
    SQL_FTS_INSERT,
    SQL_COUNT
} store_sql;

struct quoth_store {
    sqlite3 *db;
    char *path;
    int readonly;
    int in_batch;          /* a batch transaction is open */
    int batch_dirty;       /* the open batch changed statements (speakers need a rebuild) */
    char message[640];     /* the last error, for people */
    sqlite3_stmt *sql[SQL_COUNT];
};

/* The prepared statement `which`, reset and with its bindings cleared;
 * NULL (message set) when it cannot be prepared. */
sqlite3_stmt *quoth_store_sql(quoth_store *s, store_sql which);

/* Records "what: SQLite's message" as the store's message and returns the
 * status for SQLite result rc (QUOTH_ERR_NOMEM or QUOTH_ERR_STORE). */
int quoth_store_fail(quoth_store *s, int rc, const char *what);

/* Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT). */
int quoth_store_exec(quoth_store *s, const char *sql, const char *what);

/* Steps a statement that returns no rows and resets it. */
int quoth_store_step_done(quoth_store *s, sqlite3_stmt *st, const char *what);

/* Binds a C string, or NULL for a NULL pointer. */
int quoth_store_bind_text(sqlite3_stmt *st, int i, const char *text);

/* Starts the batch transaction when none is open. */
int quoth_store_begin(quoth_store *s);

/* The value of meta key `key` as an integer, `fallback` when absent. */
int64_t quoth_store_meta_int(quoth_store *s, const char *key, int64_t fallback);

/* The SHA-256 of data as 64 lowercase hex digits and a NUL. */
void quoth_store_sha256_hex(const void *data, size_t len, char out[65]);

/* A date as stored: ISO 8601 (YYYY-MM-DD, or YYYY-MM, YYYY; a time kept when
 * given) from the forms news metadata uses ("2016-03-11T12:00:00Z",
 * "2016/03/11", "March 11, 2016", "11 Mar 2016"); the text unchanged when it
 * is none of them. Writes to out (cap bytes). */
void quoth_store_normalize_date(const char *date, char *out, size_t cap);

/* Whether a --since/--until argument is a date prefix YYYY[-MM[-DD]] of a
 * day that exists ("2024-02-29" is one, "2023-02-29" and "2024-06-31" are not). */
int quoth_store_valid_date_prefix(const char *s);

/* Whether no date is both from `since` on and up to `until` (valid date
 * prefixes, either NULL): "--since 2025-01 --until 2024-01". */
int quoth_store_date_range_empty(const char *since, const char *until);

/* One statement as stored: what quoth_store_add() takes from a quote, and
 * what tests and the benchmark give directly. Texts are slices (pointer and
 * length, not NUL-terminated); a NULL cue or source means none. */
typedef struct quoth_store_record {
    quoth_quote_type type;
    const char *cue, *source;
    size_t cue_len, source_len;
    size_t cue_start, cue_end, source_start, source_end;
    size_t n_contents; /* 1 or 2 */
    const char *content[2];
    size_t content_len[2], content_start[2], content_end[2];
    const char *speaker_name, *speaker_mention, *speaker_role; /* NUL-terminated or NULL */
    quoth_speaker_kind kind;
    quoth_gender gender;
    quoth_resolution resolved_by;
    float confidence;
} quoth_store_record;

/* A quote as a record: its spans are slices of the document's text. */
void quoth_store_record_of(const quoth_quote *q, const char *text, quoth_store_record *r);

/* quoth_store_unchanged() for a text known by its hash (64 hex digits),
 * but 2 rather than 1 when the input's metadata (url, outlet, date, title)
 * differed from the stored and replaced it. On a store opened read-only it
 * only looks (1 for the same text): the metadata is not brought up to date
 * (the writer does that when it sees the same document). */
int quoth_store_unchanged_hash(quoth_store *s, const quoth_doc_meta *meta, const char *text_hash);

/* Stores a document given as records, replacing any earlier version (by
 * id, else by text_hash, 64 hex digits); text_bytes is the size of its
 * text. Returns 1 when it replaced one, 0 when new, or a negative status. */
int quoth_store_add_records(quoth_store *s, const quoth_doc_meta *meta, const char *text_hash,
                            size_t text_bytes, const quoth_store_record *records, size_t n);

/* --------------------------------------------------- speakers (the CLI's) */

/* One line of `quoth speakers`. Strings live until the callback returns. */
typedef struct quoth_store_speaker {
    int64_t id;
    const char *name;        /* canonical name */
    const char *kind;        /* person, organization, unknown */
    const char *gender;      /* male, female, or NULL (see quoth_gender) */
    int64_t statements, documents, names;
    const char *first_date, *last_date; /* NULL when no document has a date */
} quoth_store_speaker;

typedef int (*quoth_store_speaker_fn)(void *ctx, const quoth_store_speaker *sp);

/* The speakers with the most statements (all of them when top is 0), in
 * documents of `outlet` only when it is not NULL. */
int quoth_store_speakers(quoth_store *s, const char *outlet, size_t top, quoth_store_speaker_fn fn,
                         void *ctx);

/* Whose voices a store carries: its statements by the gender of their
 * speaker ("female", "male"; "unknown" for people and others no document
 * gave one; "organization"; "none" for statements without a speaker), in
 * that order, each with how many speakers made them. */
typedef struct quoth_store_gender_row {
    const char *gender;
    int64_t speakers, statements;
} quoth_store_gender_row;

typedef int (*quoth_store_gender_fn)(void *ctx, const quoth_store_gender_row *row);

/* The rows above, every one even when empty, for documents of `outlet`
 * only when it is not NULL, and of `month` ("2024-03", or "undated") only
 * when it is not NULL. */
int quoth_store_genders(quoth_store *s, const char *outlet, const char *month, quoth_store_gender_fn fn,
                        void *ctx);

/* Each month that documents are dated in ("2024-03"), in order, then
 * "undated" when some are not. */
typedef int (*quoth_store_month_fn)(void *ctx, const char *month);
int quoth_store_months(quoth_store *s, const char *outlet, quoth_store_month_fn fn, void *ctx);

/* Each outlet with its number of documents, in name order. */
typedef int (*quoth_store_outlet_fn)(void *ctx, const char *outlet, int64_t documents);
int quoth_store_outlets(quoth_store *s, quoth_store_outlet_fn fn, void *ctx);

/* One fact about a speaker for `quoth speaker`, in this order: "speaker"
 * (value: the canonical name, extra: kind, count: statements), "documents"
 * (count), "first" and "last" (value: dates, when known), then with counts
 * of statements: "name" (each name documents used), "role", "type",
 * "outlet", "month" (YYYY-MM, or "undated"), most frequent first (months
 * in order). */
typedef struct quoth_store_fact {
    int64_t speaker_id;
    const char *facet;
    const char *value;
    const char *extra;
    int64_t count;
} quoth_store_fact;

typedef int (*quoth_store_fact_fn)(void *ctx, const quoth_store_fact *fact);

/* The facts of every speaker `name` designates (see quoth_store_find_speakers);
 * *found is how many speakers that was. */
int quoth_store_speaker_facts(quoth_store *s, const char *name, quoth_store_fact_fn fn, void *ctx,
                              size_t *found);

/* The ids of the speakers a name designates, as a JSON array ("[3,17]") in a
 * malloc'd string: those with a name of the same key, else the speaker of
 * that canonical key, else (for one word) every speaker with that surname. */
int quoth_store_find_speakers(quoth_store *s, const char *name, char **json_ids, size_t *count);

/* Records a person's correction, kept across re-indexing and applied after
 * the automatic matching: `name` and `other` are one speaker (merge), or
 * `name` is a speaker of its own (split; other is NULL). Rebuilds speakers. */
int quoth_store_correct(quoth_store *s, const char *action, const char *name, const char *other);

/* Deletes correction `id` (as listed); *found says whether it existed. */
int quoth_store_forget_correction(quoth_store *s, int64_t id, int *found);

/* Each recorded correction, oldest first. */
typedef int (*quoth_store_correction_fn)(void *ctx, int64_t id, const char *action, const char *name,
                                         const char *other, const char *created);
int quoth_store_corrections(quoth_store *s, quoth_store_correction_fn fn, void *ctx);

/* Counts for reports and tests. */
typedef struct quoth_store_counts {
    int64_t documents, statements, speakers, names, corrections;
} quoth_store_counts;
int quoth_store_count(quoth_store *s, quoth_store_counts *c);

/* Brings the speakers up to date when an interrupted run left them stale
 * and the store is writable; otherwise does nothing (queries then see the
 * last complete rebuild). */
int quoth_store_refresh_speakers(quoth_store *s);

#endif
