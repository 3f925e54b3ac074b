-- One current result per trainee per module: a re-assessment replaces the row (the audit trail
-- keeps what it replaced). Completion reads these when the track requires every module passed.
CREATE TABLE module_results (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    module_id BIGINT NOT NULL REFERENCES modules (id),
    outcome TEXT NOT NULL,
    score INTEGER,
    assessed_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id),
    UNIQUE (enrolment_id, module_id)
);
