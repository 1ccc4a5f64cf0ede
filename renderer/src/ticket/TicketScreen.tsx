import { useTranslation } from 'react-i18next';
import type { IssuedTicket, Locale } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';

/** The issued number, large, with what the resident needs to know, and what happened at the printer. */
export function TicketScreen({
  issued,
  locale,
  onDone,
}: {
  issued: IssuedTicket;
  locale: Locale;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { ticket, print } = issued;
  return (
    <>
      <ScreenHeading>{t('ticket.title')}</ScreenHeading>
      <p className="ticket-number">
        <span className="visually-hidden">{t('ticket.numberLabel')} </span>
        <span>{ticket.number}</span>
      </p>
      <ul className="ticket-facts">
        <li>{t('ticket.service', { service: pickLocalized(ticket.serviceName, locale) })}</li>
        <li>{t('ticket.peopleAhead', { count: ticket.peopleAhead })}</li>
        <li>
          {t('ticket.estimatedWait', {
            count: ticket.estimatedWaitMinutes,
            minutes: ticket.estimatedWaitMinutes,
          })}
        </li>
      </ul>
      {print.status === 'printed' ? (
        <p className="print-outcome">{t('ticket.printed')}</p>
      ) : (
        <section className="print-outcome print-failed" aria-labelledby="print-failed-title">
          <h2 id="print-failed-title">{t('ticket.printFailedTitle')}</h2>
          <p>{t('ticket.printFailed', { reason: t(`print.reason.${print.reason}`) })}</p>
        </section>
      )}
      <div className="actions">
        <button type="button" className="primary-action" onClick={onDone}>
          {t('common.done')}
        </button>
      </div>
    </>
  );
}
