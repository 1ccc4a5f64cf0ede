// A printer reached as a device file (USB /dev/usb/lp0, serial /dev/ttyUSB0): bytes are written,
// nothing is read back, so paper and cover are unknown before the job.
import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';
import { PrinterTransportError } from './tcp-connection';
import type { PrinterStatus } from './types';

const ABSENT_CODES = new Set(['ENOENT', 'ENXIO', 'ENODEV']);

function classify(error: unknown): PrinterTransportError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  return new PrinterTransportError(ABSENT_CODES.has(code) ? 'offline' : 'error', message, { cause: error });
}

export async function deviceStatus(path: string, checkedAt: Date): Promise<PrinterStatus> {
  const online = await access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
  return { online, paper: 'unknown', coverOpen: false, checkedAt: checkedAt.toISOString() };
}

/**
 * Writes the job to the device within `timeoutMs`. A blocked device write cannot be cancelled
 * (it holds a libuv thread until the device gives up); we stop waiting and report 'timeout'.
 */
export async function writeToDevice(path: string, bytes: Buffer, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new PrinterTransportError('timeout', `device ${path} did not take the job in ${timeoutMs} ms`),
        ),
      timeoutMs,
    );
  });
  const write = (async () => {
    const handle = await open(path, 'w');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
  })().catch((error: unknown) => {
    throw classify(error);
  });
  try {
    await Promise.race([write, timeout]);
  } finally {
    clearTimeout(timer);
    write.catch(() => {}); // a late failure after a timeout is already reported
  }
}
