/*
 * cmd_speakers.c - the speakers of a store: `quoth speakers` (who is
 * quoted most, overall or by outlet), `quoth speakers merge|split|
 * corrections|forget` (a person's corrections to the automatic matching,
 * kept across re-indexing) and `quoth speaker NAME` (one speaker: names,
 * roles, outlets, statements over time).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "store/report.h"
#include "store/store.h"
#include "util/array.h"

#define DEFAULT_TOP 20

typedef struct speakers_options {
    const char *db, *outlet;
    size_t top;
    int by_outlet, by_gender, by_month, format_set;
    quoth_format format;
} speakers_options;

static void usage(FILE *out) {
    fprintf(out,
            "usage: quoth speakers --db FILE [--top N | --by-gender [--by-month]]\n"
            "                      [--outlet X | --by-outlet] [-f FMT]\n"
            "       quoth speakers merge --db FILE NAME OTHER...\n"
            "       quoth speakers split --db FILE NAME...\n"
            "       quoth speakers corrections --db FILE\n"
            "       quoth speakers forget --db FILE ID...\n"
            "\n"
            "Lists the speakers of a store made by quoth index, most quoted first. A\n"
            "speaker is one person or organization under every name documents gave it\n"
            "(\"John Kirby\", \"Adm. John Kirby\", \"Kirby\"); two people who share a\n"
            "surname stay apart when their first names or roles differ.\n"
            "\n"
            "When the automatic matching is wrong, correct it: `merge` makes NAME and\n"
            "each OTHER one speaker, shown as NAME; `split` gives each NAME a speaker of\n"
            "its own. Corrections are kept in the store, win over the automatic choice\n"
            "and survive re-indexing; `corrections` lists them, `forget ID` drops one.\n"
            "\n"
            "options:\n"
            "      --db FILE       the store\n"
            "      --top N         the N most quoted (default %d; 0 for all)\n"
            "      --outlet X      counting statements in documents of outlet X only\n"
            "      --by-outlet     the top N of each outlet\n"
            "      --by-gender     whose voices: statements and speakers by gender (female,\n"
            "                      male, unknown, organization, none: no speaker), and the\n"
            "                      share of women and men among statements by either. A\n"
            "                      speaker's gender is how most documents refer to them\n"
            "                      (he or she, Mr. or Ms., a common given name)\n"
            "      --by-month      with --by-gender: the rows of each month (by the\n"
            "                      documents' dates; undated last)\n"
            "  -f, --format FMT    table, jsonl or csv (default: table on a terminal,\n"
            "                      jsonl otherwise)\n"
            "  -h, --help          this help\n"
            "\n"
            "exit status: 0 done, 2 bad command line (or forget: an ID that is no\n"
            "correction; the others are forgotten), 3 the store could not be read or\n"
            "written.\n",
            DEFAULT_TOP);
}

static void speaker_usage(FILE *out) {
    fprintf(out,
            "usage: quoth speaker --db FILE [-f table|jsonl] NAME...\n"
            "\n"
            "Everything a store knows about one speaker: the names and roles documents\n"
            "gave them, the outlets that quote them, their statements by type and by\n"
            "month. NAME is one name, any of theirs, its words with or without quotes\n"
            "(speaker Margaret Thornbury is speaker \"Margaret Thornbury\"; several\n"
            "words are never several names); a title or role before it may stay\n"
            "(\"Health Minister Margaret Thornbury\"), and a surname alone finds every\n"
            "speaker with that surname (\"Kirby\": every Kirby).\n"
            "\n"
            "exit status: 0 found, 1 no speaker has that name, 2 bad command line,\n"
            "3 the store could not be read.\n");
}

/* Options shared by every form; returns the first operand, -1 or -2 (help). */
static int parse_options(int argc, char **argv, speakers_options *o, void (*help)(FILE *)) {
    enum { OPT_DB = 256, OPT_TOP, OPT_OUTLET, OPT_BY_OUTLET, OPT_BY_GENDER, OPT_BY_MONTH };
    static const struct option LONG[] = {
        {"db", required_argument, 0, OPT_DB}, {"top", required_argument, 0, OPT_TOP},
        {"outlet", required_argument, 0, OPT_OUTLET}, {"by-outlet", no_argument, 0, OPT_BY_OUTLET},
        {"by-gender", no_argument, 0, OPT_BY_GENDER}, {"by-month", no_argument, 0, OPT_BY_MONTH},
        {"format", required_argument, 0, 'f'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:h", LONG, NULL)) != -1) {
        switch (c) {
        case OPT_DB: o->db = optarg; break;
        case OPT_OUTLET: o->outlet = optarg; break;
        case OPT_BY_OUTLET: o->by_outlet = 1; break;
        case OPT_BY_GENDER: o->by_gender = 1; break;
        case OPT_BY_MONTH: o->by_month = 1; break;
        case OPT_TOP:
            if (cli_parse_count(optarg, &o->top)) {
                cli_error("--top wants a number (0 for all), not '%s'", optarg);
                return -1;
            }
            break;
        case 'f':
            if (cli_parse_output_format(optarg, &o->format)) return -1;
            o->format_set = 1;
            break;
        case 'h': help(stdout); return -2;
        default: fprintf(stderr, "see quoth %s --help\n", argv[0]); return -1;
        }
    }
    if (!o->db) {
        cli_error("%s needs --db FILE, a store made by quoth index (see quoth %s --help)", argv[0], argv[0]);
        return -1;
    }
    if (!o->format_set) o->format = isatty(STDOUT_FILENO) ? QUOTH_FORMAT_TABLE : QUOTH_FORMAT_JSONL;
    return optind;
}

/* The store for a correction, open for writing (QUOTH_STORE_EXISTING:
 * never made of a missing or empty file); the commands that only read it
 * open it with cli_open_store_to_read(). */
static quoth_store *open_store_to_correct(const char *db) {
    quoth_store *s;
    if (quoth_store_open(db, QUOTH_STORE_EXISTING, &s) == 0) return s;
    cli_error("%s", quoth_store_message(s));
    quoth_store_close(s);
    return NULL;
}

/* ------------------------------------------------------------ the list */

typedef struct list_ctx {
    FILE *out;
    quoth_format format;
    const char *outlet; /* shown in a column with --by-outlet */
    const char *month;  /* --by-gender --by-month: the month of the rows being written */
    int header_done, with_outlet, with_month;
    const speakers_options *o;
    quoth_store *s;
} list_ctx;

enum { OUTLET_COLS = 16, NAME_COLS = 28, KIND_COLS = 12, GENDER_COLS = 7, NUM_COLS = 10, DATE_COLS = 10 };

static void table_row(list_ctx *c, const char *cells[9]) {
    int i = c->with_outlet ? 0 : 1;
    static const int COLS[9] = {OUTLET_COLS, NAME_COLS, KIND_COLS, GENDER_COLS, NUM_COLS,
                                NUM_COLS,    5,         DATE_COLS, DATE_COLS};
    for (; i < 9; i++) quoth_report_cell(c->out, cells[i], COLS[i], i == 8);
}

static int print_speaker(void *ctx, const quoth_store_speaker *sp) {
    list_ctx *c = ctx;
    char n[3][32];
    snprintf(n[0], sizeof n[0], "%lld", (long long)sp->statements);
    snprintf(n[1], sizeof n[1], "%lld", (long long)sp->documents);
    snprintf(n[2], sizeof n[2], "%lld", (long long)sp->names);
    const char *cells[9] = {c->outlet, sp->name, sp->kind, sp->gender, n[0], n[1], n[2], sp->first_date, sp->last_date};
    if (c->format == QUOTH_FORMAT_TABLE) {
        if (!c->header_done) {
            const char *h[9] = {"OUTLET",    "SPEAKER",   "KIND",  "GENDER", "STATEMENTS",
                                "DOCUMENTS", "NAMES",     "FIRST", "LAST"};
            table_row(c, h);
        }
        table_row(c, cells);
    } else if (c->format == QUOTH_FORMAT_CSV) {
        if (!c->header_done)
            fputs("outlet,id,speaker,kind,gender,statements,documents,names,first_date,last_date\n", c->out);
        char id[32];
        snprintf(id, sizeof id, "%lld", (long long)sp->id);
        const char *row[10] = {c->outlet, id,   sp->name, sp->kind,       sp->gender,
                               n[0],      n[1], n[2],     sp->first_date, sp->last_date};
        for (int i = 0; i < 10; i++) quoth_report_csv(c->out, row[i], i == 9);
    } else {
        int f = 1;
        putc('{', c->out);
        if (c->with_outlet) quoth_report_json_str(c->out, &f, "outlet", c->outlet);
        quoth_report_json_int(c->out, &f, "id", sp->id);
        quoth_report_json_str(c->out, &f, "speaker", sp->name);
        quoth_report_json_str(c->out, &f, "kind", sp->kind);
        quoth_report_json_str(c->out, &f, "gender", sp->gender);
        quoth_report_json_int(c->out, &f, "statements", sp->statements);
        quoth_report_json_int(c->out, &f, "documents", sp->documents);
        quoth_report_json_int(c->out, &f, "names", sp->names);
        quoth_report_json_str(c->out, &f, "first_date", sp->first_date);
        quoth_report_json_str(c->out, &f, "last_date", sp->last_date);
        fputs("}\n", c->out);
    }
    c->header_done = 1;
    return ferror(c->out) ? QUOTH_ERR_IO : 0;
}

static int per_outlet(void *ctx, const char *outlet, int64_t documents) {
    list_ctx *c = ctx;
    (void)documents;
    c->outlet = outlet;
    return quoth_store_speakers(c->s, outlet, c->o->top, print_speaker, c);
}

/* --by-gender: the five rows of one outlet (or all), written once all are
 * known, for the shares. */
typedef struct gender_rows {
    quoth_store_gender_row row[5];
    size_t n;
} gender_rows;

static int keep_gender_row(void *ctx, const quoth_store_gender_row *row) {
    gender_rows *g = ctx;
    if (g->n < 5) g->row[g->n++] = *row;
    return 0;
}

static void print_gender_row(list_ctx *c, const quoth_store_gender_row *r, int64_t either) {
    char n[3][32];
    snprintf(n[0], sizeof n[0], "%lld", (long long)r->speakers);
    snprintf(n[1], sizeof n[1], "%lld", (long long)r->statements);
    int shared = either > 0 && (strcmp(r->gender, "female") == 0 || strcmp(r->gender, "male") == 0);
    double share = shared ? (double)r->statements / (double)either : 0.0;
    snprintf(n[2], sizeof n[2], "%.1f%%", 100.0 * share);
    const char *cells[6] = {c->outlet, c->month, r->gender, n[0], n[1], shared ? n[2] : NULL};
    if (c->format == QUOTH_FORMAT_TABLE) {
        static const int COLS[6] = {OUTLET_COLS, 9, 14, NUM_COLS, NUM_COLS, 8};
        static const char *const HEADER[6] = {"OUTLET", "MONTH", "GENDER", "SPEAKERS", "STATEMENTS", "SHARE"};
        for (int line = c->header_done; line < 2; line++)
            for (int i = 0; i < 6; i++)
                if ((i != 0 || c->with_outlet) && (i != 1 || c->with_month))
                    quoth_report_cell(c->out, line ? cells[i] : HEADER[i], COLS[i], i == 5);
    } else if (c->format == QUOTH_FORMAT_CSV) {
        if (!c->header_done) fputs("outlet,month,gender,speakers,statements,share\n", c->out);
        char frac[32];
        snprintf(frac, sizeof frac, "%.4f", share);
        const char *row[6] = {c->outlet, c->month, r->gender, n[0], n[1], shared ? frac : NULL};
        for (int i = 0; i < 6; i++) quoth_report_csv(c->out, row[i], i == 5);
    } else {
        int f = 1;
        putc('{', c->out);
        if (c->with_outlet) quoth_report_json_str(c->out, &f, "outlet", c->outlet);
        if (c->with_month) quoth_report_json_str(c->out, &f, "month", c->month);
        quoth_report_json_str(c->out, &f, "gender", r->gender);
        quoth_report_json_int(c->out, &f, "speakers", r->speakers);
        quoth_report_json_int(c->out, &f, "statements", r->statements);
        if (shared) quoth_report_json_num(c->out, &f, "share", share);
        else quoth_report_json_str(c->out, &f, "share", NULL);
        fputs("}\n", c->out);
    }
    c->header_done = 1;
}

/* The five rows of c->outlet (or all) and c->month (or all). */
static int print_genders(list_ctx *c) {
    gender_rows g = {.n = 0};
    int rc = quoth_store_genders(c->s, c->outlet, c->month, keep_gender_row, &g);
    if (rc) return rc;
    int64_t either = 0;
    for (size_t i = 0; i < g.n; i++)
        if (strcmp(g.row[i].gender, "female") == 0 || strcmp(g.row[i].gender, "male") == 0)
            either += g.row[i].statements;
    for (size_t i = 0; i < g.n; i++) print_gender_row(c, &g.row[i], either);
    return ferror(c->out) ? QUOTH_ERR_IO : 0;
}

static int per_month_genders(void *ctx, const char *month) {
    list_ctx *c = ctx;
    c->month = month;
    return print_genders(c);
}

/* One outlet's rows, month by month with --by-month. */
static int outlet_genders(list_ctx *c) {
    return c->with_month ? quoth_store_months(c->s, c->outlet, per_month_genders, c) : print_genders(c);
}

static int per_outlet_genders(void *ctx, const char *outlet, int64_t documents) {
    list_ctx *c = ctx;
    (void)documents;
    c->outlet = outlet;
    return outlet_genders(c);
}

static int list(const speakers_options *o) {
    quoth_store *s = cli_open_store_to_read(o->db);
    if (!s) return EXIT_FATAL;
    list_ctx c = {.out = stdout,
                  .format = o->format,
                  .outlet = o->outlet,
                  .with_outlet = o->by_outlet || o->outlet,
                  .with_month = o->by_month,
                  .o = o,
                  .s = s};
    int rc;
    if (o->by_gender) rc = o->by_outlet ? quoth_store_outlets(s, per_outlet_genders, &c) : outlet_genders(&c);
    else rc = o->by_outlet ? quoth_store_outlets(s, per_outlet, &c)
                           : quoth_store_speakers(s, o->outlet, o->top, print_speaker, &c);
    int status = EXIT_OK;
    if (rc || fflush(stdout) != 0) {
        cli_error("%s", rc && rc != QUOTH_ERR_IO ? quoth_store_message(s) : "writing the list failed");
        status = EXIT_FATAL;
    } else if (!c.header_done) {
        fprintf(stderr, "quoth: no speakers%s%s\n", o->outlet ? " in outlet " : "", o->outlet ? o->outlet : "");
    }
    quoth_store_close(s);
    return status;
}

/* --------------------------------------------------------- corrections */

/* Warns when a correction names no one the store knows yet: it is kept and
 * applies once the name appears. */
static void warn_unknown(quoth_store *s, const char *name) {
    char *ids = NULL;
    size_t n = 0;
    if (quoth_store_find_speakers(s, name, &ids, &n) == 0 && n == 0)
        fprintf(stderr, "quoth: no speaker is called '%s' yet; the correction applies when one is\n", name);
    free(ids);
}

static int correct(const speakers_options *o, const char *action, int argc, char **argv, int first) {
    int merge = strcmp(action, "merge") == 0;
    if (argc - first < (merge ? 2 : 1)) {
        cli_error("speakers %s needs %s", action, merge ? "NAME and at least one OTHER" : "at least one NAME");
        return EXIT_USAGE;
    }
    quoth_store *s = open_store_to_correct(o->db);
    if (!s) return EXIT_FATAL;
    int rc = 0;
    for (int i = first; !rc && i < argc; i++) warn_unknown(s, argv[i]);
    if (merge)
        for (int i = first + 1; !rc && i < argc; i++) rc = quoth_store_correct(s, "merge", argv[first], argv[i]);
    else
        for (int i = first; !rc && i < argc; i++) rc = quoth_store_correct(s, "split", argv[i], NULL);
    if (rc) cli_error("%s", quoth_store_message(s));
    else if (!o->format_set || o->format == QUOTH_FORMAT_TABLE)
        fprintf(stderr, "quoth: recorded; the speakers are rebuilt\n");
    quoth_store_close(s);
    return rc ? EXIT_FATAL : EXIT_OK;
}

static int print_correction(void *ctx, int64_t id, const char *action, const char *name, const char *other,
                            const char *created) {
    const speakers_options *o = ctx;
    if (o->format == QUOTH_FORMAT_JSONL) {
        int f = 1;
        putc('{', stdout);
        quoth_report_json_int(stdout, &f, "id", id);
        quoth_report_json_str(stdout, &f, "action", action);
        quoth_report_json_str(stdout, &f, "name", name);
        quoth_report_json_str(stdout, &f, "other", other);
        quoth_report_json_str(stdout, &f, "created", created);
        fputs("}\n", stdout);
    } else {
        printf("%lld  %s  %s%s%s  (%s)\n", (long long)id, action, name, other ? " + " : "", other ? other : "",
               created);
    }
    return 0;
}

static int corrections(const speakers_options *o) {
    quoth_store *s = cli_open_store_to_read(o->db);
    if (!s) return EXIT_FATAL;
    int rc = quoth_store_corrections(s, print_correction, (void *)o);
    if (rc) cli_error("%s", quoth_store_message(s));
    quoth_store_close(s);
    return rc ? EXIT_FATAL : EXIT_OK;
}

static int forget(const speakers_options *o, int argc, char **argv, int first) {
    if (first >= argc) {
        cli_error("speakers forget needs the ID of a correction (see quoth speakers corrections)");
        return EXIT_USAGE;
    }
    for (int i = first; i < argc; i++) {
        char *end;
        if (strtoll(argv[i], &end, 10) <= 0 || *end) {
            cli_error("'%s' is not the ID of a correction", argv[i]);
            return EXIT_USAGE;
        }
    }
    quoth_store *s = open_store_to_correct(o->db);
    if (!s) return EXIT_FATAL;
    int rc = 0, missing = 0;
    for (int i = first; !rc && i < argc; i++) {
        int found = 0;
        rc = quoth_store_forget_correction(s, strtoll(argv[i], NULL, 10), &found);
        if (!rc && !found) {
            cli_error("no correction %s (see quoth speakers corrections)", argv[i]);
            missing = 1;
        }
    }
    if (rc) cli_error("%s", quoth_store_message(s));
    quoth_store_close(s);
    return rc ? EXIT_FATAL : missing ? EXIT_USAGE : EXIT_OK;
}

int quoth_cmd_speakers(int argc, char **argv) {
    speakers_options o = {.top = DEFAULT_TOP, .format = QUOTH_FORMAT_TABLE};
    const char *action = NULL;
    if (argc > 1 && argv[1][0] != '-') {
        action = argv[1];
        argv++, argc--; /* getopt then sees the action as the command name */
    }
    int first = parse_options(argc, argv, &o, usage);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    static const char *const ACTIONS[] = {"merge", "split", "corrections", "forget"};
    for (size_t i = 0; !action && first < argc && i < 4; i++)
        if (strcmp(argv[first], ACTIONS[i]) == 0) action = argv[first++]; /* after the options */
    if (!action) {
        if (first < argc) {
            cli_error("unexpected '%s' (merge, split, corrections and forget are the actions)", argv[first]);
            return EXIT_USAGE;
        }
        if (o.by_outlet && o.outlet) {
            cli_error("--outlet and --by-outlet do not go together");
            return EXIT_USAGE;
        }
        if (o.by_month && !o.by_gender) {
            cli_error("--by-month goes with --by-gender (the statements of each month by gender)");
            return EXIT_USAGE;
        }
        return list(&o);
    }
    if (strcmp(action, "merge") == 0 || strcmp(action, "split") == 0) return correct(&o, action, argc, argv, first);
    if (strcmp(action, "corrections") == 0) {
        if (first < argc) { /* a name here was meant for merge or split, or a filter that does not exist */
            cli_error("speakers corrections lists them all and takes no argument, not '%s'", argv[first]);
            return EXIT_USAGE;
        }
        return corrections(&o);
    }
    if (strcmp(action, "forget") == 0) return forget(&o, argc, argv, first);
    cli_error("unknown action '%s' (merge, split, corrections or forget)", action);
    return EXIT_USAGE;
}

/* ---------------------------------------------------------- one speaker */

typedef struct facts_ctx {
    FILE *out;
    quoth_format format;
    int64_t speaker;     /* the speaker being written, 0 before the first */
    const char *facet;   /* the facet being written (JSON: its array is open) */
    int items;           /* items written in the current facet */
    /* table form: the months of the current speaker, drawn once all are
     * known so that the longest bar is BAR_WIDTH */
    struct month_row {
        char month[16];
        int64_t count;
    } *months;
    size_t n_months, cap_months;
    int nomem;
} facts_ctx;

#define BAR_WIDTH 50

static void flush_months(facts_ctx *c) {
    int64_t max = 0;
    for (size_t i = 0; i < c->n_months; i++)
        if (c->months[i].count > max) max = c->months[i].count;
    for (size_t i = 0; i < c->n_months; i++) {
        int64_t n = c->months[i].count, bar = max <= BAR_WIDTH ? n : (n * BAR_WIDTH + max - 1) / max;
        fprintf(c->out, "\n    %-8s %6lld  ", c->months[i].month, (long long)n);
        for (int64_t k = 0; k < bar; k++) putc('#', c->out);
    }
    c->n_months = 0;
}

static void add_month(facts_ctx *c, const char *month, int64_t count) {
    if (QUOTH_RESERVE(c->months, c->cap_months, c->n_months + 1, 32)) {
        c->nomem = 1;
        return;
    }
    snprintf(c->months[c->n_months].month, sizeof c->months[c->n_months].month, "%s", month ? month : "");
    c->months[c->n_months++].count = count;
}

/* The JSON array a facet's rows go to. */
static const char *json_array(const char *facet) {
    if (strcmp(facet, "name") == 0) return "names";
    if (strcmp(facet, "role") == 0) return "roles";
    if (strcmp(facet, "type") == 0) return "types";
    if (strcmp(facet, "outlet") == 0) return "outlets";
    return "months";
}

static void json_fact(facts_ctx *c, const quoth_store_fact *f) {
    FILE *out = c->out;
    int first = 0;
    if (strcmp(f->facet, "speaker") == 0) {
        if (c->speaker) fputs(c->facet ? "]}\n" : "}\n", out);
        c->speaker = f->speaker_id;
        c->facet = NULL;
        first = 1;
        putc('{', out);
        quoth_report_json_int(out, &first, "id", f->speaker_id);
        quoth_report_json_str(out, &first, "speaker", f->value);
        quoth_report_json_str(out, &first, "kind", f->extra);
        quoth_report_json_int(out, &first, "statements", f->count);
    } else if (strcmp(f->facet, "documents") == 0) {
        quoth_report_json_int(out, &first, "documents", f->count);
    } else if (strcmp(f->facet, "first") == 0 || strcmp(f->facet, "last") == 0) {
        quoth_report_json_str(out, &first, strcmp(f->facet, "first") == 0 ? "first_date" : "last_date", f->value);
    } else if (strcmp(f->facet, "gender") == 0) {
        quoth_report_json_str(out, &first, "gender", f->value);
    } else {
        if (!c->facet || strcmp(c->facet, f->facet) != 0) {
            fprintf(out, "%s\"%s\": [", c->facet ? "], " : ", ", json_array(f->facet));
            c->facet = f->facet;
            c->items = 0;
        }
        int g = 1;
        fputs(c->items++ ? ", {" : "{", out);
        quoth_report_json_str(out, &g, strcmp(f->facet, "month") == 0 ? "month" : "value", f->value);
        quoth_report_json_int(out, &g, "statements", f->count);
        putc('}', out);
    }
}

/* Table form: a header line per speaker, then one line per facet. */
static void table_fact(facts_ctx *c, const quoth_store_fact *f) {
    FILE *out = c->out;
    if (strcmp(f->facet, "speaker") == 0) {
        flush_months(c);
        fprintf(out, "%s%s (%s): %lld statements", c->speaker ? "\n\n" : "", f->value, f->extra,
                (long long)f->count);
        c->speaker = f->speaker_id;
        c->facet = NULL;
        return;
    }
    if (strcmp(f->facet, "documents") == 0) {
        fprintf(out, " in %lld documents", (long long)f->count);
        return;
    }
    if (strcmp(f->facet, "first") == 0 || strcmp(f->facet, "last") == 0) {
        fprintf(out, strcmp(f->facet, "first") == 0 ? ", %s" : " .. %s", f->value);
        return;
    }
    if (strcmp(f->facet, "gender") == 0) {
        fprintf(out, "\n  %-8s %s", "gender", f->value);
        c->facet = f->facet;
        return;
    }
    int month = strcmp(f->facet, "month") == 0;
    if (!c->facet || strcmp(c->facet, f->facet) != 0) {
        fprintf(out, "\n  %-8s", month ? "by month" : json_array(f->facet));
        c->facet = f->facet;
        c->items = 0;
    }
    if (month) {
        add_month(c, f->value, f->count);
    } else {
        fprintf(out, "%s%s (%lld)", c->items ? ", " : " ", f->value, (long long)f->count);
    }
    c->items++;
}

static int print_fact(void *ctx, const quoth_store_fact *f) {
    facts_ctx *c = ctx;
    if (c->format == QUOTH_FORMAT_JSONL) json_fact(c, f);
    else table_fact(c, f);
    return ferror(c->out) ? QUOTH_ERR_IO : 0;
}

int quoth_cmd_speaker(int argc, char **argv) {
    speakers_options o = {.format = QUOTH_FORMAT_TABLE};
    int first = parse_options(argc, argv, &o, speaker_usage);
    if (first == -2) return EXIT_OK;
    if (first < 0) return EXIT_USAGE;
    if (first >= argc) {
        cli_error("speaker needs a NAME (see quoth speaker --help)");
        return EXIT_USAGE;
    }
    if (o.format == QUOTH_FORMAT_CSV) {
        cli_error("speaker writes table or jsonl");
        return EXIT_USAGE;
    }
    char name[1024] = "";
    for (int i = first; i < argc; i++)
        snprintf(name + strlen(name), sizeof name - strlen(name), "%s%s", i > first ? " " : "", argv[i]);
    quoth_store *s = cli_open_store_to_read(o.db);
    if (!s) return EXIT_FATAL;
    facts_ctx c = {stdout, o.format, 0, NULL, 0, NULL, 0, 0, 0};
    size_t found = 0;
    int rc = quoth_store_speaker_facts(s, name, print_fact, &c, &found);
    flush_months(&c);
    free(c.months);
    if (!rc && c.nomem) rc = QUOTH_ERR_NOMEM;
    if (c.speaker) fputs(o.format == QUOTH_FORMAT_JSONL ? (c.facet ? "]}\n" : "}\n") : "\n", stdout);
    int status = EXIT_OK;
    if (rc || fflush(stdout) != 0) {
        cli_error("%s", rc && rc != QUOTH_ERR_IO ? quoth_store_message(s) : "writing failed");
        status = EXIT_FATAL;
    } else if (!found) {
        cli_error("no speaker is called '%s'", name);
        status = EXIT_DOC_ERRORS;
    }
    quoth_store_close(s);
    return status;
}
