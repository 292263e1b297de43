/*
 * index.c - putting documents into the store, in the caller's batch
 * transaction: an earlier version (same id, or same text without an id)
 * is replaced, never duplicated. A document that fails halfway rolls back
 * the whole batch, which was not durable yet, rather than its own
 * savepoint: FTS5 writes its pending rows out at every savepoint, and one
 * per document was a quarter of the time of storing them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/names.h"
#include "store/store.h"

/* The metadata as stored: the date in ISO 8601, the outlet from the URL's
 * host when none is given ("https://www.example.com/a" -> "example.com"). */
typedef struct stored_meta {
    const char *url, *outlet, *date, *title;
    int outlet_from_url; /* the outlet is the URL's host, not one the input named */
    char date_buf[128], outlet_buf[256];
} stored_meta;

static const char *host_of(const char *url, char *out, size_t cap) {
    const char *p = strstr(url, "://");
    if (!p) return NULL;
    p += 3;
    if (strncmp(p, "www.", 4) == 0) p += 4;
    size_t n = strcspn(p, "/:?#");
    if (!n || n >= cap) return NULL;
    snprintf(out, cap, "%.*s", (int)n, p);
    return out;
}

static void stored_meta_of(const quoth_doc_meta *m, stored_meta *sm) {
    sm->url = m->url && *m->url ? m->url : NULL;
    sm->title = m->title && *m->title ? m->title : NULL;
    sm->outlet = m->outlet && *m->outlet ? m->outlet : NULL;
    sm->outlet_from_url = 0;
    if (!sm->outlet && sm->url) {
        sm->outlet = host_of(sm->url, sm->outlet_buf, sizeof sm->outlet_buf);
        sm->outlet_from_url = sm->outlet != NULL;
    }
    quoth_store_normalize_date(m->date, sm->date_buf, sizeof sm->date_buf);
    sm->date = sm->date_buf[0] ? sm->date_buf : NULL;
}

/* The document's key, malloc'd: its id, or its text's hash when it has none. */
static char *doc_key(const quoth_doc_meta *m, const char *hash) {
    if (m->id && *m->id) return strdup(m->id);
    char *k = malloc(8 + 65);
    if (k) snprintf(k, 8 + 65, "sha256:%s", hash);
    return k;
}

/* The metadata of a stored document, copied out of its row. */
typedef struct old_meta {
    char *field[4]; /* url, outlet, date, title */
} old_meta;

static void old_meta_free(old_meta *o) {
    for (int i = 0; i < 4; i++) {
        free(o->field[i]);
        o->field[i] = NULL;
    }
}

/* Looks `key` up: *id (0 when absent), its text hash into hash_out and
 * its metadata into *old. */
static int lookup(quoth_store *s, const char *key, int64_t *id, char hash_out[65], old_meta *old) {
    memset(old, 0, sizeof *old);
    *id = 0;
    sqlite3_stmt *st = quoth_store_sql(s, SQL_DOC_BY_KEY);
    if (!st) return QUOTH_ERR_STORE;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? 0 : quoth_store_fail(s, rc, "looking up a document");
    }
    *id = sqlite3_column_int64(st, 0);
    snprintf(hash_out, 65, "%s", (const char *)sqlite3_column_text(st, 1));
    for (int i = 0; i < 4; i++) {
        const unsigned char *v = sqlite3_column_text(st, 2 + i);
        if (v && !(old->field[i] = strdup((const char *)v))) {
            sqlite3_reset(st);
            old_meta_free(old);
            return QUOTH_ERR_NOMEM;
        }
    }
    sqlite3_reset(st);
    return 0;
}

/* Fields the input does not give keep their stored values (indexing again
 * without --meta must not lose the outlets); fields it gives replace them
 * (a corrected feed corrects the store). An outlet guessed from the URL
 * only fills in for none: it must not replace the name --meta gave.
 * Returns whether any changes. */
static int merge_meta(stored_meta *sm, const old_meta *old) {
    const char **f[4] = {&sm->url, &sm->outlet, &sm->date, &sm->title};
    if (sm->outlet_from_url && old->field[1]) sm->outlet = NULL;
    int changed = 0;
    for (int i = 0; i < 4; i++) {
        if (!*f[i]) *f[i] = old->field[i];
        else if (!old->field[i] || strcmp(*f[i], old->field[i]) != 0) changed = 1;
    }
    return changed;
}

