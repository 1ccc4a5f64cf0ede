// Everything after the hidden entry: sign-in, then the staff screens, inside one session. The main
// process ends the session after its idle time; this flow warns before that (a staff call keeps it
// alive) and shows "signed out automatically" when any call meets STAFF_SESSION_ENDED.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, StaffAccountSummary, StaffSession } from '../../../electron/api';
import type { Announcement } from '../../../electron/notice-model';
import { useKioskApi } from '../api/KioskApiContext';
import { MessagePanel } from '../components/MessagePanel';
import { AnnouncementEditor } from './AnnouncementEditor';
import { AnnouncementsScreen } from './AnnouncementsScreen';
import { AuditScreen } from './AuditScreen';
import { ConflictsScreen } from './ConflictsScreen';
import { DeviceScreen } from './DeviceScreen';
import { NoticeEditor } from './editor/NoticeEditor';
import { NoticesScreen } from './NoticesScreen';
import { IdleWarning, useSessionCountdown } from './SessionCountdown';
import { SignInScreen } from './SignInScreen';
import { StaffHome } from './StaffHome';
import { isSessionEnded, StaffContext, type StaffContextValue } from './staff-session';
import './staff.css';

export type StaffView =
  | { name: 'sign-in' }
  | { name: 'home' }
  | { name: 'notices' }
  | { name: 'notice'; id: string | null }
  | { name: 'announcements' }
  | { name: 'announcement'; item: Announcement | null }
  | { name: 'conflicts' }
  | { name: 'audit' }
  | { name: 'device' }
  | { name: 'ended' };

interface SignedIn {
  session: StaffSession;
  accounts: StaffAccountSummary[];
}

export function StaffFlow({ locale, onExit }: { locale: Locale; onExit: () => void }) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [view, setView] = useState<StaffView>({ name: 'sign-in' });
  const [signedIn, setSignedIn] = useState<SignedIn | null>(null);
  const lastCallAt = useRef(Date.now());

  const end = useCallback(() => {
    setSignedIn(null);
    setView({ name: 'ended' });
  }, []);

  const call = useCallback<StaffContextValue['call']>(
    async (run) => {
      if (!signedIn) throw new Error('not signed in');
      lastCallAt.current = Date.now();
      try {
        return await run(api, signedIn.session.sessionId);
      } catch (error) {
        if (isSessionEnded(error)) end();
        throw error;
      }
    },
    [api, signedIn, end],
  );

  const countdown = useSessionCountdown({
    idleSeconds: signedIn?.session.idleSeconds ?? null,
    lastCallAt,
    onExpired: () => {
      // The main process ends it at the same moment; saying so here does not wait for a call.
      if (signedIn) api.staff.logout({ sessionId: signedIn.session.sessionId }).catch(() => undefined);
      end();
    },
  });

  const signOut = useCallback(() => {
    if (signedIn) api.staff.logout({ sessionId: signedIn.session.sessionId }).catch(() => undefined);
    setSignedIn(null);
    onExit();
  }, [api, signedIn, onExit]);

  const context = useMemo<StaffContextValue | null>(
    () => (signedIn ? { session: signedIn.session, accounts: signedIn.accounts, locale, call } : null),
    [signedIn, locale, call],
  );

  useEffect(() => {
    if (signedIn) lastCallAt.current = Date.now();
  }, [signedIn]);

  if (view.name === 'ended')
    return (
      <div className="staff-screen">
        <MessagePanel
          title={t('staff.session.endedTitle')}
          actions={[{ label: t('staff.session.ok'), onSelect: onExit, primary: true }]}
        >
          <p>{t('staff.session.endedBody')}</p>
        </MessagePanel>
      </div>
    );
  if (!context || view.name === 'sign-in')
    return (
      <SignInScreen
        onSignedIn={(session, accounts) => {
          setSignedIn({ session, accounts });
          setView({ name: 'home' });
        }}
        onCancel={onExit}
      />
    );

  const home = () => setView({ name: 'home' });
  return (
    <StaffContext.Provider value={context}>
      {countdown.secondsLeft !== null && (
        <IdleWarning
          secondsLeft={countdown.secondsLeft}
          onContinue={() =>
            call((a, sessionId) => a.staff.conflicts.list({ sessionId })).catch(() => undefined)
          }
        />
      )}
      {view.name === 'home' && <StaffHome onOpen={setView} onSignOut={signOut} />}
      {view.name === 'notices' && (
        <NoticesScreen onOpen={(id) => setView({ name: 'notice', id })} onBack={home} />
      )}
      {view.name === 'notice' && (
        <NoticeEditor
          key={view.id ?? 'new'}
          id={view.id}
          onDone={() => setView({ name: 'notices' })}
          onConflict={() => setView({ name: 'conflicts' })}
        />
      )}
      {view.name === 'announcements' && (
        <AnnouncementsScreen onOpen={(item) => setView({ name: 'announcement', item })} onBack={home} />
      )}
      {view.name === 'announcement' && (
        <AnnouncementEditor
          item={view.item}
          onDone={() => setView({ name: 'announcements' })}
          onConflict={() => setView({ name: 'conflicts' })}
        />
      )}
      {view.name === 'conflicts' && <ConflictsScreen onBack={home} />}
      {view.name === 'audit' && <AuditScreen onBack={home} />}
      {view.name === 'device' && <DeviceScreen onBack={home} />}
    </StaffContext.Provider>
  );
}
