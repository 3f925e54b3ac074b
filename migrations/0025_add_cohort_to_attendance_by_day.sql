-- The year's sums by track and by funder group rows by cohort: with the cohort in the index,
-- they read the index alone, like the year's total.
CREATE INDEX attendance_by_day_and_cohort ON attendance (organisation_id, lesson_day, cohort_id, minutes_attended);
DROP INDEX attendance_by_day;
