// Times shown to residents are the hall's local times, in the hall's time zone from KioskInfo
// (the kiosk's configured `timeZone`), whatever zone the machine itself is set to.
import { createContext, useContext } from 'react';
import type { KioskInfo, Locale } from '../../../electron/api';

/** The IANA zone of the hall, or undefined for the kiosk's own zone. */
export const HallTimeZone = createContext<string | undefined>(undefined);

export function useHallTimeZone(): string | undefined {
  return useContext(HallTimeZone);
}

/** KioskInfo's time zone, if this browser knows it (else the machine's own zone is used). */
export function hallTimeZoneOf(info: KioskInfo | null): string | undefined {
  const zone = info?.timeZone;
  if (zone === undefined) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** "14:00": 24-hour clock in both languages, as Chinese halls and their notices write it. */
export function formatClockTime(at: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** Days since the epoch of the calendar date `at` falls on in the zone (for today/tomorrow). */
export function hallDayNumber(at: Date, timeZone?: string): number {
  // en-CA writes YYYY-MM-DD, which Date.parse reads as that day's UTC midnight.
  const ymd = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone,
  }).format(at);
  return Math.round(Date.parse(ymd) / 86_400_000);
}
