// Content sync against a small fake of the change feed (the central API's one method), into a real
// SQLite store: incremental pages, removals, hostile items refused alone, failures recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../../electron/services/clock';
import { cachedForms, createContentSync } from '../../../electron/services/notices/content-sync';
import { type KioskStore, openStore } from '../../../electron/services/store';
import { tempDbDir } from '../store/support/temp-db';
import { fakeFeed, passThroughGuard, sampleAnnouncement, sampleNotice } from './support/content-fakes';

let tmp: ReturnType<typeof tempDbDir>;
let store: KioskStore;
let feed: ReturnType<typeof fakeFeed>;
let warnings: Array<{ obj: Record<string, unknown>; msg: string }>;
let now = new Date('2026-03-02T02:00:00.000Z');
const clock: Clock = { now: () => now };

function sync(opts: { pageSize?: number; maxPages?: number; onContentChanged?: () => void } = {}) {
  return createContentSync({
    central: feed.central,
    guard: passThroughGuard,
    store,
    clock,
    log: {
      info: () => undefined,
      warn: (obj, msg) => warnings.push({ obj: obj as Record<string, unknown>, msg }),
    },
    ...opts,
  });
}

beforeEach(() => {
  tmp = tempDbDir();
  store = openStore(tmp.dbPath);
  feed = fakeFeed();
  warnings = [];
  now = new Date('2026-03-02T02:00:00.000Z');
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

describe('content sync', () => {
  it('fills the cache on the first pass, then asks only for what changed since the cursor', async () => {
    for (let i = 0; i < 5; i++) feed.put('notice', sampleNotice(`notice-${i}`));
    feed.put('announcement', sampleAnnouncement('window-3'));
    const first = await sync({ pageSize: 2 }).syncContent();
    expect(first).toMatchObject({ pages: 3, applied: 6, removed: 0, rejected: 0, cursor: 6, more: false });
    expect(feed.calls.map((c) => c.since)).toEqual([0, 2, 4]);
    expect(store.content.listNotices()).toHaveLength(5);

    feed.put('notice', sampleNotice('notice-2', { version: 2, area: 'business' }));
    feed.calls.length = 0;
    const second = await sync().syncContent();
    expect(feed.calls).toEqual([{ since: 6, limit: 200, kinds: ['notice', 'announcement', 'service'] }]);
    expect(second).toMatchObject({ pages: 1, applied: 1, cursor: 7 });
    expect(store.content.getNotice('notice-2').item).toMatchObject({ version: 2, area: 'business' });
    expect(store.content.syncState()).toMatchObject({
      lastSuccessAt: now.toISOString(),
      lastAttemptOk: true,
    });
  });

  it('deletes what the central API removed', async () => {
    feed.put('notice', sampleNotice('notice-a'));
    feed.put('announcement', sampleAnnouncement('window-3'));
    await sync().syncContent();
    feed.remove('notice', 'notice-a');
    feed.remove('announcement', 'window-3');
    expect(await sync().syncContent()).toMatchObject({ removed: 2, applied: 0 });
    expect(store.content.getNotice('notice-a').item).toBeNull();
    expect(store.content.listAnnouncements()).toEqual([]);
  });

  it('refuses hostile items alone, keeps their last good version and carries on', async () => {
    feed.put('notice', sampleNotice('deep', { version: 1 }));
    feed.put('notice', sampleNotice('huge', { version: 1 }));
    await sync().syncContent();

    const nested = Array.from({ length: 50 }, (_, d) => `${'  '.repeat(d)}- level ${d}`).join('\n');
    const good = sampleNotice('deep');
    feed.put('notice', { ...good, version: 2, steps: [{ 'zh-CN': nested, en: 'fine' }] });
    feed.put(
      'notice',
      sampleNotice('huge', { version: 2, eligibility: { 'zh-CN': '长'.repeat(100_000), en: 'x' } }),
    );
    feed.put('notice', sampleNotice('other-id'), 'wrong-id');
    feed.put('announcement', { ...sampleAnnouncement('no-priority'), priority: 'panic' });
    feed.put(
      'notice',
      sampleNotice('script', { title: { 'zh-CN': '<script>alert(1)</script>', en: '<img onerror=x>' } }),
    );

    const result = await sync().syncContent();
    expect(result).toMatchObject({ applied: 1, rejected: 4, cursor: 7 });
    expect(store.content.getNotice('deep').item?.version).toBe(1);
    expect(store.content.getNotice('huge').item?.version).toBe(1);
    expect(store.content.getNotice('other-id').item).toBeNull();
    expect(store.content.getNotice('script').item?.title['zh-CN']).toBe('<script>alert(1)</script>');
    const reasons = Object.fromEntries(warnings.map((w) => [w.obj.id, w.obj]));
    expect(reasons.deep).toMatchObject({
      kind: 'notice',
      field: 'steps.0.zh-CN',
      reason: expect.stringMatching(/too deep/),
    });
    expect(reasons.huge).toMatchObject({ field: 'eligibility.zh-CN', reason: expect.stringMatching(/4000/) });
    expect(reasons['wrong-id']).toMatchObject({ field: 'id' });
    expect(reasons['no-priority']).toMatchObject({ kind: 'announcement', field: 'priority' });
  });

  it('bounds a pass to maxPages and continues from the cursor on the next pass', async () => {
    for (let i = 0; i < 10; i++) feed.put('notice', sampleNotice(`notice-${i}`));
    expect(await sync({ pageSize: 2, maxPages: 3 }).syncContent()).toMatchObject({
      pages: 3,
      cursor: 6,
      more: true,
    });
    expect(store.content.listNotices()).toHaveLength(6);
    expect(await sync({ pageSize: 2, maxPages: 3 }).syncContent()).toMatchObject({
      pages: 2,
      cursor: 10,
      more: false,
    });
    expect(store.content.listNotices()).toHaveLength(10);
  });

  it('records a failed attempt (offline) and keeps the cache and the last success time', async () => {
    feed.put('notice', sampleNotice('notice-a'));
    await sync().syncContent();
    const success = now.toISOString();
    now = new Date('2026-03-02T03:00:00.000Z');
    feed.failCalls(1);
    await expect(sync().syncContent()).rejects.toThrow(/ECONNREFUSED/);
    expect(store.content.syncState()).toMatchObject({
      cursor: 1,
      lastSuccessAt: success,
      lastAttemptOk: false,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    expect(store.content.getNotice('notice-a').item).not.toBeNull();
  });

  it('calls onContentChanged only after a pass that changed content', async () => {
    let calls = 0;
    const onContentChanged = () => void calls++;
    await sync({ onContentChanged }).syncContent();
    expect(calls).toBe(0);
    feed.put('notice', sampleNotice('notice-a'));
    await sync({ onContentChanged }).syncContent();
    expect(calls).toBe(1);
    await sync({ onContentChanged }).syncContent();
    expect(calls).toBe(1);
    feed.remove('notice', 'notice-a');
    await sync({ onContentChanged }).syncContent();
    expect(calls).toBe(2);
  });

  it('caches the forms list for form titles', async () => {
    feed.forms.push({
      id: 'mass-team-registration',
      title: { 'zh-CN': '群众团队核准备案表', en: 'Mass team registration form' },
      description: { 'zh-CN': '说明', en: 'About' },
      fields: [{ key: 'name', label: { 'zh-CN': '名称', en: 'Name' }, type: 'text', required: true }],
    });
    expect((await sync().syncContent()).forms).toBe(1);
    expect(cachedForms(store).map((f) => f.title['zh-CN'])).toEqual(['群众团队核准备案表']);
  });
});
