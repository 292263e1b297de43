/* libFuzzer target: the HTML reader (charset sniffing and conversion,
 * gumbo, article extraction, metadata). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_read_all(data, size, QUOTH_INPUT_HTML, 1u << 20, fuzz_encoding(size));
    return 0;
}
