-- 006: items of the change feed the kiosk refused (they failed its checks), one row per item, so
-- that staff see on the device page what the central system sent that residents are not shown.
-- A later good version or a removal of the item clears its row.

CREATE TABLE content_refusals (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  field TEXT NOT NULL,
  reason TEXT NOT NULL,
  refused_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) WITHOUT ROWID;
