-- Schema v11: the same rule for a ledger entry's kind, spelled so that SQLite checks it with seven
-- comparisons. Written as an IN list of more than two values, it built a temporary table for the list
-- each time an entry was written: about 1.9 µs on every ledger row, a third of what a sync batch's
-- ledger rows cost to apply (docs/benchmarks.md, "Sync"). The two spellings accept and refuse the
-- same rows, so the table's text is changed in place, as SQLite documents for a CHECK constraint
-- (https://sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"); the
-- migration then checks the change took and tells other connections the schema changed
-- (completeMigration in database.cpp).
PRAGMA writable_schema = ON;
UPDATE sqlite_master
   SET sql = replace(sql,
                     'CHECK (kind IN (''earn'', ''redeem'', ''expire'', ''adjust'', ''reverse'', ''bonus'', ''import''))',
                     'CHECK (kind = ''earn'' OR kind = ''redeem'' OR kind = ''expire'' OR kind = ''adjust''
                           OR kind = ''reverse'' OR kind = ''bonus'' OR kind = ''import'')')
 WHERE type = 'table' AND name = 'points_ledger';
PRAGMA writable_schema = RESET;
