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
for option in --text-field --id-field --url-field --title-field --date-field --outlet-field; do
    for path in "" . a..b .a a.; do
        "$QUOTH" extract "$option" "$path" x >/dev/null 2>"$dir/err"; rc=$?
        [ $rc -eq 2 ] || fail "$option '$path' exited $rc, not 2"
        grep -qF "quoth: $option wants a JSON key, or keys joined by dots into nested objects (article.body), not '$path'" "$dir/err" ||
            fail "$option '$path': $(cat "$dir/err")"
    done
done
# an option quoth does not know is said as quoth says everything else,
# with where to look (getopt's own message starts "extract: ")
for case in "--bogus|unrecognized option '--bogus'" "-x|unrecognized option '-x'" "-qx|unrecognized option '-x'" \
    "--format|option '--format' needs a value" "-f|option '-f' needs a value" \
    "--rules-only=1|option '--rules-only' takes no value" "--in|option '--in' is ambiguous"; do
    "$QUOTH" extract ${case%%|*} >"$dir/out" 2>"$dir/err" </dev/null; rc=$?
    [ $rc -eq 2 ] && [ ! -s "$dir/out" ] || fail "extract ${case%%|*}: exit $rc, not 2"
    [ "$(cat "$dir/err")" = "quoth extract: ${case#*|} (quoth extract --help lists the options)" ] ||
        fail "extract ${case%%|*}: $(cat "$dir/err")"
done
"$QUOTH" tokens --bogus x >/dev/null 2>"$dir/err"; rc=$?
[ $rc -eq 2 ] && [ "$(cat "$dir/err")" = "quoth tokens: unrecognized option '--bogus' (quoth tokens --help lists the options)" ] ||
    fail "tokens --bogus: exit $rc: $(cat "$dir/err")"
# --help says how ids are made and what the CSV columns are
"$QUOTH" extract --help | grep -q '^else the file name without its extensions (stdin for standard input),$' ||
    fail "extract --help: how ids are made"
"$QUOTH" extract --help | grep -q '(feed:3)' || fail "extract --help: the ids of a feed's lines"
"$QUOTH" extract --help | tr '\n' ' ' | grep -q 'columns id, type, speaker, mention, resolved_by, role, gender, cue, content .*content_start, content_end .*confidence, error' ||
    fail "extract --help: the CSV columns"

# a model or FILE that cannot be opened: the one real cause, not errno's
# leftovers ("input/output error: Success")
mkdir "$dir/adir"
for case in "model $dir/adir|$dir/adir is a directory, not a model file" \
    "extract --model $dir/adir x|$dir/adir is a directory, not a model file" \
    "model $dir/missing.qm|cannot open model $dir/missing.qm: No such file or directory" \
    "extract --model $dir/missing.qm x|cannot open model $dir/missing.qm: No such file or directory" \
    "model /dev/null|cannot load model /dev/null: not a regular file" \
    "tokens $dir/missing.txt|cannot open $dir/missing.txt: No such file or directory" \
    "tokens $dir/adir|$dir/adir is a directory: tokens reads one file (quoth extract reads directories)"; do
    "$QUOTH" ${case%%|*} >"$dir/out" 2>"$dir/err"; rc=$?
    [ $rc -eq 3 ] && [ "$(cat "$dir/err")" = "quoth: ${case#*|}" ] || fail "${case%%|*}: exit $rc: $(cat "$dir/err")"
done

# output that cannot be written: exit 3 and why, whichever command, however
# long the record (a record larger than the output's buffer is written by
# the pipeline's own thread, whose errno the message once missed)
mkdir "$dir/full"
printf '"We are ready," said Ann Lee.\n' >"$dir/full/short.txt"
i=0; while [ $i -lt 3000 ]; do printf '"We are ready, all of us, now," said Ann Lee. '; i=$((i + 1)); done >"$dir/full/long.txt"
for command in "extract $dir/full/short.txt" "extract -j 1 $dir/full/long.txt" "extract -f csv $dir/full/long.txt" \
    "tokens $dir/full/short.txt" "model"; do
    "$QUOTH" $command >/dev/full 2>"$dir/err"; rc=$?
    [ $rc -eq 3 ] && [ "$(cat "$dir/err")" = "quoth: writing the output failed: No space left on device" ] ||
        fail "$command >/dev/full: exit $rc: $(cat "$dir/err")"
done

