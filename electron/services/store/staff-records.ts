// SCAFFOLD (lead): replaced by the staff helper. Lockout, audit log, conflicts.
import type { Database } from 'better-sqlite3';
import type { Measure } from './measure';

export type StaffRecords = Record<string, never>;

export function createStaffRecords(_db: Database, _measure: Measure): StaffRecords {
  return {};
}
