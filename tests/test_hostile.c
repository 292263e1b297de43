/*
 * Hostile inputs through the C API (issue 5): broken UTF-8, NUL bytes, empty
 * text, adversarial text whose processing must stay linear, HTML nested ten
 * thousand deep, malformed JSON lines and truncated gzip through a reader,
 * and damaged model files. Each case checks the result it must give, not
 * only that nothing crashed; tests/cli/hostile.sh does the same through the
 * command line.
 *
 * Linearity is checked without wall-clock thresholds: the same kind of text
 * is extracted at sizes N and 4N in this process, and the CPU time of 4N
 * must stay under 10 times that of N (linear work gives about 4, quadratic
 * work 16). Each size is timed three times and the fastest kept, so that a
 * busy machine slows both alike.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

#include "harness.h"
#include "io/reader.h"
#include "quoth.h"
#include "tag/model.h"
#include "tag/model_file.h"

/* ------------------------------------------------------------- helpers */

/* The built-in model (or, when it does not load, a rules-only one, after a
 * failed check: the other cases still run). */
static quoth_model *model_or_rules(void) {
    quoth_model *m = NULL;
    int rc = quoth_model_load_default(&m);
    CHECK_INT(rc, QUOTH_OK);
    if (rc) CHECK_INT(quoth_model_load_memory(NULL, 0, &m), QUOTH_OK);
    return m;
}

static double cpu_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* `n` bytes made of `unit` repeated (the last copy cut); a unit holding
 * %s: with a new name there each time ("Zaaaa", "Zbaaa" ...); unit NULL: of
 * sentences each naming two new people, with titles. */
static char *repeat(const char *unit, size_t n) {
    char *s = malloc(n + 1);
    if (!unit) {
        size_t k = 0;
        for (unsigned i = 0; k < n; i++) {
            char w[96];
            int m = snprintf(w, sizeof w, "Mr. Z%c%c%c, the spokesman, said the minister %c%c said. ",
                             'a' + i % 26, 'a' + i / 26 % 26, 'a' + i / 676 % 26, 'A' + i % 26, 'a' + i / 26 % 26);
            for (int j = 0; j < m && k < n; j++) s[k++] = w[j];
        }
        s[n] = 0;
        return s;
    }
    if (strstr(unit, "%s")) { /* the unit again and again, each %s a different name each time */
        size_t k = 0;
        for (unsigned i = 0; k < n; i++) {
            char name[8];
            snprintf(name, sizeof name, "Z%c%c%c%c", 'a' + i % 26, 'a' + i / 26 % 26, 'a' + i / 676 % 26,
                     'a' + i / 17576 % 26);
            /* replaced by hand, not by printf: a unit may hold several */
            for (const char *u = unit; *u && k < n; u++)
                if (u[0] == '%' && u[1] == 's') {
                    for (const char *c = name; *c && k < n; c++) s[k++] = *c;
                    u++;
                } else
                    s[k++] = *u;
        }
        s[n] = 0;
        return s;
    }
    size_t k = strlen(unit);
    for (size_t i = 0; i < n; i++) s[i] = unit[i % k];
    s[n] = 0;
    return s;
}

/* The fastest of three extractions of `unit` repeated to n bytes; the
 * number of tokens found goes to *tokens. */
static double time_extract(quoth_engine *e, const char *unit, size_t n, size_t *tokens) {
    char *s = repeat(unit, n);
    double best = 1e30;
    for (int r = 0; r < 3; r++) {
        const quoth_doc *doc;
        double t0 = cpu_seconds();
        int rc = quoth_extract(e, s, n, &doc);
        double t = cpu_seconds() - t0;
        CHECK_INT(rc, QUOTH_OK);
        if (rc) break;
        *tokens = quoth_doc_token_count(doc);
        if (t < best) best = t;
    }
    free(s);
    return best;
}

/* Extraction of `unit` repeated to 4N bytes costs less than 10 times that
 * of N bytes, and finds 4 times the tokens (within a unit's worth). */
static void check_linear(quoth_engine *e, const char *what, const char *unit, size_t n) {
    size_t tok1 = 0, tok4 = 0;
    time_extract(e, unit, n / 4, &tok1); /* warms the engine's buffers up */
    double t1 = time_extract(e, unit, n, &tok1);
    double t4 = time_extract(e, unit, 4 * n, &tok4);
    double ratio = t4 / (t1 > 1e-4 ? t1 : 1e-4);
    if (ratio >= 10.0 || getenv("QUOTH_TEST_VERBOSE"))
        fprintf(stderr, "  %s: %zu bytes %.4f s, %zu bytes %.4f s: ratio %.1f\n", what, n, t1, 4 * n, t4, ratio);
    CHECK(ratio < 10.0);
    CHECK(tok1 > 0);
    CHECK(tok4 + 8 >= 4 * tok1 && tok4 <= 4 * tok1 + 8);
}

/* The text of span s of doc. */
static int span_is(const quoth_doc *doc, const quoth_span *s, const char *want) {
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    size_t n = s->byte_end - s->byte_start;
    return s->byte_end <= len && strlen(want) == n && memcmp(text + s->byte_start, want, n) == 0;
}

static char tmp_dir[64];

static const char *tmp_path(const char *name) {
    static char path[160]; /* test-only scratch; one path in use at a time */
    if (!tmp_dir[0]) {
        snprintf(tmp_dir, sizeof tmp_dir, "/tmp/quoth-hostile-XXXXXX");
        if (!mkdtemp(tmp_dir)) tmp_dir[0] = 0;
    }
    snprintf(path, sizeof path, "%s/%s", tmp_dir, name);
    return path;
}

static int write_file(const char *path, const void *data, size_t n) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    int ok = fwrite(data, 1, n, f) == n;
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* ---------------------------------------------------------------- text */

/* Invalid UTF-8 becomes U+FFFD as Python's errors="replace" does it, one per
 * maximal invalid sequence, counted; "\r\n" stays (a text is taken as
 * given: a file's newlines are its reader's to make universal). */
