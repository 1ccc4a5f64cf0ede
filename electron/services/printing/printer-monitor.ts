// Printer health for staff and the central heartbeat: the printer is polled every intervalMs,
// and every status learnt while printing counts as a poll, so a busy kiosk adds no connection.
// Polls go through the printer's own queue: printing and polling never overlap on the printer.
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import type { PrinterStatus, TicketPrinter } from './types';

/** The same values as PrinterStatus in central-api/openapi.yaml (the heartbeat's printer.status). */
export type PrinterHealthStatus =
  | 'ok'
  | 'paper-near-end'
  | 'paper-out'
  | 'cover-open'
  | 'offline'
  | 'unknown';

export interface PrinterHealth {
  status: PrinterHealthStatus;
  /** ISO time of the check this health comes from (the monitor's start, before the first one). */
  checkedAt: string;
  /** What went wrong most recently (kept after recovery, so staff can see what happened). */
  lastError?: string;
}

export interface PrinterMonitor {
  current(): PrinterHealth;
  /** Called when the health status changes; returns an unsubscribe. */
  onChange(listener: (health: PrinterHealth) => void): () => void;
  /** Polls now (queued behind any job) and resolves with the new health. */
  check(): Promise<PrinterHealth>;
  stop(): void;
}

export interface PrinterMonitorOptions {
  printer: TicketPrinter;
  intervalMs: number;
  clock?: Clock;
}

/** Cover first: with the cover open the paper sensor may also read "out". */
export function healthStatusOf(status: PrinterStatus): PrinterHealthStatus {
  if (status.coverOpen) return 'cover-open';
  if (status.paper === 'out') return 'paper-out';
  if (!status.online) return 'offline';
  if (status.paper === 'near-end') return 'paper-near-end';
  if (status.paper === 'unknown') return 'unknown';
  return 'ok';
}

function problemOf(status: PrinterStatus, health: PrinterHealthStatus): string | undefined {
  if (status.problem) return status.problem;
  if (health === 'paper-out' || health === 'cover-open' || health === 'offline') return health;
  return undefined;
}

export function createPrinterMonitor(options: PrinterMonitorOptions): PrinterMonitor {
  const { printer, intervalMs } = options;
  const clock = options.clock ?? systemClock;
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be positive, got ${intervalMs}`);
  let health: PrinterHealth = { status: 'unknown', checkedAt: clock.now().toISOString() };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const listeners = new Set<(health: PrinterHealth) => void>();

  function record(status: PrinterStatus): void {
    if (stopped) return;
    const next = healthStatusOf(status);
    const lastError = problemOf(status, next) ?? health.lastError;
    const changed = next !== health.status;
    health = { status: next, checkedAt: status.checkedAt, ...(lastError ? { lastError } : {}) };
    schedule();
    if (changed) for (const listener of listeners) listener(health);
  }

  /** The next poll is intervalMs after the latest status, however it was learnt. */
  function schedule(): void {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void check(), intervalMs);
    timer.unref();
  }

  async function check(): Promise<PrinterHealth> {
    const status = await printer.status();
    // A printer that reports through onStatus has already been recorded.
    if (!printer.onStatus) record(status);
    return health;
  }

  const unsubscribe = printer.onStatus?.(record);
  schedule();
  void check();

  return {
    current: () => health,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
      listeners.clear();
    },
  };
}
