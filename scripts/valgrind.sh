#!/bin/sh
# Runs every test program given as argument, and quoth on the demo article
# and a JSON Lines feed, under valgrind's memcheck: any memory error or leak
# fails the run (make valgrind; a few minutes). scripts/valgrind.supp holds
# the one report of glibc's own that valgrind makes here. Memory "possibly
# lost" is not shown: test_store's killed writer is a child that dies on
# purpose with its store open.
set -u
QUOTH=${QUOTH:-build/quoth}
supp=$(dirname "$0")/valgrind.supp
vg() { valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect \
    --suppressions="$supp" "$@"; }
passed=0; failed=0
# run NAME MAX_STATUS COMMAND...: clean when the command exits with at most
# MAX_STATUS (a test program 0; quoth 1, "some documents gave error
# records", which the feed below has on purpose) and valgrind says nothing.
run() {
    name=$1 max=$2; shift 2
    out=$(vg "$@" 2>&1 >/dev/null); rc=$?
    if [ "$rc" -le "$max" ] && [ -z "$out" ]; then
        passed=$((passed + 1)); echo "$name: clean"
    else
        failed=$((failed + 1)); echo "$name: FAILED (exit $rc)"; printf '%s\n' "$out" | tail -n 30
    fi
}
for t in "$@"; do run "$t" 0 "$t"; done
run "quoth extract (text)" 1 "$QUOTH" extract -q examples/demo-article.txt
run "quoth extract (JSON Lines, two threads)" 1 "$QUOTH" extract -q -j2 -f csv tests/fixtures/inputs/news.jsonl
echo "== valgrind: $passed clean, $failed failed"
[ "$failed" -eq 0 ]
