-- Schema v9: the sync export reads the outbox table by table in seq order and needs each line's row
-- id or key; an index that holds them answers from the index alone, without a second look-up into
-- sync_outbox for every row that leaves (docs/benchmarks.md, "Sync").
DROP INDEX sync_outbox_tbl;
CREATE INDEX sync_outbox_tbl ON sync_outbox(tbl, seq, row_id, row_key);
