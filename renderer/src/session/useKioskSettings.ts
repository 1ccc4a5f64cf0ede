import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { DEFAULT_LOCALE } from '../i18n/localized';

/** The resident's choices (language, text size), reflected on <html>; reset() restores the defaults. */
export function useKioskSettings(defaultLocale: Locale = DEFAULT_LOCALE) {
  const { i18n } = useTranslation();
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [largeText, setLargeText] = useState(false);

  useEffect(() => {
    document.documentElement.lang = locale;
    // Not keyed on `t`: changing the language gives a new `t`, which would loop.
    void i18n.changeLanguage(locale).then((t) => {
      document.title = t('app.title');
    });
  }, [locale, i18n]);

  useEffect(() => {
    document.documentElement.dataset.textSize = largeText ? 'large' : 'normal';
  }, [largeText]);

  const reset = useCallback(() => {
    setLocale(defaultLocale);
    setLargeText(false);
  }, [defaultLocale]);

  const isDefault = locale === defaultLocale && !largeText;
  return { locale, setLocale, largeText, setLargeText, reset, isDefault };
}
