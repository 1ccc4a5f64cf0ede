import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../electron/api';
import { useKioskApi } from '../api/KioskApiContext';
import { applyKeyboardKey, type KeyboardKey } from '../components/OnScreenKeyboard';
import { NoticeButton } from './NoticeButton';
import { useNoticeSearch } from './useNoticeSearch';

export const MAX_QUERY_LENGTH = 100;

/** The search box: typed on the on-screen keyboard or a physical one. */
export function SearchBox({ query, onChange }: { query: string; onChange: (query: string) => void }) {
  const { t } = useTranslation();
  const queryRef = useRef(query);
  queryRef.current = query;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  // Keys typed while focus is elsewhere on the screen (e.g. on a key) still reach the box.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || (target instanceof Element && target.closest('dialog')))
        return;
      const onButton = target instanceof HTMLButtonElement;
      let key: KeyboardKey | null = null;
      if (/^[a-z0-9]$/i.test(event.key)) key = event.key.toLowerCase();
      else if (event.key === 'Backspace') key = 'backspace';
      else if (event.key === ' ' && !onButton) key = 'space';
      if (key === null) return;
      event.preventDefault();
      // Set at once: keys may come faster than renders (a fast typist, a scanner).
      queryRef.current = applyKeyboardKey(queryRef.current, key, MAX_QUERY_LENGTH);
      onChangeRef.current(queryRef.current);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="search-box">
      <label htmlFor="notice-search" className="search-label">
        {t('notices.searchLabel')}
      </label>
      <input
        id="notice-search"
        type="search"
        className="search-input"
        // The on-screen keyboard is the kiosk's own; no system keyboard should pop up over it.
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        aria-describedby="notice-search-hint"
        value={query}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id="notice-search-hint" className="hint">
        {t('notices.searchHint')}
      </p>
    </div>
  );
}

/** Results as the resident types; a kind word when nothing matches. */
export function SearchResults({
  query,
  locale,
  onOpen,
}: {
  query: string;
  locale: Locale;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const api = useKioskApi();
  const search = useNoticeSearch(api, query);
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" aria-live="polite">
        {search.status === 'done'
          ? search.hits.length > 0
            ? t('notices.results', { count: search.hits.length })
            : t('notices.noResults', { query: search.query })
          : search.status === 'failed'
            ? t(search.messageKey)
            : t('notices.searching')}
      </h2>
      {search.status === 'done' && search.hits.length > 0 && (
        <ul className="service-list notice-list">
          {search.hits.map((hit) => (
            <NoticeButton key={hit.id} notice={hit} locale={locale} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
