#!/bin/sh
# docs/quoth.1 says what the commands' --help says: every command of
# `quoth --help` has a section, every long option of a command's --help is
# named in that section, no section names an option its command does not
# take, the page's version is the program's, and groff formats the page
# without a warning. A new option, or one renamed, fails here until the
# manual follows.
set -eu
page=docs/quoth.1
fail=0
complain() { echo "manpage.sh: $*" >&2; fail=1; }

# The page as plain words: roff's \- is a hyphen, and font changes go.
plain=$(mktemp)
trap 'rm -f "$plain"' EXIT
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$page" >"$plain"

# The long options a text names, one per line, sorted and unique.
long_options() { grep -o -e '--[a-z][a-z-]*[a-z]' | sort -u; }

# The lines of the page's section for one command, its heading included,
# up to the next section.
section_of() {
    awk -v head=".SS \"quoth $1" '
        index($0, head) == 1 && substr($0, length(head) + 1, 1) ~ /[ "]/ { on = 1; print; next }
        /^\.S[SH]/ { on = 0 }
        on' "$plain"
}

commands=$("$QUOTH" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$commands" ] || complain "quoth --help lists no command"
for command in $commands; do
    section=$(section_of "$command")
    if [ -z "$section" ]; then
        complain "no section '.SS \"quoth $command' in $page"
        continue
    fi
    helped=$("$QUOTH" "$command" --help | long_options)
    named=$(printf '%s\n' "$section" | long_options)
    for option in $helped; do
        [ "$option" = --help ] && continue
        printf '%s\n' "$named" | grep -qx -e "$option" || complain "quoth $command: $option is in --help, not in $page"
    done
    for option in $named; do
        printf '%s\n' "$helped" | grep -qx -e "$option" || complain "quoth $command: $page names $option, which --help does not know"
    done
done

version=$("$QUOTH" --version | awk '{ print $2 }')
grep -q "^\.TH QUOTH 1 [0-9-]* \"quoth $version\"" "$page" || complain "the .TH line is not of quoth $version"

if command -v groff >/dev/null 2>&1; then
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1) || complain "groff failed"
    [ -z "$warnings" ] || complain "groff warns: $warnings"
else
    echo "manpage.sh: no groff (Debian's groff-base); the page's formatting is not checked" >&2
fi
exit $fail
