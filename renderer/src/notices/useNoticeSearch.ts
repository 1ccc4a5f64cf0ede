import { useEffect, useState } from 'react';
import type { KioskClient } from '../api/client';
import { type ErrorMessageKey, errorMessageKey } from '../api/errors';

type Hits = Awaited<ReturnType<KioskClient['notices']['search']>>['hits'];

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; query: string; hits: Hits }
  | { status: 'failed'; messageKey: ErrorMessageKey };

/** Results as the resident types: waits this long after the last key before asking. */
export const SEARCH_DEBOUNCE_MS = 150;

/** Debounced search; an answer to an older query never replaces the newer one's. */
export function useNoticeSearch(api: KioskClient, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'searching' }));
    const timer = setTimeout(() => {
      api.notices.search({ query: trimmed }).then(
        ({ hits }) => {
          if (current) setState({ status: 'done', query: trimmed, hits });
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', messageKey: errorMessageKey(error) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  return state;
}
