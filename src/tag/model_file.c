#include "tag/model_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "quoth.h"
#include "util/array.h"

/* ------------------------------------------------------------ byte order */

static void put_u32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void put_u64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v |= (uint32_t)p[i] << (8 * i);
    return v;
}

static uint64_t get_u64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

/* Sections are used in place as native arrays, and the format is
 * little-endian: on any other host the file cannot be used as it is. */
static int host_is_little_endian(void) {
    const uint32_t one = 1;
    unsigned char first;
    memcpy(&first, &one, 1);
    return first == 1;
}

static size_t align_up(size_t n) {
    return (n + QUOTH_MF_ALIGN - 1) & ~(size_t)(QUOTH_MF_ALIGN - 1);
}

/* zlib's crc32 takes a uInt length; feed large buffers in pieces. */
static uLong crc_add(uLong crc, const unsigned char *p, size_t n) {
    while (n > 0) {
        uInt piece = n > (1u << 30) ? (1u << 30) : (uInt)n;
        crc = crc32(crc, p, piece);
        p += piece;
        n -= piece;
    }
    return crc;
}

/* The CRC-32 of the whole file but its own field (bytes 24..27): the header
 * is covered too, so that a flipped section count is caught. */
static uint32_t checksum(const unsigned char *file, size_t size) {
    uLong crc = crc_add(crc32(0L, Z_NULL, 0), file, 24);
    return (uint32_t)crc_add(crc, file + 28, size - 28);
}

/* ---------------------------------------------------------------- writer */

typedef struct mf_section {
    char name[QUOTH_MF_NAME_MAX + 1];
    unsigned char *data;
    size_t size;
} mf_section;

struct quoth_mf_writer {
    mf_section *sections;
    size_t n, cap;
};

quoth_mf_writer *quoth_mf_writer_new(void) {
    return calloc(1, sizeof(quoth_mf_writer));
}

void quoth_mf_writer_free(quoth_mf_writer *w) {
    if (!w) return;
    for (size_t i = 0; i < w->n; i++) free(w->sections[i].data);
    free(w->sections);
    free(w);
}

static int name_is_valid(const char *name) {
    size_t len = name ? strnlen(name, QUOTH_MF_NAME_MAX + 1) : 0;
    return len >= 1 && len <= QUOTH_MF_NAME_MAX;
}

int quoth_mf_writer_add(quoth_mf_writer *w, const char *name, const void *data, size_t size) {
    if (!w || !name_is_valid(name) || (!data && size > 0)) return QUOTH_ERR_INVALID;
    if (w->n >= QUOTH_MF_MAX_SECTIONS) return QUOTH_ERR_INVALID;
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->sections[i].name, name) == 0) return QUOTH_ERR_INVALID;
    if (QUOTH_RESERVE(w->sections, w->cap, w->n + 1, 8)) return QUOTH_ERR_NOMEM;
    unsigned char *copy = malloc(size ? size : 1);
    if (!copy) return QUOTH_ERR_NOMEM;
    if (size) memcpy(copy, data, size);
    mf_section *s = &w->sections[w->n++];
    memset(s->name, 0, sizeof s->name);
    memcpy(s->name, name, strlen(name));
    s->data = copy;
    s->size = size;
    return QUOTH_OK;
}

static size_t writer_total_size(const quoth_mf_writer *w) {
    size_t pos = QUOTH_MF_HEADER_SIZE + w->n * QUOTH_MF_ENTRY_SIZE;
    for (size_t i = 0; i < w->n; i++) pos = align_up(pos) + w->sections[i].size;
    return pos;
}

static void writer_fill(const quoth_mf_writer *w, unsigned char *buf, size_t total) {
    memset(buf, 0, total);
    size_t pos = QUOTH_MF_HEADER_SIZE + w->n * QUOTH_MF_ENTRY_SIZE;
    for (size_t i = 0; i < w->n; i++) {
        const mf_section *s = &w->sections[i];
        unsigned char *entry = buf + QUOTH_MF_HEADER_SIZE + i * QUOTH_MF_ENTRY_SIZE;
        pos = align_up(pos);
        memcpy(entry, s->name, QUOTH_MF_NAME_MAX + 1);
        put_u64(entry + 16, pos);
        put_u64(entry + 24, s->size);
        if (s->size) memcpy(buf + pos, s->data, s->size);
        pos += s->size;
    }
    memcpy(buf, QUOTH_MF_MAGIC, 8);
    put_u32(buf + 8, QUOTH_MF_VERSION);
    put_u32(buf + 12, (uint32_t)w->n);
    put_u64(buf + 16, total);
    put_u32(buf + 28, 0);
    put_u32(buf + 24, checksum(buf, total));
}

