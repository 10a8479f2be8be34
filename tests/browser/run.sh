#!/usr/bin/env bash
# Renders the sample portfolio's printable outputs in a real browser and checks them:
#   * report --format html (vi and en) printed to PDF by headless Chromium: A4 portrait, every
#     word inside the Decree 30/2020 margins (page numbers in the top margin from page 2 only),
#     the national title and every sample agency's Vietnamese name present, page count sane;
#   * timeline --format html (the SVG portfolio chart) screenshot: the PNG is not blank;
#   * timeline --format ics parsed by Python's icalendar, byte-identical on a second run.
# Installs Debian's chromium, poppler-utils and fonts-liberation2 (and pip's icalendar) where
# missing. Everything it makes stays in tests/browser/out/ (ignored by git) for people to see.
# --docs also copies the report's first page and its chart page to docs/images/.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=tests/browser
out=$here/out
mkdir -p "$out"

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need_apt+=(fonts-liberation2)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "installing: ${need_apt[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
python3 -c "import icalendar" 2>/dev/null || python3 -m pip install -q icalendar

isoplan=.build/debug/isoplan
[ -x "$isoplan" ] || swift build
chrome=(chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --hide-scrollbars)

for lang in vi en; do
    "$isoplan" report --period 2019-Q3 plans --format html --lang "$lang" > "$out/report-$lang.html"
    timeout 120 "${chrome[@]}" --print-to-pdf="$out/report-$lang.pdf" "file://$PWD/$out/report-$lang.html" 2>/dev/null
    python3 "$here/check.py" pdf "$out/report-$lang.pdf" plans/agencies "$lang"
    rm -f "$out/report-$lang"-page-*.png
    pdftoppm -png -r 60 "$out/report-$lang.pdf" "$out/report-$lang-page"
done

"$isoplan" timeline plans --format html --lang vi > "$out/chart.html"
timeout 120 "${chrome[@]}" --window-size=1000,700 --screenshot="$out/chart.png" "file://$PWD/$out/chart.html" 2>/dev/null
python3 "$here/check.py" png "$out/chart.png"

"$isoplan" timeline plans --format ics --lang vi > "$out/timeline.ics"
"$isoplan" timeline plans --format ics --lang vi > "$out/timeline-again.ics"
cmp -s "$out/timeline.ics" "$out/timeline-again.ics" || { echo "FAIL: two ICS exports differ"; exit 1; }
python3 "$here/check.py" ics "$out/timeline.ics"

if [ "${1:-}" = "--docs" ]; then
    mkdir -p docs/images
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/report-vi.pdf" docs/images/report-page-1
    pdftoppm -png -r 70 -f 2 -l 2 -singlefile "$out/report-vi.pdf" docs/images/report-chart-page
    echo "docs/images updated"
fi
echo "browser tests: ok (output in $out)"
