// Notice search over the real fixture notices plus service names from fixtures/services.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoticeContent } from '../../../electron/notice-model';
import { createNoticeSearch, type SearchableNotice } from '../../../electron/services/notices/search';
import { searchableNotice } from '../../../electron/services/notices/searchable';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
type Localised = { 'zh-CN': string; en: string };

function fixtureNotices(): SearchableNotice[] {
  const dir = join(FIXTURES, 'notices');
  const notices = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => NoticeContent.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
    // What the kiosk indexes: the title, and every other text of the notice in both languages.
    .map((content) => searchableNotice({ ...content, version: 1, updatedAt: '2026-03-01', updatedBy: null }));
  const services = (
    JSON.parse(readFileSync(join(FIXTURES, 'services.json'), 'utf8')) as {
      services: { id: string; name: Localised; description: Localised }[];
    }
  ).services;
  // Service entries as short notices: the name as title, the description as text.
  return [
    ...notices,
    ...services.map((s) => ({ id: `service:${s.id}`, title: s.name, text: s.description })),
  ];
}

const docs = fixtureNotices();
const search = createNoticeSearch(docs).search;
const ids = (query: string) => search(query).map((h) => h.id);
const RESIDENCE = 'residence-permit';

describe('notice search', () => {
  it('indexes the fixture notices', () => {
    expect(docs.some((d) => d.id === RESIDENCE)).toBe(true);
    expect(docs.length).toBeGreaterThan(10);
  });

  it('finds a notice by a Chinese substring of its title', () => {
    const hits = search('居住证');
    expect(hits.map((h) => h.id)).toContain(RESIDENCE);
    expect(hits.find((h) => h.id === RESIDENCE)).toMatchObject({ field: 'title', matchedBy: 'hanzi' });
    expect(ids('敬老卡')[0]).toMatch(/senior|elderly/);
  });

  it('finds a notice by a Chinese substring of its content only', () => {
    const hit = search('居住登记满半年').find((h) => h.id === RESIDENCE);
    expect(hit).toMatchObject({ field: 'text', matchedBy: 'hanzi' });
  });

  it('finds by full pinyin without tones, with or without spaces', () => {
    for (const query of ['juzhuzheng', 'ju zhu zheng', 'JuZhuZheng', '  ju   zhu zheng ']) {
      const hit = search(query).find((h) => h.id === RESIDENCE);
      expect(hit, query).toMatchObject({ field: 'title', matchedBy: 'pinyin' });
    }
    expect(ids('zuidishenghuobaozhang')).toContain('minimum-living-allowance');
  });

  it('finds by pinyin initials: "jzz" finds 居住证', () => {
    const hits = search('jzz');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.id)).toContain(RESIDENCE);
    expect(hits.find((h) => h.id === RESIDENCE)?.matchedBy).toBe('initials');
    expect(ids('qztd')).toContain('mass-team-registration');
  });

  it('finds in English, case-insensitive, by words and prefixes', () => {
    expect(ids('residence permit')).toContain(RESIDENCE);
    expect(ids('RESIDENCE Permit')).toContain(RESIDENCE);
    expect(ids('resid perm')).toContain(RESIDENCE);
    expect(ids('senior citizen')).toContain('senior-citizen-card');
    expect(ids('residence zebra')).not.toContain(RESIDENCE);
  });

  it('folds full-width input to half-width', () => {
    expect(ids('ｊｚｚ')).toEqual(ids('jzz'));
    expect(ids('Ｒｅｓｉｄｅｎｃｅ　permit')).toContain(RESIDENCE);
  });

  it('ranks title matches above body matches', () => {
    // 居住证 is in the residence notice's title and in other texts (e.g. its own legal basis).
    const hits = search('居住证');
    const firstText = hits.findIndex((h) => h.field === 'text');
    const lastTitle = hits.map((h) => h.field).lastIndexOf('title');
    expect(lastTitle).toBeGreaterThanOrEqual(0);
    if (firstText >= 0) expect(lastTitle).toBeLessThan(firstText);
    // Catalogue order puts the body-only match first; ranking must still put the title first.
    const custom = createNoticeSearch([
      {
        id: 'body',
        title: { 'zh-CN': '其他事项', en: 'Other' },
        text: { 'zh-CN': '办理敬老卡需要照片', en: 'card' },
      },
      {
        id: 'title',
        title: { 'zh-CN': '敬老卡申领', en: 'Senior card' },
        text: { 'zh-CN': '无', en: 'none' },
      },
    ]);
    expect(custom.search('敬老卡').map((h) => [h.id, h.field])).toEqual([
      ['title', 'title'],
      ['body', 'text'],
    ]);
    expect(custom.search('card').map((h) => h.id)).toEqual(['title', 'body']);
  });

  it('honours the limit', () => {
    expect(search('身份证', 2)).toHaveLength(2);
    expect(search('身份证', 0)).toEqual([]);
  });

  it('returns nothing for an empty or whitespace query', () => {
    for (const query of ['', '   ', '\t\n', '　']) expect(search(query)).toEqual([]);
  });

  it('treats regex metacharacters as plain text', () => {
    for (const query of ['.*', '(居住证', '[a-z]+', '\\', '^$|?', '**']) {
      expect(() => search(query)).not.toThrow();
    }
    expect(search('.*')).toEqual([]);
    expect(ids('居住证.*')).toEqual([]);
  });

  it('returns quickly for a huge hostile query', () => {
    const huge = `${'(a+)+$'.repeat(1000)}居住证`.repeat(2).slice(0, 10_000);
    const started = performance.now();
    expect(search(huge)).toEqual([]);
    expect(search('居'.repeat(10_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(50);
  });
});
