/*
 * reader_stream.c - the byte stream under every reader: a file or stdin read
 * through a bounded window, gunzipped on the fly when it starts with the
 * gzip magic. Concatenated gzip members (.warc.gz, `cat a.gz b.gz`) are one
 * stream: each member's end resets the inflater for the next, and bytes
 * between members are skipped (start_member). A zstd stream (.jsonl.zst,
 * as large dumps of news are shipped) is read the same way, frame after
 * frame.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zstd.h>

#include "io/reader.h"

#define IN_CHUNK ((size_t)1 << 18)   /* compressed bytes read at a time */
#define FIRST_WINDOW ((size_t)1 << 18)
_Static_assert(FIRST_WINDOW <= IN_CHUNK, "the bytes that tell gzip are read into the window, then moved to `in`");

static ssize_t read_some(int fd, void *buf, size_t n) {
    for (;;) {
        ssize_t got = read(fd, buf, n);
        if (got >= 0 || errno != EINTR) return got;
    }
}

static int fail(quoth_instream *s, int err) {
    s->failed = 1;
    s->err = err;
    s->eof = 1;
    return 0;
}

/* Reads compressed bytes when the inflater has consumed all it had. */
static int refill_in(quoth_instream *s) {
    if (s->z.avail_in || s->eof) return 0;
    ssize_t got = read_some(s->fd, s->in, s->in_cap);
    if (got < 0) return fail(s, errno);
    if (got == 0) s->eof = 1;
    s->raw_read += (uint64_t)got;
    s->z.next_in = s->in;
    s->z.avail_in = (uInt)got;
    return 0;
}

/* Remembers where a member starts, in decoded and compressed bytes, so
 * that a WARC record can be located by the offset of its gzip member. */
static void note_member(quoth_instream *s) {
    quoth_member_mark *m = &s->members[s->members_head % QUOTH_MEMBER_MARKS];
    m->decoded = s->offset + (s->end - s->start);
    m->compressed = s->member_start;
    s->members_head++;
}

uint64_t quoth_instream_member_at(const quoth_instream *s, uint64_t decoded) {
    size_t n = s->members_head < QUOTH_MEMBER_MARKS ? s->members_head : QUOTH_MEMBER_MARKS;
    for (size_t k = 1; k <= n; k++) {
        const quoth_member_mark *m = &s->members[(s->members_head - k) % QUOTH_MEMBER_MARKS];
        if (m->decoded == decoded) return m->compressed;
        if (m->decoded < decoded) break;
    }
    return UINT64_MAX;
}

/* Makes at least `want` compressed bytes available at next_in, unless the
 * input ends first (the bytes left are moved to the front of `in`).
 * Returns what is available. */
static size_t want_in(quoth_instream *s, size_t want) {
    refill_in(s);
    while (s->z.avail_in < want && !s->eof && !s->failed) {
        memmove(s->in, s->z.next_in, s->z.avail_in);
        ssize_t got = read_some(s->fd, s->in + s->z.avail_in, s->in_cap - s->z.avail_in);
        if (got < 0) {
            fail(s, errno);
            break;
        }
        if (got == 0) s->eof = 1;
        s->raw_read += (uint64_t)got;
        s->z.next_in = s->in;
        s->z.avail_in += (uInt)got;
    }
    return s->z.avail_in;
}

static void skip_in(quoth_instream *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        unsigned char c = s->z.next_in[i];
        if (c != 0 && c != '\n' && c != '\r' && c != ' ' && c != '\t') s->junk++;
    }
    s->z.next_in += n;
    s->z.avail_in -= (uInt)n;
}

/* At a member boundary: starts the next member, or ends the stream when
 * none follows. Bytes between members that begin none are skipped up to
 * the next member's magic (1f 8b 08): a writer that crashed leaves a
 * preallocated block of zeros, a file transferred in text mode a stray
 * line end, and every record after them is still whole, where gzip -d
 * stops at them and loses the rest. Skipped bytes other than padding are
 * counted in s->junk (a member whose header was damaged: the reader says
 * so). Returns 1 when a member was started. */
static int start_member(quoth_instream *s) {
    for (;;) {
        size_t have = want_in(s, 3);
        if (have < 3) {
            skip_in(s, have); /* too short to be a member: the end */
            return 0;
        }
        const unsigned char *p = s->z.next_in;
        const unsigned char *magic = memchr(p, 0x1f, have);
        if (!magic) {
            skip_in(s, have);
            continue;
        }
        size_t at = (size_t)(magic - p);
        skip_in(s, at);
        if (want_in(s, 3) < 3) continue;
        if (s->z.next_in[1] == 0x8b && s->z.next_in[2] == 0x08) break;
        skip_in(s, 1);
    }
    if (inflateReset(&s->z) != Z_OK) return fail(s, EIO);
    s->member_start = s->raw_read - s->z.avail_in;
    s->z_member_open = 1;
    note_member(s);
    return 1;
}

