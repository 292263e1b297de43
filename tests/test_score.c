/*
 * test_score.c - the brat reader, the prediction reader and the scorer.
 *
 * The expected figures were produced by running the shared referee,
 * python3 eval/score.py --gold tests/fixtures/eval/basic --pred ... [--json]
 * (and scripts/speakers_check.py for the speakers count) on these fixtures
 * while the port was written; they are hard-coded here so that the test
 * needs neither Python nor the shared folder. The fixtures are invented
 * sentences: multi-byte characters, "\r\n" line ends, discontinuous and
 * two-piece contents, an attribution without source, two annotators of one
 * text, malformed .ann lines, bad prediction lines.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attrib/engine.h"
#include "attrib/score.h"
#include "harness.h"
#include "io/brat.h"
#include "io/jsonl_pred.h"

#define FIX "tests/fixtures/eval/"

static quoth_brat_corpus *load(const char *dir) {
    quoth_brat_corpus *c = NULL;
    int rc = quoth_brat_corpus_load(dir, &c);
    CHECK_INT(rc, 0);
    return c;
}

static int near(double got, double want) {
    return fabs(got - want) < 1e-9;
}

#define CHECK_PRF(v, P, R, F, NP, NG) \
    do { \
        CHECK(near((v).p, P)); \
        CHECK(near((v).r, R)); \
        CHECK(near((v).f1, F)); \
        CHECK_INT((v).pred, NP); \
        CHECK_INT((v).gold, NG); \
    } while (0)

static void test_gold_corpus(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    CHECK_INT(c->n, 3);
    CHECK_INT(c->skipped, 1); /* delta.txt has no .ann */
    CHECK_INT(c->skipped_lines, 2); /* bravo: "T99" without a tab, E9 naming T lines there are not */
    CHECK_STR(c->docs[0].name, "alpha");
    CHECK_STR(c->docs[1].name, "bravo");
    CHECK_STR(c->docs[2].name, "charlie");
    CHECK_STR(c->docs[2].ann, "charlie_anna.ann"); /* the first annotator by name */
    CHECK_INT(c->docs[2].gold.n, 2);
    CHECK_INT(quoth_brat_corpus_find(c, "bravo"), 1);
    CHECK_INT(quoth_brat_corpus_find(c, "delta"), -1);

    const quoth_brat_doc *a = &c->docs[0];
    CHECK_INT(a->n_cp, 400);
    CHECK_INT(a->len, 432);
    CHECK_INT(a->gold.n, 7); /* the Discuss span and the note are no attributions */
    CHECK_STR(a->gold.items[2].event, "E3");
    CHECK_INT(a->gold.items[2].n_contents, 2); /* "133 151;162 186" */
    CHECK_INT(a->gold.items[1].n_contents, 2); /* Content and Content2 */
    CHECK_INT(a->gold.items[4].n_sources, 0);  /* Attribution-no-source */
    CHECK_INT(a->gold.items[4].n_cue, 1);
    const quoth_eval_span *src = &a->gold.items[0].sources[0];
    CHECK_INT(src->start, 80);
    CHECK_INT(src->end, 96);
    size_t b0 = quoth_brat_doc_byte(a, src->start), b1 = quoth_brat_doc_byte(a, src->end);
    CHECK_INT(b0, 90);
    CHECK_INT(b1, 109);
    CHECK_MEM(a->text + b0, b1 - b0, "Mayor Zoë Åström");
    CHECK_INT(quoth_brat_doc_byte(a, -5), 0);
    CHECK_INT(quoth_brat_doc_byte(a, 10000), 432);

    const quoth_brat_doc *b = &c->docs[1]; /* "\r\n" in the file */
    CHECK_INT(b->n_cp, 166);
    CHECK_INT(b->len, 166);
    CHECK(strchr(b->text, '\r') == NULL);
    CHECK_INT(b->gold.n, 3); /* the malformed lines are skipped */
    quoth_brat_corpus_free(c);
}

static quoth_preds read_preds(const quoth_brat_corpus *c, const char *path) {
    quoth_preds p;
    CHECK_INT(quoth_preds_init(&p, c), 0);
    CHECK_INT(quoth_jsonl_pred_load(path, c, &p), 0);
    return p;
}

