#!/bin/sh
# The statement store as a user meets it: quoth index, search, speakers,
# speaker, corrections; re-indexing that changes nothing; a run killed with
# SIGKILL and resumed ending where an uninterrupted run ends.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
pid=""
# SIGKILL to a process and its children, children first: under make
# sanitize QUOTH is a shell wrapper, and killing it alone would leave quoth
# running on (Linux lists a process's children under /proc)
kill_tree() {
    for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do kill_tree "$child"; done
    kill -9 "$1" 2>/dev/null
}
trap '[ -n "$pid" ] && kill_tree "$pid"; rm -rf "$dir"' EXIT
db="$dir/news.db"

# ---------------------------------------------------------------- help, errors
for c in index search speakers speaker; do
    "$QUOTH" "$c" --help >"$dir/help" || fail "$c --help should exit 0"
    grep -q "exit status" "$dir/help" || fail "$c --help documents no exit status"
done
"$QUOTH" index "$dir" >/dev/null 2>&1; [ $? -eq 2 ] || fail "index without --db should exit 2"
"$QUOTH" search --db "$dir/none.db" x >/dev/null 2>"$dir/err"; [ $? -eq 3 ] || fail "missing store should exit 3"
grep -q "no such store" "$dir/err" || fail "missing store: say so"
[ -e "$dir/none.db" ] && fail "search must not create a store"
printf 'not a database at all, just text that fills some bytes of a page\n' >"$dir/junk.db"
"$QUOTH" speakers --db "$dir/junk.db" >/dev/null 2>"$dir/err"; [ $? -eq 3 ] || fail "junk store should exit 3"
grep -q "not a database" "$dir/err" || fail "junk store: say so"
# an empty file (touch news.db) is no store: the commands that read refuse
# it as they refuse another program's file, and leave it empty
: >"$dir/empty.db"
for c in "search x" "speakers" "speaker Kirby" "speakers corrections"; do
    # shellcheck disable=SC2086 # the command and its operand
    "$QUOTH" $c --db "$dir/empty.db" >/dev/null 2>"$dir/err"; [ $? -eq 3 ] || fail "$c on an empty file should exit 3"
    grep -q "not a quoth store (an empty file; quoth index --db .* makes one)" "$dir/err" || fail "$c on an empty file: $(cat "$dir/err")"
    [ -s "$dir/empty.db" ] && fail "$c made a store of an empty file"
    [ -e "$dir/empty.db-wal" ] && fail "$c left a WAL beside an empty file"
done

# ------------------------------------------------------------------- fixtures
mkdir "$dir/in"
cat >"$dir/in/a.txt" <<'EOF'
Adm. John Kirby, the National Security Council spokesman, said on Monday that the talks with the harbor authority would resume next week.

"We are ready for serious negotiations about the fishing rights," Kirby told reporters.
EOF
cat >"$dir/in/b.txt" <<'EOF'
White House spokesman John Kirby said that Washington supports the negotiations over the grain corridor.

"Nobody is pushing anyone into a deal," Kirby said.
EOF
cat >"$dir/in/c.txt" <<'EOF'
Gen. Mark Milley, the chairman of the Joint Chiefs of Staff, said that the winter would slow the fighting along the river.
EOF
cat >"$dir/in/d.txt" <<'EOF'
General Mark Milli said that the offensive was unlikely to reach the coast before spring.
EOF
cat >"$dir/in/e.txt" <<'EOF'
President Volodymyr Zelenskyy said that his country would never trade territory for a ceasefire.
EOF
cat >"$dir/in/f.txt" <<'EOF'
Ukrainian President Volodymyr Zelensky said that the new air defense systems had saved the power grid.
EOF
cat >"$dir/in/g.txt" <<'EOF'
Tom Baker, the coach of the Riverside Rovers, said that his players needed a long rest after the cup final.

Senator Anna Baker said that the stadium bill would come to a vote in March.
EOF
printf 'Kirby said that the ceasefire talks would take months.\n' >"$dir/in/h.txt"
printf 'Baker said that the vote was close.\n' >"$dir/in/i.txt"
printf 'id\turl\toutlet\tdate\ttitle\n' >"$dir/meta.tsv"
printf 'a\thttps://www.tidewater.example/a\t\t2024-01-10\tHarbor talks\n' >>"$dir/meta.tsv"
printf 'b\t\tCoastal Ledger\tMarch 3, 2024\tGrain corridor\n' >>"$dir/meta.tsv"
printf 'c\t\tCoastal Ledger\t2024-02-20\tWinter\n' >>"$dir/meta.tsv"
printf 'd\t\tTidewater Times\t2024-02-27\tOffensive\n' >>"$dir/meta.tsv"
printf 'e\t\tTidewater Times\t2024-02-28\tTerritory\n' >>"$dir/meta.tsv"
printf 'f\t\tCoastal Ledger\t2024-02-29\tGrid\n' >>"$dir/meta.tsv"
printf 'g\t\tTidewater Times\t2023-11-05\tRovers\n' >>"$dir/meta.tsv"
printf 'h\t\tCoastal Ledger\t2024-04-02\tCeasefire\n' >>"$dir/meta.tsv"
printf 'i\t\tTidewater Times\t2023-11-12\tVote\n' >>"$dir/meta.tsv"

