-- A mark of a changed day carries a generation, new at every mark: a rebuild of the day removes the
-- mark only if it is still the one the rebuild started from (in the transaction that writes the
-- day's figures), so a change that commits while its day is being rebuilt keeps the day marked.
ALTER TABLE rollup_dirty_day ADD COLUMN generation BIGINT DEFAULT 0 NOT NULL;
CREATE SEQUENCE rollup_mark_seq;
