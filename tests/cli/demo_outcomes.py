"""The demo's recruitment agrees with its training: every closed intake's seats were drawn
and confirmed, every application sent to it is decided, every woman of a round had her
letter, and every seat a round gave is an enrolment of hers in that cohort.

Usage: demo_outcomes.py DEMO.db — prints what it checked, exits 1 at the first disagreement.
"""
import datetime
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])


def one(sql, *args):
    return db.execute(sql, args).fetchone()[0]


def fail(message):
    print("FAIL: demo outcomes: " + message, file=sys.stderr)
    sys.exit(1)


today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()  # the demo's today too
closed = db.execute(
    "SELECT i.id FROM intakes i WHERE i.closes_on < ? AND EXISTS "
    "(SELECT 1 FROM applications a WHERE a.intake_id = i.id AND a.reference IS NOT NULL)", (today,)).fetchall()
if not closed:
    fail("no closed intake with applications")
seats = 0
for (intake,) in closed:
    if one("SELECT COUNT(*) FROM admission_rounds WHERE intake_id = ? AND status = 'confirmed'", intake) == 0:
        fail(f"intake {intake} is closed but its seats were never drawn")
    undecided = one("SELECT COUNT(*) FROM applications WHERE intake_id = ? AND reference IS NOT NULL "
                    "AND stage <> 'decided'", intake)
    if undecided:
        fail(f"intake {intake} has {undecided} applications not decided")
    first = one("SELECT id FROM admission_rounds WHERE intake_id = ? AND number = 1", intake)
    applicants = one("SELECT COUNT(*) FROM admission_round_applicants WHERE round_id = ?", first)
    written = one("SELECT COUNT(DISTINCT l.application_id) FROM letters l JOIN admission_round_applicants r "
                  "ON r.application_id = l.application_id AND r.round_id = ? "
                  "WHERE l.kind IN ('admitted', 'waitlisted', 'not_admitted')", first)
    if written != applicants:
        fail(f"round {first}: {applicants} women, {written} of them written to")
    latest = one("SELECT MAX(number) FROM admission_rounds WHERE intake_id = ? AND status = 'confirmed'", intake)
    for application, cohort, enrolment in db.execute(
            "SELECT r.application_id, r.admitted_cohort_id, r.enrolment_id FROM admission_round_applicants r "
            "JOIN admission_rounds o ON o.id = r.round_id WHERE o.intake_id = ? AND o.number = ? "
            "AND r.admitted_cohort_id IS NOT NULL AND r.declined_at IS NULL", (intake, latest)).fetchall():
        same = one("SELECT COUNT(*) FROM enrolments e JOIN applications a ON a.participant_id = e.participant_id "
                   "WHERE e.id = ? AND e.cohort_id = ? AND a.id = ?", enrolment, cohort, application)
        if same != 1:
            fail(f"application {application} was given cohort {cohort}, but enrolment {enrolment} is not hers there")
        seats += 1
print(f"demo outcomes: {len(closed)} closed intakes drawn and decided, {seats} seats given, each an enrolment")
