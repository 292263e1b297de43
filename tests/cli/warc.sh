#!/bin/sh
# WARC files as real tools write them (tests/fixtures/warc, made by its
# make.py: wget, Heritrix, Common Crawl's news crawl and WET files, warcio,
# a browser-based capture; HTTP codings, charsets, status codes, damage),
# measured by scripts/warc-audit.py against the documents a user expects.
# They were written blind to quoth's code and measured before the fixes
# they led to. The report must be exactly the one recorded: a file that
# gets worse fails, and so does one that gets better until
# tests/expected/warc-audit.txt is brought up to date.
exec sh scripts/audit-snapshot.sh warc-audit warc-audit.py tests/fixtures/warc
