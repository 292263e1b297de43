/*
 * cmd_search.c - `quoth search`: statements from the store, found by their
 * words (best first) and/or by speaker, outlet, dates, type and
 * confidence (newest first), as a table, JSON Lines or CSV.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "store/report.h"
#include "store/store.h"

#define DEFAULT_LIMIT 20

typedef struct search_options {
    const char *db;
    quoth_store_query q;
    quoth_format format;
    int format_set, width;
    char *text; /* the QUERY words joined */
} search_options;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth search --db FILE [OPTIONS] [QUERY...]\n"
            "\n"
            "Finds statements in a store made by quoth index. With QUERY, the statements\n"
            "whose content holds all its words (in any form: \"negotiations\" finds\n"
            "\"negotiate\"), best first (BM25), with the matched words in [brackets];\n"
            "\"two words\" in quotes is a phrase, word* a prefix, a OR b either. Without\n"
            "QUERY, every statement that passes the filters, newest first. A hit's\n"
            "score is FTS5's BM25: the lower (the more negative), the better it\n"
            "matches; 0 without QUERY.\n"
            "\n"
            "With --distinct, a statement that many documents carry (wire copy, the\n"
            "same quote picked up by other outlets) is one hit: the same speaker and\n"
            "the same words, whatever their case and punctuation. Its hit is the\n"
            "earliest (where it was first seen), with how many documents and outlets\n"
            "carry it and its last date; without QUERY, the most carried come first.\n"
            "\n"
            "options:\n"
            "      --db FILE         the store\n"
            "      --speaker NAME    statements of this speaker, under any of the names\n"
            "                        documents gave them (\"Kirby\" alone: every Kirby)\n"
            "      --outlet X        from this outlet only (ignoring case)\n"
            "      --since DATE      from documents of DATE or later (YYYY, YYYY-MM, YYYY-MM-DD)\n"
            "      --until DATE      from documents of DATE or earlier (the whole month for YYYY-MM)\n"
            "      --type TYPE       direct, indirect or mixed\n"
            "      --min-confidence P\n"
            "                        statements of confidence P or more (0 to 1: how often\n"
            "                        statements like them were right on the model's dev\n"
            "                        articles)\n"
            "      --gender G        statements of women (female) or men (male): how most\n"
            "                        documents refer to the speaker (he or she, Mr. or Ms.,\n"
            "                        a common given name), else how this one does\n"
            "      --distinct        one hit per statement however many documents carry it\n"
            "      --limit N         at most N statements (default %d; 0 for all)\n"
            "  -f, --format FMT      table, jsonl or csv (default: table on a terminal,\n"
            "                        jsonl otherwise)\n"
            "      --width N         width of the table, 40 to 10000 (default: the\n"
            "                        terminal's, else $COLUMNS, else 100; the statement\n"
            "                        keeps 20 columns at least)\n"
            "  -h, --help            this help\n"
            "\n"
            "exit status: 0 the search ran (even when nothing matched), 2 bad command\n"
            "line, 3 the store could not be read.\n",
            DEFAULT_LIMIT);
}

static int parse_type(const char *s, int *type) {
    if (strcmp(s, "direct") == 0) *type = QUOTH_DIRECT;
    else if (strcmp(s, "indirect") == 0) *type = QUOTH_INDIRECT;
    else if (strcmp(s, "mixed") == 0) *type = QUOTH_MIXED;
    else return -1;
    return 0;
}

static int parse_confidence(const char *s, double *out) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v >= 0 && v <= 1)) return -1;
    *out = v;
    return 0;
}

static int bad_date(const char *opt, const char *s) {
    if (quoth_store_valid_date_prefix(s)) return 0;
    cli_error("%s wants a date YYYY, YYYY-MM or YYYY-MM-DD (of a day that exists), not '%s'", opt, s);
    return -1;
}

enum { OPT_DB = 256, OPT_SPEAKER, OPT_OUTLET, OPT_SINCE, OPT_UNTIL, OPT_TYPE, OPT_CONFIDENCE, OPT_LIMIT, OPT_WIDTH,
       OPT_GENDER, OPT_DISTINCT };

