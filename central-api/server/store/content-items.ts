// SQL of notices and announcements ("content items"): the latest state of each, tombstones for
// removed ones, one global change sequence for the kiosks' incremental sync, a revision per
// version, idempotency by the kiosk's change id, and an audit entry for every change.
import type Database from 'better-sqlite3';
import { ApiError } from '../errors';
import type { AuditRecord } from './audit';
import { changeSequence } from './change-seq';
import type { Service } from './services';

export type ContentKind = 'notice' | 'announcement';
/** What the change feed carries: content items and the service catalog. */
export type FeedKind = ContentKind | 'service';
/** An item as the API returns it: its content plus version, updatedAt and updatedBy. */
export type ContentItem = {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
} & Record<string, unknown>;
export type ItemContent = { id: string } & Record<string, unknown>;

export interface ContentWriteInput {
  kind: ContentKind;
  id: string;
  baseVersion: number;
  changeId: string;
  editedBy: string;
  kioskId: string;
  /** ISO time of the change (the server's clock). */
  at: string;
}

export type ContentChangeRecord =
  | { seq: number; kind: ContentKind; id: string; removed: boolean; item: ContentItem | null }
  | { seq: number; kind: 'service'; id: string; removed: false; item: Service };

/** The services part of the feed (services.ts), merged in by seq. */
export type ServicesSince = (since: number, limit: number) => { seq: number; service: Service }[];

type ImportItem = { content: ItemContent; updatedAt: string; updatedBy?: string | null };
export interface ContentSeed {
  notices: ImportItem[];
  announcements: ImportItem[];
}

interface ItemRow {
  kind: ContentKind;
  id: string;
  content_json: string | null;
  version: number;
  updated_at: string;
  updated_by: string | null;
  seq: number;
}
interface ChangeIdRow {
  kind: ContentKind;
  item_id: string;
  operation: 'put' | 'remove';
  status: number;
  response_json: string | null;
}

const toItem = (r: ItemRow): ContentItem | null =>
  r.content_json === null
    ? null
    : { ...JSON.parse(r.content_json), version: r.version, updatedAt: r.updated_at, updatedBy: r.updated_by };