/* Inflates into buf[end..cap). Returns the number of bytes produced; 0 at
 * the end of the stream, on a truncated member or on corrupt data. */
static size_t fill_gz(quoth_instream *s) {
    size_t room = s->cap - s->end;
    while (!s->failed) {
        if (!s->z_member_open && !start_member(s)) return 0;
        refill_in(s);
        if (s->failed) return 0;
        s->z.next_out = s->buf + s->end;
        s->z.avail_out = (uInt)room;
        int rc = inflate(&s->z, Z_NO_FLUSH);
        size_t made = room - s->z.avail_out;
        if (rc == Z_STREAM_END) s->z_member_open = 0;
        else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            fail(s, EILSEQ);
            return made;
        }
        if (made) return made;
        if (s->z_member_open && s->eof && s->z.avail_in == 0) {
            s->truncated = 1;
            return 0;
        }
    }
    return 0;
}

/* zstd: decompresses into buf[end..cap). Returns the bytes produced; 0 at
 * the end of the stream, on a truncated frame or on corrupt data. */
static size_t fill_zstd(quoth_instream *s) {
    for (;;) {
        if (s->zstd_in_pos == s->zstd_in_len && !s->eof) {
            ssize_t got = read_some(s->fd, s->in, s->in_cap);
            if (got < 0) return fail(s, errno);
            if (got == 0) s->eof = 1;
            s->raw_read += (uint64_t)got;
            s->zstd_in_len = (size_t)got;
            s->zstd_in_pos = 0;
        }
        /* called with no input left too: the decoder may hold output */
        ZSTD_inBuffer in = {s->in, s->zstd_in_len, s->zstd_in_pos};
        ZSTD_outBuffer out = {s->buf + s->end, s->cap - s->end, 0};
        size_t rc = ZSTD_decompressStream((ZSTD_DStream *)s->zstd, &out, &in);
        int moved = in.pos != s->zstd_in_pos || out.pos;
        s->zstd_in_pos = in.pos;
        if (ZSTD_isError(rc)) {
            fail(s, EILSEQ);
            return out.pos;
        }
        /* 0: a frame ended. A call that moved nothing says what the next
         * frame's header needs, and no frame is open then. */
        if (moved) s->zstd_frame_open = rc != 0;
        if (out.pos) return out.pos;
        if (s->zstd_in_pos == s->zstd_in_len && s->eof) {
            s->truncated = s->zstd_frame_open;
            return 0;
        }
    }
}

static size_t fill_plain(quoth_instream *s) {
    if (s->eof) return 0;
    ssize_t got = read_some(s->fd, s->buf + s->end, s->cap - s->end);
    if (got < 0) return fail(s, errno);
    if (got == 0) s->eof = 1;
    s->raw_read += (uint64_t)got;
    return (size_t)got;
}

/* Makes room at the end of the window: moves the unconsumed bytes to the
 * front, then grows it (up to the limit). Returns 0 when it is full. */
static int make_room(quoth_instream *s) {
    if (s->start && (s->end == s->cap || s->start >= s->cap / 2)) {
        memmove(s->buf, s->buf + s->start, s->end - s->start);
        s->end -= s->start;
        s->start = 0;
    }
    if (s->end < s->cap) return 1;
    if (s->cap >= s->limit) return 0;
    size_t cap = s->cap * 2 < s->limit ? s->cap * 2 : s->limit;
    unsigned char *p = realloc(s->buf, cap);
    if (!p) return fail(s, ENOMEM);
    s->buf = p;
    s->cap = cap;
    return 1;
}

size_t quoth_instream_peek(quoth_instream *s, size_t n) {
    if (n > s->limit) n = s->limit;
    while (s->end - s->start < n && !s->failed && !s->truncated && make_room(s)) {
        /* both fills return 0 only at the end of input or on failure */
        size_t got = s->gz ? fill_gz(s) : s->zstd ? fill_zstd(s) : fill_plain(s);
        if (!got) break;
        s->end += got;
    }
    return s->end - s->start;
}

void quoth_instream_consume(quoth_instream *s, size_t n) {
    size_t have = s->end - s->start;
    if (n > have) n = have;
    s->start += n;
    s->offset += n;
    if (s->start == s->end) s->start = s->end = 0;
}

