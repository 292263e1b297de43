/*
 * quoth.h - the public API of libquoth: who said what in news text.
 *
 * quoth reads an article and returns its attributions: every direct quote,
 * indirect statement and mixed quote, with its cue ("said", "according to"),
 * its source (resolved to a person or organization) and its content, as
 * offsets into the text.
 *
 * Usage in four calls:
 *
 *     quoth_model *model;
 *     quoth_model_load_default(&model);              // the model built into the library
 *     quoth_engine *engine = quoth_engine_new(model, 0);
 *     const quoth_doc *doc;
 *     quoth_extract(engine, text, len, &doc);        // doc lives until the next call
 *     for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) ...
 *
 * Threads: a model is immutable once loaded and may be shared by any number
 * of threads; an engine (and the documents it returns) belongs to one thread
 * at a time. The library has no global mutable state.
 *
 * Errors: functions that can fail return an int, 0 (QUOTH_OK) on success or a
 * negative quoth_status; quoth_status_string() names it.
 */
#ifndef QUOTH_H
#define QUOTH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QUOTH_VERSION_MAJOR 0
#define QUOTH_VERSION_MINOR 1
#define QUOTH_VERSION_PATCH 0
#define QUOTH_VERSION_STRING "0.1.0"

/* Marks the functions of the API: the shared library (libquoth.so, built
 * with -fvisibility=hidden) exports these and nothing else, so that the
 * library's inner functions are free to change between versions. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define QUOTH_API __attribute__((visibility("default")))
#else
#define QUOTH_API
#endif

/* ---------------------------------------------------------------- status */

typedef enum quoth_status {
    QUOTH_OK = 0,
    QUOTH_ERR_NOMEM = -1,     /* an allocation failed */
    QUOTH_ERR_IO = -2,        /* a file could not be read or written (see errno) */
    QUOTH_ERR_MODEL = -3,     /* a model file is corrupt, truncated or of another version */
    QUOTH_ERR_TOO_LARGE = -4, /* a document or record is larger than the configured limit */
    QUOTH_ERR_INVALID = -5,   /* an argument is out of range or NULL where it may not be */
    QUOTH_ERR_PARSE = -6,     /* malformed input: a JSON line, an HTML page, a WARC record */
    QUOTH_ERR_EOF = -7,       /* a reader has no more documents (not a failure) */
    QUOTH_ERR_STORE = -8      /* the statement store (SQLite) reported an error */
} quoth_status;

/* The English name of a status code, e.g. "model file is corrupt". Never NULL. */
QUOTH_API const char *quoth_status_string(int status);

/* The library's version, QUOTH_VERSION_STRING of the build that is linked. */
QUOTH_API const char *quoth_version(void);

/* ----------------------------------------------------------------- model */

/* A trained model: lexicons, the part-of-speech tagger and the attribution
 * tagger. Immutable after loading; share one among all threads. */
typedef struct quoth_model quoth_model;

/* Loads the model that is compiled into the library. Its layout is
 * checked, not its checksum: its bytes are the library's own
 * (`quoth model` checks the checksum). */
QUOTH_API int quoth_model_load_default(quoth_model **out);

/* Loads a model file written by quoth_train(). The file is checked (magic,
 * format version, size, checksum) before use: a damaged file gives
 * QUOTH_ERR_MODEL, never a crash. */
QUOTH_API int quoth_model_load_file(const char *path, quoth_model **out);

/* Loads a model from memory. The bytes are copied; the caller keeps its
 * buffer. (NULL, 0) gives the rules-only model (no learned tagger); a
 * buffer of no bytes is QUOTH_ERR_MODEL, as an empty file is. */
QUOTH_API int quoth_model_load_memory(const void *data, size_t size, quoth_model **out);

/* Frees a model. Engines made from it must be freed first. NULL is allowed. */
QUOTH_API void quoth_model_free(quoth_model *model);

/* A one-line description of the model: version, size, what it was trained on. */
QUOTH_API const char *quoth_model_description(const quoth_model *model);

/* The i-th section of the model file, in file order (i from 0): its name
 * ("pos.weights", "attrib.words", ...) and size in bytes, for listing what a
 * model holds; name and size must not be NULL. QUOTH_ERR_INVALID when i is
 * past the last section (a rules-only model has none). */
