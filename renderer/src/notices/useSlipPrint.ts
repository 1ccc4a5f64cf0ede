import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, PrintOutcome } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';

type SlipState =
  | { status: 'idle' }
  | { status: 'printing' }
  | { status: 'done'; outcome: PrintOutcome }
  | { status: 'failed'; messageKey: ErrorMessageKey };

/** The thermal checklist slip: one job at a time, and what came of it in words. */
export function useSlipPrint(id: string, locale: Locale) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [state, setState] = useState<SlipState>({ status: 'idle' });
  // A ref, not state: a double tap arrives before React re-renders, and must not print twice.
  const printing = useRef(false);

  const print = (): void => {
    if (printing.current) return;
    printing.current = true;
    setState({ status: 'printing' });
    api.notices.printSlip({ id, locale }).then(
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

  let message = '';
  if (state.status === 'printing') message = t('notices.slip.printing');
  else if (state.status === 'failed') message = t(state.messageKey);
  else if (state.status === 'done')
    message =
      state.outcome.status === 'printed'
        ? t('notices.slip.printed')
        : t('notices.slip.failed', { reason: t(`print.reason.${state.outcome.reason}`) });
  return { busy: state.status === 'printing', message, print };
}
