/*
 * reader.h - the insides of quoth_reader, split in two stages so that the
 * threaded pipeline can run the expensive one on its workers.
 *
 *   framing (quoth_reader_next_raw, one thread per input): finds where each
 *     document begins and ends in the byte stream (after gunzip): a whole
 *     file, a JSON line, a WARC record's HTTP body. Cheap: memchr, header
 *     lines, no copy of the payload.
 *   decoding (quoth_decode, any thread with its own quoth_decoder): turns a
 *     framed unit into text and metadata: JSON parsing, HTTP de-chunking and
 *     decompression, charset conversion, HTML article extraction.
 *
 * quoth_reader_next() is the two run back to back; the pipeline runs the
 * first on the reading thread and the second on its workers.
 */
#ifndef QUOTH_IO_READER_H
#define QUOTH_IO_READER_H

#include <stddef.h>
#include <stdint.h>

#include <zlib.h>

#include "quoth.h"

#define QUOTH_DEFAULT_MAX_DOC_BYTES ((size_t)16 << 20)

/* ------------------------------------------------------------ byte stream */

/* A file or stdin read through a window, gunzipped when it starts with the
 * gzip magic (concatenated members are one stream). The window holds at
 * most `limit` bytes beyond what the caller has consumed, which is what
 * bounds the reader's memory. */
#define QUOTH_MEMBER_MARKS 1024

typedef struct quoth_member_mark {
    uint64_t decoded, compressed;
} quoth_member_mark;

typedef struct quoth_instream {
    int fd;
    int own_fd;
    int gz;                  /* gzip input: inflate through `z` */
    void *zstd;              /* zstd input: a ZSTD_DStream reading from `in` (zstd.h stays here) */
    size_t zstd_in_len, zstd_in_pos; /* the compressed bytes in `in`, and how far it read */
    int zstd_frame_open;     /* the last call left a frame unfinished */
    int z_ready;             /* inflateInit2 done */
    int z_member_open;       /* inside a gzip member (not at its end) */
    z_stream z;
    unsigned char *in;       /* compressed bytes (gzip and zstd only) */
    size_t in_cap;
    unsigned char *buf;      /* decoded bytes: [start, end) not yet consumed */
    size_t cap, start, end;
    size_t limit;            /* the window never grows beyond this */
    uint64_t offset;         /* decoded offset of buf[start] */
    uint64_t raw_read;       /* bytes read from fd */
    uint64_t member_start;   /* compressed offset where the current gzip member began */
    int eof;                 /* no more bytes from fd */
    int truncated;           /* gzip stream ended inside a member */
    uint64_t junk;           /* bytes between gzip members that began no member and were
                                not padding (zeros, line ends): skipped; see start_member */
    int failed;              /* read error or corrupt gzip data (errno kept in err) */
    int err;
    quoth_member_mark members[QUOTH_MEMBER_MARKS]; /* the last gzip members started */
    size_t members_head;
} quoth_instream;

/* Opens `path` ("-": stdin). 0, QUOTH_ERR_IO (errno set) or QUOTH_ERR_NOMEM. */
int quoth_instream_open(quoth_instream *s, const char *path, size_t limit);
void quoth_instream_close(quoth_instream *s);

/* Makes at least `n` bytes (fewer at the end of input, at most s->limit)
 * available at s->buf + s->start. Returns how many are available. */
size_t quoth_instream_peek(quoth_instream *s, size_t n);

/* Drops n bytes (at most those available) from the front of the window. */
void quoth_instream_consume(quoth_instream *s, size_t n);

/* Drops n bytes, reading through what is not yet in the window. Returns
 * how many were dropped (fewer at the end of input). */
uint64_t quoth_instream_skip(quoth_instream *s, uint64_t n);

/* The compressed offset of the gzip member that starts at decoded offset
 * `decoded`, or UINT64_MAX when none starts there (or it was forgotten). */
uint64_t quoth_instream_member_at(const quoth_instream *s, uint64_t decoded);

/* Bytes of the file consumed so far (compressed bytes for gzip, zstd). */
uint64_t quoth_instream_position(const quoth_instream *s);

