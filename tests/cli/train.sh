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

"$q" train --corpus "$tmp/nowhere" -o "$tmp/d.qm" 2>"$tmp/err" && fail "a missing corpus did not fail"
grep -q -- "--corpus $tmp/nowhere: no folder $tmp/nowhere/text" "$tmp/err" || fail "missing corpus: $(cat "$tmp/err")"
"$q" train --corpus "$fx" --dev "$tmp/nowhere" -o "$tmp/d.qm" 2>"$tmp/err" && fail "a missing --dev did not fail"
grep -q -- "--dev $tmp/nowhere: no folder" "$tmp/err" || fail "missing --dev: $(cat "$tmp/err")"
[ -e "$tmp/d.qm" ] && fail "a failed train wrote a model"
"$q" train -o "$tmp/d.qm" 2>/dev/null
[ $? -eq 2 ] || fail "train without --corpus is not a usage error"
exit 0