# sizes and widths: a sign, a space, a size that would wrap round, a width
# the table cannot take are usage errors, not a silent default
for size in -1 " 5" 0 5x 99999999999999999999 17179869184G; do
    "$QUOTH" extract --max-doc-size "$size" x >/dev/null 2>"$dir/err"; rc=$?
    [ $rc -eq 2 ] || fail "--max-doc-size '$size' exited $rc, not 2"
    grep -qF "not '$size'" "$dir/err" || fail "--max-doc-size '$size': $(cat "$dir/err")"
done
"$QUOTH" index --db "$dir/x.db" --batch -3 x >/dev/null 2>&1; [ $? -eq 2 ] || fail "index --batch -3 should exit 2"
for width in abc -5 39 10001 80x; do
    "$QUOTH" extract -f table --width "$width" x >/dev/null 2>"$dir/err"; rc=$?
    [ $rc -eq 2 ] || fail "--width '$width' exited $rc, not 2"
    grep -qF "from 40 to 10000, not '$width'" "$dir/err" || fail "--width '$width': $(cat "$dir/err")"
done
"$QUOTH" search --db "$dir/x.db" --width 12 x >/dev/null 2>&1; [ $? -eq 2 ] || fail "search --width 12 should exit 2"
"$QUOTH" speakers --db "$dir/x.db" --top -1 >/dev/null 2>&1; [ $? -eq 2 ] || fail "speakers --top -1 should exit 2"
# --width and $COLUMNS set the table's width (its longest line, "…" one
# character); a $COLUMNS that is no width is passed over
mkdir "$dir/wide"
printf 'The plan "will cost far more than anyone in this city has been told so far, and the council knows it," Mayor Ann Lee said.\n' >"$dir/wide/wide.txt"
for width in 80 140; do
    longest=$("$QUOTH" extract -q -f table --width $width "$dir/wide/wide.txt" | sed 's/\xE2\x80\xA6/./g' | awk '{ n = length($0); if (n > m) m = n } END { print m }')
    [ "$longest" -le $width ] && [ "$longest" -ge $((width - 2)) ] || fail "--width $width: longest line $longest"
done
[ "$(COLUMNS=80 "$QUOTH" extract -q -f table "$dir/wide/wide.txt")" = "$("$QUOTH" extract -q -f table --width 80 "$dir/wide/wide.txt")" ] ||
    fail "COLUMNS=80 should lay the table out as --width 80"
# the statement keeps 20 columns however narrow the table
"$QUOTH" extract -q -f table --width 40 "$dir/wide/wide.txt" | sed -n 3p | sed 's/\xE2\x80\xA6/./g' |
    grep -qE '^Ann Lee +said +direct +"will cost far more[.]$' || fail "--width 40: $("$QUOTH" extract -q -f table --width 40 "$dir/wide/wide.txt")"
[ "$(COLUMNS=junk "$QUOTH" extract -q -f table "$dir/wide/wide.txt")" = "$("$QUOTH" extract -q -f table --width 100 "$dir/wide/wide.txt")" ] ||
    fail "COLUMNS=junk should give the default width"

# a directory: its *.txt in name order, other files ignored
printf '"The ferry is late again," said Ana Ruiz.\n' >"$dir/b.txt"
printf 'The ferry left the harbor at noon.\n' >"$dir/a.txt"
printf 'not an article\n' >"$dir/notes.md"
"$QUOTH" extract -q -f jsonl "$dir" >"$dir/out.jsonl" || fail "directory run failed"
[ "$(wc -l <"$dir/out.jsonl")" -eq 2 ] || fail "want one record per .txt"
head -n 1 "$dir/out.jsonl" | grep -q '^{"id": "a", "quotes": \[\]}$' || fail "first record should be a, empty"
sed -n 2p "$dir/out.jsonl" | grep -q '"name": "Ana Ruiz"' || fail "second record should name Ana Ruiz"

# a directory with nothing quoth reads is an error record, not passed over in silence
mkdir -p "$dir/none/deeper"
printf 'not an article\n' >"$dir/none/notes.md"
"$QUOTH" extract -f jsonl "$dir/none" >"$dir/none.out" 2>"$dir/none.err"
[ $? -eq 1 ] || fail "a directory that gives nothing: exit 1"
[ "$(cat "$dir/none.out")" = "{\"id\": \"none\", \"error\": \"$dir/none: no file quoth reads in it or its subdirectories (1 other file skipped; quoth reads .txt, .jsonl, .ndjson, .html, .htm, .warc, .wet, each maybe .gz or .zst)\", \"origin\": \"$dir/none\"}" ] ||
    fail "empty directory: $(cat "$dir/none.out")"
