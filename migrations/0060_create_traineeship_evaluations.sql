-- The tutor's evaluations of a trainee, one of each kind a traineeship, and the secret links
-- through which the tutor sends them without an account (docs/domain.md "Tutor evaluation",
-- docs/design.md "Tutor evaluations").
-- competences: "code=rating" words, one for each e-CF competence of her track ("B.1=mostly").
-- A contact removed from the partner leaves the evaluation without its author, and takes her
-- links with her.
CREATE TABLE traineeship_evaluations (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    traineeship_id BIGINT NOT NULL REFERENCES traineeships (id),
    kind TEXT NOT NULL,
    competences TEXT NOT NULL DEFAULT '',
    punctuality TEXT NOT NULL,
    teamwork TEXT NOT NULL,
    would_hire TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    submitted_at TEXT NOT NULL,
    contact_id BIGINT REFERENCES partner_contacts (id) ON DELETE SET NULL,
    UNIQUE (traineeship_id, kind)
);

-- Only the hash of a link's secret is kept, like every link and token. One link a kind: a new
-- one replaces the old (the repository removes it).
CREATE TABLE evaluation_links (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    traineeship_id BIGINT NOT NULL REFERENCES traineeships (id),
    kind TEXT NOT NULL,
    contact_id BIGINT NOT NULL REFERENCES partner_contacts (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_by BIGINT REFERENCES staff_accounts (id)
);
CREATE INDEX evaluation_links_by_traineeship ON evaluation_links (traineeship_id, kind);
