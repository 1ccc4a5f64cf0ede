// The service catalog as last synced: one row per service, written by the change feed (a page and
// its cursor in one transaction, see content.ts) or, when the kiosk has none yet, by a whole fetch.
// Rows are stored as received and read back raw: the caller validates them with its zod schema.
import type { Database } from 'better-sqlite3';
import type { Measure } from './measure';

/** What the store needs to know of a service; the whole object is kept as JSON. */
export interface CatalogEntry {
  id: string;
  sortOrder: number;
  version: number;
}

export interface CatalogStore {
  /** Every service, in catalog order, as stored (unvalidated JSON values). */
  services(): unknown[];
  /** Replaces the whole catalog (the first fetch, before the feed has brought it). */
  replaceServices(entries: CatalogEntry[]): void;
  /** Bumped by every write, so that callers re-read (and re-validate) only after a change. */
  revision(): number;
}

/** The statements the change feed's page transaction uses (content.ts). */
export interface CatalogWrites {
  putService(entry: CatalogEntry): void;
  removeService(id: string): void;
  /** Call after a committed write. */
  changed(): void;
}

export function createCatalogStore(db: Database, measure: Measure): CatalogStore & CatalogWrites {
  let revision = 0;
  const upsert = db.prepare<[string, number, number, string]>(
    `INSERT INTO catalog_services (id, sort_order, version, item) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET sort_order = excluded.sort_order, version = excluded.version,
       item = excluded.item`,
  );
  const remove = db.prepare<[string]>('DELETE FROM catalog_services WHERE id = ?');
  const removeAll = db.prepare('DELETE FROM catalog_services');
  const list = db.prepare<[], { item: string }>('SELECT item FROM catalog_services ORDER BY sort_order, id');

  const putService = (e: CatalogEntry) => void upsert.run(e.id, e.sortOrder, e.version, JSON.stringify(e));
  const replace = db.transaction((entries: CatalogEntry[]) => {
    removeAll.run();
    for (const e of entries) putService(e);
  });

  return {
    services: () => measure('catalog.services', () => list.all()).map((r) => JSON.parse(r.item) as unknown),
    replaceServices(entries) {
      measure('catalog.replaceServices', () => replace(entries));
      revision++;
    },
    revision: () => revision,
    putService,
    removeService: (id) => void remove.run(id),
    changed: () => void revision++,
  };
}
