-- The tracks recommended to her at the end of an orientation course: one row per track, the
-- note repeated on each. Admission reads them; recording again replaces the whole set.
CREATE TABLE orientation_recommendations (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    track_id BIGINT NOT NULL REFERENCES tracks (id),
    note TEXT NOT NULL DEFAULT '',
    recorded_on TEXT NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id),
    UNIQUE (enrolment_id, track_id)
);
