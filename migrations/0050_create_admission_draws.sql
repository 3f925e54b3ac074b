-- Every draw of an admission round, kept. A draft round may be drawn again with a new seed until
-- it is confirmed; each draw stays in the round's history with its lottery, its seed, how many
-- it admitted, who drew it and when, so that nobody can draw until a result suits and show only
-- that one. The rounds drawn before this table have their last draw copied in.
CREATE TABLE admission_draws (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    round_id BIGINT NOT NULL REFERENCES admission_rounds (id),
    lottery TEXT NOT NULL,
    seed BIGINT NOT NULL,
    admitted INTEGER NOT NULL,
    drawn_at TEXT NOT NULL,
    drawn_by BIGINT REFERENCES staff_accounts (id)
);
CREATE INDEX admission_draws_by_round ON admission_draws (round_id);
INSERT INTO admission_draws (organisation_id, round_id, lottery, seed, admitted, drawn_at)
SELECT r.organisation_id, r.id, r.lottery, r.seed,
       (SELECT COUNT(*) FROM admission_round_applicants a
        WHERE a.round_id = r.id AND a.admitted_cohort_id IS NOT NULL),
       r.drawn_at
FROM admission_rounds r;
