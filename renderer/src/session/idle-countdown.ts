// The idle rule of every screen (WCAG 2.2.1): after a quiet spell a warning counts down the last
// `warningSeconds`, any activity starts over, and at zero the session ends.
import type { Clock, TimerHandle } from './clock';

export type IdleState =
  | { phase: 'active' }
  | { phase: 'warning'; secondsLeft: number }
  | { phase: 'expired' };

export interface IdleTimes {
  /** Quiet time from the last activity until the session ends. */
  idleSeconds: number;
  /** Length of the warning countdown; never cut short, even when idleSeconds is smaller. */
  warningSeconds: number;
}

export class IdleCountdown {
  private lastActivity = 0;
  private timer: TimerHandle | undefined;
  private state: IdleState = { phase: 'active' };
  private readonly warningStartMs: number;
  private readonly endMs: number;

  constructor(
    private readonly clock: Clock,
    times: IdleTimes,
    private readonly onChange: (state: IdleState) => void,
  ) {
    const warningMs = times.warningSeconds * 1000;
    this.warningStartMs = Math.max(0, times.idleSeconds * 1000 - warningMs);
    this.endMs = this.warningStartMs + warningMs;
  }

  /** Starts (or restarts) the quiet spell from now: the resident did something. */
  activity(): void {
    this.lastActivity = this.clock.now();
    this.setState({ phase: 'active' });
    this.schedule(this.warningStartMs);
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  current(): IdleState {
    return this.state;
  }

  private schedule(delayMs: number): void {
    this.stop();
    this.timer = this.clock.setTimeout(() => this.check(), Math.max(0, delayMs));
  }

  // Re-reads the clock on every tick, so late timers never show a wrong countdown.
  private check(): void {
    this.timer = undefined;
    const elapsed = this.clock.now() - this.lastActivity;
    if (elapsed >= this.endMs) {
      this.setState({ phase: 'expired' });
      return;
    }
    if (elapsed < this.warningStartMs) {
      this.schedule(this.warningStartMs - elapsed);
      return;
    }
    const msLeft = this.endMs - elapsed;
    this.setState({ phase: 'warning', secondsLeft: Math.ceil(msLeft / 1000) });
    // Next whole second of the countdown (or the end).
    this.schedule(msLeft % 1000 || 1000);
  }

  private setState(next: IdleState): void {
    const same =
      next.phase === this.state.phase &&
      (next.phase !== 'warning' ||
        (this.state.phase === 'warning' && this.state.secondsLeft === next.secondsLeft));
    this.state = next;
    if (!same) this.onChange(next);
  }
}
