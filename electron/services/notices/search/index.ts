export {
  createNoticeSearch,
  type IndexedNotice,
  indexNotice,
  MAX_QUERY_LENGTH,
  type MatchKind,
  type NoticeSearch,
  normaliseQuery,
  type SearchableNotice,
  type SearchField,
  type SearchHit,
  searchIndexed,
} from './notice-search';
