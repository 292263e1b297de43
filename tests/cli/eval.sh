#!/bin/sh
# quoth eval: figures on the fixture corpus (those of the shared score.py,
# hard-coded), --json, --help, and the errors of a missing folder or file.
set -u
q=${QUOTH:-build/quoth}
fx=tests/fixtures/eval
fail() { echo "eval.sh: $*"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

"$q" eval --gold "$fx/basic" --pred "$fx/basic-pred.jsonl" >"$tmp/out" 2>"$tmp/err" ||
    fail "eval --pred exited $?"
want="summary: who-said-what F1=0.818 content-overlap F1=0.777 content-exact F1=0.455 source-exact F1=0.600 cue-exact F1=0.600 direct-who-said-what F1=0.857 problems=4"
grep -qxF "$want" "$tmp/out" || fail "summary line differs: $(grep summary "$tmp/out")"
head -n 1 "$tmp/out" | grep -qxF "3 gold documents, 3 with predictions" || fail "header line differs"
grep -qxF "speakers: 3 of 6 named as in speakers.tsv" "$tmp/out" || fail "speakers line missing"
grep -q '^problem: bravo: cue span -4..-1 outside the text$' "$tmp/err" || fail "problems not on stderr"
# what the gold folder lacks, on stderr: delta.txt has no .ann; bravo's .ann
# has a line without a tab and an attribution of T lines it lacks
grep -qxF "quoth: eval: $fx/basic: 1 text without an .ann file is not scored" "$tmp/err" ||
    fail "texts without an .ann: say so"
grep -q "^quoth: eval: $fx/basic: 2 annotation lines skipped, as score.py skips them" "$tmp/err" ||
    fail "skipped annotation lines: say so"
cp "$tmp/err" "$tmp/err0"

# ids that match no gold document: said, and loudly when none matches (the
# ids of `quoth extract -r DIR`, which hold the folder); figures unchanged
cat >"$tmp/clean.jsonl" <<'EOF'
{"id": "alpha", "quotes": [{"cue": {"start": 75, "end": 79}, "sources": [{"start": 80, "end": 96}], "contents": [{"start": 31, "end": 74}]}]}
{"id": "bravo", "quotes": []}
{"id": "charlie", "quotes": []}
EOF
sed 's/"id": "\([a-z]*\)"/"id": "text\/\1"/' "$tmp/clean.jsonl" >"$tmp/folders.jsonl"
"$q" eval --gold "$fx/basic" --pred "$tmp/folders.jsonl" >"$tmp/out" 2>"$tmp/err" || fail "ids with folders: exit $?"
grep -qxF "3 gold documents, 0 with predictions" "$tmp/out" || fail "ids with folders: $(head -n 1 "$tmp/out")"
grep -qxF "quoth: eval: WARNING: none of the 3 prediction records names a gold document of $fx/basic, so every figure below is 0: ids 'text/alpha', 'text/bravo', 'text/charlie'; a gold id is a text's name without .txt" "$tmp/err" ||
    fail "ids with folders: no warning: $(cat "$tmp/err")"
grep -qxF "quoth: eval: 3 of those ids are a gold id behind a folder, as \`quoth extract -r DIR\` names records: run \`quoth extract $fx/basic/text\` instead, or remove the folders from the ids" "$tmp/err" ||
    fail "ids with folders: no hint: $(cat "$tmp/err")"
# one id of no document, two records of one, an error record: each said,
# the figures those of score.py (alpha's statements counted twice)
{ cat "$tmp/clean.jsonl"; echo '{"id": "not-in-gold", "quotes": []}'; head -n 1 "$tmp/clean.jsonl"
  echo '{"id": "charlie", "error": "could not read", "origin": "x"}'; } >"$tmp/odd.jsonl"
"$q" eval --gold "$fx/basic" --pred "$tmp/odd.jsonl" --model "$tmp/none.qm" >"$tmp/out" 2>"$tmp/err" || fail "odd ids: exit $?"
for want in \
    "quoth: eval: warning: --model and --rules-only are for quoth's own extraction; with --pred they change nothing" \
    "quoth: eval: warning: 1 prediction record names no gold document of $fx/basic, not scored (as score.py): 'not-in-gold'" \
    "quoth: eval: warning: 2 documents have more than one prediction record, whose statements are all scored, as score.py does: 'alpha' (2 records), 'charlie' (2 records)" \
    "quoth: eval: warning: 1 prediction record is an error record (no text was read), scored as predicting nothing: 'charlie'"; do
    grep -qxF "$want" "$tmp/err" || fail "odd ids: no line '$want' in: $(cat "$tmp/err")"
done
grep -qxF "3 gold documents, 3 with predictions" "$tmp/out" || fail "odd ids: header"
# the same through a pipe, as --pred -: read once, so the ids are still checked
"$q" eval --gold "$fx/basic" --pred - <"$tmp/odd.jsonl" >"$tmp/out-pipe" 2>"$tmp/err-pipe" ||
    fail "--pred -: exit $?"
cmp -s "$tmp/out" "$tmp/out-pipe" || fail "--pred - scores otherwise than the file"
grep -v -e 'with --pred they change nothing' "$tmp/err" | cmp -s - "$tmp/err-pipe" ||
    fail "--pred - warns otherwise than the file: $(cat "$tmp/err-pipe")"
"$q" eval --gold "$fx/basic" --pred "$tmp/clean.jsonl" 2>&1 >/dev/null | grep -q 'prediction record' &&
    fail "warnings about prediction ids for a clean file"
grep -qxF "quoth: eval: warning: 2 prediction records name no gold document of $fx/basic, not scored (as score.py): 'delta', 'zulu'" "$tmp/err0" ||
    fail "basic-pred: ids of no document not said: $(cat "$tmp/err0")"

# a gold folder in brat's own naming (NAME.ann): the suffix is asked for
mkdir -p "$tmp/nosuffix/text" "$tmp/nosuffix/attributions"
cp "$fx/basic/text/alpha.txt" "$tmp/nosuffix/text/"
cp "$fx/basic/attributions/alpha_kim.ann" "$tmp/nosuffix/attributions/alpha.ann"
"$q" eval --gold "$tmp/nosuffix" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "no annotator suffix: exit $rc"
[ "$(cat "$tmp/err")" = "quoth: eval: warning: $tmp/nosuffix/attributions/alpha.ann: the .ann file needs an annotator suffix: alpha_ANNOTATOR.ann (text/alpha.txt not used)
quoth: eval: no gold documents under $tmp/nosuffix: the .ann files need an annotator suffix, attributions/NAME_ANNOTATOR.ann (see docs/brat.md)" ] ||
    fail "no annotator suffix: $(cat "$tmp/err")"
# the gold's skipped lines, each with its file and line
grep -qxF "quoth: eval: warning: $fx/basic/attributions/bravo_lee.ann:16: skipped: no tab after its id 'T99'" "$tmp/err0" ||
    fail "skipped line not named: $(cat "$tmp/err0")"

"$q" eval --gold "$fx/basic" --pred "$fx/basic-pred.jsonl" --json >"$tmp/json" 2>/dev/null ||
    fail "eval --json exited $?"
grep -q '^ "docs_predicted": 3,$' "$tmp/json" || fail "--json: docs_predicted"
grep -q '^   "f1": 0.8182,$' "$tmp/json" || fail "--json: who_said_what f1"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["all"]["cue_exact"]["f1"] == 0.6' \
    "$tmp/json" || fail "--json is not the expected JSON"

"$q" eval --gold "$fx/basic" --pred "$fx/empty-pred.jsonl" 2>/dev/null | grep -q '^3 gold documents, 0 with predictions$' ||
    fail "empty predictions"

# Without --pred quoth extracts the texts itself: the figures depend on the
# model, the shape of the output does not.
"$q" eval --gold "$fx/basic" >"$tmp/out" 2>"$tmp/err" || fail "eval without --pred exited $?"
grep -q '^3 gold documents, 3 with predictions$' "$tmp/out" || fail "without --pred: header"
grep -q '^summary: .* problems=0$' "$tmp/out" || fail "without --pred: summary"
grep -q '^speakers: [0-9]* of 6 named as in speakers.tsv$' "$tmp/out" || fail "without --pred: speakers"

# --confidence: the same report from quoth's own extraction and from its
# JSON Lines output; a prediction file without confidences says so.
"$q" eval --gold "$fx/basic" --confidence >"$tmp/conf" 2>/dev/null || fail "eval --confidence exited $?"
grep -qx 'confidence   predictions   right' "$tmp/conf" || fail "--confidence: no table"
grep -q '^confidence: [0-9]* predictions, mean 0\.[0-9]*, [01]\.[0-9]* right; Brier score 0\.[0-9]*' "$tmp/conf" ||
    fail "--confidence: no summary line: $(tail -n 1 "$tmp/conf")"
"$q" extract -q -f jsonl "$fx/basic/text" >"$tmp/own.jsonl" || fail "extract exited $?"
"$q" eval --gold "$fx/basic" --pred "$tmp/own.jsonl" --confidence >"$tmp/conf2" 2>/dev/null ||
    fail "eval --pred --confidence exited $?"
[ "$(grep '^confidence: ' "$tmp/conf")" = "$(grep '^confidence: ' "$tmp/conf2")" ] ||
    fail "--confidence differs between extraction and its output: $(grep '^confidence: ' "$tmp/conf" "$tmp/conf2")"
"$q" eval --gold "$fx/basic" --pred "$fx/basic-pred.jsonl" --confidence 2>/dev/null |
    grep -qx 'confidence: none of the 10 predictions has one' || fail "--confidence without confidences"
"$q" eval --gold "$fx/basic" --confidence --json >/dev/null 2>&1; [ $? -eq 2 ] || fail "--confidence --json should exit 2"

"$q" eval --help >"$tmp/help" || fail "--help exited $?"
grep -q -- '--pred' "$tmp/help" || fail "--help does not explain --pred"

"$q" eval --gold "$fx/no-such-folder" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 2 ] || [ "$rc" -eq 3 ] || fail "missing folder: exit $rc"
grep -q 'no-such-folder' "$tmp/err" || fail "missing folder: unclear message: $(cat "$tmp/err")"

"$q" eval --gold "$fx/basic" --pred "$fx/no-such-file.jsonl" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 3 ] || fail "missing prediction file: exit $rc"

