#!/usr/bin/env bash
# `peermatch match`, `mentors`, `mentees` as scripts see them: JSON shape and
# determinism, exit codes for bad input, empty and pair-less rosters, pins
# and exclusions from a data folder, --save under the lock.
source "$(dirname "$0")/lib.sh"
need_generator
python3 "$GEN" --cities 400 --out "$WORK/r.csv"
python3 "$GEN" --cities 400 --out "$WORK/k3.csv" --peer-capacity-max 3

for algorithm in optimal stable; do
  "$BIN" match --roster "$WORK/r.csv" --algorithm $algorithm --format json >"$WORK/a.json"; rc=$?
  check "$algorithm exits 0 ($rc)" [ $rc -eq 0 ]
  "$BIN" match --roster "$WORK/r.csv" --algorithm $algorithm --format json >"$WORK/b.json"
  check "$algorithm output is byte-identical run after run" cmp -s "$WORK/a.json" "$WORK/b.json"
  keys=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(list(d), list(d["pairs"][0]), list(d["pairs"][0]["bonuses"]), list(d["unmatched"]), d["algorithm"])' "$WORK/a.json")
  check "$algorithm JSON keys in order: $keys" [ "$keys" == "['algorithm', 'pairCount', 'totalScore', 'pairs', 'unmatched'] ['pilot', 'peer', 'score', 'shared', 'bonuses'] ['language', 'region'] ['pilots', 'peers'] $algorithm" ]
  out=$("$BIN" match --roster "$WORK/r.csv" --algorithm $algorithm)
  check "$algorithm table has a summary" grep -q "^$algorithm: .* pairs, total score" <<<"$out"
  check "$algorithm table has coverage per area" grep -q "^water-resilience " <<<"$out"
done

err=$("$BIN" match --roster "$WORK/k3.csv" --algorithm stable 2>&1 >/dev/null); rc=$?
check "stable with a peer of capacity > 1 exits 2 ($rc)" [ $rc -eq 2 ]
check "and names the peer: $err" grep -qE "^error: the stable algorithm needs every peer to take at most 1 pilot; '[a-z0-9-]+' has capacity [23]" <<<"$err"
"$BIN" match --roster "$WORK/k3.csv" --format json >/dev/null; check "optimal takes peers of capacity > 1" [ $? -eq 0 ]

head -1 "$WORK/r.csv" >"$WORK/empty.csv"
out=$("$BIN" match --roster "$WORK/empty.csv" --format json); rc=$?
check "empty roster exits 0 ($rc)" [ $rc -eq 0 ]
check "empty roster gives an empty result" grep -q '"pairCount": 0' <<<"$out"

printf 'id,name,country,role,interests\np1,P1,IN,pilot,heat-islands:2\nq1,Q1,GH,peer,e-mobility:1\n' >"$WORK/apart.csv"
out=$("$BIN" match --roster "$WORK/apart.csv" --format json 2>"$WORK/err"); rc=$?
check "no allowed pair exits 0 ($rc)" [ $rc -eq 0 ]
check "everyone unmatched: $out" grep -q '"peers": \["q1"\]' <<<"$out"
check "no note on stderr in JSON mode" [ ! -s "$WORK/err" ]
"$BIN" match --roster "$WORK/apart.csv" >/dev/null 2>"$WORK/err"
check "table mode notes it on stderr" grep -q "no pair is allowed" "$WORK/err"

"$BIN" match --roster "$WORK/nope.csv" >/dev/null 2>&1; check "missing roster exits 2" [ $? -eq 2 ]
"$BIN" match --roster "$WORK/r.csv" --algorithm best >/dev/null 2>&1; check "unknown algorithm exits 2" [ $? -eq 2 ]
"$BIN" match --roster "$WORK/r.csv" --save --cohort x >/dev/null 2>&1; check "--save with --roster exits 2" [ $? -eq 2 ]

