#include "tag/corpus.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "quoth.h"
#include "tag/hash.h"
#include "util/array.h"

#define LINE_MAX_BYTES 8192
#define COLUMNS 9 /* doc sent tok start end word lemma pos ner */

/* Growable arrays while reading; words hold text offsets until the text
 * stops moving. */
typedef struct corpus_builder {
    size_t *word_off;
    uint32_t *word_len;
    uint8_t *pos, *ner;
    size_t n, cap;
    size_t *sent_start;
    size_t n_sents, cap_sents;
    char *text;
    size_t text_len, text_cap;
    uint64_t last_sentence_key;
} corpus_builder;

static int grow_tokens(corpus_builder *b) {
    if (b->n < b->cap) return QUOTH_OK;
    size_t cap = b->cap ? 2 * b->cap : 4096;
    if (QUOTH_RESIZE(b->word_off, cap) || QUOTH_RESIZE(b->word_len, cap) || QUOTH_RESIZE(b->pos, cap) ||
        QUOTH_RESIZE(b->ner, cap))
        return QUOTH_ERR_NOMEM;
    b->cap = cap;
    return QUOTH_OK;
}

int quoth_labels_find(const quoth_labels *labels, const char *name) {
    for (uint32_t i = 0; i < labels->n; i++)
        if (strcmp(labels->names[i], name) == 0) return (int)i;
    return -1;
}

int quoth_labels_intern(quoth_labels *labels, const char *name) {
    int id = quoth_labels_find(labels, name);
    if (id >= 0) return id;
    if (labels->n >= QUOTH_LABELS_MAX || strlen(name) >= QUOTH_LABEL_MAX) return QUOTH_ERR_PARSE;
    strcpy(labels->names[labels->n], name);
    return (int)labels->n++;
}

size_t quoth_tsv_split(char *line, char **fields, size_t max) {
    size_t n = 0;
    char *p = line;
    while (n < max) {
        fields[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = 0;
        p = tab + 1;
    }
    return n;
}

static void chomp(char *line) {
    size_t len = strlen(line);
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
}

static int add_token(corpus_builder *b, quoth_corpus *c, char **f) {
    uint64_t key = quoth_hash_feat2(0, quoth_hash_bytes(f[0], strlen(f[0])),
                                    quoth_hash_bytes(f[1], strlen(f[1])));
    if (b->n == 0 || key != b->last_sentence_key) {
        if (QUOTH_RESERVE(b->sent_start, b->cap_sents, b->n_sents + 2, 1024))
            return QUOTH_ERR_NOMEM;
        b->sent_start[b->n_sents++] = b->n;
        b->last_sentence_key = key;
    }
    size_t len = strlen(f[5]);
    if (len > UINT32_MAX / 2) return QUOTH_ERR_PARSE;
    if (grow_tokens(b) || QUOTH_RESERVE(b->text, b->text_cap, b->text_len + len + 1, 1024))
        return QUOTH_ERR_NOMEM;
    int pos = quoth_labels_intern(&c->pos_labels, f[7]), ner = quoth_labels_intern(&c->ner_labels, f[8]);
    if (pos < 0 || ner < 0) return QUOTH_ERR_PARSE;
    memcpy(b->text + b->text_len, f[5], len + 1);
    b->word_off[b->n] = b->text_len;
    b->word_len[b->n] = (uint32_t)len;
    b->pos[b->n] = (uint8_t)pos;
    b->ner[b->n] = (uint8_t)ner;
    b->text_len += len + 1;
    b->n++;
    return QUOTH_OK;
}

static int read_lines(gzFile gz, corpus_builder *b, quoth_corpus *c) {
    char line[LINE_MAX_BYTES];
    while (gzgets(gz, line, sizeof line)) {
        size_t len = strlen(line);
        if (len == sizeof line - 1 && line[len - 1] != '\n') return QUOTH_ERR_PARSE;
        chomp(line);
        if (line[0] == '#' || line[0] == 0) continue;
        char *f[COLUMNS];
        if (quoth_tsv_split(line, f, COLUMNS) < COLUMNS) return QUOTH_ERR_PARSE;
        int rc = add_token(b, c, f);
        if (rc != QUOTH_OK) return rc;
    }
    int err;
    gzerror(gz, &err);
    return err == Z_OK || err == Z_STREAM_END ? QUOTH_OK : QUOTH_ERR_IO;
}

static void builder_free(corpus_builder *b) {
    free(b->word_off);
    free(b->word_len);
    free(b->pos);
    free(b->ner);
    free(b->sent_start);
    free(b->text);
}

/* Moves the builder's arrays into the corpus, turning offsets into pointers. */
static int builder_finish(corpus_builder *b, quoth_corpus *c) {
    c->words = malloc((b->n ? b->n : 1) * sizeof *c->words);
    if (!c->words) return QUOTH_ERR_NOMEM;
    for (size_t i = 0; i < b->n; i++)
        c->words[i] = (quoth_word){b->text + b->word_off[i], b->word_len[i]};
    if (QUOTH_RESERVE(b->sent_start, b->cap_sents, b->n_sents + 1, 1024))
        return QUOTH_ERR_NOMEM;
    b->sent_start[b->n_sents] = b->n;
    for (size_t s = 0; s < b->n_sents; s++) {
        size_t len = b->sent_start[s + 1] - b->sent_start[s];
        if (len > c->longest_sent) c->longest_sent = len;
    }
    c->pos = b->pos;
    c->ner = b->ner;
    c->n_tokens = b->n;
    c->sent_start = b->sent_start;
    c->n_sents = b->n_sents;
    c->text = b->text;
    free(b->word_off);
    free(b->word_len);
    memset(b, 0, sizeof *b);
    return QUOTH_OK;
}

int quoth_corpus_read(const char *path, quoth_corpus *out) {
    if (!path || !out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    gzFile gz = gzopen(path, "rb");
    if (!gz) return QUOTH_ERR_IO;
    corpus_builder b;
    memset(&b, 0, sizeof b);
    int rc = read_lines(gz, &b, out);
    gzclose(gz);
    if (rc == QUOTH_OK) rc = builder_finish(&b, out);
    builder_free(&b);
    if (rc != QUOTH_OK) quoth_corpus_free(out);
    return rc;
}

void quoth_corpus_free(quoth_corpus *c) {
    if (!c) return;
    free(c->words);
    free(c->pos);
    free(c->ner);
    free(c->sent_start);
    free(c->text);
    memset(c, 0, sizeof *c);
}
