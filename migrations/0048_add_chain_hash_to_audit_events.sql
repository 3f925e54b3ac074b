-- Each audit row carries a hash chained to the row before it (SHA-256 of the previous row's
-- chain_hash and this row's content, src/service/audit_chain.cpp): a row changed or removed
-- afterwards breaks the chain at the next one, and `tremplin audit verify` names it. Rows
-- written before this migration keep an empty chain_hash and come before the chain.
ALTER TABLE audit_events ADD COLUMN chain_hash TEXT NOT NULL DEFAULT '';
