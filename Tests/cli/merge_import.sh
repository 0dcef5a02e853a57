#!/usr/bin/env bash
# Merge by id merges (FORMATS.md): a roster with fewer columns keeps the
# others; an empty cell clears its field; an import that breaks committed
# pairings is refused (naming city and pairs) unless --force, which says what
# it broke; check reports impossible pairing and session dates.
source "$(dirname "$0")/lib.sh"
F=$WORK/f
cp -r "$ROOT/data" "$F"
rm -f "$F/.lock"
"$BIN" export cities --data "$F" --output "$WORK/before.csv"

# The issue's case: id,name,country,role,capacity only.
printf 'id,name,country,role,capacity\nchennai,Chennai,IN,pilot,2\n' >"$WORK/few.csv"
out=$("$BIN" import cities "$WORK/few.csv" --data "$F"); rc=$?
check "partial roster imports: $out" [ $rc -eq 0 ]
"$BIN" export cities --data "$F" --output "$WORK/after.csv"
diff=$(python3 - "$WORK/before.csv" "$WORK/after.csv" <<'PY'
import csv, sys
before = {r["id"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
after = {r["id"]: r for r in csv.DictReader(open(sys.argv[2], encoding="utf-8"))}
changes = sorted(f"{i}.{k}={after[i][k]!r}" for i in before for k in before[i] if before[i][k] != after[i].get(k))
print(" ".join(changes))
PY
)
check "only chennai's name and capacity changed, got: $diff" [ "$diff" == "chennai.capacity='2' chennai.name='Chennai'" ]
check "check passes after the partial import" "$BIN" check --data "$F" >/dev/null

# An empty cell clears: region and the x-source column.
printf 'id,name,country,role,region,x-source\nchennai,Chennai,IN,pilot,,\n' >"$WORK/clear.csv"
"$BIN" import cities "$WORK/clear.csv" --data "$F" >/dev/null
show=$("$BIN" cities show chennai --data "$F")
check "region cleared: $show" bash -c '! grep -q "South Asia" <<<"$0"' "$show"
check "x-source cleared" bash -c '! grep -q "x-source" <<<"$0"' "$show"
check "languages kept" grep -qE "languages +en, ta" <<<"$show"

# Breaking committed pairings is refused, names the city and pairs, changes nothing.
pair=$(python3 -c 'import json,sys; p=[p for p in json.load(open(sys.argv[1]))["pairings"] if p["status"]=="active"][0]; print(p["pilot"], p["peer"])' "$F/pairings.json")
read -r pilot peer <<<"$pair"
snap=$(folder_snapshot "$F")
printf 'id,name,country,role\n%s,X,IN,member\n' "$pilot" >"$WORK/role.csv"
err=$("$BIN" import cities "$WORK/role.csv" --data "$F" 2>&1); rc=$?
check "role change of a paired city: exit 2, got $rc" [ $rc -eq 2 ]
check "names the city and the pair: $err" grep -q "city '$pilot': role pilot → member, but pair.* $pilot–$peer" <<<"$err"
check "refused: nothing changed" [ "$(folder_snapshot "$F")" == "$snap" ]
printf 'id,name,country,role,capacity\n%s,X,IN,peer,0\n' "$peer" >"$WORK/cap.csv"
err=$("$BIN" import cities "$WORK/cap.csv" --data "$F" 2>&1); rc=$?
check "capacity below active pairings: exit 2, got $rc" [ $rc -eq 2 ]
check "names the capacity and the pair: $err" grep -q "city '$peer': capacity 0 is below its 1 active pairings ($pilot–$peer)" <<<"$err"
check "refused: nothing changed" [ "$(folder_snapshot "$F")" == "$snap" ]
out=$("$BIN" import cities "$WORK/cap.csv" --force --data "$F"); rc=$?
check "--force goes ahead: exit $rc" [ $rc -eq 0 ]
check "--force says what it broke: $out" grep -q "^broke: city '$peer': capacity 0 is below its 1 active pairings" <<<"$out"
"$BIN" check --data "$F" >/dev/null 2>&1; rc=$?
check "check then reports it: exit 1, got $rc" [ $rc -eq 1 ]

# check: pairing and session dates.
G=$WORK/g
"$BIN" init "$G" >/dev/null
printf 'id,name,country,role,interests\nsurat,Surat,IN,pilot,flood-management:3\naccra,Accra,GH,peer,flood-management:2\n' | "$BIN" import cities - --data "$G" >/dev/null
printf 'pilot,peer,status,start,end\nsurat,accra,ended,2025-05-01,2025-04-01\n' | "$BIN" import pairings - --data "$G" >/dev/null
printf 'date,pilot,peer,format\n2025-06-01,surat,accra,call\n2025-01-01,surat,accra,call\n' | "$BIN" import sessions - --allow-unpaired --data "$G" >/dev/null
out=$("$BIN" check --data "$G" 2>/dev/null); rc=$?
check "check finds date problems: exit 1, got $rc" [ $rc -eq 1 ]
check "pairing ends before it starts: $out" grep -q "pairing-dates: pairing surat–accra ends 2025-04-01, before it starts (2025-05-01)" <<<"$out"
check "session after the pairing ended: $out" grep -q "session-outside-pairing: session s[0-9a-z-]* of surat–accra on 2025-06-01 is after its pairing ended (2025-04-01)" <<<"$out"
check "session before the pairing started: $out" grep -q "session-outside-pairing: session s[0-9a-z-]* of surat–accra on 2025-01-01 is before its pairing started (2025-05-01)" <<<"$out"
out=$("$BIN" check --format json --data "$G" 2>/dev/null); rc=$?
check "check --format json: exit 1, got $rc" [ $rc -eq 1 ]
kinds=$(python3 -c 'import json,sys; print(" ".join(sorted(p["kind"] for p in json.load(sys.stdin)["problems"])))' <<<"$out")
check "check --format json lists the problems, got: $kinds" [ "$kinds" == "pairing-dates session-outside-pairing session-outside-pairing" ]
finish
