import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RECOVERY_POLICY,
  INITIAL_RECOVERY_STATE,
  type RecoveryDecision,
  type RecoveryPolicy,
  type RecoveryState,
  recordRendererFailure,
} from '../../../electron/shell/lockdown/restart-policy';

function failAt(times: number[], policy: RecoveryPolicy = DEFAULT_RECOVERY_POLICY): RecoveryDecision[] {
  let state: RecoveryState = INITIAL_RECOVERY_STATE;
  return times.map((at) => {
    const result = recordRendererFailure(state, at, policy);
    state = result.state;
    return result.decision;
  });
}

describe('renderer crash recovery', () => {
  it('reloads after 1 s, 2 s, 4 s, 8 s, 16 s for crashes close together', () => {
    const decisions = failAt([0, 1_000, 3_000, 7_000, 15_000]);
    expect(decisions.map((d) => (d.action === 'reload' ? d.delayMs : 'exit'))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000,
    ]);
  });

  it('exits with code 1 on the failure after the limit, so that systemd restarts the kiosk', () => {
    const decisions = failAt([0, 1_000, 3_000, 7_000, 15_000, 31_000]);
    expect(decisions.at(-1)).toEqual({ action: 'exit', exitCode: 1, failuresInWindow: 6 });
    expect(decisions.slice(0, 5).every((d) => d.action === 'reload')).toBe(true);
  });

  it('caps the delay at 30 s', () => {
    const policy: RecoveryPolicy = { ...DEFAULT_RECOVERY_POLICY, maxFailures: 100 };
    const decisions = failAt(
      Array.from({ length: 40 }, (_, i) => i * 10),
      policy,
    );
    const delays = decisions.map((d) => (d.action === 'reload' ? d.delayMs : -1));
    expect(Math.max(...delays)).toBe(30_000);
    expect(delays.at(-1)).toBe(30_000);
    expect(backoffDelayMs(10_000, policy)).toBe(30_000);
  });

  it('forgets failures older than the window: a crash a day is not a crash loop', () => {
    const day = 24 * 60 * 60_000;
    const decisions = failAt(Array.from({ length: 20 }, (_, i) => i * day));
    expect(decisions.every((d) => d.action === 'reload' && d.delayMs === 1_000)).toBe(true);
  });

  it('counts only failures inside the window when deciding to exit', () => {
    const { windowMs } = DEFAULT_RECOVERY_POLICY;
    // Five early failures, then five more once the first ones have aged out: never more than 5 at once.
    const early = [0, 1, 2, 3, 4];
    const late = early.map((t) => t + windowMs + 10);
    const decisions = failAt([...early, ...late]);
    expect(decisions.every((d) => d.action === 'reload')).toBe(true);
    expect(decisions.at(-1)).toMatchObject({ failuresInWindow: 5 });
  });

  it('does not mutate the state it is given', () => {
    const state: RecoveryState = { failures: [5] };
    recordRendererFailure(state, 10);
    expect(state.failures).toEqual([5]);
  });
});
