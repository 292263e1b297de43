/*
 * test_readers.c - the document readers: text, JSON Lines, HTML, WARC, each
 * plain and gzipped, with the errors that must come back as error
 * documents (malformed lines, missing fields, oversized documents,
 * truncated gzip streams and WARC records). Every input is written here,
 * into a temporary directory.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include <brotli/encode.h>
#include <jansson.h>
#include <zlib.h>
#include <zstd.h>

#include "harness.h"
#include "io/reader.h"
#include "quoth.h"

static char tmpdir[256];

static const char *path_of(const char *name) {
    static char buf[8][512];
    static int k;
    k = (k + 1) % 8;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void write_bytes(const char *name, const void *data, size_t n) {
    FILE *f = fopen(path_of(name), "wb");
    if (!f) {
        perror(name);
        exit(2);
    }
    fwrite(data, 1, n, f);
    fclose(f);
}

static void write_text(const char *name, const char *s) { write_bytes(name, s, strlen(s)); }

/* A gzip member of s (mode "ab" appends a member, as .warc.gz does). */
static void write_gz(const char *name, const char *s, size_t n, const char *mode) {
    gzFile g = gzopen(path_of(name), mode);
    if (!g) exit(2);
    if (n) gzwrite(g, s, (unsigned)n);
    gzclose(g);
}

static long file_size(const char *name) {
    struct stat st;
    return stat(path_of(name), &st) == 0 ? (long)st.st_size : -1;
}

/* All the documents of a file, flattened: "id|text|error" per document,
 * and the metadata of the last one in *last. */
/* documents past the last kept overwrite it */
#define KEPT_DOCS 16

typedef struct collected {
    char *all;
    size_t n_docs, n_errors;
    char url[256], title[256], date[128], outlet[128], origin[256], id[256];
    char texts[KEPT_DOCS][1024];
    char errors[KEPT_DOCS][256];
    char origins[KEPT_DOCS][256];
    char ids[KEPT_DOCS][256];
} collected;

static void keep(char *dst, size_t cap, const char *s) { snprintf(dst, cap, "%s", s ? s : ""); }

static int collect(const char *name, const quoth_reader_options *o, collected *c) {
    memset(c, 0, sizeof *c);
    quoth_reader *r;
    int rc = quoth_reader_open(strcmp(name, "-") == 0 ? name : path_of(name), o, &r);
    if (rc) return rc;
    quoth_input_doc d;
    while ((rc = quoth_reader_next(r, &d)) == 0) {
        size_t i = c->n_docs < KEPT_DOCS ? c->n_docs : KEPT_DOCS - 1;
        if (d.error) {
            c->n_errors++;
            keep(c->errors[i], sizeof c->errors[i], d.error);
        } else {
            snprintf(c->texts[i], sizeof c->texts[i], "%.*s", (int)d.len, d.text);
        }
        keep(c->origins[i], sizeof c->origins[i], d.meta.origin);
        keep(c->ids[i], sizeof c->ids[i], d.meta.id);
        keep(c->url, sizeof c->url, d.meta.url);
        keep(c->title, sizeof c->title, d.meta.title);
        keep(c->date, sizeof c->date, d.meta.date);
        keep(c->outlet, sizeof c->outlet, d.meta.outlet);
        c->n_docs++;
    }
    quoth_reader_close(r);
    return rc == QUOTH_ERR_EOF ? 0 : rc;
}

/* ------------------------------------------------------------------ text */

