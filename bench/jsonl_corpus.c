/*
 * jsonl_corpus.c - the JSON Lines corpus of `make bench`, written to
 * standard output.
 *
 *     jsonl_corpus [--copies N | --bytes N] [DIR]
 *
 * Every *.txt file of DIR (in name order) becomes one line
 * {"id", "url", "title", "text"}; the set is written N times (--copies,
 * default 1; each copy's ids differ), or again and again until N bytes
 * are out (--bytes: a stream of any size without a file, for measuring
 * memory on a large input). Without DIR, or when it has no text files,
 * news-like text is generated from a fixed seed instead (300 articles),
 * so that the benchmark runs anywhere and always on the same bytes.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct article {
    char *name;
    char *text;
    size_t len;
} article;

typedef struct corpus {
    article *a;
    size_t n, cap;
} corpus;

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) {
        fprintf(stderr, "jsonl_corpus: out of memory\n");
        exit(3);
    }
    return q;
}

static void add(corpus *c, const char *name, char *text, size_t len) {
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 256;
        c->a = xrealloc(c->a, c->cap * sizeof *c->a);
    }
    size_t k = strlen(name);
    char *nm = xrealloc(NULL, k + 1);
    memcpy(nm, name, k + 1);
    c->a[c->n++] = (article){nm, text, len};
}

static int by_name(const void *x, const void *y) {
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void read_dir(corpus *c, const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t k = strlen(e->d_name);
        if (e->d_name[0] == '.' || k < 5 || strcmp(e->d_name + k - 4, ".txt") != 0) continue;
        if (n == cap) {
            cap = cap ? 2 * cap : 256;
            names = xrealloc(names, cap * sizeof *names);
        }
        names[n] = xrealloc(NULL, k + 1);
        memcpy(names[n++], e->d_name, k + 1);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        size_t plen = strlen(dir) + strlen(names[i]) + 2;
        char *path = xrealloc(NULL, plen);
        snprintf(path, plen, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "rb");
        if (f) {
            char *text = NULL;
            size_t len = 0, tcap = 0, got;
            char buf[65536];
            while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
                if (len + got + 1 > tcap) {
                    tcap = (len + got + 1) * 2;
                    text = xrealloc(text, tcap);
                }
                memcpy(text + len, buf, got);
                len += got;
            }
            fclose(f);
            if (text) {
                names[i][strlen(names[i]) - 4] = 0;
                add(c, names[i], text, len);
            }
        }
        free(path);
        free(names[i]);
    }
    free(names);
}

/* ------------------------------------------------------ generated text */

