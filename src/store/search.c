/*
 * search.c - finding statements: full-text search over their content
 * (FTS5, BM25 ranking, marked snippets) combined with filters on speaker,
 * outlet, dates and type, or the filters alone, newest first.
 *
 * The SQL is assembled from constant fragments, one per filter in use, so
 * that SQLite plans each combination with the indexes that fit it; every
 * value is a bound parameter.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store/names.h"
#include "store/store.h"

/* Parameter numbers, the same in every fragment. */
enum { P_MATCH = 1, P_OPEN, P_CLOSE, P_SPEAKERS, P_OUTLET, P_SINCE, P_UNTIL, P_TYPE, P_LIMIT, P_CONFIDENCE, P_GENDER };

#define COLUMNS \
    "s.type, s.cue, s.cue_start, s.cue_end, s.source, s.source_start, s.source_end," \
    " s.content, s.content_start, s.content_end, s.content2, s.content2_start, s.content2_end," \
    " sp.name, s.speaker_name, s.speaker_mention, s.speaker_role, s.speaker_kind, s.resolved_by," \
    " s.confidence, coalesce(d.doc_id, d.doc_key), d.url, d.outlet, d.date, d.title, " GENDER

/* The speaker's gender across the store, else what the document says. */
#define GENDER "coalesce(sp.gender, s.speaker_gender)"

#define JOINS \
    " JOIN documents d ON d.id = s.document_id" \
    " LEFT JOIN speaker_names n ON n.id = s.name_id" \
    " LEFT JOIN speakers sp ON sp.id = n.speaker_id"

static const char *const SQL_TEXT_HEAD =
    "SELECT s.id, bm25(statements_fts), snippet(statements_fts, -1, ?2, ?3, '…', 24), " COLUMNS
    " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid" JOINS
    " WHERE statements_fts MATCH ?1";
static const char *const SQL_TEXT_ORDER = " ORDER BY bm25(statements_fts), d.date DESC, s.id LIMIT ?9";

/* Without text, a hit's snippet is its words: the content, and the second
 * piece of a content split around its cue after " … ". */
#define WORDS "s.content || coalesce(' … ' || s.content2, '')"

static const char *const SQL_ALL_HEAD =
    "SELECT s.id, 0.0, " WORDS ", " COLUMNS " FROM documents d JOIN statements s ON s.document_id = d.id"
    " LEFT JOIN speaker_names n ON n.id = s.name_id LEFT JOIN speakers sp ON sp.id = n.speaker_id"
    " WHERE 1";
/* newest first; documents without a date last */
static const char *const SQL_ALL_ORDER = " ORDER BY d.date DESC, d.id DESC, s.seq LIMIT ?9";

/* distinct: the statements that pass the filters (`hits`, each with its
 * speaker and the key of its words), grouped by speaker and words; each
 * group's earliest statement (by its document's date, undated last, then
 * by id, which is the last 20 characters of what min() compares) is its
 * hit. */
#define HIT_KEY \
    "d.id AS did, d.outlet AS outlet, d.date AS date, coalesce(sp.id, 0) AS who," \
    " quoth_words(s.content || ' ' || coalesce(s.content2, '')) AS words"
static const char *const SQL_DISTINCT_TEXT_HEAD =
    "WITH hits AS MATERIALIZED (SELECT s.id AS sid, bm25(statements_fts) AS rank,"
    " snippet(statements_fts, -1, ?2, ?3, '…', 24) AS snip, " HIT_KEY
    " FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid" JOINS
    " WHERE statements_fts MATCH ?1";
static const char *const SQL_DISTINCT_ALL_HEAD =
    "WITH hits AS (SELECT s.id AS sid, 0.0 AS rank, " HIT_KEY
    " FROM documents d JOIN statements s ON s.document_id = d.id"
    " LEFT JOIN speaker_names n ON n.id = s.name_id LEFT JOIN speakers sp ON sp.id = n.speaker_id"
    " WHERE 1";
static const char *const SQL_DISTINCT_GROUPS =
    "), groups AS (SELECT count(*) AS n, count(DISTINCT did) AS docs,"
    " count(DISTINCT lower(outlet)) AS outlets, min(date) AS first, max(date) AS last, min(rank) AS best,"
    " CAST(substr(min(coalesce(date, '~') || printf(' %020d', sid)), -20) AS INTEGER) AS earliest"
    " FROM hits GROUP BY who, words)";
/* The groups are ordered and cut before their hits are read: a million
 * groups each joined to its statement, document and speaker first took
 * seconds for a page of twenty. The best match first, then the most
 * carried; without text, the most carried first, then the most recently
 * said. */
