#!/usr/bin/env python3
"""Computes the report's figures straight from a data folder's JSON files,
with none of PeerMatch's code, and compares them with `report --format json`.
The definitions are the ones `peermatch report --help` and ReportBuilder
document; written again here in the plainest way.

    report_oracle.py DATA_DIR REPORT_JSON TODAY [FROM] [TO] [COHORT]

Exit 0 when every figure agrees; otherwise prints each difference, exit 1.
"""
import datetime as dt
import json
import sys

folder, report_path, today = sys.argv[1], sys.argv[2], sys.argv[3]
frm = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else None
to = sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] else None
cohort = sys.argv[6] if len(sys.argv) > 6 and sys.argv[6] != "-" else None

load = lambda name: json.load(open(f"{folder}/{name}.json", encoding="utf-8"))
forum, cities = load("forum"), load("cities")["cities"]
# sessions.json keeps each session under its id, after "schemaVersion" (docs/DATA.md).
pairings = load("pairings")["pairings"]
sessions = [s for k, s in load("sessions").items() if k != "schemaVersion"]
report = json.load(open(report_path, encoding="utf-8"))
days = lambda a, b: (dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days

def in_range(d):
    return (frm is None or d >= frm) and (to is None or d <= to)

def pairing_in_scope(p):
    if cohort is not None and p["cohort"] != cohort:
        return False
    if to is not None and p["start"] > to:
        return False
    if frm is not None and p["end"] is not None and p["end"] < frm:
        return False
    return True

scoped_pairings = [p for p in pairings if pairing_in_scope(p)]
cohort_pairs = {(p["pilot"], p["peer"]) for p in pairings if p["cohort"] == cohort}
scoped = [s for s in sessions if in_range(s["date"])
          and (cohort is None or (s["pilot"], s["peer"]) in cohort_pairs)]

expected = {"forum": forum["name"], "today": today,
            "filter": {"from": frm, "to": to, "cohort": cohort},
            "staleAfterDays": forum["settings"]["staleAfterDays"],
            "sessions": len(scoped), "pairings": len(scoped_pairings)}

# every month from the first to the last session in scope, empty ones too
months = []
if scoped:
    counts = {}
    for s in scoped:
        counts[s["date"][:7]] = counts.get(s["date"][:7], 0) + 1
    y, m = map(int, min(counts).split("-"))
    while f"{y:04d}-{m:02d}" <= max(counts):
        key = f"{y:04d}-{m:02d}"
        months.append({"month": key, "sessions": counts.get(key, 0)})
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
expected["sessionsPerMonth"] = months

cohort_rows = {}
for p in scoped_pairings:
    row = cohort_rows.setdefault(p["cohort"], {"cohort": p["cohort"], "active": 0, "ended": 0})
    row[p["status"]] += 1
expected["pairsByCohort"] = [cohort_rows[c] for c in sorted(cohort_rows, key=lambda c: c.encode())]

# stale: active, no session since the start for more than the threshold
last_session = {}
for s in sessions:
    k = (s["pilot"], s["peer"])
    last_session[k] = max(last_session.get(k, s["date"]), s["date"])
stale = []
for p in scoped_pairings:
    if p["status"] != "active":
        continue
    last = last_session.get((p["pilot"], p["peer"]))
    last = last if last is not None and last >= p["start"] else None
    quiet = days(today, last or p["start"])
    if quiet > expected["staleAfterDays"]:
        stale.append({"pilot": p["pilot"], "peer": p["peer"], "cohort": p["cohort"], "start": p["start"],
                      "lastSession": last, "daysQuiet": quiet})
stale.sort(key=lambda r: (-r["daysQuiet"], r["pilot"].encode(), r["peer"].encode()))
expected["stalePairs"] = stale

# fit: verdicts of the pairings in scope; flagged = active, not cleared, and a
# poor verdict or a first session since the start rated 2 or less
def flagged(p):
    if p["status"] != "active" or p.get("fitFlagCleared"):
        return False
    if p.get("fit") == "poor":
        return True
    firsts = [s for s in sessions if (s["pilot"], s["peer"]) == (p["pilot"], p["peer"]) and s["date"] >= p["start"]]
    first = min(firsts, key=lambda s: (s["date"], s["id"].encode()), default=None)
    return first is not None and first["rating"] is not None and first["rating"] <= 2
expected["fit"] = {"good": sum(1 for p in scoped_pairings if p.get("fit") == "good"),
                   "poor": sum(1 for p in scoped_pairings if p.get("fit") == "poor"),
                   "unchecked": sum(1 for p in scoped_pairings if "fit" not in p),
                   "flagged": len({(p["pilot"], p["peer"]) for p in scoped_pairings if flagged(p)})}

goals = []
for p in scoped_pairings:
    if "goal" not in p:
        continue
    ticked = set()
    for s in sessions:
        if (s["pilot"], s["peer"]) == (p["pilot"], p["peer"]) and s["date"] >= p["start"]:
            ticked.update(s.get("milestones", []))
    ids = [m["id"] for m in p["milestones"]]
    goals.append({"pilot": p["pilot"], "peer": p["peer"], "goal": p["goal"],
                  "milestonesReached": sum(1 for m in ids if m in ticked), "milestones": len(ids)})
expected["goals"] = goals

events = [s for s in scoped if s.get("cities")]
per_city = {}
for s in events:
    for c in [s["pilot"], s["peer"]] + s["cities"]:
        per_city[c] = per_city.get(c, 0) + 1
expected["events"] = len(events)
expected["eventsPerCity"] = [{"city": c, "events": n}
                             for c, n in sorted(per_city.items(), key=lambda kv: (-kv[1], kv[0].encode()))]

expected["ratings"] = [{"rating": r, "sessions": sum(1 for s in scoped if s["rating"] == r)} for r in range(1, 6)]
expected["unrated"] = sum(1 for s in scoped if s["rating"] is None)

overdue = [{"session": s["id"], "date": s["date"], "pilot": s["pilot"], "peer": s["peer"],
            "due": s["followUpDue"], "daysOverdue": days(today, s["followUpDue"]), "followUp": s["followUp"]}
           for s in scoped if s["followUpDue"] is not None and not s["followUpDone"] and s["followUpDue"] < today]
overdue.sort(key=lambda r: (r["due"], r["session"].encode()))
expected["overdueFollowUps"] = overdue

by_id = {c["id"]: c for c in cities}
# a peer with any pairing in scope has a pilot; areas nobody asks for and no pair shares are left out
paired_peers = {p["peer"] for p in scoped_pairings}
coverage = []
for area in forum["areas"]:
    a = area["id"]
    pilots = [c for c in cities if c["role"] == "pilot" and a in c["interests"]]
    peers = [c["id"] for c in cities if c["role"] == "peer" and a in c["interests"]]
    pairs = {(p["pilot"], p["peer"]) for p in scoped_pairings
             if p["pilot"] in by_id and p["peer"] in by_id
             and a in by_id[p["pilot"]]["interests"] and a in by_id[p["peer"]]["interests"]}
    if not peers and not pairs:
        continue
    coverage.append({"area": a, "pilotsOffering": len(pilots), "peersAsking": len(peers),
                     "pairsFormed": len(pairs), "demandUnmet": sum(1 for c in peers if c not in paired_peers)})
expected["coverage"] = coverage

problems = []
for key, want in expected.items():
    got = report.get(key, "(missing)")
    if got != want:
        if isinstance(want, list) and isinstance(got, list):
            diff = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
            problems.append(f"{key}: {len(got)} rows, expected {len(want)}; first difference at row {diff}: "
                            f"got {got[diff] if diff < len(got) else None}, expected {want[diff] if diff < len(want) else None}")
        else:
            problems.append(f"{key}: got {got!r}, expected {want!r}")
extra = set(report) - set(expected)
if extra:
    problems.append(f"keys the oracle does not check: {sorted(extra)}")
for p in problems:
    print(p)
checked = sum(len(v) if isinstance(v, list) else 1 for v in expected.values())
if not problems:
    print(f"ok: {checked} figures and rows agree ({len(scoped)} sessions, {len(scoped_pairings)} pairings)")
sys.exit(1 if problems else 0)
