// Pinyin → Chinese candidates for the staff on-screen keyboard. License-clean: the table is built
// from our own notices/announcements (words, phrases, frequencies) plus the 3,755 level-1
// characters of GB2312 (so common characters outside our content can be typed too), with the
// readings from pinyin-pro. Built lazily on first use: boot stays fast, staff rarely type.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';

export interface ImeCandidate {
  text: string;
  /** How many letters of the input this candidate uses. */
  consumed: number;
}

export interface PinyinIme {
  candidates(pinyin: string, limit?: number): ImeCandidate[];
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_CHAR = /\p{Script=Han}/gu;
const NOT_LETTER = /[^a-z]/g;
/** Longest phrase kept (characters): two adjacent words, e.g. 居住 + 证 → 居住证. */
const MAX_PHRASE_CHARS = 6;

interface Entry {
  text: string;
  count: number;
  /** GB2312 position for characters (Infinity when not level 1), so ties keep the standard order. */
  order: number;
}

interface ImeTable {
  /** Toneless pinyin of a whole word/phrase (≥ 2 characters) → its entries. */
  words: Map<string, Entry[]>;
  /** One syllable → the characters read that way. */
  chars: Map<string, Entry[]>;
  longestSyllable: number;
}

/** The GB2312 level-1 characters (rows 0xB0..0xD7), in code order, undefined cells skipped. */
export function gb2312Level1(): string[] {
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = iconv.decode(Buffer.from([row, cell]), 'gb2312');
      if (ch.length === 1 && HAN_ONLY.test(ch)) out.push(ch);
    }
  }
  return out;
}

/** Every zh-CN string inside a notice/announcement (or any nested value): the IME's corpus. */
export function zhCnTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) zhCnTexts(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'zh-CN' && typeof v === 'string') out.push(v);
      else zhCnTexts(v, out);
    }
  }
  return out;
}

function syllablesOf(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.toLowerCase().replace(NOT_LETTER, ''),
  );
}

function readingsOf(ch: string): string[] {
  const all = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
  return [...new Set(all.map((s) => s.toLowerCase().replace(NOT_LETTER, '')).filter(Boolean))];
}

function buildTable(corpus: readonly string[]): ImeTable {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const wordCounts = new Map<string, number>();
  const charCounts = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  for (const text of corpus) {
    for (const ch of text.match(HAN_CHAR) ?? []) bump(charCounts, ch);
    let previous: string | null = null;
    for (const seg of segmenter.segment(text)) {
      const word = seg.segment;
      if (!seg.isWordLike || !HAN_ONLY.test(word)) {
        previous = null;
        continue;
      }
      if (word.length >= 2) bump(wordCounts, word);
      // Adjacent words make phrases (居住 + 证), kept when they recur.
      if (previous && previous.length + word.length <= MAX_PHRASE_CHARS) bump(wordCounts, previous + word);
      previous = word;
    }
  }

  const words = new Map<string, Entry[]>();
  for (const [text, count] of wordCounts) {
    // A phrase seen once is most likely two words that happen to meet; a word counts always.
    const isPhrase = [...segmenter.segment(text)].length > 1;
    if (isPhrase && count < 2) continue;
    const key = syllablesOf(text).join('');
    if (!key) continue;
    const list = words.get(key) ?? [];
    list.push({ text, count, order: 0 });
    words.set(key, list);
  }

  const chars = new Map<string, Entry[]>();
  const level1 = gb2312Level1();
  const order = new Map(level1.map((ch, i) => [ch, i]));
  const allChars = new Set([...level1, ...charCounts.keys()]);
  let longestSyllable = 0;
  for (const ch of allChars) {
    for (const syllable of readingsOf(ch)) {
      const list = chars.get(syllable) ?? [];
      list.push({
        text: ch,
        count: charCounts.get(ch) ?? 0,
        order: order.get(ch) ?? Number.POSITIVE_INFINITY,
      });
      chars.set(syllable, list);
      longestSyllable = Math.max(longestSyllable, syllable.length);
    }
  }

  const byUse = (a: Entry, b: Entry) => b.count - a.count || a.order - b.order;
  for (const list of words.values()) list.sort(byUse);
  for (const list of chars.values()) list.sort(byUse);
  return { words, chars, longestSyllable };
}

/**
 * Candidates, in this order: words/phrases whose pinyin is the whole input (by corpus frequency);
 * words whose pinyin is a shorter run of whole syllables at the start (longest first); then the
 * characters of the first syllable (its longest valid prefix; corpus frequency, then GB2312 order).
 * Input that starts with no valid syllable (e.g. "xqz") has no candidates.
 */
export function createPinyinIme(corpus: () => string[]): PinyinIme {
  let table: ImeTable | null = null;

  return {
    candidates(input, limit = 24) {
      if (!/^[a-z]{1,64}$/.test(input) || limit <= 0) return [];
      table ??= buildTable(corpus());
      const out: ImeCandidate[] = [];
      const seen = new Set<string>();
      const add = (entries: readonly Entry[] | undefined, consumed: number) => {
        for (const e of entries ?? []) {
          if (out.length >= limit) return;
          if (seen.has(e.text)) continue;
          seen.add(e.text);
          out.push({ text: e.text, consumed });
        }
      };

      for (let len = input.length; len >= 2; len--) add(table.words.get(input.slice(0, len)), len);
      for (let len = Math.min(input.length, table.longestSyllable); len >= 1; len--) {
        const chars = table.chars.get(input.slice(0, len));
        if (chars) {
          add(chars, len);
          break;
        }
      }
      return out;
    },
  };
}
