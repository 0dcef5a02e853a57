#!/usr/bin/env bash
# The report's figures, computed independently by a Python oracle from the
# data folder's JSON files, agree with `report --format json`: a generated
# forum (1,000 cities, 4,000 sessions, pairings in cohorts with fit checks and
# goals, follow-ups, milestones, forum events) under
# several date ranges and cohorts. Markdown and HTML come out of the same run.
source "$(dirname "$0")/lib.sh"
fails() { ! "$@"; }
need_generator
ORACLE=$ROOT/Tests/cli/oracle
export PEERMATCH_TODAY=2026-03-15
python3 "$GEN" --cities 1000 --out "$WORK/roster.csv" --sessions 4000 --sessions-out "$WORK/gen.csv"
python3 "$ORACLE/report_fixture.py" "$WORK/gen.csv" "$WORK/sessions.csv" "$WORK/pairings.json"
"$BIN" init "$WORK/d" >/dev/null
check "import cities" "$BIN" import cities "$WORK/roster.csv" --data "$WORK/d" >/dev/null
check "import pairings" "$BIN" import pairings "$WORK/pairings.json" --data "$WORK/d" >/dev/null
check "import sessions" "$BIN" import sessions "$WORK/sessions.csv" --data "$WORK/d" >/dev/null

# from to cohort ("-" = none)
while read -r from to cohort; do
  args=()
  [ "$from" != - ] && args+=(--from "$from")
  [ "$to" != - ] && args+=(--to "$to")
  [ "$cohort" != - ] && args+=(--cohort "$cohort")
  [ "$from" == - ] && from=""
  [ "$to" == - ] && to=""
  "$BIN" report --format json "${args[@]}" --data "$WORK/d" >"$WORK/r.json"
  out=$(python3 "$ORACLE/report_oracle.py" "$WORK/d" "$WORK/r.json" "$PEERMATCH_TODAY" "$from" "$to" "$cohort")
  check "report ${args[*]}: $out" [ $? -eq 0 ]
  echo "  ${args[*]:-(no filter)}: $out"
done <<'CASES'
- - -
2025-01-01 2025-12-31 -
2024-03-10 - 2024-spring
- 2025-06-30 2025-autumn
2026-01-01 2026-12-31 nobody
CASES
# cohort with spaces and markup: the shell loop above splits on spaces
"$BIN" report --format json --cohort "Ñandú & <co>" --data "$WORK/d" >"$WORK/r.json"
out=$(python3 "$ORACLE/report_oracle.py" "$WORK/d" "$WORK/r.json" "$PEERMATCH_TODAY" "" "" "Ñandú & <co>")
check "report --cohort with markup: $out" [ $? -eq 0 ]

# the oracle can fail: a figure changed by hand is caught
python3 - "$WORK/r.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); r["coverage"][0]["demandUnmet"] += 1
json.dump(r, open(sys.argv[1], "w"))
PY
check "oracle catches a wrong figure" fails python3 "$ORACLE/report_oracle.py" "$WORK/d" "$WORK/r.json" "$PEERMATCH_TODAY" "" "" "Ñandú & <co>" >/dev/null

for fmt in md html; do
  check "report --format $fmt" "$BIN" report --format "$fmt" --out "$WORK/r.$fmt" --data "$WORK/d"
done
check "markdown has every section" [ "$(grep -c '^## ' "$WORK/r.md")" -eq 9 ]
check "html escapes the cohort" grep -q 'Ñandú &amp; &lt;co&gt;' "$WORK/r.html"
check "html has no raw cohort markup" fails grep -q '<co>' "$WORK/r.html"
check "html has no script" fails grep -qi '<script' "$WORK/r.html"

err=$("$BIN" report --format json --from 2025-13-01 --data "$WORK/d" 2>&1)
check "bad date exits 2 and names it: $err" grep -q -- '--from must be a date' <<<"$err"
err=$("$BIN" report --format json --from 2025-02-01 --to 2025-01-01 --data "$WORK/d" 2>&1)
check "reversed range is refused: $err" grep -q -- 'before --from' <<<"$err"
finish