/* Whether the store holds the document of `meta` with the text of `hash`:
 * 0 no, 1 yes; with update_meta, the metadata the input gives is stored
 * too, and 2 says it changed some. */
static int same_text(quoth_store *s, const quoth_doc_meta *meta, const char *hash, int update_meta) {
    char stored_hash[65] = "";
    char *key = doc_key(meta, hash);
    if (!key) return QUOTH_ERR_NOMEM;
    int64_t id;
    old_meta old;
    int rc = lookup(s, key, &id, stored_hash, &old);
    free(key);
    if (rc || !id || strcmp(hash, stored_hash) != 0) {
        old_meta_free(&old);
        return rc;
    }
    stored_meta sm;
    stored_meta_of(meta, &sm);
    int updated = update_meta && merge_meta(&sm, &old);
    if (updated) {
        sqlite3_stmt *st = NULL;
        rc = quoth_store_begin(s);
        if (!rc && !(st = quoth_store_sql(s, SQL_DOC_UPDATE_META))) rc = QUOTH_ERR_STORE;
        if (!rc) {
            sqlite3_bind_int64(st, 1, id);
            quoth_store_bind_text(st, 2, sm.url);
            quoth_store_bind_text(st, 3, sm.outlet);
            quoth_store_bind_text(st, 4, sm.date);
            quoth_store_bind_text(st, 5, sm.title);
            rc = quoth_store_step_done(s, st, "updating a document's metadata");
        }
    }
    old_meta_free(&old);
    return rc ? rc : updated ? 2 : 1;
}

int quoth_store_unchanged_hash(quoth_store *s, const quoth_doc_meta *meta, const char *text_hash) {
    if (!s || !meta || !text_hash) return QUOTH_ERR_INVALID;
    return same_text(s, meta, text_hash, !s->readonly);
}

int quoth_store_unchanged(quoth_store *s, const quoth_doc_meta *meta, const char *text, size_t len) {
    if (!s || !meta || (!text && len)) return QUOTH_ERR_INVALID;
    char hash[65];
    quoth_store_sha256_hex(text ? text : "", len, hash);
    int rc = same_text(s, meta, hash, 1);
    return rc == 2 ? 1 : rc; /* the public answer is only whether to extract it */
}

/* The speaker_names row of (name, role, kind): *id (0 when there is none)
 * and whether its stored key differs from `key`. */
static int find_name(quoth_store *s, const char *name, const char *role, const char *kind, const char *key,
                     int64_t *id, int *key_differs) {
    sqlite3_stmt *st = quoth_store_sql(s, SQL_NAME_FIND);
    if (!st) return QUOTH_ERR_STORE;
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    const unsigned char *stored = rc == SQLITE_ROW ? sqlite3_column_text(st, 1) : NULL;
    *key_differs = !stored || strcmp((const char *)stored, key) != 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : quoth_store_fail(s, rc, "looking up a speaker name");
}

/* The id of the speaker_names row of a record's speaker, made when new,
 * its key brought up to date when an earlier quoth keyed it otherwise; 0
 * for no speaker. */
static int name_id(quoth_store *s, const quoth_store_record *r, int64_t *id) {
    *id = 0;
    if (!r->speaker_name || !*r->speaker_name) return 0;
    const char *kind = quoth_speaker_kind_name(r->kind), *role = r->speaker_role ? r->speaker_role : "";
    char *key = quoth_name_key(r->speaker_name, r->kind == QUOTH_KIND_ORGANIZATION);
    if (!key) return QUOTH_ERR_NOMEM;
    int key_differs;
    int rc = find_name(s, r->speaker_name, role, kind, key, id, &key_differs);
    sqlite3_stmt *st = NULL;
    if (!rc && key_differs && !(st = quoth_store_sql(s, *id ? SQL_NAME_SET_KEY : SQL_NAME_INSERT))) rc = QUOTH_ERR_STORE;
    if (st && *id) {
        sqlite3_bind_int64(st, 1, *id);
        sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
        rc = quoth_store_step_done(s, st, "storing a speaker name");
    } else if (st) {
        sqlite3_bind_text(st, 1, r->speaker_name, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, role, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 4, key, -1, SQLITE_STATIC);
        rc = quoth_store_step_done(s, st, "storing a speaker name");
        *id = sqlite3_last_insert_rowid(s->db);
    }
    free(key);
    return rc;
}

static void bind_slice(sqlite3_stmt *st, int i, const char *text, size_t len) {
    if (text) sqlite3_bind_text(st, i, text, (int)len, SQLITE_STATIC);
    else sqlite3_bind_null(st, i);
}

