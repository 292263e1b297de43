# quoth: build, test, demo, evaluation, benchmarks.
#
#   make            build build/quoth, build/libquoth.a and build/libquoth.so
#   make test       install missing Debian packages, build, run every test
#   make demo       build and run quoth on examples/demo-article.txt
#   make eval       score PolNeAR dev with the shared referee (needs ../shared/polnear)
#   make model      retrain models/quoth-en.qm (needs ../shared/polnear)
#   make model-check  check that make model rebuilds it byte for byte (make test runs it)
#   make bench      optimized build, throughput benchmarks
#   make install    quoth, libquoth.a and .so, quoth.h and quoth.pc under PREFIX
#                   (default /usr/local; DESTDIR for staging); make uninstall
#
# Sources are found by wildcard: a new file under src/<room>/ joins the library,
# a new tests/test_*.c becomes a test program, a new src/cli/cmd_*.c a command.

CC       ?= cc
BUILD    ?= build
OPT      ?= -O2 -g
SHARED   ?= ../shared
CFLAGS_Q := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Iinclude -Isrc $(OPT) $(EXTRA_CFLAGS)
LDLIBS_Q := -lsqlite3 -lgumbo -lutf8proc -ljansson -lz -lbrotlidec -lzstd -lm -lpthread $(EXTRA_LDLIBS)

# Debian packages: to build, to test.
DEPS_BUILD := gcc make zlib1g-dev libutf8proc-dev libjansson-dev libsqlite3-dev libgumbo-dev libbrotli-dev libzstd-dev
DEPS_TEST  := clang pkg-config python3 groff-base

# the tests compress pages as servers do (brotli's encoder; zstd's is in -lzstd)
LDLIBS_TEST := -lbrotlienc

DEFAULT_MODEL := models/quoth-en.qm

