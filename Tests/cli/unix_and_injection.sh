#!/usr/bin/env bash
# Unix habits and no injection: `-` for standard input and output, `help`
# with an unknown command, control characters never reach the terminal raw,
# CSV exports guard formulas (and import takes the guard off), tables are not
# cut when piped, and every table has --format json.
source "$(dirname "$0")/lib.sh"
F=$WORK/f
"$BIN" init "$F" >/dev/null

# `-` is standard input for import and standard output for export --output.
out=$("$BIN" import cities - --data "$F" <"$ROOT/docs/sample-forum/cities.csv"); rc=$?
check "import cities - exits 0, got $rc" [ $rc -eq 0 ]
check "import cities - names standard input: $out" grep -q "from (standard input): 36 added" <<<"$out"
check "export --output - writes to standard output" cmp -s <("$BIN" export cities --output - --data "$F") <("$BIN" export cities --data "$F")
check "no file named - was made" [ ! -e ./- ] && [ ! -e "$F/-" ]
out=$("$BIN" export cities --format json --output - --data "$F" | "$BIN" import cities - --data "$F")
check "JSON on standard input is told by its '{': $out" grep -q "0 added, 0 updated, 36 unchanged" <<<"$out"
"$BIN" import pairings - --data "$F" <"$ROOT/docs/sample-forum/pairings.csv" >/dev/null
"$BIN" import sessions - --data "$F" <"$ROOT/docs/sample-forum/sessions.csv" >/dev/null
check "pairings and sessions from standard input" [ "$("$BIN" export sessions --data "$F" | wc -l)" -gt 1 ]
err=$(printf 'id,name,country,role\nx,X,XY,peer\n' | "$BIN" import cities - --data "$F" 2>&1); rc=$?
check "a bad row on standard input: exit 2, got $rc" [ $rc -eq 2 ]
check "a bad row on standard input names its position: $err" grep -q '^(standard input):2:3: error: country:' <<<"$err"

# help with an unknown command fails.
"$BIN" help nothing >/dev/null 2>&1; rc=$?
check "help nothing exits 2, got $rc" [ $rc -eq 2 ]
"$BIN" help cities nothing >/dev/null 2>&1; rc=$?
check "help cities nothing exits 2, got $rc" [ $rc -eq 2 ]
check "help import cities exits 0" "$BIN" help import cities >/dev/null
check "help citis suggests cities" grep -q "did you mean cities" <<<"$("$BIN" help citis 2>&1)"

# A city whose name, region, x- column and cohort hold terminal controls.
esc=$'\e'; bel=$'\a'; c1=$'\xc2\x9b'; rlo=$'\xe2\x80\xae'; lri=$'\xe2\x81\xa6'
printf 'id,name,country,role,region,capacity,interests,x-note\n' >"$WORK/evil.csv"
printf 'evil,"Evil%s[2J%sCity%s31m%s%s\rX",IN,pilot,"South%sAsia",2,water-resilience:3,"=HYPERLINK(""http://x"")"\n' \
  "$esc" "$bel" "$c1" "$rlo" "$lri" "$esc" >>"$WORK/evil.csv"
printf 'evil-peer,"Peer%s]0;title%s",GH,peer,,,water-resilience:1,\n' "$esc" "$bel" >>"$WORK/evil.csv"
"$BIN" import cities "$WORK/evil.csv" --data "$F" >/dev/null
printf 'pilot,peer,start,cohort\nevil,evil-peer,2026-01-01,"c%s[5m"\n' "$esc" >"$WORK/evil-pairs.csv"
"$BIN" import pairings "$WORK/evil-pairs.csv" --data "$F" >/dev/null
# No byte of a control (C0 but newline, DEL, C1, bidi override/isolate) in any output.
has_controls() { LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]'; }
for cmd in "cities list" "cities show evil" "cities show evil-peer" "mentees evil" "mentors evil-peer" "match" "check"; do
  # shellcheck disable=SC2086
  out=$("$BIN" $cmd --data "$F" 2>&1)
  if printf '%s' "$out" | has_controls; then fail "'$cmd' wrote a control character"; else ok; fi
done
out=$("$BIN" cities show evil --data "$F")
check "cities show escapes as the app does: $out" grep -qF 'Evil\u{1B}[2J\u{7}City\u{9B}31m\u{202E}\u{2066}\u{D}X  (evil)' <<<"$out"
# Error messages too: an unknown id typed with an escape in it.
err=$("$BIN" cities show "x${esc}[2J" --data "$F" 2>&1)
if printf '%s' "$err" | has_controls; then fail "error message wrote a control character: $err"; else ok; fi
check "error message shows the escape: $err" grep -qF 'x\u{1B}[2J' <<<"$err"

# CSV exports guard formulas; --raw does not; import takes the guard off.
"$BIN" export cities --data "$F" --output "$WORK/out.csv"
check "guarded: x-note starts with '=" grep -q ",\"'=HYPERLINK" "$WORK/out.csv"
"$BIN" export cities --raw --data "$F" --output "$WORK/raw.csv"
check "--raw: the cell as it is" grep -q ',"=HYPERLINK' "$WORK/raw.csv"
cp -r "$F" "$WORK/g"
before=$(folder_hash "$F")
out=$("$BIN" import cities "$WORK/out.csv" --data "$F")
check "guarded export imports back unchanged: $out" grep -q "0 added, 0 updated, 38 unchanged" <<<"$out"
check "guarded export → import: data files byte for byte" [ "$(folder_hash "$F")" == "$before" ]
"$BIN" export sessions --data "$F" --output "$WORK/s.csv"
"$BIN" export pairings --data "$F" --output "$WORK/p.csv"
check "pairing cohort round-trips" grep -q "0 added, 0 updated" <<<"$("$BIN" import pairings "$WORK/p.csv" --data "$F")"
check "sessions round-trip" grep -q "0 added, 0 updated" <<<"$("$BIN" import sessions "$WORK/s.csv" --data "$F")"

# Tables are cut on a terminal only: piped, a long name comes out whole.
long=$(printf 'Name%.0s' {1..20})
printf 'id,name,country,role\nlong-name,%s,IN,member\n' "$long" | "$BIN" import cities - --data "$F" >/dev/null
check "piped table keeps the long name whole" grep -q "$long" <<<"$("$BIN" cities list --data "$F")"
if command -v script >/dev/null; then
  tty_out=$(script -qec "$BIN cities list --data $F" /dev/null 2>/dev/null)
  check "on a terminal the long name is cut" bash -c "! grep -q '$long' <<<\"\$0\"" "$tty_out"
fi

# Every command that prints a table has --format json, and it is JSON.
for cmd in "cities list" "match" "mentors accra" "mentees surat"; do
  # shellcheck disable=SC2086
  "$BIN" $cmd --format json --data "$F" >"$WORK/out.json"
  check "'$cmd --format json' is JSON" python3 -m json.tool "$WORK/out.json" >/dev/null
done
finish
