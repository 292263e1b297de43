#!/bin/sh
# quoth train: the same corpus and seed give the same model byte for byte,
# another seed another model; the model loads and tags; the tagger's
# one-word-cue label (U-CUE) never leaves it; wrong folders are named.
set -u
q=${QUOTH:-build/quoth}
fx=tests/fixtures/eval/basic
fail() { echo "train.sh: $*"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

"$q" train --corpus "$fx" --epochs 3 -o "$tmp/a.qm" 2>"$tmp/log" || fail "train exited $?: $(tail -n 1 "$tmp/log")"
grep -q '^epoch 3: ' "$tmp/log" || fail "no progress line for epoch 3"
grep -q '^attribution tagger: 3 documents, ' "$tmp/log" || fail "no corpus line"
# what the corpus gave and what was skipped: delta.txt has no .ann, bravo's
# .ann has a line without a tab and an attribution of T lines it lacks
grep -q "^corpus $fx: 3 annotated documents, [0-9]* attributions; 1 text without an .ann file skipped; 2 annotation lines skipped" "$tmp/log" ||
    fail "no corpus report: $(grep '^corpus' "$tmp/log")"

# a corpus with nothing to learn from is refused, not made into a model
# that tags nothing
mkdir -p "$tmp/bare/text" "$tmp/bare/attributions"
cp "$fx/text/alpha.txt" "$tmp/bare/text/"
printf 'T1\tContent 0 99999\tbeyond the text\nE1\tAttribution:T1\n' >"$tmp/bare/attributions/alpha_x.ann"
"$q" train --corpus "$tmp/bare" --epochs 2 -o "$tmp/bare.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "a corpus of no attribution exited $rc, not 3"
grep -q "holds no attribution to learn from" "$tmp/err" || fail "a corpus of no attribution: say so ($(cat "$tmp/err"))"
grep -q "1 annotated document, 0 attributions; 2 annotation lines skipped" "$tmp/err" ||
    fail "a corpus of no attribution: say what was skipped"
grep -q "invalid argument" "$tmp/err" && fail "a corpus of no attribution: a stray 'invalid argument' after the refusal"
[ -e "$tmp/bare.qm" ] && fail "a corpus of no attribution gave a model"
"$q" train --corpus "$fx" --epochs 3 -o "$tmp/b.qm" 2>/dev/null || fail "second train exited $?"
cmp -s "$tmp/a.qm" "$tmp/b.qm" || fail "the same corpus and seed gave two different models"
"$q" train --corpus "$fx" --epochs 3 --seed 7 -o "$tmp/c.qm" 2>/dev/null || fail "train --seed exited $?"
cmp -s "$tmp/a.qm" "$tmp/c.qm" && fail "another seed gave the same model"

"$q" train --corpus "$fx" --epochs 3 --parser -o "$tmp/p.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] || fail "--parser without CoreNLP's trees exited $rc, not 2"
grep -q "corenlp-tokens.tsv.gz, and there is none" "$tmp/err" || fail "--parser without trees: say so"
[ -e "$tmp/p.qm" ] && fail "--parser without trees wrote a model without a parser"

"$q" model "$tmp/a.qm" >"$tmp/sections" || fail "quoth model cannot read the trained model"
grep -q 'attribution' "$tmp/sections" || fail "the trained model has no attribution tagger"
grep -Eq '^  attrib\.weights +[0-9]+  attribution tagger' "$tmp/sections" || fail "quoth model does not list the sections"

# --dev: the confidences are learned on it (a section of the model, and a
# line of the log); without --dev there is none, and the fixed ones stay.
"$q" train --corpus "$fx" --dev "$fx" --epochs 3 -o "$tmp/f.qm" 2>"$tmp/log" || fail "train --dev exited $?"
grep -Eq '^calibration on dev \([0-9]+ attributions\): rules. direct quotes 0\.[0-9]{3}' "$tmp/log" ||
    fail "no calibration line: $(tail -n 1 "$tmp/log")"
"$q" model "$tmp/f.qm" | grep -Eq '^  attrib\.calib +[0-9]+  confidences' || fail "the model trained with --dev has no attrib.calib"
grep -q 'attrib\.calib' "$tmp/sections" && fail "a model trained without --dev has attrib.calib"
"$q" extract -q -f jsonl --model "$tmp/a.qm" "$fx/text/alpha.txt" | grep -o '"confidence": [0-9.]*' | sort -u >"$tmp/fixed"
grep -qvE ': 0\.(70|80|90)$' "$tmp/fixed" && fail "a model without attrib.calib gave confidences other than 0.7, 0.8, 0.9"
"$q" model | grep -Eq '^  attrib\.calib +[0-9]+' || fail "the built-in model has no attrib.calib"

# The learned labels, with a model trained here and the built-in one: cues
# are B-CUE/I-CUE, whatever label the tagger used inside. Three articles
# teach so little that the default pruning (averaged weights below 8)
# leaves no cue: this model keeps every weight.
"$q" train --corpus "$fx" --epochs 8 --min-weight 1 -o "$tmp/e.qm" 2>/dev/null || fail "train --min-weight exited $?"
for model in "$tmp/e.qm" ""; do
    "$q" tokens ${model:+--model "$model"} "$fx/text/alpha.txt" >"$tmp/tokens" ||
        fail "tokens ${model:-(built-in)} exited $?"
    grep -q 'U-CUE' "$tmp/tokens" && fail "U-CUE left the tagger (${model:-built-in model})"
    grep -q '	B-CUE$' "$tmp/tokens" || fail "no cue labelled (${model:-built-in model}): the check above proves nothing"
done
awk -F'\t' '$4 == "said" { print $NF }' "$tmp/tokens" | grep -qx 'B-CUE' ||
    fail "the built-in model does not label \"said\" B-CUE"

# --parser, with CoreNLP's columns made here for the fixture articles: the
# tags the built-in model gives, and a tree of our own in each sentence (its
# first verb the root, the word before it its subject, every other word
# hanging from it). The model holds a parser, and the trees it makes at
# run time reach quoth tokens and extraction.
mkdir -p "$tmp/parsed"
cp -r "$fx/text" "$fx/attributions" "$tmp/parsed/"
{
    printf '# doc\tsent\ttok\tstart\tend\tword\tlemma\tpos\tner\thead\tdeprel\n'
    for f in "$tmp"/parsed/text/*.txt; do
        "$q" tokens "$f" | awk -F'\t' -v doc="$(basename "$f" .txt)" -v sent=1 '
            function flush(   i, root, head, rel) {
                if (!n) return
                root = 1
                for (i = n; i >= 1; i--) if (pos[i] ~ /^VB/) root = i
                for (i = 1; i <= n; i++) {
                    head = i == root ? 0 : root
                    rel = i == root ? "root" : i == root - 1 ? "nsubj" : "dep"
                    printf "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\tO\t%d\t%s\n", doc, sent, i, st[i], en[i], w[i], w[i], pos[i], head, rel
                }
                n = 0
                sent++
            }
            /^#/ { next }
            /^$/ { flush(); next }
            { n++; st[n] = $2; en[n] = $3; w[n] = $4; pos[n] = $6 }
            END { flush() }'
    done
} | gzip >"$tmp/parsed/corenlp-tokens.tsv.gz"
"$q" train --corpus "$tmp/parsed" --epochs 3 --tagger-epochs 2 --parser -o "$tmp/p.qm" 2>"$tmp/log" ||
    fail "train --parser exited $?: $(tail -n 1 "$tmp/log")"
grep -q '^dependency parser from ' "$tmp/log" || fail "train --parser: no parser in the log"
"$q" model "$tmp/p.qm" | grep -Eq '^  dep\.moves +[0-9]+' || fail "train --parser: the model has no parser"
"$q" tokens --model "$tmp/p.qm" "$fx/text/alpha.txt" | awk -F'\t' 'NF == 10 && $7 >= 0 && $8 != "-"' | grep -q . ||
    fail "the parser gave no token a head"
"$q" extract -q -f jsonl --model "$tmp/p.qm" "$fx/text" >"$tmp/parsed.out" || fail "extract with a parser exited $?"
[ "$(grep -c '"quotes": \[{' "$tmp/parsed.out")" -ge 2 ] || fail "extract with a parser: $(cat "$tmp/parsed.out")"

# ------------------------------------------------ numbers of the options
# each refused with exit 2 before anything is read; --epochs names itself
for arg in "--seed abc" "--seed 1e3" "--seed -5" "--seed 12x" "--seed ''" "--min-weight abc" "--min-weight -3" \
    "--min-weight 1e3" "--min-weight 0.5x" "--min-weight ." "--epochs 0" "--epochs 3x" "--tagger-epochs 0"; do
    eval "set -- $arg"
    "$q" train --corpus "$fx" -o "$tmp/n.qm" "$1" "$2" 2>"$tmp/err"; rc=$?
    [ $rc -eq 2 ] || fail "$arg: exit $rc, not 2"
    [ -e "$tmp/n.qm" ] && fail "$arg: a model was written"
done
[ "$(cat "$tmp/err")" = "quoth: train: --tagger-epochs wants a whole number above 0, not '0'" ] ||
    fail "--tagger-epochs 0: $(cat "$tmp/err")"
"$q" train --corpus "$fx" -o "$tmp/n.qm" --seed 1e3 2>"$tmp/err"
[ "$(cat "$tmp/err")" = "quoth: train: --seed wants a whole number (digits only), not '1e3'" ] || fail "--seed 1e3: $(cat "$tmp/err")"
"$q" train --corpus "$fx" -o "$tmp/n.qm" --min-weight -3 2>"$tmp/err"
[ "$(cat "$tmp/err")" = "quoth: train: --min-weight wants a number of 0 or more (8, 0.5), not '-3'" ] ||
    fail "--min-weight -3: $(cat "$tmp/err")"
"$q" train --corpus "$fx" --epochs 1 --min-weight 0.5 --seed 0 -o "$tmp/n.qm" 2>/dev/null || fail "--min-weight 0.5 --seed 0 refused"

# how many weights the pruning kept; none kept is refused, not written
grep -Eq '^attribution tagger: [1-9][0-9]* of [0-9]+ features kept after pruning \(weights below 8 dropped\)$' "$tmp/log" ||
    fail "no pruning line: $(grep pruning "$tmp/log")"
"$q" train --corpus "$fx" --epochs 1 --min-weight 1000000 -o "$tmp/pruned.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "a model pruned to nothing: exit $rc, not 3"
grep -qx "quoth train: pruning left the attribution tagger no weight: lower --min-weight" "$tmp/err" ||
    fail "a model pruned to nothing: $(tail -n 2 "$tmp/err")"
grep -q "invalid argument" "$tmp/err" && fail "a model pruned to nothing: a stray 'invalid argument'"
ls "$tmp" | grep -q 'pruned' && fail "a model pruned to nothing left $(ls "$tmp" | grep pruned)"

# an empty --dev is refused like an empty --corpus, before any epoch
"$q" train --corpus "$fx" --dev "$tmp/bare" --epochs 1 -o "$tmp/dev.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "an empty --dev: exit $rc, not 3"
grep -qx "quoth train: --dev $tmp/bare holds no attribution to score" "$tmp/err" || fail "an empty --dev: $(cat "$tmp/err")"
grep -q '^epoch' "$tmp/err" && fail "an empty --dev: refused only after training"

# --base that is no model: named, with the check it failed, before training
printf 'hello\n' >"$tmp/notmodel.qm"
"$q" train --corpus "$fx" --base "$tmp/notmodel.qm" -o "$tmp/b2.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] || fail "--base not a model: exit $rc"
[ "$(cat "$tmp/err")" = "quoth: cannot load model $tmp/notmodel.qm: model file is corrupt, truncated or of another version (not a quoth model: its first bytes are not QUOTHMDL)" ] ||
    fail "--base not a model: $(cat "$tmp/err")"

# ------------------------------------------------------------------- -o
# checked before training, naming the path
"$q" train --corpus "$fx" --epochs 1 -o "$tmp/nodir/sub/m.qm" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] && [ "$(cat "$tmp/err")" = "quoth: cannot write $tmp/nodir/sub/m.qm: no directory $tmp/nodir/sub" ] ||
    fail "-o in a missing directory: exit $rc: $(cat "$tmp/err")"
"$q" train --corpus "$fx" --epochs 1 -o "$tmp" 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] && [ "$(cat "$tmp/err")" = "quoth: cannot write $tmp: it is a directory" ] ||
    fail "-o a directory: exit $rc: $(cat "$tmp/err")"
"$q" train --corpus "$fx" --epochs 1 -o /dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 3 ] && [ -c /dev/null ] || fail "-o /dev/null: exit $rc, or /dev/null replaced"
# a model written again keeps its mode; through a link, the link stays
mkdir "$tmp/w"
cp "$tmp/c.qm" "$tmp/w/old.qm"
chmod 640 "$tmp/w/old.qm"
ln -s old.qm "$tmp/w/link.qm"
"$q" train --corpus "$fx" --epochs 3 -o "$tmp/w/link.qm" 2>/dev/null || fail "-o a link: exit $?"
[ -L "$tmp/w/link.qm" ] || fail "-o a link: the link was replaced by a file"
cmp -s "$tmp/w/old.qm" "$tmp/a.qm" || fail "-o a link: the file it leads to was not replaced"
[ "$(stat -c %a "$tmp/w/old.qm")" = 640 ] || fail "-o a 640 model: mode $(stat -c %a "$tmp/w/old.qm")"
[ "$(ls "$tmp/w")" = "$(printf 'link.qm\nold.qm')" ] || fail "-o: left $(ls "$tmp/w")"
# SIGTERM while training: the temporary model (PATH.tmp.PID, made here as
# if the write had begun) is removed, the old model kept. Only when $q is
# quoth itself, whose PID $! is (not a sanitizer's wrapper script).
if [ "$(head -c 4 "$q" | tail -c 3)" = ELF ]; then
    "$q" train --corpus "$fx" --epochs 100000 -o "$tmp/w/old.qm" 2>"$tmp/log" &
    pid=$!
    for i in $(seq 100); do grep -q '^epoch 1:' "$tmp/log" && break; sleep 0.1; done
    : >"$tmp/w/old.qm.tmp.$pid"
    kill -TERM $pid
    wait $pid 2>/dev/null
    [ -e "$tmp/w/old.qm.tmp.$pid" ] && fail "SIGTERM: the temporary model was left"
    cmp -s "$tmp/w/old.qm" "$tmp/a.qm" || fail "SIGTERM: the old model changed"
fi

# ------------------------------------------------- what a corpus skipped
# each file named with its line and why; at most 5 of a kind
mkdir -p "$tmp/odd/text" "$tmp/odd/attributions"
for n in alpha bravo charlie; do cp "$fx/text/$n.txt" "$tmp/odd/text/"; done
cp "$fx/attributions/alpha_kim.ann" "$tmp/odd/attributions/"
cp "$fx/text/alpha.txt" "$tmp/odd/text/echo.txt"
sed 's/Officials/Officers/' "$fx/attributions/bravo_lee.ann" >"$tmp/odd/attributions/bravo_lee.ann"
cp "$fx/attributions/charlie_anna.ann" "$tmp/odd/attributions/charlie.ann"
cp "$fx/attributions/alpha_kim.ann" "$tmp/odd/attributions/foxtrot_kim.ann"
printf 'T1\tSpeaker 0 3\tZoë\nT1\tCue 0 3\tZoë\n' >>"$tmp/odd/attributions/alpha_kim.ann"
printf '\251 \377\n' >>"$tmp/odd/text/echo.txt"
printf 'T1\tCue 0 3\tZoë\n' >"$tmp/odd/attributions/echo_kim.ann"
for i in 1 2 3 4 5 6 7; do printf 'T9%d\tCue 0 99999\tx\n' $i >>"$tmp/odd/attributions/echo_kim.ann"; done
"$q" train --corpus "$tmp/odd" --epochs 1 -o "$tmp/odd.qm" 2>"$tmp/err" || fail "train on odd exited $?"
o="  warning: $tmp/odd"
for want in \
    "corpus $tmp/odd: 3 annotated documents, 10 attributions; 1 text without an .ann file skipped; 9 annotation lines skipped, as score.py skips them (unreadable, offsets outside the text, an attribution without a content)" \
    "$o/attributions/charlie.ann: the .ann file needs an annotator suffix: charlie_ANNOTATOR.ann (text/charlie.txt not used)" \
    "$o/attributions/foxtrot_kim.ann: no text/foxtrot.txt for it (not used)" \
    "$o/attributions/echo_kim.ann:2: T91 skipped: offsets '0 99999' outside the text (404 characters)" \
    "  warning: and 4 more annotation lines skipped" \
    "$o/text/echo.txt: not UTF-8 (2 invalid sequences read as U+FFFD)" \
    "$o/attributions/bravo_lee.ann:3: T3: its text \"Officers\" is not the text at 0 9 (was the text edited after annotation?)" \
    "$o/attributions/alpha_kim.ann:39: T1 ignored: label 'Speaker' is not one quoth reads (Source, Cue, Content, Attribution; see docs/brat.md)" \
    "$o/attributions/alpha_kim.ann:40: duplicate id T1 (given before on line 39): this line replaces it, as in score.py"; do
    grep -qxF "$want" "$tmp/err" || fail "odd corpus: no line '$want' in: $(cat "$tmp/err")"
done
[ "$(grep -c 'annotation lines skipped$\|skipped: ' "$tmp/err")" -eq 6 ] || fail "odd corpus: not 5 skipped lines and a count of the rest"
grep -q 'alpha_kim.ann:4[01]: T1: its text' "$tmp/err" && fail "odd corpus: a span text that is the text was called different"

"$q" train --corpus "$tmp/nowhere" -o "$tmp/d.qm" 2>"$tmp/err" && fail "a missing corpus did not fail"
grep -q -- "--corpus $tmp/nowhere: no folder $tmp/nowhere/text" "$tmp/err" || fail "missing corpus: $(cat "$tmp/err")"
"$q" train --corpus "$fx" --dev "$tmp/nowhere" -o "$tmp/d.qm" 2>"$tmp/err" && fail "a missing --dev did not fail"
grep -q -- "--dev $tmp/nowhere: no folder" "$tmp/err" || fail "missing --dev: $(cat "$tmp/err")"
[ -e "$tmp/d.qm" ] && fail "a failed train wrote a model"
"$q" train -o "$tmp/d.qm" 2>/dev/null
[ $? -eq 2 ] || fail "train without --corpus is not a usage error"
exit 0
