/*
 * wire.h - a document's statements as bytes, to cross from the thread that
 * extracted them to the one that stores them: `quoth index` extracts on
 * every core (the pipeline's workers) and stores in input order from one
 * writer thread, which alone holds the store's write connection. A quoth_doc
 * lives only until its engine's next document, so what the writer needs of
 * it (the metadata, the text's hash and size, the records) is copied into
 * the worker's output bytes; read back, every string points into them.
 */
#ifndef QUOTH_STORE_WIRE_H
#define QUOTH_STORE_WIRE_H

#include <stdio.h>

#include "store/store.h"

typedef enum quoth_wire_kind {
    QUOTH_WIRE_STORE = 'S',     /* extracted: store these records */
    QUOTH_WIRE_UNCHANGED = 'U'  /* the store holds this text already: no records */
} quoth_wire_kind;

/* A document read back from its bytes. */
typedef struct quoth_wire_doc {
    quoth_wire_kind kind;
    quoth_doc_meta meta;
    char hash[65];               /* SHA-256 of the text, hex */
    size_t text_bytes;
    size_t n;                    /* records */
    quoth_store_record *records; /* malloc'd; NULL when n is 0 */
} quoth_wire_doc;

/* Writes a document to out: its metadata, its text's hash and size, and
 * (for QUOTH_WIRE_STORE) the records of doc's quotes. QUOTH_ERR_IO when
 * out fails. */
int quoth_wire_write(FILE *out, quoth_wire_kind kind, const quoth_doc_meta *meta, const char *hash,
                     size_t text_bytes, const quoth_doc *doc);

/* Reads what quoth_wire_write() wrote. QUOTH_ERR_INVALID for bytes it did
 * not write (a bug, never the input's fault), QUOTH_ERR_NOMEM. The strings
 * of *w point into bytes, which must outlive it. */
int quoth_wire_read(const char *bytes, size_t len, quoth_wire_doc *w);

/* Frees what quoth_wire_read() allocated. */
void quoth_wire_doc_free(quoth_wire_doc *w);

#endif
