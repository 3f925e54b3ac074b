-- Bearer tokens for the JSON API, each acting as the staff account it was created for.
CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    staff_account_id BIGINT NOT NULL REFERENCES staff_accounts (id),
    label TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX api_tokens_by_account ON api_tokens (staff_account_id);
