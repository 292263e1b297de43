#!/bin/sh
# Search latency of the statement store over one million statements.
#
#   scripts/bench-store.sh [QUOTH_BINARY]
#
# Builds bench/store_bench.c next to the given quoth binary (its directory
# is taken as the build directory; build/ by default), generates a store of
# 1,000,000 statements once (kept as BUILD/bench/store-1m.db; a few
# minutes), then times typical searches and prints the median and 90th
# percentile of each kind. Environment: STORE_BENCH_STATEMENTS (default
# 1000000), STORE_BENCH_QUERIES (default 800), STORE_BENCH_DB (the store).
# The figure to watch: the median of "all", to stay under 50 ms.
set -eu
cd "$(dirname "$0")/.."
build=build
if [ $# -ge 1 ] && [ -n "$1" ]; then build=$(dirname "$1"); fi
statements=${STORE_BENCH_STATEMENTS:-1000000}
queries=${STORE_BENCH_QUERIES:-800}
db=${STORE_BENCH_DB:-$build/bench/store-$statements.db}
echo "== statement store: search latency over $statements statements"
make --no-print-directory BUILD="$build" "$build/bench/store_bench" >/dev/null
"$build/bench/store_bench" --statements "$statements" --queries "$queries" "$db"
