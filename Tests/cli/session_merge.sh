#!/usr/bin/env bash
# Issue 16 point 8: coordinators each log sessions on their own git branch of
# the same data folder, and `git merge` — plain, nothing configured in the
# clone — merges them without a conflict: sessions.json is laid out for git's
# built-in union merge (docs/DATA.md, "sessions.json"), and `peermatch init`
# names it in the folder's .gitattributes. Also: an empty log on both sides,
# edits next to the new sessions, backdated sessions, the one case union
# cannot decide (a session changed on both sides: refused by name, nothing
# lost), the old layout, and the optional id-aware merge driver.
source "$(dirname "$0")/lib.sh"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK PEERMATCH_TODAY=2026-11-25
REPO=
g() { git -C "$REPO" "$@" >/dev/null 2>&1; }
# The ids of the sessions (not the deleted ones) in a sessions.json of either
# layout, read by Python's json.
ids() {
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(" ".join(s["id"] for s in d["sessions"]) if "sessions" in d else " ".join(k for k, v in d.items() if k != "schemaVersion" and not v.get("deleted")))' "$1/sessions.json"
}
count() { "$BIN" --data "$1" sessions list --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sessions"]))'; }
# new_repo NAME [with-sessions]: a git repo holding a data folder made by init.
new_repo() {
  REPO=$WORK/$1
  D=$REPO/data
  mkdir -p "$REPO"
  "$BIN" init "$D" >/dev/null
  cp "$ROOT"/data/{forum,cities,pairings}.json "$D/"
  [ "${2:-}" == with-sessions ] && cp "$ROOT/data/sessions.json" "$D/"
  g init -b main && g add -A && g commit -m base
}
merge() { git -C "$REPO" merge --no-edit "$1" >"$WORK/merge.log" 2>&1; }

# 1. The same day on two branches, with edits of the newest session and its
# neighbours on both sides.
new_repo same-day with-sessions
check "init names git's union merge for sessions.json" grep -qx "sessions.json merge=union" "$D/.gitattributes"
check "no merge driver is configured in the clone" bash -c "! git -C '$REPO' config --get-regexp '^merge\\.'"
before=$(count "$D")
newest=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(max((v["date"], k) for k, v in d.items() if k != "schemaVersion")[1])' "$D/sessions.json")
g checkout -b a
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format call --outcome "Logged on branch a" >/dev/null
"$BIN" --data "$D" session edit "$newest" --outcome "Newest edited on branch a" >/dev/null
"$BIN" --data "$D" session edit s000003 --outcome "Edited on branch a" >/dev/null
g commit -am "a: sessions"
g checkout main && g checkout -b b
"$BIN" --data "$D" session log --pilot surat --peer semarang --format webinar --outcome "Logged on branch b, with 深圳" \
  --cities shenzhen >/dev/null
"$BIN" --data "$D" session log --pilot pune --peer cape-town --date 2026-11-01 --format call --outcome "Backdated on branch b" >/dev/null
"$BIN" --data "$D" session edit s000004 --outcome "Edited on branch b" >/dev/null
check "b: two logged" test "$(count "$D")" -eq $((before + 2))
g commit -am "b: sessions"
g checkout a
merge b
check "plain git merge succeeds without conflict: $(tail -3 "$WORK/merge.log")" test $? -eq 0
check "no conflict markers" bash -c "! grep -q '^<<<<<<<\|^>>>>>>>' '$D/sessions.json'"
check "the merged file is JSON" python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$D/sessions.json"
check "merged folder passes check" bash -c "'$BIN' --data '$D' check >/dev/null"
check "all three new sessions are there" test "$(count "$D")" -eq $((before + 3))
check "a's session is listed" bash -c "'$BIN' --data '$D' sessions list --search 'logged on branch a' | grep -q 'chennai–jakarta'"
check "b's session is listed, and under shenzhen" bash -c "'$BIN' --data '$D' sessions list --city shenzhen --format csv | grep -q 'Logged on branch b'"
check "b's backdated session is listed" bash -c "'$BIN' --data '$D' sessions list --search 'backdated on branch b' | grep -q 2026-11-01"
for e in "Newest edited on branch a:$newest" "Edited on branch a:s000003" "Edited on branch b:s000004"; do
  check "edit kept: ${e%%:*}" bash -c "'$BIN' --data '$D' sessions list --search '${e%%:*}' | grep -q '${e##*:}'"
done
check "ids are unique" test "$(ids "$D" | tr ' ' '\n' | sort | uniq -d | wc -l)" -eq 0
"$BIN" --data "$D" followup done s000011 >/dev/null
check "the next write puts the file back in date order" python3 -c '
import json, sys
keys = [(v["date"], k) for k, v in json.load(open(sys.argv[1])).items() if k != "schemaVersion"]
assert keys == sorted(keys), keys' "$D/sessions.json"

# 2. The first sessions of a new forum, logged on two branches.
new_repo empty
check "init's log is empty" test "$(count "$D")" -eq 0
g checkout -b a
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format call >/dev/null
g commit -am a
g checkout main && g checkout -b b
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format call --date 2026-11-24 >/dev/null
g commit -am b
g checkout a
merge b
check "empty log: plain git merge succeeds" test $? -eq 0
check "empty log: check passes" bash -c "'$BIN' --data '$D' check >/dev/null"
check "empty log: both sessions" test "$(count "$D")" -eq 2

# 3. One session changed differently on both branches: union keeps both
# versions, and PeerMatch refuses the folder naming the session; nothing lost.
new_repo both-changed with-sessions
g checkout -b a
"$BIN" --data "$D" session edit s000003 --outcome "Version a" >/dev/null
g commit -am a
g checkout main && g checkout -b b
"$BIN" --data "$D" session edit s000003 --outcome "Version b" --rating 2 >/dev/null
g commit -am b
g checkout a
merge b
check "both changed: git merges" test $? -eq 0
out=$("$BIN" --data "$D" check 2>&1)
check "both changed: check refuses the folder" test $? -ne 0
check "both changed: it names the session and the line: $out" \
  grep -qE "sessions.json:[0-9]+:[0-9]+: error: expected one version of session s000003's fields, found 'date' again \(first at line [0-9]+\): a second version, from two git branches that both changed this session" <<<"$out"
check "both changed: both versions are in the file" bash -c "grep -q 'Version a' '$D/sessions.json' && grep -q 'Version b' '$D/sessions.json'"
sed -i '/"outcome": "Version a"/d' "$D/sessions.json"
check "both changed: deleting one version mends it" bash -c "'$BIN' --data '$D' check >/dev/null"
check "both changed: the other is kept" bash -c "'$BIN' --data '$D' sessions list --search 'version b' | grep -q s000003"

# 4. One branch deletes a session the other changed: a deleted session
# keeps its lines, so this is one line changed on both sides, refused by
# name; a session deleted on one branch and left alone on the other is gone.
new_repo delete-edit with-sessions
g checkout -b a
"$BIN" --data "$D" session delete s000003 >/dev/null 2>&1
"$BIN" --data "$D" session delete s000005 >/dev/null 2>&1
g commit -am a
g checkout main && g checkout -b b
"$BIN" --data "$D" session edit s000003 --outcome "Changed on b" >/dev/null
"$BIN" --data "$D" session log --pilot surat --peer semarang --date 2025-10-21 --format call --outcome "Next to a deleted one" >/dev/null
g commit -am b
g checkout a
merge b
check "delete and edit: git merges" test $? -eq 0
out=$("$BIN" --data "$D" check 2>&1)
check "delete and edit: refused naming the session: $out" \
  grep -qE "sessions.json:[0-9]+:[0-9]+: error: expected one version of session s000003's fields, found 'date' again" <<<"$out"
grep -v '"deleted": true, "date": "2025-09-18"' "$D/sessions.json" >"$WORK/kept.json" && cp "$WORK/kept.json" "$D/sessions.json"
check "delete and edit: keeping the change mends it" bash -c "'$BIN' --data '$D' check >/dev/null"
check "delete and edit: the change is kept" bash -c "'$BIN' --data '$D' sessions list --search 'changed on b' | grep -q s000003"
left=$(ids "$D")
check "a deletion next to a session logged on the other branch stays deleted" bash -c "! grep -qw s000005 <<<'$left'"
check "and the session logged next to it is there" grep -qw s000004 <<<"$left"
check "the logged one is listed" bash -c "'$BIN' --data '$D' sessions list --search 'next to a deleted' | grep -q 2025-10-21"

# 5. The old layout (a "sessions" array, one field a line) and the old
# .gitattributes: read as they are; the next session change rewrites both.
new_repo old-layout with-sessions
python3 - "$D/sessions.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p))
sessions = sorted((v for k, v in d.items() if k != "schemaVersion"), key=lambda s: (s["date"], s["id"]))
json.dump({"schemaVersion": 1, "sessions": sessions}, open(p, "w"), ensure_ascii=False, indent=2)
PY
printf '%s\n' '# Merge sessions.json by session id (docs/DATA.md). Set up once per clone:' \
  '#   git config merge.peermatch-sessions.driver "peermatch merge-sessions %O %A %B"' \
  'sessions.json merge=peermatch-sessions' >"$D/.gitattributes"
check "old layout: read" test "$(count "$D")" -eq "$(count "$ROOT/data")"
check "old layout: check passes" bash -c "'$BIN' --data '$D' check >/dev/null"
"$BIN" --data "$D" followup done s000011 >/dev/null
check "old layout: rewritten as layout 2" grep -qx '  "schemaVersion": 2' "$D/sessions.json"
check "old layout: .gitattributes upgraded" grep -qx "sessions.json merge=union" "$D/.gitattributes"
check "old layout: same sessions" test "$(count "$D")" -eq "$(count "$ROOT/data")"
python3 - "$D/sessions.json" <<'PY'
import json, sys
p = sys.argv[1]
d = json.load(open(p))
sessions = [v for k, v in d.items() if k != "schemaVersion"]
sessions[-1]["id"] = sessions[-2]["id"]
json.dump({"schemaVersion": 1, "sessions": sessions}, open(p, "w"), ensure_ascii=False, indent=2)
PY
out=$("$BIN" --data "$D" check 2>&1)
check "old layout: check fails on a duplicate session id" test $? -eq 1
check "old layout: and names it" grep -q "duplicate-id: session id" <<<"$out"

# 6. The optional id-aware driver, set up in the clone: a session changed on
# both sides becomes a git conflict named by id, ours kept, file readable.
new_repo driver with-sessions
git -C "$REPO" config merge.peermatch-sessions.driver "'$BIN' merge-sessions %O %A %B"
echo "data/sessions.json merge=peermatch-sessions" >"$REPO/.git/info/attributes"
g checkout -b a
"$BIN" --data "$D" session edit s000003 --outcome "Version a" >/dev/null
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format call >/dev/null
g commit -am a
g checkout main && g checkout -b b
"$BIN" --data "$D" session edit s000003 --outcome "Version b" >/dev/null
"$BIN" --data "$D" session log --pilot chennai --peer jakarta --format webinar >/dev/null
g commit -am b
g checkout a
merge b
check "driver: a session changed on both sides is a git conflict" test $? -ne 0
check "driver: the file stays readable, ours kept, both new sessions" \
  bash -c "'$BIN' --data '$D' sessions list --search 'version a' | grep -q s000003"
check "driver: both new sessions kept" test "$(count "$D")" -eq $(($(count "$ROOT/data") + 2))
finish
