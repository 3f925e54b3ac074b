-- Staff who sign in. password_hash is an argon2id string (libsodium crypto_pwhash_str).
CREATE TABLE staff_accounts (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
