#!/usr/bin/env bash
# Memory of one server while a public form is flooded (docs/design.md "Request limits"): wrk
# sends POSTs to /info/1 from many connections at once, half of them of 9 MB (2.4 million
# fields), half of 64 KB (16,000 fields), for a while; the server's resident memory is sampled
# every 100 ms, and a health check from another address (127.0.0.2) is timed during the flood.
# Each binary given is measured in turn, on a copy of the same empty centre. Prints a Markdown
# table for docs/BENCHMARKS.md.
#
#   bench/flood.sh                                   # build/tremplin
#   bench/flood.sh OLD_TREMPLIN build/tremplin       # an older build first, in the same run
#   DURATION=10s CONNECTIONS=128 PER_CLIENT=0 bench/flood.sh
#
# wrk sends from one address, where an attack would come from many: a server that caps the
# connections of one client is run with PER_CLIENT as that cap (default 0, none), so that what
# holds is the cap on all connections, as it would against many addresses.
#
# A server that holds everything it is sent could take the machine's memory: each one runs with
# its address space capped (MEMORY_CAP, 6 GiB), and one that reaches the cap shows it.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
connections=${CONNECTIONS:-128} # for each of the two bodies
per_client=${PER_CLIENT:-0}
memory_cap=${MEMORY_CAP:-$((6 * 1024 * 1024 * 1024))}
binaries=("$@")
((${#binaries[@]})) || binaries=(build/tremplin)
work=$(mktemp -d /tmp/tremplin-flood.XXXXXX)
source bench/lib/server.sh
sampler=""
trap 'stop_server; [[ -n $sampler ]] && kill "$sampler" 2>/dev/null; rm -rf "$work"' EXIT

"${binaries[-1]}" migrate --db "sqlite:$work/centre.db" >/dev/null

kib() { awk -v field="$1:" '$1 == field {print $2}' "/proc/$server/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k / 1024}'; }

echo "| binary | RSS before | peak RSS during | VmHWM at the end | /healthz during (median of 20) | requests answered |"
echo "|---|---:|---:|---:|---:|---:|"
for binary in "${binaries[@]}"; do
  cp "$work/centre.db" "$work/run.db"
  caps=()
  if "$binary" serve --help | grep -q -- --max-connections-per-client; then
    caps=(--max-connections-per-client "$per_client")
  fi
  serve_in_background "$binary" "$work/serve.log" --db "sqlite:$work/run.db" --threads 4 "${caps[@]}"
  prlimit --pid "$server" --as="$memory_cap:$memory_cap"
  # Warm: the pages and the database are read once, as they would be before any flood.
  for path in /healthz /info /apply /login; do curl -s -o /dev/null "http://127.0.0.1:$port$path"; done
  before=$(kib VmRSS)
  # From here on VmHWM is the flood's: start-up (migrations, templates, ICU) peaks higher.
  echo 5 >"/proc/$server/clear_refs"

  (while kill -0 "$server" 2>/dev/null; do echo "$(kib VmRSS) $(kib VmHWM)"; sleep 0.1; done) >"$work/rss" 2>/dev/null &
  sampler=$!
  FLOOD_FIELDS=2400000 wrk -t1 -c"$connections" -d"$duration" -s bench/flood.lua "http://127.0.0.1:$port" \
    >"$work/large.txt" 2>&1 &
  large=$!
  FLOOD_FIELDS=16000 wrk -t1 -c"$connections" -d"$duration" -s bench/flood.lua "http://127.0.0.1:$port" \
    >"$work/fields.txt" 2>&1 &
  fields=$!
  sleep 2
  health=()
  for _ in $(seq 1 20); do
    health+=("$(curl -s -o /dev/null -m 10 --interface 127.0.0.2 -w '%{http_code} %{time_total}' \
      "http://127.0.0.1:$port/healthz" || true)")
    sleep 0.2
  done
  wait "$large" "$fields" || true
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=""

  peak=$(awk 'NF == 2 && $1 > peak {peak = $1} END {print peak + 0}' "$work/rss")
  hwm=$(awk 'NF == 2 {hwm = $2} END {print hwm + 0}' "$work/rss")
  alive="" && kill -0 "$server" 2>/dev/null || alive=" (the server died)"
  healthy=$(printf '%s\n' "${health[@]}" | awk '$1 == 200' | wc -l)
  median=$(printf '%s\n' "${health[@]}" | awk '$1 == 200 {print $2}' | sort -n |
    awk '{v[NR] = $1} END {if (NR) printf "%.1f ms", v[int((NR + 1) / 2)] * 1000; else print "none"}')
  answered=$(cat "$work/large.txt" "$work/fields.txt" | awk '/requests in/ {sum += $1} END {print sum + 0}')
  echo "| $binary$alive | $(mib "$before") MiB | $(mib "$peak") MiB | $(mib "$hwm") MiB | $median ($healthy/20 answered) | $answered |"
  stop_server
done
