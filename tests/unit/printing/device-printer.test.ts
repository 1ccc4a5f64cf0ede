import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTicketPrinter } from '../../../electron/services/printing';
import { writeToDevice } from '../../../electron/services/printing/device-printer';
import { decodeEscPos } from '../../../fixtures/virtual-printer';
import { socialAssistance as job } from './sample-jobs';

let dir: string;
let fifo: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'device-printer-'));
  fifo = path.join(dir, 'lp0');
  execFileSync('mkfifo', [fifo]); // a character device stand-in: writes block when nobody reads
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a printer on a device path (USB / serial), simulated by a FIFO', () => {
  it('prints the whole ticket to a reader on the other end', async () => {
    const reader = createReadStream(fifo);
    const received = (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of reader) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    })();
    // The reader's open() waits for a writer, but the kernel counts it as a reader meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ticketPrinter = createTicketPrinter({ uri: fifo, jobTimeoutMs: 2000 });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
    const decoded = decodeEscPos(await received);
    expect(decoded.lines).toContain('C015');
    expect(decoded.qrCodes).toEqual([job.qrPayload]);
    expect(decoded.cuts).toBe(1);
    expect(await ticketPrinter.status()).toMatchObject({ online: true, paper: 'unknown' });
  });

  it('is offline at once when nothing is on the other end (printer unplugged)', async () => {
    const ticketPrinter = createTicketPrinter({ uri: fifo, jobTimeoutMs: 2000 });
    const started = performance.now();
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('times out, within its budget and without holding a thread, when the device stops taking data', async () => {
    // Opened for reading and never read: the pipe buffer (64 KiB) fills and writes get EAGAIN.
    const stuck = await open(fifo, 'r+');
    try {
      const started = performance.now();
      const write = writeToDevice(fifo, Buffer.alloc(1024 * 1024, 0x20), 300);
      await expect(write).rejects.toMatchObject({ reason: 'timeout' });
      const ms = performance.now() - started;
      expect(ms).toBeGreaterThanOrEqual(290);
      // Generous: the budget is 300 ms; the bound only proves the write gave up, on a loaded machine.
      expect(ms).toBeLessThan(2000);
      // The libuv pool is free: a file read still completes promptly.
      const probe = path.join(dir, 'probe');
      await writeFile(probe, 'ok');
      expect(await readFile(probe, 'utf8')).toBe('ok');
    } finally {
      await stuck.close();
    }
  });

  it('appends each job to a plain file standing in for the device', async () => {
    const file = path.join(dir, 'spool');
    await writeFile(file, '');
    const ticketPrinter = createTicketPrinter({ uri: file });
    await ticketPrinter.printTicket(job);
    await ticketPrinter.printTicket({ ...job, number: 'C016' });
    const decoded = decodeEscPos(await readFile(file));
    expect(decoded.cuts).toBe(2);
    expect(decoded.lines.filter((line) => /^C01[56]$/.test(line))).toEqual(['C015', 'C016']);
  });
});