QUOTH_API int quoth_model_section(const quoth_model *model, unsigned i, const char **name, size_t *size);

/* ---------------------------------------------------------------- engine */

/* Per-thread working memory for extraction, reused from one document to the
 * next so that the hot path allocates nothing once it has warmed up. */
typedef struct quoth_engine quoth_engine;

/* Engine options, or-ed together in quoth_engine_new()'s flags. */
typedef enum quoth_engine_flag {
    QUOTH_RULES_ONLY = 1u << 0,   /* do not run the learned attribution tagger */
    QUOTH_NO_RULES = 1u << 1,     /* do not run the direct-quote rules */
    QUOTH_NO_SPEAKERS = 1u << 2   /* skip speaker resolution (speaker fields stay empty) */
} quoth_engine_flag;

/* Makes an engine that uses `model` (which must outlive it). Returns NULL when
 * out of memory or when model is NULL. */
QUOTH_API quoth_engine *quoth_engine_new(const quoth_model *model, unsigned flags);

/* Frees an engine and the last document it returned. NULL is allowed. */
QUOTH_API void quoth_engine_free(quoth_engine *engine);

/* ------------------------------------------------------------- documents */

/* A span of the document text. Offsets count Unicode code points of the text
 * as read (see quoth_doc_text), end exclusive; the byte offsets point at the
 * same span of the UTF-8 text. */
typedef struct quoth_span {
    size_t start, end;           /* code points */
    size_t byte_start, byte_end; /* bytes of quoth_doc_text() */
} quoth_span;

typedef enum quoth_quote_type {
    QUOTH_DIRECT = 0,   /* the content is a quotation, marks included */
    QUOTH_INDIRECT = 1, /* reported speech, belief or intention without quotation marks */
    QUOTH_MIXED = 2     /* reported speech that quotes part of what was said */
} quoth_quote_type;

/* How a source was tied to the speaker it names. */
typedef enum quoth_resolution {
    QUOTH_RESOLVED_NONE = 0,         /* no speaker */
    QUOTH_RESOLVED_NAME = 1,         /* the source names the speaker in full */
    QUOTH_RESOLVED_SURNAME = 2,      /* a part of a name seen in full elsewhere ("Kirby") */
    QUOTH_RESOLVED_PRONOUN = 3,      /* a pronoun ("he", "who") tied to the person it stands for */
    QUOTH_RESOLVED_SPELLING = 4,     /* a near-miss spelling of a name ("Milli" for "Milley") */
    QUOTH_RESOLVED_TITLE = 5,        /* a title, role or institution ("the spokesman", "the union")
                                        tied to its holder, or a document ("the statement") to
                                        whoever made it */
    QUOTH_RESOLVED_ORGANIZATION = 6, /* the source names an organization */
    QUOTH_RESOLVED_CONTEXT = 7       /* no source span: the speaker of the clause it depends on */
} quoth_resolution;

typedef enum quoth_speaker_kind {
    QUOTH_KIND_UNKNOWN = 0,
    QUOTH_KIND_PERSON = 1,
    QUOTH_KIND_ORGANIZATION = 2
} quoth_speaker_kind;

/* How the article refers to a person who speaks: by "he" or "she" that
 * quoth resolved to them, by Mr. or Ms., or by a common given name. The
 * article's usage, not a fact about the person; UNKNOWN when the article
 * gives none of these (and for every organization). */
typedef enum quoth_gender {
    QUOTH_GENDER_UNKNOWN = 0,
    QUOTH_GENDER_MALE = 1,
    QUOTH_GENDER_FEMALE = 2
} quoth_gender;

