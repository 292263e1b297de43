#!/bin/sh
# `make install` serves a program of one's own (make install-check, part of
# make test): quoth is installed under a temporary prefix; the installed
# command runs, man finds its page and bash its completion; examples/who_said.c is compiled against the installed header
# and each library by pkg-config alone (no -I or -L into this tree) and
# gives, for the demo article, tests/expected/who_said-demo.tsv, the same
# statements as `quoth extract`, as examples/who_said.py does through
# Python's ctypes; the shared library exports exactly the
# functions quoth.h declares; `make uninstall` leaves nothing behind.
# shellcheck disable=SC2046 # pkg-config's flags are words, unquoted on purpose
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
# `man quoth` finds the page under the prefix (when man is there to ask)
if command -v man >/dev/null 2>&1; then
    MANPATH="$prefix/share/man" man -w quoth 2>/dev/null | grep -qx "$prefix/share/man/man1/quoth.1" ||
        fail "man does not find quoth(1) under $prefix/share/man"
fi
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
[ "quoth $(pkg-config --modversion quoth)" = "$version" ] ||
    fail "quoth.pc says $(pkg-config --modversion quoth), the command $version"

# bash's completion, where bash-completion looks for it, completes quoth
if command -v bash >/dev/null 2>&1; then
    bash -c '. "$1" && complete -p quoth' check "$prefix/share/bash-completion/completions/quoth" 2>/dev/null |
        grep -q -- '-F _quoth quoth$' || fail "the installed bash completion does not complete quoth"
fi

# the API: what the shared library exports is what quoth.h declares
sed -n 's/^QUOTH_API .*[ *]\(quoth_[a-z_0-9]*\)(.*/\1/p' include/quoth.h | sort >"$tmp/declared"
nm -D --defined-only "$prefix/lib/libquoth.so" | awk '{ print $3 }' | sort >"$tmp/exported"
[ -s "$tmp/declared" ] || fail "no QUOTH_API function found in include/quoth.h"
diff -u "$tmp/declared" "$tmp/exported" >"$tmp/api.diff" ||
    fail "libquoth.so exports (+) or misses (-) functions of quoth.h: $(cat "$tmp/api.diff")"
soname=$(objdump -p "$prefix/lib/libquoth.so" | awk '$1 == "SONAME" { print $2 }')
[ -e "$prefix/lib/$soname" ] || fail "the SONAME $soname is not installed"

build_example() { # OUTPUT FLAGS...: who_said, warnings as errors
    out=$1
    shift
    "$cc" -std=c11 -Wall -Wextra -Werror -o "$out" examples/who_said.c "$@" ||
        fail "examples/who_said.c does not build against the installed library ($*)"
}
build_example "$tmp/who_said" $(pkg-config --cflags --libs quoth)
LD_LIBRARY_PATH="$prefix/lib" ldd "$tmp/who_said" | grep -q "libquoth.so.$(echo "$soname" | sed 's/.*\.so\.//') => $prefix/lib/" ||
    fail "who_said is not linked to the installed $soname"
# the static library: its dependencies from --static
build_example "$tmp/who_said_static" $(pkg-config --cflags quoth) "$prefix/lib/libquoth.a" \
    $(pkg-config --static --libs quoth | sed 's/-lquoth//')
ldd "$tmp/who_said_static" | grep -q libquoth && fail "who_said_static is linked to libquoth.so"

# and from Python, through ctypes (examples/who_said.py mirrors quoth.h's structures)
printf '#!/bin/sh\nexec python3 "%s/examples/who_said.py" "$@"\n' "$(pwd)" >"$tmp/who_said_py"
chmod +x "$tmp/who_said_py"

for program in who_said who_said_static who_said_py; do
    LD_LIBRARY_PATH="$prefix/lib" "$tmp/$program" examples/demo-article.txt >"$tmp/$program.tsv" ||
        fail "$program failed"
    diff -u tests/expected/who_said-demo.tsv "$tmp/$program.tsv" || fail "$program's statements differ"
done

# the same statements as quoth extract: its content offsets, in order
"$prefix/bin/quoth" extract -q -f jsonl examples/demo-article.txt |
    grep -o '"contents": \[{"start": [0-9]*' | sed 's/.* //' >"$tmp/extract.starts"
cut -f5 "$tmp/who_said.tsv" | cut -d- -f1 >"$tmp/who_said.starts"
[ -s "$tmp/extract.starts" ] || fail "quoth extract found no statement in the demo article"
cmp -s "$tmp/extract.starts" "$tmp/who_said.starts" || fail "who_said and quoth extract disagree"
"$tmp/who_said_static" "$tmp/no-such-file" 2>/dev/null && fail "who_said on a missing file should fail"

"$make" --no-print-directory -s PREFIX="$prefix" uninstall >/dev/null
left=$(find "$prefix" ! -type d)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "install-check: make install; who_said on libquoth.so, on libquoth.a and from Python; the exports; make uninstall: passed"
