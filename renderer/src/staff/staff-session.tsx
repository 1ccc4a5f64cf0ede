// The signed-in staff member's session as the staff screens use it: every KioskApi staff call goes
// through `call`, which notes the time (the main process ends a session after idleSeconds without
// a call) and turns STAFF_SESSION_ENDED into the "signed out automatically" screen.
import { ORPCError } from '@orpc/client';
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Locale, StaffAccountSummary, StaffSession } from '../../../electron/api';
import type { KioskClient } from '../api/client';

export interface StaffContextValue {
  session: StaffSession;
  accounts: StaffAccountSummary[];
  locale: Locale;
  call<T>(run: (api: KioskClient, sessionId: string) => Promise<T>): Promise<T>;
}

export const StaffContext = createContext<StaffContextValue | null>(null);

export function useStaff(): StaffContextValue {
  const value = useContext(StaffContext);
  if (!value) throw new Error('useStaff needs a StaffContext');
  return value;
}

export function isSessionEnded(error: unknown): boolean {
  return error instanceof ORPCError && error.code === 'STAFF_SESSION_ENDED';
}

/** The name of a staff id, from the accounts list (ids of removed accounts are shown as they are). */
export function staffName(accounts: StaffAccountSummary[], id: string | null): string | null {
  if (id === null) return null;
  return accounts.find((a) => a.id === id)?.name ?? id;
}

export type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; value: T };

/** Loads once (and again on reload()); a session end is handled by `call`, other failures are shown. */
export function useStaffLoad<T>(run: (api: KioskClient, sessionId: string) => Promise<T>): {
  loaded: Loaded<T>;
  reload: () => void;
} {
  const { call } = useStaff();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const runRef = useRef(run);
  runRef.current = run;
  // biome-ignore lint/correctness/useExhaustiveDependencies: round is the reload trigger
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    call(runRef.current).then(
      (value) => current && setLoaded({ state: 'ready', value }),
      () => current && setLoaded({ state: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [call, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { loaded, reload };
}
