import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket, Locale, ServiceList, ServiceSummary } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { BackAction } from '../components/BackAction';
import { LoadFailedPanel } from '../components/LoadFailedPanel';
import { ScreenHeading } from '../components/ScreenHeading';
import { useNow } from '../components/useNow';
import { formatClockTime, useHallTimeZone } from '../session/hall-time';
import { PriorityQuestion } from './PriorityQuestion';
import { ServiceButton } from './ServiceButton';

interface Props {
  locale: Locale;
  onIssued: (issued: IssuedTicket) => void;
  onIssueFailed: (messageKey: ErrorMessageKey) => void;
  onBack: () => void;
  /**
   * Opened for one service (e.g. "take a number for this" on a notice): its priority question
   * comes straight away when it is open, and "back" leaves the picker. Otherwise the list shows.
   */
  startWith?: string;
}

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; list: ServiceList }
  | { status: 'failed'; messageKey: ErrorMessageKey };

/** Choose a service, answer the priority question, get the ticket. */
export function ServicePickerScreen({ locale, onIssued, onIssueFailed, onBack, startWith }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const now = useNow();
  const timeZone = useHallTimeZone();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [chosen, setChosen] = useState<ServiceSummary | null>(null);
  const [issuing, setIssuing] = useState<'normal' | 'priority' | null>(null);
  // A ref, not state: a double tap arrives before React re-renders, and must not issue twice.
  const issuingRef = useRef(false);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.services.list().then(
      (list) => {
        setState({ status: 'ready', list });
        const wanted = list.services.find((service) => service.id === startWith);
        if (wanted?.open) setChosen(wanted);
      },
      (error: unknown) => setState({ status: 'failed', messageKey: errorMessageKey(error) }),
    );
  }, [api, startWith]);

  useEffect(load, [load]);

  const issue = (service: ServiceSummary, priority: boolean): void => {
    if (issuingRef.current) return;
    issuingRef.current = true;
    setIssuing(priority ? 'priority' : 'normal');
    api.tickets.issue({ serviceId: service.id, locale, priority }).then(onIssued, (error: unknown) => {
      issuingRef.current = false;
      setIssuing(null);
      onIssueFailed(errorMessageKey(error));
    });
  };

  if (state.status === 'failed')
    return <LoadFailedPanel messageKey={state.messageKey} onRetry={load} onBack={onBack} />;

  if (chosen) {
    return (
      <PriorityQuestion
        service={chosen}
        locale={locale}
        issuing={issuing}
        onAnswer={(priority) => issue(chosen, priority)}
        onBack={startWith ? onBack : () => setChosen(null)}
      />
    );
  }

  const list = state.status === 'ready' ? state.list : null;
  const services = list?.services ?? [];
  const asOf = list ? formatClockTime(new Date(list.asOf), locale, timeZone) : null;

  return (
    <>
      <ScreenHeading>{t('services.title')}</ScreenHeading>
      {state.status === 'loading' && <p className="hint">{t('services.loading')}</p>}
      {list?.offline && <p className="notice">{t('services.offlineNote')}</p>}
      {list && services.length === 0 && <p>{t('services.empty')}</p>}
      {services.length > 0 && (
        <ul className="service-list">
          {services.map((service) => (
            <ServiceButton
              key={service.id}
              service={service}
              locale={locale}
              approximate={list?.offline ?? false}
              now={now}
              onChoose={setChosen}
            />
          ))}
        </ul>
      )}
      {asOf && <p className="hint">{t('services.asOf', { time: asOf })}</p>}
      <BackAction onBack={onBack} />
    </>
  );
}
