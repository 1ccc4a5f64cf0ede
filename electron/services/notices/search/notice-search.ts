// In-memory search over procedure notices for the resident kiosk: Chinese substring, toneless
// pinyin ("juzhuzheng", "ju zhu zheng"), pinyin initials ("jzz" → 居住证) and English word
// prefixes. Everything costly (folding, pinyin) is done once at construction; a query is a few
// String.includes scans per field, no regular expression built from user input.
import { compactText, fold, type PinyinKeys, pinyinKeys, queryWords, wordText } from './normalize';

export interface SearchableNotice {
  id: string;
  title: { 'zh-CN': string; en: string };
  text: { 'zh-CN': string; en: string };
}

export type SearchField = 'title' | 'text';
export type MatchKind = 'hanzi' | 'english' | 'pinyin' | 'initials';

export interface SearchHit {
  id: string;
  /** Field the best match was found in; title matches always rank above text matches. */
  field: SearchField;
  matchedBy: MatchKind;
  score: number;
}

export interface NoticeSearch {
  search(query: string, limit?: number): SearchHit[];
}

/** Longer queries cannot be typed on the kiosk keyboard; they are refused without any scan. */
export const MAX_QUERY_LENGTH = 100;
const DEFAULT_LIMIT = 20;
const MIN_INITIALS_LENGTH = 2;

// Field weight dominates kind weight, so any title hit outranks any text hit.
const FIELD_WEIGHT: Record<SearchField, number> = { title: 1000, text: 0 };
const KIND_WEIGHT: Record<MatchKind, number> = { hanzi: 400, english: 400, pinyin: 300, initials: 200 };

interface IndexedField {
  zh: string;
  en: string;
  pinyin: PinyinKeys;
}

export interface IndexedNotice {
  id: string;
  title: IndexedField;
  text: IndexedField;
}

interface PreparedQuery {
  /** Query without whitespace, for Chinese and pinyin matching. */
  compact: string;
  /** Letters only (a–z), so pinyin and initials are worth trying. */
  latin: boolean;
  words: string[];
}

function indexField(field: { 'zh-CN': string; en: string }): IndexedField {
  return { zh: compactText(field['zh-CN']), en: wordText(field.en), pinyin: pinyinKeys(field['zh-CN']) };
}

export function normaliseQuery(query: string): string {
  return fold(query).replace(/\s+/g, ' ').trim();
}

function prepare(query: string): PreparedQuery | null {
  if (query.length > MAX_QUERY_LENGTH * 4) return null; // bound the folding work itself
  const normalised = normaliseQuery(query);
  if (!normalised || normalised.length > MAX_QUERY_LENGTH) return null;
  const compact = normalised.replaceAll(' ', '');
  return { compact, latin: /^[a-z]+$/.test(compact), words: queryWords(normalised) };
}

/** Earlier matches rank a little higher; the bonus stays below the gap between kinds. */
function positionBonus(index: number): number {
  return 99 / (1 + index);
}

function matchField(field: IndexedField, q: PreparedQuery): { kind: MatchKind; score: number } | null {
  const zhAt = field.zh.indexOf(q.compact);
  if (zhAt >= 0) return { kind: 'hanzi', score: KIND_WEIGHT.hanzi + positionBonus(zhAt) };
  // "居住证 材料": separate Chinese words may sit anywhere in the field.
  if (q.words.length > 1 && q.words.every((word) => field.zh.includes(word))) {
    return { kind: 'hanzi', score: KIND_WEIGHT.hanzi };
  }
  if (q.words.length > 0 && field.en) {
    let first = Number.POSITIVE_INFINITY;
    let all = true;
    for (const word of q.words) {
      const at = field.en.indexOf(` ${word}`);
      if (at < 0) {
        all = false;
        break;
      }
      first = Math.min(first, at);
    }
    if (all) return { kind: 'english', score: KIND_WEIGHT.english + positionBonus(first) };
  }
  if (!q.latin) return null;
  const pinyinAt = field.pinyin.full.indexOf(q.compact);
  if (pinyinAt >= 0) return { kind: 'pinyin', score: KIND_WEIGHT.pinyin + positionBonus(pinyinAt) };
  if (q.compact.length >= MIN_INITIALS_LENGTH) {
    const initialsAt = field.pinyin.initials.indexOf(q.compact);
    if (initialsAt >= 0) return { kind: 'initials', score: KIND_WEIGHT.initials + positionBonus(initialsAt) };
  }
  return null;
}

/** Indexes one notice (folding, pinyin: the costly part), so a caller can keep it across rebuilds. */
export function indexNotice(doc: SearchableNotice): IndexedNotice {
  return { id: doc.id, title: indexField(doc.title), text: indexField(doc.text) };
}

/** Searches notices indexed with indexNotice, best first; title matches rank above text matches. */
export function searchIndexed(
  index: readonly IndexedNotice[],
  query: string,
  limit = DEFAULT_LIMIT,
): SearchHit[] {
  if (typeof query !== 'string' || !(limit > 0)) return [];
  const q = prepare(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const notice of index) {
    const title = matchField(notice.title, q);
    if (title) {
      hits.push({
        id: notice.id,
        field: 'title',
        matchedBy: title.kind,
        score: FIELD_WEIGHT.title + title.score,
      });
      continue;
    }
    const text = matchField(notice.text, q);
    if (text)
      hits.push({
        id: notice.id,
        field: 'text',
        matchedBy: text.kind,
        score: FIELD_WEIGHT.text + text.score,
      });
  }
  // Array.prototype.sort is stable: equal scores keep the catalogue order.
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, Math.floor(limit));
}

export function createNoticeSearch(docs: readonly SearchableNotice[]): NoticeSearch {
  const index = docs.map(indexNotice);
  return { search: (query, limit) => searchIndexed(index, query, limit) };
}
