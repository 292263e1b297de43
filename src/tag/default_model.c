/*
 * default_model.c - the default model, assembled into the library.
 *
 * The Makefile defines QUOTH_DEFAULT_MODEL as the path of models/quoth-en.qm
 * when that file exists; .incbin copies its bytes into read-only data, so
 * the binary carries its model wherever it is installed or copied.
 */
#include <stddef.h>

#include "tag/model.h"

#ifdef QUOTH_DEFAULT_MODEL
__asm__(".section .rodata\n"
        ".balign 64\n"
        "quoth_default_model_begin:\n"
        ".incbin \"" QUOTH_DEFAULT_MODEL "\"\n"
        "quoth_default_model_finish:\n"
        ".byte 0\n"
        ".previous\n");
extern const unsigned char quoth_default_model_begin[] __asm__("quoth_default_model_begin");
extern const unsigned char quoth_default_model_finish[] __asm__("quoth_default_model_finish");

void quoth_default_model_bytes(const void **data, size_t *size) {
    *data = quoth_default_model_begin;
    *size = (size_t)(quoth_default_model_finish - quoth_default_model_begin);
}
#else
void quoth_default_model_bytes(const void **data, size_t *size) {
    *data = NULL;
    *size = 0;
}
#endif
