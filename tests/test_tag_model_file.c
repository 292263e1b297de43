/* The model-file container: round trips, and every kind of damage caught. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "harness.h"
#include "quoth.h"
#include "tag/model.h"
#include "tag/model_file.h"
#include "tag/linear.h"

static const char alpha[] = "alpha section: some bytes";
static const uint64_t numbers[5] = {1, 2, 3, 0xFFFFFFFFFFFFFFFFull, 42};

/* A small container with three sections, one of them empty. */
static int make_file(void **data, size_t *size) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    if (!w) return QUOTH_ERR_NOMEM;
    int rc = quoth_mf_writer_add(w, "alpha", alpha, sizeof alpha);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(w, "empty", NULL, 0);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_add(w, "numbers.u64", numbers, sizeof numbers);
    if (rc == QUOTH_OK) rc = quoth_mf_writer_write_memory(w, data, size);
    quoth_mf_writer_free(w);
    return rc;
}

/* A copy in a buffer of exactly n bytes, so that AddressSanitizer sees any
 * read past the end. */
static void *copy_exact(const void *data, size_t n) {
    void *p = malloc(n ? n : 1);
    if (p && n) memcpy(p, data, n);
    return p;
}

static int open_copy(const void *data, size_t n) {
    void *p = copy_exact(data, n);
    quoth_mf mf;
    int rc = quoth_mf_open(p, n, &mf);
    free(p);
    return rc;
}

static void put_u64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* Makes the checksum right again after a deliberate edit, so that the
 * structural checks themselves are tested. */
static void fix_checksum(unsigned char *p, size_t size) {
    uLong crc = crc32(crc32(0L, Z_NULL, 0), p, 24);
    crc = crc32(crc, p + 28, (uInt)(size - 28));
    for (int i = 0; i < 4; i++) p[24 + i] = (unsigned char)(crc >> (8 * i));
}

static void test_round_trip(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    CHECK_INT((uintptr_t)data % 64, 0);
    quoth_mf mf;
    CHECK_INT(quoth_mf_open(data, size, &mf), QUOTH_OK);
    CHECK_INT(mf.n_sections, 3);
    const void *p;
    size_t n;
    CHECK_INT(quoth_mf_section(&mf, "alpha", &p, &n), QUOTH_OK);
    CHECK_INT(n, sizeof alpha);
    CHECK(memcmp(p, alpha, sizeof alpha) == 0);
    CHECK_INT((uintptr_t)p % 64, 0);
    CHECK_INT(quoth_mf_section(&mf, "numbers.u64", &p, &n), QUOTH_OK);
    CHECK_INT(n, sizeof numbers);
    CHECK_INT((uintptr_t)p % 64, 0);
    CHECK(((const uint64_t *)p)[3] == 0xFFFFFFFFFFFFFFFFull);
    CHECK_INT(quoth_mf_section(&mf, "empty", &p, &n), QUOTH_OK);
    CHECK_INT(n, 0);
    CHECK_INT(quoth_mf_section(&mf, "missing", &p, &n), QUOTH_ERR_MODEL);
    CHECK(p == NULL);
    const char *name;
    CHECK_INT(quoth_mf_section_at(&mf, 1, &name, NULL, &n), QUOTH_OK);
    CHECK_STR(name, "empty");
    CHECK_INT(quoth_mf_section_at(&mf, 3, &name, NULL, &n), QUOTH_ERR_INVALID);
    free(data);
}

static void test_empty_container(void) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    void *data;
    size_t size;
    CHECK_INT(quoth_mf_writer_write_memory(w, &data, &size), QUOTH_OK);
    CHECK_INT(size, 32);
    quoth_mf mf;
    CHECK_INT(quoth_mf_open(data, size, &mf), QUOTH_OK);
    CHECK_INT(mf.n_sections, 0);
    free(data);
    quoth_mf_writer_free(w);
}

