#!/usr/bin/env bash
# `tremplin match` from the outside: a small round gives the expected JSON, on standard
# output or in a file; every kind of malformed input exits with 2 and says what and where.
set -euo pipefail
tremplin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# c1 (1 seat) ranks a7 then a2, then a9; c2 (1 seat) ties a9 and a2, kept in written order.
cat >"$work/round.json" <<'JSON'
{"programs":[{"id":"c1","capacity":1,"priority":[["a7","a2"],["a9"]]},
             {"id":"c2","capacity":1,"priority":[["a9","a2"]]},
             {"id":"c3","capacity":0,"priority":[]}],
 "applicants":[{"id":"a2","choices":["c1","c2"]},{"id":"a7","choices":["c1"]},
               {"id":"a9","choices":["c1","c2","c3"]}],
 "tie_break":{"mode":"none"}, "proposing":"applicants"}
JSON
expected='{"assignments":{"a2":null,"a7":"c1","a9":"c2"},"waitlists":{"c1":["a2","a9"],"c2":["a2"],"c3":[]},"stats":{"proposals":5,"solve_ms":T}}'
without_time() { sed -E 's/"solve_ms":[0-9.eE+-]+/"solve_ms":T/'; }
got=$("$tremplin" match --input "$work/round.json" | without_time)
[[ $got == "$expected" ]] || fail "match printed $got"
"$tremplin" match --input "$work/round.json" --output "$work/matching.json"
[[ $(without_time <"$work/matching.json") == "$expected" ]] || fail "match --output wrote $(cat "$work/matching.json")"
grep -Eq '"solve_ms":[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?}}$' "$work/matching.json" || fail "solve_ms is not a number"

# The fields in any order, spaced as anyone writes them: the same answer.
cat >"$work/reordered.json" <<'JSON'
{ "proposing" : "applicants", "tie_break" : { "seed" : 0, "mode" : "none" },
  "applicants" : [ { "choices" : [ "c1", "c2" ], "id" : "a2" }, { "choices" : [ "c1" ], "id" : "a7" },
                   { "choices" : [ "c1", "c2", "c3" ], "id" : "a9" } ],
  "programs" : [ { "priority" : [ [ "a7", "a2" ], [ "a9" ] ], "capacity" : 1, "id" : "c1" },
                 { "priority" : [ [ "a9", "a2" ] ], "id" : "c2", "capacity" : 1 },
                 { "capacity" : 0, "id" : "c3", "priority" : [ ] } ] }
JSON
got=$("$tremplin" match --input "$work/reordered.json" | without_time)
[[ $got == "$expected" ]] || fail "the reordered round printed $got"

# Programs proposing: the same round has one stable matching here.
sed 's/"proposing":"applicants"/"proposing":"programs"/' "$work/round.json" >"$work/programs.json"
got=$("$tremplin" match --input "$work/programs.json" | without_time)
[[ $got == *'"assignments":{"a2":null,"a7":"c1","a9":"c2"}'* ]] || fail "programs proposing printed $got"

# Without tie_break: a single lottery with seed 0, the same on every run.
cat >"$work/lottery.json" <<'JSON'
{"programs":[{"id":"c1","capacity":2,"priority":[["a1","a2","a3","a4","a5"]]}],
 "applicants":[{"id":"a1","choices":["c1"]},{"id":"a2","choices":["c1"]},{"id":"a3","choices":["c1"]},
               {"id":"a4","choices":["c1"]},{"id":"a5","choices":["c1"]}]}
JSON
first=$("$tremplin" match --input "$work/lottery.json" | without_time)
[[ $first == "$("$tremplin" match --input "$work/lottery.json" | without_time)" ]] || fail "the lottery changed between runs"
[[ $(grep -o '"c1"' <<<"$first" | wc -l) -eq 3 ]] || fail "two seats and one waitlist expected: $first" # 2 assigned + the waitlist's key
seeded=$(sed 's/]}$/],"tie_break":{"mode":"single","seed":0}}/' "$work/lottery.json")
[[ $("$tremplin" match --input <(echo "$seeded") | without_time) == "$first" ]] || fail "the default is not single, seed 0"

