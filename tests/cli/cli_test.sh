#!/usr/bin/env bash
# The tremplin binary from the outside: every subcommand, its exit codes, and a server
# that starts, answers, refuses what no form needs, sends the outbox's e-mails to a mail server
# and stops on SIGTERM.
set -euo pipefail
tremplin=$1
work=$(mktemp -d)
server=""
sink=""
cleanup() {
  [[ -n $server ]] && kill -TERM "$server" 2>/dev/null || true
  [[ -n $sink ]] && kill "$sink" 2>/dev/null || true
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
"$tremplin" serve --help | grep -q -- "--plain-http" || fail "serve --help has no --plain-http"
"$tremplin" migrate --db "$db" >/dev/null

"$tremplin" user add nadia --role coordinator --name "Nadia Benali" --password "a long passphrase" --db "$db" | grep -q "added nadia"
expect_exit 1 "$tremplin" user add nadia --role trainer --password "a long passphrase" --db "$db"
grep -q "taken" "$work/out" || fail "a taken username is not explained"
expect_exit 2 "$tremplin" user add someone --role king --password "a long passphrase" --db "$db"
expect_exit 1 "$tremplin" user add shorty --role trainer --password "short" --db "$db"
echo "a passphrase from stdin" | "$tremplin" user add amina --role trainer --db "$db" >/dev/null

token=$("$tremplin" token create --user nadia --label tests --db "$db" | tail -n 1)
[[ $token =~ ^[A-Za-z0-9_-]{43}$ ]] || fail "the token is not alone on the last line: $token"
"$tremplin" token list --user nadia --db "$db" >"$work/out"
grep -q $'\tnadia\ttests\tread\t' "$work/out" || fail "the token is not listed, read-only by default: $(cat "$work/out")"
grep -q -- "$token" "$work/out" && fail "the list shows the token itself"
reference=$(awk 'NR == 2 {print $1}' "$work/out")
"$tremplin" token revoke "$reference" --db "$db" >/dev/null || fail "the token was not revoked"
expect_exit 1 "$tremplin" token revoke "$reference" --db "$db"
expect_exit 1 "$tremplin" token create --user nadia --days 400 --db "$db"
grep -q "365" "$work/out" || fail "a token's longest life is not explained"
"$tremplin" user passwd nadia --password "another long passphrase" --db "$db" >/dev/null
"$tremplin" user disable nadia --db "$db" >/dev/null
expect_exit 1 "$tremplin" token create --user nadia --db "$db"
expect_exit 1 "$tremplin" user passwd nobody --password "another long passphrase" --db "$db"
expect_exit 1 "$tremplin" migrate --db "mysql://nowhere"
grep -q "sqlite:PATH or postgresql" "$work/out" || fail "a wrong --db is not explained"

demo="sqlite:$work/demo.db"
"$tremplin" demo --db "$demo" --password "demo password" --participants 20 | grep -q "20 participants" || fail "demo"
expect_exit 1 "$tremplin" demo --db "$demo" --password "demo password" --participants 1
# Its recruitment and training agree: each closed intake drawn, decided, written to, enrolled.
python3 "$(dirname "$0")/demo_outcomes.py" "$work/demo.db" >/dev/null || fail "the demo's outcomes disagree"

# The audit trail's chain holds; a row changed behind the trigger's back is named.
"$tremplin" audit verify --db "$demo" | grep -q "audit trail intact" || fail "audit verify on the demo"
python3 -c "import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('DROP TRIGGER audit_events_refuse_update')
db.execute('UPDATE audit_events SET detail = \\'changed\\' WHERE id = 3')
db.commit()" "$work/demo.db"
expect_exit 1 "$tremplin" audit verify --db "$demo"
grep -q "broken at row 3" "$work/out" || fail "audit verify does not name the changed row"

# Starts serve on the demo on a free port (0) with the options given, logging to $1; sets $server
# and $port, read from the log.
serve_on_a_free_port() {
  local log=$1
  shift
  "$tremplin" serve --db "$demo" --listen 127.0.0.1:0 "$@" >"$log" 2>&1 &
  server=$!
  port=""
  for _ in $(seq 1 100); do
    port=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -n 1 | cut -d: -f3 || true)
    [[ -n $port ]] && break
    sleep 0.1
  done
  [[ -n $port ]] || { cat "$log" >&2; fail "the server did not say where it listens"; }
}

