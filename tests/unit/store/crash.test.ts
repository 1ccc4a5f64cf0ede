// A kiosk can lose power or be killed at any moment. After a SIGKILL in the middle of writes,
// the database must be intact and every write that was acknowledged must still be there.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store';
import { tempDbDir } from './support/temp-db';

const WRITER = fileURLToPath(new URL('./support/outbox-writer.ts', import.meta.url));
let tmp: ReturnType<typeof tempDbDir>;

beforeEach(() => {
  tmp = tempDbDir();
});
afterEach(() => tmp.cleanup());

/** Runs the writer until it has acknowledged `killAfter` commits, then SIGKILLs it; returns the acks. */
function writeThenKill(dbPath: string, firstIndex: number, killAfter: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dbPath, String(firstIndex)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let pending = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer too slow: ${acked.length} acks in 20 s; ${stderr}`));
    }, 20_000);
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (/^\d+$/.test(line)) acked.push(Number(line));
      if (!killed && acked.length >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('close', (_code, signal) => {
      clearTimeout(timer);
      // Acks already in the pipe when it died still count: they were committed.
      for (const line of pending.split('\n')) if (/^\d+$/.test(line)) acked.push(Number(line));
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own (${signal}): ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('store after SIGKILL mid-writes', () => {
  it('stays intact and loses no acknowledged write, round after round', async () => {
    let next = 0;
    let extraBefore = 0;
    const allAcked: number[] = [];
    for (const killAfter of [150, 40, 260]) {
      const acked = await writeThenKill(tmp.dbPath, next, killAfter);
      expect(acked.length).toBeGreaterThanOrEqual(killAfter);
      allAcked.push(...acked);

      const store = openStore(tmp.dbPath);
      expect(store.integrityCheck()).toEqual({ ok: true, problems: [] });
      for (const i of acked) {
        expect(store.outbox.get(`w-${i}`)?.payload).toMatchObject({ i });
        expect(store.tickets.get(`w-${i}`)?.source).toBe('offline');
      }
      const depth = store.outbox.depth();
      store.close();

      // Per round, at most one commit can be done but not yet acknowledged; none may be half done.
      const last = Math.max(...acked);
      const extra = depth - allAcked.length;
      expect(extra - extraBefore).toBeGreaterThanOrEqual(0);
      expect(extra - extraBefore).toBeLessThanOrEqual(1);
      extraBefore = extra;
      const db = new Database(tmp.dbPath, { readonly: true });
      const orphans = db
        .prepare<[], { n: number }>(
          `SELECT count(*) AS n FROM outbox o FULL JOIN issued_tickets t ON t.client_id = o.client_id
           WHERE o.client_id IS NULL OR t.client_id IS NULL`,
        )
        .get();
      db.close();
      expect(orphans?.n).toBe(0);
      next = last + 2; // skip the possibly committed-but-unacknowledged index
    }
  });
});