"$QUOTH" index --db "$db" --meta "$dir/meta.tsv" "$dir/in" 2>"$dir/err" || { cat "$dir/err"; fail "index failed"; }
grep -q "9 documents read: 9 stored" "$dir/err" || fail "index summary: $(cat "$dir/err")"
grep -q "holds 9 documents, 12 statements, 6 speakers" "$dir/err" || fail "store counts: $(cat "$dir/err")"
counts0=$(sed -n 's/.*holds //p' "$dir/err")

# ------------------------------------------------------------------ speakers
"$QUOTH" speakers --db "$db" --top 0 -f csv >"$dir/sp.csv" || fail "speakers failed"
line() { grep ",$1,person," "$dir/sp.csv" | cut -d, -f5-8; }
[ "$(line 'John Kirby')" = "male,5,3,2" ] || fail "John Kirby (with Adm. and the lone Kirby): $(line 'John Kirby')"
[ "$(line 'Mark Milley')" = "male,2,2,2" ] || fail "Milley and Milli should be one: $(cat "$dir/sp.csv")"
[ "$(line 'Volodymyr Zelensky')" = "male,2,2,2" ] || fail "Zelensky and Zelenskyy should be one"
[ "$(line 'Tom Baker')" = "male,1,1,1" ] || fail "Tom Baker is his own"
[ "$(line 'Anna Baker')" = "female,1,1,1" ] || fail "Anna Baker is her own"
[ "$(line 'Baker')" = ",1,1,1" ] || fail "a lone Baker joins neither Baker"
head -n 1 "$dir/sp.csv" | grep -q '^outlet,id,speaker,kind,gender,statements,documents' || fail "speakers csv header"
"$QUOTH" speakers --db "$db" --top 1 -f jsonl | grep -q '^{"id": [0-9]*, "speaker": "John Kirby", "kind": "person", "gender": "male", "statements": 5' ||
    fail "speakers --top 1"
"$QUOTH" speakers --db "$db" --outlet "coastal ledger" -f csv | grep -q ',John Kirby,person,male,3,2,' ||
    fail "speakers --outlet"
"$QUOTH" speakers --db "$db" --by-outlet --top 1 -f csv >"$dir/by" || fail "speakers --by-outlet failed"
cut -d, -f1,3,6,7 "$dir/by" | tr '\n' '|' | grep -qx \
    'outlet,speaker,statements,documents|Coastal Ledger,John Kirby,3,2|Tidewater Times,Mark Milley,1,1|tidewater.example,John Kirby,2,1|' \
    || fail "speakers --by-outlet: the most quoted of each outlet: $(cat "$dir/by")"
"$QUOTH" speakers --db "$db" --by-outlet --outlet x >/dev/null 2>&1; [ $? -eq 2 ] || fail "--by-outlet with --outlet should exit 2"
"$QUOTH" speaker --db "$db" -f jsonl "Adm. John Kirby" >"$dir/one" || fail "speaker failed"
grep -q '"outlets": \[{"value": "Coastal Ledger", "statements": 3}, {"value": "tidewater.example", "statements": 2}\]' "$dir/one" ||
    fail "speaker outlets: $(cat "$dir/one")"
grep -q '"months": \[{"month": "2024-01", "statements": 2}, {"month": "2024-03", "statements": 2}, {"month": "2024-04", "statements": 1}\]' "$dir/one" ||
    fail "speaker months: $(cat "$dir/one")"
"$QUOTH" speaker --db "$db" "Nobody Atall" >/dev/null 2>&1; [ $? -eq 1 ] || fail "unknown speaker should exit 1"
# the name as an article writes it, with the words of a role before it;
# words that fit none of the speaker's roles are part of another name
"$QUOTH" speaker --db "$db" -f jsonl Navy Spokesman John Kirby | grep -q '"speaker": "John Kirby"' ||
    fail "speaker with a role before the name"
"$QUOTH" speaker --db "$db" "Anna Tom Baker" >/dev/null 2>&1; [ $? -eq 1 ] || fail "Anna Tom Baker is not Tom Baker"

# whose voices: statements by the gender of their speaker, with the share of
# women and men (Anna Baker is the one woman; the lone Baker has no gender)
"$QUOTH" speakers --db "$db" --by-gender -f csv | tr '\n' '|' | grep -qx \
    'outlet,month,gender,speakers,statements,share|,,female,1,1,0.0909|,,male,4,10,0.9091|,,unknown,1,1,|,,organization,0,0,|,,none,0,0,|' \
    || fail "speakers --by-gender: $("$QUOTH" speakers --db "$db" --by-gender -f csv)"
"$QUOTH" speakers --db "$db" --by-gender --outlet 'tidewater times' -f jsonl | head -n 2 | tr '\n' '|' | grep -qx \
    '{"outlet": "tidewater times", "gender": "female", "speakers": 1, "statements": 1, "share": 0.2500}|{"outlet": "tidewater times", "gender": "male", "speakers": 3, "statements": 3, "share": 0.7500}|' \
    || fail "speakers --by-gender --outlet"
[ "$("$QUOTH" speakers --db "$db" --by-gender --by-outlet -f csv | wc -l)" -eq 16 ] || fail "--by-gender --by-outlet: 5 rows per outlet"
# month by month (women and men only here): Anna Baker in November 2023
"$QUOTH" speakers --db "$db" --by-gender --by-month -f csv | awk -F, '$3 == "female" || $3 == "male" {print $2, $3, $5}' \
    | tr '\n' '|' | grep -qx '2023-11 female 1|2023-11 male 1|2024-01 female 0|2024-01 male 2|2024-02 female 0|2024-02 male 4|2024-03 female 0|2024-03 male 2|2024-04 female 0|2024-04 male 1|' \
    || fail "speakers --by-gender --by-month: $("$QUOTH" speakers --db "$db" --by-gender --by-month -f csv)"
