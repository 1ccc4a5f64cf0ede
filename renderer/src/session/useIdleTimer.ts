import { useCallback, useEffect, useRef, useState } from 'react';
import { type Clock, systemClock } from './clock';
import { IdleCountdown, type IdleState } from './idle-countdown';

export interface IdleTimerOptions {
  idleSeconds: number;
  warningSeconds: number;
  /** Off where there is nothing to reset (the home screen in its default state). */
  enabled: boolean;
  /** A change restarts the quiet spell (e.g. the screen changed). */
  restartKey: unknown;
  onExpire: () => void;
  clock?: Clock;
  target?: Pick<Document, 'addEventListener' | 'removeEventListener'>;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** Runs the idle rule for the current screen; returns the warning's seconds left, or null. */
export function useIdleTimer(options: IdleTimerOptions): {
  secondsLeft: number | null;
  keepGoing: () => void;
} {
  const { idleSeconds, warningSeconds, enabled, restartKey, clock = systemClock } = options;
  const target = options.target ?? document;
  const [state, setState] = useState<IdleState>({ phase: 'active' });
  const onExpireRef = useRef(options.onExpire);
  onExpireRef.current = options.onExpire;
  const countdownRef = useRef<IdleCountdown | null>(null);

  useEffect(() => {
    setState({ phase: 'active' });
    if (!enabled) return;
    void restartKey;
    const countdown = new IdleCountdown(clock, { idleSeconds, warningSeconds }, (next) => {
      setState(next);
      if (next.phase === 'expired') onExpireRef.current();
    });
    countdownRef.current = countdown;
    const onActivity = (): void => countdown.activity();
    for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, { capture: true });
    countdown.activity();
    return () => {
      countdown.stop();
      countdownRef.current = null;
      for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, { capture: true });
    };
  }, [idleSeconds, warningSeconds, enabled, restartKey, clock, target]);

  const keepGoing = useCallback(() => countdownRef.current?.activity(), []);
  return { secondsLeft: state.phase === 'warning' ? state.secondsLeft : null, keepGoing };
}
