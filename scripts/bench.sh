#!/bin/sh
# scripts/bench.sh - `make bench`: quoth's throughput and memory, side by
# side with the tokenizer-only ceiling and with compromise (npm), on one
# JSON Lines corpus of news text; and on web pages (tests/fixtures/html).
# See docs/performance.md.
#
# Environment (all optional):
#   SHARED=../shared        where polnear/train/text is looked for
#   BENCH_BUILD=build-bench the build directory of the optimized binary
#   BENCH_OPT="-O3 -DNDEBUG" its compiler flags (portable: no -march; the
#                           AVX2 scorer is chosen at run time)
#   BENCH_REPS=3            runs of each quoth measurement (the fastest counts)
#   BENCH_BIG_BYTES=1000000000  size of the streamed input for peak memory
#                           (0 skips it)
#   BENCH_COMPROMISE=1      0 skips compromise (no node, no network)
#
# Nothing is written in the repository but the build directory; the corpus,
# npm packages and outputs live in a temporary directory removed at the end.
set -eu
# bash's `time` and printf write numbers with the locale's decimal mark;
# awk compares them as C numbers.
export LC_ALL=C

cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BUILD=${BENCH_BUILD:-build-bench}
OPT=${BENCH_OPT:--O3 -DNDEBUG}
REPS=${BENCH_REPS:-3}
BIG=${BENCH_BIG_BYTES:-1000000000}
WITH_COMPROMISE=${BENCH_COMPROMISE:-1}
MAKE=${MAKE:-make}

say() { printf '%s\n' "$*"; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/quoth-bench.XXXXXX")
cleanup() { rm -rf "$TMP"; }
trap cleanup EXIT INT TERM

# ------------------------------------------------------------------ tools
if [ ! -x /usr/bin/time ]; then
    scripts/ensure-deps.sh time || { say "bench: needs /usr/bin/time (Debian package time)"; exit 1; }
fi

say "== building the optimized binary ($BUILD, OPT=\"$OPT\")"
$MAKE --no-print-directory BUILD="$BUILD" OPT="$OPT" \
    "$BUILD/quoth" "$BUILD/bench/tokenize_bench" "$BUILD/bench/jsonl_corpus" >"$TMP/build.log" 2>&1 || {
    cat "$TMP/build.log"
    exit 1
}
QUOTH=$BUILD/quoth

# ----------------------------------------------------------------- corpus
CORPUS=$TMP/corpus.jsonl
SRC="$SHARED/polnear/train/text"
if [ -d "$SRC" ]; then
    CORPUS_FROM="PolNeAR train ($SRC)"
    "$BUILD/bench/jsonl_corpus" "$SRC" >"$CORPUS"
else
    CORPUS_FROM="generated news-like text (no $SRC)"
    "$BUILD/bench/jsonl_corpus" --copies 8 >"$CORPUS" # about 4.4 MB, as PolNeAR's
fi
BYTES=$(wc -c <"$CORPUS" | tr -d ' ')
DOCS=$(wc -l <"$CORPUS" | tr -d ' ')
MB=$(awk "BEGIN{printf \"%.2f\", $BYTES/1e6}")

say "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo) RAM"
say "== load average before: $(load)"
say "== corpus: $DOCS documents, $MB MB of JSON Lines, from $CORPUS_FROM"

# ------------------------------------------------------------ measuring
# run NAME REPS CMD...: the fastest of REPS runs; sets R_SEC (wall), R_CPU
# (user+sys) and R_RSS (peak KB, the largest seen). The wall time is bash's
# `time` (milliseconds) around /usr/bin/time and the command: /usr/bin/time
# prints it in hundredths of a second, cut rather than rounded, 2.5% of a
# 0.4 s run and always in the command's favour (4.10 MB in 0.419 s read as
# 0.41 s, 10.0 MB/s). bash's figure includes /usr/bin/time's own start,
# about a millisecond, against the command.
timed() { # OUT ERR CMD...: runs CMD under both clocks; the wall time to $TMP/wall
    out=$1
    err=$2
    shift 2
    if command -v bash >/dev/null 2>&1; then
        bash -c 'TIMEFORMAT=%3R; o=$1; e=$2; w=$3; shift 3; { time "$@" >"$o" 2>"$e"; } 2>"$w"' \
            _ "$out" "$err" "$TMP/wall" /usr/bin/time -o "$TMP/time" -f "%e %U %S %M" "$@"
    else
        /usr/bin/time -o "$TMP/time" -f "%e %U %S %M" "$@" >"$out" 2>"$err"
    fi
}

run() {
    name=$1
    reps=$2
    shift 2
    R_SEC=""
    R_CPU=""
    R_RSS=0
    i=0
    while [ "$i" -lt "$reps" ]; do
        rm -f "$TMP/wall"
        timed "$TMP/out" "$TMP/err" "$@" || {
            say "bench: $name failed:"
            tail -5 "$TMP/err"
            return 1
        }
        read -r sec usr sys rss <"$TMP/time"
        [ -s "$TMP/wall" ] && sec=$(cat "$TMP/wall")
        cpu=$(awk "BEGIN{print $usr+$sys}")
        if [ -z "$R_SEC" ] || awk "BEGIN{exit !($sec < $R_SEC)}"; then
            R_SEC=$sec
            R_CPU=$cpu
        fi
        [ "$rss" -gt "$R_RSS" ] && R_RSS=$rss
        i=$((i + 1))
    done
    # a wall time of 0.00 (a tiny corpus) would divide by zero
    awk "BEGIN{exit !($R_SEC <= 0)}" && R_SEC=0.01
    return 0
}

ROWS=$TMP/rows
: >"$ROWS"
row() { # name seconds cpu rss
    awk -v n="$1" -v s="$2" -v c="$3" -v r="$4" -v b="$BYTES" -v d="$DOCS" 'BEGIN{
        printf "%-34s %9.2f %9.0f %9.1f %9.3f %9.2f %9.2f\n", n, b/1e6/s, d/s, r/1024, s, c, (c > 0 ? b/1e6/c : 0) }' >>"$ROWS"
}

