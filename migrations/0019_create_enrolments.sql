-- One engagement per person per cohort. The entry_* columns are frozen on the day she enters
-- (ESF+ "at entry"): indicators read them, never the live record, so past figures never move.
CREATE TABLE enrolments (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    stage TEXT NOT NULL,
    enrolled_on TEXT NOT NULL,
    stage_changed_on TEXT NOT NULL,
    withdrawal_reason TEXT,
    transferred_to_cohort_id BIGINT REFERENCES cohorts (id),
    capacity_override_reason TEXT NOT NULL DEFAULT '',
    entry_age INTEGER,
    entry_gender TEXT NOT NULL,
    entry_education_level TEXT,
    entry_diploma_obtained_abroad TEXT,
    entry_diploma_recognised TEXT,
    entry_qualification_obsolete TEXT,
    entry_labour_market_status TEXT,
    entry_months_unemployed INTEGER,
    entry_single_parent TEXT,
    entry_housing_exclusion TEXT,
    entry_disability TEXT,
    entry_minority TEXT,
    entry_nationality TEXT NOT NULL DEFAULT '',
    entry_postcode TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (cohort_id, participant_id)
);
CREATE INDEX enrolments_by_participant ON enrolments (participant_id, enrolled_on);
