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
        <HomeAction
          main
          hintId="take-number-hint"
          label={t('home.takeNumber')}
          hint={t('home.takeNumberHint')}
          onSelect={onTakeNumber}
        />
        <HomeAction
          hintId="check-in-hint"
          label={t('home.checkIn')}
          hint={t('home.checkInHint')}
          onSelect={onCheckIn}
        />
        <HomeAction
          hintId="notices-hint"
          label={t('notices.homeButton')}
          hint={t('notices.homeButtonHint')}
          onSelect={onNotices}
        />
      </div>
    </>
  );
}

/** One way in from the start screen, with the line under it that says what it is for. */
function HomeAction(props: {
  main?: boolean;
  hintId: string;
  label: string;
  hint: string;
  onSelect: () => void;
}) {
  return (
    <div className={props.main ? 'home-action home-action-main' : 'home-action'}>
      <button
        type="button"
        className={props.main ? 'hero-action' : 'secondary-action'}
        aria-describedby={props.hintId}
        onClick={props.onSelect}
      >
        {props.label}
      </button>
      <p id={props.hintId} className="hint">
        {props.hint}
      </p>
    </div>
  );
}
