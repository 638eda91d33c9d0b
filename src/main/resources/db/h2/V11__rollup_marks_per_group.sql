-- The roll-ups are now rebuilt by the part of a day that changed, not the whole day: a mark names
-- the day and the group of visits whose figures changed (the visit's advisor, technician, make and
-- type, as in the DETAIL rows), or the whole day (bulk imports, migrations). A change only ever
-- inserts marks (each with a new generation from rollup_mark_seq) and a rebuild deletes exactly the
-- marks it read in its snapshot, so changes and rebuilds never wait for each other's rows.
--
-- rollup_day.written counts the writes of a day's figures: a rebuild writes only if nobody wrote
-- the day since its snapshot (else its figures could be older than the ones there), under the lock
-- of that row, which also makes the rebuilds of one day take turns.
CREATE TABLE rollup_mark (
    generation    BIGINT       PRIMARY KEY,
    booked_on     DATE         NOT NULL,
    whole_day     BOOLEAN      NOT NULL,
    advisor_id    BIGINT,
    technician_id BIGINT,
    make          VARCHAR(60),
    visit_type    VARCHAR(20)
);
CREATE INDEX rollup_mark_day ON rollup_mark (booked_on);

CREATE TABLE rollup_day (
    booked_on DATE   PRIMARY KEY,
    written   BIGINT NOT NULL
);

INSERT INTO rollup_mark (generation, booked_on, whole_day)
SELECT NEXT VALUE FOR rollup_mark_seq, booked_on, TRUE FROM rollup_dirty_day;

INSERT INTO rollup_day (booked_on, written)
SELECT DISTINCT booked_on, 0 FROM (
    SELECT booked_on FROM rollup_figure UNION SELECT booked_on FROM rollup_dirty_day
);

DROP TABLE rollup_dirty_day;

-- The visits behind the drill-down, kept beside the figures by the same rebuilds: per day, group
-- and department ('*' for all, else counted over its stages as CHECK rows are), every visit whose
-- checks of a theme and the customer's first rating of that theme disagree (checks all passed and
-- rated 1-3, or a check failed and rated 4-5). A year's drill-down reads these rows, not every answer.
CREATE TABLE rollup_disagreement (
    booked_on     DATE         NOT NULL,
    advisor_id    BIGINT,
    technician_id BIGINT,
    make          VARCHAR(60),
    visit_type    VARCHAR(20)  NOT NULL,
    department    VARCHAR(40)  NOT NULL,
    theme         VARCHAR(40)  NOT NULL,
    visit_id      BIGINT       NOT NULL,
    checks_passed BOOLEAN      NOT NULL,
    rating        INT          NOT NULL
);
CREATE INDEX rollup_disagreement_theme_day ON rollup_disagreement (theme, department, booked_on);
CREATE INDEX rollup_disagreement_day ON rollup_disagreement (booked_on);

-- Existing days are rebuilt whole once, so their disagreements are written too.
INSERT INTO rollup_mark (generation, booked_on, whole_day)
SELECT NEXT VALUE FOR rollup_mark_seq, booked_on, TRUE FROM rollup_day;
