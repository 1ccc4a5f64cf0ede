import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { tempDbDir } from './support/temp-db';

let tmp: ReturnType<typeof tempDbDir>;
let store: KioskStore;
const T0 = new Date('2026-03-02T01:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

beforeEach(() => {
  tmp = tempDbDir();
  store = openStore(tmp.dbPath, { now: () => T0 });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('outbox', () => {
  it('hands due items back oldest first, with their payloads', () => {
    store.outbox.enqueue({ clientId: 'c-2', kind: 'ticket', payload: { n: 2 }, createdAt: at(2) });
    store.outbox.enqueue({ clientId: 'c-1', kind: 'ticket', payload: { n: 1 }, createdAt: at(1) });
    store.outbox.enqueue({ clientId: 'c-3', kind: 'feedback', payload: { text: '很好' }, createdAt: at(3) });
    const due = store.outbox.due(at(10), 10);
    expect(due.map((i) => i.clientId)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(due[2]).toMatchObject({
      kind: 'feedback',
      payload: { text: '很好' },
      attempts: 0,
      deliveredAt: null,
    });
    expect(store.outbox.due(at(10), 2)).toHaveLength(2);
    // Not yet due before its created time.
    expect(store.outbox.due(at(1.5), 10).map((i) => i.clientId)).toEqual(['c-1']);
  });

  it('is idempotent on clientId: a retried tap is queued once, with its first payload', () => {
    const first = store.outbox.enqueue({ clientId: 'same', kind: 'ticket', payload: { try: 1 } });
    const again = store.outbox.enqueue({ clientId: 'same', kind: 'ticket', payload: { try: 2 } });
    expect(first.inserted).toBe(true);
    expect(again).toEqual({ id: first.id, inserted: false });
    expect(store.outbox.depth()).toBe(1);
    expect(store.outbox.get('same')?.payload).toEqual({ try: 1 });
  });

  it('counts failures, backs off, and forgets delivered items', () => {
    const { id } = store.outbox.enqueue({ clientId: 'a', kind: 'ticket', payload: {} });
    store.outbox.enqueue({ clientId: 'b', kind: 'ticket', payload: {} });
    store.outbox.markFailed(id, 'ECONNREFUSED', at(60));
    expect(store.outbox.due(at(30), 10).map((i) => i.clientId)).toEqual(['b']);
    const retried = store.outbox.due(at(60), 10);
    expect(retried.map((i) => i.clientId)).toEqual(['a', 'b']);
    expect(retried[0]).toMatchObject({ attempts: 1, lastError: 'ECONNREFUSED' });

    store.outbox.markDelivered(id, at(61));
    expect(store.outbox.depth()).toBe(1);
    expect(store.outbox.due(at(100), 10).map((i) => i.clientId)).toEqual(['b']);
    expect(store.outbox.get('a')?.deliveredAt).toBe(at(61).toISOString());
    // A late failure report for a delivered item changes nothing.
    store.outbox.markFailed(id, 'late', at(200));
    expect(store.outbox.get('a')).toMatchObject({ attempts: 1, lastError: null });

    expect(store.outbox.pruneDelivered(at(61))).toBe(0);
    expect(store.outbox.pruneDelivered(at(62))).toBe(1);
    expect(store.outbox.get('a')).toBeNull();
  });

  it('keeps everything across close and reopen', () => {
    for (let i = 0; i < 20; i++) {
      store.outbox.enqueue({ clientId: `k-${i}`, kind: 'ticket', payload: { i }, createdAt: at(i) });
    }
    store.outbox.markDelivered(store.outbox.get('k-0')?.id ?? -1, at(30));
    store.close();
    store = openStore(tmp.dbPath);
    expect(store.outbox.depth()).toBe(19);
    expect(store.outbox.due(at(100), 100).map((i) => (i.payload as { i: number }).i)).toEqual(
      Array.from({ length: 19 }, (_, i) => i + 1),
    );
  });

  it('refuses a payload that is not JSON and a time that is not a time', () => {
    expect(() => store.outbox.enqueue({ clientId: 'x', kind: 'k', payload: undefined })).toThrow(/not JSON/);
    expect(() => store.outbox.due('yesterday', 1)).toThrow(RangeError);
    expect(store.outbox.depth()).toBe(0);
  });
});

describe('store transactions and slow queries', () => {
  it('rolls back every write of a failed transaction', () => {
    expect(() =>
      store.transaction(() => {
        store.outbox.enqueue({ clientId: 't-1', kind: 'ticket', payload: {} });
        store.tickets.record({
          clientId: 't-1',
          serviceId: 'household',
          number: 'A001',
          issuedAt: T0,
          source: 'offline',
        });
        throw new Error('printer exploded');
      }),
    ).toThrow('printer exploded');
    expect(store.outbox.depth()).toBe(0);
    expect(store.tickets.get('t-1')).toBeNull();
  });

  it('logs queries slower than the threshold, with their name and time', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = openStore(`${tmp.dir}/slow.db`, { logger: pino(sink), slowQueryMs: -1 });
    logged.outbox.depth();
    logged.close();
    const quiet = openStore(`${tmp.dir}/quiet.db`, { logger: pino(sink), slowQueryMs: 50 });
    quiet.outbox.depth();
    quiet.close();
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? '{}');
    expect(entry).toMatchObject({ msg: 'slow query', query: 'outbox.depth', level: 40 });
    expect(typeof entry.ms).toBe('number');
  });
});
