/*
 * libFuzzer target: the model loader, quoth_model_load_memory().
 *
 * The first byte picks a mode. Odd: the rest is taken as it is, which
 * fuzzes the header checks (magic, version, size, checksum). Even: the
 * size and CRC-32 fields of the header are set to match the rest before
 * loading, so that the fuzzer gets past the checksum and reaches the
 * section table and every section's loader. A model that loads is then
 * used: an engine made from it extracts a short article, with and without
 * the learned tagger.
 */
#include <zlib.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char ARTICLE[] =
    "\"We will not wait,\" Mayor Helena Marsh said on Monday. She added that the "
    "council, according to its clerk Tomas Reyes, had warned \xe2\x80\x9cthe wall will cost "
    "$48 million.\xe2\x80\x9d The Harbor Gazette reported that owners plan to sue.\n\nRead also: More.";

static void put_le(uint8_t *p, uint64_t v, int n) {
    for (int i = 0; i < n; i++) p[i] = (uint8_t)(v >> (8 * i));
}

/* The CRC of the file but bytes 24..27 (the CRC itself), as model_file.c. */
static uint32_t crc_of(const uint8_t *p, size_t n) {
    uLong crc = crc32(crc32(0L, Z_NULL, 0), p, 24);
    return (uint32_t)crc32(crc, p + 28, (uInt)(n - 28));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1 || size > (64u << 20)) return 0;
    int fix = !(data[0] & 1);
    uint8_t *file = malloc(size - 1 ? size - 1 : 1);
    if (!file) abort();
    memcpy(file, data + 1, size - 1);
    size_t n = size - 1;
    if (fix && n >= 32) {
        put_le(file + 16, n, 8);
        put_le(file + 24, crc_of(file, n), 4);
    }
    quoth_model *m = NULL;
    int rc = quoth_model_load_memory(file, n, &m);
    free(file);
    if (rc != 0) {
        if (m) abort();               /* no model on failure */
        if (rc > 0) abort();          /* statuses are negative */
        fuzz_touch(quoth_status_string(rc));
        return 0;
    }
    fuzz_touch(quoth_model_description(m));
    for (unsigned flags = 0; flags <= QUOTH_RULES_ONLY; flags++) {
        quoth_engine *e = quoth_engine_new(m, flags);
        if (!e) abort();
        const quoth_doc *doc;
        if (quoth_extract(e, ARTICLE, sizeof ARTICLE - 1, &doc) != 0) abort();
        for (size_t i = 0; i < quoth_doc_token_count(doc); i++) {
            quoth_token_info t;
            if (quoth_doc_token(doc, i, &t) != 0) abort();
            fuzz_touch(t.pos), fuzz_touch(t.label), fuzz_touch(t.relation);
        }
        for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
            const quoth_quote *q = quoth_doc_quote(doc, i);
            fuzz_touch(q->speaker_name), fuzz_touch(q->speaker_role);
        }
        quoth_engine_free(e);
    }
    quoth_model_free(m);
    return 0;
}
