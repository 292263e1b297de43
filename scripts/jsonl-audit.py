#!/usr/bin/env python3
"""Audit how quoth reads JSON Lines feeds against hand-written expectations.

usage: jsonl-audit.py FOLDER [--quoth PATH]

For every FOLDER/NAME.expected.json (written by tests/fixtures/jsonl/make.py)
runs `quoth extract -q -f jsonl --include-text OPTIONS FILE` and compares the
records with the expected ones: count and order, ids, url/title/date/outlet,
error or not (and an error's origin line), the start and end of the text as
read, the speakers quoted, `repaired`, the exit status, and the invariant that
every span's "text" is the code-point slice [start, end) of the record's text.

Prints one line per problem, a summary per file and overall. Always exits 0.
Extra speakers (found but not expected) are listed as notes, not problems.
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys

META = ("url", "title", "date", "outlet")


def norm(s):
    return " ".join(s.split())


def clip(s, n=70):
    s = repr(s)
    return s if len(s) <= n else s[: n - 3] + "..."


def speaker_names(rec):
    out = []
    for q in rec.get("quotes") or []:
        sp = q.get("speaker") if isinstance(q, dict) else None
        if isinstance(sp, dict) and sp.get("name"):
            out.append(sp["name"])
    return out


def same_person(a, b):
    a, b = norm(a).casefold(), norm(b).casefold()
    return a == b or (" " in a and a in b) or (" " in b and b in a)


def spans(obj, path="quotes"):
    """Yield (path, span) for every dict holding start, end and text."""
    if isinstance(obj, dict):
        if "start" in obj and "end" in obj and "text" in obj:
            yield path, obj
        for k, v in obj.items():
            yield from spans(v, path + "." + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from spans(v, "%s[%d]" % (path, i))


def strong_match(e, a):
    if not isinstance(a, dict):
        return False
    if e["id"] != "*":
        return a.get("id") == e["id"]
    if e["error"]:
        return "error" in a and str(a.get("origin", "")).endswith(":%d" % e["line"])
    t = a.get("text")
    return "error" not in a and isinstance(t, str) and norm(t).startswith(norm(e["first"]))


def audit_file(folder, expf, quoth, problems, notes):
    with open(expf, encoding="utf-8") as f:
        exp = json.load(f)
    name = exp["file"]
    inp = os.path.join(folder, name)
    cmd = [quoth, "extract", "-q", "-f", "jsonl", "--include-text"] + exp["options"] + [inp]
    probs = []

    def P(kind, where, msg):
        probs.append((kind, "%s: %s: %s: %s" % (name, where, kind, msg)))

    try:
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    except subprocess.TimeoutExpired:
        P("timeout", "run", "quoth did not finish in 600 s")
        problems.extend(probs)
        return name, len(exp["records"]), 0, probs
    out = r.stdout.decode("utf-8", "replace").splitlines()
    acts = []
    for i, line in enumerate(out, 1):
        if not line.strip():
            continue
        try:
            acts.append(json.loads(line))
        except ValueError as e:
            P("bad-output", "output line %d" % i, "not JSON (%s): %s" % (e, clip(line)))
    want_rc = 1 if any(e["error"] for e in exp["records"]) else 0
    if r.returncode != want_rc:
        P("exit-status", "run", "exit %d, expected %d" % (r.returncode, want_rc))
    if r.stderr.strip():
        notes.append("%s: note: stderr with -q: %s" % (name, clip(r.stderr.decode("utf-8", "replace"), 160)))
    E = exp["records"]
    if len(acts) != len(E):
        P("count", "file", "%d records, expected %d" % (len(acts), len(E)))
    ids = collections.Counter(a.get("id") for a in acts if isinstance(a, dict) and a.get("id") is not None)
    for i, c in ids.items():
        if c > 1:
            P("duplicate-id", "file", "id %s appears %d times" % (clip(i), c))

    j = 0
    for n, e in enumerate(E, 1):
        where = "rec %d (line %d, id %s)" % (n, e["line"], e["id"])
        k = next((k for k in range(j, len(acts)) if strong_match(e, acts[k])), None)
        if k is None:
            # fall back on position, unless that record belongs to a later expectation
            if j < len(acts) and not any(strong_match(e2, acts[j]) for e2 in E[n:]):
                k = j
            else:
                P("missing", where, "no record for it" + (" (expected error: %s)" % e["error"] if e["error"] else
                                                          ", text starting %s" % clip(e["first"])))
                continue
        for s in range(j, k):
            a = acts[s]
            P("unexpected", "output record %d" % (s + 1),
              "not expected here: id %s %s" % (clip(a.get("id")), ("error %s" % clip(a["error"])) if "error" in a
                                               else "text %s" % clip(a.get("text", ""))))
        j = k + 1
        a = acts[k]
        # id
        if e["id"] == "*":
            if not e["error"] and not (isinstance(a.get("id"), str) and a.get("id")):
                P("id", where, "no usable id: %s" % clip(a.get("id")))
        elif a.get("id") != e["id"]:
            P("id", where, "id %s" % clip(a.get("id")))
        # error or not
        if e["error"]:
            if "error" not in a:
                P("not-error", where, "expected an error record (%s), got a record with text %s"
                  % (e["error"], clip(a.get("text", ""))))
            else:
                org = str(a.get("origin", ""))
                if not org.endswith(":%d" % e["line"]):
                    P("origin", where, "origin %s, expected ...:%d" % (clip(org), e["line"]))
            continue
        if "error" in a:
            P("error", where, "unexpected error record: %s (origin %s)" % (clip(a["error"], 120), a.get("origin")))
            continue
        for key in META:
            if a.get(key) != e[key]:
                P("meta-" + key, where, "%s, expected %s" % (clip(a.get(key)), clip(e[key])))
        if "repaired" in e and bool(a.get("repaired")) != e["repaired"]:
            P("repaired", where, "repaired=%s, expected %s" % (a.get("repaired"), e["repaired"]))
        t = a.get("text")
        if not isinstance(t, str):
            P("text", where, "no text in the record (%s)" % clip(t))
            continue
        nt = norm(t)
        if not nt.startswith(norm(e["first"])):
            P("text-start", where, "starts %s, expected %s" % (clip(nt[:len(e["first"]) + 25], 110), clip(e["first"])))
        if not nt.endswith(norm(e["last"])):
            P("text-end", where, "ends %s, expected %s" % (clip(nt[-(len(e["last"]) + 25):], 110), clip(e["last"])))
        found = speaker_names(a)
        for s in e["speakers"]:
            if not any(same_person(s, f) for f in found):
                P("speaker-missing", where, "%s not found (found: %s)" % (s, ", ".join(sorted(set(found))) or "none"))
        extra = sorted({f for f in found if not any(same_person(s, f) for s in e["speakers"])})
        if extra:
            notes.append("%s: %s: note: extra speakers: %s" % (name, where, ", ".join(extra)))
        bad = 0
        for path, sp in spans(a.get("quotes") or []):
            st, en = sp.get("start"), sp.get("end")
            ok = isinstance(st, int) and isinstance(en, int) and 0 <= st <= en <= len(t) and t[st:en] == sp.get("text")
            if not ok:
                bad += 1
                if bad <= 3:
                    got = t[st:en] if isinstance(st, int) and isinstance(en, int) else None
                    P("span", where, "%s [%s,%s) text %s but slice is %s"
                      % (path, st, en, clip(sp.get("text"), 50), clip(got, 50)))
        if bad > 3:
            P("span", where, "... %d bad spans in all" % bad)
    for s in range(j, len(acts)):
        a = acts[s]
        P("unexpected", "output record %d" % (s + 1), "trailing record: id %s %s"
          % (clip(a.get("id")), ("error %s" % clip(a["error"])) if "error" in a else "text %s" % clip(a.get("text", ""))))
    problems.extend(probs)
    return name, len(E), len(acts), probs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder")
    ap.add_argument("--quoth", default=os.environ.get("QUOTH", "quoth"))
    args = ap.parse_args()
    exps = sorted(glob.glob(os.path.join(args.folder, "*.expected.json")))
    if not exps:
        print("no *.expected.json in %s" % args.folder)
        return 0
    problems, notes, summary = [], [], []
    for ef in exps:
        try:
            name, ne, na, probs = audit_file(args.folder, ef, args.quoth, problems, notes)
        except Exception as ex:  # keep going: exit 0 always
            print("%s: audit failed: %s" % (os.path.basename(ef), ex))
            continue
        for _, line in probs:
            print(line)
        kinds = collections.Counter(k for k, _ in probs)
        summary.append("%-34s %2d expected, %2d records, %2d problems%s" % (
            name, ne, na, len(probs), (" (" + ", ".join("%s %d" % kv for kv in sorted(kinds.items())) + ")") if kinds else ""))
    if notes:
        print()
        for n in notes:
            print(n)
    print("\n== per file ==")
    for s in summary:
        print(s)
    kinds = collections.Counter(k for k, _ in problems)
    print("\n== overall: %d files, %d problems ==" % (len(summary), len(problems)))
    for k, c in kinds.most_common():
        print("  %-16s %d" % (k, c))
    return 0


if __name__ == "__main__":
    main()
    sys.exit(0)