int quoth_mf_writer_write_memory(const quoth_mf_writer *w, void **out, size_t *size) {
    if (!w || !out || !size) return QUOTH_ERR_INVALID;
    size_t total = writer_total_size(w);
    unsigned char *buf = aligned_alloc(QUOTH_MF_ALIGN, align_up(total));
    if (!buf) return QUOTH_ERR_NOMEM;
    writer_fill(w, buf, total);
    *out = buf;
    *size = total;
    return QUOTH_OK;
}

static int write_all(int fd, const unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return QUOTH_ERR_IO;
        p += k;
        n -= (size_t)k;
    }
    return QUOTH_OK;
}

int quoth_mf_temp_path(const char *path, char *buf, size_t cap) {
    int n = snprintf(buf, cap, "%s.tmp.%ld", path, (long)getpid());
    return n >= 0 && (size_t)n < cap ? QUOTH_OK : QUOTH_ERR_INVALID;
}

/* The temporary file for `path`: with the mode of the file it replaces,
 * made private first so that no one can open it between the open() and the
 * fchmod() when the old file was private; else as a new file would be. */
static int open_temp(const char *tmp, const char *path) {
    struct stat st;
    int keep = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, keep ? 0600 : 0666);
    if (fd >= 0 && keep && fchmod(fd, st.st_mode & 0777) != 0) {
        int err = errno;
        close(fd);
        unlink(tmp);
        errno = err;
        return -1;
    }
    return fd;
}

static int write_then_rename(const char *path, const unsigned char *buf, size_t size) {
    size_t cap = strlen(path) + 32;
    char *tmp = malloc(cap);
    if (!tmp) return QUOTH_ERR_NOMEM;
    int rc = quoth_mf_temp_path(path, tmp, cap);
    int fd = rc == QUOTH_OK ? open_temp(tmp, path) : -1;
    if (fd >= 0) {
        rc = write_all(fd, buf, size);
        if (rc == QUOTH_OK && fsync(fd) != 0) rc = QUOTH_ERR_IO;
        if (close(fd) != 0 && rc == QUOTH_OK) rc = QUOTH_ERR_IO;
        if (rc == QUOTH_OK && rename(tmp, path) != 0) rc = QUOTH_ERR_IO;
        int err = errno;
        if (rc != QUOTH_OK) unlink(tmp);
        errno = err; /* the failure's, not unlink()'s */
    } else if (rc == QUOTH_OK) {
        rc = QUOTH_ERR_IO;
    }
    free(tmp);
    return rc;
}

int quoth_mf_writer_write_file(const quoth_mf_writer *w, const char *path) {
    if (!w || !path || !*path) return QUOTH_ERR_INVALID;
    void *buf;
    size_t size;
    int rc = quoth_mf_writer_write_memory(w, &buf, &size);
    if (rc != QUOTH_OK) return rc;
    rc = write_then_rename(path, buf, size);
    free(buf);
    return rc;
}

/* ---------------------------------------------------------------- reader */

static int check_header(const unsigned char *p, size_t size, int verify, uint32_t *n_sections) {
    if (size < QUOTH_MF_HEADER_SIZE) return QUOTH_ERR_MODEL;
    if (memcmp(p, QUOTH_MF_MAGIC, 8) != 0) return QUOTH_ERR_MODEL;
    if (get_u32(p + 8) != QUOTH_MF_VERSION) return QUOTH_ERR_MODEL;
    if (get_u64(p + 16) != (uint64_t)size) return QUOTH_ERR_MODEL;
    if (get_u32(p + 28) != 0) return QUOTH_ERR_MODEL;
    uint32_t n = get_u32(p + 12);
    if (n > QUOTH_MF_MAX_SECTIONS) return QUOTH_ERR_MODEL;
    if ((size - QUOTH_MF_HEADER_SIZE) / QUOTH_MF_ENTRY_SIZE < n) return QUOTH_ERR_MODEL;
    if (verify && checksum(p, size) != get_u32(p + 24)) return QUOTH_ERR_MODEL;
    *n_sections = n;
    return QUOTH_OK;
}

