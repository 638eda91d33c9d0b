-- Roll-ups of the comparison report: the figures of each booking day (in the workshop's time zone)
-- summed per group, so a year's report adds up a few hundred rows per theme instead of reading
-- every answer. A day is recomputed from the raw answers whenever one of its visits changes: the
-- change writes the day into rollup_dirty_day in its own transaction, and the report (and a
-- background job) recompute the marked days before reading.
--
-- grain: ALL (whole workshop), ADVISOR, TECHNICIAN, MAKE (one of them set), DETAIL (all three).
-- department: '*' for all; a department code on CHECK and LINK rows counted over its stages only.
-- measure and its counters a..e:
--   CHECK   (theme, source)   a yes, b no, c n/a, d answered of required, e required
--   LINK    (theme)           a satisfied when passed, b passed, c satisfied when failed, d failed
--   RATING  (theme, source)   a ratings, b of them 4-5, c their sum
--   OVERALL                   a answers, b of them 4-5, c their sum
--   NPS                       a promoters, b passives, c detractors
--   INVITED                   a invitations, b self-completed answers
--   BIAS    (person_id)       a estimates paired with an answer, b sum of estimate - answer
CREATE TABLE rollup_figure (
    booked_on     DATE         NOT NULL,
    grain         VARCHAR(10)  NOT NULL,
    advisor_id    BIGINT,
    technician_id BIGINT,
    make          VARCHAR(60),
    department    VARCHAR(40)  NOT NULL,
    measure       VARCHAR(10)  NOT NULL,
    theme         VARCHAR(40),
    source        VARCHAR(20),
    person_id     BIGINT,
    a             BIGINT       NOT NULL,
    b             BIGINT       NOT NULL,
    c             BIGINT       NOT NULL,
    d             BIGINT       NOT NULL,
    e             BIGINT       NOT NULL
);
CREATE INDEX rollup_figure_grain_day ON rollup_figure (grain, booked_on);

CREATE TABLE rollup_dirty_day (
    booked_on DATE PRIMARY KEY
);

-- Existing visits: mark their days (the day before and after too, as the stored instant's date can
-- differ from the workshop's by one) so the first refresh builds the roll-ups.
INSERT INTO rollup_dirty_day (booked_on)
SELECT DISTINCT d FROM (
    SELECT CAST(booked_at AS DATE) AS d FROM visit
    UNION SELECT DATEADD(DAY, -1, CAST(booked_at AS DATE)) FROM visit
    UNION SELECT DATEADD(DAY, 1, CAST(booked_at AS DATE)) FROM visit
);
