import { useTranslation } from 'react-i18next';
import type { ContentFreshness, Locale } from '../../../electron/api';
import { useHallTimeZone } from '../session/hall-time';
import { formatAsOf } from './format';

/** Shown only when the content comes from the kiosk's cache: says so, and as of when. */
export function FreshnessNote({ freshness, locale }: { freshness: ContentFreshness; locale: Locale }) {
  const { t } = useTranslation();
  const timeZone = useHallTimeZone();
  if (!freshness.offline) return null;
  return (
    <p className="notice">
      {freshness.asOf
        ? t('notices.offlineAsOf', { time: formatAsOf(freshness.asOf, locale, timeZone) })
        : t('notices.offlineNever')}
    </p>
  );
}
