import { useTranslation } from 'react-i18next';
import type { Locale, ServiceSummary } from '../../../electron/api';
import { pickLocalized } from '../i18n/localized';

interface Props {
  service: ServiceSummary;
  locale: Locale;
  /** True while this service's ticket is being issued. */
  issuing: boolean;
  /** True while any ticket is being issued: further taps are ignored. */
  busy: boolean;
  onChoose: (service: ServiceSummary) => void;
}

export function ServiceButton({ service, locale, issuing, busy, onChoose }: Props) {
  const { t } = useTranslation();
  const detail = !service.open
    ? t('services.closed')
    : issuing
      ? t('services.issuing')
      : `${t('services.waiting', { count: service.waiting })} · ${t('services.estimatedWait', { count: service.estimatedWaitMinutes, minutes: service.estimatedWaitMinutes })}`;
  return (
    <li>
      <button
        type="button"
        className="service-button"
        disabled={!service.open}
        aria-disabled={busy && service.open ? true : undefined}
        aria-busy={issuing || undefined}
        onClick={() => {
          if (!busy) onChoose(service);
        }}
      >
        <span className="service-name">{pickLocalized(service.name, locale)}</span>
        <span className="service-detail">{detail}</span>
      </button>
    </li>
  );
}