/* A name is 1..15 bytes, NUL-terminated, NUL padded: one spelling per name. */
static int check_name(const unsigned char *name) {
    size_t len = strnlen((const char *)name, QUOTH_MF_NAME_MAX + 1);
    if (len == 0 || len > QUOTH_MF_NAME_MAX) return QUOTH_ERR_MODEL;
    for (size_t i = len; i <= QUOTH_MF_NAME_MAX; i++)
        if (name[i] != 0) return QUOTH_ERR_MODEL;
    return QUOTH_OK;
}

/* The table's entries; *bad (may be NULL) is the first wrong one. */
static int check_entries(const unsigned char *p, size_t size, uint32_t n, uint32_t *bad) {
    const unsigned char *table = p + QUOTH_MF_HEADER_SIZE;
    uint64_t end_of_previous = QUOTH_MF_HEADER_SIZE + (uint64_t)n * QUOTH_MF_ENTRY_SIZE;
    for (uint32_t i = 0; i < n; i++) {
        if (bad) *bad = i;
        const unsigned char *entry = table + (size_t)i * QUOTH_MF_ENTRY_SIZE;
        uint64_t off = get_u64(entry + 16), len = get_u64(entry + 24);
        if (check_name(entry) != QUOTH_OK) return QUOTH_ERR_MODEL;
        if (off % QUOTH_MF_ALIGN != 0 || off < end_of_previous || off > size) return QUOTH_ERR_MODEL;
        if (len > size - off) return QUOTH_ERR_MODEL;
        end_of_previous = off + len;
        for (uint32_t j = 0; j < i; j++)
            if (memcmp(entry, table + (size_t)j * QUOTH_MF_ENTRY_SIZE, 16) == 0) return QUOTH_ERR_MODEL;
    }
    return QUOTH_OK;
}

static int check_table(const unsigned char *p, size_t size, uint32_t n) {
    return check_entries(p, size, n, NULL);
}

static int open_container(const void *data, size_t size, int verify, quoth_mf *out) {
    if (!out) return QUOTH_ERR_INVALID;
    memset(out, 0, sizeof *out);
    if (!data || (uintptr_t)data % 8 != 0) return QUOTH_ERR_INVALID;
    if (!host_is_little_endian()) return QUOTH_ERR_MODEL;
    const unsigned char *p = data;
    uint32_t n;
    int rc = check_header(p, size, verify, &n);
    if (rc == QUOTH_OK) rc = check_table(p, size, n);
    if (rc != QUOTH_OK) return rc;
    out->base = p;
    out->size = size;
    out->n_sections = n;
    out->trusted = !verify;
    return QUOTH_OK;
}

int quoth_mf_open(const void *data, size_t size, quoth_mf *out) {
    return open_container(data, size, 1, out);
}

int quoth_mf_open_trusted(const void *data, size_t size, quoth_mf *out) {
    return open_container(data, size, 0, out);
}

int quoth_mf_section_at(const quoth_mf *mf, uint32_t i, const char **name, const void **data,
                        size_t *size) {
    if (!mf || !mf->base || i >= mf->n_sections) return QUOTH_ERR_INVALID;
    const unsigned char *entry = mf->base + QUOTH_MF_HEADER_SIZE + (size_t)i * QUOTH_MF_ENTRY_SIZE;
    if (name) *name = (const char *)entry;
    if (data) *data = mf->base + get_u64(entry + 16);
    if (size) *size = (size_t)get_u64(entry + 24);
    return QUOTH_OK;
}

