-- The people who teach, on the staff or not; gender is kept for the parity figure.
CREATE TABLE trainers (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    gender TEXT NOT NULL,
    external INTEGER NOT NULL,
    staff_account_id BIGINT REFERENCES staff_accounts (id),
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX trainers_by_name ON trainers (organisation_id, name);
