/*
 * schema.h - the SQL that creates an empty store (see docs/schema.md).
 */
#ifndef QUOTH_STORE_SCHEMA_H
#define QUOTH_STORE_SCHEMA_H

/* Every CREATE statement of schema version 1, in one string for sqlite3_exec. */
const char *quoth_store_schema_sql(void);

#endif
