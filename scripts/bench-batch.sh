#!/usr/bin/env bash
# Throughput of `palimpsest batch` against the difflib sentence comparer
# (scripts/difflib_compare.py --jsonl) on the same pairs, alternating runs, with medians.
#
# Usage: scripts/bench-batch.sh [RUNS] [PAIRS] [SIZE]    (default 5 runs of 2000 pairs of 5000 bytes)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
pairs=${2:-2000}
size=${3:-5000}

cargo build --release --quiet --bin palimpsest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/make-batch.py "$pairs" "$size" > "$work/pairs.jsonl"

seconds() { # seconds of one run of the command, output discarded
    local start end
    start=$(date +%s.%N)
    "$@" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for _ in $(seq "$runs"); do
    seconds target/release/palimpsest batch "$work/pairs.jsonl" --summary-only >> "$work/palimpsest"
    seconds target/release/palimpsest batch "$work/pairs.jsonl" >> "$work/palimpsest-full"
    seconds python3 scripts/difflib_compare.py --jsonl "$work/pairs.jsonl" >> "$work/difflib"
done
printf '%-34s %10s %12s\n' tool "median s" "pairs/s"
for tool in palimpsest palimpsest-full difflib; do
    m=$(median < "$work/$tool")
    printf '%-34s %10.3f %12.0f\n' "$tool" "$m" "$(echo "$pairs / $m" | bc -l)"
done
p=$(median < "$work/palimpsest"); d=$(median < "$work/difflib")
printf 'palimpsest (--summary-only) runs at %.2f× the pairs/s of difflib (%s pairs of %s bytes, %s cores)\n' \
    "$(echo "$d / $p" | bc -l)" "$pairs" "$size" "$(nproc)"
