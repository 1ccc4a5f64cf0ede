// SQL of the central audit log: entries written by content changes here and events handed over by
// kiosks (idempotent on the event id). Read newest first by the time the entry says it happened.
import type Database from 'better-sqlite3';

export interface AuditRecord {
  id: string;
  kioskId: string;
  at: string;
  staffId: string | null;
  action: string;
  target: string | null;
  summary: string;
  receivedAt: string;
}

interface AuditRow {
  id: string;
  kiosk_id: string;
  at: string;
  staff_id: string | null;
  action: string;
  target: string | null;
  summary: string;
  received_at: string;
}

const toRecord = (r: AuditRow): AuditRecord => ({
  id: r.id,
  kioskId: r.kiosk_id,
  at: r.at,
  staffId: r.staff_id,
  action: r.action,
  target: r.target,
  summary: r.summary,
  receivedAt: r.received_at,
});

export function auditStore(db: Database.Database) {
  const q = {
    insert: db.prepare(
      `INSERT OR IGNORE INTO audit_entries (id, kiosk_id, at, at_ms, staff_id, action, target, summary, received_at)
       VALUES (@id, @kioskId, @at, @atMs, @staffId, @action, @target, @summary, @receivedAt)`,
    ),
    newest: db.prepare<[number], AuditRow>(
      'SELECT * FROM audit_entries ORDER BY at_ms DESC, seq DESC LIMIT ?',
    ),
  };
  /** Stores one entry; a repeated id is ignored (the first one stays). Returns whether it was new. */
  const recordAudit = (r: AuditRecord): boolean =>
    q.insert.run({ ...r, atMs: Date.parse(r.at) }).changes === 1;
  const recordAuditBatch = db.transaction((records: AuditRecord[]) => {
    let added = 0;
    for (const r of records) if (recordAudit(r)) added++;
    return added;
  });
  return {
    recordAudit,
    /** Stores a kiosk's events in one transaction; returns how many were new. */
    recordAuditBatch: (records: AuditRecord[]): number => recordAuditBatch.immediate(records),
    listAudit: (limit: number): AuditRecord[] => q.newest.all(limit).map(toRecord),
  };
}
