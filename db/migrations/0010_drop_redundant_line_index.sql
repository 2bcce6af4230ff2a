-- Schema v10: purchase_lines_purchase (purchase_id) repeats the first column of the index SQLite keeps
-- for UNIQUE (purchase_id, line_no), which answers every look-up by sale as well. One index fewer to
-- write for each line a till sells or a sync batch brings (docs/benchmarks.md, "Sync").
DROP INDEX purchase_lines_purchase;
