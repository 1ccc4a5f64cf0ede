// Conflicts: this kiosk's change met a newer one on the central API. Both versions side by side,
// field by field where they differ, who and when; staff choose, nothing is overwritten silently.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentConflict } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { useHallTimeZone } from '../session/hall-time';
import { changedBy, differences } from './conflict-diff';
import { formatHallDateTime } from './hall-time-input';
import { LoadStatus } from './StaffLoadedScreen';
import { staffName, useStaff, useStaffLoad } from './staff-session';

function ConflictCard({
  conflict,
  onResolved,
}: {
  conflict: ContentConflict;
  onResolved: (text: string) => void;
}) {
  const { t } = useTranslation();
  const { call, locale, accounts } = useStaff();
  const timeZone = useHallTimeZone();
  const [busy, setBusy] = useState(false);
  const theirs = changedBy(conflict.theirs);
  const rows = differences(conflict.mine, conflict.theirs, locale);
  const item = t('staff.conflicts.item', {
    kind: t(`staff.conflicts.kind.${conflict.kind}`),
    id: conflict.itemId,
  });
  const headingId = `staff-conflict-${conflict.id}`;

  const resolve = (keep: 'mine' | 'theirs') => {
    if (busy) return;
    setBusy(true);
    call((api, sessionId) => api.staff.conflicts.resolve({ sessionId, conflictId: conflict.id, keep })).then(
      (result) =>
        onResolved(
          result.status === 'saved'
            ? t(`staff.conflicts.resolved.${keep}`, { item, version: result.version })
            : result.status === 'queued'
              ? t('staff.editor.queued')
              : t('staff.common.failed'),
        ),
      () => {
        setBusy(false);
        onResolved(t('staff.common.failed'));
      },
    );
  };

  return (
    <section className="staff-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{item}</h2>
      <table className="staff-table staff-diff">
        <caption>{t('staff.conflicts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staff.conflicts.field')}</th>
            <th scope="col">
              {t('staff.conflicts.mine')}
              <br />
              <span className="staff-hint">
                {conflict.mine === null ? t('staff.conflicts.removedHere') : ''}
                {t('staff.conflicts.by', {
                  name: staffName(accounts, conflict.staffId),
                  time: formatHallDateTime(conflict.detectedAt, timeZone),
                })}
              </span>
            </th>
            <th scope="col">
              {t('staff.conflicts.theirs')}
              <br />
              <span className="staff-hint">
                {conflict.theirs === null
                  ? t('staff.conflicts.removedThere')
                  : t('staff.conflicts.by', {
                      name: staffName(accounts, theirs.by) ?? t('staff.conflicts.imported'),
                      time: theirs.at ? formatHallDateTime(theirs.at, timeZone) : '—',
                    })}
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field}>
              <th scope="row">{t(`staff.field.${row.field === 'serviceId' ? 'service' : row.field}`)}</th>
              <td>{row.mine}</td>
              <td>{row.theirs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="staff-actions">
        <button
          type="button"
          className="staff-primary"
          aria-disabled={busy || undefined}
          onClick={() => resolve('mine')}
        >
          {t('staff.conflicts.keepMine')}
        </button>
        <button
          type="button"
          className="staff-secondary"
          aria-disabled={busy || undefined}
          onClick={() => resolve('theirs')}
        >
          {t('staff.conflicts.keepTheirs')}
        </button>
      </div>
    </section>
  );
}

export function ConflictsScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { loaded, reload } = useStaffLoad((api, sessionId) => api.staff.conflicts.list({ sessionId }));
  const [note, setNote] = useState('');
  return (
    <div className="staff-screen">
      <ScreenHeading>{t('staff.conflicts.title')}</ScreenHeading>
      <p role="status" className="staff-ok">
        {note}
      </p>
      <LoadStatus loaded={loaded} />
      {loaded.state === 'ready' && loaded.value.conflicts.length === 0 && <p>{t('staff.conflicts.empty')}</p>}
      {loaded.state === 'ready' &&
        loaded.value.conflicts.map((conflict) => (
          <ConflictCard
            key={conflict.id}
            conflict={conflict}
            onResolved={(text) => {
              setNote(text);
              reload();
            }}
          />
        ))}
      <div className="staff-actions">
        <button type="button" className="staff-secondary" onClick={onBack}>
          {t('staff.common.back')}
        </button>
      </div>
    </div>
  );
}
