// When a closed service opens again, said the way a resident says it: "14:00", "tomorrow 08:30",
// in the hall's local time.
import type { Locale } from '../../../electron/api';
import { formatClockTime, hallDayNumber } from '../session/hall-time';

export type OpeningText =
  | { key: 'services.closed' }
  | { key: 'services.opensToday'; values: { time: string } }
  | { key: 'services.opensTomorrow'; values: { time: string } }
  | { key: 'services.opensOn'; values: { date: string; time: string } };

/** The message for a closed service: when it opens (today, tomorrow, a date), or just "closed". */
export function describeOpening(
  opensAt: string | null,
  now: Date,
  locale: Locale,
  timeZone?: string,
): OpeningText {
  if (!opensAt) return { key: 'services.closed' };
  const at = new Date(opensAt);
  if (Number.isNaN(at.getTime())) return { key: 'services.closed' };
  const time = formatClockTime(at, locale, timeZone);
  const days = hallDayNumber(at, timeZone) - hallDayNumber(now, timeZone);
  if (days <= 0) return { key: 'services.opensToday', values: { time } };
  if (days === 1) return { key: 'services.opensTomorrow', values: { time } };
  const date = new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    weekday: 'long',
    timeZone,
  }).format(at);
  return { key: 'services.opensOn', values: { date, time } };
}
