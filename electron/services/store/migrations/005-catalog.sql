-- 005: the service catalog, one row per service, as synced from the central API's change feed
-- (before: the whole list as one kv_cache value, fetched whole every sync pass). The list cached
-- before is carried over, with the place, version and time the feed now sends, until the feed
-- brings each service again.

CREATE TABLE catalog_services (
  id TEXT PRIMARY KEY,
  sort_order INTEGER NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  item TEXT NOT NULL CHECK (json_valid(item))
) WITHOUT ROWID;

INSERT INTO catalog_services (id, sort_order, version, item)
SELECT
  json_extract(entry.value, '$.id'),
  CAST(entry.key AS INTEGER),
  1,
  json_set(entry.value, '$.sortOrder', CAST(entry.key AS INTEGER), '$.version', 1, '$.updatedAt', kv_cache.fetched_at)
FROM kv_cache, json_each(kv_cache.value) AS entry
WHERE kv_cache.key = 'catalog.services' AND json_extract(entry.value, '$.id') IS NOT NULL;

DELETE FROM kv_cache WHERE key = 'catalog.services';
