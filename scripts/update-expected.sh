#!/bin/sh
# Regenerates the expected records of the end-to-end tests (the demo
# article through quoth extract, and through examples/who_said.c as
# scripts/install-check.sh builds it); review the diff (git diff
# tests/expected) before committing it.
set -eu
quoth=${QUOTH:-build/quoth}
"$quoth" extract -q -f jsonl examples/demo-article.txt >tests/expected/demo-article.jsonl
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${MAKE:-make}" --no-print-directory -s PREFIX="$tmp" install >/dev/null
PKG_CONFIG_PATH="$tmp/lib/pkgconfig" sh -c 'cc -std=c11 -o "$0/who_said" examples/who_said.c $(pkg-config --cflags --libs quoth)' "$tmp"
LD_LIBRARY_PATH="$tmp/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$tmp/who_said" examples/demo-article.txt >tests/expected/who_said-demo.tsv
git --no-pager diff --stat tests/expected
