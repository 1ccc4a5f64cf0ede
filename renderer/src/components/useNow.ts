import { useEffect, useState } from 'react';
import { type Clock, systemClock } from '../session/clock';

/** The current time, refreshed every `everyMs` (for the date and time in the header). */
export function useNow(everyMs = 15_000, clock: Clock = systemClock): Date {
  const [now, setNow] = useState(() => new Date(clock.now()));
  useEffect(() => {
    let handle = clock.setTimeout(function tick() {
      setNow(new Date(clock.now()));
      handle = clock.setTimeout(tick, everyMs);
    }, everyMs);
    return () => clock.clearTimeout(handle);
  }, [everyMs, clock]);
  return now;
}
