#include "util/array.h"

#include <stdint.h>
#include <stdlib.h>

#include "quoth.h"

int quoth_array_resize(void **items, size_t count, size_t elem) {
    if (elem && count > SIZE_MAX / elem) return QUOTH_ERR_NOMEM;
    /* realloc(p, 0) may free p and return NULL: keep one byte instead */
    size_t bytes = count * elem;
    if (bytes == 0) bytes = 1;
    void *grown = realloc(*items, bytes);
    if (!grown) return QUOTH_ERR_NOMEM;
    *items = grown;
    return 0;
}

int quoth_array_grow(void **items, size_t *cap, size_t want, size_t elem, size_t first) {
    if (want <= *cap) return 0;
    size_t limit = elem ? SIZE_MAX / elem : SIZE_MAX;
    if (want > limit) return QUOTH_ERR_NOMEM;
    size_t n = *cap ? *cap : (first ? first : 16);
    while (n < want) n = n <= limit / 2 ? n * 2 : limit;
    int rc = quoth_array_resize(items, n, elem);
    if (rc) return rc;
    *cap = n;
    return 0;
}
