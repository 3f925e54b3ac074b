-- The people the centre knows. Free text is '' when not given; a closed answer is NULL when
-- the question was never asked (so "not asked", "unknown" and "refused" stay apart).
-- The *_key columns are derived on every save for matching: folded names, normalised phone.
CREATE TABLE participants (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT,
    gender TEXT NOT NULL,
    preferred_language TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL DEFAULT '',
    nationality TEXT NOT NULL DEFAULT '',
    country_of_birth TEXT NOT NULL DEFAULT '',
    education_level TEXT,
    diploma_obtained_abroad TEXT,
    diploma_recognised TEXT,
    qualification_obsolete TEXT,
    labour_market_status TEXT,
    unemployed_since TEXT,
    actiris_number TEXT NOT NULL DEFAULT '',
    single_parent TEXT,
    housing_exclusion TEXT,
    disability TEXT,
    minority TEXT,
    referral_source TEXT,
    referral_detail TEXT NOT NULL DEFAULT '',
    name_key {{ascii_text}} NOT NULL,
    sort_key {{ascii_text}} NOT NULL,
    email_key TEXT NOT NULL DEFAULT '',
    phone_key TEXT NOT NULL DEFAULT '',
    actiris_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX participants_by_name ON participants (organisation_id, sort_key, id);
CREATE INDEX participants_by_update ON participants (organisation_id, updated_at, id);
CREATE INDEX participants_by_name_key ON participants (organisation_id, name_key);
CREATE INDEX participants_by_email ON participants (organisation_id, email_key);
CREATE INDEX participants_by_phone ON participants (organisation_id, phone_key);
CREATE INDEX participants_by_actiris ON participants (organisation_id, actiris_key);