/* An option that says which statements are found (and how many), option c
 * with argument arg, into q: 0, -1 (message printed), or 1 when c is none
 * of them. */
static int parse_filter(int c, const char *arg, quoth_store_query *q) {
    switch (c) {
    case OPT_SPEAKER: q->speaker = arg; break;
    case OPT_OUTLET: q->outlet = arg; break;
    case OPT_SINCE:
        if (bad_date("--since", arg)) return -1;
        q->since = arg;
        break;
    case OPT_UNTIL:
        if (bad_date("--until", arg)) return -1;
        q->until = arg;
        break;
    case OPT_TYPE:
        if (parse_type(arg, &q->type)) {
            cli_error("--type is direct, indirect or mixed, not '%s'", arg);
            return -1;
        }
        break;
    case OPT_CONFIDENCE:
        if (parse_confidence(arg, &q->min_confidence)) {
            cli_error("--min-confidence wants a number from 0 to 1, not '%s'", arg);
            return -1;
        }
        break;
    case OPT_GENDER:
        if (strcmp(arg, "female") != 0 && strcmp(arg, "male") != 0) {
            cli_error("--gender is female or male, not '%s'", arg);
            return -1;
        }
        q->gender = arg;
        break;
    case OPT_DISTINCT: q->distinct = 1; break;
    case OPT_LIMIT:
        if (cli_parse_count(arg, &q->limit)) {
            cli_error("--limit wants a number (0 for all), not '%s'", arg);
            return -1;
        }
        break;
    default: return 1;
    }
    return 0;
}

/* Returns the index of the first QUERY word, -1 (message printed) or -2 (help). */
static int parse_options(int argc, char **argv, search_options *o) {
    static const struct option LONG[] = {
        {"db", required_argument, 0, OPT_DB}, {"speaker", required_argument, 0, OPT_SPEAKER},
        {"outlet", required_argument, 0, OPT_OUTLET}, {"since", required_argument, 0, OPT_SINCE},
        {"until", required_argument, 0, OPT_UNTIL}, {"type", required_argument, 0, OPT_TYPE},
        {"min-confidence", required_argument, 0, OPT_CONFIDENCE}, {"gender", required_argument, 0, OPT_GENDER},
        {"distinct", no_argument, 0, OPT_DISTINCT}, {"limit", required_argument, 0, OPT_LIMIT},
        {"format", required_argument, 0, 'f'},
        {"width", required_argument, 0, OPT_WIDTH}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", LONG, NULL)) != -1) {
        int filter = parse_filter(c, optarg, &o->q);
        if (filter < 0) return -1;
        if (filter == 0) continue;
        switch (c) {
        case OPT_DB: o->db = optarg; break;
        case 'f':
            if (cli_parse_output_format(optarg, &o->format)) return -1;
            o->format_set = 1;
            break;
        case OPT_WIDTH:
            if (cli_parse_width(optarg, &o->width)) return -1;
            break;
        case 'h': usage(stdout); return -2;
        default: fprintf(stderr, "see quoth search --help\n"); return -1;
        }
    }
    if (!o->db) {
        cli_error("search needs --db FILE, a store made by quoth index (see quoth search --help)");
        return -1;
    }
    if (quoth_store_date_range_empty(o->q.since, o->q.until)) {
        cli_error("--since %s is after --until %s: no date is in that range", o->q.since, o->q.until);
        return -1;
    }
    return optind;
}

/* The QUERY words as one string, or NULL for none. */
static char *join_words(int argc, char **argv, int first) {
    size_t n = 1;
    for (int i = first; i < argc; i++) n += strlen(argv[i]) + 1;
    if (first >= argc) return NULL;
    char *s = malloc(n);
    if (!s) return NULL;
    s[0] = 0;
    for (int i = first; i < argc; i++) {
        if (i > first) strcat(s, " ");
        strcat(s, argv[i]);
    }
    return s;
}

/* ----------------------------------------------------------------- output */

/* The table's column widths. */
typedef struct table_layout {
    int date, outlet, doc, speaker, type, text;
} table_layout;