/** The top-level fields that differ between two versions, for the audit log's "what changed". */
function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown>): string[] {
  if (!before) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export function contentItemsStore(
  db: Database.Database,
  recordAudit: (r: AuditRecord) => boolean,
  servicesSince: ServicesSince,
) {
  const nextSeq = changeSequence(db);
  const q = {
    get: db.prepare<[ContentKind, string], ItemRow>('SELECT * FROM content_items WHERE kind = ? AND id = ?'),
    list: db.prepare<[ContentKind], ItemRow>(
      'SELECT * FROM content_items WHERE kind = ? AND content_json IS NOT NULL ORDER BY id',
    ),
    since: db.prepare<[number, string, number], ItemRow>(
      'SELECT * FROM content_items WHERE seq > ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY seq LIMIT ?',
    ),
    upsert: db.prepare(
      `INSERT INTO content_items (kind, id, content_json, version, updated_at, updated_by, seq)
       VALUES (@kind, @id, @content, @version, @updatedAt, @updatedBy, @seq)
       ON CONFLICT (kind, id) DO UPDATE SET content_json = excluded.content_json, version = excluded.version,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by, seq = excluded.seq`,
    ),
    revision: db.prepare(
      `INSERT INTO content_revisions (kind, id, version, content_json, updated_at, updated_by, kiosk_id, change_id)
       VALUES (@kind, @id, @version, @content, @updatedAt, @updatedBy, @kioskId, @changeId)`,
    ),
    getChange: db.prepare<[string], ChangeIdRow>('SELECT * FROM content_change_ids WHERE change_id = ?'),
    addChange: db.prepare(
      `INSERT INTO content_change_ids (change_id, kind, item_id, operation, status, response_json)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };

  /** Writes the item's new state (content null: a tombstone) at the next place of the sequence. */
  function write(
    w: { kind: ContentKind; id: string; version: number; updatedAt: string; updatedBy: string | null },
    content: ItemContent | null,
    origin: { kioskId: string | null; changeId: string | null },
  ): void {
    const seq = nextSeq();
    const row = { ...w, content: content === null ? null : JSON.stringify(content), seq };
    q.upsert.run(row);
    q.revision.run({ ...row, ...origin });
  }

  /** The first answer to this change id, or null when it is new; another item or operation is refused. */
  function replayOf(w: ContentWriteInput, operation: 'put' | 'remove'): ChangeIdRow | null {
    const seen = q.getChange.get(w.changeId);
    if (!seen) return null;
    if (seen.kind !== w.kind || seen.item_id !== w.id || seen.operation !== operation) {
      throw new ApiError(
        409,
        'IDEMPOTENCY_CONFLICT',
        `changeId ${w.changeId} was used for ${seen.operation} of ${seen.kind} ${seen.item_id}`,
      );
    }
    return seen;
  }

  function conflict(w: ContentWriteInput, row: ItemRow | undefined): ApiError {
    const currentVersion = row?.version ?? 0;
    return new ApiError(
      409,
      'VERSION_CONFLICT',
      `${w.kind} ${w.id} is at version ${currentVersion}${row?.content_json === null ? ' (removed)' : ''}, the change started from ${w.baseVersion}`,
      { currentVersion, current: row ? toItem(row) : null },
    );
  }

  const audit = (w: ContentWriteInput, action: string, summary: string) =>
    recordAudit({
      // Its own id space: a kiosk may hand over its own entry for the same change under the change id.
      id: `change:${w.changeId}`,
      kioskId: w.kioskId,
      at: w.at,
      staffId: w.editedBy,
      action: `${w.kind}.${action}`,
      target: `${w.kind}:${w.id}`,
      summary,
      receivedAt: w.at,
    });

  const putItem = db.transaction(
    (w: ContentWriteInput & { content: ItemContent }): { status: 200 | 201; item: ContentItem } => {
      const replay = replayOf(w, 'put');
      if (replay)
        return { status: replay.status as 200 | 201, item: JSON.parse(replay.response_json ?? 'null') };
      const row = q.get.get(w.kind, w.id);
      const live = row !== undefined && row.content_json !== null;
      const currentVersion = row?.version ?? 0;
      // 0 creates, also over a tombstone; otherwise the edit must start from the version there is now.
      if (w.baseVersion !== currentVersion && !(w.baseVersion === 0 && !live)) throw conflict(w, row);
      const version = currentVersion + 1;
      write({ kind: w.kind, id: w.id, version, updatedAt: w.at, updatedBy: w.editedBy }, w.content, {
        kioskId: w.kioskId,
        changeId: w.changeId,
      });
      const item: ContentItem = { ...w.content, version, updatedAt: w.at, updatedBy: w.editedBy };
      const status = live ? 200 : 201;
      q.addChange.run(w.changeId, w.kind, w.id, 'put', status, JSON.stringify(item));
      const before =
        live && row?.content_json ? (JSON.parse(row.content_json) as Record<string, unknown>) : null;
      const fields = changedFields(before, w.content);
      audit(
        w,
        live ? 'update' : 'create',
        live
          ? `v${currentVersion} → v${version}; changed: ${fields.length ? fields.join(', ') : 'nothing'}`
          : `created as v${version}`,
      );
      return { status, item };
    },
  );

  const removeItem = db.transaction((w: ContentWriteInput): { status: 204 } => {
    if (replayOf(w, 'remove')) return { status: 204 };
    const row = q.get.get(w.kind, w.id);
    const live = row !== undefined && row.content_json !== null;
    if (live && w.baseVersion !== row.version) throw conflict(w, row);
    if (live) {
      const version = row.version + 1;
      write({ kind: w.kind, id: w.id, version, updatedAt: w.at, updatedBy: w.editedBy }, null, {
        kioskId: w.kioskId,
        changeId: w.changeId,
      });
      audit(w, 'remove', `v${row.version} removed (tombstone v${version})`);
    } else {
      audit(w, 'remove', 'already removed; nothing changed');
    }
    q.addChange.run(w.changeId, w.kind, w.id, 'remove', 204, null);
    return { status: 204 };
  });

  /**
   * Creates or replaces items without the edit checks, in one transaction: the fixture seeding and
   * benchmarks (thousands of changed notices) use it. Each item takes the next version and seq.
   */
  const importItems = db.transaction((kind: ContentKind, items: ImportItem[]) => {
    for (const { content, updatedAt, updatedBy = null } of items) {
      const version = (q.get.get(kind, content.id)?.version ?? 0) + 1;
      write({ kind, id: content.id, version, updatedAt, updatedBy }, content, {
        kioskId: null,
        changeId: null,
      });
    }
    return items.length;
  });

  const changesSince = db.transaction((since: number, limit: number, kinds: readonly FeedKind[]) => {
    const max = nextSeq() - 1;
    const from = since > max ? 0 : since;
    const items: ContentChangeRecord[] = q.since
      .all(from, JSON.stringify(kinds.filter((k) => k !== 'service')), limit + 1)
      .map((r) => ({
        seq: r.seq,
        kind: r.kind,
        id: r.id,
        removed: r.content_json === null,
        item: toItem(r),
      }));
    const services: ContentChangeRecord[] = kinds.includes('service')
      ? servicesSince(from, limit + 1).map(({ seq, service }) => ({
          seq,
          kind: 'service' as const,
          id: service.id,
          removed: false as const,
          item: service,
        }))
      : [];
    const rows = [...items, ...services].sort((a, b) => a.seq - b.seq).slice(0, limit + 1);
    const page = rows.slice(0, limit);
    return { changes: page, cursor: page.at(-1)?.seq ?? from, more: rows.length > limit };
  });

  /** Seeds notices and announcements once per database (also one made before they existed). */
  const seedContentOnce = db.transaction((load: () => ContentSeed): boolean => {
    if (db.prepare("SELECT 1 FROM meta WHERE key = 'content_seeded_at'").get()) return false;
    const { notices, announcements } = load();
    importItems('notice', notices);
    importItems('announcement', announcements);
    db.prepare("INSERT INTO meta (key, value) VALUES ('content_seeded_at', ?)").run(new Date().toISOString());
    return true;
  });

  return {
    seedContentOnce: (load: () => ContentSeed): boolean => seedContentOnce.immediate(load),
    listItems: (kind: ContentKind): ContentItem[] =>
      q.list.all(kind).flatMap((r) => {
        const item = toItem(r);
        return item ? [item] : [];
      }),
    getItem: (kind: ContentKind, id: string): ContentItem | undefined => {
      const row = q.get.get(kind, id);
      return (row && toItem(row)) ?? undefined;
    },
    /** 201 created / 200 replaced, or the first answer again for a repeated changeId; 409 ApiError on a stale base. */
    putItem: (w: Parameters<typeof putItem>[0]) => putItem.immediate(w),
    /** 204 removed or already gone (or a repeat); 409 ApiError when a live item is at another version. */
    removeItem: (w: ContentWriteInput) => removeItem.immediate(w),
    importItems: (kind: ContentKind, items: Parameters<typeof importItems>[1]): number =>
      importItems.immediate(kind, items),
    /**
     * Items of these kinds whose latest change is after `since`, oldest first, each once (one read
     * snapshot). A cursor beyond the newest change (the central database was reset) is answered
     * from the start.
     */
    changesSince: (
      since: number,
      limit: number,
      kinds: readonly FeedKind[] = ['notice', 'announcement'],
    ): { changes: ContentChangeRecord[]; cursor: number; more: boolean } =>
      changesSince.deferred(since, limit, kinds),
  };
}