"$QUOTH" speakers --db "$db" --by-month >/dev/null 2>&1; [ $? -eq 2 ] || fail "--by-month without --by-gender should exit 2"
"$QUOTH" search --db "$db" -f csv --gender female | cut -d, -f8,12 | tail -n +2 | tr '\n' '|' | grep -qx 'Anna Baker,female|' \
    || fail "search --gender female"
"$QUOTH" search --db "$db" --gender woman x >/dev/null 2>&1; [ $? -eq 2 ] || fail "search --gender woman should exit 2"
"$QUOTH" search --db "$db" -f csv --gender female | head -n 1 | grep -q ',role,gender,cue,.*,score,confidence,snippet$' \
    || fail "search csv: the gender and confidence columns"
conf=$("$QUOTH" search --db "$db" -f jsonl --gender female | grep -o '"confidence": [0-9.]*' | cut -d' ' -f2)
"$QUOTH" search --db "$db" -f csv --gender female | tail -n 1 | grep -q ",$(printf '%.2f' "$conf")," \
    || fail "search csv: the confidence of the JSON record ($conf)"
"$QUOTH" speaker --db "$db" -f jsonl "Anna Baker" | grep -q '"gender": "female"' || fail "speaker: the gender"

# -------------------------------------------------------------------- search
"$QUOTH" search --db "$db" -f jsonl --speaker "John Kirby" negotiations >"$dir/s" || fail "search failed"
[ "$(wc -l <"$dir/s")" -eq 2 ] || fail "want 2 Kirby hits on negotiations: $(cat "$dir/s")"
grep -q '"snippet": "\\"We are ready for serious \[negotiations\] about the fishing rights,\\""' "$dir/s" ||
    fail "snippet with the word marked: $(cat "$dir/s")"
grep -q '"document": {"id": "a", "url": "https://www.tidewater.example/a", "outlet": "tidewater.example", "date": "2024-01-10", "title": "Harbor talks"}' "$dir/s" ||
    fail "hit document fields"
grep -q '"speaker": {"canonical": "John Kirby", "name": "John Kirby", "mention": "Kirby"' "$dir/s" || fail "hit speaker fields"
grep -q '"type": "direct", "cue": {"start": [0-9]*, "end": [0-9]*, "text": "told"}' "$dir/s" || fail "hit statement fields"
n() { "$QUOTH" search --db "$db" -f csv --limit 0 "$@" | tail -n +2 | wc -l; }
[ "$(n)" -eq 12 ] || fail "no query lists every statement"
[ "$(n --speaker Kirby)" -eq 5 ] || fail "--speaker Kirby"
[ "$(n --speaker Baker)" -eq 3 ] || fail "--speaker Baker (every Baker)"
[ "$(n --speaker 'Anna Baker')" -eq 1 ] || fail "--speaker Anna Baker"
[ "$(n --speaker 'Navy Spokesman John Kirby')" -eq 5 ] || fail "--speaker with a role before the name"
"$QUOTH" search --db "$db" --speaker "Nobody Atall" -f csv >"$dir/out" 2>"$dir/err" || fail "--speaker of no one should exit 0"
grep -q "no speaker is called 'Nobody Atall' in the store" "$dir/err" || fail "--speaker of no one: say so ($(cat "$dir/err"))"
grep -q "no statement matches" "$dir/err" && fail "--speaker of no one is no 'no statement matches'"
[ "$(cat "$dir/out")" = "$("$QUOTH" search --db "$db" -f csv --limit 1 | head -n 1)" ] ||
    fail "csv without hits: the header alone ($(cat "$dir/out"))"
"$QUOTH" search --db "$db" --speaker Kirby --since 2030 >/dev/null 2>"$dir/err"
grep -q "no statement matches" "$dir/err" || fail "a known speaker without statements then: no statement matches"
[ "$(n --outlet 'TIDEWATER TIMES')" -eq 5 ] || fail "--outlet ignores case"
[ "$(n --since 2024-02 --until 2024-02)" -eq 4 ] || fail "--since/--until a month"
[ "$(n --until 2023)" -eq 3 ] || fail "--until a year"
[ "$(n --type direct)" -eq 2 ] || fail "--type direct"
[ "$(n --type direct --outlet 'coastal ledger' --speaker Kirby)" -eq 1 ] || fail "filters combined"
[ "$(n --since 2024-03 talks)" -eq 1 ] || fail "query with --since"
[ "$(n ceasefire OR grid)" -eq 3 ] || fail "OR"
[ "$(n '"power grid"')" -eq 1 ] || fail "phrase"
# --min-confidence keeps what quoth extract printed at that confidence or more
"$QUOTH" extract -q -f jsonl "$dir/in" | grep -o '"confidence": [0-9.]*' | cut -d' ' -f2 >"$dir/conf"
for p in $(sort -u "$dir/conf"); do
    want=$(awk -v p="$p" '$1 >= p' "$dir/conf" | wc -l)
    [ "$(n --min-confidence "$p")" -eq "$want" ] || fail "--min-confidence $p: $(n --min-confidence "$p"), want $want"
