#!/usr/bin/env bash
# Two builds of Tremplin side by side, on copies of one demo centre, in one run: the
# participant list page (rendered anew), a woman's record page and an admission draw. The two
# servers take turns, several times, so that both meet the same noise on a shared machine;
# compare the ratio of the two, not the absolute figures. Prints a Markdown table.
#
#   bench/before_after.sh OLD_TREMPLIN [NEW_TREMPLIN]        # NEW defaults to build/tremplin
#   TURNS=5 DURATION=5s DRAWS=20 bench/before_after.sh ../before/build/tremplin
#
# Build the old one from an earlier commit in a worktree of its own, e.g.
#   git worktree add ../before COMMIT && (cd ../before && scripts/build)
# Both must read the same schema: the demo is made by the new one, and its database copied.
set -euo pipefail
cd "$(dirname "$0")/.."

old=$(realpath "${1:?the tremplin binary to compare with}")
new=$(realpath "${2:-build/tremplin}")
turns=${TURNS:-3}
duration=${DURATION:-5s}
draws=${DRAWS:-15}
password="bench password"
work=$(mktemp -d /tmp/tremplin-before-after.XXXXXX)
source bench/lib/server.sh
trap 'stop_server; rm -rf "$work"' EXIT

echo "creating the demo centre…" >&2
"$new" demo --db "sqlite:$work/centre.db" --password "$password" >/dev/null

start_server() { # start_server BINARY DATABASE: sets server, port, session, csrf
  serve_in_background "$1" "$work/serve.log" --db "sqlite:$2" --threads 2 --cached-results 0
  local jar="$work/cookies"
  rm -f "$jar"
  curl -s -c "$jar" "http://127.0.0.1:$port/login" >/dev/null
  csrf=$(awk '$6 == "tremplin_csrf" {print $7}' "$jar")
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$csrf" \
    --data-urlencode "username=coordinator" --data-urlencode "password=$password" "http://127.0.0.1:$port/login"
  session=$(awk '$6 == "tremplin_session" {print $7}' "$jar")
  # Signed in, the forms carry the session's own token.
  csrf=$(curl -s -b "tremplin_session=$session" "http://127.0.0.1:$port/participants/new" |
    grep -o 'name="csrf_token" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
}

requests_per_second() { # requests_per_second URL
  wrk -t1 -c4 -d"$duration" -H "Cookie: tremplin_session=$session" "$1" | awk '/Requests\/sec/ {printf "%d", $2}'
}

median_draw_ms() { # median_draw_ms INTAKE
  local times=()
  for seed in $(seq 1 "$draws"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "tremplin_session=$session" \
      --data-urlencode "csrf_token=$csrf" --data-urlencode "lottery=single" --data-urlencode "seed=$seed" \
      "http://127.0.0.1:$port/intakes/$1/admission")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{v[NR] = $1} END {printf "%.1f", v[int((NR + 1) / 2)] * 1000}'
}

declare -A results
for turn in $(seq 1 "$turns"); do
  for side in old new; do
    cp "$work/centre.db" "$work/$side.db"
    binary=$old
    [[ $side == new ]] && binary=$new
    start_server "$binary" "$work/$side.db"
    list=$(curl -s -b "tremplin_session=$session" "http://127.0.0.1:$port/participants?page=2")
    record=$(echo "$list" | grep -o 'href="/participants/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
    intake=$(curl -s -b "tremplin_session=$session" "http://127.0.0.1:$port/intakes" |
      grep -o '/intakes/[0-9]*/admission' | grep -o '[0-9]*' | sort -n | tail -n 1)
    [[ -n $record && -n $intake ]] || { echo "no record or intake found on the $side server" >&2; exit 1; }
    results[$side,list]+=" $(requests_per_second "http://127.0.0.1:$port/participants?page=2")"
    results[$side,record]+=" $(requests_per_second "http://127.0.0.1:$port/participants/$record")"
    results[$side,draw]+=" $(median_draw_ms "$intake")"
    stop_server
    echo "turn $turn, $side: done" >&2
  done
done

median() { printf '%s\n' $1 | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
echo
echo "$turns turns of each, $duration per page (1 wrk thread, 4 connections), median of $draws draws"
echo
echo "| what | before | after | after / before |"
echo "|---|---:|---:|---:|"
for what in list record; do
  before=$(median "${results[old,$what]}")
  after=$(median "${results[new,$what]}")
  echo "| $what page, requests/s (${results[old,$what]# } → ${results[new,$what]# }) | $before | $after | $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.2f", a / b}') |"
done
before=$(median "${results[old,draw]}")
after=$(median "${results[new,draw]}")
echo "| admission draw, ms (${results[old,draw]# } → ${results[new,draw]# }) | $before | $after | $(awk -v a="$after" -v b="$before" 'BEGIN {printf "%.2f", a / b}') |"
