/*
 * cmd_model.c - `quoth model [FILE]`: what a model holds.
 */
#include <string.h>

#include "cli/cli.h"

int quoth_cmd_model(int argc, char **argv) {
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        printf("usage: quoth model [FILE]\n\n"
               "Checks a model file (magic, version, size, checksum) and describes it;\n"
               "without FILE, the model built into quoth.\n");
        return EXIT_OK;
    }
    quoth_model *m = cli_load_model(argc > 1 ? argv[1] : NULL);
    if (!m) return EXIT_FATAL;
    printf("%s: %s\n", argc > 1 ? argv[1] : "built-in model", quoth_model_description(m));
    quoth_model_free(m);
    return EXIT_OK;
}
