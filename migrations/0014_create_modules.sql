-- The modules of a track version, in order; competences are e-CF codes separated by spaces.
CREATE TABLE modules (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    track_version_id BIGINT NOT NULL REFERENCES track_versions (id),
    position INTEGER NOT NULL,
    name_fr TEXT NOT NULL DEFAULT '',
    name_nl TEXT NOT NULL DEFAULT '',
    name_en TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER NOT NULL,
    competences TEXT NOT NULL DEFAULT ''
);
CREATE INDEX modules_by_version ON modules (track_version_id, position);
