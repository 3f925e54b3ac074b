-- Signed-in browsers. Kept in the database so that several servers share them; the cookie
-- holds a random token and only its hash is stored here.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    staff_account_id BIGINT NOT NULL REFERENCES staff_accounts (id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (staff_account_id);
