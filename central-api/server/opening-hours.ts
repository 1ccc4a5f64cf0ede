// Opening hours in the hall's local time: whether a service takes tickets now, and when it next opens.

import { hallDay } from '../../electron/services/queue/hall-day';
import { WEEKDAYS } from './fixtures';
import { addDays, hallInstant } from './hall-time';
import type { Service } from './store';

type Hours = Pick<Service, 'enabled' | 'openingHours'>;

export function isOpenNow(service: Hours, at: Date, timeZone: string): boolean {
  if (!service.enabled) return false;
  const { weekday, time } = hallDay(at, timeZone);
  return service.openingHours[weekday].some((r) => r.from <= time && time < r.to);
}

/**
 * The next opening after `at` (ISO), looking a week ahead; null when the service is disabled,
 * open now, or has no hours at all.
 */
export function nextOpening(service: Hours, at: Date, timeZone: string): string | null {
  if (!service.enabled || isOpenNow(service, at, timeZone)) return null;
  const today = hallDay(at, timeZone);
  for (let day = 0; day <= 7; day++) {
    const date = addDays(today.date, day);
    const weekday = WEEKDAYS[(WEEKDAYS.indexOf(today.weekday) + day) % 7] ?? today.weekday;
    const ranges = [...service.openingHours[weekday]].sort((a, b) => a.from.localeCompare(b.from));
    const next = ranges.find((r) => day > 0 || r.from > today.time);
    if (next) return hallInstant(date, next.from, timeZone);
  }
  return null;
}

/** Whether services follow their opening hours ('fixtures') or take tickets at any hour ('always', for demos). */
export type OpeningHoursMode = 'fixtures' | 'always';

export interface OpeningHours {
  isOpenNow(service: Hours, at: Date): boolean;
  nextOpening(service: Hours, at: Date): string | null;
}

export function openingHours(mode: OpeningHoursMode, timeZone: string): OpeningHours {
  if (mode === 'always') return { isOpenNow: (service) => service.enabled, nextOpening: () => null };
  return {
    isOpenNow: (service, at) => isOpenNow(service, at, timeZone),
    nextOpening: (service, at) => nextOpening(service, at, timeZone),
  };
}