static const char *const SQL_DISTINCT_TEXT_TOP =
    ", top AS (SELECT * FROM groups ORDER BY best, docs DESC, earliest LIMIT ?9)";
static const char *const SQL_DISTINCT_ALL_TOP =
    ", top AS (SELECT * FROM groups ORDER BY docs DESC, last DESC, earliest LIMIT ?9)";
/* the snippet of a text search is its hit's, kept with the hits (which
 * are read once, MATERIALIZED, for both); without text, the words */
static const char *const SQL_DISTINCT_TEXT_SELECT =
    " SELECT s.id, g.best, h.snip, " COLUMNS ", g.n, g.docs, g.outlets, g.first, g.last"
    " FROM top g JOIN hits h ON h.sid = g.earliest JOIN statements s ON s.id = g.earliest" JOINS;
static const char *const SQL_DISTINCT_ALL_SELECT =
    " SELECT s.id, g.best, " WORDS ", " COLUMNS ", g.n, g.docs, g.outlets, g.first, g.last"
    " FROM top g JOIN statements s ON s.id = g.earliest" JOINS;
static const char *const SQL_DISTINCT_TEXT_ORDER = " ORDER BY g.best, g.docs DESC, g.earliest";
static const char *const SQL_DISTINCT_ALL_ORDER = " ORDER BY g.docs DESC, g.last DESC, g.earliest";

static const char *const F_SPEAKERS =
    " AND s.name_id IN (SELECT id FROM speaker_names WHERE speaker_id IN (SELECT value FROM json_each(?4)))";
static const char *const F_OUTLET = " AND d.outlet = ?5 COLLATE NOCASE";
static const char *const F_SINCE = " AND d.date >= ?6";
static const char *const F_UNTIL = " AND d.date <= ?7";
static const char *const F_TYPE = " AND s.type = ?8";
static const char *const F_CONFIDENCE = " AND s.confidence >= ?10";
static const char *const F_GENDER = " AND " GENDER " = ?11";

/* ------------------------------------------------------------ query text */

typedef struct sbuf {
    char *s;
    size_t n, cap;
    int failed;
} sbuf;

static void put(sbuf *b, const char *s, size_t n) {
    if (b->failed) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->failed = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void puts_(sbuf *b, const char *s) { put(b, s, strlen(s)); }

static int has_word_char(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return 1;
    }
    return 0;
}

/* Writes s[0..n) as an FTS5 string: in double quotes, quotes doubled, so
 * that punctuation and FTS5's own keywords are just text. */
static void put_fts_string(sbuf *b, const char *s, size_t n) {
    put(b, "\"", 1);
    for (size_t i = 0; i < n; i++) put(b, s[i] == '"' ? "\"\"" : s + i, s[i] == '"' ? 2 : 1);
    put(b, "\"", 1);
}

/* The FTS5 query for a person's words: words must all occur (in any form
 * the Porter stemmer gives them: "negotiations" finds "negotiate"),
 * "quoted words" as a phrase, word* as a prefix, OR between two terms. */
static int fts_query(const char *text, char **out) {
    sbuf b = {0};
    size_t terms = 0;
    int pending_or = 0;
    const char *p = text;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == '\n') p++;
        if (!*p) break;
        const char *s;
        size_t n;
        int phrase = *p == '"', prefix = 0;
        if (phrase) {
            s = ++p;
            while (*p && *p != '"') p++;
            n = (size_t)(p - s);
            if (*p) p++;
        } else {
            s = p;
            while (*p && *p != ' ' && *p != '\t' && *p != '\n') p++;
            n = (size_t)(p - s);
            if (n == 2 && memcmp(s, "OR", 2) == 0 && terms) {
                pending_or = 1;
                continue;
            }
            while (n && s[n - 1] == '*') n--, prefix = 1;
        }
        if (!has_word_char(s, n)) continue;
        if (terms) puts_(&b, pending_or ? " OR " : " ");
        put_fts_string(&b, s, n);
        if (prefix) puts_(&b, "*");
        pending_or = 0;
        terms++;
    }
    if (b.failed) {
        free(b.s);
        return QUOTH_ERR_NOMEM;
    }
    if (!terms) {
        free(b.s);
        return QUOTH_ERR_INVALID;
    }
    *out = b.s;
    return 0;
}

/* --------------------------------------------------------------- search */

/* quoth_words(text): the hash of a statement's words (names.h), for the
 * distinct query's grouping: a million statements group by integers in a
 * fraction of the time their texts would take, and among a million
 * different wordings two share a 64-bit hash with a chance of about 3 in
 * 100 million. */
static void sql_words(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    sqlite3_result_int64(ctx, (sqlite3_int64)quoth_words_hash((const char *)sqlite3_value_text(argv[0])));
}

