#!/bin/sh
# Regenerates the expected records of the end-to-end test; review the diff
# (git diff tests/expected) before committing it.
set -eu
quoth=${QUOTH:-build/quoth}
"$quoth" extract -q -f jsonl examples/demo-article.txt >tests/expected/demo-article.jsonl
git --no-pager diff --stat tests/expected
