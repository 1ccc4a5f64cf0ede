-- 002: what a ticket was (kind, the print job as printed, for "print again") and outbox items the
-- central API refused for good (kept with the reason, never retried, never dropped).

ALTER TABLE issued_tickets ADD COLUMN kind TEXT NOT NULL DEFAULT 'normal'
  CHECK (kind IN ('normal', 'priority', 'appointment'));
ALTER TABLE issued_tickets ADD COLUMN print_job TEXT CHECK (print_job IS NULL OR json_valid(print_job));

-- Local issues per service since the last known queue summary (approximate waits while offline).
CREATE INDEX issued_tickets_by_service_time ON issued_tickets (service_id, issued_at);

ALTER TABLE outbox ADD COLUMN rejected_at TEXT;
ALTER TABLE outbox ADD COLUMN rejection TEXT CHECK (rejection IS NULL OR rejected_at IS NOT NULL);

DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE delivered_at IS NULL AND rejected_at IS NULL;
