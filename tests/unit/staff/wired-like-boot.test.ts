// The staff side wired as boot.ts wires it: its outbox handlers in the sync service, deliverNow =
// sync.syncNow, the content feed filling the store; against the real reference central API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCentralServer } from '../../../central-api/server';
import { createCentralApi } from '../../../electron/services/central';
import type { Clock } from '../../../electron/services/clock';
import { createContentSync } from '../../../electron/services/notices/content-sync';
import { createCentralGuard } from '../../../electron/services/queue/central-guard';
import { createServiceCatalog } from '../../../electron/services/queue/service-catalog';
import { createStaffOutboxHandlers } from '../../../electron/services/staff/outbox-handlers';
import { createStaffService } from '../../../electron/services/staff/staff-service';
import { openStore } from '../../../electron/services/store';
import { createSyncService } from '../../../electron/services/sync/sync-service';
import { staffAccounts } from './support/harness';

const FIXTURES = new URL('../../../fixtures', import.meta.url).pathname;
const TOKEN = 'staff-wired-token';
const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

it('a notice edited offline reaches the central API on the next sync pass, as boot wires it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'staff-wired-'));
  closers.push(() => rmSync(dir, { recursive: true, force: true }));
  const centralDb = join(dir, 'central.db');
  const start = async (port = 0) => {
    const server = await createCentralServer({
      dbPath: centralDb,
      fixturesDir: FIXTURES,
      kioskTokens: [TOKEN],
    });
    const url = await server.listen(port);
    closers.push(() => server.close());
    return { server, url };
  };
  let central = await start();
  const port = Number(new URL(central.url).port);

  let offsetMs = 0; // real time (the central API's), moved on by the test past outbox backoff
  const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };
  const store = openStore(join(dir, 'kiosk', 'kiosk.db'), { now: clock.now });
  closers.push(() => store.close());
  const api = createCentralApi({ baseUrl: central.url, token: TOKEN, timeoutMs: 1500 });
  const guard = createCentralGuard({
    ticketTimeoutMs: 700,
    callTimeoutMs: 1500,
    failuresToOpen: 1000,
    halfOpenAfterMs: 100,
  });
  const catalog = createServiceCatalog({ central: api, guard, store, clock });
  const kioskId = 'hall-kiosk-wired';
  const staffOutbox = createStaffOutboxHandlers({
    kioskId,
    central: api,
    guard,
    store,
    records: store.staff,
    content: store.content,
    clock,
  });
  const sync = createSyncService({
    kioskId,
    appVersion: '0.4.0-test',
    central: api,
    guard,
    catalog,
    store,
    clock,
    timeZone: 'Asia/Shanghai',
    blockSize: 5,
    renewBelow: 1,
    intervalMs: 60_000,
    heartbeatIntervalMs: 60_000,
    printerStatus: async () => 'ok',
    contentSync: createContentSync({ central: api, guard, store, clock }),
    outboxHandlers: staffOutbox.handlers,
    outboxBatchHandlers: staffOutbox.batchHandlers,
  });
  closers.push(() => sync.stop());
  const staff = createStaffService({
    kioskId,
    appVersion: '0.4.0-test',
    staff: { accounts: await staffAccounts(), maxFailedPins: 5, lockoutMinutes: 15, sessionIdleSeconds: 120 },
    store,
    records: store.staff,
    content: store.content,
    clock,
    deliverNow: () => sync.syncNow(),
    serviceIds: () => catalog.services()?.map((s) => s.id) ?? null,
    device: {
      ticketPrinter: () => ({ status: 'ok', checkedAt: null }),
      a4QueueState: async () => ({ queue: null, state: 'none configured' }),
      centralReachable: () => guard.isAvailable(),
      lastSyncAt: () => sync.lastSyncAt(),
      contentAsOf: () => store.content.syncState().lastSuccessAt,
      contentRefusals: () => store.content.refusals(),
      dataDir: dir,
    },
  });

  await sync.syncNow(); // boot: catalog, notices, hand-over
  const fixture = staff.getNotice('residence-permit');
  if (!fixture) throw new Error('the content feed did not bring residence-permit');
  const { version, updatedAt: _u, updatedBy: _b, ...content } = fixture.notice;
  const login = await staff.auth.login('wang-li', '246810');
  expect(login.status).toBe('signed-in');

  // Online: saved at once.
  const first = { ...content, complaintPhone: '021-64870000' };
  expect(await staff.edits.save('notice', 'wang-li', version, first)).toEqual({
    status: 'saved',
    version: version + 1,
  });

  // Offline: queued, shown here meanwhile.
  await central.server.close();
  const second = { ...first, timeLimit: { kind: 'working-days' as const, days: 5 } };
  expect(await staff.edits.save('notice', 'wang-li', version + 1, second)).toEqual({ status: 'queued' });
  expect(staff.getNotice('residence-permit')).toMatchObject({
    pending: true,
    notice: { timeLimit: { days: 5 } },
  });
  expect((await staff.deviceStatus()).outboxDepth).toBeGreaterThanOrEqual(2);

  // Back: the next pass hands it over (past the outbox's backoff).
  central = await start(port);
  offsetMs += 120_000;
  const report = await sync.syncNow();
  expect(report.replay).toMatchObject({ rejected: 0, interrupted: false });
  expect(staff.getNotice('residence-permit')).toMatchObject({
    pending: false,
    notice: { version: version + 2, timeLimit: { kind: 'working-days', days: 5 }, updatedBy: 'wang-li' },
  });
  const status = await staff.deviceStatus();
  expect(status).toMatchObject({ outboxDepth: 0, outboxRejected: 0, central: { reachable: true } });
  expect(status.central.lastSyncAt).not.toBeNull();
  expect(staff.audit.list(50).every((e) => e.synced)).toBe(true);
});