# Stops the server with SIGTERM: it exits with 0 and says in its log ($1) that it stopped.
stop_serving() {
  kill -TERM "$server"
  local code=0
  wait "$server" || code=$?
  server=""
  [[ $code -eq 0 ]] || fail "serve exited with $code after SIGTERM"
  grep -q "stopped" "$1" || fail "serve did not say it stopped"
}

# serve on a free port (0), read the port from its log, ask /healthz, stop it with SIGTERM
serve_on_a_free_port "$work/serve.log"
curl -sf "http://127.0.0.1:$port/healthz" | grep -q '"status":"ok"' || fail "/healthz"
# Served behind HTTPS by default: Secure cookies with __Host- names, and HSTS.
curl -s -o /dev/null -D "$work/headers" "http://127.0.0.1:$port/login"
grep -qi '^Set-Cookie: __Host-tremplin_csrf=[^;]*;.* Secure' "$work/headers" || fail "the cookie is not Secure by default: $(cat "$work/headers")"
grep -qi '^Strict-Transport-Security: max-age=' "$work/headers" || fail "no HSTS by default"
grep -q "plain-http" "$work/serve.log" && fail "a warning about plain HTTP nobody asked for"
stop_serving "$work/serve.log"

# What no public form needs is refused (100,000 fields, 9 MB, no CSRF cookie, one connection
# too many), and the server answers the next request as before.
serve_on_a_free_port "$work/serve-limits.log" --max-connections-per-client 4
python3 "$(dirname "$0")/request_limits.py" "$port" 4 || { tail -n 20 "$work/serve-limits.log" >&2; fail "request limits"; }
stop_serving "$work/serve-limits.log"

# With a mail server, the outbox's e-mails leave as soon as the server starts: the demo's
# letters waiting with an e-mail address reach a small mail server, and are marked sent.
mkdir -p "$work/mail"
python3 "$(dirname "$0")/smtp_sink.py" "$work/mail" >"$work/smtp.port" &
sink=$!
for _ in $(seq 1 50); do [[ -s $work/smtp.port ]] && break; sleep 0.1; done
smtp_port=$(head -n 1 "$work/smtp.port")
waiting_email() {
  python3 -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    \"SELECT COUNT(*) FROM letters WHERE sent_at IS NULL AND email <> ''\").fetchone()[0])" "$work/demo.db"
}
before=$(waiting_email)
[[ $before -gt 0 ]] || fail "the demo has no e-mail waiting in the outbox"
"$tremplin" serve --db "$demo" --listen 127.0.0.1:0 --plain-http --smtp "127.0.0.1:$smtp_port" \
  --mail-from "centre@example.org" >"$work/serve-mail.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
  [[ $(find "$work/mail" -name '*.eml' | wc -l) -ge $before ]] && break
  sleep 0.1
done
sent=$(find "$work/mail" -name '*.eml' | wc -l)
kill -TERM "$server"; wait "$server" || true; server=""
kill "$sink" 2>/dev/null || true; sink=""
[[ $sent -eq $before ]] || { cat "$work/serve-mail.log" >&2; fail "$sent e-mails of $before reached the mail server"; }
grep -q "^From: .*centre@example.org" "$work"/mail/*.eml || fail "the e-mails are not from --mail-from"
grep -qi "^Content-Transfer-Encoding: base64" "$work"/mail/*.eml || fail "the e-mails are not base64"
[[ $(waiting_email) -eq 0 ]] || fail "e-mails sent are still waiting in the outbox"
grep -q "warn.*--plain-http: cookies go without Secure" "$work/serve-mail.log" || fail "plain HTTP is not warned about"
grep -o 'http://[^ ]*' "$work/serve-mail.log" | head -n 1 | grep -q ':[0-9][0-9]*$' ||
  fail "the first address in the log is not the one listened on: scripts read its port"
echo "cli: all checks passed"
