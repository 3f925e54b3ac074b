-- Traineeship offers of the centre's partners, the tracks each suits, and the secret links
-- through which an enterprise confirms or corrects its offer (docs/domain.md "Traineeship
-- offers", docs/design.md "Offers and the enterprise's link").
-- languages: the languages required, a word list ("fr nl"); hours_per_week: whole hours.
-- A contact removed from the partner leaves the offer without a tutor, and takes her links
-- with her; who confirmed an offer stays in the audit trail.
CREATE TABLE offers (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    partner_id BIGINT NOT NULL REFERENCES partners (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    occupation TEXT NOT NULL,
    places INTEGER NOT NULL CHECK (places >= 1),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL CHECK (ends_on >= starts_on),
    hours_per_week INTEGER NOT NULL CHECK (hours_per_week BETWEEN 1 AND 40),
    languages TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    transport_note TEXT NOT NULL DEFAULT '',
    tutor_contact_id BIGINT REFERENCES partner_contacts (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    confirmed_at TEXT,
    confirmed_by_contact_id BIGINT REFERENCES partner_contacts (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX offers_by_partner ON offers (partner_id, starts_on);
CREATE INDEX offers_by_status ON offers (organisation_id, status, starts_on);

CREATE TABLE offer_tracks (
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    track_id BIGINT NOT NULL REFERENCES tracks (id),
    PRIMARY KEY (offer_id, track_id)
);
CREATE INDEX offer_tracks_by_track ON offer_tracks (track_id, offer_id);

-- Only the hash of a link's secret is kept, like every link and token. One link an offer:
-- a new one replaces the old (the service removes it).
CREATE TABLE offer_links (
    {{id}},
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    offer_id BIGINT NOT NULL REFERENCES offers (id),
    contact_id BIGINT NOT NULL REFERENCES partner_contacts (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_by BIGINT REFERENCES staff_accounts (id)
);
CREATE INDEX offer_links_by_offer ON offer_links (offer_id);
