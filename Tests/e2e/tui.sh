#!/usr/bin/env bash
# End-to-end test of the terminal app: drives the real binary inside tmux on
# the bundled sample forum (data/), at 80×24 and at 200×50. Searches a city,
# opens its mentors, reads an explanation, shrinks the window below 60×16 and
# back, quits, and checks the shell is usable and the tty modes are restored.
# Also: Ctrl-C and SIGTERM restore the terminal; a pipe, TERM=dumb and TERM
# unset end with a clear message and exit 2.
#
#   Tests/e2e/tui.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"

# The main walk through, at one size.
walk() {
  local w=$1 h=$2 s="walk-$1x$2"
  start_shell "$s" "$w" "$h" || { fail "$s: no shell prompt"; return; }
  run "stty -g > $WORK/before-$s; '$BIN' --data '$DATA'; echo rc-\$?; stty -g > $WORK/after-$s"
  check "$s: the Cities screen opens" wait_for "sort:name"
  check "$s: tabs in the title bar" wait_for "[1 Cities]"
  keys /; keys -l 深圳
  check "$s: search in CJK finds Shenzhen 深圳" wait_for "Shenzhen 深圳"
  keys Escape
  check "$s: Esc drops the search" wait_for "/ to search"
  keys /; keys -l medellin
  check "$s: search finds Medellín without the accent" wait_for "Medellín"
  check "$s: search narrows to one city" wait_for "1 of "
  keys Enter; keys m
  check "$s: mentors of Medellín" wait_for "Mentors (pilots) that fit Medellín"
  check "$s: an explanation with levels" wait_for "pilot level"
  check "$s: score shown" wait_for "score"
  keys Enter
  check "$s: Enter opens the pilot in Cities" wait_for "for Medellín, score"
  t resize-window -t "$s" -x 50 -y 12
  check "$s: too small message with the size" wait_for "Window too small: 50×12"
  check "$s: says the size needed" wait_for "at least 60×16"
  t resize-window -t "$s" -x "$w" -y "$h"
  check "$s: redraws after resizing back" wait_for "sort:name"
  keys '?'
  check "$s: help overlay" wait_for "Keys — Esc closes"
  keys Escape
  keys q
  check "$s: q quits with status 0" wait_for_line "rc-0"
  run "echo ok-$$"
  check "$s: the shell is usable again" wait_for_line "ok-$$"
  check "$s: tty modes restored" cmp -s "$WORK/before-$s" "$WORK/after-$s"
  t kill-session -t "$s"
}

walk 80 24
walk 200 50

# Ctrl-C and SIGTERM leave through endwin too.
start_shell sig 80 24 || fail "sig: no shell prompt"
run "stty -g > $WORK/before-sig; '$BIN' --data '$DATA'; echo rc-\$?; stty -g > $WORK/after-sig"
check "sig: app up" wait_for "sort:name"
keys C-c
check "Ctrl-C ends the app with 130" wait_for_line "rc-130"
check "Ctrl-C: tty modes restored" cmp -s "$WORK/before-sig" "$WORK/after-sig"
run "'$BIN' --data '$DATA'; echo rc-\$?"
check "sig: app up again" wait_for "sort:name"
app_pid=$(pgrep -P "$(t display -p -t sig '#{pane_pid}')" -x peermatch | head -n 1)
if [ -n "$app_pid" ]; then
  kill -TERM "$app_pid"
  check "SIGTERM ends the app with 143" wait_for_line "rc-143"
else
  fail "could not find the app's pid"
fi
run "echo ok-term-$$"
check "after SIGTERM the shell is usable" wait_for_line "ok-term-$$"

# Ctrl-Z suspends (the shell is back), fg redraws the app.
run "clear; '$BIN' --data '$DATA'; echo rc-\$?"
check "suspend: app up" wait_for "sort:name"
keys C-z
check "Ctrl-Z gives the shell back" wait_for "Stopped"
run "clear; fg"
check "fg redraws the app" wait_for "sort:name"
keys q
# (the shell dropped the rest of that command line when the job stopped)
run "echo back-$$"
check "after fg, q quits and the shell is usable" wait_for_line "back-$$"