static const char *col_text(sqlite3_stmt *st, int i) { return (const char *)sqlite3_column_text(st, i); }

static size_t col_size(sqlite3_stmt *st, int i) {
    sqlite3_int64 v = sqlite3_column_int64(st, i);
    return v < 0 ? 0 : (size_t)v;
}

static quoth_quote_type type_of(const char *t) {
    if (t && strcmp(t, "direct") == 0) return QUOTH_DIRECT;
    if (t && strcmp(t, "mixed") == 0) return QUOTH_MIXED;
    return QUOTH_INDIRECT;
}

/* Fills a hit from a row of either query (same columns from 3 on). */
static void hit_of(sqlite3_stmt *st, quoth_store_hit *h) {
    memset(h, 0, sizeof *h);
    h->statement_id = sqlite3_column_int64(st, 0);
    h->score = sqlite3_column_double(st, 1);
    h->snippet = col_text(st, 2);
    h->type = type_of(col_text(st, 3));
    h->cue = col_text(st, 4);
    h->cue_start = col_size(st, 5);
    h->cue_end = col_size(st, 6);
    h->source = col_text(st, 7);
    h->source_start = col_size(st, 8);
    h->source_end = col_size(st, 9);
    h->contents[0] = col_text(st, 10);
    h->content_start[0] = col_size(st, 11);
    h->content_end[0] = col_size(st, 12);
    h->n_contents = sqlite3_column_type(st, 13) == SQLITE_NULL ? 1 : 2;
    h->contents[1] = col_text(st, 13);
    h->content_start[1] = col_size(st, 14);
    h->content_end[1] = col_size(st, 15);
    h->speaker = col_text(st, 16);
    h->speaker_name = col_text(st, 17);
    h->mention = col_text(st, 18);
    h->role = col_text(st, 19);
    h->kind = col_text(st, 20);
    h->resolved_by = col_text(st, 21);
    h->confidence = sqlite3_column_double(st, 22);
    h->doc_id = col_text(st, 23);
    h->url = col_text(st, 24);
    h->outlet = col_text(st, 25);
    h->date = col_text(st, 26);
    h->title = col_text(st, 27);
    h->gender = col_text(st, 28);
    if (!h->snippet) h->snippet = h->contents[0];
}

/* Fills a hit from a row of the distinct query: a hit's columns, then its group's. */
static void distinct_hit_of(sqlite3_stmt *st, quoth_store_hit *h) {
    hit_of(st, h);
    h->statements = col_size(st, 29);
    h->documents = col_size(st, 30);
    h->outlets = col_size(st, 31);
    h->first_date = col_text(st, 32);
    h->last_date = col_text(st, 33);
}

/* The inclusive upper bound of a date prefix: "2016-03" covers every date
 * and time of March 2016, all of which sort below "2016-03~". */
static void until_bound(const char *until, char *out, size_t cap) {
    snprintf(out, cap, "%s~", until);
}

static int build_sql(const quoth_store_query *q, int have_speakers, sbuf *b) {
    if (q->distinct) puts_(b, q->text ? SQL_DISTINCT_TEXT_HEAD : SQL_DISTINCT_ALL_HEAD);
    else puts_(b, q->text ? SQL_TEXT_HEAD : SQL_ALL_HEAD);
    if (have_speakers) puts_(b, F_SPEAKERS);
    if (q->outlet) puts_(b, F_OUTLET);
    if (q->since) puts_(b, F_SINCE);
    if (q->until) puts_(b, F_UNTIL);
    if (q->type >= 0) puts_(b, F_TYPE);
    if (q->min_confidence > 0) puts_(b, F_CONFIDENCE);
    if (q->gender) puts_(b, F_GENDER);
    if (q->distinct) {
        puts_(b, SQL_DISTINCT_GROUPS);
        puts_(b, q->text ? SQL_DISTINCT_TEXT_TOP : SQL_DISTINCT_ALL_TOP);
        puts_(b, q->text ? SQL_DISTINCT_TEXT_SELECT : SQL_DISTINCT_ALL_SELECT);
        puts_(b, q->text ? SQL_DISTINCT_TEXT_ORDER : SQL_DISTINCT_ALL_ORDER);
    } else {
        puts_(b, q->text ? SQL_TEXT_ORDER : SQL_ALL_ORDER);
    }
    return b->failed ? QUOTH_ERR_NOMEM : 0;
}

