/*
 * store_bench.c - search latency over one million stored statements.
 *
 *     build/bench/store_bench [--statements N] [--queries N] DB
 *
 * Fills DB (when it does not already hold N statements) with generated
 * documents: ten statements each, words drawn from a Zipf-distributed
 * vocabulary, speakers from a pool of names (some sharing surnames),
 * twenty outlets, dates over three years. Then times typical searches as
 * `quoth search` runs them (quoth_store_search, 20 hits, every hit read):
 * one word, two words, a phrase, a prefix, a word with a speaker, with an
 * outlet and dates, with a type, and a speaker's newest statements without
 * words. Prints the median and 90th percentile of each kind and of all;
 * then, apart, searches with --distinct: a word, a speaker, the whole store.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "store/store.h"

#define VOCAB 20000
#define WORDS_PER_STATEMENT 16
#define PER_DOC 10
#define N_FIRST 60
#define N_LAST 120
#define N_OUTLETS 20

/* A small deterministic generator (xorshift64*), state passed around. */
static uint64_t next_rand(uint64_t *s) {
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

static double unit_rand(uint64_t *s) { return (double)(next_rand(s) >> 11) / 9007199254740992.0; }

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* The vocabulary: pronounceable made-up words, a few real ones among the
 * frequent ranks so that the queries read like news. */
typedef struct vocab {
    char (*word)[16];
    double *cdf; /* Zipf, s = 1 */
} vocab;

static const char *const REAL[] = {"negotiations", "ceasefire", "election", "budget", "harbor", "inflation",
                                   "tariffs", "vaccine", "refugees", "pipeline", "strike", "verdict"};

static int vocab_make(vocab *v) {
    static const char *const SYL[] = {"ka", "lo", "mi", "ren", "tu", "sa", "vor", "di", "ne", "pa",
                                      "gri", "ul", "be", "tor", "an", "es", "qui", "mo", "lan", "fe"};
    v->word = malloc(VOCAB * sizeof *v->word);
    v->cdf = malloc(VOCAB * sizeof *v->cdf);
    if (!v->word || !v->cdf) return -1;
    uint64_t seed = 12345;
    double sum = 0;
    for (size_t i = 0; i < VOCAB; i++) {
        if (i >= 40 && (i - 40) % 37 == 0 && (i - 40) / 37 < sizeof REAL / sizeof *REAL) {
            snprintf(v->word[i], sizeof v->word[i], "%s", REAL[(i - 40) / 37]);
        } else {
            int n = 2 + (int)(next_rand(&seed) % 3);
            v->word[i][0] = 0;
            for (int k = 0; k < n; k++) strcat(v->word[i], SYL[next_rand(&seed) % 20]);
        }
        sum += 1.0 / (double)(i + 1);
        v->cdf[i] = sum;
    }
    for (size_t i = 0; i < VOCAB; i++) v->cdf[i] /= sum;
    return 0;
}

static size_t zipf(const vocab *v, uint64_t *s) {
    double u = unit_rand(s);
    size_t lo = 0, hi = VOCAB - 1;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->cdf[mid] < u) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static const char *const FIRST[N_FIRST] = {
    "Alma", "Bruno", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luis",
    "Marta", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Stefan", "Tara", "Umar", "Vera", "Willem", "Xenia",
    "Yusuf", "Zora", "Anton", "Bea", "Cyril", "Dana", "Emil", "Fiona", "Gustav", "Hana", "Igor", "Julia",
    "Karim", "Lena", "Milan", "Nora", "Oskar", "Petra", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor",
    "Wanda", "Yann", "Zeynep", "Arto", "Berit", "Casimir", "Dora", "Ergun", "Frida", "Goran", "Helmi",
    "Ilse", "Jaro"};

typedef struct gen {
    vocab v;
    uint64_t seed;
    char names[N_FIRST * 4][48];
    const char *roles[6];
    char outlets[N_OUTLETS][32];
} gen;

static void gen_init(gen *g) {
    g->seed = 987654321;
    /* 240 people over N_LAST surnames: some surnames are shared */
    for (size_t i = 0; i < N_FIRST * 4; i++)
        snprintf(g->names[i], sizeof g->names[i], "%s %c%s%s", FIRST[i % N_FIRST], "BDGKLMPRSTVW"[i % 12],
                 (const char *[]){"arrow", "elling", "ostrov", "unde", "ike", "amsey", "olberg", "ernandez",
                                  "ianchi", "oto"}[(i * 7 / 3) % 10],
                 (const char *[]){"", "son", "i", "a"}[(i / 40) % 4]);
    const char *roles[6] = {"spokesman", "minister", "senator", "mayor", "governor", NULL};
    memcpy(g->roles, roles, sizeof roles);
    for (int i = 0; i < N_OUTLETS; i++) snprintf(g->outlets[i], sizeof g->outlets[i], "Outlet %02d", i);
}

/* Fills the store with n statements. */
static int fill(quoth_store *s, gen *g, size_t n) {
    size_t docs = (n + PER_DOC - 1) / PER_DOC;
    char content[PER_DOC][WORDS_PER_STATEMENT * 16 + 8];
    quoth_store_record r[PER_DOC];
    double t0 = now_ms();
    for (size_t d = 0; d < docs; d++) {
        char id[32], date[16], text_key[64], hash[65];
        snprintf(id, sizeof id, "gen-%07zu", d);
        int day = (int)(next_rand(&g->seed) % (3 * 365));
        snprintf(date, sizeof date, "%04d-%02d-%02d", 2021 + day / 365, 1 + (day % 365) / 31 % 12, 1 + day % 28);
        size_t in_doc = d + 1 == docs && n % PER_DOC ? n % PER_DOC : PER_DOC;
        /* a speaker drawn with a skew: some people are quoted far more */
        for (size_t i = 0; i < in_doc; i++) {
            size_t who = (size_t)(unit_rand(&g->seed) * unit_rand(&g->seed) * (N_FIRST * 4));
            char *c = content[i];
            c[0] = 0;
            size_t len = 0;
            for (int w = 0; w < WORDS_PER_STATEMENT; w++) {
                const char *word = g->v.word[zipf(&g->v, &g->seed)];
                len += (size_t)snprintf(c + len, sizeof content[i] - len, "%s%s", w ? " " : "", word);
            }
            memset(&r[i], 0, sizeof r[i]);
            r[i].type = (quoth_quote_type)(next_rand(&g->seed) % 3);
            r[i].cue = "said";
            r[i].cue_len = 4;
            r[i].cue_start = i * 200;
            r[i].cue_end = i * 200 + 4;
            r[i].n_contents = 1;
            r[i].content[0] = c;
            r[i].content_len[0] = len;
            r[i].content_start[0] = i * 200 + 10;
            r[i].content_end[0] = i * 200 + 10 + len;
            r[i].speaker_name = g->names[who];
            r[i].speaker_mention = g->names[who];
            r[i].speaker_role = g->roles[who % 6];
            r[i].kind = QUOTH_KIND_PERSON;
            r[i].resolved_by = QUOTH_RESOLVED_NAME;
            r[i].confidence = 0.8f;
        }
        quoth_doc_meta m = {id, NULL, id, date, g->outlets[next_rand(&g->seed) % N_OUTLETS], NULL};
        snprintf(text_key, sizeof text_key, "text of %s", id);
        quoth_store_sha256_hex(text_key, strlen(text_key), hash);
        int rc = quoth_store_add_records(s, &m, hash, strlen(text_key), r, in_doc);
        if (rc < 0) return rc;
        if ((d + 1) % 1000 == 0 && (rc = quoth_store_commit(s)) != 0) return rc;
        if ((d + 1) % 20000 == 0)
            fprintf(stderr, "  %zu statements stored (%.0f s)\n", (d + 1) * PER_DOC, (now_ms() - t0) / 1e3);
    }
    int rc = quoth_store_commit(s);
    if (rc) return rc;
    double t1 = now_ms();
    rc = quoth_store_update_speakers(s);
    fprintf(stderr, "  stored in %.1f s; speakers matched in %.1f s\n", (t1 - t0) / 1e3, (now_ms() - t1) / 1e3);
    return rc;
}

/* ------------------------------------------------------------- timing */

typedef struct sink {
    size_t hits, bytes;
} sink;

static int consume(void *ctx, const quoth_store_hit *h) {
    sink *k = ctx;
    k->hits++;
    k->bytes += strlen(h->snippet ? h->snippet : "") + strlen(h->doc_id ? h->doc_id : "") +
                strlen(h->speaker ? h->speaker : "");
    return 0;
}

static int by_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double percentile(double *v, size_t n, double p) {
    qsort(v, n, sizeof *v, by_double);
    size_t i = (size_t)(p * (double)(n - 1) + 0.5);
    return n ? v[i] : 0;
}

enum { K_WORD, K_TWO, K_PHRASE, K_PREFIX, K_SPEAKER, K_OUTLET_DATES, K_TYPE, K_LIST, K_KINDS };
static const char *const KIND_NAME[K_KINDS] = {
    "one word", "two words", "a phrase", "a prefix", "word + --speaker", "word + --outlet --since --until",
    "word + --type", "--speaker, no words"};

int main(int argc, char **argv) {
    size_t n = 1000000, queries = 400;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--statements") == 0 && i + 1 < argc) n = strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--queries") == 0 && i + 1 < argc) queries = strtoull(argv[++i], NULL, 10);
        else if (argv[i][0] != '-' && !path) path = argv[i];
        else {
            fprintf(stderr, "usage: store_bench [--statements N] [--queries N] DB\n");
            return 2;
        }
    }
    if (!path || !n || queries < K_KINDS) {
        fprintf(stderr, "usage: store_bench [--statements N] [--queries N] DB\n");
        return 2;
    }
    gen *g = calloc(1, sizeof *g);
    if (!g || vocab_make(&g->v)) {
        fprintf(stderr, "store_bench: out of memory\n");
        return 3;
    }
    gen_init(g);
    quoth_store *s = NULL;
    int rc = quoth_store_open(path, 0, &s);
    quoth_store_counts c = {0, 0, 0, 0, 0};
    if (!rc) rc = quoth_store_count(s, &c);
    if (!rc && (size_t)c.statements != n) {
        if (c.statements) {
            fprintf(stderr, "store_bench: %s holds %lld statements, not %zu: remove it first\n", path,
                    (long long)c.statements, n);
            rc = QUOTH_ERR_INVALID;
        } else {
            fprintf(stderr, "store_bench: generating %zu statements into %s\n", n, path);
            rc = fill(s, g, n);
            if (!rc) rc = quoth_store_count(s, &c);
        }
    }
    if (rc) {
        fprintf(stderr, "store_bench: %s\n", quoth_store_message(s));
        quoth_store_close(s);
        free(g->v.word), free(g->v.cdf), free(g);
        return 3;
    }
    struct stat st;
    printf("store: %lld documents, %lld statements, %lld speakers, %.0f MB\n", (long long)c.documents,
           (long long)c.statements, (long long)c.speakers, stat(path, &st) == 0 ? (double)st.st_size / 1e6 : 0.0);

    double *all = malloc(queries * sizeof *all), *by_kind[K_KINDS];
    size_t n_kind[K_KINDS] = {0}, total_hits = 0;
    for (int k = 0; k < K_KINDS; k++) by_kind[k] = malloc(queries * sizeof *all);
    uint64_t qs = 4242;
    /* warm the cache, as a long-running reader would have it */
    {
        sink w = {0, 0};
        quoth_store_query q = {.text = "negotiations", .type = -1, .limit = 20};
        quoth_store_search(s, &q, consume, &w, NULL);
    }
    for (size_t i = 0; !rc && i < queries; i++) {
        int kind = (int)(i % K_KINDS);
        /* words as people search them: from the frequent to the rare */
        size_t rank = 30 + (size_t)(unit_rand(&qs) * unit_rand(&qs) * 8000);
        const char *w1 = g->v.word[rank], *w2 = g->v.word[30 + next_rand(&qs) % 400];
        char text[64], prefix[16];
        quoth_store_query q = {.text = text, .type = -1, .limit = 20};
        switch (kind) {
        case K_WORD: snprintf(text, sizeof text, "%s", w1); break;
        case K_TWO: snprintf(text, sizeof text, "%s %s", w1, w2); break;
        case K_PHRASE: snprintf(text, sizeof text, "\"%s %s\"", w2, w1); break;
        case K_PREFIX:
            snprintf(prefix, sizeof prefix, "%.5s", w1);
            snprintf(text, sizeof text, "%s*", prefix);
            break;
        case K_SPEAKER:
            snprintf(text, sizeof text, "%s", w1);
            q.speaker = g->names[next_rand(&qs) % (N_FIRST * 4)];
            break;
        case K_OUTLET_DATES:
            snprintf(text, sizeof text, "%s", w1);
            q.outlet = g->outlets[next_rand(&qs) % N_OUTLETS];
            q.since = "2022-03";
            q.until = "2023-02";
            break;
        case K_TYPE:
            snprintf(text, sizeof text, "%s", w1);
            q.type = QUOTH_DIRECT;
            break;
        default:
            q.text = NULL;
            q.speaker = g->names[next_rand(&qs) % (N_FIRST * 4)];
            break;
        }
        sink k = {0, 0};
        double t0 = now_ms();
        rc = quoth_store_search(s, &q, consume, &k, NULL);
        double ms = now_ms() - t0;
        total_hits += k.hits;
        all[i] = ms;
        by_kind[kind][n_kind[kind]++] = ms;
    }
    /* --distinct apart, so that "all" stays comparable with earlier runs:
     * a word and a speaker's statements, each grouped, then the whole store
     * grouped once (every statement read and folded) */
    size_t per_kind = queries / K_KINDS;
    double *distinct_word = malloc(per_kind * sizeof *all), *distinct_speaker = malloc(per_kind * sizeof *all);
    double whole_store = 0;
    for (size_t i = 0; !rc && i < per_kind * 2; i++) {
        size_t rank = 30 + (size_t)(unit_rand(&qs) * unit_rand(&qs) * 8000);
        quoth_store_query q = {.type = -1, .limit = 20, .distinct = 1};
        if (i % 2 == 0) q.text = g->v.word[rank];
        else q.speaker = g->names[next_rand(&qs) % (N_FIRST * 4)];
        sink k = {0, 0};
        double t0 = now_ms();
        rc = quoth_store_search(s, &q, consume, &k, NULL);
        (i % 2 == 0 ? distinct_word : distinct_speaker)[i / 2] = now_ms() - t0;
    }
    if (!rc) {
        quoth_store_query q = {.type = -1, .limit = 20, .distinct = 1};
        sink k = {0, 0};
        double t0 = now_ms();
        rc = quoth_store_search(s, &q, consume, &k, NULL);
        whole_store = now_ms() - t0;
    }
    if (rc) fprintf(stderr, "store_bench: %s\n", quoth_store_message(s));
    else {
        printf("%zu searches (20 hits each at most, %zu hits read):\n", queries, total_hits);
        printf("  %-34s %10s %10s\n", "query", "median ms", "p90 ms");
        for (int k = 0; k < K_KINDS; k++)
            printf("  %-34s %10.2f %10.2f\n", KIND_NAME[k], percentile(by_kind[k], n_kind[k], 0.5),
                   percentile(by_kind[k], n_kind[k], 0.9));
        printf("  %-34s %10.2f %10.2f\n", "all", percentile(all, queries, 0.5), percentile(all, queries, 0.9));
        printf("--distinct (%zu searches of each kind, not in \"all\"):\n", per_kind);
        printf("  %-34s %10.2f %10.2f\n", "one word, --distinct", percentile(distinct_word, per_kind, 0.5),
               percentile(distinct_word, per_kind, 0.9));
        printf("  %-34s %10.2f %10.2f\n", "--speaker --distinct, no words", percentile(distinct_speaker, per_kind, 0.5),
               percentile(distinct_speaker, per_kind, 0.9));
        printf("  %-34s %10.0f\n", "--distinct, the whole store (once)", whole_store);
    }
    free(distinct_word), free(distinct_speaker);
    for (int k = 0; k < K_KINDS; k++) free(by_kind[k]);
    free(all);
    quoth_store_close(s);
    free(g->v.word), free(g->v.cdf), free(g);
    return rc ? 3 : 0;
}
