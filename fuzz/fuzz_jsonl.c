/* libFuzzer target: the JSON Lines reader (framing lines, JSON, fields). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* a small size limit too, so that "too large" lines are fuzzed; and
     * every field a path into nested objects, half of the time */
    quoth_reader_options o = {.format = QUOTH_INPUT_JSONL, .max_doc_bytes = size % 2 ? 64 : 1u << 20};
    if (size % 4 >= 2) {
        o.text_field = "a.text";
        o.id_field = "a.b.id";
        o.url_field = "u.v";
        o.title_field = "t";
        o.date_field = "a.b.d";
        o.outlet_field = "s.n";
    }
    fuzz_read_all(data, size, &o);
    return 0;
}
