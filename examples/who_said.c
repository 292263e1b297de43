/*
 * who_said.c - libquoth from a program of one's own: who said what in one
 * article, by the public header alone.
 *
 *     make install PREFIX=$HOME/.local
 *     export PKG_CONFIG_PATH=$HOME/.local/lib/pkgconfig
 *     cc -std=c11 who_said.c $(pkg-config --cflags --libs quoth) -o who_said
 *     LD_LIBRARY_PATH=$HOME/.local/lib ./who_said article.txt
 *
 * (LD_LIBRARY_PATH: for a prefix the dynamic loader does not search.)
 *
 * Prints one line per statement, tab-separated: the speaker (or "-"), how
 * the speaker was found, the statement's type, its cue and its content,
 * with the content's offsets in code points, as quoth extract's JSON gives
 * them. `make test` builds it against an installed copy of the library,
 * shared and static, and checks its output (scripts/install-check.sh).
 */
#include <stdio.h>
#include <stdlib.h>

#include <quoth.h>

/* The whole file in memory; NULL (errno set) when it cannot be read. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *text = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n == cap) {
            char *grown = realloc(text, cap = cap ? 2 * cap : 65536);
            if (!grown) break;
            text = grown;
        }
        got = fread(text + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    int failed = n == cap || ferror(f); /* n == cap: the buffer could not grow */
    fclose(f);
    if (failed) {
        free(text);
        return NULL;
    }
    *len = n;
    return text;
}

/* A span of the document's text, by its byte offsets, on one line. */
static void print_span(const char *text, const quoth_span *span) {
    for (size_t i = span->byte_start; i < span->byte_end; i++) putchar(text[i] == '\n' ? ' ' : text[i]);
}

static void print_quote(const char *text, const quoth_quote *q) {
    printf("%s\t%s\t%s\t", q->speaker_name ? q->speaker_name : "-", quoth_resolution_name(q->resolved_by),
           quoth_quote_type_name(q->type));
    if (q->has_cue) print_span(text, &q->cue);
    /* a content split around its cue ("..., he said, ...") is two spans */
    for (size_t c = 0; c < q->n_contents; c++) {
        printf(c ? " ... " : "\t%zu-%zu\t", q->contents[0].start, q->contents[q->n_contents - 1].end);
        print_span(text, &q->contents[c]);
    }
    putchar('\n');
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: who_said FILE\n");
        return 2;
    }
    size_t len;
    char *text = read_file(argv[1], &len);
    if (!text) {
        perror(argv[1]);
        return 1;
    }
    quoth_model *model = NULL;
    int rc = quoth_model_load_default(&model);
    quoth_engine *engine = rc == QUOTH_OK ? quoth_engine_new(model, 0) : NULL;
    const quoth_doc *doc = NULL;
    if (rc == QUOTH_OK) rc = engine ? quoth_extract(engine, text, len, &doc) : QUOTH_ERR_NOMEM;
    if (rc == QUOTH_OK) {
        const char *repaired = quoth_doc_text(doc, NULL); /* offsets index this text, not the file's bytes */
        for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) print_quote(repaired, quoth_doc_quote(doc, i));
    } else {
        fprintf(stderr, "who_said: %s\n", quoth_status_string(rc));
    }
    quoth_engine_free(engine);
    quoth_model_free(model);
    free(text);
    return rc == QUOTH_OK ? 0 : 1;
}
