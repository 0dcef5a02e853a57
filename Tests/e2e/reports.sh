#!/usr/bin/env bash
# End-to-end test of the Reports screen: drives the real binary inside tmux
# at 80×24 on a copy of the sample forum (data/): opens the Reports tab,
# waits for the figures computed in the background, drills down from the
# first bar of the sessions-per-month chart, comes back to the same bar,
# quits, and checks the shell is usable and the tty modes are restored.
#
#   Tests/e2e/reports.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
copy_data

check "a shell prompt" start_shell reports 80 24 PEERMATCH_TODAY=2026-03-15
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

finish