static void test_writer_rejects_bad_names(void) {
    quoth_mf_writer *w = quoth_mf_writer_new();
    CHECK_INT(quoth_mf_writer_add(w, "", "x", 1), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_mf_writer_add(w, "sixteen_chars_xx", "x", 1), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_mf_writer_add(w, "fifteen_chars_x", "x", 1), QUOTH_OK);
    CHECK_INT(quoth_mf_writer_add(w, "fifteen_chars_x", "y", 1), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_mf_writer_add(w, NULL, "x", 1), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_mf_writer_add(w, "nodata", NULL, 5), QUOTH_ERR_INVALID);
    quoth_mf_writer_free(w);
}

static void test_file_round_trip(void) {
    char dir[] = "/tmp/quoth-mf-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256], tmp[300];
    snprintf(path, sizeof path, "%s/model.qm", dir);
    CHECK_INT(quoth_mf_temp_path(path, tmp, sizeof tmp), QUOTH_OK);
    char want_tmp[300];
    snprintf(want_tmp, sizeof want_tmp, "%s.tmp.%ld", path, (long)getpid());
    CHECK_STR(tmp, want_tmp); /* one per process */
    quoth_mf_writer *w = quoth_mf_writer_new();
    CHECK_INT(quoth_mf_writer_add(w, "alpha", alpha, sizeof alpha), QUOTH_OK);
    CHECK_INT(quoth_mf_writer_write_file(w, path), QUOTH_OK);
    CHECK(access(tmp, F_OK) != 0);
    void *data;
    size_t size;
    CHECK_INT(quoth_mf_read_file(path, &data, &size), QUOTH_OK);
    quoth_mf mf;
    CHECK_INT(quoth_mf_open(data, size, &mf), QUOTH_OK);
    const void *p;
    size_t n;
    CHECK_INT(quoth_mf_section(&mf, "alpha", &p, &n), QUOTH_OK);
    CHECK(n == sizeof alpha && memcmp(p, alpha, n) == 0);
    free(data);
    /* a private model stays private when it is written again */
    CHECK(chmod(path, 0640) == 0);
    CHECK_INT(quoth_mf_writer_write_file(w, path), QUOTH_OK);
    struct stat st;
    CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0640);
    CHECK(access(tmp, F_OK) != 0);
    CHECK_INT(quoth_mf_writer_write_file(w, "/nonexistent-dir/x.qm"), QUOTH_ERR_IO);
    CHECK_INT(quoth_mf_read_file("/nonexistent-dir/x.qm", &data, &size), QUOTH_ERR_IO);
    quoth_mf_writer_free(w);
    unlink(path);
    rmdir(dir);
}

static void test_truncation_at_every_length(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    int all_rejected = 1;
    for (size_t n = 0; n < size; n++)
        if (open_copy(data, n) != QUOTH_ERR_MODEL) all_rejected = 0;
    CHECK(all_rejected);
    CHECK_INT(open_copy(data, size), QUOTH_OK);
    free(data);
}

static void test_every_bit_flip(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    unsigned char *p = data;
    int all_rejected = 1;
    for (size_t i = 0; i < size; i++) {
        for (int bit = 0; bit < 8; bit++) {
            p[i] ^= (unsigned char)(1u << bit);
            if (open_copy(p, size) != QUOTH_ERR_MODEL) all_rejected = 0;
            p[i] ^= (unsigned char)(1u << bit);
        }
    }
    CHECK(all_rejected);
    free(data);
}

static void test_header_fields(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    unsigned char *p = data;
    p[0] = 'X';
    CHECK_INT(open_copy(p, size), QUOTH_ERR_MODEL);
    p[0] = 'Q';
    p[8] = 2; /* version 2 */
    CHECK_INT(open_copy(p, size), QUOTH_ERR_MODEL);
    p[8] = 1;
    /* A file with bytes appended: the declared size no longer matches. */
    unsigned char *longer = calloc(1, size + 64);
    memcpy(longer, p, size);
    quoth_mf mf;
    CHECK_INT(quoth_mf_open(longer, size + 64, &mf), QUOTH_ERR_MODEL);
    free(longer);
    CHECK_INT(quoth_mf_open(p + 4, size - 4, &mf), QUOTH_ERR_INVALID); /* misaligned */
    CHECK_INT(quoth_mf_open(NULL, 0, &mf), QUOTH_ERR_INVALID);
    CHECK_INT(open_copy(p, size), QUOTH_OK);
    free(data);
}

