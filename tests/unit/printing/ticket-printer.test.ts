import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTicketPrinter } from '../../../electron/services/printing';
import type { TicketPrintJob } from '../../../electron/services/printing/types';
import { decodeEscPos, startVirtualPrinter, type VirtualPrinter } from '../../../fixtures/virtual-printer';

const job: TicketPrintJob = {
  hallName: { 'zh-CN': '徐家汇街道社区事务受理服务中心', en: 'Xujiahui Community Affairs Service Center' },
  serviceName: { 'zh-CN': '社会救助', en: 'Social assistance' },
  number: 'C015',
  peopleAhead: 4,
  estimatedWaitMinutes: 12,
  issuedAt: new Date('2025-03-03T02:15:00Z'),
  qrPayload: 'HK1/kiosk-2/t-77/C015',
  paperWidth: 80,
};

let dir: string;
let printer: VirtualPrinter;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ticket-printer-'));
  printer = await startVirtualPrinter({ outDir: path.join(dir, 'jobs') });
});
afterEach(async () => {
  await printer.close();
  await rm(dir, { recursive: true, force: true });
});

/** A port that was just free: listen on 0, note the port, close. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Gives a wrongly sent job time to arrive before asserting there is none. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('createTicketPrinter over TCP, against the virtual printer', () => {
  it('prints the ticket: Chinese service name, number, QR payload, one cut', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    await expect(ticketPrinter.printTicket(job)).resolves.toEqual({ status: 'printed' });
    const [printed] = await printer.waitForJobs(1, 3000);
    expect(printed?.chineseMode).toBe(true);
    expect(printed?.statusRequests).toEqual([1, 2, 4]);
    expect(printed?.lines).toContain('社会救助');
    expect(printed?.lines).toContain('徐家汇街道社区事务受理服务中心');
    expect(printed?.lines).toContain('C015');
    expect(printed?.lines).toContain('前面还有 4 人');
    expect(printed?.lines).toContain('取号时间 Issued 2025-03-03 10:15');
    expect(printed?.qrCodes).toEqual([job.qrPayload]);
    expect(printed?.cuts).toBe(1);
    expect(await readFile(printed?.file ?? '', 'utf8')).toContain('社会救助');
  });

  it('fails with paper-out and prints nothing when the roll is empty', async () => {
    printer.setBehaviour({ paper: 'out' });
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'paper-out' });
    await settle();
    expect(printer.jobs).toHaveLength(0);
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'out', coverOpen: false });
  });

  it('fails with cover-open and prints nothing when the cover is open', async () => {
    printer.setBehaviour({ coverOpen: true });
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'cover-open' });
    await settle();
    expect(printer.jobs).toHaveLength(0);
  });

  it('fails with timeout, within its budget, when the printer does not answer status', async () => {
    printer.setBehaviour({ noAnswer: true });
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs: 300 });
    const started = performance.now();
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'timeout' });
    expect(performance.now() - started).toBeLessThan(1500);
    await settle();
    expect(printer.jobs).toHaveLength(0);
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'unknown' });
  });

  it('prints a near-end roll and reports it', async () => {
    printer.setBehaviour({ paper: 'near-end' });
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
    expect(await ticketPrinter.status()).toMatchObject({ online: true, paper: 'near-end' });
    await printer.waitForJobs(1, 3000);
  });

  it('is offline when nothing listens on the port', async () => {
    const ticketPrinter = createTicketPrinter({ uri: `tcp://127.0.0.1:${await closedPort()}` });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'unknown' });
  });

  it('prints concurrent tickets one after another, never interleaved', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    const numbers = ['C016', 'C017', 'C018'];
    const outcomes = await Promise.all(
      numbers.map((number) => ticketPrinter.printTicket({ ...job, number })),
    );
    expect(outcomes.every((outcome) => outcome.status === 'printed')).toBe(true);
    const jobs = await printer.waitForJobs(3, 3000);
    expect(jobs.map((j) => j.cuts)).toEqual([1, 1, 1]);
    expect(jobs.flatMap((j) => j.lines.filter((line) => numbers.includes(line)))).toEqual(numbers);
  });
});

describe('createTicketPrinter on a device file', () => {
  it('writes the job to the device path (file:// URL)', async () => {
    const device = path.join(dir, 'lp0');
    const ticketPrinter = createTicketPrinter({ uri: pathToFileURL(device).href });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
    const decoded = decodeEscPos(await readFile(device));
    expect(decoded.lines).toContain('社会救助');
    expect(decoded.qrCodes).toEqual([job.qrPayload]);
    expect(decoded.statusRequests).toEqual([]);
  });

  it('is offline when the device is not there', async () => {
    const ticketPrinter = createTicketPrinter({ uri: path.join(dir, 'missing', 'lp0') });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'unknown' });
  });
});

describe('createTicketPrinter configuration', () => {
  it('rejects a URI it cannot use when created, not when printing', () => {
    expect(() => createTicketPrinter({ uri: 'usb://vendor/product' })).toThrow(/printer URI/);
    expect(() => createTicketPrinter({ uri: 'tcp://10.0.0.5:99999' })).toThrow(/port/);
  });

  it('returns error, not an exception, for a job it cannot lay out', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket({ ...job, qrPayload: '二维码' })).toEqual({
      status: 'failed',
      reason: 'error',
    });
    await settle();
    expect(printer.jobs).toHaveLength(0);
  });
});
