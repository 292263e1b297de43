/* libFuzzer target: the JSON Lines reader (framing lines, JSON, fields). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    /* a small size limit too, so that "too large" lines are fuzzed */
    fuzz_read_all(data, size, QUOTH_INPUT_JSONL, size % 2 ? 64 : 1u << 20, NULL);
    return 0;
}
