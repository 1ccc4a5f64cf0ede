// Boots the kiosk's services from its configuration: the one start-up path shared by the
// Electron shell and browser mode. Starts the embedded central API and the virtual printer
// when the configuration asks for them (the demo default).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createCentralServer } from '../central-api/server';
import { startVirtualPrinter, type VirtualPrinter } from '../fixtures/virtual-printer';
import type { KioskConfig } from '../kiosk-config/schema';
import type { KioskInfo } from './api';
import { wireContent } from './boot-content';
import { createCentralApi } from './services/central';
import { type Clock, systemClock } from './services/clock';
import { loadKioskConfig, resolveConfigPath } from './services/config/load-config';
import { createKioskRouter, type KioskRouter } from './services/kiosk-router';
import { createPrinterMonitor, createTicketPrinter } from './services/printing';
import { createCentralGuard } from './services/queue/central-guard';
import { createQueueService, type QueueService } from './services/queue/queue-service';
import { createServiceCatalog } from './services/queue/service-catalog';
import { openStore } from './services/store';
import { createSyncService, type SyncService } from './services/sync/sync-service';

/** The folder holding package.json: found upwards, so it is right from source and from dist/ bundles. */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}
export const APP_VERSION = '0.1.0';

export interface KioskRuntime {
  config: KioskConfig;
  configPath: string;
  router: KioskRouter;
  rendererDir: string;
  centralApiUrl: string;
  queue: QueueService;
  /** Background hand-over, leasing and heartbeat; `syncNow()` runs a pass at once (tests, tools). */
  sync: SyncService;
  /** Set when the configuration asked for the embedded virtual printer. */
  virtualPrinter: VirtualPrinter | null;
  close(): Promise<void>;
}

export async function bootKiosk(opts: {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where fixtures/ and dist/renderer/ are; bundled builds (Electron) pass their own. */
  projectRoot?: string;
  /** The kiosk's clock, shared with the embedded central API (tests pin the hall's hours). */
  clock?: Clock;
}): Promise<KioskRuntime> {
  const clock = opts.clock ?? systemClock;
  const root = opts.projectRoot ?? PROJECT_ROOT;
  const { path: configPath } = resolveConfigPath(opts);
  const { config, credential } = loadKioskConfig(configPath, opts.env);
  const dataDir = path.resolve(path.dirname(configPath), config.dataDir);
  mkdirSync(path.join(dataDir, 'logs'), { recursive: true });
  const log = pino(
    { name: 'kiosk' },
    // Synchronous: a kiosk that fails at start-up must still leave its reason in the log.
    pino.destination({ dest: path.join(dataDir, 'logs', 'kiosk.log'), sync: true, mkdir: true }),
  );
  const closers: Array<() => Promise<void> | void> = [];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
  };

  try {
    let centralApiUrl = config.centralApi.url;
    let token = credential ?? '';
    if (centralApiUrl === 'embedded') {
      token = randomBytes(24).toString('base64url');
      const server = await createCentralServer({
        dbPath: path.join(dataDir, 'central.db'),
        fixturesDir: path.join(root, 'fixtures'),
        kioskTokens: [token],
        timeZone: config.timeZone,
        now: () => clock.now(),
        openingHours: config.centralApi.embeddedOpeningHours,
      });
      centralApiUrl = await server.listen(0);
      closers.push(() => server.close());
    }

    let printerUri = config.printers.ticket.uri;
    let virtualPrinter: VirtualPrinter | null = null;
    if (printerUri === 'virtual') {
      const printer = await startVirtualPrinter({ port: 0, outDir: path.join(dataDir, 'printer-jobs') });
      printerUri = printer.url;
      virtualPrinter = printer;
      closers.push(() => printer.close());
    }

    const store = openStore(path.join(dataDir, 'kiosk.db'), { logger: log });
    closers.push(() => store.close());

    const info: KioskInfo = {
      kioskId: config.kioskId,
      hallName: config.hallName,
      defaultLocale: config.locales.default,
      locales: config.locales.enabled,
      idleTimeoutsSeconds: {
        menu: config.idleTimeoutsSeconds.menu,
        notice: config.idleTimeoutsSeconds.notice,
        result: config.idleTimeoutsSeconds.result,
        warning: config.idleTimeoutsSeconds.warning,
      },
      appVersion: APP_VERSION,
      timeZone: config.timeZone,
    };
    const timeoutMs = config.centralApi.timeoutMs;
    const ticketTimeoutMs = config.centralApi.ticketTimeoutMs;
    const central = createCentralApi({ baseUrl: centralApiUrl, token, timeoutMs });
    // Resident-facing calls get the short timeout in the client too, so no request lingers.
    const residentCentral = createCentralApi({ baseUrl: centralApiUrl, token, timeoutMs: ticketTimeoutMs });
    const guard = createCentralGuard({
      ticketTimeoutMs,
      callTimeoutMs: timeoutMs,
      failuresToOpen: config.centralApi.breaker.failuresToOpen,
      halfOpenAfterMs: config.centralApi.breaker.halfOpenAfterMs,
    });
    guard.onChange((available) =>
      log.warn(
        { available },
        available ? 'central API answers again' : 'central API unavailable: offline issue',
      ),
    );
    const printer = createTicketPrinter({
      uri: printerUri,
      timeoutMs: config.printers.ticket.statusTimeoutMs,
    });
    const printerMonitor = createPrinterMonitor({
      printer,
      intervalMs: config.sync.heartbeatIntervalMs,
      clock,
    });
    closers.push(() => printerMonitor.stop());
    const catalog = createServiceCatalog({ central, residentCentral, guard, store, clock });
    const queue = createQueueService({
      kioskId: config.kioskId,
      hallName: config.hallName,
      paperWidth: config.printers.ticket.paperWidthMm,
      timeZone: config.timeZone,
      publicUrl: config.centralApi.publicUrl ?? centralApiUrl,
      central: residentCentral,
      guard,
      catalog,
      printer,
      store,
      clock,
      log,
    });
    const content = wireContent({
      config,
      appVersion: APP_VERSION,
      dataDir,
      publicUrl: config.centralApi.publicUrl ?? centralApiUrl,
      central,
      guard,
      catalog,
      store,
      printer,
      printerMonitor,
      clock,
      log,
    });
    const sync = createSyncService({
      kioskId: config.kioskId,
      appVersion: APP_VERSION,
      central,
      guard,
      catalog,
      store,
      clock,
      timeZone: config.timeZone,
      blockSize: config.queue.offlineBlockSize,
      renewBelow: config.queue.renewBelow,
      intervalMs: config.sync.intervalMs,
      heartbeatIntervalMs: config.sync.heartbeatIntervalMs,
      // Asked fresh for each heartbeat: staff must not learn of a paper-out one interval late.
      printerStatus: async () => (await printerMonitor.check()).status,
      contentSync: content.contentSync,
      outboxHandlers: content.staffOutbox.handlers,
      outboxBatchHandlers: content.staffOutbox.batchHandlers,
      log,
    });
    const staff = content.startStaff(sync);
    closers.push(() => staff.stop());
    // At boot: cache the catalog, hand over what a previous run left, lease today's blocks.
    await sync.syncNow();
    sync.start();
    closers.push(() => sync.stop());
    void content.notices.warmUp();
    closers.push(() => log.flush());

    return {
      config,
      configPath,
      router: createKioskRouter({
        info,
        queue,
        notices: { service: content.notices, log },
        staff: { service: staff.staff },
        log,
      }),
      rendererDir: path.join(root, 'dist', 'renderer'),
      centralApiUrl,
      queue,
      sync,
      virtualPrinter,
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
