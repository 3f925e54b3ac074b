-- A centre running Tremplin. Every row of domain data carries the organisation it belongs to.
CREATE TABLE organisations (
    {{id}},
    name TEXT NOT NULL,
    default_language TEXT NOT NULL DEFAULT 'fr',
    created_at TEXT NOT NULL
);
