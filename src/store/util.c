/*
 * util.c - small pieces of the store that need no database: the SHA-256 of
 * a document's text (so that anyone can find a document with sha256sum) and
 * the dates of news metadata in ISO 8601, which sorts and compares as text.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "store/store.h"

static const uint32_t K256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

static void sha256_block(uint32_t h[8], const unsigned char *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] + w[i];
        uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
    }
    h[0] += a, h[1] += b, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
}

void quoth_store_sha256_hex(const void *data, size_t len, char out[65]) {
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    const unsigned char *p = data;
    size_t left = len;
    for (; left >= 64; left -= 64, p += 64) sha256_block(h, p);
    unsigned char tail[128] = {0};
    memcpy(tail, p, left);
    tail[left] = 0x80;
    size_t n = left + 9 <= 64 ? 64 : 128;
    uint64_t bits = (uint64_t)len * 8;
    for (int i = 0; i < 8; i++) tail[n - 1 - i] = (unsigned char)(bits >> (8 * i));
    sha256_block(h, tail);
    if (n == 128) sha256_block(h, tail + 64);
    for (int i = 0; i < 8; i++) snprintf(out + 8 * i, 9, "%08x", h[i]);
}

static const char *const MONTHS[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};

/* The month (1-12) that a word names ("March", "Mar", "Sept."), or 0. */
static int month_of(const char *w, size_t n) {
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++)
        if (strncasecmp(w, MONTHS[m], 3) == 0) return m + 1;
    return 0;
}

static int digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

/* "March 11, 2016", "11 March 2016", "Mar. 11 2016" -> 2016-03-11. */
static int textual_date(const char *s, char *out, size_t cap) {
    int day = 0, month = 0, year = 0;
    const char *p = s;
    while (*p) {
        while (*p && !isalnum((unsigned char)*p)) p++;
        const char *w = p;
        while (isalnum((unsigned char)*p)) p++;
        size_t n = (size_t)(p - w);
        if (!n) break;
        if (isdigit((unsigned char)*w)) {
            int v = atoi(w);
            if (n == 4 && !year) {
                year = v;
                if (month) break; /* a time may follow ("11 Mar 2016 10:00") */
            }
            else if (n <= 2 && !day && v >= 1 && v <= 31) day = v;
            else return 0;
        } else if (!month && month_of(w, n)) {
            month = month_of(w, n);
            if (year && day) break;
        } else if (month || day) {
            return 0; /* words after the date: not a date we know */
        }
    }
    if (!year || !month) return 0;
    if (day) snprintf(out, cap, "%04d-%02d-%02d", year, month, day);
    else snprintf(out, cap, "%04d-%02d", year, month);
    return 1;
}

void quoth_store_normalize_date(const char *date, char *out, size_t cap) {
    while (date && isspace((unsigned char)*date)) date++;
    if (!date || !*date) {
        out[0] = 0;
        return;
    }
    size_t n = strlen(date);
    /* 2016-03-11, 2016/03/11, 2016.03.11, with anything after it (a time) */
    if (n >= 10 && digits(date, 4) && strchr("-/.", date[4]) && digits(date + 5, 2) &&
        date[7] == date[4] && digits(date + 8, 2)) {
        snprintf(out, cap, "%.4s-%.2s-%.2s%s", date, date + 5, date + 8, date + 10);
        return;
    }
    if (textual_date(date, out, cap)) return;
    snprintf(out, cap, "%s", date);
}

/* The days of a month (1-12) of the Gregorian calendar. */
static int days_in_month(int year, int month) {
    static const int DAYS[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return DAYS[month - 1] + (month == 2 && leap);
}

int quoth_store_valid_date_prefix(const char *s) {
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10) return 0;
    if (!digits(s, 4)) return 0;
    if (n >= 7 && (s[4] != '-' || !digits(s + 5, 2) || atoi(s + 5) < 1 || atoi(s + 5) > 12)) return 0;
    /* a day the month does not have ("2024-02-30") is a typo, not the
     * end of February: refused like month 13 */
    if (n == 10 && (s[7] != '-' || !digits(s + 8, 2) || atoi(s + 8) < 1 ||
                    atoi(s + 8) > days_in_month(atoi(s), atoi(s + 5))))
        return 0;
    return 1;
}

int quoth_store_date_range_empty(const char *since, const char *until) {
    if (!since || !until) return 0;
    /* until covers every date it prefixes: "2024-03" ends at "2024-03~" */
    size_t n = strlen(until);
    return strncmp(since, until, n) > 0;
}
