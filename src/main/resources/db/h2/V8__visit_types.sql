-- The kind of job a visit is (service, repair, tyres, inspection, warranty); reports filter by it.
ALTER TABLE visit ADD COLUMN visit_type VARCHAR(20) DEFAULT 'SERVICE' NOT NULL;

-- The roll-ups' DETAIL rows carry it too: rebuild them all (every day with visits is marked).
ALTER TABLE rollup_figure ADD COLUMN visit_type VARCHAR(20);
DELETE FROM rollup_figure;
MERGE INTO rollup_dirty_day (booked_on) KEY (booked_on)
SELECT DISTINCT d FROM (
    SELECT CAST(booked_at AS DATE) AS d FROM visit
    UNION SELECT DATEADD(DAY, -1, CAST(booked_at AS DATE)) FROM visit
    UNION SELECT DATEADD(DAY, 1, CAST(booked_at AS DATE)) FROM visit
);
