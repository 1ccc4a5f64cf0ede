// Leased blocks of ticket numbers, per service per day, for issuing while offline.
// Taking a number and recording its ticket should share one store.transaction().
import type { Database } from 'better-sqlite3';
import type { Measure } from './measure';

export interface NumberBlock {
  serviceId: string;
  /** The hall's local business day, YYYY-MM-DD. */
  date: string;
  first: number;
  last: number;
  next: number;
}

export interface NumberBlocks {
  /** Stores a newly leased block (next = first); the same block again is ignored, an overlapping one throws. */
  add(block: { serviceId: string; date: string; first: number; last: number }): void;
  /** Takes the next unused number of the day for the service, or null when all blocks are used up. */
  take(serviceId: string, date: string): number | null;
  /** Numbers still unused for the service and day. */
  remaining(serviceId: string, date: string): number;
  /** Whether a block was leased for the service and day, used up or not (blocks are kept until pruned). */
  everLeased(serviceId: string, date: string): boolean;
  /** Deletes blocks of days before `date`. */
  pruneBefore(date: string): number;
}

export function createNumberBlocks(db: Database, measure: Measure): NumberBlocks {
  const insert = db.prepare<[string, string, number, number, number]>(
    `INSERT INTO number_blocks (service_id, date, first, last, next) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  // The oldest block with numbers left; UPDATE ... RETURNING keeps take() one atomic statement.
  const take = db.prepare<[string, string], { taken: number }>(
    `UPDATE number_blocks SET next = next + 1
     WHERE rowid = (SELECT rowid FROM number_blocks WHERE service_id = ? AND date = ? AND next <= last
                    ORDER BY first LIMIT 1)
     RETURNING next - 1 AS taken`,
  );
  const remaining = db.prepare<[string, string], { n: number | null }>(
    'SELECT sum(last - next + 1) AS n FROM number_blocks WHERE service_id = ? AND date = ?',
  );
  const held = db.prepare<[string, string], { one: number }>(
    'SELECT 1 AS one FROM number_blocks WHERE service_id = ? AND date = ? LIMIT 1',
  );
  const prune = db.prepare<[string]>('DELETE FROM number_blocks WHERE date < ?');
  const overlapping = db.prepare<[string, string, number, number, number, number], { first: number }>(
    `SELECT first FROM number_blocks WHERE service_id = ? AND date = ? AND first <= ? AND last >= ?
     AND NOT (first = ? AND last = ?)`,
  );
  // Two overlapping blocks would issue one number twice: refuse instead.
  const addChecked = db.transaction((serviceId: string, date: string, first: number, last: number) => {
    const clash = overlapping.get(serviceId, date, last, first, first, last);
    if (clash)
      throw new RangeError(`number block ${first}..${last} overlaps one held for ${serviceId} ${date}`);
    insert.run(serviceId, date, first, last, first);
  });

  return {
    add({ serviceId, date, first, last }) {
      if (!Number.isInteger(first) || !Number.isInteger(last) || first > last || first < 0) {
        throw new RangeError(`number block ${first}..${last} is not a valid range`);
      }
      measure('numberBlocks.add', () => addChecked(serviceId, date, first, last));
    },
    take(serviceId, date) {
      return measure('numberBlocks.take', () => take.get(serviceId, date)?.taken ?? null);
    },
    remaining(serviceId, date) {
      return measure('numberBlocks.remaining', () => remaining.get(serviceId, date)?.n ?? 0);
    },
    everLeased(serviceId, date) {
      return measure('numberBlocks.everLeased', () => held.get(serviceId, date) !== undefined);
    },
    pruneBefore(date) {
      return measure('numberBlocks.pruneBefore', () => prune.run(date).changes);
    },
  };
}
