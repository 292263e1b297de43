# bash completion for quoth, installed by `make install` as
# share/bash-completion/completions/quoth (bash-completion loads it the
# first time quoth is completed); or source it from ~/.bashrc.
#
# The commands and each command's options are read from the program's own
# --help, so that they cannot drift from what it takes; only the values
# an option allows (formats, types) and which options name files are
# written here, and tests/cli/completion.sh checks those against --help.

_quoth_help_words() { # PROGRAM [COMMAND]: the options of its --help
    "$@" --help 2>/dev/null | grep -o -e '--[a-z][a-z-]*[a-z]' -e '\(^\|[ ,]\)-[a-zA-Z]\b' |
        tr -d ' ,' | sort -u
}

_quoth_commands() { # PROGRAM: the commands of its --help
    "$1" --help 2>/dev/null | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { exit }'
}

_quoth() {
    local program=${COMP_WORDS[0]} cur=${COMP_WORDS[COMP_CWORD]} prev="" command=""
    COMPREPLY=()
    # quoth's command is always its first word
    [ "$COMP_CWORD" -gt 1 ] && command=${COMP_WORDS[1]} prev=${COMP_WORDS[COMP_CWORD - 1]}

    if [ -z "$command" ]; then
        case $cur in
            -*) mapfile -t COMPREPLY < <(compgen -W "--help --version" -- "$cur") ;;
            *) mapfile -t COMPREPLY < <(compgen -W "$(_quoth_commands "$program")" -- "$cur") ;;
        esac
        return 0
    fi

    case $prev in
        -f|--format)
            case $command in
                speaker) mapfile -t COMPREPLY < <(compgen -W "table jsonl" -- "$cur") ;;
                *) mapfile -t COMPREPLY < <(compgen -W "jsonl table csv" -- "$cur") ;;
            esac
            return 0 ;;
        -i|--input-format) mapfile -t COMPREPLY < <(compgen -W "auto text jsonl html warc" -- "$cur"); return 0 ;;
        --type) mapfile -t COMPREPLY < <(compgen -W "direct indirect mixed" -- "$cur"); return 0 ;;
        --gender) mapfile -t COMPREPLY < <(compgen -W "female male" -- "$cur"); return 0 ;;
        --gold|--corpus|--dev)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
        -o|--output|--db|--model|--meta|--pred|--pos|--base)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return 0 ;;
        -j|--jobs|--text-field|--id-field|--url-field|--title-field|--date-field|--outlet-field|\
        --encoding|--max-doc-size|--width|--speaker|--outlet|--since|--until|--min-confidence|\
        --limit|--top|--batch|--epochs|--tagger-epochs|--seed|--min-weight)
            return 0 ;; # a value of the user's own
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_quoth_help_words "$program" "$command")" -- "$cur")
        return 0
    fi
    if [ "$command" = speakers ] && [ "$prev" = speakers ]; then
        mapfile -t COMPREPLY < <(compgen -W "merge split corrections forget" -- "$cur")
        return 0
    fi
    case $command in
        search|speakers|speaker) return 0 ;; # words, names and ids, not files
    esac
    compopt -o filenames 2>/dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
}

complete -F _quoth quoth
