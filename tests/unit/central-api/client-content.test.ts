// The kiosk client's content calls against the real reference server (and a small lying server):
// the feed's envelope is checked while items stay unknown; a stale write is a conflict value; a
// replay is the same saved answer; the audit log goes both ways.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CentralApi, CentralApiError, createCentralApi } from '../../../electron/services/central';
import { sampleAnnouncement, sampleNotice } from './content-support';
import { type Harness, startCentral, TOKEN } from './harness';

let central: Harness;
let api: CentralApi;
beforeAll(async () => {
  central = await startCentral();
  api = createCentralApi({ baseUrl: central.url, token: TOKEN });
});
afterAll(async () => {
  await central?.stop();
});

const by = (changeId = randomUUID()) => ({ changeId, editedBy: 'wang-li', kioskId: 'kiosk-1' });

async function lyingServer(body: unknown): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('central client: content', () => {
  it('putNotice: saved with its version; a replay is the same; a stale base is a conflict value', async () => {
    const write = { id: 'client-notice', baseVersion: 0, ...by(), content: sampleNotice('client-notice') };
    const saved = await api.putNotice(write);
    expect(saved).toMatchObject({ status: 'saved', version: 1, item: { id: 'client-notice', version: 1 } });
    expect(await api.putNotice(write)).toEqual(saved);
    const next = await api.putNotice({ ...write, ...by(), baseVersion: 1 });
    expect(next).toMatchObject({ status: 'saved', version: 2 });
    const stale = await api.putNotice({ ...write, ...by(), baseVersion: 1 });
    expect(stale).toMatchObject({
      status: 'conflict',
      currentVersion: 2,
      current: { id: 'client-notice', version: 2 },
    });
  });

  it('removeNotice: removed, again removed, stale a conflict; the feed shows the tombstone', async () => {
    const { cursor } = await api.contentChanges({ since: 0, limit: 1000 });
    await api.putNotice({ id: 'client-gone', baseVersion: 0, ...by(), content: sampleNotice('client-gone') });
    expect(await api.removeNotice({ id: 'client-gone', baseVersion: 9, ...by() })).toMatchObject({
      status: 'conflict',
      currentVersion: 1,
    });
    expect(await api.removeNotice({ id: 'client-gone', baseVersion: 1, ...by() })).toEqual({
      status: 'removed',
    });
    expect(await api.removeNotice({ id: 'client-gone', baseVersion: 1, ...by() })).toEqual({
      status: 'removed',
    });
    const feed = await api.contentChanges({ since: cursor });
    expect(feed.changes.map((c) => [c.id, c.removed, c.item])).toEqual([['client-gone', true, null]]);
    expect(feed.more).toBe(false);
    const paged = await api.contentChanges({ since: 0, limit: 1 });
    expect(paged).toMatchObject({ more: true });
    expect(paged.changes).toHaveLength(1);
  });

  it('a changeId reused for another notice is an http error, not a conflict', async () => {
    const changeId = randomUUID();
    await api.putNotice({
      id: 'client-a',
      baseVersion: 0,
      ...by(changeId),
      content: sampleNotice('client-a'),
    });
    const error = await api
      .putNotice({ id: 'client-b', baseVersion: 0, ...by(changeId), content: sampleNotice('client-b') })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CentralApiError);
    expect(error).toMatchObject({ kind: 'http', status: 409, code: 'IDEMPOTENCY_CONFLICT' });
  });

  it('announcements: put, conflict, remove', async () => {
    const content = sampleAnnouncement('client-ann');
    const saved = await api.putAnnouncement({ id: 'client-ann', baseVersion: 0, ...by(), content });
    expect(saved).toMatchObject({ status: 'saved', version: 1, item: { priority: 'important' } });
    expect(await api.putAnnouncement({ id: 'client-ann', baseVersion: 0, ...by(), content })).toMatchObject({
      status: 'conflict',
      currentVersion: 1,
    });
    expect(await api.removeAnnouncement({ id: 'client-ann', baseVersion: 1, ...by() })).toEqual({
      status: 'removed',
    });
  });

  it('audit: events posted once however often, read back newest first', async () => {
    const events = [
      {
        id: randomUUID(),
        at: '2025-03-04T01:00:00.000Z',
        staffId: 'li-na',
        action: 'staff.login',
        target: null,
        summary: 'PIN ok',
      },
      {
        id: randomUUID(),
        at: '2025-03-04T01:05:00.000Z',
        staffId: null,
        action: 'staff.lockout',
        target: null,
        summary: '5 wrong PINs',
      },
    ];
    expect(await api.postAuditEvents({ kioskId: 'kiosk-5', events })).toEqual({ accepted: 2 });
    expect(await api.postAuditEvents({ kioskId: 'kiosk-5', events })).toEqual({ accepted: 2 });
    const entries = (await api.listAudit({ limit: 500 })).filter((e) => e.kioskId === 'kiosk-5');
    expect(entries.map((e) => e.action)).toEqual(['staff.lockout', 'staff.login']);
  });

  it('feed items pass through unchecked (the kiosk checks each); a broken envelope is invalid-payload', async () => {
    const odd = { seq: 1, kind: 'notice', id: 'odd', removed: false, item: { id: 'odd', title: 42 } };
    const liar = await lyingServer({ changes: [odd], cursor: 1, more: false });
    const client = createCentralApi({ baseUrl: liar.url, token: TOKEN });
    expect((await client.contentChanges({ since: 0 })).changes).toEqual([odd]);
    await liar.close();
    const broken = await lyingServer({ changes: [{ ...odd, kind: 'poster' }], more: false });
    const error = await createCentralApi({ baseUrl: broken.url, token: TOKEN })
      .contentChanges({ since: 0 })
      .catch((e: unknown) => e);
    await broken.close();
    expect(error).toMatchObject({ kind: 'invalid-payload' });
    expect((error as Error).message).toMatch(/changes\.0\.kind|cursor/);
  });

  it('unreachable central API: the content calls throw CentralApiError unreachable', async () => {
    const gone = await lyingServer({});
    await gone.close();
    const client = createCentralApi({ baseUrl: gone.url, token: TOKEN, timeoutMs: 500 });
    const error = await client.removeNotice({ id: 'x-y', baseVersion: 1, ...by() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'unreachable' });
  });
});
