-- 003: procedure notices and hall announcements as last synced from the central API's change feed,
-- staff changes not yet accepted centrally (shown to residents meanwhile), and the feed's cursor.
-- Items are stored whole as JSON (validated before they get here); the columns beside them are
-- the ones the kiosk filters or sorts on.

CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version > 0),
  updated_at TEXT NOT NULL,
  area TEXT NOT NULL,
  service_id TEXT NOT NULL,
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

CREATE TABLE announcements (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL CHECK (version > 0),
  updated_at TEXT NOT NULL,
  priority TEXT NOT NULL CHECK (priority IN ('normal', 'important', 'urgent')),
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

-- One pending staff change per item: new content, or a removal (content NULL), with the client
-- change id the outbox delivers it under and the version it was based on.
CREATE TABLE content_local_changes (
  kind TEXT NOT NULL CHECK (kind IN ('notice', 'announcement')),
  id TEXT NOT NULL,
  change_id TEXT NOT NULL,
  base_version INTEGER NOT NULL CHECK (base_version >= 0),
  content TEXT CHECK (content IS NULL OR json_valid(content)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- The change feed's cursor and how the last sync went (one row).
CREATE TABLE content_sync_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  cursor INTEGER NOT NULL DEFAULT 0 CHECK (cursor >= 0),
  last_success_at TEXT,
  last_attempt_at TEXT,
  last_attempt_ok INTEGER CHECK (last_attempt_ok IN (0, 1)),
  last_error TEXT
);
INSERT INTO content_sync_state (singleton) VALUES (1);
