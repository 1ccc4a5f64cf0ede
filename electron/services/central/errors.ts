// The one error the central-API client throws. kind says what went wrong, for the caller to decide
// (unreachable/timeout: take the offline path; http: the server refused; invalid-payload: a bug
// or a mismatched server, never shown to residents as-is).
export type CentralApiErrorKind = 'unreachable' | 'timeout' | 'http' | 'invalid-payload';

export class CentralApiError extends Error {
  readonly kind: CentralApiErrorKind;
  /** The HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's error code (e.g. SERVICE_DISABLED), when it sent one. */
  readonly code?: string;
  /** With code SERVICE_CLOSED: when the service next opens (ISO), or null. */
  readonly opensAt?: string | null;
  /** With code APPOINTMENT_TOO_EARLY / APPOINTMENT_TOO_LATE: the booked time (ISO). */
  readonly appointmentTime?: string;

  constructor(
    kind: CentralApiErrorKind,
    message: string,
    opts: {
      status?: number;
      code?: string;
      opensAt?: string | null;
      appointmentTime?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CentralApiError';
    this.kind = kind;
    if (opts.status !== undefined) this.status = opts.status;
    if (opts.code !== undefined) this.code = opts.code;
    if (opts.opensAt !== undefined) this.opensAt = opts.opensAt;
    if (opts.appointmentTime !== undefined) this.appointmentTime = opts.appointmentTime;
  }
}

export const isCentralApiError = (e: unknown): e is CentralApiError => e instanceof CentralApiError;
