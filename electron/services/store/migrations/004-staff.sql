-- 004: the staff side. Sign-in lockout (kept across restarts, so a restart does not reset it), the
-- local audit log (handed over to the central API through the outbox), every staff change with
-- its fate, and the conflicts staff must settle.

-- Wrong PINs in a row on this kiosk, whichever accounts, and the lockout they caused (one row).
CREATE TABLE staff_signin_state (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
  locked_until TEXT
);
INSERT INTO staff_signin_state (singleton) VALUES (1);

-- seq keeps the order of entries written in the same millisecond.
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
CREATE INDEX staff_audit_by_time ON staff_audit (at, seq);

-- One row per staff save or removal (change_id is the outbox client id and the central changeId).
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

-- A staff change the central API refused because the item changed meanwhile: both versions kept.
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
CREATE INDEX content_conflicts_open ON content_conflicts (resolved_at, detected_at);
