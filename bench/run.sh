#!/usr/bin/env bash
# The isoplan benchmark (docs/performance.md). Usage: bench/run.sh [--quick]
#
# Builds in release mode, generates corpora of 1,000 and 10,000 agency plans (seed 42) into
# bench-out/, and times, as the median of 3 runs: the C floor (libyaml events only, one
# thread), `isoplan check`, `isoplan risk --format json` and `isoplan timeline --format json`;
# then schedules one synthetic plan of 100,000 tasks in memory (isoplan-bench).
# --quick: only the 1,000-plan corpus, one run each.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
    --quick) quick=1 ;;
    "") ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 64 ;;
esac
if [ "$quick" = 1 ]; then sizes=(1000); runs=1; else sizes=(1000 10000); runs=3; fi
out=bench-out
seed=42

# --- tools -------------------------------------------------------------------------------
need=()
dpkg -s libyaml-dev >/dev/null 2>&1 || need+=(libyaml-dev)
[ -x /usr/bin/time ] || need+=(time)
command -v cc >/dev/null 2>&1 || need+=(gcc)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing: ${need[*]}"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq && $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== build (release)"
swift build -c release 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)
mkdir -p "$out/bin"
cc -O2 -o "$out/bin/yaml-floor" bench/yaml-floor.c -lyaml

# --- corpora -----------------------------------------------------------------------------
for n in "${sizes[@]}"; do
    dir="$out/corpus-$n"
    stamp="seed=$seed count=$n generator=$(cat Sources/isoplan-corpus/*.swift | cksum | cut -d' ' -f1)"
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
        echo "== generating $n plans into $dir"
        rm -rf "$dir"
        "$bin/isoplan-corpus" --count "$n" --seed "$seed" --out "$dir"
        echo "$stamp" > "$dir/.stamp"
    fi
    if ! "$bin/isoplan" check "$dir" > "$out/check-$n.txt"; then
        echo "the generated corpus has errors (see $out/check-$n.txt)" >&2
        exit 1
    fi
done

# --- measurements ------------------------------------------------------------------------
# measure NAME CMD...: median wall seconds and median peak RSS (KB) of $runs runs, into
# the globals wall and rss; a failing command aborts the benchmark.
measure() {
    local name=$1; shift
    local walls=() rsses=() i
    for ((i = 0; i < runs; i++)); do
        /usr/bin/time -f '%e %M' -o "$out/time.txt" "$@" > /dev/null 2> "$out/stderr.txt" || {
            local st=$?
            # isoplan exits 1 when it finds problems (risk --fail-on, check errors); that is a result, not a failure.
            if [ $st -ne 1 ]; then echo "$name failed ($st): $*" >&2; cat "$out/stderr.txt" >&2; exit 1; fi
        }
        walls+=("$(tail -1 "$out/time.txt" | cut -d' ' -f1)")
        rsses+=("$(tail -1 "$out/time.txt" | cut -d' ' -f2)")
    done
    wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    rss=$(printf '%s\n' "${rsses[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
}

# A subcommand exists when its own help names it (help for an unknown one prints the top level).
available() { "$bin/isoplan" help "$1" 2>/dev/null | grep -q "USAGE: isoplan $1"; }

declare -A result
commands=(floor check risk timeline)
printf '\n%-8s %-9s %9s %9s %8s %10s %8s\n' plans command "wall s" "files/s" "MB/s" "RSS MB" "× floor"
for n in "${sizes[@]}"; do
    dir="$out/corpus-$n"
    files=$(find "$dir" -name '*.yaml' | wc -l)
    bytes=$(find "$dir" -name '*.yaml' -printf '%s\n' | awk '{s += $1} END {print s}')
    cat $(find "$dir" -name '*.yaml') > /dev/null   # warm the page cache
    for c in "${commands[@]}"; do
        case $c in
            floor) cmd=("$out/bin/yaml-floor" "$dir") ;;
            check) cmd=("$bin/isoplan" check "$dir") ;;
            risk|timeline)
                if ! available "$c"; then
                    printf '%-8s %-9s %s\n' "$n" "$c" "not available (isoplan $c does not exist yet)"
                    continue
                fi
                cmd=("$bin/isoplan" "$c" --format json "$dir") ;;
        esac
        measure "$c" "${cmd[@]}"
        result[$c,$n]=$wall
        ratio=$(awk -v a="$wall" -v b="${result[floor,$n]}" 'BEGIN {printf "%.2f", a / b}')
        printf '%-8s %-9s %9.2f %9.0f %8.1f %10.1f %8s\n' "$n" "$c" "$wall" \
            "$(awk -v f="$files" -v w="$wall" 'BEGIN {print f / w}')" \
            "$(awk -v b="$bytes" -v w="$wall" 'BEGIN {print b / w / 1e6}')" \
            "$(awk -v r="$rss" 'BEGIN {print r / 1024}')" "$ratio"
    done
done

if [ "$quick" = 0 ]; then
    echo
    echo "growth, 10,000 vs 1,000 plans (wall time ratio; 10.0 is linear):"
    for c in "${commands[@]}"; do
        [ -n "${result[$c,1000]:-}" ] && [ -n "${result[$c,10000]:-}" ] || continue
        printf '  %-9s %6.2f×\n' "$c" "$(awk -v a="${result[$c,10000]}" -v b="${result[$c,1000]}" 'BEGIN {print a / b}')"
    done
fi

echo
echo "== scheduling one plan of 100,000 tasks (parse excluded; median of $((runs < 3 ? 3 : runs)) runs)"
"$bin/isoplan-bench" schedule 100000 "$seed" $((runs < 3 ? 3 : runs)) | tail -2
