-- Schema v14: who bought on which day, as sets the members report adds up over any period.
--
-- The members report counts distinct buyers over a period and the 90 days before it (active, repeat,
-- retained). Read from purchases_day_member, that was one index entry per sale: 5 million for a year
-- at a million members, seconds and a large DISTINCT in memory. buyer_days holds, per business day,
-- terminal and chunk of 8,192 member ids, the set of members who bought then with their number of
-- sales (db/sqlite/buyersets.h has the format): a year is about 45,000 small rows. Sets add up
-- without counting a member twice and do not care in which order sales arrive, so a sale that
-- syncs in late or a merge that moves sales to another member keeps the rollup exact.
-- The buyers_* functions are the application's, registered on every connection (Database::open).
CREATE TABLE buyer_days (
    business_day    TEXT    NOT NULL,
    origin_terminal TEXT    NOT NULL,
    chunk           INTEGER NOT NULL,  -- member_id >> 13
    members         BLOB    NOT NULL,
    PRIMARY KEY (business_day, origin_terminal, chunk)
) WITHOUT ROWID;

INSERT INTO buyer_days (business_day, origin_terminal, chunk, members)
SELECT business_day, origin_terminal, member_id >> 13, buyers_agg(member_id & 8191)
FROM purchases WHERE kind = 'sale' AND member_id IS NOT NULL
GROUP BY business_day, origin_terminal, member_id >> 13;

CREATE TRIGGER buyer_days_on_purchase AFTER INSERT ON purchases
WHEN NEW.kind = 'sale' AND NEW.member_id IS NOT NULL
BEGIN
    INSERT INTO buyer_days (business_day, origin_terminal, chunk, members)
    VALUES (NEW.business_day, NEW.origin_terminal, NEW.member_id >> 13,
            buyers_add(NULL, NEW.member_id & 8191, 1))
    ON CONFLICT (business_day, origin_terminal, chunk) DO UPDATE
        SET members = buyers_add(members, NEW.member_id & 8191, 1);
END;

-- A merge moves sales to the member kept; the sets move with them.
CREATE TRIGGER buyer_days_on_move AFTER UPDATE OF member_id, kind, business_day, origin_terminal ON purchases
WHEN OLD.member_id IS NOT NEW.member_id OR OLD.kind IS NOT NEW.kind
     OR OLD.business_day IS NOT NEW.business_day OR OLD.origin_terminal IS NOT NEW.origin_terminal
BEGIN
    UPDATE buyer_days SET members = buyers_add(members, OLD.member_id & 8191, -1)
    WHERE OLD.kind = 'sale' AND OLD.member_id IS NOT NULL AND business_day = OLD.business_day
      AND origin_terminal = OLD.origin_terminal AND chunk = OLD.member_id >> 13;
    INSERT INTO buyer_days (business_day, origin_terminal, chunk, members)
    SELECT NEW.business_day, NEW.origin_terminal, NEW.member_id >> 13, buyers_add(NULL, NEW.member_id & 8191, 1)
    WHERE NEW.kind = 'sale' AND NEW.member_id IS NOT NULL
    ON CONFLICT (business_day, origin_terminal, chunk) DO UPDATE
        SET members = buyers_add(members, NEW.member_id & 8191, 1);
END;

CREATE TRIGGER buyer_days_on_delete AFTER DELETE ON purchases
WHEN OLD.kind = 'sale' AND OLD.member_id IS NOT NULL
BEGIN
    UPDATE buyer_days SET members = buyers_add(members, OLD.member_id & 8191, -1)
    WHERE business_day = OLD.business_day AND origin_terminal = OLD.origin_terminal
      AND chunk = OLD.member_id >> 13;
END;

-- The report no longer reads it; a sale no longer writes it.
DROP INDEX purchases_day_member;