# A crash cannot run endwin; the crash handler still puts the tty back.
run "clear; stty -g > $WORK/before-crash; '$BIN' --data '$DATA'; echo rc-\$?; stty -g > $WORK/after-crash"
check "crash: app up" wait_for "sort:name"
app_pid=$(pgrep -P "$(t display -p -t sig '#{pane_pid}')" -x peermatch | head -n 1)
if [ -n "$app_pid" ]; then
  kill -SEGV "$app_pid"
  check "a crash still ends with the signal's status (139)" wait_for_line "rc-139"
  check "a crash: tty modes restored" cmp -s "$WORK/before-crash" "$WORK/after-crash"
else
  fail "could not find the app's pid"
fi

# Closing the window (the terminal hangs up) ends the app: no process left spinning.
t new-session -d -s hangup -x 80 -y 24 "LANG=C.UTF-8 TERM=screen '$BIN' --data '$DATA'"
SESSION=hangup
check "hangup: app up" wait_for "sort:name"
app_pid=$(pgrep -P "$(t display -p -t hangup '#{pane_pid}')" -x peermatch || t display -p -t hangup '#{pane_pid}')
t kill-session -t hangup
gone=no
for _ in $(seq 1 50); do
  if ! kill -0 "$app_pid" 2>/dev/null; then gone=yes; break; fi
  sleep 0.1
done
check "hangup: the app ends when its terminal closes" [ "$gone" == yes ]
[ "$gone" == yes ] || kill -KILL "$app_pid" 2>/dev/null
SESSION=sig

# Colour only adds to attributes, and NO_COLOR turns it off.
run "clear; '$BIN' --data '$DATA'; echo rc-\$?"
check "colour: app up" wait_for "sort:name"
check "colour is used when allowed" grep -qE $'\e\\[[0-9;]*3[1-6]m' <(t capture-pane -e -p -t sig)
keys q
wait_for_line "rc-0" >/dev/null
run "clear; NO_COLOR=1 '$BIN' --data '$DATA'; echo rc-\$?"
check "NO_COLOR: app up" wait_for "sort:name"
check "NO_COLOR: no colour at all" bash -c "! grep -qE \$'\\e\\[[0-9;]*3[1-7]m' <(tmux -L '$SOCKET' capture-pane -e -p -t sig)"
check "NO_COLOR: selection still in reverse video" grep -qE $'\e\\[[0-9;]*7m' <(t capture-pane -e -p -t sig)
keys q
check "NO_COLOR: quits" wait_for_line "rc-0"

# Not a terminal, or a terminal it cannot draw on: a clear message, exit 2.
"$BIN" --data "$DATA" 2>"$WORK/pipe.err" | cat >/dev/null
rc=${PIPESTATUS[0]}
check "peermatch | cat exits 2 (got $rc)" [ "$rc" -eq 2 ]
check "peermatch | cat says why: $(cat "$WORK/pipe.err")" grep -q "needs an interactive terminal" "$WORK/pipe.err"
run "clear; TERM=dumb '$BIN' --data '$DATA'; echo rc-\$?"
check "TERM=dumb: clear message" wait_for "TERM=dumb cannot show the terminal app"
check "TERM=dumb: exit 2" wait_for_line "rc-2"
run "clear; env -u TERM '$BIN' --data '$DATA'; echo rc-\$?"
check "TERM unset: clear message" wait_for "TERM is not set"
check "TERM unset: exit 2" wait_for_line "rc-2"
run "clear; TERM=no-such-terminal '$BIN' --data '$DATA'; echo rc-\$?"
check "unknown TERM: clear message" wait_for "unknown terminal type TERM=no-such-terminal"
run "clear; '$BIN' --data '$WORK/no-forum-here'; echo rc-\$?"
check "missing data folder: the store's message" wait_for "no data folder at"
check "missing data folder: exit 2" wait_for_line "rc-2"

finish
