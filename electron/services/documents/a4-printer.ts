// A4 printing through the OS print system: `lp` to the configured CUPS queue, then the job is
// followed with `lpstat` until it leaves the queue's unfinished jobs (done), the queue turns out
// stopped, or time runs out. Never through Electron's PDF viewer (DESIGN.md, Printing).
// queue null: no A4 printer. queue 'virtual': the PDF is kept in <dataDir>/a4-jobs (demo, tests).
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { A4PrintOutcome } from '../../api';
import { cancel, queueCondition, submit, unfinishedJobs } from './cups';

export const VIRTUAL_QUEUE = 'virtual';

export type A4QueueStateName = 'idle' | 'printing' | 'stopped' | 'not configured' | 'virtual' | 'unknown';
export interface A4QueueState {
  queue: string | null;
  state: A4QueueStateName;
}

/** The subset of a pino logger we use. */
export interface DocumentsLog {
  warn(detail: object, message: string): void;
}

export interface A4PrinterOptions {
  /** A CUPS queue name, 'virtual', or null (no A4 printer). */
  queue: string | null;
  /** The kiosk's data folder: the virtual queue writes <dataDir>/a4-jobs/a4-NNNN.pdf. */
  dataDir: string;
  /** From lp to the job leaving the queue, default 60 s. */
  jobTimeoutMs?: number;
  /** Between two lpstat looks, default 250 ms. */
  pollMs?: number;
  /** One lp or lpstat call, default 5 s. */
  commandTimeoutMs?: number;
  log?: DocumentsLog;
}

export interface A4Printer {
  print(pdf: Buffer, title: string): Promise<A4PrintOutcome>;
  state(): Promise<A4QueueState>;
}

export function createA4Printer(options: A4PrinterOptions): A4Printer {
  const { queue, log } = options;
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  const pollMs = options.pollMs ?? 250;
  const commandTimeoutMs = options.commandTimeoutMs ?? 5_000;
  const virtualDir = path.join(options.dataDir, 'a4-jobs');
  // Virtual jobs are numbered one after the other, so they are written one at a time.
  let virtualQueue: Promise<unknown> = Promise.resolve();

  async function print(pdf: Buffer, title: string): Promise<A4PrintOutcome> {
    if (queue === null) return { status: 'failed', reason: 'no-printer' };
    if (queue === VIRTUAL_QUEUE) {
      const next = virtualQueue.then(() => keepVirtualJob(virtualDir, pdf));
      virtualQueue = next.catch(() => {});
      try {
        return { status: 'printed', jobId: await next };
      } catch (error) {
        log?.warn({ err: error, dir: virtualDir }, 'virtual A4 job not written');
        return { status: 'failed', reason: 'error' };
      }
    }
    try {
      return await printThroughCups(queue, pdf, title);
    } catch (error) {
      log?.warn({ err: error, queue }, 'A4 job failed');
      return { status: 'failed', reason: 'error' };
    }
  }

  async function printThroughCups(queue: string, pdf: Buffer, title: string): Promise<A4PrintOutcome> {
    const before = await queueCondition(queue, commandTimeoutMs);
    if (before.ok && before.value === 'stopped') {
      log?.warn({ queue }, 'A4 queue is stopped: job not sent');
      return { status: 'failed', reason: 'stopped' };
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'kiosk-a4-'));
    let jobId: string;
    try {
      const file = path.join(dir, 'notice.pdf');
      await writeFile(file, pdf);
      // lp hands the file's bytes to the scheduler before it answers: the copy can go right after.
      const submitted = await submit(queue, file, title, commandTimeoutMs);
      if (!submitted.ok) {
        log?.warn({ queue, failure: submitted.failure }, 'lp refused the A4 job');
        return { status: 'failed', reason: submitted.failure.code === 'ENOENT' ? 'error' : 'rejected' };
      }
      jobId = submitted.value;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return follow(queue, jobId);
  }

  /** Polls until the job is no longer unfinished; a stopped queue or the deadline ends it early. */
  async function follow(queue: string, jobId: string): Promise<A4PrintOutcome> {
    const deadline = performance.now() + jobTimeoutMs;
    for (;;) {
      const unfinished = await unfinishedJobs(queue, commandTimeoutMs);
      if (unfinished.ok && !unfinished.value.includes(jobId)) return { status: 'printed', jobId };
      const condition = await queueCondition(queue, commandTimeoutMs);
      if (condition.ok && condition.value === 'stopped') {
        // The resident is told now; the job must not come out hours later when staff resume the queue.
        await cancel(jobId, commandTimeoutMs);
        log?.warn({ queue, jobId }, 'A4 queue stopped with the job in it: job cancelled');
        return { status: 'failed', reason: 'stopped' };
      }
      const left = deadline - performance.now();
      if (left <= 0) {
        await cancel(jobId, commandTimeoutMs);
        log?.warn({ queue, jobId, jobTimeoutMs }, 'A4 job did not finish in time: job cancelled');
        return { status: 'failed', reason: 'timeout' };
      }
      await sleep(Math.min(pollMs, left));
    }
  }

  return { print, state: () => a4QueueState(queue, commandTimeoutMs) };
}

/** What the staff device page shows of the A4 queue, in a few words. */
export async function a4QueueState(queue: string | null, commandTimeoutMs = 5_000): Promise<A4QueueState> {
  if (queue === null) return { queue, state: 'not configured' };
  if (queue === VIRTUAL_QUEUE) return { queue, state: 'virtual' };
  const condition = await queueCondition(queue, commandTimeoutMs);
  return { queue, state: condition.ok && condition.value ? condition.value : 'unknown' };
}

/** Writes a4-NNNN.pdf, numbering on after the files already there; returns "a4-NNNN". */
async function keepVirtualJob(dir: string, pdf: Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const numbers = (await readdir(dir)).map((name) => /^a4-(\d+)\.pdf$/.exec(name)?.[1]).map(Number);
  const next = Math.max(0, ...numbers.filter((n) => Number.isInteger(n))) + 1;
  const name = `a4-${String(next).padStart(4, '0')}`;
  await writeFile(path.join(dir, `${name}.pdf`), pdf, { flag: 'wx' });
  return name;
}
