-- A period when the centre takes applications, and the cohorts applicants may choose from.
CREATE TABLE intakes (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    opens_on TEXT NOT NULL,
    closes_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX intakes_by_organisation ON intakes (organisation_id, closes_on);
CREATE TABLE intake_cohorts (
    intake_id BIGINT NOT NULL REFERENCES intakes (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    PRIMARY KEY (intake_id, cohort_id)
);
