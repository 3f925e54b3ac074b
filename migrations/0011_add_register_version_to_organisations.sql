-- Counts the changes to an organisation's participant register, so that a page of the list
-- rendered once can be shown again, by any server, until the register changes.
ALTER TABLE organisations ADD COLUMN register_version BIGINT NOT NULL DEFAULT 0;
