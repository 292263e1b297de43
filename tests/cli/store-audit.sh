#!/bin/sh
# The store as its users run it (tests/fixtures/store, made by its
# make.py: 27 articles of five outlets over sixteen months, a second feed
# that corrects one and adds three, text files with --meta), measured by
# scripts/store-audit.py: re-indexing, updates, filters by speaker, outlet,
# date, type and gender, full-text search, speakers' names merged across
# spellings and titles, corrections, formats, errors, and reads while
# indexing. Written blind to quoth's code and measured before the fixes
# it led to. The report must be exactly the one recorded: a check that
# gets worse fails, and so does one that gets better until
# tests/expected/store-audit.txt is brought up to date.
exec sh scripts/audit-snapshot.sh store-audit store-audit.py tests/fixtures/store
