import type { Locale, LocalizedText } from '../../../electron/api';
import { LOCALES } from '../../../electron/api-constants';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Narrows an i18next language tag to one of the kiosk's locales (Simplified Chinese when unknown). */
export function toLocale(language: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : DEFAULT_LOCALE;
}

/** Picks the resident's language from data that comes localised (service names, the hall name). */
export function pickLocalized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text[DEFAULT_LOCALE];
}
