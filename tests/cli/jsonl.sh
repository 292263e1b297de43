#!/bin/sh
# JSON Lines feeds shaped as real datasets and APIs ship them
# (tests/fixtures/jsonl, made by its make.py: news-please and CC-News,
# NewsAPI, MediaCloud, a GDELT export with scraped text, Hugging Face
# datasets, HTML in the text field, nested and flattened keys, lists of
# paragraphs, hygiene: byte order marks, CRLF, bad lines, surrogates),
# measured by scripts/jsonl-audit.py against the records a user expects.
# They were written blind to quoth's code and measured before the fixes
# they led to. The report must be exactly the one recorded: a feed that
# gets worse fails, and so does one that gets better until
# tests/expected/jsonl-audit.txt is brought up to date.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/jsonl-audit.py tests/fixtures/jsonl --quoth "$QUOTH" >"$dir/report" || fail "jsonl-audit.py exited $?"
diff -u tests/expected/jsonl-audit.txt "$dir/report" >"$dir/diff" || { cat "$dir/diff"; fail "the feeds' report changed"; }
