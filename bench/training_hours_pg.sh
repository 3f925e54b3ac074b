#!/usr/bin/env bash
# Training hours on PostgreSQL over a long history: CENTRES centres × YEARS years, each year 10
# cohorts of 15 trainees with LESSONS lessons each, every trainee marked on every lesson.
# Defaults give 100 × 10 × 10 × 15 × 40 = 6,000,000 attendance rows; LESSONS=400 gives the
# 60,000,000 of a network's ten years. Builds the rows in SQL on a throwaway cluster, then
# times the queries of store/attendance_repository.cpp with EXPLAIN ANALYZE and prints their plans.
#
#   bench/training_hours_pg.sh
#   LESSONS=400 bench/training_hours_pg.sh
#
# Needs build/tremplin (scripts/build) and PostgreSQL 15 (scripts/setup installs it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

centres=${CENTRES:-100}
years=${YEARS:-10}
lessons=${LESSONS:-40}

start_test_postgres
trap stop_test_postgres EXIT
url="$TREMPLIN_TEST_PG"
sql() { psql "$url" -v ON_ERROR_STOP=1 -q -X "$@"; }

build/tremplin migrate --db "$url" >/dev/null
started=$(date +%s)
# Room for a load of tens of gigabytes without a checkpoint every few seconds.
sql -c "ALTER SYSTEM SET max_wal_size = '32GB'" -c "ALTER SYSTEM SET checkpoint_timeout = '1h'" \
  -c "SELECT pg_reload_conf()" >/dev/null
sql <<SQL
SET synchronous_commit = off;
INSERT INTO organisations (name, default_language, created_at)
  SELECT 'Centre ' || c, 'fr', '2016-01-01T00:00:00Z' FROM generate_series(1, $centres) c;
INSERT INTO tracks (organisation_id, code, kind, name_fr, minimum_attendance_percent, requires_all_modules_passed,
                    active, created_at, updated_at)
  SELECT id, code, 'qualifying', code, 80, 1, 1, '2016-01-01', '2016-01-01'
  FROM organisations, (VALUES ('WEB'), ('SYSADM')) AS t(code);
INSERT INTO track_versions (organisation_id, track_id, number, created_at)
  SELECT organisation_id, id, 1, '2016-01-01' FROM tracks;
INSERT INTO modules (organisation_id, track_version_id, position, name_fr, planned_minutes)
  SELECT organisation_id, id, 1, 'Module', 600 * 60 FROM track_versions;
-- Ten cohorts a year per centre, alternating tracks and funders, from February to December.
INSERT INTO cohorts (organisation_id, track_id, track_version_id, name, starts_on, ends_on, capacity, funder,
                     calendar_token_hash, created_at, updated_at)
  SELECT v.organisation_id, v.track_id, v.id, 'C' || y || '-' || n, (2016 + y) || '-02-01', (2016 + y) || '-12-15',
         15, (ARRAY['Bruxelles Formation', 'FSE+', 'Actiris'])[1 + n % 3],
         md5(v.id || '-' || y || '-' || n), '2016-01-01', '2016-01-01'
  FROM track_versions v, generate_series(0, $years - 1) y, generate_series(1, 5) n;
INSERT INTO participants (organisation_id, first_name, last_name, gender, preferred_language, name_key, sort_key,
                          created_at, updated_at)
  SELECT c.organisation_id, 'P', c.id || '-' || t, 'woman', 'fr', 'p', 'p', '2016-01-01', '2016-01-01'
  FROM cohorts c, generate_series(1, 15) t;
INSERT INTO enrolments (organisation_id, participant_id, cohort_id, stage, enrolled_on, stage_changed_on,
                        entry_gender, created_at, updated_at)
  SELECT p.organisation_id, p.id, split_part(p.last_name, '-', 1)::bigint, 'active', c.starts_on, c.starts_on,
         'woman', '2016-01-01', '2016-01-01'
  FROM participants p JOIN cohorts c ON c.id = split_part(p.last_name, '-', 1)::bigint;
