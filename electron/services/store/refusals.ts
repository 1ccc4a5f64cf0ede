// Items of the change feed the kiosk refused, kept for the staff device page until a good version
// (or a removal) of the same item arrives. Written in the feed page's transaction (content.ts).
import type { Database } from 'better-sqlite3';
import type { Measure } from './measure';

export interface ContentRefusal {
  kind: string;
  id: string;
  /** The feed's sequence number of the refused change. */
  seq: number;
  /** Where the item failed, e.g. steps.2.zh-CN. */
  field: string;
  reason: string;
  /** When the kiosk refused it (ISO). */
  refusedAt: string;
}

export interface RefusalWrites {
  refuse(r: ContentRefusal): void;
  /** The item arrived good (or was removed): it is no longer refused. */
  clear(kind: string, id: string): void;
}

export function createRefusals(db: Database, measure: Measure) {
  const upsert = db.prepare<[string, string, number, string, string, string]>(
    `INSERT INTO content_refusals (kind, id, seq, field, reason, refused_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, id) DO UPDATE SET seq = excluded.seq, field = excluded.field,
       reason = excluded.reason, refused_at = excluded.refused_at`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM content_refusals WHERE kind = ? AND id = ?');
  const list = db.prepare<
    [],
    { kind: string; id: string; seq: number; field: string; reason: string; refused_at: string }
  >('SELECT * FROM content_refusals ORDER BY refused_at DESC, kind, id');
  const writes: RefusalWrites = {
    refuse: (r) => void upsert.run(r.kind, r.id, r.seq, r.field, r.reason.slice(0, 500), r.refusedAt),
    clear: (kind, id) => void remove.run(kind, id),
  };
  return {
    writes,
    /** Every item refused now, newest first. */
    list: (): ContentRefusal[] =>
      measure('content.refusals', () => list.all()).map((r) => ({
        kind: r.kind,
        id: r.id,
        seq: r.seq,
        field: r.field,
        reason: r.reason,
        refusedAt: r.refused_at,
      })),
  };
}
