#!/usr/bin/env bash
# The tremplin binary from the outside: every subcommand, its exit codes, and a server
# that starts, answers and stops on SIGTERM.
set -euo pipefail
tremplin=$1
work=$(mktemp -d)
server=""
cleanup() {
  [[ -n $server ]] && kill -TERM "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect_exit() { # expect_exit CODE command...
  local wanted=$1; shift
  local code=0
  "$@" >"$work/out" 2>&1 || code=$?
  [[ $code -eq $wanted ]] || { cat "$work/out" >&2; fail "exit $code (wanted $wanted): $*"; }
}

db="sqlite:$work/cli.db"
"$tremplin" --help | grep -q "serve" || fail "--help lists no serve"
"$tremplin" serve --help | grep -q -- "--listen" || fail "serve --help has no --listen"
"$tremplin" migrate --db "$db" >/dev/null

"$tremplin" user add nadia --role coordinator --name "Nadia Benali" --password "a long passphrase" --db "$db" | grep -q "added nadia"
expect_exit 1 "$tremplin" user add nadia --role trainer --password "a long passphrase" --db "$db"
grep -q "taken" "$work/out" || fail "a taken username is not explained"
expect_exit 2 "$tremplin" user add someone --role king --password "a long passphrase" --db "$db"
expect_exit 1 "$tremplin" user add shorty --role trainer --password "short" --db "$db"
echo "a passphrase from stdin" | "$tremplin" user add amina --role trainer --db "$db" >/dev/null

token=$("$tremplin" token create --user nadia --label tests --db "$db" | tail -n 1)
[[ $token =~ ^[A-Za-z0-9_-]{43}$ ]] || fail "the token is not alone on the last line: $token"
"$tremplin" user passwd nadia --password "another long passphrase" --db "$db" >/dev/null
"$tremplin" user disable nadia --db "$db" >/dev/null
expect_exit 1 "$tremplin" token create --user nadia --db "$db"
expect_exit 1 "$tremplin" user passwd nobody --password "another long passphrase" --db "$db"
expect_exit 1 "$tremplin" migrate --db "mysql://nowhere"
grep -q "sqlite:PATH or postgresql" "$work/out" || fail "a wrong --db is not explained"

demo="sqlite:$work/demo.db"
"$tremplin" demo --db "$demo" --password "demo password" --participants 20 | grep -q "20 participants" || fail "demo"
expect_exit 1 "$tremplin" demo --db "$demo" --password "demo password" --participants 1

# serve on a free port (0), read the port from its log, ask /healthz, stop it with SIGTERM
"$tremplin" serve --db "$demo" --listen 127.0.0.1:0 >"$work/serve.log" 2>&1 &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" | head -n 1 | cut -d: -f3 || true)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { cat "$work/serve.log" >&2; fail "the server did not say where it listens"; }
curl -sf "http://127.0.0.1:$port/healthz" | grep -q '"status":"ok"' || fail "/healthz"
kill -TERM "$server"
code=0
wait "$server" || code=$?
server=""
[[ $code -eq 0 ]] || fail "serve exited with $code after SIGTERM"
grep -q "stopped" "$work/serve.log" || fail "serve did not say it stopped"
echo "cli: all checks passed"
