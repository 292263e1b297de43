/*
 * schema.c - the store's tables, views and triggers (version 3), kept in
 * step with docs/schema.md. Plain tables and views so that any SQLite tool
 * can read a store; the full-text index is an external-content FTS5 table
 * over statements. quoth writes a new statement's full-text row itself
 * (index.c): an AFTER INSERT trigger, as version 2 had, makes SQLite keep a
 * statement journal for every statement stored, which with the speaker
 * name's upsert was two thirds of `quoth index`'s storing. Deletes and
 * updates keep their triggers, so that SQL that removes documents or
 * mends a content keeps the index right.
 */
#include "store/schema.h"

/* Its own statement, so that upgrading a store of version 1 can make it
 * again with the columns version 2 added. */
static const char *const STATEMENT_DETAILS =
    "CREATE VIEW statement_details AS"
    "  SELECT s.id AS statement_id, d.doc_id, d.url, d.outlet, d.date, d.title,"
    "    s.seq, s.type, s.cue, s.content, s.content2,"
    "    sp.id AS speaker_id, sp.name AS speaker, s.speaker_name, s.speaker_mention,"
    "    s.speaker_role, s.speaker_kind, sp.gender AS speaker_gender,"
    "    s.speaker_gender AS gender_in_document, s.resolved_by, s.confidence,"
    "    s.cue_start, s.cue_end, s.source, s.source_start, s.source_end,"
    "    s.content_start, s.content_end, s.content2_start, s.content2_end"
    "  FROM statements s"
    "  JOIN documents d ON d.id = s.document_id"
    "  LEFT JOIN speaker_names n ON n.id = s.name_id"
    "  LEFT JOIN speakers sp ON sp.id = n.speaker_id;";

const char *quoth_store_statement_details_sql(void) { return STATEMENT_DETAILS; }

const char *quoth_store_schema_sql(void) {
    return
        "CREATE TABLE meta ("
        "  key TEXT PRIMARY KEY,"
        "  value TEXT);"

        "CREATE TABLE documents ("
        "  id INTEGER PRIMARY KEY,"
        "  doc_key TEXT NOT NULL UNIQUE," /* doc_id, or 'sha256:' || text_hash without one */
        "  doc_id TEXT,"
        "  url TEXT,"
        "  outlet TEXT,"
        "  date TEXT,"
        "  title TEXT,"
        "  text_hash TEXT NOT NULL,"
        "  text_bytes INTEGER NOT NULL,"
        "  statements INTEGER NOT NULL,"
        "  indexed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"
        "CREATE INDEX documents_hash ON documents (text_hash);"
        "CREATE INDEX documents_date ON documents (date, id);"
        "CREATE INDEX documents_outlet ON documents (outlet COLLATE NOCASE, date);"

        "CREATE TABLE speaker_names ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL,"
        "  role TEXT NOT NULL DEFAULT '',"
        "  kind TEXT NOT NULL,"
        "  name_key TEXT NOT NULL,"
        "  speaker_id INTEGER,"
        "  UNIQUE (name, role, kind));"
        "CREATE INDEX speaker_names_key ON speaker_names (name_key);"
        "CREATE INDEX speaker_names_speaker ON speaker_names (speaker_id);"

        "CREATE TABLE speakers ("
        "  id INTEGER PRIMARY KEY,"
        "  name TEXT NOT NULL,"
        "  name_key TEXT NOT NULL,"
        "  kind TEXT NOT NULL,"
        "  gender TEXT," /* what most of its statements' documents say; NULL: none says */
        "  statements INTEGER NOT NULL DEFAULT 0,"
        "  documents INTEGER NOT NULL DEFAULT 0,"
        "  names INTEGER NOT NULL DEFAULT 0,"
        "  first_date TEXT,"
        "  last_date TEXT);"
        "CREATE INDEX speakers_key ON speakers (name_key);"
        "CREATE INDEX speakers_statements ON speakers (statements DESC, id);"

        "CREATE TABLE speaker_corrections ("
        "  id INTEGER PRIMARY KEY,"
        "  action TEXT NOT NULL CHECK (action IN ('merge', 'split')),"
        "  name TEXT NOT NULL,"
        "  other TEXT,"
        "  created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));"

        "CREATE TABLE statements ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,"
        "  seq INTEGER NOT NULL,"
        "  type TEXT NOT NULL CHECK (type IN ('direct', 'indirect', 'mixed')),"
        "  cue TEXT,"
        "  cue_start INTEGER,"
        "  cue_end INTEGER,"
        "  source TEXT,"
        "  source_start INTEGER,"
        "  source_end INTEGER,"
        "  content TEXT NOT NULL,"
        "  content_start INTEGER NOT NULL,"
        "  content_end INTEGER NOT NULL,"
        "  content2 TEXT,"
        "  content2_start INTEGER,"
        "  content2_end INTEGER,"
        "  speaker_name TEXT,"
        "  speaker_mention TEXT,"
        "  speaker_role TEXT,"
        "  speaker_kind TEXT NOT NULL,"
        "  resolved_by TEXT NOT NULL,"
        "  confidence REAL NOT NULL,"
        "  name_id INTEGER REFERENCES speaker_names (id),"
        "  speaker_gender TEXT CHECK (speaker_gender IN ('male', 'female')),"
        "  UNIQUE (document_id, seq));"
        "CREATE INDEX statements_name ON statements (name_id, document_id);"

        "CREATE VIRTUAL TABLE statements_fts USING fts5 ("
        "  content, content2,"
        "  content = 'statements', content_rowid = 'id',"
        "  tokenize = 'porter unicode61 remove_diacritics 2');"
        "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN"
        "  INSERT INTO statements_fts (statements_fts, rowid, content, content2)"
        "  VALUES ('delete', old.id, old.content, old.content2);"
        "END;"
        "CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, content2 ON statements BEGIN"
        "  INSERT INTO statements_fts (statements_fts, rowid, content, content2)"
        "  VALUES ('delete', old.id, old.content, old.content2);"
        "  INSERT INTO statements_fts (rowid, content, content2)"
        "  VALUES (new.id, new.content, new.content2);"
        "END;"

        "CREATE VIEW speaker_outlets AS"
        "  SELECT sp.id AS speaker_id, sp.name AS speaker, d.outlet,"
        "    count(*) AS statements, count(DISTINCT d.id) AS documents"
        "  FROM statements s"
        "  JOIN documents d ON d.id = s.document_id"
        "  JOIN speaker_names n ON n.id = s.name_id"
        "  JOIN speakers sp ON sp.id = n.speaker_id"
        "  GROUP BY sp.id, d.outlet;";
}
