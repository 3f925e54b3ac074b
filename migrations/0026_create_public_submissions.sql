-- Forms sent from the public pages (no account), counted per address to slow down bots.
CREATE TABLE public_submissions (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    form TEXT NOT NULL,
    remote_address TEXT NOT NULL,
    submitted_at TEXT NOT NULL
);
CREATE INDEX public_submissions_by_address ON public_submissions (remote_address, submitted_at);
