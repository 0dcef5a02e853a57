#!/usr/bin/env bash
# Issue 16 point 8: two coordinators each log a different session on their
# own git branch of the same data folder, on the same day, so both new
# sessions land after the last record of sessions.json: as text, a conflict.
# With the folder's .gitattributes (written by `peermatch init`) and the
# merge driver configured once, plain `git merge` merges them by id without
# a conflict; the ids differ, both sessions are there, `check` passes. A
# session changed on one branch and another logged on the other merge too;
# a duplicated id makes `check` fail.
source "$(dirname "$0")/lib.sh"
REPO=$WORK/repo
D=$REPO/data
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK PEERMATCH_TODAY=2026-11-25
g() { git -C "$REPO" "$@" >/dev/null 2>&1; }
ids() { python3 -c 'import json,sys; print(" ".join(s["id"] for s in json.load(open(sys.argv[1]))["sessions"]))' "$D/sessions.json"; }

mkdir -p "$REPO"
"$BIN" init "$D" >/dev/null
check "init writes .gitattributes" grep -q "sessions.json merge=peermatch-sessions" "$D/.gitattributes"
cp "$ROOT"/data/{forum,cities,pairings,sessions}.json "$D/"
printf '.lock\n' >"$REPO/.gitignore"
g init -b main && g add -A && g commit -m base
git -C "$REPO" config merge.peermatch-sessions.driver "'$BIN' merge-sessions %O %A %B"
before=$(ids | wc -w)

g checkout -b a
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format call --outcome "Logged on branch a" >/dev/null
# a also changes an older session: merged with b's new one.
"$BIN" --data "$D" session edit s000003 --outcome "Edited on branch a" >/dev/null
g commit -am "a: session"
g checkout main
g checkout -b b
"$BIN" --data "$D" session log --pilot surat --peer semarang --format webinar --outcome "Logged on branch b, with 深圳" \
  --cities shenzhen >/dev/null
check "b: logged" test "$(ids | wc -w)" -eq $((before + 1))
g commit -am "b: session"

g checkout a
git -C "$REPO" merge --no-edit b >"$WORK/merge.log" 2>&1
check "plain git merge succeeds without conflict" test $? -eq 0
check "no conflict markers" bash -c "! grep -q '^<<<<<<<\|^>>>>>>>' '$D/sessions.json'"
check "merged folder passes check" bash -c "'$BIN' --data '$D' check >/dev/null"
n=$("$BIN" --data "$D" sessions list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sessions"]))')
check "both sessions are there ($n)" test "$n" -eq $((before + 2))
check "a's session is listed" bash -c "'$BIN' --data '$D' sessions list --search 'branch a' | grep -q 'chennai–jakarta'"
check "b's session is listed, and under shenzhen" bash -c "'$BIN' --data '$D' sessions list --city shenzhen --format csv | grep -q 'Logged on branch b'"
check "a's edit of s000003 kept" bash -c "'$BIN' --data '$D' sessions list --search 'edited on branch a' | grep -q s000003"
check "merged file is in the written layout" bash -c "'$BIN' --data '$D' export sessions --format json | cmp -s - '$D/sessions.json'"
check "ids are unique" test "$(ids | tr ' ' '\n' | sort | uniq -d | wc -l)" -eq 0

# The check that guards against the old failure: two sessions with one id.
python3 - "$D/sessions.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p))
d["sessions"][-1]["id"] = d["sessions"][-2]["id"]
json.dump(d, open(p, "w"), ensure_ascii=False, indent=2)
PY
out=$("$BIN" --data "$D" check 2>&1)
check "check fails on a duplicate session id" test $? -eq 1
check "and names it" grep -q "duplicate-id: session id" <<<"$out"
finish
