/*
 * charset.c - bytes in another encoding made UTF-8.
 *
 * The windows-1252 family is converted by table, the way browsers read it
 * (the WHATWG Encoding Standard): a page labelled latin-1 or ASCII is read
 * as windows-1252, whose bytes 0x80-0x9F are curly quotes, dashes and the
 * euro sign, where glibc's ISO-8859-1 would make them control characters
 * and lose every quotation mark of the page. Every other encoding goes
 * through glibc's iconv, which knows all that news pages use and is part
 * of the C library, not a dependency.
 */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io/charset.h"
#include "quoth.h"
#include "text/utf8.h"

/* windows-1252's 0x80..0x9F, where the five bytes it leaves undefined are
 * the C1 controls of the same value (as WHATWG's table has them); the rest
 * of its upper half is latin-1. */
static const unsigned short CP1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

typedef struct label_entry {
    const char *label;
    quoth_charset charset;
    const char *iconv_name; /* QUOTH_CHARSET_ICONV: glibc's name where it knows the label by another */
} label_entry;

/* WHATWG's labels of the encodings quoth treats itself, and those of
 * others whose glibc names differ; any other label is asked of iconv. */
static const label_entry LABELS[] = {
    {"utf-8", QUOTH_CHARSET_UTF8, NULL},          {"utf8", QUOTH_CHARSET_UTF8, NULL},
    {"unicode-1-1-utf-8", QUOTH_CHARSET_UTF8, NULL},
    {"windows-1252", QUOTH_CHARSET_CP1252, NULL}, {"cp1252", QUOTH_CHARSET_CP1252, NULL},
    {"x-cp1252", QUOTH_CHARSET_CP1252, NULL},     {"iso-8859-1", QUOTH_CHARSET_CP1252, NULL},
    {"iso8859-1", QUOTH_CHARSET_CP1252, NULL},    {"iso88591", QUOTH_CHARSET_CP1252, NULL},
    {"iso_8859-1", QUOTH_CHARSET_CP1252, NULL},   {"iso_8859-1:1987", QUOTH_CHARSET_CP1252, NULL},
    {"latin1", QUOTH_CHARSET_CP1252, NULL},       {"latin-1", QUOTH_CHARSET_CP1252, NULL},
    {"l1", QUOTH_CHARSET_CP1252, NULL},           {"cp819", QUOTH_CHARSET_CP1252, NULL},
    {"ibm819", QUOTH_CHARSET_CP1252, NULL},       {"csisolatin1", QUOTH_CHARSET_CP1252, NULL},
    {"iso-ir-100", QUOTH_CHARSET_CP1252, NULL},   {"us-ascii", QUOTH_CHARSET_CP1252, NULL},
    {"ascii", QUOTH_CHARSET_CP1252, NULL},        {"ansi_x3.4-1968", QUOTH_CHARSET_CP1252, NULL},
    {"utf-16le", QUOTH_CHARSET_UTF16LE, NULL},    {"utf-16", QUOTH_CHARSET_UTF16LE, NULL},
    {"ucs-2", QUOTH_CHARSET_UTF16LE, NULL},       {"unicode", QUOTH_CHARSET_UTF16LE, NULL},
    {"utf-16be", QUOTH_CHARSET_UTF16BE, NULL},
    /* what browsers decode these labels as: Microsoft's supersets (in
     * Shift_JIS, 0x5C is a backslash and the NEC signs are read; in GBK,
     * 0x80 is the euro sign) and Big5 with Hong Kong's characters */
    {"big5", QUOTH_CHARSET_ICONV, "BIG5-HKSCS"},  {"cn-big5", QUOTH_CHARSET_ICONV, "BIG5-HKSCS"},
    {"x-x-big5", QUOTH_CHARSET_ICONV, "BIG5-HKSCS"}, {"csbig5", QUOTH_CHARSET_ICONV, "BIG5-HKSCS"},
    {"gb2312", QUOTH_CHARSET_ICONV, "GBK"},       {"gbk", QUOTH_CHARSET_ICONV, "GBK"},
    {"x-gbk", QUOTH_CHARSET_ICONV, "GBK"},        {"chinese", QUOTH_CHARSET_ICONV, "GBK"},
    {"shift_jis", QUOTH_CHARSET_ICONV, "CP932"},  {"shift-jis", QUOTH_CHARSET_ICONV, "CP932"},
    {"sjis", QUOTH_CHARSET_ICONV, "CP932"},       {"x-sjis", QUOTH_CHARSET_ICONV, "CP932"},
    {"ms_kanji", QUOTH_CHARSET_ICONV, "CP932"},   {"windows-31j", QUOTH_CHARSET_ICONV, "CP932"},
    {"csshiftjis", QUOTH_CHARSET_ICONV, "CP932"}, {"euc-kr", QUOTH_CHARSET_ICONV, "CP949"},
    {"ks_c_5601-1987", QUOTH_CHARSET_ICONV, "CP949"}, {"windows-949", QUOTH_CHARSET_ICONV, "CP949"},
    {"korean", QUOTH_CHARSET_ICONV, "CP949"},     {"x-mac-roman", QUOTH_CHARSET_ICONV, "MACINTOSH"},
    {"iso-8859-8-i", QUOTH_CHARSET_ICONV, "ISO-8859-8"},
};

