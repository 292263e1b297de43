/*
 * test_spans.c - invariants over every span quoth emits: inside the text,
 * on code-point boundaries, code-point offsets that count what the bytes
 * hold, so that the JSON "text" of a span is exactly its slice. Checked on
 * generated articles full of quotes, cues, multi-byte and invalid bytes.
 */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quoth.h"

/* Code points in s[0..n) of valid UTF-8. */
static size_t count_cp(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static int span_ok(const char *text, size_t len, const quoth_span *s) {
    if (s->byte_start > s->byte_end || s->byte_end > len) return 0;
    if (((unsigned char)text[s->byte_start] & 0xC0) == 0x80) return 0;
    if (s->byte_end < len && ((unsigned char)text[s->byte_end] & 0xC0) == 0x80) return 0;
    return s->start == count_cp(text, s->byte_start) && s->end == count_cp(text, s->byte_end) &&
           s->start < s->end;
}

static int doc_ok(const quoth_doc *doc) {
    size_t len;
    const char *text = quoth_doc_text(doc, &len);
    if (quoth_doc_length(doc) != count_cp(text, len)) return 0;
    for (size_t i = 0; i < quoth_doc_quote_count(doc); i++) {
        const quoth_quote *q = quoth_doc_quote(doc, i);
        if (q->n_contents < 1 || q->n_contents > 2) return 0;
        if (q->has_cue && !span_ok(text, len, &q->cue)) return 0;
        for (size_t k = 0; k < q->n_sources; k++)
            if (!span_ok(text, len, &q->sources[k])) return 0;
        for (size_t k = 0; k < q->n_contents; k++)
            if (!span_ok(text, len, &q->contents[k])) return 0;
        if (q->n_sources && (!q->speaker_mention ||
                             strncmp(q->speaker_mention, text + q->sources[0].byte_start,
                                     q->sources[0].byte_end - q->sources[0].byte_start) != 0))
            return 0;
    }
    return 1;
}

static const char *const PIECES[] = {
    "The minister", "said", "that", "the talks", "will resume", ",", ".", " ", " ", "\n",
    "\n\n", "\xE2\x80\x9C", "\xE2\x80\x9D", "\"", "'", "\xE2\x80\x99", "he added", "according to",
    "Gen. Mark Milley", "Zelensky", "\xC3\xA9t\xC3\xA9", "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
    "\xF0\x9F\x98\x80", "\xFF", "\xE2\x80", "\r\n", "\xC2\xA0", "Kirby stressed", "told reporters",
    "\xE2\x80\x94", "(", ")", "U.S.", "warned", "The Wall Street Journal reported", "she", "it"};

/* A deterministic pseudo-random article (xorshift). */
static size_t make_article(uint64_t *state, char *buf, size_t cap) {
    size_t o = 0, n_pieces = sizeof PIECES / sizeof *PIECES;
    while (o + 64 < cap) {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        const char *p = PIECES[*state % n_pieces];
        size_t n = strlen(p);
        memcpy(buf + o, p, n);
        o += n;
        if (*state % 3) buf[o++] = ' ';
    }
    return o;
}

static void test_every_span_is_its_slice(void) {
    quoth_model *model;
    CHECK_INT(quoth_model_load_default(&model), 0);
    quoth_engine *engine = quoth_engine_new(model, 0);
    uint64_t state = 0x9E3779B97F4A7C15ull;
    static char buf[6000];
    size_t docs = 0, good = 0, quotes = 0;
    for (int round = 0; round < 300; round++) {
        size_t n = make_article(&state, buf, 200 + (size_t)round * 19 % (sizeof buf - 200));
        const quoth_doc *doc;
        if (quoth_extract(engine, buf, n, &doc) != 0) continue;
        docs++;
        good += doc_ok(doc);
        quotes += quoth_doc_quote_count(doc);
    }
    CHECK_INT(docs, 300);
    CHECK_INT(good, 300);
    CHECK(quotes > 100); /* the generator does make attributions */
    quoth_engine_free(engine);
    quoth_model_free(model);
}

TEST_MAIN(test_every_span_is_its_slice)
