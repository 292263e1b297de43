/*
 * model_seed.c - writes the seed corpus of fuzz_model into DIR: small model
 * files (the built-in model is 8 MB, too big to mutate usefully), each
 * behind the mode byte of fuzz_model.c (0: the header is fixed up, 1: raw).
 *
 *   empty     a container of no sections (a rules-only model)
 *   pos       a part-of-speech tagger and lexicon learned from an invented
 *             corpus of 60 sentences (the one tests/test_tag_pos.c uses)
 *   pos-meta  the same with the built-in model's small sections added
 *             (entity labels, attribution metadata)
 *
 * usage: model_seed DIR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quoth.h"
#include "tag/model.h"
#include "tag/model_file.h"
#include "tag/pos.h"

static const char *const WORDS[][2] = {
    {"The", "DT"}, {"minister", "NN"}, {"said", "VBD"}, {"a", "DT"}, {"new", "JJ"},
    {"plan", "NN"}, {"Smith", "NNP"}, {"rejected", "VBD"}, {"in", "IN"}, {"city", "NN"},
    {"``", "``"}, {"It", "PRP"}, {"was", "VBD"}, {"angry", "JJ"}, {",", ","}, {"''", "''"},
    {"quickly", "RB"}, {"They", "PRP"}, {"2016", "CD"}};
#define N_WORDS (sizeof WORDS / sizeof *WORDS)

static int write_corpus(const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) return -1;
    fprintf(f, "# doc\tsent\ttok\tstart\tend\tword\tlemma\tpos\tner\thead\tdeprel\n");
    for (int s = 0; s < 60; s++) {
        int n = 4 + s % 5;
        for (int t = 0; t < n; t++) {
            const char *const *w = WORDS[(size_t)(s * 7 + t * 3) % N_WORDS];
            fprintf(f, "doc%d\t%d\t%d\t0\t0\t%s\t%s\t%s\tO\t0\tdep\n", s / 10, s % 10 + 1, t + 1,
                    w[0], w[0], w[1]);
        }
        fprintf(f, "doc%d\t%d\t%d\t0\t0\t.\t.\t.\tO\t0\tdep\n", s / 10, s % 10 + 1, n + 1);
    }
    return fclose(f);
}

static int save(const char *dir, const char *name, const quoth_mf_writer *w) {
    void *buf;
    size_t size;
    if (quoth_mf_writer_write_memory(w, &buf, &size)) return -1;
    int rc = 0;
    for (int mode = 0; mode < 2; mode++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s-%s", dir, name, mode ? "raw" : "fixed");
        FILE *f = fopen(path, "wb");
        unsigned char m = (unsigned char)mode;
        if (!f || fwrite(&m, 1, 1, f) != 1 || fwrite(buf, 1, size, f) != size) rc = -1;
        if (f && fclose(f)) rc = -1;
    }
    free(buf);
    return rc;
}

/* Copies the built-in model's section `name` into w. */
static int copy_section(quoth_mf_writer *w, const char *name) {
    const void *data;
    size_t size;
    quoth_default_model_bytes(&data, &size);
    if (!size) return 0; /* a library built without its model */
    quoth_mf mf;
    const void *p;
    size_t n;
    if (quoth_mf_open(data, size, &mf) || quoth_mf_section(&mf, name, &p, &n)) return 0;
    return quoth_mf_writer_add(w, name, p, n);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: model_seed DIR\n");
        return 2;
    }
    const char *dir = argv[1];
    quoth_mf_writer *w = quoth_mf_writer_new();
    if (!w || save(dir, "empty", w)) return 1;
    char tmp[] = "/tmp/quoth-seed-XXXXXX";
    int fd = mkstemp(tmp);
    if (fd < 0) return 1;
    close(fd);
    quoth_pos_train_options o = quoth_pos_train_defaults();
    o.epochs = 3;
    o.prune.min_updates = 0;
    int rc = write_corpus(tmp) ? -1 : quoth_pos_train(tmp, NULL, &o, NULL, w);
    unlink(tmp);
    if (rc || save(dir, "pos", w)) return 1;
    if (copy_section(w, "ent.labels") || copy_section(w, "attrib.meta") || save(dir, "pos-meta", w))
        return 1;
    quoth_mf_writer_free(w);
    return 0;
}
