// The staff device page: what a technician checks first when the kiosk misbehaves.
import { statfs } from 'node:fs/promises';
import type { DeviceStatus } from '../../api';
import type { KioskStore } from '../store';
import type { ContentRefusal } from '../store/refusals';

export interface DeviceStatusDeps {
  kioskId: string;
  appVersion: string;
  /** The printer monitor's latest health (PrinterMonitor.current()). */
  ticketPrinter(): { status: string; checkedAt: string | null };
  /** The A4 queue and what lpstat says of it (the printing helper's). */
  a4QueueState(): Promise<{ queue: string | null; state: string }>;
  centralReachable(): boolean;
  lastSyncAt(): string | null;
  /** When the content was last synced from the central API, or null. */
  contentAsOf(): string | null;
  /** Items of the change feed refused and not since replaced (store.content.refusals()). */
  contentRefusals(): ContentRefusal[];
  store: Pick<KioskStore, 'outbox'>;
  /** Where SQLite and logs live: its disk's free space. */
  dataDir: string;
}

const PRINTER_STATUSES = [
  'ok',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'offline',
  'error',
  'unknown',
] as const;
type TicketPrinterStatus = DeviceStatus['ticketPrinter']['status'];
const isPrinterStatus = (s: string): s is TicketPrinterStatus =>
  (PRINTER_STATUSES as readonly string[]).includes(s);

/** The newest refusals shown on the page; the count says how many there are in all. */
const REFUSALS_SHOWN = 10;

function refusedContent(all: ContentRefusal[]): DeviceStatus['refusedContent'] {
  return {
    count: all.length,
    items: all.slice(0, REFUSALS_SHOWN).map(({ kind, id, field, reason, refusedAt }) => ({
      kind,
      id,
      field,
      reason,
      refusedAt,
    })),
  };
}

export async function readDeviceStatus(deps: DeviceStatusDeps): Promise<DeviceStatus> {
  const printer = deps.ticketPrinter();
  const [a4, disk] = await Promise.all([
    deps.a4QueueState().catch((error: unknown) => ({
      queue: null,
      state: `unknown: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200),
    })),
    statfs(deps.dataDir).then(
      (s) => ({ freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize }),
      () => ({ freeBytes: 0, totalBytes: 0 }),
    ),
  ]);
  return {
    kioskId: deps.kioskId,
    appVersion: deps.appVersion,
    ticketPrinter: {
      status: isPrinterStatus(printer.status) ? printer.status : 'unknown',
      checkedAt: printer.checkedAt,
    },
    a4Printer: a4,
    central: { reachable: deps.centralReachable(), lastSyncAt: deps.lastSyncAt() },
    outboxDepth: deps.store.outbox.depth(),
    outboxRejected: deps.store.outbox.rejectedCount(),
    contentAsOf: deps.contentAsOf(),
    refusedContent: refusedContent(deps.contentRefusals()),
    disk: { path: deps.dataDir, ...disk },
  };
}
