#!/bin/sh
# quoth extract, tokens and model as a new user meets them
# (tests/fixtures/cli-audit: hand-written articles in many scripts and
# marks, and make.py's hostile files), measured by scripts/cli-audit.py:
# output formats against --help, every span a slice of its text, exit
# statuses and summaries, error records for what cannot be read, -o onto
# links, pipes and devices, messages. Written blind to quoth's code and
# measured before the fixes it led to (31 problems of 332 checks). The
# report must be exactly the one recorded: a check that gets worse fails,
# and so does one that gets better until tests/expected/cli-audit.txt is
# brought up to date.
exec sh scripts/audit-snapshot.sh cli-audit cli-audit.py tests/fixtures/cli-audit
