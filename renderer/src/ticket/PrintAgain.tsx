import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../../../electron/api';
import { useKioskApi } from '../api/KioskApiContext';
import { type PrintJob, usePrintJob } from '../components/usePrintJob';

/** "Print again" and what came of it; the ticket stays valid whatever the printer does. */
export function PrintAgain({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const { job: state, print: reprint } = usePrintJob(() => api.tickets.reprint({ ticketId }));

  const outcomeText = (next: PrintJob<PrintOutcome>): string => {
    if (next.status === 'printing') return t('ticket.reprinting');
    if (next.status === 'failed') return t(next.messageKey);
    if (next.status === 'done')
      return next.outcome.status === 'printed'
        ? t('ticket.reprinted')
        : t('ticket.reprintFailed', { reason: t(`print.reason.${next.outcome.reason}`) });
    return '';
  };
  return (
    <>
      <p className="reprint-outcome" aria-live="polite">
        {outcomeText(state)}
      </p>
      <button
        type="button"
        className="secondary-action"
        aria-disabled={state.status === 'printing' || undefined}
        onClick={reprint}
      >
        {t('ticket.printAgain')}
      </button>
    </>
  );
}
