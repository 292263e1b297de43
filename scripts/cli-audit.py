#!/usr/bin/env python3
"""Audit quoth's command line as a demanding user meets it.

    cli-audit.py FOLDER --quoth PATH

FOLDER holds hand-written articles (*.txt) and make.py, which writes the
hostile inputs (invalid UTF-8, NUL bytes, CRLF, UTF-16, a 2 MB line, feeds
with broken lines, odd folders).  Every check runs quoth as a subprocess in a
scratch folder, with relative paths, and prints one line per problem:

    PROBLEM <check>: expected ..., got ...

then a summary.  Checks whose name starts with "engine." are about who said
what (the extraction engine), not about the command line.  The output names
no temporary path, time or process id, so that it can serve as a snapshot.
It always exits 0.  Python 3.11 standard library only.
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

WORK = None          # the scratch folder (cwd of every run)
QUOTH = None


# ---------------------------------------------------------------- plumbing

class Result:
    def __init__(self, rc, out, err, timed_out=False):
        self.rc, self.out, self.err, self.timed_out = rc, out, err, timed_out

    def text(self):
        return self.out.decode("utf-8", "replace")

    def records(self):
        """The JSON records of stdout, or raise ValueError."""
        recs = []
        for n, line in enumerate(self.out.decode("utf-8").split("\n"), 1):
            if line.strip() == "":
                continue
            recs.append(json.loads(line))
        return recs


def sanitize(s):
    if WORK:
        s = s.replace(WORK, "<tmp>")
    s = re.sub(r"in \d+(\.\d+)? s", "in T s", s)
    s = re.sub(r"\.tmp\.\d+", ".tmp.PID", s)
    s = re.sub(r"\d+(\.\d+)? MB", "N MB", s)
    return s


def short(s, n=160):
    s = sanitize(s if isinstance(s, str) else repr(s))
    s = s.replace("\n", "\\n")
    return s if len(s) <= n else s[:n] + "..."


def run(args, stdin=None, timeout=120, stdout=None, env=None):
    """Run quoth ARGS in WORK. stdin: bytes, a path, or None (empty)."""
    inp = None
    stdin_f = subprocess.DEVNULL
    if isinstance(stdin, bytes):
        inp = stdin
        stdin_f = None
    elif isinstance(stdin, str):
        stdin_f = open(os.path.join(WORK, stdin), "rb")
    e = dict(os.environ)
    e.pop("COLUMNS", None)
    if env:
        e.update(env)
    try:
        p = subprocess.run([QUOTH] + args, cwd=WORK, input=inp,
                           stdin=stdin_f if inp is None else None,
                           stdout=stdout if stdout is not None else subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=timeout, env=e)
        return Result(p.returncode, p.stdout or b"",
                      p.stderr.decode("utf-8", "replace"))
    except subprocess.TimeoutExpired as ex:
        return Result(None, ex.stdout or b"",
                      (ex.stderr or b"").decode("utf-8", "replace"), True)
    finally:
        if hasattr(stdin_f, "close"):
            stdin_f.close()


class Audit:
    def __init__(self):
        self.checks = 0
        self.problems = 0
        self.engine = 0

    def check(self, name, ok, expected, got):
        self.checks += 1
        if not ok:
            self.problems += 1
            self.engine += name.startswith("engine.")
            print(f"PROBLEM {name}: expected {expected}, got {short(got, 300)}")
        return ok


A = Audit()


def read_as_quoth(path, encoding="utf-8"):
    """The text as read, per the README: Python's universal newlines."""
    with open(os.path.join(WORK, path), encoding=encoding, errors="replace") as f:
        return f.read()


def spans_of(q):
    out = []
    if q.get("cue"):
        out.append(("cue", q["cue"]))
    out += [("source", s) for s in q.get("sources", [])]
    out += [("content", s) for s in q.get("contents", [])]
    return out


def span_mismatches(rec, text):
    bad = []
    for q in rec.get("quotes", []):
        for kind, s in spans_of(q):
            st, en = s.get("start"), s.get("end")
            if not (isinstance(st, int) and isinstance(en, int)
                    and 0 <= st <= en <= len(text)):
                bad.append(f"{kind} [{st},{en}) out of the text ({len(text)})")
            elif text[st:en] != s.get("text"):
                bad.append(f"{kind} [{st},{en}) text {s.get('text')!r} "
                           f"!= slice {text[st:en]!r}")
    return bad


SPEAKER_KEYS = {"name", "mention", "resolved_by", "role", "kind", "gender"}
RESOLVED = {"name", "surname", "pronoun", "spelling", "title", "organization",
            "context", "none"}


