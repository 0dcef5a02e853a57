#!/usr/bin/env bash
# End-to-end test of live data in the terminal app: the real binary in tmux
# on a COPY of the sample forum. Searches, then another shell imports a city
# with `peermatch import cities`; the app shows the new count without a key
# pressed. Ctrl-L repaints a scribbled-over screen; q quits and the terminal
# is restored.
#
#   Tests/e2e/live.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
copy_data

start_shell live 80 24 || { fail "no shell prompt"; exit 1; }
run "stty -g > $WORK/before; '$BIN' --data '$DATA'; echo rc-\$?; stty -g > $WORK/after"
check "the app opens on the copy" wait_for "sort:name"
cities=$(screen | sed -n 's/.* \([0-9][0-9]*\) of \1$/\1/p' | head -n 1)
check "the app shows how many cities (got '$cities')" [ -n "$cities" ]
keys /; keys -l pune; keys Enter
check "search narrows the list" wait_for "1 of $cities"

# Another process adds a city; no key is pressed in the app.
printf 'id,name,country,region,role,capacity,languages,networks,interests\nzanzibar-e2e,Zanzibar,TZ,Sub-Saharan Africa,peer,1,en,,water-resilience:2\n' > "$WORK/new.csv"
"$BIN" import cities "$WORK/new.csv" --data "$DATA" >/dev/null 2>&1
check "the import itself worked" grep -q zanzibar-e2e "$DATA/cities.json"
new=$((cities + 1))
check "the new count shows within 2 s, no key pressed" wait_for "1 of $new" 3
check "the status line says it reloaded" wait_for "reloaded: the data folder changed on disk"
check "the search is kept" wait_for "/pune"

# Something scribbles over the screen behind the app's back; Ctrl-L repaints.
pane_tty=$(t display -p -t live '#{pane_tty}')
printf '\033[5;1HSCRIBBLE-SCRIBBLE' > "$pane_tty"
check "the scribble is on screen" wait_for "SCRIBBLE-SCRIBBLE"
keys C-l
sleep 0.5
check "Ctrl-L repaints it away" bash -c "! tmux -L '$SOCKET' capture-pane -p -t live | grep -q SCRIBBLE"
check "and the app is whole again" wait_for "1 of $new"

keys q
check "q quits with status 0" wait_for_line "rc-0"
check "tty modes restored" cmp -s "$WORK/before" "$WORK/after"
run "echo ok-$$"
check "the shell is usable again" wait_for_line "ok-$$"

# A forum that cannot be read: the load runs behind the "loading…" frame, so
# the app leaves curses first, then says where the file is broken; exit 2.
cp -R "$ROOT/data" "$WORK/broken"
echo '{"schemaVersion": 1, "cities": [ {"id": ' > "$WORK/broken/cities.json"
run "clear; '$BIN' --data '$WORK/broken'; echo rc-\$?"
check "a broken file: the reader's message with the place" wait_for "cities.json:2:1: expected a string"
check "a broken file: exit 2" wait_for_line "rc-2"

finish
