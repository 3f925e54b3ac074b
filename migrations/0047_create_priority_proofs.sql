-- The day staff received the proof of a priority criterion from a woman: one row per woman and
-- criterion, recording again replaces the day. The criterion is named by its code, which stays
-- when the director rewrites the scheme; how long the proof stays valid is the criterion's.
CREATE TABLE priority_proofs (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    criterion_code TEXT NOT NULL,
    received_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id),
    PRIMARY KEY (participant_id, criterion_code)
);
