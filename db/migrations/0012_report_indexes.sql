-- Schema v12: the dashboards without a scan of the members (docs/architecture.md, "Reports").
--
-- Running totals over the members, in one row, kept by triggers on members in the same transaction
-- as the change of a balance, a spend, a visit count, a merge or an erasure, whichever path made it.
-- `check` compares them with the sums (IntegrityCheck), MemberTotals::recountAggregates rebuilds
-- them. Members with an id above counted_through are not in the totals yet: a sync batch sets the
-- insert trigger aside and counts its new members set-wise when it finishes
-- (MemberTotals::countNewMembers); the update trigger leaves those rows alone until then.
CREATE TABLE member_aggregates (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    points          INTEGER NOT NULL,  -- SUM(points_balance) of members not merged away
    spent_minor     INTEGER NOT NULL,  -- SUM(total_spent_minor) of the same members
    buyers          INTEGER NOT NULL,  -- of them, those with a visit
    live            INTEGER NOT NULL,  -- members neither merged away nor erased
    counted_through INTEGER NOT NULL   -- the highest member id these totals count
);
INSERT INTO member_aggregates (id, points, spent_minor, buyers, live, counted_through)
SELECT 1,
       COALESCE(SUM(CASE WHEN merged_into IS NULL THEN points_balance ELSE 0 END), 0),
       COALESCE(SUM(CASE WHEN merged_into IS NULL THEN total_spent_minor ELSE 0 END), 0),
       COALESCE(SUM(merged_into IS NULL AND visits > 0), 0),
       COALESCE(SUM(merged_into IS NULL AND erased_at IS NULL), 0),
       COALESCE(MAX(id), 0)
FROM members;

CREATE TRIGGER member_aggregates_on_insert AFTER INSERT ON members
BEGIN
    UPDATE member_aggregates SET
        points = points + CASE WHEN NEW.merged_into IS NULL THEN NEW.points_balance ELSE 0 END,
        spent_minor = spent_minor + CASE WHEN NEW.merged_into IS NULL THEN NEW.total_spent_minor ELSE 0 END,
        buyers = buyers + (NEW.merged_into IS NULL AND NEW.visits > 0),
        live = live + (NEW.merged_into IS NULL AND NEW.erased_at IS NULL),
        counted_through = max(counted_through, NEW.id)
    WHERE id = 1;
END;
CREATE TRIGGER member_aggregates_on_update
AFTER UPDATE OF points_balance, visits, total_spent_minor, merged_into, erased_at ON members
WHEN OLD.id <= (SELECT counted_through FROM member_aggregates WHERE id = 1)
BEGIN
    UPDATE member_aggregates SET
        points = points + CASE WHEN NEW.merged_into IS NULL THEN NEW.points_balance ELSE 0 END
                        - CASE WHEN OLD.merged_into IS NULL THEN OLD.points_balance ELSE 0 END,
        spent_minor = spent_minor + CASE WHEN NEW.merged_into IS NULL THEN NEW.total_spent_minor ELSE 0 END
                                  - CASE WHEN OLD.merged_into IS NULL THEN OLD.total_spent_minor ELSE 0 END,
        buyers = buyers + (NEW.merged_into IS NULL AND NEW.visits > 0)
                        - (OLD.merged_into IS NULL AND OLD.visits > 0),
        live = live + (NEW.merged_into IS NULL AND NEW.erased_at IS NULL)
                    - (OLD.merged_into IS NULL AND OLD.erased_at IS NULL)
    WHERE id = 1;
END;
CREATE TRIGGER member_aggregates_on_delete AFTER DELETE ON members
WHEN OLD.id <= (SELECT counted_through FROM member_aggregates WHERE id = 1)
BEGIN
    UPDATE member_aggregates SET
        points = points - CASE WHEN OLD.merged_into IS NULL THEN OLD.points_balance ELSE 0 END,
        spent_minor = spent_minor - CASE WHEN OLD.merged_into IS NULL THEN OLD.total_spent_minor ELSE 0 END,
        buyers = buyers - (OLD.merged_into IS NULL AND OLD.visits > 0),
        live = live - (OLD.merged_into IS NULL AND OLD.erased_at IS NULL)
    WHERE id = 1;
END;

-- The lists, biggest spenders first (top members, win-back, a segment's members), walk this index
-- from its top and stop at the limit; ties go by id, as the scan and sort before it gave them.
CREATE INDEX members_live_spent ON members(total_spent_minor DESC, id)
    WHERE erased_at IS NULL AND merged_into IS NULL;
-- Segments count the members seen in the last 180 days from this index alone (the two NULL columns
-- let SQLite see that it holds everything the count asks for).
CREATE INDEX members_live_recency ON members(last_visit_at, visits, erased_at, merged_into)
    WHERE erased_at IS NULL AND merged_into IS NULL;
-- New members in a period, and the new segment. A sale never changes created_at: no cost to a sale.
CREATE INDEX members_created ON members(created_at);
-- Birthdays by month and day, the expression the birthday list asks for. No cost to a sale either.
CREATE INDEX members_live_birthday ON members(birth_month * 100 + birth_day)
    WHERE erased_at IS NULL AND merged_into IS NULL;
-- The points report's refunds that took back points already spent: a handful of rows, where the day
-- index made it read every sale of the period. A sale is not a row of it and writes nothing here.
CREATE INDEX purchases_overdrawn_refunds ON purchases(business_day, points_not_returned)
    WHERE kind = 'refund' AND points_not_returned > 0;
-- A member's ledger, now holding each row's expiry day and points: the expiring-points list adds up
-- its candidates' lots from the index alone. Every ledger row was in this index already; the entries
-- are longer, no index is added.
DROP INDEX points_ledger_member;
CREATE INDEX points_ledger_member ON points_ledger(member_id, id, expires_on, points);