def schema_problems(rec):
    p = []
    if not isinstance(rec, dict) or not isinstance(rec.get("id"), str):
        return ["no string id"]
    if "error" in rec:
        if set(rec) != {"id", "error", "origin"}:
            p.append(f"error record keys {sorted(rec)}")
        return p
    if not isinstance(rec.get("quotes"), list):
        return ["no quotes list"]
    for q in rec["quotes"]:
        if q.get("type") not in ("direct", "indirect", "mixed"):
            p.append(f"type {q.get('type')!r}")
        if not (q.get("cue") is None or isinstance(q.get("cue"), dict)):
            p.append("cue neither null nor a span")
        if not isinstance(q.get("sources"), list) or not isinstance(q.get("contents"), list):
            p.append("sources/contents not lists")
        c = q.get("confidence")
        if not (isinstance(c, (int, float)) and 0 <= c <= 1):
            p.append(f"confidence {c!r}")
        sp = q.get("speaker")
        if sp is not None:
            if set(sp) != SPEAKER_KEYS:
                p.append(f"speaker keys {sorted(sp)}")
            elif sp["resolved_by"] not in RESOLVED:
                p.append(f"resolved_by {sp['resolved_by']!r}")
            elif sp["kind"] not in ("person", "organization", "unknown"):
                p.append(f"kind {sp['kind']!r}")
            elif sp["gender"] not in ("female", "male", None):
                p.append(f"gender {sp['gender']!r}")
    return p


SUMMARY = re.compile(r"quoth: (\d+) documents?, (\d+) statements?, (\d+) errors?, "
                     r"(\d+) with invalid UTF-8 repaired")


def summary_of(err):
    m = None
    for m in SUMMARY.finditer(err):
        pass
    return tuple(int(x) for x in m.groups()) if m else None


def check_summary(name, res, recs):
    """The stderr summary counts what the records hold."""
    s = summary_of(res.err)
    want = (len(recs), sum(len(r.get("quotes", [])) for r in recs),
            sum(1 for r in recs if "error" in r),
            sum(1 for r in recs if r.get("repaired")))
    A.check(f"summary.{name}", s == want,
            f"summary (documents, statements, errors, repaired) = {want}",
            f"{s} from stderr {res.err.strip().splitlines()[-1:] if res.err.strip() else '(empty)'}")


def extract_json(name, args, stdin=None, want_rc=0):
    """Run extract -f jsonl, check it parses, schema, summary, exit status."""
    res = run(["extract", "-f", "jsonl"] + args, stdin=stdin)
    if res.timed_out:
        A.check(f"{name}.finishes", False, "the run to end within 120 s", "a timeout")
        return res, []
    try:
        recs = res.records()
    except (ValueError, UnicodeDecodeError) as e:
        A.check(f"{name}.parses", False, "JSON Lines that json.loads reads", str(e))
        return res, []
    probs = [f"{r.get('id')}: {p}" for r in recs for p in schema_problems(r)]
    A.check(f"{name}.schema", not probs, "records shaped as --help documents", probs[:3])
    check_summary(name, res, recs)
    if want_rc is not None:
        A.check(f"{name}.exit", res.rc == want_rc, f"exit status {want_rc}",
                f"{res.rc} (stderr: {res.err.strip()[:200]})")
    return res, recs


# ---------------------------------------------------------------- checks

def check_help():
    for cmd in (["--help"], ["extract", "--help"], ["tokens", "--help"],
                ["model", "--help"], ["eval", "--help"]):
        r = run(cmd)
        A.check("help." + "-".join(c.strip("-") for c in cmd), r.rc == 0 and
                r.text().startswith(("usage", "quoth")) and r.err == "",
                "exit 0, usage on stdout, nothing on stderr",
                f"exit {r.rc}, stdout {r.text()[:40]!r}, stderr {r.err[:60]!r}")
    r = run(["--version"])
    A.check("help.version", r.rc == 0 and re.match(r"quoth \d", r.text()),
            "'quoth X.Y.Z', exit 0", f"exit {r.rc} {r.text()[:40]!r}")
    r = run(["frobnicate"])
    A.check("cmdline.unknown-command", r.rc == 2 and r.out == b"" and r.err,
            "exit 2 with a message on stderr", f"exit {r.rc} {r.err[:80]!r}")
    bad = {
        "format-xml": ["extract", "-f", "xml", "gen/plain.txt"],
        "jobs-0": ["extract", "-j", "0", "gen/plain.txt"],
        "width-10": ["extract", "-f", "table", "--width", "10", "gen/plain.txt"],
        "unknown-option": ["extract", "--bogus", "gen/plain.txt"],
        "max-doc-size-5X": ["extract", "--max-doc-size", "5X", "gen/plain.txt"],
        "encoding-bogus": ["extract", "--encoding", "no-such-enc", "gen/latin1.txt"],
        "include-text-csv": ["extract", "--include-text", "-f", "csv", "gen/plain.txt"],
        "input-format-bogus": ["extract", "-i", "pdf", "gen/plain.txt"],
        "tokens-two-files": ["tokens", "gen/plain.txt", "gen/crlf.txt"],
        "model-two-files": ["model", "a", "b"],
    }
    for k, args in bad.items():
        r = run(args)
        A.check(f"cmdline.{k}", r.rc == 2 and r.out == b"" and r.err.strip() != "",
                "exit 2, no output, a message", f"exit {r.rc}, {len(r.out)} bytes out, "
                f"stderr {r.err.strip()[:100]!r}")
    # message prefixes: every message names the program
    for k in ("unknown-option",):
        r = run(bad[k])
        A.check(f"cmdline.{k}.prefix", r.err.startswith("quoth"),
                "the message to start with 'quoth' like all others",
                r.err.strip().splitlines()[0] if r.err.strip() else "(nothing)")


