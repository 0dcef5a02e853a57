#!/usr/bin/env python3
"""Baseline and independent check for `peermatch match --algorithm optimal`.

For each roster: computes every pair's score from MATCHING.md's definition
(default forum settings), builds the capacity-expanded matrix (one row per
pilot slot, one column per peer slot), weight BIG + score for an allowed pair
and 0 otherwise (BIG exceeds any total score, so the most pairs win first),
and solves it with scipy.optimize.linear_sum_assignment. Prints the time of
the solve alone and of matrix + solve (median of --runs), and, with
--check JSON, compares pairCount and totalScore with peermatch's output.

    python3 Benchmarks/scipy_baseline.py ROSTER.csv [--check OUT.json] [--runs N]

Only for rosters whose peers have capacity <= 1 (with larger peer capacities
the expanded matrix could pair the same two cities twice).
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

AREAS = ["water-resilience", "flood-management", "heat-islands", "nature-based-solutions",
         "e-mobility", "public-transport", "active-mobility", "waste-management",
         "green-buildings", "renewable-energy", "air-quality", "low-carbon-development",
         "inclusive-climate-action", "climate-governance", "climate-finance"]
LANGUAGE_BONUS, REGION_BONUS = 1.0, 0.5
DEFAULT_CAPACITY = {"pilot": 3, "peer": 1, "member": 0}


def read_roster(path: str):
    pilots, peers = [], []
    with open(path, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            cap = int(r["capacity"]) if r.get("capacity") else DEFAULT_CAPACITY[r["role"]]
            interests = {}
            for item in filter(None, (r.get("interests") or "").split(";")):
                area, level = item.rsplit(":", 1)
                interests[area.strip()] = int(level)
            city = (r["id"], cap, interests, set(filter(None, (r.get("languages") or "").split(";"))),
                    r.get("region") or "")
            if r["role"] == "pilot":
                pilots.append(city)
            elif r["role"] == "peer":
                peers.append(city)
    return pilots, peers


def score_matrix(pilots, peers) -> np.ndarray:
    """score[p, q] per MATCHING.md; NaN where the pair shares no area."""
    n_a = len(AREAS)
    lp = np.zeros((len(pilots), n_a))
    lq = np.zeros((len(peers), n_a))
    for i, (_, _, ints, _, _) in enumerate(pilots):
        for a, l in ints.items():
            lp[i, AREAS.index(a)] = l
    for j, (_, _, ints, _, _) in enumerate(peers):
        for a, l in ints.items():
            lq[j, AREAS.index(a)] = l
    interest = np.zeros((len(pilots), len(peers)))
    for a in range(n_a):
        interest += np.minimum.outer(lp[:, a], lq[:, a])  # weight 1.0 per area
    shared = (lp > 0).astype(np.int32) @ (lq > 0).astype(np.int32).T
    langs = sorted({l for c in pilots + peers for l in c[3]})
    Lp = np.array([[l in c[3] for l in langs] for c in pilots], dtype=np.int32).reshape(len(pilots), len(langs))
    Lq = np.array([[l in c[3] for l in langs] for c in peers], dtype=np.int32).reshape(len(peers), len(langs))
    lang = (Lp @ Lq.T) > 0
    rp = np.array([c[4] for c in pilots], dtype=object)
    rq = np.array([c[4] for c in peers], dtype=object)
    region = (rp[:, None] == rq[None, :]) & (rp[:, None] != "")
    score = interest + LANGUAGE_BONUS * lang + REGION_BONUS * region
    score[shared == 0] = np.nan
    return score


def solve(pilots, peers, score):
    rows = np.repeat(np.arange(len(pilots)), [c[1] for c in pilots])
    cols = np.repeat(np.arange(len(peers)), [c[1] for c in peers])
    allowed = ~np.isnan(score)
    big = float(np.nansum(np.nanmax(np.where(allowed, score, 0), axis=1)) * 2 + 1) if score.size else 1.0
    w = np.where(allowed, score + big, 0.0)[rows][:, cols]
    t0 = time.perf_counter()
    r, c = linear_sum_assignment(w, maximize=True) if w.size else (np.array([], int), np.array([], int))
    t_solve = time.perf_counter() - t0
    sel = allowed[rows[r], cols[c]]
    return int(sel.sum()), float(score[rows[r][sel], cols[c][sel]].sum()), t_solve, w.shape


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roster")
    ap.add_argument("--check", help="peermatch match --format json output to compare with")
    ap.add_argument("--runs", type=int, default=1)
    a = ap.parse_args()
    pilots, peers = read_roster(a.roster)
    if any(c[1] > 1 for c in peers):
        print("peers with capacity > 1: the expanded matrix is not valid here", file=sys.stderr)
        return 2
    totals, solves = [], []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        score = score_matrix(pilots, peers)
        count, total, t_solve, shape = solve(pilots, peers, score)
        totals.append(time.perf_counter() - t0)
        solves.append(t_solve)
    print(f"{a.roster}: {len(pilots)} pilots, {len(peers)} peers, matrix {shape[0]}x{shape[1]}; "
          f"pairCount {count}, totalScore {total}; solve median {statistics.median(solves) * 1000:.2f} ms, "
          f"scores+matrix+solve median {statistics.median(totals) * 1000:.2f} ms ({a.runs} runs)")
    if a.check:
        with open(a.check, encoding="utf-8") as f:
            out = json.load(f)
        ok = out["pairCount"] == count and abs(out["totalScore"] - total) < 1e-6
        print(f"  peermatch: pairCount {out['pairCount']}, totalScore {out['totalScore']}: {'SAME' if ok else 'DIFFERENT'}")
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
