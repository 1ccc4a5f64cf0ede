import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Modal warning before an idle reset; one tap on Continue (or Esc) keeps the session. */
export function IdleWarningDialog({
  secondsLeft,
  onContinue,
}: {
  secondsLeft: number;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="idle-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-countdown"
      onCancel={(event) => {
        event.preventDefault();
        onContinue();
      }}
    >
      <h2 id="idle-title">{t('idle.title')}</h2>
      <p id="idle-countdown" className="idle-countdown">
        {t('idle.countdown', { seconds: secondsLeft })}
      </p>
      {/* biome-ignore lint/a11y/noAutofocus: the resident has one thing to do here, and little time */}
      <button type="button" className="primary-action" autoFocus onClick={onContinue}>
        {t('idle.continue')}
      </button>
    </dialog>
  );
}
