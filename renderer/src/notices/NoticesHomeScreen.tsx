import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentFreshness, Locale, NoticeSummary } from '../../../electron/api';
import type { NoticeArea } from '../../../electron/notice-model';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';
import { useKioskApi } from '../api/KioskApiContext';
import { BackAction } from '../components/BackAction';
import { LoadFailedPanel } from '../components/LoadFailedPanel';
import { applyKeyboardKey, OnScreenKeyboard } from '../components/OnScreenKeyboard';
import { ScreenHeading } from '../components/ScreenHeading';
import { AREA_ORDER } from './areas';
import type { NoticesBrowse } from './browse';
import { FreshnessNote } from './FreshnessNote';
import { NoticeButton } from './NoticeButton';
import { MAX_QUERY_LENGTH, SearchBox, SearchResults } from './NoticeSearch';
import { PagingButtons } from './PagingButtons';
import { usePaging } from './usePaging';

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; notices: NoticeSummary[]; freshness: ContentFreshness }
  | { status: 'failed'; messageKey: ErrorMessageKey };

interface Props {
  locale: Locale;
  initial: NoticesBrowse;
  onOpen: (id: string, browse: NoticesBrowse) => void;
  onBack: () => void;
}

/** Browse by service area or search (Chinese, pinyin, initials, English). */
export function NoticesHomeScreen({ locale, initial, onOpen, onBack }: Props) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [query, setQuery] = useState(initial.query);
  const [area, setArea] = useState<NoticeArea | null>(initial.area);
  const browseRef = useRef<HTMLDivElement>(null);
  const paging = usePaging(browseRef, `${state.status}|${area}|${query.trim() !== ''}`);

  const load = useCallback(() => {
    setState({ status: 'loading' });
    api.notices.list().then(
      ({ notices, ...freshness }) => setState({ status: 'ready', notices, freshness }),
      (error: unknown) => setState({ status: 'failed', messageKey: errorMessageKey(error) }),
    );
  }, [api]);
  useEffect(load, [load]);

  if (state.status === 'failed')
    return <LoadFailedPanel messageKey={state.messageKey} onRetry={load} onBack={onBack} />;

  const open = (id: string) => onOpen(id, { area, query });
  const notices = state.status === 'ready' ? state.notices : [];
  const searching = query.trim().length > 0;

  return (
    <div className="notices-home">
      <div className="notices-top">
        <ScreenHeading>{t('notices.title')}</ScreenHeading>
        {state.status === 'ready' && <FreshnessNote freshness={state.freshness} locale={locale} />}
      </div>
      <div className="notices-find">
        <SearchBox query={query} onChange={setQuery} />
        <div ref={browseRef} className="notices-browse">
          {searching ? (
            <SearchResults query={query} locale={locale} onOpen={open} />
          ) : state.status === 'loading' ? (
            <p className="hint">{t('notices.loading')}</p>
          ) : notices.length === 0 ? (
            <p>{t('notices.empty')}</p>
          ) : area === null ? (
            <AreaChooser notices={notices} onChoose={setArea} />
          ) : (
            <AreaNotices
              area={area}
              notices={notices}
              locale={locale}
              onOpen={open}
              onAllAreas={() => setArea(null)}
            />
          )}
        </div>
        <PagingButtons paging={paging} />
      </div>
      <div className="notices-keys">
        <OnScreenKeyboard
          label={t('notices.keyboardLabel')}
          onKey={(key) => setQuery((current) => applyKeyboardKey(current, key, MAX_QUERY_LENGTH))}
        />
        <BackAction onBack={onBack} />
      </div>
    </div>
  );
}

/** Areas that have notices, in the hall's order, each with how many. */
function AreaChooser({
  notices,
  onChoose,
}: {
  notices: NoticeSummary[];
  onChoose: (area: NoticeArea) => void;
}) {
  const { t } = useTranslation();
  const areas = AREA_ORDER.map((area) => ({
    area,
    count: notices.filter((n) => n.area === area).length,
  })).filter((entry) => entry.count > 0);
  return (
    <section className="notice-areas" aria-labelledby="areas-title">
      <h2 id="areas-title">{t('notices.areasTitle')}</h2>
      <ul className="service-list area-list">
        {areas.map(({ area, count }) => (
          <li key={area}>
            <button type="button" className="service-button area-button" onClick={() => onChoose(area)}>
              <span className="service-name">{t(`notices.area.${area}`)}</span>
              <span className="service-detail">{t('notices.areaCount', { count })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function AreaNotices(props: {
  area: NoticeArea;
  notices: NoticeSummary[];
  locale: Locale;
  onOpen: (id: string) => void;
  onAllAreas: () => void;
}) {
  const { t } = useTranslation();
  const inArea = props.notices.filter((notice) => notice.area === props.area);
  return (
    <section className="notice-areas" aria-labelledby="area-title">
      <h2 id="area-title">{t(`notices.area.${props.area}`)}</h2>
      {inArea.length === 0 ? (
        <p>{t('notices.areaEmpty')}</p>
      ) : (
        <ul className="service-list notice-list">
          {inArea.map((notice) => (
            <NoticeButton key={notice.id} notice={notice} locale={props.locale} onOpen={props.onOpen} />
          ))}
        </ul>
      )}
      <button type="button" className="secondary-action all-areas" onClick={props.onAllAreas}>
        {t('notices.allAreas')}
      </button>
    </section>
  );
}
