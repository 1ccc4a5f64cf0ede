import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a4QueueState, createA4Printer, renderNoticePdf } from '../../../electron/services/documents';
import { unfinishedJobs } from '../../../electron/services/documents/cups';
import { type CupsPdfQueue, createCupsPdfQueue, cupsMissing, removeQueue } from '../../support/cups';
import { fixtureView, HALL_NAME } from './support/notice-views';
import { pdfQrCodes } from './support/pdf-tools';

const view = fixtureView('residence-permit');
let dir: string;
let pdf: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'a4-printer-'));
  pdf = await renderNoticePdf(view, 'zh-CN', { hallName: HALL_NAME['zh-CN'] });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('A4 printing without CUPS', () => {
  it('says no-printer when no queue is configured', async () => {
    const a4 = createA4Printer({ queue: null, dataDir: dir });
    expect(await a4.print(pdf, 'notice')).toEqual({ status: 'failed', reason: 'no-printer' });
    expect(await a4QueueState(null)).toEqual({ queue: null, state: 'not configured' });
  });

  it('keeps each job of the virtual queue as a4-NNNN.pdf, numbered on', async () => {
    const dataDir = path.join(dir, 'virtual');
    const a4 = createA4Printer({ queue: 'virtual', dataDir });
    const outcomes = await Promise.all([a4.print(pdf, 'one'), a4.print(Buffer.from('%PDF-second'), 'two')]);
    expect(outcomes).toEqual([
      { status: 'printed', jobId: 'a4-0001' },
      { status: 'printed', jobId: 'a4-0002' },
    ]);
    const again = createA4Printer({ queue: 'virtual', dataDir });
    expect(await again.print(pdf, 'three')).toEqual({ status: 'printed', jobId: 'a4-0003' });
    const files = (await readdir(path.join(dataDir, 'a4-jobs'))).sort();
    expect(files).toEqual(['a4-0001.pdf', 'a4-0002.pdf', 'a4-0003.pdf']);
    expect((await readFile(path.join(dataDir, 'a4-jobs', 'a4-0001.pdf'))).equals(pdf)).toBe(true);
    expect(await a4.state()).toEqual({ queue: 'virtual', state: 'virtual' });
  });
});

const missing = cupsMissing();
if (missing) console.warn(`CUPS tests cannot run here: ${missing}`);

describe.skipIf(missing !== null && !process.env.CI)(
  'A4 printing through a real CUPS queue (cups-pdf)',
  () => {
    let queue: CupsPdfQueue;

    beforeAll(async () => {
      queue = await createCupsPdfQueue('kiosk-a4');
    }, 120_000);
    afterAll(async () => {
      await queue?.enable();
    });

    it('prints the notice: the job is followed to its end and cups-pdf writes it out', async () => {
      const title = `kiosk-test-${process.pid}-${Date.now()}`;
      const a4 = createA4Printer({ queue: queue.name, dataDir: dir, jobTimeoutMs: 60_000 });
      const outcome = await a4.print(pdf, title);
      expect(outcome).toMatchObject({ status: 'printed', jobId: expect.stringMatching(/^kiosk-a4-\d+$/) });
      const output = await queue.waitForOutput(title);
      // cups-pdf re-renders what it prints: check what a reader sees, the QR.
      expect(await pdfQrCodes(output)).toEqual([view.onlineUrl]);
      await rm(output);
      expect(await a4QueueState(queue.name)).toEqual({ queue: 'kiosk-a4', state: 'idle' });
    }, 120_000);

    it('says stopped when the queue is disabled, and prints nothing', async () => {
      await queue.disable();
      try {
        expect(await a4QueueState(queue.name)).toEqual({ queue: 'kiosk-a4', state: 'stopped' });
        const title = `kiosk-stopped-${process.pid}-${Date.now()}`;
        const a4 = createA4Printer({ queue: queue.name, dataDir: dir });
        expect(await a4.print(pdf, title)).toEqual({ status: 'failed', reason: 'stopped' });
        await expect(queue.waitForOutput(title, 1500)).rejects.toThrow(/no cups-pdf output/);
      } finally {
        await queue.enable();
      }
    }, 60_000);

    it('says rejected for a queue CUPS does not know', async () => {
      const a4 = createA4Printer({ queue: 'no-such-queue', dataDir: dir });
      expect(await a4.print(pdf, 'lost')).toEqual({ status: 'failed', reason: 'rejected' });
      expect(await a4QueueState('no-such-queue')).toEqual({ queue: 'no-such-queue', state: 'unknown' });
    }, 30_000);

    it('gives up with timeout, and withdraws the job, when the printer never finishes', async () => {
      // A network printer that takes the connection and never answers: the job stays "processing".
      const sockets: net.Socket[] = [];
      const silent = net.createServer((socket) => {
        sockets.push(socket);
        socket.pause();
      });
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as net.AddressInfo;
      const slow = await createCupsPdfQueue('kiosk-a4-silent', `socket://127.0.0.1:${port}`);
      try {
        const a4 = createA4Printer({ queue: slow.name, dataDir: dir, jobTimeoutMs: 3000, pollMs: 200 });
        const started = performance.now();
        expect(await a4.print(pdf, 'never')).toEqual({ status: 'failed', reason: 'timeout' });
        expect(performance.now() - started).toBeLessThan(15_000);
        const left = await unfinishedJobs(slow.name, 5000);
        expect(left).toEqual({ ok: true, value: [] });
      } finally {
        for (const socket of sockets) socket.destroy();
        silent.close();
        await removeQueue(slow.name);
      }
    }, 60_000);
  },
);
