// The IME's candidates over the real fixture notices and announcements (the corpus the kiosk has),
// plus GB2312 level 1 for characters our content does not use; the table built in slices that let
// the event loop run, once, started by a staff sign-in.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../../../central-api/server/fixtures';
import {
  buildImeTableNow,
  buildImeTableSliced,
  createPinyinIme,
  gb2312Level1,
  zhCnTexts,
} from '../../../electron/services/staff/pinyin-ime';
import { createStaffService } from '../../../electron/services/staff/staff-service';
import { openStore } from '../../../electron/services/store';
import { tempDbDir } from '../store/support/temp-db';
import { manualClock } from './support/fakes';
import { staffAccounts } from './support/harness';

const fx = loadFixtures(join(import.meta.dirname, '../../../fixtures'));
const corpus = zhCnTexts([fx.notices, fx.announcements]);

/** Counts event-loop turns (setImmediate) while `work` runs: 0 would mean it blocked throughout. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const result = await work;
  running = false;
  return { result, turns };
}

describe('pinyin IME', () => {
  let corpusCalls = 0;
  const ime = createPinyinIme(() => {
    corpusCalls++;
    return corpus;
  });
  const texts = async (input: string) => (await ime.candidates(input)).map((c) => c.text);

  it('builds its table in slices, once, when asked twice and asked for candidates meanwhile', async () => {
    expect(corpusCalls).toBe(0);
    expect(ime.ready()).toBe(false);
    const t0 = performance.now();
    const first = ime.prepare();
    const second = ime.prepare();
    // A request during the build waits for it and gets the same candidates as afterwards.
    const { result: during, turns } = await turnsDuring(ime.candidates('jumin'));
    await Promise.all([first, second]);
    const built = performance.now() - t0;
    expect(ime.ready()).toBe(true);
    expect(corpusCalls).toBe(1);
    expect(turns).toBeGreaterThan(10);
    expect(during.map((c) => c.text)[0]).toBe('居民');
    expect(await ime.candidates('jumin')).toEqual(during);
    const t1 = performance.now();
    await ime.candidates('shenqing');
    const lookup = performance.now() - t1;
    console.log(
      `pinyin IME: table built in ${built.toFixed(1)} ms (sliced, ${turns} turns of the event loop), one lookup ${lookup.toFixed(3)} ms`,
    );
    await ime.prepare();
    expect(corpusCalls).toBe(1);
  });

  it('builds the same table in slices as at once', async () => {
    let slices = 0;
    const sliced = await buildImeTableSliced(corpus, 2, () => slices++);
    expect(slices).toBeGreaterThan(10);
    const atOnce = buildImeTableNow(corpus);
    expect(sliced.longestSyllable).toBe(atOnce.longestSyllable);
    expect(sliced.words).toEqual(atOnce.words);
    expect(sliced.chars).toEqual(atOnce.chars);
    expect([...sliced.chars.keys()]).toEqual([...atOnce.chars.keys()]);
  });

  it('answers none when the table is not ready within the wait, then answers once it is', async () => {
    const slow = createPinyinIme(() => corpus, { waitMs: 1, sliceMs: 2 });
    expect(await slow.candidates('jumin')).toEqual([]);
    expect(slow.ready()).toBe(false);
    await slow.prepare();
    expect((await slow.candidates('jumin'))[0]?.text).toBe('居民');
  });

  it('tries again on the next request when reading the corpus failed', async () => {
    let calls = 0;
    const flaky = createPinyinIme(() => {
      calls++;
      if (calls === 1) throw new Error('store closed');
      return corpus;
    });
    await expect(flaky.candidates('ju')).rejects.toThrow('store closed');
    expect((await flaky.candidates('ju')).map((c) => c.text)).toContain('居');
    expect(calls).toBe(2);
  });

  it('rebuilds at the next prepare once the content changed, keeping the old table meanwhile', async () => {
    let revision = 1;
    let reads = 0;
    const extra: string[] = [];
    const live = createPinyinIme(
      () => {
        reads++;
        return [...corpus, ...extra];
      },
      { revision: () => revision, sliceMs: 2 },
    );
    const words = async (input: string) => (await live.candidates(input)).map((c) => c.text);
    await live.prepare();
    expect(await words('cuican')).not.toContain('璀璨');
    await live.prepare();
    expect(reads).toBe(1); // same content: no rebuild

    extra.push('夜景璀璨，灯光璀璨。');
    revision = 2;
    expect(await words('cuican')).not.toContain('璀璨'); // lookups alone never rebuild
    const rebuilding = live.prepare();
    expect(await words('jumin')).toContain('居民'); // the old table answers meanwhile
    await rebuilding;
    expect(reads).toBe(2);
    expect((await words('cuican'))[0]).toBe('璀璨');
  });

  it('starts building when staff sign in, not when the service is made nor on a wrong PIN', async () => {
    const db = tempDbDir();
    const store = openStore(db.dbPath);
    let reads = 0;
    try {
      const service = createStaffService({
        kioskId: 'hall-kiosk-test',
        appVersion: '0.4.0-test',
        staff: {
          accounts: await staffAccounts(),
          maxFailedPins: 5,
          lockoutMinutes: 15,
          sessionIdleSeconds: 120,
        },
        store,
        records: store.staff,
        content: store.content,
        clock: manualClock().clock,
        deliverNow: async () => null,
        serviceIds: () => null,
        device: {
          ticketPrinter: () => ({ status: 'ok', checkedAt: new Date().toISOString() }),
          a4QueueState: async () => ({ queue: 'hall-a4', state: 'idle' }),
          centralReachable: () => true,
          lastSyncAt: () => null,
          contentAsOf: () => null,
          contentRefusals: () => store.content.refusals(),
          dataDir: db.dir,
        },
        imeCorpus: () => {
          reads++;
          return corpus;
        },
        imeRevision: () => store.content.revision(),
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(reads).toBe(0);
      expect((await service.auth.login('wang-li', '111111')).status).toBe('rejected');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(reads).toBe(0);
      expect((await service.auth.login('wang-li', '246810')).status).toBe('signed-in');
      await expect.poll(() => reads, { timeout: 5000 }).toBe(1);
      expect((await service.candidates('jumin'))[0]?.text).toBe('居民');
      expect((await service.auth.login('zhao-min', '135790')).status).toBe('signed-in');
      await service.candidates('ju');
      expect(reads).toBe(1);
      // A notice changed since (here a staff change kept on the kiosk): the next sign-in rebuilds.
      store.content.setLocalChange({
        kind: 'announcement',
        id: 'ime-new-words',
        changeId: 'c-ime-1',
        baseVersion: 0,
        content: null,
      });
      expect((await service.auth.login('wang-li', '246810')).status).toBe('signed-in');
      await expect.poll(() => reads, { timeout: 5000 }).toBe(2);
    } finally {
      store.close();
      db.cleanup();
    }
  });

  it('takes its corpus from every zh-CN field and GB2312 level 1 in full', () => {
    expect(corpus.length).toBeGreaterThan(fx.notices.length * 5);
    expect(corpus.every((t) => typeof t === 'string')).toBe(true);
    const level1 = gb2312Level1();
    expect(level1).toHaveLength(3755);
    expect(level1[0]).toBe('啊');
    expect(level1.at(-1)).toBe('座');
  });

  it('puts the corpus word that spells the whole input first', async () => {
    expect((await texts('jumin'))[0]).toBe('居民');
    expect((await texts('shenqing')).slice(0, 3)).toContain('申请');
    expect(await texts('juzhu')).toContain('居住');
    expect((await texts('juzhu'))[0]).toBe('居住');
    const whole = (await ime.candidates('jumin')).find((c) => c.text === '居民');
    expect(whole?.consumed).toBe(5);
  });

  it('offers the characters of the first syllable with the letters they use', async () => {
    const ju = await ime.candidates('ju');
    expect(ju.find((c) => c.text === '居')).toEqual({ text: '居', consumed: 2 });
    // After the words, single characters for "ju" only (consumed 2) even when more is typed.
    const partial = await ime.candidates('jumin');
    const firstChar = partial.findIndex((c) => c.text.length === 1);
    expect(firstChar).toBeGreaterThan(0);
    expect(partial.slice(firstChar).every((c) => c.consumed === 2 && c.text.length === 1)).toBe(true);
    expect(partial.map((c) => c.text)).toContain('居');
  });

  it('takes the longest valid syllable: xian, not xi', async () => {
    const xian = await ime.candidates('xianz', 100);
    const chars = xian.filter((c) => c.text.length === 1);
    expect(chars.length).toBeGreaterThan(0);
    expect(chars.every((c) => c.consumed === 4)).toBe(true);
    expect(chars.map((c) => c.text)).toContain('县');
  });

  it('ranks characters the corpus uses before those it does not', async () => {
    const shen = await texts('shen');
    expect(shen.indexOf('申')).toBeGreaterThanOrEqual(0);
    // 申 is everywhere in our notices; 砷 (arsenic) is in GB2312 level 1 but not in our content.
    expect(corpus.join('')).not.toContain('砷');
    expect(shen.indexOf('申')).toBeLessThan(shen.indexOf('砷') === -1 ? 99 : shen.indexOf('砷'));
  });

  it('offers characters outside our content from GB2312', async () => {
    const all = corpus.join('');
    const zhuang = (await ime.candidates('zhuang', 100)).map((c) => c.text);
    const outside = zhuang.filter((ch) => !all.includes(ch));
    expect(outside.length).toBeGreaterThan(0);
    expect(zhuang.some((ch) => ch === '装' || ch === '庄')).toBe(true);
  });

  it('types ü as v', async () => {
    expect(await texts('lv')).toContain('绿');
    expect(await texts('nv')).toContain('女');
  });

  it('has no candidates for input that starts with no syllable, or that is not a-z', async () => {
    expect(await ime.candidates('xqz')).toEqual([]);
    expect(await ime.candidates('')).toEqual([]);
    expect(await ime.candidates('Ju')).toEqual([]);
  });

  it('respects the limit and never repeats a candidate', async () => {
    const ten = await ime.candidates('shi', 10);
    expect(ten).toHaveLength(10);
    const many = (await ime.candidates('shi', 200)).map((c) => c.text);
    expect(new Set(many).size).toBe(many.length);
    expect(await ime.candidates('ju')).toHaveLength(24);
  });
});