/* Table entries edited with a valid checksum: the structure is checked. */
static void test_bad_tables(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    unsigned char *copy = malloc(size);
    unsigned char *entry0 = copy + 32, *entry2 = copy + 32 + 2 * 32;

    memcpy(copy, data, size);
    put_u64(entry2 + 24, size); /* the last section runs past the end */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    put_u64(entry2 + 16, (uint64_t)1 << 62); /* offset far out of the file */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    put_u64(entry0 + 16, 64 + 8); /* not aligned */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    put_u64(entry0 + 16, 0); /* overlaps the header */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    memcpy(copy + 32 + 32, "alpha\0\0\0\0\0\0\0\0\0\0\0", 16); /* duplicate name */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    memset(entry0, 'a', 16); /* name without its NUL */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    copy[12] = 200; /* more sections than the table has room for */
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_ERR_MODEL);

    memcpy(copy, data, size);
    fix_checksum(copy, size);
    CHECK_INT(open_copy(copy, size), QUOTH_OK);
    free(copy);
    free(data);
}

/* A model lists its file's sections through the public API, in file
 * order and with their sizes, whatever their names; past the last section
 * or without somewhere to put the answer, QUOTH_ERR_INVALID. */
static void test_model_sections(void) {
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    quoth_model *m = NULL;
    CHECK_INT(quoth_model_load_memory(data, size, &m), QUOTH_OK);
    free(data);
    const char *name = NULL;
    size_t bytes = 0;
    CHECK_INT(quoth_model_section(m, 0, &name, &bytes), QUOTH_OK);
    CHECK_STR(name, "alpha");
    CHECK_INT(bytes, sizeof alpha);
    CHECK_INT(quoth_model_section(m, 1, &name, &bytes), QUOTH_OK);
    CHECK_STR(name, "empty");
    CHECK_INT(bytes, 0);
    CHECK_INT(quoth_model_section(m, 2, &name, &bytes), QUOTH_OK);
    CHECK_STR(name, "numbers.u64");
    CHECK_INT(bytes, sizeof numbers);
    CHECK_INT(quoth_model_section(m, 3, &name, &bytes), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_model_section(m, 0, NULL, &bytes), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_model_section(NULL, 0, &name, &bytes), QUOTH_ERR_INVALID);
    quoth_model_free(m);

    /* the built-in model: every section named, none listed twice */
    CHECK_INT(quoth_model_load_default(&m), QUOTH_OK);
    const char *names[64];
    unsigned n = 0;
    while (n < 64 && quoth_model_section(m, n, &names[n], &bytes) == QUOTH_OK) {
        CHECK(names[n][0] != 0);
        for (unsigned k = 0; k < n; k++) CHECK(strcmp(names[k], names[n]) != 0);
        n++;
    }
    CHECK(n >= 4 && n < 64);
    quoth_model_free(m);
}

static void test_garbage(void) {
    uint64_t state = 12345;
    int all_rejected = 1;
    for (size_t n = 0; n < 2000; n += 37) {
        unsigned char *p = malloc(n ? n : 1);
        for (size_t i = 0; i < n; i++) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            p[i] = (unsigned char)(state >> 56);
        }
        if (n >= 8) memcpy(p, "QUOTHMDL", 8);
        quoth_mf mf;
        if (quoth_mf_open(p, n, &mf) != QUOTH_ERR_MODEL) all_rejected = 0;
        free(p);
    }
    CHECK(all_rejected);
}

