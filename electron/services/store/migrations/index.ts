// The numbered migrations, in order. Each runs once, in a transaction that also bumps
// PRAGMA user_version, so a crash mid-migration leaves the previous version intact.
import { readFileSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

/** Add a file here and append it; never edit or renumber one that has shipped. */
export const MIGRATIONS = [
  '001-initial.sql',
  '002-ticket-details.sql',
  '003-content.sql',
  '004-staff.sql',
  '005-catalog.sql',
  '006-sync-refusals.sql',
] as const;

export const LATEST_VERSION = MIGRATIONS.length;

function migrationSql(file: string): string {
  // Read beside this module; a bundled build must copy migrations/*.sql next to it.
  return readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
}

/** Brings the database to LATEST_VERSION; returns the versions applied. */
export function migrate(db: Database): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new Error(
      `kiosk database is at schema version ${current}, newer than this app knows (${LATEST_VERSION}); ` +
        'install the newer app or restore a backup',
    );
  }
  const applied: number[] = [];
  MIGRATIONS.forEach((file, index) => {
    const version = index + 1;
    if (version <= current) return;
    const sql = migrationSql(file);
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
    applied.push(version);
  });
  return applied;
}
