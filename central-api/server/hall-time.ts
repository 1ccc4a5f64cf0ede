// The hall's calendar: ticket numbers reset at local midnight and opening hours are local times,
// so every date and weekday is taken in the hall's time zone, not the server's.
// The reading of the hall's clock is the kiosk's own (`hallDay`), for the kiosk and the reference
// server alike; here are the server's date sums on top of it.
import { hallDay } from '../../electron/services/queue/hall-day';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Days from date a to date b (both YYYY-MM-DD), negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The instant of a local date and time (YYYY-MM-DD, HH:MM) in the hall's time zone, as ISO. */
export function hallInstant(date: string, time: string, timeZone: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  // Start from the wall time read as UTC, then correct by the zone's offset (twice, for DST edges).
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = hallDay(new Date(guess), timeZone);
    guess += wanted - Date.parse(`${seen.date}T${seen.time}:00Z`);
  }
  return new Date(guess).toISOString();
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
