-- A track's aptitude test: a score out of maximum_score, passed from pass_mark. A track without
-- a row has no test.
CREATE TABLE aptitude_tests (
    track_id BIGINT PRIMARY KEY REFERENCES tracks (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    maximum_score INTEGER NOT NULL,
    pass_mark INTEGER NOT NULL,
    updated_at TEXT NOT NULL
);
