-- The audit trail is written once and never changed: the application only inserts into it,
-- and the database refuses an UPDATE or a DELETE. (The PostgreSQL variant is the file of the
-- same number ending in .postgresql.sql.)
CREATE TRIGGER audit_events_refuse_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is insert-only: an audit row is never changed');
END;
CREATE TRIGGER audit_events_refuse_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'audit_events is insert-only: an audit row is never removed');
END;
