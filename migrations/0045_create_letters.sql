-- Letters and e-mails to applicants, kept until they are sent. The facts a letter needs
-- (her first name, a reference) are kept as JSON and the text is written in her language when
-- it leaves; then the subject and body as sent are kept with it. Without an e-mail address a
-- letter waits for staff to post or read it to her, and they mark it sent.
CREATE TABLE letters (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    application_id BIGINT REFERENCES applications (id),
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    facts TEXT NOT NULL DEFAULT '{}',
    queued_at TEXT NOT NULL,
    sent_at TEXT,
    sent_how TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    failure TEXT NOT NULL DEFAULT ''
);
CREATE INDEX letters_by_organisation ON letters (organisation_id, sent_at, queued_at);
CREATE INDEX letters_waiting ON letters (sent_at, attempts);
