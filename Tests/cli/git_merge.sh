#!/usr/bin/env bash
# The data folder under git: two branches each change a different record of
# every file (a city, a pairing, a pin, an exclusion, a session, the forum's
# settings and areas), and one also appends records after the record the
# other changed. Plain `git merge` merges them without a conflict, the result
# passes `check`, holds both sides' changes and is still in the layout
# peermatch writes (docs/DATA.md).
source "$(dirname "$0")/lib.sh"
REPO=$WORK/repo
D=$REPO/data
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK
g() { git -C "$REPO" "$@" >/dev/null 2>&1; }
pm() { "$BIN" --data "$D" "$@" >/dev/null; }

# add_record FILE ARRAY JSON-FIELDS...: appends a record to ARRAY by hand, in
# the layout peermatch writes (as a person editing the file would).
add_record() {
  python3 - "$@" <<'PY'
import sys
path, array, fields = sys.argv[1], sys.argv[2], sys.argv[3:]
lines = open(path, encoding="utf-8").read().split("\n")
body = ["      " + f + ("," if k < len(fields) - 1 else "") for k, f in enumerate(fields)]
start = next(i for i, l in enumerate(lines) if l.startswith(f'  "{array}": ['))
if lines[start].rstrip(",").endswith("[]"):
    comma = lines[start].endswith(",")
    lines[start:start + 1] = [f'  "{array}": [', "    {"] + body + ["    }", "  ]" + ("," if comma else "")]
else:
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("  ]"))
    lines[end:end] = ["  , {"] + body + ["    }"]
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
}
# row FILE-CSV KEY: the header and the row of an export whose first field is KEY
row() { head -1 "$1"; grep "^$2," "$1"; }

mkdir -p "$D"
cp "$ROOT"/data/{forum,cities,pairings,sessions}.json "$D/"
# (a pin match can keep: santiago and lima share e-mobility, and `check` refuses one it cannot)
add_record "$D/pairings.json" pins '"pilot": "santiago"' '"peer": "lima"'
add_record "$D/pairings.json" exclusions '"pilot": "toronto"' '"peer": "accra"'
check "the seeded data passes check" pm check
"$BIN" --data "$D" export pairings --format json >"$WORK/p.json"
check "hand-added pin and exclusion are in the written layout" cmp -s "$WORK/p.json" "$D/pairings.json"
printf '.lock\n' >"$REPO/.gitignore"
g init -b main && g add -A && g commit -m base
check "base committed" git -C "$REPO" rev-parse -q --verify HEAD >/dev/null

"$BIN" --data "$D" export cities >"$WORK/cities.csv"
"$BIN" --data "$D" export pairings >"$WORK/pairings.csv"
"$BIN" --data "$D" export sessions >"$WORK/sessions.csv"
last_city=$(tail -1 "$WORK/cities.csv" | cut -d, -f1)
last_session=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(max((v["date"], k) for k, v in d.items() if k != "schemaVersion")[1])' "$D/sessions.json")

# Branch a: chennai's region, the first pairing's note, the last session's
# follow-up (done), the last city's region, a pin, the language bonus.
g checkout -b a
row "$WORK/cities.csv" chennai | sed 's/South Asia/South Asia (Tamil Nadu)/' >"$WORK/a-city.csv"
row "$WORK/cities.csv" "$last_city" | python3 -c 'import sys,csv; r=list(csv.reader(sys.stdin)); r[1][3]="Changed on a"; csv.writer(sys.stdout, lineterminator="\n").writerows(r)' >"$WORK/a-last.csv"
check "a: import chennai" pm import cities "$WORK/a-city.csv"
check "a: import $last_city" pm import cities "$WORK/a-last.csv"
row "$WORK/pairings.csv" buenos-aires | sed 's/Heat action plan co-learning/Heat plans changed on a/' >"$WORK/a-pair.csv"
check "a: import pairing" pm import pairings "$WORK/a-pair.csv"
python3 - "$WORK/sessions.csv" "$last_session" >"$WORK/a-sess.csv" <<'PY'
import sys, csv
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
head = rows[0]
hit = [r for r in rows[1:] if r[head.index("id")] == sys.argv[2]][0]
hit[head.index("follow-up-done")] = "no" if hit[head.index("follow-up-done")] == "yes" else "yes"
hit[head.index("outcome")] = "Changed on a"
csv.writer(sys.stdout, lineterminator="\n").writerows([head, hit])
PY
check "a: import the last session, changed" pm import sessions "$WORK/a-sess.csv"
add_record "$D/pairings.json" pins '"pilot": "toronto"' '"peer": "nairobi"'
sed -i 's/"languageBonus": [0-9.]*/"languageBonus": 0.75/' "$D/forum.json"
check "a passes check" pm check
g commit -am a

