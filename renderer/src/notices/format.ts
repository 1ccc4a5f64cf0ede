// Notice content in the resident's language: localized fields, dates and the "as of" time,
// all in the hall's time zone.
import type { Locale, LocalizedRich, RichText } from '../../../electron/api';
import { DEFAULT_LOCALE } from '../i18n/localized';

export function pickRich(text: LocalizedRich, locale: Locale): RichText {
  const chosen = text[locale];
  return chosen.length > 0 ? chosen : text[DEFAULT_LOCALE];
}

/** "2026年3月2日" / "2 March 2026": the notice's update date as residents read dates. */
export function formatNoticeDate(iso: string, locale: Locale, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at);
}

/** "11月26日 14:05" / "26 Nov, 14:05": when the kiosk last had fresh content. */
export function formatAsOf(iso: string, locale: Locale, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}
