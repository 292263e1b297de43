/* The growable arrays of src/util/array.h: how they grow, and that a size
 * whose bytes would overflow size_t fails cleanly and leaves the array as
 * it was. (A size that fits but that no machine has is not tried: under
 * AddressSanitizer such a request ends the program by design.) */
#include <stdint.h>

#include "harness.h"
#include "quoth.h"
#include "util/array.h"

static void test_first_capacity_then_doubling(void) {
    int *items = NULL;
    size_t cap = 0;
    CHECK_INT(QUOTH_RESERVE(items, cap, 1, 4), 0);
    CHECK_INT(cap, 4);
    CHECK(items != NULL);
    for (int i = 0; i < 4; i++) items[i] = i; /* ASan would catch a short buffer */
    int *before = items;
    CHECK_INT(QUOTH_RESERVE(items, cap, 4, 4), 0); /* room already: nothing moves */
    CHECK_INT(cap, 4);
    CHECK(items == before);
    CHECK_INT(QUOTH_RESERVE(items, cap, 5, 4), 0);
    CHECK_INT(cap, 8);
    CHECK_INT(QUOTH_RESERVE(items, cap, 33, 4), 0); /* doubled until it holds 33 */
    CHECK_INT(cap, 64);
    for (int i = 0; i < 4; i++) CHECK_INT(items[i], i); /* kept across moves */
    items[63] = 63;
    free(items);
}

static void test_default_first_capacity(void) {
    char *bytes = NULL;
    size_t cap = 0;
    CHECK_INT(QUOTH_RESERVE(bytes, cap, 3, 0), 0);
    CHECK_INT(cap, 16);
    CHECK_INT(QUOTH_RESERVE(bytes, cap, 100, 0), 0); /* a first want above `first` */
    CHECK_INT(cap, 128);
    free(bytes);
}

static void test_overflow_is_out_of_memory(void) {
    double *items = NULL;
    size_t cap = 0;
    CHECK_INT(QUOTH_RESERVE(items, cap, 10, 8), 0);
    double *before = items;
    items[9] = 9.5;
    /* want * sizeof(double) wraps: a wrapped count would allocate a few
     * bytes and let the caller write past them */
    CHECK_INT(QUOTH_RESERVE(items, cap, SIZE_MAX / 4, 8), QUOTH_ERR_NOMEM);
    CHECK_INT(QUOTH_RESERVE(items, cap, SIZE_MAX, 8), QUOTH_ERR_NOMEM);
    CHECK_INT(cap, 16);
    CHECK(items == before);
    CHECK(items[9] == 9.5);
    free(items);
}

static void test_resize(void) {
    uint32_t *items = NULL;
    CHECK_INT(QUOTH_RESIZE(items, 3), 0);
    items[0] = 1, items[2] = 3;
    CHECK_INT(QUOTH_RESIZE(items, 1000), 0);
    CHECK_INT(items[0], 1);
    CHECK_INT(items[2], 3);
    items[999] = 7;
    uint32_t *before = items;
    /* count * 4 wraps to 4 bytes */
    CHECK_INT(QUOTH_RESIZE(items, SIZE_MAX / 4 + 2), QUOTH_ERR_NOMEM);
    CHECK(items == before);
    CHECK_INT(items[999], 7);
    CHECK_INT(QUOTH_RESIZE(items, 0), 0); /* an empty array is still a live pointer */
    CHECK(items != NULL);
    free(items);
}

TEST_MAIN(test_first_capacity_then_doubling, test_default_first_capacity, test_overflow_is_out_of_memory,
          test_resize)