static uint64_t next_random(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

#define PICK(arr, s) (arr[next_random(s) % (sizeof arr / sizeof *arr)])

static void generate(corpus *c) {
    static const char *const FIRST[] = {"Helena", "Tomas", "Maria", "David", "Aisha", "Robert", "Li", "Carmen",
                                        "James", "Fatima", "Peter", "Sofia", "Walter", "Nadia", "Omar", "Grace"};
    static const char *const LAST[] = {"Marsh", "Reyes", "Okafor", "Brink", "Chen", "Novak", "Haddad", "Larsen",
                                       "Moreno", "Kowalski", "Singh", "Adeyemi", "Fischer", "Duval", "Park", "Ivanova"};
    static const char *const ROLE[] = {"the mayor", "a spokesman for the ministry", "the finance minister",
                                       "a senior official", "the company's chief executive", "a local shop owner",
                                       "the union leader", "an analyst at the central bank"};
    static const char *const CUE[] = {"said", "told reporters", "warned", "added", "argued", "noted", "insisted",
                                      "explained"};
    static const char *const SUBJ[] = {"the new budget", "the harbor wall", "the election", "the trade agreement",
                                       "the water project", "the court ruling", "inflation", "the school reform"};
    static const char *const PRED[] = {"will cost more than expected", "is long overdue",
                                       "could be finished before the winter", "has divided the council",
                                       "will not solve the problem", "was approved on Tuesday",
                                       "needs another vote", "would help thousands of families"};
    static const char *const FILL[] = {
        "The decision came after months of debate in the city council.",
        "Officials did not give a date for the next meeting.",
        "Several residents attended the hearing on Monday evening.",
        "The plan was first proposed in 2019 and revised twice since.",
        "Critics say the costs have been underestimated from the start.",
        "According to figures released last week, spending rose by 4 percent."};
    uint64_t s = 0x9E3779B97F4A7C15ull;
    for (int k = 0; k < 300; k++) {
        size_t cap = 8192, len = 0;
        char *t = xrealloc(NULL, cap);
        int paragraphs = 8 + (int)(next_random(&s) % 10);
        for (int p = 0; p < paragraphs; p++) {
            char para[1024];
            const char *first = PICK(FIRST, &s), *last = PICK(LAST, &s);
            int n;
            switch (next_random(&s) % 4) {
            case 0:
                n = snprintf(para, sizeof para, "\"%s %s,\" %s %s %s, %s.", "We believe", PICK(SUBJ, &s),
                             PICK(CUE, &s), first, last, PICK(ROLE, &s));
                break;
            case 1:
                n = snprintf(para, sizeof para, "%s %s, %s, %s that %s %s.", first, last, PICK(ROLE, &s),
                             PICK(CUE, &s), PICK(SUBJ, &s), PICK(PRED, &s));
                break;
            case 2:
                n = snprintf(para, sizeof para, "%s %s According to %s, %s %s.", PICK(FILL, &s), PICK(FILL, &s),
                             last, PICK(SUBJ, &s), PICK(PRED, &s));
                break;
            default:
                n = snprintf(para, sizeof para, "%s \"It %s,\" %s %s. %s", PICK(FILL, &s), PICK(PRED, &s), last,
                             PICK(CUE, &s), PICK(FILL, &s));
                break;
            }
            if (n < 0) n = 0;
            if ((size_t)n >= sizeof para) n = (int)sizeof para - 1;
            if (len + (size_t)n + 3 > cap) {
                cap = 2 * (len + (size_t)n + 3);
                t = xrealloc(t, cap);
            }
            memcpy(t + len, para, (size_t)n);
            len += (size_t)n;
            t[len++] = '\n';
            t[len++] = '\n';
        }
        char name[32];
        snprintf(name, sizeof name, "generated-%03d", k);
        add(c, name, t, len);
    }
}

/* ------------------------------------------------------------- writing */

/* Appends s as a JSON string to out (which has room: 6 bytes per input byte + 2). */
static size_t json_string(char *out, const char *s, size_t n) {
    static const char HEX[] = "0123456789abcdef";
    size_t o = 0;
    out[o++] = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\') {
            out[o++] = '\\';
            out[o++] = (char)ch;
        } else if (ch == '\n') {
            out[o++] = '\\';
            out[o++] = 'n';
        } else if (ch == '\t') {
            out[o++] = '\\';
            out[o++] = 't';
        } else if (ch == '\r') {
            out[o++] = '\\';
            out[o++] = 'r';
        } else if (ch < 0x20) {
            memcpy(out + o, "\\u00", 4);
            out[o + 4] = HEX[ch >> 4];
            out[o + 5] = HEX[ch & 15];
            o += 6;
        } else {
            out[o++] = (char)ch; /* UTF-8 as it is (invalid bytes too: quoth repairs them) */
        }
    }
    out[o++] = '"';
    return o;
}

/* The lines of one copy, ready to write. */
static char *render(const corpus *c, unsigned long copy, size_t *size) {
    size_t cap = 0;
    for (size_t i = 0; i < c->n; i++) cap += 6 * c->a[i].len + 3 * strlen(c->a[i].name) + 256;
    char *out = xrealloc(NULL, cap), *o = out;
    for (size_t i = 0; i < c->n; i++) {
        const article *a = &c->a[i];
        o += sprintf(o, "{\"id\": \"%s-%lu\", \"url\": \"https://news.example/%s\", \"title\": \"Article %s\", \"text\": ",
                     a->name, copy, a->name, a->name);
        o += json_string(o, a->text, a->len);
        o += sprintf(o, "}\n");
    }
    *size = (size_t)(o - out);
    return out;
}

int main(int argc, char **argv) {
    unsigned long copies = 1;
    unsigned long long limit = 0;
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--copies") == 0 && i + 1 < argc) copies = strtoul(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--bytes") == 0 && i + 1 < argc) limit = strtoull(argv[++i], NULL, 10);
        else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: jsonl_corpus [--copies N | --bytes N] [DIR]\n");
            return 2;
        } else
            dir = argv[i];
    }
    corpus c = {0};
    if (dir) read_dir(&c, dir);
    if (c.n == 0) generate(&c);
    unsigned long long written = 0;
    for (unsigned long copy = 0; limit ? written < limit : copy < copies; copy++) {
        size_t size;
        char *out = render(&c, copy, &size);
        if (limit && written + size > limit) {
            /* stop at the last whole line that fits */
            size_t keep = (size_t)(limit - written);
            while (keep > 0 && out[keep - 1] != '\n') keep--;
            size = keep;
            if (size == 0) {
                free(out);
                break;
            }
        }
        if (fwrite(out, 1, size, stdout) != size) {
            free(out);
            if (errno == EPIPE) return 0;
            fprintf(stderr, "jsonl_corpus: write error\n");
            return 1;
        }
        written += size;
        free(out);
    }
    for (size_t i = 0; i < c.n; i++) {
        free(c.a[i].name);
        free(c.a[i].text);
    }
    free(c.a);
    return fflush(stdout) == 0 ? 0 : 1;
}
