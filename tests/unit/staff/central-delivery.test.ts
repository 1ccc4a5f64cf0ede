// Staff edits against the real reference central API (real HTTP, real SQLite on both sides): an
// edit made during an outage is delivered when the central API is back, a conflict with another
// kiosk's edit is kept and settled, a change the central API refuses is not retried, and the
// audit log reaches the central one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCentralServer } from '../../../central-api/server';
import { Notice } from '../../../electron/notice-model';
import { type CentralApi, createCentralApi } from '../../../electron/services/central';
import { unemploymentNotice } from './support/drafts';
import { type StaffHarness, staffHarness } from './support/harness';

const FIXTURES = new URL('../../../fixtures', import.meta.url).pathname;
const TOKEN = 'staff-test-token';
const closers: Array<() => unknown> = [];
let h: StaffHarness | null = null;
afterEach(async () => {
  h?.cleanup();
  h = null;
  for (const close of closers.splice(0).reverse()) await close();
});

async function startCentral(dbPath: string, port = 0) {
  const server = await createCentralServer({ dbPath, fixturesDir: FIXTURES, kioskTokens: [TOKEN] });
  const url = await server.listen(port);
  return { server, url, port: Number(new URL(url).port) };
}

/** The fixture notice as the central API has it now. */
async function centralNotice(api: CentralApi, id: string) {
  let since = 0;
  let found: Notice | null = null;
  for (let page = 0; page < 50; page++) {
    const feed = await api.contentChanges({ since, limit: 500 });
    for (const c of feed.changes)
      if (c.kind === 'notice' && c.id === id) found = c.removed ? null : Notice.parse(c.item);
    since = feed.cursor;
    if (!feed.more) break;
  }
  return found;
}

it('offline edit queued, delivered when the central API is back; conflict kept and settled; audit handed over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'staff-central-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  const dbPath = join(dir, 'central.db');
  let central = await startCentral(dbPath);
  closers.push(() => central.server.close());
  const api = createCentralApi({ baseUrl: central.url, token: TOKEN, timeoutMs: 5000 });
  h = await staffHarness({ central: api, serviceIds: ['residence-permit', 'employment'] });

  // The kiosk has the fixture notice, as its content sync would have stored it.
  const fixture = await centralNotice(api, 'residence-permit');
  if (!fixture) throw new Error('fixture notice residence-permit missing');
  h.store.content.applyCentralItem('notice', fixture);
  const base = fixture.version;
  await h.signIn();

  // The central API goes away; the edit waits in the outbox and the kiosk shows it meanwhile.
  await central.server.close();
  const { version: _v, updatedAt: _u, updatedBy: _b, ...content } = fixture;
  const edit = { ...content, complaintPhone: '021-64870000' };
  expect(await h.service.edits.save('notice', 'wang-li', base, edit)).toEqual({ status: 'queued' });
  expect(h.service.getNotice('residence-permit')).toMatchObject({
    pending: true,
    notice: { complaintPhone: '021-64870000' },
  });

  // Back on the same port and database: the next pass delivers it.
  central = await startCentral(dbPath, central.port);
  h.time.advance(120_000);
  const replay = await h.replayer.replayDue();
  expect(replay).toMatchObject({ rejected: 0, interrupted: false });
  const saved = await centralNotice(api, 'residence-permit');
  expect(saved).toMatchObject({ version: base + 1, complaintPhone: '021-64870000', updatedBy: 'wang-li' });
  expect(h.service.getNotice('residence-permit')).toMatchObject({
    pending: false,
    notice: { version: base + 1 },
  });

  // Another kiosk changes the notice; this kiosk's next edit (on the old version) conflicts.
  const other = await api.putNotice({
    id: 'residence-permit',
    baseVersion: base + 1,
    changeId: crypto.randomUUID(),
    editedBy: 'li-na',
    kioskId: 'hall-kiosk-2',
    content: { ...edit, consultationPhone: '021-64871111' },
  });
  expect(other).toMatchObject({ status: 'saved', version: base + 2 });
  const mine = { ...edit, timeLimit: { kind: 'working-days' as const, days: 7 } };
  const conflict = await h.service.edits.save('notice', 'wang-li', base + 1, mine);
  expect(conflict.status).toBe('conflict');
  const [open] = h.service.edits.openConflicts();
  expect(open).toMatchObject({
    baseVersion: base + 1,
    mine: { timeLimit: { days: 7 }, consultationPhone: fixture.consultationPhone },
    theirs: { version: base + 2, consultationPhone: '021-64871111', updatedBy: 'li-na' },
  });
  expect(h.service.getNotice('residence-permit')?.notice.version).toBe(base + 2);

  // Kept mine: sent again on top of theirs.
  expect(await h.service.edits.resolveConflict('wang-li', open?.id ?? '', 'mine')).toEqual({
    status: 'saved',
    version: base + 3,
  });
  expect(await centralNotice(api, 'residence-permit')).toMatchObject({
    version: base + 3,
    timeLimit: { kind: 'working-days', days: 7 },
  });

  // The kiosk's audit log reached the central one, each entry once.
  await h.replayer.replayDue();
  const local = h.service.audit.list(100);
  expect(local.every((e) => e.synced)).toBe(true);
  const centralLog = await api.listAudit({ limit: 500 });
  // (The central API also writes its own entry for each write it takes: those have other ids.)
  const localIds = new Set(local.map((e) => e.id));
  const handedOver = centralLog.filter((e) => localIds.has(e.id));
  expect(handedOver.map((e) => e.id).sort()).toEqual([...localIds].sort());
  expect(handedOver.every((e) => e.kioskId === 'hall-kiosk-test')).toBe(true);
  expect(handedOver.map((e) => e.action)).toEqual(
    expect.arrayContaining(['login', 'notice-saved', 'conflict-detected', 'conflict-resolved']),
  );
});

it('a change the central API refuses for good is not retried and no longer shown', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'staff-central-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  const central = await startCentral(join(dir, 'central.db'));
  closers.push(() => central.server.close());
  const api = createCentralApi({ baseUrl: central.url, token: TOKEN, timeoutMs: 5000 });
  // The kiosk's catalog still lists "employment"; the central API no longer has it.
  h = await staffHarness({ central: api, serviceIds: ['employment'] });
  await h.signIn();
  const result = await h.service.edits.save('notice', 'wang-li', 0, unemploymentNotice());
  expect(result).toEqual({ status: 'invalid', issues: [{ path: [], code: 'invalid', limit: null }] });
  expect(h.store.content.getNotice('unemployment-registration')).toEqual({ item: null, pending: null });
  const [refused] = h.store.outbox.rejected(10);
  expect(refused?.kind).toBe('content.put');
  expect(refused?.rejection).toMatch(/serviceId/);
  expect(h.store.outbox.depth()).toBe(0);
});