static void test_invalid_utf8(void) {
    quoth_model *m = model_or_rules();
    quoth_engine *e = quoth_engine_new(m, 0);
    static const char in[] = "He said \xff\xfe \"caf\xc3\" \xe2\x80 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf ok\r\nx";
    /* what Python reads (computed with open(..., errors="replace")) */
    static const char want[] = "He said \xef\xbf\xbd\xef\xbf\xbd \"caf\xef\xbf\xbd\" \xef\xbf\xbd "
                               "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd "
                               "\xef\xbf\xbd\xef\xbf\xbd ok\r\nx";
    const quoth_doc *doc;
    CHECK_INT(quoth_extract(e, in, sizeof in - 1, &doc), QUOTH_OK);
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    CHECK_INT(len, sizeof want - 1);
    CHECK_MEM(text, len, want);
    CHECK_INT(quoth_doc_repairs(doc), 13);
    CHECK_INT(quoth_doc_length(doc), 37);
    /* every token's span lies inside the repaired text */
    int inside = 1;
    for (size_t i = 0; i < quoth_doc_token_count(doc); i++) {
        quoth_token_info t;
        CHECK_INT(quoth_doc_token(doc, i, &t), QUOTH_OK);
        inside &= t.span.byte_end <= len && t.span.end <= 37;
    }
    CHECK(inside);
    /* a valid document after it has no repairs left over */
    CHECK_INT(quoth_extract(e, "\"Fine,\" she said.", 17, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_repairs(doc), 0);
    quoth_engine_free(e);
    quoth_model_free(m);
}

/* The spans of a document as lines of its quotes' type and spans (cue,
 * sources, contents), each offset moved back by the "\r" before it in
 * `text` (the document's own text, or one without them); then its counts
 * of tokens, sentences and paragraphs. */
static void describe_spans(const quoth_doc *doc, const char *text, char *out, size_t cap) {
    size_t n = 0;
    out[0] = '\0';
    for (size_t q = 0; q < quoth_doc_quote_count(doc); q++) {
        const quoth_quote *quote = quoth_doc_quote(doc, q);
        const quoth_span *spans[8];
        size_t k = 0;
        if (quote->has_cue) spans[k++] = &quote->cue;
        for (size_t i = 0; i < quote->n_sources && k < 8; i++) spans[k++] = &quote->sources[i];
        for (size_t i = 0; i < quote->n_contents && k < 8; i++) spans[k++] = &quote->contents[i];
        n += (size_t)snprintf(out + n, cap - n, "%d", (int)quote->type);
        for (size_t i = 0; i < k && n < cap; i++) {
            size_t crs_before_start = 0, crs_before_end = 0;
            for (size_t b = 0; b < spans[i]->byte_end; b++)
                if (text[b] == '\r') crs_before_start += b < spans[i]->byte_start, crs_before_end++;
            n += (size_t)snprintf(out + n, cap - n, " %zu-%zu", spans[i]->start - crs_before_start,
                                  spans[i]->end - crs_before_end);
        }
        if (n < cap) n += (size_t)snprintf(out + n, cap - n, "\n");
    }
    size_t tokens = quoth_doc_token_count(doc);
    quoth_token_info last;
    if (tokens && quoth_doc_token(doc, tokens - 1, &last) == QUOTH_OK && n < cap)
        snprintf(out + n, cap - n, "%zu tokens, %zu sentences, %zu paragraphs\n", tokens,
                 quoth_doc_sentence_count(doc), last.paragraph + 1);
}

/* A text is taken as given: its "\r\n" stay, and offsets count them, as
 * the caller's string does (Python's len() of a JSON field, say). It reads
 * as the same text with "\n": the same statements, each offset moved on by
 * the "\r" before it; and a lone "\r" ends a line as "\n" does. */
static void test_carriage_returns_as_given(void) {
    static const char unix_text[] = "The council met on Monday.\n\n\"We will build the wall,\" said Mayor Ann Lee.\n"
                                    "Lee added that the work would start in May.\n\nThe vote was close.\n";
    char crlf[512], cr[512];
    size_t n_crlf = 0, n_cr = 0;
    for (const char *p = unix_text; *p; p++) {
        if (*p == '\n') crlf[n_crlf++] = '\r';
        crlf[n_crlf++] = *p;
        cr[n_cr++] = *p == '\n' ? '\r' : *p;
    }
    crlf[n_crlf] = cr[n_cr] = '\0';
    quoth_model *m = model_or_rules();
    quoth_engine *e = quoth_engine_new(m, 0);
    char want[2048], got[2048];
    const quoth_doc *doc;
    CHECK_INT(quoth_extract(e, unix_text, sizeof unix_text - 1, &doc), QUOTH_OK);
    describe_spans(doc, unix_text, want, sizeof want);
    CHECK(quoth_doc_quote_count(doc) >= 2);
    CHECK_INT(quoth_extract(e, crlf, n_crlf, &doc), QUOTH_OK);
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    CHECK_MEM(text, len, crlf);
    CHECK_INT(quoth_doc_length(doc), n_crlf);
    describe_spans(doc, text, got, sizeof got);
    CHECK_STR(got, want);
    CHECK_INT(quoth_extract(e, cr, n_cr, &doc), QUOTH_OK);
    describe_spans(doc, unix_text, got, sizeof got); /* no offset moves */
    CHECK_STR(got, want);
    quoth_engine_free(e);
    quoth_model_free(m);
}

/* NUL bytes are characters like any other: kept, counted in offsets, and
 * the quote around them still found. */
static void test_nul_bytes(void) {
    quoth_model *m = model_or_rules();
    quoth_engine *e = quoth_engine_new(m, 0);
    static const char in[] = "a\0b \"We are ready,\" Ann Lee said.\0\0";
    const quoth_doc *doc;
    CHECK_INT(quoth_extract(e, in, sizeof in - 1, &doc), QUOTH_OK);
    size_t len;
    quoth_doc_text(doc, &len);
    CHECK_INT(len, sizeof in - 1);
    CHECK_INT(quoth_doc_length(doc), sizeof in - 1);
    CHECK_INT(quoth_doc_quote_count(doc), 1);
    if (quoth_doc_quote_count(doc) == 1) {
        const quoth_quote *q = quoth_doc_quote(doc, 0);
        CHECK_INT(q->n_contents, 1);
        CHECK(span_is(doc, &q->contents[0], "\"We are ready,\""));
        CHECK_INT(q->contents[0].start, 4);
        CHECK(q->has_cue && span_is(doc, &q->cue, "said"));
    }
    /* a document of nothing but NULs */
    static const char zeros[4096] = {0};
    CHECK_INT(quoth_extract(e, zeros, sizeof zeros, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    quoth_engine_free(e);
    quoth_model_free(m);
}

static void test_empty(void) {
    quoth_model *m = model_or_rules();
    quoth_engine *e = quoth_engine_new(m, 0);
    const quoth_doc *doc;
    CHECK_INT(quoth_extract(e, "", 0, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    CHECK_INT(quoth_doc_token_count(doc), 0);
    CHECK_INT(quoth_extract(e, NULL, 0, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    CHECK_INT(quoth_extract(e, "   \n\n\r\n\t ", 10, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_quote_count(doc), 0);
    CHECK_INT(quoth_extract(NULL, "x", 1, &doc), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_extract(e, NULL, 5, &doc), QUOTH_ERR_INVALID);
    quoth_engine_free(e);
    quoth_model_free(m);
}

/* Megabytes of adversarial text: each extracts, with sane results, in time
 * linear in its size. */
static void test_adversarial_linear(void) {
    quoth_model *m = model_or_rules();
    quoth_engine *e = quoth_engine_new(m, 0);
    const quoth_doc *doc;

    /* 2 MB of unbalanced quotation marks: no quote can be closed sensibly */
    char *marks = repeat("\"", 2u << 20);
    CHECK_INT(quoth_extract(e, marks, 2u << 20, &doc), QUOTH_OK);
    CHECK(quoth_doc_token_count(doc) > 0);
    free(marks);
    char *curly = repeat("\xe2\x80\x9c He said \xc2\xab x \xe2\x80\x98 ", 2u << 20);
    CHECK_INT(quoth_extract(e, curly, 2u << 20, &doc), QUOTH_OK);
    free(curly);

    /* a 1 MB sentence, no period anywhere (the splitter may cut it into
     * pieces of bounded length, but never into one piece per word) */
    char *sentence = repeat("the minister said that ", 1u << 20);
    CHECK_INT(quoth_extract(e, sentence, 1u << 20, &doc), QUOTH_OK);
    CHECK(quoth_doc_sentence_count(doc) >= 1);
    CHECK(quoth_doc_sentence_count(doc) < quoth_doc_token_count(doc) / 16);
    free(sentence);

    /* a million cue words in a row */
    char *cues = repeat("said ", 5000000);
    CHECK_INT(quoth_extract(e, cues, 5000000, &doc), QUOTH_OK);
    CHECK_INT(quoth_doc_token_count(doc), 1000000);
    free(cues);

    check_linear(e, "unbalanced straight quotes", "\"", 256u << 10);
    check_linear(e, "unbalanced curly quotes", "\xe2\x80\x9c a \xe2\x80\x98 said \xc2\xab ", 256u << 10);
    check_linear(e, "quotes opened in every paragraph", "\"He said\n\n", 256u << 10);
    check_linear(e, "one long sentence", "the minister said that ", 256u << 10);
    check_linear(e, "cue words in a row", "said ", 256u << 10);
    check_linear(e, "cues and sources", "Ann Lee said he told her, according to ", 256u << 10);
    check_linear(e, "names", "Ann Lee Bo Chan Mr. Reyes ", 256u << 10);
    check_linear(e, "distinct names and titles", NULL, 256u << 10);
    /* thousands of people of one surname, organizations of one last word,
     * people's campaigns: each was compared with all before it (a
     * misspelling, with up to a thousand) */
    check_linear(e, "people of one surname", "%s Lund said.\n", 256u << 10);
    check_linear(e, "organizations of one last word", "%s Holdings said.\n", 256u << 10);
    check_linear(e, "a surname alone among others' of it", "Ms. %s Lund said.\nMr. Lund said.\n", 256u << 10);
    check_linear(e, "a misspelt surname among others' of it", "%s Lundqvist said.\nLundqvest said.\n", 256u << 10);
    /* surnames of a particle wait for every full name, then walk theirs
     * as a longer name's end; particles between names are counted */
    check_linear(e, "surnames of a particle among others' of it",
                 "%s de Lund said.\nDe Lund said.\nMr. de la Lund said. Ann de la de von der de Lund ", 256u << 10);
    check_linear(e, "people's campaigns", "Ann %s said it. Her campaign said so.\n", 256u << 10);
    /* a surname alone that no one bears is looked for as the first of two
     * surnames among the latest 256 people, not among all */
    check_linear(e, "first surnames among people of two", "Ann Lund Febo said. Ms. %s said.\n", 256u << 10);
    check_linear(e, "lead-ins in capitals", "THE MAYOR HAS BEEN CALLED OUT BY FELLOW SURGEONS %s -- she said ",
                 256u << 10);
    check_linear(e, "pronoun sources", "he said it, she told them that ", 256u << 10);
    check_linear(e, "quotes by pronouns", "\"No,\" he said. ", 256u << 10);
    check_linear(e, "organization pronouns", "They said. It said that they warned ", 256u << 10);
    check_linear(e, "pronouns among names in one sentence", "Ann Lee met the Harbor Authority, and he said that ",
                 256u << 10);
    check_linear(e, "titles and relative pronouns", "Sen. Ann Lee met the senator, who said that the union ",
                 256u << 10);
    check_linear(e, "titles", "the spokesman said. Mr. Aab, a spokesman, said the minister said ", 256u << 10);
    /* the rules of interviews, polls, campaigns, documents and descriptions look back
     * a bounded way: an answer's label, the poll or campaign named before */
    check_linear(e, "interview answers", "Q: Why?\n\nA: I said that it passed. I think that it was fine.\n\n",
                 256u << 10);
    check_linear(e, "polls", "A %s Research poll found that voters were tired. The poll also found that ",
                 256u << 10);
    check_linear(e, "campaigns and candidates",
                 "In a thread with Ann %s's campaign, the campaign said that it rained. The candidate said so.\n",
                 256u << 10);
    check_linear(e, "relative pronouns past roles", "Ada %s, a senior analyst at Firm Co., who said that rates fell, "
                 "left. Tom Kagan -- who said so -- left.\n", 256u << 10);
    check_linear(e, "documents and their makers",
                 "In a statement, Ann %s said that it rained. The statement said that a statement from the %s Group "
                 "and the Lee campaign's statement and a Lee campaign statement were late. The statement said ",
                 256u << 10);
    /* the session of the fourth audit's rules: reporting clauses that end a
     * sentence, clauses of anonymity, acronyms, companies by their first
     * word, offices, residents */
    check_linear(e, "reporting clauses at sentences' ends",
                 "China plans to cut its imports, two sources told Reuters. Acme %s expects profits to fall, people "
                 "familiar with the matter said on Tuesday. ",
                 256u << 10);
    check_linear(e, "clauses of anonymity", "A nurse who asked not to be named said staff had been told to leave. ",
                 256u << 10);
    check_linear(e, "acronyms", "The %s Maritime Commission (FMC) said it would. The FMC said so. ", 256u << 10);
    check_linear(e, "companies by their first word", "%s Airlines Inc. said it would. Skyward said so. ", 256u << 10);
    check_linear(e, "offices before names", "The Minister of Energy of Ukraine Oleksandr %s said it. The minister "
                 "said so. ", 256u << 10);
    check_linear(e, "descriptions and groups",
                 "Ann Lee, a retired surgeon, met Democrats in Iowa who said that the retired surgeon said ", 256u << 10);
    check_linear(e, "state descriptions and pronoun chains",
                 "Sen. Ann Lee (R-Ohio) met Sen. Bo Chan. The Ohio senator said that it rained. He left. He and his "
                 "staff said ",
                 256u << 10);
    /* headlines' capitals look their words up among the document's words
     * in small letters, sorted once */
    check_linear(e, "headlines among words in small letters",
                 "Ann %s Reportedly Told Voters Where The Port Stands.\n\nShe reportedly told voters where it stands.\n\n",
                 256u << 10);
    /* pronouns after quotations of whole sentences look past them (at
     * most four); headlines are cut at sources' ends and known bodies;
     * capitalized nouns opening sentences are looked up among the names
     * written inside sentences */
    check_linear(e, "pronouns past quoted sentences", "\xe2\x80\x9cNo. No\xe2\x80\x9d she said. ", 256u << 10);
    check_linear(e, "headlines cut at sources and bodies",
                 "Washington Post Hit Piece Slams Ann %s Over Port.\n\nLee Kay Blasts Drudge For Port.\n\n",
                 256u << 10);
    check_linear(e, "names opening sentences", "Ramos met Mr. %s Ramos. Ramos, a writer, said it. ", 256u << 10);
    /* hard-wrapped lines look back over their own line only; inverted
     * openings walk the statements once per sentence, within a budget */
    check_linear(e, "hard-wrapped lines",
                 "The port authority said on Tuesday that it would delay the\n"
                 "Dredging Of The Channel, Ann %s of the Harbourton Council said\n",
                 256u << 10);
    check_linear(e, "inverted openings", "Said Ann %s, who runs the cafe, \"We thought so.\" Said the mayor: \"No.\"\n",
                 256u << 10);
    check_linear(e, "opinion openings and translated verbs",
                 "In his opinion, it rained. Minister Ann %s evaluated that it rained. This informed the union. ",
                 256u << 10);
    /* the twentieth audit's steps: each walks the statements of a
     * sentence or a paragraph it reads, within the budget */
    check_linear(e, "dash dialogue", "\u2014 We held, \u2014 Colonel %s admitted. \u2014 But we held.\n\n", 256u << 10);
    check_linear(e, "quotations closed by a verb", "\u00ab We held \u00bb, protested %s. ", 256u << 10);
    check_linear(e, "source openings", "As reported by %s, it rained. In the opinion of Ann, it rained. ", 256u << 10);
    check_linear(e, "reports of reports", "Ann believes it rained, her spokesman, Devin %s, said. ", 256u << 10);
    check_linear(e, "closing colons", "Ann %s told the chamber:\n\n\"We are ready.\"\n\n", 256u << 10);
    /* the twenty-first audit's: character references, nicknames of
     * several words, teams named by their plural, run-on contents cut at
     * a second cue (each walks its sentence or a bounded list) */
    check_linear(e, "character references", "&quot;We held,&quot; %s&#8217;s chief said &mdash; &amp;&#;&foo ", 256u << 10);
    check_linear(e, "nicknames and teams",
                 "Ann \u201cBig %s Easy\u201d Lee said it. The Ridgeport %ss lost, the club said. The %ss said so. ",
                 256u << 10);
    check_linear(e, "run-on contents", "Ann %s noted that trade grew and expressed the hope that it would grow and "
                 "advised firms to wait. ", 256u << 10);
    /* the twenty-second and twenty-third audits': documents and polls
     * whose makers are looked for in the lede (within its first 1,000
     * tokens), short names of companies (among the last 256 speakers),
     * lede descriptions (after 16 names at most), brands in small letters */
    check_linear(e, "documents, polls and their makers",
                 "A report by the %s Bureau found that it rained.\n\nAccording to the report, it rained. The report, "
                 "the bureau's first, found it. A poll by the %s Institute found it. The same survey found it.\n\n",
                 256u << 10);
    check_linear(e, "short names and company nouns",
                 "Pennine %s Railways cancelled trains. Pennine %s said it. The shipbuilder said so. Analysts at "
                 "%s Bank wrote that it fell. kestrel%sPay said it. The Farmers' %s Guild said it.\n\n",
                 256u << 10);
    check_linear(e, "lede descriptions", "A former pharmacist testified that it rained.\n\nThe %s Institute told "
                 "jurors that it rained.\n\n", 256u << 10);
    /* the twenty-fourth and twenty-fifth audits': the body and the person
     * a story is about (the first 64 and 16 names), a union's local by its
     * number, names a source's clause gives, forms of address, "said in a
     * statement posted" */
    check_linear(e, "story subjects, locals and first names",
                 "Mr. %s said it rained. The company said so. Workers Union Local 41 said it. Later, Local 41 said it. "
                 "A woman who gave only her first name, %s, said it. Sister %s said it. Ann Lee said in a statement "
                 "posted on X that it rained. In a statement to %s Weekly, a spokesman for Acme said it. Mining %s "
                 "Watch said it. Farmers who spoke to the Daily %s said it.\n\n",
                 256u << 10);
    /* the twenty-eighth and twenty-ninth audits': a company that spoke
     * before, royal titles, documents that "the bank" made, nationalities'
     * bodies, relatives, a transcript's capitals */
    check_linear(e, "royals, companies, nations and transcripts",
                 "%s said it rained. The company wrote that it rained. King %s said so, the King said. The bank "
                 "published the minutes. The minutes showed it. The %sian government said it. The wife of Ann %s "
                 "said it. ANN %s: It rained.\n\n",
                 256u << 10);
    /* the seventeenth audit's statements: a verb inside a content after
     * an aside (whose first version scanned every statement for each),
     * parenthetical cues, semicolons and trailing participles */
    check_linear(e, "statements joined, split and set off",
                 "Aides said the plan, drafted by Ann %s, had asked for a truce. Wards, she continued, were full. "
                 "Ann said 900; police estimated 500. Ann warned that it rained, saying so. As AP reported earlier, "
                 "it shut. ",
                 256u << 10);
    /* each pair a joint speaker of its own, which "they" and "the couple"
     * stand for after it (source_joint.c looks back a bounded way) */
    check_linear(e, "joint speakers", "Ann %s and Tom Brandt said it. The couple said so. They said that ",
                 256u << 10);
    check_linear(e, "everything at once",
                 "\"a\" he said \xe2\x80\x9c b \xe2\x80\x9d Ann Lee said that the spokesman \xe2\x80\x98x ", 256u << 10);
    quoth_engine_free(e);
    quoth_model_free(m);
}

/* ---------------------------------------------------------------- readers */

/* The fastest of three reads of a page: `head`, then `unit` repeated k
 * times, then the text of a statement. */
static double time_html(const char *head, const char *unit, size_t k) {
    size_t unit_len = strlen(unit), cap = strlen(head) + k * unit_len + 64;
    char *html = malloc(cap);
    if (!html) abort();
    size_t n = (size_t)sprintf(html, "%s", head);
    for (size_t i = 0; i < k; i++, n += unit_len) memcpy(html + n, unit, unit_len);
    n += (size_t)sprintf(html + n, "<p>\"Here,\" Ann Lee said.</p>");
    double best = 1e30;
    for (int r = 0; r < 3; r++) {
        quoth_html_article a;
        double t0 = cpu_seconds();
        int rc = quoth_html_extract(html, n, &a);
        double t = cpu_seconds() - t0;
        CHECK_INT(rc, QUOTH_OK);
        if (rc) break;
        quoth_html_article_free(&a);
        if (t < best) best = t;
    }
    free(html);
    return best;
}

/* A page of `unit` repeated to 4N bytes costs less than 10 times one of N
 * bytes: the rules that look up at an element's ancestors (a <header>
 * inside an <article>) or down at a block's first words (a label) are
 * bounded. Pages of 64 KB and 256 KB: a parsed page takes some twenty
 * times its size, and its tree's allocations weigh on the time (four
 * times the page takes 3.8 times the instructions, but up to 11 times the
 * time): the bound is 12, where a quadratic rule would take 16. */
static void check_html_linear(const char *what, const char *head, const char *unit, size_t bytes) {
    size_t k = bytes / strlen(unit);
    time_html(head, unit, k / 4); /* warms up */
    double t1 = time_html(head, unit, k), t4 = time_html(head, unit, 4 * k);
    double ratio = t4 / (t1 > 1e-4 ? t1 : 1e-4);
    if (ratio >= 12.0 || getenv("QUOTH_TEST_VERBOSE"))
        fprintf(stderr, "  %s: %zu units %.4f s, %zu units %.4f s: ratio %.1f\n", what, k, t1, 4 * k, t4, ratio);
    CHECK(ratio < 12.0);
}

static void test_html_linear(void) {
    static const struct {
        const char *what, *head, *unit;
    } PAGES[] = {
        {"empty elements under nested blocks",
         "<html><body><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>",
         "<span></span>"},
        {"sibling articles", "<html><body>", "<article><p>Ann Lee said it rained today.</p></article>"},
        {"headlines", "<html><head><title>Storm live | Post</title></head><body>", "<h1>Storm live</h1>"},
        {"footnote marks and breaks", "<html><body><article><div>",
         "Ann Lee said it<sup><a href=\"#f\">1</a></sup>.<br><br>"},
        {"class names", "<html><body>", "<div class=\"a-b-c-d-e-f-g-h-i-j-k-l\">Ann said it.</div>"},
        {"headers in articles", "<html><body>", "<article><header><h1>Storm</h1></header><p>Ann said it.</p></article>"},
    };
    for (size_t i = 0; i < sizeof PAGES / sizeof *PAGES; i++)
        check_html_linear(PAGES[i].what, PAGES[i].head, PAGES[i].unit, 64u << 10);
}

/* gumbo's parse takes time quadratic in how deep elements nest (80,000
 * <div>s: 11 s): a page nested past the bound is refused at once, in any
 * of the ways pages nest; comments and scripts that hold tags do not
 * count, and a long page of shallow elements is read. */
static void test_html_nesting_refused(void) {
    static const char *const UNITS[] = {"<div>", "<header>", "<ul><li><a href=\"/x\">Ann</a>", "<section><span>"};
    size_t cap = 4u << 20;
    char *html = malloc(cap);
    if (!html) abort();
    for (size_t u = 0; u < sizeof UNITS / sizeof *UNITS; u++) {
        size_t n = 0, m = strlen(UNITS[u]);
        for (size_t i = 0; i < 100000 && n + m < cap; i++, n += m) memcpy(html + n, UNITS[u], m);
        quoth_html_article a;
        CHECK_INT(quoth_html_extract(html, n, &a), QUOTH_ERR_TOO_LARGE);
    }
    static const char *const HARMLESS[] = {"<!-- <div> -->", "<script>document.write('<div>')</script>",
                                           "<div>Ann Lee said it.</div>", "<p>Ann Lee said it.", "<br><img src=x>"};
    for (size_t u = 0; u < sizeof HARMLESS / sizeof *HARMLESS; u++) {
        size_t n = (size_t)sprintf(html, "<html><body>"), m = strlen(HARMLESS[u]);
        for (size_t i = 0; i < 40000 && n + m < cap; i++, n += m) memcpy(html + n, HARMLESS[u], m);
        quoth_html_article a;
        CHECK_INT(quoth_html_extract(html, n, &a), QUOTH_OK);
        quoth_html_article_free(&a);
    }
    free(html);
}

/* HTML nested ten thousand deep: the text at the bottom is still found. */
static void test_html_deep(void) {
    size_t depth = 10000;
    size_t cap = depth * 11 + 200, n = 0;
    char *html = malloc(cap);
    n += (size_t)sprintf(html + n, "<html><body>");
    for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(html + n, "<div>");
    n += (size_t)sprintf(html + n, "<p>\"Deep,\" Ann Lee said.</p>");
    for (size_t i = 0; i < depth; i++) n += (size_t)sprintf(html + n, "</div>");
    quoth_html_article a;
    memset(&a, 0, sizeof a);
    CHECK_INT(quoth_html_extract(html, n, &a), QUOTH_OK);
    CHECK(a.text && strstr(a.text, "\"Deep,\" Ann Lee said.") != NULL);
    quoth_html_article_free(&a);
    /* never closed, inline elements */
    n = (size_t)sprintf(html, "<body>");
    for (size_t i = 0; i < depth / 2; i++) n += (size_t)sprintf(html + n, "<b><i>");
    n += (size_t)sprintf(html + n, "\"Deeper,\" Bo Chan said.");
    memset(&a, 0, sizeof a);
    CHECK_INT(quoth_html_extract(html, n, &a), QUOTH_OK);
    CHECK(a.text && strstr(a.text, "\"Deeper,\" Bo Chan said.") != NULL);
    quoth_html_article_free(&a);
    free(html);
}

typedef struct read_doc {
    char id[64], error[256], origin[256];
    int has_text;
} read_doc;

/* Reads every document of `path`; returns how many (at most cap kept). */
static size_t read_all(const char *path, quoth_input_format format, size_t max, read_doc *out, size_t cap,
                       int *final_rc) {
    quoth_reader_options o = {.format = format, .max_doc_bytes = max};
    quoth_reader *r;
    *final_rc = quoth_reader_open(path, &o, &r);
    if (*final_rc) return 0;
    quoth_input_doc d;
    size_t n = 0;
    while ((*final_rc = quoth_reader_next(r, &d)) == 0) {
        if (n < cap) {
            snprintf(out[n].id, sizeof out[n].id, "%s", d.meta.id);
            snprintf(out[n].error, sizeof out[n].error, "%s", d.error ? d.error : "");
            snprintf(out[n].origin, sizeof out[n].origin, "%s", d.meta.origin ? d.meta.origin : "");
            out[n].has_text = d.text != NULL;
        }
        n++;
    }
    quoth_reader_close(r);
    return n;
}

/* Every line gives one document, the bad ones an error naming the line. */
static void test_jsonl_malformed(void) {
    static const char lines[] = "{\"id\": \"a\", \"text\": \"fine\"}\n"
                                "{\"id\": \"b\", \"text\": \n"
                                "{\"id\": \"c\"}\n"
                                "\x01\x00\x02\n"
                                "[1, 2]\n"
                                "{\"id\": \"d\", \"text\": \"bad escape \\u00\"}\n"
                                "{\"id\": \"e\", \"text\": \"0123456789012345678901234567890123456789\"}\n"
                                "\n"
                                "{\"id\": \"f\", \"text\": \"last, no newline\"}";
    const char *path = tmp_path("bad.jsonl");
    CHECK_INT(write_file(path, lines, sizeof lines - 1), 0);
    read_doc d[16];
    int rc;
    size_t n = read_all(path, QUOTH_INPUT_JSONL, 40, d, 16, &rc);
    CHECK_INT(rc, QUOTH_ERR_EOF);
    CHECK_INT(n, 8); /* the blank line is no document */
    if (n != 8) return;
    CHECK_STR(d[0].id, "a");
    CHECK(d[0].has_text && !d[0].error[0]);
    CHECK(strstr(d[1].error, "malformed JSON") != NULL);
    CHECK(strstr(d[1].origin, "bad.jsonl:2") != NULL);
    CHECK_STR(d[2].id, "c");
    CHECK(strstr(d[2].error, "no \"text\" field") != NULL);
    CHECK(strstr(d[3].error, "malformed JSON") != NULL);
    CHECK(strstr(d[3].origin, "bad.jsonl:4") != NULL);
    CHECK(strstr(d[4].error, "not a JSON object") != NULL);
    CHECK(strstr(d[5].error, "malformed JSON") != NULL);
    CHECK(strstr(d[6].error, "longer than --max-doc-size") != NULL); /* the 40-byte limit */
    CHECK(strstr(d[6].origin, "bad.jsonl:7") != NULL);
    CHECK_STR(d[7].id, "f");
    CHECK(d[7].has_text && !d[7].error[0]);
}

/* gzip of `data` in one member, cut to `keep` bytes. */
static size_t gzip_cut(const char *data, size_t n, unsigned char *out, size_t cap, size_t keep) {
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK) return 0;
    z.next_in = (unsigned char *)(uintptr_t)data;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    size_t total = cap - z.avail_out;
    deflateEnd(&z);
    return keep < total ? keep : total;
}

/* A gzip stream cut short: the documents before the cut, then one error
 * document saying so; never a hang or a crash. */
static void test_truncated_gzip(void) {
    char lines[4096];
    size_t n = 0;
    for (int i = 0; i < 40; i++)
        n += (size_t)snprintf(lines + n, sizeof lines - n, "{\"id\": \"d%d\", \"text\": \"Document %d.\"}\n", i, i);
    unsigned char gz[8192];
    size_t full = gzip_cut(lines, n, gz, sizeof gz, sizeof gz);
    CHECK(full > 100);
    const char *path = tmp_path("cut.jsonl.gz");
    read_doc d[64];
    int rc;
    for (size_t keep = 11; keep < full; keep += full / 7) {
        CHECK_INT(write_file(path, gz, keep), 0);
        size_t got = read_all(path, QUOTH_INPUT_AUTO, 0, d, 64, &rc);
        CHECK_INT(rc, QUOTH_ERR_EOF);
        CHECK(got >= 1 && got <= 41);
        if (got < 1 || got > 64) continue;
        CHECK(strstr(d[got - 1].error, "truncated gzip") != NULL);
        for (size_t i = 0; i + 1 < got; i++) /* the whole lines before the cut are intact */
            if (!d[i].error[0]) CHECK(d[i].has_text);
    }
    /* not gzip at all after the magic bytes */
    static const unsigned char junk[] = {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3};
    CHECK_INT(write_file(path, junk, sizeof junk), 0);
    size_t got = read_all(path, QUOTH_INPUT_AUTO, 0, d, 64, &rc);
    CHECK_INT(rc, QUOTH_ERR_EOF);
    CHECK_INT(got, 1);
    CHECK(got == 1 && d[0].error[0]);
}

/* A WARC record cut in its block: an error document naming the offset. */
static void test_truncated_warc(void) {
    static const char body[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>\"One,\" Ann Lee said.</p>";
    char warc[2048];
    int n = 0;
    for (int i = 0; i < 2; i++)
        n += snprintf(warc + n, sizeof warc - (size_t)n,
                      "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x/%d\r\n"
                      "WARC-Record-ID: <urn:uuid:r%d>\r\nContent-Type: application/http; msgtype=response\r\n"
                      "Content-Length: %zu\r\n\r\n%s\r\n\r\n",
                      i, i, sizeof body - 1, body);
    const char *path = tmp_path("cut.warc");
    CHECK_INT(write_file(path, warc, (size_t)n - 30), 0);
    read_doc d[8];
    int rc;
    size_t got = read_all(path, QUOTH_INPUT_WARC, 0, d, 8, &rc);
    CHECK_INT(rc, QUOTH_ERR_EOF);
    CHECK_INT(got, 2);
    if (got != 2) return;
    CHECK_STR(d[0].id, "urn:uuid:r0");
    CHECK(d[0].has_text && !d[0].error[0]);
    CHECK_STR(d[1].id, "urn:uuid:r1");
    CHECK(strstr(d[1].error, "truncated WARC record") != NULL);
}

/* HTTP bodies of WARC records with broken chunk sizes (found by fuzz_warc):
 * sizes that run to the end of the body, signs, sizes larger than the body.
 * Each body lies in memory before bytes that are not its own (more hex
 * digits and a newline, as in the reader's window), which the decoder must
 * not read: it once took them for the rest of the size and copied "minus
 * 21" bytes. */
static void test_broken_chunks(void) {
    static const char *const bodies[] = {"1234", "-15\r\nabc", "fffffffffffffffffff\r\n<p>x</p>",
                                         "5\r\n<p>\"A,\" she said.</p>\r\n0\r\n", " 10\r\nabc", "a", "3\r\nab"};
    static const char after[] = "ffff\nnot the body";
    quoth_decoder *d = quoth_decoder_new();
    quoth_reader_options o = {.format = QUOTH_INPUT_WARC};
    quoth_reader_options_resolve(&o);
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++) {
        size_t n = strlen(bodies[i]);
        char *mem = malloc(n + sizeof after);
        memcpy(mem, bodies[i], n);
        memcpy(mem + n, after, sizeof after);
        quoth_raw_doc raw;
        memset(&raw, 0, sizeof raw);
        raw.kind = QUOTH_RAW_HTTP;
        raw.data = mem;
        raw.len = n;
        raw.id = "chunked";
        raw.origin = "test.warc:0";
        raw.http_chunked = 1;
        quoth_input_doc doc;
        CHECK_INT(quoth_decode(d, &raw, &o, &doc), QUOTH_OK);
        CHECK(doc.error || doc.text);
        CHECK(!doc.text || doc.len <= n); /* nothing from beyond the body */
        free(mem);
    }
    quoth_decoder_free(d);
}

/* ----------------------------------------------------------------- models */

static void put_u32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* Sets the header's CRC to match the bytes (as model_file.c computes it). */
static void fix_crc(unsigned char *p, size_t n) {
    uLong crc = crc32(crc32(0L, Z_NULL, 0), p, 24);
    put_u32(p + 24, (uint32_t)crc32(crc, p + 28, (uInt)(n - 28)));
}

static int load(const unsigned char *p, size_t n) {
    quoth_model *m = (quoth_model *)(uintptr_t)1; /* must come back NULL on failure */
    int rc = quoth_model_load_memory(p, n, &m);
    if (rc) CHECK(m == NULL);
    quoth_model_free(rc ? NULL : m);
    return rc;
}

/* Every kind of damage to a model gives QUOTH_ERR_MODEL, never a crash. */
static void test_model_damage(void) {
    const void *def;
    size_t size;
    quoth_default_model_bytes(&def, &size);
    /* the built-in model when there is one, else a small container */
    quoth_mf_writer *w = quoth_mf_writer_new();
    static const unsigned char filler[300] = {1, 2, 3};
    CHECK_INT(quoth_mf_writer_add(w, "extra", filler, sizeof filler), QUOTH_OK);
    void *small;
    size_t small_size;
    CHECK_INT(quoth_mf_writer_write_memory(w, &small, &small_size), QUOTH_OK);
    quoth_mf_writer_free(w);
    const unsigned char *good = size ? def : small;
    size_t n = size ? size : small_size;
    CHECK_INT(load(good, n), QUOTH_OK);

    unsigned char *bad = malloc(n);
    /* truncated anywhere */
    size_t cuts[] = {1, 8, 31, 32, 33, 64, n / 3, n / 2, n - 64, n - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) CHECK_INT(load(good, cuts[i]), QUOTH_ERR_MODEL);
    /* one byte flipped: magic, version, section count, size, CRC, table, data */
    size_t flips[] = {0, 7, 8, 12, 16, 23, 24, 30, 40, 48, 60, n / 2, n - 1};
    for (size_t i = 0; i < sizeof flips / sizeof *flips; i++) {
        memcpy(bad, good, n);
        bad[flips[i]] ^= 0x40;
        CHECK_INT(load(bad, n), QUOTH_ERR_MODEL);
    }
    /* another format version, with a CRC that matches it */
    memcpy(bad, good, n);
    put_u32(bad + 8, QUOTH_MF_VERSION + 1);
    fix_crc(bad, n);
    CHECK_INT(load(bad, n), QUOTH_ERR_MODEL);
    /* a section that points past the end, the CRC made to match */
    memcpy(bad, good, n);
    for (int i = 0; i < 8; i++) bad[QUOTH_MF_HEADER_SIZE + 16 + i] = 0xff;
    fix_crc(bad, n);
    CHECK_INT(load(bad, n), QUOTH_ERR_MODEL);
    /* a section bigger than the file */
    memcpy(bad, good, n);
    bad[QUOTH_MF_HEADER_SIZE + 24 + 6] = 0x7f;
    fix_crc(bad, n);
    CHECK_INT(load(bad, n), QUOTH_ERR_MODEL);
    /* not a model at all */
    memset(bad, 'x', n);
    CHECK_INT(load(bad, n), QUOTH_ERR_MODEL);
    free(bad);

    /* sections of the right names holding garbage (a CRC that matches): the
     * section loaders check sizes and counts too (the entity tagger's are
     * only read with a part-of-speech tagger, so garbage alone is ignored) */
    static const char *const names[] = {"pos.weights", "attrib.weights", "lexicon"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        quoth_mf_writer *g = quoth_mf_writer_new();
        unsigned char junk[256];
        for (size_t k = 0; k < sizeof junk; k++) junk[k] = (unsigned char)(k * 37 + i);
        if (strcmp(names[i], "pos.weights") == 0) quoth_mf_writer_add(g, "pos.tags", junk, 40);
        if (strcmp(names[i], "attrib.weights") == 0) quoth_mf_writer_add(g, "attrib.meta", junk, 8);
        CHECK_INT(quoth_mf_writer_add(g, names[i], junk, sizeof junk), QUOTH_OK);
        void *file;
        size_t fsize;
        CHECK_INT(quoth_mf_writer_write_memory(g, &file, &fsize), QUOTH_OK);
        int rc = load(file, fsize);
        if (rc != QUOTH_ERR_MODEL) fprintf(stderr, "  garbage section %s: %s\n", names[i], quoth_status_string(rc));
        CHECK_INT(rc, QUOTH_ERR_MODEL);
        free(file);
        quoth_mf_writer_free(g);
    }

    /* files: truncated, empty, a directory, missing */
    quoth_model *m = NULL;
    const char *path = tmp_path("cut.qm");
    CHECK_INT(write_file(path, good, n / 2), 0);
    CHECK_INT(quoth_model_load_file(path, &m), QUOTH_ERR_MODEL);
    CHECK(m == NULL);
    CHECK_INT(write_file(path, "", 0), 0);
    CHECK_INT(quoth_model_load_file(path, &m), QUOTH_ERR_MODEL);
    CHECK(m == NULL);
    CHECK_INT(quoth_model_load_file(tmp_dir, &m), QUOTH_ERR_IO);
    CHECK_INT(quoth_model_load_file(tmp_path("missing.qm"), &m), QUOTH_ERR_IO);
    CHECK_STR(quoth_status_string(QUOTH_ERR_MODEL), "model file is corrupt, truncated or of another version");
    free(small);
}

/* The built-in model's sections in a new file, "attrib.words" replaced by
 * size bytes of words (left out when words is NULL). */
static int model_with_words(const void *words, size_t size, void **file, size_t *fsize) {
    const void *def;
    size_t def_size;
    quoth_default_model_bytes(&def, &def_size);
    quoth_mf mf;
    int rc = quoth_mf_open(def, def_size, &mf);
    quoth_mf_writer *w = quoth_mf_writer_new();
    for (uint32_t i = 0; !rc && i < mf.n_sections; i++) {
        const char *name;
        const void *data;
        size_t n;
        rc = quoth_mf_section_at(&mf, i, &name, &data, &n);
        if (!rc && strcmp(name, "attrib.words") != 0) rc = quoth_mf_writer_add(w, name, data, n);
    }
    if (!rc && words) rc = quoth_mf_writer_add(w, "attrib.words", words, size);
    if (!rc) rc = quoth_mf_writer_write_memory(w, file, fsize);
    quoth_mf_writer_free(w);
    return rc;
}

static int same_span(const quoth_span *a, const quoth_span *b) {
    return a->start == b->start && a->end == b->end;
}

/* Whether two extractions found the same attributions, to the confidence. */
static int same_quotes(const quoth_doc *a, const quoth_doc *b) {
    if (quoth_doc_quote_count(a) != quoth_doc_quote_count(b)) return 0;
    for (size_t i = 0; i < quoth_doc_quote_count(a); i++) {
        const quoth_quote *x = quoth_doc_quote(a, i), *y = quoth_doc_quote(b, i);
        if (x->type != y->type || x->has_cue != y->has_cue || !same_span(&x->cue, &y->cue) ||
            x->n_sources != y->n_sources || x->n_contents != y->n_contents || x->confidence != y->confidence)
            return 0;
        for (size_t k = 0; k < x->n_sources; k++)
            if (!same_span(&x->sources[k], &y->sources[k])) return 0;
        for (size_t k = 0; k < x->n_contents; k++)
            if (!same_span(&x->contents[k], &y->contents[k])) return 0;
    }
    return 1;
}

/* The model's word list (word_rows.h) only speeds up tagging: a model
 * without it finds the same attributions; a list that is not whole
 * 64-bit words is a damaged model. */
static void test_word_list(void) {
    const void *def;
    size_t def_size;
    quoth_default_model_bytes(&def, &def_size);
    if (!def_size) return; /* no built-in model in this build */
    static const unsigned char seven[7] = {1, 2, 3, 4, 5, 6, 7};
    void *file = NULL;
    size_t fsize;
    CHECK_INT(model_with_words(seven, sizeof seven, &file, &fsize), QUOTH_OK);
    CHECK_INT(load(file, fsize), QUOTH_ERR_MODEL);
    free(file);

    const char *text = "\"The talks are over,\" the spokesman said on Monday. Officials later told "
                       "reporters that a deal was still possible, according to two diplomats.\n\n"
                       "The minister, who spoke in Paris, said he hoped both sides would return.";
    quoth_model *with = NULL, *without = NULL;
    CHECK_INT(model_with_words(NULL, 0, &file, &fsize), QUOTH_OK);
    CHECK_INT(quoth_model_load_memory(file, fsize, &without), QUOTH_OK);
    free(file);
    CHECK_INT(quoth_model_load_memory(def, def_size, &with), QUOTH_OK);
    quoth_engine *a = with ? quoth_engine_new(with, 0) : NULL, *b = without ? quoth_engine_new(without, 0) : NULL;
    const quoth_doc *da = NULL, *db = NULL;
    CHECK(a && b);
    if (a && b) {
        CHECK_INT(quoth_extract(a, text, strlen(text), &da), QUOTH_OK);
        CHECK_INT(quoth_extract(b, text, strlen(text), &db), QUOTH_OK);
        CHECK(da && db && quoth_doc_quote_count(da) >= 2 && same_quotes(da, db));
    }
    quoth_engine_free(a);
    quoth_engine_free(b);
    quoth_model_free(with);
    quoth_model_free(without);
}

/* Training options that cannot give the model asked for are refused before
 * any work, and no model file is written. */
static void test_train_refuses(void) {
    const char *out = tmp_path("refused.qm");
    quoth_train_options o;
    quoth_train_defaults(&o);
    CHECK_INT(quoth_train(NULL, NULL), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_train(&o, NULL), QUOTH_ERR_INVALID); /* no corpus, no output */
    o.corpus = "tests/fixtures/eval/basic";
    o.output = out;
    o.epochs = 0;
    CHECK_INT(quoth_train(&o, NULL), QUOTH_ERR_INVALID);
    o.epochs = 1;
    o.parser = 1; /* the fixtures have no CoreNLP trees to learn it from */
    CHECK_INT(quoth_train(&o, NULL), QUOTH_ERR_INVALID);
    CHECK(access(out, F_OK) != 0);
}

static void test_cleanup(void) {
    static const char *const files[] = {"bad.jsonl", "cut.jsonl.gz", "cut.warc", "cut.qm"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) unlink(tmp_path(files[i]));
    CHECK_INT(rmdir(tmp_dir), 0);
}

TEST_MAIN(test_html_linear, test_html_nesting_refused, test_invalid_utf8, test_carriage_returns_as_given, test_nul_bytes, test_empty, test_adversarial_linear, test_html_deep,
          test_jsonl_malformed, test_truncated_gzip, test_truncated_warc, test_broken_chunks, test_model_damage,
          test_word_list, test_train_refuses, test_cleanup)