# malformed BODY MESSAGE: exit code 2 and MESSAGE on standard error.
malformed() {
  printf '%s' "$1" >"$work/bad.json"
  local code=0
  "$tremplin" match --input "$work/bad.json" >"$work/out" 2>"$work/err" || code=$?
  [[ $code -eq 2 ]] || fail "exit $code (wanted 2) for $1"
  grep -qF -- "$2" "$work/err" || fail "for $1: wanted '$2', got '$(cat "$work/err")'"
  [[ ! -s $work/out ]] || fail "something was printed on standard output for $1"
}
ok_program='{"id":"c1","capacity":1,"priority":[["a1"]]}'
ok_applicant='{"id":"a1","choices":["c1"]}'
malformed '{"programs":[' "not valid JSON: parse error at line 1, column 14"
malformed '[]' "the input must be an object with programs and applicants"
malformed '{"applicants":[]}' "programs is missing"
malformed "{\"programs\":[$ok_program]}" "applicants is missing"
malformed '{"programs":{},"applicants":[]}' "programs must be a list"
malformed '{"programs":[3],"applicants":[]}' "programs[0] must be an object with id, capacity and priority"
malformed '{"programs":[{"capacity":1,"priority":[]}],"applicants":[]}' "programs[0].id is missing"
malformed '{"programs":[{"id":7,"capacity":1,"priority":[]}],"applicants":[]}' "programs[0].id must be a string"
malformed "{\"programs\":[$ok_program,{\"id\":\"c2\",\"capacity\":-1,\"priority\":[]}],\"applicants\":[]}" \
  "programs[1].capacity must be a whole number ≥ 0"
malformed '{"programs":[{"id":"c1","capacity":2.5,"priority":[]}],"applicants":[]}' "programs[0].capacity must be a whole number ≥ 0"
malformed '{"programs":[{"id":"c1","capacity":"2","priority":[]}],"applicants":[]}' "programs[0].capacity must be a whole number ≥ 0"
malformed '{"programs":[{"id":"c1","capacity":2}],"applicants":[]}' "programs[0].priority is missing"
malformed '{"programs":[{"id":"c1","capacity":2,"priority":["a1"]}],"applicants":[]}' "programs[0].priority[0] must be a list of applicant ids"
malformed '{"programs":[{"id":"c1","capacity":2,"priority":[["a1",null]]}],"applicants":[]}' "programs[0].priority[0][1] must be a string"
malformed '{"programs":[{"id":"c1","capacity":2,"priority":[],"seats":2}],"applicants":[]}' "programs[0].seats is not a field here"
malformed "{\"programs\":[$ok_program],\"applicants\":[{\"id\":\"a1\"}]}" "applicants[0].choices is missing"
malformed "{\"programs\":[$ok_program],\"applicants\":[{\"id\":\"a1\",\"choices\":\"c1\"}]}" "applicants[0].choices must be a list of program ids"
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"tie_break\":\"single\"}" "tie_break must be an object with mode and seed"
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"tie_break\":{\"mode\":\"coin\",\"seed\":1}}" \
  'tie_break.mode must be "single", "multiple" or "none"'
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"tie_break\":{\"mode\":\"multiple\"}}" \
  "tie_break.seed is missing: a lottery must record its seed"
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"tie_break\":{\"mode\":\"single\",\"seed\":-1}}" \
  "tie_break.seed must be a whole number ≥ 0"
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"proposing\":\"trainees\"}" \
  'proposing must be "applicants" or "programs"'
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant],\"propsing\":\"programs\"}" "propsing is not a field here"
# Problems only the engine sees: the same message as its InputError.
malformed "{\"programs\":[$ok_program,$ok_program],\"applicants\":[]}" \
  'programs[1].id: "c1" is already the id of an earlier program'
malformed "{\"programs\":[$ok_program],\"applicants\":[$ok_applicant,$ok_applicant]}" \
  'applicants[1].id: "a1" is already the id of an earlier applicant'
malformed "{\"programs\":[$ok_program],\"applicants\":[{\"id\":\"a1\",\"choices\":[\"c1\",\"c9\"]}]}" \
  'applicants[0].choices[1]: "c9" is not the id of any program'
malformed "{\"programs\":[$ok_program],\"applicants\":[{\"id\":\"a1\",\"choices\":[\"c1\",\"c1\"]}]}" \
  'applicants[0].choices[1]: "c1" is already an earlier choice of this applicant'
malformed "{\"programs\":[{\"id\":\"c1\",\"capacity\":1,\"priority\":[[\"a1\"],[\"a2\"]]}],\"applicants\":[$ok_applicant]}" \
  'programs[0].priority[1][0]: "a2" is not the id of any applicant'
malformed "{\"programs\":[{\"id\":\"c1\",\"capacity\":1,\"priority\":[[\"a1\"],[\"a1\"]]}],\"applicants\":[$ok_applicant]}" \
  'programs[0].priority[1][0]: "a1" is already earlier in this program'"'"'s priority'

code=0
"$tremplin" match --input "$work/missing.json" 2>"$work/err" || code=$?
[[ $code -eq 2 ]] && grep -q "missing.json: cannot be read" "$work/err" || fail "a missing input file (exit $code)"
echo "cli match: all checks passed"
