/* libFuzzer target: the HTML reader (charset sniffing and conversion,
 * gumbo, article extraction, metadata). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    quoth_reader_options o = {.format = QUOTH_INPUT_HTML, .max_doc_bytes = 1u << 20, .encoding = fuzz_encoding(size)};
    fuzz_read_all(data, size, &o);
    return 0;
}
