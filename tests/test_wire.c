/*
 * test_wire.c - a document's records as bytes between index's threads
 * (store/wire.h): what is read back is what was extracted, field by field;
 * bytes cut short or run long are refused, never read past.
 */
#include "harness.h"
#include "store/wire.h"

static const char ARTICLE[] =
    "Mayor Helena Marsh said the sea wall would be finished by 2027.\n\n"
    "\"We have waited long enough,\" she said. \"The harbor cannot wait for us,\" she added.\n\n"
    "The port's owners, according to the Harbor Gazette, plan to sue the city.\n";

static int same_str(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

static int same_slice(const char *a, size_t an, const char *b, size_t bn) {
    return (!a && !b) || (a && b && an == bn && memcmp(a, b, an) == 0);
}

/* Each record read back against the one quoth_store_record_of() makes. */
static int same_record(const quoth_store_record *got, const quoth_store_record *want) {
    int same = got->type == want->type && got->n_contents == want->n_contents && got->kind == want->kind &&
               got->gender == want->gender && got->resolved_by == want->resolved_by &&
               got->confidence == want->confidence && got->cue_start == want->cue_start &&
               got->cue_end == want->cue_end && got->source_start == want->source_start &&
               got->source_end == want->source_end &&
               same_slice(got->cue, got->cue_len, want->cue, want->cue_len) &&
               same_slice(got->source, got->source_len, want->source, want->source_len) &&
               same_str(got->speaker_name, want->speaker_name) &&
               same_str(got->speaker_mention, want->speaker_mention) &&
               same_str(got->speaker_role, want->speaker_role);
    for (size_t i = 0; i < want->n_contents; i++)
        same = same && got->content_start[i] == want->content_start[i] &&
               got->content_end[i] == want->content_end[i] &&
               same_slice(got->content[i], got->content_len[i], want->content[i], want->content_len[i]);
    return same;
}

/* The bytes of one document, written through a memory stream as the
 * pipeline's workers write them. */
static char *wire_bytes(quoth_wire_kind kind, const quoth_doc_meta *meta, const quoth_doc *doc, size_t *len) {
    char *bytes = NULL;
    FILE *out = open_memstream(&bytes, len);
    if (!out) return NULL;
    CHECK_INT(quoth_wire_write(out, kind, meta, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                               sizeof ARTICLE - 1, doc),
              0);
    fclose(out);
    return bytes;
}

static void test_records_round_trip(void) {
    quoth_model *model = NULL;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = quoth_engine_new(model, 0);
    const quoth_doc *doc = NULL;
    CHECK_INT(quoth_extract(engine, ARTICLE, sizeof ARTICLE - 1, &doc), 0);
    size_t n = doc ? quoth_doc_quote_count(doc) : 0, tlen;
    CHECK(n >= 3);
    quoth_doc_meta meta = {"harbor", "https://gazette.example/harbor", NULL, "2026-12-02", "Harbor Gazette",
                           "feed.jsonl:7"};
    size_t len = 0;
    char *bytes = doc ? wire_bytes(QUOTH_WIRE_STORE, &meta, doc, &len) : NULL;
    quoth_wire_doc w;
    CHECK_INT(quoth_wire_read(bytes, len, &w), 0);
    CHECK_INT(w.kind, QUOTH_WIRE_STORE);
    CHECK_STR(w.meta.id, "harbor");
    CHECK_STR(w.meta.outlet, "Harbor Gazette");
    CHECK_STR(w.meta.origin, "feed.jsonl:7");
    CHECK(w.meta.title == NULL);
    CHECK_STR(w.hash, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    CHECK_INT(w.text_bytes, sizeof ARTICLE - 1);
    CHECK_INT(w.n, n);
    const char *text = doc ? quoth_doc_text(doc, &tlen) : NULL;
    int wrong = 0;
    for (size_t i = 0; i < w.n && i < n; i++) {
        quoth_store_record want;
        quoth_store_record_of(quoth_doc_quote(doc, i), text, &want);
        wrong += !same_record(&w.records[i], &want);
    }
    CHECK_INT(wrong, 0);
    quoth_wire_doc_free(&w);

    /* every prefix is cut short, and a byte more is one too many */
    int accepted = 0;
    for (size_t cut = 0; cut < len; cut++) {
        accepted += quoth_wire_read(bytes, cut, &w) == 0;
        quoth_wire_doc_free(&w);
    }
    CHECK_INT(accepted, 0);
    char *longer = malloc(len + 1);
    if (longer) {
        memcpy(longer, bytes, len);
        longer[len] = 'S';
        CHECK_INT(quoth_wire_read(longer, len + 1, &w), QUOTH_ERR_INVALID);
        free(longer);
    }
    free(bytes);
    quoth_engine_free(engine);
    quoth_model_free(model);
}

/* A document the store holds unchanged crosses without records. */
static void test_unchanged(void) {
    quoth_doc_meta meta = {NULL, NULL, NULL, NULL, NULL, "notes.txt"};
    size_t len = 0;
    char *bytes = wire_bytes(QUOTH_WIRE_UNCHANGED, &meta, NULL, &len);
    quoth_wire_doc w;
    CHECK_INT(quoth_wire_read(bytes, len, &w), 0);
    CHECK_INT(w.kind, QUOTH_WIRE_UNCHANGED);
    CHECK_INT(w.n, 0);
    CHECK(w.records == NULL);
    CHECK(w.meta.id == NULL);
    CHECK_STR(w.meta.origin, "notes.txt");
    quoth_wire_doc_free(&w);
    if (bytes) bytes[0] = 'X';
    CHECK_INT(quoth_wire_read(bytes, len, &w), QUOTH_ERR_INVALID);
    free(bytes);
}

TEST_MAIN(test_records_round_trip, test_unchanged)
