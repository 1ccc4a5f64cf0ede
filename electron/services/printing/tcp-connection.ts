// One TCP conversation with a network printer (port 9100): ask status, send the job, ask status
// again on the same connection, so nothing can change between the check and the print, and the
// second answer proves the printer read every byte of the job.
import net from 'node:net';
import type { PrintFailureReason } from './types';

/** A transport failure already classified into the reason a resident and staff will see. */
export class PrinterTransportError extends Error {
  constructor(
    readonly reason: PrintFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PrinterTransportError';
  }
}

const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

function classify(error: unknown): PrinterTransportError {
  if (error instanceof PrinterTransportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return new PrinterTransportError(UNREACHABLE_CODES.has(code) ? 'offline' : 'error', message, {
    cause: error,
  });
}

export class TcpPrinterConnection {
  private received = Buffer.alloc(0);
  private failure: PrinterTransportError | null = null;
  private wake: (() => void) | null = null;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.wake?.();
    });
    socket.on('error', (error) => {
      this.failure ??= classify(error);
      this.wake?.();
    });
    socket.on('close', () => {
      this.failure ??= new PrinterTransportError('error', 'the printer closed the connection');
      this.wake?.();
    });
  }

  /** Connects within `timeoutMs`; an unreachable printer rejects with reason 'offline'. */
  static open(host: string, port: number, timeoutMs: number): Promise<TcpPrinterConnection> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new PrinterTransportError('offline', `no connection to ${host}:${port} within ${timeoutMs} ms`),
        );
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeAllListeners('error');
        socket.setNoDelay(true);
        resolve(new TcpPrinterConnection(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(classify(error));
      });
    });
  }

  /** Queues bytes for the printer; a failure surfaces at the next `ask`. */
  write(bytes: Buffer): void {
    if (!this.failure) this.socket.write(bytes);
  }

  /**
   * Sends `request` and waits for exactly `length` answer bytes. Silence rejects with 'timeout';
   * a connection closed or reset before the answer rejects with 'error'.
   */
  async ask(request: Buffer, length: number, timeoutMs: number): Promise<Buffer> {
    this.write(request);
    const deadline = performance.now() + timeoutMs;
    while (this.received.length < length) {
      if (this.failure) throw this.failure;
      const left = deadline - performance.now();
      if (left <= 0) {
        throw new PrinterTransportError('timeout', `no status answer within ${Math.round(timeoutMs)} ms`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
    const answer = this.received.subarray(0, length);
    this.received = this.received.subarray(length);
    return answer;
  }

  /** Ends the conversation; the job was already acknowledged, so nothing in flight is lost. */
  close(): void {
    this.socket.destroy();
  }
}
