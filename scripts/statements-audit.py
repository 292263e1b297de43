#!/usr/bin/env python3
"""Measure quoth's statements against articles annotated by hand.

    statements-audit.py FOLDER [FOLDER...] --quoth PATH

Each FOLDER holds articles as NAME.txt, and beside each its answers as
NAME.expect: what a careful reader finds in it, every attribution of the
article, written without looking at what quoth finds. A line of
NAME.expect is one of

    said <TAB> SOURCE <TAB> CUE <TAB> CONTENT <TAB> SPEAKER
    none <TAB> FRAGMENT

"said" is a statement: SOURCE, CUE and CONTENT are the spans as they stand
in the text (PolNeAR's conventions: the source is the whole noun phrase,
the cue holds its auxiliaries and adverbs, "has also said", and "according
to"; the content holds "that" and stops before the sentence's full stop
unless that stands inside the quotation), "-" for a source the text does
not give. A SOURCE or CUE is found as whole words ("he" never in "the"). A content in several pieces, around an inserted "he said", joins
them with " <> "; a paragraph break inside a piece is written "\\n\\n". SPEAKER is who the source is, as a name ("Maria Lopez",
"Reuters"), or "-" for none (an unnamed official). "none" names a span of
the text that holds no statement: no content and no cue may overlap it.
Lines starting with '#' are comments. A CONTENT must occur once in the
text; a SOURCE or CUE that occurs more than once is taken at the occurrence
nearest the content.

Each expected statement is matched with the predicted statement whose
contents overlap its own most; then it is checked for its content, source,
cue and speaker, exactly. A predicted statement that overlaps no expected
one is an extra. Prints one line per problem, then the counts. Always exits
0 unless quoth or a fixture fails; the output holds no paths or times.

Python 3.11 standard library only.
"""
import argparse
import json
import os
import subprocess
import sys

CHECKS = {}      # check name -> [passed, total]
FIXTURE_ERRORS = []


def count(check, ok):
    c = CHECKS.setdefault(check, [0, 0])
    c[0] += bool(ok)
    c[1] += 1
    return ok


def show(s):
    s = s.replace("\n", "\\n")
    return s if len(s) <= 120 else s[:117] + "..."


def locate_once(text, piece, where):
    at = text.find(piece)
    if at < 0 or text.find(piece, at + 1) >= 0:
        FIXTURE_ERRORS.append("%s: %r occurs %s" % (where, piece, "nowhere" if at < 0 else "more than once"))
        return None
    return (at, at + len(piece))


