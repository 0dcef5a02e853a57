#!/usr/bin/env bash
# The HTML report renders in headless Chromium, on a desktop width and a
# phone width: the screenshot has the size asked for, is not blank, and shows
# the SVG bars in their colours. UPDATE_SCREENSHOT=1 copies the desktop
# screenshot to docs/report.png.
source "$(dirname "$0")/lib.sh"
need_generator
if ! command -v chromium >/dev/null; then
  echo "$NAME: skipped: chromium not installed (scripts/ensure-deps installs it)"
  exit 0
fi
ORACLE=$ROOT/Tests/cli/oracle
export PEERMATCH_TODAY=2026-03-15
python3 "$GEN" --cities 400 --out "$WORK/roster.csv" --sessions 2500 --sessions-out "$WORK/gen.csv"
python3 "$ORACLE/report_fixture.py" "$WORK/gen.csv" "$WORK/sessions.csv" "$WORK/pairings.json"
"$BIN" init "$WORK/d" >/dev/null
"$BIN" import cities "$WORK/roster.csv" --data "$WORK/d" >/dev/null
"$BIN" import pairings "$WORK/pairings.json" --data "$WORK/d" >/dev/null
"$BIN" import sessions "$WORK/sessions.csv" --data "$WORK/d" >/dev/null
check "report --format html" "$BIN" report --format html --out "$WORK/report.html" --data "$WORK/d"

shoot() { # WIDTH HEIGHT PNG
  timeout 90 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$WORK/profile" --window-size="$1,$2" --screenshot="$3" "file://$WORK/report.html" \
    >"$WORK/chromium.log" 2>&1
}
# size and the bar colours that must show: blue (sessions, peers with a pair),
# orange (demand unmet, further down the page)
for shot in 1000x1400:1f6feb,d4602a 390x844:1f6feb; do
  size=${shot%:*}; colours=${shot#*:}
  w=${size%x*}; h=${size#*x}
  if shoot "$w" "$h" "$WORK/$size.png" && [ -s "$WORK/$size.png" ]; then
    check "$size screenshot rendered" python3 "$ORACLE/png_check.py" "$WORK/$size.png" "$w" "$h" ${colours//,/ }
  else
    fail "chromium made no $size screenshot: $(tail -n 3 "$WORK/chromium.log")"
  fi
done
# a blank page must fail the check (the check can fail)
printf '<!DOCTYPE html><html><body></body></html>' >"$WORK/report.html"
shoot 390 844 "$WORK/blank.png"
check "a blank page fails the check" bash -c "! python3 '$ORACLE/png_check.py' '$WORK/blank.png' 390 844 1f6feb >/dev/null"
if [ "${UPDATE_SCREENSHOT:-}" == 1 ]; then cp "$WORK/1000x1400.png" "$ROOT/docs/report.png"; fi
finish
