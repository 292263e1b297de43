#!/bin/sh
# make eval: extracts PolNeAR dev and the seed article with quoth and scores
# them with the shared referee (../shared/eval/score.py).
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
echo "== PolNeAR dev ($quoth extract $shared/polnear/dev/text)"
"$quoth" extract -q -f jsonl "$shared/polnear/dev/text" >"$tmp/dev.jsonl" || exit 1
python3 "$shared/eval/score.py" --gold "$shared/polnear/dev" --pred "$tmp/dev.jsonl"
if [ -d "$shared/examples/seed" ]; then
    echo
    echo "== the seed article"
    "$quoth" extract -q -f jsonl "$shared/examples/seed/text" >"$tmp/seed.jsonl" || exit 1
    python3 "$shared/eval/score.py" --gold "$shared/examples/seed" --pred "$tmp/seed.jsonl" | tail -n 1
    python3 scripts/speakers_check.py --gold "$shared/examples/seed" --pred "$tmp/seed.jsonl" 2>/dev/null
fi
