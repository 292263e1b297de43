#!/bin/sh
# WARC files as real tools write them (tests/fixtures/warc, made by its
# make.py: wget, Heritrix, Common Crawl's news crawl and WET files, warcio,
# a browser-based capture; HTTP codings, charsets, status codes, damage),
# measured by scripts/warc-audit.py against the documents a user expects.
# They were written blind to quoth's code and measured before the fixes
# they led to. The report must be exactly the one recorded: a file that
# gets worse fails, and so does one that gets better until
# tests/expected/warc-audit.txt is brought up to date.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/warc-audit.py --quoth "$QUOTH" tests/fixtures/warc >"$dir/report" || fail "warc-audit.py exited $?"
diff -u tests/expected/warc-audit.txt "$dir/report" >"$dir/diff" || { cat "$dir/diff"; fail "the archives' report changed"; }
