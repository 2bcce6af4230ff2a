-- Schema v13: the first letters of a name answered from an index alone.
--
-- One or two characters match the start of members.search_text (MemberSearch); the 400 best are then
-- ranked by the last visit. Through members_search_prefix every one of those rows was a look-up in the
-- wide members table, a random page each at a million members. This index holds the last visit beside
-- the text, and only the members search may find (not erased, not merged away), so the walk reads a
-- few consecutive index pages instead. A sale that moves a member's last visit rewrites one entry.
-- erased_at and merged_into are NULL in every entry; they are here so that SQLite sees the index covers
-- the query's WHERE and never visits the table.
CREATE INDEX members_search_live ON members(search_text, last_visit_at, erased_at, merged_into)
    WHERE erased_at IS NULL AND merged_into IS NULL;
DROP INDEX members_search_prefix;
