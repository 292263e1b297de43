/*
 * brat.h - gold attributions from brat standoff, in the PolNeAR layout.
 *
 * A corpus folder holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann.
 * We read it exactly as the shared referee (eval/score.py) does, because our
 * figures must agree with its figures to the fourth decimal:
 *
 *   - every text/ *.txt that does not start with a dot, sorted by file name
 *     (byte order, which is code-point order), is one document; a text
 *     without any NAME_*.ann is skipped; of several .ann files the first by
 *     sorted name is used;
 *   - the text is what Python's open(encoding="utf-8") returns: universal
 *     newlines ("\r\n" and a lone "\r" become "\n"); invalid UTF-8, where
 *     Python would stop, becomes U+FFFD (the library's usual repair);
 *   - offsets count code points of that text, end exclusive;
 *   - an attribution is an E line whose type starts with "Attribution"
 *     (so also "Attribution-no-source") and that has at least one content
 *     piece; its Content* / Source* / Cue* arguments gather the pieces of
 *     the T lines they name (a discontinuous "a b;c d" gives two pieces).
 *
 * Where the referee would crash (a T line without two numbers per piece, an
 * empty E line, offsets outside the text) we skip the line instead.
 *
 * Beyond the referee, what was skipped or looks wrong is noted with its
 * file and line (quoth_brat_notes), so that someone training on their own
 * annotations can find it: score.py is silent about all of it, and the
 * figures do not change. docs/brat.md describes the format for users.
 *
 * The span and attribution types are shared with the prediction reader
 * (io/jsonl_pred.h) and the scorer (attrib/score.h). Spans are signed 64-bit
 * because predictions may carry any integer and the scorer must treat them
 * the way Python's indexing would.
 */
#ifndef QUOTH_IO_BRAT_H
#define QUOTH_IO_BRAT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* A piece of text, in code points, end exclusive. */
typedef struct quoth_eval_span {
    int64_t start, end;
} quoth_eval_span;

/* One attribution: gold (from an E line) or predicted. Arrays and strings
 * are malloc'd and owned by the attribution. */
typedef struct quoth_eval_attr {
    quoth_eval_span *contents, *sources, *cue;
    size_t n_contents, n_sources, n_cue;
    char *event;   /* gold: the event id ("E3"); NULL for predictions */
    char *speaker; /* predictions: the speaker's name when known, else NULL */
    int has_confidence; /* predictions: 1 when they come with a confidence */
    double confidence;
} quoth_eval_attr;

typedef struct quoth_eval_attrs {
    quoth_eval_attr *items;
    size_t n, cap;
} quoth_eval_attrs;

/* Appends k spans to the array *v of *n spans. 0 or QUOTH_ERR_NOMEM. */
int quoth_eval_spans_append(quoth_eval_span **v, size_t *n, const quoth_eval_span *add, size_t k);

/* Moves *a (its arrays and strings) to the end of the list; on failure *a
 * is freed. Either way *a is left empty. 0 or QUOTH_ERR_NOMEM. */
int quoth_eval_attrs_push(quoth_eval_attrs *list, quoth_eval_attr *a);

void quoth_eval_attr_free(quoth_eval_attr *a);
void quoth_eval_attrs_free(quoth_eval_attrs *list);

/* What reading a corpus skipped or found suspicious, by kind. */
typedef enum quoth_brat_note_kind {
    QUOTH_BRAT_TEXT_WITHOUT_ANN,   /* text/NAME.txt, no attributions/NAME_*.ann */
    QUOTH_BRAT_ANN_WITHOUT_SUFFIX, /* attributions/NAME.ann: no _ANNOTATOR */
    QUOTH_BRAT_ANN_WITHOUT_TEXT,   /* an .ann that no text/NAME.txt goes with */
    QUOTH_BRAT_LINE_SKIPPED,       /* a T or E line skipped (counted in skipped_lines) */
    QUOTH_BRAT_NOT_BRAT,           /* an .ann with bytes but no brat line */
    QUOTH_BRAT_NOT_UTF8,           /* a text or .ann read with U+FFFD for invalid UTF-8 */
    QUOTH_BRAT_SPAN_TEXT,          /* a T line's text is not the text at its offsets */
    QUOTH_BRAT_UNKNOWN_LABEL,      /* a T label quoth does not know, used by no attribution */
    QUOTH_BRAT_DUPLICATE_ID,       /* a T id given twice: the last line counts, as in score.py */
    QUOTH_BRAT_NOTE_KINDS
} quoth_brat_note_kind;

/* How many notes of each kind are kept with their text (all are counted):
 * enough to find the problem, too few to flood a terminal. */
#define QUOTH_BRAT_KEPT_NOTES 5

