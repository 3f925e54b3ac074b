-- The centre's partner organisations (enterprises, services, training centres, public bodies,
-- funders) and the people it speaks to there. docs/domain.md "Partners".
-- name_key: the folded name without legal forms, for the duplicate warning; search_key: the
-- folded words of the name and the commune between spaces (" acme brussels ixelles "), so
-- that a search finds the start of any word with one LIKE a word.
CREATE TABLE partners (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    name TEXT NOT NULL,
    name_key {{ascii_text}} NOT NULL,
    search_key {{ascii_text}} NOT NULL,
    kind TEXT NOT NULL,
    nace_section TEXT NOT NULL DEFAULT '',
    size_band TEXT,
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    enterprise_number TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX partners_by_name ON partners (organisation_id, name);
CREATE INDEX partners_by_name_key ON partners (organisation_id, name_key);
CREATE INDEX partners_by_enterprise_number ON partners (organisation_id, enterprise_number);
CREATE INDEX partners_by_kind ON partners (organisation_id, kind, name);
CREATE INDEX partners_by_sector ON partners (organisation_id, nace_section, name);
CREATE INDEX partners_by_commune ON partners (organisation_id, commune, name);

CREATE TABLE partner_contacts (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX partner_contacts_by_partner ON partner_contacts (partner_id, name);