# A data folder: pins and exclusions apply; --save records the proposals.
cp -r "$ROOT/data" "$WORK/forum"
"$BIN" match --data "$WORK/forum" --format json >"$WORK/before.json"
read -r pilot peer < <(python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["pairs"][0]; print(p["pilot"], p["peer"])' "$WORK/before.json")
python3 - "$WORK/forum/pairings.json" "$pilot" "$peer" <<'PY'
import json, sys
path, pilot, peer = sys.argv[1:]
d = json.load(open(path))
d.setdefault("exclusions", []).append({"pilot": pilot, "peer": peer})
json.dump(d, open(path, "w"), indent=2)
PY
"$BIN" match --data "$WORK/forum" --format json >"$WORK/excluded.json"
check "an excluded pair is never proposed" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(any(p["pilot"]==sys.argv[2] and p["peer"]==sys.argv[3] for p in d["pairs"]))' "$WORK/excluded.json" "$pilot" "$peer"
python3 - "$WORK/forum/pairings.json" "$pilot" "$peer" <<'PY'
import json, sys
path, pilot, peer = sys.argv[1:]
d = json.load(open(path))
d["pins"] = d.get("pins", []) + [{"pilot": pilot, "peer": peer}]
json.dump(d, open(path, "w"), indent=2)
PY
err=$("$BIN" match --data "$WORK/forum" 2>&1 >/dev/null); rc=$?
check "pinning an excluded pair exits 2 ($rc)" [ $rc -eq 2 ]
check "and names the pair: $err" grep -q "cannot pin $pilot–$peer: the pair is excluded" <<<"$err"
python3 - "$WORK/forum/pairings.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["exclusions"] = []
json.dump(d, open(sys.argv[1], "w"), indent=2)
PY
"$BIN" match --data "$WORK/forum" --format json >"$WORK/pinned.json"
check "a pin appears in the result" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(not any(p["pilot"]==sys.argv[2] and p["peer"]==sys.argv[3] for p in d["pairs"]))' "$WORK/pinned.json" "$pilot" "$peer"

"$BIN" match --data "$WORK/forum" --save >/dev/null 2>&1; check "--save without --cohort exits 2" [ $? -eq 2 ]
n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pairCount"])' "$WORK/pinned.json")
PEERMATCH_TODAY=2026-11-25 "$BIN" match --data "$WORK/forum" --save --cohort 2026-autumn --format json >"$WORK/saved.json" 2>"$WORK/err"; rc=$?
check "--save exits 0 ($rc)" [ $rc -eq 0 ]
check "--save prints what it proposed" cmp -s "$WORK/pinned.json" "$WORK/saved.json"
saved=$(python3 -c 'import json,sys; print(sum(1 for p in json.load(open(sys.argv[1]))["pairings"] if p["cohort"]=="2026-autumn" and p["start"]=="2026-11-25" and p["status"]=="active"))' "$WORK/forum/pairings.json")
check "--save records $n active pairings ($saved)" [ "$saved" == "$n" ]
check "the kept pin is no longer a pin" python3 -c 'import json,sys; sys.exit(len(json.load(open(sys.argv[1])).get("pins", [])) != 0)' "$WORK/forum/pairings.json"
check "the forum still checks out" "$BIN" check --data "$WORK/forum" >/dev/null
out=$("$BIN" match --data "$WORK/forum" --format json)
check "a second run proposes only for the capacity left" python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(d["pairCount"] != 0)' "$out"

out=$("$BIN" mentors accra --data "$ROOT/data"); rc=$?
check "mentors exits 0 ($rc)" [ $rc -eq 0 ]
check "mentors explains: $out" grep -q "why it fits" <<<"$out"
"$BIN" mentors accra --data "$ROOT/data" --format json --limit 2 | python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["city"]=="accra" and len(d["candidates"])<=2' 2>/dev/null
check "mentors JSON with --limit" [ $? -eq 0 ]
err=$("$BIN" mentors acra --data "$ROOT/data" 2>&1); rc=$?
check "unknown id exits 2 ($rc)" [ $rc -eq 2 ]
check "and suggests: $err" grep -q "did you mean accra" <<<"$err"
"$BIN" mentees accra --data "$ROOT/data" >/dev/null 2>&1; check "mentees of a peer exits 2" [ $? -eq 2 ]
finish
