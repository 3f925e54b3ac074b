-- A cohort's placement round: the offers it opened with, what each trainee wished for and the
-- languages she works in, what each host said of its candidates, and the result of its run with
-- the seed that gives it again (docs/domain.md "Placement round"). One round a cohort: it is
-- run again while it is not confirmed; confirmed, it made the traineeships and stays as it is.
CREATE TABLE placement_rounds (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id) UNIQUE,
    status TEXT NOT NULL,
    seed BIGINT,
    opened_at TEXT NOT NULL,
    run_at TEXT,
    confirmed_at TEXT,
    confirmed_by BIGINT REFERENCES staff_accounts (id)
);
CREATE TABLE placement_round_offers (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    PRIMARY KEY (round_id, offer_id)
);
-- The languages a trainee works in, as a word list ("fr nl"), kept for this round only: a row
-- when staff set them, her preferred language when there is none.
-- docs/design.md "Placement rounds"
CREATE TABLE placement_trainees (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    languages TEXT NOT NULL,
    PRIMARY KEY (round_id, enrolment_id)
);
CREATE TABLE placement_wishes (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    rank INTEGER NOT NULL CHECK (rank >= 1),
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    PRIMARY KEY (round_id, enrolment_id, rank),
    UNIQUE (round_id, enrolment_id, offer_id)
);
-- A host's view of one candidate: a rank (1 first) or a refusal, never both.
CREATE TABLE placement_host_views (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    rank INTEGER CHECK (rank >= 1),
    refused INTEGER NOT NULL DEFAULT 0,
    CHECK (refused = 0 OR rank IS NULL)
);
CREATE UNIQUE INDEX placement_host_views_by_offer ON placement_host_views (round_id, offer_id, enrolment_id);
-- What the run gave each trainee: an offer, or none and why (unplaced); staff may adjust one
-- with a reason (adjusted). traineeship_id: the traineeship its confirmation made.
CREATE TABLE placement_results (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    offer_id BIGINT REFERENCES offers (id),
    unplaced TEXT,
    adjusted INTEGER NOT NULL DEFAULT 0,
    adjustment_reason TEXT NOT NULL DEFAULT '',
    traineeship_id BIGINT REFERENCES traineeships (id),
    PRIMARY KEY (round_id, enrolment_id)
);
-- The pairs the rules left out of the run, and why: kept with the result they explain.
CREATE TABLE placement_exclusions (
    round_id BIGINT NOT NULL REFERENCES placement_rounds (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    reason TEXT NOT NULL,
    PRIMARY KEY (round_id, enrolment_id, offer_id)
);
