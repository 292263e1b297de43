#!/bin/sh
# The articles of whole web pages in the layouts of real sites
# (tests/fixtures/html: CMS templates, hard layouts, and two sets written
# to measure the fixes of the sets before them), measured by scripts/html-audit.py
# against what a careful reader keeps. The report must be exactly the one
# recorded: a page that gets worse fails, and so does one that gets better
# until tests/expected/html-audit.txt is brought up to date (the remaining
# differences there are the known ones, each a judgement left alone).
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fx=tests/fixtures/html
python3 scripts/html-audit.py --quoth "$QUOTH" "$fx/cms" "$fx/layouts" "$fx/sites" "$fx/more-sites" >"$dir/report" \
    || fail "html-audit.py exited $?"
diff -u tests/expected/html-audit.txt "$dir/report" >"$dir/diff" || { cat "$dir/diff"; fail "the pages' report changed"; }