/* One attribution. Strings are UTF-8, NUL-terminated, owned by the document. */
typedef struct quoth_quote {
    quoth_quote_type type;
    int has_cue;              /* 0 when the attribution has no cue */
    quoth_span cue;
    size_t n_sources;         /* 0 or 1 in this version */
    const quoth_span *sources;
    size_t n_contents;        /* 1, or 2 for content split around its cue */
    const quoth_span *contents;
    const char *speaker_name;    /* canonical name, or NULL when no speaker is known; people or
                                    bodies who spoke together are one speaker named with "and"
                                    ("Sophie and Daniel Harland"), of no gender */
    const char *speaker_mention; /* the words of the source as written, or NULL */
    const char *speaker_role;    /* "spokesman", "head of the US Joint Chiefs of Staff", "baker", or NULL */
    quoth_resolution resolved_by;
    quoth_speaker_kind speaker_kind;
    quoth_gender speaker_gender;
    float confidence;            /* 0..1: the share of attributions like this one that were
                                    right about who said what in the articles the model was
                                    checked on when it was trained (`quoth train --dev`): by
                                    how they were found and, for the tagger's, by how sure it
                                    was of the cue. Fixed values (0.9, 0.8, 0.7) for a model
                                    trained without --dev and with QUOTH_RULES_ONLY */
} quoth_quote;

/* The result of one extraction. Owned by the engine that made it; valid until
 * the next quoth_extract() on that engine or until the engine is freed. */
typedef struct quoth_doc quoth_doc;

/* Extracts the attributions of one document of `len` bytes. Invalid UTF-8 is
 * repaired (each maximal invalid sequence becomes U+FFFD, as Python's
 * errors="replace" decodes); the text is otherwise taken as given, "\r"
 * included, so that offsets index the caller's string. The readers give a
 * text file as Python's open() reads it, "\r\n" and "\r" as "\n"
 * (quoth_reader_next), so that its offsets agree with what other tools see.
 * The engine sets no size limit: its memory grows with the document (about
 * 50 times its size for a text dense with quotations), so a caller reading
 * untrusted input caps it, as `quoth extract` does at 16 MB. */
QUOTH_API int quoth_extract(quoth_engine *engine, const char *text, size_t len, const quoth_doc **out);

/* The text that offsets refer to (repaired UTF-8) and its length in bytes.
 * The accessors below read a NULL document (a failed quoth_extract()'s) as
 * an empty one: "", 0, no quote, QUOTH_ERR_INVALID for a token. */
QUOTH_API const char *quoth_doc_text(const quoth_doc *doc, size_t *len_bytes);

/* The number of code points of quoth_doc_text(). */
QUOTH_API size_t quoth_doc_length(const quoth_doc *doc);

/* How many invalid byte sequences were replaced by U+FFFD. */
QUOTH_API size_t quoth_doc_repairs(const quoth_doc *doc);

/* The number of tokens and sentences found, for statistics. */
QUOTH_API size_t quoth_doc_token_count(const quoth_doc *doc);
QUOTH_API size_t quoth_doc_sentence_count(const quoth_doc *doc);

/* One token as the engine saw it, for inspection (`quoth tokens`). */
typedef struct quoth_token_info {
    quoth_span span;
    const char *norm;     /* normalized form (Penn Treebank spelling) */
    const char *pos;      /* part-of-speech tag, or NULL without a tagger */
    const char *label;    /* attribution label of the learned tagger ("B-SOURCE"), or NULL */
    size_t sentence;
    size_t paragraph;
    int quote_depth;      /* how many quotations it is inside */
    int navigation;       /* part of a navigation line ("Read also: ...") */
    long head;            /* index of its head in the dependency tree; -1 for a root or
                             when its sentence was not parsed */
    const char *relation; /* its dependency relation ("nsubj"), NULL when not parsed */
} quoth_token_info;

/* Fills *out for token i; QUOTH_ERR_INVALID when i is out of range. */
QUOTH_API int quoth_doc_token(const quoth_doc *doc, size_t i, quoth_token_info *out);

/* The attributions, in order of their first content span. */
QUOTH_API size_t quoth_doc_quote_count(const quoth_doc *doc);
QUOTH_API const quoth_quote *quoth_doc_quote(const quoth_doc *doc, size_t index);

/* -------------------------------------------------------------- training */

