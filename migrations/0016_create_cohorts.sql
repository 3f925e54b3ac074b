-- A run of a track version. calendar_token is the secret part of its iCalendar link: it is
-- kept readable because staff hand the link out again.
CREATE TABLE cohorts (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    track_id BIGINT NOT NULL REFERENCES tracks (id),
    track_version_id BIGINT NOT NULL REFERENCES track_versions (id),
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    funder TEXT NOT NULL DEFAULT '',
    funding_programme TEXT NOT NULL DEFAULT '',
    agreement_number TEXT NOT NULL DEFAULT '',
    coordinator_id BIGINT REFERENCES staff_accounts (id),
    calendar_token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cohorts_by_start ON cohorts (organisation_id, starts_on);
CREATE INDEX cohorts_by_track ON cohorts (track_id, starts_on);
