-- Schema v8: sync between terminals and the head office (docs/sync-format.md).
--
-- Every row that travels has a uuid; a row changed here is noted in sync_outbox by the triggers below,
-- in the transaction that changed it, and leaves with the next batch. Rows that arrive by sync are
-- written while sync_applying holds its one row, so the triggers do not send them back.

-- What changed here and has not left yet: one line per row. A row changed again moves to a new seq
-- (INSERT OR REPLACE), so a batch carries each row once, in its latest state. Lines are deleted when
-- the batch that carried them was acknowledged (written to disk, or committed by the head office).
CREATE TABLE sync_outbox (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl     TEXT    NOT NULL,
    row_id  INTEGER NOT NULL DEFAULT 0,    -- the row's id (every table but settings)
    row_key TEXT    NOT NULL DEFAULT '',   -- the settings key
    UNIQUE (tbl, row_id, row_key)
);

-- One row while a batch is being applied, inside the applying transaction; empty otherwise.
CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1));

-- This terminal's own sync bookkeeping (last pull position, last success, last error): never travels.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Batches made here and batches applied here, so that the same batch twice is recognised and named.
CREATE TABLE sync_batches (
    batch_uuid TEXT    NOT NULL PRIMARY KEY,
    direction  TEXT    NOT NULL CHECK (direction IN ('export', 'import', 'push', 'pull')),
    terminal   TEXT    NOT NULL,        -- the terminal that made the batch
    seq_from   INTEGER NOT NULL,
    seq_to     INTEGER NOT NULL,
    rows       INTEGER NOT NULL,
    at         TEXT    NOT NULL
) WITHOUT ROWID;

-- Rows that arrived before the rows they refer to (batches imported out of order). Each import tries
-- them again; they are applied as soon as what they refer to is here.
CREATE TABLE sync_pending (
    tbl      TEXT NOT NULL,
    uuid     TEXT NOT NULL,
    row_json TEXT NOT NULL,
    PRIMARY KEY (tbl, uuid)
) WITHOUT ROWID;

-- When each profile field of a member was last set, and on which terminal: a field edited on two
-- terminals keeps the later edit (ties: the greater terminal uuid), the same on every terminal.
-- A field never edited counts from the member's created_at and origin_terminal.
CREATE TABLE member_clock (
    member_id INTEGER NOT NULL REFERENCES members(id),
    field     TEXT    NOT NULL,
    at        TEXT    NOT NULL,
    terminal  TEXT    NOT NULL,
    PRIMARY KEY (member_id, field)
) WITHOUT ROWID;

-- The program a terminal starts with is in force only until a program is published, here or on
-- another terminal of the chain: otherwise a terminal set up later would bring its defaults, newer than
-- the chain's program, to every till by the next sync.
ALTER TABLE program_versions ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1));
DROP TRIGGER program_versions_no_update;
UPDATE program_versions SET is_default = 1
WHERE note IS NULL AND created_by IS NULL
  AND effective_from = (SELECT created_at FROM terminals WHERE is_local = 1);
CREATE TRIGGER program_versions_no_update BEFORE UPDATE ON program_versions
BEGIN SELECT RAISE(ABORT, 'program versions are append-only'); END;

-- The outbox is read table by table in seq order.
CREATE INDEX sync_outbox_tbl ON sync_outbox(tbl, seq);

-- Everything already in the file leaves with the first batch, parents first.

INSERT INTO sync_outbox (tbl, row_id) SELECT 'staff', id FROM staff ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'program_versions', id FROM program_versions ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'members', id FROM members ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'cards', id FROM cards ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'purchases', id FROM purchases ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'purchase_lines', id FROM purchase_lines ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'purchase_adjustments', id FROM purchase_adjustments ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'points_ledger', id FROM points_ledger ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'points_allocations', id FROM points_allocations ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'stamp_ledger', id FROM stamp_ledger ORDER BY id;
INSERT INTO sync_outbox (tbl, row_id) SELECT 'feedback', id FROM feedback ORDER BY id;
INSERT INTO sync_outbox (tbl, row_key) SELECT 'settings', key FROM settings WHERE key GLOB 'shop.*';

