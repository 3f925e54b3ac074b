#!/usr/bin/env bash
# sqlmap against everything a stranger or a token can send to SQL: the public forms (/apply and
# its questions, /info/{id}, an enterprise's answer through its link), the participant search of
# a signed-in coordinator, and the JSON API (its query, its path and its POST and PATCH
# documents). On a demo centre over SQLite, and over PostgreSQL too when TREMPLIN_TEST_PG names a
# server (scripts/lib/postgres.sh).
#
#   tests/security/sqlmap.sh build/tremplin
#
# Fails when sqlmap finds any parameter injectable (or a page showing a database error), when a
# run does not finish in its time, when a parameter was not tested to the end (so that a target
# gone wrong cannot pass unseen), or when the server answered 500 or died. sqlmap's files stay in
# a temporary folder, removed at the end unless SQLMAP_KEEP=1. SQLMAP_LEVEL, SQLMAP_RISK and
# SQLMAP_SECONDS change the depth and the time each run is given. docs/design.md "Security tests"
set -euo pipefail
tremplin=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=bench/lib/server.sh
source "$here/../../bench/lib/server.sh" # serve_in_background, stop_server: $server, $port
work=$(mktemp -d /tmp/tremplin-sqlmap.XXXXXX)
pg_database=""
cleanup() {
  stop_server
  [[ -n $pg_database ]] && psql -q "$TREMPLIN_TEST_PG" -c "DROP DATABASE IF EXISTS $pg_database WITH (FORCE)" >/dev/null 2>&1
  if [[ -n ${SQLMAP_KEEP:-} ]]; then echo "sqlmap: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v sqlmap >/dev/null || fail "sqlmap is not installed (scripts/setup installs it)"

password="sqlmap demo password"
level=${SQLMAP_LEVEL:-3}
risk=${SQLMAP_RISK:-2}
seconds=${SQLMAP_SECONDS:-120}
failures=0
tested=0

# Boolean-based blind, error-based, UNION and inline queries: each answers by what a page says.
# Time-based and stacked queries are left out: they judge by how long a page takes, which a
# shared machine cannot promise.
techniques=BEUQ

# The public forms take 20 submissions an hour from one address (service/public_desk.hpp): past
# them, every answer would be 429 before any SQL runs. The server trusts 127.0.0.1 as a proxy and
# each request names an address of its own in X-Forwarded-For ("_locals" is sqlmap's way for
# code given with --eval to change a request's headers).
fresh_address="import random; _locals['auxHeaders']['X-Forwarded-For'] = '10.%d.%d.%d' % (random.randrange(256), random.randrange(256), random.randrange(256))"

# attack BACKEND NAME PARAMETERS -- SQLMAP-ARGUMENTS: one bounded sqlmap run, its payloads those
# of BACKEND (sqlmap's name of the database: SQLite, PostgreSQL). PARAMETERS lists,
# separated by "|", each parameter as sqlmap names it ("intake_id", "JSON first_name", "#1*"):
# each must be reported tested and not injectable.
attack() {
  local backend=$1 name=$2 parameters=$3
  shift 4
  local out="$work/$backend/$name"
  mkdir -p "$out"
  local code=0 began=$SECONDS
  # HOME too in the temporary folder: sqlmap keeps its history there.
  HOME="$work" TERM=dumb timeout "$seconds" sqlmap --batch --ignore-stdin --disable-coloring --threads 1 \
    --level "$level" --risk "$risk" --technique "$techniques" --dbms "$backend" \
    --output-dir "$out/files" --eval "$fresh_address" "$@" >"$out/output" 2>&1 || code=$?
  echo "  $name: $((SECONDS - began)) s"
  local problems=()
  [[ $code -eq 124 ]] && problems+=("did not finish in $seconds s")
  [[ $code -ne 0 && $code -ne 124 ]] && problems+=("sqlmap exited with $code")
  # "might be": a page showed a database's error message, or sent back what it was given unescaped.
  # "appears to be injectable" is only sqlmap's first guess: a search whose results change with
  # the words it is given looks like a boolean difference, and sqlmap then checks the guess and
  # drops it as a false positive. What it keeps it names as "identified" and writes to its log;
  # and every parameter must end "does not seem to be injectable" (below).
  local found stopped
  found=$(grep -Ei -m 1 "is vulnerable|might be injectable|might be vulnerable|identified the following injection point" \
    "$out/output" || true)
  [[ -n $found ]] && problems+=("sqlmap found: $found")
  # Its last word when nothing is injectable is a "critical" one: any other means it gave up.
  stopped=$(grep -F "[CRITICAL]" "$out/output" | grep -v "all tested parameters do not appear to be injectable" || true)
  [[ -n $stopped ]] && problems+=("sqlmap stopped: ${stopped%%$'\n'*}")
  # sqlmap writes each injection point it finds to a "log" file of its output folder.
  if find "$out/files" -name log -size +0 | grep -q .; then problems+=("sqlmap logged an injection point"); fi
  local parameter
  while read -r -d '|' parameter; do
    grep -F "testing for SQL injection on " "$out/output" | grep -Fq "parameter '$parameter'" &&
      grep -Fq "parameter '$parameter' does not seem to be injectable" "$out/output" ||
      problems+=("parameter '$parameter' was not tested to the end")
    tested=$((tested + 1))
  done <<<"$parameters|"
  if ((${#problems[@]})); then
    failures=$((failures + 1))
    printf '    FAIL: %s\n' "${problems[@]}" >&2
    grep -E "\[(INFO|WARNING|ERROR|CRITICAL)\]" "$out/output" | tail -n 15 | sed 's/^/    | /' >&2
  fi
}

# sign_in USER: the session cookie of USER, signed in as a browser does (the form's CSRF cookie
# and token, then the form).
sign_in() {
  local jar="$work/cookies-$1"
  curl -sf -c "$jar" "$site/login" >/dev/null
  local csrf
  csrf=$(awk '$6 == "tremplin_csrf" {print $7}' "$jar")
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "csrf_token=$csrf" --data-urlencode "username=$1" \
    --data-urlencode "password=$password" "$site/login"
  awk '$6 == "tremplin_session" {print $7}' "$jar"
}

# attack_centre BACKEND DATABASE: the demo centre on DATABASE, served and attacked.
attack_centre() {
  local backend=$1 db=$2
  echo "sqlmap on $backend"
  mkdir -p "$work/$backend"
  "$tremplin" demo --db "$db" --password "$password" --participants 40 --applications-per-year 40 \
    --informed-per-year 60 >"$work/$backend/demo.out"
  # Every list page rendered anew (--cached-results 0), so that each request reaches SQL.
  serve_in_background "$tremplin" "$work/$backend/serve.log" --db "$db" --threads 2 --cached-results 0 \
    --trusted-proxy 127.0.0.1
  site="http://127.0.0.1:$port"

  # What the demo holds: an open intake, an information session to come, a coordinator, a token.
  local intake session cookie token participant name draft
  intake=$(curl -sf "$site/apply" | grep -o 'name="intake_id" value="[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
  session=$(curl -sf "$site/info" | grep -o 'href="/info/[0-9]*"' | head -n 1 | grep -o '[0-9]*' || true)
  cookie="tremplin_session=$(sign_in coordinator)"
  token=$("$tremplin" token create --db "$db" --user coordinator --label sqlmap --scope read_write | tail -n 1)
  # Her id, and her last name to search for (a few rows: a smaller page for sqlmap to compare).
  read -r participant name < <(curl -sf -H "Authorization: Bearer $token" "$site/api/v1/participants?limit=1" |
    python3 -c 'import json, sys, urllib.parse
first = json.load(sys.stdin)["items"][0]
print(first["id"], urllib.parse.quote(first["last_name"]))' || true)
  [[ -n $intake && -n $session && $cookie != "tremplin_session=" && -n $participant && -n $name ]] ||
    fail "the demo on $backend lacks an open intake ($intake), a session to come ($session), a coordinator's session or a participant"
  # A draft of an application, for its question pages: /apply answers with its resume link.
  local jar="$work/cookies-apply"
  curl -sf -c "$jar" "$site/apply" >/dev/null
  draft=$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' --data "intake_id=$intake" \
    --data-urlencode "csrf_token=$(awk '$6 == "tremplin_csrf" {print $7}' "$jar")" "$site/apply" |
    sed -E 's|.*/apply/([^/]+)/.*|\1|')
  [[ $draft =~ ^[A-Za-z0-9_-]{20,}$ ]] || fail "POST /apply on $backend gave no resume link ($draft)"
  # The enterprise's link the demo leaves waiting for an answer.
  local offer_link
  offer_link=$(grep -o '/offer-check/[A-Za-z0-9_-]*' "$work/$backend/demo.out" | head -n 1 || true)
  [[ -n $offer_link ]] || fail "the demo on $backend left no enterprise's link waiting"
  # The tutor's evaluation link the demo leaves waiting for an answer.
  local evaluation_link
  evaluation_link=$(grep -o '/evaluation/[A-Za-z0-9_-]*' "$work/$backend/demo.out" | head -n 1 || true)
  [[ -n $evaluation_link ]] || fail "the demo on $backend left no tutor's evaluation link waiting"

  # The public forms, with the CSRF token each shows (tied to the cookie sqlmap keeps).
  attack "$backend" apply "intake_id" -- -u "$site/apply" --csrf-token csrf_token --csrf-url "$site/apply" \
    --data "csrf_token=&intake_id=$intake&website=" -p intake_id
  attack "$backend" apply-name "first_name|last_name" -- -u "$site/apply/$draft/name" --csrf-token csrf_token \
    --csrf-url "$site/apply/$draft/name" --data "csrf_token=&first_name=Amina&last_name=Benali" \
    -p first_name,last_name
  attack "$backend" apply-contact "phone|email" -- -u "$site/apply/$draft/contact" --csrf-token csrf_token \
    --csrf-url "$site/apply/$draft/contact" \
    --data "csrf_token=&phone=0470123456&email=amina.benali%40example.org&preferred_language=fr" -p phone,email
  attack "$backend" info "first_name|last_name|phone|email|preferred_language" -- -u "$site/info/$session" \
    --csrf-token csrf_token --csrf-url "$site/info/$session" \
    --data "csrf_token=&first_name=Amina&last_name=Benali&phone=0470123456&email=amina.benali%40example.org&preferred_language=fr&website=" \
    -p first_name,last_name,phone,email,preferred_language
  # The enterprise's answer through its link: 0 places keeps every answer refused, so the link
  # stays unused for the whole run; and the link's secret in the path.
  attack "$backend" offer-check "title|description|transport_note" -- -u "$site$offer_link" \
    --csrf-token csrf_token --csrf-url "$site$offer_link" \
    --data "csrf_token=&answer=correct&title=Support&description=Postes&places=0&starts_on=2027-01-04&ends_on=2027-02-05&hours_per_week=38&transport_note=Metro&website=" \
    -p title,description,transport_note
  attack "$backend" offer-check-link "#1*" -- -u "$site$offer_link*"
  # The tutor's evaluation through its link: "would you hire her?" left unanswered keeps every
  # answer refused, so the link stays unused for the whole run; and the link's secret in the path.
  attack "$backend" evaluation "punctuality|teamwork|comment" -- -u "$site$evaluation_link" \
    --csrf-token csrf_token --csrf-url "$site$evaluation_link" \
    --data "csrf_token=&punctuality=fully&teamwork=mostly&comment=Curieuse&website=" \
    -p punctuality,teamwork,comment
  attack "$backend" evaluation-link "#1*" -- -u "$site$evaluation_link*"

  # The participant search of a coordinator, and its order and page.
  attack "$backend" participants "q|sort|page" -- -u "$site/participants?q=$name&sort=name&page=1" \
    --cookie "$cookie" -p q,sort,page

  # The JSON API with a token that may write.
  local bearer="Authorization: Bearer $token"
  attack "$backend" api-list "q|sort|limit|offset|updated_since" -- \
    -u "$site/api/v1/participants?q=a&sort=name&limit=5&offset=0&updated_since=2020-01-01T00:00:00Z" \
    -H "$bearer" -p q,sort,limit,offset,updated_since
  attack "$backend" api-participant "#1*" -- -u "$site/api/v1/participants/$participant*" -H "$bearer"
  attack "$backend" api-create "JSON first_name|JSON last_name|JSON phone|JSON email|JSON actiris_number|JSON street" -- \
    -u "$site/api/v1/participants" -H "$bearer" \
    --data '{"first_name":"Amina","last_name":"Benali","phone":"0470 12 34 56","email":"amina.benali@example.org","actiris_number":"1234567","street":"Rue Haute 1","confirm_different_person":true}' \
    -p "first_name,last_name,phone,email,actiris_number,street"
  attack "$backend" api-update "JSON phone|JSON street|JSON referral_detail" -- \
    -u "$site/api/v1/participants/$participant" -H "$bearer" --method PATCH \
    --data '{"phone":"0470 12 34 56","street":"Rue Haute 1","referral_detail":"a friend"}' \
    -p "phone,street,referral_detail"

  # The server lived through it, and never answered 500 (its access log: "METHOD /pattern STATUS").
  curl -sf "$site/healthz" >/dev/null || { failures=$((failures + 1)); echo "  FAIL: the server died" >&2; }
  local errors
  errors=$(grep -Ec '\] [^ ]+ [A-Z]+ [^ ]+ 500 ' "$work/$backend/serve.log" || true)
  if ((errors)); then
    failures=$((failures + 1))
    echo "  FAIL: the server answered 500 $errors times:" >&2
    grep -E -m 10 '\] [^ ]+ [A-Z]+ [^ ]+ 500 |\[error\]' "$work/$backend/serve.log" | sed 's/^/    | /' >&2
  fi
  echo "  $(grep -Ec '\] [^ ]+ [A-Z]+ /' "$work/$backend/serve.log") requests answered"
  stop_server
}

started=$SECONDS
attack_centre SQLite "sqlite:$work/demo.db"
if [[ -n ${TREMPLIN_TEST_PG:-} ]]; then
  pg_database="sqlmap_$$"
  psql -q "$TREMPLIN_TEST_PG" -c "CREATE DATABASE $pg_database" >/dev/null
  attack_centre PostgreSQL "${TREMPLIN_TEST_PG%/*}/$pg_database"
else
  echo "sqlmap on PostgreSQL skipped: TREMPLIN_TEST_PG is not set"
fi
((failures == 0)) || fail "sqlmap: $failures checks failed ($((SECONDS - started)) s)"
echo "sqlmap: $tested parameters tested, none injectable ($((SECONDS - started)) s)"
