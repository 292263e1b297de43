#!/bin/sh
# Runs every test program given as argument and the shell tests under
# tests/cli/, then prints one summary line: "N passed, N failed".
# A test program's last line is "name: N passed, N failed".
set -u
passed=0; failed=0; broken=""
for t in "$@"; do
    out=$("$t" 2>&1); rc=$?
    printf '%s\n' "$out" | grep -v '^FAIL' | tail -n 1
    printf '%s\n' "$out" | grep '^FAIL' | head -n 20
    line=$(printf '%s\n' "$out" | tail -n 1)
    p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
    f=$(printf '%s' "$line" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
    if [ -z "$p" ]; then
        echo "$t: crashed or printed no summary (exit $rc)"; printf '%s\n' "$out" | tail -n 5
        failed=$((failed + 1)); broken="$broken $t"; continue
    fi
    passed=$((passed + p)); failed=$((failed + f))
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && { failed=$((failed + 1)); broken="$broken $t"; }
done
if [ -d tests/cli ]; then
    for s in tests/cli/*.sh; do
        [ -e "$s" ] || continue
        if out=$(QUOTH="${QUOTH:-build/quoth}" sh "$s" 2>&1); then
            passed=$((passed + 1)); echo "$(basename "$s"): passed"
        else
            failed=$((failed + 1)); echo "$(basename "$s"): FAILED"; printf '%s\n' "$out" | tail -n 20
        fi
    done
fi
echo "== $passed passed, $failed failed"
[ "$failed" -eq 0 ]
