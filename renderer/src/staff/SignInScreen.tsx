// Sign-in: choose your name, type your PIN on the pad (shown as ●), sign in. Wrong PINs and the
// lockout are said in words, with the attempts left or the hall time the lock ends.
import { ORPCError } from '@orpc/client';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffAccountSummary, StaffSession } from '../../../electron/api';
import { useKioskApi } from '../api/KioskApiContext';
import { ScreenHeading } from '../components/ScreenHeading';
import { formatClockTime, useHallTimeZone } from '../session/hall-time';
import { PinPad } from './PinPad';

const MAX_PIN = 12;

type Problem =
  | { key: 'wrongPin'; attemptsLeft: number }
  | { key: 'locked'; until: string }
  | { key: 'failed' };

function problemOf(error: unknown): Problem {
  if (error instanceof ORPCError && error.code === 'PIN_REJECTED')
    return { key: 'wrongPin', attemptsLeft: Number(error.data?.attemptsLeft ?? 0) };
  if (error instanceof ORPCError && error.code === 'STAFF_LOCKED')
    return { key: 'locked', until: String(error.data?.until ?? '') };
  return { key: 'failed' };
}

export function SignInScreen(props: {
  onSignedIn: (session: StaffSession, accounts: StaffAccountSummary[]) => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useKioskApi();
  const timeZone = useHallTimeZone();
  const [accounts, setAccounts] = useState<StaffAccountSummary[] | null>(null);
  const [accountId, setAccountId] = useState<string>('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  useEffect(() => {
    api.staff.accounts().then(
      ({ accounts: list }) => setAccounts(list),
      () => setProblem({ key: 'failed' }),
    );
  }, [api]);

  const onKey = (key: string) => {
    if (key === 'delete') setPin((p) => p.slice(0, -1));
    else if (key === 'clear') setPin('');
    else setPin((p) => (p.length < MAX_PIN ? p + key : p));
  };

  const signIn = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !accountId || pin.length === 0) return;
    setBusy(true);
    api.staff.login({ accountId, pin }).then(
      (session) => props.onSignedIn(session, accounts ?? []),
      (error: unknown) => {
        setProblem(problemOf(error));
        setPin('');
        setBusy(false);
      },
    );
  };

  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const problemText =
    problem?.key === 'wrongPin'
      ? t('staff.signIn.wrongPin', { count: problem.attemptsLeft })
      : problem?.key === 'locked'
        ? t('staff.signIn.locked', {
            time: Number.isNaN(Date.parse(problem.until))
              ? problem.until
              : formatClockTime(new Date(problem.until), locale, timeZone),
          })
        : problem?.key === 'failed'
          ? t('staff.common.failed')
          : '';

  return (
    <form className="staff-screen staff-sign-in" onSubmit={signIn}>
      <ScreenHeading>{t('staff.signIn.title')}</ScreenHeading>
      <div className="staff-field">
        <label htmlFor="staff-account">{t('staff.signIn.chooseName')}</label>
        <select
          id="staff-account"
          value={accountId}
          onChange={(event) => {
            setAccountId(event.target.value);
            setProblem(null);
          }}
        >
          <option value="">{t('staff.signIn.noName')}</option>
          {(accounts ?? []).map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </select>
      </div>
      <div className="staff-field">
        <span id="staff-pin-label">{t('staff.signIn.pin')}</span>
        <output className="staff-pin-dots" aria-labelledby="staff-pin-label" aria-live="polite">
          {pin.length === 0 ? t('staff.signIn.pinEmpty') : '●'.repeat(pin.length)}
          <span className="visually-hidden">{t('staff.signIn.pinCount', { count: pin.length })}</span>
        </output>
      </div>
      <PinPad disabled={busy} onKey={onKey} />
      <p role="alert" className="staff-error">
        {problemText}
      </p>
      <div className="staff-actions">
        <button
          type="submit"
          className="staff-primary"
          aria-disabled={busy || !accountId || pin.length === 0 || undefined}
        >
          {t('staff.signIn.submit')}
        </button>
        <button type="button" className="staff-secondary" onClick={props.onCancel}>
          {t('staff.signIn.cancel')}
        </button>
      </div>
    </form>
  );
}
