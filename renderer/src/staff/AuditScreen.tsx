import { useTranslation } from 'react-i18next';
import { useHallTimeZone } from '../session/hall-time';
import { formatHallDateTime } from './hall-time-input';
import { StaffLoadedScreen } from './StaffLoadedScreen';
import { staffName, useStaff, useStaffLoad } from './staff-session';

const AUDIT_LIMIT = 100;

/** The audit log, newest first: who, when (hall time), what, on which item, and whether synced. */
export function AuditScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { accounts } = useStaff();
  const timeZone = useHallTimeZone();
  const { loaded, reload } = useStaffLoad((api, sessionId) =>
    api.staff.audit.list({ sessionId, limit: AUDIT_LIMIT }),
  );
  return (
    <StaffLoadedScreen
      title={t('staff.audit.title')}
      action={
        <button type="button" className="staff-secondary" onClick={reload}>
          {t('staff.common.refresh')}
        </button>
      }
      onBack={onBack}
      loaded={loaded}
    >
      {({ entries }) =>
        entries.length === 0 ? (
          <p>{t('staff.audit.empty')}</p>
        ) : (
          <table className="staff-table">
            <caption>{t('staff.audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.audit.when')}</th>
                <th scope="col">{t('staff.audit.who')}</th>
                <th scope="col">{t('staff.audit.action')}</th>
                <th scope="col">{t('staff.audit.target')}</th>
                <th scope="col">{t('staff.audit.summary')}</th>
                <th scope="col">{t('staff.audit.sync')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatHallDateTime(entry.at, timeZone)}</td>
                  <td>{staffName(accounts, entry.staffId) ?? t('staff.audit.unknownStaff')}</td>
                  <td>{t(`staff.audit.actions.${entry.action}`)}</td>
                  <td>{entry.target ?? '—'}</td>
                  <td>{entry.summary || '—'}</td>
                  <td>{entry.synced ? t('staff.audit.synced') : t('staff.audit.waiting')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </StaffLoadedScreen>
  );
}
