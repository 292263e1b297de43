#!/usr/bin/env python3
"""How well quoth reads the article of a web page: its text and metadata
against what a careful reader keeps.

usage: scripts/html-audit.py [--quoth BIN] [--statements] DIR...

Each DIR/NAME.html comes with DIR/NAME.expected.txt, the article's blocks
(headline, paragraphs, subheadings, list items) a blank line apart, a block
that starts with "??" being one an extractor may keep or drop (a byline, a
standfirst, an embedded post); and DIR/NAME.meta.json, the title, url, date
and outlet expected (null where the page gives none). For each page it
prints the blocks missing from quoth's text, the blocks it kept that are
not the article's, and the metadata that differ; then a total per folder.
With --statements, also the statements whose content lies outside the
article (drawn from a caption, a comment, a teaser), which depend on the
model as well as on the page.
tests/fixtures/html holds three such folders, and tests/cli/html.sh checks
this script's report on them against tests/expected/html-audit.txt.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def blocks(text):
    return [re.sub(r"\s+", " ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


def extract(quoth, page):
    run = subprocess.run([quoth, "extract", "-q", "-f", "jsonl", "--include-text", page],
                         capture_output=True, text=True)
    lines = run.stdout.splitlines()
    if not lines:
        return {"error": run.stderr.strip() or "no record"}
    return json.loads(lines[0])


def stray_statements(record, wanted_text):
    """The contents of the record's statements that the article does not hold."""
    flat = re.sub(r"\s+", " ", wanted_text)
    stray = []
    for quote in record.get("quotes", []):
        for span in quote.get("contents", []):
            words = re.sub(r"\s+", " ", span["text"]).strip()
            if words and words not in flat:
                stray.append(words)
    return stray


def audit_page(quoth, folder, name, statements):
    """The report lines of one page, and its counts."""
    record = extract(quoth, os.path.join(folder, name + ".html"))
    if "error" in record:
        return ["%s: error: %s" % (name, record["error"])], (0, 0, 0, 0, 0)
    with open(os.path.join(folder, name + ".expected.txt"), encoding="utf-8") as f:
        wanted_text = f.read()
    wanted = blocks(wanted_text)
    optional = {b[2:].strip() for b in wanted if b.startswith("??")}
    wanted = [b for b in wanted if not b.startswith("??")]
    got = blocks(record.get("text", ""))
    meta = {}
    meta_path = os.path.join(folder, name + ".meta.json")
    if os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    missing = [b for b in wanted if b not in got]
    extra = [b for b in got if b not in wanted and b not in optional]
    wrong = [(k, v, record.get(k)) for k, v in sorted(meta.items()) if record.get(k) != v]
    stray = stray_statements(record, wanted_text.replace("??", " ")) if statements else []
    lines = []
    if missing or extra or wrong or stray:
        lines.append("%s:" % name)
        lines += ["  - missing: %s" % b[:100] for b in missing]
        lines += ["  + extra: %s" % b[:100] for b in extra]
        lines += ["  ! %s: %r, want %r" % (k, g, v) for k, v, g in wrong]
        lines += ["  * statement outside the article: %s" % b[:100] for b in stray]
    return lines, (len(wanted), len(missing), len(extra), len(wrong), len(stray))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quoth", default="build/quoth", help="the quoth binary (default build/quoth)")
    ap.add_argument("--statements", action="store_true",
                    help="also list the statements drawn from outside the article")
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    args = ap.parse_args()
    for folder in args.dirs:
        names = sorted(f[:-5] for f in os.listdir(folder) if f.endswith(".html"))
        totals = [0, 0, 0, 0, 0]
        clean = 0
        for name in names:
            lines, counts = audit_page(args.quoth, folder, name, args.statements)
            for line in lines:
                print(line)
            clean += not lines
            totals = [t + c for t, c in zip(totals, counts)]
        summary = ("%s: %d pages, %d whole; %d blocks wanted, %d missing, %d extra; %d metadata differ"
                   % (os.path.basename(os.path.normpath(folder)), len(names), clean, *totals[:4]))
        if args.statements:
            summary += "; %d statements outside the article" % totals[4]
        print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
