// Catalog, notices and forms as last fetched, so the kiosk can show them (with "as of") offline.
import type { Database } from 'better-sqlite3';
import { type Measure, toStoredTime } from './measure';

export interface CachedValue {
  value: unknown;
  fetchedAt: string;
}

export interface Cache {
  /** Replaces the value under `key`. */
  put(key: string, value: unknown, fetchedAt: Date | string): void;
  /** The value as stored (callers validate it with their zod schema), or null. */
  get(key: string): CachedValue | null;
}

export function createCache(db: Database, measure: Measure): Cache {
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO kv_cache (key, value, fetched_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, fetched_at = excluded.fetched_at`,
  );
  const select = db.prepare<[string], { value: string; fetched_at: string }>(
    'SELECT value, fetched_at FROM kv_cache WHERE key = ?',
  );
  return {
    put(key, value, fetchedAt) {
      const json = JSON.stringify(value);
      if (json === undefined) throw new TypeError(`cache value of ${key} is not JSON`);
      const at = toStoredTime(fetchedAt);
      measure('cache.put', () => upsert.run(key, json, at));
    },
    get(key) {
      const row = measure('cache.get', () => select.get(key));
      return row ? { value: JSON.parse(row.value), fetchedAt: row.fetched_at } : null;
    },
  };
}
