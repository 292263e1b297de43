/*
 * json.c - JSON output primitives.
 */
#include "io/json.h"

#include <string.h>

void quoth_json_string(FILE *out, const char *s, size_t n) {
    static const char HEX[] = "0123456789abcdef";
    putc('"', out);
    size_t run = 0; /* bytes that need no escape, written in one go */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            run++;
            continue;
        }
        fwrite(s + i - run, 1, run, out);
        run = 0;
        putc('\\', out);
        switch (c) {
        case '"': putc('"', out); break;
        case '\\': putc('\\', out); break;
        case '\n': putc('n', out); break;
        case '\r': putc('r', out); break;
        case '\t': putc('t', out); break;
        default:
            fputs("u00", out);
            putc(HEX[c >> 4], out);
            putc(HEX[c & 15], out);
        }
    }
    fwrite(s + n - run, 1, run, out);
    putc('"', out);
}

void quoth_json_span(FILE *out, const char *text, const quoth_span *span) {
    fprintf(out, "{\"start\": %zu, \"end\": %zu, \"text\": ", span->start, span->end);
    quoth_json_string(out, text + span->byte_start, span->byte_end - span->byte_start);
    putc('}', out);
}
