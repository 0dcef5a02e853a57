#!/usr/bin/env bash
# A few seeded, mutated sample CSVs through the real command (the Swift
# FuzzTests run 10,000 in process): every import exits 0 or 2, never crashes;
# a refusal starts with `file:line[:col]: error:` and leaves the data folder
# byte for byte as it was; an accepted import leaves a folder that loads.
source "$(dirname "$0")/lib.sh"
CASES=${FUZZ_CASES:-60}
D=$WORK/data
mkdir -p "$D" "$WORK/in"
cp "$ROOT"/data/{forum,cities,pairings,sessions}.json "$D/"
before=$(folder_snapshot "$D")
python3 - "$ROOT/docs/sample-forum" "$WORK/in" "$CASES" <<'PY'
import random, sys
src, out, cases = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(18)
pieces = [b",", b'"', b"\n", b"\r\n", b"\x00", b"\xe9", b"\xff\xfe", b"\xc3", b";", b":", b"-1", b"x-", "é".encode(), b"\xef\xbb\xbf"]
samples = {k: open(f"{src}/{k}.csv", "rb").read() for k in ("cities", "sessions", "pairings")}
for n in range(cases):
    kind = ("cities", "sessions", "pairings")[n % 3]
    b = bytearray(samples[kind])
    for _ in range(rng.randint(1, 3)):
        op, at = rng.randrange(5), rng.randrange(len(b) + 1)
        if op == 0: b[at:at] = rng.choice(pieces)
        elif op == 1: del b[at:at + rng.randint(1, 8)]
        elif op == 2 and at < len(b): b[at] = rng.randrange(32, 127)
        elif op == 3: del b[at:]
        else:
            lines = b.split(b"\n")
            i = rng.randrange(len(lines))
            lines.insert(rng.randrange(len(lines)), lines[i])
            b = bytearray(b"\n".join(lines))
    open(f"{out}/{n:03d}-{kind}.csv", "wb").write(bytes(b))
PY
taken=0 refused=0
for f in "$WORK"/in/*.csv; do
  kind=$(basename "$f" .csv); kind=${kind#*-}
  err=$("$BIN" import "$kind" "$f" --data "$D" 2>&1 >/dev/null); rc=$?
  case $rc in
    0)
      taken=$((taken + 1))
      "$BIN" export "$kind" --data "$D" >/dev/null 2>&1 || fail "$(basename "$f"): the folder does not load after the import"
      cp "$ROOT"/data/{forum,cities,pairings,sessions}.json "$D/" ;;
    2)
      refused=$((refused + 1))
      first=${err%%$'\n'*}
      if [[ "$first" =~ ^"$f":[0-9]+(:[0-9]+)?:\ error:\  ]] || [[ "$first" == "error: "*"$f"* ]]; then ok; else fail "$(basename "$f"): no position: $first"; fi
      [ "$(folder_snapshot "$D")" == "$before" ] && ok || fail "$(basename "$f"): a refused import changed the folder" ;;
    *) fail "$(basename "$f"): exit $rc: $err" ;;
  esac
done
check "both outcomes happen ($taken taken, $refused refused)" [ "$taken" -gt 0 ] && [ "$refused" -gt 0 ]
finish