static void test_text_file(void) {
    write_text("story.txt", "The mayor spoke.\r\nShe left.\rThe end.\r");
    collected c;
    CHECK_INT(collect("story.txt", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    /* a file is read with universal newlines, as Python's open() reads it */
    CHECK_STR(c.texts[0], "The mayor spoke.\nShe left.\nThe end.\n");
    CHECK_STR(c.ids[0], "story");
    CHECK_STR(c.origins[0], path_of("story.txt"));
    write_text("empty.txt", "");
    CHECK_INT(collect("empty.txt", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.texts[0], "");
}

/* A text file in the encoding its byte order mark or --encoding names
 * comes out as UTF-8, newlines universal after the conversion. */
/* Writes `bytes` (a literal: its size gives its length, NULs included) to
 * `name`, reads it with `encoding` (NULL: none) and checks the one text. */
#define CHECK_READ(name, bytes, encoding, want) check_read(name, bytes, sizeof(bytes) - 1, encoding, want)

static void check_read(const char *name, const char *bytes, size_t n, const char *encoding, const char *want) {
    quoth_reader_options o = {.encoding = encoding};
    collected c;
    write_bytes(name, bytes, n);
    CHECK_INT(collect(name, &o, &c), 0);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], want);
}

static void test_text_encodings(void) {
    /* UTF-16 by its mark, whatever --encoding says; the mark is no text */
    CHECK_READ("le.txt", "\xFF\xFE\x1C\x20H\0i\0\x1D\x20\r\0\n\0", NULL, "\xE2\x80\x9CHi\xE2\x80\x9D\n");
    CHECK_READ("le.txt", "\xFF\xFE\x1C\x20H\0i\0\x1D\x20\r\0\n\0", "windows-1252", "\xE2\x80\x9CHi\xE2\x80\x9D\n");
    CHECK_READ("be.txt", "\xFE\xFF\0H\0i", NULL, "Hi");
    /* UTF-8's mark stays, as Python's utf-8 codec reads it, and wins over
     * a named encoding as UTF-16's does */
    CHECK_READ("mark8.txt", "\xEF\xBB\xBFHi", "windows-1252", "\xEF\xBB\xBFHi");
    CHECK_READ("mark8.txt", "\xEF\xBB\xBFHi", "utf-16be", "\xEF\xBB\xBFHi");
    /* windows-1252 when named; without, the bytes go on for the engine to repair */
    CHECK_READ("win.txt", "\x93Yes,\x94 she said.\r\n", "windows-1252", "\xE2\x80\x9CYes,\xE2\x80\x9D she said.\n");
    CHECK_READ("win.txt", "\x93Yes,\x94 she said.\r\n", NULL, "\x93Yes,\x94 she said.\n");
    /* a file that is valid UTF-8 is read as UTF-8 whatever --encoding says */
    CHECK_READ("utf8.txt", "caf\xC3\xA9", "windows-1252", "caf\xC3\xA9");
    /* ... but UTF-16 named is always UTF-16: its ASCII is valid UTF-8 */
    CHECK_READ("le-nomark.txt", "H\0i\0", "UTF-16LE", "Hi");
    /* any encoding iconv knows; an unknown one is refused at open */
    CHECK_READ("greek.txt", "\xE1\xE2\xE3", " ISO-8859-7 ", "\xCE\xB1\xCE\xB2\xCE\xB3");
    quoth_reader_options unknown = {.encoding = "klingon"};
    collected c;
    CHECK_INT(collect("greek.txt", &unknown, &c), QUOTH_ERR_INVALID);
    /* JSON Lines are UTF-8 whatever --encoding says */
    CHECK_READ("feed.jsonl", "{\"text\": \"caf\xE9\"}\n", "windows-1252", "caf\xE9");
}

/* UTF-8's byte order mark before JSON Lines is skipped; UTF-16 JSON Lines
 * are one error document that says what to do; a UTF-16 page without an
 * extension is known by what its converted start says. */
static void test_byte_order_marks_and_formats(void) {
    collected c;
    write_text("marked.jsonl", "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"first\"}\n{\"text\": \"second\"}\n");
    CHECK_INT(collect("marked.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], "first");
    CHECK_STR(c.ids[0], "a");
    write_text("marked.dat", "\xEF\xBB\xBF{\"text\": \"sniffed\"}\n");
    CHECK_INT(collect("marked.dat", NULL, &c), 0);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], "sniffed");
    static const char FEED16[] = "\xFF\xFE{\0\"\0t\0e\0x\0t\0\"\0:\0 \0\"\0x\0\"\0}\0\n\0";
    write_bytes("feed16.dat", FEED16, sizeof FEED16 - 1);
    write_bytes("feed16.jsonl", FEED16, sizeof FEED16 - 1);
    CHECK_INT(collect("feed16.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[0], "JSON Lines in UTF-16") != NULL);
    CHECK_STR(c.ids[0], "feed16:1");
    CHECK_INT(collect("feed16.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 1);
    static const char PAGE16[] = "\xFF\xFE<\0h\0t\0m\0l\0>\0<\0p\0>\0O\0k\0.\0<\0/\0p\0>\0";
    write_bytes("page16.dat", PAGE16, sizeof PAGE16 - 1);
    CHECK_INT(collect("page16.dat", NULL, &c), 0);
    CHECK_STR(c.texts[0], "Ok.");
}

/* What a text read as UTF-8 would turn to nothing is an error document
 * that says why: UTF-16 without its mark (which --encoding reads right) and
 * binary files; a stray NUL in a text is the text's own. */
static void check_not_text(const char *name, const char *bytes, size_t n, const char *why) {
    collected c;
    write_bytes(name, bytes, n);
    CHECK_INT(collect(name, NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.errors[0], why);
}

static void test_text_that_is_not_text(void) {
    static const char LE[] = "T\0h\0e\0 \0m\0a\0y\0o\0r\0 \0s\0a\0i\0d\0 \0\x1C\x20n\0o\0\x1D\x20.\0";
    static const char BE[] = "\0T\0h\0e\0 \0m\0a\0y\0o\0r\0 \0s\0a\0i\0d\0.";
    check_not_text("le-bare.txt", LE, sizeof LE - 1,
                   "UTF-16LE without a byte order mark, it seems (a NUL byte after each ASCII letter): "
                   "read it with --encoding utf-16le");
    check_not_text("be-bare.txt", BE, sizeof BE - 1,
                   "UTF-16BE without a byte order mark, it seems (a NUL byte before each ASCII letter): "
                   "read it with --encoding utf-16be");
    CHECK_READ("le-bare.txt", "T\0h\0e\0 \0m\0a\0y\0o\0r\0", "utf-16le", "The mayor");
    char binary[4096];
    for (size_t i = 0; i < sizeof binary; i++) binary[i] = (char)(i * 7 % 64 == 0 ? 0 : 'A' + i % 26);
    check_not_text("blob.txt", binary, sizeof binary, "not text: it holds NUL bytes (a binary file?)");
    /* the first 8 KB tell: NULs further on are the text's */
    char late[9000];
    memset(late, 'a', sizeof late);
    memset(late + 8500, 0, 200);
    collected c;
    write_bytes("late.txt", late, sizeof late);
    CHECK_INT(collect("late.txt", NULL, &c), 0);
    CHECK_INT(c.n_errors, 0);
    /* a stray NUL or two, and fewer than eight in a short text, stay text */
    CHECK_READ("stray.txt", "The mayor said\0 that the\0 bridge would open.", NULL, "The mayor said");
    CHECK_READ("few.txt", "a\0b\0\0c\0\0\0d", NULL, "a");
    /* UTF-16 with its mark is read as UTF-16 */
    CHECK_READ("le.txt", "\xFF\xFEH\0i\0", NULL, "Hi");
    /* compressed in a format quoth does not read: named, with what to do */
    static const char BZ2[] = "BZh91AY&SY\x8d\x1b\x00\x00";
    check_not_text("feed.jsonl.bz2", BZ2, sizeof BZ2 - 1,
                   "a bzip2 file: quoth reads gzip and zstd; decompress it first (bzcat FILE | quoth extract -)");
    static const char XZ[] = "\xfd" "7zXZ\0\0\x04\xe6\xd6\xb4\x46";
    check_not_text("feed.jsonl.xz", XZ, sizeof XZ - 1,
                   "an xz file: quoth reads gzip and zstd; decompress it first (xzcat FILE | quoth extract -)");
    CHECK_READ("bzh.txt", "BZh is a word here.", NULL, "BZh is a word here.");
}

static void test_text_too_large(void) {
    write_text("big.txt", "0123456789abcdef0123456789");
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .max_doc_bytes = 10};
    collected c;
    CHECK_INT(collect("big.txt", &o, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[0], "larger than") != NULL);
}

static void test_missing_file(void) {
    quoth_reader *r = NULL;
    CHECK_INT(quoth_reader_open(path_of("nothing-here.txt"), NULL, &r), QUOTH_ERR_IO);
    CHECK(r == NULL);
}

static void test_gzip_text(void) {
    const char *s = "\"We will rebuild,\" the mayor said.";
    write_gz("story2.txt.gz", s, strlen(s), "wb");
    collected c;
    CHECK_INT(collect("story2.txt.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.texts[0], s);
    CHECK_STR(c.ids[0], "story2");
}

/* ------------------------------------------------------------ JSON Lines */

static const char JSONL[] =
    "{\"id\": \"a1\", \"text\": \"First \\\"story\\\".\", \"url\": \"https://x.test/1\", \"title\": \"One\","
    " \"date\": \"2024-01-02\", \"outlet\": \"Gazette\", \"extra\": [1, {\"k\": null}]}\n"
    "\n"
    "{\"id\": 42, \"text\": \"Second.\", \"source\": \"Herald\"}\n"
    "{\"id\": \"bad\", \"text\": \"unterminated}\n"
    "{\"id\": \"c3\", \"body\": \"no text field\"}\n"
    "   \r\n"
    "{\"text\": \"No id \\u00e9\\u201c.\", \"source\": {\"name\": \"Daily\"}}\r\n"
    "[1, 2]\n"
    "{\"id\": \"last\", \"text\": \"No newline at the end.\"}";

static void test_jsonl(void) {
    write_text("news.jsonl", JSONL);
    collected c;
    CHECK_INT(collect("news.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_docs, 7);
    CHECK_INT(c.n_errors, 3);
    CHECK_STR(c.ids[0], "a1");
    CHECK_STR(c.texts[0], "First \"story\".");
    CHECK_STR(c.origins[0], path_of("news.jsonl:1"));
    CHECK_STR(c.ids[1], "42");
    CHECK_STR(c.texts[1], "Second.");
    CHECK_STR(c.origins[1], path_of("news.jsonl:3"));
    CHECK(strstr(c.errors[2], "malformed JSON") != NULL);
    CHECK_STR(c.origins[2], path_of("news.jsonl:4"));
    CHECK_STR(c.ids[2], "news:4");
    CHECK(strstr(c.errors[3], "\"text\"") != NULL);
    CHECK_STR(c.ids[3], "c3");
    CHECK_STR(c.texts[4], "No id \xC3\xA9\xE2\x80\x9C.");
    CHECK_STR(c.ids[4], "news:7");
    CHECK(strstr(c.errors[5], "not a JSON object") != NULL);
    CHECK_STR(c.texts[6], "No newline at the end.");
    CHECK_STR(c.origins[6], path_of("news.jsonl:9"));
}

/* A JSON string's escapes and non-ASCII bytes at every offset around the
 * sixteen-byte steps of the plain-run scan, and at its tail. */
static void test_jsonl_special_at_every_offset(void) {
    static const char *const raw[] = {"\\\"", "\\\\", "\\n", "\\u00e9", "\xC3\xA9", "\xE2\x80\x9C"};
    static const char *const decoded[] = {"\"", "\\", "\n", "\xC3\xA9", "\xC3\xA9", "\xE2\x80\x9C"};
    enum { KINDS = sizeof raw / sizeof *raw, OFFSETS = 40 };
    char line[256], want[KINDS][OFFSETS][128];
    FILE *f = fopen(path_of("offsets.jsonl"), "wb");
    if (!f) exit(2);
    for (int k = 0; k < KINDS; k++)
        for (int at = 0; at < OFFSETS; at++) {
            char before[OFFSETS + 1], after[24];
            memset(before, 'a', (size_t)at);
            before[at] = '\0';
            snprintf(after, sizeof after, "%.*s", at % 19, "bbbbbbbbbbbbbbbbbbb");
            snprintf(line, sizeof line, "{\"text\": \"%s%s%s\"}\n", before, raw[k], after);
            fputs(line, f);
            snprintf(want[k][at], sizeof want[k][at], "%s%s%s", before, decoded[k], after);
        }
    fclose(f);
    quoth_reader *r;
    CHECK_INT(quoth_reader_open(path_of("offsets.jsonl"), NULL, &r), 0);
    int n = 0, wrong = 0;
    quoth_input_doc d;
    while (quoth_reader_next(r, &d) == 0 && n < KINDS * OFFSETS) {
        const char *w = want[n / OFFSETS][n % OFFSETS];
        wrong += d.error || d.len != strlen(w) || memcmp(d.text, w, d.len) != 0;
        n++;
    }
    quoth_reader_close(r);
    CHECK_INT(n, KINDS * OFFSETS);
    CHECK_INT(wrong, 0);
}

static void test_jsonl_metadata(void) {
    write_text("meta.jsonl",
               "{\"id\": \"a1\", \"text\": \"T.\", \"url\": \"https://x.test/1\", \"title\": \"One\","
               " \"date\": \"2024-01-02\", \"outlet\": \"Gazette\", \"source\": \"Not this\"}\n");
    collected c;
    CHECK_INT(collect("meta.jsonl", NULL, &c), 0);
    CHECK_STR(c.url, "https://x.test/1");
    CHECK_STR(c.title, "One");
    CHECK_STR(c.date, "2024-01-02");
    CHECK_STR(c.outlet, "Gazette");
    write_text("meta2.jsonl", "{\"text\": \"T.\", \"source\": {\"name\": \"Daily\"}}\n");
    CHECK_INT(collect("meta2.jsonl", NULL, &c), 0);
    CHECK_STR(c.outlet, "Daily");
    CHECK_STR(c.url, "");
    /* a date as a number of seconds (or of milliseconds) since 1970, an
     * outlet as an object with a name: each had been dropped */
    write_text("meta3.jsonl", "{\"date\": 1718000000, \"outlet\": {\"name\": \"Daily Tap\"}, \"text\": \"T.\"}\n");
    CHECK_INT(collect("meta3.jsonl", NULL, &c), 0);
    CHECK_STR(c.date, "2024-06-10T06:13:20Z");
    CHECK_STR(c.outlet, "Daily Tap");
    write_text("meta4.jsonl", "{\"date\": 1718000000123, \"text\": \"T.\", \"x\": 1.5e3}\n");
    CHECK_INT(collect("meta4.jsonl", NULL, &c), 0);
    CHECK_STR(c.date, "2024-06-10T06:13:20Z");
    /* and at a path into a nested object */
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .date_field = "meta.published"};
    write_text("meta5.jsonl", "{\"meta\": {\"published\": 1718000000}, \"text\": \"T.\"}\n");
    CHECK_INT(collect("meta5.jsonl", &o, &c), 0);
    CHECK_STR(c.date, "2024-06-10T06:13:20Z");
}

/* A feed's text in HTML is read as a page's article: no tags, entities
 * decoded, a blank line between paragraphs (a source had been "Mayor Ann
 * Holt.</p><p>Chief Bo Reyes"); a text that only mentions a tag, or
 * compares with "<", stays as it is. The line's own title stays. */
static void test_jsonl_markup_in_text(void) {
    write_text("markup.jsonl",
               "{\"id\": \"h1\", \"title\": \"Roads\", \"text\": \"<p>&ldquo;We will reopen in May,&rdquo; said "
               "Mayor Ann Holt.</p><p>Chief Bo Reyes said the road is closed.</p>\"}\n"
               "{\"id\": \"h2\", \"text\": \"Turnout was < 40% and the <title> tag is empty.\"}\n"
               "{\"id\": \"h3\", \"text\": \"Line one.<br>Line two.\"}\n");
    collected c;
    CHECK_INT(collect("markup.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_STR(c.texts[0], "\xE2\x80\x9CWe will reopen in May,\xE2\x80\x9D said Mayor Ann Holt.\n\nChief Bo Reyes "
                          "said the road is closed.");
    CHECK_STR(c.texts[1], "Turnout was < 40% and the <title> tag is empty.");
    CHECK(strstr(c.texts[2], "<br>") == NULL && strstr(c.texts[2], "Line one.") && strstr(c.texts[2], "Line two."));
}

static void test_jsonl_fields(void) {
    write_text("fields.jsonl", "{\"doc\": \"d9\", \"body\": \"Body text.\", \"text\": \"not this\"}\n");
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .text_field = "body", .id_field = "doc"};
    collected c;
    CHECK_INT(collect("fields.jsonl", &o, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.ids[0], "d9");
    CHECK_STR(c.texts[0], "Body text.");
}

/* What feeds put where quoth looks: a text as a list of paragraphs (an
 * image's object among them left out), a key that holds dots itself
 * (flattened exports), dates as compact numbers (GDELT's 20230415120000
 * and 20230415) and as seconds with a fraction. Each line is read twice:
 * by the one-pass parser, and by jansson (the same line nested past what
 * the one-pass parser takes, in a field no one reads). */
static void test_jsonl_feed_shapes(void) {
    static const struct {
        const char *fields, *text, *date;
    } LINES[] = {
        {"\"body\": [\"First para.\", \"\", {\"img\": \"a.jpg\"}, \"Second para.\"], \"date\": 20230415120000",
         "First para.\n\nSecond para.", "2023-04-15T12:00:00Z"},
        {"\"body\": [], \"date\": 20230415", "", "2023-04-15"},
        {"\"article.body\": \"Flat key.\", \"date\": 1681560000.5", "Flat key.", "2023-04-15T12:00:00Z"},
        {"\"article\": {\"body\": \"Nested key.\"}, \"date\": 1681560000000", "Nested key.", "2023-04-15T12:00:00Z"},
        {"\"body\": \"Not a compact date.\", \"date\": 20231345", "Not a compact date.", "1970-08-23T03:49:05Z"},
    };
    char deep[1300] = "";
    for (int i = 0; i < 600; i++) strcat(deep, "[");
    for (int i = 0; i < 600; i++) strcat(deep, "]");
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++) {
            char line[2000];
            snprintf(line, sizeof line, "{%s%s%s%s}\n", pass ? "\"x\": " : "", pass ? deep : "", pass ? ", " : "",
                     LINES[i].fields);
            write_text("shapes.jsonl", line);
            quoth_reader_options o = {.format = QUOTH_INPUT_AUTO,
                                      .text_field = i >= 2 && i <= 3 ? "article.body" : "body"};
            collected c;
            CHECK_INT(collect("shapes.jsonl", &o, &c), 0);
            CHECK_INT(c.n_errors, 0);
            CHECK_STR(c.texts[0], LINES[i].text);
            CHECK_STR(c.date, LINES[i].date);
        }
    /* a list of no string is no text */
    write_text("shapes.jsonl", "{\"body\": [{\"img\": \"a.jpg\"}]}\n");
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .text_field = "body"};
    collected c;
    CHECK_INT(collect("shapes.jsonl", &o, &c), 0);
    CHECK_INT(c.n_errors, 1);
    /* JSON printed over lines, and an array of objects: the error says what
     * the file is likely to be, and how to make JSON Lines of it */
    write_text("pretty.jsonl", "[{\"text\": \"a\"}]\n{\n  \"text\": \"b\"\n}\n");
    CHECK_INT(collect("pretty.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_errors, 4);
    CHECK(strstr(c.errors[0], "not a JSON object but an array") != NULL);
    CHECK(strstr(c.errors[1], "near end of line") != NULL);
    CHECK(strstr(c.errors[1], "printed over several lines?") != NULL);
    CHECK(strstr(c.errors[2], "printed over several lines?") == NULL);
}

static void test_jsonl_long_line(void) {
    char buf[4000];
    int n = snprintf(buf, sizeof buf, "{\"id\": \"long\", \"text\": \"");
    memset(buf + n, 'x', 3000);
    n += 3000;
    n += snprintf(buf + n, sizeof buf - (size_t)n, "\"}\n{\"id\": \"short\", \"text\": \"ok\"}\n");
    write_bytes("long.jsonl", buf, (size_t)n);
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .max_doc_bytes = 100};
    collected c;
    CHECK_INT(collect("long.jsonl", &o, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK(strstr(c.errors[0], "longer than") != NULL);
    CHECK_STR(c.origins[0], path_of("long.jsonl:1"));
    CHECK_STR(c.ids[0], "long"); /* its own id, read from the line's start */
    CHECK_STR(c.texts[1], "ok");
    CHECK_STR(c.origins[1], path_of("long.jsonl:2"));
    /* the id of a nested object is not the line's */
    n = snprintf(buf, sizeof buf, "{\"meta\": {\"id\": \"inner\"}, \"text\": \"");
    memset(buf + n, 'x', 3000);
    n += 3000;
    n += snprintf(buf + n, sizeof buf - (size_t)n, "\", \"id\": 77}\n");
    write_bytes("long-nested.jsonl", buf, (size_t)n);
    CHECK_INT(collect("long-nested.jsonl", &o, &c), 0);
    CHECK_STR(c.ids[0], "77");
}

static void test_jsonl_gzip_members(void) {
    const char *a = "{\"id\": \"m1\", \"text\": \"one\"}\n{\"id\": \"m2\", \"text\": \"two\"}\n";
    const char *b = "{\"id\": \"m3\", \"text\": \"three\"}\n";
    write_gz("multi.jsonl.gz", a, strlen(a), "wb");
    write_gz("multi.jsonl.gz", b, strlen(b), "ab");
    collected c;
    CHECK_INT(collect("multi.jsonl.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[2], "three");
    CHECK_STR(c.origins[2], path_of("multi.jsonl.gz:3"));
    /* detected by magic bytes whatever the name */
    write_gz("multi-noext", a, strlen(a), "wb");
    CHECK_INT(collect("multi-noext", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_STR(c.ids[1], "m2");
}

/* Cuts the last `cut` bytes of a file. */
static void chop(const char *name, long cut) {
    long n = file_size(name);
    if (truncate(path_of(name), n - cut) != 0) exit(2);
}

static void test_gzip_truncated(void) {
    char big[20000];
    size_t n = 0;
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(big + n, sizeof big - n, "{\"id\": \"t%d\", \"text\": \"line %d of many\"}\n", i, i * 7919 % 1000);
    write_gz("cut.jsonl.gz", big, n, "wb");
    chop("cut.jsonl.gz", file_size("cut.jsonl.gz") / 2);
    collected c;
    CHECK_INT(collect("cut.jsonl.gz", NULL, &c), 0);
    CHECK(c.n_docs > 1);
    CHECK_INT(c.n_errors, 1);
    size_t last = c.n_docs < KEPT_DOCS ? c.n_docs - 1 : KEPT_DOCS - 1;
    CHECK(strstr(c.errors[last], "truncated gzip") != NULL);
    /* the text format too: a truncated file is an error, not a short text */
    write_gz("cut.txt.gz", big, n, "wb");
    chop("cut.txt.gz", 20);
    CHECK_INT(collect("cut.txt.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK(strstr(c.errors[0], "truncated gzip") != NULL);
}

static void test_gzip_corrupt(void) {
    const char *s = "{\"id\": \"x\", \"text\": \"hello there, this is a line\"}\n";
    write_gz("bad.jsonl.gz", s, strlen(s), "wb");
    FILE *f = fopen(path_of("bad.jsonl.gz"), "r+b");
    fseek(f, 12, SEEK_SET);
    fputc(0xFF, f);
    fputc(0xFF, f);
    fputc(0xFF, f);
    fclose(f);
    collected c;
    CHECK_INT(collect("bad.jsonl.gz", NULL, &c), 0);
    CHECK(c.n_errors >= 1);
}

/* What Python's json module reads and jansson refuses still gives its
 * document: invalid UTF-8 is kept for the engine to repair, a lone
 * surrogate becomes one byte that is never UTF-8 (one U+FFFD once
 * repaired, one code point as in Python), a number may have any size, and
 * keys are compared decoded. */
static void test_jsonl_lenient(void) {
    write_text("lenient.jsonl",
               "{\"id\": \"l1\", \"text\": \"Caf\xE9 \\ud83d\\ude00 \xE2\x82.\"}\n"
               "{\"id\": \"l2\", \"text\": \"a\\ud83d" "b \\udc00" "c \\ud83d\\u0041 \\ud83d\"}\n"
               "{\"id\": 123456789012345678901234567890, \"n\": 1e999, \"m\": -12345678901234567890.5e-99999,"
               " \"text\": \"Big.\"}\n"
               "{\"id\": -0, \"te\\u0078t\": \"Escaped key.\", \"t\\u00ebxt\": \"Not ASCII.\"}\n"
               "{\"id\": \"l5\", \"title\": \"T\\udfff\", \"text\": \"Title.\"}\n");
    collected c;
    CHECK_INT(collect("lenient.jsonl", NULL, &c), 0);
    CHECK_INT(c.n_docs, 5);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], "Caf\xE9 \xF0\x9F\x98\x80 \xE2\x82.");
    CHECK_STR(c.texts[1], "a\xFF" "b \xFF" "c \xFF" "A \xFF");
    CHECK_STR(c.ids[2], "123456789012345678901234567890");
    CHECK_STR(c.texts[2], "Big.");
    CHECK_STR(c.ids[3], "0");
    CHECK_STR(c.texts[3], "Escaped key.");
    CHECK_STR(c.title, "T\xFF");
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .text_field = "t\xC3\xABxt", .id_field = "id"};
    CHECK_INT(collect("lenient.jsonl", &o, &c), 0);
    CHECK_INT(c.n_errors, 4);
    CHECK_STR(c.texts[3], "Not ASCII.");
    CHECK(strstr(c.errors[0], "no \"t\xC3\xABxt\" field") != NULL);
}

/* ---------------------------------------------- fast parser against jansson */

typedef struct rng {
    uint64_t s;
} rng;

static unsigned roll(rng *r, unsigned n) {
    r->s = r->s * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(r->s >> 33) % n;
}

typedef struct line_buf {
    char s[8192];
    size_t n;
} line_buf;

static void put_json(line_buf *b, const char *s) {
    size_t k = strlen(s);
    if (b->n + k < sizeof b->s) memcpy(b->s + b->n, s, k), b->n += k;
}

static void put_space(line_buf *b, rng *r) { put_json(b, (const char *[]){"", "", " ", "\t", "  \r "}[roll(r, 5)]); }

static void put_random_string(line_buf *b, rng *r) {
    static const char *const pieces[] = {
        "word",  " ",      "Said",   "\\\"",   "\\\\",   "\\/",    "\\b",          "\\f",  "\\n",     "\\r",
        "\\t",   "\\u00e9", "\\u20AC", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\\ud83d\\ude00", "\\u0041", "'", "{[,:]}"};
    put_json(b, "\"");
    for (unsigned i = 0, n = roll(r, 12); i < n; i++) put_json(b, pieces[roll(r, sizeof pieces / sizeof *pieces)]);
    put_json(b, "\"");
}

static void put_random_value(line_buf *b, rng *r, int depth);

static void put_random_object(line_buf *b, rng *r, int depth, int top) {
    static const char *const keys[] = {"text", "id", "url", "title", "date", "outlet", "source", "name", "body", "te\\u0078t"};
    put_json(b, "{");
    for (unsigned i = 0, n = roll(r, top ? 8 : 4); i < n; i++) {
        if (i) put_json(b, ",");
        put_space(b, r);
        put_json(b, "\"");
        put_json(b, keys[roll(r, sizeof keys / sizeof *keys)]);
        put_json(b, "\"");
        put_space(b, r);
        put_json(b, ":");
        put_space(b, r);
        put_random_value(b, r, depth + 1);
        put_space(b, r);
    }
    put_json(b, "}");
}

static void put_random_value(line_buf *b, rng *r, int depth) {
    static const char *const numbers[] = {"0", "-0", "7", "-42", "123456789012345678", "-123456789012345678",
                                          "3.25", "-0.5e-3", "1E+30", "6.02e23"};
    switch (roll(r, depth > 3 ? 4 : 7)) {
    case 0:
    case 1: put_random_string(b, r); break;
    case 2: put_json(b, numbers[roll(r, sizeof numbers / sizeof *numbers)]); break;
    case 3: put_json(b, (const char *[]){"true", "false", "null"}[roll(r, 3)]); break;
    case 4: put_random_object(b, r, depth, 0); break;
    default:
        put_json(b, "[");
        for (unsigned i = 0, n = roll(r, 4); i < n; i++) {
            if (i) put_json(b, ", ");
            put_random_value(b, r, depth + 1);
        }
        put_json(b, "]");
    }
}

/* What the test expects at a path of keys joined by dots, found with
 * jansson's own lookups (not the reader's). */
/* The value at a path of keys: nested objects first, else a key that
 * holds the rest of the path, dots and all. */
static const json_t *jansson_value(const json_t *obj, const char *path) {
    char key[64];
    size_t n = strcspn(path, ".");
    if (!json_is_object(obj) || n >= sizeof key) return NULL;
    if (!path[n]) return json_object_get(obj, path);
    memcpy(key, path, n);
    key[n] = 0;
    const json_t *nested = jansson_value(json_object_get(obj, key), path + n + 1);
    return nested ? nested : json_object_get(obj, path);
}

/* A text as quoth takes it: a string, or a list's strings joined by blank
 * lines (into buf); NULL for anything else, or a list of no string. */
static const char *jansson_text(const json_t *v, char *buf, size_t cap, size_t *len) {
    if (json_is_string(v)) {
        *len = json_string_length(v);
        return json_string_value(v);
    }
    if (!json_is_array(v)) return NULL;
    size_t i, n = 0, strings = 0;
    const json_t *item;
    json_array_foreach(v, i, item) {
        if (!json_is_string(item)) continue;
        strings++;
        size_t k = json_string_length(item);
        if (!k) continue;
        if (n + k + 2 >= cap) return NULL;
        if (n) memcpy(buf + n, "\n\n", 2), n += 2;
        memcpy(buf + n, json_string_value(item), k);
        n += k;
    }
    if (!strings && json_array_size(v)) return NULL;
    buf[n] = 0;
    *len = n;
    return buf;
}

static const char *jansson_string(const json_t *obj, const char *path) {
    const json_t *v = jansson_value(obj, path);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int same_field(const char *got, const char *want) {
    return (!got && !want) || (got && want && strcmp(got, want) == 0);
}

/* How a document differs from what jansson reads in its line, with the
 * fields where `o` says (resolved: no NULL but outlet_field): 0 when not. */
static int differs_from_jansson(const quoth_input_doc *d, const char *line, size_t n, const char *default_id,
                                const quoth_reader_options *o) {
    json_error_t err;
    json_t *obj = json_loadb(line, n, JSON_ALLOW_NUL, &err);
    if (!obj) return 1; /* every generated line is valid JSON */
    int differs = 0;
    static char joined[1 << 16];
    size_t text_len = 0;
    const char *text = jansson_text(jansson_value(obj, o->text_field), joined, sizeof joined, &text_len);
    if (!text) differs |= !d->error;
    else differs |= d->error || d->len != text_len || memcmp(d->text, text, d->len);
    char id[32];
    const json_t *id_value = jansson_value(obj, o->id_field);
    const char *want_id = json_is_string(id_value) ? json_string_value(id_value) : NULL;
    if (json_is_integer(id_value)) {
        snprintf(id, sizeof id, "%" PRId64, (int64_t)json_integer_value(id_value));
        want_id = id;
    }
    differs |= !same_field(d->meta.id, want_id && *want_id ? want_id : default_id) << 1;
    const char *outlet;
    if (o->outlet_field) outlet = jansson_string(obj, o->outlet_field);
    else {
        const json_t *source = json_object_get(obj, "source");
        const json_t *outlet_object = json_object_get(obj, "outlet");
        outlet = jansson_string(obj, "outlet");
        if (!outlet && json_is_object(outlet_object)) outlet = jansson_string(outlet_object, "name");
        if (!outlet) outlet = json_is_string(source) ? json_string_value(source) : jansson_string(source, "name");
    }
    /* a date as a number: seconds (or milliseconds) since 1970, in UTC */
    const json_t *date_value = jansson_value(obj, o->date_field);
    const char *want_date = json_is_string(date_value) ? json_string_value(date_value) : NULL;
    char date[80];
    char digits[32] = "";
    if (json_is_integer(date_value)) snprintf(digits, sizeof digits, "%" PRId64, (int64_t)json_integer_value(date_value));
    int compact_len = (int)strlen(digits);
    int y, mo, dd, h, mi, se;
    if (compact_len == 14 && sscanf(digits, "%4d%2d%2d%2d%2d%2d", &y, &mo, &dd, &h, &mi, &se) == 6 && y >= 1900 &&
        y <= 2100 && mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31 && h <= 23 && mi <= 59 && se <= 60) {
        snprintf(date, sizeof date, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, mo, dd, h, mi, se);
        want_date = date;
    } else if (compact_len == 8 && sscanf(digits, "%4d%2d%2d", &y, &mo, &dd) == 3 && y >= 1900 && y <= 2100 &&
               mo >= 1 && mo <= 12 && dd >= 1 && dd <= 31) {
        snprintf(date, sizeof date, "%04d-%02d-%02d", y, mo, dd);
        want_date = date;
    } else if (json_is_integer(date_value) || (json_is_real(date_value) && fabs(json_real_value(date_value)) < 1e15)) {
        long long t = json_is_integer(date_value) ? (long long)json_integer_value(date_value)
                                                  : (long long)json_real_value(date_value);
        if (t > 100000000000LL) t /= 1000;
        time_t seconds = (time_t)t;
        struct tm tm;
        if (t >= 0 && t <= 253402300799LL && gmtime_r(&seconds, &tm) &&
            strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm))
            want_date = date;
    }
    if (!d->error)
        differs |= (!same_field(d->meta.url, jansson_string(obj, o->url_field)) ||
                    !same_field(d->meta.title, jansson_string(obj, o->title_field)) ||
                    !same_field(d->meta.date, want_date) || !same_field(d->meta.outlet, outlet))
                   << 2;
    json_decref(obj);
    return differs;
}

/* Writes `lines` random lines to `name` and reads them back with the
 * fields where `o` says; returns how many documents differ from what
 * jansson reads, after checking that every line gave one. `nest`: each
 * line's random objects go under "body" and "source" too, so that paths
 * into them find something. *texts: how many lines had a text. */
static int random_lines_differ(const char *name, line_buf *lines, int n_lines, unsigned seed, int nest,
                               const quoth_reader_options *o, int *texts) {
    rng r = {seed};
    FILE *f = fopen(path_of(name), "wb");
    if (!f) exit(2);
    for (int i = 0; i < n_lines; i++) {
        line_buf *b = &lines[i];
        b->n = 0;
        if (i % 10 == 9) {
            put_json(b, "{\"deep\": ");
            for (int k = 0; k < 600; k++) put_json(b, "[");
            for (int k = 0; k < 600; k++) put_json(b, "]");
            put_json(b, ", \"id\": 12, \"text\": \"Deep.\", \"source\": {\"name\": \"Deep News\"}, \"url\": \"u\\u00e9\","
                        " \"body\": {\"text\": \"Deeper.\", \"id\": -0}}");
        } else if (nest) {
            put_json(b, "{\"body\": ");
            put_random_object(b, &r, 0, 1);
            put_json(b, ", \"source\": ");
            put_random_object(b, &r, 0, 1);
            put_json(b, ", \"title\": ");
            put_random_value(b, &r, 1);
            put_json(b, "}");
        } else
            put_random_object(b, &r, 0, 1);
        fwrite(b->s, 1, b->n, f);
        fputc('\n', f);
    }
    fclose(f);
    quoth_reader_options resolved = *o;
    quoth_reader_options_resolve(&resolved);
    quoth_reader *rd;
    CHECK_INT(quoth_reader_open(path_of(name), o, &rd), 0);
    quoth_input_doc d;
    int n = 0, wrong = 0;
    *texts = 0;
    char stem[64];
    snprintf(stem, sizeof stem, "%.*s", (int)strcspn(name, "."), name);
    while (n < n_lines && quoth_reader_next(rd, &d) == 0) {
        char default_id[96];
        snprintf(default_id, sizeof default_id, "%s:%d", stem, n + 1);
        int differs = differs_from_jansson(&d, lines[n].s, lines[n].n, default_id, &resolved);
        if (differs && wrong++ < 3) printf("line %d differs (%d): %.*s\n", n + 1, differs, (int)lines[n].n, lines[n].s);
        *texts += !d.error;
        n++;
    }
    quoth_reader_close(rd);
    CHECK_INT(n, n_lines);
    return wrong;
}

/* Fields at paths into nested objects: escaped keys match, an integer id
 * is printed, a path through a missing key or a value that is no object
 * finds nothing, and of a key given twice the later value is the one, also
 * for what lies inside it (as Python's json reads it). */
static void test_jsonl_field_paths(void) {
    write_text("paths.jsonl",
               "{\"a\": {\"body\": \"One.\", \"k\": 41}, \"m\": {\"w\": {\"d\": \"2024-05-06\"}, \"o\": \"Gazette\"}}\n"
               "{\"a\": {\"b\\u006fdy\": \"Two.\"}, \"m\": {\"w\": [\"2024\"], \"o\": {\"name\": \"X\"}}}\n"
               "{\"a\": {\"body\": \"Three.\"}, \"a\": {\"other\": 1}}\n"
               "{\"a\": \"Four.\", \"m\": {\"o\": \"First\"}, \"m\": {\"w\": {}}}\n"
               "{\"a\": {\"body\": \"Five.\", \"k\": 7}, \"a.body\": \"not this\", \"t\": {\"x\": {\"y\": \"Deep title\"}}}\n");
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .text_field = "a.body", .id_field = "a.k",
                              .date_field = "m.w.d", .outlet_field = "m.o", .title_field = "t.x.y"};
    collected c;
    CHECK_INT(collect("paths.jsonl", &o, &c), 0);
    CHECK_INT(c.n_docs, 5);
    CHECK_STR(c.texts[0], "One.");
    CHECK_STR(c.ids[0], "41");
    CHECK_STR(c.texts[1], "Two."); /* "b\u006fdy" is "body" */
    CHECK_STR(c.ids[1], "paths:2");
    CHECK_STR(c.errors[2], "no \"a.body\" field with a string"); /* the later "a" has none */
    CHECK_STR(c.errors[3], "no \"a.body\" field with a string"); /* "a" is no object */
    CHECK_STR(c.texts[4], "Five."); /* a key holding a dot is not the path */
    CHECK_STR(c.ids[4], "7");
    CHECK_STR(c.title, "Deep title"); /* the last document's metadata */
    CHECK_STR(c.date, "");
    /* one document each, for their metadata */
    write_text("path-meta.jsonl", "{\"a\": {\"body\": \"One.\"}, \"m\": {\"w\": {\"d\": \"2024-05-06\"}, \"o\": \"Gazette\"}}\n");
    CHECK_INT(collect("path-meta.jsonl", &o, &c), 0);
    CHECK_STR(c.date, "2024-05-06");
    CHECK_STR(c.outlet, "Gazette");
    write_text("path-twice.jsonl", "{\"a\": {\"body\": \"One.\"}, \"m\": {\"o\": \"First\", \"w\": {\"d\": \"1999\"}}, "
                                   "\"m\": {\"w\": {}}}\n");
    CHECK_INT(collect("path-twice.jsonl", &o, &c), 0);
    CHECK_STR(c.outlet, ""); /* the later "m" has no "o" */
    CHECK_STR(c.date, "");
    CHECK_STR(c.texts[0], "One.");
}

/* The one-pass parser reads what jansson reads: random objects with every
 * kind of value, escaped keys and repeated keys among the fields it wants,
 * and every tenth line nested deeper than it goes, which jansson reads in
 * its place; with the default fields, and with every field a path into
 * nested objects. */
static void test_jsonl_fast_parser_agrees_with_jansson(void) {
    enum { LINES = 3000 };
    static line_buf lines[LINES];
    int texts;
    quoth_reader_options defaults = {.format = QUOTH_INPUT_JSONL};
    CHECK_INT(random_lines_differ("random.jsonl", lines, LINES, 20261201, 0, &defaults, &texts), 0);
    CHECK(texts > LINES / 5 && texts < LINES); /* both kinds of line were made */
    quoth_reader_options paths = {.format = QUOTH_INPUT_JSONL, .text_field = "body.text", .id_field = "body.id",
                                  .url_field = "source.url", .title_field = "source.body.title",
                                  .date_field = "body.date", .outlet_field = "source.name"};
    CHECK_INT(random_lines_differ("nested.jsonl", lines, LINES, 20261202, 1, &paths, &texts), 0);
    CHECK(texts > LINES / 10 && texts < LINES);
}

static void test_position(void) {
    write_text("pos.jsonl", "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
    quoth_reader *r;
    CHECK_INT(quoth_reader_open(path_of("pos.jsonl"), NULL, &r), 0);
    quoth_input_doc d;
    CHECK_INT(quoth_reader_next(r, &d), 0);
    CHECK_INT(quoth_reader_position(r), 14);
    CHECK_INT(quoth_reader_next(r, &d), 0);
    CHECK_INT(quoth_reader_next(r, &d), QUOTH_ERR_EOF);
    CHECK_INT(quoth_reader_position(r), 28);
    quoth_reader_close(r);
}

/* ------------------------------------------------------------------- HTML */

static const char PAGE[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\n"
    "<title>  Harbor wall  approved | Gazette </title>\n"
    "<link rel=\"canonical\" href=\"https://gazette.test/harbor-wall\">\n"
    "<meta property=\"og:url\" content=\"https://gazette.test/og\">\n"
    "<meta property=\"og:site_name\" content=\"The Gazette\">\n"
    "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">\n"
    "<style>p { color: red }</style><script>var said = \"not text\";</script>\n"
    "</head><body>\n"
    "<header><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>\n"
    "<nav><ul><li>Politics</li><li>Sport</li></ul></nav>\n"
    "<article>\n"
    "  <h1>Harbor wall approved</h1>\n"
    "  <p>The council voted on Tuesday.   It was   close.</p>\n"
    "  <p>\"We have waited long enough,\" said <b>Helena Marsh</b>, the mayor.<br>She smiled.</p>\n"
    "  <p><strong>Read also:</strong> <a href=\"/x\">Another story</a></p>\n"
    "  <div class=\"related-links\"><p>Related piece</p></div>\n"
    "  <aside><p>Sidebar text</p></aside>\n"
    "  <figure><img src=\"x.jpg\"><figcaption>A caption</figcaption></figure>\n"
    "  <form><input name=\"q\"><button>Search</button></form>\n"
    "  <p>Caf&eacute; owners&nbsp;objected &amp; left.</p>\n"
    "  <div hidden>Hidden text</div>\n"
    "</article>\n"
    "<footer>Copyright</footer>\n"
    "</body></html>\n";

static void test_html_article(void) {
    write_text("page.html", PAGE);
    collected c;
    CHECK_INT(collect("page.html", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.texts[0],
              "Harbor wall approved\n\n"
              "The council voted on Tuesday. It was close.\n\n"
              "\"We have waited long enough,\" said Helena Marsh, the mayor.\nShe smiled.\n\n"
              "Caf\xC3\xA9 owners objected & left.");
    CHECK_STR(c.title, "Harbor wall approved"); /* "| Gazette": the outlet, The Gazette */
    CHECK_STR(c.url, "https://gazette.test/harbor-wall");
    CHECK_STR(c.date, "2024-03-05T10:00:00Z");
    CHECK_STR(c.outlet, "The Gazette");
    CHECK_STR(c.ids[0], "page");
}

/* A paragraph whose words another paragraph holds in full is a pull
 * quote or a repeat, and goes (it had been a second content of the
 * statement it repeats); of two equal ones the first stays, and short
 * lines may repeat. */
static void test_html_repeated_paragraphs(void) {
    write_text("pull.html",
               "<html><body><article><h1>Board fires superintendent</h1>"
               "<p>&ldquo;Our families deserve to know every dollar is going to their kids,&rdquo; Board President "
               "Sheila Brandt said.</p>"
               "<blockquote class=\"wp-block-quote\"><p>&ldquo;Our families deserve to know every dollar is going "
               "to their kids.&rdquo;</p></blockquote>"
               "<p>Yes.</p><p>The vote was 5-2 after a long night of public comment.</p><p>Yes.</p>"
               "<p>The vote was 5-2 after a long night of public comment.</p></article></body></html>");
    collected c;
    CHECK_INT(collect("pull.html", NULL, &c), 0);
    CHECK_STR(c.texts[0], "Board fires superintendent\n\n"
                          "\xE2\x80\x9COur families deserve to know every dollar is going to their kids,\xE2\x80\x9D "
                          "Board President Sheila Brandt said.\n\n"
                          "Yes.\n\nThe vote was 5-2 after a long night of public comment.\n\nYes.");
}

/* A page without an <article>: its top bar, share bar, trending stories
 * and footer go by their class names ("Man says he saw Bigfoot" had been
 * a statement), and "share" counts only as a whole class name. */
static void test_html_furniture_by_class(void) {
    write_text("furniture.html",
               "<html><body><div class=\"topbar\"><div>Weather</div><div>Live</div></div>"
               "<div class=\"story\"><div class=\"story-text\">The wind shifted, said Chief Kevin Marsh.</div>"
               "<div class=\"share\">Facebook Twitter Email</div>"
               "<div class=\"shared-note\">Crews were protecting homes, Marsh said.</div></div>"
               "<div class=\"trending\"><div>Man says he saw Bigfoot near Crater Lake</div></div>"
               "<div class=\"site-footer\">Copyright ABN.</div></body></html>");
    collected c;
    CHECK_INT(collect("furniture.html", NULL, &c), 0);
    CHECK_STR(c.texts[0], "The wind shifted, said Chief Kevin Marsh.\n\nCrews were protecting homes, Marsh said.");
}

static void test_html_fallbacks(void) {
    write_text("plain.htm",
               "<html><head><meta property=\"og:title\" content=\"OG title\">"
               "<meta property=\"og:url\" content=\"https://x.test/og\"></head>"
               "<body><div id=\"menu\"><nav>Menu</nav></div>"
               "<div><p>One.</p><p>Two <i>words</i>.</p></div>"
               "<p>Posted <time datetime=\"2023-12-01\">Dec 1</time>.</p>"
               "<ul><li>Read more: elsewhere</li><li>Item</li></ul>"
               "<table><tr><td>a</td><td>b</td></tr></table></body></html>");
    collected c;
    CHECK_INT(collect("plain.htm", NULL, &c), 0);
    CHECK_STR(c.texts[0], "One.\n\nTwo words.\n\nPosted Dec 1.\n\nItem\n\na b");
    CHECK_STR(c.title, "OG title");
    CHECK_STR(c.url, "https://x.test/og");
    CHECK_STR(c.date, "2023-12-01");
}

/* What quoth_html_extract finds in a page of `head` and `body`: its title,
 * or its text, copied into out; "(failed)" or "(none)" when nothing. */
static char *extracted(const char *head, const char *body, int title, char *out, size_t cap) {
    char html[4096];
    int n = snprintf(html, sizeof html, "<html><head>%s</head><body>%s</body></html>", head, body);
    quoth_html_article a;
    snprintf(out, cap, "(failed)");
    if (n > 0 && (size_t)n < sizeof html && quoth_html_extract(html, (size_t)n, &a) == QUOTH_OK) {
        const char *s = title ? a.title : a.text;
        snprintf(out, cap, "%s", s ? s : "(none)");
        quoth_html_article_free(&a);
    }
    return out;
}

/* The title of a page whose head holds `title` and og:site_name `site`. */
static char *page_title(const char *title, const char *site, char *out, size_t cap) {
    char head[512];
    snprintf(head, sizeof head, "<title>%s</title><meta property=\"og:site_name\" content=\"%s\">", title, site);
    return extracted(head, "<p>Text.</p>", 1, out, cap);
}

/* The text of a page whose <article> holds `dom` and whose JSON-LD
 * script is `jsonld`. */
static char *page_text(const char *dom, const char *jsonld, char *out, size_t cap) {
    char head[2200], body[1024];
    snprintf(head, sizeof head, "<script type=\"application/ld+json\">%s</script>", jsonld);
    snprintf(body, sizeof body, "<article>%s</article>", dom);
    return extracted(head, body, 0, out, cap);
}

/* A page whose markup holds little of its article (a paywall's first
 * paragraph) gives the JSON-LD articleBody instead, found at any depth
 * ("@graph") and read as text (a paragraph per line) or as markup; a page
 * whose markup holds the article keeps its own text, and so does one
 * whose JSON-LD is broken or holds no articleBody. */
static void test_html_jsonld_article_body(void) {
    static const char LONG[] =
        "The port authority signed the deal on Monday.\\n\\n\\\"This secures the harbor for a generation,\\\" "
        "said Mayor Rita Okafor.\\nCritics said the price was too high, and that the contract had been rushed "
        "through without a public hearing. The authority said that the first ships would dock under the new terms "
        "in the autumn, and that fees would not rise before the year after next.";
    static const char LONG_TEXT[] =
        "The port authority signed the deal on Monday.\n\n\"This secures the harbor for a generation,\" "
        "said Mayor Rita Okafor.\n\nCritics said the price was too high, and that the contract had been rushed "
        "through without a public hearing. The authority said that the first ships would dock under the new terms "
        "in the autumn, and that fees would not rise before the year after next.";
    char jsonld[2048], got[2048];
    const char *stub = "<p>The port authority signed the deal on Monday.</p><div>Subscribe to read more</div>";
    snprintf(jsonld, sizeof jsonld, "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
             "\"articleBody\": \"%s\"}]}", LONG);
    CHECK_STR(page_text(stub, jsonld, got, sizeof got), LONG_TEXT);
    /* the markup holds the whole article: its text stays */
    const char *whole = "<p>The port authority signed the deal on Monday.</p><p>\"This secures the harbor for a "
                        "generation,\" said Mayor Rita Okafor.</p><p>Critics said the price was too high, and that "
                        "the contract had been rushed through without a public hearing.</p>";
    CHECK_STR(page_text(whole, jsonld, got, sizeof got),
              "The port authority signed the deal on Monday.\n\n\"This secures the harbor for a generation,\" said "
              "Mayor Rita Okafor.\n\nCritics said the price was too high, and that the contract had been rushed "
              "through without a public hearing.");
    /* an articleBody in markup, in an array of objects */
    snprintf(jsonld, sizeof jsonld, "[{\"articleBody\": \"short\"}, {\"articleBody\": \"<p>%s</p>"
             "<p>Second &amp; last paragraph: the unions said they would watch the new terms closely, and the "
             "shipping lines that they would not.<\\/p>\"}]",
             "The port authority signed the deal on Monday, "
             "after a year of talks that the mayor, the unions and the shipping lines had all said would fail, "
             "and that the council had twice tried to stop in court before giving up in the spring.");
    CHECK_STR(page_text(stub, jsonld, got, sizeof got),
              "The port authority signed the deal on Monday, after a year of talks that the mayor, the unions and "
              "the shipping lines had all said would fail, and that the council had twice tried to stop in court "
              "before giving up in the spring.\n\nSecond & last paragraph: the unions said they would watch the new "
              "terms closely, and the shipping lines that they would not.");
    /* broken JSON-LD, or none of it an articleBody: the markup's text */
    const char *stub_text = "The port authority signed the deal on Monday.\n\nSubscribe to read more";
    snprintf(jsonld, sizeof jsonld, "{\"articleBody\": \"%s\"", LONG);
    CHECK_STR(page_text(stub, jsonld, got, sizeof got), stub_text);
    snprintf(jsonld, sizeof jsonld, "{\"description\": \"%s\"}", LONG);
    CHECK_STR(page_text(stub, jsonld, got, sizeof got), stub_text);
}

/* The outlet's name is cut from the title, at either end, with its
 * separator; what only looks like it stays. */
static void test_html_title_without_outlet(void) {
    static const char *const CASES[][3] = {
        {"Harbor wall approved | Gazette", "The Gazette", "Harbor wall approved"},
        {"Harbor wall approved - The Gazette", "Gazette", "Harbor wall approved"},
        {"Harbor wall approved \xE2\x80\x94 THE GAZETTE", "The Gazette", "Harbor wall approved"},
        {"The Gazette | Harbor wall approved", "The Gazette", "Harbor wall approved"},
        {"Gazette: Harbor wall approved", "Gazette", "Harbor wall approved"},
        /* a separator inside the headline: only the last one goes with the name */
        {"Trump - Clinton debate - Gazette", "Gazette", "Trump - Clinton debate"},
        /* ": " does not end a title with the name */
        {"Harbor wall approved: Gazette", "Gazette", "Harbor wall approved: Gazette"},
        /* the name inside the headline, or another outlet's, or the title alone */
        {"Gazette readers approve | Daily Star", "Gazette", "Gazette readers approve | Daily Star"},
        {"Harbor wall approved | Gazette Extra", "Gazette", "Harbor wall approved | Gazette Extra"},
        {"Gazette", "Gazette", "Gazette"},
        {"| Gazette", "Gazette", "| Gazette"},
        {"Gazette |", "Gazette", "Gazette |"},
    };
    char got[256];
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        harness_current = CASES[i][0];
        CHECK_STR(page_title(CASES[i][0], CASES[i][1], got, sizeof got), CASES[i][2]);
    }
}

/* Without og:site_name, the name that ends the title is the outlet when
 * the page's URL spells it ("The Harbor Post" of harborpost.example, "BBC
 * News" of bbc.co.uk); another host, or a name that only begins like it,
 * leaves title and outlet as they were. */
static void test_html_outlet_from_title(void) {
    static const char *const CASES[][4] = {
        /* title, URL, title after, outlet */
        {"Port strike enters second week - The Harbor Post", "https://www.harborpost.example/a",
         "Port strike enters second week", "The Harbor Post"},
        {"Port strike | BBC News", "https://www.bbc.co.uk/news/1", "Port strike", "BBC News"},
        {"Port strike \xE2\x80\x94 The Guardian", "https://www.theguardian.com/x", "Port strike", "The Guardian"},
        {"Port strike - The Harbor Post", "https://www.example.com/a", "Port strike - The Harbor Post", "(none)"},
        {"Port strike - Harbor", "https://harborpost.example/a", "Port strike - Harbor", "(none)"},
        {"Port strike - The Harbor Post", "", "Port strike - The Harbor Post", "(none)"},
    };
    for (size_t i = 0; i < sizeof CASES / sizeof *CASES; i++) {
        char html[1024];
        int n = snprintf(html, sizeof html,
                         "<html><head><title>%s</title><link rel=\"canonical\" href=\"%s\"></head>"
                         "<body><p>Text.</p></body></html>",
                         CASES[i][0], CASES[i][1]);
        quoth_html_article a;
        harness_current = CASES[i][0];
        CHECK_INT(quoth_html_extract(html, (size_t)n, &a), QUOTH_OK);
        CHECK_STR(a.title ? a.title : "(none)", CASES[i][2]);
        CHECK_STR(a.outlet ? a.outlet : "(none)", CASES[i][3]);
        quoth_html_article_free(&a);
    }
}

/* A label standing alone in its block goes; a sentence that begins with
 * the same word, or a block where the label is followed by more, stays.
 * An author's biography goes too. */
static void test_html_furniture_labels(void) {
    write_text("labels.html",
               "<html><body><article>"
               "<p>The pier closed.</p>"
               "<div class=\"slot\"> ADVERTISEMENT </div>"
               "<p>Advertisements for the casino ran all week, the mayor said.</p>"
               "<div>Story continues below advertisement</div>"
               "<p>Share:</p>"
               "<p>Share prices fell.</p>"
               "<div>Share on Facebook Share on X</div>"
               "<div>Share this article: Facebook X Email</div>"
               "<div class=\"share\">Share this article on Twitter</div>"
               "<div>Share on Twitter</div>"
               "<p>Share this story with care, the nurse said.</p>"
               "<blockquote class=\"wp-block-pullquote\"><p>\"The pier closed.\"</p></blockquote>"
               "<aside><p>Also an aside.</p></aside><div class=\"pull-quote\">\"Closed.\"</div>"
               "<p>Advertisement advertisement advertisement advertisement</p>"
               "<div class=\"author-bio\"><p>Jo Lane covers ports. She said she can be reached here.</p></div>"
               "</article></body></html>");
    collected c;
    CHECK_INT(collect("labels.html", NULL, &c), 0);
    CHECK_STR(c.texts[0], "The pier closed.\n\n"
                          "Advertisements for the casino ran all week, the mayor said.\n\n"
                          "Share prices fell.\n\n"
                          "Share this story with care, the nurse said.\n\n"
                          "Advertisement advertisement advertisement advertisement");
}

static void test_html_largest_article_and_jsonld(void) {
    write_text("two.html",
               "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
               "\"datePublished\": \"2022-02-02T08:00:00+01:00\"}</script></head><body>"
               "<article><p>Teaser.</p></article>"
               "<article><p>The long article body, with many more words in it.</p></article>"
               "</body></html>");
    collected c;
    CHECK_INT(collect("two.html", NULL, &c), 0);
    CHECK_STR(c.texts[0], "The long article body, with many more words in it.");
    CHECK_STR(c.date, "2022-02-02T08:00:00+01:00");
}

static void test_html_windows_1252(void) {
    write_text("latin.html",
               "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
               "</head><body><p>\x93Yes,\x94 she said \x96 caf\xE9.</p></body></html>");
    collected c;
    CHECK_INT(collect("latin.html", NULL, &c), 0);
    CHECK_STR(c.texts[0], "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x93 caf\xC3\xA9.");
}

/* A page's encoding as a browser finds it: mark, HTTP header, <meta>,
 * then --encoding, then UTF-8 or windows-1252 by the bytes. */
static void test_html_encodings(void) {
    static const char LATIN9[] = "<html><head><meta charset=\"ISO-8859-15\"></head><body><p>\xA4 5, caf\xE9.</p>";
    CHECK_READ("l9.html", LATIN9, NULL, "\xE2\x82\xAC 5, caf\xC3\xA9.");
    /* declared windows-1252 but plainly UTF-8: UTF-8 */
    CHECK_READ("mislabel.html", "<meta charset=\"windows-1252\"><p>\xE2\x80\x9Cok\xE2\x80\x9D</p>", NULL,
               "\xE2\x80\x9Cok\xE2\x80\x9D");
    /* undeclared: windows-1252 when its bytes say so, UTF-8 with a stray byte when they do not */
    CHECK_READ("undeclared.html", "<html><body><p>\x93Yes,\x94 caf\xE9.</p>", NULL,
               "\xE2\x80\x9CYes,\xE2\x80\x9D caf\xC3\xA9.");
    CHECK_READ("stray.html", "<html><body><p>\xE2\x80\x9Cok\xE2\x80\x9D \xFF</p>", NULL,
               "\xE2\x80\x9Cok\xE2\x80\x9D \xEF\xBF\xBD");
    /* undeclared, with --encoding: that encoding; a declaration wins over it */
    CHECK_READ("greek.html", "<html><body><p>\xE1\xE2</p>", "iso-8859-7", "\xCE\xB1\xCE\xB2");
    CHECK_READ("l9.html", LATIN9, "iso-8859-7", "\xE2\x82\xAC 5, caf\xC3\xA9.");
    /* UTF-16 by its mark; a <meta> saying UTF-16 on a page read as ASCII means UTF-8 */
    CHECK_READ("u16.html", "\xFF\xFE<\0p\0>\0\x1C\x20o\0k\0\x1D\x20<\0/\0p\0>\0", NULL, "\xE2\x80\x9Cok\xE2\x80\x9D");
    CHECK_READ("meta16.html", "<meta charset=\"utf-16\"><p>caf\xC3\xA9</p>", NULL, "caf\xC3\xA9");
    /* UTF-8's mark is no text of the page */
    CHECK_READ("mark8.html", "\xEF\xBB\xBF<p>Marked.</p>", NULL, "Marked.");
}

static void test_html_sniffed(void) {
    write_text("page.dat", "  <!doctype html><html><body><p>Sniffed.</p></body></html>");
    collected c;
    CHECK_INT(collect("page.dat", NULL, &c), 0);
    CHECK_STR(c.texts[0], "Sniffed.");
    write_text("plain.dat", "Just words <b> here.");
    CHECK_INT(collect("plain.dat", NULL, &c), 0);
    CHECK_STR(c.texts[0], "Just words <b> here.");
    write_text("lines.dat", "{\"text\": \"j\"}\n");
    CHECK_INT(collect("lines.dat", NULL, &c), 0);
    CHECK_STR(c.texts[0], "j");
    quoth_reader_options o = {.format = QUOTH_INPUT_TEXT};
    CHECK_INT(collect("lines.dat", &o, &c), 0);
    CHECK_STR(c.texts[0], "{\"text\": \"j\"}\n");
}

/* ------------------------------------------------------------------- WARC */

typedef struct buf {
    char *p;
    size_t n, cap;
} buf;

static void put(buf *b, const char *s, size_t n) {
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p) exit(2);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void putf(buf *b, const char *fmt, ...) {
    char tmp[8192];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    put(b, tmp, (size_t)n);
}

/* One WARC record with its block. */
static void warc_record(buf *b, const char *type, const char *uri, const char *ctype, const char *block, size_t n) {
    static int serial;
    putf(b, "WARC/1.0\r\nWARC-Type: %s\r\n", type);
    if (uri) putf(b, "WARC-Target-URI: %s\r\n", uri);
    putf(b, "WARC-Date: 2024-06-0%dT12:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000-%04d>\r\n", serial % 9 + 1, serial);
    serial++;
    putf(b, "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n", ctype, n);
    put(b, block, n);
    put(b, "\r\n\r\n", 4);
}

static void http_record(buf *b, const char *uri, const char *status, const char *headers, const char *body, size_t n) {
    buf h = {0};
    putf(&h, "HTTP/1.1 %s\r\n%s\r\n", status, headers);
    put(&h, body, n);
    warc_record(b, "response", uri, "application/http; msgtype=response", h.p, h.n);
    free(h.p);
}

static const char ART[] = "<html><body><article><p>\"Rain again,\" said Ana Ruiz.</p></article></body></html>";

/* A small crawl: warcinfo, request, an HTML page, an image, a 404, a
 * chunked page, a metadata record, a gzip-encoded page. */
static buf make_warc(size_t *offsets) {
    buf b = {0};
    size_t k = 0;
    offsets[k++] = b.n;
    warc_record(&b, "warcinfo", NULL, "application/warc-fields", "software: test\r\n", 16);
    offsets[k++] = b.n;
    const char *req = "GET /a HTTP/1.1\r\nHost: x.test\r\n\r\n";
    warc_record(&b, "request", "https://x.test/a", "application/http; msgtype=request", req, strlen(req));
    offsets[k++] = b.n;
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html; charset=utf-8\r\n", ART, strlen(ART));
    offsets[k++] = b.n;
    http_record(&b, "https://x.test/i.png", "200 OK", "Content-Type: image/png\r\n", "\x89PNG....", 8);
    offsets[k++] = b.n;
    http_record(&b, "https://x.test/missing", "404 Not Found", "Content-Type: text/html\r\n", ART, strlen(ART));
    offsets[k++] = b.n;
    const char *pieces[] = {"<html><body><p>Chunked ", "page text.</p></", "body></html>"};
    buf chunked = {0};
    for (int i = 0; i < 3; i++) putf(&chunked, "%zx\r\n%s\r\n", strlen(pieces[i]), pieces[i]);
    putf(&chunked, "0\r\n\r\n");
    http_record(&b, "https://x.test/c", "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                chunked.p, chunked.n);
    free(chunked.p);
    offsets[k++] = b.n;
    warc_record(&b, "metadata", "https://x.test/a", "application/warc-fields", "via: x\r\n", 8);
    offsets[k++] = b.n;
    /* Content-Encoding: gzip, compressed here */
    unsigned char z[512];
    uLongf zn = sizeof z;
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    const char *page = "<html><body><p>Compressed page.</p></body></html>";
    zs.next_in = (unsigned char *)page;
    zs.avail_in = (uInt)strlen(page);
    zs.next_out = z;
    zs.avail_out = (uInt)zn;
    deflate(&zs, Z_FINISH);
    zn = zs.total_out;
    deflateEnd(&zs);
    http_record(&b, "https://x.test/z", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", (char *)z,
                zn);
    offsets[k++] = b.n;
    return b;
}

static void test_warc(void) {
    size_t off[16];
    buf b = make_warc(off);
    write_bytes("crawl.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("crawl.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], "\"Rain again,\" said Ana Ruiz.");
    CHECK_STR(c.ids[0], "urn:uuid:0000-0002");
    char want[600];
    snprintf(want, sizeof want, "%s:%zu", path_of("crawl.warc"), off[2]);
    CHECK_STR(c.origins[0], want);
    CHECK_STR(c.texts[1], "Chunked page text.");
    CHECK_STR(c.texts[2], "Compressed page.");
    CHECK_STR(c.url, "https://x.test/z");
    CHECK(strncmp(c.date, "2024-06-0", 9) == 0);
    /* sniffed by content */
    write_bytes("crawl.bin", b.p, b.n);
    CHECK_INT(collect("crawl.bin", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    free(b.p);
}

/* A crawled page that names no outlet of its own: the record's URL tells
 * which name ends its title. */
static void test_warc_outlet_from_uri(void) {
    buf b = {0};
    static const char CRAWLED[] = "<html><head><title>Rain again - The Harbor Post</title></head>"
                               "<body><p>\"Rain again,\" said Ana Ruiz.</p></body></html>";
    http_record(&b, "https://www.harborpost.example/rain", "200 OK", "Content-Type: text/html\r\n", CRAWLED,
                strlen(CRAWLED));
    write_bytes("outlet.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("outlet.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.url, "https://www.harborpost.example/rain");
    CHECK_STR(c.title, "Rain again");
    CHECK_STR(c.outlet, "The Harbor Post");
    free(b.p);
}

/* Common Crawl's WET files hold each page's text as a `conversion` record
 * of text/plain; an archive may hold a page as a `resource` record without
 * its HTTP exchange. Each is a document with the record's url, date and id;
 * a conversion of another type, a resource image, and a text over the size
 * limit (an error record) are not. */
static void test_warc_text_records(void) {
    buf b = {0};
    warc_record(&b, "warcinfo", NULL, "application/warc-fields", "software: test\r\n", 16);
    static const char TEXT[] = "Harbor News\n\"The tide is high,\" said Ana Ruiz.\n";
    warc_record(&b, "conversion", "https://x.test/t", "text/plain", TEXT, strlen(TEXT));
    warc_record(&b, "conversion", "https://x.test/j", "application/json", "{}", 2);
    warc_record(&b, "resource", "https://x.test/r", "text/html; charset=utf-8", ART, strlen(ART));
    warc_record(&b, "resource", "https://x.test/i.png", "image/png", "\x89PNG....", 8);
    static const char LATIN1[] = "Caf\xE9 owners objected.";
    warc_record(&b, "resource", "https://x.test/l", "text/plain; charset=ISO-8859-1", LATIN1, strlen(LATIN1));
    char big[5000];
    memset(big, 'a', sizeof big);
    warc_record(&b, "conversion", "https://x.test/big", "text/plain", big, sizeof big);
    write_bytes("crawl.warc.wet", b.p, b.n);
    quoth_reader_options o = {.max_doc_bytes = 4096};
    collected c;
    CHECK_INT(collect("crawl.warc.wet", &o, &c), 0);
    CHECK_INT(c.n_docs, 4);
    CHECK_STR(c.texts[0], TEXT);
    CHECK(strncmp(c.ids[0], "urn:uuid:0000-", 14) == 0); /* the record's id */
    CHECK_STR(c.texts[1], "\"Rain again,\" said Ana Ruiz.");
    CHECK_STR(c.texts[2], "Caf\xC3\xA9 owners objected."); /* the record's charset */
    CHECK_STR(c.errors[3], "larger than --max-doc-size (4096 bytes)");
    CHECK_STR(c.url, "https://x.test/big");
    /* Common Crawl's names: a WARC by its extension, so that a directory's
     * listing takes it, gzipped */
    CHECK_INT(quoth_input_format_of_name("CC-MAIN-0001.warc.wet.gz"), QUOTH_INPUT_WARC);
    write_gz("CC-MAIN-0001.warc.wet.gz", b.p, b.n, "wb");
    CHECK_INT(collect("CC-MAIN-0001.warc.wet.gz", &o, &c), 0);
    CHECK_INT(c.n_docs, 4);
    CHECK_STR(c.texts[2], "Caf\xC3\xA9 owners objected.");
    free(b.p);
}

/* The HTTP header's charset wins over the page's own <meta>. */
static void test_warc_charset(void) {
    buf b = {0};
    static const char LATIN9[] = "<html><head><meta charset=\"utf-8\"></head><body><p>\xA4 caf\xE9</p></body></html>";
    http_record(&b, "https://x.test/e", "200 OK", "Content-Type: text/html; charset=ISO-8859-15\r\n", LATIN9,
                sizeof LATIN9 - 1);
    write_bytes("charset.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("charset.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_STR(c.texts[0], "\xE2\x82\xAC caf\xC3\xA9");
    free(b.p);
}

/* A page compressed by zlib with these window bits (15 + 16 gzip, 15 zlib,
 * -15 headerless deflate), then, when chunks > 0, sent in that many chunks. */
static buf compressed_body(const char *page, int window_bits, int chunks) {
    unsigned char z[512];
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    deflateInit2(&zs, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = (unsigned char *)(uintptr_t)page;
    zs.avail_in = (uInt)strlen(page);
    zs.next_out = z;
    zs.avail_out = sizeof z;
    deflate(&zs, Z_FINISH);
    size_t n = zs.total_out;
    deflateEnd(&zs);
    buf b = {0};
    if (chunks <= 0) {
        put(&b, (const char *)z, n);
        return b;
    }
    for (size_t at = 0, step = n / (size_t)chunks + 1; at < n; at += step) {
        size_t k = n - at < step ? n - at : step;
        putf(&b, "%zx\r\n", k);
        put(&b, (const char *)z + at, k);
        put(&b, "\r\n", 2);
    }
    putf(&b, "0\r\n\r\n");
    return b;
}

/* Content-Encoding as servers send it: "deflate" as the standard's zlib
 * stream and as the headerless stream some servers send instead (tried
 * second), gzip inside chunks, and a body that is neither (binary, so no
 * archiver's decoded copy): an error record, and the run goes on. */
static void test_warc_content_encodings(void) {
    static const struct {
        const char *headers;
        int window_bits, chunks;
    } PAGES[] = {
        {"Content-Encoding: deflate\r\n", 15, 0},
        {"Content-Encoding: deflate\r\n", -15, 0},
        {"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", 15 + 16, 3},
        {"Content-Encoding: deflate\r\nTransfer-Encoding: chunked\r\n", -15, 2},
    };
    buf b = {0};
    char page[128];
    for (size_t i = 0; i < sizeof PAGES / sizeof *PAGES; i++) {
        snprintf(page, sizeof page, "<html><body><p>Page %zu, decoded.</p></body></html>", i);
        buf body = compressed_body(page, PAGES[i].window_bits, PAGES[i].chunks);
        char headers[160];
        snprintf(headers, sizeof headers, "Content-Type: text/html\r\n%s", PAGES[i].headers);
        http_record(&b, "https://x.test/p", "200 OK", headers, body.p, body.n);
        free(body.p);
    }
    http_record(&b, "https://x.test/bad", "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n",
                "not\x01" "compressed\x02" "at\x03" "all", 21);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    write_bytes("encodings.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("encodings.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 6);
    CHECK_INT(c.n_errors, 1);
    for (size_t i = 0; i < 4; i++) {
        snprintf(page, sizeof page, "Page %zu, decoded.", i);
        CHECK_STR(c.texts[i], page);
    }
    CHECK_STR(c.errors[4], "corrupt compressed HTTP body (Content-Encoding deflate)");
    CHECK_STR(c.texts[5], "\"Rain again,\" said Ana Ruiz.");
    free(b.p);
}

/* A page in brotli or zstd, as a server sends it to a browser (what
 * warcprox records behind Brozzler). */
static buf brotli_body(const char *page) {
    size_t n = BrotliEncoderMaxCompressedSize(strlen(page));
    buf b = {0};
    b.p = malloc(n + 1);
    b.cap = n + 1;
    if (!b.p || !BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, strlen(page), (const uint8_t *)page, &n,
                                       (uint8_t *)b.p))
        exit(2);
    b.n = n;
    return b;
}

static buf zstd_body(const char *page) {
    buf b = {0};
    b.cap = ZSTD_compressBound(strlen(page)) + 1;
    b.p = malloc(b.cap);
    if (!b.p) exit(2);
    b.n = ZSTD_compress(b.p, b.cap, page, strlen(page), 3);
    if (ZSTD_isError(b.n)) exit(2);
    return b;
}

/* The codings of browsers (br, zstd), codings applied twice and listed in
 * order ("deflate, br": brotli undone first), and bodies that archivers
 * stored decoded under the headers of the wire (chunked, gzip, br, zstd):
 * each page is read. A coding no browser knows, over binary bytes, is an
 * error record that names it. */
static void test_warc_browser_codings(void) {
    buf b = {0};
    char page[128];
    const char *plain_headers[] = {"Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n",
                                   "Content-Encoding: br\r\n", "Content-Encoding: zstd\r\n",
                                   "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n"};
    snprintf(page, sizeof page, "<html><body><p>Brotli page, decoded.</p></body></html>");
    buf body = brotli_body(page);
    http_record(&b, "https://x.test/br", "200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n", body.p,
                body.n);
    free(body.p);
    snprintf(page, sizeof page, "<html><body><p>Zstd page, decoded.</p></body></html>");
    body = zstd_body(page);
    http_record(&b, "https://x.test/zstd", "200 OK", "Content-Type: text/html\r\ncontent-encoding: ZSTD\r\n", body.p,
                body.n);
    free(body.p);
    /* deflate first, then brotli over it */
    buf inner = compressed_body("<html><body><p>Twice coded page.</p></body></html>", 15, 0);
    inner.p[inner.n] = 0;
    char *raw = malloc(inner.n + 1);
    memcpy(raw, inner.p, inner.n);
    size_t brn = BrotliEncoderMaxCompressedSize(inner.n);
    char *twice = malloc(brn);
    if (!raw || !twice ||
        !BrotliEncoderCompress(5, 22, BROTLI_MODE_GENERIC, inner.n, (const uint8_t *)raw, &brn, (uint8_t *)twice))
        exit(2);
    http_record(&b, "https://x.test/twice", "200 OK", "Content-Type: text/html\r\nContent-Encoding: deflate, br\r\n",
                twice, brn);
    free(inner.p);
    free(raw);
    free(twice);
    for (size_t i = 0; i < sizeof plain_headers / sizeof *plain_headers; i++) {
        snprintf(page, sizeof page, "<html><body><p>Stored decoded %zu.</p></body></html>", i);
        char headers[160];
        snprintf(headers, sizeof headers, "Content-Type: text/html\r\n%s", plain_headers[i]);
        http_record(&b, "https://x.test/s", "200 OK", headers, page, strlen(page));
    }
    http_record(&b, "https://x.test/lzw", "200 OK", "Content-Type: text/html\r\nContent-Encoding: compress\r\n",
                "\x1f\x9d\x90<html>", 9);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    write_bytes("browser.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("browser.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 10);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.texts[0], "Brotli page, decoded.");
    CHECK_STR(c.texts[1], "Zstd page, decoded.");
    CHECK_STR(c.texts[2], "Twice coded page.");
    for (size_t i = 0; i < 5; i++) {
        snprintf(page, sizeof page, "Stored decoded %zu.", i);
        CHECK_STR(c.texts[3 + i], page);
    }
    CHECK_STR(c.errors[8], "HTTP body in an unsupported Content-Encoding (compress)");
    CHECK_STR(c.texts[9], "\"Rain again,\" said Ana Ruiz.");
    free(b.p);
}

static void test_warc_gz(void) {
    size_t off[16];
    buf b = make_warc(off);
    /* every record its own gzip member, as crawlers write them */
    unlink(path_of("crawl.warc.gz"));
    long member[16];
    for (int i = 0; i < 8; i++) {
        member[i] = file_size("crawl.warc.gz");
        if (member[i] < 0) member[i] = 0;
        write_gz("crawl.warc.gz", b.p + off[i], off[i + 1] - off[i], i ? "ab" : "wb");
    }
    collected c;
    CHECK_INT(collect("crawl.warc.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[1], "Chunked page text.");
    char want[600];
    snprintf(want, sizeof want, "%s:%ld", path_of("crawl.warc.gz"), member[5]);
    CHECK_STR(c.origins[1], want);
    /* the whole file as one member: offsets are then in the decoded bytes */
    write_gz("one.warc.gz", b.p, b.n, "wb");
    CHECK_INT(collect("one.warc.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    free(b.p);
}

/* Damage that costs no record: zeros (a writer that crashed) and a line
 * end between gzip members are skipped in silence; other bytes between
 * members are skipped too, and reported at the end (they may have been a
 * member whose header was damaged). */
static void test_warc_gz_between_members(void) {
    size_t off[16];
    buf b = make_warc(off);
    static const char zeros[512];
    unlink(path_of("padded.warc.gz"));
    unlink(path_of("junk.warc.gz"));
    for (int i = 0; i < 8; i++) {
        write_gz("padded.warc.gz", b.p + off[i], off[i + 1] - off[i], i ? "ab" : "wb");
        write_gz("junk.warc.gz", b.p + off[i], off[i + 1] - off[i], i ? "ab" : "wb");
        FILE *f = fopen(path_of("padded.warc.gz"), "ab");
        FILE *g = fopen(path_of("junk.warc.gz"), "ab");
        if (!f || !g) exit(2);
        if (i == 2) fwrite(zeros, 1, sizeof zeros, f);
        if (i == 4) fputc('\n', f);
        if (i == 3) fputs("\x1f-not a member", g); /* a first byte of magic, then none */
        fclose(f);
        fclose(g);
    }
    collected c;
    CHECK_INT(collect("padded.warc.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[2], "Compressed page.");
    CHECK_INT(collect("junk.warc.gz", NULL, &c), 0);
    CHECK_INT(c.n_docs, 4);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.texts[1], "Chunked page text.");
    CHECK_STR(c.texts[2], "Compressed page.");
    CHECK(strstr(c.errors[3], "12 bytes between gzip members") != NULL);
    free(b.p);
}

/* A record whose Content-Length is short, then garbage between two
 * records: each is one error record, and the records after them are read
 * (the next line that opens a record is looked for). Records that are not
 * pages are no documents, even of text: wget's log, Browsertrix's copy of
 * a page's text. */
static void test_warc_resync(void) {
    buf b = {0};
    const char *page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                       "<html><body><p>\"The bridge opens in May,\" said Ivo Petrov.</p></body></html>";
    putf(&b, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.test/short\r\n"
             "Content-Type: application/http; msgtype=response\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
         strlen(page) - 20, page);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    put(&b, "stray bytes\r\n\r\n", 15);
    warc_record(&b, "resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", "--2024-- said x\n", 16);
    warc_record(&b, "resource", "urn:text:https://x.test/a", "text/plain", "Rain again, said Ana Ruiz.", 26);
    warc_record(&b, "resource", "<https://x.test/r>", "text/html", ART, strlen(ART));
    write_bytes("resync.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("resync.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 5);
    CHECK_INT(c.n_errors, 2);
    CHECK(strncmp(c.texts[0], "\"The bridge opens in May,\" said", 31) == 0);
    CHECK(strstr(c.errors[1], "bytes skipped up to the next record") != NULL);
    CHECK_STR(c.texts[2], "\"Rain again,\" said Ana Ruiz.");
    CHECK(strstr(c.errors[3], "15 bytes skipped up to the next record") != NULL);
    CHECK_STR(c.texts[4], "\"Rain again,\" said Ana Ruiz.");
    free(b.p);
}

/* zstd, as large dumps are shipped: a feed in two frames, by its name
 * and by its magic bytes; a WARC; a stream cut short and one with
 * garbage after its frames each end in an error record. */
static void test_zstd_inputs(void) {
    const char *a = "{\"id\": \"z1\", \"text\": \"one\"}\n{\"id\": \"z2\", \"text\": \"two\"}\n";
    const char *b = "{\"id\": \"z3\", \"text\": \"three\"}\n";
    buf f = {0};
    for (int k = 0; k < 2; k++) {
        const char *part = k ? b : a;
        size_t cap = ZSTD_compressBound(strlen(part));
        char *z = malloc(cap);
        size_t n = z ? ZSTD_compress(z, cap, part, strlen(part), 3) : 0;
        if (!z || ZSTD_isError(n)) exit(2);
        put(&f, z, n);
        free(z);
    }
    write_bytes("feed.jsonl.zst", f.p, f.n);
    write_bytes("feed-noext", f.p, f.n);
    collected c;
    CHECK_INT(quoth_input_format_of_name("x/feed.jsonl.zst"), QUOTH_INPUT_JSONL);
    CHECK_INT(collect("feed.jsonl.zst", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[2], "three");
    CHECK_STR(c.origins[2], path_of("feed.jsonl.zst:3"));
    quoth_reader_options jsonl = {.format = QUOTH_INPUT_JSONL};
    CHECK_INT(collect("feed-noext", &jsonl, &c), 0);
    CHECK_INT(c.n_docs, 3);
    write_bytes("cut.jsonl.zst", f.p, f.n - 5);
    CHECK_INT(collect("cut.jsonl.zst", NULL, &c), 0);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[c.n_docs - 1], "truncated zstd stream") != NULL);
    put(&f, "garbage", 7);
    write_bytes("tail.jsonl.zst", f.p, f.n);
    CHECK_INT(collect("tail.jsonl.zst", NULL, &c), 0);
    CHECK_INT(c.n_docs, 4);
    CHECK(strstr(c.errors[3], "corrupt zstd data") != NULL);
    free(f.p);
    size_t off[16];
    buf w = make_warc(off);
    size_t cap = ZSTD_compressBound(w.n);
    char *z = malloc(cap);
    size_t n = z ? ZSTD_compress(z, cap, w.p, w.n, 3) : 0;
    if (!z || ZSTD_isError(n)) exit(2);
    write_bytes("crawl.warc.zst", z, n);
    CHECK_INT(collect("crawl.warc.zst", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_STR(c.texts[1], "Chunked page text.");
    free(z);
    free(w.p);
}

/* A page's own date is when it was published, the record's WARC-Date when
 * it was fetched (an archive's crawl may come years later): the record
 * carries the page's, and WARC-Date only for a page that gives none. */
static void test_warc_date_of_the_page(void) {
    buf b = {0};
    const char *dated = "<html><head><meta property=\"article:published_time\" content=\"2019-02-26T08:00:00Z\">"
                        "</head><body><p>Dated page.</p></body></html>";
    http_record(&b, "https://x.test/dated", "200 OK", "Content-Type: text/html\r\n", dated, strlen(dated));
    write_bytes("dated.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("dated.warc", NULL, &c), 0);
    CHECK_STR(c.date, "2019-02-26T08:00:00Z");
    b.n = 0;
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    write_bytes("undated.warc", b.p, b.n);
    CHECK_INT(collect("undated.warc", NULL, &c), 0);
    CHECK(strncmp(c.date, "2024-06-0", 9) == 0); /* the record's WARC-Date */
    free(b.p);
}

/* One segment of a response split over several records: the first a
 * response (WARC-Segment-Number 1), the others continuations of it. */
static void segment_record(buf *b, const char *id, int number, const char *origin, size_t total, const char *block,
                           size_t n) {
    putf(b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Target-URI: https://x.test/long\r\n"
            "WARC-Date: 2024-06-01T12:00:00Z\r\nWARC-Record-ID: <%s>\r\nWARC-Segment-Number: %d\r\n",
         number == 1 ? "response" : "continuation", id, number);
    if (origin) putf(b, "WARC-Segment-Origin-ID: <%s>\r\n", origin);
    if (total) putf(b, "WARC-Segment-Total-Length: %zu\r\n", total);
    if (number == 1) putf(b, "Content-Type: application/http; msgtype=response\r\n");
    putf(b, "Content-Length: %zu\r\n\r\n", n);
    put(b, block, n);
    put(b, "\r\n\r\n", 4);
}

/* A response in segments is read whole, its continuations joined to it
 * (the page had been cut at the first segment's end); a continuation not
 * right after its first segment is not looked for, nor is one of another
 * record joined; the pages joined keep to the size limit. */
static void test_warc_segments(void) {
    const char *page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                       "<html><body><p>\"The ferry runs again,\" said Ivo Petrov.</p>"
                       "<p>\"Not before June,\" said Lena Berg.</p></body></html>";
    size_t n = strlen(page), cut1 = 60, cut2 = 120;
    buf b = {0};
    segment_record(&b, "urn:uuid:s-1", 1, NULL, 0, page, cut1);
    segment_record(&b, "urn:uuid:s-2", 2, "urn:uuid:s-1", 0, page + cut1, cut2 - cut1);
    segment_record(&b, "urn:uuid:s-3", 3, "urn:uuid:s-1", n, page + cut2, n - cut2);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    write_bytes("segments.warc", b.p, b.n);
    collected c;
    CHECK_INT(collect("segments.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.texts[0], "\"The ferry runs again,\" said Ivo Petrov.\n\n\"Not before June,\" said Lena Berg.");
    CHECK_STR(c.ids[0], "urn:uuid:s-1");
    CHECK_STR(c.texts[1], "\"Rain again,\" said Ana Ruiz.");

    /* the continuation after another record; one of another origin */
    b.n = 0;
    segment_record(&b, "urn:uuid:t-1", 1, NULL, 0, page, cut2);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    segment_record(&b, "urn:uuid:t-2", 2, "urn:uuid:t-1", n, page + cut2, n - cut2);
    segment_record(&b, "urn:uuid:u-1", 1, NULL, 0, page, cut2);
    segment_record(&b, "urn:uuid:u-2", 2, "urn:uuid:other", n, page + cut2, n - cut2);
    write_bytes("segments-apart.warc", b.p, b.n);
    CHECK_INT(collect("segments-apart.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK_INT(c.n_errors, 0);
    CHECK(strncmp(c.texts[0], "\"The ferry runs again,\" said Ivo Petrov.", 40) == 0);
    CHECK(strstr(c.texts[0], "Lena Berg") == NULL);
    CHECK_STR(c.texts[1], "\"Rain again,\" said Ana Ruiz.");
    CHECK(strncmp(c.texts[2], "\"The ferry runs again,\" said Ivo Petrov.", 40) == 0);
    CHECK(strstr(c.texts[2], "Lena Berg") == NULL);

    /* joined past --max-doc-size: an error record, then the next page */
    b.n = 0;
    segment_record(&b, "urn:uuid:v-1", 1, NULL, 0, page, cut1);
    segment_record(&b, "urn:uuid:v-2", 2, "urn:uuid:v-1", n, page + cut1, n - cut1);
    http_record(&b, "https://x.test/a", "200 OK", "Content-Type: text/html\r\n", ART, strlen(ART));
    write_bytes("segments-large.warc", b.p, b.n);
    quoth_reader_options small = {.max_doc_bytes = 100};
    CHECK_INT(collect("segments-large.warc", &small, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[0], "larger than --max-doc-size") != NULL);
    CHECK_STR(c.texts[1], "\"Rain again,\" said Ana Ruiz.");

    /* cut inside a continuation: what was read, then the truncation */
    b.n = 0;
    segment_record(&b, "urn:uuid:w-1", 1, NULL, 0, page, cut1);
    segment_record(&b, "urn:uuid:w-2", 2, "urn:uuid:w-1", n, page + cut1, n - cut1);
    write_bytes("segments-cut.warc", b.p, b.n - 30);
    CHECK_INT(collect("segments-cut.warc", NULL, &c), 0);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[c.n_docs - 1], "truncated WARC record") != NULL);
    free(b.p);
}

static void test_warc_truncated(void) {
    size_t off[16];
    buf b = make_warc(off);
    /* cut inside the chunked page's record */
    write_bytes("cut.warc", b.p, off[5] + 300);
    collected c;
    CHECK_INT(collect("cut.warc", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_INT(c.n_errors, 1);
    CHECK(strstr(c.errors[1], "truncated WARC record") != NULL);
    char want[600];
    snprintf(want, sizeof want, "%s:%zu", path_of("cut.warc"), off[5]);
    CHECK_STR(c.origins[1], want);
    /* a document over the limit is an error, and the next still comes */
    quoth_reader_options o = {.format = QUOTH_INPUT_AUTO, .max_doc_bytes = 40};
    write_bytes("small.warc", b.p, b.n);
    CHECK_INT(collect("small.warc", &o, &c), 0);
    CHECK_INT(c.n_docs, 3);
    CHECK(strstr(c.errors[0], "larger than") != NULL);
    /* garbage is reported, not skipped silently */
    write_text("junk.warc", "this is not a warc file\n");
    CHECK_INT(collect("junk.warc", NULL, &c), 0);
    CHECK_INT(c.n_errors, 1);
    free(b.p);
}

/* -------------------------------------------------------------- helpers */

static void test_format_of_name(void) {
    CHECK_INT(quoth_input_format_of_name("a/b.jsonl.gz"), QUOTH_INPUT_JSONL);
    CHECK_INT(quoth_input_format_of_name("x.WARC.GZ"), QUOTH_INPUT_WARC);
    CHECK_INT(quoth_input_format_of_name("p.htm"), QUOTH_INPUT_HTML);
    CHECK_INT(quoth_input_format_of_name("t.txt"), QUOTH_INPUT_TEXT);
    CHECK_INT(quoth_input_format_of_name("t.gz"), QUOTH_INPUT_AUTO);
    CHECK_INT(quoth_input_format_of_name("notes.md"), QUOTH_INPUT_AUTO);
    char id[64];
    quoth_reader_file_id("dir/news.jsonl.gz", id, sizeof id);
    CHECK_STR(id, "news");
    quoth_reader_file_id("-", id, sizeof id);
    CHECK_STR(id, "stdin");
    quoth_reader_file_id(".hidden", id, sizeof id);
    CHECK_STR(id, ".hidden");
    /* a folder named with its trailing slash: its name, not "" */
    quoth_reader_file_id("no-such-folder/", id, sizeof id);
    CHECK_STR(id, "no-such-folder");
    quoth_reader_file_id("a/daily.d//", id, sizeof id);
    CHECK_STR(id, "daily");
    quoth_reader_file_id("/", id, sizeof id);
    CHECK_STR(id, "/");
    /* the id of a file whose name another input of the run has too */
    quoth_reader_path_id("monday/story.txt", id, sizeof id);
    CHECK_STR(id, "monday/story");
    quoth_reader_path_id("./tuesday//story.jsonl.gz", id, sizeof id);
    CHECK_STR(id, "tuesday/story");
    quoth_reader_path_id("/news/2024.03.01/feed.warc.zst", id, sizeof id);
    CHECK_STR(id, "/news/2024.03.01/feed");
    quoth_reader_path_id("story.txt", id, sizeof id);
    CHECK_STR(id, "story");
    quoth_reader_path_id("-", id, sizeof id);
    CHECK_STR(id, "stdin");
    char small[8];
    quoth_reader_path_id("monday/story.txt", small, sizeof small);
    CHECK_STR(small, "monday/");
}

/* JSON Lines are told by content from a first line that opens an object
 * ("{" and a key's quote), not from a "{" alone: a text that opens with
 * "{Editor's note: ...}" is a text. */
static void test_sniffed_json_lines(void) {
    collected c;
    write_text("note.dat", "{Editor's note: this story was updated.}\n\"We will rebuild,\" the mayor said.\n");
    CHECK_INT(collect("note.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 0);
    CHECK_STR(c.ids[0], "note");
    CHECK(strstr(c.texts[0], "the mayor said") != NULL);
    write_text("braces.dat", "\n  {see below}\n{\"text\": \"x\"}\n");
    CHECK_INT(collect("braces.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 0);
    /* a key's quote after "{" and spaces, or an empty object: JSON Lines */
    write_text("spaced.dat", "\n { \"id\": \"s1\", \"text\": \"one\"}\n{}\n");
    CHECK_INT(collect("spaced.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_STR(c.ids[0], "s1");
    CHECK_STR(c.texts[0], "one");
    write_text("empty-object.dat", "{ }\r\n");
    CHECK_INT(collect("empty-object.dat", NULL, &c), 0);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.errors[0], "no \"text\" field with a string");
    /* a broken first line does not make a feed text: the others are read,
     * and the broken one's message says how to read the input as text */
    write_text("broken.dat", "{\"id\": \"b1\", \"text\": \"cut\n{\"id\": \"b2\", \"text\": \"fine\"}\n");
    CHECK_INT(collect("broken.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 2);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.errors[0], "malformed JSON: premature end of input near '\"cut' (column 25) (read as JSON Lines "
                           "from its content; -i text reads it as text)");
    CHECK_STR(c.texts[1], "fine");
    write_text("broken.jsonl", "{\"id\": \"b1\", \"text\": \"cut\n");
    CHECK_INT(collect("broken.jsonl", NULL, &c), 0);
    CHECK_STR(c.errors[0], "malformed JSON: premature end of input near '\"cut' (column 25)");
    write_text("array.dat", "{\"a\": 1}\n[1, 2]\n");
    CHECK_INT(collect("array.dat", NULL, &c), 0);
    CHECK(strstr(c.errors[1], "but an array") != NULL);
    CHECK(strstr(c.errors[1], "(read as JSON Lines from its content; -i text reads it as text)") != NULL);
    /* a first line longer than the sniffing window still makes JSON Lines */
    static char line[10000];
    memset(line, 'a', sizeof line - 1);
    memcpy(line, "{\"text\": \"", 10);
    memcpy(line + sizeof line - 4, "\"}\n", 4);
    write_bytes("long.dat", line, sizeof line - 1);
    CHECK_INT(collect("long.dat", NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 0);
    CHECK_INT(strlen(c.texts[0]), sizeof c.texts[0] - 1);
}

/* A file of a kind quoth does not read is an error record that names it,
 * where it had been read as text: "0 statements" for a PDF. Only when the
 * format was not named: -i text reads the bytes as text. */
static void check_kind(const char *name, const char *bytes, size_t n, const char *why) {
    collected c;
    write_bytes(name, bytes, n);
    CHECK_INT(collect(name, NULL, &c), 0);
    CHECK_INT(c.n_docs, 1);
    CHECK_INT(c.n_errors, 1);
    CHECK_STR(c.errors[0], why);
}

#define CHECK_KIND(name, bytes, why) check_kind(name, bytes, sizeof(bytes) - 1, why)
#define NOT_READ "quoth reads text, HTML, JSON Lines and WARC"

static void test_documents_quoth_does_not_read(void) {
    static const char PDF[] = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\n";
    CHECK_KIND("article.pdf", PDF, "a PDF document: " NOT_READ "; extract its text first, e.g. pdftotext FILE");
    CHECK_KIND("article.txt", PDF, "a PDF document: " NOT_READ "; extract its text first, e.g. pdftotext FILE");
    CHECK_KIND("photo.txt", "\xff\xd8\xff\xe0\0\x10JFIF\0", "a JPEG image: " NOT_READ);
    CHECK_KIND("picture", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "a PNG image: " NOT_READ);
    CHECK_KIND("anim.html", "GIF89a\x01\0\x01\0", "a GIF image: " NOT_READ);
    CHECK_KIND("pic.webp", "RIFF\x24\0\0\0WEBPVP8 ", "a WebP image: " NOT_READ);
    CHECK_KIND("scan.tif", "II*\0\x08\0\0\0", "a TIFF image: " NOT_READ);
    CHECK_KIND("clip.mp4", "\0\0\0\x18" "ftypmp42", "a video or audio file (MP4, QuickTime): " NOT_READ);
    CHECK_KIND("old.doc", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0",
               "an Office document (.doc, .xls, .ppt): " NOT_READ
               "; extract its text first, e.g. libreoffice --headless --convert-to txt FILE");
    CHECK_KIND("memo.rtf", "{\\rtf1\\ansi {\\fonttbl}}",
               "an RTF document: " NOT_READ "; extract its text first, e.g. pandoc -t plain FILE");
    CHECK_KIND("news.db", "SQLite format 3\0\x10\0",
               "an SQLite database (a quoth store? quoth search --db FILE reads it): " NOT_READ);
    /* read through stdin's sniffing too: a PDF without a telling name */
    CHECK_KIND("noname", PDF, "a PDF document: " NOT_READ "; extract its text first, e.g. pdftotext FILE");
    /* -i text reads what it is told to */
    quoth_reader_options text = {.format = QUOTH_INPUT_TEXT};
    collected c;
    write_bytes("forced.pdf", PDF, sizeof PDF - 1);
    CHECK_INT(collect("forced.pdf", &text, &c), 0);
    CHECK_INT(c.n_errors, 0);
    CHECK(strncmp(c.texts[0], "%PDF-1.4", 8) == 0);
    /* a text that opens like none of them stays text */
    CHECK_READ("gifts.txt", "GIF87 is no image here.", NULL, "GIF87 is no image here.");
    CHECK_READ("riff.txt", "RIFF on a theme, said the WEBP fan.", NULL, "RIFF on a theme, said the WEBP fan.");
}

/* A zip archive that is a document points at a converter, not at unzip
 * (which would give its XML); any other zip at unzip, with -i text too. */
static void test_zipped_documents(void) {
    /* local file header: magic, version, flags, method, time, date, crc,
     * sizes (18 bytes), then the name's and the extra field's lengths */
    static const char DOCX[] = "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                               "\x13\0\0\0[Content_Types].xml\x01\x02";
    static const char ODT[] = "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                              "\x08\0\0\0mimetypeapplication/vnd.oasis.opendocument.textPK";
    static const char EPUB[] = "PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                               "\x08\0\0\0mimetypeapplication/epub+zipPK";
    static const char ZIP[] = "PK\x03\x04\x14\0\0\0\x08\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
                              "\x0a\0\0\0feed.jsonl\x01\x02";
    CHECK_KIND("story.docx", DOCX, "an Office document (.docx, .xlsx, .pptx): " NOT_READ
                                   "; extract its text first, e.g. pandoc -t plain FILE");
    CHECK_KIND("story.odt", ODT, "an OpenDocument file (.odt, .ods, .odp): " NOT_READ
                                 "; extract its text first, e.g. pandoc -t plain FILE");
    CHECK_KIND("book.epub", EPUB, "an EPUB book: " NOT_READ "; extract its text first, e.g. pandoc -t plain FILE");
    CHECK_KIND("feeds.zip", ZIP, "a zip archive: quoth reads gzip and zstd; unzip it first (unzip -p FILE | quoth extract -)");
    /* cut short: too short to hold its first member's name */
    check_kind("cut.zip", ODT, 34, "a zip archive: quoth reads gzip and zstd; unzip it first (unzip -p FILE | quoth extract -)");
    quoth_reader_options text = {.format = QUOTH_INPUT_TEXT};
    collected c;
    CHECK_INT(collect("story.docx", &text, &c), 0);
    CHECK_STR(c.errors[0], "an Office document (.docx, .xlsx, .pptx): " NOT_READ
                           "; extract its text first, e.g. pandoc -t plain FILE");
}

static void setup(void) {
    snprintf(tmpdir, sizeof tmpdir, "/tmp/quoth-readers-XXXXXX");
    if (!mkdtemp(tmpdir)) exit(2);
}

static void cleanup(void) {
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
}

TEST_MAIN(setup, test_text_file, test_text_encodings, test_byte_order_marks_and_formats, test_text_that_is_not_text, test_text_too_large, test_missing_file, test_gzip_text, test_jsonl,
          test_jsonl_special_at_every_offset, test_jsonl_metadata, test_jsonl_fields, test_jsonl_feed_shapes, test_jsonl_markup_in_text, test_html_repeated_paragraphs, test_html_furniture_by_class, test_jsonl_long_line, test_jsonl_gzip_members,
          test_jsonl_lenient, test_jsonl_field_paths, test_jsonl_fast_parser_agrees_with_jansson,
          test_gzip_truncated, test_gzip_corrupt, test_position, test_html_article, test_html_fallbacks, test_html_title_without_outlet,
          test_html_outlet_from_title, test_html_jsonld_article_body,
          test_html_furniture_labels,
          test_html_largest_article_and_jsonld, test_html_windows_1252, test_html_encodings, test_html_sniffed, test_warc, test_warc_charset, test_warc_content_encodings, test_warc_browser_codings, test_warc_gz_between_members, test_warc_resync,
          test_warc_gz, test_warc_text_records, test_warc_truncated, test_warc_segments, test_warc_outlet_from_uri, test_format_of_name, test_sniffed_json_lines,
          test_documents_quoth_does_not_read, test_zipped_documents, test_zstd_inputs, test_warc_date_of_the_page,
          cleanup)