say "== quoth extract, one thread (best of $REPS)"
run "quoth -j1" "$REPS" "$QUOTH" extract -q -j1 -f jsonl "$CORPUS"
Q1_SEC=$R_SEC
Q1_CPU=$R_CPU
row "quoth extract -j1" "$R_SEC" "$R_CPU" "$R_RSS"
cp "$TMP/out" "$TMP/out-j1"
STATEMENTS=$(grep -o '"cue":' "$TMP/out-j1" | wc -l | tr -d ' ')

say "== quoth extract, two threads (best of $REPS)"
run "quoth -j2" "$REPS" "$QUOTH" extract -q -j2 -f jsonl "$CORPUS"
Q2_SEC=$R_SEC
row "quoth extract -j2" "$R_SEC" "$R_CPU" "$R_RSS"
if ! cmp -s "$TMP/out" "$TMP/out-j1"; then
    say "bench: -j2 output differs from -j1 (input order broken?)"
    exit 1
fi

say "== quoth index into a new store, all cores (best of $REPS)"
# each run starts from no store: a store that holds the corpus skips it
run "quoth index" "$REPS" sh -c 'rm -f "$1" "$1-wal" "$1-shm"; exec "$2" index -q --db "$1" "$3"' index \
    "$TMP/bench.db" "$QUOTH" "$CORPUS"
row "quoth index (a new store)" "$R_SEC" "$R_CPU" "$R_RSS"
rm -f "$TMP/bench.db" "$TMP/bench.db-wal" "$TMP/bench.db-shm"

