-- A timeline entry names the extra-work line it is about (flagged, decided, done): a line's description
-- may be 500 characters (extra_work.description), so the entry's values may be too. At 120 a long line
-- could not be flagged at all (the timeline's insert failed with the line).
ALTER TABLE visit_event ALTER COLUMN from_value SET DATA TYPE VARCHAR(500);
ALTER TABLE visit_event ALTER COLUMN to_value SET DATA TYPE VARCHAR(500);
