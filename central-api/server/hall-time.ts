// The hall's calendar: ticket numbers reset at local midnight and opening hours are local times,
// so every date and weekday is taken in the hall's time zone, not the server's.
import { WEEKDAYS } from './fixtures';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

export interface HallTime {
  /** YYYY-MM-DD */
  date: string;
  weekday: (typeof WEEKDAYS)[number];
  /** HH:MM */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function hallTime(at: Date, timeZone: string): HallTime {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(at).map((p) => [p.type, p.value]));
  const weekday = (parts.weekday ?? '').toLowerCase().slice(0, 3) as HallTime['weekday'];
  if (!WEEKDAYS.includes(weekday)) throw new Error(`unexpected weekday ${parts.weekday}`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

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
    const seen = hallTime(new Date(guess), timeZone);
    guess += wanted - Date.parse(`${seen.date}T${seen.time}:00Z`);
  }
  return new Date(guess).toISOString();
}

/** Adds whole days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
