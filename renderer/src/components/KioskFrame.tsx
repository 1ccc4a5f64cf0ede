import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { useHallTimeZone } from '../session/hall-time';
import { LanguageSwitch } from './LanguageSwitch';
import { useNow } from './useNow';

interface Props {
  hallName: string | null;
  locales: readonly Locale[];
  locale: Locale;
  largeText: boolean;
  onLocaleChange: (locale: Locale) => void;
  onLargeTextChange: (large: boolean) => void;
  /** Text for the polite live region (e.g. the issued number). */
  announcement: string;
  children: ReactNode;
}

/** What every screen shares: hall and time on top, the screen, and the settings within reach below. */
export function KioskFrame(props: Props) {
  const { t } = useTranslation();
  const now = useNow();
  const timeZone = useHallTimeZone();
  const dateTime = new Intl.DateTimeFormat(props.locale, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(now);

  return (
    <div className="frame">
      <header className="frame-header">
        {props.hallName && <p className="hall-name">{props.hallName}</p>}
        <p className="date-time">
          <time dateTime={now.toISOString()}>{dateTime}</time>
        </p>
      </header>
      <main className="frame-main">
        {props.children}
        <p role="status" className="visually-hidden">
          {props.announcement}
        </p>
      </main>
      <footer className="frame-footer">
        <fieldset aria-label={t('chrome.settings')} className="settings">
          <LanguageSwitch locales={props.locales} current={props.locale} onChange={props.onLocaleChange} />
          <button
            type="button"
            className="chrome-button"
            aria-pressed={props.largeText}
            onClick={() => props.onLargeTextChange(!props.largeText)}
          >
            {t('chrome.largerText')}
          </button>
        </fieldset>
      </footer>
    </div>
  );
}
