// The kiosk's local SQLite database: all of the kiosk's SQL lives in this folder.
// Why WAL + synchronous=FULL: docs/decisions/004-local-store-and-outbox.md.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Cache, createCache } from './cache';
import { type CatalogStore, createCatalogStore } from './catalog';
import { type ContentStore, createContentStore } from './content';
import { createMeasure, type StoreLogger } from './measure';
import { migrate } from './migrations';
import { createNumberBlocks, type NumberBlocks } from './number-blocks';
import { createOutbox, type Outbox } from './outbox';
import { createStaffRecords, type StaffRecords } from './staff-records';
import { createTickets, type Tickets } from './tickets';

export interface KioskStore {
  outbox: Outbox;
  tickets: Tickets;
  cache: Cache;
  numberBlocks: NumberBlocks;
  /** Notices and announcements as last synced, the sync cursor, pending local changes. */
  content: ContentStore;
  /** The service catalog as last synced (written by the same change feed as content). */
  catalog: CatalogStore;
  /** Sign-in lockout, audit log and content conflicts of the staff side. */
  staff: StaffRecords;
  /** Runs `work` in one transaction (e.g. take a number + record the ticket + enqueue it). */
  transaction<T>(work: () => T): T;
  /** PRAGMA integrity_check: ok, or SQLite's list of problems. */
  integrityCheck(): { ok: boolean; problems: string[] };
  /** The settings that durability depends on, for health checks and tests. */
  settings(): {
    schemaVersion: number;
    journalMode: string;
    synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  };
  /** The schema as text, compared with schema.snapshot.sql in tests. */
  schemaSnapshot(): string;
  close(): void;
}

const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

export interface StoreOptions {
  /** Queries slower than slowQueryMs are logged here (a pino logger fits). */
  logger?: StoreLogger;
  slowQueryMs?: number;
  /** Used for the outbox's created time when the caller gives none. */
  now?: () => Date;
  /** How long a write waits for another connection's lock before failing. */
  busyTimeoutMs?: number;
}

export function openStore(path: string, options: StoreOptions = {}): KioskStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: every commit is fsynced to the WAL, so an acknowledged outbox write survives a power cut.
    db.pragma('synchronous = FULL');
    db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }

  const measure = createMeasure(options.logger, options.slowQueryMs ?? 50);
  const now = options.now ?? (() => new Date());

  const catalog = createCatalogStore(db, measure);
  return {
    outbox: createOutbox(db, measure, now),
    tickets: createTickets(db, measure),
    cache: createCache(db, measure),
    numberBlocks: createNumberBlocks(db, measure),
    content: createContentStore(db, measure, catalog),
    catalog,
    staff: createStaffRecords(db, measure),
    transaction: (work) => db.transaction(work)(),
    integrityCheck() {
      const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
      const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      return { ok: problems.length === 0, problems };
    },
    settings: () => ({
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      journalMode: db.pragma('journal_mode', { simple: true }) as string,
      synchronous: SYNCHRONOUS[db.pragma('synchronous', { simple: true }) as number] ?? 'OFF',
    }),
    schemaSnapshot: () => schemaSnapshot(db),
    close: () => db.close(),
  };
}

function schemaSnapshot(db: Database.Database): string {
  const version = db.pragma('user_version', { simple: true }) as number;
  const rows = db
    .prepare<[], { sql: string }>(
      `SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
       ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, tbl_name, name`,
    )
    .all();
  const body = rows.map((r) => `${r.sql.trim()};`).join('\n\n');
  return `-- Generated from a fresh database after all migrations; refresh with UPDATE_SNAPSHOT=1.\nPRAGMA user_version = ${version};\n\n${body}\n`;
}
