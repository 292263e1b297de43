/*
 * stages_bench.c - where the time of one extraction goes, stage by stage.
 *
 *     build/bench/stages_bench [--model FILE] FILE|DIR...
 *
 * Runs every document through the engine's stages in turn (each stage on all
 * documents, so that each is timed over the same input) and prints MB/s and
 * ns per token for each. For finding the stage to work on; `make bench`
 * measures the whole program.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "attrib/engine.h"
#include "attrib/learned.h"

typedef struct doc {
    char *text;
    size_t len;
} doc;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int add_file(const char *path, doc **docs, size_t *n) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    doc d = {malloc((size_t)size + 1), 0};
    d.len = fread(d.text, 1, (size_t)size, f);
    fclose(f);
    *docs = realloc(*docs, (*n + 1) * sizeof **docs);
    (*docs)[(*n)++] = d;
    return 0;
}

static void add_path(const char *path, doc **docs, size_t *n) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        DIR *dir = opendir(path);
        struct dirent *e;
        while (dir && (e = readdir(dir)) != NULL) {
            size_t len = strlen(e->d_name);
            if (len < 5 || strcmp(e->d_name + len - 4, ".txt") != 0) continue;
            char full[4096];
            snprintf(full, sizeof full, "%s/%s", path, e->d_name);
            add_file(full, docs, n);
        }
        if (dir) closedir(dir);
    } else
        add_file(path, docs, n);
}

int main(int argc, char **argv) {
    const char *model_path = NULL;
    doc *docs = NULL;
    size_t n = 0, bytes = 0, tokens = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--model") == 0 && i + 1 < argc) model_path = argv[++i];
        else add_path(argv[i], &docs, &n);
    }
    quoth_model *m;
    if ((model_path ? quoth_model_load_file(model_path, &m) : quoth_model_load_default(&m)) != 0) {
        fprintf(stderr, "no model\n");
        return 1;
    }
    quoth_engine *e = quoth_engine_new(m, 0);
    for (size_t k = 0; k < n; k++) bytes += docs[k].len;
    double t_analyze = 0, t_rules = 0, t_all = 0;
    for (size_t k = 0; k < n; k++) {
        double t0 = now();
        quoth_engine_analyze(e, docs[k].text, docs[k].len);
        double t1 = now();
        quoth_engine_apply_rules(e);
        t_rules += now() - t1;
        t_analyze += t1 - t0;
        tokens += e->tokens.n;
    }
    for (size_t k = 0; k < n; k++) {
        const quoth_doc *d;
        double t0 = now();
        quoth_extract(e, docs[k].text, docs[k].len, &d);
        t_all += now() - t0;
    }
    printf("%zu documents, %.2f MB, %zu tokens\n", n, (double)bytes / 1e6, tokens);
    printf("%-34s %8.1f MB/s %8.0f ns/token\n", "analyze (text, tags, quotations)", (double)bytes / 1e6 / t_analyze,
           t_analyze * 1e9 / (double)tokens);
    printf("%-34s %8.1f MB/s %8.0f ns/token\n", "rules", (double)bytes / 1e6 / t_rules, t_rules * 1e9 / (double)tokens);
    double rest = t_all - t_analyze - t_rules;
    printf("%-34s %8.1f MB/s %8.0f ns/token\n", "tagger, merge, speakers, records", (double)bytes / 1e6 / rest,
           rest * 1e9 / (double)tokens);
    printf("%-34s %8.1f MB/s %8.0f ns/token\n", "whole extraction", (double)bytes / 1e6 / t_all,
           t_all * 1e9 / (double)tokens);
    quoth_engine_free(e);
    quoth_model_free(m);
    for (size_t k = 0; k < n; k++) free(docs[k].text);
    free(docs);
    return 0;
}
