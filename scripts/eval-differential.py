#!/usr/bin/env python3
"""Hunts disagreements between `quoth eval` and the shared referee.

`quoth eval` must give the figures of ../shared/eval/score.py to the third
decimal; the test suite checks that on fixed fixtures (tests/test_score.c,
tests/cli/eval.sh). This script looks where fixed fixtures do not: it makes
random inputs, scores each with both, and reports every figure that differs.

  predictions  the gold attributions of --gold, moved, cut, dropped,
               duplicated, mixed with invented ones, written as JSON Lines
               (some strings with lone surrogates, as Python writes them)
  annotations  brat files made up for the texts of --texts: odd spacing
               (no-break and ideographic spaces, which Python's split()
               splits on), fragments, unknown and repeated ids, other
               event kinds and roles, CRLF files and texts

Rounds where score.py itself raises are counted apart (quoth skips what it
cannot read and goes on; there is no figure to compare).

usage: scripts/eval-differential.py [--quoth build/quoth] [--referee ../shared/eval/score.py]
           [--gold ../shared/polnear/dev] [--texts tests/fixtures/eval/basic] [--rounds 20] [--seed 1]
Exit status 0 when every compared round agreed, 1 otherwise.
"""
import argparse
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile


def figures(cmd):
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode:
        return None, run.stderr.strip().splitlines()[-1:] or ["exit %d" % run.returncode]
    return json.loads(run.stdout), None


def flat(d, path=""):
    if isinstance(d, dict):
        for k, v in d.items():
            yield from flat(v, path + "/" + k)
    else:
        yield path, d


def compare(args, gold_dir, pred):
    ref, err = figures(["python3", args.referee, "--gold", gold_dir, "--pred", pred, "--json"])
    if ref is None:
        return "referee raises: %s" % err[0]
    ours, err = figures([args.quoth, "eval", "--gold", gold_dir, "--pred", pred, "--json"])
    if ours is None:
        return "DIFF: quoth eval failed: %s" % err[0]
    mine = dict(flat(ours))
    bad = [(k, v, mine.get(k)) for k, v in flat(ref) if mine.get(k) != v]
    return "ok" if not bad else "DIFF: %s" % bad[:5]


def span(text, a, b):
    a = max(0, min(a, len(text)))
    b = max(a, min(b, len(text)))
    return {"start": a, "end": b, "text": text[a:b]}


def moved(rnd, s):
    a, b = s
    r = rnd.random()
    if r < 0.5:
        return a, b
    if r < 0.7:
        return a + rnd.randint(-3, 3), b
    if r < 0.9:
        return a, b + rnd.randint(-3, 3)
    return a + rnd.randint(-10, 10), b + rnd.randint(-10, 10)


def random_predictions(rnd, gold, path):
    records = []
    for name, (text, golds) in gold.items():
        quotes = []
        for g in golds:
            if rnd.random() < 0.15:
                continue
            contents = [span(text, *moved(rnd, c)) for c in g.contents]
            if len(contents) > 1 and rnd.random() < 0.1:
                contents = contents[:1]
            if contents and rnd.random() < 0.03:
                contents[0]["text"] += "\ud800"  # a lone surrogate: a problem for both
            sources = [span(text, *moved(rnd, s)) for s in g.sources] if rnd.random() > 0.2 else []
            cues = [span(text, *moved(rnd, c)) for c in g.cue]
            quote = {"type": "indirect", "cue": cues[-1] if cues and rnd.random() > 0.1 else None,
                     "sources": sources, "contents": contents}
            quotes.append(quote)
            if rnd.random() < 0.05:
                quotes.append(json.loads(json.dumps(quote)))
        for _ in range(rnd.randint(0, 3)):
            a = rnd.randint(0, max(0, len(text) - 1))
            b = a + rnd.randint(0, 80)
            quotes.append({"type": "direct", "cue": span(text, b + 1, b + 5),
                           "sources": [span(text, a - 20, a - 5)] if rnd.random() < 0.5 else [],
                           "contents": [span(text, a, b)]})
        rnd.shuffle(quotes)
        if rnd.random() > 0.05:
            records.append({"id": name, "quotes": quotes})
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


SEPARATORS = [" ", "  ", "\u00a0", "\u3000", "\x1f"]


def number(rnd, x):
    r = rnd.random()
    return "1_0" if r < 0.03 else " %d" % x if r < 0.05 else "+%d" % x if r < 0.07 else str(x)