done
[ "$(sort -u "$dir/conf" | wc -l)" -ge 2 ] || fail "the fixtures give one confidence: the check above proves little"
[ "$(n --min-confidence 1)" -eq 0 ] || fail "--min-confidence 1"
"$QUOTH" search --db "$db" --min-confidence 1.5 x >/dev/null 2>&1; [ $? -eq 2 ] || fail "--min-confidence 1.5 should exit 2"
[ "$("$QUOTH" search --db "$db" -f csv --limit 2 | tail -n +2 | wc -l)" -eq 2 ] || fail "--limit"
"$QUOTH" search --db "$db" -f csv --limit 1 | head -n 1 | grep -q '^statement_id,doc_id,url,outlet,date,title,type,speaker' ||
    fail "csv header"
"$QUOTH" search --db "$db" -f csv --limit 1 | sed -n 2p | grep -q ',h,,Coastal Ledger,2024-04-02,Ceasefire,' ||
    fail "no query: newest first"
"$QUOTH" search --db "$db" -f table --width 120 negotiations | grep -q 'John Kirby' || fail "table output"
"$QUOTH" search --db "$db" --type quoted x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --type should exit 2"
"$QUOTH" search --db "$db" --since yesterday x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad date should exit 2"
for d in 2024-02-30 2023-02-29 2024-06-31 2024-13; do
    "$QUOTH" search --db "$db" --until "$d" >/dev/null 2>&1; [ $? -eq 2 ] || fail "--until $d (no such day) should exit 2"
done
[ "$(n --until 2024-02-29)" -eq 9 ] || fail "--until 2024-02-29, a leap day"
"$QUOTH" search --db "$db" --since 2025-01 --until 2024-01 >/dev/null 2>"$dir/err"; [ $? -eq 2 ] || fail "a reversed range should exit 2"
grep -q "after --until" "$dir/err" || fail "a reversed range: say so ($(cat "$dir/err"))"
[ "$(n --since 2024-02-20 --until 2024-02)" -eq 4 ] || fail "--since a day within --until's month"
"$QUOTH" search --db "$db" -f xml x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad format should exit 2"

# -------------------------------------------------------- re-indexing changes nothing
"$QUOTH" index --db "$db" --meta "$dir/meta.tsv" "$dir/in" 2>"$dir/err" || fail "re-index failed"
grep -q "9 documents read: 0 stored (0 replacing an earlier version), 9 unchanged" "$dir/err" || fail "re-index: $(cat "$dir/err")"
[ "$(sed -n 's/.*holds //p' "$dir/err")" = "$counts0" ] || fail "re-index changed the counts"
"$QUOTH" index --force --db "$db" "$dir/in" 2>"$dir/err" || fail "forced re-index failed"
grep -q "9 stored (9 replacing an earlier version)" "$dir/err" || fail "forced re-index: $(cat "$dir/err")"
[ "$(sed -n 's/.*holds //p' "$dir/err")" = "$counts0" ] || fail "forced re-index changed the counts"
[ "$(n --outlet 'coastal ledger')" -eq 5 ] || fail "re-index without --meta must keep the outlets"
"$QUOTH" speakers --db "$db" --top 0 -f csv | cmp -s - "$dir/sp.csv" || fail "re-index changed the speakers"

# a later feed with other metadata for the same texts: the store takes it,
# and the summary says so
sed 's/Coastal Ledger/Coastal Herald/' "$dir/meta.tsv" >"$dir/meta-renamed.tsv"
"$QUOTH" index --db "$db" --meta "$dir/meta-renamed.tsv" "$dir/in" 2>"$dir/err" || fail "re-index with new metadata failed"
grep -q "9 unchanged (4 with updated metadata)" "$dir/err" || fail "re-index with new metadata: $(cat "$dir/err")"
[ "$(n --outlet 'coastal herald')" -eq 5 ] && [ "$(n --outlet 'coastal ledger')" -eq 0 ] || fail "the new outlet replaces the old"
"$QUOTH" index --db "$db" --meta "$dir/meta.tsv" "$dir/in" 2>/dev/null || fail "re-index with the old metadata failed"
# an outlet taken from a URL's host does not replace the one --meta gave
"$QUOTH" index --db "$dir/host.db" --meta "$dir/meta.tsv" "$dir/in/b.txt" 2>/dev/null || fail "index b"
printf '{"id": "b", "url": "https://www.ledger.example/b", "text": "%s"}\n' "$(sed 's/"/\\"/g' "$dir/in/b.txt" | tr '\n' ' ')" >"$dir/b.jsonl"
"$QUOTH" index --db "$dir/host.db" "$dir/b.jsonl" 2>/dev/null || fail "index b.jsonl"
[ "$("$QUOTH" search --db "$dir/host.db" -f csv --outlet 'coastal ledger' --limit 0 | tail -n +2 | wc -l)" -ge 1 ] ||
    fail "an outlet from the URL replaced the outlet --meta gave: $("$QUOTH" search --db "$dir/host.db" -f csv)"

# --meta rows that name no document read are said, once
printf 'id\toutlet\nh\tHarbour Post\nx-1\tNowhere\nx-2\tNowhere\nx-3\tNowhere\nx-4\tNowhere\n' >"$dir/meta5.tsv"
"$QUOTH" index --db "$dir/unused.db" --meta "$dir/meta5.tsv" "$dir/in/h.txt" 2>"$dir/err" || fail "index with unused --meta rows"
grep -q "4 rows of --meta .*meta5.tsv name no document read: x-1, x-2, x-3, ...$" "$dir/err" ||
    fail "unused --meta rows: say so ($(cat "$dir/err"))"
