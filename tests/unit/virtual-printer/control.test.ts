import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTicketPrinter } from '../../../electron/services/printing';
import {
  type PrinterControl,
  setRemoteBehaviour,
  startPrinterControl,
  startVirtualPrinter,
  type VirtualPrinter,
} from '../../../fixtures/virtual-printer';
import { socialAssistance as job } from '../printing/sample-jobs';

let dir: string;
let printer: VirtualPrinter | undefined;
let control: PrinterControl | undefined;
let child: ChildProcess | undefined;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'printer-control-'));
});
afterEach(async () => {
  await control?.close();
  await printer?.close();
  if (child?.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  control = printer = child = undefined;
  await rm(dir, { recursive: true, force: true });
});

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('virtual printer behaviours', () => {
  it('refuses connections while told to, on the same port afterwards', async () => {
    printer = await startVirtualPrinter({ outDir: dir });
    expect(await connects(printer.port)).toBe(true);
    await printer.setBehaviour({ refuse: true });
    expect(await connects(printer.port)).toBe(false);
    await printer.setBehaviour({ refuse: false });
    expect(await connects(printer.port)).toBe(true);
  });

  it('stops reading after stallAfterBytes and records what it read as a stalled job', async () => {
    printer = await startVirtualPrinter({ outDir: dir, behaviour: { stallAfterBytes: 5 } });
    const socket = net.connect({ host: '127.0.0.1', port: printer.port });
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write('abcdefghij\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    const [stalled] = await printer.waitForJobs(1, 2000);
    expect(stalled?.bytes.toString()).toBe('abcde');
    expect(stalled?.stalled).toBe(true);
  });
});

describe('the control API', () => {
  it('changes the behaviour over HTTP, validates it, and lists jobs', async () => {
    printer = await startVirtualPrinter({ outDir: dir });
    control = await startPrinterControl(printer);
    const ticketPrinter = createTicketPrinter({ uri: printer.url });

    expect(await setRemoteBehaviour(control.url, { paper: 'out' })).toMatchObject({ paper: 'out' });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'paper-out' });
    await setRemoteBehaviour(control.url, { paper: 'ok', disconnectAfterBytes: 100 });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'error' });
    await setRemoteBehaviour(control.url, { disconnectAfterBytes: null });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });

    const bad = await fetch(`${control.url}/behaviour`, { method: 'POST', body: '{"paper":"empty"}' });
    expect(bad.status).toBe(400);
    const notJson = await fetch(`${control.url}/behaviour`, { method: 'POST', body: 'paper=out' });
    expect(notJson.status).toBe(400);
    expect(await (await fetch(`${control.url}/behaviour`)).json()).toMatchObject({
      paper: 'ok',
      disconnectAfterBytes: null,
    });

    await printer.waitForJobs(2, 2000);
    const jobs = (await (await fetch(`${control.url}/jobs`)).json()) as {
      truncated: boolean;
      qrCodes: string[];
    }[];
    expect(jobs.map((j) => j.truncated)).toEqual([true, false]);
    expect(jobs[1]?.qrCodes).toEqual([job.qrPayload]);
  });

  it('works from another process: the CLI with --control-port', async () => {
    child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'fixtures/virtual-printer/main.ts',
        '--port',
        '0',
        '--control-port',
        '0',
        '--out',
        dir,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const urls: Record<string, string> = {};
    const timeout = setTimeout(() => child?.kill('SIGKILL'), 20_000);
    for await (const line of lines) {
      const match = /^(printer|control): (\S+)/.exec(line);
      if (match?.[1] && match[2]) urls[match[1]] = match[2];
      if (urls.printer && urls.control) break;
    }
    clearTimeout(timeout);
    expect(urls.printer).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const ticketPrinter = createTicketPrinter({ uri: urls.printer ?? '', timeoutMs: 300 });
    await setRemoteBehaviour(urls.control ?? '', { coverOpen: true });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'cover-open' });
    await setRemoteBehaviour(urls.control ?? '', { coverOpen: false, noAnswer: true });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'timeout' });
    await setRemoteBehaviour(urls.control ?? '', { noAnswer: false, refuse: true });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'failed', reason: 'offline' });
    await setRemoteBehaviour(urls.control ?? '', { refuse: false });
    expect(await ticketPrinter.printTicket(job)).toEqual({ status: 'printed' });
  });
});
