#!/usr/bin/env bash
# The data folder's files: an atomic replace keeps mode and group; a symlinked
# data file is written through (the link stays); a symlinked `.lock` is refused
# and its target untouched; a command that changes nothing leaves `.lock`
# alone; `init` writes a .gitignore; a bad PEERMATCH_LOCK_TIMEOUT is an error.
source "$(dirname "$0")/lib.sh"
F=$WORK/f
"$BIN" init "$F" >/dev/null
"$BIN" import cities "$ROOT/docs/sample-forum/cities.csv" --data "$F" >/dev/null
"$BIN" import pairings "$ROOT/docs/sample-forum/pairings.csv" --data "$F" >/dev/null

# init's .gitignore names the lock and the temporary files, and git honours it.
check ".gitignore has .lock" grep -qx ".lock" "$F/.gitignore"
check ".gitignore has temporary files" grep -qx '.\*.tmp-\*' "$F/.gitignore"
if command -v git >/dev/null; then
  touch "$F/.cities.json.tmp-123"
  ignored=$(cd "$F" && git init -q . && git status --porcelain --ignored | grep '^!!' | sort | tr '\n' ' ')
  check "git ignores the lock and temporary files, got: $ignored" [ "$ignored" == "!! .cities.json.tmp-123 !! .lock " ]
  rm -rf "$F/.git" "$F/.cities.json.tmp-123"
fi

# Mode and group survive a rewrite (a private sessions.json stays private).
group=$(getent group | awk -F: '$3 != 0 {print $1; exit}')
chmod 600 "$F/sessions.json"
[ "$(id -u)" -eq 0 ] && [ -n "$group" ] && chgrp "$group" "$F/sessions.json"
want=$(stat -c '%a %g' "$F/sessions.json")
printf 'date,pilot,peer,format\n2026-03-01,surat,accra,call\n' >"$WORK/s.csv"
before_inode=$(stat -c %i "$F/sessions.json")
"$BIN" import sessions "$WORK/s.csv" --data "$F" --allow-unpaired >/dev/null 2>&1 || "$BIN" import sessions "$WORK/s.csv" --data "$F" >/dev/null
check "sessions.json was rewritten" [ "$(stat -c %i "$F/sessions.json")" != "$before_inode" ]
check "mode and group kept: want $want, got $(stat -c '%a %g' "$F/sessions.json")" [ "$(stat -c '%a %g' "$F/sessions.json")" == "$want" ]
chmod 640 "$F/cities.json"
sed 's/Surat/Surat City/' "$ROOT/docs/sample-forum/cities.csv" >"$WORK/c2.csv"
"$BIN" import cities "$WORK/c2.csv" --data "$F" >/dev/null
check "cities.json mode 640 kept, got $(stat -c %a "$F/cities.json")" [ "$(stat -c %a "$F/cities.json")" == 640 ]

# A symlinked data file is written through: the link stays, its target changes.
mv "$F/cities.json" "$WORK/real-cities.json"
ln -s "$WORK/real-cities.json" "$F/cities.json"
"$BIN" import cities "$ROOT/docs/sample-forum/cities.csv" --data "$F" >/dev/null; rc=$?
check "import through a symlinked cities.json exits 0, got $rc" [ $rc -eq 0 ]
check "cities.json is still a link" [ -L "$F/cities.json" ]
check "the link's target was written" grep -q '"name": "Surat"' "$WORK/real-cities.json"
check "no temporary file left beside the target" [ -z "$(find "$WORK" -maxdepth 1 -name '.*tmp-*')" ]
# A dangling link is refused, not replaced by a plain file.
rm "$WORK/real-cities.json"
"$BIN" import cities "$WORK/c2.csv" --data "$F" >/dev/null 2>&1; rc=$?
check "dangling symlink refused with exit 2, got $rc" [ $rc -eq 2 ]
check "dangling symlink is still a link" [ -L "$F/cities.json" ]
rm "$F/cities.json"
"$BIN" export cities --format json --data "$ROOT/data" >"$F/cities.json"

# A symlinked .lock is refused by readers and writers; its target is untouched.
echo "precious" >"$WORK/target"
rm "$F/.lock"
ln -s "$WORK/target" "$F/.lock"
snap=$(folder_snapshot "$F")
err=$("$BIN" import cities "$WORK/c2.csv" --data "$F" 2>&1); rc=$?
check "symlinked .lock: import exits 2, got $rc" [ $rc -eq 2 ]
check "symlinked .lock: message says so, got: $err" grep -q "symbolic link" <<<"$err"
"$BIN" check --data "$F" >/dev/null 2>&1; rc=$?
check "symlinked .lock: check exits 2, got $rc" [ $rc -eq 2 ]
check "symlinked .lock: target untouched" [ "$(cat "$WORK/target")" == "precious" ]
check "symlinked .lock: data untouched" [ "$(folder_snapshot "$F")" == "$snap" ]
rm "$F/.lock"

# Without a .lock (a fresh clone), reading does not create one.
"$BIN" cities list --data "$F" >/dev/null
check "a reader does not create .lock" [ ! -e "$F/.lock" ]
# A writer creates it; then a command that changes nothing leaves it alone.
"$BIN" import cities "$ROOT/docs/sample-forum/cities.csv" --data "$F" >/dev/null
check "a writer creates .lock" [ -f "$F/.lock" ]
touch -d '2001-01-01 00:00:00' "$F/.lock"
lock_before=$(stat -c '%Y %s %i' "$F/.lock")
out=$("$BIN" import cities "$ROOT/docs/sample-forum/cities.csv" --data "$F")
check "re-import changes nothing: $out" grep -q "0 added, 0 updated" <<<"$out"
"$BIN" check --data "$F" >/dev/null
"$BIN" cities show surat --data "$F" >/dev/null
check ".lock untouched by commands that change nothing" [ "$(stat -c '%Y %s %i' "$F/.lock")" == "$lock_before" ]

# PEERMATCH_LOCK_TIMEOUT must be a number of seconds.
for bad in abc 5s -1 inf nan 1e3; do
  err=$(PEERMATCH_LOCK_TIMEOUT=$bad "$BIN" check --data "$F" 2>&1); rc=$?
  check "PEERMATCH_LOCK_TIMEOUT=$bad exits 2, got $rc" [ $rc -eq 2 ]
  check "PEERMATCH_LOCK_TIMEOUT=$bad is named: $err" grep -q "PEERMATCH_LOCK_TIMEOUT is \"$bad\"" <<<"$err"
done
check "PEERMATCH_LOCK_TIMEOUT=0.5 is fine" env PEERMATCH_LOCK_TIMEOUT=0.5 "$BIN" check --data "$F" >/dev/null
finish
