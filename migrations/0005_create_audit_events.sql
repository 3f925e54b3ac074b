-- Who did what, when: every change, and every view of a person's record.
CREATE TABLE audit_events (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    occurred_at TEXT NOT NULL,
    staff_account_id BIGINT REFERENCES staff_accounts (id),
    action TEXT NOT NULL,
    subject_type TEXT NOT NULL DEFAULT '',
    subject_id BIGINT,
    detail TEXT NOT NULL DEFAULT '',
    remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_by_time ON audit_events (organisation_id, occurred_at);
CREATE INDEX audit_events_by_subject ON audit_events (organisation_id, subject_type, subject_id);
CREATE INDEX audit_events_by_account ON audit_events (organisation_id, staff_account_id, occurred_at);
