#!/usr/bin/env bash
# The coordinator's commands on a copy of data/: pin, exclude, pair add/end,
# pairings list, request; `match` honours pins and exclusions; refusals exit 2
# with the workspace's sentence and change nothing; `check` reports a pin
# `match` refuses in the same words; export/import round-trips pins and
# exclusions; a kill during a write leaves the old or the new state.
source "$(dirname "$0")/lib.sh"
D="$WORK/d"
cp -r "$ROOT/data" "$D"
rm -f "$D/.lock"
pairs() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(" ".join(sorted(p["pilot"]+"/"+p["peer"] for p in d[sys.argv[2]] if sys.argv[2]!="pairings" or p["status"]=="active")))' "$@"; }

out=$("$BIN" pin chennai kochi --data "$D"); check "pin exits 0: $out" [ "$out" == "pinned chennai–kochi" ]
"$BIN" exclude buenos-aires medellin --note "met in 2025" --data "$D" >/dev/null; check "exclude exits 0" [ $? -eq 0 ]
check "the pin is stored" [ "$(pairs "$D/pairings.json" pins)" == "chennai/kochi" ]
check "the exclusion is stored with its note" python3 -c '
import json, sys
ex = json.load(open(sys.argv[1]))["exclusions"]
sys.exit(0 if {"pilot": "buenos-aires", "peer": "medellin", "note": "met in 2025"} in ex else 1)' "$D/pairings.json"
"$BIN" match --data "$D" --format json >"$WORK/m.json"
check "match keeps the pin" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert any(p["pilot"]=="chennai" and p["peer"]=="kochi" for p in d["pairs"])' "$WORK/m.json"
check "match never proposes the exclusion" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert not any(p["pilot"]=="buenos-aires" and p["peer"]=="medellin" for p in d["pairs"])' "$WORK/m.json"
# mentors counts the pin in chennai's capacity: one place fewer while pinned.
chennai_left() { "$BIN" mentors kochi --format json --data "$D" | python3 -c 'import json,sys; print([c["capacityLeft"] for c in json.load(sys.stdin)["candidates"] if c["id"]=="chennai"][0])'; }
pinned_left=$(chennai_left)
"$BIN" unpin chennai kochi --data "$D" >/dev/null; check "unpin exits 0" [ $? -eq 0 ]
check "mentors shows the pin's place ($pinned_left pinned, $(chennai_left) not)" [ "$(chennai_left)" -eq $((pinned_left + 1)) ]
"$BIN" pin chennai kochi --data "$D" >/dev/null

# Refusals: exit 2, the sentence, nothing written.
before=$(folder_snapshot "$D")
err=$("$BIN" pair add chennai lima --data "$D" 2>&1); rc=$?
check "no shared area exits 2 ($rc)" [ $rc -eq 2 ]
check "and says why: $err" [ "$err" == "error: cannot pair chennai–lima: the two cities share no interest area (override with a note to pair them anyway)" ]
err=$("$BIN" pin chennai kochi --data "$D" 2>&1); check "pinning twice is refused: $err" [ "$err" == "error: chennai–kochi is already pinned" ]
err=$("$BIN" pin chennai lima --data "$D" 2>&1); check "a pin match refuses, in its words: $err" [ "$err" == "error: cannot pin chennai–lima: the two cities share no interest area" ]
err=$("$BIN" pin chennai kochii --data "$D" 2>&1); check "unknown city with a suggestion: $err" [ "$err" == "error: cannot pin chennai–kochii: no city has id 'kochii' (did you mean kochi?)" ]
err=$("$BIN" pair end chennai lima --data "$D" 2>&1); check "ending what is not active: $err" [ "$err" == "error: chennai–lima has no active pairing to end" ]
err=$("$BIN" pair add chennai lima --override --data "$D" 2>&1); check "an override needs a note: $err" [ "$err" == "error: an override needs a note saying why" ]
check "refusals changed nothing" [ "$before" == "$(folder_snapshot "$D")" ]

