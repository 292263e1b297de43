#!/usr/bin/env python3
"""How many gold attributions of a folder with a speakers.tsv got their
speaker right: each gold event is paired with the predicted quote whose
content shares the most word tokens with it (as the referee pairs them),
and the predicted speaker name is compared with the canonical one
(ignoring case and a leading "the").

    scripts/speakers_check.py --gold ../shared/examples/seed --pred out.jsonl
"""
import argparse, glob, json, os, re, sys

WORD = re.compile(r"\w+")


def parse_events(path):
    spans, events = {}, []
    for line in open(path, encoding="utf-8"):
        p = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(p) >= 2:
            label, _, offs = p[1].partition(" ")
            spans[p[0]] = [tuple(map(int, x.split())) for x in offs.split(";")]
        elif line.startswith("E") and len(p) >= 2:
            events.append((p[0], p[1].split()))
    out = {}
    for eid, args in events:
        content = []
        for a in args[1:]:
            role, _, tid = a.partition(":")
            if role.startswith("Content") and tid in spans:
                content += spans[tid]
        out[eid] = content
    return out


def tokens(text, spans):
    ids = set()
    for m in WORD.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in spans):
            ids.add(m.start())
    return ids


def norm(name):
    name = (name or "").strip().lower()
    return name[4:] if name.startswith("the ") else name


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    a = ap.parse_args()
    right = total = 0
    preds = {}
    for line in open(a.pred, encoding="utf-8"):
        if line.strip():
            obj = json.loads(line)
            preds[obj.get("id")] = obj.get("quotes", [])
    for tsv in glob.glob(os.path.join(a.gold, "speakers.tsv")):
        gold_speaker = {}
        for line in open(tsv, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            eid, name = line.rstrip("\n").split("\t")[:2]
            gold_speaker[eid] = name
        for tf in sorted(glob.glob(os.path.join(a.gold, "text", "*.txt"))):
            name = os.path.basename(tf)[:-4]
            anns = sorted(glob.glob(os.path.join(a.gold, "attributions", name + "_*.ann")))
            if not anns:
                continue
            text = open(tf, encoding="utf-8").read()
            events = parse_events(anns[0])
            quotes = preds.get(name, [])
            qtok = [tokens(text, [(c["start"], c["end"]) for c in q.get("contents", [])]) for q in quotes]
            pairs = []
            for eid, content in events.items():
                g = tokens(text, content)
                for i, t in enumerate(qtok):
                    if g & t:
                        pairs.append((-len(g & t), eid, i))
            pairs.sort()
            used_e, used_q, match = set(), set(), {}
            for _, eid, i in pairs:
                if eid in used_e or i in used_q:
                    continue
                used_e.add(eid); used_q.add(i); match[eid] = i
            for eid in events:
                if eid not in gold_speaker:
                    continue
                total += 1
                got = None
                if eid in match:
                    got = (quotes[match[eid]].get("speaker") or {}).get("name")
                ok = norm(got) == norm(gold_speaker[eid])
                right += ok
                if not ok:
                    print("%s %s: want %r, got %r" % (name, eid, gold_speaker[eid], got), file=sys.stderr)
    print("speakers named as in speakers.tsv: %d of %d" % (right, total))


if __name__ == "__main__":
    main()
