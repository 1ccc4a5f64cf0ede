import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';

interface Props {
  locales: readonly Locale[];
  onTakeNumber: () => void;
}

/** The start: one very large action. Other flows appear here once they exist (no dead buttons). */
export function HomeScreen({ locales, onTakeNumber }: Props) {
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
    </>
  );
}
