-- Schema v16: what each lot has given, kept per member.
--
-- A lot's unspent points were its points less the sum of its allocations, found through
-- points_allocations_lot. Expiry settles members in id order, and the lots of a window of members
-- lie all over that index: every settled lot wrote a page of it at a random place (at a million
-- members, about a third of the settling's time went on those pages, in the log and at checkpoint).
-- points_lot_spent holds the same sums keyed by the lot's member first, so the lots of consecutive
-- members are neighbours and a sale's lots are on one page. The lot's member never changes (the
-- ledger is append-only; a merge moves points by new entries).
--
-- Kept by the trigger below for every allocation (a sale's redemption, a refund, a sync batch),
-- which reads its lot's member from the ledger; the expiry step, which has the members of its lots
-- at hand, writes the sums itself set-wise while points_lot_spent_direct holds its one row (inside
-- the step's transaction only). `check` compares the sums with the allocations.
CREATE TABLE points_lot_spent (
    member_id INTEGER NOT NULL,
    lot_id    INTEGER NOT NULL,
    points    INTEGER NOT NULL,
    PRIMARY KEY (member_id, lot_id)
) WITHOUT ROWID;

CREATE TABLE points_lot_spent_direct (one INTEGER PRIMARY KEY CHECK (one = 1));

INSERT INTO points_lot_spent (member_id, lot_id, points)
SELECT l.member_id, a.lot_id, sum(a.points) FROM points_allocations a JOIN points_ledger l ON l.id = a.lot_id
GROUP BY l.member_id, a.lot_id ORDER BY l.member_id, a.lot_id;

CREATE TRIGGER points_lot_spent_on_allocation AFTER INSERT ON points_allocations
WHEN NOT EXISTS (SELECT 1 FROM points_lot_spent_direct)
BEGIN
    INSERT INTO points_lot_spent (member_id, lot_id, points)
    SELECT member_id, NEW.lot_id, NEW.points FROM points_ledger WHERE id = NEW.lot_id
    ON CONFLICT (member_id, lot_id) DO UPDATE SET points = points + excluded.points;
END;

DROP INDEX points_allocations_lot;
