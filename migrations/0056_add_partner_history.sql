-- A partner's history: what the staff noted of their dealings with it.
-- docs/domain.md "Partner timeline": a contact removed leaves the entry, without her.
CREATE TABLE partner_events (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    kind TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    contact_id BIGINT REFERENCES partner_contacts (id) ON DELETE SET NULL,
    summary TEXT NOT NULL,
    author_staff_account_id BIGINT REFERENCES staff_accounts (id),
    created_at TEXT NOT NULL
);
CREATE INDEX partner_events_by_partner ON partner_events (partner_id, happened_on, id);
CREATE INDEX partner_events_by_contact ON partner_events (contact_id);

-- Free short tags ("ICT", "hosts every year"): `tag` as typed, `tag_key` its case-folded
-- form in byte order on both databases, one a partner. docs/domain.md "Partner tags".
CREATE TABLE partner_tags (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    tag TEXT NOT NULL,
    tag_key {{ascii_text}} NOT NULL,
    PRIMARY KEY (partner_id, tag_key)
);
CREATE INDEX partner_tags_by_key ON partner_tags (organisation_id, tag_key);
