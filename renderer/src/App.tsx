import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedTicket, KioskInfo } from '../../electron/api';
import { LOCALES } from '../../electron/api-constants';
import { type ErrorMessageKey, errorMessageKey } from './api/errors';
import { useKioskApi } from './api/KioskApiContext';
import { AppointmentScreen } from './appointment/AppointmentScreen';
import { IdleWarningDialog } from './components/IdleWarningDialog';
import { KioskFrame } from './components/KioskFrame';
import { MessagePanel } from './components/MessagePanel';
import { HomeScreen } from './home/HomeScreen';
import { pickLocalized } from './i18n/localized';
import { EMPTY_BROWSE, type NoticesBrowse } from './notices/browse';
import { HallTimeZone, hallTimeZoneOf } from './session/hall-time';
import { useIdleTimer } from './session/useIdleTimer';
import { useKioskSettings } from './session/useKioskSettings';
import { StaffEntry } from './staff/StaffEntry';
import { ServicePickerScreen } from './ticket/ServicePickerScreen';
import { TicketScreen } from './ticket/TicketScreen';

// The notices flow is loaded on first use, so the home screen starts with a small bundle.
const notices = () => import('./notices/screens');
const NoticesHomeScreen = lazy(() => notices().then((m) => ({ default: m.NoticesHomeScreen })));
const NoticeScreen = lazy(() => notices().then((m) => ({ default: m.NoticeScreen })));
const A4PreviewScreen = lazy(() => notices().then((m) => ({ default: m.A4PreviewScreen })));
// Staff mode too: residents never load it.
const StaffFlow = lazy(() => import('./staff/StaffFlow').then((m) => ({ default: m.StaffFlow })));

type Screen =
  | { name: 'starting' }
  | { name: 'start-failed'; messageKey: ErrorMessageKey }
  | { name: 'home' }
  | { name: 'staff' }
  | { name: 'services'; startWith?: string; backTo?: Screen }
  | { name: 'notices'; browse: NoticesBrowse }
  | { name: 'notice'; id: string; browse: NoticesBrowse }
  | { name: 'notice-a4'; id: string; browse: NoticesBrowse }
  | { name: 'appointment' }
  | { name: 'ticket'; issued: IssuedTicket }
  | { name: 'issue-failed'; messageKey: ErrorMessageKey };

