-- Days the centre closes besides public holidays; no lesson is generated on them.
CREATE TABLE closure_days (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    day TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (organisation_id, day)
);