/* The label lowercased, without the spaces around it, into out; 0 when it
 * does not fit (no encoding has so long a name). */
static int normalized(const char *label, char *out, size_t cap) {
    while (*label && isspace((unsigned char)*label)) label++;
    size_t n = strlen(label);
    while (n && isspace((unsigned char)label[n - 1])) n--;
    if (!n || n >= cap) return 0;
    for (size_t i = 0; i < n; i++) out[i] = (char)tolower((unsigned char)label[i]);
    out[n] = 0;
    return 1;
}

static const label_entry *entry_of(const char *name) {
    for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
        if (strcmp(LABELS[i].label, name) == 0) return &LABELS[i];
    return NULL;
}

/* The name to give iconv for a label of QUOTH_CHARSET_ICONV (in `name`). */
static const char *iconv_name_of(const char *name) {
    const label_entry *e = entry_of(name);
    return e && e->iconv_name ? e->iconv_name : name;
}

quoth_charset quoth_charset_of_label(const char *label) {
    char name[64];
    if (!label || !normalized(label, name, sizeof name)) return QUOTH_CHARSET_UNKNOWN;
    const label_entry *e = entry_of(name);
    if (e) return e->charset;
    iconv_t cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1) return QUOTH_CHARSET_UNKNOWN;
    iconv_close(cd);
    return QUOTH_CHARSET_ICONV;
}

quoth_charset quoth_charset_of_bom(const char *s, size_t n, size_t *bom_len) {
    const unsigned char *u = (const unsigned char *)s;
    *bom_len = 0;
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        *bom_len = 3;
        return QUOTH_CHARSET_UTF8;
    }
    if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        *bom_len = 2;
        return QUOTH_CHARSET_UTF16LE;
    }
    if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        *bom_len = 2;
        return QUOTH_CHARSET_UTF16BE;
    }
    return QUOTH_CHARSET_UNKNOWN;
}

/* How many characters beyond ASCII s holds in valid UTF-8, and how many
 * invalid sequences, counted as a decoder replaces them. */
static void utf8_census(const char *s, size_t n, size_t *multi, size_t *invalid) {
    const unsigned char *u = (const unsigned char *)s;
    *multi = *invalid = 0;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = quoth_utf8_valid_sequence(u + i, n - i);
        if (k) (*multi)++;
        else (*invalid)++;
        i += k ? k : quoth_utf8_maximal_subpart(u + i, n - i);
    }
}

int quoth_valid_utf8(const char *s, size_t n) {
    size_t multi, invalid;
    utf8_census(s, n, &multi, &invalid);
    return invalid == 0;
}

int quoth_plainly_utf8(const char *s, size_t n) {
    size_t multi, invalid;
    utf8_census(s, n, &multi, &invalid);
    return multi > 0 && invalid == 0;
}

int quoth_mostly_utf8(const char *s, size_t n) {
    size_t multi, invalid;
    utf8_census(s, n, &multi, &invalid);
    return multi >= invalid;
}

