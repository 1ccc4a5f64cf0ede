// The audit log: every staff action is written locally and queued for the central API's log in
// the same transaction (outbox kind 'audit.events', idempotent on the event id).
import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../api-staff';
import type { Clock } from '../clock';
import type { KioskStore } from '../store';
import type { StaffRecords } from '../store/staff-records';
import { AUDIT_EVENTS_KIND } from './ports';

export type AuditAction = AuditEntry['action'];

export interface AuditEvent {
  action: AuditAction;
  staffId: string | null;
  target: string | null;
  summary: string;
  /** When it happened, when not now (e.g. a session that expired while nobody called). */
  at?: Date;
}

export interface AuditTrail {
  record(event: AuditEvent): string;
  /** Newest first, with the synced flag. */
  list(limit: number): AuditEntry[];
}

export interface AuditTrailDeps {
  kioskId: string;
  store: Pick<KioskStore, 'outbox' | 'transaction'>;
  records: StaffRecords;
  clock: Clock;
}

export function createAuditTrail({ kioskId, store, records, clock }: AuditTrailDeps): AuditTrail {
  return {
    record(event) {
      const id = randomUUID();
      const at = (event.at ?? clock.now()).toISOString();
      const summary = event.summary.slice(0, 1000);
      store.transaction(() => {
        records.addAudit({
          id,
          at,
          kioskId,
          staffId: event.staffId,
          action: event.action,
          target: event.target,
          summary,
        });
        store.outbox.enqueue({
          clientId: id,
          kind: AUDIT_EVENTS_KIND,
          payload: { id, at, staffId: event.staffId, action: event.action, target: event.target, summary },
        });
      });
      return id;
    },
    list(limit) {
      return records.listAudit(limit).map((r) => ({
        id: r.id,
        at: r.at,
        kioskId: r.kioskId,
        staffId: r.staffId,
        action: r.action as AuditAction,
        target: r.target,
        summary: r.summary,
        synced: r.syncedAt !== null,
      }));
    },
  };
}