typedef struct quoth_brat_notes {
    size_t count[QUOTH_BRAT_NOTE_KINDS];
    char *kept[QUOTH_BRAT_NOTE_KINDS][QUOTH_BRAT_KEPT_NOTES]; /* "FILE:LINE: why", malloc'd */
} quoth_brat_notes;

/* Counts a note of `kind` and keeps its message if it is among the first.
 * 0 or QUOTH_ERR_NOMEM. */
int quoth_brat_note(quoth_brat_notes *notes, quoth_brat_note_kind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void quoth_brat_notes_free(quoth_brat_notes *notes);

/* Prints each kept note on a line of its own after `prefix`, with the
 * corpus folder `dir` before its file name, then "and N more ..." for a
 * kind with more than were kept. */
void quoth_brat_notes_print(FILE *out, const char *prefix, const char *dir, const quoth_brat_notes *notes);

/* One annotated document. */
typedef struct quoth_brat_doc {
    char *name;         /* the file name without ".txt" */
    char *ann;          /* the .ann file name that was read (no folder) */
    char *text;         /* the text as read, UTF-8, NUL-terminated */
    size_t len;         /* bytes of text */
    uint32_t *cps;      /* the same text as code points */
    size_t n_cp;
    uint32_t *cp_byte;  /* n_cp + 1 entries: byte offset of code point i */
    quoth_eval_attrs gold;
    size_t skipped_lines; /* malformed .ann lines skipped (quoth_brat_parse_ann) */
    size_t repairs;     /* invalid UTF-8 sequences of the text replaced by U+FFFD */
} quoth_brat_doc;

typedef struct quoth_brat_corpus {
    quoth_brat_doc *docs; /* sorted by text file name */
    size_t n;
    size_t *by_name;      /* doc indices sorted by name, for lookups */
    size_t skipped;       /* texts without an .ann file */
    size_t skipped_lines; /* the documents' skipped_lines, summed */
    size_t attributions;  /* the documents' gold attributions, summed */
    quoth_brat_notes notes; /* what was skipped or looks wrong, file by file */
} quoth_brat_corpus;

/* Reads the corpus under `dir`. QUOTH_ERR_IO when dir/text cannot be read
 * (errno tells why); a corpus of no documents is not an error. */
int quoth_brat_corpus_load(const char *dir, quoth_brat_corpus **out);

void quoth_brat_corpus_free(quoth_brat_corpus *corpus);

/* The index of the document called `name`, or -1. */
long quoth_brat_corpus_find(const quoth_brat_corpus *corpus, const char *name);

/* Fills a document's text fields from raw file bytes (repairing them as
 * described above). For tests and for corpora built in memory. */
int quoth_brat_doc_set_text(quoth_brat_doc *doc, const char *bytes, size_t len);

/* Parses the bytes of an .ann file for a text of n_cp code points,
 * appending its attributions to *out. Malformed lines are skipped, as
 * score.py skips them, and counted in *skipped when it is not NULL: a T
 * or E line without a tab, a T line whose offsets do not parse or fall
 * outside the text, an empty event, an Attribution event left without a
 * content. */
int quoth_brat_parse_ann(const char *bytes, size_t len, size_t n_cp, quoth_eval_attrs *out, size_t *skipped);

/* quoth_brat_parse_ann() for the .ann file `ann_name` (as notes name it,
 * e.g. "attributions/x_a.ann") of `doc`, whose text it needs: the same
 * attributions and skipped lines into doc->gold and doc->skipped_lines,
 * and into `notes` each skipped line with why, a span text that differs
 * from the text, an unknown label, a duplicate id, invalid UTF-8, a file
 * of no brat line. */
int quoth_brat_parse_doc_ann(const char *bytes, size_t len, const char *ann_name, quoth_brat_doc *doc,
                             quoth_brat_notes *notes);

/* The byte offset in doc->text of code point `cp` (clamped to 0..n_cp):
 * what aligns gold spans with tokens, which count bytes. */
size_t quoth_brat_doc_byte(const quoth_brat_doc *doc, int64_t cp);

/* Reads a whole file into a malloc'd, NUL-terminated buffer. 0,
 * QUOTH_ERR_IO (errno set) or QUOTH_ERR_NOMEM. */
int quoth_eval_read_file(const char *path, char **data, size_t *len);

/* The same from an open stream, read to its end (standard input). */
int quoth_eval_read_stream(FILE *f, char **data, size_t *len);

/* Python's int() of a string: white space around, a sign, decimal digits
 * with single underscores between them. 0, or -1 when Python would raise
 * (or the value does not fit in 63 bits). */
int quoth_eval_parse_int(const char *s, size_t n, int64_t *out);

/* Python's str.isspace() and the \w of Python's re, for one code point. */
int quoth_eval_is_space(uint32_t cp);
int quoth_eval_is_word(uint32_t cp);

#endif
