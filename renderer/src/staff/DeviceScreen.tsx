import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../electron/api';
import { ScreenHeading } from '../components/ScreenHeading';
import { useHallTimeZone } from '../session/hall-time';
import { formatHallDateTime } from './hall-time-input';
import { useStaffLoad } from './staff-session';

const GB = 1024 ** 3;
const gigabytes = (bytes: number) => (bytes / GB).toFixed(1);

/** The kiosk's health for staff: printers, central API, outbox, content age, version, disk. */
export function DeviceScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const timeZone = useHallTimeZone();
  const { loaded, reload } = useStaffLoad((api, sessionId) => api.staff.device.status({ sessionId }));
  const when = (iso: string | null) => (iso ? formatHallDateTime(iso, timeZone) : t('staff.device.never'));
  return (
    <div className="staff-screen">
      <ScreenHeading>{t('staff.device.title')}</ScreenHeading>
      <div className="staff-actions">
        <button type="button" className="staff-primary" onClick={reload}>
          {t('staff.common.refresh')}
        </button>
        <button type="button" className="staff-secondary" onClick={onBack}>
          {t('staff.common.back')}
        </button>
      </div>
      {loaded.state === 'loading' && <p>{t('staff.common.loading')}</p>}
      {loaded.state === 'failed' && (
        <p role="alert" className="staff-error">
          {t('staff.common.failed')}
        </p>
      )}
      {loaded.state === 'ready' && (
        <dl className="staff-facts">
          <dt>{t('staff.device.ticketPrinter')}</dt>
          <dd>
            {t(`staff.device.printer.${loaded.value.ticketPrinter.status}`)}
            {loaded.value.ticketPrinter.checkedAt &&
              ` (${t('staff.device.checkedAt', { time: when(loaded.value.ticketPrinter.checkedAt) })})`}
          </dd>
          <dt>{t('staff.device.a4Printer')}</dt>
          <dd>
            {loaded.value.a4Printer.queue === null
              ? t('staff.device.noA4')
              : t('staff.device.a4State', {
                  queue: loaded.value.a4Printer.queue,
                  state: t(`staff.device.a4States.${loaded.value.a4Printer.state.replace(' ', '-')}`, {
                    defaultValue: loaded.value.a4Printer.state,
                  }),
                })}
          </dd>
          <dt>{t('staff.device.central')}</dt>
          <dd>
            {loaded.value.central.reachable ? t('staff.device.reachable') : t('staff.device.unreachable')}
          </dd>
          <dt>{t('staff.device.lastSync')}</dt>
          <dd>{when(loaded.value.central.lastSyncAt)}</dd>
          <dt>{t('staff.device.outbox')}</dt>
          <dd>
            {t('staff.device.outboxCounts', {
              waiting: loaded.value.outboxDepth,
              refused: loaded.value.outboxRejected,
            })}
          </dd>
          <dt>{t('staff.device.contentAsOf')}</dt>
          <dd>{when(loaded.value.contentAsOf)}</dd>
          <dt>{t('staff.device.refused')}</dt>
          <dd>
            <RefusedContent refused={loaded.value.refusedContent} when={when} />
          </dd>
          <dt>{t('staff.device.appVersion')}</dt>
          <dd>{loaded.value.appVersion}</dd>
          <dt>{t('staff.device.kioskId')}</dt>
          <dd>{loaded.value.kioskId}</dd>
          <dt>{t('staff.device.disk')}</dt>
          <dd>
            {t('staff.device.diskSpace', {
              free: gigabytes(loaded.value.disk.freeBytes),
              total: gigabytes(loaded.value.disk.totalBytes),
            })}
          </dd>
        </dl>
      )}
    </div>
  );
}

/** What the central system sent that this kiosk refused: where and why, newest first. */
function RefusedContent({
  refused,
  when,
}: {
  refused: DeviceStatus['refusedContent'];
  when: (iso: string | null) => string;
}) {
  const { t } = useTranslation();
  if (refused.count === 0) return <>{t('staff.device.refusedNone')}</>;
  return (
    <>
      <p role="alert">{t('staff.device.refusedHint')}</p>
      <ul>
        {refused.items.map((r) => (
          <li key={`${r.kind}:${r.id}`}>
            {t('staff.device.refusedItem', {
              kind: t(`staff.device.kinds.${r.kind}`, { defaultValue: r.kind }),
              id: r.id,
              field: r.field,
              reason: r.reason,
              time: when(r.refusedAt),
            })}
          </li>
        ))}
      </ul>
      {refused.count > refused.items.length && (
        <p>{t('staff.device.refusedMore', { count: refused.count, shown: refused.items.length })}</p>
      )}
    </>
  );
}
