#!/bin/sh
# make eval: extracts PolNeAR dev and the seed article with quoth and scores
# them with the shared referee (../shared/eval/score.py); `quoth eval` adds
# the seed's speaker count (it agrees with score.py to the last digit).
# Usage: scripts/eval.sh QUOTH_BINARY SHARED_DIR
set -u
quoth=$1
shared=$2
if [ ! -d "$shared/polnear/dev" ] || [ ! -f "$shared/eval/score.py" ]; then
    echo "make eval: the PolNeAR corpus and the referee are expected at $shared/polnear and"
    echo "$shared/eval/score.py (set SHARED=/path/to/shared); nothing to measure."
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== PolNeAR dev: $quoth extract $shared/polnear/dev/text | score.py"
"$quoth" extract -q -f jsonl "$shared/polnear/dev/text" >"$tmp/dev.jsonl" || exit 1
python3 "$shared/eval/score.py" --gold "$shared/polnear/dev" --pred "$tmp/dev.jsonl"
if [ -d "$shared/examples/seed" ]; then
    echo
    echo "== the seed article: $quoth eval --gold $shared/examples/seed"
    "$quoth" eval --gold "$shared/examples/seed" | tail -n 2
fi
