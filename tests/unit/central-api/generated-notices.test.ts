// The benchmark helper: thousands of notices in one transaction, straight into a running server's
// database, each one a valid notice that shows up in the change feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertGeneratedNotices, openCentralStore } from '../../../central-api/server';
import { Notice } from '../../../electron/notice-model';
import { sampleNotice } from './content-support';
import { type Harness, startCentral } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

describe('insertGeneratedNotices', () => {
  it('adds 2,000 valid notices to a running server; the feed pages through them; a second run changes them all', async () => {
    const before = (await central.request('GET', '/v1/content/changes?since=0&limit=1000')).body as {
      cursor: number;
    };
    const store = openCentralStore(central.dbPath);
    try {
      expect(insertGeneratedNotices(store, sampleNotice('base'), 2000)).toBe(2000);
    } finally {
      store.close();
    }
    let cursor = before.cursor;
    const ids = new Set<string>();
    for (let page = 0; page < 10; page++) {
      const res = (await central.request('GET', `/v1/content/changes?since=${cursor}&limit=1000`)).body as {
        changes: { id: string; item: unknown }[];
        cursor: number;
        more: boolean;
      };
      for (const c of res.changes) {
        expect(Notice.safeParse(c.item).success).toBe(true);
        ids.add(c.id);
      }
      cursor = res.cursor;
      if (!res.more) break;
    }
    expect(ids.size).toBe(2000);
    expect(ids.has('bench-1999')).toBe(true);

    const again = openCentralStore(central.dbPath);
    try {
      insertGeneratedNotices(again, sampleNotice('base'), 2000);
    } finally {
      again.close();
    }
    const one = (await central.request('GET', '/v1/notices/bench-7')).body as {
      version: number;
      title: { en: string };
    };
    expect(one).toMatchObject({ version: 2, title: { en: 'Test notice base (7)' } });
  });
});
