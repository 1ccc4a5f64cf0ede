// SCAFFOLD (lead): replaced by the notices helper. Notices/announcements cache and sync cursor.
import type { Database } from 'better-sqlite3';
import type { Measure } from './measure';

export type ContentStore = Record<string, never>;

export function createContentStore(_db: Database, _measure: Measure): ContentStore {
  return {};
}
