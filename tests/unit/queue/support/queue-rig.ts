// The kiosk's queue and sync services over real parts: the reference central API (Fastify +
// SQLite on 127.0.0.1:0) behind a fault proxy, a real SQLite store, the virtual ESC/POS printer.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCentralServer } from '../../../../central-api/server';
import { type CentralApi, createCentralApi } from '../../../../electron/services/central';
import type { Clock } from '../../../../electron/services/clock';
import { createTicketPrinter } from '../../../../electron/services/printing';
import { type CentralGuard, createCentralGuard } from '../../../../electron/services/queue/central-guard';
import { createQueueService, type QueueService } from '../../../../electron/services/queue/queue-service';
import { createServiceCatalog } from '../../../../electron/services/queue/service-catalog';
import { type KioskStore, openStore } from '../../../../electron/services/store';
import { createSyncService, type SyncService } from '../../../../electron/services/sync/sync-service';
import { startVirtualPrinter, type VirtualPrinter } from '../../../../fixtures/virtual-printer';
import { type FaultProxy, startFaultProxy } from '../../../support/fault-proxy';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures', import.meta.url));
const TOKEN = 'queue-rig-token';
export const KIOSK_ID = 'rig-kiosk-1';

/** Real time, shifted to a Tuesday 10:00 in Shanghai: every enabled service is open. */
export function openHallClock(start = '2025-03-04T02:00:00.000Z'): Clock {
  const offset = Date.parse(start) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export interface QueueRig {
  queue: QueueService;
  sync: SyncService;
  guard: CentralGuard;
  store: KioskStore;
  proxy: FaultProxy;
  printer: VirtualPrinter;
  /** A client straight to the central API (not through the proxy), to check what it holds. */
  direct: CentralApi;
  centralUrl: string;
  close(): Promise<void>;
}

export interface QueueRigOptions {
  blockSize?: number;
  renewBelow?: number;
  ticketTimeoutMs?: number;
  failuresToOpen?: number;
  halfOpenAfterMs?: number;
  kioskId?: string;
  /** Share one central API between rigs (several kiosks). */
  centralUrl?: string;
  /** Skip the first sync pass (no catalog, no blocks). */
  noInitialSync?: boolean;
}

export async function startQueueRig(opts: QueueRigOptions = {}): Promise<QueueRig> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-queue-rig-'));
  const clock = openHallClock();
  const closers: Array<() => Promise<void> | void> = [];
  let centralUrl = opts.centralUrl;
  if (!centralUrl) {
    const server = await createCentralServer({
      dbPath: path.join(dir, 'central.db'),
      fixturesDir: FIXTURES,
      kioskTokens: [TOKEN],
      now: () => clock.now(),
    });
    centralUrl = await server.listen(0);
    closers.push(() => server.close());
  }
  const proxy = await startFaultProxy(centralUrl);
  closers.push(() => proxy.close());
  const printer = await startVirtualPrinter({ port: 0, outDir: path.join(dir, 'jobs') });
  closers.push(() => printer.close());
  const store = openStore(path.join(dir, 'kiosk.db'));
  closers.push(() => store.close());

  const ticketTimeoutMs = opts.ticketTimeoutMs ?? 700;
  const central = createCentralApi({ baseUrl: proxy.url, token: TOKEN, timeoutMs: 2000 });
  const residentCentral = createCentralApi({ baseUrl: proxy.url, token: TOKEN, timeoutMs: ticketTimeoutMs });
  const guard = createCentralGuard({
    ticketTimeoutMs,
    callTimeoutMs: 2000,
    failuresToOpen: opts.failuresToOpen ?? 2,
    halfOpenAfterMs: opts.halfOpenAfterMs ?? 200,
  });
  const catalog = createServiceCatalog({ central, residentCentral, guard, store, clock });
  const kioskId = opts.kioskId ?? KIOSK_ID;
  const queue = createQueueService({
    kioskId,
    hallName: { 'zh-CN': '测试中心', en: 'Test hall' },
    paperWidth: 80,
    timeZone: 'Asia/Shanghai',
    publicUrl: 'https://hall.example.gov.cn/',
    central: residentCentral,
    guard,
    catalog,
    printer: createTicketPrinter({ uri: printer.url, timeoutMs: 800 }),
    store,
    clock,
  });
  const sync = createSyncService({
    kioskId,
    appVersion: 'test',
    central,
    guard,
    catalog,
    store,
    clock,
    timeZone: 'Asia/Shanghai',
    blockSize: opts.blockSize ?? 30,
    renewBelow: opts.renewBelow ?? 10,
    intervalMs: 60_000,
    heartbeatIntervalMs: 60_000,
    printerStatus: async () => 'ok',
  });
  closers.push(() => sync.stop());
  if (!opts.noInitialSync) await sync.syncNow();
  return {
    queue,
    sync,
    guard,
    store,
    proxy,
    printer,
    direct: createCentralApi({ baseUrl: centralUrl, token: TOKEN }),
    centralUrl,
    close: async () => {
      for (const close of closers.reverse()) await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits (bounded) until the breaker has had time to become due for a half-open probe. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
