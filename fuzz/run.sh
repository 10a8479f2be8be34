#!/usr/bin/env bash
# Fuzzes the engine with libFuzzer: fuzz/run.sh [seconds]   (default 600; docs/fuzzing.md)
#
# Compiles the ISOPlanKit sources together with fuzz/FuzzEntry.swift into one instrumented
# binary (swiftc -sanitize=fuzzer,address), seeds fuzz-corpus/ from the test fixtures and
# plans/, and runs it. A crash leaves its input in fuzz-artifacts/ and stops the run; make it
# a regression test under Tests/ISOPlanKitTests/Fuzz/ and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build=bench-out/fuzz
bin=$build/isoplan-fuzz
mkdir -p "$build" fuzz-corpus fuzz-artifacts

dpkg -s libyaml-dev >/dev/null 2>&1 || {
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libyaml-dev >/dev/null
    else sudo apt-get update -qq && sudo apt-get install -y -qq libyaml-dev >/dev/null; fi
}

sources=$(find Sources/ISOPlanKit -name '*.swift' | sort)
if [ ! -x "$bin" ] || [ -n "$(find $sources fuzz/*.swift -newer "$bin" | head -1)" ]; then
    echo "== building $bin"
    swiftc -O -g -sanitize=fuzzer,address -use-ld=lld -parse-as-library -module-name ISOPlanKit \
        -I Sources/CLibYAML $sources fuzz/FuzzEntry.swift fuzz/BundleModule.swift -o "$bin"
fi

# Seed corpus: every YAML file of the tests and the sample plans (copied once).
if [ -z "$(ls -A fuzz-corpus)" ]; then
    find Tests plans -name '*.yaml' -o -name '*.yml' | while read -r f; do
        cp "$f" "fuzz-corpus/seed-$(echo "$f" | tr '/' '_')"
    done
fi

echo "== fuzzing for $seconds s ($(ls fuzz-corpus | wc -l) inputs in fuzz-corpus/)"
log=$build/fuzz-$(date -u +%Y%m%dT%H%M%SZ).log
set +e
"$bin" fuzz-corpus -dict=fuzz/plan.dict -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix=fuzz-artifacts/ 2>&1 | tee "$log" | \
    grep -E "^#[0-9]+.*(pulse|DONE|NEW)|ERROR|SUMMARY|stat::" | grep -vE "NEW" | tail -n 30
status=${PIPESTATUS[0]}
set -e
runs=$(grep -E "stat::number_of_executed_units" "$log" | awk '{print $2}' || true)
time=$(grep -E "stat::average_exec_per_sec" "$log" | awk '{print $2}' || true)
echo "== exit $status; executions: ${runs:-?}; executions/s: ${time:-?}; log: $log"
exit "$status"
