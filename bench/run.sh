#!/usr/bin/env bash
# The isoplan benchmark (docs/performance.md). Usage: bench/run.sh [--quick]
#
# Builds in release mode, generates two kinds of corpus (seed 42) at 1,000 and 10,000 agency
# plans into bench-out/ — "plain" (a real portfolio's few warnings) and "warnings" (about 15
# warnings per plan: overdue tasks, stale status, missing steps) — and times, as the median of
# 3 rounds: the C floor (libyaml events only, one thread) and every command and output format:
# check; risk (text, json); timeline (text, json, csv, mermaid, svg, html, ics); report
# (markdown, json, html). A format the build does not have is found out at run time and
# printed as "not available". Then it schedules one synthetic plan of 100,000 tasks in memory
# (isoplan-bench).
# --quick: only the 1,000-plan corpora, one round. BENCH_ROUNDS=N: N rounds instead of 3.
# ISOPLAN=/path/to/isoplan bench/run.sh measures another build of isoplan (e.g. an older
# commit's) against the same corpora and floor.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
    --quick) quick=1 ;;
    "") ;;
    *) echo "usage: bench/run.sh [--quick]" >&2; exit 64 ;;
esac
if [ "$quick" = 1 ]; then sizes=(1000); runs=1; else sizes=(1000 10000); runs=${BENCH_ROUNDS:-3}; fi
out=bench-out
seed=42
kinds=(plain warnings)
declare -A kindArgs=([plain]="" [warnings]="--warnings 15")
period=2019-Q3

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
for product in isoplan isoplan-corpus isoplan-bench; do
    swift build -c release --product "$product" 2>&1 | tail -1
done
bin=$(swift build -c release --show-bin-path)
isoplan=${ISOPLAN:-$bin/isoplan}
mkdir -p "$out/bin"
cc -O2 -o "$out/bin/yaml-floor" bench/yaml-floor.c -lyaml

# --- corpora -----------------------------------------------------------------------------
# corpus-N: plain; warnings-N: about 15 warnings per plan. Regenerated when the generator changes.
corpus() { if [ "$1" = plain ]; then echo "$out/corpus-$2"; else echo "$out/$1-$2"; fi; }
for kind in "${kinds[@]}"; do
    for n in "${sizes[@]}"; do
        dir=$(corpus "$kind" "$n")
        stamp="seed=$seed count=$n ${kindArgs[$kind]} generator=$(cat Sources/isoplan-corpus/*.swift | cksum | cut -d' ' -f1)"
        if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
            echo "== generating $n plans ($kind) into $dir"
            rm -rf "$dir"
            # shellcheck disable=SC2086
            "$bin/isoplan-corpus" --count "$n" --seed "$seed" ${kindArgs[$kind]} --out "$dir"
            echo "$stamp" > "$dir/.stamp"
        fi
        if ! "$isoplan" check "$dir" > "$out/check-$kind-$n.txt"; then
            echo "the generated corpus has errors (see $out/check-$kind-$n.txt)" >&2
            exit 1
        fi
        printf '   %s, %s plans: %s\n' "$kind" "$n" "$(tail -1 "$out/check-$kind-$n.txt")"
    done
done

# --- what this build can do ---------------------------------------------------------------
# Every command and format the issue asks for; one this build lacks is found out here, by
# running it on two plans: a usage error (exit status 64) means "not available".
wanted=(
    "check" "risk" "risk --format json"
    "timeline" "timeline --format json" "timeline --format csv" "timeline --format mermaid"
    "timeline --format svg" "timeline --format html" "timeline --format ics"
    "report --format markdown" "report --format json" "report --format html"
)
probe="$out/probe"
if [ ! -f "$probe/portfolio.yaml" ]; then "$bin/isoplan-corpus" --count 2 --seed "$seed" --out "$probe" > /dev/null; fi
# args CMD: the full arguments of one benchmarked command on corpus DIR.
args() {
    local c=$1 dir=$2
    case $c in
        report*) echo "$c --period $period $dir" ;;
        *) echo "$c $dir" ;;
    esac
}
commands=(floor)
declare -A missing
for c in "${wanted[@]}"; do
    set +e
    # shellcheck disable=SC2046
    "$isoplan" $(args "$c" "$probe") > /dev/null 2>&1
    st=$?
    set -e
    if [ $st -eq 64 ]; then missing[$c]=1; fi
    commands+=("$c")
