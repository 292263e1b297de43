/*
 * cmd_model.c - `quoth model [FILE]`: what a model holds.
 */
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "tag/model.h"
#include "tag/model_file.h"

/* What each section of a model file is for; the names are the library's
 * (a section the table lacks is listed without a note). */
static const char *section_note(const char *name) {
    static const char *const NOTES[][2] = {
        {"pos.tags", "part-of-speech tag names"},
        {"pos.weights", "part-of-speech tagger: weights"},
        {"pos.dict", "part-of-speech tagger: words with one tag"},
        {"lexicon", "how often each word occurs in the training text"},
        {"ent.labels", "entity labels"},
        {"ent.weights", "entity tagger: weights"},
        {"ent.dict", "entity tagger: words with one label"},
        {"dep.labels", "dependency parser: relation labels"},
        {"dep.moves", "dependency parser: weights of its moves"},
        {"dep.rels", "dependency parser: weights of its relations"},
        {"attrib.weights", "attribution tagger: weights"},
        {"attrib.meta", "attribution tagger: feature and label versions"},
        {"attrib.cuerate", "attribution tagger: how often words were cues"},
        {"attrib.calib", "confidences: how often attributions were right on dev"},
        {"attrib.words", "attribution tagger: words with window rows"},
        {"attrib.small", "attribution tagger: small-valued rows and transitions, as loaded"},
        {"attrib.wordrows", "attribution tagger: window words' rows and cue rates, as loaded"},
    };
    for (size_t i = 0; i < sizeof NOTES / sizeof *NOTES; i++)
        if (strcmp(name, NOTES[i][0]) == 0) return NOTES[i][1];
    return "";
}

/* Loading the built-in model skips its checksum (quoth_mf_open_trusted);
 * this command is where a user asks for it. */
static int builtin_model_is_sound(void) {
    const void *data;
    size_t size;
    quoth_mf mf;
    quoth_default_model_bytes(&data, &size);
    if (size && quoth_mf_open(data, size, &mf) != QUOTH_OK) {
        cli_error("the model built into quoth is damaged (its checksum does not match): rebuild quoth");
        return 0;
    }
    return 1;
}

int quoth_cmd_model(int argc, char **argv) {
    if (argc > 1 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        printf("usage: quoth model [FILE]\n\n"
               "Checks a model file (magic, version, size, checksum) and describes it:\n"
               "what it holds, then each section with its size in bytes. Without FILE,\n"
               "the model built into quoth.\n\n"
               "exit status: 0 the model is sound, 2 the command line was wrong, 3 the\n"
               "file could not be read or is no sound model, or the output could not\n"
               "be written.\n");
        return EXIT_OK;
    }
    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        cli_error("model takes one FILE and no option but --help, not '%s'", argv[argc > 2 ? 2 : 1]);
        return EXIT_USAGE;
    }
    if (argc == 1 && !builtin_model_is_sound()) return EXIT_FATAL;
    quoth_model *m = cli_load_model(argc > 1 ? argv[1] : NULL);
    cli_output out;
    if (!m || cli_output_open(&out, STDOUT_FILENO, 0)) {
        quoth_model_free(m);
        return EXIT_FATAL;
    }
    fprintf(out.stream, "%s: %s\n", argc > 1 ? argv[1] : "built-in model", quoth_model_description(m));
    const char *name;
    size_t size;
    for (unsigned i = 0; quoth_model_section(m, i, &name, &size) == QUOTH_OK; i++)
        fprintf(out.stream, "  %-15s %10zu  %s\n", name, size, section_note(name));
    quoth_model_free(m);
    return cli_output_close(&out, NULL) ? EXIT_FATAL : EXIT_OK;
}