# Branch b: the next city's region, a new city after the last one, the
# second pairing's note, a new session after the last one, an exclusion, the
# last area's label.
g checkout main && g checkout -b b
next_city=$(sed -n '/^chennai,/{n;p}' "$WORK/cities.csv" | cut -d, -f1)
row "$WORK/cities.csv" "$next_city" | python3 -c 'import sys,csv; r=list(csv.reader(sys.stdin)); r[1][3]="Changed on b"; csv.writer(sys.stdout, lineterminator="\n").writerows(r)' >"$WORK/b-city.csv"
check "b: import $next_city" pm import cities "$WORK/b-city.csv"
printf 'id,name,country,role,interests\nzz-new-town,New Town,KE,member,waste-management:2\n' >"$WORK/b-new.csv"
check "b: import a new city" pm import cities "$WORK/b-new.csv"
row "$WORK/pairings.csv" chennai | sed 's/Urban water management/Water changed on b/' >"$WORK/b-pair.csv"
check "b: import pairing" pm import pairings "$WORK/b-pair.csv"
printf 'date,pilot,peer,format,area,attendees,rating,outcome,follow-up\n2099-01-01,chennai,jakarta,webinar,water-resilience,10,4,Added on b,\n' >"$WORK/b-sess.csv"
check "b: import a new session" pm import sessions "$WORK/b-sess.csv"
add_record "$D/pairings.json" exclusions '"pilot": "toronto"' '"peer": "quito"'
python3 - "$D/forum.json" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
i = s.rindex('"label": "')
j = s.index('"', i + 10)
open(p, "w", encoding="utf-8").write(s[:i] + '"label": "Changed on b' + s[j:])
PY
check "b passes check" pm check
g commit -am b

g checkout a
git -C "$REPO" merge --no-edit b >"$WORK/merge.log" 2>&1; rc=$?
check "plain git merge has no conflict (rc $rc): $(cat "$WORK/merge.log")" [ $rc -eq 0 ]
check "no conflict markers" bash -c "! grep -q '^<<<<<<<' '$D'/*.json"
out=$("$BIN" --data "$D" check 2>&1)
check "the merge passes check: $out" pm check
cities=$("$BIN" --data "$D" export cities)
check "a's city change kept" grep -q "South Asia (Tamil Nadu)" <<<"$cities"
check "a's last-city change kept" grep -q "^$last_city,.*Changed on a" <<<"$cities"
check "b's city change kept" grep -q "^$next_city,.*Changed on b" <<<"$cities"
check "b's new city kept" grep -q "^zz-new-town," <<<"$cities"
pairings=$("$BIN" --data "$D" export pairings)
check "a's pairing change kept" grep -q "Heat plans changed on a" <<<"$pairings"
check "b's pairing change kept" grep -q "Water changed on b" <<<"$pairings"
sessions=$("$BIN" --data "$D" export sessions)
check "a's session change kept" grep -q "Changed on a" <<<"$sessions"
check "b's session kept" grep -q "^2099-01-01,.*Added on b" <<<"$sessions"
check "pins and exclusions of both" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert {"pilot": "toronto", "peer": "nairobi"} in d["pins"], d["pins"]
assert {"pilot": "toronto", "peer": "quito"} in d["exclusions"], d["exclusions"]
assert len(d["pins"]) == 2 and len(d["exclusions"]) == 2' "$D/pairings.json"
check "both forum changes" python3 -c '
import json, sys
f = json.load(open(sys.argv[1]))
assert f["settings"]["languageBonus"] == 0.75 and f["areas"][-1]["label"] == "Changed on b"' "$D/forum.json"
# The merged files are exactly what peermatch writes (sessions.json has a
# layout of its own: export prints the list form).
for k in cities pairings; do
  "$BIN" --data "$D" export $k --format json >"$WORK/$k.json"
  check "merged $k.json is in the written layout" cmp -s "$WORK/$k.json" "$D/$k.json"
done
check "merged sessions.json is in the written layout" python3 -c '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
keys = [(v["date"], k) for k, v in json.load(open(sys.argv[1])).items() if k != "schemaVersion"]
assert keys == sorted(keys), keys
assert lines[2::3][:len(keys)] == [", \"%s\": {" % k for _, k in keys], lines[:6]
assert lines[4::3][:len(keys)] == ["      \"id\": \"%s\"}" % k for _, k in keys], lines[:6]' "$D/sessions.json"
finish
