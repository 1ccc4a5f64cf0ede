-- 001: the kiosk's first schema. Times are ISO-8601 UTC text ("2026-03-01T08:30:00.000Z"),
-- always written by the store in that one form, so text order is time order.

-- Writes that must reach the central API, delivered in created order and replayed idempotently
-- (the central API treats a repeated client_id as the same request).
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  client_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  delivered_at TEXT
) STRICT;

CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL;

-- The kiosk's own record of every ticket it issued, online or from a leased block.
CREATE TABLE issued_tickets (
  client_id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  number TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('online', 'offline')),
  print_status TEXT NOT NULL DEFAULT 'pending' CHECK (print_status IN ('pending', 'printed', 'failed')),
  print_reason TEXT CHECK (print_reason IS NULL OR print_status = 'failed')
) STRICT;

CREATE INDEX issued_tickets_by_time ON issued_tickets (issued_at);

-- Catalog, notices and forms as last fetched, served with their "as of" time while offline.
CREATE TABLE kv_cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  fetched_at TEXT NOT NULL
) STRICT;

-- Leased blocks of ticket numbers per service per day, for issuing while the central API is away.
-- next = last + 1 means the block is used up.
CREATE TABLE number_blocks (
  service_id TEXT NOT NULL,
  date TEXT NOT NULL,
  first INTEGER NOT NULL,
  last INTEGER NOT NULL,
  next INTEGER NOT NULL,
  PRIMARY KEY (service_id, date, first),
  CHECK (first <= last AND next BETWEEN first AND last + 1)
) STRICT;
