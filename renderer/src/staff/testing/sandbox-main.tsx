// For the Chromium tests only (tests/unit/renderer/staff-*.test.ts), never imported by the app:
// the staff entry and flow inside the real frame, as App.tsx will hold them, against the fake
// KioskApi. `?start=flow` opens the flow at once; `?lang=en` starts in English.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { KioskInfo, Locale } from '../../../../electron/api';
import { createKioskClient } from '../../api/client';
import { KioskApiProvider, useKioskApi } from '../../api/KioskApiContext';
import { KioskFrame } from '../../components/KioskFrame';
import { ScreenHeading } from '../../components/ScreenHeading';
import { createI18n } from '../../i18n';
import { HallTimeZone, hallTimeZoneOf } from '../../session/hall-time';
import '../../styles.css';
import { StaffEntry, StaffFlow } from '..';

const params = new URLSearchParams(window.location.search);

function Sandbox() {
  const { t, i18n } = useTranslation();
  const api = useKioskApi();
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [locale, setLocale] = useState<Locale>(params.get('lang') === 'en' ? 'en' : 'zh-CN');
  const [staff, setStaff] = useState(params.get('start') === 'flow');
  useEffect(() => {
    api.kiosk.info().then(setInfo, () => undefined);
  }, [api]);
  useEffect(() => {
    document.documentElement.lang = locale;
    void i18n.changeLanguage(locale);
  }, [locale, i18n]);
  return (
    <HallTimeZone.Provider value={hallTimeZoneOf(info)}>
      <StaffEntry onEnter={() => setStaff(true)} />
      <KioskFrame
        hallName={info?.hallName[locale] ?? null}
        locales={['zh-CN', 'en']}
        locale={locale}
        largeText={false}
        onLocaleChange={setLocale}
        onLargeTextChange={() => undefined}
        announcement=""
      >
        {staff ? (
          <StaffFlow locale={locale} onExit={() => setStaff(false)} />
        ) : (
          <ScreenHeading>{t('home.title')}</ScreenHeading>
        )}
      </KioskFrame>
    </HallTimeZone.Provider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
const client = createKioskClient();
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={createI18n()}>
      <KioskApiProvider client={client}>
        <Sandbox />
      </KioskApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