typedef struct printer {
    FILE *out;
    quoth_format format;
    table_layout cols;
    int header_done;
    int distinct; /* hits carry their group's counts and dates */
} printer;

enum { MIN_TEXT_COLS = 20, DATE_TIME_COLS = 20, GAPS = 5 * 2 };

static int at_most(int v, int cap) { return v < cap ? v : cap; }

/* Up to 120 columns, the narrow layout; beyond, the outlet, document and
 * speaker columns grow (to a cap: names longer than that are rare, and the
 * statement is what people read), and from 160 the date keeps its time
 * ("2024-06-30T22:15:00Z"). The statement takes the rest. */
static table_layout layout_for(int width) {
    table_layout t = {10, 12, 18, 18, 8, 0};
    int extra = width > 120 ? width - 120 : 0;
    if (width >= 160) t.date = DATE_TIME_COLS;
    t.outlet += at_most(extra / 4, 12);
    t.speaker += at_most(extra / 4, 12);
    t.doc += at_most(extra / 8, 8);
    int rest = width - (t.date + t.outlet + t.doc + t.speaker + t.type + GAPS);
    t.text = rest < MIN_TEXT_COLS ? MIN_TEXT_COLS : rest;
    return t;
}

/* A date as its column shows it: whole when it fits; a date with a time
 * in a column too narrow for both as its day ("2024-06-30"), never cut
 * inside the day. */
static const char *date_cell(const char *date, int cols, char *buf, size_t cap) {
    if (!date || (int)strlen(date) <= cols || cols < 10) return date;
    if (date[4] == '-' && date[7] == '-' && (date[10] == 'T' || date[10] == ' ')) {
        snprintf(buf, cap, "%.10s", date);
        return buf;
    }
    return date;
}

static void table_row(printer *p, const char *date, const char *outlet, const char *doc, const char *speaker,
                      const char *type, const char *text) {
    const table_layout *t = &p->cols;
    char day[16];
    quoth_report_cell(p->out, date_cell(date, t->date, day, sizeof day), t->date, 0);
    quoth_report_cell(p->out, outlet, t->outlet, 0);
    quoth_report_cell(p->out, doc, t->doc, 0);
    quoth_report_cell(p->out, speaker, t->speaker, 0);
    quoth_report_cell(p->out, type, t->type, 0);
    quoth_report_cell(p->out, text, t->text, 1);
}

static const char *shown_speaker(const quoth_store_hit *h) {
    if (h->speaker) return h->speaker;
    if (h->speaker_name) return h->speaker_name;
    return h->mention;
}

static void json_span(FILE *out, const char *name, const char *text, size_t start, size_t end, int *first) {
    if (*first) *first = 0;
    else fputs(", ", out);
    fprintf(out, "\"%s\": ", name);
    if (!text) {
        fputs("null", out);
        return;
    }
    int f = 1;
    putc('{', out);
    quoth_report_json_int(out, &f, "start", (int64_t)start);
    quoth_report_json_int(out, &f, "end", (int64_t)end);
    quoth_report_json_str(out, &f, "text", text);
    putc('}', out);
}

