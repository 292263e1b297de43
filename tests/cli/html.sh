#!/bin/sh
# The articles of whole web pages in the layouts of real sites
# (tests/fixtures/html: CMS templates, hard layouts, and two sets written
# to measure the fixes of the sets before them), measured by scripts/html-audit.py
# against what a careful reader keeps. The report must be exactly the one
# recorded: a page that gets worse fails, and so does one that gets better
# until tests/expected/html-audit.txt is brought up to date (the remaining
# differences there are the known ones, each a judgement left alone).
exec sh scripts/audit-snapshot.sh html-audit html-audit.py tests/fixtures/html/cms tests/fixtures/html/layouts tests/fixtures/html/sites tests/fixtures/html/more-sites
