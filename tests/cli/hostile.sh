#!/bin/sh
# Hostile inputs through `quoth extract` (issue 5): every input document
# gives exactly one record, its statements or a clear error, and the run goes
# on; --strict stops at the first error; -o never leaves a half-written file.
# Each case checks the record it must give. Big inputs are made here (the
# 100 MB line too), never committed.
set -u
fail() { echo "FAIL: $*"; exit 1; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
Q() { "$QUOTH" extract -f jsonl "$@"; }
lines() { wc -l <"$1" | tr -d ' '; }

# --------------------------------------------------------- exit statuses
"$QUOTH" --help | grep -q '^  1  some documents could not be processed' || fail "quoth --help: exit statuses"
"$QUOTH" extract --help | grep -q 'exit status: 0 all documents processed, 1 some gave error records' \
    || fail "extract --help: exit statuses"
"$QUOTH" extract --help | grep -q -- '--strict' || fail "extract --help: --strict"

# ------------------------------------------------------- invalid UTF-8
printf '"Caf\303 \377\376 is closed," said Ann Lee.\r\n' >"$dir/bad.txt"
Q "$dir/bad.txt" >"$dir/bad.out" 2>"$dir/bad.err" || fail "invalid UTF-8 should exit 0"
grep -q ' 0 errors, 1 with invalid UTF-8 repaired' "$dir/bad.err" \
    || fail "the summary counts repaired documents: $(cat "$dir/bad.err")"
grep -q '^{"id": "bad", "repaired": 3, "quotes": \[{"type": "direct"' "$dir/bad.out" \
    || fail "invalid UTF-8: repaired and counted: $(cat "$dir/bad.out")"
grep -q '"contents": \[{"start": 0, "end": 20, "text": "\\"Caf� �� is closed,\\""}\]' "$dir/bad.out" \
    || fail "invalid UTF-8: U+FFFD in the content, offsets in code points: $(cat "$dir/bad.out")"

# ------------------------------------------------------------ NUL bytes
printf 'a\000b "We are ready," Ann Lee said.\000\000' >"$dir/nul.txt"
Q "$dir/nul.txt" >"$dir/nul.out" 2>/dev/null || fail "NUL bytes should exit 0"
grep -q '"contents": \[{"start": 4, "end": 19, "text": "\\"We are ready,\\""}\]' "$dir/nul.out" \
    || fail "NUL bytes: the quote after them: $(cat "$dir/nul.out")"
Q --include-text "$dir/nul.txt" 2>/dev/null | grep -q '"text": "a\\u0000b ' || fail "NUL bytes: escaped in JSON"

# ----------------------------------------------------------- empty file
: >"$dir/empty.txt"
[ "$(Q "$dir/empty.txt" 2>/dev/null)" = '{"id": "empty", "quotes": []}' ] || fail "empty file"

# ------------------------------------------------ a line of 100 MB, JSONL
{
    printf '{"id": "big", "text": "'
    head -c 104857600 /dev/zero | tr '\000' a
    printf '"}\n{"id": "after", "text": "\\"Hi,\\" he said."}\n'
} >"$dir/big.jsonl"
Q "$dir/big.jsonl" >"$dir/big.out" 2>"$dir/big.err"
[ $? -eq 1 ] || fail "100 MB line: exit 1"
[ "$(lines "$dir/big.out")" -eq 2 ] || fail "100 MB line: 2 records"
sed -n 1p "$dir/big.out" | grep -q '^{"id": "big", "error": ".*big.jsonl:1: line longer than --max-doc-size (16777216 bytes)", "origin": ".*big.jsonl:1"}$' \
    || fail "100 MB line: error record: $(sed -n 1p "$dir/big.out" | cut -c1-300)"
sed -n 2p "$dir/big.out" | grep -q '^{"id": "after", "quotes": \[{"type": "direct"' || fail "100 MB line: the next line"
grep -q '2 documents, 1 statement, 1 error' "$dir/big.err" || fail "100 MB line: summary"
# the same from a pipe: still JSON Lines, still two records
Q -q <"$dir/big.jsonl" >"$dir/bigpipe.out"
[ "$(lines "$dir/bigpipe.out")" -eq 2 ] && sed -n 2p "$dir/bigpipe.out" | grep -q '^{"id": "after"' \
    || fail "100 MB line from stdin: $(cut -c1-200 "$dir/bigpipe.out")"
rm -f "$dir/big.jsonl"
# a document larger than --max-doc-size
head -c 5000 /dev/zero | tr '\000' x >"$dir/large.txt"
Q --max-doc-size 4K "$dir/large.txt" "$dir/empty.txt" >"$dir/large.out" 2>/dev/null
[ $? -eq 1 ] || fail "--max-doc-size: exit 1"
sed -n 1p "$dir/large.out" | grep -q '^{"id": "large", "error": ".*large.txt: larger than --max-doc-size (4096 bytes)", "origin": ".*large.txt"}$' \
    || fail "--max-doc-size: error record: $(sed -n 1p "$dir/large.out")"
sed -n 2p "$dir/large.out" | grep -q '^{"id": "empty", "quotes": \[\]}$' || fail "--max-doc-size: the next file"

# ----------------------------- a directory with files that cannot be read
# (tests run as root, so chmod 000 would not stop reading: a dangling
# symbolic link, a FIFO nobody writes to, a directory named like a file)
mkdir "$dir/d"
printf '"Yes," said Ann Lee.\n' >"$dir/d/a.txt"
ln -s "$dir/nowhere" "$dir/d/b.txt"
mkfifo "$dir/d/c.txt"
mkdir "$dir/d/e.txt"
printf 'The ferry left the harbor at noon.\n' >"$dir/d/f.txt"
timeout 60 "$QUOTH" extract -f jsonl "$dir/d" >"$dir/d.out" 2>"$dir/d.err"
rc=$?
[ $rc -eq 1 ] || fail "unreadable files: exit 1, not $rc"
[ "$(lines "$dir/d.out")" -eq 5 ] || fail "unreadable files: one record per file: $(cat "$dir/d.out")"
sed -n 1p "$dir/d.out" | grep -q '^{"id": "a", "quotes": \[{' || fail "unreadable files: a"
sed -n 2p "$dir/d.out" | grep -q '^{"id": "b", "error": ".*b.txt: No such file or directory", "origin": ".*d/b.txt"}$' \
    || fail "dangling link: $(sed -n 2p "$dir/d.out")"
sed -n 3p "$dir/d.out" | grep -q '^{"id": "c", "quotes": \[\]}$' || fail "FIFO without a writer: $(sed -n 3p "$dir/d.out")"
sed -n 4p "$dir/d.out" | grep -q '^{"id": "e", "error": ".*e.txt: Is a directory", "origin": ".*d/e.txt"}$' \
    || fail "directory named like a file: $(sed -n 4p "$dir/d.out")"
sed -n 5p "$dir/d.out" | grep -q '^{"id": "f", "quotes": \[\]}$' || fail "unreadable files: f"
grep -q '5 documents, 1 statement, 2 errors' "$dir/d.err" || fail "unreadable files: summary: $(tail -n 1 "$dir/d.err")"

# ---------------------------------------------------- malformed JSON lines
printf '%s\n' '{"id": "a", "text": "\"Fine,\" she said."}' '{"id": "b", "text": ' '{"id": "c"}' \
    '[1, 2]' '{"id": "d", "text": "bad \u00"}' '{"id": "e", "text": 5}' '' '{"id": "f", "text": "ok"}' >"$dir/m.jsonl"
printf '\001\000\002\n' >>"$dir/m.jsonl"
Q "$dir/m.jsonl" >"$dir/m.out" 2>"$dir/m.err"
[ $? -eq 1 ] || fail "malformed JSON: exit 1"
[ "$(lines "$dir/m.out")" -eq 8 ] || fail "malformed JSON: 8 records (not the blank line): $(cat "$dir/m.out")"
for want in '1:{"id": "a", "quotes": \[{' \
    '2:{"id": "m:2", "error": ".*m.jsonl:2: malformed JSON' \
    '3:{"id": "c", "error": ".*m.jsonl:3: no \\"text\\" field with a string' \
    '4:{"id": "m:4", "error": ".*m.jsonl:4: not a JSON object' \
    '5:{"id": "m:5", "error": ".*m.jsonl:5: malformed JSON: invalid escape' \
    '6:{"id": "e", "error": ".*m.jsonl:6: no \\"text\\" field with a string' \
    '7:{"id": "f", "quotes": \[\]}' \
    '8:{"id": "m:9", "error": ".*m.jsonl:9: malformed JSON'; do
    n=${want%%:*}
    sed -n "${n}p" "$dir/m.out" | grep -q "^${want#*:}" || fail "malformed JSON record $n: $(sed -n "${n}p" "$dir/m.out")"
done
grep -q '8 documents, 1 statement, 6 errors' "$dir/m.err" || fail "malformed JSON: summary"

# ------------------------------------------------------- truncated gzip
i=0
while [ $i -lt 50 ]; do printf '{"id": "g%d", "text": "\\"Line %d,\\" Ann Lee said."}\n' $i $i; i=$((i + 1)); done >"$dir/g.jsonl"
gzip -c "$dir/g.jsonl" >"$dir/full.gz"
head -c $(($(wc -c <"$dir/full.gz") / 2)) "$dir/full.gz" >"$dir/g.jsonl.gz"
Q "$dir/g.jsonl.gz" "$dir/empty.txt" >"$dir/g.out" 2>/dev/null
[ $? -eq 1 ] || fail "truncated gzip: exit 1"
tail -n 2 "$dir/g.out" | head -n 1 | grep -q '"error": ".*g.jsonl.gz:[0-9]*: truncated gzip stream (ends at byte [0-9]*)"' \
    || fail "truncated gzip: error record: $(tail -n 2 "$dir/g.out")"
tail -n 1 "$dir/g.out" | grep -q '^{"id": "empty"' || fail "truncated gzip: the next input"
head -n 1 "$dir/g.out" | grep -q '^{"id": "g0", "quotes": \[{' || fail "truncated gzip: the lines before the cut"

# ------------------------------------------------------ truncated WARC
body='HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>"One," Ann Lee said.</p>'
blen=$(printf "$body" | wc -c)
for i in 1 2; do
    printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/%d\r\nWARC-Record-ID: <urn:uuid:r%d>\r\n' $i $i
    printf 'Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n' "$blen"
    printf "$body"
    printf '\r\n\r\n'
done >"$dir/full.warc"
head -c $(($(wc -c <"$dir/full.warc") - 30)) "$dir/full.warc" >"$dir/w.warc"
Q "$dir/w.warc" >"$dir/w.out" 2>/dev/null
[ $? -eq 1 ] || fail "truncated WARC: exit 1"
[ "$(lines "$dir/w.out")" -eq 2 ] || fail "truncated WARC: 2 records"
sed -n 1p "$dir/w.out" | grep -q '^{"id": "urn:uuid:r1", "url": "https://x.example/1", "quotes": \[{' || fail "truncated WARC: first record"
sed -n 2p "$dir/w.out" | grep -q '^{"id": "urn:uuid:r2", "error": ".*w.warc:[0-9]*: truncated WARC record ([0-9]* of [0-9]* bytes)", "origin": ".*w.warc:[0-9]*"}$' \
    || fail "truncated WARC: error record: $(sed -n 2p "$dir/w.out")"
gzip -c "$dir/full.warc" | head -c 200 >"$dir/w2.warc.gz"
Q "$dir/w2.warc.gz" 2>/dev/null | grep -q '"error": ".*truncated gzip stream' || fail "truncated gzipped WARC"

# ------------------------------------------------ HTML 10,000 levels deep
{
    printf '<html><body>'
    i=0; while [ $i -lt 10000 ]; do printf '<div>'; i=$((i + 1)); done
    printf '<p>"Deep enough," Ann Lee said.</p>'
    i=0; while [ $i -lt 10000 ]; do printf '</div>'; i=$((i + 1)); done
    printf '</body></html>'
} >"$dir/deep.html"
Q "$dir/deep.html" >"$dir/deep.out" 2>/dev/null || fail "deep HTML: exit 0"
grep -q '^{"id": "deep", "quotes": \[{"type": "direct", .*"text": "\\"Deep enough,\\""' "$dir/deep.out" \
    || fail "deep HTML: the quote at the bottom: $(cut -c1-300 "$dir/deep.out")"

# ------------------ HTML nested so deep that its parse would take hours
# (gumbo's time grows with the square of the depth): an error record, at
# once, counted in the summary; the page after it is read
head -c 2000000 /dev/zero | sed 's/\x0/<div>/g' >"$dir/abyss.html"
cp "$dir/deep.html" "$dir/after.html"
Q "$dir/abyss.html" "$dir/after.html" >"$dir/abyss.out" 2>"$dir/abyss.err"
[ $? -eq 1 ] || fail "abyss HTML: exit 1"
sed -n 1p "$dir/abyss.out" | grep -q '^{"id": "abyss", "error": ".*abyss.html: HTML nested too deep to parse in bounded time"' \
    || fail "abyss HTML: error record: $(sed -n 1p "$dir/abyss.out" | cut -c1-200)"
sed -n 2p "$dir/abyss.out" | grep -q '^{"id": "after", "quotes": \[{' || fail "abyss HTML: the next page"
grep -q '2 documents, [0-9]* statements\{0,1\}, 1 error' "$dir/abyss.err" || fail "abyss HTML: summary: $(tail -1 "$dir/abyss.err")"

# -------------------------------------------------- adversarial text
# 2 MB of unbalanced quotation marks, a 1 MB sentence, a million cue words:
# each one record, exit 0 (tests/test_hostile.c checks they stay linear)
head -c 2097152 /dev/zero | tr '\000' '"' >"$dir/marks.txt"
yes 'the minister said that' | head -c 1048576 | tr '\n' ' ' >"$dir/sentence.txt"
yes said | head -n 1000000 | tr '\n' ' ' >"$dir/cues.txt"
Q "$dir/marks.txt" "$dir/sentence.txt" "$dir/cues.txt" >"$dir/adv.out" 2>"$dir/adv.err" || fail "adversarial text: exit 0"
[ "$(lines "$dir/adv.out")" -eq 3 ] || fail "adversarial text: 3 records"
cut -c1-40 "$dir/adv.out" | grep -c '^{"id": "[a-z]*", "quotes": \[' | grep -q '^3$' || fail "adversarial text: 3 documents"
grep -q '3 documents, [0-9]* statements, 0 errors' "$dir/adv.err" || fail "adversarial text: summary"
rm -f "$dir/marks.txt" "$dir/sentence.txt" "$dir/cues.txt"

# ---------------------------------------------------- one record each
# a mixed run: as many records as documents, in order
Q "$dir/bad.txt" "$dir/missing.txt" "$dir/m.jsonl" "$dir/w.warc" "$dir/empty.txt" >"$dir/all.out" 2>"$dir/all.err"
[ $? -eq 1 ] || fail "mixed run: exit 1"
[ "$(lines "$dir/all.out")" -eq 13 ] || fail "mixed run: 1 + 1 + 8 + 2 + 1 records, not $(lines "$dir/all.out")"
grep -q '13 documents, [0-9]* statements, 8 errors' "$dir/all.err" || fail "mixed run: summary: $(tail -n 1 "$dir/all.err")"

# --------------------------------------------------------------- --strict
Q --strict "$dir/bad.txt" "$dir/missing.txt" "$dir/empty.txt" >"$dir/strict.out" 2>"$dir/strict.err"
[ $? -eq 1 ] || fail "--strict: exit 1"
[ "$(lines "$dir/strict.out")" -eq 2 ] || fail "--strict: stops after the error record: $(cat "$dir/strict.out")"
sed -n 2p "$dir/strict.out" | grep -q '^{"id": "missing", "error": ' || fail "--strict: the error record is the last"
grep -q 'stopped at the first error (--strict)' "$dir/strict.err" || fail "--strict: says why it stopped"
grep -q '2 documents, 1 statement, 1 error' "$dir/strict.err" || fail "--strict: summary: $(cat "$dir/strict.err")"
Q --strict -j 3 "$dir/m.jsonl" >"$dir/strict2.out" 2>/dev/null
[ $? -eq 1 ] && [ "$(lines "$dir/strict2.out")" -eq 2 ] || fail "--strict on JSON lines: $(cat "$dir/strict2.out")"
Q --strict "$dir/bad.txt" "$dir/empty.txt" >/dev/null 2>&1 || fail "--strict without errors: exit 0"

# ------------------------------------------------ -o is never half-written
# an input that never ends (a FIFO this script holds open), then SIGTERM
# from timeout(1), to the whole process group (QUOTH may be a wrapper)
printf 'old\n' >"$dir/o.jsonl"
mkfifo "$dir/feed"
exec 3<>"$dir/feed"
printf '"Yes," she said.\n' >&3
timeout -s TERM 4 "$QUOTH" extract -q -f jsonl -i text -o "$dir/o.jsonl" - <"$dir/feed" 3>&-
rc=$?
exec 3>&-
[ $rc -eq 124 ] || fail "-o: the endless run should have been stopped by timeout, not exit $rc"
# a wrapper (the sanitizer run's QUOTH) dies of the signal at once, while
# quoth, which the same signal reached, may still be removing its file:
# give it up to 10 s to be done
for i in $(seq 100); do
    set -- "$dir"/o.jsonl.tmp*
    [ -e "$1" ] || break
    sleep 0.1
done
[ "$(cat "$dir/o.jsonl")" = old ] || fail "-o: an interrupted run changed the old output"
for f in "$dir"/o.jsonl.tmp*; do [ -e "$f" ] && fail "-o: an interrupted run left $f"; done
Q -q -o "$dir/o.jsonl" "$dir/bad.txt" "$dir/missing.txt"
[ $? -eq 1 ] || fail "-o with an error record: exit 1"
[ "$(lines "$dir/o.jsonl")" -eq 2 ] || fail "-o: both records written"
for f in "$dir"/o.jsonl.tmp*; do [ -e "$f" ] && fail "-o: $f was left"; done
Q -q -o "$dir/no/such/dir/o.jsonl" "$dir/bad.txt" 2>/dev/null
[ $? -eq 3 ] || fail "-o in a missing directory: exit 3"

# ------------------------- -o never replaces what is not a regular file
# (the rename once turned /dev/full into a file: only /dev/null is aimed
# at here; links and pipes are made in $dir)
mkdir "$dir/out"
Q -q "$dir/bad.txt" >"$dir/out/want"
# a symbolic link: its target written, the link kept
printf 'old\n' >"$dir/out/target.jsonl"
ln -s target.jsonl "$dir/out/link.jsonl"
Q -q -o "$dir/out/link.jsonl" "$dir/bad.txt" || fail "-o a link: exit $?"
[ -L "$dir/out/link.jsonl" ] || fail "-o a link: the link was replaced"
cmp -s "$dir/out/target.jsonl" "$dir/out/want" || fail "-o a link: the target holds $(cat "$dir/out/target.jsonl")"
# a link to a file not there yet: made there, where the link leads
mkdir "$dir/out/sub"
ln -s sub/later.jsonl "$dir/out/dangling.jsonl"
Q -q -o "$dir/out/dangling.jsonl" "$dir/bad.txt" || fail "-o a dangling link: exit $?"
[ -L "$dir/out/dangling.jsonl" ] && cmp -s "$dir/out/sub/later.jsonl" "$dir/out/want" || fail "-o a dangling link"
# a named pipe: written through, and still a pipe
mkfifo "$dir/out/pipe"
timeout 60 cat "$dir/out/pipe" >"$dir/out/from-pipe" &
reader=$!
timeout 60 "$QUOTH" extract -q -f jsonl -o "$dir/out/pipe" "$dir/bad.txt" || fail "-o a named pipe: exit $?"
wait $reader
[ -p "$dir/out/pipe" ] || fail "-o a named pipe: the pipe was replaced"
cmp -s "$dir/out/from-pipe" "$dir/out/want" || fail "-o a named pipe: the reader got $(cat "$dir/out/from-pipe")"
# a device: written into, not replaced. Through a link first: a quoth that
# renamed over the path would replace the link, not the device
ln -s /dev/null "$dir/out/null-link"
Q -q -o "$dir/out/null-link" "$dir/bad.txt" || fail "-o a link to /dev/null: exit $?"
[ -L "$dir/out/null-link" ] && [ -c /dev/null ] || fail "-o a link to /dev/null: replaced"
Q -q -o /dev/null "$dir/bad.txt" || fail "-o /dev/null: exit $?"
[ -c /dev/null ] || fail "-o /dev/null: no longer a device"
# standard output named as a file: the file the shell opened, appended to
printf 'first\n' >"$dir/out/log"
Q -q -o /dev/stdout "$dir/bad.txt" >>"$dir/out/log" || fail "-o /dev/stdout: exit $?"
[ "$(head -n 1 "$dir/out/log")" = first ] && [ "$(sed -n 2p "$dir/out/log")" = "$(cat "$dir/out/want")" ] ||
    fail "-o /dev/stdout >>log: $(cat "$dir/out/log")"
# a private file stays private
printf 'old\n' >"$dir/out/private.jsonl"
chmod 600 "$dir/out/private.jsonl"
Q -q -o "$dir/out/private.jsonl" "$dir/bad.txt" || fail "-o a private file: exit $?"
[ "$(stat -c %a "$dir/out/private.jsonl")" = 600 ] || fail "-o a private file: mode $(stat -c %a "$dir/out/private.jsonl")"
cmp -s "$dir/out/private.jsonl" "$dir/out/want" || fail "-o a private file: its records"
chmod 640 "$dir/out/private.jsonl"
Q -q -o "$dir/out/private.jsonl" "$dir/bad.txt" && [ "$(stat -c %a "$dir/out/private.jsonl")" = 640 ] ||
    fail "-o a 640 file: mode $(stat -c %a "$dir/out/private.jsonl")"
# a directory: exit 3, left as it was
mkdir "$dir/out/d"
Q -q -o "$dir/out/d" "$dir/bad.txt" 2>"$dir/out/err"; rc=$?
[ $rc -eq 3 ] && [ "$(cat "$dir/out/err")" = "quoth: cannot write $dir/out/d: it is a directory" ] ||
    fail "-o a directory: exit $rc: $(cat "$dir/out/err")"
[ -d "$dir/out/d" ] && [ -z "$(ls "$dir/out/d")" ] || fail "-o a directory: changed"
for f in "$dir"/out/*.tmp.* "$dir"/out/sub/*.tmp.*; do [ -e "$f" ] && fail "-o: $f was left"; done

# ------------------------------------------------------- damaged models
model=models/quoth-en.qm
if [ -f "$model" ]; then
    head -c $(($(wc -c <"$model") / 2)) "$model" >"$dir/cut.qm"
    Q --model "$dir/cut.qm" "$dir/bad.txt" >/dev/null 2>"$dir/model.err"
    [ $? -eq 3 ] || fail "truncated model: exit 3"
    grep -q 'cannot load model .*cut.qm: model file is corrupt, truncated or of another version' "$dir/model.err" \
        || fail "truncated model: message: $(cat "$dir/model.err")"
    "$QUOTH" model "$dir/cut.qm" >/dev/null 2>&1 && fail "quoth model should reject a truncated model"
fi
: >"$dir/empty.qm"
Q --model "$dir/empty.qm" "$dir/bad.txt" >/dev/null 2>"$dir/model.err"
[ $? -eq 3 ] || fail "empty model file: exit 3"
grep -q 'model file is corrupt, truncated' "$dir/model.err" || fail "empty model file: message"
head -c 100000 /dev/urandom >"$dir/junk.qm"
Q --model "$dir/junk.qm" "$dir/bad.txt" >/dev/null 2>&1
[ $? -eq 3 ] || fail "random bytes as a model: exit 3"
exit 0
