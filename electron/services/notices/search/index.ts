export {
  createNoticeSearch,
  MAX_QUERY_LENGTH,
  type MatchKind,
  type NoticeSearch,
  normaliseQuery,
  type SearchableNotice,
  type SearchField,
  type SearchHit,
} from './notice-search';
