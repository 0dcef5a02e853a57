#!/usr/bin/env bash
# Rosters of 100, 1,000 and 13,000 cities import; exporting twice gives
# identical bytes; importing the export into a fresh forum gives the same
# data folder back; `check` passes.
source "$(dirname "$0")/lib.sh"
need_generator
for n in 100 1000 13000; do
  python3 "$GEN" --cities "$n" --out "$WORK/r$n.csv" --sessions $((n * 3)) --sessions-out "$WORK/s$n.csv"
  "$BIN" init "$WORK/a$n" >/dev/null
  out=$("$BIN" import cities "$WORK/r$n.csv" --data "$WORK/a$n")
  check "$n: import says $n added: $out" grep -q "$n added, 0 updated, 0 unchanged" <<<"$out"
  again=$("$BIN" import cities "$WORK/r$n.csv" --data "$WORK/a$n")
  check "$n: re-import is unchanged: $again" grep -q "0 added, 0 updated, $n unchanged" <<<"$again"
  check "$n: sessions import" "$BIN" import sessions "$WORK/s$n.csv" --allow-unpaired --data "$WORK/a$n" >/dev/null
  for kind in cities sessions; do
    for fmt in csv json; do
      "$BIN" export "$kind" --format "$fmt" --data "$WORK/a$n" >"$WORK/e1.$kind.$fmt"
      "$BIN" export "$kind" --format "$fmt" --data "$WORK/a$n" -o "$WORK/e2.$kind.$fmt"
      check "$n: export $kind $fmt twice differs" cmp -s "$WORK/e1.$kind.$fmt" "$WORK/e2.$kind.$fmt"
    done
  done
  for fmt in csv json; do
    "$BIN" init "$WORK/b$n$fmt" >/dev/null
    "$BIN" import cities "$WORK/e1.cities.$fmt" --data "$WORK/b$n$fmt" >/dev/null
    "$BIN" import sessions "$WORK/e1.sessions.$fmt" --allow-unpaired --data "$WORK/b$n$fmt" >/dev/null
    check "$n: import(export $fmt) differs" [ "$(folder_hash "$WORK/a$n")" == "$(folder_hash "$WORK/b$n$fmt")" ]
  done
  check "$n: check fails" "$BIN" check --data "$WORK/a$n" >/dev/null
done
finish
