#!/bin/sh
# quoth extract as a user meets it: help, versions, inputs, outputs,
# errors and exit codes.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

"$QUOTH" --help | grep -q "extract" || fail "--help lists no commands"
"$QUOTH" --version | grep -q "^quoth [0-9]" || fail "--version"
# every command that quoth --help lists answers --help on stdout, exit 0,
# with its exit statuses, and an option it does not know is a usage error
commands=$("$QUOTH" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ "$(echo "$commands" | wc -w)" -ge 9 ] || fail "quoth --help lists $(echo "$commands" | wc -w) commands"
for c in $commands; do
    "$QUOTH" "$c" --help >"$dir/help" 2>&1 || fail "$c --help exited $?"
    grep -q "^usage: quoth $c" "$dir/help" || fail "$c --help shows no usage"
    grep -q "exit status" "$dir/help" || fail "$c --help documents no exit status"
    "$QUOTH" "$c" --no-such-option >/dev/null 2>&1; rc=$?
    [ $rc -eq 2 ] || fail "$c --no-such-option exited $rc, not 2"
done
"$QUOTH" nonsense >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown command should exit 2"
"$QUOTH" extract --no-such-option x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad option should exit 2"
"$QUOTH" extract -f xml x >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad format should exit 2"
"$QUOTH" extract -f csv --include-text x >/dev/null 2>"$dir/err"; [ $? -eq 2 ] || fail "--include-text with csv should exit 2"
grep -q -- "--include-text puts the text in JSON records" "$dir/err" || fail "--include-text with csv: say why"
"$QUOTH" extract --text-field "" x >/dev/null 2>&1; [ $? -eq 2 ] || fail "an empty --text-field should exit 2"
"$QUOTH" index --db "$dir/x.db" --id-field "" x >/dev/null 2>&1; [ $? -eq 2 ] || fail "index: an empty --id-field should exit 2"

# a directory: its *.txt in name order, other files ignored
printf '"The ferry is late again," said Ana Ruiz.\n' >"$dir/b.txt"
printf 'The ferry left the harbor at noon.\n' >"$dir/a.txt"
printf 'not an article\n' >"$dir/notes.md"
"$QUOTH" extract -q -f jsonl "$dir" >"$dir/out.jsonl" || fail "directory run failed"
[ "$(wc -l <"$dir/out.jsonl")" -eq 2 ] || fail "want one record per .txt"
head -n 1 "$dir/out.jsonl" | grep -q '^{"id": "a", "quotes": \[\]}$' || fail "first record should be a, empty"
sed -n 2p "$dir/out.jsonl" | grep -q '"name": "Ana Ruiz"' || fail "second record should name Ana Ruiz"

# standard input
printf '"Yes," she said.\n' | "$QUOTH" extract -q -f jsonl - | grep -q '^{"id": "stdin"' || fail "stdin id"

# a missing file: an error record naming it, the others still processed, exit 1
"$QUOTH" extract -f jsonl "$dir/missing.txt" "$dir/b.txt" >"$dir/err.jsonl" 2>"$dir/err.txt"
[ $? -eq 1 ] || fail "a failed document should exit 1"
grep -q "missing.txt" "$dir/err.txt" || fail "the error on stderr should name the input"
head -n 1 "$dir/err.jsonl" | grep -q '"error": ' || fail "want an error record"
sed -n 2p "$dir/err.jsonl" | grep -q '"quotes"' || fail "the next document should still be processed"
grep -q "2 documents, 1 statements, 1 errors" "$dir/err.txt" || fail "the summary should count both"

# -o writes atomically: the file appears complete, no temporary is left
"$QUOTH" extract -q -f jsonl -o "$dir/o.jsonl" "$dir/b.txt" || fail "-o run failed"
grep -q '"Ana Ruiz"' "$dir/o.jsonl" || fail "-o output"
ls "$dir" | grep -q 'tmp' && fail "a temporary output file was left behind"

# table and CSV
"$QUOTH" extract -q -f table "$dir/b.txt" | grep -q "^SPEAKER" || fail "table header"
"$QUOTH" extract -q -f csv "$dir/b.txt" | head -n 1 | grep -qx "id,type,speaker,mention,resolved_by,role,gender,cue,content,content_start,content_end,confidence,error" ||
    fail "csv header"
"$QUOTH" extract -q -f csv "$dir/b.txt" | sed -n 2p | grep -Eq ',[0-9]+,[0-9]+,[01]\.[0-9]{2},$' || fail "csv row: spans, confidence, no error"
"$QUOTH" extract -q -f csv "$dir/no-such-file.txt" 2>/dev/null | sed -n 2p | grep -Eq '^no-such-file,{12}[^,]' ||
    fail "csv error row: the message in the thirteenth field"

# an empty file is a document with no statements
: >"$dir/empty.txt"
"$QUOTH" extract -q -f jsonl "$dir/empty.txt" | grep -q '"quotes": \[\]' || fail "empty file"
exit 0
