// The real TicketPrinter: status check, the job, status again; one conversation at a time; every
// failure is a PrintOutcome, never an exception (a ticket whose print failed is still shown on
// screen), and every call is bounded in time whatever the printer does.
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { deviceStatus, writeToDevice } from './device-printer';
import { buildTicketBytes } from './escpos-ticket';
import { type PrinterAddress, parsePrinterUri } from './printer-uri';
import {
  interpretStatusAnswer,
  STATUS_ANSWER_LENGTH,
  STATUS_REQUEST,
  unreachableStatus,
} from './realtime-status';
import { PrinterTransportError, TcpPrinterConnection } from './tcp-connection';
import { layoutTicket } from './ticket-layout';
import type {
  PrinterStatus,
  PrintFailureReason,
  PrintOutcome,
  SlipPrintJob,
  ThermalPrinter,
  TicketPrintJob,
} from './types';

/** The subset of a pino logger we use: staff see the reason, the log sees the detail. */
export interface PrintLog {
  warn(detail: object, message: string): void;
}

export interface TicketPrinterOptions {
  /** tcp://host[:port], file:///dev/usb/lp0 or an absolute device path. */
  uri: string;
  /** Budget to connect and get the status answer before a job, default 800 ms. */
  timeoutMs?: number;
  /** Budget to send one job and get the printer's answer after it, default 10 s. */
  jobTimeoutMs?: number;
  /** Hall time zone for the printed time, default Asia/Shanghai. */
  timeZone?: string;
  clock?: Clock;
  log?: PrintLog;
}

/**
 * Throws only for a malformed URI (a configuration error, caught when the kiosk starts).
 * `printTicket` and `printLines` resolve within timeoutMs + jobTimeoutMs of the call, time spent
 * waiting behind another job or a status poll included.
 */
export function createTicketPrinter(options: TicketPrinterOptions): ThermalPrinter {
  const address = parsePrinterUri(options.uri);
  const timeoutMs = options.timeoutMs ?? 800;
  const jobTimeoutMs = options.jobTimeoutMs ?? 10_000;
  const clock = options.clock ?? systemClock;
  const listeners = new Set<(status: PrinterStatus) => void>();
  const report = (status: PrinterStatus) => {
    for (const listener of listeners) {
      try {
        listener(status);
      } catch (error) {
        options.log?.warn({ err: error }, 'printer status listener failed');
      }
    }
  };

  // One conversation with the printer at a time: jobs and status polls queue here, so bytes of
  // two tickets never interleave and a poll never opens a second connection.
  let queue: Promise<unknown> = Promise.resolve();
  const serialize = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  async function printTicket(job: TicketPrintJob): Promise<PrintOutcome> {
    let bytes: Buffer;
    try {
      bytes = buildTicketBytes(layoutTicket(job, { timeZone: options.timeZone }), job.paperWidth);
    } catch (error) {
      options.log?.warn({ err: error, number: job.number }, 'ticket could not be laid out');
      return { status: 'failed', reason: 'error' };
    }
    return printBytes(bytes, { number: job.number }, 'ticket');
  }

  /** Any laid-out slip (e.g. a notice's materials checklist), in the same queue as tickets. */
  async function printLines(job: SlipPrintJob): Promise<PrintOutcome> {
    let bytes: Buffer;
    try {
      bytes = buildTicketBytes(job.lines, job.paperWidth);
    } catch (error) {
      options.log?.warn({ err: error, slip: job.label }, 'slip could not be laid out');
      return { status: 'failed', reason: 'error' };
    }
    return printBytes(bytes, { slip: job.label }, 'slip');
  }

  async function printBytes(bytes: Buffer, context: object, what: string): Promise<PrintOutcome> {
    let abandoned = false;
    const work = serialize(async (): Promise<PrintOutcome> => {
      // The caller was already told 'timeout': printing it now would surprise the resident.
      if (abandoned) return { status: 'failed', reason: 'timeout' };
      try {
        await sendJob(address, bytes);
        return { status: 'printed' };
      } catch (error) {
        const failure = toTransportError(error);
        options.log?.warn(
          { err: failure, reason: failure.reason, uri: options.uri, ...context },
          `${what} not printed`,
        );
        return { status: 'failed', reason: failure.reason };
      }
    });
    const budget = timeoutMs + jobTimeoutMs;
    return withDeadline(work, budget, () => {
      abandoned = true;
      options.log?.warn({ uri: options.uri, ...context, budgetMs: budget }, `${what} print timed out`);
      return { status: 'failed', reason: 'timeout' };
    });
  }

  async function sendJob(target: PrinterAddress, bytes: Buffer): Promise<void> {
    if (target.kind === 'device') {
      try {
        await writeToDevice(target.path, bytes, jobTimeoutMs);
      } catch (error) {
        report(unreachable(error));
        throw error;
      }
      report(await deviceStatus(target.path, clock.now()));
      return;
    }
    const started = performance.now();
    let connection: TcpPrinterConnection | undefined;
    let blocked = false;
    try {
      connection = await TcpPrinterConnection.open(target.host, target.port, timeoutMs);
      const before = await readStatus(connection, timeoutMs - (performance.now() - started));
      blocked = before.blocker !== null;
      if (before.blocker)
        throw new PrinterTransportError(before.blocker, `printer not ready: ${before.blocker}`);
      connection.write(bytes);
      // A printer answers a status request after reading every byte sent before it: this answer is
      // the proof that the whole job arrived (a socket write "finishing" only means the OS has it).
      const after = await readStatus(connection, jobTimeoutMs);
      blocked = after.blocker !== null;
      if (after.blocker)
        throw new PrinterTransportError(after.blocker, `printer stopped during the job: ${after.blocker}`);
    } catch (error) {
      if (!blocked) report(unreachable(error));
      throw error;
    } finally {
      connection?.close();
    }
  }

  async function readStatus(connection: TcpPrinterConnection, budgetMs: number) {
    const answer = await connection.ask(STATUS_REQUEST, STATUS_ANSWER_LENGTH, Math.max(1, budgetMs));
    const reading = interpretStatusAnswer(answer, clock.now());
    report(reading.status);
    return reading;
  }

  function unreachable(error: unknown): PrinterStatus {
    return { ...unreachableStatus(clock.now()), problem: toTransportError(error).message };
  }

  async function status(): Promise<PrinterStatus> {
    return serialize(async () => {
      if (address.kind === 'device') {
        const status = await deviceStatus(address.path, clock.now());
        report(status);
        return status;
      }
      const started = performance.now();
      let connection: TcpPrinterConnection | undefined;
      try {
        connection = await TcpPrinterConnection.open(address.host, address.port, timeoutMs);
        return (await readStatus(connection, timeoutMs - (performance.now() - started))).status;
      } catch (error) {
        const status = unreachable(error);
        report(status);
        return status;
      } finally {
        connection?.close();
      }
    });
  }

  function onStatus(listener: (status: PrinterStatus) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { printTicket, printLines, status, onStatus };
}

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

function toTransportError(error: unknown): PrinterTransportError {
  if (error instanceof PrinterTransportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PrinterTransportError('error' satisfies PrintFailureReason, message, { cause: error });
}
