-- A mark's generation comes from the sequence by default, so the app's SQL names no vendor's
-- sequence syntax (H2's form of this is db/h2/V12).
ALTER TABLE rollup_mark ALTER COLUMN generation SET DEFAULT nextval('rollup_mark_seq');
