# Shared helpers for the tmux end-to-end tests: binary and data paths, the
# tmux socket, counters, and polling the pane. Each script sources it with
# its own arguments, calls `check`/`fail`, and ends with `finish`:
#
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
#
# BIN is the first argument (default .build/debug/peermatch, relative to the
# repo root); DATA is the sample forum, or a private copy after `copy_data`.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${1:-.build/debug/peermatch}
case "$BIN" in /*) ;; *) BIN="$ROOT/$BIN" ;; esac
DATA="$ROOT/data"
NAME=$(basename "$0" .sh)
SOCKET="pm-e2e-$NAME-$$"
WORK=$(mktemp -d "/tmp/pm-e2e-$NAME-XXXXXX")
SESSION=""
passed=0
failed=0
# The pause lets the app and the shells exit before their folder goes.
cleanup() { tmux -L "$SOCKET" kill-server 2>/dev/null; sleep 0.2; rm -rf "$WORK"; }
trap cleanup EXIT

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL [e2e $NAME]: $*" >&2; }
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() { local d=$1; shift; if "$@"; then ok; else fail "$d"; fi; }
finish() { echo "e2e $NAME: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

command -v tmux >/dev/null || { echo "e2e: tmux is not installed" >&2; exit 1; }
[ -x "$BIN" ] || { echo "e2e: no binary at $BIN (build first: swift build)" >&2; exit 1; }
[ -f "$DATA/forum.json" ] || { echo "e2e: no sample forum at $DATA" >&2; exit 1; }

# copy_data: work on a copy of the sample forum, so the test may write to it.
copy_data() { cp -R "$ROOT/data" "$WORK/data"; DATA="$WORK/data"; }

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
# start_shell NAME W H [VAR=VALUE...]: a plain shell in a fresh tmux window
# of W×H (with those extra variables), made the current SESSION.
start_shell() {
  SESSION=$1
  local w=$2 h=$3
  shift 3
  t new-session -d -s "$SESSION" -x "$w" -y "$h" \
    "env -i PATH='$PATH' HOME='$WORK' LANG=C.UTF-8 TERM=screen $* PS1='pm\$ ' bash --norc --noprofile"
  wait_for 'pm$' 5
}
run() { t send-keys -t "$SESSION" -l "$1"; t send-keys -t "$SESSION" Enter; }
keys() { t send-keys -t "$SESSION" "$@"; }
