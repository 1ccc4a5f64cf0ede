// The parts of a fault test, each a real process or socket: the reference central API in its own
// process, a fault proxy in front of it, one virtual printer per kiosk (in the test process, so
// the test sees every job) and kiosk processes started with `scripts/launch.mjs`.

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DecodedJob, startVirtualPrinter, type VirtualPrinter } from '../../fixtures/virtual-printer';
import { type CentralProcess, startCentralProcess } from '../support/central-process';
import { type FaultProxy, startFaultProxy } from '../support/fault-proxy';
import { type KioskProcess, startKioskProcess } from '../support/kiosk-process';
import { outboxState } from './ticket-ledger';

/**
 * Short timeouts so that an outage is noticed, and its end, fast, and a lean test stays lean: one
 * call gives up after 400 ms, a ticket call after 300 ms; two failures open the breaker, which
 * probes again after 500 ms; the outbox is handed over every 300 ms; blocks of 40, renewed below 10.
 */
export const LEAN_KIOSK_CONFIG: Record<string, unknown> = {
  centralApi: {
    timeoutMs: 400,
    ticketTimeoutMs: 300,
    breaker: { failuresToOpen: 2, halfOpenAfterMs: 500 },
  },
  queue: { offlineBlockSize: 40, renewBelow: 10 },
  sync: { intervalMs: 300 },
};

export interface FaultKiosk {
  kiosk: KioskProcess;
  printer: VirtualPrinter;
}

export interface FaultStack {
  dir: string;
  central: CentralProcess;
  proxy: FaultProxy;
  kiosks: FaultKiosk[];
  /** Every job every printer received. */
  jobs(): DecodedJob[];
  dataDirs(): string[];
  close(): Promise<void>;
}

export async function startFaultStack(opts: {
  kiosks: number;
  kioskConfig?: Record<string, unknown>;
  /** Kiosks talk to the central API directly, not through the proxy (the online benchmark). */
  direct?: boolean;
}): Promise<FaultStack> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hall-kiosk-faults-'));
  const token = randomBytes(18).toString('base64url');
  const central = await startCentralProcess({ dbPath: path.join(dir, 'central.db'), token });
  const proxy = await startFaultProxy(central.url);
  const kiosks: FaultKiosk[] = [];
  const stack: FaultStack = {
    dir,
    central,
    proxy,
    kiosks,
    jobs: () => kiosks.flatMap((k) => k.printer.jobs),
    dataDirs: () => kiosks.map((k) => k.kiosk.dataDir),
    async close() {
      for (const k of kiosks) {
        await k.kiosk.kill().catch(() => {});
        await k.printer.close().catch(() => {});
      }
      await proxy.close().catch(() => {});
      await central.stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    const started = await Promise.all(
      Array.from({ length: opts.kiosks }, async (_, i) => {
        const kioskDir = path.join(dir, `kiosk-${i + 1}`);
        const printer = await startVirtualPrinter({ port: 0, outDir: path.join(kioskDir, 'printer-jobs') });
        const kiosk = await startKioskProcess({
          dir: kioskDir,
          kioskId: `fault-kiosk-${i + 1}`,
          centralUrl: opts.direct ? central.url : proxy.url,
          token,
          printerUrl: printer.url,
          config: opts.kioskConfig ?? LEAN_KIOSK_CONFIG,
        });
        return { kiosk, printer };
      }),
    );
    kiosks.push(...started);
  } catch (error) {
    await stack.close();
    throw error;
  }
  return stack;
}

/** Waits until the kiosk holds a leased block with numbers left for each service (read from its DB). */
export async function waitForLeasedBlocks(
  dataDir: string,
  serviceIds: readonly string[],
  timeoutMs: number,
): Promise<void> {
  const { default: Database } = await import('better-sqlite3');
  const started = Date.now();
  let missing: string[] = [...serviceIds];
  while (Date.now() - started < timeoutMs) {
    const db = new Database(path.join(dataDir, 'kiosk.db'), { readonly: true, fileMustExist: true });
    try {
      const rows = db
        .prepare('SELECT DISTINCT service_id FROM number_blocks WHERE next <= last')
        .all() as Array<{ service_id: string }>;
      const leased = new Set(rows.map((r) => r.service_id));
      missing = serviceIds.filter((s) => !leased.has(s));
    } finally {
      db.close();
    }
    if (missing.length === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no leased number block for ${missing.join(', ')} within ${timeoutMs} ms`);
}

export { outboxState };