"$q" eval >/dev/null 2>&1
[ $? -eq 2 ] || fail "no --gold: want exit 2"

# --pos: agreement with a token file in CoreNLP's columns, gzipped or not;
# "smiled" is given NN here, so 11 of the 12 tokens agree
tab=$(printf '\t')
{
    echo "# doc${tab}sent${tab}tok${tab}start${tab}end${tab}word${tab}lemma${tab}pos${tab}ner${tab}head${tab}deprel"
    i=0
    for wt in The/DT mayor/NN said/VBD that/IN the/DT ferry/NN was/VBD late/JJ ./. ; do
        i=$((i + 1)); echo "d1${tab}1${tab}$i${tab}0${tab}0${tab}${wt%/*}${tab}x${tab}${wt#*/}${tab}O${tab}0${tab}dep"
    done
    i=0
    for wt in She/PRP smiled/NN ./. ; do
        i=$((i + 1)); echo "d1${tab}2${tab}$i${tab}0${tab}0${tab}${wt%/*}${tab}x${tab}${wt#*/}${tab}O${tab}0${tab}dep"
    done
} >"$tmp/tokens.tsv"
gzip -c "$tmp/tokens.tsv" >"$tmp/tokens.tsv.gz"
for f in "$tmp/tokens.tsv" "$tmp/tokens.tsv.gz"; do
    "$q" eval --pos "$f" >"$tmp/pos" || fail "eval --pos $f exited $?"
    grep -qxF "part-of-speech: 12 tokens in 2 sentences, 91.67% tagged as in $f" "$tmp/pos" || fail "--pos: $(cat "$tmp/pos")"
done
"$q" eval --pos "$tmp/none.tsv" >/dev/null 2>"$tmp/err"
[ $? -eq 3 ] || fail "--pos with a missing file: want exit 3"
grep -q "No such file" "$tmp/err" || fail "--pos with a missing file: say why"
exit 0