/* ------------------------------------------------------------ framed unit */

typedef enum quoth_raw_kind {
    QUOTH_RAW_TEXT = 0,  /* data is the text */
    QUOTH_RAW_JSON = 1,  /* data is one JSON object */
    QUOTH_RAW_HTML = 2,  /* data is an HTML page */
    QUOTH_RAW_HTTP = 3   /* data is an HTTP body of HTML; see http_* below */
} quoth_raw_kind;

/* One document as framed: everything points into the reader (valid until
 * its next call) and is copied by whoever keeps it longer. */
typedef struct quoth_raw_doc {
    quoth_raw_kind kind;
    const char *data;
    size_t len;
    const char *id;       /* never NULL; JSON may replace it by its id field */
    const char *url;      /* WARC-Target-URI */
    const char *date;     /* WARC-Date */
    const char *origin;   /* "file", "file:line" or "file:offset" */
    const char *error;    /* framing failed (too large, truncated): why; data NULL */
    const char *charset;  /* HTTP Content-Type charset, or NULL */
    int sniffed;          /* JSON: the input was taken for JSON Lines by its content, not
                             by -i or its name (an error then says how to read it as text) */
    int http_chunked;     /* Transfer-Encoding: chunked */
    char http_content_encoding[48]; /* the Content-Encoding header, lower case ("gzip", "br, zstd"), or "" */
} quoth_raw_doc;

typedef struct quoth_decoder quoth_decoder;

/* A reader: the stream, the resolved options and the buffers that the
 * current document's strings live in. */
struct quoth_reader {
    quoth_instream s;
    quoth_reader_options o;
    quoth_input_format format;
    char *name;          /* the path as given, "stdin" for "-" */
    char *file_id;       /* the file name without its extensions */
    uint64_t line;       /* JSON Lines: number of the last line framed */
    int done;            /* no more documents */
    int sniffed;         /* the format was told by the content: no -i, no telling name */
    int utf16_lines;     /* JSON Lines with a UTF-16 byte order mark: one error document */
    int tail_reported;   /* the truncation or corruption of the stream was reported */
    char origin[4200];
    char id[4200];
    char message[512];
    char *warc_url, *warc_date, *warc_id; /* the current WARC record's fields */
    char *segments;      /* WARC: the blocks of a segmented record, joined */
    size_t segments_len, segments_cap;
    char charset[64];
    quoth_decoder *decoder; /* for quoth_reader_next(), made on first use */
};

/* quoth_reader_open(), the made-up ids of its documents based on id_base
 * ("day1/feed" gives "day1/feed:3") instead of the file's name (NULL). */
int quoth_reader_open_as(const char *path, const char *id_base, const quoth_reader_options *options,
                         quoth_reader **out);

/* The next WARC record that is an HTML response (reader_warc.c). */
int quoth_warc_next(quoth_reader *r, quoth_raw_doc *raw);

