/*
 * cmd_eval.c - `quoth eval` (being written).
 */
#include "cli/cli.h"

int quoth_cmd_eval(int argc, char **argv) {
    (void)argc;
    (void)argv;
    cli_error("eval: not implemented yet");
    return EXIT_FATAL;
}
