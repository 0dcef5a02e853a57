# Shared helpers for the shell tests: counters, assertions, fixtures.
# Each test script sources this, calls `check`/`fail`, and ends with `finish`.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${PEERMATCH_BIN:-$ROOT/.build/debug/peermatch}
GEN=${GEN_ROSTER:-$ROOT/../shared/bench/gen_roster.py}
NAME=$(basename "$0" .sh)
WORK=$(mktemp -d "/tmp/pm-$NAME-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL [$NAME]: $*" >&2; }
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() { local d=$1; shift; if "$@"; then ok; else fail "$d"; fi; }
# one_of VALUE A B...: VALUE equals one of the rest.
one_of() { local v=$1; shift; for x in "$@"; do [ "$v" == "$x" ] && return 0; done; return 1; }
finish() { echo "$NAME: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; }

need_generator() {
  if [ ! -f "$GEN" ]; then
    echo "$NAME: skipped: $GEN not found (it lives in shared/bench beside the repo)"
    exit 0
  fi
}

# hash of the data files of a folder (the lock file and nothing else excluded)
folder_hash() { (cd "$1" && cat forum.json cities.json pairings.json sessions.json | sha256sum | cut -d' ' -f1); }
# every file in a folder, bytes included, except the lock file
folder_snapshot() { (cd "$1" && find . -type f ! -name .lock -print0 | sort -z | xargs -0 sha256sum); }
