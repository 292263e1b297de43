#!/bin/sh
# `make install` serves a program of one's own (make install-check, part of
# make test): quoth is installed under a temporary prefix; the installed
# command runs; examples/who_said.c is compiled against the installed header
# and library by pkg-config alone (no -I or -L into this tree) and gives, for
# the demo article, tests/expected/who_said-demo.tsv, the same statements as
# `quoth extract`; `make uninstall` leaves nothing behind.
set -eu
make=${MAKE:-make}
build=${BUILD:-build}
cc=${CC:-cc}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix="$tmp/prefix"
fail() { echo "install-check: $*" >&2; exit 1; }

"$make" --no-print-directory -s BUILD="$build" PREFIX="$prefix" install >/dev/null
version=$("$prefix/bin/quoth" --version) || fail "the installed quoth does not run"

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
[ "quoth $(pkg-config --modversion quoth)" = "$version" ] ||
    fail "quoth.pc says $(pkg-config --modversion quoth), the command $version"
# shellcheck disable=SC2046 # pkg-config's flags are words
"$cc" -std=c11 -Wall -Wextra -Werror -o "$tmp/who_said" examples/who_said.c $(pkg-config --cflags --libs quoth) ||
    fail "examples/who_said.c does not build against the installed library"
"$tmp/who_said" examples/demo-article.txt >"$tmp/who_said.tsv" || fail "who_said failed"
diff -u tests/expected/who_said-demo.tsv "$tmp/who_said.tsv" || fail "who_said's statements differ"

# the same statements as quoth extract: its content offsets, in order
"$prefix/bin/quoth" extract -q -f jsonl examples/demo-article.txt |
    grep -o '"contents": \[{"start": [0-9]*' | sed 's/.* //' >"$tmp/extract.starts"
cut -f5 "$tmp/who_said.tsv" | cut -d- -f1 >"$tmp/who_said.starts"
[ -s "$tmp/extract.starts" ] || fail "quoth extract found no statement in the demo article"
cmp -s "$tmp/extract.starts" "$tmp/who_said.starts" || fail "who_said and quoth extract disagree"
"$tmp/who_said" "$tmp/no-such-file" 2>/dev/null && fail "who_said on a missing file should fail"

"$make" --no-print-directory -s PREFIX="$prefix" uninstall >/dev/null
left=$(find "$prefix" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: make install, a program built on it by pkg-config, make uninstall: passed"
