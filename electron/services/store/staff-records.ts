// The staff side's SQL: sign-in lockout and the local audit log here; staff changes and their
// fate, and content conflicts, in staff-changes.ts. Schema: migrations/004-staff.sql.
import type { Database } from 'better-sqlite3';
import { type Measure, toStoredTime } from './measure';
import { createStaffChangeRecords, type StaffChangeRecords } from './staff-changes';

export type {
  ChangeOutcome,
  ConflictRecord,
  ContentKind,
  StaffChangeRecord,
  StaffChangeRecords,
} from './staff-changes';

export interface AuditRecord {
  id: string;
  at: string;
  kioskId: string;
  staffId: string | null;
  action: string;
  target: string | null;
  summary: string;
  /** When it was handed over to the central API, or null. */
  syncedAt: string | null;
}

/** The outcome of reserving a sign-in attempt before the PIN is checked. */
export type AttemptReservation = { locked: true; until: string } | { locked: false; attempt: number };

export interface StaffRecords extends StaffChangeRecords {
  /**
   * Counts a sign-in attempt before the PIN is checked (so parallel guesses cannot exceed the
   * limit), or says sign-in is locked. An expired lockout is cleared here.
   */
  reserveSignInAttempt(now: Date): AttemptReservation;
  lockSignIn(until: Date): void;
  /** A right PIN: the count starts again. */
  resetSignInFailures(): void;
  signInState(): { failedPins: number; lockedUntil: string | null };

  addAudit(entry: Omit<AuditRecord, 'syncedAt'>): void;
  /** Newest first. */
  listAudit(limit: number): AuditRecord[];
  markAuditSynced(ids: readonly string[], at: Date): void;
}

interface AuditRow {
  id: string;
  at: string;
  kiosk_id: string;
  staff_id: string | null;
  action: string;
  target: string | null;
  summary: string;
  synced_at: string | null;
}

const toAudit = (r: AuditRow): AuditRecord => ({
  id: r.id,
  at: r.at,
  kioskId: r.kiosk_id,
  staffId: r.staff_id,
  action: r.action,
  target: r.target,
  summary: r.summary,
  syncedAt: r.synced_at,
});

export function createStaffRecords(db: Database, measure: Measure): StaffRecords {
  const state = db.prepare<[], { failed_pins: number; locked_until: string | null }>(
    'SELECT failed_pins, locked_until FROM staff_signin_state WHERE singleton = 1',
  );
  const setState = db.prepare<[number, string | null]>(
    'UPDATE staff_signin_state SET failed_pins = ?, locked_until = ? WHERE singleton = 1',
  );
  const insertAudit = db.prepare<[string, string, string, string | null, string, string | null, string]>(
    `INSERT INTO staff_audit (id, at, kiosk_id, staff_id, action, target, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const listAudit = db.prepare<[number], AuditRow>(
    'SELECT * FROM staff_audit ORDER BY at DESC, seq DESC LIMIT ?',
  );
  const syncAudit = db.prepare<[string, string]>(
    'UPDATE staff_audit SET synced_at = ? WHERE id = ? AND synced_at IS NULL',
  );
  const readState = () => state.get() ?? { failed_pins: 0, locked_until: null };

  return {
    reserveSignInAttempt(now) {
      return measure('staff.reserveSignInAttempt', () =>
        db.transaction((): AttemptReservation => {
          const s = readState();
          if (s.locked_until !== null && s.locked_until > toStoredTime(now)) {
            return { locked: true, until: s.locked_until };
          }
          // An expired lockout starts a fresh count.
          const failed = s.locked_until !== null ? 0 : s.failed_pins;
          setState.run(failed + 1, null);
          return { locked: false, attempt: failed + 1 };
        })(),
      );
    },
    lockSignIn(until) {
      measure('staff.lockSignIn', () => setState.run(0, toStoredTime(until)));
    },
    resetSignInFailures() {
      measure('staff.resetSignInFailures', () => setState.run(0, null));
    },
    signInState() {
      const s = measure('staff.signInState', readState);
      return { failedPins: s.failed_pins, lockedUntil: s.locked_until };
    },

    addAudit(e) {
      measure('staff.addAudit', () =>
        insertAudit.run(e.id, toStoredTime(e.at), e.kioskId, e.staffId, e.action, e.target, e.summary),
      );
    },
    listAudit(limit) {
      return measure('staff.listAudit', () => listAudit.all(limit).map(toAudit));
    },
    markAuditSynced(ids, at) {
      const when = toStoredTime(at);
      measure('staff.markAuditSynced', () =>
        db.transaction(() => {
          for (const id of ids) syncAudit.run(when, id);
        })(),
      );
    },
    ...createStaffChangeRecords(db, measure),
  };
}
