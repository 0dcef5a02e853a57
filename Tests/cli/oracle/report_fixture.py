#!/usr/bin/env python3
"""Turns gen_roster.py's session log into a richer report fixture: a pairing
for every pair that met (cohorts, active and ended, fit checks, learning
goals), follow-up due dates and done flags, milestones ticked, and forum
events (other cities attending) on some sessions. Deterministic for a seed.

    report_fixture.py SESSIONS_IN SESSIONS_OUT PAIRINGS_JSON_OUT [SEED]
"""
import csv
import datetime as dt
import json
import random
import sys

src, sessions_out, pairings_out = sys.argv[1:4]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
city_ids = sorted({r["pilot"] for r in rows} | {r["peer"] for r in rows})
first, last = {}, {}
for r in rows:
    key = (r["pilot"], r["peer"])
    first[key] = min(first.get(key, r["date"]), r["date"])
    last[key] = max(last.get(key, r["date"]), r["date"])

cohorts = ["2024-spring", "2025-autumn", "", "Ñandú & <co>"]
pairings, goals = [], {}
for key in sorted(first):
    start = dt.date.fromisoformat(first[key]) - dt.timedelta(days=rng.randint(0, 60))
    ended = rng.random() < 0.3
    end = (dt.date.fromisoformat(last[key]) + dt.timedelta(days=rng.randint(0, 30))).isoformat() if ended else None
    p = {"pilot": key[0], "peer": key[1], "status": "ended" if ended else "active", "start": start.isoformat(),
         "end": end, "cohort": rng.choice(cohorts), "note": ""}
    verdict = rng.choice(["good", "poor", None, None])
    if verdict:
        p.update({"fit": verdict, "fitReason": "no <time> & no budget" if verdict == "poor" else "",
                  "fitDate": (start + dt.timedelta(days=20)).isoformat()})
    if rng.random() < 0.1:
        p["fitFlagCleared"] = True
    if rng.random() < 0.35:
        n = rng.randint(1, 4)
        goals[key] = [f"m{i}" for i in range(1, n + 1)]
        p.update({"goal": "Adopt the <flood> plan & report",
                  "milestones": [{"id": m, "text": f"Step {m}"} for m in goals[key]]})
    pairings.append(p)
with open(pairings_out, "w", encoding="utf-8") as f:
    json.dump({"schemaVersion": 1, "pairings": pairings, "pins": [], "exclusions": []}, f, ensure_ascii=False, indent=1)

for r in rows:
    d = dt.date.fromisoformat(r["date"])
    key = (r["pilot"], r["peer"])
    if rng.random() < 0.4:
        r["follow-up-due"] = (d + dt.timedelta(days=rng.randint(7, 120))).isoformat()
        r["follow-up-done"] = rng.choice(["yes", "no", ""])
    else:
        r["follow-up-due"], r["follow-up-done"] = "", ""
    others = set()
    if rng.random() < 0.1:
        others = {c for c in rng.sample(city_ids, 4) if c not in key}
    r["cities"] = ";".join(sorted(others))
    r["milestones"] = rng.choice(goals[key]) if key in goals and rng.random() < 0.4 else ""
with open(sessions_out, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
