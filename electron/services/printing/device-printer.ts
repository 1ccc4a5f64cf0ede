// A printer reached as a device file (USB /dev/usb/lp0, serial /dev/ttyUSB0): bytes are written,
// nothing is read back, so paper and cover are unknown.
// The device is opened O_NONBLOCK: a blocking open or write on a device (or a FIFO) that does not
// take data would hold a libuv thread for good; non-blocking, a full device answers EAGAIN and we
// retry until the deadline, so a stuck printer costs a timeout, never a thread.
import { constants } from 'node:fs';
import { access, type FileHandle, open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { PrinterTransportError } from './tcp-connection';
import type { PrinterStatus } from './types';

/** Not there, or (a FIFO) nobody reading it: the printer is unplugged or switched off. */
const ABSENT_CODES = new Set(['ENOENT', 'ENXIO', 'ENODEV', 'ENOTDIR']);
const BUSY_CODES = new Set(['EAGAIN', 'EWOULDBLOCK']);
const RETRY_MS = 10;

function classify(error: unknown): PrinterTransportError {
  if (error instanceof PrinterTransportError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return new PrinterTransportError(ABSENT_CODES.has(code) ? 'offline' : 'error', message, { cause: error });
}

export async function deviceStatus(path: string, checkedAt: Date): Promise<PrinterStatus> {
  const problem = await access(path, constants.W_OK).then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  return {
    online: problem === undefined,
    paper: 'unknown',
    coverOpen: false,
    checkedAt: checkedAt.toISOString(),
    ...(problem === undefined ? {} : { problem }),
  };
}

/** Writes the whole job to the device within `timeoutMs`, else rejects with reason 'timeout'. */
export async function writeToDevice(path: string, bytes: Buffer, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let handle: FileHandle;
  try {
    // No O_CREAT: a missing device must not become a regular file in /dev.
    handle = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_NONBLOCK);
  } catch (error) {
    throw classify(error);
  }
  try {
    let offset = 0;
    while (offset < bytes.length) {
      const left = deadline - performance.now();
      if (left <= 0) {
        throw new PrinterTransportError(
          'timeout',
          `device ${path} took ${offset} of ${bytes.length} bytes in ${timeoutMs} ms`,
        );
      }
      try {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
        offset += bytesWritten;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (!BUSY_CODES.has(code)) throw classify(error);
        await sleep(Math.min(RETRY_MS, left));
      }
    }
  } finally {
    await handle.close().catch(() => {});
  }
}
