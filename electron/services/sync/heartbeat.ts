// The kiosk's health for staff (printer, outbox depth, last sync): state that only matters when
// fresh, so it is sent when possible and replaced, never queued — a failed heartbeat is skipped.
import type { CentralApi, PrinterStatus as CentralPrinterStatus } from '../central';
import type { Clock } from '../clock';
import type { CentralGuard } from '../queue/central-guard';
import type { KioskStore } from '../store';

export interface HeartbeatOptions {
  kioskId: string;
  appVersion: string;
  central: CentralApi;
  guard: CentralGuard;
  store: KioskStore;
  clock: Clock;
  printerStatus(): Promise<CentralPrinterStatus>;
  lastSyncAt(): string | null;
  log?: { warn(obj: object, msg: string): void };
}

/** Sends one heartbeat; returns whether the central API took it. */
export async function sendHeartbeat(opts: HeartbeatOptions): Promise<boolean> {
  const lastSyncAt = opts.lastSyncAt();
  const beat = {
    kioskId: opts.kioskId,
    sentAt: opts.clock.now().toISOString(),
    appVersion: opts.appVersion,
    printer: { status: await opts.printerStatus() },
    outboxDepth: opts.store.outbox.depth(),
    ...(lastSyncAt ? { lastSyncAt } : {}),
  };
  try {
    await opts.guard.backgroundCall(() => opts.central.heartbeat(beat));
    return true;
  } catch (error) {
    opts.log?.warn({ err: error }, 'heartbeat skipped');
    return false;
  }
}
