#!/bin/sh
# Builds the libFuzzer targets of fuzz/ with clang (address and undefined
# behavior sanitizers) in build-fuzz/ and runs each for SECONDS (default 60),
# one after the other in one process each (no -jobs/-workers: one core).
# Prints each target's executions and whether it crashed; exits 1 when any
# did (the input is kept in build-fuzz/artifacts/TARGET/).
#
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   targets: text jsonl html warc model eval (default: all)
# The seeds are fuzz/corpus/TARGET/ and the test fixtures that are inputs
# of that kind (copied, not kept twice in the tree; model: made by
# fuzz/model_seed.c); what a run learns goes to build-fuzz/corpus/TARGET/,
# which later runs start from.
set -u
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-text jsonl html warc model eval}
B=build-fuzz
CC=${FUZZ_CC:-clang}
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
LIBS="-lsqlite3 -lgumbo -lutf8proc -ljansson -lz -lbrotlidec -lzstd -lm -lpthread"

command -v "$CC" >/dev/null 2>&1 || { echo "fuzz.sh: $CC not found (make fuzz installs it)" >&2; exit 1; }

# The library, instrumented for coverage (fuzzer-no-link) and sanitizers.
echo "== building libquoth for fuzzing in $B/"
mkdir -p $B
make --no-print-directory CC="$CC" BUILD=$B OPT="-O1 -g -fsanitize=fuzzer-no-link $SAN" \
    $B/libquoth.a >$B/build.log 2>&1 || { tail -n 30 $B/build.log; echo "fuzz.sh: the build failed" >&2; exit 1; }
mkdir -p $B/bin
CF="-std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Iinclude -Isrc -O1 -g $SAN"
for t in $targets; do
    # shellcheck disable=SC2086
    $CC $CF -fsanitize=fuzzer -o $B/bin/fuzz_$t fuzz/fuzz_$t.c $B/libquoth.a $LIBS \
        || { echo "fuzz.sh: cannot build fuzz_$t" >&2; exit 1; }
done

failed=""
for t in $targets; do
    corpus=$B/corpus/$t
    art=$B/artifacts/$t
    mkdir -p "$corpus" "$art"
    if [ "$t" = model ]; then
        # shellcheck disable=SC2086
        $CC $CF -o $B/bin/model_seed fuzz/model_seed.c $B/libquoth.a $LIBS \
            && $B/bin/model_seed "$corpus" || { echo "fuzz.sh: cannot make the model seeds" >&2; exit 1; }
        seeds=""
        maxlen=""
    else
        seeds=fuzz/corpus/$t
        case $t in
            text) cp examples/demo-article.txt "$corpus/seed-demo-article.txt" ;;
            jsonl) cp tests/fixtures/inputs/news.jsonl "$corpus/seed-news.jsonl" ;;
            html) cp tests/fixtures/inputs/article.html "$corpus/seed-article.html" ;;
        esac
        case $t in
            warc) maxlen=-max_len=65536 ;;
            *) maxlen=-max_len=16384 ;;
        esac
    fi
    log=$B/fuzz_$t.log
    echo "== fuzz_$t for ${seconds}s"
    # -timeout: an input that takes 30 s (a slow path) counts as a crash too
    # shellcheck disable=SC2086
    $B/bin/fuzz_$t -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
        $maxlen -artifact_prefix="$art/" "$corpus" $seeds >"$log" 2>&1
    rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
    if [ $rc -ne 0 ]; then
        failed="$failed $t"
        echo "fuzz_$t: CRASH (exit $rc) after ${runs:-?} executions; input in $art/, log $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -n 5
    else
        echo "fuzz_$t: ${runs:-?} executions in ${took:-$seconds} s, ${cov:-cov: ?}, no crash"
    fi
done
[ -z "$failed" ] || { echo "== crashes in:$failed"; exit 1; }
echo "== every target ran ${seconds}s without a crash"
