import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTicketPrinter } from '../../../electron/services/printing';
import { buildTicketBytes } from '../../../electron/services/printing/escpos-ticket';
import { layoutTicket } from '../../../electron/services/printing/ticket-layout';
import { decodeEscPos, startVirtualPrinter, type VirtualPrinter } from '../../../fixtures/virtual-printer';
import { socialAssistance as job } from './sample-jobs';

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
const STATUS_BYTES = 9;
const jobLength = buildTicketBytes(layoutTicket(job), job.paperWidth).length;

describe('createTicketPrinter over TCP, against the virtual printer', () => {
  it('prints the ticket: Chinese text, number, QR of the followUrl, materials, one cut', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    await expect(ticketPrinter.printTicket(job)).resolves.toEqual({ status: 'printed' });
    const [printed] = await printer.waitForJobs(1, 3000);
    expect(printed?.chineseMode).toBe(true);
    // Status before the job, and again after it: the second answer proves every byte arrived.
    expect(printed?.statusRequests).toEqual([1, 2, 4, 1, 2, 4]);
    expect(printed?.lines).toContain('社会救助');
    expect(printed?.lines).toContain('徐家汇街道社区事务受理服务中心');
    expect(printed?.lines).toContain('C015');
    expect(printed?.lines).toContain('前面还有 4 人');
    expect(printed?.lines).toContain('取号时间 Issued 2025-03-03 10:15');
    expect(printed?.lines).toContain('1. 申请人居民身份证、户口簿原件及复印件');
    expect(printed?.qrCodes).toEqual([job.qrPayload]);
    expect(printed?.cuts).toBe(1);
    expect(await readFile(printed?.file ?? '', 'utf8')).toContain('社会救助');
  });

  it('prints priority, appointment and offline marks that decode right', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    await ticketPrinter.printTicket({ ...job, kind: 'priority', offline: true, approximate: true });
    await ticketPrinter.printTicket({
      ...job,
      kind: 'appointment',
      appointmentTime: new Date('2025-03-03T02:30:00Z'),
    });
    const [priority, appointment] = await printer.waitForJobs(2, 3000);
    expect(priority?.lines).toEqual(expect.arrayContaining(['优先', 'Priority', '前面约有 4 人']));
    expect(priority?.lines.at(-1)).toBe('离线取号 Offline issue');
    expect(appointment?.lines).toEqual(expect.arrayContaining(['预约 10:30', 'Appointment 10:30']));
  });

  it('fails with paper-out and prints nothing when the roll is empty', async () => {
    await printer.setBehaviour({ paper: 'out' });
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'paper-out' });
    await settle();
    expect(printer.jobs).toHaveLength(0);
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'out', coverOpen: false });
  });

  it('fails with cover-open and prints nothing when the cover is open', async () => {
    await printer.setBehaviour({ coverOpen: true });
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'cover-open' });
    await settle();
    expect(printer.jobs).toHaveLength(0);
  });

  it('prints a near-end roll and reports it', async () => {
    await printer.setBehaviour({ paper: 'near-end' });
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

  it('is offline while the printer refuses connections, and prints again once it listens', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    await printer.setBehaviour({ refuse: true });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    const status = await ticketPrinter.status();
    expect(status).toMatchObject({ online: false, paper: 'unknown' });
    expect(status.problem).toMatch(/ECONNREFUSED/);
    await printer.setBehaviour({ refuse: false });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
  });

  for (const [name, cut] of [
    ['early in the job', STATUS_BYTES + 40],
    ['one byte before its end', STATUS_BYTES + jobLength - 1],
  ] as const) {
    it(`fails with error when the printer drops the connection ${name}`, async () => {
      await printer.setBehaviour({ disconnectAfterBytes: cut });
      const ticketPrinter = createTicketPrinter({ uri: printer.url, jobTimeoutMs: 2000 });
      for (let attempt = 0; attempt < 5; attempt++) {
        expect(await ticketPrinter.printTicket({ ...job, number: `C0${20 + attempt}` })).toEqual({
          status: 'failed',
          reason: 'error',
        });
      }
      const jobs = await printer.waitForJobs(5, 3000);
      expect(jobs.every((received) => received.truncated && received.bytes.length === cut)).toBe(true);
    });
  }

  it('prints concurrent tickets one after another, never interleaved, one connection at a time', async () => {
    const ticketPrinter = createTicketPrinter({ uri: printer.url });
    const numbers = ['C016', 'C017', 'C018', 'C019', 'C020'];
    const outcomes = await Promise.all([
      ...numbers.map((number) => ticketPrinter.printTicket({ ...job, number })),
      ticketPrinter.status(),
      ticketPrinter.status(),
    ]);
    expect(
      outcomes
        .slice(0, numbers.length)
        .every((outcome) => 'status' in outcome && outcome.status === 'printed'),
    ).toBe(true);
    const jobs = await printer.waitForJobs(numbers.length, 3000);
    expect(jobs.map((j) => j.cuts)).toEqual(numbers.map(() => 1));
    expect(jobs.flatMap((j) => j.lines.filter((line) => numbers.includes(line)))).toEqual(numbers);
    expect(printer.connections).toMatchObject({ peak: 1, total: numbers.length + 2 });
  });
});

