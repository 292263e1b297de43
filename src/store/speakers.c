/*
 * speakers.c - questions about speakers: who is quoted most (overall or by
 * one outlet), everything known about one speaker (names, roles, outlets,
 * statements over time), which speakers a name designates, and people's
 * merge and split corrections.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/names.h"
#include "store/store.h"

static const char *col_text(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

static int prepare(quoth_store *s, const char *sql, sqlite3_stmt **st, const char *what) {
    int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);
    return rc == SQLITE_OK ? 0 : quoth_store_fail(s, rc, what);
}

/* ------------------------------------------------------------- listing */

static const char *const SQL_TOP =
    "SELECT id, name, kind, statements, documents, names, first_date, last_date, gender FROM speakers"
    " ORDER BY statements DESC, id LIMIT ?1";

static const char *const SQL_TOP_OUTLET =
    "SELECT sp.id, sp.name, sp.kind, count(*), count(DISTINCT s.document_id), count(DISTINCT n.name),"
    " min(d.date), max(d.date), sp.gender"
    " FROM documents d JOIN statements s ON s.document_id = d.id"
    " JOIN speaker_names n ON n.id = s.name_id JOIN speakers sp ON sp.id = n.speaker_id"
    " WHERE d.outlet = ?2 COLLATE NOCASE"
    " GROUP BY sp.id ORDER BY 4 DESC, sp.id LIMIT ?1";

int quoth_store_speakers(quoth_store *s, const char *outlet, size_t top, quoth_store_speaker_fn fn, void *ctx) {
    int rc = quoth_store_refresh_speakers(s);
    sqlite3_stmt *st;
    if (!rc) rc = prepare(s, outlet ? SQL_TOP_OUTLET : SQL_TOP, &st, "listing speakers");
    if (rc) return rc;
    sqlite3_bind_int64(st, 1, top ? (sqlite3_int64)top : -1);
    if (outlet) sqlite3_bind_text(st, 2, outlet, -1, SQLITE_STATIC);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        quoth_store_speaker sp = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2),
                                  col_text(st, 8), sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4),
                                  sqlite3_column_int64(st, 5), col_text(st, 6), col_text(st, 7)};
        if ((rc = fn(ctx, &sp)) != 0) break;
    }
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "listing speakers");
    sqlite3_finalize(st);
    return rc;
}

/* A speaker's gender is the speakers table's (what most documents say),
 * not each statement's: a document that never says "she" still counts
 * her statements as a woman's. */
static const char *const SQL_GENDERS =
    "SELECT CASE WHEN sp.id IS NULL THEN 'none' WHEN sp.kind = 'organization' THEN 'organization'"
    "  ELSE coalesce(sp.gender, 'unknown') END AS g, count(DISTINCT sp.id), count(*)"
    " FROM documents d JOIN statements s ON s.document_id = d.id"
    " LEFT JOIN speaker_names n ON n.id = s.name_id LEFT JOIN speakers sp ON sp.id = n.speaker_id"
    " WHERE (?1 IS NULL OR d.outlet = ?1 COLLATE NOCASE)"
    " AND (?2 IS NULL OR coalesce(substr(d.date, 1, 7), 'undated') = ?2) GROUP BY g";

int quoth_store_genders(quoth_store *s, const char *outlet, const char *month, quoth_store_gender_fn fn,
                        void *ctx) {
    static const char *const ORDER[] = {"female", "male", "unknown", "organization", "none"};
    quoth_store_gender_row rows[5];
    for (size_t i = 0; i < 5; i++) rows[i] = (quoth_store_gender_row){ORDER[i], 0, 0};
    int rc = quoth_store_refresh_speakers(s);
    sqlite3_stmt *st;
    if (!rc) rc = prepare(s, SQL_GENDERS, &st, "counting statements by gender");
    if (rc) return rc;
    quoth_store_bind_text(st, 1, outlet);
    quoth_store_bind_text(st, 2, month);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        for (size_t i = 0; i < 5; i++)
            if (strcmp(col_text(st, 0), ORDER[i]) == 0) {
                rows[i].speakers = sqlite3_column_int64(st, 1);
                rows[i].statements = sqlite3_column_int64(st, 2);
            }
    if (step != SQLITE_DONE) rc = quoth_store_fail(s, step, "counting statements by gender");
    sqlite3_finalize(st);
    for (size_t i = 0; !rc && i < 5; i++) rc = fn(ctx, &rows[i]);
    return rc;
}

