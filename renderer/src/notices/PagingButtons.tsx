import { useTranslation } from 'react-i18next';
import type { usePaging } from './usePaging';

/** "Previous page" / "next page" for a scrolling region; nothing when everything fits. */
export function PagingButtons({ paging }: { paging: ReturnType<typeof usePaging> }) {
  const { t } = useTranslation();
  if (!paging.canGo.up && !paging.canGo.down) return null;
  return (
    <div className="paging">
      <button
        type="button"
        className="secondary-action paging-action"
        aria-disabled={!paging.canGo.up || undefined}
        onClick={paging.pageUp}
      >
        {t('notices.pageUp')}
      </button>
      <button
        type="button"
        className="secondary-action paging-action"
        aria-disabled={!paging.canGo.down || undefined}
        onClick={paging.pageDown}
      >
        {t('notices.pageDown')}
      </button>
    </div>
  );
}