-- Lessons spread over the cohort's months, two a day.
INSERT INTO lessons (organisation_id, cohort_id, module_id, room, room_key, day, starts_at, ends_at, status, updated_at)
  SELECT c.organisation_id, c.id, m.id, '', '', to_char(c.starts_on::date + (l / 2) * 300 / $lessons, 'YYYY-MM-DD'),
         CASE WHEN l % 2 = 0 THEN 540 ELSE 810 END, CASE WHEN l % 2 = 0 THEN 750 ELSE 990 END, 'planned', '2016-01-01'
  FROM cohorts c JOIN modules m ON m.track_version_id = c.track_version_id, generate_series(0, $lessons - 1) l;
-- A bulk load, as a migration of a network's history would do it: the rows are right by
-- construction, so foreign keys are not checked row by row, and the secondary indexes are
-- built once, sorted, after the rows are in (the same definitions, read back from the catalogue).
CREATE TEMPORARY TABLE attendance_indexes AS
  SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'attendance' AND indexname <> 'attendance_pkey';
SELECT format('DROP INDEX %I', indexname) FROM attendance_indexes \\gexec
SET session_replication_role = replica;
INSERT INTO attendance (organisation_id, lesson_id, enrolment_id, cohort_id, participant_id, lesson_day, mark,
                        minutes_attended, recorded_at)
  SELECT l.organisation_id, l.id, e.id, l.cohort_id, e.participant_id, l.day,
         CASE WHEN (l.id + e.id) % 17 = 0 THEN 'unexcused' ELSE 'present' END,
         CASE WHEN (l.id + e.id) % 17 = 0 THEN 0 ELSE l.ends_at - l.starts_at END, '2016-01-01'
  FROM lessons l JOIN enrolments e ON e.cohort_id = l.cohort_id;
SET session_replication_role = DEFAULT;
SET maintenance_work_mem = '2GB';
SELECT indexdef FROM attendance_indexes \\gexec
VACUUM ANALYZE;
SQL
rows=$(sql -At -c "SELECT COUNT(*) FROM attendance")
echo "built $rows attendance rows in $(( $(date +%s) - started )) s"

centre=$(( centres / 2 ))
year=$(( 2016 + years / 2 ))
cohort=$(sql -At -c "SELECT id FROM cohorts WHERE organisation_id = $centre AND starts_on LIKE '$year-%' LIMIT 1")
explain() {
  echo "### $1"
  shift
  sql -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $*" | sed 's/^/    /'
}
explain "one cohort, per trainee" \
  "SELECT enrolment_id, SUM(minutes_attended) FROM attendance WHERE cohort_id = $cohort GROUP BY enrolment_id"
explain "one cohort, total" \
  "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance WHERE cohort_id = $cohort"
explain "a centre's year, total" \
  "SELECT COALESCE(SUM(minutes_attended), 0) FROM attendance WHERE organisation_id = $centre
     AND lesson_day >= '$year-01-01' AND lesson_day <= '$year-12-31'"
explain "a centre's year, by track" \
  "SELECT t.code, SUM(s.minutes) FROM (SELECT cohort_id, SUM(minutes_attended) AS minutes FROM attendance
     WHERE organisation_id = $centre AND lesson_day >= '$year-01-01' AND lesson_day <= '$year-12-31'
     GROUP BY cohort_id) s JOIN cohorts c ON c.id = s.cohort_id JOIN tracks t ON t.id = c.track_id GROUP BY t.code"
explain "a centre's year, by funder" \
  "SELECT c.funder, SUM(s.minutes) FROM (SELECT cohort_id, SUM(minutes_attended) AS minutes FROM attendance
     WHERE organisation_id = $centre AND lesson_day >= '$year-01-01' AND lesson_day <= '$year-12-31'
     GROUP BY cohort_id) s JOIN cohorts c ON c.id = s.cohort_id GROUP BY c.funder"