int quoth_store_months(quoth_store *s, const char *outlet, quoth_store_month_fn fn, void *ctx) {
    sqlite3_stmt *st;
    int rc = prepare(s,
                     "SELECT DISTINCT coalesce(substr(date, 1, 7), 'undated') AS m FROM documents"
                     " WHERE ?1 IS NULL OR outlet = ?1 COLLATE NOCASE ORDER BY m = 'undated', m",
                     &st, "listing months");
    if (rc) return rc;
    quoth_store_bind_text(st, 1, outlet);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        if ((rc = fn(ctx, col_text(st, 0))) != 0) break;
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "listing months");
    sqlite3_finalize(st);
    return rc;
}

int quoth_store_outlets(quoth_store *s, quoth_store_outlet_fn fn, void *ctx) {
    sqlite3_stmt *st;
    int rc = prepare(s,
                     "SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL"
                     " GROUP BY outlet COLLATE NOCASE ORDER BY outlet COLLATE NOCASE",
                     &st, "listing outlets");
    if (rc) return rc;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        if ((rc = fn(ctx, col_text(st, 0), sqlite3_column_int64(st, 1))) != 0) break;
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "listing outlets");
    sqlite3_finalize(st);
    return rc;
}

/* --------------------------------------------------- which speakers a name is */

/* Speaker ids as a JSON array, kept closed ("[3,17]") as it grows. */
typedef struct id_list {
    char *json;
    size_t len, cap, count;
} id_list;

static int id_list_clear(id_list *l) {
    if (!l->json && !(l->json = malloc(l->cap = 64))) return QUOTH_ERR_NOMEM;
    memcpy(l->json, "[]", 3);
    l->len = 1; /* where the next id goes: before the ']' */
    l->count = 0;
    return 0;
}

static int id_list_add(id_list *l, int64_t id) {
    char num[32];
    int n = snprintf(num, sizeof num, "%s%lld", l->count ? "," : "", (long long)id);
    if (l->len + (size_t)n + 2 > l->cap) {
        size_t c = (l->len + (size_t)n + 2) * 2;
        char *p = realloc(l->json, c);
        if (!p) return QUOTH_ERR_NOMEM;
        l->json = p;
        l->cap = c;
    }
    memcpy(l->json + l->len, num, (size_t)n);
    l->len += (size_t)n;
    memcpy(l->json + l->len, "]", 2);
    l->count++;
    return 0;
}

/* Adds the first column of every row of st to the list. */
static int collect_ids(quoth_store *s, sqlite3_stmt *st, id_list *l) {
    int step = SQLITE_DONE, rc = 0;
    while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW)
        if (sqlite3_column_type(st, 0) != SQLITE_NULL) rc = id_list_add(l, sqlite3_column_int64(st, 0));
    if (rc) return rc;
    return step == SQLITE_DONE ? 0 : quoth_store_fail(s, step, "finding a speaker");
}

/* Names with this key; for one word, also every name it ends ("Kirby"
 * finds each Kirby: the reader asked for all of them). */
static const char *const SQL_FIND_NAMES =
    "SELECT DISTINCT speaker_id FROM speaker_names WHERE name_key IN (?1, ?2)"
    " OR (?3 AND name_key LIKE '% ' || ?1) ORDER BY speaker_id";
static const char *const SQL_FIND_SPEAKERS =
    "SELECT id FROM speakers WHERE name_key IN (?1, ?2) ORDER BY id";

/* The speakers `name` designates by its key, into l (empty when none). */
static int find_by_key(quoth_store *s, const char *name, id_list *l) {
    char *pk = quoth_name_key(name, 0), *ok = quoth_name_key(name, 1);
    int rc = pk && ok ? id_list_clear(l) : QUOTH_ERR_NOMEM;
    for (int pass = 0; !rc && pass < 2 && l->count == 0; pass++) {
        sqlite3_stmt *st;
        if ((rc = prepare(s, pass ? SQL_FIND_SPEAKERS : SQL_FIND_NAMES, &st, "finding a speaker")) != 0) break;
        sqlite3_bind_text(st, 1, pk, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 2, ok, -1, SQLITE_STATIC);
        if (!pass) sqlite3_bind_int(st, 3, *pk && !strchr(pk, ' '));
        rc = collect_ids(s, st, l);
        sqlite3_finalize(st);
    }
    free(pk);
    free(ok);
    return rc;
}

/* The name without its first word, when two words or more remain; else NULL. */
static const char *after_first_word(const char *name) {
    const char *p = name + strspn(name, " \t");
    p += strcspn(p, " \t");
    p += strspn(p, " \t");
    const char *second = p + strcspn(p, " \t");
    return *second && second[strspn(second, " \t")] ? p : NULL;
}

/* Whether the words before a name ("Health Minister") share a word with
 * a role documents gave one of the speakers in l: they describe that
 * person, and are no part of another name ("John" before "Tom Reyes"). */
