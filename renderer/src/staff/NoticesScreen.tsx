import { useTranslation } from 'react-i18next';
import type { NoticeSummary } from '../../../electron/api';
import { pickLocalized } from '../i18n/localized';
import { AREA_ORDER } from '../notices/areas';
import { StaffLoadedScreen } from './StaffLoadedScreen';
import { useStaff, useStaffLoad } from './staff-session';

/** Every notice by service area and title, and "new". The list is the residents' (notices.list). */
export function NoticesScreen({
  onOpen,
  onBack,
}: {
  onOpen: (id: string | null) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useStaff();
  const { loaded, reload } = useStaffLoad((api) => api.notices.list());
  const byArea = (notices: NoticeSummary[]) =>
    AREA_ORDER.map((area) => ({ area, notices: notices.filter((n) => n.area === area) })).filter(
      (group) => group.notices.length > 0,
    );
  return (
    <StaffLoadedScreen
      title={t('staff.notices.title')}
      action={
        <button type="button" className="staff-primary" onClick={() => onOpen(null)}>
          {t('staff.notices.new')}
        </button>
      }
      onBack={onBack}
      loaded={loaded}
      onRetry={reload}
    >
      {({ notices }) => (
        <>
          {notices.length === 0 && <p>{t('staff.notices.empty')}</p>}
          {byArea(notices).map((group) => (
            <section key={group.area} className="staff-group" aria-labelledby={`staff-area-${group.area}`}>
              <h2 id={`staff-area-${group.area}`}>{t(`staff.area.${group.area}`)}</h2>
              <ul className="staff-list">
                {group.notices.map((notice) => (
                  <li key={notice.id}>
                    <button type="button" className="staff-list-item" onClick={() => onOpen(notice.id)}>
                      {pickLocalized(notice.title, locale)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </StaffLoadedScreen>
  );
}
