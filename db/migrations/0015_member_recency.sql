-- Schema v15: the segments from a count of members per day of their last visit.
--
-- The segments report counted the members seen in the last 180 days from members_live_recency: 800,000
-- index entries at a million members, over 400 ms. member_recency holds, per UTC day of the last
-- visit (the first ten characters of last_visit_at) and whether the member has 10 visits or more
-- (the champions' rule, docs/metrics.md), how many current members (neither merged away nor erased)
-- that is: a year is at most 732 rows. ReportService::segments adds up the whole days after each
-- cut-off and counts the members of the cut-off's own day from the index.
-- The rows are kept by the member_aggregates triggers, under the same rule: members above
-- counted_through are not counted yet (a sync batch counts its new members set-wise when it ends,
-- MemberTotals::countNewMembers). `check` compares the rows with the members.
CREATE TABLE member_recency (
    day     TEXT    NOT NULL,
    regular INTEGER NOT NULL,  -- visits >= 10
    members INTEGER NOT NULL,
    PRIMARY KEY (day, regular)
) WITHOUT ROWID;

INSERT INTO member_recency (day, regular, members)
SELECT substr(last_visit_at, 1, 10), visits >= 10, count(*) FROM members
WHERE erased_at IS NULL AND merged_into IS NULL AND last_visit_at IS NOT NULL
  AND id <= (SELECT counted_through FROM member_aggregates WHERE id = 1)
GROUP BY 1, 2;

DROP TRIGGER member_aggregates_on_insert;
CREATE TRIGGER member_aggregates_on_insert AFTER INSERT ON members
BEGIN
    UPDATE member_aggregates SET
        points = points + CASE WHEN NEW.merged_into IS NULL THEN NEW.points_balance ELSE 0 END,
        spent_minor = spent_minor + CASE WHEN NEW.merged_into IS NULL THEN NEW.total_spent_minor ELSE 0 END,
        buyers = buyers + (NEW.merged_into IS NULL AND NEW.visits > 0),
        live = live + (NEW.merged_into IS NULL AND NEW.erased_at IS NULL),
        counted_through = max(counted_through, NEW.id)
    WHERE id = 1;
    INSERT INTO member_recency (day, regular, members)
    SELECT substr(NEW.last_visit_at, 1, 10), NEW.visits >= 10, 1
    WHERE NEW.last_visit_at IS NOT NULL AND NEW.merged_into IS NULL AND NEW.erased_at IS NULL
    ON CONFLICT (day, regular) DO UPDATE SET members = members + 1;
END;

-- A sale on a day the member already came changes neither the day nor, mostly, the regular mark:
-- then nothing is written here.
DROP TRIGGER member_aggregates_on_update;
CREATE TRIGGER member_aggregates_on_update
AFTER UPDATE OF points_balance, visits, total_spent_minor, merged_into, erased_at, last_visit_at ON members
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
    UPDATE member_recency SET members = members - 1
    WHERE day = substr(OLD.last_visit_at, 1, 10) AND regular = (OLD.visits >= 10)
      AND OLD.merged_into IS NULL AND OLD.erased_at IS NULL
      AND NOT (NEW.merged_into IS NULL AND NEW.erased_at IS NULL
               AND substr(NEW.last_visit_at, 1, 10) IS substr(OLD.last_visit_at, 1, 10)
               AND (NEW.visits >= 10) = (OLD.visits >= 10));
    INSERT INTO member_recency (day, regular, members)
    SELECT substr(NEW.last_visit_at, 1, 10), NEW.visits >= 10, 1
    WHERE NEW.last_visit_at IS NOT NULL AND NEW.merged_into IS NULL AND NEW.erased_at IS NULL
      AND NOT (OLD.merged_into IS NULL AND OLD.erased_at IS NULL
               AND substr(NEW.last_visit_at, 1, 10) IS substr(OLD.last_visit_at, 1, 10)
               AND (NEW.visits >= 10) = (OLD.visits >= 10))
    ON CONFLICT (day, regular) DO UPDATE SET members = members + 1;
END;

DROP TRIGGER member_aggregates_on_delete;
CREATE TRIGGER member_aggregates_on_delete AFTER DELETE ON members
WHEN OLD.id <= (SELECT counted_through FROM member_aggregates WHERE id = 1)
BEGIN
    UPDATE member_aggregates SET
        points = points - CASE WHEN OLD.merged_into IS NULL THEN OLD.points_balance ELSE 0 END,
        spent_minor = spent_minor - CASE WHEN OLD.merged_into IS NULL THEN OLD.total_spent_minor ELSE 0 END,
        buyers = buyers - (OLD.merged_into IS NULL AND OLD.visits > 0),
        live = live - (OLD.merged_into IS NULL AND OLD.erased_at IS NULL)
    WHERE id = 1;
    UPDATE member_recency SET members = members - 1
    WHERE day = substr(OLD.last_visit_at, 1, 10) AND regular = (OLD.visits >= 10)
      AND OLD.merged_into IS NULL AND OLD.erased_at IS NULL;
END;
