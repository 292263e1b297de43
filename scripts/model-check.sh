#!/bin/sh
# The built-in model must be what `make model` builds from this code. Its
# features read the word lists, the rules' verdicts, the tokenizer and the
# taggers, so a change to any of them (one given name moved from one list to
# another did it once) silently leaves a model trained on other features than
# the ones it is given at run time, and a `make model` that no longer
# rebuilds the file that ships. Training takes about half a minute; without
# the corpus there is nothing to check against.
#
# usage: scripts/model-check.sh QUOTH SHARED MODEL
set -u
q=$1 shared=$2 model=$3
if [ ! -d "$shared/polnear/train" ] || [ ! -d "$shared/polnear/dev" ]; then
    echo "model-check: skipped (no PolNeAR corpus at $shared/polnear)"
    exit 0
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
if ! "$q" train --corpus "$shared/polnear/train" --dev "$shared/polnear/dev" -o "$tmp/model.qm" 2>"$tmp/log"; then
    echo "model-check: quoth train failed: $(tail -n 1 "$tmp/log")"
    exit 1
fi
if ! cmp -s "$tmp/model.qm" "$model"; then
    echo "model-check: $model is not what \`make model\` builds from this code."
    echo "  Either the features changed (word lists, rules, tokenizer or taggers), or only what quoth"
    echo "  extracts from dev did, which the confidences (attrib.calib) are fitted to."
    echo "  Run \`make model\`, measure it (make eval), and commit the model with its figures."
    "$q" model "$tmp/model.qm" | sed -n '2,$p' >"$tmp/new"
    "$q" model "$model" 2>/dev/null | sed -n '2,$p' >"$tmp/old"
    if [ ! -s "$tmp/old" ]; then
        echo "  The shipped model cannot even be read: \`quoth model $model\` says why."
    elif cmp -s "$tmp/old" "$tmp/new"; then
        echo "  Every section has the size it had: some section's bytes differ."
    else
        echo "  Sections (< shipped, > rebuilt):"
        diff "$tmp/old" "$tmp/new" | grep '^[<>]' | sed 's/^/  /'
    fi
    exit 1
fi
echo "model-check: $model is rebuilt byte for byte by \`make model\`"
