import { useCallback, useEffect, useState } from 'react';
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
import { HallTimeZone, hallTimeZoneOf } from './session/hall-time';
import { useIdleTimer } from './session/useIdleTimer';
import { useKioskSettings } from './session/useKioskSettings';
import { ServicePickerScreen } from './ticket/ServicePickerScreen';
import { TicketScreen } from './ticket/TicketScreen';

type Screen =
  | { name: 'starting' }
  | { name: 'start-failed'; messageKey: ErrorMessageKey }
  | { name: 'home' }
  | { name: 'services' }
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
  const idleBase = screen.name === 'ticket' ? times?.result : times?.menu;
  const idle = useIdleTimer({
    idleSeconds: (idleBase ?? 45) * (settings.largeText ? 2 : 1),
    warningSeconds: times?.warning ?? 20,
    enabled: info !== null && !(screen.name === 'home' && settings.isDefault),
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
          />
        )}
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
            onIssued={(issued) => setScreen({ name: 'ticket', issued })}
            onIssueFailed={(messageKey) => setScreen({ name: 'issue-failed', messageKey })}
            onBack={goHome}
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
