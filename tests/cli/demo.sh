#!/bin/sh
# The demo article gives exactly the records in tests/expected/: who said
# what, with every offset. When a change of model or rules alters them on
# purpose, regenerate with scripts/update-expected.sh and review the diff.
set -eu
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$QUOTH" extract -q -f jsonl examples/demo-article.txt >"$out"
diff -u tests/expected/demo-article.jsonl "$out"
