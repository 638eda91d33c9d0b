-- A mark's generation comes from the sequence by default, so the app's SQL names no vendor's
-- sequence syntax (PostgreSQL's form of this is db/postgresql/V12).
ALTER TABLE rollup_mark ALTER COLUMN generation SET DEFAULT NEXT VALUE FOR rollup_mark_seq;
