/*
 * wire.c - a document's statements as bytes between threads (wire.h).
 *
 * The bytes never leave the process that wrote them, so numbers are in the
 * machine's own order; a string is its length (UINT32_MAX for NULL), its
 * bytes and a NUL, so that the reader can point into them.
 */
#include "store/wire.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NO_STRING UINT32_MAX

/* ---------------------------------------------------------------- write */

static int put_u64(FILE *out, uint64_t v) { return fwrite(&v, sizeof v, 1, out) == 1 ? 0 : QUOTH_ERR_IO; }

static int put_slice(FILE *out, const char *s, size_t n) {
    uint32_t len = s ? (uint32_t)n : NO_STRING;
    if (fwrite(&len, sizeof len, 1, out) != 1) return QUOTH_ERR_IO;
    if (s && ((n && fwrite(s, 1, n, out) != n) || putc(0, out) == EOF)) return QUOTH_ERR_IO;
    return 0;
}

static int put_str(FILE *out, const char *s) { return put_slice(out, s, s ? strlen(s) : 0); }

static int put_record(FILE *out, const quoth_store_record *r) {
    unsigned char small[5] = {(unsigned char)r->type, (unsigned char)r->n_contents, (unsigned char)r->kind,
                              (unsigned char)r->gender, (unsigned char)r->resolved_by};
    int rc = fwrite(small, sizeof small, 1, out) == 1 && fwrite(&r->confidence, sizeof r->confidence, 1, out) == 1
                 ? 0
                 : QUOTH_ERR_IO;
    const uint64_t at[] = {r->cue_start,        r->cue_end,          r->source_start,     r->source_end,
                           r->content_start[0], r->content_end[0],   r->content_start[1], r->content_end[1]};
    for (size_t i = 0; !rc && i < sizeof at / sizeof *at; i++) rc = put_u64(out, at[i]);
    if (!rc) rc = put_slice(out, r->cue, r->cue_len);
    if (!rc) rc = put_slice(out, r->source, r->source_len);
    for (size_t i = 0; !rc && i < 2; i++) rc = put_slice(out, i < r->n_contents ? r->content[i] : NULL, r->content_len[i]);
    if (!rc) rc = put_str(out, r->speaker_name);
    if (!rc) rc = put_str(out, r->speaker_mention);
    if (!rc) rc = put_str(out, r->speaker_role);
    return rc;
}

int quoth_wire_write(FILE *out, quoth_wire_kind kind, const quoth_doc_meta *meta, const char *hash,
                     size_t text_bytes, const quoth_doc *doc) {
    size_t n = kind == QUOTH_WIRE_STORE && doc ? quoth_doc_quote_count(doc) : 0, tlen;
    int rc = putc((int)kind, out) == EOF ? QUOTH_ERR_IO : 0;
    const char *fields[] = {meta->id, meta->url, meta->title, meta->date, meta->outlet, meta->origin, hash};
    for (size_t i = 0; !rc && i < sizeof fields / sizeof *fields; i++) rc = put_str(out, fields[i]);
    if (!rc) rc = put_u64(out, text_bytes);
    if (!rc) rc = put_u64(out, n);
    const char *text = n ? quoth_doc_text(doc, &tlen) : NULL;
    for (size_t i = 0; !rc && i < n; i++) {
        quoth_store_record r;
        quoth_store_record_of(quoth_doc_quote(doc, i), text, &r);
        rc = put_record(out, &r);
    }
    return rc;
}

/* ----------------------------------------------------------------- read */

typedef struct cursor {
    const char *p, *end;
    int bad;
} cursor;

static const void *take(cursor *c, size_t n) {
    if (c->bad || (size_t)(c->end - c->p) < n) {
        c->bad = 1;
        return NULL;
    }
    const void *at = c->p;
    c->p += n;
    return at;
}

static uint64_t get_u64(cursor *c) {
    uint64_t v = 0;
    const void *at = take(c, sizeof v);
    if (at) memcpy(&v, at, sizeof v);
    return v;
}

static const char *get_slice(cursor *c, size_t *n) {
    uint32_t len = NO_STRING;
    const void *at = take(c, sizeof len);
    if (at) memcpy(&len, at, sizeof len);
    if (n) *n = 0;
    if (!at || len == NO_STRING) return NULL;
    const char *s = take(c, (size_t)len + 1);
    if (!s || s[len] != 0) {
        c->bad = 1;
        return NULL;
    }
    if (n) *n = len;
    return s;
}

static void get_record(cursor *c, quoth_store_record *r) {
    memset(r, 0, sizeof *r);
    const unsigned char *small = take(c, 5);
    const void *confidence = take(c, sizeof r->confidence);
    if (!small || !confidence) return;
    r->type = (quoth_quote_type)small[0];
    r->n_contents = small[1];
    r->kind = (quoth_speaker_kind)small[2];
    r->gender = (quoth_gender)small[3];
    r->resolved_by = (quoth_resolution)small[4];
    memcpy(&r->confidence, confidence, sizeof r->confidence);
    size_t *at[] = {&r->cue_start,        &r->cue_end,          &r->source_start,     &r->source_end,
                    &r->content_start[0], &r->content_end[0],   &r->content_start[1], &r->content_end[1]};
    for (size_t i = 0; i < sizeof at / sizeof *at; i++) *at[i] = (size_t)get_u64(c);
    r->cue = get_slice(c, &r->cue_len);
    r->source = get_slice(c, &r->source_len);
    for (size_t i = 0; i < 2; i++) r->content[i] = get_slice(c, &r->content_len[i]);
    r->speaker_name = get_slice(c, NULL);
    r->speaker_mention = get_slice(c, NULL);
    r->speaker_role = get_slice(c, NULL);
    if (r->n_contents > 2 || (r->n_contents && !r->content[0])) c->bad = 1;
}

int quoth_wire_read(const char *bytes, size_t len, quoth_wire_doc *w) {
    memset(w, 0, sizeof *w);
    cursor c = {bytes, bytes + len, 0};
    const char *kind = take(&c, 1);
    if (!kind || (*kind != QUOTH_WIRE_STORE && *kind != QUOTH_WIRE_UNCHANGED)) return QUOTH_ERR_INVALID;
    w->kind = (quoth_wire_kind)*kind;
    const char **fields[] = {&w->meta.id,     &w->meta.url,    &w->meta.title, &w->meta.date,
                             &w->meta.outlet, &w->meta.origin};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) *fields[i] = get_slice(&c, NULL);
    size_t hash_len;
    const char *hash = get_slice(&c, &hash_len);
    w->text_bytes = (size_t)get_u64(&c);
    uint64_t n = get_u64(&c);
    if (c.bad || !hash || hash_len != 64 || n > len) return QUOTH_ERR_INVALID;
    memcpy(w->hash, hash, 65);
    if (n && !(w->records = malloc((size_t)n * sizeof *w->records))) return QUOTH_ERR_NOMEM;
    w->n = (size_t)n;
    for (size_t i = 0; i < w->n && !c.bad; i++) get_record(&c, &w->records[i]);
    if (c.bad || c.p != c.end) {
        quoth_wire_doc_free(w);
        return QUOTH_ERR_INVALID;
    }
    return 0;
}

void quoth_wire_doc_free(quoth_wire_doc *w) {
    free(w->records);
    w->records = NULL;
    w->n = 0;
}
