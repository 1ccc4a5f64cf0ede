import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { ScreenHeading } from '../components/ScreenHeading';
import { usePrintJob } from '../components/usePrintJob';
import { NoticeLoadFailed } from './NoticeLoadFailed';

type PreviewState =
  | { status: 'loading' }
  | { status: 'ready'; pages: string[] }
  | { status: 'failed'; messageKey: ErrorMessageKey };

interface Props {
  id: string;
  locale: Locale;
  onBack: () => void;
  /** The notice was removed meanwhile: back to the list, with the calm message on the notice screen. */
  onBackToList: () => void;
}

/** The A4 PDF as page images, then "print" through the OS print system, and what came of it. */
export function A4PreviewScreen({ id, locale, onBack, onBackToList }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [preview, setPreview] = useState<PreviewState>({ status: 'loading' });

  const load = useCallback(() => {
    setPreview({ status: 'loading' });
    api.notices.previewA4({ id, locale }).then(
      ({ pages }) => setPreview({ status: 'ready', pages }),
      (error: unknown) => setPreview({ status: 'failed', messageKey: errorMessageKey(error) }),
    );
  }, [api, id, locale]);
  useEffect(load, [load]);

  const { job: print, print: printA4 } = usePrintJob(() => api.notices.printA4({ id, locale }));

  if (preview.status === 'failed')
    return (
      <NoticeLoadFailed
        messageKey={preview.messageKey}
        onRetry={load}
        onBackToList={onBackToList}
        onBack={onBack}
      />
    );

  const pages = preview.status === 'ready' ? preview.pages : [];
  let outcome = '';
  if (print.status === 'printing') outcome = t('notices.a4.printing');
  else if (print.status === 'failed') outcome = t(print.messageKey);
  else if (print.status === 'done')
    outcome =
      print.outcome.status === 'printed'
        ? t('notices.a4.printed')
        : t(`notices.a4.failed.${print.outcome.reason}`);

  return (
    <div className="notice-layout">
      <ScreenHeading>{t('notices.a4.title')}</ScreenHeading>
      {preview.status === 'loading' ? (
        <p className="hint">{t('notices.a4.loading')}</p>
      ) : (
        <p>{t('notices.a4.pages', { pages: pages.length })}</p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so that a keyboard can scroll the pages */}
      <section className="a4-pages" aria-label={t('notices.a4.pagesRegion')} tabIndex={0}>
        {pages.map((src, index) => (
          <img
            // biome-ignore lint/suspicious/noArrayIndexKey: a page's place in the document is its identity
            key={`page-${index + 1}`}
            src={src}
            className="a4-page"
            alt={t('notices.a4.pageAlt', { page: index + 1, pages: pages.length })}
          />
        ))}
      </section>
      <p className="slip-outcome" aria-live="polite">
        {outcome}
      </p>
      <div className="actions">
        <button
          type="button"
          className="primary-action"
          aria-disabled={preview.status !== 'ready' || print.status === 'printing' || undefined}
          onClick={() => {
            if (preview.status === 'ready') printA4();
          }}
        >
          {t('notices.a4.print')}
        </button>
        <button type="button" className="secondary-action" onClick={onBack}>
          {t('common.back')}
        </button>
      </div>
    </div>
  );
}