/* What quoth_train() learns from and how. */
typedef struct quoth_train_options {
    const char *corpus;      /* brat-annotated articles in the PolNeAR layout: text/, attributions/ */
    const char *dev;         /* the same layout, scored after each epoch; NULL for none */
    const char *base_model;  /* taggers to start from when the corpus has no
                                corenlp-tokens.tsv.gz to learn them from; NULL: built in */
    const char *output;      /* the model file to write (atomically) */
    int epochs;              /* passes of the attribution tagger (default 14) */
    int tagger_epochs;       /* passes of the part-of-speech and entity taggers (default 8) */
    uint64_t seed;           /* the shuffles' seed: same data and seed, same model bytes */
    float min_weight;        /* averaged weights below this are pruned (default 8) */
    int parser;              /* also learn the dependency parser (slower, a little more
                                accurate; see models/README.md) from the corpus's
                                corenlp-tokens.tsv.gz, which it then needs; default 0 */
} quoth_train_options;

/* Fills *o with the defaults. */
QUOTH_API void quoth_train_defaults(quoth_train_options *o);

/* Trains a model: the taggers from the corpus's CoreNLP analysis (when it
 * has one), then the attribution tagger from its annotations; progress and
 * per-epoch dev figures go to `log` (may be NULL). QUOTH_ERR_INVALID for
 * options out of range, or `parser` without CoreNLP's trees to learn from. */
QUOTH_API int quoth_train(const quoth_train_options *o, FILE *log);

/* --------------------------------------------------------------- writers */

typedef enum quoth_format {
    QUOTH_FORMAT_JSONL = 0, /* one JSON object per document (README.md, "The fields") */
    QUOTH_FORMAT_TABLE = 1, /* a table for people: speaker, cue, statement, type */
    QUOTH_FORMAT_CSV = 2    /* one row per statement, RFC 4180 */
} quoth_format;

/* Writer options, or-ed together. */
typedef enum quoth_writer_flag {
    QUOTH_WRITE_TEXT = 1u << 0 /* JSON: include the document text in each record */
} quoth_writer_flag;

/* What a record says about its document besides the statements. Every
 * field may be NULL except id. */
typedef struct quoth_doc_meta {
    const char *id;     /* file name without extension, or the id field of a JSON line */
    const char *url;
    const char *title;
    const char *date;
    const char *outlet;
    const char *origin; /* where the document came from: "file.jsonl:12", for errors */
} quoth_doc_meta;

typedef struct quoth_writer quoth_writer;

/* A writer of records to `out` (which stays the caller's). `width` is the
 * table's width in columns (0 for 100); the statement's column keeps 20 at
 * least, so a table narrower than 72 columns runs past `width`. NULL when
 * out of memory. */
QUOTH_API quoth_writer *quoth_writer_new(FILE *out, quoth_format format, unsigned flags, int width);

/* Writes the record of one document. 0, QUOTH_ERR_IO when the stream
 * failed, or QUOTH_ERR_NOMEM when a JSON record could not be made in
 * memory (nothing of it is written then). */
QUOTH_API int quoth_writer_document(quoth_writer *w, const quoth_doc_meta *meta, const quoth_doc *doc);

/* Writes the error record of a document that could not be processed:
 * {"id": ..., "error": message} in JSON. Returns as
 * quoth_writer_document() does. */
QUOTH_API int quoth_writer_error(quoth_writer *w, const quoth_doc_meta *meta, const char *message);

/* Finishes the output (a table's last line) and reports any write error. */
QUOTH_API int quoth_writer_finish(quoth_writer *w);

/* Frees a writer; it does not finish the output (quoth_writer_finish()
 * first) nor close `out`. NULL is allowed. */
QUOTH_API void quoth_writer_free(quoth_writer *w);

/* The name of a quote type ("direct"), resolution ("pronoun") or speaker
 * kind ("person") as written in JSON. */
QUOTH_API const char *quoth_quote_type_name(quoth_quote_type type);
QUOTH_API const char *quoth_resolution_name(quoth_resolution how);
QUOTH_API const char *quoth_speaker_kind_name(quoth_speaker_kind kind);

/* "male" or "female", as JSON and the store write a speaker's gender;
 * NULL for QUOTH_GENDER_UNKNOWN (null in JSON). */
QUOTH_API const char *quoth_gender_name(quoth_gender gender);

/* --------------------------------------------------------------- readers */

typedef enum quoth_input_format {
    QUOTH_INPUT_AUTO = 0,  /* by extension (.txt .jsonl .html .warc .wet, each maybe .gz or .zst), then content */
    QUOTH_INPUT_TEXT = 1,  /* one document: the whole file */
    QUOTH_INPUT_JSONL = 2, /* one document per line: a JSON object with a text field */
    QUOTH_INPUT_HTML = 3,  /* one document: the article body of a web page */
    QUOTH_INPUT_WARC = 4   /* a web archive (WARC, WET): its HTML responses and its records of text */
} quoth_input_format;

