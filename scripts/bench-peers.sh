#!/usr/bin/env bash
# Times Palimpsest against `git diff --color-moved` and a Python difflib sentence comparer on
# the same generated pairs, alternating runs, and prints medians, ratios and peak memory.
#
# Usage: scripts/bench-peers.sh [RUNS] [CASE...]
#   CASE is SIZE or SIZE:shuffled (every paragraph moved) or SIZE:shuffled:0.2 (and 20% of
#   sentences edited). Default: 5 runs of 1M, 10M, 10M:shuffled and 1M:shuffled:0.2.
#   Set DIFFLIB=0 to skip the (slow) difflib comparer; it is always skipped on shuffled
#   pairs, where pairing the sentences of its huge replaced blocks takes tens of minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
shift || true
cases=("$@")
[ ${#cases[@]} -gt 0 ] || cases=(1M 10M 10M:shuffled 1M:shuffled:0.2)

cargo build --release --quiet --bin palimpsest --example make_pair
bin=target/release/palimpsest
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Prints "seconds kilobytes" of one run of the command (stdout discarded).
measure() {
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> /dev/null || true
    # time(1) puts "Command exited with non-zero status N" first when a diff finds changes.
    tail -n 1 "$work/time"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-22s %-10s %10s %10s %10s\n' case tool "median s" "peak MB" "ratio"
for case in "${cases[@]}"; do
    IFS=: read -r size shuffled edits <<< "$case"
    dir="$work/$case"
    args=("$dir" "$size")
    [ -n "${shuffled:-}" ] && args+=(--shuffle)
    [ -n "${edits:-}" ] && args+=(--edits "$edits")
    target/release/examples/make_pair "${args[@]}" > /dev/null
    tools=(palimpsest git)
    [ "${DIFFLIB:-1}" = 1 ] && [ -z "${shuffled:-}" ] && tools+=(difflib)
    for tool in "${tools[@]}"; do : > "$work/$tool.times"; : > "$work/$tool.mem"; done
    for _ in $(seq "$runs"); do
        for tool in "${tools[@]}"; do
            case $tool in
                palimpsest) out=$(measure "$bin" diff "$dir/old.txt" "$dir/new.txt" --format json) ;;
                git) out=$(measure git diff --no-index --color-moved=zebra --color=always "$dir/old.lines" "$dir/new.lines") ;;
                difflib) out=$(measure python3 scripts/difflib_compare.py "$dir/old.lines" "$dir/new.lines") ;;
            esac
            echo "${out% *}" >> "$work/$tool.times"
            echo "${out#* }" >> "$work/$tool.mem"
        done
    done
    echo "$case generated: $(wc -c < "$dir/old.txt") bytes, $(wc -l < "$dir/old.lines") sentences" >&2
    ours=$(median < "$work/palimpsest.times")
    for tool in "${tools[@]}"; do
        t=$(median < "$work/$tool.times")
        mem=$(median < "$work/$tool.mem")
        ratio=$(awk -v a="$ours" -v b="$t" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
        printf '%-22s %-10s %10s %10.0f %10s\n' "$case" "$tool" "$t" "$(awk -v m="$mem" 'BEGIN{print m/1024}')" "$ratio"
    done
done
echo "ratio = palimpsest time / tool time (below 1: palimpsest is faster)"
