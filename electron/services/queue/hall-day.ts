// The hall's calendar: numbers and leased blocks belong to the hall's local day, and opening hours
// are local times, whatever the machine's own time zone is.
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface HallDay {
  /** YYYY-MM-DD */
  date: string;
  weekday: Weekday;
  /** HH:MM, 24 h */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function hallDay(at: Date, timeZone: string): HallDay {
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
  const weekday = (parts.weekday ?? '').toLowerCase().slice(0, 3) as Weekday;
  if (!WEEKDAYS.includes(weekday)) throw new Error(`unexpected weekday ${parts.weekday}`);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** YYYY-MM-DD in the hall's zone, e.g. a notice's printed update date. */
export function hallDate(at: Date, timeZone: string): string {
  return hallDay(at, timeZone).date;
}

/** YYYY-MM-DD HH:MM in the hall's zone, e.g. a ticket's printed issue time. */
export function hallDateTime(at: Date, timeZone: string): string {
  const { date, time } = hallDay(at, timeZone);
  return `${date} ${time}`;
}

type Hours = Record<Weekday, Array<{ from: string; to: string }>>;

/** Within today's opening hours (local time), e.g. to judge "open" while the central API is away. */
export function withinHours(hours: Hours, at: Date, timeZone: string): boolean {
  const { weekday, time } = hallDay(at, timeZone);
  return hours[weekday].some((r) => r.from <= time && time < r.to);
}

/** Opens at some time of the hall's day of `at` (worth leasing numbers for). */
export function opensOnDay(hours: Hours, at: Date, timeZone: string): boolean {
  return hours[hallDay(at, timeZone).weekday].length > 0;
}