"$QUOTH" index -q --db "$dir/unused.db" --meta "$dir/meta5.tsv" "$dir/in/h.txt" 2>"$dir/err" || fail "index -q"
[ -s "$dir/err" ] && fail "index -q says nothing: $(cat "$dir/err")"

# --meta's other column names: a file's path for its id, publisher, publication_date
printf 'filename\tpublisher\tpublication_date\n' >"$dir/meta2.tsv"
printf 'texts/h.txt\tHarbour Gazette\t2024-05-01\n' >>"$dir/meta2.tsv"
"$QUOTH" index --db "$dir/alias.db" --meta "$dir/meta2.tsv" "$dir/in/h.txt" 2>"$dir/err" \
    || { cat "$dir/err"; fail "index with a filename column failed"; }
"$QUOTH" search --db "$dir/alias.db" -f csv --outlet 'harbour gazette' --since 2024-05 ceasefire >"$dir/alias.csv"
[ "$(tail -n +2 "$dir/alias.csv" | wc -l)" -eq 1 ] || fail "a filename column names document h: $(cat "$dir/alias.csv")"
# a gzipped file is named as the reader names it: "g.txt.gz" is document g
mkdir "$dir/gz" && gzip -c "$dir/in/h.txt" >"$dir/gz/g.txt.gz"
printf 'filename\tpublisher\nold/g.txt.gz\tHarbour Gazette\n' >"$dir/meta4.tsv"
"$QUOTH" index -q --db "$dir/gz.db" --meta "$dir/meta4.tsv" "$dir/gz/g.txt.gz" 2>"$dir/err" || { cat "$dir/err"; fail "index g.txt.gz failed"; }
"$QUOTH" search --db "$dir/gz.db" -f csv --outlet 'harbour gazette' | cut -d, -f2,4 | tail -n +2 | sort -u | grep -qx 'g,Harbour Gazette' ||
    fail "a filename column names document g of g.txt.gz: $("$QUOTH" search --db "$dir/gz.db" -f csv)"

# --meta's ragged rows: a short row keeps the cells it has (editors drop
# empty trailing ones), cells past the header's columns belong to nothing,
# and a row without an id is skipped with a word on stderr
printf '\357\273\277id\toutlet\ttitle\n' >"$dir/meta3.tsv" # a spreadsheet's byte order mark
printf 'h\tHarbour Post\n' >>"$dir/meta3.tsv"
printf 'i\tVale Courier\tVote\t2031-01-01\tstray\n' >>"$dir/meta3.tsv"
printf '\tNobody Weekly\tOrphan\n' >>"$dir/meta3.tsv"
"$QUOTH" index --db "$dir/ragged.db" --meta "$dir/meta3.tsv" "$dir/in/h.txt" "$dir/in/i.txt" 2>"$dir/err" \
    || { cat "$dir/err"; fail "index with ragged --meta rows failed"; }
grep -q "meta3.tsv: line 4 has no id; skipped" "$dir/err" || fail "a --meta row without an id: say so ($(cat "$dir/err"))"
r() { "$QUOTH" search --db "$dir/ragged.db" -f csv --limit 0 "$@" | tail -n +2 | wc -l; }
[ "$(r --outlet 'harbour post')" -eq 1 ] || fail "a short --meta row keeps its outlet"
[ "$(r --outlet 'vale courier')" -eq 1 ] || fail "a long --meta row keeps its outlet"
[ "$(r --outlet 'nobody weekly')" -eq 0 ] || fail "a --meta row without an id names no document"
[ "$(r --since 2030-01-01)" -eq 0 ] || fail "a cell past the header's columns is no date"

# ------------------------------------------------------------- corrections
"$QUOTH" speakers split --db "$db" "Mark Milli" 2>/dev/null || fail "split failed"
"$QUOTH" speakers merge --db "$db" "Anna Baker" "Tom Baker" 2>/dev/null || fail "merge failed"
check_corrections() {
    "$QUOTH" speakers --db "$db" --top 0 -f csv >"$dir/sp2.csv"
    grep -q ',Mark Milley,person,male,1,1,1,' "$dir/sp2.csv" || fail "$1: split should leave Milley alone"
    grep -q ',Mark Milli,person,male,1,1,1,' "$dir/sp2.csv" || fail "$1: split should give Milli his own"
    grep -q ',Anna Baker,person,,2,1,2,' "$dir/sp2.csv" || fail "$1: merge should make the Bakers one (a woman's statement and a man's: no gender)"
    grep -q ',Tom Baker,' "$dir/sp2.csv" && fail "$1: Tom Baker should be merged away"
    [ "$(n --speaker 'Tom Baker')" -eq 2 ] || fail "$1: search by a merged name"
}
check_corrections "after the corrections"
"$QUOTH" index --force --db "$db" "$dir/in" 2>/dev/null || fail "re-index after corrections failed"
check_corrections "after re-indexing"
[ "$("$QUOTH" speakers corrections --db "$db" | wc -l)" -eq 2 ] || fail "corrections lists 2"
"$QUOTH" speakers corrections --db "$db" "Tom Baker" >/dev/null 2>"$dir/err"; [ $? -eq 2 ] || fail "corrections with a name should exit 2"
grep -q "takes no argument, not 'Tom Baker'" "$dir/err" || fail "corrections with a name: say why"
"$QUOTH" speakers forget --db "$db" 999 2>"$dir/err"; [ $? -eq 2 ] || fail "forget of no correction should exit 2"
grep -q "no correction 999" "$dir/err" || fail "forget of no correction: say so"
"$QUOTH" speakers forget --db "$db" 1 2 2>/dev/null || fail "forget failed"
"$QUOTH" speakers --db "$db" --top 0 -f csv | cmp -s - "$dir/sp.csv" || fail "forgetting restores the automatic speakers"
"$QUOTH" speakers merge --db "$db" "Anna Baker" >/dev/null 2>&1; [ $? -eq 2 ] || fail "merge of one name should exit 2"

