import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import type { Loaded } from './staff-session';

/**
 * Loading, or failed, while a staff screen has nothing to show yet. The retry is for screens
 * without a refresh button of their own.
 */
export function LoadStatus({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (loaded.state === 'loading') return <p>{t('staff.common.loading')}</p>;
  if (loaded.state === 'ready') return null;
  return (
    <p role="alert" className="staff-error">
      {t('staff.common.failed')}
      {onRetry && (
        <>
          {' '}
          <button type="button" className="staff-secondary" onClick={onRetry}>
            {t('staff.common.retry')}
          </button>
        </>
      )}
    </p>
  );
}

/** A staff screen of what it loaded: title, its own action and "back" on top, then the content. */
export function StaffLoadedScreen<T>(props: {
  title: string;
  action: ReactNode;
  onBack: () => void;
  loaded: Loaded<T>;
  onRetry?: () => void;
  children: (value: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { loaded } = props;
  return (
    <div className="staff-screen">
      <ScreenHeading>{props.title}</ScreenHeading>
      <div className="staff-actions">
        {props.action}
        <button type="button" className="staff-secondary" onClick={props.onBack}>
          {t('staff.common.back')}
        </button>
      </div>
      <LoadStatus loaded={loaded} onRetry={props.onRetry} />
      {loaded.state === 'ready' && props.children(loaded.value)}
    </div>
  );
}