export function App() {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [screen, setScreen] = useState<Screen>({ name: 'starting' });
  const settings = useKioskSettings(info?.defaultLocale);
  const { locale } = settings;

  const start = useCallback(() => {
    setScreen({ name: 'starting' });
    api.kiosk.info().then(
      (loaded) => {
        setInfo(loaded);
        setScreen({ name: 'home' });
      },
      (error: unknown) => setScreen({ name: 'start-failed', messageKey: errorMessageKey(error) }),
    );
  }, [api]);
  useEffect(start, [start]);

  const goHome = useCallback(() => setScreen({ name: 'home' }), []);

  const endSession = useCallback(() => {
    settings.reset();
    goHome();
  }, [settings.reset, goHome]);

  const times = info?.idleTimeoutsSeconds;
  const reading = screen.name === 'notice' || screen.name === 'notice-a4';
  const idleBase = screen.name === 'ticket' ? times?.result : reading ? times?.notice : times?.menu;
  const idle = useIdleTimer({
    idleSeconds: (idleBase ?? 45) * (settings.largeText ? 2 : 1),
    warningSeconds: times?.warning ?? 20,
    // Staff mode has its own idle end, kept by the main process (and its own countdown).
    enabled: info !== null && screen.name !== 'staff' && !(screen.name === 'home' && settings.isDefault),
    restartKey: screen,
    onExpire: endSession,
  });

  // Announced through the frame's live region, in the current language.
  const announcement =
    screen.name === 'ticket'
      ? t('ticket.announce', {
          number: screen.issued.ticket.number,
          service: pickLocalized(screen.issued.ticket.serviceName, locale),
        })
      : '';

  return (
    <HallTimeZone.Provider value={hallTimeZoneOf(info)}>
      <KioskFrame
        hallName={info ? pickLocalized(info.hallName, locale) : null}
        locales={info?.locales ?? LOCALES}
        locale={locale}
        largeText={settings.largeText}
        onLocaleChange={settings.setLocale}
        onLargeTextChange={settings.setLargeText}
        announcement={announcement}
      >
        {screen.name === 'starting' && <p className="hint">{t('app.loading')}</p>}
        {screen.name === 'start-failed' && (
          <MessagePanel
            title={t('errors.title')}
            actions={[{ label: t('common.retry'), onSelect: start, primary: true }]}
          >
            <p>{t(screen.messageKey)}</p>
          </MessagePanel>
        )}
        {screen.name === 'home' && (
          <HomeScreen
            locales={info?.locales ?? LOCALES}
            onTakeNumber={() => setScreen({ name: 'services' })}
            onCheckIn={() => setScreen({ name: 'appointment' })}
            onNotices={() => setScreen({ name: 'notices', browse: EMPTY_BROWSE })}
          />
        )}
        {screen.name === 'home' && <StaffEntry onEnter={() => setScreen({ name: 'staff' })} />}
        <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
          {screen.name === 'staff' && <StaffFlow locale={locale} onExit={endSession} />}
          {screen.name === 'notices' && (
            <NoticesHomeScreen
              locale={locale}
              initial={screen.browse}
              onOpen={(id, browse) => setScreen({ name: 'notice', id, browse })}
              onBack={goHome}
            />
          )}
          {screen.name === 'notice' && (
            <NoticeScreen
              key={screen.id}
              id={screen.id}
              locale={locale}
              onTakeNumber={(serviceId) =>
                setScreen({ name: 'services', startWith: serviceId, backTo: screen })
              }
              onPreviewA4={() => setScreen({ ...screen, name: 'notice-a4' })}
              onBack={() => setScreen({ name: 'notices', browse: screen.browse })}
            />
          )}
          {screen.name === 'notice-a4' && (
            <A4PreviewScreen
              id={screen.id}
              locale={locale}
              onBack={() => setScreen({ ...screen, name: 'notice' })}
              onBackToList={() => setScreen({ name: 'notices', browse: screen.browse })}
            />
          )}
        </Suspense>
        {screen.name === 'appointment' && (
          <AppointmentScreen
            locale={locale}
            onIssued={(issued) => setScreen({ name: 'ticket', issued })}
            onTakeRegularNumber={() => setScreen({ name: 'services' })}
            onBack={goHome}
          />
        )}
        {screen.name === 'services' && (
          <ServicePickerScreen
            locale={locale}
            startWith={screen.startWith}
            onIssued={(issued) => setScreen({ name: 'ticket', issued })}
            onIssueFailed={(messageKey) => setScreen({ name: 'issue-failed', messageKey })}
            onBack={() => setScreen(screen.backTo ?? { name: 'home' })}
          />
        )}
        {screen.name === 'ticket' && <TicketScreen issued={screen.issued} locale={locale} onDone={goHome} />}
        {screen.name === 'issue-failed' && (
          <MessagePanel
            title={t('errors.title')}
            actions={[
              {
                // The list is fetched again either way; only the words fit the cause.
                label: t(
                  screen.messageKey === 'errors.CENTRAL_UNAVAILABLE' || screen.messageKey === 'errors.generic'
                    ? 'common.retry'
                    : 'common.chooseAgain',
                ),
                onSelect: () => setScreen({ name: 'services' }),
                primary: true,
              },
              { label: t('common.home'), onSelect: goHome },
            ]}
          >
            <p>{t(screen.messageKey)}</p>
          </MessagePanel>
        )}
        {idle.secondsLeft !== null && (
          <IdleWarningDialog secondsLeft={idle.secondsLeft} onContinue={idle.keepGoing} />
        )}
      </KioskFrame>
    </HallTimeZone.Provider>
  );
}
