// The staff side's SQL: sign-in lockout, the local audit log, staff changes and their fate, and
// content conflicts. Schema: migrations/004-staff.sql.
import type { Database } from 'better-sqlite3';
import { type Measure, toStoredTime } from './measure';

export type ContentKind = 'notice' | 'announcement';

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

export type ChangeOutcome = 'pending' | 'saved' | 'conflict' | 'rejected';

export interface StaffChangeRecord {
  changeId: string;
  kind: ContentKind;
  itemId: string;
  staffId: string;
  baseVersion: number;
  removal: boolean;
  createdAt: string;
  outcome: ChangeOutcome;
  version: number | null;
  conflictId: string | null;
}

export interface ConflictRecord {
  id: string;
  kind: ContentKind;
  itemId: string;
  changeId: string;
  staffId: string;
  detectedAt: string;
  baseVersion: number;
  /** This kiosk's content (null: it removed the item). */
  mine: unknown;
  /** The central API's item (null: removed there). */
  theirs: unknown;
  theirVersion: number;
  resolvedAt: string | null;
  resolution: 'mine' | 'theirs' | null;
  resolvedBy: string | null;
}

/** The outcome of reserving a sign-in attempt before the PIN is checked. */
export type AttemptReservation = { locked: true; until: string } | { locked: false; attempt: number };

export interface StaffRecords {
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

  addChange(change: Omit<StaffChangeRecord, 'outcome' | 'version' | 'conflictId'>): void;
  getChange(changeId: string): StaffChangeRecord | null;
  settleChange(
    changeId: string,
    fate: { outcome: Exclude<ChangeOutcome, 'pending'>; version?: number; conflictId?: string },
    at: Date,
  ): void;

  addConflict(conflict: Omit<ConflictRecord, 'resolvedAt' | 'resolution' | 'resolvedBy'>): void;
  getConflict(id: string): ConflictRecord | null;
  /** Unresolved conflicts, oldest first. */
  openConflicts(): ConflictRecord[];
  resolveConflict(id: string, resolution: 'mine' | 'theirs', staffId: string, at: Date): boolean;
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
interface ChangeRow {
  change_id: string;
  kind: ContentKind;
  item_id: string;
  staff_id: string;
  base_version: number;
  removal: number;
  created_at: string;
  outcome: ChangeOutcome;
  version: number | null;
  conflict_id: string | null;
}
interface ConflictRow {
  id: string;
  kind: ContentKind;
  item_id: string;
  change_id: string;
  staff_id: string;
  detected_at: string;
  base_version: number;
  mine: string | null;
  theirs: string | null;
  their_version: number;
  resolved_at: string | null;
  resolution: 'mine' | 'theirs' | null;
  resolved_by: string | null;
}

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
const parsed = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

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
const toChange = (r: ChangeRow): StaffChangeRecord => ({
  changeId: r.change_id,
  kind: r.kind,
  itemId: r.item_id,
  staffId: r.staff_id,
  baseVersion: r.base_version,
  removal: r.removal === 1,
  createdAt: r.created_at,
  outcome: r.outcome,
  version: r.version,
  conflictId: r.conflict_id,
});
const toConflict = (r: ConflictRow): ConflictRecord => ({
  id: r.id,
  kind: r.kind,
  itemId: r.item_id,
  changeId: r.change_id,
  staffId: r.staff_id,
  detectedAt: r.detected_at,
  baseVersion: r.base_version,
  mine: parsed(r.mine),
  theirs: parsed(r.theirs),
  theirVersion: r.their_version,
  resolvedAt: r.resolved_at,
  resolution: r.resolution,
  resolvedBy: r.resolved_by,
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
  const insertChange = db.prepare<[string, string, string, string, number, number, string]>(
    `INSERT INTO staff_changes (change_id, kind, item_id, staff_id, base_version, removal, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const getChange = db.prepare<[string], ChangeRow>('SELECT * FROM staff_changes WHERE change_id = ?');
  const settle = db.prepare<[string, number | null, string | null, string, string]>(
    `UPDATE staff_changes SET outcome = ?, version = ?, conflict_id = ?, settled_at = ?
     WHERE change_id = ? AND outcome = 'pending'`,
  );
  const insertConflict = db.prepare<
    [string, string, string, string, string, string, number, string | null, string | null, number]
  >(
    `INSERT INTO content_conflicts
       (id, kind, item_id, change_id, staff_id, detected_at, base_version, mine, theirs, their_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) DO NOTHING`,
  );
  const getConflict = db.prepare<[string], ConflictRow>('SELECT * FROM content_conflicts WHERE id = ?');
  const openConflicts = db.prepare<[], ConflictRow>(
    'SELECT * FROM content_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id',
  );
  const resolve = db.prepare<[string, string, string, string]>(
    `UPDATE content_conflicts SET resolved_at = ?, resolution = ?, resolved_by = ?
     WHERE id = ? AND resolved_at IS NULL`,
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

    addChange(c) {
      measure('staff.addChange', () =>
        insertChange.run(
          c.changeId,
          c.kind,
          c.itemId,
          c.staffId,
          c.baseVersion,
          c.removal ? 1 : 0,
          toStoredTime(c.createdAt),
        ),
      );
    },
    getChange(changeId) {
      const row = measure('staff.getChange', () => getChange.get(changeId));
      return row ? toChange(row) : null;
    },
    settleChange(changeId, fate, at) {
      measure('staff.settleChange', () =>
        settle.run(fate.outcome, fate.version ?? null, fate.conflictId ?? null, toStoredTime(at), changeId),
      );
    },

    addConflict(c) {
      measure('staff.addConflict', () =>
        insertConflict.run(
          c.id,
          c.kind,
          c.itemId,
          c.changeId,
          c.staffId,
          toStoredTime(c.detectedAt),
          c.baseVersion,
          json(c.mine),
          json(c.theirs),
          c.theirVersion,
        ),
      );
    },
    getConflict(id) {
      const row = measure('staff.getConflict', () => getConflict.get(id));
      return row ? toConflict(row) : null;
    },
    openConflicts() {
      return measure('staff.openConflicts', () => openConflicts.all().map(toConflict));
    },
    resolveConflict(id, resolution, staffId, at) {
      return measure(
        'staff.resolveConflict',
        () => resolve.run(toStoredTime(at), resolution, staffId, id).changes === 1,
      );
    },
  };
}