LIB_SRC  := $(sort $(wildcard src/text/*.c src/tag/*.c src/attrib/*.c src/io/*.c src/store/*.c src/util/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
TEST_SRC := $(sort $(wildcard tests/test_*.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
BENCH_BIN := $(BENCH_SRC:bench/%.c=$(BUILD)/bench/%)

.PHONY: all deps test check install-check sanitize tsan analyze valgrind demo eval model model-check bench fuzz \
        install uninstall clean
all: $(BUILD)/quoth $(BUILD)/libquoth.a $(BUILD)/libquoth.so

deps:
	@scripts/ensure-deps.sh $(DEPS_BUILD)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_Q) -MMD -MP -c $< -o $@

# The default model is assembled into the library (.incbin), so that quoth
# finds it wherever the binary is copied. Without the file the library still
# builds, with rules only (the state before `make model` has ever run).
MODEL_OBJ := $(BUILD)/src/tag/default_model.o $(BUILD)/pic/src/tag/default_model.o
$(MODEL_OBJ): $(wildcard $(DEFAULT_MODEL))
$(MODEL_OBJ): CFLAGS_Q += $(if $(wildcard $(DEFAULT_MODEL)),-DQUOTH_DEFAULT_MODEL='"$(DEFAULT_MODEL)"')
# Its bytes come in by a top-level asm statement, whose symbols link-time
# optimization (OPT="... -flto") would drop: this object is never LTO.
$(MODEL_OBJ): CFLAGS_Q += -fno-lto

$(BUILD)/libquoth.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The shared library: the same sources compiled again, position-independent
# and with every symbol hidden but those quoth.h marks QUOTH_API (the
# static library and the command keep the plain objects: the hot path pays
# nothing for it). SONAME libquoth.so.$(SOVERSION): 0 while the version is
# 0.x, whose API may still change.
SOVERSION := 0
PIC_OBJ := $(LIB_SRC:%.c=$(BUILD)/pic/%.o)
$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_Q) -fPIC -fvisibility=hidden -MMD -MP -c $< -o $@

$(BUILD)/libquoth.so: $(PIC_OBJ)
	$(CC) $(CFLAGS_Q) -shared -Wl,-soname,libquoth.so.$(SOVERSION) -Wl,--no-undefined -o $@ $^ $(LDLIBS_Q)

$(BUILD)/quoth: $(CLI_OBJ) $(BUILD)/libquoth.a
	$(CC) $(CFLAGS_Q) -o $@ $(CLI_OBJ) $(BUILD)/libquoth.a $(LDLIBS_Q)

$(BUILD)/tests/%: tests/%.c tests/harness.h $(BUILD)/libquoth.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_Q) -Itests -o $@ $< $(BUILD)/libquoth.a $(LDLIBS_Q) $(LDLIBS_TEST)

# the tokenizer's word tables' multipliers are found with it (built by
# check, so that it keeps compiling)
$(BUILD)/find-multiplier: scripts/find-multiplier.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_Q) -o $@ $<

$(BUILD)/bench/%: bench/%.c $(BUILD)/libquoth.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_Q) -o $@ $< $(BUILD)/libquoth.a $(LDLIBS_Q)

check: $(BUILD)/quoth $(TEST_BIN) $(BUILD)/find-multiplier
	@QUOTH=$(BUILD)/quoth scripts/run-tests.sh $(TEST_BIN)

test:
	@scripts/ensure-deps.sh $(DEPS_BUILD) $(DEPS_TEST)
	@$(MAKE) --no-print-directory check
	@$(MAKE) --no-print-directory model-check
	@$(MAKE) --no-print-directory install-check
	@echo "== the same sources with clang (warnings are errors)"
	@$(MAKE) --no-print-directory CC=clang BUILD=build-clang all >/dev/null
	@$(MAKE) --no-print-directory sanitize
	@$(MAKE) --no-print-directory tsan
	@$(MAKE) --no-print-directory analyze

demo:
	@scripts/ensure-deps.sh $(DEPS_BUILD)
	@$(MAKE) --no-print-directory $(BUILD)/quoth
	$(BUILD)/quoth extract --format table examples/demo-article.txt

eval: $(BUILD)/quoth
	@scripts/eval.sh $(BUILD)/quoth $(SHARED)

# The command, the libraries (the model inside), the public header, a
# pkg-config file, the manual page and bash's completion. The version is the header's, so that the two cannot differ.
PREFIX  ?= /usr/local
VERSION := $(shell sed -n 's/^\#define QUOTH_VERSION_STRING "\(.*\)"/\1/p' include/quoth.h)
INSTALL_FILES := bin/quoth lib/libquoth.a lib/libquoth.so lib/libquoth.so.$(SOVERSION) \
                 lib/libquoth.so.$(VERSION) include/quoth.h lib/pkgconfig/quoth.pc \
                 share/man/man1/quoth.1 share/bash-completion/completions/quoth
install: $(BUILD)/quoth $(BUILD)/libquoth.a $(BUILD)/libquoth.so
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions
	install -m 755 $(BUILD)/quoth $(DESTDIR)$(PREFIX)/bin/quoth
	install -m 644 $(BUILD)/libquoth.a $(DESTDIR)$(PREFIX)/lib/libquoth.a
	install -m 755 $(BUILD)/libquoth.so $(DESTDIR)$(PREFIX)/lib/libquoth.so.$(VERSION)
	ln -sf libquoth.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/libquoth.so.$(SOVERSION)
	ln -sf libquoth.so.$(SOVERSION) $(DESTDIR)$(PREFIX)/lib/libquoth.so
	install -m 644 include/quoth.h $(DESTDIR)$(PREFIX)/include/quoth.h
	install -m 644 docs/quoth.1 $(DESTDIR)$(PREFIX)/share/man/man1/quoth.1
	install -m 644 src/cli/completion.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/quoth
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' src/quoth.pc.in \
	    >$(DESTDIR)$(PREFIX)/lib/pkgconfig/quoth.pc

uninstall:
	rm -f $(addprefix $(DESTDIR)$(PREFIX)/,$(INSTALL_FILES))

# make test: what `make install` puts in place serves a program of one's
# own: examples/who_said.c, built against the installed header and either
# library alone (pkg-config), gives the statements of the demo article; the
# shared library exports the functions of quoth.h and nothing else.
install-check: $(BUILD)/quoth $(BUILD)/libquoth.a $(BUILD)/libquoth.so
	@MAKE=$(MAKE) BUILD=$(BUILD) scripts/install-check.sh

# The default model, learned from PolNeAR's train split (dev is only scored).
model: $(BUILD)/quoth
	@test -d $(SHARED)/polnear/train || { echo "make model: needs the PolNeAR corpus at $(SHARED)/polnear (set SHARED=...)"; exit 1; }
	$(BUILD)/quoth train --corpus $(SHARED)/polnear/train --dev $(SHARED)/polnear/dev -o $(DEFAULT_MODEL)
	@$(MAKE) --no-print-directory all

# make test: the built-in model is what `make model` builds from this code
# (skipped without the corpus).
model-check: $(BUILD)/quoth
	@scripts/model-check.sh $(BUILD)/quoth $(SHARED) $(DEFAULT_MODEL)

# The test suite again under AddressSanitizer and UndefinedBehaviorSanitizer,
# in a build directory of its own; any report fails the run, even one made by
# a quoth in a pipeline of a shell test whose exit status nobody checks: ASan
# reports (LeakSanitizer's too: a leak is a report) go to files under
# build-san/reports/, and every report, UBSan's included, ends the program
# with status 86, which the shell tests' quoth (a wrapper) writes down there.
# gcc's libasan8 and libubsan1 come with gcc on Debian 12.
#
# Then once more with clang's UBSan alone (build-ubsan): the two compilers'
# checks differ. clang's reports arithmetic on a null pointer even by 0 (an
# empty text's `p + 0`), which gcc's lets pass; a fuzz target found one.
SAN_OPT := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
UBSAN_CLANG_OPT := -O1 -g -fsanitize=undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

# $(call sanitized-tests,DIR,CC,OPT): builds quoth and the tests in DIR with
# CC and OPT and runs them; sanitizer reports land in DIR/reports.
define sanitized-tests
@$(MAKE) --no-print-directory CC=$(2) BUILD=$(1) OPT="$(3)" $(1)/quoth $(TEST_SRC:tests/%.c=$(1)/tests/%)
@rm -rf $(CURDIR)/$(1)/reports && mkdir -p $(CURDIR)/$(1)/reports
@{ echo '#!/bin/sh'; \
   echo '"$(CURDIR)/$(1)/quoth" "$$@"; rc=$$?'; \
   echo '[ $$rc -ne 86 ] || echo "quoth $$*: died of a sanitizer report (exit 86)" >>"$(CURDIR)/$(1)/reports/died"'; \
   echo 'exit $$rc'; } >$(1)/quoth-checked && chmod +x $(1)/quoth-checked
@ASAN_OPTIONS=detect_leaks=1:exitcode=86:log_path=$(CURDIR)/$(1)/reports/asan \
 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=86 \
 QUOTH=$(1)/quoth-checked scripts/run-tests.sh $(TEST_SRC:tests/%.c=$(1)/tests/%); rc=$$?; \
 if [ -n "$$(ls -A $(CURDIR)/$(1)/reports)" ]; then \
     echo "== sanitizer reports ($(1)/reports):"; cat $(CURDIR)/$(1)/reports/*; exit 1; fi; \
 exit $$rc
endef

sanitize:
	@echo "== the tests again under AddressSanitizer and UndefinedBehaviorSanitizer (build-san)"
	$(call sanitized-tests,build-san,$(CC),$(SAN_OPT))
	@echo "== the tests again under clang's UndefinedBehaviorSanitizer (build-ubsan)"
	@scripts/ensure-deps.sh $(DEPS_BUILD) clang
	$(call sanitized-tests,build-ubsan,clang,$(UBSAN_CLANG_OPT))

# The threaded paths under ThreadSanitizer (clang), in a build directory of
# their own: the pipeline's tests, and quoth extract and index with four
# workers (index with its own) on 300 generated articles, where the reader, the workers and the
# writer share queues, the model and its tables. Any report fails the run.
# "No global mutable state" is a claim; this is its check.
TSAN_OPT := -O1 -g -fsanitize=thread
TSAN_ENV := TSAN_OPTIONS=halt_on_error=1:exitcode=66
tsan:
	@echo "== the threaded paths under ThreadSanitizer (build-tsan)"
	@scripts/ensure-deps.sh $(DEPS_BUILD) clang
	@$(MAKE) --no-print-directory CC=clang BUILD=build-tsan OPT="$(TSAN_OPT)" \
	    build-tsan/quoth build-tsan/tests/test_pipeline build-tsan/bench/jsonl_corpus >/dev/null
	@$(TSAN_ENV) build-tsan/tests/test_pipeline
	@build-tsan/bench/jsonl_corpus >build-tsan/corpus.jsonl
	@$(TSAN_ENV) build-tsan/quoth extract -q -j4 -f jsonl build-tsan/corpus.jsonl >/dev/null
	@rm -f build-tsan/store.db* && $(TSAN_ENV) build-tsan/quoth index -q -j4 --db build-tsan/store.db build-tsan/corpus.jsonl
	@$(TSAN_ENV) build-tsan/quoth index -q -j4 --db build-tsan/store.db build-tsan/corpus.jsonl build-tsan/corpus.jsonl
	@echo "tsan: no data race in the pipeline's tests, extract -j4 and index -j4 (new documents, then unchanged ones)"

# clang's static analyzer (scan-build, from Debian's clang-tools) over the
# library and the CLI, in a build directory of its own: it follows paths
# that no test takes (a stream that fails twice, a row longer than its
# header), and any finding fails the run. Where it cannot see an invariant
# (an array that a helper grows), an assert() states it.
DEPS_ANALYZE := clang clang-tools
analyze:
	@echo "== clang's static analyzer (build-analyze)"
	@scripts/ensure-deps.sh $(DEPS_BUILD) $(DEPS_ANALYZE)
	@rm -rf build-analyze && mkdir -p build-analyze
	@scan-build -o build-analyze/report --status-bugs $(MAKE) --no-print-directory -j2 CC=clang \
	    BUILD=build-analyze build-analyze/quoth >build-analyze/analyze.log 2>&1; rc=$$?; \
	 grep -E -A3 "warning:" build-analyze/analyze.log; grep -E "bugs? found|No bugs found" build-analyze/analyze.log; \
	 [ $$rc -eq 0 ] || echo "analyze: the reports are in build-analyze/report (scan-view DIR)"; exit $$rc

# Every test program, and quoth on the demo article and a JSON Lines feed,
# under valgrind's memcheck (a few minutes; not part of make test, which has
# the sanitizers): any memory error or leak fails it.
valgrind: $(BUILD)/quoth $(TEST_BIN)
	@scripts/ensure-deps.sh $(DEPS_BUILD) $(DEPS_TEST) valgrind
	@QUOTH=$(BUILD)/quoth scripts/valgrind.sh $(TEST_BIN)

# Throughput benchmarks (optimized build) against a peer; see docs/performance.md.
bench:
	@scripts/ensure-deps.sh $(DEPS_BUILD)
	@SHARED=$(SHARED) MAKE=$(MAKE) scripts/bench.sh

# libFuzzer targets under fuzz/, each run FUZZ_SECONDS (default 60).
# clang's sanitizer and libFuzzer runtimes are only recommended by clang.
FUZZ_SECONDS ?= 60
DEPS_FUZZ := libclang-rt-14-dev
fuzz:
	@scripts/ensure-deps.sh $(DEPS_BUILD) $(DEPS_TEST) $(DEPS_FUZZ)
	@scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(PIC_OBJ:.o=.d)