# ------------------------------------------- JSON Lines and HTML, like extract
mkdir -p "$dir/feed/sub"
cat >"$dir/feed/wire.jsonl" <<'EOF'
{"doc": "w1", "body": "Mayor Lena Okoro said that the ferry would run again in May.", "url": "https://wire.example/w1", "outlet": "Harbor Wire", "date": "2024-05-02", "title": "Ferry"}
{"doc": "w2", "body": "\"The pier is safe,\" Okoro told reporters.", "outlet": "Harbor Wire", "date": "2024-05-03"}
not json at all
EOF
cat >"$dir/feed/sub/page.html" <<'EOF'
<html><head><title>Dam vote</title><link rel="canonical" href="https://valley.example/dam"></head>
<body><nav>Home | News</nav><article><p>Councillor Ravi Mehta said that the dam vote would be held in June.</p></article></body></html>
EOF
"$QUOTH" index --db "$dir/feed.db" --text-field body --id-field doc "$dir/feed/wire.jsonl" 2>"$dir/err"
[ $? -eq 1 ] || fail "a bad JSON line should make index exit 1: $(cat "$dir/err")"
grep -q "3 documents read: 2 stored (0 replacing an earlier version), 0 unchanged, 1 error" "$dir/err" ||
    fail "jsonl index summary: $(cat "$dir/err")"
grep -q "wire.jsonl:3" "$dir/err" || fail "the bad line is named: $(cat "$dir/err")"
"$QUOTH" search --db "$dir/feed.db" -f jsonl ferry |
    grep -q '"document": {"id": "w1", "url": "https://wire.example/w1", "outlet": "Harbor Wire", "date": "2024-05-02", "title": "Ferry"}' ||
    fail "jsonl fields carried into the store: $("$QUOTH" search --db "$dir/feed.db" -f jsonl ferry)"
[ "$("$QUOTH" search --db "$dir/feed.db" -f csv --limit 0 --speaker "Lena Okoro" | tail -n +2 | wc -l)" -eq 2 ] ||
    fail "both Okoro statements under one speaker"
"$QUOTH" index -q --db "$dir/feed.db" -r "$dir/feed/sub" || fail "index -r of an HTML page"
"$QUOTH" search --db "$dir/feed.db" -f jsonl dam | grep -q '"url": "https://valley.example/dam", "outlet": "valley.example", "date": null, "title": "Dam vote"' ||
    fail "html page indexed with its title and url: $("$QUOTH" search --db "$dir/feed.db" -f jsonl dam)"
"$QUOTH" index --db "$dir/feed.db" -i warc "$dir/feed/missing.warc" 2>"$dir/err"; [ $? -eq 1 ] || fail "a missing input is a document error"
grep -q "1 document read: 0 stored (0 replacing an earlier version), 0 unchanged, 1 error;" "$dir/err" || fail "missing input counted: $(cat "$dir/err")"
"$QUOTH" index --db "$dir/feed.db" -i pdf x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --input-format should exit 2"

# --------------------------------------------- a quote carried by many outlets
cat >"$dir/wire-copy.jsonl" <<'EOF'
{"id": "c1", "outlet": "Harbor Wire", "date": "2024-05-02", "text": "\"We will not leave the island alone,\" Mayor Lena Okoro said."}
{"id": "c2", "outlet": "Valley Times", "date": "2024-05-03", "text": "\"We will NOT leave the island alone!\" Lena Okoro said on Friday."}
{"id": "c3", "outlet": "harbor wire", "date": "2024-05-01", "text": "\u201cWe will not leave the island alone,\u201d Lena Okoro said."}
{"id": "c4", "outlet": "Coast Post", "date": "2024-05-04", "text": "\"The bridge is a mistake,\" said Tom Berg."}
EOF
"$QUOTH" index -q --db "$dir/copy.db" "$dir/wire-copy.jsonl" || fail "index of the wire copies"
"$QUOTH" search --db "$dir/copy.db" -f csv --distinct >"$dir/copy.csv" || fail "search --distinct"
head -n 1 "$dir/copy.csv" | grep -q ',snippet,statements,documents,outlets,first_date,last_date$' || fail "--distinct: the CSV header"
[ "$(tail -n +2 "$dir/copy.csv" | wc -l)" -eq 2 ] || fail "--distinct: two statements, not four: $(cat "$dir/copy.csv")"
sed -n 2p "$dir/copy.csv" | grep -q '^[0-9]*,c3,,harbor wire,2024-05-01,,direct,Lena Okoro,.*,3,3,2,2024-05-01,2024-05-03$' ||
    fail "--distinct: the earliest of three documents in two outlets first: $(cat "$dir/copy.csv")"
