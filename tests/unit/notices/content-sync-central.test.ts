// Notices and announcements synced from the reference central API (real HTTP, real SQLite on both
// sides): first fill, incremental passes that send the cursor, removals, hostile content, and the
// cache serving residents while the central API is away.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeContent } from '../../../electron/notice-model';
import { type ContentRig, startContentRig } from './support/central-content-rig';

let rig: ContentRig;

beforeAll(async () => {
  rig = await startContentRig();
}, 30_000);
afterAll(async () => {
  await rig?.close();
});

async function centralNotice(id: string): Promise<NoticeContent> {
  const feed = await rig.direct.contentChanges({ since: 0, limit: 1000 });
  const item = feed.changes.find((c) => c.kind === 'notice' && c.id === id)?.item;
  const { version: _v, updatedAt: _u, updatedBy: _b, ...content } = item as Record<string, unknown>;
  return NoticeContent.parse(content);
}

describe('content sync with the central API', () => {
  it('fills the cache on the first pass (through the sync service) with every central notice', async () => {
    const central = await rig.direct.contentChanges({ since: 0, limit: 1000 });
    const centralNotices = central.changes.filter((c) => c.kind === 'notice' && !c.removed).map((c) => c.id);
    expect(centralNotices.length).toBeGreaterThanOrEqual(4);

    const report = await rig.sync.syncNow();
    expect(report.online).toBe(true);
    expect(rig.sinceSeen).toEqual([0]);
    const list = rig.notices.list();
    expect(list.notices.map((n) => n.id).sort()).toEqual([...centralNotices].sort());
    expect(list).toMatchObject({ asOf: rig.clock.now().toISOString(), offline: false });
    expect(rig.store.content.syncState().cursor).toBe(central.cursor);
    // The catalog names the queue service of a notice.
    const first = list.notices[0];
    expect(first && rig.notices.get(first.id).notice.serviceName['zh-CN']).toMatch(/\p{Script=Han}/u);
  });

  it('asks only for changes since its cursor and applies just those', async () => {
    const cursor = rig.store.content.syncState().cursor;
    const content = await centralNotice('residence-permit');
    const version = await rig.putNotice({
      ...content,
      title: { 'zh-CN': '居住证申领（新版）', en: 'Residence permit (new)' },
    });
    rig.sinceSeen.length = 0;
    const result = await rig.contentSync.syncContent();
    expect(rig.sinceSeen).toEqual([cursor]);
    expect(result).toMatchObject({ pages: 1, applied: 1, removed: 0, rejected: 0 });
    expect(result.cursor).toBeGreaterThan(cursor);
    expect(rig.notices.get('residence-permit').notice).toMatchObject({
      version,
      title: { en: 'Residence permit (new)' },
    });
    expect(rig.notices.search('新版').hits.map((h) => h.id)).toEqual(['residence-permit']);

    rig.sinceSeen.length = 0;
    expect(await rig.contentSync.syncContent()).toMatchObject({ pages: 1, applied: 0, removed: 0 });
    expect(rig.sinceSeen).toEqual([result.cursor]);
  });

  it('drops a notice removed centrally from list, search and get', async () => {
    await rig.removeNotice('senior-citizen-card');
    expect(await rig.contentSync.syncContent()).toMatchObject({ removed: 1 });
    expect(rig.notices.list().notices.map((n) => n.id)).not.toContain('senior-citizen-card');
    expect(rig.notices.search('敬老').hits.map((h) => h.id)).not.toContain('senior-citizen-card');
    expect(() => rig.notices.get('senior-citizen-card')).toThrow(/no notice/);
  });

  it('shows hostile text from the central API as text, and refuses what cannot be shown', async () => {
    const content = await centralNotice('mass-team-registration');
    await rig.putNotice({
      ...content,
      title: { 'zh-CN': '<script>alert("x")</script>群众团队', en: '<img src=x onerror=alert(1)>' },
    });
    const nested = Array.from({ length: 50 }, (_, d) => `${'  '.repeat(d)}- level ${d}`).join('\n');
    // The central API may refuse the deep list itself; if it stores it, the kiosk refuses it.
    const deepStored = await rig
      .putNotice({
        ...(await centralNotice('minimum-living-allowance')),
        steps: [{ 'zh-CN': nested, en: nested }],
      })
      .then(
        () => true,
        () => false,
      );
    const before = rig.notices.get('minimum-living-allowance').notice.version;
    const result = await rig.contentSync.syncContent();
    expect(result.rejected).toBe(deepStored ? 1 : 0);
    expect(rig.notices.get('minimum-living-allowance').notice.version).toBe(before);
    const view = rig.notices.get('mass-team-registration').notice;
    expect(view.title['zh-CN']).toBe('<script>alert("x")</script>群众团队');
    expect(view.title.en).toBe('<img src=x onerror=alert(1)>');
  });

  it('serves the cache while the central API is away, marked offline as of the last success', async () => {
    rig.clock.set('2026-03-04T03:00:00.000Z');
    await rig.contentSync.syncContent();
    const lastSuccess = rig.clock.now().toISOString();
    const count = rig.notices.list().notices.length;

    await rig.proxy.setMode('refuse');
    rig.clock.set('2026-03-04T03:10:00.000Z');
    const report = await rig.sync.syncNow();
    expect(report.online).toBe(false);
    const list = rig.notices.list();
    expect(list).toMatchObject({ asOf: lastSuccess, offline: true });
    expect(list.notices).toHaveLength(count);
    expect(rig.notices.get('residence-permit')).toMatchObject({ offline: true, asOf: lastSuccess });

    await rig.proxy.setMode('pass');
    await new Promise((r) => setTimeout(r, 250)); // the breaker's half-open delay
    rig.clock.set('2026-03-04T03:20:00.000Z');
    await rig.sync.syncNow();
    expect(rig.notices.list()).toMatchObject({ asOf: '2026-03-04T03:20:00.000Z', offline: false });
  });
});
