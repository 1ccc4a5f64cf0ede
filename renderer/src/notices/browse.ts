import type { NoticeArea } from '../../../electron/notice-model';

/** Where the resident was in the notices home: kept while they read a notice, to come back to. */
export interface NoticesBrowse {
  area: NoticeArea | null;
  query: string;
}

export const EMPTY_BROWSE: NoticesBrowse = { area: null, query: '' };
