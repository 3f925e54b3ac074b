-- Failed sign-ins, counted per account and per address to slow down password guessing.
CREATE TABLE login_failures (
    {{id}},
    username TEXT NOT NULL,
    remote_address TEXT NOT NULL,
    occurred_at TEXT NOT NULL
);
CREATE INDEX login_failures_by_username ON login_failures (username, occurred_at);
CREATE INDEX login_failures_by_address ON login_failures (remote_address, occurred_at);
