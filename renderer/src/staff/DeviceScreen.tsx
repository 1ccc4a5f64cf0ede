import { useTranslation } from 'react-i18next';
import type { DeviceStatus } from '../../../electron/api';
import { useHallTimeZone } from '../session/hall-time';
import { formatHallDateTime } from './hall-time-input';
import { StaffLoadedScreen } from './StaffLoadedScreen';
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
    <StaffLoadedScreen
      title={t('staff.device.title')}
      action={
        <button type="button" className="staff-primary" onClick={reload}>
          {t('staff.common.refresh')}
        </button>
      }
      onBack={onBack}
      loaded={loaded}
    >
      {(status) => (
        <dl className="staff-facts">
          <dt>{t('staff.device.ticketPrinter')}</dt>
          <dd>
            {t(`staff.device.printer.${status.ticketPrinter.status}`)}
            {status.ticketPrinter.checkedAt &&
              ` (${t('staff.device.checkedAt', { time: when(status.ticketPrinter.checkedAt) })})`}
          </dd>
          <dt>{t('staff.device.a4Printer')}</dt>
          <dd>
            {status.a4Printer.queue === null
              ? t('staff.device.noA4')
              : t('staff.device.a4State', {
                  queue: status.a4Printer.queue,
                  state: t(`staff.device.a4States.${status.a4Printer.state.replace(' ', '-')}`, {
                    defaultValue: status.a4Printer.state,
                  }),
                })}
          </dd>
          <dt>{t('staff.device.central')}</dt>
          <dd>{status.central.reachable ? t('staff.device.reachable') : t('staff.device.unreachable')}</dd>
          <dt>{t('staff.device.lastSync')}</dt>
          <dd>{when(status.central.lastSyncAt)}</dd>
          <dt>{t('staff.device.outbox')}</dt>
          <dd>
            {t('staff.device.outboxCounts', {
              waiting: status.outboxDepth,
              refused: status.outboxRejected,
            })}
          </dd>
          <dt>{t('staff.device.contentAsOf')}</dt>
          <dd>{when(status.contentAsOf)}</dd>
          <dt>{t('staff.device.refused')}</dt>
          <dd>
            <RefusedContent refused={status.refusedContent} when={when} />
          </dd>
          <dt>{t('staff.device.appVersion')}</dt>
          <dd>{status.appVersion}</dd>
          <dt>{t('staff.device.kioskId')}</dt>
          <dd>{status.kioskId}</dd>
          <dt>{t('staff.device.disk')}</dt>
          <dd>
            {t('staff.device.diskSpace', {
              free: gigabytes(status.disk.freeBytes),
              total: gigabytes(status.disk.totalBytes),
            })}
          </dd>
        </dl>
      )}
    </StaffLoadedScreen>
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
