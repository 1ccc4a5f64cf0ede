// Text normalisation and pinyin keys shared by the notice index and the query side, so both are
// folded the same way (full-width → half-width, case, markdown marks, whitespace).
import { pinyin } from 'pinyin-pro';

const MARKDOWN_MARKS = /[*_#>`~|]/g;
const WHITESPACE = /\s+/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const PINYIN_SYLLABLE_CHARS = /[^a-z0-9]/g;

/** NFKC folds full-width letters, digits and the ideographic space to their half-width forms. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Chinese side: folded, markdown marks and all whitespace removed, so "居住 证" matches 居住证. */
export function compactText(text: string): string {
  return fold(text).replace(MARKDOWN_MARKS, '').replace(WHITESPACE, '');
}

/**
 * English side: words separated by single spaces, with a leading space, so that
 * `includes(' ' + word)` is a word-prefix test without any regular expression at query time.
 */
export function wordText(text: string): string {
  const words = fold(text).replace(NON_WORD, ' ').trim();
  return words ? ` ${words}` : '';
}

/** Query words for the English side (same folding as wordText). */
export function queryWords(query: string): string[] {
  return query.replace(NON_WORD, ' ').trim().split(' ').filter(Boolean);
}

export interface PinyinKeys {
  /** Toneless syllables run together: 居住证 → "juzhuzheng". */
  full: string;
  /** First letter of each syllable: 居住证 → "jzz". */
  initials: string;
}

// Notices repeat whole phrases (materials, legal bases, closing lines); pinyin is computed once
// per phrase. Phrases are split at punctuation/whitespace, which also bounds pinyin-pro's context.
const PHRASE_SPLIT = /[^\p{Script=Han}a-z0-9]+/u;
const phraseCache = new Map<string, PinyinKeys>();
const PHRASE_CACHE_LIMIT = 50_000;

function phraseKeys(phrase: string): PinyinKeys {
  const cached = phraseCache.get(phrase);
  if (cached) return cached;
  const syllables = pinyin(phrase, { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase().replace(PINYIN_SYLLABLE_CHARS, ''))
    .filter(Boolean);
  const keys = { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
  if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(phrase, keys);
  return keys;
}

/**
 * Pinyin keys of a Chinese text. Phrases are joined without a separator so a query may span a
 * punctuation mark, as a resident typing "juzhuzheng" does not know where the commas were.
 */
export function pinyinKeys(text: string): PinyinKeys {
  const phrases = compactText(text).split(PHRASE_SPLIT).filter(Boolean);
  let full = '';
  let initials = '';
  for (const phrase of phrases) {
    const keys = phraseKeys(phrase);
    full += keys.full;
    initials += keys.initials;
  }
  return { full, initials };
}
