#!/usr/bin/env python3
"""Audit quoth's store workflow (index, search, speakers, speaker) as a user would.

    store-audit.py FOLDER --quoth PATH

FOLDER holds stories.py and make.py (tests/fixtures/store).  The inputs are
built by make.py in a temporary directory, indexed into fresh temporary
stores, and every answer is compared with what a user expects.  Prints one
line per problem:

    PROBLEM <check-name>: expected ..., got ...

and a summary line.  Checks named engine-* are about attribution accuracy
(who said what in the articles); the others about the store and the CLI
(filters, counts, dedup, formats, errors), mostly checked against the store's
own full listing, so that they hold whatever the engine found.  Always exits
0; the output holds no temporary paths, times or durations.

Python 3.11 standard library only.
"""
import argparse
import csv
import importlib.util
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.dont_write_bytecode = True
TMP = None          # the temporary directory, hidden in every message
QUOTH = None
CHECKS = 0
PROBLEMS = []       # (name, message)


# ---------------------------------------------------------------- helpers

def clean(s):
    s = str(s)
    if TMP:
        s = s.replace(TMP, "<tmp>")
    s = s.replace("\n", "\\n")
    if len(s) > 300:
        s = s[:297] + "..."
    return s


def check(name, ok, expected, got):
    global CHECKS
    CHECKS += 1
    if not ok:
        PROBLEMS.append(name)
        print("PROBLEM %s: expected %s, got %s" % (name, clean(expected), clean(got)))
    return ok


