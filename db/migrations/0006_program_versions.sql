-- Schema v6: the loyalty program in versions, what each sale was priced with, stamp cards and
-- partial returns.

-- Every change of the program is a new version that takes effect at a moment (UTC) and never
-- rewrites a sale made before it: the version in force at a moment is the newest one that had begun.
CREATE TABLE program_versions (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    effective_from  TEXT    NOT NULL,
    settings_json   TEXT    NOT NULL CHECK (json_valid(settings_json)),
    note            TEXT,
    created_at      TEXT    NOT NULL,
    created_by      INTEGER REFERENCES staff(id),
    approved_by     INTEGER REFERENCES staff(id)
);
CREATE INDEX program_versions_from ON program_versions(effective_from, id);
CREATE TRIGGER program_versions_no_update BEFORE UPDATE ON program_versions
BEGIN SELECT RAISE(ABORT, 'program versions are append-only'); END;
CREATE TRIGGER program_versions_no_delete BEFORE DELETE ON program_versions
BEGIN SELECT RAISE(ABORT, 'program versions are append-only'); END;

-- A file made before v6 kept the earn rule in settings: it becomes version 1, in force since the
-- terminal's first day (or its first sale, if older), so no past sale is left without a program.
INSERT INTO program_versions (uuid, origin_terminal, effective_from, settings_json, note, created_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2)
             || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       t.uuid,
       min(t.created_at, coalesce((SELECT min(created_at) FROM purchases), t.created_at),
           coalesce((SELECT min(created_at) FROM points_ledger), t.created_at)),
       json_object(
           'earn', json_object(
               'points', CAST(coalesce((SELECT value FROM settings WHERE key = 'earn.points'), '1') AS INTEGER),
               'per_minor', CAST(coalesce((SELECT value FROM settings WHERE key = 'earn.per_minor'), '100') AS INTEGER),
               'expiry_months', CAST(coalesce((SELECT value FROM settings WHERE key = 'earn.expiry_months'), '12') AS INTEGER)),
           'sale', json_object(
               'max_total_minor', CAST(coalesce((SELECT value FROM settings WHERE key = 'sale.max_total_minor'), '100000000') AS INTEGER))),
       'from the settings of schema v5',
       t.created_at
FROM terminals t WHERE t.is_local = 1;
DELETE FROM settings WHERE key IN ('earn.points', 'earn.per_minor', 'earn.expiry_months', 'sale.max_total_minor');

ALTER TABLE purchases ADD COLUMN program_version INTEGER REFERENCES program_versions(id);
ALTER TABLE purchases ADD COLUMN level_code TEXT;            -- the level the sale was priced at
ALTER TABLE purchases ADD COLUMN points_not_returned INTEGER NOT NULL DEFAULT 0; -- a refund's points the balance lacked
CREATE INDEX purchases_refund_of ON purchases(refund_of) WHERE refund_of IS NOT NULL;

ALTER TABLE purchase_lines ADD COLUMN product_code TEXT;
ALTER TABLE purchase_lines ADD COLUMN refund_of_line INTEGER REFERENCES purchase_lines(id);
CREATE INDEX purchase_lines_purchase ON purchase_lines(purchase_id);

-- What changed the price or the points of a sale, in the stacking order, for the receipt.
CREATE TABLE purchase_adjustments (
    id           INTEGER PRIMARY KEY,
    purchase_id  INTEGER NOT NULL REFERENCES purchases(id),
    position     INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    amount_minor INTEGER NOT NULL DEFAULT 0,
    points       INTEGER NOT NULL DEFAULT 0,
    UNIQUE (purchase_id, position)
);

-- Stamp cards: a member's stamps on a card are SUM(stamps). Append-only, like the points ledger.
CREATE TABLE stamp_ledger (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    member_id       INTEGER NOT NULL REFERENCES members(id),
    card_code       TEXT    NOT NULL,
    stamps          INTEGER NOT NULL CHECK (stamps <> 0),
    purchase_id     INTEGER REFERENCES purchases(id),
    created_at      TEXT    NOT NULL
);
CREATE INDEX stamp_ledger_member ON stamp_ledger(member_id, card_code);
CREATE TRIGGER stamp_ledger_no_update BEFORE UPDATE ON stamp_ledger
BEGIN SELECT RAISE(ABORT, 'the stamp ledger is append-only'); END;
CREATE TRIGGER stamp_ledger_no_delete BEFORE DELETE ON stamp_ledger
BEGIN SELECT RAISE(ABORT, 'the stamp ledger is append-only'); END;

-- The birthday the offer was last given for (once per member per year).
ALTER TABLE members ADD COLUMN birthday_used_for TEXT;
