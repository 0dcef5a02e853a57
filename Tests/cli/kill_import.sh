#!/usr/bin/env bash
# SIGKILL an import of 13,000 cities at random moments, again and again:
# every time the data folder must hold the old state or the new one, never a
# mix or a torn file, and `check` must pass.
source "$(dirname "$0")/lib.sh"
need_generator
ROUNDS=${KILL_ROUNDS:-75}
python3 "$GEN" --cities 13000 --seed 1 --out "$WORK/A.csv"
python3 "$GEN" --cities 13000 --seed 2 --out "$WORK/B.csv"
# The two states, computed without interference.
"$BIN" init "$WORK/ref" >/dev/null
"$BIN" import cities "$WORK/A.csv" --data "$WORK/ref" --replace >/dev/null; hashA=$(folder_hash "$WORK/ref")
start=$(date +%s%N)
"$BIN" import cities "$WORK/B.csv" --data "$WORK/ref" --replace >/dev/null; hashB=$(folder_hash "$WORK/ref")
ms=$(( ($(date +%s%N) - start) / 1000000 ))
check "the two rosters give different states" [ "$hashA" != "$hashB" ]

"$BIN" init "$WORK/f" >/dev/null
"$BIN" import cities "$WORK/A.csv" --data "$WORK/f" --replace >/dev/null
state=A
killed_mid=0
for i in $(seq 1 "$ROUNDS"); do
  if [ $state == A ]; then target=B; else target=A; fi
  "$BIN" import cities "$WORK/$target.csv" --data "$WORK/f" --replace >/dev/null 2>&1 &
  pid=$!
  # a random moment within (and a little past) one import's duration
  delay=$(( RANDOM % (ms * 11 / 10 + 1) ))
  sleep "$(printf '0.%03d' "$delay")" 2>/dev/null || sleep 0
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  # 137 = 128 + SIGKILL: the import was really cut short
  [ $? -eq 137 ] && killed_mid=$((killed_mid + 1))
  now=$(folder_hash "$WORK/f")
  if [ "$now" == "$hashA" ]; then state=A
  elif [ "$now" == "$hashB" ]; then state=B
  else fail "round $i: the folder is neither the old nor the new state"; state=A
  fi
  check "round $i: check fails after the kill" "$BIN" check --data "$WORK/f" >/dev/null
done
echo "kill_import: $ROUNDS rounds, $killed_mid killed while running (import takes ~${ms} ms)"
check "too few kills landed mid-import ($killed_mid)" [ "$killed_mid" -ge 50 ]
# The next writer removes any temporary file a killed one left behind.
"$BIN" import cities "$WORK/A.csv" --data "$WORK/f" --replace >/dev/null
check "temporary files left behind" [ -z "$(find "$WORK/f" -name '.*.tmp-*')" ]
finish
