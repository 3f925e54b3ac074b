-- What an API token may do — read only, or read and write — when it stops working, and when it
-- was last used. A token made before this has no end date: it works a year from its making.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'read_write';
ALTER TABLE api_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE api_tokens ADD COLUMN last_used_at TEXT;