done

# --- measurements ------------------------------------------------------------------------
# Each round runs every command once, so a change in the machine's load hits all of them
# alike; the table shows each command's median over the rounds.
# timed KEY CMD...: one run; appends wall seconds, CPU seconds (user + system) and peak RSS
# (KB) to the lists of KEY. isoplan exits 1 when it finds problems: a result, not a failure.
declare -A walls cpus rsses
timed() {
    local key=$1; shift
    /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" > /dev/null 2> "$out/stderr.txt" || {
        local st=$?
        if [ $st -ne 1 ]; then echo "$key failed ($st): $*" >&2; cat "$out/stderr.txt" >&2; exit 1; fi
    }
    read -r w u s m < <(tail -1 "$out/time.txt")
    walls[$key]+="$w "
    cpus[$key]+="$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}') "
    rsses[$key]+="$m "
}
median() { printf '%s\n' $1 | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

for kind in "${kinds[@]}"; do
    for n in "${sizes[@]}"; do
        dir=$(corpus "$kind" "$n")
        cat $(find "$dir" -name '*.yaml') > /dev/null   # warm the page cache
        for ((r = 0; r < runs; r++)); do
            for c in "${commands[@]}"; do
                [ -z "${missing[$c]:-}" ] || continue
                if [ "$c" = floor ]; then
                    timed "$c,$kind,$n" "$out/bin/yaml-floor" "$dir"
                else
                    # shellcheck disable=SC2046
                    timed "$c,$kind,$n" "$isoplan" $(args "$c" "$dir")
                fi
            done
        done
    done
done

declare -A result
for kind in "${kinds[@]}"; do
    printf '\n%s corpus\n' "$kind"
    printf '%-7s %-26s %8s %8s %8s %8s %8s %8s %8s\n' plans command "wall s" "cpu s" "files/s" "MB/s" "RSS MB" "× floor" "× f.cpu"
    for n in "${sizes[@]}"; do
        dir=$(corpus "$kind" "$n")
        files=$(find "$dir" -name '*.yaml' | wc -l)
        bytes=$(find "$dir" -name '*.yaml' -printf '%s\n' | awk '{s += $1} END {print s}')
        for c in "${commands[@]}"; do
            if [ -z "${walls[$c,$kind,$n]:-}" ]; then
                printf '%-7s %-26s %s\n' "$n" "$c" "not available in this build"
                continue
            fi
            wall=$(median "${walls[$c,$kind,$n]}")
            cpu=$(median "${cpus[$c,$kind,$n]}")
            result[$c,$kind,$n]=$wall
            [ "$c" != floor ] || result[floorcpu,$kind,$n]=$cpu
            printf '%-7s %-26s %8.2f %8.2f %8.0f %8.1f %8.1f %8.2f %8.2f\n' "$n" "$c" "$wall" "$cpu" \
                "$(awk -v f="$files" -v w="$wall" 'BEGIN {print f / w}')" \
                "$(awk -v b="$bytes" -v w="$wall" 'BEGIN {print b / w / 1e6}')" \
                "$(awk -v r="$(median "${rsses[$c,$kind,$n]}")" 'BEGIN {print r / 1024}')" \
                "$(awk -v a="$wall" -v b="${result[floor,$kind,$n]}" 'BEGIN {printf "%.2f", a / b}')" \
                "$(awk -v a="$cpu" -v b="${result[floorcpu,$kind,$n]}" 'BEGIN {printf "%.2f", a / b}')"
        done
    done
    if [ "$quick" = 0 ]; then
        echo "growth, 10,000 vs 1,000 plans (wall time ratio; 10.0 is linear):"
        for c in "${commands[@]}"; do
            [ -n "${result[$c,$kind,1000]:-}" ] && [ -n "${result[$c,$kind,10000]:-}" ] || continue
            printf '  %-26s %6.2f×\n' "$c" "$(awk -v a="${result[$c,$kind,10000]}" -v b="${result[$c,$kind,1000]}" 'BEGIN {print a / b}')"
        done
    fi
done

echo
echo "== scheduling one plan of 100,000 tasks (parse excluded; median of $((runs < 3 ? 3 : runs)) runs)"
"$bin/isoplan-bench" schedule 100000 "$seed" $((runs < 3 ? 3 : runs)) | tail -2