grep -q "1 document, 0 statements, 1 error" "$dir/none.err" || fail "empty directory: summary"
"$QUOTH" extract -r -f jsonl "$dir/none" 2>&1 >/dev/null | grep -qF "$dir/none: no file quoth reads in it or its subdirectories" ||
    fail "empty directory with -r"
printf 'The pier is open.\n' >"$dir/none/deeper/pier.txt"
"$QUOTH" extract -r -f jsonl "$dir/none" 2>&1 >/dev/null | grep -q "no file quoth reads" && fail "-r found a file: no message"
"$QUOTH" extract -f jsonl "$dir/none" 2>&1 >/dev/null | grep -qF "$dir/none: no file quoth reads in it (1 other file skipped; -r reads its subdirectories)" ||
    fail "a file in a subdirectory: the hint at -r"
[ -z "$("$QUOTH" extract -q "$dir/none" 2>&1 >/dev/null)" ] || fail "-q: no message"
"$QUOTH" extract -q "$dir/none" >/dev/null 2>&1; [ $? -eq 1 ] || fail "-q: exit 1 all the same"
"$QUOTH" index --db "$dir/none.db" "$dir/none" 2>&1 | grep -qF "$dir/none: no file quoth reads in it" || fail "index: empty directory"

# standard input
printf '"Yes," she said.\n' | "$QUOTH" extract -q -f jsonl - | grep -q '^{"id": "stdin"' || fail "stdin id"

# a missing file: an error record naming it, the others still processed, exit 1
"$QUOTH" extract -f jsonl "$dir/missing.txt" "$dir/b.txt" >"$dir/err.jsonl" 2>"$dir/err.txt"
[ $? -eq 1 ] || fail "a failed document should exit 1"
grep -q "missing.txt" "$dir/err.txt" || fail "the error on stderr should name the input"
head -n 1 "$dir/err.jsonl" | grep -q '"error": ' || fail "want an error record"
sed -n 2p "$dir/err.jsonl" | grep -q '"quotes"' || fail "the next document should still be processed"
grep -q "2 documents, 1 statement, 1 error" "$dir/err.txt" || fail "the summary should count both"

# -o writes atomically: the file appears complete, no temporary is left
"$QUOTH" extract -q -f jsonl -o "$dir/o.jsonl" "$dir/b.txt" || fail "-o run failed"
grep -q '"Ana Ruiz"' "$dir/o.jsonl" || fail "-o output"
ls "$dir" | grep -q 'tmp' && fail "a temporary output file was left behind"

# table and CSV
"$QUOTH" extract -q -f table "$dir/b.txt" | grep -q "^SPEAKER" || fail "table header"
"$QUOTH" extract -q -f csv "$dir/b.txt" | head -n 1 | grep -qx "id,type,speaker,mention,resolved_by,role,gender,cue,content,content_start,content_end,confidence,error" ||
    fail "csv header"
"$QUOTH" extract -q -f csv "$dir/b.txt" | sed -n 2p | grep -Eq ',[0-9]+,[0-9]+,[01]\.[0-9]{2},$' || fail "csv row: spans, confidence, no error"
# a statement split around its cue shows its words, not the cue and source
# between them: the table and CSV join the pieces with " … "
printf '%s\n' '"The bridge is closed," said Lena Park, the city engineer. "It will stay closed until spring."' >"$dir/split.txt"
"$QUOTH" extract -q -f table --width 200 "$dir/split.txt" | sed -n 3p |
    grep -qF 'direct    "The bridge is closed," … "It will stay closed until spring."' ||
    fail "table: split statement: $("$QUOTH" extract -q -f table --width 200 "$dir/split.txt")"
"$QUOTH" extract -q -f csv "$dir/split.txt" | sed -n 2p |
    grep -qF ',"""The bridge is closed,"" … ""It will stay closed until spring.""",0,94,' ||
    fail "csv: split statement: $("$QUOTH" extract -q -f csv "$dir/split.txt")"
printf 'The pier reopened on Monday.\n' >"$dir/quiet.txt"
[ "$("$QUOTH" extract -q -f csv "$dir/quiet.txt" | sed -n 2p)" = "quiet,,,,,,,,,,,," ] ||
    fail "csv: a document without statements leaves a row of its id"
"$QUOTH" extract -q -f csv "$dir/no-such-file.txt" 2>/dev/null | sed -n 2p | grep -Eq '^no-such-file,{12}[^,]' ||
    fail "csv error row: the message in the thirteenth field"

# an empty file is a document with no statements
: >"$dir/empty.txt"
"$QUOTH" extract -q -f jsonl "$dir/empty.txt" | grep -q '"quotes": \[\]' || fail "empty file"
exit 0
