import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppointmentCode, type IssuedTicket, type Locale } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { ScreenHeading } from '../components/ScreenHeading';
import { type CodeEntry, emptyEntry, pressKey, tapKey } from './code-entry';
import { Keypad } from './Keypad';

type CheckInState =
  | { status: 'entering' }
  | { status: 'invalid' }
  | { status: 'checking' }
  | { status: 'failed'; messageKey: ErrorMessageKey | 'appointment.unavailable' };

interface Props {
  locale: Locale;
  onIssued: (issued: IssuedTicket) => void;
  onTakeRegularNumber: () => void;
  onBack: () => void;
}

/** Check in with an appointment code: on-screen keypad, physical keyboard or barcode scanner. */
export function AppointmentScreen({ locale, onIssued, onTakeRegularNumber, onBack }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [entry, setEntry] = useState<CodeEntry>(emptyEntry);
  const [state, setState] = useState<CheckInState>({ status: 'entering' });
  // Refs for the document-level key listener and the double-submit guard.
  const entryRef = useRef(entry);
  entryRef.current = entry;
  const checking = useRef(false);

  const submit = (typed: string): void => {
    if (checking.current) return;
    const parsed = AppointmentCode.safeParse(typed);
    if (!parsed.success) {
      setState({ status: 'invalid' });
      return;
    }
    checking.current = true;
    setState({ status: 'checking' });
    api.tickets.checkIn({ code: parsed.data, locale }).then(onIssued, (error: unknown) => {
      checking.current = false;
      const messageKey = errorMessageKey(error);
      // Without the central API there is no booking to check: say what to do instead.
      setState({
        status: 'failed',
        messageKey: messageKey === 'errors.CENTRAL_UNAVAILABLE' ? 'appointment.unavailable' : messageKey,
      });
    });
  };
  const submitRef = useRef(submit);
  submitRef.current = submit;

  // A scanner is a keyboard: accept its characters and Enter anywhere on this screen, no field to focus.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (checking.current || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const onControl = event.target instanceof HTMLButtonElement;
      const result = pressKey(entryRef.current, event.key, event.timeStamp, onControl);
      if (!result.handled) return;
      event.preventDefault();
      entryRef.current = result.entry;
      setEntry(result.entry);
      if (result.submit !== null) submitRef.current(result.submit);
      else setState((current) => (current.status === 'invalid' ? { status: 'entering' } : current));
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const busy = state.status === 'checking';
  const onKey = (key: string): void => {
    if (busy) return;
    setEntry(tapKey(entry, key));
    if (state.status === 'invalid') setState({ status: 'entering' });
  };

  return (
    <>
      <ScreenHeading>{t('appointment.title')}</ScreenHeading>
      <p className="hint">{t('appointment.instructions')}</p>
      <p className="code-display">
        <span id="code-label" className="code-label">
          {t('appointment.codeLabel')}
        </span>{' '}
        <output className="code-value" aria-live="polite" aria-labelledby="code-label">
          {entry.code || t('appointment.empty')}
        </output>
      </p>
      {state.status === 'invalid' && (
        <p className="notice" role="alert">
          {t('appointment.invalid')}
        </p>
      )}
      {busy && (
        <p className="busy-note" aria-live="polite">
          {t('appointment.checking')}
        </p>
      )}
      {state.status === 'failed' && (
        <section className="notice check-in-failed" role="alert" aria-labelledby="check-in-failed-title">
          <h2 id="check-in-failed-title">{t('appointment.failedTitle')}</h2>
          <p>{t(state.messageKey)}</p>
        </section>
      )}
      <Keypad disabled={busy} onKey={onKey} />
      <div className="actions">
        <button
          type="button"
          className="primary-action"
          aria-disabled={busy || undefined}
          onClick={() => submit(entry.code)}
        >
          {t('appointment.submit')}
        </button>
        {state.status === 'failed' && (
          <button type="button" className="secondary-action" onClick={onTakeRegularNumber}>
            {t('appointment.takeRegular')}
          </button>
        )}
        <button type="button" className="secondary-action" disabled={busy} onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </>
  );
}
