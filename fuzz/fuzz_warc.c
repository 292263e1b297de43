/* libFuzzer target: the WARC reader: records, HTTP headers, chunked and
 * gzip/deflate bodies, and the whole file gzipped (per record or not). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_read_all(data, size, QUOTH_INPUT_WARC, size % 2 ? 256 : 1u << 20, fuzz_encoding(size));
    return 0;
}
