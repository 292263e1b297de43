#!/usr/bin/env python3
"""Audit of how quoth reads WARC files, against what a careful user expects.

    scripts/warc-audit.py FOLDER [--quoth PATH]

For every NAME.expected.json in FOLDER (tests/fixtures/warc/ holds them, with
make.py that writes them and their WARC files), runs
    quoth extract -q -f jsonl --include-text FILE
and compares its records with the expected documents: missing and extra
documents, wrong url/date/title, an error record where none is expected (and
the reverse), text that does not start or end as expected, quoted people that
quoth does not name as speakers.  One line per problem, then a summary per
file and overall.  Always exits 0: it is an audit, not a test.

Matching: an output record is paired with the expected document of the same
url, else the one whose opening words its text holds; records left over
(error records carry no url) are paired by position with the expected
documents left between their neighbours.  Dates are compared by day
(YYYY-MM-DD).  "first" must appear within the first 400 characters of the
text (a headline may come before the lede), "last" within the last 300.
An expected document marked "either" may be an error record or a document.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import unicodedata

FIRST_WINDOW = 400
LAST_WINDOW = 300


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def short(s, n=60):
    s = norm(s)
    return s if len(s) <= n else s[: n - 1] + "\u2026"


def run_quoth(quoth, path):
    try:
        p = subprocess.run([quoth, "extract", "-q", "-f", "jsonl", "--include-text", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "timed out", ""
    recs, bad = [], 0
    for line in p.stdout.decode("utf-8", "replace").splitlines():
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except ValueError:
            bad += 1
    note = "exit %d" % p.returncode
    if bad:
        note += ", %d unparsable lines" % bad
    if p.returncode < 0 or p.returncode > 1:
        note += " (crash or failure: %s)" % short(p.stderr.decode("utf-8", "replace"), 120)
    return recs, note, p.stderr.decode("utf-8", "replace")


def speaker_names(rec):
    names = []
    for q in rec.get("quotes") or []:
        sp = q.get("speaker") or {}
        for k in ("name", "mention"):
            if sp.get(k):
                names.append(norm(sp[k]).lower())
    return names


def match(expected, recs):
    """Returns pairs list: index in recs -> index in expected (or None)."""
    pair = [None] * len(recs)
    used = set()
    # 1. by url, in order
    for i, r in enumerate(recs):
        u = r.get("url")
        if not u:
            continue
        for j, e in enumerate(expected):
            if j not in used and e.get("url") == u:
                pair[i] = j
                used.add(j)
                break
    # 2. by opening words of the text
    for i, r in enumerate(recs):
        if pair[i] is not None or not r.get("text"):
            continue
        t = norm(r["text"])
        for j, e in enumerate(expected):
            if j not in used and e.get("first") and norm(e["first"]) in t:
                pair[i] = j
                used.add(j)
                break
    # 3. by position between matched neighbours
    for i, r in enumerate(recs):
        if pair[i] is not None:
            continue
        lo = max([pair[k] for k in range(i) if pair[k] is not None], default=-1)
        hi = min([pair[k] for k in range(i + 1, len(recs)) if pair[k] is not None], default=len(expected))
        for j in range(lo + 1, hi):
            if j not in used:
                pair[i] = j
                used.add(j)
                break
    return pair


def compare(e, r):
    """Problems (kind, message) of output record r against expected document e."""
    out = []
    is_err = "error" in r and "quotes" not in r
    want_err = bool(e.get("error"))
    either = e.get("either")
    if is_err and not want_err:
        out.append(("error-unexpected", "error record where a document was expected: %s (origin %s)"
                    % (short(str(r.get("error")), 80), r.get("origin"))))
        return out
    if not is_err and want_err and not either:
        out.append(("error-missing", "a document where an error record was expected (%s)" % e["error"]))
    if is_err:
        return out
    if e.get("url") and r.get("url") != e["url"]:
        out.append(("url", "url %r, expected %r" % (r.get("url"), e["url"])))
    if e.get("date"):
        got = r.get("date")
        if not got:
            out.append(("date-missing", "no date, expected %s" % e["date"]))
        elif str(got)[:10] != e["date"][:10]:
            out.append(("date", "date %r, expected %s" % (got, e["date"])))
    if "title" in e:
        got = r.get("title")
        if e["title"] is None:
            if got:
                out.append(("title", "title %r, expected none" % short(got)))
        elif not got:
            out.append(("title-missing", "no title, expected %r" % short(e["title"])))
        elif norm(got) != norm(e["title"]):
            kind = "title"
            full = norm(e["title"])
            for sep in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
                if sep in full and norm(got) == full.rsplit(sep, 1)[0]:
                    kind = "title-site-dropped"  # the headline without the site's name: a lesser difference
            out.append((kind, "title %r, expected %r" % (short(got), short(e["title"]))))
    text = norm(r.get("text"))
    hint = ""
    if "\ufffd" in text:
        hint = " [text has U+FFFD]"
    elif any(m in text for m in ("\u00c3\u00a9", "\u00c3\u00b6", "\u00e2\u20ac", "\u00c3\u0178", "\u00c3\u00b8")):
        hint = " [text looks like UTF-8 read as 8-bit: mojibake]"
    if not text:
        out.append(("text-empty", "document with an empty text" + hint))
        return out
    if e.get("first") and norm(e["first"]) not in text[:FIRST_WINDOW]:
        where = "later in the text" if norm(e["first"]) in text else "absent"
        out.append(("text-start", "text starts %r; expected %r near the start (%s)%s"
                    % (short(text, 50), short(e["first"], 40), where, hint)))
    if e.get("last") and norm(e["last"]) not in text[-LAST_WINDOW:]:
        where = "earlier in the text" if norm(e["last"]) in text else "absent"
        out.append(("text-end", "text ends %r; expected %r at the end (%s)%s"
                    % (short(text[-50:], 50), short(e["last"], 40), where, hint)))
    names = speaker_names(r)
    for s in e.get("speakers") or []:
        s_n = norm(s).lower()
        if not any(s_n == n or s_n in n for n in names):
            out.append(("speaker-missing", "speaker %r not found (speakers: %s)"
                        % (s, ", ".join(sorted(set(names))) or "none")))
    return out


def audit_file(folder, exp_name, quoth, totals):
    with open(os.path.join(folder, exp_name), encoding="utf-8") as f:
        exp = json.load(f)
    path = os.path.join(folder, exp["file"])
    docs = exp["documents"]
    recs, note, _ = run_quoth(quoth, path)
    problems = []
    if recs is None:
        problems.append(("crash", note))
        recs = []
    elif "crash" in note:
        problems.append(("crash", note))
    pair = match(docs, recs)
    seen = set()
    last_j = -1
    for i, r in enumerate(recs):
        j = pair[i]
        if j is None:
            if "error" in r and "quotes" not in r:
                problems.append(("error-extra", "extra error record #%d: %s (origin %s)"
                                 % (i + 1, short(str(r.get("error")), 80), r.get("origin"))))
            else:
                problems.append(("doc-extra", "extra document #%d: url %r, text %r"
                                 % (i + 1, r.get("url"), short(r.get("text"), 50))))
            continue
        seen.add(j)
        if j < last_j:
            problems.append(("order", "document %r comes out of order" % docs[j].get("url")))
        last_j = max(last_j, j)
        for kind, msg in compare(docs[j], r):
            problems.append((kind, "[%s] %s" % (docs[j].get("url") or "#%d" % (j + 1), msg)))
    for j, e in enumerate(docs):
        if j not in seen:
            if e.get("error") and not e.get("either"):
                problems.append(("error-missing", "[%s] no record at all where an error record was expected (%s)"
                                 % (e.get("url"), e["error"])))
            elif e.get("either"):
                problems.append(("doc-missing-damaged", "[%s] neither a document nor an error record for this "
                                 "damaged record" % e.get("url")))
            else:
                problems.append(("doc-missing", "[%s] missing document (%r...)" % (e.get("url"), short(e.get("first"), 40))))
    n_err = sum(1 for r in recs if "error" in r and "quotes" not in r)
    print("== %s: %d expected, %d records (%d errors), %s" % (exp["file"], len(docs), len(recs), n_err, note))
    for kind, msg in problems:
        print("  %-20s %s" % (kind, msg))
    counts = collections.Counter(k for k, _ in problems)
    print("  -> %d problems%s" % (len(problems), (": " + ", ".join("%s %d" % kv for kv in sorted(counts.items()))) if counts else ""))
    totals["files"] += 1
    totals["expected"] += len(docs)
    totals["records"] += len(recs)
    totals["clean"] += 0 if problems else 1
    totals["kinds"].update(counts)
    totals["per_file"].append((exp["file"], len(docs), len(recs), counts))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--quoth", default=None, help="the quoth binary (default: build/quoth, else quoth on PATH)")
    a = ap.parse_args()
    quoth = a.quoth
    if not quoth:
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "build", "quoth")
        quoth = here if os.path.exists(here) else "quoth"
    totals = {"files": 0, "expected": 0, "records": 0, "clean": 0, "kinds": collections.Counter(), "per_file": []}
    names = sorted(n for n in os.listdir(a.folder) if n.endswith(".expected.json"))
    if not names:
        print("no *.expected.json in %s" % a.folder)
        return 0
    for n in names:
        audit_file(a.folder, n, quoth, totals)
    print()
    print("== overall: %d files (%d without problems), %d documents expected, %d records written"
          % (totals["files"], totals["clean"], totals["expected"], totals["records"]))
    for kind, c in totals["kinds"].most_common():
        print("  %-20s %d" % (kind, c))
    print("  %-20s %d" % ("total", sum(totals["kinds"].values())))
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as ex:  # an audit reports, it does not fail
        print("warc-audit: %s" % ex, file=sys.stderr)
    sys.exit(0)
