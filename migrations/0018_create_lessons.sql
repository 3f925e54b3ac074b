-- The lessons of a cohort, in the centre's local time (minutes since midnight).
-- room_key is the room folded for comparison, so "Salle 2" and "salle 2 " are one room when
-- checking double bookings. sequence grows when a lesson is moved (iCalendar SEQUENCE).
CREATE TABLE lessons (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
    module_id BIGINT NOT NULL REFERENCES modules (id),
    trainer_id BIGINT REFERENCES trainers (id),
    room TEXT NOT NULL DEFAULT '',
    room_key TEXT NOT NULL DEFAULT '',
    day TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    status TEXT NOT NULL,
    sequence INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX lessons_by_cohort ON lessons (cohort_id, day, starts_at);
CREATE INDEX lessons_by_day ON lessons (organisation_id, day, starts_at);
CREATE INDEX lessons_by_trainer ON lessons (trainer_id, day);
