-- A woman who writes in from a public page always gets a record of her own: a public page never
-- changes a record staff keep. When her details match a known woman's (same name and birth
-- date, e-mail, phone or Actiris number), the pair waits here until staff compare them and
-- merge them field by field, or say they are two women. docs/design.md "Public forms".
CREATE TABLE possible_matches (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    known_id BIGINT NOT NULL REFERENCES participants (id),
    source TEXT NOT NULL,
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by BIGINT REFERENCES staff_accounts (id),
    resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX possible_matches_open ON possible_matches (organisation_id, resolved_at, found_at);
CREATE INDEX possible_matches_by_participant ON possible_matches (participant_id);
CREATE INDEX possible_matches_by_known ON possible_matches (known_id);
