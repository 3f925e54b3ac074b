-- Words a participant can be found by (folded names, e-mail, phone digits, Actiris number),
-- searched by prefix with a range on an index: "fat" finds "Fatima" among 100,000 at once.
-- Each row repeats her sort key, so that the matches of a word are put in list order from
-- this table alone, and only the page shown is read from participants.
CREATE TABLE participant_search_terms (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    term {{ascii_text}} NOT NULL,
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    sort_key {{ascii_text}} NOT NULL,
    PRIMARY KEY (organisation_id, term, participant_id)
);
CREATE INDEX participant_search_terms_in_list_order ON participant_search_terms (organisation_id, term, sort_key, participant_id);
CREATE INDEX participant_search_terms_by_participant ON participant_search_terms (participant_id, term);
