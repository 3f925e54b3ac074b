-- Applications to an intake. A draft is reached only through its resume link (the token's
-- hash is kept, never the token); sending it gives it a reference, links it to the woman's
-- record and starts its pipeline stage. Answers are kept as typed, one row per input; the
-- ranked choices as rows the admission round reads.
CREATE TABLE applications (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    intake_id BIGINT NOT NULL REFERENCES intakes (id),
    resume_token_hash TEXT NOT NULL UNIQUE,
    language TEXT NOT NULL,
    reference TEXT UNIQUE,
    participant_id BIGINT REFERENCES participants (id),
    stage TEXT,
    stage_changed_at TEXT,
    submitted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX applications_by_intake ON applications (intake_id, stage);
CREATE INDEX applications_by_participant ON applications (participant_id);
CREATE TABLE application_answers (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (application_id, field)
);
CREATE TABLE application_choices (
    application_id BIGINT NOT NULL REFERENCES applications (id),
    position INTEGER NOT NULL,
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    PRIMARY KEY (application_id, position)
);
