// Failures a resident can be told about; the router maps `code` to the KioskApi error.
import type { KioskErrorCode } from '../../api';
import { CentralApiError } from '../central';

export class QueueError extends Error {
  constructor(
    readonly code: KioskErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'QueueError';
  }
}

const APPOINTMENT_CODES = new Set<KioskErrorCode>([
  'APPOINTMENT_NOT_FOUND',
  'APPOINTMENT_USED',
  'APPOINTMENT_TOO_EARLY',
  'APPOINTMENT_TOO_LATE',
]);

/** A central-API refusal (4xx) of a ticket, as the resident's error. */
export function refusalToQueueError(error: unknown): QueueError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof CentralApiError && error.kind === 'http') {
    const code = error.code as KioskErrorCode | undefined;
    if (code && APPOINTMENT_CODES.has(code)) return new QueueError(code, message, { cause: error });
    if (error.code === 'NUMBERS_EXHAUSTED')
      return new QueueError('NUMBERS_EXHAUSTED', message, { cause: error });
    if (error.status === 404) return new QueueError('SERVICE_NOT_FOUND', message, { cause: error });
    if (error.status === 409) return new QueueError('SERVICE_CLOSED', message, { cause: error });
  }
  return new QueueError('CENTRAL_UNAVAILABLE', message, { cause: error });
}
