// Wiring of issue 4's parts at boot: notices (cache, sync, search, views), their printing
// (slip, A4 PDF, CUPS) and the staff side (sign-in, edits through the outbox, audit, device page).
// Kept apart from boot.ts so each stays one job; boot.ts calls it in two steps because the staff
// side needs the sync service, and the sync service needs the staff side's outbox handlers.
import type { KioskConfig } from '../kiosk-config/schema';
import type { CentralApi } from './services/central';
import type { Clock } from './services/clock';
import { a4QueueState, createNoticeDocuments } from './services/documents';
import { createContentSync } from './services/notices/content-sync';
import { createNoticeService } from './services/notices/notice-service';
import type { PrinterMonitor, ThermalPrinter } from './services/printing';
import type { CentralGuard } from './services/queue/central-guard';
import type { ServiceCatalog } from './services/queue/service-catalog';
import { createStaffOutboxHandlers } from './services/staff/outbox-handlers';
import { zhCnTexts } from './services/staff/pinyin-ime';
import { createStaffService } from './services/staff/staff-service';
import type { KioskStore } from './services/store';
import type { SyncService } from './services/sync/sync-service';

/** How often an idle staff session is looked for, so its end is logged even without a call. */
const STAFF_SWEEP_MS = 15_000;

export interface ContentWiringDeps {
  config: KioskConfig;
  appVersion: string;
  dataDir: string;
  publicUrl: string;
  central: CentralApi;
  guard: CentralGuard;
  catalog: ServiceCatalog;
  store: KioskStore;
  printer: ThermalPrinter;
  printerMonitor: PrinterMonitor;
  clock: Clock;
  log: import('pino').Logger;
}

export function wireContent(deps: ContentWiringDeps) {
  const { config, store, clock, log, central, guard } = deps;
  const documents = createNoticeDocuments({
    hallName: config.hallName,
    printer: deps.printer,
    paperWidth: config.printers.ticket.paperWidthMm,
    a4Queue: config.printers.a4.queue,
    dataDir: deps.dataDir,
    timeZone: config.timeZone,
    log,
  });
  const notices = createNoticeService({
    store,
    clock,
    documents,
    publicUrl: deps.publicUrl,
    serviceName: (id) => deps.catalog.service(id)?.name,
  });
  const contentSync = createContentSync({
    central,
    guard,
    store,
    clock,
    log,
    onContentChanged: () => notices.warmUp(),
  });
  const staffOutbox = createStaffOutboxHandlers({
    kioskId: config.kioskId,
    central,
    guard,
    store,
    records: store.staff,
    content: store.content,
    clock,
    log,
  });

  /** The second step, once the sync service exists. Returns the staff service and its stopper. */
  function startStaff(sync: SyncService) {
    const staff = createStaffService({
      kioskId: config.kioskId,
      appVersion: deps.appVersion,
      staff: config.staff,
      store,
      records: store.staff,
      content: store.content,
      clock,
      log,
      deliverNow: () => sync.syncNow(),
      serviceIds: () => deps.catalog.services()?.map((s) => s.id) ?? null,
      device: {
        ticketPrinter: () => deps.printerMonitor.current(),
        a4QueueState: () => a4QueueState(config.printers.a4.queue),
        centralReachable: () => guard.isAvailable(),
        lastSyncAt: () => sync.lastSyncAt(),
        contentAsOf: () => store.content.syncState().lastSuccessAt,
        contentRefusals: () => store.content.refusals(),
        dataDir: deps.dataDir,
      },
      // Synced items and this kiosk's pending changes alike: the words staff actually write.
      imeCorpus: () => zhCnTexts([store.content.listNotices(), store.content.listAnnouncements()].flat()),
      imeRevision: () => store.content.revision(),
    });
    const sweep = setInterval(() => staff.auth.sweep(), STAFF_SWEEP_MS);
    sweep.unref();
    return { staff, stop: () => clearInterval(sweep) };
  }

  return { notices, contentSync, staffOutbox, startStaff };
}
