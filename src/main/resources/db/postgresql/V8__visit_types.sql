-- PostgreSQL's form of db/h2/V8__visit_types.sql (the same schema; only its SQL for the data differs).
-- The kind of job a visit is (service, repair, tyres, inspection, warranty); reports filter by it.
ALTER TABLE visit ADD COLUMN visit_type VARCHAR(20) DEFAULT 'SERVICE' NOT NULL;

-- The roll-ups' DETAIL rows carry it too: rebuild them all (every day with visits is marked).
ALTER TABLE rollup_figure ADD COLUMN visit_type VARCHAR(20);
DELETE FROM rollup_figure;
INSERT INTO rollup_dirty_day (booked_on)
SELECT DISTINCT d FROM (
    SELECT CAST(booked_at AS DATE) AS d FROM visit
    UNION SELECT CAST(booked_at AS DATE) - 1 FROM visit
    UNION SELECT CAST(booked_at AS DATE) + 1 FROM visit
) AS days
ON CONFLICT (booked_on) DO NOTHING;