-- Rows made here.
CREATE TRIGGER staff_sync_insert AFTER INSERT ON staff
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('staff', NEW.id); END;
CREATE TRIGGER program_versions_sync_insert AFTER INSERT ON program_versions
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('program_versions', NEW.id); END;
CREATE TRIGGER members_sync_insert AFTER INSERT ON members
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('members', NEW.id); END;
CREATE TRIGGER cards_sync_insert AFTER INSERT ON cards
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('cards', NEW.id); END;
CREATE TRIGGER purchases_sync_insert AFTER INSERT ON purchases
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('purchases', NEW.id); END;
CREATE TRIGGER purchase_lines_sync_insert AFTER INSERT ON purchase_lines
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('purchase_lines', NEW.id); END;
CREATE TRIGGER purchase_adjustments_sync_insert AFTER INSERT ON purchase_adjustments
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('purchase_adjustments', NEW.id); END;
CREATE TRIGGER points_ledger_sync_insert AFTER INSERT ON points_ledger
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('points_ledger', NEW.id); END;
CREATE TRIGGER points_allocations_sync_insert AFTER INSERT ON points_allocations
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('points_allocations', NEW.id); END;
CREATE TRIGGER stamp_ledger_sync_insert AFTER INSERT ON stamp_ledger
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('stamp_ledger', NEW.id); END;
CREATE TRIGGER feedback_sync_insert AFTER INSERT ON feedback
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('feedback', NEW.id); END;

-- Rows changed here: only the columns that travel (the members' cached totals do not).
CREATE TRIGGER cards_sync_update AFTER UPDATE OF member_id, status, blocked_at, blocked_reason ON cards
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('cards', NEW.id); END;
CREATE TRIGGER staff_sync_update AFTER UPDATE OF name, role ON staff
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('staff', NEW.id); END;
CREATE TRIGGER purchases_sync_update AFTER UPDATE OF member_id, card_id ON purchases
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('purchases', NEW.id); END;
CREATE TRIGGER feedback_sync_update AFTER UPDATE OF comment ON feedback
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('feedback', NEW.id); END;
CREATE TRIGGER members_sync_update AFTER UPDATE OF name, phone, phone_norm, email, birth_day, birth_month, birth_year, notes, consent_sms_at, consent_email_at, level_code, referred_by, merged_into, erased_at, birthday_used_for ON members
WHEN NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN
    INSERT OR REPLACE INTO sync_outbox (tbl, row_id) VALUES ('members', NEW.id);
    INSERT OR REPLACE INTO member_clock (member_id, field, at, terminal)
    SELECT NEW.id, f.field,
           CASE WHEN NEW.updated_at IS NOT OLD.updated_at THEN NEW.updated_at
                ELSE strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END,
           (SELECT uuid FROM terminals WHERE is_local = 1)
    FROM (
        SELECT 'name' AS field, (NEW.name IS NOT OLD.name) AS changed UNION ALL
        SELECT 'phone' AS field, (NEW.phone IS NOT OLD.phone) AS changed UNION ALL
        SELECT 'email' AS field, (NEW.email IS NOT OLD.email) AS changed UNION ALL
        SELECT 'birthday' AS field, (NEW.birth_day IS NOT OLD.birth_day OR NEW.birth_month IS NOT OLD.birth_month OR NEW.birth_year IS NOT OLD.birth_year) AS changed UNION ALL
        SELECT 'notes' AS field, (NEW.notes IS NOT OLD.notes) AS changed UNION ALL
        SELECT 'consent_sms' AS field, (NEW.consent_sms_at IS NOT OLD.consent_sms_at) AS changed UNION ALL
        SELECT 'consent_email' AS field, (NEW.consent_email_at IS NOT OLD.consent_email_at) AS changed UNION ALL
        SELECT 'level' AS field, (NEW.level_code IS NOT OLD.level_code) AS changed UNION ALL
        SELECT 'referred_by' AS field, (NEW.referred_by IS NOT OLD.referred_by) AS changed UNION ALL
        SELECT 'merged_into' AS field, (NEW.merged_into IS NOT OLD.merged_into) AS changed UNION ALL
        SELECT 'erased' AS field, (NEW.erased_at IS NOT OLD.erased_at) AS changed UNION ALL
        SELECT 'birthday_used' AS field, (NEW.birthday_used_for IS NOT OLD.birthday_used_for) AS changed
    ) f WHERE f.changed;
END;

-- Shop-wide settings travel (keys under shop.); the rest (backup folder, expiry and level review
-- marks, the audit chain head) belong to this terminal.
CREATE TRIGGER settings_sync_insert AFTER INSERT ON settings
WHEN NEW.key GLOB 'shop.*' AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_key) VALUES ('settings', NEW.key); END;
CREATE TRIGGER settings_sync_update AFTER UPDATE ON settings
WHEN NEW.key GLOB 'shop.*' AND NOT EXISTS (SELECT 1 FROM sync_applying)
BEGIN INSERT OR REPLACE INTO sync_outbox (tbl, row_key) VALUES ('settings', NEW.key); END;
