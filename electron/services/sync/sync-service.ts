// The kiosk's background work with the central API: pull the change feed (notices, announcements,
// the service catalog), refresh the queue state (which also probes a half-open breaker), hand over
// the outbox, keep number blocks leased, and report health. Started at boot, stopped in close().
import { z } from 'zod';
import type { CentralApi, PrinterStatus as CentralPrinterStatus, Service } from '../central';
import type { Clock } from '../clock';
import type { CentralGuard } from '../queue/central-guard';
import { OFFLINE_TICKET_KIND } from '../queue/offline-issue';
import type { ServiceCatalog } from '../queue/service-catalog';
import type { KioskStore, OutboxItem } from '../store';
import { createBlockLeaser } from './block-leaser';
import { sendHeartbeat } from './heartbeat';
import {
  type BatchItemOutcome,
  createOutboxReplayer,
  type OutboxBatchHandler,
  type OutboxHandler,
  type ReplayResult,
} from './outbox-replay';
import { type Periodic, startPeriodic } from './periodic';

export interface SyncLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SyncServiceOptions {
  kioskId: string;
  appVersion: string;
  central: CentralApi;
  guard: CentralGuard;
  catalog: ServiceCatalog;
  store: KioskStore;
  clock: Clock;
  timeZone: string;
  blockSize: number;
  renewBelow: number;
  intervalMs: number;
  heartbeatIntervalMs: number;
  printerStatus(): Promise<CentralPrinterStatus>;
  log?: SyncLog;
  /** The change feed (notices, announcements, services): run first in each pass. */
  contentSync?: { syncContent(): Promise<unknown> };
  /** Other outbox kinds (e.g. staff edits, audit events), merged with the ticket hand-over. */
  outboxHandlers?: Record<string, OutboxHandler>;
  outboxBatchHandlers?: Record<string, OutboxBatchHandler>;
}

export interface SyncReport {
  online: boolean;
  replay: ReplayResult | null;
  blocksLeased: number;
}

const OfflineTicketPayload = z.object({
  clientTicketId: z.string().min(1),
  serviceId: z.string().min(1),
  number: z.string().regex(/^[A-Z]\d{3}$/),
  issuedAt: z.string(),
  priority: z.boolean(),
});

export interface SyncService {
  /** One pass: refresh, hand over, lease. Safe to call any time (never two passes at once). */
  syncNow(): Promise<SyncReport>;
  heartbeatNow(): Promise<boolean>;
  /** When the outbox was last emptied of due items (ISO), or null. */
  lastSyncAt(): string | null;
  start(): void;
  stop(): Promise<void>;
}

export function createSyncService(opts: SyncServiceOptions): SyncService {
  const { central, guard, catalog, store, clock, log } = opts;
  let lastSyncAt: string | null = null;
  let lastReport: SyncReport = { online: false, replay: null, blocksLeased: 0 };
  let loops: Periodic[] = [];
  let inFlight: Promise<SyncReport> | null = null;

  const handOverTicket = async (item: OutboxItem) => {
    const p = OfflineTicketPayload.parse(item.payload);
    await guard.backgroundCall(() =>
      central.issueTicket({
        clientTicketId: p.clientTicketId,
        serviceId: p.serviceId,
        kioskId: opts.kioskId,
        priority: p.priority,
        offline: { number: p.number, issuedAt: p.issuedAt },
      }),
    );
  };
  // Offline tickets go in batches: one request and one central transaction per batch (decision 010).
  const handOverBatch = async (items: OutboxItem[]): Promise<BatchItemOutcome[]> => {
    const parsed = items.map((item) => OfflineTicketPayload.safeParse(item.payload));
    const tickets = parsed.flatMap((p) =>
      p.success
        ? [
            {
              clientTicketId: p.data.clientTicketId,
              serviceId: p.data.serviceId,
              priority: p.data.priority,
              offline: { number: p.data.number, issuedAt: p.data.issuedAt },
            },
          ]
        : [],
    );
    const results =
      tickets.length > 0
        ? await guard.backgroundCall(() => central.handOverTickets({ kioskId: opts.kioskId, tickets }))
        : [];
    const byId = new Map(results.map((r) => [r.clientTicketId, r]));
    return parsed.map((p): BatchItemOutcome => {
      if (!p.success) return { status: 'rejected', reason: `malformed outbox payload: ${p.error.message}` };
      const r = byId.get(p.data.clientTicketId);
      if (!r) return { status: 'rejected', reason: 'no answer for this ticket in the hand-over' };
      const why = `${r.code ?? ''}${r.message ? `: ${r.message}` : ''}`;
      return r.status === 'accepted'
        ? { status: 'delivered', ...(r.code ? { note: why } : {}) }
        : { status: 'rejected', reason: why || 'rejected' };
    });
  };
  const replayer = createOutboxReplayer({
    store,
    clock,
    handlers: { ...opts.outboxHandlers, [OFFLINE_TICKET_KIND]: handOverTicket },
    batchHandlers: { ...opts.outboxBatchHandlers, [OFFLINE_TICKET_KIND]: handOverBatch },
    ...(log ? { log } : {}),
  });
  const leaser = createBlockLeaser({ ...opts });

  // Content sync records its own attempt (the notices' "as of" and offline flag); its failure
  // never stops the rest of the pass.
  async function syncContent(): Promise<void> {
    if (!opts.contentSync) return;
    try {
      await opts.contentSync.syncContent();
    } catch (error) {
      log?.warn({ err: error }, 'sync: notices and announcements not synced');
    }
  }

  async function pass(): Promise<SyncReport> {
    // The change feed first: it brings the catalog too (only what changed), so the refresh after it
    // fetches the live queue summary alone. Content sync records its own failure (notices "as of").
    await syncContent();
    let services: Service[] | null;
    try {
      services = (await catalog.refresh('background')).services;
    } catch (error) {
      log?.warn({ err: error }, 'sync: central API unavailable');
      return { online: false, replay: null, blocksLeased: 0 };
    }
    const replay = await replayer.replayDue();
    if (replay.delivered > 0 || replay.rejected > 0) log?.info({ ...replay }, 'sync: outbox handed over');
    if (!replay.interrupted) lastSyncAt = clock.now().toISOString();
    const blocksLeased = await leaser.leaseBlocks(services);
    return { online: guard.isAvailable(), replay, blocksLeased };
  }

  function syncNow(): Promise<SyncReport> {
    inFlight ??= pass().finally(() => {
      inFlight = null;
    });
    return inFlight.then((report) => {
      lastReport = report;
      return report;
    });
  }

  const heartbeatNow = () =>
    sendHeartbeat({ ...opts, lastSyncAt: () => lastSyncAt, ...(log ? { log } : {}) });

  return {
    syncNow,
    heartbeatNow,
    lastSyncAt: () => lastSyncAt,
    start() {
      if (loops.length > 0) return;
      const onError = (error: unknown) => log?.error({ err: error }, 'sync loop failed');
      const syncLoop = startPeriodic(
        () => opts.intervalMs,
        async () => void (await syncNow()),
        onError,
      );
      const beatLoop = startPeriodic(
        () => opts.heartbeatIntervalMs,
        async () => void (await heartbeatNow()),
        onError,
      );
      loops = [syncLoop, beatLoop];
      // The central API is back (a probe closed the breaker): hand over without waiting a period.
      guard.onChange((available) => {
        if (available && !lastReport.online) void syncLoop.runNow();
      });
    },
    async stop() {
      await Promise.all(loops.map((l) => l.stop()));
      loops = [];
      await inFlight?.catch(() => undefined);
    },
  };
}
