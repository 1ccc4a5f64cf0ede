import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentFreshness, Locale, NoticeView } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { BackAction } from '../components/BackAction';
import { ScreenHeading } from '../components/ScreenHeading';
import { pickLocalized } from '../i18n/localized';
import { FreshnessNote } from './FreshnessNote';
import { NoticeLoadFailed } from './NoticeLoadFailed';
import { NoticeSections } from './NoticeSections';
import { PagingButtons } from './PagingButtons';
import { usePaging } from './usePaging';
import { useSlipPrint } from './useSlipPrint';

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; notice: NoticeView; freshness: ContentFreshness }
  | { status: 'failed'; messageKey: ErrorMessageKey };

interface Props {
  id: string;
  locale: Locale;
  onTakeNumber: (serviceId: string) => void;
  onPreviewA4: () => void;
  onBack: () => void;
}

/** One notice, read top to bottom; the actions stay at the bottom within reach. */
export function NoticeScreen({ id, locale, onTakeNumber, onPreviewA4, onBack }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const bodyRef = useRef<HTMLElement>(null);
  const paging = usePaging(bodyRef, state);
  const slip = useSlipPrint(id, locale);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.notices.get({ id }).then(
      ({ notice, ...freshness }) => setState({ status: 'ready', notice, freshness }),
      (error: unknown) => setState({ status: 'failed', messageKey: errorMessageKey(error) }),
    );
  }, [api, id]);
  useEffect(load, [load]);

  if (state.status === 'failed')
    return (
      <NoticeLoadFailed
        messageKey={state.messageKey}
        onRetry={load}
        onBackToList={onBack}
        onBack={onBack}
        backLabel={t('notices.backToList')}
      />
    );
  if (state.status === 'loading') {
    return (
      <>
        <ScreenHeading>{t('notices.title')}</ScreenHeading>
        <p className="hint">{t('notices.loading')}</p>
        <BackAction onBack={onBack} />
      </>
    );
  }

  const { notice, freshness } = state;
  return (
    <div className="notice-layout">
      <ScreenHeading>{pickLocalized(notice.title, locale)}</ScreenHeading>
      <p className="matter-type">
        {t('notices.matterType.label', { type: t(`notices.matterType.${notice.matterType}`) })}
      </p>
      <FreshnessNote freshness={freshness} locale={locale} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that a keyboard's arrows and Page keys scroll it */}
      <section ref={bodyRef} className="notice-body" aria-label={t('notices.section.content')} tabIndex={0}>
        <NoticeSections notice={notice} locale={locale} />
      </section>
      <div className="notice-actions">
        <PagingButtons paging={paging} />
        <p className="slip-outcome" aria-live="polite">
          {slip.message}
        </p>
        <div className="actions notice-main-actions">
          <button type="button" className="primary-action" onClick={() => onTakeNumber(notice.serviceId)}>
            {t('notices.takeNumber')}
          </button>
          <button
            type="button"
            className="secondary-action"
            aria-disabled={slip.busy || undefined}
            onClick={slip.print}
          >
            {t('notices.printSlip')}
          </button>
        </div>
        <div className="actions notice-secondary-actions">
          <button type="button" className="secondary-action" onClick={onPreviewA4}>
            {t('notices.previewA4')}
          </button>
          <button type="button" className="secondary-action" onClick={onBack}>
            {t('common.back')}
          </button>
        </div>
      </div>
    </div>
  );
}