describe('printTicket is bounded in time whatever the printer does', () => {
  const timeoutMs = 300;
  const jobTimeoutMs = 700;
  const bound = timeoutMs + jobTimeoutMs + 400; // slack for a loaded CI machine

  async function timed(promise: Promise<unknown>) {
    const started = performance.now();
    const result = await promise;
    return { result, ms: performance.now() - started };
  }

  it('times out when the printer never answers status, and sends no job', async () => {
    await printer.setBehaviour({ noAnswer: true });
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs, jobTimeoutMs });
    const { result, ms } = await timed(ticketPrinter.printTicket(job));
    expect(result).toEqual({ status: 'failed', reason: 'timeout' });
    expect(ms).toBeLessThan(bound);
    await settle();
    expect(printer.jobs).toHaveLength(0);
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'unknown' });
  });

  it('times out when the printer accepts the connection but reads nothing', async () => {
    await printer.setBehaviour({ stallAfterBytes: 0 });
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs, jobTimeoutMs });
    const { result, ms } = await timed(ticketPrinter.printTicket(job));
    expect(result).toEqual({ status: 'failed', reason: 'timeout' });
    expect(ms).toBeLessThan(bound);
  });

  it('times out when the printer stalls mid-job (answers status, then stops reading)', async () => {
    await printer.setBehaviour({ stallAfterBytes: STATUS_BYTES + 100 });
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs, jobTimeoutMs });
    const { result, ms } = await timed(ticketPrinter.printTicket(job));
    expect(result).toEqual({ status: 'failed', reason: 'timeout' });
    expect(ms).toBeGreaterThanOrEqual(jobTimeoutMs - 20);
    expect(ms).toBeLessThan(bound);
  });

  it('bounds each of several tickets queued behind a stalled printer, from its own call', async () => {
    await printer.setBehaviour({ stallAfterBytes: STATUS_BYTES + 100 });
    const ticketPrinter = createTicketPrinter({ uri: printer.url, timeoutMs, jobTimeoutMs });
    const runs = await Promise.all(
      ['C031', 'C032', 'C033'].map((number) => timed(ticketPrinter.printTicket({ ...job, number }))),
    );
    for (const { result, ms } of runs) {
      expect(result).toEqual({ status: 'failed', reason: 'timeout' });
      expect(ms).toBeLessThan(bound);
    }
    // The tickets whose callers were told 'timeout' while queued are never sent afterwards.
    await printer.setBehaviour({ stallAfterBytes: null });
    await new Promise((resolve) => setTimeout(resolve, jobTimeoutMs + 200));
    expect(printer.connections.total).toBeLessThanOrEqual(2);
  });
});

describe('createTicketPrinter on a device path', () => {
  it('writes the job to the device (file:// URL), with no status conversation', async () => {
    const device = path.join(dir, 'lp0');
    await writeFile(device, '');
    const ticketPrinter = createTicketPrinter({ uri: pathToFileURL(device).href });
    const statuses: string[] = [];
    ticketPrinter.onStatus?.((status) => statuses.push(`${status.online}/${status.paper}`));
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
    const decoded = decodeEscPos(await readFile(device));
    expect(decoded.lines).toContain('社会救助');
    expect(decoded.qrCodes).toEqual([job.qrPayload]);
    expect(decoded.statusRequests).toEqual([]);
    expect(statuses).toEqual(['true/unknown']);
  });

  it('is offline when the device is not there, and does not create it', async () => {
    const device = path.join(dir, 'lp9');
    const ticketPrinter = createTicketPrinter({ uri: device });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    expect(await ticketPrinter.status()).toMatchObject({ online: false, paper: 'unknown' });
    await expect(readFile(device)).rejects.toThrow(/ENOENT/);
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