def random_annotations(rnd, n_chars):
    lines, ids = [], []
    for k in range(rnd.randint(0, 14)):
        a = rnd.randint(0, n_chars)
        b = min(n_chars, a + rnd.randint(0, 40))
        sep = rnd.choice(SEPARATORS[:2] if rnd.random() < 0.95 else SEPARATORS)
        pieces = ["%s%s%s" % (number(rnd, a), sep, number(rnd, b))]
        if rnd.random() < 0.15:
            c = min(n_chars, b + rnd.randint(0, 10))
            pieces.append("%d %d" % (c, min(n_chars, c + rnd.randint(0, 10))))
        tid = "T%d" % (k + 1) if rnd.random() > 0.05 else "T1"
        ids.append(tid)
        label = rnd.choice(["Source", "Cue", "Content", "Other"])
        lines.append("%s\t%s %s\tx" % (tid, label, ";".join(pieces)))
    for k in range(rnd.randint(0, 6)):
        kind = rnd.choice(["Attribution", "Attribution2", "Other", "Attribution"])
        args = ["%s:%s" % (kind, rnd.choice(ids) if ids else "T9")]
        for _ in range(rnd.randint(0, 5)):
            role = rnd.choice(["Content", "Content2", "Source", "Cue", "Cue2", "Other"])
            args.append("%s:%s" % (role, rnd.choice(ids + ["T99"])))
        lines.append("E%d\t%s" % (k + 1, (" " if rnd.random() < 0.9 else rnd.choice(SEPARATORS)).join(args)))
    for _ in range(rnd.randint(0, 2)):
        lines.append(rnd.choice(["#1\tAnnotatorNotes T1\tnote", "A1\tFlag E1", "", "T", "E", "Tx",
                                 "R1\tRel Arg1:T1 Arg2:T2"]))
    rnd.shuffle(lines)
    newline = "\r\n" if rnd.random() < 0.2 else "\n"
    return newline.join(lines) + (newline if rnd.random() < 0.8 else "")


def random_corpus(rnd, texts_dir, root):
    os.makedirs(os.path.join(root, "text"))
    os.makedirs(os.path.join(root, "attributions"))
    for path in sorted(glob.glob(os.path.join(texts_dir, "text", "*.txt"))):
        name = os.path.basename(path)[:-4]
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if rnd.random() < 0.3:
            text = text.replace("\n", "\r\n")
        with open(os.path.join(root, "text", name + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        ann = random_annotations(rnd, len(text.replace("\r\n", "\n")))
        annotator = rnd.choice(["a", "b"])
        with open(os.path.join(root, "attributions", "%s_%s.ann" % (name, annotator)), "w", encoding="utf-8",
                  newline="") as f:
            f.write(ann)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--quoth", default="build/quoth")
    p.add_argument("--referee", default="../shared/eval/score.py")
    p.add_argument("--gold", default="../shared/polnear/dev", help="a corpus whose gold the predictions perturb")
    p.add_argument("--texts", default="tests/fixtures/eval/basic", help="texts to make up annotations for")
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(args.referee)))
    import score  # the referee's own reader of gold, for the predictions to perturb

    tally = {"ok": 0, "DIFF": 0, "referee raises": 0}
    work = tempfile.mkdtemp(prefix="quoth-differential-")
    try:
        gold = score.load_gold(args.gold) if os.path.isdir(args.gold) else None
        for r in range(args.rounds):
            rnd = random.Random(args.seed * 1000 + r)
            results = []
            if gold is not None:
                pred = os.path.join(work, "pred%d.jsonl" % r)
                random_predictions(rnd, gold, pred)
                results.append(("predictions", compare(args, args.gold, pred)))
            root = os.path.join(work, "corpus%d" % r)
            random_corpus(rnd, args.texts, root)
            try:
                made_up = score.load_gold(root)
            except Exception as e:  # the referee cannot read them either
                results.append(("annotations", "referee raises: %s" % type(e).__name__))
            else:
                pred = os.path.join(root, "pred.jsonl")
                random_predictions(rnd, made_up, pred)
                results.append(("annotations", compare(args, root, pred)))
            for kind, result in results:
                tally[result.split(":")[0]] += 1
                if result != "ok":
                    print("round %d, %s: %s" % (r, kind, result))
    finally:
        shutil.rmtree(work)
    print("%d agreed, %d differed, %d where the referee raised" % (tally["ok"], tally["DIFF"], tally["referee raises"]))
    return 1 if tally["DIFF"] else 0


if __name__ == "__main__":
    sys.exit(main())
