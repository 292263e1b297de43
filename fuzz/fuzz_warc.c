/* libFuzzer target: the WARC reader: records, HTTP headers, chunked and
 * gzip/deflate bodies, and the whole file gzipped (per record or not). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    quoth_reader_options o = {.format = QUOTH_INPUT_WARC, .max_doc_bytes = size % 2 ? 256 : 1u << 20,
                              .encoding = fuzz_encoding(size)};
    fuzz_read_all(data, size, &o);
    return 0;
}
