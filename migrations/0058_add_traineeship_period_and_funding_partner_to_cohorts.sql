-- A cohort's traineeship period (both days, or neither: no traineeship planned), and its
-- funder among the centre's partners when it is recorded as one.
-- docs/domain.md "Traineeship period"
ALTER TABLE cohorts ADD COLUMN traineeship_starts_on TEXT;
ALTER TABLE cohorts ADD COLUMN traineeship_ends_on TEXT;
ALTER TABLE cohorts ADD COLUMN funding_partner_id BIGINT REFERENCES partners (id);
CREATE INDEX cohorts_by_funding_partner ON cohorts (organisation_id, funding_partner_id);
