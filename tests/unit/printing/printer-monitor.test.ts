import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPrinterMonitor,
  createTicketPrinter,
  healthStatusOf,
  type PrinterHealth,
  type PrinterMonitor,
} from '../../../electron/services/printing';
import { startVirtualPrinter, type VirtualPrinter } from '../../../fixtures/virtual-printer';
import { socialAssistance as job } from './sample-jobs';

let dir: string;
let printer: VirtualPrinter;
let monitor: PrinterMonitor | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'printer-monitor-'));
  printer = await startVirtualPrinter({ outDir: path.join(dir, 'jobs') });
});
afterEach(async () => {
  monitor?.stop();
  monitor = undefined;
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

/** Polls `current()` until it has the wanted status, bounded. */
async function until(
  m: PrinterMonitor,
  status: PrinterHealth['status'],
  timeoutMs = 2000,
): Promise<PrinterHealth> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (m.current().status === status) return m.current();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`printer health stayed ${m.current().status}, wanted ${status}`);
}

describe('createPrinterMonitor against the virtual printer', () => {
  it('follows each state of the printer by polling, with the heartbeat’s status values', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs: 200 });
    monitor = createPrinterMonitor({ printer: ticketPrinter, intervalMs: 40 });
    const changes: string[] = [];
    monitor.onChange((health) => changes.push(health.status));
    expect(monitor.current().status).toBe('unknown'); // nothing asked yet
    await until(monitor, 'ok');
    await printer.setBehaviour({ paper: 'near-end' });
    await until(monitor, 'paper-near-end');
    await printer.setBehaviour({ paper: 'out' });
    const out = await until(monitor, 'paper-out');
    expect(out.lastError).toBe('paper-out');
    await printer.setBehaviour({ paper: 'ok', coverOpen: true });
    await until(monitor, 'cover-open');
    await printer.setBehaviour({ coverOpen: false, refuse: true });
    const refused = await until(monitor, 'offline');
    expect(refused.lastError).toMatch(/ECONNREFUSED/);
    await printer.setBehaviour({ refuse: false, noAnswer: true });
    await until(monitor, 'ok').catch(() => {}); // stays offline: no answer is not a printer
    expect(monitor.current()).toMatchObject({
      status: 'offline',
      lastError: expect.stringMatching(/no status answer/),
    });
    await printer.setBehaviour({ noAnswer: false });
    const back = await until(monitor, 'ok');
    expect(back.lastError).toMatch(/no status answer/); // kept for staff after recovery
    expect(changes).toEqual(['ok', 'paper-near-end', 'paper-out', 'cover-open', 'offline', 'ok']);
  });

  it('learns from each job without an extra connection, and never talks to the printer twice at once', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    monitor = createPrinterMonitor({ printer: ticketPrinter, intervalMs: 5 });
    await until(monitor, 'ok');
    await printer.setBehaviour({ paper: 'near-end' });
    for (let i = 0; i < 10; i++) {
      expect(await ticketPrinter.printTicket({ ...job, number: `C1${String(i).padStart(2, '0')}` })).toEqual({
        status: 'printed',
      });
    }
    expect(monitor.current().status).toBe('paper-near-end');
    await printer.waitForJobs(10, 3000);
    expect(printer.connections.total).toBeGreaterThan(10); // polls happened between the jobs
    expect(printer.connections.peak).toBe(1);
  });

  it('reports paper-out straight after a job that found the roll empty', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    monitor = createPrinterMonitor({ printer: ticketPrinter, intervalMs: 60_000 });
    await until(monitor, 'ok');
    await printer.setBehaviour({ paper: 'out' });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'paper-out' });
    expect(monitor.current().status).toBe('paper-out'); // no poll needed: the job's status check told it
  });

  it('uses its clock before the first check and stops polling when stopped', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    monitor = createPrinterMonitor({
      printer: ticketPrinter,
      intervalMs: 10,
      clock: { now: () => new Date('2025-03-03T02:00:00Z') },
    });
    expect(monitor.current()).toEqual({ status: 'unknown', checkedAt: '2025-03-03T02:00:00.000Z' });
    await until(monitor, 'ok');
    monitor.stop();
    await new Promise((resolve) => setTimeout(resolve, 30));
    const total = printer.connections.total;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(printer.connections.total).toBe(total);
  });

  it('says unknown for a device path (it cannot be asked) and offline when the device is gone', async () => {
    const device = path.join(dir, 'lp0');
    await writeFile(device, '');
    monitor = createPrinterMonitor({ printer: createTicketPrinter({ uri: device }), intervalMs: 20 });
    await expect(monitor.check()).resolves.toMatchObject({ status: 'unknown' });
    await rm(device);
    await until(monitor, 'offline');
  });
});

describe('healthStatusOf', () => {
  const at = '2025-03-03T02:00:00.000Z';
  it('puts the cover before the paper, and paper before "offline"', () => {
    expect(healthStatusOf({ online: false, paper: 'out', coverOpen: true, checkedAt: at })).toBe(
      'cover-open',
    );
    expect(healthStatusOf({ online: false, paper: 'out', coverOpen: false, checkedAt: at })).toBe(
      'paper-out',
    );
    expect(healthStatusOf({ online: false, paper: 'unknown', coverOpen: false, checkedAt: at })).toBe(
      'offline',
    );
    expect(healthStatusOf({ online: true, paper: 'near-end', coverOpen: false, checkedAt: at })).toBe(
      'paper-near-end',
    );
    expect(healthStatusOf({ online: true, paper: 'unknown', coverOpen: false, checkedAt: at })).toBe(
      'unknown',
    );
    expect(healthStatusOf({ online: true, paper: 'ok', coverOpen: false, checkedAt: at })).toBe('ok');
  });
});
