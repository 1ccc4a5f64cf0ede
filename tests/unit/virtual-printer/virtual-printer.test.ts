import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startVirtualPrinter, type VirtualPrinter } from '../../../fixtures/virtual-printer';

let outDir: string;
let printer: VirtualPrinter | undefined;

beforeEach(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'virtual-printer-'));
});
afterEach(async () => {
  await printer?.close();
  printer = undefined;
  await rm(outDir, { recursive: true, force: true });
});

/** Connects, sends `bytes`, collects what comes back for `listenMs`, then closes. */
async function converse(port: number, bytes: Buffer, listenMs = 150): Promise<Buffer> {
  const socket = net.connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const closed = new Promise((resolve) => socket.once('close', resolve));
  const received: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => received.push(chunk));
  socket.on('error', () => {});
  socket.write(bytes);
  await new Promise((resolve) => setTimeout(resolve, listenMs));
  socket.end();
  await closed;
  return Buffer.concat(received);
}

const STATUS_1_2_4 = Buffer.from([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);

describe('virtual printer', () => {
  it('answers DLE EOT 1, 2, 4 as an Epson printer would, for each behaviour', async () => {
    printer = await startVirtualPrinter({ outDir });
    expect(printer.url).toBe(`tcp://127.0.0.1:${printer.port}`);
    expect([...(await converse(printer.port, STATUS_1_2_4))]).toEqual([0x12, 0x12, 0x12]);

    // Paper out: offline, stopped by paper end, both paper sensors set (Epson reference values).
    printer.setBehaviour({ paper: 'out' });
    expect([...(await converse(printer.port, STATUS_1_2_4))]).toEqual([0x1a, 0x32, 0x7e]);

    printer.setBehaviour({ paper: 'near-end' });
    expect([...(await converse(printer.port, STATUS_1_2_4))]).toEqual([0x12, 0x12, 0x1e]);

    printer.setBehaviour({ paper: 'ok', coverOpen: true });
    expect([...(await converse(printer.port, STATUS_1_2_4))]).toEqual([0x1a, 0x16, 0x12]);

    printer.setBehaviour({ coverOpen: false, paper: 'out' });
    expect([...(await converse(printer.port, Buffer.from([0x1d, 0x72, 0x01])))]).toEqual([0x0f]);
  });

  it('does not count a status-only conversation as a job', async () => {
    printer = await startVirtualPrinter({ outDir });
    await converse(printer.port, STATUS_1_2_4);
    await expect(printer.waitForJobs(1, 200)).rejects.toThrow(/0 of 1 jobs/);
    expect(printer.jobs).toHaveLength(0);
  });

  it('records one job per connection and writes its transcript with a header', async () => {
    printer = await startVirtualPrinter({ outDir });
    const job = Buffer.concat([
      Buffer.from([0x1b, 0x40, 0x1c, 0x26]),
      Buffer.from([0xc9, 0xe7, 0xc7, 0xf8, 0x0a]), // 社区 in GB18030
      Buffer.from([0x1d, 0x56, 0x00]),
    ]);
    await converse(printer.port, job, 20);
    const [decoded] = await printer.waitForJobs(1, 2000);
    expect(decoded?.id).toBe(1);
    expect(decoded?.lines).toEqual(['社区']);
    expect(decoded?.cuts).toBe(1);
    expect(decoded?.bytes.equals(job)).toBe(true);
    expect(decoded?.lastByteAt).toBeGreaterThanOrEqual(decoded?.firstByteAt ?? Number.POSITIVE_INFINITY);
    expect(decoded?.file).toBe(path.join(outDir, 'job-0001.txt'));
    const transcript = await readFile(path.join(outDir, 'job-0001.txt'), 'utf8');
    expect(transcript.split('\n')[0]).toMatch(/^# job 1 \| received \d{4}-\d\d-\d\dT.* \| 12 bytes/);
    expect(transcript).toContain('社区');
    expect((await readFile(path.join(outDir, 'job-0001.bin'))).equals(job)).toBe(true);
  });

  it('continues numbering after the jobs already in its folder', async () => {
    await writeFile(path.join(outDir, 'job-0041.txt'), 'earlier run');
    printer = await startVirtualPrinter({ outDir });
    await converse(printer.port, Buffer.from('hello\n'), 10);
    const [job] = await printer.waitForJobs(1, 2000);
    expect(job?.id).toBe(42);
  });

  it('stays silent when told not to answer', async () => {
    printer = await startVirtualPrinter({ outDir, behaviour: { noAnswer: true } });
    expect((await converse(printer.port, STATUS_1_2_4, 200)).length).toBe(0);
  });

  it('drops the connection after disconnectAfterBytes and marks the job truncated', async () => {
    printer = await startVirtualPrinter({ outDir, behaviour: { disconnectAfterBytes: 4 } });
    await converse(printer.port, Buffer.from('abcdefgh\n'), 50);
    const [job] = await printer.waitForJobs(1, 2000);
    expect(job?.truncated).toBe(true);
    expect(job?.bytes.toString()).toBe('abcd');
  });
});