typedef struct quoth_reader_options {
    quoth_input_format format;
    /* JSON Lines: where each field is, as a key or a path of keys joined by
     * dots into nested objects ("article.body"); NULL for the default */
    const char *text_field;   /* the text (NULL: "text") */
    const char *id_field;     /* the id, a string or an integer (NULL: "id") */
    const char *url_field;    /* NULL: "url" */
    const char *title_field;  /* NULL: "title" */
    const char *date_field;   /* NULL: "date" */
    const char *outlet_field; /* NULL: "outlet", else "source" when a string, else "source.name" */
    size_t max_doc_bytes;    /* larger documents become error records (0: 16 MB) */
    const char *encoding;    /* text files that are not valid UTF-8, and web pages that declare no
                                encoding, are in this one ("windows-1252", "latin1", "utf-16le",
                                any name iconv knows; NULL: UTF-8). A byte order mark always
                                wins; JSON Lines are UTF-8 whatever this says */
} quoth_reader_options;

/* One document from a reader. Its strings stay valid until the next
 * quoth_reader_next() or quoth_reader_close(). */
typedef struct quoth_input_doc {
    const char *text;      /* UTF-8 (possibly invalid: the engine repairs it), NULL with an error;
                              a text file's with universal newlines, any other as given */
    size_t len;
    quoth_doc_meta meta;   /* id (never NULL), url, title, date, outlet, origin ("file:line") */
    const char *error;     /* not NULL when this document could not be read: why */
} quoth_input_doc;

typedef struct quoth_reader quoth_reader;

/* Opens `path` ("-" for standard input); gzip and zstd are recognized by
 * their magic bytes and decompressed as read. Returns 0, QUOTH_ERR_IO (see errno),
 * QUOTH_ERR_INVALID (an encoding that neither quoth nor iconv knows) or
 * QUOTH_ERR_NOMEM. */
QUOTH_API int quoth_reader_open(const char *path, const quoth_reader_options *options, quoth_reader **out);

/* The next document: 0 and *doc filled (a document that could not be read
 * still comes back, with doc->error set, so that none is ever lost),
 * QUOTH_ERR_EOF after the last, or another negative status when the input
 * itself failed (the reader then has no more documents). */
QUOTH_API int quoth_reader_next(quoth_reader *reader, quoth_input_doc *doc);

/* Bytes of input consumed so far (compressed bytes for gzip), for progress. */
QUOTH_API uint64_t quoth_reader_position(const quoth_reader *reader);

/* Closes the input (a file it opened; standard input stays open) and frees
 * the reader. NULL is allowed. */
QUOTH_API void quoth_reader_close(quoth_reader *reader);

/* ----------------------------------------------------------------- store */

/* The statement store: documents, their statements and the speakers across
 * documents in one SQLite file (WAL), searchable with FTS5. The schema is in
 * docs/schema.md. A store belongs to one thread at a time; several
 * processes may read while one writes. */
typedef struct quoth_store quoth_store;

typedef enum quoth_store_flag {
    QUOTH_STORE_READONLY = 1u << 0, /* queries only; the file must exist */
    QUOTH_STORE_EXISTING = 1u << 1  /* do not create the file when it is missing */
} quoth_store_flag;

/* Opens the store at `path`, creating it unless a flag says not to. On
 * failure *out still holds a store (unless out of memory) whose
 * quoth_store_message() says why; close it. */
QUOTH_API int quoth_store_open(const char *path, unsigned flags, quoth_store **out);

/* Commits what is pending and closes. NULL is allowed. */
QUOTH_API void quoth_store_close(quoth_store *store);

/* What went wrong last, for people ("news.db: file is not a database"). */
QUOTH_API const char *quoth_store_message(const quoth_store *store);

/* 1 when the store holds this document (same id, or same text when meta has
 * no id) with the same text, after bringing its metadata up to date: there
 * is no need to extract it again. 0 when it must be indexed. */