static void json_hit(FILE *out, const quoth_store_hit *h, int distinct) {
    int f = 1;
    fputs("{\"statement\": {", out);
    quoth_report_json_int(out, &f, "id", h->statement_id);
    quoth_report_json_str(out, &f, "type", quoth_quote_type_name(h->type));
    json_span(out, "cue", h->cue, h->cue_start, h->cue_end, &f);
    json_span(out, "source", h->source, h->source_start, h->source_end, &f);
    fputs(", \"contents\": [", out);
    for (size_t i = 0; i < h->n_contents; i++) {
        int g = 1;
        fputs(i ? ", {" : "{", out);
        quoth_report_json_int(out, &g, "start", (int64_t)h->content_start[i]);
        quoth_report_json_int(out, &g, "end", (int64_t)h->content_end[i]);
        quoth_report_json_str(out, &g, "text", h->contents[i]);
        putc('}', out);
    }
    fputs("]}, \"speaker\": {", out);
    f = 1;
    quoth_report_json_str(out, &f, "canonical", h->speaker);
    quoth_report_json_str(out, &f, "name", h->speaker_name);
    quoth_report_json_str(out, &f, "mention", h->mention);
    quoth_report_json_str(out, &f, "role", h->role);
    quoth_report_json_str(out, &f, "kind", h->kind);
    quoth_report_json_str(out, &f, "gender", h->gender);
    quoth_report_json_str(out, &f, "resolved_by", h->resolved_by);
    fputs("}, \"document\": {", out);
    f = 1;
    quoth_report_json_str(out, &f, "id", h->doc_id);
    quoth_report_json_str(out, &f, "url", h->url);
    quoth_report_json_str(out, &f, "outlet", h->outlet);
    quoth_report_json_str(out, &f, "date", h->date);
    quoth_report_json_str(out, &f, "title", h->title);
    fputs("}", out);
    if (distinct) {
        fputs(", \"carried\": {", out);
        f = 1;
        quoth_report_json_int(out, &f, "statements", (int64_t)h->statements);
        quoth_report_json_int(out, &f, "documents", (int64_t)h->documents);
        quoth_report_json_int(out, &f, "outlets", (int64_t)h->outlets);
        quoth_report_json_str(out, &f, "first_date", h->first_date);
        quoth_report_json_str(out, &f, "last_date", h->last_date);
        fputs("}", out);
    }
    f = 0;
    quoth_report_json_num(out, &f, "score", h->score);
    quoth_report_json_str(out, &f, "snippet", h->snippet);
    quoth_report_json_num(out, &f, "confidence", h->confidence);
    fputs("}\n", out);
}

/* The CSV header, once: also when nothing matched, so that a script or a
 * spreadsheet still gets a table with its columns. */
static void csv_header(printer *p) {
    if (p->header_done) return;
    fputs("statement_id,doc_id,url,outlet,date,title,type,speaker,speaker_name,mention,role,gender,cue,"
          "cue_start,cue_end,content,content_start,content_end,content2,score,confidence,snippet",
          p->out);
    fputs(p->distinct ? ",statements,documents,outlets,first_date,last_date\n" : "\n", p->out);
    p->header_done = 1;
}

static void csv_hit(printer *p, const quoth_store_hit *h) {
    FILE *out = p->out;
    csv_header(p);
    char num[7][32] = {"", "", "", "", "", "", ""};
    snprintf(num[0], sizeof num[0], "%lld", (long long)h->statement_id);
    snprintf(num[1], sizeof num[1], "%zu", h->content_start[0]);
    snprintf(num[2], sizeof num[2], "%zu", h->content_end[0]);
    snprintf(num[3], sizeof num[3], "%.4f", h->score);
    snprintf(num[6], sizeof num[6], "%.2f", h->confidence);
    if (h->cue) {
        snprintf(num[4], sizeof num[4], "%zu", h->cue_start);
        snprintf(num[5], sizeof num[5], "%zu", h->cue_end);
    }
    const char *cells[] = {num[0], h->doc_id, h->url, h->outlet, h->date, h->title,
                           quoth_quote_type_name(h->type), h->speaker, h->speaker_name, h->mention, h->role,
                           h->gender, h->cue, num[4], num[5], h->contents[0], num[1], num[2],
                           h->n_contents > 1 ? h->contents[1] : NULL, num[3], num[6], h->snippet};
    size_t n = sizeof cells / sizeof *cells;
    for (size_t i = 0; i < n; i++) quoth_report_csv(out, cells[i], i + 1 == n && !p->distinct);
    if (!p->distinct) return;
    char count[3][32];
    snprintf(count[0], sizeof count[0], "%zu", h->statements);
    snprintf(count[1], sizeof count[1], "%zu", h->documents);
    snprintf(count[2], sizeof count[2], "%zu", h->outlets);
    const char *group[] = {count[0], count[1], count[2], h->first_date, h->last_date};
    n = sizeof group / sizeof *group;
    for (size_t i = 0; i < n; i++) quoth_report_csv(out, group[i], i + 1 == n);
}