# pair add / end, then pairings list shows exactly the active pairs.
expected=$(pairs "$D/pairings.json" pairings)
"$BIN" pair add chennai lima --override --note "mayors asked" --cohort 2026-autumn --date 2026-09-01 --data "$D" >/dev/null
check "pair add with an override exits 0" [ $? -eq 0 ]
first=$(echo "$expected" | cut -d' ' -f1); fpilot=${first%/*}; fpeer=${first#*/}
"$BIN" pair end "$fpilot" "$fpeer" --date 2026-09-02 --note "finished" --data "$D" >/dev/null; check "pair end exits 0" [ $? -eq 0 ]
expected=$(echo "$expected chennai/lima" | tr ' ' '\n' | grep -vx "$first" | sort | tr '\n' ' ' | sed 's/ $//')
"$BIN" pairings list --status active --format json --data "$D" >"$WORK/list.json"
got=$(pairs "$WORK/list.json" pairings)
check "pairings list shows exactly the active pairs: $got" [ "$got" == "$expected" ]
check "the override's note is recorded" grep -q '"note": "override (no shared area): mayors asked"' "$WORK/list.json"
n=$("$BIN" pairings list --city lima --format csv --data "$D" | tail -n +2 | wc -l); check "--city filters ($n)" [ "$n" -ge 1 ]
err=$("$BIN" pairings list --city nowhere --data "$D" 2>&1); check "unknown --city exits 2" [ $? -eq 2 ]

# Requests (they never change the match).
"$BIN" match --data "$D" --format json >"$WORK/m1.json"
"$BIN" request kochi chennai pune --data "$D" >/dev/null; check "request exits 0" [ $? -eq 0 ]
check "request is kept in requests.json" python3 -c '
import json, sys
sys.exit(0 if {"peer": "kochi", "pilots": ["chennai", "pune"]} in json.load(open(sys.argv[1]))["requests"] else 1)' "$D/requests.json"
err=$("$BIN" request kochi a b c d --data "$D" 2>&1); check "more than 3 pilots exits 2: $err" [ $? -eq 2 ]
"$BIN" match --data "$D" --format json >"$WORK/m2.json"
check "requests do not change the match" cmp -s "$WORK/m1.json" "$WORK/m2.json"
out=$("$BIN" request kochi --data "$D"); check "request PEER shows it: $out" [ "$out" == "kochi requests: chennai, pune" ]
"$BIN" request kochi --clear --data "$D" >/dev/null
check "--clear removes it" [ "$("$BIN" request kochi --data "$D")" == "kochi has requested no pilot" ]

# Export / import round-trips pins and exclusions.
"$BIN" export pairings --format json --data "$D" >"$WORK/p.json"
"$BIN" init "$WORK/e" >/dev/null
"$BIN" export cities --format json --data "$D" >"$WORK/c.json"
"$BIN" import cities "$WORK/c.json" --data "$WORK/e" >/dev/null
out=$("$BIN" import pairings "$WORK/p.json" --data "$WORK/e"); check "import says what came back: $out" grep -q "1 pin and 1 exclusion added" <<<"$out"
check "pins, exclusions and notes round-trip" cmp -s "$D/pairings.json" "$WORK/e/pairings.json"

# check reports a pin match refuses, with match's sentence.
python3 - "$D/pairings.json" <<'PY'
import json,sys; d=json.load(open(sys.argv[1])); d["pins"].append({"pilot":"chennai","peer":"lima"}); json.dump(d,open(sys.argv[1],"w"),indent=2)
PY
merr=$("$BIN" match --data "$D" 2>&1 >/dev/null); check "match refuses the bad pin" [ -n "$merr" ]
cout=$("$BIN" check --data "$D" 2>/dev/null); check "check fails on it" [ $? -eq 1 ]
check "with the same sentence: $cout / $merr" grep -qF "${merr#error: }" <<<"$cout"
finish
