#!/usr/bin/env bash
# The CLI as a script sees it: help everywhere, exit codes per FORMATS.md,
# clear messages for a missing folder and unknown ids, search that ignores accents.
source "$(dirname "$0")/lib.sh"
export PEERMATCH_DATA="$ROOT/data"
for cmd in "" init import "import cities" "import sessions" export cities "cities list" "cities show" check; do
  # shellcheck disable=SC2086
  check "'$cmd --help' fails" "$BIN" $cmd --help >/dev/null
done
check "--version" "$BIN" --version >/dev/null
"$BIN" --no-such-option >/dev/null 2>&1; check "bad option exits 2" [ $? -eq 2 ]
err=$("$BIN" cities list --data "$WORK/none" 2>&1); rc=$?
check "missing folder exits 2 ($rc)" [ $rc -eq 2 ]
check "missing folder says how to create one: $err" grep -q "peermatch init" <<<"$err"
err=$("$BIN" cities show chenai 2>&1); rc=$?
check "unknown id exits 2 ($rc)" [ $rc -eq 2 ]
check "unknown id suggests: $err" grep -q "did you mean chennai" <<<"$err"
check "sao finds São Paulo" grep -q "São Paulo" <<<"$("$BIN" cities list --search sao)"
check "medellin finds Medellín" grep -q "Medellín" <<<"$("$BIN" cities list --search MEDELLIN)"
out=$("$BIN" cities list --role pilot --area flood-management --format csv)
check "filters combine: $out" [ "$(tail -n +2 <<<"$out" | cut -d, -f1 | tr '\n' ' ')" == "chennai pune rotterdam surat " ]
check "bundled data passes check" "$BIN" check >/dev/null
# A table lines up by display width whatever the script.
widths=$("$BIN" cities list | python3 -c '
import sys, unicodedata as u
def width(s):
    return sum(0 if u.category(c) in ("Mn", "Me", "Cf") else 2 if u.east_asian_width(c) in "WF" else 1 for c in s)
rows = sys.stdin.read().splitlines()[2:-1]
# the role column starts at the same cell on every row
print(len({width(r[:r.index(" " + role + " ")]) for r in rows for role in ("pilot", "peer", "member") if " " + role + " " in r}))')
check "cities table rows are not aligned" [ "$widths" == "1" ]
# `check` exits 1 with the list when something is wrong.
"$BIN" init "$WORK/bad" >/dev/null
printf 'id,name,country,role,interests\nsurat,Surat,IN,pilot,flood-management:3\naccra,Accra,GH,peer,waste-management:2\n' >"$WORK/r.csv"
"$BIN" import cities "$WORK/r.csv" --data "$WORK/bad" >/dev/null
printf 'pilot,peer,start\nsurat,accra,2026-01-01\n' >"$WORK/p.csv"
"$BIN" import pairings "$WORK/p.csv" --data "$WORK/bad" >/dev/null
out=$("$BIN" check --data "$WORK/bad" 2>&1); rc=$?
check "check finds problems: exit 1, got $rc" [ $rc -eq 1 ]
check "check names the pairing: $out" grep -q "no-shared-area: active pairing surat–accra" <<<"$out"
finish
