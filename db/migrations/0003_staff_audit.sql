-- Schema v3: staff sign-in and a tamper-evident audit trail.

-- Two active people with the same name would be one line on the sign-in screen.
CREATE UNIQUE INDEX staff_active_name ON staff(name COLLATE NOCASE) WHERE active = 1;

-- A manager's PIN typed over a cashier's session: both are named in the entry.
ALTER TABLE audit_log ADD COLUMN approved_by INTEGER REFERENCES staff(id);
-- The viewer filters by person and by action, newest first.
CREATE INDEX audit_log_staff ON audit_log(staff_id, id);
CREATE INDEX audit_log_action ON audit_log(action, id);
