#!/usr/bin/env bash
# Compares two builds of isoplan on the same plans: everything the loader makes of each file
# (`isoplan-bench dump`: the model with every position, every diagnostic in order) and every
# output format of check, risk, report and timeline, byte for byte. Exit 1 on a difference.
#
# Usage: bench/compare-builds.sh OLD_BIN_DIR NEW_BIN_DIR DIR
#   e.g.  bench/mutants.py bench-out/mutants 1 40 bench-out/corpus-1000
#         bench/compare-builds.sh /tmp/old/.build/release .build/release bench-out/mutants
# Each BIN_DIR holds `isoplan` and `isoplan-bench` (swift build -c release --product isoplan; --product isoplan-bench).
set -uo pipefail
old=$1 new=$2 dir=$3
export SWIFT_DETERMINISTIC_HASHING=1   # the dump prints dictionaries
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fails=0
files=$(find "$dir" -name '*.yaml' | sort)
# shellcheck disable=SC2086
"$old/isoplan-bench" dump $files 2>&1 | grep -v '^$' > "$out/old.txt"
# shellcheck disable=SC2086
"$new/isoplan-bench" dump $files 2>&1 | grep -v '^$' > "$out/new.txt"
if ! cmp -s "$out/old.txt" "$out/new.txt"; then
    echo "loader dumps differ:"; diff "$out/old.txt" "$out/new.txt" | head -20 | cut -c1-200; fails=$((fails + 1))
fi
while read -r args; do
    # shellcheck disable=SC2086
    if ! cmp -s <("$old/isoplan" $args --as-of 2019-10-01 "$dir" 2>&1) <("$new/isoplan" $args --as-of 2019-10-01 "$dir" 2>&1); then
        echo "differs: isoplan $args"; fails=$((fails + 1))
    fi
done <<'LIST'
check --format text
check --format json
check --format github
check --format sarif
risk --format text --lang en
risk --format markdown --lang vi
risk --format json --lang vi
risk --format csv --lang en
report --period 2019-Q3 --format json
report --period 2019-H2 --format markdown
timeline --format json
timeline --format csv
timeline --format text --width 120
LIST
echo "$(echo "$files" | wc -l) files, $(wc -l < "$out/old.txt") dump lines, $fails difference(s)"
[ "$fails" = 0 ]
