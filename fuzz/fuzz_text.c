/* libFuzzer target: the text pipeline, the text reader (encodings, byte
 * order marks, newlines) and quoth_extract() on arbitrary bytes with the
 * built-in model, then every token and quote read back and the
 * record written as JSON. One engine serves every input, as in a worker. */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The fuzzer's process-wide state (the library has none). */
static quoth_model *model;
static quoth_engine *engine, *engine_rules;
static quoth_writer *writer;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc, (void)argv;
    int rc = quoth_model_load_default(&model);
    if (rc != 0) {
        fprintf(stderr, "fuzz_text: the built-in model does not load: %s\n", quoth_status_string(rc));
        abort();
    }
    engine = quoth_engine_new(model, 0);
    engine_rules = quoth_engine_new(model, QUOTH_RULES_ONLY);
    FILE *null = fopen("/dev/null", "w");
    if (!engine || !engine_rules || !null) abort();
    writer = quoth_writer_new(null, QUOTH_FORMAT_JSONL, QUOTH_WRITE_TEXT, 0);
    if (!writer) abort();
    return 0;
}

static void check_span(const quoth_doc *doc, const quoth_span *s) {
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    if (s->start > s->end || s->end > quoth_doc_length(doc)) abort();
    if (s->byte_start > s->byte_end || s->byte_end > len) abort();
    fuzz_touch_mem(text + s->byte_start, s->byte_end - s->byte_start);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    quoth_reader_options o = {.format = QUOTH_INPUT_TEXT, .max_doc_bytes = 1u << 20, .encoding = fuzz_encoding(size)};
    fuzz_read_all(data, size, &o);
    quoth_engine *e = size % 3 == 1 ? engine_rules : engine;
    const quoth_doc *doc;
    if (quoth_extract(e, (const char *)data, size, &doc) != 0) return 0;
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    if (strlen(text) > len) abort();
    if (quoth_doc_length(doc) > len) abort();
    for (size_t i = 0; i < quoth_doc_token_count(doc); i++) {
        quoth_token_info t;
        if (quoth_doc_token(doc, i, &t) != 0) abort();
        check_span(doc, &t.span);
        fuzz_touch(t.norm), fuzz_touch(t.pos), fuzz_touch(t.label), fuzz_touch(t.relation);
    }
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (q->has_cue) check_span(doc, &q->cue);
        for (size_t k = 0; k < q->n_sources; k++) check_span(doc, &q->sources[k]);
        for (size_t k = 0; k < q->n_contents; k++) check_span(doc, &q->contents[k]);
        fuzz_touch(q->speaker_name), fuzz_touch(q->speaker_mention), fuzz_touch(q->speaker_role);
    }
    quoth_doc_meta meta = {"fuzz", NULL, NULL, NULL, NULL, NULL};
    if (quoth_writer_document(writer, &meta, doc) != 0) abort();
    return 0;
}
