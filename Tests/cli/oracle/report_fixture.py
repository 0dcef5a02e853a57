#!/usr/bin/env python3
"""Turns gen_roster.py's session log into a richer report fixture: a pairing
for every pair that met (cohorts, active and ended), follow-up due dates and
done flags on some sessions. Deterministic for a seed.

    report_fixture.py SESSIONS_IN SESSIONS_OUT PAIRINGS_OUT [SEED]
"""
import csv
import datetime as dt
import random
import sys

src, sessions_out, pairings_out = sys.argv[1:4]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
rows = list(csv.DictReader(open(src, newline="", encoding="utf-8")))
first, last = {}, {}
for r in rows:
    key = (r["pilot"], r["peer"])
    first[key] = min(first.get(key, r["date"]), r["date"])
    last[key] = max(last.get(key, r["date"]), r["date"])
    d = dt.date.fromisoformat(r["date"])
    if rng.random() < 0.4:
        r["follow-up-due"] = (d + dt.timedelta(days=rng.randint(7, 120))).isoformat()
        r["follow-up-done"] = rng.choice(["yes", "no", ""])
    else:
        r["follow-up-due"], r["follow-up-done"] = "", ""
with open(sessions_out, "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)

cohorts = ["2024-spring", "2025-autumn", "", "Ñandú & <co>"]
with open(pairings_out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["pilot", "peer", "status", "start", "end", "cohort", "note"])
    for key in sorted(first):
        start = dt.date.fromisoformat(first[key]) - dt.timedelta(days=rng.randint(0, 60))
        ended = rng.random() < 0.3
        end = (dt.date.fromisoformat(last[key]) + dt.timedelta(days=rng.randint(0, 30))).isoformat() if ended else ""
        w.writerow([key[0], key[1], "ended" if ended else "active", start.isoformat(), end,
                    rng.choice(cohorts), ""])
