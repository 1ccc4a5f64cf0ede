// What to do when the kiosk page crashes or hangs: reload it after an exponential backoff
// (1 s, 2 s, 4 s ... capped), and when it keeps failing, exit with an error so that the
// supervisor (systemd Restart=always) starts a fresh process. A kiosk never sits on a blank
// or frozen screen waiting for a human.

export interface RecoveryPolicy {
  /** Delay before the first reload. */
  baseDelayMs: number;
  /** Cap of the backoff. */
  maxDelayMs: number;
  /** More failures than this within `windowMs` -> exit. */
  maxFailures: number;
  windowMs: number;
}

export const DEFAULT_RECOVERY_POLICY: RecoveryPolicy = {
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxFailures: 5,
  windowMs: 10 * 60_000,
};

/** Times (ms) of recent failures, oldest first. Treat as immutable. */
export interface RecoveryState {
  failures: readonly number[];
}

export type RecoveryDecision =
  | { action: 'reload'; delayMs: number; failuresInWindow: number }
  | { action: 'exit'; exitCode: 1; failuresInWindow: number };

export const INITIAL_RECOVERY_STATE: RecoveryState = { failures: [] };

export function backoffDelayMs(failuresInWindow: number, policy: RecoveryPolicy): number {
  const exponent = Math.max(0, failuresInWindow - 1);
  // Cap the exponent too so that 2 ** n never overflows into Infinity.
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

/** Records a failure at `nowMs` and decides: reload after a delay, or exit. */
export function recordRendererFailure(
  state: RecoveryState,
  nowMs: number,
  policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY,
): { state: RecoveryState; decision: RecoveryDecision } {
  const failures = [...state.failures.filter((at) => nowMs - at < policy.windowMs), nowMs];
  const next: RecoveryState = { failures };
  if (failures.length > policy.maxFailures) {
    return { state: next, decision: { action: 'exit', exitCode: 1, failuresInWindow: failures.length } };
  }
  return {
    state: next,
    decision: {
      action: 'reload',
      delayMs: backoffDelayMs(failures.length, policy),
      failuresInWindow: failures.length,
    },
  };
}
