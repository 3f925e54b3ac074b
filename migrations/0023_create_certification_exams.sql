-- Certification exams she sat (Microsoft, Cisco, CompTIA, ICDL...): one row per attempt, with
-- the voucher the centre paid it with. The enrolment is the course that prepared her, if any.
CREATE TABLE certification_exams (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    enrolment_id BIGINT REFERENCES enrolments (id),
    provider TEXT NOT NULL,
    exam_code TEXT NOT NULL,
    taken_on TEXT NOT NULL,
    attempt INTEGER NOT NULL,
    result TEXT NOT NULL,
    score INTEGER,
    voucher_number TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id)
);
CREATE INDEX certification_exams_by_participant ON certification_exams (participant_id, taken_on);
