import { useTranslation } from 'react-i18next';
import type { IssuedTicket, Locale, Ticket } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';
import { formatClockTime, useHallTimeZone } from '../session/hall-time';
import { FollowQrCode } from './FollowQrCode';
import { PrintAgain } from './PrintAgain';

/** Priority and appointment tickets say so in words (never by colour alone). */
function KindMark({ ticket, locale }: { ticket: Ticket; locale: Locale }) {
  const { t } = useTranslation();
  const timeZone = useHallTimeZone();
  if (ticket.kind === 'priority')
    return (
      <p className="ticket-mark">
        <strong>{t('ticket.kind.priority')}</strong> {t('ticket.priorityProof')}
      </p>
    );
  if (ticket.kind === 'appointment')
    return (
      <p className="ticket-mark">
        <strong>
          {ticket.appointmentTime
            ? t('ticket.kind.appointmentAt', {
                time: formatClockTime(new Date(ticket.appointmentTime), locale, timeZone),
              })
            : t('ticket.kind.appointment')}
        </strong>
      </p>
    );
  return null;
}

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
  const minutes = { count: ticket.estimatedWaitMinutes, minutes: ticket.estimatedWaitMinutes };
  return (
    <>
      <ScreenHeading>{t('ticket.title')}</ScreenHeading>
      <div className="ticket-layout">
        <div className="ticket-id">
          <p className="ticket-number">
            <span className="visually-hidden">{t('ticket.numberLabel')} </span>
            <span>{ticket.number}</span>
          </p>
          <KindMark ticket={ticket} locale={locale} />
        </div>
        <div className="ticket-details">
          <ul className="ticket-facts">
            <li>{t('ticket.service', { service: pickLocalized(ticket.serviceName, locale) })}</li>
            <li>
              {ticket.approximate
                ? t('ticket.peopleAheadApprox', { count: ticket.peopleAhead })
                : t('ticket.peopleAhead', { count: ticket.peopleAhead })}
            </li>
            <li>
              {ticket.approximate
                ? t('ticket.estimatedWaitApprox', minutes)
                : t('ticket.estimatedWait', minutes)}
            </li>
          </ul>
          {ticket.offline && <p className="hint">{t('ticket.offlineNote')}</p>}
        </div>
        <FollowQrCode url={ticket.followUrl} />
      </div>
      {print.status === 'printed' ? (
        <p className="print-outcome">{t('ticket.printed')}</p>
      ) : (
        <section className="print-outcome print-failed" aria-labelledby="print-failed-title">
          <h2 id="print-failed-title">{t('ticket.printFailedTitle')}</h2>
          <p>{t('ticket.printFailed', { reason: t(`print.reason.${print.reason}`) })}</p>
        </section>
      )}
      <div className="actions">
        <PrintAgain ticketId={ticket.id} />
        <button type="button" className="primary-action" onClick={onDone}>
          {t('common.done')}
        </button>
      </div>
    </>
  );
}
