// The SQL of staff content changes and their fate (pending → saved / conflict / rejected), and of
// the conflicts kept for staff. Part of StaffRecords (staff-records.ts). Schema: migrations/004-staff.sql.
import type { Database } from 'better-sqlite3';
import { type Measure, toStoredTime } from './measure';

export type ContentKind = 'notice' | 'announcement';

export type ChangeOutcome = 'pending' | 'saved' | 'conflict' | 'rejected';

export interface StaffChangeRecord {
  changeId: string;
  kind: ContentKind;
  itemId: string;
  staffId: string;
  /** The version it builds on: as queued, and once saved, the one it was actually sent on. */
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

export interface StaffChangeRecords {
  addChange(change: Omit<StaffChangeRecord, 'outcome' | 'version' | 'conflictId'>): void;
  getChange(changeId: string): StaffChangeRecord | null;
  /** `baseVersion`: the base a saved change was actually sent on, when the outbox rebased it. */
  settleChange(
    changeId: string,
    fate: {
      outcome: Exclude<ChangeOutcome, 'pending'>;
      version?: number;
      conflictId?: string;
      baseVersion?: number;
    },
    at: Date,
  ): void;
  /** This kiosk's saved (not removing) change of the item that the central API numbered `version`. */
  savedChangeAt(kind: ContentKind, itemId: string, version: number): StaffChangeRecord | null;

  addConflict(conflict: Omit<ConflictRecord, 'resolvedAt' | 'resolution' | 'resolvedBy'>): void;
  getConflict(id: string): ConflictRecord | null;
  /** Unresolved conflicts, oldest first. */
  openConflicts(): ConflictRecord[];
  resolveConflict(id: string, resolution: 'mine' | 'theirs', staffId: string, at: Date): boolean;
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

export function createStaffChangeRecords(db: Database, measure: Measure): StaffChangeRecords {
  const insertChange = db.prepare<[string, string, string, string, number, number, string]>(
    `INSERT INTO staff_changes (change_id, kind, item_id, staff_id, base_version, removal, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const getChange = db.prepare<[string], ChangeRow>('SELECT * FROM staff_changes WHERE change_id = ?');
  const settle = db.prepare<[string, number | null, string | null, string, number | null, string]>(
    `UPDATE staff_changes SET outcome = ?, version = ?, conflict_id = ?, settled_at = ?,
       base_version = COALESCE(?, base_version)
     WHERE change_id = ? AND outcome = 'pending'`,
  );
  // Staff changes are few (one row per save on this kiosk): no index needed for this look-up.
  const savedAt = db.prepare<[string, string, number], ChangeRow>(
    `SELECT * FROM staff_changes
     WHERE kind = ? AND item_id = ? AND version = ? AND outcome = 'saved' AND removal = 0
     ORDER BY created_at DESC LIMIT 1`,
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

  return {
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
        settle.run(
          fate.outcome,
          fate.version ?? null,
          fate.conflictId ?? null,
          toStoredTime(at),
          fate.baseVersion ?? null,
          changeId,
        ),
      );
    },
    savedChangeAt(kind, itemId, version) {
      const row = measure('staff.savedChangeAt', () => savedAt.get(kind, itemId, version));
      return row ? toChange(row) : null;
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
