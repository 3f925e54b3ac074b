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
