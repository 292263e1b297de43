/*
 * tokenize_bench.c - the tokenizer-only ceiling of `make bench`: the same
 * inputs read the same way as `quoth extract` reads them (JSON Lines, text,
 * HTML, WARC, gzip), each document only repaired, tokenized and split into
 * sentences and paragraphs. No tagging, no attribution, no output.
 *
 *     build-bench/bench/tokenize_bench FILE...
 *
 * Prints one line: documents, input bytes, tokens, seconds, MB/s and
 * documents/s (MB = 10^6 bytes of input), for scripts/bench.sh to read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "quoth.h"
#include "text/tokens.h"
#include "text/utf8.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: tokenize_bench FILE...\n");
        return 2;
    }
    quoth_clean_text ct;
    quoth_token_list tl;
    memset(&ct, 0, sizeof ct);
    memset(&tl, 0, sizeof tl);
    unsigned long long docs = 0, tokens = 0, bytes = 0, errors = 0;
    double t0 = now();
    for (int i = 1; i < argc; i++) {
        quoth_reader *r;
        if (quoth_reader_open(argv[i], NULL, &r) != 0) {
            fprintf(stderr, "tokenize_bench: cannot read %s\n", argv[i]);
            return 1;
        }
        quoth_input_doc doc;
        while (quoth_reader_next(r, &doc) == 0) {
            docs++;
            if (doc.error) {
                errors++;
                continue;
            }
            if (quoth_clean_text_set(&ct, doc.text, doc.len, 0) != 0 ||
                quoth_tokenize(&tl, ct.text, ct.len, NULL, NULL) != 0 || quoth_split_sentences(&tl) != 0) {
                errors++;
                continue;
            }
            tokens += tl.n;
        }
        bytes += quoth_reader_position(r);
        quoth_reader_close(r);
    }
    double s = now() - t0;
    if (s <= 0) s = 1e-9;
    printf("documents=%llu bytes=%llu tokens=%llu errors=%llu seconds=%.3f mb_per_s=%.2f docs_per_s=%.0f\n", docs,
           bytes, tokens, errors, s, (double)bytes / 1e6 / s, (double)docs / s);
    quoth_token_list_free(&tl);
    quoth_clean_text_free(&ct);
    return errors ? 1 : 0;
}
