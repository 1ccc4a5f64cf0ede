-- Generated from a fresh database after all migrations; refresh with UPDATE_SNAPSHOT=1.
PRAGMA user_version = 2;

CREATE TABLE issued_tickets (
  client_id TEXT PRIMARY KEY,
  service_id TEXT NOT NULL,
  number TEXT NOT NULL,
  issued_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('online', 'offline')),
  print_status TEXT NOT NULL DEFAULT 'pending' CHECK (print_status IN ('pending', 'printed', 'failed')),
  print_reason TEXT CHECK (print_reason IS NULL OR print_status = 'failed')
, kind TEXT NOT NULL DEFAULT 'normal'
  CHECK (kind IN ('normal', 'priority', 'appointment')), print_job TEXT CHECK (print_job IS NULL OR json_valid(print_job))) STRICT;

CREATE TABLE kv_cache (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  fetched_at TEXT NOT NULL
) STRICT;

CREATE TABLE number_blocks (
  service_id TEXT NOT NULL,
  date TEXT NOT NULL,
  first INTEGER NOT NULL,
  last INTEGER NOT NULL,
  next INTEGER NOT NULL,
  PRIMARY KEY (service_id, date, first),
  CHECK (first <= last AND next BETWEEN first AND last + 1)
) STRICT;

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
, rejected_at TEXT, rejection TEXT CHECK (rejection IS NULL OR rejected_at IS NOT NULL)) STRICT;

CREATE INDEX issued_tickets_by_service_time ON issued_tickets (service_id, issued_at);

CREATE INDEX issued_tickets_by_time ON issued_tickets (issued_at);

CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE delivered_at IS NULL AND rejected_at IS NULL;
