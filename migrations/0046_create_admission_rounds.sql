-- Admission rounds of an intake. A round keeps everything its result page explains: the seats
-- of each cohort, each woman as she stood when it was drawn (her tier, which of her choices she
-- was eligible for, a seat held from the round before), and what she got, with her place on
-- each waitlist. A confirmed round is never drawn again; a re-run after declines is a new
-- round with the next number, drawn with the same seed.
CREATE TABLE admission_rounds (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    intake_id BIGINT NOT NULL REFERENCES intakes (id),
    number INTEGER NOT NULL,
    lottery TEXT NOT NULL,
    seed BIGINT NOT NULL,
    status TEXT NOT NULL,
    drawn_at TEXT NOT NULL,
    confirmed_at TEXT,
    UNIQUE (intake_id, number)
);
CREATE TABLE admission_round_seats (
    round_id BIGINT NOT NULL REFERENCES admission_rounds (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    seats INTEGER NOT NULL,
    PRIMARY KEY (round_id, cohort_id)
);
CREATE TABLE admission_round_applicants (
    round_id BIGINT NOT NULL REFERENCES admission_rounds (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    tier INTEGER NOT NULL,
    held_cohort_id BIGINT REFERENCES cohorts (id),
    admitted_cohort_id BIGINT REFERENCES cohorts (id),
    enrolment_id BIGINT REFERENCES enrolments (id),
    declined_at TEXT,
    PRIMARY KEY (round_id, application_id)
);
CREATE TABLE admission_round_choices (
    round_id BIGINT NOT NULL REFERENCES admission_rounds (id),
    application_id BIGINT NOT NULL REFERENCES applications (id),
    position INTEGER NOT NULL,
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    eligibility TEXT NOT NULL,
    waitlist_position INTEGER,
    PRIMARY KEY (round_id, application_id, position)
);
