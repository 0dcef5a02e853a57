#!/usr/bin/env bash
# Two imports at once: both succeed one after the other (the second waits for
# the lock) or one fails with a clear message; the result is never a mix.
source "$(dirname "$0")/lib.sh"
need_generator
python3 "$GEN" --cities 13000 --seed 3 --out "$WORK/A.csv"
python3 "$GEN" --cities 13000 --seed 4 --out "$WORK/B.csv"
"$BIN" init "$WORK/ref" >/dev/null
"$BIN" import cities "$WORK/A.csv" --data "$WORK/ref" --replace >/dev/null; hashA=$(folder_hash "$WORK/ref")
"$BIN" import cities "$WORK/B.csv" --data "$WORK/ref" --replace >/dev/null; hashB=$(folder_hash "$WORK/ref")
"$BIN" init "$WORK/f" >/dev/null
for i in 1 2 3 4 5; do
  "$BIN" import cities "$WORK/A.csv" --data "$WORK/f" --replace >"$WORK/outA" 2>&1 & a=$!
  "$BIN" import cities "$WORK/B.csv" --data "$WORK/f" --replace >"$WORK/outB" 2>&1 & b=$!
  wait $a; ra=$?
  wait $b; rb=$?
  check "round $i: both waited in turn (rc $ra, $rb): $(cat "$WORK/outA" "$WORK/outB")" [ $((ra + rb)) -eq 0 ]
  now=$(folder_hash "$WORK/f")
  check "round $i: the folder is a mix" one_of "$now" "$hashA" "$hashB"
done
# A writer that cannot get the lock in time fails clearly and changes nothing.
before=$(folder_snapshot "$WORK/f")
flock "$WORK/f/.lock" sleep 3 & holder=$!
sleep 0.3
err=$(PEERMATCH_LOCK_TIMEOUT=0.5 "$BIN" import cities "$WORK/A.csv" --data "$WORK/f" --replace 2>&1 >/dev/null)
rc=$?
wait $holder
check "locked: exit 2, got $rc" [ $rc -eq 2 ]
check "locked: clear message, got: $err" grep -q "is being changed by another peermatch" <<<"$err"
check "locked: folder changed" [ "$(folder_snapshot "$WORK/f")" == "$before" ]
finish