"$QUOTH" search --db "$dir/copy.db" -f jsonl --distinct island |
    grep -q '"carried": {"statements": 3, "documents": 3, "outlets": 2, "first_date": "2024-05-01", "last_date": "2024-05-03"}' ||
    fail "--distinct in JSON: $("$QUOTH" search --db "$dir/copy.db" -f jsonl --distinct island)"
"$QUOTH" search --db "$dir/copy.db" -f table --width 100 --distinct >"$dir/copy.table"
grep -q '^FIRST SEEN  OUTLET        CARRIED BY ' "$dir/copy.table" || fail "--distinct: the table's header: $(cat "$dir/copy.table")"
grep -q '^2024-05-01  harbor wire   3 docs, 2 outlets   Lena Okoro' "$dir/copy.table" || fail "--distinct: the table: $(cat "$dir/copy.table")"
grep -q '1 doc, 1 outlet ' "$dir/copy.table" || fail "--distinct: one doc, one outlet"
[ "$("$QUOTH" search --db "$dir/copy.db" -f csv | tail -n +2 | wc -l)" -eq 4 ] || fail "without --distinct, every statement"

# the table shows a date with a time as its day when narrow, whole when
# wide, and gives a wide table's columns more room
printf '{"id": "late", "outlet": "Valley Courier Evening Edition", "date": "2024-06-30T22:15:00Z", "text": "Mayor Lena Okoro said that the ferry would run at night."}\n' >"$dir/late.jsonl"
"$QUOTH" index -q --db "$dir/late.db" "$dir/late.jsonl" || fail "index of a dated-and-timed document"
"$QUOTH" search --db "$dir/late.db" -f table --width 100 | grep -q '^2024-06-30  Valley Cour' || fail "narrow table: the day whole"
"$QUOTH" search --db "$dir/late.db" -f table --width 200 | grep -q '^2024-06-30T22:15:00Z  Valley Courier Evening' ||
    fail "wide table: the date and the outlet whole: $("$QUOTH" search --db "$dir/late.db" -f table --width 200)"
[ "$("$QUOTH" search --db "$dir/late.db" -f table --width 200 | awk '{ if (length($0) > m) m = length($0) } END { print m }')" -le 200 ] ||
    fail "wide table wider than --width"

# ---------------------------------- one thread or several, the same store
# the workers extract in any order; the writer stores in input order, and
# a document given twice in one run is stored once
for jobs in 1 3; do
    "$QUOTH" index -j "$jobs" --db "$dir/jobs$jobs.db" "$dir/wire-copy.jsonl" "$dir/wire-copy.jsonl" 2>"$dir/err" ||
        fail "index -j $jobs: $(cat "$dir/err")"
    grep -q "8 documents read: 4 stored (0 replacing an earlier version), 4 unchanged, 0 errors; 4 statements" "$dir/err" ||
        fail "index -j $jobs, the same file twice: $(cat "$dir/err")"
    "$QUOTH" search --db "$dir/jobs$jobs.db" -f csv --limit 0 >"$dir/jobs$jobs.csv"
done
cmp -s "$dir/jobs1.csv" "$dir/jobs3.csv" || fail "index -j 1 and -j 3 stored different statements"
"$QUOTH" index -j 0 --db "$dir/jobs0.db" "$dir/wire-copy.jsonl" >/dev/null 2>&1; [ $? -eq 2 ] || fail "index -j 0 should exit 2"
# workers that cannot look into the store (one in memory) extract every
# document, and the writer still stores a document given twice once
"$QUOTH" index --db :memory: "$dir/wire-copy.jsonl" "$dir/wire-copy.jsonl" 2>"$dir/err" || fail "index --db :memory:: $(cat "$dir/err")"
grep -q "8 documents read: 4 stored (0 replacing an earlier version), 4 unchanged, 0 errors" "$dir/err" ||
    fail "index --db :memory:: $(cat "$dir/err")"
[ -e ":memory:" ] && fail "index --db :memory: made a file"

# ---------------------------------------------- killed midway, then resumed
# Enough generated articles that indexing takes a few seconds.
mkdir "$dir/big"
awk -v dir="$dir/big" 'BEGIN {
    split("Alma Bruno Clara Dmitri Elena Farid Greta Hugo Ines Jonas Kira Luis", first, " ")
    split("Okafor Lindqvist Moreau Tanaka Varga Novak Haddad Petrov", last, " ")
    split("mayor minister senator spokesman governor", role, " ")
    split("bridge budget tunnel harbor school clinic railway dam", topic, " ")
    srand(7)
    for (d = 0; d < 4000; d++) {
        f = sprintf("%s/doc%05d.txt", dir, d)
        for (p = 0; p < 4; p++) {
            i = int(rand() * 12) + 1; j = int(rand() * 8) + 1; r = int(rand() * 5) + 1; t = int(rand() * 8) + 1
            printf "%s %s, the %s, said that the %s project would cost %d million dollars.\n\n", \
                first[i], last[j], role[r], topic[t], int(rand() * 900) + 10 > f
            printf "\"We will finish the %s before winter,\" %s said.\n\n", topic[t], last[j] > f
        }
        close(f)
    }
}'
"$QUOTH" index -q --db "$dir/whole.db" "$dir/big" || fail "uninterrupted run failed"
whole=$("$QUOTH" index --db "$dir/whole.db" "$dir/big" 2>&1 | sed -n 's/.*holds //p')
"$QUOTH" index -q --batch 25 --db "$dir/killed.db" "$dir/big" &
pid=$!
# kill once some batches are committed, long before the end
tries=0
while :; do
    sleep 0.05
    tries=$((tries + 1))
    [ "$tries" -gt 600 ] && fail "the run never committed a batch"
    kill -0 "$pid" 2>/dev/null || fail "the run ended before it could be killed: make the input bigger"
    got=$("$QUOTH" search --db "$dir/killed.db" -f csv --limit 0 2>/dev/null | tail -n +2 | wc -l)
    [ "$got" -gt 0 ] && break