def check_articles(names):
    """Each hand-written article: spans are code-point slices; formats agree."""
    for n in names:
        path = f"articles/{n}"
        stem = n.rsplit(".", 1)[0]
        res, recs = extract_json(f"article.{stem}", [path])
        if len(recs) != 1:
            A.check(f"article.{stem}.one-record", False, "1 record", len(recs))
            continue
        rec = recs[0]
        A.check(f"article.{stem}.id", rec.get("id") == stem, f"id {stem!r}", rec.get("id"))
        text = read_as_quoth(path)
        bad = span_mismatches(rec, text)
        A.check(f"article.{stem}.spans", not bad, "every span's text == text[start:end]", bad[:2])
        # --include-text gives the same text
        r2 = run(["extract", "-q", "--include-text", path])
        try:
            t2 = json.loads(r2.out)["text"]
        except (ValueError, KeyError) as e:
            t2 = f"<{e}>"
        A.check(f"article.{stem}.include-text", t2 == text,
                "--include-text 'text' == Python's read of the file", t2[:60])
        check_csv_table(f"article.{stem}", [path], recs)


def check_csv_table(name, args, recs):
    r = run(["extract", "-q", "-f", "csv"] + args)
    try:
        rows = list(csv.reader(io.StringIO(r.out.decode("utf-8"), newline="")))
    except (csv.Error, UnicodeDecodeError) as e:
        A.check(f"{name}.csv-parses", False, "CSV that the csv module reads", str(e))
        return
    header = ["id", "type", "speaker", "mention", "resolved_by", "role", "gender",
              "cue", "content", "content_start", "content_end", "confidence", "error"]
    A.check(f"{name}.csv-header", rows[:1] == [header], f"header {','.join(header)}",
            rows[:1])
    body = rows[1:]
    A.check(f"{name}.csv-width", all(len(x) == len(header) for x in body),
            f"{len(header)} fields in every row", sorted({len(x) for x in body}))
    want = []
    for rec in recs:
        if "error" in rec:
            want.append((rec["id"], "", "", "error"))
        elif not rec.get("quotes"):  # its id alone (extract --help, since the audit)
            want.append((rec["id"], "", "", "none"))
        for q in rec.get("quotes", []):
            c = q["contents"]
            want.append((rec["id"], str(c[0]["start"]) if c else "",
                         str(c[-1]["end"]) if c else "", q["type"]))
    got = [(x[0], x[9], x[10], x[1] or ("error" if x[12] else "none")) for x in body if len(x) == len(header)]
    A.check(f"{name}.csv-rows", got == want,
            "one CSV row per statement (content_start/end = first/last piece), "
            "per error and per document without statements", f"{len(got)} rows, first difference "
            f"{next(((a, b) for a, b in zip(got, want) if a != b), (len(got), len(want)))}")
    ids_json = [rec["id"] for rec in recs]
    ids_csv = {x[0] for x in body}
    missing = [i for i in ids_json if i not in ids_csv]
    A.check(f"{name}.csv-every-document", not missing,
            "every document to leave a row in CSV (a document without statements "
            "is not told from a document never read)",
            f"no row for {missing[:4]}")
    # table: one header line per document, with its count
    r = run(["extract", "-q", "-f", "table", "--width", "400"] + args)
    heads = re.findall(r"^(.*): (\d+) statements?$|^(.*): error: ", r.text(), re.M)
    tab = [(h[0], int(h[1])) if h[1] else (h[2], "error") for h in heads]
    want_t = [(rec["id"], "error" if "error" in rec else len(rec["quotes"])) for rec in recs]
    A.check(f"{name}.table-headers", tab == want_t,
            "a table header 'ID: N statements' per document as in JSON", tab[:4])


