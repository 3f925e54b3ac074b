-- Information sessions: the open meetings where women hear about the courses before applying.
-- Times are minutes since midnight, local to the centre.
CREATE TABLE information_sessions (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    held_on TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    place TEXT NOT NULL,
    language TEXT NOT NULL,
    capacity INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX information_sessions_by_day ON information_sessions (organisation_id, held_on);
