#!/usr/bin/env bash
# HTTP throughput and latency of Tremplin on a centre of 100,000 participants (SQLite), with
# wrk on loopback, in one run: /healthz, the participant list page (50 rows, signed in) and
# the search API. Prints a Markdown table for docs/BENCHMARKS.md.
#
#   bench/http.sh                      # 100,000 participants, 64 connections, 10 s each
#   PARTICIPANTS=20000 DURATION=5s bench/http.sh
#   SERVE_OPTIONS="--cached-results 0" bench/http.sh   # every list page rendered anew
#   BENCH_DB=postgresql://postgres@127.0.0.1:5432/bench bench/http.sh   # on PostgreSQL (an empty database)
#
# Needs build/tremplin (scripts/build), wrk and curl (scripts/setup installs them).
set -euo pipefail
cd "$(dirname "$0")/.."

participants=${PARTICIPANTS:-100000}
connections=${CONNECTIONS:-64}
duration=${DURATION:-10s}
server_threads=${SERVER_THREADS:-4}
serve_options=${SERVE_OPTIONS:-}
wrk_threads=${WRK_THREADS:-2}
password=${BENCH_PASSWORD:-"bench password"}
tremplin=build/tremplin
work=${BENCH_DIR:-$(mktemp -d /tmp/tremplin-bench.XXXXXX)}
db=${BENCH_DB:-"sqlite:$work/bench.db"}
source bench/lib/server.sh
trap stop_server EXIT

# The demo centre is made once: `demo` refuses a database that already holds one.
if [[ ! -f $work/demo-made ]]; then
  echo "creating a centre of $participants participants in $db…" >&2
  start=$(date +%s%N)
  "$tremplin" demo --db "$db" --password "$password" --participants "$participants" >/dev/null
  echo "  done in $((($(date +%s%N) - start) / 1000000)) ms" >&2
  touch "$work/demo-made"
fi

start=$(date +%s%N)
# shellcheck disable=SC2086 # the options are words
serve_in_background "$tremplin" "$work/serve.log" --db "$db" --threads "$server_threads" $serve_options
startup_ms=$((($(date +%s%N) - start) / 1000000))
rss_at_start=$(awk '/VmRSS/ {print $2}' /proc/$server/status)

# Sign in as the coordinator, as a browser does: the sign-in form's CSRF cookie, then the form.
jar="$work/cookies"
curl -s -c "$jar" "http://127.0.0.1:$port/login" >/dev/null
csrf=$(awk '$6 == "tremplin_csrf" {print $7}' "$jar")
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$csrf" --data-urlencode "username=coordinator" \
  --data-urlencode "password=$password" "http://127.0.0.1:$port/login"
session=$(awk '$6 == "tremplin_session" {print $7}' "$jar")
token=$("$tremplin" token create --db "$db" --user coordinator --label bench | tail -n 1)
rows=$(curl -s -b "tremplin_session=$session" "http://127.0.0.1:$port/participants" | grep -c '<tr><td><a href="/participants/' || true)
[[ $rows -eq 50 ]] || { echo "the list page shows $rows rows, not 50: is the session valid?" >&2; exit 1; }

measure() { # measure NAME wrk-arguments…
  local name=$1; shift
  local output
  output=$(wrk -t"$wrk_threads" -c"$connections" -d"$duration" --latency "$@")
  local rate p50 p99 errors
  rate=$(echo "$output" | awk '/Requests\/sec/ {printf "%d", $2}')
  p50=$(echo "$output" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$output" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$output" | awk '/Non-2xx/ {print $5}')
  echo "| $name | $rate | $p50 | $p99 | ${errors:-0} |"
  echo "$rate" >"$work/rate.$name"
}

echo
echo "$participants participants, $connections connections, $duration per endpoint, server threads $server_threads, wrk threads $wrk_threads ${serve_options}"
echo
echo "| endpoint | requests/s | p50 | p99 | non-2xx |"
echo "|---|---:|---:|---:|---:|"
measure healthz "http://127.0.0.1:$port/healthz"
measure list -H "Cookie: tremplin_session=$session" "http://127.0.0.1:$port/participants"
measure search -H "Authorization: Bearer $token" -s bench/search.lua "http://127.0.0.1:$port"
echo
rss_after=$(awk '/VmRSS/ {print $2}' /proc/$server/status)
echo "list page / healthz: $(awk -v list="$(cat "$work/rate.list")" -v health="$(cat "$work/rate.healthz")" 'BEGIN {printf "%.2f", list / health}')"
echo "start-up (exec to first /healthz answer): ${startup_ms} ms"
echo "memory (RSS): $((rss_at_start / 1024)) MiB at start, $((rss_after / 1024)) MiB after the runs"
if [[ $db == sqlite:* ]]; then
  echo "database: $(du -h "$work/bench.db" | cut -f1) (kept in $work; BENCH_DIR=$work reuses it)"
else
  echo "database: $db (BENCH_DIR=$work reuses it)"
fi
