-- A cohort's calendar link is kept as the hash of its secret, like every other link and token,
-- so that a copy of the database opens no timetable (docs/design.md "Calendar links"). The
-- links made before were kept in clear: they are retired, and staff make new ones. A retired
-- value is no hash, so it matches no link.
UPDATE cohorts SET calendar_token = 'retired-' || id;
ALTER TABLE cohorts RENAME COLUMN calendar_token TO calendar_token_hash;
ALTER TABLE cohorts ADD COLUMN calendar_link_made_at TEXT;
