-- Schema v7: the customer's feedback at the till, and the daily rollups the reports read.

-- One answer per sale at most: CSAT (1-5) or NPS (0-10), as the shop asks, with an optional comment.
CREATE TABLE feedback (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    member_id       INTEGER NOT NULL REFERENCES members(id),
    purchase_id     INTEGER REFERENCES purchases(id),
    scale           TEXT    NOT NULL CHECK (scale IN ('csat', 'nps')),
    score           INTEGER NOT NULL,
    comment         TEXT,
    staff_id        INTEGER REFERENCES staff(id),
    business_day    TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    CHECK ((scale = 'csat' AND score BETWEEN 1 AND 5) OR (scale = 'nps' AND score BETWEEN 0 AND 10))
);
CREATE UNIQUE INDEX feedback_purchase ON feedback(purchase_id) WHERE purchase_id IS NOT NULL;
CREATE INDEX feedback_day ON feedback(business_day, scale, score);
CREATE INDEX feedback_member ON feedback(member_id);

-- Sales per business day and terminal, kept by a trigger in the transaction that writes the sale (or
-- the refund, or a sale arriving by sync), so that a report over years reads a few thousand rows
-- instead of millions. revenue is money taken less money given back.
CREATE TABLE daily_sales (
    business_day         TEXT    NOT NULL,
    origin_terminal      TEXT    NOT NULL,
    sales                INTEGER NOT NULL DEFAULT 0,
    refunds              INTEGER NOT NULL DEFAULT 0,
    revenue_minor        INTEGER NOT NULL DEFAULT 0,
    member_sales         INTEGER NOT NULL DEFAULT 0,
    member_revenue_minor INTEGER NOT NULL DEFAULT 0,
    discount_minor       INTEGER NOT NULL DEFAULT 0,
    points_paid_minor    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, origin_terminal)
) WITHOUT ROWID;

INSERT INTO daily_sales
SELECT business_day, origin_terminal,
       SUM(kind = 'sale'), SUM(kind = 'refund'),
       SUM(CASE kind WHEN 'sale' THEN total_minor ELSE -total_minor END),
       SUM(kind = 'sale' AND member_id IS NOT NULL),
       SUM(CASE WHEN member_id IS NULL THEN 0 WHEN kind = 'sale' THEN total_minor ELSE -total_minor END),
       SUM(CASE kind WHEN 'sale' THEN discount_minor ELSE -discount_minor END),
       SUM(CASE kind WHEN 'sale' THEN points_paid_minor ELSE -points_paid_minor END)
FROM purchases GROUP BY business_day, origin_terminal;

CREATE TRIGGER daily_sales_on_purchase AFTER INSERT ON purchases
BEGIN
    INSERT INTO daily_sales (business_day, origin_terminal, sales, refunds, revenue_minor, member_sales,
                             member_revenue_minor, discount_minor, points_paid_minor)
    VALUES (NEW.business_day, NEW.origin_terminal, NEW.kind = 'sale', NEW.kind = 'refund',
            CASE NEW.kind WHEN 'sale' THEN NEW.total_minor ELSE -NEW.total_minor END,
            NEW.kind = 'sale' AND NEW.member_id IS NOT NULL,
            CASE WHEN NEW.member_id IS NULL THEN 0 WHEN NEW.kind = 'sale' THEN NEW.total_minor
                 ELSE -NEW.total_minor END,
            CASE NEW.kind WHEN 'sale' THEN NEW.discount_minor ELSE -NEW.discount_minor END,
            CASE NEW.kind WHEN 'sale' THEN NEW.points_paid_minor ELSE -NEW.points_paid_minor END)
    ON CONFLICT (business_day, origin_terminal) DO UPDATE SET
        sales = sales + excluded.sales,
        refunds = refunds + excluded.refunds,
        revenue_minor = revenue_minor + excluded.revenue_minor,
        member_sales = member_sales + excluded.member_sales,
        member_revenue_minor = member_revenue_minor + excluded.member_revenue_minor,
        discount_minor = discount_minor + excluded.discount_minor,
        points_paid_minor = points_paid_minor + excluded.points_paid_minor;
END;

-- Points per local day and kind (earn, bonus, redeem, expire, ...), kept the same way: the liability
-- report adds them up instead of reading the ledger.
CREATE TABLE daily_points (
    business_day    TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    points          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, kind)
) WITHOUT ROWID;

INSERT INTO daily_points
SELECT date(created_at, 'localtime'), kind, SUM(points) FROM points_ledger GROUP BY 1, 2;

CREATE TRIGGER daily_points_on_entry AFTER INSERT ON points_ledger
BEGIN
    INSERT INTO daily_points (business_day, kind, points)
    VALUES (date(NEW.created_at, 'localtime'), NEW.kind, NEW.points)
    ON CONFLICT (business_day, kind) DO UPDATE SET points = points + excluded.points;
END;

-- Who bought on which days: the members reports (active, retained, repeat) read this index alone.
CREATE INDEX purchases_day_member ON purchases(business_day, member_id)
    WHERE member_id IS NOT NULL AND kind = 'sale';

-- Cohorts: the months in which each member bought (one row a month), and per enrolment month how
-- many joined and how many of them bought in each later month. Kept by triggers, like the rollups.
CREATE TABLE member_months (
    member_id INTEGER NOT NULL,
    month     TEXT    NOT NULL,  -- 2026-01, of the business day
    PRIMARY KEY (member_id, month)
) WITHOUT ROWID;
CREATE TABLE cohort_sizes (
    cohort  TEXT    NOT NULL PRIMARY KEY,  -- the local month members joined
    members INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE cohort_activity (
    cohort  TEXT    NOT NULL,
    month   TEXT    NOT NULL,
    members INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (cohort, month)
) WITHOUT ROWID;

INSERT INTO cohort_sizes
SELECT substr(date(created_at, 'localtime'), 1, 7), count(*) FROM members GROUP BY 1;
INSERT INTO member_months
SELECT DISTINCT member_id, substr(business_day, 1, 7) FROM purchases WHERE member_id IS NOT NULL AND kind = 'sale';
INSERT INTO cohort_activity
SELECT substr(date(m.created_at, 'localtime'), 1, 7), mm.month, count(*)
FROM member_months mm JOIN members m ON m.id = mm.member_id GROUP BY 1, 2;

CREATE TRIGGER cohort_sizes_on_member AFTER INSERT ON members
BEGIN
    INSERT INTO cohort_sizes (cohort, members) VALUES (substr(date(NEW.created_at, 'localtime'), 1, 7), 1)
    ON CONFLICT (cohort) DO UPDATE SET members = members + 1;
END;
CREATE TRIGGER member_months_on_purchase AFTER INSERT ON purchases
WHEN NEW.kind = 'sale' AND NEW.member_id IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO member_months (member_id, month) VALUES (NEW.member_id, substr(NEW.business_day, 1, 7));
END;
-- Fires only for a member's first sale of a month (an ignored insert fires no trigger).
CREATE TRIGGER cohort_activity_on_month AFTER INSERT ON member_months
BEGIN
    INSERT INTO cohort_activity (cohort, month, members)
    VALUES ((SELECT substr(date(created_at, 'localtime'), 1, 7) FROM members WHERE id = NEW.member_id), NEW.month, 1)
    ON CONFLICT (cohort, month) DO UPDATE SET members = members + 1;
END;
