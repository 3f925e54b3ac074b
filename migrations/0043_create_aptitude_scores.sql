-- The scores an applicant obtained at a track's aptitude test; the latest one counts.
CREATE TABLE aptitude_scores (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    track_id BIGINT NOT NULL REFERENCES tracks (id),
    taken_on TEXT NOT NULL,
    score INTEGER NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id),
    created_at TEXT NOT NULL
);
CREATE INDEX aptitude_scores_by_application ON aptitude_scores (application_id, track_id);
