import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../electron/notice-model';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';
import { useHallTimeZone } from '../session/hall-time';
import { formatHallDateTime } from './hall-time-input';
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
    <div className="staff-screen">
      <ScreenHeading>{t('staff.announcements.title')}</ScreenHeading>
      <div className="staff-actions">
        <button type="button" className="staff-primary" onClick={() => onOpen(null)}>
          {t('staff.announcements.new')}
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
      {loaded.state === 'ready' && loaded.value.announcements.length === 0 && (
        <p>{t('staff.announcements.empty')}</p>
      )}
      {loaded.state === 'ready' && (
        <ul className="staff-list">
          {loaded.value.announcements.map((item) => (
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
      )}
    </div>
  );
}
