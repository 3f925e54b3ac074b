-- Words a participant can be found by (folded names, e-mail, phone digits, Actiris number),
-- searched by prefix with a range on an index: "fat" finds "Fatima" among 100,000 at once.
CREATE TABLE participant_search_terms (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    term {{ascii_text}} NOT NULL,
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    PRIMARY KEY (organisation_id, term, participant_id)
);
CREATE INDEX participant_search_terms_by_participant ON participant_search_terms (participant_id);
