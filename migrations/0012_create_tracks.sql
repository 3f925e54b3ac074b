-- The tracks the centre runs (awareness, orientation, qualifying, ...): data, not code.
-- Occupations are ISCO-08 / ESCO codes separated by spaces. Completion criteria live here.
-- current_version_id names the version new cohorts start on (track_versions).
CREATE TABLE tracks (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    code TEXT NOT NULL,
    kind TEXT NOT NULL,
    name_fr TEXT NOT NULL DEFAULT '',
    name_nl TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    description_fr TEXT NOT NULL DEFAULT '',
    description_nl TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    occupations TEXT NOT NULL DEFAULT '',
    ecf_profile TEXT NOT NULL DEFAULT '',
    minimum_attendance_percent INTEGER NOT NULL,
    requires_all_modules_passed INTEGER NOT NULL,
    active INTEGER NOT NULL,
    current_version_id BIGINT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (organisation_id, code)
);
