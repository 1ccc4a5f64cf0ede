// Notice search at catalogue scale: 2,000 notices generated deterministically from the fixture
// notices and service names, then 1,000 mixed queries (Chinese, pinyin, initials, English, misses).
// Prints index build time and per-query median/p95. Target: p95 ≤ 20 ms.
// Usage: npm run bench:notice-search [-- --notices N] [-- --queries N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Notice } from '../electron/notice-model';
import { createNoticeSearch, type SearchableNotice } from '../electron/services/notices/search';
import { searchableNotice } from '../electron/services/notices/searchable';
import { percentile } from './lib';

const { values } = parseArgs({
  options: { notices: { type: 'string', default: '2000' }, queries: { type: 'string', default: '1000' } },
});
const NOTICE_COUNT = Number(values.notices);
const QUERY_COUNT = Number(values.queries);
const FIXTURES = join(import.meta.dirname, '../fixtures');
type Localised = { 'zh-CN': string; en: string };

function baseNotices(): SearchableNotice[] {
  const dir = join(FIXTURES, 'notices');
  const notices = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    // Every text field of the real notices, as the kiosk indexes them.
    .map((f) =>
      searchableNotice(
        Notice.parse({ ...JSON.parse(readFileSync(join(dir, f), 'utf8')), version: 1, updatedBy: null }),
      ),
    );
  const { services } = JSON.parse(readFileSync(join(FIXTURES, 'services.json'), 'utf8')) as {
    services: { id: string; name: Localised; description: Localised }[];
  };
  return [...notices, ...services.map((s) => ({ id: s.id, title: s.name, text: s.description }))];
}

// Districts and topics vary titles and texts so the generated notices are not identical copies.
const DISTRICTS: Localised[] = [
  { 'zh-CN': '黄浦区', en: 'Huangpu' },
  { 'zh-CN': '徐汇区', en: 'Xuhui' },
  { 'zh-CN': '长宁区', en: 'Changning' },
  { 'zh-CN': '静安区', en: "Jing'an" },
  { 'zh-CN': '普陀区', en: 'Putuo' },
  { 'zh-CN': '虹口区', en: 'Hongkou' },
  { 'zh-CN': '杨浦区', en: 'Yangpu' },
  { 'zh-CN': '闵行区', en: 'Minhang' },
];
const TOPICS: Localised[] = [
  { 'zh-CN': '补办', en: 'replacement' },
  { 'zh-CN': '变更', en: 'change' },
  { 'zh-CN': '续签', en: 'renewal' },
  { 'zh-CN': '注销', en: 'cancellation' },
  { 'zh-CN': '咨询', en: 'enquiry' },
];

function generate(count: number): SearchableNotice[] {
  const base = baseNotices();
  return Array.from({ length: count }, (_, i) => {
    const b = base[i % base.length] as SearchableNotice;
    const d = DISTRICTS[i % DISTRICTS.length] as Localised;
    const t = TOPICS[Math.floor(i / base.length) % TOPICS.length] as Localised;
    return {
      id: `${b.id}-${i}`,
      title: {
        'zh-CN': `${d['zh-CN']}${b.title['zh-CN']}（${t['zh-CN']}）第${i}号`,
        en: `${b.title.en} (${d.en}, ${t.en}) no. ${i}`,
      },
      text: {
        'zh-CN': `${b.text['zh-CN']}\n\n本告知书适用于${d['zh-CN']}${t['zh-CN']}业务，编号 ${i}。`,
        en: `${b.text.en}\n\nThis notice covers ${t.en} in ${d.en}, number ${i}.`,
      },
    };
  });
}

const QUERIES = [
  '居住证',
  '最低生活保障',
  '敬老卡',
  '群众团队',
  '身份证原件',
  '工作日',
  '黄浦区',
  '补办',
  'juzhuzheng',
  'ju zhu zheng',
  'jinglaoka',
  'zuidishenghuobaozhang',
  'qunzhongtuandui',
  'jzz',
  'jlk',
  'qztd',
  'zdshbz',
  'residence permit',
  'senior citizen card',
  'minimum living',
  'Community group',
  'resid',
  'receipt',
  'xyz不存在',
  'ｊｚｚ',
  '(a+)+$',
  'q',
  '证',
];

const docs = generate(NOTICE_COUNT);
const buildStart = performance.now();
const index = createNoticeSearch(docs);
const buildMs = performance.now() - buildStart;

const times: number[] = [];
let totalHits = 0;
for (let i = 0; i < QUERY_COUNT; i++) {
  const query = QUERIES[i % QUERIES.length] as string;
  const started = performance.now();
  totalHits += index.search(query).length;
  times.push(performance.now() - started);
}

const p95 = percentile(times, 95);
const fmt = (n: number) => n.toFixed(2);
console.log(`notices ${docs.length}, queries ${times.length}, hits returned ${totalHits}`);
console.log(`index build: ${buildMs.toFixed(0)} ms`);
console.log(
  `search: median ${fmt(percentile(times, 50))} ms, p95 ${fmt(p95)} ms, max ${fmt(Math.max(...times))} ms (target p95 ≤ 20 ms)`,
);
if (p95 > 20) process.exitCode = 1;
