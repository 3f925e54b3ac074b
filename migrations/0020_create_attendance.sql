-- One row per trainee per lesson with the minutes she attended: training hours are sums of
-- these rows. Cohort, participant and day are copied from the lesson and the enrolment so that
-- the sums for a cohort or a centre's year read one index and nothing else.
CREATE TABLE attendance (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    lesson_id BIGINT NOT NULL REFERENCES lessons (id),
    enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
    cohort_id BIGINT NOT NULL,
    participant_id BIGINT NOT NULL,
    lesson_day TEXT NOT NULL,
    mark TEXT NOT NULL,
    late_minutes INTEGER NOT NULL DEFAULT 0,
    minutes_attended INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES staff_accounts (id),
    PRIMARY KEY (lesson_id, enrolment_id)
);
CREATE INDEX attendance_by_cohort ON attendance (cohort_id, enrolment_id, lesson_day, minutes_attended);
CREATE INDEX attendance_by_day ON attendance (organisation_id, lesson_day, minutes_attended);
CREATE INDEX attendance_by_enrolment ON attendance (enrolment_id, lesson_day);
