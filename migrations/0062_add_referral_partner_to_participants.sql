-- The partner organisation that sent her, when it is one of the centre's partners: what lets a
-- partner's page count the women it referred. docs/domain.md "What a partner brings"
ALTER TABLE participants ADD COLUMN referral_partner_id BIGINT REFERENCES partners (id);
CREATE INDEX participants_by_referral_partner ON participants (organisation_id, referral_partner_id);
