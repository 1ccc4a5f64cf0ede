import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';

/** The start: one very large action. Other flows appear here once they exist (no dead buttons). */
export function HomeScreen({ onTakeNumber }: { onTakeNumber: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <ScreenHeading>{t('home.title')}</ScreenHeading>
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
