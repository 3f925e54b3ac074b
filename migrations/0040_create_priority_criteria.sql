-- The criteria of social priority and the tier each places a woman in (0: none). Rows without
-- an organisation are the programme's default, read by every centre until its director saves
-- a scheme of its own (a row in priority_schemes), so that a centre may also keep none.
CREATE TABLE priority_criteria (
    {{id}},
    organisation_id BIGINT REFERENCES organisations (id),
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_nl TEXT NOT NULL,
    name_en TEXT NOT NULL,
    proof_fr TEXT NOT NULL,
    proof_nl TEXT NOT NULL,
    proof_en TEXT NOT NULL,
    proof_valid_months INTEGER NOT NULL,
    rule TEXT NOT NULL,
    parameter INTEGER NOT NULL,
    tier INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX priority_criteria_by_organisation ON priority_criteria (organisation_id, position);
CREATE TABLE priority_schemes (
    organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id),
    updated_at TEXT NOT NULL
);
