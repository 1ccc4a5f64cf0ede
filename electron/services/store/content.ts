// Notices and announcements as last synced from the central API's change feed, the feed's cursor,
// and staff changes not yet accepted centrally. Items arrive here already validated (content
// sync, staff editor); the JSON read back is our own and is trusted.
import type { Database } from 'better-sqlite3';
import type { Announcement, Notice } from '../../notice-model';
import type { CatalogEntry, CatalogWrites } from './catalog';
import { type Measure, toStoredTime } from './measure';
import { type ContentRefusal, createRefusals } from './refusals';

export type ContentKind = 'notice' | 'announcement';

/** A staff change waiting for the central API: new content, or a removal (content null). */
export interface LocalChange {
  changeId: string;
  baseVersion: number;
  content: object | null;
  /** When staff made it (ISO): shown as the update time while pending. */
  createdAt: string;
}

export interface StoredContent<T> {
  /** As last synced (null: the central API has none, or never sent it). */
  item: T | null;
  pending: LocalChange | null;
}

/** One validated page of the change feed. */
export interface ContentPage {
  notices: Notice[];
  announcements: Announcement[];
  /** Services of the catalog (catalog.ts), validated like the rest; none when left out. */
  services?: CatalogEntry[];
  removed: Array<{ kind: ContentKind | 'service'; id: string }>;
  /** Items refused by the kiosk's checks (the last good version, if any, stays). */
  refused?: ContentRefusal[];
  /** The feed's cursor after this page. */
  cursor: number;
}

export interface ContentSyncState {
  cursor: number;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** null: never attempted. */
  lastAttemptOk: boolean | null;
  lastError: string | null;
}

export interface ContentStore {
  syncState(): ContentSyncState;
  /** Applies a page of the feed and moves the cursor, in one transaction (never a cursor ahead of its data). */
  applyPage(page: ContentPage): void;
  recordSyncAttempt(at: Date | string, outcome: { ok: true } | { ok: false; error: string }): void;
  /** Records a staff change (replacing any earlier pending change of the item). */
  setLocalChange(change: {
    kind: ContentKind;
    id: string;
    content: object | null;
    changeId: string;
    baseVersion: number;
  }): void;
  /** Drops the pending change only if it is still `changeId` (a newer edit stays); true if dropped. */
  clearLocalChange(kind: ContentKind, id: string, changeId: string): boolean;
  /** Stores what the central API answered to a PUT (an older version never replaces a newer one). */
  applyCentralItem(kind: 'notice', item: Notice): void;
  applyCentralItem(kind: 'announcement', item: Announcement): void;
  applyCentralItem(kind: ContentKind, item: Notice | Announcement): void;
  removeCentralItem(kind: ContentKind, id: string): void;
  getNotice(id: string): StoredContent<Notice>;
  getAnnouncement(id: string): StoredContent<Announcement>;
  /**
   * Every notice known here with a key that changes whenever what residents see of it may change
   * (synced version and time, pending change id): cheap, so callers re-read only what changed.
   */
  noticeKeys(): Array<{ id: string; key: string }>;
  /** Every notice known here (synced or pending only), by id. */
  listNotices(): Array<StoredContent<Notice> & { id: string }>;
  /** Every announcement known here (synced or pending only), by id: staff see them all. */
  listAnnouncements(): Array<StoredContent<Announcement> & { id: string }>;
  /** Bumped by every change of content through this store: callers rebuild derived state (search). */
  revision(): number;
  /** Items of the feed refused and not since replaced by a good version, newest first. */
  refusals(): ContentRefusal[];
}

interface ItemRow {
  id: string;
  item: string | null;
  change_id: string | null;
  base_version: number | null;
  content: string | null;
  created_at: string | null;
}

interface StateRow {
  cursor: number;
  last_success_at: string | null;
  last_attempt_at: string | null;
  last_attempt_ok: number | null;
  last_error: string | null;
}

const TABLE: Record<ContentKind, 'notices' | 'announcements'> = {
  notice: 'notices',
  announcement: 'announcements',
};

