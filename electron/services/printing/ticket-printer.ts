// The real TicketPrinter: status check, then the job, one job at a time; every failure is a
// PrintOutcome, never an exception (a ticket whose print failed is still shown on screen).
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { deviceStatus, writeToDevice } from './device-printer';
import { buildTicketBytes } from './escpos-ticket';
import { type PrinterAddress, parsePrinterUri } from './printer-uri';
import {
  interpretStatusAnswer,
  STATUS_ANSWER_LENGTH,
  STATUS_REQUEST,
  type StatusReading,
  unreachableStatus,
} from './realtime-status';
import { PrinterTransportError, TcpPrinterConnection } from './tcp-connection';
import { layoutTicket } from './ticket-layout';
import type { PrinterStatus, PrintOutcome, TicketPrinter, TicketPrintJob } from './types';

/** The subset of a pino logger we use: staff see the reason, the log sees the detail. */
export interface PrintLog {
  warn(detail: object, message: string): void;
}

export interface TicketPrinterOptions {
  /** tcp://host[:port], file:///dev/usb/lp0 or an absolute device path. */
  uri: string;
  /** Connect and status-answer budget, default 800 ms. */
  timeoutMs?: number;
  /** Budget for sending one job, default 10 s. */
  jobTimeoutMs?: number;
  /** Hall time zone for the printed time, default Asia/Shanghai. */
  timeZone?: string;
  clock?: Clock;
  log?: PrintLog;
}

/** Throws only for a malformed URI (a configuration error, caught when the kiosk starts). */
export function createTicketPrinter(options: TicketPrinterOptions): TicketPrinter {
  const address = parsePrinterUri(options.uri);
  const timeoutMs = options.timeoutMs ?? 800;
  const jobTimeoutMs = options.jobTimeoutMs ?? 10_000;
  const clock = options.clock ?? systemClock;
  // One printer, one job at a time: concurrent tickets queue here instead of interleaving bytes.
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
    return serialize(async () => {
      try {
        await sendJob(address, bytes);
        return { status: 'printed' } as const;
      } catch (error) {
        const failure = toTransportError(error);
        options.log?.warn(
          { err: failure, reason: failure.reason, uri: options.uri, number: job.number },
          'ticket not printed',
        );
        return { status: 'failed', reason: failure.reason } as const;
      }
    });
  }

  async function sendJob(target: PrinterAddress, bytes: Buffer): Promise<void> {
    if (target.kind === 'device') {
      await writeToDevice(target.path, bytes, jobTimeoutMs);
      return;
    }
    const connection = await TcpPrinterConnection.open(target.host, target.port, timeoutMs);
    try {
      const { blocker } = await readStatus(connection);
      if (blocker) throw new PrinterTransportError(blocker, `printer not ready: ${blocker}`);
      await connection.sendAndClose(bytes, jobTimeoutMs);
    } finally {
      connection.close();
    }
  }

  async function readStatus(connection: TcpPrinterConnection): Promise<StatusReading> {
    const answer = await connection.ask(STATUS_REQUEST, STATUS_ANSWER_LENGTH, timeoutMs);
    return interpretStatusAnswer(answer, clock.now());
  }

  async function status(): Promise<PrinterStatus> {
    return serialize(async () => {
      if (address.kind === 'device') return deviceStatus(address.path, clock.now());
      try {
        const connection = await TcpPrinterConnection.open(address.host, address.port, timeoutMs);
        try {
          return (await readStatus(connection)).status;
        } finally {
          connection.close();
        }
      } catch {
        return unreachableStatus(clock.now());
      }
    });
  }

  return { printTicket, status };
}

function toTransportError(error: unknown): PrinterTransportError {
  if (error instanceof PrinterTransportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new PrinterTransportError('error', message, { cause: error });
}
