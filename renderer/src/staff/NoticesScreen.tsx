import { useTranslation } from 'react-i18next';
import type { NoticeSummary } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';
import { AREA_ORDER } from '../notices/areas';
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
    <div className="staff-screen">
      <ScreenHeading>{t('staff.notices.title')}</ScreenHeading>
      <div className="staff-actions">
        <button type="button" className="staff-primary" onClick={() => onOpen(null)}>
          {t('staff.notices.new')}
        </button>
        <button type="button" className="staff-secondary" onClick={onBack}>
          {t('staff.common.back')}
        </button>
      </div>
      {loaded.state === 'loading' && <p>{t('staff.common.loading')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="staff-error">
          {t('staff.common.failed')}{' '}
          <button type="button" className="staff-secondary" onClick={reload}>
            {t('staff.common.retry')}
          </button>
        </p>
      )}
      {loaded.state === 'ready' && loaded.value.notices.length === 0 && <p>{t('staff.notices.empty')}</p>}
      {loaded.state === 'ready' &&
        byArea(loaded.value.notices).map((group) => (
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
    </div>
  );
}
