-- Notes and contacts on a participant's record, shown newest first.
CREATE TABLE timeline_entries (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    kind TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    text TEXT NOT NULL,
    author_staff_account_id BIGINT REFERENCES staff_accounts (id),
    created_at TEXT NOT NULL
);
CREATE INDEX timeline_entries_by_participant ON timeline_entries (participant_id, happened_on, id);