function fromRow<T>(row: ItemRow | undefined): StoredContent<T> {
  if (!row) return { item: null, pending: null };
  return {
    item: row.item === null ? null : (JSON.parse(row.item) as T),
    pending:
      row.change_id === null
        ? null
        : {
            changeId: row.change_id,
            baseVersion: row.base_version ?? 0,
            content: row.content === null ? null : (JSON.parse(row.content) as object),
            createdAt: row.created_at ?? '',
          },
  };
}

export function createContentStore(db: Database, measure: Measure, catalog: CatalogWrites): ContentStore {
  let revision = 0;
  const refusals = createRefusals(db, measure);

  const upsertNotice = db.prepare<[string, number, string, string, string, string]>(
    `INSERT INTO notices (id, version, updated_at, area, service_id, item) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
       area = excluded.area, service_id = excluded.service_id, item = excluded.item`,
  );
  const upsertAnnouncement = db.prepare<[string, number, string, string, string, string, string]>(
    `INSERT INTO announcements (id, version, updated_at, priority, starts_at, ends_at, item)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
       priority = excluded.priority, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
       item = excluded.item`,
  );
  const versionOf = {
    notice: db.prepare<[string], { version: number }>('SELECT version FROM notices WHERE id = ?'),
    announcement: db.prepare<[string], { version: number }>('SELECT version FROM announcements WHERE id = ?'),
  };
  const remove = {
    notice: db.prepare<[string]>('DELETE FROM notices WHERE id = ?'),
    announcement: db.prepare<[string]>('DELETE FROM announcements WHERE id = ?'),
  };
  // Synced items and pending changes side by side: an item may exist only as a pending creation.
  const itemsQuery = (kind: ContentKind, where: string) => {
    const table = TABLE[kind];
    return db.prepare<unknown[], ItemRow>(
      `SELECT ids.id, t.item, c.change_id, c.base_version, c.content, c.created_at
       FROM (SELECT id FROM ${table} UNION SELECT id FROM content_local_changes WHERE kind = '${kind}') ids
       LEFT JOIN ${table} t ON t.id = ids.id
       LEFT JOIN content_local_changes c ON c.kind = '${kind}' AND c.id = ids.id
       ${where} ORDER BY ids.id`,
    );
  };
  const getOne = {
    notice: itemsQuery('notice', 'WHERE ids.id = ?'),
    announcement: itemsQuery('announcement', 'WHERE ids.id = ?'),
  };
  const getAll = { notice: itemsQuery('notice', ''), announcement: itemsQuery('announcement', '') };
  const keysQuery = db.prepare<[], { id: string; key: string }>(
    `SELECT ids.id, coalesce(t.version, '') || '|' || coalesce(t.updated_at, '') || '|' ||
       coalesce(c.change_id, '') AS key
     FROM (SELECT id FROM notices UNION SELECT id FROM content_local_changes WHERE kind = 'notice') ids
     LEFT JOIN notices t ON t.id = ids.id
     LEFT JOIN content_local_changes c ON c.kind = 'notice' AND c.id = ids.id
     ORDER BY ids.id`,
  );
  const upsertLocal = db.prepare<[string, string, string, number, string | null, string]>(
    `INSERT INTO content_local_changes (kind, id, change_id, base_version, content, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET change_id = excluded.change_id,
       base_version = excluded.base_version, content = excluded.content, created_at = excluded.created_at`,
  );
  const deleteLocal = db.prepare<[string, string, string]>(
    'DELETE FROM content_local_changes WHERE kind = ? AND id = ? AND change_id = ?',
  );
  const selectState = db.prepare<[], StateRow>(
    'SELECT cursor, last_success_at, last_attempt_at, last_attempt_ok, last_error FROM content_sync_state',
  );
  const setCursor = db.prepare<[number]>('UPDATE content_sync_state SET cursor = ?');
  const attemptOk = db.prepare<[string, string]>(
    'UPDATE content_sync_state SET last_attempt_at = ?, last_success_at = ?, last_attempt_ok = 1, last_error = NULL',
  );
  const attemptFailed = db.prepare<[string, string]>(
    'UPDATE content_sync_state SET last_attempt_at = ?, last_attempt_ok = 0, last_error = ?',
  );

  const putNotice = (n: Notice) =>
    upsertNotice.run(n.id, n.version, n.updatedAt, n.area, n.serviceId, JSON.stringify(n));
  const putAnnouncement = (a: Announcement) =>
    upsertAnnouncement.run(a.id, a.version, a.updatedAt, a.priority, a.startsAt, a.endsAt, JSON.stringify(a));

  const applyPage = db.transaction((page: ContentPage) => {
    for (const n of page.notices) putNotice(n);
    for (const a of page.announcements) putAnnouncement(a);
    for (const s of page.services ?? []) catalog.putService(s);
    for (const r of page.removed) {
      if (r.kind === 'service') catalog.removeService(r.id);
      else remove[r.kind].run(r.id);
    }
    const arrived = [
      ...page.notices.map((n) => ['notice', n.id] as const),
      ...page.announcements.map((a) => ['announcement', a.id] as const),
      ...(page.services ?? []).map((s) => ['service', s.id] as const),
      ...page.removed.map((r) => [r.kind, r.id] as const),
    ];
    for (const [kind, id] of arrived) refusals.writes.clear(kind, id);
    for (const r of page.refused ?? []) refusals.writes.refuse(r);
    setCursor.run(page.cursor);
  });

  return {
    syncState() {
      const row = measure('content.syncState', () => selectState.get());
      return {
        cursor: row?.cursor ?? 0,
        lastSuccessAt: row?.last_success_at ?? null,
        lastAttemptAt: row?.last_attempt_at ?? null,
        lastAttemptOk: row?.last_attempt_ok == null ? null : row.last_attempt_ok === 1,
        lastError: row?.last_error ?? null,
      };
    },
    applyPage(page) {
      measure('content.applyPage', () => applyPage(page));
      const services = (page.services?.length ?? 0) + page.removed.filter((r) => r.kind === 'service').length;
      if (services > 0) catalog.changed();
      if (page.notices.length + page.announcements.length + page.removed.length - services > 0) revision++;
    },
    recordSyncAttempt(at, outcome) {
      const time = toStoredTime(at);
      measure('content.recordSyncAttempt', () =>
        outcome.ok ? attemptOk.run(time, time) : attemptFailed.run(time, outcome.error.slice(0, 1000)),
      );
    },
    setLocalChange(change) {
      const content = change.content === null ? null : JSON.stringify(change.content);
      const at = new Date().toISOString();
      measure('content.setLocalChange', () =>
        upsertLocal.run(change.kind, change.id, change.changeId, change.baseVersion, content, at),
      );
      revision++;
    },
    clearLocalChange(kind, id, changeId) {
      const dropped =
        measure('content.clearLocalChange', () => deleteLocal.run(kind, id, changeId)).changes > 0;
      if (dropped) revision++;
      return dropped;
    },
    applyCentralItem(kind: ContentKind, item: Notice | Announcement) {
      measure('content.applyCentralItem', () =>
        db.transaction(() => {
          const stored = versionOf[kind].get(item.id);
          if (stored && stored.version > item.version) return;
          if (kind === 'notice') putNotice(item as Notice);
          else putAnnouncement(item as Announcement);
        })(),
      );
      revision++;
    },
    removeCentralItem(kind, id) {
      measure('content.removeCentralItem', () => remove[kind].run(id));
      revision++;
    },
    getNotice: (id) => fromRow<Notice>(measure('content.getNotice', () => getOne.notice.get(id))),
    getAnnouncement: (id) =>
      fromRow<Announcement>(measure('content.getAnnouncement', () => getOne.announcement.get(id))),
    noticeKeys: () => measure('content.noticeKeys', () => keysQuery.all()),
    listNotices: () =>
      measure('content.listNotices', () => getAll.notice.all()).map((r) => ({
        id: r.id,
        ...fromRow<Notice>(r),
      })),
    listAnnouncements: () =>
      measure('content.listAnnouncements', () => getAll.announcement.all()).map((r) => ({
        id: r.id,
        ...fromRow<Announcement>(r),
      })),
    revision: () => revision,
    refusals: refusals.list,
  };
}
