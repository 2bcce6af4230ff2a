-- Schema v4: the records merged into a member are found through that member.
-- Erasing a member erases the records merged into them too, and a re-import of a member list sees the
-- opening balance a merged-away record brought along: both look members up by merged_into.
CREATE INDEX members_merged_into ON members(merged_into) WHERE merged_into IS NOT NULL;
