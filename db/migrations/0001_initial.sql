-- Schema v1 of the loyalty terminal.
--
-- Conventions (docs/schema.md says more):
--  * money is INTEGER minor units with the currency beside it; points are INTEGER;
--  * every row that leaves the terminal by sync has `uuid` (UUIDv7 text, time-ordered so the unique
--    index grows at its right edge) and `origin_terminal` (the uuid of the terminal that created it);
--  * timestamps are UTC ISO-8601 with milliseconds ('2026-11-23T12:41:05.123Z');
--    the business day is the shop's local date ('2026-11-23');
--  * the points ledger and the audit trail are append-only: triggers refuse UPDATE and DELETE.

-- The terminals this database knows: itself (is_local = 1, exactly one) and, after sync, the others.
CREATE TABLE terminals (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    store_name    TEXT    NOT NULL,
    currency      TEXT    NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    is_local      INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    created_at    TEXT    NOT NULL
);
CREATE UNIQUE INDEX terminals_one_local ON terminals(is_local) WHERE is_local = 1;

-- Shop settings (program rules, receipt texts...). Per-machine preferences live in QSettings instead.
CREATE TABLE settings (
    key             TEXT PRIMARY KEY,
    value           TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    origin_terminal TEXT NOT NULL,
    updated_by      INTEGER REFERENCES staff(id)
) WITHOUT ROWID;

CREATE TABLE staff (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    role            TEXT    NOT NULL CHECK (role IN ('cashier', 'manager', 'administrator')),
    pin_hash        BLOB,
    pin_salt        BLOB,
    pin_iterations  INTEGER,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE members (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    origin_terminal   TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    phone             TEXT,                 -- as the member gave it
    phone_norm        TEXT,                 -- digits only, national form: what lookups compare
    email             TEXT,
    birth_day         INTEGER CHECK (birth_day BETWEEN 1 AND 31),
    birth_month       INTEGER CHECK (birth_month BETWEEN 1 AND 12),
    birth_year        INTEGER,
    notes             TEXT,
    consent_sms_at    TEXT,                 -- when consent was given; NULL = none
    consent_email_at  TEXT,
    level_code        TEXT,
    referred_by       INTEGER REFERENCES members(id),
    merged_into       INTEGER REFERENCES members(id),
    erased_at         TEXT,
    -- Caches, kept in the same transaction as the rows they summarise and verified by `check`.
    points_balance    INTEGER NOT NULL DEFAULT 0,
    visits            INTEGER NOT NULL DEFAULT 0,
    total_spent_minor INTEGER NOT NULL DEFAULT 0,
    last_visit_at     TEXT,
    created_at        TEXT    NOT NULL,     -- member since
    updated_at        TEXT    NOT NULL,
    created_by        INTEGER REFERENCES staff(id)
);
CREATE INDEX members_phone_norm ON members(phone_norm) WHERE phone_norm IS NOT NULL;
CREATE INDEX members_email ON members(email COLLATE NOCASE) WHERE email IS NOT NULL;

-- A member may carry several cards; a lost card is blocked, never deleted, so its history stays readable.
CREATE TABLE cards (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    member_id       INTEGER NOT NULL REFERENCES members(id),
    number          TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'blocked')),
    blocked_at      TEXT,
    blocked_reason  TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX cards_member ON cards(member_id);

-- A sale or a refund. receipt_no counts per terminal, so it is unique with origin_terminal.
CREATE TABLE purchases (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT    NOT NULL UNIQUE,
    origin_terminal   TEXT    NOT NULL,
    receipt_no        INTEGER NOT NULL,
    kind              TEXT    NOT NULL DEFAULT 'sale' CHECK (kind IN ('sale', 'refund')),
    refund_of         INTEGER REFERENCES purchases(id),
    member_id         INTEGER REFERENCES members(id),
    card_id           INTEGER REFERENCES cards(id),
    staff_id          INTEGER REFERENCES staff(id),
    currency          TEXT    NOT NULL,
    subtotal_minor    INTEGER NOT NULL,     -- sum of the lines
    discount_minor    INTEGER NOT NULL DEFAULT 0,
    points_paid_minor INTEGER NOT NULL DEFAULT 0,
    total_minor       INTEGER NOT NULL,     -- what was paid with money
    points_earned     INTEGER NOT NULL DEFAULT 0,
    points_redeemed   INTEGER NOT NULL DEFAULT 0,
    business_day      TEXT    NOT NULL,
    created_at        TEXT    NOT NULL,
    UNIQUE (origin_terminal, receipt_no),
    CHECK (subtotal_minor >= 0 AND discount_minor >= 0 AND points_paid_minor >= 0 AND total_minor >= 0)
);
CREATE INDEX purchases_member ON purchases(member_id, created_at) WHERE member_id IS NOT NULL;
CREATE INDEX purchases_day ON purchases(business_day);

CREATE TABLE purchase_lines (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT    NOT NULL UNIQUE,
    purchase_id      INTEGER NOT NULL REFERENCES purchases(id),
    line_no          INTEGER NOT NULL,
    product_id       INTEGER,               -- the catalogue arrives later; free-text lines have none
    description      TEXT    NOT NULL,
    category         TEXT,
    unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    discount_minor   INTEGER NOT NULL DEFAULT 0,
    total_minor      INTEGER NOT NULL,
    UNIQUE (purchase_id, line_no)
);

-- The points ledger. A member's balance is SUM(points). Positive entries (earn, bonus, import,
-- positive adjust, reverse of a redemption) are lots with an expiry date; negative entries consume
-- lots first-in-first-out, and each consumption is recorded in points_allocations.
CREATE TABLE points_ledger (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    member_id       INTEGER NOT NULL REFERENCES members(id),
    kind            TEXT    NOT NULL
                    CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust', 'reverse', 'bonus', 'import')),
    points          INTEGER NOT NULL CHECK (points <> 0),
    purchase_id     INTEGER REFERENCES purchases(id),
    expires_on      TEXT,                   -- local date the lot expires; NULL = never
    reason          TEXT,
    staff_id        INTEGER REFERENCES staff(id),
    created_at      TEXT    NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, id);
CREATE INDEX points_ledger_purchase ON points_ledger(purchase_id) WHERE purchase_id IS NOT NULL;
CREATE INDEX points_ledger_expiry ON points_ledger(expires_on) WHERE expires_on IS NOT NULL;

CREATE TABLE points_allocations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    entry_id    INTEGER NOT NULL REFERENCES points_ledger(id),  -- the consuming (negative) entry
    lot_id      INTEGER NOT NULL REFERENCES points_ledger(id),  -- the lot it took points from
    points      INTEGER NOT NULL CHECK (points > 0)
);
CREATE INDEX points_allocations_lot ON points_allocations(lot_id);
CREATE INDEX points_allocations_entry ON points_allocations(entry_id);

-- Who did what. prev_hash/hash chain the rows so that an edit of the file is detectable.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT    NOT NULL UNIQUE,
    origin_terminal TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    staff_id        INTEGER REFERENCES staff(id),
    action          TEXT    NOT NULL,
    entity          TEXT,
    entity_id       TEXT,
    before_json     TEXT,
    after_json      TEXT,
    prev_hash       TEXT,
    hash            TEXT
);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END;
CREATE TRIGGER points_allocations_no_update BEFORE UPDATE ON points_allocations
BEGIN SELECT RAISE(ABORT, 'point allocations are append-only'); END;
CREATE TRIGGER points_allocations_no_delete BEFORE DELETE ON points_allocations
BEGIN SELECT RAISE(ABORT, 'point allocations are append-only'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
