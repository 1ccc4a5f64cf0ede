import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../electron/notice-model';
import { pickLocalized } from '../i18n/localized';
import { useHallTimeZone } from '../session/hall-time';
import { formatHallDateTime } from './hall-time-input';
import { StaffLoadedScreen } from './StaffLoadedScreen';
import { useStaff, useStaffLoad } from './staff-session';

/** Every announcement (past, current, future) with its priority and times; new and edit. */
export function AnnouncementsScreen({
  onOpen,
  onBack,
}: {
  onOpen: (item: Announcement | null) => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useStaff();
  const timeZone = useHallTimeZone();
  const { loaded, reload } = useStaffLoad((api, sessionId) => api.staff.announcements.list({ sessionId }));
  return (
    <StaffLoadedScreen
      title={t('staff.announcements.title')}
      action={
        <button type="button" className="staff-primary" onClick={() => onOpen(null)}>
          {t('staff.announcements.new')}
        </button>
      }
      onBack={onBack}
      loaded={loaded}
      onRetry={reload}
    >
      {({ announcements }) => (
        <>
          {announcements.length === 0 && <p>{t('staff.announcements.empty')}</p>}
          <ul className="staff-list">
            {announcements.map((item) => (
              <li key={item.id} className="staff-card">
                <p>
                  <strong>{t(`staff.priority.${item.priority}`)}</strong> {pickLocalized(item.text, locale)}
                </p>
                <p className="staff-hint">
                  {t('staff.announcements.when', {
                    start: formatHallDateTime(item.startsAt, timeZone),
                    end: formatHallDateTime(item.endsAt, timeZone),
                  })}
                </p>
                <button type="button" className="staff-secondary" onClick={() => onOpen(item)}>
                  {t('staff.announcements.edit', { id: item.id })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </StaffLoadedScreen>
  );
}
