#!/usr/bin/env bash
# End-to-end test of the Reports screen: drives the real binary inside tmux
# at 80×24 on a copy of the sample forum (data/): opens the Reports tab,
# waits for the figures computed in the background, drills down from the
# first bar of the sessions-per-month chart, comes back to the same bar,
# quits, and checks the shell is usable and the tty modes are restored.
#
#   Tests/e2e/reports.sh [path/to/peermatch]     (default .build/debug/peermatch)
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${1:-.build/debug/peermatch}
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
SOCKET="pm-reports-$$"
WORK=$(mktemp -d "/tmp/pm-reports-XXXXXX")
DATA="$WORK/data"
passed=0
failed=0
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL [e2e reports]: $*" >&2; }
check() { local d=$1; shift; if "$@"; then ok; else fail "$d"; fi; }

command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "e2e: no binary at $BIN (build first: swift build)" >&2; exit 1; }
[ -f "$ROOT/data/forum.json" ] || { echo "e2e: no sample forum at $ROOT/data" >&2; exit 1; }
cp -R "$ROOT/data" "$DATA"

t() { tmux -L "$SOCKET" "$@"; }
screen() { t capture-pane -p -t "$SESSION"; }
# wait_for TEXT [SECONDS]: polls the pane until TEXT appears (fixed string).
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
# wait_for_line TEXT: a line that is exactly TEXT (command output, not the typed command).
wait_for_line() {
  local text=$1 waited=0
  while ! screen | grep -qx -- "$text"; do
    sleep 0.1
    waited=$((waited + 1))
    if [ $waited -ge 100 ]; then
      echo "--- pane, waiting for the line: $text" >&2
      screen >&2
      return 1
    fi
  done
}
run() { t send-keys -t "$SESSION" -l "$1"; t send-keys -t "$SESSION" Enter; }
keys() { t send-keys -t "$SESSION" "$@"; }

SESSION=reports
t new-session -d -s "$SESSION" -x 80 -y 24 \
  "env -i PATH='$PATH' HOME='$WORK' LANG=C.UTF-8 TERM=screen PEERMATCH_TODAY=2026-03-15 PS1='pm\$ ' bash --norc --noprofile"
check "a shell prompt" wait_for 'pm$' 5
run "stty -g > $WORK/before; '$BIN' --data '$DATA'; echo rc-\$?; stty -g > $WORK/after"
check "the app opens on Cities" wait_for "sort:name"
keys 5
check "the Reports tab is shown" wait_for "[5 Reports]"
check "the figures land" wait_for "Report as of 2026-03-15 · all dates · every cohort · 11 sessions · 7 pairings"
check "the chart is drawn in blocks" wait_for "█"
check "the cursor is on the first month" wait_for "Sessions per month · 2024-10: 1 session"
check "coverage per interest area" wait_for "Coverage per interest area"
keys Enter
check "Enter drills down from the bar" wait_for "Sessions in 2024-10"
check "the session behind the bar is listed" wait_for "Sessions (1)"
check "the drill-down says how to go back" wait_for "Esc back"
keys Escape
check "Esc comes back to the same bar" wait_for "Sessions per month · 2024-10: 1 session"
keys ']'
check "] moves to the next section" wait_for "Sessions per month, 2024-10 to"
keys q
check "q quits with status 0" wait_for_line "rc-0"
run "echo ok-$$"
check "the shell is usable again" wait_for_line "ok-$$"
check "tty modes restored" cmp -s "$WORK/before" "$WORK/after"
check "the data copy is untouched" diff -r "$ROOT/data" "$DATA"

echo "e2e reports: $passed passed, $failed failed"
[ $failed -eq 0 ]
