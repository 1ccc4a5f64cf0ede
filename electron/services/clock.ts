/** Time comes from a Clock so that deadlines, idle timers and daily resets are testable. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