QUOTH_API int quoth_store_unchanged(quoth_store *store, const quoth_doc_meta *meta, const char *text, size_t len);

/* Stores a document's statements, replacing any earlier version of it
 * (matched by id, or by the hash of `text` when meta has no id). `text` is
 * the document as given to quoth_extract(). Work is batched: it is durable
 * after quoth_store_commit(). A failure rolls back every document added
 * since the last commit, so that none is ever half stored. */
QUOTH_API int quoth_store_add(quoth_store *store, const quoth_doc_meta *meta, const char *text, size_t len,
                              const quoth_doc *doc);
/* (quoth_store_add() returns 0 for a document new to the store, 1 when it
 * replaced one stored before under its id or text, and a negative status
 * on failure.) */

/* Commits the current batch: a crash later loses none of it. */
QUOTH_API int quoth_store_commit(quoth_store *store);

/* Matches names across documents into speakers (and applies the
 * corrections of `quoth speakers merge|split`); an index run ends with it. */
QUOTH_API int quoth_store_update_speakers(quoth_store *store);

/* 1 when statements were stored after the speakers were last matched (an
 * index run is going on, or was killed before its end), else 0. A store
 * that can write matches them again at its next query; one opened
 * QUOTH_STORE_READONLY answers with the speakers as they were. */
QUOTH_API int quoth_store_speakers_stale(quoth_store *store);

/* What to find; NULL fields do not filter. */
typedef struct quoth_store_query {
    const char *text;       /* words in the statement (FTS5, ranked by BM25); NULL: every statement */
    const char *speaker;    /* a name of the speaker, as any document writes it */
    const char *outlet;     /* the outlet, ignoring case */
    const char *since;      /* YYYY[-MM[-DD]], inclusive */
    const char *until;      /* YYYY[-MM[-DD]], inclusive */
    int type;               /* a quoth_quote_type, or -1 for any */
    size_t limit;           /* at most this many hits; 0 for all */
    const char *mark_open;  /* around matched words in snippets; NULL: "[" and "]" */
    const char *mark_close;
    double min_confidence;  /* statements whose confidence is at least this; 0 for any */
    const char *gender;     /* "female" or "male": statements of speakers of this gender
                               (see quoth_store_hit.gender); NULL for any */
    int distinct;           /* nonzero: one hit per statement however many documents carry
                               it (the same speaker, the same words whatever their case and
                               punctuation), the earliest; most carried first without text */
} quoth_store_query;

/* One hit. Strings live until the callback returns; NULL when unknown. */
typedef struct quoth_store_hit {
    int64_t statement_id;
    double score;             /* BM25, lower is better; 0 without query text */
    const char *snippet;      /* the content around the matches, marked; without text, the content
                                 (a second piece after " … ") */
    quoth_quote_type type;
    const char *cue;
    size_t cue_start, cue_end;       /* code points, like quoth_span */
    const char *source;
    size_t source_start, source_end;
    size_t n_contents;               /* 1, or 2 for content split around its cue */
    const char *contents[2];
    size_t content_start[2], content_end[2];
    const char *speaker;      /* the canonical name across documents */
    const char *speaker_name; /* the document's name for the speaker */
    const char *mention;      /* the words of the source as written */
    const char *role, *kind, *resolved_by;
    const char *gender;       /* "female" or "male": the speaker's across the store (what most
                                 documents say), else this document's; NULL when none says */
    double confidence;
    const char *doc_id, *url, *outlet, *date, *title;
    /* With quoth_store_query.distinct: how many statements say it, in how
       many documents and outlets, and the first and last of their dates
       (NULL when none is dated). Zero and NULL otherwise. */
    size_t statements, documents, outlets;
    const char *first_date, *last_date;
} quoth_store_hit;

/* Calls fn for each hit, best first (newest first without text); a nonzero
 * return from fn stops the search and is returned. *n_hits (may be NULL)
 * counts the hits given. QUOTH_ERR_INVALID for a query without words or a
 * malformed date. */
QUOTH_API int quoth_store_search(quoth_store *store, const quoth_store_query *query,
                                 int (*fn)(void *ctx, const quoth_store_hit *hit), void *ctx, size_t *n_hits);

#ifdef __cplusplus
}
#endif
#endif /* QUOTH_H */
