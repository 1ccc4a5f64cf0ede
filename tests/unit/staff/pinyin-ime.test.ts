// The IME's candidates over the real fixture notices and announcements (the corpus the kiosk has),
// plus GB2312 level 1 for characters our content does not use.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import { createPinyinIme, gb2312Level1, zhCnTexts } from '../../../electron/services/staff/pinyin-ime';

const fx = loadFixtures(join(import.meta.dirname, '../../../fixtures'));
const corpus = zhCnTexts([fx.notices, fx.announcements]);

describe('pinyin IME', () => {
  let corpusCalls = 0;
  const ime = createPinyinIme(() => {
    corpusCalls++;
    return corpus;
  });
  const texts = (input: string) => ime.candidates(input).map((c) => c.text);

  it('builds its table lazily, once, and answers quickly afterwards', () => {
    expect(corpusCalls).toBe(0);
    const t0 = performance.now();
    ime.candidates('ju');
    const built = performance.now() - t0;
    const t1 = performance.now();
    ime.candidates('shenqing');
    const lookup = performance.now() - t1;
    console.log(`pinyin IME: table built in ${built.toFixed(1)} ms, one lookup ${lookup.toFixed(3)} ms`);
    expect(corpusCalls).toBe(1);
  });

  it('takes its corpus from every zh-CN field and GB2312 level 1 in full', () => {
    expect(corpus.length).toBeGreaterThan(fx.notices.length * 5);
    expect(corpus.every((t) => typeof t === 'string')).toBe(true);
    const level1 = gb2312Level1();
    expect(level1).toHaveLength(3755);
    expect(level1[0]).toBe('啊');
    expect(level1.at(-1)).toBe('座');
  });

  it('puts the corpus word that spells the whole input first', () => {
    expect(texts('jumin')[0]).toBe('居民');
    expect(texts('shenqing').slice(0, 3)).toContain('申请');
    expect(texts('juzhu')).toContain('居住');
    expect(texts('juzhu')[0]).toBe('居住');
    const whole = ime.candidates('jumin').find((c) => c.text === '居民');
    expect(whole?.consumed).toBe(5);
  });

  it('offers the characters of the first syllable with the letters they use', () => {
    const ju = ime.candidates('ju');
    expect(ju.find((c) => c.text === '居')).toEqual({ text: '居', consumed: 2 });
    // After the words, single characters for "ju" only (consumed 2) even when more is typed.
    const partial = ime.candidates('jumin');
    const firstChar = partial.findIndex((c) => c.text.length === 1);
    expect(firstChar).toBeGreaterThan(0);
    expect(partial.slice(firstChar).every((c) => c.consumed === 2 && c.text.length === 1)).toBe(true);
    expect(partial.map((c) => c.text)).toContain('居');
  });

  it('takes the longest valid syllable: xian, not xi', () => {
    const xian = ime.candidates('xianz', 100);
    const chars = xian.filter((c) => c.text.length === 1);
    expect(chars.length).toBeGreaterThan(0);
    expect(chars.every((c) => c.consumed === 4)).toBe(true);
    expect(chars.map((c) => c.text)).toContain('县');
  });

  it('ranks characters the corpus uses before those it does not', () => {
    const shen = texts('shen');
    expect(shen.indexOf('申')).toBeGreaterThanOrEqual(0);
    // 申 is everywhere in our notices; 砷 (arsenic) is in GB2312 level 1 but not in our content.
    expect(corpus.join('')).not.toContain('砷');
    expect(shen.indexOf('申')).toBeLessThan(shen.indexOf('砷') === -1 ? 99 : shen.indexOf('砷'));
  });

  it('offers characters outside our content from GB2312', () => {
    const all = corpus.join('');
    const zhuang = ime.candidates('zhuang', 100).map((c) => c.text);
    const outside = zhuang.filter((ch) => !all.includes(ch));
    expect(outside.length).toBeGreaterThan(0);
    expect(zhuang.some((ch) => ch === '装' || ch === '庄')).toBe(true);
  });

  it('types ü as v', () => {
    expect(texts('lv')).toContain('绿');
    expect(texts('nv')).toContain('女');
  });

  it('has no candidates for input that starts with no syllable, or that is not a-z', () => {
    expect(ime.candidates('xqz')).toEqual([]);
    expect(ime.candidates('')).toEqual([]);
    expect(ime.candidates('Ju')).toEqual([]);
  });

  it('respects the limit and never repeats a candidate', () => {
    const ten = ime.candidates('shi', 10);
    expect(ten).toHaveLength(10);
    const many = ime.candidates('shi', 200).map((c) => c.text);
    expect(new Set(many).size).toBe(many.length);
    expect(ime.candidates('ju')).toHaveLength(24);
  });
});
