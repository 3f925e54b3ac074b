-- A trainee's traineeship in a partner enterprise, through her enrolment, with the signatures of
-- its tripartite agreement. participant_id repeats the enrolment's, so that her traineeships
-- are found, and kept from overlapping, whatever cohort they belong to.
-- docs/domain.md "Traineeship record"
CREATE TABLE traineeships (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    offer_id BIGINT REFERENCES offers (id),
    tutor_contact_id BIGINT REFERENCES partner_contacts (id) ON DELETE SET NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    hours_per_week INTEGER NOT NULL,
    status TEXT NOT NULL,
    interruption TEXT,
    hired_by_host INTEGER NOT NULL DEFAULT 0,
    centre_signed_on TEXT,
    host_signed_on TEXT,
    trainee_signed_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX traineeships_by_enrolment ON traineeships (enrolment_id);
CREATE INDEX traineeships_by_participant ON traineeships (participant_id, starts_on);
CREATE INDEX traineeships_by_partner ON traineeships (organisation_id, partner_id, starts_on);
