import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import type { StaffView } from './StaffFlow';
import { useStaff, useStaffLoad } from './staff-session';

/** The staff member's menu, with the number of conflicts waiting for a decision. */
export function StaffHome({
  onOpen,
  onSignOut,
}: {
  onOpen: (view: StaffView) => void;
  onSignOut: () => void;
}) {
  const { t } = useTranslation();
  const { session } = useStaff();
  const { loaded } = useStaffLoad((api, sessionId) => api.staff.conflicts.list({ sessionId }));
  const conflicts = loaded.state === 'ready' ? loaded.value.conflicts.length : 0;
  return (
    <div className="staff-screen">
      <ScreenHeading>{t('staff.home.title', { name: session.staff.name })}</ScreenHeading>
      <nav className="staff-menu" aria-label={t('staff.home.menu')}>
        <button type="button" className="staff-menu-item" onClick={() => onOpen({ name: 'notices' })}>
          {t('staff.home.notices')}
        </button>
        <button type="button" className="staff-menu-item" onClick={() => onOpen({ name: 'announcements' })}>
          {t('staff.home.announcements')}
        </button>
        <button type="button" className="staff-menu-item" onClick={() => onOpen({ name: 'conflicts' })}>
          {t('staff.home.conflicts')}
          {conflicts > 0 && (
            <span className="staff-badge">{t('staff.home.conflictCount', { count: conflicts })}</span>
          )}
        </button>
        <button type="button" className="staff-menu-item" onClick={() => onOpen({ name: 'audit' })}>
          {t('staff.home.audit')}
        </button>
        <button type="button" className="staff-menu-item" onClick={() => onOpen({ name: 'device' })}>
          {t('staff.home.device')}
        </button>
      </nav>
      <div className="staff-actions">
        <button type="button" className="staff-secondary" onClick={onSignOut}>
          {t('staff.home.signOut')}
        </button>
      </div>
    </div>
  );
}
