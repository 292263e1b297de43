/*
 * writer.h - one function per output format behind quoth_writer.
 */
#ifndef QUOTH_IO_WRITER_H
#define QUOTH_IO_WRITER_H

#include <stdio.h>

#include "io/json.h"
#include "quoth.h"

struct quoth_writer {
    FILE *out;
    quoth_json_buf json; /* the JSON record being made, reused */
    quoth_json_buf words; /* a statement's content pieces joined, for table and CSV */
    quoth_format format;
    unsigned flags;
    int width;
    size_t documents;   /* written so far, for the table's separators */
    int header_done;    /* CSV header written */
};

/* The JSON Lines writer returns QUOTH_ERR_NOMEM when a record could not
 * be made in memory; the others write straight to the stream. */
int quoth_write_json_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc);
int quoth_write_json_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message);
void quoth_write_table_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc);
void quoth_write_table_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message);
void quoth_write_csv_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc);
void quoth_write_csv_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message);

/* What the table and CSV show as the speaker: the resolved name, else the
 * words of the source, else "-". */
const char *quoth_quote_speaker_label(const quoth_quote *q);

/* What the table and CSV show as the statement: its content pieces in
 * order, joined by " … ", so that the cue and source a statement is split
 * around ("“It's a mess,” said X. “Nobody knows.”") are not shown as its
 * words. Sets *len; the bytes live in w until the next call. Without
 * memory for the joined pieces, the first piece alone. */
const char *quoth_statement_words(quoth_writer *w, const char *text, const quoth_quote *q, size_t *len);

#endif
