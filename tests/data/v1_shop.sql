-- A shop's data as schema version 1 holds it (loaded by tst_migrations on top of
-- Database::openAtVersion(path, 1)), to prove that every later migration keeps it and completes it.
-- Two members, a blocked card, one sale with two lines and its earn lot; cached balances add up.
INSERT INTO terminals (id, uuid, name, store_name, currency, is_local, created_at) VALUES
    (1, '0190a000-0000-7000-8000-000000000001', 'Till 1', 'Corner Café', 'EUR', 1, '2025-11-01T08:00:00.000Z');

INSERT INTO settings (key, value, updated_at, origin_terminal) VALUES
    ('earn.points', '1', '2025-11-01T08:00:00.000Z', '0190a000-0000-7000-8000-000000000001'),
    ('earn.per_minor', '100', '2025-11-01T08:00:00.000Z', '0190a000-0000-7000-8000-000000000001'),
    ('earn.expiry_months', '12', '2025-11-01T08:00:00.000Z', '0190a000-0000-7000-8000-000000000001'),
    ('sale.max_total_minor', '100000000', '2025-11-01T08:00:00.000Z', '0190a000-0000-7000-8000-000000000001');

INSERT INTO members (id, uuid, origin_terminal, name, phone, phone_norm, email, points_balance, visits,
                     total_spent_minor, last_visit_at, created_at, updated_at) VALUES
    (1, '0190a000-0000-7000-8000-000000000101', '0190a000-0000-7000-8000-000000000001', 'Anna Petrova',
     '+7 (912) 345-67-89', '123456789', 'Anna.Petrova@example.com', 8, 1, 850, '2025-11-20T09:15:00.000Z',
     '2025-11-02T10:00:00.000Z', '2025-11-20T09:15:00.000Z'),
    (2, '0190a000-0000-7000-8000-000000000102', '0190a000-0000-7000-8000-000000000001', 'Иван Сидоров',
     '8 903 111-22-33', '031112233', NULL, 0, 0, 0, NULL,
     '2025-11-03T10:00:00.000Z', '2025-11-03T10:00:00.000Z');

INSERT INTO cards (id, uuid, origin_terminal, member_id, number, status, blocked_at, blocked_reason, created_at,
                   updated_at) VALUES
    (1, '0190a000-0000-7000-8000-000000000201', '0190a000-0000-7000-8000-000000000001', 1, '2000000000015',
     'active', NULL, NULL, '2025-11-02T10:00:00.000Z', '2025-11-02T10:00:00.000Z'),
    (2, '0190a000-0000-7000-8000-000000000202', '0190a000-0000-7000-8000-000000000001', 2, '2000000000022',
     'active', NULL, NULL, '2025-11-03T10:00:00.000Z', '2025-11-03T10:00:00.000Z'),
    (3, '0190a000-0000-7000-8000-000000000203', '0190a000-0000-7000-8000-000000000001', 1, '2000000000992',
     'blocked', '2025-11-10T12:00:00.000Z', 'lost', '2025-10-01T10:00:00.000Z', '2025-11-10T12:00:00.000Z');

INSERT INTO purchases (id, uuid, origin_terminal, receipt_no, kind, member_id, card_id, currency, subtotal_minor,
                       total_minor, points_earned, business_day, created_at) VALUES
    (1, '0190a000-0000-7000-8000-000000000301', '0190a000-0000-7000-8000-000000000001', 1, 'sale', 1, 1, 'EUR',
     850, 850, 8, '2025-11-20', '2025-11-20T09:15:00.000Z');

INSERT INTO purchase_lines (id, uuid, purchase_id, line_no, description, unit_price_minor, quantity, total_minor)
VALUES
    (1, '0190a000-0000-7000-8000-000000000401', 1, 1, 'Latte', 320, 2, 640),
    (2, '0190a000-0000-7000-8000-000000000402', 1, 2, 'Croissant', 210, 1, 210);

INSERT INTO points_ledger (id, uuid, origin_terminal, member_id, kind, points, purchase_id, expires_on,
                           created_at) VALUES
    (1, '0190a000-0000-7000-8000-000000000501', '0190a000-0000-7000-8000-000000000001', 1, 'earn', 8, 1,
     '2026-11-20', '2025-11-20T09:15:00.000Z');
