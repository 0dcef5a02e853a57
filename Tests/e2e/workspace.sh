#!/usr/bin/env bash
# End-to-end test of the coordinator's workspace (Match screen) on a COPY of
# data/: run the match, pin one pair, exclude another (with a note), re-run,
# undo once, commit with a cohort label, quit. Then the CLI shows exactly the
# pairs the match makes with that pin and exclusion, in the cohort, and the
# next `peermatch match` keeps the exclusion. Also: SIGTERM in the middle of
# an uncommitted workspace leaves the data folder byte for byte unchanged.
#
#   Tests/e2e/workspace.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
digest() { cat "$1"/*.json | cksum; }
# The active pairs of a cohort, as "pilot peer" lines, sorted.
cohort_pairs() {
  "$BIN" --data "$1" pairings list --format json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["pairings"]:
    if p["status"] == "active" and p["cohort"] == sys.argv[1]: print(p["pilot"], p["peer"])' "$2" | sort
}

# What the match makes with the same pin and exclusion, from the CLI on another copy.
cp -r "$ROOT/data" "$WORK/expected"
"$BIN" --data "$WORK/expected" pin buenos-aires medellin >/dev/null
"$BIN" --data "$WORK/expected" exclude buenos-aires mexico-city >/dev/null
"$BIN" --data "$WORK/expected" match --format json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["pairs"]: print(p["pilot"], p["peer"])' | sort > "$WORK/expected-pairs"

# The walk through.
cp -r "$ROOT/data" "$WORK/data"
start_shell ws 100 30 || fail "no shell prompt"
run "'$BIN' --data '$WORK/data'; echo rc-\$?"
check "the app opens" wait_for "[1 Cities]"
keys 2
check "the Match screen says how to start" wait_for "No proposals yet"
keys r
check "the match runs in the background and lands" wait_for "14 pairs · total 59.5"
check "grouped by pilot, best first, with why" wait_for "Buenos Aires"
keys p
check "pin the first pair (Buenos Aires–Medellín)" wait_for "pin buenos-aires–medellin"
keys P
check "filter to the pinned pairs" wait_for "pinned pairs: 1 pair shown"
keys x
check "x clears the filters" wait_for "every filter cleared: 14 pairs shown"
keys j e
check "exclude asks for a note" wait_for "Exclude buenos-aires–mexico-city: why?"
keys -l "met already"; keys Enter
check "exclude the second pair" wait_for "exclude buenos-aires–mexico-city"
check "re-solved around the exclusion" wait_for "total 58.0"
keys r
check "re-run" wait_for "re-run the match (c commits"
keys u
check "undo names what it took back" wait_for "undone: re-run the match"
keys d
check "the diff shows what a commit changes" wait_for "if committed: +14 pairs"
keys c
check "commit asks for a cohort label" wait_for "Cohort label"
keys -l "2026-autumn"; keys Enter
check "then for a confirmation" wait_for "Commit 14 new pairs (cohort 2026-autumn)"
keys y
check "committed" wait_for "committed: 14 new pairs in cohort 2026-autumn"
keys q
check "quits without asking: nothing uncommitted" wait_for "rc-0"

cohort_pairs "$WORK/data" 2026-autumn > "$WORK/committed-pairs"
check "pairings list shows exactly the committed pairs" diff "$WORK/expected-pairs" "$WORK/committed-pairs"
check "the pinned pair is an active pairing" grep -qx "buenos-aires medellin" "$WORK/committed-pairs"
"$BIN" --data "$WORK/data" match --format json > "$WORK/next-match" 2>&1
check "the next match keeps the exclusion" bash -c "! grep -q '\"pilot\": \"buenos-aires\", \"peer\": \"mexico-city\"' '$WORK/next-match'"
check "the exclusion is in the data" bash -c "'$BIN' --data '$WORK/data' pin buenos-aires mexico-city 2>&1 | grep -q 'the pair is excluded'"

# SIGTERM with an uncommitted workspace: the data folder is unchanged.
cp -r "$ROOT/data" "$WORK/term"
before=$(digest "$WORK/term")
start_shell term 100 30 || fail "no shell prompt (term)"
run "'$BIN' --data '$WORK/term'; echo rc-\$?"
check "the app opens (term)" wait_for "[1 Cities]"
keys 2 r
check "the match lands (term)" wait_for "14 pairs"
keys p
check "pinned (term)" wait_for "pin buenos-aires–medellin"
app_pid=$(pgrep -P "$(t display -p -t term '#{pane_pid}')" -x peermatch | head -n 1)
if [ -n "$app_pid" ]; then
  kill -TERM "$app_pid"
  check "SIGTERM ends the app with 143" wait_for "rc-143" 5
else
  fail "could not find the app's pid"
fi
check "SIGTERM leaves the committed data unchanged" test "$before" = "$(digest "$WORK/term")"

finish
