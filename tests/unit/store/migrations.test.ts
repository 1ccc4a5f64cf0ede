import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openStore } from '../../../electron/services/store';
import { tempDbDir } from './support/temp-db';

const SNAPSHOT = new URL('../../../electron/services/store/schema.snapshot.sql', import.meta.url);
let tmp: ReturnType<typeof tempDbDir>;

beforeEach(() => {
  tmp = tempDbDir();
});
afterEach(() => tmp.cleanup());

describe('migrations', () => {
  it('bring a fresh database to the latest version, with WAL and synchronous=FULL', () => {
    const store = openStore(tmp.dbPath);
    store.close();
    const db = new Database(tmp.dbPath, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .all()
      .map((r) => r.name);
    expect(tables).toEqual([
      'announcements',
      'catalog_services',
      'content_conflicts',
      'content_local_changes',
      'content_refusals',
      'content_sync_state',
      'issued_tickets',
      'kv_cache',
      'notices',
      'number_blocks',
      'outbox',
      'staff_audit',
      'staff_changes',
      'staff_signin_state',
    ]);
    db.close();
    // synchronous is per connection: check the store's own.
    const again = openStore(tmp.dbPath);
    expect(again.integrityCheck()).toEqual({ ok: true, problems: [] });
    expect(again.settings()).toEqual({
      schemaVersion: LATEST_VERSION,
      journalMode: 'wal',
      synchronous: 'FULL',
    });
    again.close();
  });

  it('run once: reopening keeps the data and the version', () => {
    const first = openStore(tmp.dbPath);
    first.cache.put('catalog', { n: 1 }, '2026-03-02T01:00:00Z');
    first.close();
    const second = openStore(tmp.dbPath);
    expect(second.cache.get('catalog')?.value).toEqual({ n: 1 });
    second.close();
  });

  it('apply in one transaction: a failing migration leaves the database as it was', () => {
    const db = new Database(tmp.dbPath);
    db.exec('CREATE TABLE kv_cache (key TEXT)'); // collides with 001-initial.sql midway
    db.close();
    expect(() => openStore(tmp.dbPath)).toThrow(/kv_cache/);
    const check = new Database(tmp.dbPath, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(0);
    const names = check
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all();
    expect(names.map((r) => r.name)).toEqual(['kv_cache']);
    check.close();
  });

  it('refuse a database from a newer app', () => {
    const db = new Database(tmp.dbPath);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => openStore(tmp.dbPath)).toThrow(/newer than this app knows/);
  });

  it('produce exactly the checked-in schema snapshot (UPDATE_SNAPSHOT=1 refreshes it)', () => {
    const store = openStore(tmp.dbPath);
    const actual = store.schemaSnapshot();
    store.close();
    if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, actual);
    expect(actual).toContain(`PRAGMA user_version = ${LATEST_VERSION};`);
    expect(actual).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });
});
