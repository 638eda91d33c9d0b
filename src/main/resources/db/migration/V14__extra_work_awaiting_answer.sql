-- The Counter lists extra work waiting for the customer's answer, the longest waiting first.
CREATE INDEX extra_work_awaiting ON extra_work (decision, flagged_at);
