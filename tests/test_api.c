/*
 * The public API's edges, as the blind audit of include/quoth.h
 * (5 December 2026) found them: what each function gives for a NULL or
 * out-of-range argument, and the return values the header promises. Each
 * had crashed or answered something the header did not say.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "quoth.h"

/* A failed quoth_extract() leaves *out NULL; the accessors read that as
 * an empty document (they had dereferenced it). */
static void test_null_document(void) {
    size_t len = 99;
    CHECK_STR(quoth_doc_text(NULL, &len), "");
    CHECK_INT(len, 0);
    CHECK_INT(quoth_doc_length(NULL), 0);
    CHECK_INT(quoth_doc_repairs(NULL), 0);
    CHECK_INT(quoth_doc_token_count(NULL), 0);
    CHECK_INT(quoth_doc_sentence_count(NULL), 0);
    CHECK_INT(quoth_doc_quote_count(NULL), 0);
    CHECK(quoth_doc_quote(NULL, 0) == NULL);
    quoth_token_info info;
    CHECK_INT(quoth_doc_token(NULL, 0, &info), QUOTH_ERR_INVALID);
}

/* Every loader refuses a NULL out-pointer (load_default had crashed); a
 * buffer of no bytes is a damaged model, as an empty file is (it had been
 * the rules-only model without a word), and (NULL, 0) asks for that one. */
static void test_model_loaders(void) {
    CHECK_INT(quoth_model_load_default(NULL), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_model_load_file("x.qm", NULL), QUOTH_ERR_INVALID);
    quoth_model *m = NULL;
    static const char empty[1];
    CHECK_INT(quoth_model_load_memory(empty, 0, &m), QUOTH_ERR_MODEL);
    CHECK(m == NULL);
    CHECK_INT(quoth_model_load_memory(NULL, 5, &m), QUOTH_ERR_INVALID);
    CHECK_INT(quoth_model_load_memory(NULL, 0, &m), QUOTH_OK);
    const char *name;
    size_t size;
    CHECK_INT(quoth_model_section(m, 0, &name, &size), QUOTH_ERR_INVALID); /* rules only: no section */
    quoth_model_free(m);
}

/* A value outside an enumeration is named "unknown", not passed off as a
 * real one (99 had been "indirect" and "none"). */
static void test_names_out_of_range(void) {
    CHECK_STR(quoth_quote_type_name((quoth_quote_type)99), "unknown");
    CHECK_STR(quoth_resolution_name((quoth_resolution)99), "unknown");
    CHECK_STR(quoth_quote_type_name(QUOTH_MIXED), "mixed");
    CHECK_STR(quoth_resolution_name(QUOTH_RESOLVED_NONE), "none");
}

/* quoth_store_add(): 0 for a document new to the store, 1 when it replaced
 * one (the header had not said what the 1 was). */
static void test_store_add_returns(void) {
    quoth_model *m = NULL;
    CHECK_INT(quoth_model_load_default(&m), QUOTH_OK);
    quoth_engine *e = m ? quoth_engine_new(m, 0) : NULL;
    const char *text = "\"The bridge opens in May,\" said Ivo Petrov.";
    const quoth_doc *doc = NULL;
    CHECK(e && quoth_extract(e, text, strlen(text), &doc) == QUOTH_OK);
    char path[64];
    snprintf(path, sizeof path, "/tmp/quoth-test-api-%ld.db", (long)getpid());
    unlink(path);
    quoth_store *s = NULL;
    CHECK_INT(quoth_store_open(path, 0, &s), QUOTH_OK);
    quoth_doc_meta meta = {.id = "bridge"};
    CHECK_INT(quoth_store_add(s, &meta, text, strlen(text), doc), 0);
    CHECK_INT(quoth_store_add(s, &meta, text, strlen(text), doc), 1);
    CHECK_INT(quoth_store_commit(s), QUOTH_OK);
    quoth_store_close(s);
    static const char *const SUFFIXES[] = {"", "-wal", "-shm"};
    for (size_t k = 0; k < sizeof SUFFIXES / sizeof *SUFFIXES; k++) {
        char file[80];
        snprintf(file, sizeof file, "%s%s", path, SUFFIXES[k]);
        unlink(file);
    }
    quoth_engine_free(e);
    quoth_model_free(m);
}

TEST_MAIN(test_null_document, test_model_loaders, test_names_out_of_range, test_store_add_returns)