/* An error document at the current position: "why" (a printf format). */
int quoth_reader_error_doc(quoth_reader *r, quoth_raw_doc *raw, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* What went wrong with the stream at its end (a truncated or corrupt gzip
 * stream), once: fills raw with an error document and returns 1, else 0. */
int quoth_reader_stream_tail(quoth_reader *r, quoth_raw_doc *raw);

/* The next framed unit: 0, QUOTH_ERR_EOF, or another negative status when
 * the input itself failed (nothing more comes from this reader). */
int quoth_reader_next_raw(quoth_reader *r, quoth_raw_doc *raw);

/* Fills in the defaults of unset options (text field, id field, size limit). */
void quoth_reader_options_resolve(quoth_reader_options *o);

/* The id of a file's documents: its name without extensions
 * ("dir/news.jsonl.gz" -> "news"; trailing slashes left out: "news/" ->
 * "news"), "stdin" for "-". */
void quoth_reader_file_id(const char *path, char *out, size_t cap);

/* The id of a file's documents when another input of the run has the same
 * file name: its path as given without extensions ("monday/story.txt" ->
 * "monday/story"; a leading "./" and doubled slashes left out), "stdin"
 * for "-". */
void quoth_reader_path_id(const char *path, char *out, size_t cap);

/* The options as the reader resolved them (defaults filled in). */
const quoth_reader_options *quoth_reader_resolved_options(const quoth_reader *r);

/* The format the reader settled on (never AUTO once opened). */
quoth_input_format quoth_reader_format(const quoth_reader *r);

/* The format implied by a file name's extension (".jsonl.gz" is JSONL), or
 * QUOTH_INPUT_AUTO when it implies none. */
quoth_input_format quoth_input_format_of_name(const char *path);

/* ---------------------------------------------------------------- decoder */

/* Per-thread scratch of the decoding stage (quoth_decoder, declared above);
 * reused from one document to the next, so that decoding allocates little
 * once warmed up. */

/* The last HTML page's article (html_text.c). */
typedef struct quoth_html_article {
    char *text;
    size_t len;
    char *title, *url, *date, *outlet;
} quoth_html_article;

struct quoth_decoder {
    void *json;              /* the json_t of the last line: doc strings point into it */
    char *body;              /* an HTTP body de-chunked and inflated */
    size_t body_cap;
    char *converted;         /* a page converted to UTF-8 from its charset */
    char *newlines;          /* a text file with "\r\n" or "\r", read as Python reads it */
    size_t newlines_cap;
    char *fast;              /* JSON Lines: the fields decoded by the fast parser */
    size_t fast_cap;
    quoth_html_article article;
    char id[32];             /* a numeric JSON id, printed */
    char date[32];           /* a numeric JSON date, as ISO 8601 */
    char message[512];       /* why the last document could not be decoded */
};

quoth_decoder *quoth_decoder_new(void);
void quoth_decoder_free(quoth_decoder *d);

/* Decodes `raw` into `doc`, whose strings live in `raw` and `d` until the
 * next call on `d`. A document that cannot be decoded comes back with
 * doc->error set (and returns 0); only running out of memory fails. */
int quoth_decode(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                 quoth_input_doc *doc);

/* The parts of decoding, for the decoder and its tests. */

/* JSON line -> doc (text, id, url, title, date, outlet). */
int quoth_decode_json(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc);

/* An HTTP body (raw->kind QUOTH_RAW_HTTP) as the page's bytes: *s, *n
 * point at its bytes on entry and at the decoded ones (owned by d) on
 * return. Returns 0; 1 with *why set when the document is an error record
 * (corrupt, an unknown coding, larger than max); or QUOTH_ERR_NOMEM
 * (http_body.c). */
int quoth_http_body(quoth_decoder *d, const quoth_raw_doc *raw, size_t max, const char **s, size_t *n,
                    const char **why);

/* An HTML page or HTTP body -> doc: de-chunking, inflating, charset,
 * then the article (html_text.c). */
int quoth_decode_html(quoth_decoder *d, const quoth_raw_doc *raw, const quoth_reader_options *o,
                      quoth_input_doc *doc);

/* The article text and metadata of an HTML page (UTF-8). `text` receives
 * the body with one blank line between blocks; title/url/date/outlet are
 * malloc'd strings or NULL. Returns 0, QUOTH_ERR_NOMEM, QUOTH_ERR_PARSE, or
 * QUOTH_ERR_TOO_LARGE for a page nested too deep to parse in bounded time. */
int quoth_html_extract(const char *html, size_t len, quoth_html_article *out);
void quoth_html_article_free(quoth_html_article *a);

/* The longest "articleBody" string of a JSON-LD script (at any depth:
 * arrays, "@graph"), malloc'd with its length in *body_len; NULL when the
 * script is not JSON, has none, or memory ran out (jsonld.c). */
char *quoth_jsonld_article_body(const char *json, size_t len, size_t *body_len);

/* A copy of the name of the publisher that a JSON-LD script gives
 * ("publisher": {"name": "The Ledger"}), or NULL: none, not JSON, or out of
 * memory (jsonld.c). */
char *quoth_jsonld_publisher(const char *json, size_t len);

/* The charset that an HTML page declares in its first bytes
 * (<meta charset=...> or http-equiv Content-Type), copied into out. */
int quoth_html_sniff_charset(const char *html, size_t len, char *out, size_t cap);

#endif