uint64_t quoth_instream_skip(quoth_instream *s, uint64_t n) {
    uint64_t done = 0;
    while (done < n) {
        size_t want = n - done < s->limit ? (size_t)(n - done) : s->limit;
        size_t have = quoth_instream_peek(s, want < FIRST_WINDOW ? want : FIRST_WINDOW);
        if (!have) break;
        size_t take = have < want ? have : want;
        quoth_instream_consume(s, take);
        done += take;
    }
    return done;
}

uint64_t quoth_instream_position(const quoth_instream *s) {
    if (s->gz) return s->raw_read - s->z.avail_in;
    if (s->zstd) return s->raw_read - (s->zstd_in_len - s->zstd_in_pos);
    return s->offset;
}

/* A zstd stream: the bytes read so far become its first compressed ones. */
static int start_zstd(quoth_instream *s, size_t got) {
    s->in_cap = IN_CHUNK;
    if (!(s->in = malloc(s->in_cap))) return QUOTH_ERR_NOMEM;
    memcpy(s->in, s->buf, got);
    s->zstd_in_len = got;
    ZSTD_DStream *z = ZSTD_createDStream();
    if (!z) return QUOTH_ERR_NOMEM;
    s->zstd = z;
    return 0;
}

/* Decides between gzip, zstd and plain bytes from the first four bytes
 * read. They are read into the window, where plain bytes (most inputs)
 * stay: only a compressed stream gets the buffer of compressed bytes,
 * which a plain one had been read into, copied out of and freed, 256 KB of
 * pages touched for nothing. */
static int detect_compression(quoth_instream *s) {
    size_t got = 0;
    while (got < 4) {
        ssize_t n = read_some(s->fd, s->buf + got, s->cap - got);
        if (n < 0) return QUOTH_ERR_IO;
        if (n == 0) {
            s->eof = 1;
            break;
        }
        got += (size_t)n;
    }
    s->raw_read = got;
    static const unsigned char ZSTD_MAGIC[4] = {0x28, 0xb5, 0x2f, 0xfd};
    if (got >= 4 && memcmp(s->buf, ZSTD_MAGIC, 4) == 0) return start_zstd(s, got);
    if (got < 2 || s->buf[0] != 0x1f || s->buf[1] != 0x8b) {
        s->end = got;
        return 0;
    }
    s->gz = 1;
    s->in_cap = IN_CHUNK; /* not less than the window: what was read fits */
    if (!(s->in = malloc(s->in_cap))) return QUOTH_ERR_NOMEM;
    memcpy(s->in, s->buf, got);
    s->z.next_in = s->in;
    s->z.avail_in = (uInt)got;
    /* 15 + 16: a gzip wrapper, the largest window */
    if (inflateInit2(&s->z, 15 + 16) != Z_OK) return QUOTH_ERR_NOMEM;
    s->z_ready = 1;
    return 0;
}

int quoth_instream_open(quoth_instream *s, const char *path, size_t limit) {
    memset(s, 0, sizeof *s);
    s->limit = limit < 4096 ? 4096 : limit;
    s->cap = FIRST_WINDOW < s->limit ? FIRST_WINDOW : s->limit;
    if (s->cap < IN_CHUNK) s->cap = IN_CHUNK < s->limit ? IN_CHUNK : s->limit;
    if (strcmp(path, "-") == 0) s->fd = STDIN_FILENO;
    else {
        /* O_NONBLOCK: a FIFO without a writer (one left in a directory of
         * articles) must not hang the run; reads block again after open, and
         * such a FIFO reads as empty */
        s->fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (s->fd < 0) return QUOTH_ERR_IO;
        s->own_fd = 1;
        int fl = fcntl(s->fd, F_GETFL);
        if (fl != -1) fcntl(s->fd, F_SETFL, fl & ~O_NONBLOCK);
    }
    s->buf = malloc(s->cap);
    int rc = s->buf ? detect_compression(s) : QUOTH_ERR_NOMEM;
    if (rc) {
        int e = errno;
        quoth_instream_close(s);
        errno = rc == QUOTH_ERR_NOMEM ? ENOMEM : e;
    }
    return rc;
}

void quoth_instream_close(quoth_instream *s) {
    if (s->z_ready) inflateEnd(&s->z);
    if (s->zstd) ZSTD_freeDStream((ZSTD_DStream *)s->zstd);
    if (s->own_fd) close(s->fd);
    free(s->buf);
    free(s->in);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}