static int prefix_fits_role(quoth_store *s, const id_list *l, const char *prefix, size_t n, int *fits) {
    *fits = 0;
    char *words = malloc(n + 1);
    if (!words) return QUOTH_ERR_NOMEM;
    memcpy(words, prefix, n);
    words[n] = 0;
    char *want = quoth_role_key(words);
    free(words);
    sqlite3_stmt *st;
    int rc = want ? prepare(s,
                            "SELECT DISTINCT role FROM speaker_names WHERE role <> ''"
                            " AND speaker_id IN (SELECT value FROM json_each(?1))",
                            &st, "finding a speaker")
                  : QUOTH_ERR_NOMEM;
    if (rc) {
        free(want);
        return rc;
    }
    sqlite3_bind_text(st, 1, l->json, -1, SQLITE_STATIC);
    int step = SQLITE_DONE;
    while (!rc && !*fits && (step = sqlite3_step(st)) == SQLITE_ROW) {
        char *role = quoth_role_key(col_text(st, 0));
        if (!role) rc = QUOTH_ERR_NOMEM;
        else *fits = *want && *role && quoth_roles_compatible(want, role);
        free(role);
    }
    if (!rc && !*fits && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "finding a speaker");
    sqlite3_finalize(st);
    free(want);
    return rc;
}

int quoth_store_find_speakers(quoth_store *s, const char *name, char **json_ids, size_t *count) {
    *json_ids = NULL;
    *count = 0;
    id_list l = {NULL, 0, 0, 0};
    int rc = 0;
    /* the name as given; else, when words that are no title come before
     * it ("Health Minister Margaret Thornbury", as an article wrote it),
     * the name without them, as long as two words are left (a surname
     * alone would find every speaker of that surname) and the words fit a
     * role the speaker was given */
    for (const char *rest = name; !rc && rest; rest = after_first_word(rest)) {
        rc = find_by_key(s, rest, &l);
        int fits = 1;
        if (!rc && l.count && rest != name) rc = prefix_fits_role(s, &l, name, (size_t)(rest - name), &fits);
        if (!rc && l.count && fits) break;
        if (!rc) rc = id_list_clear(&l);
    }
    if (rc) {
        free(l.json);
        return rc;
    }
    *json_ids = l.json;
    *count = l.count;
    return 0;
}

/* ------------------------------------------------------ one speaker's facts */

typedef struct facet_sql {
    const char *facet, *sql;
} facet_sql;

/* Each query takes the speaker id as ?1 and gives value, count. */
static const facet_sql FACETS[] = {
    {"name",
     "SELECT n.name, count(*) FROM speaker_names n JOIN statements s ON s.name_id = n.id"
     " WHERE n.speaker_id = ?1 GROUP BY n.name ORDER BY 2 DESC, 1"},
    {"role",
     "SELECT s.speaker_role, count(*) FROM speaker_names n JOIN statements s ON s.name_id = n.id"
     " WHERE n.speaker_id = ?1 AND s.speaker_role IS NOT NULL AND s.speaker_role <> ''"
     " GROUP BY s.speaker_role ORDER BY 2 DESC, 1"},
    {"type",
     "SELECT s.type, count(*) FROM speaker_names n JOIN statements s ON s.name_id = n.id"
     " WHERE n.speaker_id = ?1 GROUP BY s.type ORDER BY 2 DESC, 1"},
    {"outlet",
     "SELECT coalesce(d.outlet, '(none)'), count(*) FROM speaker_names n"
     " JOIN statements s ON s.name_id = n.id JOIN documents d ON d.id = s.document_id"
     " WHERE n.speaker_id = ?1 GROUP BY d.outlet ORDER BY 2 DESC, 1"},
    {"month",
     "SELECT coalesce(substr(d.date, 1, 7), 'undated') AS m, count(*) FROM speaker_names n"
     " JOIN statements s ON s.name_id = n.id JOIN documents d ON d.id = s.document_id"
     " WHERE n.speaker_id = ?1 GROUP BY m ORDER BY m = 'undated', m"},
};

static int facet_rows(quoth_store *s, int64_t id, const facet_sql *f, quoth_store_fact_fn fn, void *ctx) {
    sqlite3_stmt *st;
    int rc = prepare(s, f->sql, &st, "describing a speaker");
    if (rc) return rc;
    sqlite3_bind_int64(st, 1, id);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        quoth_store_fact fact = {id, f->facet, col_text(st, 0), NULL, sqlite3_column_int64(st, 1)};
        if ((rc = fn(ctx, &fact)) != 0) break;
    }
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "describing a speaker");
    sqlite3_finalize(st);
    return rc;
}

