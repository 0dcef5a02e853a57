#!/usr/bin/env bash
# End-to-end test of the Sessions screen: on a COPY of data/, at 80×24,
# logs a session through the form (Tab between fields, an inline problem
# first, then fixed), sees it in the pair's timeline, saves with `w`, quits,
# and finds it in `peermatch sessions list --format json`.
#
#   Tests/e2e/sessions.sh [path/to/peermatch]     (default .build/debug/peermatch)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${1:-.build/debug/peermatch}
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
SOCKET="pm-sessions-$$"
WORK=$(mktemp -d "/tmp/pm-sessions-XXXXXX")
passed=0
failed=0
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL [e2e sessions]: $*" >&2; }
check() { local d=$1; shift; if "$@"; then ok; else fail "$d"; fi; }

command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "e2e: no binary at $BIN (build first: swift build)" >&2; exit 1; }
cp -R "$ROOT/data" "$WORK/data"
DATA="$WORK/data"

t() { tmux -L "$SOCKET" "$@"; }
screen() { t capture-pane -p -t "$SESSION"; }
wait_for() {
  local text=$1 limit=${2:-10} waited=0
  while ! screen | grep -qF -- "$text"; do
    sleep 0.1
    waited=$((waited + 1))
    if [ $waited -ge $((limit * 10)) ]; then
      echo "--- pane after ${limit}s, waiting for: $text" >&2
      screen >&2
      return 1
    fi
  done
}
keys() { t send-keys -t "$SESSION" "$@"; }

SESSION=sessions
t new-session -d -s "$SESSION" -x 80 -y 24 \
  "env -i PATH='$PATH' HOME='$WORK' LANG=C.UTF-8 TERM=screen PEERMATCH_TODAY=2026-06-01 PS1='pm\$ ' bash --norc --noprofile"
wait_for 'pm$' 5 || { fail "no shell prompt"; exit 1; }
keys -l "'$BIN' --data '$DATA'; echo rc-\$?"; keys Enter
check "the app opens" wait_for "sort:name"
keys 4
check "the Sessions screen lists the log" wait_for "[sessions] / to search"
keys a
check "the log form opens with today's date" wait_for "date         2026-06-01"
# Save at once: the format is missing, said under the field.
keys Enter
check "a missing format is shown under its field" wait_for "↳ a value is required"
keys Tab Tab; keys -l workshop
keys Tab Tab Tab Tab; keys -l "Tidal gauges shared in e2e"
keys Enter
check "the form closes and the edit is made" wait_for "log session"
check "the new session is in the pair's timeline" wait_for "workshop  Tidal gauges shared in e2e"
keys w
check "saving writes the data folder" wait_for "saved 1 edit"
keys q
check "the app ends cleanly" wait_for "rc-0"

json=$("$BIN" sessions list --format json --data "$DATA" 2>&1)
check "sessions list --format json shows the new session" grep -qF '"outcome": "Tidal gauges shared in e2e"' <<<"$json"
check "it is dated today" grep -qF '"date": "2026-06-01"' <<<"$json"

echo "e2e sessions: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
