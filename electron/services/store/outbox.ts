// The durable outbox: writes that must reach the central API, kept until delivered.
import type { Database } from 'better-sqlite3';
import { type Measure, toStoredTime } from './measure';

export interface OutboxItem {
  id: number;
  clientId: string;
  kind: string;
  payload: unknown;
  createdAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  deliveredAt: string | null;
  /** Set when the central API refused the item for good (a 4xx); it is kept, never retried. */
  rejectedAt: string | null;
  rejection: string | null;
}

interface OutboxRow {
  id: number;
  client_id: string;
  kind: string;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  delivered_at: string | null;
  rejected_at: string | null;
  rejection: string | null;
}

export interface Outbox {
  /**
   * Adds a write; a repeated clientId changes nothing and returns the existing row
   * (`inserted: false`), so a retried tap never queues twice.
   */
  enqueue(item: { clientId: string; kind: string; payload: unknown; createdAt?: Date | string }): {
    id: number;
    inserted: boolean;
  };
  /** Undelivered items whose next attempt is due, oldest first (created order). */
  due(now: Date | string, limit: number): OutboxItem[];
  markDelivered(id: number, at: Date | string): void;
  /** Counts an attempt and schedules the next one. */
  markFailed(id: number, error: string, nextAttemptAt: Date | string): void;
  /** Records a permanent refusal: the item stays, with its reason, and is no longer due. */
  markRejected(id: number, reason: string, at: Date | string): void;
  /** Items refused for good, oldest first, for staff to see. */
  rejected(limit: number): OutboxItem[];
  /** The oldest item still to deliver, due or not (it goes first, so the order holds). */
  head(): OutboxItem | null;
  /** Number of items still to deliver (neither delivered nor rejected). */
  depth(): number;
  /** Number of items refused for good (shown on the staff device page). */
  rejectedCount(): number;
  get(clientId: string): OutboxItem | null;
  /** Deletes items delivered before `before`; returns how many. */
  pruneDelivered(before: Date | string): number;
}

const toItem = (row: OutboxRow): OutboxItem => ({
  id: row.id,
  clientId: row.client_id,
  kind: row.kind,
  payload: JSON.parse(row.payload),
  createdAt: row.created_at,
  attempts: row.attempts,
  nextAttemptAt: row.next_attempt_at,
  lastError: row.last_error,
  deliveredAt: row.delivered_at,
  rejectedAt: row.rejected_at,
  rejection: row.rejection,
});

export function createOutbox(db: Database, measure: Measure, now: () => Date): Outbox {
  const insert = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO outbox (client_id, kind, payload, created_at, next_attempt_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING`,
  );
  const byClientId = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE client_id = ?');
  const due = db.prepare<[string, number], OutboxRow>(
    `SELECT * FROM outbox WHERE delivered_at IS NULL AND rejected_at IS NULL AND next_attempt_at <= ?
     ORDER BY created_at, id LIMIT ?`,
  );
  const delivered = db.prepare<[string, number]>(
    'UPDATE outbox SET delivered_at = ?, last_error = NULL WHERE id = ? AND delivered_at IS NULL',
  );
  const failed = db.prepare<[string, string, number]>(
    `UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?
     WHERE id = ? AND delivered_at IS NULL`,
  );
  const rejectedStmt = db.prepare<[string, string, number]>(
    'UPDATE outbox SET rejected_at = ?, rejection = ? WHERE id = ? AND delivered_at IS NULL',
  );
  const rejectedList = db.prepare<[number], OutboxRow>(
    'SELECT * FROM outbox WHERE rejected_at IS NOT NULL ORDER BY created_at, id LIMIT ?',
  );
  const head = db.prepare<[], OutboxRow>(
    `SELECT * FROM outbox WHERE delivered_at IS NULL AND rejected_at IS NULL ORDER BY created_at, id LIMIT 1`,
  );
  const depth = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM outbox WHERE delivered_at IS NULL AND rejected_at IS NULL',
  );
  const rejectedCount = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM outbox WHERE rejected_at IS NOT NULL',
  );
  const prune = db.prepare<[string]>(
    'DELETE FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < ?',
  );

  return {
    enqueue({ clientId, kind, payload, createdAt }) {
      const json = JSON.stringify(payload);
      if (json === undefined) throw new TypeError(`outbox payload of ${clientId} is not JSON`);
      const at = toStoredTime(createdAt ?? now());
      return measure('outbox.enqueue', () => {
        const result = insert.run(clientId, kind, json, at, at);
        if (result.changes === 1) return { id: Number(result.lastInsertRowid), inserted: true };
        const existing = byClientId.get(clientId);
        if (!existing) throw new Error(`outbox: ${clientId} neither inserted nor found`);
        return { id: existing.id, inserted: false };
      });
    },
    due(at, limit) {
      return measure('outbox.due', () => due.all(toStoredTime(at), limit).map(toItem));
    },
    markDelivered(id, at) {
      measure('outbox.markDelivered', () => delivered.run(toStoredTime(at), id));
    },
    markFailed(id, error, nextAttemptAt) {
      measure('outbox.markFailed', () => failed.run(error.slice(0, 2000), toStoredTime(nextAttemptAt), id));
    },
    markRejected(id, reason, at) {
      measure('outbox.markRejected', () => rejectedStmt.run(toStoredTime(at), reason.slice(0, 2000), id));
    },
    rejected(limit) {
      return measure('outbox.rejected', () => rejectedList.all(limit).map(toItem));
    },
    head() {
      const row = measure('outbox.head', () => head.get());
      return row ? toItem(row) : null;
    },
    depth() {
      return measure('outbox.depth', () => depth.get()?.n ?? 0);
    },
    rejectedCount() {
      return measure('outbox.rejectedCount', () => rejectedCount.get()?.n ?? 0);
    },
    get(clientId) {
      const row = measure('outbox.get', () => byClientId.get(clientId));
      return row ? toItem(row) : null;
    },
    pruneDelivered(before) {
      return measure('outbox.pruneDelivered', () => prune.run(toStoredTime(before)).changes);
    },
  };
}
