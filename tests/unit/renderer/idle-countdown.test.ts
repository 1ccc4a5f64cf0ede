import { describe, expect, it } from 'vitest';
import type { Clock, TimerHandle } from '../../../renderer/src/session/clock';
import { IdleCountdown, type IdleState } from '../../../renderer/src/session/idle-countdown';

/** A clock that only moves when the test says so, running due timers in order. */
class ManualClock implements Clock {
  private time = 1_000_000;
  private nextId = 1;
  private timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id as unknown as TimerHandle;
  }
  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle as unknown as number);
  }
  pending(): number {
    return this.timers.size;
  }
  advance(ms: number): void {
    const end = this.time + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      const due = [...this.timers.entries()]
        .filter(([, t]) => t.at <= end)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}

function setup(idleSeconds: number, warningSeconds: number) {
  const clock = new ManualClock();
  const states: IdleState[] = [];
  const countdown = new IdleCountdown(clock, { idleSeconds, warningSeconds }, (s) => states.push(s));
  return { clock, states, countdown };
}

describe('IdleCountdown', () => {
  it('stays quiet until the warning, counts down every second, then expires at the idle time', () => {
    const { clock, states, countdown } = setup(45, 20);
    countdown.activity();
    clock.advance(24_999);
    expect(countdown.current()).toEqual({ phase: 'active' });
    clock.advance(1);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 20 });
    clock.advance(1_000);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 19 });
    clock.advance(18_999);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 1 });
    clock.advance(1);
    expect(countdown.current()).toEqual({ phase: 'expired' });
    const seconds = states.flatMap((s) => (s.phase === 'warning' ? [s.secondsLeft] : []));
    expect(seconds).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(clock.pending()).toBe(0);
  });

  it('starts over on activity, also during the warning', () => {
    const { clock, countdown } = setup(45, 20);
    countdown.activity();
    clock.advance(30_000);
    expect(countdown.current().phase).toBe('warning');
    countdown.activity();
    expect(countdown.current()).toEqual({ phase: 'active' });
    clock.advance(24_000);
    expect(countdown.current()).toEqual({ phase: 'active' });
    clock.advance(21_000);
    expect(countdown.current()).toEqual({ phase: 'expired' });
  });

  it('never shortens the warning when the idle time is shorter than it', () => {
    const { clock, countdown } = setup(5, 20);
    countdown.activity();
    clock.advance(0);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 20 });
    clock.advance(19_999);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 1 });
    clock.advance(1);
    expect(countdown.current().phase).toBe('expired');
  });

  it('shows the right seconds when timers fire late', () => {
    const { clock, countdown } = setup(30, 20);
    countdown.activity();
    // A busy main thread: the clock jumps 13.5 s past the activity before any timer runs.
    (clock as unknown as { time: number }).time += 13_500;
    clock.advance(0);
    expect(countdown.current()).toEqual({ phase: 'warning', secondsLeft: 17 });
  });

  it('does nothing after stop', () => {
    const { clock, states, countdown } = setup(2, 1);
    countdown.activity();
    countdown.stop();
    clock.advance(10_000);
    expect(states).toEqual([]);
    expect(countdown.current()).toEqual({ phase: 'active' });
  });
});
