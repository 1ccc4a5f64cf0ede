// Short timeouts and a circuit breaker around the central API (cockatiel). Once the breaker is
// open, taking a ticket goes straight to the offline path with no network round trip; background
// calls (the sync loop) are the half-open probes that close it again, never a resident's tap.
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  TaskCancelledError,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { CentralApiError } from '../central';

export interface CentralGuardOptions {
  /** A ticket call waits at most this long (then the kiosk issues offline). */
  ticketTimeoutMs: number;
  /** Any other call (hand-over, lease, heartbeat, check-in). */
  callTimeoutMs: number;
  failuresToOpen: number;
  halfOpenAfterMs: number;
}

export interface CentralGuard {
  /**
   * A call a resident waits for (ticket, service list): short timeout. While the breaker is not
   * closed it throws BrokenCircuitError at once, without calling: a resident is never the probe.
   */
  residentCall<T>(run: () => Promise<T>): Promise<T>;
  /** A background call (sync loop, heartbeat); when the breaker is due for a probe, this is it. */
  backgroundCall<T>(run: () => Promise<T>): Promise<T>;
  /** The breaker is closed: the central API answered the last calls. */
  isAvailable(): boolean;
  onChange(listener: (available: boolean) => void): void;
}

/**
 * An outage, not the resident's error: no answer, a timeout, a 5xx, a malformed answer, or the
 * breaker refusing to call. 4xx answers (unknown service, closed, bad code) are not outages.
 */
export function isOutage(error: unknown): boolean {
  if (error instanceof BrokenCircuitError || error instanceof TaskCancelledError) return true;
  if (error instanceof CentralApiError) {
    if (error.kind !== 'http') return true;
    return (error.status ?? 500) >= 500 || error.status === 408 || error.status === 429;
  }
  return false;
}

export function createCentralGuard(opts: CentralGuardOptions): CentralGuard {
  const breaker = circuitBreaker(handleWhen(isOutage), {
    halfOpenAfter: opts.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(opts.failuresToOpen),
  });
  // Aggressive: give up at the deadline even if the request is still in flight.
  const ticketPolicy = wrap(breaker, timeout(opts.ticketTimeoutMs, TimeoutStrategy.Aggressive));
  const callPolicy = wrap(breaker, timeout(opts.callTimeoutMs, TimeoutStrategy.Aggressive));
  const listeners: Array<(available: boolean) => void> = [];
  breaker.onStateChange((state) => {
    for (const listener of listeners) listener(state === CircuitState.Closed);
  });

  return {
    residentCall(run) {
      if (breaker.state !== CircuitState.Closed) return Promise.reject(new BrokenCircuitError());
      return ticketPolicy.execute(() => run());
    },
    backgroundCall: (run) => callPolicy.execute(() => run()),
    isAvailable: () => breaker.state === CircuitState.Closed,
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
