-- Generated from a fresh database after all migrations; refresh with UPDATE_SNAPSHOT=1.
PRAGMA user_version = 6;

CREATE TABLE announcements (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version > 0),
  updated_at TEXT NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('normal', 'important', 'urgent')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

CREATE TABLE catalog_services (
  id TEXT PRIMARY KEY,
  sort_order INTEGER NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

CREATE TABLE content_conflicts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'announcement')),
  item_id TEXT NOT NULL,
  change_id TEXT NOT NULL UNIQUE,
  staff_id TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  mine TEXT CHECK (mine IS NULL OR json_valid(mine)),
  theirs TEXT CHECK (theirs IS NULL OR json_valid(theirs)),
  their_version INTEGER NOT NULL CHECK (their_version >= 0),
  resolved_at TEXT,
  resolution TEXT CHECK (resolution IN ('mine', 'theirs')),
  resolved_by TEXT
) WITHOUT ROWID;

CREATE TABLE content_local_changes (
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'announcement')),
  id TEXT NOT NULL,
  change_id TEXT NOT NULL,
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  content TEXT CHECK (content IS NULL OR json_valid(content)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE content_refusals (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  refused_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE TABLE content_sync_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
  last_success_at TEXT,
  last_attempt_at TEXT,
  last_attempt_ok INTEGER CHECK (last_attempt_ok IN (0, 1)),
  last_error TEXT
);

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

CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version > 0),
  updated_at TEXT NOT NULL,
  area TEXT NOT NULL,
  service_id TEXT NOT NULL,
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

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

CREATE TABLE staff_audit (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  kiosk_id TEXT NOT NULL,
  staff_id TEXT,
  action TEXT NOT NULL,
  target TEXT,
  summary TEXT NOT NULL,
  synced_at TEXT
);

CREATE TABLE staff_changes (
  change_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'announcement')),
  item_id TEXT NOT NULL,
  staff_id TEXT NOT NULL,
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  removal INTEGER NOT NULL CHECK (removal IN (0, 1)),
  created_at TEXT NOT NULL,
  outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'saved', 'conflict', 'rejected')),
  version INTEGER,
  conflict_id TEXT,
  settled_at TEXT
) WITHOUT ROWID;

CREATE TABLE staff_signin_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
  locked_until TEXT
);

CREATE INDEX content_conflicts_open ON content_conflicts (resolved_at, detected_at);

CREATE INDEX issued_tickets_by_service_time ON issued_tickets (service_id, issued_at);

CREATE INDEX issued_tickets_by_time ON issued_tickets (issued_at);

CREATE INDEX outbox_pending ON outbox (created_at, id) WHERE delivered_at IS NULL AND rejected_at IS NULL;

CREATE INDEX staff_audit_by_time ON staff_audit (at, seq);