static void test_prediction_file(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p = read_preds(c, FIX "basic-pred.jsonl");
    CHECK_INT(p.n_problems, 4);
    CHECK(p.problems[0] && strncmp(p.problems[0], "line 3: not JSON", 16) == 0);
    CHECK_STR(p.problems[1], "alpha: contents text differs from the offsets (code points expected)");
    CHECK_STR(p.problems[2], "alpha: sources text differs from the offsets (code points expected)");
    CHECK_STR(p.problems[3], "bravo: cue span -4..-1 outside the text");
    CHECK_INT(p.docs[0].n, 7); /* two lines for alpha: the second extends the first */
    CHECK_INT(p.docs[1].n, 3); /* the quote without content is dropped */
    CHECK_INT(p.docs[2].n, 0);
    CHECK(p.present[2]); /* "quotes": null still counts as a record */
    CHECK_STR(p.docs[0].items[0].speaker, "Zoë Åström");
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* score.py --json on basic-pred.jsonl. */
static void test_figures(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p = read_preds(c, FIX "basic-pred.jsonl");
    quoth_eval_report r;
    CHECK_INT(quoth_eval_report_make(c, &p, &r), 0);
    CHECK_INT(r.docs, 3);
    CHECK_INT(r.docs_predicted, 3);
    CHECK_INT(r.problems, 4);
    CHECK_PRF(r.all.who_said_what, 0.9, 0.75, 0.8182, 10, 12);
    CHECK_PRF(r.all.content_overlap, 0.8511, 0.7143, 0.7767, 47, 56);
    CHECK_PRF(r.all.content_exact, 0.5, 0.4167, 0.4545, 10, 12);
    CHECK_PRF(r.all.source_exact, 0.6667, 0.5455, 0.6, 9, 11);
    CHECK_PRF(r.all.cue_exact, 0.75, 0.5, 0.6, 8, 12);
    CHECK_PRF(r.direct.who_said_what, 1.0, 0.75, 0.8571, 3, 4);
    CHECK_PRF(r.direct.content_overlap, 1.0, 0.5909, 0.7429, 13, 22);
    CHECK_PRF(r.direct.content_exact, 0.6667, 0.5, 0.5714, 3, 4);
    CHECK_PRF(r.direct.source_exact, 1.0, 0.75, 0.8571, 3, 4);
    CHECK_PRF(r.direct.cue_exact, 1.0, 0.75, 0.8571, 3, 4);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* score.py's text output for basic-pred.jsonl, byte for byte. */
static const char EXPECTED_TEXT[] =
    "3 gold documents, 3 with predictions\n"
    "figure                 subset         P       R      F1    pred    gold\n"
    "who_said_what          all        0.900   0.750   0.818      10      12\n"
    "content_overlap        all        0.851   0.714   0.777      47      56\n"
    "content_exact          all        0.500   0.417   0.455      10      12\n"
    "source_exact           all        0.667   0.545   0.600       9      11\n"
    "cue_exact              all        0.750   0.500   0.600       8      12\n"
    "who_said_what          direct     1.000   0.750   0.857       3       4\n"
    "content_overlap        direct     1.000   0.591   0.743      13      22\n"
    "content_exact          direct     0.667   0.500   0.571       3       4\n"
    "source_exact           direct     1.000   0.750   0.857       3       4\n"
    "cue_exact              direct     1.000   0.750   0.857       3       4\n"
    "summary: who-said-what F1=0.818 content-overlap F1=0.777 content-exact F1=0.455 "
    "source-exact F1=0.600 cue-exact F1=0.600 direct-who-said-what F1=0.857 problems=4\n";

/* The start of score.py --json (json.dumps(indent=1)) for the same file. */
static const char EXPECTED_JSON_HEAD[] =
    "{\n \"docs\": 3,\n \"docs_predicted\": 3,\n \"all\": {\n  \"who_said_what\": {\n"
    "   \"p\": 0.9,\n   \"r\": 0.75,\n   \"f1\": 0.8182,\n   \"pred\": 10,\n   \"gold\": 12\n  },\n"
    "  \"content_overlap\": {\n   \"p\": 0.8511,\n";

static char *printed(const quoth_eval_report *r, int json) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    if (json) quoth_eval_report_print_json(f, r);
    else quoth_eval_report_print(f, r);
    fclose(f);
    return buf;
}

static void test_output(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p = read_preds(c, FIX "basic-pred.jsonl");
    quoth_eval_report r;
    CHECK_INT(quoth_eval_report_make(c, &p, &r), 0);
    char *text = printed(&r, 0), *json = printed(&r, 1);
    CHECK_STR(text, EXPECTED_TEXT);
    CHECK(json && strncmp(json, EXPECTED_JSON_HEAD, strlen(EXPECTED_JSON_HEAD)) == 0);
    CHECK(json && strstr(json, "\"f1\": 0.6,\n") != NULL);
    CHECK(json && strstr(json, "\"p\": 1.0,\n") != NULL);
    CHECK(json && strcmp(json + strlen(json) - 17, " \"problems\": 4\n}\n") == 0);
    free(text);
    free(json);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

static void test_no_predictions(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p = read_preds(c, FIX "empty-pred.jsonl");
    quoth_eval_report r;
    CHECK_INT(quoth_eval_report_make(c, &p, &r), 0);
    CHECK_INT(r.docs_predicted, 0);
    CHECK_PRF(r.all.who_said_what, 0.0, 0.0, 0.0, 0, 12);
    CHECK_PRF(r.all.source_exact, 0.0, 0.0, 0.0, 0, 11);
    CHECK_PRF(r.direct.content_overlap, 0.0, 0.0, 0.0, 0, 22);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

static int copy_spans(quoth_eval_span **to, size_t *n, const quoth_eval_span *from, size_t k) {
    return quoth_eval_spans_append(to, n, from, k);
}

/* Every gold attribution of c as a prediction, with `confidence` when it
 * is 0..1 and none otherwise. */
static void add_gold_as_predictions(const quoth_brat_corpus *c, quoth_preds *p, double confidence) {
    for (size_t i = 0; i < c->n; i++)
        for (size_t j = 0; j < c->docs[i].gold.n; j++) {
            const quoth_eval_attr *g = &c->docs[i].gold.items[j];
            quoth_eval_attr a = {0};
            CHECK_INT(copy_spans(&a.contents, &a.n_contents, g->contents, g->n_contents), 0);
            CHECK_INT(copy_spans(&a.sources, &a.n_sources, g->sources, g->n_sources), 0);
            CHECK_INT(copy_spans(&a.cue, &a.n_cue, g->cue, g->n_cue), 0);
            a.has_confidence = confidence >= 0 && confidence <= 1;
            a.confidence = confidence;
            CHECK_INT(quoth_preds_add(p, i, &a), 0);
        }
}

/* The in-memory path the trainer uses: gold scored against itself gives
 * 1.000 everywhere, as score.py --pred basic/attributions does. */
static void test_in_memory(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p;
    CHECK_INT(quoth_preds_init(&p, c), 0);
    add_gold_as_predictions(c, &p, -1);
    quoth_eval_attr extra = {0};
    CHECK_INT(quoth_preds_add(&p, 99, &extra), QUOTH_ERR_INVALID);
    quoth_eval_report r;
    CHECK_INT(quoth_eval_report_make(c, &p, &r), 0);
    for (size_t i = 0; i < QUOTH_SCORE_FIGURES; i++) {
        const quoth_prf *all = quoth_scores_figure(&r.all, i, NULL);
        const quoth_prf *direct = quoth_scores_figure(&r.direct, i, NULL);
        CHECK(near(all->f1, 1.0) && near(direct->f1, 1.0));
    }
    CHECK_INT(r.all.who_said_what.gold, 12);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* scripts/speakers_check.py gives 3 of 6 for these predictions: the
 * speakers.tsv events apply to every document, and bravo E1, E3 and
 * charlie E1 have no speaker in the predictions. */
static void test_speakers(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p = read_preds(c, FIX "basic-pred.jsonl");
    size_t right = 0, total = 0;
    CHECK_INT(quoth_speakers_check(c, &p, FIX "basic/speakers.tsv", NULL, &right, &total), 0);
    CHECK_INT(right, 3);
    CHECK_INT(total, 6);
    CHECK_INT(quoth_speakers_check(c, &p, FIX "basic/none.tsv", NULL, &right, &total), QUOTH_ERR_IO);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* Lines where score.py would raise (and so gives no figures to compare):
 * we skip them and go on. */
static void test_rough_input(void) {
    quoth_brat_corpus *c = load(FIX "rough");
    if (!c) return;
    CHECK_INT(c->n, 1);
    const quoth_brat_doc *d = &c->docs[0];
    CHECK_INT(d->len, 54);  /* the invalid byte became U+FFFD */
    CHECK_INT(d->n_cp, 52); /* and the lone "\r" a "\n" */
    CHECK_INT(d->gold.n, 4);
    CHECK_STR(d->gold.items[1].event, "E4");
    CHECK_INT(d->gold.items[1].contents[0].start, 10); /* "1_0": int() allows it */
    CHECK_INT(d->gold.items[2].n_contents, 2);         /* Content twice */
    CHECK_INT(d->gold.items[3].contents[0].end, 30);   /* split at a no-break space */
    /* T5, T6, T7 and T9 (offsets), E2 (empty), E3 (no content left), E7 (no tab) */
    CHECK_INT(d->skipped_lines, 7);
    CHECK_INT(c->skipped_lines, 7);
    CHECK_INT(c->attributions, 4);
    quoth_preds p = read_preds(c, FIX "rough-pred.jsonl");
    CHECK_INT(p.n_problems, 2);
    CHECK_STR(p.problems[0], "line 1: not a JSON object");
    CHECK_INT(p.docs[0].n, 4);
    CHECK_INT(p.docs[0].items[0].sources[0].end, 9); /* "9" as a string */
    CHECK_INT(p.docs[0].items[0].cue[0].start, 10);  /* 10.7 truncated */
    CHECK_INT(p.docs[0].items[2].contents[0].start, 1); /* true */
    quoth_eval_report r;
    CHECK_INT(quoth_eval_report_make(c, &p, &r), 0);
    CHECK_INT(r.all.who_said_what.gold, 4);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* A lone surrogate escape, which Python's json.dumps writes and score.py
 * reads, leaves its line scored: in a span's text it is a problem (the
 * text differs from the article's), in another field nothing. Escaped
 * backslashes before a "u" are no escape. */
static void test_lone_surrogates(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    static const char line[] =
        "{\"id\": \"alpha\", \"title\": \"x\\udc00 \\\\ud800\", \"quotes\": [{\"cue\": {\"start\": 75, \"end\": 79}, "
        "\"sources\": [{\"start\": 80, \"end\": 96}], "
        "\"contents\": [{\"start\": 31, \"end\": 74, \"text\": \"\\ud83d\"}, {\"start\": 0, \"end\": 3, \"text\": \"\\ud83d\\ude42\"}]}]}\n";
    quoth_preds p;
    CHECK_INT(quoth_preds_init(&p, c), 0);
    CHECK_INT(quoth_jsonl_pred_parse(line, sizeof line - 1, c, &p), 0);
    CHECK_INT(p.docs[0].n, 1);
    CHECK_INT(p.docs[0].items[0].contents[0].end, 74);
    CHECK_INT(p.n_problems, 2); /* both texts differ: a lone surrogate, and a pair that is no "Zoë" */
    CHECK(p.n_problems > 0 && strstr(p.problems[0], "alpha: contents text differs") != NULL);
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* The notes of the fixture corpora: each names its file and line. */
static int has_note(const quoth_brat_notes *n, quoth_brat_note_kind kind, const char *text) {
    for (int i = 0; i < QUOTH_BRAT_KEPT_NOTES && n->kept[kind][i]; i++)
        if (strstr(n->kept[kind][i], text)) return 1;
    return 0;
}

static void test_notes(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    CHECK_INT(c->notes.count[QUOTH_BRAT_TEXT_WITHOUT_ANN], 1);
    CHECK(has_note(&c->notes, QUOTH_BRAT_TEXT_WITHOUT_ANN, "text/delta.txt: no attributions/delta_*.ann"));
    CHECK_INT(c->notes.count[QUOTH_BRAT_LINE_SKIPPED], c->skipped_lines);
    CHECK(has_note(&c->notes, QUOTH_BRAT_LINE_SKIPPED, "attributions/bravo_lee.ann:16: skipped: no tab after its id 'T99'"));
    CHECK(has_note(&c->notes, QUOTH_BRAT_LINE_SKIPPED, "attributions/bravo_lee.ann:17: E9 skipped: an attribution without a content"));
    CHECK_INT(c->notes.count[QUOTH_BRAT_SPAN_TEXT], 0); /* the fixture's texts are as annotated */
    quoth_brat_corpus_free(c);

    /* one document in memory: an edited span, a label of another scheme,
     * an id given twice, an offset past the end; the kept notes are capped */
    quoth_brat_doc d;
    memset(&d, 0, sizeof d);
    quoth_brat_notes n;
    memset(&n, 0, sizeof n);
    static const char text[] = "Officials said the road would close.";
    static const char ann[] = "T1\tSource 0 9\tOfficers\nT2\tSpeaker 10 14\tsaid\nT3\tCue 10 14\tsaid\n"
                              "T3\tCue 10 14\tsaid\nT4\tContent 15 999\tthe\nE1\tAttribution:T3 Cue:T3\n";
    CHECK_INT(quoth_brat_doc_set_text(&d, text, sizeof text - 1), 0);
    CHECK_INT(quoth_brat_parse_doc_ann(ann, sizeof ann - 1, "attributions/x_a.ann", &d, &n), 0);
    CHECK(has_note(&n, QUOTH_BRAT_SPAN_TEXT, "x_a.ann:1: T1: its text \"Officers\" is not the text at 0 9"));
    CHECK(has_note(&n, QUOTH_BRAT_UNKNOWN_LABEL, "x_a.ann:2: T2 ignored: label 'Speaker'"));
    CHECK(has_note(&n, QUOTH_BRAT_DUPLICATE_ID, "x_a.ann:4: duplicate id T3 (given before on line 3)"));
    CHECK(has_note(&n, QUOTH_BRAT_LINE_SKIPPED, "x_a.ann:5: T4 skipped: offsets '15 999' outside the text (36 characters)"));
    CHECK(has_note(&n, QUOTH_BRAT_LINE_SKIPPED, "x_a.ann:6: E1 skipped: an attribution without a content"));
    CHECK_INT(d.skipped_lines, 2);
    for (int i = 0; i < 7; i++) quoth_brat_note(&n, QUOTH_BRAT_NOT_BRAT, "f%d", i);
    CHECK_INT(n.count[QUOTH_BRAT_NOT_BRAT], 7);
    CHECK_STR(n.kept[QUOTH_BRAT_NOT_BRAT][4], "f4");
    quoth_brat_notes_free(&n);
    free(d.text);
    free(d.cps);
    free(d.cp_byte);
    quoth_eval_attrs_free(&d.gold);
}

static void test_missing_corpus(void) {
    quoth_brat_corpus *c = (quoth_brat_corpus *)&c;
    CHECK_INT(quoth_brat_corpus_load(FIX "no-such-folder", &c), QUOTH_ERR_IO);
    CHECK(c == NULL);
}

static void test_characters(void) {
    CHECK(quoth_eval_is_word('_'));
    CHECK(quoth_eval_is_word(0xE9));    /* é */
    CHECK(quoth_eval_is_word(0x663));   /* Arabic-Indic three (Nd) */
    CHECK(quoth_eval_is_word(0xBD));    /* ½ (No) */
    CHECK(!quoth_eval_is_word(0x301));  /* a combining acute is no \w */
    CHECK(!quoth_eval_is_word(0x2019)); /* ’ */
    CHECK(quoth_eval_is_space(0xA0));
    CHECK(quoth_eval_is_space(0x1F));
    CHECK(quoth_eval_is_space(0x3000));
    CHECK(!quoth_eval_is_space(0x200B)); /* zero-width space: not for Python */
    CHECK(!quoth_eval_is_space(0xFEFF));
    int64_t v = 0;
    CHECK(quoth_eval_parse_int(" 1_000 ", 7, &v) == 0 && v == 1000);
    CHECK(quoth_eval_parse_int("-12", 3, &v) == 0 && v == -12);
    CHECK(quoth_eval_parse_int("_1", 2, &v) != 0);
    CHECK(quoth_eval_parse_int("1__0", 4, &v) != 0);
    CHECK(quoth_eval_parse_int("1 2", 3, &v) != 0);
    CHECK(quoth_eval_parse_int("", 0, &v) != 0);
    CHECK(quoth_eval_parse_int("99999999999999999999", 20, &v) != 0);
}

/* The confidence report: every gold attribution of the fixture copied at
 * 0.9 (all 12 right), one at 0.2 that is no attribution ("disagreed" in
 * alpha), one without a confidence and one at 1.5, which is none. */
static void test_confidence_report(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    quoth_preds p;
    CHECK_INT(quoth_preds_init(&p, c), 0);
    add_gold_as_predictions(c, &p, 0.9);
    const quoth_eval_span disagreed = {389, 398};
    for (int k = 0; k < 3; k++) {
        quoth_eval_attr a = {0};
        CHECK_INT(copy_spans(&a.contents, &a.n_contents, &disagreed, 1), 0);
        a.has_confidence = k != 1;
        a.confidence = k == 0 ? 0.2 : 1.5;
        CHECK_INT(quoth_preds_add(&p, 0, &a), 0);
    }
    quoth_confidence_report r;
    CHECK_INT(quoth_confidence_report_make(c, &p, &r), 0);
    CHECK_INT(r.n, 13);
    CHECK_INT(r.n_right, 12);
    CHECK_INT(r.without, 2);
    CHECK(r.seen[90] == 12 && r.right[90] == 12 && r.seen[20] == 1 && r.right[20] == 0);
    CHECK(near(r.mean, (12 * 0.9 + 0.2) / 13));
    CHECK(fabs(r.brier - (12 * 0.01 + 0.04) / 13) < 1e-12);
    CHECK(fabs(r.brier_base - 12.0 / 169) < 1e-12);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (f) {
        quoth_confidence_report_print(f, &r);
        fclose(f);
        CHECK_STR(buf, "confidence   predictions   right\n"
                       "      0.20             1   0.000\n"
                       "      0.90            12   1.000\n"
                       "confidence: 13 predictions, mean 0.846, 0.923 right; Brier score 0.0123 (0.0710 for "
                       "the share right given to all); 2 without a confidence\n");
        free(buf);
    }
    quoth_preds_free(&p);
    quoth_brat_corpus_free(c);
}

/* quoth_score_hits() on quotes made by hand for alpha.txt (gold above the
 * fixture: E1 "said" by Mayor Zoë Åström, E3 "she said" in two pieces, E4
 * the council's report, E6 the harbour master). */
static void test_hits(void) {
    quoth_brat_corpus *c = load(FIX "basic");
    if (!c) return;
    const quoth_brat_doc *alpha = &c->docs[0];
    CHECK_STR(alpha->name, "alpha");
    /* code points (the scorer reads no bytes) */
    static const size_t at[][2] = {
        {31, 74}, {80, 96},     /* E1's content and source: right */
        {133, 151}, {152, 155}, /* half of E3's content (token F1 8/13), its source: right */
        {313, 330}, {187, 199}, /* E6's content with "According to" as source: wrong */
        {222, 246},             /* E4's content without its source: wrong */
    };
    quoth_span spans[7];
    memset(spans, 0, sizeof spans);
    for (size_t k = 0; k < 7; k++) {
        spans[k].start = at[k][0];
        spans[k].end = at[k][1];
    }
    quoth_quote q[5];
    memset(q, 0, sizeof q);
    q[0] = (quoth_quote){.n_contents = 1, .contents = &spans[0], .n_sources = 1, .sources = &spans[1]};
    q[1] = (quoth_quote){.n_contents = 1, .contents = &spans[2], .n_sources = 1, .sources = &spans[3]};
    q[2] = (quoth_quote){.n_contents = 1, .contents = &spans[4], .n_sources = 1, .sources = &spans[5]};
    q[3] = (quoth_quote){.n_sources = 1, .sources = &spans[1]}; /* no content: score.py drops it */
    q[4] = (quoth_quote){.n_contents = 1, .contents = &spans[6]};
    struct quoth_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.quotes = q;
    doc.n_quotes = 5;
    unsigned char hit[5];
    memset(hit, 9, sizeof hit);
    CHECK_INT(quoth_score_hits(alpha, &doc, hit), 0);
    CHECK(hit[0] == 1 && hit[1] == 1 && hit[2] == 0 && hit[3] == 0 && hit[4] == 0);
    /* the first quote twice: only one of the two is paired with E1 */
    q[1] = q[0];
    CHECK_INT(quoth_score_hits(alpha, &doc, hit), 0);
    CHECK(hit[0] + hit[1] == 1);
    doc.n_quotes = 0;
    CHECK_INT(quoth_score_hits(alpha, &doc, hit), 0);
    quoth_brat_corpus_free(c);
}

TEST_MAIN(test_gold_corpus, test_prediction_file, test_figures, test_output, test_no_predictions, test_hits,
          test_confidence_report,
          test_in_memory, test_speakers, test_rough_input, test_lone_surrogates, test_notes, test_missing_corpus, test_characters)