/* Every weight table of a model passes the full check of its slots and
 * rows, which loading the built-in model skips (quoth_linear_load_trusted). */
static void check_weight_tables(const quoth_mf *mf) {
    int tables = 0;
    for (uint32_t i = 0; i < mf->n_sections; i++) {
        const char *name;
        const void *data;
        size_t size;
        CHECK_INT(quoth_mf_section_at(mf, i, &name, &data, &size), QUOTH_OK);
        size_t len = strlen(name);
        if (len < 8 || strcmp(name + len - 8, ".weights") != 0) continue;
        quoth_linear m;
        CHECK_INT(quoth_linear_load(data, size, &m), QUOTH_OK);
        tables++;
    }
    CHECK(tables >= 3); /* part of speech, entities, attribution */
}

/* The built-in model is opened without its checksum (quoth_mf_open_trusted):
 * so it is checked here, where a bad one fails the build's tests. The
 * trusted opener skips only the checksum: a flipped data byte passes it, a
 * truncated or misnamed file does not. */
static void test_trusted_open(void) {
    const void *def;
    size_t def_size;
    quoth_default_model_bytes(&def, &def_size);
    quoth_mf mf;
    if (def_size) {
        CHECK_INT(quoth_mf_open(def, def_size, &mf), QUOTH_OK);
        CHECK_INT(mf.trusted, 0);
        check_weight_tables(&mf);
        CHECK_INT(quoth_mf_open_trusted(def, def_size, &mf), QUOTH_OK);
        CHECK_INT(mf.trusted, 1);
    }
    void *data;
    size_t size;
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    unsigned char *p = data;
    p[size - 1] ^= 1; /* the last byte of a section's data */
    CHECK_INT(quoth_mf_open(p, size, &mf), QUOTH_ERR_MODEL);
    CHECK_INT(quoth_mf_open_trusted(p, size, &mf), QUOTH_OK);
    CHECK_INT(mf.n_sections, 3);
    CHECK_INT(quoth_mf_open_trusted(p, size - 1, &mf), QUOTH_ERR_MODEL);
    p[0] = 'X';
    CHECK_INT(quoth_mf_open_trusted(p, size, &mf), QUOTH_ERR_MODEL);
    free(data);
}

/* quoth_mf_explain names the check that fails, one reason per damage. */
static void test_explain(void) {
    void *data;
    size_t size;
    char why[256];
    CHECK_INT(make_file(&data, &size), QUOTH_OK);
    unsigned char *p = data;
    CHECK_INT(quoth_mf_explain(p, size, why, sizeof why), QUOTH_OK);
    CHECK_STR(why, "");
    CHECK_INT(quoth_mf_explain(p, 0, why, sizeof why), QUOTH_ERR_MODEL);
    CHECK_STR(why, "an empty file");
    CHECK_INT(quoth_mf_explain(p, size - 1, why, sizeof why), QUOTH_ERR_MODEL);
    CHECK(strncmp(why, "truncated: ", 11) == 0);
    p[size / 2 + 40] ^= 0xFF;
    CHECK_INT(quoth_mf_explain(p, size, why, sizeof why), QUOTH_ERR_MODEL);
    CHECK_STR(why, "checksum mismatch: the file is damaged");
    p[8] = 9;
    CHECK_INT(quoth_mf_explain(p, size, why, sizeof why), QUOTH_ERR_MODEL);
    CHECK_STR(why, "format version 9, where this quoth reads version 1");
    p[0] = 'x';
    CHECK_INT(quoth_mf_explain(p, size, why, sizeof why), QUOTH_ERR_MODEL);
    CHECK_STR(why, "not a quoth model: its first bytes are not QUOTHMDL");
    free(data);
}

TEST_MAIN(test_round_trip, test_empty_container, test_writer_rejects_bad_names, test_file_round_trip,
          test_truncation_at_every_length, test_every_bit_flip, test_header_fields, test_bad_tables,
          test_garbage, test_model_sections, test_trusted_open, test_explain)
