#!/usr/bin/env bash
# Issue 16 CLI: session log (validation: every problem, exit 2, nothing
# written), forum events with many cities, sessions list filters and formats,
# edit and delete, follow-ups, pair fit and goal, and `export ics` read back
# by an independent iCalendar parser (Python's icalendar) with the text intact.
source "$(dirname "$0")/lib.sh"
D=$WORK/data
cp -r "$ROOT/data" "$D"
export PEERMATCH_DATA=$D PEERMATCH_TODAY=2026-11-25
pm() { "$BIN" "$@"; }

before=$(folder_hash "$D")
out=$(pm session log --pilot chenai --peer pune --format seminar --rating 7 --attendees=-3 --date 2026-02-30 2>&1); rc=$?
check "bad log exits 2 (rc $rc)" test $rc -eq 2
for f in date pilot peer format attendees rating; do
  check "bad log names $f" grep -q "^\(error: \)\?$f: " <<<"$out"
done
check "bad log writes nothing" test "$(folder_hash "$D")" == "$before"
out=$(pm session log --pilot chennai --peer accra --format call 2>&1)
check "unpaired log refused" grep -q "peer: chennai and accra have no pairing" <<<"$out"

text='Maps, plans; "notes"
second line — 深圳 சென்னை'
id=$(pm session log --pilot chennai --peer jakarta --date 2026-11-20 --format knowledge-forum --area water-resilience \
  --attendees 40 --rating 2 --outcome "$text" --follow-up "Send the guide, v2; soon" --due 2026-11-01 --cities surat,pune \
  | sed -n 's/^Logged session \([a-z0-9-]*\):.*/\1/p')
check "log prints the new id ($id)" grep -qE '^s20261120-[0-9a-z]{6}$' <<<"$id"
peer_peer=$(pm session log --pilot surat --peer accra --format call --allow-unpaired | sed -n 's/^Logged session \([a-z0-9-]*\):.*/\1/p')
check "--allow-unpaired takes a peer–peer session" test -n "$peer_peer"
check "check passes after logging" bash -c "'$BIN' check >/dev/null"

json=$(pm sessions list --city pune --format json)
check "--city finds the event pune attended" python3 -c '
import json, sys
s = [x for x in json.load(sys.stdin)["sessions"] if x["id"] == sys.argv[1]]
assert s and s[0]["cities"] == ["pune", "surat"] and s[0]["outcome"] == sys.argv[2], s' "$id" "$text" <<<"$json"
check "--search is accent-insensitive" bash -c "'$BIN' sessions list --search 'PLANS; \"NOTES' --format csv | grep -q '$id'"
n=$(pm sessions list --rating 1-2 --session-format knowledge-forum --from 2026-11-01 --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["sessions"]))')
check "filters combine ($n)" test "$n" -eq 1
check "bad --rating is refused" bash -c "! '$BIN' sessions list --rating 9 2>/dev/null"

pm followups list >"$WORK/fu.txt"
check "followups list: overdue first" bash -c "grep -n 'overdue' '$WORK/fu.txt' | head -1 | grep -q '^3:'"
check "followups list --overdue shows ours" grep -q "$id" <(pm followups list --overdue)
check "followup done" pm followup done "$id" >/dev/null
check "done follow-up leaves the list" bash -c "! '$BIN' followups list | grep -q '$id'"
check "followup undone" pm followup undone "$id" >/dev/null
check "open again" grep -q "$id" <(pm followups list)

out=$(pm pair fit chennai jakarta poor --reason "Different priorities, for now")
check "poor verdict flags the pair" grep -q "flagged for the coordinator: not a fit" <<<"$out"
check "clear the flag" grep -q "not flagged" <(pm pair fit chennai jakarta --clear-flag)
out=$(pm pair goal chennai jakarta --goal "Flood early warning" --milestone "Procedure drafted" --milestone "Procedure adopted")
check "goal set: 0 of 2" grep -q "(0 of 2)" <<<"$out"
check "a session ticks a milestone" pm session edit "$id" --milestone m1 >/dev/null
check "goal shows 1 of 2" grep -q "(1 of 2)" <(pm pair goal chennai jakarta)
check "unknown milestone refused" bash -c "'$BIN' session edit '$id' --milestone m9 2>&1 | grep -q \"milestones: pair chennai–jakarta has no milestone 'm9'\""

check "edit changes one field" pm session edit "$peer_peer" --rating 5 >/dev/null
check "the edit is stored" bash -c "'$BIN' sessions list --pair surat:accra --format csv | grep -q ',5,'"
pm session delete "$peer_peer" >"$WORK/deleted.json" 2>/dev/null
check "delete removes it" bash -c "! '$BIN' sessions list --format csv | grep -q '$peer_peer'"
check "the printed session puts it back" bash -c "'$BIN' import sessions '$WORK/deleted.json' --allow-unpaired >/dev/null && '$BIN' sessions list --format csv | grep -q '$peer_peer'"

# iCalendar, read by an independent parser.
if python3 -c "import icalendar" 2>/dev/null; then
  pm export ics --out "$WORK/all.ics"
  pm export ics --pair chennai:jakarta >"$WORK/pair.ics"
  check "re-export gives the same bytes (stable UIDs)" bash -c "'$BIN' export ics | cmp -s - '$WORK/all.ics'"
  check "icalendar reads the calendar with the text intact" python3 - "$WORK/all.ics" "$WORK/pair.ics" "$D/sessions.json" "$id" "$text" <<'PY'
import json, sys, icalendar
all_path, pair_path, sessions_path, sid, text = sys.argv[1:]
raw = open(all_path, "rb").read()
assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
for line in raw.split(b"\r\n"):
    assert len(line) <= 75, line
    line.decode("utf-8")  # never folded inside a UTF-8 sequence
sessions = [dict(v, id=k) for k, v in json.load(open(sessions_path)).items() if k != "schemaVersion"]
open_fu = [s for s in sessions if s["followUp"] and not s["followUpDone"]]
cal = icalendar.Calendar.from_ical(raw)
events = [c for c in cal.walk("VEVENT")]
todos = [c for c in cal.walk("VTODO")]
assert len(events) == len(sessions), (len(events), len(sessions))
assert len(todos) == len(open_fu), (len(todos), len(open_fu))
assert len({str(e["UID"]) for e in events + todos}) == len(events) + len(todos)
ev = [e for e in events if str(e["UID"]) == sid + "@peermatch"][0]
desc = str(ev["DESCRIPTION"])
assert "Outcome: " + text in desc, desc
assert "Surat" in desc and "Pune" in desc, desc
assert str(ev["DTSTART"].to_ical().decode()) == "20261120", ev["DTSTART"].to_ical()
assert "Chennai" in str(ev["SUMMARY"]), ev["SUMMARY"]
todo = [t for t in todos if str(t["UID"]) == sid + "-follow-up@peermatch"][0]
assert str(todo["SUMMARY"]) == "Send the guide, v2; soon", todo["SUMMARY"]
assert todo["DUE"].to_ical().decode() == "20261101"
pair = icalendar.Calendar.from_ical(open(pair_path, "rb").read())
pair_sessions = [s for s in sessions if s["pilot"] == "chennai" and s["peer"] == "jakarta"]
assert len(list(pair.walk("VEVENT"))) == len(pair_sessions)
PY
else
  fail "Python's icalendar is missing (scripts/ensure-deps installs it)"
fi
finish
