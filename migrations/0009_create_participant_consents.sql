-- The consents a participant gave or refused, with the day it was recorded.
CREATE TABLE participant_consents (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    participant_id BIGINT NOT NULL REFERENCES participants (id),
    kind TEXT NOT NULL,
    given INTEGER NOT NULL,
    recorded_on TEXT NOT NULL,
    PRIMARY KEY (participant_id, kind)
);
