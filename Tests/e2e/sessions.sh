#!/usr/bin/env bash
# End-to-end test of the Sessions screen: on a COPY of data/, at 80×24,
# logs a session through the form (Tab between fields, an inline problem
# first, then fixed), sees it in the pair's timeline, saves with `w`, filters
# to a city picked by search (`C`), deletes and undoes, quits, and finds the
# session in `peermatch sessions list --format json`.
#
#   Tests/e2e/sessions.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
copy_data

# "Today" falls within the pairing of the first listed session (buenos-aires–
# mexico-city, 2024-09-01..2025-08-31): a session outside its pairing is refused.
start_shell sessions 80 24 PEERMATCH_TODAY=2025-06-01 || { fail "no shell prompt"; exit 1; }
keys -l "'$BIN' --data '$DATA'; echo rc-\$?"; keys Enter
check "the app opens" wait_for "sort:name"
keys 4
check "the Sessions screen lists the log" wait_for "[sessions] / to search"
keys a
check "the log form opens with today's date" wait_for "date         2025-06-01"
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
# The city filter: any city, picked by incremental search.
keys C
check "C opens the city picker" wait_for "Sessions of which city?"
keys -l jak
check "typing narrows the cities" wait_for "search: jak"
keys Enter
check "the picked city filters the list, shown in the bar" wait_for "city:jakarta"
check "only its two sessions are listed" wait_for "2 of 12"
keys C
check "C again shows every city" wait_for "no filters"
# Delete and undo: each lands at once, the counts follow.
keys d
check "delete asks first" wait_for "Delete session"
keys y
check "the deleted session is gone from the list" wait_for "11 of 11"
keys u
check "undo puts it back" wait_for "12 of 12"
keys q
check "the app ends cleanly" wait_for "rc-0"

json=$("$BIN" sessions list --format json --data "$DATA" 2>&1)
check "sessions list --format json shows the new session" grep -qF '"outcome": "Tidal gauges shared in e2e"' <<<"$json"
check "it is dated today" grep -qF '"date": "2025-06-01"' <<<"$json"

finish