static void bind_all(sqlite3_stmt *st, const quoth_store_query *q, const char *match, const char *speakers,
                     const char *until) {
    /* binding a parameter the SQL does not use fails harmlessly (SQLITE_RANGE) */
    if (match) {
        sqlite3_bind_text(st, P_MATCH, match, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, P_OPEN, q->mark_open ? q->mark_open : "[", -1, SQLITE_STATIC);
        sqlite3_bind_text(st, P_CLOSE, q->mark_close ? q->mark_close : "]", -1, SQLITE_STATIC);
    }
    if (speakers) sqlite3_bind_text(st, P_SPEAKERS, speakers, -1, SQLITE_STATIC);
    if (q->outlet) sqlite3_bind_text(st, P_OUTLET, q->outlet, -1, SQLITE_STATIC);
    if (q->since) sqlite3_bind_text(st, P_SINCE, q->since, -1, SQLITE_STATIC);
    if (q->until) sqlite3_bind_text(st, P_UNTIL, until, -1, SQLITE_STATIC);
    if (q->type >= 0) sqlite3_bind_text(st, P_TYPE, quoth_quote_type_name((quoth_quote_type)q->type), -1,
                                        SQLITE_STATIC);
    sqlite3_bind_int64(st, P_LIMIT, q->limit ? (sqlite3_int64)q->limit : -1);
    /* confidences are stored from floats: 0.95 is kept as 0.949999988, so
     * the bound is compared at the same precision */
    if (q->min_confidence > 0) sqlite3_bind_double(st, P_CONFIDENCE, (double)(float)q->min_confidence);
    if (q->gender) sqlite3_bind_text(st, P_GENDER, q->gender, -1, SQLITE_STATIC);
}

static int run(quoth_store *s, const quoth_store_query *q, const char *match, const char *speakers,
               int (*fn)(void *, const quoth_store_hit *), void *ctx, size_t *n_hits) {
    sbuf sql = {0};
    int rc = build_sql(q, speakers != NULL, &sql);
    sqlite3_stmt *st = NULL;
    if (!rc && (rc = sqlite3_prepare_v2(s->db, sql.s, -1, &st, NULL)) != SQLITE_OK)
        rc = quoth_store_fail(s, rc, "preparing the search");
    free(sql.s);
    if (rc) return rc;
    char until[64] = "";
    if (q->until) until_bound(q->until, until, sizeof until);
    bind_all(st, q, match, speakers, until);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        quoth_store_hit h;
        if (q->distinct) distinct_hit_of(st, &h);
        else hit_of(st, &h);
        if (n_hits) (*n_hits)++;
        if ((rc = fn(ctx, &h)) != 0) break;
    }
    if (!rc && step != SQLITE_DONE) rc = quoth_store_fail(s, step, "searching");
    sqlite3_finalize(st);
    return rc;
}

/* QUOTH_ERR_INVALID (message set) for a query no statement can meet
 * because it is malformed, else 0. */
static int check_query(quoth_store *s, const quoth_store_query *q) {
    const char *why = NULL;
    if ((q->since && !quoth_store_valid_date_prefix(q->since)) ||
        (q->until && !quoth_store_valid_date_prefix(q->until)))
        why = "dates are YYYY, YYYY-MM or YYYY-MM-DD, of days that exist";
    else if (quoth_store_date_range_empty(q->since, q->until))
        why = "the since date is after the until date: no date is in that range";
    else if (!(q->min_confidence >= 0 && q->min_confidence <= 1)) /* NaN too */
        why = "a confidence is a number from 0 to 1";
    else if (q->gender && strcmp(q->gender, "female") != 0 && strcmp(q->gender, "male") != 0)
        why = "a gender is female or male";
    if (!why) return 0;
    snprintf(s->message, sizeof s->message, "%s", why);
    return QUOTH_ERR_INVALID;
}

int quoth_store_search(quoth_store *s, const quoth_store_query *q,
                       int (*fn)(void *ctx, const quoth_store_hit *hit), void *ctx, size_t *n_hits) {
    if (n_hits) *n_hits = 0;
    if (!s || !q || !fn) return QUOTH_ERR_INVALID;
    int rc = check_query(s, q);
    if (!rc) rc = quoth_store_refresh_speakers(s);
    if (rc) return rc;
    /* on this connection only; registering it again replaces it */
    if (q->distinct && (rc = sqlite3_create_function(s->db, "quoth_words", 1,
                                                     SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                                     sql_words, NULL, NULL)) != SQLITE_OK)
        return quoth_store_fail(s, rc, "preparing the search");
    char *match = NULL, *speakers = NULL;
    if (q->text && (rc = fts_query(q->text, &match)) != 0) {
        if (rc == QUOTH_ERR_INVALID) snprintf(s->message, sizeof s->message, "the query has no words to find");
        return rc;
    }
    size_t found = 1;
    if (q->speaker) rc = quoth_store_find_speakers(s, q->speaker, &speakers, &found);
    if (!rc && found) rc = run(s, q, match, speakers, fn, ctx, n_hits);
    free(match);
    free(speakers);
    return rc;
}
