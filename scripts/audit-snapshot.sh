#!/bin/sh
# audit-snapshot.sh NAME AUDIT [ARG...]: runs `python3 scripts/AUDIT
# --quoth "$QUOTH" ARG...` and compares its report with
# tests/expected/NAME.txt, byte for byte. The snapshot tests of the blind
# audits (tests/cli/warc.sh, jsonl.sh, html.sh, store-audit.sh,
# cli-audit.sh, train-audit.sh, statements-audit.sh) share it: a report
# that gets worse fails, and so does one that gets better until the
# expected file is brought up to date.
set -u
name=$1 audit=$2
shift 2
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 "scripts/$audit" --quoth "$QUOTH" "$@" >"$dir/report" || fail "$audit exited $?"
diff -u "tests/expected/$name.txt" "$dir/report" >"$dir/diff" || { cat "$dir/diff"; fail "the $name report changed"; }
