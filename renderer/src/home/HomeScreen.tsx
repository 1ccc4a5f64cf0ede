import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';

interface Props {
  locales: readonly Locale[];
  onTakeNumber: () => void;
  onCheckIn: () => void;
}

/** The start: one very large action, and check-in for residents with an appointment. */
export function HomeScreen({ locales, onTakeNumber, onCheckIn }: Props) {
  const { t, i18n } = useTranslation();
  // A resident who cannot read the current language still finds the way: one line in each other one.
  const otherLocales = locales.filter((locale) => locale !== i18n.language);
  return (
    <>
      <ScreenHeading>{t('home.title')}</ScreenHeading>
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
      </div>
    </>
  );
}
