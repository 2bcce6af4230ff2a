-- Finding a member in a keystroke.
--
-- members.search_text is the member's name, e-mail and phone digits folded by the app
-- (lower case, diacritics removed, ё → е; see app/rules/searchtext.cpp) so that one FTS5 trigram index
-- answers substring searches in any script, case- and diacritic-insensitively. The app computes the
-- column; these triggers keep the index in step with it, whoever writes the row.

ALTER TABLE members ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE member_fts USING fts5(
    search_text,
    content = 'members',
    content_rowid = 'id',
    tokenize = 'trigram'
);

CREATE TRIGGER members_fts_insert AFTER INSERT ON members
BEGIN
    INSERT INTO member_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER members_fts_delete AFTER DELETE ON members
BEGIN
    INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER members_fts_update AFTER UPDATE OF search_text ON members
BEGIN
    INSERT INTO member_fts(member_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO member_fts(rowid, search_text) VALUES (new.id, new.search_text);
END;

-- One and two characters are too short for trigrams: they match the start of the folded text
-- (the name) through this index instead of scanning the table.
CREATE INDEX members_search_prefix ON members(search_text);
-- "The last four digits of your phone?"
CREATE INDEX members_phone_last4 ON members(substr(phone_norm, -4)) WHERE phone_norm IS NOT NULL;