say "== tokenizer only: quoth's reader and tokenizer (best of $REPS)"
run "tokenize_bench" "$REPS" "$BUILD/bench/tokenize_bench" "$CORPUS"
T_SEC=$R_SEC
row "tokenizer only (quoth)" "$R_SEC" "$R_CPU" "$R_RSS"
TOKENS=$(sed -n 's/.*tokens=\([0-9]*\).*/\1/p' "$TMP/out")

say "== wc -w (best of $REPS)"
run "wc -w" "$REPS" wc -w "$CORPUS"
row "wc -w" "$R_SEC" "$R_CPU" "$R_RSS"

# Web pages are read another way (gumbo's parse, the article found in the
# page; docs/html.md): the pages of tests/fixtures/html, 20 copies of each,
# as a directory of files, as a crawl's pages come.
say "== quoth extract on web pages, one thread (best of $REPS)"
mkdir -p "$TMP/pages"
copy=0
while [ "$copy" -lt 20 ]; do
    for page in tests/fixtures/html/*/*.html; do
        cp "$page" "$TMP/pages/$copy-$(basename "$(dirname "$page")")-$(basename "$page")"
    done
    copy=$((copy + 1))
done
PAGE_BYTES=$(cat "$TMP"/pages/*.html | wc -c | tr -d ' ')
PAGE_COUNT=$(ls "$TMP/pages" | wc -l | tr -d ' ')
run "quoth pages" "$REPS" "$QUOTH" extract -q -j1 -f jsonl "$TMP/pages"
PAGES_LINE=$(awk -v s="$R_SEC" -v c="$R_CPU" -v b="$PAGE_BYTES" -v d="$PAGE_COUNT" 'BEGIN{
    printf "web pages, -j1 (%d pages, %.1f MB of HTML): %.2f MB/s, %.0f pages/s, %.3f s wall, %.2f s cpu", d, b/1e6, b/1e6/s, d/s, s, c }')
rm -rf "$TMP/pages"

C_SEC=""
if [ "$WITH_COMPROMISE" = 1 ]; then
    if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
        scripts/ensure-deps.sh nodejs npm >/dev/null 2>&1 || true
    fi
    if command -v npm >/dev/null 2>&1 && command -v node >/dev/null 2>&1; then
        say "== compromise: npm install into $TMP/npm"
        mkdir -p "$TMP/npm"
        if (cd "$TMP/npm" && npm install --no-audit --no-fund --silent --no-package-lock compromise@14 >"$TMP/npm.log" 2>&1); then
            cat >"$TMP/npm/quotations.mjs" <<'EOF'
// The peer: compromise's quotations() on the text of each JSON line.
import nlp from 'compromise';
import fs from 'node:fs';
import readline from 'node:readline';
let docs = 0, quotes = 0;
const rl = readline.createInterface({ input: fs.createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  quotes += nlp(JSON.parse(line).text).quotations().length;
  docs++;
}
console.log(`documents=${docs} quotations=${quotes}`);
EOF
            CV=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$TMP/npm/node_modules/compromise/package.json" | head -1)
            say "== compromise $CV quotations(), node $(node --version) (one run)"
            if run "compromise" 1 node "$TMP/npm/quotations.mjs" "$CORPUS"; then
                C_SEC=$R_SEC
                C_CPU=$R_CPU
                row "compromise $CV .quotations()" "$R_SEC" "$R_CPU" "$R_RSS"
                C_QUOTES=$(sed -n 's/.*quotations=\([0-9]*\).*/\1/p' "$TMP/out")
            fi
        else
            say "bench: npm install compromise failed (no network?); skipped"
            tail -3 "$TMP/npm.log"
        fi
    else
        say "bench: node/npm not available; compromise skipped"
    fi
fi