static int from_cp1252(const char *s, size_t n, char **out, size_t *out_len) {
    if (n > (SIZE_MAX - 1) / 3) return QUOTH_ERR_NOMEM;
    char *buf = malloc(n * 3 + 1);
    if (!buf) return QUOTH_ERR_NOMEM;
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = (unsigned char)s[i];
        if (c >= 0x80 && c < 0xA0) c = CP1252[c - 0x80];
        used += quoth_utf8_encode(c, buf + used);
    }
    buf[used] = 0;
    *out = buf;
    *out_len = used;
    return 0;
}

/* Room for `more` bytes and the final NUL past `used`. */
static int reserve(char **buf, size_t *cap, size_t used, size_t more) {
    if (more > PTRDIFF_MAX / 2 || used > PTRDIFF_MAX / 2) return 0;
    if (used + more + 1 <= *cap) return 1;
    size_t want = *cap * 2 > used + more + 1 ? *cap * 2 : used + more + 1;
    char *p = realloc(*buf, want);
    if (!p) return 0;
    *buf = p;
    *cap = want;
    return 1;
}

/* One step of iconv into buf past *used; what it left to convert stays
 * in *in, *left. Returns iconv's result, with errno. */
static size_t iconv_step(iconv_t cd, char **in, size_t *left, char *buf, size_t cap, size_t *used) {
    char *o = buf + *used;
    size_t room = cap - *used - 1;
    size_t r = in ? iconv(cd, in, left, &o, &room) : iconv(cd, NULL, NULL, &o, &room);
    *used = (size_t)(o - buf);
    return r;
}

/* `unit` is the width of the code units to skip past an invalid one:
 * 2 for UTF-16, where skipping one byte would misread the rest. */
static int through_iconv(const char *from, size_t unit, const char *s, size_t n, char **out, size_t *out_len) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) return errno == ENOMEM ? QUOTH_ERR_NOMEM : QUOTH_ERR_INVALID;
    size_t cap = 0, used = 0;
    char *buf = NULL;
    char *in = (char *)(uintptr_t)s; /* iconv's prototype lacks the const it honours */
    size_t left = n;
    int rc = reserve(&buf, &cap, 0, n < SIZE_MAX / 2 ? n + n / 2 + 16 : n) ? 0 : QUOTH_ERR_NOMEM;
    while (!rc && left) {
        if (iconv_step(cd, &in, &left, buf, cap, &used) != (size_t)-1) break;
        int why = errno; /* before realloc can change it */
        if (why == E2BIG) {
            if (!reserve(&buf, &cap, used, 64)) rc = QUOTH_ERR_NOMEM;
            continue;
        }
        /* EILSEQ, or EINVAL for a sequence cut short by the end of input */
        if (!reserve(&buf, &cap, used, 1)) {
            rc = QUOTH_ERR_NOMEM;
            break;
        }
        buf[used++] = (char)0xFF;
        size_t skip = why == EINVAL || unit > left ? left : unit;
        in += skip;
        left -= skip;
    }
    /* glibc's decoders of CP1255, CP1258 and TCVN hold back each letter
     * until they know no combining mark follows: the last comes out here. */
    while (!rc && iconv_step(cd, NULL, NULL, buf, cap, &used) == (size_t)-1 && errno == E2BIG)
        if (!reserve(&buf, &cap, used, 64)) rc = QUOTH_ERR_NOMEM;
    iconv_close(cd);
    if (rc) {
        free(buf);
        return rc;
    }
    buf[used] = 0;
    *out = buf;
    *out_len = used;
    return 0;
}

int quoth_charset_to_utf8(quoth_charset cs, const char *label, const char *s, size_t n, char **out,
                          size_t *out_len) {
    char name[64];
    *out = NULL;
    *out_len = 0;
    switch (cs) {
    case QUOTH_CHARSET_CP1252: return from_cp1252(s, n, out, out_len);
    case QUOTH_CHARSET_UTF16LE: return through_iconv("UTF-16LE", 2, s, n, out, out_len);
    case QUOTH_CHARSET_UTF16BE: return through_iconv("UTF-16BE", 2, s, n, out, out_len);
    case QUOTH_CHARSET_ICONV:
        if (!label || !normalized(label, name, sizeof name)) return QUOTH_ERR_INVALID;
        return through_iconv(iconv_name_of(name), 1, s, n, out, out_len);
    case QUOTH_CHARSET_UTF8:
    case QUOTH_CHARSET_UNKNOWN: break;
    }
    return QUOTH_ERR_INVALID;
}
