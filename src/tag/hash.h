/*
 * hash.h - fast 64-bit hashing of byte strings and of feature tuples.
 *
 * Every learned table in quoth (feature weights, lexicons, tag dictionaries)
 * is keyed by these hashes, so they are part of the model file format: the
 * value of a hash must never change for a given input on any platform.
 * Hence bytes are read little-endian explicitly, and the constants below are
 * frozen. Changing anything here invalidates every trained model.
 *
 * The functions are not meant to resist adversarial inputs, only to spread
 * natural-language strings well and cost a few cycles per word.
 */
#ifndef QUOTH_TAG_HASH_H
#define QUOTH_TAG_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The small helpers below are always inline: in the longest functions gcc
 * had kept quoth_hash_pack() of a literal word an out-of-line call (a
 * partial inline), so the hash of a literal was computed at run time
 * instead of folded to a constant. */
#define QUOTH_HASH_INLINE static inline __attribute__((always_inline))

#define QUOTH_HASH_K1 0x9E3779B97F4A7C15ull
#define QUOTH_HASH_K2 0xC2B2AE3D27D4EB4Full
#define QUOTH_HASH_K3 0x165667B19E3779F9ull

/* MurmurHash3's 64-bit finalizer: a bijection with full avalanche, so that
 * combining small integers (tag ids, template ids) still fills all bits. */
QUOTH_HASH_INLINE uint64_t quoth_hash_fmix(uint64_t h) {
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}

QUOTH_HASH_INLINE uint64_t quoth_hash_load64(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

QUOTH_HASH_INLINE uint64_t quoth_hash_load32(const unsigned char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

/* The first n (0..8) bytes of p as a little-endian word, zero above: byte
 * i in bits 8i..8i+7, whatever n is. At most two loads (overlapping when
 * needed, as in wyhash); overlapping bytes land in the same lane, so OR-ing
 * them is exact. Exact packing lets a caller take suffixes and prefixes of
 * a short word by shifting and masking the one word it already loaded. */
QUOTH_HASH_INLINE uint64_t quoth_hash_pack(const unsigned char *p, size_t n) {
    if (n >= 8) return quoth_hash_load64(p);
    if (n >= 4) return quoth_hash_load32(p) | (quoth_hash_load32(p + n - 4) << (8 * (n - 4)));
    if (n > 0)
        return (uint64_t)p[0] | ((uint64_t)p[n >> 1] << (8 * (n >> 1))) |
               ((uint64_t)p[n - 1] << (8 * (n - 1)));
    return 0;
}

/* ASCII A-Z to a-z in all eight byte lanes at once; other bytes (UTF-8
 * continuation and lead bytes included) are left as they are. */
QUOTH_HASH_INLINE uint64_t quoth_hash_ascii_lower(uint64_t w) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t low7 = w & ~high;
    uint64_t above_z = low7 + ones * (0x7F - 'Z');
    uint64_t from_a = low7 + ones * (0x80 - 'A');
    uint64_t is_upper = (from_a ^ above_z) & ~w & high;
    return w | (is_upper >> 2);
}

QUOTH_HASH_INLINE uint64_t quoth_hash_round(uint64_t h, uint64_t w) {
    h = (h ^ w) * QUOTH_HASH_K1;
    return h ^ (h >> 32);
}

/* The hash of a string of n <= 8 bytes from its packed word: what
 * quoth_hash_bytes() computes for short strings, for callers that have the
 * word already (lowercased for quoth_hash_lower()). */
QUOTH_HASH_INLINE uint64_t quoth_hash_short(uint64_t packed, size_t n) {
    return quoth_hash_fmix(quoth_hash_round(QUOTH_HASH_K3 ^ ((uint64_t)n * QUOTH_HASH_K2), packed));
}

static inline uint64_t quoth_hash_bytes_impl(const void *data, size_t n, int lower) {
    const unsigned char *p = (const unsigned char *)data;
    uint64_t h = QUOTH_HASH_K3 ^ ((uint64_t)n * QUOTH_HASH_K2);
    size_t left = n;
    for (; left > 8; left -= 8, p += 8) {
        uint64_t w = quoth_hash_load64(p);
        h = quoth_hash_round(h, lower ? quoth_hash_ascii_lower(w) : w);
    }
    uint64_t w = quoth_hash_pack(p, left);
    h = quoth_hash_round(h, lower ? quoth_hash_ascii_lower(w) : w);
    return quoth_hash_fmix(h);
}

/* The hash of n bytes. */
static inline uint64_t quoth_hash_bytes(const void *data, size_t n) {
    return quoth_hash_bytes_impl(data, n, 0);
}

/* The hash of n bytes as if ASCII letters were lowercase:
 * quoth_hash_lower("Said", 4) == quoth_hash_bytes("said", 4). */
static inline uint64_t quoth_hash_lower(const void *data, size_t n) {
    return quoth_hash_bytes_impl(data, n, 1);
}

/* The key of feature template `tpl` with value `v` (a string hash or a small
 * integer). Different templates never share keys by construction of the
 * bijection, only by chance. */
static inline uint64_t quoth_hash_feat(uint32_t tpl, uint64_t v) {
    return quoth_hash_fmix(v ^ (((uint64_t)tpl + 1) * QUOTH_HASH_K2));
}

/* The key of a template over two values, e.g. previous tag + current word.
 * Asymmetric in a and b. */
static inline uint64_t quoth_hash_feat2(uint32_t tpl, uint64_t a, uint64_t b) {
    return quoth_hash_fmix(quoth_hash_feat(tpl, a) + b * QUOTH_HASH_K1);
}

/* The seed of a template for quoth_hash_key(): a constant when tpl is
 * one, which the compiler folds. */
static inline uint64_t quoth_hash_key_seed(uint32_t tpl) {
    return quoth_hash_fmix(((uint64_t)tpl + 1) * QUOTH_HASH_K2);
}

/* A cheaper feature key than quoth_hash_feat(), for a tagger that makes
 * dozens per token (the attribution tagger): one multiply instead of two
 * finalizers. Enough where v is a string hash (already uniform) or a small
 * integer: the seed's high bits keep templates apart, the multiply spreads
 * v over the high half, and the shift folds it into the low bits that pick
 * a table slot. */
static inline uint64_t quoth_hash_key(uint32_t tpl, uint64_t v) {
    uint64_t h = (v ^ quoth_hash_key_seed(tpl)) * QUOTH_HASH_K1;
    return h ^ (h >> 29);
}

/* quoth_hash_key() over two values; asymmetric in a and b. */
static inline uint64_t quoth_hash_key2(uint32_t tpl, uint64_t a, uint64_t b) {
    return quoth_hash_key(tpl, a * QUOTH_HASH_K3 + b);
}

#endif /* QUOTH_TAG_HASH_H */
