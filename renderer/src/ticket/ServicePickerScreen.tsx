import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket, Locale, ServiceList, ServiceSummary } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { MessagePanel } from '../components/MessagePanel';
import { ScreenHeading } from '../components/ScreenHeading';
import { ServiceButton } from './ServiceButton';

interface Props {
  locale: Locale;
  onIssued: (issued: IssuedTicket) => void;
  onIssueFailed: (messageKey: ErrorMessageKey) => void;
  onBack: () => void;
}

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; list: ServiceList }
  | { status: 'failed'; messageKey: ErrorMessageKey };

export function ServicePickerScreen({ locale, onIssued, onIssueFailed, onBack }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [issuingId, setIssuingId] = useState<string | null>(null);
  // A ref, not state: a double tap arrives before React re-renders, and must not issue twice.
  const issuing = useRef(false);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.services.list().then(
      (list) => setState({ status: 'ready', list }),
      (error: unknown) => setState({ status: 'failed', messageKey: errorMessageKey(error) }),
    );
  }, [api]);

  useEffect(load, [load]);

  const choose = (service: ServiceSummary): void => {
    if (issuing.current) return;
    issuing.current = true;
    setIssuingId(service.id);
    api.tickets.issue({ serviceId: service.id, locale }).then(onIssued, (error: unknown) => {
      issuing.current = false;
      setIssuingId(null);
      onIssueFailed(errorMessageKey(error));
    });
  };

  if (state.status === 'failed') {
    return (
      <MessagePanel
        title={t('errors.title')}
        actions={[
          { label: t('common.retry'), onSelect: load, primary: true },
          { label: t('common.back'), onSelect: onBack },
        ]}
      >
        <p>{t(state.messageKey)}</p>
      </MessagePanel>
    );
  }

  const services = state.status === 'ready' ? state.list.services : [];
  const asOf =
    state.status === 'ready'
      ? new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(state.list.asOf))
      : null;

  return (
    <>
      <ScreenHeading>{t('services.title')}</ScreenHeading>
      {state.status === 'loading' && <p className="hint">{t('services.loading')}</p>}
      {state.status === 'ready' && services.length === 0 && <p>{t('services.empty')}</p>}
      {services.length > 0 && (
        <ul className="service-list" aria-busy={issuingId !== null}>
          {services.map((service) => (
            <ServiceButton
              key={service.id}
              service={service}
              locale={locale}
              issuing={issuingId === service.id}
              busy={issuingId !== null}
              onChoose={choose}
            />
          ))}
        </ul>
      )}
      {asOf && <p className="hint">{t('services.asOf', { time: asOf })}</p>}
      <div className="actions">
        <button type="button" className="secondary-action" onClick={onBack} disabled={issuingId !== null}>
          {t('common.back')}
        </button>
      </div>
    </>
  );
}
