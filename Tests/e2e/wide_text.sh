#!/usr/bin/env bash
# Emoji joined into one picture (👩‍👩‍👧, 🇧🇷, 1️⃣, 👍🏽, ❤️) must not shift the rest of
# a row in a real terminal: the real binary in tmux, on a copy of data/ with
# a city named with such sequences. The row's next column starts where it
# does on every other row, also after the selection moves over it and back,
# and in the City view.
#
#   Tests/e2e/wide_text.sh [path/to/peermatch]     (default .build/debug/peermatch)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$@"
SESSION=wide

copy_data
python3 - "$WORK/data/cities.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
c = dict(d["cities"][0])  # Accra, copied under a new id and name
c.update(id="aaa-family", name="Aaa 👩‍👩‍👧 🇧🇷 1️⃣ 👍🏽 ❤️ Town")
d["cities"].insert(0, c)
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

# cell_of WORD ROWTEXT: the cell (0-based) where WORD starts on the first
# row containing ROWTEXT, as tmux itself places it: copy mode steps word by
# word and reports its cursor, so this is the terminal's count, not ours.
cell_of() {
  local y at word
  y=$(screen | grep -nF -- "$2" | head -1 | cut -d: -f1)
  [ -n "$y" ] || { echo "no row with $2"; return; }
  y=$((y - 1))
  t copy-mode -t wide
  t send-keys -t wide -X top-line
  for _ in $(seq "$y"); do t send-keys -t wide -X cursor-down; done
  t send-keys -t wide -X start-of-line
  # On a separator tmux reports the word after it, so the last step that
  # reports WORD is where it starts.
  local found=""
  for _ in $(seq 40); do
    at=$(t display -p -t wide '#{copy_cursor_y} #{copy_cursor_x} #{copy_cursor_word}')
    read -r cy cx word <<<"$at"
    [ "$cy" == "$y" ] || break
    if [ "$word" == "$1" ]; then found=$cx; elif [ -n "$found" ]; then break; fi
    t send-keys -t wide -X next-word
  done
  t send-keys -t wide -X cancel
  echo "${found:-no word $1 on row $y}"
}
row() { screen | grep -F -- "$1" | head -1; }
# Scalars terminals count differently must never reach the terminal.
undisputed() { ! grep -qP '\x{200D}|\x{FE0F}|\x{20E3}|[\x{1F3FB}-\x{1F3FF}]' <<<"$1"; }

t new-session -d -s wide -x 120 -y 30 "env LANG=C.UTF-8 TERM=screen '$BIN' --data '$WORK/data'"
wait_for "sort:name" || exit 1
family=$(row "Aaa ")
check "the family row is drawn: $family" [ -n "$family" ]
check "no disputed emoji sequence reaches the terminal: $family" undisputed "$family"
at_family=$(cell_of GH "Aaa "); at_accra=$(cell_of GH "Accra ")
check "cc column in place on the family row: $at_family vs $at_accra" [ "$at_family" == "$at_accra" ]
at_family=$(cell_of peer "Aaa "); at_accra=$(cell_of peer "Accra ")
check "role column in place on the family row: $at_family vs $at_accra" [ "$at_family" == "$at_accra" ]
before=$family
t send-keys -t wide j; sleep 0.3; t send-keys -t wide k; sleep 0.3
check "the row is the same after the selection moved over it and back: $(row "Aaa ")" [ "$(row "Aaa ")" == "$before" ]
check "cc column still in place after the repaint" [ "$(cell_of GH "Aaa ")" == "$(cell_of GH "Accra ")" ]
t send-keys -t wide Enter
waited=0
until screen | grep -qx " City"; do
  sleep 0.1; waited=$((waited + 1))
  [ $waited -lt 100 ] || { fail "the City view did not open"; break; }
done
# The id follows the name (21 cells as drawn: 👩 🇧🇷 1 👍 ❤), two spaces and "(".
name_at=$(cell_of Aaa "(aaa-family)"); id_at=$(cell_of aaa "(aaa-family)")
check "City view title in place: name at $name_at, id at $id_at" [ "$id_at" == "$((${name_at//[^0-9]/} + 24))" ]
t send-keys -t wide q
sleep 0.3
finish
