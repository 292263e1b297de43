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
exec sh scripts/audit-snapshot.sh jsonl-audit jsonl-audit.py tests/fixtures/jsonl
