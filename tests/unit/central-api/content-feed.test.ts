// The change feed the kiosks sync from: only what changed after the cursor, each item once in its
// latest state, in pages, with removals as tombstones. Real server, real SQLite, every answer
// checked against openapi.yaml.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { call, type FeedPage, removal, sampleNotice, write } from './content-support';
import { FIXTURES_DIR, type Harness, startCentral } from './harness';

let central: Harness;
beforeAll(async () => {
  central = await startCentral();
});
afterAll(async () => {
  await central?.stop();
});

async function feed(since: number, limit?: number): Promise<FeedPage> {
  const res = await call(
    central,
    'GET',
    `/v1/content/changes?since=${since}${limit ? `&limit=${limit}` : ''}`,
  );
  expect(res.status).toBe(200);
  return res.body as FeedPage;
}

/** Reads every page after `since`, at most 100 pages. */
async function feedAll(since: number, limit: number) {
  const pages: FeedPage[] = [];
  let cursor = since;
  for (let i = 0; i < 100; i++) {
    const page = await feed(cursor, limit);
    pages.push(page);
    cursor = page.cursor;
    if (!page.more) break;
  }
  return { pages, cursor, changes: pages.flatMap((p) => p.changes) };
}

describe('content change feed', () => {
  it('since=0 gives every seeded notice and announcement once, in the full model', async () => {
    const fx = loadFixtures(FIXTURES_DIR);
    const { changes, cursor } = await feedAll(0, 1000);
    const notices = changes.filter((c) => c.kind === 'notice');
    expect(notices.map((c) => c.id).sort()).toEqual(fx.notices.map((n) => n.id).sort());
    expect(changes.filter((c) => c.kind === 'announcement')).toHaveLength(fx.announcements.length);
    const first = fx.notices[0];
    const seeded = notices.find((c) => c.id === first?.id)?.item;
    expect(seeded).toMatchObject({ version: 1, updatedBy: null, updatedAt: first?.updatedAt });
    expect(seeded?.materials).toEqual(first?.materials);
    expect(cursor).toBe(Math.max(...changes.map((c) => c.seq)));
    expect((await feed(cursor)).changes).toEqual([]);
  });

  it('after a cursor: only the items changed since, each once in its latest state, oldest change first', async () => {
    const { cursor } = await feedAll(0, 1000);
    const a = sampleNotice('feed-a');
    const b = sampleNotice('feed-b');
    expect((await call(central, 'PUT', '/v1/notices/feed-a', write(0, a))).status).toBe(201);
    expect((await call(central, 'PUT', '/v1/notices/feed-b', write(0, b))).status).toBe(201);
    const retitled = { ...a, title: { 'zh-CN': '改过的标题', en: 'Changed title' } };
    expect((await call(central, 'PUT', '/v1/notices/feed-a', write(1, retitled))).status).toBe(200);

    const page = await feed(cursor);
    expect(page.changes.map((c) => c.id)).toEqual(['feed-b', 'feed-a']);
    expect(page.changes[1]?.item).toMatchObject({ version: 2, title: retitled.title, updatedBy: 'wang-li' });
    expect(page.more).toBe(false);
    expect((await feed(page.cursor)).changes).toEqual([]);
  });

  it('pages by limit: more until the last page, nothing lost, nothing twice', async () => {
    const { cursor: start } = await feedAll(0, 1000);
    const ids = ['page-1', 'page-2', 'page-3', 'page-4', 'page-5'];
    for (const id of ids) await call(central, 'PUT', `/v1/notices/${id}`, write(0, sampleNotice(id)));
    const { pages, changes } = await feedAll(start, 2);
    expect(pages.map((p) => p.changes.length)).toEqual([2, 2, 1]);
    expect(pages.map((p) => p.more)).toEqual([true, true, false]);
    expect(changes.map((c) => c.id)).toEqual(ids);
    const seqs = changes.map((c) => c.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
  });

  it('a removal comes as a tombstone; the notice is gone from list and get, and can be made again', async () => {
    await call(central, 'PUT', '/v1/notices/feed-gone', write(0, sampleNotice('feed-gone')));
    const { cursor } = await feedAll(0, 1000);
    expect((await call(central, 'DELETE', `/v1/notices/feed-gone?${removal(1)}`)).status).toBe(204);
    const page = await feed(cursor);
    expect(page.changes).toEqual([
      { seq: cursor + 1, kind: 'notice', id: 'feed-gone', removed: true, item: null },
    ]);
    expect((await call(central, 'GET', '/v1/notices/feed-gone')).status).toBe(404);
    const list = (await call(central, 'GET', '/v1/notices')).body as { notices: { id: string }[] };
    expect(list.notices.map((n) => n.id)).not.toContain('feed-gone');

    // Made again from scratch: the version keeps counting, so no kiosk mistakes it for an old one.
    const again = await call(central, 'PUT', '/v1/notices/feed-gone', write(0, sampleNotice('feed-gone')));
    expect(again).toMatchObject({ status: 201, body: { version: 3 } });
    expect((await feed(page.cursor)).changes.map((c) => [c.id, c.removed])).toEqual([['feed-gone', false]]);
  });

  it('a cursor past the newest change (a reset central database) is answered from the start', async () => {
    const all = await feedAll(0, 1000);
    const beyond = await feed(all.cursor + 1000, 1000);
    expect(beyond.changes.length).toBe(all.changes.length);
  });

  it('refuses a bad cursor or limit, naming the parameter', async () => {
    const limit = await call(central, 'GET', '/v1/content/changes?since=0&limit=0');
    expect(limit.status).toBe(400);
    expect((limit.body as { message: string }).message).toMatch(/query\.limit/);
    const since = await call(central, 'GET', '/v1/content/changes?since=-1');
    expect((since.body as { message: string }).message).toMatch(/query\.since/);
  });
});
