#!/usr/bin/env bash
# Random trials of issue 16's git promise, through the binary and real git,
# nothing configured in the clone: two branches each make a few random
# session changes (log today or backdated, edit fields, change a date,
# delete, mark a follow-up done) on a copy of data/, then `git merge`.
# The oracle is a three-way merge by id computed here in Python from the
# three `sessions list --format json` outputs (base, ours, theirs):
# - when no session was changed on both branches, the merge must succeed,
#   `check` must pass, and the merged log must equal the oracle's;
# - when one was, PeerMatch must refuse the folder naming such a session.
source "$(dirname "$0")/lib.sh"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
export GIT_CONFIG_NOSYSTEM=1 HOME=$WORK PEERMATCH_TODAY=2026-11-25
TRIALS=${TRIALS:-24}

out=$(python3 - "$BIN" "$ROOT/data" "$WORK" "$TRIALS" <<'PY'
import json, random, shutil, subprocess, sys, os
binary, sample, work, trials = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def run(*args, cwd=None, ok=(0,)):
    p = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if p.returncode not in ok:
        raise SystemExit(f"{' '.join(args)}: exit {p.returncode}: {p.stderr.strip()}")
    return p

def pm(data, *args, ok=(0,)):
    return run(binary, "--data", data, *args, ok=ok)

def sessions(data):
    return {s["id"]: s for s in json.loads(pm(data, "sessions", "list", "--format", "json").stdout)["sessions"]}

def pairs(data):
    rows = pm(data, "pairings", "list", "--status", "active", "--format", "json").stdout
    return [(p["pilot"], p["peer"], p["start"]) for p in json.loads(rows)["pairings"]]

def day(start, rng):
    y, m, d = map(int, start.split("-"))
    import datetime
    a = datetime.date(y, m, d)
    b = datetime.date(2026, 11, 25)
    return (a + datetime.timedelta(days=rng.randint(0, (b - a).days))).isoformat()

def change(data, rng, tag, n):
    """n random changes; returns the ids it changed (edited, moved, deleted)."""
    touched = set()
    active = pairs(data)
    for k in range(n):
        current = sessions(data)
        op = rng.choice(["log", "log", "edit", "done", "date", "delete"])
        if op == "log" or not current:
            pilot, peer, start = rng.choice(active)
            date = "2026-11-25" if rng.random() < 0.5 else day(start, rng)
            r = pm(data, "session", "log", "--pilot", pilot, "--peer", peer, "--date", date,
                   "--format", rng.choice(["call", "webinar", "workshop"]), "--outcome", f"{tag} {k}")
            continue
        sid = rng.choice(sorted(current))
        s = current[sid]
        if op == "edit":
            pm(data, "session", "edit", sid, "--outcome", f"{tag} edit {k}", "--rating", str(rng.randint(1, 5)))
        elif op == "done":
            pm(data, "followup", "done", sid, ok=(0, 1, 2))  # a session without a follow-up is refused
        elif op == "date":
            start = next((st for pi, pe, st in pairs(data) if (pi, pe) == (s["pilot"], s["peer"])), None)
            if start is None:
                continue
            pm(data, "session", "edit", sid, "--date", day(start, rng))
        else:
            pm(data, "session", "delete", sid)
        touched.add(sid)
    return touched

def three_way(base, ours, theirs):
    merged, both = {}, []
    for i in set(base) | set(ours) | set(theirs):
        b, o, t = base.get(i), ours.get(i), theirs.get(i)
        if o == t: keep = o
        elif o == b: keep = t
        elif t == b: keep = o
        else:
            both.append(i)
            continue
        if keep is not None:
            merged[i] = keep
    return merged, both

passed = failed = 0
refused = clean = 0
for trial in range(trials):
    rng = random.Random(trial)
    repo = os.path.join(work, f"t{trial}")
    data = os.path.join(repo, "data")
    os.makedirs(repo)
    run(binary, "init", data)
    for f in ("forum.json", "cities.json", "pairings.json", "sessions.json"):
        shutil.copy(os.path.join(sample, f), data)
    open(os.path.join(repo, ".gitignore"), "w").write(".lock\n")
    g = lambda *a, ok=(0,): run("git", "-C", repo, *a, ok=ok)
    g("init", "-q", "-b", "main"); g("add", "-A"); g("commit", "-qm", "base")
    base = sessions(data)
    g("checkout", "-q", "-b", "a")
    change(data, rng, "a", rng.randint(1, 4))
    ours = sessions(data)
    g("commit", "-qam", "a", ok=(0, 1))
    g("checkout", "-q", "main"); g("checkout", "-q", "-b", "b")
    change(data, rng, "b", rng.randint(1, 4))
    theirs = sessions(data)
    g("commit", "-qam", "b", ok=(0, 1))
    g("checkout", "-q", "a")
    merge = g("merge", "--no-edit", "b", ok=(0, 1))
    expected, both = three_way(base, ours, theirs)
    problems = []
    if merge.returncode != 0:
        problems.append("git merge failed: " + merge.stdout.strip().splitlines()[-1])
    check = pm(data, "check", ok=(0, 1, 2))
    if not both:
        clean += 1
        if check.returncode != 0:
            problems.append("check: " + check.stderr.strip())
        else:
            got = sessions(data)
            if got != expected:
                diff = sorted(set(got) ^ set(expected)) or sorted(i for i in got if got[i] != expected[i])
                problems.append(f"merged log differs from the three-way merge at {diff}")
    else:
        refused += 1
        named = any(f"session {i}" in check.stderr for i in both)
        if check.returncode == 0 or not named:
            problems.append(f"sessions changed on both branches {both} not refused by name: {check.stderr.strip()}")
    if problems:
        failed += 1
        print(f"FAIL trial {trial}: " + "; ".join(problems))
    else:
        passed += 1
print(f"RESULT {passed} {failed} {clean} {refused}")
PY
)
echo "$out" | grep '^FAIL' >&2
read -r _ p f clean refused <<<"$(grep '^RESULT' <<<"$out")"
echo "$NAME: $TRIALS trials: $clean with no session changed on both branches, $refused with one"
check "every trial merged as the three-way oracle says, or was refused by name ($p of $TRIALS; $clean clean, $refused with a session changed on both)" test "${f:-1}" -eq 0 -a "${p:-0}" -eq "$TRIALS"
check "some trials merged cleanly" test "${clean:-0}" -gt 0
finish
