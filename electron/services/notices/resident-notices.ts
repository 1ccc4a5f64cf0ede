// The notices residents see, kept in memory between changes: each notice is re-read from SQLite
// and re-indexed for search only when its key (version, time, pending change) changed, so a
// sync of one notice costs one notice, not two thousand. warm() does the work in small slices
// after a sync, so the first search after a large sync does not stall the kiosk.
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Notice } from '../../notice-model';
import type { KioskStore } from '../store';
import { residentNotice } from './resident-content';
import { type IndexedNotice, indexNotice, type SearchHit, searchIndexed } from './search';
import { searchableNotice } from './searchable';

interface Entry {
  key: string;
  notice: Notice | null;
  indexed: IndexedNotice | null;
}

export interface ResidentNotices {
  /** Notices shown to residents, sorted by Chinese title. */
  list(): Notice[];
  get(id: string): Notice | undefined;
  search(query: string, limit: number): SearchHit[];
  /** Brings the cache and the search index up to date in slices, yielding between them. */
  warm(): Promise<void>;
}

const LOADS_PER_SLICE = 20;
const INDEXES_PER_SLICE = 2;
const collator = new Intl.Collator('zh-CN');

export function createResidentNotices(store: KioskStore): ResidentNotices {
  const entries = new Map<string, Entry>();
  let sorted: Entry[] = [];
  let revision = -1;

  function load(id: string, key: string): void {
    entries.set(id, { key, notice: residentNotice(store.content.getNotice(id)), indexed: null });
  }

  function finish(keys: Array<{ id: string }>, seen: number): void {
    const present = new Set(keys.map((k) => k.id));
    for (const id of entries.keys()) if (!present.has(id)) entries.delete(id);
    sorted = [...entries.values()]
      .filter((e) => e.notice)
      .sort((a, b) => {
        const x = a.notice as Notice;
        const y = b.notice as Notice;
        return collator.compare(x.title['zh-CN'], y.title['zh-CN']) || x.id.localeCompare(y.id);
      });
    // A change made meanwhile leaves `revision` behind `seen`'s successor: the next call refreshes.
    revision = seen;
  }

  /** Re-reads what changed, at once (a resident is waiting). */
  function refreshNow(): void {
    const seen = store.content.revision();
    const keys = store.content.noticeKeys();
    for (const { id, key } of keys) if (entries.get(id)?.key !== key) load(id, key);
    finish(keys, seen);
  }

  /** Re-reads what changed in slices, yielding to the event loop between them. */
  async function refreshInSlices(): Promise<void> {
    const seen = store.content.revision();
    const keys = store.content.noticeKeys();
    let loads = 0;
    for (const { id, key } of keys) {
      if (entries.get(id)?.key === key) continue;
      load(id, key);
      if (++loads % LOADS_PER_SLICE === 0) await yieldToEventLoop();
    }
    finish(keys, seen);
  }

  function upToDate(): Entry[] {
    if (revision !== store.content.revision()) refreshNow();
    return sorted;
  }

  function indexed(entry: Entry): IndexedNotice {
    entry.indexed ??= indexNotice(searchableNotice(entry.notice as Notice));
    return entry.indexed;
  }

  return {
    list: () => upToDate().map((e) => e.notice as Notice),
    get(id) {
      upToDate();
      return entries.get(id)?.notice ?? undefined;
    },
    search: (query, limit) => searchIndexed(upToDate().map(indexed), query, limit),
    async warm() {
      if (revision !== store.content.revision()) await refreshInSlices();
      let done = 0;
      for (const entry of sorted) {
        if (entry.indexed || !entry.notice) continue;
        indexed(entry);
        if (++done % INDEXES_PER_SLICE === 0) await yieldToEventLoop();
      }
    },
  };
}