def run(args, stdin=None, timeout=300):
    env = dict(os.environ)
    env["COLUMNS"] = "200"
    env.pop("QUOTH_MODEL", None)
    p = subprocess.run([QUOTH] + list(args), input=stdin, capture_output=True,
                       cwd=TMP, env=env, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def jsonl(text):
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except ValueError:
                out.append({"_unparsable": line})
    return out


def fold(s):
    """What a reader compares: lowercase, straight quotes, no diacritics."""
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def content_of(hit):
    return " ".join(c["text"] for c in hit["statement"]["contents"])


def canon(hit):
    sp = hit.get("speaker") or {}
    return sp.get("canonical")


def date_of(hit):
    return (hit.get("document") or {}).get("date")


def doc_of(hit):
    return (hit.get("document") or {}).get("id")


def sid(hit):
    return hit["statement"]["id"]


def search(db, *args):
    rc, out, err = run(["search", "--db", db, "-f", "jsonl"] + list(args))
    return rc, jsonl(out), err


def all_statements(db):
    rc, hits, err = search(db, "--limit", "0")
    return hits


def ids(hits):
    return sorted(sid(h) for h in hits)


def describe(hits, limit=6):
    ds = ["%s:%s" % (doc_of(h), sid(h)) for h in hits]
    more = "" if len(ds) <= limit else " (+%d more)" % (len(ds) - limit)
    return "[" + ", ".join(ds[:limit]) + "]" + more


def diff_ids(exp_hits, got_hits):
    e, g = set(ids(exp_hits)), set(ids(got_hits))
    missing = [h for h in exp_hits if sid(h) in e - g]
    extra = [h for h in got_hits if sid(h) in g - e]
    return "%d statements, missing %s, extra %s" % (len(got_hits), describe(missing), describe(extra))


def db_count(db, table):
    try:
        con = sqlite3.connect("file:%s?mode=ro" % db, uri=True)
        n = con.execute("SELECT count(*) FROM %s" % table).fetchone()[0]
        con.close()
        return n
    except sqlite3.Error as e:
        return "sqlite error: %s" % e


def speakers_list(db, *args):
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--top", "0"] + list(args))
    return jsonl(out)


# ---------------------------------------------------------------- the audit

def audit(folder):
    spec = importlib.util.spec_from_file_location("store_make", os.path.join(folder, "make.py"))
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    inputs = os.path.join(TMP, "inputs")
    make.write(inputs)
    with open(os.path.join(inputs, "expectations.json"), encoding="utf-8") as f:
        X = json.load(f)
    W, E, S = X["workflow"], X["engine"], X["store"]
    feed1 = os.path.join(inputs, "feed1.jsonl")
    feed2 = os.path.join(inputs, "feed2.jsonl")
    texts = os.path.join(inputs, "texts")
    meta = os.path.join(inputs, "texts-meta.tsv")
    db = os.path.join(TMP, "news.db")

    # ------------------------------------------------ index: feed1, again, feed2, texts
    rc, out, err = run(["index", "--db", db, feed1])
    check("index-feed1-exit", rc == 0, "exit 0", "exit %d: %s" % (rc, err))
    check("index-feed1-documents", db_count(db, "documents") == W["feed1"]["documents"],
          "%d documents" % W["feed1"]["documents"], db_count(db, "documents"))
    after1 = all_statements(db)
    check("index-feed1-statements-listed", len(after1) == db_count(db, "statements"),
          "search --limit 0 lists every stored statement (%s)" % db_count(db, "statements"),
          len(after1))

    rc, out, err = run(["index", "--db", db, feed1])
    check("reindex-same-exit", rc == 0, "exit 0", "exit %d" % rc)
    check("reindex-same-summary", " 0 stored" in err and "%d unchanged" % W["feed1"]["documents"] in err,
          "a summary saying 0 stored, %d unchanged" % W["feed1"]["documents"], err.strip())
    again = all_statements(db)
    check("reindex-same-nothing-new",
          [(sid(h), content_of(h)) for h in again] == [(sid(h), content_of(h)) for h in after1],
          "the same %d statements with the same ids" % len(after1),
          "%d statements (%s)" % (len(again), diff_ids(after1, again)))
    check("reindex-same-documents", db_count(db, "documents") == W["feed1"]["documents"],
          "%d documents" % W["feed1"]["documents"], db_count(db, "documents"))

    # the same file named twice in one command
    rc, out, err = run(["index", "--db", db, feed1, feed1])
    check("index-same-file-twice", rc == 0 and len(all_statements(db)) == len(after1),
          "exit 0 and still %d statements" % len(after1), "exit %d, %d statements" % (rc, len(all_statements(db))))

    before2 = {h["statement"]["id"]: h for h in all_statements(db)}
    rc, out, err = run(["index", "--db", db, feed2])
    check("index-feed2-exit", rc == 0, "exit 0", "exit %d: %s" % (rc, err))
    n2 = W["feed1"]["documents"] + len(W["feed2"]["new"])
    check("index-feed2-documents", db_count(db, "documents") == n2,
          "%d documents (%d new, ht-007 replaced, ns-022 unchanged)" % (n2, len(W["feed2"]["new"])),
          db_count(db, "documents"))
    rc_, gone, _ = search(db, W["feed2"]["gone_words"])
    check("index-feed2-old-version-gone", not gone,
          "no statement with %r after ht-007 was corrected" % W["feed2"]["gone_words"],
          describe(gone))
    rc_, new, _ = search(db, '"%s"' % W["feed2"]["new_words"])
    check("index-feed2-new-version-found", [doc_of(h) for h in new] == ["ht-007"],
          "the corrected quote %r found once, in ht-007" % W["feed2"]["new_words"], describe(new))
    after2 = all_statements(db)
    for d in W["feed2"]["unchanged"] + [i for i in W["feed1"]["ids"] if i not in W["feed2"]["replaced"]]:
        old = [sid(h) for h in before2.values() if doc_of(h) == d]
        cur = [sid(h) for h in after2 if doc_of(h) == d]
        if sorted(old) != sorted(cur):
            check("index-feed2-untouched-%s" % d, False,
                  "statements of %s untouched (ids %s)" % (d, sorted(old)), sorted(cur))
    check("index-feed2-untouched", True, "", "")
    check("index-feed2-no-duplicate-doc",
          len([h for h in after2 if doc_of(h) == "ns-022"]) == len([h for h in after1 if doc_of(h) == "ns-022"]),
          "ns-022 (in both feeds, unchanged) stored once",
          "%d statements" % len([h for h in after2 if doc_of(h) == "ns-022"]))

    rc, out, err = run(["index", "--db", db, "--meta", meta, texts])
    check("index-texts-meta-exit", rc == 0, "exit 0", "exit %d: %s" % (rc, err))
    check("index-total-documents", db_count(db, "documents") == W["total_documents"],
          "%d documents" % W["total_documents"], db_count(db, "documents"))
    ALL = all_statements(db)
    check("search-all-lists-every-statement", len(ALL) == db_count(db, "statements"),
          "%s statements" % db_count(db, "statements"), len(ALL))
    for doc, m in sorted(W["texts"]["meta"].items()):
        hs = [h for h in ALL if doc_of(h) == doc]
        if not hs:
            check("meta-%s" % doc, False, "statements of %s" % doc, "none")
            continue
        d = hs[0]["document"]
        got = {"outlet": d.get("outlet"), "date": d.get("date"), "title": d.get("title"), "url": d.get("url")}
        check("meta-%s" % doc, got == m, "metadata from --meta %s" % json.dumps(m, sort_keys=True),
              json.dumps(got, sort_keys=True))

    # metadata: --meta rows that match no document; metadata that changes for an unchanged text
    db_m = os.path.join(TMP, "meta.db")
    badmeta = os.path.join(TMP, "badmeta.tsv")
    with open(badmeta, "w", encoding="utf-8") as f:
        f.write("id\toutlet\tdate\ntxt-26\tValley Courier\t2025-05-06\ntxt-27\tNorthern Star\n")
    rc, out, err = run(["index", "--db", db_m, "--meta", badmeta, texts])
    check("meta-unmatched-rows-warned", "txt-26" in err or "match" in err.lower() or "no document" in err.lower(),
          "a warning that 2 --meta rows (ids txt-26, txt-27: a typo) match no document",
          "exit %d, stderr %r" % (rc, err.strip()))
    renamed = os.path.join(TMP, "renamed.jsonl")
    with open(feed1, encoding="utf-8") as f, open(renamed, "w", encoding="utf-8") as g:
        for line in f:
            r = json.loads(line)
            if r["outlet"] == "Harbor Times":
                r["outlet"] = "The Harbor Times"
            g.write(json.dumps(r, ensure_ascii=False) + "\n")
    run(["index", "--db", db_m, feed1])
    rc, out, err = run(["index", "--db", db_m, renamed])
    rc1, old_o, _ = search(db_m, "--outlet", "Harbor Times", "--limit", "0")
    rc2, new_o, _ = search(db_m, "--outlet", "The Harbor Times", "--limit", "0")
    check("reindex-changed-metadata",
          (old_o and not new_o) or (new_o and "metadata" in err.lower()),
          "as schema.md says, an unchanged text only completes missing metadata (outlet stays "
          "'Harbor Times'), or the summary says metadata was updated",
          "%d statements now under 'The Harbor Times', %d under 'Harbor Times', summary %r"
          % (len(new_o), len(old_o), err.strip().splitlines()[0] if err.strip() else ""))

    # stdin, into a store of its own
    db_in = os.path.join(TMP, "stdin.db")
    with open(feed1, "rb") as f:
        p = subprocess.run([QUOTH, "index", "--db", db_in, "-"], stdin=f, capture_output=True, cwd=TMP)
    stdin_all = all_statements(db_in)
    check("index-stdin", p.returncode == 0 and len(stdin_all) == len(after1)
          and sorted({doc_of(h) for h in stdin_all}) == sorted({doc_of(h) for h in after1}),
          "exit 0, %d statements under the feed's ids" % len(after1),
          "exit %d, %d statements, ids %s" % (p.returncode, len(stdin_all), sorted({doc_of(h) for h in stdin_all})[:4]))

    # a feed with a broken line: the others are stored, exit 1
    broken = os.path.join(TMP, "broken.jsonl")
    with open(feed2, encoding="utf-8") as f:
        lines = f.read().splitlines()
    with open(broken, "w", encoding="utf-8") as f:
        f.write(lines[2] + "\n" + '{"id": "bad-1", "text": "unterminated\n' + lines[3] + "\n")
    db_b = os.path.join(TMP, "broken.db")
    rc, out, err = run(["index", "--db", db_b, broken])
    check("index-broken-line-exit", rc == 1, "exit 1 (some documents could not be read)", "exit %d" % rc)
    check("index-broken-line-others-stored", db_count(db_b, "documents") == 2,
          "the 2 good documents stored", db_count(db_b, "documents"))
    check("index-broken-line-message", "broken.jsonl:2" in err or ":2" in err,
          "a message naming the bad line (broken.jsonl:2)", err.strip())

    # ------------------------------------------------ search: filters against the full listing
    rc, hits, err = search(db)
    check("search-default-limit", len(hits) == min(20, len(ALL)), "20 statements by default", len(hits))
    rc, out, err = run(["search", "--db", db, "-f", "table"])
    check("search-default-limit-says-more", "more" in (out + err).lower() or "--limit" in (out + err),
          "a note that %d statements match and only 20 are shown" % len(ALL),
          "stdout ends %r, stderr %r" % (out.rstrip().splitlines()[-1][:40] if out.strip() else "", err.strip()))
    rc, hits, err = search(db, "--limit", "5")
    check("search-limit-5", len(hits) == 5, "5 statements", len(hits))

    dated = [date_of(h) for h in ALL]
    order_ok = all((a or "") >= (b or "") for a, b in zip(dated, dated[1:]) if a and b) and \
        all(d is None for d in dated[dated.index(None):]) if None in dated else \
        all(a >= b for a, b in zip(dated, dated[1:]))
    check("search-newest-first", order_ok, "newest first, undated last", dated[:3] + ["..."] + dated[-3:])

    dates = W["dates"]
    for doc, day in sorted(dates.items()):
        hs = [h for h in ALL if doc_of(h) == doc]
        if hs and (date_of(hs[0]) or None) is not None and day is not None:
            check("date-normalized-%s" % doc, date_of(hs[0])[:10] == day,
                  "date %s" % day, date_of(hs[0]))
        elif hs and day is None:
            check("date-undated-%s" % doc, date_of(hs[0]) is None, "no date", date_of(hs[0]))

    for r in S["date_ranges"]:
        args, name = [], []
        if r["since"]:
            args += ["--since", r["since"]]
            name.append("since-" + r["since"])
        if r["until"]:
            args += ["--until", r["until"]]
            name.append("until-" + r["until"])
        exp = [h for h in ALL if date_of(h) and (r["from"] is None or date_of(h)[:10] >= r["from"])
               and (r["to"] is None or date_of(h)[:10] <= r["to"])]
        rc, got, err = search(db, *(args + ["--limit", "0"]))
        check("date-filter-" + "-".join(name), rc == 0 and ids(got) == ids(exp),
              "%d statements dated %s..%s (%s)" % (len(exp), r["from"] or "", r["to"] or "", " ".join(args)),
              diff_ids(exp, got))
    rc, got, err = search(db, "--since", "2025-01", "--until", "2024-01", "--limit", "0")
    check("date-filter-reversed-range", rc != 0 or "since" in err.lower() or "until" in err.lower(),
          "--since after --until refused or warned about", "exit %d, %d hits, stderr %r" % (rc, len(got), err.strip()))

    by_outlet = {}
    for h in ALL:
        by_outlet.setdefault(h["document"].get("outlet"), []).append(h)
    for spelled in S["outlet_case"]:
        rc, got, err = search(db, "--outlet", spelled, "--limit", "0")
        check("outlet-filter-%s" % spelled.replace(" ", "_"), ids(got) == ids(by_outlet["Harbor Times"]),
              "the %d statements of Harbor Times" % len(by_outlet["Harbor Times"]), diff_ids(by_outlet["Harbor Times"], got))
    for outlet in sorted(o for o in by_outlet if o):
        rc, got, err = search(db, "--outlet", outlet, "--limit", "0")
        check("outlet-filter-%s" % outlet.replace(" ", "_"), ids(got) == ids(by_outlet[outlet]),
              "%d statements" % len(by_outlet[outlet]), diff_ids(by_outlet[outlet], got))
    rc, got, err = search(db, "--outlet", "harbortimes.example", "--limit", "0")
    check("outlet-filter-unknown-says-so", rc == 0 and not got and err.strip() != "",
          "no hits and a message", "exit %d, %d hits, %r" % (rc, len(got), err.strip()))

    total = 0
    for t in ("direct", "indirect", "mixed"):
        exp = [h for h in ALL if h["statement"]["type"] == t]
        rc, got, err = search(db, "--type", t, "--limit", "0")
        total += len(got)
        check("type-filter-%s" % t, ids(got) == ids(exp), "%d %s statements" % (len(exp), t), diff_ids(exp, got))
    check("type-filter-partition", total == len(ALL), "the three types add up to %d" % len(ALL), total)

    exp = [h for h in ALL if h.get("confidence") is not None and h["confidence"] >= 0.9]
    rc, got, err = search(db, "--min-confidence", "0.9", "--limit", "0")
    check("min-confidence-filter", ids(got) == ids(exp), "%d statements of confidence >= 0.9" % len(exp), diff_ids(exp, got))

    spk = speakers_list(db)
    spk_by_name = {s["speaker"]: s for s in spk}
    for g in ("female", "male"):
        def g_of(h):
            c = canon(h)
            if c and spk_by_name.get(c, {}).get("gender"):
                return spk_by_name[c]["gender"]
            return (h.get("speaker") or {}).get("gender")
        exp = [h for h in ALL if g_of(h) == g]
        rc, got, err = search(db, "--gender", g, "--limit", "0")
        check("gender-filter-%s" % g, ids(got) == ids(exp),
              "%d statements of %s speakers (store gender, else the statement's)" % (len(exp), g), diff_ids(exp, got))

    # speaker filter: names and spellings
    for aliases in S["speaker_aliases"]:
        rc, base, err = search(db, "--speaker", aliases[0], "--limit", "0")
        check("speaker-filter-%s" % fold(aliases[0]).replace(" ", "_"), len(base) > 0,
              "statements for --speaker %r" % aliases[0], "none")
        for a in aliases[1:]:
            rc, got, err = search(db, "--speaker", a, "--limit", "0")
            check("speaker-filter-alias-%s" % fold(a).replace(" ", "_").replace(".", ""), ids(got) == ids(base),
                  "--speaker %r gives the %d statements of --speaker %r" % (a, len(base), aliases[0]),
                  diff_ids(base, got))
    se = S["surname_every"]
    exp = [h for h in ALL if canon(h) in se["speakers"]]
    rc, got, err = search(db, "--speaker", se["name"], "--limit", "0")
    check("speaker-filter-surname-every", ids(got) == ids(exp),
          "--speaker %s: every %s (%d statements of %s)" % (se["name"], se["name"], len(exp), " and ".join(se["speakers"])),
          diff_ids(exp, got))
    for name in ("Tom Reyes", "Linda Reyes"):
        exp = [h for h in ALL if canon(h) == name]
        rc, got, err = search(db, "--speaker", name, "--limit", "0")
        check("speaker-filter-%s" % name.replace(" ", "_"), ids(got) == ids(exp),
              "only %s's %d statements" % (name, len(exp)), diff_ids(exp, got))
    rc, got, err = search(db, "--speaker", "Nobody Atall", "--limit", "0")
    check("speaker-filter-unknown-says-so", rc == 0 and not got and "Nobody Atall" in err,
          "no hits and a message naming the unknown speaker", "exit %d, %d hits, %r" % (rc, len(got), err.strip()))
    rc, got, err = search(db, "--speaker", "Thornbury", "--outlet", "Northern Star", "--type", "direct", "--limit", "0")
    exp = [h for h in ALL if canon(h) == "Margaret Thornbury" and h["document"].get("outlet") == "Northern Star"
           and h["statement"]["type"] == "direct"]
    check("filters-combine", ids(got) == ids(exp), "%d statements (speaker+outlet+type)" % len(exp), diff_ids(exp, got))

    # ------------------------------------------------ full-text queries
    def found(query, words, *extra):
        rc, got, err = search(db, *(list(extra) + ["--limit", "0", query]))
        return rc, got, err, [h for h in got if fold(words) in fold(content_of(h))]

    st = S["stemming"]
    for w in st["finds"]:
        rc, got, err, m = found(st["query"], w)
        check("query-stemming-%s" % w.split()[0], rc == 0 and m, "%r finds the statement with %r" % (st["query"], w), describe(got))
    ph = S["phrase"]
    rc, got, err, m = found(ph["query"], ph["finds"])
    check("query-phrase", rc == 0 and m and len(got) == len(m), "the phrase finds only statements holding it", describe(got))
    rc, got, err = search(db, ph["reversed"])
    check("query-phrase-order", rc == 0 and not got, "the words in another order: no hit", describe(got))
    for w in S["prefix"]["finds"]:
        rc, got, err, m = found(S["prefix"]["query"], w)
        check("query-prefix", rc == 0 and m, "%r finds %r" % (S["prefix"]["query"], w), describe(got))
    rc, got, err = search(db, "--limit", "0", S["or"]["query"])
    wants = ["gimmick", "measles", "luxury"]
    hit_words = {w for w in wants for h in got if w in fold(content_of(h))}
    check("query-or", rc == 0 and hit_words == set(w for w in wants if any(w in fold(content_of(h)) for h in ALL)),
          "each of gimmick, measles, luxury found", "words found %s" % sorted(hit_words))
    rc, got, err = search(db, "--limit", "0", "gimmick", "OR", "measles")
    check("query-or-unquoted-args", rc == 0 and len(got) >= 2, "OR across separate arguments works too", describe(got))
    for q in S["diacritics"]["queries"]:
        rc, got, err, m = found(q, S["diacritics"]["finds"])
        check("query-diacritics-%s" % fold(q), rc == 0 and m, "%r finds %r" % (q, S["diacritics"]["finds"]), describe(got))
    for uq in S["user_queries"]:
        rc, got, err = search(db, "--limit", "0", uq["query"])
        nm = "query-user-%s" % "".join(c if c.isalnum() else "_" for c in uq["query"]).strip("_")
        ok = rc == 0 and "syntax" not in err.lower() and "fts5" not in err.lower()
        if uq["finds"]:
            ok = ok and any(fold(uq["finds"]) in fold(content_of(h)) for h in got)
        check(nm, ok, "exit 0%s" % (", finds %r" % uq["finds"] if uq["finds"] else ", no query-syntax error"),
              "exit %d, %d hits, %r" % (rc, len(got), err.strip()))
    rc, got, err = search(db, "zzyzx")
    check("query-no-hits", rc == 0 and not got and err.strip() != "", "exit 0, no output, a message on stderr",
          "exit %d, %d hits, %r" % (rc, len(got), err.strip()))
    rc, out, err = run(["search", "--db", db, "-f", "table", "zzyzx"])
    check("query-no-hits-table", rc == 0 and ("no statement" in (out + err).lower()),
          "the table says nothing matched", "exit %d, out %r, err %r" % (rc, out.strip(), err.strip()))
    rc, out, err = run(["search", "--db", db, "-f", "csv", "zzyzx"])
    check("query-no-hits-csv-header", rc == 0 and out.startswith("statement_id,"),
          "a CSV with its header line even with no rows (a spreadsheet or script still gets the columns)",
          "exit %d, out %r" % (rc, out.strip()))

    # ranking: matched words in brackets, scores ascending
    rc, got, err = search(db, "--limit", "0", "minister")
    scores = [h.get("score") for h in got]
    check("query-score-order", scores == sorted(scores), "best first: scores ascending (BM25, lower better)", scores[:6])
    check("query-brackets", all("[" in (h.get("snippet") or "") for h in got),
          "every hit's snippet marks the matched word in [brackets]",
          [h.get("snippet") for h in got if "[" not in (h.get("snippet") or "")][:2])

    # ------------------------------------------------ distinct (wire copy)
    wire = W["wire_copy"]
    rc, dist, err = search(db, "--distinct", "--limit", "0")
    dup = 0
    seen = {}
    for h in ALL:
        key = (canon(h) or "", fold(content_of(h)))
        if key in seen and canon(h):
            dup += 1
        seen[key] = 1
    check("distinct-count", len(dist) == len(ALL) - dup,
          "%d hits (%d statements, %d of them wire copies)" % (len(ALL) - dup, len(ALL), dup), len(dist))
    carried = [h for h in dist if (h.get("carried") or {}).get("documents", 1) > 1]
    check("distinct-carried-first", dist[:len(carried)] == carried,
          "without a query, the most carried first", [doc_of(h) for h in dist[:4]])
    check("distinct-carried-counts",
          all(h["carried"]["documents"] == 2 and h["carried"]["outlets"] == 2 for h in carried) and len(carried) == dup,
          "%d statements carried by 2 documents of 2 outlets (%s)" % (dup, ", ".join(wire["outlets"])),
          [(doc_of(h), h.get("carried")) for h in carried][:3])
    rc, got, err = search(db, "--distinct", "negotiate")
    rc2, plain, err2 = search(db, "negotiate")
    check("distinct-query", len(got) * 2 == len(plain) and len(got) > 0,
          "half the hits of the plain search (%d)" % len(plain), len(got))
    rc, got, err = search(db, "--distinct", "--outlet", "Daily Ledger", "negotiate")
    check("distinct-with-outlet", len(got) > 0 and all(h["document"]["outlet"] == "Daily Ledger" for h in got),
          "--distinct --outlet 'Daily Ledger' shows the Daily Ledger's copies", [(doc_of(h), h["document"]["outlet"]) for h in got])

    # ------------------------------------------------ formats
    rc, out, err = run(["search", "--db", db, "-f", "csv", "--limit", "0"])
    rows = list(csv.DictReader(io.StringIO(out)))
    check("format-search-csv-rows", rc == 0 and len(rows) == len(ALL), "%d CSV rows" % len(ALL), len(rows))
    need = {"statement_id", "doc_id", "outlet", "date", "type", "speaker", "content"}
    check("format-search-csv-columns", rows and need <= set(rows[0]), "columns %s" % sorted(need),
          sorted(rows[0]) if rows else "no rows")
    if rows:
        by_id = {sid(h): h for h in ALL}
        bad = [r["statement_id"] for r in rows
               if int(r["statement_id"]) not in by_id
               or r["doc_id"] != doc_of(by_id[int(r["statement_id"])])
               or (r["speaker"] or None) != canon(by_id[int(r["statement_id"])])
               or (r["date"] or None) != date_of(by_id[int(r["statement_id"])])]
        check("format-search-csv-agrees-jsonl", not bad, "each CSV row as its JSON record", "differs for ids %s" % bad[:5])
        split = [r["statement_id"] for r in rows
                 if len(by_id[int(r["statement_id"])]["statement"]["contents"]) > 1 and not r.get("content2")]
        check("format-search-csv-content2", not split,
              "a quotation split by its cue carries its second part in content2",
              "content2 empty for statement ids %s" % split[:5])
    rc, out, err = run(["search", "--db", db, "-f", "table", "--limit", "0", "--width", "120"])
    lines = out.rstrip("\n").split("\n")
    check("format-search-table", rc == 0 and lines[0].split()[:3] == ["DATE", "OUTLET", "DOCUMENT"]
          and len(lines) == len(ALL) + 1 and all(len(l) <= 120 for l in lines),
          "a header and %d lines within 120 columns" % len(ALL),
          "%d lines, widest %d" % (len(lines), max(len(l) for l in lines)))
    cut = [l.split()[0] for l in lines[1:] if l.split() and l.split()[0].endswith("\u2026")]
    check("format-search-table-dates-whole", not cut, "dates shown whole in the DATE column",
          "cut dates %s" % sorted(set(cut)))
    rc, out, err = run(["search", "--db", db, "-f", "table", "--width", "30"])
    check("format-width-too-small", rc == 2, "--width 30 refused (40 to 10000)", "exit %d" % rc)

    rc, out, err = run(["speakers", "--db", db, "-f", "csv", "--top", "0"])
    rows = list(csv.DictReader(io.StringIO(out)))
    check("format-speakers-csv", rc == 0 and len(rows) == len(spk)
          and [r["speaker"] for r in rows] == [s["speaker"] for s in spk],
          "%d CSV rows as the JSON records" % len(spk), len(rows))
    rc, out, err = run(["speakers", "--db", db, "-f", "table", "--top", "0"])
    lines = out.rstrip("\n").split("\n")
    check("format-speakers-table", rc == 0 and lines[0].startswith("SPEAKER") and len(lines) == len(spk) + 1,
          "a header and %d rows" % len(spk), "%d lines" % len(lines))
    rc, out, err = run(["speaker", "--db", db, "-f", "table", "Thornbury"])
    check("format-speaker-table", rc == 0 and "Margaret Thornbury" in out and "Health Minister" in out,
          "a table naming Margaret Thornbury and her role", "exit %d, %r" % (rc, out[:100]))

    # ------------------------------------------------ speakers
    check("speakers-sorted", [s["statements"] for s in spk] == sorted([s["statements"] for s in spk], reverse=True),
          "most quoted first", [s["statements"] for s in spk])
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl"])
    check("speakers-default-top", len(jsonl(out)) == min(20, len(spk)), "the top 20 (or all)", len(jsonl(out)))
    with_sp = [h for h in ALL if canon(h)]
    check("speakers-sum", sum(s["statements"] for s in spk) == len(with_sp),
          "speakers' statements add up to the %d statements with a speaker" % len(with_sp),
          sum(s["statements"] for s in spk))
    for s in spk:
        mine = [h for h in ALL if canon(h) == s["speaker"]]
        ds = sorted(date_of(h) for h in mine if date_of(h))
        got = (s["statements"], s["documents"], s["first_date"], s["last_date"])
        exp = (len(mine), len({doc_of(h) for h in mine}), ds[0][:10] if ds else None, ds[-1][:10] if ds else None)
        check("speakers-row-%s" % fold(s["speaker"]).replace(" ", "_"),
              got[:2] == exp[:2] and (got[2] or "")[:10] == (exp[2] or "") and (got[3] or "")[:10] == (exp[3] or ""),
              "statements, documents, first, last = %s" % (exp,), got)
    for outlet in ("Harbor Times", "harbor times"):
        rows = speakers_list(db, "--outlet", outlet)
        exp = {}
        for h in by_outlet["Harbor Times"]:
            if canon(h):
                exp[canon(h)] = exp.get(canon(h), 0) + 1
        got = {r["speaker"]: r["statements"] for r in rows}
        check("speakers-outlet-%s" % outlet.replace(" ", "_"), got == exp,
              "Harbor Times counts %s" % sorted(exp.items())[:4], sorted(got.items())[:4])
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--by-outlet", "--top", "2"])
    rows = jsonl(out)
    outlets = sorted(o for o in by_outlet if o)
    check("speakers-by-outlet", sorted({r.get("outlet") for r in rows}) == outlets
          and all(len([r for r in rows if r.get("outlet") == o]) == 2 for o in outlets),
          "2 speakers for each of %s" % outlets, sorted({r.get("outlet") for r in rows}))

    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--by-gender"])
    bg = {r["gender"]: r for r in jsonl(out)}
    exp = {}
    for s in spk:
        g = s["gender"] if s["kind"] != "organization" else "organization"
        g = g or "unknown"
        e = exp.setdefault(g, [0, 0])
        e[0] += 1
        e[1] += s["statements"]
    exp.setdefault("none", [0, 0])[1] = len(ALL) - len(with_sp)
    got = {g: [bg.get(g, {}).get("speakers"), bg.get(g, {}).get("statements")] for g in exp}
    check("by-gender-consistent", all(got[g][1] == exp[g][1] and (g == "none" or got[g][0] == exp[g][0]) for g in exp),
          "speakers and statements by gender as the speakers list says %s" % sorted(exp.items()), sorted(got.items()))
    f_, m_ = exp.get("female", [0, 0])[1], exp.get("male", [0, 0])[1]
    if f_ + m_:
        check("by-gender-share", abs((bg.get("female", {}).get("share") or 0) - f_ / (f_ + m_)) < 0.001,
              "female share %.4f" % (f_ / (f_ + m_)), bg.get("female", {}).get("share"))
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--by-gender", "--by-month"])
    rows = jsonl(out)
    sums = {}
    for r in rows:
        sums[r["gender"]] = sums.get(r["gender"], 0) + r["statements"]
    check("by-gender-by-month-sums", all(sums.get(g, 0) == bg[g]["statements"] for g in bg),
          "months add up to the totals %s" % sorted((g, bg[g]["statements"]) for g in bg), sorted(sums.items()))
    months = [r.get("month") for r in rows]
    check("by-gender-by-month-undated-last", None not in months or all(m is None for m in months[months.index(None):]),
          "undated rows last", months[-6:])
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--by-gender", "--by-outlet"])
    rows = jsonl(out)
    check("by-gender-by-outlet", rc == 0 and sorted({r.get("outlet") for r in rows}) == outlets,
          "rows for each outlet (the schema doc's example)", "exit %d, outlets %s, %r" % (rc, sorted({str(r.get("outlet")) for r in rows}), err.strip()))

    # ------------------------------------------------ speaker
    for name in ("Thornbury", "Müller", "Tom Reyes"):
        rc, out, err = run(["speaker", "--db", db, "-f", "jsonl", name])
        recs = jsonl(out)
        if not check("speaker-%s-found" % fold(name).replace(" ", "_"), rc == 0 and len(recs) >= 1,
                     "exit 0 and a record", "exit %d, %d records, %r" % (rc, len(recs), err.strip())):
            continue
        r = recs[0]
        n = r["statements"]
        sums = {k: sum(x["statements"] for x in r.get(k, [])) for k in ("names", "types", "outlets", "months")}
        check("speaker-%s-breakdowns" % fold(name).replace(" ", "_"), all(v == n for v in sums.values()),
              "names, types, outlets and months each add up to %d statements" % n, sums)
        mine = [h for h in ALL if canon(h) == r["speaker"]]
        check("speaker-%s-count" % fold(name).replace(" ", "_"), n == len(mine),
              "%d statements (as search --speaker lists)" % len(mine), n)
    rc, out, err = run(["speaker", "--db", db, "Nobody Atall"])
    check("speaker-unknown", rc == 1 and "Nobody Atall" in err, "exit 1 and a message", "exit %d, %r" % (rc, err.strip()))
    rc, out, err = run(["speaker", "--db", db, "-f", "jsonl", "Reyes"])
    recs = jsonl(out)
    check("speaker-shared-surname", sorted(r["speaker"] for r in recs) == ["Linda Reyes", "Tom Reyes"],
          "speaker Reyes: both Reyeses, each apart", [r["speaker"] for r in recs])

    # ------------------------------------------------ corrections
    rc, out, err = run(["speakers", "merge", "--db", db, "Tom Reyes", "Linda Reyes"])
    check("merge-exit", rc == 0, "exit 0", "exit %d %r" % (rc, err.strip()))
    rows = {s["speaker"]: s for s in speakers_list(db)}
    tr = len([h for h in ALL if canon(h) in ("Tom Reyes", "Linda Reyes")])
    check("merge-applied", "Linda Reyes" not in rows and rows.get("Tom Reyes", {}).get("statements") == tr,
          "one speaker Tom Reyes with %d statements" % tr,
          {k: rows[k]["statements"] for k in ("Tom Reyes", "Linda Reyes") if k in rows})
    rc, out, err = run(["speakers", "corrections", "--db", db, "-f", "jsonl"])
    if rc == 2:
        rc, out, err = run(["speakers", "corrections", "--db", db])
    corr = out.strip().splitlines()
    check("corrections-listed", rc == 0 and len([l for l in corr if "Reyes" in l]) == 1,
          "one correction listed", "exit %d %r" % (rc, out.strip()[:200]))
    rc, out, err = run(["index", "--db", db, "--force", feed1])
    rows = {s["speaker"]: s for s in speakers_list(db)}
    check("merge-survives-reindex", "Linda Reyes" not in rows, "still merged after index --force",
          sorted(k for k in rows if "Reyes" in k))
    check("reindex-force-same-statements", len(all_statements(db)) == len(ALL),
          "index --force of an unchanged feed keeps %d statements" % len(ALL), len(all_statements(db)))
    cid = None
    for l in corr:
        try:
            cid = str(json.loads(l)["id"])
        except (ValueError, KeyError, TypeError):
            tok = l.split()
            if tok and tok[0].isdigit():
                cid = tok[0]
    rc, out, err = run(["speakers", "forget", "--db", db, cid or "1"])
    rows = {s["speaker"]: s for s in speakers_list(db)}
    check("forget-restores", rc == 0 and "Linda Reyes" in rows and "Tom Reyes" in rows,
          "after forget, Tom and Linda Reyes apart again", "exit %d, %s" % (rc, sorted(k for k in rows if "Reyes" in k)))
    rc, out, err = run(["speakers", "forget", "--db", db, "999"])
    check("forget-unknown-id", rc == 2 and "999" in err, "exit 2 naming the id", "exit %d %r" % (rc, err.strip()))
    rc, out, err = run(["speakers", "split", "--db", db, "Margaret Thornbery"])
    rows = {s["speaker"]: s for s in speakers_list(db)}
    th = [h for h in ALL if canon(h) == "Margaret Thornbury"]
    check("split-applied", rc == 0 and "Margaret Thornbery" in rows
          and rows.get("Margaret Thornbury", {}).get("statements", 0) + rows["Margaret Thornbery"]["statements"] == len(th),
          "Margaret Thornbery a speaker of her own, the two adding up to %d" % len(th),
          "exit %d, %s" % (rc, {k: rows[k]["statements"] for k in rows if "Thornb" in k}))
    rc, out, err = run(["speakers", "corrections", "--db", db])
    for l in out.splitlines():
        tok = l.replace(",", " ").replace('"', " ").replace(":", " ").split()
        for t in tok:
            if t.isdigit():
                run(["speakers", "forget", "--db", db, t])
                break
    rc, out, err = run(["speakers", "merge", "--db", db, "Nobody Atall", "Thornbury"])
    rows = {s["speaker"]: s for s in speakers_list(db)}
    check("merge-unknown-name", rc != 0 or "Nobody" in err,
          "merging a name no document gives is refused or warned about",
          "exit %d, %r, speakers now %s" % (rc, err.strip(), [k for k in rows if "Thornbury" in k or "Nobody" in k]))
    rc, out, err = run(["speakers", "corrections", "--db", db])
    for l in out.splitlines():
        tok = l.replace(",", " ").replace('"', " ").replace(":", " ").split()
        for t in tok:
            if t.isdigit():
                run(["speakers", "forget", "--db", db, t])
                break

    # ------------------------------------------------ errors
    rc, out, err = run(["index", "--db", os.path.join(TMP, "no-such-dir", "x.db"), feed1])
    check("error-db-in-missing-dir", rc == 3 and "no-such-dir" in err, "exit 3 naming the path", "exit %d %r" % (rc, err.strip()))
    missing = os.path.join(TMP, "typo.db")
    rc, out, err = run(["search", "--db", missing, "minister"])
    check("error-search-missing-store", rc == 3 and not os.path.exists(missing), "exit 3, no file made",
          "exit %d, file made: %s, %r" % (rc, os.path.exists(missing), err.strip()))
    rc, out, err = run(["speakers", "--db", missing])
    check("error-speakers-missing-store", rc == 3 and not os.path.exists(missing), "exit 3, no file made",
          "exit %d, file made: %s" % (rc, os.path.exists(missing)))
    rc, out, err = run(["speaker", "--db", missing, "Thornbury"])
    check("error-speaker-missing-store", rc == 3 and not os.path.exists(missing), "exit 3, no file made",
          "exit %d, file made: %s" % (rc, os.path.exists(missing)))
    notdb = os.path.join(TMP, "notes.db")
    body = b"Meeting notes, not a database. Call Thornbury's office on Monday.\n" * 50
    with open(notdb, "wb") as f:
        f.write(body)
    for cmd in (["index", "--db", notdb, feed1], ["search", "--db", notdb, "x"],
                ["speakers", "--db", notdb], ["speakers", "merge", "--db", notdb, "A B", "C D"]):
        rc, out, err = run(cmd)
        with open(notdb, "rb") as f:
            same = f.read() == body
        check("error-not-sqlite-%s" % "-".join(cmd[:2] if cmd[1] == "merge" else cmd[:1]),
              rc == 3 and same and err.strip() != "", "exit 3, the file untouched, a message",
              "exit %d, untouched: %s, %r" % (rc, same, err.strip()))
    other = os.path.join(TMP, "other.db")
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('mine')")
    con.commit()
    con.close()
    with open(other, "rb") as f:
        obody = f.read()
    for cmd in (["index", "--db", other, feed1], ["search", "--db", other, "x"], ["speakers", "--db", other]):
        rc, out, err = run(cmd)
        with open(other, "rb") as f:
            same = f.read() == obody
        check("error-other-sqlite-%s" % cmd[0], rc == 3 and same and "quoth" in err.lower(),
              "exit 3, the file untouched, a message saying it is no quoth store",
              "exit %d, untouched: %s, %r" % (rc, same, err.strip()))
    empty = os.path.join(TMP, "empty.db")
    open(empty, "wb").close()
    rc, out, err = run(["search", "--db", empty, "x"])
    check("error-empty-file-search", rc == 3 and os.path.getsize(empty) == 0,
          "an empty file is no store: exit 3, left empty", "exit %d, size %d, %r" % (rc, os.path.getsize(empty), err.strip()))
    rc, out, err = run(["index", "--db", empty, feed2])
    check("index-into-empty-file", rc in (0, 3), "an empty file (touch news.db) made a store or refused clearly",
          "exit %d %r" % (rc, err.strip()))
    db_x = os.path.join(TMP, "x.db")
    rc, out, err = run(["index", "--db", db_x, os.path.join(TMP, "no-such-feed.jsonl")])
    check("error-missing-input", rc in (1, 3) and "no-such-feed.jsonl" in err,
          "exit 1 or 3 naming the missing input", "exit %d %r" % (rc, err.strip()))
    for cmd in (["search", "minister"], ["speakers"], ["speaker", "Thornbury"], ["index", feed1]):
        rc, out, err = run(cmd)
        check("error-no-db-%s" % cmd[0], rc == 2 and "--db" in err, "exit 2 naming --db", "exit %d %r" % (rc, err.strip()))
    for cmd in S["bad_options"]:
        rc, out, err = run([cmd[0], "--db", db] + cmd[1:])
        check("error-bad-option-%s" % "_".join(c.lstrip("-").replace(" ", "_") for c in cmd[1:]),
              rc == 2 and err.strip() != "", "exit 2 and a message", "exit %d %r" % (rc, err.strip()))

    # ------------------------------------------------ concurrency
    COPIES = 400  # about 9000 documents: an index run long enough to read during
    big = os.path.join(TMP, "big.jsonl")
    with open(feed1, encoding="utf-8") as f:
        recs = [json.loads(l) for l in f]
    with open(big, "w", encoding="utf-8") as f:
        for i in range(COPIES):
            for r in recs:
                r2 = dict(r)
                r2["id"] = "%s-copy%02d" % (r["id"], i)
                r2["text"] = r["text"] + "\n\n(Copy %d.)" % i
                f.write(json.dumps(r2, ensure_ascii=False) + "\n")
    db_c = os.path.join(TMP, "busy.db")
    run(["index", "--db", db_c, feed2])
    env = dict(os.environ)
    writer = subprocess.Popen([QUOTH, "index", "--db", db_c, "--batch", "5", "-j", "1", big],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=TMP)
    failures, reads = [], 0
    while writer.poll() is None and reads < 200:
        for cmd in (["search", "--db", db_c, "-f", "jsonl", "minister"],
                    ["speakers", "--db", db_c, "-f", "jsonl"],
                    ["speaker", "--db", db_c, "-f", "jsonl", "Thornbury"]):
            rc, out, err = run(cmd)
            reads += 1
            if rc != 0:
                failures.append("%s exit %d %s" % (cmd[0], rc, err.strip()[:80]))
        time.sleep(0.02)
    wout, werr = writer.communicate()
    if os.environ.get("STORE_AUDIT_DEBUG"):
        sys.stderr.write("debug: %d reads during the index run\n" % reads)
    check("concurrent-read-while-indexing", not failures,
          "reads during an index run all succeed", "%d failed: %s" % (len(failures), sorted(set(failures))[:2]))
    check("concurrent-indexer-unharmed", writer.returncode == 0
          and db_count(db_c, "documents") == W["feed2"]["documents"] + len(recs) * COPIES,
          "the index run finishes (exit 0) with every document",
          "exit %d, %s documents, %r" % (writer.returncode, db_count(db_c, "documents"), werr.decode()[-120:]))
    # two index runs at once into one store (two cron jobs)
    db_2 = os.path.join(TMP, "two.db")
    run(["index", "--db", db_2, feed2])
    p1 = subprocess.Popen([QUOTH, "index", "--db", db_2, "--batch", "5", big], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=TMP)
    time.sleep(0.2)
    p2 = subprocess.Popen([QUOTH, "index", "--db", db_2, "--batch", "5", feed1], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=TMP)
    o1, e1 = p1.communicate()
    o2, e2 = p2.communicate()
    n = db_count(db_2, "documents")
    expn = len(recs) * COPIES + len(recs) + len(W["feed2"]["new"])
    check("concurrent-two-indexers", (p1.returncode, p2.returncode) == (0, 0) and n == expn,
          "both runs wait for each other and store everything (%d documents)" % expn,
          "exits %d and %d, %s documents, %r" % (p1.returncode, p2.returncode, n, (e1 + e2).decode()[-160:]))

    # ------------------------------------------------ engine: who said what
    exp_st = E["statements"]
    used = set()
    for i, e in enumerate(exp_st):
        cands = [h for h in ALL if doc_of(h) == e["doc"] and fold(e["words"]) in fold(content_of(h))]
        name = "engine-%s-%s" % (e["doc"], "_".join(fold(e["words"]).replace("'", "").replace(",", "").split()[:3]))
        if not cands:
            if not e["optional"]:
                check(name, False, "a %s statement by %s holding %r" % (e["type"], e["speaker"] or "no one", e["words"]),
                      "no statement holds these words")
            continue
        h = cands[0]
        used.add(sid(h))
        got_sp = canon(h)
        ok_sp = (fold(got_sp or "") == fold(e["speaker"] or ""))
        if e["optional"]:
            # not required; but when found with a named speaker, it must be the right one
            if got_sp and not ok_sp:
                check(name + "-speaker", False, "speaker %s" % ("%s (or none)" % e["speaker"] if e["speaker"] else "none"),
                      "%s (mention %r)" % (got_sp, (h["statement"].get("source") or {}).get("text")))
            continue
        check(name + "-speaker", ok_sp, "speaker %s" % (e["speaker"] or "none"),
              "%s (mention %r)" % (got_sp or "none", (h["statement"].get("source") or {}).get("text")))
        check(name + "-type", h["statement"]["type"] == e["type"], e["type"], h["statement"]["type"])
    extras = [h for h in ALL if sid(h) not in used and canon(h)]
    for h in extras:
        check("engine-extra-%s-%s" % (doc_of(h), "_".join(fold(content_of(h)).replace('"', "").replace(",", "").split()[:3])),
              False, "no statement (none a reader would attribute here)",
              "%s %r by %s (mention %r)" % (h["statement"]["type"], content_of(h)[:60], canon(h),
                                            (h["statement"].get("source") or {}).get("text")))
    spk = speakers_list(db)
    spk_by_key = {fold(s["speaker"]): s for s in spk}
    for p, info in sorted(E["speakers"].items()):
        s = spk_by_key.get(fold(p))
        if not check("engine-speaker-%s-listed" % fold(p).replace(" ", "_"), s is not None,
                     "%s among the speakers" % p, "absent"):
            continue
        lo, hi = info["statements"]
        check("engine-speaker-%s-count" % fold(p).replace(" ", "_"), lo <= s["statements"] <= hi,
              "%s statements" % (lo if lo == hi else "%d to %d" % (lo, hi)), s["statements"])
        check("engine-speaker-%s-kind" % fold(p).replace(" ", "_"), s["kind"] == info["kind"], info["kind"], s["kind"])
        if info["gender"]:
            check("engine-speaker-%s-gender" % fold(p).replace(" ", "_"), s["gender"] == info["gender"],
                  info["gender"], s["gender"])
        check("engine-speaker-%s-shown-as-written" % fold(p).replace(" ", "_"), s["speaker"] == p,
              "shown as %r" % p, s["speaker"])
    unknown = [s["speaker"] for s in spk if fold(s["speaker"]) not in {fold(p) for p in E["speakers"]}]
    check("engine-no-spurious-speakers", not unknown, "only the people and bodies of the articles", unknown)
    check("engine-most-quoted", spk and spk[0]["speaker"] == E["most_quoted"], E["most_quoted"] + " first",
          spk[0]["speaker"] if spk else None)
    q = E["thornbury_mar_jun_2024"]
    rc, got, err = search(db, *q["command"][1:])
    want = q["statements"]
    miss = [w for w in want if not any(doc_of(h) == w["doc"] and fold(w["words"]) in fold(content_of(h)) for h in got)]
    check("engine-thornbury-mar-jun-2024", rc == 0 and not miss and len(got) == len(want),
          "%d statements (%s)" % (len(want), ", ".join("%s %r" % (w["doc"], w["words"][:20]) for w in want[:3]) + ", ..."),
          "%d, missing %s" % (len(got), ["%s %r" % (w["doc"], w["words"]) for w in miss]))
    for c, variants in sorted(E["merged_names"].items()):
        rc, out, err = run(["speaker", "--db", db, "-f", "jsonl", c])
        recs = jsonl(out)
        names = {fold(n["value"]) for r in recs[:1] for n in r.get("names", [])}
        miss = [v for v in variants if fold(v) not in names]
        check("engine-merged-%s" % fold(c).replace(" ", "_"), rc == 0 and len(recs) == 1 and not miss,
              "one speaker %s whose names include %s" % (c, variants),
              "%d records; names %s" % (len(recs), sorted(n["value"] for r in recs[:1] for n in r.get("names", []))))
    for a, b in E["apart"]:
        check("engine-apart-%s-%s" % (fold(a).replace(" ", "_"), fold(b).replace(" ", "_")),
              fold(a) in spk_by_key and fold(b) in spk_by_key, "%s and %s two speakers" % (a, b),
              [s["speaker"] for s in spk if "reyes" in fold(s["speaker"])])
    rc, out, err = run(["speakers", "--db", db, "-f", "jsonl", "--by-gender"])
    bg = {r["gender"]: r for r in jsonl(out)}
    for g, n in sorted(E["by_gender_speakers"].items()):
        check("engine-by-gender-speakers-%s" % g, bg.get(g, {}).get("speakers") == n,
              "%d %s speakers" % (n, g), bg.get(g, {}).get("speakers"))
    check("engine-by-gender-unknown", bg.get("unknown", {}).get("speakers") == 0, "0 speakers of unknown gender",
          bg.get("unknown", {}).get("speakers"))


def main():
    global TMP, QUOTH
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("folder")
    ap.add_argument("--quoth", required=True)
    a = ap.parse_args()
    QUOTH = os.path.abspath(a.quoth)
    folder = os.path.abspath(a.folder)
    TMP = os.path.realpath(tempfile.mkdtemp(prefix="store-audit-"))
    try:
        audit(folder)
    except Exception as e:  # a crash of the audit is a problem to report, not a traceback
        import traceback
        tb = traceback.extract_tb(e.__traceback__)[-1]
        check("audit-crashed", False, "the audit to run to its end",
              "%s: %s (line %d)" % (type(e).__name__, e, tb.lineno))
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    eng = len([p for p in PROBLEMS if p.startswith("engine-")])
    print("SUMMARY: %d checks, %d problems (%d store/CLI, %d engine)" % (CHECKS, len(PROBLEMS), len(PROBLEMS) - eng, eng))
    return 0


if __name__ == "__main__":
    sys.exit(main())
