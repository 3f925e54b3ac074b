-- A version of a track's modules. Cohorts point at the version they started on, so changing
-- the modules (which makes a new version) never alters a cohort already running.
CREATE TABLE track_versions (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    track_id BIGINT NOT NULL REFERENCES tracks (id),
    number INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (track_id, number)
);
