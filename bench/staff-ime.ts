// The staff keyboard's pinyin candidate table over the fixture notices scaled to 2,000 (plus the
// announcements): wall time of the sliced build (as the kiosk does it after a staff sign-in), the
// longest slice and the longest event-loop stall meanwhile, then lookup times; the blocking build
// afterwards for comparison. Target: no stall over ~50 ms while building (beyond pinyin-pro's own
// first-call index, which is one step), lookups p95 ≤ 1 ms.
// Usage: npm run bench:staff-ime [-- --notices N] [-- --lookups N]
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadFixtures } from '../central-api/server/fixtures';
import {
  buildImeTableNow,
  buildImeTableSliced,
  lookupCandidates,
  zhCnTexts,
} from '../electron/services/staff/pinyin-ime';
import { percentile } from './lib';

const { values } = parseArgs({
  options: { notices: { type: 'string', default: '2000' }, lookups: { type: 'string', default: '2000' } },
});
const NOTICE_COUNT = Number(values.notices);
const LOOKUP_COUNT = Number(values.lookups);
const DISTRICTS = ['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区'];
const TOPICS = ['补办', '变更', '续签', '注销', '咨询'];
const LOOKUPS = ['ju', 'jumin', 'juzhuzheng', 'shenqing', 'shen', 'xianz', 'zhuang', 'lv', 'shi', 'xqz', 'a'];

/** The fixture notices, varied by district and topic as bench/notice-search.ts does. */
function scaledCorpus(count: number): string[] {
  const fx = loadFixtures(join(import.meta.dirname, '../fixtures'));
  const notices = Array.from({ length: count }, (_, i) => {
    const base = fx.notices[i % fx.notices.length];
    const district = DISTRICTS[i % DISTRICTS.length];
    const topic = TOPICS[Math.floor(i / fx.notices.length) % TOPICS.length];
    return {
      notice: base,
      extra: { 'zh-CN': `${district}${topic}业务，本告知书编号 ${i}。` },
    };
  });
  return zhCnTexts([notices, fx.announcements]);
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const corpus = scaledCorpus(NOTICE_COUNT);
  const chars = corpus.reduce((n, t) => n + t.length, 0);

  const slices: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const started = performance.now();
  const table = await buildImeTableSliced(corpus, undefined, (sliceMs) => slices.push(sliceMs));
  const slicedMs = performance.now() - started;
  loop.disable();

  const lookups: number[] = [];
  let found = 0;
  for (let i = 0; i < LOOKUP_COUNT; i++) {
    const t0 = performance.now();
    found += lookupCandidates(table, LOOKUPS[i % LOOKUPS.length] as string).length;
    lookups.push(performance.now() - t0);
  }

  const t1 = performance.now();
  buildImeTableNow(corpus);
  const blockingMs = performance.now() - t1;

  const laterSlices = slices.slice(1);
  const rows: Array<[string, string]> = [
    ['corpus', `${NOTICE_COUNT} notices + announcements: ${corpus.length} texts, ${chars} characters`],
    ['table', `${table.words.size} word keys, ${table.chars.size} syllables`],
    ['sliced build, wall', `${ms(slicedMs)} in ${slices.length} slices`],
    ['first slice (pinyin-pro index)', ms(slices[0] ?? 0)],
    ['longest later slice', ms(Math.max(0, ...laterSlices))],
    ['longest event-loop stall', `${ms(loop.max / 1e6)} (target ≤ 50 ms after the first slice)`],
    ['blocking build (for comparison)', ms(blockingMs)],
    [
      'lookup',
      `median ${percentile(lookups, 50).toFixed(3)} ms, p95 ${percentile(lookups, 95).toFixed(3)} ms (target ≤ 1 ms; ${found} candidates)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
}

await main();