def check_generated():
    # text files whose spans must be slices of Python's read
    cases = {
        "plain": ("gen/plain.txt", [], "utf-8"),
        "crlf": ("gen/crlf.txt", [], "utf-8"),
        "bom": ("gen/bom.txt", [], "utf-8"),
        "combining": ("gen/combining.txt", [], "utf-8"),
        "astral": ("gen/astral.txt", [], "utf-8"),
        "stray-nul": ("gen/stray-nul.txt", [], "utf-8"),
        "utf16-bom": ("gen/utf16-bom.txt", [], "utf-16"),
        "latin1-encoding": ("gen/latin1.txt", ["--encoding", "latin1"], "latin-1"),
        "invalid-utf8": ("gen/invalid-utf8.txt", [], "utf-8"),
    }
    plain_quotes = None
    for k, (path, opts, enc) in cases.items():
        res, recs = extract_json(f"text.{k}", opts + [path])
        if len(recs) != 1:
            A.check(f"text.{k}.one-record", False, "1 record", len(recs))
            continue
        rec = recs[0]
        text = read_as_quoth(path, enc)
        bad = span_mismatches(rec, text)
        A.check(f"text.{k}.spans", not bad, "every span == code-point slice of the text as read",
                bad[:2])
        A.check(f"text.{k}.found", len(rec.get("quotes", [])) >= 3,
                "the 3 statements of the article", len(rec.get("quotes", [])))
        if k == "plain":
            plain_quotes = rec.get("quotes")
        if k == "invalid-utf8":
            A.check("text.invalid-utf8.repaired", rec.get("repaired") == 1,
                    "'repaired': 1", rec.get("repaired"))
        elif "repaired" in rec:
            A.check(f"text.{k}.not-repaired", False, "no 'repaired'", rec["repaired"])
        if k in ("crlf", "astral", "combining"):
            r2 = run(["extract", "-q", "--include-text"] + opts + [path])
            try:
                t2 = json.loads(r2.out)["text"]
            except (ValueError, KeyError) as e:
                t2 = str(e)
            A.check(f"text.{k}.include-text", t2 == text,
                    "--include-text == Python's read", t2[:60])
    # a quotation over two paragraphs, with CRLF and with CR line ends
    src = read_as_quoth("articles/spanning.txt")
    for k, nl in (("crlf", "\r\n"), ("cr", "\r")):
        with open(os.path.join(WORK, f"span-{k}.txt"), "w", encoding="utf-8", newline="") as f:
            f.write(src.replace("\n", nl))
        res, recs = extract_json(f"text.spanning-{k}", [f"span-{k}.txt"])
        if len(recs) == 1:
            bad = span_mismatches(recs[0], read_as_quoth(f"span-{k}.txt"))
            A.check(f"text.spanning-{k}.spans", not bad and recs[0].get("quotes"),
                    "the statements, spans as slices of the text as read", bad[:2])
    # stdin and '-' give the file's record, named stdin
    for how, args, stdin in (("redirect", [], "gen/plain.txt"),
                             ("dash", ["-"], "gen/plain.txt")):
        res, recs = extract_json(f"stdin.{how}", args, stdin=stdin)
        ok = len(recs) == 1 and recs[0].get("id") == "stdin" and recs[0].get("quotes") == plain_quotes
        A.check(f"stdin.{how}.same-as-file", ok, "one record, id 'stdin', the quotes of the file",
                [(r.get("id"), len(r.get("quotes", []))) for r in recs])
    # a plain-text article that opens with a brace, on standard input
    res, recs = extract_json("stdin.brace-text", [], stdin="gen/brace-note.txt", want_rc=None)
    A.check("stdin.brace-text.one-document", len(recs) == 1 and "quotes" in recs[0],
            "one document with its statements (a text whose first line opens with '{'; "
            "or a hint to use -i text)",
            f"{len(recs)} records: {[r.get('error', 'ok')[:50] for r in recs[:2]]}")


def check_hostile():
    # empty and blank files: a record with no statements
    for k in ("empty", "blank"):
        res, recs = extract_json(f"hostile.{k}", [f"gen/{k}.txt"])
        A.check(f"hostile.{k}.record", [r.get("quotes") for r in recs] == [[]],
                "one record with 'quotes': []", recs)
    # missing file
    res, recs = extract_json("hostile.nonexistent", ["gen/no-such-file.txt"], want_rc=1)
    A.check("hostile.nonexistent.record", len(recs) == 1 and "error" in recs[0]
            and recs[0].get("origin") == "gen/no-such-file.txt",
            "one error record with origin gen/no-such-file.txt", recs)
    # a missing folder named with its trailing slash
    res, recs = extract_json("hostile.missing-folder", ["no-such-folder/"], want_rc=1)
    A.check("hostile.missing-folder.id", len(recs) == 1 and recs[0].get("id"),
            "an error record with a non-empty id (no-such-folder)", recs)
    # binaries
    for k, path in (("elf", "gen/program.bin"), ("jpeg-named-txt", "gen/photo.txt"),
                    ("pdf", "gen/article.pdf")):
        res, recs = extract_json(f"hostile.{k}", [path], want_rc=1)
        A.check(f"hostile.{k}.error-record", len(recs) == 1 and "error" in recs[0],
                "an error record (not text: a binary file / a PDF quoth cannot read)",
                f"{recs[0] if recs else None} (exit {res.rc})")
    # UTF-16 without BOM: an error record naming the option
    res, recs = extract_json("hostile.utf16-nobom", ["gen/utf16le-nobom.txt"], want_rc=1)
    A.check("hostile.utf16-nobom.names-encoding", len(recs) == 1 and
            "--encoding utf-16le" in recs[0].get("error", ""),
            "an error record naming --encoding utf-16le", recs)
    res, recs = extract_json("hostile.utf16-nobom-encoding",
                             ["--encoding", "utf-16le", "gen/utf16le-nobom.txt"])
    if len(recs) == 1:
        bad = span_mismatches(recs[0], read_as_quoth("gen/utf16le-nobom.txt", "utf-16-le"))
        A.check("hostile.utf16-nobom-encoding.spans", not bad and recs[0].get("quotes"),
                "the statements, spans as slices", bad[:2] or recs[0])
    # max-doc-size
    res, recs = extract_json("hostile.max-doc-size", ["--max-doc-size", "1K",
                                                      "gen/big.txt", "gen/plain.txt"], want_rc=1)
    A.check("hostile.max-doc-size.records", [("error" in r) for r in recs] == [True, False],
            "an error record for big.txt, then plain.txt's record", recs)
    # a very long line
    res, recs = extract_json("hostile.longline", ["gen/longline.txt"])
    if len(recs) == 1:
        text = read_as_quoth("gen/longline.txt")
        bad = span_mismatches(recs[0], text)
        A.check("hostile.longline.spans", not bad, "spans as slices", bad[:2])
        A.check("hostile.longline.count", len(recs[0].get("quotes", [])) == 30000,
                "30000 statements (one per sentence pair)", len(recs[0].get("quotes", [])))
    # a directory with nothing quoth reads, and an empty one
    for k in ("emptydir", "junkdir"):
        r = run(["extract", "-q", f"gen/{k}"])
        A.check(f"hostile.{k}.quiet-not-silent", r.rc != 0 or r.out or r.err,
                "some sign (record, message or exit status) that the folder gave nothing, "
                "even with -q", f"exit {r.rc}, no output, nothing on stderr")
        res, recs = extract_json(f"hostile.{k}", [f"gen/{k}"], want_rc=None)
        A.check(f"hostile.{k}.not-silent", res.rc != 0 or recs,
                "an error record or a non-zero exit status for an input that gave no document",
                f"exit {res.rc}, {len(recs)} records, stderr {res.err.strip().splitlines()[:1]}")


