/*
 * schema.h - the SQL that creates an empty store (see docs/schema.md).
 */
#ifndef QUOTH_STORE_SCHEMA_H
#define QUOTH_STORE_SCHEMA_H

/* Every CREATE statement of schema version 3 but the statement_details
 * view, in one string for sqlite3_exec. */
const char *quoth_store_schema_sql(void);

/* CREATE VIEW statement_details, which an upgrade from version 1 makes
 * again. */
const char *quoth_store_statement_details_sql(void);

#endif
