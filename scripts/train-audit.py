#!/usr/bin/env python3
"""Blind audit of `quoth train`, `quoth eval` and `quoth model`, as a media
researcher would use them on their own annotated articles.

    python3 scripts/train-audit.py tests/fixtures/train-audit --quoth build/quoth [-v]

FOLDER holds make.py, which writes the invented corpora (good and broken)
into a temporary folder; the commands are run on them and every check that
fails prints one line

    PROBLEM <check>: expected ..., got ...

then a summary. -v also prints "ok <check>" for the checks that pass.
The output holds no temporary path and no time, so that it can be kept as a
snapshot; the script always exits 0 and runs in well under a minute.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

FIGS = ["who-said-what", "content-overlap", "content-exact", "source-exact",
        "cue-exact", "direct-who-said-what"]


class Audit:
    def __init__(self, quoth, tmp, verbose):
        self.quoth = quoth
        self.tmp = tmp
        self.verbose = verbose
        self.problems = []
        self.passed = 0

    def clean(self, s):
        s = s.replace(self.tmp + "/", "").replace(self.tmp, "$T")
        s = re.sub(r"\d+\.\d+ s\b", "N s", s)
        return s

    def run(self, *args, timeout=30):
        try:
            p = subprocess.run([self.quoth] + list(args), cwd=self.tmp,
                               capture_output=True, timeout=timeout)
            return p.returncode, p.stdout.decode("utf-8", "replace"), \
                p.stderr.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return "timeout", "", ""

    def check(self, name, ok, expected, got):
        if ok:
            self.passed += 1
            if self.verbose:
                print("ok %s" % name)
        else:
            got = self.clean(str(got)).replace("\n", " | ").strip()
            if len(got) > 300:
                got = got[:300] + "..."
            line = "PROBLEM %s: expected %s, got %s" % (name, expected, got)
            self.problems.append(line)
            print(line)

    def crashed(self, rc):
        return rc == "timeout" or (isinstance(rc, int) and (rc < 0 or rc > 3))


def first_line(s, pat):
    for l in s.splitlines():
        if re.search(pat, l):
            return l
    return ""


def summary(out):
    l = first_line(out, r"^summary:")
    return dict(re.findall(r"(\S+) F1=([0-9.]+)", l))


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def count_gold(corpus):
    """Attributions of the first annotator of each text, as documented."""
    n_docs = n_att = 0
    for t in sorted(glob.glob(os.path.join(corpus, "text", "*.txt"))):
        name = os.path.basename(t)[:-4]
        anns = sorted(glob.glob(os.path.join(corpus, "attributions",
                                             glob.escape(name) + "_*.ann")))
        if not anns:
            continue
        n_docs += 1
        with open(anns[0], encoding="utf-8") as f:
            n_att += sum(1 for l in f if l.startswith("E"))
    return n_docs, n_att


def audit_help(a):
    rc, out, err = a.run("train", "--help")
    h = out + err
    a.check("help-train-layout", "text/" in h and "attributions/" in h and
            "_ANNOTATOR.ann" in h, "train --help to give the text/ and "
            "attributions/NAME_ANNOTATOR.ann layout", "no layout")
    a.check("help-train-epochs-default", re.search(r"--epochs.*default 14", h),
            "train --help to give the default epochs", "none")
    a.check("help-train-duration",
            re.search(r"\b(seconds|minutes|\d+ s\b|per epoch takes)", h),
            "train --help to say how long training takes (the model card "
            "says about 25 s, README about 30 s for PolNeAR)",
            "no duration in train --help")
    man = ""
    for p in (os.path.join(os.path.dirname(a.quoth), "..", "docs", "quoth.1"),):
        if os.path.exists(p):
            man = open(p, encoding="utf-8", errors="replace").read()
    a.check("help-brat-labels",
            re.search(r"\bSource\b", h + man) and re.search(r"\bContent\b", h + man),
            "train --help or the man page to name the brat labels and events "
            "an .ann must use (Source, Cue, Content, Attribution event)",
            "no label names in train --help nor quoth.1")
    rc, out, err = a.run("eval", "--help")
    a.check("help-eval-annotator", "first by name" in out + err,
            "eval --help to say which annotator is gold", "nothing")


def audit_train_good(a):
    G = os.path.join(a.tmp, "c/good")
    nd, na = count_gold(os.path.join(G, "train"))
    rc, out, err = a.run("train", "--corpus", "c/good/train", "--dev",
                         "c/good/dev", "-o", "m1.qm", "--epochs", "3")
    a.check("train-good-exit", rc == 0 and os.path.exists(os.path.join(a.tmp, "m1.qm")),
            "exit 0 and m1.qm written", "exit %s: %s" % (rc, err[-300:]))
    if rc != 0:
        return False
    want = "%d annotated documents, %d attributions" % (nd, na)
    a.check("train-good-counts-first-annotator", want in err,
            "'%s' (first annotator of each text)" % want,
            first_line(err, r"^corpus"))
    ep = re.findall(r"^epoch (\d+): ", err, re.M)
    dv = re.findall(r"^epoch (\d+) dev: .*who-said-what F1=", err, re.M)
    a.check("train-progress-per-epoch", ep == ["1", "2", "3"] and dv == ["1", "2", "3"],
            "3 progress lines and 3 dev lines for --epochs 3",
            "progress %s, dev %s" % (ep, dv))
    a.run("train", "--corpus", "c/good/train", "--dev", "c/good/dev", "-o",
          "m2.qm", "--epochs", "3")
    a.run("train", "--corpus", "c/good/train", "--dev", "c/good/dev", "-o",
          "m3.qm", "--epochs", "3", "--seed", "7")
    p = lambda n: os.path.join(a.tmp, n)
    same = os.path.exists(p("m2.qm")) and md5(p("m1.qm")) == md5(p("m2.qm"))
    a.check("train-deterministic", same, "same data and seed give a "
            "byte-identical model", "models differ")
    diff = os.path.exists(p("m3.qm")) and md5(p("m1.qm")) != md5(p("m3.qm"))
    a.check("train-seed-matters", diff, "--seed 7 to give another model",
            "the same bytes")
    rc, out, err = a.run("model", "m1.qm")
    a.check("model-describes-trained", rc == 0 and "attrib.weights" in out,
            "quoth model m1.qm: exit 0 and its sections",
            "exit %s: %s" % (rc, (out + err)[:200]))
    rc, out, err = a.run("extract", "--model", "m1.qm", "-f", "jsonl", "-q",
                         "c/good/dev/text")
    recs = [json.loads(l) for l in out.splitlines() if l.strip()]
    a.check("extract-with-trained-model", rc == 0 and len(recs) == 6 and
            all("quotes" in r for r in recs),
            "6 records from extract --model m1.qm", "exit %s, %d records" % (rc, len(recs)))
    with open(p("pred-m1.jsonl"), "w") as f:
        f.write(out)
    rc1, o1, e1 = a.run("eval", "--gold", "c/good/dev", "--model", "m1.qm")
    rc2, o2, e2 = a.run("eval", "--gold", "c/good/dev", "--pred", "pred-m1.jsonl")
    a.check("eval-self-vs-pred-agree", rc1 == rc2 == 0 and summary(o1) and
            summary(o1) == summary(o2),
            "eval --gold --model M and extract --model M + eval --pred to "
            "agree", "%s / %s" % (first_line(o1, "^summary"), first_line(o2, "^summary")))
    return True


def audit_eval(a):
    G = "c/good"
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", G + "/gold.jsonl")
    s = summary(out)
    a.check("eval-perfect-is-1", rc == 0 and s and all(s.get(k) == "1.000" for k in FIGS),
            "F1=1.000 on every figure for predictions made from the gold",
            first_line(out, "^summary") or err)
    rc, out, err = a.run("eval", "--gold", G + "/train", "--pred", G + "/train-gold.jsonl")
    s = summary(out)
    a.check("eval-perfect-two-annotators", rc == 0 and s and all(s.get(k) == "1.000" for k in FIGS),
            "F1=1.000 with the first annotator's spans as predictions",
            first_line(out, "^summary") or err)
    open(os.path.join(a.tmp, "empty.jsonl"), "w").close()
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "empty.jsonl")
    s = summary(out)
    a.check("eval-empty-pred-is-0", rc == 0 and s and all(s.get(k) == "0.000" for k in FIGS),
            "F1=0.000 for an empty prediction file", first_line(out, "^summary") or err)

    gold = open(os.path.join(a.tmp, G, "gold.jsonl"), encoding="utf-8").read().splitlines()

    def pred(name, lines):
        with open(os.path.join(a.tmp, name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")

    pred("extra.jsonl", gold + ['{"id": "not-in-gold", "quotes": []}'])
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "extra.jsonl")
    a.check("eval-pred-not-in-gold", rc == 0 and "not-in-gold" in err,
            "a note on stderr naming the prediction 'not-in-gold' that matches "
            "no gold document", "exit %s, stderr %r, %s" % (rc, err.strip(),
                                                         first_line(out, "^summary")[:60]))
    pred("missing.jsonl", gold[:5])
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "missing.jsonl")
    s = summary(out)
    a.check("eval-missing-doc", rc == 0 and "6 gold documents, 5 with predictions" in out
            and s and float(s.get("who-said-what", 1)) < 1,
            "'6 gold documents, 5 with predictions' and recall below 1",
            first_line(out, "gold doc") + " " + first_line(out, "^summary"))
    pred("malformed.jsonl", gold[:2] + ['{"id": "story-26", "quotes": [ {broken',
                                        'not json at all'] + gold[3:])
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "malformed.jsonl")
    a.check("eval-malformed-lines", rc in (0, 1, 3) and "line 3" in err and "line 4" in err,
            "no crash and the malformed lines 3 and 4 named", "exit %s: %s" % (rc, err))
    pred("dup.jsonl", gold + gold[:1])
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "dup.jsonl")
    a.check("eval-duplicate-pred-id", "story-24" in err,
            "a note that story-24 has two prediction records (its statements "
            "are counted twice)", "stderr %r, %s" % (err.strip(), first_line(out, "^summary")[:60]))
    pred("error.jsonl", gold[1:] + ['{"id": "story-24", "error": "could not read", "origin": "x"}'])
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "error.jsonl")
    a.check("eval-error-record-pred", "story-24" in err or "5 with predictions" in out,
            "quoth's own error record for story-24 reported, or the document "
            "not counted as predicted", "stderr %r, %s" % (err.strip(), first_line(out, "gold doc")))
    rc, out, err = a.run("extract", "-q", "-r", "-f", "jsonl", G + "/dev")
    with open(os.path.join(a.tmp, "recursive.jsonl"), "w") as f:
        f.write(out)
    ids = sorted(json.loads(l)["id"] for l in out.splitlines() if l.strip())[:1]
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "recursive.jsonl")
    a.check("eval-ids-match-nothing", err.strip() != "" or rc != 0,
            "a warning when no prediction id matches a gold document (quoth "
            "extract -r DIR names them %s)" % ids,
            "exit %s, silent, %s" % (rc, first_line(out, "gold doc")))
    rc, out, err = a.run("eval", "--gold", G + "/dev", "--pred", "nonexist.jsonl")
    a.check("eval-pred-missing-file", rc == 3 and "nonexist.jsonl" in err,
            "exit 3 naming nonexist.jsonl", "exit %s: %s" % (rc, err))
    # the CRLF corpus, scored with predictions whose offsets are Python's
    rc, out, err = a.run("eval", "--gold", "c/broken/crlf", "--pred", "c/broken/crlf.jsonl")
    s = summary(out)
    a.check("eval-crlf-perfect", rc == 0 and s and all(s.get(k) == "1.000" for k in FIGS),
            "F1=1.000 on the CRLF corpus (offsets of the text as Python reads it)",
            first_line(out, "^summary") or err)


BROKEN = {
    # name: (what a careful user expects on stderr, regex on train+eval stderr, severity)
    "offsets_past": ("the file (story-05) and line of the span past the text named",
                     r"story-05.*(line|:\d+|T90)"),
    "text_mismatch": ("a warning naming story-05 whose span texts differ from the text at their offsets",
                      r"story-05"),
    "missing_ann": ("the text without an .ann named (story-05)", r"story-05"),
    "latin1": ("a note that story-latin1.txt is not UTF-8 (read with U+FFFD, as extract reports 'repaired')",
               r"story-latin1"),
    "unknown_labels": ("a note on the labels quoth ignored (Speaker, Quotation)",
                       r"Speaker|Quotation|unknown label"),
    "dup_ids": ("a warning naming the duplicate id T1 of story-05", r"T1|duplicate"),
    "ann_no_text": ("a note that story-05_ann1.ann has no text", r"story-05"),
    "garbage_ann": ("a note that story-05_ann1.ann holds no brat line (binary)",
                    r"story-05"),
    "no_annotator_suffix": ("a message saying the .ann files lack the _ANNOTATOR suffix "
                            "(NAME_ANNOTATOR.ann)", r"ANNOTATOR|annotator"),
}


def audit_broken(a):
    for name in ["offsets_past", "text_mismatch", "missing_ann", "latin1", "crlf",
                 "empty", "unknown_labels", "discontinuous", "dup_ids", "no_attrib",
                 "ann_no_text", "garbage_ann", "no_annotator_suffix", "flat"]:
        c = "c/broken/" + name
        m = "b-%s.qm" % name
        rc, out, err = a.run("train", "--corpus", c, "-o", m, "--epochs", "1")
        erc, eout, eerr = a.run("eval", "--gold", c)
        exists = os.path.exists(os.path.join(a.tmp, m))
        a.check("broken-%s-no-crash" % name,
                not a.crashed(rc) and not a.crashed(erc),
                "no crash of train or eval", "train %s, eval %s" % (rc, erc))
        if rc == 0:
            mrc, mout, merr = a.run("model", m)
            a.check("broken-%s-model-sound" % name, exists and mrc == 0,
                    "a model that quoth model accepts", "exit %s" % mrc)
        else:
            a.check("broken-%s-no-model-on-failure" % name, not exists,
                    "no model file when train fails", "%s written" % m)
        if name in BROKEN:
            want, pat = BROKEN[name]
            said = (err + eerr).replace(c, "CORPUS").replace(m, "MODEL")
            a.check("broken-%s-message" % name, re.search(pat, said),
                    want, "train exit %s: %s // eval: %s" % (
                        rc, first_line(err, r"^corpus|quoth"),
                        eerr.strip() or "(nothing)"))
        if name == "crlf":
            a.check("broken-crlf-accepted", rc == 0 and "5 annotated documents" in err,
                    "the CRLF text and .ann read as any other (5 documents)",
                    first_line(err, "^corpus"))
        if name in ("empty", "no_attrib"):
            a.check("broken-%s-refused" % name, rc == 3 and "no attribution" in err,
                    "exit 3 and 'holds no attribution'", "exit %s: %s" % (rc, err))
            a.check("broken-%s-no-stray-errno" % name, "invalid argument" not in err,
                    "the refusal alone", "an extra line %r" % first_line(err, "invalid argument"))
        if name == "flat":
            a.check("broken-flat-explained", rc == 3 and "text/" in err,
                    "exit 3 saying text/ and attributions/ are expected", "exit %s: %s" % (rc, err))


def audit_options(a):
    T = ["train", "--corpus", "c/good/train", "--epochs", "1"]
    rc, out, err = a.run(*T, "-o", "nodir/sub/m.qm")
    a.check("train-o-missing-dir", rc == 3 and "nodir/sub/m.qm" in err and
            "epoch 1" not in err,
            "exit 3 naming nodir/sub/m.qm, before training", "exit %s: %s%s" % (
                rc, first_line(err, "^quoth"),
                " (after training)" if "epoch 1" in err else ""))
    rc, out, err = a.run(*T, "-o", ".")
    a.check("train-o-directory", rc == 3 and re.search(r"'\.'|\. is a directory|directory", err)
            and "input/output error" not in err,
            "exit 3 saying . is a directory", "exit %s: %s" % (rc, first_line(err, "^quoth")))
    p = lambda n: os.path.join(a.tmp, n)
    shutil.copy(p("m3.qm"), p("old.qm")) if os.path.exists(p("m3.qm")) else None
    os.chmod(p("old.qm"), 0o640)
    rc, out, err = a.run(*T, "-o", "old.qm")
    a.check("train-overwrite", rc == 0 and md5(p("old.qm")) != md5(p("m3.qm")),
            "exit 0 and old.qm replaced", "exit %s" % rc)
    mode = os.stat(p("old.qm")).st_mode & 0o777
    a.check("train-overwrite-keeps-mode", mode == 0o640,
            "mode 640 kept (as extract -o keeps it)", "mode %o" % mode)
    os.symlink("old.qm", p("link.qm"))
    rc, out, err = a.run(*T, "--seed", "9", "-o", "link.qm")
    a.check("train-overwrite-symlink", os.path.islink(p("link.qm")),
            "link.qm stays a link and old.qm is replaced (as extract -o does)",
            "link.qm replaced by a regular file, old.qm untouched")
    for opt, val in [("--seed", "abc"), ("--seed", "1e3"), ("--min-weight", "abc"),
                     ("--min-weight", "-3"), ("--epochs", "0"), ("--epochs", "abc")]:
        rc, out, err = a.run("train", "--corpus", "c/good/train", "--epochs", "1",
                             opt, val, "-o", "opt.qm") if opt != "--epochs" else \
            a.run("train", "--corpus", "c/good/train", opt, val, "-o", "opt.qm")
        a.check("train-bad-%s-%s" % (opt.strip("-"), val), rc == 2,
                "exit 2 for %s %s" % (opt, val), "exit %s %s" % (
                    rc, first_line(err, "^quoth") or ""))
    rc, out, err = a.run("train", "--corpus", "c/good/train", "--tagger-epochs", "0", "-o", "opt.qm")
    a.check("train-bad-tagger-epochs-message", rc == 2 and "tagger" in err,
            "exit 2 naming --tagger-epochs", "exit %s: %s" % (rc, err.strip()))
    rc, out, err = a.run(*T, "--min-weight", "1000000", "-o", "pruned.qm")
    mrc, mout, merr = a.run("model", "pruned.qm")
    w = first_line(mout, "attrib.weights")
    said = err.replace("pruned.qm", "MODEL")
    a.check("train-everything-pruned", rc != 0 or re.search(r"prun|weights kept|empty|warning", said),
            "a warning (or a refusal) when --min-weight prunes the attribution "
            "tagger to nothing", "exit %s, silent, %s" % (rc, " ".join(w.split()[:2])))
    rc, out, err = a.run(*T, "--dev", "c/broken/empty", "-o", "devempty.qm")
    said = err.replace("c/broken/empty", "DEV").replace("devempty.qm", "MODEL")
    a.check("train-dev-empty", rc != 0 or re.search(r"no attribution|empty|warning", said),
            "a refusal or warning for a --dev folder without any attribution",
            "exit %s, %s" % (rc, first_line(err, r"^epoch 1 dev")))
    with open(p("notmodel.qm"), "w") as f:
        f.write("hello\n")
    rc, out, err = a.run(*T, "--base", "notmodel.qm", "-o", "base.qm")
    a.check("train-base-not-model", rc == 3 and "notmodel.qm" in err,
            "exit 3 naming notmodel.qm", "exit %s: %s" % (rc, err.strip()))
    rc, out, err = a.run(*T, "--parser", "-o", "parser.qm")
    a.check("train-parser-without-corenlp", rc in (2, 3) and "corenlp" in err.lower(),
            "a refusal naming the missing CoreNLP file", "exit %s: %s" % (rc, err.strip()))


def audit_interrupt(a):
    q = a.quoth
    # during the epochs
    d = os.path.join(a.tmp, "intr")
    os.mkdir(d)
    pr = subprocess.Popen([q, "train", "--corpus", "c/good/train", "-o", "intr/new.qm",
                           "--epochs", "100000"], cwd=a.tmp,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    pr.send_signal(signal.SIGINT)
    try:
        pr.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pr.kill()
        pr.wait()
    left = sorted(os.listdir(d))
    a.check("train-interrupt-epochs", left == [] and pr.returncode != 0,
            "no file left and a failing status after Ctrl-C during the epochs",
            "status %s, files %s" % (pr.returncode, left))
    # while the model is being written: Ctrl-C as soon as a file appears
    for sig, sname in ((signal.SIGINT, "int"), (signal.SIGTERM, "term")):
        d = os.path.join(a.tmp, "intw-" + sname)
        os.mkdir(d)
        pr = subprocess.Popen([q, "train", "--corpus", "c/good/train", "-o",
                               "intw-%s/new.qm" % sname, "--epochs", "1"], cwd=a.tmp,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen = None
        t0 = time.time()
        while pr.poll() is None and time.time() - t0 < 20:
            fs = os.listdir(d)
            if fs:
                seen = fs[0]
                pr.send_signal(sig)
                break
            time.sleep(0.002)
        pr.wait()
        left = sorted(os.listdir(d))
        if seen is None:
            a.check("train-interrupt-write-%s" % sname, True, "", "")
            continue
        whole = left == ["new.qm"] and a.run("model", "intw-%s/new.qm" % sname)[0] == 0
        a.check("train-interrupt-write-%s" % sname, left == [] or whole,
                "no file, or a sound new.qm, after SIG%s while the model is written"
                % sname.upper(),
                "status %s, left %s" % (pr.returncode,
                                         [f.replace("new.qm", "MODEL") for f in left]))


def audit_model(a):
    p = lambda n: os.path.join(a.tmp, n)
    src = os.path.join(os.path.dirname(os.path.abspath(a.quoth)), "..", "models", "quoth-en.qm")
    if not os.path.exists(src):
        src = p("m1.qm")
    data = open(src, "rb").read()
    with open(p("trunc.qm"), "wb") as f:
        f.write(data[:len(data) // 3])
    cor = bytearray(data)
    mid = len(cor) // 2
    cor[mid:mid + 4] = bytes(b ^ 0xFF for b in cor[mid:mid + 4])
    with open(p("corrupt.qm"), "wb") as f:
        f.write(cor)
    open(p("zero.qm"), "wb").close()
    with open(p("t.txt"), "w") as f:
        f.write("\u201cWe will rebuild,\u201d the mayor said.\n")
    said = {}
    for name in ["notmodel.qm", "trunc.qm", "corrupt.qm", "zero.qm"]:
        rc, out, err = a.run("model", name)
        a.check("model-%s-refused" % name[:-3], rc == 3 and name in err,
                "exit 3 naming %s" % name, "exit %s: %s" % (rc, err.strip()))
        said[name] = err.strip().replace(name, "FILE")
        rc, out, err = a.run("extract", "--model", name, "t.txt")
        a.check("extract-model-%s" % name[:-3], rc == 3 and not out.strip(),
                "extract --model %s: exit 3, no output" % name, "exit %s" % rc)
    a.check("model-says-which-check", len(set(said.values())) == len(said),
            "four different messages for a text file, a truncated copy, a flipped "
            "byte and an empty file (--help lists magic, version, size, checksum)",
            "%d message(s) for 4: %s" % (len(set(said.values())), sorted(set(said.values()))[0]))
    rc, out, err = a.run("model", ".")
    a.check("model-directory", rc == 3 and "directory" in err, "exit 3, 'is a directory'",
            "exit %s: %s" % (rc, err.strip()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--quoth", required=True)
    ap.add_argument("-v", "--verbose", action="store_true")
    o = ap.parse_args()
    quoth = os.path.abspath(o.quoth)
    tmp = tempfile.mkdtemp(prefix="train-audit-")
    a = Audit(quoth, tmp, o.verbose)
    try:
        r = subprocess.run([sys.executable, os.path.join(o.folder, "make.py"),
                            os.path.join(tmp, "c")], capture_output=True)
        if r.returncode != 0:
            print("PROBLEM make: expected the corpora written, got %s" %
                  r.stderr.decode()[-300:])
            return
        for part in (audit_help, audit_train_good, audit_eval, audit_broken,
                     audit_options, audit_interrupt, audit_model):
            try:
                part(a)
            except Exception as e:  # the audit itself must not stop
                a.check(part.__name__, False, "the part to run",
                        "%s: %s" % (type(e).__name__, e))
        print("summary: %d checks, %d passed, %d problems" % (
            a.passed + len(a.problems), a.passed, len(a.problems)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
    sys.exit(0)
