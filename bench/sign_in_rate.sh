#!/usr/bin/env bash
# How many sign-ins a server takes per second, with two builds side by side in one run: each on
# a small demo centre of its own, taking turns so that both meet the same noise. One sign-in is
# the sign-in page (its CSRF cookie) and the form posted with the right password, one after the
# other from one client; argon2id (64 MiB) is most of it. Compare the ratio, not the figures.
#
#   bench/sign_in_rate.sh OLD_TREMPLIN [NEW_TREMPLIN]     # NEW defaults to build/tremplin
#   TURNS=3 SIGN_INS=20 bench/sign_in_rate.sh ../before/build/tremplin
set -euo pipefail
cd "$(dirname "$0")/.."

old=$(realpath "${1:?the tremplin binary to compare with}")
new=$(realpath "${2:-build/tremplin}")
turns=${TURNS:-3}
sign_ins=${SIGN_INS:-20}
password="bench password"
work=$(mktemp -d /tmp/tremplin-sign-in.XXXXXX)
source bench/lib/server.sh
trap 'stop_server; rm -rf "$work"' EXIT

for side in old new; do
  echo "creating the $side demo centre…" >&2
  "${!side}" demo --db "sqlite:$work/$side.db" --password "$password" --participants 20 \
    --applications-per-year 0 --informed-per-year 0 >/dev/null
done

sign_ins_per_second() { # after serve_in_background
  local started ended jar="$work/cookies"
  started=$(date +%s.%N)
  for _ in $(seq 1 "$sign_ins"); do
    rm -f "$jar"
    curl -s -c "$jar" "http://127.0.0.1:$port/login" >/dev/null
    local csrf
    csrf=$(awk '$6 ~ /tremplin_csrf$/ {print $7}' "$jar")
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "csrf_token=$csrf" \
      --data-urlencode "username=coordinator" --data-urlencode "password=$password" \
      "http://127.0.0.1:$port/login")
    [[ $status == 303 ]] || { echo "a sign-in answered $status" >&2; exit 1; }
  done
  ended=$(date +%s.%N)
  echo "$sign_ins $started $ended" | awk '{printf "%.2f", $1 / ($3 - $2)}'
}

declare -A rates
for turn in $(seq 1 "$turns"); do
  for side in old new; do
    serve_in_background "${!side}" "$work/serve.log" --db "sqlite:$work/$side.db" --threads 2
    rates[$side]+="$(sign_ins_per_second) "
    stop_server
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
old_median=$(echo "${rates[old]}" | median)
new_median=$(echo "${rates[new]}" | median)
echo "| what | before | after | after / before |"
echo "|---|---:|---:|---:|"
echo "$old_median $new_median ${rates[old]}${rates[new]}" | awk -v turns="$turns" '{
  printf "| sign-ins per second, one client (turns: %s) | %s | %s | %.2f |\n", turns, $1, $2, $2 / $1 }'
echo "old: ${rates[old]}" >&2
echo "new: ${rates[new]}" >&2
