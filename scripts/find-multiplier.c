/*
 * find-multiplier.c - a multiplier that gives each word a slot of its own.
 *
 * The tokenizer's small word tables (src/text/tokenize.c: GLUE_WORDS,
 * GLUE_ENDS, PERIOD_WORDS) find a word by one multiply and shift of its
 * packed bytes, with no probe loop: a test per token that never branches
 * on where the word landed. That needs a multiplier under which no two of
 * the table's words share a slot. Adding a word to one of those lists
 * means finding a new one with this program:
 *
 *     cc -O2 -o find-multiplier scripts/find-multiplier.c
 *     ./find-multiplier [--length] BITS WORD...
 *
 * BITS is log2 of the table's slots (5 for 32, 8 for 256); --length
 * packs each word's length into its top byte, as W1()..W6() do for
 * PERIOD_WORDS. Words are packed as quoth_hash_pack() packs them: the
 * first byte lowest, at most eight bytes (six with --length). GLUE_ENDS
 * keys are the three letters a glue word begins or ends with. Prints the
 * first multiplier found, in the form the table's *_SLOT() macro takes;
 * a build with two words in one slot fails anyway (-Woverride-init), so
 * a wrong multiplier cannot go unnoticed. Exit status 1 when none was
 * found within the tries (use more slots).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 1024
#define MAX_TRIES 4000000000ull

static uint64_t pack(const char *word, int with_length) {
    size_t n = strlen(word), max = with_length ? 6 : 8;
    if (n == 0 || n > max) {
        fprintf(stderr, "find-multiplier: \"%s\": a word is 1 to %zu bytes\n", word, max);
        exit(2);
    }
    uint64_t packed = 0;
    for (size_t i = 0; i < n; i++) packed |= (uint64_t)(unsigned char)word[i] << (8 * i);
    return with_length ? packed | (uint64_t)n << 56 : packed;
}

/* xorshift64: the same sequence of odd candidates on every run */
static uint64_t next_candidate(uint64_t *state) {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    return *state | 1;
}

static int all_apart(const uint64_t *keys, size_t n, uint64_t multiplier, unsigned bits, unsigned char *used) {
    memset(used, 0, (size_t)1 << bits);
    for (size_t i = 0; i < n; i++) {
        size_t slot = (size_t)((keys[i] * multiplier) >> (64 - bits));
        if (used[slot]) return 0;
        used[slot] = 1;
    }
    return 1;
}

int main(int argc, char **argv) {
    int arg = 1, with_length = 0;
    if (arg < argc && strcmp(argv[arg], "--length") == 0) with_length = 1, arg++;
    if (argc - arg < 2) {
        fprintf(stderr, "usage: find-multiplier [--length] BITS WORD...\n");
        return 2;
    }
    unsigned bits = (unsigned)atoi(argv[arg++]);
    size_t n = (size_t)(argc - arg);
    if (bits < 1 || bits > 16 || n > MAX_WORDS || n > ((size_t)1 << bits)) {
        fprintf(stderr, "find-multiplier: BITS is 1 to 16, and the words must fit in 2^BITS slots\n");
        return 2;
    }
    static uint64_t keys[MAX_WORDS];
    static unsigned char used[1u << 16];
    for (size_t i = 0; i < n; i++) keys[i] = pack(argv[arg + i], with_length);
    uint64_t state = 88172645463325252ull;
    for (uint64_t tries = 1; tries <= MAX_TRIES; tries++) {
        uint64_t multiplier = next_candidate(&state);
        if (all_apart(keys, n, multiplier, bits, used)) {
            printf("0x%016llXull (%zu words in %u slots, after %llu tries)\n", (unsigned long long)multiplier, n,
                   1u << bits, (unsigned long long)tries);
            return 0;
        }
    }
    fprintf(stderr, "find-multiplier: none in %llu tries\n", (unsigned long long)MAX_TRIES);
    return 1;
}