def check_feed():
    text_of = {}
    with open(os.path.join(WORK, "gen/feed.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                o = json.loads(line)
            except ValueError:
                continue
            t = o.get("text")
            if isinstance(t, list):
                t = "\n\n".join(x for x in t if isinstance(x, str))
            text_of[i] = t
    res, recs = extract_json("feed", ["gen/feed.jsonl"], want_rc=1)
    ids = [r.get("id") for r in recs]
    want = ["a1", "a2", "feed:3", "a4", "12345678901234567890", "feed:6", "a7", "a8"]
    A.check("feed.ids", ids == want, f"ids {want}", ids)
    if len(recs) == 8:
        for i, rec in enumerate(recs, 1):
            if "error" in rec:
                A.check(f"feed.line{i}.origin", rec.get("origin") == f"gen/feed.jsonl:{i}",
                        f"origin gen/feed.jsonl:{i}", rec.get("origin"))
                continue
            t = text_of.get(i)
            if isinstance(t, str):
                bad = span_mismatches(rec, t)
                A.check(f"feed.line{i}.spans", not bad,
                        "spans as slices of the record's text field", bad[:2])
        a1 = recs[0]
        A.check("feed.metadata", (a1.get("url"), a1.get("title"), a1.get("date"),
                                  a1.get("outlet")) ==
                ("https://example.org/a1", "Ferry", "2023-11-14T22:13:20Z", "Harbor Post"),
                "url, title, ISO date, outlet carried", a1)
    # standard input gives the same records, named stdin:N where there is no id
    res2, recs2 = extract_json("feed.stdin", [], stdin="gen/feed.jsonl", want_rc=1)
    A.check("feed.stdin.ids", [r.get("id") for r in recs2] ==
            [i.replace("feed:", "stdin:") for i in want], "the same ids, stdin:N",
            [r.get("id") for r in recs2])
    check_csv_table("feed", ["gen/feed.jsonl"], recs)
    # --strict stops at the first error record, which is the last one written
    res, recs = extract_json("strict", ["--strict", "gen/feed.jsonl", "gen/plain.txt"], want_rc=1)
    A.check("strict.stops", [r.get("id") for r in recs] == ["a1", "a2", "feed:3"],
            "records a1, a2, then feed:3's error record last", [r.get("id") for r in recs])


def check_dirs():
    res, recs = extract_json("dir.ordered", ["gen/ordered"])
    A.check("dir.ordered.name-order", [r.get("id") for r in recs] == ["a", "b2", "c", "d"],
            "files in name order: a, b.jsonl (its record b2), c, d", [r.get("id") for r in recs])
    res, recs = extract_json("dir.recursive", ["-r", "gen/tree"])
    A.check("dir.recursive.ids", [r.get("id") for r in recs] ==
            ["one", "sub/deeper/three", "sub/two"],
            "ids one, sub/deeper/three, sub/two", [r.get("id") for r in recs])
    res, recs = extract_json("dir.flat", ["gen/tree"])
    A.check("dir.flat.one", [r.get("id") for r in recs] == ["one"],
            "without -r the top folder's file only", [r.get("id") for r in recs])
    # several inputs keep their order; -j does not change the output
    args = ["gen/plain.txt", "gen/ordered", "gen/many.jsonl", "gen/crlf.txt"]
    r1 = run(["extract", "-q", "-j", "1"] + args)
    r2 = run(["extract", "-q", "-j", "2"] + args)
    r8 = run(["extract", "-q", "-j", "8"] + args)
    A.check("jobs.same-output", r1.out == r2.out == r8.out and r1.out,
            "the same bytes with -j 1, 2 and 8", f"{len(r1.out)}/{len(r2.out)}/{len(r8.out)} bytes")
    try:
        ids = [json.loads(x)["id"] for x in r2.out.decode().splitlines()]
    except ValueError:
        ids = []
    A.check("inputs.order", ids[:5] == ["plain", "a", "b2", "c", "d"] and
            ids[-1] == "crlf" and len(ids) == 2006,
            "plain, the folder's a b2 c d, the feed's 2000, crlf",
            f"{len(ids)} records starting {ids[:5]}")
    # two files of one name in two folders
    res, recs = extract_json("ids.same-basename", ["gen/monday/story.txt",
                                                   "gen/tuesday/story.txt"])
    ids = [r.get("id") for r in recs]
    A.check("ids.same-basename.distinct", len(set(ids)) == len(ids),
            "distinct ids for distinct files (monday/story, tuesday/story)", ids)
    # odd file names: JSON and CSV keep them whole
    for fn in ("with space, comma.txt", 'quo"te.txt'):
        shutil.copy(os.path.join(WORK, "gen/plain.txt"), os.path.join(WORK, fn))
        res, recs = extract_json(f"ids.odd-name", [fn])
        stem = fn[:-4]
        A.check("ids.odd-name.json", [r.get("id") for r in recs] == [stem],
                f"id {stem!r}", [r.get("id") for r in recs])
        r = run(["extract", "-q", "-f", "csv", fn])
        rows = list(csv.reader(io.StringIO(r.out.decode("utf-8"), newline="")))
        A.check("ids.odd-name.csv", all(x[0] == stem for x in rows[1:]) and len(rows) > 1,
                f"column id {stem!r}", [x[0] for x in rows[1:2]])
    # a dangling symbolic link in a folder
    os.makedirs(os.path.join(WORK, "links"), exist_ok=True)
    shutil.copy(os.path.join(WORK, "gen/plain.txt"), os.path.join(WORK, "links/real.txt"))
    os.symlink("no-such-target.txt", os.path.join(WORK, "links/dangling.txt"))
    flat, frecs = extract_json("dir.dangling-link.flat", ["links"], want_rc=None)
    rec_, rrecs = extract_json("dir.dangling-link.recursive", ["-r", "links"], want_rc=None)
    A.check("dir.dangling-link.same-with-r",
            [r.get("id") for r in frecs] == [r.get("id") for r in rrecs],
            f"the same documents with and without -r ({[r.get('id') for r in frecs]})",
            f"{[r.get('id') for r in rrecs]} with -r")


def check_output():
    base = run(["extract", "-q", "gen/plain.txt"])
    # -o FILE
    r = run(["extract", "-q", "gen/plain.txt", "-o", "out.jsonl"])
    got = open(os.path.join(WORK, "out.jsonl"), "rb").read() if os.path.exists(
        os.path.join(WORK, "out.jsonl")) else None
    A.check("output.file", r.rc == 0 and r.out == b"" and got == base.out,
            "exit 0, nothing on stdout, the file holds what stdout would",
            f"exit {r.rc}, {len(r.out)} bytes on stdout, file {None if got is None else len(got)}")
    # -o in a missing folder, -o a directory
    r = run(["extract", "-q", "gen/plain.txt", "-o", "missing/out.jsonl"])
    A.check("output.missing-folder", r.rc == 3 and r.err.strip() != "",
            "exit 3 with a message", f"exit {r.rc} {r.err.strip()[:100]!r}")
    os.makedirs(os.path.join(WORK, "outdir"), exist_ok=True)
    r = run(["extract", "-q", "gen/plain.txt", "-o", "outdir"])
    A.check("output.directory", r.rc == 3 and os.path.isdir(os.path.join(WORK, "outdir"))
            and not os.listdir(os.path.join(WORK, "outdir")),
            "exit 3, the directory untouched", f"exit {r.rc} {r.err.strip()[:100]!r}")
    leftovers = [f for f in os.listdir(WORK) if ".tmp." in f]
    A.check("output.no-leftovers", not leftovers, "no temporary files left", leftovers)
    # stdout that cannot be written
    for k, args in (("extract", ["extract", "gen/plain.txt"]),
                    ("extract-longline", ["extract", "gen/longline.txt"]),
                    ("tokens", ["tokens", "gen/plain.txt"]),
                    ("model", ["model"])):
        with open("/dev/full", "wb") as full:
            r = run(args, stdout=full)
        A.check(f"output.dev-full.{k}", r.rc not in (0, None) and "No space" in r.err,
                "a non-zero exit status and 'No space left on device' on stderr",
                f"exit {r.rc}, stderr {r.err.strip()[:120]!r}")
    # -o through a symbolic link: the link's target is written
    open(os.path.join(WORK, "target.jsonl"), "w").write("old\n")
    os.symlink("target.jsonl", os.path.join(WORK, "link.jsonl"))
    r = run(["extract", "-q", "gen/plain.txt", "-o", "link.jsonl"])
    islink = os.path.islink(os.path.join(WORK, "link.jsonl"))
    tgt = open(os.path.join(WORK, "target.jsonl"), "rb").read()
    A.check("output.symlink", islink and tgt == base.out,
            "the link kept and its target written (as > link.jsonl would)",
            f"exit {r.rc}, link {'kept' if islink else 'replaced by a regular file'}, "
            f"target {'written' if tgt == base.out else 'untouched'}")
    # -o a link to /dev/full: an error, not a silent replacement
    os.symlink("/dev/full", os.path.join(WORK, "full-link"))
    r = run(["extract", "-q", "gen/plain.txt", "-o", "full-link"])
    islink = os.path.islink(os.path.join(WORK, "full-link"))
    A.check("output.symlink-to-dev-full", r.rc == 3 and islink,
            "exit 3 (the device is full) and the link left alone (so -o /dev/full does not "
            "replace the device node)", f"exit {r.rc}, link "
            f"{'kept' if islink else 'replaced by a regular file'}")
    # -o a named pipe
    fifo = os.path.join(WORK, "pipe")
    os.mkfifo(fifo)
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    r = run(["extract", "-q", "gen/plain.txt", "-o", "pipe"], timeout=20)
    try:
        data = os.read(fd, 1 << 20)
    except BlockingIOError:
        data = b""
    os.close(fd)
    isfifo = stat.S_ISFIFO(os.lstat(fifo).st_mode)
    A.check("output.fifo", isfifo and data == base.out,
            "the records written into the named pipe, which stays a pipe",
            f"exit {r.rc}, pipe {'kept' if isfifo else 'replaced by a regular file'}, "
            f"{len(data)} bytes read from it")
    # -o over an existing private file keeps its permissions
    p = os.path.join(WORK, "private.jsonl")
    open(p, "w").write("old\n")
    os.chmod(p, 0o600)
    r = run(["extract", "-q", "gen/plain.txt", "-o", "private.jsonl"])
    mode = stat.S_IMODE(os.stat(p).st_mode)
    A.check("output.keeps-mode", mode == 0o600, "mode 0600 kept", oct(mode))


def check_sigpipe():
    for k, args in (("jsonl", ["extract", "gen/many.jsonl"]),
                    ("table", ["extract", "-f", "table", "gen/many.jsonl"]),
                    ("csv", ["extract", "-f", "csv", "gen/many.jsonl"]),
                    ("tokens", ["tokens", "gen/many.jsonl"])):
        p = subprocess.Popen([QUOTH] + args, cwd=WORK, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdout.readline()
        p.stdout.close()
        err = b""
        try:
            err = p.communicate(timeout=30)[1]
            rc = p.returncode
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            rc = "hang"
        e = err.decode("utf-8", "replace")
        noisy = [l for l in e.splitlines() if not SUMMARY.search(l)]
        A.check(f"sigpipe.{k}", rc in (0, -13, 141) and not noisy,
                "a quiet end (SIGPIPE or exit 0), no error message",
                f"exit {rc}, stderr {noisy[:2]}")


def check_quiet_and_exit():
    args = ["gen/plain.txt", "gen/no-such-file.txt", "gen/invalid-utf8.txt",
            "gen/utf16le-nobom.txt"]
    r = run(["extract", "-q"] + args)
    A.check("quiet.errors", r.rc == 1 and r.err == "",
            "exit 1 and nothing on stderr with -q", f"exit {r.rc}, stderr {r.err[:100]!r}")
    r = run(["extract", "-q", "gen/plain.txt"])
    A.check("quiet.ok", r.rc == 0 and r.err == "", "exit 0, nothing on stderr",
            f"exit {r.rc}, {r.err[:80]!r}")
    res, recs = extract_json("mixed-run", args + ["articles", "gen/feed.jsonl"], want_rc=1)
    r = run(["extract", "gen/plain.txt"])
    A.check("default-format.pipe", r.out.startswith(b"{"),
            "JSON Lines when stdout is no terminal", r.out[:30])
    r = run(["extract", "--model", "no-such-model", "gen/plain.txt"])
    A.check("exit.no-model", r.rc == 3 and r.out == b"", "exit 3", f"exit {r.rc}")


def check_messages():
    """Error messages give the real reason (no stale errno)."""
    os.makedirs(os.path.join(WORK, "adir"), exist_ok=True)
    cases = {
        "model-dir": ["model", "adir"],
        "extract-model-dir": ["extract", "--model", "adir", "gen/plain.txt"],
        "tokens-missing": ["tokens", "no-such-file.txt"],
        "tokens-dir": ["tokens", "adir"],
        "model-missing": ["model", "no-such-model"],
    }
    for k, args in cases.items():
        r = run(args)
        msg = r.err.strip()
        stale = [w for w in ("Success", "Inappropriate ioctl", "input/output error")
                 if w in msg]
        A.check(f"messages.{k}", r.rc == 3 and not stale,
                "exit 3 and a message with the real reason (no 'Success', "
                "'Inappropriate ioctl', 'input/output error' for a missing file or a folder)",
                f"exit {r.rc}: {msg[:140]!r}")
    with open("/dev/full", "wb") as full:
        r = run(["extract", "gen/longline.txt"], stdout=full)
    A.check("messages.dev-full-longline", "No space left" in r.err and "ioctl" not in r.err,
            "'No space left on device'", r.err.strip()[:140])


def check_tokens():
    for k, path, enc in (("astral", "gen/astral.txt", "utf-8"),
                         ("combining", "gen/combining.txt", "utf-8"),
                         ("crlf", "gen/crlf.txt", "utf-8"),
                         ("spanning", "articles/spanning.txt", "utf-8")):
        r = run(["tokens", path])
        text = read_as_quoth(path, enc)
        bad, n = [], 0
        lines = r.text().split("\n")
        A.check(f"tokens.{k}.document-line", lines[:1] == [f"# document {k}"],
                f"'# document {k}' first", lines[:1])
        for line in lines:
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if len(f) != 10:
                bad.append(f"{len(f)} fields: {line[:40]!r}")
                continue
            n += 1
            s, e = int(f[1]), int(f[2])
            if text[s:e] != f[3]:
                bad.append(f"[{s},{e}) {f[3]!r} != {text[s:e]!r}")
        A.check(f"tokens.{k}.offsets", r.rc == 0 and n > 20 and not bad,
                "exit 0, 10 tab-separated fields, token text == text[start:end]",
                f"exit {r.rc}, {n} tokens, {bad[:2]}")
    r = run(["tokens", "gen/feed.jsonl"])
    docs = re.findall(r"^# document (.*)$", r.text(), re.M)
    A.check("tokens.feed", r.rc == 1 and docs == ["a1", "a2", "12345678901234567890",
                                                   "stdin:6".replace("stdin", "feed"), "a7", "a8"],
            "exit 1 and the readable documents a1 a2 1234... feed:6 a7 a8",
            f"exit {r.rc}, {docs}")
    r = run(["tokens", "no-such-file.txt"])
    A.check("tokens.missing", r.rc == 3, "exit 3 (FILE could not be opened)", r.rc)
    r = run(["model"])
    A.check("model.builtin", r.rc == 0 and "section" in r.text(), "exit 0 and the sections",
            f"exit {r.rc}")
    r = run(["model", "gen/plain.txt"])
    A.check("model.not-a-model", r.rc == 3 and r.err.strip(), "exit 3 and a message",
            f"exit {r.rc}")


def check_engine():
    """Who said what: the extraction engine, not the command line."""
    def speakers(path):
        r = run(["extract", "-q", path])
        try:
            rec = json.loads(r.out)
        except ValueError:
            return []
        return [((q.get("speaker") or {}).get("name"), q["type"],
                 " ".join(c["text"] for c in q["contents"])) for q in rec.get("quotes", [])]

    want = {
        "harbor-bridge": [("Inés Calderón", "We cannot keep sending"),
                          ("Dariusz Kowalczyk", "Nobody asked us")],
        "curly-quotes": [("Amara Okonkwo", "The numbers surprised"),
                         ("Jürgen Weiß", "unprecedented in the record")],
        "spanning": [("Marisol Echeverría", "We have been patient"),
                     ("Marisol Echeverría", "Now the patience is over")],
        "guillemets": [("François Lefèvre", "We will not abandon"),
                       ("Zoë Brankovič", "words do not rebuild houses")],
        "emoji-cjk": [("Hélène Duvivier", "We missed our customers"),
                      ("Kenji Tanaka", "the pastries were worth the wait"),
                      ("Kenji Tanaka", "東京より美味しい")],
        "translated": [("Björn Häußler", "We have made progress"),
                       ("Małgorzata Wiśniewska-Ødegård", "This government speaks"),
                       ("Björn Häußler", "We will return on Monday"),
                       ("Björn Häußler", "Nothing is decided")],
    }
    for stem, pairs in want.items():
        got = speakers(f"articles/{stem}.txt")
        for name, words in pairs:
            hit = [g for g in got if words in g[2]]
            A.check(f"engine.{stem}.{'-'.join(words.split()[:3]) if words.isascii() else 'cjk-quote'}",
                    any(g[0] == name for g in hit),
                    f"{words!r} attributed to {name}",
                    hit[:1] or "no statement holds it")
    got = speakers("articles/no-quotes.txt")
    A.check("engine.no-quotes", got == [], "no statement in a text with no quotes", got)


# ---------------------------------------------------------------- main

def main():
    global WORK, QUOTH
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("folder")
    ap.add_argument("--quoth", required=True)
    a = ap.parse_args()
    QUOTH = os.path.abspath(a.quoth)
    folder = os.path.abspath(a.folder)
    WORK = tempfile.mkdtemp(prefix="cli-audit-")
    try:
        os.makedirs(os.path.join(WORK, "articles"))
        names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
        for n in names:
            shutil.copy(os.path.join(folder, n), os.path.join(WORK, "articles", n))
        subprocess.run([sys.executable, os.path.join(folder, "make.py"),
                        os.path.join(WORK, "gen")], check=True)
        steps = [check_help, lambda: check_articles(names), check_generated,
                 check_hostile, check_feed, check_dirs, check_output, check_sigpipe,
                 check_quiet_and_exit, check_messages, check_tokens, check_engine]
        for step in steps:
            try:
                step()
            except Exception as e:  # an audit step that breaks is itself a finding
                A.check(f"audit.{getattr(step, '__name__', 'step')}", False,
                        "the step to run", f"{type(e).__name__}: {e}")
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    print(f"{A.checks} checks, {A.problems} problems "
          f"({A.problems - A.engine} command line, {A.engine} engine)")
    return 0


if __name__ == "__main__":
    try:
        main()
    except SystemExit as e:
        if e.code not in (0, None):
            print(f"audit could not run: {e}")
    sys.exit(0)
