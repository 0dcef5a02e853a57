#!/usr/bin/env bash
# One search rule, one score format, one count format and one city page for
# the CLI and the app (issue 14, point 6).
source "$(dirname "$0")/lib.sh"
export PEERMATCH_DATA="$ROOT/data"
ids() { "$BIN" cities list --format csv "$@" | tail -n +2 | cut -d, -f1 | tr '\n' ' '; }
check "प finds Pune: $(ids --search प)" [ "$(ids --search प)" == "pune " ]
check "danang finds Đà Nẵng: $(ids --search danang)" [ "$(ids --search danang)" == "da-nang " ]
check "'da nang' finds Đà Nẵng" [ "$(ids --search 'da nang')" == "da-nang " ]
finish
