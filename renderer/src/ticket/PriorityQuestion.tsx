import { useTranslation } from 'react-i18next';
import type { Locale, ServiceSummary } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';

interface Props {
  service: ServiceSummary;
  locale: Locale;
  /** Which answer is being issued (null: none yet). */
  issuing: 'normal' | 'priority' | null;
  onAnswer: (priority: boolean) => void;
  onBack: () => void;
}

/**
 * One clear question with two large answers. The kiosk asks for no proof (the counter checks).
 * A click with detail ≥ 2 is the second tap of a double tap that began on the previous screen,
 * landing here by accident: it is not an answer (keyboard activation has detail 0).
 */
export function PriorityQuestion({ service, locale, issuing, onAnswer, onBack }: Props) {
  const { t } = useTranslation();
  const answer = (priority: boolean) => (event: { detail: number }) => {
    if (event.detail >= 2 || issuing) return;
    onAnswer(priority);
  };
  return (
    <>
      <ScreenHeading>{t('priority.title')}</ScreenHeading>
      <p>{t('ticket.service', { service: pickLocalized(service.name, locale) })}</p>
      <p id="priority-who">{t('priority.who')}</p>
      <p className="hint">{t('priority.noProof')}</p>
      {issuing && (
        <p className="busy-note" aria-live="polite">
          {t('services.issuing')}
        </p>
      )}
      <div className="actions priority-answers">
        <button
          type="button"
          className="primary-action answer-action"
          aria-disabled={issuing ? true : undefined}
          aria-busy={issuing === 'normal' || undefined}
          onClick={answer(false)}
        >
          {t('priority.normal')}
        </button>
        <button
          type="button"
          className="primary-action answer-action"
          aria-describedby="priority-who"
          aria-disabled={issuing ? true : undefined}
          aria-busy={issuing === 'priority' || undefined}
          onClick={answer(true)}
        >
          {t('priority.priority')}
        </button>
        <button type="button" className="secondary-action" disabled={issuing !== null} onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </>
  );
}
