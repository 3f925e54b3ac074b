-- Who registered for an information session: one row per woman and session, whether she has a
-- seat, waits in line (queued_at orders the line) or cancelled, and whether she came. The
-- confirmation link of a registration made on the public page is kept as a hash only.
CREATE TABLE session_registrations (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    session_id BIGINT NOT NULL REFERENCES information_sessions (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    attendance TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    confirmation_token_hash TEXT UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, participant_id)
);
CREATE INDEX session_registrations_by_participant ON session_registrations (participant_id, attendance);