/* The table's third column: the document, or with --distinct how widely
 * the statement was carried ("12 docs, 5 outlets"). */
static const char *third_cell(const printer *p, const quoth_store_hit *h, char *buf, size_t cap) {
    if (!p->distinct) return h->doc_id;
    snprintf(buf, cap, "%zu doc%s, %zu outlet%s", h->documents, cli_plural(h->documents), h->outlets,
             cli_plural(h->outlets));
    return buf;
}

static int print_hit(void *ctx, const quoth_store_hit *h) {
    printer *p = ctx;
    if (p->format == QUOTH_FORMAT_JSONL) json_hit(p->out, h, p->distinct);
    else if (p->format == QUOTH_FORMAT_CSV) csv_hit(p, h);
    else {
        if (!p->header_done)
            table_row(p, p->distinct ? "FIRST SEEN" : "DATE", "OUTLET", p->distinct ? "CARRIED BY" : "DOCUMENT",
                      "SPEAKER", "TYPE", "STATEMENT");
        p->header_done = 1;
        char carried[64];
        table_row(p, h->date, h->outlet, third_cell(p, h, carried, sizeof carried), shown_speaker(h),
                  quoth_quote_type_name(h->type), h->snippet);
    }
    return ferror(p->out) ? QUOTH_ERR_IO : 0;
}

/* Whether --speaker names no speaker of the store: said apart from "no
 * statement matches", which a misspelled name would otherwise look like.
 * Returns 1 (message printed), 0, or a store status. */
static int unknown_speaker(quoth_store *s, const char *name) {
    char *ids = NULL;
    size_t found = 0;
    int rc = quoth_store_find_speakers(s, name, &ids, &found);
    free(ids);
    if (rc) return rc;
    if (found) return 0;
    fprintf(stderr, "quoth: no speaker is called '%s' in the store (quoth speakers lists them)\n", name);
    return 1;
}

static int run(search_options *o) {
    quoth_store *s = cli_open_store_to_read(o->db);
    if (!s) return EXIT_FATAL;
    printer p = {stdout, o->format, layout_for(cli_table_width(o->width, isatty(STDOUT_FILENO))), 0,
                 o->q.distinct};
    size_t hits = 0;
    int rc = quoth_store_search(s, &o->q, print_hit, &p, &hits);
    int unknown = !rc && !hits && o->q.speaker ? unknown_speaker(s, o->q.speaker) : 0;
    if (unknown < 0) rc = unknown;
    if (!rc && o->format == QUOTH_FORMAT_CSV) csv_header(&p);
    int status = EXIT_OK;
    if (rc == QUOTH_ERR_INVALID) {
        cli_error("%s", quoth_store_message(s));
        status = EXIT_USAGE;
    } else if (rc == QUOTH_ERR_IO || fflush(stdout) != 0) {
        cli_error("writing the results failed");
        status = EXIT_FATAL;
    } else if (rc) {
        cli_error("%s", quoth_store_message(s));
        status = EXIT_FATAL;
    } else if (!hits && !unknown) {
        fprintf(stderr, "quoth: no statement matches\n");
    } else if (o->format == QUOTH_FORMAT_TABLE && o->q.limit && hits == o->q.limit) {
        fprintf(stderr, "quoth: the first %zu statements (--limit N for more, 0 for all)\n", hits);
    }
    quoth_store_close(s);
    return status;
}

int quoth_cmd_search(int argc, char **argv) {
    search_options o;
    memset(&o, 0, sizeof o);
    o.q.type = -1;
    o.q.limit = DEFAULT_LIMIT;
    int first = parse_options(argc, argv, &o);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    if (!o.format_set) o.format = isatty(STDOUT_FILENO) ? QUOTH_FORMAT_TABLE : QUOTH_FORMAT_JSONL;
    o.text = join_words(argc, argv, first);
    if (first < argc && !o.text) {
        cli_error("out of memory");
        return EXIT_FATAL;
    }
    o.q.text = o.text;
    int status = run(&o);
    free(o.text);
    return status;
}