done
kill_tree "$pid"
wait "$pid" 2>/dev/null
pid=""
partial=$("$QUOTH" search --db "$dir/killed.db" -f csv --limit 0 | tail -n +2 | wc -l)
total=$("$QUOTH" search --db "$dir/whole.db" -f csv --limit 0 | tail -n +2 | wc -l)
[ "$partial" -gt 0 ] && [ "$partial" -lt "$total" ] || fail "killed midway: $partial of $total statements kept"
# The killed run never matched its last batches' speakers: the first
# query that can write matches them, so that every statement kept counts
# (each of these articles names its speakers).
spoken() { "$QUOTH" speakers --db "$1" --top 0 -f csv | awk -F, 'NR > 1 { n += $6 } END { print n + 0 }'; }
[ "$(spoken "$dir/killed.db")" = "$partial" ] ||
    fail "the killed run's speakers were not matched again: $(spoken "$dir/killed.db") statements of $partial"
# A reader who may not write the store nor its folder (a store shared
# read-only): quoth as such a user, which root becomes with setpriv.
as_reader() { "$@"; }
[ "$(id -u)" = 0 ] && as_reader() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; }
# A store (in WAL mode, closed) stale as a killed run leaves it, its flag
# set by hand: every query above that could write matched them again.
shared="$dir/shared"
mkdir "$shared"
cp "$dir/whole.db" "$shared/stale.db"
python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE meta SET value = 1 WHERE key = ?", ("speakers_dirty",))
db.commit()' "$shared/stale.db"
chmod 755 "$dir"
chmod 444 "$shared/stale.db"
chmod 555 "$shared"
if as_reader "$QUOTH" --version >/dev/null 2>&1; then
    as_reader "$QUOTH" speakers --db "$shared/stale.db" --top 1 >/dev/null 2>"$dir/err" ||
        fail "speakers of a store in a folder the reader cannot write: $(cat "$dir/err")"
    grep -qF "warning: $shared/stale.db: the speakers are as they were before the last documents stored" "$dir/err" ||
        fail "a stale store that cannot be written: no warning: $(cat "$dir/err")"
    [ "$(as_reader "$QUOTH" search --db "$shared/stale.db" -f csv --limit 0 2>/dev/null | tail -n +2 | wc -l)" = "$total" ] ||
        fail "search of a store in a folder the reader cannot write"
    ls "$shared" | grep -qvx stale.db && fail "a reader made files beside a read-only store: $(ls "$shared")"
else
    echo "store.sh: quoth cannot run as another user here: the read-only reader is not checked" >&2
fi
chmod 700 "$shared"
"$QUOTH" index --batch 25 --db "$dir/killed.db" "$dir/big" 2>"$dir/err" || fail "resumed run failed"
grep -q "[1-9][0-9]* unchanged" "$dir/err" || fail "the resumed run should skip what was committed: $(cat "$dir/err")"
[ "$(sed -n 's/.*holds //p' "$dir/err")" = "$(echo "$whole" | sed "s|$dir/whole.db|$dir/killed.db|")" ] ||
    fail "resumed: $(sed -n 's/.*holds //p' "$dir/err") vs uninterrupted: $whole"
for f in whole killed; do
    "$QUOTH" search --db "$dir/$f.db" -f csv --limit 0 | sed 's/^[0-9]*,//' | sort >"$dir/$f.all"
    "$QUOTH" speakers --db "$dir/$f.db" --top 0 -f csv | cut -d, -f3- | sort >"$dir/$f.sp"
done
cmp -s "$dir/whole.all" "$dir/killed.all" || fail "resumed store's statements differ from an uninterrupted run's"
cmp -s "$dir/whole.sp" "$dir/killed.sp" || fail "resumed store's speakers differ from an uninterrupted run's"
echo "killed run kept $partial of $total statements; resumed: $whole" >&2

# ------------------------------------------- a surname alone, described
# What a surname alone is ("The billionaire Varga") gives it no role that
# would keep it from the one full name of that surname in the store.
mkdir "$dir/varga"
printf 'Republican nominee Peter Varga said that the wall would be built.\n' >"$dir/varga/a.txt"
printf 'The billionaire Varga said that taxes would fall.\n' >"$dir/varga/b.txt"
"$QUOTH" index -q --db "$dir/varga.db" "$dir/varga" || fail "index of the Varga articles failed"
"$QUOTH" speakers --db "$dir/varga.db" --top 0 -f csv | tail -n +2 | cut -d, -f3,6 | tr '\n' '|' | grep -qx 'Peter Varga,2|' ||
    fail "a described surname stays one speaker with its full name: $("$QUOTH" speakers --db "$dir/varga.db" -f csv)"
exit 0
