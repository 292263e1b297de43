/*
 * harness.h - a minimal test harness: every tests/test_*.c is one program.
 *
 *     static void test_something(void) { CHECK(x == 1); CHECK_STR(a, "b"); }
 *     TEST_MAIN(test_something, test_other)
 *
 * Each program prints one line per failed check and a last line
 * "name: N passed, N failed" that scripts/run-tests.sh adds up.
 */
#ifndef QUOTH_TEST_HARNESS_H
#define QUOTH_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int harness_passed, harness_failed;
static const char *harness_current;

#define CHECK(cond) \
    do { \
        if (cond) harness_passed++; \
        else { \
            harness_failed++; \
            fprintf(stderr, "FAIL %s:%d in %s: %s\n", __FILE__, __LINE__, harness_current, #cond); \
        } \
    } while (0)

#define CHECK_INT(got, want) \
    do { \
        long long harness_g = (long long)(got), harness_w = (long long)(want); \
        if (harness_g == harness_w) harness_passed++; \
        else { \
            harness_failed++; \
            fprintf(stderr, "FAIL %s:%d in %s: %s is %lld, want %lld\n", __FILE__, __LINE__, \
                    harness_current, #got, harness_g, harness_w); \
        } \
    } while (0)

#define CHECK_STR(got, want) \
    do { \
        const char *harness_g = (got), *harness_w = (want); \
        if (harness_g && harness_w && strcmp(harness_g, harness_w) == 0) harness_passed++; \
        else if (!harness_g && !harness_w) harness_passed++; \
        else { \
            harness_failed++; \
            fprintf(stderr, "FAIL %s:%d in %s: %s is \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
                    harness_current, #got, harness_g ? harness_g : "(null)", \
                    harness_w ? harness_w : "(null)"); \
        } \
    } while (0)

/* Compares a byte range with a C string. */
#define CHECK_MEM(ptr, len, want) \
    do { \
        const char *harness_p = (const char *)(ptr), *harness_w = (want); \
        size_t harness_l = (size_t)(len); \
        if (strlen(harness_w) == harness_l && memcmp(harness_p, harness_w, harness_l) == 0) \
            harness_passed++; \
        else { \
            harness_failed++; \
            fprintf(stderr, "FAIL %s:%d in %s: %s is \"%.*s\", want \"%s\"\n", __FILE__, __LINE__, \
                    harness_current, #ptr, (int)harness_l, harness_p, harness_w); \
        } \
    } while (0)

typedef void (*harness_fn)(void);

/* The next name of the comma-separated list at *names, into buf; the list
 * is read in place, so that it may be as long as a suite grows. */
static const char *harness_next_name(const char **names, char *buf, size_t size) {
    const char *at = *names;
    while (*at == ',' || *at == ' ' || *at == '\n' || *at == '\t') at++;
    size_t n = 0;
    while (at[n] && at[n] != ',' && at[n] != ' ' && at[n] != '\n' && at[n] != '\t') n++;
    *names = at + n;
    if (!n) return "?";
    if (n >= size) n = size - 1;
    memcpy(buf, at, n);
    buf[n] = '\0';
    return buf;
}

static int harness_run(const char *prog, const harness_fn *fns, const char *names) {
    char name[128];
    for (size_t i = 0; fns[i]; i++) {
        harness_current = harness_next_name(&names, name, sizeof name);
        fns[i]();
    }
    const char *base = strrchr(prog, '/');
    printf("%s: %d passed, %d failed\n", base ? base + 1 : prog, harness_passed, harness_failed);
    return harness_failed ? 1 : 0;
}

#define TEST_MAIN(...) \
    int main(int argc, char **argv) { \
        (void)argc; \
        static const harness_fn fns[] = {__VA_ARGS__, NULL}; \
        return harness_run(argv[0], fns, #__VA_ARGS__); \
    }

#endif
