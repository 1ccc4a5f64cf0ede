import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { AnnouncementList } from '../components/AnnouncementList';
import { ScreenHeading } from '../components/ScreenHeading';
import { toLocale } from '../i18n/localized';

interface Props {
  locales: readonly Locale[];
  onTakeNumber: () => void;
  onCheckIn: () => void;
  onNotices: () => void;
}

/**
 * The start: the hall's current announcements (if any), one very large action, check-in for
 * residents with an appointment, and the procedure notices to read before queueing.
 */
export function HomeScreen({ locales, onTakeNumber, onCheckIn, onNotices }: Props) {
  const { t, i18n } = useTranslation();
  // A resident who cannot read the current language still finds the way: one line in each other one.
  const otherLocales = locales.filter((locale) => locale !== i18n.language);
  return (
    <>
      <ScreenHeading>{t('home.title')}</ScreenHeading>
      <AnnouncementList locale={toLocale(i18n.language)} />
      {otherLocales.map((locale) => (
        <p key={locale} lang={locale} className="hint">
          {t('home.inThisLanguage', { lng: locale })}
        </p>
      ))}
      <div className="actions home-actions">
        <div className="home-action home-action-main">
          <button
            type="button"
            className="hero-action"
            aria-describedby="take-number-hint"
            onClick={onTakeNumber}
          >
            {t('home.takeNumber')}
          </button>
          <p id="take-number-hint" className="hint">
            {t('home.takeNumberHint')}
          </p>
        </div>
        <div className="home-action">
          <button
            type="button"
            className="secondary-action"
            aria-describedby="check-in-hint"
            onClick={onCheckIn}
          >
            {t('home.checkIn')}
          </button>
          <p id="check-in-hint" className="hint">
            {t('home.checkInHint')}
          </p>
        </div>
        <div className="home-action">
          <button
            type="button"
            className="secondary-action"
            aria-describedby="notices-hint"
            onClick={onNotices}
          >
            {t('notices.homeButton')}
          </button>
          <p id="notices-hint" className="hint">
            {t('notices.homeButtonHint')}
          </p>
        </div>
      </div>
    </>
  );
}
