import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintOutcome } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';

type ReprintState =
  | { status: 'idle' }
  | { status: 'printing' }
  | { status: 'done'; outcome: PrintOutcome }
  | { status: 'failed'; messageKey: ErrorMessageKey };

/** "Print again" and what came of it; the ticket stays valid whatever the printer does. */
export function PrintAgain({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [state, setState] = useState<ReprintState>({ status: 'idle' });
  const printing = useRef(false);

  const reprint = (): void => {
    if (printing.current) return;
    printing.current = true;
    setState({ status: 'printing' });
    // After the answer, either way, another copy can be asked for.
    api.tickets.reprint({ ticketId }).then(
      (outcome) => {
        printing.current = false;
        setState({ status: 'done', outcome });
      },
      (error: unknown) => {
        printing.current = false;
        setState({ status: 'failed', messageKey: errorMessageKey(error) });
      },
    );
  };

  const outcomeText = (next: ReprintState): string => {
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
