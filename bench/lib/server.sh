# Starting and stopping a Tremplin server for a benchmark, sourced by bench/*.sh (and by
# tests/security/sqlmap.sh).
#
#   serve_in_background BINARY LOG serve-options…   # sets $server (its PID) and $port
#   stop_server                                     # stops it, if one runs

server=""
port=""

serve_in_background() {
  local binary=$1 log=$2
  shift 2
  # Over plain HTTP, so that curl keeps the cookies; a build older than the flag served so anyway.
  local plain=()
  "$binary" serve --help | grep -q -- --plain-http && plain=(--plain-http)
  "$binary" serve --listen 127.0.0.1:0 "${plain[@]}" "$@" >"$log" 2>&1 &
  server=$!
  port=""
  for _ in $(seq 1 1000); do
    port=$(grep -ao 'http://127.0.0.1:[0-9]*' "$log" | head -n 1 | cut -d: -f3 || true)
    [[ -n $port ]] && break
    sleep 0.01
  done
  [[ -n $port ]] || { echo "the server did not start:" >&2; cat "$log" >&2; exit 1; }
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.01; done
}

stop_server() {
  [[ -n $server ]] || return 0
  kill -TERM "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
}
