-- The booking calendar: each booking's planned hours (in minutes; the workshop's capacity per day
-- is its technicians' open hours, and what the bookings plan is taken from it).
ALTER TABLE visit ADD COLUMN planned_minutes INT DEFAULT 120 NOT NULL;