static void bind_span(sqlite3_stmt *st, int i, const char *text, size_t start, size_t end) {
    if (text) {
        sqlite3_bind_int64(st, i, (sqlite3_int64)start);
        sqlite3_bind_int64(st, i + 1, (sqlite3_int64)end);
    } else {
        sqlite3_bind_null(st, i);
        sqlite3_bind_null(st, i + 1);
    }
}

static int insert_statement(quoth_store *s, int64_t doc, size_t seq, const quoth_store_record *r) {
    int64_t nid;
    int rc = name_id(s, r, &nid);
    if (rc) return rc;
    sqlite3_stmt *st = quoth_store_sql(s, SQL_STATEMENT_INSERT);
    if (!st) return QUOTH_ERR_STORE;
    int two = r->n_contents > 1;
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)seq);
    sqlite3_bind_text(st, 3, quoth_quote_type_name(r->type), -1, SQLITE_STATIC);
    bind_slice(st, 4, r->cue, r->cue_len);
    bind_span(st, 5, r->cue, r->cue_start, r->cue_end);
    bind_slice(st, 7, r->source, r->source_len);
    bind_span(st, 8, r->source, r->source_start, r->source_end);
    bind_slice(st, 10, r->content[0] ? r->content[0] : "", r->content_len[0]);
    bind_span(st, 11, "", r->content_start[0], r->content_end[0]);
    bind_slice(st, 13, two ? r->content[1] : NULL, two ? r->content_len[1] : 0);
    bind_span(st, 14, two ? r->content[1] : NULL, r->content_start[1], r->content_end[1]);
    quoth_store_bind_text(st, 16, r->speaker_name);
    quoth_store_bind_text(st, 17, r->speaker_mention);
    quoth_store_bind_text(st, 18, r->speaker_role);
    sqlite3_bind_text(st, 19, quoth_speaker_kind_name(r->kind), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 20, quoth_resolution_name(r->resolved_by), -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 21, (double)r->confidence);
    if (nid) sqlite3_bind_int64(st, 22, nid);
    else sqlite3_bind_null(st, 22);
    quoth_store_bind_text(st, 23, quoth_gender_name(r->gender));
    if ((rc = quoth_store_step_done(s, st, "storing a statement")) != 0) return rc;
    /* its full-text row: written here, not by a trigger (schema.c says why) */
    if (!(st = quoth_store_sql(s, SQL_FTS_INSERT))) return QUOTH_ERR_STORE;
    sqlite3_bind_int64(st, 1, sqlite3_last_insert_rowid(s->db));
    bind_slice(st, 2, r->content[0] ? r->content[0] : "", r->content_len[0]);
    bind_slice(st, 3, two ? r->content[1] : NULL, two ? r->content_len[1] : 0);
    return quoth_store_step_done(s, st, "indexing a statement");
}

/* Deletes the stored version of `key`, if any; *old keeps its metadata. */
static int remove_old(quoth_store *s, const char *key, old_meta *old, int *replaced) {
    int64_t id;
    char hash[65];
    int rc = lookup(s, key, &id, hash, old);
    *replaced = id != 0;
    if (rc || !id) return rc;
    sqlite3_stmt *st = quoth_store_sql(s, SQL_DOC_DELETE_STATEMENTS);
    if (!st) return QUOTH_ERR_STORE;
    sqlite3_bind_int64(st, 1, id);
    if ((rc = quoth_store_step_done(s, st, "deleting an old version")) != 0) return rc;
    st = quoth_store_sql(s, SQL_DOC_DELETE);
    if (!st) return QUOTH_ERR_STORE;
    sqlite3_bind_int64(st, 1, id);
    return quoth_store_step_done(s, st, "deleting an old version");
}

static int insert_document(quoth_store *s, const quoth_doc_meta *meta, const char *key, const char *hash,
                           size_t bytes, size_t n, const stored_meta *sm, int64_t *id) {
    sqlite3_stmt *st = quoth_store_sql(s, SQL_DOC_INSERT);
    if (!st) return QUOTH_ERR_STORE;
    sqlite3_bind_text(st, 1, key, -1, SQLITE_TRANSIENT);
    quoth_store_bind_text(st, 2, meta->id && *meta->id ? meta->id : NULL);
    quoth_store_bind_text(st, 3, sm->url);
    quoth_store_bind_text(st, 4, sm->outlet);
    quoth_store_bind_text(st, 5, sm->date);
    quoth_store_bind_text(st, 6, sm->title);
    sqlite3_bind_text(st, 7, hash, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 8, (sqlite3_int64)bytes);
    sqlite3_bind_int64(st, 9, (sqlite3_int64)n);
    int rc = quoth_store_step_done(s, st, "storing a document");
    *id = sqlite3_last_insert_rowid(s->db);
    return rc;
}