BIG_RSS=""
if [ "$BIG" -gt 0 ]; then
    BIG_MB=$(awk "BEGIN{printf \"%.0f\", $BIG/1e6}")
    say "== peak memory on a $BIG_MB MB input (the corpus repeated, streamed through a pipe, all cores)"
    # The generator's own memory is not counted: /usr/bin/time measures quoth.
    "$BUILD/bench/jsonl_corpus" --bytes "$BIG" "$SRC" 2>/dev/null |
        /usr/bin/time -o "$TMP/time-big" -f "%e %U %S %M" "$QUOTH" extract -q -f jsonl - >/dev/null 2>"$TMP/err-big" || {
        say "bench: the large run failed:"
        tail -5 "$TMP/err-big"
    }
    if [ -s "$TMP/time-big" ]; then
        read -r big_sec big_usr big_sys BIG_RSS <"$TMP/time-big"
        awk -v s="$big_sec" -v c="$(awk "BEGIN{print $big_usr+$big_sys}")" -v r="$BIG_RSS" -v b="$BIG" -v mb="$BIG_MB" 'BEGIN{
            printf "%-34s %9.2f %9s %9.1f %9.2f %9.2f %9.2f\n", "quoth extract (" mb " MB stream, -j all)", b/1e6/s, "-", r/1024, s, c, b/1e6/c }' >>"$ROWS"
    fi
fi

# ---------------------------------------------------------------- report
say ""
say "== results ($DOCS documents, $MB MB, $TOKENS tokens, $STATEMENTS statements by quoth; MB = 10^6 bytes of JSON Lines)"
printf "%-34s %9s %9s %9s %9s %9s %9s\n" "" "MB/s" "docs/s" "RSS MB" "wall s" "cpu s" "MB/cpu-s"
cat "$ROWS"
say ""
ratio() { awk "BEGIN{printf \"%.2f\", $1/$2}"; }
Q1_MBS=$(awk "BEGIN{printf \"%.2f\", $BYTES/1e6/$Q1_SEC}")
SPEEDUP=$(ratio "$Q1_SEC" "$Q2_SEC")
say "two threads / one thread:         ${SPEEDUP}x (needs a second core free: see the load average)"
say "tokenizer only / full pipeline:   $(ratio "$Q1_SEC" "$T_SEC")x (the pipeline is $(awk "BEGIN{printf \"%.0f\", 100*$T_SEC/$Q1_SEC}")% tokenizer)"
say "$PAGES_LINE"
if [ -n "$C_SEC" ]; then
    VS_C=$(ratio "$C_SEC" "$Q1_SEC")
    say "quoth -j1 / compromise:           ${VS_C}x (compromise found ${C_QUOTES:-?} quotations, quoth $STATEMENTS statements)"
    say "  the same in CPU time:           $(ratio "$C_CPU" "$Q1_CPU")x (less sensitive to the machine's load)"
fi
say "load average after: $(load)"
say ""
say "== targets (issue 4)"
check() { # label ok?
    if [ "$2" = 1 ]; then say "  [ok]   $1"; else say "  [MISS] $1"; fi
}
check "full pipeline >= 10 MB/s on one thread: $Q1_MBS MB/s" "$(awk "BEGIN{print ($Q1_MBS >= 10)}")"
check ">= 1.7x with two threads: ${SPEEDUP}x" "$(awk "BEGIN{print ($SPEEDUP >= 1.7)}")"
if [ -n "$BIG_RSS" ]; then
    check "peak RSS <= 200 MB on the large input: $(awk "BEGIN{printf \"%.1f\", $BIG_RSS/1024}") MB" \
        "$(awk "BEGIN{print ($BIG_RSS <= 200*1024)}")"
fi
if [ -n "$C_SEC" ]; then
    check ">= 100x compromise: ${VS_C}x" "$(awk "BEGIN{print ($VS_C >= 100)}")"
fi
say "(wall-clock figures move with the machine's load: compare the load averages above)"

if [ -x scripts/bench-store.sh ]; then
    say ""
    say "== scripts/bench-store.sh"
    scripts/bench-store.sh "$QUOTH"
fi
