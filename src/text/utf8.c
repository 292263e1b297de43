/*
 * utf8.c - repairing decoder and the byte -> code point index.
 */
#include "text/utf8.h"

#include <stdlib.h>
#include <string.h>

#include "quoth.h"
#include "tag/hash.h"

#define CP_BLOCK 64

size_t quoth_utf8_valid_sequence(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c < 0xF0) {
        unsigned char lo = 0x80, hi = 0xBF;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
        if (n < 3 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80) return 0;
        return 3;
    }
    if (c < 0xF5) {
        unsigned char lo = 0x80, hi = 0xBF;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
        if (n < 4 || s[1] < lo || s[1] > hi || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        return 4;
    }
    return 0;
}

/* The longest prefix at s that could begin a valid sequence. */
size_t quoth_utf8_maximal_subpart(const unsigned char *s, size_t n) {
    unsigned char c = s[0];
    size_t want;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c < 0xE0) want = 2;
    else if (c >= 0xE0 && c < 0xF0) {
        want = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c < 0xF5) {
        want = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else
        return 1;
    size_t i = 1;
    if (i < n && s[i] >= lo && s[i] <= hi) {
        i++;
        while (i < want && i < n && (s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

/* True when the whole input is valid UTF-8: the common case, which needs
 * no repair. Scans eight ASCII bytes at a time. */
static int needs_no_repair(const unsigned char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!(w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        size_t k = quoth_utf8_valid_sequence(s + i, n - i);
        if (!k) return 0;
        i += k;
    }
    return 1;
}

static int reserve(char **buf, size_t *cap, size_t want) {
    if (want <= *cap) return 0;
    size_t n = *cap ? *cap : 256;
    while (n < want) {
        if (n > SIZE_MAX / 2) return QUOTH_ERR_TOO_LARGE;
        n *= 2;
    }
    char *p = realloc(*buf, n);
    if (!p) return QUOTH_ERR_NOMEM;
    *buf = p;
    *cap = n;
    return 0;
}

/* Copies input into ct->owned, replacing invalid sequences. The output
 * is at most 3 bytes per input byte (one U+FFFD per bad byte). */
static int repair_copy(quoth_clean_text *ct, const unsigned char *s, size_t n) {
    if (n > (SIZE_MAX - 8) / 3) return QUOTH_ERR_TOO_LARGE;
    int rc = reserve(&ct->owned, &ct->owned_cap, n * 3 + 8);
    if (rc) return rc;
    char *out = ct->owned;
    size_t o = 0, i = 0;
    ct->repairs = 0;
    while (i < n) {
        size_t k = quoth_utf8_valid_sequence(s + i, n - i);
        if (k) {
            memcpy(out + o, s + i, k);
            o += k;
            i += k;
            continue;
        }
        i += quoth_utf8_maximal_subpart(s + i, n - i);
        memcpy(out + o, "\xEF\xBF\xBD", 3);
        o += 3;
        ct->repairs++;
    }
    out[o] = '\0';
    ct->text = out;
    ct->len = o;
    return 0;
}

/* The code points that begin in s[from..to), at most one block: the
 * bytes that are not continuation bytes (10xxxxxx), eight at a time, their
 * lanes summed (at most eight a lane) and added up once. The last few
 * bytes are read as a word too when the text goes on that far (`readable`
 * bytes from s), with the lanes past `to` masked off. */
static size_t block_code_points(const unsigned char *s, size_t from, size_t to, size_t readable) {
    const uint64_t ones = 0x0101010101010101ull, high = ones * 0x80;
    uint64_t continuations = 0;
    size_t i = from;
    for (; i + 8 <= to; i += 8) {
        uint64_t w = quoth_hash_load64(s + i);
        continuations += (w & ~(w << 1) & high) >> 7; /* bit 7 set, bit 6 clear */
    }
    if (i < to && i + 8 <= readable) {
        uint64_t w = quoth_hash_load64(s + i) & (~0ull >> (64 - 8 * (to - i)));
        continuations += (w & ~(w << 1) & high) >> 7;
        i = to;
    }
    size_t count = (i - from) - (size_t)((continuations * ones) >> 56);
    for (; i < to; i++) count += (s[i] & 0xC0) != 0x80;
    return count;
}

static int build_cp_index(quoth_clean_text *ct) {
    size_t blocks = ct->len / CP_BLOCK + 1;
    if (blocks > ct->cp_cap) {
        uint32_t *p = realloc(ct->cp_before, blocks * sizeof *p);
        if (!p) return QUOTH_ERR_NOMEM;
        ct->cp_before = p;
        ct->cp_cap = blocks;
    }
    const unsigned char *s = (const unsigned char *)ct->text;
    size_t count = 0;
    for (size_t b = 0; b < blocks; b++) {
        ct->cp_before[b] = (uint32_t)count;
        size_t end = (b + 1) * CP_BLOCK;
        if (end > ct->len) end = ct->len;
        count += block_code_points(s, b * CP_BLOCK, end, ct->len);
    }
    ct->n_codepoints = count;
    return 0;
}

size_t quoth_universal_newlines(char *s, size_t len) {
    char *cr = memchr(s, '\r', len);
    if (!cr) return len;
    size_t o = (size_t)(cr - s);
    for (size_t i = o; i < len; i++) {
        if (s[i] != '\r') {
            s[o++] = s[i];
            continue;
        }
        s[o++] = '\n';
        if (i + 1 < len && s[i + 1] == '\n') i++;
    }
    return o;
}

int quoth_clean_text_set(quoth_clean_text *ct, const char *input, size_t len, int universal_newlines) {
    /* Offsets are stored as 32 bits in tokens; 4 GB documents are refused. */
    if (len > 0x3FFFFFFFu) return QUOTH_ERR_TOO_LARGE;
    const unsigned char *s = (const unsigned char *)input;
    int rc;
    if (needs_no_repair(s, len)) {
        /* A copy even here, so that a document never points into the
         * caller's buffer: one memcpy against the whole pipeline. */
        if ((rc = reserve(&ct->owned, &ct->owned_cap, len + 1)) != 0) return rc;
        memcpy(ct->owned, input, len);
        ct->owned[len] = '\0';
        ct->text = ct->owned;
        ct->len = len;
        ct->repairs = 0;
    } else if ((rc = repair_copy(ct, s, len)) != 0)
        return rc;
    if (universal_newlines) {
        ct->len = quoth_universal_newlines(ct->owned, ct->len);
        ct->owned[ct->len] = '\0';
    }
    return build_cp_index(ct);
}

size_t quoth_clean_text_cp(const quoth_clean_text *ct, size_t byte) {
    if (byte >= ct->len) return ct->n_codepoints;
    size_t b = byte / CP_BLOCK;
    return ct->cp_before[b] + block_code_points((const unsigned char *)ct->text, b * CP_BLOCK, byte, ct->len);
}

void quoth_clean_text_free(quoth_clean_text *ct) {
    free(ct->owned);
    free(ct->cp_before);
    memset(ct, 0, sizeof *ct);
}

uint32_t quoth_utf8_decode(const unsigned char *s, size_t n, size_t *len) {
    unsigned char c = s[0];
    if (c < 0x80 || n < 2) {
        *len = 1;
        return c;
    }
    if (c < 0xE0) {
        *len = 2;
        return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F);
    }
    if (c < 0xF0 || n < 4) {
        if (n < 3) {
            *len = 1;
            return 0xFFFD;
        }
        *len = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
           ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

size_t quoth_utf8_encode(uint32_t cp, char *out) {
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}
