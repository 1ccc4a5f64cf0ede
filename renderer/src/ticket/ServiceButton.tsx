import { useTranslation } from 'react-i18next';
import type { Locale, ServiceSummary } from '../../../electron/api';
import { pickLocalized } from '../i18n/localized';
import { useHallTimeZone } from '../session/hall-time';
import { describeOpening } from './opening-time';

interface Props {
  service: ServiceSummary;
  locale: Locale;
  /** Waiting numbers come from the last known state (offline): say "about". */
  approximate: boolean;
  now: Date;
  onChoose: (service: ServiceSummary) => void;
}

export function ServiceButton({ service, locale, approximate, now, onChoose }: Props) {
  const { t } = useTranslation();
  const timeZone = useHallTimeZone();
  let detail: string;
  if (!service.open) {
    const opening = describeOpening(service.opensAt, now, locale, timeZone);
    detail =
      opening.key === 'services.closed'
        ? t('services.closed')
        : `${t('services.closedNow')} · ${t(opening.key, opening.values)}`;
  } else {
    const waiting = approximate
      ? t('services.waitingApprox', { count: service.waiting })
      : t('services.waiting', { count: service.waiting });
    const wait = t('services.estimatedWait', {
      count: service.estimatedWaitMinutes,
      minutes: service.estimatedWaitMinutes,
    });
    detail = `${waiting} · ${wait}`;
  }
  return (
    <li>
      <button
        type="button"
        className="service-button"
        disabled={!service.open}
        onClick={() => onChoose(service)}
      >
        <span className="service-name">{pickLocalized(service.name, locale)}</span>
        <span className="service-detail">{detail}</span>
      </button>
    </li>
  );
}
