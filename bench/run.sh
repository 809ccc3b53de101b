#!/usr/bin/env bash
# Storage benchmarks: bench/run.sh [SIZE...] with SIZE in 10k, 1m, 5m (default: all three).
# For each size: generate the triples file (deterministic), import it end to end into a fresh
# database, report relations/s, size on disk, graph load rate and bytes per relationship, and
# the wall time of cold point lookups (a new process each: open, find by name, read relations).
# Data and databases go to bench/data (git-ignored). Run on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release >/dev/null
bin=build/release
data=bench/data
mkdir -p "$data"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10k 1m 5m)

count_of() {
    case "$1" in
        *k) echo $(( ${1%k} * 1000 )) ;;
        *m) echo $(( ${1%m} * 1000000 )) ;;
        *) echo "$1" ;;
    esac
}

now_ns() { date +%s%N; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for size in "${sizes[@]}"; do
    n=$(count_of "$size")
    triples="$data/triples-$size.tsv"
    db="$data/db-$size"
    [ -s "$triples" ] || "$bin/bench/kg-bench-gen" "$n" > "$triples"
    rm -rf "$db"
    start=$(now_ns)
    /usr/bin/time -f "%M" -o "$data/import-rss" "$bin/cli/kg" --db "$db" import "$triples" >/dev/null
    end=$(now_ns)
    rels=$("$bin/cli/kg" --db "$db" stats --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["relationships"])')
    secs=$(python3 -c "print(($end - $start) / 1e9)")
    echo "== $size ($n triples, $(du -h "$triples" | cut -f1) file)"
    python3 -c "print(f'import: {$rels} relationships in {$secs:.2f} s = {$n / $secs:,.0f} triples/s end to end, peak memory {$(cat "$data/import-rss") / 1024:.0f} MiB')"
    echo "size on disk: $(du -sh "$db" | cut -f1)"
    "$bin/bench/kg-bench-graph" "$db"
    name=$("$bin/bench/kg-bench-gen" --name $(( n / 1000 )))
    times=()
    for i in 1 2 3 4 5; do
        start=$(now_ns)
        out=$("$bin/bench/kg-bench-lookup" "$db" "$name")
        end=$(now_ns)
        times+=($(( (end - start) / 1000 )))
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    echo "cold point lookup of '$name': $out; process wall time median of 5: $(python3 -c "print($median / 1000)") ms"
done
