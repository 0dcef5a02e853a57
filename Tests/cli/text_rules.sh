#!/usr/bin/env bash
# One search rule, one score format, one count format and one city page for
# the CLI and the app (issue 14, point 6).
source "$(dirname "$0")/lib.sh"
export PEERMATCH_DATA="$ROOT/data"
ids() { "$BIN" cities list --format csv "$@" | tail -n +2 | cut -d, -f1 | tr '\n' ' '; }
check "प finds Pune: $(ids --search प)" [ "$(ids --search प)" == "pune " ]
check "danang finds Đà Nẵng: $(ids --search danang)" [ "$(ids --search danang)" == "da-nang " ]
check "'da nang' finds Đà Nẵng" [ "$(ids --search 'da nang')" == "da-nang " ]
# Scores: one exact decimal form (6.0, 5.5) in every table, the number JSON carries.
scores=$("$BIN" match | python3 -c '
import sys
rows = sys.stdin.read().split("\n\n")[0].splitlines()[2:]
print(" ".join(r.split("  ")[[i for i, p in enumerate(r.split("  ")) if p.strip()][2]].strip() for r in rows))')
json_scores=$("$BIN" match --format json | python3 -c '
import sys, json
print(" ".join("%.1f" % p["score"] if p["score"] * 10 == int(p["score"] * 10) else repr(p["score"]) for p in json.load(sys.stdin)["pairs"]))')
check "match table scores are the JSON scores, one decimal at least: $scores / $json_scores" [ "$scores" == "$json_scores" ]
mentor=$("$BIN" mentors accra | sed -n 5p)
check "mentors: score and contributions as 6.0 and +3.0: $mentor" grep -qE " 6\.0  water-resilience \+3\.0, flood-management \+2\.0" <<<"$mentor"
# One city page: ended pairings and recent sessions, newest first (from sessions.json).
page=$("$BIN" cities show buenos-aires)
check "cities show lists the ended pairing: $page" grep -q "^  Ciudad de México — ended, 2024-09-01 to 2025-08-31" <<<"$page"
listed=$(grep -oE "^  [0-9]{4}-[0-9]{2}-[0-9]{2}" <<<"$page" | tr -d ' ' | tr '\n' ' ')
expected=$(python3 -c '
import json, sys
s = [x for k, x in json.load(open(sys.argv[1])).items() if k != "schemaVersion" and "buenos-aires" in (x["pilot"], x["peer"])]
print(" ".join(sorted((x["date"] for x in s), reverse=True)[:8]), end=" ")' "$ROOT/data/sessions.json")
check "cities show lists the latest sessions newest first: '$listed' vs '$expected'" [ "$listed" == "$expected" ]
finish
