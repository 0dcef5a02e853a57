#!/usr/bin/env bash
# SIGTERM or SIGKILL a pair command (pin, unpin) on a 6,000-city forum at
# random moments: the data folder must hold the old state or the new one,
# never a mix, and `check` must pass.
source "$(dirname "$0")/lib.sh"
need_generator
ROUNDS=${KILL_ROUNDS:-16}
python3 "$GEN" --cities 6000 --seed 3 --out "$WORK/r.csv"
"$BIN" init "$WORK/f" >/dev/null
"$BIN" import cities "$WORK/r.csv" --data "$WORK/f" >/dev/null
# A pair the match could keep: the best peer of the first pilot.
pilot=$(python3 -c 'import csv,sys; print(next(r["id"] for r in csv.DictReader(open(sys.argv[1])) if r["role"]=="pilot"))' "$WORK/r.csv")
peer=$("$BIN" mentees "$pilot" --format json --data "$WORK/f" | python3 -c 'import json,sys; print(next(c["id"] for c in json.load(sys.stdin)["candidates"] if not c["full"]))')
hashA=$(folder_hash "$WORK/f")
start=$(date +%s%N)
"$BIN" pin "$pilot" "$peer" --data "$WORK/f" >/dev/null; hashB=$(folder_hash "$WORK/f")
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "pinning changes the folder" [ "$hashA" != "$hashB" ]
"$BIN" unpin "$pilot" "$peer" --data "$WORK/f" >/dev/null
check "unpinning gives the old bytes back" [ "$(folder_hash "$WORK/f")" == "$hashA" ]
state=A
killed_mid=0
for i in $(seq 1 "$ROUNDS"); do
  if [ $state == A ]; then cmd=pin; else cmd=unpin; fi
  signal=$([ $((i % 2)) -eq 0 ] && echo TERM || echo KILL)
  "$BIN" $cmd "$pilot" "$peer" --data "$WORK/f" >/dev/null 2>&1 &
  pid=$!
  delay=$(( RANDOM % (ms * 11 / 10 + 1) ))
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))" 2>/dev/null || sleep 0
  kill -$signal "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rc=$?
  { [ $rc -eq 137 ] || [ $rc -eq 143 ]; } && killed_mid=$((killed_mid + 1))
  now=$(folder_hash "$WORK/f")
  if [ "$now" == "$hashA" ]; then state=A
  elif [ "$now" == "$hashB" ]; then state=B
  else fail "round $i ($cmd, SIG$signal): the folder is neither the old nor the new state"; state=A
  fi
  check "round $i: check fails after the kill" "$BIN" check --data "$WORK/f" >/dev/null
done
echo "kill_pair: $ROUNDS rounds, $killed_mid killed while running (a pin takes ~${ms} ms)"
check "too few kills landed mid-command ($killed_mid)" [ "$killed_mid" -ge $((ROUNDS / 2)) ]
finish
