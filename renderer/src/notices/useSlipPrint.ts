import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { useKioskApi } from '../api/KioskApiContext';
import { usePrintJob } from '../components/usePrintJob';

/** The thermal checklist slip: one job at a time, and what came of it in words. */
export function useSlipPrint(id: string, locale: Locale) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const { job: state, print } = usePrintJob(() => api.notices.printSlip({ id, locale }));

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
