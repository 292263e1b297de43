#!/bin/sh
# src/cli/completion.bash completes what quoth takes: its commands, each
# command's options (exactly the long options of its --help), the values
# of -f, -i, --type and --gender (each of which quoth accepts, and a wrong
# one it refuses, so the probe can fail), files and directories where an
# option or argument names one, and nothing where a value is the user's
# own. Every option that --help shows with a value is one the script
# knows how to complete, so a new option is not left to file names.
set -eu
command -v bash >/dev/null 2>&1 || { echo "completion.sh: no bash" >&2; exit 1; }
script=src/cli/completion.bash
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
complain() { echo "completion.sh: $*" >&2; fail=1; }

# offers WORDS...: what bash offers for the line; the last
# argument is the word being completed ("" after a space).
offers() {
    bash -c '
        . "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        _quoth
        printf "%s\n" "${COMPREPLY[@]}" | sort' completion "$script" "$QUOTH" "$@"
}
expect() { # "WANTED (one per line, sorted)" WORDS...
    wanted=$1
    shift
    got=$(offers "$@")
    [ "$got" = "$wanted" ] || complain "quoth $*: offered [$(flat "$got")], wanted [$(flat "$wanted")]"
}
flat() { printf '%s' "$1" | tr '\n' ' '; }
lines() { printf '%s\n' "$@" | sort; }

expect extract ex
expect "$(lines search speaker speakers)" s
expect "$(lines --help --version)" --
expect --text-field extract --text-f
expect "$(lines csv jsonl table)" extract -f ""
expect "$(lines jsonl table)" speaker --db x.db -f ""
expect html extract -i h
expect "$(lines direct indirect mixed)" search --db x.db --type ""
expect "$(lines female male)" search --gender ""
expect "$(lines corrections forget merge split)" speakers ""
expect "" extract --jobs ""
expect "" search --db x.db ceasef

# files and directories
mkdir -p "$work/corpus/text"
: >"$work/a.txt"
: >"$work/b.jsonl.gz"
expect "$(lines "$work/a.txt" "$work/b.jsonl.gz" "$work/corpus")" extract "$work/"
expect "$work/corpus" train --corpus "$work/"
expect "$(lines "$work/a.txt" "$work/b.jsonl.gz" "$work/corpus")" index --db "$work/"

# each command's options are those of its --help
commands=$("$QUOTH" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }')
[ -n "$commands" ] || complain "quoth --help lists no command"
for command in $commands; do
    helped=$("$QUOTH" "$command" --help | grep -o -e '--[a-z][a-z-]*[a-z]' | sort -u)
    offered=$(offers "$command" -- | sort -u)
    [ "$helped" = "$offered" ] || complain "quoth $command --: offered [$(flat "$offered")], --help has [$(flat "$helped")]"
    # every option shown with a value (--db FILE) has a case of its own
    for option in $("$QUOTH" "$command" --help | grep -o -e '--[a-z][a-z-]*[a-z] [A-Z][A-Z]*' | cut -d' ' -f1 | sort -u); do
        grep -q -e "\\(^\\|[ |]\\)${option}[|)]" "$script" ||
            complain "quoth $command: $option takes a value, and $script has no case for it"
    done
done

# the values offered are values quoth takes, and the probe refuses others
accepts() { # COMMAND ARGS...: not a usage error (exit 2)
    rc=0
    "$QUOTH" "$@" >/dev/null 2>&1 </dev/null || rc=$?
    [ "$rc" -ne 2 ]
}
none="$work/none.db"
for format in $(offers extract -f ""); do
    accepts extract -q -f "$format" examples/demo-article.txt || complain "extract refuses -f $format"
done
for format in $(offers search -f ""); do
    accepts search --db "$none" -f "$format" || complain "search refuses -f $format"
done
for format in $(offers speaker -f ""); do
    accepts speaker --db "$none" -f "$format" X || complain "speaker refuses -f $format"
done
for input in $(offers extract -i ""); do
    accepts extract -q -i "$input" examples/demo-article.txt || complain "extract refuses -i $input"
done
for type in $(offers search --type ""); do
    accepts search --db "$none" --type "$type" || complain "search refuses --type $type"
done
for gender in $(offers search --gender ""); do
    accepts search --db "$none" --gender "$gender" || complain "search refuses --gender $gender"
done
for sub in $(offers speakers ""); do
    case $sub in
        corrections) accepts speakers "$sub" --db "$none" ;;
        *) accepts speakers "$sub" --db "$none" 1 2 ;;
    esac || complain "speakers refuses $sub"
done
accepts search --db "$none" --type bogus && complain "the probe takes --type bogus"
accepts speaker --db "$none" -f csv X && complain "the probe takes speaker -f csv"
accepts speakers bogus --db "$none" && complain "the probe takes speakers bogus"
[ ! -e "$none" ] || complain "a probe made a store"
exit $fail