/* The body of quoth_store_add_records. */
static int add_document(quoth_store *s, const quoth_doc_meta *meta, const char *hash, size_t bytes,
                            const quoth_store_record *records, size_t n, int *replaced) {
    char *key = doc_key(meta, hash);
    if (!key) return QUOTH_ERR_NOMEM;
    stored_meta sm;
    stored_meta_of(meta, &sm);
    old_meta old;
    int rc = remove_old(s, key, &old, replaced);
    if (!rc) merge_meta(&sm, &old);
    int64_t doc = 0;
    if (!rc) rc = insert_document(s, meta, key, hash, bytes, n, &sm, &doc);
    for (size_t i = 0; !rc && i < n; i++) rc = insert_statement(s, doc, i, &records[i]);
    if (!rc && !s->batch_dirty) {
        /* the speakers no longer match the statements until the next rebuild */
        sqlite3_stmt *st = quoth_store_sql(s, SQL_DIRTY_SET);
        rc = st ? quoth_store_step_done(s, st, "marking speakers stale") : QUOTH_ERR_STORE;
        if (!rc) s->batch_dirty = 1;
    }
    old_meta_free(&old);
    free(key);
    return rc;
}

int quoth_store_add_records(quoth_store *s, const quoth_doc_meta *meta, const char *text_hash,
                            size_t text_bytes, const quoth_store_record *records, size_t n) {
    if (!s || !meta || !text_hash || (n && !records)) return QUOTH_ERR_INVALID;
    int rc = quoth_store_begin(s);
    if (rc) return rc;
    int replaced = 0;
    rc = add_document(s, meta, text_hash, text_bytes, records, n, &replaced);
    if (rc) {
        /* nothing half stored: the batch goes, as a crash would take it
         * (keeping the message of the failure, not of the rollback) */
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_batch = 0;
        return rc;
    }
    return replaced;
}

void quoth_store_record_of(const quoth_quote *q, const char *text, quoth_store_record *r) {
    memset(r, 0, sizeof *r);
    r->type = q->type;
    if (q->has_cue) {
        r->cue = text + q->cue.byte_start;
        r->cue_len = q->cue.byte_end - q->cue.byte_start;
        r->cue_start = q->cue.start;
        r->cue_end = q->cue.end;
    }
    if (q->n_sources) {
        r->source = text + q->sources[0].byte_start;
        r->source_len = q->sources[0].byte_end - q->sources[0].byte_start;
        r->source_start = q->sources[0].start;
        r->source_end = q->sources[0].end;
    }
    r->n_contents = q->n_contents > 2 ? 2 : q->n_contents;
    for (size_t i = 0; i < r->n_contents; i++) {
        const quoth_span *c = &q->contents[i];
        r->content[i] = text + c->byte_start;
        r->content_len[i] = c->byte_end - c->byte_start;
        r->content_start[i] = c->start;
        r->content_end[i] = c->end;
    }
    r->speaker_name = q->speaker_name;
    r->speaker_mention = q->speaker_mention;
    r->speaker_role = q->speaker_role;
    r->kind = q->speaker_kind;
    r->gender = q->speaker_gender;
    r->resolved_by = q->resolved_by;
    r->confidence = q->confidence;
}

int quoth_store_add(quoth_store *s, const quoth_doc_meta *meta, const char *text, size_t len,
                    const quoth_doc *doc) {
    if (!s || !meta || !doc || (!text && len)) return QUOTH_ERR_INVALID;
    size_t n = quoth_doc_quote_count(doc), tlen;
    const char *dtext = quoth_doc_text(doc, &tlen);
    quoth_store_record *recs = n ? malloc(n * sizeof *recs) : NULL;
    if (n && !recs) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < n; i++) quoth_store_record_of(quoth_doc_quote(doc, i), dtext, &recs[i]);
    char hash[65];
    quoth_store_sha256_hex(text ? text : "", len, hash);
    int rc = quoth_store_add_records(s, meta, hash, len, recs, n);
    free(recs);
    return rc;
}
