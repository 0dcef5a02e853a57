#!/usr/bin/env bash
# Every deliberately broken roster from gen_roster.py is refused with exit 2,
# at the line and column the generator reports (`file:line:col: error: …`),
# and the data folder is byte-for-byte unchanged.
source "$(dirname "$0")/lib.sh"
need_generator
"$BIN" init "$WORK/forum" >/dev/null
python3 "$GEN" --cities 300 --out "$WORK/good.csv"
"$BIN" import cities "$WORK/good.csv" --data "$WORK/forum" >/dev/null
before=$(folder_snapshot "$WORK/forum")
for kind in duplicate-id unknown-area bad-level bad-role unknown-column unterminated-quote bad-capacity missing-column; do
  where=$(python3 "$GEN" --cities 300 --out "$WORK/$kind.csv" --bad "$kind" 2>&1)
  line=$(sed -E 's/^line ([0-9]+).*/\1/' <<<"$where")
  column=$(sed -nE 's/^line [0-9]+, column ([0-9]+).*/\1/p' <<<"$where")
  err=$("$BIN" import cities "$WORK/$kind.csv" --data "$WORK/forum" 2>&1 >/dev/null)
  rc=$?
  check "$kind: exit 2, got $rc ($err)" [ "$rc" -eq 2 ]
  expected="$WORK/$kind.csv:$line${column:+:$column}:"
  # The position first, as compilers write it, so editors can jump there.
  check "$kind: message starts with '$expected error: '; got: $err" [ "${err:0:${#expected}+8}" == "$expected error: " ]
  check "$kind: data folder changed" [ "$(folder_snapshot "$WORK/forum")" == "$before" ]
done
finish
