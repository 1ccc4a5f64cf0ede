// Many plausible notices at once, for benchmarks (e.g. syncing 2,000 changed notices): each is a
// fixture notice with its own id and numbered title, imported in ONE transaction through the store.
import type { NoticeContent } from '../../electron/notice-model';
import type { CentralStore } from './store';

/** The i-th copy of `base`: id `${prefix}-${i}`, title numbered in both languages. */
export function generatedNotice(base: NoticeContent, i: number, prefix = 'bench'): NoticeContent {
  return {
    ...base,
    id: `${prefix}-${i}`,
    title: { 'zh-CN': `${base.title['zh-CN']}（${i}）`, en: `${base.title.en} (${i})` },
  };
}

/**
 * Creates or changes `count` notices (ids `${prefix}-0` …) in one transaction; each takes the next
 * version and change-feed seq. Safe while a server runs on the same database file.
 */
export function insertGeneratedNotices(
  store: Pick<CentralStore, 'importItems'>,
  base: NoticeContent,
  count: number,
  opts: { prefix?: string; updatedAt?: string; updatedBy?: string | null } = {},
): number {
  const updatedAt = opts.updatedAt ?? new Date().toISOString();
  const items = Array.from({ length: count }, (_, i) => ({
    content: generatedNotice(base, i, opts.prefix),
    updatedAt,
    updatedBy: opts.updatedBy ?? null,
  }));
  return store.importItems('notice', items);
}