def whole_words(text, at, piece):
    """Whether piece at `at` is not part of a longer word ("he" in "the")."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + len(piece)] if at + len(piece) < len(text) else " "
    return not ((piece[:1].isalnum() and before.isalnum()) or (piece[-1:].isalnum() and after.isalnum()))


def locate_near(text, piece, anchor, outside=()):
    """The occurrence of piece, as whole words, nearest the span anchor and
    overlapping none of the spans `outside` (the "he" of "that he regretted"
    is no source of it), or None."""
    best, at = None, text.find(piece)
    while at >= 0:
        d = max(anchor[0] - (at + len(piece)), at - anchor[1], 0)
        inside = any(at < e and s < at + len(piece) for s, e in outside)
        if whole_words(text, at, piece) and not inside and (best is None or d < best[0]):
            best = (d, (at, at + len(piece)))
        at = text.find(piece, at + 1)
    return best[1] if best else None


def read_expect(path, text, name):
    statements, nones = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.replace("\\n", "\n").split("\t")
            where = "%s.expect:%d" % (name, n)
            if cols[0] == "none" and len(cols) == 2:
                span = locate_once(text, cols[1], where)
                if span:
                    nones.append((n, span))
            elif cols[0] == "said" and len(cols) == 5:
                pieces = [locate_once(text, p, where) for p in cols[3].split(" <> ")]
                if None in pieces:
                    continue
                anchor = (pieces[0][0], pieces[-1][1])
                cue = locate_near(text, cols[2], anchor, pieces)
                source = None if cols[1] == "-" else locate_near(text, cols[1], anchor, pieces)
                if cue is None or (cols[1] != "-" and source is None):
                    FIXTURE_ERRORS.append("%s: the cue or the source is not in the text" % where)
                    continue
                statements.append({"line": n, "contents": sorted(pieces), "cue": cue,
                                   "source": source, "speaker": cols[4]})
            else:
                FIXTURE_ERRORS.append("%s: not a said or none line" % where)
    return statements, nones


def spans(items):
    return sorted((s["start"], s["end"]) for s in items)


def overlap(a, b):
    return sum(max(0, min(x[1], y[1]) - max(x[0], y[0])) for x in a for y in b)


def text_of(text, span_list):
    return " <> ".join(text[s:e] for s, e in span_list) if span_list else "-"


def check_statement(name, text, exp, pred):
    tag = "%s:%d" % (name, exp["line"])
    content = text_of(text, exp["contents"])
    if not count("found", pred is not None):
        print("PROBLEM %s missing: %s" % (tag, show(content)))
        return
    problems = []
    pc = spans(pred["contents"])
    if not count("content", pc == exp["contents"]):
        problems.append("content %r, got %r" % (show(content), show(text_of(text, pc))))
    ps = spans(pred["sources"])
    want = [exp["source"]] if exp["source"] else []
    if not count("source", ps == want):
        problems.append("source %r, got %r" % (text_of(text, want), text_of(text, ps)))
    pcue = [(pred["cue"]["start"], pred["cue"]["end"])] if pred.get("cue") else []
    if not count("cue", pcue == [exp["cue"]]):
        problems.append("cue %r, got %r" % (text_of(text, [exp["cue"]]), text_of(text, pcue)))
    speaker = (pred.get("speaker") or {}).get("name") or "-"
    if not count("speaker", speaker == exp["speaker"]):
        problems.append("speaker %r, got %r" % (exp["speaker"], speaker))
    for p in problems:
        print("PROBLEM %s %s" % (tag, p))


def audit_document(name, text, expect_path, predicted):
    statements, nones = read_expect(expect_path, text, name)
    used = set()
    for exp in statements:
        best, best_overlap = None, 0
        for k, pred in enumerate(predicted):
            o = overlap(exp["contents"], spans(pred["contents"]))
            if o > best_overlap and k not in used:
                best, best_overlap = k, o
        if best is not None:
            used.add(best)
        check_statement(name, text, exp, predicted[best] if best is not None else None)
    for n, span in nones:
        hits = [p for p in predicted
                if overlap([span], spans(p["contents"]) + ([(p["cue"]["start"], p["cue"]["end"])] if p.get("cue") else []))]
        if not count("none", not hits):
            print("PROBLEM %s:%d no statement expected in %r, got cue %r" %
                  (name, n, show(text[span[0]:span[1]]), hits[0].get("cue", {}).get("text", "-")))
    for k, pred in enumerate(predicted):
        if k in used:
            continue
        if any(overlap([sp], spans(pred["contents"])) for _, sp in nones):
            continue
        count("no extra", False)
        print("PROBLEM %s extra: cue %r content %r" %
              (name, (pred.get("cue") or {}).get("text", "-"),
               show(text_of(text, spans(pred["contents"])))))


def audit_folder(folder, quoth):
    names = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt"))
    paths = [os.path.join(folder, n + ".txt") for n in names]
    run = subprocess.run([quoth, "extract", "-q", "-j1"] + paths, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit("quoth extract exited %d: %s" % (run.returncode, run.stderr.strip()))
    records = {}
    for line in run.stdout.splitlines():
        r = json.loads(line)
        records[r["id"]] = r
    label = os.path.basename(os.path.normpath(folder))
    for name, path in zip(names, paths):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        record = records.get(name)
        if record is None or "error" in record:
            print("PROBLEM %s/%s: no record" % (label, name))
            continue
        audit_document(label + "/" + name, text, os.path.join(folder, name + ".expect"),
                       record.get("quotes", []))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--quoth", required=True)
    args = ap.parse_args()
    for folder in args.folders:
        audit_folder(folder, args.quoth)
    if FIXTURE_ERRORS:
        print("\n".join("FIXTURE " + e for e in FIXTURE_ERRORS))
        sys.exit(1)
    print("summary: " + ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in CHECKS.items()))


if __name__ == "__main__":
    main()
