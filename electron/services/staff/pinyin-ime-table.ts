// The candidate table of the staff pinyin IME, built as a generator that yields after every small
// unit of work (one corpus text, one word, one character): the caller decides how much to do
// before giving the event loop back (pinyin-ime.ts), or runs it to the end at once (test fakes).
// License-clean: words and frequencies from our own notices/announcements, plus the 3,755 level-1
// characters of GB2312, with the readings from pinyin-pro.
import iconv from 'iconv-lite';
import { pinyin } from 'pinyin-pro';

export interface ImeCandidate {
  text: string;
  /** How many letters of the input this candidate uses. */
  consumed: number;
}

interface Entry {
  text: string;
  count: number;
  /** GB2312 position for characters (Infinity when not level 1), so ties keep the standard order. */
  order: number;
}

export interface ImeTable {
  /** Toneless pinyin of a whole word/phrase (≥ 2 characters) → its entries. */
  words: Map<string, Entry[]>;
  /** One syllable → the characters read that way. */
  chars: Map<string, Entry[]>;
  longestSyllable: number;
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const HAN_CHAR = /\p{Script=Han}/gu;
const NOT_LETTER = /[^a-z]/g;
/** Longest phrase kept (characters): two adjacent words, e.g. 居住 + 证 → 居住证. */
const MAX_PHRASE_CHARS = 6;
const GB2312_CELLS = 94;

function gb2312Row(row: number): string[] {
  const bytes = Buffer.alloc(GB2312_CELLS * 2);
  for (let i = 0; i < GB2312_CELLS; i++) {
    bytes[i * 2] = row;
    bytes[i * 2 + 1] = 0xa1 + i;
  }
  const whole = [...iconv.decode(bytes, 'gb2312')];
  // One decode per row; a row with undefined cells (the end of 0xD7) is decoded cell by cell.
  const cells =
    whole.length === GB2312_CELLS
      ? whole
      : Array.from({ length: GB2312_CELLS }, (_, i) => iconv.decode(Buffer.from([row, 0xa1 + i]), 'gb2312'));
  return cells.filter((ch) => ch.length === 1 && HAN_ONLY.test(ch));
}

/** The GB2312 level-1 characters (rows 0xB0..0xD7), in code order, undefined cells skipped. */
export function gb2312Level1(): string[] {
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) out.push(...gb2312Row(row));
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

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/**
 * Builds the table, yielding after each unit of work. The first step (pinyin-pro's first call
 * builds its own phrase index) cannot be cut smaller; every later one takes well under 1 ms.
 */
export function* buildImeTableSteps(corpus: readonly string[]): Generator<void, ImeTable, void> {
  readingsOf('啊');
  yield;
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
    yield;
  }

  const words = new Map<string, Entry[]>();
  for (const [text, count] of wordCounts) {
    // A phrase seen once is most likely two words that happen to meet; a word counts always.
    if (count < 2 && [...segmenter.segment(text)].length > 1) continue;
    const key = syllablesOf(text).join('');
    if (key) push(words, key, { text, count, order: 0 });
    yield;
  }

  const level1: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    level1.push(...gb2312Row(row));
    yield;
  }
  const order = new Map(level1.map((ch, i) => [ch, i]));
  const chars = new Map<string, Entry[]>();
  let longestSyllable = 0;
  for (const ch of new Set([...level1, ...charCounts.keys()])) {
    for (const syllable of readingsOf(ch)) {
      push(chars, syllable, {
        text: ch,
        count: charCounts.get(ch) ?? 0,
        order: order.get(ch) ?? Number.POSITIVE_INFINITY,
      });
      longestSyllable = Math.max(longestSyllable, syllable.length);
    }
    yield;
  }

  const byUse = (a: Entry, b: Entry) => b.count - a.count || a.order - b.order;
  for (const list of words.values()) list.sort(byUse);
  yield;
  for (const list of chars.values()) list.sort(byUse);
  return { words, chars, longestSyllable };
}

/** The whole build at once, blocking: for test fakes and measurements, never the kiosk itself. */
export function buildImeTableNow(corpus: readonly string[]): ImeTable {
  const steps = buildImeTableSteps(corpus);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * Candidates, in this order: words/phrases whose pinyin is the whole input (by corpus frequency);
 * words whose pinyin is a shorter run of whole syllables at the start (longest first); then the
 * characters of the first syllable (its longest valid prefix; corpus frequency, then GB2312 order).
 * Input that starts with no valid syllable (e.g. "xqz") has no candidates.
 */
export function lookupCandidates(table: ImeTable, input: string, limit = 24): ImeCandidate[] {
  if (!/^[a-z]{1,64}$/.test(input) || limit <= 0) return [];
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
}
