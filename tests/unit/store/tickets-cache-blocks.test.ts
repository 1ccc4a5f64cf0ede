import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { tempDbDir } from './support/temp-db';

let tmp: ReturnType<typeof tempDbDir>;
let store: KioskStore;

beforeEach(() => {
  tmp = tempDbDir();
  store = openStore(tmp.dbPath);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('issued tickets', () => {
  it('records each ticket once and follows its printing', () => {
    const ticket = { serviceId: 'household', source: 'online' as const };
    expect(
      store.tickets.record({
        ...ticket,
        clientId: 'a',
        number: 'A001',
        issuedAt: '2026-03-02T09:00:00+08:00',
      }),
    ).toBe(true);
    expect(
      store.tickets.record({
        ...ticket,
        clientId: 'a',
        number: 'A999',
        issuedAt: '2026-03-02T09:00:00+08:00',
      }),
    ).toBe(false);
    store.tickets.record({
      ...ticket,
      clientId: 'b',
      number: 'A002',
      issuedAt: new Date('2026-03-02T01:05:00Z'),
    });

    expect(store.tickets.get('a')).toEqual({
      clientId: 'a',
      serviceId: 'household',
      number: 'A001',
      issuedAt: '2026-03-02T01:00:00.000Z',
      source: 'online',
      kind: 'normal',
      printStatus: 'pending',
      printReason: null,
      printJob: null,
    });
    expect(store.tickets.countSince('2026-03-02T01:00:00Z')).toEqual(new Map([['household', 2]]));
    expect(store.tickets.countSince('2026-03-02T01:00:01Z')).toEqual(new Map([['household', 1]]));
    expect(store.tickets.updatePrint('a', { status: 'failed', reason: 'paper-out' })).toBe(true);
    expect(store.tickets.updatePrint('b', { status: 'printed' })).toBe(true);
    expect(store.tickets.updatePrint('nobody', { status: 'printed' })).toBe(false);

    const recent = store.tickets.recent(10);
    expect(recent.map((t) => [t.number, t.printStatus, t.printReason])).toEqual([
      ['A002', 'printed', null],
      ['A001', 'failed', 'paper-out'],
    ]);
    // A reprint that succeeds clears the failure reason.
    store.tickets.updatePrint('a', { status: 'printed' });
    expect(store.tickets.get('a')?.printReason).toBeNull();
  });
});

describe('cache', () => {
  it('returns the latest value with its "as of" time, or null', () => {
    expect(store.cache.get('catalog')).toBeNull();
    store.cache.put('catalog', { services: ['户籍'] }, '2026-03-02T01:00:00Z');
    store.cache.put('catalog', { services: ['户籍', '社保'] }, '2026-03-02T02:00:00Z');
    expect(store.cache.get('catalog')).toEqual({
      value: { services: ['户籍', '社保'] },
      fetchedAt: '2026-03-02T02:00:00.000Z',
    });
  });
});

describe('number blocks', () => {
  it('issues every leased number exactly once, block after block, then says none are left', () => {
    store.numberBlocks.add({ serviceId: 'household', date: '2026-03-02', first: 501, last: 503 });
    store.numberBlocks.add({ serviceId: 'household', date: '2026-03-02', first: 701, last: 702 });
    store.numberBlocks.add({ serviceId: 'household', date: '2026-03-02', first: 501, last: 503 }); // same lease again
    expect(store.numberBlocks.remaining('household', '2026-03-02')).toBe(5);
    const taken: Array<number | null> = [];
    for (let i = 0; i < 7; i++) taken.push(store.numberBlocks.take('household', '2026-03-02'));
    expect(taken).toEqual([501, 502, 503, 701, 702, null, null]);
    expect(store.numberBlocks.take('household', '2026-03-03')).toBeNull();
    expect(store.numberBlocks.remaining('household', '2026-03-02')).toBe(0);
    // Used up is not the same as never leased (offline issue tells residents which it is).
    expect(store.numberBlocks.everLeased('household', '2026-03-02')).toBe(true);
    expect(store.numberBlocks.everLeased('household', '2026-03-03')).toBe(false);
    expect(store.numberBlocks.everLeased('senior-services', '2026-03-02')).toBe(false);
  });

  it('refuses overlapping or backwards blocks, and survives a reopen mid-block', () => {
    store.numberBlocks.add({ serviceId: 'social', date: '2026-03-02', first: 100, last: 199 });
    expect(() =>
      store.numberBlocks.add({ serviceId: 'social', date: '2026-03-02', first: 150, last: 250 }),
    ).toThrow(/overlaps/);
    expect(() =>
      store.numberBlocks.add({ serviceId: 'social', date: '2026-03-02', first: 9, last: 3 }),
    ).toThrow(RangeError);
    expect(store.numberBlocks.take('social', '2026-03-02')).toBe(100);
    store.close();
    store = openStore(tmp.dbPath);
    expect(store.numberBlocks.take('social', '2026-03-02')).toBe(101);
    expect(store.numberBlocks.pruneBefore('2026-03-03')).toBe(1);
  });
});
