/*
 * model_file.h - the model-file container: named, 64-byte aligned sections.
 *
 * A model file is read into memory in one go and used in place: every
 * section is an array (or a struct of arrays) that the loaders point into,
 * so loading costs one read and one checksum, and nothing is parsed or copied.
 *
 * Layout, all integers little-endian:
 *
 *   0   header, 32 bytes: magic "QUOTHMDL", u32 format version, u32 section
 *       count, u64 total file size, u32 CRC-32 (zlib's) of every byte of the
 *       file but these four, u32 zero
 *   32  section table, 32 bytes per section: name (up to 15 bytes, NUL
 *       padded to 16), u64 offset, u64 size
 *   ... section data, each starting at a multiple of 64, in table order,
 *       zero padding between
 *
 * quoth_mf_open() checks all of it, so that a truncated or damaged file is
 * reported as QUOTH_ERR_MODEL rather than read out of bounds. The data of a
 * section is only as aligned as the buffer it lives in: give quoth_mf_open()
 * a 64-byte aligned buffer (quoth_mf_read_file() and
 * quoth_mf_writer_write_memory() return one).
 */
#ifndef QUOTH_TAG_MODEL_FILE_H
#define QUOTH_TAG_MODEL_FILE_H

#include <stddef.h>
#include <stdint.h>

#define QUOTH_MF_MAGIC "QUOTHMDL"
#define QUOTH_MF_VERSION 1u
#define QUOTH_MF_HEADER_SIZE 32u
#define QUOTH_MF_ENTRY_SIZE 32u
#define QUOTH_MF_ALIGN 64u
#define QUOTH_MF_NAME_MAX 15u
#define QUOTH_MF_MAX_SECTIONS 1024u

/* ---------------------------------------------------------------- writer */

typedef struct quoth_mf_writer quoth_mf_writer;

/* A new, empty container. NULL when out of memory. */
quoth_mf_writer *quoth_mf_writer_new(void);

/* Adds a section; the bytes are copied. Names are 1..15 bytes, unique.
 * QUOTH_ERR_INVALID for a bad or duplicate name. */
int quoth_mf_writer_add(quoth_mf_writer *w, const char *name, const void *data, size_t size);

/* The whole file in a new 64-byte aligned buffer, to free() by the caller. */
int quoth_mf_writer_write_memory(const quoth_mf_writer *w, void **out, size_t *size);

/* Writes the file to `path` through a temporary file beside it
 * (quoth_mf_temp_path) and a rename, so that a crash never leaves a
 * half-written model under the real name; the temporary file is removed
 * on every failure. An existing file's mode is kept. `path` itself is
 * replaced: a symbolic link there becomes the model (the CLI resolves
 * links first). QUOTH_ERR_IO with errno on failure. */
int quoth_mf_writer_write_file(const quoth_mf_writer *w, const char *path);

/* The temporary file quoth_mf_writer_write_file() writes for `path`:
 * "PATH.tmp.PID", one per process, so that two trainings aimed at one
 * file do not write into the same one, and so that a signal handler of
 * the caller can remove it. QUOTH_ERR_INVALID when it does not fit. */
int quoth_mf_temp_path(const char *path, char *buf, size_t cap);

void quoth_mf_writer_free(quoth_mf_writer *w);

/* ---------------------------------------------------------------- reader */

/* An opened container: a view of the caller's buffer, which must outlive it. */
typedef struct quoth_mf {
    const unsigned char *base;
    size_t size;
    uint32_t n_sections;
    /* Opened by quoth_mf_open_trusted(): the bytes are the program's own,
     * so the loaders of its sections may skip their deep checks too. */
    uint8_t trusted;
} quoth_mf;

/* Validates a whole container (magic, version, size, checksum, table) and
 * fills *out. QUOTH_ERR_MODEL when anything is wrong, QUOTH_ERR_INVALID for a
 * NULL or misaligned (not 8-byte aligned) buffer. */
int quoth_mf_open(const void *data, size_t size, quoth_mf *out);

/* quoth_mf_open() without the checksum, for the model assembled into the
 * library: its bytes are the program's own, as trustworthy as its code, and
 * the CRC of 11 MB is most of the cost of starting quoth (4 instructions a
 * byte). The layout is still checked, so that a bad build fails cleanly;
 * `quoth model` and the tests check the built-in model's checksum. */
int quoth_mf_open_trusted(const void *data, size_t size, quoth_mf *out);

/* Finds a section by name. QUOTH_ERR_MODEL (and *data = NULL, *size = 0)
 * when the container has no such section. */
int quoth_mf_section(const quoth_mf *mf, const char *name, const void **data, size_t *size);

/* The i-th section in file order, for listing: its name (NUL-terminated,
 * inside the buffer), data and size. QUOTH_ERR_INVALID when i is too large. */
int quoth_mf_section_at(const quoth_mf *mf, uint32_t i, const char **name, const void **data,
                        size_t *size);

/* Why quoth_mf_open() refuses `data`, for messages: which check fails
 * first (empty, magic, version, size, header, checksum, section table),
 * as a sentence in `why`. QUOTH_ERR_MODEL with the reason; QUOTH_OK (why
 * "") when the container is sound and the fault, if any, is in a
 * section's contents. `data` as for quoth_mf_open(). */
int quoth_mf_explain(const void *data, size_t size, char *why, size_t cap);

/* Reads a whole file into a new 64-byte aligned buffer, to free() by the
 * caller. The contents are not checked: pass them to quoth_mf_open(). */
int quoth_mf_read_file(const char *path, void **data, size_t *size);

#endif /* QUOTH_TAG_MODEL_FILE_H */