int quoth_mf_section(const quoth_mf *mf, const char *name, const void **data, size_t *size) {
    if (data) *data = NULL;
    if (size) *size = 0;
    if (!mf || !name) return QUOTH_ERR_INVALID;
    for (uint32_t i = 0; i < mf->n_sections; i++) {
        const char *entry_name =
            (const char *)mf->base + QUOTH_MF_HEADER_SIZE + (size_t)i * QUOTH_MF_ENTRY_SIZE;
        if (strncmp(entry_name, name, QUOTH_MF_NAME_MAX + 1) == 0)
            return quoth_mf_section_at(mf, i, NULL, data, size);
    }
    return QUOTH_ERR_MODEL;
}

static int read_all(int fd, unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t k = read(fd, p, n);
        if (k < 0 && errno == EINTR) continue;
        if (k == 0) errno = EIO; /* the file shrank while it was read */
        if (k <= 0) return QUOTH_ERR_IO;
        p += k;
        n -= (size_t)k;
    }
    return QUOTH_OK;
}

int quoth_mf_read_file(const char *path, void **data, size_t *size) {
    if (!path || !data || !size) return QUOTH_ERR_INVALID;
    *data = NULL;
    *size = 0;
    int fd = open(path, O_RDONLY);
    if (fd < 0) return QUOTH_ERR_IO;
    struct stat st;
    int rc = QUOTH_ERR_IO, err;
    if (fstat(fd, &st) != 0) err = errno;
    else if (!S_ISREG(st.st_mode)) err = S_ISDIR(st.st_mode) ? EISDIR : EINVAL; /* EINVAL: a device, a pipe */
    else {
        size_t n = (size_t)st.st_size;
        unsigned char *buf = aligned_alloc(QUOTH_MF_ALIGN, align_up(n ? n : 1));
        rc = buf ? read_all(fd, buf, n) : QUOTH_ERR_NOMEM;
        err = errno; /* read_all's, before close() and free() */
        if (rc == QUOTH_OK) {
            *data = buf;
            *size = n;
        } else {
            free(buf);
        }
    }
    close(fd);
    /* QUOTH_ERR_IO says "see errno": the cause, not what close() left there */
    if (rc == QUOTH_ERR_IO) errno = err;
    return rc;
}

/* ------------------------------------------------------------- diagnosis */

/* Which header check fails, in check_header()'s order; NULL for none. */
static const char *header_problem(const unsigned char *p, size_t size, char *why, size_t cap) {
    if (size == 0) return "an empty file";
    if (size < 8 || memcmp(p, QUOTH_MF_MAGIC, 8) != 0) return "not a quoth model: its first bytes are not " QUOTH_MF_MAGIC;
    if (size < QUOTH_MF_HEADER_SIZE) return "truncated: shorter than the model header";
    if (get_u32(p + 8) != QUOTH_MF_VERSION) {
        snprintf(why, cap, "format version %u, where this quoth reads version %u", get_u32(p + 8), QUOTH_MF_VERSION);
        return why;
    }
    uint64_t want = get_u64(p + 16);
    if (want != (uint64_t)size) {
        snprintf(why, cap, "%s: %zu bytes, where its header says %llu", size < want ? "truncated" : "bytes added",
                 size, (unsigned long long)want);
        return why;
    }
    uint32_t n = get_u32(p + 12);
    if (get_u32(p + 28) != 0 || n > QUOTH_MF_MAX_SECTIONS || (size - QUOTH_MF_HEADER_SIZE) / QUOTH_MF_ENTRY_SIZE < n)
        return "a damaged header (its section count or reserved field)";
    if (checksum(p, size) != get_u32(p + 24)) return "checksum mismatch: the file is damaged";
    return NULL;
}

int quoth_mf_explain(const void *data, size_t size, char *why, size_t cap) {
    const unsigned char *p = data;
    if (!why || !cap) return QUOTH_ERR_INVALID;
    const char *problem = header_problem(p, size, why, cap);
    if (problem) {
        if (problem != why) snprintf(why, cap, "%s", problem);
        return QUOTH_ERR_MODEL;
    }
    uint32_t bad = 0;
    if (check_entries(p, size, get_u32(p + 12), &bad) != QUOTH_OK) {
        snprintf(why, cap, "a damaged section table (section %u of %u)", bad + 1, get_u32(p + 12));
        return QUOTH_ERR_MODEL;
    }
    why[0] = 0;
    return QUOTH_OK;
}
