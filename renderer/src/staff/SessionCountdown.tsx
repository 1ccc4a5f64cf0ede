import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Seconds before the idle end when the warning shows (less for very short sessions). */
const WARNING_SECONDS = 30;

/**
 * Seconds left of the staff session while the warning should show, else null. The session lives
 * as long as staff calls keep coming; `lastCallAt` is the time of the latest one.
 */
export function useSessionCountdown(options: {
  idleSeconds: number | null;
  lastCallAt: RefObject<number>;
  onExpired: () => void;
}): { secondsLeft: number | null } {
  const { idleSeconds, lastCallAt } = options;
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const onExpiredRef = useRef(options.onExpired);
  onExpiredRef.current = options.onExpired;

  useEffect(() => {
    if (idleSeconds === null) {
      setSecondsLeft(null);
      return;
    }
    const warnAt = Math.min(WARNING_SECONDS, Math.floor(idleSeconds / 2));
    const tick = () => {
      const left = Math.ceil(idleSeconds - (Date.now() - lastCallAt.current) / 1000);
      if (left <= 0) {
        clearInterval(handle);
        setSecondsLeft(null);
        onExpiredRef.current();
      } else setSecondsLeft(left <= warnAt ? left : null);
    };
    const handle = setInterval(tick, 1000);
    return () => clearInterval(handle);
  }, [idleSeconds, lastCallAt]);
  return { secondsLeft };
}

export function IdleWarning({ secondsLeft, onContinue }: { secondsLeft: number; onContinue: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="staff-idle-warning" aria-label={t('staff.session.warningTitle')}>
      <p role="alert">{t('staff.session.warningTitle')}</p>
      <p>{t('staff.session.warning', { count: secondsLeft })}</p>
      <button type="button" className="staff-primary" onClick={onContinue}>
        {t('staff.session.continue')}
      </button>
    </section>
  );
}