/* The "speaker", "documents", "first", "last" and "gender" facts of speaker id. */
static int header_facts(quoth_store *s, int64_t id, quoth_store_fact_fn fn, void *ctx) {
    sqlite3_stmt *st;
    int rc = prepare(s,
                     "SELECT name, kind, statements, documents, first_date, last_date, gender FROM speakers"
                     " WHERE id = ?1",
                     &st, "describing a speaker");
    if (rc) return rc;
    sqlite3_bind_int64(st, 1, id);
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        quoth_store_fact f[] = {
            {id, "speaker", col_text(st, 0), col_text(st, 1), sqlite3_column_int64(st, 2)},
            {id, "documents", NULL, NULL, sqlite3_column_int64(st, 3)},
            {id, "first", col_text(st, 4), NULL, 0},
            {id, "last", col_text(st, 5), NULL, 0},
            {id, "gender", col_text(st, 6), NULL, 0},
        };
        for (size_t i = 0; !rc && i < sizeof f / sizeof *f; i++)
            if (i < 2 || f[i].value) rc = fn(ctx, &f[i]);
    } else if (step != SQLITE_DONE) {
        rc = quoth_store_fail(s, step, "describing a speaker");
    }
    sqlite3_finalize(st);
    return rc;
}

int quoth_store_speaker_facts(quoth_store *s, const char *name, quoth_store_fact_fn fn, void *ctx,
                              size_t *found) {
    *found = 0;
    int rc = quoth_store_refresh_speakers(s);
    char *ids = NULL;
    if (!rc) rc = quoth_store_find_speakers(s, name, &ids, found);
    /* the ids are digits and commas inside brackets: read them back */
    for (const char *p = ids ? ids + 1 : ""; !rc && *p && *p != ']';) {
        char *end;
        int64_t id = strtoll(p, &end, 10);
        p = end;
        rc = header_facts(s, id, fn, ctx);
        for (size_t i = 0; !rc && i < sizeof FACETS / sizeof *FACETS; i++) rc = facet_rows(s, id, &FACETS[i], fn, ctx);
        if (*p == ',') p++;
    }
    free(ids);
    return rc;
}

/* ---------------------------------------------------------- corrections */

int quoth_store_correct(quoth_store *s, const char *action, const char *name, const char *other) {
    int merge = strcmp(action, "merge") == 0;
    if ((!merge && strcmp(action, "split") != 0) || !name || !*name || (merge && (!other || !*other)))
        return QUOTH_ERR_INVALID;
    int rc = quoth_store_begin(s);
    sqlite3_stmt *st;
    if (!rc) rc = prepare(s, "INSERT INTO speaker_corrections (action, name, other) VALUES (?1, ?2, ?3)", &st,
                          "recording a correction");
    if (rc) return rc;
    sqlite3_bind_text(st, 1, merge ? "merge" : "split", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
    quoth_store_bind_text(st, 3, merge ? other : NULL);
    rc = quoth_store_step_done(s, st, "recording a correction");
    sqlite3_finalize(st);
    if (!rc) rc = quoth_store_exec(s, "UPDATE meta SET value = '1' WHERE key = 'speakers_dirty'", "recording a correction");
    if (!rc) rc = quoth_store_update_speakers(s);
    return rc;
}

int quoth_store_forget_correction(quoth_store *s, int64_t id, int *found) {
    int rc = quoth_store_begin(s);
    sqlite3_stmt *st;
    if (!rc) rc = prepare(s, "DELETE FROM speaker_corrections WHERE id = ?1", &st, "forgetting a correction");
    if (rc) return rc;
    sqlite3_bind_int64(st, 1, id);
    rc = quoth_store_step_done(s, st, "forgetting a correction");
    sqlite3_finalize(st);
    *found = !rc && sqlite3_changes(s->db) > 0;
    if (!rc && *found)
        rc = quoth_store_exec(s, "UPDATE meta SET value = '1' WHERE key = 'speakers_dirty'", "forgetting a correction");
    if (!rc) rc = quoth_store_update_speakers(s);
    return rc;
}

int quoth_store_corrections(quoth_store *s, quoth_store_correction_fn fn, void *ctx) {
    sqlite3_stmt *st;
    int rc = prepare(s, "SELECT id, action, name, other, created FROM speaker_corrections ORDER BY id", &st,
                     "listing corrections");
    if (rc) return rc;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW)
        if ((rc = fn(ctx, sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                     col_text(st, 4))) != 0)
            break;
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "listing corrections");
    sqlite3_finalize(st);
    return rc;
}
