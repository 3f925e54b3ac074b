-- The director names who, besides her, reads disability and minority answers (GDPR Art. 9):
-- docs/design.md "Least privilege". Nobody is named until she does.
ALTER TABLE staff_accounts ADD COLUMN special_categories_granted INTEGER NOT NULL DEFAULT 0;
